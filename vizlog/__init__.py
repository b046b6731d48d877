"""vizlog: rich ML media and charts as open files plus JSON descriptors.

``import vizlog as wandb`` runs code written for the wandb logging API offline::

    run = vizlog.init(project="demo", config={"lr": 0.1})
    run.log({"loss": 0.5, "sample": vizlog.Image(array)})
    run.finish()
    data = vizlog.open_run(run.dir)

Importing vizlog touches no file, environment variable or network.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from vizlog._version import __version__
from vizlog.errors import (
    ChartBindingError,
    CommError,
    DtypeError,
    Error,
    MediaError,
    RunStateError,
    ShapeError,
    UnsupportedInputError,
    UsageError,
    VizlogError,
)

if TYPE_CHECKING:  # the lazy names below, for type checkers and IDEs
    from vizlog import data_types, plot
    from vizlog.charts import legacy as plots
    from vizlog.charts.custom_chart import CustomChart, plot_table
    from vizlog.media.audio import Audio
    from vizlog.media.histogram import Histogram
    from vizlog.media.html import Html
    from vizlog.media.image import Image
    from vizlog.media.object3d import Object3D, box3d
    from vizlog.media.overlays import BoundingBoxes2D, ImageMask
    from vizlog.media.table import Table
    from vizlog.read import RunData, open_run
    from vizlog.runlog.run import Run
    from vizlog.runlog.settings import Settings
    from vizlog.runlog.summary import MetricDef
    from vizlog.runlog.table_writer import TableWriter

#: Public names loaded on first use (``import vizlog`` stays cheap): name -> (module, attribute);
#: an empty attribute means the module itself.
_LAZY: dict[str, tuple[str, str]] = {
    "Audio": ("vizlog.media.audio", "Audio"),
    "BoundingBoxes2D": ("vizlog.media.overlays", "BoundingBoxes2D"),
    "ImageMask": ("vizlog.media.overlays", "ImageMask"),
    "Settings": ("vizlog.runlog.settings", "Settings"),
    "data_types": ("vizlog.data_types", ""),
    "CustomChart": ("vizlog.charts.custom_chart", "CustomChart"),
    "Histogram": ("vizlog.media.histogram", "Histogram"),
    "Html": ("vizlog.media.html", "Html"),
    "Image": ("vizlog.media.image", "Image"),
    "MetricDef": ("vizlog.runlog.summary", "MetricDef"),
    "Object3D": ("vizlog.media.object3d", "Object3D"),
    "Run": ("vizlog.runlog.run", "Run"),
    "RunData": ("vizlog.read", "RunData"),
    "Table": ("vizlog.media.table", "Table"),
    "TableWriter": ("vizlog.runlog.table_writer", "TableWriter"),
    "Video": ("vizlog.media.video", "Video"),
    "box3d": ("vizlog.media.object3d", "box3d"),
    "open_run": ("vizlog.read", "open_run"),
    "plot": ("vizlog.plot", ""),
    "plot_table": ("vizlog.charts.custom_chart", "plot_table"),
    "plots": ("vizlog.charts.legacy", ""),
}

__all__ = [
    "Audio",
    "BoundingBoxes2D",
    "ChartBindingError",
    "CommError",
    "CustomChart",
    "DtypeError",
    "Error",
    "Histogram",
    "Html",
    "Image",
    "ImageMask",
    "MediaError",
    "Object3D",
    "Run",
    "RunData",
    "RunStateError",
    "Settings",
    "ShapeError",
    "Table",
    "TableWriter",
    "UnsupportedInputError",
    "UsageError",
    "Video",
    "VizlogError",
    "__version__",
    "box3d",
    "data_types",
    "define_metric",
    "finish",
    "init",
    "log",
    "login",
    "open_run",
    "plot",
    "plot_table",
    "plots",
    "run",
    "save",
    "unwatch",
    "watch",
]


def _current() -> Run | None:
    """The active run (``vizlog.run``), held by :mod:`vizlog.runlog.active`; None before the
    first ``init()`` (then nothing of the Run is loaded)."""
    import sys

    if "vizlog.runlog.active" not in sys.modules:
        return None
    from vizlog.runlog import active

    current: Run | None = active.get()
    return current


def init(project: str | None = None, name: str | None = None, id: str | None = None,
         dir: str | os.PathLike[str] | None = None, config: Mapping[str, Any] | None = None,
         tags: Sequence[str] | None = None, notes: str | None = None, group: str | None = None,
         job_type: str | None = None, resume: str | bool | None = None,
         reinit: bool | None = None, **settings: Any) -> Run:
    """Start a run writing into ``<dir>/<id>/`` (``dir`` defaults to ``./vizlog-runs``) and
    make it the active run (``vizlog.run``). wandb-only keywords such as ``mode``, ``entity`` or
    ``settings`` are accepted and ignored; vizlog always writes locally.

    ``workers`` (encode threads, default ``min(4, cores)``) and ``max_queue`` (steps waiting for
    the writer, default 64) tune the background writer; ``durability="power"`` fsyncs every
    record and file (default ``"process"``: survives a process crash, not a power cut).
    """
    from vizlog.runlog import active
    from vizlog.runlog.run import Run

    previous = _current()
    if previous is not None and previous.state == "running":
        previous.finish()
    workers = settings.pop("workers", None)
    max_queue = settings.pop("max_queue", 64)
    durability = settings.pop("durability", "process")
    new = Run(project=project, name=name, id=id, dir=dir, config=config, tags=tags,
              notes=notes, group=group, job_type=job_type, resume=resume, workers=workers,
              max_queue=max_queue, durability=durability)
    active.set_active(new)
    return new


def _active() -> Run:
    run = _current()
    if run is None:
        raise RunStateError("no active run: call `vizlog.init()` before `vizlog.log()` (or use "
                            "the Run that `vizlog.init()` returns).")
    return run


def __getattr__(name: str) -> Any:
    """Public names load their module on first use; ``vizlog.config`` and ``vizlog.summary`` are
    the active run's, as in wandb."""
    target = _LAZY.get(name)
    if target is not None:
        import importlib

        module = importlib.import_module(target[0])
        value = getattr(module, target[1]) if target[1] else module
        globals()[name] = value
        return value
    if name == "run":
        return _current()
    if name in ("config", "summary"):
        return getattr(_active(), name)
    raise AttributeError(f"module 'vizlog' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


def log(data: Mapping[str, Any], step: int | None = None, commit: bool | None = None) -> None:
    """Log to the active run; see :meth:`Run.log`."""
    _active().log(data, step=step, commit=commit)


def save(glob_str: str | os.PathLike[str], base_path: str | os.PathLike[str] | None = None,
         policy: str = "live") -> list[str]:
    """Copy files into the active run's ``files/`` folder; see :meth:`Run.save`."""
    return _active().save(glob_str, base_path=base_path, policy=policy)


def login(*args: Any, **kwargs: Any) -> bool:
    """wandb compatibility: vizlog writes locally and needs no login; always True."""
    return True


def watch(models: Any, criterion: Any = None, log: str | None = "gradients",
          log_freq: int = 1000, idx: int | None = None, log_graph: bool = False) -> Any:
    """Watch torch modules in the active run (gradient/parameter histograms every ``log_freq``
    batches); see :meth:`Run.watch`. Needs PyTorch installed."""
    run = _current()
    if run is None:
        raise RunStateError("no active run: call `vizlog.init()` before `vizlog.watch()` (or "
                            "use `run.watch()` on the Run that `vizlog.init()` returns).")
    return run.watch(models, criterion=criterion, log=log, log_freq=log_freq, idx=idx,
                     log_graph=log_graph)


def unwatch(models: Any = None) -> None:
    """Remove the hooks of :func:`watch`; see :meth:`Run.unwatch`."""
    run = _current()
    if run is None:
        raise RunStateError("no active run: call `vizlog.init()` before `vizlog.unwatch()`.")
    run.unwatch(models)


def finish(exit_code: int | None = None, quiet: bool | None = None) -> None:
    """Finish the active run, if any."""
    run = _current()
    if run is not None:
        run.finish(exit_code=exit_code)


def define_metric(name: str, step_metric: str | None = None, step_sync: bool | None = None,
                  hidden: bool | None = None, summary: str | None = None,
                  goal: str | None = None, overwrite: bool | None = None) -> MetricDef:
    """Declare a metric on the active run; see :meth:`Run.define_metric`."""
    return _active().define_metric(name, step_metric=step_metric, hidden=hidden,
                                   summary=summary, goal=goal)
