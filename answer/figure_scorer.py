"""Which figure answers: a logistic model over the candidates' feature rows (`features`).

The model is listwise (a conditional logit): each candidate scores w · x on its standardised
features, and the softmax over the question's candidates is the probability that it is the
answer; candidates of the same value pool their probability. The weights, the features'
scaling and the threshold are fitted on training questions
by `python -m insyn.eval.fit_figures` and saved in `figure_weights.json` beside this module
(JSON, no pickle). The best candidate is offered as *the* answer only when its probability
clears the threshold, chosen on training questions so that a wrong headline figure stays rare.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import numpy as np

from insyn.answer.constraints import MONEY
from insyn.answer.features import NAMES, Candidate, column_of
from insyn.answer.logistic import Model
from insyn.answer.question import Want
from insyn.types import Figure

WEIGHTS = Path(__file__).with_name("figure_weights.json")


@lru_cache(maxsize=1)
def model() -> Model:
    return Model.from_json(WEIGHTS.read_text(encoding="utf-8"), NAMES)


def softmax(m: Model, rows: np.ndarray) -> np.ndarray:
    """Each candidate's probability of being the answer among the question's candidates."""
    s = ((rows - m.mean) / m.scale) @ m.weights
    p = np.exp(s - s.max())
    return p / p.sum()


def value_key(f: Figure) -> tuple[str, str]:
    """What makes two candidates the same figure: their value and unit."""
    return (str(f.value), f.unit)


def pooled(p: np.ndarray, keys: list[tuple[str, str]]) -> np.ndarray:
    """Each candidate's probability pooled over the candidates of the same value and unit:
    the probability that *that figure* is the answer, however many times the passages give it
    (a table cell and the sentence that repeats it split the mass between them otherwise). A
    bare count pools with the first candidate of its value that has a unit."""
    named = {value: unit for value, unit in reversed(keys) if unit != "antal"}
    # a bare number ("6,5" in a row whose unit the reading lost) is the figure of that value a unit names elsewhere
    keys = [(value, named.get(value, unit)) if unit == "antal" else (value, unit) for value, unit in keys]
    total: dict[tuple[str, str], float] = {}
    for k, q in zip(keys, p):
        total[k] = total.get(k, 0.0) + float(q)
    return np.array([total[k] for k in keys])


def ranked(cands: list[Candidate], m: Model | None = None, want: Want | None = None) -> list[tuple[float, Candidate]]:
    """Candidates with the pooled probability of their figure being the answer, best first
    (by the pooled, then the own probability, then passage order). With the kind of figure
    the question wants, the probability is shared among the candidates of that kind
    (`kind_fits`), when there are any; the others follow with none."""
    if not cands:
        return []
    m = m or model()
    kept = [i for i, c in enumerate(cands) if want is None or kind_fits(want, c.figure)] or list(range(len(cands)))
    p = np.zeros(len(cands))
    p[kept] = softmax(m, np.array([cands[i].features for i in kept], dtype=float))
    total = pooled(p, [value_key(c.figure) for c in cands])
    order = sorted(range(len(cands)), key=lambda i: (-total[i], -p[i], i))
    return [(float(total[i]), cands[i]) for i in order]


def kind_fits(want: Want, f: Figure) -> bool:
    """Whether a figure is of the kind a question wants at all: a date or a year for "när" /
    "vilket datum", a year for "vilket år" (never a count of something: "åtta avdelningar" does not say when children
    move in), no date or year where an amount, a share or a count is asked, no date where the
    question asks for no date. Table cells without a unit ("412,3") can be any amount."""
    if want is Want.date:
        return f.unit in ("datum", "år")
    if want is Want.year:
        return is_calendar_year(f)
    return of_the_kind_asked(want, f)


def best_fit(m: Model, rows: np.ndarray) -> float:
    """How well the best of a question's candidates fits it, in absolute terms: the largest
    w · x. The softmax only says which candidate fits best; this says whether any fits at all."""
    return float((((rows - m.mean) / m.scale) @ m.weights).max())


@lru_cache(maxsize=1)
def fit_floor() -> float:
    """The least `best_fit` of an answerable question: the fit the best candidate of all but 1 %
    of the written training figure questions clears, out of fold (`insyn.eval.fit_figures`)."""
    return float(json.loads(WEIGHTS.read_text(encoding="utf-8")).get("fit_floor", float("-inf")))


def fits_nothing(cands: list[Candidate], m: Model | None = None) -> bool:
    """Whether no figure of the top passages is what the question asks for: the passages are on
    its topic, but the best candidate fits it worse than the answers of nearly every training
    question fit theirs ("hur många ledamöter har nämnden" of a plan that never counts them,
    "how much did the project cost" of one that gives no cost). No candidates: not decided here."""
    return bool(cands) and best_fit(m or model(), np.array([c.features for c in cands], dtype=float)) < fit_floor()


def confident(scored: list[tuple[float, Candidate]], m: Model | None = None) -> bool:
    """Whether the best candidate is sure enough to be offered as the answer."""
    return bool(scored) and scored[0][0] >= (m or model()).threshold


def of_the_kind_asked(want: Want, f: Figure) -> bool:
    """Whether a figure can answer at all: a date or a year never answers a question asking for an
    amount, a share or a count ("Vad kostar en kubikmeter vatten?" is not answered by the day the
    tariff was adopted), however well its passage fits. The model weighs the unit among its
    features, and learns a mismatch from the training questions only as well as they show it
    (none of their headlines above the cut is one); this holds for every document. A question
    asking for a date or a year says so ("när", "vilket datum", "vilket år", "by what date"):
    one that does not is not answered by a date or a year either."""
    return not (want in (Want.money, Want.share, Want.tax, Want.count) and f.unit in ("datum", "år")
                or want is Want.share and not could_be_share(f)
                or want is Want.tax and not could_be_tax_rate(f)
                or want is Want.any and (f.unit == "datum" or is_calendar_year(f))
                or want is Want.year and not is_calendar_year(f))


def could_be_share(f: Figure) -> bool:
    """Whether a figure can be a share: one written as a share ("24 procent", a cell of a "%"
    column), or a bare number no larger than a whole (100); never an amount of money, and not a
    count of thousands ("174 530" visits is no share of them, however well its row fits)."""
    if f.unit == "procent":
        return True
    column = column_of(f).lower()
    if _OTHER_MEASURE.search(column) and not _SHARE_NAMED.search(column):
        return False  # a cell under "Median, veckor" or "Antal" counts weeks or things, not a share
    return f.unit not in MONEY and isinstance(f.value, (int, float)) and abs(f.value) <= 100


def could_be_tax_rate(f: Figure) -> bool:
    """Whether a figure can be a tax rate: a percentage, or kronor per hundred kronor of taxable
    income as Swedish budgets write it ("höjs från 22,14 kronor till 22,39 kronor"), or a bare
    cell; never more than a hundred, and never an amount in tkr or mnkr."""
    return f.unit in ("procent", "kr", "antal") and isinstance(f.value, (int, float)) and 0 <= f.value <= 100


_OTHER_MEASURE = re.compile(r"\b(veckor|dagar|timmar|månader|kr|tkr|mnkr|antal|st)\b")  # a column's unit that is no share
_SHARE_NAMED = re.compile(r"%|\b(procent|andel\w*)\b")


def is_calendar_year(f: Figure) -> bool:
    """A year ("2023", a table's column read as a cell), not a duration ("5,3 år")."""
    return f.unit == "år" and isinstance(f.value, (int, float)) and float(f.value).is_integer() and 1900 <= f.value <= 2100
