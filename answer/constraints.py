"""The constraints a list question puts on the rows of a table, and whether a row meets them.

Constraints are typed:

* a date: exact ("slutdatum 2025-12-31"), a year ("ska vara klara 2024", "slutdatum under
  2025"), before or after ("senast 2025-06-30", "före 2026");
* an amount with a comparison and a unit ("över 5 mnkr", "minst 90 procent", "more than
  10,000 kr"), compared across tkr, mnkr and mdkr;
* a word ("pågående", "april", "beredningen för funktionshinder"), matched by stem, compound
  part and the documents' synonyms against every cell, the section path, the caption and the
  document a row stands in;
* the one body rows are directed to ("riktas enbart till kommunstyrelsen"), against their
  `riktas_till`.

Dates and amounts are read from the question by their cue words. A word is a constraint only
against the rows it is matched with (`word_rules`): a question word that some rows say and
others do not picks those rows; a word in every row, or in none, chose the table (or nothing)
and filters nothing. Pure functions; nothing here reads the index.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum

from insyn.ingest.figures import MONTHS, NUMBER_WORDS, context_year, extract_figures, is_identifier, is_reference
from insyn.ingest.glossary import english_pairs, swedish_terms
from insyn.ingest.metadata import DOC_TYPES, GENERIC_TYPE
from insyn.ingest.numbers import parse_swedish_number
from insyn.ingest.swedish import CompoundSplitter, bare_noun, fold, inflected, stem, tokenize
from insyn.types import Record


class Op(StrEnum):
    eq = "="
    lt = "<"
    le = "<="
    gt = ">"
    ge = ">="


def _compare(a: float | str, op: Op, b: float | str) -> bool:
    return {Op.eq: a == b, Op.lt: a < b, Op.le: a <= b, Op.gt: a > b, Op.ge: a >= b}[op]  # type: ignore[operator]


# --- what a row says, read once -------------------------------------------------------------
MONEY = {"kr": 1.0, "tkr": 1e3, "mnkr": 1e6, "mdkr": 1e9}
_UNIT_WORDS = (("mdkr", r"mdkr|miljarder?(?: kronor)?|billion"), ("mnkr", r"mnkr|mkr|msek|miljon(?:er)?(?: kronor)?|million"),
               ("tkr", r"tkr|tusen(?:tals)? kronor|ksek|thousand"), ("kr", r"kr|kronor|sek"), ("procent", r"%|procent|percent"))
_UNIT_RE = re.compile(r"(?<![a-z])(" + "|".join(p for _, p in _UNIT_WORDS) + r")(?![a-z])")
_NEGATION = {"ej", "inte", "ingen", "inga", "icke", "not", "no"}
_YEAR_IN = re.compile(r"(?:19|20)\d\d")  # a year a column's name holds ("Budget 2026", "Totalt 2026–2029")
_UNNAMED = re.compile(r"v\d+|\d*")  # a column the parser numbered, or none
_YEAR_CELL = re.compile(r"^(19|20)\d\d$")
_MARK = re.compile(r"[xX✓✔☑•]")  # a cell that only marks its column (a roll call's "Ja", "Nej", "Avstår")
# a cell that says when by a year alone, or by a part of one: "2024", "hösten 2025", "kv 3 2026", "Q4 2024",
# "december 2025" (folded) -- a deadline or a start column ("Klart", "Tidplan") that gives no day
_WHEN_CELL = re.compile(r"(?:(?:(?:var|host|sommar|vinter)(?:en|n)?|jan\w*|feb\w*|mars|april|maj|juni|juli|aug\w*|sep\w*"
                        r"|okt\w*|nov\w*|dec\w*|(?:tertial|halvar)\s?[1-4]|(?:kv|q|kvartal)\.?\s?([1-4]))\s+)?((?:19|20)\d\d)")
# a month and a year, in a cell or a question ("juni 2026", "June 2026", "jun 2026"): a date to the month
_MONTH_NUMBER = {**{fold(m)[:3]: n for m, n in MONTHS.items()}, "may": 5, "oct": 10}
_MONTH_STEM = "(" + "|".join(_MONTH_NUMBER) + r")[a-z]*\.?"  # "okt", "oktober", "Okt.", "October" (folded)
_MONTH_YEAR = re.compile(rf"\b{_MONTH_STEM}\s+((?:19|20)\d\d)\b")
_MONTH_COLUMN = re.compile(rf"{_MONTH_STEM}(?:\s+(?:19|20)\d\d)?")  # a table's column of one month


def column_month(name: str) -> int | None:
    """The month a table's column names ("Mar", "Okt 2026", "oktober"), or None."""
    m = _MONTH_COLUMN.fullmatch(fold(name).strip())
    return _MONTH_NUMBER[m.group(1)] if m else None

# a quarter the question names: "andra kvartalet 2025", "kvartal 2 2025", "Q2 2025", "the second quarter of 2025"
_ORDINAL = {"forsta": 1, "andra": 2, "tredje": 3, "fjarde": 4, "first": 1, "second": 2, "third": 3, "fourth": 4}
_QUARTER_RE = re.compile(r"\b(?:(?P<ord>forsta|första|andra|tredje|fjarde|fjärde|first|second|third|fourth)\s+(?:kvartalet|quarter)"
                         r"(?:\s+(?:of|av|ar|år))?|(?:kvartal|kv|q)\.?\s?(?P<num>[1-4]))\s+(?P<year>20\d\d)\b")
# ungrouped numbers of four or more digits alone in brackets identify ("(6015, 6119)"); amounts
# of that size are written "6 015" (`figures.is_identifier` reads one alone in its brackets)
_CODES = re.compile(r"\((\d{4,}(?:,\s*\d{4,})*)\)")


def unit_of(text: str) -> str | None:
    """The unit a header, caption or cell names ("Belopp (tkr)", "5,2 mnkr", "90 %")."""
    m = _UNIT_RE.search(fold(text))
    if m is None:
        return None
    return next(u for u, p in _UNIT_WORDS if re.fullmatch(p, m.group(1)))


@dataclass(frozen=True, slots=True)
class RowView:
    """A row as the matcher sees it: its words (said and negated), dates and amounts. `said`
    holds what classifies the row (short or repeated cells such as status, periodicity, the
    body it is directed to; its section path, caption, parent row and document); `free` the
    words of its free-text cells (the assignment or indicator as written)."""

    record: Record
    said: frozenset[str]
    negated: frozenset[str]  # stems said right after "ej", "inte", ...
    free: frozenset[str]
    dates: tuple[str, ...]  # ISO dates of its cells
    amounts: tuple[tuple[str, float, str | None], ...]  # (column, value, unit) of its number cells
    dated: tuple[tuple[str, str], ...] = ()  # (column, ISO date) of its date cells


def view(record: Record, context: str, splitter: CompoundSplitter | None = None,
         free_columns: frozenset[str] = frozenset(), caption: bool = True) -> RowView:
    """Read a row once: `context` is what stands around it (parent row, document), with its
    caption unless that is a legend of the rows' values (`caption` false, see `legend`)."""
    fields = record.fields
    marked = [k for k, v in fields.items() if _MARK.fullmatch(v.strip())]  # "Nej: X" in a roll call says "nej"
    said, negated = _words([*(v for k, v in fields.items() if k not in free_columns), *marked, record.section, context,
                            record.caption if caption else ""], splitter)
    free, _ = _words([v for k, v in fields.items() if k in free_columns], splitter)
    if m := _DECISION.match(record.text):  # "att avslå ansökan från ...": the decision's kind classifies it
        said |= _words([m.group(1)], splitter)[0]
    if any(fold(v).strip() == "ar" for v in fields.values()):  # a periodicity "År": yearly ("är" folds alike)
        said.add(_CANON["arlig"])
    year = context_year(record.caption, record.section) or context_year(context)  # of "27/10" in a meeting grid
    dated = tuple((k, str(f.value)) for k, v in fields.items() for f in extract_figures(v, year) if f.unit == "datum") + tuple(
        (k, f"{m.group(2)}-Q{m.group(1)}" if m.group(1) else _month(fold(v).strip()) or m.group(2))
        for k, v in fields.items() if (m := _WHEN_CELL.fullmatch(fold(v).strip())))
    dates = tuple(d for _, d in dated)
    # the table's unit: its caption's, or the label column's name's ("Nämnd och verksamhet, tkr", "Mnkr")
    table_unit = fields.get("unit") or unit_of(record.caption) or (unit_of(record.header[0]) if record.header else None) or None
    amounts = []
    for column, cell in fields.items():
        if column in ("unit",) or not cell:
            continue
        codes = {c for group in _CODES.findall(cell) for c in re.findall(r"\d+", group)}
        for f in extract_figures(cell, year):
            if f.unit in ("datum", "år") or (isinstance(f.value, float) and _YEAR_CELL.match(f.text.strip())):
                continue
            if f.text.strip() in codes or is_reference(f, cell) or is_identifier(f, cell):  # "(6012, 6015)", "§ 142", "KS 2026/208"
                continue
            unit = f.unit if f.unit != "antal" else (unit_of(column) or table_unit)
            amounts.append((column, float(f.value), unit))
    return RowView(record, frozenset(said), frozenset(negated), frozenset(free), dates, tuple(amounts), dated)


_DECISION = re.compile(r"\s*att\s+(?:inte\s+)?([a-zåäö]+)", re.I)  # an item of an att-list: its verb


# the middle of a year as a question names it ("senast vid halvårsskiftet 2027", "före sommaren 2027",
# "by mid-2027"): June of it to a date rule (the end of a year is the year's own rule)
_MID_YEAR = re.compile(r"\b(?:vid\s+)?(?:halvårsskiftet|halvårsskifte|mitten av|sommaren|midsommar(?:en)?|(?:the\s+)?middle of"
                       r"|mid-?|(?:the\s+)?summer of|summer)\s*((?:19|20)\d\d)\b")


def mid_year(text: str) -> str:
    """`text` with the middle of a year written as its June ("halvårsskiftet 2027": "juni 2027")."""
    return _MID_YEAR.sub(lambda m: f"juni {m.group(1)}", text)


def _month(folded: str) -> str | None:
    """"2026-06" for a cell that gives a month and a year ("juni 2026"), else None."""
    m = _MONTH_YEAR.fullmatch(folded)
    return f"{m.group(2)}-{_MONTH_NUMBER[m.group(1)]:02d}" if m else None


def free_text_columns(records: list[Record]) -> frozenset[str]:
    """The columns written as free text (long, each row its own), not as a category."""
    values: dict[str, list[str]] = {}
    for r in records:
        for k, v in r.fields.items():
            if v:
                values.setdefault(k, []).append(v)
    return frozenset(k for k, vs in values.items()
                     if sum(len(v.split()) for v in vs) / len(vs) > FREE_TEXT_WORDS and len(set(vs)) > 0.7 * len(vs))


FREE_TEXT_WORDS = 6


def _words(texts: list[str], splitter: CompoundSplitter | None) -> tuple[set[str], set[str]]:
    """The stems said in `texts`, and those negated (the word right after "ej", "inte" ...)."""
    said: set[str] = set()
    negated: set[str] = set()
    for text in texts:
        after_negation = False
        for word in re.findall(r"[a-zåäöéü0-9]+", text.lower()):
            w = fold(word)
            if w in _NEGATION:
                after_negation = True
                continue
            stems = {_CANON[w]} if w in _CANON else set(tokenize(w, splitter))
            if w[:3] in _MONTH_SHORT:
                stems.add(w[:3])
            (negated if after_negation else said).update(stems)
            after_negation = False
    return said, negated


_MONTH_SHORT = {fold(m)[:3] for m in MONTHS}
_MONTHS_FOLDED = {fold(m) for m in MONTHS}


def legend(records: list[Record]) -> bool:
    """Whether the table's caption is a legend of its rows' values: it names two or more values
    that a column repeats ("Bedömningen görs på en tregradig skala: uppfyllt, delvis uppfyllt och
    ej uppfyllt" over a column of those). Its words then say nothing of the table as a whole:
    they neither chose it nor stand around every row."""
    caption = f" {fold(records[0].caption)} " if records else ""
    if len(records) < 3 or not caption.strip():
        return False
    columns: dict[str, list[str]] = {}
    for r in records:
        for k, v in r.fields.items():
            columns.setdefault(k, []).append(fold(v).strip())
    for values in columns.values():
        repeated = {v for v in values if v and values.count(v) >= 2 and len(v) >= 3 and not any(ch.isdigit() for ch in v)}
        if len(repeated) >= 2 and sum(f" {v} " in caption or f" {v}," in caption for v in repeated) >= 2:
            return True
    return False


# --- what a question asks ------------------------------------------------------------------
# the columns a thing's end or start stands in, and the question's words for either (folded)
_END_COLUMN = re.compile(r"\b(klar\w*|slut\w*|fardig\w*|avslut\w*|tom|end\w*|completion|deadline)\b")
_START_COLUMN = re.compile(r"\b(start\w*|paborj\w*|borjar|begin\w*)\b")
# the words that set the date a thing must be done by, as written (lower case): a year after them is a date rule
# ("klara 2024"), and the rule reads the row's end column
_DEADLINE = r"slutdatum\w*|klar\w*|färdig\w*|avslutas|avslutade?|genomföras|genomförda?|deadline|due|complete\w*|finished|ends?"
_END_ASKED = re.compile(rf"\b(?:{_DEADLINE}|slutför\w*|done|ready)\b")
# a start asked, as written (lower case): "påbörjas 2026" is a date rule on the start
_STARTING = r"startar|startas|påbörjas|påbörjade?|börjar|inleds|starts?|started|begins?|began|begun|commence\w*"
_START_ASKED = re.compile(rf"\b(?:{_STARTING}|starta)\b")


@dataclass(frozen=True, slots=True)
class DateRule:
    op: Op
    value: str  # ISO date, or a year "2025" (compared on the date's year)
    # "ska bli klara 2027": the date a thing ends (a column "Klart", "Slutdatum"), "startar 2027": it starts
    # ("Start", "Påbörjas"); None: any date of the row
    end: bool | None = field(default=None, compare=False, repr=False)

    def holds(self, row: RowView) -> bool:
        """Compared on the year when the rule or the cell gives only a year ("klara 2024"), on
        the quarter when the rule names one ("andra kvartalet 2025": a cell "kv 2 2025" or a day
        of April-June; a cell of only the year fits a quarter asked only when earlier or later
        as a whole year). An end or a start asked is read in the row's end or start columns
        when it has such ("Tidplan Klart" beside "Tidplan Start")."""
        dates = row.dates
        if self.end is not None:
            kind = _END_COLUMN if self.end else _START_COLUMN
            dates = tuple(d for col, d in row.dated if kind.search(fold(col))) or dates
        if "Q" in self.value:
            return any(self._quarter(d) for d in dates)
        return any(self._dated(d) for d in dates)

    def _dated(self, d: str) -> bool:
        """A cell's date against the rule's, to the day, month or year both give; a quarter
        cell by its last month against a month asked, by its year against a day."""
        if "Q" in d:
            if len(self.value) == 7:
                return _compare((int(d[:4]), 3 * int(d[-1])), self.op, (int(self.value[:4]), int(self.value[5:7])))
            return _compare(d[:4], self.op, self.value[:4])
        n = min(len(d), len(self.value))
        return _compare(d[:n], self.op, self.value[:n])

    def _quarter(self, d: str) -> bool:
        want = (int(self.value[:4]), int(self.value[-1]))
        if "Q" in d:
            return _compare((int(d[:4]), int(d[-1])), self.op, want)
        if len(d) >= 7:  # a day
            return _compare((int(d[:4]), (int(d[5:7]) - 1) // 3 + 1), self.op, want)
        year = int(d[:4])  # only a year: within the quarter's year it cannot be told
        return year != want[0] and _compare((year, 0), self.op, want)

    def applies(self, rows: list[RowView]) -> bool:
        return any(r.dates for r in rows)  # a table without dates: the year chose the document


@dataclass(frozen=True, slots=True)
class AmountRule:
    op: Op
    value: float
    unit: str | None  # None: a count ("more than 123,000 pupils")
    column_year: str | None = None  # "investeringar 2028 över 5 mnkr": the 2028 column
    column_word: str | None = None  # "färre än 59 500 flickor": the stem of the column "Flickor"
    # "mer än 5 mnkr extra 2026 jämfört med 2025": the amount is an increase from the first year to the second
    change: tuple[str, str] | None = None
    # the question's stems: of the columns the amount may be read in, those whose names say most of them
    # ("under 80 procent behöriga till yrkesprogram 2025": "Behörighet till yrkesprogram, % 2025", not another
    # 2025 column; "en total utgift över 40 mnkr": "Investeringsutgift, mnkr Totalt", not a year's)
    asked: frozenset[str] = field(default=frozenset(), compare=False, repr=False)
    # "under 60 procent i oktober 2026": the month's column ("Okt") of a table with a column per month
    column_month: int | None = None
    falling: bool = False  # "minskade med mer än 4 procent": a change column's share is read negated (`_falls`)

    def _increase(self, row: RowView) -> list[tuple[float, str | None]]:
        """The row's increase: its change column ("Förändring"), else its later year's cell less its earlier's."""
        named = [(v, u) for col, v, u in row.amounts if any(t.startswith(_CHANGE_COLUMN) for t in tokenize(col))]
        if named or not self.change:
            return named
        first = [(v, u) for col, v, u in row.amounts if self.change[0] in col]
        second = [(v, u) for col, v, u in row.amounts if self.change[1] in col]
        return [(second[0][0] - first[0][0], second[0][1])] if first and second else []

    def holds(self, row: RowView, strict: bool = False, priced: bool = True) -> bool:
        """Whether a cell of the row meets the amount: in the column of the year and the noun
        asked when the row has one (`strict`: only there, unless its columns have no names,
        "v1", "v2", as a parser gives them where the page printed none); a money amount only in
        the columns priced in money ("Kostnad (tkr)") when the row has such (`priced`; the
        table's fit to the question reads every amount); an increase asked is the row's
        increase, above zero."""
        if self.change:
            return any(v > 0 and self._fits(v, u) for v, u in self._increase(row))
        if self.column_month and (months := {col: n for col in row.record.header if (n := column_month(col))}):
            # a table with a column per month (split by months over two pages: only the half with the month)
            return any(self._fits(v, u) for col, v, u in row.amounts if months.get(col) == self.column_month)
        named = strict and any(not _UNNAMED.fullmatch(col) for col, _, _ in row.amounts)
        cells = [a for a in row.amounts if not self.column_year or self.column_year in a[0]] or \
            ([] if named and not self._year_of_table(row) else list(row.amounts))
        if self.column_word:  # the column the counted noun names, when the row has one (even one without a number:
            # "Beviljat: Avslag" grants nothing, whatever was applied for)
            columns = {k for k in row.record.fields if inflected(self.column_word, set(tokenize(k)))}
            cells = [a for a in cells if a[0] in columns] if columns else cells
        if priced and not self.column_year and not self.column_word and self.unit in MONEY and (
                columns := {k for k in row.record.header[1:] if unit_of(k) in MONEY}):  # a year or noun asked names its own
            # (the first column naming a unit, "Nämnd, mnkr", names the whole table's)
            cells = [a for a in cells if a[0] in columns]  # "Kostnad (tkr)": a dash there costs nothing, "två" elsewhere
        if self.unit:  # "färre än 80 procent": the share column, not a count or a change beside it
            own = self._of_unit(cells)
            if not own and self.column_year and any(self.column_year in col for col, _, _ in row.amounts):
                # "fem procent högre budget 2027" where the year's columns hold money: the row's column of shares
                # ("Förändring, %"), negated for a fall ("minskade med mer än 4 procent": a change below −4)
                own = [(col, -v if self.falling else v, u) for col, v, u in self._of_unit(row.amounts)]
            cells = own or cells
        return any(self._fits(v, u) for _, v, u in self._named_most(cells))

    def _of_unit(self, cells: Iterable[tuple[str, float, str | None]]) -> list[tuple[str, float, str | None]]:
        return [a for a in cells if a[2] == self.unit or (self.unit in MONEY and a[2] in MONEY)]

    def _named_most(self, cells: list[tuple[str, float, str | None]]) -> list[tuple[str, float, str | None]]:
        """The cells of the columns whose names say the most of the question's stems, when some
        say more than others; all of them otherwise."""
        said = {col: sum(inflected(t, self.asked) for t in set(tokenize(col))) for col in {col for col, _, _ in cells}}
        if len(said) < 2 or len(set(said.values())) < 2:
            return cells
        best = max(said.values())
        return [a for a in cells if said[a[0]] == best]

    def _year_of_table(self, row: RowView) -> bool:
        """Whether the year asked is the whole table's: its caption or heading names it and no
        column names a year ("Tabell 2. Prioriterade satsningar 2026", columns Satsning | tkr)."""
        return bool(self.column_year) and self.column_year in f"{row.record.caption} {row.record.section}" and not any(
            re.search(r"(19|20)\d\d", col) for col, _, _ in row.amounts)

    def _fits(self, value: float, unit: str | None) -> bool:
        want = self.unit
        if want in MONEY:
            unit = unit if unit in MONEY else want  # a bare cell of a money table: the question's unit
            return _compare(abs(value) * MONEY[unit], self.op, self.value * MONEY[want])
        if want == "procent":
            return unit in ("procent", None) and _compare(value, self.op, self.value)
        return unit in (None, "antal") and _compare(value, self.op, self.value)

    def applies(self, rows: list[RowView]) -> bool:
        return any(self._increase(r) for r in rows) if self.change else any(r.amounts for r in rows)


_CHANGE_COLUMN = ("forandr", "differens", "okning", "change")
# an amount asked as an increase: "mer än 5 mnkr extra", "an increase of more than 5 million"
_INCREASE_AFTER = re.compile(r"^\s*(?:(?:kronor|kr|sek)\s+)?(?:extra|mer|ytterligare|additional|more|in\s+addition)\b")
_INCREASE_BEFORE = re.compile(r"\b(?:ökning\w*|höjning\w*|utökning\w*|tillskott\w*|increase\w*|rise)\s+(?:\w+\s+){0,2}$")


@dataclass(frozen=True, slots=True)
class WordRule:
    """A question word: any of `stems` said in the row (said after "ej" when `negated`)."""

    word: str
    stems: frozenset[str]
    negated: bool = False
    name: bool = False  # written with a capital inside the sentence: may match free text too
    topic: bool = False  # what the rows are about ("som gäller dagvatten"): matches free text too

    def holds(self, row: RowView) -> bool:
        pool = row.negated if self.negated else (row.said | row.free if self.name or self.topic else row.said)
        if self.name:  # a name begins the compounds it stands in ("Korsavadsanläggningen")
            return any(t.startswith(s) for t in pool for s in self.stems)
        if self.topic:  # and so does a topic ("dagvattenavgift")
            return any(inflected(s, pool) or (len(s) >= 4 and any(t.startswith(s) for t in pool)) for s in self.stems)
        # or a compound it heads ("förvaltning": samhällsbyggnadsförvaltning is one; Swedish compounds are right-headed)
        return any(inflected(s, pool) or (len(s) >= _HEAD_MIN and any(t.endswith(s) for t in pool)) for s in self.stems)

    def applies(self, rows: list[RowView]) -> bool:
        return True


@dataclass(frozen=True, slots=True)
class CodeRule:
    """"marked P", "med status N", "kod B": a row with a cell that is that letter and nothing
    else, as investment tables mark new (N) and ongoing (P) projects. Rows without one-letter
    cells are no codes' table."""

    code: str

    def holds(self, row: RowView) -> bool:
        return any(v.strip() == self.code for v in row.record.fields.values())

    def applies(self, rows: list[RowView]) -> bool:
        return any(len(v.strip()) == 1 and v.strip().isupper() for r in rows for v in r.record.fields.values())


@dataclass(frozen=True, slots=True)
class QuotedRule:
    """"med status 'Remitterad'", "marked “Ej påbörjad”": a value the question quotes is a cell's
    value: a row with a cell that says it (folded, as a whole word or phrase). It applies where
    some rows say it and others do not."""

    value: str  # folded

    def holds(self, row: RowView) -> bool:
        return any(re.search(rf"(?<!\w){re.escape(self.value)}(?!\w)", fold(v)) for v in row.record.fields.values())

    def applies(self, rows: list[RowView]) -> bool:
        return 0 < sum(self.holds(r) for r in rows) < len(rows)


@dataclass(frozen=True, slots=True)
class SignRule:
    """"negativt resultat", "positiv budgetavvikelse": a number of that sign in the column the
    question names (matched by stem in the column's name)."""

    negative: bool
    column: frozenset[str]
    fallback: frozenset[str] = frozenset()  # the columns read where the row has none of `column`

    def _cells(self, row: RowView) -> list[float]:
        def named(names: frozenset[str]) -> list[float]:
            return [v for col, v, _ in row.amounts
                    if any(inflected(t, names) or any(w.endswith(t) for w in names) for t in tokenize(col) if len(t) >= 4)]
        return named(self.column) or named(self.fallback)

    def holds(self, row: RowView) -> bool:
        return any((v < 0) == self.negative and v != 0 for v in self._cells(row))

    def applies(self, rows: list[RowView]) -> bool:
        return any(self._cells(r) for r in rows)


# what a measure counts that is better low (folded; an indicator's name, else its table's caption): "bättre än
# riket" for daily smoking is a lower share
_LOWER_BETTER = re.compile(r"rok(?:ning|are|er)|snus|fetma|overvikt|ohals|nedsatt|besvar|sjuk|arbetslos|brott|\bvald\b|valds"
                           r"|skador|olyck|utslapp|vantetid|avvikelse|klagomal|trangbodd|bistand|forsorjningsstod|otrygg"
                           r"|riskbruk|riskkonsumtion|stillasittande|ensamhet|kostnad|omsattning|franvaro|avhopp|orolig"
                           r"|utsatt|mobbning|krankning|narkotika|dodlighet|nedskrapning|problem")
_JUDGED = ("bättre", "sämre", "better", "worse", "battre", "samre")  # as written and folded
_BETTER = ("bättre", "better", "battre")


def row_label(record: Record) -> str:
    """A row's label: its `label` field, else its first cell."""
    return record.fields.get("label", "") or next(iter(record.fields.values()), "")


def _judged(op: Op, row: RowView, judged: bool) -> Op:
    """A comparison the question judges (`judged`: "bättre", "worse"): the number's own direction
    where the measure is better low."""
    if not judged:
        return op
    label = fold(row_label(row.record))
    said = _LOWER_BETTER.search(label) or not label and _LOWER_BETTER.search(fold(row.record.caption))
    return ({Op.gt: Op.lt, Op.lt: Op.gt}.get(op, op)) if said else op


@dataclass(frozen=True, slots=True)
class ColumnRule:
    """"fler besökare 2025 än 2024", "sjönk mellan 2024 och 2025": the number in the first year's
    column against the second's; with no years named ("sjönk jämfört med året innan"), the latest
    year a column names against the year before it."""

    op: Op
    first: str
    second: str
    judged: bool = False  # "bättre värden 2025 än 2023": the op of a measure better high (`_judged`)
    group: str = ""  # the sex the question asks about (`sex_group`): its columns, where the table has them

    def _pair(self, row: RowView) -> tuple[float, float] | None:
        first, second = self.first, self.second
        if self.group:
            row = replace(row, amounts=tuple(a for a in row.amounts if sex_group(a[0], column=True) == self.group) or row.amounts)
        if not first:  # the latest year a column names against the year before it, else a change column's sign
            years = sorted({y for col, _, _ in row.amounts for y in _YEAR_IN.findall(col)})
            if len(years) < 2 or int(years[-1]) - int(years[-2]) != 1:
                change = [v for col, v, _ in row.amounts if any(t.startswith(_CHANGE_COLUMN) for t in tokenize(col))]
                return (change[0], 0.0) if change else None
            first, second = years[-1], years[-2]
        a, b = _numbers_in(row, lambda col: first in col), _numbers_in(row, lambda col: second in col)
        return (a[0], b[0]) if a and b and row.amounts else None

    def holds(self, row: RowView) -> bool:
        pair = self._pair(row)
        return pair is not None and _compare(pair[0], _judged(self.op, row, self.judged), pair[1])

    def applies(self, rows: list[RowView]) -> bool:
        return any(self._pair(r) for r in rows)


@dataclass(frozen=True, slots=True)
class NamedColumnRule:
    """"fler hyresrätter än bostadsrätter": in each row, the number in the one column the first noun
    names against the number in the one column the second names (a dash among counts is 0)."""

    op: Op
    first: frozenset[str]
    second: frozenset[str]

    def _pair(self, row: RowView) -> tuple[float, float] | None:
        a, b = _named_column(row, self.first), _named_column(row, self.second)
        if not a or not b or a == b or not row.amounts:
            return None
        x, y = _numbers_in(row, lambda col: col == a), _numbers_in(row, lambda col: col == b)
        return (x[0], y[0]) if x and y else None

    def holds(self, row: RowView) -> bool:
        pair = self._pair(row)
        return pair is not None and _compare(pair[0], self.op, pair[1])

    def applies(self, rows: list[RowView]) -> bool:
        return any(self._pair(r) for r in rows)


def _named_column(row: RowView, stems: frozenset[str]) -> str | None:
    """The one column of the row whose name says one of `stems`, else None."""
    names = [col for col in row.record.fields if any(inflected(s, set(tokenize(col))) for s in stems)]
    return names[0] if len(names) == 1 else None


def _numbers_in(row: RowView, named: Callable[[str], bool]) -> list[float]:
    """The row's numbers in the columns `named` accepts; none there but a dash, in a row of counts
    or money, is 0 ("Hamnkvarteret | – | 35 | 55": no dwellings in 2027); a dash among shares says
    no figure was given (too few answers), not none."""
    numbers = [v for col, v, _ in row.amounts if named(col)]
    if numbers:
        return numbers
    dashed = any(named(col) and _DASH_CELL.fullmatch(v.strip()) for col, v in row.record.fields.items())
    return [0.0] if dashed and not any(unit == "procent" for _, _, unit in row.amounts) else []


_DASH_CELL = re.compile(r"[-–—]")


# the groups a table breaks a figure down by sex, as a column names them and a question asks
# ("2025 Män", "sjukfrånvaron bland män"); written as is, not folded: "män" is not the pronoun "man"
SEXES = (
    ("women", re.compile(r"\b(kvinn\w*|flick\w*|tjej\w*|wom[ae]n|female|girls?)\b")),
    ("men", re.compile(r"\b(män|männen|männens|manlig\w*|pojk\w*|killar|male|boys?|(?:among|of|for) men)\b")),
)
_GROUPS = SEXES + (("all", re.compile(r"\b(total\w*|sammanlagt|samtliga|overall|båda könen|both sexes)\b")),)


# a statistics table's short column names for the groups: "2026 Kv | 2026 M | 2026 Tot", "K | M | T" (not
# "Kv 3", a quarter)
_COLUMN_GROUPS = (
    ("women", re.compile(r"\b(kv|k)\b(?![\s.]*\d)")),
    ("men", re.compile(r"\bm\b")),
    ("all", re.compile(r"\b(tot|t|alla)\b")),
)


def sex_group(text: str, column: bool = False, lang: str = "sv") -> str:
    """The group (women, men, all) a question or a column names; a column also by its short
    names; an English question by "men" alone too (in Swedish the word is "but")."""
    groups = _GROUPS + _COLUMN_GROUPS if column else _GROUPS
    group = next((name for name, pattern in groups if pattern.search(text.lower())), "")
    return group or ("men" if lang == "en" and re.search(r"\bmen\b", text.lower()) else "")


# the row or column a table gives for the whole country or the whole municipality (folded)
_NATIONAL_NAME = re.compile(r"\b(riket|rikets|riks\w*|hela landet|sverige|sweden|nationell\w*|national\w*)\b")
_WHOLE_NAME = re.compile(r"\b(totalt?|summa|samtliga|genomsnitt\w*|snitt|medelvarde\w*|average|alla|all|hela kommunen"
                         r"|kommunen|kommun|regionen|region)\b")


def _words_of(text: str) -> str:
    """A name's words, one space apart, nothing else: how two column names are compared."""
    return re.sub(r"\W+", " ", text).strip()


def chosen_columns(columns: list[str], year: str | None, group: str, asked: frozenset[str]) -> list[str]:
    """Of a row's number columns, those a question comparing rows reads: of the year asked, of
    the sex asked (else none's or the total's), whose names say most of the question's words, and
    of several years the latest. More than one left: the question does not say which."""
    if year:
        columns = [col for col in columns if year in col] or columns
    columns = [col for col in columns if sex_group(col, column=True) in ((group,) if group else ("", "all"))] or columns
    said = {col: sum(inflected(t, asked) or len(t) >= 4 and any(a.startswith(t) for a in asked)  # "Besök": "besökare"
                     for t in set(tokenize(col))) for col in columns}
    columns = [col for col in columns if said[col] == max(said.values())]
    years = {col: max(_YEAR_IN.findall(col), default="") for col in columns}
    return [col for col in columns if years[col] == max(years.values())]


def _member(record: Record) -> bool:
    """Whether a row is a member of its table, not its sum or the country's or the whole's reference."""
    label = fold(row_label(record))
    return not (_NATIONAL_NAME.search(label) or _WHOLE_NAME.search(label))


@dataclass(frozen=True, slots=True)
class RankRule:
    """"vilka tre skolor hade högst meritvärde", "the three largest investments in 2027": the rows
    whose number in the column asked (`chosen_columns`) is among the `n` largest or smallest of
    their table's members (no sum or reference row). Only a count the question gives: "vilka
    skolor har högst ..." and "de största riskerna" do not say how many."""

    largest: bool
    n: int
    year: str | None
    group: str = ""
    asked: frozenset[str] = field(default=frozenset(), compare=False, repr=False)
    # per table (document, table id): the column read and the n-th value, once `bound` to a table's rows
    cutoffs: tuple[tuple[tuple[str, str], tuple[str, float]], ...] = field(default=(), compare=False, repr=False)

    def bound(self, rows: list[RowView]) -> RankRule:
        tables: dict[tuple[str, str], list[RowView]] = {}
        for r in rows:
            if r.amounts and _member(r.record):
                tables.setdefault((r.record.doc, r.record.table), []).append(r)
        cutoffs = []
        for key, members in tables.items():
            columns = list(dict.fromkeys(col for r in members for col, _, _ in r.amounts))
            if len(column := chosen_columns(columns, self.year, self.group, self.asked)) != 1:
                continue  # the question does not say which column
            values = sorted((v for r in members for col, v, _ in r.amounts if col == column[0]), reverse=self.largest)
            if len(values) >= self.n:
                cutoffs.append((key, (column[0], values[self.n - 1])))
        return replace(self, cutoffs=tuple(cutoffs))

    def holds(self, row: RowView) -> bool:
        cut = dict(self.cutoffs).get((row.record.doc, row.record.table))
        if cut is None or not _member(row.record):
            return False
        values = [v for col, v, _ in row.amounts if col == cut[0]]
        return bool(values) and (values[0] >= cut[1] if self.largest else values[0] <= cut[1])

    def applies(self, rows: list[RowView]) -> bool:
        return bool(self.cutoffs)


@dataclass(frozen=True, slots=True)
class ReferenceRule:
    """"lägre andel behöriga än kommunen som helhet", "above the national average": the row's
    number against the same column's number in its table's reference row ("Riket", "Kommunen
    totalt"), or, where a table gives the reference in columns of its own ("Kvinnor Riket 2025"
    beside "Kvinnor 2025"), against the row's own reference cell. Of the columns both have, those
    of the year and the sex asked and whose names say most of the question's words; of several
    years, the latest. Still several columns: the rule does not apply (the table, whole, is answered)."""

    op: Op  # the row <op> the reference
    national: bool  # the country ("riket"), else the whole municipality or region
    year: str | None
    group: str = ""  # the sex the question asks about (`sex_group`): its columns
    judged: bool = False  # "sämre än riket": the op of a measure better high (`_judged`)
    asked: frozenset[str] = field(default=frozenset(), compare=False, repr=False)
    # per table (document, table id): the reference row's (column, value) cells, once `bound` to a table's rows
    references: tuple[tuple[tuple[str, str], tuple[tuple[str, float], ...]], ...] = field(default=(), compare=False,
                                                                                            repr=False)

    @property
    def _name(self) -> re.Pattern[str]:
        return _NATIONAL_NAME if self.national else _WHOLE_NAME

    def bound(self, rows: list[RowView]) -> ReferenceRule:
        """The rule, knowing each table's reference row among `rows`."""
        refs: dict[tuple[str, str], tuple[tuple[str, float], ...]] = {}
        for r in rows:
            if r.amounts and self._name.search(fold(row_label(r.record))):
                refs.setdefault((r.record.doc, r.record.table), tuple((col, v) for col, v, _ in r.amounts))
        return replace(self, references=tuple(refs.items()))

    def _pair(self, row: RowView) -> tuple[float, float] | None:
        if not _member(row.record):  # a reference or a sum is no member
            return None
        own = {col: v for col, v, _ in row.amounts}
        columns = [col for col in own if self._name.search(fold(col))]
        if columns:  # "Kvinnor Riket 2025" beside "Kvinnor 2025"
            plain = {_words_of(fold(col)): col for col in own if col not in columns}
            pairs = [(plain[base], own[plain[base]], own[col]) for col in columns
                     if (base := _words_of(self._name.sub(" ", fold(col)))) in plain]
        else:
            ref = dict(self.references).get((row.record.doc, row.record.table), ())
            pairs = [(col, own[col], v) for col, v in ref if col in own]
        chosen = chosen_columns([p[0] for p in pairs], self.year, self.group, self.asked)
        pairs = [p for p in pairs if p[0] in chosen]
        return (pairs[0][1], pairs[0][2]) if len(pairs) == 1 else None

    def holds(self, row: RowView) -> bool:
        pair = self._pair(row)
        return pair is not None and _compare(pair[0], _judged(self.op, row, self.judged), pair[1])

    def applies(self, rows: list[RowView]) -> bool:
        return any(self._pair(r) for r in rows)


@dataclass(frozen=True, slots=True)
class SpentRule:
    """"poster som har kostnader planerade för 2027", "projects with spending in 2031", "utgifter
    inplanerade ända till 2031" (its last year): a number other than zero in the year's column."""

    year: str
    none: bool = False  # "får inga pengar under 2028": nothing but zero or a dash in the year's column

    def _cells(self, row: RowView) -> list[float]:
        """The year's own column, not a running sum up to it ("Summa kostn. tom 2027")."""
        cells = [(col, v) for col, v, _ in row.amounts if self.year in col]
        own = [v for col, v in cells if not _RUNNING_SUM.search(fold(col))]
        return own or [v for _, v in cells]

    def _own_column(self, row: RowView) -> list[str]:
        """The cells, as written, of the columns the year alone names ("2026", "Budget 2026")."""
        return [v for col, v in row.record.fields.items()
                if self.year in col and len(set(_YEAR_IN.findall(col))) == 1 and not _RUNNING_SUM.search(fold(col))]

    def holds(self, row: RowView) -> bool:
        if not self.none:
            return any(v != 0 for v in self._cells(row))
        if own := self._own_column(row):  # a dash, nothing or a zero there
            return bool(row.amounts) and all(not re.search(r"[1-9]", v) for v in own)
        return bool(row.amounts) and not any(v != 0 for v in self._cells(row))

    def applies(self, rows: list[RowView]) -> bool:
        return any(self._cells(r) for r in rows)


@dataclass(frozen=True, slots=True)
class TargetRule:
    """"utfall 2021 som låg över målvärdet", "a 2025 target higher than the 2023 outcome": the row's
    outcome against its target (an indicator's `utfall` and `mal`, a table's "Utfall …" and
    "Mål …" columns)."""

    op: Op  # outcome <op> target
    planned: bool = False  # "färre inspektioner än planerat": what was done against what was planned or budgeted
    forecast: bool = False  # "en prognos lägre än budget": of a planned comparison, the forecast column, not the outcome
    year: str | None = None  # of a planned comparison: the year's columns ("Inspektioner 2026 Planerade")

    def _pair(self, row: RowView) -> tuple[float, float] | None:
        if self.planned:
            cells = [(col, v) for col, v, _ in row.amounts if not self.year or self.year in col]
            done = [v for col, v in cells if (_FORECAST_COL if self.forecast else _DONE_COL).search(fold(col))]
            planned = [v for col, v in cells if _PLANNED_COL.search(fold(col)) and not _DONE_COL.search(fold(col))]
            return (done[0], planned[0]) if done and planned else None

        def named(pattern: re.Pattern[str]) -> list[float]:  # "Målvärde" before "Mål / indikator" (a label column)
            said = [(v, re.sub(r"\W+", " ", fold(col)).strip()) for col, v, _ in row.amounts if pattern.match(fold(col))]
            return [v for v, col in sorted(said, key=lambda p: len(p[1].split()))]  # the column it names alone first
        outcome, target = named(_OUTCOME_COL), named(_TARGET_COL)
        return (outcome[0], target[0]) if outcome and target else None

    def holds(self, row: RowView) -> bool:
        pair = self._pair(row)
        return pair is not None and _compare(pair[0], self.op, pair[1])

    def applies(self, rows: list[RowView]) -> bool:
        return any(self._pair(r) for r in rows)


@dataclass(frozen=True, slots=True)
class NumberedRule:
    """"indikatorer under mål 4", "indicators under goal 4", "fokusområde 3": rows under the
    heading (section, caption or parent) that names that member of the series."""

    word: str  # the folded Swedish word: "mal", "delmal", "fokusomrade", ...
    number: str

    def _says(self, text: str) -> bool:
        return bool(re.search(rf"\b{self.word}\w*\W{{0,3}}{self.number}(?![\d,.]\d)\b", fold(text)))

    def holds(self, row: RowView) -> bool:
        r = row.record
        return self._says(f"{r.section} | {r.caption} | {r.parent}")

    def applies(self, rows: list[RowView]) -> bool:
        return sum(self.holds(r) for r in rows) not in (0, len(rows))


@dataclass(frozen=True, slots=True)
class OnlyRule:
    """"riktas enbart till kommunstyrelsen", "addressed only to Gryaab AB": the row is directed
    (its `riktas_till`) to the body asked and to no other: every word of one is a word of the
    other, so "kretslopp och vattennämnden och Gryaab AB" is not "enbart kretslopp och
    vattennämnden"."""

    stems: frozenset[str]

    def holds(self, row: RowView) -> bool:
        cell = set(tokenize(row.record.fields.get("riktas_till", "")))
        return bool(cell) and all(inflected(s, cell) for s in self.stems) and all(inflected(t, self.stems) for t in cell)

    def applies(self, rows: list[RowView]) -> bool:
        return any(r.record.fields.get("riktas_till") for r in rows)


# Sweden's parliamentary parties: how questions name them (folded) and how documents abbreviate them
PARTIES = (("S", r"socialdemokrat\w*|social democrats?"), ("M", r"moderaterna|moderater|moderata|moderates|moderate party"),
           ("SD", r"sverigedemokrat\w*|sweden democrats?"), ("C", r"centerpartie?\w*|centre party|center party"),
           ("V", r"vansterpartie?\w*|left party"), ("KD", r"kristdemokrat\w*|christian democrats?"),
           ("L", r"liberalerna|liberaler|liberals|liberal party"), ("MP", r"miljopartie?\w*|green party|greens"))
_PARTY_RE = [(abbr, re.compile(rf"\b(?:{words})\b")) for abbr, words in PARTIES]
_PARTY_CELL = re.compile(r"\((S|M|SD|C|V|KD|L|MP)\)")


@dataclass(frozen=True, slots=True)
class PartyRule:
    """"Vilka socialdemokrater ...", "members of the Sweden Democrats": a row of a party's member,
    by a cell that is the party's abbreviation ("S", "(S)") or names the party."""

    party: str  # the abbreviation, "SD"
    name: re.Pattern[str]

    def _parties(self, row: RowView) -> set[str]:
        return {v.strip().strip("()") for v in row.record.fields.values() if v.strip().strip("()") in _ABBREVIATIONS} | {
            m.group(1) for v in row.record.fields.values() for m in _PARTY_CELL.finditer(v)}

    def holds(self, row: RowView) -> bool:
        return self.party in self._parties(row) or any(self.name.search(fold(v)) for v in row.record.fields.values())

    def applies(self, rows: list[RowView]) -> bool:
        return any(self._parties(r) for r in rows)


_ABBREVIATIONS = frozenset(abbr for abbr, _ in PARTIES)


def parties_named(folded: str) -> list[tuple[str, re.Pattern[str]]]:
    """The parties a folded question names, with the pattern of their names."""
    return [(abbr, pattern) for abbr, pattern in _PARTY_RE if pattern.search(folded)]


Rule = (DateRule | AmountRule | WordRule | SignRule | ColumnRule | TargetRule | SpentRule | NumberedRule | OnlyRule | CodeRule
        | PartyRule | ReferenceRule | QuotedRule | RankRule | NamedColumnRule)
_SIGN_RE = re.compile(r"\b(negativ\w*|positiv\w*|negative|positive)\s+([a-zåäö-]+)")
DEVIATION_COLUMNS = frozenset({"avvik", "avvikelse", "budgetavvik", "aterst", "differens", "diff"})  # budget - outcome
RESULT_COLUMNS = frozenset({"resultat", "result", "netto"})
_RESULT_RE = re.compile(r"\b(underskott|överskott|deficit|surplus|plus|minus)\b")
_BUDGET_RE = re.compile(r"\b(över|under|over|within)\s+(?:sin\s+|sina\s+|its\s+|their\s+|the\s+)?(?:(?:19|20)\d\d\s+)?budget\w*")
# "kostnaderna översteg budgeten", "exceeded the budget": over budget; "understeg budgeten": under
_EXCEED_RE = re.compile(r"\b(översteg|överstiger|överskred|överskrider|överskridit|överskridits|exceed\w*|overr[au]n\w*"
                        r"|understeg|understiger|underskred)\b([^.?]{0,60}?)\bbudget\w*")
# the verb that says which of a grant table's amounts a question compares (folded): what was granted
# ("fick", "beviljades", "received") or what was applied for ("sökte", "ansökt", "applied for")
_AMOUNT_VERBS = (
    (re.compile(r"\b(far|fick|fatt|beviljas|beviljades|beviljats|beviljat|tilldelas|tilldelades|tilldelats"
                r"|received?|receives|granted|awarded|gets?|got)\b"), "bevilj"),
    (re.compile(r"\b(sokt|sokte|soker|ansokt|ansokte|ansoker|applied|apply|applies|requested|asked for)\b"), "sokt"),
)
# "gå mer än fem miljoner kronor back", "gick back": spending over budget, a negative deviation
_BACK_RE = re.compile(r"\b(gå|går|gick|gått)\b[^.?]{0,50}?\bback\b")
_COMPARATIVES = (r"fler|mer|högre|större|längre|more|higher|larger|bigger|greater|longer|färre|mindre|lägre|kortare|fewer|less"
                 r"|lower|smaller|shorter")
_COMPARED = _COMPARATIVES + "|" + "|".join(_JUDGED)  # the comparatives, and those that judge ("bättre", "worse")
_MORE_RE = re.compile(rf"\b({_COMPARED})\b[^.?]*?\b(20\d\d)\b[^.?]*?\b(?:än|than)\b[^.?]*?\b(20\d\d)\b")
# "fler hyresrätter än bostadsrätter", "more rentals than condominiums": a noun on each side, no figure
_NAMED_MORE_RE = re.compile(rf"\b({_COMPARATIVES})\s+([a-zåäöé-]{{3,}}(?:\s+[a-zåäöé-]{{3,}})?)\s+(?:än|than)\s+"
                            r"([a-zåäöé-]{3,}(?:\s+[a-zåäöé-]{3,})?)\b")
# "siffran för 2025 lägre än siffran för 2024": the first year before the comparative
_YEAR_MORE_RE = re.compile(rf"\b(20\d\d)\b[^.?\d]*?\b({_COMPARED})\s+(?:än|than)\b[^.?]*?\b(20\d\d)\b")
_MORE = frozenset(("fler", "mer", "högre", "större", "längre", "more", "higher", "larger", "bigger", "greater", "longer",
                   *_BETTER))
# "lägre andel än riket", "högre än kommunen som helhet", "above the national average" (folded): a row against
# its table's reference for the country or the whole municipality
_NATIONAL_ASKED = (r"riket|rikets(?:\s+(?:snitt|genomsnitt|varde|niva|andel))?|riksgenomsnitt\w*|rikssnitt\w*|riksniva\w*"
                   r"|hela landet|landet som helhet|sverige(?: som helhet)?|sweden(?: as a whole)?|the (?:whole )?country"
                   r"|(?:the\s+)?(?:national|country's|nationwide)\s+(?:average|value|level|figure|rate|mean|result|share)s?"
                   r"|nationell\w*\s+(?:niva|snitt|genomsnitt|varde)")
_WHOLE_ASKED = (r"kommunen som helhet|hela kommunen|kommunens?\s+(?:genomsnitt|snitt|total\w*|niva|varde)|kommun(?:genom)?snitt\w*"
                r"|regionen som helhet|hela regionen|regionens?\s+(?:genomsnitt|snitt|total\w*)|the (?:municipality|region)"
                r"(?: as a whole)?|the (?:municipal|municipality's|region's|regional)\s+(?:average|total|level|figure|value|mean)"
                r"|(?:the\s+)?(?:overall\s+)?average|genomsnittet|snittet")
_FOLDED_COMPARATIVES = fold(_COMPARED)
_REFERENCE_RE = re.compile(rf"\b(?:(?P<cmp>{_FOLDED_COMPARATIVES})\b[^.?]{{0,60}}?\b(?:an|than|jamfort med|compared (?:with|to))"
                           r"|(?P<pos>over|under|above|below|overstig\w*|understig\w*|exceed\w*))\s+(?:the\s+|vad\s+)?"
                           rf"(?:(?P<nat>{_NATIONAL_ASKED})|(?P<whole>{_WHOLE_ASKED}))\b")

# an outcome against its target: "utfall 2021 som låg över målvärdet för 2023", "target higher than the outcome"
_OUTCOME_COL = re.compile(r"^(utfall|outcome)")
_FORECAST_COL = re.compile(r"\b(prognos\w*|forecast\w*|beraknad\w*|expected)")
_FORECAST_ASKED = re.compile(r"\b(prognos\w*|forecast\w*|beraknas|beraknad\w*|vantas|expected|projected)\b")
_DONE_COL = re.compile(r"\b(genomf\w*|utford\w*|utfall\w*|faktisk\w*|gjorda|actual\w*|performed|done|outcome)")
_PLANNED_COL = re.compile(r"\b(planer\w*|plan|budget\w*|planned|budgeted)\b")
_TARGET_COL = re.compile(r"^(mal|malvarde|target)\b")
_OUTCOME_WORDS, _TARGET_WORDS = r"(?:utfall\w*|outcomes?|results?)", r"(?:mal|malet|malvardet?|target|goal)"
_ABOVE = r"(?:over|hogre an|storre an|mer an|above|higher than|greater than|more than|exceed\w*|overstig\w*)"
_BELOW = r"(?:under|lagre an|mindre an|below|lower than|less than)"
_VS = (r"\b(?P<a>{a})\b[^.?]*?\b(?P<op>{above}|{below})\s+(?:the\s+|sitt\s+|dess\s+)?(?:(?:19|20)\d\d\s+)?(?:\w+\s+)?"
       r"(?P<b>{b})\b(?!\s+\d)")  # "under mål 4" names a goal
_OUTCOME_VS_TARGET = re.compile(_VS.format(a=_OUTCOME_WORDS, b=_TARGET_WORDS, above=_ABOVE, below=_BELOW))
_TARGET_VS_OUTCOME = re.compile(_VS.format(a=_TARGET_WORDS, b=_OUTCOME_WORDS, above=_ABOVE, below=_BELOW))
# "nådde inte upp till sitt målvärde", "missed its target", "reached the target"
_REACHED = re.compile(r"\b(?:(?:nadde|nar|natt|uppnadde|uppnar|klarade|klarar|klarat|uppfyllde|uppfyller)\s+(?P<not>inte\s+|ej\s+)?"
                      r"(?:upp\s+)?(?:till\s+)?(?:(?:sitt|sina|dess)\s+\w*mal\b|(?:sitt\s+|sina\s+|dess\s+)?(?:malvardet?|\w*malet|malvarden))"
                      r"|(?P<missed>missed|did not (?:reach|meet|achieve)|failed to (?:reach|meet))\s+(?:its\s+|their\s+|the\s+)?"
                      r"(?:target|goal)s?|(?:reached|met|achieved)\s+(?:its\s+|their\s+|the\s+)?(?:target|goal)s?)\b")
# the members of a plan's series a question names: "mål 4", "delmål 2", "goal 4", "fokusområde 3"
_NUMBERED_RE = re.compile(r"\b(mal|malet|delmal|malomrade|fokusomrade|perspektiv|goal|objective|focus area)"
                          r"\s+(\d{1,2})\b(?![.,]\d)")
_SERIES_SV = {"malet": "mal", "goal": "mal", "objective": "mal", "focus area": "fokusomrade"}
_RUNNING_SUM = re.compile(r"\b(summa|sum|total\w*|tom|t\s?o\s?m|ack\w*|cumulative)\b")
# "har kostnader planerade för år 2027", "med utgifter 2031", "with spending planned in 2031"
_SPENT_RE = re.compile(r"\b(?:har|med|som har|have|has|with)\s+(?:\w+\s+)?(?:kostnader|utgifter|medel|belopp|investeringar"
                       r"|costs?|spending|expenditures?|funds?|money)\s+(?:\w+\s+)?(?:för|under|i|på|(?:ända\s+)?(?:till|fram\s+till)|for|in|during"
                       r"|(?:all\s+the\s+way\s+)?(?:to|until|through))\s+"
                       r"(?:år\s+|året\s+|the year\s+)?(20\d\d)\b")
# "får inga pengar alls under 2028", "har inga medel 2026", "no money in 2028": nothing in the year's column
_NO_SPENT_RE = re.compile(r"\b(?:inga|inget|ingen|utan|saknar|no|without)\s+(?:\w+\s+)?(?:pengar|medel|kostnader|utgifter|anslag"
                          r"|investeringar|money|funds?|funding|costs?|spending)\s+(?:alls\s+|at all\s+)?"
                          r"(?:(?:för|under|i|på|for|in|during)\s+)?(?:år\s+|året\s+|the year\s+)?(20\d\d)\b")
# "sjönk ... mellan 2024 och 2025", "increased from 2023 to 2024": the later year's column against the earlier's
_CHANGE_VERBS = (r"ökade|ökat|ökar|steg|stigit|växte|vuxit|sjönk|sjunkit|minskade|minskat|minskar|föll|fallit"
                 r"|tappade|tappat|tappar|förlorade|förlorat|vann|vunnit|sjunker|faller|stiger"
                 r"|increased?|rise|rose|risen|grew|grown|gained?|fall|falls|fell|fallen|decreased?|drop|dropped|declined?|lost|lose")
_CHANGE_RE = re.compile(rf"\b({_CHANGE_VERBS})\b[^.?]*?"
                        r"\b(?:mellan|från|between|from)\s+(20\d\d)\s+(?:och|till|and|to)\s+(20\d\d)\b")
# "sjönk jämfört med året innan", "saw their rating drop compared with the year before": the table's latest
# year's column against the one before it
_PRIOR_RE = re.compile(rf"\b({_CHANGE_VERBS}|{_COMPARATIVES})\b[^.?]*?"
                       r"\b(?:jämfört med|jämfört mot|mot|från|än|compared (?:with|to)|from|than)\s+(?:the\s+)?"
                       r"(?:föregående år|året innan|året före|förra året|fjolåret|previous year|year before|prior year|last year)")
# "avgifter som lämnas oförändrade", "fees that remain unchanged": the same in the latest year as the year before
_UNCHANGED_RE = re.compile(r"\b(oförändrad\w*|oförändrat|unchanged|(?:remain|stay)(?:s|ed)? the same|ligger kvar)\b")
# "ligger kvar på samma nivå 2027 som 2026", "the same in 2027 as in 2026": two years' columns alike
_SAME_RE = re.compile(r"\b(?:samma|lika|same)\b[^.?]*?\b(20\d\d)\b[^.?]*?\b(?:som|as)\b[^.?]*?\b(20\d\d)\b")
_CHANGE_WHAT = re.compile(r"\b(?:mellan|från|between|from)\s+(20\d\d)\s+(?:och|till|and|to)\s+(20\d\d)\b")
_RISE = ("ökade", "ökat", "ökar", "steg", "stigit", "stiger", "växte", "vuxit", "vann", "vunnit", "increase", "increased", "rise", "rose",
         "risen", "grew", "grown", "gain", "gained")


def _falls(low: str) -> bool:
    """Whether the question's change verb is a fall ("minskade", "sjönk", "decreased"), not a rise."""
    return any(m.group(1) not in _RISE for m in _CHANGE_VERB_RE.finditer(low))


_CHANGE_VERB_RE = re.compile(rf"\b({_CHANGE_VERBS})\b")

_OPS = (
    (Op.ge, r"minst|lägst|at least|no less than"), (Op.le, r"högst|som mest|at most|no more than|up to"),
    (Op.gt, r"över|mer än|fler än|större än|högre än|överstiger|more than|over|above|greater than|exceeding|larger than"),
    (Op.lt, r"under|mindre än|färre än|lägre än|understiger|less than|below|fewer than|under"),
)
_NUMBER = r"(\d{1,3}(?:[ \u00a0,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
_AMOUNT_RE = re.compile(r"(?:" + "|".join(f"(?P<{op.name}>{p})" for op, p in _OPS) + r")\s+" + _NUMBER
                        + r"\s*(?P<unit>" + "|".join(p for _, p in _UNIT_WORDS) + r")?(?![\w-])", re.I)
# "missade målet om högst 12", "did not reach the target of at least 90 %": the rows outside the bound
_MISSED = re.compile(r"\b(?:missed|miss|did not (?:reach|meet|achieve)|failed to (?:reach|meet|achieve)|(?:klarade|klarar|klarat|nådde|når|nått"
                     r"|uppfyllde|uppfyller|uppfyllt|uppnådde|uppnår)\s+(?:inte|ej)|(?:inte|ej)\s+(?:klarade|klarar|klarat|nådde|når"
                     r"|nått|uppfyllde|uppfyller|uppfyllt|uppnådde|uppnår)|missade|missat)\b[^.?,;]{0,40}$")
_NOT = {Op.ge: Op.lt, Op.le: Op.gt, Op.gt: Op.le, Op.lt: Op.ge, Op.eq: Op.eq}
# "10 eller mer", "(10 or more)", "5 mnkr eller mindre": the comparison after the number
_OR_MORE_RE = re.compile(_NUMBER + r"\s*(?P<unit>" + "|".join(p for _, p in _UNIT_WORDS) + r")?\s+(?:eller|or)\s+"
                         r"(?P<op>mer|fler|högre|större|över|more|higher|greater|larger|above|over|mindre|färre|lägre|under"
                         r"|less|fewer|lower|smaller|below)\b", re.I)
_OR_MORE = frozenset(("mer", "fler", "högre", "större", "över", "more", "higher", "greater", "larger", "above", "over"))
# "enbart till X", "till X ensam": words that narrow to one body, before it and after it
ONLY_BEFORE = ("enbart", "endast", "bara", "uteslutande", "only", "solely", "exclusively")
ONLY_AFTER = ("ensam", "ensamt", "alone")
_ONLY_RE = re.compile(rf"\b(?:{'|'.join(ONLY_BEFORE)})\s+(?:till\s+|to\s+)?(?P<who>[^?.,;:]+)"
                      rf"|\b(?:till|to)\s+(?P<alone>[^?.,;:]+?)\s+(?:{'|'.join(ONLY_AFTER)})\b")
_TOGETHER = re.compile(r"\b(tillsammans|gemensamt|together|jointly|or with)\b")
_YEAR_RULE = re.compile(rf"(?:(?P<cue>{_DEADLINE}|{_STARTING})\D{{0,25}}?|(?P<prep>före|innan|senast|efter|before|by|after|until)\s+)"
                        r"(?:(?:år|året|utgången av|slutet av|the end of|end of)\s+)?(?P<year>20\d\d)(?![\d-])", re.I)


_EN_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                    "ten": 10, "twenty": 20, "fifty": 50, "hundred": 100}
_SPELLED = {**NUMBER_WORDS, **_EN_NUMBER_WORDS, "en": 1, "ett": 1, "hundra": 100}
# "minst tre miljoner kronor", "more than two million": a number word before a unit is the number
_SPELLED_AMOUNT = re.compile(r"\b(" + "|".join(_SPELLED) + r")(?=\s+(?:" + "|".join(p for _, p in _UNIT_WORDS) + r")(?![a-z]))")
_HALF_MILLION = re.compile(r"\b(?:en\s+halv\s+miljon|half\s+a\s+million)\b")  # "över en halv miljon kronor"
# "fler än tio sammanträden", "more than ten": a number word compared is the number (not "ett": "minst ett
# mål som inte uppfylldes" counts no column its noun names)
_SPELLED_COMPARED = re.compile(r"\b(" + "|".join(p for _, p in _OPS) + r")\s+(" + "|".join(
    w for w, n in _SPELLED.items() if n >= 2) + r")\b")


# "i årsbokslutet 2025", "in the annual report for 2024": a year naming the document, not a column
_DOCUMENT_YEAR = re.compile(r"\b(?:" + "|".join(t for t in DOC_TYPES if t != GENERIC_TYPE)
                            + r"|plan|rapport|bokslut|annual report|report)\w*\s+(?:för\s+|for\s+)?(?:år\s+)?20\d\d\b")


# a one-letter code the question names by a cue ("marked P", "märkta med N", "status P", "kod B") or in
# quotes ("'P'"), as written (upper case)
_CODE_RE = re.compile(r"(?:\b(?:marked|märkt[a]?|markerade?|status|code|kod|koden|with|med)\s+(?:as\s+|som\s+|med\s+)?"
                      r"[\"'“”‘’(]?|[\"'“”‘’])([A-ZÅÄÖ])(?:[\"'“”‘’)]|\b)(?![\w-])")


# a value in quotes: an opening quote after a space (not the apostrophe of "Ivringe's"), a closing one before a non-letter
_QUOTED = re.compile(r"(?:(?<=\s)|^)[\"'“”‘’«»]([^\"'“”‘’«»?]{2,40}?)[\"'“”‘’«»](?![^\W\d_])")


# "högst meritvärde", "de tre största investeringarna", "the two lowest shares" (not "högst 12", "at most", "minst")
_RANK_WORDS = ("högsta", "högst", "största", "störst", "flest", "highest", "largest", "biggest", "greatest", "most",
               "lägsta", "lägst", "minsta", "färst", "lowest", "smallest", "fewest")
_LARGEST = frozenset(_RANK_WORDS[:10])
_COUNT = r"\d{1,2}|" + "|".join(w for w, n in _SPELLED.items() if 2 <= n <= 10)  # "tre", "3", "three"
_RANK_RE = re.compile(rf"(?<!\bat )\b(?:(?:de|the)\s+)?(?:(?P<n>{_COUNT})\s+)?(?P<w>" + "|".join(_RANK_WORDS) + r")\b(?!\s*(?:\d|(?:"
                      + "|".join(w for w in _SPELLED if w not in ("en", "ett")) + r")\b))")
_WHICH_N = re.compile(rf"\b(?:vilka|which)\s+({_COUNT})\b")  # "which two libraries had the fewest"
# "färre inspektioner än planerat under 2026", "more than budgeted": what was done against what was planned
_PLANNED_RE = re.compile(rf"\b(?P<cmp>{_FOLDED_COMPARATIVES})\b[^.?]{{0,60}}?\b(?:an|than)\s+(?:vad som\s+|what was\s+|(?:in\s+)?the\s+)?"
                         r"(?:planerat|planerade|planerades|budgeterat|budgeterade|beraknat|planned|budgeted|plan|budget)\b(?!\s+20\d\d)")


def typed_rules(question: str, lang: str = "sv") -> list[Rule]:
    """The dates and amounts a question constrains rows by, from their cue words."""
    rules: list[Rule] = []
    text = question if lang != "en" else re.sub(r"(?<=\d),(?=\d{3}\b)", " ", question)
    low = _HALF_MILLION.sub("0.5 miljoner" if lang == "en" else "0,5 miljoner", mid_year(text.lower()))
    low = _SPELLED_AMOUNT.sub(lambda m: str(_SPELLED[m.group(1)]), low)
    low = _SPELLED_COMPARED.sub(lambda m: f"{m.group(1)} {_SPELLED[m.group(2)]}", low)
    for f in extract_figures(text):
        if f.unit == "datum":
            before = low[max(0, f.start - 25) : f.start]
            op = (Op.le if re.search(r"\b(före|innan|senast|before|by|until|no later than)\W*$", before)
                  else Op.ge if re.search(r"\b(efter|from|after|från och med)\W*$", before) else Op.eq)
            rules.append(DateRule(op, str(f.value)))
    folded_q = fold(low)
    for m in _QUARTER_RE.finditer(folded_q):
        quarter = _ORDINAL[m.group("ord")] if m.group("ord") else int(m.group("num"))
        prep = re.search(r"\b(fore|innan|senast|efter|before|by|after|until)\s+(?:\w+\s+){0,3}$", folded_q[: m.start()])
        word = prep.group(1) if prep else ""
        op = (Op.lt if word in ("fore", "innan", "before") else Op.le if word in ("senast", "by", "until")
              else Op.gt if word in ("efter", "after") else Op.eq)
        rules.append(DateRule(op, f"{m.group('year')}-Q{quarter}"))
    if not any(isinstance(r, DateRule) for r in rules):
        for m in _MONTH_YEAR.finditer(folded_q):  # "senast i juni 2026": to the month
            prep = re.search(r"\b(fore|innan|senast|efter|before|by|after|until)\s+(?:\w+\s+){0,3}$", folded_q[: m.start()])
            word = prep.group(1) if prep else ""
            op = (Op.lt if word in ("fore", "innan", "before") else Op.le if word in ("senast", "by", "until")
                  else Op.gt if word in ("efter", "after") else Op.eq)
            rules.append(DateRule(op, _month(m.group(0)) or m.group(2)))
    if not any(isinstance(r, DateRule) for r in rules):
        for m in _YEAR_RULE.finditer(low):
            prep = re.search(r"\b(före|innan|senast|efter|before|by|after|until)\s+(?:\w+\s+){0,3}$", low[: m.start("year")])
            word = prep.group(1) if prep else ""
            op = (Op.lt if word in ("före", "innan", "before") else Op.le if word in ("senast", "by", "until")
                  else Op.gt if word in ("efter", "after") else Op.eq)
            rules.append(DateRule(op, m.group("year")))
    asked = frozenset(tokenize(f"{question} {swedish_terms(question) if lang == 'en' else ''}"))
    target_given = False  # "missed the target of at most 12": the question gives the target
    for m in _AMOUNT_RE.finditer(low):
        value = parse_swedish_number(m.group(len(_OPS) + 1).replace(",", " ") if lang == "en" else m.group(len(_OPS) + 1))
        op = next(op for op in Op if op.name in m.groupdict() and m.group(op.name))
        if _MISSED.search(low[: m.start()]):  # the rows outside it: more than 12
            op, target_given = _NOT[op], True
        unit = unit_of(m.group("unit")) if m.group("unit") else None
        if value is None or (unit is None and _YEAR_CELL.match(m.group(len(_OPS) + 1))):
            continue  # "under 2025" is a year, not an amount
        years = re.findall(r"(?<![\d-])(20\d\d)(?![\d-])", _DOCUMENT_YEAR.sub(" ", low))
        increase = (_INCREASE_AFTER.match(low[m.end():]) or _INCREASE_BEFORE.search(low[: m.start()])) \
            and len(set(years)) == 2
        rules.append(AmountRule(op, value, unit, years[0] if len(years) == 1 else None,
                                None if unit else _counted_column(low[m.end():], lang) or _measured_column(low[: m.start()], lang),
                                tuple(sorted(set(years))) if increase else None,  # type: ignore[arg-type]
                                asked, _MONTH_NUMBER[month.group(1)] if (month := _MONTH_YEAR.search(folded_q)) else None,
                                _falls(low)))
    for m in _OR_MORE_RE.finditer(low):
        value = parse_swedish_number(m.group(1).replace(",", " ") if lang == "en" else m.group(1))
        unit = unit_of(m.group("unit")) if m.group("unit") else None
        if value is None or (unit is None and _YEAR_CELL.match(m.group(1))):
            continue
        years = re.findall(r"(?<![\d-])(20\d\d)(?![\d-])", _DOCUMENT_YEAR.sub(" ", low))
        rules.append(AmountRule(Op.ge if m.group("op") in _OR_MORE else Op.le, value, unit, years[0] if len(years) == 1 else None,
                                None if unit else _measured_column(low[: m.start()], lang), None, asked))
    for m in _SIGN_RE.finditer(low):
        rules.append(SignRule(m.group(1).startswith("neg"), frozenset(tokenize(m.group(2)))))
    for m in _BUDGET_RE.finditer(low):  # a negative deviation is spending over budget (Swedish accounts)
        rules.append(SignRule(m.group(1) in ("över", "over"), DEVIATION_COLUMNS))
    for m in _EXCEED_RE.finditer(low):
        rules.append(SignRule(not m.group(1).startswith("under"), DEVIATION_COLUMNS))
    if _BACK_RE.search(low):
        rules.append(SignRule(True, DEVIATION_COLUMNS))
    if column := next((stem for pattern, stem in _AMOUNT_VERBS if pattern.search(folded_q)), None):
        rules = _in_column(rules, column)  # "fick minst 50 000 kronor": the granted column, not the applied-for
    if any(isinstance(r, SignRule) and r.column == DEVIATION_COLUMNS for r in rules):
        # "mer än fem miljoner kronor över budget": the deviation's amount ("2 mnkr under their 2026 budget": the
        # year is the budget's, not the amount's column)
        rules = [replace(r, column_year=None) if isinstance(r, AmountRule) else r for r in _in_column(rules, "avvik")]
    for m in _RESULT_RE.finditer(low):  # "gå med underskott": a negative result (against budget: a deviation)
        against_budget = bool(re.match(r"\s+(mot|against|compared to|jämfört med)\s+(sin\s+)?budget", low[m.end():]))
        if m.group(1) in ("plus", "minus") and not against_budget:  # "plus moms": no sign asked
            continue
        # a unit with no result column of its own goes with a deficit by its deviation from the budget
        rules.append(SignRule(m.group(1) in ("underskott", "deficit", "minus"),
                              DEVIATION_COLUMNS if against_budget else RESULT_COLUMNS,
                              frozenset() if against_budget else DEVIATION_COLUMNS))
    folded = fold(low)
    group = sex_group(question, lang=lang)  # the sex asked about
    asked_years = re.findall(r"(?<![\d-])(20\d\d)(?![\d-])", _DOCUMENT_YEAR.sub(" ", low))
    for m in _REFERENCE_RE.finditer(folded):
        word = m.group("cmp") or m.group("pos")
        more = word in {fold(w) for w in _MORE} or word in ("over", "above") or word.startswith(("overstig", "exceed"))
        rules.append(ReferenceRule(Op.gt if more else Op.lt, bool(m.group("nat")),
                                   asked_years[0] if len(set(asked_years)) == 1 else None, group, word in _JUDGED, asked))
    for m in _MORE_RE.finditer(low) if not any(isinstance(r, ReferenceRule) for r in rules) else ():
        rules.append(ColumnRule(Op.gt if m.group(1) in _MORE else Op.lt, m.group(2), m.group(3), m.group(1) in _JUDGED, group))
    for m in _YEAR_MORE_RE.finditer(low) if not any(isinstance(r, (ColumnRule, ReferenceRule)) for r in rules) else ():
        rules.append(ColumnRule(Op.gt if m.group(2) in _MORE else Op.lt, m.group(1), m.group(3), m.group(2) in _JUDGED, group))
    for m in _RANK_RE.finditer(low):
        n = m.group("n") or (w.group(1) if (w := _WHICH_N.search(low)) else None)
        if not n:  # "vilka skolor har högst ...", "de största riskerna": how many is not said; the table, whole
            continue
        rules.append(RankRule(m.group("w") in _LARGEST, int(n) if n and n.isdigit() else _SPELLED.get(n or "", 1),
                              asked_years[0] if len(set(asked_years)) == 1 else None, group, asked))
    for m in _PLANNED_RE.finditer(folded):
        rules.append(TargetRule(Op.gt if m.group("cmp") in {fold(w) for w in _MORE} else Op.lt, planned=True,
                                forecast=bool(_FORECAST_ASKED.search(folded)),
                                year=asked_years[0] if len(set(asked_years)) == 1 else None))
    if not target_given and not any(isinstance(r, TargetRule) for r in rules):  # a given target bounds the rows' numbers
        if m := _REACHED.search(folded):  # "nådde inte upp till sitt målvärde": the outcome against the target
            rules.append(TargetRule(Op.lt if m.group("not") or m.group("missed") else Op.ge))
        elif m := _OUTCOME_VS_TARGET.search(folded):
            rules.append(TargetRule(Op.gt if re.fullmatch(_ABOVE, m.group("op")) else Op.lt))
        elif m := _TARGET_VS_OUTCOME.search(folded):  # "a target higher than the outcome": the outcome below it
            rules.append(TargetRule(Op.lt if re.fullmatch(_ABOVE, m.group("op")) else Op.gt))
    for m in _NUMBERED_RE.finditer(folded):
        rules.append(NumberedRule(_SERIES_SV.get(m.group(1), m.group(1)), m.group(2)))
    for m in _SPENT_RE.finditer(low):
        rules.append(SpentRule(m.group(1)))
    for m in _NO_SPENT_RE.finditer(low):
        rules = [r for r in rules if not (isinstance(r, DateRule) and r.value == m.group(1))]  # the year picks a column
        rules.append(SpentRule(m.group(1), none=True))
    for m in _CHANGE_RE.finditer(low):
        rules.append(ColumnRule(Op.gt if m.group(1) in _RISE else Op.lt, m.group(3), m.group(2), group=group))
    for m in _PRIOR_RE.finditer(low) if not any(isinstance(r, ColumnRule) for r in rules) else ():
        rules.append(ColumnRule(Op.gt if m.group(1) in _RISE or m.group(1) in _MORE else Op.lt, "", ""))
    for m in _SAME_RE.finditer(low) if not any(isinstance(r, ColumnRule) for r in rules) else ():
        rules.append(ColumnRule(Op.eq, m.group(1), m.group(2)))
    if _UNCHANGED_RE.search(low) and not any(isinstance(r, ColumnRule) for r in rules):
        rules.append(ColumnRule(Op.eq, "", ""))  # "lämnas oförändrade": the latest year's as the year before's
    if not any(isinstance(r, (ColumnRule, ReferenceRule, TargetRule, RankRule, AmountRule)) for r in rules):
        for m in _NAMED_MORE_RE.finditer(low):  # "fler hyresrätter än bostadsrätter": two columns of a row
            first, second = (frozenset(tokenize(f"{g} {swedish_terms(g) if lang == 'en' else ''}")) for g in m.group(2, 3))
            if first - second and second - first:  # "rental flats" against "tenant-owned flats": not "flats"
                rules.append(NamedColumnRule(Op.gt if m.group(1) in _MORE else Op.lt, first - second, second - first))
    for m in _CODE_RE.finditer(question):
        rules.append(CodeRule(m.group(1)))
    for m in _QUOTED.finditer(question):
        if not _CODE_RE.search(m.group(0)):
            rules.append(QuotedRule(fold(m.group(1)).strip()))
    rules += [PartyRule(abbr, pattern) for abbr, pattern in parties_named(folded)]
    if (m := _ONLY_RE.search(low)) and not _TOGETHER.search(low):
        who = m.group("who") or m.group("alone")
        stems = (tokenize(swedish_terms(who)) if lang == "en" else []) or tokenize(who)  # the English body in Swedish
        if stems:
            rules.append(OnlyRule(frozenset(stems)))
    end = True if _END_ASKED.search(low) else False if _START_ASKED.search(low) else None
    return [replace(r, end=end) if isinstance(r, DateRule) and end is not None else r for r in rules]


def _counted_column(after: str, lang: str) -> str | None:
    """The stem of the noun right after a count ("59 500 flickor"), which names the column to
    compare in; an English noun through the glossary ("boys": the column "Pojkar")."""
    noun = re.match(r"\s+([a-zåäö]{3,})", after)
    if not noun:
        return None
    word = ((swedish_terms(noun.group(1)) if lang == "en" else "") or noun.group(1)).split()[0]
    stems = tokenize(word)
    return stems[0] if stems else None


_MEASURE_GLUE = frozenset("på av om med har hade är var som ett en the a an of has have had is was with".split())


def _in_column(rules: list[Rule], stem: str) -> list[Rule]:
    """The rules, each amount that names no column of its own compared in the column `stem` names."""
    return [replace(r, column_word=stem) if isinstance(r, AmountRule) and not r.column_word and not r.change else r
            for r in rules]


def _measured_column(before: str, lang: str) -> str | None:
    """The stem of the noun that a bare number is compared on, written before it: "ett
    riskvärde på minst 12", "a risk value of at least 12" (an English phrase through the
    glossary, "risk value": riskvärde)."""
    words = re.findall(r"[a-zåäöé-]+", before)[-4:]
    while words and words[-1] in _MEASURE_GLUE:
        words.pop()
    if not words or len(words[-1]) < 4:
        return None
    if lang == "en":
        word = (swedish_terms(" ".join(words[-2:])) or swedish_terms(words[-1]) or "").split()
        word = word[0] if word else ""
    else:
        word = words[-1]
    stems = tokenize(word)
    return stems[0] if stems else None


# "vilka begrepp gäller dagvatten", "which items concern security": the words after such a verb
# say what the rows are about, in their own text as much as in their category cells.
_TOPIC = re.compile(r"\b(?:gäller|gällde|rör|rörde|berör|berörde|avser|avsåg|handlar om|handlade om|angående|nämner|nämnde|"
                    r"innehåller|innehöll|concern(?:s|ed|ing)?|about|"
                    r"regarding|relat(?:e|es|ing) to|deal(?:s)? with|involv(?:e|es|ing)|mention(?:s)?)\s+(?:att\s+)?"
                    r"((?:[a-zåäöéü-]+\s*){1,3})")


# a body named in the question ("tekniska nämnden", "kommunstyrelsen"; not "förvaltningen" alone, the
# document's own): a name, which a table printing the responsible body in the action's own cell ("Bygg
# ut fiber ... Tekniska nämnden") says in free text
_ORGAN_NAMED = re.compile(r"\b(?:[a-zåäöé]+(?:iska|ala|ella|liga|ära)\s+|[a-zåäöé-]{2,})(?:nämnd|styrelse|förvaltning)(?:en|ens|n|ns)?\b")


def question_words(question: str, lang: str, splitter: CompoundSplitter | None = None) -> list[WordRule]:
    """Every content word of the question as a candidate word rule, with its synonyms; an
    English question through the glossary's Swedish terms. Dates, amounts and their cue words
    are left to `typed_rules`."""
    names = {fold(w) for w in re.findall(r"(?<=[\w,;:)] )[A-ZÅÄÖ][\wåäöé-]{2,}", question)}
    text = question.lower()
    for f in reversed([f for f in extract_figures(text) if f.unit == "datum"]):
        text = text[: f.start] + " " + text[f.end :]
    text = _MONTH_YEAR.sub(" ", mid_year(text))  # "juni 2026" is a date rule's
    text = _QUARTER_RE.sub(" ", text)  # and so is "andra kvartalet 2027" ("andra" picks no rows saying "andra")
    text = _HALF_MILLION.sub("0,5 miljoner", text)
    for typed in (_AMOUNT_RE, _BUDGET_RE, _SIGN_RE):  # their words are the typed rules'
        text = typed.sub(" ", text)
    text = _MORE_RE.sub(" ", text)  # "lägre ram i budget 2025 än i budget 2024": the columns' words
    text = _OR_MORE_RE.sub(" ", text)
    if len(fold(text)) == len(text):  # "lägre andel än riket": the reference is the rule's, not a word rows say
        for m in _REFERENCE_RE.finditer(fold(text)):
            for g in ("cmp", "pos", "nat", "whole"):
                if m.group(g):
                    text = text[: m.start(g)] + " " * (m.end(g) - m.start(g)) + text[m.end(g):]
    for phrase, word in _PERIODICITY + _STATES:  # "två gånger om året": a plan's frequency cell says "Halvårsvis"
        text = phrase.sub(f" {word} ", text)
    # a change's verb and years are its rule's; what changed is a word: "ökade sjukfrånvaron mellan 2024 och
    # 2025" is asked of the table of sick leave, not of staff numbers
    text = _CHANGE_RE.sub(lambda m: " " + _CHANGE_WHAT.sub(" ", m.group(0)[len(m.group(1)):]), text)
    text = _EXCEED_RE.sub(lambda m: f" {m.group(2)} ", text)
    text = re.sub(r"\b(19|20)\d\d\b|\b(senast|före|innan|efter|before|after|by)\b", " ", text)
    dated = bool(re.search(r"\d", question))  # "klara 2024": the cue of a date rule, no word rule
    topics = {fold(w) for m in _TOPIC.finditer(question.lower()) for w in m.group(1).split()}
    topics |= {fold(w) for m in _ORGAN_NAMED.finditer(question.lower()) for w in m.group(0).split()}
    alternatives: list[WordRule] = []
    if lang == "en":  # an English phrase says any of its Swedish equivalents ("investment": investering or investeringsbudget)
        for phrase, swedish in english_pairs(text):
            stems = frozenset(t for w in swedish.split() if len(t := _first_term(w, splitter)) >= 3) | {
                fold(w)[:3] for w in swedish.split() if fold(w) in _MONTHS_FOLDED}  # "august": "augusti", "aug"
            negated = bool(re.search(rf"\b(?:not|no|never)\s+(?:yet\s+)?(?:(?:been|be|being)\s+)?{re.escape(phrase)}\b", text))
            if stems and not any(r.stems == stems for r in alternatives):
                alternatives.append(WordRule(phrase, stems, negated, False, any(fold(x) in topics for x in phrase.split())))
            text = re.sub(rf"\b{re.escape(phrase)}\b", " ", text)
    rules: dict[str, WordRule] = {}
    negate = False
    for word in re.findall(r"[a-zåäöéü-]+", text):
        w = fold(word).strip("-")
        if w in _NEGATION:
            negate = True
            continue
        if negate and w in _STILL:  # "inte ännu påbörjats", "not yet started": the negation goes on
            continue
        term = _first_term(w, splitter)
        if len(term) < 3 or (dated and re.fullmatch(_DEADLINE, word)):
            negate = False
            continue
        stems = {term}
        if (noun := bare_noun(w)) and len(bare := _first_term(noun, splitter)) >= 4:
            stems.add(bare)  # "kommundirektören" meets a cell "Kommundirektör" (`bare_noun`)
        if w[:3] in _MONTH_SHORT and fold(w) in {fold(m) for m in MONTHS}:
            stems.add(w[:3])
        rules.setdefault(term, WordRule(word, frozenset(stems), negate, w in names, w in topics))
        negate = False
    return list(rules.values()) + [r for r in alternatives if not any(r.stems & o.stems for o in rules.values())]


# a row's state in the words a status or assessment cell uses: "hamnat efter tidplanen" is "Försenad",
# "utvecklats åt fel håll" is "Fel riktning"
_STATES = tuple((re.compile(p), w) for p, w in (
    (r"\b(?:hamnat|ligger|legat|är|var|kommit)\s+efter\s+(?:i\s+)?(?:tids?plan\w*|planen)\b|\bbehind schedule\b"
     r"|\b(?:fallen|fell|falling|lagging)\s+behind\b", "försenad"),
    (r"\b(?:åt|i|mot)\s+fel\s+(?:håll|riktning)\b|\b(?:in\s+)?the\s+wrong\s+direction\b", "fel riktning"),
    (r"\b(?:åt|i|mot)\s+rätt\s+(?:håll|riktning)\b|\b(?:in\s+)?the\s+right\s+direction\b", "rätt riktning"),
    (r"\b(?:inte|ej|icke|not)\s+(?:på\s+plats|närvarande|present)\b", "frånvarande"),  # a roll call's "Frånvarande"
))

# how often, in the words a frequency column uses
_TIMES = r"(?:(?:gånger|gång)\s+(?:om|per|i|varje)\s+(?:året|år)|times\s+(?:a|per|each|every)\s+year)"
_PERIODICITY = tuple((re.compile(p), w) for p, w in (
    (rf"\b(?:två|2|two)\s+{_TIMES}|\btwice\s+(?:a|per|each|every)\s+year\b|\bvarje halvår\b|\bvar sjätte månad\b"
     r"|\bhalf-yearly\b|\bevery six months\b", "halvårsvis"),
    (rf"\b(?:tre|3|three)\s+{_TIMES}|\bvarje tertial\b|\bvar fjärde månad\b|\bevery four months\b", "tertialvis"),
    (rf"\b(?:fyra|4|four)\s+{_TIMES}|\bvarje kvartal\b|\bvar tredje månad\b|\bevery quarter\b|\bquarterly\b", "kvartalsvis"),
    (r"\b(?:en|1)\s+gång\s+(?:i|per|om|varje)\s+månad(?:en)?\b|\bvarje månad\b|\b(?:tolv|12)\s+gånger\s+(?:om|per|i)\s+(?:året|år)\b"
     r"|\bevery month\b|\bmonthly\b|\bonce\s+a\s+month\b", "månadsvis"),
    (rf"\b(?:en|1)\s+{_TIMES}|\bvarje år\b|\bonce\s+(?:a|per|each|every)\s+year\b|\bannually\b|\bevery year\b", "årligen"),
))
_HEAD_MIN = 6  # a shorter word ends too many unrelated ones ("ram" in "program")
_STILL = frozenset({"yet", "annu", "alls", "helt", "been", "be", "har", "hade", "blivit", "varit"})


def _first_term(word: str, splitter: CompoundSplitter | None) -> str:
    """A word's term as rules compare it: its state's canonical form ("=pagaende"), else its first token."""
    w = fold(word)
    terms = [_CANON[w]] if w in _CANON else tokenize(w, splitter)
    return terms[0] if terms else ""


# Words a question and a table use for the same state of a row (status cells), with their
# inflections: each group reads as one token, so "samtliga" does not meet "samt" (its stem).
EQUIVALENT: tuple[tuple[str, ...], ...] = (
    ("pågående", "pågår", "påbörjad", "påbörjade", "påbörjat", "påbörjats", "startad", "startade", "ongoing", "started",
     "börjat", "började", "börjats", "begun"),
    ("klar", "klara", "klart", "avslutad", "avslutade", "avslutat", "avslutats", "genomförd", "genomförda", "genomfört",
     "genomförts", "slutförd", "slutförda", "slutfört", "completed", "finished"),
    ("uppnådd", "uppnådda", "uppnått", "uppnås", "uppfylld", "uppfyllda", "uppfyllt", "uppfylls", "achieved"),
    ("försenad", "försenade", "försenat", "försenats", "försening", "förseningar", "delayed", "overdue"),
    ("samtliga", "alla", "all"),
    ("årlig", "årliga", "årligen", "årsvis", "annually", "yearly"),  # and a cell that says only "År" (`view`)
    ("öka", "ökar", "ökad", "ökade", "ökat", "ökning", "ökningen", "increase", "increased"),
    ("minska", "minskar", "minskad", "minskade", "minskat", "minskning", "minskningen", "decrease", "decreased", "reduce"),
    # strong verbs of decisions, whose past the stemmer does not meet: "avslog" and "att avslå"
    ("avslå", "avslår", "avslog", "avslagit", "avslagits", "avslås", "avslagen", "avslagna", "avslag", "reject",
     "rejected", "refused", "declined"),
    ("anta", "antar", "antog", "antagit", "antagits", "antas", "antagen", "antagna", "adopt", "adopted"),
    # the colours of a traffic-light assessment ("Bedömning: Gul"), whose inflections are too short to stem
    ("grön", "grönt", "gröna", "green"),
    ("gul", "gult", "gula", "yellow", "amber"),
    ("röd", "rött", "röda", "red"),
    # the bodies a decision-level or responsible column abbreviates ("Beslut: KS")
    ("kommunstyrelsen", "kommunstyrelse", "kommunstyrelsens", "ks"),
    ("kommunfullmäktige", "kommunfullmäktiges", "kf"),
    ("regionstyrelsen", "regionstyrelse", "regionstyrelsens", "rs"),
    ("regionfullmäktige", "regionfullmäktiges", "rf"),
)
_CANON = {fold(w): "=" + fold(group[0]) for group in EQUIVALENT for w in group}


# a verb's noun of action, as a header names the column ("annonsera": "Planerad annonsering", "redovisa": "Redovisning")
_ACTION_NOUN = ("ing", "ingen", "ingar", "ning", "ningen", "ningar")


def _selected(stem: str, selecting: set[str]) -> bool:
    """Whether a question word is one of the `selecting` stems, or the verb of one's noun of action."""
    return inflected(stem, selecting) or len(stem) >= 4 and any(
        s.startswith(stem) and s[len(stem):] in _ACTION_NOUN for s in selecting)


def word_rules(candidates: list[WordRule], rows: list[RowView], selecting: set[str], max_share: float) -> list[WordRule]:
    """The question words that pick rows here: said by some rows and not by every one (at most
    `max_share` of them), and not among the `selecting` stems (caption, header, list nouns) that
    chose the table."""
    out = []
    for rule in candidates:
        if any(_selected(s, selecting) for s in rule.stems):
            continue
        n = sum(rule.holds(r) for r in rows)
        if 0 < n < len(rows) and n <= max_share * len(rows):
            out.append(rule)
    return out


def bound(typed: list[Rule], rows: list[RowView]) -> list[Rule]:
    """The rules, those that compare a row with its table's reference row knowing it among `rows`."""
    return [r.bound(rows) if isinstance(r, (ReferenceRule, RankRule)) else r for r in typed]


def kept(rows: list[RowView], typed: list[Rule], words: list[WordRule], strict: bool = True) -> list[RowView]:
    """The rows meeting every typed rule (that applies to this table) and every word rule; not
    `strict`: when no row meets all word rules, those meeting the most of them."""
    hard = [r for r in bound(typed, rows) if r.applies(rows)]
    rows = [r for r in rows if all(rule.holds(r) for rule in hard)]
    if not words:
        return rows
    met = [sum(w.holds(r) for w in words) for r in rows]
    best = max(met, default=0)
    if strict:
        return [r for r, m in zip(rows, met) if m == len(words)]
    return [r for r, m in zip(rows, met) if m == best and m > 0] if best else rows
