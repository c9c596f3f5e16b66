"""The table parsers registered for `tables.find_tables` (one function per table type).

Each parser takes the whole text and the lines no earlier parser claimed, and returns
`TableSpan`s. `PARSERS` at the bottom is the registry; its order is the precedence.
The generic economy parser lives in `table_ekonomi`.
"""

from __future__ import annotations

import re
from typing import Sequence

from insyn.ingest.numbers import split_run, tokens_in
from insyn.ingest.table_ekonomi import parse_ekonomi
from insyn.ingest.tables import Line, Parser, RowSpan, TableSpan, join_lines, norm_ws

# ---------------------------------------------------------------- uppdrag
STATUS_RE = re.compile(
    r"^\s*(Ej\s+p[åa]b[öo]rjad|Ej(?=\s*$)|P[åa]g[åa]ende|Klar|Avslutad|P[åa]b[öo]rjad|"
    r"Genomf[öo]rd|Slutf[öo]rd|F[öo]rsenad|Avbruten|Stoppad|Delvis\s+klar)\b", re.I)
UPPDRAG_HEADER_RE = re.compile(r"^\s*Status\s+Uppdrag\b", re.I)
DATE_END_RE = re.compile(r"(\d{4}-\d{2}-\d{2})\s*$")
PERIOD_END_RE = re.compile(
    r"\s*((?:Tertial|Halv[åa]r|Kvartal|M[åa]nad)\s*:\s*(?:[a-zåäö]{3}\.?,?\s*)+|"
    r"Halv[åa]r|Kvartal|M[åa]nadsvis|M[åa]nad|[ÅA]r)\s*$")
RIKTAS_RE = re.compile(r"\b(?:Uppdraget\s+)?[Rr]iktas\s+till?\s+")


def _is_uppdrag_header(lines: Sequence[Line], i: int) -> int:
    """Number of lines the uppdrag header at lines[i] spans (0 if none)."""
    if UPPDRAG_HEADER_RE.match(lines[i].text):
        return 1
    if lines[i].text.strip().lower() == "status":
        nxt = [j for j in range(i + 1, min(i + 4, len(lines))) if not lines[j].blank]
        if nxt and lines[nxt[0]].text.strip().lower().startswith("uppdrag"):
            return nxt[0] - i + 1
    return 0


def _uppdrag_row(text: str, lines: Sequence[Line], i: int) -> tuple[RowSpan, int] | None:
    """Parse the row starting with a status at lines[i]; returns it and the next index."""
    first = lines[i]
    m = STATUS_RE.match(first.text)
    assert m is not None
    status_end = first.start + m.end()
    status = norm_ws(m.group(1))
    j = i
    if status.lower() == "ej":  # "Ej \npåbörjad"
        k = j + 1
        while k < len(lines) and lines[k].blank:
            k += 1
        if k < len(lines) and re.match(r"^\s*p[åa]b[öo]rjad\b", lines[k].text, re.I):
            status = "Ej påbörjad"
            status_end = lines[k].start + re.match(r"^\s*\S+", lines[k].text).end()  # type: ignore[union-attr]
            j = k
    k = j
    while k < len(lines) and k - i < 80:
        if DATE_END_RE.search(lines[k].text) and lines[k].end > status_end:
            break
        if k > j and (STATUS_RE.match(lines[k].text) and not lines[k - 1].text.strip().endswith(",")
                      and lines[k - 1].blank and _starts_row(lines, k)):
            return None
        k += 1
    else:
        return None
    if k >= len(lines):
        return None
    date_m = DATE_END_RE.search(lines[k].text)
    assert date_m is not None
    end = lines[k].start + date_m.end()
    body = text[status_end:lines[k].start + date_m.start()]
    paras = [norm_ws(p) for p in re.split(r"\n\s*\n", body) if p.strip()]
    joined = norm_ws(body)
    period = ""
    pm = PERIOD_END_RE.search(joined)
    if pm:
        period = norm_ws(pm.group(1))
        joined = joined[:pm.start()].strip()
    riktas, analys = "", ""
    rm = RIKTAS_RE.search(joined)
    if rm:
        uppdrag = joined[:rm.start()].strip()
        rest = joined[rm.end():]
        # riktas till ends with its paragraph: the first paragraph that starts with "Riktas"
        rpara = next((p for p in paras if RIKTAS_RE.search(p)), "")
        rtext = norm_ws(RIKTAS_RE.split(rpara, maxsplit=1)[-1]) if rpara else rest
        rtext = PERIOD_END_RE.sub("", rtext).strip()
        riktas = rtext if rest.startswith(rtext) else rest
        analys = rest[len(riktas):].strip()
    else:
        uppdrag = joined
    fields = {"status": status, "uppdrag": uppdrag}
    if riktas:
        fields["riktas_till"] = riktas
    fields["periodicitet"] = period
    fields["slutdatum"] = date_m.group(1)
    if analys:
        fields["analys"] = analys
    parts = [uppdrag + (f" — riktas till {riktas}" if riktas else ""), f"status: {status}"]
    if period:
        parts.append(f"periodicitet: {period}")
    parts.append(f"slutdatum: {date_m.group(1)}")
    return RowSpan(first.start + len(first.text) - len(first.text.lstrip()), end, fields,
                   "; ".join(parts)), k + 1


def _starts_row(lines: Sequence[Line], i: int) -> bool:
    return bool(STATUS_RE.match(lines[i].text))


def parse_uppdrag(text: str, lines: Sequence[Line]) -> list[TableSpan]:
    """Uppdrag tables: header "Status Uppdrag [Periodicitet Slutdatum]", rows from a status
    ("Ej påbörjad", "Pågående", "Klar", ...) to the slutdatum date that ends a line."""
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
        while i < n:
            if lines[i].blank:
                i += 1
                continue
            h2 = _is_uppdrag_header(lines, i)
            if h2:
                i += h2
                skipped = 0
                continue
            if _starts_row(lines, i):
                parsed = _uppdrag_row(text, lines, i)
                if parsed is None:
                    break
                rows.append(parsed[0])
                i = parsed[1]
                skipped = 0
                continue
            if not rows and skipped < 6 and len(lines[i].text.strip()) < 40:
                skipped += 1  # header cells on lines of their own ("Analys", "slutdatum")
                i += 1
                continue
            break
        if rows:
            tables.append(TableSpan(start, rows[-1].end, "uppdrag", tuple(rows)))
    return tables


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
