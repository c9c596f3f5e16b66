"""Document-level facts guessed from the text: title, year, region and organ.

They label citations ("Nämndplan 2025 Regionstyrelsen") and feed the `year`, `region` and
`organ` filters. Every guess is a plain count over the text, so it can be checked by eye.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from insyn.ingest.swedish import fold

DOC_TYPES = (
    "nämndplan", "regionplan", "årsredovisning", "delårsrapport", "revisionsberättelse",
    "årsredogörelse", "årsbokslut", "budgetskrivelse", "verksamhetsplan", "granskning",
    "rapportsammandrag", "budget",
)
GENERIC_TYPE = "budget"  # named only when no more specific kind of document is
# Sections that only one kind of document has.
STRUCTURE_CUES = {
    "nämndplan": ("Uppdrag från fullmäktige till nämnd",),
    "årsredovisning": ("Driftredovisning", "Investeringsredovisning", "Förvaltningsberättelse"),
}
_ORGAN = re.compile(
    r"\b([Nn]ämnden för [A-ZÅÄÖ][\wåäö-]+(?: och [\wåäö-]+)?"
    r"|(?i:(?:[a-zåäö]+-? och )?[a-zåäö-]+(?:nämnd|styrelse)(?:en|n)|regionfullmäktige|kommunfullmäktige))\b",
)
# "Region Västerbotten", "Karlshamns kommun(s)", "Umeå kommun", "Malmö stad", "Göteborgs Stads": a
# municipality's name, with the genitive s it takes unless it ends in a vowel, or a kommun without it as
# some write it ("Lindvik kommun", not a definite noun: "Stadsrevisionen Stad" of an OCR'd page is no
# place); "Varje kommun" is no name (_NOT_NAMES)
_REGION = re.compile(r"\b(Region [A-ZÅÄÖ][a-zåäö]+?)s?\b"
                     r"|\b([A-ZÅÄÖ][a-zåäö]+(?:s|(?<=[aeiouyåäö])) (?:[Kk]ommun|[Ss]tad))s?\b"
                     r"|\b([A-ZÅÄÖ][a-zåäö]+(?<![sn])(?<!et)(?<!na) [Kk]ommun)s?\b")
# the same names set in capitals, as letterheads print them ("BRÅNSTA KOMMUN", "REGION EMTUNA", "GÖTEBORGS STAD")
_CAPITALS = re.compile(r"\b(REGION [A-ZÅÄÖ]{3,}|[A-ZÅÄÖ]{3,} (?:KOMMUN|STAD))S?\b")
_NOT_NAMES = frozenset({"varje", "denna", "den", "en", "vilken", "ingen", "annan", "samma", "hela", "egen", "var",
                        "vår", "er", "ny", "nya", "alla", "vilka", "flera", "någon", "min", "din", "sin"})
_YEAR = re.compile(r"\b(20[0-4]\d)\b")


@dataclass(frozen=True, slots=True)
class DocMeta:
    title: str
    year: int | None
    region: str | None
    organ: str | None
    doc_type: str | None


# Sweden's 21 regions as they are spelled, so a name read from OCR text that lost its å/ä/ö
# ("Region Vasterbotten") is filed under the same region as the other documents.
REGION_NAMES = (
    "Blekinge", "Dalarna", "Gotland", "Gävleborg", "Halland", "Jämtland Härjedalen", "Jönköpings län",
    "Kalmar län", "Kronoberg", "Norrbotten", "Skåne", "Stockholm", "Sörmland", "Uppsala", "Värmland",
    "Västerbotten", "Västernorrland", "Västmanland", "Västra Götaland", "Örebro län", "Östergötland",
)
_SPELLED = {fold(n): n for n in REGION_NAMES}


def _spelled(region: str) -> str:
    name = region.removeprefix("Region ")
    return f"Region {_SPELLED[fold(name)]}" if region.startswith("Region ") and fold(name) in _SPELLED else region


def _organ_from_first_heading(text: str) -> str | None:
    m = re.search(r"^\s*1\.1\s+(.+?)s uppdrag\s*$", text, re.MULTILINE)
    return m.group(1).strip() if m else None


def _title_kind(title: str) -> str:
    """The word of a title that names its kind of document, as written (lower case), or ""."""
    for word in title.split():
        if _KIND_WORD.fullmatch(fold(word).strip(",.:;()")):
            return word.lower().strip(",.:;()").split("-")[-1]  # "VA-taxa": taxa
    return ""


def _municipality(name: str) -> str:
    """"Simrishamns Kommun" counted with "Simrishamns kommun"; "Stad" keeps the case a city writes it in."""
    town, kind = name.split()
    return f"{town} {kind.lower() if kind.lower() == 'kommun' else kind}"


# The word a document's title names its kind with ("Handlingsplan för klimat och energi", "IT-policy",
# "VA-taxa", "Protokoll"), folded: what a title line must say, and the kind when the counts name none.
_KIND_WORD = re.compile(r"\b[a-z-]*?(plan|strategi|policy|program|protokoll|rapport|redovisning|bokslut|budget|taxa"
                        r"|riktlinjer|reglemente|granskning|utredning|uppfoljning|berattelse|redogorelse|statistik"
                        r"|skrivelse|ordning|foreskrifter)\b")


def title_line(first_page: str, lines: int = 1) -> str | None:
    """The title a PDF without one in its metadata prints first: the first of the first page's
    first `lines` lines, less a running header's page count ("Sida 1(5)", "| 1"), that reads as a title
    (two to fourteen words, opening with a capital, not a sentence, mostly letters) and names a
    kind of document ("Handlingsplan för klimat och energi 2024–2026"); else None, and the
    title is composed from the counts."""
    for line in [ln.strip() for ln in first_page.splitlines() if ln.strip()][:lines]:
        line = _PAGE_COUNT.sub("", line).strip()
        words = line.split()
        letters = sum(c.isalpha() for c in line)
        if (2 <= len(words) <= 14 and line[:1].isupper() and not line.endswith((".", ":", ",", ";"))
                and letters >= 0.6 * len(line.replace(" ", "")) and not re.search(r"\(\d+\)", line)
                and _KIND_WORD.search(fold(line))):
            return line
    return None


# a page count a running header ends with: "Sida 1(5)", "1 (3)", "Sida 1 av 3", "| 1"
_PAGE_COUNT = re.compile(r"\s*(?:\|\s*\d+|(?:[Ss]ida\s+)?\d+\s*(?:\(\d+\)|av\s+\d+)|[Ss]ida\s+\d+)\s*$")


def guess_meta(text: str, name: str, pdf_title: str | None = None, first_page: str | None = None,
               running: str = "") -> DocMeta:
    """Title, plan year, region and organ of a document from counts over its text. A PDF with no
    metadata title (`first_page` given) takes the line that titles it (`title_line`): its first
    line, or one of the next two below an organ's name when the counts name no specific kind of
    document ("Kommunstyrelsen" over "Sammanträdesprotokoll från kommunstyrelsen i Lindvik
    kommun"). When the counts name no kind but the title does ("Handlingsplan ...",
    "IT-policy"), the title's word is the kind. The region is counted over the `running` header
    and footer lines too: a municipality may print its name only there ("Harvstena kommun" over
    every page), and in capitals ("BRÅNSTA KOMMUN" over a minutes page)."""
    folded = fold(text)
    types = Counter({t: folded.count(fold(t)) for t in DOC_TYPES if t != GENERIC_TYPE})
    for doc_kind, cues in STRUCTURE_CUES.items():
        types[doc_kind] += 100 * sum(fold(c) in folded for c in cues)
    best = types.most_common(1)[0] if types else ("", 0)
    doc_type = best[0] if best[1] else (GENERIC_TYPE if GENERIC_TYPE in folded else None)
    years = Counter(int(y) for y in _YEAR.findall(text))
    year = years.most_common(1)[0][0] if years else None
    capitals = "\n".join(m.group(1).title() for m in _CAPITALS.finditer(f"{text}\n{running}"))  # "Brånsta Kommun"
    regions = Counter(m.group(1) or _municipality(m.group(2) or m.group(3)) for m in _REGION.finditer(f"{text}\n{running}\n{capitals}")
                      if m.group(1) or fold((m.group(2) or m.group(3)).split()[0]) not in _NOT_NAMES)
    municipal = Counter({name: n for name, n in regions.items() if not name.startswith("Region ") and n >= 2})
    region = (municipal or regions).most_common(1)[0][0] if regions else None  # a municipality's own name wins
    region = _spelled(region) if region else None
    organ = _organ_from_first_heading(text) or ("regionfullmäktige" if doc_type == "regionplan" else None)
    if organ is None:
        organs = Counter(m.group(1)[:1].lower() + m.group(1)[1:] for m in _ORGAN.finditer(text[:30000]))
        organ = organs.most_common(1)[0][0] if organs else None
    if not pdf_title and first_page:  # a PDF without a metadata title: the line that titles it
        pdf_title = title_line(first_page) or (title_line(first_page, lines=3) if doc_type in (None, GENERIC_TYPE) else None)
    if pdf_title:
        title = pdf_title
        if doc_type in (None, GENERIC_TYPE) and (kind := re.search(r"[\wåäö-]+", _title_kind(pdf_title))):
            doc_type = kind.group(0)
    else:
        parts = [doc_type.capitalize() if doc_type else None, str(year) if year else None,
                 organ[:1].upper() + organ[1:] if organ else region]
        title = " ".join(p for p in parts if p) or name
    return DocMeta(title=title, year=year, region=region, organ=organ.lower() if organ else None, doc_type=doc_type)
