"""Tests for insyn.ingest.pdf on generated PDFs (fpdf2) and the real sample PDFs."""

from __future__ import annotations

import functools
import io
import re
import shutil
import subprocess
from pathlib import Path

import pypdf
import pytest
from fpdf import FPDF

from insyn.errors import SourceError
from insyn.ingest.chunking import chunk_document
from insyn.ingest.pdf import pdf_title, read_pdf
from insyn.types import Page

REALDOCS = Path(__file__).resolve().parents[3] / "shared" / "realdocs"
BODIES = [
    ["Inledning", "Nämnden har granskat budgeten för året."],
    ["Bedömning", "Vi lämnar en", "revis-", "ionsredogörelse till nämnden."],
    ["Rekommendationer", "Nämnden bör utveckla den interna kontrollen."],
]


def _generated(title: str | None = "Granskning av budgeten", **encryption: str) -> bytes:
    """Three pages, each with a running header, known body lines and a "Sida n av 3" footer."""
    pdf = FPDF()
    pdf.set_auto_page_break(False)
    if title:
        pdf.set_title(title)
    if encryption:
        pdf.set_encryption(**encryption)
    pdf.set_font("helvetica", size=11)
    for number, lines in enumerate(BODIES, start=1):
        pdf.add_page()
        pdf.set_xy(15, 10)
        pdf.cell(0, 6, "Stadsrevisionen, Granskning av budgeten 2024")
        pdf.set_xy(15, 30)
        for line in lines:
            pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
        pdf.set_xy(15, 280)
        pdf.cell(0, 6, f"Sida {number} av 3")
    return bytes(pdf.output())


def _real(name: str) -> bytes:
    path = REALDOCS / name
    if not path.exists():
        pytest.skip(f"{path} is not available")
    return path.read_bytes()


@functools.cache
def _read_real(name: str) -> list[Page]:
    """A real PDF read without OCR, once per test session."""
    return read_pdf(_real(name), name, ocr=False)


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


EXPECTED = [
    "Inledning\nNämnden har granskat budgeten för året.",
    "Bedömning\nVi lämnar en\nrevisionsredogörelse\ntill nämnden.",  # joined, line kept
    "Rekommendationer\nNämnden bör utveckla den interna kontrollen.",
]


def test_generated_pdf_exact_pages() -> None:
    warnings: list[str] = []
    pages = read_pdf(_generated(), "gen.pdf", on_warning=warnings.append)
    assert [(p.number, p.text, p.ocr) for p in pages] == [
        (i, text, False) for i, text in enumerate(EXPECTED, start=1)]
    assert warnings == []


def test_owner_password_only_is_decrypted_with_empty_password() -> None:
    pages = read_pdf(_generated(owner_password="ägare", user_password=""), "owner.pdf")
    assert [p.text for p in pages] == EXPECTED


def test_encrypted_pdf() -> None:
    data = _generated(owner_password="ägare", user_password="hemligt")
    with pytest.raises(SourceError) as caught:
        read_pdf(data, "secret.pdf")
    assert caught.value.reason == "encrypted PDF (password protected)"
    assert str(caught.value).startswith("secret.pdf: ")


def test_truncated_pdf() -> None:
    data = _generated()
    with pytest.raises(SourceError) as caught:
        read_pdf(data[: len(data) // 2], "cut.pdf")
    assert caught.value.reason.startswith("not a readable PDF: ")


def test_corrupt_pdf() -> None:
    data = b"%PDF-1.4\n" + b"\x00garbage" * 50 + b"\n%%EOF\n"
    with pytest.raises(SourceError) as caught:
        read_pdf(data, "corrupt.pdf")
    assert caught.value.reason.startswith("not a readable PDF: ")


def test_empty_file() -> None:
    with pytest.raises(SourceError) as caught:
        read_pdf(b"", "empty.pdf")
    assert caught.value.reason == "empty file"


def test_text_file_named_pdf() -> None:
    with pytest.raises(SourceError) as caught:
        read_pdf("Detta är ingen PDF, bara text.\n".encode(), "notes.pdf")
    assert caught.value.reason.startswith("not a PDF (starts with 'Detta")


def test_blank_page_is_returned_empty_without_warning() -> None:
    pdf = FPDF()
    pdf.add_page()
    warnings: list[str] = []
    pages = read_pdf(bytes(pdf.output()), "blank.pdf", on_warning=warnings.append)
    assert [(p.number, p.text, p.ocr) for p in pages] == [(1, "", False)]
    assert warnings == []


def test_interleaved_two_columns_are_read_column_by_column() -> None:
    left = ("Detta är den vänstra spalten som handlar om kommunens budget och den fortsätter "
            "nedåt i flera rader med vanlig löptext om revisionen och dess arbete under året "
            "som gick med många möten i nämnden och styrelsen samt med lekmannarevisorerna").split()
    right = ("Här börjar den högra spalten som beskriver nämndens arbete med intern kontroll "
             "och den löper också vidare i flera rader till slutet av sidan där texten tar "
             "slut efter en stund med fler meningar om uppföljning och rapportering i år").split()
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    y = 30.0
    for i in range(0, len(left), 5):  # drawn row by row: left line, right line, next row
        pdf.set_xy(15, y)
        pdf.cell(80, 6, " ".join(left[i:i + 5]))
        pdf.set_xy(110, y)
        pdf.cell(80, 6, " ".join(right[i:i + 5]))
        y += 6
    text = _flat(read_pdf(bytes(pdf.output()), "cols.pdf")[0].text)
    assert " ".join(left) in text and " ".join(right) in text


LEFT = ["Nämnden har granskat budgeten för året", "och lämnar en redogörelse till",
        "fullmäktige om den interna kontrollen."]
RIGHT = ["Revisorerna bedömer att arbetet", "behöver utvecklas under nästa år."]


@pytest.mark.parametrize(("size", "expected"), [
    (18, ["Stadsrevisionen, Göteborgs Stad", "Granskning av budgeten", *LEFT, *RIGHT]),
    (11, ["Stadsrevisionen, Göteborgs Stad", *LEFT, *RIGHT, "Granskning av budgeten"]),
])
def test_heading_drawn_last_is_read_first(size: int, expected: list[str]) -> None:
    """An InDesign-style page: the footer first, then the two columns one after the other, and
    the page title last although it stands above them. A title larger than the text is read
    first, the footer and the columns keep their order; a line in the body's size stays last."""
    pdf = FPDF()
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("helvetica", size=9)
    pdf.set_xy(15, 280)
    pdf.cell(0, 6, "Stadsrevisionen, Göteborgs Stad")
    pdf.set_font("helvetica", size=11)
    for x, lines in ((15, LEFT), (110, RIGHT)):
        for i, line in enumerate(lines):
            pdf.set_xy(x, 30 + 6 * i)
            pdf.cell(90, 6, line)
    pdf.set_font("helvetica", size=size)
    pdf.set_xy(15, 15)
    pdf.cell(0, 10, "Granskning av budgeten")
    assert read_pdf(bytes(pdf.output()), "late-title.pdf")[0].text.split("\n") == expected


def test_pdf_title() -> None:
    assert pdf_title(_generated()) == "Granskning av budgeten"
    assert pdf_title(_generated(title=None)) is None
    assert pdf_title(_generated(title="Microsoft Word - rapport_v2.docx")) is None
    assert pdf_title(b"not a pdf") is None
    assert pdf_title(_real("goteborg-granskning-hedersrelaterat-vald-2023.pdf")) == (
        "Granskning av arbetet mot hedersrelaterat våld och förtryck")


# --- the real sample PDFs ---------------------------------------------------------------------

@pytest.mark.parametrize(("name", "count"), [
    ("goteborg-intraservice-delarsrapport-2026-03.pdf", 26),
    ("goteborg-revisionsberattelse-2024.pdf", 53),
    ("goteborg-stadsrevisionen-arsredogorelse-2022.pdf", 47),
    ("goteborg-granskning-va-avgifter-2024.pdf", 8),
    ("goteborg-granskning-finansiering-likviditet-2026.pdf", 5),
    ("simrishamn-kfn-investeringar-2027-2031.pdf", 26),
])
def test_real_page_counts(name: str, count: int) -> None:
    pages = _read_real(name)
    assert [p.number for p in pages] == list(range(1, count + 1))
    assert all(p.text == p.text.strip() and "  " not in p.text for p in pages)


def test_real_running_header_removed_simrishamn() -> None:
    name = "simrishamn-kfn-arsbokslut-2025.pdf"
    pages = _read_real(name)
    assert len(pages) == 37
    assert not any("ÅRSBOKSLUT" in p.text or "SID " in p.text for p in pages)
    assert pages[12].text.startswith("Ekonomi\nEkonomi (tkr) 2024 2025\nIntäkter 10 135 11 251")


def test_real_page_numbers_removed_intraservice() -> None:
    name = "goteborg-intraservice-delarsrapport-2026-03.pdf"
    pages = _read_real(name)
    assert not any(re.search(r"^\d+ \(26\)$", p.text, re.M) for p in pages)


def test_real_hyphenation_joined_revisionsberattelse() -> None:
    name = "goteborg-revisionsberattelse-2024.pdf"
    pages = _read_real(name)
    assert "presenteras i denna revisionsredogörelse." in _flat(pages[9].text)  # "revis-\nions…"
    assert "Dessutom" in _flat(" ".join(p.text for p in pages))
    assert "revis-" not in pages[9].text


def test_real_two_column_reading_order() -> None:
    name = "goteborg-stadsrevisionen-arsredogorelse-2022.pdf"
    pages = _read_real(name)
    page6 = _flat(pages[5].text)
    # left column ends "…som inte varit lönsam-", right column goes on "ma och där…"
    assert ("Verksamheten har slutit avtal med vindkraftsproducenter som inte varit lönsamma "
            "och där verksamheten har burit riskerna.") in page6
    # InDesign's "grund -\nläggande" on p. 3, and no running title or page number left
    assert "ett grundläggande förhållningssätt" in _flat(pages[2].text)
    assert not pages[2].text.startswith("1\n")
    assert "Stadsrevisionens årsredogörelse 2022" not in pages[2].text
    # the table of contents' dot leaders (U+0008 runs) read as dots again
    assert "Förord av ordförande ..... 1" in pages[1].text


@pytest.mark.parametrize(("page", "title"), [
    (5, "Kritik riktas till grundskolenämnden"),
    (11, "Konsultanvändning"),
    (15, "Informationssäkerhet i skolsystemet IST administration"),
    (18, "Förutsättningar för likvärdig myndighetsutövning enligt LSS"),  # two lines
])
def test_real_article_title_drawn_last_heads_its_page(page: int, title: str) -> None:
    """InDesign draws these article titles after the article: the page must still start with
    the title, and the article's chunks carry its own title, not the previous article's."""
    name = "goteborg-stadsrevisionen-arsredogorelse-2022.pdf"
    pages = _read_real(name)
    assert _flat(pages[page - 1].text).startswith(title + " Stadsrevisionen har granskat")
    chunks = chunk_document(pages, "arsredogorelse-2022", "Årsredogörelse 2022")
    labels = [c.section for c in chunks if c.page == page]
    assert labels[0] == title  # was the previous article's title, one page off
    assert [c.page for c in chunks if c.section == title] == [page] * labels.count(title)


def test_real_no_text_layer_without_ocr_warns_per_page() -> None:
    name = "goteborg-granskning-hedersrelaterat-vald-2023.pdf"
    warnings: list[str] = []
    pages = read_pdf(_real(name), name, ocr=False, on_warning=warnings.append)
    assert [(p.number, p.text) for p in pages] == [(i, "") for i in range(1, 7)]
    assert len(warnings) == 6 and all(name in w and "no text layer" in w for w in warnings)


def _one_page(name: str, index: int) -> bytes:
    reader = pypdf.PdfReader(io.BytesIO(_real(name)))
    writer = pypdf.PdfWriter()
    writer.add_page(reader.pages[index])
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def test_real_no_text_layer_ocr_unavailable_warns(monkeypatch: pytest.MonkeyPatch,
                                                  tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no tesseract to be found
    data = _one_page("goteborg-granskning-hedersrelaterat-vald-2023.pdf", 0)
    warnings: list[str] = []
    pages = read_pdf(data, "heder.pdf", on_warning=warnings.append)
    assert [(p.number, p.text, p.ocr) for p in pages] == [(1, "", False)]
    assert warnings == ["heder.pdf page 1: no text layer and OCR is unavailable "
                        "(install tesseract-ocr tesseract-ocr-swe)"]


def _tesseract_swe() -> bool:
    if shutil.which("tesseract") is None:
        return False
    listed = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True)
    return "swe" in listed.stdout.split()


@pytest.mark.skipif(not _tesseract_swe(), reason="tesseract with the Swedish model is missing")
def test_real_ocr_page_two() -> None:
    """OCR of one page (about 5 s at 200 dpi): page 2 of the outline-glyph report."""
    data = _one_page("goteborg-granskning-hedersrelaterat-vald-2023.pdf", 1)
    warnings: list[str] = []
    pages = read_pdf(data, "heder-p2.pdf", on_warning=warnings.append)
    assert len(pages) == 1 and pages[0].ocr and warnings == []
    text = _flat(pages[0].text)
    for words in ("hedersrelaterat våld och förtryck", "Revisionskontoret", "grundskolenämnden",
                  "socialnämnden Hisingen", "Sammanfattande bedömning"):
        assert words in text


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-128", "AES-256"])
def test_pdf_encrypted_without_user_password_is_read(algorithm: str) -> None:
    """An encrypted PDF that opens without a password is read (AES needs `cryptography`)."""
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(_generated())))
    writer.encrypt(user_password="", owner_password="ägare", algorithm=algorithm)
    out = io.BytesIO()
    writer.write(out)
    pages = read_pdf(out.getvalue(), "skyddad.pdf", ocr=False)
    assert len(pages) == 3 and "Nämnden bör utveckla den interna kontrollen." in pages[2].text


def test_aes_pdf_with_a_password_is_skipped_with_one_reason() -> None:
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(_generated())))
    writer.encrypt(user_password="hemligt", owner_password="ägare", algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    with pytest.raises(SourceError) as caught:
        read_pdf(out.getvalue(), "aes.pdf", ocr=False)
    assert caught.value.reason == "encrypted PDF (password protected)"


def _scan(lines: list[str], angle: float) -> bytes:
    """A PDF whose one page is an image of `lines` (a table set in columns by spaces counted in
    pixels), turned by `angle` degrees as a scanner turns a sheet, with no text layer."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(_font_path(), 30)
    image = Image.new("L", (1654, 2339), 255)
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(lines):
        for x, cell in zip((150, 650, 900, 1150, 1400), line.split("|")):
            draw.text((x, 300 + 60 * i), cell.strip(), font=font, fill=0)
    image = image.rotate(angle, resample=Image.BICUBIC, fillcolor=255)
    pdf = FPDF(unit="pt", format=(595, 842))
    pdf.add_page()
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    pdf.image(buffer, x=0, y=0, w=595, h=842)
    return bytes(pdf.output())


def _font_path() -> str:
    for path in ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"):
        if Path(path).exists():
            return path
    pytest.skip("no TrueType font with å, ä, ö")


@pytest.mark.skipif(not _tesseract_swe(), reason="tesseract with the Swedish model is missing")
def test_a_turned_scanned_table_is_read_by_its_columns() -> None:
    """A table on a scan turned 0.8° is turned straight and read by its words' boxes: each row its
    own, its cells under the header's names, so a figure carries its row and its column."""
    from insyn.ingest.figures import figures_from_record

    table = ["Boende | Platser | Beläggning | Kostnad, tkr | Personal",
             "Klockargården | 48 | 98,2 | 1 012 | 0,86",
             "Runstensgården | 36 | 96,4 | 1 084 | 0,91",
             "Oxbräckan | 40 | 93,1 | 1 126 | 0,88",
             "Rosenhaga | 42 | 97,9 | 1 002 | 0,80",
             "Samtliga boenden | 166 | 96,6 | 1 054 | 0,86"]
    pages = read_pdf(_scan(table, 0.8), "scan.pdf")
    assert pages[0].ocr and pages[0].layout
    rows = [r for r in pages[0].layout if r.type == "table"]
    assert [r.fields.get("Boende") for r in rows] == ["Klockargården", "Runstensgården", "Oxbräckan", "Rosenhaga",
                                                      "Samtliga boenden"]
    cost = {f.label.rsplit(", ", 1)[-1]: f.value for f in figures_from_record(rows[3])}
    assert cost["Kostnad tkr"] == 1002 and cost["Beläggning"] == 97.9


@pytest.mark.skipif(not _tesseract_swe(), reason="tesseract with the Swedish model is missing")
def test_a_scanned_table_whose_header_ocr_runs_together_keeps_a_column_per_year() -> None:
    """A waste plan's scanned indicator table (eval/synthetic42, a greyscale photo with specks): OCR
    runs "Basår 2024 2025 2026" into one line of words over narrow right-aligned columns, and reads
    a speck as "d" on the line under it ("d 2020 2030"). Each year stays a column of its own, and
    an indicator's four years are four cells, not one "486 451 437 424" under the base year."""
    path = Path(__file__).parents[2] / "eval" / "synthetic42" / "malbacka-avfallsplan-uppfoljning-2026.pdf"
    pages = read_pdf(path.read_bytes(), path.name)
    rows = [r for r in pages[1].layout if r.type == "table" and "hushållsavfall" in r.text]
    assert pages[1].ocr and rows[0].text.endswith("486 | 451 | 437 | 424 | 400")
    assert (rows[0].fields["2024"], rows[0].fields["2025"], rows[0].fields["2026"]) == ("451", "437", "424")
