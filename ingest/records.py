"""Generic records of one document, placed in its text: every list item and table row.

`generic_records(dt, text, sections, claimed, pages)` returns (offset, `Record`) pairs:

- on a PDF page read by layout (`Page.layout` is not None), the page's layout records
  (`ingest.layout`), each placed where its first words stand in the page's text (else at the
  page's start), skipping rows a typed parser already holds (same page, same folded text);
- on any other page (plain text, Markdown, OCR'd or unreadable layout), the list items and
  aligned-column tables `ingest.generic` finds in the lines no typed table claimed;
- on every page, the phrases of lists written into a sentence (`ingest.enumerations`).

Every record gets the section its offset lies in, and its caption falls back to that
section's heading; a list item whose opening names the body it is directed to gets
`riktas_till` (`ingest.addressees`). Typed records (uppdrag, indikator, delmål, ekonomi) stay as they are: a
row they claim is not repeated as a generic row.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import replace
from typing import Iterable, NamedTuple, Protocol, Sequence

from insyn.ingest.addressees import with_addressee
from insyn.ingest.cleaning import join_hyphenation
from insyn.ingest.enumerations import enumerations
from insyn.ingest.figures import figures_from_record
from insyn.ingest.generic import Item, leading_words, spread_years, text_rows
from insyn.ingest.items import read_items
from insyn.ingest.layout import _keyed
from insyn.ingest.table_ekonomi import described
from insyn.types import Chunk, Page, Record

_TEXT_TOL = 1.0  # characters: a wrapped line or nested marker in plain text


class _Doc(Protocol):
    text: str
    page_starts: tuple[int, ...]
    page_numbers: tuple[int | None, ...]

    def page_at(self, offset: int) -> int | None: ...


class _Section(Protocol):
    start: int
    end: int
    path: str


def fold(s: str) -> str:
    """Lower-cased letters and digits only, diacritics removed (the scoring rule)."""
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if c.isalnum() and not unicodedata.combining(c))


def _section_at(sections: Sequence[_Section], at: int) -> _Section | None:
    starts = [s.start for s in sections]
    i = bisect.bisect_right(starts, at) - 1
    return sections[i] if i >= 0 else (sections[0] if sections else None)


def _find(text: str, words: str, start: int, end: int) -> int:
    """Where the first words of `words` stand in text[start:end] (whitespace-insensitive), or -1."""
    toks = re.findall(r"\w+", words)[:4]
    if not toks:
        return -1
    m = re.compile(r"\W+".join(map(re.escape, toks)), re.I).search(text, start, end)
    return m.start() if m else -1


def _text_records(text: str, start: int, end: int, claimed: Sequence[tuple[int, int]], page: int | None) -> list[tuple[int, Record]]:
    """Generic records from the plain lines of text[start:end] (typed table spans blanked)."""
    rows = text_rows(_blank(text, start, end, claimed))
    ids: dict[tuple[str, int], str] = {}
    first: dict[tuple[str, int], Item] = {}
    out = []
    for it in read_items(rows, _TEXT_TOL):
        key = (it.kind, it.block)
        ids.setdefault(key, f"{'l' if it.kind == 'list' else 't'}{page or 0}.{start}.{len(ids) + 1}")
        first.setdefault(key, it)
        caption = _caption_above(rows, first[key].row)
        fields, text = it.list_fields() if it.kind == "list" else (_keyed(it.header, it.cells), it.text)
        out.append((start + rows[it.row].at, Record(it.kind, "", page, "", fields, text, ids[key], caption,
                                                    spread_years(it.header), it.parent)))
    return out


def _blank(text: str, start: int, end: int, claimed: Sequence[tuple[int, int]]) -> str:
    """text[start:end] with the typed tables' spans blanked (offsets kept)."""
    body = list(text[start:end])
    for a, b in claimed:
        for i in range(max(a, start), min(b, end)):
            if body[i - start] != "\n":
                body[i - start] = " "
    return "".join(body)


INLINE_LIST = "e"  # table ids of lists written into a sentence start with it


def _enumeration_records(text: str, start: int, end: int, claimed: Sequence[tuple[int, int]],
                         page: int | None) -> list[tuple[int, Record]]:
    """Each phrase of a list written into a sentence (`ingest.enumerations`) as a list item."""
    out = []
    for n, e in enumerate(enumerations(_blank(text, start, end, claimed)), start=1):
        tid = f"{INLINE_LIST}{page or 0}.{start}.{n}"
        out += [(start + e.at, Record("list", "", page, "", {"punkt": item}, item, tid, e.lead[-160:]))
                for item in e.items]
    return out


def _caption_above(rows, r: int) -> str:
    """The lead-in right above a list or table in plain text, when it is short: the line above,
    and the lines before it back to where its sentence starts ("... kommer fortsätta kommande" over
    "år." is one lead-in)."""
    if r == 0 or rows[r - 1].y < rows[r].y - 2:
        return ""
    lines = [" ".join(s.text for s in rows[r - 1].segs)]
    k = r - 1
    while k > 0 and lines[0][:1].islower() and rows[k - 1].y >= rows[k].y - 2 and len(lines) < 4:
        k -= 1
        lines.insert(0, " ".join(s.text for s in rows[k].segs))
    text = join_hyphenation(" ".join(lines)) if lines[0][:1].isupper() else lines[-1]
    return text if len(text) <= 160 else (lines[-1] if len(lines[-1]) <= 160 else "")


def _typed_holds(rec: Record, typed: list[str]) -> bool:
    """Whether a typed row of the same page already holds this row as printed (its folded
    text inside a typed row's). A typed row that adds column names ("Bibliotek: Utfall 2025
    -13 123; ...") does not hold it: the generic row keeps the row as the page prints it."""
    folded = fold(rec.text)
    return len(folded) >= 6 and any(folded in t for t in typed)


def generic_records(dt: _Doc, text: str, sections: Sequence[_Section], claimed: Sequence[tuple[int, int]],
                    typed: Sequence[Record], pages: Sequence[Page]) -> list[tuple[int, Record]]:
    """(offset, record) for every generic list item and table row of the document."""
    typed_text: dict[int | None, list[str]] = {}
    for r in typed:  # an economy row as it names its columns (a generic row reads it as printed)
        typed_text.setdefault(r.page, []).append(fold(described(r.fields) if r.type == "ekonomi" else r.text))
    ends = list(dt.page_starts[1:]) + [len(text)]
    found: list[tuple[int, Record]] = []
    for page, p_start, p_end in zip(pages, dt.page_starts, ends):
        found += _enumeration_records(text, p_start, min(p_end, len(text)), claimed, page.number)
        if page.layout is None:
            found += _text_records(text, p_start, min(p_end, len(text)), claimed, page.number)
            continue
        cursor = p_start
        for rec in page.layout:
            at = _find(text, rec.text, cursor, p_end)
            if at < 0:
                at = _find(text, rec.text, p_start, p_end)
            if _typed_holds(rec, typed_text.get(page.number, [])):
                continue
            if at >= 0:
                cursor = at
            found.append((at if at >= 0 else cursor, rec))
    out = []
    for at, rec in found:
        sec = _section_at(sections, at)
        path = sec.path if sec else ""
        caption = rec.caption or (path.rsplit(" > ", 1)[-1] if path else "")
        out.append((at, with_addressee(replace(rec, section=path, caption=caption))))
    return out


def attach(chunks: list[Chunk], located: Sequence[tuple[int, Record]], doc: str) -> list[Chunk]:
    """Each record joins the chunk it stands in (the last chunk starting at or before it); a
    typed row a generic row reads better (`superseded`) leaves its chunk, with its figures; an
    economy row a generic row repeats (`repeated_economy`) leaves it, its figures stay unless
    its parser named two of its columns alike."""
    if not chunks or not located:
        return chunks
    order = sorted(range(len(chunks)), key=lambda i: chunks[i].offset)
    starts = [chunks[i].offset for i in order]
    extra: dict[int, list[Record]] = {}
    for at, rec in located:
        k = max(bisect.bisect_right(starts, at) - 1, 0)
        extra.setdefault(order[k], []).append(replace(rec, doc=doc))
    chunks = [replace(c, records=c.records + tuple(extra[i])) if i in extra else c for i, c in enumerate(chunks)]
    records = [r for c in chunks for r in c.records]
    generic = _generic_rows(records)
    worse, again = superseded(records, generic), repeated_economy(records, generic)
    # an economy row whose parser named two columns alike ("2025", "2025 (2)": a header stacked over
    # two lines read by its years only) cannot say which number is which: its figures go with it
    worse |= {id(r) for r in records if id(r) in again and any(_NAMED_AGAIN.search(k) for k in r.fields)}
    return [_without(c, worse, again) if any(id(r) in worse or id(r) in again for r in c.records) else c
            for c in chunks]


_NAMED_AGAIN = re.compile(r" \(\d+\)$")


def _without(chunk: Chunk, worse: set[int], again: set[int] = frozenset()) -> Chunk:
    """The chunk without the records in `worse` and the figures read from them, and without the
    records in `again` (their figures stay)."""
    gone = {(f.text, f.label) for r in chunk.records if id(r) in worse for f in figures_from_record(r)}
    return replace(chunk, records=tuple(r for r in chunk.records if id(r) not in worse and id(r) not in again),
                   figures=tuple(f for f in chunk.figures if (f.text, f.label) not in gone))


class _Generic(NamedTuple):
    """A generic table row as the typed rows are compared with it: its first cell with the cells
    of words right after it (folded: a line's number and its route, "2 | Mjölkudden – Edsvala C",
    are one label to a parser reading the line), its digits in reading order, and whether its
    header names each column once (`_named`)."""

    first: str
    digits: str
    named: bool


def _generic_rows(records: Sequence[Record]) -> dict[tuple[str, int | None], list[_Generic]]:
    """The generic table rows with a header, by (document, page)."""
    out: dict[tuple[str, int | None], list[_Generic]] = {}
    for r in records:
        if r.type == "table" and r.header and r.fields:
            out.setdefault((r.doc, r.page), []).append(_Generic(
                fold(leading_words(list(r.fields.values()))), _digits(r.fields.values()), _named(r.header) and _named(tuple(r.fields))))
    return out


_POSITIONAL = re.compile(r"^v\d+$")


def superseded(records: Sequence[Record], generic: dict[tuple[str, int | None], list[_Generic]] | None = None) -> set[int]:
    """The ids of typed rows a generic table row reads better: a typed row whose columns are
    only numbered (`v1`, `v2`: its parser found no header) beside a generic row of the same
    page with a real header that opens with the same label, or that holds the same digits in
    the same order (the typed parser cut the row elsewhere). The generic row keeps the
    columns' names ("Bokslut 2025"), the typed one cannot say which number is which."""
    generic = _generic_rows(records) if generic is None else generic

    def read_better(r: Record) -> bool:
        rows, own = generic.get((r.doc, r.page), []), _digits(r.fields.values())
        return (any(fold(r.fields.get("label", "")).startswith(g.first) for g in rows if len(g.first) >= 3)
                or len(own) >= 4 and any(g.digits == own for g in rows))

    return {id(r) for r in records
            if r.type not in ("table", "list") and any(_POSITIONAL.match(k) for k in r.fields) and read_better(r)}


def repeated_economy(records: Sequence[Record], generic: dict[tuple[str, int | None], list[_Generic]] | None = None) -> set[int]:
    """The ids of economy rows that repeat a generic row of their page (the same label, the same
    digits) whose header names each column once, and of the rest of a table mostly so repeated:
    the table is one table, listed once, under its own caption and header, its rows as printed
    ("Hammenhögsbadet | 1 576 | 1 420 | 1 170"); two readings of it under one heading ("Bidrag"
    over two tables of grants) made list answers return both. The economy rows' figures stay in
    their chunk: the figure scorer reads the columns' names from them ("Bokslut 2025", tkr)."""
    generic = _generic_rows(records) if generic is None else generic

    def repeated(r: Record) -> bool:
        own, label = _digits(r.fields.values()), fold(r.fields.get("label", ""))
        return len(own) >= 2 and len(label) >= 3 and any(
            g.named and g.digits == own and len(g.first) >= 3 and label.startswith(g.first)
            for g in generic.get((r.doc, r.page), []))

    again = {id(r) for r in records if r.type == "ekonomi" and repeated(r)}
    tables: dict[tuple[str, int | None, str], list[int]] = {}
    for r in records:
        if r.type == "ekonomi":
            tables.setdefault((r.doc, r.page, r.section), []).append(id(r))
    for ids in tables.values():
        if 2 * sum(i in again for i in ids) >= len(ids):
            again.update(ids)
    return again


def _named(header: Sequence[str]) -> bool:
    """Whether a header names its columns, each once: none of its cells is a number other than a
    year (a first data row taken for the header names nothing: "36 325", "15 975"), and no two
    are the same (a stacked header read without its second line: "Plan", "Plan", "Plan")."""
    named = [h.strip() for h in header if h.strip()]
    return len(set(named)) == len(named) and not any(
        re.fullmatch(r"[-−–]?[\d\s.,]+", h) and not re.fullmatch(r"(19|20)\d\d", h) for h in named)


def _digits(cells: Iterable[str]) -> str:
    """The digits of a row in reading order: the same row cut into cells two ways ("Årskurs 1 | 117 604"
    and "Årskurs | 1 117 | 604") has the same digits."""
    return "".join(re.findall(r"\d", " ".join(cells)))
