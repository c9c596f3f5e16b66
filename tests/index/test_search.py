"""Tests for insyn.index.search (filters, determinism, place names) and insyn.index.fusion."""

from __future__ import annotations

from pathlib import Path

import pytest

from insyn.errors import InsynError
from insyn.index.build import ingest
from insyn.index.embedder import HashEmbedder
from insyn.index.fusion import convex, minmax, rrf
from insyn.index.search import Filters, Index, document_prior
from insyn.settings import Settings
from insyn.types import Kind

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"
D000, D001, D002, D003, D004 = sorted(p.name for p in CORPUS.glob("*.txt"))


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    settings = Settings(index=tmp_path_factory.mktemp("search") / "index")
    ingest([CORPUS], settings, HashEmbedder(), print)
    ix = Index.open(settings, HashEmbedder())
    yield ix
    ix.con.close()


# --- filters -------------------------------------------------------------------------------------
def test_filter_values_from_the_index(index: Index) -> None:
    values = index.values()
    assert values["doc"] == [D000, D001, D002, D003, D004]
    assert values["year"] == ["2023", "2024", "2025"]
    assert "Region Västernorrland" in values["region"] and "Region Västerbotten" in values["region"]
    assert values["organ"] == ["hälso- och sjukvårdsnämnden", "regionfullmäktige", "regionstyrelsen"]
    assert values["kind"] == ["text", "table"]


@pytest.mark.parametrize(("filters", "docs"), [
    (Filters(doc=D000), {D000}),
    (Filters(year=2023), {D001}),
    (Filters(year=2025), {D000, D002, D003}),
    (Filters(region="Region Västernorrland"), {D003}),
    (Filters(region="region vasterbotten"), {D000, D001, D002, D004}),  # folded, and the OCR spelling of 004
    (Filters(organ="regionstyrelsen"), {D000, D001, D004}),
    (Filters(organ="Regionstyrelsens"), {D000, D001, D004}),  # an inflected form
    (Filters(organ="hälso- och sjukvårdsnämnden"), {D002}),
    (Filters(year=2025, organ="regionstyrelsen"), {D000}),
])
def test_every_hit_satisfies_the_filters(index: Index, filters: Filters, docs: set[str]) -> None:
    hits = index.search("budget för primärvård och uppdrag", k=20, filters=filters)
    assert hits, filters
    assert {h.chunk.doc for h in hits} <= docs
    # the filter applies before the cut: k hits come back even where the unfiltered top k has none
    assert len(hits) == 20


def test_kind_filter(index: Index) -> None:
    tables = index.search("uppdrag slutdatum", k=15, filters=Filters(kind=Kind.table))
    assert len(tables) == 15 and all(h.chunk.kind is Kind.table for h in tables)
    texts = index.search("uppdrag slutdatum", k=15, filters=Filters(kind=Kind.text))
    assert len(texts) == 15 and all(h.chunk.kind is Kind.text for h in texts)


def test_filter_before_cut_finds_a_rare_document(index: Index) -> None:
    query = "uppdrag från fullmäktige till nämnd"
    unfiltered = index.search(query, k=10)
    assert D003 not in {h.chunk.doc for h in unfiltered}
    only = index.search(query, k=10, filters=Filters(doc=D003))
    assert len(only) == 10 and {h.chunk.doc for h in only} == {D003}


def test_filters_that_match_nothing_together_return_no_hits(index: Index) -> None:
    assert index.search("budget", k=5, filters=Filters(year=2023, region="Region Västernorrland")) == []


@pytest.mark.parametrize(("filters", "name", "value", "known"), [
    (Filters(doc="finns-inte.pdf"), "doc", "finns-inte.pdf", D000),
    (Filters(year=1999), "year", "1999", "2023, 2024, 2025"),
    (Filters(region="Region Skåne"), "region", "Region Skåne", "Region Västernorrland"),
    (Filters(organ="kommunstyrelsen"), "organ", "kommunstyrelsen", "regionstyrelsen"),
])
def test_unknown_filter_value_names_it_and_lists_known_ones(index: Index, filters: Filters, name: str, value: str,
                                                            known: str) -> None:
    with pytest.raises(InsynError) as err:
        index.search("budget", filters=filters)
    message = str(err.value)
    assert f"unknown {name}" in message and value in message and known in message
    assert "\n" not in message


# --- retrieval -------------------------------------------------------------------------------------
def test_results_are_deterministic(index: Index) -> None:
    runs = [[(h.pos, h.chunk.id, h.score) for h in index.search("budget för primärvård beställare 2025", k=10)]
            for _ in range(2)]
    assert runs[0] == runs[1]
    other = Index(index.build, index.manifest, HashEmbedder(), index.settings)
    assert [(h.pos, h.score) for h in other.search("budget för primärvård beställare 2025", k=10)] == \
        [(p, s) for p, _, s in runs[0]]
    other.con.close()


def test_hits_are_ranked_and_scored(index: Index) -> None:
    hits = index.search("budget för primärvård beställare 2025", k=10)
    assert len(hits) == 10
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True)
    assert len({h.pos for h in hits}) == 10
    assert "1 466,5 miljoner kronor" in hits[0].chunk.text
    assert hits[0].chunk.doc == D000


def test_k_is_respected(index: Index) -> None:
    for k in (1, 3, 50):
        assert len(index.search("uppdrag", k=k)) == k


def test_without_places_strips_region_names(index: Index) -> None:
    assert index.without_places("Vad är budgeten i Region Västerbotten 2025?") == "Vad är budgeten i 2025?"
    assert index.without_places("Region Västerbottens vision") == "vision"
    assert index.without_places("Västernorrlands budget") == "budget"
    assert index.without_places("budget i region vasterbotten") == "budget i"
    assert index.without_places("What is Västernorrland's tax rate?") == "What is tax rate?"
    # nothing is left but the place: the query is kept as it is
    assert index.without_places("Region Västerbotten") == "Region Västerbotten"
    assert index.without_places("budget för primärvård") == "budget för primärvård"


def test_document_prior_counts_named_facts(index: Index) -> None:
    d = index.documents[D000]
    assert document_prior("regionstyrelsens namndplan 2025", d) == 3  # year, organ, kind
    assert document_prior("namndplan 2023 for regionstyrelsen i region vasterbotten", d) == 3
    assert document_prior("kollektivtrafik", d) == 0


def test_named_year_lifts_that_document(index: Index) -> None:
    q = "regionstyrelsens uppdrag"
    h23 = index.search(q + " 2023", k=5)
    h25 = index.search(q + " 2025", k=5)
    assert h23[0].chunk.doc == D001
    assert h25[0].chunk.doc in {D000, D002}


# --- fusion as pure functions ---------------------------------------------------------------------------
def test_minmax() -> None:
    assert minmax({}) == {}
    assert minmax({1: 2.0, 2: 4.0, 3: 3.0}) == {1: 0.0, 2: 1.0, 3: 0.5}
    assert minmax({7: 0.3, 8: 0.3}) == {7: 1.0, 8: 1.0}
    assert minmax({5: -1.0}) == {5: 1.0}


def test_convex_hand_computed() -> None:
    dense = {1: 0.9, 2: 0.5, 3: 0.7}  # minmax -> 1: 1.0, 2: 0.0, 3: 0.5
    lexical = {2: 10.0, 4: 5.0}  # minmax -> 2: 1.0, 4: 0.0
    fused = convex(dense, lexical, 0.7)
    assert [p for p, _ in fused] == [1, 3, 2, 4]
    values = dict(fused)
    assert values[1] == pytest.approx(0.7)
    assert values[3] == pytest.approx(0.35)
    assert values[2] == pytest.approx(0.3)
    assert values[4] == pytest.approx(0.0)
    assert convex(dense, lexical, 1.0)[0] == (1, pytest.approx(1.0))
    assert dict(convex(dense, lexical, 0.0))[2] == pytest.approx(1.0)
    assert convex({}, {}, 0.5) == []


def test_convex_ties_break_by_position() -> None:
    assert convex({3: 1.0, 1: 1.0, 2: 1.0}, {}, 0.5) == [(1, 0.5), (2, 0.5), (3, 0.5)]


def test_rrf_hand_computed() -> None:
    dense = {1: 0.9, 2: 0.8}  # ranks 1, 2
    lexical = {2: 3.0, 3: 1.0}  # ranks 1, 2
    fused = dict(rrf(dense, lexical, k=60))
    assert fused[1] == pytest.approx(1 / 61)
    assert fused[2] == pytest.approx(1 / 62 + 1 / 61)
    assert fused[3] == pytest.approx(1 / 62)
    assert [p for p, _ in rrf(dense, lexical, k=60)] == [2, 1, 3]
    assert dict(rrf({1: 5.0}, {}, k=0)) == {1: 1.0}


def test_a_word_only_in_the_heading_finds_the_section(index: Index) -> None:
    """000's "Ekonomistaben" paragraph never names the staff; BM25 reads its heading with it."""
    from insyn.index import store

    positions, _ = index.lexical.search("ekonomistaben", 5)
    found = [c for c in store.load_chunks(index.con, positions.tolist()) if c.section.endswith("> Ekonomistaben")]
    assert found and found[0].doc == D000
    assert "ekonomistab" not in found[0].text.lower()


def test_a_question_naming_two_places_gets_the_best_passage_of_each_first(index: Index) -> None:
    q = "Hur beskriver Västerbotten och Region Västernorrland arbetet med att minska hyrpersonal?"
    hits = index.search(q, 5)
    regions = [index.documents[h.chunk.doc].region for h in hits]
    assert set(regions[:2]) == {"Region Västerbotten", "Region Västernorrland"}
    one = index.search("Hur beskriver Region Västernorrland arbetet med att minska hyrpersonal?", 5)
    assert [h.score for h in one] == sorted((h.score for h in one), reverse=True)  # one place: as ranked


def test_lexical_knows_a_word_in_the_documents_asked_about(index: Index) -> None:
    """A big index knows most words somewhere; abstention asks whether the top documents do."""
    assert index.lexical_knows("cambio")  # the supplier named in 004 only
    assert index.lexical_knows("cambio", {D004})
    assert not index.lexical_knows("cambio", {D000, D001, D002, D003})
    assert index.lexical_knows("primarvardsbudget", {D000}) == index.lexical_knows("primarvardsbudget")  # a compound
    assert not index.lexical_knows("enkelbiljett", {D000, D001, D002, D003, D004})
    # a compound's parts must stand in one passage: 004 names "Cambio" once, never near "budget"
    assert index.lexical_knows("cambioleverantor") and not index.lexical_knows("cambiobudget")


def test_a_question_naming_one_place_is_answered_from_its_documents(index: Index) -> None:
    """"Hyrpersonal" is in both regions' plans; naming one keeps the other's out, as a region
    filter would, and naming both (or the place in English) changes nothing of that."""
    assert index.named_regions("Hur minskar Region Västernorrland hyrpersonal?") == {"region vasternorrland"}
    assert index.named_regions("How does Västerbotten's health board cut agency staff?") == {"region vasterbotten"}
    assert index.named_regions("Hur minskar regionen hyrpersonal?") == set()
    for place, region in (("Region Västernorrland", "Region Västernorrland"), ("Västerbottens", "Region Västerbotten")):
        hits = index.search(f"Hur arbetar {place} för att minska beroendet av hyrpersonal?", 20)
        assert len(hits) == 20 and {index.documents[h.chunk.doc].region for h in hits} == {region}
    both = index.search("Hur minskar Västerbotten och Västernorrland hyrpersonal?", 20)
    assert {index.documents[h.chunk.doc].region for h in both} == {"Region Västerbotten", "Region Västernorrland"}
    filtered = index.search("Hur minskar Västerbotten hyrpersonal?", 5, Filters(region="Region Västernorrland"))
    assert {index.documents[h.chunk.doc].region for h in filtered} == {"Region Västernorrland"}  # the filter rules


def test_filters_on_an_approximate_index(tmp_path: Path) -> None:
    """Above the exact threshold the dense index is IVF-PQ; filters and the place mask select
    its windows by bitmap and the hits keep to them."""
    settings = Settings(index=tmp_path / "index", exact_threshold=100)
    ingest([CORPUS], settings, HashEmbedder(), print)
    ix = Index.open(settings, HashEmbedder())
    assert ix.manifest["dense"]["kind"] == "ivfpq"
    hits = ix.search("budget för primärvård", 10, Filters(doc=D003))
    assert len(hits) == 10 and {h.chunk.doc for h in hits} == {D003}
    named = ix.search("Hur minskar Region Västernorrland hyrpersonal?", 10)
    assert named and {ix.documents[h.chunk.doc].region for h in named} == {"Region Västernorrland"}
    ix.con.close()


def test_english_names_of_places_name_the_swedish_place() -> None:
    import numpy as np

    ix = Index.__new__(Index)
    ix._region_of = {"a.pdf": "goteborgs stad", "b.pdf": "simrishamns kommun", "c.txt": "region skane"}
    ix._doc_of = np.array(["a.pdf", "b.pdf", "c.txt"], dtype=object)
    ix._index_places()
    assert ix.named_regions("What would it take for Gothenburg to get a better credit rating?") == {"goteborgs stad"}
    assert ix.named_regions("Scania's and Simrishamn's budgets") == {"region skane", "simrishamns kommun"}
    assert ix.named_regions("Göteborgs Stads låneskuld") == {"goteborgs stad"}
