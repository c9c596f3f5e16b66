"""One feature row per candidate figure: what the learned figure scorer sees.

A candidate is a figure of one of the top passages (its sentence's figures, and the cells of
its table rows). Each row describes how the figure fits the question: how close its window is
to the question (the dense model), how much of the question's focus terms (stemmed, folded,
compound parts, synonyms, the English glossary) its label, its words around and its sentence
say, whether its unit is the one asked for, whether its year is the question's, whether it is
a target or a budget where the question asks for an outcome, whether it counts the noun asked,
and where its passage ranks. The weights live in `figure_weights.json` (see `figure_scorer`);
nothing here decides, it only measures. The question's side is computed once (`Focus`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from insyn.answer.ages import age_terms, is_age_term
from insyn.answer.abstain import MONTH_ASKED, named_places, question_terms
from insyn.answer.constraints import SEXES, YEAR_IN, column_month, sex_group
from insyn.answer.question import UNITS_OF, Question, Want
from insyn.ingest.generic import is_figure
from insyn.ingest.glossary import swedish_terms, synonyms
from insyn.index.search import Hit, Index
from insyn.ingest.figures import MONTHS, figures_from_record, is_identifier, is_reference, position_in, typed_label
from insyn.ingest.swedish import CompoundSplitter, fold, inflected, tokenize
from insyn.types import Figure, Record

FIGURE_HITS = 6  # passages whose figures are candidates


@lru_cache(maxsize=65536)
def terms(text: str, splitter: CompoundSplitter | None) -> tuple[str, ...]:
    """`tokenize`, remembered (labels, sentences and words recur across candidates and
    questions), with the age groups the text names (`ages`)."""
    return tuple(tokenize(text, splitter)) + tuple(sorted(age_terms(text)))

NAMES = (
    "sem", "sem_gap", "inv_rank", "fused", "label_cover", "label_precision", "near_cover", "sentence_cover",
    "unit_fit", "unit_miss", "year_unasked", "count_for_money", "year_fit", "year_miss", "doc_year_fit",
    "place_fit", "place_miss", "target_fit", "target_unwanted", "budget_unwanted", "outcome_fit",
    "qualified", "change_fit", "counted_fit", "counted_miss", "in_table", "largest_in_sentence", "agreement",
    "designator_fit", "designator_miss", "is_designator", "label_numeric", "deadline_fit",
    "clause_cover", "deviation_fit", "deviation_unwanted", "vote_fit", "vote_miss", "deficit_fit",
    "column_fit", "column_miss", "row_fit", "row_miss", "total_fit", "total_miss",
)


@dataclass(frozen=True, slots=True)
class Focus:
    """The question's side of the features, computed once per question."""

    question: Question
    weights: dict[str, float]  # focus term -> IDF; a named place's stem stays (the scorer was fitted so: docs/design.md)
    places: set[str]
    units: set[str]
    wants_target: bool
    wants_budget: bool
    wants_change: bool
    counted: set[str]  # the noun of "hur många <noun>", as terms
    asked: set[str]  # folded words of the question
    designators: tuple[tuple[str, int], ...] = ()  # "årskurs 4", "områdestyp 2", "DN25": (word stem, number)
    asks_year: bool = False  # "när", "vilket år": a year can be the answer
    asks_deadline: bool = False  # "senast när", "by what date": the date a thing must be done by
    asks_deviation: bool = False  # "hur mycket över budget", "avvikelse": the difference from the budget
    vote_side: str = ""  # "röstade ja", "avstod", "against": the side of a vote whose count is asked; "any": the votes
    asks_deficit: bool = False  # "underskott", "deficit": a negative result or deviation answers
    counted_whole: frozenset[str] = frozenset()  # `counted`'s words whole, not split into compound parts
    months: frozenset[int] = frozenset()  # the months the question names ("i oktober 2027"): 10


# asked of the question as written: "vilket är" folds to "vilket ar" as "vilket år" does
_YEAR_ASKED = re.compile(r"\b(när|nar|vilket år|vilka år|årtal|when|what year|which year|since)\b")
_DEADLINE_ASKED = re.compile(r"\b(senast|sista dag\w*|deadline|by what date|no later than|due)\b")
# the words that set a deadline right before a date: "senast den 18 juni", "till och med 2026-06-30"
_DEADLINE_SAID = re.compile(r"\b(senast|sista dag\w*|deadline|till och med|t ?o ?m)(\W+den)?\W*$")
# the difference between outcome and budget: "över budget", "överskred budgeten", "avvikelse mot budget"
_DEVIATION_ASKED = re.compile(r"\b((over|under|mot|jamfort med) (budget\w*)|overskred\w*|overskrid\w*|underskred\w*|avvik\w*"
                              r"|budgetavvik\w*|(over|under|against|compared to|compared with) (the )?budget|overspen\w*"
                              r"|underspen\w*|exceed\w*|deviation|variance)\b")
_DEVIATION_SAID = re.compile(r"\b(avvik\w*|budgetavvik\w*|differens|diff|budgetutfall|mot budget|jamfort med budget"
                             r"|overskred\w*|overskrid\w*|underskred\w*|underskrid\w*)\b")  # "budgeten överskreds med"
_TARGET_ASKED = re.compile(r"\b(mal|malet|malvarde|target|ska|siktar|planerar|vill|avser|stravar|aims?|wants?)\b")
_BUDGET_ASKED = re.compile(r"(budget\w*|\bplan\w*|\bska|\bbudgeted|\bplanned)\b")  # "nettobudget", "driftbudgeten" too
_CHANGE_ASKED = re.compile(r"\b(hur mycket (mer|mindre)|okar|okade|okades|okats|okning|hojs|hojd|hojdes|hojning|minskar|minskade"
                           r"|minskades|minskats|minskning|sanktes|sankts|reducer\w*|forandr\w*|tillskott|how much (more|less)"
                           r"|increase\w*|decrease\w*|reduce\w*|cut|rise|fall)\b")
# a word and the number that names one of its kind: "årskurs 4", "områdestyp 2", "DN25", "nivå 3"
_DESIGNATOR = re.compile(r"\b([a-z]{2,})[ -]?(\d{1,3})\b(?![ ,.]?\d)(?!\s*(?:%|procent|kr|kronor|tkr|mnkr|mkr|sek|ar|years?|st|m2|m3|m²|m³|timmar|dagar|manader|veckor|personer|elever)\b)")
# words that stand before a number without naming a series ("med 5", "cirka 30", "varav 12"), folded
_FUNCTION_WORDS = frozenset(
    "med till av pa om under over for an ar var blir blev har hade minst hogst cirka ca totalt drygt knappt nastan "
    "senast och eller i vid per mellan fran sedan inom kring omkring upp ned ner sjonk steg okade minskade "
    "varav summa ungefar endast bara hela runt nara inkl exkl "
    "with to of on in at for by than is was are were be about around over under least most nearly almost total".split())


# a size that names a member of a price list: "660-literskärl", "ett 190-liters kärl", "3 kubikmeter" (folded)
_SIZE = re.compile(r"\b(\d{1,4})[ -]?(liter|litre|kubikmeter|kvadratmeter|kvm)\w*")


def designators(folded: str, lang: str = "sv") -> tuple[tuple[str, int], ...]:
    """(the first six letters of the word, the number) of each "word N" that names a member of a
    series, and of each size "N liter" that names a row of a price list; an English word also
    by its Swedish words ("line 11": "linje 11")."""
    named = [(w, int(n)) for w, n in _DESIGNATOR.findall(folded) if w not in _FUNCTION_WORDS]
    if lang == "en":
        named += [(fold(sv), n) for w, n in named for sv in swedish_terms(w).split()]
    return tuple(dict.fromkeys((w[:6], n) for w, n in named)) \
        + tuple((w.replace("litre", "liter")[:6], int(n)) for n, w in _SIZE.findall(folded))


# the noun counted: "hur många områden", "hur många av regionstyrelsens delmål" (past a genitive)
_COUNTED = re.compile(r"\b(?:hur manga|antal(?:et)?|how many|number of)\s+(?:av\s+)?(?:[a-z-]+s\s+(?=[a-z]))?([a-z-]+)")
_COUNTED_EN = re.compile(r"\b(?:how many|number of)\s+((?:[\w-]+\s+){0,3}?[\w-]+)(?=\s+(?:does|did|do|are|were|is|was|have|has|had"
                         r"|will|would|can|could|in|at|of|for|from|under|on|to|with)\b)")


def counted_terms(question: Question, lang: str, splitter: CompoundSplitter | None) -> set[str]:
    """The terms of the noun a count question counts, with the documents' words for it
    ("anställda": medarbetare); for English, those of its Swedish words in the glossary ("how
    many elected auditors": förtroendevalda revisorer)."""
    m = _COUNTED.search(question.folded)
    if not m:
        return set()
    noun = next((w for w in re.findall(r"[\w-]+", question.text) if fold(w) == m.group(1)), m.group(1))
    terms = set(tokenize(f"{noun} {synonyms(noun) if lang != 'en' else ''}", splitter))
    if lang == "en" and (phrase := _COUNTED_EN.search(question.text.lower())):
        terms |= set(tokenize(swedish_terms(phrase.group(1)), splitter))
    return terms


def focus(index: Index, question: Question, lang: str) -> Focus:
    splitter = index.lexical.splitter
    places = named_places(question.folded)
    terms = question_terms(question, lang, splitter, expand=True) | age_terms(question.text)
    return Focus(
        question=question, weights={t: index.idf(t) for t in terms if t not in places}, places=places,
        units=UNITS_OF.get(question.want, set()), wants_target=bool(_TARGET_ASKED.search(question.folded)),
        # "över budget" asks for the deviation, not the budget
        wants_budget=bool(_BUDGET_ASKED.search(_DEVIATION_ASKED.sub(" ", question.folded))),
        wants_change=bool(_CHANGE_ASKED.search(question.folded)),
        counted=counted_terms(question, lang, splitter), asked=set(question.folded.split()),
        designators=designators(question.folded, lang), asks_year=bool(_YEAR_ASKED.search(question.text.lower())),
        asks_deadline=bool(_DEADLINE_ASKED.search(question.folded)),
        asks_deviation=bool(_DEVIATION_ASKED.search(question.folded)),
        vote_side=focus_vote_side(question.text),
        counted_whole=frozenset(counted_terms(question, lang, None)),
        asks_deficit=bool(_DEFICIT_ASKED.search(question.folded)),
        months=frozenset(MONTHS[MONTH_ASKED[w]] for w in set(re.findall(r"[a-z]+", question.folded)) & MONTH_ASKED.keys()),
    )


@dataclass(frozen=True, slots=True)
class Candidate:
    pos: int  # index position of the passage the figure stands in
    figure: Figure
    features: tuple[float, ...]


def candidates(index: Index, fq: Focus, hits: list[Hit], lang: str = "sv") -> list[Candidate]:
    """Every figure of the top passages with its feature row, in passage order."""
    q_vec = index.query_vector(fq.question.text, lang)
    splitter = index.lexical.splitter
    rows: list[tuple[int, Figure, dict[str, float]]] = []
    seen: set[tuple[str, str, str]] = set()
    for rank, hit in enumerate(hits[:FIGURE_HITS]):
        win = index.window_scores(hit.pos, q_vec)
        by_record = [figures_from_record(r) for r in hit.chunk.records]
        cells = [f for found in by_record for f in found]
        said: dict[int, dict[str, bool]] = {}  # per cell, which columns of its row the question names (`_column`)
        for found in by_record:
            says = {column_of(g): _column_says(fq, column_of(g), splitter) for g in found}
            said.update((id(f), says) for f in found)
        other_year = {id(g) for found in by_record for g in _not_the_year_asked(fq, found)}
        doc = index.documents.get(hit.chunk.doc)
        named = _rows_named(fq, hit.chunk.records, by_record, splitter,
                            set(terms(fold(f"{doc.region or ''} {doc.title}"), splitter)) if doc else set())
        figures = list(hit.chunk.figures) + cells
        table_texts = {f.text for f in cells}
        others = not_the_respective(fq, hit.chunk.figures, hit.chunk.text, splitter)
        # a number of the passage's text whose digits are a cell's, or two neighbouring cells' run
        # together, is that cell: the cell's figure, read with its row and column, stands for it
        merged = merged_cells(hit.chunk.records) | {_digits(f.text) for f in cells}
        cell_ids = {id(f) for f in cells}
        quantities = {id(f) for f in figures if not not_a_quantity(f, hit.chunk.text)}
        bounds = sorted({(i, i + len(g.text)) for g in hit.chunk.figures if g.unit != "år" and id(g) in quantities
                         and (i := position_in(g, hit.chunk.text)) >= 0})
        for f in figures:
            key = (f.doc, f.text, f.label)
            if key in seen or id(f) in others or id(f) not in quantities or (
                    f.text not in table_texts and _digits(f.text) in merged) or _names_the_year(fq, f):
                continue
            seen.add(key)
            x = _row(index, fq, hit, rank, f, win, splitter, id(f) in cell_ids, id(f) in other_year)
            x["in_table"] = float(f.text in table_texts)
            x["largest_in_sentence"] = _largest(f, hit.chunk.figures, sentence_of(f, hit.chunk.text))
            clause = f.label if id(f) in cell_ids else clause_of(f, hit.chunk.text, bounds)
            x["clause_cover"] = weighted_share(fq.weights, list(terms(clause, splitter)))
            x.update(_column(column_of(f), said.get(id(f), {})))
            x.update(named.get(id(f)) or _total_said(fq, f, hit.chunk.text))
            rows.append((hit.pos, f, x))
    if not rows:
        return []
    top = max(x["sem"] for _, _, x in rows)
    values = [f.value for _, f, _ in rows]
    for _, f, x in rows:
        x["sem_gap"] = x["sem"] - top
        x["agreement"] = math.log(values.count(f.value))
    return [Candidate(pos, f, tuple(x[n] for n in NAMES)) for pos, f, x in rows]


def _names_the_year(fq: Focus, f: Figure) -> bool:
    """A year the question names is no answer to it, unless it asks for a year: the 2023 of a
    table's header read as a cell does not answer "Hur stort underskott redovisade kommunen
    år 2023?"."""
    return not fq.asks_year and f.unit in ("år", "antal") and isinstance(f.value, (int, float)) \
        and float(f.value).is_integer() and int(f.value) in fq.question.years


_COUNT_NAMED = re.compile(r"\b(antal\w*|st|stycken|number|count)\b", re.I)


def unit_unknown(f: Figure) -> bool:
    """Whether a table cell's count is only a bare number no header, row or caption gives a unit
    ("47,2" under "Kvinnor 2023" in a table of shares whose "%" stands in a footnote): its unit is
    not known, so it is neither the unit a question asks for nor another."""
    return f.unit == "antal" and not re.search(r"[^\d\s,.−–+-]", f.text) and not _COUNT_NAMED.search(f.label)


def _row(index: Index, fq: Focus, hit: Hit, rank: int, f: Figure, win: list[tuple[str, float]],
         splitter: CompoundSplitter | None, cell: bool = False, other_year: bool = False) -> dict[str, float]:
    q = fq.question
    label_terms = list(terms(f.label, splitter))
    label_set = set(label_terms)
    doc = index.documents[f.doc]
    year = -1 if other_year else _month_fit(fq, f) or (cell and _column_year(q, f)) or figure_year(q, f, hit.chunk.text, doc.year)
    counted = _counted(fq, f, hit.chunk.text, splitter, cell)
    target = cell_kind(f) if cell else target_kind(f)
    unknown = cell and unit_unknown(f)
    return {
        "sem": window_of(f, win), "inv_rank": 1.0 / (1 + rank), "fused": hit.score,
        "label_cover": weighted_share(fq.weights, label_terms),
        "label_precision": sum(inflected(t, fq.weights) for t in label_set) / (len(label_set) or 1),
        "near_cover": near_share(fq.weights, f, hit.chunk.text, splitter),
        "sentence_cover": weighted_share(fq.weights, list(terms(sentence_of(f, hit.chunk.text), splitter))),
        "unit_fit": float(bool(fq.units) and f.unit in fq.units),
        "unit_miss": float(bool(fq.units) and f.unit not in fq.units and not unknown),
        "year_unasked": float(f.unit == "år" and not fq.asks_year),
        "count_for_money": float(q.want is Want.money and f.unit == "antal" and not unknown),
        "year_fit": float(year > 0), "year_miss": float(year < 0),
        "doc_year_fit": float(doc.year in q.years),
        "place_fit": float(bool(fq.places) and any(p in fold(f"{doc.region} {doc.title}") for p in fq.places)),
        "place_miss": float(bool(fq.places) and not any(p in fold(f"{doc.region} {doc.title}") for p in fq.places)),
        "target_fit": float(target == "target" and fq.wants_target),
        "target_unwanted": float(target == "target" and not fq.wants_target),
        "budget_unwanted": float(target == "budget" and not fq.wants_budget),
        "outcome_fit": float(target == "outcome" and not fq.wants_target),
        "qualified": float(qualified(fq, f, hit.chunk.text)),
        "change_fit": float(fq.wants_change and bool(_CHANGE_SAID.search(fold(context(f, hit.chunk.text))))),
        "counted_fit": min(counted, 2) / 2 if counted > 0 else 0.0, "counted_miss": float(counted < 0),
        **_designated(fq, f, hit.chunk.text, cell), "label_numeric": label_numeric(f),
        "deviation_fit": float(fq.asks_deviation and bool(_DEVIATION_SAID.search(fold(context(f, hit.chunk.text))))),
        "deviation_unwanted": float(not fq.asks_deviation and bool(_DEVIATION_SAID.search(fold(" ".join(f.label.split()[-3:]))))),
        "deadline_fit": float(fq.asks_deadline and f.unit == "datum" and bool(_DEADLINE_SAID.search(fold(f.label)))),
        **_vote(fq, f, hit.chunk.text),
        # a table writes a deficit with its sign ("−12,4"); a sentence says it ("ett underskott på 14,2 mnkr")
        "deficit_fit": float(fq.asks_deficit and isinstance(f.value, (int, float)) and f.value < 0),
    }


# The sides of a vote, as a question asks for one ("hur många röstade ja", "how many abstained") and as
# minutes write them beside their counts ("31 ja-röster, 18 nej-röster och 2 ledamöter avstod",
# "Ja-röster 26 Nej-röster 19 Avstår 4 Frånvarande 2"); folded.
_VOTE_ASKED = (
    ("yes", re.compile(r"\b(rostade ja|ja-?rost\w*|rostade for|bifall\w*|(?:voted|votes?) (?:yes|for|in favou?r)|in favou?r)\b")),
    ("no", re.compile(r"\b(rostade nej|nej-?rost\w*|rostade emot|rostade mot|avslag|avsla|(?:voted|votes?) (?:no|against)|against)\b")),
    ("abstain", re.compile(r"\b(avstod|avstar|avsta|lade ned|lade ner|nedlagda|abstain\w*|abstention\w*)\b")),
    ("absent", re.compile(r"\b(franvarande|franv|absent|not present)\b")),
)
_VOTES_ASKED = re.compile(r"\b(rost\w*|omrostning\w*|rostsiffr\w*|vot\w*)\b")  # the votes, no side named
_DEFICIT_ASKED = re.compile(r"\b(underskott\w*|deficit\w*|minusresultat\w*|negativ\w* (resultat|avvikelse)\w*)\b")
_VOTE_SAID = (
    ("yes", re.compile(r"^(ja|ja-?rost\w*|bifall\w*)$")),
    ("no", re.compile(r"^(nej|nej-?rost\w*|avslag\w*)$")),
    ("abstain", re.compile(r"^(avstod|avstar|avsta\w*|nedlagda)$")),
    ("absent", re.compile(r"^(franvarande|franv)$")),
)


def focus_vote_side(question: str) -> str:
    """The side of a vote whose count a question asks for; "any" when it asks about the votes
    and names no side; else ""."""
    folded = fold(question)
    side = next((side for side, asked in _VOTE_ASKED if asked.search(folded)), "")
    return side or ("any" if _VOTES_ASKED.search(folded) else "")


def _vote_word(word: str) -> str:
    w = fold(word).strip(",.;:()")
    return next((side for side, said in _VOTE_SAID if said.match(w)), "")


def vote_sides(sentence: str) -> dict[str, str]:
    """Each count of a vote written in `sentence` with its side: when the run of numbers and side
    words opens with a side word, each count follows its side ("Ja-röster 26 Nej-röster 19"),
    else each precedes it ("25 ja-röster, 21 nej-röster, 3 ledamöter avstod och 2 var frånvarande")."""
    run = [(w.strip(",.;:()"), _vote_word(w)) for w in sentence.split()]
    run = [(w, side) for w, side in run if side or re.fullmatch(r"\d{1,3}", w)]
    if sum(bool(side) for _, side in run) < 2:
        return {}
    out: dict[str, str] = {}
    side_first = bool(run[0][1])
    for i, (w, side) in enumerate(run):
        if side:
            continue
        pair = run[i - 1] if side_first and i else run[i + 1] if not side_first and i + 1 < len(run) else ("", "")
        if pair[1] and w not in out:
            out[w] = pair[1]
    return out


def _vote(fq: Focus, f: Figure, text: str) -> dict[str, float]:
    """Whether a count of a vote is of the side the question asks ("röstade ja": the 26 of
    "Ja-röster 26", not its 19 or the assembly's 51 members)."""
    if not fq.vote_side or f.unit != "antal":
        return {"vote_fit": 0.0, "vote_miss": 0.0}
    side = vote_sides(sentence_of(f, text)).get(f.text.split()[0])
    if fq.vote_side == "any":  # "hur fördelade sig rösterna": any side's count
        return {"vote_fit": float(bool(side)), "vote_miss": 0.0}
    return {"vote_fit": float(side == fq.vote_side), "vote_miss": float(bool(side) and side != fq.vote_side)}


def _group_fit(fq: Focus, f: Figure) -> int:
    """+1 when a table cell's column names the group (women, men, all) the question asks about,
    -1 when it names another, or one sex where the question names none (the total is asked)."""
    column = sex_group(column_of(f), column=True)
    if not column:
        return 0
    asked = sex_group(fq.question.text)
    return (1 if column == asked else -1) if asked else (-1 if column != "all" else 0)


def _said_group_fit(fq: Focus, f: Figure, text: str) -> int:
    """`_group_fit` of a figure in running text: the sex named in the words right after it is its
    group ("41 procent av flickorna och 19 procent av pojkarna"), else the one its sentence names
    last before it ("Andelen kvinnor ... har stigit från 21 procent 2023 till 24 procent"). +1
    when that is the sex asked, -1 when it is the other; 0 when the question or the sentence
    names none."""
    asked = sex_group(fq.question.text)
    i = position_in(f, text)
    if asked not in ("women", "men") or i < 0:
        return 0
    after = " ".join(following(f, text, same_line=True)[:GROUP_AFTER]).lower()
    said = next((name for name, pattern in SEXES if pattern.search(after)), "")
    if not said:
        before = text[_sentence_start(text, i) : i].lower()
        said = max(((m.start(), name) for name, pattern in SEXES for m in pattern.finditer(before)), default=(0, ""))[1]
    return 0 if not said else 1 if said == asked else -1


GROUP_AFTER = 3  # the words after a figure that may name its group ("19 procent av pojkarna")


def _designated(fq: Focus, f: Figure, text: str, cell: bool = False) -> dict[str, float]:
    """Whether the figure's label and the words after it name the member the question names
    ("Årskurs 4" for "årskurs 4": fit; "Årskurs 1": miss), and whether the figure is itself such a
    member's number (the 4 of "Årskurs 4"). A table cell's column naming a group by sex counts
    alike (`_group_fit`) where the figure's words name no member of a series the question names
    one of."""
    group = _group_fit(fq, f) if cell else _said_group_fit(fq, f, text)
    fit, miss, member = group > 0, group < 0, False
    label = fold(f.label)
    around = f"{label} {fold(' '.join(following(f, text, same_line=True)[:3]))}"  # not the next row's "Årskurs 4"
    named: list[bool] = []  # per member the question names that the figure's words name one of its series: whether it is that one
    for stem, number in fq.designators:
        said = [int(n) for run in re.findall(rf"\b{re.escape(stem)}[a-z]*[ -]?(\d{{1,3}}(?!\d)(?:(?:,| och| and| or| eller|-|–) ?\d{{1,3}}\b)*)", around)
                for n in re.findall(r"\d+", run)]
        said += [int(n) for n in re.findall(rf"\b(\d{{1,4}})[ -]?{re.escape(stem)}", around)]  # "Kärl 660 liter"
        if said:
            named.append(number in said)
        member = member or (f.unit == "antal" and bool(re.search(rf"\b{re.escape(stem)}[a-z]*\W*$", label)))
    if named:  # the member named decides over the group
        fit, miss = any(named), not any(named)
    return {"designator_fit": float(fit), "designator_miss": float(miss), "is_designator": float(member)}


def label_numeric(f: Figure) -> float:
    """Share of numbers among the last words of the label: a chart's axis ("0 2 4 6 8 10")."""
    words = f.label.split()[-6:]
    return sum(bool(re.fullmatch(r"[\d.,%-]+", w)) for w in words) / (len(words) or 1)


def weighted_share(weights: dict[str, float], terms: list[str]) -> float:
    """Share of the question's terms, weighted by rarity (IDF), among `terms`."""
    present = set(terms)
    total = sum(weights.values()) or 1.0
    return sum(w for t, w in weights.items() if inflected(t, present)) / total


NEAR_WORDS = 8  # words either side of a figure that can say what it measures


def near_share(weights: dict[str, float], f: Figure, text: str, splitter: CompoundSplitter | None) -> float:
    """The question's terms among the words right before (its label's end) and after a figure,
    each counting less the further it stands: 1 / (1 + distance in words)."""
    before = f.label.split()[-NEAR_WORDS:]
    after = following(f, text)[:NEAR_WORDS]
    near: dict[str, float] = {}
    for d, word in [(len(before) - i, w) for i, w in enumerate(before)] + [(i + 1, w) for i, w in enumerate(after)]:
        for t in terms(word, splitter):
            near[t] = max(near.get(t, 0.0), 1.0 / d)
    total = sum(weights.values()) or 1.0
    return sum(w * max((v for t2, v in near.items() if inflected(t, {t2})), default=0.0) for t, w in weights.items()) / total


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


_NUMBER_CELL = re.compile(r"[-−–]?\s?\d[\d\s\u00a0]*(?:[.,]\d+)?")


def merged_cells(records: Iterable[Record]) -> set[str]:
    """The digits of two or three neighbouring number cells of a table row read as one: the
    passage's text "huvudman 142 167 Minska" holds the cells 142 (2023) and 167 (2024), which
    the text's reading joins into 142 167 like a number with a thousands space."""
    out = set()
    for r in records:
        cells = [_digits(v) if _NUMBER_CELL.fullmatch(v.strip()) else "" for v in r.fields.values()]
        for n in (2, 3):
            for i in range(len(cells) - n + 1):
                run = cells[i : i + n]  # groups a thousands space could join: 1-3 digits, then 3 and 3
                if 1 <= len(run[0]) <= 3 and all(len(c) == 3 for c in run[1:]):
                    out.add("".join(run))
    return out


def not_a_quantity(f: Figure, text: str) -> bool:
    """A number of the passage `text` that names or points rather than counts: a reference, a
    member of a series or an identifier (see each)."""
    return is_reference(f) or is_member(f, text) or is_identifier(f, text) or is_list_number(f, text)


# what a number after them counts, however many of them a passage names ("Ja-röster 26, Nej-röster 19")
_COUNTED_NOUNS = frozenset("roster rost ledamoter mandat platser personer deltagare elever anstallda arenden "
                           "votes members seats participants pupils employees cases".split())
_MEMBER_END = re.compile(r"\b([a-z]{2,})[ -]?(\d{1,3} ?(?:-|–|,|och|eller|and|or)? ?)?$")


def is_member(f: Figure, text: str) -> bool:
    """A number that names a member of a series is no quantity either: the 9 of "årskurs 9",
    of "årskurs 1–9" or of "årskurs 6 och 9". The word before it names a series when the
    passage names at least two of its members ("årskurs 1", "årskurs 6", "årskurs 1–9") or the
    number closes a range or enumeration of them."""
    if f.unit != "antal" or isinstance(f.value, str) or not 0 <= f.value < 1000:
        return False
    m = _MEMBER_END.search(fold(f.label).rstrip())
    if not m or m.group(1) in _FUNCTION_WORDS or m.group(1) in _COUNTED_NOUNS:
        return False
    if m.group(2):
        return True
    said = re.findall(rf"\b{m.group(1)}[ -]?(\d{{1,3}})(?: ?[-–] ?(\d{{1,3}}))?\b", fold(text))
    return len({n for pair in said for n in pair if n}) >= 2


def is_list_number(f: Figure, text: str) -> bool:
    """The number of a numbered list's item is no quantity: the 2 of "... mål: 1. Utsläppen ska
    minska ... 2030. 2. Andelen förnybar energi ...", standing where a sentence or line starts and
    followed by a full stop or bracket and a capital."""
    if f.unit != "antal" or f.label.strip() or not re.fullmatch(r"\d{1,2}", f.text.strip()):
        return False  # a list's number opens its sentence: nothing stands before it
    return bool(re.search(rf"(?:^|[.:;!?]\s)\s*{f.text.strip()}[.)] [A-ZÅÄÖ]", text, re.MULTILINE))


_LAST_MEMBER_END = re.compile(r"[,;:()]|\s(?:för|där|med|på|till|i|inom|under|av|for|with|in|of)\s")


def respective_runs(figures: tuple[Figure, ...], text: str) -> list[tuple[list[Figure], str, str]]:
    """Figures written "v1, v2 respektive v3", the text before the first and after the last:
    each value belongs to the member of the same place in the enumeration before them
    ("Hjälpmedel, Verksamhetsservice och Regional utveckling för 33, 2 respektive 1 miljoner
    kronor") or right after them ("3,8 respektive 3,9 procent 2026 och 2027")."""
    placed = sorted(((p, f) for f in figures if (p := position_in(f, text)) >= 0), key=lambda pf: pf[0])
    runs: list[tuple[list[Figure], str, str]] = []
    run: list[Figure] = []
    first = 0  # where the current run starts
    for (p, f), nxt in zip(placed, placed[1:] + [None]):
        if not run:
            first = p
        run.append(f)
        gap = text[p + len(f.text) : nxt[0]] if nxt else ""
        if nxt and re.fullmatch(r"\s*,\s*", gap):
            continue  # "33, 2 respektive 1": the run goes on
        if nxt and re.fullmatch(r"\s*respektive\s*", gap):
            q, last = nxt
            start = max(text.rfind(". ", 0, first) + 1, first - 200)
            end = q + len(last.text)
            runs.append((run + [last], text[start:first], text[end : end + 60]))
        run = []
    return runs


def _members(before: str, after: str, k: int) -> list[str]:
    """The `k` members of a respektive run: an enumeration right after it ("2026 och 2027"),
    else the last one before it ("A, B och C")."""
    right = re.match(r"\s*(?:procent|%)?\s*((?:[\w-]+,\s*)*[\w-]+\s+(?:och|and)\s+[\w-]+)", after)
    if right:
        listed = re.split(r",\s*|\s+(?:och|and)\s+", right.group(1))
        if len(listed) == k and all(re.fullmatch(r"(19|20)\d\d", w) for w in listed):
            return listed
    conjunctions = list(re.finditer(r"\s(?:och|samt|and)\s", before))
    if not conjunctions:
        return []
    m = conjunctions[-1]
    last = _LAST_MEMBER_END.split(before[m.end():], maxsplit=1)[0].strip()
    left = [seg.strip() for seg in before[: m.start()].split(",")]
    if len(left) < k - 1 or not last:
        return []
    members = left[len(left) - (k - 1):] + [last]
    first = re.split(r"[\s(]+", members[0])[-2:]
    members[0] = " ".join(first[1:] if fold(first[0]) in _FUNCTION_WORDS else first)
    # a word the members share is written once: "områdestyp 1 och 2", "kommunala och fristående skolor"
    head = re.sub(r"\s*\d+$", "", members[0])
    members = [f"{head} {m}" if m.isdigit() else m for m in members]
    tail = last.split()[1:]
    return [f"{m} {' '.join(tail)}" if len(m.split()) == 1 and tail else m for m in members[:-1]] + [members[-1]]


def not_the_respective(fq: Focus, figures: tuple[Figure, ...], text: str, splitter: CompoundSplitter | None) -> set[int]:
    """The ids of respektive values whose member the question does not name, when it names
    exactly one member of their enumeration (by a word only that member has, or its number)."""
    out: set[int] = set()
    asked_numbers = {n for _, n in fq.designators} | set(fq.question.years)
    for values, before, after in respective_runs(figures, text):
        members = _members(before, after, len(values))
        if len(members) != len(values):
            continue
        said = [set(terms(m, splitter)) | set(re.findall(r"\d+", m)) for m in members]
        named = []
        for j, words in enumerate(said):
            own = words - set().union(*(w for i, w in enumerate(said) if i != j))
            numbers = {int(t) for t in own if t.isdigit()}
            if any(inflected(t, fq.weights) for t in own if not t.isdigit()) or numbers & asked_numbers:
                named.append(j)
        if len(named) == 1:
            out |= {id(v) for i, v in enumerate(values) if i != named[0]}
    return out


def context(f: Figure, text: str) -> str:
    """The words right around a figure: the end of its label and what follows it."""
    return " ".join(f.label.split()[-5:]) + " " + " ".join(following(f, text)[:3])


def following(f: Figure, text: str, same_line: bool = False) -> list[str]:
    """The words of `text` that follow the figure (with `same_line`, only those of its line: a
    table row ends there)."""
    i = position_in(f, text)
    if i < 0:
        return []
    rest = text[i + len(f.text) :]
    return (rest.split("\n", 1)[0] if same_line else rest).split()[:NEAR_WORDS]


def sentence_of(f: Figure, text: str) -> str:
    """The sentence (or table line) the figure stands in."""
    i = position_in(f, text)
    if i < 0:
        return f.label
    ends = [e for e in (text.find(". ", i), text.find("\n", i)) if e >= 0]
    return text[_sentence_start(text, i) : min(ends) if ends else len(text)]


def _sentence_start(text: str, i: int) -> int:
    """Where the sentence (or table line) holding position `i` begins."""
    stop = text.rfind(". ", 0, i)
    return max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, i) + 1)


def clause_of(f: Figure, text: str, bounds: list[tuple[int, int]]) -> str:
    """The words of the figure's sentence that belong to it alone: from the figure before it in
    the sentence to the figure after it ("... minskar till 21 procent, medan | 14 procent av
    eleverna har använt snus under de senaste | 30 dagarna"). `bounds` are the (start, end) of
    the passage's quantities in reading order."""
    i = position_in(f, text)
    if i < 0:
        return f.label
    start = _sentence_start(text, i)
    ends = [e for e in (text.find(". ", i), text.find("\n", i)) if e >= 0]
    end = min(ends) if ends else len(text)
    start = max([start] + [b for a, b in bounds if b <= i])
    end = min([end] + [a for a, b in bounds if a >= i + len(f.text)])
    return text[start:end]


def _largest(f: Figure, figures: tuple[Figure, ...], sentence: str) -> float:
    """Whether the figure is the largest of its unit in its sentence (a total, not a part)."""
    if isinstance(f.value, str):
        return 0.0
    same = [g.value for g in figures if g.unit == f.unit and g.text in sentence and not isinstance(g.value, str)]
    return float(not same or abs(f.value) >= max(abs(v) for v in same))


def window_of(f: Figure, windows: list[tuple[str, float]]) -> float:
    """Cosine of the window the figure stands in (its label's start locates table rows)."""
    probes = [p for p in (f.label.split(",")[0][:40], f.text) if p]
    for probe in probes:
        for text, sim in windows:
            if probe in text:
                return sim
    return max((sim for _, sim in windows), default=0.0) - 0.02


def _counted(fq: Focus, f: Figure, text: str, splitter: CompoundSplitter | None, cell: bool = False) -> int:
    """+2 when a count counts the noun asked ("hur många visstidsanställda": "1 164
    visstidsanställda"), +1 when only a part of it ("10 787 anställda"), -1 when it counts
    something else, 0 when the question counts nothing. The counted noun is the word after the
    number. A table cell says what it counts in its row or its column ("Antal
    föreningar", "Driftbidrag | Antal 2025"), or leaves it to the caption: it fits when its
    label names the noun anywhere, and is not known to miss otherwise."""
    if f.unit != "antal" or not fq.counted:
        return 0
    if cell:
        return int(any(inflected(t, fq.counted) for t in tokenize(f.label, splitter)))
    written = [w for w in f.text.split()[1:] if w.isalpha()] or _noun_words(following(f, text)[:4])  # not the 164 of "1 164"
    noun = " ".join(w for w in written if w.isalpha()) or f.label
    if any(inflected(t, fq.counted_whole) for t in tokenize(noun)):
        return 2
    return 1 if any(inflected(t, fq.counted) for t in tokenize(noun, splitter)) else -1


# words between a count and its noun: "varav 38 är samhällsviktiga verksamheter", "12 st. förskolor"
_BEFORE_NOUN = frozenset("är var blev blir st stycken av utav of are were was".split())


def _noun_words(words: list[str]) -> list[str]:
    """The words after a number that can name what it counts: past a copula or "st", two words
    (an adjective and its noun); a punctuation mark ends them."""
    out: list[str] = []
    for w in words:
        bare = w.strip(",.;:()").lower()
        if not out and bare in _BEFORE_NOUN:
            continue
        out.append(bare)
        if len(out) == 2 or w[-1:] in ",.;:)":
            break
    return out


_QUALIFIERS = ("delvis", "inte", "ej", "ingen", "inga", "partly", "partially", "not")


def qualified(fq: Focus, f: Figure, text: str) -> bool:
    """A figure qualified in its own words ("fyra delvis uppnås") that the question does not ask for."""
    i = text.find(f.text)
    own = fold(f.text + " " + " ".join(text[i + len(f.text) :].split()[:2]) if i >= 0 else f.text)
    return any(re.search(rf"\b{q}\b", own) and q not in fq.asked for q in _QUALIFIERS)


_CHANGE_SAID = re.compile(r"\b(okar|okat|okade|okades|okats|okning\w*|hojs|hojt|hojd|hojning\w*|hoj\w*|minsk\w*|reducer\w*"
                          r"|sank\w*|ytterligare|tillskott\w*|forstark\w*|forandring\w*|mer|mindre)\b")
YEAR_WORDS = 8  # a year this close before a figure is its year; further back, the report's date


_YEAR_WORD = re.compile(r"\(?((?:19|20)\d\d)(?:\s?[–-]\s?((?:19|20)?\d\d))?\)?\W*")  # "2027", "(2024)", "2028–2030"
_OTHER_NUMBER = re.compile(r"\d[\d\s\u00a0]*(?:[.,]\d+)?")


def column_of(f: Figure) -> str:
    """A table cell's column, as its label ends: "caption row, column" ("..., 2025 Män")."""
    return f.label.rsplit(", ", 1)[-1] if ", " in f.label else ""


def _column_says(fq: Focus, column: str, splitter: CompoundSplitter | None) -> bool:
    """Whether the question names what a table column holds, years aside (a year is `year_fit`'s):
    a word of its header ("Kvinnor", "Sökt belopp"), or its month ("i mars" of a column "Mar"); of
    prices with and without VAT, the side it asks for ("utan moms": "exkl. moms")."""
    words = [w for w in fold(column).split() if not re.fullmatch(r"[\d,.%()–-]+", w)]
    if _month_asked(fq, column):
        return True
    if (groups := age_terms(column)) and (asked := {t for t in fq.weights if is_age_term(t)}):
        return bool(groups & asked)  # "50 år eller äldre" is the column "50 år−", not "30–49 år"
    if (group := sex_group(column, column=True)) in ("women", "men") and (asked := _one_sex_asked(fq.question.text)):
        # "tillsvidareanställda män" is the column "Män" ("män" folds to the pronoun "man", which no term keeps),
        # not "Kvinnor", and "Män Riket 2025" only if the question asks for the country too
        rest = [w for w in column.split() if not sex_group(w, column=True) and not re.fullmatch(r"[\d,.%()–-]+", w)]
        return group == asked and (not rest or any(inflected(t, fq.weights) for t in terms(" ".join(rest), splitter)))
    if (side := _vat(fold(column), _VAT_COLUMN)) and (asked := _vat(fq.question.folded, _VAT_ASKED)):
        return side == asked  # "utan moms" is the column "exkl. moms", not "inkl. moms"
    return any(inflected(t, fq.weights) for t in terms(" ".join(words), splitter) if not t.isdigit())


def _one_sex_asked(question: str) -> str:
    """The sex a question asks about when it names one only ("bland männen"); "" for none or
    both ("flickor och pojkar sammantaget")."""
    named = {name for name, pattern in SEXES if pattern.search(question.lower())}
    return next(iter(named)) if len(named) == 1 else ""


# a price with or without VAT, as a question asks for it and as a column names it (folded)
_VAT_ASKED = (("incl", re.compile(r"\b(inkl\w*|incl\w*|med moms|vat included|with vat)\b")),
              ("excl", re.compile(r"\b(exkl\w*|excl\w*|utan moms|fore moms|vat excluded|without vat|before vat)\b")))
_VAT_COLUMN = (("incl", re.compile(r"\b(inkl|inklusive|ink|incl)\b")), ("excl", re.compile(r"\b(exkl|exklusive|exk|excl)\b")))


def _vat(text: str, sides: tuple[tuple[str, re.Pattern[str]], ...]) -> str:
    return next((side for side, pattern in sides if pattern.search(text)), "")


def _column(column: str, said: dict[str, bool]) -> dict[str, float]:
    """For a table cell in `column`, whether the question names that column (`column_fit`), or
    names another column of its row and not its own (`column_miss`): "besök i mars" is the cell
    under "Mar" of the total row, not the one under "Totalt 2026". `said`: `_column_says` of each
    column of the row; a sentence's figure has none, and neither feature."""
    own = said.get(column, False)
    return {"column_fit": float(own), "column_miss": float(not own and any(said.values()))}


def _row_words(record: Record) -> str:
    """What names a table row: a generic row's cells that have words (a row label, a group, a
    responsible), not its numbers; a typed row's label alone (its other fields are prose: an
    analysis, a status, a goal it serves)."""
    if record.type != "table":
        return typed_label(record)
    return " ".join(v for v in record.fields.values() if re.search(r"[^\W\d_]", v) and not is_figure(v))


# what a question asking for a whole says ("hur många ... totalt", "sammanlagt", "in total"), and the
# row or the words before a figure that give the whole ("Summa", "Totalt", "Kommunen totalt"), folded
_TOTAL_ASKED = re.compile(r"\b(totalt|sammanlagt|sammanlagd\w*|sammantaget|tillsammans|totala|samtliga|hela kommunen"
                          r"|in total|total|altogether|combined|overall)\b")
# (not a reference row's "Riket" or an average's "Genomsnitt", which `constraints` also leaves out of a
# table's members: a question asking for a whole wants the sum; "alla" whole, not "Allmän ...")
_TOTAL_ROW = re.compile(r"\b(totalt?|summa|sum|samtliga|hela \w+|kommunen totalt|alla|all|overall)\b")


def _rows_named(fq: Focus, records: tuple[Record, ...], by_record: list[list[Figure]],
                splitter: CompoundSplitter | None, named_doc: set[str]) -> dict[int, dict[str, float]]:
    """For each cell of a table with two rows or more in the passage: whether its row is the one
    the question names (`row_fit`: its words say the most of the question's terms that not every
    row of it says, its sum row aside: "besök på Ytterlunda bibliotek" is the row "Ytterlunda
    bibliotek", not "Stadsbiblioteket" of the same table and column), or another row is
    (`row_miss`); and, when the question asks for a whole ("sammanlagt", "in total"), whether the
    cell stands on the table's sum row (`total_fit`) or the table has one and the cell is not on
    it (`total_miss`). The terms that name the document
    (its municipality, its title: `named_doc`) pick no row of it ("Orrhammars stadsbibliotek")."""
    tables: dict[tuple[str, str], list[tuple[Record, list[Figure]]]] = {}
    for record, found in zip(records, by_record):
        if found:
            tables.setdefault((record.type, record.table), []).append((record, found))
    total = bool(_TOTAL_ASKED.search(fq.question.folded))
    asked = [t for t in fq.weights if not inflected(t, named_doc)]
    out: dict[int, dict[str, float]] = {}
    for rows in tables.values():
        if len(rows) < 2:
            continue
        words = [fold(_row_words(r)) for r, _ in rows]
        said = [{t for t in asked if inflected(t, set(terms(w, splitter)))} for w in words]
        sums = [bool(_TOTAL_ROW.search(w)) for w in words]
        members = [s for s, is_sum in zip(said, sums) if not is_sum]
        common = set.intersection(*members) if len(members) > 1 else set()  # what every member row says
        own = [sum(fq.weights[t] for t in s - common) for s in said]
        for (_, found), mine, is_sum in zip(rows, own, sums):
            x = {"row_fit": float(mine > 0 and mine == max(own)), "row_miss": float(mine < max(own)),
                 "total_fit": float(total and is_sum), "total_miss": float(total and any(sums) and not is_sum)}
            out.update((id(f), x) for f in found)
    return out


def _total_said(fq: Focus, f: Figure, text: str) -> dict[str, float]:
    """A figure of a sentence (or a lone row) gives the whole when the words right before it say so
    ("totalt 1 921 timmar", "sammanlagt 4,2 mnkr")."""
    before = fold(" ".join(f.label.split()[-4:]))
    said = bool(_TOTAL_ROW.search(before) or _TOTAL_ASKED.search(before))
    return {"row_fit": 0.0, "row_miss": 0.0, "total_fit": float(said and bool(_TOTAL_ASKED.search(fq.question.folded))),
            "total_miss": 0.0}


def _column_year(q: Question, f: Figure) -> int:
    """`figure_year` of a table cell by its column's name alone ("2024 Kvinnor"), 0 when the
    column names no year: the caption's years ("... 2024 och 2025, procent") are every cell's."""
    years = re.findall(r"(?:19|20)\d\d", column_of(f)) if q.years else []
    return 0 if not years else 1 if any(int(y) in q.years for y in years) else -1


def _not_the_year_asked(fq: Focus, row: list[Figure]) -> list[Figure]:
    """The cells of a table row that are not the figure of the one year a question asks for,
    when a column of the row is that year's alone ("2029" among "2027 | 2028 | 2029 | Summa"):
    a sum over the period ("Summa", "Totalt 2027–2029") and the other years' columns. A question
    asking for a change has its answer in a column of no single year ("Förändring"), and one naming
    a month in that month's column ("Mar", of the year the caption gives)."""
    if len(fq.question.years) != 1 or fq.wants_change:
        return []
    year = str(fq.question.years[0])
    alone = [YEAR_IN.findall(column_of(g)) == [year] for g in row]
    if not any(alone):
        return []
    # a column that is the year and nothing else ("2029"), or a measure the row gives for other years too
    # ("Investeringsutgift 2026 | 2027 | Totalt"), makes the row a series of years, whose other columns are other
    # years or sums over them; a measure of the year alone ("Årsarbetare 2026" beside "Tillsvidare 2025") leaves the
    # row's columns of no year ("Kvinnor", "Män") their own measures: only other years and changes give way
    measures = [re.sub(r"[\W\d_]+", "", YEAR_IN.sub("", fold(column_of(g)))) for g in row]
    dated = [bool(YEAR_IN.search(column_of(g))) for g in row]
    series = any(own and (not m or any(o == m and d and not a for o, d, a in zip(measures, dated, alone)))
                 for m, own in zip(measures, alone))
    return [g for g, own in zip(row, alone) if not own and not _month_asked(fq, column_of(g)) and (
        series or YEAR_IN.search(column_of(g)) or _CHANGE_COLUMN.search(fold(column_of(g))))]


# a column of a change or deviation between years or against a budget (folded)
_CHANGE_COLUMN = re.compile(r"(?<!\w)(forandr\w*|skillnad\w*|diff\w*|avvik\w*|change|[+-]/[+-])(?!\w)")


def _month_asked(fq: Focus, column: str) -> bool:
    """Whether a column is of a month the question names ("Mar" for "i mars 2026")."""
    return bool(fq.months & {column_month(w) for w in fold(column).split()})


def _years_of(m: re.Match[str]) -> list[str]:
    """The years a `_YEAR_WORD` names: one, or each of a range ("2028–2030", "2028-30")."""
    first, last = m.group(1), m.group(2)
    if not last:
        return [first]
    end = int(last) if len(last) == 4 else int(first[:2] + last)
    return [str(y) for y in range(int(first), end + 1)] if int(first) <= end <= int(first) + 20 else [first]


def _month_fit(fq: Focus, f: Figure) -> int:
    """For a date, when the question names one month ("Vilket datum i oktober 2027 …"): +1 a
    date of that month (and of the year asked, if one is), -1 a date of another; else 0. A
    meeting grid's row gives a date a month: only the month asked answers."""
    if f.unit != "datum" or len(fq.months) != 1 or not re.fullmatch(r"\d{4}-\d\d-\d\d", str(f.value)):
        return 0
    year, month = int(str(f.value)[:4]), int(str(f.value)[5:7])
    return 1 if month in fq.months and (not fq.question.years or year in fq.question.years) else -1


def figure_year(q: Question, f: Figure, text: str = "", doc_year: int | None = None) -> int:
    """+1 when the figure's year is one the question names, -1 when another, else 0. Its year is
    one written right after it ("412,9 mnkr 2024", "(2024)", "år 2024"), else one among the
    words before it back to the figure before it: in "uppgick 2025 till 487,3 mnkr, jämfört med
    412,9 mnkr 2024" the 2025 is not the 412,9's year. A year may be said in words: the year
    before the one the sentence names, else the document's ("jämfört med 11,3 procent ett år
    tidigare", "(9,8 procent föregående år)"); a change's first and second figure ("ökade från
    1 284 till 1 412") are of the year before and the year of the change; the report's own
    year ("vid årets slut")."""
    if not q.years:
        return 0
    after = following(f, text)[:3] if text else []
    present = _named_year(f.label.split()[-3 * YEAR_WORDS:]) or doc_year  # the year the sentence tells of
    if present and _YEAR_BEFORE.match(fold(" ".join(after))):
        return 1 if present - 1 in q.years else -1
    moved = _moved(f, after)
    since: list[str] = []
    if len(after) > 1 and after[0].isalpha() and after[0].lower() not in _YEAR_LEADS and (
            after[1].lower() in _YEAR_LEADS or _YEAR_WORD.fullmatch(after[1])):
        after = after[1:]  # "218 315 besök under 2026", "(19 dagar 2025)": the noun it counts, then its year
    if after and after[0].lower() in _YEAR_LEADS and len(after) > 1:
        after = after[1:]
    years = _years_of(m) if after and (m := _YEAR_WORD.fullmatch(after[0])) else []
    if not years:
        before = f.label.split()[-YEAR_WORDS:]
        last = max((i for i, w in enumerate(before) if _OTHER_NUMBER.match(w) and not _YEAR_WORD.fullmatch(w)), default=-1)
        since = before[last + 1 :]
        if last >= 0:  # "7 nya för 2026 och | 6 har förts över": that year is the 7's
            since = since[next((i + 1 for i, w in enumerate(since[:3]) if _claimed_year(since, i)), 0):]
        years = re.findall(r"(?:19|20)\d\d", " ".join(since))
        if not years and present and _YEAR_BEFORE.search(fold(" ".join(since))):
            years = [str(present - 1)]  # "6 470 fler än året innan, då antalet var 405 880"
    if moved and (now := _named_year(_before_change(f.label.split())) or doc_year):
        years = [str(now - 1 if moved == "from" else now)]
    if not years and doc_year and _THIS_YEAR.search(fold(" ".join(since))):
        years = [str(doc_year)]  # "Soliditeten uppgick vid årets slut till 12,4 procent": the report's year
    if not years:
        return 0
    return 1 if any(int(y) in q.years for y in years) else -1


# the report's own year in words before a figure: "vid årets slut", "under året", "årets resultat", "i år", folded
_THIS_YEAR = re.compile(r"\b(arets|under aret|i ar|this year|during the year|at year end)\b")


def _named_year(words: list[str]) -> int | None:
    """The last year `words` name ("Under 2026 ökade ..."), if any."""
    years = re.findall(r"\b(?:19|20)\d\d\b", " ".join(words))
    return int(years[-1]) if years else None


def _before_change(words: list[str]) -> list[str]:
    """The words before a change's "från" ("Under 2026 ökade antalet från 1 284 till"): where its year stands."""
    i = max((i for i, w in enumerate(words) if fold(w) in ("fran", "from")), default=len(words))
    return words[max(0, i - YEAR_WORDS): i]


def _moved(f: Figure, after: list[str]) -> str:
    """'from' for the first figure of a change the sentence gives no year ("ökade från 8,0 till
    9,1 procent", "höjs från 22,14 kronor till 22,39 kronor"), 'to' for the second: a report
    tells its own year's change, the first is the year before's."""
    before = fold(" ".join(f.label.split()[-6:]))
    if re.search(r"\b(fran|from)$", before) and after[:1] in (["till"], ["to"]):
        return "from"
    if re.search(r"\b(fran|from) [\d\s,.−-]+(\s?(procent|%|kr|kronor|mnkr|tkr|dagar|veckor))? (till|to)$", before):
        return "to"
    return ""


# the words that make a figure the previous year's, right after it ("11,3 procent ett år tidigare") or before it
# back to the figure before ("fler än året innan, då antalet var 405 880"): "föregående år", "förra året", "året
# före", "a year earlier", "the previous year"; folded
_YEAR_BEFORE = re.compile(r"\(?\b(ett ar tidigare|aret innan|aret fore|foregaende ar|forra aret|fg ar"
                          r"|a year (earlier|before)|the (previous|prior|preceding) year|last year)\b")
_YEAR_LEADS = frozenset("år året under i för per in for during".split())  # the words between a figure and its year
_CLAUSE_END = frozenset("och samt men medan and but while".split())


def _claimed_year(words: list[str], i: int) -> bool:
    """Whether `words[i]`, a few words after a figure, is that figure's year: a year that closes
    its clause ("7 nya för 2026 och ...", "45 mnkr (2025),") rather than opening the next
    figure's ("120, 2025: 150")."""
    if not re.fullmatch(r"\(?(?:19|20)\d\d\)?[,;)]?", words[i]):
        return False
    return words[i][-1] in ",;)" or (i + 1 < len(words) and words[i + 1].lower() in _CLAUSE_END)


# a demand right before its figure, folded: "ska soliditeten vara minst", "ska uppgå till minst", "bör
# understiga", "kräver minst", "shall be at least" (a plan's "ska uppgå till" is none)
_DEMAND = re.compile(r"\b(ska|skall|bor)(\W+\w+){0,4}?\W+((vara|uppga|ligga)(\W+(till|pa))?\W+(minst|hogst|lagst|max|maximalt)"
                     r"|(na|understiga|overstiga|uppnas?)(\W+(minst|hogst))?)\W*$"
                     r"|\b(kraver|krav pa|kravet ar)(\W+(minst|hogst))?\W*$"
                     r"|\b(shall|should|must)( \w+){0,2} (be|reach|exceed) (at least|at most|below|above)?\W*$")
# what a table column says its numbers are: "Målvärde 2026", "Budget 2025", "Utfall 2024" (folded)
_COLUMN_KINDS = (
    ("target", re.compile(r"\b(mal|malet|malvarde\w*|malniva\w*|malsattning\w*|maltal|target\w*)\b")),
    ("budget", re.compile(r"\b(budget\w*|plan|planerat?|planerade|ram|planned)\b")),
    ("outcome", re.compile(r"\b(utfall\w*|bokslut|resultat|actual|outcome)\b")),
)


def cell_kind(f: Figure) -> str:
    """`target_kind` of a table cell: what its column's header says ("Utfall 2025", "Målvärde
    2026"), else what the end of its row label says (a row "Budget" over year columns). The rest
    of the label does not count: a goal written beside its indicators ("Mål 2. Äldre kan bo kvar
    hemma") or a header read as the caption names every cell of the table, outcomes too."""
    row, _, column = f.label.rpartition(", ")
    for said in (fold(column), fold(" ".join(row.split()[-4:]))):
        if kind := next((kind for kind, words in _COLUMN_KINDS if words.search(said)), ""):
            return kind
    return ""


def target_kind(f: Figure) -> str:
    """'target', 'budget', 'outcome' or '' by the words of the figure's label: a goal names
    itself ("målet är 90 procent") or is a demand right before its figure ("ska soliditeten
    vara minst 15 procent", "kräver minst 15 procent")."""
    label = fold(f.label)
    if re.search(r"\b(mal|malet|malsattningen|malvardet)\W*(pa|om|av)?\W*$", label) or re.search(r"\bmal\b", label) \
            or _DEMAND.search(label):
        return "target"
    if re.search(r"\b(budget\w*|planerat?|planerade)(\W+\w+){0,3}\W*$", label):
        return "budget"
    if re.search(r"\b(utfall\w*|bokslut|resultat)\b", label):
        return "outcome"
    return ""
