"""Headings and the section tree of a document's text.

Numbered headings (`3.1 Uppdrag från fullmäktige till nämnd`) are accepted only when their
number follows the one before it (a child, the next sibling or an ancestor's next sibling),
which keeps running page headers (`16 Regionplan 2025–2027`) and table rows that start with
a number out of the tree. Unnumbered headings (`Sammanfattning`, `Rekommendationer`) are
short title-like lines standing alone; they nest under the current numbered heading.
Table-of-contents lines (dot leaders) are dropped before anything else sees them.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from insyn.ingest.table_types import STATUS_RE  # a status cell ("Pågående") is never a heading

TOC_LINE = re.compile(r"(\.{3,}|…{2,}|(\. ){3,})\s*\d{1,3}\s*$")
NUMBERED = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2}){0,4})\.?[ \t\u00a0]+(\S.{1,118}?)\s*$")
_TERMINAL = ".,;:!?"
_MAX_HEADING_WORDS = 14


@dataclass(frozen=True, slots=True)
class Heading:
    start: int  # offset of the heading line in the text
    end: int  # offset just after the heading line
    number: tuple[int, ...] | None
    title: str
    path: str  # e.g. "3 Uppdrag > 3.1 Uppdrag från fullmäktige till nämnd"


@dataclass(frozen=True, slots=True)
class Section:
    """The body of one section: text[start:end] below its heading."""

    start: int
    end: int
    path: str


def drop_toc_lines(text: str) -> str:
    """Blank out table-of-contents lines, keeping every other offset where it was."""
    out = []
    for line in text.splitlines(keepends=True):
        if TOC_LINE.search(line.rstrip("\n")):
            out.append(" " * (len(line) - 1) + "\n" if line.endswith("\n") else " " * len(line))
        else:
            out.append(line)
    return "".join(out)


def _follows(prev: tuple[int, ...] | None, cand: tuple[int, ...]) -> bool:
    """Whether `cand` can be the next heading number after `prev`."""
    if prev is None:
        return cand[0] <= 3 and all(n <= 2 for n in cand[1:])
    if len(cand) == len(prev) + 1 and cand[:-1] == prev and cand[-1] <= 2:
        return True
    for depth in range(min(len(prev), len(cand)), 0, -1):
        if cand[: depth - 1] == prev[: depth - 1] and 0 < cand[depth - 1] - prev[depth - 1] <= 2:
            return all(n <= 2 for n in cand[depth:])
    return False


def _is_title(title: str, numbered: bool = False) -> bool:
    if not title or not (title[0].isupper() or title[0].isdigit()):
        return False
    if title[-1] in _TERMINAL and not title.endswith("?") and not (numbered and title.endswith(":")):
        return False
    numbers = re.findall(r"(?<![\w-])\d+(?:[ ,.]\d+)*(?![\w-])", title)
    if sum(not re.fullmatch(r"(19|20)\d\d", n) for n in numbers) >= 3:  # a table row, not a title
        return False
    if numbered and (re.match(r"^[A-ZÅÄÖ]\s", title) or any(
            len(n.replace(" ", "")) >= 3 and not re.fullmatch(r"(19|20)\d\d", n) for n in numbers)):
        return False  # "1 P 6289 Utrustning ...": a numbered table row (status letter, project code, amounts)
    letters = sum(c.isalpha() for c in title)
    return letters >= 3 and letters >= 0.6 * len(title.replace(" ", "")) and len(title.split()) <= _MAX_HEADING_WORDS


def _running_titles(lines: list[str]) -> set[str]:
    """Titles that stand beside a changing page number on many lines: running headers."""
    numbers_by_title: dict[str, set[str]] = {}
    for line in lines:
        m = re.match(r"^\s*(\d{1,3})\s+(\S.*?)\s*$", line) or re.match(r"^\s*(\S.*?)\s+(\d{1,3})\s*$", line)
        if m:
            num, title = (m.group(1), m.group(2)) if m.group(1).isdigit() else (m.group(2), m.group(1))
            numbers_by_title.setdefault(title, set()).add(num)
    return {t for t, nums in numbers_by_title.items() if len(nums) >= 3}


def _standalone(lines: list[str], i: int) -> bool:
    """An unnumbered heading stands alone between a finished sentence and a prose paragraph."""
    prev = lines[i - 1].strip() if i > 0 else ""
    if prev and prev[-1] not in ".!?:":
        return False
    paragraph: list[str] = []
    for line in lines[i + 1 : i + 12]:
        if not line.strip():
            if paragraph:
                break
            continue
        paragraph.append(line.strip())
    body = " ".join(paragraph)
    return len(body) >= 60 and body[0].isupper() and (". " in body or body.endswith("."))


def find_headings(text: str) -> list[Heading]:
    """The headings of `text` (TOC lines already dropped) with their heading paths."""
    lines = text.splitlines(keepends=True)
    bare = [l.rstrip("\n") for l in lines]
    running = _running_titles(bare)
    headings: list[Heading] = []
    stack: list[tuple[tuple[int, ...] | None, str]] = []  # (number, label)
    last_number: tuple[int, ...] | None = None
    offset = 0
    for i, line in enumerate(bare):
        start, offset = offset, offset + len(lines[i])
        stripped = line.strip()
        if not stripped:
            continue
        m = NUMBERED.match(line)
        if m and m.group(2).strip() not in running:
            number = tuple(int(n) for n in m.group(1).split("."))
            title = re.sub(r"\s+", " ", m.group(2)).strip()
            if _is_title(title, numbered=True) and _follows(last_number, number):
                last_number = number
                stack = [(n, lbl) for n, lbl in stack if n is not None and len(n) < len(number) and number[: len(n)] == n]
                stack.append((number, f"{m.group(1)} {title}"))
                headings.append(Heading(start, offset, number, title, " > ".join(lbl for _, lbl in stack)))
                continue
        if (
            not m
            and len(stripped) <= 80
            and stripped not in running
            and not STATUS_RE.match(stripped)
            and _is_title(stripped)
            and not re.search(r"\d{3}|%|\|", stripped)
            and _standalone(bare, i)
        ):
            stack = [(n, lbl) for n, lbl in stack if n is not None]
            stack.append((None, stripped))
            headings.append(Heading(start, offset, None, stripped, " > ".join(lbl for _, lbl in stack)))
    return headings


def split_sections(text: str) -> list[Section]:
    """Cut `text` into section bodies, each with its heading path ("" before the first heading)."""
    headings = find_headings(text)
    sections: list[Section] = []
    cursor, path = 0, ""
    for h in headings:
        if text[cursor : h.start].strip():
            sections.append(Section(cursor, h.start, path))
        cursor, path = h.end, h.path
    if text[cursor:].strip():
        sections.append(Section(cursor, len(text), path))
    return sections


def heading_counts(text: str) -> Counter[str]:
    """How many headings of each depth: a quick look at what the parser saw."""
    return Counter(str(len(h.number)) if h.number else "unnumbered" for h in find_headings(text))
