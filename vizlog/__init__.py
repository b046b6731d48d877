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

from vizlog import protocol as _protocol
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
    from vizlog.artifacts import Artifact, ArtifactRoot, artifact, open_artifacts
    from vizlog.charts import legacy as plots
    from vizlog.charts.custom_chart import CustomChart, plot_table
    from vizlog.datasets import dataset, tables
    from vizlog.media.audio import Audio
    from vizlog.media.histogram import Histogram
    from vizlog.media.html import Html
    from vizlog.media.image import Image
    from vizlog.media.object3d import Object3D, box3d
    from vizlog.media.overlays import BoundingBoxes2D, ImageMask
    from vizlog.media.table import Table
    from vizlog.read import RunData, open_run
    from vizlog.runlog.alerts import AlertLevel
    from vizlog.runlog.run import Run
    from vizlog.runlog.settings import Settings
    from vizlog.runlog.summary import MetricDef
    from vizlog.runlog.table_writer import TableWriter

#: Public names loaded on first use (``import vizlog`` stays cheap): name -> (module, attribute);
#: an empty attribute means the module itself.
_LAZY: dict[str, tuple[str, str]] = {
    "AlertLevel": ("vizlog.runlog.alerts", "AlertLevel"),
    "Artifact": ("vizlog.artifacts", "Artifact"),
    "ArtifactRoot": ("vizlog.artifacts", "ArtifactRoot"),
    "artifact": ("vizlog.artifacts", "artifact"),
    "open_artifacts": ("vizlog.artifacts", "open_artifacts"),
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
    "dataset": ("vizlog.datasets", "dataset"),
    "tables": ("vizlog.datasets", "tables"),
    "open_run": ("vizlog.read", "open_run"),
    "plot": ("vizlog.plot", ""),
    "plot_table": ("vizlog.charts.custom_chart", "plot_table"),
    "plots": ("vizlog.charts.legacy", ""),
}

__all__ = [
    "AlertLevel",
    "Artifact",
    "ArtifactRoot",
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
    "alert",
    "artifact",
    "box3d",
    "data_types",
    "dataset",
    "define_metric",
    "finish",
    "init",
    "link_model",
    "log",
    "log_artifact",
    "log_model",
    "login",
    "mark_preempting",
    "open_artifacts",
    "open_run",
    "plot",
    "plot_table",
    "plots",
    "restore",
    "run",
    "save",
    "tables",
    "unwatch",
    "use_artifact",
    "use_model",
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


def init(job_type: str | None = None, dir: Any = None, config: Any = None,
         project: str | None = None, entity: str | None = None, reinit: Any = None,
         tags: Sequence[str] | None = None, group: str | None = None, name: str | None = None,
         notes: str | None = None, config_exclude_keys: Sequence[str] | None = None,
         config_include_keys: Sequence[str] | None = None, mode: str | None = None,
         resume: str | bool | None = None, id: str | None = None,
         settings: Any = None, **options: Any) -> Run:
    """Start a run writing into ``<dir>/<id>/`` (``dir`` defaults to ``./vizlog-runs``; a
    ``file://`` or ``memory://`` URL or a storage backend also work) and make it the active run
    (``vizlog.run``). As wandb: ``settings=`` (a :class:`vizlog.Settings` or dict), the
    ``WANDB_*`` environment variables (``VIZLOG_*`` win), ``config-defaults.yaml``,
    ``mode="disabled"`` (a run that writes nothing), ``reinit`` and ``resume``; ``entity`` and
    ``sweep_id`` are recorded. wandb keywords with no offline meaning (``save_code``,
    ``sync_tensorboard``, ``anonymous``, ...) are accepted; any other keyword raises ``TypeError``.

    ``quiet=True`` prints no init/finish lines. ``workers`` (encode threads, default
    4) and ``max_queue`` (steps waiting for the writer, default 64) tune the
    background writer; ``durability="power"`` fsyncs every
    record and file (default ``"process"``: survives a process crash, not a power cut).

    Distributed jobs: ``rank``, ``world_size``, ``local_rank`` and ``primary_rank`` (or
    ``RANK``/``WORLD_SIZE`` from ``torchrun``) make every rank log into one shared run; see
    :mod:`vizlog.runlog.ranks` and ``docs/cluster.md``.
    """
    from vizlog.runlog.init import init as _init

    run: Run = _init(job_type=job_type, dir=dir, config=config, project=project, entity=entity,
                     reinit=reinit, tags=tags, group=group, name=name, notes=notes,
                     config_exclude_keys=config_exclude_keys,
                     config_include_keys=config_include_keys, mode=mode, resume=resume, id=id,
                     settings=settings, **options)
    return run


def _active() -> Run:
    run = _current()
    if run is None:
        raise RunStateError("no active run: call `vizlog.init()` before `vizlog.log()` (or use "
                            "the Run that `vizlog.init()` returns).")
    return run


def _notebook_bundle(obj: Any) -> dict[str, Any]:
    """Jupyter display of media and runs (vizlog.notebook, imported on the first display)."""
    from vizlog.notebook import bundle

    return bundle(obj)


_protocol.set_notebook_renderer(_notebook_bundle)


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


def restore(name: str, run_path: str | None = None, replace: bool = False,
            root: str | os.PathLike[str] | None = None) -> Any:
    """A file saved in the active run (or the local run ``run_path``); see :meth:`Run.restore`."""
    return _active().restore(name, run_path=run_path, replace=replace, root=root)


def alert(title: str, text: str, level: Any = None, wait_duration: Any = None) -> None:
    """Record an alert in the active run; see :meth:`Run.alert`."""
    _active().alert(title, text, level=level, wait_duration=wait_duration)


def mark_preempting() -> None:
    """Mark the active run as about to be preempted; see :meth:`Run.mark_preempting`."""
    _active().mark_preempting()


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
        run.finish(exit_code=exit_code, quiet=quiet)


def define_metric(name: str, step_metric: str | MetricDef | None = None,
                  step_sync: bool | None = None,
                  hidden: bool | None = None, summary: str | None = None,
                  goal: str | None = None, overwrite: bool | None = None) -> MetricDef:
    """Declare a metric on the active run; see :meth:`Run.define_metric`."""
    return _active().define_metric(name, step_metric=step_metric, step_sync=step_sync,
                                   hidden=hidden, summary=summary, goal=goal,
                                   overwrite=overwrite)


def log_artifact(artifact_or_path: Any, name: str | None = None, type: str | None = None,
                 aliases: list[str] | None = None, tags: list[str] | None = None) -> Any:
    """Log an artifact in the active run; see :meth:`Run.log_artifact`."""
    return _active().log_artifact(artifact_or_path, name=name, type=type, aliases=aliases,
                                  tags=tags)


def use_artifact(artifact_or_name: Any, type: str | None = None,
                 aliases: list[str] | None = None, use_as: str | None = None) -> Any:
    """Use a logged artifact (``"name:alias"``) as an input of the active run (lineage); see
    :meth:`Run.use_artifact`. Without a run, read it with ``vizlog.artifact(root, name)``."""
    return _active().use_artifact(artifact_or_name, type=type, aliases=aliases, use_as=use_as)


def log_model(path: str | os.PathLike[str], name: str | None = None,
              aliases: list[str] | None = None) -> Any:
    """Log a model file or folder in the active run; see :meth:`Run.log_model`."""
    return _active().log_model(path, name=name, aliases=aliases)


def use_model(name: str) -> str:
    """Download a logged model for the active run; see :meth:`Run.use_model`."""
    path: str = _active().use_model(name)
    return path


def link_model(path: str | os.PathLike[str], registered_model_name: str,
               name: str | None = None, aliases: list[str] | None = None) -> Any:
    """Log a model and link it to a registered model; see :meth:`Run.link_model`."""
    return _active().link_model(path, registered_model_name, name=name, aliases=aliases)
