"""The local-filesystem backend (the default).

Files are created with the process umask (``0644`` under the usual ``022``) and folders with
``0777 & ~umask`` (``0755``), like any other program's files. Whole files go through a
temporary name in the final folder (``.tmp-<random>``) and ``os.replace``; uploads (media and
table files), on Linux, through a file without a name (``O_TMPFILE``) linked under the key when
complete (see :class:`_LocalUpload`); with ``durable=True`` the file and its folder are fsync'd
too. Reads resolve symlinks and refuse anything whose real path leaves the root, or that is not
a regular file.
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


#: ``O_TMPFILE`` where the system has it (Linux), else 0
_O_TMPFILE = getattr(os, "O_TMPFILE", 0)


def _new_anonymous(folder: str) -> int | None:
    """A new file without a name in ``folder`` (``O_TMPFILE``), open for reading and writing,
    created with mode 0666 & ~umask; None where the system or the file system has no such
    files."""
    if not _O_TMPFILE:
        return None
    flags = _O_TMPFILE | os.O_RDWR | getattr(os, "O_CLOEXEC", 0)
    try:
        return os.open(folder, flags, 0o666)
    except FileNotFoundError:  # the folder is new: create it (the common case skips this)
        os.makedirs(folder, exist_ok=True)
    except OSError:  # EOPNOTSUPP, EISDIR (a kernel without it), EINVAL...
        return None
    try:
        return os.open(folder, flags, 0o666)
    except OSError:
        return None


class _LocalUpload:
    """A file being uploaded, written with plain ``write`` system calls: pieces of
    :data:`_BUFFER_BYTES` and more go straight to the file, smaller ones are gathered first (and
    written with the next large piece in one ``writev``: a PNG's few header bytes and its image
    data cost one system call, not two).

    Where the system has them (Linux: ``O_TMPFILE`` and ``/proc``), the file has no name until
    :meth:`commit` links it under its key: a crash or :meth:`abort` leaves nothing behind, and
    the folder is changed once (the link) instead of twice (a temporary name, then the rename),
    outside the folder's lock while the file is allocated and written. Elsewhere, and if the link
    fails, it is a temporary file (``.tmp-<random>``) renamed over the key."""

    def __init__(self, backend: LocalBackend, folder: str, durable: bool) -> None:
        self._backend = backend
        self._dir = backend._path(folder) if folder else backend.root
        fd = _new_anonymous(self._dir) if backend._anonymous else None
        #: the temporary file's path; None while the file has no name
        self._tmp: str | None
        if fd is None:
            backend._anonymous = False
            self._fd, self._tmp = _new_temp(self._dir)
        else:
            self._fd, self._tmp = fd, None
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
            path = self._backend._path(key)
            folder = os.path.dirname(path)
            if folder != self._dir:  # the upload's own folder exists
                os.makedirs(folder, exist_ok=True)
            if self._tmp is None:
                self._link(path)
            self._close()
            if self._tmp is not None:
                os.replace(self._tmp, path)
            if self._durable:
                fsync_dir(folder)
        except BaseException:
            self.abort()
            raise

    def _link(self, path: str) -> None:
        """Give the unnamed file the name ``path`` (an existing file there is replaced, as
        ``os.replace`` would); where the link is refused, its bytes are copied into a
        temporary file that :meth:`commit` renames."""
        proc = f"/proc/self/fd/{self._fd}"
        try:
            # linkat(..., AT_SYMLINK_FOLLOW): os.link makes that call only when given a folder
            # descriptor, ignored here (both paths are absolute)
            os.link(proc, path, src_dir_fd=self._fd)
            return
        except FileExistsError:
            pass
        except OSError:  # no /proc, or links refused here: copy (and stop trying for this root)
            self._backend._anonymous = False
            self._tmp = self._copy_out(os.path.dirname(path))
            return
        # the key exists: linked under a temporary name, renamed over it by commit()
        for _ in range(100):
            tmp = os.path.join(os.path.dirname(path), _TEMP_NAMES.next())
            try:
                os.link(proc, tmp, src_dir_fd=self._fd)
                self._tmp = tmp
                return
            except FileExistsError:
                continue
        raise FileExistsError(f"could not create a temporary file in {os.path.dirname(path)}")

    def _copy_out(self, folder: str) -> str:
        """The unnamed file's bytes in a new temporary file in ``folder``: its path."""
        fd, tmp = _new_temp(folder)
        try:
            offset = 0
            while chunk := os.pread(self._fd, 1 << 20, offset):
                _write_all(fd, chunk)
                offset += len(chunk)
            if self._durable:
                os.fsync(fd)
        except BaseException:
            os.close(fd)
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
            raise
        os.close(fd)
        return tmp

    def abort(self) -> None:
        with contextlib.suppress(OSError):
            self._close()
        if self._tmp is not None:
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
        #: uploads start as unnamed files (see _LocalUpload) until the system refuses one
        self._anonymous = bool(_O_TMPFILE) and os.path.isdir("/proc/self/fd")

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
