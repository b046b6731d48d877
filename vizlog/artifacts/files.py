"""Local file helpers of the artifact store: hashing, and putting an object at a path by reflink,
hard link or copy (never leaving a partial file under the final name)."""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
from typing import BinaryIO

from vizlog.format import new_token

__all__ = ["CHUNK", "changed_message", "hash_file", "hash_file_cached", "hash_stream",
           "link_or_copy", "unchanged_since"]

CHUNK = 4 << 20
#: sha256 of files hashed by this process, by (path, size, mtime_ns, ctime_ns, inode): a file
#: whose stat is the same is not read again (checkpoints logged again and again, new versions of
#: a folder where one file changed). Bounded: cleared when it holds :data:`MAX_CACHED` files.
_HASHED: dict[tuple[str, int, int, int, int], str] = {}
MAX_CACHED = 1_000_000


def _stat_key(path: str) -> tuple[str, int, int, int, int]:
    st = os.stat(path)
    return (os.path.abspath(path), st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


def hash_file_cached(path: str) -> tuple[str, int]:
    """:func:`hash_file`, or the sha256 this process computed for the same unchanged file."""
    key = _stat_key(path)
    sha = _HASHED.get(key)
    if sha is not None:
        return sha, key[1]
    sha, size = hash_file(path)
    if _stat_key(path) == key and size == key[1]:  # not changed while it was read
        if len(_HASHED) >= MAX_CACHED:
            _HASHED.clear()
        _HASHED[key] = sha
    return sha, size


def unchanged_since(path: str, sha256: str) -> bool:
    """True when ``path`` is the very file this process hashed as ``sha256`` (same stat)."""
    try:
        return _HASHED.get(_stat_key(path)) == sha256
    except OSError:
        return False


def hash_file(path: str) -> tuple[str, int]:
    """``(sha256 hex, size)`` of a local file, read in chunks."""
    h = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            h.update(chunk)
            size += len(chunk)
    return h.hexdigest(), size


def hash_stream(fh: BinaryIO) -> tuple[str, int]:
    h = hashlib.sha256()
    size = 0
    while chunk := fh.read(CHUNK):
        h.update(chunk)
        size += len(chunk)
    return h.hexdigest(), size


#: Devices (``st_dev``) where a reflink failed once: not tried again in this process.
_NO_REFLINK: set[int] = set()


def changed_message(path: str, sha256: str, size: int, got: str, n: int) -> str:
    return (f"file {path!r} changed after it was added to the artifact (sha256 {sha256[:12]}..., "
            f"{size} bytes when added; now {got[:12]}..., {n} bytes). Add it again once it is "
            "complete.")


def link_or_copy(src: str, dest: str) -> str:
    """Put ``src`` at ``dest`` (replacing it): a reflink (copy-on-write), else a hard link, else
    a copy; through a temporary name in ``dest``'s folder, so ``dest`` is never partial."""
    tmp = os.path.join(os.path.dirname(dest) or ".", f".tmp-vizlog-{new_token(8)}")
    dev = os.stat(src).st_dev
    try:
        if dev not in _NO_REFLINK:
            try:
                import fcntl

                with open(src, "rb") as s, open(tmp, "xb") as d:
                    fcntl.ioctl(d.fileno(), 0x40049409, s.fileno())  # FICLONE
                os.replace(tmp, dest)
                return "reflink"
            except (OSError, ImportError, AttributeError):
                _NO_REFLINK.add(dev)
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(tmp)
        try:
            os.link(src, tmp)
            how = "link"
        except OSError:
            shutil.copyfile(src, tmp)
            how = "copy"
        os.replace(tmp, dest)
        return how
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
