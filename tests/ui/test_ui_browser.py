"""End to end: `insyn ui` served for real, driven by headless Chromium.

Screenshots go to a temp folder; with INSYN_SCREENSHOTS=docs they refresh docs/screenshot-*.png.
"""

from __future__ import annotations

import os
import tempfile
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote, urlsplit

import pytest

from conftest import ROOT  # noqa: E402  (tests/ui/conftest.py)

pytestmark = pytest.mark.slow
SHOTS = ROOT / "docs" if os.environ.get("INSYN_SCREENSHOTS") == "docs" else Path(tempfile.mkdtemp(prefix="insyn-shots-"))

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]
LIST_Q = "vilka uppdrag har slutdatum 2025-12-31"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(ui_index: Path) -> Iterator[str]:
    port = free_port()
    env = dict(os.environ, INSYN_FAKE_EMBEDDER="1", INSYN_INDEX=str(ui_index))
    insyn = Path(sys.executable).with_name("insyn")
    proc = subprocess.Popen([str(insyn), "ui", "--index", str(ui_index), "--port", str(port)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                out = proc.stdout.read().decode() if proc.stdout else ""
                pytest.fail(f"insyn ui did not start: {out[-2000:]}")
            time.sleep(0.3)
        yield url
    finally:
        os.killpg(proc.pid, signal.SIGTERM)  # the CLI and the streamlit it started, only these
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not Path(CHROMIUM).exists():
        pytest.skip("chromium not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()


def expect(locator):
    from playwright.sync_api import expect as pw_expect

    return pw_expect(locator)


def wait_answer(page) -> None:
    """Until the answer and its sources are drawn (Streamlit streams elements as the script runs)."""
    page.get_by_text("Källor", exact=True).wait_for(timeout=90_000)
    page.wait_for_function("document.querySelectorAll('.insyn-passage').length >= 3", timeout=30_000)
    expect(page.locator(".insyn-passage").filter(has_text="Minska hyrberoendet").first).to_be_attached()


def screenshot(page, path: Path, max_height: int = 4000) -> None:
    """The whole app: Streamlit scrolls inside its main section, so grow the viewport to fit it."""
    page.wait_for_timeout(1500)  # charts and grid settle
    height = page.evaluate("Math.max(...[...document.querySelectorAll('[data-testid=stMain], "
                           "[data-testid=stMainBlockContainer]')].map(e => e.scrollHeight), 600)")
    page.set_viewport_size({"width": page.viewport_size["width"], "height": min(int(height) + 40, max_height)})
    page.wait_for_timeout(800)
    page.screenshot(path=str(path))


def test_deep_link_answer_in_a_real_browser(server: str, browser) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{server}/?q={quote(LIST_Q)}")
    wait_answer(page)
    expect(page.get_by_label("Din fråga")).to_have_value(LIST_Q)
    # the table (a canvas grid with an accessible mirror) and the quoted sources
    page.get_by_test_id("stDataFrame").wait_for()
    expect(page.get_by_text("rader matchar").first).to_be_visible()
    cells = page.locator("[data-testid^=glide-cell]")  # the grid's accessible mirror of its cells
    expect(cells.filter(has_text="Minska hyrberoendet").first).to_be_attached()
    assert cells.filter(has_text="Ej påbörjad").count() >= 2  # columns off to the right are virtualised
    sources = page.locator(".insyn-passage")
    assert sources.count() >= 3
    assert "Minska hyrberoendet" in " ".join(sources.all_inner_texts())
    assert page.locator(".insyn-passage mark").count() > 0
    meta = " ".join(page.locator(".insyn-meta").all_inner_texts())
    assert "3 Uppdrag" in meta and "Nämndplan 2025" in " ".join(page.locator(".insyn-source").all_inner_texts())
    with page.expect_download() as dl:
        page.get_by_role("button", name="Ladda ner tabellen (CSV)").click()
    csv = Path(dl.value.path()).read_text(encoding="utf-8-sig")
    assert csv.startswith("Status,Uppdrag,Riktas till") and "Minska hyrberoendet" in csv and "2025-12-31" in csv
    screenshot(page, SHOTS / "screenshot-answer.png")
    page.close()


def test_mobile_width(server: str, browser) -> None:
    page = browser.new_page(viewport={"width": 390, "height": 844}, device_scale_factor=1, is_mobile=True,
                            has_touch=True)
    page.goto(f"{server}/?q={quote(LIST_Q)}")
    wait_answer(page)
    # nothing wider than the screen except the table, which scrolls inside itself
    overflow = page.evaluate("document.querySelector('[data-testid=stMain]').scrollWidth")
    assert overflow <= 390 + 1
    assert "Minska hyrberoendet" in " ".join(page.locator(".insyn-passage").all_inner_texts())
    screenshot(page, SHOTS / "screenshot-mobile.png", max_height=2200)
    page.close()


def test_asking_by_keyboard_updates_the_url(server: str, browser) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(server)
    box = page.get_by_label("Din fråga")
    expect(box).to_be_editable(timeout=90_000)
    box.fill(LIST_Q)
    box.press("Enter")
    page.get_by_text("Källor", exact=True).wait_for(timeout=60_000)
    page.wait_for_function("location.search.includes('q=')", timeout=10_000)
    assert "slutdatum" in page.url
    page.close()


def test_document_page(server: str, browser) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{server}/?view=dokument&d=002_b44e5d8e8ff73640.txt")
    page.get_by_text("Antal uppdrag per status").wait_for(timeout=90_000)
    page.get_by_text("Utfall mot mål", exact=False).first.wait_for()
    screenshot(page, SHOTS / "screenshot-document.png")
    expect(page.locator("[data-testid=stVegaLiteChart]")).to_have_count(3)  # drawn once scrolled into view
    page.close()


EVIL_LINK = "[Logga in här](https://evil.example/login)"
EVIL_IMAGE = "![p](https://evil.example/pixel.png)"


def test_deep_link_filter_values_are_shown_as_text(server: str, browser) -> None:
    """Unknown filter values in the address are echoed as typed: no link, no remote image."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    requested: list[str] = []
    page.on("request", lambda request: requested.append(urlsplit(request.url).hostname or ""))
    page.route("**/*", lambda route: route.abort() if urlsplit(route.request.url).hostname == "evil.example"
               else route.continue_())
    page.goto(f"{server}/?q=budget&year={quote(EVIL_LINK)}&doc={quote(EVIL_IMAGE)}")
    alerts = page.get_by_test_id("stAlertContentWarning")
    expect(alerts.filter(has_text="Logga in här")).to_have_count(1, timeout=90_000)
    expect(alerts.filter(has_text="evil.example/pixel.png")).to_have_count(1)
    shown = " ".join(alerts.all_inner_texts())
    assert EVIL_LINK in shown and EVIL_IMAGE in shown  # the value exactly as it was in the address
    page.wait_for_timeout(1500)  # let anything the page would load start
    assert page.locator("a[href*='evil.example']").count() == 0
    assert page.locator("img[src*='evil.example']").count() == 0
    assert "evil.example" not in requested
    page.close()


def _listening(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


def test_stopping_insyn_ui_stops_streamlit(ui_index: Path) -> None:
    """SIGTERM to `insyn ui` (a service manager's stop) leaves nothing holding the port."""
    port = free_port()
    insyn = Path(sys.executable).with_name("insyn")
    env = dict(os.environ, INSYN_FAKE_EMBEDDER="1")
    proc = subprocess.Popen([str(insyn), "ui", "--index", str(ui_index), "--port", str(port)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while not _listening(port):
            assert proc.poll() is None and time.monotonic() < deadline, "insyn ui did not start"
            time.sleep(0.3)
        proc.send_signal(signal.SIGTERM)  # to insyn ui only, not its process group
        proc.wait(30)
        deadline = time.monotonic() + 10
        while _listening(port) and time.monotonic() < deadline:
            time.sleep(0.3)
        assert not _listening(port), "a Streamlit process still holds the port after insyn ui was stopped"
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # an orphan, if any, is still in the group
        except ProcessLookupError:
            pass
