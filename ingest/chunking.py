"""Pages in, chunks out: section by section, prose and tables apart.

A document's pages are joined into one text with known page offsets, split into sections by
its headings, and each section into table spans (rows kept whole, parsed into records) and
prose (cut at paragraph, then sentence, then word boundaries). Every piece keeps its offset,
so every chunk, record and figure knows the page it starts on.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from insyn.ingest.figures import context_year, extract_figures, figures_from_record
from insyn.ingest.records import attach, generic_records
from insyn.ingest.sections import drop_toc_lines, split_sections, toc_titles
from insyn.ingest.swedish import function_words, repair_ocr
from insyn.ingest.tables import find_tables
from insyn.types import Chunk, Figure, Kind, Page, Record

SOFT_CHARS = 700  # a chunk past this length ends at the next paragraph break
MAX_HEADER_CHARS = 240  # a table's caption and column header, repeated on each of its chunks
MAX_CAPTION_CHARS = 160
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"”(]?[A-ZÅÄÖ0-9•–-])")
_WS = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Piece:
    """A sentence, paragraph tail or table row: the unit chunks are packed from."""

    start: int
    end: int
    text: str
    new_paragraph: bool


@dataclass(frozen=True, slots=True)
class DocText:
    """A document as one string, with the offset where each page begins."""

    text: str
    page_starts: tuple[int, ...]
    page_numbers: tuple[int | None, ...]

    @classmethod
    def from_pages(cls, pages: list[Page]) -> DocText:
        parts, starts, offset = [], [], 0
        for page in pages:
            starts.append(offset)
            parts.append(page.text)
            offset += len(page.text) + 2
        return cls("\n\n".join(parts), tuple(starts), tuple(p.number for p in pages))

    def page_at(self, offset: int) -> int | None:
        i = bisect.bisect_right(self.page_starts, offset) - 1
        return self.page_numbers[max(i, 0)] if self.page_numbers else None


def normalise(text: str) -> str:
    return _WS.sub(" ", text).strip()


def _prose_pieces(text: str, start: int, end: int, max_chars: int) -> list[Piece]:
    """Sentences of text[start:end], each flagged when it opens a paragraph."""
    pieces: list[Piece] = []
    for para in re.finditer(r"\S(?:.|\n(?![ \t]*\n))*", text[start:end]):
        p_start = start + para.start()
        cuts = [0] + [m.end() for m in _SENTENCE_END.finditer(para.group())] + [len(para.group())]
        for i, (a, b) in enumerate(zip(cuts, cuts[1:])):
            sentence = normalise(para.group()[a:b])
            if sentence:
                pieces.extend(_split_long(Piece(p_start + a, p_start + b, sentence, i == 0), max_chars))
    return pieces


def _split_long(piece: Piece, max_chars: int) -> list[Piece]:
    """A piece longer than a chunk is cut at word boundaries (offsets stay approximate)."""
    if len(piece.text) <= max_chars:
        return [piece]
    out, words, current = [], piece.text.split(" "), ""
    for word in words:
        if current and len(current) + 1 + len(word) > max_chars:
            out.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    out.append(current)
    # later parts start after the first, so a table row's record stays with the first part only
    starts = [min(piece.start + sum(len(t) + 1 for t in out[:i]), piece.end - 1) if i else piece.start
              for i in range(len(out))]
    return [Piece(s, piece.end, t, piece.new_paragraph and i == 0) for i, (s, t) in enumerate(zip(starts, out))]


def _pack(pieces: list[Piece], max_chars: int) -> list[list[Piece]]:
    groups: list[list[Piece]] = []
    size = 0
    for piece in pieces:
        fits = groups and size + 1 + len(piece.text) <= max_chars
        soft_break = piece.new_paragraph and size >= SOFT_CHARS
        if fits and not soft_break:
            groups[-1].append(piece)
            size += 1 + len(piece.text)
        else:
            groups.append([piece])
            size = len(piece.text)
    return groups


def _join(group: list[Piece]) -> str:
    out = group[0].text
    for piece in group[1:]:
        out += ("\n" if piece.new_paragraph else " ") + piece.text
    return out


_WORD = re.compile(r"[^\W\d_]+")
_SWEDISH_LETTER = re.compile(r"[åäöÅÄÖ]")


@lru_cache(maxsize=4096)
def _lang(text: str) -> str:
    """The passage's language: its function words when they clearly say Swedish or English,
    langdetect otherwise (it samples n-grams in pure Python and cost half the parse time)."""
    from langdetect import DetectorFactory, LangDetectException, detect

    sv, en = function_words(_WORD.findall(text.lower()))
    if sv > 2 * en or (sv >= en and _SWEDISH_LETTER.search(text)):  # OCR reads "för" as "for"
        return "sv"
    if en >= 3 and en >= 4 * sv:
        return "en"
    DetectorFactory.seed = 0
    try:
        return detect(text)
    except LangDetectException:
        return "sv"


def _figures(piece: Piece, doc: str, page: int | None, year: int | None) -> list[Figure]:
    return [Figure(f.value, f.unit, f.text, f.label, doc, page) for f in extract_figures(piece.text, year)]


def chunk_document(pages: list[Page], doc: str, title: str, max_chars: int = 1200) -> list[Chunk]:
    """All chunks of one document, in reading order."""
    dt = DocText.from_pages(pages)
    text = drop_toc_lines(dt.text)
    chunks: list[Chunk] = []
    sections = split_sections(text, toc_titles(dt.text))
    claimed: list[tuple[int, int]] = []
    typed: list[Record] = []
    for section in sections:
        body = text[section.start : section.end]
        cursor = section.start
        spans = find_tables(body)
        named = ""
        claimed += [(section.start + s.start, section.start + s.end) for s in spans]
        for n, span in enumerate(spans):
            t_start, t_end = section.start + span.start, section.start + span.end
            following = section.start + spans[n + 1].start if n + 1 < len(spans) else section.end
            after = _prose_pieces(text, t_end, following, max_chars)[:2]
            below = after[:1] if after and _is_caption_below(after) else []
            prose = _prose_pieces(text, cursor, t_start, max_chars)
            caption = [prose.pop()] if prose and _is_caption(prose[-1]) else []
            chunks += _chunks_of(dt, prose, doc, title, section.path, Kind.text, (), max_chars)
            # a table continued under no title of its own goes on under the last one
            named = _numbered_title(prose) or (named if n and spans[n - 1].type == span.type else "")
            records = tuple(
                (section.start + row.start,
                 Record(span.type, doc, dt.page_at(section.start + row.start), section.path, dict(row.fields), row.text,
                        caption=named))
                for row in span.rows
            )
            cuts = sorted({t_start, t_end, *(section.start + r.start for r in span.rows if t_start < section.start + r.start < t_end)})
            pieces = [Piece(a, b, normalise(text[a:b]), True) for a, b in zip(cuts, cuts[1:]) if normalise(text[a:b])]
            pieces = caption + pieces + below
            header = _table_header(pieces, records, max_chars)
            pieces = [p for piece in pieces for p in _split_long(piece, max_chars - len(header) - 1)]
            chunks += _chunks_of(dt, pieces, doc, title, section.path, Kind.table, records, max_chars, header)
            typed += [r for _, r in records]
            cursor = below[0].end if below else t_end
        chunks += _chunks_of(dt, _prose_pieces(text, cursor, section.end, max_chars), doc, title, section.path, Kind.text, (), max_chars)
    return attach(chunks, generic_records(dt, text, sections, claimed, typed, pages), doc)


_NUMBERING = re.compile(r"^[A-ZÅÄÖ][a-zåäö]+ \d{1,2}\.$")  # "Mål 7.", cut from its title as if a sentence ended


def _numbered_title(prose: list[Piece]) -> str:
    """The numbered title standing right above a table ("Mål 7. Stärkt forskning, utbildning och
    innovation"): the goal its rows belong to, where the title is no heading of its own (a table,
    not prose, follows it). Its rows carry it as their caption; the chunks are left as they are."""
    if len(prose) < 2:
        return ""
    number, title = prose[-2], prose[-1]
    numbered = number.new_paragraph and bool(_NUMBERING.match(number.text.strip()))
    titled = (not title.new_paragraph and len(title.text) <= MAX_CAPTION_CHARS
              and not title.text.rstrip().endswith((".", ":", "!", "?")))
    return f"{number.text.strip()} {title.text.strip()}" if numbered and titled else ""


def _is_caption(piece: Piece) -> bool:
    """A short line of its own right above a table, not a sentence: the table's caption
    ("Fördelning av föreningsbidrag under 2025 med jämförelse med 2023 och 2024")."""
    return piece.new_paragraph and len(piece.text) <= MAX_CAPTION_CHARS and not piece.text.rstrip().endswith((".", ":", "!", "?"))


def _is_caption_below(after: list[Piece]) -> bool:
    """The table's caption set under it: a short paragraph of one sentence right after the rows
    ("Fördelning av föreningsbidrag under 2025 med jämförelse med 2023 och 2024.")."""
    first = after[0]
    alone = len(after) == 1 or after[1].new_paragraph
    return first.new_paragraph and alone and len(first.text) <= MAX_CAPTION_CHARS and len(first.text.split()) >= 4


def _table_header(pieces: list[Piece], records: tuple[tuple[int, Record], ...], max_chars: int) -> str:
    """The caption and column header of a table (the text before its first row), when short."""
    if not pieces or not records:
        return ""
    first_row = min(at for at, _ in records)
    header = "\n".join(p.text for p in pieces if p.start < first_row)
    return header if len(header) <= MAX_HEADER_CHARS and len(header) < max_chars // 4 else ""


def _chunks_of(
    dt: DocText, pieces: list[Piece], doc: str, title: str, section: str, kind: Kind,
    records: tuple[tuple[int, Record], ...], max_chars: int, header: str = "",
) -> list[Chunk]:
    """Pack pieces into chunks; each record goes to the chunk its row starts in. A table
    split over several chunks repeats its column header at the top of each, as a printed
    table does on every page, so a row is read (and found) with its columns' names."""
    out = []
    year = context_year(title, section)  # "27/10" in "Sammanträdesplan 2027"
    for i, group in enumerate(_pack(pieces, max_chars - (len(header) + 1 if header else 0))):
        body = _join(group) if kind is Kind.text else "\n".join(p.text for p in group)
        lead = 0
        if header and i > 0 and not body.startswith(header):
            body = f"{header}\n{body}"
            lead = len(header) + 1
        start, end = group[0].start, group[-1].end
        page = dt.page_at(start)
        mine = tuple(r for at, r in records if start <= at < end)
        row_starts = [at for at, _ in records if start <= at < end]
        figures = tuple(
            [f for r in mine for f in figures_from_record(r)]
            + [f for p in group if p.start not in row_starts for f in _figures(p, doc, dt.page_at(p.start), year)]
        )
        repaired = repair_ocr(body)
        out.append(Chunk(
            id=Chunk.make_id(doc, page, start, body), doc=doc, title=title, page=page, section=section,
            kind=kind, text=body, offset=start, lang=_lang(body), search_text=repaired if repaired != body else "",
            figures=figures, records=mine, page_breaks=_page_breaks(dt, group, lead),
        ))
    return out


def _page_breaks(dt: DocText, group: list[Piece], lead: int) -> tuple[tuple[int, int], ...]:
    """Where in a chunk's text a later page begins: (offset, page) at each piece that starts on
    a page other than the one before it (pieces are joined with one character between them)."""
    out, at, last = [], lead, dt.page_at(group[0].start)
    for piece in group:
        page = dt.page_at(piece.start)
        if page is not None and page != last:
            out.append((at, page))
            last = page
        at += len(piece.text) + 1
    return tuple(out)
