"""The ``vizlog`` command: ``demo``, ``view RUN``, ``verify RUN``, ``summary RUN``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from vizlog import _json


def _cmd_demo(args: argparse.Namespace) -> int:
    from vizlog.demo import run_demo
    from vizlog.read import open_run
    from vizlog.viewer import build

    run_dir = run_demo(Path(args.dir), steps=args.steps, seed=args.seed)
    data = open_run(run_dir)
    problems = data.verify()
    page = build(run_dir)
    kinds = sorted({key.rsplit("/", 1)[0] for key in data.backend.list() if "/" in key})
    print(f"vizlog demo: logged {len(data.history)} steps into {run_dir}")
    print(f"  folders: {', '.join(kinds)}")
    print(f"  summary keys: {', '.join(sorted(data.summary))}")
    print(f"  files verified: {problems if problems else 'ok'}")
    print(f"  open it in a browser (no server needed): {page.as_uri()}")
    print(f"  read it back:  python -c \"import vizlog; r = vizlog.open_run('{run_dir}'); "
          "print(r.summary)\"")
    return 0 if not problems else 1


def _cmd_verify(args: argparse.Namespace) -> int:
    from vizlog.read import open_run

    data = open_run(args.run)
    problems = data.verify()
    for p in problems:
        print(p)
    print(f"{args.run}: {len(data.history)} rows, state {data.state}, "
          f"{'ok' if not problems else f'{len(problems)} problems'}")
    return 0 if not problems else 1


def _cmd_view(args: argparse.Namespace) -> int:
    from vizlog.viewer.page import build_report

    where, refused = build_report(args.run)
    for path, why in refused.items():
        print(f"refused or missing: {path}: {why}", file=sys.stderr)
    uri = Path(where).as_uri() if "://" not in where else where
    print(uri)
    if args.open:
        import webbrowser

        webbrowser.open(uri)
    return 0 if not refused else 1


def _cmd_summary(args: argparse.Namespace) -> int:
    from vizlog.read import open_run

    print(_json.dumps(open_run(args.run).summary))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="vizlog", description="Rich ML media as open files.")
    sub = parser.add_subparsers(dest="command", required=True)
    demo = sub.add_parser("demo", help="log a realistic run with every media type and show it")
    demo.add_argument("--dir", default="vizlog-runs", help="root folder for runs")
    demo.add_argument("--steps", type=int, default=20, help="training steps to simulate")
    demo.add_argument("--seed", type=int, default=0)
    demo.set_defaults(fn=_cmd_demo)
    verify = sub.add_parser("verify", help="check every file a run references (sha256, size)")
    verify.add_argument("run", help="run directory")
    verify.set_defaults(fn=_cmd_verify)
    view = sub.add_parser("view", help="write RUN/index.html, a static page of the run")
    view.add_argument("run", help="run directory")
    view.add_argument("--open", action="store_true", help="also open it in a browser")
    view.set_defaults(fn=_cmd_view)
    summ = sub.add_parser("summary", help="print a run's summary as JSON")
    summ.add_argument("run", help="run directory")
    summ.set_defaults(fn=_cmd_summary)
    args = parser.parse_args(argv)
    return int(args.fn(args))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
