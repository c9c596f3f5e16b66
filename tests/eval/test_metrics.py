"""Tests for insyn.eval.metrics and the scoring in insyn.eval.runner, with hand-computed values."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from insyn.errors import InsynError
from insyn.eval.metrics import (
    figure_correct, first_match, hit_at, list_scores, matches, reciprocal_rank, squash, summarise as mean4,
)
from insyn.eval.runner import grouped, load_gold, score_question, summarise


# --- metrics -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Hälso- och sjukvårdsnämnden", "halsoochsjukvardsnamnden"),
    ("Åtgärder för Överskott, é!", "atgarderforoverskotte"),
    ("1 466,5 mnkr", "14665mnkr"),
    ("  A\tB\nC  ", "abc"),
    ("", ""),
    ("–—…”", ""),
])
def test_squash(text: str, expected: str) -> None:
    assert squash(text) == expected


def test_matches() -> None:
    text = "Budget för primärvård beställare uppgår 2025 till 1 466,5 miljoner kronor."
    assert matches(text, ["budget for primarvard bestallare"])
    assert matches(text, ["saknas", "1 466,5 MILJONER"])
    assert not matches(text, ["tandvård"])
    assert not matches(text, [])
    assert not matches(text, ["", "  ", "!!"])  # phrases that squash to nothing never match


def test_matches_hyphen_and_line_break_are_deleted() -> None:
    assert matches("Ta fram en hand-\nlingsplan", ["handlingsplan"])
    assert matches("Ta fram en hand-\nlingsplan", ["hand lingsplan"])
    assert matches("hälso- och sjukvård", ["halso och sjukvard"])


def test_first_match_is_one_based() -> None:
    texts = ["inget här", "Minska hyrberoendet", "minska HYRBEROENDET igen"]
    assert first_match(texts, ["minska hyrberoendet"]) == 2
    assert first_match(texts, ["inget"]) == 1
    assert first_match(texts, ["tandvård"]) is None
    assert first_match([], ["x"]) is None


@pytest.mark.parametrize(("rank", "k", "expected"), [(1, 1, 1.0), (1, 5, 1.0), (5, 5, 1.0), (6, 5, 0.0), (None, 5, 0.0)])
def test_hit_at(rank: int | None, k: int, expected: float) -> None:
    assert hit_at(rank, k) == expected


@pytest.mark.parametrize(("rank", "expected"), [(1, 1.0), (2, 0.5), (4, 0.25), (10, 0.1), (11, 0.0), (None, 0.0)])
def test_reciprocal_rank(rank: int | None, expected: float) -> None:
    assert reciprocal_rank(rank) == pytest.approx(expected)


def test_reciprocal_rank_cutoff() -> None:
    assert reciprocal_rank(3, cutoff=2) == 0.0
    assert reciprocal_rank(2, cutoff=2) == 0.5


@pytest.mark.parametrize(("value", "gold", "ok"), [
    (87.0, [{"value": 87}], True),
    (-87.0, [{"value": 87}], True),  # sign ignored
    (87.0, [{"value": -87}], True),
    (87.43, [{"value": 87}], True),  # 0.494 % off
    (86.57, [{"value": 87}], True),
    (87.44, [{"value": 87}], False),  # 0.506 % off
    (86.5, [{"value": 87}], False),
    (1466.5, [{"value": 1466.5}], True),
    (1473.8, [{"value": 1466.5}], True),  # 0.4978 % off
    (1474.0, [{"value": 1466.5}], False),  # 0.511 % off
    (0.0, [{"value": 0}], True),
    (0.001, [{"value": 0}], False),
    (5.0, [{"value": 1.0}, {"value": 5.0}], True),  # any gold figure
    (None, [{"value": 87}], False),
    (87.0, [], False),
    ("2025-12-31", [{"value": "2025-12-31"}], True),
    ("2025-12-30", [{"value": "2025-12-31"}], False),  # dates exactly
    (2025.0, [{"value": "2025-12-31"}], False),
    ("2025-12-31", [{"value": 2025}], False),
])
def test_figure_correct(value: float | str | None, gold: list[dict], ok: bool) -> None:
    assert figure_correct(value, gold) is ok


def test_list_scores_hand_computed() -> None:
    records = ["Minska hyrberoendet — riktas till hälso- och sjukvårdsnämnden",
               "Stärka vår ledning och styrning genom identifierade delaktiviteter 2025",
               "Något helt annat"]
    items = ["Minska hyrberoendet", "Stärka vår ledning", "Minska tjänsteresande"]
    recall, precision = list_scores(records, items)
    assert recall == pytest.approx(2 / 3)
    assert precision == pytest.approx(2 / 3)


def test_list_scores_edges() -> None:
    assert list_scores([], []) == (1.0, 1.0)
    assert list_scores(["rad"], []) == (1.0, 0.0)
    assert list_scores([], ["rad"]) == (0.0, 0.0)
    assert list_scores(["RAD ett", "rad två"], ["rad"]) == (1.0, 1.0)


def test_summarise_mean() -> None:
    assert mean4([1.0, 0.0, 0.0]) == 0.3333
    assert mean4([]) is None
    assert mean4(x for x in (0.5, 1.0)) == 0.75


# --- runner scoring on synthetic rows -------------------------------------------------------------------
def _gold(**kw: object) -> dict:
    row = {"id": "q1", "question": "Fråga?", "lang": "sv", "type": "passage", "docs": [], "evidence": [],
           "answer": "", "figures": [], "items": []}
    row.update(kw)
    return row


def _ask(found: bool = True, figures: list | None = None, records: list | None = None) -> dict:
    return {"found": found, "figures": figures or [], "records": records or []}


def test_score_question_passage() -> None:
    gold = _gold(evidence=["minska hyrberoendet"])
    row = score_question(gold, ["annat", "annat", "Minska hyrberoendet!"], _ask())
    assert row == {"id": "q1", "type": "passage", "lang": "sv", "question": "Fråga?", "rank": 3, "hit1": 0.0,
                   "hit5": 1.0, "hit10": 1.0, "mrr10": pytest.approx(1 / 3), "found": True, "abstain_ok": 1.0}


def test_score_question_figure_and_list() -> None:
    gold = _gold(type="figure", figures=[{"value": 87, "unit": "mnkr", "text": "87 miljoner kronor"}])
    row = score_question(gold, [], _ask(figures=[{"value": -87.0}, {"value": 5.0}]))
    assert row["figure"] == -87.0 and row["figure_ok"] == 1.0
    assert "rank" not in row  # no evidence, no retrieval score
    none = score_question(gold, [], _ask(figures=[]))
    assert none["figure"] is None and none["figure_ok"] == 0.0
    listed = score_question(_gold(type="list", items=["Minska hyrberoendet", "Stärka vår ledning"]), [],
                            _ask(records=[{"text": "Minska hyrberoendet — riktas till x"}]))
    assert (listed["list_recall"], listed["list_precision"], listed["records"]) == (0.5, 1.0, 1)


def test_score_question_abstention() -> None:
    assert score_question(_gold(type="none"), [], _ask(found=False))["abstain_ok"] == 1.0
    assert score_question(_gold(type="none"), [], _ask(found=True))["abstain_ok"] == 0.0
    assert score_question(_gold(type="figure"), [], _ask(found=False))["abstain_ok"] == 0.0


def test_summarise_and_grouped() -> None:
    rows = [
        {"id": "a", "type": "passage", "lang": "sv", "hit1": 1.0, "hit5": 1.0, "mrr10": 1.0, "abstain_ok": 1.0},
        {"id": "b", "type": "passage", "lang": "en", "hit1": 0.0, "hit5": 1.0, "mrr10": 0.5, "abstain_ok": 1.0},
        {"id": "c", "type": "figure", "lang": "sv", "hit1": 0.0, "hit5": 0.0, "mrr10": 0.0, "figure_ok": 1.0,
         "abstain_ok": 1.0},
        {"id": "d", "type": "none", "lang": "sv", "abstain_ok": 0.0},
    ]
    overall = summarise(rows)
    assert overall == {"n": 4, "hit1": 0.3333, "hit5": 0.6667, "mrr10": 0.5, "figure_ok": 1.0, "abstain_ok": 0.75}
    by_type = grouped(rows, "type")
    assert list(by_type) == ["figure", "none", "passage"]
    assert by_type["passage"] == {"n": 2, "hit1": 0.5, "hit5": 1.0, "mrr10": 0.75, "abstain_ok": 1.0}
    assert by_type["none"] == {"n": 1, "abstain_ok": 0.0}
    assert grouped(rows, "lang")["en"]["n"] == 1
    assert summarise([]) == {"n": 0}


def test_load_gold(tmp_path: Path) -> None:
    good = tmp_path / "gold.jsonl"
    good.write_text(json.dumps(_gold()) + "\n\n" + json.dumps(_gold(id="q2")) + "\n", encoding="utf-8")
    assert [g["id"] for g in load_gold(good)] == ["q1", "q2"]
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(_gold()) + "\n{inte json\n", encoding="utf-8")
    with pytest.raises(InsynError, match=r"bad.jsonl:2: not JSON"):
        load_gold(bad)
    with pytest.raises(InsynError, match="no such gold file"):
        load_gold(tmp_path / "saknas.jsonl")


def test_dev_gold_file_shape() -> None:
    path = Path(__file__).resolve().parents[3] / "shared" / "eval/dev.jsonl"
    if not path.exists():
        pytest.skip(f"{path} is not available")
    gold = load_gold(path)
    assert len({g["id"] for g in gold}) == len(gold)
    for g in gold:
        assert g["type"] in {"passage", "figure", "list", "ocr", "cross", "none"}
        assert g["lang"] in {"sv", "en"}
        assert {"id", "question", "evidence", "figures", "items"} <= set(g)


def test_page_right_is_the_share_of_matching_hits_that_cite_the_gold_page() -> None:
    from insyn.eval.metrics import page_right

    texts = ["annat", "Ramen för tandvården är 148,7", "ramen for tandvarden ar 148,7 mnkr"]
    assert page_right(texts, [1, 5, 4], ["Ramen för tandvården"], 5) == 0.5
    assert page_right(texts, [1, 5, 5], ["Ramen för tandvården"], 5) == 1.0
    assert page_right(texts, [1, 5, 5], ["saknas"], 5) is None  # no hit matches: not scored


def test_page_right_does_not_score_a_source_without_pages() -> None:
    """A plain-text file without page breaks cites page null (CONTRACT.md): a gold page for it
    cannot be met or missed, while a matching hit of a paged source still counts."""
    from insyn.eval.metrics import page_right

    texts = ["Ramen för tandvården är 148,7", "ramen for tandvarden ar 148,7 mnkr"]
    assert page_right(texts, [None, None], ["Ramen för tandvården"], 1) is None
    assert page_right(texts, [None, 3], ["Ramen för tandvården"], 3) == 1.0
