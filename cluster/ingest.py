"""`insyn ingest PATH... --ray [ADDRESS]`: the ingest as a Ray Data pipeline.

    files (path, sha256) -> map: read + parse_source          (tasks, retried on node loss)
                         -> flat_map: one row per chunk, plus one row per document or skip
                         -> map_batches(EmbedActor)           (actor pool, the model loaded once per actor)
                         -> write_parquet shards              (<index>.builds/.tmp-shards-<id>/)
    driver: read the shards back -> the same `docs` / `vectors` as index/build.ingest -> write_index

Parsing, chunking and the index build are the single-process functions of `insyn.index.build`
(`parse_source`, `passage_inputs`, `write_index`), so chunk ids, records, figures and the index
are the same as `insyn ingest` without `--ray`. Ray retries the tasks and restarts the actors of a
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
from dataclasses import asdict, dataclass
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np

from insyn.errors import InsynError, SourceError
from insyn.index import folder, store
from insyn.index.build import (IngestReport, ParsedDoc, Progress, Warn, _fill_counts, _previous, discover,
                               parse_source, passage_inputs, write_index)
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
            "text": chunk.text, "offset": chunk.offset, "lang": chunk.lang, "search_text": chunk.search_text}
    return {"kind": "chunk", "doc": chunk.doc, "ord": ord_, "id": chunk.id, "data": json.dumps(data, ensure_ascii=False),
            "records": json.dumps([r.to_dict() for r in chunk.records], ensure_ascii=False),
            "figures": json.dumps([f.to_dict() for f in chunk.figures], ensure_ascii=False)}


def chunk_of(doc: str, id_: str, data: str, records: str, figures: str) -> Chunk:
    d = json.loads(data)
    return Chunk(id=id_, doc=doc, title=d["title"], page=d["page"], section=d["section"], kind=Kind(d["kind"]),
                 text=d["text"], offset=d["offset"], lang=d["lang"], search_text=d["search_text"],
                 figures=tuple(Figure(**f) for f in json.loads(figures)),
                 records=tuple(Record(**r) for r in json.loads(records)))


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

    def __init__(self, factory: EmbedderFactory) -> None:
        self.embedder = factory()
        self.dim = self.embedder.dim  # loads the model now, not on the first batch

    def __call__(self, batch: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        counts: list[int] = []
        inputs: list[str] = []
        for kind, doc, id_, data in zip(batch["kind"], batch["doc"], batch["id"], batch["data"]):
            if kind == "chunk":
                windows = passage_inputs(chunk_of(str(doc), str(id_), str(data), "[]", "[]"))
                inputs += windows
                counts.append(len(windows))
            else:
                counts.append(0)
        vectors = (self.embedder.encode_passages(inputs) if inputs else np.zeros((0, self.dim))).astype(np.float32)
        out, cursor = [], 0
        for n in counts:
            out.append(np.ascontiguousarray(vectors[cursor:cursor + n]).tobytes())
            cursor += n
        batch["n_windows"] = np.array(counts, dtype=np.int64)
        batch["embedding"] = np.array(out, dtype=object)
        return batch


# ---- the driver -------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Model:
    """What write_index needs of the embedder (its name and dimension), without loading it here."""

    name: str
    dim: int


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def run_pipeline(items: list[dict[str, Any]], settings: Settings, factory: EmbedderFactory, shards: Path,
                 actors: int, chunks_per_batch: int = CHUNKS_PER_BATCH) -> None:
    """The Ray Data job: files in, Parquet shards of documents, chunks and their vectors out."""
    import ray

    ds = ray.data.from_items(items, override_num_blocks=max(1, len(items)))
    ds = ds.map(parse_file, fn_kwargs={"settings": settings})
    ds = ds.flat_map(explode)
    ds = ds.map_batches(EmbedActor, fn_constructor_kwargs={"factory": factory}, batch_size=chunks_per_batch,
                        batch_format="numpy", compute=ray.data.ActorPoolStrategy(min_size=1, max_size=actors),
                        num_cpus=1)
    ds.write_parquet(str(shards))


def read_shards(shards: Path) -> list[dict[str, Any]]:
    import pyarrow.parquet as pq

    files = sorted(shards.rglob("*.parquet"))
    if not files:
        return []
    return [row for f in files for row in pq.read_table(f).to_pylist()]


@dataclass
class Assembled:
    docs: dict[str, ParsedDoc]
    vectors: dict[str, np.ndarray]
    skipped: dict[str, str]
    warnings: dict[str, list[str]]
    duplicates: int
    dim: int | None


def assemble(rows: list[dict[str, Any]]) -> Assembled:
    """Shard rows -> the `docs` and `vectors` of index/build.ingest, deduplicated and checked complete."""
    doc_rows: dict[str, dict[str, Any]] = {}
    skipped: dict[str, str] = {}
    warnings: dict[str, list[str]] = {}
    chunks: dict[str, dict[int, dict[str, Any]]] = {}
    duplicates = 0
    dim: int | None = None
    for r in rows:
        doc = r["doc"]
        if r["kind"] == "doc":
            duplicates += doc in doc_rows
            data = json.loads(r["data"])
            warnings[doc] = data.pop("warnings", [])
            doc_rows[doc] = data
        elif r["kind"] == "skip":
            data = json.loads(r["data"])
            skipped[doc], warnings[doc] = data["error"], data.get("warnings", [])
        else:
            have = chunks.setdefault(doc, {})
            if r["ord"] in have:
                if have[r["ord"]]["id"] != r["id"]:
                    raise InsynError(f"internal: two different chunks at {doc} #{r['ord']}")
                duplicates += 1
                continue
            have[r["ord"]] = r
            if r["n_windows"]:
                dim = len(r["embedding"]) // 4 // r["n_windows"]
    docs: dict[str, ParsedDoc] = {}
    vectors: dict[str, np.ndarray] = {}
    for doc, data in doc_rows.items():
        have = chunks.get(doc, {})
        if sorted(have) != list(range(data["chunks"])):
            raise InsynError(f"ray ingest: {doc} has {len(have)} of its {data['chunks']} chunks in the shards; "
                             "nothing was published, the old index is unchanged")
        ordered = [have[i] for i in range(data["chunks"])]
        parsed = [chunk_of(doc, r["id"], r["data"], r["records"], r["figures"]) for r in ordered]
        for r, c in zip(ordered, parsed):
            if r["n_windows"] != len(passage_inputs(c)):
                raise InsynError(f"ray ingest: {doc} chunk {c.id} has {r['n_windows']} vectors for "
                                 f"{len(passage_inputs(c))} windows; nothing was published")
        docs[doc] = ParsedDoc(store.DocumentRow(**data), parsed)
        blob = b"".join(r["embedding"] for r in ordered)
        vectors[doc] = np.frombuffer(blob, dtype=np.float32).reshape(-1, dim or 1).copy()
    extra = set(chunks) - set(doc_rows)
    if extra:
        raise InsynError(f"ray ingest: chunks without their document row: {sorted(extra)[:3]}")
    return Assembled(docs, vectors, skipped, warnings, duplicates, dim)


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
    dim: int | None = None
    if items:
        owned = connect(address, num_cpus)
        shards = folder.builds_dir(settings.index) / f".tmp-shards-{time.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:8]}"
        shards.mkdir(parents=True)
        try:
            ctx = ray.data.DataContext.get_current()
            ctx.enable_progress_bars = False
            ctx.enable_operator_progress_bars = False
            logging.getLogger("ray.data").setLevel(logging.WARNING)
            # one CPU is left to the parsing tasks, so an actor pool cannot take every CPU and stall
            n_actors = actors or max(1, int(ray.cluster_resources().get("CPU", 2)) - 1)
            if progress:
                progress(f"ray: parsing and embedding {len(items)} files", 0, len(items))
            try:
                run_pipeline(items, settings, factory, shards, n_actors)
            except Exception as err:  # a Ray job that gave up: one line, and the old index stays live
                first = (str(err).strip().splitlines() or [""])[0][:300]
                raise InsynError(f"ray ingest failed ({type(err).__name__}: {first}); "
                                 "nothing was published, the old index is unchanged") from err
            if progress:
                progress("ray: reading shards", len(items), len(items))
            got = assemble(read_shards(shards))
        finally:
            shutil.rmtree(shards, ignore_errors=True)
            if owned:
                ray.shutdown()
        dim = got.dim
        for item in items:  # report in file order, as the single-process ingest does
            name = Path(item["path"]).name
            for message in got.warnings.get(name, []):
                warn(message)
            if name in got.skipped:
                warn(got.skipped[name])
                report.skipped.append(name)
            elif name in got.docs:
                docs[name] = got.docs[name]
                vectors[name] = got.vectors[name]
                report.added.append(name)
            else:
                raise InsynError(f"ray ingest: {name} is missing from the shards; nothing was published")
    if not report.added and settings.index.exists() and len(docs) == len(old_docs):
        report.seconds = time.perf_counter() - started
        report.per_doc = {d: len(p.chunks) for d, p in docs.items()}
        return report
    embedder = factory() if embedder_factory else None
    name = embedder.name if embedder else _embedder_name(settings)
    if dim is None:  # no new vectors: take the dimension from the live index or the model
        dim = next((v.shape[1] for v in vectors.values() if v.ndim == 2 and len(v)), None) or factory().dim
    report.build = write_index(settings, _Model(name, dim), docs, vectors, progress)  # type: ignore[arg-type]
    _fill_counts(report, docs)
    report.seconds = time.perf_counter() - started
    return report


def _embedder_name(settings: Settings) -> str:
    """The embedder's name as load_embedder would give it, without loading a model on the driver."""
    import os

    from insyn.index.embedder import FAKE_ENV, HashEmbedder

    if os.environ.get(FAKE_ENV, "").strip() == "1":
        return HashEmbedder().name
    return settings.model_name()
