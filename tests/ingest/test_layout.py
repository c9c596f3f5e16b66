"""Lists and tables read from word positions (`ingest.layout`) on PDFs generated with fpdf2,
in layouts the sample documents do not have, and the plain-text reader (`ingest.generic`)."""

from __future__ import annotations

import pytest
from fpdf import FPDF

from insyn.ingest.chunking import chunk_document
from insyn.ingest.generic import text_rows
from insyn.ingest.items import read_items
from insyn.ingest.layout import read_layout, titled
from insyn.ingest.pdf import read_pdf
from insyn.ingest.text import read_text
from insyn.types import Record

ACTIONS = [
    ("Ta fram en handlingsplan för klimatanpassning", "Kommunstyrelsen", "2024-06-30"),
    ("Inventera kommunens fastigheter", "Fastighetsnämnden", "2024-12-31"),
    ("Utbilda chefer i informationssäkerhet", "HR-avdelningen", "2025-03-31"),
    ("Revidera delegationsordningen", "Kansliet", "2025-06-30"),
]


def _pdf() -> FPDF:
    pdf = FPDF(format="A4")
    pdf.core_fonts_encoding = "cp1252"  # WinAnsi has the bullet "•"
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    return pdf


def _records(pdf: FPDF) -> list[Record]:
    warnings: list[str] = []
    by_page = read_layout(bytes(pdf.output()), "generated.pdf", warnings.append)
    assert not warnings
    return [r for page in sorted(by_page) for r in by_page[page]]


def _ruled(pdf: FPDF, rows: list[tuple[str, ...]], header: tuple[str, ...] = ("Åtgärd", "Ansvarig", "Klart senast")) -> None:
    with pdf.table(col_widths=(90, 50, 40), repeat_headings=1) as table:
        for row in [header, *rows]:
            line = table.row()
            for cell in row:
                line.cell(cell)


def test_ruled_table_rows_keyed_by_header() -> None:
    pdf = _pdf()
    pdf.cell(0, 8, "Tabell 3. Åtgärder under planperioden", new_x="LMARGIN", new_y="NEXT")
    _ruled(pdf, ACTIONS)
    rows = [r for r in _records(pdf) if r.type == "table"]
    assert len(rows) == 4
    assert rows[0].header == ("Åtgärd", "Ansvarig", "Klart senast")
    assert rows[1].fields == {"Åtgärd": "Inventera kommunens fastigheter", "Ansvarig": "Fastighetsnämnden",
                              "Klart senast": "2024-12-31"}
    assert rows[0].caption == "Tabell 3. Åtgärder under planperioden"
    assert len({r.table for r in rows}) == 1 and rows[0].page == 1


def test_table_continued_on_next_page_keeps_header_and_id() -> None:
    pdf = _pdf()
    many = [(f"Åtgärd nummer {i} i planen", f"Enhet {i % 5}", f"2025-0{1 + i % 9}-15") for i in range(60)]
    _ruled(pdf, many)
    rows = [r for r in _records(pdf) if r.type == "table"]
    assert pdf.page_no() >= 2
    assert len(rows) == 60  # the heading repeated on page 2 is not a row
    assert {r.table for r in rows} == {rows[0].table}
    assert {r.page for r in rows} == set(range(1, pdf.page_no() + 1))
    assert rows[-1].fields["Åtgärd"] == "Åtgärd nummer 59 i planen"
    assert all(r.header == ("Åtgärd", "Ansvarig", "Klart senast") for r in rows)


def test_a_numbered_title_over_a_table_at_the_top_of_a_page_starts_a_new_table() -> None:
    """Goal after goal, each with its own small table under the same header: the table at the top
    of the next page under "Mål 2.2 ..." is that goal's, not the rest of the one before."""
    pdf = _pdf()
    pdf.set_y(190)
    pdf.cell(0, 8, "Mål 2.1 Eleverna känner sig trygga", new_x="LMARGIN", new_y="NEXT")
    _ruled(pdf, [(f"Trygghet i årskurs {n}", "Rektor", "2026-12-31") for n in (5, 8, 9)] * 3)
    pdf.add_page()
    pdf.cell(0, 8, "Mål 2.2 Frånvaron minskar", new_x="LMARGIN", new_y="NEXT")
    _ruled(pdf, [("Andel elever med hög frånvaro", "Rektor", "2026-12-31"), ("Elever med långvarig frånvaro", "Kurator", "2026-06-30")])
    rows = [r for r in _records(pdf) if r.type == "table"]
    second = [r for r in rows if r.page == 2]
    assert [r.fields["Åtgärd"] for r in second] == ["Andel elever med hög frånvaro", "Elever med långvarig frånvaro"]
    assert {r.table for r in second} != {r.table for r in rows if r.page == 1}
    assert second[0].caption.startswith("Mål 2.2")


def test_borderless_table_aligned_by_position() -> None:
    pdf = _pdf()
    pdf.cell(0, 8, "Resultat per skolenhet", new_x="LMARGIN", new_y="NEXT")
    lines = [("Skolenhet", "Elever", "Andel behöriga"), ("Norrskolan", "412", "87,5 %"),
             ("Söderskolan", "298", "91,2 %"), ("Västerskolan", "356", "78,0 %")]
    for y, cells in enumerate(lines):
        for x, cell in zip((20, 90, 140), cells):
            pdf.text(x, 40 + 6 * y, cell)
    rows = [r for r in _records(pdf) if r.type == "table"]
    assert [r.fields for r in rows] == [
        {"Skolenhet": "Norrskolan", "Elever": "412", "Andel behöriga": "87,5 %"},
        {"Skolenhet": "Söderskolan", "Elever": "298", "Andel behöriga": "91,2 %"},
        {"Skolenhet": "Västerskolan", "Elever": "356", "Andel behöriga": "78,0 %"},
    ]


def test_two_column_bulleted_list() -> None:
    pdf = _pdf()
    pdf.text(20, 30, "Exempel på sådana verksamheter är:")
    left, right = ["Förskola", "Bibliotek", "Simhall"], ["Fritidsgård", "Museum", "Idrottshall"]
    for y, (a, b) in enumerate(zip(left, right)):
        pdf.text(24, 38 + 6 * y, f"\u2022 {a}")
        pdf.text(90, 38 + 6 * y, f"\u2022 {b}")
    items = [r for r in _records(pdf) if r.type == "list"]
    assert [r.text for r in items] == left + right  # down the left column, then the right
    assert len({r.table for r in items}) == 1  # one list under one lead-in, though in two columns
    assert {r.caption for r in items} == {"Exempel på sådana verksamheter är:"}


def test_two_lists_side_by_side_under_their_own_headings_stay_two() -> None:
    pdf = _pdf()
    pdf.text(24, 30, "Styrkor")
    pdf.text(90, 30, "Svagheter")
    left, right = ["God ekonomi", "Nöjda brukare", "Låg sjukfrånvaro"], ["Långa köer", "Gamla lokaler", "Få sökande"]
    for y, (a, b) in enumerate(zip(left, right)):
        pdf.text(24, 38 + 6 * y, f"\u2022 {a}")
        pdf.text(90, 38 + 6 * y, f"\u2022 {b}")
    items = [r for r in _records(pdf) if r.type == "list"]
    by_list: dict[str, list[str]] = {}
    for r in items:
        by_list.setdefault(r.table, []).append(r.text)
    assert sorted(by_list.values()) == sorted([left, right])


def test_a_list_in_two_columns_of_plain_text_is_one_list() -> None:
    text = ("Exempel på sådana verksamheter är:\n"
            "- Förskola          - Fritidsgård\n"
            "- Bibliotek         - Museum\n"
            "- Simhall\n")
    items = [it for it in read_items(text_rows(text), 1.0) if it.kind == "list"]
    assert [it.text for it in items] == ["Förskola", "Bibliotek", "Simhall", "Fritidsgård", "Museum"]
    assert len({it.block for it in items}) == 1


def test_numbered_list_with_wrapped_items() -> None:
    pdf = _pdf()
    pdf.multi_cell(0, 5, "Revisorerna rekommenderar nämnden:", new_x="LMARGIN", new_y="NEXT")
    long = ["att säkerställa att beslut om investeringar föregås av en analys av driftkostnaderna "
            "under hela livslängden och att analysen redovisas för nämnden",
            "att följa upp avtalen med externa utförare minst en gång om året",
            "att tydliggöra ansvarsfördelningen mellan förvaltningen och bolagen i frågor som rör "
            "lokalförsörjning och att dokumentera den i reglementet"]
    for n, text in enumerate(long, start=1):
        pdf.set_x(20)
        pdf.cell(8, 5, f"{n}.")
        pdf.multi_cell(80, 5, text, new_x="LMARGIN", new_y="NEXT")
    items = [r for r in _records(pdf) if r.type == "list"]
    assert [r.text for r in items] == long
    assert all(r.page == 1 and not r.parent for r in items)


def test_nested_items_keep_their_parent() -> None:
    text = ("Prioriteringar:\n1. Trygghet i centrum\n   - fler lampor i parkerna\n   - nattvandring\n"
            "2. Fler bostäder\n   - detaljplan för Norra hamnen\n")
    items = read_items(text_rows(text), tol=1.0)
    got = [(it.text, it.parent) for it in items]
    assert got == [("Trygghet i centrum", ""), ("fler lampor i parkerna", "Trygghet i centrum"),
                   ("nattvandring", "Trygghet i centrum"), ("Fler bostäder", ""),
                   ("detaljplan för Norra hamnen", "Fler bostäder")]


def test_text_table_aligned_by_spaces_and_att_list() -> None:
    text = ("Nämnden ansvarar för:\n\natt besluta om riktlinjer inom området,\n"
            "att följa upp verksamhetens mål och\nrapportera till fullmäktige.\n\n"
            "Avgift per timme\n\nTjänst                       Avgift\nNedtagning av mätare         1 444 kr\n"
            "Uppsättning av mätare        1 444 kr\nFörgävesbesök                  720 kr\n")
    chunks = chunk_document(read_text(text.encode(), "plan.txt"), "plan.txt", "Plan")
    recs = [r for c in chunks for r in c.records]
    assert [r.text for r in recs if r.type == "list"] == [
        "att besluta om riktlinjer inom området,", "att följa upp verksamhetens mål och rapportera till fullmäktige."]
    table = [r for r in recs if r.type == "table"]
    assert [r.fields for r in table] == [{"Tjänst": "Nedtagning av mätare", "Avgift": "1 444 kr"},
                                         {"Tjänst": "Uppsättning av mätare", "Avgift": "1 444 kr"},
                                         {"Tjänst": "Förgävesbesök", "Avgift": "720 kr"}]
    assert all(r.doc == "plan.txt" for r in recs)


def test_unreadable_layout_falls_back_to_text_with_one_warning() -> None:
    warnings: list[str] = []
    assert read_layout(b"%PDF-1.4 not really a pdf %%EOF", "broken.pdf", warnings.append) == {}
    assert len(warnings) == 1 and "broken.pdf" in warnings[0]


def test_pdf_pages_carry_layout_records_into_chunks() -> None:
    pdf = _pdf()
    pdf.multi_cell(0, 5, "Åtgärdsplan\n\nFöljande åtgärder ingår i planen.", new_x="LMARGIN", new_y="NEXT")
    _ruled(pdf, ACTIONS)
    pages = read_pdf(bytes(pdf.output()), "plan.pdf")
    assert pages[0].layout is not None
    recs = [r for c in chunk_document(pages, "plan.pdf", "Plan") for r in c.records if r.type == "table"]
    assert [r.fields["Ansvarig"] for r in recs] == [a for _, a, _ in ACTIONS]
    assert all(r.doc == "plan.pdf" and r.page == 1 for r in recs)


def test_a_list_of_definitions_is_one_list_with_wrapped_definitions() -> None:
    pdf = _pdf()
    pdf.set_font("helvetica", "B", 12)
    pdf.cell(0, 8, "Begrepp", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", size=10)
    terms = [("Delegat", "den som fattar beslut på nämndens vägnar enligt denna delegationsordning och som "
                         "återrapporterar besluten till nämnden vid nästkommande sammanträde"),
             ("Ersättare", "den som träder in när delegaten har förhinder"),
             ("Verkställighet", "ett beslut utan utrymme för egna bedömningar"),
             ("Anmälan", "redovisning av fattade beslut till nämnden")]
    for term, meaning in terms:
        pdf.multi_cell(120, 5, f"{term}: {meaning}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.ln(6)
    pdf.multi_cell(0, 5, "Nämnden beslutade den 3 maj: delegationsordningen gäller från och med 1 juni.",
                   new_x="LMARGIN", new_y="NEXT")
    items = [r for r in _records(pdf) if r.type == "list"]
    assert [r.text.split(":")[0] for r in items] == [t for t, _ in terms]
    assert len({r.table for r in items}) == 1 and items[0].caption == "Begrepp"
    assert items[0].text.endswith("vid nästkommande sammanträde")  # the wrapped definition joined


def test_paragraphs_after_a_lead_in_end_where_their_openings_stop_agreeing() -> None:
    pdf = _pdf()
    pdf.multi_cell(0, 5, "Följande rekommendationer lämnas:", new_x="LMARGIN", new_y="NEXT")
    recommendations = ["Nämnden rekommenderas att stärka uppföljningen av elevernas närvaro i skolan.",
                       "Nämnden rekommenderas att säkerställa att åtgärdsprogram dokumenteras.",
                       "Nämnden rekommenderas att förtydliga rektorernas ansvar för studieron.",
                       "Vi vill att nämnden och förvaltningen också ser över lokalerna till hösten."]
    closing = ["Med anledning av granskningen vill vi ha ett yttrande senast den 18 juni 2026.",
               "Yttrandet skickas till stadsrevisionen via e-post samma dag som beslutet fattas.",
               "Följande rekommendationer kvarstår sedan tidigare år:"]
    for line in recommendations + closing:
        pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    items = [r for r in _records(pdf) if r.type == "list"]
    # each opening shares a word with what all before it open with, until the remark on the reply
    assert [r.text for r in items] == recommendations


def _recommendations_over_a_page_break(next_page: list[str]) -> list[Record]:
    pdf = _pdf()
    pdf.set_auto_page_break(False)
    pdf.set_xy(20, 200)
    pdf.multi_cell(170, 5, "Utifrån granskningen lämnar vi följande rekommendationer:", new_x="LMARGIN", new_y="NEXT")
    for n in range(1, 9):
        pdf.set_x(20)
        pdf.multi_cell(170, 5, f"Revisionskontoret rekommenderar nämnden att åtgärda brist nummer {n} i rutinerna.",
                       new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    for page in (1, 2):
        if page == 2:
            pdf.add_page()
            pdf.set_font("helvetica", size=10)
            pdf.set_xy(20, 25)
            for line in next_page:
                pdf.set_x(20)
                pdf.multi_cell(170, 5, line, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
        pdf.set_font("helvetica", size=8)
        pdf.text(20, 285, f"Stadsrevisionen, Granskning av rutinerna {page} (2)")
        pdf.set_font("helvetica", size=10)
    return [r for r in _records(pdf) if r.type == "list"]


def test_a_list_of_paragraphs_goes_on_at_the_top_of_the_next_page() -> None:
    items = _recommendations_over_a_page_break([
        "Revisionskontoret rekommenderar kommunstyrelsen att följa upp nämndens arbete med rutinerna.",
        "Revisionskontoret rekommenderar nämnden att redovisa åtgärderna till fullmäktige i juni.",
        "Rapportsammandraget baseras på rapporten som finns på stadsrevisionens webbplats."])
    assert len(items) == 10 and len({r.table for r in items}) == 1  # one list over the page break
    assert [r.page for r in items].count(2) == 2 and not any("Stadsrevisionen" in r.text for r in items)
    assert {r.caption for r in items} == {"Utifrån granskningen lämnar vi följande rekommendationer:"}


def test_a_page_opening_with_other_text_does_not_continue_the_list() -> None:
    items = _recommendations_over_a_page_break([
        "Granskningens utgångspunkter och syfte beskrivs i detta avsnitt av rapporten nedan.",
        "Revisionskontoret rekommenderar kommunstyrelsen att följa upp nämndens arbete."])
    assert len(items) == 8 and {r.page for r in items} == {1}


def test_bullets_as_ocr_reads_them_open_items() -> None:
    """Tesseract reads "•" as "e" or "«" (the scanned reports of the corpus and realdocs show
    it); before a capital they open an item, a word "e-tjänster" does not."""
    text = ("Uppdraget består av ett antal delaktiviteter.\n"
            "e Inriktning för den gemensamma styrningen är presenterad.\n"
            "e Workshop av de olika planeringsstegen genomförd.\n"
            "« Kartläggning av befintliga styrsystem startas.\n\n\n"
            "e-tjänster införs under året.\n")
    items = [it.text for it in read_items(text_rows(text), 1.0) if it.kind == "list"]
    assert items == ["Inriktning för den gemensamma styrningen är presenterad.",
                     "Workshop av de olika planeringsstegen genomförd.", "Kartläggning av befintliga styrsystem startas."]


def test_a_sentence_announcing_what_follows_is_a_lead_in() -> None:
    text = ("Arbetet med digitalisering är helt avgörande. Här följer ett antal exempel på utvecklingsområden.\n\n"
            "Städverksamheten har beviljats budgetmedel för att leva upp till vårdhygienens krav.\n\n"
            "Översyn och förstärkning av ledningsorganisationen är ett prioriterat område.\n\n"
            "Fastighet har i uppdrag att se över regionens lokalytor för bättre optimering.\n\n"
            "Staber och administration\n\n"
            "Regionstyrelsens staber har uppdrag både externt och internt.\n")
    items = [it.text for it in read_items(text_rows(text), 1.0) if it.kind == "list"]
    assert [t.split()[0] for t in items] == ["Städverksamheten", "Översyn", "Fastighet"]
    prose = text.replace("Här följer ett antal exempel på utvecklingsområden.", "Vi fortsätter arbetet.")
    assert [it for it in read_items(text_rows(prose), 1.0) if it.kind == "list"] == []


def test_a_plain_text_caption_goes_back_to_where_its_sentence_starts() -> None:
    from insyn.ingest.records import _caption_above

    rows = text_rows("Uppdraget består av ett antal delaktiviteter som genomförts under året och fortsätter\n"
                     "kommande år.\n• Inriktning för styrningen\n• Workshop genomförd\n")
    assert _caption_above(rows, 2) == ("Uppdraget består av ett antal delaktiviteter som genomförts under året och "
                                       "fortsätter kommande år.")
    assert _caption_above(text_rows("Mål:\n• Trygghet\n"), 1) == "Mål:"


def test_a_groups_title_across_a_ruled_table_keeps_its_columns() -> None:
    """A delegation order's table: rows grouped under titles written across the table ("2
    Allmänna ärenden"). Such a row once joined every column into one, and the table was lost."""
    pdf = _pdf()
    with pdf.table(col_widths=(20, 90, 30, 40)) as table:
        line = table.row()
        for cell in ("Nr", "Ärende", "Delegat", "Lagrum"):
            line.cell(cell)
        for group, rows in (("2 Allmänna ärenden", [("2.1", "Beslut i brådskande ärenden", "Ordf", "6 kap. 39 § KL"),
                                                    ("2.2", "Avvisning av överklagande", "Delegaten", "45 § FL")]),
                            ("3 Ekonomiskt bistånd", [("3.1", "Bistånd enligt riksnormen", "BIS", "4 kap. 1 § SoL")])):
            table.row().cell(group, colspan=4)
            for row in rows:
                line = table.row()
                for cell in row:
                    line.cell(cell)
    rows = [r for r in _records(pdf) if r.type == "table"]
    assert rows[0].header == ("Nr", "Ärende", "Delegat", "Lagrum")
    by_nr = {r.fields.get("Nr"): r.fields for r in rows}
    assert by_nr["3.1"] == {"Nr": "3.1", "Ärende": "Bistånd enligt riksnormen", "Delegat": "BIS", "Lagrum": "4 kap. 1 § SoL"}
    assert by_nr["2 Allmänna ärenden"] == {"Nr": "2 Allmänna ärenden"}  # the title in the first column


def test_a_table_drawn_as_stacked_frames_is_one_table_under_its_header() -> None:
    """A supervision report draws its table as frames stacked with a little room between them:
    the header alone, then each area's row (its sums) over its categories, then the total. Each
    frame was read as a table of its own headed by its first row of figures ("Miljöskydd | 183 |
    81"), and the header, a frame of one row, was lost."""
    pdf = _pdf()
    pdf.cell(0, 8, "Tabell 1 Planerad tillsyn per område 2026", new_x="LMARGIN", new_y="NEXT")
    frames = [[("Område", "Objekt", "Planerade", "Utförda", "Avgifter, tkr")],
              [("Miljöskydd", "183", "81", "73", "840,2"), ("Tillståndspliktiga", "14", "14", "13", "296,4"),
               ("Lantbruk", "52", "18", "18", "112,8")],
              [("Hälsoskydd", "154", "51", "44", "176,4"), ("Hygienlokaler", "37", "12", "9", "32,4")],
              [("Samtliga områden", "337", "132", "117", "1 016,6")]]
    for frame in frames:
        for row in frame:
            for width, cell in zip((60, 25, 25, 25, 35), row):
                pdf.cell(width, 7, cell, border=1)
            pdf.ln(7)
        pdf.ln(2)
    rows = [r for r in _records(pdf) if r.type == "table"]
    assert [r.fields.get("Område") for r in rows] == ["Miljöskydd", "Tillståndspliktiga", "Lantbruk", "Hälsoskydd",
                                                      "Hygienlokaler", "Samtliga områden"]
    assert len({r.table for r in rows}) == 1 and rows[0].caption == "Tabell 1 Planerad tillsyn per område 2026"
    assert rows[4].fields == {"Område": "Hygienlokaler", "Objekt": "37", "Planerade": "12", "Utförda": "9",
                              "Avgifter, tkr": "32,4"}


def test_a_tables_own_header_above_its_rules_is_no_caption() -> None:
    """A budget table ruled below its header line (eval/synthetic3): the title above the header,
    which names the unit, is the caption."""
    from pathlib import Path

    pdf = Path(__file__).resolve().parents[2] / "eval" / "synthetic3" / "storbrinken-mal-och-budget-2026.pdf"
    pages = read_pdf(pdf.read_bytes(), pdf.name, ocr=False)
    frames = [r for r in pages[2].layout or [] if r.type == "table"]
    assert frames and frames[0].header[:3] == ("Nämnd", "Budget 2025", "Ram 2026")
    assert {r.caption for r in frames} == {"Tabell 2. Nämndernas driftramar 2026 med plan för 2027–2028 (tkr)"}


EVAL = __import__("pathlib").Path(__file__).resolve().parents[2] / "eval"


def _layout_of(path: "__import__('pathlib').Path") -> dict[int, list[Record]]:
    warnings: list[str] = []
    pages = read_layout(path.read_bytes(), path.name, warnings.append)
    assert not warnings
    return pages


def test_a_long_goal_title_across_a_ruled_table_keeps_its_columns() -> None:
    """Goals written across an indicator table ("Mål 1. Alla barn och elever ska ..."): a title of
    many words is still a row across the table, not a comment that joins every column into one."""
    pdf = _pdf()
    with pdf.table(col_widths=(90, 30, 30, 40)) as table:
        line = table.row()
        for cell in ("Mål / indikator", "Målvärde", "Utfall", "Status"):
            line.cell(cell)
        goal = "Mål 1. Alla barn och elever ska utvecklas så långt som möjligt och nå kunskapsmålen"
        table.row().cell(goal, colspan=4)
        for row in (("Andel behöriga till yrkesprogram", "88 %", "84,6 %", "Delvis uppnått"),
                    ("Genomsnittligt meritvärde", "225", "228,4", "Uppnått"),
                    ("Andel elever som klarat delproven", "80 %", "71,5 %", "Ej uppnått")):
            line = table.row()
            for cell in row:
                line.cell(cell)
    rows = [r for r in _records(pdf) if r.type == "table"]
    assert rows[0].header == ("Mål / indikator", "Målvärde", "Utfall", "Status")
    assert rows[0].fields == {"Mål / indikator": goal}
    assert rows[3].fields == {"Mål / indikator": "Andel elever som klarat delproven", "Målvärde": "80 %",
                              "Utfall": "71,5 %", "Status": "Ej uppnått"}


def test_text_set_in_two_justified_columns_is_no_table() -> None:
    """A report's running text in two justified columns: the stretched spaces of its lines cut
    them into pieces that align like a table's cells; they are read as text, not as rows."""
    pdf = _pdf()
    paragraph = ("Nämndens nettobudget för året uppgick till 1 084,6 mnkr och utfallet blev 1 098,8 mnkr, vilket "
                 "innebär en negativ budgetavvikelse på 14,2 mnkr. Den största avvikelsen avser tilläggsbelopp för "
                 "elever med omfattande behov av särskilt stöd, som översteg budget med 8,9 mnkr. Antalet elever "
                 "med beviljat tilläggsbelopp ökade från 61 till 84 under året. ")
    with pdf.text_columns(ncols=2, text_align="J", gutter=8) as cols:
        for _ in range(6):
            cols.write(text=paragraph)
            cols.ln()
    assert [r for r in _records(pdf) if r.type == "table"] == []


def test_a_header_stacked_over_staggered_lines_heads_its_borderless_table() -> None:
    """School results under column names of one, two and three lines, each centred (generated
    training document): one header, every school one row, a name wrapped over two lines beside
    its figures joined, and the table's title as caption, not the column names."""
    rows = [r for r in _layout_of(EVAL / "synthetic4" / "ljungsater-skolresultat-ak9-2025.pdf")[2] if r.type == "table"]
    assert len(rows) == 15 and len({r.table for r in rows}) == 1
    assert rows[0].header == ("Skola", "Antal elever", "Andel behöriga till gymnasiet (%)", "Meritvärde",
                              "Förändring mot föregående år")
    assert rows[0].caption == "Tabell 1. Resultat i årskurs 9 per skolenhet, vårterminen 2025"
    assert "Montessoriskolan Kompassen (fristående) | 32 | 96,9 | 261,5 | +3,3" in [r.text for r in rows]


def test_a_table_of_contents_is_no_table() -> None:
    pdf = _pdf()
    for i, heading in enumerate(("Sammanfattning", "Inledning", "Iakttagelser", "Bedömning", "Rekommendationer"), 1):
        pdf.cell(15, 6, f"{i}.{i}")
        pdf.cell(120, 6, f"{heading} " + "." * 60)
        pdf.cell(10, 6, str(2 * i + 1), new_x="LMARGIN", new_y="NEXT")
    assert [r for r in _records(pdf) if r.type == "table"] == []


def test_a_dash_for_nothing_is_a_cell_of_a_borderless_table_under_its_group_titles() -> None:
    """An investment plan on a landscape page (generated training document): no rules, amounts
    placed by position, "–" for nothing, projects under their committee's title. A dash before
    an amount is a cell of its own, not a list marker joining the amount, so the columns hold;
    the header is the line of years, not the page's running title above the caption."""
    rows = [r for r in _layout_of(EVAL / "synthetic4" / "tjarnholm-investeringsplan-2026-2029.pdf")[3] if r.type == "table"]
    assert rows[0].header == ("Nämnd / projekt", "2026", "2027", "2028", "2029", "Totalt 2026–2029")
    assert rows[0].caption == "Tabell 1. Investeringar per nämnd och projekt 2026–2029 (tkr)"
    by_name = {r.fields["Nämnd / projekt"]: r.fields for r in rows}
    assert by_name["Gång- och cykelväg Tjärnholm–Åsnäs"] == {
        "Nämnd / projekt": "Gång- och cykelväg Tjärnholm–Åsnäs", "2026": "–", "2027": "6 500", "2028": "9 000",
        "2029": "–", "Totalt 2026–2029": "15 500"}
    assert by_name["Kommunstyrelsen"] == {"Nämnd / projekt": "Kommunstyrelsen"}  # a group's title


def test_a_running_footer_with_middle_dots_is_no_list() -> None:
    """A footer on every page, its parts set off by middle dots, goes with the running lines:
    it is no list of the page, while the pages' own bulleted lists stay lists."""
    pdf = _pdf()
    footer = "Styrdokument \xb7 Policy \xb7 Antagen av kommunfullmäktige 2026-02-23, \xa7 19"
    topics = ("Hälsa", "Trygghet", "Delaktighet")
    for page, topic in enumerate(topics):
        if page:
            pdf.add_page()
        pdf.multi_cell(0, 5, f"{page + 1} {topic}\n\nFör området {topic.lower()} gäller följande principer:",
                       new_x="LMARGIN", new_y="NEXT")
        for n in range(1, 4):
            pdf.cell(0, 6, f"\u2022 Princip {n} om {topic.lower()} ska följas upp årligen.", new_x="LMARGIN", new_y="NEXT")
        pdf.multi_cell(0, 5, f"Nämnden redovisar arbetet med {topic.lower()} i årsredovisningen.", new_x="LMARGIN", new_y="NEXT")
        pdf.text(20, 285, footer)
    pages = read_pdf(bytes(pdf.output()), "policy.pdf", ocr=False)
    items = [r.text for p in pages for r in p.layout or () if r.type == "list"]
    assert not any("Antagen" in t or t.strip() == "Policy" for t in items), items
    assert [t for t in items if t.startswith("Princip 2")] == [f"Princip 2 om {t.lower()} ska följas upp årligen." for t in topics]


def test_a_wrapped_row_label_of_a_borderless_table_is_one_cell() -> None:
    pdf = _pdf()
    pdf.cell(0, 8, "Driftredovisning per verksamhet (tkr)", new_x="LMARGIN", new_y="NEXT")
    # figures on the label's first line, its further lines under them; then a label whose first
    # line stands above the row's figures
    lines = [("Verksamhet", "Budget", "Prognos"), ("Hemtjänst i ordinärt boende", "118 600", "126 200"),
             ("i egen regi och köpt", "", ""), ("från externa utförare", "", ""),
             ("Särskilt boende för äldre", "246 800", "251 300"), ("Insatser enligt LSS,", "", ""),
             ("gruppbostäder och daglig verksamhet", "139 500", "145 100"), ("Summa nämnden", "504 900", "522 600")]
    for y, cells in enumerate(lines):
        for x, cell in zip((20, 110, 150), cells):
            if cell:
                pdf.text(x, 40 + 5 * y, cell)
    rows = [r for r in _records(pdf) if r.type == "table"]
    assert [r.fields for r in rows] == [
        {"Verksamhet": "Hemtjänst i ordinärt boende i egen regi och köpt från externa utförare",
         "Budget": "118 600", "Prognos": "126 200"},
        {"Verksamhet": "Särskilt boende för äldre", "Budget": "246 800", "Prognos": "251 300"},
        {"Verksamhet": "Insatser enligt LSS, gruppbostäder och daglig verksamhet", "Budget": "139 500", "Prognos": "145 100"},
        {"Verksamhet": "Summa nämnden", "Budget": "504 900", "Prognos": "522 600"},
    ]


def test_short_lines_after_a_lead_in_are_one_item_each() -> None:
    pdf = _pdf()
    pdf.multi_cell(0, 5, "Kommunstyrelsen beslutar att godkänna försäljningen av fastigheten Smedjan 4 till "
                         "Lindholms Byggnads AB för 6 850 000 kronor och att köpeskillingen ska amortera lån.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    recipients = ["Socialnämnden, för åtgärd", "Ekonomichef Robert Lund", "Kommunens revisorer, för kännedom"]
    pdf.cell(0, 5, "Expedieras till:", new_x="LMARGIN", new_y="NEXT")
    for line in recipients:  # set as close as a paragraph's lines, none running on
        pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.multi_cell(0, 5, "Ärendet avslutas. Följande underlag har funnits:", new_x="LMARGIN", new_y="NEXT")
    # a paragraph after a lead-in is no list of lines: its first line runs to the margin
    pdf.multi_cell(0, 5, "Tjänsteskrivelse från kommunledningskontoret daterad den 2 maj 2026 med bilagor om "
                         "värdering av fastigheten och förslag till köpekontrakt mellan parterna.",
                   new_x="LMARGIN", new_y="NEXT")
    items = [r for r in _records(pdf) if r.type == "list"]
    assert [r.text for r in items] == recipients
    assert {r.caption for r in items} == {"Expedieras till:"}


def test_a_block_of_labels_and_values_has_no_header_row() -> None:
    pdf = _pdf()
    pdf.set_font("helvetica", size=18)
    pdf.cell(0, 12, "Nämndplan 2026", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", size=10)
    block = [("Antagen", "Barn- och utbildningsnämnden 2025-12-10, § 112"), ("Gäller", "1 januari–31 december 2026"),
             ("Ansvarig", "Förvaltningschef för barn- och utbildningsförvaltningen"),
             ("Uppföljning", "Delår per augusti och i verksamhetsberättelsen 2026")]
    for y, (label, value) in enumerate(block):
        pdf.text(20, 50 + 6.5 * y, label)
        pdf.text(55, 50 + 6.5 * y, value)
    pdf.set_font("helvetica", size=14)
    pdf.text(20, 84, "1 Inledning")  # a heading after a wider gap, in the labels' column
    pdf.set_font("helvetica", size=10)
    pdf.set_y(90)
    pdf.multi_cell(0, 5, "Nämndplanen beskriver hur nämnden ska arbeta med kommunfullmäktiges mål under 2026 och "
                         "vilka uppdrag förvaltningen har fått.", new_x="LMARGIN", new_y="NEXT")
    rows = [r for r in _records(pdf) if r.type == "table"]
    # every pair is a row; the first pair is no header naming the columns of the others
    assert [r.text for r in rows] == [f"{label} | {value}" for label, value in block]
    assert all(not r.header for r in rows)


def test_a_goal_written_once_over_its_indicator_rows_is_each_rows() -> None:
    pdf = _pdf()
    pdf.cell(0, 8, "Nämndmål och indikatorer", new_x="LMARGIN", new_y="NEXT")
    xs = (20, 62, 128, 146, 164)
    lines = [(40.0, ("Mål", "Indikator", "Utfall", "Utfall", "Målvärde")), (44.5, ("", "", "2024", "2025", "2026"))]
    y = 52.0
    for goal, indicators in [(("Mål 1. Den enskilde har", "inflytande över sin vård"), [
            (("Andel brukare som upplever", "att personalen lyssnar, %"), ("84", "81", "88")),
            (("Andel genomförandeplaner", "klara inom 14 dagar, %"), ("71", "79", "90"))]),
            (("Mål 2. Resurserna", "används effektivt"), [
            (("Kostnad per brukare i", "hemtjänsten, tkr"), ("312", "326", "320")),
            (("Andel brukarnära tid, %",), ("58,4", "61,0", "65,0"))])]:
        for n, (label, figures) in enumerate(indicators):
            for k in range(max(len(label), len(goal) if n == 0 else 0)):
                first = goal[k] if n == 0 and k < len(goal) else ""
                rest = (label[k] if k < len(label) else "", *(figures if k == 0 else ("", "", "")))
                lines.append((y + 4.5 * k, (first, *rest)))
            y += 4.5 * max(len(label), len(goal) if n == 0 else 0) + 3
    for at, cells in lines:
        for x, cell in zip(xs, cells):
            if cell:
                pdf.text(x, at, cell)
    rows = [r for r in _records(pdf) if r.type == "table"]
    assert rows[0].header == ("Mål", "Indikator", "Utfall 2024", "Utfall 2025", "Målvärde 2026")
    assert [(r.fields["Mål"], r.fields["Indikator"], r.fields["Utfall 2025"]) for r in rows] == [
        ("Mål 1. Den enskilde har inflytande över sin vård", "Andel brukare som upplever att personalen lyssnar, %", "81"),
        ("Mål 1. Den enskilde har inflytande över sin vård", "Andel genomförandeplaner klara inom 14 dagar, %", "79"),
        ("Mål 2. Resurserna används effektivt", "Kostnad per brukare i hemtjänsten, tkr", "326"),
        ("Mål 2. Resurserna används effektivt", "Andel brukarnära tid, %", "61,0"),
    ]


def test_numbered_headings_in_a_larger_type_are_no_list() -> None:
    pdf = _pdf()
    priorities = ["Färre personer runt varje brukare i hemtjänsten.", "Kortare väntetid till särskilt boende.",
                  "Heltid som norm för alla nyanställda undersköterskor."]
    for title, text in [("1. Inledning", "Nämnden ansvarar för äldreomsorgen och stödet till personer med funktionsnedsättning."),
                        ("2. Ekonomiska förutsättningar", "Nämndens budgetram för 2026 uppgår till 684,3 mnkr."),
                        ("3. Nämndens prioriteringar", "Nämnden har valt ut tre områden där arbetet ska intensifieras:")]:
        pdf.set_font("helvetica", size=14)
        pdf.cell(0, 9, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("helvetica", size=10)
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    for line in priorities:
        pdf.cell(0, 6, f"\u2022 {line}", new_x="LMARGIN", new_y="NEXT")
    items = [r for r in _records(pdf) if r.type == "list"]
    assert [r.text for r in items] == priorities


def test_att_clauses_in_a_hanging_column_and_a_labelled_list_of_recipients() -> None:
    pdf = _pdf()
    pdf.multi_cell(0, 5, "Ekonomienheten har sammanställt nämndernas prognoser efter april. Helårsprognosen visar ett "
                         "underskott mot det budgeterade resultatet, främst inom barn- och utbildningsnämnden.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, "Kommunstyrelsen beslutar", new_x="LMARGIN", new_y="NEXT")
    clauses = [("godkänna den ekonomiska uppföljningen per april 2026,",),
               ("uppmana barn- och utbildningsnämnden och socialnämnden att vidta åtgärder",
                "för att nå en budget i balans,"),
               ("ge kommundirektören i uppdrag att tills vidare begränsa nyrekryteringar",
                "inom administrationen.")]
    y = 50.0
    for lines in clauses:  # "att" alone in the left column, the clause wrapping in its own
        pdf.text(20, y, "att")
        for k, line in enumerate(lines):
            pdf.text(30, y + 4.8 * k, line)
        y += 4.8 * len(lines) + 2
    recipients = ["Barn- och utbildningsnämnden, för åtgärd", "Socialnämnden, för åtgärd", "Samtliga nämnder, för kännedom"]
    pdf.text(20, y + 6, "Expedieras till")
    for k, line in enumerate(recipients):
        pdf.text(55, y + 6 + 4.5 * k, line)
    items = [r for r in _records(pdf) if r.type == "list"]
    assert [r.text for r in items] == ["att " + " ".join(lines) for lines in clauses] + recipients
    assert [r.caption for r in items[3:]] == ["Expedieras till"] * 3


def test_a_table_without_rules_goes_on_at_the_top_of_the_next_page_under_its_header_again() -> None:
    pdf = _pdf()
    xs = (20, 62, 128, 150, 172)
    header = ("Mål", "Indikator", "Utfall", "Målvärde", "Trend")

    def table(y: float, lines: list[tuple[str, ...]]) -> None:
        for k, cells in enumerate([header, *lines]):
            for x, cell in zip(xs, cells):
                if cell:
                    pdf.text(x, y + 6 * k + (2 if k else 0), cell)

    pdf.multi_cell(0, 5, "Tabellen visar nämndens mål och de indikatorer som följer upp dem.", new_x="LMARGIN", new_y="NEXT")
    table(225, [("Mål 4. Resurserna", "Kostnad per brukare, tkr", "326", "320", "Ned"),
                ("", "Brukarnära tid, %", "61,0", "65,0", "Upp")])
    pdf.add_page()
    table(25, [("", "Nettokostnadsavvikelse, %", "4,9", "2,0", "Upp"),
               ("Mål 5. Arbetsmiljön", "Sjukfrånvaro, %", "8,1", "7,0", "Ned")])
    rows = [r for r in _records(pdf) if r.type == "table"]
    assert [(r.page, r.fields.get("Mål"), r.fields["Indikator"]) for r in rows] == [
        (1, "Mål 4. Resurserna", "Kostnad per brukare, tkr"), (1, "Mål 4. Resurserna", "Brukarnära tid, %"),
        (2, "Mål 4. Resurserna", "Nettokostnadsavvikelse, %"), (2, "Mål 5. Arbetsmiljön", "Sjukfrånvaro, %")]
    assert len({r.table for r in rows}) == 1


def _indicators_under_two_header_rows(pdf: FPDF, rows: list[tuple[str, ...]]) -> None:
    """An indicator table whose header has two levels: "Utfall" over 2024 and 2025, "Målvärde"
    over 2026 and 2028, the second header row repeated on every page."""
    with pdf.table(col_widths=(70, 25, 25, 25, 25), num_heading_rows=2, repeat_headings=1) as table:
        top = table.row()
        top.cell("Indikator", rowspan=2)
        top.cell("Utfall", colspan=2)
        top.cell("Målvärde", colspan=2)
        second = table.row()
        for year in ("2024", "2025", "2026", "2028"):
            second.cell(year)
        for row in rows:
            line = table.row()
            for cell in row:
                line.cell(cell)


def test_a_header_cell_over_two_columns_names_both() -> None:
    pdf = _pdf()
    pdf.cell(0, 8, "Indikatorer och målvärden", new_x="LMARGIN", new_y="NEXT")
    _indicators_under_two_header_rows(pdf, [("Andel patienter med fast läkarkontakt, %", "35", "38", "45", "60"),
                                            ("Sjukfrånvaro, % av ordinarie arbetstid", "6,8", "6,5", "6,0", "5,5")])
    rows = [r for r in _records(pdf) if r.type == "table"]
    assert [r.fields for r in rows] == [
        {"Indikator": "Andel patienter med fast läkarkontakt, %", "Utfall 2024": "35", "Utfall 2025": "38",
         "Målvärde 2026": "45", "Målvärde 2028": "60"},
        {"Indikator": "Sjukfrånvaro, % av ordinarie arbetstid", "Utfall 2024": "6,8", "Utfall 2025": "6,5",
         "Målvärde 2026": "6,0", "Målvärde 2028": "5,5"}]


def test_a_header_of_two_rows_repeated_on_the_next_page_is_no_row() -> None:
    pdf = _pdf()
    many = [(f"Indikator nummer {i} i planen", str(10 + i), str(20 + i), str(30 + i), str(40 + i)) for i in range(50)]
    _indicators_under_two_header_rows(pdf, many)
    rows = [r for r in _records(pdf) if r.type == "table"]
    assert pdf.page_no() >= 2
    assert len(rows) == 50 and {r.table for r in rows} == {rows[0].table}
    assert all(r.header == ("Indikator", "Utfall 2024", "Utfall 2025", "Målvärde 2026", "Målvärde 2028") for r in rows)
    assert rows[-1].fields["Målvärde 2028"] == "89"


def test_a_shaded_header_band_over_a_body_ruled_only_between_rows_heads_it() -> None:
    """The header in a shaded band ("Budget 2026" centred over Intäkter | Kostnader | Netto),
    the body ruled by lines between rows only: one table, each column named by both levels."""
    from fpdf.enums import TableBordersLayout
    from fpdf.fonts import FontFace

    pdf = _pdf()
    pdf.cell(0, 8, "Budget per verksamhetsområde, mnkr", new_x="LMARGIN", new_y="NEXT")
    body = [("Primärvård", "-2 184,2", "312,5", "-2 594,9", "-2 282,4"),
            ("Psykiatri", "-1 046,7", "58,3", "-1 149,6", "-1 091,3"),
            ("Tandvård", "-318,6", "402,8", "-735,0", "-332,2")]
    with pdf.table(col_widths=(60, 30, 30, 30, 30), num_heading_rows=2, text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
                   borders_layout=TableBordersLayout.HORIZONTAL_LINES,
                   headings_style=FontFace(emphasis="BOLD", fill_color=(215, 235, 235))) as table:
        top = table.row()
        top.cell("Verksamhetsområde", rowspan=2)
        top.cell("Budget 2025")
        top.cell("Budget 2026", colspan=3, align="CENTER")
        second = table.row()
        for name in ("Netto", "Intäkter", "Kostnader", "Netto"):
            second.cell(name)
        for row in body:
            line = table.row()
            for cell in row:
                line.cell(cell)
    rows = [r for r in _records(pdf) if r.type == "table"]
    assert len({r.table for r in rows}) == 1
    assert [r.fields.get("Budget 2026 Intäkter") for r in rows] == ["312,5", "58,3", "402,8"]
    assert rows[1].fields["Budget 2026 Netto"] == "-1 091,3" and rows[1].fields["Budget 2025 Netto"] == "-1 046,7"


def test_the_end_of_two_columns_of_prose_above_a_table_is_no_caption() -> None:
    pdf = _pdf()
    left = ("Nämnden föreslår att avgifterna för idrottshallar höjs med i genomsnitt sex procent, "
            "eftersom energi- och personalkostnaderna har ökat")
    right = ("Biblioteket tar inte ut förseningsavgifter från barn och unga men tar fortfarande "
             "ut ersättning för förkomna och skadade medier.")
    y = pdf.get_y()
    pdf.set_xy(10, y)
    pdf.multi_cell(88, 5, left)
    pdf.set_xy(108, y + 2.5)
    pdf.multi_cell(88, 5, right)
    pdf.set_xy(10, pdf.get_y() + 2)
    _ruled(pdf, [("Sporthall, föreningar", "kr/tim", "100"), ("Sporthall, övriga", "kr/tim", "210"),
                 ("Årskort vuxen", "kr/år", "2 800")], header=("Tjänst", "Enhet", "Avgift 2026"))
    rows = [r for r in _records(pdf) if r.type == "table"]
    assert [r.fields["Tjänst"] for r in rows] == ["Sporthall, föreningar", "Sporthall, övriga", "Årskort vuxen"]
    assert {r.caption for r in rows} == {""}


def _card(pdf: FPDF, x: float, y: float, title: str, years: tuple[str, ...], values: tuple[str, ...],
          labelled: tuple[str, ...], comment: str) -> None:
    """An indicator card: a frame, a shaded title band, a row of years over their values,
    labelled lines and a comment."""
    pdf.set_fill_color(225, 238, 225)
    pdf.rect(x, y, 85, 12, style="F")
    pdf.rect(x, y, 85, 62)
    pdf.set_xy(x + 2, y + 3)
    pdf.cell(80, 6, title)
    for i, (year, value) in enumerate(zip(years, values)):
        pdf.set_xy(x + 3 + 16 * i, y + 16)
        pdf.cell(14, 5, year, align="C")
        pdf.set_xy(x + 3 + 16 * i, y + 22)
        pdf.cell(14, 5, value, align="C")
    for k, line in enumerate(labelled):
        pdf.set_xy(x + 3, y + 30 + 6 * k)
        pdf.cell(80, 5, line)
    pdf.set_xy(x + 3, y + 31 + 6 * len(labelled))
    pdf.multi_cell(79, 5, comment)


def test_indicator_cards_side_by_side_are_one_record_each() -> None:
    pdf = _pdf()
    pdf.cell(0, 8, "Indikatorer: Klimat och transporter", new_x="LMARGIN", new_y="NEXT")
    years = ("2021", "2022", "2023", "2024", "2025")
    _card(pdf, 10, 20, "2.2 Tjänsteresor med bil", years, ("1 120", "980", "1 040", "1 090", "1 130"),
          ("Mål 2030: minska", "Bedömning: Fel riktning"), "Resandet har ökat igen efter pandemiåren.")
    _card(pdf, 105, 20, "2.3 Resor med kollektivtrafik", years, ("41", "44", "47", "48", "49"),
          ("Mål 2030: 60", "Bedömning: För långsam takt"), "Ökningen har planat ut.")
    rows = [r for r in _records(pdf) if r.type == "table"]
    assert [r.fields["Rubrik"] for r in rows] == ["2.2 Tjänsteresor med bil", "2.3 Resor med kollektivtrafik"]
    assert rows[0].fields["2021"] == "1 120" and rows[0].fields["2025"] == "1 130" and rows[1].fields["2024"] == "48"
    assert rows[0].fields["Bedömning"] == "Fel riktning" and rows[1].fields["Mål 2030"] == "60"
    assert len({r.table for r in rows}) == 1 and rows[0].caption == "Indikatorer: Klimat och transporter"
    assert "pandemiåren" in rows[0].fields["Text"]


def test_a_framed_box_of_bullets_is_no_card() -> None:
    pdf = _pdf()
    pdf.set_fill_color(225, 238, 225)
    pdf.rect(10, 20, 120, 10, style="F")
    pdf.rect(10, 20, 120, 40)
    pdf.set_xy(12, 22)
    pdf.cell(100, 6, "Viktiga händelser under året")
    for k, item in enumerate(["Ny förskola i Kvarnhagen invigdes", "Simhallen renoverades", "Nytt avtal för färdtjänst"]):
        pdf.set_xy(14, 33 + 7 * k)
        pdf.cell(100, 6, f"\u2022 {item}")
    records = _records(pdf)
    assert not any("Rubrik" in r.fields for r in records)
    assert [r.text for r in records if r.type == "list"] == ["Ny förskola i Kvarnhagen invigdes", "Simhallen renoverades",
                                                             "Nytt avtal för färdtjänst"]



def test_a_header_set_apart_by_a_rule_over_shaded_rows_heads_its_table() -> None:
    """A five-year table without lines between rows or columns (generated training document):
    shaded rows, group titles in bold, and the column names above a heavy rule, "Förändring"
    stacked over "2024–2025" most of a line up. The names head the table; before, its rows had
    only numbered columns and "Förändring" was its caption."""
    rows = [r for r in _layout_of(EVAL / "synthetic14" / "palsmark-arsredovisning-2025-femarsoversikt.pdf")[1]
            if r.type == "table" and r.header and r.header[0] == "Nyckeltal"]
    assert rows and rows[0].header == ("Nyckeltal", "2021", "2022", "2023", "2024", "2025", "Förändring 2024–2025")
    assert rows[0].caption == "Femårsöversikt"
    result = next(r.fields for r in rows if r.fields["Nyckeltal"].startswith("Årets resultat"))
    assert (result["2023"], result["Förändring 2024–2025"]) == ("−12,4", "+8,8 mnkr")


def test_a_table_without_rules_goes_on_over_a_page_with_a_ruled_table_further_down() -> None:
    """An internal budget per committee (generated training document) runs from p. 2 to p. 3 under
    its header again; p. 3 has small ruled tables further down. The rows on p. 3 keep the table's
    id and caption ("Tabell 1. ..."); before, a ruled table anywhere on the page cut the table."""
    pages = _layout_of(EVAL / "synthetic7" / "furuskog-internbudget-2026.pdf")
    first = next(r for r in pages[2] if r.type == "table" and r.caption.startswith("Tabell 1."))
    went_on = [r for r in pages[3] if r.type == "table" and r.table == first.table]
    assert any(r.fields.get("Nämnd / verksamhet") == "Lokalförsörjning" for r in went_on)
    assert {r.caption for r in went_on} == {first.caption}


def test_a_price_list_with_dot_leaders_is_a_table_not_a_table_of_contents() -> None:
    """Items run into dot leaders before four price columns: a table (the leaders leave the
    item's name), unlike a table of contents, whose leaders end in one page number."""
    pdf = _pdf()
    pdf.cell(95, 6, "")
    for name in ("2026 exkl.", "2026 inkl.", "2027 exkl.", "2027 inkl."):
        pdf.cell(22, 6, name, align="R")
    pdf.ln(8)
    prices = [("4.1 En- och tvåbostadshus", "1 120", "1 400", "1 184", "1 480"), ("4.2 Fritidshus", "560", "700", "592", "740"),
              ("4.3 Lägenhet i flerbostadshus", "748", "935", "792", "990"), ("5.1 Kärl 140 liter", "1 364", "1 705", "1 460", "1 825")]
    for name, *cells in prices:
        pdf.cell(95, 6, f"{name} " + "." * (70 - 2 * len(name)))
        for c in cells:
            pdf.cell(22, 6, c, align="R")
        pdf.ln(6)
    rows = [r for r in _records(pdf) if r.type == "table"]
    assert [r.text.split(" | ")[0] for r in rows] == [p[0] for p in prices]
    assert rows[1].fields["2027 inkl."] == "740"


def test_a_column_name_turned_to_read_upwards_is_read_as_written() -> None:
    """A housing programme's ruled table with its narrow columns' names turned a quarter
    (generated training document): pdfplumber gives their letters last first ("7202"); the
    header reads "Upplåtelseform", "2027", …, so a question about 2029 finds its column."""
    rows = [r for r in _layout_of(EVAL / "synthetic16" / "orsjovik-bostadsforsorjningsprogram-2027-2031.pdf")[2]
            if r.type == "table" and r.header and r.header[0] == "Nr"]
    assert rows[0].header == ("Nr", "Projekt", "Ort", "Upplåtelseform", "Detaljplan", "2027", "2028", "2029", "2030",
                              "2031", "Summa")
    assert next(r.fields for r in rows if r.fields.get("Projekt") == "Åstrandsparken")["2029"] == "54"


def test_a_long_group_title_does_not_join_columns_and_a_sum_row_is_its_own() -> None:
    """Generated training documents: a price list continued on p. 3 under a group title that runs
    into the first price column ("§ 7 Flerbostadshus och verksamheter, hämtning varje vecka, per
    år"), whose columns were joined into one; and a procurement plan whose grey description line
    joins its row, while the committee's sum row under it stays a row of its own."""
    tariff = [r for r in _layout_of(EVAL / "synthetic16" / "xenby-avfallstaxa-2027.pdf")[3] if r.type == "table"]
    bin660 = next(r.fields for r in tariff if r.text.startswith("7.2 Kärl 660 liter"))
    assert bin660["2026 exkl. moms"] == "9 620" and bin660["2027 inkl. moms"] == "12 925"
    plan = [r.fields for r in _layout_of(EVAL / "synthetic16" / "alstena-upphandlingsplan-2027.pdf")[3] if r.type == "table"]
    computers = next(f for f in plan if f.get("Nr") == "12")
    assert computers["Årsvärde, tkr"] == "3 250" and computers["Upphandling"].startswith("Elevdatorer Leasing av")
    assert any(f.get("Upphandling", "").startswith("Summa barn- och utbildningsförvaltningen") and f.get("Årsvärde, tkr") == "12 150"
               for f in plan)


def _investment_page(pdf: FPDF, title: str, rows: list[tuple[str, tuple[str, str], tuple[str, ...]]],
                     total: tuple[str, ...] = ()) -> None:
    """One page of an investment table as a budget appendix sets it: rules between rows only, the
    total budget column shaded (its edges the only upright lines), a name spanning the year
    columns, project names wrapping, the group's name turned along the table's side and a sum
    row under a double rule."""
    pdf.set_font("helvetica", "B", 11)
    pdf.text(20, 30, title)
    xs = (30, 48, 95, 120, 145, 170)  # Nr, Projekt, Total budget, 2027, 2028, 2029
    height = 11 * len(rows) + 20
    pdf.set_fill_color(235, 228, 210)
    pdf.rect(93, 36, 24, height, style="F")
    pdf.set_fill_color(220, 232, 220)
    pdf.rect(20, 50, 7, height - 14, style="F")  # the band the group's name is turned in
    pdf.set_font("helvetica", "B", 8)
    pdf.text(97, 43, "Total")
    pdf.text(138, 43, "Planerade utgifter, tkr")
    for x, name in zip(xs, ("Nr", "Projekt", "budget", "2027", "2028", "2029")):
        pdf.text(x, 48, name)
    pdf.set_font("helvetica", size=8)
    y = 55
    for nr, name, cells in rows:
        pdf.line(28, y - 6, 190, y - 6)
        pdf.text(xs[0], y, nr)
        pdf.text(xs[1], y, name[0])
        pdf.text(xs[1], y + 4, name[1])
        for x, cell in zip(xs[2:], cells):
            pdf.text(x, y, cell)
        y += 11
    if total:
        pdf.line(28, y - 5, 190, y - 5)
        pdf.line(28, y - 4.4, 190, y - 4.4)
        pdf.set_font("helvetica", "I", 8)
        pdf.text(xs[1], y + 0.7, total[0])  # under the double rule: further off than the rows' lines stand
        for x, cell in zip(xs[2:], total[1:]):
            pdf.text(x, y + 0.7, cell)
    with pdf.rotation(90, 25, 100):
        pdf.set_font("helvetica", "B", 8)
        pdf.text(25, 100, "Utbildning")


def _investment_plan() -> FPDF:
    pdf = _pdf()
    rows = [("P101", ("Nybyggnad", "Dalgårdsskolan"), ("176 000", "62 000", "71 000", "24 500")),
            ("P102", ("Förskolan Blåklockan,", "åtta avdelningar"), ("69 000", "38 000", "26 800", "–")),
            ("P103", ("Gymnasiet, ny", "ventilation"), ("13 000", "6 500", "6 500", "–")),
            ("P104", ("Skolgårdar,", "upprustning"), ("10 000", "2 000", "2 000", "2 000"))]
    _investment_page(pdf, "Tabell 1. Investeringsprojekt per verksamhet, tkr", rows,
                     ("Summa utbildning", "268 000", "108 500", "106 300", "26 500"))
    return pdf

def test_a_table_whose_rules_frame_only_a_shaded_column_is_read_by_its_alignment() -> None:
    table = [r for r in _records(_investment_plan()) if r.type == "table" and "P1" in r.text or "Summa" in r.text]
    assert [r.text.split(" | ")[0] for r in table] == ["P101", "P102", "P103", "P104", "Summa utbildning"]
    assert len({r.table for r in table}) == 1  # one table, not cut at the turned name or the double rule
    first = table[0].fields
    assert first["Total budget"] == "176 000" and first["Planerade utgifter, tkr 2028"] == "71 000"
    assert [v for k, v in table[1].fields.items() if "Projekt" in k] == ["Förskolan Blåklockan, åtta avdelningar"]


def test_a_table_read_by_its_alignment_goes_on_under_its_title_marked_continued() -> None:
    pdf = _pdf()
    projects = [(f"P{n}", (f"Projekt {n}", "etapp 1"), ("1 000", "500", "500", "–")) for n in range(201, 218)]
    _investment_page(pdf, "Tabell 1. Investeringsprojekt per verksamhet, tkr", projects)
    pdf.add_page()
    _investment_page(pdf, "Tabell 1. Investeringsprojekt per verksamhet, tkr (forts.)", projects[:3])
    table = [r for r in _records(pdf) if r.type == "table" and r.text.startswith("P")]
    assert [r.page for r in table].count(2) == 3 and len(table) == 20
    assert len({r.table for r in table}) == 1  # "(forts.)": the table of the page before goes on


def test_rows_of_figures_set_as_tightly_as_a_wrapped_cell_under_a_header_band_are_rows() -> None:
    """A shaded header band over a body whose rows are set as tightly as a wrapped cell's lines:
    every line is a row of its own (a cell holds one figure), not one row holding all the names
    and all the figures."""
    from fpdf.enums import TableBordersLayout
    from fpdf.fonts import FontFace

    pdf = _pdf()
    pdf.cell(0, 8, "Ärenden per beredande nämnd", new_x="LMARGIN", new_y="NEXT")
    body = [("Kommunstyrelsen", "2", "0", "2"), ("Barn- och utbildningsnämnden", "4", "1", "5"),
            ("Kultur- och fritidsnämnden", "2", "4", "6"), ("Tekniska nämnden", "3", "3", "6"), ("Totalt", "11", "8", "19")]
    pdf.set_font("helvetica", size=9)
    with pdf.table(col_widths=(70, 26, 34, 26), text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT"), width=156, align="LEFT",
                   borders_layout=TableBordersLayout.HORIZONTAL_LINES, line_height=4.4, padding=1.3,
                   headings_style=FontFace(emphasis="BOLD", fill_color=(226, 234, 245))) as table:
        for row in [("Beredande nämnd", "Motioner", "Medborgarförslag", "Totalt"), *body]:
            line = table.row()
            for cell in row:
                line.cell(cell)
    pdf.ln(4)
    pdf.cell(0, 6, "Förslag till beslut", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 5, "Kommunstyrelsen föreslår kommunfullmäktige att lägga redovisningen till handlingarna.")
    rows = [r for r in _records(pdf) if r.type == "table" and "Motioner" in r.fields]
    assert [r.fields["Motioner"] for r in rows] == ["2", "4", "2", "3", "11"]
    assert rows[1].fields["Beredande nämnd"] == "Barn- och utbildningsnämnden" and rows[1].fields["Totalt"] == "5"


def test_a_column_name_over_two_lines_group_titles_and_a_dash_for_nothing_keep_one_table_over_pages() -> None:
    """A list of open motions without rules: the last column's name stands on two lines ("Ålder"
    over "(mån)", the first alone above the header's line), a group's title runs from the first
    column into the second ("Medborgarförslag (2)"), a dash a column's width before the next cell
    stands for nothing, and the table goes on under its header on the next page."""
    pdf = _pdf()
    pdf.set_font("helvetica", size=8)
    xs = (20, 45, 105, 130, 160, 190)

    def header(y: float) -> None:
        pdf.text(190, y - 4, "Ålder")
        for x, name in zip(xs, ("Diarienr", "Ärende", "Inkom", "Remitterad till", "Status", "(mån)")):
            pdf.text(x, y, name)

    def row(y: float, cells: tuple[str, ...], more: str) -> float:
        for x, cell in zip(xs, cells):
            pdf.text(x, y, cell)
        pdf.text(xs[1], y + 3.5, more)
        return y + 9

    pdf.set_font("helvetica", "B", 11)
    pdf.text(20, 20, "Bilaga 1. Obesvarade motioner och medborgarförslag")
    pdf.set_font("helvetica", size=8)
    header(34)
    pdf.text(20, 41, "Motioner från ledamöter (3)")
    y = row(47, ("KS 2025/041", "Motion om avgiftsfri kollektivtrafik", "2025-02-10", "Tekniska nämnden", "Remitterad", "14"),
            "för pensionärer")
    y = row(y, ("KS 2025/077", "Motion om att inrätta en fritidsbank", "2025-03-17", "Kommunstyrelsen", "Under beredning", "13"),
            "i kommunen")
    y = row(y, ("KS 2026/088", "Motion om en inhägnad hundrastgård", "2026-04-20", "–", "Ej remitterad", "0"), "vid sjön")
    pdf.text(20, y, "Medborgarförslag (2)")
    y += 6
    while y < 240:  # the table runs to the foot of the page
        y = row(y, ("KS 2024/402", "Medborgarförslag om belysning", "2024-11-28", "Tekniska nämnden", "Vilande", "17"),
                "längs gångvägen")
    pdf.add_page()
    pdf.set_font("helvetica", "B", 11)
    pdf.text(20, 20, "Bilaga 1. Obesvarade motioner och medborgarförslag (forts.)")
    pdf.set_font("helvetica", size=8)
    header(34)
    y = row(41, ("KS 2025/139", "Medborgarförslag om farthinder", "2025-05-12", "Tekniska nämnden", "Remitterad", "11"),
            "vid förskolan")
    row(y, ("KS 2026/019", "Medborgarförslag om ett seniorcafé", "2026-01-26", "Socialnämnden", "Remitterad", "3"), "i byn")
    rows = [r for r in _records(pdf) if r.type == "table"]
    proposals = sum(1 for r in rows if r.fields.get("Diarienr") == "KS 2024/402")
    assert proposals > 10 and [(r.page, r.fields["Diarienr"]) for r in rows] == [
        (1, "Motioner från ledamöter (3)"), (1, "KS 2025/041"), (1, "KS 2025/077"), (1, "KS 2026/088"),
        (1, "Medborgarförslag (2)"), *[(1, "KS 2024/402")] * proposals, (2, "KS 2025/139"), (2, "KS 2026/019")]
    assert len({r.table for r in rows}) == 1 and rows[0].header[-1] == "Ålder (mån)"
    assert rows[0].caption == "Bilaga 1. Obesvarade motioner och medborgarförslag"
    assert rows[3].fields["Remitterad till"] == "–" and rows[3].fields["Status"] == "Ej remitterad"
    assert rows[1].fields["Ärende"] == "Motion om avgiftsfri kollektivtrafik för pensionärer"


def test_dashes_in_a_cell_are_its_text_under_a_header_of_years_and_group_titles() -> None:
    """An action plan without rules: the header names two year columns ("Nr | Åtgärd | ... |
    2027 | 2028"), a group's title runs across the first columns, and an action's cell holds a
    short list of dashes under its name. The dashes are the cell's text, not lists of the page."""
    pdf = _pdf()
    pdf.set_font("helvetica", size=8)
    xs = (20, 32, 95, 140, 165, 185)
    pdf.text(20, 30, "Tabell 1. Åtgärder 2027–2028")
    for x, name in zip(xs, ("Nr", "Åtgärd", "Ansvarig", "Klart", "2027", "2028")):
        pdf.text(x, 39.5, name)
    y = 47.0
    for title, actions in (("1 Främjande och förebyggande", [("1.1", "Utvidgade hälsosamtal", "Elevhälsan", "Q4 2027", "350", "350"),
                                                              ("1.2", "Programmet Bra start", "Förskoleavdelningen", "kv 2 2028", "600", "250")]),
                           ("2 Tidiga insatser", [("2.1", "Samtalsmottagning för unga", "Socialförvaltningen", "kv 1 2028", "800", "1 600")])):
        pdf.text(20, y, title)
        y += 7
        for cells in actions:
            for x, cell in zip(xs, cells):
                pdf.text(x, y, cell)
            pdf.text(32, y + 4, "– två grupper per termin")
            pdf.text(32, y + 8, "– även på arabiska")
            y += 14
    rows = [r for r in _records(pdf) if r.type == "table"]
    assert not [r for r in _records(pdf) if r.type == "list"]
    assert rows[0].header == ("Nr", "Åtgärd", "Ansvarig", "Klart", "2027", "2028") and len({r.table for r in rows}) == 1
    assert [r.fields["Nr"] for r in rows] == ["1 Främjande och förebyggande", "1.1", "1.2", "2 Tidiga insatser", "2.1"]
    assert rows[1].fields["Åtgärd"] == "Utvidgade hälsosamtal – två grupper per termin – även på arabiska"
    assert rows[4].fields["2028"] == "1 600" and rows[4].fields["Ansvarig"] == "Socialförvaltningen"


def test_years_over_the_columns_they_group_name_each_of_them() -> None:
    """"2025" and "2026" set over "Kv | Män | Tot", "Platser," over "antal": each column is named
    by its year and its own name."""
    pdf = _pdf()
    pdf.set_font("helvetica", size=8)
    xs = (20, 60, 78, 92, 106, 124, 138, 152)
    pdf.text(20, 30, "Tabell 1. Nöjda med boendet, procent")
    pdf.text(58, 39.5, "Platser,")
    pdf.text(90, 38, "2025")
    pdf.text(136, 38, "2026")
    for x, name in zip(xs, ("Särskilt boende", "antal", "Kv", "Män", "Tot", "Kv", "Män", "Tot")):
        pdf.text(x, 43, name)
    for k, cells in enumerate((("Bokhagen", "48", "82", "80", "81", "88", "73", "83"),
                               ("Duvslaget", "32", "80", "71", "77", "71", "88", "77"),
                               ("Gullvivan", "40", "84", "89", "86", "89", "90", "89"))):
        for x, cell in zip(xs, cells):
            pdf.text(x, 50 + 6 * k, cell)
    rows = [r for r in _records(pdf) if r.type == "table"]
    assert rows[0].header == ("Särskilt boende", "Platser, antal", "2025 Kv", "2025 Män", "2025 Tot", "2026 Kv", "2026 Män", "2026 Tot")
    assert [r.fields["2026 Män"] for r in rows] == ["73", "88", "90"]


def test_key_figures_set_over_their_labels_are_label_and_figure_rows() -> None:
    """"Året i korthet": figures in a large type over the words that name them, two lines of
    three. Each figure is a row with its label, not a row of figures under a row of words."""
    pdf = _pdf()
    pdf.text(20, 30, "Året i korthet")
    for y, cells in ((40, ("314 870", "22 645", "3 610")), (45, ("tkr nettoomsättning", "tkr resultat", "lägenheter")),
                     (52, ("99,2 %", "14,1 %", "204 315")), (57, ("uthyrningsgrad", "soliditet", "tkr investerat"))):
        for x, cell in zip((20, 85, 150), cells):
            pdf.text(x, y, cell)
    rows = [r for r in _records(pdf) if r.type == "table"]
    assert [r.text for r in rows] == ["tkr nettoomsättning | 314 870", "tkr resultat | 22 645", "lägenheter | 3 610",
                                      "uthyrningsgrad | 99,2 %", "soliditet | 14,1 %", "tkr investerat | 204 315"]
    assert rows[0].caption == "Året i korthet"


def test_a_ruled_tables_title_in_its_first_row_is_its_caption_over_its_header() -> None:
    pdf = _pdf()
    with pdf.table(col_widths=(60, 50, 50)) as table:
        line = table.row()
        line.cell("Tabell 1. Förskola, 1–5 år", colspan=3)
        for row in (("Barn", "Andel av inkomsten", "Högsta avgift, kr/mån"), ("Barn 1", "3 %", "1 773"),
                    ("Barn 2", "2 %", "1 182"), ("Barn 3", "1 %", "591")):
            line = table.row()
            for cell in row:
                line.cell(cell)
    rows = [r for r in _records(pdf) if r.type == "table"]
    assert [r.fields["Högsta avgift, kr/mån"] for r in rows] == ["1 773", "1 182", "591"]
    assert rows[0].caption == "Tabell 1. Förskola, 1–5 år"


def test_a_table_of_figures_only_under_a_line_of_names_is_a_table() -> None:
    """Fees by household income: every cell a figure, the income in the first column."""
    pdf = _pdf()
    pdf.text(20, 30, "Tabell 4. Exempel på avgift per månad")
    xs = (20, 70, 105, 140, 175)
    for x, name in zip(xs, ("Inkomst, kr/mån", "Förskola barn 1", "Förskola barn 2", "Fritidshem barn 1", "Fritidshem barn 2")):
        pdf.text(x, 39.5, name)
    for k, cells in enumerate((("15 000", "450", "300", "300", "150"), ("20 000", "600", "400", "400", "200"),
                               ("25 000", "750", "500", "500", "250"), ("30 000", "900", "600", "600", "300"))):
        for x, cell in zip(xs, cells):
            pdf.text(x, 47 + 5 * k, cell)
    rows = [r for r in _records(pdf) if r.type == "table"]
    assert [r.fields.get("Inkomst, kr/mån") for r in rows] == ["15 000", "20 000", "25 000", "30 000"]
    assert rows[2].fields["Fritidshem barn 2"] == "250"


def test_a_numbered_list_in_two_columns_whose_items_wrap_differently_is_one_list() -> None:
    """Rules 1–3 down the left column, 4–5 down the right, the items wrapping over different
    numbers of lines: one list, counted in order."""
    pdf = _pdf()
    pdf.text(20, 30, "Regler för avgiften")
    left = [("1. Avgiften betalas för tolv månader", "per år, även under lov."), ("2. Avgiften beräknas på", "hushållets inkomst", "före skatt."),
            ("3. Inkomstuppgift lämnas", "i e-tjänsten.")]
    right = [("4. Uppsägningstiden är två månader.",), ("5. Vid obetalda avgifter skickas", "en påminnelse och därefter",
                                                     "ett inkassokrav.")]
    for x, items in ((20, left), (110, right)):
        y = 38.0
        for lines in items:
            for k, line in enumerate(lines):
                pdf.text(x + (4 if k else 0), y, line)
                y += 4.5
            y += 2
    items = [r for r in _records(pdf) if r.type == "list"]
    assert [r.text.split()[0] for r in items] == ["Avgiften", "Avgiften", "Inkomstuppgift", "Uppsägningstiden", "Vid"]
    assert len({r.table for r in items}) == 1


def test_a_right_aligned_cost_under_its_name_on_two_lines_stays_in_its_column_over_pages_marked_continued() -> None:
    """An action plan: "Kostnad" over a right-aligned "tkr", costs wider than "tkr" set flush
    right under it, a table that ends two thirds down the page and goes on under its title
    marked "(forts.)" and the same header on the next page."""
    pdf = _pdf()
    pdf.set_font("helvetica", size=8)

    def page(title: str, rows: list[tuple[str, str, str, str]]) -> None:
        pdf.text(20, 20, title)
        pdf.text(158, 27, "Kostnad")
        for x, name in ((20, "Nr"), (32, "Åtgärd"), (110, "Ansvarig"), (165, "tkr")):
            pdf.text(x, 31, name)
        for k, (nr, action, who, cost) in enumerate(rows):
            for x, cell in ((20, nr), (32, action), (110, who)):
                pdf.text(x, 39 + 7 * k, cell)
            pdf.text(169.5 - pdf.get_string_width(cost), 39 + 7 * k, cost)  # flush right with "tkr"

    page("Tabell 1. Åtgärder", [("1.1", "Inventera lokalerna", "Samhällsbyggnad", "350"),
                                ("1.2", "Bygga om huvudentrén", "Samhällsbyggnad", "4 200"),
                                ("1.3", "Åtgärda hinder i skolor", "Utbildning", "1 150")])
    pdf.add_page()
    page("Tabell 1. Åtgärder (forts.)", [("2.1", "Granska webbplatsen", "Kommunikation", "180"),
                                         ("2.2", "Installera hörslinga", "Samhällsbyggnad", "12 120")])
    rows = [r for r in _records(pdf) if r.type == "table"]
    assert [(r.page, r.fields["Nr"], r.fields.get("Kostnad tkr")) for r in rows] == [
        (1, "1.1", "350"), (1, "1.2", "4 200"), (1, "1.3", "1 150"), (2, "2.1", "180"), (2, "2.2", "12 120")]
    assert len({r.table for r in rows}) == 1


def test_a_ruled_table_whose_rules_mark_only_groups_of_columns_is_read_by_alignment() -> None:
    """A budget ruled between its rows and between its two year groups only: each drawn cell holds
    three columns of figures ("12,4   −98,6   −86,2"). The rules do not give its columns; read by
    its words' alignment, every figure keeps its own column under "2027 Intäkter" … "2028 Netto"."""
    pdf = _pdf()
    pdf.set_font("helvetica", size=8)
    x0, x1, split = 20.0, 190.0, 105.0
    names = ("Intäkter", "Kostnader", "Netto")
    xs = (60, 78, 96, 125, 145, 165)
    rows = [("Kommunledning", "12,4", "-98,6", "-86,2", "12,6", "-101,7", "-89,1"),
            ("Räddningstjänst", "4,2", "-31,5", "-27,3", "4,3", "-32,6", "-28,3"),
            ("Kollektivtrafik", "1,0", "-24,8", "-23,8", "1,1", "-26,3", "-25,2"),
            ("Summa", "17,6", "-154,9", "-137,3", "18,0", "-160,6", "-142,6")]
    pdf.text(20, 24, "Tabell 1. Driftbudget per verksamhet, mnkr")
    ys = [28.0 + 7 * k for k in range(len(rows) + 3)]
    for y in ys:
        pdf.line(x0, y, x1, y)
    for x in (x0, split, x1):
        pdf.line(x, ys[0], x, ys[-1])
    pdf.text(75, 35.5, "2027")
    pdf.text(140, 35.5, "2028")
    for x, name in zip(xs, names * 2):
        pdf.text(x, 39.5, name)
    for k, cells in enumerate(rows):
        pdf.text(22, 47 + 7 * k, cells[0])
        for x, cell in zip(xs, cells[1:]):
            pdf.text(x, 47 + 7 * k, cell)
    table = [r for r in _records(pdf) if r.type == "table"]
    assert [r.fields.get("2028 Netto") for r in table] == ["-89,1", "-28,3", "-25,2", "-142,6"]
    assert table[1].fields["2027 Kostnader"] == "-31,5"


def test_row_labels_a_ruled_table_boxes_in_no_cell_are_read_by_alignment() -> None:
    """A survey table ruled between its rows and its figure columns, whose label column is edged
    only on its shaded rows: every other row's label stands in no cell. Read by its words'
    alignment, every question keeps its label and its figures."""
    pdf = _pdf()
    pdf.set_font("helvetica", size=8)
    labels = ("Trygg ute ensam sent en kväll", "Avstår från aktiviteter", "Orolig att utsättas för brott",
              "Nedskräpning är ett problem", "Dålig belysning är ett problem", "Har sett narkotikaförsäljning")
    figures = (("71", "74", "58"), ("14", "12", "22"), ("24", "21", "33"), ("31", "28", "44"), ("26", "19", "35"), ("6", "5", "17"))
    pdf.text(20, 24, "Tabell 1. Andel som instämmer, procent")
    edges = (100.0, 130.0, 160.0, 190.0)
    ys = [28.0 + 7 * k for k in range(len(labels) + 2)]
    for y in ys:
        pdf.line(20, y, 190, y)
    for x in edges:
        pdf.line(x, ys[0], x, ys[-1])
    for k in range(1, len(ys) - 1, 2):  # the shaded rows' edge on the left
        pdf.line(20, ys[k], 20, ys[k + 1])
    for x, name in zip((102, 132, 162), ("Fågelsta", "Hedvigsdal", "Liljedal")):
        pdf.text(x, 33, name)
    for k, (label, cells) in enumerate(zip(labels, figures)):
        pdf.text(22, 40 + 7 * k, label)
        for x, cell in zip((102, 132, 162), cells):
            pdf.text(x, 40 + 7 * k, cell)
    table = [r for r in _records(pdf) if r.type == "table"]
    assert [r.text.split(" | ")[0] for r in table] == list(labels)
    assert table[2].text.endswith("24 | 21 | 33")


def test_a_place_centred_over_its_two_years_names_both_and_merges_neither() -> None:
    """"Fågelsta" centred over "2025 | 2027", the years set at an even pitch: each figure column
    is its own (the first pair's second column, beside the wide gutter to the labels, is named by
    its year alone: the centring reads the gutter as part of the cells)."""
    pdf = _pdf()
    pdf.set_font("helvetica", size=8)
    pdf.text(20, 24, "Tabell 1. Andel som instämmer per stadsdel, procent")
    places, years = ("Fågelsta", "Hedvigsdal", "Liljedal"), ("2025", "2027")
    xs = [90 + 14 * k for k in range(6)]
    for k, place in enumerate(places):
        middle = (xs[2 * k] + xs[2 * k + 1] + pdf.get_string_width("2025")) / 2
        pdf.text(middle - pdf.get_string_width(place) / 2, 31, place)
    pdf.text(20, 35, "Fråga")
    for k, x in enumerate(xs):
        pdf.text(x, 35, years[k % 2])
    rows = (("Trygg ute sent en kväll", "71", "74", "58", "55", "62", "70"),
            ("Orolig att utsättas för brott", "24", "21", "33", "35", "30", "24"),
            ("Har sett narkotikaförsäljning", "6", "5", "17", "21", "12", "9"))
    for k, cells in enumerate(rows):
        pdf.text(20, 42 + 6 * k, cells[0])
        for x, cell in zip(xs, cells[1:]):
            pdf.text(x + pdf.get_string_width("2025") - pdf.get_string_width(cell), 42 + 6 * k, cell)
    table = [r for r in _records(pdf) if r.type == "table"]
    assert [r.text.split(" | ")[1:] for r in table] == [list(cells[1:]) for cells in rows]  # six columns, none merged
    assert [r.fields["Hedvigsdal 2027"] for r in table] == ["55", "35", "21"]
    assert table[0].header[1] == "Fågelsta 2025" and table[0].header[-1] == "Liljedal 2027"


def test_a_header_band_over_a_ruled_body_names_its_columns_and_a_label_over_rows_is_each_rows() -> None:
    """A header drawn as one shaded band with no rules inside ("Indikator   År   Kvinnor   Män")
    over a body ruled in columns names each column by the words standing over it; an
    indicator's name drawn once beside its three rows of years belongs to each of them, and a
    wrapped project name whose lines other columns' rules split stays one row."""
    pdf = _pdf()
    pdf.cell(0, 8, "Tabell 1. Folkhälsoindikatorer 2021–2025", new_x="LMARGIN", new_y="NEXT")
    widths = (60, 20, 25, 25, 25)
    x0, top = pdf.l_margin, pdf.get_y()
    pdf.set_fill_color(225, 235, 240)
    pdf.rect(x0, top, sum(widths), 10, style="DF")
    x = x0
    for name, w in zip(("Indikator", "År", "Kvinnor", "Män", "Totalt"), widths):
        pdf.text(x + 2, top + 6.5, name)
        x += w
    pdf.set_y(top + 10)
    body = [("Andel som röker dagligen, %", (("2021", "8,4", "7,1", "7,8"), ("2023", "7,6", "6,8", "7,2"), ("2025", "6,1", "6,5", "6,3"))),
            ("Andel med fetma, %", (("2021", "16,9", "18,2", "17,6"), ("2023", "17,8", "19,5", "18,7"), ("2025", "18,4", "20,9", "19,7")))]
    with pdf.table(width=sum(widths), col_widths=widths, align="LEFT", first_row_as_headings=False) as table:
        for name, years in body:
            for n, cells in enumerate(years):
                line = table.row()
                if n == 0:
                    line.cell(name, rowspan=3)
                for cell in cells:
                    line.cell(cell)
    rows = [r for r in _records(pdf) if r.type == "table"]
    assert rows[0].header == ("Indikator", "År", "Kvinnor", "Män", "Totalt")
    assert len(rows) == 6
    assert rows[2].fields == {"Indikator": "Andel som röker dagligen, %", "År": "2025", "Kvinnor": "6,1", "Män": "6,5", "Totalt": "6,3"}
    assert [r.fields["Indikator"] for r in rows[3:]] == ["Andel med fetma, %"] * 3


def test_a_figure_in_a_row_of_a_year_column_takes_the_rows_year() -> None:
    """A table whose rows give their year in a column ("År") labels each cell's figure with the
    row's year beside its column, as a year in the header would."""
    from insyn.ingest.figures import figures_from_record

    rec = Record("table", "folk.pdf", 2, "", {"Indikator": "Andel som röker dagligen, %", "År": "2025", "Kvinnor": "6,1"},
                 "Andel som röker dagligen, % | 2025 | 6,1", "t2.1", "Tabell 1", ("Indikator", "År", "Kvinnor"))
    (fig,) = figures_from_record(rec)
    assert fig.value == 6.1 and fig.label.endswith(", 2025 Kvinnor")


def test_a_name_centred_over_a_run_of_years_names_each_of_them() -> None:
    """"Resor, tusental" centred over "2024 | 2025 | 2026" is read into the middle column only;
    it names the whole run. A name over the first year of a run names that year alone."""
    from insyn.ingest.grid import over_year_runs

    header = ("Linje", "Sträckning", "2024", "Resor, tusental 2025", "2026", "Förändring, %", "Punktlighet, % 2025", "2026")
    assert over_year_runs(header)[2:5] == ("Resor, tusental 2024", "Resor, tusental 2025", "Resor, tusental 2026")
    assert over_year_runs(header)[6:] == ("Punktlighet, % 2025", "2026")
    assert over_year_runs(("Verksamhet", "Budget 2025", "2026", "2027")) == ("Verksamhet", "Budget 2025", "2026", "2027")
    assert over_year_runs(("Nämnd", "2024/25", "Utfall 2025", "2026")) == ("Nämnd", "2024/25", "Utfall 2025", "2026")


def test_a_name_on_a_staggered_header_line_names_the_columns_under_it_it_reaches() -> None:
    """A header set on three lines less than a line apart (one header row): "Inspektioner 2025"
    centred over "Planerade | Utförda" names both, a one-line name set between the lines
    ("Objektkategori") names its own column only, and so does a short name over one column of
    a run of years that it merely stands in the middle of ("Riket" over its 2025)."""
    pdf = _pdf()
    pdf.set_font("helvetica", size=8)
    pdf.text(20, 24, "Tabell 1. Objekt och inspektioner per objektkategori")
    xs = [88, 108, 132, 152, 176]  # Planerade, Utförda (2025); Planerade, Utförda (2026); Riket
    for k, year in enumerate(("2025", "2026")):
        name = f"Inspektioner {year}"
        middle = (xs[2 * k] + xs[2 * k + 1] + pdf.get_string_width("Utförda")) / 2
        pdf.text(middle - pdf.get_string_width(name) / 2, 31, name)
    pdf.text(20, 33, "Objektkategori")
    pdf.text(xs[4], 33, "Riket")
    names = ("Planerade", "Utförda", "Planerade", "Utförda", "2025")
    for x, name in zip(xs, names):
        pdf.text(x, 35, name)
    rows = (("Tillståndspliktiga verksamheter", "7", "7", "7", "6", "8"), ("Förskolor och skolor", "18", "18", "18", "14", "16"),
            ("Hygienlokaler", "8", "6", "11", "11", "9"))
    for k, cells in enumerate(rows):
        pdf.text(20, 42 + 6 * k, cells[0])
        for x, name, cell in zip(xs, names, cells[1:]):  # right-aligned under the column's name
            pdf.text(x + pdf.get_string_width(name) - pdf.get_string_width(cell), 42 + 6 * k, cell)
    table = [r for r in _records(pdf) if r.type == "table"]
    assert table[0].header == ("Objektkategori", "Inspektioner 2025 Planerade", "Inspektioner 2025 Utförda",
                               "Inspektioner 2026 Planerade", "Inspektioner 2026 Utförda", "Riket 2025")
    assert [r.fields["Inspektioner 2026 Utförda"] for r in table] == ["6", "14", "11"]


def test_numbers_set_closer_than_a_segments_gap_are_cut_at_their_columns() -> None:
    """A bold total row sets its numbers nearer each other than the rows above do ("253 1 187 800
    1 217 100", about two thirds of an em apart): it is cut where one number ends and the next
    column's begins, and the table keeps its columns."""
    pdf = _pdf()
    pdf.cell(0, 8, "Tabell 1. Linjerna 2026", new_x="LMARGIN", new_y="NEXT")
    right = (95.0, 113.0, 131.0)
    lines = [("Linje", ("Turer", "Utfall", "Budget"), ""), ("1 Centrum", ("64", "412 300", "428 900"), ""),
             ("2 Hedby", ("52", "298 600", "301 200"), ""), ("3 Eneby", ("40", "176 400", "171 900"), ""),
             ("Totalt", ("253", "1 187 800", "1 217 100"), "B")]
    for y, (label, cells, style) in enumerate(lines):
        pdf.set_font("helvetica", style=style, size=10)
        pdf.text(20, 40 + 6 * y, label)
        for edge, cell in zip(right, cells):
            pdf.text(edge - pdf.get_string_width(cell), 40 + 6 * y, cell)
    rows = [r for r in _records(pdf) if r.type == "table"]
    assert rows[-1].fields == {"Linje": "Totalt", "Turer": "253", "Utfall": "1 187 800", "Budget": "1 217 100"}
    assert rows[0].fields == {"Linje": "1 Centrum", "Turer": "64", "Utfall": "412 300", "Budget": "428 900"}


def test_tables_set_side_by_side_under_one_repeated_header_are_read_apart() -> None:
    """One small table per measure (or two halves of one list) set side by side under a header
    line that names the same columns again: each is a table of its own under its own caption,
    each row one home."""
    pdf = _pdf()
    pdf.text(20, 28, "Andel nöjda, procent")
    pdf.text(110, 28, "Fallskador per 1 000 dygn")
    shares = [("Boende", "2025", "2026", "Förändring"), ("Ekbacken", "84", "87", "+3"), ("Lindgården", "79", "76", "-3"),
              ("Riket", "81", "80", "-1")]
    falls = [("Boende", "2025", "2026", "Förändring"), ("Ekbacken", "3,1", "2,4", "-0,7"), ("Lindgården", "2,7", "3,4", "+0,7"),
             ("Riket", "3,6", "3,5", "-0,1")]
    for y, (left, right) in enumerate(zip(shares, falls)):
        for x, cell in zip((20, 45, 60, 75, 110, 135, 150, 165), (*left, *right)):
            pdf.text(x, 40 + 6 * y, cell)
    rows = [r for r in _records(pdf) if r.type == "table"]
    assert len({r.table for r in rows}) == 2 and all(r.header == ("Boende", "2025", "2026", "Förändring") for r in rows)
    assert [r.fields for r in rows if r.caption == "Fallskador per 1 000 dygn"] == [
        {"Boende": "Ekbacken", "2025": "3,1", "2026": "2,4", "Förändring": "-0,7"},
        {"Boende": "Lindgården", "2025": "2,7", "2026": "3,4", "Förändring": "+0,7"},
        {"Boende": "Riket", "2025": "3,6", "2026": "3,5", "Förändring": "-0,1"}]
    assert [r.fields["Boende"] for r in rows if r.caption == "Andel nöjda, procent"] == ["Ekbacken", "Lindgården", "Riket"]



def test_a_name_over_several_columns_moves_none_of_them_under_its_neighbour() -> None:
    """An elderly-care report (eval/synthetic18): "2025" stacked over "Kv | Män | Tot", the figures
    right-aligned under those names. Each figure stays in its own column ("80 | 81"), not Män's
    and Tot's one cell under Tot because the year's name started both columns where it stands."""
    rows = [r for r in _layout_of(EVAL / "synthetic18" / "lovhammar-aldreomsorg-kvalitetsrapport-2026.pdf")[2]
            if r.type == "table"]
    assert rows[0].text == "Bokhagen | 48 | 82 | 80 | 81 | 88 | 73 | 83 | 31 | 24"
    assert (rows[0].fields["2025 Män"], rows[0].fields["2025 Tot"]) == ("80", "81")
    assert rows[3].fields["2026 Män"] == "–" and rows[-1].fields["Fallskador, antal 2025"] == "149"


def test_a_group_name_over_the_names_of_its_columns_joins_none_of_them() -> None:
    """A housing company's rents and vacancies (eval/synthetic44): "Hyra, kr/m² och år" centred over
    "2025 | 2026 | Förändring, %" reaches over the figures of 2026 only, "Outhyrda lgh 31 dec" starts
    over the first of its two years. The 2026 rent and the change stay two columns, each group name
    names its own columns and not the other's, nor "Antal lgh 2026"."""
    rows = [r for r in _layout_of(EVAL / "synthetic44" / "wilsater-wilsaterhem-arsredovisning-2026.pdf")[3]
            if r.type == "table" and r.caption.startswith("Tabell 2")]
    assert rows[1].text == "Wilsäter centrum | 1 128 | 1 312 | 1 367 | +4,2 | 6 | 8 | 0,7"
    assert rows[1].header == ("Område", "Antal lgh 2026", "Hyra, kr/m² och år 2025", "Hyra, kr/m² och år 2026",
                              "Hyra, kr/m² och år Förändring, %", "Outhyrda lgh 31 dec 2025", "Outhyrda lgh 31 dec 2026",
                              "Vakansgrad 2026, %")
    assert rows[-1].fields["Hyra, kr/m² och år 2026"] == "1 286"


def test_a_numbered_group_title_over_its_projects_is_their_parent() -> None:
    """A street investment plan (eval/synthetic42): "2 Gång- och cykelvägar" over projects 1201-1204
    and their sum. The group's number is no figure: its rows carry the title as their parent."""
    rows = [r for r in _layout_of(EVAL / "synthetic42" / "marstorp-tn-investeringsplan-gator-2027-2030.pdf")[2]
            if r.type == "table"]
    cycle = [r.text.split(" | ")[0] for r in rows if r.parent == "2 Gång- och cykelvägar"]
    assert cycle == ["1201", "1202", "1203", "1204", "Summa gång- och cykelvägar"]


def test_years_set_close_over_right_aligned_figures_name_a_column_each() -> None:
    """A header whose names stand closer than a segment's gap ("Riktning Basår 2024 2025 2026",
    right-aligned over narrow columns of figures set further apart): each name over its own column
    of figures heads it, not one run over the first."""
    pdf = _pdf()
    pdf.set_font("helvetica", size=8)
    pdf.text(20, 24, "Tabell 1. Indikatorer för avfallsplanen")
    ends = [120 + 8.5 * k for k in range(4)]  # right edges of the figure columns, mm

    def right(x: float, y: float, text: str) -> None:
        pdf.text(x - pdf.get_string_width(text), y, text)
    pdf.text(20, 31, "Indikator")
    pdf.text(80, 31, "Riktning")
    for x, name in zip(ends, ("Basår", "2024", "2025", "2026")):
        right(x, 31, name)
    rows = (("Insamlat hushållsavfall", "minska", "486", "451", "437", "424"),
            ("Mat- och restavfall", "minska", "214", "196", "189", "181"),
            ("Grovavfall till återvinningscentral", "minska", "168", "173", "176", "169"),
            ("Insamlade förpackningar", "öka", "62", "68", "71", "70"))
    for k, cells in enumerate(rows):
        pdf.text(20, 38 + 6 * k, cells[0])
        pdf.text(80, 38 + 6 * k, cells[1])
        for x, cell in zip(ends, cells[2:]):
            right(x, 38 + 6 * k, cell)
    table = [r for r in _records(pdf) if r.type == "table"]
    assert [r.text for r in table] == [" | ".join(cells) for cells in rows]
    assert table[0].header == ("Indikator", "Riktning", "Basår", "2024", "2025", "2026")
    assert [r.fields["2025"] for r in table] == ["437", "189", "176", "71"]


def test_a_year_with_its_columns_unit_names_a_column_of_a_header_stacked_over_lines() -> None:
    """A monthly report (eval/synthetic40): "Förändring mot" over "2026, %" among the years under
    "Personalkostnad" and "Inhyrd personal". "2026, %" names a column, like "2026"; read as a
    figure it ended the header above it, and the line of years became a row of the table."""
    rows = [r for r in _layout_of(EVAL / "synthetic40" / "region-wendmark-manadsrapport-april-2027.pdf")[3]
            if r.type == "table" and r.caption.startswith("Tabell 3")]
    assert rows[0].header == ("Division", "Personalkostnad 2027", "Förändring mot 2026, %", "Inhyrd personal 2027",
                              "Inhyrd personal 2026")
    assert rows[0].text == "Division Medicin | 412,6 | +5,8 | 18,4 | 14,9"


def test_a_tables_caption_between_a_legend_and_its_header_starts_the_table() -> None:
    """A street maintenance plan (eval/synthetic46): a legend of priorities ("1  Prioritet 1 – måste
    åtgärdas  2  ...") a line above "Tabell 1. Åtgärder ...", and the header under it. The caption
    is no wrapped cell joining the legend to the table: the table starts under its caption, with
    its header stacked over two lines."""
    rows = [r for r in _layout_of(EVAL / "synthetic46" / "fagerlida-tn-underhallsplan-gator-vagar-2027-2030.pdf")[2]
            if r.type == "table"]
    assert rows[0].caption.startswith("Tabell 1. Åtgärder i underhållsplanen")
    assert rows[0].header[:6] == ("Nr", "Gata", "Delsträcka", "Åtgärd", "Längd, m", "Kostnad, tkr")
    assert rows[0].text == "1 | Mellangatan | Stortorget – Tullbrogatan | Fräsning och ny beläggning | 420 | 1 890 | 2027 | 1"


def test_a_speck_beside_a_groups_title_leaves_it_the_title_of_the_rows_under_it() -> None:
    """A scanned key-figure table: OCR reads a speck beside "Särskilt boende" as "Å". The line is
    still the title of the rows under it, not a row of the group above ("Hemtjänst")."""
    header = ("Nyckeltal", "Kv1", "Kv2", "Kv3", "Kv4")

    def row(*cells: str) -> Record:
        return Record("table", "s.pdf", 2, "", dict(zip(header, cells)), " | ".join(c for c in cells if c), "t2.100", "",
                      header)
    rows = titled([row("Hemtjänst", "", "", "", ""), row("Antal brukare", "412", "418", "405", "427"),
                   row("Beviljade timmar", "21 840", "22 310", "21 960", "23 050"), row("Särskilt boende", "", "", "Å", ""),
                   row("Beläggningsgrad, %", "97,4", "98,1", "96,2", "99,0"), row("Väntetid, dagar", "52", "61", "47", "38")])
    assert [r.parent for r in rows if any(ch.isdigit() for ch in r.text)] == ["Hemtjänst"] * 2 + ["Särskilt boende"] * 2


def test_row_labels_left_of_a_frame_of_shaded_columns_and_a_name_across_two_of_them() -> None:
    """An HR report's sick leave table (eval/synthetic46): shaded columns of figures are its only
    rules, so the ruled frame leaves the administrations' names and "Förvaltning" outside it, and
    its rule between 2025 and 2026 cuts "Samtliga", centred over both, into "Sam" and "tliga". The
    labels are the rows' first cells, and each year is named "Samtliga"."""
    rows = [r for r in _layout_of(EVAL / "synthetic46" / "myrvinge-personalekonomisk-redovisning-2026.pdf")[3]
            if r.type == "table" and r.caption.startswith("Tabell 2")]
    assert rows[0].header[:3] == ("Förvaltning", "Samtliga 2025", "Samtliga 2026")
    assert rows[0].text == "Kommunledningsförvaltningen | 4,6 | 4,1 | 4,9 | 2,7 | 31,5"
    assert rows[-1].fields["Förvaltning"] == "Hela kommunen" and rows[-1].fields["Samtliga 2026"] == "8,3"


def test_a_groups_title_set_apart_under_the_group_above_goes_on_with_its_table() -> None:
    """An operating budget (eval/synthetic30): each committee's title stands a blank space under
    the sum of the committee before, with its short form in the last column ("Socialnämnden  SN").
    The title is a row of the one table, not the header of a table of its own."""
    pages = _layout_of(EVAL / "synthetic30" / "balsunda-driftbudget-2027.pdf")
    rows = [r for r in pages[2] + pages[3] if r.type == "table"]
    assert len({r.table for r in rows}) == 1 and len(rows) == 35
    assert {r.header[0] for r in rows} == {"Nämnd och verksamhet, tkr"}
    titles = [r.text for r in rows if not any(ch.isdigit() for ch in r.text)]
    assert titles == ["Kommunstyrelsen | KS", "Barn- och utbildningsnämnden | BUN", "Socialnämnden | SN",
                      "Samhällsbyggnadsnämnden | SBN", "Kultur- och fritidsnämnden | KFN"]


def test_a_header_of_years_over_abbreviated_columns_spelled_out_by_the_note_below() -> None:
    """A borderless table set with room around its rows (generated, a layout none of the real
    documents has): years over "D | SS | LS" one row's pitch apart, and a note under the table
    spelling the abbreviations out. Every cell is keyed by its year and its column in words."""
    pdf = _pdf()
    pdf.text(20, 30, "Tabell 1. Omkomna och skadade per trafikantgrupp 2025–2026")
    for x, year in ((60, "2025"), (110, "2026")):  # centred over its three columns
        pdf.text(x + (30 + pdf.get_string_width("LS") - pdf.get_string_width(year)) / 2, 40, year)
    lines = [("Trafikantgrupp", "D", "SS", "LS", "D", "SS", "LS"), ("Gående", "1", "3", "14", "–", "4", "11"),
             ("Elsparkcyklister", "–", "5", "22", "1", "6", "29"), ("Bilister", "2", "6", "41", "–", "4", "35")]
    for y, cells in enumerate(lines):
        for x, cell in zip((20, 60, 75, 90, 110, 125, 140), cells):
            pdf.text(x, 47 + 7 * y, cell)
    pdf.set_font("helvetica", size=8)
    pdf.text(20, 77, "D = dödade, SS = svårt skadade, LS = lindrigt skadade. – = ingen.")
    rows = [r for r in _records(pdf) if r.type == "table"]
    assert [r.fields["Trafikantgrupp"] for r in rows] == ["Gående", "Elsparkcyklister", "Bilister"]
    assert rows[0].header[1:] == tuple(f"{year} {name}" for year in ("2025", "2026")
                                       for name in ("D (dödade)", "SS (svårt skadade)", "LS (lindrigt skadade)"))
    assert rows[2].fields["2026 LS (lindrigt skadade)"] == "35" and rows[2].fields["2025 D (dödade)"] == "2"


def test_a_note_spelling_out_abbreviations_is_read_over_its_wrapped_lines() -> None:
    from insyn.ingest.layout import legend

    note = ["KLF = kommunledningsförvaltningen, IFF = individ- och", "familjeomsorgsförvaltningen.",
            "Källa: Personalsystemet. – = uppgift saknas"]
    assert legend(note) == {"KLF": "kommunledningsförvaltningen", "IFF": "individ- och familjeomsorgsförvaltningen"}


def test_a_long_format_tables_rows_of_years_take_the_name_set_once_over_them() -> None:
    """Each housing area named once over its rows of two years (generated; the area's name stands
    on its first row only, as in annual reports): every row of years carries the area."""
    pdf = _pdf()
    pdf.text(20, 30, "Tabell 2. Bostadsområden 2025–2026")
    lines = [("Område", "År", "Lägenheter", "Vakansgrad, %"), ("Tornslingan", "2026", "412", "1,2"), ("", "2025", "412", "0,9"),
             ("Murgrönan", "2026", "158", "4,6"), ("", "2025", "158", "1,9")]
    for y, cells in enumerate(lines):
        for x, cell in zip((20, 70, 100, 140), cells):
            if cell:
                pdf.text(x, 40 + 7 * y, cell)
    rows = [r for r in _records(pdf) if r.type == "table"]
    assert [(r.fields["Område"], r.fields["År"], r.fields["Vakansgrad, %"]) for r in rows] == [
        ("Tornslingan", "2026", "1,2"), ("Tornslingan", "2025", "0,9"), ("Murgrönan", "2026", "4,6"), ("Murgrönan", "2025", "1,9")]


@pytest.mark.parametrize("wrapped", [False, True])
def test_a_cell_set_close_to_the_next_column_and_one_under_a_wider_right_aligned_name_keep_their_columns(wrapped: bool) -> None:
    """A street's name set against the next column ("Gamla landsvägen" almost touching "Bredare
    vägren"), closer than the gap that parts a line's segments, is cut where the column starts
    (three rows start a cell there); a long type name reaching under the right-aligned, wider
    name of the cost column crosses no column, in rows of one line and in rows whose action
    wraps onto a second line. Before, the first made the rows below a table of their own without
    the header, the second ended the table of wrapped rows two rows in."""
    pdf = _pdf()
    pdf.set_font("helvetica", size=9)
    pdf.text(20, 15, "Ullvika kommun")
    pdf.text(90, 15, "Trafikplan 2027")
    pdf.text(175, 15, "Sida 1 (1)")
    rows = [("T01", "Kungsgatan", "Upphöjt övergångsställe", "Passage", "420"),
            ("T02", "Rådhusgatan", "Sänkt hastighet", "Hastighetsdämpning", "85"),
            ("T03", "Gjutargatan", "Två vägkuddar", "Hastighetsdämpning", "310"),
            ("T04", "Kanalvägen", "Separat cykelbana", "Cykelväg", "2 850"),
            ("T05", "Gamla landsvägen", "Bredare vägren", "Cykelväg", "1 950")]
    street_end = 32 + pdf.get_string_width("Gamla landsvägen")
    xs = (20, 32, street_end + 1.3, 114)  # the action column starts a hair after the longest street
    right = 155  # the cost column's right edge: its name is wider than its figures
    pdf.set_font("helvetica", style="B", size=9)
    pdf.text(20, 30, "Tabell 2. Trafiksäkerhetsåtgärder")
    for x, name in zip(xs, ("Nr", "Gata", "Åtgärd", "Typ")):
        pdf.text(x, 40, name)
    pdf.text(right - pdf.get_string_width("Kostnad (tkr)"), 40, "Kostnad (tkr)")
    pdf.set_font("helvetica", size=9)
    for k, cells in enumerate(rows):
        y = 48 + (11 if wrapped else 7) * k
        for x, cell in zip(xs, cells):
            pdf.text(x, y, cell)
        pdf.text(right - pdf.get_string_width(cells[-1]), y, cells[-1])
        if wrapped:
            pdf.text(xs[2], y + 4, "etapp 1")
    rows = [(nr, street, f"{action} etapp 1" if wrapped else action, kind, cost) for nr, street, action, kind, cost in rows]
    assert 114 + pdf.get_string_width("Hastighetsdämpning") > right - pdf.get_string_width("Kostnad (tkr)")
    table = [r for r in _records(pdf) if r.type == "table"]
    assert [(r.fields.get("Nr"), r.fields.get("Gata"), r.fields.get("Åtgärd"), r.fields.get("Kostnad (tkr)")) for r in table] == [
        (nr, street, action, cost) for nr, street, action, _, cost in rows]
    assert len({r.table for r in table}) == 1 and table[0].caption == "Tabell 2. Trafiksäkerhetsåtgärder"


def test_a_total_rows_label_over_two_columns_joins_neither() -> None:
    """A bus line's number and its route stand in two columns; the total row's label "Hela
    trafiken" runs over both. It is the total row's label, and the rows above keep the number
    and the route apart (before, the label joined the two columns into one for every row)."""
    pdf = _pdf()
    pdf.set_font("helvetica", size=9)
    lines = [("11", "Edsvala - Ekshult - Nolvik", "603 118", "83,2"), ("12", "Trollsjö - Marnäs", "312 406", "88,0"),
             ("13", "Edsvala - Ålsjöbruk", "205 733", "85,6"), ("14", "Aldertorp - Ekshult", "96 845", "94,1")]
    pdf.text(20, 30, "Tabell 1. Resor och punktlighet per linje")
    for x, name in ((20, "Linje"), (32, "Sträckning"), (90, "Resor 2026"), (125, "Punktlighet, %")):
        pdf.text(x, 40, name)

    def right(x: float, y: float, cell: str) -> None:
        pdf.text(x - pdf.get_string_width(cell), y, cell)
    for k, (line, route, trips, share) in enumerate([*lines, ("", "", "1 217 702", "87,6")]):
        y = 47 + 7 * k
        if line:
            right(26, y, line)
            pdf.text(32, y, route)
        else:
            pdf.text(20, y, "Hela trafiken")
        right(106, y, trips)
        right(146, y, share)
    rows = [r for r in _records(pdf) if r.type == "table"]
    assert [(r.fields.get("Linje"), r.fields.get("Sträckning", "")) for r in rows] == [(line, route) for line, route, *_ in lines] + [
        ("Hela trafiken", "")]


def test_a_column_name_hyphenated_over_its_two_lines_is_one_word() -> None:
    """"Personal-" over "omsättning, %" names the column "Personalomsättning, %", the word the
    questions use; "Barn- och" over "utbildning" keeps its hyphen."""
    pdf = _pdf()
    pdf.set_font("helvetica", size=9)
    pdf.text(20, 30, "Tabell 1. Anställda per förvaltning 2026")
    for x, y, name in ((20, 40, "Förvaltning"), (80, 40, "Anställda"), (110, 40, "Personal-"), (110, 44, "omsättning, %"),
                       (145, 40, "Barn- och"), (145, 44, "utbildning")):
        pdf.text(x, y, name)
    rows = [("Kommunledningsförvaltningen", "192", "7,8", "12"), ("Socialförvaltningen", "229", "13,6", "31"),
            ("Serviceförvaltningen", "249", "7,1", "18")]
    for k, cells in enumerate(rows):
        for x, cell in zip((20, 80, 110, 145), cells):
            pdf.text(x, 51 + 6 * k, cell)
    table = [r for r in _records(pdf) if r.type == "table"]
    assert [r.fields.get("Personalomsättning, %") for r in table] == ["7,8", "13,6", "7,1"]
    assert table[0].header[-1] == "Barn- och utbildning"


def test_groups_titled_on_lines_of_their_own_stay_one_table_under_its_header() -> None:
    # a header whose last name wraps onto a second line, a rule's space, then each group's title alone on its
    # line, set further apart from the group above than the rows are from each other
    from insyn.ingest.figures import figures_from_record

    pdf = _pdf()
    pdf.text(20, 30, "Tabell 2. Sjukfrånvaro per kön och åldersgrupp, procent")
    for x, name in zip((22, 90, 110, 130, 152), ("Åldersgrupp", "2024", "2025", "2026", "Förändring")):
        pdf.text(x, 40, name)
    pdf.text(152, 44, "procentenheter")
    y = 52.0
    for group, rows in (("KVINNOR", (("29 år och yngre", "6,2", "6,6", "6,9", "+0,3"), ("30-49 år", "7,4", "7,9", "7,5", "-0,4"),
                                     ("50 år och äldre", "8,8", "9,4", "8,6", "-0,8"))),
                        ("MÄN", (("29 år och yngre", "3,9", "4,3", "4,6", "+0,3"), ("30-49 år", "4,1", "4,5", "4,2", "-0,3"),
                                 ("50 år och äldre", "5,6", "5,9", "5,1", "-0,8")))):
        pdf.text(21, y, group)
        for cells in rows:
            y += 6
            for x, cell in zip((24, 92, 112, 132, 156), cells):
                pdf.text(x, y, cell)
        y += 9
    rows = [r for r in _records(pdf) if r.type == "table"]
    assert len({r.table for r in rows}) == 1 and len(rows) == 8
    assert rows[0].header == ("Åldersgrupp", "2024", "2025", "2026", "Förändring procentenheter")
    assert [(r.parent, r.fields["Åldersgrupp"]) for r in rows if r.parent] == [
        ("KVINNOR", "29 år och yngre"), ("KVINNOR", "30-49 år"), ("KVINNOR", "50 år och äldre"),
        ("MÄN", "29 år och yngre"), ("MÄN", "30-49 år"), ("MÄN", "50 år och äldre")]
    older_men = next(f for f in figures_from_record(rows[-1]) if f.label.endswith("2025"))
    assert (older_men.value, "MÄN" in older_men.label, "50 år och äldre" in older_men.label) == (5.9, True, True), older_men.label


def test_lists_under_titles_of_their_own_are_the_titles_list_and_each_titles_items() -> None:
    pdf = _pdf()
    pdf.multi_cell(0, 5, "Nämnden har pekat ut tre utvecklingsområden för 2027. Under varje område anges aktiviteterna.",
                   new_x="LMARGIN", new_y="NEXT")
    groups = {"Fler insatser på hemmaplan": ["utöka öppenvårdsteamet med två behandlare", "starta ett gruppstöd för föräldrar"],
              "Kortare väntan inom ekonomiskt bistånd": ["digital ansökan för alla sökande", "öppna telefontider fyra dagar i veckan"],
              "Kompetens och bemanning": ["ett introduktionsår för nya socialsekreterare", "inga inhyrda konsulter efter 2027",
                                          "handledning varannan vecka"]}
    for title, items in groups.items():
        pdf.ln(3)
        pdf.set_x(15)
        pdf.set_font("helvetica", style="B", size=10)
        pdf.cell(0, 5, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("helvetica", size=10)
        for item in items:
            pdf.set_x(18)
            pdf.cell(0, 5, f"\u2013 {item}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.multi_cell(0, 5, "Arbetet följs upp i delårsrapporten i augusti 2027.", new_x="LMARGIN", new_y="NEXT")
    items = [r for r in _records(pdf) if r.type == "list"]
    titles = [r for r in items if r.text in groups]
    assert [r.text for r in titles] == list(groups) and len({r.table for r in titles}) == 1
    assert not any(r.parent for r in titles)
    assert {(r.text, r.parent) for r in items if r not in titles} == {(i, t) for t, its in groups.items() for i in its}


def test_a_list_numbered_in_a_hanging_column_is_one_list_of_paragraphs() -> None:
    pdf = _pdf()
    pdf.multi_cell(0, 5, "Fullmäktige har beslutat om tre strategier för bostadsförsörjningen.", new_x="LMARGIN", new_y="NEXT")
    strategies = [("Fler hyresrätter nära kollektivtrafiken.", "Minst hälften av de nya lägenheterna ska upplåtas med "
                   "hyresrätt och ligga nära en hållplats med trafik minst varje halvtimme."),
                  ("Levande byar.", "I byarna prövas enstaka tomter genom förhandsbesked i stället för nya detaljplaner."),
                  ("Bostäder för äldre i tätorterna.", "Kommunen ska verka för ett trygghetsboende i varje tätort före 2030.")]
    for n, (title, text) in enumerate(strategies, start=1):
        pdf.ln(3)
        y = pdf.get_y()
        pdf.set_font("helvetica", style="B", size=16)  # the number in a larger type than its text
        pdf.set_xy(10, y)
        pdf.cell(8, 6, str(n))
        pdf.set_font("helvetica", style="B", size=10)
        pdf.set_xy(25, y + 1)
        pdf.cell(0, 5, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("helvetica", size=10)
        pdf.set_x(25)
        pdf.multi_cell(120, 5, text, new_x="LMARGIN", new_y="NEXT")
    items = [r for r in _records(pdf) if r.type == "list"]
    assert [r.text for r in items] == [f"{title} {text}" for title, text in strategies]
    assert len({r.table for r in items}) == 1


def test_a_tables_number_column_and_a_table_of_contents_are_no_hanging_list() -> None:
    pdf = _pdf()
    for n, name, value in [(1, "IT-säkerhetskonsulter", "1 200"), (2, "Företagshälsovård", "850"), (3, "Städtjänster", "6 400")]:
        pdf.set_x(15)
        pdf.cell(10, 6, str(n))
        pdf.cell(70, 6, name)
        pdf.cell(30, 6, value, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    for n, entry in [(1, "Inledning"), (2, "Analys av årets ekonomiska utfall"), (3, "Värdering av eget kapital")]:
        pdf.set_x(15)
        pdf.cell(10, 6, str(n))
        pdf.cell(0, 6, f"{entry} {'.' * 30} {n + 3}", new_x="LMARGIN", new_y="NEXT")
    records = _records(pdf)
    assert not any(r.type == "list" for r in records)
    assert any(r.type == "table" and r.text.startswith("1 | IT-säkerhetskonsulter") for r in records)


def _dotted_points(pdf: FPDF, points: list[str]) -> None:
    """Points nested under an item, each marked by a small dot drawn before it."""
    for point in points:
        y = pdf.get_y()
        pdf.circle(x=30, y=y + 3, radius=0.8, style="F")
        pdf.set_x(33)
        pdf.cell(0, 6, point, new_x="LMARGIN", new_y="NEXT")


def test_list_markers_drawn_as_shapes_are_read_as_bullets_with_their_nesting() -> None:
    """Markers drawn as shapes, not set as characters (a filled square before each strategy, a
    dot before each point under it, as eval/synthetic46's housing programme has them) mark a
    list nested by indent; a dot in a table's middle column (a status mark) marks nothing."""
    pdf = _pdf()
    pdf.cell(0, 8, "Kommunen arbetar efter två strategier under perioden.", new_x="LMARGIN", new_y="NEXT")
    strategies = {"Fler hyresrätter nära kollektivtrafik": ["Bostadsbolaget bygger 40 lägenheter per år",
                                                            "Markanvisningar villkoras med hyresrätter"],
                  "Bostäder som passar äldre": ["Ett nytt särskilt boende utreds", "Tillgängliga lägenheter i centrum"]}
    for strategy, points in strategies.items():
        y = pdf.get_y()
        pdf.rect(21, y + 2.2, 2.2, 2.2, style="F")
        pdf.set_x(26)
        pdf.cell(0, 6, strategy, new_x="LMARGIN", new_y="NEXT")
        _dotted_points(pdf, points)
    pdf.ln(6)
    for label, status in (("Sjukfrånvaro", "Uppfyllt"), ("Kundnöjdhet", "Delvis"), ("Väntetid", "Ej uppfyllt")):
        y = pdf.get_y()
        pdf.cell(60, 6, label)
        pdf.circle(x=82, y=y + 3, radius=1.2, style="F")
        pdf.set_x(86)
        pdf.cell(0, 6, status, new_x="LMARGIN", new_y="NEXT")
    items = [(r.text, r.parent) for r in _records(pdf) if r.type == "list"]
    expected = [(text, parent) for s, points in strategies.items() for text, parent in [(s, ""), *[(p, s) for p in points]]]
    assert items == expected


def test_a_name_centred_over_two_years_from_a_gutter_names_both() -> None:
    """A measure's name wider than its two year columns, centred over them, so that it starts in
    the gutter before them and ends flush right with the second ("Bedömning inom tre dagar, %"
    with "(mål 80)" under it over "2025 | 2026", as eval/synthetic50's primary care report sets
    it): both years are that measure's, not the first the target's alone and the second the name's."""
    pdf = FPDF(unit="pt", format="A4", orientation="L")
    pdf.add_page()
    pdf.set_font("helvetica", size=7)
    right = (359, 437, 563, 633, 703, 773)  # the columns' right edges: figures right-aligned

    def at(text: str, x: float, y: float, align: str = "L") -> None:
        w = pdf.get_string_width(text)
        pdf.set_xy((x - w if align == "R" else x - w / 2 if align == "C" else x) - pdf.c_margin, y)
        pdf.cell(w + 2 * pdf.c_margin, 8, text)

    at("Listade patienter", 399, 157, "C")
    at("Telefontillgänglighet, %", 569, 152, "C")
    at("(mål 90)", 569, 163, "C")
    at("Bedömning inom tre dagar, %", 773 - pdf.get_string_width("Bedömning inom tre dagar, %") / 2, 152, "C")
    at("(mål 80)", 709.5, 163, "C")
    at("Vårdcentral", 69, 179)
    for x, year in zip(right, ("2025", "2026") * 3):
        at(year, x, 179, "R")
    pdf.line(65, 148, 780, 148)
    pdf.line(65, 190, 780, 190)
    rows = (("Båtsjö vårdcentral", "6 120", "6 240", "88,9", "86,2", "85,1", "81,7"),
            ("Esperöd vårdcentral", "17 920", "18 310", "72,3", "68,4", "70,8", "66,2"),
            ("Stenhöga vårdcentral", "8 430", "8 390", "90,2", "91,5", "81,0", "80,4"))
    for k, (label, *values) in enumerate(rows):
        y = 200 + 24 * k
        at(label, 69, y)
        for x, v in zip(right, values):
            at(v, x, y, "R")
    header = next(r.header for r in _records(pdf) if r.type == "table")
    assert header[-2:] == ("Bedömning inom tre dagar, % (mål 80) 2025", "Bedömning inom tre dagar, % (mål 80) 2026")


def test_a_value_at_the_end_of_each_items_line_is_the_items() -> None:
    """Items that end their line in a status set apart by dot leaders drawn as dots ("■ Publik
    tankstation för biogas ........ Försenad") carry it in their text, their nested points not;
    a list whose lines go on beside text of another column (one short line) takes none of it."""
    pdf = _pdf()
    measures = {"Laddplatser vid kommunens arbetsplatser": ("Genomförd", ["48 laddpunkter har byggts"]),
                "Publik tankstation för biogas": ("Försenad", ["drivs av det kommunala energibolaget"]),
                "Klimatrådgivning till lantbruket": ("Ej påbörjad", [])}
    for measure, (status, points) in measures.items():
        y = pdf.get_y()
        pdf.rect(21, y + 2.2, 2.2, 2.2, style="F")
        pdf.set_x(26)
        pdf.cell(pdf.get_string_width(measure) + 2, 6, measure)
        for x in range(int(pdf.get_x()) + 2, 160, 2):  # a leader drawn as dots, no text
            pdf.circle(x=x, y=y + 4.5, radius=0.15, style="F")
        pdf.set_x(162)
        pdf.cell(30, 6, status, align="R", new_x="LMARGIN", new_y="NEXT")
        _dotted_points(pdf, points)
    pdf.ln(8)
    for i, item in enumerate(("- Ett nytt särskilt boende utreds", "- Tillgängliga lägenheter i centrum")):
        pdf.set_x(15)
        pdf.cell(80, 6, item)
        pdf.cell(0, 6, ("Planen antogs", "av fullmäktige i maj")[i], new_x="LMARGIN", new_y="NEXT")
    items = [(r.text, r.parent) for r in _records(pdf) if r.type == "list"]
    assert items[:5] == [("Laddplatser vid kommunens arbetsplatser – Genomförd", ""),
                         ("48 laddpunkter har byggts", "Laddplatser vid kommunens arbetsplatser"),
                         ("Publik tankstation för biogas – Försenad", ""),
                         ("drivs av det kommunala energibolaget", "Publik tankstation för biogas"),
                         ("Klimatrådgivning till lantbruket – Ej påbörjad", "")]
    assert [t for t, _ in items[5:]] == ["Ett nytt särskilt boende utreds", "Tillgängliga lägenheter i centrum"]


def test_a_measures_name_over_its_years_names_each_of_them() -> None:
    # a name stacked over "2025 | 2026" that the reading gave the first year only names the second too
    from insyn.ingest.generic import spread_years

    read = ("Kök", "Portioner 2025", "Portioner 2026", "Tallrikssvinn, g per portion 2025", "2026", "Ekologiska, % 2025", "2026")
    assert spread_years(read) == ("Kök", "Portioner 2025", "Portioner 2026", "Tallrikssvinn, g per portion 2025",
                                  "Tallrikssvinn, g per portion 2026", "Ekologiska, % 2025", "Ekologiska, % 2026")
    assert spread_years(("Prognos 2029", "2030", "2031")) == ("Prognos 2029", "Prognos 2030", "Prognos 2031")
    # a name one year alone is, a name with two years, a year after no name: as read
    for header in (("Indikator", "Basår 2019", "2025", "2026"), ("Förändring 2024–2025", "2026"), ("Område", "2025", "2026")):
        assert spread_years(header) == header
