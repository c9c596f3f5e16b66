"""Every list and table detector over one page's rows (`read_items`)."""

from __future__ import annotations

from insyn.ingest.generic import (Found, Item, Row, find_counted, find_defined, find_lists, find_titled, hanging_numbers,
                                  join_columns)
from insyn.ingest.grid import find_tables, text_columns
from insyn.ingest.headed import find_headed
from insyn.ingest.leadin import OpenList, find_continued, find_labelled, find_leadin


def read_items(rows: list[Row], tol: float, carried: OpenList | None = None) -> list[Item]:
    """Every list item and borderless table row of one page, lists first, in row order (a list
    laid out in two columns down its left column, then its right one); `carried`: the list of
    paragraphs the page before ended in, which may go on at the top of this one."""
    found = Found()
    rows = hanging_numbers(rows, tol)
    if carried is not None:
        find_continued(rows, tol, found, carried)
    find_lists(rows, tol, found)
    find_titled(rows, tol, found)
    find_counted(rows, tol, found)
    find_defined(rows, tol, found)
    find_leadin(rows, tol, found)
    find_labelled(rows, tol, found)
    bands = text_columns(rows)
    find_headed(rows, tol, found, bands)
    find_tables(rows, found, bands)
    return join_columns(rows, sorted(found.items, key=lambda it: (it.row, it.kind)), tol)
