"""`insyn ingest PATH... --ray [ADDRESS]`: the ingest as a Ray Data pipeline.

    job 1  files (path, sha256) -> map: read + parse_source     (tasks, retried on node loss)
                                -> flat_map: a row per document (or skip) and per chunk
                                -> write_parquet  <shards>/parsed/   (chunks, records, figures)
    driver read back, dedupe, check complete -> `docs`; respell OCR-damaged documents from the
           others' vocabulary (`_restore_damaged`: the one step that needs every document)
    job 2  read_parquet(parsed) -> map_batches(EmbedActor)      (actor pool, the model loaded once per actor)
                                -> write_parquet  <shards>/vectors/  (window vectors per chunk)
    driver read back, dedupe, check complete -> `vectors` -> write_index (FAISS, bm25s, SQLite, swap)

<shards> is `<index>.builds/.tmp-shards-<id>/`, removed at the end. Parsing, respelling,
chunking and the index build are the single-process functions of `insyn.index.build`
(`parse_source`, `_restore_damaged`, `passage_inputs`, `write_index`), so chunk ids, records,
figures and the index are the same as `insyn ingest` without `--ray`. Ray retries the tasks and restarts the actors of a
node that dies; a retried block can reach the shards twice, so rows are deduplicated by
(document, position, chunk id) and every document is checked to be complete before anything is
written. Whatever fails, the index link is only replaced by `write_index` at the very end: a
failed job leaves the old index serving.

Shard rows (one Parquet schema for all): `kind` ("doc", "chunk" or "skip"), `doc`, `ord` (the
chunk's position in its document, -1 otherwise), `id` (chunk id), `data` (JSON: the chunk's scalar
fields, the document row, or the skip reason), `records` and `figures` (JSON lists), `n_windows`
and `embedding` (the chunk's window vectors, float32 bytes, row-major).

The shard folder must be on a filesystem every node and the driver see (one machine, NFS); the
files are read by path on the workers, so they must be visible there too.
"""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
import time
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np

from insyn.errors import InsynError, SourceError
from insyn.index import folder, store
from insyn.index.build import (IngestReport, ParsedDoc, Progress, Warn, _fill_counts, _previous, _restore_damaged,
                               discover, parse_source, passage_inputs, write_index)
from insyn.index.embedder import Embedder
from insyn.settings import Settings
from insyn.types import Chunk, Figure, Kind, Record

EmbedderFactory = Callable[[], Embedder]
CHUNKS_PER_BATCH = 32  # chunks per embedding call (about 80 windows)


def default_embedder(settings: Settings, env: dict[str, str]) -> Embedder:
    """The embedder of `settings`, built on a worker after applying the driver's INSYN_* environment."""
    import os

    from insyn.index.embedder import load_embedder

    os.environ.update(env)
    return load_embedder(settings)


# ---- rows <-> dataclasses -------------------------------------------------------------------

def chunk_row(chunk: Chunk, ord_: int) -> dict[str, Any]:
    data = {"title": chunk.title, "page": chunk.page, "section": chunk.section, "kind": chunk.kind.value,
            "text": chunk.text, "offset": chunk.offset, "lang": chunk.lang, "search_text": chunk.search_text,
            "page_breaks": chunk.page_breaks}
    return {"kind": "chunk", "doc": chunk.doc, "ord": ord_, "id": chunk.id, "data": json.dumps(data, ensure_ascii=False),
            "records": json.dumps([r.to_dict() for r in chunk.records], ensure_ascii=False),
            "figures": json.dumps([f.to_dict() for f in chunk.figures], ensure_ascii=False)}


def chunk_of(doc: str, id_: str, data: str, records: str, figures: str) -> Chunk:
    d = json.loads(data)
    return Chunk(id=id_, doc=doc, title=d["title"], page=d["page"], section=d["section"], kind=Kind(d["kind"]),
                 text=d["text"], offset=d["offset"], lang=d["lang"], search_text=d["search_text"],
                 figures=tuple(Figure(**f) for f in json.loads(figures)),
                 records=tuple(Record(**{**r, "header": tuple(r.get("header", ()))}) for r in json.loads(records)),
                 page_breaks=tuple(tuple(b) for b in d.get("page_breaks", ())))


def _other_row(kind: str, doc: str, data: dict[str, Any]) -> dict[str, Any]:
    return {"kind": kind, "doc": doc, "ord": -1, "id": "", "data": json.dumps(data, ensure_ascii=False),
            "records": "[]", "figures": "[]"}


# ---- the pipeline's stages (module functions: they run on the workers) ----------------------

def parse_file(item: dict[str, Any], settings: Settings) -> dict[str, Any]:
    """Read and parse one file; a file that cannot be read becomes a `skip` row, not a failed job."""
    warnings: list[str] = []
    path = Path(item["path"])
    try:
        data = Path(item["abs"]).read_bytes()
        if hashlib.sha256(data).hexdigest() != item["sha"]:
            raise SourceError(path.name, "changed while it was being ingested")
        parsed = parse_source(path, data, item["sha"], settings, warnings.append)
    except SourceError as err:
        return {"doc": path.name, "error": f"skipped {err}", "warnings": warnings, "row": "", "chunks": []}
    except Exception as err:  # noqa: BLE001 - one odd file must not end a long job; it is reported
        return {"doc": path.name, "error": f"skipped {path.name}: {type(err).__name__}: {err}", "warnings": warnings,
                "row": "", "chunks": []}
    return {"doc": path.name, "error": "", "warnings": warnings, "row": json.dumps(asdict(parsed.row), ensure_ascii=False),
            "chunks": [json.dumps(chunk_row(c, i), ensure_ascii=False) for i, c in enumerate(parsed.chunks)]}


def explode(parsed: dict[str, Any]) -> list[dict[str, Any]]:
    """A parsed file as rows: its document (or skip) row, then one row per chunk."""
    if parsed["error"]:
        return [_other_row("skip", parsed["doc"], {"error": parsed["error"], "warnings": list(parsed["warnings"])})]
    row = json.loads(parsed["row"])
    row["warnings"] = list(parsed["warnings"])
    return [_other_row("doc", parsed["doc"], row), *(json.loads(c) for c in parsed["chunks"])]


class EmbedActor:
    """Embeds the windows of each chunk row; the model is loaded once, when the actor starts."""

    def __init__(self, factory: EmbedderFactory, search_text: dict[str, str] | None = None) -> None:
        self.embedder = factory()
        self.dim = self.embedder.dim  # loads the model now, not on the first batch
        self.search_text = search_text or {}  # chunk id -> respelled search_text (OCR-damaged documents)

    def __call__(self, batch: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        counts: list[int] = []
        inputs: list[str] = []
        for kind, doc, id_, data in zip(batch["kind"], batch["doc"], batch["id"], batch["data"]):
            if kind == "chunk":
                chunk = chunk_of(str(doc), str(id_), str(data), "[]", "[]")
                if chunk.id in self.search_text:
                    chunk = replace(chunk, search_text=self.search_text[chunk.id])
                windows = passage_inputs(chunk)
                inputs += windows
                counts.append(len(windows))
            else:
                counts.append(0)
        vectors = (self.embedder.encode_passages(inputs) if inputs else np.zeros((0, self.dim))).astype(np.float32)
        out, cursor = [], 0
        for n in counts:
            out.append(np.ascontiguousarray(vectors[cursor:cursor + n]).tobytes())
            cursor += n
        keep = {k: batch[k] for k in ("kind", "doc", "ord", "id")}
        return {**keep, "n_windows": np.array(counts, dtype=np.int64), "embedding": np.array(out, dtype=object)}


# ---- the driver -------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Model:
    """What write_index needs of the embedder (its name, dimension and engine), without loading it here."""

    name: str
    dim: int
    engine: str


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def parse_job(items: list[dict[str, Any]], settings: Settings, out: Path) -> None:
    """Ray Data job 1: files in, Parquet shards of document, skip and chunk rows out."""
    import ray

    ds = ray.data.from_items(items, override_num_blocks=max(1, len(items)))
    ds = ds.map(parse_file, fn_kwargs={"settings": settings})
    ds = ds.flat_map(explode)
    ds.write_parquet(str(out))


def embed_job(parsed: Path, factory: EmbedderFactory, search_text: dict[str, str], out: Path, actors: int,
              chunks_per_batch: int = CHUNKS_PER_BATCH) -> None:
    """Ray Data job 2: chunk rows in, the vectors of their windows out, on a pool of embedding actors."""
    import ray

    ds = ray.data.read_parquet(str(parsed), columns=["kind", "doc", "ord", "id", "data"])
    ds = ds.map_batches(EmbedActor, fn_constructor_kwargs={"factory": factory, "search_text": search_text},
                        batch_size=chunks_per_batch, batch_format="numpy",
                        compute=ray.data.ActorPoolStrategy(min_size=1, max_size=actors), num_cpus=1)
    ds.write_parquet(str(out))


def read_shards(shards: Path) -> list[dict[str, Any]]:
    import pyarrow.parquet as pq

    files = sorted(shards.rglob("*.parquet"))
    if not files:
        return []
    return [row for f in files for row in pq.read_table(f).to_pylist()]


@dataclass
class Parsed:
    docs: dict[str, ParsedDoc]
    skipped: dict[str, str]
    warnings: dict[str, list[str]]
    duplicates: int


def _dedupe(rows: list[dict[str, Any]]) -> tuple[dict[str, dict[int, dict[str, Any]]], int]:
    """Chunk rows by document and position; a row written twice (a retried task) is kept once."""
    out: dict[str, dict[int, dict[str, Any]]] = {}
    duplicates = 0
    for r in rows:
        if r["kind"] != "chunk":
            continue
        have = out.setdefault(r["doc"], {})
        if r["ord"] in have:
            if have[r["ord"]]["id"] != r["id"]:
                raise InsynError(f"internal: two different chunks at {r['doc']} #{r['ord']}")
            duplicates += 1
            continue
        have[r["ord"]] = r
    return out, duplicates


def _complete(doc: str, have: dict[int, dict[str, Any]], n: int, what: str) -> list[dict[str, Any]]:
    if sorted(have) != list(range(n)):
        raise InsynError(f"ray ingest: {doc} has {len(have)} of its {n} chunks in the {what} shards; "
                         "nothing was published, the old index is unchanged")
    return [have[i] for i in range(n)]


def assemble_docs(rows: list[dict[str, Any]]) -> Parsed:
    """Parsed shard rows -> the `docs` of index/build.ingest, deduplicated and checked complete."""
    doc_rows: dict[str, dict[str, Any]] = {}
    skipped: dict[str, str] = {}
    warnings: dict[str, list[str]] = {}
    chunks, duplicates = _dedupe(rows)
    for r in rows:
        if r["kind"] == "doc":
            duplicates += r["doc"] in doc_rows
            data = json.loads(r["data"])
            warnings[r["doc"]] = data.pop("warnings", [])
            doc_rows[r["doc"]] = data
        elif r["kind"] == "skip":
            data = json.loads(r["data"])
            skipped[r["doc"]], warnings[r["doc"]] = data["error"], data.get("warnings", [])
    extra = set(chunks) - set(doc_rows)
    if extra:
        raise InsynError(f"ray ingest: chunks without their document row: {sorted(extra)[:3]}")
    docs = {}
    for doc, data in doc_rows.items():
        ordered = _complete(doc, chunks.get(doc, {}), data["chunks"], "parsed")
        docs[doc] = ParsedDoc(store.DocumentRow(**data),
                              [chunk_of(doc, r["id"], r["data"], r["records"], r["figures"]) for r in ordered])
    return Parsed(docs, skipped, warnings, duplicates)


def assemble_vectors(rows: list[dict[str, Any]], docs: dict[str, ParsedDoc]) -> tuple[dict[str, np.ndarray], int]:
    """Vector shard rows -> `vectors` (each document's window vectors in order), checked against `docs`."""
    chunks, duplicates = _dedupe(rows)
    dim = next((len(r["embedding"]) // 4 // r["n_windows"] for have in chunks.values() for r in have.values()
                if r["n_windows"]), 1)
    vectors = {}
    for doc, parsed in docs.items():
        ordered = _complete(doc, chunks.get(doc, {}), len(parsed.chunks), "vector")
        for r, c in zip(ordered, parsed.chunks):
            if r["id"] != c.id or r["n_windows"] != len(passage_inputs(c)):
                raise InsynError(f"ray ingest: {doc} chunk {c.id} has {r['n_windows']} vectors for "
                                 f"{len(passage_inputs(c))} windows; nothing was published")
        blob = b"".join(r["embedding"] for r in ordered)
        vectors[doc] = np.frombuffer(blob, dtype=np.float32).reshape(-1, dim).copy()
    return vectors, duplicates


def _ray_job(what: str, job: Callable[[], None]) -> None:
    try:
        job()
    except Exception as err:  # a Ray job that gave up: one line, and the old index stays live
        first = (str(err).strip().splitlines() or [""])[0][:300]
        raise InsynError(f"ray ingest failed while {what} ({type(err).__name__}: {first}); "
                         "nothing was published, the old index is unchanged") from err


def ray_ingest(paths: list[Path], settings: Settings, address: str | None, warn: Warn,
               progress: Progress | None = None, *, embedder_factory: EmbedderFactory | None = None,
               actors: int | None = None, num_cpus: int = 2) -> IngestReport:
    """Ingest `paths` into `settings.index` on Ray; the same result as `insyn.index.build.ingest`.

    `address`: a Ray cluster (`auto`, `ray://...`, `host:port`); None starts a local Ray with
    `num_cpus`. `actors`: the most embedding actors (default: one per CPU of the cluster, less one).
    `embedder_factory`: builds the embedder on each actor (default: the one of `settings`).
    """
    import ray

    from insyn.cluster import connect, forwarded_env

    started = time.perf_counter()
    report = IngestReport(settings.index)
    files = discover(paths)
    old_docs, old_vectors = _previous(settings.index)
    items: list[dict[str, Any]] = []
    for i, path in enumerate(files):
        if progress:
            progress(f"hashing {path.name}", i, len(files))
        sha = _sha256(path)
        if path.name in old_docs and old_docs[path.name].row.sha256 == sha:
            report.unchanged.append(path.name)
        else:
            items.append({"path": str(path), "abs": str(path.resolve()), "sha": sha})
    factory = embedder_factory or partial(default_embedder, settings, forwarded_env())
    docs: dict[str, ParsedDoc] = dict(old_docs)
    vectors: dict[str, np.ndarray] = dict(old_vectors)
    if items:
        owned = connect(address, num_cpus)
        shards = folder.builds_dir(settings.index) / f".tmp-shards-{time.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:8]}"
        shards.mkdir(parents=True)
        try:
            ctx = ray.data.DataContext.get_current()
            ctx.enable_progress_bars = False
            ctx.enable_operator_progress_bars = False
            logging.getLogger("ray.data").setLevel(logging.WARNING)
            if progress:
                progress(f"ray: parsing {len(items)} files", 0, 3)
            _ray_job("parsing", lambda: parse_job(items, settings, shards / "parsed"))
            got = assemble_docs(read_shards(shards / "parsed"))
            for item in items:  # report in file order, as the single-process ingest does
                name = Path(item["path"]).name
                for message in got.warnings.get(name, []):
                    warn(message)
                if name in got.skipped:
                    warn(got.skipped[name])
                    report.skipped.append(name)
                elif name in got.docs:
                    docs[name] = got.docs[name]
                    vectors.pop(name, None)
                    report.added.append(name)
                else:
                    raise InsynError(f"ray ingest: {name} is missing from the shards; nothing was published")
            before = {c.id: c.search_text for name in report.added for c in docs[name].chunks}
            _restore_damaged(docs, report.added)
            respelled = {c.id: c.search_text for name in report.added for c in docs[name].chunks
                         if before.get(c.id) != c.search_text}
            if report.added:
                # one CPU is left to the other tasks, so an actor pool cannot take every CPU and stall
                n_actors = actors or max(1, int(ray.cluster_resources().get("CPU", 2)) - 1)
                if progress:
                    progress(f"ray: embedding on {n_actors} actors", 1, 3)
                _ray_job("embedding", lambda: embed_job(shards / "parsed", factory, respelled, shards / "vectors",
                                                        n_actors))
                fresh, _ = assemble_vectors(read_shards(shards / "vectors"), {n: docs[n] for n in report.added})
                vectors.update(fresh)
            if progress:
                progress("ray: shards read back", 2, 3)
        finally:
            shutil.rmtree(shards, ignore_errors=True)
            if owned:
                ray.shutdown()
    if not report.added and settings.index.exists() and len(docs) == len(old_docs):
        report.seconds = time.perf_counter() - started
        report.per_doc = {d: len(p.chunks) for d, p in docs.items()}
        return report
    made = factory() if embedder_factory else None
    name, engine = (made.name, made.engine) if made else _embedder_meta(settings)
    dim = next((v.shape[1] for v in vectors.values() if v.ndim == 2 and len(v)), None) or (made or factory()).dim
    report.build = write_index(settings, _Model(name, dim, engine), docs, vectors, progress)  # type: ignore[arg-type]
    _fill_counts(report, docs)
    report.seconds = time.perf_counter() - started
    return report


def _embedder_meta(settings: Settings) -> tuple[str, str]:
    """The embedder's name and engine as load_embedder would give them, without loading a model on
    the driver."""
    import os

    from insyn.index.embedder import FAKE_ENV, HashEmbedder

    if os.environ.get(FAKE_ENV, "").strip() == "1":
        return HashEmbedder().name, HashEmbedder().engine
    return settings.model_name(), settings.engine_name()
