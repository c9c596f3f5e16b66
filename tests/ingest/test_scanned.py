"""Scanned pages: turned straight before OCR (ingest/pdf.py) and read by their words' boxes
(ingest/scanned.py)."""

from __future__ import annotations

from PIL import Image, ImageDraw

from insyn.ingest.pdf import _straightened
from insyn.ingest.scanned import scanned_records, words_of

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


def _tsv(lines: list[tuple[int, list[tuple[str, int, int]]]]) -> str:
    """A TSV as tesseract gives it for lines of words: each line's top and its words (text, left,
    right), in pixels at 200 dpi."""
    out = [_TSV_HEAD.rstrip("\n"), "1\t1\t0\t0\t0\t0\t0\t0\t1654\t2339\t-1\t"]
    for n, (top, line) in enumerate(lines, start=1):
        out += [f"5\t1\t1\t1\t{n}\t{k}\t{left}\t{top}\t{right - left}\t30\t90.0\t{text}"
                for k, (text, left, right) in enumerate(line, start=1)]
    return "\n".join(out)


def test_a_scanned_headers_names_set_close_over_columns_of_figures_each_head_their_own() -> None:
    """OCR reads a header's names right-aligned over narrow columns ("Basår 2024 2025 2026", the
    base year's "2020" on the line below beside a speck read as "d") closer together than the
    columns' figures stand: each year names its own column, and the figures stay four cells, not
    one "486 451 437 424" under a header "d | 2020 | 2030" of the line below."""
    edges = (1000, 1090, 1180, 1270, 1400)

    def figures(*values: str) -> list[tuple[str, int, int]]:
        return [(v, e - 15 * len(v), e) for v, e in zip(values, edges)]
    rows = (("Insamlat", "hushållsavfall", "486", "451", "437", "424", "400"),
            ("Mat-", "avfallet", "214", "196", "189", "181", "170"),
            ("Grovavfall", "totalt", "168", "173", "176", "169", "150"),
            ("Förpackningar", "insamlade", "62", "68", "71", "70", "80"))
    tsv = _tsv([
        (400, [("Indikator", 100, 250), ("Enhet", 700, 790), ("Basår", 920, 1000), ("2024", 1020, 1090),
               ("2025", 1110, 1180), ("2026", 1200, 1270), ("Mål", 1340, 1400)]),
        (445, [("d", 180, 195), ("2020", 930, 1000), ("2030", 1330, 1400)]),  # a line under, not staggered
        *[(500 + 60 * k, [(a, 100, 100 + 20 * len(a)), (b, 120 + 20 * len(a), 120 + 20 * (len(a) + len(b))),
                          ("kg/inv", 700, 790), *figures(*values)]) for k, (a, b, *values) in enumerate(rows)],
    ])
    table = [r for r in scanned_records({2: tsv}, 200)[2] if r.type == "table"]
    assert [r.text.split(" | ")[-5:] for r in table] == [list(r[2:]) for r in rows]
    assert table[0].header[-5:] == ("Basår 2020", "2024", "2025", "2026", "Mål 2030")
    assert [r.fields["2025"] for r in table] == ["437", "189", "176", "71"]

