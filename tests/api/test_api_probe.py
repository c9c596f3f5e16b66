"""The outside probe's cases (issue 19): huge numbers, contentless queries, empty filters, booleans,
damaged indexes behind /health, and /docs without a network."""

from __future__ import annotations

import re
import sqlite3

import numpy as np
import pytest
from fastapi.testclient import TestClient

from insyn.settings import Settings

ROUTES = [("GET", "/search"), ("POST", "/search"), ("GET", "/ask"), ("POST", "/ask")]


def call(client: TestClient, method: str, path: str, **params: object):
    return client.get(path, params=params) if method == "GET" else client.post(path, json=params)


@pytest.mark.parametrize(("method", "path"), ROUTES)
@pytest.mark.parametrize("digits", [309, 400])
def test_query_with_a_huge_number_is_answered(client: TestClient, method: str, path: str, digits: int) -> None:
    r = call(client, method, path, q="budget " + "9" * digits)
    assert r.status_code == 200, r.text


@pytest.mark.parametrize("q", ["???", "😀", "x", "…", "och det som är", "预算", "¿¡!!"])
def test_contentless_question_is_not_found(client: TestClient, q: str) -> None:
    for method in ("GET", "POST"):
        r = call(client, method, "/ask", q=q)
        assert r.status_code == 200, r.text
        body = r.json()
        assert body["found"] is False and body["answer"] == "" and body["figures"] == [], body


@pytest.mark.parametrize("q", ["\u200b", "\ufeff", "\u202e", "\u200b \ufeff\u2060 ", "\u200e\u200f"])
def test_query_empty_after_normalisation_is_422(client: TestClient, q: str) -> None:
    for method, path in ROUTES:
        r = call(client, method, path, q=q)
        assert r.status_code == 422 and r.json()["error"] == {"code": "invalid_input", "message": "query is empty"}


def test_question_with_content_is_still_found(client: TestClient) -> None:
    assert client.get("/ask", params={"q": "\ufeffbudget för primärvård 2025\u200b"}).json()["found"] is True


def test_empty_filter_values_filter_nothing(client: TestClient) -> None:
    plain = client.get("/search?q=budget&k=5").json()
    for path in ("/search?q=budget&k=5&doc=&year=&region=&organ=&kind=", "/search?q=budget&k=5&doc=%20&year="):
        r = client.get(path)
        assert r.status_code == 200, r.text
        assert [h["id"] for h in r.json()["hits"]] == [h["id"] for h in plain["hits"]]
    assert client.post("/ask", json={"q": "budget", "doc": "", "year": ""}).status_code == 200


@pytest.mark.parametrize("body", [{"q": "budget", "k": True}, {"q": "budget", "k": False},
                                  {"q": "budget", "year": True}])
def test_booleans_are_not_numbers(client: TestClient, body: dict) -> None:
    for path in ("/search", "/ask"):
        r = client.post(path, json=body)
        assert r.status_code == 422, r.text
        error = r.json()["error"]
        assert error["code"] == "invalid_parameter" and "must be a number" in error["message"], error
        assert "Value error" not in error["message"]


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
def test_docs_load_nothing_from_elsewhere(client: TestClient, page: str) -> None:
    r = client.get(page)
    assert r.status_code == 200
    assert not re.findall(r"""(?:src|href)=["']?(?:https?:)?//""", r.text), "a URL outside this server"
    assert "cdn" not in r.text.lower()
    assets = re.findall(r"""["'](/[^"']+\.(?:js|css|png))["']""", r.text)
    assert any(a.endswith(".js") for a in assets)
    for asset in assets:
        served = client.get(asset)
        assert served.status_code == 200 and len(served.content) > 1000, asset


def _delete_chunks(build) -> None:
    con = sqlite3.connect(build / "insyn.db")
    con.execute("DELETE FROM chunks WHERE pos >= 5")
    con.commit()
    con.close()


def _owner_out_of_range(build) -> None:
    owner = np.load(build / "window_chunk.npy")
    np.save(build / "window_chunk.npy", owner + len(owner), allow_pickle=False)


@pytest.mark.parametrize(("damage", "reason"), [(_delete_chunks, "chunk rows"), (_owner_out_of_range, "window_chunk.npy")])
def test_health_of_inconsistent_index_is_no_index_with_the_reason(own_index: Settings, make_client, damage,
                                                                  reason: str) -> None:
    build = own_index.index.resolve()
    damage(build)
    with make_client(own_index) as c:
        for r in (c.get("/health"), c.get("/search", params={"q": "budget"}), c.post("/ask", json={"q": "budget"})):
            assert r.status_code == 503, r.text
            error = r.json()["error"]
            assert error["code"] == "no_index" and reason in error["message"], error
            assert str(build) not in error["message"]
