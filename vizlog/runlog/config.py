"""``run.config``: a dict with attribute access whose every change is persisted to ``run.json``."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, MutableMapping
from typing import Any

from vizlog import _json
from vizlog.errors import VizlogError, describe

__all__ = ["Config"]


def _plain(value: Any, key: str) -> Any:
    if not isinstance(value, Mapping) and hasattr(value, "_get_kwargs"):
        value = vars(value)  # argparse.Namespace
    _json.check_texts(value, f"config value `{key}`")
    try:
        return _json.loads(_json.dumps(value))
    except (TypeError, ValueError) as exc:
        raise VizlogError(f"config value `{key}` must be JSON-like (numbers, str, bool, None, "
                          f"lists, dicts); got {describe(value)} ({exc}). Convert it to one of "
                          "those first.") from None


class Config(MutableMapping[str, Any]):
    """Run configuration. ``config["lr"]``, ``config.lr``, ``config.update({...})``."""

    def __init__(self, on_change: Callable[[], None] | None = None,
                 guard: Callable[[], None] | None = None) -> None:
        object.__setattr__(self, "_data", {})
        object.__setattr__(self, "_on_change", on_change)
        object.__setattr__(self, "_guard", guard)

    def _check(self) -> None:
        """Raises (through ``guard``) when the config may not change, e.g. the run finished."""
        if self._guard is not None:
            self._guard()

    def _changed(self) -> None:
        if self._on_change is not None:
            self._on_change()

    def __getitem__(self, key: str) -> Any:
        return self._data[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self._check()
        if not isinstance(key, str):
            raise VizlogError(f"config keys must be str; got {describe(key)}.")
        _json.check_text(key, "a config key")
        self._data[key] = _plain(value, key)
        self._changed()

    def __delitem__(self, key: str) -> None:
        self._check()
        del self._data[key]
        self._changed()

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __getattr__(self, key: str) -> Any:
        if key.startswith("__"):
            raise AttributeError(key)
        try:
            return self._data[key]
        except KeyError:
            raise AttributeError(f"config has no key {key!r}; keys are: "
                                 f"{', '.join(sorted(self._data)) or '(none)'}") from None

    def __setattr__(self, key: str, value: Any) -> None:
        self[key] = value

    def update(self, other: Any = (), /, allow_val_change: bool = True,
               **kwargs: Any) -> None:
        """Set many keys at once (a dict, an argparse Namespace, or keywords); one write."""
        self._check()
        if hasattr(other, "_get_kwargs"):
            other = vars(other)
        items = dict(other, **kwargs)
        for k in items:
            if not isinstance(k, str):
                raise VizlogError(f"config keys must be str; got {describe(k)}.")
            _json.check_text(k, "a config key")
        plain = {k: _plain(v, k) for k, v in items.items()}  # all checked before any is kept
        self._data.update(plain)
        self._changed()

    def setdefaults(self, other: Mapping[str, Any]) -> None:
        self.update({k: v for k, v in other.items() if k not in self._data})

    def as_dict(self) -> dict[str, Any]:
        return dict(self._data)

    def __repr__(self) -> str:
        return f"Config({self._data!r})"
