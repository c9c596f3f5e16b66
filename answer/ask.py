"""Answers in the documents' own words: complete lists of rows, the figure that answers, or
the passage; `found` is false when the documents do not answer.

Every figure and record in an answer is read from the index (and so from an ingested page);
nothing is composed from outside it.
"""

from __future__ import annotations

import re

from insyn.answer import lists
from insyn.answer.abstain import Verdict, fitted_embedder, named_places, question_terms, verdict
from insyn.answer import figure_scorer
from insyn.answer.citation import citations as cite
from insyn.answer.features import NAMES, Candidate, candidates, counted_terms, focus
from insyn.answer.question import Intent, Question, Want, parse_question
from insyn.answer.render import compose
from insyn.answer.rerank import RERANK, rerank
from insyn.contract import AskResponse, FigureOut, RecordOut
from insyn.index import store
from insyn.index.search import Filters, Hit, Index
from insyn.settings import Settings
from insyn.types import Figure, Record


ROW_CANDIDATES = 30  # hits searched for a list question, whose answer rows may stand further down


def answer(index: Index, q: str, lang: str, k: int, filters: Filters, settings: Settings) -> AskResponse:
    question = parse_question(q)
    listing = lists.asks_for_rows(question)
    wide = index.search(q, max(k, ROW_CANDIDATES if listing else RERANK), filters, lang)
    hits = wide[: max(k, 10)]
    empty = AskResponse(query=q, lang=lang, found=False, answer="", intent=question.intent.value,
                        figures=[], records=[], citations=[])
    everywhere = index.search(q, 5, filters, lang, named_places_only=False) if index.named_regions(q) else None
    if not hits:
        return empty
    said = verdict(index, question, hits, settings, lang, everywhere)
    answered = said is Verdict.answered
    worded_as_list = listing and question.intent is Intent.list
    if not answered and not (worded_as_list and said is Verdict.doubted):
        return empty
    rows: list[lists.ListRow] = []
    if listing:
        listed = lists.answer_list(index, question, hits, lang, worded_as_list=worded_as_list)
        if worded_as_list and listed.none_meet:  # "vilka ... över 50 mnkr" where no row is: the documents list none
            return empty
        rows = listed.rows
        if rows:
            hits = rows_first(index, wide, [row.pos for row in rows])
    if not answered and not rows:  # a list question the model doubts is answered by its rows, or not at all
        return empty
    records = [row.record for row in rows]
    figures: list[Figure] = []
    if not records:
        ranked = ranked_figures(index, question, hits, lang)
        found = [c for _, c in ranked]
        if counts_nothing_asked(index, question, lang, found) or fits_nothing_asked(index, question, found):
            return empty
        figures, scored = offered_figures(question, ranked)
        hits = rerank(index, question, wide, lang)
        if _one_figure_answers(question):
            hits = figure_first(hits, scored)
    citations = hits[:k]
    text = lists.list_text(rows, lang) if rows else compose(question, lang, figures, records, citations)
    return AskResponse(
        query=q, lang=lang, found=True, answer=text, intent=Intent.list.value if rows else question.intent.value,
        figures=[FigureOut.of(f) for f in figures[:10]], records=[RecordOut.of(row.record, row.sources) for row in rows],
        citations=cite(index, citations, question_terms(question, lang, index.lexical.splitter),
                       figures[0] if figures else None),
    )


# --- lists ---------------------------------------------------------------------------------
def list_records(index: Index, question: Question, hits: list[Hit], lang: str = "sv") -> list[Record]:
    """Every row matching the question, complete (see `lists.answer_rows`)."""
    return [row.record for row in lists.answer_rows(index, question, hits, lang)]


def search(index: Index, q: str, k: int, filters: Filters, lang: str) -> list[Hit]:
    """The k best passages, the first `RERANK` re-scored (`rerank`); for a figure question, the
    passage of the figure that answers first; for a list question, the passages holding its
    answer rows first."""
    question = parse_question(q)
    if not lists.asks_for_rows(question):
        hits = index.search(q, max(k, RERANK), filters, lang)
        if not _one_figure_answers(question):
            return rerank(index, question, hits, lang)[:k]
        return figure_first(rerank(index, question, hits, lang), scored_figures(index, question, hits[:10], lang))[:k]
    wide = index.search(q, max(k, ROW_CANDIDATES), filters, lang)
    rows = lists.answer_rows(index, question, wide[: max(k, 10)], lang, worded_as_list=question.intent is Intent.list)
    return rows_first(index, wide, [row.pos for row in rows])[:k]


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


# --- figures -------------------------------------------------------------------------------
def ranked_figures(index: Index, question: Question, hits: list[Hit], lang: str = "sv") -> list[tuple[float, Candidate]]:
    """Every figure of the top passages with the learned scorer's probability that it answers
    the question, best first (see `features` and `figure_scorer`)."""
    return figure_scorer.ranked(candidates(index, focus(index, question, lang), hits, lang), want=question.want)


def scored_figures(index: Index, question: Question, hits: list[Hit], lang: str = "sv") -> list[tuple[int, Figure]]:
    """Every figure of the top passages, best first, each with the index position of its passage."""
    return [(c.pos, c.figure) for _, c in ranked_figures(index, question, hits, lang)]


def offered_figures(question: Question, scored: list[tuple[float, Candidate]]
                    ) -> tuple[list[Figure], list[tuple[int, Figure]]]:
    """(the figures offered, every figure ranked) from the `ranked_figures`: the offered are none
    when the best is not sure enough to be the answer, or is a date where an amount is asked (a
    wrong headline figure is worse than none: the answer then quotes the passage); the ranking
    still puts the likeliest figure's passage first."""
    ranked = [(c.pos, c.figure) for _, c in scored]
    sure = figure_scorer.confident(scored) and figure_scorer.of_the_kind_asked(question.want, scored[0][1].figure)
    return ([f for _, f in ranked] if sure else []), ranked


def fits_nothing_asked(index: Index, question: Question, found: list[Candidate]) -> bool:
    """A figure question none of whose candidate figures fits it as the answers of the training
    questions fit theirs (`figure_scorer.fits_nothing`): the documents are on its topic but do not
    give what it asks. With another embedder than the scorer was fitted with (a test's hashing
    one) the fits are on another scale, and this does not decide."""
    return (question.intent is Intent.figure and index.embedder.name == fitted_embedder()
            and figure_scorer.fits_nothing(found))


_COUNTED_FIT = NAMES.index("counted_fit")


def counts_nothing_asked(index: Index, question: Question, lang: str, found: list[Candidate]) -> bool:
    """A count question ("Hur många ledamöter sitter i regionstyrelsen?") whose counted noun the
    documents use, while no figure of the top passages counts it: they count other things
    (members of another board, votes), so the documents do not answer it here. A count asked in
    a unit ("hur många procent") is a share, not a count."""
    if question.want is not Want.count:
        return False
    counted = counted_terms(question, lang, index.lexical.splitter)
    if not any(index.document_frequency(t) for t in counted):
        return False
    return not any(c.features[_COUNTED_FIT] > 0 for c in found)
