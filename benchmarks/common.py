"""Helpers shared by the workloads."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any


class Unavailable(Exception):
    """The tool this variant measures is not installed."""


def import_tool(variant: str, vizlog_module: str = "vizlog") -> None:
    """Import the tool a variant measures before the clock starts (a missing wandb, Rerun or
    peer is reported later, by the variant itself)."""
    import importlib

    if variant.startswith("vizlog"):
        importlib.import_module(vizlog_module)
    elif variant.startswith(("wandb", "rerun", "aim", "mlflow")):
        # (trackio reads its data folder when imported: trackio_run imports it, still before
        # the clock)
        try:
            importlib.import_module(variant.split("-")[0])
        except ImportError:
            pass


def tree_bytes(root: str | os.PathLike[str], suffixes: tuple[str, ...] = ()) -> int:
    """Total size of the files under ``root`` (only those ending with ``suffixes`` if given)."""
    total = 0
    for p in Path(root).rglob("*"):
        if p.is_file() and not p.is_symlink() and (not suffixes or p.name.endswith(suffixes)):
            total += p.stat().st_size
    return total


def history_columns(run_dir: str | os.PathLike[str]) -> dict[str, list[Any]]:
    """Every value of a run's history, gathered by key in record order: each history file read,
    its records decoded and CRC-checked by ``vizlog.format.parse_records`` (the viewer floors'
    shared reading work)."""
    from vizlog.format import parse_records

    columns: dict[str, list[Any]] = {}
    for path in sorted((Path(run_dir) / "history").iterdir()):
        for row in parse_records(path.read_bytes(), path.name).rows:
            for key, value in row.items():
                columns.setdefault(key, []).append(value)
    return columns


def wandb_offline(out_dir: str | os.PathLike[str]):  # type: ignore[no-untyped-def]
    """Import wandb set up for an offline, quiet run into ``out_dir`` (or raise Unavailable)."""
    os.environ.setdefault("WANDB_MODE", "offline")
    os.environ.setdefault("WANDB_SILENT", "true")
    os.environ.setdefault("WANDB_CONSOLE", "off")
    os.environ.setdefault("WANDB_DISABLE_GIT", "true")
    os.environ.setdefault("WANDB_DISABLE_CODE", "true")
    try:
        import wandb
    except ImportError as exc:
        raise Unavailable("wandb is not installed (pip install 'vizlog[bench]')") from exc
    return wandb


def rerun_recording(out_dir: str | os.PathLike[str]):  # type: ignore[no-untyped-def]
    """A Rerun recording streaming to ``out_dir/run.rrd`` (its file sink, no viewer), made
    before the clock like every system's ``init()``; returns ``(rerun module, recording)``.
    Raises Unavailable when ``rerun-sdk`` is not installed."""
    try:
        import rerun as rr
    except ImportError as exc:
        raise Unavailable("rerun-sdk is not installed (pip install 'vizlog[bench]')") from exc
    rec = rr.RecordingStream("bench", send_properties=False)
    rec.save(os.path.join(os.fspath(out_dir), "run.rrd"))
    return rr, rec


def rerun_finish(rec) -> None:  # type: ignore[no-untyped-def]
    """Rerun's equivalent of ``finish()``: everything logged flushed to the file and the sink
    closed (its footer written), so the file is complete when the clock stops."""
    rec.flush()
    rec.disconnect()


#: The trackers measured beside wandb and Rerun where they apply (``scalars``, ``images``):
#: ``pip install -e ".[bench,peers]"``. Each is set up to write only into the variant's output
#: folder, the way its documentation starts a local run.
PEERS = ("aim", "mlflow", "trackio")


def _peer(name: str) -> Any:
    import importlib

    try:
        return importlib.import_module(name)
    except ImportError as exc:
        raise Unavailable(f"{name} is not installed (pip install 'vizlog[bench,peers]')") from exc


def aim_run(out_dir: str | os.PathLike[str]) -> tuple[Any, Any]:
    """``(aim module, Run)``: an Aim 3 run in a repository inside ``out_dir``, without its
    system-metrics thread, parameter capture and terminal capture (none of which the other
    systems are asked to do)."""
    aim = _peer("aim")
    run = aim.Run(repo=os.fspath(out_dir), experiment="bench", system_tracking_interval=None,
                  log_system_params=False, capture_terminal_logs=False)
    return aim, run


def mlflow_run(out_dir: str | os.PathLike[str]) -> Any:
    """The ``mlflow`` module with a run started: MLflow 3's default local store (SQLite, since
    its file store is in maintenance mode) and the run's artifacts, both inside ``out_dir``."""
    mlflow = _peer("mlflow")
    out = os.path.abspath(os.fspath(out_dir))
    mlflow.set_tracking_uri(f"sqlite:///{out}/mlflow.db")
    exp = mlflow.create_experiment("bench", artifact_location=Path(out, "artifacts").as_uri())
    mlflow.start_run(experiment_id=exp)
    return mlflow


def mlflow_finish(mlflow: Any) -> None:
    """MLflow's ``finish()``: what it logs asynchronously (images, and metrics when async
    logging is on) flushed, then the run ended. ``end_run`` alone returns while its thread
    pool is still writing the image files."""
    mlflow.flush_artifact_async_logging()
    mlflow.flush_async_logging()
    mlflow.end_run()


def trackio_run(out_dir: str | os.PathLike[str]) -> Any:
    """The ``trackio`` module with a run started, its SQLite database in ``out_dir``
    (``TRACKIO_DIR``, read when trackio is imported), no dashboard and no CPU/GPU sampling.
    trackio queues ``log()`` calls and writes them in batches from a thread: a ``log()`` that
    returned is not yet on disk (vizlog's and the scalar floors' are)."""
    os.environ["TRACKIO_DIR"] = os.fspath(out_dir)
    trackio = _peer("trackio")
    trackio.init(project="bench", embed=False, auto_log_cpu=False, auto_log_gpu=False)
    return trackio
