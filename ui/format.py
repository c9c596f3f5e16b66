"""Pure helpers for the app: number formatting, highlighting, source files. No Streamlit here."""

from __future__ import annotations

import html
import re
import unicodedata
from pathlib import Path

from insyn.ui.i18n import unit as unit_label

NBSP = "\u00a0"


def plain(text: object) -> str:
    """`text` for a Markdown element (st.warning, st.error) shown exactly as written: an inline
    code span, in which Markdown makes no link, image or emphasis and HTML stays text. Use it
    for everything a person typed or put in the address."""
    value = " ".join(str(text).split())
    fence = "`" * (max((len(r) for r in re.findall(r"`+", value)), default=0) + 1)
    pad = " " if value[:1] == "`" or value[-1:] == "`" else ""
    return f"{fence}{pad}{value}{pad}{fence}" if value else ""

# Words that say nothing about what a passage is about; never highlighted.
STOPWORDS = {
    "vad", "vilka", "vilket", "vilken", "hur", "stor", "stort", "store", "och", "för", "som", "har", "med",
    "till", "att", "den", "det", "de", "en", "ett", "på", "av", "om", "när", "mycket", "många", "finns",
    "enligt", "ska", "är", "var", "kan", "inom", "eller", "från", "the", "what", "which", "how", "are",
    "for", "does", "many", "much", "when", "who", "and", "was", "were", "has", "have", "with",
    "according", "that", "this", "from", "does", "vår", "våra", "sin", "sina", "dess", "alla",
}

_WORD = re.compile(r"[0-9A-Za-zÀ-ÖØ-öø-ÿ][0-9A-Za-zÀ-ÖØ-öø-ÿ\-]*")


def fold(s: str) -> str:
    """Lower-case without diacritics: 'Primärvård' -> 'primarvard'."""
    return "".join(c for c in unicodedata.normalize("NFD", s.lower()) if unicodedata.category(c) != "Mn")


def format_number(value: float, decimals: int | None = None) -> str:
    """Swedish style: 1466.5 -> '1 466,5' (no-break space between thousands)."""
    if decimals is None:
        decimals = 0 if float(value).is_integer() else (1 if abs(value) >= 100 else 2)
    text = f"{abs(value):,.{decimals}f}".replace(",", NBSP).replace(".", ",")
    if decimals and "," in text:
        text = text.rstrip("0").rstrip(",")
    return ("−" if value < 0 else "") + text


def format_figure(value: float | str, unit: str, lang: str) -> str:
    """A figure with its unit for display: '1 466,5 mnkr', '72 %', '2025-12-31'."""
    if isinstance(value, str):
        return value
    shown = format_number(value)
    label = unit_label(unit, lang)
    if unit == "datum" or not label:
        return shown
    return f"{shown}{NBSP}{label}"


def query_terms(question: str) -> list[str]:
    """The words of a question worth highlighting, as folded stems ('budgeten' -> 'budget')."""
    terms: list[str] = []
    for word in _WORD.findall(question):
        w = fold(word).strip("-")
        if len(w) < 3 or fold(word) in {fold(s) for s in STOPWORDS}:
            continue
        if not any(c.isdigit() for c in w) and len(w) > 6:
            w = w[: len(w) - 2]  # a crude stem: 'indikatorer' also finds 'indikator'
        if w not in terms:
            terms.append(w)
    return terms


def highlight(text: str, question: str) -> str:
    """`text` as safe HTML with every word that starts with a question term in <mark>.

    The text is escaped first, so nothing in a source can inject markup.
    """
    safe = html.escape(text, quote=True)
    terms = query_terms(question)
    if not terms:
        return safe
    out, last = [], 0
    for m in _WORD.finditer(safe):
        # skip the names inside entities such as &amp; or &#x27;
        if m.start() > 0 and safe[m.start() - 1] in "&#":
            continue
        if any(fold(m.group()).startswith(term) for term in terms):
            out.append(safe[last : m.start()])
            out.append(f"<mark>{m.group()}</mark>")
            last = m.end()
    out.append(safe[last:])
    return "".join(out)


def source_file(path: str, index_dir: Path | None = None) -> Path | None:
    """The source file on disk for a document's recorded path, or None when it is gone."""
    p = Path(path)
    candidates = [p] if p.is_absolute() else [Path.cwd() / p] + ([index_dir.parent / p] if index_dir else [])
    for c in candidates:
        if c.is_file():
            return c.resolve()
    return None


def is_pdf(name: str) -> bool:
    return name.lower().endswith(".pdf")


def short(text: str, n: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"
