"""The table parsers registered for `tables.find_tables` (one function per table type).

Each parser takes the whole text and the lines no earlier parser claimed, and returns
`TableSpan`s. `PARSERS` at the bottom is the registry; its order is the precedence.
The uppdrag parser lives in `table_uppdrag`, the generic economy parser in `table_ekonomi`.
"""

from __future__ import annotations

import re
from typing import Sequence

from insyn.ingest.numbers import split_run, tokens_in
from insyn.ingest.table_ekonomi import parse_ekonomi
from insyn.ingest.table_uppdrag import STATUS_RE as STATUS_RE  # re-exported: `sections` uses it
from insyn.ingest.table_uppdrag import parse_uppdrag
from insyn.ingest.tables import Line, Parser, RowSpan, TableSpan, join_lines, norm_ws

# ---------------------------------------------------------------- delmål prognosis (summary)
PROGNOS_RE = re.compile(r"M\W?[åa]\W?l\s+kommer\s+(?:(helt|delvis|inte)\s+)?uppfyll\w*", re.I)
REGIONMAL_RE = re.compile(r"^\s*M[åa]l\s+(\d+)\.\s*(.*)$")


def parse_delmal_prognos(text: str, lines: Sequence[Line]) -> list[TableSpan]:
    """Goal summaries: a delmål text followed by "Mål kommer helt/delvis/inte uppfyllas",
    grouped under "Mål N. ..." regionmål headings (OCR of an årsredovisning)."""
    tables: list[TableSpan] = []
    rows: list[RowSpan] = []
    pending: list[Line] = []
    regionmal = ""
    t_start = -1
    last_end = -1
    for ln in lines:
        if last_end >= 0 and ln.start - last_end > 600:  # too far: close the table
            if len(rows) >= 2:
                tables.append(TableSpan(t_start, rows[-1].end, "delmal", tuple(rows)))
            rows, pending, t_start, last_end = [], [], -1, -1
        if ln.blank:
            continue
        s = ln.text.strip()
        pm = PROGNOS_RE.search(s)
        rm = REGIONMAL_RE.match(s)
        if rm and not pm:
            regionmal = norm_ws(s)
            pending = []
            continue
        if re.fullmatch(r"(Regionm[åa]l\s*)?(Delm[åa]l\s*)?(Prognos)?", s, re.I):
            continue
        if not pm:
            pending.append(ln)
            if len(pending) > 8:
                pending.pop(0)
            continue
        before = s[:pm.start()].strip(" .|")
        parts = [p.text for p in pending] + ([before] if before else [])
        delmal = norm_ws(" ".join(parts))
        first = pending[0].start if pending else ln.start
        pending = []
        if not delmal:
            continue
        prognos = norm_ws(pm.group(0))
        fields = {"delmal": delmal, "regionmal": regionmal, "prognos": prognos}
        row = RowSpan(first, ln.start + ln.text.find(s) + pm.end(), fields,
                      f"{delmal} — {prognos}" + (f" ({regionmal})" if regionmal else ""))
        if t_start < 0:
            t_start = first
        rows.append(row)
        last_end = row.end
    if len(rows) >= 2:
        tables.append(TableSpan(t_start, rows[-1].end, "delmal", tuple(rows)))
    return tables


# ---------------------------------------------------------------- delmål / indikator
IND_HEADER_RE = re.compile(
    r"^\s*Delm[åa]l\s+Indikator(?:er)?\s+Utfall\s+(\d{4})\s+M[åa]l\s+(\d{4})(\s+Periodicitet)?",
    re.I)
IND_STOP_RE = re.compile(r"^\s*(M[åa]l\s+\d+\.|\d+(?:\.\d+)*\s+(?!(?:År|Tertial|Jämna|Udda|Halvår|Öka|Minska|Svar)\b)[A-ZÅÄÖ][a-zåäö])")
PERIOD_CELL = (r"(?:Tertial:\s*(?:[a-zåäö]{3},?\s*)*|Jämna år|Udda år|Halvår|Kvartal|"
               r"Månad|År)")
VALUE_CELL = r"(?:[-−–]?\s?\d+(?:[ ,]\d+)*\s?%?|Svar saknas|Öka|Minska)"
TAIL_RE = re.compile(r"(?:^|(?<=\s))((?:" + VALUE_CELL + r"\s*)*)(" + PERIOD_CELL + r")?\s*$")
CONT_RE = re.compile(r"^\s*(?:(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec),?\s*)+$")
GLUE_RE = re.compile(r"(?:(?<=\d)|(?<=%)|(?<=dec)|(?<=År))(?=[A-ZÅÄÖ][a-zåäö])")


def _split_glued(lines: Sequence[Line]) -> list[Line]:
    """Split lines where a cell is glued to the next cell's text ("177Regionen", "decHälso")."""
    out: list[Line] = []
    for ln in lines:
        cuts = [m.start() for m in GLUE_RE.finditer(ln.text)]
        prev = 0
        for c in cuts + [len(ln.text)]:
            out.append(Line(ln.start + prev, ln.start + c, ln.text[prev:c]))
            if c < len(ln.text):
                out.append(Line(ln.start + c, ln.start + c, ""))  # a virtual blank line
            prev = c
    return out


def _tail(line: str) -> tuple[str, list[str], str]:
    """Split a line into (label text, value cells, periodicity)."""
    m = TAIL_RE.search(line.rstrip())
    if not m or not (m.group(1).strip() or m.group(2)):
        return line.strip(), [], ""
    label = line[:m.start()].strip()
    cells = [c.strip() for c in re.findall(VALUE_CELL, m.group(1)) if c.strip()]
    if len(cells) == 1 and not m.group(2) and re.fullmatch(r"(19|20)\d\d", cells[0]) \
            and re.search(r"\b(med|år|till|från|inför|under|sedan|jämfört)$", label):
        return line.strip(), [], ""  # "... i jämförelse med 2020": a year in the text
    return label, cells, norm_ws(m.group(2) or "")


def _split_values(cells: list[str], label: str, k: int) -> tuple[str, list[str]]:
    """Cut numeric cells into at most `k` values; a leading year goes back to the label."""
    out: list[str] = []
    for c in cells:
        if re.fullmatch(r"[-−–]?\s?[\d ,]+", c) and " " in c.strip():
            runs = tokens_in(c)
            if runs and len(runs[0]) > 1 and re.fullmatch(r"(19|20)\d\d", runs[0][0].digits) \
                    and not label[-1:].isdigit() and re.search(r"\b(med|år|till|från)$", label):
                label = f"{label} {runs[0][0].digits}"
                runs = [runs[0][1:]]
            for r in runs:
                out += [c[n.start - 0:n.end].strip() for n in split_run(r, k)]
        else:
            out.append(c)
    return label, out


def parse_indikator(text: str, lines: Sequence[Line]) -> list[TableSpan]:
    """Delmål/indikator tables under "Delmål Indikator(er) Utfall YYYY Mål YYYY [Periodicitet]".

    Cells come out as blocks: delmål text, indikator text, then values (on the indikator's
    last line or on a line of their own). A text block followed directly by values is the
    indikator; the text blocks before it are its delmål (inherited by later indikatorer).
    """
    tables: list[TableSpan] = []
    i, n = 0, len(lines)
    while i < n:
        hm = IND_HEADER_RE.match(lines[i].text)
        if not hm:
            i += 1
            continue
        y_utfall, y_mal = hm.group(1), hm.group(2)
        start = lines[i].start
        j = i + 1
        body: list[Line] = []
        while j < n and not IND_HEADER_RE.match(lines[j].text):
            s = lines[j].text
            if IND_STOP_RE.match(s) or len(s.strip()) > 95:
                break
            body.append(lines[j])
            j += 1
        rows = _indikator_rows(_split_glued(body), y_utfall, y_mal)
        if rows:
            tables.append(TableSpan(start, rows[-1].end, "indikator", tuple(rows)))
        i = j
    return tables


def _indikator_rows(body: Sequence[Line], y_utfall: str, y_mal: str) -> list[RowSpan]:
    blocks: list[list[Line]] = []
    cur: list[Line] = []
    for ln in body:
        if ln.blank:
            if cur:
                blocks.append(cur)
            cur = []
        else:
            cur.append(ln)
    if cur:
        blocks.append(cur)
    rows: list[RowSpan] = []
    pending: list[list[Line]] = []
    delmal = ""
    for blk in blocks:
        if CONT_RE.match(join_lines(blk)) and rows:
            r = rows[-1]
            f = dict(r.fields)
            f["periodicitet"] = norm_ws(f.get("periodicitet", "") + " " + join_lines(blk))
            rows[-1] = RowSpan(r.start, blk[-1].end, f, _ind_text(f, y_utfall, y_mal))
            continue
        # values may start on any line of the block: find the first line with a tail
        tails = [_tail(ln.text) for ln in blk]
        vi = next((x for x, t in enumerate(tails) if (t[1] or t[2])
                   and all(not t2[0] or CONT_RE.match(t2[0]) for t2 in tails[x + 1:])), None)
        if vi is None:
            pending.append(blk)
            continue
        label, cells, period = _tail(blk[vi].text)
        for ln in blk[vi + 1:]:
            lab2, more, p2 = _tail(ln.text)
            p2 = p2 or (lab2 if CONT_RE.match(lab2) else "")
            cells += more
            period = norm_ws(f"{period} {p2}" if p2 else period)
        text_lines = [ln.text for ln in blk[:vi]] + ([label] if label else [])
        ind = norm_ws(" ".join(text_lines))
        pend = [join_lines(b) for b in pending]
        if not ind and pend:
            ind = pend.pop()
        if not ind:
            continue
        if pend:
            delmal = norm_ws(" ".join(pend))
        ind, values = _split_values(cells, ind, 2)
        utfall, mal = ("", values[0]) if len(values) == 1 else (values + ["", ""])[:2]
        if len(values) == 1 and values[0] == "Svar saknas":
            utfall, mal = values[0], ""
        f = {"delmal": delmal, "indikator": ind, "utfall": utfall, "mal": mal,
             "utfall_ar": y_utfall, "mal_ar": y_mal, "periodicitet": period}
        first = (pending[0][0] if pending else blk[0]).start
        rows.append(RowSpan(first, blk[-1].end, f, _ind_text(f, y_utfall, y_mal)))
        pending = []
    return rows


def _ind_text(f: dict[str, str], y_utfall: str, y_mal: str) -> str:
    head = f"{f['delmal']} — {f['indikator']}" if f["delmal"] else f["indikator"]
    parts = [head]
    if f["utfall"]:
        parts.append(f"utfall {y_utfall}: {f['utfall']}")
    if f["mal"]:
        parts.append(f"mål {y_mal}: {f['mal']}")
    if f.get("periodicitet"):
        parts.append(f"periodicitet: {f['periodicitet']}")
    return "; ".join(parts)


PARSERS: tuple[Parser, ...] = (parse_uppdrag, parse_delmal_prognos, parse_indikator,
                               parse_ekonomi)
