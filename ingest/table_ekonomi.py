"""The generic economy table parser ("ekonomi"): label + a run of numbers per row.

A row is a line that ends in two or more numeric cells ("Hälso- och sjukvårdsnämnden 6 653
6 894 6 999 7 217", "Utdebitering, % (oförändrad) 11,29% 11,29%"), or a line of numbers only
under a label wrapped over the lines above ("Verksamhetens externa\\nnettokostnader\\n-9 764 ...").
Two or more rows close together make a table. The column headers (years, Budget/Utfall/Plan/
Prognos/Avvikelse ...) are read from the lines above the first row, the unit from its caption
("Resursramar, miljoner kronor", "Belopp i mnkr", "Investeringar (tkr)"). The column count
(from the header, else the commonest cell count) is passed to `numbers.split_run` so that
"508 519 527 543" is four cells under four headers. A cell may also read "Ej aktuellt", and a
number may carry a footnote mark ("-400*"): the field holds "-400", the row's text keeps the mark.
A contents list is no table, even where its entries have no dot leaders (`_contents`).
OCR text adds and drops the spaces inside numbers: the column count is the one most rows can
be cut into (`_column_count`), and a row with too many numbers is cut to it where the cut is
certain (`_cut_rows`).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from statistics import median
from typing import Sequence

from insyn.ingest.numbers import numbers_options, split_run, tokens_in
from insyn.ingest.tables import Line, RowSpan, TableSpan, norm_ws

NA = r"Ej\s+(?:aktuell|tillämplig)t?"  # a cell that has no value ("Ej aktuellt")
NA_RE = re.compile(NA)
NA_WORDS_RE = re.compile(r"(?:Ej|aktuellt?|tillämpligt?)(?: (?:Ej|aktuellt?|tillämpligt?))*")
# a number may carry a footnote mark ("-400*"), OCR text a column rule between cells ("|")
CELLS_RE = re.compile(r"(?:^|(?<=\s))((?:(?:[-−–+]\s?)?\d|" + NA + r")(?:[\d \u00a0,%−–\-*|+]|" + NA + r")*?)"
                      r"(\s+(?:årligen|löpande)[a-zåäö, ]*)?\s*$")
UNIT_RE = [(re.compile(p, re.I), u) for p, u in (
    (r"miljarder\s+kronor|\bmdkr\b", "mdkr"), (r"miljoner\s+kronor|\bmnkr\b|\bmkr\b|\bmsek\b", "mnkr"),
    (r"\btkr\b|tusen\s+kronor|\btsek\b", "tkr"), (r"\bkronor\b|\bkr\b", "kr"))]
COL_RE = re.compile(  # a column word is a word of its own: "Budgetavvikelse" is one name, not two
    r"(?<![^\W\d_])(?:\w*avvikelse|Utfall|Budget|Prognos|Plan|Bokslut|Avvik\s?else|Awvikelse|Årsbudget|"
    r"Arsbudget|Total(?:t)?(?:\s+(?:utgift|projektbudget))?|Summa|Fg\s+prognos|Ack\w*\.?(?:\s+utfall)?|Förändring|Mål|Återstår|"
    r"Antal(?=\s+(?:19|20)\d\d(?!\s+(?:19|20)\d\d)))"  # "Antal 2023 Antal 2024": a count per year
    r"(?:\s+fg\s+år)?(?:\s+(?:19|20)\d\d)?|(?<!\d)(?:19|20)\d\d(?!\d)", re.I)
YEAR_RE = re.compile(r"(?:19|20)\d\d")
LETTER = re.compile(r"[A-Za-zÅÄÖåäöé]")
CONTENTS_RE = re.compile(r"\s*Inneh[åa]ll(?:sförteckning)?\s*", re.I)
# a contents entry: a title, dot leaders or not, and a page number
ENTRY_RE = re.compile(r"(?P<title>.*[^\W\d_].*?)(?:\s*[.…]{2,}\s*|\s+)(?P<page>[1-9]\d{0,2})")
CELL_START_RE = re.compile(  # the first word of a header cell stacked over lines of its own
    r"(?:Utfall|Budget|Prognos|Resultat|Avvik|Plan|Bokslut|Årsbudget|Arsbudget|Total|Summa|Fg|"
    r"Ack|Förändring|Mål|Antal|Kostnad|(?:19|20)\d\d)", re.I)


def described(fields: dict[str, str]) -> str:
    """An economy row with each value's column named ("Turistverksamhet: Budget 2025 2 802;
    Utfall 2025 2 803 (tkr)"), for an answer; its record's text is the row as printed."""
    values = "; ".join(f"{k} {v}" for k, v in fields.items() if k not in ("label", "unit"))
    return f"{fields.get('label', '')}: {values}" + (f" ({fields['unit']})" if fields.get("unit") else "")


def _cells(line: str) -> tuple[str, str, str] | None:
    """(label, numeric cell text, trailing text cell) when `line` ends in numeric cells."""
    s = line.rstrip()
    if re.search(r"\.{4,}|…", s):  # table of contents
        return None
    m = CELLS_RE.search(s)
    if not m:
        return None
    if re.fullmatch(r"(19|20)\d\d-\d\d-\d\d", m.group(1).strip()):  # "daterat 2025-04-04": a date
        return None
    label = re.sub(r"(?:\s+[\[\]\\|‘’'`]+)+$", "", s[:m.start()].rstrip()).strip()  # OCR specks: "Personal ‘"
    cells = re.sub(r"\s*\|\s*", " ", m.group(1)).strip()  # OCR'd column rules: "-24372 | -4466204"
    return label, cells, norm_ws(m.group(2) or "")


def _numbers(cells: str, k: int | None) -> list[str]:
    """The cells in `cells`, in order: numbers with their "%" or footnote mark, and "Ej aktuellt"s.

    `k` (the column count) guides `split_run` only when the numbers form one run: a mark or a
    text cell between numbers already ends one.
    """
    return list(_read_numbers(cells, k))


@lru_cache(maxsize=8192)
def _read_numbers(cells: str, k: int | None) -> tuple[str, ...]:
    """`_numbers`, read once per row and column count (a table's column count is found by
    reading every row at every count its rows suggest)."""
    runs = tokens_in(cells)
    out = [(m.start(), m.group(0)) for m in NA_RE.finditer(cells)]
    k_run = k - len(out) if k and len(runs) == 1 and k > len(out) else None
    for run in runs:
        out += [(num.start, _cell(cells, num.start, num.end)) for num in split_run(run, k_run)]
    return tuple(v for _, v in sorted(out))


def _cell(cells: str, start: int, end: int) -> str:
    """The number at cells[start:end] with the "%" or footnote mark right after it."""
    return cells[start:end + len(re.match(r"%?\**", cells[end:]).group(0))].strip()


def _cuts(cells: str, k: int) -> list[list[str]]:
    """Every way to read `cells`, one run of digit groups, as exactly `k` numbers."""
    runs = tokens_in(cells)
    if len(runs) != 1 or len(runs[0]) > 16 or NA_RE.search(cells):
        return []
    run = tuple(runs[0])
    return [[_cell(cells, run[a].start, run[b].end) for a, b in opt]
            for opt in numbers_options(run) if len(opt) == k]


def _digits(value: str) -> int:
    return len(re.sub(r"\D", "", value.split(",")[0]))


def _cut_rows(rows_c: list[tuple[int, str, str, str]], k: int) -> list[list[str]]:
    """The values of each row. A row read as more numbers than the table has columns has a
    number cut at a space inside it ("259 933" as two, where OCR text dropped that space in other
    rows: "-1646714"): it is cut into `k` numbers where that is certain, by the only such cut or
    the one nearest in magnitude, column by column, to the rows that fit; a tie stays as read."""
    read = [_numbers(c[2], k) + ([c[3]] if c[3] else []) for c in rows_c]
    fit = [v for v, c in zip(read, rows_c) if len(v) == k and not c[3]]
    typical = [median(_digits(v[j]) for v in fit) for j in range(k)] if fit else []
    out = []
    for v, c in zip(read, rows_c):
        cuts = _cuts(c[2], k) if len(v) > k and not c[3] else []
        far = sorted((sum(abs(_digits(x) - t) for x, t in zip(cut, typical)), n) for n, cut in enumerate(cuts))
        if len(cuts) == 1 or typical and len(cuts) > 1 and far[0][0] < far[1][0]:
            v = cuts[far[0][1]]
        if len(v) == k - 1 and not c[3]:
            v = _dash_cell(c[2], k) or v
        out.append(v)
    return out


def _dash_cell(cells: str, k: int) -> list[str] | None:
    """The cells of a row one short of the table's `k` columns when its lone dash is an empty
    cell, not a minus sign: "7 - 55 34" under four years is 7, -, 55, 34 (Intraservice p. 5).
    None unless exactly one dash stands alone before a number and so gives `k` cells."""
    dashes = list(re.finditer(r"(?<!\S)[-–−](?=\s+\d)", cells))
    if len(dashes) != 1:
        return None
    d = dashes[0]
    cut = _numbers(cells[: d.start()], None) + ["-"] + _numbers(cells[d.end() :], None)
    return cut if len(cut) == k else None


def _join_na_cells(lines: Sequence[Line]) -> list[Line]:
    """Lines with "Ej aktuellt" cells wrapped word by word ("Ej aktuellt Ej\naktuellt\nEj\n
    aktuellt") joined into one line, so that the row reads as one line of cells."""
    out: list[Line] = []
    for ln in lines:
        prev = out[-1] if out else None
        if prev is not None and ln.start - prev.end <= 1 and NA_WORDS_RE.fullmatch(ln.text.strip()) \
                and (NA_RE.search(prev.text) or re.search(r"(?:^|\s)Ej$", prev.text.rstrip())):
            out[-1] = Line(prev.start, ln.end, f"{prev.text.rstrip()} {ln.text.strip()}")
        else:
            out.append(ln)
    return out


def _is_years(values: list[str]) -> bool:
    return len(values) >= 2 and all(re.fullmatch(r"(19|20)\d\d", v) for v in values)


def _columns(header: str, k: int | None = None) -> list[str]:
    """The column names in `header`. A column word in lower case after another word is part of
    that cell ("Forandring utfall i %"). Given the cell count `k`, a header one name short takes
    the text between two names, if only one stretch has any, as the missing name: "Utfall 2024
    nadsutv. % avvikelse" (the heads "Nettokost-", "Budget-" on the line above, OCR text)."""
    header = re.sub(r"Avvik\s+else", "Avvikelse", header)
    found = [m for m in COL_RE.finditer(header)
             if not (m.group(0)[:1].islower() and re.search(r"[^\W\d_]\s+$", header[:m.start()]))]
    cols = [norm_ws(m.group(0)) for m in found]
    if k and len(found) == k - 1:
        gaps = [(m.end(), n.start()) for m, n in zip(found, found[1:])] + [(found[-1].end(), len(header))]
        named = [n for n, (a, b) in enumerate(gaps) if re.search(r"[^\W\d_]|%", header[a:b])]
        if len(named) == 1:
            a, b = gaps[named[0]]
            cols.insert(named[0] + 1, norm_ws(header[a:b]))
    out: list[str] = []
    for c in cols:  # a year right after a keyword without one belongs to it
        if re.fullmatch(r"(19|20)\d\d", c) and out and not re.search(r"\d", out[-1]) \
                and re.search(re.escape(out[-1]) + r"\s+" + c, header):
            out[-1] = f"{out[-1]} {c}"
        else:
            out.append(c)
    seen: Counter[str] = Counter()
    uniq = []
    for c in out:
        seen[c] += 1
        uniq.append(c if seen[c] == 1 else f"{c} ({seen[c]})")
    return uniq


def _stacked_columns(above: Sequence[Line], k: int) -> tuple[list[str], int] | None:
    """Column names of a header whose cells wrap word by word onto lines of their own (the PDF
    text of the Intraservice result tables: "Tjänster\nUtfall\nintäkter\nperiod\nUtfall\n
    kostnader\nperiod\n...\nBudgetav\nvikelse"), and the index of its first line in `above`.

    A cell starts at a short line beginning with a column word (Utfall, Prognos, Budget,
    Resultat, ...) and takes the lower-case lines after it ("intäkter", "mot budget",
    "helår") and a year its lines lack ("Bokslut\n2023"); lines before the first cell are the
    caption and the label column's header, which may end in the first cell's first word
    ("Bidrag, tkr Bokslut\n2023"); a capitalised line after the cells is a group row
    ("Gemensamma tjänster"). None unless there are exactly `k` cells and some cell spans lines.
    """
    cells: list[list[str]] = []
    first = -1
    glued = False
    texts = [ln.text.strip() for ln in above]
    for idx, s in enumerate(texts):
        if not s:
            continue
        if cells and (s[:1].islower() or YEAR_RE.fullmatch(s) and not re.search(r"\d", cells[-1][-1])):
            cells[-1].append(s)  # "intäkter" under "Utfall", "2023" under "Bokslut"
            if re.search(r"\w-$", cells[-1][-2]) and not re.match(r"(och|eller|samt)\b", s):
                cells[-1][-2:] = [cells[-1][-2][:-1] + s]  # "Prognos-" "avvikelse": one word
        elif CELL_START_RE.match(s) and len(s.split()) <= 2 and len(s) <= 25:
            cells.append([s])
            first = idx if first < 0 else first
        elif cells:
            break
        elif _glued_cell(s, next((t for t in texts[idx + 1:] if t), "")):
            cells.append([s.split()[-1]])  # "Bidrag, tkr Bokslut" over "2023"
            first, glued = idx, True
    if len(cells) != k or all(len(c) == 1 for c in cells):
        return None
    # a word broken without a hyphen: "Budgetav" "vikelse", "Avvik" "else"
    names = [re.sub(r"(?i)\b(\w*av) (vikelse)|\b(\w*avvik) (else)\b",
                    lambda m: "".join(g for g in m.groups() if g), " ".join(c)) for c in cells]
    if not glued and first > 0 and not above[first - 1].blank and len(above[first - 1].text.split()) == 1:
        first -= 1  # the label column's header ("Tjänster") beside the first cell
    return names, first


def _glued_cell(line: str, nxt: str) -> bool:
    """Whether `line` is the label column's header with the first header cell's first word
    after it ("Bidrag, tkr Bokslut"), the cell going on in `nxt` ("2023", "intäkter")."""
    words = line.split()
    return len(words) > 1 and words[-1][:1].isupper() and bool(CELL_START_RE.fullmatch(words[-1])) \
        and (nxt[:1].islower() or bool(YEAR_RE.fullmatch(nxt)))


def _contents(lines: Sequence[Line]) -> set[int]:
    """Indices of the lines of a contents list: under an "Innehåll" heading, entries that end in
    page numbers that never go down, with up to two unnumbered lines (a wrapped title, a part's
    title) between. Without dot leaders "Göteborgs Stads årsredovisning 2022 25" reads as a row."""
    out: set[int] = set()
    for i, ln in enumerate(lines):
        if not CONTENTS_RE.fullmatch(ln.text):
            continue
        last, pending = 0, []
        for j in range(i + 1, len(lines)):
            s = lines[j].text.strip()
            m = ENTRY_RE.fullmatch(s)
            if not s:
                continue
            if m and int(m.group("page")) >= last:
                out.update(pending + [j])
                last, pending = int(m.group("page")), []
            elif not m and len(pending) < 2 and len(s) <= 90 and not s.endswith("."):
                pending.append(j)
            else:
                break
    return out


def parse_ekonomi(text: str, lines: Sequence[Line]) -> list[TableSpan]:
    """Economy tables (see module docstring)."""
    lines = _join_na_cells(lines)
    contents = _contents(lines)
    cand: list[tuple[int, str, str, str]] = []  # (line index, label, cells, trailing text)
    for i, ln in enumerate(lines):
        c = _cells(ln.text)
        if c is None or len(ln.text.strip()) > 140 or i in contents:
            continue
        label, cells, trail = c
        if len(_numbers(cells, None)) + bool(trail) < 2:
            continue
        if label and len(label) > 90:
            continue
        cand.append((i, label, cells, trail))
    groups: list[list[tuple[int, str, str, str]]] = []
    for c in cand:
        if groups:
            prev = groups[-1][-1][0]
            between = [ln for ln in lines[prev + 1:c[0]] if not ln.blank]
            contiguous = all(lines[x].start - lines[x - 1].end <= 1 for x in range(prev + 1, c[0] + 1))
            # a label wraps over up to four lines ("Digital infrastruktur,\nDemokrati- och\n
            # Medborgarservice\n(DM)"), as `_table` reads it
            if contiguous and len(between) <= 4 and all(len(b.text.strip()) <= 60 for b in between):
                groups[-1].append(c)
                continue
        groups.append([c])
    tables: list[TableSpan] = []
    for g in groups:
        t = _table(text, lines, g)
        if t is not None:
            tables.append(t)
    return tables


def _column_count(rows_c: list[tuple[int, str, str, str]]) -> int:
    """The cell count the rows agree on: of the counts they read as on their own, the one the
    most rows can be cut into, then the commonest. OCR adds and drops the spaces inside numbers,
    so a row reads "-1646714" where another reads "-17 470", and "259 933" alone is two cells."""
    cells = [(c[2], int(bool(c[3]))) for c in rows_c]
    counts = Counter(len(_numbers(s, None)) + t for s, t in cells)

    def fits(k: int) -> int:
        return sum(len(_numbers(s, k - t)) + t == k or not t and len(_numbers(s, k)) > k and bool(_cuts(s, k))
                   for s, t in cells)

    return max(counts, key=lambda k: (fits(k), counts[k]))


def _table(text: str, lines: Sequence[Line], g: list[tuple[int, str, str, str]]) -> TableSpan | None:
    # header rows: candidates whose numbers are all years
    header_parts: list[str] = []
    rows_c = []
    for c in g:
        if _is_years(_numbers(c[2], None)) and not rows_c:
            header_parts.append(lines[c[0]].text)
        else:
            rows_c.append(c)
    if len(rows_c) < 2:
        return None
    first_i = rows_c[0][0]
    # look above the first row for the header and the caption (stop at prose or a blank gap);
    # a header stacked word by word (`_stacked_columns`) may reach further up
    reach: list[Line] = []
    x = first_i - 1
    blanks = 0
    while x >= 0 and len(reach) < 24:
        ln = lines[x]
        if ln.blank:
            blanks += 1
            if blanks > 2 and reach:
                break
        else:
            blanks = 0
            word = ln.text.split()[0] if len(ln.text.split()) == 1 else ""
            if len(ln.text.strip()) > 90 or ln.text.rstrip().endswith((".", ":")) and not (
                    CELL_START_RE.match(word) or word[:1].islower()):
                break  # a sentence ends there; a header cell may be abbreviated ("Ack." over "Utfall", "kostn.")
            reach.insert(0, ln)
        x -= 1
    above = reach[-14:]
    mode = _column_count(rows_c)
    cols: list[str] = []
    head: Line | None = None  # the header's first line
    # the biggest block of lines above the first row whose columns match the cell count
    # (rows of a group above, "Summa färdigställda projekt 0,925 0,742", end the block: the
    # header stands above them)
    ends = [len(above)] + [e for e in range(len(above) - 1, 0, -1) if _cells(above[e].text) is not None]
    for gap in (None, mode):
        for end in ends:
            for start in range(end if not cols else 0):
                cand_cols = _columns(" ".join(ln.text for ln in above[start:end]), gap)
                if len(cand_cols) == mode:
                    cols, head = cand_cols, above[start]
                    break
    # a header stacked cell by cell names the columns better; where both agree ("Budget\n2024\n
    # Budget\n2025"), the block above keeps its caption ("Resursramar, miljoner kronor")
    stacked = _stacked_columns(reach, mode)
    if stacked and stacked[0] != cols:
        cols, head = stacked[0], reach[stacked[1]]
        above = reach[min(stacked[1], len(reach) - len(above)):]  # the unit may be in the header
    header_text = " ".join([ln.text for ln in above] + header_parts)
    if header_parts and not cols:
        cols = _columns(" ".join(header_parts))
    k = len(cols) if cols else mode
    unit = next((u for rx, u in UNIT_RE if rx.search(header_text)), "")
    rows: list[RowSpan] = []
    cut = _cut_rows(rows_c, k)
    last_row_i = -1
    for ci, (i, label, cells, trail) in enumerate(rows_c):
        lab_lines: list[Line] = []
        if not LETTER.search(label):
            y = i - 1
            while y >= 0 and y > last_row_i and len(lab_lines) < 4:
                if lines[y].blank:
                    y -= 1
                    continue
                if lines[y] in above and ci == 0 and _columns(lines[y].text):
                    break
                lab_lines.insert(0, lines[y])
                y -= 1
            label = norm_ws(" ".join(ln.text for ln in lab_lines) + " " + label)
        elif i - 1 > last_row_i and not lines[i - 1].blank and label[:1].islower():
            lab_lines = [lines[i - 1]]
            label = norm_ws(lines[i - 1].text + " " + label)
        label = re.sub(r"^[-–•]\s+", "", label).strip()
        if not label:
            continue
        values = cut[ci]
        keys = cols if len(cols) == len(values) else [f"v{n + 1}" for n in range(len(values))]
        fields = {"label": label}
        fields.update({kk: vv.rstrip("*") for kk, vv in zip(keys, values)})
        # percentages: the label says so, or every number is one ("11,29% 11,29%", not "-2783 7,0%")
        numbers = sum(bool(re.search(r"\d", v)) for v in values)
        pct = "%" in label or 0 < numbers <= len(re.findall(r"\d\s?%", cells))
        row_unit = "procent" if pct else unit
        if row_unit:
            fields["unit"] = row_unit
        start = (lab_lines[0] if lab_lines else lines[i]).start
        # the row as the page prints it ("Turistverksamhet | 2 802 | 2 803 | -1"), as a generic row reads;
        # `described` names each value's column for an answer
        rows.append(RowSpan(start, lines[i].end, fields, " | ".join([label, *values])))
        last_row_i = i
    if len(rows) < 2:
        return None
    t_start = head.start if head is not None else rows[0].start
    return TableSpan(min(t_start, rows[0].start), rows[-1].end, "ekonomi", tuple(rows))
