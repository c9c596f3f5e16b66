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

`conditions` reads them from the question by their cue words. A word is a constraint only
against the rows it is matched with (`word_rules`): a question word that some rows say and
others do not picks those rows; a word in every row, or in none, chose the table (or nothing)
and filters nothing. Pure functions; nothing here reads the index.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum

from insyn.ingest.generic import DASHES
from insyn.ingest.figures import MONTHS, TIME_COLUMN, context_year, extract_figures, is_identifier, is_reference, one_number
from insyn.ingest.numbers import parse_swedish_number
from insyn.ingest.swedish import CompoundSplitter, fold, inflected, tokenize
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
UNIT_WORDS = (("mdkr", r"mdkr|miljarder?(?: kronor)?|billion"), ("mnkr", r"mnkr|mkr|msek|miljon(?:er)?(?: kronor)?|million"),
               ("tkr", r"tkr|tusen(?:tals)? kronor|ksek|thousand"), ("kr", r"kr|kronor|sek"), ("procent", r"%|procent|per ?cent"))
_UNIT_RE = re.compile(r"(?<![a-z])(" + "|".join(p for _, p in UNIT_WORDS) + r")(?![a-z])")
NEGATION = {"ej", "inte", "ingen", "inga", "icke", "not", "no"}
YEAR_IN = re.compile(r"(?:19|20)\d\d")  # a year a column's name holds ("Budget 2026", "Totalt 2026–2029")
_UNNAMED = re.compile(r"v\d+|\d*")  # a column the parser numbered, or none
YEAR_CELL = re.compile(r"^(19|20)\d\d$")
_MARK = re.compile(r"[xX✓✔☑•]")  # a cell that only marks its column (a roll call's "Ja", "Nej", "Avstår")
# a cell that says when by a year alone, or by a part of one: "2024", "hösten 2025", "kv 3 2026", "Q4 2024",
# "december 2025" (folded) -- a deadline or a start column ("Klart", "Tidplan") that gives no day
_WHEN_CELL = re.compile(r"(?:(?:(?:var|host|sommar|vinter)(?:en|n)?|jan\w*|feb\w*|mars|april|maj|juni|juli|aug\w*|sep\w*"
                        r"|okt\w*|nov\w*|dec\w*|(?:tertial|halvar)\s?[1-4]|(?:kv|q|kvartal)\.?\s?([1-4]))\s+)?((?:19|20)\d\d)")
# a month and a year, in a cell or a question ("juni 2026", "June 2026", "jun 2026"): a date to the month
MONTH_NUMBER = {**{fold(m)[:3]: n for m, n in MONTHS.items()}, "may": 5, "oct": 10}
_MONTH_STEM = "(" + "|".join(MONTH_NUMBER) + r")[a-z]*\.?"  # "okt", "oktober", "Okt.", "October" (folded)
MONTH_YEAR = re.compile(rf"\b{_MONTH_STEM}\s+((?:19|20)\d\d)\b")
_MONTH_COLUMN = re.compile(rf"{_MONTH_STEM}(?:\s+(?:19|20)\d\d)?")  # a table's column of one month


def column_month(name: str) -> int | None:
    """The month a table's column names ("Mar", "Okt 2026", "oktober"), or None."""
    m = _MONTH_COLUMN.fullmatch(fold(name).strip())
    return MONTH_NUMBER[m.group(1)] if m else None


# ungrouped numbers of four or more digits alone in brackets identify ("(6015, 6119)"); amounts
# of that size are written "6 015" (`figures.is_identifier` reads one alone in its brackets)
_CODES = re.compile(r"\((\d{4,}(?:,\s*\d{4,})*)\)")


def unit_of(text: str) -> str | None:
    """The unit a header, caption or cell names ("Belopp (tkr)", "5,2 mnkr", "90 %")."""
    m = _UNIT_RE.search(fold(text))
    if m is None:
        return None
    return next(u for u, p in UNIT_WORDS if re.fullmatch(p, m.group(1)))


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


ABBREVIATED_PREFIX = 5  # "hr-chefen": "hrche", which "HR-chef" and "HR-chefen" spell and "IT-chef" does not
_ABBREVIATED = re.compile(r"\b[a-z]{2}-[a-z]{3,}")  # folded: "hr-chef", "it-avdelningen", "va-plan"


def abbreviated(texts: Iterable[str]) -> set[str]:
    """The compounds headed by an abbreviation in `texts` ("HR-chef", "IT-avdelningen"), as one
    stem each: the two letters and the head's first ones run together ("hrche", "itavd"). The
    abbreviation alone is too short a word to tell rows by, and the head ("chef") ends many."""
    return {m.group(0).replace("-", "")[:ABBREVIATED_PREFIX] for text in texts for m in _ABBREVIATED.finditer(fold(text))}


def view(record: Record, context: str, splitter: CompoundSplitter | None = None,
         free_columns: frozenset[str] = frozenset(), caption: bool = True) -> RowView:
    """Read a row once: `context` is what stands around it (parent row, document), with its
    caption unless that is a legend of the rows' values (`caption` false, see `legend`)."""
    fields = record.fields
    marked = [k for k, v in fields.items() if _MARK.fullmatch(v.strip())]  # "Nej: X" in a roll call says "nej"
    classifying = [*(v for k, v in fields.items() if k not in free_columns), *marked, record.section, context,
                   record.caption if caption else ""]
    said, negated = _words(classifying, splitter)
    said |= abbreviated(classifying)
    free, _ = _words([v for k, v in fields.items() if k in free_columns], splitter)
    free |= abbreviated([v for k, v in fields.items() if k in free_columns])
    # a free-text cell opening with its verdict ("Avslag. Ansökan kom in för sent.", "Delvis bifall. ...") is classified by it
    said |= _words([m.group(1) for k, v in fields.items() if k in free_columns and (m := _VERDICT.match(v))], splitter)[0]
    if m := _DECISION.match(record.text):  # "att avslå ansökan från ...": the decision's kind classifies it
        said |= _words([m.group(1)], splitter)[0]
    if any(fold(v).strip() == "ar" for v in fields.values()):  # a periodicity "År": yearly ("är" folds alike)
        said.add(CANON["arlig"])
    year = context_year(record.caption, record.section) or context_year(context)  # of "27/10" in a meeting grid
    counts = sum(1 for v in fields.values() if _COUNT_CELL.fullmatch(v.strip()) and not YEAR_CELL.fullmatch(v.strip()))
    dated = tuple((k, str(f.value)) for k, v in fields.items() for f in extract_figures(v, year) if f.unit == "datum") + tuple(
        (k, f"{m.group(2)}-Q{m.group(1)}" if m.group(1) else month_of(fold(v).strip()) or m.group(2))
        for k, v in fields.items() if (m := _WHEN_CELL.fullmatch(fold(v).strip()))
        and not (counts >= _COUNTS_AROUND and m.group(0) == m.group(2) and not _TIME_NAME.search(fold(k))))
    dates = tuple(d for _, d in dated)
    # the table's unit: its caption's, or the label column's name's ("Nämnd och verksamhet, tkr", "Mnkr")
    table_unit = fields.get("unit") or unit_of(record.caption) or (unit_of(record.header[0]) if record.header else None) or None
    amounts = []
    for column, cell in fields.items():
        if column in ("unit",) or not cell or _ID_COLUMN.fullmatch(fold(column).strip()):
            continue
        codes = {c for group in _CODES.findall(cell) for c in re.findall(r"\d+", group)}
        for f in extract_figures(one_number(cell), year):
            if f.unit in ("datum", "år") or (isinstance(f.value, float) and YEAR_CELL.match(f.text.strip())):
                continue
            if f.text.strip() in codes or is_reference(f, cell) or is_identifier(f, cell):  # "(6012, 6015)", "§ 142", "KS 2026/208"
                continue
            unit = f.unit if f.unit != "antal" else (unit_of(column) or table_unit)
            amounts.append((column, float(f.value), unit))
    return RowView(record, frozenset(said), frozenset(negated), frozenset(free), dates, tuple(amounts), dated)


# a column of numbers that identify ("Projnr", "Ärendenummer", "Nr", "Id"): no amounts
_ID_COLUMN = re.compile(r"[a-z. ]*(?:nr|nummer)\.?|id|kod")
# a bare four-digit cell among a row's counts ("Övertid, timmar | 2140 | 1 860 | 2480 | 1930") is a count, not a
# year, unless its column names a time ("År", "Klart", "Slutår", "Period")
_COUNT_CELL = re.compile(r"[−–+-]?\d{1,3}(?:[ \u00a0]?\d{3})*(?:,\d+)?")
_COUNTS_AROUND = 2
_TIME_NAME = re.compile(r"\bar\b|byggar|artal|klar|slut|start|datum|period|\btid\b|year|date|when|deadline")
_VERDICT = re.compile(r"\s*([^\W\d_]+(?:\s+[^\W\d_]+)?)\s*[.:]\s+\S")  # a cell's opening sentence of one or two words
_DECISION = re.compile(r"\s*att\s+(?:inte\s+)?([a-zåäö]+)", re.I)  # an item of an att-list: its verb


def month_of(folded: str) -> str | None:
    """"2026-06" for a cell that gives a month and a year ("juni 2026"), else None."""
    m = MONTH_YEAR.fullmatch(folded)
    return f"{m.group(2)}-{MONTH_NUMBER[m.group(1)]:02d}" if m else None


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
            if w in NEGATION:
                after_negation = True
                continue
            stems = {CANON[w]} if w in CANON else set(tokenize(w, splitter))
            if w[:3] in MONTH_SHORT:
                stems.add(w[:3])
            (negated if after_negation else said).update(stems)
            after_negation = False
    return said, negated


MONTH_SHORT = {fold(m)[:3] for m in MONTHS}


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


# --- the rules a question's conditions become (read by `conditions`) -----------------------
# the columns a thing's end or start stands in, and the question's words for either (folded)
_END_COLUMN = re.compile(r"\b(klar\w*|slut\w*|fardig\w*|avslut\w*|tom|end\w*|completion|deadline)\b")
_START_COLUMN = re.compile(r"\b(start\w*|paborj\w*|borjar|begin\w*)\b")


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


_DATE_IN_NAME = re.compile(r"\b(?:19|20)\d\d-\d\d-\d\d\b")


def names_year(column: str, year: str) -> bool:
    """Whether a column's name names the year ("Budget 2027", "Förändring 2026-2027"), not a date
    in it ("Utskrift 2027-10-04 08:12", a print stamp read into a scanned table's header)."""
    return year in _DATE_IN_NAME.sub(" ", column)


def names_column(stem: str, column: str) -> bool:
    """Whether a column's name says the noun `stem`, inflected, cut short ("Utförda insp.", "Prio")
    or abbreviated (`abbreviates`: "RV" for riskvärde, "Lgh" for lägenheter)."""
    return inflected(stem, set(tokenize(column))) or any(stem.startswith(short) for short in re.findall(r"(\w{3,})\.", fold(column))) \
        or abbreviates(column, stem) or _cut_short(column, stem) or _time_short(column, stem)


# a unit of time and how a column's name shortens it ("Insatstid, median, min" for "30 minuter"; "min" is also a word
# the tokenizer leaves out, "my")
_TIME_SHORT = {"minut": {"min"}, "timm": {"tim"}, "dag": {"dgr"}, "manad": {"man"}}


def _time_short(column: str, stem: str) -> bool:
    return bool(_TIME_SHORT.get(stem, set()) & set(re.findall(r"[a-z]+", fold(column))))


def _cut_short(column: str, stem: str) -> bool:
    """Whether a column's name is the noun cut short without a dot: one word of four or five
    letters that the noun's stem starts with ("Prio" of prioritet, "Bedöm" of bedömning)."""
    words = re.findall(r"[^\W\d_]+", fold(column))
    return len(words) == 1 and 4 <= len(words[0]) <= 5 and len(stem) >= len(words[0]) + 2 and stem.startswith(words[0])


def abbreviates(column: str, stem: str) -> bool:
    """Whether a column's name is an abbreviation of the noun `stem`: one word of two to four
    letters, in capitals ("RV") or without a vowel ("Lgh"), its letters in the noun's order from
    its first one (the last may stand in the ending the stem cut off: "Lgh", lägen-heter)."""
    words = re.findall(r"[^\W\d_]+", column)
    if len(words) != 1 or not 2 <= len(words[0]) <= 4 or not stem:
        return False
    word = words[0]
    if not (word.isupper() or not re.search(r"[aeiouyåäöéAEIOUYÅÄÖÉ]", word)):
        return False
    letters = fold(word)
    if letters[0] != stem[0]:
        return False
    at = 1
    for k, ch in enumerate(letters[1:], start=1):
        found = stem.find(ch, at)
        if found < 0:
            return k == len(letters) - 1
        at = found + 1
    return True


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

    def holds(self, row: RowView, strict: bool = False, priced: bool = True, noun: bool = False) -> bool:
        """Whether a cell of the row meets the amount: in the column of the year and the noun
        asked when the row has one (`strict`: only there, unless its columns have no names,
        "v1", "v2", as a parser gives them where the page printed none; `noun`: only in a column
        the noun names, where the question counts one); a money amount only in
        the columns priced in money ("Kostnad (tkr)") when the row has such (`priced`; the
        table's fit to the question reads every amount); an increase asked is the row's
        increase, above zero."""
        if self.change:
            return any(v > 0 and self._fits(v, u) for v, u in self._increase(row))
        if self.column_month and (months := {col: n for col in row.record.header if (n := column_month(col))}):
            # a table with a column per month (split by months over two pages: only the half with the month)
            return any(self._fits(v, u) for col, v, u in row.amounts if months.get(col) == self.column_month)
        named = strict and any(not _UNNAMED.fullmatch(col) for col, _, _ in row.amounts)
        of_year = bool(self.column_year) and row_year(row.record) == self.column_year  # a long-format table's row
        # a row with a column of the year asked has its amount there or none ("–" in "Budget 2027")
        dashed = bool(self.column_year) and any(names_year(k, self.column_year) for k in row.record.fields)
        cells = [a for a in row.amounts if not self.column_year or names_year(a[0], self.column_year)] or \
            ([] if (named or dashed) and not self._year_of_table(row) and not of_year else list(row.amounts))
        if self.column_word:  # the column the counted noun names, when the row has one (even one without a number:
            # "Beviljat: Avslag" grants nothing, whatever was applied for)
            columns = {k for k in row.record.fields if names_column(self.column_word, k)}
            if noun and not columns:
                return False  # a table with no column of the noun ("fler än 100 arrangemang") meets it nowhere
            cells = [a for a in cells if a[0] in columns] if columns else cells
        if priced and not self.column_year and not self.column_word and self.unit in MONEY and (
                columns := {k for k in row.record.header[1:] if unit_of(k) in MONEY}):  # a year or noun asked names its own
            # (the first column naming a unit, "Nämnd, mnkr", names the whole table's)
            cells = [a for a in cells if a[0] in columns]  # "Kostnad (tkr)": a dash there costs nothing, "två" elsewhere
        if self.unit:  # "färre än 80 procent": the share column, not a count or a change beside it
            own = self._of_unit(cells)
            if not own and self.column_year and any(names_year(col, self.column_year) for col, _, _ in row.amounts):
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
        said = {col: sum(inflected(t, self.asked) for t in set(tokenize(_DATE_IN_NAME.sub(' ', col)))) for col in {col for col, _, _ in cells}}
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


@dataclass(frozen=True, slots=True)
class YearRowRule:
    """"planeras ... år 2030" of a table in long format, one row per thing and year ("Område | År
    | Hyresrätt ..."): the rows of that year. It applies to a table whose column of years ("År")
    names two years or more; a table with a column per year reads its year in the amount's column."""

    year: str

    def holds(self, row: RowView) -> bool:
        return row_year(row.record) == self.year

    def applies(self, rows: list[RowView]) -> bool:
        return len({year for r in rows if (year := row_year(r.record))}) >= 2


@dataclass(frozen=True, slots=True)
class ValueRule:
    """"prioritet 4", "riskvärdet 16", "linje 12": a row whose cell in the column the noun names
    ("Prio", "Riskvärde", "Linje") is that number. It applies to a table with such a column of
    numbers; a column whose own name holds a number ("Barn 1") is no such column."""

    column_word: str
    value: float

    def _columns(self, row: RowView) -> list[str]:
        return [k for k in row.record.fields if not re.search(r"\d", k) and names_column(self.column_word, k)]

    def holds(self, row: RowView) -> bool:
        return any(parse_swedish_number(row.record.fields[k]) == self.value for k in self._columns(row))

    def applies(self, rows: list[RowView]) -> bool:
        return any(parse_swedish_number(r.record.fields[k]) is not None for r in rows for k in self._columns(r))


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
                           r"|utsatt|mobbning|krankning|narkotika|dodlighet|nedskrapning|problem"
                           r"|insatstid|handlaggningstid|svarstid|ledtid|kotid"  # the time a service takes
                           r"|energianvand|energiforbruk|kwh")  # energy used


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
    year a column names against the year before it; with the second only ("ökat sedan 2015"),
    the latest year against it."""

    op: Op
    first: str
    second: str
    judged: bool = False  # "bättre värden 2025 än 2023": the op of a measure better high (`_judged`)
    group: str = ""  # the sex the question asks about (`sex_group`): its columns, where the table has them
    asked: frozenset[str] = field(default=frozenset(), compare=False, repr=False)  # the question's words
    # a table in long format (one row per thing and year, "Rosbacka | 2026 | 82,1"): per (document, table, thing) its
    # numbers per year and column, in the rows' order, once `bound` to a table's rows
    years_of: dict[tuple[str, str, str], dict[str, dict[str, float]]] = field(default_factory=dict, compare=False, repr=False)

    def bound(self, rows: list[RowView]) -> ColumnRule:
        """The rule, knowing each thing's rows of years in a table in long format among `rows`."""
        by: dict[tuple[str, str, str], dict[str, dict[str, float]]] = {}
        for r in rows:
            if (when := row_year(r.record)) and (label := row_label(r.record)):
                by.setdefault((r.record.doc, r.record.table, label), {})[when] = {col: v for col, v, _ in r.amounts}
        return replace(self, years_of={k: v for k, v in by.items() if len(v) >= 2})

    def _across_rows(self, row: RowView, years: dict[str, dict[str, float]]) -> tuple[float, float] | None:
        """A thing's first year asked (else its latest) against its second (else the year before),
        in the one column the question names; read at the rows of both years compared, so that a
        thing meeting the rule is answered with the two rows that show it (which of them a reader
        calls the thing's row varies: the first printed, or the year asked first)."""
        first, second = self.first, self.second
        if not first:  # the latest year against the year named ("sedan 2015"), else the year before it
            first = max(years)
            second = second if second and second != first else str(int(first) - 1)
        if row_year(row.record) not in (first, second) or first not in years or second not in years:
            return None
        a, b = years[first], years[second]
        chosen = _said_most([col for col in a if col in b], self.asked)
        return (a[chosen[0]], b[chosen[0]]) if len(chosen) == 1 else None

    def _pair(self, row: RowView) -> tuple[float, float] | None:
        if years := self.years_of.get((row.record.doc, row.record.table, row_label(row.record))):
            return self._across_rows(row, years)
        first, second = self.first, self.second
        if self.group:
            row = replace(row, amounts=tuple(a for a in row.amounts if sex_group(a[0], column=True) == self.group) or row.amounts)
        if not first and second:  # the latest year a column names against the year named ("sedan 2015")
            years = sorted({y for col, _, _ in row.amounts for y in YEAR_IN.findall(col)})
            if second not in years or years[-1] == second:
                return None
            first = years[-1]
        if not first:  # the latest year a column names against the year before it, else a change column's sign
            years = sorted({y for col, _, _ in row.amounts for y in YEAR_IN.findall(col)})
            if len(years) < 2 or int(years[-1]) - int(years[-2]) != 1:
                change = [v for col, v, _ in row.amounts if any(t.startswith(_CHANGE_COLUMN) for t in tokenize(col))]
                return (change[0], 0.0) if change else None
            first, second = years[-1], years[-2]
        # of a year's several columns ("Resor 2026", "Punktlighet, % 2026"), those the question names
        a_cols = _said_most(_of_year(list(row.record.fields), first, second), self.asked)
        b_cols = _said_most(_of_year(list(row.record.fields), second, first), self.asked)
        a, b = _numbers_in(row, lambda col: col in a_cols), _numbers_in(row, lambda col: col in b_cols)
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
    columns = _said_most(columns, asked)
    years = {col: max(YEAR_IN.findall(col), default="") for col in columns}
    return [col for col in columns if years[col] == max(years.values())]


def _of_year(columns: list[str], year: str, other: str) -> list[str]:
    """The columns of a year: those naming it and not the other year compared with it (a change
    "Förändring 2027/2026" is neither year's), else all naming it."""
    named = [col for col in columns if year in col]
    return [col for col in named if other not in col] or named


def row_year(record: Record) -> str | None:
    """The year a row of a table in long format is of: its cell under a column of years ("År")."""
    return next((v.strip() for k, v in record.fields.items() if TIME_COLUMN.search(k) and YEAR_CELL.match(v.strip())), None)


def _said_most(columns: list[str], asked: frozenset[str]) -> list[str]:
    """The columns whose names say most of the question's words (all when none says one); of
    those alike, the ones holding most of its words inside their compounds ("Patientenkät, index"
    holds "patient" and "enkät" of "patient survey index"; "Listade patienter" one of them)."""
    said = {col: (sum(inflected(t, asked) or len(t) >= 4 and any(a.startswith(t) for a in asked)  # "Besök": "besökare"
                      for t in set(tokenize(col)) if not t.isdigit()),  # the year is the caller's to choose by
                  sum(a in fold(col) for a in asked if len(a) >= 3 and a.isalpha())) for col in columns}
    return [col for col in columns if said[col] == max(said.values())]


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
                if self.year in col and len(set(YEAR_IN.findall(col))) == 1 and not _RUNNING_SUM.search(fold(col))]

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
    "Mål …" columns); or, where a table gives its targets in a row of their own ("Mål | – |
    minst 90 | högst 12"), the row's number against that row's in the column the question asks
    (`chosen_columns`), a target "högst" reached from below."""

    op: Op  # outcome <op> target
    planned: bool = False  # "färre inspektioner än planerat": what was done against what was planned or budgeted
    forecast: bool = False  # "en prognos lägre än budget": of a planned comparison, the forecast column, not the outcome
    year: str | None = None  # of a planned comparison: the year's columns ("Inspektioner 2026 Planerade")
    outcome_year: str | None = None  # "låg redan 2025 under sin målnivå för 2030": the year's column is the outcome
    # "nådde inte målet", "missed the target": reaching it is judged, so a measure better low reaches it from below
    judged: bool = False
    asked: frozenset[str] = field(default=frozenset(), compare=False, repr=False)
    # per table (document, table id): its target row's (column, value, a ceiling: "högst") cells, once `bound`
    rows: tuple[tuple[tuple[str, str], tuple[tuple[str, float, bool], ...]], ...] = field(default=(), compare=False,
                                                                                       repr=False)

    def bound(self, rows: list[RowView]) -> TargetRule:
        """The rule, knowing each table's target row among `rows`."""
        found: dict[tuple[str, str], tuple[tuple[str, float, bool], ...]] = {}
        for r in rows:
            if r.amounts and _TARGET_ROW.match(fold(row_label(r.record))):
                found.setdefault((r.record.doc, r.record.table), tuple(
                    (col, v, bool(_CEILING.search(fold(r.record.fields.get(col, ""))))) for col, v, _ in r.amounts))
        return replace(self, rows=tuple(found.items()))

    def _row_pair(self, row: RowView) -> tuple[float, float, bool] | None:
        """The row's number and its table's target row's in the column asked, and whether that
        target is a ceiling."""
        targets = dict(self.rows).get((row.record.doc, row.record.table), ())
        if not targets or _TARGET_ROW.match(fold(row_label(row.record))) or not _member(row.record):
            return None
        own = {col: v for col, v, _ in row.amounts}
        pairs = {col: (own[col], v, ceiling) for col, v, ceiling in targets if col in own}
        chosen = chosen_columns(list(pairs), self.year, "", self.asked)
        return pairs[chosen[0]] if len(chosen) == 1 else None

    def _pair(self, row: RowView) -> tuple[float, float] | None:
        if self.planned:
            cells = [(col, v) for col, v, _ in row.amounts if not self.year or self.year in col]
            done = [v for col, v in cells if (_FORECAST_COL if self.forecast else _DONE_COL).search(fold(col))]
            planned = [v for col, v in cells if _PLANNED_COL.search(fold(col)) and not _DONE_COL.search(fold(col))]
            return (done[0], planned[0]) if done and planned else None

        def named(pattern: re.Pattern[str]) -> list[float]:  # "Målvärde" before "Mål / indikator" (a label column)
            said = [(v, re.sub(r"\W+", " ", fold(col)).strip()) for col, v, _ in row.amounts if pattern.match(fold(col))]
            return [v for v, col in sorted(said, key=lambda p: len(p[1].split()))]  # the column it names alone first
        outcome, target = named(_OUTCOME_COL), named(_TARGET_COL) or named(_TARGET_LAST)
        if self.outcome_year:  # a table of years and a target column ("1990 | … | 2025 | Mål 2030")
            outcome = [v for col, v, _ in row.amounts if self.outcome_year in col and not _TARGET_COL.search(fold(col))
                       and not _CHANGE_COL.search(fold(col))] or outcome
        elif len(outcome) > 1 and self.year:  # "Utfall 2025 | Utfall 2026": the year asked
            outcome = [v for col, v, _ in row.amounts if _OUTCOME_COL.match(fold(col)) and self.year in col] or outcome
        elif not outcome and self.year and target:  # "Insatstid Mål | 2025 | 2026": the year asked is the outcome
            outcome = [v for col, v, _ in row.amounts if self.year in col and not _TARGET_LAST.search(fold(col))
                       and not _TARGET_COL.match(fold(col)) and not _CHANGE_COL.search(fold(col))]
        if not target:  # "Telefontillgänglighet, % (mål 90) 2026": the target in the column's name
            return self._named_target(row)
        return (outcome[0], target[0]) if outcome and target else None

    def _named_target(self, row: RowView) -> tuple[float, float] | None:
        """A cell against the target its column's name gives ("(mål 90)"): of such columns, those
        of the year asked, then those naming most of the question's words; one is needed."""
        named = [(col, v, parse_swedish_number(m.group(2))) for col, v, _ in row.amounts
                 if (m := _TARGET_IN_NAME.search(fold(col)))]
        if self.year:
            named = [n for n in named if self.year in n[0]] or named
        chosen = _said_most([col for col, _, _ in named], self.asked) if named else []
        pairs = [(v, goal) for col, v, goal in named if col in chosen and goal is not None]
        return pairs[0] if len(pairs) == 1 else None

    def _lower_better(self, row: RowView) -> bool:
        """Whether the measure a judged rule compares is better low (`_LOWER_BETTER`): said by the
        row's label, its target column, the table's caption or the heading over it."""
        said = " ".join([row_label(row.record), *[col for col, _, _ in row.amounts if _TARGET_LAST.search(fold(col))],
                         row.record.caption or row.record.section.split(" > ")[-1]])
        return bool(_LOWER_BETTER.search(fold(said)))

    def holds(self, row: RowView) -> bool:
        if (pair := self._pair(row)) is not None:
            if self.judged and self._lower_better(row):
                return _compare(-pair[0], self.op, -pair[1])
            return _compare(pair[0], self.op, pair[1])
        if (by_row := self._row_pair(row)) is None:
            return False
        value, target, ceiling = by_row
        return _compare(-value, self.op, -target) if ceiling else _compare(value, self.op, target)

    def applies(self, rows: list[RowView]) -> bool:
        return any(self._pair(r) or self._row_pair(r) for r in rows)


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
class NoneCountedRule:
    """"fick inte en enda inspektion", "inga anmärkningar", "not a single visit": the row's count
    in the column the noun names ("Inspektioner 2026") is zero (a dash there counts none too). It
    applies to a table with such a column of counts."""

    column_word: str  # the stem of the counted noun
    column_year: str | None = None

    def _cells(self, row: RowView) -> list[str]:
        """The row's cells in the columns the noun names; of those naming years, the year asked's."""
        named = [(k, v) for k, v in row.record.fields.items() if names_column(self.column_word, k)]
        if self.column_year and any(self.column_year in k for k, _ in named):
            named = [(k, v) for k, v in named if self.column_year in k]
        return [v for _, v in named]

    def holds(self, row: RowView) -> bool:
        return any(v.strip() in ("0", *DASHES) for v in self._cells(row))

    def applies(self, rows: list[RowView]) -> bool:
        return any(re.fullmatch(r"\d[\d\s]*|[–−-]", v.strip()) for r in rows for v in self._cells(r))


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


Rule = (DateRule | AmountRule | WordRule | SignRule | ColumnRule | TargetRule | SpentRule | NumberedRule | OnlyRule | CodeRule
        | PartyRule | ReferenceRule | QuotedRule | RankRule | NamedColumnRule | NoneCountedRule | ValueRule | YearRowRule)

# an outcome against its target: "utfall 2021 som låg över målvärdet för 2023", "target higher than the outcome"
_OUTCOME_COL = re.compile(r"^(utfall|outcome)")
_FORECAST_COL = re.compile(r"\b(prognos\w*|forecast\w*|beraknad\w*|expected)")
_DONE_COL = re.compile(r"\b(genomf\w*|utford\w*|utfall\w*|faktisk\w*|gjorda|actual\w*|performed|done|outcome)")
_PLANNED_COL = re.compile(r"\b(planer\w*|plan|budget\w*|planned|budgeted)\b")
_TARGET_WORD = r"(mal|malvarde|malniva|target)"  # folded
_TARGET_COL = re.compile(rf"^{_TARGET_WORD}\b")
_TARGET_IN_NAME = re.compile(rf"\({_TARGET_WORD}\W{{0,3}}(\d+(?:[.,]\d+)?)")  # "(mål 90)", "(mål: 90 %)"
_TARGET_LAST = re.compile(rf"\b{_TARGET_WORD}$")  # a target column under its measure ("Insatstid, minuter Mål")
_TARGET_ROW = re.compile(rf"{_TARGET_WORD}\b")  # a row of targets, "Mål", "Målnivå 2026" (folded label)
_CEILING = re.compile(r"\b(hogst|max\w*|under|at most)\b")  # a target not to be passed: "högst 12"
_CHANGE_COL = re.compile(r"\b(forandring\w*|andel\w*|change|share|%)|%")  # "Förändring 1990–2025, %": no outcome
_RUNNING_SUM = re.compile(r"\b(summa|sum|total\w*|tom|t\s?o\s?m|ack\w*|cumulative)\b")
_HEAD_MIN = 6  # a shorter word ends too many unrelated ones ("ram" in "program")


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
CANON = {fold(w): "=" + fold(group[0]) for group in EQUIVALENT for w in group}


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
    """The rules, those that compare a row with its table's reference or target row knowing it among `rows`."""
    return [r.bound(rows) if isinstance(r, (ReferenceRule, RankRule, TargetRule, ColumnRule)) else r for r in typed]


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
