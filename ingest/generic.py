"""Generic lists and tables: every list item and every table row of a page becomes an item.

Pure functions over `Row`s, lines cut into `Seg`ments at wide gaps: for a PDF the segments
come from word positions (`ingest.layout`, x in points), for plain text from runs of two or
more spaces or a tab (`text_rows`, x in characters). The same detector reads both:

- a list item is a segment that opens with a marker (`1.`, `1)`, `a)`, `(a)`, `•`, ``, what
  OCR reads a bullet as, `e` or `«` before a capital letter, `–`, `-`, `*`, or the Swedish
  "att ..." of a list of duties or goals); lines below it that
  start at its text's left edge (or the marker's) and touch it vertically continue it, so an
  item wrapped over lines is one item; a list laid out in two columns is one list, two lists
  side by side under headings of their own are two (`join_columns`). An item whose
  marker stands right of an open item's marker is nested in it (`parent`).
- lines counting up under one word ("Områdestyp 1 – ..."), paragraphs that each open with a
  term and a colon (definitions) are lists too (`find_counted`, `find_defined`); so are
  paragraphs after a lead-in ending with a colon (`ingest.leadin`);
- tables without ruling lines are found in `ingest.grid` (tables of figures) and
  `ingest.headed` (headed tables of text cells); `ingest.items.read_items` runs every detector
  over a page.

Nothing here knows a document: layouts are recognised by geometry and markers only.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TypeVar

from insyn.ingest.cleaning import join_hyphenation

BULLETS = "•●▪■◦○·‣⁃∙\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf02d\u2023\u25aa\u25cf\u25e6"
# what OCR reads a bullet as ("e Inriktning för ...", "« Workshop ..."): a bullet only before a capital
OCR_BULLETS = "e«©¢°"
_MARKER = re.compile(
    rf"^(?:(?P<bullet>[{BULLETS}]|[{OCR_BULLETS}](?=\s+[A-ZÅÄÖ]))|(?P<dash>[–—*-])(?=\s)|(?P<num>\d{{1,2}}[.)])(?=\s)"
    r"|(?P<letter>\(?[a-zåäö][)])(?=\s)|(?P<att>att)(?=\s+\w))\s*(?P<body>.*)$")
_BARE_MARKER = re.compile(rf"^(?:[{BULLETS}]|[–—*-]|\d{{1,2}}[.)]|\(?[a-zåäö]\))$")
_FIGURE = re.compile(r"^[-−–+]?\s?\d[\d\s.,%]*(?:\s?(?:kr|tkr|mnkr|mdkr|%|st|år))?$", re.I)
_TEXT_GAP = re.compile(r"\t+| {2,}")
# Vertical gaps, in line heights: wider than NEW_PARAGRAPH opens a paragraph (an item of a list of
# paragraphs), wider than LIST_BREAK ends the list.
NEW_PARAGRAPH = 1.35
LIST_BREAK = 2.6
MAX_LEADIN_LINES = 8  # a paragraph longer than this ends a list of paragraphs: it is prose
MAX_LEADIN_ITEMS = 30

T = TypeVar("T")
LEADER = re.compile(r"(?:\.\s?){5,}|…{2,}|\ufffd{3,}")  # the dots leading a heading to its page number, an item to its price
GOES_ON = re.compile(r"\b(?:forts|fortsättning|cont|continued)\b", re.I)  # "Tabell 1 (forts.)": the table goes on
# a table's sum row: "Summa utbildning", "Totalt", "Kvinnor totalt" (matched from a cell's start: the first two only)
SUM_ROW = re.compile(r"^\s*(?:summa|totalt?|delsumma|sum|total)\b|\btotalt?\s*$", re.I)


# a name that one year alone is ("Basår 2019", "Utgångsvärde 2020"): the years after it are not its
_ONE_YEARS = re.compile(r"\b(basår|basvärde|basvarde|basar|utgångsvärde|utgångsläge|referensår|baseline|base year|reference year)\b",
                        re.IGNORECASE)
_NAMED_YEAR = re.compile(r"(.*\S)\s+((?:19|20)\d\d)")
_BARE_YEAR = re.compile(r"(?:19|20)\d\d")


def spread_years(header: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """A header with a measure's name carried over the bare years that follow its first one:
    a name stacked over "2025 | 2026" that the reading gave the first year only ("Tallrikssvinn,
    g per portion 2025", "2026") names the second too ("... 2026"), as a header read whole does
    ("Portioner 2025", "Portioner 2026"). Not a name that one year is ("Basår 2019", "2025")."""
    out = list(header)
    for i in range(1, len(out)):
        year = (out[i] or "").strip()
        named = _NAMED_YEAR.fullmatch((out[i - 1] or "").strip())
        if _BARE_YEAR.fullmatch(year) and named and year != named.group(2) and not _BARE_YEAR.search(named.group(1)) \
                and not _ONE_YEARS.search(named.group(1)):
            out[i] = f"{named.group(1)} {year}"
    return tuple(out)


def without_goes_on(text: str) -> str:
    """A caption or group title without the mark that it goes on ("Tabell 1 (forts.)",
    "VÄLFÄRD (FORTS.)")."""
    return re.sub(r"\(\W*\)", "", GOES_ON.sub("", text)).strip()


@dataclass(frozen=True, slots=True)
class Seg:
    """A run of words on one line: its left and right edge and its text."""

    x0: float
    x1: float
    text: str
    x_second: float = -1.0  # where its second word starts (the text after a list marker)


@dataclass(frozen=True, slots=True)
class Row:
    """One line of a page cut into segments; `at` is its offset in the page text (-1: unknown)."""

    y: float
    height: float
    segs: tuple[Seg, ...]
    at: int = -1


@dataclass(slots=True)
class Item:
    """A list item or a table row as found: its text or cells, where it starts, its parent."""

    kind: str  # "list" or "table"
    block: int  # the list's or table's number on the page
    row: int  # index of the row it starts on
    cells: list[str]
    header: tuple[str, ...] = ()
    parent: str = ""
    marker: str = ""
    x0: float = 0.0
    body_x0: float = 0.0
    last_row: int = 0
    top: int = -1  # the row its table's header starts on, when the header stands above `row`
    caption: str = ""  # a label beside the list that names it ("Expedieras till"), when it has one
    value: str = ""  # a list item's value set at the end of its line ("Försenad", "1 200 kr"), `_trailing_values`

    @property
    def text(self) -> str:
        return " | ".join(c for c in self.cells if c)

    def list_fields(self) -> tuple[dict[str, str], str]:
        """A list item's record fields and text: the item ("punkt"), with its value (a status, a figure) a field of
        its own, which classifies it as a table's status cell does ("Publik tankstation för biogas – Försenad")."""
        if not self.value:
            return {"punkt": self.text}, self.text
        key = "värde" if any(ch.isdigit() for ch in self.value) else "status"
        return {"punkt": self.text, key: self.value}, f"{self.text} – {self.value}"


@dataclass
class Found:
    items: list[Item] = field(default_factory=list)
    used: set[tuple[int, int]] = field(default_factory=set)  # (row, seg) consumed


def wrap(lines: list[str]) -> str:
    """Lines of one item or cell as one line: words hyphenated at a line end joined."""
    return re.sub(r"\s+", " ", join_hyphenation("\n".join(ln.strip() for ln in lines))).strip()


def merge_spans(spans: list[tuple[float, float]], overlap: float = 0.0) -> list[tuple[float, float]]:
    """The unions of x-ranges that overlap by at least `overlap` (0: that touch): the columns of a table."""
    cols: list[list[float]] = []
    for a, b in sorted(spans):
        if cols and a <= cols[-1][1] - overlap:
            cols[-1][1] = max(cols[-1][1], b)
        else:
            cols.append([a, b])
    return [(a, b) for a, b in cols]


DASHES = frozenset({"-", "–", "—"})


def is_figure(text: str) -> bool:
    """A cell that is a number, amount, share or a dash for none."""
    return bool(_FIGURE.match(text.strip())) or text.strip() in DASHES


def leading_words(cells: list[str]) -> str:
    """A row's first cell and the cells of words right after it, up to its first figure: what a
    parser reading the line takes for its label ("2 | Mjölkudden – Edsvala C", "Summa | stadstrafik")."""
    words = next((k for k in range(1, len(cells)) if not cells[k].strip() or is_figure(cells[k])), len(cells))
    return " ".join(c.strip() for c in cells[:words])


def marker_of(text: str) -> tuple[str, str] | None:
    """(marker kind, item text) when `text` opens a list item, else None."""
    m = _MARKER.match(text.strip())
    if not m or not m.group("body").strip():
        return None
    kind = next(k for k in ("bullet", "dash", "num", "letter", "att") if m.group(k))
    body = m.group("body").strip()
    if kind == "att":
        body = "att " + body
    elif kind == "dash" and _FIGURE.match(body):
        return None  # "- 12" or "- 1 444 kr" is a negative figure, not an item
    return kind, body


def touches(rows: list[Row], a: int, b: int, lines: float = 2.2) -> bool:
    """Row b lies right under row a: at most `lines` line heights apart (2.2: one blank line
    may stand between two items of a list; 1.6: a wrapped line follows its item directly)."""
    ra, rb = rows[a], rows[b]
    return 0 < rb.y - ra.y <= lines * max(ra.height, rb.height, 1e-6)


HEADING_HEIGHT = 1.2  # a line this much taller than the page's typical line is set in a heading's type


def typical_height(rows: list[Row]) -> float:
    """The height of the page's typical line (the median), which a heading's type is taller than."""
    heights = sorted(row.height for row in rows)
    return heights[len(heights) // 2] if heights else 0.0


def find_lists(rows: list[Row], tol: float, found: Found) -> None:
    """List items of `rows` (see module docstring), appended to `found.items`."""
    open_items: list[Item] = []
    block = max((i.block for i in found.items), default=-1)
    block_last: dict[int, int] = {}
    typical = typical_height(rows)
    marked: list[tuple[Item, int, int]] = []  # each item with the row and segment its marker opens
    for r, row in enumerate(rows):
        for s, seg in enumerate(row.segs):
            if (r, s) in found.used:
                continue
            mk = marker_of(seg.text)
            if mk and row.height > HEADING_HEIGHT * typical:
                mk = None  # a numbered heading in a larger type ("1. Inledning"), not an item of a list
            live = [it for it in open_items if block_last[it.block] == r or touches(rows, block_last[it.block], r)]
            cont = [it for it in live if it.last_row < r and touches(rows, it.last_row, r, 1.6) and seg.x0 >= it.x0 - tol
                    and seg.x0 <= it.body_x0 + tol and seg.x0 < it.x0 + 40 * tol]
            if mk and mk[0] == "att" and any(it.marker != "att" and abs(seg.x0 - it.body_x0) <= tol for it in cont):
                mk = None  # "att ..." continuing a wrapped item's sentence, not an item of its own
            if mk:
                kind, body = mk
                stripped = seg.text.strip()
                width = (seg.x1 - seg.x0) / max(len(stripped), 1)
                body_x0 = seg.x0 if kind == "att" and seg.x_second < 0 else (
                    seg.x_second if seg.x_second >= 0 else seg.x0 + width * max(stripped.find(body), 0))
                peers = [it for it in live if abs(it.x0 - seg.x0) <= tol and it.marker == kind]
                parents = [it for it in live if it.x0 + tol < seg.x0 and seg.x0 - it.x0 < 12 * tol]
                if peers:
                    blk = peers[-1].block
                    parent = peers[-1].parent
                elif parents:
                    blk, parent = parents[-1].block, parents[-1].text
                else:
                    block += 1
                    blk, parent = block, ""
                item = Item("list", blk, r, [body], parent=parent, marker=kind, x0=seg.x0,
                            body_x0=body_x0, last_row=r)
                marked.append((item, r, s))
                open_items = [it for it in open_items if it not in peers and it in live
                              and not seg.x0 + tol < it.x0 < seg.x1] + [item]  # deeper items close
                found.items.append(item)
                found.used.add((r, s))
                block_last[blk] = r
                continue
            if cont and not (cont[-1].marker == "att" and cont[-1].cells[-1].rstrip().endswith((".", ";"))):
                it = cont[-1]
                it.cells[-1] = wrap([it.cells[-1], seg.text])
                it.last_row = block_last[it.block] = r
                found.used.add((r, s))
            else:
                open_items = [it for it in open_items if not (seg.x0 <= it.x0 + tol < seg.x1 or it.x0 - tol <= seg.x0 <= it.body_x0 + tol)]
    _trailing_values(rows, tol, found, marked)
    _drop_cell_lists(rows, tol, found)
    _drop_lone_items(found)


TRAILING_WORDS = 4  # a value set at the end of a list item's line is a word or a few ("Ej påbörjad", "1 200 kr")
TRAILING_CHARS = 30


def _trailing_values(rows: list[Row], tol: float, found: Found, marked: list[tuple[Item, int, int]]) -> None:
    """A list whose items each end their first line in a value set apart, after dot leaders or a
    wide gap, in a column of its own ("■ Publik tankstation för biogas ........ Försenad"): the
    value is the item's (`Item.value`, a field of its record), so a question filtering by it
    finds the item. Only where two items of the list or more, and most of those at their level, have
    such a value, all words or all figures, aligned at its left or right edge, each item one line:
    beside items wrapping over lines, or values of mixed kinds, the words are another column's text
    (a box of key figures beside the list)."""
    tails: dict[int, list[tuple[Item, int, str, Seg | None]]] = {}
    level: dict[tuple[int, float], int] = {}  # the items of each list at each indent
    for item, _, _ in marked:
        level[item.block, round(item.x0)] = level.get((item.block, round(item.x0)), 0) + 1
    for item, r, s in marked:
        if item.last_row != r:
            continue
        body = item.cells[0]
        if (m := LEADER.search(body)) and (value := body[m.end():].strip()) and len(value) <= TRAILING_CHARS:
            tails.setdefault(item.block, []).append((item, r, value, None))  # "Fritidshus ........ 1 200 kr" in one run
            continue
        rest = [(k, g) for k, g in enumerate(rows[r].segs) if k > s]
        if len(rest) != 1 or (r, rest[0][0]) in found.used:
            continue
        seg = rest[0][1]
        value = LEADER.sub(" ", seg.text).strip()
        if (value and len(value) <= TRAILING_CHARS and len(value.split()) <= TRAILING_WORDS and not marker_of(value)
                and (value[0].isupper() or value[0].isdigit()) and not value.endswith((".", ",", ";", ":"))):  # no line of text
            tails.setdefault(item.block, []).append((item, r, value, seg))
    for block, entries in tails.items():
        segs = [g for _, _, _, g in entries if g is not None]
        aligned = len(segs) < 2 or any(max(e) - min(e) <= 2 * tol for e in ([g.x0 for g in segs], [g.x1 for g in segs]))
        kinds = {any(ch.isdigit() for ch in value) for _, _, value, _ in entries}
        peers = max(level[block, round(item.x0)] for item, _, _, _ in entries)
        if len(entries) < 2 or not aligned or len(kinds) > 1 or 2 * len(entries) < peers:
            continue
        for item, r, value, seg in entries:
            item.cells[0] = LEADER.split(item.cells[0])[0].strip() if seg is None else LEADER.sub(" ", item.cells[0]).strip()
            item.value = value
            if seg is not None:
                found.used.add((r, rows[r].segs.index(seg)))


def runs(entries: list[T], goes_on: Callable[[T, T], bool]) -> list[list[T]]:
    """`entries` cut into runs: an entry joins the run before when it `goes_on` from that run's last."""
    out: list[list[T]] = []
    for entry in entries:
        if out and goes_on(out[-1][-1], entry):
            out[-1].append(entry)
        else:
            out.append([entry])
    return out


TITLE_WORDS = 10  # a title over a list's items is a short line


def find_titled(rows: list[Row], tol: float, found: Found) -> None:
    """Lists under titles of their own ("Fler insatser på hemmaplan" over its "– ..." items, then
    "Rekrytering och stöd till familjehem" over its own): two lists or more, each right under a
    line of its own that is short, in the page's type, and ends in no full stop, colon or comma,
    each title right after the list before, the titles at one left edge no further right than
    their items. The titles are a list of their own, and each list's items have their title as
    parent: "vilka områden" asks for the titles, "vad ska göras inom ..." for an area's items."""
    typical = typical_height(rows)
    blocks: dict[int, list[Item]] = {}
    for it in found.items:
        if it.kind == "list":
            blocks.setdefault(it.block, []).append(it)
    titled: list[tuple[int, Seg, list[Item]]] = []  # (title row, its segment, the list under it)
    for items in sorted(blocks.values(), key=lambda b: b[0].row):
        t = items[0].row - 1
        seg = rows[t].segs[0] if t >= 0 and len(rows[t].segs) == 1 else None
        if seg is None or (t, 0) in found.used or any(it.parent for it in items) or not _a_title(seg.text) \
                or rows[t].height > HEADING_HEIGHT * typical or seg.x0 > items[0].x0 + tol \
                or not touches(rows, t, items[0].row):
            continue
        titled.append((t, seg, items))
    groups = runs(titled, lambda last, entry: entry[0] == max(it.last_row for it in last[2]) + 1
                  and abs(entry[1].x0 - last[1].x0) <= tol)
    block = max((i.block for i in found.items if i.kind == "list"), default=-1)
    for group in (g for g in groups if len(g) >= 2):
        block += 1
        for t, seg, items in group:
            title = seg.text.strip()
            found.items.append(Item("list", block, t, [title], marker="title", x0=seg.x0, body_x0=seg.x0, last_row=t))
            found.used.add((t, 0))
            for it in items:
                it.parent = title


def _a_title(text: str) -> bool:
    """A short line that names, not a sentence or a lead-in: capitalised, at most `TITLE_WORDS`
    words, no full stop, colon, semicolon or comma at its end, no list marker."""
    text = text.strip()
    return bool(text) and text[0].isupper() and len(text.split()) <= TITLE_WORDS \
        and not text.endswith((".", ":", ";", ",")) and marker_of(text) is None


CELL_ROW_SEGS = 3  # a table's row opening a cell with a list in it has at least this many cells
CELL_TEXT = 25  # characters: cells shorter than this among them (columns of running text are longer)


def _in_a_cell(rows: list[Row], it: Item, tol: float) -> bool:
    """Whether a list item stands in a cell of a table: up from its line, over lines holding
    text at its left edge (the cell's first lines, the list's items before it), the line where a
    row opens (text further left) has a cell starting at the item's edge, and three or more
    cells, not all of them running text ("1.1 | Utvidgade hälsosamtal i | Elevhälsan | Q4 2027"
    over "– samtal med alla vårdnadshavare"); a list item there is the list's own line, no cell."""
    r = it.row - 1
    while r >= 0 and touches(rows, r, r + 1, 1.6):
        segs = rows[r].segs
        if any(s.x0 < it.x0 - tol for s in segs):
            return len(segs) >= CELL_ROW_SEGS and any(len(s.text) < CELL_TEXT for s in segs) \
                and any(s.x0 - tol <= it.x0 <= s.x0 + 4 * tol and not marker_of(s.text) for s in segs[1:])
        if not any(abs(s.x0 - it.x0) <= 4 * tol for s in segs):
            return False
        r -= 1
    return False


def _drop_cell_lists(rows: list[Row], tol: float, found: Found) -> None:
    """Lists set in a table's cells (`_in_a_cell`) are the cells' text, not lists of the page:
    their lines are free again for the table."""
    cells = {it.block for it in found.items if it.kind == "list" and it.marker in ("bullet", "dash") and _in_a_cell(rows, it, tol)}
    drop = [it for it in found.items if it.kind == "list" and it.block in cells]
    found.items = [it for it in found.items if it not in drop]
    found.used -= {(r, s) for it in drop for r in range(it.row, it.last_row + 1)
                   for s, seg in enumerate(rows[r].segs) if it.x0 - tol <= seg.x0 <= it.body_x0 + tol}


_COUNTED = re.compile(r"^(?P<word>[A-ZÅÄÖ][\w-]*)\s+(?P<n>\d{1,2})\b")


def find_counted(rows: list[Row], tol: float, found: Found) -> None:
    """Lists without markers whose lines count up under one word ("Områdestyp 1 – ...",
    "Områdestyp 2 – ...", "Steg 3 ..."): three or more adjacent lines at one left edge."""
    runs: list[list[tuple[int, int, int]]] = []  # (row, seg, count)
    for r, row in enumerate(rows):
        for s, seg in enumerate(row.segs):
            m = _COUNTED.match(seg.text)
            if not m or (r, s) in found.used:
                continue
            n, word = int(m.group("n")), m.group("word")
            run = next((run for run in runs if rows[run[-1][0]].segs[run[-1][1]].text.startswith(word + " ")
                        and run[-1][2] == n - 1 and abs(rows[run[-1][0]].segs[run[-1][1]].x0 - seg.x0) <= tol
                        and touches(rows, run[-1][0], r)), None)
            if run is not None:
                run.append((r, s, n))
            else:
                runs.append([(r, s, n)])
    block = max((i.block for i in found.items if i.kind == "list"), default=-1)
    for run in runs:
        if len(run) < 3:
            continue
        block += 1
        for r, s, _ in run:
            seg = rows[r].segs[s]
            found.items.append(Item("list", block, r, [seg.text], marker="count", x0=seg.x0, body_x0=seg.x0, last_row=r))
            found.used.add((r, s))


_DEFINED = re.compile(r"^(?P<term>[A-ZÅÄÖ][^:.;–—]{0,80}?)(?::|\s[–—])(?:\s|$)")
MAX_TERM_WORDS = 8


def defined_term(text: str) -> str | None:
    """The term a definition opens with ("Grundavgift" of "Grundavgift: en årlig fast avgift",
    "Försenad" of "Försenad – åtgärden blir inte klar ..."), else None."""
    m = _DEFINED.match(text)
    term = m.group("term") if m else ""
    return term if term and len(term.split()) <= MAX_TERM_WORDS and not term[-1:].isdigit() else None


def _defines(text: str) -> bool:
    return defined_term(text) is not None


def find_defined(rows: list[Row], tol: float, found: Found) -> None:
    """Lists of definitions ("Grundavgift: en årlig fast avgift …", "Dagvatten (D): …", "Minskat
    hyrberoende – målsättningen är …"): three or more paragraphs at one left edge that each open
    with a term and a colon or a dash; the lines under a
    term until the next one (closer than the gap between paragraphs) continue its item."""
    block = max((i.block for i in found.items if i.kind == "list"), default=-1)
    r = 0
    while r < len(rows):
        if not rows[r].segs or (r, 0) in found.used or not _defines(rows[r].segs[0].text):
            r += 1
            continue
        x0, pitch = rows[r].segs[0].x0, rows[r].height
        items: list[list[int]] = [[r]]
        q = r + 1
        while q < len(rows) and rows[q].segs and (q, 0) not in found.used and len(rows[q].segs) == 1:
            seg, gap = rows[q].segs[0], rows[q].y - rows[q - 1].y
            if abs(seg.x0 - x0) > tol or gap <= 0 or gap > LIST_BREAK * pitch or marker_of(seg.text):
                break
            if _defines(seg.text):
                items.append([q])
            elif gap <= NEW_PARAGRAPH * pitch and len(items[-1]) < MAX_LEADIN_LINES:
                items[-1].append(q)
            else:
                break
            q += 1
        if len(items) < 3:
            r += 1
            continue
        block += 1
        for lines in items:
            found.items.append(Item("list", block, lines[0], [wrap([rows[k].segs[0].text for k in lines])], marker="term",
                                    x0=x0, body_x0=x0, last_row=lines[-1]))
            found.used.update((k, 0) for k in lines)
        r = q


def join_columns(rows: list[Row], items: list[Item], tol: float) -> list[Item]:
    """`items` (in row order) with each list laid out in two columns made one list: a list whose
    items stand on the rows of another's first items, right of them, one fewer or as many, with
    no heading of its own above it, continues the left one (its block), and its items follow the
    left column's. Two lists side by side under their own headings ("Styrkor", "Svagheter") stay two."""
    blocks: dict[int, list[Item]] = {}
    for it in items:
        if it.kind == "list":
            blocks.setdefault(it.block, []).append(it)
    right_of: dict[int, int] = {}
    for a, left in blocks.items():
        for b, right in blocks.items():
            if a == b or a in right_of or b in right_of or a in right_of.values() or any(it.parent for it in left + right):
                continue
            if (len(right) >= 2 and (len(left) - len(right) in (0, 1)
                                     and [it.row for it in right] == [it.row for it in left[: len(right)]]
                                     or right[0].row == left[0].row and _numbers(rows, left + right) is not None)
                    and min(it.x0 for it in right) > max(it.body_x0 for it in left) + tol
                    and not _headed(rows, right[0], tol)):
                right_of[b] = a
    if not right_of:
        return items
    out = [it for it in items if it.kind != "list" or it.block not in right_of]
    for b, a in right_of.items():
        for it in blocks[b]:
            it.block = a
        at = out.index(blocks[a][-1]) + 1
        out[at:at] = blocks[b]
    return out


_NUMBER = re.compile(r"\s*(\d{1,2})[.)]")


def _numbers(rows: list[Row], items: list[Item]) -> list[int] | None:
    """The numbers of numbered items when they count up by one ("1." … "5." in the left column,
    "6." … "9." in the right: one list whose items wrap differently in its two columns), else None."""
    numbers = []
    for it in items:
        seg = next((s for s in rows[it.row].segs if abs(s.x0 - it.x0) < 0.5), None)
        m = _NUMBER.match(seg.text) if seg is not None and it.marker == "num" else None
        if m is None:
            return None
        numbers.append(int(m.group(1)))
    return numbers if numbers == list(range(numbers[0], numbers[0] + len(numbers))) else None


def _headed(rows: list[Row], first: Item, tol: float) -> bool:
    """Whether text starts right above a list's first item at its left edge (its heading)."""
    top = rows[first.row]
    return any(min(abs(s.x0 - first.x0), abs(s.x0 - first.body_x0)) <= tol
               for r in rows if 0 < top.y - r.y <= LIST_BREAK * top.height for s in r.segs)


def _drop_lone_items(found: Found) -> None:
    """One marked line alone is a numbered heading or a sentence ("att ..."), not a list:
    keep lists of two items or more (their lines are free again for tables)."""
    count: dict[int, int] = {}
    for it in found.items:
        if it.kind == "list":
            count[it.block] = count.get(it.block, 0) + 1
    lone = [it for it in found.items if it.kind == "list" and count[it.block] < 2]
    found.items = [it for it in found.items if it not in lone]
    found.used -= {(it.row, s) for it in lone for s in range(8)}


MARKER_GAP_EM = 4.0  # a list's dash stands at most this many font sizes before its text; further off it is a cell


def join_markers(segs: list[Seg], size: float | None = None) -> tuple[Seg, ...]:
    """A bare list marker ("•", "1.", an "att" opening its line) set apart from its text by a tab
    joins the segment after it;
    a dash before a figure, another dash or a mark is a table's cell for nothing ("– | 6 500"), and so is a
    dash a column's width before the next cell ("– |   Ej remitterad"), when the font `size` is known."""
    out: list[Seg] = []
    for seg in segs:
        hanging_att = len(out) == 1 and out[0].text.strip() == "att"  # "att | utse Sara Nordin ...": a decision clause
        dash = bool(out) and out[-1].text.strip() in DASHES
        symbol = len(seg.text.strip()) == 1 and not seg.text.strip().isalnum()  # "– | ◐": nothing, then a status mark
        if out and (_BARE_MARKER.match(out[-1].text) or hanging_att) and not (dash and (
                is_figure(seg.text) or symbol or (size is not None and seg.x0 - out[-1].x1 > MARKER_GAP_EM * size))):
            out[-1] = Seg(out[-1].x0, seg.x1, f"{out[-1].text} {seg.text}", seg.x0)
        else:
            out.append(seg)
    return tuple(out)


_HANGING = re.compile(r"\d{1,2}")


def hanging_numbers(rows: list[Row], tol: float) -> list[Row]:
    """`rows` with each number that hangs in a column of its own left of its text ("1 | Fler
    hyresrätter nära kollektivtrafiken.") joined to the text as a list marker ("1. ..."), when such
    lines count up by one (1, 2, 3 …) at one left edge with their texts at another, only their text's
    wrapped lines (at most `MAX_LEADIN_LINES`) between them: a list numbered in a hanging column.
    A table's number column is no such list: its rows carry more cells than a number and a text.
    A number set in a larger type than its text makes no heading of the line: the joined line
    takes the height of its text's next line; and a number whose line the larger type sets a little
    above its text's is that line's (`_with_numbers`)."""
    view = _with_numbers(rows)
    lines = [row for _, row in view]
    joined: dict[int, Row] = {}
    for run in runs([v for v, row in enumerate(lines) if _hangs(row)], lambda a, b: _counts_on(lines, a, b, tol)):
        if len(run) < 2:
            continue
        for v in run:
            row = lines[v]
            num, body = row.segs
            after = lines[v + 1] if v + 1 < len(lines) else None
            height = after.height if after is not None and after.segs[0].x0 >= body.x0 - tol \
                and touches(lines, v, v + 1, 1.6) else row.height
            joined[v] = replace(row, height=min(height, row.height),
                                segs=(Seg(num.x0, body.x1, f"{num.text.strip()}. {body.text}", body.x0),))
    return [r for v, (originals, _) in enumerate(view) for r in ([joined[v]] if v in joined else originals)]


def _with_numbers(rows: list[Row]) -> list[tuple[list[Row], Row]]:
    """(the rows, the line they make) down the page: a bare number alone on its row, less than half
    its height above the next row, which starts right of it, makes one line with that row (a
    number in a larger type whose baseline falls lower than its text's); every other row is a line."""
    out: list[tuple[list[Row], Row]] = []
    r = 0
    while r < len(rows):
        row, after = rows[r], rows[r + 1] if r + 1 < len(rows) else None
        if after is not None and len(row.segs) == 1 and _HANGING.fullmatch(row.segs[0].text.strip()) \
                and 0 < after.y - row.y < 0.5 * row.height and after.segs and after.segs[0].x0 > row.segs[0].x1:
            out.append(([row, after], replace(after, segs=(row.segs[0], *after.segs), at=row.at)))
            r += 2
            continue
        out.append(([row], row))
        r += 1
    return out


def _hangs(row: Row) -> bool:
    """A line of a bare number and one text opening with a capital ("2 | Blandade upplåtelseformer"),
    not an entry of a table of contents ("4 | Granskning av räkenskaper ........ 23")."""
    return len(row.segs) == 2 and bool(_HANGING.fullmatch(row.segs[0].text.strip())) \
        and row.segs[1].text[:1].isupper() and not is_figure(row.segs[1].text) and not LEADER.search(row.segs[1].text)


def _counts_on(rows: list[Row], a: int, b: int, tol: float) -> bool:
    """Whether hanging-number line b goes on from line a: the next number, at the same edges, with
    only lines of a's text (right of the numbers) between them."""
    (na, ta), (nb, tb) = rows[a].segs, rows[b].segs
    between = rows[a + 1:b]
    return int(nb.text) == int(na.text) + 1 and abs(na.x0 - nb.x0) <= tol and abs(ta.x0 - tb.x0) <= tol \
        and len(between) <= MAX_LEADIN_LINES and all(s.x0 >= ta.x0 - tol for row in between for s in row.segs)


def text_rows(text: str) -> list[Row]:
    """The lines of a plain text as rows: segments split at tabs or two spaces, x in characters."""
    rows, pos = [], 0
    for y, line in enumerate(text.split("\n")):
        segs, col = [], 0
        for part in _TEXT_GAP.split(line):
            at = line.find(part, col) if part else col
            if part.strip():
                lead = len(part) - len(part.lstrip())
                segs.append(Seg(float(at + lead), float(at + len(part.rstrip())), part.strip()))
            col = at + len(part)
        if segs:
            rows.append(Row(float(y), 1.0, join_markers(segs), pos))
        pos += len(line) + 1
    return rows
