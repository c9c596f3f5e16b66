"""Whom a list item is directed to, read from its opening: the `riktas_till` of a recommendation.

Audit reports and decisions write it in the item's first words, in the passive or the active:
"Kommunstyrelsen rekommenderas att …", "Kretslopp och vattennämnden, kommunstyrelsen och Gryaab
AB rekommenderas att …", "Förvaltningen får i uppdrag att …", "Revisionskontoret rekommenderar
kommunstyrelsen att …". The body becomes the item's `riktas_till` field, the field the uppdrag
tables carry, so a question asking whom rows are directed to ("vilka rekommendationer riktas
till kommunstyrelsen") filters list items as it filters those tables, in any document.
"""

from __future__ import annotations

import re
from dataclasses import replace

from insyn.types import Record

_BODY = r"[A-Za-zÅÄÖåäöÉé][\w\-,. ]{1,100}?"
_PASSIVE = re.compile(rf"^(?P<who>{_BODY})\s+(?:rekommenderas|uppmanas|bör|ges i uppdrag|får i uppdrag|uppdras)\b")
_ACTIVE = re.compile(rf"\b(?:rekommenderar|uppmanar)\s+(?P<who>{_BODY})\s+att\b")
_NOT_A_BODY = frozenset({"det", "vi", "man", "den", "detta", "dessa", "de", "ni", "jag", "följande", "it"})
MAX_WORDS = 12  # a longer opening is a sentence about something else, not a body's name
OPENING = 200  # characters of the item the active form is looked for in


def addressee(text: str) -> str:
    """The body a recommendation or assignment is directed to, as written; "" when none is named."""
    text = " ".join(text.split())
    m = _PASSIVE.match(text) or _ACTIVE.search(text[:OPENING])
    if not m:
        return ""
    who = m.group("who").strip(" ,.")
    words = who.split()
    if not words or len(words) > MAX_WORDS or words[0].lower() in _NOT_A_BODY or re.search(r"[.!?]\s", who):
        return ""
    return who


def with_addressee(rec: Record) -> Record:
    """A list item with its `riktas_till` field when its opening names one (other records as they are)."""
    if rec.type != "list" or "riktas_till" in rec.fields:
        return rec
    who = addressee(rec.text)
    return replace(rec, fields={**rec.fields, "riktas_till": who}) if who else rec
