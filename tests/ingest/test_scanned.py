"""Scanned pages: turned straight before OCR (ingest/pdf.py) and read by their words' boxes
(ingest/scanned.py)."""

from __future__ import annotations

from PIL import Image, ImageDraw

from insyn.ingest.pdf import _straightened
from insyn.ingest.scanned import words_of

_TSV_HEAD = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"


def test_a_turned_page_is_turned_straight() -> None:
    image = Image.new("L", (1200, 1600), 255)
    draw = ImageDraw.Draw(image)
    for y in range(200, 1400, 60):  # thin rows of ink, as lines of text stand
        draw.rectangle((150, y, 1050, y + 6), fill=0)

    def fullest_line(im: Image.Image) -> int:  # the most ink on one pixel line across the page
        return max(sum(1 for x in range(0, 1200, 4) if im.getpixel((x, y)) < 128) for y in range(150, 300))

    turned = image.rotate(1.2, resample=Image.BICUBIC, fillcolor=255)
    assert fullest_line(turned) < 150 < fullest_line(_straightened(turned))  # a row runs along one line again
    assert _straightened(image) is image  # a straight page stays as it is


def test_ocr_words_stand_on_their_lines_and_specks_and_rules_are_no_words() -> None:
    tsv = _TSV_HEAD + "\n".join([
        "1\t1\t0\t0\t0\t0\t0\t0\t1654\t2339\t-1\t",
        "4\t1\t1\t1\t1\t0\t100\t380\t900\t60\t-1\t",
        "5\t1\t1\t1\t1\t1\t100\t410\t200\t30\t96.1\tRosenhaga",
        "5\t1\t1\t1\t1\t2\t500\t410\t60\t30\t3.0\t\"exkl.",  # a figure or word read right, unsure
        "5\t1\t1\t1\t1\t3\t600\t380\t10\t60\t91.0\t|",  # a rule: stretches no line
        "5\t1\t1\t1\t1\t4\t700\t404\t40\t30\t12.5\t..",
        "5\t1\t1\t1\t1\t5\t800\t410\t40\t30\t12.5\t–",  # a dash: "no value"
    ])
    words, height, width = words_of(tsv, 200)
    assert [w["text"] for w in words] == ["Rosenhaga", "exkl.", "–"]
    assert round(height) == 842 and round(width) == 595  # A4 in points
    assert {(round(w["top"], 1), round(w["bottom"], 1), w["size"]) for w in words} == {(147.6, 158.4, 14.4)}
