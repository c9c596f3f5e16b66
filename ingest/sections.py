"""Headings and the section tree of a document's text.

Numbered headings (`3.1 Uppdrag från fullmäktige till nämnd`) are accepted only when their
number follows the one before it (a child, the next sibling or an ancestor's next sibling) and
is written the same way (`04` never follows `2`), which keeps running page headers
(`16 Regionplan 2025–2027`), table rows that start with a number and goal codes (`04 Hav och
marina resurser`, `08 Hållbart samhällsbyggande` in a goals table) out of the tree. A numbered
line is not a heading either when it is the first line of a sentence (a list item or footnote
whose text runs on into a full stop: `1. Att verka för ... kunskapsförmedling och` / `fri
åsiktsbildning.`) or an item of a numbered list (right next to its sibling, nothing between).
Unnumbered headings (`Sammanfattning`, `Rekommendationer`) are short title-like lines standing
alone, or lines the document's own table of contents lists (`Bidrag`, `Driftredovisning`, also
when wrapped over two lines); they nest under the current numbered heading. A column header
row repeated down the document (`Aktivitet Status Färdiggrad`) is not one.
Table-of-contents lines (dot leaders, and the first line of an entry wrapped onto them) are
dropped before anything else sees them.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from insyn.ingest.table_types import STATUS_RE  # a status cell ("Pågående") is never a heading

TOC_LINE = re.compile(r"(\.{3,}|…{2,}|(\. ){3,})\s*\d{1,3}\s*$")
NUMBERED = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2}){0,4})\.?[ \t\u00a0]+(\S.{1,118}?)\s*$")
# A paragraph of minutes or of a regulation, "§ 26 Fördelning av medel ur bygdefonden": a section of
# its own, its numbers rising through the document, under which "Ärendebeskrivning" and "Beslut" stand
PARAGRAPH = re.compile(r"^\s*§\s?(\d{1,4})[ \t\u00a0]+(\S.{1,118}?)\s*$")
_TERMINAL = ".,;:!?"
_MAX_HEADING_WORDS = 14
# A line ending in one of these words runs on: "... kunskapsförmedling och" / "fri åsiktsbildning.";
# also as OCR that lost å/ä/ö writes them ("Strategin nu skickad for beredning i namnder infor")
_OPEN_END = re.compile(r"(?<!\S)(och|samt|eller|av|för|for|i|med|till|om|på|pa|som|inom|vid|mot|från|fran|att"
                       r"|inför|infor)$")
# an assessment cell on a line of its own ("Delvis uppfyllt", "Ej uppnått", "Uppfyllt"): no heading
_ASSESSMENT = re.compile(r"(?i)(?:delvis|ej|inte|helt)?\s*(?:uppfyll[dt]a?|uppn[åa](?:tt|dd|dda)|godk[äa]n[dt]|"
                         r"underk[äa]n[dt]|tillfredsst[äa]llande|otillfredsst[äa]llande)")
_SENTENCE_BREAK = re.compile(r"[a-zåäö)][.!?]\s+[A-ZÅÄÖ]")


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


def _toc_wrapped(bare: list[str], i: int) -> bool:
    """Whether line i is the first line of a table-of-contents entry wrapped onto the next line
    ("2.2.2 Årlig uppföljning av aktiva åtgärder och systematiskt" / "arbetsmiljöarbete ..... 6")."""
    if i + 1 >= len(bare) or not bare[i].strip() or TOC_LINE.search(bare[i]) or not TOC_LINE.search(bare[i + 1]):
        return False
    if NUMBERED.match(bare[i + 1]):  # the next line is an entry of its own
        return False
    return bool(NUMBERED.match(bare[i])) or (i > 0 and bool(TOC_LINE.search(bare[i - 1])))


def drop_toc_lines(text: str) -> str:
    """Blank out table-of-contents lines, keeping every other offset where it was."""
    lines = text.splitlines(keepends=True)
    bare = [line.rstrip("\n") for line in lines]
    out = []
    for i, line in enumerate(lines):
        if TOC_LINE.search(bare[i]) or _toc_wrapped(bare, i):
            out.append(" " * (len(line) - 1) + "\n" if line.endswith("\n") else " " * len(line))
        else:
            out.append(line)
    return "".join(out)


def toc_titles(text: str) -> frozenset[str]:
    """The unnumbered titles the table of contents lists (read before `drop_toc_lines`), in
    `_key` form; an entry wrapped over two lines is joined."""
    bare = text.splitlines()
    titles = set()
    for i, line in enumerate(bare):
        m = TOC_LINE.search(line)
        if not m:
            continue
        title = line[: m.start()].strip()
        if i > 0 and _toc_wrapped(bare, i - 1):
            title = f"{bare[i - 1].strip()} {title}"
        if title and not NUMBERED.match(title):
            titles.add(_key(title))
    return frozenset(titles)


def _key(title: str) -> str:
    return re.sub(r"\s+", " ", title).strip().casefold()


def _padded(number: str) -> bool:
    """A number written with a leading zero (`04`): a code, unless the headings are all written so."""
    return len(number.split(".")[0]) > 1 and number.startswith("0")


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


def _continuation(title: str, following: str) -> str:
    """The next line when it continues `title`, else "": the title ends in "och", "för", ...,
    or the next line starts in lower case and is no longer than the title line (a line wraps
    only when full: "1 Inledning" is not continued by the long paragraph under it)."""
    nxt = following.strip()
    if nxt and (_OPEN_END.search(title) or (nxt[0].islower() and len(nxt) <= 1.2 * len(title))):
        return nxt
    return ""


def _join(title: str, continuation: str) -> str:
    """A title and its next line as one ("agerar som en samman-" + "hållande kraft" is one word)."""
    if re.search(r"\w-$", title) and not re.match(r"(och|eller|samt)\b", continuation):
        return title[:-1] + continuation
    return f"{title} {continuation}"


def _runs_on(title: str, continuation: str) -> bool:
    """Whether a numbered line is the first line of a sentence (a list item, a footnote), not a
    heading: its text, with the line that continues it, ends a sentence or is too long for a title.
    A wrapped heading ("6.4 Uppföljning av hedersrelaterat våld och" / "förtryck") is not."""
    if _SENTENCE_BREAK.search(title):  # "1. Kommunfullmäktige riktar anmärkning mot grundskolenämnden. De"
        return True
    if not continuation:
        return False
    joined = _join(title, continuation)
    return joined.endswith(".") or bool(_SENTENCE_BREAK.search(joined)) or len(joined.split()) > _MAX_HEADING_WORDS


def _in_list(bare: list[str], i: int, number: tuple[int, ...]) -> bool:
    """Whether line i stands right next to its numbered sibling with nothing between: an item of a
    numbered list ("4. Protokollsutdrag GSN ..." / "5. Yttrande från M, D, L och KD ...")."""
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(bare) and not bare[j].strip():
            j += step
        m = NUMBERED.match(bare[j]) if 0 <= j < len(bare) else None
        if m:
            other = tuple(int(n) for n in m.group(1).split("."))
            if len(other) == len(number) and other[:-1] == number[:-1] and abs(other[-1] - number[-1]) == 1:
                return True
    return False


def _header_row(line: str, repeats: int) -> bool:
    """A column header repeated down the document ("Aktivitet Status Färdiggrad", "Nämndmål
    Bedömning"): every word capitalised, which a Swedish heading is not, and seen three times."""
    words = line.split()
    return repeats >= 3 and len(words) >= 2 and all(w[0].isupper() for w in words)


def _in_sentence(bare: list[str], i: int) -> bool:
    """Whether the line after a title (line i) starts in lower case: the title is quoted in a
    sentence ("i revisionsrapporten" / "Kontinuitetsförmåga i samhällsviktiga verksamheter" /
    "i Göteborgs Stad, 2022-11-22, samt ...")."""
    nxt = bare[i].strip() if i < len(bare) else ""
    return bool(nxt) and nxt[0].islower()


def _running_titles(lines: list[str]) -> set[str]:
    """Titles that stand beside a changing page number on many lines: running headers."""
    numbers_by_title: dict[str, set[str]] = {}
    for line in lines:
        m = re.match(r"^\s*(\d{1,3})\s+(\S.*?)\s*$", line) or re.match(r"^\s*(\S.*?)\s+(\d{1,3})\s*$", line)
        if m:
            num, title = (m.group(1), m.group(2)) if m.group(1).isdigit() else (m.group(2), m.group(1))
            numbers_by_title.setdefault(title, set()).add(num)
    return {t for t, nums in numbers_by_title.items() if len(nums) >= 3}


_NUMBER_WORD = re.compile(r"[−–+-]?\d+(?:[,–-]\d+)?%?")  # "134,0", "−0,6", "12%", "2027–2028"


def _ends_in_figures(line: str) -> bool:
    """A table row's end: its last two words are figures ("Summa 134,0 89,0 134,6 −0,6")."""
    words = [w for w in line.split() if w != "%"]
    return len(words) >= 2 and all(_NUMBER_WORD.fullmatch(w) for w in words[-2:])


def _standalone(lines: list[str], i: int) -> bool:
    """An unnumbered heading stands alone between a finished sentence and a prose paragraph."""
    prev = lines[i - 1].strip() if i > 0 else ""
    open_line = bool(prev) and prev[-1] not in ".!?:" and not PARAGRAPH.match(prev)
    after_row = open_line and _ends_in_figures(prev)
    if open_line and not after_row:
        return False  # after a finished sentence, right under a paragraph's title, or after a table's last row
    paragraph: list[str] = []
    for line in lines[i + 1 : i + 12]:
        if not line.strip():
            if paragraph:
                break
            continue
        paragraph.append(line.strip())
    body = " ".join(paragraph)
    if after_row and not (paragraph and _prose(paragraph[0])):
        return False  # a group's title among the table's rows, not a heading over text
    return len(body) >= 60 and body[0].isupper() and (". " in body or body.endswith("."))


def _prose(line: str) -> bool:
    """A line of running text: long, few digits, not ending in a figure or a dash."""
    return len(line) >= 40 and sum(c.isdigit() for c in line) <= 0.1 * len(line) and not re.search(r"[\d–—-]\s*$", line)


def _unnumbered_heading(bare: list[str], i: int, toc: frozenset[str], running: set[str], repeats: int) -> bool:
    """Whether line i (no number) is a heading: a short title, not a running header, status
    cell, amount, open line or repeated column header, that the table of contents lists or that
    stands alone before prose."""
    line = bare[i].strip()
    return (
        len(line) <= 80
        and line not in running
        and not STATUS_RE.match(line)
        and not _ASSESSMENT.fullmatch(line)
        and _is_title(line)
        and not re.search(r"\d{3}|%|\|", line) and not _ends_in_figures(line)
        and not _OPEN_END.search(line)
        and not _header_row(line, repeats)
        and ((_key(line) in toc and not _in_sentence(bare, i + 1)) or _standalone(bare, i))
    )


def find_headings(text: str, toc: frozenset[str] = frozenset()) -> list[Heading]:
    """The headings of `text` (TOC lines already dropped) with their heading paths; `toc` holds
    the unnumbered titles of the document's table of contents (`toc_titles`)."""
    lines = text.splitlines(keepends=True)
    bare = [l.rstrip("\n") for l in lines]
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    running = _running_titles(bare)
    repeats = Counter(l.strip() for l in bare)
    headings: list[Heading] = []
    stack: list[tuple[tuple[int, ...] | None, str]] = []  # (number, label)
    last: tuple[tuple[int, ...], bool] | None = None  # the last heading number, and whether it was zero-padded
    paragraph = 0  # the last paragraph's number (§)
    i = 0
    while i < len(bare):
        line, start, i = bare[i], starts[i], i + 1
        stripped = line.strip()
        if not stripped:
            continue
        p = PARAGRAPH.match(line)
        if p and p.group(2).strip() not in running and _is_title(re.sub(r"\s+", " ", p.group(2)).strip()) \
                and int(p.group(1)) > paragraph:
            paragraph = int(p.group(1))
            title = re.sub(r"\s+", " ", p.group(2)).strip()
            more = _continuation(title, bare[i]) if i < len(bare) else ""
            if more and not _runs_on(title, more) and _is_title(_join(title, more)):  # wrapped onto a second line
                title, i = _join(title, more), i + 1
            stack = [((0, paragraph), f"§ {paragraph} {title}")]
            headings.append(Heading(start, starts[i], None, title, stack[0][1]))
            continue
        m = NUMBERED.match(line)
        if m and m.group(2).strip() not in running:
            number = tuple(int(n) for n in m.group(1).split("."))
            title = re.sub(r"\s+", " ", m.group(2)).strip()
            more = _continuation(title, bare[i]) if i < len(bare) else ""
            if (
                _is_title(title, numbered=True)
                and _follows(last[0] if last else None, number)
                and (last is None or last[1] == _padded(m.group(1)))
                and not _runs_on(title, more)
                and not _in_list(bare, i - 1, number)
            ):
                if more and _is_title(_join(title, more), numbered=True):  # a heading wrapped onto a second line
                    title, i = _join(title, more), i + 1
                last = (number, _padded(m.group(1)))
                stack = [(n, lbl) for n, lbl in stack if n is not None and len(n) < len(number) and number[: len(n)] == n]
                stack.append((number, f"{m.group(1)} {title}"))
                headings.append(Heading(start, starts[i], number, title, " > ".join(lbl for _, lbl in stack)))
                continue
        if m:
            continue
        two_lines = f"{stripped} {bare[i].strip()}" if i < len(bare) and bare[i].strip() else ""
        if two_lines and _key(two_lines) in toc and _is_title(two_lines) and not _in_sentence(bare, i + 1):
            title, i = two_lines, i + 1  # a listed title wrapped over two lines
        elif _unnumbered_heading(bare, i - 1, toc, running, repeats[stripped]):
            title = stripped
        else:
            continue
        stack = [(n, lbl) for n, lbl in stack if n is not None]
        stack.append((None, title))
        headings.append(Heading(start, starts[i], None, title, " > ".join(lbl for _, lbl in stack)))
    return headings


def split_sections(text: str, toc: frozenset[str] = frozenset()) -> list[Section]:
    """Cut `text` into section bodies, each with its heading path ("" before the first heading)."""
    headings = find_headings(text, toc)
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
