"""An action plan of a municipality no other test knows, drawn with fpdf2 as such plans are: a
title line and no metadata title, a ruled table of actions with a responsible unit and a year
to be done by. Its title names the document, and the table answers list questions filtered by
that year."""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF

from insyn.answer.engine import Engine
from insyn.contract import AskRequest
from insyn.index.build import ingest
from insyn.index.embedder import HashEmbedder
from insyn.settings import Settings

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
ACTIONS = [("Byta belysning i sporthallen till LED", "Fastighetsavdelningen", "2024"),
           ("Solceller på Ekbackaskolan", "Fastighetsavdelningen", "hösten 2025"),
           ("Laddstolpar vid kommunhuset", "Tekniska förvaltningen", "2024"),
           ("Klimatutbildning för alla chefer", "HR-avdelningen", "2025"),
           ("Byta tjänstebilar till elbilar", "Tekniska förvaltningen", "2026")]


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("plan")
    pdf = FPDF()
    pdf.add_font("D", "", FONT)
    pdf.add_page()
    pdf.set_font("D", "", 16)
    pdf.cell(0, 10, "Handlingsplan för klimat och energi 2024–2026", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("D", "", 10)
    pdf.multi_cell(0, 5, "Ekbacka kommun ska vara fossilfritt år 2035. Planen har en budget på 3,4 miljoner kronor "
                         "och antogs av kommunfullmäktige i Ekbacka kommun.", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 8, "3 Åtgärder", new_x="LMARGIN", new_y="NEXT")
    for row in [("Åtgärd", "Ansvarig", "Klart"), *ACTIONS]:
        for width, cell in zip((80, 55, 30), row):
            pdf.cell(width, 7, cell, border=1)
        pdf.ln(7)
    src = root / "ekbacka-klimatplan.pdf"
    pdf.output(str(src))
    settings = Settings(index=root / "ix" / "index")
    ingest([src], settings, HashEmbedder(), print)
    # the fake embedder's cosines over one small document stay under the real model's cut
    return Engine(settings.model_copy(update={"found_threshold": 0.0}), HashEmbedder())


def test_the_first_line_titles_a_plan_without_a_metadata_title(engine: Engine) -> None:
    (doc,) = engine.index().documents.values()
    assert (doc.title, doc.doc_type, doc.region) == ("Handlingsplan för klimat och energi 2024–2026", "handlingsplan",
                                                     "Ekbacka kommun")


@pytest.mark.parametrize(("q", "rows"), [
    ("Vilka åtgärder i klimatplanen ska vara klara 2024?", [0, 2]),
    ("Vilka åtgärder i klimatplanen ska vara klara senast 2025?", [0, 1, 2, 3]),
])
def test_a_year_filter_keeps_the_actions_due_that_year(engine: Engine, q: str, rows: list[int]) -> None:
    res = engine.ask(AskRequest(q=q))
    assert [r.text.split(" | ")[0] for r in res.records] == [ACTIONS[i][0] for i in rows]



