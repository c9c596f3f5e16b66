"""Find tables in the text of one section and parse their rows (pure, no I/O).

`find_tables(text)` runs the registered table parsers (`table_types.PARSERS`) in order; each
returns `TableSpan`s whose rows carry character offsets into `text`, typed `fields` and a
readable one-line `text`. A parser never sees lines an earlier parser claimed, so the order of
the registry is the precedence: specific layouts (uppdrag, delmål prognosis, indikator) before
the generic `ekonomi` detector. Adding a table type is one function appended to `PARSERS`.

Text outside tables (prose, headings, contents lists with or without dot leaders) yields nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

from insyn.types import Record


@dataclass(frozen=True, slots=True)
class RowSpan:
    """One table row: text[start:end] covers its cells; `text` is the row as one line."""

    start: int
    end: int
    fields: dict[str, str]
    text: str


@dataclass(frozen=True, slots=True)
class TableSpan:
    """One table: text[start:end] covers header and rows; `type` names the parser."""

    start: int
    end: int
    type: str
    rows: tuple[RowSpan, ...]


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the text with its offsets (`end` excludes the newline)."""

    start: int
    end: int
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()


Parser = Callable[[str, Sequence[Line]], list[TableSpan]]


def split_lines(text: str) -> list[Line]:
    """The lines of `text` with their character offsets."""
    out: list[Line] = []
    pos = 0
    for raw in text.split("\n"):
        out.append(Line(pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return out


def norm_ws(s: str) -> str:
    """Collapse whitespace to single spaces and strip."""
    return re.sub(r"\s+", " ", s).strip()


def join_lines(lines: Iterable[Line]) -> str:
    """Join line texts into one readable line (whitespace normalised)."""
    return norm_ws(" ".join(ln.text for ln in lines))


def find_tables(text: str) -> list[TableSpan]:
    """Every table found in `text` by the registered parsers, ordered by start offset."""
    from insyn.ingest.table_types import PARSERS  # registry lives with the parsers

    lines = split_lines(text)
    taken: list[tuple[int, int]] = []
    tables: list[TableSpan] = []
    for parse in PARSERS:
        free = [ln for ln in lines if not any(a <= ln.start < b for a, b in taken)]
        for t in parse(text, free):
            if t.rows and not any(t.start < b and a < t.end for a, b in taken):
                tables.append(t)
                taken.append((t.start, t.end))
    return sorted(tables, key=lambda t: t.start)


def records_from_tables(tables: Sequence[TableSpan], doc: str = "", section: str = "",
                        page_of: Callable[[int], int | None] | None = None) -> list[Record]:
    """The contract's `Record`s for parsed tables; `page_of(offset)` maps offsets to pages."""
    return [Record(type=t.type, doc=doc, page=page_of(r.start) if page_of else None,
                   section=section, fields=dict(r.fields), text=r.text)
            for t in tables for r in t.rows]
