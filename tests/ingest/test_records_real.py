"""Generic list and table records on real pages, against counts taken by hand from the
rendered pages: seed corpus (examples/corpus), ../shared/devdocs and ../shared/realdocs.

Each case names a document, a page, a phrase every counted item or row contains (or the
caption above it) and the number of items a reader counts on that page."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from insyn.ingest.chunking import chunk_document
from insyn.ingest.pdf import read_pdf
from insyn.ingest.text import read_text
from insyn.types import Chunk, Record

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "examples" / "corpus"
SHARED = next((p for p in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if p.is_dir()), ROOT.parent / "shared")


@lru_cache(maxsize=None)
def _chunks(path: str) -> tuple[Chunk, ...]:
    p = Path(path)
    if not p.exists():
        pytest.skip(f"{p} missing")
    data = p.read_bytes()
    pages = read_pdf(data, p.name, ocr=False) if p.suffix == ".pdf" else read_text(data, p.name)
    return tuple(chunk_document(pages, p.name, p.name))


def _records(path: str) -> tuple[Record, ...]:
    return tuple(r for c in _chunks(path) for r in c.records)


# (document, page, type, phrase of the caption, items on the page under that caption, [some items])
LISTS = [
    ("devdocs/karlshamn-it-informationssakerhetspolicy-2018.pdf", 1, "list", "De övergripande mål", 4,
     ["att kommunen använder sina resurser effektivt, och"]),
    ("devdocs/linkoping-va-taxa-2026.pdf", 4, "list", "Exempel på sådana byggnader", 20,
     ["Hamn", "Kyrkogård", "Kontor", "Sporthallar", "Shoppingcentrum"]),
    ("devdocs/linkoping-va-taxa-2026.pdf", 14, "table", "skyldighet vattentillförseln", 7,
     ["Nedtagning av vattenmätare | 1 444 kr", "Förgävesbesök | 1 444 kr"]),
    ("devdocs/linkoping-va-taxa-2026.pdf", 5, "table", "§ 4.1 Avgift tas ut", 4, ["S, spillvatten | Ja | Ja"]),
    ("devdocs/skolverket-sarskilt-stod-statistik-2025.pdf", 5, "list", "särskilt stöd", 5,
     ["enskild undervisning", "annan undervisning"]),
    ("devdocs/skolverket-sarskilt-stod-statistik-2025.pdf", 8, "list", "klassificerat som en av fem", 5,
     ["Områdestyp 3 – socioekonomiskt blandade områden"]),
    ("devdocs/skolverket-sarskilt-stod-statistik-2025.pdf", 8, "table", "Tabell 1. Antal elever", 10,
     ["Årskurs 8 | 126 506 | 61 612 | 64 894", "Samtliga | 1 098 792 | 535 569 | 563 223"]),
    ("realdocs/goteborg-granskning-va-avgifter-2024.pdf", 1, "list", "Följande rekommendationer", 10,
     ["Kommunstyrelsen rekommenderas att säkerställa en samlad uppsikt av va-verksamhetens ekonomi"]),
    ("realdocs/goteborg-granskning-va-avgifter-2024.pdf", 4, "list", "Utifrån granskningen lämnar vi", 8,
     ["Revisionskontoret rekommenderar Gryaab AB att säkerställa att vattentjänstlagen följs"]),  # not the page's footer
    ("realdocs/goteborg-intraservice-delarsrapport-2026-03.pdf", 20, "list", "Ingående delar i arbetet avser", 6,
     ["Skydd mot skadlig kod", "Förstärkning skalskydd datahall"]),
    ("realdocs/goteborg-revisionsberattelse-2024.pdf", 17, "list", "Utifrån årets granskning", 6,
     ["Nämnden rekommenderas att förtydliga rektorernas och de biträdande rektorernas olika roller."]),
    ("realdocs/goteborg-revisionsberattelse-2024.pdf", 17, "list", "Följande rekommendation kvarstår", 4, []),
    ("realdocs/goteborg-revisionsberattelse-2024.pdf", 17, "list", "Den grundläggande granskningen", 3,
     ["Har nämnden genomfört sitt uppdrag på ett ändamålsenligt sätt?"]),
    ("realdocs/goteborg-stadsrevisionen-arsredogorelse-2022.pdf", 43, "table", "Utfall per 2022-12-31", 9,
     ["Periodens resultat | -584 | -500 | 739"]),
    ("realdocs/goteborg-stadsrevisionen-arsredogorelse-2022.pdf", 45, "table", "Antal anställda", 5,
     ["Timavlönade | 1 | 1 | 1"]),
    ("realdocs/simrishamn-kfn-arsbokslut-2025.pdf", 18, "table", "Entreprenader & rättstvister", 3,
     ["Sankt Olofs IF | Sankt Olofsbadet"]),
    ("corpus/000_14dd89f663d29f12.txt", None, "list", "Prioriterade fokusområden", 6,
     ["Civil beredskap: Målet är att stärka förmågan till civilt försvar."]),
    ("corpus/003_07770689f2a04ec2.txt", None, "list", "Grundprinciperna för styrning", 5,
     ["Faktabaserade och finansierade beslut"]),
    ("corpus/002_b44e5d8e8ff73640.txt", None, "list", "kan sammanfattas i följande områden", 4,  # "Term – ..."
     ["Minskat hyrberoende – målsättningen med arbetet", "Universitetssjukhuset – fortsatt fokus"]),
    ("corpus/003_07770689f2a04ec2.txt", None, "list", "Exempel:", 4,
     ["En kronas förändrad utdebitering = drygt 600 miljoner kronor"]),
]


def _path(doc: str) -> str:
    kind, name = doc.split("/", 1)
    return str(CORPUS / name if kind == "corpus" else SHARED / kind / name)


@pytest.mark.parametrize(("doc", "page", "type_", "caption", "count", "some"), LISTS,
                         ids=[f"{d.split('/')[-1][:24]}-p{p}-{c[:16]}" for d, p, _, c, _, _ in LISTS])
def test_hand_counted_lists_and_tables(doc: str, page: int | None, type_: str, caption: str, count: int,
                                       some: list[str]) -> None:
    found = [r for r in _records(_path(doc)) if r.type == type_ and r.page == page and caption in r.caption]
    assert len(found) == count, [r.text[:60] for r in found]
    texts = [r.text for r in found]
    assert all(any(s == t or t.startswith(s) for t in texts) for s in some), texts
    assert all(r.doc == Path(doc).name and r.section is not None for r in found)


def test_a_list_laid_out_in_two_columns_is_one_list() -> None:
    recs = [r for r in _records(_path("devdocs/linkoping-va-taxa-2026.pdf")) if r.type == "list" and r.page == 4]
    by_list: dict[str, list[str]] = {}
    for r in recs:
        by_list.setdefault(r.table, []).append(r.text)
    assert sorted(len(v) for v in by_list.values()) == [8, 12]  # counted by hand on page 4
    assert ["Kontor", "Butiker", "Hotell", "Industri", "Skola", "Shoppingcentrum", "Utställningslokaler",
            "Restauranger", "Lagerbyggnader", "Sjukvårdslokal", "Serverhallar", "Sporthallar"] in by_list.values()


def test_a_full_stop_drawn_without_unicode_is_restored() -> None:
    pages = read_pdf(Path(_path("devdocs/linkoping-va-taxa-2026.pdf")).read_bytes(), "linkoping-va-taxa-2026.pdf")
    assert not any(r.type == "table" and "\ufffd" in r.text for p in pages for r in p.layout or ())
    assert not any(r.type == "table" and "§ 2 Avgiftstyper" in r.header for p in pages for r in p.layout or ())


def test_att_lists_of_duties_per_body() -> None:
    recs = [r for r in _records(_path("devdocs/karlshamn-it-informationssakerhetspolicy-2018.pdf"))
            if r.type == "list" and r.page == 2]
    sizes = {}
    for r in recs:
        sizes[r.table] = sizes.get(r.table, 0) + 1
    assert list(sizes.values()) == [4, 2, 3]
    assert all(r.text.startswith("att ") for r in recs)


def test_table_rows_keyed_by_stacked_header() -> None:
    rows = [r for r in _records(_path("realdocs/goteborg-intraservice-delarsrapport-2026-03.pdf"))
            if r.type == "table" and r.page == 19 and r.caption.startswith("3.1.1.1")]
    assert rows and rows[0].header[:4] == ("Yrkesgrupp (AID)", "Ack åa helår 2024", "Ack åa helår 2025",
                                           "Förändring åa 2024/2025")
    admin = next(r for r in rows if r.fields.get("Yrkesgrupp (AID)") == "Administratör")
    assert admin.fields["Förändring åa 2024/2025"].startswith("5,6")


def test_typed_rows_are_not_repeated_in_text_and_kept_as_printed_in_pdfs() -> None:
    recs = _records(str(CORPUS / "002_b44e5d8e8ff73640.txt"))
    typed = {r.text for r in recs if r.type not in ("list", "table")}
    assert typed and not any(r.text in typed for r in recs if r.type in ("list", "table"))
    # a budget row the ekonomi parser also reads is listed once, as printed, by header; the
    # figures the ekonomi parser read from it (with the table's unit) stay in its chunk
    recs = [r for r in _records(_path("realdocs/simrishamn-kfn-arsbokslut-2025.pdf")) if r.page == 33]
    drift = {r.type: r for r in recs if r.text.startswith("Bibliotek")}
    assert set(drift) == {"table"}
    assert drift["table"].text == "Bibliotek | -13 123 | -13 152 | 29"
    assert drift["table"].fields["Utfall 2025"] == "-13 123"
    figures = {(f.label, f.unit) for c in _chunks(_path("realdocs/simrishamn-kfn-arsbokslut-2025.pdf")) for f in c.figures}
    assert ("Bibliotek, Utfall 2025", "tkr") in figures


def test_recommendations_carry_whom_they_are_directed_to() -> None:
    recs = [r for r in _records(_path("realdocs/goteborg-granskning-va-avgifter-2024.pdf"))
            if r.type == "list" and r.page == 1 and "Följande rekommendationer" in r.caption]
    directed = [r.fields.get("riktas_till", "") for r in recs]
    assert len(directed) == 10 and all(directed)  # counted by hand: ten recommendations, each to a named body
    assert directed.count("Kommunstyrelsen") == 3 and directed.count("Gryaab AB") == 1
    assert "Kretslopp och vattennämnden, kommunstyrelsen och Gryaab AB" in directed
    active = [r for r in _records(_path("realdocs/goteborg-granskning-va-avgifter-2024.pdf"))
              if r.type == "list" and r.text.startswith("Revisionskontoret rekommenderar Gryaab AB att")]
    assert [r.fields.get("riktas_till") for r in active] == ["Gryaab AB"]  # "X rekommenderar <body> att"


def test_an_opening_that_names_no_body_gives_no_addressee() -> None:
    from insyn.ingest.addressees import addressee
    assert addressee("Det rekommenderas att nämnden ser över rutinerna.") == ""
    assert addressee("Vi rekommenderar nämnden att se över rutinerna.") == "nämnden"
    assert addressee("Uppföljningen visar att nämnden vidtagit åtgärder. Kommunstyrelsen bör följa upp.") == ""


def test_the_further_lines_of_a_ruled_cell_join_its_row() -> None:
    staff = [r for r in _records(_path("realdocs/goteborg-intraservice-delarsrapport-2026-03.pdf"))
             if r.type == "table" and r.page == 19]
    assert [r.fields.get("Yrkesgrupp (AID)") for r in staff] == ["Administratör", "Handläggare", "Ledningsarbete"]  # by hand
    assert staff[2].fields["Orsak till förändring"] == ("Inför 2026 kan antalet chefer öka något då det arbetas för en "
                                                        "god och hållbar arbetsmiljö för chefer.")
    form = [r.text for r in _records(_path("realdocs/simrishamn-kfn-investeringar-2027-2031.pdf"))
            if r.type == "table" and r.page == 5 and r.table == "t5.2"]
    assert len(form) == 9 and "Status | Pågående" in form  # a project's form: one row per question, counted by hand
    assert "Finansieras projektet inom befintlig tilldelad driftram | Nej" in form
    budget = [r.text for r in _records(_path("realdocs/simrishamn-kfn-arsbokslut-2025.pdf")) if r.table == "t21.1"]
    assert "Ny inredning, biblioteket (6014) | 4,827 | 4,812 | 0,015 | 0,709 | 0,694 | 0,015" in budget  # the label's line


def test_a_cell_spanning_two_drawn_columns_is_read_once() -> None:
    costs = [r.text for r in _records(_path("realdocs/goteborg-intraservice-delarsrapport-2026-03.pdf"))
             if r.type == "table" and r.page == 4]
    assert "IT-tjänster, IT-program, licenser och hyra leasing IT-utrustning | -2,7 % | 9,9 %" in costs
    assert "Personalkostnader | 7,6 % | 6,0 %" in costs
