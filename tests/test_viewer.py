"""vizlog.viewer: the static page, opened in a real headless Chromium."""

from __future__ import annotations

import json
import re
import socket
import subprocess
import threading
from pathlib import Path

import numpy as np
import pytest

import vizlog
from tests.browser import need_chromium
from vizlog.viewer import build
from vizlog.viewer.page import page_data


def _dump_dom(page: Path, tmp_path: Path) -> str:
    chromium = need_chromium()
    out = subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
         "--no-first-run", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", f"--user-data-dir={tmp_path / 'chromium-profile'}",
         "--virtual-time-budget=3000", "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=90)
    assert out.returncode == 0, out.stderr[-2000:]
    return out.stdout


class Listener:
    """Counts TCP connections to a loopback port (nothing should ever connect)."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.hits = 0
        self._stop = threading.Event()
        self._t = threading.Thread(target=self._run, daemon=True)
        self._t.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.hits += 1
            conn.close()

    def close(self) -> None:
        self._stop.set()
        self._t.join()
        self.sock.close()


def test_page_data_groups_scalars_and_media(runs_dir: Path) -> None:
    with vizlog.init(dir=runs_dir, name="n") as run:
        for i in range(3):
            run.log({"loss": 1.0 / (i + 1), "bad": float("nan") if i == 1 else 1.0,
                     "eval": {"img": vizlog.Image(np.full((4, 4), i, np.uint8), caption=str(i))}})
    data = page_data(run.dir)
    assert data["scalars"]["loss"] == [[0, 1.0], [1, 0.5], [2, 1 / 3]]
    assert data["scalars"]["bad"] == [[0, 1.0], [1, None], [2, 1.0]]
    steps = data["media"]["eval/img"]["steps"]
    assert [s for s, _ in steps] == [0, 1, 2]
    assert steps[2][1]["kind"] == "image" and steps[2][1]["caption"] == "2"
    assert data["run"]["name"] == "n" and data["run"]["state"] == "finished"


def test_page_renders_every_section(runs_dir: Path, tmp_path: Path) -> None:
    with vizlog.init(dir=runs_dir, name="render-me", config={"lr": 0.1}) as run:
        run.log({"loss": 1.0, "img": vizlog.Image(
            np.zeros((8, 8, 3), np.uint8), caption="capt",
            masks={"m": {"mask_data": np.eye(8, dtype=np.uint8)}},
            boxes={"b": {"box_data": [{"position": {"minX": 0.1, "maxX": 0.5, "minY": 0.1,
                                                     "maxY": 0.5}, "class_id": 1}]}})})
        run.log({"loss": 0.5, "w": np.arange(100.0)})
    page = build(run.dir)
    dom = _dump_dom(page, tmp_path)
    assert 'data-ready="1"' in dom
    assert "render-me" in dom and "capt" in dom and "class_1" in dom
    assert re.search(r'<img[^>]+src="media/images/img_0_[0-9a-f]{20}\.png"', dom)
    assert re.search(r'class="mask" src="viewer/mask-[0-9a-f]{20}-1\.png"', dom)  # per class
    assert dom.count('class="box"') == 1 and 'class="bar"' in dom
    assert ">lr<" in dom and ">0.1<" in dom


def test_user_strings_are_text_and_nothing_is_fetched(runs_dir: Path, tmp_path: Path) -> None:
    listener = Listener()
    url = f"http://127.0.0.1:{listener.port}/x"
    payloads = [
        f'<img src="{url}" onerror="document.body.setAttribute(\'data-pwned\', 1)">',
        "</script><script>document.body.setAttribute('data-pwned', 2)</script>",
        f'<!--<script>document.body.setAttribute("data-pwned", 3)</script>--><a href="{url}">',
        "javascript:document.body.setAttribute('data-pwned', 4)",
    ]
    try:
        with vizlog.init(dir=runs_dir, name=payloads[1], notes=payloads[0], tags=payloads[2:],
                         config={p: p for p in payloads}) as run:
            run.log({p: 1.0 for p in payloads})
            run.log({"imgs": [vizlog.Image(np.zeros((4, 4), np.uint8), caption=p)
                              for p in payloads]})
            run.summary[payloads[3]] = payloads[0]
        page = build(run.dir)
        html = page.read_text()
        blob = html.split('id="vizlog-data">', 1)[1].split("</script>", 1)[0]
        assert "<" not in blob and json.loads(blob)["run"]["name"] == payloads[1]
        dom = _dump_dom(page, tmp_path)
    finally:
        listener.close()
    assert 'data-ready="1"' in dom
    assert "data-pwned" not in dom.split("<body", 1)[1].split(">", 1)[0]
    assert listener.hits == 0
    assert "&lt;img src=" in dom  # shown as text


def test_csp_forbids_network(runs_dir: Path) -> None:
    with vizlog.init(dir=runs_dir) as run:
        run.log({"a": 1})
    html = build(run.dir).read_text()
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html)
    assert csp is not None
    policy = csp.group(1)
    assert "default-src 'none'" in policy and "connect-src 'none'" in policy
    assert "http:" not in policy and "https:" not in policy
    blob = html.split('id="vizlog-data">', 1)[1].split("</script>", 1)[0]
    assert json.loads(blob)["run"]["rows"] == 1


def test_view_command(runs_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from vizlog.cli import main

    with vizlog.init(dir=runs_dir) as run:
        run.log({"a": 1})
    assert main(["view", run.dir]) == 0
    assert capsys.readouterr().out.strip() == (Path(run.dir) / "index.html").as_uri()


def test_long_series_are_decimated_keeping_extremes() -> None:
    from vizlog.viewer.page import MAX_PLOT_POINTS, _decimate

    pts = [[i, float(i % 1000)] for i in range(100_000)]
    pts[54_321][1] = 1e9
    pts[77_777][1] = None
    out = _decimate(pts)
    assert len(out) <= MAX_PLOT_POINTS + 4
    assert out[0] == [0, 0.0] and out[-1] == [99_999, 999.0]
    assert [54_321, 1e9] in out
    assert [s for s, _ in out] == sorted(s for s, _ in out)
    assert _decimate(pts[:10]) == pts[:10]


def test_watch_rebuild_encodes_only_the_new_points(monkeypatch: pytest.MonkeyPatch) -> None:
    """scalars_json (``--watch``) gives the same text as encoding every series again, while a
    rebuild after a few rows encodes about those rows (a decimated series: its last buckets)."""
    import math
    import random

    from vizlog.viewer import page

    monkeypatch.setattr(page, "MAX_PLOT_POINTS", 40)  # decimation and bucket growth, small
    rnd = random.Random(7)
    state = page.PageState()
    encoded: list[int] = []
    real = page.fast_dumps

    def spy(value: object) -> str:
        if isinstance(value, list):
            encoded.append(len(value))
        return real(value)

    monkeypatch.setattr(page, "fast_dumps", spy)
    step, small = 0, 0
    for chunk in [5, 30, 1, 3, 60, 2, 2, 400, 1, 1, 3, 7, 250, 2]:
        size = state.series["a"].size if "a" in state.series else 0
        rows = []
        for _ in range(chunk):
            special = rnd.choice([math.inf, -math.inf, math.nan]) if rnd.random() < 0.05 \
                else rnd.gauss(0, 1)
            rows.append({"_step": step, "a": special, "b": rnd.randrange(-5, 5),
                         "c": {"d": rnd.random()}})
            step += 1
        state.folded.add(rows)
        encoded.clear()
        text = page.scalars_json(state.folded, state)
        new_items = sum(encoded)
        whole = real({k: page._series(*sv, k in state.folded.dirty)
                      for k, sv in sorted(state.folded.raw.items())})
        assert text == whole
        if chunk <= 3 and state.series["a"].size == size > 1:
            # a few rows on a decimated series whose buckets kept their size: per key, at
            # most the last two buckets (4 points each) were encoded again
            assert new_items <= 3 * 2 * 4
            small += 1
    assert small == 6
    assert page.scalars_json(state.folded, state) == text  # nothing new: the same text
    assert state.folded.rows == step and len(json.loads(text)["a"]) <= 40 + 8
