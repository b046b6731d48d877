"""``vizlog.Video``: frames stored as a browser-playable MP4 (default), WebM or GIF file.

Accepted inputs (validated and copied at construction; nothing is encoded until logged):

* **numpy arrays** (or torch-like tensors, or objects with ``__array__``):

  - ``(T, C, H, W)`` with C in 1, 3 or 4 (grey, RGB, RGBA): the wandb layout, the default;
    channels-last ``(T, H, W, C)`` only with ``layout="THWC"``; no layout is ever guessed.
  - batched ``(N, T, C, H, W)`` (``layout="NTHWC"`` for channels last), tiled into one grid
    video as wandb and tensorboardX do: N is padded with black videos up to the next power of
    two (unless it is one), ``rows = 2 ** ((N.bit_length() - 1) // 2)`` (from the original N),
    ``cols = padded_N // rows``; video ``i`` goes to row ``i // cols``, column ``i % cols``; a
    frame is ``rows*H`` high and ``cols*W`` wide. N=3 -> 1x4, N=5 -> 2x4, N=16 -> 4x4. The
    descriptor's ``tiling`` records it and :meth:`Video.tiles` cuts the grid back.
  - dtypes as for ``Image``: uint8 as is; other integers must lie in 0..255; bool -> 0/255;
    floats must be finite and in [0, 1] (stored as ``round(x * 255)``). Out-of-range values
    raise unless ``normalize="clip"`` or ``normalize="minmax"`` (over the whole video) says how
    to map them; the rule is recorded in ``normalize``.
* **a path, binary file object or bytes** of an existing MP4, MOV, WebM, GIF or Ogg video: stored
  byte for byte as given, after a probe that reads its width, height, fps, frame count,
  duration and codec (every packet is demuxed and the first frame decoded, so a truncated or
  non-video file raises here). ``fps`` given with a file is ignored with a warning (as in wandb).
* **a moviepy clip** (anything with ``iter_frames()`` and ``fps``; moviepy is never imported):
  its frames are read at ``fps`` (default: the clip's) as ``(T, H, W, C)``. Its audio is dropped.

Options: ``caption``; ``fps`` (default 4, as wandb; any positive number, at most 50 for GIF,
since browsers slow faster GIFs down to 10 fps); ``format``: ``"mp4"`` (default: H.264 High,
yuv420p, BT.709, CRF 23, index first (``+faststart``): plays in Chromium, Firefox and Safari),
``"webm"`` (VP9, CRF 32) or ``"gif"`` (one global 256-colour palette, no dithering, see
:mod:`vizlog.media._gif`); ``loop`` for GIF (0 = forever, the default; n = play n times);
``max_bytes`` (default 1 GiB) caps a file, or the frames' stored size (one byte per value), before
anything is read or copied.

Channels: grey is stored as grey in every format (exactly in GIF). H.264 yuv420p needs even
sizes, so MP4 frames with an odd width or height are padded on the right/bottom by repeating the
last column/row; ``padding`` records it and reading back crops it. RGBA keeps its alpha in GIF
(on/off at 128); MP4 and WebM have no alpha here, so RGBA is composited over black
(``alpha: "over-black"``).

Encoding uses bundled ffmpeg builds only (imageio-ffmpeg's binary, PyAV) and gives the same bytes
for the same frames on the same machine; see :mod:`vizlog.media._ffmpeg` for the measured
choice of encoder and the determinism flags.

Descriptor ``_type: "video-file"`` with wandb's ``width``, ``height``, ``caption`` plus
``format``, ``fps``, ``frames``, ``duration`` (seconds), ``codec``, ``channels`` (of the frames
read back), ``padding``, ``tiling``, ``normalize``, ``source`` (array, clip or file), and for
GIF ``loop``, for MP4/WebM ``crf``. A list of videos logs as wandb's ``videos``.
"""

from __future__ import annotations

import base64
import math
import warnings
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from vizlog.errors import MediaError, ShapeError, UnsupportedInputError, describe
from vizlog.media._base import Encoded, Media, Resolved, RunFiles
from vizlog.media._caps import check_video, decoding
from vizlog.media._util import (
    check_array_size,
    check_caption,
    check_normalize,
    is_path,
    read_source,
    to_numpy,
    to_uint8,
)

__all__ = ["Video"]

FORMATS = ("mp4", "webm", "gif")
FILE_FORMATS = ("mp4", "mov", "webm", "gif", "ogg")
DEFAULT_FORMAT = "mp4"
DEFAULT_FPS = 4
MAX_GIF_FPS = 50
DEFAULT_MAX_BYTES = 1 << 30
CRF = {"mp4": 23, "webm": 32}
_CODEC = {"mp4": "h264", "webm": "vp9", "gif": "gif"}
_MIME = {"mp4": "video/mp4", "mov": "video/quicktime", "webm": "video/webm", "ogg": "video/ogg"}
_LAYOUTS = {4: ("TCHW", "THWC"), 5: ("NTCHW", "NTHWC")}


def _is_clip(value: Any) -> bool:
    return callable(getattr(value, "iter_frames", None)) and hasattr(value, "fps")


def _check_fps(fps: Any) -> float:
    if isinstance(fps, bool) or not isinstance(fps, (int, float, np.integer, np.floating)) \
            or not math.isfinite(float(fps)) or fps <= 0:
        raise MediaError(f"`fps` must be a positive, finite number of frames per second; got "
                         f"{fps!r}.")
    return int(fps) if float(fps).is_integer() else float(fps)


def tile_grid(n: int) -> tuple[int, int]:
    """(rows, cols) of the grid a batch of ``n`` videos is tiled into (see module docstring)."""
    padded = n if n & (n - 1) == 0 else 1 << n.bit_length()
    rows = 2 ** ((n.bit_length() - 1) // 2)
    return rows, padded // rows


class Video(Media):
    """A video; see the module docstring for inputs, options and the descriptor."""

    type_name = "video-file"
    list_type_name = "videos"

    def __init__(self, data_or_path: Any, caption: str | None = None, fps: float | None = None,
                 format: str | None = None, *, layout: str | None = None,
                 normalize: str | bool = "none", loop: int = 0,
                 max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        check_caption(caption)
        normalize = check_normalize(normalize)
        if format is not None:
            if not isinstance(format, str) or format.lower() not in FILE_FORMATS:
                raise MediaError(f"`format` must be one of 'mp4', 'webm', 'gif'; got {format!r}.")
            format = format.lower()
        if isinstance(loop, bool) or not isinstance(loop, (int, np.integer)) or loop < 0:
            raise MediaError(f"`loop` must be an int >= 0 (0 repeats forever, n plays n times); "
                             f"got {loop!r}.")
        self.caption = caption
        self.loop = int(loop)
        self.normalize = "none"
        self.tiling: dict[str, int] | None = None
        self.source = "array"
        self._frames: np.ndarray | None = None   # (T, C, H, W) uint8
        self._file: bytes | None = None          # a video file stored as given
        self._info: dict[str, Any] = {}
        if is_path(data_or_path) or callable(getattr(data_or_path, "read", None)) or \
                isinstance(data_or_path, (bytes, bytearray)):
            self._from_file(data_or_path, fps, format, max_bytes)
            return
        self.fps = DEFAULT_FPS if fps is None else _check_fps(fps)
        if format in ("mov", "ogg"):
            raise MediaError(f"`format` {format!r} is only kept for existing files; frames are "
                             "encoded as 'mp4' (default), 'webm' or 'gif'.")
        self.format = format or DEFAULT_FORMAT
        if self.format == "gif" and self.fps > MAX_GIF_FPS:
            raise MediaError(f"`fps` must be at most {MAX_GIF_FPS} for `format=\"gif\"`; got "
                             f"{self.fps}. Browsers play faster GIFs at 10 fps; use "
                             "format=\"mp4\" or a lower fps.")
        if _is_clip(data_or_path):
            self._from_clip(data_or_path, fps, normalize)
            return
        arr = to_numpy(data_or_path, "data_or_path")
        if arr is None:
            raise UnsupportedInputError(
                "`data_or_path` must be a numpy array or tensor of frames (T, C, H, W), a "
                f"moviepy clip, or a path or binary file object of a video; got "
                f"{describe(data_or_path)}.")
        check_array_size(arr, "data_or_path", max_bytes, 1)
        self._from_array(arr, layout, normalize)

    # -- input -------------------------------------------------------------------------------
    def _from_array(self, arr: np.ndarray, layout: str | None, normalize: str) -> None:
        shape = tuple(int(s) for s in arr.shape)
        if arr.ndim not in (4, 5):
            hint = " Add a time axis with `array[None]` for a single frame." if arr.ndim == 3 \
                else ""
            raise ShapeError(f"`data_or_path` must have shape (T, C, H, W) or (N, T, C, H, W) "
                             f"with C in 1, 3 or 4; got {shape}.{hint}")
        allowed = _LAYOUTS[arr.ndim]
        if layout is None:
            layout = allowed[0]
        if layout not in allowed:
            raise MediaError(f"`layout` must be one of {', '.join(map(repr, allowed))} for a "
                             f"{arr.ndim}-D array; got {layout!r}.")
        if layout.endswith("HWC"):
            arr = np.moveaxis(arr, -1, -3)
        if arr.shape[-3] not in (1, 3, 4):
            hint = ""
            if layout.endswith("CHW") and shape[-1] in (1, 3, 4):
                hint = f" Pass `layout=\"{layout[:-3]}HWC\"` for channels-last frames."
            raise ShapeError(f"`data_or_path` must have shape ({'N, ' if arr.ndim == 5 else ''}"
                             f"T, C, H, W) with C in 1, 3 or 4; got {shape}"
                             f"{' with layout=' + repr(layout) if layout.endswith('HWC') else ''}"
                             f".{hint}")
        if 0 in arr.shape:
            names = ("N", "T", "C", "H", "W")[5 - arr.ndim:]
            empty = ", ".join(n for n, s in zip(names, arr.shape, strict=True) if s == 0)
            raise ShapeError(f"`data_or_path` has no frames or pixels (shape {shape}: {empty} "
                             "is 0); pass at least one frame of at least 1x1 pixels.")
        pixels, self.normalize = to_uint8(arr, "data_or_path", normalize)
        if pixels.ndim == 5:
            pixels = self._tile(pixels)
        elif np.may_share_memory(pixels, arr):
            pixels = pixels.copy()
        self._frames = np.ascontiguousarray(pixels)

    def _tile(self, batch: np.ndarray) -> np.ndarray:
        n, t, c, h, w = batch.shape
        rows, cols = tile_grid(n)
        grid = np.zeros((rows * cols, t, c, h, w), np.uint8)
        grid[:n] = batch
        self.tiling = {"n": n, "rows": rows, "cols": cols, "tile_width": w, "tile_height": h}
        return grid.reshape(rows, cols, t, c, h, w).transpose(2, 3, 0, 4, 1, 5).reshape(
            t, c, rows * h, cols * w)

    def _from_clip(self, clip: Any, fps: float | None, normalize: str) -> None:
        rate = fps if fps is not None else clip.fps
        if rate is None:
            raise MediaError("`data_or_path` is a clip without `fps`; pass `fps=` to say how "
                             "often to sample it.")
        self.fps = _check_fps(rate)
        try:
            frames = [np.asarray(f) for f in clip.iter_frames(fps=self.fps, dtype="uint8")]
        except Exception as exc:
            raise UnsupportedInputError(f"`data_or_path` is a clip whose frames cannot be read "
                                        f"({type(exc).__name__}: {exc}).") from None
        if not frames:
            raise ShapeError("`data_or_path` is a clip with no frames; pass a clip with a "
                             "positive duration.")
        try:
            stack = np.stack([f[:, :, None] if f.ndim == 2 else f for f in frames])
        except ValueError:
            raise ShapeError("`data_or_path` is a clip whose frames differ in size; resize "
                             "them to one size first.") from None
        self._from_array(stack, "THWC", normalize)
        self.source = "clip"

    def _from_file(self, value: Any, fps: float | None, fmt: str | None,
                   max_bytes: int) -> None:
        from vizlog.media._ffmpeg import probe_video

        data, ext = read_source(value, "data_or_path", max_bytes)
        try:
            with decoding("`data_or_path`", "pass a complete mp4, mov, webm, gif or ogg file.",
                          keep=(ValueError,)):
                info = probe_video(data, ext)
        except MediaError:
            raise
        except ValueError as exc:
            raise MediaError(f"`data_or_path` is not a playable video: {exc}. Pass a complete "
                             "mp4, mov, webm, gif or ogg file, or an array of frames.") from None
        if fmt is not None and fmt != info.format and not {fmt, info.format} <= {"mp4", "mov"}:
            raise MediaError(f"`format` is {fmt!r} but the file is {info.format}; vizlog stores "
                             "files as given. Leave `format` unset.")
        if fps is not None:
            warnings.warn(f"vizlog: `fps` is ignored for a video file; it plays at its own "
                          f"{info.fps:g} fps.", stacklevel=3)
        self._file = data
        self.source = "file"
        self.format = info.format
        self.fps = info.fps
        self._info = {"width": info.width, "height": info.height, "frames": info.frames,
                      "duration": info.duration, "codec": info.codec, "channels": 3,
                      "has_audio": info.has_audio}

    # -- properties ----------------------------------------------------------------------------
    @property
    def width(self) -> int:
        return int(self._frames.shape[3]) if self._frames is not None else self._info["width"]

    @property
    def height(self) -> int:
        return int(self._frames.shape[2]) if self._frames is not None else self._info["height"]

    @property
    def frames(self) -> int:
        return int(self._frames.shape[0]) if self._frames is not None else self._info["frames"]

    @property
    def channels(self) -> int:
        """Channels of the frames read back from the stored file."""
        if self._frames is None:
            return int(self._info["channels"])
        c = int(self._frames.shape[1])
        return 3 if c == 4 and self.format != "gif" else c

    @property
    def duration(self) -> float:
        if self._frames is None:
            return float(self._info["duration"])
        return round(self.frames / float(self.fps), 6)

    # -- encode ---------------------------------------------------------------------------------
    def encode(self, resolved: Resolved | None = None) -> Encoded:
        fields: dict[str, Any] = {"_type": self.type_name, "format": self.format,
                                  "width": self.width, "height": self.height, "fps": self.fps,
                                  "frames": self.frames, "duration": self.duration,
                                  "channels": self.channels, "source": self.source}
        if self.caption is not None:
            fields["caption"] = self.caption
        if self._file is not None:
            fields.update(codec=self._info["codec"], has_audio=self._info["has_audio"])
            return Encoded(self._file, self.format, "media/videos", fields)
        data, pad = self._encode_frames()
        fields.update(codec=_CODEC[self.format], normalize=self.normalize, tiling=self.tiling,
                      padding={"bottom": pad[0], "right": pad[1]})
        if self.format == "gif":
            fields["loop"] = self.loop
        else:
            fields["crf"] = CRF[self.format]
        if self._frames is not None and self._frames.shape[1] == 4:
            fields["alpha"] = "binary" if self.format == "gif" else "over-black"
        return Encoded(data, self.format, "media/videos", fields)

    def _encode_frames(self) -> tuple[bytes, tuple[int, int]]:
        from vizlog.media import _ffmpeg

        assert self._frames is not None
        frames = self._frames
        rate = _ffmpeg.fps_fraction(self.fps)
        if self.format == "gif":
            if _ffmpeg.BACKENDS.get("gif") == "ffmpeg":
                return _ffmpeg.encode_gif_ffmpeg(frames, rate, self.loop), (0, 0)
            from vizlog.media._gif import quantize

            index, palette = quantize(frames)
            return _ffmpeg.encode_gif(index, palette, rate, self.loop), (0, 0)
        if frames.shape[1] == 4:  # composite over black: rgb * alpha / 255, rounded
            alpha = frames[:, 3:4].astype(np.uint16)
            frames = ((frames[:, :3] * alpha + 127) // 255).astype(np.uint8)
        pad = (0, 0)
        if self.format == "mp4":
            pad = (frames.shape[2] % 2, frames.shape[3] % 2)
            if any(pad):
                frames = np.pad(frames, ((0, 0), (0, 0), (0, pad[0]), (0, pad[1])), mode="edge")
        return _ffmpeg.encode_video(frames, rate, self.format, CRF[self.format]), pad

    # -- read back -------------------------------------------------------------------------------
    @classmethod
    def from_descriptor(cls, descriptor: Mapping[str, Any], files: RunFiles) -> Video:
        video = cls.__new__(cls)
        video.caption = descriptor.get("caption")
        video.loop = int(descriptor.get("loop", 0))
        video.normalize = str(descriptor.get("normalize", "none"))
        video.tiling = descriptor.get("tiling")
        video.source = str(descriptor.get("source", "file"))
        video.format = str(descriptor.get("format") or Path(descriptor["path"]).suffix[1:])
        video.fps = descriptor.get("fps", DEFAULT_FPS)
        video._frames = None
        video._file = files.read_bytes(descriptor["path"])
        pad = descriptor.get("padding") or {}
        video._info = {"width": descriptor.get("width"), "height": descriptor.get("height"),
                       "frames": descriptor.get("frames"), "duration": descriptor.get("duration"),
                       "codec": descriptor.get("codec"), "channels": descriptor.get("channels", 3),
                       "has_audio": descriptor.get("has_audio", False),
                       "pad": (int(pad.get("bottom", 0)), int(pad.get("right", 0)))}
        return video

    def to_numpy(self, max_pixels: int | None = None,
                 max_frames: int | None = None) -> np.ndarray:
        """The frames as (T, C, H, W) uint8: as logged for array input, decoded from the file
        otherwise (padding cropped, C as in ``channels``). A file that decodes to more than
        ``max_pixels`` (frames x width x height, default 2**30) or ``max_frames`` (default
        1,000,000) is refused with :class:`~vizlog.errors.MediaError` before it is all in memory
        (:mod:`vizlog.media._caps`)."""
        if self._frames is not None:
            frames = self._frames
            if frames.shape[1] == 4 and self.format != "gif":
                alpha = frames[:, 3:4].astype(np.uint16)
                frames = ((frames[:, :3] * alpha + 127) // 255).astype(np.uint8)
            return frames.copy()
        with decoding("the video file or its descriptor"):
            return self._decode_file(max_pixels, max_frames)
        raise AssertionError("unreachable")  # pragma: no cover

    def _decode_file(self, max_pixels: int | None, max_frames: int | None) -> np.ndarray:
        from vizlog.media._ffmpeg import decode_video, probe_video

        assert self._file is not None
        info = probe_video(self._file, self.format)  # counts frames without decoding them
        check_video(info.width, info.height, info.frames, "the video file", max_pixels,
                    max_frames)
        c = self.channels
        if self.format == "gif":
            pix = "rgba" if c == 4 else "rgb24"
        else:
            pix = {1: "gray", 4: "rgba"}.get(c, "rgb24")
        frames = decode_video(self._file, pix, max_pixels, max_frames).transpose(0, 3, 1, 2)
        if c == 1:
            frames = frames[:, :1]
        elif c == 4:  # a transparent GIF pixel has no colour: read back as (0, 0, 0, 0)
            frames = frames * (frames[:, 3:4] > 0)
        bottom, right = self._info.get("pad", (0, 0))
        bottom, right = min(max(bottom, 0), frames.shape[2]), min(max(right, 0), frames.shape[3])
        h, w = frames.shape[2] - bottom, frames.shape[3] - right
        return np.ascontiguousarray(frames[:, :, :h, :w])

    def __array__(self, dtype: Any = None, copy: Any = None) -> np.ndarray:
        arr = self.to_numpy()
        return arr if dtype is None else arr.astype(dtype)

    def tiles(self) -> np.ndarray:
        """A tiled batch cut back into (N, T, C, H, W); a single video as (1, T, C, H, W)."""
        frames = self.to_numpy()
        if not self.tiling:
            return frames[None]
        t, c = frames.shape[:2]
        rows, cols = self.tiling["rows"], self.tiling["cols"]
        h, w = self.tiling["tile_height"], self.tiling["tile_width"]
        grid = frames[:, :, : rows * h, : cols * w].reshape(t, c, rows, h, cols, w)
        return np.ascontiguousarray(grid.transpose(2, 4, 0, 1, 3, 5).reshape(
            rows * cols, t, c, h, w)[: self.tiling["n"]])

    def _repr_html_(self) -> str:
        enc = self.encode()
        assert enc.data is not None
        b64 = base64.b64encode(enc.data).decode("ascii")
        if self.format == "gif":
            return f'<img src="data:image/gif;base64,{b64}" alt="video">'
        return (f'<video controls loop muted autoplay src="data:{_MIME[self.format]};base64,'
                f'{b64}"></video>')

    def __repr__(self) -> str:
        return (f"<vizlog.Video {self.width}x{self.height} {self.frames} frames @ {self.fps:g} fps "
                f"{self.format}{' caption=' + repr(self.caption) if self.caption else ''}>")

    @classmethod
    def list_descriptor(cls, items: Sequence[dict[str, Any]],
                        objects: Sequence[Media]) -> dict[str, Any]:
        captions: Any = False
        if any(d.get("caption") is not None for d in items):
            captions = [d.get("caption") for d in items]
        return {"_type": cls.list_type_name, "count": len(items), "videos": list(items),
                "captions": captions, "items": list(items)}

