"""Generic lists and tables: every list item and every table row of a page becomes an item.

Pure functions over `Row`s, lines cut into `Seg`ments at wide gaps: for a PDF the segments
come from word positions (`ingest.layout`, x in points), for plain text from runs of two or
more spaces or a tab (`text_rows`, x in characters). The same detector reads both:

- a list item is a segment that opens with a marker (`1.`, `1)`, `a)`, `(a)`, `•`, ``,
  `–`, `-`, `*`, or the Swedish "att ..." of a list of duties or goals); lines below it that
  start at its text's left edge (or the marker's) and touch it vertically continue it, so an
  item wrapped over lines is one item and two columns of bullets are two lists. An item whose
  marker stands right of an open item's marker is nested in it (`parent`).
- a borderless table is a run of at least three adjacent rows of at least two short segments
  whose x-ranges fall into the same columns (columns are the union of overlapping x-ranges).
  Its first row is the header when it holds no figures; a row whose first column is empty
  continues the row above it (a multi-line cell).

Nothing here knows a document: layouts are recognised by geometry and markers only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from insyn.ingest.cleaning import join_hyphenation

BULLETS = "•●▪■◦○·‣⁃∙\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf02d\u2023\u25aa\u25cf\u25e6"
_MARKER = re.compile(
    rf"^(?:(?P<bullet>[{BULLETS}])|(?P<dash>[–—*-])(?=\s)|(?P<num>\d{{1,2}}[.)])(?=\s)"
    r"|(?P<letter>\(?[a-zåäö][)])(?=\s)|(?P<att>att)(?=\s+\w))\s*(?P<body>.*)$")
_BARE_MARKER = re.compile(rf"^(?:[{BULLETS}]|[–—*-]|\d{{1,2}}[.)]|\(?[a-zåäö]\))$")
_FIGURE = re.compile(r"^[-−–+]?\s?\d[\d\s.,%]*(?:\s?(?:kr|tkr|mnkr|mdkr|%|st|år))?$", re.I)
_TEXT_GAP = re.compile(r"\t+| {2,}")
MAX_CELL_CHARS = 60  # a borderless table's cells are short; prose columns are not
MEDIAN_CELL_CHARS = 30  # ... and half of them shorter than this, unless most rows hold figures


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

    @property
    def text(self) -> str:
        return " | ".join(c for c in self.cells if c)


@dataclass
class Found:
    items: list[Item] = field(default_factory=list)
    used: set[tuple[int, int]] = field(default_factory=set)  # (row, seg) consumed


def wrap(lines: list[str]) -> str:
    """Lines of one item or cell as one line: words hyphenated at a line end joined."""
    return re.sub(r"\s+", " ", join_hyphenation("\n".join(ln.strip() for ln in lines))).strip()


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


def _touches(rows: list[Row], a: int, b: int, lines: float = 2.2) -> bool:
    """Row b lies right under row a: at most `lines` line heights apart (2.2: one blank line
    may stand between two items of a list; 1.6: a wrapped line follows its item directly)."""
    ra, rb = rows[a], rows[b]
    return 0 < rb.y - ra.y <= lines * max(ra.height, rb.height, 1e-6)


def find_lists(rows: list[Row], tol: float, found: Found) -> None:
    """List items of `rows` (see module docstring), appended to `found.items`."""
    open_items: list[Item] = []
    block = max((i.block for i in found.items), default=-1)
    block_last: dict[int, int] = {}
    for r, row in enumerate(rows):
        for s, seg in enumerate(row.segs):
            if (r, s) in found.used:
                continue
            mk = marker_of(seg.text)
            live = [it for it in open_items if block_last[it.block] == r or _touches(rows, block_last[it.block], r)]
            cont = [it for it in live if it.last_row < r and _touches(rows, it.last_row, r, 1.6) and seg.x0 >= it.x0 - tol
                    and seg.x0 <= it.body_x0 + tol and seg.x0 < it.x0 + 40 * tol]
            if mk and mk[0] == "att" and any(it.marker != "att" and abs(seg.x0 - it.body_x0) <= tol for it in cont):
                mk = None  # "att ..." continuing a wrapped item's sentence, not an item of its own
            if mk:
                kind, body = mk
                stripped = seg.text.strip()
                width = (seg.x1 - seg.x0) / max(len(stripped), 1)
                body_x0 = seg.x0 if kind == "att" else (
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
    _drop_lone_items(found)


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
                        and _touches(rows, run[-1][0], r)), None)
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


MAX_LEADIN_LINES = 8  # a paragraph longer than this ends a lead-in list: it is prose
MAX_LEADIN_ITEMS = 30


def find_leadin(rows: list[Row], tol: float, found: Found) -> None:
    """Lists of paragraphs without markers after a lead-in ending with a colon ("Följande
    rekommendationer lämnas:"): each paragraph at the lead-in's left edge is one item. A
    paragraph ends at a wider vertical gap than the lines' own, or where a sentence ends and
    the next line starts with a capital; the list ends at a gap of more than two lines, a
    paragraph of more than `MAX_LEADIN_LINES` lines, one that does not open with a capital and
    four words (a heading, a figure), another lead-in or a list marker."""
    block = max((i.block for i in found.items if i.kind == "list"), default=-1)
    for r, row in enumerate(rows):
        lead = row.segs[-1]
        if not lead.text.rstrip().endswith(":") or (r, len(row.segs) - 1) in found.used:
            continue
        col = [(q, s) for q in range(r + 1, min(len(rows), r + 1 + MAX_LEADIN_ITEMS * MAX_LEADIN_LINES))
               for s, seg in enumerate(rows[q].segs) if abs(seg.x0 - lead.x0) <= tol or (
                   rows[q].segs[s].x0 > lead.x0 - tol and len(rows[q].segs) == 1 and lead.x0 - tol <= seg.x0 <= lead.x0 + 4 * tol)]
        paras: list[list[tuple[int, int]]] = []
        pitch = row.height
        prev = r
        for q, s in col:
            seg = rows[q].segs[s]
            gap = rows[q].y - rows[prev].y
            mk = marker_of(seg.text)
            if (q, s) in found.used or (mk and mk[0] != "att") or gap > 2.6 * pitch or gap <= 0:
                break
            last = rows[paras[-1][-1][0]].segs[paras[-1][-1][1]].text.rstrip() if paras else ""
            if not paras or gap > 1.35 * pitch or (last.endswith((".", "!", "?")) and seg.text[:1].isupper()):
                if paras and len(paras[-1]) > MAX_LEADIN_LINES:
                    break
                if len(seg.text.split()) < 4 or not seg.text[:1].isupper():
                    break  # a heading, a figure or a stray line: the list has ended
                paras.append([])
            paras[-1].append((q, s))
            prev = q
            if seg.text.rstrip().endswith(":"):
                break
        paras = [p for p in paras if len(p) <= MAX_LEADIN_LINES]
        if len(paras) < 2:
            continue
        block += 1
        for para in paras:
            text = wrap([rows[q].segs[s].text for q, s in para])
            found.items.append(Item("list", block, para[0][0], [text], marker="para", x0=lead.x0,
                                    body_x0=lead.x0, last_row=para[-1][0]))
            found.used.update(para)


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


def _columns(rows: list[Row], idx: list[int]) -> list[tuple[float, float]]:
    """Columns of a block: the union of overlapping x-ranges of its segments."""
    spans = sorted((s.x0, s.x1) for i in idx for s in rows[i].segs)
    cols: list[list[float]] = []
    for a, b in spans:
        if cols and a <= cols[-1][1]:
            cols[-1][1] = max(cols[-1][1], b)
        else:
            cols.append([a, b])
    return [(a, b) for a, b in cols]


def _is_figure(text: str) -> bool:
    return bool(_FIGURE.match(text.strip())) or text.strip() in {"-", "–", "—"}


def find_tables(rows: list[Row], found: Found) -> None:
    """Borderless tables of `rows` (see module docstring), appended to `found.items`."""
    multi = [r for r, row in enumerate(rows)
             if len(row.segs) >= 2 and not any((r, s) in found.used for s in range(len(row.segs)))
             and all(len(s.text) <= MAX_CELL_CHARS for s in row.segs)]
    runs: list[list[int]] = []
    for r in multi:
        if runs and runs[-1][-1] in (r - 1, r - 2) and _touches(rows, runs[-1][-1], r):
            if runs[-1][-1] == r - 2 and r - 1 >= 0:
                runs[-1].append(r - 1)  # a wrapped cell's second line between two rows
            runs[-1].append(r)
        else:
            runs.append([r])
    block = max((i.block for i in found.items if i.kind == "table"), default=-1)
    for run in runs:
        if len([r for r in run if len(rows[r].segs) >= 2]) < 3:
            continue
        cols = _columns(rows, run)
        lengths = sorted(len(s.text) for r in run for s in rows[r].segs)
        with_figures = sum(any(_is_figure(s.text) for s in rows[r].segs) for r in run)
        if len(cols) < 2 or (lengths[len(lengths) // 2] > MEDIAN_CELL_CHARS and with_figures < len(run) / 2):
            continue  # two columns of prose, not a table
        if sum(any(not _is_figure(s.text) for s in rows[r].segs) for r in run) < len(run) / 2:
            continue  # the labels of a chart's axes and bars
        block += 1
        grid = [[""] * len(cols) for _ in run]
        for g, r in enumerate(run):
            for s in rows[r].segs:
                c = next(i for i, (a, b) in enumerate(cols) if a <= s.x0 <= b)
                grid[g][c] = f"{grid[g][c]} {s.text.strip()}".strip()
        header: tuple[str, ...] = ()
        if not any(_is_figure(c) for c in grid[0] if c) and any(_is_figure(c) for row in grid[1:] for c in row if c):
            header = tuple(grid[0])
            grid, run = grid[1:], run[1:]
        items: list[Item] = []
        for g, r in enumerate(run):
            if items and not grid[g][0] and sum(1 for c in grid[g] if c) <= len(cols) // 2:
                items[-1].cells = [wrap([a, b]) for a, b in zip(items[-1].cells, grid[g])]
            else:
                items.append(Item("table", block, r, grid[g], header=header, x0=cols[0][0], body_x0=cols[-1][1]))
        found.items += items
        for r in run:
            found.used.update((r, s) for s in range(len(rows[r].segs)))


def join_markers(segs: list[Seg]) -> tuple[Seg, ...]:
    """A bare list marker ("•", "1.") set apart from its text by a tab joins the segment after it."""
    out: list[Seg] = []
    for seg in segs:
        if out and _BARE_MARKER.match(out[-1].text):
            out[-1] = Seg(out[-1].x0, seg.x1, f"{out[-1].text} {seg.text}", seg.x0)
        else:
            out.append(seg)
    return tuple(out)


MAX_HEADER_CELL = 40  # a column name is short


def find_headed(rows: list[Row], tol: float, found: Found) -> None:
    """Tables of text cells under a header of short column names ("Centrala uppdrag |
    Kommentar", "Åtgärd | Ansvarig | Klart"): the lines below whose segments start in the
    header's columns, until a line crosses a column boundary or a gap of four lines. A table
    row opens where the first column starts after a wider gap than the lines' own; lines until
    the next such start (a wrapped cell, a longer comment beside it) belong to that row."""
    block = max((i.block for i in found.items if i.kind == "table"), default=-1)
    r = 0
    while r < len(rows):
        head = rows[r].segs
        if len(head) < 2 or any((r, s) in found.used for s in range(len(head))) or any(
                len(s.text) > MAX_HEADER_CELL or _is_figure(s.text) or s.text.rstrip().endswith((".", ":")) for s in head):
            r += 1
            continue
        starts = [s.x0 for s in head]
        lines: list[int] = []
        q = r + 1
        while q < len(rows) and rows[q].y - rows[q - 1].y <= 4 * rows[q].height:
            segs = rows[q].segs
            if any((q, k) in found.used for k in range(len(segs))) or segs[0].x0 < starts[0] - 6 * tol or any(
                    s.x1 > b - tol for s in segs for a, b in zip(starts, starts[1:]) if a - 6 * tol <= s.x0 < b - tol):
                break
            lines.append(q)
            q += 1
        cells = _headed_rows(rows, lines, starts, tol)
        if len(cells) < 2 or sum(1 for row in cells if sum(1 for c in row[1] if c) >= 2) < len(cells) / 2:
            r += 1
            continue
        block += 1
        header = tuple(s.text for s in head)
        for first, row in cells:
            found.items.append(Item("table", block, first, row, header=header, x0=starts[0], body_x0=rows[first].segs[-1].x1))
        for k in [r, *lines]:
            found.used.update((k, s) for s in range(len(rows[k].segs)))
        r = q


def _headed_rows(rows: list[Row], lines: list[int], starts: list[float], tol: float) -> list[tuple[int, list[str]]]:
    """The rows of a headed text table: (first line, cells) each."""
    if not lines:
        return []
    pitch = min((rows[b].y - rows[a].y for a, b in zip(lines, lines[1:]) if rows[b].y > rows[a].y), default=rows[lines[0]].height)
    out: list[tuple[int, list[list[str]]]] = []
    prev_y = None
    for q in lines:
        col_of = [max((i for i, x in enumerate(starts) if s.x0 >= x - 6 * tol), default=0) for s in rows[q].segs]
        opens = 0 in col_of and (prev_y is None or rows[q].y - prev_y > 1.35 * pitch)
        if opens or not out:
            out.append((q, [[] for _ in starts]))
        for s, c in zip(rows[q].segs, col_of):
            out[-1][1][c].append(s.text)
        prev_y = rows[q].y
    return [(q, [wrap(parts) if parts else "" for parts in cols]) for q, cols in out]


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


def read_items(rows: list[Row], tol: float) -> list[Item]:
    """Every list item and borderless table row of one page, lists first, in row order."""
    found = Found()
    find_lists(rows, tol, found)
    find_counted(rows, tol, found)
    find_leadin(rows, tol, found)
    find_headed(rows, tol, found)
    find_tables(rows, found)
    return sorted(found.items, key=lambda it: (it.row, it.kind))
