"""Abbreviations the documents define: "Framtidens Vårdinformationsstöd, FVIS", "hälso- och
sjukvårdsnämnden (HSN)". A passage that later says only "FVIS-programmet" is then found by a
question that says "vårdinformationsstödet", and the other way round.

A definition is a long form followed by its short form, in brackets or after a comma. The short
form's letters must stand in the long form in order, its first letter starting a word (Schwartz
and Hearst, "A simple algorithm for identifying abbreviation definitions in biomedical text",
2003, with Swedish compounds: "Vårdinformationsstöd" holds the V, I and S of FVIS).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_SHORT = r"[A-ZÅÄÖ][A-ZÅÄÖ0-9]{1,7}"
# The long form starts at a word (a match starting inside one is never the first found, and
# trying every letter as a start cost five times the time)
_DEFINED = re.compile(rf"(?<![\wåäöÅÄÖé-])((?:[\wåäöÅÄÖé-]+\s+){{0,5}}[\wåäöÅÄÖé-]+)(?:\s*\(\s*({_SHORT})\s*\)|,\s*({_SHORT})\b)")


# A legend names the short form first ("SNAU Socialnämndens arbetsutskott", "BIS
# Biståndshandläggare", a table of abbreviations read as text): a capitalised word and at most
# four lower-case ones follow it, and a head of them spells it
_LEGEND = re.compile(rf"(?<![\wåäöÅÄÖé-])({_SHORT})\s+([A-ZÅÄÖ][\wåäöé/-]+(?:\s+[a-zåäöé][\wåäöé/-]*){{0,4}})")


def _spells(words: list[str], short: str) -> bool:
    """Whether the letters of `short` stand in `words` in order, the first starting the first word."""
    letters = short.lower()
    if words[0][:1].lower() != letters[0]:
        return False
    text = " ".join(words).lower()
    at = 0
    for ch in letters:
        at = text.find(ch, at) + 1
        if at == 0:
            return False
    return True


def head_form(words: list[str], short: str) -> str | None:
    """The shortest head of `words` that spells `short` (`_spells`); None when none does."""
    for n in range(1, min(len(words), len(short)) + 1):
        if _spells(words[:n], short):
            return " ".join(words[:n])
    return None


def long_form(words: list[str], short: str) -> str | None:
    """The shortest tail of `words` whose letters spell `short` in order, its first letter
    starting the tail's first word; None when no tail does."""
    for n in range(1, min(len(words), len(short)) + 1):
        if _spells(words[-n:], short):
            return " ".join(words[-n:])
    return None


def definitions(texts: Iterable[str]) -> dict[str, str]:
    """Short form -> long form, for every abbreviation the texts define (the first definition
    of each short form wins; one in brackets or after a comma before one in a legend)."""
    texts = list(texts)
    found: dict[str, str] = {}
    for text in texts:
        for m in _DEFINED.finditer(text):
            short = m.group(2) or m.group(3)
            if short in found or short.isdigit():
                continue
            full = long_form(m.group(1).split(), short)
            if full and len(full) > len(short) + 2:
                found[short] = full
    for text in texts:
        for m in _LEGEND.finditer(text):
            short = m.group(1)
            if short in found or not short.isalpha():
                continue
            full = head_form(m.group(2).split(), short)
            if full and len(full) > len(short) + 2:
                found[short] = full
    return found
