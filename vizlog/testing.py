"""Golden-file testing as a pytest plugin (registered through the ``pytest11`` entry point).

Use the ``golden`` fixture to compare what your code renders with the expected output kept in
``golden/<case>/expected/`` (the ``golden_dir`` ini option sets the root); one line per check::

    def test_render(golden):
        golden.check("render/heatmap", vizlog.Image(render_heatmap()))

``check(case, obj)`` takes a media object, a list of them, a Table, a chart, an altair chart or
the path of a run folder, and picks the comparison from each file's type (exact bytes, decoded
pixels, per-frame PSNR, audio SNR, Arrow values, mesh arrays, canonical JSON, rendered SVG).
Threshold keywords override the ``golden_*`` ini options for one call
(``check(case, obj, psnr=40, rtol=1e-4)``). The explicit form
``check(case, descriptor=..., files={name: bytes}, compare={name: fn or kind})`` still works:
files without a comparator are compared byte for byte, ``.json`` files as parsed JSON.

Options: ``--update-golden`` (rewrite what differs; the summary lists each case created,
changed or left alone), ``--golden-report=DIR`` (one self-contained HTML page of every failure),
``--golden-prune[=delete]`` (list, or remove, the cases no test of the session used).
Guide: ``docs/testing.md``. The machinery lives in :mod:`vizlog.golden`; this module loads no
numpy, Pillow or pyarrow at import.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from vizlog.golden.checker import Golden, Records
from vizlog.golden.compare import Thresholds, image_psnr_at_least, pixels_equal, psnr

__all__ = ["Golden", "Thresholds", "image_psnr_at_least", "pixels_equal", "psnr",
           "pytest_addoption"]

_RECORDS = pytest.StashKey[Records]()
_STATE = pytest.StashKey[dict[str, Any]]()
_WORKER_KEY = "vizlog_golden"
_INI_HELP = {
    "pixel_tol": "largest channel difference allowed in lossless images (default 0)",
    "psnr": "lowest PSNR in dB of lossy images and of every video frame (default 30)",
    "ssim": "lowest SSIM of every video frame, if scikit-image is installed (default: unchecked)",
    "snr": "lowest signal-to-noise ratio in dB of lossy audio (default 10)",
    "rtol": "relative tolerance of floats in tables, meshes, point clouds (default 1e-6)",
    "atol": "absolute tolerance of floats in tables, meshes, point clouds (default 1e-9)",
    "svg_atol": "absolute tolerance of numbers in rendered SVG charts (default 0.01)",
}


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("vizlog-golden", "vizlog golden files")
    group.addoption("--update-golden", action="store_true", default=False,
                    help="rewrite golden/<case>/expected/ where the outputs differ, and list "
                         "each case created, changed or left alone")
    group.addoption("--golden-report", metavar="DIR", default=None,
                    help="write DIR/golden-report.html: every golden failure of the session, "
                         "expected/actual/diff side by side (self-contained, no network)")
    group.addoption("--golden-prune", nargs="?", const="list", default=None,
                    choices=("list", "delete"),
                    help="list golden cases no test of the session used; =delete removes them "
                         "(refused unless the whole suite ran)")
    parser.addini("golden_dir", "folder holding golden cases (relative to rootdir)",
                  default="golden")
    for name, text in _INI_HELP.items():
        parser.addini(f"golden_{name}", f"golden: {text}", default=None)


def _thresholds(config: pytest.Config) -> Thresholds:
    values: dict[str, Any] = {}
    for name in Thresholds.names():
        raw = config.getini(f"golden_{name}")
        if raw in (None, ""):
            continue
        try:
            values[name] = float(str(raw))
        except ValueError:
            raise pytest.UsageError(f"ini option golden_{name} must be a number; got "
                                    f"{raw!r}.") from None
    return Thresholds().replace(**values)


def _root(config: pytest.Config) -> Path:
    return Path(str(config.rootpath)) / str(config.getini("golden_dir"))


def _is_worker(config: pytest.Config) -> bool:
    return hasattr(config, "workerinput")


def pytest_configure(config: pytest.Config) -> None:
    config.stash[_RECORDS] = Records()
    config.stash[_STATE] = {"counts": {}, "lines": {}}


@pytest.fixture
def golden(request: pytest.FixtureRequest) -> Golden:
    """The golden-file checker (see :class:`vizlog.golden.checker.Golden`)."""
    config = request.config
    return Golden(_root(config), bool(config.getoption("--update-golden")),
                  _thresholds(config), config.stash[_RECORDS], request.node.nodeid)


def pytest_deselected(items: list[pytest.Item]) -> None:
    if items:
        config = items[0].config
        if _RECORDS in config.stash:
            config.stash[_RECORDS].deselected += len(items)


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: Any) -> None:
    """pytest-xdist, on the controller: merge what a worker's checks recorded."""
    output = getattr(node, "workeroutput", None) or {}
    if _WORKER_KEY in output:
        node.config.stash[_RECORDS].merge(output[_WORKER_KEY])


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    config = session.config
    records = config.stash.get(_RECORDS, None)
    if records is None:
        return
    if _is_worker(config):  # pytest-xdist worker: hand the records to the controller
        config.workeroutput[_WORKER_KEY] = records.to_dict()  # type: ignore[attr-defined]
        return
    lines: dict[str, list[str]] = config.stash[_STATE]["lines"]
    if config.getoption("--update-golden") and records.updates:
        from vizlog.golden.session import update_lines

        lines["golden: --update-golden"] = update_lines(records.updates)
    report_dir = config.getoption("--golden-report")
    if report_dir:
        from vizlog.golden.report import write_report

        path = write_report(Path(config.invocation_params.dir) / report_dir, records.failures)
        lines["golden report"] = [f"{len(records.failures)} failing golden check(s): {path}"]
    mode = config.getoption("--golden-prune")
    if mode:
        from vizlog.golden.session import narrowed, prune_lines

        reporter = config.pluginmanager.get_plugin("terminalreporter")
        stats = getattr(reporter, "stats", {}) if reporter is not None else {}
        counts = {k: len([r for r in stats.get(k, ()) if getattr(r, "when", "call") != "teardown"
                          or k == "error"]) for k in ("skipped", "failed", "error")}
        stopped = bool(session.shouldstop or session.shouldfail)
        why = narrowed(config, records.deselected, counts, stopped)
        lines[f"golden: --golden-prune={mode}"] = prune_lines(_root(config), records.used,
                                                             mode, why)


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int,
                            config: pytest.Config) -> None:
    if _STATE not in config.stash:
        return
    for title, lines in config.stash[_STATE]["lines"].items():
        terminalreporter.write_sep("=", title)
        for line in lines:
            terminalreporter.write_line(line)
