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

Columns interleaved line by line without such marks cannot be told apart from the text
alone: those rows keep the mixed text in `uppdrag`.
"""

from __future__ import annotations

import re
from typing import Sequence

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
HEADING_RE = re.compile(r"^\s*\d+(?:\.\d+)*\.?\s+[A-ZÅÄÖ]")
SPILL_LINES = 40  # how far the analys of an interleaved row may run past its date


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
    row or header follows within `SPILL_LINES`; a periodicitet cell among them is its own."""
    nxt = None
    for q in range(i, min(i + SPILL_LINES, len(lines))):
        if _is_uppdrag_header(lines, q) or _starts_row(lines, q):
            nxt = q
            break
        if HEADING_RE.match(lines[q].text):  # "3.3 Uppdrag från nämnd till ...": a new part
            break
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
