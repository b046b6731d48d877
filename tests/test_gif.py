"""vizlog.media._gif: the global-palette quantiser behind GIF output."""

from __future__ import annotations

import numpy as np

from vizlog.media._gif import quantize
from vizlog.testing import psnr


def _noisy(seed: int = 2) -> np.ndarray:
    rng = np.random.default_rng(seed)
    yy, xx = np.mgrid[0:32, 0:40].astype(np.float64)
    base = np.stack([255 * xx / 40, 255 * yy / 32, 128 + 0 * xx])
    return np.clip(base[None] + rng.normal(0, 3, (5, 3, 32, 40)), 0, 255).astype(np.uint8)


def test_grey_uses_an_identity_palette() -> None:
    g = np.random.default_rng(0).integers(0, 256, (3, 1, 5, 7), dtype=np.uint8)
    index, palette = quantize(g)
    np.testing.assert_array_equal(index, g[:, 0])
    np.testing.assert_array_equal(palette[:, 0], np.arange(256))
    assert (palette[:, 3] == 255).all()


def test_few_colours_are_exact() -> None:
    f = (np.random.default_rng(1).integers(0, 4, (4, 3, 9, 11)) * 85).astype(np.uint8)
    index, palette = quantize(f)
    np.testing.assert_array_equal(palette[index][..., :3].transpose(0, 3, 1, 2), f)


def test_many_colours_median_cut() -> None:
    f = _noisy()
    index, palette = quantize(f)
    assert index.shape == (5, 32, 40) and palette.shape == (256, 4)
    assert psnr(palette[index][..., :3].transpose(0, 3, 1, 2), f) > 30
    a, b = quantize(f), quantize(f.copy())
    np.testing.assert_array_equal(a[0], b[0])
    np.testing.assert_array_equal(a[1], b[1])


def test_alpha_uses_the_transparent_entry() -> None:
    f = np.concatenate([_noisy(), np.zeros((5, 1, 32, 40), np.uint8)], axis=1)
    f[:, 3, :, 20:] = 255
    f[:, 3, :, 10:20] = 127
    index, palette = quantize(f)
    assert (palette[255] == 0).all()
    np.testing.assert_array_equal(index == 255, f[:, 3] < 128)
