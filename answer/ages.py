"""Age groups as questions and tables write them, read as one term each.

A table of sick leave or of health habits splits by age ("−29 år", "30–49 år", "50 år−",
"65+"), and a question names the group in its own words ("50 år eller äldre", "under 30",
"aged 30 to 49"). Neither shares a word with the other, so each age group written becomes a
term of its own, `ålder<from>_<to>` (an open end left empty: "ålder50_", "ålder_29"), that the
question's and the label's terms both hold (`features.terms`, `features.focus`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from insyn.ingest.swedish import fold

_TERM = "ålder"  # what an age group's term starts with
_AGE = r"(\d{1,3})"
_YEARS = r"(?:\s?(?:ar|ars|yrs?|years?)\b)"  # "år" folded; "års" of "50 års ålder"
_DASH = r"\s?[−–-]\s?"
_ENDS = r"(?=\s?(?:$|[?.,;:)]|\s(?:i|in|inom|pa|at|som|who|that|och|and|eller|or)\b))"
_FORMS: tuple[tuple[re.Pattern[str], str], ...] = (
    # "30–49 år", "30-49", "mellan 30 och 49 år", "aged 30 to 49"
    (re.compile(rf"(?<![\d,.−–-]){_AGE}{_DASH}{_AGE}(?:{_YEARS})?(?![\d,.%])"), "range"),
    (re.compile(rf"\b(?:mellan|between|aged)\s{_AGE}\s(?:och|till|and|to)\s{_AGE}{_YEARS}?"), "range"),
    # "−29 år", "-29"
    (re.compile(rf"(?:^|(?<=[\s(|]))[−–-]\s?{_AGE}(?:{_YEARS})?(?![\d,.%])"), "upto"),
    # "50 år−", "50−", "65+", "65+ år", "50 år och äldre", "50 or older", "aged 65 and over"
    (re.compile(rf"\b{_AGE}(?:{_YEARS})?\s?(?:[−–-]|\+)(?=\s|$|[|),])"), "from"),
    (re.compile(rf"\b{_AGE}{_YEARS}?\s(?:och|eller|and|or)\s(?:aldre|over|uppat|mer|older|above|more)\b"), "from"),
    # "29 år och yngre", "29 or younger"
    (re.compile(rf"\b{_AGE}{_YEARS}?\s(?:och|eller|and|or)\s(?:yngre|under|younger|below)\b"), "upto"),
    # "under 30 år", "yngre än 30", "upp till 29 år", "over 50", "äldre än 64"; without "år" only where
    # nothing it could count follows ("män under 30 i kommunen", not "under 30 procent")
    (re.compile(rf"\b(?:under|yngre an|younger than|upp till|up to|below)\s{_AGE}(?:{_YEARS}|{_ENDS})"), "under"),
    (re.compile(rf"\b(?:over|aldre an|older than|above)\s{_AGE}(?:{_YEARS}|{_ENDS})"), "over"),
)


@lru_cache(maxsize=65536)
def age_terms(text: str) -> frozenset[str]:
    """The age groups `text` names, each as its term ("Sjukfrånvaro 50 år och äldre":
    {"ålder50_"}). "under 30" is up to 29 and "över 49" from 50, but a round age stays the
    group's bound ("över 50 år" is the "50 år−" of a table). Ages are at most 120 and a range
    runs upwards; amounts and years ("10–15 procent", "2025–2026") are no age. Remembered: labels
    and column names recur across candidates."""
    folded = fold(text)
    out: set[str] = set()
    for pattern, form in _FORMS:
        for m in pattern.finditer(folded):
            if form in ("from", "upto") and not _asks_age(folded, m):
                continue
            a = int(m.group(1))
            if form == "range":
                b = int(m.group(2))
                if not (a < b <= 120) or not _asks_age(folded, m):
                    continue
                out.add(f"{_TERM}{a}_{b}")
            elif a <= 120:
                low, high = {"from": (a, None), "upto": (None, a),
                             "under": (None, a - 1 if a % 5 == 0 else a),
                             "over": (a if a % 5 == 0 else a + 1, None)}[form]
                out.add(f"{_TERM}{'' if low is None else low}_{'' if high is None else high}")
    return out


def is_age_term(term: str) -> bool:
    """Whether a term is an age group's (`age_terms`)."""
    return term.startswith(_TERM)


_AGE_SAID = re.compile(r"\b(ar|ars|years?|yrs?|alder\w*|age[ds]?|aldre|yngre|older|younger|born)\b|\+")


def _asks_age(folded: str, m: re.Match[str]) -> bool:
    """Whether a number group is an age: years ("år") written with it, or an age word near it."""
    return bool(_AGE_SAID.search(folded[max(0, m.start() - 40): m.end() + 12]))
