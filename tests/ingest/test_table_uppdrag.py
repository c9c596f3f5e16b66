"""The uppdrag parser on the OCR text of an årsredovisning (examples/corpus/004), whose
uppdrag tables lost å/ä/ö, repeat their header on every page and interleave their columns."""

from __future__ import annotations

from pathlib import Path

from insyn.ingest.chunking import chunk_document
from insyn.ingest.figures import figures_from_record
from insyn.ingest.tables import find_tables
from insyn.ingest.text import read_text
from insyn.types import Record

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"
OCR = next(CORPUS.glob("004_*.txt"))
HSN_RS = "hdlso- och sjukvardsnamnden och regionstyrelsen"
TERTIAL = "Tertial: aug, dec"


def ocr_uppdrag() -> list[dict[str, str]]:
    text = OCR.read_text(encoding="utf-8")
    a = text.index("Uppfoéljning av fullmaktiges uppdrag")
    part = text[a:text.index("2.4 Vasentliga personalforhallanden", a)]
    tables = find_tables(part)
    assert {t.type for t in tables} == {"uppdrag"}
    return [dict(r.fields) for t in tables for r in t.rows]


def lines_of(first: int, last: int, skip: tuple[int, ...] = ()) -> str:
    """Lines `first` to `last` of 004 as an editor numbers them, joined: an analys cell the OCR
    kept apart from the other cells."""
    lines = OCR.read_text(encoding="utf-8").split("\n")[first - 1:last]
    return " ".join(" ".join(ln.split()) for n, ln in enumerate(lines, first) if n not in skip and ln.strip())


# Lines 966-993: the OCR read the row across its columns, so each line holds a line of the
# uppdrag cell (then of "Riktas till ...") and one of the analys, one space apart; it also holds
# the periodicitet (980, with "-aug," again on 982) and, on 985, the date after "yslutade clalog
# &", a second reading of 983 that no rule tells from analys text. "enlighet" lost its "I".
ARBETSSKOR = {
    "status": "Klar", "uppdrag": "Utreda och foresla ett system for att tillhandahalla arbetsskor till "
    "regionens vardpersonal samt ange vad satsningen skulle kosta", "riktas_till": "regionstyrelsens forvaltning",
    "periodicitet": TERTIAL, "slutdatum": "2024-08-31", "analys": "enlighet med regionstyrelsens namndplan for 2024 "
    "har forvaltningen fatt i uppdrag att utreda och foresla ett system for tillhandahallande av arbetsskor till "
    "regionens vardpersonal. Under 2024 har ett underlag utarbetats, vilket har genomgatt en omfattande "
    "férankringsprocess inom bade den centrala samverkansgruppen och den centrala ledningsgruppen. Synpunkter och "
    "forslag fran dessa forum har beaktats, och efter avslutade dialoger har beslut fattats om att ga yslutade "
    "clalog vidare i enlighet med det framtagna underlaget. " + lines_of(987, 993)}
# Lines 1017-1027, read across the same way: the uppdrag cell's 7 lines beside the analys,
# "Riktas til beredning" / "folkhalsa" last, below the periodicitet (1021) and the date (1023).
FOLKHALSA = {
    "status": "Klar", "uppdrag": "Bereda strategi for folkhdlsa och funktionsratt for faststdllande i fullméaktige "
    "tillsammans med beredning funktionshinder och samverkan", "riktas_till": "beredning for folkhalsa",
    "periodicitet": TERTIAL, "slutdatum": "2024-08-31", "analys": "Beredningen Folkhalsa har jobbat enligt sin plan "
    "for aret. Ett riktat uppdrag, att ta fram en strategi for folkhalsa och funktionsratt har fatt mest "
    "uppmarksamhet. Strategin skickades ut pa remiss internt och externt under varen och fick manga svar. Samrad "
    "har skett med bade Funktionsratt Vasterbotten och minoriteter samt urfolk. Strategin nu skickad for beredning "
    "i namnder infor beslut i Fullmaktige hosten 2024."}


def test_004_every_uppdrag_row() -> None:
    """Nine rows by hand (file lines 675, 728, 785, 819, 848, 919, 966, 994, 1017), every field."""
    assert ocr_uppdrag() == [
        {"status": "Klar", "uppdrag": "Formalisera arbetet med att minska hyrberoendet", "riktas_till": HSN_RS,
         "periodicitet": TERTIAL, "slutdatum": "2024-12-31", "analys": lines_of(682, 714)},
        # the header repeated on the next page with its cells on lines of their own
        {"status": "Klar", "uppdrag": "Identifiera och ta fram férslag pa samordnade funktionella aktiviteter "
         "mellan férvaltningarna och i norra sjukvardsregionen i syfte att minska administrativa kostnaden",
         "riktas_till": "hdlso- och sjukvardsnamnden, regionstyrelsen och regionala utvecklingsnamnden",
         "periodicitet": TERTIAL, "slutdatum": "2024-01-22", "analys": lines_of(744, 779)},
        # "Klar\nmed\navvikelse": one status over three lines
        {"status": "Klar med avvikelse", "uppdrag": "Identifiera och initiera ett fokusarbete for att "
         "forbattra tillgangligheten vid valda enheter", "riktas_till": HSN_RS, "periodicitet": TERTIAL,
         "slutdatum": "2025-12-31", "analys": lines_of(798, 813)},
        {"status": "Klar med avvikelse", "uppdrag": "Minska tjansteresandet for Region Vasterbotten med 15 "
         "procent i jaimforelse med ar 2023", "riktas_till": "alla ndmnder och styrelser",
         "periodicitet": TERTIAL, "slutdatum": "2024-12-31", "analys": lines_of(831, 837)},
        # the date ends a line of analys (885: "... verksamhetsndra 2024-12-31"), the periodicitet
        # (890) comes among the analys lines after it; "Riktas till" comes before both: cell by cell
        {"status": "Klar", "uppdrag": "Starka var ledning och styrning genom att tydliggéra och férankra "
         "verksamhetsstyrningens innehall, starta upp implementering enligt identifierade delaktiviteter 2024",
         "riktas_till": HSN_RS, "periodicitet": TERTIAL, "slutdatum": "2024-12-31",
         "analys": lines_of(861, 909, skip=(890,)).replace(" 2024-12-31", "")},
        {"status": "Klar", "uppdrag": "Utveckla samspelet mellan sjukhusvarden och primadrvarden i syfte att "
         "stodja omstallningen till nira vard. - Tydliggora roller och uppdrag inom primarvarden - Klargora "
         "hur utvecklingsomraden samordnas i syfte att optimera floden for personcentrerade arbetssatt - "
         "Identifiera atgarder som utvecklar bestéllning, ersattningsmodell och uppfdljning i enlighet med "
         "primarvardsuppdraget", "riktas_till": HSN_RS, "periodicitet": TERTIAL, "slutdatum": "2024-12-31",
         "analys": lines_of(948, 954)},
        ARBETSSKOR,
        # "Klar Mata hur stor andel matvi  Uppfoljning av ...": two spaces part uppdrag from analys
        {"status": "Klar", "uppdrag": "Mata hur stor andel matvi koper in som ar narproducerad",
         "riktas_till": "regionstyrelsens forvaltning", "periodicitet": TERTIAL, "slutdatum": "2024-12-31",
         "analys": "Uppfoljning av andel narproducerad mat ska " + lines_of(1002, 1008)},
        FOLKHALSA,
    ]


def test_004_chunks_hold_each_record_once() -> None:
    """A row longer than a chunk (its analys) is split over chunks; its record is in the first."""
    chunks = chunk_document(read_text(OCR.read_bytes(), OCR.name), OCR.name, "004")
    records = [r for c in chunks for r in c.records if r.type == "uppdrag"]
    assert [r.fields["slutdatum"] for r in records] == [
        "2024-12-31", "2024-01-22", "2025-12-31", "2024-12-31", "2024-12-31", "2024-12-31",
        "2024-08-31", "2024-12-31", "2024-08-31"]
    assert records[6].fields == ARBETSSKOR  # what the index gets, read across as find_tables does


def test_analys_figures_are_the_texts() -> None:
    """The analys of an uppdrag row is prose: its figures come out with their own clauses."""
    fields = {**ocr_uppdrag()[0]}
    figs = figures_from_record(Record("uppdrag", "004.txt", None, "", fields, ""))
    assert [(f.value, f.unit) for f in figs if f.unit in ("mnkr", "procent")] == [
        (6.0, "procent"), (17.0, "mnkr"), (12.0, "procent"), (18.0, "mnkr"), (14.31, "procent"),
        (2.61, "procent")]
    assert ("2024-12-31", "datum", "Formalisera arbetet med att minska hyrberoendet, slutdatum") in [
        (f.value, f.unit, f.label) for f in figs]
