"""Tables without ruling lines, from rows of segments (`ingest.generic`), and `read_items`,
which runs every list and table detector over one page.

- a borderless table is a run of at least three adjacent rows of at least two short segments
  whose x-ranges fall into the same columns (columns are the union of overlapping x-ranges).
  Its first row is the header when it holds no figures; a row whose first column is empty
  continues the row above it (a multi-line cell). Two columns of prose (long segments, no
  figures) and a chart's axis labels (figures only) are not tables. A column name is short: a
  line with a longer cell ("Antagen | Barn- och utbildningsnämnden 2025-12-10, § 94") is a row.
- a headed text table has a header of short column names over lines of text cells
  (`find_headed`): an action or assignment table whose cells wrap over several lines.
"""

from __future__ import annotations

import re

from insyn.ingest.generic import (NEW_PARAGRAPH, Found, Item, Row, Seg, find_counted, find_defined, find_lists, is_figure,
                                  join_columns, merge_spans, touches, wrap)
from insyn.ingest.leadin import OpenList, find_continued, find_labelled, find_leadin

MAX_CELL_CHARS = 60  # a borderless table's cells are short; prose columns are not
MEDIAN_CELL_CHARS = 30  # ... and half of them shorter than this, unless most rows hold figures


def _columns(rows: list[Row], idx: list[int]) -> list[tuple[float, float]]:
    """Columns of a block: the union of overlapping x-ranges of its segments (a name over several
    columns of figures left out); those of its lines of one segment (a group's title, "§ 7
    Flerbostadshus och verksamheter, hämtning varje vecka, per år", running into the first
    column of figures) only when the others give no two."""
    body = [i for i in idx if len(rows[i].segs) >= 2 and any(quantity(s.text) for s in rows[i].segs)]
    base = merge_spans([(s.x0, s.x1) for i in body for s in rows[i].segs])
    # a name spanning columns of figures ("Planerade utgifter, tkr" over 2027 … 2031) joins none of them, nor
    # does one centred over two of them and reaching halfway across the gap between them ("Fågelsta" over 2025 | 2027)
    split = merge_spans([(s.x0, s.x1) for i in idx if len(rows[i].segs) >= 2 for s in rows[i].segs
                         if i in body or len(base) < 2 or (sum(s.x0 < b and s.x1 > a for a, b in base) <= 1
                                                           and not _over_a_gap(s, base, rows, idx, body))])
    if len(split) < 2:
        return merge_spans([(s.x0, s.x1) for i in idx for s in rows[i].segs])
    alone = [(s.x0, s.x1) for i in idx if len(rows[i].segs) == 1 for s in rows[i].segs
             if sum(s.x0 < b and s.x1 > a for a, b in split) <= 1]  # a title across columns joins none of them
    return merge_spans(split + alone)


def _over_a_gap(s: Seg, base: list[tuple[float, float]], rows: list[Row], idx: list[int], body: list[int]) -> bool:
    """Whether a name overlapping one column of figures stands centred beside it, reaching past
    the middle of the gap to the next column on that side, over two names of another line of
    names: it names the columns on both sides ("Fågelsta" over "2025 | 2027")."""
    if not any(sum(t.x0 < s.x1 and t.x1 > s.x0 for t in rows[i].segs) >= 2 for i in idx if i not in body):
        return False
    mid = (s.x0 + s.x1) / 2
    for k, (a, b) in enumerate(base):
        if s.x0 < b and s.x1 > a and not a <= mid <= b:
            if mid > b and k + 1 < len(base):
                return s.x1 > (b + base[k + 1][0]) / 2
            if mid < a and k > 0:
                return s.x0 < (base[k - 1][1] + a) / 2
    return False


FILLED_SHARE = 0.6  # justified prose: most of its lines run from its column's left edge to its right one
PROSE_LINES = 4  # edges shared by this many segments
PROSE_WIDTH = 150.0  # points: a column of running text is at least this wide


def text_columns(rows: list[Row], tol: float = 1.5) -> list[tuple[float, float]]:
    """The page's columns of running text: from a left edge where at least `PROSE_LINES`
    segments start to the right edge where most segments end before the next such left edge,
    at least `PROSE_WIDTH` points on (a justified line may be cut into pieces at its stretched
    spaces, so whole lines are not needed)."""
    def frequent(xs: list[float]) -> list[float]:
        groups: list[list[float]] = []
        for x in sorted(xs):
            if groups and x - groups[-1][0] <= tol:
                groups[-1].append(x)
            else:
                groups.append([x])
        return [g[0] for g in groups if len(g) >= PROSE_LINES]

    segs = [s for row in rows for s in row.segs]
    lefts, rights = frequent([s.x0 for s in segs]), frequent([s.x1 for s in segs])
    bands = []
    for a in lefts:
        limit = min((x for x in lefts if x > a + tol), default=float("inf"))
        ends = [b for b in rights if a + PROSE_WIDTH <= b <= limit]
        if ends:
            bands.append((a, max(ends, key=lambda b: sum(abs(s.x1 - b) <= tol for s in segs))))
    return bands


def _justified(row: Row, bands: list[tuple[float, float]], tol: float) -> bool:
    """A line of justified text in the page's text columns: each of its pieces lies in a column
    and together they fill it from edge to edge, with alike gaps when there are three or more (a
    justified line's stretched spaces cut it into pieces like a table's cells), else no figure
    among them (a label and its amount can span a column too)."""
    if not bands or not row.segs:
        return False
    used = 0
    for a, b in bands:
        pieces = [s for s in row.segs if a - tol <= s.x0 and s.x1 <= b + tol]
        if not pieces:
            continue
        used += len(pieces)
        gaps = [q.x0 - p.x1 for p, q in zip(pieces, pieces[1:])]
        if abs(pieces[0].x0 - a) > tol or abs(pieces[-1].x1 - b) > tol or (
                max(gaps) > 2 * max(min(gaps), 0.1) if len(gaps) >= 2 else any(is_figure(p.text) for p in pieces)):
            return False
    return used == len(row.segs)


def prose_columns(rows: list[Row], lines: list[int], bands: list[tuple[float, float]], tol: float = 1.5) -> bool:
    """Whether lines a detector would read as a table are text set in justified columns
    (`text_columns`): most of them are justified lines (`_justified`)."""
    return bool(bands) and sum(_justified(rows[q], bands, tol) for q in lines) >= FILLED_SHARE * len(lines)


LEADER = re.compile(r"(?:\.\s?){5,}|…{2,}|\ufffd{3,}")  # the dots leading a heading to its page number, an item to its price
YEAR = re.compile(r"(?:19|20)\d\d(?:\s?[-/–]\s?(?:19|20)?\d\d)?")  # "2024", "2024/25": a column's name


def column_name(cell: str) -> bool:
    """A cell that can name a column: words or a year, no figure ("Utfall", "2024", "mot budget")."""
    return bool(YEAR.fullmatch(cell.strip())) or not any(ch.isdigit() for ch in cell)


def quantity(cell: str) -> bool:
    """A figure that is no column name: not a year ("2024", "2024/25" name columns)."""
    return is_figure(cell) and not YEAR.fullmatch(cell.strip())


MAX_HEADER_LINES = 5  # "Andel behöriga / till gymnasiet / (%)" beside "Antal / elever"
HEADER_LINES = 1.25  # line heights: the lines of a header stacked over lines stand at most this far apart


STACKED_APART = 1.8  # line heights


def names_only(cell: str) -> bool:
    """A cell of words and years only ("Förändring", "Budget 2026", "Utfall"), no other figure."""
    return all(YEAR.fullmatch(n) for n in re.findall(r"\d[\d\s,.]*\d|\d", cell))


def _stacked_above(rows: list[Row], above: int, first: int, cols: list[tuple[float, float]], tol: float = 3.0) -> bool:
    """Whether row `above` stands right over the table's first row (less than a line apart: the
    lines of a stacked header are staggered), each of its segments over one column, no figure."""
    row = rows[above]
    # a name over the figures' columns alone may stand a little further up ("Förändring" over "2024–2025");
    # a line reaching into the label column is the table's title
    names = all(len(s.text.split()) <= 3 and names_only(s.text) for s in row.segs)
    reach = STACKED_APART if names and not any(s.x0 < cols[0][1] + tol for s in row.segs) else 1.0
    return 0 < rows[first].y - row.y < reach * row.height and not any(is_figure(s.text) for s in row.segs) and all(
        sum(s.x0 < b + tol and s.x1 > a - tol for a, b in cols) == 1 for s in row.segs)


# a header and the body's first line (perhaps a group's title) stand at most this many line heights apart, or this many
# of the body's row pitches: a rule under the header sets them apart by more than its lines
HEADER_GAP, HEADER_PITCHES = 1.0, 1.5


def _header_gap(rows: list[Row], run: list[int]) -> float:
    """How far above a body's first line its header may stand: `HEADER_GAP` line heights, or
    `HEADER_PITCHES` of the body's (median) row pitch when its rows stand further apart."""
    pitch = sorted(rows[b].y - rows[a].y for a, b in zip(run, run[1:]))
    return max(HEADER_GAP * rows[run[0]].height, HEADER_PITCHES * pitch[len(pitch) // 2] if pitch else 0.0)


def _headed_runs(rows: list[Row], runs: list[list[int]]) -> list[list[int]]:
    """Runs with a run of column names joined to the run of figures right under it (the
    names of a header stacked over lines stand apart from the body's first row, and a rule
    under the header may set a group's title below it apart by most of a blank line)."""
    def figures(run: list[int]) -> bool:
        return any(is_figure(s.text) for r in run for s in rows[r].segs)

    def names(run: list[int]) -> bool:  # column names, years among them ("Nyckeltal | 2021 | … | 2024–2025")
        return not any(quantity(s.text) for r in run for s in rows[r].segs)

    out: list[list[int]] = []
    for run in runs:
        between = list(range(out[-1][-1] + 1, run[0])) if out else []
        steps = list(zip([out[-1][-1], *between], between)) if out else []
        if out and names(out[-1]) and figures(run) and len(between) <= 2 \
                and all(0 < rows[b].y - rows[a].y <= _header_gap(rows, run) if k == 0 else touches(rows, a, b, 1.0)
                        for k, (a, b) in enumerate(steps)) \
                and rows[run[0]].y - rows[run[0] - 1].y <= 2.5 * rows[run[0]].height:
            out[-1] = out[-1] + between + run  # the names' last lines stacked under them, then the body
        else:
            out.append(run)
    return out


RUN_PITCH = 1.15  # a table's next line may stand this much further off than its lines have stood so far


def find_tables(rows: list[Row], found: Found, bands: list[tuple[float, float]] | None = None) -> None:
    """Borderless tables of `rows` (see module docstring), appended to `found.items`; `bands`:
    the page's text columns (`text_columns`), computed here when not given."""
    multi = [r for r, row in enumerate(rows)
             if len(row.segs) >= 2 and not any((r, s) in found.used for s in range(len(row.segs)))
             and all(len(LEADER.sub(" ", s.text).strip()) <= MAX_CELL_CHARS for s in row.segs)]  # a price list's dots
    runs: list[list[int]] = []

    def close(a: int, b: int, run: list[int]) -> bool:
        """Line b goes on from line a: right under it, or, once the run has three rows, no
        further apart than its lines have stood (a sum row under a double rule, after a
        wrapped cell's last line)."""
        if sum(len(rows[k].segs) >= 2 for k in run) < 3:
            return touches(rows, a, b)
        pitch = max((rows[y].y - rows[x].y for x, y in zip(run, run[1:])), default=0.0)
        return touches(rows, a, b) or 0 < rows[b].y - rows[a].y <= RUN_PITCH * pitch

    for r in multi:
        between = list(range(runs[-1][-1] + 1, r)) if runs else []
        if runs and len(between) <= 2 and all(len(rows[k].segs) == 1 for k in between) and all(
                close(a, b, runs[-1]) for a, b in zip([runs[-1][-1], *between], [*between, r])):
            runs[-1] += between + [r]  # a wrapped cell's further lines between two rows
        else:
            runs.append([r])
    block = max((i.block for i in found.items if i.kind == "table"), default=-1)
    bands = text_columns(rows) if bands is None else bands
    for run in _headed_runs(rows, runs):
        if len([r for r in run if len(rows[r].segs) >= 2]) < 3:
            continue
        cols = _columns(rows, run)
        lengths = sorted(len(s.text) for r in run for s in rows[r].segs)
        with_figures = sum(any(is_figure(s.text) for s in rows[r].segs) for r in run)
        if len(cols) < 2 or (lengths[len(lengths) // 2] > MEDIAN_CELL_CHARS and with_figures < len(run) / 2) \
                or prose_columns(rows, run, bands):
            continue  # two columns of prose, not a table
        if sum(any(not is_figure(s.text) for s in rows[r].segs) for r in run) < len(run) / 2 and not _named_figures(rows, run):
            continue  # the labels of a chart's axes and bars
        led = [r for r in [run[0] - 1, *run] if r >= 0 and any(LEADER.search(s.text) for s in rows[r].segs)]
        if len(led) >= len(run) / 2 and all(_after_leader(rows[r]) <= 1 for r in led):
            continue  # a table of contents: headings, dot leaders, one page number each (a price list has several prices)
        block += 1
        while run[0] > 0 and _stacked_above(rows, run[0] - 1, run[0], cols):
            run.insert(0, run[0] - 1)  # a column name's first line, alone on its line
        lines = run
        groups: list[list[int]] = []  # lines less than a line apart are one row: a cell centred beside a wrapped one
        for k, r in enumerate(lines):
            if k and _staggered_pair(rows, lines[k - 1], r):
                groups[-1].append(r)
            else:
                groups.append([r])
        run = [g[0] for g in groups]
        grid = [[""] * len(cols) for _ in groups]
        for g, group in enumerate(groups):
            for s in (s for r in group for s in rows[r].segs):
                c = next((i for i, (a, b) in enumerate(cols) if a <= s.x0 <= b),
                         min(range(len(cols)), key=lambda i: abs(cols[i][0] - s.x0)))
                grid[g][c] = f"{grid[g][c]} {LEADER.sub(' ', s.text).strip()}".strip()  # "Fritidshus ......" : "Fritidshus"
        header: tuple[str, ...] = ()
        n = 0  # a header stacked over lines: the rows with no figure above the first with one
        while n < min(MAX_HEADER_LINES, len(grid) - 1) and not any(quantity(c) for c in grid[n] if c) \
                and all(len(c) <= MAX_HEADER_CELL for c in grid[n]) and (n == 0 or touches(rows, groups[n - 1][-1], run[n], HEADER_LINES)
                or (not any(row[0] for row in grid[:n]) and touches(rows, groups[n - 1][-1], run[n], STACKED_APART)) or (
                    touches(rows, groups[n - 1][-1], run[n], 1.4) and not grid[n][0]
                    and all(any(row[i] for row in grid[:n]) for i, c in enumerate(grid[n]) if c))):
            n += 1  # a staggered line, or a column name's next line ("Förändring" over "(procentenheter)")
        top = -1
        if n and any(quantity(c) for row in grid[n:] for c in row if c):
            for g in range(n - 1):
                _spread(grid, g, n, [s for r in groups[g] for s in rows[r].segs], cols)
            header = tuple(" ".join(row[i] for row in grid[:n] if row[i]) for i in range(len(cols)))
            top, grid, run = run[0], grid[n:], run[n:]
        if not header and (pairs := _figures_over_labels(grid)):
            found.items += [Item("table", block, run[g], cells, x0=cols[0][0], body_x0=cols[-1][1]) for g, cells in pairs]
            found.used.update((r, s) for r in lines for s in range(len(rows[r].segs)))
            continue
        items: list[Item] = []
        for g, r in enumerate(run):
            if items and not grid[g][0] and sum(1 for c in grid[g] if c) <= len(cols) // 2 and not any(
                    c and is_figure(c) and is_figure(items[-1].cells[i]) for i, c in enumerate(grid[g])):  # a sum row: its own
                items[-1].cells = [wrap([a, b]) for a, b in zip(items[-1].cells, grid[g])]
            elif items and _label_goes_on(grid[g]) and (not any(grid[g][1:]) or not any(items[-1].cells[1:])):
                # a wrapped row label: its further lines under the row's figures, or its first lines above them
                items[-1].cells = [wrap([a, b]) if a and b else a or b for a, b in zip(items[-1].cells, grid[g])]
            else:
                items.append(Item("table", block, r, grid[g], header=header, x0=cols[0][0], body_x0=cols[-1][1], top=top))
        found.items += items
        for r in lines:
            found.used.update((r, s) for s in range(len(rows[r].segs)))


def _named_figures(rows: list[Row], run: list[int]) -> bool:
    """Whether a block of figures only is a table under a line naming its columns: three or
    more names, no figure, over three or more lines of as many figures ("Hushållets inkomst,
    kr/mån | Förskola barn 1 | ..." over "15 000 | 450 | 300 | ..."), not a chart's labels."""
    head = rows[run[0]].segs
    return len(head) >= 3 and not any(is_figure(s.text) for s in head) \
        and sum(len(rows[r].segs) == len(head) for r in run[1:]) >= 3


def _figures_over_labels(grid: list[list[str]]) -> list[tuple[int, list[str]]]:
    """A block of key figures set as figures over the labels that name them ("314 870 | 22 645"
    over "tkr nettoomsättning | tkr resultat efter finansiella poster", in pairs of lines): each
    figure and its label as a row of two cells (label, figure), with its figure line's index.
    Empty when the lines do not pair so."""
    if len(grid) < 2 or len(grid) % 2:
        return []
    out: list[tuple[int, list[str]]] = []
    for g in range(0, len(grid), 2):
        values, labels = grid[g], grid[g + 1]
        if [bool(c) for c in values] != [bool(c) for c in labels] or not all(
                is_figure(v) and not any(ch.isdigit() for ch in t) for v, t in zip(values, labels) if v):
            return []
        out += [(g, [t, v]) for v, t in zip(values, labels) if v]
    return out


def _after_leader(row: Row) -> int:
    """How many figures follow a line's dot leader: a page number, or a price list's prices."""
    at = next(i for i, s in enumerate(row.segs) if LEADER.search(s.text))
    rest = LEADER.split(row.segs[at].text)[-1].strip()  # "Inledning ........ 3" in one run of words
    return sum(is_figure(s.text) for s in row.segs[at + 1 :]) + bool(rest and is_figure(rest))


CENTRED = 0.1  # a name centred over columns: its middle within this share of their width from theirs


def _spread(grid: list[list[str]], g: int, n: int, segs: list[Seg], cols: list[tuple[float, float]]) -> None:
    """A header line's name centred over several columns that the lines below it name, and
    that have no name of their own on its line, names each of them ("Budget 2026" over
    "Intäkter | Kostnader | Netto"). Of the runs of such columns around the one it stands in,
    the widest whose middle is the name's middle is taken: a name over one column is centred
    on that column, not on it and its neighbour."""
    named = {i for row in grid[g + 1:n] for i, c in enumerate(row) if c}
    for s in segs:
        text = s.text.strip()
        c = next((i for i, (a, b) in enumerate(cols) if a <= s.x0 <= b), None)
        if c is None or grid[g][c] != text or c not in named:
            continue
        free = [i for i in range(len(cols)) if i == c or (not grid[g][i] and i in named)]
        lo = hi = c
        while lo - 1 in free:
            lo -= 1
        while hi + 1 in free:
            hi += 1
        runs = [(i, j) for i in range(lo, c + 1) for j in range(c, hi + 1) if j > i and _centred(s, _edges(cols, i, j))]
        if runs:
            i, j = max(runs, key=lambda r: r[1] - r[0])
            for k in range(i, j + 1):
                grid[g][k] = text


def _edges(cols: list[tuple[float, float]], i: int, j: int) -> tuple[float, float]:
    """Where the cells of columns i..j start and end: halfway into the gutters beside them
    (figures stand right-aligned in their cells, words left-aligned)."""
    left = (cols[i - 1][1] + cols[i][0]) / 2 if i > 0 else cols[i][0]
    right = (cols[j][1] + cols[j + 1][0]) / 2 if j + 1 < len(cols) else cols[j][1]
    return left, right


def _centred(s: Seg, edges: tuple[float, float]) -> bool:
    """Whether a name's middle stands within `CENTRED` of the cells' width from their middle."""
    left, right = edges
    return abs((s.x0 + s.x1) / 2 - (left + right) / 2) <= CENTRED * (right - left)


def _label_goes_on(cells: list[str]) -> bool:
    """Whether a line's row label starts in lower case: it goes on from the line above
    ("Hemtjänst i ordinärt boende i egen" / "regi och köpt från externa utförare"), where a
    row's own label, or a group's title, starts with a capital."""
    first = next((ch for ch in cells[0] if ch.isalpha()), "")
    return first.islower()


MAX_HEADER_CELL = 40  # a column name is short


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
                len(s.text) > MAX_HEADER_CELL or quantity(s.text) or s.text.rstrip().endswith((".", ":")) for s in head) \
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
                if c + 1 == len(starts) or x0 < starts[c + 1] - tol:
                    starts[c] = min(starts[c], x0)  # a right-aligned column starts where its first name line does
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
                c = max((i for i, x in enumerate(starts) if s.x0 >= x - 6 * tol), default=0)
                header[c] = f"{header[c]} {s.text}".strip()
            lines = lines[1:]
        cells = _headed_rows(rows, lines, starts, tol)
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
        if levels and k + 1 < r and _staggered_pair(rows, k, k + 1):
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
    figure set flush right with its column's name ("4 200" under a right-aligned "tkr")."""
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


def _staggered_pair(rows: list[Row], a: int, b: int) -> bool:
    """Row b stands less than a line height under row a: two staggered lines of one row."""
    return 0 < rows[b].y - rows[a].y < 0.8 * rows[b].height


def _staggered(rows: list[Row], r: int) -> bool:
    """Row r is one line of a header stacked over staggered lines: a line stands less than a
    line height above or below it (column names of one, two and three lines, each centred)."""
    return (r > 0 and _staggered_pair(rows, r - 1, r)) or (r + 1 < len(rows) and _staggered_pair(rows, r, r + 1))


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
        col_of = [max((i for i, x in enumerate(starts) if s.x0 >= x - 6 * tol), default=0) for s in rows[q].segs]
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
        if not joined[k][1][0] and not any(_SUM.match(c) for c in joined[k][1]):
            joined[k][1][0] = joined[k - 1][1][0]
    return joined


_SUM = re.compile(r"(?:summa|totalt?|delsumma|sum|total)\b", re.I)  # "Summa utbildning": a sum row


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
    find_labelled(rows, tol, found)
    bands = text_columns(rows)
    find_headed(rows, tol, found, bands)
    find_tables(rows, found, bands)
    return join_columns(rows, sorted(found.items, key=lambda it: (it.row, it.kind)), tol)
