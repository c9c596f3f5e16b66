"""Parser coverage: do the gold list items and figures of a gold file exist in what
`ingest.tables` and `ingest.figures` extract from the corpus?

For every question of type list/figure/ocr/cross: an item is covered when it is inside some
row's text (both folded: lower-cased, å/ä→a, ö→o, é→e, non-alphanumerics removed); a figure
is covered when an extracted figure (from `extract_figures` on the document or from
`figures_from_record` on its rows) has the value within 0.5 % (sign ignored; dates exact).

    python -m insyn.eval.coverage [GOLD.jsonl] [CORPUS_DIR]
"""

from __future__ import annotations

import json
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from insyn.ingest.figures import extract_figures, figures_from_record
from insyn.ingest.tables import find_tables, records_from_tables

DEFAULT_GOLD = Path("/work/shared/eval/dev.jsonl")
DEFAULT_CORPUS = Path(__file__).resolve().parent.parent / "examples" / "corpus"


def fold(s: str) -> str:
    """Lower-case, strip diacritics and keep only letters and digits (the scoring rule)."""
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if c.isalnum() and not unicodedata.combining(c))


@dataclass
class DocExtract:
    """What the parsers found in one document."""

    row_texts: list[str] = field(default_factory=list)
    figures: list[tuple[float | str, str]] = field(default_factory=list)
    records_by_type: Counter[str] = field(default_factory=Counter)
    n_text_figures: int = 0


def extract_doc(text: str, doc: str = "") -> DocExtract:
    """Run the table and figure parsers over one document's text."""
    out = DocExtract()
    records = records_from_tables(find_tables(text), doc=doc)
    for r in records:
        out.records_by_type[r.type] += 1
        out.row_texts.append(fold(r.text))
        out.figures += [(f.value, f.unit) for f in figures_from_record(r)]
    text_figs = extract_figures(text)
    out.n_text_figures = len(text_figs)
    out.figures += [(f.value, f.unit) for f in text_figs]
    return out


def _value_match(gold: Any, got: float | str) -> bool:
    if isinstance(gold, str) or isinstance(got, str):
        return str(gold) == str(got)
    g, v = abs(float(gold)), abs(float(got))
    return abs(g - v) <= 0.005 * max(g, 1e-9)


def coverage(gold_path: Path = DEFAULT_GOLD, corpus: Path = DEFAULT_CORPUS) -> dict[str, Any]:
    """Per-document counts and per-question coverage of gold items and figures."""
    docs = {p.name: extract_doc(p.read_text(encoding="utf-8"), p.name)
            for p in sorted(corpus.glob("*.txt"))}
    questions = []
    items_total = items_hit = figs_total = figs_hit = 0
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        q = json.loads(line)
        if q.get("type") not in {"list", "figure", "ocr", "cross"}:
            continue
        ex = [docs[d] for d in q.get("docs", []) if d in docs]
        rows = [t for e in ex for t in e.row_texts]
        figs = [f for e in ex for f in e.figures]
        item_ok = [any(fold(it) in t for t in rows) for it in q.get("items", [])]
        fig_ok = [any(_value_match(g["value"], v) for v, _ in figs) for g in q.get("figures", [])]
        items_total += len(item_ok)
        items_hit += sum(item_ok)
        figs_total += len(fig_ok)
        figs_hit += sum(fig_ok)
        questions.append({"id": q["id"], "type": q["type"], "items": item_ok, "figures": fig_ok})
    return {
        "docs": {name: {"records": dict(e.records_by_type), "text_figures": e.n_text_figures,
                        "all_figures": len(e.figures)} for name, e in docs.items()},
        "questions": questions,
        "items": {"covered": items_hit, "total": items_total,
                  "pct": round(100 * items_hit / max(items_total, 1), 1)},
        "figures": {"covered": figs_hit, "total": figs_total,
                    "pct": round(100 * figs_hit / max(figs_total, 1), 1)},
    }


def main(argv: list[str] | None = None) -> int:
    """Print the coverage report; exit 0."""
    args = sys.argv[1:] if argv is None else argv
    gold = Path(args[0]) if args else DEFAULT_GOLD
    corpus = Path(args[1]) if len(args) > 1 else DEFAULT_CORPUS
    rep = coverage(gold, corpus)
    for name, d in rep["docs"].items():
        print(f"{name}: records {d['records']}, figures in text {d['text_figures']}, "
              f"all figures {d['all_figures']}")
    for q in rep["questions"]:
        miss_i = [i for i, ok in enumerate(q["items"]) if not ok]
        miss_f = [i for i, ok in enumerate(q["figures"]) if not ok]
        flag = "ok" if not miss_i and not miss_f else f"missing items {miss_i} figures {miss_f}"
        print(f"  {q['id']} {q['type']}: items {sum(q['items'])}/{len(q['items'])}, "
              f"figures {sum(q['figures'])}/{len(q['figures'])} {flag}")
    print(f"items covered {rep['items']['covered']}/{rep['items']['total']} "
          f"({rep['items']['pct']} %); figures covered {rep['figures']['covered']}/"
          f"{rep['figures']['total']} ({rep['figures']['pct']} %)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
