"""The public shapes of CONTRACT.md as pydantic models: one definition for API, CLI and eval."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, field_validator

from insyn.types import Chunk, Figure, Kind, Record


class FigureOut(BaseModel):
    value: float | str = Field(description="number, or ISO date YYYY-MM-DD when unit is 'datum'")
    unit: str = Field(description="mnkr, mdkr, tkr, kr, procent, antal, datum, år, or the word as written")
    text: str = Field(description="the figure as written in the source")
    label: str = Field(description="the row or phrase the figure belongs to")
    doc: str
    page: int | None

    @classmethod
    def of(cls, f: Figure) -> FigureOut:
        return cls(value=f.value, unit=f.unit, text=f.text, label=f.label, doc=f.doc, page=f.page)


class SourceOut(BaseModel):
    doc: str
    page: int | None


class RecordOut(BaseModel):
    type: str = Field(description="list, table (generic rows), or uppdrag, indikator, delmal, ekonomi")
    doc: str
    page: int | None
    section: str
    fields: dict[str, str]
    text: str = Field(description="the row as one readable line")
    table: str = Field("", description="the table or list the row belongs to, unique within its document")
    caption: str = Field("", description="the table's caption or the heading above the list")
    header: list[str] = Field(default_factory=list, description="the table's column names")
    parent: str = Field("", description="for a nested list item, the text of the item it belongs to")
    sources: list[SourceOut] = Field(default_factory=list, description="every document and page the row stands in "
                                     "(a row repeated in two documents is listed once)")

    @classmethod
    def of(cls, r: Record, sources: tuple[tuple[str, int | None], ...] = ()) -> RecordOut:
        return cls(type=r.type, doc=r.doc, page=r.page, section=r.section, fields=dict(r.fields), text=r.text,
                   table=r.table, caption=r.caption, header=list(r.header), parent=r.parent,
                   sources=[SourceOut(doc=d, page=p) for d, p in sources])


class HitOut(BaseModel):
    id: str
    doc: str = Field(description="source file name as ingested")
    title: str
    page: int | None = Field(description="1-based PDF page of the passage's sentence that best matches the query "
                                         "(where the passage starts when none does); null for plain text")
    start_page: int | None = Field(None, description="1-based PDF page where the passage starts")
    section: str = Field(description="heading path, e.g. '3 Uppdrag > 3.1 Uppdrag från fullmäktige till nämnd'")
    kind: Kind
    text: str = Field(description="the passage as written, at most 1,200 characters")
    score: float
    figures: list[FigureOut]
    repaired: str | None = Field(None, description="OCR-repaired text used for matching, when it differs")

    @classmethod
    def of(cls, chunk: Chunk, score: float, page: int | None = None) -> HitOut:
        return cls(id=chunk.id, doc=chunk.doc, title=chunk.title, page=page if page is not None else chunk.page,
                   start_page=chunk.page, section=chunk.section,
                   kind=chunk.kind, text=chunk.text, score=round(float(score), 4),
                   figures=[FigureOut.of(f) for f in chunk.figures], repaired=chunk.search_text or None)


class SearchResponse(BaseModel):
    query: str
    lang: str
    hits: list[HitOut]


class AskResponse(BaseModel):
    query: str
    lang: str
    found: bool
    answer: str
    intent: str = Field(description="list, figure or passage")
    figures: list[FigureOut]
    records: list[RecordOut]
    citations: list[HitOut]


class ErrorBody(BaseModel):
    code: str
    message: str


class ErrorResponse(BaseModel):
    error: ErrorBody


Query = Annotated[str, Field(min_length=1, description="the question, in Swedish or English")]


def _blank_allowed(schema: dict) -> None:
    """The schema of a filter also admits a blank string, which means no filter."""
    schema.setdefault("anyOf", []).append({"type": "string", "pattern": r"^\s*$"})


class SearchRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    q: Query
    k: int = Field(10, ge=1, le=50)
    doc: str | None = None
    year: int | None = Field(None, ge=1900, le=2100, json_schema_extra=_blank_allowed)
    region: str | None = None
    organ: str | None = None
    kind: Kind | None = Field(None, json_schema_extra=_blank_allowed)

    @field_validator("doc", "year", "region", "organ", "kind", mode="before")
    @classmethod
    def _empty_is_no_filter(cls, value: object) -> object:
        """`&doc=&year=` (a template sent as it is) filters nothing."""
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("k", "year", mode="before")
    @classmethod
    def _no_bool_for_number(cls, value: object) -> object:
        if isinstance(value, bool):  # JSON true would otherwise be taken as 1
            raise ValueError(f"must be a number, not {str(value).lower()}")
        return value


class AskRequest(SearchRequest):
    k: int = Field(5, ge=1, le=50)
