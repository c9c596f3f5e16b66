"""Answers in the documents' own words: complete lists of rows, the figure that answers, or
the passage; `found` is false when the documents do not answer.

Every figure and record in an answer is read from the index (and so from an ingested page);
nothing is composed from outside it.
"""

from __future__ import annotations

import re

from insyn.answer import lists
from insyn.answer.abstain import is_answered, named_places, question_terms
from insyn.answer.question import UNITS_OF, Intent, Question, Want, parse_question
from insyn.answer.render import compose
from insyn.contract import AskResponse, FigureOut, HitOut, RecordOut
from insyn.index import store
from insyn.index.search import Filters, Hit, Index
from insyn.ingest.figures import figures_from_record
from insyn.ingest.swedish import CompoundSplitter, fold, inflected as _inflected, tokenize
from insyn.settings import Settings
from insyn.types import Figure, Record


ROW_CANDIDATES = 30  # hits searched for a list question, whose answer rows may stand further down


def answer(index: Index, q: str, lang: str, k: int, filters: Filters, settings: Settings) -> AskResponse:
    question = parse_question(q)
    listing = lists.asks_for_rows(question)
    wide = index.search(q, max(k, ROW_CANDIDATES if listing else 10), filters, lang)
    hits = wide[: max(k, 10)]
    empty = AskResponse(query=q, lang=lang, found=False, answer="", intent=question.intent.value,
                        figures=[], records=[], citations=[])
    everywhere = index.search(q, 5, filters, lang, named_places_only=False) if index.named_regions(q) else None
    if not hits or not is_answered(index, question, hits, settings, lang, everywhere):
        return empty
    rows: list[lists.ListRow] = []
    if listing:
        rows = lists.answer_rows(index, question, hits, lang, worded_as_list=question.intent is Intent.list)
        if rows:
            hits = rows_first(index, wide, [row.pos for row in rows])
    records = [row.record for row in rows]
    figures: list[Figure] = []
    if not records:
        scored = scored_figures(index, question, hits, lang)
        figures = [f for _, f in scored]
        if _one_figure_answers(question):
            hits = figure_first(hits, scored)
    citations = hits[:k]
    text = lists.list_text(rows, lang) if rows else compose(question, lang, figures, records, citations)
    return AskResponse(
        query=q, lang=lang, found=True, answer=text, intent=Intent.list.value if rows else question.intent.value,
        figures=[FigureOut.of(f) for f in figures[:10]], records=[RecordOut.of(row.record, row.sources) for row in rows],
        citations=[HitOut.of(h.chunk, h.score) for h in citations],
    )


# --- lists ---------------------------------------------------------------------------------
def list_records(index: Index, question: Question, hits: list[Hit], lang: str = "sv") -> list[Record]:
    """Every row matching the question, complete (see `lists.answer_rows`)."""
    return [row.record for row in lists.answer_rows(index, question, hits, lang)]


def search(index: Index, q: str, k: int, filters: Filters, lang: str) -> list[Hit]:
    """The k best passages; for a list question, the passages holding its answer rows first."""
    question = parse_question(q)
    if _one_figure_answers(question):
        hits = index.search(q, max(k, 10), filters, lang)
        return figure_first(hits, scored_figures(index, question, hits, lang))[:k]
    if not lists.asks_for_rows(question):
        return index.search(q, k, filters, lang)
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
def scored_figures(index: Index, question: Question, hits: list[Hit], lang: str = "sv") -> list[tuple[int, Figure]]:
    """Figures of the top hits, best first, each with the index position of its passage. A figure scores by how close the sentence or row it
    stands in is to the question (the dense model, per window), whether its unit fits what the
    question asks for, whether its label shares the question's words and years, and the rank
    of its passage."""
    splitter = index.lexical.splitter
    q_terms = question_terms(question, lang, splitter, expand=True)
    q_vec = index.query_vector(question.text, lang)
    places = named_places(question.folded)
    q_weights = {t: index.idf(t) for t in q_terms if t not in places}
    units = UNITS_OF.get(question.want, set())
    scored: list[tuple[float, int, int, Figure]] = []
    seen: set[tuple[str, str, str]] = set()
    for rank, hit in enumerate(hits[:6]):
        win = index.window_scores(hit.pos, q_vec)
        figures = list(hit.chunk.figures) + [f for r in hit.chunk.records for f in figures_from_record(r)]
        for f in figures:
            key = (f.doc, f.text, f.label)
            if key in seen:
                continue
            seen.add(key)
            sem = _window_of(f, win)
            if _is_reference(f):
                continue
            label_terms = tokenize(f.label, splitter)
            overlap = _weighted_share(q_weights, label_terms)
            precision = sum(_inflected(t, q_weights) for t in set(label_terms)) / (len(set(label_terms)) or 1)
            near = _weighted_share(q_weights, tokenize(_context(f, hit.chunk.text), splitter))
            s = 8.0 * sem + 0.5 / (1 + rank) + 1.5 * overlap + 2.0 * near + 1.0 * precision
            doc = index.documents[f.doc]
            if doc.year in question.years:
                s += 0.4
            if places:
                s += 0.8 if any(p in fold(f"{doc.region} {doc.title}") for p in places) else -0.8
            if units:
                s += 1.0 if f.unit in units else (-0.3 if f.unit == "antal" and question.want is Want.money else -1.0)
            if f.unit == "år":
                s -= 2.0
            s += _year_bonus(question, f) + _target_bonus(question, f) + _qualifier_penalty(question, f, hit.chunk.text)
            s += _change_bonus(question, f, hit.chunk.text) + _counted_bonus(question, f, hit.chunk.text, splitter)
            scored.append((s, len(scored), hit.pos, f))
    scored.sort(key=lambda t: (-t[0], t[1]))
    return [(pos, f) for _, _, pos, f in scored]


def _weighted_share(weights: dict[str, float], terms: list[str]) -> float:
    """Share of the question's terms, weighted by rarity (IDF), among `terms`."""
    present = set(terms)
    total = sum(weights.values()) or 1.0
    return sum(w for t, w in weights.items() if _inflected(t, present)) / total



_REFERENCE = re.compile(r"\b(figur|tabell|bilaga|bild|diagram|avsnitt|kapitel|sid|sida|s\.|mål|punkt|nr)\W*$", re.I)


def _is_reference(f: Figure) -> bool:
    """A number that points somewhere ("se figur 1", "bilaga 3", "Mål 5") is no figure."""
    return f.unit == "antal" and bool(_REFERENCE.search(f.label))


def _context(f: Figure, text: str) -> str:
    """The words right around a figure: the end of its label and what follows it."""
    return " ".join(f.label.split()[-5:]) + " " + " ".join(_after(f, text)[:3])


def _after(f: Figure, text: str) -> list[str]:
    """The words of `text` that follow the figure."""
    tail = f.label[-30:]
    at = text.find(tail) if tail else -1
    i = text.find(f.text, at + len(tail)) if at >= 0 else -1
    if i < 0:  # a table row's label is composed ("Totalt, Budget 2025"), not quoted
        i = text.find(f.text)
    return text[i + len(f.text) :].split()[:5] if i >= 0 else []


_COUNTED = re.compile(r"\b(?:hur manga|antal(?:et)?)\s+(?:av\s+)?([a-z]+)")


def _counted_bonus(question: Question, f: Figure, text: str, splitter: CompoundSplitter | None) -> float:
    """"Hur många områden": a count of areas ("sex områden") beats a count of something else
    ("fyra staber") in the same passage. The counted noun is the one written after the number,
    or for a table cell its row's label; compared by stems and compound parts ("regionmål"
    counts "sju regionmål")."""
    asked = _COUNTED.search(question.folded)
    if f.unit != "antal" or asked is None:
        return 0.0
    written = f.text.split()[1:] or _after(f, text)[:1]
    noun = " ".join(w for w in written if w.isalpha()) or f.label
    wanted = set(tokenize(asked.group(1), splitter))
    return 1.0 if any(_inflected(t, wanted) for t in tokenize(noun, splitter)) else -0.5


def _window_of(f: Figure, windows: list[tuple[str, float]]) -> float:
    """Cosine of the window the figure stands in (its label's start locates table rows)."""
    probes = [p for p in (f.label.split(",")[0][:40], f.text) if p]
    for probe in probes:
        for text, sim in windows:
            if probe in text:
                return sim
    return max((sim for _, sim in windows), default=0.0) - 0.02


_QUALIFIERS = ("delvis", "inte", "ej", "ingen", "inga", "partly", "partially", "not")


def _qualifier_penalty(question: Question, f: Figure, text: str) -> float:
    """A figure qualified in its own words ("fyra delvis uppnås", "tre ej påbörjade") does not
    answer a question that does not ask for that qualification ("hur många uppnåddes helt")."""
    i = text.find(f.text)
    own = fold(f.text + " " + " ".join(text[i + len(f.text) :].split()[:2]) if i >= 0 else f.text)
    asked = set(question.folded.split())
    return -0.8 if any(re.search(rf"\b{q}\b", own) and q not in asked for q in _QUALIFIERS) else 0.0


_CHANGE_ASKED = re.compile(r"\b(hur mycket (mer|mindre)|okar|okade|okning|hojs|hojd|hojning|minskar|minskade|minskning"
                           r"|forandr\w*|tillskott|how much (more|less)|increase\w*|decrease\w*|rise|fall)\b")
_CHANGE_SAID = re.compile(r"\b(okar|okat|okade|okning\w*|hojs|hojt|hojd|hojning\w*|hoj\w*|minskar|minskat|minskade"
                          r"|minskning\w*|sank\w*|ytterligare|tillskott\w*|forstark\w*|forandring\w*|mer|mindre)\b")


def _change_bonus(question: Question, f: Figure, text: str) -> float:
    """"Hur mycket mer får primärvården": an amount said as a change ("höjs med ytterligare 40
    miljoner") answers, not the level in a budget table."""
    if not _CHANGE_ASKED.search(question.folded):
        return 0.0
    return 0.6 if _CHANGE_SAID.search(fold(_context(f, text))) else 0.0


YEAR_WORDS = 8  # a year this close before a figure is its year; further back, the report's date


def _year_bonus(question: Question, f: Figure) -> float:
    years = re.findall(r"20\d\d", " ".join(f.label.split()[-YEAR_WORDS:]))
    if not question.years or not years:
        return 0.0
    return 0.6 if any(int(y) in question.years for y in years) else -0.3


def _target_bonus(question: Question, f: Figure) -> float:
    label = fold(f.label)
    wants_target = bool(re.search(r"\b(mal|malet|malvarde|target|ska|siktar|planerar)\b", question.folded))
    if re.search(r"\b(mal|malet|malsattningen|malvardet)\W*(pa|om|av)?\W*$", label):  # "ligger över målet på" 85 %
        return 0.5 if wants_target else -0.6
    if re.search(r"\b(budgeterat?|budgeterade|planerat?|planerade)(\W+\w+){0,3}\W*$", label) and not re.search(
            r"\b(budget\w*|plan\w*|ska|budgeted|planned)\b", question.folded):  # "ett budgeterat negativt resultat på" -500
        return -0.6
    if re.search(r"\bmal\b", label):
        return 0.5 if wants_target else -0.2
    if re.search(r"\butfall\b", label):
        return -0.2 if wants_target else 0.3
    return 0.0
