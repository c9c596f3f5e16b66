"""The shapes data has on its way through insyn: pages, figures, records and chunks.

Every stage takes and returns these frozen records, never loose dicts, so each figure and
each table row keeps its provenance (document, page, section) from parsing to the answer.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any


class Kind(StrEnum):
    text = "text"
    table = "table"


class Unit(StrEnum):
    """Normalised figure units (CONTRACT.md)."""

    mnkr = "mnkr"
    mdkr = "mdkr"
    tkr = "tkr"
    kr = "kr"
    procent = "procent"
    antal = "antal"
    datum = "datum"
    ar = "år"


@dataclass(frozen=True, slots=True)
class Figure:
    """A number, amount, share or date as written, with its normalised value and unit.

    `value` is a float, or an ISO `YYYY-MM-DD` string when `unit` is `datum`.
    """

    value: float | str
    unit: str
    text: str
    label: str
    doc: str = ""
    page: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Record:
    """One row of a table or one item of a list, with its fields.

    Typed rows (`uppdrag`, `indikator`, `delmal`, `ekonomi`) carry normalised fields; generic
    rows (`table`) carry their cells keyed by the column header, and list items (`list`) their
    text under `punkt`. `table` names the table or list within its document (rows of one
    table share it, also over a page break), `caption` is its caption or the heading above
    it, `header` its column names, `parent` the text of the item a nested item belongs to.
    """

    type: str
    doc: str
    page: int | None
    section: str
    fields: dict[str, str]
    text: str
    table: str = ""
    caption: str = ""
    header: tuple[str, ...] = ()
    parent: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type, "doc": self.doc, "page": self.page, "section": self.section,
                "fields": dict(self.fields), "text": self.text, "table": self.table,
                "caption": self.caption, "header": list(self.header), "parent": self.parent}


@dataclass(frozen=True, slots=True)
class Page:
    """One page of a source as text. `number` is 1-based, None for text without page breaks."""

    number: int | None
    text: str
    ocr: bool = False
    layout: tuple[Record, ...] | None = None  # lists and tables read from word positions; None: not read
    running: str = ""  # the running header and footer lines taken off the page ("Harvstena kommun | Sida 2")


@dataclass(frozen=True, slots=True)
class Chunk:
    """A passage of at most `max_chars` characters with its provenance.

    `id` is a hash of doc + page + offset + text, so it is stable across re-ingests.
    `text` quotes the source; `search_text` is what the lexical index sees (OCR repaired).
    """

    id: str
    doc: str
    title: str
    page: int | None
    section: str
    kind: Kind
    text: str
    offset: int = 0
    lang: str = "sv"
    search_text: str = ""
    figures: tuple[Figure, ...] = field(default_factory=tuple)
    records: tuple[Record, ...] = field(default_factory=tuple)
    page_breaks: tuple[tuple[int, int], ...] = field(default_factory=tuple)  # (offset in `text`, page) where a later page begins

    def page_at(self, offset: int) -> int | None:
        """The page that the character at `offset` of `text` stands on."""
        page = self.page
        for at, number in self.page_breaks:
            if at > offset:
                break
            page = number
        return page

    @staticmethod
    def make_id(doc: str, page: int | None, offset: int, text: str) -> str:
        key = f"{doc}\x00{page}\x00{offset}\x00{text}".encode()
        return hashlib.sha256(key).hexdigest()[:16]
