"""Lists and tables of a PDF read from word positions (pdfplumber), page by page.

`read_layout(data, name, warn)` gives, per 1-based page number, the generic `Record`s of
that page: every row of a ruled table (pdfplumber's `find_tables`, cells split by the drawn
lines, a cell's lines joined), and every list item and borderless-table row found by
`ingest.generic` in the page's lines cut at wide gaps. Why pdfplumber and not pypdf's text:
pypdf reads a row's cells into one line with single spaces (the column boundaries are lost)
and misses text some layouts draw in separate objects (two-column bullet lists); word boxes
keep both. Measurements in docs/design.md ("Lists and tables").

A ruled table continued on the next page (same number of columns, ending in the bottom
quarter of one page and starting in the top quarter of the next, with its header repeated or
no caption of its own) keeps its id and header; a repeated header row is dropped, and a first row with an empty
first cell is joined to the last row of the page before. A list of paragraphs that runs to the
end of a page goes on at the top of the next (`ingest.leadin`). A page whose layout cannot be read
gets no records and one warning; the document still ingests from its text.
"""

from __future__ import annotations

import io
import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any

from insyn.ingest.cleaning import joined_name
from insyn.ingest.figures import TIME_COLUMN
from insyn.ingest.generic import (BULLETS, DASHES, GOES_ON, LEADER, SUM_ROW, Item, Row, Seg, is_figure, join_markers,
                                  merge_spans, spread_years, without_goes_on, wrap)
from insyn.ingest.grid import MAX_CELL_CHARS, NUMBERED_TITLE, YEAR, column_name, names_only, quantity
from insyn.ingest.items import read_items
from insyn.ingest.leadin import CONTINUED, OpenList, open_at_end
from insyn.types import Record

Warn = Callable[[str], None]
_GAP_EM = 0.9  # a gap wider than this many font sizes cuts a line into segments ...
_GAP_EM_EVEN = 3.0  # ... or this many on a line whose gaps are all alike (justified prose)
_EVEN_GAPS = 1.5  # gaps all within this ratio of each other are alike
_MAX_CAPTION = 160
_MIN_CHARS = 20  # a page with fewer characters has no text layer to read positions from
_TOP_SHARE = 0.25  # a table starting in the top quarter of a page may continue one ending in the bottom quarter
_FOLD = re.compile(r"[^0-9a-zåäöéü]+")


def _clean(text: str | None) -> str:
    return wrap((text or "").replace("\u00ad", "").split("\n"))


def _fold(text: str) -> str:
    return _FOLD.sub("", text.lower())


def _words(header: tuple[str, ...]) -> set[str]:
    return {_fold(w) for cell in header for w in cell.split()}


def _lines(words: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Words grouped into lines by their top edge, each line's words in reading order."""
    lines: list[list[dict[str, Any]]] = []
    for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if lines and abs(lines[-1][0]["top"] - w["top"]) <= 0.4 * max(w.get("size", 10.0), 1.0):
            lines[-1].append(w)
        else:
            lines.append([w])
    return lines


def _rows(words: list[dict[str, Any]]) -> list[Row]:
    """Words grouped into lines (by their top edge) and cut into segments at wide gaps, and where
    a column of the lines around them starts (`_parted_at_columns`)."""
    lines: list[tuple[float, float, list[list[dict[str, Any]]]]] = []
    for line in _lines(words):
        line.sort(key=lambda w: w["x0"])
        size = max(w.get("size", 10.0) for w in line)
        gaps = sorted(b["x0"] - a["x1"] for a, b in zip(line, line[1:]))
        even = len(gaps) >= 4 and gaps[-1] <= _EVEN_GAPS * max(gaps[0], 0.1) \
            and not all(is_figure(w["text"]) for w in line)  # a justified line (evenly set years are columns)
        wide = (_GAP_EM_EVEN if even else _GAP_EM) * size
        segs: list[list[dict[str, Any]]] = []
        for w in line:
            gap = w["x0"] - segs[-1][-1]["x1"] if segs else 0.0
            if segs and gap <= wide and w["text"][0] not in BULLETS:
                segs[-1].append(w)
            else:
                segs.append([w])
        lines.append((line[0]["top"], size, [piece for s in segs for piece in _figures_apart(s, size)]))
    rows: list[Row] = []
    for top, size, segs in _parted_at_columns(lines):
        cut = [Seg(s[0]["x0"], _inked_end(s), " ".join(w["text"] for w in s), s[1]["x0"] if len(s) > 1 else -1.0)
               for s in segs]
        rows.append(Row(top, size * 1.2, join_markers(cut, size)))
    return rows


COLUMN_CELLS = 3  # a table's line has at least this many cells; a column starts where this many of them start one
COLUMN_TOL = 1.5  # points: cells starting this close start one column
COLUMN_REACH = 10  # line heights: a column's cells stand this close to the line parted at its start (rows of wrapped cells)


_THOUSANDS = re.compile(r"\d{3}(?:[,.]\d+)?\s?%?$")  # a number's next group of three ("298,0" of "1 298,0"), not a year


def _parted_at_columns(lines: list[tuple[float, float, list[list[dict[str, Any]]]]]
                       ) -> list[tuple[float, float, list[list[dict[str, Any]]]]]:
    """Lines whose cell runs into the next column's, set closer than a segment's gap ("Gamla
    landsvägen Bredare vägren" where "Gata" ends and "Åtgärd" begins), cut where a column starts:
    where `COLUMN_CELLS` cells of other table lines nearby start one, a word of the run starts
    too, after a space (not inside a number, "1 298,0"). A line of one run (prose, a title) is left whole."""
    starts = [(s[0]["x0"], top) for top, _, segs in lines if len(segs) >= COLUMN_CELLS for s in segs]
    cells = [(s[0]["x0"], _inked_end(s), top, is_figure(" ".join(w["text"] for w in s)))
             for top, _, segs in lines if len(segs) >= COLUMN_CELLS for s in segs]
    out = []
    for top, size, segs in lines:
        if len(segs) < 2:  # a line of one run is prose or a title, no table line
            out.append((top, size, segs))
            continue
        near = [x for x, y in starts if y != top and abs(y - top) <= COLUMN_REACH * 1.2 * size]
        around = [(x0, x1, y, figure) for x0, x1, y, figure in cells if y != top and abs(y - top) <= COLUMN_REACH * 1.2 * size]
        parted: list[list[dict[str, Any]]] = []
        for s in segs:
            piece = [s[0]]
            names = sum(len(w["text"]) + 1 for w in s) <= MAX_CELL_CHARS  # a run of column names, not a sentence
            for a, w in itertools.pairwise(s):
                # where a column starts, or where a word over a column of figures follows one over another column
                # ("Riktning Basår 2024 2025" read as one run over right-aligned years)
                if w["x0"] - a["x1"] > 0.1 * size and (sum(abs(x - w["x0"]) <= COLUMN_TOL for x in near) >= COLUMN_CELLS
                                                       or (names and _over_two_columns(a, w, around))) \
                        and not (a["text"][-1:].isdigit() and _THOUSANDS.match(w["text"])):  # "1 298,0" is `_figures_apart`'s
                    parted.append(piece)
                    piece = []
                piece.append(w)
            parted.append(piece)
        out.append((top, size, parted))
    return out


_SHARED = 3  # cells under both words: fewer than a third of those under either


def _over_two_columns(a: dict[str, Any], w: dict[str, Any], cells: list[tuple[float, float, float, bool]]) -> bool:
    """Whether word `w` of a run, a capital or a digit first, stands over a column of figures and
    the word before it over another column: each over `COLUMN_CELLS` cells of the lines around
    (`cells`: start, end, line, whether a figure), w's figures, and few cells under both (one line
    read as one run across the columns, as OCR may, bridges them; a title's "Mål 1." over a
    number column and the labels beside it has labels under its second word, no figures)."""
    def over(word: dict[str, Any]) -> set[tuple[float, float, float, bool]]:
        return {c for c in cells if c[0] < word["x1"] and c[1] > word["x0"]}
    if not (w["text"][:1].isupper() or w["text"][:1].isdigit()) or a["text"].endswith((".", ":", ";")):
        return False  # "Antal insatser" over two years: one name's words; a sentence ending before the next
    under_a, under_w = over(a), over(w)
    return len(under_a) >= COLUMN_CELLS and sum(c[3] for c in under_w) >= COLUMN_CELLS \
        and len(under_a & under_w) * _SHARED < min(len(under_a), len(under_w))


# a number as a table cell writes it, its thousands in groups of three: "1 187 800", "−12,5", "48 %"
_GROUPED = re.compile(r"[−–+-]?\d{1,3}(?: \d{3})*(?:,\d+)?(?: ?%)?")
_APART_RATIO = 1.6  # a gap this many times the run's narrowest one parts two numbers ...
_APART_EM = 0.4  # ... when it is at least this many font sizes wide


def _figures_apart(words: list[dict[str, Any]], size: float) -> list[list[dict[str, Any]]]:
    """A run of number words cut where one number ends and the next column's begins, set closer
    than a segment's gap (a bold total row, "253 1 187 800 1 217 100" under "Avgångar | Resor
    2025 | Resor 2026"): at the gaps clearly wider than the run's narrowest (its thousands'
    spaces), when every piece is then one number with its thousands grouped by three."""
    if len(words) < 3 or not all(_GROUPED.fullmatch(w["text"]) for w in words):
        return [words]
    gaps = [b["x0"] - a["x1"] for a, b in zip(words, words[1:])]
    narrow = max(min(gaps), 0.1)
    cuts = [i + 1 for i, g in enumerate(gaps) if g >= _APART_RATIO * narrow and g >= _APART_EM * size]
    if not cuts:
        return [words]
    pieces = [words[a:b] for a, b in zip([0, *cuts], [*cuts, len(words)])]
    if not all(_GROUPED.fullmatch(" ".join(w["text"] for w in p)) for p in pieces):
        return [words]
    return pieces


def _inked_end(words: list[dict[str, Any]]) -> float:
    """Where a run of words ends, short of the dot leaders it runs into ("Fritidshus ........"
    up to the price column): the leaders fill the gap to the next column, they are not in it."""
    return max((w["x1"] for w in words if not LEADER.fullmatch(w["text"])), default=words[-1]["x1"])


def _inside(w: dict[str, Any], boxes: list[tuple[float, float, float, float]]) -> bool:
    cx, cy = (w["x0"] + w["x1"]) / 2, (w["top"] + w["bottom"]) / 2
    return any(x0 - 1 <= cx <= x1 + 1 and top - 1 <= cy <= bottom + 1 for x0, top, x1, bottom in boxes)


def _in_column(row: Row, x0: float, x1: float) -> str:
    return " ".join(s.text for s in row.segs if s.x0 <= x1 and s.x1 >= x0)


PROSE_SEGMENT = 25  # characters: a line of running text in a column of its own is at least this long


def _two_columns_of_prose(lines: list[Row], x0: float, x1: float) -> bool:
    """Whether the lines right above a table are running text set in columns side by side
    (the end of a two-column introduction, "energi- och personalkostnaderna har ökat" beside
    "fortfarande ut för förkomna och skadade"): long runs of words that do not overlap, one
    starting in the table's left part and one further right. Not a caption."""
    segs = [s for r in lines for s in r.segs if s.x0 <= x1 and s.x1 >= x0 and len(s.text) >= PROSE_SEGMENT]
    return any(b.x0 - a.x1 > 0 and b.x0 - a.x0 > 0.3 * (x1 - x0) for a in segs for b in segs)


_SENTENCE_END = re.compile(r"\S\. (?=[A-ZÅÄÖ])")  # past a few words ("Tabell 2. Driftramar" is one sentence)


def _caption(rows: list[Row], top: float, x0: float, x1: float, header: tuple[str, ...] = ()) -> str:
    """The text right above a table or list in its own column (within three line heights),
    when short (of a lead-in ending with a colon, its own last sentence); else a lead-in ending
    with a colon on those lines (a list's second column). The table's own header printed above
    its ruled rows is no caption: the line above it is."""
    own = _fold(" ".join(header))
    above = [r for r in rows if r.y < top - 0.5 and top - r.y <= (4 if own else 3) * r.height]
    if _two_columns_of_prose(above, x0, x1):
        return ""  # the last lines of text set in columns above the table, no title of it
    for k in range(len(above) - 1, -1, -1):
        text = _in_column(above[k], x0, x1)
        if not text or (own and _fold(text) == own):
            continue
        line, earlier = above[k], [r for r in rows if r.y < above[k].y]
        while earlier and line.y - earlier[-1].y <= 1.6 * line.height:  # a caption wrapped over lines
            more = _in_column(earlier[-1], x0, x1)
            if not more or more.rstrip().endswith((".", ":", "!", "?")) or len(more) + len(text) >= _MAX_CAPTION:
                break
            text, line = f"{more} {text}", earlier.pop()
        if text.rstrip().endswith(":") and (ends := [m for m in _SENTENCE_END.finditer(text) if len(text[: m.start()].split()) > 2]):
            text = text[ends[-1].end():]  # a lead-in's own sentence: "... i årskurs 9. Förvaltningen bedömer att följande ...:"
        return text if len(text) <= _MAX_CAPTION else ""
    lead = [s.text for r in above for s in r.segs if s.text.rstrip().endswith(":")]
    return lead[-1] if lead and len(lead[-1]) <= _MAX_CAPTION else ""  # the lead-in beside it


def _header_like(row: list[str]) -> bool:
    """A row continuing a header stacked over several rows: its first (label) cell is empty,
    and its other cells are words or years, not figures ("| Utfall | Budget", "| 2024 | 2025")."""
    cells = [c for c in row[1:] if c]
    return not row[0] and bool(cells) and all(column_name(c) for c in cells)


def _header(rows: list[list[str]]) -> tuple[tuple[str, ...], int]:
    """The header of a ruled table and how many rows it takes: the first row, and up to two
    more rows stacked under it (see `_header_like`), joined column by column."""
    n = 1
    while n < min(3, len(rows) - 1) and _header_like(rows[n]):
        n += 1
    return tuple(" ".join(r[c] for r in rows[:n] if r[c]) for c in range(len(rows[0]))), n


def _title_row(grid: list[list[str]]) -> str:
    """The title a ruled table sets in its first row, across it ("Tabell 1. Förskola, 1–5 år"
    over "Barn | Andel av inkomsten | Högsta avgift"): the first cell alone, over a row of column
    names; else ""."""
    if len(grid) < 3 or len(grid[0]) < 2 or not grid[0][0] or any(grid[0][1:]):
        return ""
    names = [c for c in grid[1] if c]
    return grid[0][0] if len(names) >= 2 and all(column_name(c) for c in names) else ""


def _keyed(header: tuple[str, ...], cells: list[str]) -> dict[str, str]:
    """Cells keyed by their column's header (column number when the header cell is empty), a
    measure's name carried over its bare years (`spread_years`)."""
    header = spread_years(header)
    out: dict[str, str] = {}
    for i, cell in enumerate(cells):
        key = header[i] if i < len(header) and header[i] else str(i + 1)
        while key in out:
            key += "'"
        if cell:
            out[key] = cell
    return out


TITLE_WORDS = 8  # a group's title across a ruled table ("4 Barn och unga") is short, or one of few rows across


def _grid(table: Any, fix: Callable[[str], str], turned: list[dict[str, Any]],
          words: list[dict[str, Any]]) -> list[list[str]]:
    """A ruled table's cell texts, one list per row, with cells spanning several drawn columns
    (pdfplumber gives None for the columns a cell covers) put in the column they fill: the
    columns are the unions of overlapping cell x-ranges of the body rows, but for a row holding
    one title across the table (a group's, "4 Barn och unga", or a long one among many rows,
    "Mål 1. Alla barn och elever ska ..."), which would join them all into one; it stands in
    the first column. A cell of the first row over several columns that the second row names
    names each of them (a header of two levels: "Utfall" over "2024 | 2025"). A first row drawn
    as one band over the ruled body, its column names set apart in it, is split over the body's
    columns (`_band_names`). Text across a frame in many of its rows makes it a box of text.
    `turned`: the page's letters turned to read upwards (`_upright`); `words`: the page's words."""
    texts = table.extract()
    placed = [[(cell[0], cell[2], fix(_clean(_upright(t, cell, turned)))) for cell, t in zip(row.cells, trow) if cell is not None]
              for row, trow in zip(table.rows, texts)]
    _words_across(table, placed, words, fix)
    _spanned_down(table, placed)
    body = placed[1:] if len(placed) > 2 else placed
    x0, x1 = float(table.bbox[0]), float(table.bbox[2])
    across = [len(row) == 1 and row[0][1] - row[0][0] >= 0.8 * (x1 - x0) for row in body]
    few = sum(across) <= len(body) / 3  # titles over groups of rows; more text across the frame: a box of text
    titles = [wide and (few or len(row[0][2].split()) <= TITLE_WORDS) for row, wide in zip(body, across)]
    cols = merge_spans([(a, b) for row, title in zip(body, titles) if not title for a, b, _ in row] or
                       [(a, b) for row in body for a, b, _ in row], overlap=1.0)
    below = placed[1] if len(placed) > 1 else []

    def named_below(a: float, b: float) -> bool:  # the second row names two or more columns under [a, b]
        return sum(1 for c0, c1, text in below if text and a - 1 <= (c0 + c1) / 2 <= b + 1) >= 2

    grid = []
    labels = _labels_left(table, words, fix)
    for n, row in enumerate(placed):
        if n == 0 and len(row) == 1 and (named := _band_names(table.rows[0], cols, words, fix)):
            grid.append([labels[n], *named] if labels else named)
            continue
        cells = [""] * len(cols)
        for a, b, text in row:
            mid = a + 1 if b - a >= 0.8 * (x1 - x0) else (a + b) / 2  # a cell across the table: first column
            c = next((i for i, (x0, x1) in enumerate(cols) if x0 <= mid <= x1), min(range(len(cols)), key=lambda i: abs(cols[i][0] - a)))
            under = [i for i, (c0, c1) in enumerate(cols) if a - 1 <= c0 and c1 <= b + 1]
            # the first row's cell over two or more columns the second row names, names each of them
            # ("Utfall" over "2024 | 2025"); over columns the row below leaves unnamed it stays one column's
            spans = n == 0 and len(under) > 1 and b - a < 0.8 * (x1 - x0) and named_below(a, b)
            for i in under if spans else [c]:
                if text != cells[i]:  # a cell spanning two drawn columns is given in both: once is enough
                    cells[i] = f"{cells[i]} {text}".strip()
        if any(cells):
            grid.append([labels[n], *cells] if labels else cells)
    return grid


LABELLED_ROWS = 0.6  # of a ruled table's body rows, the share with a label of its own left of its frame


def _labels_left(table: Any, words: list[dict[str, Any]], fix: Callable[[str], str]) -> list[str] | None:
    """The labels of a ruled table's rows set left of its frame, one per row (`table.rows`), when
    most body rows have one: a short run of words starting where the others do ("Kommunlednings-
    förvaltningen" beside shaded columns of years whose edges were the only rules; "Förvaltning"
    beside the header). None when they have not: prose beside a table runs longer, and the rows
    of a table set left of it hold figures (`words` leave out those of the page's other ruled
    tables)."""
    x0 = table.bbox[0]
    labels: list[tuple[float, str]] = []
    for row in table.rows:
        if row.bbox is None:
            labels.append((-1.0, ""))
            continue
        top, bottom = row.bbox[1], row.bbox[3]
        run = sorted((w for w in words if w["x1"] <= x0 and top - 1 <= (w["top"] + w["bottom"]) / 2 <= bottom + 1),
                     key=lambda w: (w["top"], w["x0"]))
        text = fix(" ".join(w["text"] for w in run))
        labels.append((min((w["x0"] for w in run), default=-1.0), "" if any(is_figure(w["text"]) for w in run) else text))
    body = labels[1:]
    named = [(x, text) for x, text in body if text]
    if len(body) < 2 or len(named) < LABELLED_ROWS * len(body):
        return None
    starts = [x for x, _ in named]
    if max(starts) - min(starts) > COLUMN_TOL or not all(len(text) <= MAX_CELL_CHARS for _, text in named):
        return None
    return [text for _, text in labels]


ACROSS = 0.3  # of a word's width: standing this much on each side of a cell's rule, it stands across it


def _words_across(table: Any, placed: list[list[tuple[float, float, str]]], words: list[dict[str, Any]],
                  fix: Callable[[str], str]) -> None:
    """A word set across the rule between two cells (a group's name, "Samtliga", centred over the
    shaded cells of its two years) is cut by the rule into fragments, "Sam" and "tliga": each
    cell it stands in reads it whole, with the cell's own words."""
    for n, row in enumerate(table.rows):
        cells = [c for c in row.cells if c is not None]
        for k, (cell, (a, b, _)) in enumerate(zip(cells, placed[n])):
            shares = [(w, _share_in(w, cell)) for w in words if cell[1] - 1 <= (w["top"] + w["bottom"]) / 2 <= cell[3] + 1]
            if any(ACROSS <= share <= 1 - ACROSS for _, share in shares):
                inside = sorted((w for w, share in shares if share >= ACROSS), key=lambda w: (round(w["top"]), w["x0"]))
                placed[n][k] = (a, b, fix(" ".join(w["text"] for w in inside)))


def _share_in(word: dict[str, Any], cell: tuple[float, float, float, float]) -> float:
    """The share of a word's width inside a cell's columns."""
    return max(0.0, min(word["x1"], cell[2]) - max(word["x0"], cell[0])) / max(word["x1"] - word["x0"], 0.1)


def _spanned_down(table: Any, placed: list[list[tuple[float, float, str]]]) -> None:
    """A label drawn over several rows in the first column (an indicator's name beside its rows
    of years, a goal area beside its indicators) belongs to each row it spans that is a row of its own (two
    cells or more filled, all right of the label): its text is put in them. The lines of one
    row that the rules of other columns split (a project name wrapped beside its one line of
    figures) are not rows of their own and stay to be joined; the header's cells are not
    spread either (a name over two header rows is the header's once), nor figures."""
    label: tuple[float, float, str, float] | None = None  # x0, x1, text, bottom of the first column's label over rows below
    for n, row in enumerate(table.rows[1:], start=1):
        cells = [c for c in row.cells if c is not None]
        if not cells:
            continue
        top, bottom = min(c[1] for c in cells), min(c[3] for c in cells)  # the row's own height, not its spanning cells'
        filled = [c for c, (_, _, t) in zip(cells, placed[n]) if t]
        if label and label[3] > top + 1 and len(filled) >= 2 and label[1] <= min(c[0] for c in filled) + 1:
            placed[n].insert(0, label[:3])
        first = next(((c, t) for c, (_, _, t) in zip(cells, placed[n]) if c[0] <= table.bbox[0] + 1), None)
        if first and first[0][3] > bottom + 1 and re.search(r"[^\W\d_]", first[1]):
            label = (first[0][0], first[0][2], first[1], first[0][3])
        elif label and label[3] <= bottom + 1:
            label = None


BAND_NAMES = 3  # column names set apart on a header band's last line, in as many of the body's columns


def _band_names(row: Any, cols: list[tuple[float, float]], words: list[dict[str, Any]],
                fix: Callable[[str], str]) -> list[str] | None:
    """The column names of a header drawn as one band across a ruled table (a shaded row with no
    rules inside it over a body whose columns are ruled: "Indikator   År   Kvinnor   Män"), each
    put in the body's column it stands in, lines stacked over it joined above it; None when the
    band's last line does not name at least `BAND_NAMES` of the columns apart (a title across
    the table is one run of words)."""
    if len(cols) < BAND_NAMES or row.bbox is None:
        return None
    lines = _rows([w for w in words if _inside(w, [row.bbox])])
    if not lines:
        return None

    def column(s: Seg) -> int:
        mid = (s.x0 + s.x1) / 2
        return next((i for i, (a, b) in enumerate(cols) if a - 1 <= mid <= b + 1), min(range(len(cols)), key=lambda i: abs((cols[i][0] + cols[i][1]) / 2 - mid)))
    last = [column(s) for s in lines[-1].segs]
    if len(set(last)) < BAND_NAMES or len(set(last)) < len(last):
        return None
    cells = [""] * len(cols)
    for line in lines:
        for s in line.segs:
            i = column(s)
            cells[i] = f"{cells[i]} {fix(s.text)}".strip()
    return cells


def _upright(text: str | None, cell: tuple[float, float, float, float], turned: list[dict[str, Any]]) -> str | None:
    """A cell's text as written when it is turned a quarter counter-clockwise (a narrow column's
    name read upwards, "Upplåtelseform", "2027"): pdfplumber gives its letters top to bottom,
    last first."""
    if not text or not turned:
        return text
    inside = [c for c in turned if cell[0] <= (c["x0"] + c["x1"]) / 2 <= cell[2] and cell[1] <= (c["top"] + c["bottom"]) / 2 <= cell[3]]
    return text[::-1] if len(inside) > len(text.replace(" ", "")) / 2 else text


class _Continued:
    """What may go on from the page before: its last ruled table (id, header, width, last record)
    and the list of paragraphs it ended in."""

    def __init__(self) -> None:
        self.table, self.header, self.ncols, self.last, self.bottom = "", (), 0, None, 0.0
        self.leadin: OpenList | None = None  # the list of paragraphs the page ended in
        # the page's last table read without rules: id, header, caption, last row, its bottom (share of the page)
        self.grid: tuple[str, tuple[str, ...], str, Record, float] | None = None
        # the page's last set of framed cards: id, card width, the last card's bottom (share of the page)
        self.cards: tuple[str, float, float] | None = None
        self.legends: dict[str, dict[str, str]] = {}  # a table's abbreviations, as a note on one of its pages spells them


def _ruled(page: Any, number: int, rows: list[Row], prev: _Continued, out: list[Record],
           fix: Callable[[str], str], words: list[dict[str, Any]]) -> list[tuple[float, float, float, float]]:
    """Records of the ruled tables and framed cards on one page (cells repaired by `fix`);
    returns their boxes."""
    boxes = []
    # the set of cards the page before ended in goes on at the top of this one
    cards = prev.cards[:2] if prev.cards and prev.cards[2] > 1 - _TOP_SHARE else None
    prev.cards = None
    # the page's letters turned a quarter counter-clockwise (`_upright`)
    turned = [c for c in page.chars if not c.get("upright", True) and c["matrix"][1] > 0]
    # per column count, the last frame's table, header, bottom and caption
    under: dict[int, tuple[str, tuple[str, ...], float, str]] = {}
    tables = page.find_tables()
    for n, table in enumerate(tables):
        others = [t.bbox for t in tables if t is not table]
        grid = _grid(table, fix, turned, [w for w in words if not _inside(w, others)])
        if grid and max(len(r) for r in grid) == 1 and (card := _card(table, words, number)) is not None:
            width = float(table.bbox[2] - table.bbox[0])
            if cards is None or abs(cards[1] - width) > 2:  # cards of one size side by side and on: one set
                cards = (f"t{number}.{n + 1}", width)
                caption = _caption(rows, table.bbox[1], table.bbox[0], table.bbox[2])
            else:
                caption = next((r.caption for r in reversed(out) if r.table == cards[0]), "")
            out.append(replace(card, table=cards[0], caption=caption))
            prev.last = out[-1]
            prev.cards = (*cards, float(table.bbox[3] / page.height))
            boxes.append(table.bbox)
            continue
        height = float(page.height)
        # a table drawn as frames stacked one under the next: its header alone in one, then groups of rows
        # (a shaded group row over its members) and the total, each in a frame of its own
        frame_of = under.get(len(grid[0])) if grid else None
        if len(grid) == 1 and len(grid[0]) >= 2 and all(column_name(c) for c in grid[0] if c) and sum(map(bool, grid[0])) >= 2:
            header = tuple(grid[0])  # a header with no rows of its own yet, under its table's caption
            under[len(grid[0])] = ("", header, table.bbox[3], _caption(rows, table.bbox[1], table.bbox[0], table.bbox[2], header))
            continue
        if frame_of and _right_under(frame_of, table.bbox) and _figure_row(grid[0]):
            tid, header, _, caption = frame_of
            tid = tid or f"t{number}.{n + 1}"
            boxes.append(table.bbox)
            under[len(grid[0])] = _table_rows(out, prev, _lines_joined(grid), number, tid, caption, header, table.bbox, height)
            continue
        if len(grid) < 2 or max(len(r) for r in grid) < 2 or _header_band(grid, table.bbox, rows) \
                or _spills(table, words, len(grid)) or _crowded(table, words):
            continue
        ncols = len(grid[0])
        if title := _title_row(grid):
            grid = grid[1:]  # the table's title in its frame's first row, over its header
        own, skip = _header(grid)
        repeated = prev.ncols == ncols and _fold(" ".join(own)) == _fold(" ".join(prev.header))
        above = _caption(rows, table.bbox[1], table.bbox[0], table.bbox[2])
        # a title of its own above a table at the top of a page starts a new table, even under the same header
        # ("Mål 2.2 Frånvaron minskar" over Indikator | Målvärde like the goal before); its own title again
        # ("Tabell 3 (forts.)") or none goes on with the table of the page before
        new_title = bool(NUMBERED_TITLE.match(above)) and not GOES_ON.search(above) \
            and not (prev.last is not None and _fold(above) == _fold(prev.last.caption))
        continued = n == 0 and prev.ncols == ncols and prev.bottom > 1 - _TOP_SHARE and table.bbox[1] < _TOP_SHARE * height \
            and (not above or (repeated and not new_title))
        if continued:
            tid, header = prev.table, prev.header
            if repeated:
                grid = grid[skip:]
            if grid and not grid[0][0] and prev.last is not None and prev.last in out:
                _join_row(out, prev, grid.pop(0))
        else:
            tid = f"t{number}.{n + 1}"
            header = own
            grid = grid[skip:]
            if len(grid) < 2:
                continue  # a framed box or a chart's grid, not a table
        grid = _lines_joined(grid)
        boxes.append(table.bbox)
        caption = title or _caption(rows, table.bbox[1], table.bbox[0], table.bbox[2], header) if not continued else (
            prev.last.caption if prev.last else "")
        under[ncols] = _table_rows(out, prev, grid, number, tid, caption, header, table.bbox, height)
    return boxes


def _table_rows(out: list[Record], prev: _Continued, grid: list[list[str]], number: int, tid: str, caption: str,
                header: tuple[str, ...], bbox: tuple[float, float, float, float],
                height: float) -> tuple[str, tuple[str, ...], float, str]:
    """A ruled frame's rows as records of table `tid`; what a frame right under it may go on from."""
    for cells in grid:
        out.append(Record("table", "", number, "", _keyed(header, cells), " | ".join(c for c in cells if c),
                          tid, caption, spread_years(header)))
        prev.last = out[-1]
    prev.table, prev.header, prev.ncols, prev.bottom = tid, header, len(grid[0]), bbox[3] / height
    return tid, header, bbox[3], caption


FRAME_GAP = 14.0  # points between frames stacked as one table (a group's frame right under the one before)


def _right_under(frame: tuple[str, tuple[str, ...], float, str], bbox: tuple[float, float, float, float]) -> bool:
    """Whether a ruled frame starts right under the last frame of as many columns (`_ruled`)."""
    return 0 <= bbox[1] - frame[2] <= FRAME_GAP


def _figure_row(cells: list[str]) -> bool:
    """A row of a table's body, not its header: a label and figures ("Miljöskydd | 183 | 81 | 90,1")."""
    rest = [c for c in cells[1:] if c]
    return bool(cells[0]) and len(rest) >= 2 and all(quantity(c) or not c.strip("–—-") for c in rest)


MARK_SIZE = (1.5, 8.0)  # points: the sides of a list marker drawn as a shape, a square or a dot
MARK_GAP = 3.0  # ems: a drawn marker stands this close before its item's first word
MARK_BELOW = 2.5  # ems: the next line under a marked one, a table's row under a group's title or an item


def drawn_bullets(page: Any, words: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A "•" word for each list marker drawn as a shape rather than set as a character (a small
    filled square before each strategy, a dot before each point under it): a square or round
    shape before the first word of its line, nothing of the line left of it, two or more such at
    one indent. The lists are then read as those marked by characters are, nesting by indent.
    A table's marks are none: a key's square before a row of figures or before a group's title
    over them, and a chart legend's squares, several on a line; nor is a title's over items
    marked by characters (read as titles over their items already)."""
    least, most = MARK_SIZE
    shapes = [s for s in [*getattr(page, "rects", ()), *getattr(page, "curves", ())] if least <= float(s["width"]) <= most
              and least <= float(s["height"]) <= most and abs(float(s["width"]) - float(s["height"])) <= least]

    def figures(line: list[dict[str, Any]]) -> bool:
        """Whether a line reads as a table's row: two figures or more, as many as its words."""
        count = sum(is_figure(w["text"]) for w in line)
        return count >= 2 and 2 * count >= len(line)
    marks = []
    for shape in shapes:
        middle = (float(shape["top"]) + float(shape["bottom"])) / 2
        line = [w for w in words if w["top"] <= middle <= w["bottom"]]
        after = [w for w in line if w["x0"] >= shape["x1"]]
        if not after or any(w["x0"] < shape["x1"] for w in line) or figures(line):
            continue
        if sum(s["top"] <= middle <= s["bottom"] for s in shapes) > 1:  # a legend's keys side by side
            continue
        first = min(after, key=lambda w: w["x0"])
        size = first.get("size", 10.0)
        below = [w for w in words if first["bottom"] < w["top"] <= first["bottom"] + MARK_BELOW * size]
        below = [w for w in below if w["top"] - min(b["top"] for b in below) < size / 2]  # the next line
        marked_below = any(w["text"][0] in BULLETS or w["text"][0] in DASHES for w in below
                           if w["x0"] <= min(b["x0"] for b in below))  # a title over items marked by characters
        if first["text"][0] in BULLETS or first["x0"] - shape["x1"] > MARK_GAP * size or figures(below) or marked_below:
            continue
        marks.append(dict(first, text="•", x0=float(shape["x0"]), x1=float(shape["x1"])))
    return [m for m in marks if sum(abs(o["x0"] - m["x0"]) <= COLUMN_TOL for o in marks) >= 2]


TURNED_SHARE = 0.2  # at most this share of a page's words turned sideways are left out of its lines
SPILL_FIGURES = 0.6  # of the words on a ruled table's rows in none of its cells, the share that are figures
UNBOXED_WORDS, UNBOXED_SHARE = 4, 0.08  # words inside a ruled table's frame in none of its cells: this many, this share


def _spills(table: Any, words: list[dict[str, Any]], nrows: int) -> bool:
    """Whether a table goes on beyond the cells its rules draw: figures stand on its rows in no
    cell of it, at least two per row ("18 500 | 62 000 | 71 000" right of a shaded column whose
    edges were the only upright lines). Its rules do not give its columns; its words are read by
    their alignment. Prose beside a ruled table (a second text column) is words, not figures. So
    are words inside its frame that no cell holds (row labels of the rows a shaded band does not
    box, "Trygg ute ensam sent en kväll" beside its figures): they would be lost."""
    x0, top, x1, bottom = table.bbox
    cells = [c for c in table.cells if c]
    loose = [w for w in words if top < (y := (w["top"] + w["bottom"]) / 2) < bottom and not any(
        c[0] - 1 <= (x := (w["x0"] + w["x1"]) / 2) <= c[2] + 1 and c[1] - 1 <= y <= c[3] + 1 for c in cells)]
    framed = [w for w in words if top < (w["top"] + w["bottom"]) / 2 < bottom and x0 < (w["x0"] + w["x1"]) / 2 < x1]
    unboxed = [w for w in loose if x0 < (w["x0"] + w["x1"]) / 2 < x1]
    return (len(loose) >= 2 * nrows and sum(is_figure(w["text"]) for w in loose) >= SPILL_FIGURES * len(loose)) \
        or (len(unboxed) >= UNBOXED_WORDS and len(unboxed) >= UNBOXED_SHARE * len(framed))


CROWDED_SHARE = 0.3  # of a ruled table's figures, the share standing in cells that hold several columns of them


def _crowded(table: Any, words: list[dict[str, Any]]) -> bool:
    """Whether a ruled table's cells hold several columns of figures: a good share of its
    figures stand on a cell's line among other figures set apart by wide gaps ("12,4   −98,6"
    in one cell of a budget whose rules mark only groups of columns and shaded ones). Its rules
    do not give its columns; its words are read by their alignment."""
    figures = crowded = 0
    for cell in (c for row in table.rows[1:] for c in row.cells if c is not None):
        for line in _rows([w for w in words if _inside(w, [cell])]):
            n = sum(1 for s in line.segs if is_figure(s.text))
            figures += n
            crowded += n if n >= 2 and n == len(line.segs) else 0
    return figures > 0 and crowded >= CROWDED_SHARE * figures


_LABELLED = re.compile(r"^([^:]{2,40}):\s+(\S.*)$")  # "Mål 2030: ≤ 2,5", "Bedömning: Fel riktning"
CARD_TITLE_WORDS = 16


def _card(table: Any, words: list[dict[str, Any]], number: int) -> Record | None:
    """A framed card: a frame of one column whose first ruled row is a short title band
    ("2.2 Tjänsteresor med bil") over a body of labelled lines ("Mål 2030: minska",
    "Bedömning: Fel riktning") and perhaps a small table of years over their values. Indicator
    and project cards set side by side in a grid are each one record: the title, each label's
    value, each year's value, and the rest of the body's text. A frame without a labelled line
    or a row of years is a box of text, no card (its lists and tables are read as text)."""
    if len(table.rows) < 2:
        return None
    head = table.rows[0].bbox
    inside = [w for w in words if _inside(w, [head])]
    title = " ".join(w["text"] for w in sorted(inside, key=lambda w: (round(w["top"]), w["x0"])))
    if not title or len(title.split()) > CARD_TITLE_WORDS or title.rstrip().endswith(".") \
            or any(len(r.segs) > 1 for r in _rows(inside)):
        return None  # no title: a header of columns ("Aktivitet   Status   Färdiggrad"), or a sentence
    x0, _, x1, bottom = table.bbox
    lines = _lines([w for w in words if _inside(w, [(x0, head[3], x1, bottom)])])
    fields: dict[str, str] = {"Rubrik": title}
    prose: list[str] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        if len(line) >= 2 and all(YEAR.fullmatch(w["text"]) for w in line) and k + 1 < len(lines):
            values = _under(line, lines[k + 1])
            if values is not None:
                fields.update(values)  # a row of years over their values
                k += 2
                continue
        text = " ".join(w["text"] for w in line)
        if (m := _LABELLED.match(text)) and len(m.group(1).split()) <= 4:
            fields[m.group(1).strip()] = m.group(2).strip()
        elif text:
            prose.append(text)
        k += 1
    if len(fields) < 2:
        return None
    if prose:
        fields["Text"] = wrap(prose)
    return Record("table", "", number, "", fields, " | ".join(fields.values()), "", "", tuple(fields))


def _under(names: list[dict[str, Any]], line: list[dict[str, Any]]) -> dict[str, str] | None:
    """The words of `line` put under the nearest of the column names above it ("1 120" under
    "2021": its words join), when each name gets a figure; else None."""
    middles = [(w["x0"] + w["x1"]) / 2 for w in names]
    cells: list[list[str]] = [[] for _ in names]
    for w in line:
        middle = (w["x0"] + w["x1"]) / 2
        cells[min(range(len(middles)), key=lambda i: abs(middles[i] - middle))].append(w["text"])
    texts = [" ".join(c) for c in cells]
    if not all(t and (is_figure(t) or t in ("–", "-", "..")) for t in texts):
        return None
    return {w["text"]: t for w, t in zip(names, texts)}


HEADER_BAND_ROWS = 4


def _header_band(grid: list[list[str]], bbox: tuple[float, float, float, float], rows: list[Row]) -> bool:
    """Whether a ruled frame holds only a table's header (and perhaps its first group's title)
    over a body ruled by nothing but lines between rows, or not at all: column names and
    years in a shaded band, and right under it a line of several segments holding a figure.
    The frame is then no table of its own; the header is read with the body as one table
    without rules."""
    if len(grid) > HEADER_BAND_ROWS or not all(names_only(c) for row in grid for c in row if c):
        return False
    below = next((r for r in rows if r.y > bbox[3]), None)
    return below is not None and below.y - bbox[3] <= 2 * below.height and len(below.segs) >= 2 \
        and any(quantity(s.text) for s in below.segs)


def _lines_joined(grid: list[list[str]]) -> list[list[str]]:
    """Rows that only go on with the row above: where a table rules its rows but not the lines of
    a wrapped cell, each further line of the cell ("Orsak till förändring", a project's
    description) comes as a row of its own, its first cell empty and at most half of the others
    filled, with text but no figure; or the row label's further line alone ("(6014)", a line
    opening in lower case or after a comma). They join the row above, cell by cell."""
    out: list[list[str]] = []
    for cells in grid:
        if out and len(cells) == len(out[-1]) and _goes_on(out[-1], cells):
            out[-1] = [wrap([a, b]) if a and b else a or b for a, b in zip(out[-1], cells)]
        else:
            out.append(list(cells))
    return out


def _goes_on(above: list[str], cells: list[str]) -> bool:
    """Whether `cells` only continue the row `above` (see `_lines_joined`)."""
    filled = [c for c in cells if c]
    if not filled:
        return False
    if not cells[0]:  # text in some of the other cells, no figure
        return len(filled) <= max(1, len(cells) // 2) and not any(is_figure(c) for c in filled)
    label = cells[0]
    return filled == [label] and len(cells) > 1 and (label.startswith("(") or label[0].islower()
                                                     or above[0].rstrip().endswith((",", "-")))


def _join_row(out: list[Record], prev: _Continued, cells: list[str]) -> None:
    """A row cut by the page break: its second half's cells are added to the first half's."""
    last = prev.last
    old = [last.fields.get(h if h else str(i + 1), "") for i, h in enumerate(spread_years(prev.header))] if prev.header else []
    merged = [f"{a} {b}".strip() for a, b in zip(old + [""] * (len(cells) - len(old)), cells)]
    rec = Record(last.type, last.doc, last.page, last.section, _keyed(prev.header, merged),
                 " | ".join(c for c in merged if c), last.table, last.caption, last.header, last.parent)
    out[next(i for i, r in enumerate(out) if r is last)] = rec
    prev.last = rec


def _record(it: Item, number: int, ids: dict[tuple[str, int], str]) -> Record:
    key = (it.kind, it.block)
    if key not in ids:
        ids[key] = f"{'l' if it.kind == 'list' else 't'}{number}.{len(ids) + 100}"
    if it.kind == "list":
        fields, text = it.list_fields()
        return Record("list", "", number, "", fields, text, ids[key], "", (), it.parent)
    return Record("table", "", number, "", _keyed(it.header, it.cells), it.text, ids[key], "", spread_years(it.header))


def _unchanged(text: str) -> str:
    return text


def page_records(page: Any, number: int, prev: _Continued, out: list[Record],
                 fix: Callable[[str], str] | None = None) -> None:
    """The generic records of one pdfplumber page, appended to `out` (the document's); `fix`
    repairs each word's text (a document's lost full stop)."""
    start = len(out)
    words = page.extract_words(extra_attrs=["size"], use_text_flow=False, keep_blank_chars=False)
    if fix:
        words = [dict(w, text=fix(w["text"])) for w in words]
    words += drawn_bullets(page, words)
    # a few words set sideways (a group's name turned along a table's side) cut its rows apart when read as lines; a
    # page set all sideways is read as it is (a ruled cell's turned name is read from its letters, `_upright`)
    upright = [w for w in words if w.get("upright", True)]
    if len(upright) >= (1 - TURNED_SHARE) * len(words):
        words = upright
    all_rows = _rows(words)
    boxes = _ruled(page, number, all_rows, prev, out, fix or _unchanged, words)
    if not boxes:
        prev.ncols = 0  # a table continues only onto the very next page
    rows = _rows([w for w in words if not _inside(w, boxes)]) if boxes else all_rows
    carried, prev.leadin = prev.leadin, None
    items = read_items(rows, tol=3.0, carried=carried)
    ids: dict[tuple[str, int], str] = {("list", CONTINUED): carried.table} if carried else {}
    captions: dict[tuple[str, int], str] = {("list", CONTINUED): carried.caption} if carried else {}
    height = float(page.height)
    tables = [it for it in items if it.kind == "table"]
    above: Record | None = None  # the row the page before ended in, when its table goes on here
    first_top = rows[tables[0].top if tables[0].top >= 0 else tables[0].row].y if tables else 0.0
    # a ruled table above the first one read without rules ends what the page before left open
    if tables and prev.grid is not None and not any(box[1] < first_top for box in boxes):
        tid, header, caption, last, bottom = prev.grid
        first, top = tables[0], first_top
        title = _caption(rows, top, first.x0, max(first.body_x0, first.x0 + 100), first.header)
        marked = bool(GOES_ON.search(title))  # "Tabell 1 (forts.)": it goes on, wherever the page before left it
        same = _fold(" ".join(first.header)) == _fold(" ".join(header)) or (  # a name over columns may be spread otherwise
            marked and len(first.header) == len(header) and _words(first.header) == _words(header))
        if first.header and same and (bottom > 1 - _TOP_SHARE or marked) \
                and top < _TOP_SHARE * height and not (NUMBERED_TITLE.match(title) and not marked):
            ids[("table", first.block)], captions[("table", first.block)], above = tid, caption, last
            for it in tables:
                if it.block == first.block:
                    it.header = header  # the rows go on under the page before's header, however a spread name fell here
    prev.grid = None
    for it in items:
        if above is not None and (it.kind, it.block) == ("table", tables[0].block):
            if it.cells[0] or not any(is_figure(c) for c in it.cells):
                above = None
            elif it.header and (spanning := above.fields.get(it.header[0])):  # a first cell spanning the page break
                it.cells = [spanning, *it.cells[1:]]
        rec = _record(it, number, ids)
        if (it.kind, it.block) not in captions:
            captions[(it.kind, it.block)] = it.caption or _caption(rows, rows[it.top if it.top >= 0 else it.row].y, it.x0,
                                                     max(it.body_x0, it.x0 + 100),
                                                     it.header if it.kind == "table" else ())
        out.append(replace(rec, caption=captions[(it.kind, it.block)]))
        if it.kind == "table" and it.header:
            prev.grid = (rec.table, it.header, captions[(it.kind, it.block)], out[-1], rows[it.row].y / height)
    if (ending := open_at_end(rows, items)) is not None:  # it may go on at the top of the next page
        block, open_list = ending
        prev.leadin = replace(open_list, table=ids[("list", block)], caption=captions[("list", block)])
    out[start:] = titled(filled_down(out[start:]))
    notes = legend(" ".join(s.text for s in r.segs) for r in all_rows)
    for i in range(start, len(out)):
        if out[i].type == "table" and (known := notes or prev.legends.get(out[i].table, {})) \
                and (spelled := spelled_out(out[i], known)) is not out[i]:
            out[i] = spelled
            prev.legends[spelled.table] = known  # its rows on the next page are named alike


_SPECK = re.compile(r"[^\W\d_]")  # one letter alone in a cell
# a group's number before its title ("2 Gång- och cykelvägar" over projects 1201, 1202, ...)
_GROUP_NUMBER = re.compile(r"^\s*\d{1,2}[.)]?\s+(?=[^\W\d_])")


def titled(records: list[Record]) -> list[Record]:
    """A table of figures whose rows stand in groups, each under a title of its first cell alone
    ("MÄN" over "50 år− | 5,6 | 5,9", "Psykiatri" over its clinics, "2 Gång- och cykelvägar" numbered
    over its projects): the rows under a title are
    its group's (`parent`), so "män över 50" reads the right one of two "50 år−" rows."""
    figured = {t for t, rows in itertools.groupby(records, key=lambda r: r.table)
               if sum(r.type == "table" and _has_figure(r) for r in rows) >= 2}
    out: list[Record] = []
    title: dict[str, str] = {}
    for rec in records:
        if rec.type == "table" and rec.table in figured and not rec.parent:
            # (a letter alone beside a title is a speck OCR read: "Särskilt boende | Å")
            filled = [(k, v.strip()) for k, v in rec.fields.items() if v.strip() and not _SPECK.fullmatch(v.strip())]
            first = rec.header[0] if rec.header and rec.header[0] else "1"
            if len(filled) == 1 and len(rec.header) >= 3 and filled[0][0] == first \
                    and not any(ch.isdigit() for ch in _GROUP_NUMBER.sub("", filled[0][1])):
                title[rec.table] = without_goes_on(filled[0][1])  # "VÄLFÄRD (FORTS.)": the group goes on
            elif rec.table in title:
                rec = replace(rec, parent=title[rec.table])
                if SUM_ROW.search(next(iter(rec.fields.values()), "")):
                    del title[rec.table]  # "Summa omsättningstillgångar", "Kvinnor totalt": the group closes
        out.append(rec)
    return out


def _has_figure(rec: Record) -> bool:
    return any(is_figure(v) for v in list(rec.fields.values())[1:])


def filled_down(records: list[Record]) -> list[Record]:
    """A table in long format names each thing once over its rows of years ("Murgrönan | 2026 |
    158 | 4,6" over " | 2025 | 158 | 1,9"): a row with no label but a year of its own under a
    labelled row of another year is that thing's too, and takes its label."""
    out: list[Record] = []
    above: dict[str, Record] = {}  # each table's row above
    for rec in records:
        time = next((h for h in rec.header if TIME_COLUMN.match(h)), None) if rec.type == "table" and rec.header else None
        label = rec.header[0] if time else ""
        if time and label != time and not rec.fields.get(label) and rec.fields.get(time) \
                and (prev := above.get(rec.table)) and prev.fields.get(label) and prev.fields.get(time) not in (None, rec.fields[time]):
            rec = replace(rec, fields={label: prev.fields[label], **rec.fields}, text=f"{prev.fields[label]} | {rec.text}")
        if rec.type == "table":
            above[rec.table] = rec
        out.append(rec)
    return out


# an abbreviation a table's note spells out: "D = dödade (omkomna inom 30 dagar), SS = svårt skadade, LS = lindrigt skadade"
_LEGEND = re.compile(r"(?<![\w-])([A-ZÅÄÖ]{1,4})\s?=\s?([a-zåäö][a-zåäö -]{2,40}?)\s*(?=[,;.(]|$)")
_TOKEN = re.compile(r"[^\W\d_]+")


def legend(lines: Iterable[str]) -> dict[str, str]:
    """The abbreviations the notes of a page spell out ("SS = svårt skadade"): each to its words."""
    out: dict[str, str] = {}
    text = re.sub(r"\n(?=[a-zåäö])", " ", "\n".join(lines))  # a line starting in lower case goes on from the one above
    for line in text.split("\n"):
        for m in _LEGEND.finditer(line):
            out.setdefault(m.group(1), m.group(2).strip())
    return out


def spelled_out(rec: Record, known: dict[str, str]) -> Record:
    """A table row whose columns are named by abbreviations a note spells out, with the words
    after each ("2026 LS": "2026 LS (lindrigt skadade)"): questions name a column in words."""
    header = tuple(_spelled(h, known) for h in rec.header)
    if header == rec.header:
        return rec
    names = dict(zip(rec.header, header))
    fields = {}
    for key, value in rec.fields.items():
        base = key.rstrip("'")  # a second column of the same name ("2025", "2025'")
        fields[names.get(base, base) + key[len(base):]] = value
    return replace(rec, header=header, fields=fields)


def _spelled(name: str, known: dict[str, str]) -> str:
    words = [known[t] for t in _TOKEN.findall(name) if t in known and known[t] not in name]
    return f"{name} ({', '.join(words)})" if words else name


def pages_records(pages: Iterable[tuple[int, Any]]) -> dict[int, list[Record]]:
    """Generic records per page number of pages that are not a PDF's own (a scanned page's OCR
    words, `ingest.scanned`), read in order as `read_layout` reads a document's pages."""
    found: list[Record] = []
    prev = _Continued()
    numbers = []
    for number, page in pages:
        numbers.append(number)
        page_records(page, number, prev, found)
    return _by_page(found, numbers)


def _by_page(found: list[Record], numbers: list[int]) -> dict[int, list[Record]]:
    """The records per page number, every page read among them (a page may hold none); a table's
    column names stacked over lines with a word hyphenated across them read as one word
    (`cleaning.joined_name`)."""
    out: dict[int, list[Record]] = {n: [] for n in numbers}
    for rec in found:
        if rec.type == "table" and any("- " in h for h in rec.header):
            rec = replace(rec, header=tuple(joined_name(h) for h in rec.header),
                          fields={joined_name(k): v for k, v in rec.fields.items()})
        out.setdefault(rec.page or 0, []).append(rec)
    return out


def _text_layer_pages(data: bytes) -> set[int] | None:
    """The 1-based numbers of pages with a text layer (pypdfium2 counts characters in ~1 ms a
    page; pdfplumber would spend ~20 s parsing a page of letters drawn as curves), or None
    when pypdfium2 cannot tell."""
    try:
        import pypdfium2 as pdfium

        doc = pdfium.PdfDocument(data)
        try:
            return {i + 1 for i in range(len(doc)) if doc[i].get_textpage().count_chars() >= _MIN_CHARS}
        finally:
            doc.close()
    except Exception:  # noqa: BLE001 - then every page is tried
        return None


def read_layout(data: bytes, name: str, warn: Warn, fix: Callable[[str], str] | None = None) -> dict[int, list[Record]]:
    """Generic records per page number; pages that fail are left out with one warning each.
    `fix` repairs the text of every word and cell (see `cleaning.lost_full_stop`)."""
    try:
        import pdfplumber
    except ImportError:
        warn(f"{name}: pdfplumber is not installed; lists and tables are read from text only")
        return {}
    found: list[Record] = []
    read: list[int] = []
    prev = _Continued()
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - a layout failure must never stop the ingest
        warn(f"{name}: layout could not be read, lists and tables from text ({str(exc)[:100]})")
        return {}
    text_layer = _text_layer_pages(data)
    with pdf:
        for number, page in enumerate(pdf.pages, start=1):
            if text_layer is not None and number not in text_layer:
                prev.leadin = None
                continue  # no text layer (a scan, or letters drawn as curves): OCR text is read as text
            try:
                page_records(page, number, prev, found, fix)
                read.append(number)
            except Exception as exc:  # noqa: BLE001 - one page must not lose the others
                warn(f"{name} page {number}: layout could not be read, lists and tables from text ({str(exc)[:100]})")
                prev.ncols, prev.leadin = 0, None
            finally:
                page.close()
    return _by_page(found, read)
