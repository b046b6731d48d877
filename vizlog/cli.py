"""The ``vizlog`` command (also ``python -m vizlog``).

``demo``, ``view RUN|ROOT [--out DIR] [--open] [--watch]``, ``ls [ROOT]``, ``summary RUN``,
``verify RUN``, ``export RUN|ROOT --format parquet|csv [--out DIR]``, ``export ROOT --format
parquet OUT`` (hive-partitioned), ``--version``. A wrong path, a folder of
runs where one run is expected, or an unreadable ``run.json`` is one line on stderr and exit code 2,
never a traceback. Work that takes over a second reports progress on stderr.

``verify``, ``summary`` and ``view --out LOCAL_DIR`` also take the URL of a run in object storage
(``s3://bucket/runs/<id>``, any fsspec URL): ``view`` copies the run into ``LOCAL_DIR`` and
writes the page there. ``ls`` takes the URL of a folder of runs (``s3://bucket/runs``).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from vizlog import _json


class CliError(Exception):
    """A user-facing problem: printed as one line, exit code 2."""


#: Seconds of work after which progress is shown.
PROGRESS_AFTER = 1.0


class Progress:
    """``label done/total`` on stderr, shown only once the work has taken over
    :data:`PROGRESS_AFTER` seconds, at most ten times a second."""

    def __init__(self, label: str) -> None:
        self.label, self.t0, self.shown, self.last = label, time.monotonic(), False, 0.0

    def __call__(self, done: int, total: int, item: str = "") -> None:
        now = time.monotonic()
        if now - self.t0 < PROGRESS_AFTER and not self.shown:
            return
        if now - self.last < 0.1 and done < total:
            return
        self.shown, self.last = True, now
        sys.stderr.write(f"\r{self.label} {done}/{total} {item[:40]:<40}")
        sys.stderr.flush()

    def end(self) -> None:
        if self.shown:
            sys.stderr.write(f"\r{self.label} done in {time.monotonic() - self.t0:.1f} s"
                             + " " * 40 + "\n")


class Ticker:
    """``label... N s`` on stderr, updated twice a second, for work with no count to show (one
    run's page, a verify); nothing when it ends within :data:`PROGRESS_AFTER` seconds. Use as a
    context manager."""

    def __init__(self, label: str) -> None:
        import threading

        self.label, self.t0, self.shown = label, time.monotonic(), False
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="vizlog-progress", daemon=True)

    def _run(self) -> None:
        wait = PROGRESS_AFTER
        while not self._stop.wait(wait):
            self.shown = True
            sys.stderr.write(f"\r{self.label}... {time.monotonic() - self.t0:.0f} s ")
            sys.stderr.flush()
            wait = 0.5

    def __enter__(self) -> Ticker:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        if self.shown:
            sys.stderr.write(f"\r{self.label} done in {time.monotonic() - self.t0:.1f} s\n")
            sys.stderr.flush()


def _runs_inside(path: Path) -> list[Path]:
    try:
        return sorted(p for p in path.iterdir() if (p / "run.json").is_file())
    except OSError:
        return []


def _kind(path_arg: str, what: str) -> tuple[str, Path]:
    """``("run" | "root", path)``, or a CliError naming the problem and the fix."""
    path = Path(path_arg)
    if not path.exists():
        raise CliError(f"{what} {path_arg!r} does not exist; pass a run folder (with run.json)"
                       " or a folder of runs.")
    if (path / "run.json").is_file():
        return "run", path
    if path.is_dir() and _runs_inside(path):
        return "root", path
    raise CliError(f"{what} {path_arg!r} is not a vizlog run (no run.json) and holds no runs; "
                   "pass a folder made by vizlog.init(dir=...).")


def _is_url(path_arg: str) -> bool:
    """True for a URL (``s3://...``) other than ``file://``."""
    return "://" in path_arg and not path_arg.startswith("file://")


def _open_url(path_arg: str) -> Any:
    """The run at the object-storage URL ``path_arg``, with every failure as one CliError."""
    from vizlog.read import open_run
    from vizlog.store import open_backend

    backend = open_backend(path_arg, "RUN")
    try:
        if not backend.exists("run.json"):
            raise CliError(f"RUN {path_arg!r} is not a vizlog run (no run.json there); pass "
                           "the URL of one run: <dir given to vizlog.init>/<run id>.")
        return open_run(backend)
    except (ValueError, KeyError, TypeError, RecursionError) as exc:
        raise CliError(f"{path_arg}/run.json is not a readable vizlog run.json ({exc}); restore "
                       "it from a backup or delete the run.") from None
    except OSError as exc:
        raise CliError(f"could not read the run at {path_arg!r}: {exc}") from None


def _open(path_arg: str) -> Any:
    """The run at ``path_arg`` (``open_run``), with every failure as one CliError line."""
    from vizlog.read import open_run

    if _is_url(path_arg):
        return _open_url(path_arg)
    kind, path = _kind(path_arg, "RUN")
    if kind == "root":
        names = [p.name for p in _runs_inside(path)]
        shown = ", ".join(names[:5]) + (f" (and {len(names) - 5} more)" if len(names) > 5 else "")
        raise CliError(f"RUN {path_arg!r} is a folder of {len(names)} runs, not a run; pass one "
                       f"of them: {shown}.")
    try:
        return open_run(path)
    except (ValueError, KeyError, TypeError, RecursionError) as exc:
        raise CliError(f"{path / 'run.json'} is not a readable vizlog run.json ({exc}); restore it"
                       " from a backup or delete the run.") from None
    except OSError as exc:
        raise CliError(f"could not read the run at {path_arg!r}: {exc}") from None


def _cmd_demo(args: argparse.Namespace) -> int:
    from vizlog.demo import run_demo
    from vizlog.read import open_run
    from vizlog.viewer import build

    run_dir = run_demo(Path(args.dir), steps=args.steps, seed=args.seed)
    data = open_run(run_dir)
    problems = data.verify()
    page = build(run_dir)
    kinds = sorted({p.parent.relative_to(run_dir).as_posix()
                    for p in Path(run_dir).rglob("*") if p.is_file()
                    and p.relative_to(run_dir).parts[0] not in ("viewer", "index.html")})
    print(f"vizlog demo: logged {len(data.history)} steps into {run_dir}")
    print(f"  folders: {', '.join(kinds)}")
    print(f"  summary keys: {', '.join(sorted(data.summary))}")
    print(f"  files verified: {problems if problems else 'ok'}")
    print(f"  open it in a browser (no server needed): {page.as_uri()}")
    print(f"  read it back:  python -c \"import vizlog; r = vizlog.open_run('{run_dir}'); "
          "print(r.summary)\"")
    return 0 if not problems else 1


def _cmd_verify(args: argparse.Namespace) -> int:
    with Ticker("verifying"):
        data = _open(args.run)
        problems = data.verify()
    for p in problems:
        print(p)
    print(f"{args.run}: {len(data.history)} rows, state {data.state}, "
          f"{'ok' if not problems else f'{len(problems)} problems'}")
    return 0 if not problems else 1


def _mirror(args: argparse.Namespace) -> str:
    """Copy the run at the URL ``args.path`` into the local folder ``args.out``; its path."""
    from vizlog.store import LocalBackend, copy_files

    if args.out is None:
        raise CliError(f"PATH {args.path!r} is in object storage: pass --out LOCAL_DIR, the "
                       "folder the run is copied into and its page written to.")
    if args.watch:
        raise CliError("--watch needs a local run folder; for a run in object storage, run "
                       "`vizlog view URL --out LOCAL_DIR` again to refresh the copy.")
    data = _open_url(args.path)
    out = Path(args.out)
    progress = Progress("copying the run")
    try:
        copied = copy_files(data.backend, LocalBackend(out), skip=("viewer/", "index.html"))
    except OSError as exc:
        raise CliError(f"could not copy {args.path!r} into {args.out!r}: {exc}") from None
    progress(len(copied), len(copied))
    progress.end()
    return str(out)


def _cmd_view(args: argparse.Namespace) -> int:
    if _is_url(args.path):
        args.path, args.out = _mirror(args), None
    kind, path = _kind(args.path, "PATH")

    refused: dict[str, str] = {}
    from vizlog.viewer.page import PageState

    state = PageState()  # with --watch, a rebuild reads only what changed
    states: dict[Path, PageState] = {}

    def build_once() -> Path:
        if kind == "run":
            from vizlog.viewer.page import build_report

            try:
                with Ticker("building the page"):
                    page, found = build_report(path, args.out, live=args.watch,
                                               state=state if args.watch else None)
            except (KeyError, TypeError, RecursionError) as exc:  # VizlogError: main's line
                raise CliError(f"{path / 'run.json'} is not a readable vizlog run.json ({exc});"
                               " restore it from a backup or delete the run.") from None
            except OSError as exc:
                raise CliError(f"could not read the run at {args.path!r}: {exc}") from None
            refused.clear()
            refused.update(found)
            return page
        from vizlog.viewer.project import build_project

        progress = Progress("building run pages")
        page = build_project(path, args.out, live=args.watch, progress=progress,
                             states=states if args.watch else None)
        progress.end()
        return page

    page = build_once()
    for rel, why in refused.items():
        print(f"refused or missing: {rel}: {why}", file=sys.stderr)
    print(page.as_uri())
    if args.open:
        import webbrowser

        webbrowser.open(page.as_uri())
    if args.watch:
        from vizlog.viewer import watch

        def inputs() -> Any:
            return watch.run_stamp(path) if kind == "run" else watch.tree_stamp(path)

        print("watching for changes (Ctrl-C to stop); the open page reloads itself",
              file=sys.stderr)
        try:
            watch.watch(build_once, inputs, on_build=lambda s: print(
                f"rebuilt in {s:.2f} s", file=sys.stderr))
        except KeyboardInterrupt:
            return 0
    return 0 if not refused else 1


def _cmd_summary(args: argparse.Namespace) -> int:
    print(_json.dumps(_open(args.run).summary))
    return 0


def _local_only(path_arg: str, what: str) -> None:
    if _is_url(path_arg):
        raise CliError(f"{what} {path_arg!r} is in object storage; this command reads local "
                       "folders. For one run there, use `vizlog verify URL`, `vizlog summary "
                       "URL` or `vizlog view URL --out LOCAL_DIR`.")


def _remote_rows(url: str) -> list[tuple[str, dict[str, Any]]]:
    """``ls`` of a folder of runs in object storage: each run's ``run.json`` and
    ``summary.json`` fetched (nothing else) into a temporary folder and read as a local run's."""
    import tempfile

    from vizlog.datasets import run_names
    from vizlog.store import open_backend
    from vizlog.viewer.project import run_row

    base = open_backend(url, "ROOT")
    try:
        names = run_names(base)
    except OSError as exc:
        raise CliError(f"could not list ROOT {url!r} ({exc}); check the URL and the "
                       "credentials.") from None
    rows = []
    with tempfile.TemporaryDirectory(prefix="vizlog-ls-") as tmp:
        for name in names:
            run = base.child(name) if name else base
            local = Path(tmp, name or url.rstrip("/").rsplit("/", 1)[-1] or "run")
            local.mkdir()
            for key in ("run.json", "summary.json"):
                try:
                    (local / key).write_bytes(run.get(key, max_bytes=1 << 24))
                except OSError:
                    pass  # missing or unreadable: the row says so, as for a local run
            rows.append((local.name, run_row(local)))
    return rows


def _cmd_ls(args: argparse.Namespace) -> int:
    from vizlog.viewer.project import run_row

    if _is_url(args.root):
        rows = _remote_rows(args.root)
        if not rows:
            raise CliError(f"ROOT {args.root!r} holds no vizlog runs (no */run.json).")
    else:
        path = Path(args.root)
        if not path.exists():
            raise CliError(f"ROOT {args.root!r} does not exist; pass the folder given to "
                           "vizlog.init(dir=...).")
        runs = [path] if (path / "run.json").is_file() else _runs_inside(path)
        if not runs:
            raise CliError(f"ROOT {args.root!r} holds no vizlog runs (no */run.json).")
        rows = [(r.name, run_row(r)) for r in runs]
    print(f"{'run':<24} {'state':<10} {'steps':>7} {'start (UTC)':<19} {'duration':>10}  name")
    for run_name, row in rows:
        start = row.get("started_at")
        start_s = time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(start)) \
            if isinstance(start, (int, float)) else ""
        dur = row.get("duration")
        dur_s = f"{dur:.1f} s" if isinstance(dur, (int, float)) else ""
        steps = row.get("steps")
        steps_s = str(steps) if isinstance(steps, int) else ""
        print(f"{run_name:<24} {row['state']:<10} {steps_s:>7} {start_s:<19} {dur_s:>10}  "
              f"{row.get('name') or ''}")
    return 0


def _cmd_export_dataset(args: argparse.Namespace) -> int:
    """``export ROOT --format parquet OUT``: every run of ROOT as one hive-partitioned Parquet
    dataset in OUT (``project=<p>/run_id=<id>/part-0.parquet``; see vizlog.datasets)."""
    from vizlog.datasets import export_parquet

    if args.format != "parquet":
        raise CliError(f"OUT (a hive-partitioned dataset) is written as Parquet; got --format "
                       f"{args.format}. Pass --format parquet, or --out DIR for one {args.format}"
                       " file per run.")
    _kind(args.path, "ROOT")
    progress = Progress("exporting")
    files = export_parquet(args.path, args.dest, cache=args.cache, progress=progress)
    progress.end()
    print(f"{args.dest}: {len(files)} runs as hive-partitioned Parquet "
          "(project=<project>/run_id=<id>/part-0.parquet)")
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    if args.dest is not None:
        return _cmd_export_dataset(args)
    _local_only(args.path, "PATH")
    kind, path = _kind(args.path, "PATH")
    runs = [path] if kind == "run" else _runs_inside(path)
    out_dir = Path(args.out) if args.out else None
    progress = Progress("exporting")
    for i, run in enumerate(runs):
        table = _open(str(run)).scalars()
        target = (out_dir or run) / (f"{run.name}-history.{args.format}" if out_dir
                                     else f"history.{args.format}")
        target.parent.mkdir(parents=True, exist_ok=True)
        if args.format == "parquet":
            import pyarrow.parquet as pq

            pq.write_table(table, target)
        else:
            import pyarrow.csv as pacsv

            pacsv.write_csv(table, target)
        print(f"{target} ({table.num_rows} rows, {table.num_columns} columns)")
        progress(i + 1, len(runs), run.name)
    progress.end()
    return 0


# -- vizlog artifact ls|get|verify|gc ROOT
def _artifact_root(path_arg: str) -> Any:
    from vizlog.artifacts import open_artifacts

    if "://" not in path_arg and not Path(path_arg).is_dir():
        raise CliError(f"ROOT {path_arg!r} is not a folder; pass the folder of runs that holds "
                       "artifacts/.")
    return open_artifacts(path_arg)


def _cmd_artifact(args: argparse.Namespace) -> int:
    store = _artifact_root(args.root)
    if args.action == "ls":
        names = [args.name] if args.name else store.names()
        for name in names:
            for n in store.versions(name):
                m = store.manifest(name, n)
                size = sum(int(e.get("size") or 0) for e in m["entries"].values())
                aliases = ",".join(store.aliases_of(f"names/{name}", n))
                print(f"{name}:v{n}\t{m['type']}\t{len(m['entries'])} files\t{size} bytes"
                      f"\t{aliases}")
        return 0
    if args.action == "get":
        if not args.name:
            raise CliError("`get` needs NAME (name:alias or name:vN).")
        from vizlog.artifacts import artifact

        art = artifact(store.root, args.name)
        print(art.download(args.out))
        return 0
    if args.action == "verify":
        name, version = args.name, None
        if name and ":" in name:
            name, version = store.resolve(name)
        problems = store.verify(name, version)
        for p in problems:
            print(p)
        print(f"{args.root}: {len(problems)} problem(s)")
        return 1 if problems else 0
    removed = store.gc(dry_run=args.dry_run, min_age=args.min_age)
    verb = "would delete" if args.dry_run else "deleted"
    for key in removed:
        print(key)
    print(f"{args.root}: {verb} {len(removed)} unreferenced file(s)")
    return 0


def _add_artifact_parser(sub: Any) -> None:
    art = sub.add_parser("artifact", help="list, download, verify or clean the artifacts of a "
                                          "folder of runs")
    art.add_argument("action", choices=("ls", "get", "verify", "gc"))
    art.add_argument("root", help="folder of runs (holds artifacts/)")
    art.add_argument("name", nargs="?", default=None,
                     help="artifact name (ls, verify) or name:alias (get, verify)")
    art.add_argument("--out", default=None, help="get: download folder")
    art.add_argument("--dry-run", action="store_true", help="gc: only list what would go")
    art.add_argument("--min-age", type=float, default=3600.0,
                     help="gc: keep files younger than this many seconds (default 3600)")
    art.set_defaults(fn=_cmd_artifact)


def main(argv: list[str] | None = None) -> int:
    from vizlog._version import __version__
    from vizlog.errors import VizlogError

    parser = argparse.ArgumentParser(prog="vizlog", description="Rich ML media as open files.")
    parser.add_argument("--version", action="version", version=f"vizlog {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    demo = sub.add_parser("demo", help="log a realistic run with every media type and show it")
    demo.add_argument("--dir", default="vizlog-runs", help="root folder for runs")
    demo.add_argument("--steps", type=int, default=20, help="training steps to simulate")
    demo.add_argument("--seed", type=int, default=0)
    demo.set_defaults(fn=_cmd_demo)
    verify = sub.add_parser("verify", help="check every file a run references (sha256, size) "
                                           "and that the history holds every logged step")
    verify.add_argument("run", help="run directory, or its URL (s3://bucket/runs/<id>)")
    verify.set_defaults(fn=_cmd_verify)
    view = sub.add_parser("view", help="write a static page of a run, or of a folder of runs")
    view.add_argument("path", help="run directory, a folder of runs, or a run's URL "
                      "(s3://...; then --out is needed)")
    view.add_argument("--out", default=None, help="write the page here (default: in PATH)")
    view.add_argument("--open", action="store_true", help="also open it in a browser")
    view.add_argument("--watch", action="store_true",
                      help="rebuild when the run changes; the open page reloads itself")
    view.set_defaults(fn=_cmd_view)
    ls = sub.add_parser("ls", help="list the runs in a folder (state, steps, start, duration)")
    ls.add_argument("root", nargs="?", default="vizlog-runs",
                    help="folder of runs, or its URL in object storage (s3://bucket/runs)")
    ls.set_defaults(fn=_cmd_ls)
    summ = sub.add_parser("summary", help="print a run's summary as JSON")
    summ.add_argument("run", help="run directory, or its URL")
    summ.set_defaults(fn=_cmd_summary)
    export = sub.add_parser("export", help="write the numeric history as Parquet or CSV")
    export.add_argument("path", help="run directory, or a folder of runs")
    export.add_argument("--format", choices=("parquet", "csv"), default="parquet")
    export.add_argument("--out", default=None,
                        help="folder for the files (default: history.<format> in each run)")
    export.add_argument("dest", nargs="?", default=None, metavar="OUT",
                        help="write every run as one hive-partitioned Parquet dataset here")
    export.add_argument("--cache", default=None, help="with OUT: folder for the runs' columnar "
                        "copies (default ROOT/.vizlog-cache)")
    export.set_defaults(fn=_cmd_export)
    _add_artifact_parser(sub)
    args, extra = parser.parse_known_args(argv)
    if extra and args.command == "export" and args.dest is None and len(extra) == 1 and \
            not extra[0].startswith("-"):
        args.dest = extra[0]  # `export ROOT --format parquet OUT`: OUT after the option
    elif extra:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    try:
        return int(args.fn(args))
    except CliError as exc:
        print(f"vizlog {args.command}: {exc}", file=sys.stderr)
        return 2
    except VizlogError as exc:
        print(f"vizlog {args.command}: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
