"""Build ``index.html`` for a run (see :mod:`vizlog.viewer`)."""

from __future__ import annotations

import bisect
import functools
import math
import os
import re
from collections.abc import Iterable, Mapping
from importlib import resources
from pathlib import Path
from typing import Any

from vizlog.read import HistoryFollower, RunData, flatten, is_descriptor, open_run
from vizlog.store import Backend
from vizlog.viewer import assets, watch
from vizlog.viewer.artifacts import run_artifacts
from vizlog.viewer.data import XAxes, fast_dumps, js_call_json, noscript_html, run_extras
from vizlog.viewer.previews import PreviewContext, preview

__all__ = ["MAX_MEDIA_STEPS", "PageState", "build", "build_report", "dumps_with",
           "folded_page_data", "page_data", "read_folded", "render_run_page", "scalars_json"]

#: Media steps shown per key (the latest ones); the page says when older ones were left out.
MAX_MEDIA_STEPS = 100
#: Points drawn per metric (at most); longer series keep each bucket's first, min, max and last
#: point, so spikes and the overall shape survive (the page says how many points the series
#: has). Buckets are a power of two long: a series keeps between half and all of this many.
MAX_PLOT_POINTS = 4000
CSP = assets.CSP


def _number(v: Any) -> float | None:
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return None
    f = float(v)
    return f if math.isfinite(f) else None


class _Folded:
    """Scalar series, media entries and x axes of history rows, folded one row at a time (so
    that ``--watch`` folds only the new rows)."""

    def __init__(self) -> None:
        #: ``(steps, values)`` per key, in row order
        self.raw: dict[str, tuple[list[int], list[Any]]] = {}
        #: keys whose series hold a value that is not a finite float (see :func:`_series`)
        self.dirty: set[str] = set()
        self.media: dict[str, list[tuple[int, Mapping[str, Any]]]] = {}
        self.xaxes = XAxes()
        self.rows = 0
        self._plans: dict[tuple[str, ...], list[str]] = {}

    def add(self, rows: Iterable[Mapping[str, Any]]) -> None:
        rows = rows if isinstance(rows, list) else list(rows)
        self.xaxes.add(rows)
        raw, dirty, media, plans = self.raw, self.dirty, self.media, self._plans
        for row in rows:
            step = row.get("_step", 0)
            if type(step) is not int:
                step = int(step)
            # rows usually share their keys: the keys to look at are worked out once per set
            sig = tuple(row)
            plan = plans.get(sig)
            if plan is None:
                plan = [k for k in sig if k[:1] != "_"]  # "_" keys: not shown
                if len(plans) < 256:
                    plans[sig] = plan
            for top in plan:
                value = row[top]
                kind = type(value)
                if kind is float or kind is int:  # the common case, kept fast
                    series = raw.get(top)
                    if series is None:
                        series = raw[top] = ([], [])
                    series[0].append(step)
                    series[1].append(value)
                    if kind is int or value - value != 0.0:  # an int, inf or NaN
                        dirty.add(top)
                    continue
                for key, leaf in flatten({top: value}):
                    if is_descriptor(leaf):
                        media.setdefault(key, []).append((step, leaf))
                    elif isinstance(leaf, (int, float)) and not isinstance(leaf, bool):
                        series = raw.setdefault(key, ([], []))
                        series[0].append(step)
                        series[1].append(leaf)
                        dirty.add(key)
        self.rows += len(rows)


class PageState:
    """What ``vizlog view --watch`` keeps between builds of one run page, so that a rebuild
    parses only the history bytes appended since the last one (a
    :class:`~vizlog.read.HistoryFollower`), folds only the new rows, and reuses the previews
    already made. Pass the same object to every :func:`build_report` / :func:`page_data` call
    for that run."""

    def __init__(self) -> None:
        self.follower = HistoryFollower()
        self.folded = _Folded()
        self.previews: dict[tuple[str, int, str], dict[str, Any]] = {}
        #: each metric's JSON as last built (see :func:`_series_json`)
        self.series: dict[str, _SeriesText] = {}


def read_folded(run: str | os.PathLike[str] | Backend | RunData,
                state: PageState | None = None) -> tuple[RunData, _Folded]:
    """The run opened for reading and its history folded into series and media entries; with
    ``state`` (and ``run`` a path or backend), only what changed since the last call is read."""
    if state is not None and not isinstance(run, RunData):
        data = RunData(run, follow=state.follower)
        if state.follower.reordered:
            state.folded = _Folded()
            state.series.clear()
            state.folded.add(data.history)
        else:
            state.folded.add(state.follower.new_rows)
        return data, state.folded
    data = run if isinstance(run, RunData) else open_run(run)
    folded = _Folded()
    folded.add(data.history)
    return data, folded


def page_data(run: str | os.PathLike[str] | Backend | RunData,
              state: PageState | None = None) -> dict[str, Any]:
    """Everything the page shows, as plain JSON-ready data; ``refused`` lists the files that were
    missing or refused (outside the run, not regular files), with the reason. With ``state``
    (and ``run`` a path or backend), only what changed since the last call is read."""
    return folded_page_data(*read_folded(run, state), state)


def folded_page_data(data: RunData, folded: _Folded, state: PageState | None = None, *,
                     scalars: bool = True) -> dict[str, Any]:
    """:func:`page_data` of a run already read by :func:`read_folded`; without ``scalars``,
    the ``scalars`` entry is left out (see :func:`scalars_json`)."""
    ctx = PreviewContext(data)
    raw, media = folded.raw, folded.media
    counts = {key: len(steps) for key, (steps, _) in raw.items()}
    series = {key: _series(*sv, key in folded.dirty) for key, sv in raw.items()} \
        if scalars else None
    media_out: dict[str, Any] = {}
    for key, entries in sorted(media.items()):
        kept = entries[-MAX_MEDIA_STEPS:]
        media_out[key] = {
            "omitted": len(entries) - len(kept),
            "steps": [[s, _preview(d, ctx, key, s, state)] for s, d in kept]}
    summary = {k: (v if not is_descriptor(v) else {"_type": v["_type"]})
               for k, v in data.summary.items() if not k.startswith("_")}
    meta = data.meta
    if isinstance(data.dir, Path):
        extras = run_extras(meta, data.dir, folded.xaxes.result())
    else:  # a run that is not on the local file system: its files by key
        listed = [k for k in data.backend.list() if not k.startswith(("viewer/", "history/"))]
        extras = {"xaxes": folded.xaxes.result(), "files": listed[:500],
                  "files_total": len(listed),
                  "metrics": [m for m in meta.get("metrics") or [] if isinstance(m, Mapping)]}
    extras["alerts"] = data.alerts
    extras["artifacts"] = run_artifacts(data)
    return {
        "run": {k: meta.get(k) for k in ("id", "name", "project", "group", "job_type", "tags",
                                          "notes", "started_at", "vizlog_version", "entity")}
        | {"state": data.state, "rows": len(data.history),
           "corruptions": len(data.corruptions)},
        "config": data.config, "summary": summary,
        **({} if series is None else {"scalars": dict(sorted(series.items()))}),
        "scalar_counts": counts,
        "media": media_out,
        "refused": dict(sorted({**data.refused, **ctx.refused}.items())),
    } | extras


def _preview(d: Mapping[str, Any], ctx: PreviewContext, key: str, step: int,
             state: PageState | None) -> dict[str, Any]:
    """:func:`preview`, remembered in ``state`` (a refused or failed one is tried again)."""
    if state is None:
        return preview(d, ctx, f"{key}-{step}")
    memo = (key, step, fast_dumps(d))
    found = state.previews.get(memo)
    if found is None:
        found = preview(d, ctx, f"{key}-{step}")
        if found.get("kind") not in ("refused", "error"):
            state.previews[memo] = found
    return found


class _SeriesText:
    """One metric's JSON as last built for a page: ``n`` points then; ``size`` the decimation
    bucket (0: every point); ``head`` the JSON items of the points kept before index ``done``
    (complete buckets), which later rows cannot change; ``text`` the whole array."""

    __slots__ = ("done", "head", "n", "size", "text")

    def __init__(self, n: int, size: int, done: int, head: str, text: str) -> None:
        self.n, self.size, self.done, self.head, self.text = n, size, done, head, text


def _join(a: str, b: str) -> str:
    return f"{a},{b}" if a and b else a or b


def scalars_json(folded: _Folded, state: PageState) -> str:
    """The page's ``scalars`` as JSON text, the same as encoding :func:`_series` of every key,
    but each key's text reused or extended from the last build (``state.series``): a rebuild
    after a few new rows encodes about those rows (a decimated series: its last buckets),
    not the whole history."""
    parts = []
    for key in sorted(folded.raw):
        made = _series_json(*folded.raw[key], key in folded.dirty, state.series.get(key))
        state.series[key] = made
        parts.append(f"{fast_dumps(key)}:{made.text}")
    return "{" + ",".join(parts) + "}"


def _series_json(steps: list[int], values: list[Any], dirty: bool, last: _SeriesText | None
                 ) -> _SeriesText:
    n = len(steps)
    if last is not None and last.n == n:
        return last
    grew = last is not None and last.n < n
    if n <= MAX_PLOT_POINTS:  # every point: the new ones are appended
        start, head = (last.done, last.head) if last is not None and grew and not last.size \
            else (0, "")
        head = _join(head, fast_dumps(_series(steps[start:], values[start:], dirty))[1:-1])
        return _SeriesText(n, 0, n, head, f"[{head}]")
    size = _bucket(n, MAX_PLOT_POINTS)  # as _keep
    start, head = (last.done, last.head) if last is not None and grew and last.size == size \
        else (0, "")
    ys = _values(values[start:])
    idx = [start + i for i in _keep_sized(ys, size)]
    done = n // size * size
    split = bisect.bisect_left(idx, done)
    kept = ys[[i - start for i in idx]].tolist()

    def items(lo: int, hi: int) -> str:
        # NaN != NaN: the non-finite values (NaN in ys) become None
        return fast_dumps([[steps[i], y if y == y else None]
                           for i, y in zip(idx[lo:hi], kept[lo:hi], strict=True)])[1:-1]

    head = _join(head, items(0, split))
    return _SeriesText(n, size, done, head, f"[{_join(head, items(split, len(idx)))}]")


def _values(values: list[Any]) -> Any:
    """``values`` as float64, NaN for the non-finite ones."""
    import numpy as np

    try:
        ys = np.array(values, dtype=np.float64)
    except OverflowError:  # an int beyond float range
        ys = np.array([_number(v) if abs(v) < 1e308 else None for v in values], dtype=np.float64)
    ys[~np.isfinite(ys)] = np.nan
    return ys


def _series(steps: list[int], values: list[Any], dirty: bool = True) -> list[list[Any]]:
    """``[[step, value or None (non-finite)], ...]`` decimated as :func:`_decimate` does;
    ``dirty`` is False when every value is a finite float (nothing to convert)."""
    if len(values) <= MAX_PLOT_POINTS and not dirty:
        # short finite float series (the usual case on a project's pages): no numpy round trip
        return [[s, v] for s, v in zip(steps, values, strict=True)]
    ys = _values(values)
    idx = _keep(ys, MAX_PLOT_POINTS) if len(ys) > MAX_PLOT_POINTS else range(len(ys))
    kept = ys[idx].tolist() if len(ys) > MAX_PLOT_POINTS else ys.tolist()
    # NaN != NaN: the non-finite values (set to NaN above) become None
    return [[steps[i], y if y == y else None] for i, y in zip(idx, kept, strict=True)]


def _decimate(points: list[list[Any]], limit: int = MAX_PLOT_POINTS) -> list[list[Any]]:
    """At most about ``limit`` points: per bucket the first, lowest, highest and last point."""
    if len(points) <= limit:
        return points
    import numpy as np

    ys = np.array([np.nan if p[1] is None else p[1] for p in points], dtype=np.float64)
    return [points[i] for i in _keep(ys, limit)]


def _keep(ys: Any, limit: int = MAX_PLOT_POINTS) -> list[int]:
    """Indices kept by the decimation of ``ys`` (NaN = no value): per bucket (:func:`_bucket`:
    ``4n/limit`` points or up to twice that) the first, the last, the lowest and the highest,
    in order."""
    return _keep_sized(ys, _bucket(len(ys), limit))


def _bucket(n: int, limit: int) -> int:
    """The bucket size for ``n`` points kept to about ``limit``: 4 points kept per bucket, the
    size a power of two (so that a growing series keeps its buckets until it doubles, and a
    ``--watch`` rebuild re-encodes only its last ones)."""
    return 1 << (-(-n * 4 // limit) - 1).bit_length()


def _keep_sized(ys: Any, size: int) -> list[int]:
    """:func:`_keep` with buckets of ``size`` points (from index 0)."""
    import numpy as np

    n = len(ys)
    nb = -(-n // size)
    padded = np.full(nb * size, np.nan)
    padded[:n] = ys
    grid = padded.reshape(nb, size)
    finite = ~np.isnan(grid)
    has = finite.any(axis=1)
    lo = np.where(finite, grid, np.inf).argmin(axis=1)
    hi = np.where(finite, grid, -np.inf).argmax(axis=1)
    starts = np.arange(nb) * size
    ends = np.minimum(starts + size, n) - 1
    keep = np.concatenate([starts, ends, (starts + lo)[has], (starts + hi)[has]])
    return [int(i) for i in np.unique(keep).tolist()]


@functools.cache
def _asset(name: str) -> str:
    return resources.files("vizlog.viewer").joinpath(name).read_text(encoding="utf-8")


def render(data: Mapping[str, Any], static: str = assets.STATIC, page: str = "run", *,
           dumped: Mapping[str, str] | None = None) -> str:
    """The page's HTML for ``page_data(...)`` output; scripts load from ``static`` (relative to
    the page). ``dumped`` gives some top-level values already serialised (by ``fast_dumps``)."""
    title = str(data["run"].get("name") or data["run"].get("id"))
    return render_page(data, title, static, page, dumped=dumped)


def render_page(data: Mapping[str, Any], title: str, static: str, page: str, *,
                dumped: Mapping[str, str] | None = None) -> str:
    """A page (``run`` or ``project``) embedding ``data`` as JSON, titled ``title``;
    ``dumped`` maps top-level keys of ``data`` to their JSON text, used instead of serialising
    them again (see :func:`dumps_with`)."""
    text = dumps_with(data, dumped)
    # "<" only occurs inside JSON strings, where \u003c is the same character: no "</script>"
    # or "<!--" can end or confuse the data block.
    blob = text.replace("<", "\\u003c").replace(">", "\\u003e")
    return _fill(title, static, page, noscript_html(data) if page == "run" else "", blob,
                 assets.script_tags(static, page))


def dumps_with(data: Mapping[str, Any], dumped: Mapping[str, str] | None = None) -> str:
    """``fast_dumps(data)`` (keys sorted), with the top-level keys in ``dumped`` given as JSON
    text already: the same text either way."""
    if not dumped:
        return fast_dumps(data)
    parts = {k: fast_dumps(v) for k, v in data.items() if k not in dumped} | dict(dumped)
    return "{" + ",".join(f"{fast_dumps(k)}:{parts[k]}" for k in sorted(parts)) + "}"


def render_run_page(static: str) -> str:
    """The run page a project shares between its runs (``viewer/runs/run.html?run=FOLDER``):
    nothing embedded, its data loaded from the script ``FOLDER.js`` next to it."""
    return _fill("run", static, "run", "<p class=\"noscript\">This page needs JavaScript; "
                 "<code>vizlog view RUN_FOLDER</code> writes a run's own page, whose charts and "
                 "summary show without it.</p>", "null", assets.script_tags(static, "run"))


def _fill(title: str, static: str, page: str, noscript: str, blob: str, scripts: str) -> str:
    html_title = (title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                  .replace('"', "&quot;"))
    template = "template.html" if page == "run" else f"{page}.html"
    values = {"CSP": CSP, "TITLE": html_title, "CSS": _asset("viewer.css"), "STATIC": static,
              "SCRIPTS": scripts, "NOSCRIPT": noscript, "DATA": blob}
    # one pass: a placeholder inside a user string is never expanded
    return re.sub(r"\{\{([A-Z]+)\}\}", lambda m: values[m.group(1)], _asset(template))


def _stamp(root: Path, target: Path, static: str | None, live: bool, up: str | None,
           metrics_js: bool) -> str:
    """The stamp of a run page: its inputs' sizes and mtimes plus the build options."""
    options = [os.path.relpath(root, target), static, live, up, metrics_js, assets.fingerprint()]
    return watch.stamp_of([watch.run_stamp(root), options])


def build(run_dir: str | Path, out: str | Path | None = None, *, static: str | None = None,
          live: bool = False, force: bool = False, up: str | None = None,
          metrics_js: bool = False) -> Path:
    """Write the run's page (see :func:`build_report`) and return its path."""
    return build_report(run_dir, out, static=static, live=live, force=force, up=up,
                        metrics_js=metrics_js)[0]


def build_report(run_dir: str | Path, out: str | Path | None = None, *,
                 static: str | None = None, live: bool = False, force: bool = False,
                 up: str | None = None, metrics_js: bool = False,
                 state: PageState | None = None) -> tuple[Path, dict[str, str]]:
    """Write ``index.html`` for the run at ``run_dir`` into ``out`` (default: the run folder) and
    return its path. Nothing is rewritten when the run has not changed since the last build
    (unless ``force``). ``static`` is the scripts' folder relative to the page (default: copy them
    to ``<out>/viewer/static``); ``live`` makes the page reload itself when a later build changes
    it (``vizlog view --watch``); ``up`` links back to a project page; ``metrics_js`` also writes
    ``viewer/metrics.js`` (the scalars, for a project page's overlays); ``state`` (a
    :class:`PageState` kept between calls) makes a rebuild read only what changed."""
    root = Path(run_dir).resolve()
    target = Path(out).resolve() if out is not None else root
    path = target / "index.html"
    stamp = _stamp(root, target, static, live, up, metrics_js)
    if not force:
        saved, refused = watch.read_stamp(path)
        if saved == stamp:
            return path, refused
    if state is None:
        data = page_data(root)
        # the scalars are serialised once, for the page and for metrics.js
        scalars = {"scalars": fast_dumps(data["scalars"])} if metrics_js else None
    else:  # --watch: each metric's JSON is reused or extended from the last build
        run, folded = read_folded(root, state)
        data = folded_page_data(run, folded, state, scalars=False)
        scalars = {"scalars": scalars_json(folded, state)}
    rel = os.path.relpath(root, target).replace(os.sep, "/")
    data["base"] = "" if rel == "." else rel + "/"
    if up:
        data["project_link"] = up
    if live:
        data["watch"] = {"src": watch.VERSION_FILE, "version": stamp}
    if static is None:
        assets.install(target)
        static = assets.STATIC
    html = render(data, static, dumped=scalars)
    # the stamp rides in the page itself (one file written, one read to find it unchanged)
    head, _, rest = html.partition("\n")
    html = head + "\n" + watch.stamp_comment(stamp, data["refused"]) + rest
    assets.write_file(path, html.encode("utf-8"))
    if metrics_js and scalars:
        assets.write_file(root / "viewer" / "metrics.js", js_call_json(
            "vizlogRunMetrics", [fast_dumps(root.name), scalars["scalars"]]))
    if live or (target / watch.VERSION_FILE).is_file():  # a page that polls it may be open
        watch.write_version(target, stamp)
    return path, data["refused"]
