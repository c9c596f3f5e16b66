"""An internal control plan and a library's statistics of municipalities no other test knows, drawn
with fpdf2: a list filter no row meets is answered "not in the documents", not by the rows of
another kind that do meet it (a scale's bands, a total over the items, a column of other counts)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from insyn.answer.engine import Engine
from insyn.contract import AskRequest

RISKS = [  # risk, probability, consequence, risk value, control, frequency
    ("Felaktiga utbetalningar", "3", "4", "12", "Stickprov på fakturor", "Kvartalsvis"),
    ("Inköp utanför avtal", "4", "3", "12", "Analys av avtalstroheten", "Halvårsvis"),
    ("Otillåtna kortköp", "3", "2", "6", "Avstämning av kortköp", "Månadsvis"),
    ("Felaktiga löner", "3", "3", "9", "Kontroll av löneändringar", "Månadsvis"),
    ("Brister i representation", "2", "2", "4", "Granskning av fakturor", "Årligen"),
]
BANDS = [("Låg", "1", "4"), ("Måttlig", "5", "9"), ("Hög", "10", "14"), ("Mycket hög", "15", "25")]
SAMPLES = [("Stickprov på fakturor", "120", "6"), ("Avstämning av kortköp", "45", "2"), ("Kontroll av löneändringar", "30", "1")]
DECISIONS = [("D 1", "Upptagande av lån inom låneramen", "Ekonomichef"), ("D 2", "Yttrande över remiss om kollektivtrafik", "Kanslichef"),
             ("D 3", "Avskrivning av fordringar", "Ekonomichef"), ("D 4", "Förordnande av tillförordnad chef", "Kommundirektör"),
             ("D 5", "Beslut att inte lämna ut allmän handling", "Förvaltningschef")]
LIBRARIES = [("Stadsbiblioteket", "214 380", "221 940"), ("Norrby bibliotek", "39 620", "38 115"),
             ("Åsby bibliotek", "28 450", "19 870"), ("Samtliga bibliotek", "282 450", "279 925")]


@pytest.fixture(scope="module")
def controls(tmp_path_factory: pytest.TempPathFactory, drawn_plan: Callable[..., Engine]) -> Engine:
    return drawn_plan(tmp_path_factory.mktemp("controls"), "ekmora-internkontrollplan-2026.pdf",
                      "Internkontrollplan 2026", "Ekmora kommuns kommunstyrelse följer upp sina risker med kontroller.",
                      [("Tabell 1. Riskvärdets nivåer", (50, 20, 20), [("Nivå", "Från", "Till"), *BANDS], 9),
                       ("Tabell 2. Risker och kontroller", (45, 15, 15, 20, 50, 30),
                        [("Risk", "S", "K", "Riskvärde", "Kontroll", "Frekvens"), *RISKS], 8),
                       ("Tabell 3. Resultat av kontrollerna", (60, 30, 30),
                        [("Kontroll", "Granskade", "Avvikelser"), *SAMPLES], 9)])


@pytest.fixture(scope="module")
def decisions(tmp_path_factory: pytest.TempPathFactory, drawn_plan: Callable[..., Engine]) -> Engine:
    return drawn_plan(tmp_path_factory.mktemp("decisions"), "ekmora-ks-delegationsbeslut-2027.pdf",
                      "Delegationsbeslut 2027", "Ekmora kommuns kommunstyrelse får redovisning av beslut fattade på delegation.",
                      [("Tabell 1. Redovisade delegationsbeslut", (20, 110, 40), [("Nr", "Ärende", "Beslutat av"), *DECISIONS], 9)])


@pytest.fixture(scope="module")
def libraries(tmp_path_factory: pytest.TempPathFactory, drawn_plan: Callable[..., Engine]) -> Engine:
    return drawn_plan(tmp_path_factory.mktemp("libraries"), "ekmora-biblioteksstatistik-2026.pdf",
                      "Biblioteksstatistik 2026", "Ekmora kommuns bibliotek redovisar besöken per bibliotek.",
                      [("Tabell 1. Besök per bibliotek", (60, 35, 35), [("Bibliotek", "Besök 2025", "Besök 2026"), *LIBRARIES], 9)])


def _asked(engine: Engine, q: str) -> tuple[bool, list[str]]:
    answer = engine.ask(AskRequest(q=q))
    return answer.found, [r.text.split(" | ")[0] for r in answer.records]


def test_a_frequency_no_control_is_done_at_is_not_in_the_documents(controls: Engine) -> None:
    assert _asked(controls, "Vilka kontroller i Ekmora görs varje vecka?") == (False, [])
    found, rows = _asked(controls, "Vilka kontroller i Ekmora görs varje månad?")
    assert found and rows == ["Otillåtna kortköp", "Felaktiga löner"]


def test_a_risk_value_no_risk_reaches_is_met_by_neither_the_scales_bands_nor_another_tables_counts(controls: Engine) -> None:
    assert _asked(controls, "Vilka risker i Ekmora har ett riskvärde på 20 eller mer?") == (False, [])
    found, rows = _asked(controls, "Vilka risker i Ekmora har ett riskvärde på 12 eller mer?")
    assert found and rows == ["Felaktiga utbetalningar", "Inköp utanför avtal"]


def test_an_amount_only_the_total_row_reaches_is_met_by_no_library(libraries: Engine) -> None:
    assert _asked(libraries, "Vilka bibliotek i Ekmora hade mer än 250 000 besök 2026?") == (False, [])
    found, rows = _asked(libraries, "Vilka bibliotek i Ekmora hade mer än 30 000 besök 2026?")
    assert found and rows == ["Stadsbiblioteket", "Norrby bibliotek"]


def test_one_of_a_kind_no_row_names_is_not_in_the_documents(decisions: Engine) -> None:
    """"socialchefen" is a "chef" as the deciders of the column are; no decision is hers."""
    assert _asked(decisions, "Vilka delegationsbeslut i Ekmora fattades av socialchefen?") == (False, [])
    found, rows = _asked(decisions, "Vilka delegationsbeslut i Ekmora fattades av ekonomichefen?")
    assert found and rows == ["D 1", "D 3"]


def test_a_change_between_years_no_library_shows_is_not_in_the_documents(libraries: Engine) -> None:
    """Each library's visits of one year against another's: no library had the same number both
    years, so none is listed (not every row); a rise, a fall and a fall "since 2025" list theirs."""
    assert _asked(libraries, "Vilka bibliotek i Ekmora hade samma antal besök 2026 som 2025?") == (False, [])
    assert _asked(libraries, "Vilka bibliotek i Ekmora ökade sina besök mellan 2025 och 2026?") == (True, ["Stadsbiblioteket"])
    found, rows = _asked(libraries, "Vilka bibliotek i Ekmora tappade besökare mellan 2025 och 2026?")
    assert found and rows == ["Norrby bibliotek", "Åsby bibliotek"]
    assert _asked(libraries, "Vilka bibliotek i Ekmora har tappat besökare sedan 2025?") == (True, ["Norrby bibliotek", "Åsby bibliotek"])
