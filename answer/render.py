"""The answer text (Swedish or English frame around quotes) and its terminal rendering."""

from __future__ import annotations

from insyn.answer.question import Intent, Question
from insyn.contract import AskResponse
from insyn.index.search import Hit
from insyn.ingest.table_ekonomi import described as economy_row
from insyn.types import Figure, Record

_FRAMES = {
    "sv": {"rows": "{n} rader matchar:", "more": "… och {n} till.", "figure": "{label}: {text} ({where}).",
           "quote": "Enligt {where}: ”{quote}”", "page": "s. {page}", "none": "Dokumenten besvarar inte frågan."},
    "en": {"rows": "{n} matching rows:", "more": "… and {n} more.", "figure": "{label}: {text} ({where}).",
           "quote": "According to {where}: “{quote}”", "page": "p. {page}", "none": "The documents do not answer this."},
}
MAX_LISTED = 12


def _where(title: str, doc: str, page: int | None, lang: str) -> str:
    page_txt = (", " + _FRAMES[lang]["page"].format(page=page)) if page else ""
    return f"{title or doc}{page_txt}"


def _first_sentence(text: str, limit: int = 260) -> str:
    for end in (". ", "? ", "! "):
        i = text.find(end)
        if 40 <= i <= limit:
            return text[: i + 1]
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


def _sentence_with(text: str, needle: str) -> str:
    i = text.find(needle)
    if i < 0:
        return _first_sentence(text)
    stop = text.rfind(". ", 0, i)
    start = stop + 2 if stop >= 0 else 0
    end = text.find(". ", i)
    return text[start : end + 1 if end > 0 else len(text)].strip()


def described(r: Record) -> str:
    """A row for an answer: an economy row names each value's column, as the page's header
    does (`table_ekonomi.described`); other rows as written."""
    return economy_row(r.fields) if r.type == "ekonomi" and "label" in r.fields else r.text


def compose(question: Question, lang: str, figures: list[Figure], records: list[Record], hits: list[Hit]) -> str:
    frame = _FRAMES["en" if lang == "en" else "sv"]
    lang = "en" if lang == "en" else "sv"
    if records:
        lines = [frame["rows"].format(n=len(records))]
        lines += [f"- {described(r)} ({_where('', r.doc, r.page, lang)})" for r in records[:MAX_LISTED]]
        if len(records) > MAX_LISTED:
            lines.append(frame["more"].format(n=len(records) - MAX_LISTED))
        return "\n".join(lines)
    top = hits[0].chunk
    if question.intent is Intent.figure and figures:
        f = figures[0]
        source = next((h.chunk for h in hits if any(x.text == f.text and x.doc == f.doc for x in h.chunk.figures)), None)
        if source is not None:
            quote = _sentence_with(source.text, f.text)
            return frame["quote"].format(where=_where(source.title, source.doc, f.page, lang), quote=quote)
        return frame["figure"].format(label=f.label, text=f.text, where=_where("", f.doc, f.page, lang))
    return frame["quote"].format(where=_where(top.title, top.doc, top.page, lang), quote=_first_sentence(top.text))


def render_text(res: AskResponse) -> str:
    """The answer for a terminal: answer, key figure, rows, then the sources."""
    if not res.found:
        return _FRAMES["en" if res.lang == "en" else "sv"]["none"]
    out = [res.answer, ""]
    if res.figures and not res.records and res.intent == "figure":
        f = res.figures[0]
        out.append(f"Nyckeltal: {f.value} {f.unit}  ({f.label})")
        out.append("")
    out.append("Källor:")
    for i, c in enumerate(res.citations, start=1):
        page = f", s. {c.page}" if c.page else ""
        out.append(f"  {i}. {c.title} ({c.doc}{page}) — {c.section}")
    return "\n".join(out)
