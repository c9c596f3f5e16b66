"""Answers in the documents' own words: complete lists of rows, the figure that answers, or
the passage; `found` is false when the documents do not answer.

Every figure and record in an answer is read from the index (and so from an ingested page);
nothing is composed from outside it.
"""

from __future__ import annotations

import re
from collections import defaultdict

from insyn.answer.abstain import is_answered
from insyn.answer.question import UNITS_OF, Intent, Question, Want, parse_question
from insyn.answer.render import compose
from insyn.contract import AskResponse, FigureOut, HitOut, RecordOut
from insyn.index import store
from insyn.index.search import Filters, Hit, Index
from insyn.ingest.figures import figures_from_record
from insyn.ingest.swedish import fold, tokenize
from insyn.settings import Settings
from insyn.types import Figure, Record


def answer(index: Index, q: str, lang: str, k: int, filters: Filters, settings: Settings) -> AskResponse:
    question = parse_question(q)
    hits = index.search(q, max(k, 10), filters)
    empty = AskResponse(query=q, lang=lang, found=False, answer="", intent=question.intent.value,
                        figures=[], records=[], citations=[])
    if not hits or not is_answered(index, question, hits, settings):
        return empty
    records: list[Record] = []
    if question.intent is Intent.list:
        records = list_records(index, question, hits)
    figures = [] if records else rank_figures(question, hits)
    citations = hits[:k]
    text = compose(question, lang, figures, records, citations)
    return AskResponse(
        query=q, lang=lang, found=True, answer=text, intent=question.intent.value,
        figures=[FigureOut.of(f) for f in figures[:10]], records=[RecordOut.of(r) for r in records],
        citations=[HitOut.of(h.chunk, h.score) for h in citations],
    )


# --- lists ---------------------------------------------------------------------------------
def _matches(question: Question, record: Record) -> bool:
    """Whether a row satisfies every structured constraint of the question."""
    f = {key: fold(v) for key, v in record.fields.items()}
    slut = record.fields.get("slutdatum", "")
    if question.date and slut != question.date:
        return False
    if question.date_year and not slut.startswith(str(question.date_year)):
        return False
    if question.before and not (slut and slut <= question.before):
        return False
    if question.after and not (slut and slut >= question.after):
        return False
    if question.status:
        status = f.get("status", "") or f.get("bedomning", "")
        if question.status == "paborjad":
            if not (status.startswith("paborjad") or status == "pagaende"):
                return False
        elif question.status not in status or (question.status == "paborjad" and "ej" in status):
            return False
    if question.addressee:
        to = f.get("riktas_till", "")
        if not to:
            return False
        want = question.addressee
        if want.startswith("alla"):
            if "alla" not in to and "samtliga" not in to:
                return False
        elif not (_stem_overlap(want, to) or "alla namnder" in to or "samtliga" in to):
            return False
    return True


def _stem_overlap(a: str, b: str) -> bool:
    sa, sb = set(tokenize(a)), set(tokenize(b))
    key = {t for t in sa if len(t) >= 5}
    return bool(key) and key <= sb | {t[:-1] for t in sb}


def _has_constraints(q: Question) -> bool:
    return any((q.date, q.date_year, q.before, q.after, q.status, q.addressee))


def list_records(index: Index, question: Question, hits: list[Hit]) -> list[Record]:
    """Every row matching the question, complete: structured constraints over the rows of the
    documents the question is about, or the whole table the best hit comes from."""
    wanted = question.record_type or next((c.records[0].type for h in hits for c in [h.chunk] if c.records), None)
    if wanted is None:
        return []
    docs = _docs_in_focus(index, question, hits)
    rows = [(pos, r) for pos, r in store.records(index.con, wanted, docs)]
    if _has_constraints(question):
        chosen = [r for _, r in rows if _matches(question, r)]
        chosen = _best_sections(question, chosen)
    else:
        chosen = _best_table(question, hits, rows)
    if question.selectors:
        narrowed = [r for r in chosen if any(s in fold(r.text + " " + " ".join(r.fields.values())) for s in question.selectors)]
        chosen = narrowed or chosen
    return _dedupe(chosen)


def _docs_in_focus(index: Index, question: Question, hits: list[Hit]) -> list[str]:
    """Documents named by the question (year, organ), else those of the top hits."""
    top = list(dict.fromkeys(h.chunk.doc for h in hits[:5]))
    docs = index.documents
    if question.years:
        by_year = [d for d in top if docs[d].year in question.years]
        if by_year:
            return by_year
    return top


def _best_sections(question: Question, rows: list[Record]) -> list[Record]:
    """Among matching rows, those in the sections whose headings fit the question best."""
    if not rows:
        return rows
    q_terms = set(tokenize(question.text))
    score = {s: len(q_terms & set(tokenize(s))) for s in {r.section for r in rows}}
    best = max(score.values())
    return [r for r in rows if score[r.section] == best] if best > 0 else rows


def _best_table(question: Question, hits: list[Hit], rows: list[tuple[int, Record]]) -> list[Record]:
    """All rows of the table (document + section) that the best-ranked hit with rows comes from."""
    by_table: dict[tuple[str, str], list[Record]] = defaultdict(list)
    for _, r in rows:
        by_table[(r.doc, r.section)].append(r)
    for h in hits:
        for r in h.chunk.records:
            if (r.doc, r.section) in by_table:
                return by_table[(r.doc, r.section)]
    q_terms = set(tokenize(question.text))
    scored = sorted(by_table.items(), key=lambda kv: -len(q_terms & set(tokenize(kv[0][1] + " " + " ".join(x.text for x in kv[1])))))
    return scored[0][1] if scored else []


def _dedupe(rows: list[Record]) -> list[Record]:
    seen, out = set(), []
    for r in rows:
        key = (r.doc, r.text)
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


# --- figures -------------------------------------------------------------------------------
def rank_figures(question: Question, hits: list[Hit]) -> list[Figure]:
    """Figures of the top hits, best first: unit fits the question, label shares its words,
    year columns match its years, and higher-ranked passages first."""
    q_terms = set(tokenize(question.text))
    units = UNITS_OF.get(question.want, set())
    scored: list[tuple[float, int, Figure]] = []
    seen: set[tuple[str, str, str]] = set()
    order = 0
    for rank, hit in enumerate(hits[:8]):
        figures = list(hit.chunk.figures) + [f for r in hit.chunk.records for f in figures_from_record(r)]
        for f in figures:
            key = (f.doc, f.text, f.label)
            if key in seen:
                continue
            seen.add(key)
            order += 1
            label_terms = set(tokenize(f.label))
            overlap = len(q_terms & label_terms) / (len(q_terms) or 1)
            s = 1.0 / (1 + rank) + 1.5 * overlap
            if units:
                s += 1.0 if f.unit in units else (-1.0 if f.unit != "antal" or question.want is not Want.money else -0.3)
            if f.unit == "år":
                s -= 2.0
            s += _year_bonus(question, f)
            s += _target_bonus(question, f)
            scored.append((s, order, f))
    scored.sort(key=lambda t: (-t[0], t[1]))
    return [f for _, _, f in scored]


def _year_bonus(question: Question, f: Figure) -> float:
    years = re.findall(r"20\d\d", f.label)
    if not question.years or not years:
        return 0.0
    return 0.6 if any(int(y) in question.years for y in years) else -0.3


def _target_bonus(question: Question, f: Figure) -> float:
    label = fold(f.label)
    wants_target = bool(re.search(r"\b(mal|malet|malvarde|target|ska|siktar|planerar)\b", question.folded))
    if re.search(r"\bmal\b", label):
        return 0.5 if wants_target else -0.2
    if re.search(r"\butfall\b", label):
        return -0.2 if wants_target else 0.3
    return 0.0
