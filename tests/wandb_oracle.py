"""Run one sequence of ``define_metric``/``log``/summary operations through vizlog and, when it is
installed, through wandb itself (offline, in a subprocess), and return what each produced.

An operation is a list: ``["define", name, kwargs]``, ``["define_with_metric", name, step_name,
kwargs]`` (``step_metric`` given as the object ``define_metric(step_name)`` returned),
``["log", data]``, ``["log", data, kwargs]``, ``["set", key, value]``, ``["del", key]``.
Both sides return ``{"summary": ..., "history": [...]}`` with keys starting with ``_`` dropped and
history rows flattened to dotted keys (wandb's transaction log stores them flat). wandb's summary
is read from the live run before ``finish()`` (offline wandb writes no ``wandb-summary.json``);
its history comes from the run's ``.wandb`` transaction log.
"""

from __future__ import annotations

import importlib.util
import json
import math
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

__all__ = ["HAVE_WANDB", "run_vizlog", "run_wandb", "same"]

HAVE_WANDB = importlib.util.find_spec("wandb") is not None

_SCRIPT = r'''
import glob, json, os, struct, sys, time
import wandb
from wandb.proto import wandb_internal_pb2 as pb

def records(path):
    data = open(path, "rb").read()
    pos, out, buf = 7, [], b""
    while pos + 7 <= len(data):
        left = 32768 - pos % 32768
        if left < 7:
            pos += left
            continue
        _, ln, typ = struct.unpack("<IHB", data[pos:pos + 7])
        pos += 7
        if typ == 0 and ln == 0:
            break
        chunk, pos = data[pos:pos + ln], pos + ln
        if typ == 1:
            out.append(chunk)
        elif typ == 2:
            buf = chunk
        elif typ == 3:
            buf += chunk
        elif typ == 4:
            out.append(buf + chunk)
            buf = b""
    for c in out:
        r = pb.Record()
        r.ParseFromString(c)
        yield r

ops = json.loads(sys.stdin.read())
run = wandb.init(project="oracle")
for op in ops:
    kind = op[0]
    if kind == "define":
        run.define_metric(op[1], **op[2])
    elif kind == "define_with_metric":
        run.define_metric(op[1], step_metric=run.define_metric(op[2]), **op[3])
    elif kind == "log":
        run.log(op[1], **(op[2] if len(op) > 2 else {}))
    elif kind == "set":
        run.summary[op[1]] = op[2]
    elif kind == "del":
        del run.summary[op[1]]
summary = run.summary._as_dict()
folder = os.path.dirname(run.dir)
run.finish()
path = glob.glob(folder + "/*.wandb")[0]
for _ in range(100):
    recs = list(records(path))
    if any(r.WhichOneof("record_type") == "exit" for r in recs):
        break
    time.sleep(0.1)
history = []
for r in recs:
    if r.WhichOneof("record_type") == "history":
        items = r.history.item
        history.append({(".".join(i.nested_key) if i.nested_key else i.key):
                        json.loads(i.value_json) for i in items})
print("ORACLE" + json.dumps({"summary": summary, "history": history}))
'''


def _strip(value: Any) -> Any:
    return {k: v for k, v in value.items() if not k.startswith("_")}


def _flatten(row: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in row.items():
        if isinstance(v, dict) and v and "_type" not in v:
            out.update(_flatten(v, f"{prefix}{k}."))
        elif not (isinstance(v, dict) and not v):
            out[prefix + k] = v
    return out


def run_wandb(ops: list[list[Any]]) -> dict[str, Any]:
    """The sequence run through wandb offline in a fresh process (about 5 seconds)."""
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, WANDB_MODE="offline", WANDB_SILENT="true", WANDB_DIR=tmp,
                   WANDB_CONSOLE="off", WANDB_DISABLE_GIT="true", WANDB_DISABLE_CODE="true")
        proc = subprocess.run([sys.executable, "-c", _SCRIPT], input=json.dumps(ops), env=env,
                              capture_output=True, text=True, timeout=300, cwd=tmp, check=False)
    line = next((ln for ln in proc.stdout.splitlines() if ln.startswith("ORACLE")), None)
    if line is None:
        raise AssertionError(f"wandb oracle failed:\n{proc.stdout}\n{proc.stderr}")
    out = json.loads(line[len("ORACLE"):])
    return {"summary": _strip(out["summary"]),
            "history": [_strip(row) for row in out["history"]]}


def run_vizlog(ops: list[list[Any]], folder: str | os.PathLike[str]) -> dict[str, Any]:
    """The sequence run through vizlog into ``folder``; summary and history read back."""
    import vizlog

    with vizlog.init(dir=folder) as run:
        for op in ops:
            kind = op[0]
            if kind == "define":
                run.define_metric(op[1], **op[2])
            elif kind == "define_with_metric":
                run.define_metric(op[1], step_metric=run.define_metric(op[2]), **op[3])
            elif kind == "log":
                run.log(op[1], **(op[2] if len(op) > 2 else {}))
            elif kind == "set":
                run.summary[op[1]] = op[2]
            elif kind == "del":
                del run.summary[op[1]]
    data = vizlog.open_run(Path(run.dir))
    return {"summary": _strip(data.summary),
            "history": [_strip(_flatten(row)) for row in data.history]}


def same(a: Any, b: Any) -> bool:
    """Equal as JSON values: NaN equals NaN, 3 equals 3.0, bool is not a number."""
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        a_nan = isinstance(a, float) and math.isnan(a)
        b_nan = isinstance(b, float) and math.isnan(b)
        return a_nan == b_nan and (a_nan or a == b)
    return bool(a == b)
