"""Read-back of a forged run folder: nothing outside the run is ever opened or linked.

Each case forges a history record whose descriptor points somewhere it must not (``..``, an
absolute path, a symlink out of the run, a FIFO, a folder) and checks ``media()``, ``load()``,
nested descriptors (masks, table cells, chart tables), ``verify()``, the viewer page and the
``vizlog view`` exit code.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import numpy as np
import pytest

import vizlog
from vizlog import _json
from vizlog.cli import main
from vizlog.errors import MediaError, UnsafePathError
from vizlog.format import frame
from vizlog.viewer.page import build_report, page_data

SECRET = "TOP-SECRET-OUTSIDE-THE-RUN"


def _run_with(tmp_path: Path, forged: dict[str, Any]) -> Path:
    """A real run, plus one forged record holding ``forged`` under the key ``x``."""
    outside = tmp_path / "outside"
    outside.mkdir(exist_ok=True)
    (outside / "x.html").write_text(SECRET)
    (outside / "x.png").write_bytes((tmp_path / "seed.png").read_bytes()
                                    if (tmp_path / "seed.png").exists() else b"")
    with vizlog.init(dir=tmp_path / "runs", id="victim") as run:
        run.log({"ok": vizlog.Image(np.zeros((4, 4, 3), np.uint8))})
    run_dir = Path(run.dir)
    [hist] = (run_dir / "history").glob("*.rec")
    with open(hist, "ab") as fh:
        fh.write(frame(_json.dumps({"_step": 5, "x": forged}).encode()))
    return run_dir


def _targets(tmp_path: Path) -> dict[str, str]:
    run = tmp_path / "runs" / "victim"
    run.mkdir(parents=True, exist_ok=True)
    (run / "media").mkdir(exist_ok=True)
    link = run / "media" / "link.html"
    if not link.exists():
        link.symlink_to(tmp_path / "outside" / "x.html")
    fifo = run / "media" / "fifo.html"
    if not fifo.exists():
        os.mkfifo(fifo)
    return {"dotdot": "../../outside/x.html", "absolute": str(tmp_path / "outside" / "x.html"),
            "symlink_out": "media/link.html", "fifo": "media/fifo.html", "folder": "media",
            "backslash": "..\\..\\outside\\x.html", "nul": "media/x\x00.html"}


def _links(node: Any) -> Any:
    """Every file reference (src, thumb, svg) in the viewer's page data."""
    if isinstance(node, dict):
        for k, v in node.items():
            if k in ("src", "thumb", "svg", "spec_src") and isinstance(v, str):
                yield v
            else:
                yield from _links(v)
    elif isinstance(node, list):
        for v in node:
            yield from _links(v)


def _inside(link: str) -> bool:
    return not link.startswith(("/", "~")) and ".." not in link.split("/") and \
        "\\" not in link and "link.html" not in link and "fifo" not in link


CASES = ["dotdot", "absolute", "symlink_out", "fifo", "folder", "backslash", "nul"]


@pytest.mark.parametrize("case", CASES)
def test_forged_html_path_is_refused_everywhere(tmp_path: Path, case: str) -> None:
    path = _targets(tmp_path)[case]
    run_dir = _run_with(tmp_path, {"_type": "html-file", "path": path, "sha256": "0" * 64,
                                   "size": 1})
    data = vizlog.open_run(run_dir)
    with pytest.raises(UnsafePathError, match=r"refused|not a regular file|outside the run"):
        data.media("x")
    assert data.refused
    problems = data.verify()
    assert any("refused" in p for p in problems), problems
    where, refused = build_report(run_dir)
    page = Path(where).read_text(encoding="utf-8")
    assert refused and SECRET not in page
    assert "missing or refused file" in page
    links = list(_links(page_data(run_dir)))
    assert links and all(_inside(link) for link in links), links
    assert main(["view", str(run_dir)]) == 1


def test_nested_descriptors_are_checked_too(tmp_path: Path) -> None:
    bad = "../../outside/x.png"
    img = {"_type": "image-file", "path": "media/images/none.png", "format": "png",
           "masks": {"m": {"_type": "mask", "path": bad}}}
    run_dir = _run_with(tmp_path, {"_type": "custom-chart", "path": bad,
                                   "table": {"_type": "table-file", "path": bad}})
    data = vizlog.open_run(run_dir)
    with pytest.raises(UnsafePathError):
        data.media("x")
    with pytest.raises((UnsafePathError, MediaError)):  # never FileNotFoundError (issue 11)
        data.load(img)


def test_table_media_cell_pointing_outside_is_refused(tmp_path: Path) -> None:
    table = vizlog.Table(columns=["img"], data=[[vizlog.Image(np.zeros((2, 2), np.uint8))]])
    with vizlog.init(dir=tmp_path / "runs", id="cells") as run:
        run.log({"t": table})
    run_dir = Path(run.dir)
    import pyarrow as pa

    [tfile] = (run_dir / "tables").glob("*.arrow")
    t = pa.ipc.open_file(pa.memory_map(str(tfile))).read_all()
    cell = _json.loads(t.column("img")[0].as_py())
    cell["path"] = "../../../etc/passwd"
    forged = t.set_column(0, t.schema.field(0), pa.array([_json.dumps(cell)]))
    with pa.OSFile(str(tfile), "wb") as sink, pa.ipc.new_file(sink, forged.schema) as w:
        w.write_table(forged)
    [(_, back)] = vizlog.open_run(run_dir).media("t")
    with pytest.raises(UnsafePathError, match="refused"):
        back.get_column("img")


def test_truncated_or_foreign_run_json_is_one_clear_error(tmp_path: Path) -> None:
    with vizlog.init(dir=tmp_path, id="r") as run:
        run.log({"a": 1})
    meta = Path(run.dir) / "run.json"
    text = meta.read_text()
    meta.write_text(text[: len(text) // 2])
    with pytest.raises(vizlog.VizlogError, match=r"run.json is damaged"):
        vizlog.open_run(run.dir)
    meta.write_text("[1, 2]")
    with pytest.raises(vizlog.VizlogError, match=r"must hold a JSON object"):
        vizlog.open_run(run.dir)
