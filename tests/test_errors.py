"""vizlog.errors: the hierarchy, wandb.errors names, describe()."""

from __future__ import annotations

import numpy as np
import pytest

from vizlog import errors


def test_error_is_the_base_of_every_vizlog_error() -> None:
    assert errors.Error is errors.VizlogError
    for name in errors.__all__:
        obj = getattr(errors, name)
        if isinstance(obj, type) and issubclass(obj, Exception) and not issubclass(obj, Warning):
            assert issubclass(obj, errors.Error), name
    with pytest.raises(errors.Error):
        raise errors.ShapeError("x")


def test_wandb_error_names() -> None:
    assert issubclass(errors.UsageError, errors.Error)
    assert issubclass(errors.UnsupportedError, errors.UsageError)
    assert issubclass(errors.CommError, errors.Error)
    assert issubclass(errors.AuthenticationError, errors.CommError)
    cause = OSError("down")
    err = errors.CommError("no server", exc=cause)
    assert str(err) == "no server" and err.exc is cause
    assert errors.CommError("x").exc is None
    assert issubclass(errors.UsageError, ValueError)  # a bad argument is a ValueError too


def test_media_errors_are_value_errors() -> None:
    assert issubclass(errors.MediaError, ValueError)
    assert issubclass(errors.RunStateError, RuntimeError)


def test_describe() -> None:
    assert errors.describe(np.zeros((2, 3), np.uint8)) == "ndarray of shape (2, 3) and dtype uint8"
    assert errors.describe("a" * 100, limit=10) == "str 'aaaaaa..."
