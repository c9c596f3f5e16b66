"""Parser coverage: do the gold list items and figures of a gold file exist in what
`ingest.tables` and `ingest.figures` extract from the corpus?

For every question of type list/figure/ocr/cross: an item is covered when it is inside some
row's text (both folded: lower-cased, å/ä→a, ö→o, é→e, non-alphanumerics removed); a figure
is covered when an extracted figure (from `extract_figures` on the document or from
`figures_from_record` on its rows) has the value within 0.5 % (sign ignored; dates exact).

    python -m insyn.eval.coverage [GOLD.jsonl] [CORPUS_DIR]

Record coverage, as a user sees it: do the gold list items stand in the records (typed or
generic) of the right document, read from an index (`insyn records --json` holds the same)
or parsed from files without building an index:

    python -m insyn.eval.coverage GOLD.jsonl --index DIR
    python -m insyn.eval.coverage GOLD.jsonl --files PATH...
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
from insyn.types import Record

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


def records_of_index(index: Path) -> dict[str, list[Record]]:
    """The records of an index folder, by document."""
    from insyn.index import folder, store

    con = store.connect(folder.resolve(index) / folder.DB)
    out: dict[str, list[Record]] = {}
    for _, r in store.records(con):
        out.setdefault(r.doc, []).append(r)
    return out


def records_of_files(paths: list[Path]) -> dict[str, list[Record]]:
    """The records ingest would store for these files (or folders), parsed without an index."""
    from insyn.index.build import discover, read_pages
    from insyn.ingest.chunking import chunk_document
    from insyn.settings import Settings

    settings = Settings()
    warn = lambda m: print(m, file=sys.stderr)  # noqa: E731
    out: dict[str, list[Record]] = {}
    for path in discover(paths, warn):
        pages, _ = read_pages(path.read_bytes(), path, settings, warn)
        out[path.name] = [r for c in chunk_document(pages, path.name, path.name) for r in c.records]
    return out


def record_coverage(gold_path: Path, records: dict[str, list[Record]]) -> dict[str, Any]:
    """Per question with items: which items stand in a record of one of its documents."""
    questions, hit, total = [], 0, 0
    folded = {d: [fold(r.text) for r in rs] for d, rs in records.items()}
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        q = json.loads(line)
        if not q.get("items"):
            continue
        rows = [t for d in q.get("docs", []) for t in folded.get(d, [])]
        ok = [any(fold(it) in t for t in rows) for it in q["items"]]
        questions.append({"id": q["id"], "type": q["type"], "items": ok,
                          "missing": [it for it, o in zip(q["items"], ok) if not o]})
        hit, total = hit + sum(ok), total + len(ok)
    by_doc = {d: dict(Counter(r.type for r in rs)) for d, rs in records.items()}
    return {"questions": questions, "records": by_doc,
            "items": {"covered": hit, "total": total, "share": round(hit / max(total, 1), 3)}}


def _print_record_coverage(rep: dict[str, Any]) -> None:
    for d, counts in rep["records"].items():
        print(f"{d}: {counts}")
    for q in rep["questions"]:
        miss = f" missing {q['missing']}" if q["missing"] else ""
        print(f"  {q['id']} {q['type']}: {sum(q['items'])}/{len(q['items'])}{miss}")
    i = rep["items"]
    print(f"items in records {i['covered']}/{i['total']} (coverage {i['share']})")


def main(argv: list[str] | None = None) -> int:
    """Print the coverage report; exit 0."""
    args = sys.argv[1:] if argv is None else argv
    if "--index" in args or "--files" in args:
        flag = "--index" if "--index" in args else "--files"
        at = args.index(flag)
        gold = Path(args[0]) if at > 0 else DEFAULT_GOLD
        targets = [Path(a) for a in args[at + 1:]]
        recs = records_of_index(targets[0]) if flag == "--index" else records_of_files(targets)
        _print_record_coverage(record_coverage(gold, recs))
        return 0
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
