"""Static, self-contained HTML views of runs: ``vizlog view RUN`` and ``vizlog view ROOT``.

``build(run_dir)`` writes ``<run_dir>/index.html`` (previews and data scripts under
``<run_dir>/viewer/``, the page scripts under ``viewer/static/``); ``project.build_project(root)``
writes a page listing every run in a folder plus each run's data under ``<root>/viewer/runs/``,
shown by the shared ``viewer/runs/run.html?run=<folder>``. Pages open straight from disk, with no
server and no network (see ``docs/viewer.md``):

* the run's config, summary, metrics and media previews are embedded as JSON in the page
  (``<`` and ``>`` escaped); larger data (3D files, all table rows, a project's runs) load as
  ``window.f(JSON)`` scripts next to the page;
* media are referenced by their run-relative paths (``<img>``, ``<video>``, ``<audio>``);
* user strings (keys, captions, config values, table cells, run names) are inserted as text;
* user HTML is shown only in ``<iframe sandbox srcdoc>`` under the page's policy and vizlog's own;
* charts are drawn by vega-embed with vega's expression interpreter and a loader that refuses
  every URL; the SVG rendered at build time is the fallback;
* a Content-Security-Policy forbids every network request and every inline script.

Per-type previews live in :mod:`vizlog.viewer.previews`, one function per descriptor ``_type``.
"""

from __future__ import annotations

from vizlog.viewer.page import build

__all__ = ["build"]
