"""The app's words in Swedish (the default) and English."""

from __future__ import annotations

LANGS = ("sv", "en")

EXAMPLES = (
    "vilka uppdrag har slutdatum 2025-12-31?",
    "Hur stor är budgeten för primärvård 2025?",
    "Vilka indikatorer följer hälso- och sjukvårdsnämnden för arbetsmiljö?",
)

_TEXT: dict[str, tuple[str, str]] = {
    # key: (svenska, english)
    "page_title": ("Insyn – fråga de offentliga styrdokumenten", "Insyn – ask the public governance documents"),
    "tagline": ("Sök och fråga i regionernas nämndplaner, regionplaner och årsredovisningar. "
                "Varje svar visar källan: dokument, sida och avsnitt.",
                "Search and ask the regions' committee plans, regional plans and annual reports. "
                "Every answer shows its source: document, page and section."),
    "view": ("Visa", "View"),
    "view_ask": ("Fråga dokumenten", "Ask the documents"),
    "view_docs": ("Dokument", "Documents"),
    "language": ("Språk / Language", "Språk / Language"),
    "lang_auto": ("Automatiskt (efter frågan)", "Automatic (from the question)"),
    "filters": ("Avgränsa", "Narrow down"),
    "filters_help": ("Filtren gäller frågor och sökningar.", "The filters apply to questions and searches."),
    "f_doc": ("Dokument", "Document"),
    "f_year": ("År", "Year"),
    "f_organ": ("Nämnd eller styrelse", "Committee or board"),
    "f_kind": ("Typ av text", "Kind of text"),
    "all": ("Alla", "All"),
    "kind_text": ("Löptext", "Running text"),
    "kind_table": ("Tabeller", "Tables"),
    "clear_filters": ("Rensa filter", "Clear filters"),
    "question": ("Din fråga", "Your question"),
    "question_ph": ("T.ex. vilka uppdrag har slutdatum 2025-12-31?", "E.g. which assignments end on 2025-12-31?"),
    "ask": ("Fråga", "Ask"),
    "examples": ("Exempelfrågor", "Example questions"),
    "asking": ("Letar i dokumenten …", "Searching the documents …"),
    "answer": ("Svar", "Answer"),
    "share": ("Dela svaret: kopiera adressen i webbläsaren, den innehåller frågan och filtren.",
              "Share the answer: copy the browser's address, it holds the question and filters."),
    "not_found": ("Dokumenten besvarar inte frågan", "The documents do not answer the question"),
    "not_found_help": ("Inget stycke i de inlästa dokumenten svarar tillräckligt säkert. "
                       "Pröva andra ord, en mer precis fråga eller färre filter.",
                       "No passage in the ingested documents answers with enough confidence. "
                       "Try other words, a more precise question or fewer filters."),
    "not_found_filters": ("Frågan ställdes med filter:", "The question was asked with filters:"),
    "rows_match": ("{n} rader matchar", "{n} rows match"),
    "download_csv": ("Ladda ner tabellen (CSV)", "Download the table (CSV)"),
    "table_alt": ("Tabell med de rader som besvarar frågan", "Table of the rows that answer the question"),
    "more_figures": ("Fler siffror i källorna", "More figures in the sources"),
    "sources": ("Källor", "Sources"),
    "page": ("sida", "page"),
    "page_cap": ("Sida", "Page"),
    "no_page": ("textkälla utan sidnummer", "text source without page numbers"),
    "open_pdf": ("Öppna PDF:en på sida {page}", "Open the PDF at page {page}"),
    "open_pdf_nopage": ("Öppna PDF:en", "Open the PDF"),
    "download_pdf": ("Ladda ner PDF:en ({name})", "Download the PDF ({name})"),
    "pdf_hint": ("Öppnas i en ny flik, på rätt sida.", "Opens in a new tab, at the right page."),
    "repaired": ("Tolkad text (OCR-reparerad)", "Interpreted text (OCR repaired)"),
    "error": ("Frågan kunde inte besvaras: {msg}", "The question could not be answered: {msg}"),
    "no_index": ("Sökindexet kunde inte öppnas: {msg}", "The search index could not be opened: {msg}"),
    "no_index_help": ("Läs in dokument med `insyn ingest MAPP` och starta om appen.",
                      "Ingest documents with `insyn ingest FOLDER` and restart the app."),
    "bad_param": ("Okänt värde i adressen ignorerades: {param}", "Unknown value in the address ignored: {param}"),
    # documents page
    "doc_pick": ("Välj dokument", "Choose a document"),
    "doc_meta": ("{year} · {organ} · {region} · {kind}", "{year} · {organ} · {region} · {kind}"),
    "uppdrag": ("Uppdrag", "Assignments"),
    "indikatorer": ("Indikatorer", "Indicators"),
    "by_status": ("Antal uppdrag per status", "Assignments by status"),
    "by_end": ("Antal uppdrag per slutdatum", "Assignments by end date"),
    "count": ("Antal", "Count"),
    "none_uppdrag": ("Dokumentet har inga uppdragstabeller.", "The document has no assignment tables."),
    "none_indikator": ("Dokumentet har inga indikatortabeller.", "The document has no indicator tables."),
    "utfall_vs_mal": ("Utfall mot mål: utfallet i procent av målet", "Outcome against target: the outcome as a percentage of the target"),
    "utfall_vs_mal_help": ("Linjen vid 100 % är målet. För vissa indikatorer (t.ex. utsläpp) är lägre bättre. "
                           "Håll pekaren över en stapel för värdena.",
                           "The line at 100 % is the target. For some indicators (e.g. emissions) lower is better. "
                           "Hover a bar for the values."),
    "pct_of_target": ("Utfall i % av målet", "Outcome in % of target"),
    "no_numbers": ("Inga indikatorer har både utfall och mål som tal.",
                   "No indicator has both outcome and target as numbers."),
    "utfall": ("Utfall", "Outcome"),
    "mal": ("Mål", "Target"),
    "other_rows": ("Övriga tabellrader ({n})", "Other table rows ({n})"),
    "all_indicators": ("Alla indikatorer ({n})", "All indicators ({n})"),
    "no_docs": ("Indexet innehåller inga dokument.", "The index holds no documents."),
    "unknown": ("okänt", "unknown"),
}

COLUMNS: dict[str, tuple[str, str]] = {
    "status": ("Status", "Status"),
    "uppdrag": ("Uppdrag", "Assignment"),
    "riktas_till": ("Riktas till", "Directed to"),
    "periodicitet": ("Periodicitet", "Frequency"),
    "slutdatum": ("Slutdatum", "End date"),
    "dokument": ("Dokument", "Document"),
    "sida": ("Sida", "Page"),
    "delmal": ("Delmål", "Sub-goal"),
    "indikator": ("Indikator", "Indicator"),
    "utfall": ("Utfall", "Outcome"),
    "mal": ("Mål", "Target"),
    "utfall_ar": ("Utfall år", "Outcome year"),
    "mal_ar": ("Mål år", "Target year"),
    "regionmal": ("Regionmål", "Regional goal"),
    "prognos": ("Prognos", "Forecast"),
    "label": ("Rad", "Line"),
    "fil": ("Fil", "File"),
}

UNITS: dict[str, tuple[str, str]] = {
    "mnkr": ("mnkr", "SEK m"),
    "mdkr": ("mdkr", "SEK bn"),
    "tkr": ("tkr", "SEK k"),
    "kr": ("kr", "SEK"),
    "procent": ("%", "%"),
    "antal": ("st", ""),
    "år": ("år", "years"),
}


def t(key: str, lang: str, **kw: object) -> str:
    """The text for `key` in `lang` ('sv' or 'en'), formatted with `kw`."""
    sv, en = _TEXT[key]
    text = en if lang == "en" else sv
    return text.format(**kw) if kw else text


def column(name: str, lang: str) -> str:
    """A readable column header for a record field name."""
    sv, en = COLUMNS.get(name, (name.replace("_", " ").capitalize(),) * 2)
    return en if lang == "en" else sv


def unit(name: str, lang: str) -> str:
    sv, en = UNITS.get(name, (name, name))
    return en if lang == "en" else sv
