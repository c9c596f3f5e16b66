"""Files in, a complete index folder out: parse, chunk, embed, index, swap in.

Unchanged files (same content hash as in the live index) are not parsed or embedded again:
their chunks and vectors are carried over. A file that cannot be read is reported through
`warn` and skipped; the rest is ingested.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import shutil
import time
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

import numpy as np

from insyn.errors import InsynError, SourceError
from insyn.index import dense, folder, store
from insyn.index.embedder import Embedder
from insyn.index.lexical import LexicalIndex
from insyn.ingest.chunking import chunk_document
from insyn.ingest.diacritics import is_damaged, restore, spelling_table
from insyn.ingest.metadata import guess_meta
from insyn.ingest.text import read_text
from insyn.settings import Settings
from insyn.types import Chunk, Page

SUFFIXES = (".pdf", ".txt", ".md")
# Bump when parsing or chunking changes: files are then parsed again even if unchanged.
PIPELINE_VERSION = 87  # 87: a table cell's amount set with a digit group's space that reads as a year ("1 980" tkr beside "2 600") is an amount, not the year 1980 (the cell gave no figure); 86: a value set at the end of a list item's first line, after dot leaders or a gap, in a column of its own ("■ Publik tankstation för biogas ........ Försenad"; two items or more of the list with one, most of their level, all words or all figures, aligned, each item one line) is the item's, a field of its record ("status": "Försenad"; its text "... – Försenad"); a measure's name centred over its columns that starts in the gutter before them and ends flush right with the last ("Bedömning inom tre dagar, %" over "2025 | 2026") names each of them, not the last alone; 85: a measure's name that a header stacked over its years gave the first year only ("Tallrikssvinn, g per portion 2025", "2026") names each bare year after it too, as a header read whole does, unless the name is one year's alone ("Basår 2019"); 84: a chart's value axis written with digit groups ("0 500 1 000 1 500 2 000 2 500") or starting above zero ("190 200 ... 260", six ticks or more in equal steps) gives no figures, as one of bare digits from zero did; list markers drawn as shapes (a small square or dot before the first word of a line, two or more at one indent; not a table's keys, a legend's, or titles over items marked by characters) are read as bullets, nesting by indent; 83: row labels set left of a ruled table's frame (shaded columns of figures its only rules) are its rows' first cells, when most rows have one, short, without figures, starting alike (another ruled table's words are none of them); a word across the rule between two cells ("Samtliga" over its two shaded years) is read whole in each; 82: a group's title with a speck OCR read beside it ("Särskilt boende | Å") still titles the rows under it; a table's caption ("Tabell 1. Åtgärder ...") between two lines of cells is no wrapped cell's line: it starts a table, and a legend above it is no row of it; a year with its column's unit ("2026, %") is a column's name, not a figure, in a header stacked over lines; 81: a group's title numbered in the first column ("2 Gång- och cykelvägar" over projects 1201-1204) is its rows' parent; a run of words over a table's columns of figures is cut where a word, a capital or a digit first, stands over a column of figures and the word before it over another column (OCR runs "Riktning Basår 2024 2025 2026" together over narrow right-aligned years); a line naming a year over more columns of figures than it names years ("d | 2020 | 2030" over four years' figures) heads no table of text cells, so the figures stay apart; 80: a name on a header line over the names of two columns of a table read without rules ("Hyra, kr/m² och år" over "2026 | Förändring, %") joins none of the columns, though it reaches over the figures of one of them only (the rent and its change were one cell, "1 367 +4,2"); a column another name of its line stands over is not spread to by its neighbour ("Outhyrda lgh 31 dec" starting over its first year); 79: lists under titles of their own (a short line over each run of items, each title right after the list before, "Fler insatser på hemmaplan" over its "– ..." items) are a list of the titles, each item under its title as parent; a list numbered in a hanging column ("1 | Fler hyresrätter ...", the number set apart, in a larger type or a little above its text) is a list of its paragraphs, not lines of prose; 78: a numbered title is one pattern for starting a table and for a title alone on its line ("Not 3 ...", "Mål 2 ...", "Diagram 4 ..." each start a table of their own); 77: a group's title alone on its line in a table read without rules, set further under the group above than the rows stand apart ("MÄN" over its age groups, "Psykiatri" over its clinics; two lines, a group and its subgroup), keeps the groups one table, the first title under a rule below a header stacked over lines too, and a numbered title ("Not 3 ...") still starts a table of its own; the rows under such a title carry it as their parent ("(forts.)" left out; a sum row closes the group), and a generic row's figures are labelled with it ("... MÄN 50 år−, 2025"); a row label opening with a figure ("−29 år") is no wrapped label's further line; 76: a table's column name stacked over lines with a word hyphenated across them reads as one word ("Personal- omsättning, %": "Personalomsättning, %"; "Barn- och ..." keeps its hyphen); 75: a table line's cell set closer to the next column's than a segment's gap ("Gamla landsvägen Bredare") is cut where that column starts, where three cells of the table's lines nearby start one; a headed table's line with a cell starting in each column, each in its own, crosses no column (a long type name under a right-aligned column's wider name), and that name, set flush right with its column, heads it in a table read by alignment; a line holding a page mark ("Sida 3 (4)", a running header) heads no table; an economy row repeating a generic row whose label runs over its first cells ("2 | Mjölkudden – Edsvala C") leaves the records as one repeating a one-cell label does; a row's label over two columns of a table read by alignment that three other rows fill apart ("Hela trafiken" over Linje | Sträckning) joins neither column; 74: a table drawn as ruled frames stacked one under the next (its header alone in one, each group of rows and the total in frames of their own) is one table under that header: a frame whose first row is a label and figures opens no header of its own; 73: a scanned page is turned straight before OCR (the angle within ±3° at which its rows of ink stand sharpest); tesseract's word boxes are read for tables as a text page's words are (a page of prose and lists keeps its text reading); a table cell of four to seven digits not grouped by threes ("1002", as OCR reads "1 002") is one number; 72: a table cell's column name written with a comma ("Punktlighet, %") is one column in its figure's label ("..., 2025 Punktlighet %"), whose last ", " stays the one before the column; 71: a footnote mark on a word ("Punktlighet¹") is no part of its term; 70: a table in long format (a thing named once over its rows of years, "Murgrönan | 2026" over " | 2025") gives each row of years the name; a row's number opening its name's cell under a column named by both ("Linje Sträckning": "11 Ekshult – Nolvik") labels its figures "Linje 11 ..."; 69: a header's next line one body row's pitch under the line above, naming two or more columns, joins the header of a table set with room around its rows (years over "D | SS | LS"); column names a note on the page spells out ("SS = svårt skadade") carry the words after them; a name centred over columns names the run it is best centred on (of those centred alike the widest), also when it starts in a gutter, and a name ending in a comma ("Belopp,") goes on below and names no run; 68: a group's title set a blank space under the group above in a table read without rules ("Socialnämnden  SN" under "Summa barn- och utbildningsnämnden") is a row of that table, not the header of a table of its own; a name stacked over several columns of a headed table starts none of them under the name of the column before ("2025" over "Kv | Män | Tot" made the figures of Män and Tot one cell, "80 81"); 67: tables set side by side under one header line that names the same columns again ("Boende | 2025 | 2026" three times, one small table per measure; two halves of one list) are read as tables of their own, each under its own caption; 66: a run of numbers set closer than a segment's gap (a bold total row, "253 1 187 800 1 217 100") is cut where a number ends and the next column's begins; 65: a name on one of a header's staggered lines names the columns under it that it reaches ("Inspektioner 2025" over "Planerade | Utförda"); 64: a row's number under a named column ("Linje | 3") labels its figures ("Linje 3 ...") and is no figure itself; 63: a name over the middle of a run of year columns names each year of it ("Resor, tusental" over 2024 | 2025 | 2026); 62: a header drawn as one band over a ruled body is split over its columns by where its names stand; a label drawn over several rows of the first column is each row's; a row's year in a column ("År") goes with each cell's column name in its figures' labels; 61: a headed table read without rules takes the column names stacked above its header line ("Ålder" over "(mån)", "2025" over "Kv | Män | Tot"), years among its column names, a group's title running across its first columns ("Medborgarförslag (10)") as a row, and its caption from above the header; a dash a column's width before the next cell is a cell for nothing, not a list marker; a list of dashes in a table's cell is the cell's text; a sum row takes no spanning first cell; a figure set flush right with its right-aligned column name stays in its column; a dash before a status mark is a cell; a table read without rules whose next page's title says "(forts.)" under the same header goes on wherever the page before left it, under that page's header; a ruled table whose cells hold several columns of figures, or whose frame holds words in none of its cells, is read by its words' alignment; a header stacked over lines stands up to 1.25 line heights apart per line; evenly set years are columns, not a justified line; a name centred over two columns of figures, over two names of the line below, joins neither; key figures set over their labels are label–figure rows; a ruled table's title in its first row is its caption, its header the row below; a block of figures only under a line of three or more names is a table, not a chart's labels; a numbered list down two columns whose numbers count on ("1."–"5." left, "6."–"9." right) is one list however its items wrap; 60: a line of a table read without rules whose figures fall in columns the open row already has figures in, beside a label of its own, opens no continuation: the rows were set as tightly as a wrapped cell's lines and are read as rows (a header band over rows of one line each); 59: a table read without rules goes on over a page break under its title marked "(forts.)" (the mark was looked for in text stripped of its spaces, where it never matched); 58: a ruled table whose rules leave figures on its rows in none of its cells (a shaded column's edges the only upright lines) is read by its words' alignment; a few words turned sideways (a group's name along a table's side) stay out of a page's lines; a table read without rules goes on after a line no further off than its lines have stood (a sum row under a double rule); a name spanning columns of figures ("Planerade utgifter, tkr") joins none of them; a day and month ("27/10", "den 14 juni") is a date of the one year its title or section names, never two counts, and "5/1-27" a date; 57: a one-segment line (a group's title running into the first column of figures) joins none of the columns of a table read without rules it crosses; a word run's dot leaders are not part of its extent; a line of figures under a row that has figures in those columns is a row of its own (a sum row), not the row's continuation; 56: the column names of a table without rules set apart from its first row by a rule under them (most of a line, a group's title between) head it, years among them ("Nyckeltal | 2021 | … | 2024–2025"); a short name stacked most of a line over the figures' columns ("Förändring" over "2024–2025") joins its column's name; a table read without rules goes on at the top of the next page though a ruled table stands further down that page; a price list whose items run into dot leaders before several prices is a table (a table of contents has one page number after its leaders), the leaders leave the item's name; a ruled cell turned to read upwards (a narrow column's name) is read as written, not last letter first; 55: a framed card (a one-column frame with a title band over labelled lines and a row of years over their values, indicator or project cards in a grid) is one record: title, each label's value, each year's value, the rest as text; cards of one size on a page and the next are one set; an economy row repeating a generic row leaves its figures too when its parser named two columns alike ("2025", "2025 (2)"); an unnumbered heading may follow a table's last row when prose follows it ("Summa 134,0 89,0" / "Barn- och utbildningsnämnden" / "Barn- och utbildningsnämnden prognostiserar ..."), a line ending in figures or dashes is no heading; 54: a ruled frame holding only a table's header (a shaded band) over a body ruled only between rows is read with that body as one table; a header name centred over several columns the line below names names each of them ("Budget 2026" over "Intäkter | Kostnader | Netto"); the end of text set in columns side by side right above a table is no caption of it; 53: a document's municipality or region is counted over its running header and footer lines too (a name printed only there, "Harvstena kommun" over every page, was lost with them); 52: a table cell's figure is labelled with every cell of its row that has words (a goal written beside its indicator, not the goal alone); a ruled header's first-row cell over several columns names each of them ("Utfall" over "2024 | 2025": "Utfall 2024", "Utfall 2025"), and a header of two rows repeated on the next page is dropped there; 51: a borderless table's row label wrapped over lines is one cell (a line starting in lower case goes on from the one above, or the label's first lines stand above its figures); short lines after a lead-in, none running on ("Expedieras till:" / "Socialnämnden, för åtgärd"), are one list item each; a block of labels and values ("Antagen | ...", "Gäller | 1 januari–31 december 2026") has no header row, and a line inside a block of aligned lines heads no table; in a headed table a line whose figures fall in columns the open row already has figures in, with nothing in the first column, opens the next row under a first cell spanning them (a goal written once over its indicators), and that cell is each of its rows'; a header's second line of years or short words ("Utfall" over "2024") joins the header; a numbered line in a larger type than the page's typical line ("1. Inledning") is a heading, no list item swallowing the paragraph below it; "att" alone in a left column opens a decision clause whose lines wrap in their own column; a short label beside short lines ("Expedieras till | Socialnämnden, för åtgärd" over further recipients) is a list named by the label; a table read without rules goes on at the top of the next page under its header again (its id and caption kept, a first cell spanning the break filled in), unless a numbered title stands above it; 50: a bare number in a table row whose label names a unit ("Låneskuld, mnkr") takes that unit; lists and tables read out of a running header or footer ("Styrdokument · Policy · Antagen ...") leave the page; a numbered title over a table at the top of a page starts a new table though the header repeats the one before ("Mål 2.2 ..."); "tusentals kronor" is tkr; 49: text set in two justified columns is no table; a header stacked over staggered lines heads its borderless table, with years as column names and a wrapped cell beside centred figures one row; a dash before an amount is a cell, not a list marker; a long title across a ruled table among many rows keeps its columns; a table of contents is no table; an assessment cell alone on its line is no heading; 48: a table's own header printed above its ruled rows is no caption (the title above it is); a number cell with a plus sign ("+0,4") is a cell of an economy row; a running title followed by the page's number ("Personalredovisning 2025 3") goes with the other running lines; a paragraph "§ 26 Fördelning av medel ..." of minutes or a regulation is a section; an economy row's text is the row as printed ("Turistverksamhet | 2 802 | 2 803 | -1"), its columns named in answers; abbreviations a legend defines, the short form first ("SNAU Socialnämndens arbetsutskott"), are read; 47: a short title written across a ruled table ("4 Barn och unga") no longer joins its columns into one (the table was lost); 46: a municipality written without its genitive s ("Lindvik kommun") is read; a PDF with no metadata title and no specific kind by the counts takes its title from the first page's next two lines too (under an organ's name), less a running header's page count; 45: a PDF without a metadata title takes its first line as title when that names a kind of document ("Handlingsplan för klimat ..."), and a title naming a kind ("IT-policy", "VA-taxa") gives the kind the counts do not; 44: a typed table's rows carry the numbered title right above it as caption ("Mål 7. Stärkt forskning ..."), a table continued under no title the last one; 43: what OCR reads a bullet as ("e", "«" before a capital) opens a list item; a sentence announcing what follows ("Nedan följer exempel på ...") is a lead-in; a plain-text caption goes back to where its sentence starts; 42: a municipality read from "Karlshamns kommuns", "Umeå kommun", "Malmö stad" too; 41: an economy row that repeats a generic row of its page (same label and digits, a header naming each column once) leaves the records, its figures stay; 40: a list in a sentence opens after "till exempel", "exempelvis", "bland annat", "såsom" (and "som" before its first item); 39: paragraphs that each open with a term and a dash ("Minskat hyrberoende – ...") are a list of definitions, as with a colon; 38: a list written into a sentence stands where its first item does (the chunk and section of the list, not of a heading run into its sentence); 37: a list written into a sentence opens after a colon, its items open alike (a part opening with a preposition among parts that do not ends it); 36: a ruled cell spanning two drawn columns is read once; 35: the further lines of a ruled cell join its row; 34: a list of paragraphs that runs to the end of a page goes on at the top of the next; 33: list items carry whom they are directed to (riktas_till) when their opening names it; 32: an unmarked list after a lead-in ends where its paragraphs stop opening alike, and before the next lead-in; 31: windows embedded under the title, top heading and own heading only; chunk language from function words; 30: a list written into a sentence after ";" or ":" keeps the clause before it as its caption, words hyphenated over a line break are joined in it, "samt" ends it; 29: lists of definitions ("Term: …"), a lost full stop restored in lists and tables, a list in two columns is one list, a typed row with a generic row's digits is superseded; 28: typed rows a generic row reads better leave their chunk at ingest; 27: onnx-mixed
Warn = Callable[[str], None]
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True, slots=True)
class ParsedDoc:
    row: store.DocumentRow
    chunks: list[Chunk]


@dataclass
class IngestReport:
    index: Path
    build: Path | None = None
    added: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    chunks: int = 0
    records: int = 0
    figures: int = 0
    seconds: float = 0.0
    per_doc: dict[str, int] = field(default_factory=dict)


# Files that document a folder rather than belong to it; named on the command line, they are read.
FOLDER_DOCS = re.compile(r"^(readme|sources|license|licence|changelog|contributing)([._-].*)?$", re.I)


def discover(paths: list[Path], warn: Warn | None = None) -> list[Path]:
    """The ingestible files under `paths`, in a stable order.

    Walking a folder skips hidden files and its own documentation (README.md, SOURCES.md, ...),
    saying so through `warn`; a file named explicitly is always taken.
    """
    found: list[Path] = []
    for path in paths:
        if not path.exists():
            raise InsynError(f"{path}: no such file or folder")
        if path.is_dir():
            for p in sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES):
                if p.name.startswith("."):
                    continue
                if FOLDER_DOCS.match(p.name):
                    if warn:
                        warn(f"not ingested {p}: the folder's own documentation (name it explicitly to ingest it)")
                    continue
                found.append(p)
        elif path.suffix.lower() in SUFFIXES:
            found.append(path)
        else:
            raise InsynError(f"{path}: unsupported file type {path.suffix or '(none)'} (use .pdf, .txt or .md)")
    return found


def read_pages(data: bytes, path: Path, settings: Settings, warn: Warn) -> tuple[list[Page], str | None]:
    if path.suffix.lower() == ".pdf":
        from insyn.ingest.pdf import pdf_title, read_pdf

        pages = read_pdf(data, path.name, ocr=settings.ocr, ocr_dpi=settings.ocr_dpi, on_warning=warn)
        return pages, pdf_title(data)
    return read_text(data, path.name, warn), None


def parse_source(path: Path, data: bytes, sha: str, settings: Settings, warn: Warn) -> ParsedDoc:
    if len(data) > settings.max_file_mb * 1e6:
        raise SourceError(path.name, f"{len(data) / 1e6:.1f} MB, over the limit of {settings.max_file_mb:g} MB "
                                     "per file (INSYN_MAX_FILE_MB raises it)")
    pages, pdf_title = read_pages(data, path, settings, warn)
    text = "\n\n".join(p.text for p in pages)
    if not text.strip():
        raise SourceError(path.name, "no text found (no text layer, and OCR found nothing)")
    meta = guess_meta(text, path.name, pdf_title, pages[0].text if path.suffix.lower() == ".pdf" else None,
                      "\n".join(p.running for p in pages))
    chunks = chunk_document(pages, path.name, meta.title, settings.max_chunk_chars)
    pages_count = len(pages) if pages and pages[0].number is not None else None
    row = store.DocumentRow(path.name, meta.title, str(path), sha, pages_count, meta.year, meta.region, meta.organ,
                            meta.doc_type, len(chunks))
    return ParsedDoc(row, chunks)


WINDOW_CHARS = 350  # dense vectors are taken over windows of a few sentences or table rows
_SENTENCE_OR_LINE = re.compile(r"(?<=[.!?])\s+|\n")


def windows(text: str, size: int = WINDOW_CHARS) -> list[str]:
    """A chunk's text cut into windows of whole sentences (or table rows) of about `size` chars.

    A chunk is scored by its best window: a 1,200-character passage about several things is
    found by the sentence that answers, not diluted by the rest.
    """
    out, current = [], ""
    for part in (p.strip() for p in _SENTENCE_OR_LINE.split(text)):
        if not part:
            continue
        if current and len(current) + 1 + len(part) > size:
            out.append(current)
            current = part
        else:
            current = f"{current} {part}" if current else part
    if current:
        out.append(current)
    return out or [text]


def window_head(chunk: Chunk) -> str:
    """The context each window of a chunk is embedded in: the document's title, the section's
    top heading and its own. The levels between are left out: they were a third of the tokens
    embedded, and leaving them out cost no dev, devdocs or held-out question its top-5 place
    (one training question lost it, one dev question gained it).
    The title stays: it carries cross-document questions (under the own heading alone, dev
    hit@5 fell 0.987 -> 0.919)."""
    levels = [h for h in chunk.section.split(" > ") if h] if chunk.section else []
    if len(levels) > 2:
        levels = [levels[0], levels[-1]]
    return " > ".join(p for p in (chunk.title, *levels) if p)


def passage_inputs(chunk: Chunk) -> list[str]:
    """What the embedder sees: each window of the passage in its context (`window_head`)."""
    head = window_head(chunk)
    return [f"{head}\n{w}".strip() for w in windows(chunk.search_text or chunk.text)]


def lexical_text(chunk: Chunk) -> str:
    """What BM25 reads: the passage under its own heading, so a word said only in the heading
    ("Ekonomistaben", "Folkhälsa") still finds the passages of that section."""
    heading = chunk.section.rsplit(" > ", 1)[-1]
    return f"{heading}\n{chunk.search_text or chunk.text}".strip()


def model_meta(embedder: Embedder) -> dict[str, object]:
    """The manifest's `model`: name, dimension and the engine that ran it (vectors of two engines differ
    slightly, so a change of engine embeds everything again)."""
    meta: dict[str, object] = {"name": embedder.name, "dim": embedder.dim}
    if engine := getattr(embedder, "engine", None):  # a stand-in of write_index's callers may have none
        meta["engine"] = engine
    return meta


def _previous(index: Path, embedder: Embedder | None = None) -> tuple[dict[str, ParsedDoc], dict[str, np.ndarray]]:
    """The live index's documents and vectors, by document, for carrying unchanged files over."""
    if not index.exists():
        return {}, {}
    live = folder.resolve(index)
    try:
        manifest = folder.read_manifest(live)
    except InsynError:
        return {}, {}
    same_model = embedder is None or manifest.get("model") == model_meta(embedder)
    if manifest.get("pipeline_version") != PIPELINE_VERSION or not same_model:
        return {}, {}  # parsed or embedded differently: everything is read again
    try:
        return _carried_over(live)
    except Exception as err:  # noqa: BLE001 - a damaged file fails in its library's own way (sqlite, numpy)
        raise InsynError(f"the index at {index} is damaged ({type(err).__name__}: {str(err)[:160]}); ingest into a "
                         "new --index, or remove it and its .builds folder") from err


def _carried_over(live: Path) -> tuple[dict[str, ParsedDoc], dict[str, np.ndarray]]:
    con = store.connect(live / folder.DB)
    vectors = np.load(live / folder.EMBEDDINGS)
    owner = np.load(live / folder.WINDOW_OWNER)
    docs: dict[str, ParsedDoc] = {d.doc: ParsedDoc(d, []) for d in store.documents(con)}
    doc_of_pos: list[str] = []
    for chunk in store.iter_chunks(con):
        docs[chunk.doc].chunks.append(chunk)
        doc_of_pos.append(chunk.doc)
    con.close()
    doc_of_window = np.array(doc_of_pos, dtype=object)[owner]
    return docs, {doc: vectors[doc_of_window == doc] for doc in docs}


@dataclass(frozen=True, slots=True)
class _Read:
    """One file read and hashed, and parsed unless it is unchanged or unreadable."""

    path: Path
    parsed: ParsedDoc | None = None
    error: SourceError | None = None


def _read(path: Path, old_docs: dict[str, ParsedDoc], settings: Settings, warn: Warn) -> _Read:
    data = path.read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    if path.name in old_docs and old_docs[path.name].row.sha256 == sha:
        return _Read(path)
    try:
        return _Read(path, parse_source(path, data, sha, settings, warn))
    except SourceError as err:
        return _Read(path, error=err)


def _read_ahead(files: list[Path], old_docs: dict[str, ParsedDoc], settings: Settings, warn: Warn) -> Iterator[_Read]:
    """The files read and parsed in order, by a thread that works ahead of the caller.

    While the caller embeds one document, the next ones are parsed: PDF reading and Tesseract
    (a subprocess) then run beside the embedder, which releases the GIL while it computes. At
    most two documents wait parsed, so memory stays that of the documents themselves.
    """
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="insyn-parse") as pool:
        pending: deque[Future[_Read]] = deque()
        for path in files:
            pending.append(pool.submit(_read, path, old_docs, settings, warn))
            if len(pending) > 2:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def ingest(paths: list[Path], settings: Settings, embedder: Embedder, warn: Warn,
           progress: Progress | None = None) -> IngestReport:
    """Ingest `paths` into the index at `settings.index` (adding to what it holds).

    Each document is embedded as soon as it is parsed, while the next is parsed. An OCR-damaged
    document waits for all the others: its matching text is respelled from their vocabulary.
    """
    started = time.perf_counter()
    report = IngestReport(settings.index)
    files = discover(paths, warn)
    old_docs, old_vectors = _previous(settings.index, embedder)
    docs: dict[str, ParsedDoc] = dict(old_docs)
    vectors: dict[str, np.ndarray] = dict(old_vectors)
    embed = _Embedding(embedder, progress)
    damaged: list[str] = []
    for i, read in enumerate(_read_ahead(files, old_docs, settings, warn)):
        name = read.path.name
        if progress:
            progress(f"reading {name}", i, len(files))
        if read.error is not None:
            warn(f"skipped {read.error}")
            report.skipped.append(name)
            continue
        if read.parsed is None:
            report.unchanged.append(name)
            continue
        docs[name] = read.parsed
        report.added.append(name)
        if is_damaged(_doc_text(read.parsed)):
            damaged.append(name)
            vectors.pop(name, None)
        else:
            vectors[name] = embed(name, read.parsed.chunks)
    _restore_damaged(docs, damaged)
    for name in damaged:
        vectors[name] = embed(name, docs[name].chunks)
    if not docs:  # a first ingest where no file could be read: no index to build
        raise InsynError(f"no index written: none of the {len(files)} file(s) could be read" if files
                         else "no index written: no .pdf, .txt or .md file found")
    if not report.added and settings.index.exists() and len(docs) == len(old_docs):
        report.seconds = time.perf_counter() - started
        report.per_doc = {d: len(p.chunks) for d, p in docs.items()}
        return report
    report.build = write_index(settings, embedder, docs, vectors, progress)
    _fill_counts(report, docs)
    report.seconds = time.perf_counter() - started
    return report


def _doc_text(parsed: ParsedDoc) -> str:
    return " ".join(c.text for c in parsed.chunks)


def _restore_damaged(docs: dict[str, ParsedDoc], added: list[str]) -> None:
    """Respell the matching text of newly added OCR-damaged documents from the others' vocabulary."""
    texts = {name: _doc_text(p) for name, p in docs.items()}
    damaged = [name for name in added if is_damaged(texts[name])]
    clean = [t for t in texts.values() if not is_damaged(t)]
    if not damaged or not clean:
        return
    table = spelling_table(clean)
    for name in damaged:
        parsed = docs[name]
        chunks = [dataclasses.replace(c, search_text=restore(c.text, table)) for c in parsed.chunks]
        docs[name] = ParsedDoc(parsed.row, chunks)


class _Embedding:
    """Embeds the windows of one document's chunks at a time, each distinct window text once.

    Identical windows (a header repeated on every page, a recurring table row) are embedded once
    per ingest and their vector reused. Progress reports the chunks embedded per second.
    """

    def __init__(self, embedder: Embedder, progress: Progress | None) -> None:
        self.embedder = embedder
        self.progress = progress
        self.seen: dict[bytes, np.ndarray] = {}  # digest of a window's text -> its vector
        self.chunks = 0
        self.seconds = 0.0

    def __call__(self, name: str, chunks: list[Chunk]) -> np.ndarray:
        inputs = [w for c in chunks for w in passage_inputs(c)]
        keys = [hashlib.blake2b(w.encode("utf-8"), digest_size=16).digest() for w in inputs]
        todo = list({k: w for k, w in zip(keys, inputs) if k not in self.seen}.items())
        if self.progress:
            rate = f", {self.chunks / self.seconds:.1f} chunks/s" if self.seconds else ""
            self.progress(f"embedding {name}: {len(chunks)} chunks{rate}", self.chunks, self.chunks + len(chunks))
        began = time.perf_counter()
        fresh = self.embedder.encode_passages([w for _, w in todo]) if todo else None
        self.seconds += time.perf_counter() - began
        self.chunks += len(chunks)
        for row, (key, _) in enumerate(todo):
            self.seen[key] = fresh[row]
        if not inputs:
            return np.zeros((0, self.embedder.dim), np.float32)
        return np.stack([self.seen[k] for k in keys]).astype(np.float32, copy=False)


def _fill_counts(report: IngestReport, docs: dict[str, ParsedDoc]) -> None:
    report.per_doc = {d: len(p.chunks) for d, p in docs.items()}
    report.chunks = sum(report.per_doc.values())
    report.records = sum(len(c.records) for p in docs.values() for c in p.chunks)
    report.figures = sum(len(c.figures) for p in docs.values() for c in p.chunks)


def write_index(settings: Settings, embedder: Embedder, docs: dict[str, ParsedDoc], vectors: dict[str, np.ndarray],
                progress: Progress | None = None) -> Path:
    """Write a complete build folder and swap it in; the live index is untouched until then."""
    step = progress or (lambda what, done, total: None)

    def writing(what: str, done: int, total: int) -> None:
        step(f"writing index: {what}", done, total)

    writing("stacking vectors", 0, 1)
    names = sorted(docs)
    chunks = [c for name in names for c in docs[name].chunks]
    # copy=False: vstack already made the one copy (a second one was 3.4 GiB more at 10^6 passages)
    matrix = (np.vstack([vectors[n] for n in names]) if names else np.zeros((0, embedder.dim))).astype(
        np.float32, copy=False)
    owner = np.repeat(np.arange(len(chunks)), [len(passage_inputs(c)) for c in chunks]).astype(np.int64)
    if len(owner) != len(matrix):
        raise InsynError(f"internal: {len(matrix)} vectors for {len(owner)} windows; re-run with a fresh --index")
    build = folder.new_build_folder(settings.index)
    try:  # a failed build leaves no folder behind
        writing("sqlite", 0, 1)
        con = store.create(build / folder.DB)
        store.write(con, [docs[n].row for n in names], chunks)
        n_records = con.execute("SELECT COUNT(*) FROM records").fetchone()[0]
        n_figures = con.execute("SELECT COUNT(*) FROM figures").fetchone()[0]
        con.close()
        writing("embeddings.npy", 0, 1)
        np.save(build / folder.EMBEDDINGS, matrix, allow_pickle=False)
        np.save(build / folder.WINDOW_OWNER, owner, allow_pickle=False)
        params = dense.choose_params(len(matrix), embedder.dim, settings.exact_threshold)
        writing(f"dense: {params.kind}", 0, 1)
        dense_index = dense.build(matrix, params, progress=writing)
        del matrix  # the index holds its own copy (flat) or codes (IVF-PQ)
        writing("dense: saving", 0, 1)
        dense.save(dense_index, build)
        del dense_index
        texts = [lexical_text(c) for c in chunks] if chunks else [""]
        lexical = LexicalIndex.build(texts, progress=writing)
        writing("lexical: saving", 0, 1)
        lexical.save(build / "lexical")
        del lexical
        writing("manifest", 0, 1)
        folder.write_manifest(build, {
            "schema_version": folder.SCHEMA_VERSION,
            "pipeline_version": PIPELINE_VERSION,
            "model": model_meta(embedder),
            "counts": {"documents": len(names), "chunks": len(chunks), "windows": len(owner), "records": n_records,
                       "figures": n_figures},
            "built_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "dense": params.to_dict(),
            "lexical": {"library": "bm25s", "stemmer": "snowball-swedish", "compound_splitting": True},
            "sources": [{"doc": n, "path": docs[n].row.path, "sha256": docs[n].row.sha256, "chunks": len(docs[n].chunks)}
                        for n in names],
        })
    except BaseException:
        shutil.rmtree(build, ignore_errors=True)
        raise
    return folder.publish(settings.index, build)
