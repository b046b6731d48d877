"""``vizlog.Image``: a still image stored as PNG (default), JPEG or WebP.

Accepted inputs (validated and copied at construction; nothing is encoded until logged):

* **numpy arrays** ``(H, W)``, ``(H, W, 1|3|4)`` (channels last) or ``(1|3|4, H, W)`` (channels
  first). Leading axes of size 1 are dropped (wandb squeezes them). A 3-D array is read as wandb
  reads it: channels last when the last axis has 1, 3 or 4 entries, else channels first when the
  first one has; ``layout="HWC"``/``"CHW"`` overrides the guess. When channels were moved the
  descriptor says ``layout: "CHW"``; when axes were dropped, ``source_shape`` is the input shape.

  Values (``normalize``, default ``"auto"`` = wandb's rules, see
  :func:`vizlog.media._util.wandb_to_uint8`):

  - ``bool``: False -> 0, True -> 255 (rule ``bool``); ``uint8``: as is (rule ``none``).
  - a negative minimum: min-max rescaled to 0..255 (rule ``minmax``);
  - else a maximum of at most 1 (floats in [0, 1], or 0/1 integers other than uint8):
    ``round(x * 255)`` (rule ``scale255``);
  - else values are 0..255: integers in range are stored as they are (rule ``none``), floats and
    out-of-range integers are clipped to 0..255 and rounded (rule ``clip255``).
  - NaN or infinite values are refused.

  ``normalize=True`` is ``"auto"``; ``normalize="none"`` (or ``False``) refuses anything that is
  not already uint8-like (floats must be in [0, 1]); ``"clip"`` clips floats to [0, 1] and
  integers to 0..255; ``"minmax"`` maps min..max to 0..255. The rule applied is recorded in the
  descriptor's ``normalize`` field (``none``, ``bool``, ``scale255``, ``clip``, ``clip255``,
  ``minmax``). wandb truncates where vizlog rounds, so pixels may differ by one level.
* **torch-like tensors** (anything with ``.detach().cpu().numpy()``, torch is never imported):
  the torch convention ``(C, H, W)`` is the default layout for 3-D tensors (unless only the last
  axis can hold channels); ``layout="HWC"`` overrides. Objects with ``__array__`` are read as
  numpy arrays.
* **PIL images**: ``1`` -> ``L`` (0/255); ``L``, ``LA``, ``RGB``, ``RGBA`` as they are; ``P`` ->
  ``RGBA`` when it has transparency else ``RGB``; ``PA`` -> ``RGBA``; ``La``/``RGBa`` -> ``LA``/
  ``RGBA``; ``CMYK``, ``YCbCr``, ``LAB``, ``HSV``, ``RGBX`` -> ``RGB``; ``I``, ``I;16*`` and
  ``F`` go through the numeric rules above. Conversions are recorded in ``source_mode``.
* **files**: a path, ``pathlib.Path`` or binary file object of PNG, JPEG, WebP, GIF or BMP. The
  header is read first and images over ``max_pixels`` (default 89,478,485, Pillow's limit) are
  refused before decoding; the bytes are stored as given unless ``file_type`` asks for another
  format.
* **matplotlib** ``Figure`` or ``Axes``: rendered to RGBA with the figure's own ``savefig`` (no
  pyplot state is read or changed); the ``matplotlib.pyplot`` module itself means its current
  figure (an error when no figure is open; no figure is created).
* another ``vizlog.Image`` (pixels and caption are copied).

Options: ``mode`` (``L``, ``LA``, ``RGB``, ``RGBA``: the image is converted to it as wandb does,
and ``source_mode`` records the mode the data had); ``caption``; ``file_type`` ``"png"`` (lossless,
default), ``"jpeg"``/``"jpg"`` or ``"webp"`` with ``quality`` 1..100 (default 90); JPEG has no
alpha, so an alpha channel is dropped with a warning, as wandb does (descriptor ``alpha:
"dropped"``). ``masks`` and ``boxes`` as in wandb (see :mod:`vizlog.media.overlays`; layer dicts or
``ImageMask``/``BoundingBoxes2D`` objects); a mask of another size than the image is kept and
stretched over it by the viewer, as in wandb's UI, and its descriptor then carries its own
``width`` and ``height``. ``grouping`` (int, kept for wandb compatibility).

wandb helpers: :attr:`Image.image` (a PIL image), :meth:`Image.to_data_array`,
:meth:`Image.all_captions`.

Descriptor ``_type: "image-file"`` with wandb's ``format``, ``width``, ``height``, ``caption``,
``masks``, ``boxes``, ``grouping``, plus ``mode`` (PIL mode stored), ``shape`` (the array shape that
reads back), ``normalize``, ``source_mode`` and, when they apply, ``layout``, ``source_shape`` and
``alpha``. A list of images logs as ``images/separated``.
"""

from __future__ import annotations

import io
import sys
import types
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from vizlog.errors import MediaError, ShapeError, UnsupportedInputError, describe, too_large
from vizlog.media._base import Encoded, Media, Resolved, RunFiles
from vizlog.media._caps import check_frame, decoding
from vizlog.media._png import encode_png, encode_png_parts
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
# PNG deflate settings for Pillow, the PNG encoder when the optional `fpng` and `isal` packages
# are missing (with them, vizlog.media._png writes 8-bit L/LA/RGB/RGBA pixels itself, 5-15x
# faster). Measured
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


def _is_pyplot(value: Any) -> bool:
    return isinstance(value, types.ModuleType) and value.__name__ == "matplotlib.pyplot"


def _current_figure(plt: Any) -> Any:
    """pyplot's current figure, without creating one (wandb logs ``plt.gcf()``)."""
    if not plt.get_fignums():
        raise MediaError("`data_or_path` is matplotlib.pyplot but there is no open figure to "
                         "log; draw the plot before logging it, or pass the Figure itself.")
    return plt.gcf()


def _guess_layout(arr: np.ndarray, torch_like: bool) -> str:
    """wandb's reading of a 3-D array: channels last when the last axis has 1, 3 or 4 entries,
    else channels first when the first one has; torch tensors are channels first."""
    if arr.ndim != 3:
        return "HWC"
    first, last = arr.shape[0] in (1, 3, 4), arr.shape[-1] in (1, 3, 4)
    if torch_like:
        return "CHW" if first or not last else "HWC"
    return "CHW" if first and not last else "HWC"


class Image(Media):
    """A still image; see the module docstring for inputs, options and the descriptor."""

    type_name = "image-file"
    list_type_name = "images/separated"

    def __init__(self, data_or_path: Any, mode: str | None = None, caption: str | None = None,
                 grouping: int | None = None, classes: Any = None,
                 boxes: Mapping[str, Any] | None = None, masks: Mapping[str, Any] | None = None,
                 file_type: str | None = None, normalize: str | bool = "auto",
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
        self.layout: str | None = None           # "CHW" when channels-first input was moved
        self.source_shape: tuple[int, ...] | None = None  # input shape when axes were dropped
        self.alpha: str | None = None            # "dropped" when JPEG could not keep it
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
            self._drop_alpha()
        self.masks = {str(k): v if isinstance(v, ImageMask) else
                      ImageMask(v, arg=f"masks[{k!r}]")
                      for k, v in _layers(masks, "masks").items()}
        self.boxes = {str(k): v if isinstance(v, BoundingBoxes2D) else
                      BoundingBoxes2D(v, arg=f"boxes[{k!r}]")
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
        elif _is_pyplot(value):
            self._from_figure(_current_figure(value))
        elif is_path(value) or callable(getattr(value, "read", None)):
            self._from_file(value, max_pixels)
        else:
            torch_like = is_torch_like(value)
            arr = to_numpy(value, "data_or_path")
            if arr is None:
                raise UnsupportedInputError(
                    f"`data_or_path` must be a numpy array, tensor, PIL image, matplotlib figure, "
                    f"path or binary file object; got {describe(value)}.")
            source_shape = tuple(int(n) for n in arr.shape)
            while arr.ndim > 3 and arr.shape[0] == 1:  # wandb squeezes trivial axes
                arr = arr[0]
            if arr.ndim != len(source_shape):
                self.source_shape = source_shape
            if layout is None:
                layout = _guess_layout(arr, torch_like)
            self._from_array(arr, normalize, layout, max_pixels)
        if mode is not None:
            stored = self.mode
            if mode != stored:
                self._convert_mode(mode, stored)

    def _convert_mode(self, mode: str, stored: str) -> None:
        """wandb converts the image to the ``mode`` asked for (PIL ``convert``); so does vizlog,
        for the modes it stores, and records the mode the data had in ``source_mode``."""
        if mode not in _PIL_DIRECT:
            raise MediaError(f"`mode` must be one of 'L', 'LA', 'RGB', 'RGBA' (or None to keep "
                             f"the data's, {stored!r}); got {mode!r}.")
        from PIL import Image as PILImage

        if self._pixels is None:
            self._pixels = self._decode_file()
            self._file = None
        im = PILImage.fromarray(self._pixels).convert(mode)
        self._pixels = np.array(np.asarray(im), dtype=np.uint8, order="C", copy=True)
        self._shape = tuple(int(n) for n in self._pixels.shape)
        self._bool = False
        self.source_mode = self.source_mode or stored

    def _copy_from(self, other: Image) -> None:
        self._file, self._file_format = other._file, other._file_format
        self._pixels, self._shape, self._bool = other._pixels, other._shape, other._bool
        self.normalize, self.source_mode = other.normalize, other.source_mode
        self.layout, self.source_shape, self.alpha = other.layout, other.source_shape, other.alpha
        if self.caption is None:
            self.caption = other.caption

    def _from_array(self, arr: np.ndarray, normalize: str, layout: str,
                    max_pixels: int = DEFAULT_MAX_PIXELS) -> None:
        if arr.ndim == 3 and layout == "CHW":
            if arr.shape[0] not in (1, 3, 4):
                raise ShapeError(f"`data_or_path` with layout='CHW' must have shape (C, H, W) with "
                                 f"C in 1, 3 or 4; got {arr.shape}.")
            arr = np.moveaxis(arr, 0, -1)
            self.layout = "CHW"
        if arr.ndim not in (2, 3) or (arr.ndim == 3 and arr.shape[2] not in (1, 3, 4)):
            given = self.source_shape or arr.shape
            raise ShapeError(f"`data_or_path` must have shape (H, W), (H, W, C) or (C, H, W) with "
                             f"C in 1, 3 or 4 (leading axes of size 1 are dropped); got "
                             f"{tuple(given)}. Reshape it, or pick the channels with `layout=`.")
        if arr.shape[0] == 0 or arr.shape[1] == 0:
            raise ShapeError(f"`data_or_path` has no pixels (shape {arr.shape}); pass an image "
                             "with H > 0 and W > 0.")
        if arr.shape[0] * arr.shape[1] > max_pixels:  # before any copy (broadcast arrays)
            raise MediaError(too_large("data_or_path", arr.shape[0] * arr.shape[1], max_pixels,
                                       "max_pixels", f"pixels ({arr.shape[1]}x{arr.shape[0]})"))
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
                    raise MediaError(too_large(
                        "data_or_path", w * h, max_pixels, "max_pixels", f"pixels ({w}x{h})",
                        "a decompression bomb is refused before decoding. Raise `max_pixels` "
                        "if the file is trusted."))
                im.verify()
            if fmt != "PNG":  # verify() checks PNG only: decode the others whole (capped above)
                with PILImage.open(io.BytesIO(data)) as im:
                    im.load()
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
            tmp.layout = tmp.source_shape = tmp.alpha = None
            tmp._from_pil(im, "none")
        assert tmp._pixels is not None
        self._shape = tmp._shape
        return tmp._pixels

    def _drop_alpha(self) -> None:
        """JPEG has no alpha: keep the colour channels, as wandb does (it warns and stores RGB)."""
        import warnings

        assert self._pixels is not None
        pixels = self._pixels[:, :, :-1]
        self._pixels = np.ascontiguousarray(pixels[:, :, 0] if pixels.shape[2] == 1 else pixels)
        self._shape = (*self._shape[:2], *self._pixels.shape[2:])
        self.alpha = "dropped"
        warnings.warn("JPEG cannot store an alpha channel; it was dropped (the descriptor says "
                      "alpha=\"dropped\"). Use file_type=\"png\" or \"webp\" to keep it.",
                      stacklevel=3)

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

    @property
    def image(self) -> Any:
        """The pixels as a PIL image (``wandb.Image.image``)."""
        return self.to_pil()

    def to_data_array(self) -> list[list[Any]]:
        """The pixels as rows of PIL pixel values: ints for one channel, tuples otherwise
        (``wandb.Image.to_data_array``)."""
        arr = np.asarray(self.to_pil())
        if arr.ndim == 2:
            return [list(map(int, row)) for row in arr.tolist()]
        return [[tuple(px) for px in row] for row in arr.tolist()]

    @classmethod
    def all_captions(cls, images: Sequence[Any]) -> list[str | None] | bool:
        """wandb's rule: ``False`` when the first image has no caption, else every caption."""
        items = list(images)
        if not items or getattr(items[0], "caption", None) is None:
            return False
        return [getattr(m, "caption", None) for m in items]

    def children(self) -> dict[str, Media]:
        out: dict[str, Media] = {f"masks/{k}": v for k, v in self.masks.items()}
        out.update({f"boxes/{k}": v for k, v in self.boxes.items()})
        return out

    # -- encode ---------------------------------------------------------------------------------
    def encode(self, resolved: Resolved | None = None) -> Encoded:
        fmt = self.format
        parts = None
        data: bytes | None
        if self._file is not None:
            data = self._file
        elif fmt == "png" and (parts := encode_png_parts(self._pixels)) is not None:  # type: ignore[arg-type]
            data = None  # the store hashes and writes the pieces (no joined copy)
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
        if self.layout is not None:
            fields["layout"] = self.layout
        if self.source_shape is not None:
            fields["source_shape"] = list(self.source_shape)
        if self.alpha is not None:
            fields["alpha"] = self.alpha
        if fmt in ("jpg", "webp") and self._file is None:
            fields["quality"] = self.quality
        resolved = resolved or {}
        for layer in ("masks", "boxes"):
            got = {name.split("/", 1)[1]: d for name, d in resolved.items()
                   if name.startswith(layer + "/")}
            if got:
                fields[layer] = got
        for name, mask in self.masks.items():
            mh, mw = mask.mask.shape
            if (mw, mh) != (self.width, self.height) and name in fields.get("masks", {}):
                # wandb accepts any mask size and stretches it over the image: say so
                fields["masks"][name] = {**fields["masks"][name], "width": mw, "height": mh}
        return Encoded(data, fmt, "media/images", fields, parts=parts)

    @classmethod
    def from_value(cls, value: Any) -> Image | None:
        """``log()`` hook: a matplotlib Figure (anything from matplotlib with ``savefig``), or
        the ``matplotlib.pyplot`` module itself (its current figure), as wandb takes them."""
        if getattr(value, "__name__", None) == "matplotlib.pyplot" or (
                type(value).__module__.startswith("matplotlib.") and
                callable(getattr(value, "savefig", None))):
            return cls(value)
        return None

    # -- read back -------------------------------------------------------------------------------
    @classmethod
    def from_descriptor(cls, descriptor: Mapping[str, Any], files: RunFiles) -> Image:
        from PIL import Image as PILImage

        data = files.read_bytes(descriptor["path"])
        img = cls.__new__(cls)
        img.caption = descriptor.get("caption")
        img.grouping = descriptor.get("grouping")
        img.quality = int(descriptor.get("quality", 90))
        img.file_type = None
        img.normalize = descriptor.get("normalize", "none")
        img.source_mode = descriptor.get("source_mode")
        img.layout = descriptor.get("layout")
        src_shape = descriptor.get("source_shape")
        img.source_shape = tuple(int(n) for n in src_shape) if src_shape else None
        img.alpha = descriptor.get("alpha")
        img._file, img._file_format, img._pixels = data, str(descriptor.get("format", "png")), None
        with decoding("the image file"), PILImage.open(io.BytesIO(data)) as im:
            w, h = im.size
        check_frame(w, h, "descriptor")
        shape = descriptor.get("shape") or [h, w]
        img._shape = tuple(int(s) for s in shape)
        img._bool = descriptor.get("dtype") == "bool"
        img.masks = {k: ImageMask.from_descriptor(d, files)
                     for k, d in (descriptor.get("masks") or {}).items()}
        img.boxes = {k: BoundingBoxes2D.from_descriptor(d, files)
                     for k, d in (descriptor.get("boxes") or {}).items()}
        return img

    def to_numpy(self) -> np.ndarray:
        """The pixels: uint8 ``(H, W)`` or ``(H, W, C)`` in the logged shape (bool if logged so)."""
        if self._pixels is not None:
            arr = self._pixels
        else:
            from PIL import Image as PILImage

            assert self._file is not None
            with decoding("the image file"), PILImage.open(io.BytesIO(self._file)) as im:
                check_frame(*im.size)
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
        fast = encode_png(pixels)  # fpng (RGB, RGBA) or Up filter + ISA-L, when installed
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
