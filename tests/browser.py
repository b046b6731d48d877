"""A minimal Chrome DevTools Protocol driver for the viewer tests (headless Debian chromium).

``with Browser(tmp_path) as b: b.open(page); b.eval("..."); b.click(x, y)``. Every network
request the page (or any frame in it) starts is recorded in ``b.requests`` (URLs), so tests can
assert that nothing but ``file:``/``data:``/``blob:`` was asked for.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
LOCAL_SCHEMES = ("file:", "data:", "blob:", "about:", "chrome:", "devtools:")


def need_chromium() -> str:
    if CHROMIUM is None:
        if os.environ.get("VIZLOG_REQUIRE_CHROMIUM"):
            pytest.fail("chromium is required here (VIZLOG_REQUIRE_CHROMIUM is set)")
        pytest.skip("chromium is not installed (apt-get install chromium)")
    return CHROMIUM


class Browser:
    """One headless chromium with one page, driven over the DevTools websocket."""

    def __init__(self, tmp: Path, width: int = 1400, height: int = 1000) -> None:
        from websockets.sync.client import connect

        chromium = need_chromium()
        self.size = (width, height)
        profile = tmp / "cdp-profile"
        profile.mkdir(parents=True, exist_ok=True)
        port_file = profile / "DevToolsActivePort"
        port_file.unlink(missing_ok=True)
        self.proc = subprocess.Popen(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
             "--no-first-run", "--disable-background-networking", "--disable-component-update",
             "--disable-sync", "--enable-unsafe-swiftshader", "--use-angle=swiftshader",
             f"--window-size={width},{height}", "--remote-debugging-port=0",
             f"--user-data-dir={profile}", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        deadline = time.monotonic() + 30
        while not port_file.is_file() or len(port_file.read_text().split()) < 2:
            if time.monotonic() > deadline or self.proc.poll() is not None:
                self.close()
                raise RuntimeError("chromium did not start its DevTools endpoint")
            time.sleep(0.05)
        port, path = port_file.read_text().split()[:2]
        self.ws = connect(f"ws://127.0.0.1:{port}{path}", max_size=None,
                          open_timeout=20).__enter__()
        self._id = 0
        self.events: list[dict[str, Any]] = []
        self.requests: list[str] = []
        self._ids: dict[str, str] = {}
        self.blocked: set[str] = set()
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.send("Target.attachToTarget", {"targetId": target,
                                                           "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Network"):
            self.send(f"{domain}.enable")
        self.send("Emulation.setDeviceMetricsOverride", {"width": width, "height": height,
                                                         "deviceScaleFactor": 1, "mobile": False})
        self.send("Target.setAutoAttach", {"autoAttach": True, "waitForDebuggerOnStart": False,
                                           "flatten": True}, session=self.session)

    # -- protocol --------------------------------------------------------------------------
    def _on_event(self, msg: dict[str, Any]) -> None:
        self.events.append(msg)
        if msg.get("method") == "Network.requestWillBeSent":
            self.requests.append(msg["params"]["request"]["url"])
            self._ids[msg["params"]["requestId"]] = msg["params"]["request"]["url"]
        if msg.get("method") == "Network.loadingFailed" and msg["params"].get("blockedReason"):
            self.blocked.add(msg["params"]["requestId"])
        if msg.get("method") == "Target.attachedToTarget":  # frames in other processes
            sid = msg["params"]["sessionId"]
            for m in ("Network.enable", "Runtime.runIfWaitingForDebugger"):
                self._id += 1
                self.ws.send(json.dumps({"id": self._id, "method": m, "sessionId": sid}))

    def send(self, method: str, params: dict[str, Any] | None = None, timeout: float = 60,
             session: str | None = None) -> dict[str, Any]:
        self._id += 1
        msg: dict[str, Any] = {"id": self._id, "method": method, "params": params or {}}
        if session is not None:
            msg["sessionId"] = session
        elif not method.startswith("Target.") and hasattr(self, "session"):
            msg["sessionId"] = self.session
        self.ws.send(json.dumps(msg))
        want = self._id
        deadline = time.monotonic() + timeout
        while True:
            reply = json.loads(self.ws.recv(timeout=max(0.1, deadline - time.monotonic())))
            if reply.get("id") == want:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return dict(reply.get("result", {}))
            if "method" in reply:
                self._on_event(reply)

    def pump(self, seconds: float) -> None:
        """Process events for ``seconds`` (lets timers, loads and frames run)."""
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            try:
                msg = json.loads(self.ws.recv(timeout=max(0.01, end - time.monotonic())))
            except TimeoutError:
                break
            if "method" in msg:
                self._on_event(msg)

    # -- page ------------------------------------------------------------------------------
    def eval(self, expr: str, timeout: float = 60) -> Any:
        res = self.send("Runtime.evaluate", {"expression": expr, "returnByValue": True,
                                             "awaitPromise": True}, timeout=timeout)
        if "exceptionDetails" in res:
            raise RuntimeError(f"{expr[:80]}: {res['exceptionDetails']}")
        return res["result"].get("value")

    def wait(self, expr: str, timeout: float = 30) -> Any:
        deadline = time.monotonic() + timeout
        while True:
            value = self.eval(expr)
            if value:
                return value
            if time.monotonic() > deadline:
                raise TimeoutError(f"never true: {expr}")
            self.pump(0.1)

    def open(self, page: Path, timeout: float = 30) -> None:
        self.send("Page.navigate", {"url": page.as_uri()})
        self.wait("document.body && document.body.getAttribute('data-ready') === '1'", timeout)

    def center(self, selector: str) -> tuple[float, float]:
        x, y, w, h = self.rect(selector)
        return x + w / 2, y + h / 2

    def rect(self, selector: str) -> list[float]:
        return list(self.eval(f"(() => {{ const e = document.querySelector({json.dumps(selector)});"
                              "e.scrollIntoView({block: 'center'});"
                              "const r = e.getBoundingClientRect();"
                              "return [r.left, r.top, r.width, r.height]; })()"))

    def mouse(self, kind: str, x: float, y: float, button: str = "none",
              clicks: int = 0) -> None:
        self.send("Input.dispatchMouseEvent", {"type": kind, "x": x, "y": y, "button": button,
                                               "clickCount": clicks,
                                               "buttons": 1 if button == "left" else 0})

    def click(self, x: float, y: float) -> None:
        self.mouse("mouseMoved", x, y)
        self.mouse("mousePressed", x, y, "left", 1)
        self.mouse("mouseReleased", x, y, "left", 1)

    def drag(self, x0: float, y0: float, x1: float, y1: float, steps: int = 8) -> None:
        self.mouse("mouseMoved", x0, y0)
        self.mouse("mousePressed", x0, y0, "left", 1)
        for i in range(1, steps + 1):
            self.send("Input.dispatchMouseEvent", {
                "type": "mouseMoved", "x": x0 + (x1 - x0) * i / steps,
                "y": y0 + (y1 - y0) * i / steps, "button": "left", "buttons": 1})
        self.mouse("mouseReleased", x1, y1, "left", 1)

    def screenshot(self, path: Path, full: bool = True) -> Path:
        """A PNG of the viewport, or (``full``) of the whole page up to 6,000 px tall.

        For the whole page the viewport is made as tall as the page first: Chromium does not
        paint sandboxed (cross-origin) iframes outside the viewport, so ``captureBeyondViewport``
        alone leaves them as empty frames."""
        params: dict[str, Any] = {"format": "png"}
        if full:
            w, h = self.eval("[document.documentElement.scrollWidth,"
                             "document.documentElement.scrollHeight]")
            h = min(h, 6000)
            self.send("Emulation.setDeviceMetricsOverride", {
                "width": self.size[0], "height": h, "deviceScaleFactor": 1, "mobile": False})
            self.eval("window.scrollTo(0, 0); new Promise(r => requestAnimationFrame(() => "
                      "requestAnimationFrame(() => r(1))))")
            self.pump(0.3)
            params["clip"] = {"x": 0, "y": 0, "width": w, "height": h, "scale": 1}
        try:
            data = self.send("Page.captureScreenshot", params)["data"]
        finally:
            if full:
                self.send("Emulation.setDeviceMetricsOverride", {
                    "width": self.size[0], "height": self.size[1], "deviceScaleFactor": 1,
                    "mobile": False})
        path.write_bytes(base64.b64decode(data))
        return path

    def remote_requests(self) -> list[str]:
        """Non-local requests the browser started and did not block (a request the preload
        scanner announces and CSP then blocks is not one)."""
        self.pump(0.2)
        return sorted(u for rid, u in self._ids.items()
                      if not u.startswith(LOCAL_SCHEMES) and rid not in self.blocked)

    def close(self) -> None:
        try:
            if hasattr(self, "ws"):
                self.ws.close()
        finally:  # the whole process group this driver started (browser, renderers, gpu)
            for sig in (signal.SIGTERM, signal.SIGKILL):
                try:
                    os.killpg(self.proc.pid, sig)
                except ProcessLookupError:
                    break
                try:
                    self.proc.wait(5)
                    time.sleep(0.2)
                except subprocess.TimeoutExpired:
                    continue

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
