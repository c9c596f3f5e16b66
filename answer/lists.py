"""List answers: which table or list a question is about, and which of its rows it asks for.

1. Every table or list of the documents in focus (the records grouped by their table id, else
   by document, section and type) is scored as a whole: by how high the search ranks the
   passages holding it, by how much of the question its caption, heading and header say and
   how much its rows say (both weighted by rarity), by whether it is the kind of record the
   question names, by whether its rows can meet the question's dates and amounts, by whether
   a two-word phrase of the question stands in some of its rows but not all (the value the
   question picks rows by: "ej uppnått"), and by whether it is a list written into a sentence
   rather than laid out. The
   weights are fitted on training questions (`eval/fit_lists.py`).
2. The question's constraints (`constraints`) are matched against the rows of that table and
   of the tables shaped like it in the documents in focus (the same kind of record under
   other headings, in other documents): a row is kept when it meets all of them. When the
   question names no place or year and one of its words holds in none of those rows but in
   rows of the same kind in another document, that document's rows join them. No
   constraint: the chosen table, whole.
3. A row that stands in two documents (a council's assignment repeated in each board's plan)
   is listed once, with both sources; a list a report says twice (summary and body, in other
   words) is answered from where it first stands (`first_telling`).
"""

from __future__ import annotations

import itertools
import math
import re
from collections import defaultdict
from dataclasses import dataclass, replace

from insyn.answer import conditions, constraints as c
from insyn.answer.abstain import named_places
from insyn.answer.features import terms
from insyn.answer.question import TYPE_CUES, Intent, Question, Want
from insyn.answer.render import described
from insyn.index import store
from insyn.index.search import Hit, Index, document_prior
from insyn.ingest.figures import GENERIC_TYPES, extract_figures
from insyn.ingest.generic import defined_term, is_figure, leading_words, without_goes_on
from insyn.ingest.glossary import swedish_terms
from insyn.ingest.records import INLINE_LIST
from insyn.ingest.swedish import STOPWORDS, CompoundSplitter, fold, inflected, stem, tokenize
from insyn.types import Record

Row = tuple[int, Record]  # a record with the index position of the chunk it stands in


@dataclass(frozen=True, slots=True)
class ListRow:
    pos: int
    record: Record
    sources: tuple[tuple[str, int | None], ...]  # every (doc, page) the row stands in


@dataclass(frozen=True, slots=True)
class Params:
    """Fitted on the training list questions (`python -m insyn.eval.fit_lists`; dev.jsonl on the
    corpus index, eval/train.jsonl and eval/realdocs.jsonl on the judged index, 36 questions:
    mean F1 0.508 -> 0.592; refitted after the last rule changes: 0.590, unchanged; on pipeline 25
    with every "vilka/which" question a list, a refit raised training F1 0.543 -> 0.569 but not the
    out-of-fold F1 of `--cv`, so these stand). Since session 16 the table weights are a listwise
    logistic model's (`fit_lists --listwise`: the right table holds half the question's items or
    more), fitted on the 14 training list sets on the pipeline-50 training index, and `min_score`
    then on the mean F1: out of fold (5 folds of the 221 questions with items), the right table
    first 0.813 -> 0.833 and list F1 0.667 -> 0.679 against the hand-searched weights; see
    docs/design.md. Session 17 added `listed` (the noun the question lists, "vilka av
    granskningens rekommendationer", named in the table's heading or header) and refitted on the
    15 training list sets (train_syn10 new) on the pipeline-51 training index: with 5 folds
    grouped by document, so that no table is seen in training and scoring, the right table first
    0.833 -> 0.865 and list F1 0.667 -> 0.685. The fit's in-sample `min_score` was 2.5 or lower;
    grouped by document 3.0 scored higher (F1 0.673 vs 0.669 with the first version of `listed`)
    and stays. Session 22 added `rows` (the log of a table's row count, up to `MANY_ROWS`) and
    `facts` (`_facts_box`) and refitted on the 20 training list sets (train_syn20 kept out) on the
    pipeline-60 training index; `min_score` stays 3.0 (the fit's in-sample 1.5). Training lists
    (in sample) R/P 0.738/0.682 -> 0.767/0.708 with this session's other list changes, dev
    unchanged; train_syn20 0.639/0.382 -> 0.826/0.569."""

    weights: tuple[tuple[str, float], ...] = (("rank", 2.629), ("heading", 2.564), ("said_head", 9.75),
                                              ("said_rows", 2.556), ("kind", 2.074), ("doc", -0.163), ("fits", 3.382),
                                              ("inline", -1.503), ("phrase_rows", 1.177), ("listed", 2.721),
                                              ("rows", 3.864), ("facts", -3.157))
    max_share: float = 0.9  # a word said by more of the rows than this chose the table, it picks no rows
    min_score: float = 3.0  # a question not worded as a list gets rows only from a table scoring this
    strict: bool = True  # a row meets every word rule, else (or when none does, `met_rows`) those meeting most


FITTED = Params()


def table_key(r: Record) -> tuple[str, str, str]:
    return (r.doc, r.table or r.section, r.type)


def shape_of(r: Record) -> tuple[str, ...]:
    """Tables shaped alike: the same kind of typed record, the same header, or for a list
    without one the same caption (a list continued on the next page)."""
    if r.type not in ("table", "list"):
        return (r.type,)
    header = tuple(fold(h) for h in r.header)
    return (r.type, *header) if header else (r.type, r.doc, fold(r.caption or r.section))


# "vad ansvarar nämnden för", "what is the committee responsible for": a body's duties are a list
# and so are the actions it commits to ("vad ska bostadsbolaget göra", "what is X committed to doing")
_ROWS_ASKED = re.compile(r"^(which|list|lista|ange alla|what are the)\b|\bvilka\b"
                         r"|\b(vad ansvarar\b.*\bfor|vad har\b.*\b(ansvar for|for ansvar)|what\b.*\bresponsible for|ansvarsomraden"
                         r"|arbetsuppgifter|duties|vad (ska|skall|kommer)\b.*\bgora|atar sig|ataganden?|what\b.*\b(committed|commit|pledged?)"
                         r"|what (will|does|did|should|must)\b.*\bdo(ing)?)\b")


def asks_for_rows(question: Question) -> bool:
    """A list question, or one worded like one ("vilka typer av anläggningar ..."): the latter
    gets rows only from a table that fits it well (`MIN_SCORE`)."""
    if question.intent is Intent.list:
        return True
    compared = any(not isinstance(r, (c.DateRule, c.RankRule, c.YearRowRule, c.ValueRule))  # "vilken skola har högst": one
                   for lang in ("sv", "en") for r in conditions.typed_rules(question.text, lang))
    # "Vem får besluta om bistånd över 5 000 kr?": who, among rows an amount or a code picks
    return bool(_ROWS_ASKED.search(question.folded)) and (question.want is Want.any or compared) or (
        compared and bool(_WHO_ASKED.match(question.folded)))


_WHO_ASKED = re.compile(r"(vem|vilka personer|who)\b")
_WHICH = re.compile(r"^(?:\w+ )?(?:vilka|which)\b")  # "vilka ...", "i vilka ...", "which ...", "in which ..."


@dataclass(frozen=True, slots=True)
class ListAnswer:
    """The rows answering a list question; `none_meet`: the chosen table's rows were measured
    against what the question asks of their figures ("över 50 miljoner kronor", "nådde inte
    målet") and none meets it, so the documents list nothing of the kind asked."""

    rows: list[ListRow]
    none_meet: bool = False


def answer_rows(index: Index, question: Question, hits: list[Hit], lang: str = "sv", worded_as_list: bool = True,
                params: Params = FITTED) -> list[ListRow]:
    """Every row answering a list question, complete, each once with all its sources."""
    return answer_list(index, question, hits, lang, worded_as_list, params).rows


def answer_list(index: Index, question: Question, hits: list[Hit], lang: str = "sv", worded_as_list: bool = True,
                params: Params = FITTED) -> ListAnswer:
    """`answer_rows`, telling a table none of whose rows meets the question's filter from no table."""
    docs = _docs_in_focus(index, question, hits)
    rows = store.records(index.con, None, docs)
    if not rows:
        return ListAnswer([])
    tables: dict[tuple[str, str, str], list[Row]] = defaultdict(list)
    for p, r in rows:
        tables[table_key(r)].append((p, r))
    tables = {key: _without_labels(t) for key, t in joined_continuations(tables).items()}
    tables = {key: t for key, t in tables.items() if not _legend_of_values(t, tables)} or tables
    tables = {key: t for key, t in tables.items() if not _labels_and_values(t) and not _scale_bands(t)} or tables
    typed = conditions.typed_rules(question.text, lang)
    weights = dict(params.weights)
    views = {key: [c.view(r, "") for _, r in rows] for key, rows in tables.items()} if typed else {}
    scores = {key: sum(weights[f] * v for f, v in feats.items())
              for key, feats in table_features(index, question, hits, tables, typed, views, lang).items()}
    meeting = _meeting_filters(views, typed)
    if not meeting and worded_as_list and _noun_named(views, typed, year=True):
        # "mer än 30 minuter 2026" where a 2026 column of minutes has no row over 30: the documents list none
        return ListAnswer([], True)
    best = max(meeting or tables, key=lambda key: (scores[key], -min(p for p, _ in tables[key])))
    if scores[best] <= 0 or (not worded_as_list and scores[best] < params.min_score):
        return ListAnswer([])
    best = first_telling(tables, best)
    headers = {i for t in tables.values() for i in _header_lines(t)}
    pool = [(p, r) for key in alike_tables(index, question, lang, tables, best) for p, r in tables[key] if id(r) not in headers]
    # nothing narrows the documents: no year, no place ("i Knutsbro kommun", or "Knutsbro's" of an index holding it)
    if not question.years and not named_places(question.folded) and not index.named_regions(question.text):
        pool = _widened(index, question, lang, pool, docs, params.max_share)
    table = [(p, r) for p, r in tables[best] if id(r) not in headers] or tables[best]
    # the rows saying most of the question's words when none says all: for a question that asks for a set ("vilka",
    # "which"), asks for no one figure or names a filter ("What are the new premises expected to cost?" asks a figure)
    most = worded_as_list and (question.want is Want.any or bool(typed) or bool(_WHICH.match(question.folded)))
    chosen, none_meet = matching_rows(index, question, lang, pool, table, typed, params.max_share, params.strict, most)
    if question.selectors:
        chosen = _select(question, chosen)
    if question.wants_groups:
        chosen = [(p, r) for p, r in chosen if r.type == "delmal"] or chosen
    # a comparison of two years in a table in long format is met by a thing's row of each year: both show it
    chosen = _one_per_value(question, chosen, _parents(pool), by_year=any(isinstance(t, c.ColumnRule) for t in typed))
    if not _TOTAL_ASKED.search(question.folded):
        chosen = [(p, r) for p, r in chosen if not _TOTAL_ROW.match(_folded_label(r))] or chosen
    chosen = without_rest(question, chosen)
    return ListAnswer(merged(chosen), none_meet)


def alike_tables(index: Index, question: Question, lang: str, tables: dict[tuple[str, str, str], list[Row]],
                 best: tuple[str, str, str]) -> list[tuple[str, str, str]]:
    """The chosen table and the tables shaped like it (`shape_of`), whose rows the question's
    constraints are matched against. A table of that shape whose caption leaves out a word the
    question shares with the chosen table's caption is another measure under the same header
    ("Fallskador per 1 000 boendedygn" beside "Personalkontinuitet", each "Boende | 2025 |
    2026"), and is left out, unless it continues the chosen table on the next page: a caption
    there may be the page's running head. Words naming the documents' organ and place, the
    header's and the noun the question lists choose no caption."""
    splitter = index.lexical.splitter
    first = tables[best][0][1]
    shape = shape_of(first)
    title = _uncontinued(first.caption)
    alike = sorted((key for key, t in tables.items() if shape_of(t[0][1]) == shape or (
        title and t[0][1].type == first.type and _uncontinued(t[0][1].caption) == title)),  # "Tabell 1 (forts.)"
        key=lambda key: _pages(tables[key]))
    text = f"{question.text} {swedish_terms(question.text)}" if lang == "en" else question.text
    asked = set(terms(text, splitter))
    own = set(terms(f"{index.documents[first.doc].organ or ''} {index.documents[first.doc].region or ''}"
                    f" {' '.join(first.header)} {listed_words(question, lang)}", splitter))
    named = {t for t in terms(first.caption, splitter) if inflected(t, asked) and not inflected(t, own)}
    if not named or len(alike) < 2:
        return alike
    out, pages = [], set(_pages(tables[best]))
    for key in alike:
        caption = set(terms(tables[key][0][1].caption, splitter))
        if key == best or all(inflected(t, caption) for t in named):
            out.append(key)
        elif min(_pages(tables[key])) == max(pages) + 1 and not pages & set(_pages(tables[key])):
            out.append(key)  # continued on the next page
            pages |= set(_pages(tables[key]))
    return out


def joined_continuations(tables: dict[tuple[str, str, str], list[Row]]) -> dict[tuple[str, str, str], list[Row]]:
    """The tables with each one that goes on over a page break read as one: a table whose rows
    open the next page under the same header and caption (the header repeated, the caption
    perhaps marked "forts.") is the rest of the one ending on the page before, wherever the
    reading gave it an id of its own. A header of its own is required: two tables of one page's
    layout without one may be any two."""
    out: dict[tuple[str, str, str], list[Row]] = {}
    last: dict[tuple[str, tuple[str, ...], str], tuple[str, str, str]] = {}  # (doc, header, caption) -> key
    for key, rows in sorted(tables.items(), key=lambda kv: (kv[0][0], _pages(kv[1]), kv[0])):
        first = rows[0][1]
        header = tuple(fold(h) for h in first.header)
        shape = (first.doc, header, _uncontinued(first.caption))
        before = last.get(shape)
        if first.type == "table" and any(header) and before is not None \
                and min(_pages(rows)) == max(_pages(out[before])) + 1:
            out[before] = out[before] + rows
            continue
        out[key] = rows
        if first.type == "table":
            last[shape] = key
    return {key: out[key] for key in tables if key in out}


def _uncontinued(caption: str) -> str:
    """A caption without the mark that its table goes on ("Tabell 1. Gator i planen (forts.)"): a
    continuation whose header was read otherwise is still the table its caption names."""
    return fold(without_goes_on(caption)).strip(" .:")


def _pages(rows: list[Row]) -> list[int]:
    return sorted({r.page or 0 for _, r in rows})


_YEARS = re.compile(r"(?<![\d,.])(19|20)\d\d(?!\d|[,.]\d)")


def _folded_label(r: Record) -> str:
    """A row's label (`_label`), else its text, folded: what a total or rest row is told by."""
    return fold(_label(r) or r.text)


def without_rest(question: Question, rows: list[Row]) -> list[Row]:
    """The rows but one gathering the rest ("Övriga investeringar under 5 mnkr") when the question
    asks for single items ("enskilda investeringsprojekt", "individual projects")."""
    if not _SINGLE_ASKED.search(question.folded):
        return rows
    return [(p, r) for p, r in rows if not _REST_ROW.match(_folded_label(r))] or rows


def _without_labels(table: list[Row]) -> list[Row]:
    """A table's rows but those that only label the rows below them: one cell of words in a table
    of figures ("Antal besökare" over the baths' rows, a header's second line "deltagartillfällen")
    is no item of it, and a word of the question in it must not pick it alone. The rows below it
    are its group's ("Tillgänglighet" over its indicators): it is their parent, so a question
    naming the group picks them."""
    if sum(_numbers(r) for _, r in table) < 2:
        return table
    kept: list[Row] = []
    title = ""
    for p, r in table:
        if r.type == "table" and not _numbers(r) and sum(bool(v.strip()) for v in r.fields.values()) <= 1:
            title = _label(r) or r.text
            continue
        kept.append((p, replace(r, parent=title) if title and not r.parent else r))
    return kept or table


def _header_lines(table: list[Row]) -> set[int]:
    """The lines of words above a table of figures' first row of figures: a header stacked over
    lines ("Total | Ack. | Budget 2025", "projektbudget | Utfall | 2025"). Their words help choose
    the table; they are no rows of it and pick none."""
    figures = [_figure_cells(r) for _, r in table]
    if sum(figures) < max(2, len(table) / 2):  # a table of text (assignments and their follow-up): no header lines
        return set()
    lines = itertools.takewhile(lambda row: not _numbers(row[1]), table)
    return {id(r) for _, r in lines if r.type == "table"}


_FIGURE_CELL = re.compile(r"[-−–]?\s?\d[\d\s\u00a0]*(?:[.,]\d+)?\s?%?")


def _figure_cells(r: Record) -> bool:
    """Whether a row has a cell that is a figure and nothing else ("4,827", "1 000", "12 %"); a
    year alone ("Klart: 2024") is a date, no figure."""
    return any(_FIGURE_CELL.fullmatch(v.strip()) and not _YEARS.fullmatch(v.strip()) for v in r.fields.values() if v.strip())


def _numbers(r: Record) -> bool:
    """Whether a row holds a figure (a header line's "Budget 2025" holds a year, no figure)."""
    return any(ch.isdigit() for v in r.fields.values() for ch in _YEARS.sub("", v))


def matching_rows(index: Index, question: Question, lang: str, pool: list[Row], table: list[Row],
                  typed: list[c.Rule], max_share: float, strict: bool = True, most: bool = True) -> tuple[list[Row], bool]:
    """The rows of `pool` meeting the question's constraints, or the chosen `table` whole
    (`most`: see `met_rows`); and whether the typed rules that apply to the rows leave none."""
    splitter = index.lexical.splitter
    titles = _group_titles(pool)
    parent = _parents(pool, titles)
    grouping = _organs_grouping(index, pool, parent)
    context = {d: f"{index.documents[d].title} {(index.documents[d].organ or '') if d not in grouping else ''}"
               for d in {r.doc for _, r in pool}}
    free = c.free_text_columns([r for _, r in pool])
    by_table: dict[tuple[str, str, str], list[Record]] = defaultdict(list)
    for _, r in pool:
        by_table[table_key(r)].append(r)
    legends = {key for key, records in by_table.items() if c.legend(records)}
    views = [c.view(r, f"{context[r.doc]} {parent.get(id(r), '')} {_spelled_out(index, r)}", splitter, free,
                    caption=table_key(r) not in legends) for _, r in pool]
    first = table[0][1]
    head = _head_noun(question.folded)
    sums = set() if _TOTAL_ASKED.search(question.folded) else _sum_rows(views)
    listed = set(terms(head, splitter))
    if any(t.endswith(noun) for v in views if id(v.record) in sums for t in terms(fold(_label(v.record)), splitter)
           for noun in listed):
        sums = set()  # "vilka nämnder ...": the heads ("Barn- och utbildningsnämnden", a compound's head) are listed
    if _names_a_kind(head, [r for _, r in pool]):
        head = ""  # "vilka direktupphandlingar": a kind some rows are of ("Förfarande: Direktupphandling") picks them
    selecting = set(tokenize(f"{first.caption if table_key(first) not in legends else ''} {' '.join(first.header)}"
                             f" {first.type} {' '.join(first.fields) if first.type not in ('table', 'list') else ''}"
                             f" {head} {swedish_terms(head) if lang == 'en' else ''}", splitter))
    selecting |= {t for cues, words in TYPE_CUES if first.type in cues for w in words for t in tokenize(w)}
    # the documents' own organ and place ("hälso- och sjukvårdsnämnden i Västerbotten" asking its own plan)
    # found them; they pick no rows
    for d in context:
        organ = index.documents[d].organ if d not in grouping else ""
        selecting |= set(tokenize(f"{organ or ''} {index.documents[d].region or ''}", splitter))
    # an adjective before the listed noun picks the rows a column names by it ("privata": a cell "Privat"), else it
    # describes them all ("nya enskilda investeringsprojekt" of a table marking new ones by a code)
    for adjective in _leading_adjectives(question.folded):
        stems = set(tokenize(adjective, splitter))
        cells = {tuple(tokenize(v, splitter)) for _, r in pool for v in r.fields.values()}
        if not any(len(cell) == 1 and inflected(cell[0], stems) for cell in cells):
            selecting |= stems
    asked = conditions.question_words(question.text, lang, splitter)
    words = c.word_rules(asked, views, selecting, max_share)
    in_table = {id(r) for _, r in table}
    if _state_unmet(question, asked, [v for v in views if id(v.record) in in_table], parent) \
            or _frequency_unmet(question, [r for _, r in table]) \
            or _kind_unmet(index, asked, [v for v in views if id(v.record) in in_table], selecting):
        return [], True
    if first.type == "list" and any(w.topic for w in words):  # items' own text: the chosen list's, not every list's
        views = [v for v in views if id(v.record) in in_table]
    if not words and not any(rule.applies(views) for rule in c.bound(typed, views)):
        # a whole list: its own items, not the points nested under them ("Prioriteringar" 1–4, each with a)–c))
        return ([(p, r) for p, r in table if not r.parent] or table) if first.type == "list" else table, False
    if not words and not any(isinstance(rule, c.DateRule) and rule.applies(views) for rule in typed):
        views = [v for v in views if id(v.record) in in_table]  # amounts compare within the chosen table's columns
    keep = {id(v.record) for v in met_rows(views, typed, words, strict, most)}
    # a total ("Summa", "Totalt") or a group's head carrying its members' sums is no item of its own: when only such rows
    # meet the measure, none of the items does
    totals = set() if _TOTAL_ASKED.search(question.folded) else \
        {id(v.record) for v in views if _TOTAL_ROW.match(_folded_label(v.record))} | sums
    none_meet = any(isinstance(rule, _MEASURES) and rule.applies(views) for rule in c.bound(typed, views)) \
        and all(id(v.record) in totals for v in c.kept(views, typed, []))
    groups = {fold(parent[id(r)]).strip() for p, r in pool if id(r) in keep and id(r) in parent}
    chosen = [(p, r) for p, r in pool if id(r) in keep and _group_sum(r) not in groups  # members, not their sum
              and id(r) not in titles]  # nor their title
    return [(p, r) for p, r in chosen if id(r) not in sums] or chosen, none_meet  # nor a group's head carrying its sums


# rules that compare a row's figures with a value, a reference or a target: when they leave no row of a table that
# has such figures, the documents list nothing of the kind asked (a date or a word the question names in passing,
# "when the council met in April 2026", may be no filter on the rows at all)
_MEASURES = (c.AmountRule, c.SignRule, c.ReferenceRule, c.TargetRule, c.SpentRule, c.NoneCountedRule, c.ValueRule, c.YearRowRule,
             c.ColumnRule)


# a state the question asks the rows to be in, closing the question: a participle or a state word after "har", "är",
# "have been" ("har avbrutits", "är pausade under 2027", "have been cancelled"; not "har bedömts som ej uppnådda", "are
# scheduled for the second quarter", whose verbs report, nor "ska vara klara 2024", a deadline)
_STATE_ASKED = re.compile(r"\b(?:har|hade|ar|var|blev|blivit|have been|has been|had been|were|was|are|is)\s+(?:\w+\s+)?(\w+)"
                          r"(?:\s+(?:under|i|in|during|ar|year)\s+\S+)?\W*$")
_PARTICIPLE = re.compile(r"\w+(?:ats|its|tts|ts|ade|ad|ada|ta|da|na|ed|en)$")
_STATES = frozenset(c.CANON[w] for w in ("pagaende", "klar", "uppnadd", "forsenad"))  # `constraints.EQUIVALENT`'s states
_STATE_CELL = re.compile(r"(ad|at|ds|ar)$")  # a cell's participle or present: "Avslutad", "Påbörjat", "Utreds", "Pågår"


def _state_unmet(question: Question, asked: list[c.WordRule], table: list[c.RowView], parent: dict[int, str]) -> bool:
    """Whether the question asks for rows in a state ("vilka projekt har avbrutits") that no row
    of a table classifying its rows by state (`_states_column`) is in: the documents list no such
    row. A state the table words otherwise is its synonym (`constraints.EQUIVALENT`)."""
    said = {m.group(1) for m in _STATE_ASKED.finditer(question.folded)}
    states = [w for w in asked if not w.negated and fold(w.word) in said
              and (_PARTICIPLE.fullmatch(fold(w.word)) or w.stems & _STATES)]
    return bool(states) and _states_column(table, parent) and any(not any(w.holds(v) for v in table) for w in states)


KIND_VALUES = 2  # distinct values of a column of one kind ("Ekonomichef", "Kanslichef") that make it a column of that kind


def _kind_unmet(index: Index, asked: list[c.WordRule], table: list[c.RowView], selecting: set[str]) -> bool:
    """Whether the question names one of a kind that a column of the table lists no row of: a
    compound ("socialchefen") whose head ("chef", a word of its own) heads two values or more of a
    column ("Ekonomichef", "Kanslichef", "Förvaltningschef": who decided), while no row says the
    word. The documents list no row of the one named (Swedish compounds are right-headed)."""
    if len(table) < 3:
        return False
    for rule in asked:
        word = stem(fold(rule.word))
        if rule.negated or any(inflected(s, selecting) for s in rule.stems) or any(rule.holds(v) for v in table):
            continue
        for column in _value_columns([v.record for v in table]):
            values = {fold(v.record.fields.get(column, "")).strip() for v in table}
            kin = {value for value in values if value and len(value.split()) <= 3
                   and _shared_head(index, word, stem(value.split()[-1]))}
            if len(kin) >= KIND_VALUES:
                return True
    return False


def _shared_head(index: Index, a: str, b: str) -> bool:
    """Whether two compounds end in one head word ("socialchef", "ekonomichef": "chef"): an ending
    they share, four letters or more, that the documents write as a word of its own and that is no
    suffix (`_SUFFIXES`: "anmälning" and "socialförvaltning" share "ning"), each with more before it."""
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return any(len(a) > k + 2 and len(b) > k + 2 and a[-k:] not in _SUFFIXES and index.document_frequency(a[-k:]) > 0
               for k in range(4, n + 1))


# endings that make nouns of verbs and adjectives: shared by words of no one kind ("anmälning", "förvaltning"), though
# a page may print one alone (a word broken over a line)
_SUFFIXES = frozenset({"ning", "ande", "ende", "else", "skap", "tion", "itet", "ering"})


# a cell of a column of frequencies (`conditions.FREQUENCY_CELLS`, or one of no fixed period)
_FREQUENCY_CELL = re.compile("|".join([*conditions.FREQUENCY_CELLS.values(), r"lopande|dagligen|kontinuerlig\w*|vid behov"]))


def _frequency_unmet(question: Question, table: list[Record]) -> bool:
    """Whether the question asks for the rows done at a frequency ("varje vecka") that no row of
    a table with a column of frequencies ("Månadsvis", "Kvartalsvis", "Årligen" in most rows) is
    done at: the documents list no such row."""
    asked = conditions.frequencies_asked(question.text)
    if not asked or len(table) < 3:
        return False
    columns = [[v for r in table if (v := fold(r.fields.get(k, ""))) and len(v.split()) <= 4
                and not any(ch.isdigit() for ch in v) and _FREQUENCY_CELL.search(v)] for k in _value_columns(table)]
    said = max(columns, key=len, default=[])
    return len(said) >= FILLED * len(table) and not any(re.search(conditions.FREQUENCY_CELLS[a], v) for a in asked for v in said)


STATE_VALUES = 6  # a column of states holds at most this many distinct values, each of a few words
FILLED = 0.6  # a column classifies a table's rows (states, frequencies) when this share of them fill it so


def _value_columns(records: list[Record]) -> list[str]:
    """The columns of a table's rows after the first (the label's), in order."""
    return list(dict.fromkeys(k for r in records for k in list(r.fields)[1:]))


def _states_column(table: list[c.RowView], parent: dict[int, str]) -> bool:
    """Whether a column, or the titles of the groups the rows stand in, classifies the table's
    rows by state: most rows fill it with a word or two, repeated, at most `STATE_VALUES`
    distinct, and one of them a state the matcher knows ("Pågår", "Klar", "Försenad") or a
    participle ("Avslutad", "Planerad"; a group "Beslutat 5 projekt")."""
    rows = [v.record for v in table]
    titles = [(fold(parent.get(id(r), "")).split() or [""])[0] for r in rows]
    for values in [titles, *([fold(r.fields.get(k, "")).strip() for r in rows] for k in _value_columns(rows))]:
        filled = [v for v in values if v and len(v.split()) <= 2 and not any(ch.isdigit() for ch in v)]
        distinct = set(filled)
        if len(rows) >= 3 and len(filled) >= FILLED * len(rows) and 2 <= len(distinct) <= min(STATE_VALUES, len(filled) - 1) \
                and sum(_a_state(v) for v in distinct) >= len(distinct) / 2:
            return True
    return False


def _a_state(value: str) -> bool:
    """Whether a cell's folded value names a state: one the matcher knows ("Pågår", "Klar"), or
    a participle ("Avslutad", "Ej startad", "Utreds")."""
    return any(c.CANON.get(w) in _STATES or _STATE_CELL.search(w) for w in value.split())


SUM_SLACK = 0.05  # per row added: figures rounded to one decimal add up to their printed sum within this
RATIO_SLACK = 0.005  # two columns whose ratio stays within this share on every line are one measure (`_proportional`)


def _sum_rows(views: list[c.RowView]) -> set[int]:
    """The rows that carry the sums of the rows right under them: a group's head whose figures
    are, in two or more columns and all but one at most (a share does not add up), the sums of
    the rows below it ("Miljöskydd | 183 | 81 | 73 | 90,1" over its four categories). They are
    no members of a list filtered by those figures."""
    by_table: dict[tuple[str, str, str], list[c.RowView]] = defaultdict(list)
    for v in views:
        by_table[table_key(v.record)].append(v)
    out: set[int] = set()
    for rows in by_table.values():
        for i, head in enumerate(rows):  # a group's head over its members
            if _sums(head, rows[i + 1:]):
                out.add(id(head.record))
        for i, foot in enumerate(rows):  # a total under the members of every group ("Samtliga områden")
            if id(foot.record) not in out and _sums(foot, [r for r in reversed(rows[:i]) if id(r.record) not in out]):
                out.add(id(foot.record))
    return out


def _sums(row: c.RowView, others: list[c.RowView]) -> bool:
    """Whether the row's figures are the sums of the first two or more of `others` (`_sum_rows`)."""
    own = {col: value for col, value, _ in row.amounts}
    if len(own) < 2:
        return False
    total = dict.fromkeys(own, 0.0)
    lines = [own]
    for k, other in enumerate(others, start=1):
        cells = {col: value for col, value, _ in other.amounts}
        if not own.keys() <= cells.keys():
            return False
        lines.append(cells)
        for col in own:
            total[col] += cells[col]
        added = [col for col in own if abs(total[col] - own[col]) <= SUM_SLACK * k + 1e-9]
        if k >= 2 and len(added) >= max(2, len(own) - 1) and _independent(added, lines) >= 2:
            return True
    return False


def _independent(columns: list[str], lines: list[dict[str, float]]) -> int:
    """How many of the columns are not a fixed multiple of another on every line: a fee set as a
    share of a base ("Andel 38 % | Årsarvode 346 560") adds up wherever the shares do."""
    kept: list[str] = []
    for col in columns:
        if not any(_proportional(col, other, lines) for other in kept):
            kept.append(col)
    return len(kept)


def _proportional(a: str, b: str, lines: list[dict[str, float]]) -> bool:
    ratios = [line[a] / line[b] for line in lines if line[b]]
    return len(ratios) == len(lines) and max(ratios) - min(ratios) <= RATIO_SLACK * abs(max(ratios, key=abs))


def _organs_grouping(index: Index, pool: list[Row], parent: dict[int, str]) -> set[str]:
    """The documents whose organ, as the counts guessed it, names some of their rows but not all
    (a budget of every committee, "Kultur- och fritidsnämnden" the title over its activities): it
    is a group of rows there, not the body whose document it is, and picks rows like any word."""
    out = set()
    for d in {r.doc for _, r in pool}:
        organ = fold(index.documents[d].organ or "")
        rows = [r for _, r in pool if r.doc == d]
        naming = sum(bool(organ) and organ in fold(f"{r.text} {parent.get(id(r), '')}") for r in rows)
        if 0 < naming < len(rows):
            out.add(d)
    return out


def met_rows(views: list[c.RowView], typed: list[c.Rule], words: list[c.WordRule], strict: bool = True,
             most: bool = True) -> list[c.RowView]:
    """The rows meeting the typed rules and every word rule (`strict`); when no row says every
    word and `most` (a question asking for a set, `answer_rows`), those saying the most of them,
    one at least:
    "insatser för att öka tryggheten och studieron" has items of safety and items of calm, none
    of both, and an empty answer to a list question whose list was found is the worst. A
    question only worded like one ("Vad ska verksamheterna göra ...") gets none and is answered
    by its passages."""
    met = c.kept(views, typed, words, strict)
    if not met and strict and most and words:
        met = [v for v in c.kept(views, typed, words, strict=False) if any(w.holds(v) for w in words)]
    return met


_REGISTRATION = re.compile(r"\b[A-ZÅÄÖ]{2,4} \d{4}/\d+")  # a registration number, "KS 2026/501"


def _labels_and_values(rows: list[Row]) -> bool:
    """Whether a "table" is a document's block of labels and values ("Antagen | Kommunfullmäktige
    2026-10-26, § 97", "Diarienummer | KS 2026/501"), its first pair read as the header: two
    columns, the second header cell words with a date or a registration number, no column's
    name. Such a block (and the fact box or text beside it that the reader joined to it) says
    what the document is; no list question asks for its lines, and its words, which name the
    document's subject, outscored the tables that list it."""
    header = rows[0][1].header if rows else ()
    if not rows or rows[0][1].type != "table" or len(header) != 2:
        return False
    cell = header[1]
    spans = [(f.start, f.end) for f in extract_figures(cell) if f.unit == "datum"] + [
        m.span() for m in _REGISTRATION.finditer(cell)]  # a date or a registration number among its words
    words = "".join(" " if any(a <= i < b for a, b in spans) else ch for i, ch in enumerate(cell))
    return bool(spans) and bool(re.search(r"[^\W\d_]{3}", words))


def _legend_of_values(items: list[Row], tables: dict[tuple[str, str, str], list[Row]]) -> bool:
    """Whether a list only explains the values a column of another table of its document holds:
    "Genomförd – åtgärden är klar", "Försenad – ..." above an action table whose Status column says
    Genomförd, Pågår, Försenad, or a sentence listing them ("Detaljplanens status anges som Laga
    kraft, Granskning, Samråd eller Ej påbörjad") under a table with a column of those. Such a
    legend answers no list question: its terms are the table's rows' values, and the rows are
    what the question asks for."""
    if len(items) < 2 or any(r.type != "list" for _, r in items):
        return False
    inline = (items[0][1].table or "").startswith(INLINE_LIST)  # "anges som Laga kraft, Granskning, Samråd eller Ej påbörjad"
    terms = [fold(term).strip() for _, r in items if (term := r.text if inline else defined_term(r.text))]
    if len(terms) < max(2, 0.6 * len(items)):
        return False
    doc = items[0][1].doc
    for rows in tables.values():
        if rows is items or rows[0][1].doc != doc or rows[0][1].type == "list":
            continue
        values = {fold(v).strip() for _, r in rows for v in r.fields.values()}
        if sum(t in values for t in terms) >= max(2, 0.6 * len(terms)):
            return True
    return False


_BAND = re.compile(r"^(?:[^\d|]+\|\s*)?(\d+)\s*(?:\||[–—-])\s*(\d+)$")  # "Hög riskvärde | 10 | 14", "Låg | 1–4"


def _scale_bands(rows: list[Row]) -> bool:
    """Whether a table is the bands of a scale, each row a name and where it starts and ends, one
    band going on where the one before ended ("Låg riskvärde | 1 | 4", "Måttlig | 5 | 9", "Hög |
    10 | 14"): a key to the values another table gives its rows, no rows a list question asks for
    ("riskvärde på 20 eller mer" is asked of the risks, not of the band up to 25)."""
    bands = [(int(m.group(1)), int(m.group(2))) for _, r in rows if (m := _BAND.match(r.text.strip()))]
    return len(rows) >= 3 and len(bands) == len(rows) and all(a <= b for a, b in bands) \
        and all(0 <= c - b <= 1 for (_, b), (c, _) in itertools.pairwise(bands))


def _spelled_out(index: Index, r: Record) -> str:
    """The long forms of the cells that are abbreviations the documents define: a row whose
    "Delegat" says "SNAU" says "Socialnämndens arbetsutskott" too."""
    defined = index.lexical.abbreviations
    return " ".join(defined[v.strip()] for v in r.fields.values() if v.strip() in defined)


def _group_title(r: Record) -> bool:
    """A generic table row that only titles the rows below it: its first cell alone, a few words
    opened by a section number ("4 Barn och unga", "3.2 Ekonomiskt bistånd")."""
    return _first_cell_only(r) and bool(re.match(r"\d+(?:\.\d+)*\.?\s+[A-ZÅÄÖ]", _label(r))) and len(_label(r).split()) <= 8


def _first_cell_only(r: Record) -> bool:
    """A table row of its first cell alone, or with its short form in the last column, the
    columns between empty ("Socialnämnden | | | SN"; not "Anna Ek | S" of a roll call)."""
    if r.type != "table" or max(len(r.header), len(r.fields)) < 3:
        return False
    filled = [(k, v.strip()) for k, v in r.fields.items() if v.strip()]
    if not filled or filled[0][1] != next(iter(r.fields.values()), "").strip():
        return False
    return len(filled) == 1 or (len(filled) == 2 and len(r.header) >= 4 and filled[1][0] == r.header[-1]
                                and bool(_CODE.fullmatch(filled[1][1])))


_CODE = re.compile(r"[A-ZÅÄÖ]{1,5}")  # a committee's short form beside its name


def _group_titles(rows: list[Row]) -> set[int]:
    """The rows that title the rows below them (`_group_title`), and in a table of figures or
    values a row of its first cell alone, without figures, over a row filling two or more cells
    ("Kommunstyrelsen" over its projects, "Mål 1. Alla barn och elever ska ..." over its
    indicators)."""
    out = {id(r) for _, r in rows if _group_title(r)}
    for (_, r), (_, below) in zip(rows, rows[1:]):
        title = _COUNTED.sub("", _label(r))  # "Medborgarförslag (10)": the group's size is no figure of its own
        if _first_cell_only(r) and table_key(below) == table_key(r) and not re.search(r"\d{2}|\d[ ,.]\d", title) \
                and sum(1 for v in below.fields.values() if v.strip()) >= 2 and len(_label(r).split()) <= 25:
            out.add(id(r))
    return out


_COUNTED = re.compile(r"\s*\(\d+\)\s*$")


def _group_sum(r: Record) -> str | None:
    """The group a "Summa X" line closes (X), else None; "Summa | stadstrafik" set over a table's
    first two columns is one label."""
    label = leading_words(list(r.fields.values())) if r.type == "table" and not r.fields.get("label") else _label(r)
    m = _GROUP_SUM.match(fold(label).strip())
    return m.group(1) if m else None


def _label(r: Record) -> str:
    """A row's label: its `label` field, or a generic table row's first cell."""
    return r.fields.get("label", "") or (next(iter(r.fields.values()), "") if r.type == "table" else "")


RESTATED = 0.6  # share of one list's items another says again for the two to be one list told twice
SAME_ITEM = 0.5  # word overlap (Jaccard, words of four letters or more) of two wordings of one item


def first_telling(tables: dict[tuple[str, str, str], list[Row]], best: tuple[str, str, str]) -> tuple[str, str, str]:
    """The first laid-out list of its document that says again what the chosen list says: a report
    restates its recommendations (in the covering letter, the summary and the body, in other
    words); the first is where a reader meets them, and the wording quotes take."""
    if best[2] != "list":
        return best
    chosen = [_item_words(r) for _, r in tables[best]]
    same = [key for key, rows in tables.items() if key[0] == best[0] and key[2] == "list"
            and not (rows[0][1].table or "").startswith(INLINE_LIST) and _restated(chosen, [_item_words(r) for _, r in rows])]
    return min(same, key=lambda key: min(p for p, _ in tables[key]), default=best)


def _item_words(r: Record) -> set[str]:
    return set(re.findall(r"[a-z]{4,}", fold(r.text)))


def _restated(a: list[set[str]], b: list[set[str]]) -> bool:
    """Whether most items of each list have an item of the other in nearly the same words."""
    def covered(xs: list[set[str]], ys: list[set[str]]) -> float:
        return sum(any(len(x & y) >= SAME_ITEM * len(x | y) for y in ys) for x in xs) / (len(xs) or 1)
    return covered(a, b) >= RESTATED and covered(b, a) >= RESTATED


def _meeting_filters(views: dict[tuple[str, str, str], list[c.RowView]], typed: list[c.Rule]) -> list[tuple[str, str, str]]:
    """The tables with a row meeting every amount and sign the question asks for ("över 50 000
    kr", "gå med underskott"): a table without one cannot answer it, however well its heading
    fits. Dates are left out: a date may name the meeting or plan a table comes from rather
    than pick its rows."""
    filters = [rule for rule in typed if isinstance(rule, (c.AmountRule, c.SignRule, c.SpentRule, c.ValueRule))]
    if not filters:
        return []

    def meeting(strict: bool, noun: bool = False) -> list[tuple[str, str, str]]:
        return [key for key, vs in views.items() if any(all(
            rule.holds(v, strict, noun=noun) if isinstance(rule, c.AmountRule) else rule.holds(v) for rule in filters) for v in vs)]
    # "fler än 100 arrangemang 2026": in a column of the noun if any table has one, and no other table when one has
    # such a column but no row meeting it there ("riskvärde på 20 eller mer" of risks valued up to 16 is met by no
    # table, not by the one counting 30 samples); "över 1 000 tkr 2030": in a 2030 column if any table has one
    return meeting(strict=True, noun=True) or ([] if _noun_named(views, filters) else meeting(strict=True) or meeting(strict=False))


def _noun_named(views: dict[tuple[str, str, str], list[c.RowView]], typed: list[c.Rule], year: bool = False) -> bool:
    """Whether a table has a column named by the noun an amount asked is of ("30 minuter": "Insatstid, min");
    `year`: a column of figures, of the year the amount is asked for when it names one."""
    asked = [rule for rule in typed if isinstance(rule, c.AmountRule) and rule.column_word]

    def columns(v: c.RowView) -> list[str]:
        return [col for col, _, _ in v.amounts] if year else list(v.record.fields)
    return any(c.names_column(rule.column_word, col) and not (year and rule.column_year and rule.column_year not in col)
               for rule in asked for vs in views.values() for v in vs for col in columns(v))


def _widened(index: Index, question: Question, lang: str, pool: list[Row], docs: list[str], max_share: float) -> list[Row]:
    """The pool with the rows of the same kind and shape in every other document, when a word of
    the question holds in none of the pool's rows but in some of theirs ("följs upp i april"
    asked where only another plan's assignments are followed up in April). Lists and generic
    tables share shapes across unrelated documents, so only typed records are widened."""
    first = pool[0][1]
    if first.type in GENERIC_TYPES:
        return pool
    splitter = index.lexical.splitter
    here = [c.view(r, "", splitter) for _, r in pool]
    missing = [w for w in conditions.question_words(question.text, lang, splitter) if not any(w.holds(v) for v in here)]
    if not missing:  # every word is said here: the other documents are not read
        return pool
    shape = shape_of(first)
    others = [(p, r) for p, r in store.records(index.con, first.type) if r.doc not in docs and shape_of(r) == shape]
    there = [c.view(r, "", splitter) for _, r in others]
    if any(0 < sum(w.holds(v) for v in there) <= max_share * len(there) for w in missing):
        return pool + others
    return pool


_GROUP_SUM = re.compile(r"^(?:summa|delsumma|totalt|sum of|subtotal|total)\s+(.+)$")


def _parents(rows: list[Row], titles: set[int] | None = None) -> dict[int, str]:
    """Each row's parent: the record's own `parent`; for a "varav" line of a table the line
    above it that is not one ("varav primärvård" under "Hälso- och sjukvårdsnämnden"); for the
    rows a "Summa X" line closes, X ("Summa pågående projekt" under the ongoing projects); for
    the rows under a group's title (`_group_titles`, or `titles` when the caller has them), the
    title."""
    out: dict[int, str] = {}
    above: dict[tuple[str, str, str], str] = {}
    titled: dict[tuple[str, str, str], str] = {}  # the group title the rows of a table stand under
    group: dict[tuple[str, str, str], list[Record]] = defaultdict(list)  # rows since the last sum line
    titles = _group_titles(rows) if titles is None else titles
    for _, r in rows:
        label = _label(r)
        key = table_key(r)
        if id(r) in titles:
            titled[key] = label
            continue
        if r.parent:
            out[id(r)] = r.parent
        elif fold(label).startswith("varav"):
            out[id(r)] = above.get(key, "")
        elif label:
            above[key] = label
        if key in titled:
            out.setdefault(id(r), titled[key])
        if (name := _group_sum(r)) is not None:
            for member in group.pop(key, []):
                out.setdefault(id(member), name)
        else:
            group[key].append(r)
    return out


_HEAD = re.compile(r"^(?:vilka|which|list|lista|ange alla|what are the)\s+(?:(?:typer|former|slags|sorters|types|kinds) (?:av|of)\s+)?([\w-]+)"
                   r"(?:\s+(?:och|eller|and|or)\s+(?!(?:vilka|which|hur|how|vad|what)\b)([\w-]+))?")
_VERBS = frozenset(("ska", "skall", "kan", "får", "fick", "fått", "gick", "går", "blev", "ger", "gav", "will", "should",
                    "can", "get", "got", "did", "does", "do", "has", "had"))  # where the listed noun phrase ends
_OF_THE = re.compile(r"^(?:(?:i|för|inom|av|under|med|på|till|från|hos|in|on|of|to|with|at|from|by)\s+)?(?:vilka|which)\s+"
                     r"(?:(?:av|of)\s+(?:(?:de|dem|dessa|the|these|those)\s+)?)?"
                     r"(?:(?:typer|former|slags|sorters|types|kinds) (?:av|of)\s+)?((?:[\w'’-]+\s+){0,4})")


def _names_a_kind(head: str, rows: list[Record]) -> bool:
    """Whether the noun a question lists is a kind that a cell of some rows, not all, is
    ("Direktupphandling" in a procurement plan's Förfarande column): it then picks rows."""
    stems = set(terms(head, None))  # the whole word: its compound's parts would be other kinds
    if len(stems) != 1:
        return False
    kinds = sum(any(set(terms(v, None)) == stems for k, v in r.fields.items() if k != "label") for r in rows)
    return 0 < kinds < len(rows)


def _head_noun(folded: str) -> str:
    """What a list question lists: the noun after "vilka" ("vilka delmål ...", "vilka typer av
    anläggningar ...", and "verksamheter" of "vilka divisioner och verksamheter"); it names the
    table's rows and picks none of them."""
    m = _HEAD.search(folded)
    if not m:
        return ""
    # "vilka privata vårdcentraler", "vilka nya enskilda projekt": adjectives before the noun pick rows (those saying
    # "Privat"); the noun is listed
    if adjectives := _leading_adjectives(folded):
        return folded[m.start(1):].split()[len(adjectives)].strip("?,.!")
    return " ".join(filter(None, m.groups()))


def _leading_adjectives(folded: str) -> list[str]:
    """The plural adjectives between "vilka" and the noun it lists ("vilka nya enskilda projekt": nya, enskilda)."""
    m = _HEAD.search(folded)
    if not m or m.group(2) is not None:
        return []
    words = folded[m.start(1):].split()
    out = []
    for word, after in itertools.pairwise(words):
        after = after.strip("?,.!")
        if not (_ADJECTIVE.fullmatch(word) and word not in STOPWORDS and re.fullmatch(r"[a-z-]{3,}", after)
                and after not in STOPWORDS and after not in _VERBS and not after.endswith("s")):
            break
        out.append(word)
    return out


_ADJECTIVE = re.compile(r"[a-z]{2,}(?:a|re)")  # a plural adjective (folded): "privata", "kommunala", "nya", "större"


def listed_words(question: Question, lang: str) -> str:
    """The words naming what a list question lists: of the next four words after "vilka" /
    "which" (or "vilka av (de) ..." / "which of the ...", also after a preposition, "med
    vilka"), those before the first stopword or verb, owners in the genitive left out ("vilka av
    VA-granskningens rekommendationer", "which of Kvarnåsa's actions", "which individual
    investment projects in ..."); "" when the question is worded otherwise."""
    text = question.text.strip().lower()
    if (m := _OF_THE.search(text)) is None:
        return _head_noun(question.folded)
    genitive = re.compile(r"\w['’]s?$" if lang == "en" else r"\w(?:s|['’]s?)$")
    words = [w for w in m.group(1).split() if not genitive.search(w)]
    if not words or words[0] in STOPWORDS:
        return " ".join(words[:1])
    return " ".join(itertools.takewhile(lambda w: w not in STOPWORDS and w not in _VERBS, words))


def table_features(index: Index, question: Question, hits: list[Hit], tables: dict[tuple[str, str, str], list[Row]],
                   typed: list[c.Rule], views: dict[tuple[str, str, str], list[c.RowView]], lang: str = "sv",
                   ) -> dict[tuple[str, str, str], dict[str, float]]:
    """Per table: the features its score is a weighted sum of (see the module docstring);
    `views` holds each table's rows as the matcher reads them (empty when nothing is typed).
    An English question is read with the Swedish terms of its phrases (the glossary) too."""
    splitter = index.lexical.splitter
    text = f"{question.text} {swedish_terms(question.text)}" if lang == "en" else question.text
    q_terms = set(tokenize(text, splitter))
    weights = {t: index.idf(t) for t in q_terms if len(t) >= 3 and not t.isdigit()}
    rank_of: dict[int, int] = {}
    for rank, h in enumerate(hits):
        rank_of.setdefault(h.pos, rank)
    positions = sorted({p for t in tables.values() for p, _ in t})
    text_at = {p: ch.text for p, ch in zip(positions, store.load_chunks(index.con, positions))}
    docs = {k[0] for k in tables}
    prior = {d: document_prior(question.folded, index.documents[d]) for d in docs}
    top_prior = max(prior.values(), default=0) or 1
    out = {}
    # the words naming a document's organ ("hälso- och sjukvårdsnämnden") and place ("Ekmora kommun"): the
    # question names them to find its documents, not one of their tables
    own = {d: set(tokenize(f"{index.documents[d].organ or ''} {index.documents[d].region or ''}", splitter)) for d in docs}
    phrases = question_phrases(question.folded, set().union(*own.values()), splitter) if lang != "en" else []
    noun = listed_words(question, lang)
    listed = set(terms(f"{noun} {swedish_terms(noun)}" if lang == "en" else noun, splitter)) - set().union(*own.values())
    for key, rows in tables.items():
        first = rows[0][1]
        heading_text = f"{first.section.split(' > ')[-1]} {first.caption}"
        head_terms = set(terms(heading_text, splitter)) - own[first.doc]
        path_terms = set(terms(f"{first.section} {heading_text} {' '.join(first.header)}", splitter)) - own[first.doc]
        body = " ".join(dict.fromkeys(text_at[p] for p, _ in rows)) + " " + " ".join(r.text for _, r in rows)
        ranks = [rank_of[p] for p, _ in rows if p in rank_of]
        read = views.get(key, [])
        if not _TOTAL_ASKED.search(question.folded):  # a table whose sum alone meets the amount does not fit it
            read = [v for v in read if not _TOTAL_ROW.match(_folded_label(v.record))] or read
        applies = [rule for rule in c.bound(typed, read) if rule.applies(read)]
        named = first.type if first.type not in GENERIC_TYPES else ""  # a typed table names its rows ("indikator")
        out[key] = {
            "rank": 1.0 / (1 + min(ranks)) if ranks else 0.0,
            "heading": sum(inflected(t, q_terms) for t in head_terms) / (len(head_terms) or 1),
            "said_head": _share(weights, path_terms),
            "said_rows": _share(weights, set(terms(body, splitter))),  # remembered: a table recurs across questions
            "kind": 1.0 if first.type in question.record_types else 0.0,
            "doc": prior[first.doc] / top_prior,
            "fits": (sum(any(rule.holds(v, priced=False) if isinstance(rule, c.AmountRule) else rule.holds(v) for v in read)
                         for rule in applies if _in_cells(rule, first)) / len(typed))
            if typed else 0.0,
            "inline": float(first.type == "list" and (first.table or "").startswith(INLINE_LIST)),
            "phrase_rows": _phrase_rows(phrases, rows),
            "listed": float(bool(listed) and any(inflected(t, set(terms(f"{heading_text} {' '.join(first.header)} {named}",
                                                                         splitter))) for t in listed)),
            "rows": math.log1p(min(len(rows), MANY_ROWS)),
            "facts": float(_facts_box(rows)),
        }
    return out


MANY_ROWS = 6  # a table of this many rows or more is as likely to be the one listed as a longer one
FACTS_ROWS = 6  # a document's facts box holds a few lines ("Beslutad av", "Diarienummer", "Gäller", "Ansvarig")
FACTS_LABEL_WORDS = 6  # its labels are short; a reader that joins its lines joins a few labels into one cell


def _facts_box(rows: list[Row]) -> bool:
    """Whether a "table" reads as a document's facts box: a few pairs of label and value on its
    first page, the labels words without a figure ("Antagen | Barn- och utbildningsnämnden
    2025-12-10, § 112", "Gäller | 1 januari–31 december 2026"). What it says names the
    document, not the things a list question asks for; the table scorer weighs it. Such a block
    whose header pair names a date or a registration number is left out whole
    (`_labels_and_values`); this reads the rest by their rows."""
    if not rows or len(rows) > FACTS_ROWS or rows[0][1].type != "table" or any((r.page or 1) > 1 for _, r in rows):
        return False
    if all(len(r.fields) == 2 for _, r in rows):
        labels = [next(iter(r.fields.values())) for _, r in rows]
        return all(_fact_label(label) for label in labels)
    # key figures set in pairs side by side under no header ("Antal upphandlingar | 23 | Uppskattat årsvärde
    # totalt 166,6 mnkr"): most lines open with a label and its one figure
    pairs = sum(len(cells := list(r.fields.values())) >= 2 and _fact_label(cells[0]) and is_figure(cells[1])
                for _, r in rows)
    return not rows[0][1].header and pairs >= max(2, len(rows) / 2)


def _fact_label(label: str) -> bool:
    return bool(label) and not re.search(r"\d", label) and len(label.split()) <= FACTS_LABEL_WORDS


def question_phrases(folded: str, own: set[str], splitter: CompoundSplitter | None) -> list[str]:
    """Two-word phrases of the question that can name a value a row holds ("ej uppnått",
    "tekniska nämnden"): at least one word of four letters or more, not both joiners, and no word
    naming the documents' organ or place (stopwords join a phrase without naming anything)."""
    words = re.findall(r"[a-z0-9]+", folded)
    out = []
    for a, b in zip(words, words[1:]):
        if (a in STOPWORDS and b in STOPWORDS) or max(len(a), len(b)) < 4 or a.isdigit() or b.isdigit():
            continue
        if set(terms(f"{a} {b}", splitter)) & own:
            continue
        out.append(f"{a} {b}")
    return out


def _phrase_rows(phrases: list[str], rows: list[Row]) -> float:
    """Whether a phrase of the question stands in some of a table's rows but not all: the value
    the question picks its rows by ("fick bedömningen ej uppnått" in a table with a Status column),
    which a list whose items merely share the question's words does not hold."""
    if not phrases or len(rows) < 2:
        return 0.0
    texts = [f" {' '.join(re.findall(r'[a-z0-9]+', fold(r.text)))} " for _, r in rows]
    for ph in phrases:
        n = sum(f" {ph} " in t for t in texts)
        if 0 < n < len(texts):
            return 1.0
    return 0.0


def _in_cells(rule: c.Rule, r: Record) -> bool:
    """Whether the rule can be met in the table's cells: an amount asked ("färre än 80 procent")
    is one a table gives in a cell of its own, not one a list item says in a sentence."""
    return not (isinstance(rule, c.AmountRule) and r.type == "list")


def _share(weights: dict[str, float], terms: set[str]) -> float:
    total = sum(weights.values()) or 1.0
    return sum(w for t, w in weights.items() if inflected(t, terms)) / total


def _docs_in_focus(index: Index, question: Question, hits: list[Hit]) -> list[str]:
    """The documents of the top hits, narrowed to those the names in the question name, then to
    those whose year the question names, and to those whose organ it names, each when that
    leaves any."""
    top = _named_by(index, question, list(dict.fromkeys(h.chunk.doc for h in hits[:5])))
    if question.years:
        top = [d for d in top if index.documents[d].year in question.years] or top
    named = [d for d in top if (o := fold(index.documents[d].organ or "")) and o[:-2] in question.folded]
    return named or top


_NAME = re.compile(r"(?<=\s)[A-ZÅÄÖ][a-zåäöé]{3,}")  # a name inside a question ("Öxnehems", "Ysterby"), not its first word


def _named_by(index: Index, question: Question, docs: list[str]) -> list[str]:
    """Of `docs`, those whose file name, title or place say most of the names the question uses
    ("Vilka av Öxnehems projekt ...": the company's annual summary, not another municipality's
    plan among the hits); all of them when none says one."""
    names = {fold(m.group(0)).removesuffix("s") for m in _NAME.finditer(question.text)}
    if not names:
        return docs
    said = {d: sum(n in fold(f"{d} {index.documents[d].title} {index.documents[d].region or ''}") for n in names) for d in docs}
    best = max(said.values(), default=0)
    return [d for d in docs if said[d] == best] if best else docs


def merged(rows: list[Row]) -> list[ListRow]:
    """Each row once: the same text in two documents is one row with both sources."""
    out: dict[str, tuple[int, Record, list[tuple[str, int | None]]]] = {}
    for p, r in rows:
        key = re.sub(r"\W+", "", fold(r.text))
        if key not in out:
            out[key] = (p, r, [])
        if (r.doc, r.page) not in out[key][2]:
            out[key][2].append((r.doc, r.page))
    return [ListRow(p, r, tuple(src)) for p, r, src in out.values()]


# a row labelled "Samtliga" (all of them), "Samtliga bibliotek", "Alla enheter", "Kommunen totalt" or "Hela trafiken"
# is a total, and so is the sum a table carries over a page break ("Överfört från föregående sida")
_TOTAL_ROW = re.compile(r"(totalt|summa|total|sum)\b|(samtliga|alla|hela)(\s+[^\s|]+){0,2}\s*(\||$)"
                        r"|[^|]{0,30}\btotalt?\s*(\||$)|overfort fran\b|carried (forward|over)\b")
_SINGLE_ASKED = re.compile(r"\b(enskild\w*|enskilt|individual|single)\b")
_REST_ROW = re.compile(r"(ovrig[at]?|other|diverse|smarre)\b")  # a row gathering the rest ("Övriga investeringar")
_TOTAL_ASKED = re.compile(r"\b(total\w*|summa\w*|sammanlagd\w*|sammantaget|in all|sum)\b")


def _select(question: Question, rows: list[Row]) -> list[Row]:
    """Rows picked by a selector word ("varav" lines, goals judged "delvis"), when some have it."""
    def text(r: Record) -> str:
        return fold(r.text + " " + " ".join(r.fields.values()))

    return [(p, r) for p, r in rows if any(s in text(r) for s in question.selectors)] or rows


def _one_per_value(question: Question, rows: list[Row], parents: dict[int, str], by_year: bool = False) -> list[Row]:
    """"Vilka delmål ...": when the noun listed is a column the rows repeat (several indicators
    under one delmål) and every row names its value, one row per value of that column and group
    title (`parents`): two clinics named "Ortopedi" under two hospitals are two. A column some
    rows leave empty is read from a layout too loosely to group by. `by_year`: a thing's rows of
    two years of a table in long format are two."""
    head = set(tokenize(_head_noun(question.folded)))
    columns = {k for _, r in rows for k in r.fields if head and set(tokenize(k.replace("_", " "))) & head}
    if not columns:
        return rows
    column = sorted(columns)[0]
    if not all(r.fields.get(column) for _, r in rows):
        return rows
    seen: set[tuple[str, str, str, str]] = set()
    out = []
    for p, r in rows:
        value = (r.doc, parents.get(id(r), ""), fold(r.fields.get(column, "")), (c.row_year(r) or "") if by_year else "")
        if value[2] and value in seen:
            continue
        seen.add(value)
        out.append((p, r))
    return out


_FRAMES = {"sv": ("{n} rader matchar:", "s.", "… och {n} till."), "en": ("{n} matching rows:", "p.", "… and {n} more.")}
MAX_LISTED = 12


def list_text(rows: list[ListRow], lang: str) -> str:
    """The answer: a count, then each row with every document and page it stands in."""
    head, page, more = _FRAMES["en" if lang == "en" else "sv"]
    lines = [head.format(n=len(rows))]
    for row in rows[:MAX_LISTED]:
        where = "; ".join(f"{doc}, {page} {pg}" if pg else doc for doc, pg in row.sources)
        lines.append(f"- {described(row.record)} ({where})")
    if len(rows) > MAX_LISTED:
        lines.append(more.format(n=len(rows) - MAX_LISTED))
    return "\n".join(lines)
