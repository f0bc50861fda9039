"""End to end: start the dashboard, open it in headless Chromium with no network, look at it."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from store_fixtures import build_store

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOT = ROOT / "artifacts" / "dashboard.png"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]  # fmt: skip

pytestmark = pytest.mark.browser


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_healthy(url: str, proc: subprocess.Popen[bytes], timeout: float = 90.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2) as resp:  # noqa: S310 (localhost only)
                if resp.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise TimeoutError(f"the dashboard did not answer {url} within {timeout:.0f} s")


@pytest.fixture()
def dashboard(tmp_path: Path) -> Iterator[str]:
    if not CHROMIUM.exists():
        pytest.skip("Debian chromium is not installed (make browser)")
    pytest.importorskip("playwright.sync_api")
    store = tmp_path / "store.gpkg"
    build_store(store).close()
    port = _free_port()
    env = {**os.environ, "DRONEMAP_STORE": str(store)}
    cmd = [
        sys.executable, "-m", "streamlit", "run", str(ROOT / "dashboard" / "app.py"),
        "--server.headless", "true", "--server.port", str(port),
        "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
        "--global.developmentMode", "false", "--", "--store", str(store),
    ]  # fmt: skip
    log = (tmp_path / "streamlit.log").open("wb")
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        _wait_healthy(f"http://127.0.0.1:{port}/_stcore/health", proc)
        yield f"http://127.0.0.1:{port}/"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def test_dashboard_renders_offline_in_chromium(dashboard: str) -> None:
    from playwright.sync_api import Route, sync_playwright

    blocked: list[str] = []

    def only_localhost(route: Route) -> None:
        url = route.request.url
        if url.startswith(("http://127.0.0.1", "ws://127.0.0.1", "data:", "blob:", "about:")):
            route.continue_()
        else:
            blocked.append(url)
            route.abort()

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            errors: list[str] = []
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            page.route("**/*", only_localhost)
            page.goto(dashboard, wait_until="domcontentloaded")
            page.get_by_text("Showing 4 of 4 sites").wait_for(timeout=60_000)
            frame = page.frame_locator('iframe[title="streamlit_folium.st_folium"]')
            frame.locator(".leaflet-container").wait_for(timeout=60_000)
            outlines = frame.locator(".leaflet-outlines-pane path")
            outlines.first.wait_for(state="attached", timeout=30_000)
            markers = frame.locator(".dm-marker, .dm-cluster")
            markers.first.wait_for(timeout=30_000)
            assert outlines.count() > 100  # Natural Earth countries drawn from the package
            assert markers.count() >= 2
            assert frame.locator(".leaflet-interactive").count() >= 1  # the Crimea-style area
            assert frame.locator(".dm-legend").count() == 1
            assert frame.locator(".leaflet-control-layers").count() == 1
            page.wait_for_timeout(1500)  # let tiles fail and the layout settle
            SCREENSHOT.parent.mkdir(exist_ok=True)
            page.screenshot(path=str(SCREENSHOT), full_page=False)
            assert not errors, errors
            # Everything the map needs came from localhost; only map tiles were refused.
            assert all(("arcgisonline" in u or "openstreetmap" in u) for u in blocked), blocked
        finally:
            browser.close()
    assert shutil.disk_usage(SCREENSHOT.parent).free > 0 and SCREENSHOT.stat().st_size > 10_000
