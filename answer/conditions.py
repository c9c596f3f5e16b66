"""What a list question asks of a table's rows: its typed conditions and its words.

`typed_rules` reads the dates, amounts, comparisons, statuses, ranks and bodies a question
states from their cue words ("klara senast 2027", "över 5 mnkr", "fler besökare 2025 än 2024",
"riktas enbart till kommunstyrelsen"), in Swedish and English; `question_words` gives the words
that may pick rows among those a table was chosen by. The rules themselves, and whether a row
meets them, are `constraints`. Pure functions; nothing here reads the index.
"""

from __future__ import annotations

import re
from dataclasses import replace

from insyn.answer.constraints import (
    CANON, MONTH_NUMBER, MONTH_SHORT, MONTH_YEAR, NEGATION, PARTIES, UNIT_WORDS, YEAR_CELL, AmountRule, CodeRule,
    ColumnRule, DateRule, NamedColumnRule, NoneCountedRule, NumberedRule, OnlyRule, Op, PartyRule, QuotedRule, RankRule, ReferenceRule,
    Rule, SignRule, SpentRule, TargetRule, ValueRule, WordRule, YearRowRule, abbreviated, month_of, sex_group, unit_of,
)
from insyn.ingest.figures import MONTHS, NUMBER_WORDS, extract_figures
from insyn.ingest.glossary import english_pairs, swedish_terms
from insyn.ingest.metadata import DOC_TYPES, GENERIC_TYPE
from insyn.ingest.numbers import parse_swedish_number
from insyn.ingest.swedish import CompoundSplitter, bare_noun, fold, tokenize


# a quarter the question names: "andra kvartalet 2025", "kvartal 2 2025", "Q2 2025", "the second quarter of 2025"
_ORDINAL = {"forsta": 1, "andra": 2, "tredje": 3, "fjarde": 4, "first": 1, "second": 2, "third": 3, "fourth": 4}
_QUARTER_RE = re.compile(r"\b(?:(?P<ord>forsta|första|andra|tredje|fjarde|fjärde|first|second|third|fourth)\s+(?:kvartalet|quarter)"
                         r"(?:\s+(?:of|av|ar|år))?|(?:kvartal|kv|q)\.?\s?(?P<num>[1-4]))\s+(?P<year>20\d\d)\b")


# the middle of a year as a question names it ("senast vid halvårsskiftet 2027", "före sommaren 2027",
# "by mid-2027"): June of it to a date rule (the end of a year is the year's own rule)
_MID_YEAR = re.compile(r"\b(?:vid\s+)?(?:halvårsskiftet|halvårsskifte|mitten av|sommaren|midsommar(?:en)?|(?:the\s+)?middle of"
                       r"|mid-?|(?:the\s+)?summer of|summer)\s*((?:19|20)\d\d)\b")


def mid_year(text: str) -> str:
    """`text` with the middle of a year written as its June ("halvårsskiftet 2027": "juni 2027")."""
    return _MID_YEAR.sub(lambda m: f"juni {m.group(1)}", text)


_MONTHS_FOLDED = {fold(m) for m in MONTHS}
# the words that set the date a thing must be done by, as written (lower case): a year after them is a date rule
# ("klara 2024"), and the rule reads the row's end column
_DEADLINE = r"slutdatum\w*|klar\w*|färdig\w*|avslutas|avslutade?|genomföras|genomförda?|deadline|due|complete\w*|finished|ends?"
# "avtal som löper efter 2027", "löper ut", "contracts that run past 2027": a contract's end
_END_ASKED = re.compile(rf"\b(?:{_DEADLINE}|slutför\w*|done|ready|löper|löpa|runs?|running|expires?|expiring)\b")
# a start asked, as written (lower case): "påbörjas 2026" is a date rule on the start
_STARTING = r"startar|startas|påbörjas|påbörjade?|börjar|inleds|starts?|started|begins?|began|begun|commence\w*"
_START_ASKED = re.compile(rf"\b(?:{_STARTING}|starta)\b")
# an amount asked as an increase: "mer än 5 mnkr extra", "an increase of more than 5 million"
_INCREASE_AFTER = re.compile(r"^\s*(?:(?:kronor|kr|sek)\s+)?(?:extra|mer|ytterligare|additional|more|in\s+addition)\b")
_INCREASE_BEFORE = re.compile(r"\b(?:ökning\w*|höjning\w*|utökning\w*|tillskott\w*|increase\w*|rise)\s+(?:\w+\s+){0,2}$")
_JUDGED = ("bättre", "sämre", "better", "worse", "battre", "samre")  # as written and folded
_BETTER = ("bättre", "better", "battre")
_PARTY_RE = [(abbr, re.compile(rf"\b(?:{words})\b")) for abbr, words in PARTIES]


def parties_named(folded: str) -> list[tuple[str, re.Pattern[str]]]:
    """The parties a folded question names, with the pattern of their names."""
    return [(abbr, pattern) for abbr, pattern in _PARTY_RE if pattern.search(folded)]


_SIGN_RE = re.compile(r"\b(negativ\w*|positiv\w*|negative|positive)\s+([a-zåäö-]+)")
DEVIATION_COLUMNS = frozenset({"avvik", "avvikelse", "budgetavvik", "aterst", "differens", "diff"})  # budget - outcome
RESULT_COLUMNS = frozenset({"resultat", "result", "netto"})
_RESULT_RE = re.compile(r"\b(underskott|överskott|deficit|surplus|plus|minus)\b")
_THE_BUDGET = r"(?:sin\s+|sina\s+|its\s+|their\s+|the\s+)?(?:(?:19|20)\d\d\s+)?budget\w*"  # "sin budget", "the 2026 budget"
_BUDGET_RE = re.compile(r"\b(över|under|over|within)\s+" + _THE_BUDGET)
# "gick sämre än budgeterat", "did better than budget": a deviation from the budget judged, negative when worse
_JUDGED_BUDGET_RE = re.compile(r"\b(sämre|bättre|worse|better)\s+(?:än|than)\s+" + _THE_BUDGET)
# "kostnaderna översteg budgeten", "exceeded the budget": over budget; "understeg budgeten": under
_EXCEED_RE = re.compile(r"\b(översteg|överstiger|överskred|överskrider|överskridit|överskridits|exceed\w*|overr[au]n\w*"
                        r"|understeg|understiger|underskred)\b([^.?]{0,60}?)\bbudget\w*")
# the verb that says which of a grant table's amounts a question compares (folded): what was granted
# ("fick", "beviljades", "received") or what was applied for ("sökte", "ansökt", "applied for")
_AMOUNT_VERBS = (
    (re.compile(r"\b(far|fick|fatt|beviljas|beviljades|beviljats|beviljat|tilldelas|tilldelades|tilldelats"
                r"|received?|receives|granted|awarded|gets?|got)\b"), "bevilj"),
    (re.compile(r"\b(sokt|sokte|soker|ansokt|ansokte|ansoker|applied|apply|applies|requested|asked for)\b"), "sokt"),
)
# "gå mer än fem miljoner kronor back", "gick back": spending over budget, a negative deviation
_BACK_RE = re.compile(r"\b(gå|går|gick|gått)\b[^.?]{0,50}?\bback\b")
_COMPARATIVES = (r"fler|mer|högre|större|längre|more|higher|larger|bigger|greater|longer|färre|mindre|lägre|kortare|fewer|less"
                 r"|lower|smaller|shorter")
_COMPARED = _COMPARATIVES + "|" + "|".join(_JUDGED)  # the comparatives, and those that judge ("bättre", "worse")
_MORE_RE = re.compile(rf"\b({_COMPARED})\b[^.?]*?\b(20\d\d)\b[^.?]*?\b(?:än|than)\b[^.?]*?\b(20\d\d)\b")
# "fick hela det belopp de sökte", "precis så mycket som de hade ansökt om", "received the full amount they applied
# for": a grant table's granted amount equal to the one applied for; "fick mindre än de sökte": below it
_APPLIED = r"(?:sökt\w*|ansökt\w*|sökte|ansökte|söker|ansöker|applied|asked|requested)"
_AS_APPLIED = re.compile(r"\b(?:hela|allt|fullt|precis så mycket|lika mycket|exakt så mycket|full|everything|all|as much as"
                         rf"|exactly)\b[^.?]{{0,40}}?\b{_APPLIED}\b")
_BELOW_APPLIED = re.compile(rf"\b(?:mindre|lägre|less|lower)\b[^.?]{{0,30}}?\b(?:än|than)\b[^.?]{{0,30}}?\b{_APPLIED}\b")
# "fler hyresrätter än bostadsrätter", "more rentals than condominiums": a noun on each side, no figure
_NAMED_MORE_RE = re.compile(rf"\b({_COMPARATIVES})\s+([a-zåäöé-]{{3,}}(?:\s+[a-zåäöé-]{{3,}})?)\s+(?:än|than)\s+"
                            r"([a-zåäöé-]{3,}(?:\s+[a-zåäöé-]{3,})?)\b")
# "siffran för 2025 lägre än siffran för 2024": the first year before the comparative
_YEAR_MORE_RE = re.compile(rf"\b(20\d\d)\b[^.?\d]*?\b({_COMPARED})\s+(?:än|than)\b[^.?]*?\b(20\d\d)\b")
_MORE = frozenset(("fler", "mer", "högre", "större", "längre", "more", "higher", "larger", "bigger", "greater", "longer",
                   *_BETTER))
# "lägre andel än riket", "högre än kommunen som helhet", "above the national average" (folded): a row against
# its table's reference for the country or the whole municipality
_NATIONAL_ASKED = (r"riket|rikets(?:\s+(?:snitt|genomsnitt|varde|niva|andel))?|riksgenomsnitt\w*|rikssnitt\w*|riksniva\w*"
                   r"|hela landet|landet som helhet|sverige(?: som helhet)?|sweden(?: as a whole)?|the (?:whole )?country"
                   r"|(?:the\s+)?(?:national|country's|nationwide)\s+(?:average|value|level|figure|rate|mean|result|share)s?"
                   r"|nationell\w*\s+(?:niva|snitt|genomsnitt|varde)")
_WHOLE_ASKED = (r"kommunen som helhet|hela kommunen|kommunens?\s+(?:genomsnitt|snitt|total\w*|niva|varde)|kommun(?:genom)?snitt\w*"
                r"|regionen som helhet|hela regionen|regionens?\s+(?:genomsnitt|snitt|total\w*)|the (?:municipality|region)"
                r"(?: as a whole)?|the (?:municipal|municipality's|region's|regional)\s+(?:average|total|level|figure|value|mean)"
                r"|(?:the\s+)?(?:overall\s+)?average|genomsnittet|snittet")
_FOLDED_COMPARATIVES = fold(_COMPARED)
_REFERENCE_RE = re.compile(rf"\b(?:(?P<cmp>{_FOLDED_COMPARATIVES})\b[^.?]{{0,60}}?\b(?:an|than|jamfort med|compared (?:with|to))"
                           r"|(?P<pos>over|under|above|below|overstig\w*|understig\w*|exceed\w*))\s+(?:the\s+|vad\s+)?"
                           rf"(?:(?P<nat>{_NATIONAL_ASKED})|(?P<whole>{_WHOLE_ASKED}))\b")
_FORECAST_ASKED = re.compile(r"\b(prognos\w*|forecast\w*|beraknas|beraknad\w*|vantas|expected|projected)\b")
_OUTCOME_WORDS, _TARGET_WORDS = r"(?:utfall\w*|outcomes?|results?)", r"(?:mal|malet|malvardet?|target|goal)"
_ABOVE = r"(?:over|hogre an|storre an|mer an|above|higher than|greater than|more than|exceed\w*|overstig\w*)"
_BELOW = r"(?:under|lagre an|mindre an|below|lower than|less than)"
_VS = (r"\b(?P<a>{a})\b[^.?]*?\b(?P<op>{above}|{below})\s+(?:the\s+|sitt\s+|dess\s+)?(?:(?:19|20)\d\d\s+)?(?:\w+\s+)?"
       r"(?P<b>{b})\b(?!\s+\d)")  # "under mål 4" names a goal
_OUTCOME_VS_TARGET = re.compile(_VS.format(a=_OUTCOME_WORDS, b=_TARGET_WORDS, above=_ABOVE, below=_BELOW))
_TARGET_VS_OUTCOME = re.compile(_VS.format(a=_TARGET_WORDS, b=_OUTCOME_WORDS, above=_ABOVE, below=_BELOW))
# "låg redan 2025 under sin målnivå för 2030", "were below their 2030 target level": a row's value against its
# own target, said with a verb of being (without one, "under målet Goda levnadsvillkor" names a goal)
_BE_VS_TARGET = re.compile(r"\b(?:lag|ligger|legat|var|hamnade|hamnat|befann sig|were|was|is|are|fell|stayed|remained)\s+"
                           r"(?:redan\s+|already\s+|still\s+|fortfarande\s+)?(?:(?:i\s+|in\s+)?(?:19|20)\d\d\s+)?"
                           r"(?P<op>over|under|above|below)\s+"
                           r"(?:sin|sitt|sina|dess|deras|their|its|the)\s+(?:(?:19|20)\d\d\s+)?"
                           r"(?P<b>malniva\w*|malvarde\w*|mal|malet|targets?|goals?)\b(?!\s+\d{1,2}\b)")
# "nådde inte upp till sitt målvärde", "klarade räddningstjänsten inte målet" (the subject after the verb), "missed its
# target", "reached the target"
_REACHED = re.compile(r"\b(?:(?:nadde|nar|natt|uppnadde|uppnar|klarade|klarar|klarat|uppfyllde|uppfyller)\s+(?:[a-z]+\s+){0,2}?"
                      r"(?P<not>inte\s+|ej\s+)?"
                      r"(?:upp\s+)?(?:till\s+)?(?:(?:sitt|sina|dess)\s+\w*mal\b|(?:sitt\s+|sina\s+|dess\s+)?(?:malvardet?|\w*malet|malvarden))"
                      r"|(?P<missed>missed|did not (?:reach|meet|achieve)|failed to (?:reach|meet))\s+(?:its\s+|their\s+|the\s+)?"
                      r"(?:target|goal)s?|(?:reached|met|achieved)\s+(?:its\s+|their\s+|the\s+)?(?:target|goal)s?)\b")
# the members of a plan's series a question names: "mål 4", "delmål 2", "goal 4", "fokusområde 3"
_NUMBERED_RE = re.compile(r"\b(mal|malet|delmal|malomrade|fokusomrade|perspektiv|goal|objective|focus area)"
                          r"\s+(\d{1,2})\b(?![.,]\d)")
_SERIES_SV = {"malet": "mal", "goal": "mal", "objective": "mal", "focus area": "fokusomrade"}
# "har kostnader planerade för år 2027", "med utgifter 2031", "with spending planned in 2031"
_SPENT_RE = re.compile(r"\b(?:har|med|som har|have|has|with)\s+(?:\w+\s+)?(?:kostnader|utgifter|medel|belopp|investeringar|pengar"
                       r"|costs?|spending|expenditures?|funds?|money)\s+(?:\w+\s+)?(?:för|under|i|på|(?:ända\s+)?(?:till|fram\s+till)|for|in|during"
                       r"|(?:all\s+the\s+way\s+)?(?:to|until|through))\s+"
                       r"(?:år\s+|året\s+|the year\s+)?(20\d\d)\b")
# "får inga pengar alls under 2028", "har inga medel 2026", "no money in 2028": nothing in the year's column
_NO_SPENT_RE = re.compile(r"\b(?:inga|inget|ingen|utan|saknar|no|without)\s+(?:\w+\s+)?(?:pengar|medel|kostnader|utgifter|anslag"
                          r"|investeringar|money|funds?|funding|costs?|spending)\s+(?:alls\s+|at all\s+)?"
                          r"(?:(?:för|under|i|på|for|in|during)\s+)?(?:år\s+|året\s+|the year\s+)?(20\d\d)\b")
# "sjönk ... mellan 2024 och 2025", "increased from 2023 to 2024": the later year's column against the earlier's
_CHANGE_VERBS = (r"ökade|ökat|ökar|steg|stigit|växte|vuxit|sjönk|sjunkit|minskade|minskat|minskar|föll|fallit"
                 r"|tappade|tappat|tappar|förlorade|förlorat|vann|vunnit|sjunker|faller|stiger|gick (?:ner|ned|upp)|gått (?:ner|ned|upp)"
                 r"|increased?|rise|rose|risen|grew|grown|gained?|fall|falls|fell|fallen|decreased?|drop|dropped|declined?|lost|lose"
                 r"|(?:go|goes|went|gone) (?:down|up)")
# "mellan slutet av 2025 och slutet av 2026", "between the end of 2025 and the end of 2026": the years' columns
_POINT_OF = r"(?:(?:the\s+)?(?:end|start|beginning)\s+of\s+|(?:slutet|utgången|början)\s+av\s+)?"
_CHANGE_RE = re.compile(rf"\b({_CHANGE_VERBS})\b[^.?]*?"
                        rf"\b(?:mellan|från|between|from)\s+{_POINT_OF}(20\d\d)\s+(?:och|till|and|to)\s+{_POINT_OF}(20\d\d)\b")
# "tappade besökare 2026 jämfört med 2025", "lost visitors in 2026 compared with 2025": the first year's column
# against the second's
_CHANGE_VS_RE = re.compile(rf"\b({_CHANGE_VERBS})\b[^.?]*?\b(20\d\d)\s+(?:jämfört med|jämfört mot|compared (?:with|to))"
                           r"\s+(?:år\s+|året\s+|in\s+)?(20\d\d)\b")
# "sjönk jämfört med året innan", "saw their rating drop compared with the year before": the table's latest
# year's column against the one before it
_PRIOR_RE = re.compile(rf"\b({_CHANGE_VERBS}|{_COMPARATIVES})\b[^.?]*?"
                       r"\b(?:jämfört med|jämfört mot|mot|från|än|compared (?:with|to)|from|than)\s+(?:the\s+)?"
                       r"(?:föregående år|året innan|året före|året dessförinnan|förra året|fjolåret|ett år tidigare|"
                       r"previous year|year before|prior year|last year|a year (?:earlier|before))")
# "har ökat sina utsläpp sedan 2015", "have their emissions fallen since 2015": the latest year's column against that year's
_SINCE_RE = re.compile(rf"\b({_CHANGE_VERBS})\b[^.?]*?\b(?:sedan|since)\s+(?:år\s+|året\s+)?(20\d\d)\b(?!\s*(?:och|till|and|to)\s)")
# "avgifter som lämnas oförändrade", "fees that remain unchanged": the same in the latest year as the year before
_UNCHANGED_RE = re.compile(r"\b(oförändrad\w*|oförändrat|unchanged|(?:remain|stay)(?:s|ed)? the same|ligger kvar)\b")
# "ligger kvar på samma nivå 2027 som 2026", "the same in 2027 as in 2026": two years' columns alike
_SAME_RE = re.compile(r"\b(?:samma|lika|same)\b[^.?]*?\b(20\d\d)\b[^.?]*?\b(?:som|as)\b[^.?]*?\b(20\d\d)\b")
_CHANGE_WHAT = re.compile(rf"\b(?:mellan|från|between|from)\s+{_POINT_OF}(20\d\d)\s+(?:och|till|and|to)\s+{_POINT_OF}(20\d\d)\b")
_RISE = ("ökade", "ökat", "ökar", "steg", "stigit", "stiger", "växte", "vuxit", "vann", "vunnit", "gick upp", "gått upp", "increase",
         "increased", "rise", "rose", "risen", "grew", "grown", "gain", "gained", "go up", "goes up", "went up", "gone up")


def _falls(low: str) -> bool:
    """Whether the question's change verb is a fall ("minskade", "sjönk", "decreased"), not a rise."""
    return any(m.group(1) not in _RISE for m in _CHANGE_VERB_RE.finditer(low))


_CHANGE_VERB_RE = re.compile(rf"\b({_CHANGE_VERBS})\b")

_OPS = (
    (Op.ge, r"minst|lägst|at least|no less than"), (Op.le, r"högst|som mest|at most|no more than|up to"),
    (Op.gt, r"över|mer än|fler än|större än|högre än|överstiger|more than|over|above|greater than|exceeding|larger than"),
    (Op.lt, (r"under|mindre än|färre än|lägre än|understiger|less than|below|fewer than|under"
             r"|(?:nådde|når|nått|uppnådde|uppnår|kom) inte(?: upp)?(?: till)?|did not reach|didn't reach|failed to reach")),
)
_NUMBER = r"(\d{1,3}(?:[ \u00a0,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
_AMOUNT_RE = re.compile(r"(?:" + "|".join(f"(?P<{op.name}>{p})" for op, p in _OPS) + r")\s+(?:sek\s?)?" + _NUMBER
                        + r"\s*(?P<unit>" + "|".join(p for _, p in UNIT_WORDS) + r")?(?![\w-])", re.I)
# "missade målet om högst 12", "did not reach the target of at least 90 %": the rows outside the bound
_MISSED = re.compile(r"\b(?:missed|miss|did not (?:reach|meet|achieve)|failed to (?:reach|meet|achieve)|(?:klarade|klarar|klarat|nådde|når|nått"
                     r"|uppfyllde|uppfyller|uppfyllt|uppnådde|uppnår)\s+(?:inte|ej)|(?:inte|ej)\s+(?:klarade|klarar|klarat|nådde|når"
                     r"|nått|uppfyllde|uppfyller|uppfyllt|uppnådde|uppnår)|missade|missat)\b[^.?,;]{0,40}$")
_NOT = {Op.ge: Op.lt, Op.le: Op.gt, Op.gt: Op.le, Op.lt: Op.ge, Op.eq: Op.eq}
# "10 eller mer", "(10 or more)", "5 mnkr eller mindre": the comparison after the number
_OR_MORE_RE = re.compile(_NUMBER + r"\s*(?P<unit>" + "|".join(p for _, p in UNIT_WORDS) + r")?\s+(?:eller|or)\s+"
                         r"(?P<op>mer|fler|högre|större|över|more|higher|greater|larger|above|over|mindre|färre|lägre|under"
                         r"|less|fewer|lower|smaller|below)\b", re.I)
_OR_MORE = frozenset(("mer", "fler", "högre", "större", "över", "more", "higher", "greater", "larger", "above", "over"))
# "enbart till X", "till X ensam": words that narrow to one body, before it and after it
ONLY_BEFORE = ("enbart", "endast", "bara", "uteslutande", "only", "solely", "exclusively")
ONLY_AFTER = ("ensam", "ensamt", "alone")
_ONLY_RE = re.compile(rf"\b(?:{'|'.join(ONLY_BEFORE)})\s+(?:till\s+|to\s+)?(?P<who>[^?.,;:]+)"
                      rf"|\b(?:till|to)\s+(?P<alone>[^?.,;:]+?)\s+(?:{'|'.join(ONLY_AFTER)})\b")
_TOGETHER = re.compile(r"\b(tillsammans|gemensamt|together|jointly|or with)\b")
_YEAR_RULE = re.compile(rf"(?:(?P<cue>{_DEADLINE}|{_STARTING})\D{{0,25}}?|(?P<prep>före|innan|senast|efter|before|by|after|until)\s+)"
                        r"(?:(?:år|året|utgången av|slutet av|the end of|end of)\s+)?(?P<year>20\d\d)(?![\d-])", re.I)


_EN_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                    "ten": 10, "twenty": 20, "fifty": 50, "hundred": 100}
_SPELLED = {**NUMBER_WORDS, **_EN_NUMBER_WORDS, "en": 1, "ett": 1, "hundra": 100}
# "minst tre miljoner kronor", "more than two million": a number word before a unit is the number
_SPELLED_AMOUNT = re.compile(r"\b(" + "|".join(_SPELLED) + r")(?=\s+(?:" + "|".join(p for _, p in UNIT_WORDS) + r")(?![a-z]))")
# halves said in words: "över en halv miljon kronor", "en halv miljard", "färre än hälften" (of a share: 50 procent)
_HALVES = ((re.compile(r"\b(?:en\s+halv\s+miljon|half\s+a\s+million)\b"), "0{}5 miljoner"),
           (re.compile(r"\b(?:en\s+halv\s+miljard|half\s+a\s+billion)\b"), "0{}5 miljarder"),
           (re.compile(r"\b(?<=än |an )(?:hälften|halften)\b|(?<=than )half\b"), "50 procent"))


def _halves(text: str, comma: str) -> str:
    """`text` with its halves in words written as numbers (`comma`: the decimal sign)."""
    for pattern, number in _HALVES:
        text = pattern.sub(number.format(comma), text)
    return text


# "fler än tio sammanträden", "more than ten": a number word compared is the number (not "ett": "minst ett
# mål som inte uppfylldes" counts no column its noun names)
_SPELLED_COMPARED = re.compile(r"\b(" + "|".join(p for _, p in _OPS) + r")\s+(" + "|".join(
    w for w, n in _SPELLED.items() if n >= 2) + r")\b")


# "i årsbokslutet 2025", "in the annual report for 2024": a year naming the document, not a column
_DOCUMENT_YEAR = re.compile(r"\b(?:" + "|".join(t for t in DOC_TYPES if t != GENERIC_TYPE)
                            + r"|plan(?!n|er)|rapport|bokslut|annual report|report)\w*\s+(?:för\s+|for\s+|från\s+|from\s+)?(?:år\s+)?20\d\d\b")


# a one-letter code the question names by a cue ("marked P", "märkta med N", "status P", "kod B") or in
# quotes ("'P'"), as written (upper case)
_CODE_RE = re.compile(r"(?:\b(?:marked|märkt[a]?|markerade?|status|code|kod|koden|with|med)\s+(?:as\s+|som\s+|med\s+)?"
                      r"[\"'“”‘’(]?|[\"'“”‘’])([A-ZÅÄÖ])(?:[\"'“”‘’)]|\b)(?![\w-])")


# a value in quotes: an opening quote after a space (not the apostrophe of "Ivringe's"), a closing one before a non-letter
_QUOTED = re.compile(r"(?:(?<=\s)|^)[\"'“”‘’«»]([^\"'“”‘’«»?]{2,40}?)[\"'“”‘’«»](?![^\W\d_])")


# "högst meritvärde", "de tre största investeringarna", "the two lowest shares" (not "högst 12", "at most", "minst")
_RANK_WORDS = ("högsta", "högst", "största", "störst", "flest", "highest", "largest", "biggest", "greatest", "most",
               "lägsta", "lägst", "minsta", "färst", "lowest", "smallest", "fewest")
_LARGEST = frozenset(_RANK_WORDS[:10])
_COUNT = r"\d{1,2}|" + "|".join(w for w, n in _SPELLED.items() if 2 <= n <= 10)  # "tre", "3", "three"
_RANK_RE = re.compile(rf"(?<!\bat )\b(?:(?:de|the)\s+)?(?:(?P<n>{_COUNT})\s+)?(?P<w>" + "|".join(_RANK_WORDS) + r")\b(?!\s*(?:\d|(?:"
                      + "|".join(w for w in _SPELLED if w not in ("en", "ett")) + r")\b))")
_WHICH_N = re.compile(rf"\b(?:vilka|which)\s+({_COUNT})\b")  # "which two libraries had the fewest"
# "färre inspektioner än planerat under 2026", "more than budgeted": what was done against what was planned
_PLANNED_RE = re.compile(rf"\b(?P<cmp>{_FOLDED_COMPARATIVES})\b[^.?]{{0,60}}?\b(?:an|than)\s+(?:vad som\s+|what was\s+|(?:in\s+)?the\s+)?"
                         r"(?:planerat|planerade|planerades|budgeterat|budgeterade|beraknat|planned|budgeted|plan|budget)\b(?!\s+20\d\d)")


# a scale word with no currency after it ("två miljoner resor", "two million journeys"), folded as written
_SCALES = {"miljon": 1e6, "miljoner": 1e6, "million": 1e6, "millions": 1e6, "miljard": 1e9, "miljarder": 1e9,
           "billion": 1e9, "thousand": 1e3}
_CURRENCY_AFTER = re.compile(r"\s*(kronor|kr|sek|swedish kronor|crowns?)\b", re.I)


def _counted_scale(unit: str | None, after: str) -> float:
    """The factor of a scale word that counts things, not money ("miljoner resor": 1 000 000);
    0 for a unit of money ("miljoner kronor", "5 mnkr", "two million kronor")."""
    if not unit or unit.lower() not in _SCALES or _CURRENCY_AFTER.match(after) or not re.match(r"\s+[^\W\d_]{3,}", after):
        return 0.0
    return _SCALES[unit.lower()]


# "mer tallrikssvinn än tillåtna 20 gram", "fler invånare än 10 000": the comparative before its noun, the number
# after "än" (and a word or two: "än målet på 90 procent"), read as "tallrikssvinn mer än 20 gram"
_COMPARED_NOUN_RE = re.compile(rf"\b({_COMPARATIVES})\s+((?:[a-zåäöé-]{{3,}}\s+){{1,4}}?)(än|than)\s+((?:[a-zåäöé-]+\s+){{0,2}}?)"
                               r"(?=\d)(?!(?:19|20)\d\d\b)")


def _noun_first(low: str) -> tuple[str, set[int]]:
    """The question with each such comparison's noun first, as long as the words it replaces (a
    figure's place in the question stays where it was), and where the moved comparatives start:
    the amount compared there is the noun's."""
    at: set[int] = set()

    def moved(m: re.Match[str]) -> str:
        noun = m.group(2).strip()
        at.add(m.start() + len(noun) + 1)
        return f"{noun} {m.group(1)} {m.group(3)} ".ljust(len(m.group(0)))
    return _COMPARED_NOUN_RE.sub(moved, low), at


def typed_rules(question: str, lang: str = "sv") -> list[Rule]:
    """The dates and amounts a question constrains rows by, from their cue words."""
    rules: list[Rule] = []
    text = question if lang != "en" else re.sub(r"(?<=\d),(?=\d{3}\b)", " ", question)
    low = _halves(mid_year(text.lower()), "." if lang == "en" else ",")
    low = _SPELLED_AMOUNT.sub(lambda m: str(_SPELLED[m.group(1)]), low)
    low = _SPELLED_COMPARED.sub(lambda m: f"{m.group(1)} {_SPELLED[m.group(2)]}", low)
    low, noun_first = _noun_first(low)
    for f in extract_figures(text):
        if f.unit == "datum":
            before = low[max(0, f.start - 25) : f.start]
            # "före den 1 maj 2027", "by the 30th of June": an article between the cue and the date
            op = (Op.le if re.search(r"\b(före|innan|senast|before|by|until|no later than)(?:\s+(?:den|the))?\W*$", before)
                  else Op.ge if re.search(r"\b(efter|from|after|från och med)(?:\s+(?:den|the))?\W*$", before) else Op.eq)
            rules.append(DateRule(op, str(f.value)))
    folded_q = fold(low)
    for m in _QUARTER_RE.finditer(folded_q):
        quarter = _ORDINAL[m.group("ord")] if m.group("ord") else int(m.group("num"))
        prep = re.search(r"\b(fore|innan|senast|efter|before|by|after|until)\s+(?:\w+\s+){0,3}$", folded_q[: m.start()])
        word = prep.group(1) if prep else ""
        op = (Op.lt if word in ("fore", "innan", "before") else Op.le if word in ("senast", "by", "until")
              else Op.gt if word in ("efter", "after") else Op.eq)
        rules.append(DateRule(op, f"{m.group('year')}-Q{quarter}"))
    if not any(isinstance(r, DateRule) for r in rules) and (m := MONTH_RANGE.search(folded_q)):
        first, last = (MONTH_NUMBER[m.group(g)] for g in ("first", "last"))  # "juli–september 2027": from the one to the other
        if first < last:
            rules += [DateRule(Op.ge, f"{m.group('year')}-{first:02d}"), DateRule(Op.le, f"{m.group('year')}-{last:02d}")]
    if not any(isinstance(r, DateRule) for r in rules):
        for m in MONTH_YEAR.finditer(folded_q):  # "senast i juni 2026": to the month
            prep = re.search(r"\b(fore|innan|senast|efter|before|by|after|until)\s+(?:\w+\s+){0,3}$", folded_q[: m.start()])
            word = prep.group(1) if prep else ""
            op = (Op.lt if word in ("fore", "innan", "before") else Op.le if word in ("senast", "by", "until")
                  else Op.gt if word in ("efter", "after") else Op.eq)
            rules.append(DateRule(op, month_of(m.group(0)) or m.group(2)))
    if not any(isinstance(r, DateRule) for r in rules):
        for m in _YEAR_RULE.finditer(low):
            prep = re.search(r"\b(före|innan|senast|efter|before|by|after|until)\s+(?:\w+\s+){0,3}$", low[: m.start("year")])
            word = prep.group(1) if prep else ""
            op = (Op.lt if word in ("före", "innan", "before") else Op.le if word in ("senast", "by", "until")
                  else Op.gt if word in ("efter", "after") else Op.eq)
            rules.append(DateRule(op, m.group("year")))
    asked = frozenset(tokenize(f"{question} {swedish_terms(question) if lang == 'en' else ''}"))
    asked_years = re.findall(r"(?<![\d-])(20\d\d)(?![\d-])", _DOCUMENT_YEAR.sub(" ", low))  # the years written, not the document's
    target_given = False  # "missed the target of at most 12": the question gives the target
    measured: list[tuple[int, str]] = []  # a share's rule, by its place, and the measure named before it
    named = {t for w in re.findall(r"(?<!^)\b[A-ZÅÄÖ][\wåäöé-]+", question) for t in tokenize(w)}  # places and names
    for m in _AMOUNT_RE.finditer(low):
        value = parse_swedish_number(m.group(len(_OPS) + 1).replace(",", " ") if lang == "en" else m.group(len(_OPS) + 1))
        op = next(op for op in Op if op.name in m.groupdict() and m.group(op.name))
        if _MISSED.search(low[: m.start()]):  # the rows outside it: more than 12
            op, target_given = _NOT[op], True
        unit = unit_of(m.group("unit")) if m.group("unit") else "kr" if re.search(r"\bsek\s?\d", m.group(0)) else None
        after = low[m.end():]
        genitive = _UNIT_GENITIVE.match(after) if unit is None else None  # "mer än 12 procents sjukfrånvaro"
        if genitive:
            unit, after = unit_of(genitive.group(1)[:-1]), after[genitive.end() - 1 :]
        if value is not None and (scale := _counted_scale(m.group("unit"), low[m.end():])):
            value, unit = value * scale, None  # "fler än två miljoner resor": a count, not money
        if value is None or (unit is None and YEAR_CELL.match(m.group(len(_OPS) + 1))):
            continue  # "under 2025" is a year, not an amount
        increase = (_INCREASE_AFTER.match(low[m.end():]) or _INCREASE_BEFORE.search(low[: m.start()])) \
            and len(set(asked_years)) == 2
        # the column: a count's noun after it or the measure named before it ("fler än 200 lägenheter", "ett riskvärde på
        # minst 12"), a share's noun after its unit's genitive ("12 procents sjukfrånvaro") or its measure named before
        # it ("en vakansgrad på över 8 procent") unless a verb names the column (below); money's noun before it names the
        # document as often as a column ("Västernorrlands budget har mer än 15 miljoner")
        before = _measured_column(low[: m.start()], lang)
        column = (_counted_column(after, lang) if unit is None or genitive else None) or (before if unit is None else None)
        if m.start() in noun_first and before:  # "mer tallrikssvinn än 20 gram per portion": the noun moved before it
            column = before
        if unit == "procent" and not column and before and before not in named and not _LISTED_BEFORE.search(low[: m.start()]):
            measured.append((len(rules), before))  # not "avgifter i Odelsvik är högre än", "vilka poster är under"
        rules.append(AmountRule(op, value, unit, asked_years[0] if len(asked_years) == 1 else None, column,
                                tuple(sorted(set(asked_years))) if increase else None,  # type: ignore[arg-type]
                                asked, MONTH_NUMBER[month.group(1)] if (month := MONTH_YEAR.search(folded_q)) else None,
                                _falls(low)))
    for m in _OR_MORE_RE.finditer(low):
        value = parse_swedish_number(m.group(1).replace(",", " ") if lang == "en" else m.group(1))
        unit = unit_of(m.group("unit")) if m.group("unit") else None
        if value is None or (unit is None and YEAR_CELL.match(m.group(1))):
            continue
        rules.append(AmountRule(Op.ge if m.group("op") in _OR_MORE else Op.le, value, unit,
                                asked_years[0] if len(asked_years) == 1 else None,
                                None if unit else _measured_column(low[: m.start()], lang), None, asked))
    for m in _NONE_COUNTED.finditer(low):  # "fick inte en enda inspektion 2026": a count of zero in its column
        if m.group(1) not in _NO_MONEY and (column := _counted_column(" " + m.group(1), lang)):  # no money is `SpentRule`'s
            rules.append(NoneCountedRule(column, asked_years[0] if len(asked_years) == 1 else None))
    compared = [m.span() for pattern in (_AMOUNT_RE, _OR_MORE_RE) for m in pattern.finditer(low)]
    for m in _VALUE_RE.finditer(low):  # "har fått prioritet 4", "riskvärdet 16": that number in the noun's column
        if not any(a <= m.start("number") < b for a, b in compared) and (column := _counted_column(" " + m.group("noun"), lang)) \
                and not _TARGET_NOUN.match(column) and m.group("number") not in {n.group(2) for n in _NUMBERED_RE.finditer(folded_q)}:
            rules.append(ValueRule(column, float(m.group("number"))))  # not "mål 7" of a plan, a numbered goal
    for m in _SIGN_RE.finditer(low):
        rules.append(SignRule(m.group(1).startswith("neg"), frozenset(tokenize(m.group(2)))))
    for m in _BUDGET_RE.finditer(low):  # a negative deviation is spending over budget (Swedish accounts)
        rules.append(SignRule(m.group(1) in ("över", "over"), DEVIATION_COLUMNS))
    # (not where the outcome is compared with what was planned, `_PLANNED_RE`'s target rule)
    for m in _JUDGED_BUDGET_RE.finditer(low) if not _PLANNED_RE.search(fold(low)) else ():
        rules.append(SignRule(m.group(1) in ("sämre", "worse"), DEVIATION_COLUMNS))
    for m in _EXCEED_RE.finditer(low):
        rules.append(SignRule(not m.group(1).startswith("under"), DEVIATION_COLUMNS))
    if _BACK_RE.search(low):
        rules.append(SignRule(True, DEVIATION_COLUMNS))
    if column := next((stem for pattern, stem in _AMOUNT_VERBS if pattern.search(folded_q)), None):
        rules = _in_column(rules, column)  # "fick minst 50 000 kronor": the granted column, not the applied-for
    if any(isinstance(r, SignRule) and r.column == DEVIATION_COLUMNS for r in rules):
        # "mer än fem miljoner kronor över budget": the deviation's amount ("2 mnkr under their 2026 budget": the
        # year is the budget's, not the amount's column)
        rules = [replace(r, column_year=None) if isinstance(r, AmountRule) else r for r in _in_column(rules, "avvik")]
    for at, stem in measured:  # "en vakansgrad på över 8 procent": the column "Vakansgrad, %"
        if isinstance(rule := rules[at], AmountRule) and not rule.column_word:
            rules[at] = replace(rule, column_word=stem)
    for m in _RESULT_RE.finditer(low):  # "gå med underskott": a negative result (against budget: a deviation)
        against_budget = bool(re.match(r"\s+(mot|against|compared to|jämfört med)\s+(sin\s+)?budget", low[m.end():]))
        if m.group(1) in ("plus", "minus") and not against_budget:  # "plus moms": no sign asked
            continue
        # a unit with no result column of its own goes with a deficit by its deviation from the budget
        rules.append(SignRule(m.group(1) in ("underskott", "deficit", "minus"),
                              DEVIATION_COLUMNS if against_budget else RESULT_COLUMNS,
                              frozenset() if against_budget else DEVIATION_COLUMNS))
    folded = fold(low)
    group = sex_group(question, lang=lang)  # the sex asked about
    for m in _REFERENCE_RE.finditer(folded):
        word = m.group("cmp") or m.group("pos")
        more = word in {fold(w) for w in _MORE} or word in ("over", "above") or word.startswith(("overstig", "exceed"))
        rules.append(ReferenceRule(Op.gt if more else Op.lt, bool(m.group("nat")),
                                   asked_years[0] if len(set(asked_years)) == 1 else None, group, word in _JUDGED, asked))
    for m in _MORE_RE.finditer(low) if not any(isinstance(r, ReferenceRule) for r in rules) else ():
        rules.append(ColumnRule(Op.gt if m.group(1) in _MORE else Op.lt, m.group(2), m.group(3), m.group(1) in _JUDGED, group, asked))
    for m in _YEAR_MORE_RE.finditer(low) if not any(isinstance(r, (ColumnRule, ReferenceRule)) for r in rules) else ():
        rules.append(ColumnRule(Op.gt if m.group(2) in _MORE else Op.lt, m.group(1), m.group(3), m.group(2) in _JUDGED, group, asked))
    for m in _RANK_RE.finditer(low):
        n = m.group("n") or (w.group(1) if (w := _WHICH_N.search(low)) else None)
        if not n:  # "vilka skolor har högst ...", "de största riskerna": how many is not said; the table, whole
            continue
        rules.append(RankRule(m.group("w") in _LARGEST, int(n) if n and n.isdigit() else _SPELLED.get(n or "", 1),
                              asked_years[0] if len(set(asked_years)) == 1 else None, group, asked))
    for m in _PLANNED_RE.finditer(folded):
        rules.append(TargetRule(Op.gt if m.group("cmp") in {fold(w) for w in _MORE} else Op.lt, planned=True,
                                forecast=bool(_FORECAST_ASKED.search(folded)),
                                year=asked_years[0] if len(set(asked_years)) == 1 else None))
    if not target_given and not any(isinstance(r, TargetRule) for r in rules):  # a given target bounds the rows' numbers
        # "nådde inte upp till sitt målvärde": the outcome against the target; not "reached the target time in less
        # than 80 per cent of call-outs", where the amount says how often it was reached (a share's column)
        if (m := _REACHED.search(folded)) and not any(isinstance(r, AmountRule) for r in rules):
            rules.append(TargetRule(Op.lt if m.group("not") or m.group("missed") else Op.ge,
                                    year=asked_years[0] if len(set(asked_years)) == 1 else None, judged=True, asked=asked))
        elif m := _OUTCOME_VS_TARGET.search(folded):
            rules.append(TargetRule(Op.gt if re.fullmatch(_ABOVE, m.group("op")) else Op.lt))
        elif m := _TARGET_VS_OUTCOME.search(folded):  # "a target higher than the outcome": the outcome below it
            rules.append(TargetRule(Op.lt if re.fullmatch(_ABOVE, m.group("op")) else Op.gt))
        elif m := _BE_VS_TARGET.search(folded):  # the outcome is the year asked that is not the target's
            targets = re.findall(r"\b(?:mal\w*|target\w*|goal\w*)\s+(?:level\s+|value\s+)?(?:for\s+|för\s+|for\s+)?(20\d\d)\b"
                                 r"|\b(20\d\d)\s+(?:target|goal)", folded)
            said = {y for pair in targets for y in pair if y}
            rest = [y for y in dict.fromkeys(asked_years) if y not in said]
            years = rest if len(rest) == 1 else list(dict.fromkeys(asked_years))  # "under sitt målvärde 2026": its 2026
            rules.append(TargetRule(Op.gt if re.fullmatch(_ABOVE, m.group("op")) else Op.lt,
                                    outcome_year=years[0] if len(years) == 1 else None))
    for m in _NUMBERED_RE.finditer(folded):
        rules.append(NumberedRule(_SERIES_SV.get(m.group(1), m.group(1)), m.group(2)))
    for m in _SPENT_RE.finditer(low):
        rules.append(SpentRule(m.group(1)))
    for m in _NO_SPENT_RE.finditer(low):
        rules = [r for r in rules if not (isinstance(r, DateRule) and r.value == m.group(1))]  # the year picks a column
        rules.append(SpentRule(m.group(1), none=True))
    for m in _CHANGE_RE.finditer(low):
        rules.append(ColumnRule(Op.gt if m.group(1) in _RISE else Op.lt, m.group(3), m.group(2), group=group, asked=asked))
    for m in _CHANGE_VS_RE.finditer(low) if not any(isinstance(r, ColumnRule) for r in rules) else ():
        rules.append(ColumnRule(Op.gt if m.group(1) in _RISE else Op.lt, m.group(2), m.group(3), group=group, asked=asked))
    for m in _SINCE_RE.finditer(low) if not any(isinstance(r, (ColumnRule, AmountRule)) for r in rules) else ():
        rules.append(ColumnRule(Op.gt if m.group(1) in _RISE else Op.lt, "", m.group(2), group=group, asked=asked))
    for m in _PRIOR_RE.finditer(low) if not any(isinstance(r, ColumnRule) for r in rules) else ():
        rules.append(ColumnRule(Op.gt if m.group(1) in _RISE or m.group(1) in _MORE else Op.lt, "", "", asked=asked))
    for m in _SAME_RE.finditer(low) if not any(isinstance(r, ColumnRule) for r in rules) else ():
        rules.append(ColumnRule(Op.eq, m.group(1), m.group(2), asked=asked))
    if _UNCHANGED_RE.search(low) and not any(isinstance(r, ColumnRule) for r in rules):
        rules.append(ColumnRule(Op.eq, "", "", asked=asked))  # "lämnas oförändrade": the latest year's as the year before's
    if not any(isinstance(r, (ColumnRule, ReferenceRule, TargetRule, RankRule, AmountRule)) for r in rules):
        for m in _NAMED_MORE_RE.finditer(low):  # "fler hyresrätter än bostadsrätter": two columns of a row
            first, second = (frozenset(tokenize(f"{g} {swedish_terms(g) if lang == 'en' else ''}")) for g in m.group(2, 3))
            if first - second and second - first:  # "rental flats" against "tenant-owned flats": not "flats"
                rules.append(NamedColumnRule(Op.gt if m.group(1) in _MORE else Op.lt, first - second, second - first))
    if not any(isinstance(r, (NamedColumnRule, AmountRule, ColumnRule)) for r in rules):
        for pattern, op in ((_AS_APPLIED, Op.eq), (_BELOW_APPLIED, Op.lt)):  # what was granted against what was applied for
            if pattern.search(low):
                rules.append(NamedColumnRule(op, frozenset({"bevilj"}), frozenset({"sokt", "ansok"})))
                break
    for m in _CODE_RE.finditer(question):
        rules.append(CodeRule(m.group(1)))
    for m in _QUOTED.finditer(question):
        if not _CODE_RE.search(m.group(0)):
            rules.append(QuotedRule(fold(m.group(1)).strip()))
    rules += [PartyRule(abbr, pattern) for abbr, pattern in parties_named(folded)]
    if (m := _ONLY_RE.search(low)) and not _TOGETHER.search(low):
        who = m.group("who") or m.group("alone")
        stems = (tokenize(swedish_terms(who)) if lang == "en" else []) or tokenize(who)  # the English body in Swedish
        if stems:
            rules.append(OnlyRule(frozenset(stems)))
    if len(set(asked_years)) == 1 and all(isinstance(r, (ValueRule, PartyRule, QuotedRule, CodeRule, OnlyRule)) for r in rules) \
            and asked_years[0] not in _PLAN_YEAR.findall(low):
        rules.append(YearRowRule(asked_years[0]))  # "planeras hyresrätter år 2030": a long table's rows of 2030 (a rule
        # comparing amounts, dates or targets reads the year its own way)
    end = True if _END_ASKED.search(low) else False if _START_ASKED.search(low) else None
    return [replace(r, end=end) if isinstance(r, DateRule) and end is not None else r for r in rules]


_NO_MONEY = frozenset(("pengar", "medel", "money", "funds", "funding"))
# no thing counted: "inte en enda inspektion", "inga anmärkningar", "not a single visit", "zero complaints"
_NONE_COUNTED = re.compile(r"\b(?:inte (?:en|ett|någon|något) enda|inte (?:någon|något|några)|inga|not (?:a )?single|not one|zero)"
                           r"\s+([a-zåäö]{3,})")


def _counted_column(after: str, lang: str) -> str | None:
    """The stem of the noun right after a count ("59 500 flickor"), which names the column to
    compare in; an English noun through the glossary ("boys": the column "Pojkar")."""
    noun = re.match(r"\s+([a-zåäö]{3,})", after)
    if not noun:
        return None
    word = ((swedish_terms(noun.group(1)) if lang == "en" else "") or noun.group(1)).split()[0]
    stems = tokenize(word)
    return stems[0] if stems else None


# the noun the question lists right before the amount ("vilka investeringar över 5 mnkr"): the rows, not a measure
_LISTED_BEFORE = re.compile(r"\b(?:vilka|vilken|vilket|which|what)\s+[\w-]+(?:\s+(?:är|var|har|hade|is|are|was|were|has|have|had"
                            r"|cost|costs|kostar|kostade))?\s*$")
# a run of months in a year, folded: "juli–september 2027", "mellan mars och maj 2026", "from July to September 2027"
_MONTH_NAME = "(?P<{}>" + "|".join(MONTH_NUMBER) + r")[a-z]*\.?"
MONTH_RANGE = re.compile(r"\b" + _MONTH_NAME.format("first") + r"\s*(?:–|-|—|\s(?:till|och|to|and|through)\s)\s*"
                         + _MONTH_NAME.format("last") + r"\s+(?P<year>(?:19|20)\d\d)\b")
# a noun and a small whole number after it, no unit or year ("prioritet 4", "riskvärdet 16", "line 9")
_VALUE_RE = re.compile(r"\b(?P<noun>[a-zåäöé][a-zåäöé-]{3,})\s+(?P<number>\d{1,3})(?![\d,.:/–-]|\s*(?:%|procent|kr\b|kronor|mnkr|tkr"
                       r"|miljon|miljard|tusen|(?:" + "|".join(MONTH_NUMBER) + r")[a-z]*\b))")  # not a day of a month
# a year naming a plan or a report, in a compound too ("underhållsplanen från 2026"): not the year of a long table's rows.
# Wider than `_DOCUMENT_YEAR`, which stays as it is: there "kontrollplan för 2027" keeps its year as the amount's, and
# that year picks the plan's table over the results of the year before
_PLAN_YEAR = re.compile(r"\w*(?:plan(?:en|ens|er|erna)?|rapport\w*|redovisning\w*|bokslut\w*|budget\w*)\s+(?:för|for|från|from)\s+"
                        r"(?:år\s+)?(20\d\d)\b")
_TARGET_NOUN = re.compile(r"(mal|delmal|target|goal)")  # a numbered goal ("mål 7"), not a value of a column
# a unit in the genitive before the noun it measures ("12 procents sjukfrånvaro", "5 miljoners underskott")
_UNIT_GENITIVE = re.compile(r"\s*(procents|kronors|miljoners|miljarders)\s")
_MEASURE_GLUE = frozenset("på av om med har hade är var som ett en the a an of has have had is was with".split())


def _in_column(rules: list[Rule], stem: str) -> list[Rule]:
    """The rules, each amount that names no column of its own compared in the column `stem` names."""
    return [replace(r, column_word=stem) if isinstance(r, AmountRule) and not r.column_word and not r.change else r
            for r in rules]


def _measured_column(before: str, lang: str) -> str | None:
    """The stem of the noun that a bare number is compared on, written before it: "ett
    riskvärde på minst 12", "a risk value of at least 12" (an English phrase through the
    glossary, "risk value": riskvärde)."""
    words = re.findall(r"[a-zåäöé-]+", before)[-4:]
    while words and words[-1] in _MEASURE_GLUE:
        words.pop()
    if not words or len(words[-1]) < 4:
        return None
    if lang == "en":
        word = (swedish_terms(" ".join(words[-2:])) or swedish_terms(words[-1]) or "").split()
        word = word[0] if word else ""
    else:
        word = words[-1]
    stems = tokenize(word)
    return stems[0] if stems else None


# "vilka begrepp gäller dagvatten", "which items concern security": the words after such a verb
# say what the rows are about, in their own text as much as in their category cells.
_TOPIC = re.compile(r"\b(?:gäller|gällde|rör|rörde|berör|berörde|avser|avsåg|handlar om|handlade om|angående|nämner|nämnde|"
                    r"innehåller|innehöll|concern(?:s|ed|ing)?|about|"
                    r"regarding|relat(?:e|es|ing) to|deal(?:s)? with|involv(?:e|es|ing)|mention(?:s)?)\s+(?:att\s+)?"
                    r"((?:[a-zåäöéü-]+\s*){1,3})")


# a body named in the question ("tekniska nämnden", "kommunstyrelsen"; not "förvaltningen" alone, the
# document's own): a name, which a table printing the responsible body in the action's own cell ("Bygg
# ut fiber ... Tekniska nämnden") says in free text
_ORGAN_NAMED = re.compile(r"\b(?:[a-zåäöé]+(?:iska|ala|ella|liga|ära)\s+|[a-zåäöé-]{2,})(?:nämnd|styrelse|förvaltning)(?:en|ens|n|ns)?\b")


def question_words(question: str, lang: str, splitter: CompoundSplitter | None = None) -> list[WordRule]:
    """Every content word of the question as a candidate word rule, with its synonyms; an
    English question through the glossary's Swedish terms. Dates, amounts and their cue words
    are left to `typed_rules`."""
    names = {fold(w) for w in re.findall(r"(?<=[\w,;:)] )[A-ZÅÄÖ][\wåäöé-]{2,}", question)}
    text = question.lower()
    for f in reversed([f for f in extract_figures(text) if f.unit == "datum"]):
        text = text[: f.start] + " " + text[f.end :]
    text = MONTH_YEAR.sub(" ", mid_year(text))  # "juni 2026" is a date rule's
    text = _QUARTER_RE.sub(" ", text)  # and so is "andra kvartalet 2027" ("andra" picks no rows saying "andra")
    text = _halves(text, ",")
    for typed in (_AMOUNT_RE, _BUDGET_RE, _SIGN_RE):  # their words are the typed rules'
        text = typed.sub(" ", text)
    text = _MORE_RE.sub(" ", text)  # "lägre ram i budget 2025 än i budget 2024": the columns' words
    text = _OR_MORE_RE.sub(" ", text)
    if len(fold(text)) == len(text):  # "lägre andel än riket": the reference is the rule's, not a word rows say
        for m in _REFERENCE_RE.finditer(fold(text)):
            for g in ("cmp", "pos", "nat", "whole"):
                if m.group(g):
                    text = text[: m.start(g)] + " " * (m.end(g) - m.start(g)) + text[m.end(g):]
    for phrase, word in _PERIODICITY + _STATES:  # "två gånger om året": a plan's frequency cell says "Halvårsvis"
        text = phrase.sub(f" {word} ", text)
    # a change's verb and years are its rule's; what changed is a word: "ökade sjukfrånvaron mellan 2024 och
    # 2025" is asked of the table of sick leave, not of staff numbers
    text = _CHANGE_RE.sub(lambda m: " " + _CHANGE_WHAT.sub(" ", m.group(0)[len(m.group(1)):]), text)
    text = _EXCEED_RE.sub(lambda m: f" {m.group(2)} ", text)
    text = re.sub(r"\b(19|20)\d\d\b|\b(senast|före|innan|efter|before|after|by)\b", " ", text)
    dated = bool(re.search(r"\d", question))  # "klara 2024": the cue of a date rule, no word rule
    topics = {fold(w) for m in _TOPIC.finditer(question.lower()) for w in m.group(1).split()}
    topics |= {fold(w) for m in _ORGAN_NAMED.finditer(question.lower()) for w in m.group(0).split()}
    alternatives: list[WordRule] = []
    if lang == "en":  # an English phrase says any of its Swedish equivalents ("investment": investering or investeringsbudget)
        for phrase, swedish in english_pairs(text):
            stems = frozenset(t for w in swedish.split() if len(t := _first_term(w, splitter)) >= 3) | {
                fold(w)[:3] for w in swedish.split() if fold(w) in _MONTHS_FOLDED}  # "august": "augusti", "aug"
            negated = bool(re.search(rf"\b(?:not|no|never)\s+(?:yet\s+)?(?:(?:been|be|being)\s+)?{re.escape(phrase)}\b", text))
            if stems and not any(r.stems == stems for r in alternatives):
                alternatives.append(WordRule(phrase, stems, negated, False, any(fold(x) in topics for x in phrase.split())))
            text = re.sub(rf"\b{re.escape(phrase)}\b", " ", text)
    rules: dict[str, WordRule] = {}
    negate = False
    for word in re.findall(r"[a-zåäöéü-]+", text):
        w = fold(word).strip("-")
        if w in NEGATION:
            negate = True
            continue
        if negate and w in _STILL:  # "inte ännu påbörjats", "not yet started": the negation goes on
            continue
        term = _first_term(w, splitter)
        if len(term) == 2 and w in names and (stems := abbreviated([w])):
            # an abbreviation heading a capitalised compound ("HR-chefen", "IT-avdelningen"): one stem of the two
            # (`constraints.abbreviated`), which the rows spelling that compound say
            rules.setdefault(min(stems), WordRule(word, frozenset(stems), negate, True, w in topics))
            negate = False
            continue
        if len(term) < 3 or (dated and re.fullmatch(_DEADLINE, word)):
            negate = False
            continue
        stems = {term}
        if (noun := bare_noun(w)) and len(bare := _first_term(noun, splitter)) >= 4:
            stems.add(bare)  # "kommundirektören" meets a cell "Kommundirektör" (`bare_noun`)
        if w[:3] in MONTH_SHORT and fold(w) in {fold(m) for m in MONTHS}:
            stems.add(w[:3])
        rules.setdefault(term, WordRule(word, frozenset(stems), negate, w in names, w in topics))
        negate = False
    return list(rules.values()) + [r for r in alternatives if not any(r.stems & o.stems for o in rules.values())]


# a row's state in the words a status or assessment cell uses: "hamnat efter tidplanen" is "Försenad",
# "utvecklats åt fel håll" is "Fel riktning"
_STATES = tuple((re.compile(p), w) for p, w in (
    (r"\b(?:hamnat|ligger|legat|är|var|kommit)\s+efter\s+(?:i\s+)?(?:tids?plan\w*|planen)\b|\bbehind schedule\b"
     r"|\b(?:fallen|fell|falling|lagging)\s+behind\b", "försenad"),
    (r"\b(?:åt|i|mot)\s+fel\s+(?:håll|riktning)\b|\b(?:in\s+)?the\s+wrong\s+direction\b", "fel riktning"),
    (r"\b(?:åt|i|mot)\s+rätt\s+(?:håll|riktning)\b|\b(?:in\s+)?the\s+right\s+direction\b", "rätt riktning"),
    (r"\b(?:inte|ej|icke|not)\s+(?:på\s+plats|närvarande|present)\b", "frånvarande"),  # a roll call's "Frånvarande"
    # "har ännu inte kommit i gång", "not got under way": a status "Ej startad" / "Ej påbörjad"
    (r"\b(?:inte|ej)\s+(?:\w+\s+)?(?:kommit|kommer|satts|sätts)\s+i\s*gång\b|\bnot\s+(?:\w+\s+)?(?:got(?:ten)?|gotten)\s+under\s*way\b",
     "ej startad"),
))

# how often, in the words a frequency column uses
_TIMES = r"(?:(?:gånger|gång)\s+(?:om|per|i|varje)\s+(?:året|år)|times\s+(?:a|per|each|every)\s+year)"
_PERIODICITY = tuple((re.compile(p), w) for p, w in (
    (rf"\b(?:två|2|two)\s+{_TIMES}|\btwice\s+(?:a|per|each|every)\s+year\b|\bvarje halvår\b|\bvar sjätte månad\b"
     r"|\bhalf-yearly\b|\bevery six months\b", "halvårsvis"),
    (rf"\b(?:tre|3|three)\s+{_TIMES}|\bvarje tertial\b|\bvar fjärde månad\b|\bevery four months\b", "tertialvis"),
    (rf"\b(?:fyra|4|four)\s+{_TIMES}|\bvarje kvartal\b|\b(?:en|1)\s+gång\s+(?:i|per|varje)\s+kvartal(?:et)?\b"
     r"|\bvar tredje månad\b|\b(?:every|each)(?:\s+single)?\s+quarter\b|\bquarterly\b|\bonce\s+a\s+quarter\b", "kvartalsvis"),
    (r"\b(?:en|1)\s+gång\s+(?:i|per|om|varje)\s+månad(?:en)?\b|\bvarje månad\b|\b(?:tolv|12)\s+gånger\s+(?:om|per|i)\s+(?:året|år)\b"
     r"|\b(?:every|each)(?:\s+single)?\s+month\b|\bmonthly\b|\bonce\s+a\s+month\b", "månadsvis"),
    (rf"\b(?:en|1)\s+{_TIMES}|\bvarje år\b|\bonce\s+(?:a|per|each|every)\s+year\b|\bannually\b|\byearly\b|\b(?:every|each)(?:\s+single)?\s+year\b", "årligen"),
    (r"\b(?:en|1)\s+gång\s+(?:i|per|om|varje)\s+veckan?\b|\bvarje veckas?\b|\b(?:every|each)(?:\s+single)?\s+week\b|\bweekly\b|\bonce\s+a\s+week\b",
     "veckovis"),
))
# how a frequency column's cell says each of those, folded ("Månadsvis", "År", "Helår"); a cell with a number ("2 år"
# of a contract's length) says none
FREQUENCY_CELLS = {"veckovis": r"vecko|vecka", "månadsvis": r"manad", "kvartalsvis": r"kvartal", "tertialvis": r"tertial",
                   "halvårsvis": r"halvar", "årligen": r"arlig|arsvis|\bar(et)?\b|helar"}


def frequencies_asked(question: str) -> set[str]:
    """How often the question asks things to be done, in a frequency column's words ("varje
    vecka": "veckovis", "twice a year": "halvårsvis")."""
    text = question.lower()
    return {word for phrase, word in _PERIODICITY if phrase.search(text)}


_STILL = frozenset({"yet", "annu", "alls", "helt", "been", "be", "har", "hade", "blivit", "varit"})


def _first_term(word: str, splitter: CompoundSplitter | None) -> str:
    """A word's term as rules compare it: its state's canonical form ("=pagaende"), else its first token."""
    w = fold(word)
    terms = [CANON[w]] if w in CANON else tokenize(w, splitter)
    return terms[0] if terms else ""
