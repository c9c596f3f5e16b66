"""Folds of documents for calibrating the figure scorer: a test question's documents are never
trained on, generated questions included."""

import numpy as np

from insyn.eval.fit_figures import Group, document_folds, training_gold


def _group(n: int, docs: tuple[str, ...], generated: bool = False) -> Group:
    return Group(n, np.zeros((2, 3)), np.array([1.0, 0.0]), generated, (("1", "antal"), ("2", "antal")), docs)


def test_no_training_question_shares_a_document_with_the_test_fold():
    rows = [_group(i, (f"doc{i % 7}",)) for i in range(21)]
    rows += [_group(100 + i, (f"doc{i % 7}",), generated=True) for i in range(14)]
    rows.append(_group(200, ("doc1", "doc5")))  # a cross-document question
    folds = document_folds(rows, folds=3)
    assert len(folds) == 3
    tested = [r.n for _, test in folds for r in test]
    assert sorted(tested) == sorted(r.n for r in rows if not r.generated)  # every written question once
    for train, test in folds:
        held = {r.docs[0] for r in test}
        assert all(not held & set(r.docs) for r in train)
        assert not any(r.generated for r in test)
        assert any(r.generated for r in train)


def test_a_cross_document_question_is_not_trained_on_when_either_document_is_tested():
    rows = [_group(i, (f"doc{i % 4}",)) for i in range(8)] + [_group(50, ("doc0", "doc3"))]
    for train, test in document_folds(rows, folds=4):
        held = {r.docs[0] for r in test}
        if held & {"doc0", "doc3"}:
            assert 50 not in {r.n for r in train}


def test_a_missing_training_set_is_named_and_left_out(tmp_path, capsys) -> None:
    present = tmp_path / "train.jsonl"
    present.write_text('{"id": "t1", "question": "Vad kostar det?", "type": "figure"}\n', encoding="utf-8")
    gold = training_gold([present, tmp_path / "missing.jsonl"])
    assert [g["id"] for g in gold] == ["t1"]
    assert "missing.jsonl" in capsys.readouterr().err
