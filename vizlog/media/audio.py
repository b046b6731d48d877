"""``vizlog.Audio``: samples stored as lossless WAV (default), FLAC, Ogg Vorbis or MP3.

Accepted inputs (validated and copied at construction; nothing is encoded until logged):

* **numpy arrays** (or torch-like tensors, objects with ``__array__``, or lists) with a
  ``sample_rate`` (required, an int > 0):

  - ``(samples,)`` mono, or ``(samples, channels)``; ``(channels, samples)`` only with
    ``layout="CS"`` (no layout is ever guessed). At most 64 channels (2 for MP3, 8 for FLAC and
    Ogg).
  - ``int16`` and ``int32`` are stored as 16-/32-bit PCM, exactly.
  - floats (16/32/64 bit) must be finite and in [-1, 1]; they are stored as 32-bit float WAV
    (``sample_format="float32"``, exact for float32 input, float64 is rounded to float32,
    about 1e-7 relative) or, with ``sample_format="int16"``, as 16-bit PCM
    (``round(x * 32767)``, within 1/2 LSB; half the size; what wandb stores). Out-of-range
    floats raise unless ``clip=True``, which clips to [-1, 1] and records how many samples were
    clipped. Other dtypes raise (convert to float in [-1, 1] or int16 first).
* **a path, binary file object or bytes** of a WAV, FLAC, MP3 or Ogg file: stored byte for byte
  as given, after a probe that reads the sample rate, channels and length (WAV by its header,
  others by demuxing and decoding every packet with PyAV); a truncated or non-audio file raises
  here. ``sample_rate`` given with a file must match it.

Options: ``caption``; ``format``: ``"wav"`` (default, lossless, no dependency), ``"flac"``
(lossless for 16-bit input; other input is stored as 24-bit integers), ``"ogg"`` (Vorbis, q5) or
``"mp3"`` (LAME VBR q2), the last three through the bundled ffmpeg binary (``vizlog[video]``);
``max_bytes`` (default 1 GiB) caps a file, or an array's stored size (4 bytes per sample), before
anything is read or copied.

Descriptor ``_type: "audio-file"`` with wandb's ``caption`` plus ``format``, ``sample_rate``,
``channels``, ``samples``, ``duration`` (seconds), ``codec``, ``sample_format``, and what
reading back needs: ``dtype``, ``shape`` and ``layout`` of the logged array, ``clipped``. A list
logs as wandb's ``audio`` list (``sampleRates``, ``durations``, ``captions``).
"""

from __future__ import annotations

import base64
import math
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from vizlog.errors import DtypeError, MediaError, ShapeError, UnsupportedInputError, describe
from vizlog.media._base import Encoded, Media, Resolved, RunFiles
from vizlog.media._caps import decoding
from vizlog.media._util import check_array_size, check_caption, is_path, read_source, to_numpy

__all__ = ["Audio"]

FORMATS = ("wav", "flac", "ogg", "mp3")
SAMPLE_FORMATS = ("int16", "int32", "float32")
MAX_CHANNELS = {"wav": 64, "flac": 8, "ogg": 8, "mp3": 2}
MP3_RATES = (8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000)
DEFAULT_MAX_BYTES = 1 << 30
_MIME = {"wav": "audio/wav", "flac": "audio/flac", "ogg": "audio/ogg", "mp3": "audio/mpeg"}
_CODECS = {"int16": "pcm_s16le", "int32": "pcm_s32le", "float32": "pcm_f32le"}
_FULL_SCALE = {"int16": 32768.0, "int32": 2147483648.0}


class Audio(Media):
    """An audio clip; see the module docstring for inputs, options and the descriptor."""

    type_name = "audio-file"
    list_type_name = "audio"

    def __init__(self, data_or_path: Any, sample_rate: int | None = None,
                 caption: str | None = None, *, format: str | None = None,
                 layout: str | None = None, sample_format: str | None = None,
                 clip: bool = False, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        check_caption(caption)
        if sample_rate is not None:
            sample_rate = _check_rate(sample_rate)
        if format is not None and (not isinstance(format, str) or format.lower() not in FORMATS):
            raise MediaError(f"`format` must be one of 'wav', 'flac', 'ogg', 'mp3'; got "
                             f"{format!r}.")
        if sample_format is not None and sample_format not in SAMPLE_FORMATS:
            raise MediaError(f"`sample_format` must be 'int16', 'int32' or 'float32'; got "
                             f"{sample_format!r}.")
        if layout not in (None, "SC", "CS"):
            raise MediaError(f"`layout` must be 'SC' (samples, channels) or 'CS' (channels, "
                             f"samples); got {layout!r}.")
        self.caption = caption
        self.format = format.lower() if format else "wav"
        self.source = "array"
        self.clipped = 0
        self._samples: np.ndarray | None = None   # (S, C) in sample_format's dtype
        self._file: bytes | None = None
        self._meta: dict[str, Any] = {}
        if is_path(data_or_path) or callable(getattr(data_or_path, "read", None)) or \
                isinstance(data_or_path, (bytes, bytearray)):
            self._from_file(data_or_path, sample_rate, format, max_bytes)
            return
        if sample_rate is None:
            raise MediaError("`sample_rate` is required for sample arrays (samples per second, "
                             "e.g. `sample_rate=16000`).")
        self.sample_rate = sample_rate
        arr = to_numpy(data_or_path, "data_or_path")
        if arr is None and isinstance(data_or_path, (list, tuple)):
            arr = to_numpy(np.asarray(data_or_path), "data_or_path")
        if arr is None:
            raise UnsupportedInputError(
                "`data_or_path` must be a numpy array or tensor of samples, or a path or binary "
                f"file object of a WAV, FLAC, MP3 or Ogg file; got {describe(data_or_path)}.")
        check_array_size(arr, "data_or_path", max_bytes, 4)
        self._from_array(arr, layout or "SC", sample_format, clip)

    # -- input -------------------------------------------------------------------------------
    def _from_array(self, arr: np.ndarray, layout: str, sample_format: str | None,
                    clip: bool) -> None:
        shape = tuple(int(s) for s in arr.shape)
        if arr.ndim not in (1, 2):
            raise ShapeError(f"`data_or_path` must have shape (samples,) or (samples, channels); "
                             f"got {shape}.")
        if arr.ndim == 1 and layout == "CS":
            raise MediaError("`layout=\"CS\"` needs a 2-D (channels, samples) array; got "
                             f"shape {shape}.")
        data = arr.reshape(-1, 1) if arr.ndim == 1 else (arr.T if layout == "CS" else arr)
        frames, channels = data.shape
        limit = MAX_CHANNELS[self.format]
        if channels > limit:
            hint = " Pass `layout=\"CS\"` for (channels, samples) data." \
                if layout == "SC" and frames <= limit else ""
            raise ShapeError(f"`data_or_path` has {channels} channels (shape {shape}); "
                             f"{self.format} holds at most {limit}.{hint}")
        if frames == 0 or channels == 0:
            raise ShapeError(f"`data_or_path` holds no samples (shape {shape}); pass at least "
                             "one sample.")
        kind = arr.dtype.kind
        if kind == "f":
            if not np.isfinite(data).all():
                raise DtypeError("`data_or_path` contains NaN or infinite samples; replace them "
                                 "first (for example with `np.nan_to_num`).")
            lo, hi = float(data.min()), float(data.max())
            if lo < -1.0 or hi > 1.0:
                if not clip:
                    raise DtypeError(f"`data_or_path` has float samples in [{lo:g}, {hi:g}]; "
                                     "float audio must lie in [-1, 1]. Pass `clip=True` to clip, "
                                     "or scale the samples yourself.")
                self.clipped = int(np.count_nonzero((data < -1.0) | (data > 1.0)))
                data = np.clip(data, -1.0, 1.0)
            fmt = sample_format or "float32"
            if fmt == "int16":
                data = np.rint(data.astype(np.float64) * 32767.0).astype(np.int16)
            elif fmt == "float32":
                data = data.astype(np.float32)
            else:
                raise MediaError("`sample_format=\"int32\"` is for int32 samples; float samples "
                                 "are stored as 'float32' or 'int16'.")
        elif arr.dtype in (np.int16, np.int32):
            fmt = str(arr.dtype)
            if sample_format not in (None, fmt):
                raise MediaError(f"`sample_format` {sample_format!r} does not match {fmt} "
                                 f"samples, which are stored exactly as {fmt}; leave it unset.")
        else:
            raise DtypeError(f"`data_or_path` has dtype {arr.dtype}; audio samples must be float "
                             "in [-1, 1], int16 or int32. Convert them first, e.g. "
                             "`x.astype(np.float32) / scale`.")
        if self.format == "mp3" and self.sample_rate not in MP3_RATES:
            raise MediaError(f"`sample_rate` {self.sample_rate} cannot be stored as mp3 (it "
                             f"takes {', '.join(map(str, MP3_RATES))}); use format='wav' or "
                             "'flac'.")
        self.sample_format = fmt
        self._samples = np.array(data, dtype=data.dtype, order="C", copy=True)
        self._meta = {"dtype": str(arr.dtype), "shape": list(shape), "layout": layout}

    def _from_file(self, value: Any, sample_rate: int | None, fmt: str | None,
                   max_bytes: int) -> None:
        data, _ = read_source(value, "data_or_path", max_bytes)
        try:
            info = _probe(data)
        except ValueError as exc:
            raise MediaError(f"`data_or_path` is not a readable audio file: {exc}. Pass a "
                             "complete WAV, FLAC, MP3 or Ogg file, or an array of samples.") \
                from None
        if fmt is not None and fmt.lower() != info["format"]:
            raise MediaError(f"`format` is {fmt!r} but the file is {info['format']}; vizlog "
                             "stores files as given. Leave `format` unset.")
        if sample_rate is not None and sample_rate != info["sample_rate"]:
            raise MediaError(f"`sample_rate` is {sample_rate} but the file says "
                             f"{info['sample_rate']}; leave `sample_rate` unset for files.")
        self._file = data
        self.source = "file"
        self.format = info.pop("format")
        self.sample_rate = int(info.pop("sample_rate"))
        self.sample_format = info.pop("sample_format")
        self._meta = info

    # -- properties ----------------------------------------------------------------------------
    @property
    def channels(self) -> int:
        return int(self._samples.shape[1]) if self._samples is not None \
            else int(self._meta["channels"])

    @property
    def samples(self) -> int:
        return int(self._samples.shape[0]) if self._samples is not None \
            else int(self._meta["samples"])

    @property
    def duration(self) -> float:
        return round(self.samples / self.sample_rate, 6)

    # -- encode ---------------------------------------------------------------------------------
    def encode(self, resolved: Resolved | None = None) -> Encoded:
        fields: dict[str, Any] = {"_type": self.type_name, "format": self.format,
                                  "sample_rate": self.sample_rate, "channels": self.channels,
                                  "samples": self.samples, "duration": self.duration,
                                  "sample_format": self.sample_format, "source": self.source}
        if self.caption is not None:
            fields["caption"] = self.caption
        if self._file is not None:
            fields["codec"] = self._meta["codec"]
            return Encoded(self._file, self.format, "media/audio", fields)
        assert self._samples is not None
        if self.format == "wav":
            from vizlog.media._wav import write_wav

            data = write_wav(self._samples, self.sample_rate, self.sample_format)
            fields["codec"] = _CODECS[self.sample_format]
        else:
            from vizlog.media._ffmpeg import AUDIO_CODECS, encode_audio

            data = encode_audio(self._samples, self.sample_rate, self.format, self.sample_format)
            fields["codec"] = AUDIO_CODECS[self.format][0]
        fields.update(self._meta)
        fields["clipped"] = self.clipped
        return Encoded(data, self.format, "media/audio", fields)

    # -- read back -------------------------------------------------------------------------------
    @classmethod
    def from_descriptor(cls, descriptor: Mapping[str, Any], files: RunFiles) -> Audio:
        audio = cls.__new__(cls)
        audio.caption = descriptor.get("caption")
        audio.format = str(descriptor.get("format") or Path(descriptor["path"]).suffix[1:])
        audio.source = str(descriptor.get("source", "file"))
        audio.clipped = int(descriptor.get("clipped", 0))
        audio._samples = None
        audio._file = files.read_bytes(descriptor["path"])
        audio.sample_rate = int(descriptor["sample_rate"]) if "sample_rate" in descriptor \
            else int(_probe(audio._file)["sample_rate"])
        audio.sample_format = str(descriptor.get("sample_format", "float32"))
        audio._meta = {k: descriptor[k] for k in ("dtype", "shape", "layout", "codec",
                                                  "channels", "samples") if k in descriptor}
        if "samples" not in audio._meta or "channels" not in audio._meta:
            audio._meta.update({k: v for k, v in _probe(audio._file).items()
                                if k in ("samples", "channels")})
        return audio

    def to_numpy(self, max_samples: int | None = None) -> np.ndarray:
        """The samples in the logged dtype, shape and layout (float input comes back as its
        float dtype; decoded lossy files as float32 (samples, channels) in [-1, 1]). A file that
        decodes to more than ``max_samples`` samples x channels (default 2**28) is refused with
        :class:`~vizlog.errors.MediaError` before it is all in memory."""
        if self._samples is not None:
            return self._as_logged(self._samples)
        assert self._file is not None
        with decoding("the audio file or its descriptor"):
            return self._as_logged(self._decode(max_samples))
        raise AssertionError("unreachable")  # pragma: no cover

    def _decode(self, max_samples: int | None = None) -> np.ndarray:
        assert self._file is not None
        if self.format == "wav":
            from vizlog.media._wav import read_wav

            try:
                return read_wav(self._file)[0]
            except ValueError:
                pass
        from vizlog.media._ffmpeg import decode_audio

        floats, _ = decode_audio(self._file, max_samples)
        scale = _FULL_SCALE.get(self.sample_format)
        samples = self._meta.get("samples")
        if samples is not None and len(floats) > samples:  # codec padding past the end
            floats = floats[: int(samples)]
        if scale is not None:  # integers stored: back to integers
            return np.clip(np.rint(floats.astype(np.float64) * scale), -scale,
                           scale - 1).astype(self.sample_format)
        return floats

    def _as_logged(self, data: np.ndarray) -> np.ndarray:
        dtype = self._meta.get("dtype")
        if dtype is not None and data.dtype != np.dtype(dtype):
            if data.dtype == np.int16 and np.dtype(dtype).kind == "f":
                data = data.astype(np.float64) / 32767.0
            data = data.astype(dtype)
        if self._meta.get("layout") == "CS":
            data = data.T
        shape = self._meta.get("shape")
        if shape is not None and len(shape) == 1:
            data = data[:, 0]
        return np.array(data, copy=True)

    def __array__(self, dtype: Any = None, copy: Any = None) -> np.ndarray:
        arr = self.to_numpy()
        return arr if dtype is None else arr.astype(dtype)

    def _repr_html_(self) -> str:
        enc = self.encode()
        assert enc.data is not None
        b64 = base64.b64encode(enc.data).decode("ascii")
        return f'<audio controls src="data:{_MIME[self.format]};base64,{b64}"></audio>'

    def __repr__(self) -> str:
        return (f"<vizlog.Audio {self.duration:g} s {self.channels} ch @ {self.sample_rate} Hz "
                f"{self.format}{' caption=' + repr(self.caption) if self.caption else ''}>")

    # -- wandb's list helpers ------------------------------------------------------------------
    @classmethod
    def sample_rates(cls, audio_list: Sequence[Audio]) -> list[int]:
        """The sample rate of each clip (as ``wandb.Audio.sample_rates``)."""
        return [a.sample_rate for a in _audio_items(audio_list)]

    @classmethod
    def durations(cls, audio_list: Sequence[Audio]) -> list[float]:
        """The duration in seconds of each clip (as ``wandb.Audio.durations``)."""
        return [a.duration for a in _audio_items(audio_list)]

    @classmethod
    def captions(cls, audio_list: Sequence[Audio]) -> list[str] | bool:
        """``False`` when no clip has a caption, else every caption with ``""`` for the missing
        ones (as ``wandb.Audio.captions``)."""
        caps = [a.caption for a in _audio_items(audio_list)]
        if all(c is None for c in caps):
            return False
        return ["" if c is None else c for c in caps]

    @classmethod
    def list_descriptor(cls, items: Sequence[dict[str, Any]],
                        objects: Sequence[Media]) -> dict[str, Any]:
        out: dict[str, Any] = {"_type": cls.list_type_name, "count": len(items),
                               "audio": list(items),
                               "sampleRates": [d.get("sample_rate") for d in items],
                               "durations": [d.get("duration") for d in items],
                               "items": list(items)}
        if any(d.get("caption") is not None for d in items):
            out["captions"] = [d.get("caption") or "" for d in items]
        return out


def _audio_items(audio_list: Any) -> list[Audio]:
    items = list(audio_list) if isinstance(audio_list, (list, tuple)) else None
    if items is None or not all(isinstance(a, Audio) for a in items):
        raise MediaError(f"`audio_list` must be a list of vizlog.Audio; got "
                         f"{describe(audio_list)}.")
    return items


def _check_rate(rate: Any) -> int:
    if isinstance(rate, bool) or not isinstance(rate, (int, float, np.integer, np.floating)) \
            or not math.isfinite(float(rate)) or not float(rate).is_integer() or rate <= 0 \
            or rate > 0xFFFFFFFF // 64:
        raise MediaError(f"`sample_rate` must be a positive whole number of samples per second; "
                         f"got {rate!r}.")
    return int(rate)


def _probe(data: bytes) -> dict[str, Any]:
    """format, sample_rate, channels, samples, codec, sample_format of an audio file."""
    from vizlog.media._wav import parse_header

    if data[:4] == b"RIFF" and data[8:12] == b"WAVE":
        try:
            info, _, _ = parse_header(data)
        except ValueError as exc:
            if "truncated" in str(exc) or "not a RIFF" in str(exc):
                raise
        else:
            return {"format": "wav", "sample_rate": info.sample_rate, "channels": info.channels,
                    "samples": info.samples, "codec": info.codec,
                    "sample_format": info.sample_format}
    from vizlog.media._ffmpeg import probe_audio

    with decoding("the audio file", "pass a complete WAV, FLAC, MP3 or Ogg file.",
                  keep=(ValueError,)):
        got = probe_audio(data)
    codec = "mp3" if got.codec.startswith("mp3") else got.codec
    return {"format": got.format, "sample_rate": got.sample_rate, "channels": got.channels,
            "samples": got.samples, "codec": codec, "sample_format": got.sample_format}
