"""Vega-Lite spec files: loading, checking, the registry of names, and binding placeholders.

A chart spec is a complete Vega-Lite (v6, v5 accepted) JSON document whose data is one named
source (``"data": {"name": "table"}``) and whose bindable parts are placeholders inside string
values, wandb's convention:

* ``"${field:x}"`` is replaced by the table column bound to field ``x``. When the whole string is
  the placeholder the column name is escaped for a Vega-Lite field reference (``\\``, ``.``, ``[``
  and ``]`` get a backslash); inside a longer string it is inserted as it is.
* ``"${string:title}"`` is replaced by the string bound to ``title`` (or its default).

An optional ``usermeta.vizlog`` block declares the placeholders: ``fields`` maps each field to
``{"description": ..., "required": true|false}`` and ``strings`` maps each string to
``{"default": ...}``. Without it every field is required and every string defaults to ``""``. An
unbound optional field removes the JSON object whose ``"field"`` is its placeholder (an encoding
channel, a tooltip entry). A field used as ``"type": "quantitative"`` must be bound to a numeric
column.

Built-in specs live in ``vizlog/vega_specs/<name>.vl.json``; they answer to ``<name>``,
``vizlog/<name>`` and, for wandb compatibility, to wandb's preset ids (:data:`WANDB_IDS`). Add
your own with :func:`register_spec` (a dict or a file) or :func:`register_spec_folder`, or pass a
path to a ``.vl.json`` file (or a spec dict) wherever a spec name is accepted.

Specs never load remote data: a ``url`` key anywhere in a spec (data sources, image marks,
``url`` channels) is refused, and rendering allows no base URL.
"""

from __future__ import annotations

import copy
import dataclasses
import hashlib
import json
import os
import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vizlog import _json
from vizlog.errors import ChartBindingError, describe

__all__ = [
    "BUILTIN_DIR",
    "WANDB_IDS",
    "FieldInfo",
    "VegaSpec",
    "builtin_names",
    "check_remote",
    "check_spec",
    "escape_field",
    "get_spec",
    "known_specs",
    "register_spec",
    "register_spec_folder",
    "schema_errors",
    "unregister_spec",
]

BUILTIN_DIR = Path(__file__).resolve().parent.parent / "vega_specs"
SUFFIX = ".vl.json"
#: wandb preset ids (``panelDefId``) -> the built-in spec that draws the same chart.
WANDB_IDS = {
    "wandb/line/v0": "line",
    "wandb/scatter/v0": "scatter",
    "wandb/bar/v0": "bar",
    "wandb/histogram/v0": "histogram",
    "wandb/lineseries/v0": "line_series",
    "wandb/area-under-curve/v0": "area_under_curve",
    "wandb/confusion_matrix/v1": "confusion_matrix",
    "wandb/pr_curve/v1": "pr_curve",
    "wandb/roc/v1": "roc_curve",
}
#: The wandb id each built-in answers to (the inverse of :data:`WANDB_IDS`, for descriptors).
WANDB_ID_OF = {
    "line": "wandb/line/v0", "scatter": "wandb/scatter/v0", "bar": "wandb/bar/v0",
    "histogram": "wandb/histogram/v0", "line_series": "wandb/lineseries/v0",
    "area_under_curve": "wandb/area-under-curve/v0", "pr_curve": "wandb/area-under-curve/v0",
    "roc_curve": "wandb/area-under-curve/v0", "confusion_matrix": "wandb/confusion_matrix/v1",
}
_PLACEHOLDER = re.compile(r"\$\{(field|string):([^}]*)\}")
_SCHEMA = re.compile(r"vega-lite/v(\d+)(?:\.[\d.]+)?\.json$")
_ESCAPE = re.compile(r"([\\.\[\]])")


def escape_field(name: str) -> str:
    """``name`` as a Vega-Lite field reference to a flat column (``a.b`` -> ``a\\.b``)."""
    return _ESCAPE.sub(r"\\\1", name)


@dataclass(frozen=True)
class FieldInfo:
    """A ``${field:...}`` placeholder of a spec."""

    name: str
    required: bool
    numeric: bool
    description: str = ""


@dataclass(frozen=True)
class VegaSpec:
    """A checked spec template: see the module docstring."""

    name: str
    text: str  # canonical JSON of the template
    fields: Mapping[str, FieldInfo]
    strings: Mapping[str, str]  # name -> default
    data_name: str
    sha256: str
    schema: str
    source: str

    @property
    def template(self) -> dict[str, Any]:
        """A fresh copy of the template dict."""
        return dict(json.loads(self.text))

    def resolve(self, fields: Mapping[str, str | None], strings: Mapping[str, str]
                ) -> dict[str, Any]:
        """The template with every placeholder replaced (bindings must be checked already)."""
        out = _substitute(self.template, fields, strings, top=True)
        if isinstance(out, dict):
            return out
        raise ChartBindingError(f"spec {self.name!r} resolved to nothing")  # pragma: no cover


class _Drop:
    """Marks a JSON object removed because its optional field is unbound."""


_DROP = _Drop()


def _replace(text: str, fields: Mapping[str, str | None], strings: Mapping[str, str]) -> Any:
    whole = _PLACEHOLDER.fullmatch(text)
    if whole is not None:
        kind, name = whole.groups()
        if kind == "string":
            return strings[name]
        column = fields.get(name)
        return _DROP if column is None else escape_field(column)

    def sub(m: re.Match[str]) -> str:
        kind, name = m.groups()
        value = strings[name] if kind == "string" else fields.get(name)
        return "" if value is None else value

    return _PLACEHOLDER.sub(sub, text)


def _substitute(node: Any, fields: Mapping[str, str | None], strings: Mapping[str, str],
                top: bool = False) -> Any:
    if isinstance(node, str):
        return _replace(node, fields, strings)
    if isinstance(node, list):
        items = [_substitute(v, fields, strings) for v in node]
        return [v for v in items if v is not _DROP]
    if isinstance(node, dict):
        out = {}
        for k, v in node.items():
            if k == "usermeta" and top:
                out[k] = v
                continue
            new = _substitute(v, fields, strings)
            if new is _DROP:
                if k == "field":
                    return _DROP  # the object naming an unbound optional field goes away
                continue
            out[k] = new
        return out
    return node


# -- checking ---------------------------------------------------------------------------------
def _walk(node: Any, path: str, on_str: Any, on_dict: Any, depth: int = 0) -> None:
    if depth > _json.MAX_DEPTH and isinstance(node, (list, dict)):
        raise ChartBindingError(f"a spec is nested more than {_json.MAX_DEPTH} levels deep (at "
                                f"{path[:120]}...); Vega-Lite specs are never that deep. "
                                "Check how the spec was built.")
    if isinstance(node, str):
        on_str(node, path)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            _walk(v, f"{path}[{i}]", on_str, on_dict, depth + 1)
    elif isinstance(node, dict):
        on_dict(node, path)
        for k, v in node.items():
            if path == "" and k == "usermeta":  # free-form: only its depth is checked
                _walk(v, k, _ignore, _ignore, depth + 1)
                continue
            _walk(v, f"{path}.{k}" if path else k, on_str, on_dict, depth + 1)


def _ignore(node: Any, path: str) -> None:
    return None


def check_remote(spec: Mapping[str, Any], where: str) -> None:
    """Refuse a spec that could load anything: a ``url`` key anywhere (data sources, image
    marks, ``url`` channels), outside ``usermeta``."""
    def on_dict(node: Mapping[str, Any], path: str) -> None:
        if "url" in node:
            raise ChartBindingError(
                f"{where} has a \"url\" at {path or 'the top level'}: vizlog specs never load "
                "remote data. Put the data in the table, or inline it as \"values\".")

    _walk(spec, "", lambda text, path: None, on_dict)


def check_spec(spec: Any, name: str, source: str = "inline") -> VegaSpec:
    """Check a spec template and return it as a :class:`VegaSpec` (see the module docstring)."""
    where = f"spec {name!r} ({source})"
    if not isinstance(spec, Mapping):
        raise ChartBindingError(f"{where} must be a JSON object; got {describe(spec)}.")
    schema = spec.get("$schema")
    m = _SCHEMA.search(schema) if isinstance(schema, str) else None
    if m is None or m.group(1) not in ("5", "6"):
        raise ChartBindingError(
            f"{where} must pin a Vega-Lite v6 (or v5) schema with \"$schema\", e.g. "
            f"\"https://vega.github.io/schema/vega-lite/v6.json\"; got {schema!r}.")
    data = spec.get("data")
    if not (isinstance(data, Mapping) and set(data) == {"name"} and isinstance(data["name"], str)
            and data["name"]):
        raise ChartBindingError(
            f"{where} must read one named data source at the top level, "
            f"\"data\": {{\"name\": \"table\"}}; got \"data\": {_json.dumps(data)}.")
    found: dict[str, set[str]] = {"field": set(), "string": set()}
    whole_fields: dict[str, list[str]] = {}
    numeric: set[str] = set()
    problems: list[str] = []

    def on_str(text: str, path: str) -> None:
        for kind, pname in _PLACEHOLDER.findall(text):
            if not pname:
                problems.append(f"empty placeholder at {path}")
            found[kind].add(pname)
            if kind == "field":
                whole = _PLACEHOLDER.fullmatch(text)
                whole_fields.setdefault(pname, []).append(
                    path if whole is not None and path.endswith(".field") else "")

    def on_dict(node: Mapping[str, Any], path: str) -> None:
        for k in node:
            if _PLACEHOLDER.search(str(k)):
                problems.append(f"placeholder in the key {k!r} at {path or 'the top level'} "
                                "(placeholders go in string values only)")
        f = node.get("field")
        if node.get("type") == "quantitative" and isinstance(f, str):
            whole = _PLACEHOLDER.fullmatch(f)
            if whole is not None and whole.group(1) == "field":
                numeric.add(whole.group(2))

    check_remote(spec, where)
    _walk(spec, "", on_str, on_dict)
    if problems:
        raise ChartBindingError(f"{where}: {'; '.join(sorted(problems))}.")
    meta = spec.get("usermeta", {}).get("vizlog") if isinstance(spec.get("usermeta"),
                                                               Mapping) else None
    declared_f: Mapping[str, Any] = {}
    declared_s: Mapping[str, Any] = {}
    if meta is not None:
        if not isinstance(meta, Mapping):
            raise ChartBindingError(f"{where}: usermeta.vizlog must be an object.")
        declared_f = meta.get("fields") or {}
        declared_s = meta.get("strings") or {}
        for kind, declared in (("field", declared_f), ("string", declared_s)):
            unused = sorted(set(declared) - found[kind])
            undeclared = sorted(found[kind] - set(declared))
            if unused or undeclared:
                raise ChartBindingError(
                    f"{where}: usermeta.vizlog.{kind}s must list exactly the ${{{kind}:...}} "
                    f"placeholders the spec uses; declared but unused: {unused or 'none'}, used "
                    f"but undeclared: {undeclared or 'none'}.")
    fields: dict[str, FieldInfo] = {}
    for fname in sorted(found["field"]):
        info = declared_f.get(fname) or {}
        required = bool(info.get("required", True))
        if not required and any(p == "" for p in whole_fields.get(fname, [""])):
            raise ChartBindingError(
                f"{where}: optional field {fname!r} may only appear as a whole \"field\" value "
                f"(\"field\": \"${{field:{fname}}}\") so that it can be left out; make it "
                "required or use it only that way.")
        fields[fname] = FieldInfo(fname, required, fname in numeric,
                                  str(info.get("description", "")))
    strings: dict[str, str] = {}
    for sname in sorted(found["string"]):
        default = (declared_s.get(sname) or {}).get("default", "")
        if not isinstance(default, str):
            raise ChartBindingError(f"{where}: the default of string {sname!r} must be a str; "
                                    f"got {describe(default)}.")
        strings[sname] = default
    text = _json.dumps(spec)
    return VegaSpec(name=name, text=text, fields=fields, strings=strings,
                    data_name=data["name"], sha256=hashlib.sha256(text.encode()).hexdigest(),
                    schema=str(schema), source=source)


_validator: Any = None


def schema_errors(spec: Mapping[str, Any]) -> list[str] | None:
    """Messages of ``spec``'s violations of the Vega-Lite v6 JSON schema that altair ships, or
    ``None`` when altair (with jsonschema) is not installed (``pip install "vizlog[charts]"``)."""
    global _validator
    if _validator is None:
        try:
            import altair
            import jsonschema
        except ImportError:
            return None
        path = Path(altair.__file__).parent / "vegalite" / "v6" / "schema" / \
            "vega-lite-schema.json"
        schema = json.loads(path.read_text(encoding="utf-8"))
        _validator = jsonschema.validators.validator_for(schema)(schema)
    leaves: list[Any] = []

    def collect(err: Any) -> None:
        if err.context:
            for sub in err.context:
                collect(sub)
        else:
            leaves.append(err)

    for err in _validator.iter_errors(spec):
        collect(err)
    # the deepest errors point at what is wrong (the shallow ones are other anyOf branches)
    leaves.sort(key=lambda e: -len(e.absolute_path))
    out: list[str] = []
    for e in leaves:
        loc = "/".join(str(p) for p in e.absolute_path) or "(top level)"
        text = f"at {loc}: {e.message[:160]}"
        if text not in out:
            out.append(text)
        if len(out) == 3:
            break
    return out


# -- registry ---------------------------------------------------------------------------------
_lock = threading.Lock()
_builtin_cache: dict[str, VegaSpec] = {}
_user: dict[str, VegaSpec] = {}


def builtin_names() -> list[str]:
    """Names of the specs shipped in ``vizlog/vega_specs``."""
    return sorted(p.name[: -len(SUFFIX)] for p in BUILTIN_DIR.glob(f"*{SUFFIX}"))


def known_specs() -> list[str]:
    """Every name :func:`get_spec` accepts, except paths: built-ins, user specs, wandb ids."""
    return sorted({*builtin_names(), *_user, *WANDB_IDS})


def _load_file(path: Path, name: str) -> VegaSpec:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ChartBindingError(f"spec file {str(path)!r} cannot be read ({exc.strerror}). "
                                "Pass the path of an existing .vl.json file.") from None
    try:
        spec = json.loads(raw)
    except (ValueError, RecursionError) as exc:
        raise ChartBindingError(f"spec file {str(path)!r} is not valid JSON ({exc}).") from None
    return check_spec(spec, name, str(path))


def _builtin(name: str) -> VegaSpec:
    with _lock:
        spec = _builtin_cache.get(name)
    if spec is None:
        spec = _load_file(BUILTIN_DIR / f"{name}{SUFFIX}", name)
        spec = dataclasses.replace(spec, source="builtin")
        with _lock:
            _builtin_cache[name] = spec
    return spec


_schema_checked: set[str] = set()  # sha256 of templates that passed the schema check


def _checked_user(spec: VegaSpec, validate: bool) -> VegaSpec:
    if validate and spec.sha256 not in _schema_checked:
        errors = schema_errors(json.loads(spec.text))
        if errors:
            raise ChartBindingError(
                f"spec {spec.name!r} ({spec.source}) is not valid Vega-Lite v6: "
                f"{'; '.join(errors)}. Fix the spec, or pass `validate=False` to skip the "
                "schema check.")
        if errors is not None:
            _schema_checked.add(spec.sha256)
    return spec


def register_spec(name: str, spec: Mapping[str, Any] | str | os.PathLike[str], *,
                  overwrite: bool = False, validate: bool = True) -> VegaSpec:
    """Register a spec (a dict, or the path of a ``.vl.json`` file) under ``name``.

    The spec is checked as described in the module docstring; with ``validate`` it is also
    checked against altair's Vega-Lite schema when altair is installed. Built-in names and wandb
    ids cannot be replaced; another user spec only with ``overwrite=True``.
    """
    if not isinstance(name, str) or not name.strip() or _PLACEHOLDER.search(name):
        raise ChartBindingError(f"`name` must be a non-empty str; got {name!r}.")
    if name in builtin_names() or name in WANDB_IDS or name.startswith("vizlog/"):
        raise ChartBindingError(f"`name` {name!r} belongs to a built-in spec; pick another name.")
    if isinstance(spec, (str, os.PathLike)):
        checked = _load_file(Path(os.fspath(spec)), name)
    else:
        checked = check_spec(spec, name)
    checked = _checked_user(checked, validate)
    with _lock:
        if name in _user and not overwrite and _user[name].sha256 != checked.sha256:
            raise ChartBindingError(f"a different spec is already registered as {name!r}; pass "
                                    "`overwrite=True` to replace it.")
        _user[name] = checked
    return checked


def register_spec_folder(folder: str | os.PathLike[str], prefix: str = "", *,
                         overwrite: bool = False, validate: bool = True) -> list[str]:
    """Register every ``<name>.vl.json`` in ``folder`` as ``<prefix><name>``; returns the names."""
    root = Path(os.fspath(folder))
    if not root.is_dir():
        raise ChartBindingError(f"`folder` must be a directory of {SUFFIX} files; got "
                                f"{str(root)!r}.")
    names = []
    for path in sorted(root.glob(f"*{SUFFIX}")):
        if not path.is_file():
            continue
        name = f"{prefix}{path.name[: -len(SUFFIX)]}"
        register_spec(name, path, overwrite=overwrite, validate=validate)
        names.append(name)
    if not names:
        raise ChartBindingError(f"`folder` {str(root)!r} holds no {SUFFIX} files.")
    return names


def unregister_spec(name: str) -> None:
    """Forget a spec registered with :func:`register_spec` (no error if unknown)."""
    with _lock:
        _user.pop(name, None)


def get_spec(spec: Any) -> VegaSpec:
    """The spec for a name, wandb id, ``vizlog/<name>``, ``.vl.json`` path or spec dict."""
    if isinstance(spec, VegaSpec):
        return spec
    if isinstance(spec, Mapping):
        return _checked_user(check_spec(copy.deepcopy(dict(spec)), "inline"), True)
    if isinstance(spec, os.PathLike):
        path = Path(os.fspath(spec))
        return _checked_user(_load_file(path, path.name.removesuffix(SUFFIX)), True)
    if not isinstance(spec, str):
        raise ChartBindingError(f"`vega_spec_name` must be a spec name, a path to a {SUFFIX} "
                                f"file or a spec dict; got {describe(spec)}.")
    with _lock:
        user = _user.get(spec)
    if user is not None:
        return user
    name = WANDB_IDS.get(spec, spec.removeprefix("vizlog/"))
    if name in builtin_names():
        return _builtin(name)
    if spec.endswith(".json") and Path(spec).is_file():
        path = Path(spec)
        return _checked_user(_load_file(path, path.name.removesuffix(SUFFIX)), True)
    raise ChartBindingError(
        f"unknown spec {spec!r}; known specs are: {', '.join(known_specs())}. Pass the path of "
        f"a {SUFFIX} file, a spec dict, or register one with "
        "`vizlog.charts.register_spec(name, spec)`.")
