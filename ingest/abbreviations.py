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


def long_form(words: list[str], short: str) -> str | None:
    """The shortest tail of `words` whose letters spell `short` in order, its first letter
    starting the tail's first word; None when no tail does."""
    letters = short.lower()
    for n in range(1, min(len(words), len(letters)) + 1):
        tail = words[-n:]
        if tail[0][:1].lower() != letters[0]:
            continue
        text = " ".join(tail).lower()
        at = 0
        for ch in letters:
            at = text.find(ch, at) + 1
            if at == 0:
                break
        else:
            return " ".join(tail)
    return None


def definitions(texts: Iterable[str]) -> dict[str, str]:
    """Short form -> long form, for every abbreviation the texts define (the first definition
    of each short form wins)."""
    found: dict[str, str] = {}
    for text in texts:
        for m in _DEFINED.finditer(text):
            short = m.group(2) or m.group(3)
            if short in found or short.isdigit():
                continue
            full = long_form(m.group(1).split(), short)
            if full and len(full) > len(short) + 2:
                found[short] = full
    return found
