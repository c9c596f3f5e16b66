"""What a question asks for: its intent, the record type, and constraints on table rows.

Pure functions from the question text to a `Question`; nothing here looks at the index.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from insyn.ingest.figures import extract_figures
from insyn.ingest.swedish import fold, is_stopword


class Intent(StrEnum):
    list = "list"
    figure = "figure"
    passage = "passage"


class Want(StrEnum):
    """The unit family a figure question wants."""

    money = "money"
    share = "share"
    tax = "tax"  # a tax rate: kronor per hundred kronor of taxable income ("22,39 kronor"), or a percentage
    count = "count"
    date = "date"
    year = "year"
    any = "any"


UNITS_OF: dict[Want, set[str]] = {
    Want.money: {"mnkr", "mdkr", "tkr", "kr"},
    Want.share: {"procent"},
    Want.tax: {"procent", "kr"},
    Want.count: {"antal"},
    Want.date: {"datum"},
    Want.year: {"år"},
}

# Cue words (folded) -> unit family. Order matters: the first family whose cue occurs wins.
_WANT_CUES: tuple[tuple[Want, tuple[str, ...]], ...] = (
    (Want.date, ("slutdatum", "vilket datum", "deadline", "senast ", "datum", "vilken dag", "what date",
                 "which date", "end date", "what day")),  # not "senaste"; "när" / "when" see `_WHEN`
    (Want.tax, ("skattesats", "utdebitering", "kommunalskatt", "regionskatt", "tax rate")),
    (Want.share, ("andel", "procent", "share", "percent", "rate", "%")),
    (Want.count, ("hur manga", "antal", "how many", "number of")),
    (Want.money, ("hur mycket", "budget", "kostnad", "kosta", "kronor", "mnkr", "tkr", "ram", "underskott",
                  "overskott", "avvikelse", "investera", "how much", "cost", "spend", "deficit", "invest",
                  "resurs", "sparade", "tillskott", "ersattning", "resultat", "result ", "pris", "price", "avgift", "fee ")),
)
# "vilka ..." asks for a set; English "which" too, unless it offers alternatives to choose
# one from ("which region budgets more: Västerbotten or Västernorrland?").
# also after a clause saying where: "In the plan for 2025, which ..."
_LIST_START = re.compile(r"^((i|for|inom|av|under|med|pa|till|fran|hos|in|on|of|to|with|at|from|by) )?"
                         r"(vilka|which|list|lista|ange alla|what are the)\b"
                         r"|^(in|for|according to|i|enligt)\b[^,?]{0,100},\s+(which|vilka|what are the)\b"
                         # what a body decided or proposes: the "att ..." items of its decision
                         r"|^vad (foreslar|foreslog|beslutade|beslot|beslutar|yrkar|yrkade)\b"
                         r"|^what (did|does|do) [\w' -]{3,80}? (decide|propose|resolve)\b")
# "What ongoing and planned activities does ... list": "what" before a plural noun and its verb asks for a set
# ("what share of newborns should ..." asks for one figure)
_WHAT_PLURAL = re.compile(r"^what (?!(?:share|proportion|percentage|part|portion|fraction|amount|number|sum|level|rate) of\b)"
                          r"(?:[\w-]+ ){0,3}?[\w-]+(?:ies|[^su'’]s) (?:does|do|did|are|were|has|have|had|will|would"
                          r"|should|can|could|must)\b")
_ALTERNATIVES = re.compile(r"^\s*(?i:which)\b.*\bor [A-ZÅÄÖ]")  # "which ... Västerbotten or Västernorrland?"
_FIGURE_START = re.compile(
    r"^(hur (mycket|manga|stor|stora|hog|hogt|lang|lag|lagt|liten|litet|sma)|vilket (mal|slutdatum|underskott|overskott|belopp|varde|datum)"
    r"|vilken (andel|budget|skattesats|niva)|nar |vad (ar|var) (budgeten|malet|kostnaden|utfallet)|vad kostar"
    r"|what is the|what was the|how (much|many|large|big|high)|by how much|when )"
)
# Cue words -> the record types whose rows answer. Delmål appear as their own rows (a goal
# judged in an annual report) and as the group of indikator rows in a plan.
TYPE_CUES: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("uppdrag",), ("uppdrag", "assignment")),
    (("delmal", "indikator"), ("delmal", "sub-goal")),
    (("indikator",), ("indikator", "indicator", "malvarde")),
    (("ekonomi",), ("poster", "budgetram", "resursram", "rader", "budget lines", "varav", "investeringar",
                    "investeringsprojekt", "bidrag ", "bidragen", "investments", "grants")),
)
STATUSES = ("ej paborjad", "paborjad", "pagaende", "klar", "avslutad", "genomford", "delvis")
# Row selectors: words that pick some rows of a table ("varav" lines, goals judged "delvis").
SELECTORS = ("varav", "delvis")
_YEAR = re.compile(r"(?<![\d-])(20\d\d)(?![\d-])")


@dataclass(frozen=True, slots=True)
class Question:
    text: str
    folded: str
    intent: Intent
    want: Want
    record_types: tuple[str, ...]
    wants_groups: bool = False  # "vilka delmål": one row per delmål, not per indikator
    date: str | None = None  # slutdatum exactly
    date_year: int | None = None  # slutdatum within a year
    before: str | None = None
    after: str | None = None
    status: str | None = None
    addressee: str | None = None  # riktas till
    years: tuple[int, ...] = ()
    selectors: tuple[str, ...] = field(default_factory=tuple)


# a question opening by asking how many or how much asks for that, whatever follows: "Hur många
# röstade ja när fullmäktige beslutade ..." asks for a count, its "när" says which decision
_AMOUNT_ASKED = re.compile(r"(hur (manga|mycket|stor\w*|hog\w*)|how (many|much|large|high|big)|vilken andel|what share)\b")


# "när" / "when" asks for a date where the question opens with it ("När ska ...", "Senast när ...");
# further on it says which occasion ("Vilket pris får kommunen när fastigheten säljs?"), and
# "när det gäller" says what about, not when
_WHEN = re.compile(r"^(?:(?:senast|fram till|till|sedan|ungefar|och|by|until|since|and|about) )?(?:nar|when)\b(?! det (?:galler|kommer till)| it comes to)")


# "året före 2026", "the year before 2026", "året efter 2025": the year next to the one written
_NEXT_TO_YEAR = re.compile(r"\b(?:aret|ar|the year)\s+(fore|innan|before|prior to|efter|after)\s+(20\d\d)\b")


def asked_years(folded: str) -> tuple[int, ...]:
    """The years a (folded) question asks about, a year next to a written one read as that year
    ("hur många besök året före 2026": 2025)."""
    shifted = {m.start(2): int(m.group(2)) + (1 if m.group(1) in ("efter", "after") else -1) for m in _NEXT_TO_YEAR.finditer(folded)}
    return tuple(shifted.get(m.start(1), int(m.group(1))) for m in _YEAR.finditer(folded))


# "vilket år startade ...", "what year": a year answers
_WHICH_YEAR = re.compile(r"\b(vilket år|vilket årtal|what year|which year)\b")  # as written: "vilket är" folds alike


def _want(folded: str, lower: str) -> Want:
    """A date for a question opening with "när" / "when" (`_WHEN`); a year for "vilket år" /
    "what year" (`lower`, the question as written); else the first family with a
    cue at the start of a word ("ram" in "ramen", not in "program"), past the date cues when the
    question opens asking how many or how much; else money when a compound ends in it."""
    padded = f" {folded} "
    if _WHEN.match(folded):
        return Want.date
    if _WHICH_YEAR.search(lower):
        return Want.year
    for want, cues in _WANT_CUES[1:] if _AMOUNT_ASKED.match(folded) else _WANT_CUES:
        if any(re.search((r"(?<!\w)" if cue[0].isalnum() else "") + re.escape(cue), padded) for cue in cues):
            return want
    return Want.money if _MONEY_COMPOUND.search(folded) else Want.any


# the last part of a compound names money too: "nettobudget", "driftkostnaden", "investeringsutgift"
_MONEY_COMPOUND = re.compile(r"\w(budget|kostnad|intakt|utgift)")


def _addressee(folded: str) -> str | None:
    if re.search(r"\b(alla|samtliga) namnder|\ball (?:the )?(?:committees|boards)", folded):
        return "alla nämnder"
    m = re.search(r"\b(?:till|riktas till|riktar\w* till|ges|gett|directed to|to the)\s+((?:[a-z]+-? och )?[a-z-]*(?:namnd|styrelse|beredning)\w*(?: for [a-z ]+?)?)(?=[?,.]| har| med| i | under|$)", folded)
    return m.group(1).strip() if m else None


def parse_question(text: str) -> Question:
    folded = fold(text)
    dates = [f for f in extract_figures(text) if f.unit == "datum"]
    date = str(dates[0].value) if dates else None
    status = next((s for s in STATUSES if re.search(rf"\b{s}\w*", folded)), None)  # "påbörjade" too
    record_types = next((t for t, cues in TYPE_CUES if any(c in folded for c in cues)), ())
    is_list = bool(_LIST_START.search(folded) or _WHAT_PLURAL.search(folded)) and not _ALTERNATIVES.search(text)
    wants_date = bool(_WHEN.match(folded) or re.search(r"\b(vilket slutdatum|vilket datum|(by )?what date)", folded)) \
        and not _AMOUNT_ASKED.match(folded)
    want = Want.date if wants_date else _want(folded, text.lower())
    if is_list and not wants_date:
        intent = Intent.list
    elif _FIGURE_START.search(folded) or wants_date:
        intent = Intent.figure
    else:
        intent = Intent.figure if want is not Want.any and len(folded.split()) <= 6 else Intent.passage
    before = date if date and re.search(r"\b(fore|innan|senast|before|by)\b", folded) else None
    after = date if date and re.search(r"\b(efter|after)\b", folded) else None
    slut_year = re.search(r"slutdatum (?:under|ar|i) (20\d\d)|(?:under|ends? in) (20\d\d)", folded)
    return Question(
        text=text, folded=folded, intent=intent, want=want,
        record_types=record_types, wants_groups="delmal" in record_types and "indikator" not in folded, date=None if (before or after) else date,
        date_year=int(next(g for g in slut_year.groups() if g)) if slut_year and not date and "slutdatum" in folded else None,
        before=before, after=after, status=status if intent is Intent.list else None,
        addressee=_addressee(folded), years=asked_years(folded),
        selectors=tuple(s for s in SELECTORS if re.search(rf"\b{s}\b", folded)),
    )


# --- does the question ask anything? ---------------------------------------------------------
_WORD = re.compile(r"\w+")


def script(word: str) -> str:
    """The script of a word's first letter ("LATIN", "CJK", "CYRILLIC", ...); "" without letters."""
    letter = next((c for c in word if c.isalpha()), "")
    return unicodedata.name(letter, "?").split(" ")[0] if letter else ""


def scripts_of(words: Iterable[str]) -> frozenset[str]:
    """The scripts an index's words are written in."""
    return frozenset(script(w) for w in words) - {""}


# words that ask, address or point back (tell me, explain, what about it, what does it cost)
# without naming anything a document could say, folded: "Kan du berätta mer om det där?", "Och
# sen då?", "Vad gäller för det?" and "What does it cost?" have nothing to match
_ASKING = frozenset(fold(w) for w in (
    "berätta berättar förklara förklarar beskriv beskriva beskriver säg säga säger tycker tycka tänker tänka "
    "vet veta hjälp hjälpa snälla gärna mer mera lite info information menar mena betyder står handlar gäller "
    "undrar fråga frågan tack hej hallå okej sen sedan då igen annat något nåt allt sak saker detaljer visa "
    "svara kosta kostar kostade kostnad kostnaden "
    "tell explain describe say think know help please more can could would you me us your mean means about "
    "thanks hello okay then again else something anything everything thing things details stuff show answer "
    "what how why it this that cost costs").split())


def content_words(text: str, known_scripts: frozenset[str] | None = None) -> list[str]:
    """The words of a question that can match something: a token with a letter or a digit that
    is not a stopword and has two or more characters, or is a number. A word in a script the
    index has no words of (`known_scripts`) cannot match and does not count.

    "???", an emoji, "x", "…" and "och det som är" have none; neither has "预算" over an index
    of Swedish and English documents, nor "Kan du berätta mer om det där?" (words that only ask,
    `_ASKING`).
    """
    out = []
    for token in _WORD.findall(text.replace("_", " ")):
        if token.isdigit():
            out.append(token)
        elif (len(token) >= 2 and not is_stopword(token) and fold(token) not in _ASKING
              and any(c.isalnum() for c in token)):
            if known_scripts is None or not script(token) or script(token) in known_scripts:
                out.append(token)
    return out


def has_content(text: str, known_scripts: frozenset[str] | None = None) -> bool:
    """Whether a question has a word that can match (see `content_words`); without one the
    documents cannot answer it, whatever the retrievers rank first."""
    return bool(content_words(text, known_scripts))
