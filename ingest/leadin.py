"""Lists of paragraphs without markers: after a lead-in ending with a colon, and on over a page break.

"Följande rekommendationer lämnas:" followed by paragraphs at the lead-in's left edge, each one
item (`find_leadin`). The list ends at a wider gap, a long paragraph (prose), a heading, a
marker, the next lead-in, or where the items' openings stop agreeing (`shared_opening`: closing
remarks and a running footer say something else). A list that runs to the end of its page
(`open_at_end`: nothing but smaller text below it, a footer) goes on at the top of the next page
for as long as the paragraphs there, at its left edge, open as its items did (`find_continued`);
those items keep the list's id and caption. Short lines after a lead-in, none running on to the
column's edge, are one item each (`_line_items`: "Expedieras till:" / "Socialnämnden, för
åtgärd"), and short lines beside a short label are a list the label names (`find_labelled`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from insyn.ingest.generic import (LIST_BREAK, MAX_LEADIN_ITEMS, MAX_LEADIN_LINES, NEW_PARAGRAPH, Found, Item, Row,
                                  marker_of, wrap)
from insyn.ingest.swedish import fold, is_stopword

OPENING_WORDS = 8  # the words of a paragraph that say what kind of item it is
RULE_AFTER = 3  # paragraphs that must share an opening word before it is a rule
SMALLER = 0.9  # a line this much lower than the items' is page furniture (a footer, a running header)
CONTINUED = -1  # the block of the items that go on with the last page's list


@dataclass(frozen=True, slots=True)
class OpenList:
    """A list of paragraphs that ran to the end of its page: its left edge, its lines' height,
    the content words every item opened with, and its id and caption (set by the page reader)."""

    x0: float
    height: float
    opening: frozenset[str]
    table: str = ""
    caption: str = ""


def opening(text: str) -> set[str]:
    """The content words among a paragraph's first `OPENING_WORDS` words."""
    return {w for w in re.findall(r"[^\W\d_]{3,}", fold(text)[:200])[:OPENING_WORDS] if not is_stopword(w)}


def shared_opening(texts: list[str], common: set[str] | None = None) -> list[str]:
    """The paragraphs up to where prose takes over: the items of an unmarked list say the same
    thing in their openings ("Kommunstyrelsen rekommenderas att ...", "Revisionskontoret
    rekommenderar ..."). When the first three share a content word there, the first paragraph
    whose opening shares none with what every paragraph before it opens with (a closing
    remark, a running footer) ends the list; first paragraphs that share nothing set no rule.
    Given `common` (a list going on from the page before), every paragraph must share it."""
    rule_after, start = (0, 0) if common is not None else (RULE_AFTER, 1)
    common = set(common) if common is not None else (opening(texts[0]) if texts else set())
    for i, text in enumerate(texts[start:], start=start):
        words = opening(text)
        if i >= rule_after and not common:
            break
        if i >= rule_after and not words & common:
            return texts[:i]
        common &= words
    return texts


def _paragraphs(rows: list[Row], col: list[tuple[int, int]], prev: int, pitch: float,
                found: Found) -> list[list[tuple[int, int]]]:
    """The (row, segment) cells of `col` grouped into paragraphs, from below row `prev` on: a
    paragraph ends at a wider vertical gap than the lines' own, or where a sentence ends and the
    next line starts with a capital; the run ends at a gap of more than two lines, a paragraph
    of more than `MAX_LEADIN_LINES` lines, one that does not open with a capital and four words
    (a heading, a figure), a list marker, or a line ending with a colon (kept: it is dropped as
    the next lead-in)."""
    paras: list[list[tuple[int, int]]] = []
    for q, s in col:
        seg = rows[q].segs[s]
        gap = rows[q].y - rows[prev].y if prev >= 0 else pitch
        mk = marker_of(seg.text)
        if (q, s) in found.used or (mk and mk[0] != "att") or gap > LIST_BREAK * pitch or gap <= 0:
            break
        last = rows[paras[-1][-1][0]].segs[paras[-1][-1][1]].text.rstrip() if paras else ""
        if not paras or gap > NEW_PARAGRAPH * pitch or (last.endswith((".", "!", "?")) and seg.text[:1].isupper()):
            if paras and len(paras[-1]) > MAX_LEADIN_LINES:
                break
            if len(seg.text.split()) < 4 or not seg.text[:1].isupper():
                break  # a heading, a figure or a stray line: the list has ended
            paras.append([])
        paras[-1].append((q, s))
        prev = q
        if seg.text.rstrip().endswith(":"):
            break
    return [p for p in paras if len(p) <= MAX_LEADIN_LINES]


SHORT_LINE = 0.6  # a line ending before this share of its text column's width does not wrap on


def _line_items(rows: list[Row], col: list[tuple[int, int]], prev: int, pitch: float,
                found: Found) -> list[tuple[list[tuple[int, int]], str]]:
    """A lead-in's lines, one item each, when none of them runs on to the next: short lines
    each opening with a capital, set as close as a paragraph's lines ("Expedieras till:" /
    "Socialnämnden, för åtgärd" / "Ekonomichef Robert Lund"), which `_paragraphs` reads as one
    paragraph. The run ends at a wider gap, a marker, a lower-case start, a line ending with a
    colon, or a long line (which makes it a paragraph, not a list of lines)."""
    if not col:
        return []
    left = rows[prev].segs[-1].x0
    right = max(seg.x1 for row in rows for seg in row.segs if seg.x0 >= left - 1)
    limit = left + SHORT_LINE * (right - left)
    out: list[tuple[list[tuple[int, int]], str]] = []
    for q, s in col:
        seg = rows[q].segs[s]
        gap = rows[q].y - rows[prev].y
        if (q, s) in found.used or marker_of(seg.text) or len(rows[q].segs) > 1 or gap <= 0 \
                or gap > (LIST_BREAK if not out else NEW_PARAGRAPH) * pitch or not seg.text[:1].isupper() \
                or seg.text.rstrip().endswith(":"):
            break
        if seg.x1 > limit:
            return []  # a line as long as prose: a paragraph's
        out.append(([(q, s)], seg.text.strip()))
        prev = q
    return out


LABEL_WORDS = 4  # a label beside a list is short: "Expedieras till", "Beslutsunderlag"


def find_labelled(rows: list[Row], tol: float, found: Found) -> None:
    """Lists named by a label beside their first item, one short line each below it in the
    items' column ("Expedieras till | Barn- och utbildningsnämnden, för åtgärd" over
    "Socialnämnden, för åtgärd"): the label is the list's caption. Lines as long as prose make
    the block a value written over lines, not a list."""
    if not rows:
        return
    block = max((i.block for i in found.items if i.kind == "list"), default=-1)
    right = max(seg.x1 for row in rows for seg in row.segs)
    for r, row in enumerate(rows):
        if len(row.segs) != 2 or any((r, s) in found.used for s in range(2)):
            continue
        label, first = row.segs
        words = label.text.split()
        if not words or len(words) > LABEL_WORDS or any(ch.isdigit() for ch in label.text) \
                or label.text.rstrip().endswith((".", ",")) or first.x0 - label.x1 < 3 * tol or marker_of(label.text):
            continue
        lines, q = [(r, 1)], r + 1
        while q < len(rows) and len(rows[q].segs) == 1 and (q, 0) not in found.used \
                and abs(rows[q].segs[0].x0 - first.x0) <= tol and 0 < rows[q].y - rows[q - 1].y <= NEW_PARAGRAPH * row.height:
            lines.append((q, 0))
            q += 1
        limit = first.x0 + SHORT_LINE * (right - first.x0)
        texts = [rows[k].segs[s].text.strip() for k, s in lines]
        if len(lines) < 2 or any(rows[k].segs[s].x1 > limit for k, s in lines) or not all(t[:1].isupper() for t in texts):
            continue
        block += 1
        for (k, s), text in zip(lines, texts):
            found.items.append(Item("list", block, k, [text], marker="label", x0=first.x0, body_x0=first.x0,
                                    last_row=k, caption=label.text.strip().rstrip(":")))
            found.used.add((k, s))
        found.used.add((r, 0))


def _items(rows: list[Row], paras: list[list[tuple[int, int]]], common: set[str] | None = None
           ) -> list[tuple[list[tuple[int, int]], str]]:
    """Each paragraph with its text, without the next lead-in and without what follows the items."""
    texts = [wrap([rows[q].segs[s].text for q, s in para]) for para in paras]
    texts = texts[:-1] if texts and texts[-1].rstrip().endswith(":") else texts  # the next lead-in
    return list(zip(paras, shared_opening(texts, common)))


def _add(found: Found, block: int, x0: float, items: list[tuple[list[tuple[int, int]], str]]) -> None:
    for para, text in items:
        found.items.append(Item("list", block, para[0][0], [text], marker="para", x0=x0, body_x0=x0,
                                last_row=para[-1][0]))
        found.used.update(para)


# a sentence that announces the paragraphs below it: "Nedan följer exempel på pågående aktiviteter."
_ANNOUNCES = re.compile(r"\b(nedan följer|här följer|nedan redovisas|nedan beskrivs|följande)\b[^.:]*\.$", re.I)


def is_leadin(text: str) -> bool:
    """A line ending a lead-in: with a colon, or a sentence announcing what follows."""
    text = text.rstrip()
    return text.endswith(":") or bool(_ANNOUNCES.search(text))


def find_leadin(rows: list[Row], tol: float, found: Found) -> None:
    """Lists of paragraphs without markers after a lead-in ending with a colon ("Följande
    rekommendationer lämnas:"): each paragraph at the lead-in's left edge is one item (see
    `_paragraphs` and `shared_opening` for where the list ends)."""
    block = max((i.block for i in found.items if i.kind == "list"), default=-1)
    for r, row in enumerate(rows):
        lead = row.segs[-1]
        if not is_leadin(lead.text) or (r, len(row.segs) - 1) in found.used:
            continue
        col = [(q, s) for q in range(r + 1, min(len(rows), r + 1 + MAX_LEADIN_ITEMS * MAX_LEADIN_LINES))
               for s, seg in enumerate(rows[q].segs) if abs(seg.x0 - lead.x0) <= tol or (
                   rows[q].segs[s].x0 > lead.x0 - tol and len(rows[q].segs) == 1 and lead.x0 - tol <= seg.x0 <= lead.x0 + 4 * tol)]
        items = _items(rows, _paragraphs(rows, col, r, row.height, found))
        if len(items) < 2:
            items = _line_items(rows, col, r, row.height, found)
        if len(items) < 2:
            continue
        block += 1
        _add(found, block, lead.x0, items)


def find_continued(rows: list[Row], tol: float, found: Found, carried: OpenList) -> None:
    """The paragraphs at the top of a page that go on with the last page's list (`carried`):
    below any smaller page furniture, at its left edge, each opening as its items did. They
    join the list as block `CONTINUED`."""
    top = next((q for q, row in enumerate(rows) if row.height >= SMALLER * carried.height), None)
    if top is None:
        return
    col = [(q, s) for q in range(top, min(len(rows), top + MAX_LEADIN_ITEMS * MAX_LEADIN_LINES))
           for s, seg in enumerate(rows[q].segs) if abs(seg.x0 - carried.x0) <= tol]
    if not col or col[0][0] != top:
        return  # the page opens with something else: the list ended with its page
    _add(found, CONTINUED, carried.x0, _items(rows, _paragraphs(rows, col, -1, carried.height, found), set(carried.opening)))


def open_at_end(rows: list[Row], items: list[Item]) -> tuple[int, OpenList] | None:
    """The page's last list of paragraphs (its block and what goes on with it) when nothing but
    smaller text (a footer, a page number) stands below it and its items share an opening."""
    paras = [it for it in items if it.kind == "list" and it.marker == "para"]
    if not paras:
        return None
    block = [it for it in paras if it.block == paras[-1].block]
    last = max(it.last_row for it in block)
    height = rows[block[-1].row].height
    if any(row.height >= SMALLER * height for row in rows[last + 1:]):
        return None
    common = set.intersection(*(opening(it.text) for it in block))
    return (block[0].block, OpenList(block[0].x0, height, frozenset(common))) if common else None
