"""A static, self-contained HTML view of a run directory: ``vizlog view RUN``.

``build(run_dir)`` writes ``<run_dir>/index.html`` (and previews under ``<run_dir>/viewer/``) that a
browser opens straight from disk, with no server and no network:

* the run's config, summary and history are embedded as JSON in the page (``</`` escaped);
* media are referenced by their run-relative paths (``<img>``, ``<video>``, ``<audio>``);
* user strings (keys, captions, config values, table cells) are inserted as text, never as HTML;
* user HTML media is shown only in an ``<iframe sandbox="allow-scripts">`` (no same-origin);
* charts are rendered to SVG at build time with vl-convert, never executed in the page;
* a Content-Security-Policy forbids every network request.

Per-type previews live in :mod:`vizlog.viewer.previews`, one function per descriptor ``_type``.
"""

from __future__ import annotations

from vizlog.viewer.page import build

__all__ = ["build"]
