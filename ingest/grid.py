"""Tables without ruling lines, from rows of segments (`ingest.generic`), and `read_items`,
which runs every list and table detector over one page.

- a borderless table is a run of at least three adjacent rows of at least two short segments
  whose x-ranges fall into the same columns (columns are the union of overlapping x-ranges).
  Its first row is the header when it holds no figures; a row whose first column is empty
  continues the row above it (a multi-line cell). Two columns of prose (long segments, no
  figures) and a chart's axis labels (figures only) are not tables.
- a headed text table has a header of short column names over lines of text cells
  (`find_headed`): an action or assignment table whose cells wrap over several lines.
"""

from __future__ import annotations

from insyn.ingest.generic import (NEW_PARAGRAPH, Found, Item, Row, find_counted, find_defined, find_lists, is_figure,
                                  join_columns, merge_spans, touches, wrap)
from insyn.ingest.leadin import OpenList, find_continued, find_leadin

MAX_CELL_CHARS = 60  # a borderless table's cells are short; prose columns are not
MEDIAN_CELL_CHARS = 30  # ... and half of them shorter than this, unless most rows hold figures


def _columns(rows: list[Row], idx: list[int]) -> list[tuple[float, float]]:
    """Columns of a block: the union of overlapping x-ranges of its segments."""
    return merge_spans([(s.x0, s.x1) for i in idx for s in rows[i].segs])


def find_tables(rows: list[Row], found: Found) -> None:
    """Borderless tables of `rows` (see module docstring), appended to `found.items`."""
    multi = [r for r, row in enumerate(rows)
             if len(row.segs) >= 2 and not any((r, s) in found.used for s in range(len(row.segs)))
             and all(len(s.text) <= MAX_CELL_CHARS for s in row.segs)]
    runs: list[list[int]] = []
    for r in multi:
        if runs and runs[-1][-1] in (r - 1, r - 2) and touches(rows, runs[-1][-1], r):
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
        with_figures = sum(any(is_figure(s.text) for s in rows[r].segs) for r in run)
        if len(cols) < 2 or (lengths[len(lengths) // 2] > MEDIAN_CELL_CHARS and with_figures < len(run) / 2):
            continue  # two columns of prose, not a table
        if sum(any(not is_figure(s.text) for s in rows[r].segs) for r in run) < len(run) / 2:
            continue  # the labels of a chart's axes and bars
        block += 1
        grid = [[""] * len(cols) for _ in run]
        for g, r in enumerate(run):
            for s in rows[r].segs:
                c = next(i for i, (a, b) in enumerate(cols) if a <= s.x0 <= b)
                grid[g][c] = f"{grid[g][c]} {s.text.strip()}".strip()
        header: tuple[str, ...] = ()
        if not any(is_figure(c) for c in grid[0] if c) and any(is_figure(c) for row in grid[1:] for c in row if c):
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
                len(s.text) > MAX_HEADER_CELL or is_figure(s.text) or s.text.rstrip().endswith((".", ":")) for s in head):
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
        opens = 0 in col_of and (prev_y is None or rows[q].y - prev_y > NEW_PARAGRAPH * pitch)
        if opens or not out:
            out.append((q, [[] for _ in starts]))
        for s, c in zip(rows[q].segs, col_of):
            out[-1][1][c].append(s.text)
        prev_y = rows[q].y
    return [(q, [wrap(parts) if parts else "" for parts in cols]) for q, cols in out]


def read_items(rows: list[Row], tol: float, carried: OpenList | None = None) -> list[Item]:
    """Every list item and borderless table row of one page, lists first, in row order (a list
    laid out in two columns down its left column, then its right one); `carried`: the list of
    paragraphs the page before ended in, which may go on at the top of this one."""
    found = Found()
    if carried is not None:
        find_continued(rows, tol, found, carried)
    find_lists(rows, tol, found)
    find_counted(rows, tol, found)
    find_defined(rows, tol, found)
    find_leadin(rows, tol, found)
    find_headed(rows, tol, found)
    find_tables(rows, found)
    return join_columns(rows, sorted(found.items, key=lambda it: (it.row, it.kind)), tol)
