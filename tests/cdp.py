"""A headless Chromium driven over the Chrome DevTools Protocol, for the HTML report's tests.

Debian's ``chromium`` is started with ``--remote-debugging-port=0`` and a fresh profile; the port
it picked is read from ``DevToolsActivePort`` in that profile, the page's websocket from
``/json/list``, and commands go over one websocket (``websocket-client``). Events that arrive
while a command waits (network requests, console messages) are kept in ``events``.
"""

from __future__ import annotations

import base64
import contextlib
import itertools
import json
import os
import shutil
import signal
import subprocess
import time
import urllib.request
from pathlib import Path
from typing import Any

import websocket

# As root in a container: no sandbox, no GPU; and nothing that would reach the network by itself.
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-extensions",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
    "--mute-audio",
)


def find_chromium() -> str | None:
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    return None


class CDPError(RuntimeError):
    pass


class Chromium:
    def __init__(self, exe: str, profile: Path, width: int = 1280, height: int = 900,
                 timeout: float = 30.0) -> None:
        self.exe = exe
        self.profile = profile
        self.size = (width, height)
        self.timeout = timeout
        self.events: list[dict[str, Any]] = []
        self._ids = itertools.count(1)
        self.proc: subprocess.Popen[bytes] | None = None
        self.ws: websocket.WebSocket | None = None

    # --- life cycle ----------------------------------------------------------------------------

    def start(self) -> Chromium:
        self.profile.mkdir(parents=True, exist_ok=True)
        args = [self.exe, *FLAGS, f"--user-data-dir={self.profile}", "--remote-debugging-port=0",
                f"--window-size={self.size[0]},{self.size[1]}", "about:blank"]
        self.proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                     stdin=subprocess.DEVNULL, start_new_session=True)
        port = self._port()
        targets = json.loads(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10).read())
        page = next(t for t in targets if t.get("type") == "page")
        self.ws = websocket.create_connection(page["webSocketDebuggerUrl"], timeout=self.timeout,
                                              suppress_origin=True)
        for domain in ("Page", "Runtime", "Network", "Log"):
            self.send(f"{domain}.enable")
        self.send("Emulation.setDeviceMetricsOverride", width=self.size[0], height=self.size[1],
                  deviceScaleFactor=1, mobile=False)
        return self

    def _port(self) -> int:
        marker = self.profile / "DevToolsActivePort"
        deadline = time.monotonic() + self.timeout
        while time.monotonic() < deadline:
            assert self.proc is not None
            if self.proc.poll() is not None:
                raise CDPError(f"chromium exited with {self.proc.returncode} before it listened")
            if marker.exists():
                first = marker.read_text().splitlines()[:1]
                if first and first[0].isdigit():
                    return int(first[0])
            time.sleep(0.05)
        raise CDPError("chromium did not open its DevTools port in time")

    def close(self) -> None:
        if self.ws is not None:
            with contextlib.suppress(CDPError, OSError, websocket.WebSocketException):
                self.send("Browser.close")
            self.ws.close()
            self.ws = None
        if self.proc is not None:
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)  # the group this test started, by its id
                self.proc.wait(timeout=10)
            self.proc = None

    def __enter__(self) -> Chromium:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- protocol ------------------------------------------------------------------------------

    def send(self, method: str, **params: Any) -> dict[str, Any]:
        assert self.ws is not None
        msg_id = next(self._ids)
        self.ws.send(json.dumps({"id": msg_id, "method": method, "params": params}))
        deadline = time.monotonic() + self.timeout
        while time.monotonic() < deadline:
            message = json.loads(self.ws.recv())
            if message.get("id") == msg_id:
                if "error" in message:
                    raise CDPError(f"{method}: {message['error']}")
                return message.get("result", {})
            if "method" in message:
                self.events.append(message)
        raise CDPError(f"{method}: no answer in {self.timeout} s")

    def wait_for(self, event: str) -> dict[str, Any]:
        """The first ``event`` not seen yet (events already kept count)."""
        assert self.ws is not None
        deadline = time.monotonic() + self.timeout
        seen = len(self.events)
        for message in self.events[:seen]:
            if message["method"] == event and not message.get("_taken"):
                message["_taken"] = True
                return message
        while time.monotonic() < deadline:
            message = json.loads(self.ws.recv())
            if "method" in message:
                self.events.append(message)
                if message["method"] == event:
                    message["_taken"] = True
                    return message
        raise CDPError(f"no {event} in {self.timeout} s")

    # --- what a test does ----------------------------------------------------------------------

    def open(self, url: str) -> None:
        """Load ``url`` and wait for its load event; ``events`` then holds this page's only."""
        self.events.clear()
        self.send("Page.navigate", url=url)
        self.wait_for("Page.loadEventFired")
        self.evaluate("1")  # let pending events arrive

    def evaluate(self, expression: str) -> Any:
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise CDPError(f"{expression!r}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def click(self, selector: str) -> None:
        """A real mouse click in the middle of the element (scrolled into view first)."""
        box = self.evaluate(
            f"(() => {{ const el = document.querySelector({json.dumps(selector)});"
            " if (!el) return null; el.scrollIntoView({block: 'center'});"
            " const r = el.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; })()"
        )
        if box is None:
            raise CDPError(f"nothing matches {selector!r}")
        x, y = box
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            extra = {"button": "left", "clickCount": 1} if kind != "mouseMoved" else {}
            self.send("Input.dispatchMouseEvent", type=kind, x=x, y=y, **extra)

    def screenshot(self, path: Path, full_page: bool = True) -> Path:
        params: dict[str, Any] = {"format": "png"}
        if full_page:
            width, height = self.evaluate(
                "[document.documentElement.scrollWidth, document.documentElement.scrollHeight]")
            params.update(captureBeyondViewport=True,
                          clip={"x": 0, "y": 0, "width": width, "height": min(height, 16000), "scale": 1})
        data = self.send("Page.captureScreenshot", **params)["data"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(data))
        return path

    def requests(self) -> list[str]:
        """Every URL the page asked for since it was opened."""
        return [e["params"]["request"]["url"] for e in self.events if e["method"] == "Network.requestWillBeSent"]

    def console(self, levels: tuple[str, ...] = ("warning", "error")) -> list[str]:
        """Browser log and console messages at these levels, and uncaught exceptions.

        CSP violations arrive here as errors ("Loading the image ... violates the following
        Content Security Policy directive ...").
        """
        out = [e["params"]["entry"]["text"] for e in self.events
               if e["method"] == "Log.entryAdded" and e["params"]["entry"].get("level") in levels]
        out += [" ".join(str(a.get("value", a.get("description", ""))) for a in e["params"]["args"])
                for e in self.events
                if e["method"] == "Runtime.consoleAPICalled" and e["params"].get("type") in levels]
        out += [str(e["params"]["exceptionDetails"]) for e in self.events if e["method"] == "Runtime.exceptionThrown"]
        return out
