"""Swedish text knowledge for lexical matching: folding, OCR repair, stopwords,
stemming, compound splitting and tokenization.

Everything here serves *matching* only: the displayed quote of a document stays
exactly as written.  The pipeline used on both documents and questions is::

    repair OCR  ->  split into words  ->  fold (lower-case, drop diacritics)
    ->  drop stopwords  ->  Snowball Swedish stem  (+ stems of compound parts)

Design decisions
----------------
* **Fold before stemming.**  OCR text such as ``omradet`` has already lost its
  diacritics, so the only mapping that treats clean and OCR text identically is
  ``stem(fold(word))``.  It is sometimes linguistically worse (``område`` ->
  ``omr`` because ``-ade`` looks like a verb ending once ``å`` became ``a``),
  but it is consistent, which is what matters for matching.  Stemming the
  unfolded word and folding the stem would give ``områd`` -> ``omrad`` for clean
  text but ``omr`` for the OCR spelling ``omrade``.
* **é.**  In the OCR document ``é`` almost always stands for ``ö``
  (``inférandet``, ``leverantéren``), sometimes for ``ä`` (``bestéllningar``),
  and ``éa`` stands for ``ä`` (``fullméaktige``).  Real ``é`` occurs in a few
  loan words (``idé``, ``armé``, ``kommitté`` ...) listed in
  :data:`REAL_E_WORDS`; those keep ``é`` (folded to ``e``).  Everywhere else
  :func:`repair_ocr` writes ``ö``; :func:`tokenize` also considers the ``ä``
  reading and, given a vocabulary, keeps the more frequent reading.
* **Numbers.**  Thousands groups are joined (``1 466,5`` -> ``1466,5``) and the
  decimal point is normalised to a comma, so ``4.9`` meets ``4,9``.
* **Stopwords.**  Snowball's Swedish list, folded, minus ``ar``: folding merges
  ``är`` (stopword) with ``år`` (year), and the year is worth keeping.
"""

from __future__ import annotations

import functools
import itertools
import json
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Collection, Iterable

import Stemmer

_SNOWBALL_SWEDISH = (
    "och det att i en jag hon som han på den med var sig för så till är men ett om "
    "hade de av icke mig du henne då sin nu har inte hans honom skulle hennes där min "
    "man ej vid kunde något från ut när efter upp vi dem vara vad över än dig kan sina "
    "här ha mot alla under någon eller allt mycket sedan ju denna själv detta åt utan "
    "varit hur ingen mitt ni bli blev oss din dessa några deras blir mina samma vilken "
    "er sådan vår blivit dess inom mellan sådant varför varje vilka ditt vem vilket "
    "sitta sådana vart dina vars vårt våra ert era vilkas"
)
_ENGLISH = (
    "the a an of in on for to and or is are was were be been being what which who whom "
    "how does do did by with from at as its this that these those their there many much "
    "when where why has have had not than into about between during under over "
    "according described describe"
)
_KEEP = frozenset({"ar"})  # är/år collide after folding; keep the year


def fold(text: str) -> str:
    """Lower-case *text* and strip diacritics (å->a, ä->a, ö->o, é->e, ü->u).

    Digits and all other characters are kept; ligatures are decomposed (NFKD).
    """
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


STOPWORDS: frozenset[str] = frozenset(
    {fold(w) for w in (_SNOWBALL_SWEDISH + " " + _ENGLISH).split()} - _KEEP
)
"""Folded Snowball Swedish stopwords plus a few English question words."""
_STOPWORDS_AS_WRITTEN = frozenset((_SNOWBALL_SWEDISH + " " + _ENGLISH).split())


_SV_FUNCTION = frozenset(_SNOWBALL_SWEDISH.split()) - frozenset(_ENGLISH.split())
_EN_FUNCTION = frozenset(_ENGLISH.split()) - frozenset(_SNOWBALL_SWEDISH.split())


def function_words(words: Iterable[str]) -> tuple[int, int]:
    """How many of the lower-cased *words* are Swedish and how many English function words."""
    sv = en = 0
    for word in words:
        sv += word in _SV_FUNCTION
        en += word in _EN_FUNCTION
    return sv, en


def is_stopword(word: str) -> bool:
    """Whether *word* is a stopword, as written ("är") or folded ("for" for "för")."""
    return word.lower() in _STOPWORDS_AS_WRITTEN or fold(word) in STOPWORDS

REAL_E_WORDS: tuple[str, ...] = (
    "idé", "armé", "allé", "entré", "kafé", "café", "komité", "kommitté",
    "resumé", "varieté", "diarié", "ateljé", "filé", "moské", "trofé",
)
"""Stems of loan words whose ``é`` is real and must not become ``ö``."""

_L = r"[^\W\d_]"  # any letter

# Deterministic OCR rules: (pattern, replacement, example from document 004).
_OCR_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    # "| regionstyrelsens namndplan" -> "I regionstyrelsens ..." (line or sentence start)
    (re.compile(r"(?:^|(?<=[.!?] ))\|(?= [^\W\d_])", re.M), "I"),
    # "I6pande" -> "löpande"
    (re.compile(r"(?<!\w)I6(?=[a-zåäö])"), "lö"),
    # "6kat", "6vriga" -> "ökat", "övriga" (word-initial 6 before >= 2 lower-case letters)
    (re.compile(r"(?<![\w,.])6(?!(?:st|kr|mkr|tkr|mnkr|mdkr|km|kg|mm|cm|tim|mån)\b)(?=[a-zåäöé]{2,})"), "ö"),
    # "ut6ka" -> "utöka" (6 between letters)
    (re.compile(rf"(?<={_L})6(?={_L})"), "ö"),
    # "&r" -> "år", "p&" -> "på", "s&vil" -> "såvil"
    (re.compile(r"(?<=[a-zåäö])&|&(?=[a-zåäö])|(?<=\b[DPS])&(?=\s)"), "å"),
    # "dr" as a standalone word -> "är" ("Av de 17 delmalen dr bedémningen")
    (re.compile(r"(?<![\w.])dr(?![\w.])"), "är"),
    # "dret" -> "året" ("inleddes dret med")
    (re.compile(r"(?<!\w)dret(?!\w)"), "året"),
    # "oé" -> "ö" ("stoérre", "utgoér")
    (re.compile(r"oé"), "ö"),
)
SUFFIXES: frozenset[str] = frozenset(
    "ning ningar ningen ningarna ningens ingar ingen ingarna lig liga ligt ligen ligare "
    "het heten heter ska skt iska rad rade ras ring ringen ringar arna erna orna "
    "ande ende gande ende anden andet are aren arens tet ner ags sten ster "
    "ade ades ats ett else elsen elser skap skapet lighet lighets tade".split()
)
"""Derivational/inflectional endings that must not count as compound parts."""

_E_WORD = re.compile(rf"{_L}*é{_L}*")
_TOKEN = re.compile(
    r"(?<![\d,.])\d{1,3}(?: \d{3})+(?:,\d+)?(?![\d])"  # 1 466,5
    r"|\d+(?:[.,]\d+)*"  # 2025, 4,9, 4.9
    rf"|{_L}+"
)


def _repair_rules(text: str) -> str:
    """Apply the deterministic OCR rules (everything except lone ``é``)."""
    for pattern, replacement in _OCR_RULES:
        text = pattern.sub(replacement, text)
    return text


def _is_real_e(word: str) -> bool:
    low = word.lower()
    return any(stem in low for stem in REAL_E_WORDS)


def e_readings(word: str) -> list[str]:
    """Possible readings of an OCR word containing ``é``, most likely first.

    ``éa`` usually stands for ``ä`` (``fullméaktige``) but can be ``ö`` + ``a``
    at a compound seam (``arbetsmiljéarbete``); a lone ``é`` is mostly ``ö``
    (``inférandet``), sometimes ``ä`` (``bestéllningar``).  Real loan-word
    ``é`` (``idéer``) is returned unchanged.
    """
    if "é" not in word or _is_real_e(word):
        return [word]
    readings = []
    if "éa" in word:
        readings.append(word.replace("éa", "ä").replace("é", "ö"))
    readings += [word.replace("é", "ö"), word.replace("é", "ä")]
    return list(dict.fromkeys(readings))


def repair_ocr(text: str) -> str:
    """Repair the OCR confusions seen in scanned documents (e.g. document 004).

    ``6kat`` -> ``ökat``, ``&r`` -> ``år``, ``p&`` -> ``på``, ``| regionstyrelsens``
    -> ``I regionstyrelsens``, standalone ``dr`` -> ``är``, ``éa`` -> ``ä``,
    ``é`` -> ``ö`` except in loan words (``idé``).  Clean text passes unchanged.
    """
    text = _repair_rules(text)
    return _E_WORD.sub(lambda m: e_readings(m.group())[0], text)


@functools.lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("swedish")


@functools.lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Snowball Swedish stem of an already folded word (digits pass through)."""
    if word[:1].isdigit():
        return word
    return str(_stemmer().stemWord(word))


def _number(token: str) -> str:
    return token.replace(" ", "").replace(".", ",")


_fold_word = functools.lru_cache(maxsize=1 << 16)(fold)  # a vocabulary's words recur: fold each once


_FOOTNOTE_MARK = re.compile(r"(?<=[^\W\d_])[¹²³⁴⁵⁶⁷⁸⁹⁰]+")  # "Punktlighet¹": the word, not "punktlighet1"


def words(text: str, repair: bool = True) -> list[list[str]]:
    """Split *text* into words; each word is a list of folded readings (best first).

    Numbers are normalised (``1 466,5`` -> ``1466,5``).  Stopwords are kept.
    """
    if repair:
        text = _repair_rules(text)
    text = _FOOTNOTE_MARK.sub("", text)
    out: list[list[str]] = []
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token[0].isdigit():
            out.append([_number(token)])
        elif repair and "é" in token:
            out.append(list(dict.fromkeys(fold(r) for r in e_readings(token))))
        else:
            out.append([_fold_word(token)])
    return out


def tokenize(
    text: str, splitter: CompoundSplitter | None = None, repair: bool = True
) -> list[str]:
    """Turn *text* into index/query terms (stems).

    Pipeline: OCR repair -> fold -> split into words -> drop stopwords -> stem.
    With a *splitter*, ambiguous OCR readings are resolved by corpus frequency
    and, for compounds, the stems of the parts are emitted after the whole
    word's stem (``hyrpersonal`` -> ``hyrpersonal``, ``hyr``, ``personal``).
    Without one, both ``é`` readings are emitted.
    """
    terms: list[str] = []
    for readings in words(text, repair=repair):
        if splitter is not None:
            readings = [splitter.best_reading(readings)]
        if readings[0] in STOPWORDS:
            continue
        for word in readings:
            if word in STOPWORDS or (len(word) < 2 and not word.isdigit()):
                continue
            terms.append(stem(word))
            if splitter is not None:
                terms.extend(stem(part) for part in splitter.split(word))
    return terms


INFLECTED_ROOT_MIN = 5  # a shorter stem ("tag", "lys") matches words the part is not


class CompoundSplitter:
    """Split Swedish compounds into known corpus words (Koehn & Knight 2003).

    Built from the frequencies of folded, unstemmed corpus words.  A split is
    chosen when the geometric mean of its parts' frequencies beats the whole
    word's own frequency.  Linking morphemes handled for non-final parts:
    ``-s`` (``primarvards|budget``), ``-e``, ``-o`` for ``-a``
    (``halso`` -> ``halsa``) and a dropped final ``-a`` (``hyr`` -> ``hyra``).
    """

    def __init__(self, counts: dict[str, int], min_part: int = 3, max_parts: int = 3) -> None:
        """Create a splitter from folded word frequencies."""
        self.counts: dict[str, int] = dict(counts)
        self.min_part = min_part
        self.max_parts = max_parts
        self._by_stem: dict[str, str] | None = None

    @classmethod
    def from_texts(cls, texts: Iterable[str], min_part: int = 3) -> CompoundSplitter:
        """Count the folded words (OCR repaired, first reading) of *texts*."""
        counts: Counter[str] = Counter()
        for text in texts:
            counts.update(r[0] for r in words(text) if not r[0][:1].isdigit())
        return cls(dict(counts), min_part=min_part)

    def freq(self, word: str) -> int:
        """Corpus frequency of a folded word (0 when unknown)."""
        return self.counts.get(word, 0)

    def best_reading(self, readings: list[str]) -> str:
        """The most frequent of several OCR readings (first one on ties).

        A rare reading containing ``d`` is also compared with the readings that
        put ``a`` or ``o`` in place of some ``d``: the OCR document writes ``d``
        for ``ä``/``å``/``ö`` (``uppfdljning``, ``dven``, ``hdlso``).  For words seen
        at most 10 times, a variant wins when it is a corpus word seen >= 3 times
        and >= 5x as often.
        """
        best = max(readings, key=lambda r: (self.freq(r), -readings.index(r)))
        own = self.freq(best)
        if own > 10 or "d" not in best or len(best) < 3:
            return best
        positions = [i for i, c in enumerate(best) if c == "d"][:4]
        for choice in itertools.product("dao", repeat=len(positions)):
            chars = list(best)
            for pos, c in zip(positions, choice):
                chars[pos] = c
            cand = "".join(chars)
            n = self.freq(cand)
            if n >= 3 and n >= 5 * max(own, 1) and n > self.freq(best):
                best = cand
        return best

    def _known(self, part: str, final: bool, first: bool) -> str | None:
        """The vocabulary word a compound part stands for, or ``None``.

        Only the first part may be as short as ``min_part`` (``hyr``, ``tid``);
        later parts need one letter more and must not be a bare suffix
        (``-ning``, ``-liga``, ``-het`` ...), which blocks ``natur|liga``.
        """
        if not first and (len(part) <= self.min_part or part in SUFFIXES):
            return None
        candidates = [part]
        if not final:
            if part.endswith(("s", "e")):
                candidates.append(part[:-1])
            if part.endswith("o"):
                candidates.append(part[:-1] + "a")
            candidates.append(part + "a")
        for cand in candidates:
            if len(cand) >= self.min_part and cand not in STOPWORDS and self.freq(cand) > 0:
                return cand
        if final and len(part) > self.min_part + 1 and part not in STOPWORDS:
            # a last part the corpus only has in other inflections: "driftstarten" ends in
            # "starten", which stands alone only as "startar" or "startade"
            return self._inflection_of(part)
        return None

    def _inflection_of(self, word: str) -> str | None:
        """The corpus's most frequent word with the stem of *word* (None when there is none)."""
        if self._by_stem is None:
            best: dict[str, str] = {}
            for w, n in self.counts.items():
                s = stem(w)
                if n > self.counts.get(best.get(s, ""), 0):
                    best[s] = w
            self._by_stem = best
        root = stem(word)
        return self._by_stem.get(root) if len(root) >= INFLECTED_ROOT_MIN else None

    def _splits(self, word: str, parts_left: int, first: bool = True) -> list[list[str]]:
        """All segmentations of *word* into 1..parts_left known parts."""
        found: list[list[str]] = []
        whole = self._known(word, final=True, first=first)
        if whole is not None:
            found.append([whole])
        if parts_left < 2:
            return found
        for i in range(self.min_part, len(word) - self.min_part):
            head = self._known(word[:i], final=False, first=first)
            if head is None:
                continue
            for rest in self._splits(word[i:], parts_left - 1, first=False):
                found.append([head, *rest])
        return found

    def split(self, word: str) -> list[str]:
        """Parts of a folded compound word, or ``[]`` when it should stay whole."""
        word = fold(word)
        if len(word) < 2 * self.min_part or not word.isalpha():
            return []
        best: list[str] = []
        best_score = float(self.freq(word))
        for parts in self._splits(word, self.max_parts):
            if len(parts) < 2:
                continue
            score = math.exp(sum(math.log(self.freq(p)) for p in parts) / len(parts))
            if score > best_score or (score == best_score and best and len(parts) < len(best)):
                best, best_score = parts, score
        return best

    def to_json(self) -> str:
        """Serialise the vocabulary and settings as JSON."""
        return json.dumps(
            {"min_part": self.min_part, "max_parts": self.max_parts, "counts": self.counts},
            ensure_ascii=False,
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, data: str) -> CompoundSplitter:
        """Inverse of :meth:`to_json`."""
        obj = json.loads(data)
        return cls(obj["counts"], min_part=obj["min_part"], max_parts=obj["max_parts"])


def inflected(term: str, terms: Collection[str]) -> bool:
    """`term` is among `terms`, or one is the other with an inflection the stemmer keeps:
    "totala" stems to "total" but "totalt" stays whole, as do many neuter adjectives; the
    stemmer undoubles a final consonant the definite form keeps ("utskott" stems to "utskot",
    "utskottet" stays whole)."""
    if term in terms:
        return True
    if len(term) < 4:
        return False
    if (twin := participle_twin(term)) and twin in terms:
        return True
    return any(
        (a.startswith(b) and (len(a) - len(b) <= 2 or len(a) - len(b) == 3 and a[len(b)] == b[-1] not in _VOWELS))
        for other in terms if len(other) >= 4 and other[:4] == term[:4]
        for a, b in ((term, other), (other, term))
    )


_VOWELS = frozenset("aeiouyåäöé")


def bare_noun(word: str) -> str | None:
    """The bare form of a noun in -or/-ör inflected (folded: "rektorn", "kommundirektoren",
    "revisorerna" give "rektor", "kommundirektor", "revisor"), else None. The stemmer cuts -or from
    the bare noun ("rektor": rekt) but the ending from the inflected one (rektorn, rektor), so the
    two never meet unless the bare form is stemmed too."""
    m = _AGENT_INFLECTED.fullmatch(word)
    return m.group(1) if m else None


_AGENT_INFLECTED = re.compile(r"(\w{3,}or)(?:n|ns|en|ens|er|ers|erna|ernas)")


def participle_twin(term: str) -> str | None:
    """The other gender of a past participle the stemmer keeps whole: "uppfylld" and "uppfyllt"
    ("ej uppfyllt" answers "inte uppfyllda"), "genomförd" and "genomfört", "bedömd" and "bedömt".
    The -ad/-at participles stem alike already."""
    if len(term) < 6 or term[-1] not in "dt" or term[-2] in _VOWELS or term[-2] == term[-1]:
        return None
    return term[:-1] + ("t" if term[-1] == "d" else "d")
