"""Putting å, ä and ö back into text whose OCR lost them, from the corpus's own vocabulary.

An OCR layer that dropped the diacritics ("pa", "forklaras", "okat") is read poorly by the
embedding model, which learnt Swedish with its letters. Other documents in the same index
spell the same words correctly, so each damaged word whose folded form has a clearly
preferred spelling there is written that way ("for" → "för" where "för" outnumbers "for").
This only feeds matching (the chunk's `search_text`); the quote stays as written.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Iterable

from insyn.ingest.swedish import fold, repair_ocr

_WORD = re.compile(r"[^\W\d_]+")
_SWEDISH_LETTERS = set("åäöÅÄÖ")
# A Swedish text has some 3-4 % of its letters as å/ä/ö; far below that, they were lost.
DAMAGED_BELOW = 0.004
PREFERENCE = 3  # the spelling with diacritics must be this many times as common as without


def diacritic_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    return sum(c in _SWEDISH_LETTERS for c in letters) / len(letters) if letters else 0.0


def is_damaged(text: str) -> bool:
    """Swedish text of some length with (almost) no å/ä/ö."""
    return len(text) > 2000 and diacritic_share(text) < DAMAGED_BELOW


def spelling_table(texts: Iterable[str]) -> dict[str, str]:
    """folded word -> its preferred spelling with diacritics, from well-spelled texts."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for text in texts:
        for word in _WORD.findall(text.lower()):
            counts[fold(word)][word] += 1
    table = {}
    for folded, spellings in counts.items():
        best, n = spellings.most_common(1)[0]
        if best != folded and n >= PREFERENCE * spellings.get(folded, 0) and n >= 2:
            table[folded] = best
    return table


def restore(text: str, table: dict[str, str]) -> str:
    """`text` after OCR repair with each word respelled from the table, keeping its capital."""
    def respell(m: re.Match[str]) -> str:
        word = m.group()
        better = table.get(fold(word))
        if better is None:
            return word
        return better.capitalize() if word[:1].isupper() else better

    return _WORD.sub(respell, repair_ocr(text))
