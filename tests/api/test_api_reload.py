"""A new build is served without a restart, requests in flight during the swap do not fail, and a
killed ingest leaves the old index serving unchanged."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from insyn.index.build import ingest
from insyn.index.embedder import FAKE_ENV, HashEmbedder
from insyn.settings import Settings

NEW_DOC = "900_kulturplan_2026.txt"
NEW_TEXT = """1 Inledning

Kulturnämndens plan 2026 beskriver hur zebrafinkprojektet i Skellefteå ska utvärderas.
Zebrafinkprojektet har en budget på 4,5 miljoner kronor och ska vara klart 2026-06-30.
"""
REALDOCS = Path(__file__).resolve().parents[3] / "shared" / "realdocs"


def test_new_build_is_served_without_restart(own_index: Settings, make_client, tmp_path: Path) -> None:
    new = tmp_path / "new"
    new.mkdir()
    (new / NEW_DOC).write_text(NEW_TEXT, encoding="utf-8")
    with make_client(own_index) as c:
        before = c.get("/health").json()
        assert c.get("/search", params={"q": "zebrafinkprojektet", "doc": NEW_DOC}).status_code == 422

        statuses: list[int] = []
        stop = threading.Event()

        def hammer(path: str) -> None:
            while not stop.is_set():
                statuses.append(c.get(path, params={"q": "budget 2025 zebrafinkprojektet"}).status_code)

        threads = [threading.Thread(target=hammer, args=(p,)) for p in ("/search", "/ask", "/search")]
        for t in threads:
            t.start()
        time.sleep(0.3)
        ingest([new], own_index, HashEmbedder(), warn=print)
        time.sleep(0.5)
        stop.set()
        for t in threads:
            t.join()

        assert statuses and set(statuses) == {200}, statuses
        after = c.get("/health").json()
        assert after["build"] != before["build"]
        assert after["counts"]["documents"] == before["counts"]["documents"] + 1
        assert NEW_DOC in [d["doc"] for d in after["documents"]]
        hits = c.get("/search", params={"q": "zebrafinkprojektet", "doc": NEW_DOC}).json()["hits"]
        assert hits and "Zebrafinkprojektet" in hits[0]["text"]
        top = c.get("/search", params={"q": "zebrafinkprojektet i Skellefteå", "k": 1}).json()["hits"]
        assert top[0]["doc"] == NEW_DOC


def test_killed_ingest_leaves_the_old_index_serving(own_index: Settings, make_client) -> None:
    if not REALDOCS.is_dir():
        pytest.skip(f"{REALDOCS} is not here")
    questions = ["budget för primärvård beställare 2025", "vilka uppdrag har slutdatum 2025-12-31"]
    with make_client(own_index) as c:
        health = c.get("/health").json()
        answers = [c.get("/ask", params={"q": q}).json() for q in questions]

        env = dict(os.environ, **{FAKE_ENV: "1"})
        cmd = [sys.executable, "-c", "from insyn.cli import main; main()", "ingest", str(REALDOCS),
               "--index", str(own_index.index)]
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            time.sleep(2)
            assert proc.poll() is None, "the ingest finished before it could be killed"
            proc.send_signal(signal.SIGKILL)
        finally:
            proc.wait(timeout=30)
        assert proc.returncode == -signal.SIGKILL

        assert c.get("/health").json() == health
        assert [c.get("/ask", params={"q": q}).json() for q in questions] == answers
    with make_client(own_index) as fresh:  # and after a restart too
        assert fresh.get("/health").json() == health
