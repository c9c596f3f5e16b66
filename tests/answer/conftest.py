"""Indexes of examples/corpus for the answer tests: one with the fake embedder, one with the real model.

Both live at fixed places under the session's base temp folder, so other test folders that build
the same index there (tests/eval/conftest.py) reuse it: a second `ingest` of unchanged files is a no-op.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from fpdf import FPDF

from insyn.answer.engine import Engine
from insyn.index.build import ingest
from insyn.errors import InsynError
from insyn.index.embedder import FAKE_ENV, Embedder, HashEmbedder, load_embedder
from insyn.settings import Settings

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"


@pytest.fixture(scope="session")
def fake_corpus_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """A read-only index of the corpus built with HashEmbedder."""
    settings = Settings(index=tmp_path_factory.getbasetemp() / "fake-corpus" / "index")
    settings.index.parent.mkdir(parents=True, exist_ok=True)
    ingest([CORPUS], settings, HashEmbedder(), print)
    return settings


@pytest.fixture(scope="session")
def real_corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Settings, Embedder]:
    """A read-only index of the corpus built with the real embedded model, and that model
    (skips when the model is not built: `insyn model build`)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.delenv(FAKE_ENV, raising=False)  # another folder's fixture may have set it for the session
        try:
            embedder = load_embedder(Settings())
        except InsynError as err:
            pytest.skip(str(err))
    assert not isinstance(embedder, HashEmbedder)
    settings = Settings(index=tmp_path_factory.getbasetemp() / "real-corpus" / "index")
    settings.index.parent.mkdir(parents=True, exist_ok=True)
    ingest([CORPUS], settings, embedder, print)
    return settings, embedder


FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


@pytest.fixture(scope="session")
def drawn_plan() -> Callable[..., Engine]:
    """`plan_engine`, for the tests of generated plans."""
    return plan_engine


def plan_engine(root: Path, name: str, title: str, intro: str,
                tables: list[tuple[str, tuple[float, ...], list[tuple[str, ...]], float]]) -> Engine:
    """An engine over one plan drawn with fpdf2 as municipalities draw them: a title line (no
    metadata title), a paragraph, and ruled tables, each (caption, column widths, rows with the
    header first, font size) under its caption; indexed with the fake embedder, whose cosines
    over one small document stay under the real model's cut, so no cut applies."""
    pdf = FPDF()
    pdf.add_font("D", "", FONT)
    pdf.add_page()
    pdf.set_font("D", "", 16)
    pdf.cell(0, 10, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("D", "", 10)
    pdf.multi_cell(0, 5, intro, new_x="LMARGIN", new_y="NEXT")
    for caption, widths, rows, size in tables:
        pdf.set_font("D", "", 10)
        pdf.cell(0, 8, caption, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("D", "", size)
        for row in rows:
            for width, cell in zip(widths, row):
                pdf.cell(width, 7, cell, border=1)
            pdf.ln(7)
        pdf.ln(6)
    src = root / name
    pdf.output(str(src))
    settings = Settings(index=root / "ix" / "index")
    ingest([src], settings, HashEmbedder(), print)
    return Engine(settings.model_copy(update={"found_threshold": 0.0}), HashEmbedder())
