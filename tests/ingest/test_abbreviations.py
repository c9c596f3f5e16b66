"""Tests for insyn.ingest.abbreviations on definitions from the corpus."""

from __future__ import annotations

from pathlib import Path

from insyn.ingest.abbreviations import definitions, long_form

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"


def test_long_form_spells_the_short_form_in_order() -> None:
    assert long_form("4.5.2 Framtidens Vårdinformationsstöd".split(), "FVIS") == "Framtidens Vårdinformationsstöd"
    assert long_form("vid Norrlands universitetssjukhus".split(), "NUS") == "Norrlands universitetssjukhus"
    assert long_form("enligt planen".split(), "FVIS") is None  # no word starts with F
    assert long_form("Fina saker".split(), "FVIS") is None  # F, but no V after it


def test_definitions_in_brackets_and_after_a_comma() -> None:
    text = ("Arbetet med Framtidens Vårdinformationsstöd, FVIS, fortsätter. Lagen om valfrihetssystem (LOV) "
            "gäller. Budget 2025 (SKR) och Mål 7, KF.")
    assert definitions([text]) == {"FVIS": "Framtidens Vårdinformationsstöd", "LOV": "Lagen om valfrihetssystem"}


def test_the_corpus_definitions() -> None:
    found = definitions(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt")))
    assert found["FVIS"] == "Framtidens Vårdinformationsstöd"
    assert found["NUS"] == "Norrlands universitetssjukhus"
    assert found["LOV"] == "lag om valfrihetssystem"
    assert all(long_form(full.split(), short) == full for short, full in found.items())


def test_a_legend_gives_the_short_form_first() -> None:
    legend = ("Förkortning Delegat / lag SN Socialnämnden SNAU Socialnämndens arbetsutskott (individutskott) "
              "SC Socialchef EC Enhetschef inom individ- och familjeomsorgen EKMORA KOMMUN Socialnämnden 2 (3)")
    assert definitions([legend]) == {"SN": "Socialnämnden", "SNAU": "Socialnämndens arbetsutskott",
                                     "SC": "Socialchef", "EC": "Enhetschef"}
    # a definition in brackets wins over a legend's
    assert definitions(["KS Kommunens samordning", "kommunstyrelsen (KS)"]) == {"KS": "kommunstyrelsen"}
