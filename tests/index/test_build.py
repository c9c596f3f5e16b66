"""Tests for insyn.index.build.ingest: the index folder, incremental re-ingest, bad files, atomic swap."""

from __future__ import annotations

import json
import re
import os
import shutil
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import numpy as np
import pytest
from fpdf import FPDF

from insyn.errors import InsynError
from insyn.index import build as build_mod
from insyn.index import folder, store
from insyn.index.build import IngestReport, ingest
from insyn.index.embedder import HashEmbedder
from insyn.index.search import Index
from insyn.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "examples" / "corpus"
REALDOCS = Path(__file__).resolve().parents[3] / "shared" / "realdocs"
INSYN = ROOT / ".venv" / "bin" / "insyn"
DOCS = ["000_14dd89f663d29f12.txt", "002_b44e5d8e8ff73640.txt"]


def _pdf_bytes(text: str = "1 Inledning\n\nNämnden har granskat budgeten för året och lämnar sin bedömning här.",
               **encryption: str) -> bytes:
    pdf = FPDF()
    if encryption:
        pdf.set_encryption(**encryption)
    pdf.set_font("helvetica", size=11)
    pdf.add_page()
    pdf.multi_cell(180, 6, text)
    return bytes(pdf.output())


def _warnings() -> tuple[list[str], callable]:
    seen: list[str] = []
    return seen, seen.append


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, IngestReport]:
    """Sources (two corpus documents) and an index of them, built once; tests work on copies."""
    root = tmp_path_factory.mktemp("build-base")
    src = root / "src"
    src.mkdir()
    for name in DOCS:
        shutil.copy(CORPUS / name, src / name)
    warnings, warn = _warnings()
    report = ingest([src], Settings(index=root / "ix" / "index"), HashEmbedder(), warn)
    assert warnings == []
    return root, report


@pytest.fixture()
def work(base: tuple[Path, IngestReport], tmp_path: Path) -> tuple[Path, Settings]:
    """A private copy of the sources and the index (link and builds)."""
    root, _ = base
    shutil.copytree(root / "src", tmp_path / "src")
    shutil.copytree(root / "ix", tmp_path / "ix", symlinks=True)
    return tmp_path / "src", Settings(index=tmp_path / "ix" / "index")


# --- the index folder ----------------------------------------------------------------------------
def test_report_of_the_first_ingest(base: tuple[Path, IngestReport]) -> None:
    root, report = base
    assert report.added == DOCS and report.unchanged == [] and report.skipped == []
    assert report.build is not None and report.build.parent == root / "ix" / "index.builds"
    assert set(report.per_doc) == set(DOCS) and report.chunks == sum(report.per_doc.values())
    assert report.records > 0 and report.figures > 0


def test_manifest_fields(base: tuple[Path, IngestReport]) -> None:
    root, report = base
    live = folder.resolve(root / "ix" / "index")
    manifest = json.loads((live / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["schema_version"] == folder.SCHEMA_VERSION == 2
    assert manifest["model"] == {"name": "hash-256", "dim": 256, "engine": "hash"}
    assert manifest["counts"]["documents"] == 2
    assert manifest["counts"]["chunks"] == report.chunks
    assert manifest["counts"]["records"] == report.records
    assert manifest["counts"]["figures"] == report.figures
    assert manifest["counts"]["windows"] >= report.chunks
    assert time.strptime(manifest["built_at"], "%Y-%m-%dT%H:%M:%S%z")
    assert manifest["dense"]["kind"] == "flat" and manifest["dense"]["dim"] == 256
    sources = {s["doc"]: s for s in manifest["sources"]}
    assert set(sources) == set(DOCS)
    import hashlib

    for name in DOCS:
        data = (root / "src" / name).read_bytes()
        assert sources[name]["sha256"] == hashlib.sha256(data).hexdigest()
        assert sources[name]["chunks"] == report.per_doc[name]
        assert Path(sources[name]["path"]).name == name


def test_sqlite_database_is_queryable(base: tuple[Path, IngestReport]) -> None:
    root, report = base
    db = folder.resolve(root / "ix" / "index") / "insyn.db"
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"documents", "chunks", "records", "figures"} <= tables
    assert con.execute("SELECT COUNT(*) FROM chunks").fetchone()[0] == report.chunks
    assert con.execute("SELECT COUNT(*) FROM records").fetchone()[0] == report.records
    assert con.execute("SELECT COUNT(*) FROM figures").fetchone()[0] == report.figures
    docs = dict(con.execute("SELECT doc, title FROM documents"))
    assert docs == {DOCS[0]: "Nämndplan 2025 Regionstyrelsen", DOCS[1]: "Nämndplan 2025 Hälso- och sjukvårdsnämnden"}
    hyr = con.execute(
        "SELECT fields, section FROM records WHERE type='uppdrag' AND doc=? AND text LIKE 'Minska hyrberoendet%'",
        (DOCS[0],)).fetchall()
    assert len(hyr) == 1
    assert json.loads(hyr[0][0])["slutdatum"] == "2025-12-31"
    assert hyr[0][1] == "3 Uppdrag > 3.1 Uppdrag från fullmäktige till nämnd"
    # positions are 0..n-1 and every record and figure points at an existing chunk
    assert [r[0] for r in con.execute("SELECT pos FROM chunks ORDER BY pos")] == list(range(report.chunks))
    assert con.execute("SELECT COUNT(*) FROM records WHERE chunk_pos NOT IN (SELECT pos FROM chunks)").fetchone()[0] == 0
    assert con.execute("SELECT COUNT(*) FROM figures WHERE chunk_pos NOT IN (SELECT pos FROM chunks)").fetchone()[0] == 0
    con.close()


def test_no_pickles_anywhere(base: tuple[Path, IngestReport]) -> None:
    root, _ = base
    files = [p for p in (root / "ix").rglob("*") if p.is_file()]
    assert not [p for p in files if p.suffix in {".pkl", ".pickle", ".joblib"}]
    npys = [p for p in files if p.suffix == ".npy"]
    assert len(npys) >= 2
    for p in npys:
        arr = np.load(p, allow_pickle=False)
        assert arr.dtype != object
    live = folder.resolve(root / "ix" / "index")
    emb = np.load(live / folder.EMBEDDINGS, allow_pickle=False)
    owner = np.load(live / folder.WINDOW_OWNER, allow_pickle=False)
    assert emb.dtype == np.float32 and emb.shape[1] == 256 and len(owner) == len(emb)
    assert np.allclose(np.linalg.norm(emb, axis=1), 1.0, atol=1e-4)
    assert np.all(np.diff(owner) >= 0)  # windows of a chunk are contiguous, in chunk order


def test_index_is_a_symlink_to_a_complete_build(base: tuple[Path, IngestReport]) -> None:
    root, report = base
    index = root / "ix" / "index"
    assert index.is_symlink()
    target = index.resolve()
    assert target == report.build
    assert not target.name.startswith(".tmp-")
    assert (target / "manifest.json").is_file() and (target / "insyn.db").is_file()


# --- incremental re-ingest ------------------------------------------------------------------------
def test_reingest_unchanged_skips_and_keeps_the_build(work: tuple[Path, Settings]) -> None:
    src, settings = work
    before = settings.index.resolve()
    warnings, warn = _warnings()
    report = ingest([src], settings, HashEmbedder(), warn)
    assert report.unchanged == DOCS and report.added == [] and report.skipped == []
    assert report.build is None
    assert settings.index.resolve() == before
    assert warnings == []


def test_changing_one_file_replaces_only_that_document(work: tuple[Path, Settings]) -> None:
    src, settings = work
    old = Index.open(settings, HashEmbedder())
    old_chunks = {c.id: c for c in _all_chunks(old)}
    old_vectors = _vectors_by_doc(old)
    changed = src / DOCS[1]
    changed.write_text(changed.read_text(encoding="utf-8").replace("Minska hyrberoendet", "Minska beroendet av hyrpersonal"),
                       encoding="utf-8")
    report = ingest([src], settings, HashEmbedder(), print)
    assert report.added == [DOCS[1]] and report.unchanged == [DOCS[0]]
    new = Index.open(settings, HashEmbedder())
    assert new.build != old.build
    new_chunks = {c.id: c for c in _all_chunks(new)}
    kept = {i for i, c in old_chunks.items() if c.doc == DOCS[0]}
    assert kept == {i for i, c in new_chunks.items() if c.doc == DOCS[0]}
    assert np.array_equal(old_vectors[DOCS[0]], _vectors_by_doc(new)[DOCS[0]])
    texts = " ".join(c.text for c in new_chunks.values() if c.doc == DOCS[1])
    assert "Minska beroendet av hyrpersonal" in texts and "Minska hyrberoendet" not in texts
    assert "Minska hyrberoendet" in " ".join(c.text for c in new_chunks.values() if c.doc == DOCS[0])
    sha = {s["doc"]: s["sha256"] for s in new.manifest["sources"]}
    import hashlib

    assert sha[DOCS[1]] == hashlib.sha256(changed.read_bytes()).hexdigest()
    old.con.close()
    new.con.close()


def test_adding_a_file_keeps_the_others(work: tuple[Path, Settings], tmp_path: Path) -> None:
    _, settings = work
    extra = tmp_path / "extra.txt"
    extra.write_text("1 Inledning\nKulturnämnden i Simrishamns kommun har en budget på 12,5 miljoner kronor.\n",
                     encoding="utf-8")
    report = ingest([extra], settings, HashEmbedder(), print)
    assert report.added == ["extra.txt"]
    assert set(report.per_doc) == {*DOCS, "extra.txt"}
    index = Index.open(settings, HashEmbedder())
    assert set(index.documents) == {*DOCS, "extra.txt"}
    assert index.manifest["counts"]["documents"] == 3
    index.con.close()


def _all_chunks(index: Index) -> list:
    from insyn.index import store

    return list(store.iter_chunks(index.con))


def _vectors_by_doc(index: Index) -> dict[str, np.ndarray]:
    emb = np.load(index.build / folder.EMBEDDINGS)
    owner = np.load(index.build / folder.WINDOW_OWNER)
    doc_of_chunk = index._doc_of  # noqa: SLF001 - the chunk -> doc map the index keeps
    docs = doc_of_chunk[owner]
    return {d: emb[docs == d] for d in set(doc_of_chunk)}


# --- bad files --------------------------------------------------------------------------------------
@pytest.fixture()
def bad_folder(tmp_path: Path) -> Path:
    folder_ = tmp_path / "in"
    folder_.mkdir()
    good = _pdf_bytes()
    (folder_ / "bra.pdf").write_bytes(good)
    (folder_ / "trasig.pdf").write_bytes(good[: len(good) // 2])
    (folder_ / "krypterad.pdf").write_bytes(_pdf_bytes(owner_password="o", user_password="hemligt"))
    (folder_ / "tom.txt").write_bytes(b"")
    (folder_ / "binar.txt").write_bytes(bytes(range(256)) * 20)
    (folder_ / "text.txt").write_text("1 Inledning\nRegionen har en budget på 12 miljoner kronor för kultur.\n",
                                      encoding="utf-8")
    return folder_


BAD = ["binar.txt", "krypterad.pdf", "tom.txt", "trasig.pdf"]


def test_bad_files_are_reported_and_skipped(bad_folder: Path, tmp_path: Path) -> None:
    warnings, warn = _warnings()
    settings = Settings(index=tmp_path / "ix" / "index", ocr=False)
    report = ingest([bad_folder], settings, HashEmbedder(), warn)
    assert sorted(report.skipped) == BAD
    assert sorted(report.added) == ["bra.pdf", "text.txt"]
    for name in BAD:
        assert sum(name in w for w in warnings) == 1, (name, warnings)
    reasons = {name: next(w for w in warnings if name in w) for name in BAD}
    assert "empty" in reasons["tom.txt"]
    assert "binary" in reasons["binar.txt"]
    assert "encrypted" in reasons["krypterad.pdf"] or "password" in reasons["krypterad.pdf"]
    assert "truncated" in reasons["trasig.pdf"] or "not a readable PDF" in reasons["trasig.pdf"]
    index = Index.open(settings, HashEmbedder())
    assert set(index.documents) == {"bra.pdf", "text.txt"}
    assert index.documents["bra.pdf"].pages == 1
    index.con.close()


def test_missing_path_and_unsupported_type_raise(tmp_path: Path) -> None:
    settings = Settings(index=tmp_path / "ix" / "index")
    with pytest.raises(InsynError, match="no such file"):
        ingest([tmp_path / "finns-inte.pdf"], settings, HashEmbedder(), print)
    other = tmp_path / "tabell.xlsx"
    other.write_bytes(b"PK")
    with pytest.raises(InsynError, match="unsupported file type .xlsx"):
        ingest([other], settings, HashEmbedder(), print)
    assert not settings.index.exists()


def _cli_env(index: Path) -> dict[str, str]:
    return dict(os.environ, INSYN_FAKE_EMBEDDER="1", INSYN_INDEX=str(index), INSYN_OCR="false",
                HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1")


def test_cli_ingest_bad_files_exit_1_one_line_each(bad_folder: Path, tmp_path: Path) -> None:
    index = tmp_path / "cli" / "index"
    proc = subprocess.run([str(INSYN), "ingest", str(bad_folder)], env=_cli_env(index),
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == len(BAD), lines
    for name in BAD:
        assert sum(name in line for line in lines) == 1
    assert all(line.startswith("insyn: ") for line in lines)
    assert "Traceback" not in proc.stderr
    assert "2 ingested" in proc.stdout and "4 skipped" in proc.stdout
    assert index.is_symlink()


# --- atomic swap ------------------------------------------------------------------------------------
def test_reader_opened_before_reingest_keeps_its_build(work: tuple[Path, Settings]) -> None:
    src, settings = work
    reader = Index.open(settings, HashEmbedder())
    before_hits = [(h.chunk.id, round(h.score, 6)) for h in reader.search("Minska hyrberoendet", k=5)]
    changed = src / DOCS[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\n\nEtt nytt stycke om tandvården i länet.\n",
                       encoding="utf-8")
    report = ingest([src], settings, HashEmbedder(), print)
    assert report.added == [DOCS[0]]
    assert settings.index.resolve() == report.build != reader.build
    assert reader.build.is_dir()  # the previous build stays for readers still on it
    after_hits = [(h.chunk.id, round(h.score, 6)) for h in reader.search("Minska hyrberoendet", k=5)]
    assert after_hits == before_hits
    fresh = Index.open(settings, HashEmbedder())
    assert fresh.build == report.build
    assert any("tandvården i länet" in c.text for c in _all_chunks(fresh))
    reader.con.close()
    fresh.con.close()


def test_old_builds_are_pruned_to_two(work: tuple[Path, Settings]) -> None:
    src, settings = work
    for i in range(3):
        f = src / DOCS[1]
        f.write_text(f.read_text(encoding="utf-8") + f"\nTillägg nummer {i} om uppföljning.\n", encoding="utf-8")
        ingest([src], settings, HashEmbedder(), print)
    builds = [p for p in folder.builds_dir(settings.index).iterdir() if not p.name.startswith(".tmp-")]
    assert len(builds) == folder.KEEP_BUILDS
    assert settings.index.resolve() in builds


def test_failed_build_leaves_the_previous_index(work: tuple[Path, Settings], monkeypatch: pytest.MonkeyPatch) -> None:
    src, settings = work
    before = settings.index.resolve()
    n_before = len(Index.open(settings, HashEmbedder()))

    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full (simulated) while writing the lexical index")

    # halfway through write_index: the database and vectors are written, the lexical index is not
    monkeypatch.setattr(build_mod.LexicalIndex, "build", boom)
    (src / DOCS[0]).write_text("1 Inledning\nHelt ny text om kollektivtrafik och färdtjänst.\n", encoding="utf-8")
    with pytest.raises(RuntimeError, match="simulated"):
        ingest([src], settings, HashEmbedder(), print)
    assert settings.index.resolve() == before
    index = Index.open(settings, HashEmbedder())
    assert index.build == before and len(index) == n_before
    assert index.search("Minska hyrberoendet", k=3)
    # the half-written build is removed, never published (only a killed build leaves a .tmp- folder,
    # pruned a day later)
    leftovers = [p.name for p in folder.builds_dir(settings.index).iterdir() if p.name.startswith(".tmp-")]
    assert leftovers == []
    index.con.close()
    # and the next successful ingest works on top of the old index
    monkeypatch.undo()
    report = ingest([src], settings, HashEmbedder(), print)
    assert report.added == [DOCS[0]]


def test_failed_manifest_write_leaves_the_previous_index(work: tuple[Path, Settings],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    src, settings = work
    before = settings.index.resolve()

    def boom(*args: object, **kwargs: object) -> None:
        raise OSError("no space left on device (simulated)")

    monkeypatch.setattr(folder, "write_manifest", boom)
    (src / DOCS[1]).write_text("1 Inledning\nNy text om vårdcentraler.\n", encoding="utf-8")
    with pytest.raises(OSError, match="simulated"):
        ingest([src], settings, HashEmbedder(), print)
    assert settings.index.resolve() == before
    index = Index.open(settings, HashEmbedder())
    assert set(index.documents) == set(DOCS)
    index.con.close()


def test_killed_ingest_leaves_the_previous_index(work: tuple[Path, Settings]) -> None:
    if not any(REALDOCS.glob("*.pdf")):
        pytest.skip(f"{REALDOCS} is not available")
    _, settings = work
    before = settings.index.resolve()
    proc = subprocess.Popen([str(INSYN), "ingest", str(REALDOCS)], env=_cli_env(settings.index),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        time.sleep(1.5)
        assert proc.poll() is None, "ingest finished before it could be killed"
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    assert settings.index.is_symlink() and settings.index.resolve() == before
    index = Index.open(settings, HashEmbedder())
    assert set(index.documents) == set(DOCS)
    assert index.search("budget primärvård", k=3)
    index.con.close()


def test_reingest_with_another_model_rebuilds(work: tuple[Path, Settings]) -> None:
    src, settings = work
    report = ingest([src], settings, HashEmbedder(128), print)
    assert report.added == DOCS and report.unchanged == []
    index = Index.open(settings, HashEmbedder(128))
    assert index.manifest["model"] == {"name": "hash-128", "dim": 128, "engine": "hash"}
    index.con.close()


def test_pruning_keeps_the_newest_builds_even_within_one_second(tmp_path: Path) -> None:
    """Build names sort in build order: three builds published in the same second keep the
    last two (with second-resolution names the order among them was random)."""
    index = tmp_path / "index"
    published = []
    for _ in range(3):
        build = folder.new_build_folder(index)
        published.append(folder.publish(index, build))
    kept = sorted(p for p in folder.builds_dir(index).iterdir())
    assert kept == published[-2:] and index.resolve() == published[-1]


class CountingEmbedder(HashEmbedder):
    def __init__(self) -> None:
        super().__init__()
        self.passages = 0

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        self.passages += len(texts)
        return super().encode_passages(texts)


def test_identical_windows_embedded_once(tmp_path: Path) -> None:
    """A document ingested under two names: its windows are embedded once, both get the same vectors."""
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(CORPUS / DOCS[0], src / "a.txt")
    shutil.copy(CORPUS / DOCS[0], src / "b.txt")
    shutil.copy(CORPUS / DOCS[1], src / "c.txt")
    embedder = CountingEmbedder()
    report = ingest([src], Settings(index=tmp_path / "ix"), embedder, print)
    assert report.added == ["a.txt", "b.txt", "c.txt"]
    live = folder.resolve(tmp_path / "ix")
    owner, vectors = np.load(live / folder.WINDOW_OWNER), np.load(live / folder.EMBEDDINGS)
    con = store.connect(live / folder.DB)
    windows = [w for c in store.iter_chunks(con) for w in build_mod.passage_inputs(c)]
    con.close()
    assert len(windows) == len(owner) == len(vectors)
    assert embedder.passages == len(set(windows)) < len(windows)
    # each vector is its own window's, in the index's order, whether embedded or reused
    assert np.allclose(vectors, HashEmbedder().encode_passages(windows), atol=1e-6)


def test_windows_carry_the_title_the_top_heading_and_their_own() -> None:
    """A passage four headings deep (Regionplan's "3.3.2 MÅL: ..." under "3.3 Målområde 3:") is
    embedded under its document's title, its top heading and its own heading."""
    chunk = next(c for c in build_mod.parse_source(CORPUS / "003_07770689f2a04ec2.txt",
                                                   (CORPUS / "003_07770689f2a04ec2.txt").read_bytes(), "x",
                                                   Settings(), print).chunks
                 if c.section.count(" > ") >= 3)
    levels = chunk.section.split(" > ")
    windows = build_mod.passage_inputs(chunk)
    assert all(w.startswith(f"{chunk.title} > {levels[0]} > {levels[-1]}\n") for w in windows)
    assert not any(level in w.split("\n")[0] for w in windows for level in levels[1:-1])
    assert " ".join(w.split("\n", 1)[1] for w in windows).split() == chunk.text.split()


def test_progress_shows_chunks_per_second(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    for name in DOCS:
        shutil.copy(CORPUS / name, src / name)
    seen: list[tuple[str, int, int]] = []
    report = ingest([src], Settings(index=tmp_path / "ix"), HashEmbedder(), print,
                    progress=lambda what, done, total: seen.append((what, done, total)))
    embedding = [s for s in seen if s[0].startswith("embedding")]
    assert [s[0].split(":")[0] for s in embedding] == [f"embedding {name}" for name in DOCS]
    # the first document has no rate yet; the second reports the chunks of the first per second
    assert "chunks/s" not in embedding[0][0] and re.search(r", [\d.]+ chunks/s$", embedding[1][0])
    assert embedding[1][1] == report.per_doc[DOCS[0]]
