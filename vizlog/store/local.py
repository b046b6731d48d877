"""The local-filesystem backend (the default).

Files are created with the process umask (``0644`` under the usual ``022``) and folders with
``0777 & ~umask`` (``0755``), like any other program's files. Whole files go through a
temporary name in the final folder (``.tmp-<random>``) and ``os.replace``; with ``durable=True``
the file and its folder are fsync'd too. Reads resolve symlinks and refuse anything whose real
path leaves the root, or that is not a regular file.
"""

from __future__ import annotations

import contextlib
import os
import random
import stat
from collections.abc import Callable
from typing import BinaryIO

from vizlog.errors import UnsafePathError, too_large
from vizlog.format import new_token
from vizlog.store.backend import check_key, join_key

__all__ = ["LocalBackend", "fsync_dir"]

_TMP_PREFIX = ".tmp-"
#: Upload pieces smaller than this are gathered before they are written.
_BUFFER_BYTES = 1 << 16


def fsync_dir(folder: str) -> None:
    """Make a rename or a new file in ``folder`` durable (POSIX; a no-op where unsupported)."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class _TempNames:
    """Random temporary-file names without a system call each: a private generator seeded from
    ``os.urandom`` once per process (and again in a forked child). ``O_EXCL`` makes a clash
    harmless (the next name is tried), so the names need not be secret, only unlikely to
    repeat."""

    def __init__(self) -> None:
        self._pid = -1
        self._rng = random.Random()

    def next(self) -> str:
        if self._pid != os.getpid():  # first use, or a forked child: never the parent's names
            self._pid = os.getpid()
            self._rng.seed(new_token(16))
        n = self._rng.getrandbits(48)
        return f"{_TMP_PREFIX}{n:012x}"


_TEMP_NAMES = _TempNames()


def _write_all(fd: int, data: bytes | bytearray | memoryview) -> None:
    """Write every byte of ``data`` to ``fd`` (short writes are rare but legal)."""
    view = memoryview(data)
    if view.ndim != 1 or view.itemsize != 1:
        view = view.cast("B")
    done = os.write(fd, view)
    while done < view.nbytes:
        done += os.write(fd, view[done:])


def _write_pieces(fd: int, pieces: list[bytes | bytearray | memoryview]) -> None:
    """Write ``pieces`` one after another to ``fd`` with one ``writev`` call when the system
    has it (short writes continue piece by piece)."""
    views = [memoryview(p).cast("B") for p in pieces]
    total = sum(v.nbytes for v in views)
    writev = getattr(os, "writev", None)
    done = writev(fd, views) if writev is not None and len(views) > 1 else 0
    if done == total:
        return
    for v in views:  # what writev left (or everything, without writev)
        if done >= v.nbytes:
            done -= v.nbytes
            continue
        _write_all(fd, v[done:])
        done = 0


def _new_temp(folder: str) -> tuple[int, str]:
    """A new temporary file in ``folder`` created with mode 0666 & ~umask, open for writing."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    for _ in range(100):
        tmp = os.path.join(folder, _TEMP_NAMES.next())
        try:
            return os.open(tmp, flags, 0o666), tmp
        except FileExistsError:
            continue
        except FileNotFoundError:  # the folder is new: create it (the common case skips this)
            os.makedirs(folder, exist_ok=True)
            try:
                return os.open(tmp, flags, 0o666), tmp
            except FileExistsError:
                continue
    raise FileExistsError(f"could not create a temporary file in {folder}")


class _LocalUpload:
    """A temporary file written with plain ``write`` system calls: pieces of
    :data:`_BUFFER_BYTES` and more go straight to the file, smaller ones are gathered first (and
    written with the next large piece in one ``writev``: a PNG's few header bytes and its image
    data cost one system call, not two)."""

    def __init__(self, backend: LocalBackend, folder: str, durable: bool) -> None:
        self._backend = backend
        self._fd, self._tmp = _new_temp(backend._path(folder) if folder else backend.root)
        self._closed = False
        self._buf = bytearray()
        self._durable = durable

    def write(self, data: bytes | bytearray | memoryview) -> int:
        n = len(data) if isinstance(data, (bytes, bytearray)) else memoryview(data).nbytes
        if n < _BUFFER_BYTES:
            self._buf += data
            if len(self._buf) < _BUFFER_BYTES:
                return n
            data = b""
        if self._buf and data:  # the gathered small pieces and this one in one system call
            _write_pieces(self._fd, [self._buf, data])
            self._buf.clear()
        elif self._buf:
            _write_all(self._fd, self._buf)
            self._buf.clear()
        elif data:
            _write_all(self._fd, data)
        return n

    def _close(self) -> None:
        if not self._closed:
            self._closed = True
            os.close(self._fd)

    def commit(self, key: str) -> None:
        try:
            if self._buf:
                _write_all(self._fd, self._buf)
                self._buf.clear()
            if self._durable:
                os.fsync(self._fd)
            self._close()
            path = self._backend._path(key)
            folder = os.path.dirname(path)
            if folder != os.path.dirname(self._tmp):  # the temporary file's folder exists
                os.makedirs(folder, exist_ok=True)
            os.replace(self._tmp, path)
            if self._durable:
                fsync_dir(os.path.dirname(path))
        except BaseException:
            self.abort()
            raise

    def abort(self) -> None:
        with contextlib.suppress(OSError):
            self._close()
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self._tmp)


class _LocalAppender:
    def __init__(self, path: str, durable: bool) -> None:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        self._fh = open(path, "ab", buffering=0)  # noqa: SIM115 - closed in close()
        self._durable = durable
        self._final_size: int | None = None
        if durable:
            fsync_dir(os.path.dirname(path))

    def size(self) -> int:
        """The file's size: one ``fstat`` of the open file (no path lookup); after
        :meth:`close`, its size when it was closed."""
        if self._final_size is not None:
            return self._final_size
        return os.fstat(self._fh.fileno()).st_size

    def write(self, data: bytes) -> None:
        written = self._fh.write(data) or 0
        while written < len(data):  # short writes are rare but legal
            written += self._fh.write(data[written:]) or 0
        if self._durable:
            os.fsync(self._fh.fileno())

    @property
    def raw_write(self) -> Callable[[bytes], int | None] | None:
        """The file's own unbuffered ``write`` (one system call, which may write fewer bytes
        than given and returns how many it wrote) when no fsync follows each write; else None.
        For a caller that finishes a short write itself (``HistoryWriter.record_writer``)."""
        return None if self._durable else self._fh.write

    def sync(self) -> None:
        os.fsync(self._fh.fileno())

    def close(self) -> None:
        if not self._fh.closed:
            try:
                self._final_size = os.fstat(self._fh.fileno()).st_size
            finally:
                self._fh.close()


def _within(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


class LocalBackend:
    """Files under one local folder (see the module docstring)."""

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = os.path.abspath(os.fspath(root))
        self.url = self.root
        self._real_root: str | None = None

    def __repr__(self) -> str:
        return f"LocalBackend({self.root!r})"

    def _path(self, key: str) -> str:
        """The path of a checked key (where it would be written; not resolved)."""
        return os.path.join(self.root, *check_key(key).split("/"))

    def _real(self, key: str) -> str:
        """The real path of ``key`` for reading: inside the real root, or UnsafePathError.

        The root's own real path is kept from the first read and resolved again only when a
        path falls outside it, so a path is accepted only inside the root as it resolves now."""
        path = os.path.realpath(self._path(key))
        # the root is resolved once while paths resolve inside it (a root that moved since is
        # resolved again: a path is only accepted inside the root as it resolves now)
        root = self._real_root
        if root is None or not _within(path, root):
            root = self._real_root = os.path.realpath(self.root)
        if not _within(path, root):
            raise UnsafePathError(f"`path` {key!r} leads outside the run through a symlink "
                                  f"(to {path}); it is refused and nothing outside is opened.")
        return path

    # -- writing ---------------------------------------------------------------------------------
    def put(self, key: str, data: bytes, *, durable: bool = False) -> None:
        path = self._path(key)
        fd, tmp = _new_temp(os.path.dirname(path))
        try:
            try:
                _write_all(fd, data)
                if durable:
                    os.fsync(fd)
            finally:
                os.close(fd)
            os.replace(tmp, path)
            if durable:
                fsync_dir(os.path.dirname(path))
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
            raise

    def open_upload(self, folder: str, *, durable: bool = False) -> _LocalUpload:
        return _LocalUpload(self, folder, durable)

    def open_append(self, key: str, *, durable: bool = False) -> _LocalAppender:
        return _LocalAppender(self._path(key), durable)

    def create(self, key: str, data: bytes) -> bool:
        """Exclusive and all-or-nothing: the bytes go to a temporary file that is then hard-linked
        under ``key`` (``os.link`` fails when ``key`` exists), so no reader or later
        ``create`` ever sees a torn file, even after a crash. Where the file system has no hard
        links, an exclusive create followed by the write."""
        path = self._path(key)
        fd, tmp = _new_temp(os.path.dirname(path))
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            try:
                os.link(tmp, path)
                return True
            except FileExistsError:
                return False
            except OSError:  # no hard links here (some network and FAT file systems)
                pass
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0),
                         0o666)
        except FileExistsError:
            return False
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        return True

    def delete(self, key: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self._path(key))

    # -- reading ---------------------------------------------------------------------------------
    def open_read(self, key: str) -> BinaryIO:
        path = self._real(key)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
        try:
            mode = os.fstat(fd).st_mode
            if not stat.S_ISREG(mode):
                raise UnsafePathError(f"`path` {key!r} is not a regular file (a folder, device, "
                                      "FIFO or socket); it is refused.")
            return os.fdopen(fd, "rb")
        except BaseException:
            os.close(fd)
            raise

    def get(self, key: str, max_bytes: int | None = None) -> bytes:
        path = self._real(key)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
        try:
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode):
                raise UnsafePathError(f"`path` {key!r} is not a regular file (a folder, device, "
                                      "FIFO or socket); it is refused.")
            if max_bytes is not None and st.st_size > max_bytes:
                raise UnsafePathError(too_large(f"file {key!r}", st.st_size, max_bytes,
                                                fix="it is not read."))
            # one read for the size fstat gave, plus a byte: getting exactly that size means the
            # end of the file was reached; otherwise (it grew or shrank, or a read over 2 GiB
            # stopped short) read on to the end
            data = os.read(fd, st.st_size + 1)
            if len(data) == st.st_size:
                return data
            pieces = [data]
            while piece := os.read(fd, 1 << 20):
                pieces.append(piece)
            return b"".join(pieces)
        finally:
            os.close(fd)

    def size(self, key: str) -> int | None:
        try:
            st = os.stat(self._real(key))
        except (FileNotFoundError, NotADirectoryError):
            return None
        return st.st_size if stat.S_ISREG(st.st_mode) else None

    def exists(self, key: str) -> bool:
        try:
            return self.size(key) is not None
        except UnsafePathError:
            return False

    def list(self, prefix: str = "") -> list[str]:
        base = self._path(prefix) if prefix else self.root
        out: list[str] = []
        for dirpath, dirnames, filenames in os.walk(base):  # never follows symlinked folders
            dirnames.sort()
            rel = os.path.relpath(dirpath, self.root).replace(os.sep, "/")
            for name in sorted(filenames):
                if name.startswith(_TMP_PREFIX):
                    continue
                full = os.path.join(dirpath, name)
                if os.path.islink(full) or not os.path.isfile(full):
                    continue
                out.append(name if rel == "." else f"{rel}/{name}")
        return sorted(out)

    def child(self, prefix: str) -> LocalBackend:
        return LocalBackend(self._path(join_key(prefix)))

    def local_path(self, key: str = "") -> str | None:
        return self._real(key) if key else self.root
