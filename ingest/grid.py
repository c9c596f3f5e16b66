"""Tables without ruling lines of figures, from rows of segments (`ingest.generic`).

- a borderless table is a run of at least three adjacent rows of at least two short segments
  whose x-ranges fall into the same columns (columns are the union of overlapping x-ranges).
  Its first row is the header when it holds no figures; a row whose first column is empty
  continues the row above it (a multi-line cell). Two columns of prose (long segments, no
  figures) and a chart's axis labels (figures only) are not tables. A column name is short: a
  line with a longer cell ("Antagen | Barn- och utbildningsnämnden 2025-12-10, § 94") is a row.
Headed tables of text cells are `ingest.headed`'s; `ingest.items.read_items` runs every list
and table detector over one page.
"""

from __future__ import annotations

import re

from insyn.ingest.generic import LEADER, Found, Item, Row, Seg, is_figure, merge_spans, touches, wrap

MAX_CELL_CHARS = 60  # a borderless table's cells are short; prose columns are not
MEDIAN_CELL_CHARS = 30  # ... and half of them shorter than this, unless most rows hold figures


SPANNED_ROWS = 3  # a cell over two columns that this many other rows fill apart joins neither


def _columns(rows: list[Row], idx: list[int]) -> list[tuple[float, float]]:
    """Columns of a block: the union of overlapping x-ranges of its segments (a name over several
    columns of figures left out, and a row's label over two columns that other rows fill apart,
    "Hela trafiken" over "14 | Aldertorp"); those of its lines of one segment (a group's title, "§ 7
    Flerbostadshus och verksamheter, hämtning varje vecka, per år", running into the first
    column of figures) only when the others give no two."""
    body = [i for i in idx if len(rows[i].segs) >= 2 and any(quantity(s.text) for s in rows[i].segs)]

    # a row's label over two columns other rows fill apart ("Hela trafiken" over Linje | Sträckning) joins neither
    spanners = {id(s) for i in body for s in rows[i].segs
                if sum(sum(t.x0 < s.x1 and t.x1 > s.x0 for t in rows[j].segs) >= 2 for j in body if j != i) >= SPANNED_ROWS}
    base = merge_spans([(s.x0, s.x1) for i in body for s in rows[i].segs if id(s) not in spanners]) \
        or merge_spans([(s.x0, s.x1) for i in body for s in rows[i].segs])
    # a name spanning columns of figures ("Planerade utgifter, tkr" over 2027 … 2031) joins none of them, nor
    # does one centred over two of them and reaching halfway across the gap between them ("Fågelsta" over 2025 | 2027)
    split = merge_spans([(s.x0, s.x1) for i in idx if len(rows[i].segs) >= 2 for s in rows[i].segs if id(s) not in spanners
                         and (i in body or len(base) < 2 or (sum(s.x0 < b and s.x1 > a for a, b in base) <= 1
                                                             and not _over_a_gap(s, base, rows, idx, body)
                                                             and not _over_names(s, base, rows, idx, body)))])
    if len(split) < 2:
        return merge_spans([(s.x0, s.x1) for i in idx for s in rows[i].segs])
    alone = [(s.x0, s.x1) for i in idx if len(rows[i].segs) == 1 for s in rows[i].segs
             if sum(s.x0 < b and s.x1 > a for a, b in split) <= 1]  # a title across columns joins none of them
    return merge_spans(split + alone)


def _over_names(s: Seg, base: list[tuple[float, float]], rows: list[Row], idx: list[int], body: list[int]) -> bool:
    """Whether a name stands over the names of two columns of figures on another line of names
    ("Hyra, kr/m² och år" over "2026 | Förändring,", though it overlaps the figures of one of them
    only): it names the group of columns, and joins none of them."""
    for i in idx:
        if i in body:
            continue
        under = {k for t in rows[i].segs if t is not s and t.x0 < s.x1 and t.x1 > s.x0
                 for k, (a, b) in enumerate(base) if t.x0 < b and t.x1 > a}
        if len(under) >= 2:
            return True
    return False


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


YEAR = re.compile(r"(?:19|20)\d\d(?:\s?[-/–]\s?(?:19|20)?\d\d)?")  # "2024", "2024/25": a column's name


def column_name(cell: str) -> bool:
    """A cell that can name a column: words or a year, no figure ("Utfall", "2024", "mot budget")."""
    return bool(YEAR.fullmatch(cell.strip())) or not any(ch.isdigit() for ch in cell)


_UNIT_AFTER = re.compile(r"[,\s]*\(?(?:%|procent|tkr|mnkr|kr)\)?\s*$")


def quantity(cell: str) -> bool:
    """A figure that is no column name: not a year ("2024", "2024/25", and "2026, %" with the
    unit of its column, name columns)."""
    return is_figure(cell) and not YEAR.fullmatch(_UNIT_AFTER.sub("", cell.strip()))


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
    return max(HEADER_GAP * rows[run[0]].height, HEADER_PITCHES * _pitch(rows, run) if len(run) > 1 else 0.0)


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
        # the first group's titles over the body, under a rule below the header ("KVINNOR" over its age groups)
        titles = _titles_over(rows, between, run)
        names_lines = between[: len(between) - titles]
        steps = list(zip([out[-1][-1], *names_lines], names_lines)) if out else []
        first = names_lines[-1] + 1 if names_lines else (out[-1][-1] + 1 if out else run[0])
        if out and names(out[-1]) and figures(run) and len(names_lines) <= 2 \
                and all(0 < rows[b].y - rows[a].y <= _header_gap(rows, run) if k == 0 else touches(rows, a, b, HEADER_LINES)
                        for k, (a, b) in enumerate(steps)) \
                and rows[first].y - rows[first - 1].y <= (TITLE_GAP if titles else 2.5) * rows[first].height:
            out[-1] = out[-1] + between + run  # the names' last lines stacked under them, then the body
        else:
            out.append(run)
    return out


def _groups_joined(rows: list[Row], runs: list[list[int]]) -> list[list[int]]:
    """Runs of figures with the next run joined when that one opens with a group's title set
    apart by a blank space ("Barn- och utbildningsnämnden  BUN" under "Summa kommunstyrelsen"):
    the title's line holds no figure, at most `GROUP_TITLE_CELLS` cells, the first in the label
    column, its next line holds figures, and its rows stand in the columns of the run above.
    Read alone, the title's line was the header of a table of its own."""
    out: list[list[int]] = []
    for run in runs:
        prev = out[-1] if out else []
        between = list(range(prev[-1] + 1, run[0])) if prev else []
        body = [r for r in prev if any(quantity(s.text) for s in rows[r].segs)]  # not a header's years
        below = [r for r in run if any(quantity(s.text) for s in rows[r].segs)]
        if between and len(body) >= 2 and _titles_over(rows, between, run) == len(between) \
                and any(is_figure(s.text) for s in rows[run[0]].segs) \
                and rows[between[0]].y - rows[prev[-1]].y <= GROUP_GAP * _pitch(rows, prev) \
                and _same_columns(_columns(rows, body), _columns(rows, below)):
            out[-1] = prev + between + run  # a group's title alone on its line, set apart from the group above
            continue
        title = rows[run[0]].segs
        if len(body) >= 2 and len(run) >= 2 and len(title) <= GROUP_TITLE_CELLS and not any(quantity(s.text) for s in title) \
                and any(is_figure(s.text) for s in rows[run[1]].segs) \
                and min(abs(title[0].x0 - rows[r].segs[0].x0) for r in prev) <= rows[run[0]].height \
                and rows[run[0]].y - rows[prev[-1]].y <= GROUP_GAP * _pitch(rows, prev) \
                and _same_columns(_columns(rows, body), _columns(rows, below)):
            out[-1] = prev + list(range(prev[-1] + 1, run[0])) + run
        else:
            out.append(run)
    return out


GROUP_TITLE_CELLS = 2  # a group's title, and a code beside it ("Socialnämnden  SN")
GROUP_TITLE_WORDS = 6  # a group's title alone on its line is short ("Specialiserad somatisk vård")
TITLE_GAP = 3.0  # line heights: a rule under a header may set a group's title this far below it
GROUP_TITLES = 2  # a group and its subgroup titled on lines of their own ("TILLGÅNGAR" over "Anläggningstillgångar")


_CAPTION_WORDS = "tabell|table|bilaga|diagram|figur|figure"
# a table's or a figure's caption ("Tabell 1. Åtgärder ...", "Diagram 3"): no wrapped cell's line, it starts a table
CAPTION = re.compile(rf"\s*(?:{_CAPTION_WORDS})\s+\d+\b", re.I)
# a numbered title names a thing of its own: "Mål 2.2 ...", "Tabell 4 ...", "Not 3 Verksamhetens kostnader", "3.2 Ekonomi"
NUMBERED_TITLE = re.compile(rf"\s*(?:(?:mål|delmål|område|målområde|fokusområde|avsnitt|not|{_CAPTION_WORDS})\s+)?"
                            r"\d+(?:\.\d+)*\.?\s+\S", re.I)


def _titles_over(rows: list[Row], between: list[int], run: list[int]) -> int:
    """How many of the lines `between` a run of rows of figures and what stands above it title
    its rows: the last lines (at most `GROUP_TITLES`), each one short cell of words, no figure,
    in the run's label column ("MÄN" over "−29 år | 3,9 | 4,3"), each right over the next."""
    if len(run) < 2 or sum(any(is_figure(s.text) for s in rows[r].segs) for r in run) < 2:
        return 0
    firsts = [rows[r].segs[0].x0 for r in run if len(rows[r].segs) >= 2]
    label_end = min((rows[r].segs[1].x0 for r in run if len(rows[r].segs) >= 2), default=0.0)
    n = 0
    for t in reversed(between[-GROUP_TITLES:]):
        segs = rows[t].segs
        below = between[between.index(t) + 1] if t != between[-1] else run[0]
        if len(segs) != 1 or quantity(segs[0].text) or is_figure(segs[0].text) or NUMBERED_TITLE.match(segs[0].text) \
                or len(segs[0].text.split()) > GROUP_TITLE_WORDS or segs[0].text.rstrip().endswith((".", ":")) \
                or not touches(rows, t, below) or segs[0].x1 > label_end \
                or not min(firsts) - rows[t].height <= segs[0].x0 <= max(firsts) + rows[t].height:
            break
        n += 1
    return n


GROUP_GAP = 2.5  # a group's title stands at most this many of the rows' pitches under the group above


def _pitch(rows: list[Row], run: list[int]) -> float:
    """The median distance between a run's lines (a line's height for one line)."""
    steps = sorted(rows[b].y - rows[a].y for a, b in zip(run, run[1:]))
    return steps[len(steps) // 2] if steps else rows[run[0]].height


def _same_columns(a: list[tuple[float, float]], b: list[tuple[float, float]]) -> bool:
    """Two runs' columns are one table's: as many, each overlapping its twin."""
    return len(a) == len(b) >= 2 and all(x0 < y1 and y0 < x1 for (x0, x1), (y0, y1) in zip(a, b))


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
        if runs and len(between) <= 2 and all(len(rows[k].segs) == 1 and not CAPTION.match(rows[k].segs[0].text)
                                              for k in between) and all(
                close(a, b, runs[-1]) for a, b in zip([runs[-1][-1], *between], [*between, r])):
            runs[-1] += between + [r]  # a wrapped cell's further lines between two rows (not a caption)
        else:
            runs.append([r])
    block = max((i.block for i in found.items if i.kind == "table"), default=-1)
    bands = text_columns(rows) if bands is None else bands
    for run in _headed_runs(rows, _groups_joined(rows, runs)):
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
            if k and staggered_pair(rows, lines[k - 1], r):
                groups[-1].append(r)
            else:
                groups.append([r])
        run = [g[0] for g in groups]
        grid = [[""] * len(cols) for _ in groups]
        for g, group in enumerate(groups):
            for s in (s for r in group for s in rows[r].segs):
                _put(grid[g], s, cols)
        header: tuple[str, ...] = ()
        pitch = _pitch(rows, run)
        n = 0  # a header stacked over lines: the rows with no figure above the first with one
        while n < min(MAX_HEADER_LINES, len(grid) - 1) and not any(quantity(c) for c in grid[n] if c) \
                and all(len(c) <= MAX_HEADER_CELL for c in grid[n]) and (n == 0 or touches(rows, groups[n - 1][-1], run[n], HEADER_LINES)
                or (not any(row[0] for row in grid[:n]) and touches(rows, groups[n - 1][-1], run[n], STACKED_APART))
                or _names_a_pitch_under(rows, groups[n - 1][-1], run[n], grid[n], pitch) or (
                    touches(rows, groups[n - 1][-1], run[n], 1.4) and not grid[n][0]
                    and all(any(row[i] for row in grid[:n]) for i, c in enumerate(grid[n]) if c))):
            n += 1  # a staggered line, or a column name's next line ("Förändring" over "(procentenheter)")
        top = -1
        if n and any(quantity(c) for row in grid[n:] for c in row if c):
            for g in range(n):
                if len(groups[g]) > 1:
                    grid[g] = _staggered_names(rows, groups[g], cols)
                elif g < n - 1:  # a line over the header's lower lines: its names may be centred over theirs
                    grid[g] = [""] * len(cols)
                    for s in rows[groups[g][0]].segs:
                        _put(grid[g], s, cols, over=True)
            for g in range(n - 1):
                _spread(grid, g, n, [s for r in groups[g] for s in rows[r].segs], cols)
            header = over_year_runs(tuple(" ".join(row[i] for row in grid[:n] if row[i]) for i in range(len(cols))))
            top, grid, run = run[0], grid[n:], run[n:]
        if not header and (pairs := _figures_over_labels(grid)):
            found.items += [Item("table", block, run[g], cells, x0=cols[0][0], body_x0=cols[-1][1]) for g, cells in pairs]
            found.used.update((r, s) for r in lines for s in range(len(rows[r].segs)))
            continue
        for k, (a, b) in enumerate(panels(header, len(cols))):  # tables set side by side under one header line
            block += bool(k)
            found.items += _rows_of(run, [row[a:b] for row in grid], cols[a:b], header[a:b], block, top)
        for r in lines:
            found.used.update((r, s) for s in range(len(rows[r].segs)))


def _names_a_pitch_under(rows: list[Row], a: int, b: int, cells: list[str], pitch: float) -> bool:
    """Line b is a header's next line in a table set with room around its rows: it stands at
    most a row's pitch under line a (the years over "D | SS | LS" as far apart as the body's
    rows), and names two or more of the figures' columns, words and years only (a group's
    title in the label column alone is a body row)."""
    names = [c for c in cells[1:] if c]
    return 0 < rows[b].y - rows[a].y <= RUN_PITCH * pitch and len(names) >= 2 and all(names_only(c) for c in names)


def _rows_of(run: list[int], grid: list[list[str]], cols: list[tuple[float, float]], header: tuple[str, ...],
             block: int, top: int) -> list[Item]:
    """The rows of one table read without rules from its grid: a sum row's own line joins the
    row above, a wrapped row label's lines join their row, a line with nothing in it is none."""
    items: list[Item] = []
    for g, r in enumerate(run):
        if not any(grid[g]):
            continue
        if items and not grid[g][0] and sum(1 for c in grid[g] if c) <= len(cols) // 2 and not any(
                c and is_figure(c) and is_figure(items[-1].cells[i]) for i, c in enumerate(grid[g])):  # a sum row: its own
            items[-1].cells = [wrap([a, b]) for a, b in zip(items[-1].cells, grid[g])]
        elif items and _label_goes_on(grid[g]) and (not any(grid[g][1:]) or not any(items[-1].cells[1:])):
            # a wrapped row label: its further lines under the row's figures, or its first lines above them
            items[-1].cells = [wrap([a, b]) if a and b else a or b for a, b in zip(items[-1].cells, grid[g])]
        else:
            items.append(Item("table", block, r, grid[g], header=header, x0=cols[0][0], body_x0=cols[-1][1], top=top))
    return items


def panels(header: tuple[str, ...], n: int) -> list[tuple[int, int]]:
    """The column ranges of tables set side by side under one header line, when the line names
    the same columns again and again ("Boende | 2025 | 2026 | Förändring" three times, one
    table per measure, each under its own caption); else the one range of all `n` columns."""
    names = [" ".join(c.lower().split()) for c in header]
    if len(names) != n or not names[0]:
        return [(0, n)]
    for p in range(2, n // 2 + 1):
        if n % p == 0 and all(names[i] == names[i % p] for i in range(n)):
            return [(k, k + p) for k in range(0, n, p)]
    return [(0, n)]


_NAMED_YEAR = re.compile(r"(.*\S)\s+((?:19|20)\d\d)")


def over_year_runs(header: tuple[str, ...]) -> tuple[str, ...]:
    """A name over a run of year columns that stands over the middle one only ("Resor, tusental"
    centred over "2024 | 2025 | 2026", read as "2024 | Resor, tusental 2025 | 2026") names each
    year of the run. Only a name with bare years on both sides is spread: one over the first year
    ("Budget 2025 | 2026 | 2027") may name that year alone."""
    years = [int(c) if c.isdigit() and YEAR.fullmatch(c) else None for c in header]
    out = list(header)
    for i, cell in enumerate(header):
        if not (m := _NAMED_YEAR.fullmatch(cell)):
            continue
        run = years[:i] + [int(m.group(2))] + years[i + 1 :]
        lo = hi = i
        while lo > 0 and run[lo - 1] is not None and run[lo - 1] < run[lo]:  # ascending bare years before it
            lo -= 1
        while hi + 1 < len(run) and run[hi + 1] is not None and run[hi + 1] > run[hi]:  # and after it
            hi += 1
        if lo < i < hi:
            out[lo:hi + 1] = [cell if k == i else f"{m.group(1)} {header[k]}" for k in range(lo, hi + 1)]
    return tuple(out)


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
REACH = 0.5  # a name on one of a header's staggered lines names the columns it reaches to within this share of its height


def _spread(grid: list[list[str]], g: int, n: int, segs: list[Seg], cols: list[tuple[float, float]],
            reach: float | None = None) -> None:
    """A header line's name centred over several columns that the lines below it name, and
    that have no name of their own on its line, names each of them ("Budget 2026" over
    "Intäkter | Kostnader | Netto"); a column another name of its line stands over is that name's
    ("Outhyrda lgh" starting over the first of its two years). Of the runs of such columns around the one it stands in,
    the one whose middle is nearest the name's is taken, of those alike the widest: a name over
    one column is centred on that column, not on it and its neighbour, and a year over its
    three columns does not take the next year's first. With `reach`, only columns the name reaches to
    within that distance: a short name on a line of its own spreads over no run it merely
    happens to stand in the middle of."""
    named = {i for row in grid[g + 1:n] for i, c in enumerate(row) if c}
    for s in segs:
        text = s.text.strip()
        c = _column_at(s, cols, over=True)  # a name centred over columns may start in a gutter
        if grid[g][c] != text or c not in named or text.endswith((",", "-")):  # "Belopp," goes on below: one name
            continue
        free = [i for i in range(len(cols)) if i == c or (not grid[g][i] and i in named and (
            reach is None or s.x0 - reach <= cols[i][1] and cols[i][0] <= s.x1 + reach)
            and not any(t is not s and t.x0 < cols[i][1] and t.x1 > cols[i][0] for t in segs))]
        lo = hi = c
        while lo - 1 in free:
            lo -= 1
        while hi + 1 in free:
            hi += 1
        runs = [(i, j) for i in range(lo, c + 1) for j in range(c, hi + 1) if j > i and _off_centre(s, cols, i, j) <= CENTRED]
        if runs:  # the best centred, of those centred alike the widest (a wide run's tolerance admits a column too many)
            i, j = min(runs, key=lambda r: (round(_off_centre(s, cols, *r), 2), r[0] - r[1]))
            for k in range(i, j + 1):
                grid[g][k] = text


def _put(cells: list[str], s: Seg, cols: list[tuple[float, float]], over: bool = False) -> None:
    """A word run into the cell of the column it starts in (else the nearest, `_column_at`), after what the cell
    holds, without dot leaders ("Fritidshus ......": "Fritidshus")."""
    c = _column_at(s, cols, over)
    cells[c] = f"{cells[c]} {LEADER.sub(' ', s.text).strip()}".strip()


FLUSH = 1.5  # points: a run ending this close to a column's right edge is set flush right with it
MIN_GUTTER = 6.0  # points: columns closer than this are one column's figures read apart, not two a name is centred over


def _column_at(s: Seg, cols: list[tuple[float, float]], over: bool = False) -> int:
    """The column a word run starts in, else the nearest (a name centred over columns may start in a gutter);
    but a run set flush right with a later column it reaches is that column's (a right-aligned name wider
    than its figures, "Kostnad (tkr)", starting over the long words of the column before). A run `over`
    the names of a header's lower line, centred over columns after the gutter it starts in, is the first of
    those columns' ("Bedömning inom tre dagar, %" over "2025 | 2026"), though flush right with the last."""
    inside = next((i for i, (a, b) in enumerate(cols) if a <= s.x0 <= b), None)
    after = next((i for i, (a, _) in enumerate(cols) if a > s.x0), None)
    if over and inside is None and after is not None and any(
            _off_centre(s, cols, after, j) <= CENTRED and all(cols[k + 1][0] - cols[k][1] >= MIN_GUTTER for k in range(after, j))
            for j in range(after + 1, len(cols))):
        return after
    start = inside if inside is not None else min(range(len(cols)), key=lambda i: abs(cols[i][0] - s.x0))
    return next((j for j in range(start + 1, len(cols)) if cols[j][0] < s.x1 and abs(s.x1 - cols[j][1]) <= FLUSH), start)


def _staggered_names(rows: list[Row], group: list[int], cols: list[tuple[float, float]]) -> list[str]:
    """A header row set on staggered lines, its cells joined line by line, where a name on an
    upper line centred over columns that lower lines name names each of them (`_spread`):
    "Inspektioner 2025" over "Planerade | Utförda" is "Inspektioner 2025 Planerade |
    Inspektioner 2025 Utförda", not "Inspektioner 2025 Planerade | Utförda"."""
    lines = [[""] * len(cols) for _ in group]
    for k, r in enumerate(group):
        for s in rows[r].segs:
            _put(lines[k], s, cols, over=k < len(group) - 1)
    for k, r in enumerate(group[:-1]):
        _spread(lines, k, len(lines), rows[r].segs, cols, reach=REACH * rows[r].height)
    return [" ".join(line[i] for line in lines if line[i]) for i in range(len(cols))]


def _edges(cols: list[tuple[float, float]], i: int, j: int) -> tuple[float, float]:
    """Where the cells of columns i..j start and end: halfway into the gutters beside them
    (figures stand right-aligned in their cells, words left-aligned)."""
    left = (cols[i - 1][1] + cols[i][0]) / 2 if i > 0 else cols[i][0]
    right = (cols[j][1] + cols[j + 1][0]) / 2 if j + 1 < len(cols) else cols[j][1]
    return left, right


def _off_centre(s: Seg, cols: list[tuple[float, float]], i: int, j: int) -> float:
    """How far a name's middle stands from the middle of columns i..j, in shares of their width:
    of their cells (`_edges`) or of what they hold, whichever it is nearer (a short label
    column's wide gutter pulls the cells' left edge away from the figures under the name)."""
    def off(left: float, right: float) -> float:
        return abs((s.x0 + s.x1) / 2 - (left + right) / 2) / max(right - left, 1e-6)
    return min(off(*_edges(cols, i, j)), off(cols[i][0], cols[j][1]))


def _label_goes_on(cells: list[str]) -> bool:
    """Whether a line's row label starts in lower case: it goes on from the line above
    ("Hemtjänst i ordinärt boende i egen" / "regi och köpt från externa utförare"), where a
    row's own label, or a group's title, starts with a capital."""
    first = next((ch for ch in cells[0] if ch.isalnum()), "")  # "−29 år", a row's own label, starts with its figure
    return first.islower()


MAX_HEADER_CELL = 40  # a column name is short


def staggered_pair(rows: list[Row], a: int, b: int) -> bool:
    """Row b stands less than a line height under row a: two staggered lines of one row."""
    return 0 < rows[b].y - rows[a].y < 0.8 * rows[b].height
