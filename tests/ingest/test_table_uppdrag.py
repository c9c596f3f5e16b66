"""The uppdrag parser on the OCR text of an årsredovisning (examples/corpus/004), whose
uppdrag tables lost å/ä/ö, repeat their header on every page and interleave their columns."""

from __future__ import annotations

from pathlib import Path

from insyn.ingest.chunking import chunk_document
from insyn.ingest.figures import figures_from_record
from insyn.ingest.tables import find_tables
from insyn.ingest.text import read_text
from insyn.types import Record

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"
OCR = next(CORPUS.glob("004_*.txt"))
HSN_RS = "hdlso- och sjukvardsnamnden och regionstyrelsen"
TERTIAL = "Tertial: aug, dec"


def ocr_uppdrag() -> list[dict[str, str]]:
    text = OCR.read_text(encoding="utf-8")
    a = text.index("Uppfoéljning av fullmaktiges uppdrag")
    part = text[a:text.index("2.4 Vasentliga personalforhallanden", a)]
    tables = find_tables(part)
    assert {t.type for t in tables} == {"uppdrag"}
    return [dict(r.fields) for t in tables for r in t.rows]


def test_004_every_uppdrag_row() -> None:
    """Nine rows by hand (file lines 675, 728, 785, 819, 848, 919, 966, 994, 1017)."""
    rows = ocr_uppdrag()
    analys = [r.pop("analys", "") for r in rows]
    assert rows[:6] == [
        {"status": "Klar", "uppdrag": "Formalisera arbetet med att minska hyrberoendet",
         "riktas_till": HSN_RS, "periodicitet": TERTIAL, "slutdatum": "2024-12-31"},
        # the header repeated on the next page with its cells on lines of their own
        {"status": "Klar", "uppdrag": "Identifiera och ta fram férslag pa samordnade funktionella aktiviteter "
         "mellan férvaltningarna och i norra sjukvardsregionen i syfte att minska administrativa kostnaden",
         "riktas_till": "hdlso- och sjukvardsnamnden, regionstyrelsen och regionala utvecklingsnamnden",
         "periodicitet": TERTIAL, "slutdatum": "2024-01-22"},
        # "Klar\nmed\navvikelse": one status over three lines
        {"status": "Klar med avvikelse", "uppdrag": "Identifiera och initiera ett fokusarbete for att "
         "forbattra tillgangligheten vid valda enheter", "riktas_till": HSN_RS, "periodicitet": TERTIAL,
         "slutdatum": "2025-12-31"},
        {"status": "Klar med avvikelse", "uppdrag": "Minska tjansteresandet for Region Vasterbotten med 15 "
         "procent i jaimforelse med ar 2023", "riktas_till": "alla ndmnder och styrelser",
         "periodicitet": TERTIAL, "slutdatum": "2024-12-31"},
        # the date ends a line of analys ("... verksamhetsndra 2024-12-31"), the periodicitet follows it
        {"status": "Klar", "uppdrag": "Starka var ledning och styrning genom att tydliggéra och férankra "
         "verksamhetsstyrningens innehall, starta upp implementering enligt identifierade delaktiviteter 2024",
         "riktas_till": HSN_RS, "periodicitet": TERTIAL, "slutdatum": "2024-12-31"},
        {"status": "Klar", "uppdrag": "Utveckla samspelet mellan sjukhusvarden och primadrvarden i syfte att "
         "stodja omstallningen till nira vard. - Tydliggora roller och uppdrag inom primarvarden - Klargora "
         "hur utvecklingsomraden samordnas i syfte att optimera floden for personcentrerade arbetssatt - "
         "Identifiera atgarder som utvecklar bestéllning, ersattningsmodell och uppfdljning i enlighet med "
         "primarvardsuppdraget", "riktas_till": HSN_RS, "periodicitet": TERTIAL, "slutdatum": "2024-12-31"},
    ]
    assert analys[4].endswith("Uppféljning av nyttjande och anpassning av de valda verktygen")
    # "Klar Mata hur stor andel matvi  Uppfoljning av ...": two spaces part uppdrag from analys
    assert rows[7] == {"status": "Klar", "uppdrag": "Mata hur stor andel matvi koper in som ar narproducerad",
                       "riktas_till": "regionstyrelsens forvaltning", "periodicitet": TERTIAL,
                       "slutdatum": "2024-12-31"}
    assert analys[7].startswith("Uppfoljning av andel narproducerad mat ska beréknas utifran kostnad")
    # columns interleaved line by line: status, periodicitet ("Tertial: aug. dec" mid-row) and
    # slutdatum ("9024-08-31" as OCR read it) are right, the uppdrag text keeps the analys mixed in
    assert [(r["status"], r["periodicitet"], r["slutdatum"]) for r in (rows[6], rows[8])] == [
        ("Klar", TERTIAL, "2024-08-31"), ("Klar", TERTIAL, "2024-08-31")]
    assert rows[6]["uppdrag"].startswith("Utreda och foresla ett system for att")
    assert rows[8]["uppdrag"].startswith("Bereda strategi for")
    assert len(rows) == 9


def test_004_chunks_hold_each_record_once() -> None:
    """A row longer than a chunk (its analys) is split over chunks; its record is in the first."""
    chunks = chunk_document(read_text(OCR.read_bytes(), OCR.name), OCR.name, "004")
    records = [r for c in chunks for r in c.records if r.type == "uppdrag"]
    assert [r.fields["slutdatum"] for r in records] == [
        "2024-12-31", "2024-01-22", "2025-12-31", "2024-12-31", "2024-12-31", "2024-12-31",
        "2024-08-31", "2024-12-31", "2024-08-31"]


def test_analys_figures_are_the_texts() -> None:
    """The analys of an uppdrag row is prose: its figures come out with their own clauses."""
    fields = {**ocr_uppdrag()[0]}
    figs = figures_from_record(Record("uppdrag", "004.txt", None, "", fields, ""))
    assert [(f.value, f.unit) for f in figs if f.unit in ("mnkr", "procent")] == [
        (6.0, "procent"), (17.0, "mnkr"), (12.0, "procent"), (18.0, "mnkr"), (14.31, "procent"),
        (2.61, "procent")]
    assert ("2024-12-31", "datum", "Formalisera arbetet med att minska hyrberoendet, slutdatum") in [
        (f.value, f.unit, f.label) for f in figs]
