"""Per-class overlays of a segmentation mask, so the page can toggle each class.

``class_overlays(png, out_dir, digest, labels, palette)`` reads the mask (8-bit class ids), and for
each class present (class 0 is background; at most ``MAX_CLASSES``) writes
``viewer/mask-<sha>-<id>.png`` once: that class in its palette colour, everything else transparent.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from vizlog.viewer.assets import write_file

__all__ = ["MAX_CLASSES", "class_overlays"]

#: Masks with more classes than this keep one combined overlay (no per-class toggles).
MAX_CLASSES = 40


def class_overlays(png: Path, out_dir: Path, digest: str, labels: Mapping[str, Any],
                   palette: Any) -> list[dict[str, Any]] | None:
    """``[{"id", "label", "color", "src"}]`` for the classes present, or None when there are
    more than ``MAX_CLASSES``."""
    import numpy as np
    from PIL import Image as PILImage

    with PILImage.open(png) as im:
        ids = np.asarray(im.convert("L"))
    present = [int(c) for c in np.unique(ids) if c != 0]
    if len(present) > MAX_CLASSES:
        return None
    out = []
    for c in present:
        name = f"mask-{digest[:20]}-{c}.png"
        target = out_dir / name
        if not target.is_file():
            rgba = np.zeros((*ids.shape, 4), np.uint8)
            rgba[ids == c] = palette[c]
            buf = io.BytesIO()
            PILImage.fromarray(rgba).save(buf, format="PNG")
            write_file(target, buf.getvalue())
        r, g, b = (int(v) for v in palette[c][:3])
        out.append({"id": c, "label": str(labels.get(str(c), f"class {c}")),
                    "color": f"#{r:02x}{g:02x}{b:02x}", "src": f"{out_dir.name}/{name}"})
    return out
