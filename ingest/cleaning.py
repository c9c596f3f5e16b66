"""Text clean-up for extracted page text: hyphenation, running headers/footers, whitespace.

Pure functions on strings, no I/O. They keep line breaks, because later stages find headings
and table rows by lines. The order used by `insyn.ingest.pdf` is
`strip_running_lines` (per document) -> `join_hyphenation` -> `normalise_whitespace` (per page).

Hyphenation rules (each from a real phrase in the Göteborg/Simrishamn sample PDFs):

- lowercase "-" newline lowercase: a word split at a line end, joined without the hyphen
  ("revis-\\nionsredogörelse" -> "revisionsredogörelse",
  "ägar- \\ndirektivet" -> "ägardirektivet");
- InDesign's discretionary hyphen with a space before it, "grund -\\nläggande" -> "grundläggande";
- soft hyphen (U+00AD) at a line end: joined;
- kept as a real hyphen, joined without space: after digits ("2022-12-\\n13", "2000- \\ntalet"),
  after an all-caps abbreviation ("IT-\\nsäkerhet", "N609-\\n4635/23") or a known lowercase one
  ("va-\\ntaxan", "e-\\ntjänster");
- left alone: the next word is a conjunction (coordination "hälso-\\noch sjukvård",
  "finansierings- \\noch likviditetsprocess") or starts with a capital letter or anything else
  ("tunnlar- \\nGryaab AB", a cut-off sentence).

A joined word is completed on the first line and the line break moves after it, so the number
of lines stays the same.
"""

from __future__ import annotations

import math
import re
import unicodedata

__all__ = ["join_hyphenation", "strip_running_lines", "normalise_whitespace"]

# Lowercase abbreviations that are written with a hyphen in compounds ("va-taxan").
_LOWER_ABBREVIATIONS = frozenset({
    "va", "e", "tv", "it", "sms", "ip", "pdf", "gdpr", "lss", "sfi", "hbtq", "hbtqi", "wifi",
    "cv", "pc", "eu", "fn",
})
# A following word that makes the hyphen a coordination ("hälso- och sjukvård").
_CONJUNCTIONS = frozenset({
    "och", "eller", "samt", "respektive", "resp", "alternativt", "alt", "liksom", "som", "men",
    "and", "or", "&",
})
_LETTERS = "A-Za-zÅÄÖåäöÉéÜüÆæØø"

# word, optional space (InDesign "grund -"), hyphen, optional trailing blanks, newline,
# optional leading blanks, the next token, and what follows it.
_HYPHEN_BREAK = re.compile(
    rf"(?P<word>[{_LETTERS}0-9/().]*[{_LETTERS}0-9])(?P<space>[ \t]?)[-\u2010](?P<trail>[ \t]*)\n"
    r"[ \t]*(?P<next>[^\s]+)(?:[ \t]*(?=\n|\Z)|(?P<after>[ \t]+))"
)
_SOFT_HYPHEN_BREAK = re.compile(
    r"\u00ad[ \t]*\n[ \t]*(?P<next>[^\s]+)(?:[ \t]*(?=\n|\Z)|(?P<after>[ \t]+))"
)


def _joined(start: str, next_token: str, after: str | None) -> str:
    """The rest of the broken word appended to the first line, the line break after it."""
    return f"{start}{next_token}" + ("\n" if after else "")


def _hyphen_replacement(match: re.Match[str]) -> str:
    word, space, trail = match["word"], match["space"], match["trail"]
    next_token, after = match["next"], match["after"]
    next_word = re.match(rf"[{_LETTERS}0-9&]*", next_token)
    next_word_text = next_word.group(0) if next_word else ""
    last = re.search(rf"[{_LETTERS}0-9]+$", word)
    last_part = last.group(0) if last else ""
    if not next_word_text or next_word_text.lower() in _CONJUNCTIONS:
        return match.group(0)
    if not (next_word_text[0].islower() or next_word_text[0].isdigit()):
        return match.group(0)  # "tunnlar- \nGryaab": a capital starts something new
    if space:  # InDesign "grund -\nläggande": only between lowercase word pieces
        if trail or len(last_part) < 2 or not (last_part.isalpha() and last_part.islower()):
            return match.group(0)
        return _joined(word, next_token, after)
    keep_hyphen = (
        last_part[-1:].isdigit()
        or (last_part.upper() == last_part and any(c.isalpha() for c in last_part))
        or last_part.lower() in _LOWER_ABBREVIATIONS
    )
    if keep_hyphen:
        return _joined(f"{word}-", next_token, after)
    if last_part[-1:].islower() and next_word_text[0].islower():
        return _joined(word, next_token, after)
    return match.group(0)


def join_hyphenation(text: str) -> str:
    """Join words hyphenated across line breaks; keep real hyphens (see module docstring)."""
    text = _SOFT_HYPHEN_BREAK.sub(lambda m: _joined("", m["next"], m["after"]), text)
    return _HYPHEN_BREAK.sub(_hyphen_replacement, text)


def joined_name(name: str) -> str:
    """A table column's name whose lines were joined with a space, its words hyphenated across
    those lines joined again ("Personal- omsättning, %": "Personalomsättning, %"; "Barn- och
    utbildning" keeps its hyphen)."""
    if "- " not in name:
        return name
    return join_hyphenation(re.sub(r"(?<=\w)- (?=\w)", "-\n", name)).replace("\n", " ")


# ---------------------------------------------------------------------------------------------
# Running headers and footers

_EDGE_LINES = 3  # how many non-blank lines at the top and at the bottom are candidates
_PAGE_OF = re.compile(r"\d+\s?\(\d+\)")  # "3 (26)": page n of m, Swedish style
_PAGE_WORD = re.compile(r"(?i)\b(?:sida|sid|page|s\.)\s*\d+")  # "SID 4", "Sida 4 av 10"
_LONE_PAGE_MARK = re.compile(
    r"(?i)\d{1,4}\s?\(\s?\d{1,4}\s?\)"  # 3 (26)
    r"|(?:sida|sid|s\.|page|p\.)\s*\d{1,4}(?:\s*(?:\(\s?\d{1,4}\s?\)|(?:av|of|/)\s*\d{1,4}))?"
    r"|\d{1,4}\s+(?:av|of)\s+\d{1,4}"  # 4 av 10
    r"|[-–]\s*\d{1,4}\s*[-–]"  # - 4 -
)


_TRAILING_NUMBER = re.compile(r"(.*[^\W\d_].*?)\s+(\d{1,4})")  # words, then a number alone at the end


def _line_key(line: str) -> str:
    """A line with digit runs replaced by '#' and whitespace collapsed, for comparison."""
    return re.sub(r"\s+", " ", re.sub(r"\d+", "#", line)).strip().casefold()


def _edge_indices(lines: list[str]) -> tuple[list[int], list[int]]:
    """Indices of the first and last `_EDGE_LINES` non-blank lines."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return filled[:_EDGE_LINES], filled[-_EDGE_LINES:]


def is_page_mark(line: str) -> bool:
    """ "3 (26)", "Sida 4 av 10", "4 av 10", "- 4 -": a page number with a mark around it."""
    return bool(_LONE_PAGE_MARK.fullmatch(line.strip()))


def _bare_number(line: str) -> bool:
    text = line.strip()
    return bool(re.fullmatch(r"\d{1,4}", text)) and int(text) > 0


def strip_running_lines(pages: list[str]) -> list[str]:
    """Remove running headers/footers and page numbers; returns one string per input page.

    Candidates are the first and the last three non-blank lines of each page. One goes when
    it occurs among those lines on at least half of the pages (and at least 3 pages): as it
    is, or with its digits replaced by a placeholder if it holds a page mark ("SID 4"); with a
    "n (m)" mark ("Granskning av nämnden 2 (29)") 2 pages suffice. Page marks on their own
    ("3 (26)", "Sida 4 av 10", "- 4 -") always go. A bare number ("12") as a page's first
    (last) line goes when at least half of the pages, and at least 2, start (end) with one,
    so that a table's last cell is not taken for a page number.
    """
    split = [page.split("\n") for page in pages]
    edges = [_edge_indices(lines) for lines in split]
    counts: dict[str, int] = {}
    exact: dict[str, int] = {}
    for lines, (top, bottom) in zip(split, edges):
        for key in {_line_key(lines[i]) for i in top + bottom}:
            counts[key] = counts.get(key, 0) + 1
        for text in {re.sub(r"\s+", " ", lines[i]).strip() for i in top + bottom}:
            exact[text] = exact.get(text, 0) + 1
    threshold = max(3, math.ceil(len(pages) / 2))
    # a title with the page's number after it ("Personalredovisning 2025 7"): the title repeats, the
    # number differs from page to page
    numbered: dict[str, set[str]] = {}
    for lines, (top, bottom) in zip(split, edges):
        for i in top[:1] + bottom[-1:]:  # the page's first or last line
            if m := _TRAILING_NUMBER.fullmatch(re.sub(r"\s+", " ", lines[i]).strip()):
                numbered.setdefault(m.group(1).casefold(), set()).add(m.group(2))
    bare_needed = max(2, math.ceil(len(pages) / 2))
    bare_top = sum(1 for ls, (t, _) in zip(split, edges) if t and _bare_number(ls[t[0]]))
    bare_bottom = sum(1 for ls, (_, b) in zip(split, edges) if b and _bare_number(ls[b[-1]]))

    def running(line: str, edge: bool = False) -> bool:
        key = _line_key(line)
        if not re.search(r"[^\W\d_]", key):  # no letters: left to the page-number rules
            return False
        m = _TRAILING_NUMBER.fullmatch(re.sub(r"\s+", " ", line).strip())
        if edge and m and len(numbered.get(m.group(1).casefold(), ())) >= threshold:
            return True
        if _PAGE_OF.search(line):
            return counts.get(key, 0) >= 2
        if "#" not in key or _PAGE_WORD.search(line):
            return counts.get(key, 0) >= threshold
        # other digits must repeat as they are ("Stadsrevisionen 2025-03-25"), so that
        # numbered body lines ("Avsnitt 3") are not taken for running lines
        return exact.get(re.sub(r"\s+", " ", line).strip(), 0) >= threshold

    result = []
    for lines, (top, bottom) in zip(split, edges):
        drop: set[int] = set()
        for window, bare_pages in ((top, bare_top), (bottom[::-1], bare_bottom)):
            for rank, i in enumerate(window):
                bare = (rank == 0 and bare_pages >= bare_needed and _bare_number(lines[i])
                        and int(lines[i]) <= len(pages) + 20)
                if bare or running(lines[i], rank == 0) or is_page_mark(lines[i]):
                    drop.add(i)
        result.append("\n".join(line for i, line in enumerate(lines) if i not in drop))
    return result


# ---------------------------------------------------------------------------------------------
# Whitespace and characters

_CHAR_MAP = {
    "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u202f": " ", "\u200a": " ", "\u2002": " ",
    "\u2003": " ", "\u2004": " ", "\u2005": " ", "\u2006": " ", "\u2008": " ", "\u3000": " ",
    "\u00ad": "", "\u200b": "", "\u200c": "", "\u200d": "", "\ufeff": "", "\u2060": "",
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
    "\ufb05": "st", "\ufb06": "st", "\r\n": "\n", "\r": "\n", "\f": "\n", "\v": "\n",
    "\u2028": "\n", "\u2029": "\n",
}
_CHAR_RE = re.compile("|".join(re.escape(k) for k in sorted(_CHAR_MAP, key=len, reverse=True)))
# InDesign's dot leaders come out as runs of U+0008: they become dot leaders again, so a contents
# line reads as one ("Förord av ordförande ..... 1"). Other control characters become a space.
_LEADER_RUN = re.compile(r"[ \t]*\x08{3,}[ \t]*")
_CONTROL_RUN = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]+")


def normalise_whitespace(text: str) -> str:
    """Collapse spaces, strip line ends, allow one blank line in a row; keep line breaks.

    Also: no-break and thin spaces become spaces, soft hyphens and zero-width characters go,
    ligatures (ﬁ ﬂ ﬀ ﬃ ﬄ) are expanded, control characters become a space, NFC.
    """
    text = _CHAR_RE.sub(lambda m: _CHAR_MAP[m.group(0)], text)
    text = _CONTROL_RUN.sub(" ", _LEADER_RUN.sub(" ..... ", unicodedata.normalize("NFC", text)))
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if not line and (not out or not out[-1]):
            continue  # no leading blank lines, at most one blank line in a row
        out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)


# A font that draws its full stop with a glyph that has no Unicode mapping gives U+FFFD for every
# "." of the document: at word ends ("taxa\ufffd"), between digits ("5\ufffd1") and in dot leaders.
_LOST_STOP = re.compile(r"[\w)%]\ufffd(?=\s|$)|\d\ufffd\d", re.M)
_INSIDE_WORD = re.compile(r"[^\W\d_]\ufffd[^\W\d_]")


def lost_full_stop(pages: list[str]) -> bool:
    """Whether U+FFFD stands for the full stop in these pages: it ends words and parts section numbers
    more often than a real "." occurs, and rarely stands inside a word (where a lost letter would)."""
    text = "\n".join(pages)
    stops = len(_LOST_STOP.findall(text))
    return stops >= 5 and stops > text.count(".") and 4 * len(_INSIDE_WORD.findall(text)) < stops


def restore_full_stop(text: str) -> str:
    """The text with its U+FFFD read as full stops (for a document where `lost_full_stop` holds)."""
    return text.replace("\ufffd", ".")
