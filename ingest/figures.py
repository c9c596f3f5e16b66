"""Find amounts, shares, counts, years and dates in Swedish text (pure functions, no I/O).

`extract_figures(text)` returns every figure with its character span, normalised value and
unit (CONTRACT.md units) and a `label`: for prose the clause before the figure, for a table
row (a line that ends in a run of numbers, or a line of numbers only) the row's label text.
Runs of space-separated digit groups are cut into numbers by `numbers.split_run` (see its
docstring for the thousands-separator heuristic). `figures_from_record(record)` turns the
values of a parsed table row (indikator utfall/mål, economy columns, uppdrag slutdatum) into
`Figure`s whose label is the row label plus the column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from insyn.ingest.numbers import split_run, tokens_in
from insyn.ingest.swedish import fold
from insyn.types import Figure, Record

MONTHS = {m: i + 1 for i, m in enumerate(
    "januari februari mars april maj juni juli augusti september oktober november december".split())}
NUMBER_WORDS = {"två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9,
                "tio": 10, "elva": 11, "tolv": 12, "tretton": 13, "fjorton": 14, "femton": 15,
                "sexton": 16, "sjutton": 17, "arton": 18, "nitton": 19, "tjugo": 20}

ISO_DATE_RE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
# "31 december 2025"; "den 14 juni" a date only with the year of its context (`context_year`)
SV_DATE_RE = re.compile(r"(?<![\d/.,])(\d{1,2})\s+(" + "|".join(MONTHS) + r")\b(?:\s+(\d{4})(?!\d))?", re.I)
SCHOOL_YEAR_RE = re.compile(r"(?<![\d/])(\d{4})/(\d{2})(?![\d/])")  # "läsåret 2024/25": one year, not 2024 and 25
# a day and a month, "27/10", "5/1 19/1" (a meeting grid, "den 14/6"), not "2/3 majoritet": no two counts; with the year its
# document or table names (`context_year`), a date. Not a page ("sida 3/5") nor part of a longer figure.
DAY_MONTH_RE = re.compile(r"(?<![\d/.,:])(?<!sida )(?<!sid\. )(?<!page )([12]?\d|3[01])/(1[0-2]|0?[1-9])(?![\d/])"
                          r"(?!\s*(?:av|of|del(?:ar)?|majoritet\w*)\b)", re.I)  # "2/3 av ledamöterna" is a share
# a day, a month and a two-digit year: "5/1-27" (5 January 2027), not a range "1/1-31/3"
DAY_MONTH_YEAR_RE = re.compile(r"(?<![\d/.,:–-])([12]?\d|3[01])/(1[0-2]|0?[1-9])[-–](\d\d)(?![\d/])")
YEAR_RE = re.compile(r"(?<![\d/])(19[5-9]\d|20\d\d)(?![\d/])")
WORD_RE = re.compile(r"(?<![\wåäöÅÄÖ-])(" + "|".join(NUMBER_WORDS) + r")(?=\s+[a-zåäö]{3,})", re.I)

# Unit words right after a number: (pattern, normalised unit, factor).
UNIT_PATTERNS: tuple[tuple[re.Pattern[str], str, float], ...] = tuple(
    (re.compile(p.replace(r"\s?", r"[ \t\u00a0]*\n?[ \t\u00a0]*", 1), re.I), u, f)
    for p, u, f in (
        (r"\s?(miljarder|miljard)(\s+(kronor|kr\b|sek\b))?", "mdkr", 1.0),
        (r"\s?(mdkr|mdr\s+kr|mdr)\b", "mdkr", 1.0),
        (r"\s?(miljoner|miljon)(\s+(kronor|kr\b|sek\b))?", "mnkr", 1.0),
        (r"\s?(mnkr|mkr|msek|mn\s+kr)\b", "mnkr", 1.0),
        (r"\s?(tkr|tusen(?:tals)?\s+kronor|tsek)\b", "tkr", 1.0),
        (r"\s?(kronor|kr\b|sek\b|:-)", "kr", 1.0),
        (r"\s?(%|procent\b)", "procent", 1.0),
    ))
_CELL_WORDS = r"(?:mnkr|tkr|kr|procent|år|jämna år|udda år|halvår|kvartal|månad|öka|minska|tertial:.*)"
CELL_ONLY_RE = re.compile(r"^[\s\d,%−–\-]*(?:" + _CELL_WORDS + r"\b[\s\d,%−–\-]*)*$", re.I)


@dataclass(frozen=True, slots=True)
class FigureMatch:
    """A figure found in a text: span [start, end), normalised value and unit, label."""

    start: int
    end: int
    value: float | str
    unit: str
    text: str
    label: str

    def to_figure(self, doc: str = "", page: int | None = None) -> Figure:
        """The contract's `Figure` for this match."""
        return Figure(value=self.value, unit=self.unit, text=self.text, label=self.label,
                      doc=doc, page=page)


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip(" \t\n-–•|:,")


def _trim_left(s: str, limit: int = 100) -> str:
    s = _norm(s)
    if len(s) <= limit:
        return s
    cut = s[-limit:]
    sp = cut.find(" ")
    return cut[sp + 1:] if 0 <= sp < 30 else cut


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return a, (len(text) if b < 0 else b)


def _previous_text_line(text: str, pos: int) -> str:
    """The nearest non-blank line above `pos` that has letters (a wrapped row label)."""
    end = text.rfind("\n", 0, pos)
    lines: list[str] = []
    while end > 0 and len(lines) < 3:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        end = start - 1
        if not line:
            if lines:
                break
            continue
        if not re.search(r"[A-Za-zÅÄÖåäö]", line) or re.search(r"\d\s*$", line):
            break
        lines.insert(0, line)
    return _norm(" ".join(lines))


def label_for(text: str, start: int, end: int) -> str:
    """The label a figure at text[start:end] belongs to (row label or preceding clause)."""
    a, b = _line_bounds(text, start)
    before, after = text[a:start], text[end:b]
    m = re.match(r"^(.*?[A-Za-zÅÄÖåäö)\]”\"].*?)(?=\s[-−–]?\s?\d)", before)
    if CELL_ONLY_RE.match(after) and (not before.strip() or CELL_ONLY_RE.match(before) or m):
        # a table row: label text then cells, or a line of cells under a wrapped label
        lead = re.match(r"^\D*?(?=\s?[-−–]?\s?\d|$)", text[a:b])
        label = _norm(lead.group(0)) if lead else ""
        if not re.search(r"[A-Za-zÅÄÖåäö]", label):
            label = _previous_text_line(text, a)
        elif label[:1].islower():
            label = _norm(_previous_text_line(text, a) + " " + label)
        if label:
            return _trim_left(label)
    # prose: back to the start of the sentence (or paragraph)
    lo = max(0, start - 400)
    chunk = text[lo:start]
    cut = max(chunk.rfind(". "), chunk.rfind(".\n"), chunk.rfind("\n\n"), chunk.rfind(";"),
              chunk.rfind("? "), chunk.rfind("! "),
              max((m.end() - 1 for m in re.finditer(r"\d[ \t%]*\n(?![ \t]*[a-zåäö(])", chunk)), default=-1))
    sentence = chunk[cut + 1:] if cut >= 0 else chunk
    return _trim_left(sentence)


def _unit_after(text: str, pos: int) -> tuple[str, int] | None:
    for pat, unit, _ in UNIT_PATTERNS:
        m = pat.match(text, pos)
        if m:
            return unit, m.end()
    return None


BARE_RUN_RE = re.compile(r"(?<![\w,.\-−–])\d+(?:\s+\d+)+(?![\w,.%])")


def _chart_runs(text: str) -> list[tuple[int, int]]:
    """Spans of bare whole numbers that end in a chart's value axis (0 20 40 60 80 100: zero,
    then at least three equal steps), with the bar labels before it: what a bar chart leaves
    in the text layer ("71\n21\n8\n45\n38\n17\n0\n20\n40\n60\n80\n100", Göteborg
    revisionsberättelse pp. 24-28). A table row's numbers do not count up from zero."""
    spans = []
    for m in BARE_RUN_RE.finditer(text):
        nums = [int(n) for n in m.group(0).split()]
        for i, n in enumerate(nums[:-3]):
            steps = {b - a for a, b in zip(nums[i:], nums[i + 1:])}
            if n == 0 and len(steps) == 1 and steps.pop() > 0:
                spans.append(m.span())
                break
    return spans + _axis_runs(text)


AXIS_FROM_ZERO, AXIS_ABOVE_ZERO = 4, 6  # the ticks a value axis shows at least, from zero and from above it


def _axis_runs(text: str) -> list[tuple[int, int]]:
    """Spans of a chart's value axis that `_chart_runs`' bare digits do not see: ticks written
    with digit groups ("0 500 1 000 1 500 2 000 2 500") or starting above zero ("190 200 210 220
    230 240 250 260" under a chart of merit values). Whole numbers in equal, positive steps,
    `AXIS_FROM_ZERO` of them from zero, else `AXIS_ABOVE_ZERO`; a line of years is a header."""
    spans = []
    for run in tokens_in(text):
        nums = split_run(run)
        i = 0
        while i < len(nums) - 1:
            step, j = nums[i + 1].value - nums[i].value, i + 1
            while j + 1 < len(nums) and nums[j + 1].value - nums[j].value == step:
                j += 1
            ticks = nums[i : j + 1]
            least = AXIS_FROM_ZERO if ticks[0].value == 0 else AXIS_ABOVE_ZERO
            whole = all(n.value >= 0 and "," not in text[n.start : n.end] for n in ticks)
            if step > 0 and len(ticks) >= least and whole and not all(1900 <= n.value <= 2100 for n in ticks):
                spans.append((ticks[0].start, ticks[-1].end))
            i = j
    return spans


def context_year(*texts: str) -> int | None:
    """The one year the texts around a passage or a row name (a title "Sammanträdesplan 2027",
    a caption "Sammanträden 2027 per organ"), when they name exactly one: the year of a date
    written without it ("27/10", "den 14 juni"). None when they name none or several."""
    years = {int(y) for t in texts for y in YEAR_RE.findall(t or "")}
    return years.pop() if len(years) == 1 else None


def extract_figures(text: str, year: int | None = None) -> list[FigureMatch]:
    """Every figure in `text`, in order of position.

    Dates (`2025-12-31`, `31 december 2025`) -> unit `datum` with an ISO string value; with the
    `year` of the context (`context_year`), also a date written without one ("27/10", "den 14
    juni"); "5/1-27" is 2027-01-05; a day and a month as "27/10" are never two counts; a
    school or fiscal year `2024/25` -> one `år` (2024);
    numbers with a unit word -> mnkr/mdkr/tkr/kr/procent; a bare 4-digit number 1900-2100
    -> `år`; other bare numbers and the number words `två`..`tjugo` before a word -> `antal`.
    Section numbers (`4.2`) and numbers glued to letters are skipped.
    """
    out: list[FigureMatch] = []
    taken: list[tuple[int, int]] = []

    def add(s: int, e: int, value: float | str, unit: str) -> None:
        taken.append((s, e))
        out.append(FigureMatch(s, e, value, unit, _norm(text[s:e]), label_for(text, s, e)))

    for m in ISO_DATE_RE.finditer(text):
        y, mo, d = (int(g) for g in m.groups())
        if 1 <= mo <= 12 and 1 <= d <= 31:
            add(m.start(), m.end(), m.group(0), "datum")
    for m in SV_DATE_RE.finditer(text):
        d, mo, y = int(m.group(1)), MONTHS[m.group(2).lower()], m.group(3) or year
        if 1 <= d <= 31 and y:
            add(m.start(), m.end(), f"{y}-{mo:02d}-{d:02d}", "datum")

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    for m in DAY_MONTH_YEAR_RE.finditer(text):
        add(m.start(), m.end(), f"20{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}", "datum")
    for m in DAY_MONTH_RE.finditer(text):
        if not free(m.start(), m.end()):
            continue
        if year:
            add(m.start(), m.end(), f"{year}-{int(m.group(2)):02d}-{int(m.group(1)):02d}", "datum")
        else:
            taken.append((m.start(), m.end()))

    for m in SCHOOL_YEAR_RE.finditer(text):
        y = int(m.group(1))
        if 1900 <= y <= 2100 and int(m.group(2)) == (y + 1) % 100 and free(m.start(), m.end()):
            add(m.start(), m.end(), float(y), "år")

    charts = _chart_runs(text)

    for run in tokens_in(text):
        for num in split_run(run):
            s, e = num.start, num.end
            if not free(s, e):
                continue
            if re.match(r"\.\d", text[e:e + 2]) or (s > 0 and text[s - 1] == "."
                                                      and s > 1 and text[s - 2].isdigit()):
                continue  # section number such as 4.2.2
            unit_hit = _unit_after(text, e)
            if not unit_hit and any(a <= s < b for a, b in charts):
                continue  # a bar label or axis step of a chart, not a figure of the text
            if unit_hit:
                unit, e2 = unit_hit
                add(s, e2, num.value, unit)
            elif num.groups == 1 and "," not in text[s:e] and 1900 <= num.value <= 2100 \
                    and len(text[s:e].lstrip("-−– ")) == 4:
                add(s, e, num.value, "år")
            else:
                add(s, e, num.value, "antal")
    for m in WORD_RE.finditer(text):
        if free(m.start(), m.end()):
            add(m.start(), m.end(), float(NUMBER_WORDS[m.group(1).lower()]), "antal")
    # a number word + its noun reads better as the figure text ("sex områden")
    result: list[FigureMatch] = []
    for f in sorted(out, key=lambda f: f.start):
        if f.text.lower() in NUMBER_WORDS:
            noun = re.match(r"\s+([a-zåäö]+)", text[f.end:])
            if noun:
                e = f.end + noun.end()
                f = FigureMatch(f.start, e, f.value, f.unit, _norm(text[f.start:e]), f.label)
        result.append(f)
    return result


GENERIC_TYPES = frozenset({"table", "list"})


def figures_from_record(record: Record) -> list[Figure]:
    """Figures for the values of one table row, labelled with the row label and the column.

    A generic table row with a header gives one figure per cell that is a single number,
    labelled with the table's caption, the row's first cell and the column's header
    (`_cell_figures`). Typed rows use the conventions of `table_types`: `fields["label"]`/`["indikator"]`/`["uppdrag"]`
    is the row label, `fields["unit"]` the table unit, and every other field whose value is a
    single number (or a date) becomes one figure: e.g. an ekonomi row
    `{"label": "Totalt", "Budget 2025": "9 791", "unit": "mnkr"}` gives
    Figure(9791.0, "mnkr", "9 791", "Totalt, Budget 2025"). An uppdrag row's `analys` is
    prose: its figures are those of the text, each labelled with its own clause.
    """
    if record.type == "table":
        return _cell_figures(record)
    if record.type in GENERIC_TYPES:
        return []  # a list item's figures are read from its chunk's text already
    f = record.fields
    row = typed_label(record)
    table_unit = f.get("unit", "")
    skip = {"label", "indikator", "uppdrag", "delmal", "unit", "status", "riktas_till",
            "periodicitet", "regionmal", "prognos", "prio", "projekt_nr", "utfall_ar", "mal_ar"}
    figs: list[Figure] = []
    for key, value in f.items():
        if key in skip or not value:
            continue
        if key == "analys":
            figs += [m.to_figure(record.doc, record.page) for m in extract_figures(value)]
            continue
        found = [m for m in extract_figures(value) if m.unit != "år" or key == "slutdatum"]
        if len(found) != 1:
            continue
        m = found[0]
        unit = m.unit
        if unit == "antal" and table_unit and not key.startswith("Antal"):  # "Antal 2025": a count, not tkr
            unit = table_unit
        column = f"{key} {f[key + '_ar']}" if f.get(key + "_ar") else key  # "utfall 2023", "mal 2025"
        figs.append(Figure(value=m.value, unit=unit, text=m.text, label=_norm(f"{row}, {column}"),
                           doc=record.doc, page=record.page))
    return figs


# a cell that is one number: its digits grouped by threes ("1 098 792"), or not at all ("1002", as OCR reads "1 002")
_CELL_NUMBER = re.compile(r"^[−–-]?\s?(?:\d{1,3}(?:[ \u00a0]\d{3})*|\d{4,7})(?:,\d+)?\s*(?:%|procent|tkr|mnkr|mdkr|kr)?$", re.I)


def one_number(cell: str) -> str:
    """A table cell that is one number of three digit groups or more, joined ("1 512 384" →
    "1512384"): a cell holds one figure, where such a run in prose may be several
    (`numbers.split_run`); any other cell as it is ("2 000" stays an amount, not the year 2000)."""
    if not _CELL_NUMBER.match(cell.strip()) or len(_GROUP_SPACE.findall(cell)) < 2:
        return cell
    return _GROUP_SPACE.sub("", cell)


_GROUP_SPACE = re.compile(r"(?<=\d)[ \u00a0](?=\d{3}\b)")  # the space between a number's digit groups


_IDENTIFIER = re.compile(r"\d{1,3}(?:\.\d{1,2})*")  # a row's number before its name: "Linje | 3", "Nr | 2.1"
_NUMBERED_CELL = re.compile(r"\d{1,3}\s+[^\W\d_]")  # a row's number and its name in one cell: "11 Ekshult – Nolvik"
_FIRST_WORD = re.compile(r"[^\W\d_]{2,}(?=\s|$)")  # the word a column names its numbers by ("Linje" of "Linje Sträckning")
TIME_COLUMN = re.compile(r"^(år|året|mätår|läsår|verksamhetsår|period|year)\b", re.I)  # a column of the row's years


def typed_label(record: Record) -> str:
    """A typed row's label: what the row is about (an indicator, an assignment, a goal, a line of
    the accounts)."""
    f = record.fields
    return f.get("label") or f.get("indikator") or f.get("uppdrag") or f.get("delmal") or ""


def _cell_figures(record: Record) -> list[Figure]:
    """The numbers of a generic table row, one per cell that holds a single number (its digit
    groups joined: a cell is one number, "1 098 792"), labelled "caption row, column", where the
    row is every cell of it that has words (a goal written beside its indicator, an action beside
    its responsible: the first cell alone may be the group the row belongs to), after the row's
    number under its column's name where one comes before them ("Linje 3 Stenslund – Centrum"), or the
    number a name starts with under such a column ("Linje Sträckning": "11 Ekshult – Nolvik").
    Where a column gives the rows' years ("År": "2025" beside an indicator's figures), the row's
    year goes with each cell's column ("…, 2025 Kvinnor"), as a year in the header would. A bare
    number takes the unit its column's header, else its row's label, else the caption, names
    ("Andel (procent)", "Låneskuld, mnkr", "tkr")."""
    if len(record.header) < 2:
        return []
    cells = [(k, v.strip()) for k, v in record.fields.items()]
    worded = [i for i, (_, v) in enumerate(cells) if _has_words(v) and not _CELL_NUMBER.match(v)]
    numbers = {k: v for k, v in cells[: worded[0] if worded else 0] if _IDENTIFIER.fullmatch(v) and _has_words(k)}
    named = [cells[i][1] for i in worded]
    if worded and worded[0] == 0 and not numbers and _NUMBERED_CELL.match(cells[0][1]) and (name := _FIRST_WORD.match(cells[0][0])):
        named[0] = f"{name.group(0)} {named[0]}"  # "11 Ekshult – Nolvik" under "Linje Sträckning": "Linje 11 Ekshult – Nolvik"
    row = " ".join([f"{k} {v}" for k, v in numbers.items()] + named)
    when = " ".join(v for k, v in cells if YEAR_RE.fullmatch(v) and TIME_COLUMN.search(k))
    caption = _trim_left(f"{record.caption} {record.parent}".strip(), 120)  # "... per kön MÄN": the row's group
    figs: list[Figure] = []
    for key, value in cells:
        if not value or not _CELL_NUMBER.match(value) or key in numbers:  # a row's number is no quantity
            continue
        found = extract_figures(_GROUP_SPACE.sub("", value))
        if len(found) == 1 and found[0].unit == "år" and _GROUP_SPACE.search(value):
            found = extract_figures(value)  # "1 980" set with a digit group's space is an amount, not the year 1980
        if len(found) != 1 or found[0].unit in ("år", "datum"):
            continue
        m = found[0]
        unit = m.unit if m.unit != "antal" else _unit_hint(key) or _unit_hint(row) or _unit_hint(record.caption) or "antal"
        column = key.replace(", ", " ")  # "Punktlighet, %": the label's last ", " stays the one before its column
        figs.append(Figure(value=m.value, unit=unit, text=value, label=_norm(f"{caption} {row}, {when} {column}"),
                           doc=record.doc, page=record.page))
    return figs


def _has_words(text: str) -> bool:
    return bool(re.search(r"[^\W\d_]", text))


def _unit_hint(text: str) -> str:
    """The unit a column header or caption names ("Belopp (tkr)", "Andel, procent")."""
    return next((unit for pattern, unit, _ in UNIT_PATTERNS if pattern.search(text)), "")


# a number after a word that points ("figur 1", "bilaga 3", "§ 142"), or a school year or a quarter the number names
# ("slutbetygen i åk 9", "kvartal 3"): no quantity
_REFERENCE = re.compile(r"(\b(figur|tabell|bilaga|bild|diagram|avsnitt|kapitel|kap\.|paragraf|sid|sida|s\.|mål|punkt|nr"
                        r"|åk|årskurs|kvartal|tertial)|§)\W*$", re.I)
_PHONE = re.compile(r"(\b(tel|telefon|tfn|kundservice|vaxel|fax|phone|mobil)\W*|(?<![\d,] )(?<![\d,])\b0\d{1,3}(-[\d ]*)?)$")


def is_reference(f: Figure, text: str = "") -> bool:
    """A number that points somewhere ("se figur 1", "bilaga 3", "Mål 5", "§ 142") or is part of a
    telephone number ("Kundservice: 0771-25 26 00") is no figure. What stands before it: its
    label, or with `text` the text before it there (a table cell's "…, § 142")."""
    before = text[:i] if text and (i := position_in(f, text)) >= 0 else f.label
    return f.unit == "antal" and bool(_REFERENCE.search(before) or _PHONE.search(fold(before).rstrip()))


def is_identifier(f: Figure, text: str) -> bool:
    """A number that identifies rather than counts: one written with leading zeros ("00071"),
    the second half of a code glued to a year ("2017:725", "SRV-2025-00071", "2024/123"), or an
    ungrouped number of four or more digits standing alone in brackets ("Korsavadanläggningen
    (6289)"): amounts of that size are written "6 289"."""
    if f.unit != "antal":
        return False
    digits = f.text.strip()
    if re.fullmatch(r"0\d{2,}", digits):
        return True
    i = position_in(f, text)
    if i < 0:
        return False
    if re.search(r"\d{4}[:/-]$", text[max(0, i - 5) : i]):
        return True
    return bool(re.fullmatch(r"\d{4,}", digits)) and text[i - 1 : i] == "(" and text[i + len(f.text) : i + len(f.text) + 1] == ")"


def position_in(f: Figure, text: str) -> int:
    """Where figure `f` stands in `text` (after its label), -1 when not found."""
    tail = f.label[-30:]
    at = text.find(tail) if tail else -1
    i = text.find(f.text, at + len(tail)) if at >= 0 else -1
    return i if i >= 0 else text.find(f.text)  # a table row's label is composed, not quoted
