"""The `insyn` command line via subprocess: help texts, exit codes, one-line errors and JSON output."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
INSYN = ROOT / ".venv" / "bin" / "insyn"
CORPUS = ROOT / "examples" / "corpus"
DOCS = ["000_14dd89f663d29f12.txt", "002_b44e5d8e8ff73640.txt"]
HIT_FIELDS = {"doc", "title", "page", "section", "kind", "text", "score", "figures"}
FIGURE_FIELDS = {"value", "unit", "text", "label", "doc", "page"}
RECORD_FIELDS = {"type", "doc", "page", "section", "fields", "text"}


def _env(index: Path) -> dict[str, str]:
    return dict(os.environ, INSYN_FAKE_EMBEDDER="1", INSYN_INDEX=str(index), HF_HUB_OFFLINE="1",
                TRANSFORMERS_OFFLINE="1", COLUMNS="200")


def run(*args: str, index: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(INSYN), *args], env=_env(index), capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An index of two corpus documents, built by `insyn ingest`."""
    index = tmp_path_factory.mktemp("cli") / "index"
    proc = run("ingest", *(str(CORPUS / d) for d in DOCS), index=index)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("2 ingested, 0 unchanged, 0 skipped")
    return index


@pytest.fixture()
def no_index(tmp_path: Path) -> Path:
    return tmp_path / "finns-inte" / "index"


def _one_line_error(proc: subprocess.CompletedProcess[str]) -> str:
    assert proc.returncode == 1, (proc.returncode, proc.stderr)
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("insyn: ")
    return lines[0]


# --- help and usage ------------------------------------------------------------------------------
@pytest.mark.parametrize("command", [["ingest"], ["search"], ["ask"], ["serve"], ["ui"], ["eval"], ["records"],
                                     ["model", "build"]])
def test_help_shows_a_swedish_example(command: list[str], no_index: Path) -> None:
    proc = run(*command, "--help", index=no_index)
    assert proc.returncode == 0, proc.stderr
    assert "Exempel:" in proc.stdout
    assert f"insyn {' '.join(command)}" in proc.stdout.split("Exempel:", 1)[1]


def test_top_level_help_is_swedish(no_index: Path) -> None:
    proc = run("--help", index=no_index)
    assert proc.returncode == 0
    assert "sök och fråga i svenska styrdokument" in proc.stdout
    for command in ("ingest", "search", "ask", "serve", "ui", "eval", "records", "model"):
        assert command in proc.stdout


@pytest.mark.parametrize("args", [
    ["search", "budget", "--bogus"],
    ["search"],  # missing query
    ["finns-inte"],  # unknown command
    ["search", "budget", "--kind", "bild"],  # not a Kind
])
def test_usage_errors_exit_2(args: list[str], no_index: Path) -> None:
    proc = run(*args, index=no_index)
    assert proc.returncode == 2, (proc.returncode, proc.stderr)
    assert "Traceback" not in proc.stderr
    assert "Usage:" in proc.stderr


@pytest.mark.parametrize("k", ["0", "51"])
def test_k_out_of_range_is_a_usage_error(k: str, index: Path) -> None:
    # typer checks min=1, max=50 itself: a usage error (2), before insyn sees the value
    proc = run("search", "budget", "--k", k, index=index)
    assert proc.returncode == 2
    assert "--k" in proc.stderr and "Traceback" not in proc.stderr


# --- bad input: exit 1 with one line ---------------------------------------------------------------
def test_missing_path(no_index: Path, tmp_path: Path) -> None:
    line = _one_line_error(run("ingest", str(tmp_path / "saknas.pdf"), index=no_index))
    assert "saknas.pdf: no such file or folder" in line
    assert not no_index.exists()


@pytest.mark.parametrize("args", [["search", "budget"], ["ask", "budget"], ["records", "--type", "uppdrag"]])
def test_missing_index(args: list[str], no_index: Path) -> None:
    line = _one_line_error(run(*args, index=no_index))
    assert f"no index at {no_index}" in line


@pytest.mark.parametrize("command", ["search", "ask"])
def test_blank_query(command: str, index: Path) -> None:
    assert "query is empty" in _one_line_error(run(command, "   ", index=index))


@pytest.mark.parametrize("command", ["search", "ask"])
def test_empty_query_one_line(command: str, index: Path) -> None:
    line = _one_line_error(run(command, "", index=index))
    assert "empty" in line


def test_over_long_query(index: Path) -> None:
    assert "the limit is 500" in _one_line_error(run("search", "a" * 600, index=index))


def test_unknown_filter_value(index: Path) -> None:
    line = _one_line_error(run("search", "budget", "--doc", "finns-inte.txt", index=index))
    assert "unknown doc 'finns-inte.txt'" in line and DOCS[0] in line


def test_bad_setting_is_one_line(index: Path) -> None:
    env = _env(index) | {"INSYN_MAX_CHUNK_CHARS": "5"}
    proc = subprocess.run([str(INSYN), "search", "budget"], env=env, capture_output=True, text=True, timeout=60)
    assert "bad setting" in _one_line_error(proc)


# --- JSON output --------------------------------------------------------------------------------------
def test_search_json(index: Path) -> None:
    proc = run("search", "budget för primärvård beställare 2025", "--k", "3", "--json", index=index)
    assert proc.returncode == 0, proc.stderr
    res = json.loads(proc.stdout)
    assert res["query"] == "budget för primärvård beställare 2025" and res["lang"] == "sv"
    assert len(res["hits"]) == 3
    for hit in res["hits"]:
        assert HIT_FIELDS <= set(hit)
        assert hit["doc"] in DOCS and hit["kind"] in {"text", "table"} and len(hit["text"]) <= 1200
        assert hit["page"] is None
        for f in hit["figures"]:
            assert FIGURE_FIELDS <= set(f)
    top = res["hits"][0]
    assert top["doc"] == DOCS[0] and top["title"] == "Nämndplan 2025 Regionstyrelsen"
    assert top["section"].endswith("4.5 Fördelade budgetramar 2025 > Beställare primärvård")
    assert any(f["value"] == 1466.5 and f["unit"] == "mnkr" for f in top["figures"])


def test_search_json_with_filters(index: Path) -> None:
    proc = run("search", "uppdrag", "--kind", "table", "--organ", "hälso- och sjukvårdsnämnden", "--k", "5", "--json",
               index=index)
    assert proc.returncode == 0, proc.stderr
    hits = json.loads(proc.stdout)["hits"]
    assert len(hits) == 5 and {h["doc"] for h in hits} == {DOCS[1]} and {h["kind"] for h in hits} == {"table"}


def test_ask_json(index: Path) -> None:
    proc = run("ask", "vilka uppdrag har slutdatum 2025-12-31?", "--json", index=index)
    assert proc.returncode == 0, proc.stderr
    res = json.loads(proc.stdout)
    assert {"query", "lang", "found", "answer", "figures", "records", "citations"} <= set(res)
    assert res["found"] is True and res["records"]
    for r in res["records"]:
        assert RECORD_FIELDS <= set(r)
        assert r["type"] == "uppdrag" and r["fields"]["slutdatum"] == "2025-12-31"
    for c in res["citations"]:
        assert HIT_FIELDS <= set(c)


def test_ask_text_output(index: Path) -> None:
    proc = run("ask", "vilka uppdrag har slutdatum 2025-12-31?", index=index)
    assert proc.returncode == 0, proc.stderr
    assert "rader matchar:" in proc.stdout and "Källor:" in proc.stdout


def test_records_json(index: Path) -> None:
    proc = run("records", "--type", "uppdrag", "--json", index=index)
    assert proc.returncode == 0, proc.stderr
    rows = json.loads(proc.stdout)
    assert rows and all(RECORD_FIELDS <= set(r) and r["type"] == "uppdrag" for r in rows)
    assert {r["doc"] for r in rows} == set(DOCS)
    hyr = [r for r in rows if r["doc"] == DOCS[0] and r["fields"]["uppdrag"] == "Minska hyrberoendet"]
    assert len(hyr) == 1
    assert hyr[0]["fields"]["riktas_till"] == "hälso- och sjukvårdsnämnden och regionstyrelsen"
    only = json.loads(run("records", "--type", "uppdrag", "--doc", DOCS[0], "--json", index=index).stdout)
    assert len(only) == 6 and {r["doc"] for r in only} == {DOCS[0]}


def test_records_generic_list_items_json(index: Path) -> None:
    proc = run("records", "--type", "list", "--doc", DOCS[0], "--json", index=index)
    assert proc.returncode == 0, proc.stderr
    rows = json.loads(proc.stdout)
    focus = [r for r in rows if r["caption"].startswith("Prioriterade fokusområden")]
    assert [r["text"].split(":")[0] for r in focus] == [
        "Stärka ledning och styrning", "Kompetensförsörjning", "Effektiv samverkanspartner", "Civil beredskap",
        "Norrlands universitetssjukhus (NUS)", "Kultur"]
    assert all({"table", "caption", "header", "parent"} <= set(r) and r["fields"] == {"punkt": r["text"]} for r in focus)
    assert len({r["table"] for r in focus}) == 1
    bad = run("records", "--type", "nope", index=index)
    assert bad.returncode == 1 and bad.stderr.startswith("insyn: no records of type 'nope' in the index; it has: ")


def test_records_text_counts_on_stderr(index: Path) -> None:
    proc = run("records", "--type", "uppdrag", "--doc", DOCS[0], index=index)
    assert proc.returncode == 0
    assert proc.stderr.strip() == "6 records"
    assert len(proc.stdout.strip().splitlines()) == 6


def test_records_doc_by_the_start_of_its_name_or_a_clear_error(index: Path) -> None:
    proc = run("records", "--type", "uppdrag", "--doc", DOCS[0][:6], index=index)
    assert proc.returncode == 0 and proc.stderr.strip() == "6 records"
    bad = run("records", "--doc", "nope.pdf", index=index)
    assert bad.returncode == 1 and bad.stdout == ""
    assert bad.stderr.startswith("insyn: no document 'nope.pdf' in the index; it has: ") and len(bad.stderr.splitlines()) == 1


def test_ingest_again_is_unchanged_and_json(index: Path) -> None:
    proc = run("ingest", *(str(CORPUS / d) for d in DOCS), "--json", index=index)
    assert proc.returncode == 0, proc.stderr
    summary = json.loads(proc.stdout)
    assert (summary["added"], sorted(summary["unchanged"]), summary["skipped"]) == ([], DOCS, []), summary


def test_eval_json_on_a_tiny_gold_file(index: Path, tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    rows = [
        {"id": "t1", "question": "vilka uppdrag har slutdatum 2025-12-31?", "lang": "sv", "type": "list", "docs": [],
         "evidence": ["Minska hyrberoendet"], "answer": "", "figures": [], "items": ["Minska hyrberoendet"]},
        {"id": "t2", "question": "Hur mycket är budgeten för primärvård beställare 2025?", "lang": "sv",
         "type": "figure", "docs": [], "evidence": ["Budget för primärvård beställare uppgår 2025"], "answer": "",
         "figures": [{"value": 1466.5, "unit": "mnkr", "text": "1 466,5 miljoner kronor"}], "items": []},
    ]
    gold.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    proc = run("eval", str(gold), "--json", index=index)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert report["overall"]["n"] == 2
    assert [q["id"] for q in report["questions"]] == ["t1", "t2"]
    by_id = {q["id"]: q for q in report["questions"]}
    assert by_id["t2"]["figure_ok"] == 1.0 and by_id["t2"]["hit1"] == 1.0
    assert by_id["t1"]["list_recall"] == 1.0
    assert set(report["by_type"]) == {"list", "figure"}
