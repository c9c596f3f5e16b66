"""Read a PDF into cleaned pages of text, with OCR for pages that have no text layer.

Text comes from pypdf page by page (`Page.number` is 1-based). The page texts are cleaned by
`insyn.ingest.cleaning`: running headers/footers and page numbers are removed across the whole
document, then hyphenation is joined and whitespace normalised per page. Line breaks are kept.

Two-column pages. pypdf's default extraction follows the content stream. Designed reports
(the InDesign Stadsrevisionen årsredogörelse 2022, pp. 3-34) draw one column after the other,
so it already reads column by column (checked by eye on pp. 3-10), and we keep it. Layout mode
reads visually but cuts full-width lines at the gutter, pads with spaces and costs ~0.13 s a
page, so it is used only where needed: a text visitor records where each piece of text starts,
and a page is re-read in layout mode and cut at the gutter (left column, then right column; a
full-width line closes the block above it) only when it has two prose columns whose lines the
stream draws row by row, alternately (see `_interleaved`). The test is strict so tables and
label/value forms keep pypdf's row-wise reading; none of the 208 sample pages trips it.

Headings drawn late. InDesign draws some page titles last: 19 pages of the årsredogörelse 2022
(pp. 5-26) ended with their article's title ("Konsultanvändning"), which then labelled the next
article's first page. The visitor is called with every piece of pypdf's text, so the page is cut
into runs of lines (a run goes down the page in one font size; a line higher up or in another
size starts the next one), and a run drawn after the text under it moves up above that text when
it is a heading: at most three lines, above every run of its column drawn before it (left edges
within `_SAME_COLUMN_PT`), set at least 15 % larger than the run right under it and at most
three of its own font sizes above it, with no other text in between (see `_heading_spot`). Any
other page keeps pypdf's text exactly: a footer drawn first stays first, a body is never moved,
and a heading moves only above text of its own column. Of the 208 sample pages only those 19
change.

OCR. A page with fewer than 20 non-space characters is rendered with pypdfium2 (first at 20 dpi
to see if anything is drawn at all; blank pages stay empty) and read with tesseract (`-l swe`)
at `ocr_dpi`. Tesseract runs as a subprocess with OMP_THREAD_LIMIT=1 (pytesseract cannot pass
a per-call environment, and tesseract's OpenMP threading made a page about three times slower:
~14 s instead of ~5 s at 200 dpi), several pages at a time on multi-core machines. The command
name comes from pytesseract's `tesseract_cmd` when pytesseract is installed. A scan is often
turned a little: the page is first turned straight (`_straightened`: the angle within ±3° at
which its rows of ink stand sharpest), so that a table's rows stay apart. Tesseract gives the
page's text and its words' boxes in one run; the boxes are read for lists and tables as a text
page's words are (`ingest.scanned`).
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from insyn.errors import SourceError
from insyn.ingest.cleaning import join_hyphenation, lost_full_stop, normalise_whitespace, restore_full_stop, strip_running_lines
from insyn.ingest.layout import read_layout
from insyn.ingest.scanned import scanned_records
from insyn.types import Page, Record

__all__ = ["read_pdf", "pdf_title"]

_MIN_TEXT_CHARS = 20  # fewer non-space characters: try OCR; OCR must add at least as many
_OCR_TIMEOUT_S = 180
_SAME_COLUMN_PT = 6.0  # runs whose left edges are this close (in points) share a column

Warn = Callable[[str], None]


def _chars(text: str) -> int:
    """The number of non-space characters."""
    return len(text) - sum(c.isspace() for c in text)


def _open(data: bytes, name: str) -> Any:
    """A decrypted pypdf reader, or SourceError with a one-line reason."""
    import pypdf
    from pypdf.errors import DependencyError, PdfReadError

    if not data:
        raise SourceError(name, "empty file")
    if b"%PDF-" not in data[:1024]:
        start = data[:16].decode("utf-8", "replace")
        raise SourceError(name, f"not a PDF (starts with {start!r})")
    if b"%%EOF" not in data[-2048:]:
        raise SourceError(name, "not a readable PDF: truncated (no %%EOF at the end)")
    try:  # an encrypted PDF opens with the empty user password (AES needs `cryptography`)
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise SourceError(name, "encrypted PDF (password protected)")
        len(reader.pages)
    except SourceError:
        raise
    except DependencyError as exc:  # decryption is lazy: pypdf may need it anywhere above
        raise SourceError(name, f"encrypted PDF (cannot decrypt: {exc})") from exc
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            OSError, RecursionError, NotImplementedError) as exc:
        cause = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
        raise SourceError(name, f"not a readable PDF: {cause}") from exc
    return reader


def pdf_title(data: bytes) -> str | None:
    """The document title from the PDF metadata, if present and sensible, else None.

    "Microsoft Word - " prefixes and file extensions (".pdf", ".docx") are removed; empty,
    placeholder ("Untitled", "Dokument1") and file-name-like titles ("rapport_v2") give None.
    """
    try:
        reader = _open(data, "<pdf>")
        title = reader.metadata.title if reader.metadata else None
    except Exception:  # noqa: BLE001 - a title is optional; read_pdf reports the real error
        return None
    if not isinstance(title, str):
        return None
    title = re.sub(r"\s+", " ", title.replace("\x00", "")).strip()
    title = re.sub(r"^Microsoft (?:Word|PowerPoint|Excel) - ", "", title)
    title = re.sub(r"\.(?:pdf|docx?|indd|xlsx?|pptx?|odt|rtf)$", "", title, flags=re.I).strip()
    if len(title) < 3 or not re.search(r"[^\W\d_]{2}", title):
        return None
    if re.fullmatch(r"(?i)(untitled|namnlös|dokument\d*|document\d*|titel|title|rapport)", title):
        return None
    if " " not in title and re.search(r"[_\\/]", title):
        return None
    return title


# ---------------------------------------------------------------------------------------------
# Text extraction with column handling

@dataclass(frozen=True, slots=True)
class _Line:
    """One line of pypdf's text and where its first piece is drawn: (x, y, font size) in points,
    None for a blank line or one that starts with rotated text."""

    text: str
    at: tuple[float, float, float] | None


def _extract(page: Any) -> tuple[list[_Line], list[tuple[float, float, str]]]:
    """pypdf's default text as lines, and (x, y, text) of every piece of text drawn, in stream
    order. The visitor is called with every piece of the returned text, so the lines joined
    with newlines are pypdf's text exactly (if not, the text is one line that never moves)."""
    pieces: list[tuple[float, float, str]] = []
    texts: list[list[str]] = [[]]
    starts: list[tuple[float, float, float] | None | bool] = [None]  # False: not placeable

    def visit(text: str, cm: list[float], tm: list[float], _font: Any, size: float) -> None:
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        a, b = tm[0] * cm[0] + tm[1] * cm[2], tm[0] * cm[1] + tm[1] * cm[3]
        c, d = tm[2] * cm[0] + tm[3] * cm[2], tm[2] * cm[1] + tm[3] * cm[3]
        upright = a > 0 and d > 0 and abs(b) <= 1e-3 * a and abs(c) <= 1e-3 * d
        if text.strip():
            pieces.append((x, y, text))
        for n, part in enumerate(text.split("\n")):
            if n:
                texts.append([])
                starts.append(None)
            texts[-1].append(part)
            if part.strip() and starts[-1] is None:  # a part after a newline has no position
                starts[-1] = (x, y, size * d) if upright and n == 0 and size * d > 0 else False
    text = page.extract_text(visitor_text=visit)
    lines = [_Line("".join(t), at or None) for t, at in zip(texts, starts)]
    if "\n".join(line.text for line in lines) != text:  # not so in some pypdf version: keep it
        lines = [_Line(text, None)]
    return lines, pieces


@dataclass(frozen=True, slots=True)
class _Run:
    """Lines in stream order that go down the page in one font size: the leftmost start, the
    first and last baseline, the first line's size, and how many lines have a position (none:
    blank lines or rotated text, which never move)."""

    lines: tuple[_Line, ...]
    left: float
    top: float
    bottom: float
    size: float
    placed: int

    def under(self, other: _Run) -> bool:
        """Whether this run starts below the last line of `other`."""
        return not self.placed or self.top < other.bottom - 0.5 * self.size


def _runs(lines: list[_Line]) -> list[_Run]:
    """The lines cut into runs: a line higher up than the one before or in another font size
    (by more than 15 %) starts a new run. Blank lines stay with the line before; a line of
    rotated text is a run of its own."""
    groups: list[list[_Line]] = []
    last: tuple[float, float, float] | None = None
    for line in lines:
        if line.at:
            new = last is None or line.at[1] > last[1] + 0.5 * min(line.at[2], last[2]) or not (
                0.85 <= line.at[2] / last[2] <= 1 / 0.85)
            last = line.at
        else:
            new = bool(line.text.strip())
            last = None if new else last
        if new or not groups:
            groups.append([line])
        else:
            groups[-1].append(line)
    runs = []
    for group in groups:
        at = [line.at for line in group if line.at] or [(0.0, 0.0, 0.0)]
        runs.append(_Run(tuple(group), min(x for x, _, _ in at), at[0][1],
                         min(y for _, y, _ in at), at[0][2], sum(1 for line in group if line.at)))
    return runs


def _heading_spot(runs: list[_Run], order: list[int], r: int) -> int | None:
    """Where in `order` (the runs before r, in reading order) run r goes when it is a heading
    drawn after the text under it (the rules are in the module docstring), else None."""
    run = runs[r]
    column = [k for k in range(r)
              if runs[k].placed and abs(runs[k].left - run.left) <= _SAME_COLUMN_PT]
    if not run.placed or run.placed > 3 or not column:
        return None
    if not all(runs[k].under(run) for k in column):
        return None  # text of its column drawn before it is level with it or above it
    b = max(column, key=lambda k: (runs[k].top, -k))  # the highest run under it, first drawn
    below, at = runs[b], order.index(b)
    if run.size < 1.15 * below.size or run.bottom - below.top > 3 * run.size:
        return None
    if not all(runs[k].under(run) for k in order[at:]):
        return None  # it would go ahead of text level with it or above it
    if any(line.at and below.top < line.at[1] < run.bottom
           for other in runs for line in other.lines):
        return None  # other text comes between it and the run under it
    return at


def _reading_order(lines: list[_Line]) -> list[_Line]:
    """The lines with each heading drawn after the text under it moved above that text;
    everything else keeps pypdf's order."""
    runs = _runs(lines)
    order: list[int] = []
    for r in range(len(runs)):
        spot = _heading_spot(runs, order, r)
        order.insert(len(order) if spot is None else spot, r)
    return [line for r in order for line in runs[r].lines]


def _interleaved(pieces: list[tuple[float, float, str]], left: float, width: float) -> bool:
    """True if the page has two prose columns whose lines are drawn row by row, alternately.

    Strict on purpose, so that tables and label/value forms (one row = one line) stay as pypdf
    reads them: at least 8 rows with prose on both sides, each side starting at one x position
    on 80 % of them, lines filled to a similar length on both sides, and the stream switching
    sides at least 1.5 times per such row (column-by-column reading switches once a page).
    """
    if width <= 0 or not pieces:
        return False
    rows: dict[int, dict[str, Any]] = {}
    order: list[tuple[int, str]] = []
    for x, y, text in pieces:
        rel = (x - left) / width
        side = "L" if rel < 0.40 else "R" if 0.45 <= rel <= 0.8 else ""
        if side:
            row = rows.setdefault(round(y / 3), {"L": "", "R": "", "Lx": x, "Rx": None})
            if side == "R" and row["Rx"] is None:
                row["Rx"] = x
            row[side] += text
            order.append((round(y / 3), side))

    def prose(text: str) -> bool:
        text = text.strip()
        return len(text) >= 15 and sum(c.isalpha() for c in text) >= 0.6 * len(text)

    both = {key for key, row in rows.items() if prose(row["L"]) and prose(row["R"])}
    if len(both) < 8 or len(both) < 0.5 * len(rows):
        return False
    for side in ("L", "R"):
        starts = [round(rows[key][f"{side}x"] / 2) for key in both]
        if max(starts.count(s) for s in set(starts)) < 0.8 * len(both):
            return False
        lengths = sorted(len(rows[key][side].strip()) for key in both)
        full = lengths[int(0.9 * (len(lengths) - 1))]
        if sum(1 for n in lengths if n >= 0.7 * full) < 0.7 * len(lengths):
            return False
    sides = [side for key, side in order if key in both]
    switches = sum(1 for a, b in zip(sides, sides[1:]) if a != b)
    return switches >= 1.5 * len(both)


def _split_columns(layout: str) -> str:
    """Layout-mode text of a two-column page as left column, then right column."""
    lines = layout.split("\n")
    widest = max((len(line) for line in lines), default=0)
    filled = [line for line in lines if line.strip()]
    if widest < 20 or not filled:
        return layout
    middle = range(int(widest * 0.3), int(widest * 0.7))

    def used(c: int) -> int:
        return sum(1 for line in filled if c < len(line) and line[c] != " ")

    gutter = min(middle, key=lambda c: (used(c), abs(c - widest // 2)))
    out: list[str] = []
    left_col: list[str] = []
    right_col: list[str] = []

    def flush() -> None:
        out.extend(left_col + right_col)
        left_col.clear()
        right_col.clear()

    for line in lines:
        if gutter < len(line) and line[gutter] != " " and line[:gutter].strip():
            flush()
            out.append(line.strip())  # a full-width line closes the block above it
            continue
        left_col.append(line[:gutter].strip())
        right_col.append(line[gutter:].strip())
    flush()
    return "\n".join(out)


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def _without_running(records: list[Record], raw: str, stripped: str) -> list[Record]:
    """The page's layout records less the lists and tables read out of its running header or
    footer ("Styrdokument · Policy · Antagen av kommunfullmäktige 2026-02-23, § 19" read as a
    list at the middle dots): those whose every row stands inside a line `strip_running_lines`
    took off the page's text."""
    kept_lines = set(stripped.split("\n"))
    gone = [_squeezed(line) for line in raw.split("\n") if line.strip() and line not in kept_lines]
    if not gone:
        return records
    groups: dict[str | None, list[Record]] = {}
    for r in records:
        groups.setdefault(r.table, []).append(r)
    running = {table for table, rows in groups.items()
               if all(any(_squeezed(r.text) in line for line in gone) for r in rows)}
    return [r for r in records if r.table not in running]


def _page_text(page: Any) -> str:
    """Text of one page in reading order (see the module docstring on columns)."""
    lines, pieces = _extract(page)
    box = page.mediabox
    if _interleaved(pieces, float(box.left), float(box.width)):
        return _split_columns(page.extract_text(extraction_mode="layout"))
    return "\n".join(line.text for line in _reading_order(lines))


# ---------------------------------------------------------------------------------------------
# OCR

def _tesseract_cmd() -> str | None:
    """The tesseract executable if it is installed with the Swedish model, else None."""
    try:
        import pytesseract

        cmd = str(pytesseract.pytesseract.tesseract_cmd)
    except ImportError:
        cmd = "tesseract"
    path = shutil.which(cmd)
    if path is None:
        return None
    try:
        listed = subprocess.run([path, "--list-langs"], capture_output=True, text=True,
                                timeout=30, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    langs = {line.strip() for line in (listed.stdout + listed.stderr).splitlines()}
    return path if "swe" in langs else None


@dataclass(frozen=True, slots=True)
class Ocr:
    """Tesseract's reading of a page: its text, and its words' boxes (TSV, pixels at the dpi read)."""

    text: str
    tsv: str


def _ocr_png(cmd: str, png: bytes) -> Ocr:
    """Tesseract's Swedish reading of one PNG image (single-threaded, see module docstring)."""
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    with tempfile.TemporaryDirectory(prefix="insyn-ocr-") as tmp:
        base = os.path.join(tmp, "page")
        done = subprocess.run([cmd, "stdin", base, "-l", "swe", "txt", "tsv"], input=png, capture_output=True,
                              timeout=_OCR_TIMEOUT_S, env=env, check=False)
        if done.returncode != 0:
            raise RuntimeError(done.stderr.decode("utf-8", "replace").strip()[-200:])
        with open(base + ".txt", encoding="utf-8", errors="replace") as text, \
                open(base + ".tsv", encoding="utf-8", errors="replace") as tsv:
            return Ocr(text.read(), tsv.read())


_SKEW_DEGREES = 3.0  # the most a scan is looked at as turned
_SKEW_STEP = 0.1


def _straightened(image: Any) -> Any:
    """The page image turned straight: of the angles within ±`_SKEW_DEGREES`, the one at which
    the rows of ink across the page change most sharply from line to line (the rows of a
    turned page smear into each other), found on a third of the resolution."""
    import numpy as np
    from PIL import Image

    small = image.resize((max(1, image.width // 3), max(1, image.height // 3)))
    best, angle = -1.0, 0.0
    steps = round(_SKEW_DEGREES / _SKEW_STEP)
    for a in sorted((k * _SKEW_STEP for k in range(-steps, steps + 1)), key=abs):  # of angles alike, the smallest
        ink = (np.asarray(small.rotate(a, resample=Image.NEAREST, fillcolor=255)) < 128).sum(axis=1)
        sharp = float((np.diff(ink.astype(float)) ** 2).sum())
        if sharp > best * 1.01:
            best, angle = sharp, a
    if abs(angle) < _SKEW_STEP / 2:
        return image
    return image.rotate(angle, resample=Image.BICUBIC, fillcolor=255)


def _render(pdfium_doc: Any, index: int, dpi: float) -> Any:
    """A greyscale PIL image of page `index` (0-based) at `dpi`."""
    bitmap = pdfium_doc[index].render(scale=dpi / 72, grayscale=True)
    return bitmap.to_pil().convert("L")


def _ocr_pages(data: bytes, name: str, indices: list[int], dpi: int,
               warn: Warn) -> dict[int, Ocr]:
    """OCR readings of the given 0-based page indices that have something drawn on them."""
    try:
        import pypdfium2 as pdfium
    except ImportError:
        for i in indices:
            warn(f"{name} page {i + 1}: no text layer and OCR is unavailable "
                 "(install pypdfium2 to render pages)")
        return {}
    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        for i in indices:
            warn(f"{name} page {i + 1}: no text layer and the page cannot be rendered ({exc})")
        return {}
    try:
        drawn = [i for i in indices if _render(doc, i, 20).getextrema()[0] < 245]
        if not drawn:
            return {}
        cmd = _tesseract_cmd()
        if cmd is None:
            for i in drawn:
                warn(f"{name} page {i + 1}: no text layer and OCR is unavailable "
                     "(install tesseract-ocr tesseract-ocr-swe)")
            return {}
        images: dict[int, bytes] = {}
        for i in drawn:
            buffer = io.BytesIO()
            _straightened(_render(doc, i, dpi)).save(buffer, format="PNG")
            images[i] = buffer.getvalue()
    finally:
        doc.close()
    workers = max(1, min(4, os.cpu_count() or 1, len(images)))
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = {i: pool.submit(_ocr_png, cmd, png) for i, png in images.items()}
    texts: dict[int, Ocr] = {}
    for i, future in futures.items():
        try:
            texts[i] = future.result()
        except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
            warn(f"{name} page {i + 1}: OCR failed ({str(exc)[:120]})")
    return texts


# ---------------------------------------------------------------------------------------------

def read_pdf(data: bytes, name: str, *, ocr: bool = True, ocr_dpi: int = 200,
             on_warning: Callable[[str], None] | None = None, with_layout: bool = True) -> list[Page]:
    """The pages of a PDF as cleaned text, one `Page` per PDF page (1-based numbers).

    Pages without a text layer are OCR'd (`Page.ocr=True`) when `ocr` is set and tesseract
    with the Swedish model is installed; otherwise `on_warning` gets one line naming the file
    and page, and the page is returned with empty text. Raises `SourceError(name, reason)` for
    an empty, mislabelled, truncated, corrupt or password-protected file. With `with_layout`,
    each page also carries the lists and tables read from its word positions (`ingest.layout`).
    """
    warn: Warn = on_warning or (lambda _message: None)
    reader = _open(data, name)
    raw: list[str] = []
    for number, page in enumerate(reader.pages, start=1):
        try:
            raw.append(_page_text(page))
        except Exception as exc:  # noqa: BLE001 - one broken page must not lose the others
            warn(f"{name} page {number}: text could not be extracted ({str(exc)[:120]})")
            raw.append("")
    empty = [i for i, text in enumerate(raw) if _chars(text) < _MIN_TEXT_CHARS]
    scans: dict[int, str] = {}  # the OCR'd pages' word boxes, by 1-based number
    if empty and ocr:
        for i, read in _ocr_pages(data, name, empty, ocr_dpi, warn).items():
            if _chars(read.text) >= _chars(raw[i]) + _MIN_TEXT_CHARS:
                raw[i] = read.text
                scans[i + 1] = read.tsv
    elif empty:
        for i in empty:
            if not raw[i].strip():
                warn(f"{name} page {i + 1}: no text layer and OCR is switched off")
    stripped = strip_running_lines(raw)
    # a font without a Unicode full stop: the layout reader needs the stops to tell a heading or a
    # sentence from a table's cells; the page text keeps what the PDF says (restoring it there moved
    # chunk and section boundaries and cost retrieval on the held-out questions, docs/benchmarks.md)
    fix = restore_full_stop if lost_full_stop(raw) else None
    layout = read_layout(data, name, warn, fix) if with_layout else {}
    if with_layout and scans:
        try:
            layout |= scanned_records(scans, ocr_dpi)
        except Exception as exc:  # noqa: BLE001 - a layout failure must never stop the ingest
            warn(f"{name}: the scanned pages' layout could not be read, lists and tables from their text ({str(exc)[:100]})")
    layout = {n: _without_running(records, raw[n - 1], stripped[n - 1]) for n, records in layout.items()}
    return [
        Page(number=i + 1, text=normalise_whitespace(join_hyphenation(text)),
             ocr=i + 1 in scans, layout=None if i + 1 not in layout else tuple(layout[i + 1]),
             running=_taken_off(raw[i], text))
        for i, text in enumerate(stripped)
    ]


def _taken_off(raw: str, stripped: str) -> str:
    """The lines of a page that `strip_running_lines` took off (its running header and footer)."""
    kept = set(stripped.split("\n"))
    return "\n".join(line for line in raw.split("\n") if line.strip() and line not in kept)
