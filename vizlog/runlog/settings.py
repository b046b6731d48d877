"""``vizlog.Settings``: wandb's common run settings as a frozen value, plus the environment and
``config-defaults.yaml`` rules that wandb applies at ``init``.

* :class:`Settings` takes wandb's common field names (``mode``, ``project``, ``entity``,
  ``run_name``, ``run_id``, ``run_group``, ``run_job_type``, ``run_notes``, ``run_tags``,
  ``root_dir``, ``resume``, ``silent``, ``quiet``, ``console``, ``save_code``, ``config_paths``,
  ...). Every field defaults to ``None``, meaning "not set", so layers merge with
  :meth:`Settings.merged` (a set field of the later layer wins). Any other keyword (wandb's
  server-only or private settings such as ``base_url``, ``api_key``, ``_disable_stats``,
  ``x_stats_sampling_interval``) is accepted, never an error, and kept in :attr:`Settings.extra`
  (readable as an attribute too: ``settings._disable_stats``).
* :func:`settings_from_env` reads wandb's ``WANDB_*`` variables (``MODE``, ``PROJECT``,
  ``ENTITY``, ``NAME``, ``NOTES``, ``TAGS`` comma-separated, ``RUN_ID``, ``RUN_GROUP``,
  ``JOB_TYPE``, ``DIR``, ``RESUME``, ``CONFIG_PATHS`` comma-separated, ``SILENT``, ``QUIET``,
  ``CONSOLE``, ``SAVE_CODE``, ``SWEEP_ID``) and the same names with the ``VIZLOG_`` prefix, which
  win. It takes the environment as an argument and reads nothing else.
* :func:`load_config_file` / :func:`load_config_defaults` read wandb's config YAML files
  (``{key: {"desc": ..., "value": ...}}``, optional ``wandb_version: 1``); PyYAML is imported only
  then, and its absence is a clear error.

Precedence at ``init`` (as wandb): ``init(...)`` keywords > ``init(settings=...)`` >
``VIZLOG_*`` > ``WANDB_*`` > defaults.
"""

from __future__ import annotations

import dataclasses
import math
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from vizlog.errors import UsageError, describe

__all__ = [
    "CONFIG_DEFAULTS_FILE",
    "MODES",
    "Settings",
    "load_config_defaults",
    "load_config_file",
    "load_config_paths",
    "resolve_settings",
    "settings_from_env",
]

#: wandb's accepted ``mode`` values; vizlog writes locally in all but ``"disabled"``.
MODES = ("online", "offline", "dryrun", "run", "shared", "disabled")
CONSOLE_VALUES = ("auto", "off", "wrap", "redirect", "wrap_raw", "wrap_emu")
RESUME_VALUES = ("allow", "must", "never", "auto")
CONFIG_DEFAULTS_FILE = "config-defaults.yaml"
_PROJECT_BAD_CHARS = "/\\#?%:"
_TRUE = ("y", "yes", "t", "true", "on", "1")
_FALSE = ("n", "no", "f", "false", "off", "0")

# environment variable suffix -> (field, parser name)
_ENV_FIELDS: dict[str, tuple[str, str]] = {
    "MODE": ("mode", "str"),
    "PROJECT": ("project", "str"),
    "ENTITY": ("entity", "str"),
    "NAME": ("run_name", "str"),
    "NOTES": ("run_notes", "str"),
    "TAGS": ("run_tags", "list"),
    "RUN_ID": ("run_id", "str"),
    "RUN_GROUP": ("run_group", "str"),
    "JOB_TYPE": ("run_job_type", "str"),
    "DIR": ("root_dir", "str"),
    "RESUME": ("resume", "str"),
    "CONFIG_PATHS": ("config_paths", "list"),
    "SILENT": ("silent", "bool"),
    "QUIET": ("quiet", "bool"),
    "CONSOLE": ("console", "str"),
    "SAVE_CODE": ("save_code", "bool"),
    "SWEEP_ID": ("sweep_id", "str"),
}
# vizlog's own variables (no WANDB_ equivalent): VIZLOG_<suffix> -> (field, parser name)
_VIZLOG_ENV_FIELDS: dict[str, tuple[str, str]] = {
    "HISTORY_CHUNK_BYTES": ("history_chunk_bytes", "int"),
    "HISTORY_CHUNK_SECONDS": ("history_chunk_seconds", "float"),
    "COLUMNAR_COPY": ("columnar_copy", "bool"),
    "COLUMNAR_COPY_MIN_BYTES": ("columnar_copy_min_bytes", "int"),
}


@dataclass(frozen=True, init=False)
class Settings:
    """Run settings as in ``wandb.Settings`` (see the module docstring). Frozen: derive a changed
    copy with :meth:`replace` or :meth:`merged`. Unknown keywords land in :attr:`extra`.

    Raises :class:`~vizlog.errors.UsageError` (as wandb) for a ``mode``, ``console``,
    ``project`` or ``resume`` value wandb would refuse, and for a wrongly typed field.
    """

    mode: str | None = None
    project: str | None = None
    entity: str | None = None
    run_name: str | None = None
    run_id: str | None = None
    run_group: str | None = None
    run_job_type: str | None = None
    run_notes: str | None = None
    run_tags: tuple[str, ...] | None = None
    root_dir: str | None = None
    resume: str | bool | None = None
    silent: bool | None = None
    quiet: bool | None = None
    console: str | None = None
    save_code: bool | None = None
    config_paths: tuple[str, ...] | None = None
    sweep_id: str | None = None
    reinit: bool | None = None
    allow_val_change: bool | None = None
    disabled: bool | None = None
    start_method: str | None = None
    #: object storage only: a history chunk is written once this many bytes are buffered ...
    history_chunk_bytes: int | None = None
    #: ... or once its oldest record has waited this many seconds (docs/object-storage.md)
    history_chunk_seconds: float | None = None
    #: False: ``finish()`` writes no columnar copy of the run's history (docs/cluster.md); True:
    #: ``finish()`` writes it before returning; None (default): a local run's copy is written
    #: by a background process started at ``finish()`` ...
    columnar_copy: bool | None = None
    #: ... and a stream of under this many bytes gets none either (default 1 MiB)
    columnar_copy_min_bytes: int | None = None
    extra: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))

    def __init__(self, *, mode: str | None = None, project: str | None = None,
                 entity: str | None = None, run_name: str | None = None,
                 run_id: str | None = None, run_group: str | None = None,
                 run_job_type: str | None = None, run_notes: str | None = None,
                 run_tags: Iterable[str] | str | None = None,
                 root_dir: str | os.PathLike[str] | None = None,
                 resume: str | bool | None = None, silent: bool | None = None,
                 quiet: bool | None = None, console: str | None = None,
                 save_code: bool | None = None,
                 config_paths: Iterable[str | os.PathLike[str]] | str | None = None,
                 sweep_id: str | None = None, reinit: bool | None = None,
                 allow_val_change: bool | None = None, disabled: bool | None = None,
                 start_method: str | None = None, history_chunk_bytes: int | None = None,
                 history_chunk_seconds: float | None = None,
                 columnar_copy: bool | None = None, columnar_copy_min_bytes: int | None = None,
                 extra: Mapping[str, Any] | None = None,
                 **unknown: Any) -> None:
        values: dict[str, Any] = {
            "mode": _opt_choice(mode, "mode", MODES),
            "project": _project(project),
            "entity": _opt_str(entity, "entity"),
            "run_name": _opt_str(run_name, "run_name"),
            "run_id": _opt_str(run_id, "run_id"),
            "run_group": _opt_str(run_group, "run_group"),
            "run_job_type": _opt_str(run_job_type, "run_job_type"),
            "run_notes": _opt_str(run_notes, "run_notes"),
            "run_tags": _opt_strs(run_tags, "run_tags"),
            "root_dir": None if root_dir is None else os.fspath(root_dir),
            "resume": _resume(resume),
            "silent": _opt_bool(silent, "silent"),
            "quiet": _opt_bool(quiet, "quiet"),
            "console": _opt_choice(console, "console", CONSOLE_VALUES),
            "save_code": _opt_bool(save_code, "save_code"),
            "config_paths": _opt_strs(config_paths, "config_paths"),
            "sweep_id": _opt_str(sweep_id, "sweep_id"),
            "reinit": _opt_bool(reinit, "reinit"),
            "allow_val_change": _opt_bool(allow_val_change, "allow_val_change"),
            "disabled": _opt_bool(disabled, "disabled"),
            "start_method": _opt_str(start_method, "start_method"),
            "history_chunk_bytes": _opt_positive(history_chunk_bytes, "history_chunk_bytes",
                                                 int),
            "history_chunk_seconds": _opt_positive(history_chunk_seconds,
                                                   "history_chunk_seconds", float),
            "columnar_copy": _opt_bool(columnar_copy, "columnar_copy"),
            "columnar_copy_min_bytes": _opt_positive(columnar_copy_min_bytes,
                                                     "columnar_copy_min_bytes", int),
        }
        merged_extra = dict(extra or {})
        merged_extra.update(unknown)
        for name, value in values.items():
            object.__setattr__(self, name, value)
        object.__setattr__(self, "extra", MappingProxyType(dict(sorted(merged_extra.items()))))

    def __getattr__(self, name: str) -> Any:
        # only called for names that are not fields: wandb's server-only/private settings
        extra = self.__dict__.get("extra")
        if extra is not None and name in extra:
            return extra[name]
        raise AttributeError(f"'Settings' has no setting {name!r}")

    def __hash__(self) -> int:
        return hash(repr(sorted(self.to_dict().items())))

    # -- derived values -----------------------------------------------------------------------
    @property
    def is_disabled(self) -> bool:
        """True when the run must write nothing (``mode="disabled"`` or ``disabled=True``)."""
        return self.mode == "disabled" or self.disabled is True

    @property
    def effective_mode(self) -> str:
        """``"disabled"`` or ``"offline"``: vizlog never talks to a server."""
        return "disabled" if self.is_disabled else "offline"

    # -- copies ---------------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """The set fields (``None`` left out) and the extra settings, as one plain dict."""
        out = {f.name: getattr(self, f.name) for f in dataclasses.fields(self)
               if f.name != "extra" and getattr(self, f.name) is not None}
        out.update(self.extra)
        return out

    def replace(self, **changes: Any) -> Settings:
        """A copy with ``changes`` applied (unknown names go to :attr:`extra`)."""
        kwargs = self._kwargs()
        extra = dict(kwargs.pop("extra"))
        for key, value in changes.items():
            if key in kwargs:
                kwargs[key] = value
            else:
                extra[key] = value
        return Settings(extra=extra, **kwargs)

    def merged(self, *layers: Settings | Mapping[str, Any] | None) -> Settings:
        """This settings object overlaid with ``layers`` in order: a field a later layer sets
        (not ``None``) wins; extra settings merge key by key."""
        out = self
        for layer in layers:
            if layer is None:
                continue
            if not isinstance(layer, Settings):
                if not isinstance(layer, Mapping):
                    raise UsageError(f"`settings` must be a vizlog.Settings or a dict; got "
                                     f"{describe(layer)}.")
                layer = Settings(**dict(layer))
            changes = {k: v for k, v in layer._kwargs().items() if k != "extra" and v is not None}
            changes.update(layer.extra)
            out = out.replace(**changes)
        return out

    def _kwargs(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}


# -- field checks ------------------------------------------------------------------------------
def _opt_str(value: Any, name: str) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise UsageError(f"Settings field `{name}` must be a str or None; got {describe(value)}.")


def _opt_bool(value: Any, name: str) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, str):
        return _parse_bool(value, f"Settings field `{name}`")
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    raise UsageError(f"Settings field `{name}` must be a bool; got {describe(value)}.")


def _opt_positive(value: Any, name: str, kind: type[int] | type[float]) -> Any:
    """``value`` as a number > 0 of ``kind`` (a numeric string is parsed), or None."""
    if value is None:
        return None
    parsed: Any = value
    if isinstance(value, str):
        try:
            parsed = kind(value.strip())
        except ValueError:
            parsed = None
    ok = isinstance(parsed, (int, float)) and not isinstance(parsed, bool) and \
        math.isfinite(parsed) and parsed > 0
    if ok and kind is int and not float(parsed).is_integer():
        ok = False
    if not ok:
        what = "an int" if kind is int else "a number"
        raise UsageError(f"Settings field `{name}` must be {what} > 0; got {describe(value)}.")
    return kind(parsed)


def _parse_bool(text: str, where: str) -> bool:
    low = text.strip().lower()
    if low in _TRUE:
        return True
    if low in _FALSE:
        return False
    raise UsageError(f"{where}: could not parse {text!r} as a bool; use one of "
                     f"{', '.join(_TRUE)} or {', '.join(_FALSE)}.")


def _opt_strs(value: Any, name: str) -> tuple[str, ...] | None:
    if value is None:
        return None
    if isinstance(value, str):
        return tuple(value.split(","))
    if isinstance(value, os.PathLike):
        return (os.fspath(value),)
    try:
        items = tuple(os.fspath(v) if isinstance(v, os.PathLike) else v for v in value)
    except TypeError:
        raise UsageError(f"Settings field `{name}` must be a list of str or a comma-separated "
                         f"str; got {describe(value)}.") from None
    bad = [v for v in items if not isinstance(v, str)]
    if bad:
        raise UsageError(f"Settings field `{name}` must hold only str; got {describe(bad[0])}.")
    return items


def _opt_choice(value: Any, name: str, choices: tuple[str, ...]) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or value not in choices:
        raise UsageError(f"Settings field `{name}`: {value!r} is not one of "
                         f"{', '.join(map(repr, choices))}.")
    return value


def _project(value: Any) -> str | None:
    name = _opt_str(value, "project")
    if name is None:
        return None
    if len(name) > 128:
        raise UsageError(f"Invalid project name {name[:20]!r}...: exceeded 128 characters; "
                         "use a shorter name.")
    bad = sorted({c for c in name if c in _PROJECT_BAD_CHARS})
    if bad:
        raise UsageError(f"Invalid project name {name!r}: cannot contain the characters "
                         f"{_PROJECT_BAD_CHARS!r}; found {''.join(bad)!r}. Remove them.")
    return name


def _resume(value: Any) -> str | bool | None:
    # wandb: False means "no resume"; any other str (a run id) is kept for init to interpret
    if value is None or value is False:
        return None
    if value is True or isinstance(value, str):
        return value
    raise UsageError(f"Settings field `resume` must be a bool, one of "
                     f"{', '.join(map(repr, RESUME_VALUES))}, or a run id; got "
                     f"{describe(value)}.")


# -- environment -------------------------------------------------------------------------------
def settings_from_env(environ: Mapping[str, str]) -> Settings:
    """Settings from the ``WANDB_*`` variables of ``environ`` overlaid with their ``VIZLOG_*``
    equivalents (see the module docstring). Empty values count as unset; other ``WANDB_*``
    variables are ignored, as wandb ignores the ones it does not know. Pure: pass
    ``os.environ`` to read the process environment."""
    values: dict[str, Any] = {}
    for prefix in ("WANDB_", "VIZLOG_"):
        for suffix, (name, kind) in _ENV_FIELDS.items():
            raw = environ.get(prefix + suffix)
            if raw is None or raw == "":
                continue
            if kind == "list":
                values[name] = tuple(s.strip() for s in raw.split(",") if s.strip())
            elif kind == "bool":
                values[name] = _parse_bool(raw, f"${prefix}{suffix}")
            else:
                values[name] = raw
    for suffix, (name, _kind) in _VIZLOG_ENV_FIELDS.items():
        raw = environ.get("VIZLOG_" + suffix)
        if raw:
            values[name] = raw  # parsed and checked by Settings
    if values.get("resume") is not None:
        low = str(values["resume"]).lower()
        if low in _TRUE and low not in RESUME_VALUES:
            values["resume"] = True
        elif low in _FALSE and low not in RESUME_VALUES:
            values["resume"] = None
    return Settings(**values)


#: ``init()`` keyword -> Settings field (wandb's param_map); other keywords keep their name.
INIT_NAMES = {"name": "run_name", "id": "run_id", "tags": "run_tags", "group": "run_group",
              "job_type": "run_job_type", "notes": "run_notes", "dir": "root_dir"}


def resolve_settings(environ: Mapping[str, str], settings: Settings | Mapping[str, Any] | None
                     = None, **init_args: Any) -> Settings:
    """The settings of one ``init()`` call, layered as wandb does: ``WANDB_*`` < ``VIZLOG_*``
    (:func:`settings_from_env`) < ``settings=`` < the ``init()`` keywords given (``None`` means
    not given; ``name``, ``id``, ``tags``, ``group``, ``job_type``, ``notes`` and ``dir`` map to
    the ``run_*``/``root_dir`` fields). wandb's resume rules then apply: ``resume=True`` is
    ``"auto"``; a ``resume`` string that is not ``allow``/``must``/``never``/``auto`` is a run id
    (it becomes ``run_id`` unless one is set) with ``resume="allow"``. Pure."""
    args = {INIT_NAMES.get(k, k): v for k, v in init_args.items() if v is not None}
    out = settings_from_env(environ).merged(settings, args)
    if out.resume is True:
        out = out.replace(resume="auto")
    elif isinstance(out.resume, str) and out.resume not in RESUME_VALUES:
        out = out.replace(run_id=out.run_id or out.resume, resume="allow")
    return out


# -- config files ------------------------------------------------------------------------------
def _yaml() -> Any:
    try:
        import yaml
    except ImportError:
        raise UsageError("reading a config YAML file (config-defaults.yaml or config_paths) "
                         "needs PyYAML, which is not installed; install it with "
                         "`pip install pyyaml` (or `pip install vizlog[yaml]`), or pass the "
                         "config to init() as a dict.") from None
    return yaml


def load_config_file(path: str | os.PathLike[str], must_exist: bool = False
                     ) -> dict[str, Any] | None:
    """Read a wandb config YAML file: each top-level key maps to ``{"value": ..., "desc": ...}``
    and contributes ``value``; an optional ``wandb_version`` must be 1. Returns ``None`` when the
    file is missing (an error if ``must_exist``) or empty, as wandb does."""
    p = Path(os.fspath(path))
    if not p.exists():
        if must_exist:
            raise UsageError(f"config file {p} does not exist; check the path.")
        return None
    yaml = _yaml()
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"could not read config file {p} ({exc.strerror}).") from None
    try:
        loaded = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise UsageError(f"config file {p} is not valid YAML ({exc}); fix the file.") from None
    if loaded is None:
        return None
    if not isinstance(loaded, dict):
        raise UsageError(f"config file {p} must hold a mapping of key -> {{value: ...}}; got "
                         f"{describe(loaded)}.")
    version = loaded.pop("wandb_version", None)
    if version is not None and version != 1:
        raise UsageError(f"config file {p} has wandb_version {version!r}; only 1 is known.")
    out: dict[str, Any] = {}
    for key, entry in loaded.items():
        if not isinstance(entry, dict) or "value" not in entry:
            raise UsageError(f"config file {p}: key {key!r} must map to {{value: ..., desc: ...}}"
                             f"; got {describe(entry)}. Write `{key}:\\n  value: ...`.")
        out[str(key)] = entry["value"]
    return out


def load_config_defaults(cwd: str | os.PathLike[str] = ".") -> dict[str, Any] | None:
    """``config-defaults.yaml`` in ``cwd`` (wandb reads it from the working directory at
    ``init``), or ``None`` when there is none. PyYAML is needed only if the file exists."""
    return load_config_file(Path(os.fspath(cwd)) / CONFIG_DEFAULTS_FILE)


def load_config_paths(paths: Iterable[str | os.PathLike[str]] | None) -> dict[str, Any]:
    """The config files of ``config_paths`` (``WANDB_CONFIG_PATHS``) merged in order, later
    files winning; missing or empty files are skipped, as wandb does."""
    out: dict[str, Any] = {}
    for path in paths or ():
        loaded = load_config_file(path)
        if loaded:
            out.update(loaded)
    return out
