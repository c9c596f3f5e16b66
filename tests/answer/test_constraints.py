"""Tests for insyn.answer.constraints: typed rules read from questions, word rules against rows."""

from __future__ import annotations

from dataclasses import replace

from insyn.answer import conditions, constraints as c
from insyn.answer.constraints import AmountRule, DateRule, Op
from insyn.types import Record


def _row(fields: dict[str, str], section: str = "3 Uppdrag > 3.1 Uppdrag från fullmäktige till nämnd") -> c.RowView:
    record = Record("uppdrag", "000.txt", None, section, fields, " | ".join(fields.values()))
    return c.view(record, "", None, frozenset({"uppdrag"}))  # the assignment as written: free text


UPPDRAG = [
    _row({"status": "Pågående", "uppdrag": "Minska hyrbe", "riktas_till": "regionstyrelsen",
          "periodicitet": "Tertial: aug, dec", "slutdatum": "2025-12-31"}),
    _row({"status": "Ej påbörjad", "uppdrag": "Ta fram konsekvensunderlag", "riktas_till": "alla nämnder och styrelser",
          "periodicitet": "Tertial: apr, aug, dec", "slutdatum": "2024-06-30"}),
    _row({"status": "Klar", "uppdrag": "Beredningen för funktionshinder och samverkan ges i uppdrag att följa upp",
          "riktas_till": "beredningen för funktionshinder och samverkan", "periodicitet": "Årlig", "slutdatum": "2026-03-31"}),
]


def _kept(q: str, rows: list[c.RowView] = UPPDRAG, lang: str = "sv") -> list[str]:
    words = c.word_rules(conditions.question_words(q, lang), rows, {"uppdrag"}, 0.9)
    return [r.record.fields.get("uppdrag", r.record.text)[:12] for r in c.kept(rows, conditions.typed_rules(q, lang), words)]


def test_dates_exact_year_and_bounds_are_read_with_their_cue() -> None:
    assert conditions.typed_rules("Vilka uppdrag har slutdatum 2025-12-31?") == [DateRule(Op.eq, "2025-12-31")]
    assert conditions.typed_rules("Vilka uppdrag ska vara klara senast 30 juni 2025?") == [DateRule(Op.le, "2025-06-30")]
    assert conditions.typed_rules("Vilka åtgärder ska vara klara före den 1 maj 2027?") == [DateRule(Op.le, "2027-05-01")]
    assert conditions.typed_rules("Vilka åtgärder ska vara klara 2024?") == [DateRule(Op.eq, "2024")]
    assert conditions.typed_rules("Vilka uppdrag ska genomföras före 2026?") == [DateRule(Op.lt, "2026")]
    assert conditions.typed_rules("Vilka uppdrag har nämnden i planen för 2025?") == []  # a year choosing the plan


def test_amounts_with_comparison_and_unit() -> None:
    assert conditions.typed_rules("Vilka investeringar över 5 mnkr finns?") == [AmountRule(Op.gt, 5.0, "mnkr")]
    assert conditions.typed_rules("Vilka indikatorer har målvärde minst 90 procent?") == [
        AmountRule(Op.ge, 90.0, "procent", column_word="malvard")]
    assert conditions.typed_rules("Which fees are above 10,000 kr a year?", "en") == [AmountRule(Op.gt, 10000.0, "kr")]
    assert conditions.typed_rules("Vilka poster är under 500 tkr?") == [AmountRule(Op.lt, 500.0, "tkr")]
    assert conditions.typed_rules("Vilka åtgärder har slutdatum under 2025?") == [DateRule(Op.eq, "2025")]


def test_amounts_compare_across_units() -> None:
    table = [c.view(Record("ekonomi", "s.pdf", 4, "Investeringar", {"label": label, "Budget 2027": cell, "unit": "tkr"},
                           label), "") for label, cell in (("Konstgräsplan", "6 500"), ("Belysning", "800"))]
    rule = conditions.typed_rules("Vilka investeringar över 5 mnkr finns?")[0]
    assert [rule.holds(r) for r in table] == [True, False]


def test_a_paragraph_or_case_number_is_no_amount() -> None:
    """"§ 142" and "KS 2026/208" in a decision box are no amounts over 100 mnkr."""
    box = [c.view(Record("table", "f.pdf", 1, "", {"1": label, "2": cell}, f"{label} | {cell}"), "")
           for label, cell in (("Beslutad av", "Kommunfullmäktige 2026-11-23, § 142"), ("Diarienummer", "KS 2026/208"),
                               ("Ram", "142,5 mnkr"))]
    rule = conditions.typed_rules("Vilka verksamheter har en nettokostnad på mer än 100 mnkr?")[0]
    assert [rule.holds(r) for r in box] == [False, False, True]


def test_a_project_number_is_no_amount_and_a_dash_in_the_years_column_meets_nothing() -> None:
    """An investment plan's rows: "Projnr" identifies (1303 is no 1 303 mnkr), and a project with
    "–" in "Budget 2027" has no budget that year, whatever its other columns hold."""
    header = ("Projnr", "Projekt", "Total utgift", "Budget 2027", "Plan 2028")

    def row(*cells: str) -> c.RowView:
        return c.view(Record("table", "i.pdf", 2, "", dict(zip(header, cells)), " | ".join(cells), header=header), "")

    rows = [row("1204", "Cykelparkeringar vid resecentrum", "2,4", "2,4", "–"),
            row("1303", "Cirkulationsplats Ärlegatan/Bangatan", "11,0", "–", "1,0"),
            row("1202", "GC-väg längs Aspdalsvägen", "6,3", "1,5", "4,8")]
    assert all("Projnr" not in [col for col, _, _ in r.amounts] for r in rows)
    rule = conditions.typed_rules("Vilka projekt har mer än 2 mnkr i budget för 2027?")[0]
    assert [rule.holds(r) for r in rows] == [True, False, False]


def test_a_four_digit_count_among_counts_is_no_year() -> None:
    """A scanned key-figure row, "Övertid, timmar | 2140 | 1 860 | 2480 | 1930": the last quarter's
    1930 hours are a count, so the table has no dates for "fjärde kvartalet 2026" to filter by. A
    year in a column naming a time ("År", "Klart", "Byggår") stays a date."""
    def dated(fields: dict[str, str]) -> tuple[tuple[str, str], ...]:
        return c.view(Record("table", "k.pdf", 2, "", fields, " | ".join(fields.values())), "").dated

    assert dated({"Nyckeltal": "Övertid, timmar", "Kv1": "2140", "Kv2": "1 860", "Kv3": "2480", "Kv4": "1930"}) == ()
    assert dated({"Område": "Murgrönan", "År": "2026", "Lägenheter": "158", "Vakans": "4,6"}) == (("År", "2026"),)
    assert dated({"Åtgärd": "Ny rutin", "Ansvarig": "HR", "Klart": "2027", "Kostnad": "450"}) == (("Klart", "2027"),)
    assert dated({"Fastighet": "Ekbacken", "Byggår": "1930", "Yta": "1 200", "Kostnad": "3 400"}) == (("Byggår", "1930"),)


def test_a_date_in_a_columns_name_is_no_year_column() -> None:
    """A scanned decision list whose header line read a print stamp ("Utskrift 2027-10-04 08:12")
    over a column of property names: "i september 2027" names no column, and the fee in the
    unnamed column is the amount compared."""
    header = ("Ärende", "Datum", "Nämnden Utskrift 2027-10-04 08:12", "Åtgärd", "Avgift")
    cells = ("B 2027-401", "2027-09-02", "Malmen 3", "Nybyggnad av enbostadshus", "28 450")
    record = Record("table", "d.pdf", 2, "", {"1": cells[0], "2": cells[1], header[2]: cells[2], "4": cells[3], "7": cells[4]},
                    " | ".join(cells), header=header)
    rule = next(r for r in conditions.typed_rules("Vilka bygglovsbeslut i september 2027 hade en avgift på mer än 25 000 kronor?")
                if isinstance(r, AmountRule))
    assert rule.holds(c.view(record, "")) and not replace(rule, value=30000.0).holds(c.view(record, ""))
    assert c.names_year("Budget 2027", "2027") and not c.names_year(header[2], "2027")


def test_a_date_rule_keeps_the_rows_with_that_date() -> None:
    assert _kept("Vilka uppdrag har slutdatum 2025-12-31?") == ["Minska hyrbe"]
    assert _kept("Vilka uppdrag ska vara klara före 2026?") == ["Minska hyrbe", "Ta fram kons"]


def test_status_words_with_negation_and_synonyms() -> None:
    assert _kept("Vilka uppdrag är pågående?") == ["Minska hyrbe"]
    assert _kept("Vilka uppdrag har inte påbörjats?") == ["Ta fram kons"]
    assert _kept("Vilka uppdrag är avslutade?") == ["Beredningen "]  # "Klar" in the table


def test_responsible_and_months_pick_rows() -> None:
    assert _kept("Vilka uppdrag har nämnden gett beredningen för funktionshinder och samverkan?") == ["Beredningen "]
    assert _kept("Vilka uppdrag följs upp i april, augusti och december?") == ["Ta fram kons"]


def test_a_role_in_or_inflected_meets_the_bare_noun_in_a_cell() -> None:
    """"kommundirektören", "rektorerna" against cells "Kommundirektör", "Rektor": the stemmer cuts
    the bare noun's -or but the inflected noun's ending, and the two terms must still meet."""
    rows = [_row({"uppdrag": "Yttranden över remisser", "riktas_till": "Kommundirektör"}),
            _row({"uppdrag": "Avskrivning av fordringar", "riktas_till": "Ekonomichef"}),
            _row({"uppdrag": "Skolans arbetsplan", "riktas_till": "Rektor"})]
    assert _kept("Vilka ärenden har kommunstyrelsen delegerat till kommundirektören?", rows) == ["Yttranden öv"]
    assert _kept("Vilka uppdrag har rektorerna?", rows) == ["Skolans arbe"]


def test_words_every_row_says_or_none_says_pick_nothing() -> None:
    assert len(_kept("Vilka uppdrag gav fullmäktige till nämnderna?")) == 3  # the section says it for every row
    assert len(_kept("Vilka uppdrag handlar om vindkraft?")) == 3  # no row says it: no constraint


def test_english_question_through_the_glossary() -> None:
    assert _kept("Which assignments are ongoing?", lang="en") == ["Minska hyrbe"]


def test_a_dash_among_counts_is_nothing_among_shares_no_figure() -> None:
    """"fler bostäder 2030 än 2027": a dash in 2027's column of counts is none built that year; a
    dash in a column of shares says no figure was given, and compares with nothing."""
    def line(cells: dict[str, str]) -> c.RowView:
        return c.view(Record("table", "b.pdf", 2, "", cells, " | ".join(cells.values())), "")

    rule = c.ColumnRule(Op.gt, "2030", "2027")
    assert rule.holds(line({"Område": "Hamnkvarteret", "2027": "–", "2030": "30"}))
    assert not rule.holds(line({"Område": "Tegelbruket", "2027": "40", "2030": "–"}))
    assert not rule.holds(line({"Boende": "Kastanjen", "2027": "–", "2030": "79 %"}))


def test_a_budget_in_tkr_named_by_its_label_column_and_a_share_of_change() -> None:
    """An operating budget whose label column's name gives the unit ("Nämnd och verksamhet, tkr"):
    "more than 100 million kronor in 2027" reads its 2027 column in tkr; "mer än fem procent
    högre budget 2027" reads its one column of shares, the change, where the year's is money."""
    header = ("Nämnd och verksamhet, tkr", "Budget 2026", "Budget 2027", "Förändring, %")

    def line(*cells: str) -> c.RowView:
        fields = dict(zip(header, cells))
        return c.view(Record("table", "b.pdf", 2, "", fields, " | ".join(cells), header=header), "")

    rows = [line("Förskola", "174 200", "178 900", "+2,7"), line("Kollektivtrafik", "19 500", "21 300", "+9,2")]
    assert [r.record.fields[header[0]] for r in rows if conditions.typed_rules(
        "Which activities have a net budget of more than 100 million kronor in 2027?", "en")[0].holds(r)] == ["Förskola"]
    assert [r.record.fields[header[0]] for r in rows if conditions.typed_rules(
        "Vilka verksamheter får mer än fem procent högre budget 2027?")[0].holds(r)] == ["Kollektivtrafik"]
    rows.append(line("Fysisk planering", "8 600", "8 100", "−5,8"))
    assert [r.record.fields[header[0]] for r in rows if conditions.typed_rules(  # a fall: the change below −5
        "Vilka verksamheter får en budget som minskar med mer än fem procent 2027?")[0].holds(r)] == ["Fysisk planering"]


def test_two_columns_a_question_names_are_compared_in_each_row() -> None:
    """"fler hyresrätter än bostadsrätter" and "more rental flats than tenant-owned flats": the
    cell of the column each noun names, in each row (a dash among counts is none)."""
    header = ("Område", "Summa", "Hyresrätt", "Bostadsrätt", "Äganderätt")

    def line(*cells: str) -> c.RowView:
        return c.view(Record("table", "m.pdf", 2, "", dict(zip(header, cells)), " | ".join(cells), header=header), "")

    rows = [line("Tegelbruket", "140", "80", "60", "–"), line("Hamnkvarteret", "120", "30", "90", "–"),
            line("Bergsgärdet", "48", "48", "–", "–")]
    for q, lang in (("I vilka områden planeras fler hyresrätter än bostadsrätter?", "sv"),
                    ("In which areas are more rental flats than tenant-owned flats planned?", "en")):
        rule = conditions.typed_rules(q, lang)[0]
        assert isinstance(rule, c.NamedColumnRule) and rule.applies(rows)
        assert [r.record.fields["Område"] for r in rows if rule.holds(r)] == ["Tegelbruket", "Bergsgärdet"]
    assert not any(isinstance(r, c.NamedColumnRule) for r in conditions.typed_rules("Vilka boenden har fler platser än 40?"))


def test_over_budget_is_a_negative_deviation_and_years_compare_columns() -> None:
    def line(label: str, cells: dict[str, str]) -> c.RowView:
        return c.view(Record("table", "s.pdf", 7, "Driftredovisning", {"Verksamhet": label, **cells}, label), "")

    drift = [line("Turistverksamhet", {"Utfall 2025": "2 802", "Budget 2025": "2 803", "Återstår": "-1"}),
             line("Bibliotek", {"Utfall 2025": "-9 100", "Budget 2025": "-9 400", "Återstår": "300"})]
    over = conditions.typed_rules("Vilka verksamheter gick över budget?")
    assert [r.holds(row) for r in over for row in drift] == [True, False]
    assert [w.word for w in conditions.question_words("Vilka verksamheter gick över budget?", "sv")] == ["verksamheter", "gick"]
    bad = [line("Tobisviksbadet", {"Besökare 2024": "22 898", "Besökare 2025": "23 902"}),
           line("Hammenhögsbadet", {"Besökare 2024": "8 035", "Besökare 2025": "7 519"})]
    more = conditions.typed_rules("Vilka bad fick fler besökare 2025 än 2024?")
    assert [more[0].holds(row) for row in bad] == [True, False]
    fell = conditions.typed_rules("I vilka bad sjönk antalet besökare mellan 2024 och 2025?")
    assert [fell[0].holds(row) for row in bad] == [False, True]
    rose = conditions.typed_rules("In which baths did the number of visitors rise from 2024 to 2025?", "en")
    assert [rose[0].holds(row) for row in bad] == [True, False]
    after = conditions.typed_rules("För vilka bad var siffran för 2025 lägre än siffran för 2024?")  # the year first
    assert [r.holds(row) for r in after for row in bad] == [False, True]
    smaller = conditions.typed_rules("Which baths get a smaller number of visitors in 2025 than in 2024?", "en")
    assert [r.holds(row) for r in smaller for row in bad] == [False, True]
    # the verb and the years are the column rule's; what changed picks the table (visitors, not staff)
    assert [w.word for w in conditions.question_words("I vilka bad sjönk antalet besökare mellan 2024 och 2025?", "sv")] == [
        "bad", "antalet", "besökare"]


def test_a_count_compares_in_the_column_of_the_noun_it_counts() -> None:
    rows = [c.view(Record("table", "s.pdf", 8, "", {"Årskurs": f"Årskurs {n}", "Totalt": total, "Flickor": girls,
                                                    "Pojkar": boys}, f"Årskurs {n}"), "")
            for n, total, girls, boys in ((1, "117 604", "57 444", "60 160"), (2, "121 914", "59 642", "62 272"))]
    rule = conditions.typed_rules("I vilka årskurser gick det färre än 59 500 flickor?")[0]
    assert rule == AmountRule(Op.lt, 59500.0, None, None, "flick")
    assert [rule.holds(r) for r in rows] == [True, False]  # not the 2 of "Årskurs 2", nor the boys' column
    assert conditions.typed_rules("Vilka investeringar över 5 mnkr finns?")[0].column_word is None  # a unit, no counted noun
    assert conditions.typed_rules("In which school years were there more than 62,500 boys?", "en")[0].column_word == "pojk"


def test_a_topic_word_matches_the_items_own_text_and_its_compounds() -> None:
    items = [c.view(Record("list", "t.pdf", 2, "", {"punkt": text}, text), "", None, frozenset({"punkt"}))
             for text in ("Dagvatten (D): regnvatten och smältvatten som tillfälligt rinner på mark och andra ytor",
                          "Spillvatten (S): avloppsvatten från bad, dusch, disk och toalett",
                          "Dagvattenavgift: en årlig avgift per m2 tomtyta för hantering av dag- och dräneringsvatten",
                          "Tomtyteavgift: en avgift per m2 tomtyta")]
    q = "Vilka begrepp i ordförklaringarna gäller dagvatten?"
    words = c.word_rules(conditions.question_words(q, "sv"), items, set(), 0.9)
    assert [w.word for w in words] == ["dagvatten"] and words[0].topic
    assert [r.record.text[:12] for r in c.kept(items, [], words)] == ["Dagvatten (D", "Dagvattenavg"]
    past = c.word_rules(conditions.question_words("Vilka begrepp gällde dagvatten?", "sv"), items, set(), 0.9)
    assert [w.word for w in past] == ["dagvatten"] and past[0].topic  # the past tense too
    # the same word outside a topic phrase does not reach into free text
    plain = c.word_rules(conditions.question_words("Vilka dagvatten-begrepp finns?", "sv"), items, set(), 0.9)
    assert not plain


def test_a_deficit_is_a_negative_result_and_against_budget_a_negative_deviation() -> None:
    from insyn.answer.conditions import DEVIATION_COLUMNS, RESULT_COLUMNS
    from insyn.answer.constraints import SignRule

    assert conditions.typed_rules("Vilka tjänsteområden väntas gå med underskott?") == [SignRule(True, RESULT_COLUMNS, DEVIATION_COLUMNS)]
    assert conditions.typed_rules("Vilka verksamheter hade överskott mot budget?") == [SignRule(False, DEVIATION_COLUMNS)]
    rows = [c.view(Record("table", "i.pdf", 16, "", {"Tjänster": name, "Prognos resultat helår": result,
                                                       "Prognos- avvikelse mot budget": deviation}, name), "")
            for name, result, deviation in (("HR", "-2,1", "-1,6"), ("Digital infrastruktur", "-7,6", "0,2"),
                                            ("Ekonomi", "12,7", "13,0"))]
    deficit = conditions.typed_rules("Vilka tjänsteområden väntas gå med underskott?")[0]
    assert [deficit.holds(r) for r in rows] == [True, True, False]  # the result column, not the deviation
    # a follow-up table with no result column: a unit goes with a deficit by its deviation from the budget
    plain = [c.view(Record("table", "a.pdf", 2, "", {"Verksamhet": name, "Budget 2026": "198,5", "Prognos helår": "196,1",
                                                     "Avvikelse mot budget": deviation}, name), "")
             for name, deviation in (("Förskola", "+2,4"), ("Grundskola F–9", "−8,9"))]
    assert [deficit.holds(r) for r in plain] == [False, True]


def test_costs_that_exceeded_the_budget_are_a_negative_deviation() -> None:
    from insyn.answer.conditions import DEVIATION_COLUMNS
    from insyn.answer.constraints import SignRule

    q = "Under vilka kvartal översteg kostnaderna för simhallsbygget budgeten?"
    assert conditions.typed_rules(q) == [SignRule(True, DEVIATION_COLUMNS)]
    assert "kostnaderna" in [w.word for w in conditions.question_words(q, "sv")]  # what exceeded is still a word
    assert conditions.typed_rules("In which quarters did costs exceed the budget?", "en") == [SignRule(True, DEVIATION_COLUMNS)]
    assert conditions.typed_rules("Vilka projekt understeg budgeten?") == [SignRule(False, DEVIATION_COLUMNS)]


def test_a_body_asked_alone_keeps_the_rows_directed_to_it_and_no_other() -> None:
    items = [c.view(Record("list", "va.pdf", 1, "", {"punkt": text, "riktas_till": who}, text), "", None,
                    frozenset({"punkt"}))
             for who, text in (("Kommunstyrelsen", "Kommunstyrelsen rekommenderas att utreda formerna för uppsikten."),
                               ("Kretslopp och vattennämnden, kommunstyrelsen och Gryaab AB",
                                "Kretslopp och vattennämnden, kommunstyrelsen och Gryaab AB rekommenderas att samverka."),
                               ("Kretslopp och vattennämnden", "Kretslopp och vattennämnden rekommenderas att stärka kontrollen."))]

    def kept(q: str, lang: str = "sv") -> list[str]:
        words = c.word_rules(conditions.question_words(q, lang), items, {"rekommendation"}, 0.9)
        return [r.record.fields["riktas_till"] for r in c.kept(items, conditions.typed_rules(q, lang), words)]

    assert kept("Vilka rekommendationer riktas enbart till kommunstyrelsen?") == ["Kommunstyrelsen"]
    assert kept("Vilka rekommendationer riktas till kretslopp och vattennämnden ensam?") == ["Kretslopp och vattennämnden"]
    assert kept("Which recommendations are addressed only to the municipal executive board?", "en") == ["Kommunstyrelsen"]
    # without "enbart" every row naming the body, and "alone or together" restricts nothing
    assert kept("Vilka rekommendationer riktas till kommunstyrelsen?") == [
        "Kommunstyrelsen", "Kretslopp och vattennämnden, kommunstyrelsen och Gryaab AB"]
    assert not any(isinstance(r, c.OnlyRule) for r in conditions.typed_rules(
        "Which recommendations are addressed to Gryaab AB, alone or together with others?", "en"))
    assert not c.OnlyRule(frozenset({"medel"})).applies(
        [c.view(Record("list", "b.pdf", 1, "", {"punkt": "Budget"}, "Budget"), "")])  # no row says whom it is for


def test_an_amount_is_read_in_the_columns_whose_names_say_most_of_the_question() -> None:
    """Two columns of 2025 shares: "behöriga till yrkesprogram 2025" names one; a project's total
    and its years in mnkr: "en total utgift över 40 mnkr" names the total."""
    header = ("Skolenhet", "Uppnått kunskapskraven i alla ämnen 2025, % Totalt", "Behörighet till yrkesprogram, % 2025")
    school = c.view(Record("table", "s.pdf", 2, "", dict(zip(header, ("Udden", "65,9", "84,0"))), "Udden | 65,9 | 84,0",
                           "t2.1", "", header), "")
    (share,) = conditions.typed_rules("Vilka skolenheter hade under 80 procent behöriga till yrkesprogram 2025?")
    assert not share.holds(school)  # 65,9 stands in the other 2025 column
    assert replace(share, asked=frozenset()).holds(school)
    header = ("Projekt", "Investeringsutgift, mnkr Totalt", "Investeringsutgift, mnkr 2027")
    project = c.view(Record("table", "p.pdf", 2, "", dict(zip(header, ("Förskolan Myran", "46,0", "2,0"))),
                            "Förskolan Myran | 46,0 | 2,0", "t2.1", "", header), "")
    small = c.view(Record("table", "p.pdf", 2, "", dict(zip(header, ("Förskolan Pilgrimen", "14,2", "5,2"))),
                          "Förskolan Pilgrimen | 14,2 | 5,2", "t2.1", "", header), "")
    (total,) = conditions.typed_rules("Vilka projekt har en total utgift över 40 mnkr?")
    assert total.holds(project) and not total.holds(small)


def test_an_end_asked_is_read_in_the_end_column_and_a_start_in_the_start_column() -> None:
    header = ("Projekt", "Tidplan Start", "Tidplan Klart")
    starts = c.view(Record("table", "p.pdf", 2, "", dict(zip(header, ("Förskolan Myran", "kvartal 1 2027", "kvartal 4 2028"))),
                           "Förskolan Myran | kvartal 1 2027 | kvartal 4 2028", "t2.1", "", header), "")
    ends = c.view(Record("table", "p.pdf", 2, "", dict(zip(header, ("Förskolan Pilgrimen", "september 2026", "augusti 2027"))),
                         "Förskolan Pilgrimen | september 2026 | augusti 2027", "t2.1", "", header), "")
    (done,) = conditions.typed_rules("Vilka projekt ska bli färdiga under 2027?")
    assert done.holds(ends) and not done.holds(starts)
    (begun,) = conditions.typed_rules("Which projects start in 2027?", "en")
    assert begun.holds(starts) and not begun.holds(ends)


def test_unchanged_compares_the_latest_year_with_the_year_before() -> None:
    header = ("Avgift", "Enhet", "2025", "2026")

    def fee(*cells: str) -> c.RowView:
        return c.view(Record("table", "t.pdf", 3, "", dict(zip(header, cells)), " | ".join(cells), "t3.1", "", header), "")
    (same,) = conditions.typed_rules("Vilka avgifter lämnas oförändrade till 2026?")
    assert same.holds(fee("Entré barn", "kr/besök", "35", "35")) and not same.holds(fee("Entré vuxen", "kr/besök", "60", "70"))
    assert conditions.typed_rules("Which fees remain unchanged?", "en") == [same]
    # two years named alike: the first year's column against the second's, whichever is the latest
    (kept,) = conditions.typed_rules("Vilka avgifter ligger kvar på samma nivå 2026 som 2025?")
    assert kept == c.ColumnRule(Op.eq, "2026", "2025")
    assert kept.holds(fee("Entré barn", "kr/besök", "35", "35")) and not kept.holds(fee("Entré vuxen", "kr/besök", "60", "70"))
    assert conditions.typed_rules("Which charges are the same in 2026 as in 2025?", "en") == [kept]


def test_amounts_written_in_words_and_a_year_naming_the_document() -> None:
    three = conditions.typed_rules("Vilka projekt budgeterades totalt till minst tre miljoner kronor i årsbokslutet 2025?")
    assert three == [AmountRule(Op.ge, 3.0, "mnkr", None)]  # 2025 names the report, not a column
    assert conditions.typed_rules("Which investments are above two million kronor?", "en") == [AmountRule(Op.gt, 2.0, "mnkr")]
    assert conditions.typed_rules("Vilka investeringar 2028 är över 5 mnkr?")[0].column_year == "2028"
    assert not any(isinstance(r, AmountRule) for r in conditions.typed_rules("Vilka tre projekt är störst?"))  # no unit: no amount


def test_plus_against_budget_is_a_positive_deviation_and_plus_alone_no_sign() -> None:
    plus = conditions.typed_rules("Vilka delar räknade med plus mot budget för 2024?")
    assert [(type(r).__name__, r.negative) for r in plus] == [("SignRule", False)]
    assert conditions.typed_rules("Vilka avgifter betalas plus moms?") == []


def test_a_project_number_in_brackets_is_no_amount() -> None:
    row = c.view(Record("table", "s.pdf", 21, "Investeringar", {"Projekt": "Ombyggnad Hafreborg (6012)", "Total": "3,124"},
                        "Ombyggnad Hafreborg (6012) | 3,124"), "")
    assert [v for _, v, _ in row.amounts] == [3.124]


def test_costs_planned_for_a_year_need_a_figure_other_than_zero_in_its_own_column() -> None:
    def line(label: str, plan: str, running: str) -> c.RowView:
        return c.view(Record("ekonomi", "003.txt", None, "IT-plan", {"label": label, "Plan 2027": plan,
                                                                    "Summa kostn. tom 2027": running}, label), "")

    rows = [line("Framtidens vårdinformationsstöd", "0", "406 704"), line("Digitaliseringsstrategi", "10 000", "38 600")]
    (rule,) = conditions.typed_rules("Vilka poster i IT-planen har kostnader planerade för år 2027?")
    assert rule == c.SpentRule("2027") and [rule.holds(r) for r in rows] == [False, True]
    assert conditions.typed_rules("Which projects have spending planned in 2031?", "en")[-1] == c.SpentRule("2031")


def test_a_drop_against_the_year_before_reads_the_latest_years_or_the_change_column() -> None:
    def line(header: tuple[str, ...], *cells: str) -> c.RowView:
        return c.view(Record("table", "skolor.pdf", 2, "Resultat", dict(zip(header, cells)), " | ".join(cells), "t2.1", "",
                             header), "")

    years = ("Skola", "Meritvärde 2024", "Meritvärde 2025")
    change = ("Skola", "Meritvärde", "Förändring")
    rows = [line(years, "Ljungskolan", "236,1", "232,8"), line(years, "Hagaskolan", "233,0", "241,6"),
            line(change, "Ljungskolan", "232,8", "−3,3"), line(change, "Hagaskolan", "241,6", "+8,6")]
    for q, lang in [("Which schools saw their average merit rating drop compared with the year before?", "en"),
                    ("Vilka skolor fick lägre meritvärde än året innan?", "sv")]:
        (rule,) = conditions.typed_rules(q, lang)
        assert [rule.holds(r) for r in rows] == [True, False, True, False]


def test_an_amount_of_money_is_read_in_the_column_priced_in_money_not_a_number_in_words() -> None:
    header = ("Åtgärd", "Ansvar", "Klart senast", "Kostnad (tkr)")
    rows = [c.view(Record("table", "plan.pdf", 2, "Åtgärder", dict(zip(header, cells)), " | ".join(cells), "t2.1", "",
                          header), "")
            for cells in [("Avveckla de två inhyrda paviljongerna", "Lokalenheten", "2027-08-15", "–"),
                          ("Byta frysrum i centralköket", "Kostenheten", "31 mars 2027", "1 850"),
                          ("Byta lampor i sporthallen", "Fastighet", "2026-12-31", "850")]]
    (rule,) = conditions.typed_rules("Vilka åtgärder beräknas kosta minst 1,5 miljoner kronor styck?")
    assert [rule.holds(r) for r in rows] == [False, True, False]
    # a first column naming the unit ("Nämnd, mnkr") names the whole table's: its amounts count
    header = ("Nämnd, mnkr", "Budget 2026", "Plan 2027")
    ram = c.view(Record("table", "budget.pdf", 2, "Drift", dict(zip(header, ("Socialnämnden", "583,7", "602,4"))),
                        "Socialnämnden | 583,7 | 602,4", "t2.1", "", header), "")
    assert conditions.typed_rules("Vilka nämnder har en ram på över 100 miljoner kronor 2026?")[0].holds(ram, True)
    # a year asked names its own column, priced in money or not
    header = ("Projekt", "2027", "2028", "Total utgift (tkr)")
    plan = c.view(Record("table", "inv.pdf", 4, "Investeringar", dict(zip(header, ("Ny konstgräsplan", "10 000", "0", "10 000"))),
                         "Ny konstgräsplan | 10 000 | 0 | 10 000", "t4.1", "", header), "")
    assert conditions.typed_rules("Which projects have at least 1,000 thousand kronor for 2027?", "en")[0].holds(plan, True)


def test_no_money_in_a_year_is_a_dash_or_nothing_in_its_own_column_not_in_the_periods_total() -> None:
    header = ("Projekt", "2026", "2027", "Totalt 2026–2027")

    def line(*cells: str) -> c.RowView:
        return c.view(Record("table", "plan.pdf", 3, "Investeringar", dict(zip(header, cells)), " | ".join(cells),
                             "t3.1", "", header), "")

    rows = [line("Ny idrottshall", "–", "4 000", "4 000"), line("Skolgårdar", "2 000", "2 000", "4 000"),
            line("Konstgräsplan", "0", "3 500", "3 500")]
    (rule,) = conditions.typed_rules("Vilka projekt får inga pengar alls under 2026?")  # the year picks a column, no date
    assert rule == c.SpentRule("2026", none=True) and [rule.holds(r) for r in rows] == [True, False, True]
    assert conditions.typed_rules("Which projects get no money in 2026?", "en") == [c.SpentRule("2026", none=True)]


def test_a_numbered_goal_picks_the_rows_under_its_heading_and_yearly_meets_a_cell_saying_ar() -> None:
    def ind(goal: str, name: str, period: str) -> c.RowView:
        return c.view(Record("indikator", "002.txt", None, f"2.3 Regionfullmäktiges mål > {goal}",
                             {"indikator": name, "periodicitet": period}, name), "")

    rows = [ind("Mål 4. Tillgänglig vård", "Andel BE med patientkontrakt", "År"),
            ind("Mål 4. Tillgänglig vård", "Väntetid till första besök", "Tertial: apr, aug, dec"),
            ind("Mål 14. Hållbar utveckling", "Andel förnybar energi", "År")]
    (goal,) = [r for r in conditions.typed_rules("Which indicators under goal 4 are followed up once a year?", "en")
               if isinstance(r, c.NumberedRule)]
    assert goal == c.NumberedRule("mal", "4") and [goal.holds(r) for r in rows] == [True, True, False]
    words = c.word_rules(conditions.question_words("Vilka indikatorer under mål 4 följs upp årligen?", "sv"), rows, {"indikator"}, 0.9)
    kept = c.kept(rows, conditions.typed_rules("Vilka indikatorer under mål 4 följs upp årligen?"), words)
    assert [r.record.text for r in kept] == ["Andel BE med patientkontrakt"]
    assert not any(w.word == "år" for w in conditions.question_words("Vilka projekt över 1 000 tkr år 2030?", "sv"))


def test_an_outcome_against_its_target() -> None:
    def ind(name: str, outcome: str, target: str) -> c.RowView:
        return c.view(Record("indikator", "001.txt", None, "Mål 3", {"indikator": name, "utfall": outcome, "mal": target,
                                                                      "utfall_ar": "2021", "mal_ar": "2023"}, name), "")

    rows = [ind("Antal digitala vårdmöten", "26 078", "15 000"), ind("Andel e-tjänster", "40", "60"), ind("Plan framtagen", "", "")]
    (above,) = [r for r in conditions.typed_rules("Vilka indikatorer hade ett utfall 2021 som låg över målvärdet för 2023?")
                if isinstance(r, c.TargetRule)]
    assert [above.holds(r) for r in rows] == [True, False, False]
    (higher,) = [r for r in conditions.typed_rules("Which indicators have a 2025 target higher than the 2023 outcome?", "en")
                 if isinstance(r, c.TargetRule)]
    assert [higher.holds(r) for r in rows] == [False, True, False]
    assert not any(isinstance(r, c.TargetRule) for r in conditions.typed_rules("Vilka utfall under mål 4 redovisas?"))


def test_a_cell_giving_only_a_year_is_a_date_of_that_year() -> None:
    """An action plan's "Klart" column says "2024" or "hösten 2025", not a day."""
    plan = [c.view(Record("table", "plan.pdf", 3, "3 Åtgärder", {"Åtgärd": action, "Ansvarig": who, "Klart": when},
                          f"{action} | {who} | {when}"), "") for action, who, when in (
        ("Byta belysning till LED", "Fastighetsavdelningen", "2024"),
        ("Solceller på skolan", "Fastighetsavdelningen", "hösten 2025"),
        ("Laddstolpar vid kommunhuset", "Tekniska förvaltningen", "Q4 2024"),
        ("Elbilar", "Tekniska förvaltningen", "2026"))]
    assert [r.dates for r in plan] == [("2024",), ("2025",), ("2024-Q4",), ("2026",)]

    def kept(q: str) -> list[str]:
        return [r.record.fields["Åtgärd"][:8] for r in c.kept(plan, conditions.typed_rules(q), [])]

    assert kept("Vilka åtgärder ska vara klara 2024?") == ["Byta bel", "Laddstol"]
    assert kept("Vilka åtgärder ska vara klara senast 2025?") == ["Byta bel", "Solcelle", "Laddstol"]
    assert kept("Vilka åtgärder ska vara klara senast 30 juni 2025?") == ["Byta bel", "Solcelle", "Laddstol"]  # by year
    # an amount that looks like a year is still no date: a cell in words and figures reads as before
    assert c.view(Record("table", "b.pdf", 1, "", {"Post": "Hyror", "Budget": "2 024"}, "Hyror | 2 024"), "").dates == ()


def test_a_one_letter_code_named_by_a_cue_keeps_the_rows_marked_so() -> None:
    from insyn.answer.constraints import CodeRule

    assert conditions.typed_rules("Which projects are marked P (ongoing) in the status column?", "en") == [CodeRule("P")]
    assert conditions.typed_rules("Vilka projekt har status N?") == [CodeRule("N")]
    assert conditions.typed_rules("Vilka skolor har en A-plan?") == [] and conditions.typed_rules("Vilka projekt i Region A?") == []
    table = [c.view(Record("table", "i.pdf", 4, "", {"nr": n, "status": s, "projekt": p}, f"{n} | {s} | {p}"), "")
             for n, s, p in (("1", "P", "Utrustning uppstart"), ("2", "N", "Valfisken"), ("3", "P", "Konstinköp"))]
    assert [r.record.fields["projekt"] for r in c.kept(table, [CodeRule("P")], [])] == ["Utrustning uppstart", "Konstinköp"]
    assert not CodeRule("P").applies([c.view(Record("table", "i.pdf", 4, "", {"a": "Pågående"}, "Pågående"), "")])


def test_a_quarter_the_question_names_keeps_the_rows_of_that_quarter() -> None:
    assert conditions.typed_rules("Vilka åtgärder är tidsatta till andra kvartalet 2025?") == [DateRule(Op.eq, "2025-Q2")]
    assert conditions.typed_rules("Which actions are due by the third quarter of 2025?", "en") == [DateRule(Op.le, "2025-Q3")]
    plan = [c.view(Record("table", "p.pdf", 2, "", {"Åtgärd": a, "Tidplan": t}, f"{a} | {t}"), "")
            for a, t in (("Belysning", "kv 2 2025"), ("Kampanj", "Q3 2025"), ("Röjning", "2025-05-15"), ("Kameror", "2025"),
                         ("Utbildning", "kv 4 2024"))]

    def kept(q: str, lang: str = "sv") -> list[str]:
        return [r.record.fields["Åtgärd"] for r in c.kept(plan, conditions.typed_rules(q, lang), [])]

    assert kept("Vilka åtgärder är tidsatta till andra kvartalet 2025?") == ["Belysning", "Röjning"]
    assert kept("Which actions are due by the third quarter of 2025?", "en") == ["Belysning", "Kampanj", "Röjning", "Utbildning"]


def test_a_month_the_question_names_compares_to_the_month() -> None:
    assert conditions.typed_rules("Vilka åtgärder ska vara klara senast i juni 2026?") == [DateRule(Op.le, "2026-06")]
    assert conditions.typed_rules("Which actions are due by June 2026?", "en") == [DateRule(Op.le, "2026-06")]
    assert not any(w.word == "juni" for w in conditions.question_words("Vilka åtgärder ska vara klara senast i juni 2026?", "sv"))
    plan = [c.view(Record("table", "p.pdf", 5, "", {"Åtgärd": a, "Klart": t}, f"{a} | {t}"), "")
            for a, t in (("Policy", "juni 2026"), ("Rutin", "31 mars 2026"), ("Utbildning", "2026-05-31"),
                         ("Uppföljning", "september 2026"), ("Avtal", "Q2 2026"), ("Kontroll", "Q4 2026"))]

    def kept(q: str, lang: str = "sv") -> list[str]:
        return [r.record.fields["Åtgärd"] for r in c.kept(plan, conditions.typed_rules(q, lang), [])]

    assert kept("Vilka åtgärder ska vara klara senast i juni 2026?") == ["Policy", "Rutin", "Utbildning", "Avtal"]
    assert kept("Which actions are due in September 2026?", "en") == ["Uppföljning"]
    assert kept("Vilka åtgärder ska vara klara efter maj 2026?") == ["Policy", "Uppföljning", "Avtal", "Kontroll"]


def test_parties_and_marked_columns_pick_the_members_rows() -> None:
    """A members' list gives the party as "S", "(MP)"; a roll call marks "Ja", "Nej", "Avstår" with X."""
    from insyn.answer.constraints import PartyRule

    rows = [c.view(Record("table", "p.pdf", 1, "", {"Ledamot": who, "Parti": party, vote: "X"}, f"{who} | {party} | X"), "")
            for who, party, vote in (("Anna Lindqvist", "S", "Ja"), ("Per Holmgren", "M", "Nej"), ("Sofia Wall", "SD", "Avstår"),
                                     ("Ingrid Ahl", "(MP)", "Ja"), ("Johan Ek", "S", "Nej"))]

    def kept(q: str, lang: str = "sv") -> list[str]:
        words = c.word_rules(conditions.question_words(q, lang), rows, set(), 0.9)
        return [r.record.fields["Ledamot"] for r in c.kept(rows, conditions.typed_rules(q, lang), words)]

    assert [r.party for r in conditions.typed_rules("Vilka socialdemokrater sitter i styrelsen?") if isinstance(r, PartyRule)] == ["S"]
    assert kept("Vilka socialdemokrater sitter i styrelsen?") == ["Anna Lindqvist", "Johan Ek"]
    assert kept("Which Green Party members are there?", "en") == ["Ingrid Ahl"]
    assert kept("Vilka röstade nej?") == ["Per Holmgren", "Johan Ek"]


def test_the_verb_of_an_att_list_item_says_what_was_decided() -> None:
    items = [c.view(Record("list", "kf.pdf", 3, "§ 26 Fördelning av medel ur bygdefonden", {"punkt": t}, t), "", None,
                    frozenset({"punkt"}))
             for t in ("att bevilja Hästholmens byalag 180 000 kronor för renovering av taket på bygdegården,",
                       "att avslå ansökan från Norrängens vägförening om 250 000 kronor för beläggning av väg,",
                       "att uppdra åt kommunstyrelsen att revidera riktlinjerna för bygdefonden.")]
    words = c.word_rules(conditions.question_words("Vilka ansökningar ur bygdefonden avslog fullmäktige?", "sv"), items, set(), 0.9)
    assert [r.record.text[:9] for r in c.kept(items, [], words)] == ["att avslå"]


def test_an_english_phrase_says_any_of_its_swedish_equivalents() -> None:
    words = conditions.question_words("Which investment projects are planned for more than 1,000 thousand kronor?", "en")
    investment = next(w for w in words if w.word.startswith("investment"))
    assert {"investering", "investeringsbudget"} <= investment.stems  # one rule: either word
    rows = [c.view(Record("table", "b.pdf", 3, "", {"Projekt": p, "Typ": t}, f"{p} | {t}"), "")
            for p, t in (("Konstgräsplan", "Investering"), ("Lekplats", "Investeringsbudget"), ("Städning", "Drift"))]
    assert [r.record.fields["Projekt"] for r in c.kept(rows, [], [investment])] == ["Konstgräsplan", "Lekplats"]


def test_a_negation_reaches_past_yet_and_annu() -> None:
    started = next(w for w in conditions.question_words("Which activities have not yet started?", "en") if w.word == "started")
    assert started.negated
    begun = next(w for w in conditions.question_words("Vilka aktiviteter har inte ännu påbörjats?", "sv") if w.word == "påbörjats")
    assert begun.negated


def test_a_word_holds_in_a_compound_it_heads() -> None:
    """"community planning administration": samhällsbyggnad and förvaltning, both said by
    "Samhällsbyggnadsförvaltningen" (a förvaltning); a short word is not read inside others."""
    rows = [c.view(Record("table", "p.pdf", 2, "", {"Åtgärd": a, "Ansvar": who}, f"{a} | {who}"), "")
            for a, who in (("Röjning av sly", "Samhällsbyggnadsförvaltningen"), ("Fältgrupp", "Socialförvaltningen"),
                           ("Kampanj", "Kommunstyrelsen"))]
    words = conditions.question_words("Which actions are the responsibility of the community planning administration?", "en")
    picked = c.word_rules(words, rows, set(), 0.9)
    assert [r.record.fields["Åtgärd"] for r in c.kept(rows, [], picked)] == ["Röjning av sly"]
    ram = c.WordRule("ram", frozenset({"ram"}))
    assert not ram.holds(c.view(Record("table", "p.pdf", 2, "", {"a": "Investeringsprogram"}, "Investeringsprogram"), ""))


def test_an_amount_asked_as_an_increase_is_the_rows_change() -> None:
    q = "Vilka nämnder får en ökning på mer än 5 mnkr i ram 2026 jämfört med 2025?"
    (rule,) = conditions.typed_rules(q)
    assert rule.change == ("2025", "2026")
    frames = [c.view(Record("table", "b.pdf", 3, "", {"Nämnd": n, "Budget 2025": a, "Ram 2026": b, "Förändring": d},
                            f"{n} | {a} | {b} | {d}", caption="Nämndernas driftramar (tkr)"), "")
              for n, a, b, d in (("Kommunstyrelsen", "142 350", "147 900", "5 550"), ("Revisionen", "3 200", "3 300", "100"),
                                 ("Samhällsbyggnadsnämnden", "118 900", "117 650", "−1 250"))]
    assert [r.record.fields["Nämnd"] for r in c.kept(frames, [rule], [])] == ["Kommunstyrelsen"]
    # no change column: the later year's cell less the earlier's
    plain = [c.view(Record("table", "b.pdf", 3, "", {"Nämnd": n, "2025": a, "2026": b}, f"{n} | {a} | {b}",
                           caption="Ramar (tkr)"), "") for n, a, b in (("KS", "142 350", "147 900"), ("SN", "812 700", "811 000"))]
    assert [r.record.fields["Nämnd"] for r in c.kept(plain, [rule], [])] == ["KS"]
    assert conditions.typed_rules("Vilka investeringar 2028 är över 5 mnkr?")[0].change is None


def test_how_often_in_words_meets_the_frequency_a_plan_writes() -> None:
    plan = [c.view(Record("table", "p.pdf", 2, "", {"Kontrollmoment": text, "Frekvens": how}, f"{text} | {how}"), "",
                   None, frozenset({"Kontrollmoment"}))
            for text, how in (("Stickprov på utbetalningar", "Månadsvis"), ("Avstämning av avgifter", "Halvårsvis"),
                              ("Genomgång av akter", "Kvartalsvis"), ("Uppföljning av avtal", "Årligen"))]
    for q, kept in (("Vilka kontroller görs två gånger om året?", ["Avstämning av avgifter"]),
                    ("Vilka kontroller görs en gång i månaden?", ["Stickprov på utbetalningar"]),
                    ("Vilka kontroller görs fyra gånger per år?", ["Genomgång av akter"]),
                    ("Which controls are carried out twice a year?", ["Avstämning av avgifter"]),
                    ("Which controls are carried out four times a year?", ["Genomgång av akter"]),
                    ("Which controls are carried out monthly?", ["Stickprov på utbetalningar"]),
                    ("Which controls are carried out every single year?", ["Uppföljning av avtal"]),
                    ("Which controls are carried out each quarter?", ["Genomgång av akter"])):
        lang = "en" if q.startswith("Which") else "sv"
        words = c.word_rules(conditions.question_words(q, lang), plan, {"kontroll"}, 0.9)
        assert [r.record.fields["Kontrollmoment"] for r in c.kept(plan, [], words)] == kept, q


def test_an_english_month_meets_the_abbreviation_a_plan_writes() -> None:
    plan = [c.view(Record("indikator", "p.txt", None, "", {"indikator": text, "periodicitet": how}, f"{text} | {how}"), "")
            for text, how in (("Antal digitala vårdbesök", "Tertial: apr, aug, dec"), ("Sjukfrånvaro", "Tertial: aug, dec"),
                              ("Kostnad per invånare", "År"))]
    words = c.word_rules(conditions.question_words("Which indicators are followed up in April, August and December?", "en"), plan,
                         {"indikator"}, 0.9)
    assert [r.record.fields["indikator"] for r in c.kept(plan, [], words)] == ["Antal digitala vårdbesök"]


def test_a_bare_number_compares_in_the_column_its_noun_names_before_it() -> None:
    """"ett riskvärde på minst 12": the risk value column, not the 90 days of the control's text."""
    rows = [c.view(Record("table", "p.pdf", 2, "", {"Risk": risk, "Riskvärde": value, "Kontrollmoment": control},
                          f"{risk} | {value} | {control}"), "")
            for risk, value, control in (("Felaktiga utbetalningar", "16", "Stickprov på 15 utbetalningar"),
                                         ("Utredningstiden överskrids", "9", "Utredningar äldre än 90 dagar"))]
    rule = conditions.typed_rules("Vilka risker har ett riskvärde på minst 12?")[0]
    assert rule.column_word == "riskvard" and [rule.holds(r) for r in rows] == [True, False]
    english = conditions.typed_rules("Which risks have a risk value of at least 12?", "en")[0]
    assert english.column_word == "riskvard" and [english.holds(r) for r in rows] == [True, False]


def test_a_share_compares_in_the_column_its_measure_names() -> None:
    """"en vakansgrad på över 8 procent", "mer än 12 procents sjukfrånvaro": the column of that
    measure, not another share of the row (its change, its share of another thing); a place
    before the amount names no measure, and a verb that names a column still does."""
    rows = [c.view(Record("table", "a.pdf", 2, "", {"Område": area, "Vakansgrad, % 2026": vacant, "Andel äldre, % 2026": old,
                                                    "Sjukfrånvaro, % 2026": sick}, f"{area} | {vacant} | {old} | {sick}"), "")
            for area, vacant, old, sick in (("Centrum", "2,1", "31,0", "13,2"), ("Norr", "9,4", "12,0", "6,1"))]
    vacancy = conditions.typed_rules("Vilka områden hade en vakansgrad på över 8 procent 2026?")[0]
    assert (vacancy.unit, vacancy.column_word) == ("procent", "vakansgr")
    assert [vacancy.holds(r, strict=True, noun=True) for r in rows] == [False, True]
    sick = conditions.typed_rules("Vilka områden hade mer än 12 procents sjukfrånvaro 2026?")[0]
    assert (sick.unit, sick.column_word) == ("procent", "sjukfranvaro")
    assert [sick.holds(r, strict=True, noun=True) for r in rows] == [True, False]
    assert conditions.typed_rules("Vilka avgifter i Odelsvik är högre än 1 000 kronor?")[0].column_word is None
    assert conditions.typed_rules("Vilka föreningar fick mer än 40 000 kronor i bidrag?")[0].column_word == "bevilj"


def test_a_noun_and_a_number_pick_the_rows_with_that_number_in_the_nouns_column() -> None:
    """"prioritet 1", "riskvärdet 16": rows whose cell in that column is the number; a priority no
    row has meets no row, and a column whose name holds a number ("Barn 1") is not the noun's."""
    streets = [c.view(Record("table", "u.pdf", 2, "", {"Gata": street, "Åtgärd": measure, "Prioritet": prio},
                             f"{street} | {measure} | {prio}"), "")
               for street, measure, prio in (("Mellangatan", "Ny beläggning", "1"), ("Fabriksvägen", "Förstärkning", "2"),
                                             ("Tullbrogatan", "Fräsning", "1"))]
    first = conditions.typed_rules("Vilka gator har prioritet 1?")
    assert [r.record.fields["Gata"] for r in c.kept(streets, first, [])] == ["Mellangatan", "Tullbrogatan"]
    (fourth,) = conditions.typed_rules("Vilka gator har fått prioritet 4 i planen?")
    assert fourth.applies(streets) and not any(fourth.holds(r) for r in streets)
    (risk,) = conditions.typed_rules("Vilka risker har fått riskvärdet 16?")
    assert risk.holds(c.view(Record("table", "r.pdf", 1, "", {"Risk": "Felaktig utbetalning", "Riskvärde": "16"},
                                     "Felaktig utbetalning | 16"), ""))
    fees = [c.view(Record("table", "f.pdf", 1, "", {"Inkomst": "20 000", "Barn 1": "600", "Barn 2": "400"}, "20 000 | 600 | 400"), "")]
    assert not any(isinstance(r, c.ValueRule) and r.applies(fees)
                   for r in conditions.typed_rules("Vilka avgifter för barn 1 är över 500 kronor?"))
    assert not any(isinstance(r, c.ValueRule) for r in conditions.typed_rules("Vilka beslut togs före 1 februari 2027?"))


def test_a_run_of_months_is_the_dates_from_the_first_to_the_last() -> None:
    """"under juli–september 2027", "from July to September 2027": a decision of August is in it,
    one of June and one of October are not (the month alone read the run as September only)."""
    rows = [c.view(Record("table", "d.pdf", 1, "", {"Dnr": dnr, "Beslutsdatum": day}, f"{dnr} | {day}"), "")
            for dnr, day in (("SN 2027/150", "2027-06-28"), ("SN 2027/193", "2027-07-13"), ("SN 2027/209", "2027-08-10"),
                             ("SN 2027/251", "2027-10-04"))]
    for q, lang in (("Vilka tillstånd beviljades under juli–september 2027?", "sv"),
                    ("Which permits were granted from July to September 2027?", "en")):
        assert [r.record.fields["Dnr"] for r in c.kept(rows, conditions.typed_rules(q, lang), [])] == ["SN 2027/193", "SN 2027/209"]


def test_a_year_asked_picks_the_rows_of_that_year_in_a_long_table() -> None:
    """One row per area and year ("Område | År | Hyresrätt ..."): "planeras år 2030" and "planned
    for 2027" are the rows of that year (a year after "planned" is not the plan's own); a table
    with one year in its year column, or none, is not picked from by it."""
    rows = [c.view(Record("table", "b.pdf", 2, "", {"Område": area, "År": year, "Hyresrätt": flats}, f"{area} | {year} | {flats}"), "")
            for area, year, flats in (("Centrum", "2027", "48"), ("Centrum", "2030", "36"), ("Sjöhagen", "2027", "32"),
                                      ("Måsudden", "2030", "24"))]
    for q, lang, want in (("I vilka områden planeras bostäder år 2030?", "sv", ["Centrum", "Måsudden"]),
                          ("Which areas have homes planned for 2027?", "en", ["Centrum", "Sjöhagen"])):
        assert [r.record.fields["Område"] for r in c.kept(rows, conditions.typed_rules(q, lang), [])] == want
    (rule,) = conditions.typed_rules("I vilka områden planeras bostäder år 2030?")
    assert not rule.applies(rows[:1]) and conditions.typed_rules("Vilka mål har nämnden i planen för 2027?") == []


def test_a_legend_above_a_table_is_no_caption_of_its_rows() -> None:
    """An assessment table under its legend ("... uppfyllt, delvis uppfyllt och ej uppfyllt"):
    the caption names the values of a column, so it stands around no row, and a status word
    picks rows by their own cells."""
    caption = "Bedömningen görs på en tregradig skala: uppfyllt, delvis uppfyllt och ej uppfyllt."
    records = [Record("table", "r.pdf", 3, "", {"Nr": nr, "Kontrollmål": goal, "Bedömning": grade},
                      f"{nr} | {goal} | {grade}", "t3.1", caption)
               for nr, goal, grade in (("1", "Det finns en aktuell strategi", "Uppfyllt"),
                                       ("2", "Strategin har brutits ned i planer", "Delvis uppfyllt"),
                                       ("3", "Det finns en samlad behovsanalys", "Ej uppfyllt"),
                                       ("4", "Rekryteringen följs upp", "Delvis uppfyllt"),
                                       ("5", "Beroendet av hyrpersonal minskar", "Ej uppfyllt"),
                                       ("6", "Arbetsmiljön följs upp", "Uppfyllt"))]
    assert c.legend(records) and not c.legend([replace(r, caption="Tabell 1. Bedömning per kontrollmål") for r in records])
    rows = [c.view(r, "", None, frozenset({"Kontrollmål"}), caption=False) for r in records]

    def kept(q: str, lang: str = "sv") -> list[str]:
        words = c.word_rules(conditions.question_words(q, lang), rows, {"kontrollmal"}, 0.9)
        return [r.record.fields["Nr"] for r in c.kept(rows, [], words)]

    assert kept("Vilka kontrollmål bedömdes som inte uppfyllda alls?") == ["3", "5"]
    assert kept("Which control objectives were judged only partly met?", "en") == ["2", "4"]
    assert kept("Vilka kontrollmål finns?") == ["1", "2", "3", "4", "5", "6"]


def test_an_outcome_that_did_not_reach_its_target_value() -> None:
    header = ("Mål / indikator", "Målvärde", "Utfall 2025")
    rows = [c.view(Record("table", "a.pdf", 3, "", dict(zip(header, cells)), " | ".join(cells), "t3.1", "", header), "")
            for cells in (("Andel elever i årskurs 9 som är behöriga", "88 %", "84,6 %"),
                          ("Genomsnittligt meritvärde i årskurs 9", "225", "228,4"))]
    for q, kept in (("Vilka indikatorer nådde inte upp till sitt målvärde 2025?", [True, False]),
                    ("Which indicators missed their target?", [True, False]),
                    ("Vilka indikatorer nådde målvärdet?", [False, True])):
        rule = conditions.typed_rules(q, "en" if q.startswith("Which") else "sv")[0]
        assert [rule.holds(r) for r in rows] == kept, q  # the target column, not the "9" of the label's "Mål"


def test_a_share_asked_compares_in_the_share_column() -> None:
    """"färre än 80 procent behöriga": the column in per cent, not the pupils' count or the change
    beside it, which hold bare numbers below 80 too."""
    header = ("Skola", "Antal elever", "Andel behöriga till gymnasiet (%)", "Förändring mot föregående år")
    rows = [c.view(Record("table", "s.pdf", 2, "", dict(zip(header, cells)), " | ".join(cells), "t2.100", "", header), "")
            for cells in (("Säterskolan", "112", "76,8", "−4,4"), ("Ljungskolan", "54", "86,5", "+3,3"))]
    rule = conditions.typed_rules("Vilka skolor hade färre än 80 procent behöriga elever?")[0]
    assert [rule.holds(r) for r in rows] == [True, False]


def test_not_yet_been_started_in_english_keeps_the_rows_not_started() -> None:
    assert _kept("Which assignments have not yet been started?", lang="en") == ["Ta fram kons"]
    assert _kept("Vilka uppdrag har ännu inte påbörjats?") == ["Ta fram kons"]


def test_an_amount_of_a_year_the_tables_caption_names_is_met_in_its_one_amount_column() -> None:
    """"Vilka satsningar 2026 är värda mer än 2 miljoner?" of "Tabell 2. Prioriterade satsningar 2026"
    (columns Satsning | Nämnd | tkr): the year is the table's, its tkr column holds the amounts."""
    def row(name: str, amount: str, caption: str) -> c.RowView:
        fields = {"Satsning": name, "Nämnd": "Socialnämnden", "tkr": amount}
        return c.view(Record("table", "f.pdf", 3, "4 Prioriterade satsningar", fields, name, "t3.4", caption,
                             tuple(fields)), "")
    rule = next(r for r in conditions.typed_rules("Vilka satsningar för 2026 är värda mer än 2 miljoner kronor?") if isinstance(r, AmountRule))
    assert rule.column_year == "2026"
    named = "Tabell 2. Prioriterade satsningar 2026 (tkr)"
    assert rule.holds(row("Fler förskollärare", "4 200", named), strict=True)
    assert not rule.holds(row("Etableringsservice", "950", named), strict=True)
    assert not rule.holds(row("Fler förskollärare", "4 200", "Tabell 2. Prioriterade satsningar"), strict=True)


def _grant(name: str, applied: str, granted: str) -> c.RowView:
    fields = {"Förening": name, "Sökt belopp (kr)": applied, "Beviljat belopp (kr)": granted}
    return c.view(Record("table", "v.pdf", 2, "Fördelning", fields, " | ".join(fields.values()), "t2.1",
                         "Fördelning av bidrag 2026", tuple(fields)), "")


def test_the_verb_says_which_amount_of_a_grant_table_is_compared() -> None:
    rows = [_grant("IK Fotboll", "185 000", "160 000"), _grant("Kulturkvarnen", "150 000", "Avslag"),
            _grant("Schackklubben", "24 000", "12 000")]
    got = [r for r in conditions.typed_rules("Vilka föreningar får minst 50 000 kronor i bidrag?") if isinstance(r, AmountRule)]
    assert [got[0].holds(r) for r in rows] == [True, False, False]  # "Avslag" granted nothing
    applied = [r for r in conditions.typed_rules("Vilka föreningar sökte mer än 100 000 kronor?") if isinstance(r, AmountRule)]
    assert [applied[0].holds(r) for r in rows] == [True, True, False]


def test_per_cent_written_apart_is_a_share_read_in_the_column_the_question_names() -> None:
    header = ("Linje", "Resor 2026", "Punktlighet¹, % 2026", "Kostnadstäckning², % 2026")
    rows = [c.view(Record("table", "r.pdf", 2, "", dict(zip(header, cells)), " | ".join(cells), "t2.1", "Tabell 1", header), "")
            for cells in (("3 Ekängen", "1 031 248", "84,2", "40,9"), ("5 Tornplatsen", "701 392", "93,0", "35,1"))]
    (rule,) = conditions.typed_rules("Which bus lines had a punctuality below 85 per cent in 2026?", "en")
    assert rule.unit == "procent" and [rule.holds(r) for r in rows] == [True, False]


def test_granted_as_applied_for_compares_a_grant_tables_two_amounts() -> None:
    rows = [_grant("Ridklubben", "60 000", "60 000"), _grant("Teatersällskapet", "40 000", "32 000"),
            _grant("Brukshundklubben", "20 000", "0")]
    for q, lang in (("Vilka föreningar fick hela det belopp de sökte?", "sv"),
                    ("Vilka föreningar fick precis så mycket som de hade ansökt om?", "sv"),
                    ("Which associations received the full amount they applied for?", "en")):
        (rule,) = conditions.typed_rules(q, lang)
        assert [rule.holds(r) for r in rows] == [True, False, False], q
    (less,) = conditions.typed_rules("Vilka föreningar fick mindre än de sökte?")
    assert [less.holds(r) for r in rows] == [False, True, True]


def test_a_free_text_cell_opening_with_its_verdict_is_classified_by_it() -> None:
    def decided(name: str, reason: str) -> c.RowView:
        fields = {"Förening": name, "Sökt belopp, kr": "20 000", "Motivering": reason}
        return c.view(Record("table", "a.pdf", 3, "", fields, name, "t3.1", "Föreningsbidrag 2027", tuple(fields)), "",
                      None, frozenset({"Motivering"}))
    rows = [decided("Brukshundklubben", "Avslag. Verksamheten vänder sig främst till vuxna och omfattas inte av bidraget."),
            decided("Ridklubben", "Bifall. Bred verksamhet för barn och unga med många aktiva flickor i klubben."),
            decided("Hembygdsföreningen", "Delvis bifall. Midsommarfirandet får bidrag, inte marknaden på hösten i år.")]
    q = "Which associations had their grant applications turned down?"
    words = c.word_rules(conditions.question_words(q, "en"), rows, {"forening"}, 0.9)
    assert [r.record.fields["Förening"] for r in c.kept(rows, [], words)] == ["Brukshundklubben"]


def test_not_yet_under_way_is_not_started_and_a_contract_running_past_a_year_ends_after_it() -> None:
    words = conditions.question_words("Vilka åtgärder har ännu inte kommit i gång?", "sv")
    assert any(w.negated and w.word == "startad" for w in words)
    (runs,) = conditions.typed_rules("Vilka avtal löper efter utgången av 2027?")
    assert runs.end is True  # the contract's end date, not its start


def test_going_back_is_a_negative_deviation_and_its_amount_the_deviations() -> None:
    def line(label: str, budget: str, deviation: str) -> c.RowView:
        fields = {"Verksamhet": label, "Budget 2026": budget, "Prognos helår": "0", "Avvikelse mot budget": deviation}
        return c.view(Record("table", "h.pdf", 2, "", fields, label, "t2.1", "Belopp i tusentals kronor (tkr)", tuple(fields)), "")
    rows = [line("Hemtjänst", "118 600", "−7 600"), line("Hemsjukvård", "52 100", "700"), line("Flykting", "12 600", "−1 400")]
    rules = conditions.typed_rules("Vilka verksamheter beräknas gå mer än fem miljoner kronor back i år?")
    assert [all(rule.holds(r) for rule in rules) for r in rows] == [True, False, False]
    assert c.unit_of("Belopp i tusentals kronor (tkr)") == "tkr"


def test_traffic_light_colours_and_a_start_not_yet_made_pick_their_rows() -> None:
    def rated(area: str, colour: str) -> c.RowView:
        fields = {"Granskningsområde": area, "Bedömning": colour}
        return c.view(Record("table", "g.pdf", 3, "", fields, " | ".join(fields.values()), "t3.1", "", tuple(fields)), "")
    rows = [rated("Mål och styrdokument", "Gul"), rated("Avtalsuppföljning", "Röd"), rated("Avvikelsehantering", "Grön")]

    def kept(q: str, lang: str = "sv") -> list[str]:
        words = c.word_rules(conditions.question_words(q, lang), rows, set(), 0.9)
        return [r.record.fields["Granskningsområde"] for r in c.kept(rows, conditions.typed_rules(q, lang), words)]
    assert kept("Vilka granskningsområden fick gult?") == ["Mål och styrdokument"]
    assert kept("Which areas were rated green?", "en") == ["Avvikelsehantering"]
    assert _kept("Vilka uppdrag har man ännu inte börjat med?") == ["Ta fram kons"]


def test_a_rows_state_in_the_questions_words_is_the_status_cells_word() -> None:
    words = {w.word for w in conditions.question_words("Vilka åtgärder har hamnat efter tidplanen?", "sv")}
    assert "försenad" in words and "tidplanen" not in words
    words = {w.word for w in conditions.question_words("Vilka indikatorer har utvecklats åt fel håll?", "sv")}
    assert {"fel", "riktning"} <= words
    assert {"fel", "riktning"} <= {w.word for w in conditions.question_words("Which indicators moved in the wrong direction?", "en")}


def test_a_meeting_grid_is_read_as_dates_of_its_captions_year_and_a_spelled_count_compares_the_counts() -> None:
    header = ("Organ", "Jan", "Feb", "Okt", "Antal")
    rows = [c.view(Record("table", "plan.pdf", 2, "", dict(zip(header, cells)), " | ".join(cells), table="t2.1",
                          caption="Sammanträden 2027 per organ (datum dag/månad)", header=header), "")
            for cells in (("Kommunstyrelsen", "19/1", "2/2", "12/10", "11"), ("Personalutskottet", "–", "11/2", "–", "5"),
                          ("Arbetsutskottet", "5/1 19/1", "2/2 16/2", "5/10 19/10", "19"))]
    assert rows[0].dates == ("2027-01-19", "2027-02-02", "2027-10-12")
    january = conditions.typed_rules("Vilka organ har sammanträde redan i januari 2027?")
    assert [r.record.fields["Organ"] for r in c.kept(rows, january, [])] == ["Kommunstyrelsen", "Arbetsutskottet"]
    often = conditions.typed_rules("Vilka organ har fler än tio sammanträden under 2027?")
    assert often[0].op is Op.gt and often[0].value == 10.0
    assert [r.record.fields["Organ"] for r in c.kept(rows, often, [])] == ["Kommunstyrelsen", "Arbetsutskottet"]
    assert conditions.typed_rules("Which bodies meet more than twenty times?", "en")[0].value == 20.0
    assert conditions.typed_rules("Vilka projekt tar under ett år?") == []  # "ett" compares nothing


def test_an_amount_in_a_month_is_read_in_that_months_column_of_a_table_split_by_months() -> None:
    def row(header: tuple[str, ...], cells: tuple[str, ...]) -> c.RowView:
        return c.view(Record("table", "r.pdf", 2, "", dict(zip(header, cells)), " | ".join(cells), header=header,
                             caption="Andel inom 90 dagar 2026, procent"), "")

    first, second = ("Klinik", "jan", "feb", "maj"), ("Klinik", "jun", "sep", "okt", "Mål")
    rule = conditions.typed_rules("Vilka kliniker låg under 60 procent i oktober 2026?")[-1]
    assert isinstance(rule, AmountRule) and rule.column_month == 10
    assert [rule.holds(row(second, ("Ortopedi", "55,2", "57,4", "59,7", "80"))),
            rule.holds(row(second, ("Neurologi", "52,0", "58,1", "69,2", "80"))),  # under 60, but not in October
            rule.holds(row(first, ("Urologi", "52,7", "53,9", "55,0")))] == [True, False, False]  # no October here
    assert conditions.typed_rules("Vilka kliniker låg under 60 procent 2026?")[-1].column_month is None


def test_spending_planned_all_the_way_to_a_year_is_a_figure_in_that_years_column() -> None:
    assert conditions.typed_rules("Vilka projekt har utgifter inplanerade ända till 2031?") == [c.SpentRule("2031")]
    assert conditions.typed_rules("Which projects have spending planned all the way to 2031?", "en")[-1] == c.SpentRule("2031")
    header = ("Projekt", "2030", "2031")
    rows = [c.view(Record("table", "p.pdf", 2, "", dict(zip(header, cells)), " | ".join(cells), header=header), "")
            for cells in (("Skolgårdar", "2 000", "2 000"), ("Bron över Knutsån", "9 000", "–"))]
    assert [c.SpentRule("2031").holds(r) for r in rows] == [True, False]


def test_a_body_abbreviated_in_its_column_is_the_body_the_question_names() -> None:
    header = ("Projekt", "Nämnd", "Budget 2026")
    rows = [c.view(Record("table", "b.pdf", 4, "Investeringar", dict(zip(header, cells)), " | ".join(cells),
                          header=header), "")
            for cells in (("Nytt kommunhus", "KS", "40,0"), ("Förskola Brinkhagen", "BUN", "38,5"),
                          ("Gång- och cykelväg", "KS", "6,0"))]
    words = c.word_rules(conditions.question_words("Vilka investeringar ansvarar kommunstyrelsen för?", "sv"), rows, set(), 0.9)
    assert [r.record.fields["Projekt"] for r in c.kept(rows, [], words)] == ["Nytt kommunhus", "Gång- och cykelväg"]


def test_a_quarter_and_the_verb_of_a_columns_name_pick_no_rows_by_their_words() -> None:
    """"annonsera under andra kvartalet 2027" asks the date rule for the quarter: "andra" and
    "kvartalet" are no words a row must say, and "annonsera" is the verb of the column "Planerad
    annonsering" that chose the table, not a status ("Annonserad") the rows must have."""
    header = ("Upphandling", "Planerad annonsering", "Status")
    rows = [("Telefoni", "kv 2 2027", "Planerad"), ("Vinterväghållning", "kv 2 2027", "Pågår"),
            ("Digitala läromedel", "kv 1 2027", "Annonserad"), ("Skolskjutsar", "kv 1 2028", "Förstudie")]
    views = [c.view(Record("table", "u.pdf", 2, "", dict(zip(header, r)), " | ".join(r), table="t2.1", header=header), "")
             for r in rows]
    q = "Vilka upphandlingar planerar Wedelsta att annonsera under andra kvartalet 2027?"
    typed = conditions.typed_rules(q, "sv")
    assert typed == [DateRule(Op.eq, "2027-Q2")]
    candidates = conditions.question_words(q, "sv")
    assert not {"andr", "kvartal"} & {s for w in candidates for s in w.stems}
    selecting = {"upphandling", "planer", "annonsering", "status"}
    words = c.word_rules(candidates, views, selecting, 0.9)
    assert [v.record.fields["Upphandling"] for v in c.kept(views, typed, words)] == ["Telefoni", "Vinterväghållning"]


def _table(header: tuple[str, ...], *rows: tuple[str, ...], table: str = "t1.1") -> list[c.RowView]:
    records = [Record("table", "r.pdf", 3, "Resultat", dict(zip(header, cells)), " | ".join(cells), table, "", header)
               for cells in rows]
    return [c.view(r, "") for r in records]


SCHOOLS = _table(("Skola", "Antal elever", "Andel behöriga (%) 2025", "Andel behöriga (%) 2026", "Meritvärde 2026"),
                 ("Hagaskolan", "88", "86,0", "88,6", "233,0"), ("Västra skolan", "41", "80,1", "73,2", "196,5"),
                 ("Åbyskolan", "57", "90,3", "83,9", "241,0"), ("Kommunen totalt", "186", "85,0", "84,0", "221,3"),
                 ("Riket", "", "84,5", "86,0", "224,8"))


def _names(rule: c.Rule, rows: list[c.RowView]) -> list[str]:
    return [r.record.fields["Skola"] for r in c.kept(rows, [rule], [])]


def test_a_row_against_the_reference_row_of_its_table() -> None:
    # the share's latest year, against the municipality's row; the reference rows themselves are no answer
    (whole,) = conditions.typed_rules("Vilka skolor hade lägre andel behöriga än kommunen som helhet?")
    assert (whole.op, whole.national) == (Op.lt, False)
    assert _names(whole, SCHOOLS) == ["Västra skolan", "Åbyskolan"]
    # the year asked, against the country's row
    (national,) = conditions.typed_rules("Which schools had a higher share of eligible pupils than the national average in 2025?", "en")
    assert (national.op, national.national, national.year) == (Op.gt, True, "2025")
    assert _names(national, SCHOOLS) == ["Hagaskolan", "Åbyskolan"]
    assert _names(conditions.typed_rules("Vilka skolor låg över rikets meritvärde?")[0], SCHOOLS) == ["Hagaskolan", "Åbyskolan"]
    # nothing says which of two measures: the rule does not apply, the table is answered whole
    (vague,) = conditions.typed_rules("Vilka skolor låg under riket?")
    assert not c.bound([vague], SCHOOLS)[0].applies(SCHOOLS)
    assert not conditions.typed_rules("Vilka skolor har fler än 50 elever?")[0].__class__ is c.ReferenceRule


def test_a_row_against_its_own_reference_column_and_the_sex_asked() -> None:
    header = ("Indikator", "Kvinnor 2025", "Kvinnor Riket 2025", "Män 2025", "Män Riket 2025")
    rows = _table(header, ("Daglig rökning", "7", "6", "9", "6"), ("Fysisk aktivitet", "56", "63", "67", "65"),
                  ("Riskbruk alkohol", "12", "12", "16", "18"))
    women = conditions.typed_rules("Inom vilka indikatorer låg kvinnorna högre än riket 2025?")
    assert [r.record.fields["Indikator"] for r in c.kept(rows, women, [])] == ["Daglig rökning"]
    men = conditions.typed_rules("For which indicators were men above the national value in 2025?", "en")
    assert [r.record.fields["Indikator"] for r in c.kept(rows, men, [])] == ["Daglig rökning", "Fysisk aktivitet"]


def test_a_comparison_after_the_number_and_a_million_in_the_singular() -> None:
    (ten,) = conditions.typed_rules("Which risks have a risk value of 10 or more?", "en")
    assert (ten.op, ten.value, ten.unit) == (Op.ge, 10.0, None)
    (few,) = conditions.typed_rules("Vilka projekt kostar 2 mnkr eller mindre?")
    assert (few.op, few.value, few.unit) == (Op.le, 2.0, "mnkr")
    assert conditions.typed_rules("Vilka delegationer har en beloppsgräns under en miljon kronor?") == [AmountRule(Op.lt, 1.0, "mnkr")]


def test_losing_and_gaining_between_two_years() -> None:
    assert conditions.typed_rules("Which bus lines lost passengers between 2025 and 2026?", "en") == [c.ColumnRule(Op.lt, "2026", "2025")]
    assert conditions.typed_rules("Vilka linjer tappade resenärer mellan 2024 och 2025?") == [c.ColumnRule(Op.lt, "2025", "2024")]
    assert conditions.typed_rules("Which branches gained visitors from 2024 to 2025?", "en") == [c.ColumnRule(Op.gt, "2025", "2024")]
    went = conditions.typed_rules("In which areas did the number of unlet flats go down between the end of 2025 and the end of "
                                  "2026?", "en")
    assert c.ColumnRule(Op.lt, "2026", "2025") in went
    assert conditions.typed_rules("Vilka områden gick upp mellan slutet av 2025 och slutet av 2026?") == [
        c.ColumnRule(Op.gt, "2026", "2025")]


def test_a_change_since_a_year_is_the_latest_year_against_it() -> None:
    """"har ökat sina utsläpp sedan 2015": each row's latest year against 2015, in the measure
    asked (not the target path of the latest year, nor the change column); no row meeting it is
    "no such sector", not every row."""
    header = ("Sektor", "Utsläpp, ton 2015", "Utsläpp, ton 2023", "Utsläpp, ton 2024", "Målbana 2024", "Förändring 2015–2024, %")
    rows = _table(header, ("Transporter", "58 400", "46 900", "45 200", "41 000", "−22,6"),
                  ("Jordbruk", "31 200", "29 800", "32 100", "28 500", "+2,9"),
                  ("Avfall och avlopp", "3 400", "2 700", "2 700", "2 500", "−20,6"))
    (rose,) = conditions.typed_rules("Vilka sektorer har ökat sina utsläpp sedan 2015?")
    assert rose == c.ColumnRule(Op.gt, "", "2015")
    assert [r.record.fields["Sektor"] for r in c.kept(rows, [rose], [])] == ["Jordbruk"]
    (fell,) = conditions.typed_rules("Which sectors have seen their emissions fall since 2015?", "en")
    assert [r.record.fields["Sektor"] for r in c.kept(rows, [fell], [])] == ["Transporter", "Avfall och avlopp"]
    # a year the change is not said against picks rows of that year; "mer än 20 procent sedan 2015" is an amount
    assert conditions.typed_rules("Vilka mål har funnits sedan 2015?") == [c.YearRowRule("2015")]
    assert isinstance(conditions.typed_rules("Vilka sektorer har minskat utsläppen med mer än 20 procent sedan 2015?")[0],
                      AmountRule)


def test_an_amount_under_a_budget_is_read_in_the_deviation_whatever_year_the_budget_names() -> None:
    rows = _table(("Projekt", "Budget 2026", "Prognos 2026", "Avvikelse"), ("Brandstation", "42,0", "38,5", "+3,5"),
                  ("Förskola", "36,5", "37,9", "−1,4"), ("Gatubelysning", "6,3", "5,8", "+0,5"))
    rules = conditions.typed_rules("Which projects are forecast to come in at least 2 mnkr under their 2026 budget?", "en")
    assert [r.record.fields["Projekt"] for r in c.kept(rows, rules, [])] == ["Brandstation"]
    assert conditions.typed_rules("In which districts did the index fall between 2025 and 2027?", "en") == [
        c.ColumnRule(Op.lt, "2027", "2025")]


def test_better_and_worse_follow_the_measure_and_the_sex_asked() -> None:
    header = ("Indikator", "Kvinnor 2023", "Kvinnor 2025", "Kvinnor Riket 2025", "Män 2023", "Män 2025", "Män Riket 2025")
    rows = _table(header, ("Daglig rökning", "9", "7", "6", "8", "9", "6"),  # better low
                  ("Fysisk aktivitet", "61", "56", "63", "64", "67", "65"), ("Medellivslängd", "83,6", "84,1", "84,8", "80,2",
                                                                                 "80,6", "81,5"))

    def named(q: str, lang: str = "sv") -> list[str]:
        return [r.record.fields["Indikator"] for r in c.kept(rows, conditions.typed_rules(q, lang), [])]
    assert named("Inom vilka indikatorer ligger männen sämre till än riket 2025?") == ["Daglig rökning", "Medellivslängd"]
    assert named("För vilka indikatorer har männen fått bättre värden 2025 än 2023?") == ["Fysisk aktivitet", "Medellivslängd"]
    assert named("Which indicators were better for women in 2025 than in 2023?", "en") == ["Daglig rökning", "Medellivslängd"]


def test_a_quoted_value_is_a_cells_value_and_an_apostrophe_no_quote() -> None:
    rows = _table(("Ärende", "Inkom", "Status"), ("Motion om solceller", "2026-03-30", "Remitterad"),
                  ("Motion om läxhjälp", "2025-11-03", "Under beredning"), ("Förslag om remittering av taxor", "2025-05-12", "Klar"))
    rules = conditions.typed_rules("Which proposals in Ivringe's list have the status 'Remitterad'?", "en")
    assert rules == [c.QuotedRule("remitterad")]
    assert [r.record.fields["Ärende"] for r in c.kept(rows, rules, [])] == ["Motion om solceller"]
    assert conditions.typed_rules("Vilka ärenden har status ”Under beredning”?") == [c.QuotedRule("under beredning")]
    assert conditions.typed_rules("What is Ivringe's and Lunnevik's plan?", "en") == []


def test_a_target_the_question_gives_bounds_the_rows_that_missed_it() -> None:
    (missed,) = conditions.typed_rules("Which home-care areas missed the target of at most 12 different staff members?", "en")
    assert (missed.op, missed.value) == (Op.gt, 12.0)
    (short,) = conditions.typed_rules("Vilka skolor nådde inte målet om minst 90 procent behöriga?")
    assert (short.op, short.value, short.unit) == (Op.lt, 90.0, "procent")
    assert conditions.typed_rules("Vilka linjer klarade inte punktlighetsmålet?") == [c.TargetRule(Op.lt, judged=True)]


def test_done_against_planned_and_longer_between_years() -> None:
    header = ("Objektkategori", "Inspektioner 2025 Planerade", "Inspektioner 2025 Utförda", "Inspektioner 2026 Planerade",
              "Inspektioner 2026 Utförda")
    rows = _table(header, ("Bassängbad", "4", "4", "4", "3"), ("Skolor", "18", "18", "18", "14"), ("Avlopp", "120", "96", "120", "134"))
    fewer = conditions.typed_rules("Inom vilka objektkategorier gjordes färre inspektioner än planerat under 2026?")
    assert fewer == [c.TargetRule(Op.lt, planned=True, year="2026")]
    assert [r.record.fields["Objektkategori"] for r in c.kept(rows, fewer, [])] == ["Bassängbad", "Skolor"]
    more = conditions.typed_rules("Which categories had more inspections than planned in 2025?", "en")
    assert [r.record.fields["Objektkategori"] for r in c.kept(rows, more, [])] == []
    assert conditions.typed_rules("För vilka ärendetyper blev handläggningstiden längre 2027 än 2026?") == [
        c.ColumnRule(Op.gt, "2027", "2026")]
    assert conditions.typed_rules("Vilka byggnader når inte sitt energimål?") == [c.TargetRule(Op.lt, judged=True)]
    forecast = _table(("Nämnd", "Budget 2026", "Utfall jan–aug", "Prognos 2026"), ("Socialnämnden", "410,0", "290,1", "425,5"),
                      ("Kulturnämnden", "52,0", "30,2", "50,1"))
    lower = conditions.typed_rules("Vilka nämnder har en prognos för 2026 som är lägre än budget?")
    assert lower == [c.TargetRule(Op.lt, planned=True, forecast=True, year="2026")]
    assert [r.record.fields["Nämnd"] for r in c.kept(forecast, lower, [])] == ["Kulturnämnden"]


def test_the_largest_and_smallest_rows_of_the_column_asked_not_the_sum() -> None:
    header = ("Bibliotek", "2025 Utlån", "2025 Besök", "2026 Utlån", "2026 Besök")
    rows = _table(header, ("Stadsbiblioteket", "138 915", "171 096", "141 207", "174 530"),
                  ("Tunaby", "30 112", "28 455", "28 904", "27 118"), ("Ytterlunda", "25 876", "22 980", "27 342", "24 766"),
                  ("Bokbussen", "11 048", "–", "11 590", "–"), ("Totalt", "205 951", "222 531", "209 043", "226 414"))

    def named(q: str, lang: str = "sv") -> list[str]:
        return [r.record.fields["Bibliotek"] for r in c.kept(rows, conditions.typed_rules(q, lang), [])]
    assert named("Vilka tre bibliotek hade flest besökare 2026?") == ["Stadsbiblioteket", "Tunaby", "Ytterlunda"]
    assert named("Which two libraries had the fewest loans in 2025?", "en") == ["Ytterlunda", "Bokbussen"]
    assert named("Vilka två bibliotek hade högst antal utlån?") == ["Stadsbiblioteket", "Tunaby"]  # the latest year's
    assert named("Vilka två bibliotek hade flest?") == [r.record.fields["Bibliotek"] for r in rows]  # which column: not said
    assert not any(isinstance(r, c.RankRule) for r in conditions.typed_rules("Vilka är de största riskerna?"))  # how many: not said
    assert not any(isinstance(r, c.RankRule) for r in conditions.typed_rules("Vilka avgifter är högst 500 kronor?"))
    assert not any(isinstance(r, c.RankRule) for r in conditions.typed_rules("Which fees are at most 500 kronor?", "en"))


def test_a_row_whose_name_begins_like_all_is_a_member_not_a_sum() -> None:
    rows = _table(("Verksamhet", "Nettokostnad 2026"), ("Allmän kulturverksamhet", "12,4"), ("Bibliotek", "8,1"),
                  ("Allaktivitetshuset", "3,2"), ("Alla verksamheter", "23,7"))
    (two,) = conditions.typed_rules("Vilka två verksamheter har högst nettokostnad 2026?")
    assert [r.record.fields["Verksamhet"] for r in c.kept(rows, [two], [])] == ["Allmän kulturverksamhet", "Bibliotek"]


def test_millions_of_things_are_a_count_and_kronor_before_the_number_are_money() -> None:
    """"fler än två miljoner resor" counts journeys (2 000 000), not money; "more than SEK 2 million"
    and "over SEK 50,000" are amounts of money written currency first."""
    typed_rules = conditions.typed_rules
    (trips,) = typed_rules("Vilka busslinjer hade fler än två miljoner resor 2026?")
    assert (trips.value, trips.unit, trips.column_year) == (2_000_000, None, "2026")
    (money,) = typed_rules("Vilka projekt kostar mer än två miljoner kronor?")
    assert (money.value, money.unit) == (2.0, "mnkr")
    (en,) = typed_rules("Which lines had more than one million journeys in 2026?", "en")
    assert (en.value, en.unit) == (1_000_000, None)
    (sek,) = typed_rules("Which projects cost more than SEK 2 million in 2027?", "en")
    assert (sek.value, sek.unit) == (2.0, "mnkr")
    (grant,) = typed_rules("Which associations received more than SEK 50,000?", "en")
    assert (grant.value, grant.unit) == (50_000, "kr")


def test_a_row_below_its_own_target_is_read_in_the_year_asked_against_the_target_column() -> None:
    """"låg redan 2025 under sin målnivå för 2030": the 2025 column against "Mål 2030", not the
    change or the share columns; "indikatorer under målet om läslust" names a goal, no comparison."""
    header = ("Sektor", "1990", "2020", "2025", "Mål 2030", "Förändring 1990–2025, %", "Andel 2025, %")

    def row(cells: tuple[str, ...]) -> c.RowView:
        return c.view(Record("table", "k.pdf", 2, "", dict(zip(header, cells)), " | ".join(cells), header=header), "")

    rows = [row(("Transporter", "98 400", "74 600", "61 300", "29 500", "−37,7", "46,0")),
            row(("Industri", "52 300", "22 800", "9 600", "12 000", "−81,6", "7,2")),
            row(("El och värme", "38 600", "6 900", "4 100", "5 000", "−89,4", "3,1"))]
    for q, lang in (("Vilka sektorer låg redan 2025 under sin målnivå för 2030?", "sv"),
                    ("Which sectors were already below their 2030 target level in 2025?", "en")):
        (rule,) = conditions.typed_rules(q, lang)
        assert rule == c.TargetRule(Op.lt, outcome_year="2025")
        assert [rule.holds(r) for r in rows] == [False, True, True]
    assert not any(isinstance(r, c.TargetRule) for r in conditions.typed_rules("Vilka indikatorer finns under målet Goda levnadsvillkor?"))


def test_a_year_earlier_is_the_year_before_the_latest_column() -> None:
    """"lägre vid utgången av 2026 än ett år tidigare", "lower than a year earlier": each row's latest
    year against the year before it."""
    for q, lang in (("Vilka tillgångar var lägre vid utgången av 2026 än ett år tidigare?", "sv"),
                    ("Which assets were lower at the end of 2026 than a year earlier?", "en")):
        assert c.ColumnRule(Op.lt, "", "") in conditions.typed_rules(q, lang)


def test_a_row_of_targets_is_what_each_row_is_measured_against() -> None:
    """A clinics' table gives its targets in a row of their own ("Mål | – | minst 90 | högst 12"):
    "nådde inte målet för undersökta barn 2026" reads each clinic's 2026 share against 90, and a
    ceiling ("högst 12" weeks of waiting) is missed from above."""
    header = ("Klinik", "Undersökta, % 2025", "Undersökta, % 2026", "Väntetid vuxna, veckor")
    cells = [("Mål", "–", "minst 90", "högst 12"), ("Algrena", "91,4", "92,6", "9"), ("Bodaholm", "88,7", "86,9", "14"),
             ("Mjölnaryd", "90,1", "84,3", "19")]
    rows = [c.view(Record("table", "t.pdf", 2, "", dict(zip(header, row)), " | ".join(row), "t2.1", "", header), "")
            for row in cells]

    def missed(q: str) -> list[str]:
        rules = c.bound([r for r in conditions.typed_rules(q) if isinstance(r, c.TargetRule)], rows)
        assert rules and rules[0].applies(rows)
        return [r.record.fields["Klinik"] for r in rows if rules[0].holds(r)]

    assert missed("Vilka kliniker nådde inte målet för undersökta barn och unga 2026?") == ["Bodaholm", "Mjölnaryd"]
    assert missed("Vilka kliniker nådde inte målet för väntetiden för vuxna?") == ["Bodaholm", "Mjölnaryd"]
    assert missed("Vilka kliniker nådde målet för väntetiden för vuxna?") == ["Algrena"]


def test_halves_in_words_are_amounts() -> None:
    """"en halv miljard kronor" is 0,5 mdkr, as "en halv miljon" is 0,5 mnkr; "färre än hälften",
    "fewer than half" a share under 50 procent."""
    assert [(r.op, r.value, r.unit) for r in conditions.typed_rules("Vilka nämnder får mer än en halv miljard kronor 2027?")] == [
        (Op.gt, 0.5, "mdkr")]
    assert [(r.op, r.value, r.unit) for r in conditions.typed_rules("Vilka kliniker hade färre än hälften kariesfria barn?")] == [
        (Op.lt, 50.0, "procent")]
    assert [(r.op, r.value, r.unit) for r in conditions.typed_rules("Which clinics examined fewer than half of the children?", "en")] == [
        (Op.lt, 50.0, "procent")]


def test_a_count_of_none_is_a_zero_in_the_column_the_noun_names() -> None:
    """"fick inte en enda inspektion 2026": the rows whose inspections (an abbreviated column name,
    "Utförda insp.") are 0 or a dash; with none such, the rule still applies to the table, so a list
    answer says the documents list no such row."""
    rules = conditions.typed_rules("Vilka kategorier fick inte en enda inspektion 2026?")
    zero = next(r for r in rules if isinstance(r, c.NoneCountedRule))
    assert (zero.column_word, zero.column_year) == ("inspektion", "2026")
    header = ("Kategori", "Planerade insp.", "Utförda insp.")
    rows = [("Miljöskydd", "81", "73"), ("Bassängbad", "4", "–"), ("Lantbruk", "18", "18")]
    views = [c.view(Record("table", "a.pdf", 2, "", dict(zip(header, row)), " | ".join(row), "t2.1", "", header), "") for row in rows]
    assert zero.applies(views) and [v.record.fields["Kategori"] for v in views if zero.holds(v)] == ["Bassängbad"]
    assert not any(isinstance(r, c.NoneCountedRule) for r in conditions.typed_rules("Vilka kategorier fick inspektioner 2026?"))


def test_a_comparison_of_two_years_reads_the_measure_the_question_names() -> None:
    # each year has two columns: travellers and punctuality; a cell of grouped thousands is one number
    header = ("Linje", "Resor 2025", "Resor 2026", "Punktlighet, % 2025", "Punktlighet, % 2026")
    lines = _table(header, ("1 Centrum", "1 512 384", "1 588 026", "88,6", "87,1"),
                   ("2 Norrby", "1 204 815", "1 236 540", "90,1", "91,4"),
                   ("3 Lasarettet", "986 302", "1 031 248", "86,4", "84,2"))
    assert lines[0].amounts[1:3] == (("Resor 2025", 1512384.0, None), ("Resor 2026", 1588026.0, None))
    better = conditions.typed_rules("På vilka linjer blev punktligheten bättre 2026 än 2025?")
    assert [r.record.fields["Linje"] for r in c.kept(lines, better, [])] == ["2 Norrby"]
    fewer = conditions.typed_rules("Which lines had fewer journeys (resor) in 2026 than in 2025?", "en")
    assert [r.record.fields["Linje"] for r in c.kept(lines, fewer, [])] == []
    more = conditions.typed_rules("Vilka linjer fick fler resor 2026 än 2025?")
    assert [r.record.fields["Linje"] for r in c.kept(lines, more, [])] == ["1 Centrum", "2 Norrby", "3 Lasarettet"]


def test_a_comparison_of_two_years_in_a_table_in_long_format() -> None:
    # one row per health centre and year, its name printed on its first row only (filled down when read)
    header = ("Vårdcentral", "År", "Listade patienter", "Telefontillgänglighet, %", "Patientenkät, index")
    centres = _table(header, ("Rosbacka", "2025", "11 240", "86,4", "81,5"), ("Rosbacka", "2026", "11 480", "91,2", "82,1"),
                     ("Gärdsta", "2025", "8 930", "72,5", "76,3"), ("Gärdsta", "2026", "8 870", "70,1", "75,8"),
                     ("Kopparvik", "2025", "6 410", "93,1", "85,7"), ("Kopparvik", "2026", "6 380", "78,6", "82,0"))

    def kept(q: str, lang: str = "sv") -> list[tuple[str, str]]:
        return [(r.record.fields["Vårdcentral"], r.record.fields["År"]) for r in c.kept(centres, conditions.typed_rules(q, lang), [])]

    # the column the question names; a centre that meets it with its rows of both years compared, which show it
    assert kept("Which health centres got a lower patient survey index in 2026 than in 2025?", "en") == [
        ("Gärdsta", "2025"), ("Gärdsta", "2026"), ("Kopparvik", "2025"), ("Kopparvik", "2026")]
    assert kept("Vilka vårdcentraler fick högre telefontillgänglighet än året innan?") == [("Rosbacka", "2025"), ("Rosbacka", "2026")]
    assert kept("Vilka vårdcentraler fick fler listade patienter 2026 än 2025?") == [("Rosbacka", "2025"), ("Rosbacka", "2026")]


def test_a_change_between_the_two_years_is_neither_years_column() -> None:
    header = ("Nämnd, tkr", "Budget 2026", "Budget 2027", "Förändring 2027/2026", "Plan 2028")
    frames = _table(header, ("Kommunstyrelsen", "118 450", "121 300", "+2 850", "123 900"),
                    ("Valnämnden", "1 480", "240", "−1 240", "250"), ("Tekniska nämnden", "64 300", "62 850", "−1 450", "64 100"))
    smaller = conditions.typed_rules("Vilka nämnder får en mindre ram 2027 än de hade 2026?")
    assert [r.record.fields["Nämnd, tkr"] for r in c.kept(frames, smaller, [])] == ["Valnämnden", "Tekniska nämnden"]


def test_a_change_from_one_year_compared_with_another_and_money_set_aside_for_a_year() -> None:
    assert conditions.typed_rules("Vilka bibliotek tappade besökare 2026 jämfört med 2025?") == [c.ColumnRule(Op.lt, "2026", "2025")]
    assert conditions.typed_rules("Which libraries gained visitors in 2026 compared with 2025?", "en") == [
        c.ColumnRule(Op.gt, "2026", "2025")]
    assert conditions.typed_rules("Vilka projekt har pengar avsatta för 2030?") == [c.SpentRule("2030")]



def test_a_column_abbreviating_the_noun_is_the_nouns() -> None:
    """"RV" heads the risk values and "Lgh" the flats of a project table: an amount of the noun is read
    there, and a table with such a column and no row meeting it is the one that answers "none"."""
    assert c.names_column("riskvard", "RV") and c.names_column("lagen", "Lgh")
    assert not c.names_column("lagen", "Lokal") and not c.names_column("arsarbet", "År")
    header = ("Projekt", "Område", "Lgh", "Investering, mnkr")
    rows = [("Cypressen 4", "Centrum", "64", "212,0"), ("Yllefabriken 3", "Wiksberg", "92", "326,0")]
    views = [c.view(Record("table", "a.pdf", 3, "", dict(zip(header, r)), " | ".join(r), "t3.1", "", header), "") for r in rows]
    rule = AmountRule(Op.gt, 80.0, None, column_word="lagen")
    assert [rule.holds(v, strict=True, noun=True) for v in views] == [False, True]


def test_worse_or_better_than_budgeted_is_the_deviations_sign() -> None:
    # a negative deviation is the unfavourable one, for an income as for a cost
    header = ("Post, tkr", "Budget 2026", "Utfall 2026", "Avvikelse")
    posts = _table(header, ("Intäkter från staten", "9 850", "8 712", "−1 138"), ("Personalkostnader", "−21 460", "−21 118", "+342"),
                   ("Lokaler", "−3 180", "−3 254", "−74"), ("Köpta tjänsten", "−1 650", "−1 297", "+353"))
    worse = conditions.typed_rules("Vilka poster gick sämre än budgeterat 2026?")
    assert worse == [c.SignRule(True, conditions.DEVIATION_COLUMNS)]
    assert [r.record.fields["Post, tkr"] for r in c.kept(posts, worse, [])] == ["Intäkter från staten", "Lokaler"]
    better = conditions.typed_rules("Which items did better than their budget in 2026?", "en")
    assert [r.record.fields["Post, tkr"] for r in c.kept(posts, better, [])] == ["Personalkostnader", "Köpta tjänsten"]
    # an amount worse than the budget is the deviation's
    (amount, sign) = conditions.typed_rules("I vilka verksamheter är prognosen mer än 5 mnkr sämre än budgeten?")
    assert (amount.column_word, sign.negative) == ("avvik", True)


def test_missing_a_target_the_subject_named_after_the_verb_and_a_measure_better_low() -> None:
    # "klarade räddningstjänsten inte målet": the subject between the verb and the negation; a time to arrive is
    # better low, so the rows that missed it took longer than their target, in the year asked
    header = ("Insatsområde", "Mål", "Utfall 2025", "Utfall 2026")
    records = [Record("table", "r.pdf", 3, "3 Insatstid per insatsområde", dict(zip(header, cells)), " | ".join(cells), "t1", "",
                      header) for cells in (("Centrum", "10", "9,4", "9,1"), ("Norrby", "15", "14,2", "16,3"),
                                            ("Åby", "20", "21,5", "19,8"))]
    areas = [c.view(r, "") for r in records]
    missed = conditions.typed_rules("I vilka insatsområden klarade räddningstjänsten inte målet för insatstiden 2026?")
    assert missed == [c.TargetRule(Op.lt, year="2026", judged=True)]
    assert [r.record.fields["Insatsområde"] for r in c.kept(areas, missed, [])] == ["Norrby"]
    # a measure better high misses its target from below
    shares = [c.view(replace(r, section="3 Andel nöjda brukare"), "") for r in records]
    assert [r.record.fields["Insatsområde"] for r in c.kept(shares, missed, [])] == ["Centrum", "Åby"]


def test_an_abbreviation_heading_a_compound_names_the_cells_spelling_it() -> None:
    # "HR-chefen" is the rows whose responsible is the HR manager, not every manager ("chef" ends them all)
    header = ("Nr", "Kontroll", "Ansvarig")
    controls = _table(header, ("1", "Attest av fakturor", "Ekonomichef"), ("2", "Löneutbetalningar", "HR-chef"),
                      ("3", "Behörigheter", "IT-chef"), ("4", "Bisysslor", "HR-chef"))
    words = conditions.question_words("Vilka kontroller har HR-chefen ansvar för?", "sv")
    asked = c.word_rules(words, controls, {"kontroll"}, 0.9)
    assert [w.word for w in asked] == ["hr-chefen"]
    assert [r.record.fields["Nr"] for r in c.kept(controls, [], asked)] == ["2", "4"]


def test_not_reaching_an_amount_is_staying_under_it() -> None:
    header = ("Kategori", "Planerade", "Utförda", "Utförd tillsyn, %")
    kinds = _table(header, ("Hygienlokaler", "12", "9", "75,0"), ("Bassängbad", "5", "5", "100,0"),
                   ("Flerbostadshus", "10", "6", "60,0"))
    for q, lang in (("Vilka kategorier nådde inte 90 procent utförd tillsyn?", "sv"),
                    ("Which categories did not reach 90 per cent of the planned inspections?", "en")):
        (rule,) = conditions.typed_rules(q, lang)
        assert (rule.op, rule.value, rule.unit) == (Op.lt, 90.0, "procent")
        assert [r.record.fields["Kategori"] for r in c.kept(kinds, [rule], [])] == ["Hygienlokaler", "Flerbostadshus"]


def test_a_target_in_a_columns_name() -> None:
    # "Telefontillgänglighet, % (mål 90)": the column's cells against 90, in the year asked
    header = ("Vårdcentral", "Telefontillgänglighet, % (mål 90) 2025", "Telefontillgänglighet, % (mål 90) 2026",
              "Besök inom tre dagar, % (mål 80) 2026")
    centres = _table(header, ("Ambranäs", "84,2", "88,5", "81,0"), ("Bjälvsta", "91,6", "93,1", "76,0"),
                     ("Östmo", "92,0", "89,9", "85,5"))
    missed = conditions.typed_rules("Vilka vårdcentraler nådde inte målet för telefontillgänglighet 2026?")
    assert [r.record.fields["Vårdcentral"] for r in c.kept(centres, missed, [])] == ["Ambranäs", "Östmo"]
    visits = conditions.typed_rules("Vilka vårdcentraler nådde inte målet för besök inom tre dagar 2026?")
    assert [r.record.fields["Vårdcentral"] for r in c.kept(centres, visits, [])] == ["Bjälvsta"]


def test_a_column_shortening_the_unit_of_time_asked() -> None:
    # "mer än 20 minuter" is read in the column of minutes ("min" is also a word the tokenizer drops: "my")
    header = ("Område", "Insatser 2026", "Insatstid, median, min 2026")
    areas = _table(header, ("Centrum", "532", "8,2"), ("Saltnäs", "104", "21,7"), ("Åsbrink", "61", "27,9"))
    assert c.names_column("minut", "Insatstid, median, min 2026") and not c.names_column("minut", "Insatser 2026")
    slow = conditions.typed_rules("Vilka områden hade en medianinsatstid på mer än 20 minuter 2026?")
    assert [r.record.fields["Område"] for r in c.kept(areas, slow, [])] == ["Saltnäs", "Åsbrink"]
