"""Lists and tables of a scanned page, read from the word boxes OCR gives.

A page without a text layer is read by tesseract (`ingest.pdf`), whose plain text keeps a
table's rows but not its columns: a header "Nr Boende Platser Beläggning, % Kostnad per plats,
tkr" over "3 Oxbräckan 40 93,1 1 126 0,88" cannot be split into cells by its words alone.
Tesseract also gives every word's box (its TSV output); those boxes are read here the way the
layout reader reads a PDF's words (`layout.page_records`), through a page that has words and no
rules: a table by its columns' alignment, its header stacked over lines, lists by their markers.

A scan is often turned a little (0.5–1°); the page is turned straight before it is read
(`pdf._straightened`). Each word takes its line's top and bottom, as tesseract grouped the
line, so a row stays one line. Specks, creases and rules read as words ("..", "£", "|": no
letter or digit) are left out.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from statistics import median
from typing import Any

from insyn.ingest.layout import pages_records
from insyn.types import Record

_POINTS_PER_INCH = 72.0
_STRAY = "\"“”„'"  # a speck beside a word read as a quotation mark ("\"exkl.")
_WORD_PER_SIZE = 0.75  # a word's box against the type size it is set in (what a PDF word's "size" is)


@dataclass
class ScannedPage:
    """A scanned page as `layout.page_records` reads a pdfplumber page: its words with their
    boxes in points from the page's top left, no rules, no letters of their own."""

    words: list[dict[str, Any]]
    height: float
    width: float
    chars: list[dict[str, Any]] = field(default_factory=list)

    def extract_words(self, **_: Any) -> list[dict[str, Any]]:
        return [dict(w) for w in self.words]

    def find_tables(self) -> list[Any]:
        return []

    def close(self) -> None:
        pass


def words_of(tsv: str, dpi: float) -> tuple[list[dict[str, Any]], float, float]:
    """(words, page height, page width) in points from tesseract's TSV at `dpi`. Each word takes
    its line's top and bottom (the middle of its words' tops and bottoms: one tall word does
    not stretch the line), and the page's type size (`_type_size`)."""
    scale = _POINTS_PER_INCH / dpi
    height = width = 0.0
    lines: dict[tuple[str, str, str], list[tuple[float, float, float, float, str]]] = {}
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        try:
            level, left, top, w, h = (int(row[k]) for k in ("level", "left", "top", "width", "height"))
        except (KeyError, TypeError, ValueError):
            continue
        if level == 1:
            width, height = w * scale, h * scale
        elif level == 5 and _is_word(row.get("text") or ""):
            key = (row["block_num"], row["par_num"], row["line_num"])
            lines.setdefault(key, []).append((left * scale, (left + w) * scale, top * scale, (top + h) * scale,
                                              (row.get("text") or "").strip().strip(_STRAY)))
    size = _type_size([b - t for line in lines.values() for _, _, t, b, _ in line])
    words = []
    for line in lines.values():
        top, bottom = median(t for _, _, t, _, _ in line), median(b for _, _, _, b, _ in line)
        words += [{"text": text, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "size": size, "upright": True}
                  for x0, x1, _, _, text in line]
    return words, height, width


def _type_size(heights: list[float]) -> float:
    """The page's type size from its words' heights: a word's box runs from its tallest letter
    to its lowest, about `_WORD_PER_SIZE` of the size the type is set in."""
    return round(median(heights) / _WORD_PER_SIZE, 1) if heights else 10.0


def _is_word(text: str) -> bool:
    """Whether an OCR word is one: a letter or a digit in it, or a dash (a table's "no value").
    Specks, creases and rules read as "..", "£" or "|" are none. Tesseract's confidence does not
    tell: it is near 0 for figures it read right ("1 200,00", "4490,80")."""
    text = text.strip().strip(_STRAY)
    return bool(re.search(r"\w", text)) or text in ("–", "—", "-", "−")


def scanned_records(tsvs: dict[int, str], dpi: float) -> dict[int, list[Record]]:
    """Generic records per 1-based page number of the scanned pages' TSVs that hold a table
    (pages in order, so a table goes on over a break between two scanned pages as it does
    between text pages). A page of prose and lists is left to its text, which reads what OCR
    makes of a bullet ("e", "«") as one (`ingest.generic`)."""
    pages = []
    for number in sorted(tsvs):
        words, height, width = words_of(tsvs[number], dpi)
        if words:
            pages.append((number, ScannedPage(words, height or max(w["bottom"] for w in words), width)))
    return {n: records for n, records in pages_records(pages).items() if any(r.type == "table" for r in records)}
