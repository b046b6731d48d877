"""The viewer's scripts: vendored libraries and vizlog's own page code, copied next to the pages.

Pages open from ``file://`` with a Content-Security-Policy that forbids the network; scripts load
only from files (``script-src 'self'``), never inline and never with ``eval``. Classic scripts (not
ES modules, which Chromium refuses to load from ``file://``) live in ``static/``:

* ``vega.bundle.js``: Vega, Vega-Lite and vega-embed (versions in ``static/README.md``), run with
  vega's expression interpreter (``ast: true``) so that no ``unsafe-eval`` is needed;
* ``three.bundle.js``: three.js with OrbitControls, GLTFLoader and PLYLoader;
* ``core.js``, ``plot.js``, ``widgets.js``, ``run.js``, ``project.js``: vizlog's page code.

:func:`install` copies them into ``<out>/viewer/static/`` (only files whose bytes changed), so a
folder of runs shares one copy.
"""

from __future__ import annotations

import itertools
import os
import tempfile
from importlib import resources
from pathlib import Path

__all__ = ["CSP", "LIBRARIES", "PAGE_SCRIPTS", "STATIC", "fingerprint", "install", "script_tags",
           "write_file"]

#: The folder, relative to a page's output folder, that holds the scripts.
STATIC = "viewer/static"
#: Vendored libraries, in load order.
LIBRARIES = ("vega.bundle.js", "three.bundle.js")
#: vizlog's own scripts, in load order (``run.js``/``project.js`` are picked per page).
PAGE_SCRIPTS = ("core.js", "plot.js", "widgets.js")
_FILES = (*LIBRARIES, *PAGE_SCRIPTS, "run.js", "project.js", "LICENSES.txt", "README.md")

#: No request can leave the page: everything is ``'none'`` except files next to the page.
CSP = ("default-src 'none'; img-src 'self' file: data: blob:; media-src 'self' file: data: blob:; "
       "frame-src 'self' file:; style-src 'unsafe-inline'; script-src 'self'; "
       "worker-src 'none'; connect-src 'none'; font-src 'none'; object-src 'none'; "
       "form-action 'none'; base-uri 'none'")


_SEQ = itertools.count()
_CREATE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)


def write_file(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (temporary file in the same folder, then replace);
    the folder is created when missing."""
    folder = os.fspath(path.parent)
    tmp = os.path.join(folder, f".tmp-{os.getpid()}-{next(_SEQ)}")
    try:
        fd = os.open(tmp, _CREATE, 0o666)
    except FileNotFoundError:
        os.makedirs(folder, exist_ok=True)
        fd = os.open(tmp, _CREATE, 0o666)
    except FileExistsError:  # left by a crashed process that had this pid
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=folder)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _read(name: str) -> bytes:
    return resources.files("vizlog.viewer").joinpath("static").joinpath(name).read_bytes()


_FINGERPRINT: list[str] = []


def fingerprint() -> str:
    """A hash of the scripts and templates (part of every page's stamp: new code, new page)."""
    if not _FINGERPRINT:
        import hashlib

        h = hashlib.sha256()
        for name in _FILES:
            h.update(_read(name))
        base = resources.files("vizlog.viewer")
        for name in ("template.html", "project.html", "viewer.css"):
            h.update(base.joinpath(name).read_bytes())
        _FINGERPRINT.append(h.hexdigest()[:16])
    return _FINGERPRINT[0]


def install(out_dir: str | os.PathLike[str]) -> Path:
    """Copy the scripts into ``<out_dir>/viewer/static/`` (unchanged files are left alone)."""
    target = Path(out_dir) / STATIC
    for name in _FILES:
        data = _read(name)
        path = target / name
        try:
            if path.stat().st_size == len(data) and path.read_bytes() == data:
                continue
        except OSError:
            pass
        write_file(path, data)
    return target


def script_tags(prefix: str, page: str) -> str:
    """The ``<script src>`` tags of a page (``page`` is ``"run"`` or ``"project"``); ``prefix``
    is the relative path from the page to the static folder. The libraries are loaded by the page
    code only when a widget needs them."""
    names = (*PAGE_SCRIPTS, f"{page}.js")
    return "\n".join(f'<script src="{prefix}/{n}"></script>' for n in names)
