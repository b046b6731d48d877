"""vizlog.golden.outputs and .runfolder: what a golden case holds for each kind of object."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import _pytest.outcomes
import numpy as np
import pandas as pd
import pytest

import vizlog
from vizlog.golden.checker import Golden, Records, list_cases
from vizlog.golden.outputs import collect
from vizlog.golden.runfolder import MASK, collect_run, stable_name


def _img(seed: int = 0, shape: tuple[int, ...] = (6, 5, 3)) -> np.ndarray:
    return np.random.default_rng(seed).integers(0, 256, shape, dtype=np.uint8)


def test_image_with_mask_children_first_with_golden_paths() -> None:
    mask = {"pred": {"mask_data": (_img()[:, :, 0] > 128).astype(np.uint8),
                     "class_labels": {1: "cat"}}}
    out = collect(vizlog.Image(_img(), masks=mask, caption="x"))
    assert sorted(out.files) == ["image.masks-pred.mask.png", "image.png"]
    assert out.kinds == {"image.masks-pred.mask.png": "image", "image.png": "image"}
    assert out.descriptor["path"] == "image.png"
    assert out.descriptor["masks"]["pred"]["path"] == "image.masks-pred.mask.png"
    assert "sha256" not in json.dumps(out.descriptor)
    assert out.files["image.png"] == vizlog.Image(_img(), caption="x").encode().data


@pytest.mark.parametrize(("make", "files", "kinds"), [
    (lambda: vizlog.Image(_img(), file_type="jpg"), ["image.jpg"], ["image-lossy"]),
    (lambda: vizlog.Image(_img(), file_type="webp"), ["image.webp"], ["image-lossy"]),
    (lambda: vizlog.Video(_img(1, (3, 3, 8, 8)), fps=3), ["video.mp4"], ["video"]),
    (lambda: vizlog.Video(_img(1, (3, 3, 8, 8)), fps=3, format="gif"), ["video.gif"],
     ["image"]),
    (lambda: vizlog.Audio(np.zeros(400, np.float32), 8000), ["audio.wav"], ["bytes"]),
    (lambda: vizlog.Audio(np.zeros(400, np.float32), 8000, format="ogg"), ["audio.ogg"],
     ["audio-lossy"]),
    (lambda: vizlog.Html("<p>x</p>"), ["page.html"], ["text"]),
    (lambda: vizlog.Object3D(np.zeros((3, 3))), ["object.ply"], ["mesh"]),
    (lambda: vizlog.Histogram([1, 2, 3]), [], []),
    (lambda: vizlog.Table(columns=["a"], data=[[1]]), ["table.arrow"], ["arrow"]),
])
def test_each_type_gets_its_comparison(make: Any, files: list[str], kinds: list[str]) -> None:
    out = collect(make())
    assert sorted(out.files) == files
    assert [out.kinds[f] for f in files] == kinds


def test_table_media_cells_and_lists() -> None:
    t = vizlog.Table(columns=["im", "n"], data=[[vizlog.Image(_img(1)), 1], [None, 2]])
    out = collect(t)
    assert sorted(out.files) == ["table.0-0.png", "table.arrow"]
    lst = collect([vizlog.Image(_img(1)), vizlog.Image(_img(2))])
    assert sorted(lst.files) == ["0.image.png", "1.image.png"]
    assert [d["path"] for d in lst.descriptor["items"]] == ["0.image.png", "1.image.png"]
    assert lst.descriptor["count"] == 2


def test_charts_and_altair_get_a_rendered_svg() -> None:
    alt = pytest.importorskip("altair")
    pytest.importorskip("vl_convert")
    chart = vizlog.plot.line(vizlog.Table(columns=["x", "y"], data=[[0, 1], [1, 3]]), "x", "y",
                             title="t")
    out = collect(chart)
    assert sorted(out.files) == ["chart.svg", "chart.table.arrow", "chart.vl.json"]
    assert out.kinds["chart.vl.json"] == "json" and out.kinds["chart.svg"] == "svg"
    assert out.descriptor["table"]["path"] == "chart.table.arrow"
    assert out.files["chart.svg"].startswith(b"<svg")
    a = alt.Chart(pd.DataFrame({"a": [1, 2], "b": [3, 4]})).mark_point().encode(x="a", y="b")
    out = collect(a)
    assert sorted(out.files) == ["chart.svg", "chart.table.arrow", "chart.vl.json"]
    assert out.descriptor["spec"] == "altair"


def test_what_is_not_media_is_refused() -> None:
    with pytest.raises(TypeError, match="must be a vizlog media object, a list of them"):
        collect({"a": 1})
    with pytest.raises(TypeError, match="a list must hold one or more media objects"):
        collect([])
    with pytest.raises(TypeError, match="a list must hold one media type; got Html, Image"):
        collect([vizlog.Image(_img()), vizlog.Html("x")])


# -- run folders ----------------------------------------------------------------------------------
def _run(root: Path, loss: float = 0.5) -> Path:
    run = vizlog.init(project="p", dir=str(root), config={"lr": 0.1})
    for step in range(2):
        run.log({"loss": loss / (step + 1),
                 "img": [vizlog.Image(_img(step)), vizlog.Image(_img(step + 5))],
                 "t": vizlog.Table(columns=["x", "im"], data=[[1.5, vizlog.Image(_img(9))]])})
    run.finish()
    return Path(run.dir)


def test_stable_names() -> None:
    assert stable_name("media/images/img_0_809b86426b3df725ebd3.png") == "media/images/img_0.png"
    assert stable_name("tables/t_1_ad196b3dc4664210f8db.arrow") == "tables/t_1.arrow"
    assert stable_name("files/notes.txt") == "files/notes.txt"


def test_run_folder_masks_what_changes_between_runs(tmp_path: Path) -> None:
    out = collect_run(_run(tmp_path / "a"))
    d = out.descriptor
    run = d["run"]
    assert all(run[k] == MASK for k in ("id", "host", "pid", "started_at", "vizlog_version"))
    assert run["name"] == "<generated name>" and run["config"] == {"lr": 0.1}
    assert run["state"] == "finished"
    row = d["history"][0]
    assert (row["_timestamp"], row["_runtime"], row["_step"], row["loss"]) == (MASK, MASK, 0, 0.5)
    items = row["img"]["items"]
    assert [i["path"] for i in items] == ["media/images/img_0.png", "media/images/img_0-1.png"]
    assert row["img"]["filenames"] == ["media/images/img_0.png", "media/images/img_0-1.png"]
    assert items[0]["sha256"] == MASK and items[0]["size"] == MASK
    assert sorted(out.files) == [
        "media/images/img_0-1.png", "media/images/img_0.png", "media/images/img_1-1.png",
        "media/images/img_1.png", "media/images/t_0.png", "media/images/t_1.png",
        "tables/t_0.arrow", "tables/t_1.arrow"]
    assert d["summary"]["_runtime"] == MASK


def test_two_runs_of_the_same_code_pass_and_a_change_fails(tmp_path: Path) -> None:
    root = tmp_path / "golden"
    Golden(root, True).check("run/basic", _run(tmp_path / "a"))
    Golden(root, False).check("run/basic", str(_run(tmp_path / "b")))
    assert list_cases(root) == ["run/basic"]
    records = Records()
    with pytest.raises(_pytest.outcomes.Failed) as info:
        Golden(root, False, records=records).check("run/basic", _run(tmp_path / "c", loss=0.7))
    msg = str(info.value)
    assert "descriptor.json: JSON differs" in msg and "first at $.history[0].loss: '0.5' -> " \
        "'0.7'" in msg
    assert [f["case"] for f in records.failures] == ["run/basic"]
    assert (root / "run" / "basic" / "actual" / "descriptor.json").is_file()


def test_extra_keys_can_be_masked(tmp_path: Path) -> None:
    run = vizlog.init(project="p", dir=str(tmp_path), config={"seed": 123, "lr": 1})
    run.log({"loss": 1.0})
    run.finish()
    out = collect_run(run.dir, mask=["seed"])
    assert out.descriptor["run"]["config"] == {"lr": 1, "seed": MASK}


def test_a_chart_svg_is_optional_without_vl_convert(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    vlc = pytest.importorskip("vl_convert")
    chart = vizlog.plot.bar(vizlog.Table(columns=["k", "n"], data=[["a", 1], ["b", 2]]), "k",
                            "n", title="t")
    Golden(tmp_path, True).check("c", chart)
    assert (tmp_path / "c" / "expected" / "chart.svg").is_file()
    monkeypatch.setitem(sys.modules, "vl_convert", None)  # not installed here
    out = collect(chart)
    assert "chart.svg" not in out.files and out.optional == {"chart.svg"}
    Golden(tmp_path, False).check("c", chart)  # the other files are still compared
    Golden(tmp_path / "other", True).check("c", chart)
    monkeypatch.setitem(sys.modules, "vl_convert", vlc)  # installed again
    Golden(tmp_path / "other", False).check("c", chart)  # created without it: still passes
