"""The uppdrag table parser: assignments with status, text, riktas till, periodicitet, slutdatum.

A table starts at its column header ("Status Uppdrag Periodicitet Slutdatum", or the cells on
lines of their own). A row runs from a status cell ("Ej påbörjad", "Pågående", "Klar", "Klar
med avvikelse", its words possibly on lines of their own) to the slutdatum date that ends a
line; in between come the uppdrag text, "Riktas till ...", an optional analys column and the
periodicitet ("Tertial: aug, dec", "År").

OCR text (the årsredovisning in examples/corpus/004) adds damage the parser tolerates:

* the header repeated on each page with its cells on lines of their own ("Status", "Uppdrag",
  "Analys", "Periodicitet och", "slutdatum"), or garbled ("atus ppdrag nalys slutdatum"):
  a short line ending in "slutdatum" is a header;
* interleaved columns: the date can end a line of analys text ("... verksamhetsnära
  2024-12-31"); the lines after it, up to the next row or header, are still the row's analys,
  and a periodicitet cell among them is its periodicitet;
* a wide gap (two spaces or " | ") on the status line between the uppdrag cell and the analys
  cell beside it;
* "Riktas till" with the dot of an i read as punctuation ("R.!ktas t'!l"), the periodicitet
  cell in the middle of the row text, a 20xx year whose 2 was misread ("9024-08-31").

OCR that read a row across its columns puts a line of the uppdrag cell and a line of the analys
on each line, one space apart; the periodicitet and the date then come before "Riktas till".
Each such line is split where both columns wrap as text does, measured in printed widths: the
first word of a column's line would not have fitted on the line above (`_side_by_side`). A row
without "Riktas till" keeps the mixed text in `uppdrag`.
"""

from __future__ import annotations

import re
from typing import NamedTuple, Sequence

from insyn.ingest.swedish import STOPWORDS, fold
from insyn.ingest.tables import Line, RowSpan, TableSpan, norm_ws

STATUS_RE = re.compile(  # a line that starts a row (`sections` also uses it: never a heading)
    r"^\s*(Ej\s+p[åa]b[öo]rjad|Ej(?=\s*$)|P[åa]g[åa]ende|Klar|Avslutad|P[åa]b[öo]rjad|"
    r"Genomf[öo]rd|Slutf[öo]rd|F[öo]rsenad|Avbruten|Stoppad|Delvis\s+klar)\b", re.I)
STATUS_CELL_RE = re.compile(  # the whole status cell, matched from the start of its line
    r"[ \t]*(Ej\s+p[åa]b[öo]rjad|Delvis\s+klar|(?:Klar|Avslutad|Genomf[öo]rd|Slutf[öo]rd)"
    r"(?:\s+med\s+avvikelser?)?|P[åa]g[åa]ende|P[åa]b[öo]rjad|F[öo]rsenad|Avbruten|Stoppad|Ej)\b",
    re.I)
UPPDRAG_HEADER_RE = re.compile(r"^\s*Status\s+Uppdrag\b", re.I)
GARBLED_HEADER_RE = re.compile(r"^[^\d.:;]{0,30}\bslutdatum\s*$", re.I)
DATE_END_RE = re.compile(r"(\d{4}-\d{2}-\d{2})\s*$")
MONTH = r"(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)"
PERIOD_KIND = r"(?:Tertial|Halv[åa]r|Kvartal|M[åa]nad)"
PERIOD_END_RE = re.compile(  # the periodicitet cell that ends the row text
    rf"\s*({PERIOD_KIND}\s*:\s*(?:[a-zåäö]{{3}}\.?,?\s*)+|Halv[åa]r|Kvartal|M[åa]nadsvis|M[åa]nad|"
    r"[ÅA]r)\s*$")
PERIOD_COLON_RE = re.compile(rf"\b({PERIOD_KIND}\s*:\s*(?:{MONTH}\b[.,]?\s*)+)")
PERIOD_CELL_RE = re.compile(  # a whole periodicitet cell, or the months that end one
    rf"(?:{PERIOD_KIND}\s*:?\s*)?(?:{MONTH}\b[.,]?\s*)+|Halv[åa]r|Kvartal|M[åa]nadsvis|"
    r"M[åa]nad|[ÅA]r")
RIKTAS_RE = re.compile(r"\b(?:Uppdraget\s+)?[Rr](?:i|[.!|'’]{1,2})ktas\s+t(?:i|[.!|'’]{1,2})ll?\s+")
GAP_RE = re.compile(r"(?<=\S)(?: {2,}| \| )(?=\S)")  # a column gap OCR kept on one line
MONTH_SPECK_RE = re.compile(rf"\s[-–]{MONTH}\b[.,]?\s*$", re.I)  # "-aug,": the periodicitet read twice
HEADING_RE = re.compile(r"^\s*\d+(?:\.\d+)*\.?\s+[A-ZÅÄÖ]")
SPILL_LINES = 40  # how far the analys of an interleaved row may run past its date
RIKTAS_LINES = 5  # the most lines a "Riktas till" cell takes


def _is_uppdrag_header(lines: Sequence[Line], i: int) -> int:
    """Number of lines the uppdrag header at lines[i] spans (0 if none)."""
    s = lines[i].text.strip()
    if UPPDRAG_HEADER_RE.match(s) or GARBLED_HEADER_RE.match(s):
        return 1
    if s.lower() == "status":
        nxt = [j for j in range(i + 1, min(i + 4, len(lines))) if not lines[j].blank]
        if nxt and lines[nxt[0]].text.strip().lower().startswith("uppdrag"):
            return nxt[0] - i + 1
    return 0


def _starts_row(lines: Sequence[Line], i: int) -> bool:
    """A status cell starts lines[i]: capitalised, unlike the same word in running text
    ("pågående arbeten")."""
    return bool(STATUS_RE.match(lines[i].text)) and lines[i].text.lstrip()[:1].isupper()


def _iso_date(date: str) -> str:
    """The slutdatum as printed, but a 20xx year whose 2 OCR misread ("9024-08-31") repaired."""
    return "2" + date[1:] if date[0] not in "12" and date[1] == "0" else date


def _period(s: str) -> str:
    """A periodicitet cell with months separated by commas ("Tertial: aug. dec" -> "aug, dec")."""
    return re.sub(rf"(?<={MONTH})\.(?=\s)", ",", norm_ws(s), flags=re.I)


def _cells(body: str) -> dict[str, str]:
    """Split the text between status and date into uppdrag, riktas_till, periodicitet, analys."""
    period = ""
    pm = PERIOD_END_RE.search(body)
    if pm is None:  # interleaved OCR: the cell sits among the analys lines
        pm = PERIOD_COLON_RE.search(body)
    if pm:
        period = _period(pm.group(1))
        end = pm.start(1) + len(pm.group(1).rstrip())  # keep the paragraph break after it
        body = body[:pm.start()] + " " + body[end:]
    paras = [norm_ws(p) for p in re.split(r"\n\s*\n", body) if p.strip()]
    joined = norm_ws(body)
    out = {"uppdrag": joined, "riktas_till": "", "periodicitet": period, "analys": ""}
    rm = RIKTAS_RE.search(joined)
    if rm:
        out["uppdrag"] = joined[:rm.start()].strip()
        rest = joined[rm.end():]
        # riktas till ends with its paragraph: the first paragraph that holds "Riktas till"
        rpara = next((p for p in paras if RIKTAS_RE.search(p)), "")
        rtext = norm_ws(RIKTAS_RE.split(rpara, maxsplit=1)[-1]) if rpara else rest
        riktas = rtext if rest.startswith(rtext) else rest
        out["riktas_till"] = riktas
        out["analys"] = rest[len(riktas):].strip()
    return out


def _row(start: int, end: int, status: str, date: str, cells: dict[str, str]) -> RowSpan:
    fields = {"status": status, "uppdrag": cells["uppdrag"]}
    if cells["riktas_till"]:
        fields["riktas_till"] = cells["riktas_till"]
    fields["periodicitet"] = cells["periodicitet"]
    fields["slutdatum"] = date
    if cells["analys"]:
        fields["analys"] = cells["analys"]
    riktas = cells["riktas_till"]
    parts = [cells["uppdrag"] + (f" — riktas till {riktas}" if riktas else ""), f"status: {status}"]
    if cells["periodicitet"]:
        parts.append(f"periodicitet: {cells['periodicitet']}")
    parts.append(f"slutdatum: {date}")
    return RowSpan(start, end, fields, "; ".join(parts))


def _uppdrag_row(text: str, lines: Sequence[Line], i: int) -> tuple[RowSpan, int, bool] | None:
    """Parse the row whose status starts lines[i]: the row, the next line index, and whether
    the date ended a line of other text (interleaved columns: the analys may go on after it)."""
    first = lines[i]
    m = STATUS_CELL_RE.match(text, first.start)
    assert m is not None
    status, status_end = norm_ws(m.group(1)), m.end()
    j = i
    while j + 1 < len(lines) and lines[j].end < status_end:  # the line the status ends on
        j += 1
    k = j
    while k < len(lines) and k - i < 80:
        if DATE_END_RE.search(lines[k].text) and lines[k].end > status_end:
            break
        if k > j and lines[k - 1].blank and _starts_row(lines, k):
            return None  # the next row starts before this one found its date
        k += 1
    else:
        return None
    if k >= len(lines):
        return None
    date_m = DATE_END_RE.search(lines[k].text)
    assert date_m is not None
    date_start = lines[k].start + date_m.start()
    before_date = text[lines[k].start:date_start].strip()
    interleaved = (k > j and len(before_date.split()) >= 2 and not PERIOD_CELL_RE.fullmatch(before_date)
                   and not PERIOD_END_RE.search(before_date))  # "... behov År 2025-12-31" is one row
    body, analys_beside = text[status_end:date_start], ""
    gap = GAP_RE.search(text, status_end, lines[j].end) if k > j else None
    if gap:  # "Klar Mäta hur stor andel mat vi  Uppföljning av ...": uppdrag | analys
        analys_beside = text[gap.end():lines[j].end]
        body = text[status_end:gap.start()] + text[lines[j].end:date_start]
    cells = _cells(body)
    cells["analys"] = norm_ws(f"{analys_beside} {cells['analys']}")
    start = first.start + len(first.text) - len(first.text.lstrip())
    row = _row(start, lines[k].start + date_m.end(), status, _iso_date(date_m.group(1)), cells)
    return row, k + 1, interleaved


def _with_spill(text: str, lines: Sequence[Line], row: RowSpan, i: int) -> tuple[RowSpan, int]:
    """Extend an interleaved row by the analys lines after its date (lines[i:]) when the next
    row or header follows within `SPILL_LINES`, or by the lines up to the first blank one when a
    heading or the end of the text does; a periodicitet cell among them is its own."""
    nxt, stop = None, len(lines) if i + SPILL_LINES >= len(lines) else None
    for q in range(i, min(i + SPILL_LINES, len(lines))):
        if _is_uppdrag_header(lines, q) or _starts_row(lines, q):
            nxt, stop = q, None
            break
        if HEADING_RE.match(lines[q].text):  # "3.3 Uppdrag från nämnd till ...": a new part
            stop = q
            break
    if stop is not None:  # the table's last row: it runs on to the first blank line
        nxt = next((q for q in range(i, stop) if lines[q].blank), stop)
    spill = [ln for ln in lines[i:nxt] if not ln.blank] if nxt is not None else []
    if not spill:
        return row, i
    f = row.fields
    cells = {"uppdrag": f["uppdrag"], "riktas_till": f.get("riktas_till", ""),
             "periodicitet": f["periodicitet"], "analys": f.get("analys", "")}
    analys = []
    for ln in spill:
        s = ln.text.strip()
        if not cells["periodicitet"] and PERIOD_CELL_RE.fullmatch(s) and re.search(PERIOD_KIND, s):
            cells["periodicitet"] = _period(s)
        else:
            analys.append(s)
    cells["analys"] = norm_ws(" ".join([cells["analys"], *analys]))
    assert nxt is not None
    return _row(row.start, spill[-1].end, f["status"], f["slutdatum"], cells), nxt


# Advance widths of Helvetica (and Arial) in 1/1000 em, near enough to the fonts of printed
# reports to tell which words fit on a line of a column; characters not listed are 556 wide.
ADVANCE = {c: w for cs, w in (("ijl", 222), ("ft .,:;!/I'", 278), ("r-()", 333), ("cksvxyzJ", 500),
                              ("FTZ", 611), ("ABEKPSVXY&", 667), ("wCDHNRU", 722), ("GOQ", 778),
                              ("mM", 833), ("W", 944)) for c in cs}
SPACE = ADVANCE[" "] / 1000
RIKTAS = ("Riktas", "till")
PREPOSITIONS = frozenset(  # two in a row are no Swedish ("fastställande i för", "inför för beslut")
    fold(w) for w in "av för från genom hos i inför inom med mellan mot på till ur vid över".split())
SENTENCE_END_RE = re.compile(r"^[^.]{3,}\.$")  # "svar.", not "t.ex."
Cost = tuple[int, int, int]  # faults, odd word pairs, characters in the uppdrag column


def _width(words: Sequence[str]) -> float:
    """How wide `words` print, one space apart, in em."""
    return sum(ADVANCE.get(c, 556) for c in " ".join(words)) / 1000


def _words(s: str) -> list[str]:
    """The words of a line of a side-by-side row, without periodicitet, slutdatum and specks;
    "R.!ktas t'!l" at its start read as "Riktas till"."""
    s = MONTH_SPECK_RE.sub("", PERIOD_COLON_RE.sub(" ", DATE_END_RE.sub("", s))).strip()
    m = RIKTAS_RE.match(s)
    words = [w for w in s[m.end() if m else 0:].split() if any(c.isalnum() for c in w)]
    return [*RIKTAS, *words] if m else words


def _odd(words: Sequence[str]) -> int:
    """Word pairs no Swedish sentence has: two prepositions ("i för fullmäktige"), a full stop and
    then a small letter ("svar. samverkan"), "hälso-" without "och" after it."""
    return sum((fold(a) in PREPOSITIONS and fold(b) in PREPOSITIONS)
               or (bool(SENTENCE_END_RE.match(a)) and b[:1].islower())
               or (len(a) > 1 and a[-1] == "-" and b not in ("och", "eller", "samt"))
               for a, b in zip(words, words[1:]))


class _Part(NamedTuple):
    """One way to split a line: its first `k` words in the uppdrag column, the rest in the
    analys, with what fitting it to the lines around needs."""

    k: int
    u: tuple[str, ...]
    a: tuple[str, ...]
    wu: float  # printed widths of u, of a, and of the first word of each
    wa: float
    wu0: float
    wa0: float
    odd: int  # odd word pairs inside u and inside a
    chars: int  # characters of u
    stop_end: bool  # u ends on a stopword

    @classmethod
    def of(cls, words: Sequence[str], k: int) -> _Part:
        u, a = tuple(words[:k]), tuple(words[k:])
        return cls(k, u, a, _width(u), _width(a), _width(u[:1]), _width(a[:1]), _odd(u) + _odd(a),
                   len(" ".join(u)), bool(u) and fold(u[-1]) in STOPWORDS)


def _phase(ph: int, p: _Part) -> int:
    """The uppdrag column holds the uppdrag (phase 0), empty lines (1), "Riktas till ..." (2),
    empty lines (3), in that order: the phase of line `p` after one in `ph`, -1 if none."""
    if p.u[:2] == RIKTAS:
        return 2 if ph < 2 else -1
    if not p.u:
        return -1 if ph == 1 else ph | 1  # one empty line at most before "Riktas till"
    return ph if ph in (0, 2) else -1


def _fit(parts: list[list[_Part]], t_u: float, t_a: float,
         bound: Cost | None) -> tuple[Cost, list[int]] | None:
    """The best split of each line (an index into its `parts`) when the uppdrag column is `t_u`
    wide and the analys column `t_a`: fewest faults, then fewest odd word pairs, then the fewest
    uppdrag characters (analys lines as full as they go); None if none beats `bound`.

    Both columns are wrapped greedily, so a fault is a word that would have fitted on the line
    above it in its column (a short analys line may end a sentence before a capital); an uppdrag
    or "Riktas till" paragraph that ends on a stopword ("satsningen skulle"); an analys that does
    not start on the first line or stops and starts again.
    """
    fits = [[(c, p) for c, p in enumerate(line) if p.wu <= t_u and p.wa <= t_a] for line in parts]
    if not all(fits):
        return None
    layer = {(c, 0): ((int(not p.a), p.odd, p.chars), [c]) for c, p in fits[0] if p.u}
    for line, before in zip(fits[1:], parts):
        nxt: dict[tuple[int, int], tuple[Cost, list[int]]] = {}
        for (pc, ph), ((faults, odd, chars), path) in layer.items():
            prev = before[pc]
            for c, p in line:
                ph2 = _phase(ph, p)
                if ph2 < 0:
                    continue
                if ph2 != ph or not p.u:  # the uppdrag or "Riktas till" paragraph ended above
                    f, o = int(prev.stop_end), 0
                else:
                    f, o = int(prev.wu + SPACE + p.wu0 <= t_u), _odd((prev.u[-1], p.u[0]))
                if prev.a and p.a and not (prev.a[-1][-1] in ".!?:" and p.a[0][0].isupper()):
                    f += prev.wa + SPACE + p.wa0 <= t_a
                f += bool(p.a and not prev.a)
                o += _odd((*prev.a[-1:], *p.a[:1])) + p.odd
                key, cost = (c, ph2), (faults + f, odd + o, chars + p.chars)
                if bound is not None and cost >= bound:  # no part of a cost ever shrinks
                    continue
                if key not in nxt or cost < nxt[key][0]:
                    nxt[key] = (cost, [*path, c])
        layer = nxt
    ends = [((f + parts[-1][c].stop_end, o, n), path) for (c, _), ((f, o, n), path) in layer.items()]
    return min(ends, default=None)


def _split_columns(lines: list[tuple[list[str], list[int]]]) -> list[int] | None:
    """How many words of each line are in the uppdrag column (the rest are the analys), given
    the words of each line and the counts it allows, for the column widths that fit best (the
    uppdrag column the narrower: else two columns read as one wide one would fit as well)."""
    parts = [[_Part.of(ws, k) for k in ks] for ws, ks in lines]
    best: tuple[Cost, list[int]] | None = None
    least_u = max(min(p.wu for p in line) for line in parts)  # every line needs a part that fits
    for t_u in sorted({p.wu for line in parts for p in line if p.wu >= least_u}):
        beside = [[p.wa for p in line if p.wu <= t_u] for line in parts]
        least_a = max(min(line) for line in beside)
        for t_a in sorted({wa for line in beside for wa in line if wa >= least_a and wa > t_u}):
            fit = _fit(parts, t_u, t_a, best and best[0])
            if fit and (best is None or fit < best):
                best = fit
    return None if best is None else [parts[i][c].k for i, c in enumerate(best[1])]


def _side_by_side(text: str, lines: Sequence[Line], row: RowSpan) -> RowSpan | None:
    """An interleaved row re-read as OCR'd across its columns, line by line: each line holds a
    line of the uppdrag cell (then of "Riktas till ...") and one of the analys beside it, one
    space apart ("Bereda strategi for Beredningen Folkhalsa har jobbat enligt sin plan").

    OCR that reads cell by cell gives the uppdrag cell, "Riktas till ...", the analys, and the
    periodicitet and slutdatum on the right last. When the periodicitet or the date comes on or
    before the "Riktas till" line instead, it read across. None for other rows or if nothing fits.
    """
    own = [ln for ln in lines if row.start <= ln.start < row.end and not ln.blank]
    m = STATUS_CELL_RE.match(text, own[0].start)
    if m is None or m.end() > own[0].end:  # a status over several lines: cell by cell
        return None
    cols: list[tuple[list[str], list[int]]] = []
    across, riktas_at = False, None
    for n, ln in enumerate(own):
        s = text[m.end() if n == 0 else ln.start:ln.end]
        across |= riktas_at is None and bool(PERIOD_COLON_RE.search(s) or DATE_END_RE.search(s))
        ws = _words(s)
        if not ws:
            continue
        gap = GAP_RE.search(s)  # a column gap OCR kept fixes the split
        ks = [len(_words(s[:gap.start()]))] if gap else list(range(n == 0, len(ws) + 1))
        if tuple(ws[:2]) == RIKTAS and riktas_at is None:
            riktas_at, ks = len(cols), [k for k in ks if k > 2]
        elif riktas_at is not None and len(cols) - riktas_at >= RIKTAS_LINES:
            ks = [0]  # past the "Riktas till" cell: analys only
        if not ks:
            return None
        cols.append((ws, ks))
    if riktas_at is None or not across or (split := _split_columns(cols)) is None:
        return None
    cells: dict[str, list[str]] = {"uppdrag": [], "riktas_till": [], "analys": []}
    for n, ((ws, _), k) in enumerate(zip(cols, split)):
        cells["uppdrag" if n < riktas_at else "riktas_till"] += ws[2:k] if n == riktas_at else ws[:k]
        cells["analys"] += ws[k:]
    f = row.fields
    return _row(row.start, row.end, f["status"], f["slutdatum"],
                {**{name: " ".join(ws) for name, ws in cells.items()}, "periodicitet": f["periodicitet"]})


def parse_uppdrag(text: str, lines: Sequence[Line]) -> list[TableSpan]:
    """Uppdrag tables (see the module docstring)."""
    tables: list[TableSpan] = []
    i = 0
    n = len(lines)
    while i < n:
        h = _is_uppdrag_header(lines, i)
        if not h:
            i += 1
            continue
        start = lines[i].start
        rows: list[RowSpan] = []
        i += h
        skipped = 0
        after_header = True
        while i < n:
            if lines[i].blank:
                i += 1
                continue
            h2 = _is_uppdrag_header(lines, i)
            if h2:
                i += h2
                skipped, after_header = 0, True
                continue
            if _starts_row(lines, i):
                parsed = _uppdrag_row(text, lines, i)
                if parsed is None:
                    break
                row, i, interleaved = parsed
                if interleaved:
                    row, i = _with_spill(text, lines, row, i)
                    row = _side_by_side(text, lines, row) or row
                rows.append(row)
                skipped, after_header = 0, False
                continue
            if after_header and skipped < 6 and len(lines[i].text.strip()) < 40:
                skipped += 1  # header cells on lines of their own ("Analys", "Periodicitet och")
                i += 1
                continue
            break
        if rows:
            tables.append(TableSpan(start, rows[-1].end, "uppdrag", tuple(rows)))
    return tables
