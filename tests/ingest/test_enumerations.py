"""Lists written into a sentence (`ingest.enumerations`), on sentences from the sample documents."""

from __future__ import annotations

from insyn.ingest.enumerations import enumerations


def test_enumeration_after_a_long_lead() -> None:
    # Stadsrevisionen, årsredogörelse 2022, p. 41 (line breaks as in the PDF's text)
    text = ("Det sker även en extern kvalitetskontroll, som under\n2022 genomförts i samarbete med "
            "revisionskontoren i Stockholms Stad, Region\nStockholm, Malmö Stad, Västra Götalandsregionen "
            "och Region Skåne.\nRisken för osakliga eller ogrundade skillnader reduceras.")
    (e,) = enumerations(text)
    assert e.items == ("Stockholms Stad", "Region Stockholm", "Malmö Stad", "Västra Götalandsregionen", "Region Skåne")
    assert e.lead.endswith("i samarbete med revisionskontoren i") and text[e.at:].startswith("Stockholms Stad")


def test_clauses_and_pairs_are_not_enumerations() -> None:
    assert enumerations("Nämnden, som beslutade i maj, har ansvar för drift och underhåll.") == []
    assert enumerations("Budgeten för 2025, 2026 och 2027 är 12, 14 och 15 mnkr.") == []
    assert enumerations("Vi har ansvar för drift och underhåll.") == []


def test_a_list_after_a_semicolon_keeps_its_clause_and_its_items_whole() -> None:
    # Regionplan Västernorrland: the list opens after "områdesgrupperna;", with a word hyphenated
    # over a line break and a last item joined by "samt" after one that holds "och"
    text = ("Region Västernorrland har inrättat en nätverksbaserad organisation för civil beredskap, med om-\n"
            "rådesgrupperna; Driftsäkerhet, Försörjningsberedskap, Katastrofmedicinsk beredskap, Säkerhets-\n"
            "skydd, Krigsorganisation, Krisledning och kriskommunikation samt Regional utveckling. Målet är ...")
    (e,) = enumerations(text)
    assert e.items == ("Driftsäkerhet", "Försörjningsberedskap", "Katastrofmedicinsk beredskap", "Säkerhetsskydd",
                       "Krigsorganisation", "Krisledning och kriskommunikation", "Regional utveckling")
    assert e.lead.endswith("nätverksbaserad organisation för civil beredskap, med områdesgrupperna")


def test_a_mark_inside_a_sentence_starts_the_next_run() -> None:
    # "2.3" and "bl.a." do not end the sentence; the enumeration is read from the run after the mark
    text = "Enligt avsnitt 2.3 ska nämnden samverka med skolor, vårdcentraler, bibliotek och föreningar. Klart."
    (e,) = enumerations(text)
    assert e.items == ("skolor", "vårdcentraler", "bibliotek", "föreningar")
    assert e.lead == "3 ska nämnden samverka med" and text[e.at:].startswith("skolor")
    assert enumerations("Rad 1 2 3 " * 2000 + "Summa 2.5") == []


def test_a_colon_opens_the_first_item_and_clauses_set_off_by_commas_are_no_list() -> None:
    # Simrishamn, kultur- och fritidsnämndens årsbokslut 2025, p. 17 (line breaks as in the PDF's text)
    text = ("Bibliotekets verksamhet fortsätter att utvecklas enligt bibliotekslagen och kommunens hållbarhetsmål,\n"
            "med särskilt fokus på prioriterade målgrupper: barn och unga, personer med annat modersmål än\n"
            "svenska, personer med funktionsnedsättning samt invånare med behov av digitalt stöd. Med finansiering "
            "från Länsstyrelsen drivs projektet\nSamspråka i Simrishamn vidare och arbetet med projektet Livsviktig "
            "läsning, med medel från\nKulturrådet, fortsätter, för att nå barn och unga i hela kommunen.")
    (e,) = enumerations(text)
    assert e.items == ("barn och unga", "personer med annat modersmål än svenska", "personer med funktionsnedsättning",
                       "invånare med behov av digitalt stöd")
    assert e.lead.endswith("med särskilt fokus på prioriterade målgrupper")


def test_the_run_of_items_stops_where_the_parts_stop_opening_alike() -> None:
    # Regionplan Västernorrland: the first part opens with a preposition, the items do not
    text = ("Vissa av uppdragen utförs genom annan association än egen förvaltning, genom exempelvis aktiebolag, "
            "kommunalförbund, stiftelser, samordningsförbund och föreningar.")
    (e,) = enumerations(text)
    assert e.items == ("aktiebolag", "kommunalförbund", "stiftelser", "samordningsförbund", "föreningar")
    assert e.lead == "Vissa av uppdragen utförs genom annan association än egen förvaltning, genom exempelvis"


def test_a_list_opened_by_an_example_word_starts_after_it() -> None:
    # Regionplan Västernorrland and Hälso- och sjukvårdsnämndens plan (corpus)
    (e,) = enumerations("Därutöver möjliggörs viktiga satsningar för regional utveckling genom olika EU-program, till \n"
                        "exempel Regionalfonden (ERUF och Interreg), Socialfonden (ESF+) samt centrala program inom \n"
                        "det transeuropeiska transportnätet (TEN-T).")
    assert e.items == ("Regionalfonden (ERUF och Interreg)", "Socialfonden (ESF+)",
                       "centrala program inom det transeuropeiska transportnätet (TEN-T)")
    assert e.lead.endswith("olika EU-program, till exempel")
    (e,) = enumerations("Det ska främst gå till tidigare ofinansierade kostnader som ökade lönekostnader, nationell "
                        "högspecialiserad vård, medicinskt material och medicinsk utveckling.")
    assert e.items == ("ökade lönekostnader", "nationell högspecialiserad vård", "medicinskt material",
                       "medicinsk utveckling")
