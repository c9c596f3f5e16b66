"""Tests for the figure features (answer/features.py) and the learned scorer (answer/figure_scorer.py)
on phrases from the corpus and the real documents."""

from __future__ import annotations

import json
from dataclasses import replace

import numpy as np
import pytest

from insyn.answer.features import designators  # noqa: E402
from insyn.answer.features import (
    _DEADLINE_ASKED, _DEADLINE_SAID, _rows_named, _total_said, _DEVIATION_ASKED, _DEVIATION_SAID, NAMES, Focus, _counted, _month_fit, clause_of, figure_year,
    near_share,
    cell_kind, qualified, sentence_of, target_kind, weighted_share,
)
from insyn.answer.figure_scorer import (WEIGHTS, best_fit, confident, fit_floor, fits_nothing, model, of_the_kind_asked, pooled,
                                       ranked)
from insyn.answer.logistic import Model
from insyn.answer.features import Candidate
from insyn.answer.question import parse_question
from insyn.ingest.figures import extract_figures, figures_from_record
from insyn.ingest.swedish import CompoundSplitter, fold, inflected, tokenize
from insyn.types import Figure, Record


def _focus(q: str, splitter: CompoundSplitter | None = None, counted: str = "") -> Focus:
    question = parse_question(q)
    return Focus(question, {t: 1.0 for t in tokenize(q, splitter)}, set(), set(), False, False, False,
                 set(tokenize(counted, splitter)), set(question.folded.split()))


def test_label_words_match_across_inflections_the_stemmer_keeps() -> None:
    assert inflected("total", {"totalt", "budget"})  # "totala" stems to total, "Totalt" stays whole
    assert inflected("totalt", {"total"})
    assert not inflected("tot", {"totalt"})  # too short to trust a prefix
    assert not inflected("region", {"regionstyr"})  # a compound is not an inflection
    assert weighted_share({"total": 3.0, "ram": 1.0}, ["totalt", "budget"]) == 0.75


def test_a_figure_qualified_in_its_own_words_is_marked_when_the_question_does_not_ask_for_it() -> None:
    text = "Av de 17 delmalen dr bedémningen att ett inte uppnas, fyra delvis uppnas och 12 uppnas."  # OCR
    four = Figure(4, "antal", "fyra delvis", "Av de 17 delmalen dr bedémningen att ett inte uppnas", "004", 3)
    twelve = Figure(12, "antal", "12", "fyra delvis uppnas och", "004", 3)
    helt = _focus("Hur många av regionstyrelsens delmål uppnåddes helt under 2024?")
    delvis = _focus("Hur många delmål uppnåddes delvis under 2024?")
    assert qualified(helt, four, text) and not qualified(helt, twelve, text)
    assert not qualified(delvis, four, text)


def test_a_count_of_the_noun_asked_for_is_told_from_another_count() -> None:
    splitter = CompoundSplitter.from_texts(["en region har mål och områden", "staber"])
    areas = _focus("Hur många områden består hälso- och sjukvårdsförvaltningen av?", splitter, "omraden")
    six = Figure(6, "antal", "sex områden", "Nämnden har en egen förvaltning som är organiserad i", "002", 1)
    four = Figure(4, "antal", "fyra staber", "består av", "001", 1)
    assert _counted(areas, six, "organiserad i sex områden (se figur 1)", splitter) > 0
    assert _counted(areas, four, "består av fyra staber och ett verksamhetsområde", splitter) < 0
    goals = _focus("Hur många regionmål styrde nämndernas planer 2023?", splitter, "regionmal")
    seven = Figure(7, "antal", "sju regionmål", "sker genom", "000", 1)
    assert _counted(goals, seven, "sker genom sju regionmål som fullmäktige fastställt", splitter) > 0
    row = Figure(99, "antal", "99", "Mängd köpt energi, utfall 2023", "000", 1)  # a cell: its row label
    assert _counted(goals, row, "Mängd köpt energi 99 95,8", splitter) < 0
    budget = _focus("Hur stor är budgeten 2025?", splitter)
    assert _counted(budget, four, "fyra staber", splitter) == 0


def test_targets_budgets_and_outcomes_are_told_apart_by_their_label() -> None:
    # Intraservice's report: "ligger på 87,5 % lösta incidenter inom SLA och ligger över målet på 85 %"
    said = "Utfallet för lösningsgrad (jan-mars) ligger på 87,5 % lösta incidenter inom SLA och ligger över målet på"
    assert target_kind(Figure(85, "procent", "85 %", said[-100:])) == "target"
    assert target_kind(Figure(-500, "tkr", "-500 tkr", "för 2022-2024 visar ett budgeterat negativt resultat på")) == "budget"
    assert target_kind(Figure(9791, "mnkr", "9 791", "Totalt, Budget 2025")) == "budget"
    assert target_kind(Figure(9700, "mnkr", "9 700", "Totalt, Utfall 2024")) == "outcome"


def test_a_cells_kind_is_what_its_column_says_not_the_goal_beside_it() -> None:
    goal = "Mål och indikatorer Mål 2. Äldre kan bo kvar hemma Väntetid till särskilt boende, medelvärde dagar"
    assert target_kind(Figure(58, "antal", "58", f"{goal}, Utfall 2025")) == "target"  # "Mål 2." read as a target
    assert cell_kind(Figure(58, "antal", "58", f"{goal}, Utfall 2025")) == "outcome"
    assert cell_kind(Figure(45, "antal", "45", f"{goal}, Målvärde 2026")) == "target"
    assert cell_kind(Figure(9791, "mnkr", "9 791", "Driftbudget Totalt, Budget 2025")) == "budget"
    assert cell_kind(Figure(12, "antal", "12", "Nyckeltal Målnivå, 2026")) == "target"  # a row naming the kind over years
    assert cell_kind(Figure(3, "antal", "3", "Antal måltider per dag, 2026")) == ""


def test_a_year_right_before_the_figure_is_its_year() -> None:
    q = parse_question("Hur stor var budgeten 2025?")
    assert figure_year(q, Figure(1, "mnkr", "1", "Totalt, Budget 2025")) == 1
    assert figure_year(q, Figure(1, "mnkr", "1", "Totalt, Budget 2024")) == -1
    assert figure_year(parse_question("Hur stor är budgeten?"), Figure(1, "mnkr", "1", "Budget 2024")) == 0


def test_a_year_written_after_a_figure_is_its_year_not_the_one_of_the_figure_before() -> None:
    text = "Kostnaden för inhyrd personal uppgick 2025 till 487,3 mnkr, jämfört med 412,9 mnkr 2024."
    q = parse_question("Hur mycket kostade den inhyrda personalen 2025?")
    now = Figure(487.3, "mnkr", "487,3 mnkr", "Kostnaden för inhyrd personal uppgick 2025 till")
    before = Figure(412.9, "mnkr", "412,9 mnkr", "Kostnaden för inhyrd personal uppgick 2025 till 487,3 mnkr, jämfört med")
    assert figure_year(q, now, text) == 1
    assert figure_year(q, before, text) == -1  # "412,9 mnkr 2024": the 2025 before it is the other figure's
    plan = "Kommunfullmäktige har avsatt 4,2 mnkr för 2026 och 3,6 mnkr för 2027."
    q27 = parse_question("Hur mycket har fullmäktige avsatt för 2027?")
    assert figure_year(q27, Figure(3.6, "mnkr", "3,6 mnkr", "Kommunfullmäktige har avsatt 4,2 mnkr för 2026 och"), plan) == 1
    assert figure_year(q27, Figure(4.2, "mnkr", "4,2 mnkr", "Kommunfullmäktige har avsatt"), plan) == -1


def test_a_figures_clause_runs_from_the_figure_before_it_to_the_figure_after_it() -> None:
    text = ("Andelen som druckit alkohol minskar till 21 procent, medan 14 procent av eleverna har använt snus "
            "under de senaste 30 dagarna.")
    figures = [Figure(21, "procent", "21 procent", "Andelen som druckit alkohol minskar till"),
               Figure(14, "procent", "14 procent", "Andelen som druckit alkohol minskar till 21 procent, medan"),
               Figure(30, "antal", "30", "Andelen ... eleverna har använt snus under de senaste")]
    bounds = sorted((text.find(f.text), text.find(f.text) + len(f.text)) for f in figures)
    assert "snus" in clause_of(figures[1], text, bounds) and "alkohol" not in clause_of(figures[1], text, bounds)
    assert "alkohol" in clause_of(figures[0], text, bounds) and "snus" not in clause_of(figures[0], text, bounds)


def test_deadlines_and_budget_deviations_are_read_from_the_question_and_the_figures_words() -> None:
    assert _DEADLINE_ASKED.search(fold("När ska kommunstyrelsen senast yttra sig?"))
    assert _DEADLINE_SAID.search(fold("Yttrandet ska skickas till stadsrevisionen senast den"))
    assert not _DEADLINE_SAID.search(fold("Kommunstyrelsen har"))
    assert _DEVIATION_ASKED.search(fold("Hur mycket gick socialnämnden över budget 2025?"))
    assert _DEVIATION_ASKED.search(fold("Med hur mycket överskred regionen budgeten?"))
    assert not _DEVIATION_ASKED.search(fold("Hur stor är socialnämndens budget 2026?"))
    # the words before a deviation written out: "den budget som nämnden fastställt överskreds med"
    assert _DEVIATION_SAID.search(fold("och den budget som hälso- och sjukvårdsnämnden fastställt överskreds med"))
    assert not _DEVIATION_SAID.search(fold("Regionens kostnader för läkemedel uppgick 2025 till"))


def test_a_count_past_a_copula_counts_the_noun_after_it() -> None:
    splitter = CompoundSplitter.from_texts(["samhällsviktiga verksamheter", "byggnader"])
    text = ("412 byggnader ligger där vattendjupet kan överstiga 0,3 meter, varav 38 är samhällsviktiga verksamheter "
            "som förskolor.")
    q = _focus("Hur många samhällsviktiga verksamheter riskerar att översvämmas?", splitter, "samhällsviktiga verksamheter")
    assert _counted(q, Figure(38, "antal", "38", "0,3 meter, varav"), text, splitter) > 0
    assert _counted(q, Figure(0.3, "antal", "0,3", "vattendjupet kan överstiga"), text, splitter) < 0


def test_words_near_a_figure_count_more_than_words_further_away() -> None:
    text = "Nämnden har 30 barn i kö och 17 platser lediga i förskolan."
    fq = _focus("Hur många barn står i kö?")
    thirty = Figure(30, "antal", "30", "Nämnden har")
    seventeen = Figure(17, "antal", "17", "Nämnden har 30 barn i kö och")
    assert near_share(fq.weights, thirty, text, None) > near_share(fq.weights, seventeen, text, None)
    assert sentence_of(seventeen, text).startswith("Nämnden har 30")


def test_the_saved_weights_fit_the_features_and_order_candidates_by_probability() -> None:
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    assert data["names"] == list(NAMES) and 0.0 <= data["threshold"] <= 1.0
    m = model()
    fig, other = Figure(1, "mnkr", "1", "x"), Figure(2, "mnkr", "2", "y")
    good = np.array(m.mean) + np.sign(m.weights) * m.scale  # one deviation in each feature's favour
    bad = np.array(m.mean) - np.sign(m.weights) * m.scale
    scored = ranked([Candidate(0, other, tuple(bad)), Candidate(1, fig, tuple(good))], m)
    assert [c.pos for _, c in scored] == [1, 0] and scored[0][0] > scored[1][0]
    sure = Model(m.names, m.mean, m.scale, m.weights, m.bias, threshold=scored[0][0] + 1e-6)
    assert not confident(scored, sure) and confident(scored, m) == (scored[0][0] >= m.threshold)


def test_a_question_whose_best_candidate_fits_worse_than_the_floor_fits_nothing() -> None:
    """The floor is the least fit of nearly every answerable training question (out of fold): the
    candidates' softmax says which fits best, their largest w · x whether any fits at all."""
    m = model()
    assert np.isfinite(fit_floor()) and fit_floor() > 0  # an average candidate (x at the mean) scores 0
    average = Candidate(0, Figure(1, "mnkr", "1", "x"), tuple(np.array(m.mean)))
    strong = Candidate(1, Figure(2, "mnkr", "2", "y"), tuple(np.array(m.mean) + np.sign(m.weights) * m.scale))
    assert best_fit(m, np.array([average.features])) == pytest.approx(0.0)
    assert fits_nothing([average], m)
    assert not fits_nothing([average, strong], m)  # one candidate fitting is enough
    assert not fits_nothing([], m)  # no figure at all: the passages answer, not this


def test_candidates_of_one_value_pool_their_probability() -> None:
    """A table cell and the sentence repeating it are one figure: its probability is their sum."""
    m = model()
    mid = tuple(np.array(m.mean))
    same, again, other = Figure(55, "antal", "55", "a"), Figure(55, "antal", "55", "b"), Figure(7, "antal", "7", "c")
    scored = ranked([Candidate(0, other, mid), Candidate(1, same, mid), Candidate(2, again, mid)], m)
    assert [c.pos for _, c in scored] == [1, 2, 0]  # equal features: the pooled value first, passage order within
    assert scored[0][0] == pytest.approx(2 / 3) and scored[2][0] == pytest.approx(1 / 3)


def test_a_named_member_of_a_series_is_told_from_its_neighbours_and_from_its_own_number() -> None:
    from insyn.answer.features import _designated, designators

    assert designators(fold("Hur många pojkar gick i årskurs 4 läsåret 2024/25?")) == (("arskur", 4),)
    assert designators(fold("meter fee for a DN25 water meter")) == (("dn", 25),)
    assert designators(fold("Hur mycket ökade kostnaden med 5 procent under 2024?")) == ()  # an amount, not a name
    question = parse_question("Hur många pojkar gick i årskurs 4 läsåret 2024/25?")
    fq = Focus(question, {}, set(), set(), False, False, False, set(), set(), designators(question.folded))
    caption = "Antal elever läsåret 2024/25."
    right = Figure(62548, "antal", "62 548", f"{caption} Årskurs 4, Pojkar", "s.pdf", 8)
    other = Figure(62048, "antal", "62 048", f"{caption} Årskurs 3, Pojkar", "s.pdf", 8)
    its_number = Figure(4, "antal", "4", "Andelen ökar från årskurs", "s.pdf", 10)
    assert _designated(fq, right, "")["designator_fit"] == 1.0
    assert _designated(fq, other, "") == {"designator_fit": 0.0, "designator_miss": 1.0, "is_designator": 0.0}
    assert _designated(fq, its_number, "")["is_designator"] == 1.0
    # in the table's text the next row names the asked member right after the neighbour's cell
    rows = f"{caption}\nÅrskurs 3 60 034 62 048\nÅrskurs 4 59 582 62 548\n"
    assert _designated(fq, other, rows) == {"designator_fit": 0.0, "designator_miss": 1.0, "is_designator": 0.0}
    listed = Figure(8.9, "procent", "8,9 procent", "utmaningar (områdestyp 1 och 2), där 7,8 respektive", "s.pdf", 11)
    q2 = parse_question("Hur stor andel har åtgärdsprogram i områdestyp 2?")
    fq2 = Focus(q2, {}, set(), set(), False, False, False, set(), set(), designators(q2.folded))
    assert _designated(fq2, listed, "")["designator_fit"] == 1.0  # "1 och 2" names both


def test_series_members_and_telephone_numbers_are_no_figures() -> None:
    from insyn.answer.features import is_member
    from insyn.ingest.figures import is_reference
    from insyn.types import Figure

    text = ("Andelen är högst i årskurs 6 och lägst i årskurs 1–3. Kundservice: 0771-25 26 00. "
            "Nämnden har 15 ledamöter och 7 ersättare.")
    found = {f.text: Figure(f.value, f.unit, f.text, f.label, "d", 1) for f in extract_figures(text)}
    dropped = {t for t, f in found.items() if is_reference(f) or is_member(f, text)}
    assert {"6", "1", "3", "25", "26", "00"} <= dropped  # members of "årskurs", parts of a phone number
    assert not {"15", "7"} & dropped  # counts stay
    single = "Uppdraget gäller årskurs 9 och omfattar 120 elever."
    figure = next(Figure(f.value, f.unit, f.text, f.label, "d", 1) for f in extract_figures(single) if f.text == "9")
    assert not is_member(figure, single)  # one member named: the passage does not show a series
    assert is_reference(figure)  # but a school year is never a quantity ("årskurs 9", "åk 9", "kvartal 3")
    grades = "Tabellen visar slutbetygen i åk 9 vårterminen 2024 för 362 elever."
    nine, count = (next(Figure(f.value, f.unit, f.text, f.label, "d", 1) for f in extract_figures(grades) if f.text == t)
                   for t in ("9", "362"))
    assert is_reference(nine) and not is_reference(count)


def test_identifiers_are_no_figures_but_grouped_amounts_are() -> None:
    from insyn.ingest.figures import is_identifier, is_reference
    from insyn.ingest.figures import extract_figures
    from insyn.types import Figure

    text = ("Enligt kommunallagen (2017:725) och beslut dnr SRV-2025-00071 kostar utrustningen "
            "(6289) totalt 5 000 tkr. Antal besökare Österlens museum 62 225 60 000 56 945 62 014.")
    found = {f.text: Figure(f.value, f.unit, f.text, f.label, "d", 1) for f in extract_figures(text)}
    codes = {t for t, f in found.items() if is_identifier(f, text)}
    assert {"725", "00071", "6289"} <= codes
    kept = [t for t, f in found.items() if not (is_identifier(f, text) or is_reference(f))]
    assert {"5 000 tkr", "62 225", "60 000", "56 945", "62 014"} <= set(kept)  # "000 56" is no telephone number


def test_the_number_of_a_numbered_lists_item_is_no_figure() -> None:
    from insyn.answer.features import is_list_number
    from insyn.ingest.figures import extract_figures
    from insyn.types import Figure

    text = ("Kommunfullmäktige har beslutat om följande mål: 1. Utsläppen ska minska med 70 procent till 2030. "
            "2. Andelen förnybar energi ska vara minst 90 procent 2026. Planen omfattar 14 åtgärder. Antalet var 3. Det räckte.")
    found = [Figure(f.value, f.unit, f.text, f.label, "d", 1) for f in extract_figures(text)]
    numbers = {f.text for f in found if is_list_number(f, text)}
    assert "2" in numbers and not {"14", "3"} & numbers  # "var 3. Det" ends a sentence, it opens no item


def test_two_cells_the_text_joins_like_a_thousands_space_are_no_figure() -> None:
    from insyn.answer.features import merged_cells
    from insyn.types import Record

    row = Record("table", "v.pdf", 2, "Mål 2", {"Indikator": "Antal anmälningar", "Utfall 2023": "142",
                                             "Utfall 2024": "167", "Målvärde 2026": "Minska"}, "")
    loans = Record("table", "b.pdf", 5, "", {"label": "Bibliotekslån", "2023": "97 032", "2024": "95 414"}, "")
    assert "142167" in merged_cells([row])  # "huvudman 142 167 Minska" read as 142 167
    assert not merged_cells([loans]) & {"97032", "95414", "9703295414"}  # amounts with their own thousands space


def _question_focus(q: str):
    from insyn.answer.features import Focus, designators
    from insyn.answer.question import parse_question
    from insyn.ingest.swedish import tokenize

    qu = parse_question(q)
    return Focus(question=qu, weights={t: 1.0 for t in tokenize(q)}, places=set(), units=set(), wants_target=False,
                 wants_budget=False, wants_change=False, counted=set(), asked=set(qu.folded.split()),
                 designators=designators(qu.folded))


def test_respektive_values_pair_with_the_member_the_question_names() -> None:
    from insyn.answer.features import not_the_respective
    from insyn.ingest.figures import extract_figures
    from insyn.types import Figure

    def dropped(text: str, q: str) -> list[str]:
        figures = tuple(Figure(f.value, f.unit, f.text, f.label) for f in extract_figures(text))
        return [f.text for f in figures if id(f) in not_the_respective(_question_focus(q), figures, text, None)]

    areas = ("Regionen planerar investeringar inom områdena Hjälpmedel, Verksamhetsservice och Regional "
             "utveckling för 33 miljoner kronor, 2 miljoner kronor respektive 1 miljon kronor.")
    assert dropped(areas, "Hur mycket investeras i verksamhetsservice?") == ["33 miljoner kronor", "1 miljon kronor"]
    types = "Högst är andelen i områdestyp 1 och 2, där 7,8 respektive 8,9 procent har ett åtgärdsprogram."
    assert dropped(types, "Hur stor andel har åtgärdsprogram i områdestyp 2?") == ["7,8"]  # the shared word, written once
    schools = "Andelen med anpassad studiegång i kommunala och fristående skolor är 1,5 respektive 1,4 procent."
    assert dropped(schools, "Hur stor andel i kommunala skolor har anpassad studiegång?") == ["1,4 procent"]
    assert dropped(schools, "Hur stor andel elever har anpassad studiegång?") == []  # no member named: both stay
    years = "Kostnaderna beräknas öka med 5,0 procent 2025, samt 3,8 respektive 3,9 procent 2026 och 2027."
    assert dropped(years, "Hur mycket beräknas kostnaderna öka 2027?") == ["3,8"]


def test_a_date_or_year_never_headlines_a_question_asking_for_an_amount() -> None:
    adopted, price = extract_figures("Taxan antogs den 28 april 2026 och kubikmeteravgiften är 22,35 kr.")
    year = extract_figures("Sedan 2019 har avgiften höjts varje år.")[0]
    cost, count, when = (parse_question(q).want for q in (
        "Vad kostar en kubikmeter vatten i kommunen?", "Hur många fastigheter är anslutna?", "När antogs taxan?"))
    assert (adopted.unit, year.unit, price.unit) == ("datum", "år", "kr")
    assert not of_the_kind_asked(cost, adopted) and not of_the_kind_asked(count, year)
    assert of_the_kind_asked(cost, price) and of_the_kind_asked(when, adopted) and of_the_kind_asked(when, year)


def test_a_question_saying_what_a_board_wants_asks_for_its_target() -> None:
    from insyn.answer.features import _TARGET_ASKED
    from insyn.ingest.swedish import fold

    assert _TARGET_ASKED.search(fold("Hur många kliniska studier vill nämnden ha under 2025?"))
    assert _TARGET_ASKED.search(fold("How many studies does the board want in 2025?"))
    assert not _TARGET_ASKED.search(fold("Hur många kliniska studier hade nämnden 2023?"))


def test_the_counts_of_a_vote_are_quantities_not_members_of_a_series() -> None:
    from insyn.answer.features import not_a_quantity

    text = "Omröstning Ja-röster 26 Nej-röster 19 Avstår 4 Frånvarande 2"
    found = {f.text: f for f in extract_figures(text)}
    assert {t for t, f in found.items() if not not_a_quantity(f, text)} >= {"26", "19"}
    series = "Elever i årskurs 6 och årskurs 9 svarade; årskurs 9 hade 120 elever."
    nine = next(f for f in extract_figures(series) if f.text == "9")
    assert not_a_quantity(nine, series)  # a school year named twice is still a member of a series


def _cell_focus(q: str) -> Focus:
    question = parse_question(q)
    return Focus(question, {}, set(), set(), False, False, False, set(), set(), designators(question.folded))


def test_a_cells_year_and_sex_are_read_from_its_column_not_the_caption() -> None:
    from insyn.answer.features import _column_year, _designated

    caption = "Tabell 2. Sjukfrånvaro per förvaltning och kön 2024 och 2025, procent Psykiatri och habilitering"
    cell = {col: Figure(v, "procent", str(v), f"{caption}, {col}", "d", 2)
            for col, v in (("2024 Kvinnor", 9.4), ("2025 Män", 5.8), ("2025 Totalt", 8.7))}
    men = _cell_focus("Hur hög var sjukfrånvaron bland män inom psykiatri och habilitering under 2025?")
    assert _column_year(men.question, cell["2024 Kvinnor"]) == -1 and _column_year(men.question, cell["2025 Män"]) == 1
    assert _designated(men, cell["2025 Män"], "", cell=True)["designator_fit"] == 1.0
    assert _designated(men, cell["2024 Kvinnor"], "", cell=True)["designator_miss"] == 1.0
    overall = _cell_focus("What was the overall sick-leave rate in psychiatry in 2025?")
    assert _designated(overall, cell["2025 Totalt"], "", cell=True)["designator_fit"] == 1.0
    unnamed = _cell_focus("Hur hög var sjukfrånvaron inom psykiatri och habilitering 2025?")
    assert _designated(unnamed, cell["2025 Män"], "", cell=True)["designator_miss"] == 1.0  # the total is asked
    swedish_but = _cell_focus("Hur hög var sjukfrånvaron 2025, men inte 2024?")  # "men" is Swedish for "but"
    assert _designated(swedish_but, cell["2025 Män"], "", cell=True)["designator_miss"] == 1.0


def test_a_question_asking_when_is_answered_by_a_date_not_a_count() -> None:
    from insyn.answer.figure_scorer import kind_fits
    from insyn.answer.question import Want

    eight = Figure(8, "antal", "åtta avdelningar", "Förskolan ska ha", "d", 1)
    move_in = Figure("2028-08-01", "datum", "1 augusti 2028", "inflyttning till den", "d", 1)
    when = parse_question("När ska barnen kunna flytta in i den nya förskolan?")
    assert when.want is Want.date and kind_fits(when.want, move_in) and not kind_fits(when.want, eight)
    regarding = parse_question("Vilket mål har nämnden för 2025 när det gäller antalet utskrivningsklara patienter?")
    assert regarding.want is not Want.date  # "när det gäller": what about, not when
    result = parse_question("What full-year result does the municipality forecast for 2026?")
    assert not kind_fits(result.want, move_in)


def test_a_year_range_after_a_figure_is_its_year_and_a_cell_counts_what_its_row_or_column_names() -> None:
    from insyn.answer.features import _counted

    q = parse_question("Hur mycket av investeringarna infaller under 2027?")
    text = "varav 117,5 mnkr 2026, 252,1 mnkr 2027 och 254,4 mnkr 2028–2030."
    years = {t: figure_year(q, Figure(1, "mnkr", t, text[: text.find(t)], "d", 1), text)
             for t in ("117,5 mnkr", "252,1 mnkr", "254,4 mnkr")}
    assert years == {"117,5 mnkr": -1, "252,1 mnkr": 1, "254,4 mnkr": -1}  # 2028–2030 is not 2027
    fq = _focus("Hur många föreningar fick driftbidrag 2025?", counted="foreningar")
    antal = Figure(41, "antal", "41", "Bidrag Driftbidrag till föreningar, Antal 2025", "d", 1)
    amount = Figure(925, "antal", "925", "Bidrag Driftbidrag, Bokslut 2025", "d", 1)
    assert _counted(fq, antal, "", None, cell=True) == 1
    assert _counted(fq, amount, "", None, cell=True) == 0  # a cell that names no noun is not known to miss


def test_a_year_closing_the_figure_before_is_not_the_next_figures_year() -> None:
    text = "Av dem är 7 nya för 2026 och 6 har förts över från 2025 års plan."
    q = parse_question("Hur många av kontrollerna i planen för 2026 är helt nya?")
    six = Figure(6, "antal", "6", "Av dem är 7 nya för 2026 och")
    assert figure_year(q, six, text) == 0  # "för 2026 och" closes the 7's clause
    table = "Antal 2024: 120, 2025: 150"
    q25 = parse_question("Hur många var de 2025?")
    assert figure_year(q25, Figure(150, "antal", "150", "Antal 2024: 120, 2025:"), table) == 1  # "2025:" opens the 150's


def test_a_count_followed_by_the_whole_noun_asked_fits_better_than_one_of_its_compound_parts() -> None:
    splitter = CompoundSplitter.from_texts(["viss tid anställda", "till vid are"])
    q = "Hur många visstidsanställda fanns vid årsskiftet?"
    fq = replace(_focus(q, splitter, "visstidsanställda"), counted_whole=frozenset(tokenize("visstidsanställda")))
    text = "Regionen hade 9 623 tillsvidareanställda och 1 164 visstidsanställda, sammanlagt 10 787 anställda."
    found = {f.text: f for f in extract_figures(text)}
    assert _counted(fq, found["1 164"], text, splitter) == 2  # the thousands group "164" is not its noun
    assert _counted(fq, found["10 787"], text, splitter) == 1  # "anställda": a part of the noun asked


def test_the_count_of_the_side_of_a_vote_asked_is_told_from_the_other_sides() -> None:
    from insyn.answer.features import _vote, focus_vote_side, vote_sides

    assert vote_sides("Ja-röster 26 Nej-röster 19 Avstår 4 Frånvarande 2") == {"26": "yes", "19": "no", "4": "abstain", "2": "absent"}
    assert vote_sides("Omröstningsresultat: 25 ja-röster, 21 nej-röster, 3 ledamöter avstod och 2 var frånvarande.") == {
        "25": "yes", "21": "no", "3": "abstain", "2": "absent"}
    assert vote_sides("Fullmäktige har 51 ledamöter och 2 ersättare.") == {}
    assert focus_vote_side("Hur många ledamöter röstade ja till förslaget?") == "yes"
    assert focus_vote_side("How many councillors abstained?") == "abstain"
    assert focus_vote_side("Hur många ledamöter har fullmäktige?") == ""
    assert focus_vote_side("Hur fördelade sig rösterna i omröstningen om budgeten?") == "any"
    text = "Ja-röster 26 Nej-röster 19 Avstår 4 Frånvarande 2"
    fq = replace(_focus("Hur många röstade ja?"), vote_side="yes")
    found = {f.text: f for f in extract_figures(text)}
    assert _vote(fq, found["26"], text) == {"vote_fit": 1.0, "vote_miss": 0.0}
    assert _vote(fq, found["19"], text) == {"vote_fit": 0.0, "vote_miss": 1.0}


def test_a_deficit_asked_fits_a_negative_figure() -> None:
    from insyn.answer.features import _DEFICIT_ASKED

    assert _DEFICIT_ASKED.search(fold("Hur stort underskott redovisade kommunen år 2023?"))
    assert _DEFICIT_ASKED.search(fold("What deficit does the board forecast?"))
    assert not _DEFICIT_ASKED.search(fold("Hur stort överskott redovisade kommunen?"))


def test_a_date_fits_the_month_the_question_names_and_misses_another() -> None:
    grid = "Socialnämnden 27/1 24/2 27/10 11"
    dates = [m.to_figure("plan.pdf", 2) for m in extract_figures(grid, 2027)]
    october = replace(_focus("Vilket datum i oktober 2027 träffas socialnämnden?"), months=frozenset({10}))
    assert [_month_fit(october, f) for f in dates] == [-1, -1, 1, 0]  # the count of meetings is no date
    assert _month_fit(replace(october, months=frozenset()), dates[2]) == 0  # no month asked: no fit either way
    later = replace(_focus("Vilket datum i oktober 2028 träffas socialnämnden?"), months=frozenset({10}))
    assert _month_fit(later, dates[2]) == -1  # the month, but of another year


def test_the_column_a_question_names_is_the_cells_own_or_a_neighbours() -> None:
    """A row of month columns: "besök i mars" names the cell under "Mar", and the total row's cell
    under "Totalt 2026" stands in a row whose other column the question names; a column named by
    a word ("Sökt belopp") fits as a month does; a sentence's figure has no column."""
    from dataclasses import replace

    from insyn.answer.features import _column, _column_says

    def fit(fq: Focus, column: str, columns: list[str]) -> dict[str, float]:
        return _column(column, {c: _column_says(fq, c, None) for c in columns})

    columns = ["Jan", "Feb", "Mar", "Totalt 2026"]
    march = replace(_focus("Hur många besök hade biblioteken sammanlagt i mars 2026?"), months=frozenset({3}))
    assert fit(march, "Mar", columns) == {"column_fit": 1.0, "column_miss": 0.0}
    assert fit(march, "Totalt 2026", columns) == {"column_fit": 0.0, "column_miss": 1.0}
    year = _focus("Hur många besök hade biblioteken 2026?")  # no column named: the year is `year_fit`'s
    assert fit(year, "Totalt 2026", columns) == {"column_fit": 0.0, "column_miss": 0.0}
    grant = ["Sökt belopp", "Beviljat"]
    asked = _focus("Hur mycket sökte kören i bidrag, vilket belopp?")
    assert fit(asked, "Sökt belopp", grant)["column_fit"] == 1.0
    assert fit(asked, "Beviljat", grant)["column_miss"] == 1.0
    assert _column("Mar", {}) == {"column_fit": 0.0, "column_miss": 0.0}


def test_a_measure_of_the_year_leaves_the_rows_columns_of_no_year_their_own() -> None:
    """"Årsarbetare 2026" beside "Kvinnor | Män | Totalt" names a measure of the year, not a row of
    years: the count of men is no other year's figure, and the column "Män" is the one asked for
    (the word "män" folds to the pronoun "man", which no term keeps). In a row of years ("2025 |
    2026 | Summa") every column but the year asked still gives way."""
    from insyn.answer.features import _column_says, _not_the_year_asked

    label = "Tillsvidareanställda 31 dec 2026 Samhällsbyggnadsförvaltningen"
    row = [Figure(v, "antal", str(v), f"{label}, {col}", "d", 2)
           for col, v in (("Kvinnor", 58), ("Män", 96), ("Totalt", 154), ("Årsarbetare 2026", 150.2),
                          ("Tillsvidare 2025", 149), ("Förändring", 5))]
    men = _cell_focus("Hur många tillsvidareanställda män arbetade i samhällsbyggnadsförvaltningen i slutet av 2026?")
    assert [f.label.rsplit(", ", 1)[1] for f in _not_the_year_asked(men, row)] == ["Tillsvidare 2025", "Förändring"]
    assert _column_says(men, "Män", None) and not _column_says(men, "Kvinnor", None)
    years = [Figure(v, "tkr", str(v), f"Gång- och cykelvägar, {col}", "d", 2)
             for col, v in (("2025", 100), ("2026", 200), ("Summa", 300))]
    budget = _cell_focus("Hur mycket ska gång- och cykelvägar kosta 2026?")
    assert [f.value for f in _not_the_year_asked(budget, years)] == [100, 300]
    measure = [Figure(v, "mnkr", str(v), f"Delsumma grundskola, Investeringsutgift, mnkr {col}", "d", 2)
               for col, v in (("Totalt", 167.0), ("2026", 52.9), ("2027", 69.9))]  # a measure over years: its sum gives way
    assert [f.value for f in _not_the_year_asked(budget, measure)] == [167.0, 69.9]


def test_a_columns_short_name_for_a_sex_is_read_but_a_quarter_is_not() -> None:
    """Statistics tables name their groups short ("2026 Kv | 2026 M | 2026 Tot", "K | M | T");
    "Kv 3" is a quarter, no group."""
    from insyn.answer.features import _designated

    cell = {col: Figure(v, "procent", str(v), f"Andel nöjda, % Lingonbacken, {col}", "d", 2)
            for col, v in (("2026 Kv", 76.0), ("2026 M", 80.0), ("2026 Tot", 78.0), ("Kv 3 2026", 81.0))}
    women = _cell_focus("Hur stor andel av kvinnorna på Lingonbacken var nöjda 2026?")
    assert _designated(women, cell["2026 Kv"], "", cell=True)["designator_fit"] == 1.0
    assert _designated(women, cell["2026 M"], "", cell=True)["designator_miss"] == 1.0
    assert _designated(women, cell["Kv 3 2026"], "", cell=True) == {"designator_fit": 0.0, "designator_miss": 0.0, "is_designator": 0.0}
    unnamed = _cell_focus("Hur stor andel på Lingonbacken var nöjda 2026?")
    assert _designated(unnamed, cell["2026 Tot"], "", cell=True)["designator_miss"] == 0.0
    assert _designated(unnamed, cell["2026 Kv"], "", cell=True)["designator_miss"] == 1.0


def test_a_price_lists_size_and_vat_side_pick_the_cell() -> None:
    """"ett 660-literskärl … utan moms" names the row "Kärl 660 liter" and the column "exkl. moms"
    of a price list; the 240-litre row and the "inkl. moms" column are other cells."""
    from insyn.answer.features import _column_says, _designated

    q = "Vad kostade hämtning av ett 660-literskärl med restavfall för flerbostadshus i Xenby 2026, utan moms?"
    fq = _cell_focus(q)
    assert ("liter", 660) in fq.designators and ("liter", 190) in designators("a 190-litre bin")
    big = Figure(9620.0, "kr", "9 620", "Avgifter, kronor 7.2 Kärl 660 liter, restavfall, 2026 exkl. moms", "d", 3)
    small = Figure(4180.0, "kr", "4 180", "Avgifter, kronor 7.1 Kärl 240 liter, restavfall, 2026 exkl. moms", "d", 3)
    assert _designated(fq, big, "", cell=True)["designator_fit"] == 1.0
    assert _designated(fq, small, "", cell=True)["designator_miss"] == 1.0
    assert _column_says(fq, "2026 exkl. moms", None) and not _column_says(fq, "2026 inkl. moms", None)
    english = _cell_focus("What does a 660-litre bin cost in Xenby in 2026, VAT included?")
    assert _column_says(english, "2026 inkl. moms", None) and not _column_says(english, "2026 exkl. moms", None)


def test_a_year_after_a_series_word_names_no_member() -> None:
    """"per linje 2024–2026" in a caption names no line 202: "linje 3" neither fits nor misses it."""
    from insyn.answer.features import _designated

    fq = _cell_focus("Hur många resor gjordes med linje 5 i Salmsund under 2025?")
    cell = Figure(349.9, "antal", "349,9", "Tabell 1. Resor per linje 2024–2026 Kyrkbacken – Resecentrum, 2025", "d", 2)
    assert _designated(fq, cell, "", cell=True) == {"designator_fit": 0.0, "designator_miss": 0.0, "is_designator": 0.0}
    named = Figure(349.9, "antal", "349,9", "Tabell 1. Resor per linje 2024–2026 Linje 5 Kyrkbacken – Resecentrum, 2025", "d", 2)
    assert _designated(fq, named, "", cell=True)["designator_fit"] == 1.0


def _library_rows() -> tuple[list[Record], list[list[Figure]]]:
    """A table of a generated library report: loans and visits per branch, with its sum row."""
    header = ("Bibliotek", "Utlån 2025", "Besök 2025")
    rows = [("Orrhammars stadsbibliotek", "141 207", "171 096"), ("Ytterlunda bibliotek", "25 876", "22 980"),
            ("Totalt", "248 450", "221 310")]
    records = [Record("table", "lib.pdf", 2, "Statistik", dict(zip(header, r)), " ".join(r), table="t1",
                      caption="Utlån och besök per bibliotek", header=header) for r in rows]
    return records, [figures_from_record(r) for r in records]


def _row_features(question: str, value: float) -> dict[str, float]:
    records, by_record = _library_rows()
    splitter = CompoundSplitter({"stad": 40, "bibliotek": 60, "stadsbibliotek": 1})  # "stadsbibliotek": stad + bibliotek
    fq = _focus(question, splitter)
    named = _rows_named(fq, tuple(records), by_record, splitter, {"orrhamm", "kommun"})
    return next(named[id(f)] for found in by_record for f in found if f.value == value)


def test_the_row_a_question_names_is_told_from_the_other_rows_of_its_table() -> None:
    q = "Hur många besök hade Ytterlunda bibliotek i Orrhammar under 2025?"
    # the municipality names the document, not a row: "Orrhammars stadsbibliotek" is not named by it
    assert _row_features(q, 22980) == {"row_fit": 1.0, "row_miss": 0.0, "total_fit": 0.0, "total_miss": 0.0}
    assert _row_features(q, 171096)["row_miss"] == 1.0
    # a question naming no row of the table names none: the words every row shares pick nothing
    assert _row_features("Hur många besök hade biblioteken 2025?", 171096)["row_miss"] == 0.0


def test_a_question_asking_for_a_whole_prefers_the_sum_row_and_the_sentence_saying_total() -> None:
    q = "Hur många besök hade biblioteken i Orrhammar sammanlagt 2025?"
    assert _row_features(q, 221310)["total_fit"] == 1.0
    assert _row_features(q, 22980) == {"row_fit": 0.0, "row_miss": 0.0, "total_fit": 0.0, "total_miss": 1.0}
    assert _row_features("Hur många besök hade Ytterlunda bibliotek 2025?", 221310)["total_fit"] == 0.0
    said = Figure(1921.0, "antal", "1 921", "Planen kräver totalt", "d", 1)
    assert _total_said(_focus("How many hours does the plan require in total?"), said, "")["total_fit"] == 1.0
    assert _total_said(_focus("Hur många timmar kräver planen?"), said, "")["total_fit"] == 0.0


def test_a_sentences_group_is_the_sex_named_right_after_the_figure_or_last_before_it() -> None:
    from insyn.answer.features import _designated

    survey = "I enkäten från 2025 uppgav 41 procent av flickorna och 19 procent av pojkarna att de ofta känner sig nere."
    trend = "Andelen kvinnor med nedsatt psykiskt välbefinnande har stigit från 21 procent 2023 till 24 procent 2025."
    girls, boys = extract_figures(survey)[1:3]
    women = extract_figures(trend)[-2]
    assert (girls.value, boys.value, women.value) == (41, 19, 24)
    asked_girls = _focus("Hur stor andel av flickorna känner sig ofta nere?")
    assert _designated(asked_girls, girls, survey)["designator_fit"] == 1.0
    assert _designated(asked_girls, boys, survey)["designator_miss"] == 1.0
    asked_men = _focus("Hur stor andel av männen hade nedsatt psykiskt välbefinnande 2025?")
    assert _designated(asked_men, women, trend)["designator_miss"] == 1.0
    unasked = _focus("Hur stor andel hade nedsatt psykiskt välbefinnande 2025?")  # no sex asked: the sentence does not decide
    assert _designated(unasked, women, trend)["designator_miss"] == 0.0


def test_a_figures_year_may_follow_the_noun_it_counts() -> None:
    text = "Biblioteken hade 218 315 besök under 2026, vilket är 0,5 procent fler än 2025, då besöken var 217 270."
    visits, _, before = (f for f in extract_figures(text) if f.unit != "år")
    q = parse_question("Hur många besök hade biblioteken 2025?")
    assert figure_year(q, visits, text) == -1 and figure_year(q, before, text) == 1
    waits = "Inom vuxenenheten var mediantiden 12 dagar (19 dagar 2025)."
    now, then = extract_figures(waits)[:2]
    q26 = parse_question("Hur länge fick man vänta på ett första möte hos vuxenenheten 2026?")
    assert (now.value, then.value) == (12, 19) and figure_year(q26, then, waits) == -1 and figure_year(q26, now, waits) == 0


def test_a_share_is_never_an_amount_of_money_or_a_count_of_thousands() -> None:
    from insyn.answer.figure_scorer import could_be_share

    share = parse_question("Hur stor andel av besöken gick till stadsbiblioteket?").want
    assert not of_the_kind_asked(share, Figure(174530, "antal", "174 530", "Besök, 2026"))
    assert not of_the_kind_asked(share, Figure(12.5, "mnkr", "12,5 mnkr", "Bidrag"))
    assert of_the_kind_asked(share, Figure(65.0, "procent", "65,0 procent", "Stadsbiblioteket stod för"))
    assert could_be_share(Figure(47.2, "antal", "47,2", "Eftergymnasial utbildning, Kvinnor 2023"))  # a "%" in a footnote
    assert not could_be_share(Figure(9.6, "antal", "9,6", "Nybyggnad av flerbostadshus, Median, veckor 2027"))


def test_an_english_member_of_a_series_is_named_by_its_swedish_word_too() -> None:
    from insyn.ingest.swedish import fold

    assert ("linje", 11) in designators(fold("What share of departures on bus line 11 were on time in 2026?"), "en")
    assert designators(fold("Hur många resor gjordes på linje 4 under 2025?")) == (("linje", 4),)


def test_a_tax_rate_is_kronor_per_hundred_or_a_percentage_never_an_amount() -> None:
    rate = parse_question("Vilken kommunal skattesats ska gälla 2027?").want
    raised = "Direktivet bygger på att den kommunala skattesatsen höjs från 22,14 kronor till 22,39 kronor 2027."
    assert [f.value for f in extract_figures(raised) if of_the_kind_asked(rate, f)] == [22.14, 22.39]
    assert of_the_kind_asked(rate, Figure(11.29, "procent", "11,29%", "Utdebitering, %"))
    assert not of_the_kind_asked(rate, Figure(600.0, "mnkr", "600 miljoner kronor", "En kronas förändrad utdebitering"))
    assert not of_the_kind_asked(rate, Figure(1250.0, "kr", "1 250 kronor", "Avgift"))


def test_the_year_asked_is_its_own_columns_cell_not_the_periods_sum() -> None:
    from insyn.answer.features import _not_the_year_asked

    caption = "Tabell 1. Investeringar per nämnd 2027–2029, tkr Totalt"
    row = [Figure(v, "tkr", str(v), f"{caption}, {col}", "d", 2)
           for col, v in (("2027", 88400), ("2028", 141900), ("2029", 98300), ("Summa", 328600))]
    year = _focus("Hur stor är investeringsbudgeten totalt för år 2029?")
    assert [g.value for g in _not_the_year_asked(year, row)] == [88400, 141900, 328600]
    assert _not_the_year_asked(_focus("Hur stor är investeringsbudgeten totalt?"), row) == []
    change = replace(year, wants_change=True)
    assert _not_the_year_asked(change, row) == []  # a change stands in a column of no single year


def _in(text: str, t: str) -> Figure:
    return Figure(1, "procent", t, text[: text.find(t)], "d", 1)


def test_a_year_said_in_words_is_the_figures_year() -> None:
    """The year before the report's, or the sentence's, is said in words ("ett år tidigare",
    "året innan"); a change's first figure is the year before its second ("ökade från ... till")."""
    ratio = "Soliditeten uppgick vid årets slut till 12,4 procent, jämfört med 11,3 procent ett år tidigare."
    q25, q26 = parse_question("Vilken soliditet hade bolaget 2025?"), parse_question("Vilken soliditet hade bolaget 2026?")
    assert [figure_year(q25, _in(ratio, t), ratio, 2026) for t in ("12,4 procent", "11,3 procent")] == [-1, 1]
    assert [figure_year(q26, _in(ratio, t), ratio, 2026) for t in ("12,4 procent", "11,3 procent")] == [1, -1]
    assert figure_year(q25, _in(ratio, "11,3 procent"), ratio) == 0  # no document year, nothing said
    # the sentence's year, not the document's (a follow-up of 2026 dated February 2027)
    change = "Verksamhetsuppföljning 2026. Antalet orosanmälningar ökade från 1 284 till 1 412, vilket är 128 fler."
    assert [figure_year(q26, _in(change, t), change, 2027) for t in ("1 284", "1 412")] == [-1, 1]
    visits = "Vårdcentralerna hade 412 350 läkarbesök under 2026, vilket är 6 470 fler än året innan, då antalet var 405 880."
    assert figure_year(q25, _in(visits, "405 880"), visits, 2027) == 1
    assert figure_year(q25, _in(visits, "412 350"), visits, 2027) == -1


def test_a_demand_before_its_figure_is_a_target() -> None:
    assert target_kind(Figure(15, "procent", "15 procent", "Enligt ägardirektivet ska soliditeten vara minst")) == "target"
    assert target_kind(Figure(5, "procent", "5 procent", "Sjukfrånvaron ska understiga")) == "target"
    assert target_kind(Figure(15, "procent", "15 procent", "Ägardirektivet kräver minst")) == "target"
    assert target_kind(Figure(12.4, "procent", "12,4 procent", "Soliditeten uppgick vid årets slut till")) == ""
    assert target_kind(Figure(45, "mnkr", "45 mnkr", "Investeringarna ska uppgå till")) == ""  # a plan, not a demand


def test_a_sum_row_may_be_the_whole_of_something_and_a_total_asked_is_its_row() -> None:
    """"Hela trafiken" under "Summa stadstrafik" and "Summa regiontrafik" is a sum row too."""
    fq = _focus("Vilken punktlighet hade bussarna totalt sett 2025?")
    rows = [Record("table", "d", 1, "", {"Linje": label, "Punktlighet % 2025": v}, f"{label} | {v}", "t1", "Tabell",
                   ("Linje", "Punktlighet % 2025")) for label, v in (("1 Centrum", "90,1"), ("2 Hamnen", "86,0"),
                                                                  ("Hela trafiken", "88,8"))]
    by_record = [figures_from_record(r) for r in rows]
    named = _rows_named(fq, tuple(rows), by_record, None, set())
    assert [named[id(fs[0])]["total_fit"] for fs in by_record] == [0.0, 0.0, 1.0]


def test_a_bare_number_pools_with_its_value_where_a_unit_names_it() -> None:
    """A five-year table gives "Sjukfrånvaro % | 6,5" and the same cell read without its unit: one
    figure, whose probability is the two readings' together; another value keeps its own."""
    p = pooled(np.array([0.4, 0.2, 0.3, 0.1]), [("6.5", "antal"), ("6.5", "procent"), ("7.0", "procent"), ("3.0", "antal")])
    assert p.tolist() == pytest.approx([0.6, 0.6, 0.3, 0.1])
