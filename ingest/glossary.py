"""English governance terms and their Swedish equivalents, for English questions over Swedish text.

The dense model bridges languages only loosely, and BM25 not at all: "the Regional Executive
Board's budget for primary care" shares no word with "regionstyrelsens budget för primärvård".
An English question's lexical query is extended with the Swedish terms of the phrases it
contains. The list is the vocabulary of Swedish public governance documents (boards,
plans, economy, staffing, care), not of any particular question.
"""

from __future__ import annotations

import re

# Longest phrases first when matching; values are Swedish search terms.
EN_SV: dict[str, str] = {
    # bodies and documents
    "regional executive board": "regionstyrelsen regionstyrelsens",
    "executive board": "styrelsen regionstyrelsen kommunstyrelsen",
    "municipal executive board": "kommunstyrelsen",
    "regional council": "regionfullmäktige fullmäktige",
    "municipal council": "kommunfullmäktige fullmäktige",
    "city council": "kommunfullmäktige fullmäktige",
    "health and medical care board": "hälso- och sjukvårdsnämnden",
    "health care board": "hälso- och sjukvårdsnämnden",
    "health board": "hälso- och sjukvårdsnämnden",
    "committee": "nämnden nämnd beredning",
    "board": "nämnden styrelsen",
    "auditors": "revisorerna revision stadsrevisionen",
    "audit": "granskning revision",
    "annual report": "årsredovisning årsberättelse",
    "interim report": "delårsrapport",
    "regional plan": "regionplan regionplanen",
    "plan": "plan planen nämndplan",
    "strategy": "strategi strategin",
    "region": "region regionen",
    "municipality": "kommun kommunen",
    "gothenburg": "göteborg göteborgs",  # the English names of Swedish places
    "scania": "skåne",
    "county": "län länet",
    # economy
    "budget": "budget budgeten ram",
    "investment need": "investeringsbehov",
    "investment": "investering investeringar investeringsbudget",
    "depreciation": "avskrivningar avskrivningskostnader",
    "pension costs": "pensionskostnader",
    "cost": "kostnad kostnader",
    "in total": "totalt total summa",
    "total": "totalt total summa",
    "costs": "kostnader",
    "revenue": "intäkter",
    "income": "intäkter",
    "deficit": "underskott",
    "surplus": "överskott",
    "deviation": "avvikelse budgetavvikelse",
    "result": "resultat",
    "tax rate": "skattesats utdebitering",
    "tax": "skatt skatter",
    "savings": "besparingar sparåtgärder kostnadsminskning",
    "resources": "resurser resursramar",
    "allocation": "fördelning ramar",
    "grant": "bidrag anslag",
    "loan": "lån lånefinansiering",
    "liquidity": "likviditet",
    "equity ratio": "soliditet",
    "million": "miljoner",
    "billion": "miljarder",
    # care and services
    "primary care": "primärvård primärvården primärvårds",
    "health care": "hälso- och sjukvård sjukvård vård",
    "healthcare": "hälso- och sjukvård sjukvård vård",
    "dental care": "tandvård tandvården",
    "public health": "folkhälsa folkhälsan",
    "hospital": "sjukhus sjukhuset",
    "university hospital": "universitetssjukhus",
    "patients": "patienter patienten",
    "patient": "patient patienten",
    "emergency": "akut akutmottagning",
    "ambulance": "ambulans",
    "waiting times": "väntetider",
    "accessibility": "tillgänglighet",
    "close care": "nära vård",
    "digitalisation": "digitalisering",
    "digitalization": "digitalisering",
    "digital": "digital digitala",
    "medical records system": "vårdinformationsstöd journalsystem",
    "health information system": "vårdinformationsstöd",
    "civil preparedness": "civil beredskap",
    "preparedness": "beredskap",
    "crisis": "kris krisberedskap",
    "climate": "klimat klimatpåverkan",
    "environment": "miljö",
    "energy": "energi energianvändning",
    "travel": "resor tjänsteresor",
    "transport": "transporter trafik",
    "public transport": "kollektivtrafik",
    "culture": "kultur",
    "research": "forskning",
    "innovation": "innovation",
    "education": "utbildning",
    "housing": "bostäder boende",
    "premises": "lokaler",
    "property": "fastighet fastigheter",
    "construction": "byggnation byggprojekt",
    "procurement": "upphandling upphandlingar inköp",
    # staff
    "agency staff": "hyrpersonal inhyrd personal bemanningsföretag",
    "hired staff": "hyrpersonal inhyrd personal",
    "staff": "personal medarbetare",
    "employees": "medarbetare anställda personal",
    "employee": "medarbetare anställd",
    "managers": "chefer",
    "manager": "chef",
    "sick leave": "sjukfrånvaro",
    "working environment": "arbetsmiljö",
    "work environment": "arbetsmiljö",
    "competence supply": "kompetensförsörjning",
    "recruitment": "rekrytering",
    "finance staff": "ekonomistaben ekonomi",
    "finance": "ekonomi ekonomisk",
    "hr": "hr-staben personal",
    "communications": "kommunikation kommunikationsstaben",
    # planning words
    "goal": "mål målet",
    "goals": "mål målen",
    "target": "mål målvärde",
    "sub-goal": "delmål",
    "sub-goals": "delmål",
    "indicator": "indikator indikatorer",
    "indicators": "indikatorer",
    "assignment": "uppdrag",
    "assignments": "uppdrag",
    "deadline": "slutdatum",
    "end date": "slutdatum",
    "status": "status",
    "ongoing": "pågående",
    "not started": "ej påbörjad",
    "completed": "klar avslutad",
    "vision": "vision",
    "core missions": "kärnuppdrag grunduppdrag",
    "mission": "uppdrag",
    "perspectives": "perspektiv",
    "follow-up": "uppföljning",
    "share": "andel",
    "proportion": "andel",
    "number": "antal",
    "increase": "öka ökning",
    "rise": "öka ökning",
    "grow": "öka ökning",
    "reduce": "minska minskning",
    "dependence": "beroende beroendet",
}

_PATTERN = re.compile(r"\b(" + "|".join(re.escape(k) for k in sorted(EN_SV, key=len, reverse=True)) + r")\b")


def swedish_terms(english: str) -> str:
    """The Swedish equivalents of the governance phrases in an English text, space separated."""
    found = _PATTERN.findall(english.lower().replace("’", "'").replace("'s", ""))
    return " ".join(dict.fromkeys(EN_SV[f] for f in found))


# Swedish words a question uses for what the documents call otherwise (governance usage).
SV_SYNONYMS: dict[str, str] = {
    "skattesats": "utdebitering skattesatsen",
    "skattesatsen": "utdebitering",
    "utdebitering": "skattesats",
    "sjukfrånvaro": "sjuktal sjukfrånvaron",
    "sjukfrånvaron": "sjuktal",
    "hyrpersonal": "inhyrd personal bemanningsföretag",
    "inhyrd": "hyrpersonal",
    "bemanningsföretag": "hyrpersonal inhyrd",
    "pengar": "medel miljoner kronor",
    "anställda": "medarbetare personal",
    "medarbetare": "anställda personal",
    "äldre": "seniora",
    "sparåtgärder": "åtgärder besparingar effekt",
    "sparade": "kostnadsminskning minskning besparing",
    "kostar": "kostnad kostnader",
    "resursram": "ram ramar",
    "resursramar": "ramar",
    "budgeten": "budget ram",
    "investeringsbudget": "investeringar investeringsbudgeten",
    "uppnåddes": "uppnås uppnått",
    "uppfylls": "uppnås uppfyllas",
    "totalt": "summa total",
    "totala": "summa total totalt",
    "sammanlagt": "summa totalt",
    "investera": "investeringar investeringsbudget",
    "betala av": "amortering amortera",
    "betalar av": "amortering amorterar",
    "underskott": "negativt negativa resultat",
    "överskott": "positivt positiva resultat",
}
_SV_PATTERN = re.compile(r"\b(" + "|".join(re.escape(k) for k in sorted(SV_SYNONYMS, key=len, reverse=True)) + r")\b",
                         re.IGNORECASE)


def synonyms(swedish: str) -> str:
    """The documents' words for the question's words, space separated ("" when none)."""
    return " ".join(dict.fromkeys(SV_SYNONYMS[m.lower()] for m in _SV_PATTERN.findall(swedish)))
