"""Lists written into a sentence: "i samarbete med revisionskontoren i Stockholms Stad, Region
Stockholm, Malmö Stad, Västra Götalandsregionen och Region Skåne".

`enumerations(text)` finds runs of at least three short phrases separated by commas, the
last joined by "samt" (when the last part has it: "A, B och C samt D" keeps "B och C"
whole), "och" or "eller", and returns each phrase with the offset of its sentence. The first
phrase is the end of its comma-separated part, cut to as many words as the longest phrase in
the middle (the words before it are the sentence's lead, kept as the caption), or the words
after a colon ("fokus på prioriterade målgrupper: barn och unga, ..."); a list that opens a
sentence after a colon or semicolon ("med områdesgrupperna; Driftsäkerhet, ...") takes the
clause before it as its lead. The items of a list open alike, all with a preposition or none:
the run of items stops at a part that opens otherwise ("genom annan association än egen
förvaltning, genom exempelvis aktiebolag, kommunalförbund, stiftelser": the list starts at
"aktiebolag"), and commas that set off clauses ("projektet Livsviktig läsning, med medel från
Kulturrådet, fortsätter, för att nå barn och unga") make no list. A part that opens with an
example word ("till exempel", "exempelvis", "bland annat", "såsom") holds the first item after it,
and "som" before the first item belongs to the lead ("kostnader som ökade lönekostnader, ...").
Words hyphenated over a line break are joined first. Pure, no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from insyn.ingest.cleaning import join_hyphenation

MAX_WORDS = 6  # a phrase of an enumeration is short; longer comma-separated parts are clauses
# A run of text up to the next ".;!?" (possessive: a run that does not end a sentence fails at once,
# not after trying every shorter run, which took quadratic time over a long table line)
_SENTENCE = re.compile(r"[^.;!?]++(?:[.;!?](?=\s|$)|$)?")
_LAST = re.compile(r"^(?P<a>.+?)\s+(?:och|samt|eller)\s+(?P<b>.+)$")
_LAST_SAMT = re.compile(r"^(?P<a>.+)\s+samt\s+(?P<b>.+)$")
_WS = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Enumeration:
    at: int  # offset of the first item in the text (of its sentence when the item was joined over a line break)
    lead: str
    items: tuple[str, ...]


def _words(s: str) -> list[str]:
    return s.split()


def enumerations(text: str) -> list[Enumeration]:
    """Every enumeration of three or more short phrases in `text`, in order."""
    out: list[Enumeration] = []
    for m in _SENTENCE.finditer(text):
        if m.end() < len(text) and text[m.end() - 1] not in ".;!?":
            continue  # "2.3", "kr.": the run goes on after the mark; what follows it is the next run
        sentence = _WS.sub(" ", join_hyphenation(m.group())).strip().rstrip(".;!?")
        parts = [p.strip() for p in sentence.split(",")]
        last = (_LAST_SAMT.match(parts[-1]) or _LAST.match(parts[-1])) if len(parts) >= 3 else None
        if not last:
            continue
        run = [last.group("a")]
        opens = _opens_with_preposition(run[0])
        k = len(parts) - 2
        example = None
        while k >= 1:
            example = _EXAMPLE.match(parts[k])
            if example or not (_phrase(parts[k]) and _opens_with_preposition(parts[k]) == opens):
                break
            run.insert(0, parts[k])
            k -= 1
        tail = _words(last.group("b"))
        if example and not _phrase(parts[k][example.end():]):
            example = None
        if (len(run) < (1 if example else 2) or not all(_phrase(p) for p in run)
                or _opens_with_preposition(last.group("b")) != opens):
            continue
        width = max(len(_words(p)) for p in run)
        if len(tail) > (max(width + 2, MAX_WORDS + 1) if example else width + 2):  # after 'till exempel' the list is sure
            continue
        opening = _first_item(parts, k, width, opens, example)
        if opening is None:
            continue
        first, lead = opening
        if not lead and text[: m.start()].rstrip().endswith((";", ":")):
            lead = _clause_before(text, m.start())
        if first and _phrase(first):
            out.append(Enumeration(m.start() + _first_item_at(m.group(), first, run[0]), lead, (first, *run, " ".join(tail))))
    return out


def _first_item(parts: list[str], k: int, width: int, opens: bool, example: re.Match[str] | None) -> tuple[str, str] | None:
    """(the first item, the lead before it) from the part `parts[k]` the run of items stopped at:
    the words after an example word ("till exempel Regionalfonden (ERUF och Interreg)"), after a
    colon, or else its last `width` words ("som" and the like go to the lead); None when the part
    is a clause that opens otherwise than the items and was not cut."""
    if example:
        return parts[k][example.end():].strip(), ", ".join([*parts[:k], example.group().strip()])
    before, colon, after = parts[k].rpartition(":")
    if not (colon and _phrase(after) and len(_words(after)) <= width + 1):
        words = _words(parts[k])
        before, after = " ".join(words[:-width]), " ".join(words[-width:])
    first, lead = after.strip(), ", ".join(p for p in [*parts[:k], before.strip()] if p)
    while first and _words(first)[0].lower() in _LEAD_WORDS:  # "kostnader som ökade lönekostnader"
        word, _, first = first.partition(" ")
        lead = f"{lead} {word}".strip()
    if first == parts[k] and _opens_with_preposition(first) != opens:
        return None
    return first, lead


def _first_item_at(sentence: str, first: str, second: str) -> int:
    """Where the first item starts in its sentence as written (0 when a line break split its
    word): the record belongs to the chunk the list stands in, not to the heading's above it."""
    second_at = sentence.find(second.split()[0])
    return max(sentence.rfind(first.split()[0], 0, second_at if second_at >= 0 else len(sentence)), 0)


def _clause_before(text: str, at: int) -> str:
    """The clause a list opened by ";" or ":" at `at` belongs to, back to the previous full stop."""
    before = text[:at].rstrip()[:-1]
    start = max(before.rfind(c) for c in ".!?") + 1
    return _WS.sub(" ", join_hyphenation(before[start:])).strip()


_PREPOSITIONS = {"i", "på", "av", "till", "med", "för", "från", "genom", "utan", "inom", "mot", "via", "vid", "hos",
                 "efter", "enligt", "under", "över"}


def _opens_with_preposition(p: str) -> bool:
    words = _words(p)
    return bool(words) and words[0].lower() in _PREPOSITIONS


# words that open the items of a list rather than being one: "till exempel A, B och C", "kostnader
# som A, B och C"
_EXAMPLE = re.compile(r"^(?:till exempel|t\.\s?ex\.?|exempelvis|bland annat|bl\.\s?a\.?|såsom|framför allt|"
                      r"inklusive|for example|such as|including)\s+", re.I)
_LEAD_WORDS = {"som", "såsom", "exempelvis", "främst", "inklusive", "bland", "annat", "t.ex.", "bl.a."}


_CLAUSE = {"som", "vilket", "vilka", "där", "när", "men", "och", "att", "om", "eftersom", "då", "which", "that"}


def _phrase(p: str) -> bool:
    """A short phrase that can be an item: at most `MAX_WORDS` words, not a clause or a number."""
    words = _words(p)
    return 0 < len(words) <= MAX_WORDS and not p[0].isdigit() and words[0].lower() not in _CLAUSE
