"""Every field and type of CONTRACT.md's HTTP API, checked on real answers from the sample corpus."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from insyn.types import Unit

HIT_FIELDS = {"doc", "title", "page", "section", "kind", "text", "score", "figures"}
FIGURE_FIELDS = {"value", "unit", "text", "label", "doc", "page"}
RECORD_FIELDS = {"type", "doc", "page", "section", "fields", "text"}
ASK_FIELDS = {"query", "lang", "found", "answer", "figures", "records", "citations"}


def check_figure(f: dict) -> None:
    assert FIGURE_FIELDS <= f.keys()
    assert isinstance(f["unit"], str) and f["unit"]
    assert isinstance(f["text"], str) and f["text"]
    assert isinstance(f["label"], str) and isinstance(f["doc"], str) and f["doc"]
    assert f["page"] is None or (isinstance(f["page"], int) and f["page"] >= 1)
    if f["unit"] == Unit.datum:
        assert isinstance(f["value"], str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", f["value"])
    else:
        assert isinstance(f["value"], (int, float)) and not isinstance(f["value"], bool)


def check_hit(h: dict) -> None:
    assert HIT_FIELDS <= h.keys()
    assert re.fullmatch(r"\d{3}_[0-9a-f]{16}\.txt", h["doc"])  # the file name as ingested
    assert isinstance(h["title"], str) and h["title"]
    assert h["page"] is None  # the sample corpus is plain text: no page breaks
    assert isinstance(h["section"], str)
    assert h["kind"] in {"text", "table"}
    assert isinstance(h["text"], str) and 0 < len(h["text"]) <= 1200
    assert isinstance(h["score"], float)
    assert isinstance(h["figures"], list)
    for f in h["figures"]:
        check_figure(f)


def check_record(r: dict) -> None:
    assert RECORD_FIELDS <= r.keys()
    assert isinstance(r["type"], str) and r["type"]
    assert isinstance(r["doc"], str) and r["doc"]
    assert r["page"] is None or isinstance(r["page"], int)
    assert isinstance(r["section"], str)
    assert isinstance(r["fields"], dict) and all(isinstance(k, str) and isinstance(v, str) for k, v in r["fields"].items())
    assert isinstance(r["text"], str) and r["text"]


def check_ask(body: dict, query: str) -> None:
    assert ASK_FIELDS <= body.keys()
    assert body["query"] == query
    assert body["lang"] in {"sv", "en"}
    assert isinstance(body["found"], bool)
    assert isinstance(body["answer"], str)
    if not body["found"]:
        assert body["answer"] == ""
    for f in body["figures"]:
        check_figure(f)
    for r in body["records"]:
        check_record(r)
    for h in body["citations"]:
        check_hit(h)


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_search_answers_ranked_hits(client: TestClient, method: str) -> None:
    q = "budget för primärvård beställare 2025"
    r = client.get("/search", params={"q": q, "k": 7}) if method == "GET" else client.post("/search", json={"q": q, "k": 7})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["query"] == q and body["lang"] == "sv"
    assert 0 < len(body["hits"]) <= 7
    for h in body["hits"]:
        check_hit(h)
    scores = [h["score"] for h in body["hits"]]
    assert scores == sorted(scores, reverse=True)
    assert any("1 466,5 miljoner kronor" in h["text"] for h in body["hits"])


def test_search_default_k_is_10(client: TestClient) -> None:
    assert len(client.get("/search", params={"q": "regionstyrelsen"}).json()["hits"]) == 10


def test_search_filters_restrict_hits(client: TestClient) -> None:
    doc = "004_7ba8079f8794b2c3.txt"
    for params in ({"doc": doc}, {"kind": "table"}, {"year": 2025}, {"organ": "regionstyrelsen"}):
        r = client.get("/search", params={"q": "budget", **params})
        assert r.status_code == 200, (params, r.text)
        hits = r.json()["hits"]
        assert hits, params
        if "doc" in params:
            assert {h["doc"] for h in hits} == {doc}
        if "kind" in params:
            assert {h["kind"] for h in hits} == {"table"}


def test_english_question_is_detected(client: TestClient) -> None:
    r = client.get("/search", params={"q": "What is the budget for primary care in 2025?"})
    assert r.json()["lang"] == "en"


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_ask_lists_every_uppdrag_with_the_date(client: TestClient, method: str) -> None:
    q = "vilka uppdrag har slutdatum 2025-12-31"
    r = client.get("/ask", params={"q": q}) if method == "GET" else client.post("/ask", json={"q": q})
    assert r.status_code == 200, r.text
    body = r.json()
    check_ask(body, q)
    assert body["found"] is True and body["answer"]
    assert len(body["records"]) >= 5
    assert {rec["type"] for rec in body["records"]} == {"uppdrag"}
    assert all(rec["fields"]["slutdatum"] == "2025-12-31" for rec in body["records"])
    assert body["citations"] and len(body["citations"]) <= 5


def test_ask_figure_question(client: TestClient) -> None:
    q = "Hur stor är budgeten för primärvård beställare 2025?"
    body = client.get("/ask", params={"q": q}).json()
    check_ask(body, q)
    assert body["found"] is True and body["figures"] and body["records"] == []
    assert body["figures"][0]["unit"] == "mnkr"


def test_ask_k_bounds_citations(client: TestClient) -> None:
    body = client.post("/ask", json={"q": "kompetensförsörjning strategi 2030", "k": 2}).json()
    check_ask(body, "kompetensförsörjning strategi 2030")
    assert len(body["citations"]) <= 2


def test_ask_outside_the_documents_is_not_found(client: TestClient) -> None:
    q = "Vem vann fotbolls-VM 1958 i Råsunda?"
    body = client.get("/ask", params={"q": q}).json()
    check_ask(body, q)
    assert body["found"] is False and body["answer"] == ""


def test_health_summarises_the_live_index(client: TestClient) -> None:
    r = client.get("/health")
    assert r.status_code == 200
    h = r.json()
    assert h["status"] == "ok" and h["model"] == "hash-256" and h["dim"] == 256
    assert re.fullmatch(r"\d{8}T\d{6}\.\d{9}-[0-9a-f]{8}", h["build"])  # local time to the nanosecond
    assert h["built_at"]
    assert h["counts"]["documents"] == 5 and h["counts"]["chunks"] > 0 and h["counts"]["records"] > 0
    assert [d["doc"] for d in h["documents"]] == sorted(d["doc"] for d in h["documents"])
    for d in h["documents"]:
        assert {"doc", "title", "year", "region", "organ"} <= d.keys()
    assert "/" not in str(h["documents"][0].get("path", ""))  # no server paths


def test_openapi_and_docs_are_served(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/search", "/ask"):
        for method in ("get", "post"):
            codes = spec["paths"][path][method]["responses"].keys()
            assert {"200", "413", "422", "503"} <= codes
    assert spec["paths"]["/search"]["get"]["responses"]["422"]["content"]["application/json"]["schema"]["$ref"].endswith("ErrorResponse")
    assert client.get("/docs").status_code == 200


def test_read_only(client: TestClient, corpus_index) -> None:
    before = sorted(p.name for p in corpus_index.index.parent.rglob("*"))
    client.get("/search", params={"q": "budget"})
    client.post("/ask", json={"q": "budget", "doc": "../../etc/passwd"})
    assert sorted(p.name for p in corpus_index.index.parent.rglob("*")) == before


def test_cors_only_for_configured_origins(corpus_index, make_client) -> None:
    origin = {"Origin": "https://granskning.example"}
    with make_client(corpus_index) as c:  # no origins configured: no CORS headers
        assert "access-control-allow-origin" not in c.get("/health", headers=origin).headers
    settings = corpus_index.model_copy(update={"cors_origins": ["https://granskning.example"]})
    with make_client(settings) as c:
        r = c.options("/search", headers={**origin, "Access-Control-Request-Method": "POST",
                                          "Access-Control-Request-Headers": "content-type"})
        assert r.status_code == 200 and r.headers["access-control-allow-origin"] == origin["Origin"]
        assert c.get("/health", headers=origin).headers["access-control-allow-origin"] == origin["Origin"]
        other = c.get("/health", headers={"Origin": "https://elsewhere.example"})
        assert "access-control-allow-origin" not in other.headers
