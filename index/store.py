"""The index's SQLite database: documents, chunks, records and figures.

A person can open it with `sqlite3 index/insyn.db` and check any row against its page.
Chunk positions (`pos`) are the row numbers of the dense and lexical indexes.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from insyn.types import Chunk, Figure, Kind, Record

SCHEMA = """
CREATE TABLE documents (
    doc TEXT PRIMARY KEY, title TEXT NOT NULL, path TEXT NOT NULL, sha256 TEXT NOT NULL,
    pages INTEGER, year INTEGER, region TEXT, organ TEXT, doc_type TEXT, chunks INTEGER NOT NULL
);
CREATE TABLE chunks (
    pos INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, doc TEXT NOT NULL REFERENCES documents(doc),
    title TEXT NOT NULL, page INTEGER, section TEXT NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL,
    search_text TEXT NOT NULL, lang TEXT NOT NULL, offset INTEGER NOT NULL, page_breaks TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE records (
    id INTEGER PRIMARY KEY, chunk_pos INTEGER NOT NULL REFERENCES chunks(pos), type TEXT NOT NULL,
    doc TEXT NOT NULL, page INTEGER, section TEXT NOT NULL, fields TEXT NOT NULL, text TEXT NOT NULL,
    tbl TEXT NOT NULL DEFAULT '', caption TEXT NOT NULL DEFAULT '', header TEXT NOT NULL DEFAULT '[]',
    parent TEXT NOT NULL DEFAULT ''
);
CREATE TABLE figures (
    id INTEGER PRIMARY KEY, chunk_pos INTEGER NOT NULL REFERENCES chunks(pos), value TEXT NOT NULL,
    unit TEXT NOT NULL, text TEXT NOT NULL, label TEXT NOT NULL, doc TEXT NOT NULL, page INTEGER
);
CREATE INDEX records_type ON records(type, doc);
CREATE INDEX figures_chunk ON figures(chunk_pos);
CREATE INDEX chunks_doc ON chunks(doc);
"""


@dataclass(frozen=True, slots=True)
class DocumentRow:
    doc: str
    title: str
    path: str
    sha256: str
    pages: int | None
    year: int | None
    region: str | None
    organ: str | None
    doc_type: str | None
    chunks: int


def create(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(path)
    con.executescript(SCHEMA)
    return con


def connect(path: Path) -> sqlite3.Connection:
    """Read-only connection, safe to share between threads."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    con.row_factory = sqlite3.Row
    return con


def write(con: sqlite3.Connection, docs: Iterable[DocumentRow], chunks: Iterable[Chunk]) -> None:
    con.executemany(
        "INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?)",
        [(d.doc, d.title, d.path, d.sha256, d.pages, d.year, d.region, d.organ, d.doc_type, d.chunks) for d in docs],
    )
    for pos, c in enumerate(chunks):
        con.execute(
            "INSERT INTO chunks VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (pos, c.id, c.doc, c.title, c.page, c.section, c.kind.value, c.text, c.search_text, c.lang, c.offset,
             json.dumps(c.page_breaks)),
        )
        con.executemany(
            "INSERT INTO records (chunk_pos, type, doc, page, section, fields, text, tbl, caption, header, parent)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [(pos, r.type, r.doc, r.page, r.section, json.dumps(r.fields, ensure_ascii=False), r.text, r.table,
              r.caption, json.dumps(list(r.header), ensure_ascii=False), r.parent) for r in c.records],
        )
        con.executemany(
            "INSERT INTO figures (chunk_pos, value, unit, text, label, doc, page) VALUES (?,?,?,?,?,?,?)",
            [(pos, json.dumps(f.value), f.unit, f.text, f.label, f.doc, f.page) for f in c.figures],
        )
    con.commit()


def _figure(row: sqlite3.Row) -> Figure:
    return Figure(json.loads(row["value"]), row["unit"], row["text"], row["label"], row["doc"], row["page"])


def _record(row: sqlite3.Row) -> Record:
    return Record(row["type"], row["doc"], row["page"], row["section"], json.loads(row["fields"]), row["text"],
                  row["tbl"], row["caption"], tuple(json.loads(row["header"])), row["parent"])


def load_chunks(con: sqlite3.Connection, positions: Iterable[int]) -> list[Chunk]:
    """The chunks at these positions, in the order asked, with their figures and records."""
    wanted = list(positions)
    if not wanted:
        return []
    marks = ",".join("?" * len(wanted))
    rows = {r["pos"]: r for r in con.execute(f"SELECT * FROM chunks WHERE pos IN ({marks})", wanted)}
    figs: dict[int, list[Figure]] = {}
    for r in con.execute(f"SELECT * FROM figures WHERE chunk_pos IN ({marks}) ORDER BY id", wanted):
        figs.setdefault(r["chunk_pos"], []).append(_figure(r))
    recs: dict[int, list[Record]] = {}
    for r in con.execute(f"SELECT * FROM records WHERE chunk_pos IN ({marks}) ORDER BY id", wanted):
        recs.setdefault(r["chunk_pos"], []).append(_record(r))
    return [
        Chunk(id=r["id"], doc=r["doc"], title=r["title"], page=r["page"], section=r["section"], kind=Kind(r["kind"]),
              text=r["text"], offset=r["offset"], lang=r["lang"], search_text=r["search_text"],
              figures=tuple(figs.get(p, ())), records=tuple(recs.get(p, ())),
              page_breaks=tuple(tuple(b) for b in json.loads(r["page_breaks"] if "page_breaks" in r.keys() else "[]")))
        for p in wanted if (r := rows.get(p)) is not None
    ]


def iter_chunks(con: sqlite3.Connection) -> Iterator[Chunk]:
    n = con.execute("SELECT COUNT(*) FROM chunks").fetchone()[0]
    for start in range(0, n, 500):
        yield from load_chunks(con, range(start, min(n, start + 500)))


def documents(con: sqlite3.Connection) -> list[DocumentRow]:
    return [DocumentRow(**dict(r)) for r in con.execute("SELECT * FROM documents ORDER BY doc")]


def records(con: sqlite3.Connection, type_: str | None = None, docs: Iterable[str] | None = None) -> list[tuple[int, Record]]:
    """(chunk position, record) pairs, optionally of one type and from some documents."""
    sql, args = "SELECT * FROM records WHERE 1=1", []
    if type_:
        sql += " AND type = ?"
        args.append(type_)
    doc_list = list(docs) if docs is not None else None
    if doc_list is not None:
        sql += f" AND doc IN ({','.join('?' * len(doc_list))})"
        args += doc_list
    return [(r["chunk_pos"], _record(r)) for r in con.execute(sql + " ORDER BY id", args)]


def record_types(con: sqlite3.Connection) -> list[str]:
    """The record types the index holds, sorted."""
    return [r[0] for r in con.execute("SELECT DISTINCT type FROM records ORDER BY type")]


def chunk_meta(con: sqlite3.Connection) -> list[tuple[str, str, str | None]]:
    """(doc, kind, lang) per position, for building filter masks."""
    return [(r[0], r[1], r[2]) for r in con.execute("SELECT doc, kind, lang FROM chunks ORDER BY pos")]
