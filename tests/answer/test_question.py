"""Tests for insyn.answer.question.parse_question: pure functions from question text to constraints."""

from __future__ import annotations

import pytest

from insyn.answer.question import Intent, Want, parse_question


@pytest.mark.parametrize(("q", "intent"), [
    ("vilka uppdrag har slutdatum 2025-12-31?", Intent.list),
    ("Vilka indikatorer finns för arbetsmiljö?", Intent.list),
    ("Med vilka indikatorer följer nämnden upp målet om effektivitet?", Intent.list),
    ("Till vilka skickas beslutet om försäljningen?", Intent.list),
    ("Which assignments end on 2025-12-31?", Intent.list),
    ("Hur mycket är budgeten för primärvård 2025?", Intent.figure),
    ("Hur många digitala vårdbesök var det 2023?", Intent.figure),
    ("När ska hyrberoendet vara minskat?", Intent.figure),
    ("Vilket slutdatum har uppdraget Minska hyrberoendet?", Intent.figure),  # a date, not a list
    ("What is the budget for primary care in 2025?", Intent.figure),
    ("andel sjukfrånvaro", Intent.figure),  # a short question with a unit cue
    ("Vad är Region Västerbottens vision?", Intent.passage),
    ("Finns det planer på att samla bokningen av patientresor centralt?", Intent.passage),
    ("Vilka risker finns för ekonomin?", Intent.list),  # "vilka" asks for a set, whatever the noun
    ("I vilka årskurser gick det färre än 59 500 flickor?", Intent.list),
    ("Which school years had more than 123,000 pupils?", Intent.list),
    ("Which water meter fees are above 10,000 kr a year?", Intent.list),
    ("Which region budgets more for primary care: Västerbotten or Västernorrland?", Intent.passage),  # one of two
    ("Vad föreslår kommunstyrelsen att fullmäktige ska besluta om årsredovisningen?", Intent.list),  # its att-list
    ("Vad beslutade nämnden om skolskjutsarna?", Intent.list),
    ("What did the board decide about the new swimming hall?", Intent.list),
    ("Vad är nämndens uppdrag?", Intent.passage),
])
def test_intent(q: str, intent: Intent) -> None:
    assert parse_question(q).intent is intent


@pytest.mark.parametrize(("q", "want"), [
    ("Hur mycket är budgeten för primärvård 2025?", Want.money),
    ("Vad kostar det nya lab-huset?", Want.money),
    ("How much will the region invest?", Want.money),
    ("Vilken andel chefer har mellan 15 och 35 anställda?", Want.share),
    ("Hur stor är skattesatsen?", Want.tax),
    ("What municipal tax rate applies in 2027?", Want.tax),
    ("Hur många digitala vårdbesök var det 2023?", Want.count),
    ("How many employees are there?", Want.count),
    ("När ska hyrberoendet vara minskat?", Want.date),
    ("When does the assignment end?", Want.date),
    ("Vilka uppdrag har slutdatum 2025-12-31?", Want.date),
    ("Vilka åtgärder ska vara klara senast 2025-06-30?", Want.date),
    ("Hur stor andel av eleverna har använt snus de senaste 30 dagarna?", Want.share),  # "senaste" is no deadline
    ("Vad är Region Västerbottens vision?", Want.any),
])
def test_want(q: str, want: Want) -> None:
    assert parse_question(q).want is want


def test_slutdatum_iso_date() -> None:
    q = parse_question("vilka uppdrag har slutdatum 2025-12-31?")
    assert (q.intent, q.record_types, q.date) == (Intent.list, ("uppdrag",), "2025-12-31")
    assert q.before is None and q.after is None and q.date_year is None
    assert q.years == ()  # part of a date, not a year of its own


def test_slutdatum_written_date() -> None:
    q = parse_question("Vilka uppdrag har slutdatum 31 december 2025?")
    assert q.date == "2025-12-31"
    assert q.intent is Intent.list and q.record_types == ("uppdrag",)


@pytest.mark.parametrize(("q", "before", "after"), [
    ("Vilka uppdrag har slutdatum före 2025-06-30?", "2025-06-30", None),
    ("Vilka uppdrag ska vara klara senast 2025-06-30?", "2025-06-30", None),
    ("Vilka uppdrag har slutdatum efter 2025-01-01?", None, "2025-01-01"),
])
def test_date_bounds(q: str, before: str | None, after: str | None) -> None:
    parsed = parse_question(q)
    assert (parsed.before, parsed.after, parsed.date) == (before, after, None)


def test_slutdatum_within_a_year() -> None:
    q = parse_question("Vilka uppdrag har slutdatum under 2025?")
    assert q.date_year == 2025 and q.date is None and q.years == (2025,)
    assert parse_question("Vilka uppdrag finns under 2025?").date_year is None  # no "slutdatum"


@pytest.mark.parametrize(("q", "status"), [
    ("Vilka uppdrag har status ej påbörjad?", "ej paborjad"),
    ("Vilka uppdrag är pågående?", "pagaende"),
    ("Vilka uppdrag har status pågående?", "pagaende"),
    ("Vilka uppdrag är klar?", "klar"),
    ("Vilka mål uppfylls delvis?", "delvis"),
])
def test_status(q: str, status: str) -> None:
    assert parse_question(q).status == status


def test_status_only_for_lists() -> None:
    q = parse_question("Hur många uppdrag är pågående?")
    assert q.intent is Intent.figure and q.status is None


def test_status_plural_paborjade() -> None:
    assert parse_question("Vilka uppdrag är påbörjade?").status == "paborjad"


@pytest.mark.parametrize(("q", "addressee"), [
    ("Vilka uppdrag riktas till regionstyrelsen?", "regionstyrelsen"),
    ("Vilka uppdrag ges till regionstyrelsen under 2025?", "regionstyrelsen"),
    ("Vilka uppdrag riktas till alla nämnder?", "alla nämnder"),
    ("Vilka uppdrag gäller samtliga nämnder?", "alla nämnder"),
    ("Vilka uppdrag riktas till hälso- och sjukvårdsnämnden?", "halso- och sjukvardsnamnden"),
    ("Vilka uppdrag har slutdatum 2025-12-31?", None),
])
def test_addressee(q: str, addressee: str | None) -> None:
    assert parse_question(q).addressee == addressee


@pytest.mark.parametrize(("q", "types", "groups"), [
    ("Vilka uppdrag har slutdatum 2025-12-31?", ("uppdrag",), False),
    ("Which assignments end in 2025?", ("uppdrag",), False),
    ("Vilka delmål har regionstyrelsen?", ("delmal", "indikator"), True),
    ("Vilka delmål och indikatorer har regionstyrelsen?", ("delmal", "indikator"), False),
    ("Vilka indikatorer finns för arbetsmiljö?", ("indikator",), False),
    ("Vilka budgetramar har nämnderna?", ("ekonomi",), False),
    ("Vad är Region Västerbottens vision?", (), False),
])
def test_record_types(q: str, types: tuple[str, ...], groups: bool) -> None:
    parsed = parse_question(q)
    assert parsed.record_types == types and parsed.wants_groups is groups


@pytest.mark.parametrize(("q", "years"), [
    ("Hur mycket är budgeten för primärvård 2025?", (2025,)),
    ("Jämför budgeten 2023 med 2025", (2023, 2025)),
    ("Vilka uppdrag har slutdatum 2025-12-31?", ()),
    ("Hur mycket kostar IT-planen 2025–2027?", (2025, 2027)),
    ("Vad är Region Västerbottens vision?", ()),
])
def test_years(q: str, years: tuple[int, ...]) -> None:
    assert parse_question(q).years == years


@pytest.mark.parametrize(("q", "selectors"), [
    ("Vilka varav-poster finns under hälso- och sjukvårdsnämnden i budgeten?", ("varav",)),
    ("Vilka delmål uppfylls delvis?", ("delvis",)),
    ("Vilka rader varav finns, och vilka uppfylls delvis?", ("varav", "delvis")),
    ("Vilka uppdrag har slutdatum 2025-12-31?", ()),
])
def test_selectors(q: str, selectors: tuple[str, ...]) -> None:
    assert parse_question(q).selectors == selectors


def test_folded_text_is_kept() -> None:
    q = parse_question("Hur MYCKET är Budgeten för Primärvård?")
    assert q.text == "Hur MYCKET är Budgeten för Primärvård?"
    assert q.folded == "hur mycket ar budgeten for primarvard?"


def test_parse_is_pure_and_deterministic() -> None:
    q = "Vilka uppdrag riktas till alla nämnder och har slutdatum 2025-12-31?"
    assert parse_question(q) == parse_question(q)
    parsed = parse_question(q)
    assert (parsed.addressee, parsed.date, parsed.intent) == ("alla nämnder", "2025-12-31", Intent.list)


# --- does the question ask anything (issue 19) ------------------------------------------------
LATIN = frozenset({"LATIN"})


@pytest.mark.parametrize("q", ["???", "😀", "x", "…", "och det som är", "预算", "hur mycket", "what is the",
                               "\u200b\ufeff", "- _ -"])
def test_question_without_content_words(q: str) -> None:
    from insyn.answer.question import has_content

    assert not has_content(q, LATIN)


@pytest.mark.parametrize(("q", "words"), [
    ("budget primärvård", ["budget", "primärvård"]),
    ("vad är budgeten 2025?", ["budgeten", "2025"]),
    ("år 2025", ["år", "2025"]),  # "år" is a word, "är" a stopword
    ("EU", ["EU"]),
    ("7", ["7"]),  # a number counts at any length
    ("Vad kostar Valfisken?", ["Valfisken"]),  # the words of asking go, the thing asked about stays
    ("Vad gäller för bygglov?", ["bygglov"]),
    ("预算 budget", ["budget"]),  # a word in a script the index has none of cannot match
])
def test_content_words(q: str, words: list[str]) -> None:
    from insyn.answer.question import content_words

    assert content_words(q, LATIN) == words


def test_script_the_index_has_counts() -> None:
    from insyn.answer.question import has_content, scripts_of

    assert has_content("预算", scripts_of(["budget", "预算"]))
    assert scripts_of(["budget", "2025", "預算"]) == {"LATIN", "CJK"}


def test_what_before_a_plural_noun_and_its_verb_asks_for_a_list() -> None:
    assert parse_question("What ongoing and planned activities does the board list for 2025?").intent is Intent.list
    assert parse_question("What projects does Simrishamn plan for 2028?").intent is Intent.list
    assert parse_question("What process does the board follow?").intent is not Intent.list  # "process": no plural
    assert parse_question("What does the new library cost?").intent is not Intent.list
    # a share, a number or an amount "of" a plural noun is one figure
    assert parse_question("What share of newborns should receive a home visit in 2025?").intent is not Intent.list
    assert parse_question("What number of pupils does the school have?").intent is not Intent.list


def test_a_list_question_may_open_with_where_it_asks() -> None:
    assert parse_question("In the board's plan for 2025, which indicators under goal 7 rose?").intent is Intent.list
    assert parse_question("I nämndplanen för 2025, vilka indikatorer finns under mål 7?").intent is Intent.list
    assert parse_question("In the plan for 2025, how many indicators are there?").intent is not Intent.list


def test_all_committees_in_english_is_the_addressee_all_committees() -> None:
    assert parse_question("Which assignments does the council direct to all committees and boards?").addressee == "alla nämnder"


@pytest.mark.parametrize("q, want", [
    ("Hur många ledamöter röstade ja när fullmäktige beslutade om taxan?", Want.count),
    ("How much did the school cost when it was built?", Want.money),
    ("När beslutade fullmäktige om taxan?", Want.date),
])
def test_a_question_opening_with_how_many_asks_for_a_count_whatever_its_when_says(q: str, want: Want) -> None:
    assert parse_question(q).want is want


@pytest.mark.parametrize("q", ["Hur stor nettobudget har psykiatrin för 2026?", "Vad kommer förskolan att kosta?",
                               "Vilken driftkostnad har simhallen?", "Vilket resultat hade kommunen 2025?"])
def test_money_asked_in_a_compound_or_an_infinitive(q: str) -> None:
    assert parse_question(q).want is Want.money


def test_vilket_ar_asks_for_a_year_and_vilket_ar_with_a_diaeresis_does_not() -> None:
    """"Vilket år" asks for a year; "Vilket är det största ..." folds to the same letters and asks none."""
    from insyn.answer.features import _YEAR_ASKED

    assert parse_question("Vilket år startade satsningen?").want is Want.year
    assert parse_question("What year did the project start?").want is Want.year
    biggest = "Vilket är det största byggprojektet på sjukhuset under planperioden?"
    assert parse_question(biggest).want is Want.any
    assert not _YEAR_ASKED.search(biggest.lower()) and _YEAR_ASKED.search("när ska förskolan vara klar?")


def test_the_year_next_to_a_written_one_is_the_year_asked() -> None:
    assert parse_question("Hur många besök hade biblioteket året före 2026?").years == (2025,)
    assert parse_question("How many visits did the library have in the year before 2026?").years == (2025,)
    assert parse_question("Vad blir driftkostnaden året efter 2027?").years == (2028,)
    assert parse_question("Hur många besök 2025 jämfört med 2026?").years == (2025, 2026)
