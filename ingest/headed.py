"""Headed tables of text cells: a header of short column names over lines of text cells, an
action or assignment table whose cells wrap over several lines (`find_headed`), with its column
names stacked above the header line, its group titles and its rows read from where the first
column opens a row.
"""

from __future__ import annotations

from insyn.ingest.cleaning import is_page_mark
from insyn.ingest.generic import NEW_PARAGRAPH, SUM_ROW, Found, Item, Row, Seg, is_figure, touches, wrap
from insyn.ingest.grid import (MAX_HEADER_CELL, STACKED_APART, YEAR, column_name, names_only, prose_columns, quantity,
                               staggered_pair, text_columns)


def find_headed(rows: list[Row], tol: float, found: Found, bands: list[tuple[float, float]] | None = None) -> None:
    """Tables of text cells under a header of short column names ("Centrala uppdrag |
    Kommentar", "Åtgärd | Ansvarig | Klart"): the lines below whose segments start in the
    header's columns, until a line crosses a column boundary or a gap of four lines. A table
    row opens where the first column starts after a wider gap than the lines' own; lines until
    the next such start (a wrapped cell, a longer comment beside it) belong to that row."""
    block = max((i.block for i in found.items if i.kind == "table"), default=-1)
    bands = text_columns(rows) if bands is None else bands
    r = 0
    while r < len(rows):
        head = rows[r].segs
        if len(head) < 2 or _staggered(rows, r) or any((r, s) in found.used for s in range(len(head))) or any(
                len(s.text) > MAX_HEADER_CELL or quantity(s.text) or s.text.rstrip().endswith((".", ":"))
                or is_page_mark(s.text) for s in head) \
                or _aligned_above(rows, r, tol):
            r += 1
            continue
        header = [s.text for s in head]
        starts = [s.x0 for s in head]
        top = r
        if (above := _names_above(rows, r, found, tol)) is not None:
            top, names = above  # column names over the header's line ("Ålder" over "(mån)", "Kostnad, tkr" over 2027 | 2028)
            for c, (name, x0) in names.items():
                header[c] = f"{name} {header[c]}"
                # a right-aligned column starts where its first name line does, but not under the name of the
                # column before it ("2025" over "Kv | Män | Tot" starts none of them left of "Män")
                if (c + 1 == len(starts) or x0 < starts[c + 1] - tol) and x0 > head[c - 1].x1:
                    starts[c] = min(starts[c], x0)
        lines: list[int] = []
        q = r + 1
        while q < len(rows) and rows[q].y - rows[q - 1].y <= 4 * rows[q].height:
            segs = rows[q].segs
            if any((q, k) in found.used for k in range(len(segs))) or segs[0].x0 < starts[0] - 6 * tol or (
                    _crosses(segs, head, starts, tol) and not _group_title(rows, q, head, starts, tol)):
                break
            lines.append(q)
            q += 1
        if lines and _names_below(rows, r, lines[0], starts, tol):  # the header's second line ("2024 | 2025")
            for s in rows[lines[0]].segs:
                c = _column_of(s, starts, tol)
                header[c] = f"{header[c]} {s.text}".strip()
            lines = lines[1:]
        cells = _headed_rows(rows, lines, starts, tol)
        if _figures_unnamed(rows, lines, starts, header, tol):
            r += 1
            continue
        if len(cells) < 2 or sum(1 for row in cells if sum(1 for c in row[1] if c) >= 2) < len(cells) / 2 or \
                prose_columns(rows, [r, *lines], bands):
            r += 1
            continue
        block += 1
        for first, row in cells:
            found.items.append(Item("table", block, first, row, header=tuple(header), x0=starts[0],
                                    body_x0=rows[first].segs[-1].x1, top=top))
        for k in [*range(top, r), r, *lines]:
            found.used.update((k, s) for s in range(len(rows[k].segs)))
        r = q


def _column_of(s: Seg, starts: list[float], tol: float) -> int:
    """The headed table's column a segment starts in: the last whose name starts left of it."""
    return max((i for i, x in enumerate(starts) if s.x0 >= x - 6 * tol), default=0)


_FIGURES_UNDER_A_NAME = 2  # this year's and last year's under a note's title


def _figures_unnamed(rows: list[Row], lines: list[int], starts: list[float], header: list[str], tol: float) -> bool:
    """Whether most of the lines under a would-be header set more figures apart under a name of
    years than it names, or more than `_FIGURES_UNDER_A_NAME` under a name of words (a scan's
    header read as "d | 2020 | 2030" over "486 | 451 | 437 | 424" under the 2020 alone; "2026
    2025" over two figures names both, and a note's title its two years' figures): the figures stand
    in columns of their own that the line does not name, a table read by its columns' alignment
    (`grid.find_tables`), not a table of text cells under it."""
    def crowded(q: int) -> bool:
        under = [_column_of(s, starts, tol) for s in rows[q].segs if is_figure(s.text)]
        return any(under.count(c) > (sum(bool(YEAR.fullmatch(t)) for t in header[c].split()) or _FIGURES_UNDER_A_NAME)
                   for c in set(under))
    return bool(lines) and sum(crowded(q) for q in lines) > len(lines) / 2


NAME_WORDS, NAME_LINES = 5, 4  # a column name's line above a header: this many words at most, this many lines


def _names_above(rows: list[Row], r: int, found: Found, tol: float) -> tuple[int, dict[int, tuple[str, float]]] | None:
    """The column names stacked above header line r, clear of its first cell: the first line up
    and how each header cell is named ("Ålder" over "(mån)"; "Kostnad, tkr" over "2027 | 2028";
    "2025" over "Kv | Män | Tot"). Lines less than `STACKED_APART` apart are levels, lines less
    than a line apart one level (staggered names); a cell takes the name over it, or, between a
    level's first and last name, the nearest one. None when the line above is none of these, or
    is the last line of a wrapped value ("Eva Rönn," over "kanslichef och sekreterare")."""
    head = rows[r].segs
    edge = head[0].x1 + tol
    levels: list[list[Seg]] = []
    k = r - 1
    while k >= 0 and r - k <= NAME_LINES and 0 < rows[k + 1].y - rows[k].y < STACKED_APART * rows[k].height \
            and not any((k, q) in found.used for q in range(len(rows[k].segs))) and all(
                s.x0 > edge and len(s.text.split()) <= NAME_WORDS and names_only(s.text) for s in rows[k].segs):
        if levels and k + 1 < r and staggered_pair(rows, k, k + 1):
            levels[-1] = [*rows[k].segs, *levels[-1]]
        else:
            levels.append(list(rows[k].segs))
        k -= 1
    if not levels or (k >= 0 and touches(rows, k, k + 1, 1.5) and any(s.x0 <= edge for s in rows[k].segs)
                      and any(abs(s.x0 - rows[k + 1].segs[0].x0) <= tol for s in rows[k].segs[1:])):
        return None
    names: dict[int, list[tuple[str, float]]] = {}
    for level in reversed(levels):
        lo, hi = min(s.x0 for s in level), max(s.x1 for s in level)
        for i, h in enumerate(head[1:], start=1):
            over = [s for s in level if s.x0 < h.x1 + tol and s.x1 > h.x0 - tol]
            if not over and lo - tol <= (h.x0 + h.x1) / 2 <= hi + tol:
                over = [min(level, key=lambda s: abs((s.x0 + s.x1) / 2 - (h.x0 + h.x1) / 2))]
            if over:
                names.setdefault(i, []).append((" ".join(s.text for s in over), min(s.x0 for s in over)))
    return (k + 1, {i: (" ".join(n for n, _ in ns), min(x for _, x in ns)) for i, ns in names.items()}) if names else None


GROUP_TITLE_WORDS = 14


def _crosses(segs: tuple[Seg, ...], head: tuple[Seg, ...], starts: list[float], tol: float) -> bool:
    """Whether a line's text runs from one of a headed table's columns into the next, but for a
    figure set flush right with its column's name ("4 200" under a right-aligned "tkr"), and a
    line with a cell starting in every column, each in its own (a long type name reaching under
    a right-aligned column's wider name, "Hastighetsdämpning" under "Kostnad (tkr)", a short
    cell)."""
    # (a run of prose reaching over the next column's name is no such cell: a footer under a signature)
    if len(segs) == len(starts) and all(a - 6 * tol <= s.x0 < b - tol and (s.x1 <= b - tol or len(s.text) <= MAX_HEADER_CELL)
                                        for s, a, b in zip(segs, starts, [*starts[1:], float("inf")])):
        return False
    for s in segs:
        for c, (a, b) in enumerate(zip(starts, starts[1:])):
            if a - 6 * tol <= s.x0 < b - tol and s.x1 > b - tol and not (
                    is_figure(s.text) and any(abs(s.x1 - h.x1) <= tol and s.x0 >= head[c].x0 for h in head[c + 1:c + 2])):
                return True
    return False


def _group_title(rows: list[Row], q: int, head: tuple[Seg, ...], starts: list[float], tol: float) -> bool:
    """Whether line q, one run of words from the first column across the next ones, titles the
    rows under it ("Medborgarförslag (10)" over its proposals): short, no sentence, and the line
    right under it a row of the table (in two or more of its columns, a figure among them)."""
    segs = rows[q].segs
    if len(segs) != 1 or abs(segs[0].x0 - starts[0]) > 6 * tol or len(segs[0].text.split()) > GROUP_TITLE_WORDS \
            or segs[0].text.rstrip().endswith((".", ":")) or q + 1 >= len(rows):
        return False
    below = rows[q + 1].segs
    return len(below) >= 2 and touches(rows, q, q + 1) and any(is_figure(s.text) for s in below) \
        and not _crosses(below, head, starts, tol)


def _names_below(rows: list[Row], head: int, q: int, starts: list[float], tol: float) -> bool:
    """Whether line q, right under the header line, goes on with the column names: nothing in
    the first column, no figure but years ("Utfall" over "2024")."""
    segs = rows[q].segs
    return rows[q].y - rows[head].y <= 1.5 * rows[q].height and bool(segs) and segs[0].x0 >= starts[1] - 6 * tol \
        and all(len(s.text.split()) <= 3 and column_name(s.text) for s in segs)


def _aligned_above(rows: list[Row], r: int, tol: float) -> bool:
    """Whether the line right above row r has its segments where r has its own: r is a row
    inside a block of aligned lines ("Antagen | ..." over "Gäller | 1 januari–31 december
    2026"), not the header opening one."""
    if r == 0 or rows[r].y - rows[r - 1].y > 2 * rows[r].height:
        return False
    above, head = rows[r - 1].segs, rows[r].segs
    return len(above) == len(head) and all(abs(a.x0 - b.x0) <= tol for a, b in zip(above, head))


def _staggered(rows: list[Row], r: int) -> bool:
    """Row r is one line of a header stacked over staggered lines: a line stands less than a
    line height above or below it (column names of one, two and three lines, each centred)."""
    return (r > 0 and staggered_pair(rows, r - 1, r)) or (r + 1 < len(rows) and staggered_pair(rows, r, r + 1))


def _headed_rows(rows: list[Row], lines: list[int], starts: list[float], tol: float) -> list[tuple[int, list[str]]]:
    """The rows of a headed text table: (first line, cells) each; none when a line with a label of
    its own would join its figures to the figures of the row above (a cell holds one figure: its
    lines are rows of figures set as tightly as a wrapped cell's, for `find_tables` to read)."""
    if not lines:
        return []
    pitch = min((rows[b].y - rows[a].y for a, b in zip(lines, lines[1:]) if rows[b].y > rows[a].y), default=rows[lines[0]].height)
    out: list[tuple[int, list[list[str]]]] = []
    prev_y = None
    figured: set[int] = set()  # the columns of the open row that hold a figure
    spanned: list[int] = []  # rows opened by their figures under a first cell spanning them
    for q in lines:
        col_of = [_column_of(s, starts, tol) for s in rows[q].segs]
        numbers = {c for s, c in zip(rows[q].segs, col_of) if is_figure(s.text)}
        opens = 0 in col_of and (prev_y is None or rows[q].y - prev_y > NEW_PARAGRAPH * pitch)
        if not opens and out and numbers & figured:
            if 0 in col_of:  # a second figure in a column beside a label of its own: rows read as one (`find_headed`)
                return []
            # a second figure in a column, none in the first: the next row under a first cell spanning them
            spanned.append(len(out))
            opens = True
        if opens or not out:
            out.append((q, [[] for _ in starts]))
            figured = set()
        figured |= numbers
        for s, c in zip(rows[q].segs, col_of):
            out[-1][1][c].append(s.text)
        prev_y = rows[q].y
    joined = [(q, [wrap(parts) if parts else "" for parts in cols]) for q, cols in out]
    for k in spanned:  # the spanning first cell ("Mål 1. ...", written once) is each of its rows', not a sum's
        if not joined[k][1][0] and not any(SUM_ROW.match(c) for c in joined[k][1]):
            joined[k][1][0] = joined[k - 1][1][0]
    return joined


