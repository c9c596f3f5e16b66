"""Bad input answers one error shape, with a message that names the problem; never a 500."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from insyn.api.errors import MAX_BODY_BYTES
from insyn.settings import Settings


def assert_error(r: httpx.Response, status: int, code: str, *names: str) -> str:
    assert r.status_code == status, r.text
    body = r.json()
    assert body.keys() == {"error"} and body["error"].keys() == {"code", "message"}, body
    assert body["error"]["code"] == code, body
    message = body["error"]["message"]
    for name in names:
        assert name in message, (name, message)
    return message


# (params, code, words the message must contain); each checked on GET and POST of both routes.
BAD = [
    ({"q": "budget", "k": 0}, "invalid_parameter", ["k must be between 1 and 50"]),
    ({"q": "budget", "k": 51}, "invalid_parameter", ["k must be between 1 and 50"]),
    ({"q": "budget", "k": "tio"}, "invalid_parameter", ["k", "integer"]),
    ({"q": "budget", "year": 1066}, "invalid_parameter", ["year must be between 1900 and 2100"]),
    ({"q": "budget", "year": "i fjol"}, "invalid_parameter", ["year", "integer"]),
    ({"q": "budget", "kind": "bild"}, "invalid_parameter", ["kind", "'text' or 'table'"]),
    ({"k": 3}, "invalid_parameter", ["q is required"]),
    ({"q": ""}, "invalid_parameter", ["q", "at least 1 character"]),
    ({"q": "   "}, "invalid_input", ["query is empty"]),
    ({"q": "x" * 501}, "invalid_input", ["501 characters", "limit is 500"]),
    ({"q": "budget\x00 2025"}, "invalid_input", ["control characters"]),
    ({"q": "budget\x1b[31m"}, "invalid_input", ["control characters"]),
    ({"q": "budget", "doc": "nope.pdf"}, "invalid_input", ["unknown doc 'nope.pdf'", "000_14dd89f663d29f12.txt"]),
    ({"q": "budget", "doc": "../../etc/passwd"}, "invalid_input", ["unknown doc"]),
    ({"q": "budget", "region": "Region Skåne"}, "invalid_input", ["unknown region", "Region Västerbotten"]),
    ({"q": "budget", "organ": "kulturnämnden"}, "invalid_input", ["unknown organ", "regionstyrelsen"]),
    ({"q": "budget", "year": 1999}, "invalid_input", ["unknown year '1999'", "2025"]),
    ({"q": "budget", "debug": 1}, "invalid_parameter", ["unknown field 'debug'", "allowed: q, k"]),
]


@pytest.mark.parametrize("path", ["/search", "/ask"])
@pytest.mark.parametrize("method", ["GET", "POST"])
@pytest.mark.parametrize(("params", "code", "names"), BAD, ids=[str(i) for i in range(len(BAD))])
def test_bad_input_is_422_naming_the_problem(client: TestClient, path: str, method: str, params: dict,
                                             code: str, names: list[str]) -> None:
    r = client.get(path, params=params) if method == "GET" else client.post(path, json=params)
    assert_error(r, 422, code, *names)


@pytest.mark.parametrize("body", [b'{"q": "budget"', b"q=budget", b"\xff\xfe", b'{"q": "budget",}'])
def test_malformed_json(client: TestClient, body: bytes) -> None:
    r = client.post("/search", content=body, headers={"content-type": "application/json"})
    assert_error(r, 422, "invalid_json", "not valid JSON")


@pytest.mark.parametrize("body", ['["budget"]', '"budget"', "42", "null"])
def test_body_that_is_not_an_object(client: TestClient, body: str) -> None:
    r = client.post("/ask", content=body, headers={"content-type": "application/json"})
    assert_error(r, 422, "invalid_parameter", "body")


def test_missing_body_and_wrong_content_type(client: TestClient) -> None:
    assert_error(client.post("/search"), 422, "invalid_parameter", "body is missing")
    r = client.post("/search", content=b'{"q": "budget"}', headers={"content-type": "text/plain"})
    assert_error(r, 422, "invalid_json", "application/json")


def test_wrong_json_types(client: TestClient) -> None:
    assert_error(client.post("/search", json={"q": ["budget"]}), 422, "invalid_parameter", "q", "string")
    assert_error(client.post("/search", json={"q": "budget", "k": 2.5}), 422, "invalid_parameter", "k", "fractional")
    assert_error(client.post("/search", json={"q": "budget", "doc": {"x": 1}}), 422, "invalid_parameter", "doc")


def test_lone_surrogate_is_rejected(client: TestClient) -> None:
    r = client.post("/ask", content=b'{"q": "budget \\ud800"}', headers={"content-type": "application/json"})
    assert_error(r, 422, "invalid_parameter", "q")


def test_oversized_body_is_413(client: TestClient) -> None:
    big = {"q": "budget " * (MAX_BODY_BYTES // 7 + 10)}
    assert_error(client.post("/search", json=big), 413, "body_too_large", str(MAX_BODY_BYTES))

    def chunks():  # no Content-Length: counted as it streams
        for _ in range(MAX_BODY_BYTES // 1000 + 2):
            yield b" " * 1000

    r = client.post("/ask", content=chunks(), headers={"content-type": "application/json"})
    assert_error(r, 413, "body_too_large")


def test_unknown_path_and_method(client: TestClient) -> None:
    assert_error(client.get("/nope"), 404, "not_found", "no such path")
    assert_error(client.get("/search/../../etc/passwd"), 404, "not_found")
    r = client.delete("/search")
    assert_error(r, 405, "method_not_allowed", "DELETE", "GET", "POST")
    assert {"GET", "POST"} <= {m.strip() for m in r.headers["allow"].split(",")}
    assert_error(client.put("/health"), 405, "method_not_allowed")


def test_missing_index_is_503_and_recovers(tmp_path: Path, corpus_index: Settings, make_client) -> None:
    settings = Settings(index=tmp_path / "index")
    with make_client(settings) as c:
        for r in (c.get("/health"), c.get("/search", params={"q": "budget"}), c.post("/ask", json={"q": "budget"})):
            assert_error(r, 503, "no_index", "insyn ingest")
        assert str(tmp_path) not in r.text
        settings.index.symlink_to(corpus_index.index.resolve())  # an index appears: served without restart
        assert c.get("/search", params={"q": "budget"}).status_code == 200


def test_index_of_another_model_is_503(tmp_path: Path, corpus_index: Settings) -> None:
    from insyn.answer.engine import Engine
    from insyn.api.app import create_app
    from insyn.index.embedder import HashEmbedder

    app = create_app(corpus_index, Engine(corpus_index, HashEmbedder(dim=64)))
    with TestClient(app, raise_server_exceptions=False) as c:
        assert_error(c.get("/search", params={"q": "budget"}), 503, "no_index")


def test_body_that_is_not_utf8(client: TestClient) -> None:
    r = client.post("/search", content=b'{"q": "budget \xe5r"}', headers={"content-type": "application/json"})
    assert_error(r, 422, "invalid_json", "UTF-8")


def test_unloadable_build_is_503(own_index: Settings, make_client) -> None:
    build = own_index.index.resolve()
    for f in build.glob("*.npy"):
        f.unlink()  # a damaged build: manifest present, arrays gone
    with make_client(own_index) as c:
        assert_error(c.get("/search", params={"q": "budget"}), 503, "no_index")
        assert_error(c.get("/health"), 503, "no_index")
