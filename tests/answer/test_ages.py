"""Age groups as questions and tables write them (answer/ages.py), and the column a question's
age group names (answer/features.py)."""

from __future__ import annotations

from insyn.answer.ages import age_terms
from insyn.answer.features import Focus, _column_says
from insyn.answer.question import parse_question


def test_a_tables_age_groups_and_a_questions_words_for_them_are_the_same_terms() -> None:
    header = "Sjukfrånvaro, % År −29 år 30–49 år 50 år− Samtliga"
    assert age_terms(header) == {"ålder_29", "ålder30_49", "ålder50_"}
    assert age_terms("medarbetare som är 50 år eller äldre") == {"ålder50_"}
    assert age_terms("bland män under 30 i kommunen") == {"ålder_29"}
    assert age_terms("employees aged 30 to 49") == {"ålder30_49"}
    assert age_terms("personer över 65 år") == age_terms("65+") == {"ålder65_"}
    assert age_terms("invånare 16–84 år") == {"ålder16_84"}


def test_amounts_years_and_signed_figures_are_no_age_group() -> None:
    for text in ("Budget 2025–2026", "10–15 procent", "över 50 mnkr", "under 30 procent", "Avvikelse −29",
                 "Hur många över 50 ärenden", "Linje 11 Edsvala"):
        assert age_terms(text) == set(), text


def test_a_question_naming_an_age_group_names_its_column_and_no_other() -> None:
    q = parse_question("Hur hög var sjukfrånvaron bland medarbetare som är 50 år eller äldre 2025?")
    fq = Focus(q, {"sjukfranvaro": 1.0, "medarbetare": 1.0, "ålder50_": 2.0}, set(), set(), False, False, False,
               set(), set(q.folded.split()))
    assert _column_says(fq, "50 år− 2025", None)
    assert not _column_says(fq, "30–49 år 2025", None)
    assert not _column_says(fq, "−29 år 2025", None)
