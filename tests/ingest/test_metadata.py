"""Tests for insyn.ingest.metadata.guess_meta on the five corpus documents and on short texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from insyn.ingest.metadata import DocMeta, guess_meta

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"


def _meta(name: str) -> DocMeta:
    return guess_meta((CORPUS / name).read_text(encoding="utf-8"), name)


@pytest.mark.parametrize(("name", "expected"), [
    ("000_14dd89f663d29f12.txt",
     DocMeta("Nämndplan 2025 Regionstyrelsen", 2025, "Region Västerbotten", "regionstyrelsen", "nämndplan")),
    ("001_c8672ab0e7fb09be.txt",
     DocMeta("Nämndplan 2023 Regionstyrelsen", 2023, "Region Västerbotten", "regionstyrelsen", "nämndplan")),
    ("002_b44e5d8e8ff73640.txt",
     DocMeta("Nämndplan 2025 Hälso- och sjukvårdsnämnden", 2025, "Region Västerbotten",
             "hälso- och sjukvårdsnämnden", "nämndplan")),
    ("003_07770689f2a04ec2.txt",
     DocMeta("Regionplan 2025 Regionfullmäktige", 2025, "Region Västernorrland", "regionfullmäktige", "regionplan")),
])
def test_corpus_metadata(name: str, expected: DocMeta) -> None:
    assert _meta(name) == expected


def test_004_is_the_annual_report_2024() -> None:
    meta = _meta("004_7ba8079f8794b2c3.txt")
    assert meta.doc_type == "årsredovisning"
    assert meta.year == 2024
    assert meta.title == "Årsredovisning 2024 Regionstyrelsen"
    assert meta.organ == "regionstyrelsen"
    # the OCR text writes "Region Vasterbotten"; it is filed under the region as it is spelled,
    # so the region filter and the place logic see one Västerbotten, not two
    assert meta.region == "Region Västerbotten"


def test_pdf_title_wins_but_the_rest_is_still_guessed() -> None:
    text = (CORPUS / "000_14dd89f663d29f12.txt").read_text(encoding="utf-8")
    meta = guess_meta(text, "000.pdf", pdf_title="Regionstyrelsens nämndplan")
    assert meta.title == "Regionstyrelsens nämndplan"
    assert (meta.year, meta.region, meta.organ, meta.doc_type) == (
        2025, "Region Västerbotten", "regionstyrelsen", "nämndplan")


def test_text_without_cues_falls_back_to_the_file_name() -> None:
    assert guess_meta("Detta är en text utan något särskilt.", "anteckning.txt") == DocMeta(
        "anteckning.txt", None, None, None, None)


def test_municipality_and_generic_budget() -> None:
    meta = guess_meta("Budget 2026 för Simrishamns kommun. Kultur- och fritidsnämnden beslutar om budget 2026.",
                      "budget.txt")
    assert meta == DocMeta("Budget 2026 Kultur- och fritidsnämnden", 2026, "Simrishamns kommun",
                           "kultur- och fritidsnämnden", "budget")


def test_structure_cue_decides_the_kind() -> None:
    # "årsredovisning" is named more often, but only a nämndplan has this section
    text = ("Årsredovisning och årsredovisning nämns här. 3.1 Uppdrag från fullmäktige till nämnd\n"
            "Regionstyrelsen i Region Jämtland planerar för 2025.")
    meta = guess_meta(text, "x.txt")
    assert meta.doc_type == "nämndplan"
    assert meta.region == "Region Jämtland"
    assert meta.title == "Nämndplan 2025 Regionstyrelsen"


def test_most_frequent_year_wins() -> None:
    meta = guess_meta("Delårsrapport 2024. Jämfört med 2023. Prognos 2024. Utfall 2024.", "d.txt")
    assert meta.year == 2024 and meta.doc_type == "delårsrapport"
    assert meta.title == "Delårsrapport 2024"



@pytest.mark.parametrize(("text", "region"), [
    ("Policyn gäller för Karlshamns kommuns IT. Den anger Karlshamns kommuns förhållningssätt.", "Karlshamns kommun"),
    ("Umeå kommun beslutar. Umeå kommuns plan gäller 2025.", "Umeå kommun"),
    ("Malmö stad bygger. Malmö stads budget.", "Malmö stad"),
    ("Varje kommun ska ha en plan. Varje kommun rapporterar.", None),
])
def test_a_municipality_in_the_genitive_or_ending_in_a_vowel(text: str, region: str | None) -> None:
    assert guess_meta(text, "x.txt").region == region


def test_a_pdf_without_a_metadata_title_is_titled_by_its_first_line_when_that_names_a_kind() -> None:
    from insyn.ingest.metadata import title_line

    assert title_line("Handlingsplan för klimat och energi 2024–2026\nEkbacka kommun, antagen 2023") == \
        "Handlingsplan för klimat och energi 2024–2026"
    assert title_line("Protokoll kommunstyrelsen 2024-03-12\n§ 1 Val av justerare") == "Protokoll kommunstyrelsen 2024-03-12"
    assert title_line("Stadsrevisionen 6 (13)\n2 Styrning") is None  # a running header
    assert title_line("Kommunen ska vara fossilfri 2035.\n") is None  # a sentence
    assert title_line("Ekbacka kommun\nHandlingsplan") is None  # names no kind of document
    meta = guess_meta("Planen har en budget på 3,4 miljoner kronor. Ekbacka kommun. Ekbacka kommun.", "p.pdf",
                      pdf_title="Handlingsplan för klimat och energi")
    assert (meta.title, meta.doc_type) == ("Handlingsplan för klimat och energi", "handlingsplan")  # not the generic "budget"
    assert guess_meta("Taxan gäller från 2026.", "t.pdf", pdf_title="VA-taxa").doc_type == "taxa"


def test_minutes_under_an_organs_name_are_titled_by_the_line_below_and_a_name_without_genitive_is_read() -> None:
    page = "Kommunstyrelsen\nSammanträdesprotokoll från kommunstyrelsen i Lindvik kommun\nPlats och tid Sessionssalen"
    text = page + "\n§ 38 Budget 2026 för Lindvik kommun. Ramarna i budget 2026 fastställs."
    meta = guess_meta(text, "p.pdf", None, first_page=page)
    assert (meta.title, meta.doc_type, meta.region) == (
        "Sammanträdesprotokoll från kommunstyrelsen i Lindvik kommun", "sammanträdesprotokoll", "Lindvik kommun")
    # a specific kind by the counts keeps the composed title: the lines below an organ's name are not read
    report = "Nämnden för Intraservice\nDelårsrapport mars 2026\n" + "Delårsrapporten visar. " * 3
    assert guess_meta(report, "d.pdf", None, first_page=report).title == "Delårsrapport 2026 Nämnden för Intraservice"
    assert title_line_of("Norrbacka kommun Handlingsplan för ökad trygghet 2025–2027 Sida 1 av 3") == \
        "Norrbacka kommun Handlingsplan för ökad trygghet 2025–2027"


def title_line_of(first: str) -> str | None:
    from insyn.ingest.metadata import title_line

    return title_line(first + "\nBrödtext.")


def test_a_municipality_named_only_in_the_running_header_is_the_documents() -> None:
    """A delegation report printing "Harvstena kommun" over every page and nowhere else: the page
    text loses the running header, the region is read from it."""
    from fpdf import FPDF

    from insyn.ingest.pdf import read_pdf

    pdf = FPDF(format="A4")
    pdf.set_font("helvetica", size=10)
    for n in range(1, 5):
        pdf.add_page()
        pdf.cell(0, 6, "Harvstena kommun   Miljö- och byggnadsnämnden", new_x="LMARGIN", new_y="NEXT")
        pdf.multi_cell(0, 5, f"Beslut fattade med stöd av delegation, del {n}. Bygglov beviljas för tillbyggnad av "
                             "fritidshus. Strandskyddsdispens för brygga beviljas.", new_x="LMARGIN", new_y="NEXT")
    pages = read_pdf(bytes(pdf.output()), "delegation.pdf", ocr=False, on_warning=lambda m: None)
    assert not any("Harvstena" in p.text for p in pages) and all("Harvstena kommun" in p.running for p in pages)
    text = "\n\n".join(p.text for p in pages)
    assert guess_meta(text, "delegation.pdf").region is None
    assert guess_meta(text, "delegation.pdf", running="\n".join(p.running for p in pages)).region == "Harvstena kommun"


def test_a_municipality_or_region_printed_in_capitals_is_read() -> None:
    """A letterhead sets the name in capitals and the text never repeats it ("BRÅNSTA KOMMUN" over
    a minutes page, "REGION EMTUNA" over an annual report): the place is read all the same."""
    minutes = "BRÅNSTA KOMMUN\nKommunstyrelsen\nSAMMANTRÄDESPROTOKOLL\nKommunstyrelsen beslutar att godkänna rapporten."
    assert guess_meta(minutes, "ks-protokoll.pdf").region == "Brånsta kommun"
    assert guess_meta("REGION EMTUNA\nÅrsredovisning 2026\nRegionen redovisar ett överskott.", "ar.pdf").region == "Region Emtuna"
    assert guess_meta("VARJE KOMMUN ska ha en plan. ALLA KOMMUNER ska rapportera.", "x.pdf").region is None
