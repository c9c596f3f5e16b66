"""Plain-text and Markdown sources: form feeds, if any, are page breaks."""

from __future__ import annotations

from insyn.errors import SourceError
from insyn.types import Page


def read_text(data: bytes, name: str) -> list[Page]:
    """Decode a .txt/.md file into pages; without form feeds it is one page with no number."""
    if not data.strip():
        raise SourceError(name, "empty file")
    if data.startswith(b"%PDF") or b"\x00" in data[:4096]:
        raise SourceError(name, "not a text file (binary content)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    parts = text.split("\f")
    if len(parts) == 1:
        return [Page(None, text)]
    return [Page(i, part) for i, part in enumerate(parts, start=1)]
