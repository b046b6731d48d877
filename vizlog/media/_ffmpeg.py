"""Encoders and decoders for video and audio, through bundled ffmpeg builds only.

Two bundled builds are used; neither needs a system ffmpeg:

* **imageio-ffmpeg's static binary** (the file inside the ``imageio_ffmpeg`` package, never an
  ``ffmpeg`` found on ``PATH``), run as a subprocess with raw frames piped on stdin;
* **PyAV** (``av``), whose wheels carry their own libav* libraries, in process.

Which one encodes what was decided by measurement on the ``video`` workload
(``python -m benchmarks.run video``: 10 videos of 32 frames at 128x128, fps 8, on 2 cores; the
``vizlog-mp4-ffmpeg``, ``vizlog-webm-ffmpeg`` and ``vizlog-gif-ffmpeg`` variants run the
binary instead):

* **mp4 (H.264) goes through PyAV** since PyAV 18 (libavcodec 62): the binary costs a process
  start per clip (15-25 ms of CPU, ~30 ms per clip in all), and with PyAV the workload took
  0.11 s per 10 clips against 0.20 s (single process, busy 2-core machine: 1.1 s vs 2.0 s).
  Deterministic: 48 of 48 fresh processes, 12 at a time on 2 busy cores, each encoding the 10
  workload clips (one x264 thread) and a 640x480 clip (four x264 threads), wrote identical
  bytes (``tests/test_video.py`` repeats this under load). An earlier PyAV build had written
  different bytes in 16 of 60 processes under load; the binary stays available
  (``BACKENDS["mp4"] = "ffmpeg"``, the ``vizlog-mp4-ffmpeg`` benchmark variant).
* **webm (VP9) and GIF go through PyAV**, in process: deterministic in the same test (40 of 40
  processes identical), and faster: webm 0.44 s vs 0.61 s through the binary, GIF 0.45 s
  (2.76 MB) vs 0.51 s (3.08 MB, ffmpeg's palettegen/paletteuse on 5-bit-reduced frames).
* PyAV holds the GIL while a frame is encoded (two threads encoding take as long as one; a
  spinning Python thread slows a PyAV encode about 3x). Frames are encoded one C call at a
  time, so the caller's thread waits at most one frame's encode.
* **GIF** is quantised by :mod:`vizlog.media._gif` (one global palette, no dithering) and packed
  by ffmpeg's GIF encoder through PyAV (LZW with inter-frame transparency, ~10 ms per video).
  ffmpeg's ``palettegen``/``paletteuse`` on the raw noisy frames takes ~1 s per video.
* **Audio** (FLAC, Ogg Vorbis, MP3) goes through the binary: it has ``libvorbis`` (PyAV's wheels
  only have ffmpeg's experimental Vorbis encoder), and clips are few and small.

Every output is deterministic for the same input on the same build: ``-fflags +bitexact``,
``-flags +bitexact``, ``-map_metadata -1`` and ``-metadata:s encoder=`` (no creation time, no
``Lavf``/``Lavc`` version tag), the x264 banner SEI removed (``filter_units=remove_types=6``),
encoder thread counts fixed from the frame size, never from the number of CPUs (x264 and
libvpx output depend on the thread count), and x264's ``cpu-independent=1``: on a CPU with
AVX-512 (seen on a Xeon of this build farm, 2026-12-01), x264's AVX-512 routines gave a 32x24
clip different bytes in different processes (5 distinct outputs in 12 processes, PyAV 18.0 and
18.1 alike, the same libx264 build); with ``cpu-independent=1`` (x264: "ensure exact
reproducibility across different cpus") 8 of 8 and 12 of 12 processes agree, and the bytes no
longer depend on which SIMD level the machine has.
"""

from __future__ import annotations

import io
import os
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from vizlog.errors import VizlogError
from vizlog.media import _caps

__all__ = ["BACKENDS", "CODECS", "VideoInfo", "decode_video", "encode_gif", "encode_video",
           "ffmpeg_exe", "fps_fraction", "probe_video", "require_av", "run_ffmpeg"]

#: The encoder used per output format: ``"ffmpeg"`` (bundled binary) or ``"pyav"`` (in process).
BACKENDS: dict[str, str] = {"mp4": "pyav", "webm": "pyav", "gif": "pyav"}

_EXTRA = 'pip install "vizlog[video]"'


def require_av() -> Any:
    """Import PyAV or raise an ImportError naming the extra to install."""
    try:
        import av
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError(f"vizlog video and audio need PyAV; install it with {_EXTRA}") from exc
    return av


@lru_cache(maxsize=1)
def ffmpeg_exe() -> str:
    """The path of imageio-ffmpeg's bundled ffmpeg binary (never a system ffmpeg)."""
    try:
        import imageio_ffmpeg
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError(f"vizlog video encoding needs imageio-ffmpeg; install it with "
                          f"{_EXTRA}") from exc
    bindir = Path(imageio_ffmpeg.__file__).resolve().parent / "binaries"
    found = sorted(p for p in bindir.glob("ffmpeg*") if p.is_file() and os.access(p, os.X_OK))
    if not found:  # pragma: no cover - a wheel without a binary for this platform
        raise ImportError(f"imageio-ffmpeg has no bundled ffmpeg binary for this platform in "
                          f"{bindir}; install a platform wheel with {_EXTRA}")
    return str(found[0])


def fps_fraction(fps: float) -> Fraction:
    """A rational frame rate: 8 -> 8/1, 29.97 -> 2997/100, 30000/1001 (as float) -> 30000/1001."""
    return Fraction(fps).limit_denominator(100_000)


def encoder_threads(width: int, height: int) -> int:
    """Encoder threads, fixed by the frame size (not the CPU count) so bytes are reproducible."""
    return 1 if width * height < 640 * 480 else 4


# -- running the bundled binary ---------------------------------------------------------------
def run_ffmpeg(input_args: Sequence[str], data: bytes, output_args: Sequence[str],
               ext: str) -> bytes:
    """Run the bundled ffmpeg with ``data`` on stdin; return the bytes of the output file.

    The output goes to a private temporary folder (the mp4 muxer rewrites its file to move the
    index to the front, which a pipe cannot do) and is read back whole.
    """
    with tempfile.TemporaryDirectory(prefix="vizlog-ffmpeg-") as tmp:
        out = os.path.join(tmp, f"out.{ext}")
        cmd = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-nostats", "-loglevel", "error",
               *input_args, "-i", "pipe:0", *output_args, "-map_metadata", "-1",
               "-metadata:s", "encoder=", "-fflags", "+bitexact", "-y", out]
        proc = subprocess.run(cmd, input=data, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, check=False)
        if proc.returncode != 0 or not os.path.isfile(out):
            err = proc.stderr.decode("utf-8", "replace").strip()[-800:]
            raise VizlogError(f"the bundled ffmpeg failed to write a {ext} file (exit "
                              f"{proc.returncode}): {err}")
        return Path(out).read_bytes()


# -- video encoding -----------------------------------------------------------------------------
@dataclass(frozen=True)
class Codec:
    """How one output format is encoded (shared by both backends)."""

    encoder: str
    codec: str
    options: tuple[tuple[str, str], ...]
    container: tuple[tuple[str, str], ...] = ()
    bsf: str | None = None
    tag: str | None = None


#: mp4: H.264 High, yuv420p, BT.709 tagged, index first (+faststart): plays in every browser.
#: webm: VP9 yuv420p, constant quality.
CODECS: dict[str, Codec] = {
    "mp4": Codec("libx264", "h264",
                 (("preset", "veryfast"), ("crf", "23"), ("x264-params", "cpu-independent=1"),
                  ("colorspace", "bt709"), ("color_primaries", "bt709"), ("color_trc", "bt709"),
                  ("color_range", "tv")),
                 container=(("movflags", "+faststart"),), bsf="filter_units=remove_types=6",
                 tag="avc1"),
    "webm": Codec("libvpx-vp9", "vp9",
                  (("crf", "32"), ("b", "0"), ("deadline", "good"), ("cpu-used", "5"),
                   ("row-mt", "1"), ("colorspace", "bt709"), ("color_primaries", "bt709"),
                   ("color_trc", "bt709"), ("color_range", "tv"))),
}


def _planar(frames: np.ndarray) -> tuple[bytes, str]:
    """(T, C, H, W) uint8 with C in 1, 3 -> raw planar bytes and ffmpeg's pixel format name."""
    if frames.shape[1] == 1:
        return frames.tobytes(), "gray"
    return frames[:, [1, 2, 0]].tobytes(), "gbrp"  # G, B, R planes: no transpose needed


def encode_video(frames: np.ndarray, fps: Fraction, fmt: str, crf: int | None = None) -> bytes:
    """Encode (T, C, H, W) uint8 frames (C = 1 or 3, even H and W for mp4) as mp4 or webm."""
    codec = CODECS[fmt]
    if crf is not None:
        codec = Codec(codec.encoder, codec.codec,
                      tuple((k, str(crf) if k == "crf" else v) for k, v in codec.options),
                      codec.container, codec.bsf, codec.tag)
    if BACKENDS.get(fmt, "ffmpeg") == "pyav":
        return _encode_pyav(frames, fps, fmt, codec)
    _, _, h, w = frames.shape
    raw, pix = _planar(frames)
    out_args = ["-an", "-c:v", codec.encoder, "-pix_fmt", "yuv420p",
                "-threads", str(encoder_threads(w, h)), "-flags:v", "+bitexact"]
    for key, value in codec.options:
        out_args += [f"-{key}", value]
    for key, value in codec.container:
        out_args += [f"-{key}", value]
    if codec.bsf:
        out_args += ["-bsf:v", codec.bsf]
    if codec.tag:
        out_args += ["-tag:v", codec.tag]
    in_args = ["-f", "rawvideo", "-pix_fmt", pix, "-s", f"{w}x{h}",
               "-framerate", f"{fps.numerator}/{fps.denominator}"]
    return run_ffmpeg(in_args, raw, out_args, fmt)


def _encode_pyav(frames: np.ndarray, fps: Fraction, fmt: str, codec: Codec) -> bytes:
    av = require_av()
    _, c, h, w = frames.shape
    opts = {**dict(codec.options), "flags": "+bitexact"}
    with tempfile.TemporaryDirectory(prefix="vizlog-av-") as tmp:
        out = os.path.join(tmp, f"out.{fmt}")
        with av.open(out, "w", format=fmt, container_options={"fflags": "+bitexact",
                                                             **dict(codec.container)}) as box:
            stream = box.add_stream(codec.encoder, rate=fps, options=opts)
            stream.width, stream.height, stream.pix_fmt = w, h, "yuv420p"
            stream.thread_count = encoder_threads(w, h)
            bsf = (av.bitstream.BitStreamFilterContext(codec.bsf, stream)
                   if codec.bsf else None)

            def mux(packets: Any) -> None:
                for pkt in packets:
                    for out_pkt in (bsf.filter(pkt) if bsf is not None else [pkt]):
                        box.mux(out_pkt)

            planes, src_fmt = (frames, "gray") if c == 1 else (frames[:, [1, 2, 0]], "gbrp")
            reformatter = av.video.reformatter.VideoReformatter()
            for i, frame in enumerate(planes):
                vf = reformatter.reformat(_planar_frame(av, frame, src_fmt), format="yuv420p",
                                          dst_colorspace="itu709", dst_color_range="MPEG",
                                          threads=1)
                vf.pts = i
                mux(stream.encode(vf))
            mux(stream.encode(None))
            if bsf is not None:
                for out_pkt in bsf.filter(None):
                    box.mux(out_pkt)
        return Path(out).read_bytes()


def _planar_frame(av: Any, planes: np.ndarray, fmt: str) -> Any:
    """A PyAV frame of planar ``fmt`` filled from (P, H, W) uint8 planes."""
    _, h, w = planes.shape
    frame = av.VideoFrame(w, h, fmt)
    for plane, data in zip(frame.planes, planes, strict=True):
        if plane.line_size != w:
            data = np.pad(data, ((0, 0), (0, plane.line_size - w)))
        plane.update(np.ascontiguousarray(data))
    return frame


# -- GIF -----------------------------------------------------------------------------------------
def encode_gif(index: np.ndarray, palette: np.ndarray, fps: Fraction, loop: int) -> bytes:
    """Pack palette frames as an animated GIF through ffmpeg's GIF encoder (in process).

    ``index`` is (T, H, W) uint8, ``palette`` (256, 4) RGBA uint8 (alpha 0 marks the one
    transparent entry). ``loop``: 0 repeats forever, n >= 1 plays n times in all. Frame delays
    are in 1/100 s; the muxer rounds each frame's time stamp, so the average rate is exact.
    """
    av = require_av()
    _, h, w = index.shape
    argb = np.ascontiguousarray(palette[:, [3, 0, 1, 2]])
    buf = io.BytesIO()
    loop_opt = "0" if loop == 0 else ("-1" if loop == 1 else str(loop - 1))
    with av.open(buf, "w", format="gif", container_options={"fflags": "+bitexact",
                                                           "loop": loop_opt}) as box:
        stream = box.add_stream("gif", rate=fps)
        stream.width, stream.height, stream.pix_fmt = w, h, "pal8"
        stream.thread_count = 1
        for i, frame in enumerate(index):
            vf = av.VideoFrame.from_ndarray((frame, argb), format="pal8")
            vf.pts = i
            for pkt in stream.encode(vf):
                box.mux(pkt)
        for pkt in stream.encode(None):
            box.mux(pkt)
    return buf.getvalue()


def encode_gif_ffmpeg(frames: np.ndarray, fps: Fraction, loop: int) -> bytes:
    """ffmpeg's palettegen/paletteuse on (T, C, H, W) frames reduced to 5 bits per channel
    (the measured alternative to :func:`encode_gif`; C = 1, 3 or 4)."""
    _, c, h, w = frames.shape
    reduced = (frames & 0xF8) | 4
    if c == 1:
        raw, pix = reduced.tobytes(), "gray"
    elif c == 3:
        raw, pix = reduced[:, [1, 2, 0]].tobytes(), "gbrp"
    else:
        reduced[:, 3] = frames[:, 3]
        raw, pix = reduced[:, [1, 2, 0, 3]].tobytes(), "gbrap"
    loop_opt = "0" if loop == 0 else ("-1" if loop == 1 else str(loop - 1))
    graph = ("[0:v]split[a][b];[a]palettegen=stats_mode=full[p];"
             "[b][p]paletteuse=dither=none:alpha_threshold=128")
    in_args = ["-f", "rawvideo", "-pix_fmt", pix, "-s", f"{w}x{h}",
               "-framerate", f"{fps.numerator}/{fps.denominator}"]
    return run_ffmpeg(in_args, raw, ["-filter_complex", graph, "-loop", loop_opt,
                                     "-flags:v", "+bitexact"], "gif")


# -- probing and decoding ---------------------------------------------------------------------
@dataclass(frozen=True)
class VideoInfo:
    """What :func:`probe_video` learns about a video file."""

    format: str          # mp4, mov, webm, gif, ogg
    codec: str           # h264, vp9, gif, ...
    width: int
    height: int
    fps: float
    frames: int
    duration: float
    has_audio: bool


_CONTAINERS = {"mov,mp4,m4a,3gp,3g2,mj2": "mp4", "matroska,webm": "webm", "gif": "gif",
               "ogg": "ogg"}
_WEBM_CODECS = {"vp8", "vp9", "av1"}


def _open_stream(data: bytes, kind: str, containers: dict[str, str], noun: str,
                 accepted: str) -> tuple[Any, str, Any]:
    """Open ``data`` with PyAV: (container, our format name, its first ``kind`` stream).

    Raises ``ValueError`` with a reason for unreadable data, another container or no such
    stream; the container is closed on every error.
    """
    av = require_av()
    try:
        box = av.open(io.BytesIO(data), "r")
    except Exception as exc:
        raise ValueError(f"not a readable {noun} ({type(exc).__name__}: {exc})") from None
    try:
        fmt = containers.get(box.format.name)
        if fmt is None:
            raise ValueError(f"a {box.format.name} file, not {accepted}")
        streams = getattr(box.streams, kind)
        if not streams:
            raise ValueError(f"a {fmt} file without {'an' if kind == 'audio' else 'a'} {kind} "
                             "stream")
        return box, fmt, streams[0]
    except BaseException:
        box.close()
        raise


def probe_video(data: bytes, ext: str | None) -> VideoInfo:
    """Open ``data`` as a video, demux every packet and decode the first frame.

    Raises ``ValueError`` with a reason when it is not a readable video or is truncated (fewer
    packets than its index lists, or a packet that runs past the end of the file).
    """
    box, fmt, stream = _open_stream(data, "video", _CONTAINERS, "video",
                                    "mp4, mov, webm, gif or ogg")
    with box:
        codec = stream.codec_context.name
        if fmt == "mp4" and (ext == "mov" or str(box.metadata.get("major_brand", "")).strip()
                             == "qt"):
            fmt = "mov"
        if fmt == "webm" and codec not in _WEBM_CODECS:
            raise ValueError(f"a Matroska file with {codec} video, which browsers do not play "
                             "as webm; re-encode it to mp4 or webm")
        indexed = int(stream.frames or 0)
        _caps.check_frame(stream.codec_context.width, stream.codec_context.height)
        packets, first, last_end = 0, None, 0.0
        try:
            for pkt in box.demux(stream):
                if pkt.size == 0:
                    continue
                if pkt.is_corrupt:
                    raise ValueError("a packet is corrupt")
                packets += 1
                if first is None:
                    frames = stream.decode(pkt)
                    first = frames[0] if frames else None
                if pkt.pts is not None and pkt.time_base is not None:
                    end = float((pkt.pts + (pkt.duration or 0)) * pkt.time_base)
                    last_end = max(last_end, end)
        except ValueError:
            raise
        except Exception as exc:
            raise ValueError(f"unreadable after {packets} frames ({type(exc).__name__}: "
                             f"{exc})") from None
        if packets == 0:
            raise ValueError("a video stream with no frames")
        if indexed and packets < indexed:
            raise ValueError(f"truncated: its index lists {indexed} frames but only {packets} "
                             "are in the file")
        if first is None:
            try:
                first = next(iter(stream.decode(None)), None)
            except Exception:
                first = None
            if first is None:
                raise ValueError("no frame could be decoded")
        if fmt == "webm" and not _matroska_complete(data):
            raise ValueError("truncated: the file is shorter than its Segment declares")
        if fmt == "gif":
            if data.rstrip(b"\x00")[-1:] != b";":
                raise ValueError("truncated: the GIF has no trailer byte")
            fps = packets / last_end if last_end else 0.0
        else:
            rate = stream.average_rate or stream.guessed_rate or stream.base_rate
            fps = float(rate) if rate else (packets / last_end if last_end else 0.0)
        declared = _declared_duration(box, stream)
        if declared and fps and last_end and declared - last_end > 1.0 / fps + 1e-3:
            raise ValueError(f"truncated: it declares {declared:g} s but its frames end at "
                             f"{last_end:g} s")
        duration = last_end if last_end > 0 else (packets / fps if fps else 0.0)
        return VideoInfo(fmt, codec, int(stream.codec_context.width),
                         int(stream.codec_context.height), round(fps, 6), packets,
                         round(duration, 6), bool(box.streams.audio))


def _vint(data: bytes, pos: int) -> tuple[int, int, bool]:
    """An EBML variable-length integer at ``pos``: (value, next position, all bits set)."""
    first = data[pos]
    length = 9 - first.bit_length()
    if not 1 <= length <= 8 or pos + length > len(data):
        raise ValueError("bad EBML")
    value = first & (0xFF >> length)
    for b in data[pos + 1:pos + length]:
        value = value << 8 | b
    return value, pos + length, value == (1 << (7 * length)) - 1


def _matroska_complete(data: bytes) -> bool:
    """False when the Segment element declares more bytes than the file holds."""
    try:
        pos = 4  # EBML header id 0x1A45DFA3
        size, pos, _ = _vint(data, pos)
        pos += size
        if data[pos:pos + 4] != b"\x18\x53\x80\x67":
            return True
        size, pos, unknown = _vint(data, pos + 4)
    except (ValueError, IndexError):
        return True  # not ours to judge: the demuxer already read it
    return unknown or pos + size <= len(data)


def _declared_duration(box: Any, stream: Any) -> float:
    """The video stream's own declared length in seconds (the container's when it has only
    this stream), or 0 when nothing is declared."""
    if stream.duration and stream.time_base:
        return float(stream.duration * stream.time_base)
    if box.duration and len(box.streams) == 1:
        return float(box.duration) / 1_000_000
    return 0.0


def decode_video(data: bytes, pix: str, max_pixels: int | None = None,
                 max_frames: int | None = None) -> np.ndarray:
    """Decode every frame of a video to (T, H, W, C): ``pix`` is ``rgb24``, ``rgba`` or ``gray``.

    Frames the decoder gives as ``bgra`` or ``pal8`` (GIF) are unpacked in numpy, exactly;
    others go through swscale to ``rgb24`` or ``gray`` (its ``rgba`` output was seen to vary
    between runs in the last columns of odd-width frames), with alpha 255 added for ``rgba``.
    """
    av = require_av()
    out = []
    with av.open(io.BytesIO(data), "r") as box:
        stream = box.streams.video[0]
        stream.thread_count = 1
        pixels, frames = _caps.video_budget(max_pixels, max_frames)
        _caps.check_video(stream.codec_context.width, stream.codec_context.height, 1)
        for frame in box.decode(stream):
            pixels.take(frame.width * frame.height)
            frames.take(1)
            out.append(_frame_array(frame, pix))
    if not out:
        raise VizlogError("the video file holds no decodable frame")
    return np.stack(out)


def _frame_array(frame: Any, pix: str) -> np.ndarray:
    native = frame.format.name
    if native in ("bgra", "pal8"):
        if native == "bgra":
            rgba = np.array(frame.to_ndarray()[:, :, [2, 1, 0, 3]], copy=True)
        else:
            index, argb = frame.to_ndarray()
            rgba = np.asarray(argb)[:, [1, 2, 3, 0]][np.asarray(index)]
        if pix == "rgba":
            return rgba
        return rgba[:, :, :1] if pix == "gray" else np.ascontiguousarray(rgba[:, :, :3])
    # copy now: the array can share a buffer the decoder reuses for later frames
    arr = np.array(frame.to_ndarray(format="gray" if pix == "gray" else "rgb24", threads=1),
                   copy=True)
    if arr.ndim == 2:
        return arr[:, :, None]
    if pix == "rgba":
        return np.concatenate([arr, np.full((*arr.shape[:2], 1), 255, np.uint8)], axis=2)
    return arr


# -- audio ---------------------------------------------------------------------------------------
#: Output arguments per audio format; ``{bits}`` is filled in for FLAC.
AUDIO_CODECS: dict[str, tuple[str, tuple[str, ...]]] = {
    "flac": ("flac", ("-c:a", "flac", "-compression_level", "5")),
    "ogg": ("vorbis", ("-c:a", "libvorbis", "-q:a", "5")),
    "mp3": ("mp3", ("-c:a", "libmp3lame", "-q:a", "2", "-id3v2_version", "0")),
}
_RAW = {"int16": "s16le", "int32": "s32le", "float32": "f32le"}


def encode_audio(samples: np.ndarray, sample_rate: int, fmt: str, sample_format: str) -> bytes:
    """(S, C) samples of ``sample_format`` -> a FLAC, Ogg Vorbis or MP3 file (bundled ffmpeg).

    FLAC keeps 16-bit input as 16 bits and stores everything else as 24-bit integers.
    """
    _, channels = samples.shape
    raw = np.ascontiguousarray(samples, samples.dtype.newbyteorder("<")).tobytes()
    out = ["-vn", *AUDIO_CODECS[fmt][1], "-flags", "+bitexact"]
    if fmt == "flac":
        out += (["-sample_fmt", "s16"] if sample_format == "int16" else
                ["-sample_fmt", "s32", "-bits_per_raw_sample", "24"])
    return run_ffmpeg(["-f", _RAW[sample_format], "-ar", str(sample_rate), "-ac", str(channels)],
                      raw, out, fmt)


@dataclass(frozen=True)
class AudioInfo:
    """What :func:`probe_audio` learns about an audio file."""

    format: str
    codec: str
    sample_rate: int
    channels: int
    samples: int
    duration: float
    sample_format: str   # int16, int32 or float32: what the decoder gives


_AUDIO_FORMATS = {"s16": "int16", "s32": "int32"}
_AUDIO_CONTAINERS = {"wav": "wav", "flac": "flac", "mp3": "mp3", "ogg": "ogg"}


def probe_audio(data: bytes) -> AudioInfo:
    """Open ``data`` as FLAC, MP3, Ogg or WAV, demux every packet and decode the first;
    ``ValueError`` with a reason if it is not a readable, complete audio file."""
    box, fmt, stream = _open_stream(data, "audio", _AUDIO_CONTAINERS, "audio file",
                                    "WAV, FLAC, MP3 or Ogg")
    with box:
        rate = int(stream.codec_context.sample_rate or stream.rate or 0)
        channels = int(stream.codec_context.channels)
        decoded = 0
        try:
            for pkt in box.demux(stream):
                if pkt.size == 0:
                    continue
                if pkt.is_corrupt:
                    raise ValueError("a packet is corrupt")
                for frame in stream.decode(pkt):
                    decoded += frame.samples
        except ValueError:
            raise
        except Exception as exc:
            raise ValueError(f"unreadable after {decoded} samples ({type(exc).__name__}: "
                             f"{exc})") from None
        if decoded == 0 or rate <= 0:
            raise ValueError("an audio stream with no decodable samples")
        if stream.duration and stream.time_base:  # the container's length trims codec padding
            declared = round(float(stream.duration * stream.time_base) * rate)
            if 0 < declared < decoded:
                decoded = declared
        sample_fmt = _AUDIO_FORMATS.get(stream.codec_context.format.name.rstrip("p"),
                                        "float32")
        return AudioInfo(fmt, stream.codec_context.name, rate, channels, decoded,
                         round(decoded / rate, 6), sample_fmt)


def decode_audio(data: bytes, max_samples: int | None = None) -> tuple[np.ndarray, int]:
    """Decode an audio file to (S, C) float32 samples in [-1, 1] and its sample rate."""
    av = require_av()
    parts = []
    with av.open(io.BytesIO(data), "r") as box:
        stream = box.streams.audio[0]
        rate = int(stream.codec_context.sample_rate)
        channels = int(stream.codec_context.channels)
        resampler = av.AudioResampler(format="flt", layout=stream.codec_context.layout,
                                      rate=rate)
        budget = _caps.audio_budget(max_samples)
        for frame in box.decode(stream):
            budget.take(frame.samples * channels)
            for out in resampler.resample(frame):
                parts.append(out.to_ndarray().reshape(-1, channels))
        for out in resampler.resample(None):
            parts.append(out.to_ndarray().reshape(-1, channels))
    if not parts:
        raise VizlogError("the audio file holds no decodable samples")
    return np.concatenate(parts).astype(np.float32, copy=False), rate
