"""The abstention model's features measure what the top passages say against what the question asks."""

from __future__ import annotations

import pytest

from insyn.answer.abstain import ABSTAIN_NAMES, answer_features, question_terms
from insyn.answer.engine import Engine
from insyn.answer.question import parse_question
from insyn.index.embedder import HashEmbedder
from insyn.settings import Settings

YEAR = ABSTAIN_NAMES.index("year_absent")


@pytest.fixture(scope="module")
def index(fake_corpus_settings: Settings):
    return Engine(fake_corpus_settings, HashEmbedder()).index()


def _features(index, q: str) -> tuple[float, ...]:
    hits = index.search(q, 10)
    x = answer_features(index, parse_question(q), hits)
    assert x is not None and len(x) == len(ABSTAIN_NAMES)
    return x


def test_a_year_the_top_passages_write_is_not_absent(index) -> None:
    assert _features(index, "Vad var Region Västernorrlands soliditet 2023?")[YEAR] == 0.0


def test_a_year_no_top_passage_writes_is_absent(index) -> None:
    # the plan gives soliditet for 2022, 2023, 2025 and 2027; 2011 stands nowhere near it
    assert _features(index, "Vad var Region Västernorrlands soliditet 2011?")[YEAR] == 1.0


def test_a_question_naming_no_year_has_none_absent(index) -> None:
    assert _features(index, "Hur stor är Region Västernorrlands soliditet?")[YEAR] == 0.0


def test_a_term_said_in_the_documents_words_is_not_unknown() -> None:
    from insyn.ingest.glossary import synonym_pairs, synonyms

    assert "avgift" in synonyms("Vilka åtgärder tar Tekniska verken betalt för?")  # "ta betalt": charge a fee
    assert synonym_pairs("Vad betalar regionen för hyrpersonal?") == [("hyrpersonal", "inhyrd personal bemanningsföretag")]


def test_an_english_phrase_is_known_when_one_of_its_swedish_equivalents_is() -> None:
    from insyn.ingest.glossary import english_pairs, swedish_terms

    pairs = dict(english_pairs("How many pupils were in year 8 of Swedish compulsory school?"))
    assert pairs["compulsory school"] == "grundskola grundskolan grundskolenämnden"
    assert pairs["year 8"] == "årskurs 8" and "sverige" in pairs["swedish"]
    assert swedish_terms("compulsory school") == "grundskola grundskolan grundskolenämnden"


def test_one_sentence_saying_the_question_covers_it_more_than_sentences_sharing_it() -> None:
    """A near miss: the passage says the staff for 2020 and the auditors for 2022, never both
    in one sentence; the answer says the auditors and 2020 together."""
    from insyn.answer.abstain import _sentence_cover
    from insyn.index.search import Hit
    from insyn.types import Chunk, Kind

    def hit(text: str) -> Hit:
        return Hit(0, Chunk("c", "a.pdf", "Årsredogörelse", 3, "Personal", Kind.text, text), 1.0, 1.0, 1.0)

    question = parse_question("Hur många yrkesrevisorer arbetade på Stadsrevisionen 2020?")
    weights = {"yrkesrevisor": 3.0, "arbet": 1.0, "stadsrevision": 1.0}
    spread = hit("År 2020 hade Stadsrevisionen 35 anställda. Av dessa arbetade 24 som yrkesrevisorer 2022.")
    together = hit("År 2020 arbetade 21 yrkesrevisorer på Stadsrevisionen.")
    assert _sentence_cover(weights, question, [together], None) == pytest.approx((1.0, 0.0))
    assert _sentence_cover(weights, question, [spread], None)[0] < 0.5
    table = Hit(0, Chunk("t", "a.pdf", "Årsredogörelse", 3, "Personal", Kind.table,
                         "Personal 2020 2021\nYrkesrevisorer som arbetade på Stadsrevisionen 21 23"), 1.0, 1.0, 1.0)
    assert _sentence_cover(weights, question, [table], None) == pytest.approx((1.0, 0.0))  # the year in its header


def test_a_figure_question_whose_best_sentence_holds_no_figure_of_its_kind_has_a_gap() -> None:
    from insyn.answer.abstain import _sentence_cover
    from insyn.index.search import Hit
    from insyn.types import Chunk, Kind

    question = parse_question("Hur många procent höjs VA-avgifterna 2024?")
    weights = {"hoj": 2.0, "avgift": 3.0}
    text = "VA-avgifterna behöver höjas 2024. Kapitalkostnaderna ökade med 12 procent 2024."
    hit = Hit(0, Chunk("c", "a.pdf", "Granskning", 2, "VA", Kind.text, text), 1.0, 1.0, 1.0)
    best, gap = _sentence_cover(weights, question, [hit], None)
    assert best == pytest.approx(1.0) and gap == pytest.approx(1.0)  # the percentage stands in no sentence about it
    said = Hit(0, Chunk("c", "a.pdf", "Granskning", 2, "VA", Kind.text, "VA-avgifterna höjs med 9 procent 2024."),
               1.0, 1.0, 1.0)
    assert _sentence_cover(weights, question, [said], None) == pytest.approx((1.0, 0.0))


def test_words_that_only_narrow_the_question_are_no_terms_a_passage_must_say() -> None:
    narrowed = question_terms(parse_question("Vilka rekommendationer riktas enbart till kommunstyrelsen?"), "sv")
    plain = question_terms(parse_question("Vilka rekommendationer riktas till kommunstyrelsen?"), "sv")
    assert narrowed == plain and "kommunstyr" in plain
    assert question_terms(parse_question("Which recommendations go only to the board alone?"), "en") == \
        question_terms(parse_question("Which recommendations go to the board?"), "en")


def test_a_place_named_only_in_the_text_of_a_document_without_a_read_place(tmp_path) -> None:
    """A document whose municipality was not read (its text names the town, never "X kommun")
    answers for the places its text names; a place no document names is still ruled out."""
    from insyn.index.build import ingest

    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "taxa.txt").write_text(
        "VA-taxa\n\nTaxa för Tekniska verken i Linköping AB:s allmänna vatten- och avloppsanläggning.\n\n"
        "Avgiften för en vattenmätare är 500 kronor per år och mätare.\n", encoding="utf-8")
    settings = Settings(index=tmp_path / "index")
    ingest([tmp_path / "docs"], settings, HashEmbedder(), lambda msg: None)
    index = Engine(settings, HashEmbedder()).index()
    assert index.documents["taxa.txt"].region is None

    def features(q: str):
        return answer_features(index, parse_question(q), index.search(q, 10))

    assert features("Vad kostar en vattenmätare per år i Linköpings kommun?") is not None
    assert features("Vad kostar en vattenmätare per år i Karlskrona kommun?") is None


def test_a_term_naming_a_document_by_its_titles_words_is_known(index) -> None:
    """"klimatplanen" for "Handlingsplan för klimat och energi"; here "regionstyrelsensplan" for
    the corpus's "Nämndplan 2025 Regionstyrelsen", each part inside a word of the title."""
    from insyn.answer.abstain import _titled

    near = {d for d, row in index.documents.items() if row.title == "Nämndplan 2025 Regionstyrelsen"}
    splitter = index.lexical.splitter
    assert _titled(index, {"regionstyrelsensplan", "budgetplan"}, near, splitter) == {"regionstyrelsensplan"}
    assert _titled(index, {"klimatplan"}, near, splitter) == set()  # "klimat" is not in that title


def test_everyday_words_are_no_sign_of_a_near_miss() -> None:
    """A word common in general Swedish that the documents near never write says how the question
    is phrased ("tog ställning", "varandra"); a rare one ("bowlinghallen") may be what they lack."""
    from insyn.answer.abstain import everyday_terms
    from insyn.ingest.swedish import tokenize

    q = parse_question("Hur röstade ledamöterna när de tog ställning mot varandra om bowlinghallen?")
    everyday = everyday_terms(q, "sv")
    assert {*tokenize("ställning"), *tokenize("varandra")} <= everyday
    assert not set(tokenize("bowlinghallen")) & everyday
    assert set(tokenize("kostnad")) <= everyday_terms(parse_question("What is the cost?"), "en")  # the glossary's Swedish


def test_a_number_or_month_the_documents_never_write_rules_the_question_out(index) -> None:
    from insyn.answer.abstain import unsaid

    def said_nowhere(q: str, lang: str = "sv") -> bool:
        return unsaid(index, parse_question(q), index.search(q, 10), lang)

    # the budget for "primärvård beställare" is 1 466,5 mnkr; no bin of 370 litres
    assert not said_nowhere("Gäller budgeten på 1 466,5 miljoner kronor primärvård beställare i Region Västerbotten?")
    assert not said_nowhere("Does the budget of 1,466.5 million kronor go to primary care in Region Västerbotten?", "en")
    assert said_nowhere("Vad kostar ett 370-literskärl för hushållsavfall i Region Västerbotten?")
    assert not said_nowhere("Vilka uppdrag i Region Västerbotten är större än 370 mnkr?")  # a list's threshold
    assert not said_nowhere("Hur stor var Region Västernorrlands soliditet 2011?")  # a year: `year_absent` weighs it
