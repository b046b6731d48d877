"""``vizlog.Image``: a still image stored as PNG (default), JPEG or WebP.

Accepted inputs (validated and copied at construction; nothing is encoded until logged):

* **numpy arrays** ``(H, W)``, ``(H, W, 1)``, ``(H, W, 3)`` or ``(H, W, 4)`` (channels last). For
  channels-first ``(C, H, W)`` pass ``layout="CHW"``; no layout is ever guessed.

  - ``uint8``: 0..255, stored as is. Other integer dtypes must hold values in 0..255.
  - ``bool``: False -> 0, True -> 255 (read back as bool).
  - float (16/32/64 bit): must be finite and within [0, 1]; stored as ``round(x * 255)``.
  - Out-of-range values are an error unless ``normalize="clip"`` (clip to [0, 1] or 0..255) or
    ``normalize="minmax"`` (map min..max to 0..255) says how to map them. The rule applied is
    recorded in the descriptor's ``normalize`` field (``none``, ``bool``, ``scale255``, ``clip``,
    ``minmax``).
* **torch-like tensors** (anything with ``.detach().cpu().numpy()``, torch is never imported):
  the torch convention ``(C, H, W)`` is the default layout for 3-D tensors; ``layout="HWC"``
  overrides. Objects with ``__array__`` are read as numpy arrays.
* **PIL images**: ``1`` -> ``L`` (0/255); ``L``, ``LA``, ``RGB``, ``RGBA`` as they are; ``P`` ->
  ``RGBA`` when it has transparency else ``RGB``; ``PA`` -> ``RGBA``; ``La``/``RGBa`` -> ``LA``/
  ``RGBA``; ``CMYK``, ``YCbCr``, ``LAB``, ``HSV``, ``RGBX`` -> ``RGB``; ``I``, ``I;16*`` and
  ``F`` go through the numeric rules above. Conversions are recorded in ``source_mode``.
* **files**: a path, ``pathlib.Path`` or binary file object of PNG, JPEG, WebP, GIF or BMP. The
  header is read first and images over ``max_pixels`` (default 89,478,485, Pillow's limit) are
  refused before decoding; the bytes are stored as given unless ``file_type`` asks for another
  format.
* **matplotlib** ``Figure`` or ``Axes``: rendered to RGBA with the figure's own ``savefig`` (no
  pyplot state is read or changed).
* another ``vizlog.Image`` (pixels and caption are copied).

Options: ``caption``; ``file_type`` ``"png"`` (lossless, default), ``"jpeg"``/``"jpg"`` or
``"webp"`` with ``quality`` 1..100 (default 90); ``masks`` and ``boxes`` as in wandb (see
:mod:`vizlog.media.overlays`); ``grouping`` (int, kept for wandb compatibility).

Descriptor ``_type: "image-file"`` with wandb's ``format``, ``width``, ``height``, ``caption``,
``masks``, ``boxes``, ``grouping``, plus ``mode`` (PIL mode stored), ``shape`` (the array shape that
reads back), ``normalize`` and ``source_mode``. A list of images logs as ``images/separated``.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from vizlog.errors import MediaError, ShapeError, UnsupportedInputError, describe
from vizlog.media._base import Encoded, Media, Resolved
from vizlog.media._png import encode_png
from vizlog.media._util import (
    check_caption,
    check_normalize,
    is_path,
    is_torch_like,
    read_source,
    to_numpy,
    to_uint8,
)
from vizlog.media.overlays import BoundingBoxes2D, ImageMask

__all__ = ["Image"]

DEFAULT_MAX_PIXELS = 89_478_485
# PNG deflate settings for Pillow, the PNG encoder when the optional `isal` package is missing
# (with it, vizlog.media._png writes 8-bit L/LA/RGB/RGBA pixels itself, 5-10x faster). Measured
# on the `images` workload (256x256 RGB, gradients + noise) with Pillow 13 / zlib-ng: the RLE
# strategy gave 165 images/s and 20.9 MB per 200 images on one core, against 117/s and 24.1 MB
# for level 2 with the default strategy (level barely matters with RLE).
PNG_COMPRESS_LEVEL = 6
PNG_COMPRESS_TYPE = 3  # zlib Z_RLE
_FILE_FORMATS = {"PNG": "png", "JPEG": "jpg", "WEBP": "webp", "GIF": "gif", "BMP": "bmp"}
_FILE_TYPES = {"png": "png", "jpeg": "jpg", "jpg": "jpg", "webp": "webp"}
_MODES_BY_CHANNELS = {1: "L", 2: "LA", 3: "RGB", 4: "RGBA"}
_PIL_DIRECT = {"L", "LA", "RGB", "RGBA"}
_PIL_TO_RGB = {"CMYK", "YCbCr", "LAB", "HSV", "RGBX"}


def _pil_image_class() -> Any:
    mod = sys.modules.get("PIL.Image")
    return getattr(mod, "Image", None) if mod is not None else None


def _is_figure(value: Any) -> bool:
    return callable(getattr(value, "savefig", None)) and hasattr(value, "canvas")


def _is_axes(value: Any) -> bool:
    return callable(getattr(value, "get_figure", None)) and hasattr(value, "imshow")


class Image(Media):
    """A still image; see the module docstring for inputs, options and the descriptor."""

    type_name = "image-file"
    list_type_name = "images/separated"

    def __init__(self, data_or_path: Any, mode: str | None = None, caption: str | None = None,
                 grouping: int | None = None, classes: Any = None,
                 boxes: Mapping[str, Any] | None = None, masks: Mapping[str, Any] | None = None,
                 file_type: str | None = None, normalize: str | bool = "none",
                 layout: str | None = None, quality: int | None = None,
                 max_pixels: int = DEFAULT_MAX_PIXELS) -> None:
        check_caption(caption)
        normalize = check_normalize(normalize)
        if file_type is not None and str(file_type).lower() not in _FILE_TYPES:
            raise MediaError(f"`file_type` must be one of 'png', 'jpeg', 'jpg', 'webp'; got "
                             f"{file_type!r}.")
        if quality is not None and (isinstance(quality, bool) or not isinstance(quality, int)
                                    or not 1 <= quality <= 100):
            raise MediaError(f"`quality` must be an int in 1..100; got {quality!r}.")
        if layout not in (None, "HWC", "CHW"):
            raise MediaError(f"`layout` must be 'HWC' or 'CHW'; got {layout!r}.")
        self.caption = caption
        self.grouping = grouping
        self.quality = 90 if quality is None else quality
        self.file_type = _FILE_TYPES[str(file_type).lower()] if file_type else None
        self.normalize = "none"
        self.source_mode: str | None = None
        self._file: bytes | None = None      # original bytes stored as given
        self._file_format: str | None = None
        self._pixels: np.ndarray | None = None
        self._shape: tuple[int, ...] = ()
        self._bool = False
        self._read(data_or_path, normalize, layout, max_pixels, mode)
        if self._file is not None and self.file_type not in (None, self._file_format):
            self._pixels = self._decode_file()
            self._file = None
        if self._pixels is not None and self.file_type == "jpg" and self._pixels.ndim == 3 \
                and self._pixels.shape[2] in (2, 4):
            raise MediaError("`file_type=\"jpeg\"` cannot store an alpha channel; use "
                             "file_type=\"png\" or \"webp\", or drop the alpha channel first.")
        w, h = self.width, self.height
        self.masks = {str(k): ImageMask(v, arg=f"masks[{k!r}]", size=(w, h))
                      for k, v in _layers(masks, "masks").items()}
        self.boxes = {str(k): BoundingBoxes2D(v, arg=f"boxes[{k!r}]")
                      for k, v in _layers(boxes, "boxes").items()}

    # -- input -------------------------------------------------------------------------------
    def _read(self, value: Any, normalize: str, layout: str | None, max_pixels: int,
              mode: str | None) -> None:
        pil_cls = _pil_image_class()
        if isinstance(value, Image):
            self._copy_from(value)
        elif pil_cls is not None and isinstance(value, pil_cls):
            self._from_pil(value, normalize)
        elif _is_figure(value) or _is_axes(value):
            self._from_figure(value)
        elif is_path(value) or callable(getattr(value, "read", None)):
            self._from_file(value, max_pixels)
        else:
            torch_like = is_torch_like(value)
            arr = to_numpy(value, "data_or_path")
            if arr is None:
                raise UnsupportedInputError(
                    f"`data_or_path` must be a numpy array, tensor, PIL image, matplotlib figure, "
                    f"path or binary file object; got {describe(value)}.")
            if layout is None:
                layout = "CHW" if torch_like and arr.ndim == 3 else "HWC"
            self._from_array(arr, normalize, layout, max_pixels)
        if mode is not None:
            stored = self.mode
            if mode != stored:
                raise MediaError(f"`mode` {mode!r} does not match the data, which is {stored!r}; "
                                 "leave `mode` unset or convert the data first.")

    def _copy_from(self, other: Image) -> None:
        self._file, self._file_format = other._file, other._file_format
        self._pixels, self._shape, self._bool = other._pixels, other._shape, other._bool
        self.normalize, self.source_mode = other.normalize, other.source_mode
        if self.caption is None:
            self.caption = other.caption

    def _from_array(self, arr: np.ndarray, normalize: str, layout: str,
                    max_pixels: int = DEFAULT_MAX_PIXELS) -> None:
        if arr.ndim == 3 and layout == "CHW":
            if arr.shape[0] not in (1, 3, 4):
                raise ShapeError(f"`data_or_path` with layout='CHW' must have shape (C, H, W) with "
                                 f"C in 1, 3 or 4; got {arr.shape}.")
            arr = np.moveaxis(arr, 0, -1)
        if arr.ndim not in (2, 3) or (arr.ndim == 3 and arr.shape[2] not in (1, 3, 4)):
            hint = ""
            if arr.ndim == 3 and arr.shape[0] in (1, 3, 4):
                hint = " Pass `layout=\"CHW\"` for channels-first data."
            elif arr.ndim == 4 and arr.shape[0] == 1:
                hint = " Drop the batch axis with `array[0]`."
            raise ShapeError(f"`data_or_path` must have shape (H, W) or (H, W, C) with C in 1, 3 "
                             f"or 4; got {arr.shape}.{hint}")
        if arr.shape[0] == 0 or arr.shape[1] == 0:
            raise ShapeError(f"`data_or_path` has no pixels (shape {arr.shape}); pass an image "
                             "with H > 0 and W > 0.")
        if arr.shape[0] * arr.shape[1] > max_pixels:  # before any copy (broadcast arrays)
            raise MediaError(f"`data_or_path` is {arr.shape[1]}x{arr.shape[0]} "
                             f"({arr.shape[0] * arr.shape[1]} pixels), over `max_pixels`="
                             f"{max_pixels}; raise `max_pixels` if you mean it.")
        self._shape = tuple(int(s) for s in arr.shape)
        self._bool = arr.dtype.kind == "b"
        pixels, self.normalize = to_uint8(arr, "data_or_path", normalize)
        if pixels.ndim == 3 and pixels.shape[2] == 1:
            pixels = pixels[:, :, 0]
        self._pixels = np.array(pixels, dtype=np.uint8, order="C", copy=True)

    def _from_pil(self, im: Any, normalize: str) -> None:
        src = im.mode
        if src == "1":
            im, src_note = im.convert("L"), "1"
        elif src in _PIL_DIRECT:
            src_note = None
        elif src == "P":
            im, src_note = im.convert("RGBA" if "transparency" in im.info else "RGB"), "P"
        elif src in ("PA", "RGBa"):
            im, src_note = im.convert("RGBA"), src
        elif src == "La":
            im, src_note = im.convert("LA"), src
        elif src in _PIL_TO_RGB:
            im, src_note = im.convert("RGB"), src
        elif src in ("I", "F") or src.startswith("I;16"):
            self._from_array(np.asarray(im), normalize, "HWC")
            self.source_mode = src
            return
        else:
            raise UnsupportedInputError(f"`data_or_path` is a PIL image in mode {src!r}, which "
                                        "vizlog does not map; convert it with `.convert('RGB')`.")
        arr = np.asarray(im)
        self._pixels = np.array(arr, dtype=np.uint8, copy=True)
        self._shape = tuple(int(s) for s in arr.shape)
        self.source_mode = src_note
        if src == "1":
            self.normalize = "bool"

    def _from_figure(self, value: Any) -> None:
        from PIL import Image as PILImage

        fig = value.get_figure() if _is_axes(value) and not _is_figure(value) else value
        buf = io.BytesIO()
        fig.savefig(buf, format="png", metadata={"Software": None})
        with PILImage.open(io.BytesIO(buf.getvalue())) as im:
            self._from_pil(im.convert("RGBA"), "none")
        self.source_mode = "matplotlib"

    def _from_file(self, value: Any, max_pixels: int) -> None:
        from PIL import Image as PILImage

        data, _ = read_source(value, "data_or_path", max_bytes=1 << 30)
        try:
            with PILImage.open(io.BytesIO(data)) as im:
                fmt, (w, h) = im.format, im.size
                if w * h > max_pixels:
                    raise MediaError(
                        f"`data_or_path` is a {w}x{h} image ({w * h} pixels), over `max_pixels`="
                        f"{max_pixels}; a decompression bomb is refused before decoding. Raise "
                        "`max_pixels` if the file is trusted.")
                im.verify()
        except MediaError:
            raise
        except PILImage.DecompressionBombError as exc:
            raise MediaError(f"`data_or_path` is refused as a decompression bomb before decoding "
                             f"({exc}). Pillow's own limit, PIL.Image.MAX_IMAGE_PIXELS, applies "
                             "on top of `max_pixels`.") from None
        except Exception as exc:
            raise UnsupportedInputError(f"`data_or_path` is not a readable PNG, JPEG, WebP, GIF or "
                                        f"BMP image ({type(exc).__name__}: {exc}).") from None
        if fmt not in _FILE_FORMATS:
            raise UnsupportedInputError(f"`data_or_path` is a {fmt} image; vizlog stores PNG, "
                                        "JPEG, WebP, GIF and BMP. Convert it first.")
        self._file, self._file_format = data, _FILE_FORMATS[fmt]
        self._shape = (h, w)
        self.source_mode = "file"

    def _decode_file(self) -> np.ndarray:
        from PIL import Image as PILImage

        assert self._file is not None
        with PILImage.open(io.BytesIO(self._file)) as im:
            im.load()
            tmp = Image.__new__(Image)
            tmp._pixels = None
            tmp.normalize = "none"
            tmp._from_pil(im, "none")
        assert tmp._pixels is not None
        self._shape = tmp._shape
        return tmp._pixels

    # -- properties ----------------------------------------------------------------------------
    @property
    def width(self) -> int:
        return int(self._shape[1])

    @property
    def height(self) -> int:
        return int(self._shape[0])

    @property
    def mode(self) -> str:
        if self._pixels is not None:
            ch = 1 if self._pixels.ndim == 2 else self._pixels.shape[2]
            return _MODES_BY_CHANNELS[ch]
        from PIL import Image as PILImage

        assert self._file is not None
        with PILImage.open(io.BytesIO(self._file)) as im:
            return str(im.mode)

    @property
    def format(self) -> str:
        if self._file is not None and self._file_format is not None:
            return self._file_format
        return self.file_type or "png"

    def children(self) -> dict[str, Media]:
        out: dict[str, Media] = {f"masks/{k}": v for k, v in self.masks.items()}
        out.update({f"boxes/{k}": v for k, v in self.boxes.items()})
        return out

    # -- encode ---------------------------------------------------------------------------------
    def encode(self, resolved: Resolved | None = None) -> Encoded:
        fmt = self.format
        if self._file is not None:
            data = self._file
        else:
            data = _encode_pixels(self._pixels, fmt, self.quality)  # type: ignore[arg-type]
        fields: dict[str, Any] = {"_type": self.type_name, "format": fmt, "width": self.width,
                                  "height": self.height, "mode": self.mode,
                                  "normalize": self.normalize, "shape": list(self._shape)}
        if self._bool:
            fields["dtype"] = "bool"
        if self.caption is not None:
            fields["caption"] = self.caption
        if self.grouping:
            fields["grouping"] = self.grouping
        if self.source_mode is not None:
            fields["source_mode"] = self.source_mode
        if fmt in ("jpg", "webp") and self._file is None:
            fields["quality"] = self.quality
        resolved = resolved or {}
        for layer in ("masks", "boxes"):
            got = {name.split("/", 1)[1]: d for name, d in resolved.items()
                   if name.startswith(layer + "/")}
            if got:
                fields[layer] = got
        return Encoded(data, fmt, "media/images", fields)

    # -- read back -------------------------------------------------------------------------------
    @classmethod
    def from_descriptor(cls, descriptor: Mapping[str, Any], run_dir: str | Path) -> Image:
        from PIL import Image as PILImage

        path = Path(run_dir) / descriptor["path"]
        data = path.read_bytes()
        img = cls.__new__(cls)
        img.caption = descriptor.get("caption")
        img.grouping = descriptor.get("grouping")
        img.quality = int(descriptor.get("quality", 90))
        img.file_type = None
        img.normalize = descriptor.get("normalize", "none")
        img.source_mode = descriptor.get("source_mode")
        img._file, img._file_format, img._pixels = data, str(descriptor.get("format", "png")), None
        with PILImage.open(io.BytesIO(data)) as im:
            w, h = im.size
        shape = descriptor.get("shape") or [h, w]
        img._shape = tuple(int(s) for s in shape)
        img._bool = descriptor.get("dtype") == "bool"
        run = Path(run_dir)
        img.masks = {k: ImageMask.from_descriptor(d, run)
                     for k, d in (descriptor.get("masks") or {}).items()}
        img.boxes = {k: BoundingBoxes2D.from_descriptor(d, run)
                     for k, d in (descriptor.get("boxes") or {}).items()}
        return img

    def to_numpy(self) -> np.ndarray:
        """The pixels: uint8 ``(H, W)`` or ``(H, W, C)`` in the logged shape (bool if logged so)."""
        if self._pixels is not None:
            arr = self._pixels
        else:
            from PIL import Image as PILImage

            assert self._file is not None
            with PILImage.open(io.BytesIO(self._file)) as im:
                arr = np.asarray(im.convert(im.mode if im.mode in _PIL_DIRECT else "RGBA"))
        if len(self._shape) == 3 and self._shape[2] == 1 and arr.ndim == 2:
            arr = arr[:, :, None]
        if self._bool:
            return arr == 255
        return arr.copy()

    def __array__(self, dtype: Any = None, copy: Any = None) -> np.ndarray:
        arr = self.to_numpy()
        return arr if dtype is None else arr.astype(dtype)

    def to_pil(self) -> Any:
        from PIL import Image as PILImage

        arr = self.to_numpy()
        return PILImage.fromarray(arr.astype(np.uint8) * (255 if arr.dtype == bool else 1))

    def _repr_png_(self) -> bytes:
        return _encode_pixels(np.asarray(self.to_pil()), "png", 90)

    def __repr__(self) -> str:
        return (f"<vizlog.Image {self.width}x{self.height} {self.format}"
                f"{' caption=' + repr(self.caption) if self.caption else ''}>")

    @classmethod
    def list_descriptor(cls, items: Sequence[dict[str, Any]],
                        objects: Sequence[Media]) -> dict[str, Any]:
        first = items[0]
        out: dict[str, Any] = {"_type": cls.list_type_name, "count": len(items),
                               "width": first["width"], "height": first["height"],
                               "format": first["format"],
                               "filenames": [d["path"] for d in items], "items": list(items)}
        if any(d.get("caption") is not None for d in items):
            out["captions"] = [d.get("caption") for d in items]
        if any("masks" in d for d in items):
            out["all_masks"] = [d.get("masks") for d in items]
        if any("boxes" in d for d in items):
            out["all_boxes"] = [d.get("boxes") for d in items]
        return out


def _layers(value: Any, arg: str) -> Mapping[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise MediaError(f"`{arg}` must be a dict of layer name -> layer dict; got "
                         f"{describe(value)}.")
    return value


def _encode_pixels(pixels: np.ndarray, fmt: str, quality: int) -> bytes:
    if fmt == "png":
        fast = encode_png(pixels)  # numpy "Up" filter + ISA-L deflate, when isal is installed
        if fast is not None:
            return fast
    from PIL import Image as PILImage

    im = PILImage.fromarray(pixels)
    buf = io.BytesIO()
    if fmt == "png":
        im.save(buf, format="PNG", compress_level=PNG_COMPRESS_LEVEL,
                compress_type=PNG_COMPRESS_TYPE)
    elif fmt == "jpg":
        im.save(buf, format="JPEG", quality=quality, optimize=False)
    elif fmt == "webp":
        im.save(buf, format="WEBP", quality=quality, method=4)
    else:  # pragma: no cover - file_type is validated in __init__
        raise MediaError(f"cannot encode format {fmt!r}")
    return buf.getvalue()
