"""Answers in the documents' own words: complete lists of rows, the figure that answers, or
the passage; `found` is false when the documents do not answer.

Every figure and record in an answer is read from the index (and so from an ingested page);
nothing is composed from outside it.
"""

from __future__ import annotations

import re
from collections import defaultdict

from insyn.answer.abstain import is_answered, named_places, question_terms
from insyn.answer import figure_scorer
from insyn.answer.citation import citations as cite
from insyn.answer.features import Candidate, candidates, focus, weighted_share
from insyn.answer.question import Intent, Question, Want, parse_question
from insyn.answer.render import compose
from insyn.answer.rerank import RERANK, rerank
from insyn.contract import AskResponse, FigureOut, RecordOut
from insyn.index import store
from insyn.index.search import Filters, Hit, Index
from insyn.ingest.figures import figures_from_record
from insyn.ingest.swedish import fold, tokenize
from insyn.settings import Settings
from insyn.types import Figure, Record


ROW_CANDIDATES = 30  # hits searched for a list question, whose answer rows may stand further down


def answer(index: Index, q: str, lang: str, k: int, filters: Filters, settings: Settings) -> AskResponse:
    question = parse_question(q)
    wide = index.search(q, max(k, ROW_CANDIDATES if question.intent is Intent.list else RERANK), filters, lang)
    hits = wide[: max(k, 10)]
    empty = AskResponse(query=q, lang=lang, found=False, answer="", intent=question.intent.value,
                        figures=[], records=[], citations=[])
    everywhere = index.search(q, 5, filters, lang, named_places_only=False) if index.named_regions(q) else None
    if not hits or not is_answered(index, question, hits, settings, lang, everywhere):
        return empty
    records: list[Record] = []
    if question.intent is Intent.list:
        rows = answer_rows(index, question, hits)
        records = [r for _, r in rows]
        hits = rows_first(index, wide, [pos for pos, _ in rows])
    figures: list[Figure] = []
    if not records:
        figures, scored = offered_figures(index, question, hits, lang)
        hits = rerank(index, question, wide, lang)
        if _one_figure_answers(question):
            hits = figure_first(hits, scored)
    citations = hits[:k]
    text = compose(question, lang, figures, records, citations)
    return AskResponse(
        query=q, lang=lang, found=True, answer=text, intent=question.intent.value,
        figures=[FigureOut.of(f) for f in figures[:10]], records=[RecordOut.of(r) for r in records],
        citations=cite(index, citations, question_terms(question, lang, index.lexical.splitter),
                       figures[0] if figures else None),
    )


# --- lists ---------------------------------------------------------------------------------
STATUS_FIELDS = ("status", "bedomning", "prognos")


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
    if question.status and not _status_fits(question.status, " ".join(f.get(k, "") for k in STATUS_FIELDS)):
        return False
    if question.addressee and not _addressed_to(question.addressee, f.get("riktas_till", ""), fold(record.section)):
        return False
    return True


def _status_fits(wanted: str, status: str) -> bool:
    if wanted == "paborjad":  # "påbörjad" includes work under way, not "ej påbörjad"
        return ("paborjad" in status and "ej paborjad" not in status) or "pagaende" in status
    if wanted == "klar":
        return "klar" in status or "avslutad" in status or "genomford" in status
    return wanted in status


def _addressed_to(wanted: str, riktas_till: str, section: str) -> bool:
    """The row is directed to the body the question names: in its "riktas till" cell, to all
    boards, or by the section it stands in ("Uppdrag från nämnd till beredning ...")."""
    to_all = "alla namnder" in riktas_till or "samtliga" in riktas_till
    if wanted.startswith("alla"):
        return to_all
    return to_all or _stem_overlap(wanted, riktas_till) or _stem_overlap(wanted, section)


def _stem_overlap(a: str, b: str) -> bool:
    sa, sb = set(tokenize(a)), set(tokenize(b))
    key = {t for t in sa if len(t) >= 5}
    return bool(key) and key <= sb | {t[:-1] for t in sb} | {t + "n" for t in sb}


def _has_constraints(q: Question) -> bool:
    return any((q.date, q.date_year, q.before, q.after, q.status, q.addressee))


Row = tuple[int, Record]  # a record with the index position of the chunk it stands in


def list_records(index: Index, question: Question, hits: list[Hit]) -> list[Record]:
    """Every row matching the question, complete (see `answer_rows`)."""
    return [r for _, r in answer_rows(index, question, hits)]


def answer_rows(index: Index, question: Question, hits: list[Hit]) -> list[Row]:
    """Every row matching the question, complete: structured constraints over the rows of the
    documents the question is about, or the whole table the best hit comes from."""
    types = question.record_types or tuple(dict.fromkeys(r.type for h in hits for r in h.chunk.records))[:1]
    if not types:
        return []
    docs = _docs_in_focus(index, question, hits)
    rows = [row for t in types for row in store.records(index.con, t, docs)]
    if _has_constraints(question):
        chosen = _best_sections(question, [(p, r) for p, r in rows if _matches(question, r)])
    else:
        chosen = _best_table(index, question, hits, rows)
    if question.selectors:
        chosen = _select(question, chosen)
    if question.wants_groups:
        chosen = _one_per_group(chosen)
    chosen = _naming(_proper_names(index, question), chosen)
    if not _TOTAL_ASKED.search(question.folded):
        chosen = [(p, r) for p, r in chosen if not _TOTAL_ROW.match(fold(r.fields.get("label", r.text)))] or chosen
    return _dedupe(chosen)


_TOTAL_ROW = re.compile(r"(totalt|summa|total|sum)\b")
_TOTAL_ASKED = re.compile(r"\b(total\w*|summa\w*|sammanlagd\w*|sammantaget|in all|sum)\b")
_BODY_WORDS = re.compile(r"(namnd|styrelse|beredning|fullmaktige|forvaltning|kommun|region|stad)")


def _proper_names(index: Index, question: Question) -> list[str]:
    """Names the question writes with a capital inside the sentence ("Korsavad", "Cambio"),
    folded; not places of the index and not the bodies rows are directed to."""
    words = re.findall(r"(?<=[\w,;:] )[A-ZÅÄÖ][\wåäöé-]{2,}", index.without_places(question.text))
    return [fold(w) for w in words if not _BODY_WORDS.search(fold(w))]


def _naming(names: list[str], rows: list[Row]) -> list[Row]:
    """The rows that name one of the question's names ("investeringar på Korsavad": the rows
    of Korsavad, "Korsavadsanläggningen" too), when some rows do and others do not."""
    if not names:
        return rows
    named = [(p, r) for p, r in rows if any(re.search(rf"\b{re.escape(n)}", fold(r.text)) for n in names)]
    return named if 0 < len(named) < len(rows) else rows


def search(index: Index, q: str, k: int, filters: Filters, lang: str) -> list[Hit]:
    """The k best passages, the first `RERANK` re-scored (`rerank`); for a figure question, the
    passage of the figure that answers first; for a list question, the passages holding its
    answer rows first."""
    question = parse_question(q)
    if question.intent is not Intent.list:
        hits = index.search(q, max(k, RERANK), filters, lang)
        if not _one_figure_answers(question):
            return rerank(index, question, hits, lang)[:k]
        return figure_first(rerank(index, question, hits, lang), scored_figures(index, question, hits[:10], lang))[:k]
    wide = index.search(q, max(k, ROW_CANDIDATES), filters, lang)
    rows = answer_rows(index, question, wide[: max(k, 10)])
    return rows_first(index, wide, [pos for pos, _ in rows])[:k]


_COMPARISON = re.compile(r"\b(jamfort|jamfor\w*|respektive|mellan|skillnad\w*|compared?|between|versus|vs)\b")


def _one_figure_answers(question: Question) -> bool:
    """A figure question answered by one figure: not a comparison of years or places, whose
    passages come one of each first, and not "när", which many passages answer with a date."""
    comparison = bool(_COMPARISON.search(question.folded)) or len(named_places(question.folded)) > 1
    return question.intent is Intent.figure and question.want is not Want.date and not comparison


def figure_first(hits: list[Hit], scored: list[tuple[int, Figure]]) -> list[Hit]:
    """The passage holding the figure that answers first, so the first citation shows it. Where
    several passages give that figure (a table row and the sentence that comments on it), the
    one the search ranks highest."""
    if not scored:
        return hits
    best = scored[0][1]
    holding = {pos for pos, f in scored if (f.value, f.unit) == (best.value, best.unit)}
    pos = next((h.pos for h in hits if h.pos in holding), scored[0][0])
    return [h for h in hits if h.pos == pos] + [h for h in hits if h.pos != pos]


def rows_first(index: Index, hits: list[Hit], positions: list[int]) -> list[Hit]:
    """The passages holding a list's answer rows first, so the citations show the rows listed:
    those among the hits in their order, then the others in reading order; then the rest."""
    wanted = list(dict.fromkeys(positions))
    if not wanted:
        return hits
    ranked = {h.pos: h for h in hits}
    missing = [p for p in wanted if p not in ranked]
    floor = min((h.score for h in hits), default=0.0)
    extra = {p: Hit(p, c, floor, 0.0, 0.0) for p, c in zip(missing, store.load_chunks(index.con, missing))}
    first = [h for h in hits if h.pos in extra or h.pos in set(wanted)] + [extra[p] for p in sorted(extra)]
    return first + [h for h in hits if h.pos not in set(wanted)]


def _select(question: Question, rows: list[Row]) -> list[Row]:
    """Rows picked by a selector word ("varav", "delvis"), under the parent row the question
    names when the table has such a hierarchy ("varav"-rows under "Hälso- och sjukvårdsnämnden")."""
    def text(r: Record) -> str:
        return fold(r.text + " " + " ".join(r.fields.values()))

    picked = [(p, r) for p, r in rows if any(s in text(r) for s in question.selectors)]
    if not picked or "varav" not in question.selectors:
        return picked or rows
    q_terms = set(tokenize(question.text))
    children: dict[str, list[Row]] = defaultdict(list)
    parent = ""
    for p, r in rows:
        label = r.fields.get("label", r.text)
        if fold(label).startswith("varav"):
            children[parent].append((p, r))
        else:
            parent = label
    named = [p for p in children if p and set(tokenize(p)) and set(tokenize(p)) <= q_terms]
    return [row for p in named for row in children[p]] or picked


def _one_per_group(rows: list[Row]) -> list[Row]:
    """For "vilka delmål": the delmål rows themselves where the document has them (an annual
    report judges each delmål), else the indikator rows that carry them."""
    own = [(p, r) for p, r in rows if r.type == "delmal"]
    return own or rows


def _docs_in_focus(index: Index, question: Question, hits: list[Hit]) -> list[str]:
    """Documents named by the question (year), else those of the top hits."""
    top = list(dict.fromkeys(h.chunk.doc for h in hits[:5]))
    if question.years:
        by_year = [d for d in top if index.documents[d].year in question.years]
        if by_year:
            return by_year
    return top


def _best_sections(question: Question, rows: list[Row]) -> list[Row]:
    """Among matching rows, those in the sections whose headings fit the question best."""
    if not rows:
        return rows
    q_terms = set(tokenize(question.text))
    score = {s: len(q_terms & set(tokenize(s))) for s in {r.section for _, r in rows}}
    best = max(score.values())
    return [(p, r) for p, r in rows if score[r.section] == best] if best > 0 else rows


def _best_table(index: Index, question: Question, hits: list[Hit], rows: list[Row]) -> list[Row]:
    """All rows of the table (document + section) that fits best: the rank of the best hit
    standing in its section, how much of the section's own heading the question repeats
    ("under målet om en nära, tillgänglig och personcentrerad vård"), and how much of the
    question the table itself says (caption, header and rows, by rarity)."""
    by_table: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for p, r in rows:
        by_table[(r.doc, r.section)].append((p, r))
    if not by_table:
        return []
    q_terms = set(tokenize(question.text))
    best_rank = {}
    for rank, h in enumerate(hits):
        best_rank.setdefault((h.chunk.doc, h.chunk.section), rank)

    splitter = index.lexical.splitter
    weights = {t: index.idf(t) for t in tokenize(question.text, splitter) if len(t) >= 3 and not t.isdigit()}
    positions = sorted({p for rows_ in by_table.values() for p, _ in rows_})
    text_at = {p: c.text for p, c in zip(positions, store.load_chunks(index.con, positions))}
    texts = {key: " ".join(text_at[p] for p in dict.fromkeys(p for p, _ in rows_)) for key, rows_ in by_table.items()}

    def score(key: tuple[str, str]) -> float:
        heading = set(tokenize(key[1].split(" > ")[-1]))
        named = len(q_terms & heading) / (len(heading) or 1)
        rank = best_rank.get(key)
        if rank is None and named == 0:
            return 0.0
        said = weighted_share(weights, tokenize(texts[key], splitter))  # caption, header and rows
        return (1.0 / (1 + rank) if rank is not None else 0.0) + 1.5 * named + 2.0 * said

    best = max(by_table, key=score)
    return by_table[best] if score(best) > 0 else []  # no table among the hits, none named


def _dedupe(rows: list[Row]) -> list[Row]:
    seen, out = set(), []
    for p, r in rows:
        key = (r.doc, r.text)
        if key not in seen:
            seen.add(key)
            out.append((p, r))
    return out


# --- figures -------------------------------------------------------------------------------
def ranked_figures(index: Index, question: Question, hits: list[Hit], lang: str = "sv") -> list[tuple[float, Candidate]]:
    """Every figure of the top passages with the learned scorer's probability that it answers
    the question, best first (see `features` and `figure_scorer`)."""
    return figure_scorer.ranked(candidates(index, focus(index, question, lang), hits, lang))


def scored_figures(index: Index, question: Question, hits: list[Hit], lang: str = "sv") -> list[tuple[int, Figure]]:
    """Every figure of the top passages, best first, each with the index position of its passage."""
    return [(c.pos, c.figure) for _, c in ranked_figures(index, question, hits, lang)]


def offered_figures(index: Index, question: Question, hits: list[Hit], lang: str = "sv") -> tuple[list[Figure], list[tuple[int, Figure]]]:
    """(the figures offered, every figure ranked): the offered are none when the best is not
    sure enough to be the answer (a wrong headline figure is worse than none: the answer then
    quotes the passage); the ranking still puts the likeliest figure's passage first."""
    scored = ranked_figures(index, question, hits, lang)
    ranked = [(c.pos, c.figure) for _, c in scored]
    return ([f for _, f in ranked] if figure_scorer.confident(scored) else []), ranked
