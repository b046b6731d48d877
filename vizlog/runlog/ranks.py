"""Many ranks, one run: which rank this process is, and which run folder every rank shares.

A distributed job (``torchrun``, ``torch.distributed.launch``, SLURM with the same variables)
starts one process per rank. With vizlog, every rank that calls ``init()`` logs into **one** run:
each rank appends to a history file of its own (``history/rank<N>-<host>-<pid>-<token>.rec``,
whose header record holds ``"rank": N``), stores its own media (the step part of a media file
name is ``<step>-rank<N>`` on ranks above 0, so no two ranks ever write the same name with
different bytes), and no rank waits for or locks out another. Readers merge the ranks: rows
carry ``_rank`` and are ordered by step, then rank.

Who is a rank (first match wins):

* ``init(rank=N)`` (with ``world_size=W`` optional): always one run shared by the ranks;
* the environment: ``VIZLOG_RANK`` or ``RANK``, with ``VIZLOG_WORLD_SIZE`` or ``WORLD_SIZE``
  above 1 (``LOCAL_RANK`` is recorded when set). ``VIZLOG_SHARED_RUN=0`` turns this off (every
  process then starts a run of its own, as wandb's one-run-per-process ``group=`` pattern).

The run every rank shares is ``<dir>/<id>/`` with ``id`` agreed without talking to each other,
from the first of: ``init(id=...)`` / ``VIZLOG_RUN_ID`` / ``WANDB_RUN_ID`` (the same on every
rank); ``TORCHELASTIC_RUN_ID`` (set by ``torchrun``; its default value ``none`` does not count);
``init(group=...)``. ``dir`` (or ``VIZLOG_DIR``) must name the same folder or bucket on every
rank. With the environment variables but no shared id, each process gets a run of its own (as
before); ``init(rank=N)`` with no shared id is an error.

The *primary* rank (``0``, or ``init(primary_rank=K)`` / ``VIZLOG_PRIMARY_RANK=K``, the same on
every rank) owns the run's ``run.json`` (config, state), ``summary.json`` and ``writer.lock``;
the other ranks never write those files, so a run's summary and config are the primary rank's.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from vizlog.errors import UsageError, bad_argument

__all__ = ["RankInfo", "resolve_rank", "shared_run_id"]

_FALSE = ("0", "false", "no", "off", "n", "f")
_ID_BAD = re.compile(r"[^A-Za-z0-9._-]")


@dataclass(frozen=True)
class RankInfo:
    """One process's place in a distributed job (see the module docstring)."""

    rank: int
    world_size: int | None
    local_rank: int | None
    primary_rank: int
    #: True when ``init(rank=...)`` named the rank (then a shared id is required)
    explicit: bool

    @property
    def primary(self) -> bool:
        """True for the rank that owns run.json, summary.json and the writer lock."""
        return self.rank == self.primary_rank


def _int(value: object, name: str) -> int | None:
    """A non-negative int from an argument or an environment string; None when unset."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise UsageError(bad_argument(name, "a non-negative int", value))
    if isinstance(value, str):
        try:
            value = int(value.strip())
        except ValueError:
            raise UsageError(bad_argument(name, "a non-negative int", value,
                                          "Set it to the process's rank number.")) from None
    if not isinstance(value, int) or value < 0 or value > 1 << 20:
        raise UsageError(bad_argument(name, "a non-negative int (at most 2**20)", value))
    return value


def _env(environ: Mapping[str, str], *names: str) -> tuple[str, str | None]:
    for name in names:
        raw = environ.get(name)
        if raw is not None and raw.strip() != "":
            return name, raw
    return names[-1], None


def resolve_rank(environ: Mapping[str, str], rank: object = None, world_size: object = None,
                 local_rank: object = None, primary_rank: object = None) -> RankInfo | None:
    """This process's :class:`RankInfo`, or None when it is not one rank of a shared run.

    Arguments win over the environment (``VIZLOG_*`` over the torchrun names). Pure: pass
    ``os.environ``.
    """
    explicit = rank is not None
    if explicit:
        r = _int(rank, "rank")
        ws = _int(world_size, "world_size")
    else:
        shared = environ.get("VIZLOG_SHARED_RUN", "")
        if shared.strip().lower() in _FALSE and shared.strip() != "":
            return None
        wname, wraw = _env(environ, "VIZLOG_WORLD_SIZE", "WORLD_SIZE")
        ws = _int(world_size, "world_size") if world_size is not None \
            else _int(wraw, f"${wname}")
        if ws is None or ws < 2:
            return None
        name, raw = _env(environ, "VIZLOG_RANK", "RANK")
        r = _int(raw, f"${name}")
    if r is None:
        return None
    if ws is not None and r >= ws:
        raise UsageError(f"`rank` must be below `world_size`; got rank {r} with world_size "
                         f"{ws}. Check RANK/WORLD_SIZE (or the rank= and world_size= "
                         "arguments).")
    lname, lraw = _env(environ, "LOCAL_RANK")
    lr = _int(local_rank, "local_rank") if local_rank is not None else _int(lraw, f"${lname}")
    pname, praw = _env(environ, "VIZLOG_PRIMARY_RANK")
    pr = _int(primary_rank, "primary_rank") if primary_rank is not None \
        else _int(praw, f"${pname}")
    return RankInfo(rank=r, world_size=ws, local_rank=lr, primary_rank=pr or 0,
                    explicit=explicit)


def _as_id(text: str) -> str:
    """A run id made from a shared name (a torchelastic run id, a group name)."""
    out = _ID_BAD.sub("-", text.strip())[:128].lstrip(".")
    return out or "run"


def shared_run_id(environ: Mapping[str, str], info: RankInfo, run_id: str | None,
                  group: str | None) -> str | None:
    """The run id every rank of the job agrees on (see the module docstring), or None when
    there is none and the ranks come from the environment (each process then logs a run of its
    own). ``run_id`` is the id from ``init(id=)``/``VIZLOG_RUN_ID``/``WANDB_RUN_ID``."""
    if run_id:
        return run_id
    elastic = environ.get("TORCHELASTIC_RUN_ID", "").strip()
    if elastic and elastic.lower() != "none":
        return _as_id(elastic)
    if group:
        return _as_id(group)
    if info.explicit:
        raise UsageError("`rank` was given but the ranks share no run id, so they cannot find "
                         "their common run folder; pass the same `id=` (or `group=`) on every "
                         "rank, or set VIZLOG_RUN_ID in the job's environment.")
    return None
