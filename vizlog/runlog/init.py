"""``vizlog.init()``: settings from arguments, ``settings=``, the environment and
``config-defaults.yaml`` layered as wandb does, then a :class:`Run` (or a :class:`DisabledRun`).

Precedence: ``init()`` keywords > ``settings=`` > ``VIZLOG_*`` > ``WANDB_*`` (see
:mod:`vizlog.runlog.settings`). Config: ``config-defaults.yaml`` in the working folder <
``config_paths`` files < ``config=``, then ``config_include_keys``/``config_exclude_keys``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from typing import Any

from vizlog.errors import UsageError, UsageTypeError, bad_argument
from vizlog.runlog import active
from vizlog.runlog.disabled import DisabledRun
from vizlog.runlog.names import generate_name
from vizlog.runlog.ranks import resolve_rank, shared_run_id
from vizlog.runlog.run import Run
from vizlog.runlog.settings import (
    Settings,
    load_config_defaults,
    load_config_paths,
    resolve_settings,
)

__all__ = ["init"]

REINIT = (None, False, True, "default", "return_previous", "finish_previous", "create_new")


def _config(config: Any, include: Sequence[str] | None, exclude: Sequence[str] | None,
            settings: Settings) -> dict[str, Any]:
    if config is not None and not isinstance(config, Mapping):
        if hasattr(config, "_get_kwargs"):  # argparse.Namespace
            config = vars(config)
        elif isinstance(config, str):  # a YAML file name, as wandb
            config = load_config_paths([config])
        else:
            raise UsageError(bad_argument("config", "a dict, an argparse Namespace or a YAML "
                                          "file name", config))
    merged: dict[str, Any] = dict(load_config_defaults(os.getcwd()) or {})
    merged.update(load_config_paths(settings.config_paths))
    merged.update(dict(config or {}))
    if include and exclude:
        raise UsageError("`config_include_keys` and `config_exclude_keys` are mutually "
                         "exclusive; pass one of them.")
    if include:
        merged = {k: v for k, v in merged.items() if k in include}
    if exclude:
        merged = {k: v for k, v in merged.items() if k not in exclude}
    return merged


def _next_number(root: str) -> int:
    """1 + the number of runs already in a local root folder (for generated names)."""
    if "://" in root or not os.path.isdir(root):
        return 1
    with os.scandir(root) as entries:
        return 1 + sum(1 for e in entries if e.is_dir(follow_symlinks=False) and
                       os.path.isfile(os.path.join(e.path, "run.json")))


#: wandb.init keywords with no offline meaning here: accepted and ignored, so wandb code runs.
#: (wandb 0.31's signature; ``magic`` from older releases.)
WANDB_ONLINE_KEYWORDS = frozenset({
    "allow_val_change", "anonymous", "force", "fork_from", "magic", "monitor_gym", "resume_from",
    "save_code", "sync_tensorboard", "tensorboard"})


def init(job_type: str | None = None, dir: Any = None, config: Any = None,
         project: str | None = None, entity: str | None = None, reinit: Any = None,
         tags: Sequence[str] | None = None, group: str | None = None, name: str | None = None,
         notes: str | None = None, config_exclude_keys: Sequence[str] | None = None,
         config_include_keys: Sequence[str] | None = None, mode: str | None = None,
         resume: str | bool | None = None, id: str | None = None,
         settings: Settings | Mapping[str, Any] | None = None, **options: Any) -> Any:
    """Start a run (see :func:`vizlog.init` for the arguments)."""
    if reinit not in REINIT:
        raise UsageError(bad_argument("reinit", f"one of {REINIT}", reinit))
    workers = options.pop("workers", None)
    max_queue = options.pop("max_queue", 64)
    durability = options.pop("durability", "process")
    sweep_id = options.pop("sweep_id", None)
    quiet = options.pop("quiet", None)  # vizlog's: no init/finish lines (as settings.quiet)
    rank_args = {k: options.pop(k, None) for k in ("rank", "world_size", "local_rank",
                                                      "primary_rank")}
    unknown = sorted(set(options) - WANDB_ONLINE_KEYWORDS)
    if unknown:  # a typo must not pass silently (wandb.init raises TypeError too)
        raise UsageTypeError(
            f"init() got an unexpected keyword argument {unknown[0]!r}; expected one of "
            "wandb.init's keywords or vizlog's own (workers, max_queue, durability, quiet, "
            "sweep_id, rank, world_size, local_rank, primary_rank). Check its spelling; other "
            "settings go in `settings=` (e.g. settings={'console': 'off'}).")
    s = resolve_settings(os.environ, settings, project=project, entity=entity, name=name,
                         id=id, dir=None if dir is None else os.fspath(dir) if not
                         hasattr(dir, "put") else None, tags=tags, group=group,
                         job_type=job_type, notes=notes, resume=resume, mode=mode,
                         reinit=None if reinit in (None, "default") else bool(reinit),
                         sweep_id=sweep_id)
    previous = active.get()
    if previous is not None and getattr(previous, "state", None) == "running":
        if reinit == "return_previous":
            return previous
        if reinit != "create_new":
            previous.finish()
    if s.is_disabled:
        run_off = DisabledRun(s, _config(config, config_include_keys, config_exclude_keys, s))
        active.set_active(run_off)
        return run_off
    root = dir if dir is not None and hasattr(dir, "put") else (s.root_dir or "vizlog-runs")
    ranks = resolve_rank(os.environ, **rank_args)
    run_id = s.run_id
    if ranks is not None:  # one rank of a distributed job: every rank joins one shared run
        run_id = shared_run_id(os.environ, ranks, s.run_id, s.run_group)
        if run_id is None:
            ranks = None  # no shared id: a run of its own, as before
    run_name = s.run_name
    if run_name is None and ranks is not None:
        run_name = run_id
    if run_name is None:
        run_name = generate_name(_next_number(str(root)) if isinstance(root, str) else 1)
    resume_mode = "allow" if s.resume == "auto" else s.resume
    new = Run(project=s.project, name=run_name, id=run_id, dir=root, ranks=ranks,
              config=_config(config, config_include_keys, config_exclude_keys, s),
              tags=s.run_tags, notes=s.run_notes, group=s.run_group, job_type=s.run_job_type,
              resume=resume_mode, workers=workers, max_queue=max_queue, durability=durability,
              entity=s.entity, sweep_id=s.sweep_id, settings=s,
              quiet=bool(s.silent or s.quiet or quiet))
    active.set_active(new)
    return new
