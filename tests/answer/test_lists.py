"""Tests for insyn.answer.lists: the pieces of a list answer that need no index."""

from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

from insyn.answer import conditions, constraints as c, lists
from insyn.answer.question import parse_question
from insyn.types import Record

D000, D002 = "000_14dd89f663d29f12.txt", "002_b44e5d8e8ff73640.txt"
MINSKA = "Minska hyrberoendet — riktas till hälso- och sjukvårdsnämnden och regionstyrelsen; slutdatum: 2025-12-31"


def _uppdrag(doc: str, text: str, page: int | None = None) -> Record:
    return Record("uppdrag", doc, page, "3 Uppdrag > 3.1 Uppdrag från fullmäktige till nämnd", {"uppdrag": text}, text)


def test_a_row_in_two_documents_is_one_row_with_both_sources() -> None:
    rows = [(1, _uppdrag(D000, MINSKA)), (2, _uppdrag(D000, "Öka tillgängligheten")), (9, _uppdrag(D002, MINSKA, 7))]
    merged = lists.merged(rows)
    assert [r.record.text for r in merged] == [MINSKA, "Öka tillgängligheten"]
    assert merged[0].sources == ((D000, None), (D002, 7)) and merged[0].pos == 1
    text = lists.list_text(merged, "sv")
    assert text.split("\n")[0] == "2 rader matchar:"
    assert f"({D000}; {D002}, s. 7)" in text
    assert lists.list_text(merged, "en").startswith("2 matching rows:")


def test_varav_lines_have_the_line_above_as_parent() -> None:
    def line(label: str) -> tuple[int, Record]:
        return 1, Record("ekonomi", "003.txt", None, "4.3 Ekonomiska ramar", {"label": label}, label)

    rows = [line("Regionstyrelsen"), line("Hälso- och sjukvårdsnämnden"), line("varav primärvård"),
            line("varav psykiatri"), line("Kollektivtrafiknämnden")]
    parents = lists._parents(rows)
    assert [parents.get(id(r)) for _, r in rows] == [None, None, "Hälso- och sjukvårdsnämnden",
                                                        "Hälso- och sjukvårdsnämnden", None]


def test_tables_are_shaped_alike_by_kind_header_or_caption() -> None:
    row = Record("table", "a.pdf", 3, "Taxa", {"Mätare": "DN25", "Avgift": "12 000"}, "DN25 12 000",
                 table="t1", caption="Årlig avgift", header=("Mätare", "Avgift"))
    other = Record("table", "a.pdf", 9, "Taxa", {"Mätare": "DN40"}, "DN40", table="t2", header=("Mätare", "Avgift"))
    item = Record("list", "a.pdf", 3, "Taxa", {"punkt": "Hamn"}, "Hamn", table="l1", caption="Annan fastighet")
    assert lists.shape_of(row) == lists.shape_of(other) != lists.shape_of(item)
    assert lists.shape_of(_uppdrag(D000, "x")) == lists.shape_of(_uppdrag(D002, "y")) == ("uppdrag",)


def test_which_delmal_gives_one_row_per_delmal() -> None:
    def ind(delmal: str, indikator: str) -> tuple[int, Record]:
        return 1, Record("indikator", "001.txt", None, "Mål 4", {"delmal": delmal, "indikator": indikator},
                         f"{delmal} — {indikator}")

    rows = [ind("Minska klimatutsläppen", "Utsläpp från tjänsteresor"), ind("Minska klimatutsläppen", "Utsläpp från trafik"),
            ind("Öka källsorteringen", "Andel källsorterat avfall")]
    q = parse_question("Vilka delmål hade regionstyrelsen under miljömålet?")
    assert [r.fields["indikator"] for _, r in lists._one_per_value(q, rows, {})] == ["Utsläpp från tjänsteresor",
                                                                                      "Andel källsorterat avfall"]
    assert lists._one_per_value(parse_question("Vilka indikatorer finns under miljömålet?"), rows, {}) == rows


def test_rows_of_the_same_name_under_two_group_titles_are_two() -> None:
    header = ("Klinik", "okt", "Mål")
    rows = [(1, Record("table", "r.pdf", 3, "", dict(zip(header, cells)), " | ".join(cells), table="t3.1", header=header))
            for cells in (("Åsmyra lasarett", "", ""), ("Ortopedi", "59,7", "80"), ("Urologi", "61,0", "80"),
                          ("Öjebacka sjukhus", "", ""), ("Ortopedi", "53,9", "80"))]
    q = parse_question("Vilka kliniker låg under 60 procent i oktober 2026?")
    kept = lists._one_per_value(q, [rows[1], rows[4]], lists._parents(rows))
    assert [r.fields["okt"] for _, r in kept] == ["59,7", "53,9"]  # two hospitals' clinics, not one


def test_questions_worded_as_lists() -> None:
    assert lists.asks_for_rows(parse_question("Vilka uppdrag har slutdatum 2025-12-31?"))
    assert lists.asks_for_rows(parse_question("Vilka typer av anläggningar räknas som annan fastighet?"))
    assert lists.asks_for_rows(parse_question("Which water meter fees are above 10,000 kr a year?"))
    assert not lists.asks_for_rows(parse_question("Hur mycket budgeterar regionen för primärvård 2025?"))
    assert not lists.asks_for_rows(parse_question("Which region budgets more for primary care in 2025, Västerbotten or Västernorrland?"))
    # who, among the rows an amount picks (a delegation order); "who" alone asks a passage
    assert lists.asks_for_rows(parse_question("Vem får besluta om ekonomiskt bistånd på mer än 5 000 kr?"))
    assert not lists.asks_for_rows(parse_question("Vem ansvarar för uppföljningen av planen?"))
    assert lists.asks_for_rows(parse_question("Vad ansvarar kommunstyrelsen för enligt IT-policyn?"))  # a body's duties
    assert lists.asks_for_rows(parse_question("What is the technical committee responsible for?"))
    assert not lists.asks_for_rows(parse_question("Vem ansvarar för uppföljningen?"))  # who: a passage
    assert not lists.asks_for_rows(parse_question("Vad har nämnden för uppdrag kring hyrpersonal?"))
    assert lists.asks_for_rows(parse_question("Vad har nämnderna för ansvar enligt policyn?"))
    # the actions a body commits to
    assert lists.asks_for_rows(parse_question("Vad ska bostadsbolaget göra enligt klimatstrategin?"))
    assert lists.asks_for_rows(parse_question("What is the housing company committed to doing under the strategy?"))
    assert not lists.asks_for_rows(parse_question("Vad kostar det att göra om torget?"))


def _views(tables: dict) -> dict:

    return {key: [c.view(r, "") for _, r in rows] for key, rows in tables.items()}


def test_only_a_table_with_a_row_meeting_the_amount_can_answer_it() -> None:
    from insyn.types import Record

    definitions = [(1, Record("list", "t.pdf", 2, "", {"punkt": t}, t, "l2.100", "Ordförklaringar"))
                   for t in ("Servisavgift: en avgift för servisledningar", "Tomtyteavgift: en avgift per m2 tomtyta")]
    fees = [(2, Record("table", "t.pdf", 6, "", {"Antal": n, "Avgift": fee}, f"{n} | {fee}", "t6.1", "Servisavgift"))
            for n, fee in (("En ledning", "43 750 kr"), ("Två ledningar", "53 125 kr"))]
    tables = {("t.pdf", "l2.100", "list"): definitions, ("t.pdf", "t6.1", "table"): fees}
    asked = conditions.typed_rules("Vilka servisavgifter ligger över 50 000 kr?")
    assert lists._meeting_filters(_views(tables), asked) == [("t.pdf", "t6.1", "table")]
    assert lists._meeting_filters(_views(tables), conditions.typed_rules("Vilka avgifter har slutdatum 2025-12-31?")) == []  # no amount asked


def test_an_amount_of_a_year_picks_a_table_with_that_years_column() -> None:
    from insyn.types import Record

    notes = [(1, Record("table", "s.pdf", 5, "", {"Projekt": "Investeringsutgift", "Belopp": "1450 tkr 2027"},
                        "Investeringsutgift | 1450 tkr 2027", "t5.1", "Förklaring"))]
    plan = [(2, Record("table", "s.pdf", 4, "", {"Investeringar (tkr)": name, "Plan 2029": a, "Plan 2030": b},
                       f"{name} | {a} | {b}", "t4.1", "Investeringar")) for name, a, b in (("Belysning", "0", "1400"),
                                                                                         ("Konstgräs", "2000", "0"))]
    tables = {("s.pdf", "t5.1", "table"): notes, ("s.pdf", "t4.1", "table"): plan}
    asked = conditions.typed_rules("Vilka investeringsprojekt planeras för mer än 1 000 tkr år 2030?")
    assert lists._meeting_filters(_views(tables), asked) == [("s.pdf", "t4.1", "table")]
    # columns the parser could only number ("v1", "v2") may hold that year: such a table stays a candidate
    unnamed = [(3, Record("ekonomi", "s.txt", None, "Satsningar", {"label": "Färre medarbetare per chef", "v1": "-5",
                                                                      "v2": "-1 500"}, "Färre medarbetare per chef"))]
    tables[("s.txt", "Satsningar", "ekonomi")] = unnamed
    assert set(lists._meeting_filters(_views(tables), asked)) == {("s.pdf", "t4.1", "table"), ("s.txt", "Satsningar", "ekonomi")}


def test_a_list_said_twice_is_answered_from_where_it_first_stands() -> None:
    def listed(table: str, page: int, texts: list[str], start: int) -> list[tuple[int, Record]]:
        return [(start + i, Record("list", "va.pdf", page, "", {"punkt": t}, t, table)) for i, t in enumerate(texts)]

    summary = listed("l1.100", 1, ["Kommunstyrelsen rekommenderas att utreda formerna för bevakningen av va-kollektivet.",
                                   "Gryaab AB rekommenderas att säkerställa att vattentjänstlagen följs.",
                                   "Kretslopp och vattennämnden rekommenderas att stärka den interna kontrollen."], 0)
    body = listed("l4.100", 4, ["Revisionskontoret rekommenderar kommunstyrelsen att utreda formerna för bevakningen av va-kollektivet.",
                                "Revisionskontoret rekommenderar Gryaab AB att säkerställa att vattentjänstlagen följs.",
                                "Revisionskontoret rekommenderar kretslopp och vattennämnden att stärka den interna kontrollen."], 20)
    other = listed("l6.100", 6, ["Va-kollektivet står inför stora investeringar i ledningsnätet.",
                                 "Taxan har höjts tre år i följd efter beslut i nämnden.",
                                 "Dagvattnet hanteras av kretslopp och vattennämnden."], 40)
    tables = {lists.table_key(t[0][1]): t for t in (summary, body, other)}
    assert lists.first_telling(tables, ("va.pdf", "l4.100", "list")) == ("va.pdf", "l1.100", "list")
    assert lists.first_telling(tables, ("va.pdf", "l6.100", "list")) == ("va.pdf", "l6.100", "list")


def test_a_row_that_only_labels_the_rows_below_is_no_item() -> None:
    header = ("Statistik simskola", "Bokslut 2024", "Bokslut 2025")

    def row(*cells: str) -> tuple[int, Record]:
        return 1, Record("table", "s.pdf", 35, "", dict(zip(header, cells)), " | ".join(c for c in cells if c), "t35.3",
                         "", header)

    table = [row("deltagartillfällen", "", ""), row("Hammenhögsbadet", "1 420", "1 170"), row("Sankt Olofsbadet", "1 946", "1 510")]
    assert [r.fields["Statistik simskola"] for _, r in lists._without_labels(table)] == ["Hammenhögsbadet", "Sankt Olofsbadet"]
    words = [row("Fokusområde", "", ""), row("Civil beredskap", "", "")]  # a table of words keeps every row
    assert lists._without_labels(words) == words


def test_a_groups_title_of_words_is_the_parent_of_the_rows_under_it() -> None:
    """An indicator table grouped under titles of words ("Tillgänglighet", "Medarbetare"): the
    titles leave the rows, and each row carries its group's, so "indikatorer för vårdens
    tillgänglighet" picks the group's rows."""
    header = ("Indikator", "Utfall 2025", "Målvärde 2026")

    def row(*cells: str) -> tuple[int, Record]:
        return 1, Record("table", "plan.pdf", 2, "", {k: v for k, v in zip(header, cells) if v},
                         " | ".join(c for c in cells if c), "t2.1", "Indikatorer", header)

    table = [row("Tillgänglighet", "", ""), row("Andel patienter med kontakt samma dag, %", "81", "85"),
             row("Andel operationer inom 90 dagar, %", "69", "75"), row("Medarbetare", "", ""),
             row("Sjukfrånvaro, %", "6,5", "6,0")]
    kept = lists._without_labels(table)
    assert [(r.fields["Indikator"], r.parent) for _, r in kept] == [
        ("Andel patienter med kontakt samma dag, %", "Tillgänglighet"), ("Andel operationer inom 90 dagar, %", "Tillgänglighet"),
        ("Sjukfrånvaro, %", "Medarbetare")]


def _cells(*cells: str, table: str = "t1") -> tuple[int, Record]:
    fields = {f"v{i}": v for i, v in enumerate(cells)}
    return 1, Record("table", "s.pdf", 21, "Investeringar", fields, " | ".join(cells), table=table)


def test_a_sum_line_closes_its_group_and_is_left_out_when_its_members_answer() -> None:
    rows = [_cells("Inventarier, löpande", "0,800"), _cells("Summa färdigställda projekt", "0,925"),
            _cells("Ny inredning, biblioteket", "4,827"), _cells("Ny teknik bowlinghall", "3,000"),
            _cells("Summa pågående projekt", "20,068")]
    parents = lists._parents(rows)
    assert [parents.get(id(r)) for _, r in rows] == ["fardigstallda projekt", None, "pagaende projekt",
                                                      "pagaende projekt", None]
    assert lists._group_sum(rows[4][1]) == "pagaende projekt" and lists._group_sum(rows[2][1]) is None
    assert lists._group_sum(_cells("Delsumma förskola", "138,7")[1]) == "forskola"


def test_lines_of_words_above_a_table_of_figures_are_its_header() -> None:
    figures = [_cells("(mnkr)", "projektets start", "investeringar"), _cells("Kultur och fritid", "Total", "Budget 2025"),
               _cells("Ny inredning", "4,827", "0,709"), _cells("Ombyggnad Garvaren", "2,575", "0,388"),
               _cells("Löparbana Korsavad", "2,400", "2,400")]
    assert lists._header_lines(figures) == {id(r) for _, r in figures[:2]}
    text = [_cells("får i uppdrag att upplåta vallokaler", "Halvår 1 2026 inget gjort"),
            _cells("Alla nämnder får i uppdrag att bidra", "Halvår 1 2026: 3 möten")]
    assert lists._header_lines(text) == set()  # assignments and their follow-up: no figures table


def test_rows_under_a_groups_title_have_it_as_parent_and_the_title_is_no_answer() -> None:
    from insyn.types import Record

    header = ("Nr", "Ärende", "Delegat")

    def row(*cells: str) -> tuple[int, Record]:
        return 0, Record("table", "d.pdf", 3, "", dict(zip(header, cells)), " | ".join(cells), "t2.2", "", header)

    rows = [row("4 Barn och unga"), row("4.1", "Beslut att inleda utredning", "BIS"), row("5 Missbruk"),
            row("5.1", "Ansökan om vård enligt LVM", "SNAU")]
    parents = lists._parents(rows)
    assert [parents.get(id(r)) for _, r in rows] == [None, "4 Barn och unga", None, "5 Missbruk"]
    assert lists._group_title(rows[0][1]) and not lists._group_title(rows[1][1])


def test_a_title_over_a_group_of_rows_is_their_parent_numbered_or_not() -> None:
    """"Kommunstyrelsen" over its projects, "Mål 2. Barn och elever ska känna sig trygga ..."
    over its indicators: a row of its first cell alone over rows filling their cells titles them."""
    header = ("Mål / indikator", "Målvärde", "Utfall 2025", "Status")

    def row(*cells: str) -> tuple[int, Record]:
        return 1, Record("table", "a.pdf", 3, "", {h: c for h, c in zip(header, cells) if c}, " | ".join(c for c in cells if c),
                         "t3.1", "", header)

    goal = "Mål 2. Barn och elever ska känna sig trygga och ha arbetsro i förskola och skola"
    table = [row(goal, "", "", ""), row("Andel elever som känner sig trygga", "95 %", "93,2 %", "Delvis uppnått"),
             row("Andel elever som upplever studiero", "75 %", "61,8 %", "Ej uppnått"),
             row("Antal barn per årsarbetare", "högst 5,2", "5,6", "Ej uppnått")]
    assert lists._group_titles(table) == {id(table[0][1])}
    parents = lists._parents(table)
    assert parents[id(table[1][1])] == parents[id(table[3][1])] == goal
    assert id(table[0][1]) not in parents


def test_a_groups_title_may_give_its_size() -> None:
    """"Medborgarförslag (10)" over its proposals titles them; its count is no figure of a row."""
    header = ("Diarienr", "Ärende", "Inkom", "Status")

    def row(*cells: str) -> tuple[int, Record]:
        return 1, Record("table", "a.pdf", 2, "", {h: c for h, c in zip(header, cells) if c}, " | ".join(c for c in cells if c),
                         "t2.100", "", header)

    table = [row("Motioner (14)"), row("KS 2025/041", "Motion om avgiftsfri kollektivtrafik", "2025-02-10", "Remitterad"),
             row("Medborgarförslag (10)"), row("KS 2024/402", "Medborgarförslag om belysning", "2024-11-28", "Vilande"),
             row("Summa 24")]
    assert lists._group_titles(table) == {id(table[0][1]), id(table[2][1])}
    assert lists._parents(table)[id(table[3][1])] == "Medborgarförslag (10)"


def test_a_phrase_of_the_question_in_some_rows_marks_the_table_it_filters() -> None:
    """"fick bedömningen ej uppnått": the table with that value in some rows' Status cells, not a
    list whose items share the question's words."""
    def row(text: str) -> tuple[int, Record]:
        return (0, Record("table", "a.pdf", 3, "Måluppfyllelse", {"Indikator": text}, text, "t3.1"))
    table = [row("Andel elever i årskurs 3 | Ej uppnått"), row("Meritvärde i årskurs 9 | Uppnått"),
             row("Studiero i årskurs 8 | Ej uppnått")]
    phrases = lists.question_phrases(
        "vilka av barn- och utbildningsnamndens indikatorer i aspedal fick bedomningen ej uppnatt for 2025", set(), None)
    assert "ej uppnatt" in phrases and not any(p.startswith("i ") and p.endswith(" och") for p in phrases)
    assert lists._phrase_rows(phrases, table) == 1.0
    assert lists._phrase_rows(phrases, table[1:2] * 2) == 0.0  # in no row
    assert lists._phrase_rows(phrases, [table[0], table[2]]) == 0.0  # in every row: it picks none


def test_the_noun_a_list_question_lists_past_its_owners_in_the_genitive() -> None:
    def listed(q: str, lang: str = "sv") -> str:
        return lists.listed_words(parse_question(q), lang)

    assert listed("Vilka föreningar i Vindeborg fick avslag?") == "föreningar"
    assert listed("Which individual investment projects in Storbrinken have more than 20 mnkr?", "en") == \
        "individual investment projects"
    assert listed("Vilka av VA-granskningens rekommendationer riktas till kommunstyrelsen?") == "rekommendationer"
    assert listed("Vilka av Ramsvikas finansiella mål nåddes inte?") == "finansiella mål"
    assert listed("Which of Kvarnåsa's actions are to be completed by June 2026?", "en") == "actions"
    assert listed("Hur många ledamöter har nämnden?") == ""
    assert listed("Med vilka indikatorer följer nämnden upp målet?").split()[0] == "indikatorer"


def test_single_items_asked_leave_out_the_row_gathering_the_rest() -> None:
    header = ("Projekt", "Nämnd", "Budget 2026")
    rows = [(k, Record("table", "budget.pdf", 4, "Investeringar", dict(zip(header, cells)), " | ".join(cells), "t4.1", "", header))
            for k, cells in enumerate([("Ny förskola i Brinkhagen", "BUN", "38,5"), ("Övriga investeringar under 5 mnkr", "Samtliga", "108,5")])]
    single = lists.without_rest(parse_question("Vilka enskilda investeringsprojekt har mer än 20 mnkr 2026?"), rows)
    assert [r.text for _, r in single] == ["Ny förskola i Brinkhagen | BUN | 38,5"]
    assert lists.without_rest(parse_question("Vilka investeringar har mer än 20 mnkr 2026?"), rows) == rows


def test_when_no_item_says_every_word_those_saying_most_answer() -> None:
    items = ["Vuxna som ger trygghet på skolgårdarna", "Gemensamma regler för studiero i klassrummen",
             "Läxhjälp två eftermiddagar i veckan"]
    views = [c.view(Record("list", "s.pdf", 3, "", {"punkt": t}, t, "l3.1", "Utvecklingsområden"), "") for t in items]
    words = [w for w in conditions.question_words("Vilka insatser ska öka tryggheten och studieron?", "sv")
             if w.word in ("tryggheten", "studieron")]
    assert len(words) == 2 and not c.kept(views, [], words, strict=True)
    assert [v.record.text for v in lists.met_rows(views, [], words)] == items[:2]
    assert lists.met_rows(views, [], words[:1]) == views[:1]  # one word: the items saying it, strictly


def test_a_list_explaining_a_columns_values_is_that_columns_legend_not_an_answer() -> None:
    def item(text: str) -> tuple[int, Record]:
        return 1, Record("list", "plan.pdf", 2, "", {"punkt": text}, text, "l2.1", "Statusmarkeringar")

    def action(*cells: str) -> tuple[int, Record]:
        header = ("Åtgärd", "Ansvar", "Status")
        return 1, Record("table", "plan.pdf", 2, "", dict(zip(header, cells)), " | ".join(cells), "t2.1", "Åtgärder", header)

    legend = [item("Genomförd – åtgärden är klar och har följts upp."), item("Pågår – arbetet har startat."),
              item("Försenad – åtgärden blir inte klar till angivet datum.")]
    actions = [action("Byta till LED-belysning", "Fastighet", "Genomförd"), action("Solceller på skolan", "Energibolaget", "Försenad"),
               action("Injustera värmen", "Fastighet", "Pågår")]
    tables = {("plan.pdf", "l2.1", "list"): legend, ("plan.pdf", "t2.1", "table"): actions}
    assert lists._legend_of_values(legend, tables)
    assert not lists._legend_of_values(actions, tables)
    advice = [item("Rekommendation 1 – se över rutinerna."), item("Rekommendation 2 – följ upp avtalen.")]
    assert not lists._legend_of_values(advice, {**tables, ("plan.pdf", "l3.1", "list"): advice})
    # a sentence naming the values: "Status anges som Genomförd, Pågår eller Försenad", a list written into it
    said = [(1, Record("list", "plan.pdf", 2, "", {"punkt": v}, v, "e2.1400.1", "Status anges som")) for v in ("Genomförd", "Pågår", "Försenad")]
    assert lists._legend_of_values(said, {**tables, ("plan.pdf", "e2.1400.1", "list"): said})
    other = [(1, Record("list", "plan.pdf", 2, "", {"punkt": v}, v, "e2.1500.1", "i samarbete med")) for v in ("Region Skåne", "Malmö stad", "Lunds kommun")]
    assert not lists._legend_of_values(other, {**tables, ("plan.pdf", "e2.1500.1", "list"): other})


def test_a_block_of_labels_and_values_is_no_list_answer() -> None:
    """A cover's "Antagen | Kommunfullmäktige 2026-10-26, § 97" over "Diarienummer | KS 2026/501"
    is read as a two-column table whose header is its first pair; a table whose column names are
    dates is not such a block."""
    def row(header: tuple[str, ...], *cells: str) -> tuple[int, Record]:
        return 1, Record("table", "taxa.pdf", 1, "", dict(zip(header, cells)), " | ".join(cells), "t1.100", "", header)

    cover = ("Antagen", "Kommunfullmäktige 2026-10-26, § 97")
    assert lists._labels_and_values([row(cover, "Diarienummer", "TN 2026/117"), row(cover, "Gäller från", "1 januari 2027")])
    balance = ("Mnkr", "2025-12-31")
    assert not lists._labels_and_values([row(balance, "Likvida medel", "412,3")])
    fees = ("Avgift", "2026", "2027")
    assert not lists._labels_and_values([row(fees, "Kärl 190 liter", "1 712", "1 832")])


def test_a_documents_facts_box_reads_as_one_and_weighs_against_its_table() -> None:
    """A few label–value pairs on a document's first page ("Antagen | Barn- och
    utbildningsnämnden 2025-12-10, § 112") are its facts box, which the fitted table scorer
    weighs against; two columns of figures, a box further in, or a longer table are not one."""
    from insyn.answer.lists import FITTED, _facts_box

    def table(pairs, page=1):
        return [(1, Record("table", "p.pdf", page, "", {"1": a, "2": b}, f"{a} | {b}", table="t1.100")) for a, b in pairs]

    box = [("Antagen", "Barn- och utbildningsnämnden 2025-12-10, § 112"), ("Gäller", "1 januari–31 december 2026"),
           ("Ansvarig", "Förvaltningschef"), ("Uppföljning", "Delår per augusti")]
    assert _facts_box(table(box))
    assert not _facts_box(table(box, page=3))
    assert not _facts_box(table([("2025", "412,0"), ("2026", "431,5")]))  # years and amounts
    assert not _facts_box(table(box * 2))
    assert dict(FITTED.weights)["facts"] < 0 < dict(FITTED.weights)["rows"]
    # key figures set in pairs side by side under no header, the right pair read as one cell
    pairs = [{"1": "Antagen av kommunstyrelsen 24 november 2026, § 203", "3": "Dnr KS 2026/402"},
             {"1": "Antal upphandlingar", "2": "23", "3": "Uppskattat årsvärde totalt 166,6 mnkr"},
             {"1": "Nya upphandlingar", "2": "8", "3": "Upphandlingar över 5,0 mnkr per år 11"},
             {"1": "Förnyade avtal", "2": "15", "3": "Planerade starter januari 2027–februari 2028"}]
    key_figures = [(1, Record("table", "p.pdf", 1, "", f, " | ".join(f.values()), table="t1.100")) for f in pairs]
    assert _facts_box(key_figures)
    plan = [(1, replace(r, header=("Nr", "Upphandling", "Årsvärde"))) for _, r in key_figures]
    assert not _facts_box(plan)  # a table under its header is none


def test_a_table_of_the_same_header_under_another_caption_is_another_measure() -> None:
    """Three small tables "Boende | 2025 | 2026" side by side, one per measure: a question naming
    the falls reads the falls' rows only, and their continuation on the next page under a running
    head; a question naming no caption word reads every table of that shape."""
    header = ("Boende", "2025", "2026")

    def table(tid: str, caption: str, page: int, homes: tuple[str, ...]) -> list[tuple[int, Record]]:
        return [(page, Record("table", "b.pdf", page, "", dict(zip(header, (h, "1", "2"))), f"{h} | 1 | 2",
                              table=tid, caption=caption, header=header)) for h in homes]

    tables = {("b.pdf", t[0][1].table, "table"): t for t in (
        table("t2.100", "Andel nöjda med boendet, %", 2, ("Ekbacken", "Lindgården")),
        table("t2.101", "Personalkontinuitet, antal personal", 2, ("Ekbacken", "Lindgården")),
        table("t2.102", "Fallskador per 1 000 boendedygn", 2, ("Ekbacken", "Lindgården")),
        table("t3.100", "Båthälla kommun Kvalitetsuppföljning 2026", 3, ("Mölnegården",)))}
    # the falls go on on page 4 under a header read otherwise: their caption says they go on
    tables[("b.pdf", "t4.100", "table")] = [(4, replace(r, table="t4.100", page=4, caption="Fallskador per 1 000 boendedygn (forts.)",
                                                        header=("Boende 2025", "2026"))) for _, r in tables[("b.pdf", "t2.102", "table")]]
    index = SimpleNamespace(lexical=SimpleNamespace(splitter=None),
                            documents={"b.pdf": SimpleNamespace(organ="Vård- och omsorgsnämnden", region="Båthälla")})
    falls = ("b.pdf", "t2.102", "table")
    q = parse_question("På vilka boenden i Båthälla ökade fallskadorna per tusen boendedygn från 2025 till 2026?")
    assert lists.alike_tables(index, q, "sv", tables, falls) == [falls, ("b.pdf", "t3.100", "table"), ("b.pdf", "t4.100", "table")]
    q = parse_question("Vilka boenden i Båthälla hade ett högre värde 2026 än 2025?")
    assert len(lists.alike_tables(index, q, "sv", tables, falls)) == 5


def test_a_groups_title_may_give_its_short_form_in_the_last_column() -> None:
    header = ("Verksamhet", "Utfall 2025", "Budget 2026", "Budget 2027", "Trend")

    def row(*cells: str) -> tuple[int, Record]:
        fields = {h: c for h, c in zip(header, cells) if c}
        return 2, Record("table", "b.pdf", 2, "", fields, " | ".join(c for c in cells if c), table="t2.100", header=header)

    rows = [row("Socialnämnden", "", "", "", "SN"), row("Hemtjänst", "142 300", "148 900", "156 200", ""),
            row("Särskilt boende", "231 500", "236 800", "245 300", "")]
    assert lists._group_titles(rows) == {id(rows[0][1])}
    assert lists._parents(rows, lists._group_titles(rows))[id(rows[2][1])] == "Socialnämnden"
    roll = ("Ledamot", "Parti", "Närvarande", "Ersättare")
    member = Record("table", "p.pdf", 1, "", {"Ledamot": "Anna Ek", "Parti": "S"}, "Anna Ek | S", table="t1.100", header=roll)
    assert not lists._first_cell_only(member)  # a roll call's member and party: no title


def test_a_documents_organ_that_titles_some_of_its_rows_picks_them() -> None:
    """The counts gave a budget of every committee the organ it names most ("kultur- och
    fritidsnämnden"); since that name titles some of the document's rows and not others, it is a
    group of rows there, and picks them like any word."""
    index = SimpleNamespace(documents={"b.pdf": SimpleNamespace(organ="kultur- och fritidsnämnden", region="Bälsunda")})
    header = ("Verksamhet", "Budget 2026", "Budget 2027", "Kod")

    def row(*cells: str) -> tuple[int, Record]:
        fields = {h: v for h, v in zip(header, cells) if v}
        return 2, Record("table", "b.pdf", 2, "", fields, " | ".join(v for v in cells if v), table="t2.100", header=header)

    pool = [row("Socialnämnden", "", "", "SN"), row("Hemtjänst", "148 900", "156 200", ""),
            row("Kultur- och fritidsnämnden", "", "", "KFN"), row("Bibliotek", "13 100", "13 400", "")]
    parent = lists._parents(pool, lists._group_titles(pool))
    assert lists._organs_grouping(index, pool, parent) == {"b.pdf"}
    assert lists._organs_grouping(index, pool[2:], parent) == set()  # every row its: the document's own


def test_the_documents_in_focus_are_those_the_questions_names_name() -> None:
    # a company's annual summary among the hits with another municipality's premises plan, which is of the year the
    # question's date filter names: the company the question names decides, the year only among its documents
    documents = {
        "carlsater-lokalforsorjningsplan-2027-2031.pdf": SimpleNamespace(
            title="Carlsäters kommun – Lokalförsörjningsplan 2027–2031", region="Carlsäters kommun", organ="kommunstyrelsen", year=2027),
        "oxnehem-aret-i-sammandrag-2026.pdf": SimpleNamespace(
            title="Årsredovisning 2026 Öxneviks kommun", region="Öxneviks kommun", organ=None, year=2026)}
    index = SimpleNamespace(documents=documents)
    hits = [SimpleNamespace(chunk=SimpleNamespace(doc=d)) for d in ("oxnehem-aret-i-sammandrag-2026.pdf",
                                                                     "carlsater-lokalforsorjningsplan-2027-2031.pdf")]
    assert lists._docs_in_focus(index, parse_question("Vilka av Öxnehems projekt ska vara klara under 2027?"), hits) == [
        "oxnehem-aret-i-sammandrag-2026.pdf"]
    assert lists._docs_in_focus(index, parse_question("Vilka lokaler i Carlsäter ska byggas om?"), hits) == [
        "carlsater-lokalforsorjningsplan-2027-2031.pdf"]
    # no name of either: the year decides, as before
    assert lists._docs_in_focus(index, parse_question("Vilka projekt ska vara klara under 2027?"), hits) == [
        "carlsater-lokalforsorjningsplan-2027-2031.pdf"]


def test_an_amount_of_a_noun_in_a_year_picks_the_table_with_the_nouns_column_in_long_format() -> None:
    from insyn.types import Record

    loans = [(1, Record("table", "b.pdf", 2, "", {"Bibliotek": name, "Utlån 2025": a, "Utlån 2026": b},
                        f"{name} | {a} | {b}", "t2.1", "Utlån och besök")) for name, a, b in (("Stadsbiblioteket", "186 420", "191 305"),
                                                                                             ("Vikåsa", "52 380", "55 910"))]
    events = [(2, Record("table", "b.pdf", 3, "", {"Bibliotek": name, "År": year, "Arrangemang": n, "Deltagare": m},
                         f"{name} | {year} | {n} | {m}", "t3.1", "Arrangemang och deltagare"))
              for name, year, n, m in (("Stadsbiblioteket", "2025", "236", "7 415"), ("Stadsbiblioteket", "2026", "251", "7 802"),
                                       ("Vikåsa", "2025", "108", "2 045"), ("Vikåsa", "2026", "117", "2 210"))]
    tables = {("b.pdf", "t2.1", "table"): loans, ("b.pdf", "t3.1", "table"): events}
    asked = conditions.typed_rules("Vilka bibliotek ordnade fler än 100 arrangemang under 2026?")
    assert lists._meeting_filters(_views(tables), asked) == [("b.pdf", "t3.1", "table")]


def test_a_table_going_on_over_a_page_break_is_one_table() -> None:
    header = ("Område", "År", "Underhåll")

    def row(table: str, page: int, *cells: str, caption: str = "Hyra och underhåll, kr/m²") -> tuple[int, Record]:
        return page, Record("table", "h.pdf", page, "2 Områden", dict(zip(header, cells)), " | ".join(cells), table, caption, header)

    tables = {("h.pdf", "t2", "table"): [row("t2", 2, "Tornslingan", "2026", "148"), row("t2", 2, "Täppan", "2026", "96")],
              ("h.pdf", "t3", "table"): [row("t3", 3, "Nyplanen", "2026", "88")],  # the header repeated on the next page
              ("h.pdf", "t4", "table"): [row("t4", 5, "Ekparken", "2026", "131")],  # not the next page: a table of its own
              ("h.pdf", "t5", "table"): [row("t5", 6, "Almdalen", "2026", "176", caption="Lokaler")]}  # another caption
    joined = lists.joined_continuations(tables)
    assert list(joined) == [("h.pdf", "t2", "table"), ("h.pdf", "t4", "table"), ("h.pdf", "t5", "table")]
    assert [r.fields["Område"] for _, r in joined[("h.pdf", "t2", "table")]] == ["Tornslingan", "Täppan", "Nyplanen"]


def test_a_comparison_of_two_years_keeps_a_things_row_of_each_year() -> None:
    header = ("Anläggning", "År", "Bokade timmar")
    rows = [(2, Record("table", "b.pdf", 2, "Bokningar", dict(zip(header, cells)), " | ".join(cells), "t1", "", header))
            for cells in (("Ishallen", "2025", "1 320"), ("Ishallen", "2026", "1 290"))]
    q = parse_question("Vilka anläggningar hade färre bokade timmar 2026 än 2025?")
    assert [r.fields["År"] for _, r in lists._one_per_value(q, rows, {}, by_year=True)] == ["2025", "2026"]
    assert [r.fields["År"] for _, r in lists._one_per_value(q, rows, {})] == ["2025"]


def test_an_amount_of_a_column_no_table_meets_lists_nothing() -> None:
    # "mer än 30 minuter" where the column of minutes has no row over 30: not the prose with larger numbers
    header = ("Område", "Insatser 2026", "Insatstid, median, min 2026")
    table = [c.view(Record("table", "r.pdf", 3, "Insatser", dict(zip(header, cells)), " | ".join(cells), "t1", "", header), "")
             for cells in (("Centrum", "532", "8,2"), ("Saltnäs", "104", "21,7"))]
    prose = [c.view(Record("list", "r.pdf", 2, "Året", {"punkt": "Räddningstjänsten gjorde 1 026 insatser"},
                           "Räddningstjänsten gjorde 1 026 insatser", "l1", ""), "")]
    views = {("r.pdf", "t1", "table"): table, ("r.pdf", "l1", "list"): prose}
    typed = conditions.typed_rules("Vilka områden hade en medianinsatstid på mer än 30 minuter 2026?")
    assert lists._meeting_filters(views, typed) == [] and lists._noun_named(views, typed, year=True)
    # of another year, the table has no such column: nothing says none
    assert not lists._noun_named(views, conditions.typed_rules("Vilka områden hade en insatstid på mer än 30 minuter 2025?"),
                                 year=True)
    fewer = conditions.typed_rules("Vilka områden hade en medianinsatstid på mer än 20 minuter 2026?")
    assert lists._meeting_filters(views, fewer) == [("r.pdf", "t1", "table")]


def test_an_adjective_before_the_listed_noun_picks_rows() -> None:
    # "vilka privata vårdcentraler": the centres are listed, "privata" picks those run privately
    assert lists._head_noun("vilka privata vardcentraler i region alvmark hade fler an 10 000 listade patienter?") == "vardcentraler"
    assert lists._head_noun("vilka nya atgarder foreslas i klimatplanen?") == "atgarder"
    # a noun, a noun and another, or a verb after the first word: as before
    assert lists._head_noun("vilka kontroller ska goras 2027?") == "kontroller"
    assert lists._head_noun("vilka divisioner och verksamheter gick over budget?") == "divisioner verksamheter"
    assert lists._head_noun("vilka data finns om besoken?") == "data"
    assert lists._leading_adjectives("vilka nya enskilda investeringsprojekt har ni?") == ["nya", "enskilda"]
    header = ("Vårdcentral", "Drift", "Listade patienter 2026")
    centres = [c.view(Record("table", "v.pdf", 2, "Vårdcentraler", dict(zip(header, cells)), " | ".join(cells), "t1", "", header),
                      "") for cells in (("Ambranäs vårdcentral", "Region", "10 120"), ("Ekeryds läkarhus", "Privat", "12 360"),
                                        ("Säbylunds vårdcentral", "Privat", "5 720"))]
    q = "Vilka privata vårdcentraler hade fler än 10 000 listade patienter 2026?"
    words = c.word_rules(conditions.question_words(q, "sv"), centres, {"vardcentral"}, 0.9)
    assert [r.record.fields["Vårdcentral"] for r in c.kept(centres, conditions.typed_rules(q), words)] == ["Ekeryds läkarhus"]
