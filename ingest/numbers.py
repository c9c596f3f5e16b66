"""Swedish number parsing and splitting of space-separated number runs.

Swedish documents write `1 466,5` (space as thousands separator, comma as decimal mark), and
tables put cells side by side with the same single space: `204 801 150 000` is two cells,
204 801 and 150 000. `split_run` decides where one number ends and the next begins:

* a number is a leading group of 1-3 digits (or one group of any length without separators,
  e.g. `1500` or `2025`) followed by groups of exactly 3 digits; only the last group may carry
  a decimal part (`,5`) and a leading group never starts with `0` unless it is `0`;
* a sign (`-`, `−`, `–`, also `- 6 279` with a space) always starts a new number;
* each split costs the differences in digit count between neighbouring numbers (cells of a
  row have similar magnitudes; a `0` cell fits any column), plus 2 per group beyond two in
  one number (>= 1 000 000 is rare in a cell); the cheapest split wins, then the shortest;
* when the caller knows the column count `k` (a table row), each number more or fewer than
  `k` costs 2 (so `508 519 527 543` with k=4 is four cells, but a row with an empty cell
  is not forced into `k` numbers);
* without `k` each extra number costs 0.5, so `3 500 000` stays one number but
  `204 801 150 000` becomes two.
  Two 3-digit groups (`706 800`) stay one number without `k`: only the column count can say.

A digit group longer than `MAX_DIGITS` (an account number, an identifier, a 400-digit string)
is not a figure: it is no token and ends the run it is in, so nothing downstream meets a value
that a float cannot hold.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

MINUS_CHARS = "-−–"
MAX_DIGITS = 15  # a float holds 15 significant digits exactly; no amount in a document has more
_NUM_RE = re.compile(r"^([-−–]\s?)?(\d+(?:[ \u00a0\u202f]\d{3})*)(?:,(\d+))?$")

# One token of a run: optional sign, a digit group, optional decimals.
TOKEN_RE = re.compile(r"(?<![\w,.])([-−–] ?)?(\d+)(?:,(\d+))?(?![\w])")


def parse_swedish_number(s: str) -> float | None:
    """Parse one Swedish-formatted number: `1 466,5` -> 1466.5, `−335` -> -335.0, `12` -> 12.0.

    Accepts an optional sign (also with one space after it), spaces/no-break spaces as
    thousands separators and a comma (or a single dot before 1-2 digits) as decimal mark.
    Returns None when `s` is not a single number.
    """
    t = s.strip().rstrip("%").strip()
    if not t:
        return None
    m = _NUM_RE.match(t)
    if m is None:
        m2 = re.match(r"^([-−–]\s?)?(\d+)\.(\d{1,2})$", t)
        if m2 is None:
            return None
        sign, whole, dec = m2.group(1), m2.group(2), m2.group(3)
    else:
        sign, whole, dec = m.group(1), m.group(2), m.group(3)
    digits = re.sub(r"\D", "", whole)
    if len(digits) > MAX_DIGITS:
        return None
    value = float(digits + ("." + dec[:MAX_DIGITS] if dec else ""))
    return -value if sign else value


@dataclass(frozen=True, slots=True)
class Token:
    """A digit group in a run, with offsets into the text it came from."""

    start: int
    end: int
    sign: bool
    digits: str
    decimals: str | None


@dataclass(frozen=True, slots=True)
class Number:
    """A number assembled from one or more tokens."""

    start: int
    end: int
    value: float
    groups: int


def tokens_in(text: str, start: int = 0, end: int | None = None) -> list[list[Token]]:
    """Find digit tokens in text[start:end] and group them into runs.

    A run is a maximal sequence of tokens separated by exactly one space (or no-break space);
    a decimal part ends the run's current number but not the run.
    """
    end = len(text) if end is None else end
    runs: list[list[Token]] = []
    current: list[Token] = []
    for m in TOKEN_RE.finditer(text, start, end):
        if len(m.group(2)) > MAX_DIGITS:  # not a figure: it ends the run
            if current:
                runs.append(current)
            current = []
            continue
        sign = m.group(1)
        s = m.start()
        if sign:
            prev = text[s - 1] if s > 0 else " "
            if not (prev.isspace() or prev in "(:"):  # "2024-12" or "hälso-" is not a sign
                s = m.start(2)
                sign = None
            elif " " in sign and current and text[current[-1].end:s] == " ":
                # "1 200 - 300" inside a run could be a range; keep as signed cell only in tables
                pass
        tok = Token(s, m.end(), bool(sign), m.group(2), m.group(3) and m.group(3)[:MAX_DIGITS])
        if current and text[current[-1].end:tok.start] in (" ", "\u00a0", "\u202f"):
            current.append(tok)
        else:
            if current:
                runs.append(current)
            current = [tok]
    if current:
        runs.append(current)
    return runs


def _can_start(t: Token) -> bool:
    return not (len(t.digits) > 1 and t.digits.startswith("0")) or t.decimals is not None


def numbers_options(run: tuple[Token, ...]) -> list[list[tuple[int, int]]]:
    """All ways to cut a run into numbers, as lists of (first, last) token index pairs."""
    n = len(run)

    @lru_cache(maxsize=None)
    def from_(i: int) -> tuple[tuple[tuple[int, int], ...], ...]:
        if i == n:
            return ((),)
        first = run[i]
        if not _can_start(first):
            return ()
        out: list[tuple[tuple[int, int], ...]] = []
        # single token number (any length)
        for rest in from_(i + 1):
            out.append(((i, i),) + rest)
        if len(first.digits) <= 3 and first.decimals is None and first.digits != "0":
            j = i + 1
            while j < n and len(run[j].digits) == 3 and not run[j].sign and len(first.digits) + 3 * (j - i) <= MAX_DIGITS:
                for rest in from_(j + 1):
                    out.append(((i, j),) + rest)
                if run[j].decimals is not None:
                    break
                j += 1
        return tuple(out)

    return [list(o) for o in from_(0)]


def _to_number(run: tuple[Token, ...], a: int, b: int) -> Number:
    digits = "".join(t.digits for t in run[a:b + 1])
    dec = run[b].decimals
    value = float(digits + ("." + dec if dec else ""))
    return Number(run[a].start, run[b].end, -value if run[a].sign else value, b - a + 1)


def split_run(run: list[Token], k: int | None = None) -> list[Number]:
    """Cut a run of digit tokens into numbers (see the module docstring for the rules).

    `k` is the expected number of cells (table column count) or None. Runs longer than 16 tokens are cut greedily.
    """
    tup = tuple(run)
    if len(tup) > 16:
        return [_to_number(tup, i, i) for i in range(len(tup))]
    options = numbers_options(tup)
    if not options:
        return [_to_number(tup, i, i) for i in range(len(tup))]

    @lru_cache(maxsize=None)
    def number(a: int, b: int) -> Number:  # each span is read once, however many cuts share it
        return _to_number(tup, a, b)

    def cost(opt: list[tuple[int, int]]) -> tuple[float, int]:
        nums = [number(a, b) for a, b in opt]
        lens = [len(str(int(abs(x.value)))) if x.value else 0 for x in nums]
        c = float(sum(abs(lens[i] - lens[i + 1]) for i in range(len(lens) - 1)
                      if lens[i] and lens[i + 1]))  # a zero cell fits any column
        c += 2.0 * sum(x.groups - 2 for x in nums if x.groups >= 3)
        c += 0.5 * (len(nums) - 1) if k is None else 2.0 * abs(len(nums) - k)
        return (c, len(nums))

    best = min(options, key=cost)
    return [number(a, b) for a, b in best]
