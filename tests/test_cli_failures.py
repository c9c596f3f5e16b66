"""The probe's command-line failures (issue 19): each is one line on stderr and exit 1, never a traceback."""

from __future__ import annotations

import importlib.util
import json
import socket
from pathlib import Path

import pytest

from test_cli import CORPUS, DOCS, run  # tests/test_cli.py


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    index = tmp_path_factory.mktemp("cli-failures") / "index"
    proc = run("ingest", str(CORPUS / DOCS[0]), index=index)
    assert proc.returncode == 0, proc.stderr
    return index


def one_line(proc) -> str:
    assert "Traceback" not in proc.stderr
    assert proc.returncode == 1, (proc.returncode, proc.stderr)
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    return lines[0]


@pytest.mark.parametrize("command", ["search", "ask"])
def test_query_with_a_309_digit_number(index: Path, command: str) -> None:
    proc = run(command, "9" * 309, index=index)
    assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr


@pytest.mark.parametrize("q", ["\u200b", "\ufeff\u202e"])
def test_query_empty_after_normalisation(index: Path, q: str) -> None:
    assert one_line(run("ask", q, index=index)) == "insyn: query is empty"


def test_contentless_question_is_not_found(index: Path) -> None:
    proc = run("ask", "och det som är", "--json", index=index)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["found"] is False


def test_errors_are_json_with_json(index: Path) -> None:
    line = one_line(run("search", "   ", "--json", index=index))
    assert json.loads(line) == {"error": {"code": "invalid_input", "message": "query is empty"}}
    line = one_line(run("ask", "budget", "--json", index=index.parent / "saknas"))
    assert json.loads(line)["error"]["code"] == "no_index"


@pytest.mark.parametrize("command", ["serve", "ui"])
def test_port_out_of_range(index: Path, command: str) -> None:
    assert one_line(run(command, "--port", "99999", index=index)) == "insyn: --port 99999: a port is 1-65535"


def test_port_in_use(index: Path) -> None:
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        line = one_line(run("serve", "--port", str(port), index=index))
    assert line.startswith(f"insyn: cannot listen on 127.0.0.1:{port}")


@pytest.mark.skipif(importlib.util.find_spec("ray") is not None, reason="Ray is installed")
@pytest.mark.parametrize("command", [["ingest", str(CORPUS / DOCS[0])], ["serve"]])
def test_ray_without_ray(index: Path, command: list[str]) -> None:
    line = one_line(run(*command, "--ray", "local", index=index))
    assert line == "insyn: --ray needs Ray: pip install 'insyn[cluster]'"
