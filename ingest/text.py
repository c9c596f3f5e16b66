"""Plain-text and Markdown sources: form feeds, if any, are page breaks.

Decoding. UTF-8 first. A file that is mostly UTF-8 (more valid multi-byte sequences than
invalid bytes: an export with a few damaged bytes) is decoded as UTF-8 with the bad bytes
replaced, and `warn` says how many; only a file with no more valid UTF-8 than damage is read as
cp1252, the single-byte encoding older Swedish Windows files use. Decoding a UTF-8 file as
cp1252 would turn every å, ä and ö into two characters of mojibake.

Language or not. Random bytes, a binary file renamed .txt or encoded data decode to characters
all the same; `not_language` refuses them before they become chunks full of "figures": text has
almost no control or undecodable characters, and most of what stands between its spaces is
of a word's length (a 400-digit number or a URL among words is fine; a file of them is not).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from insyn.errors import SourceError
from insyn.types import Page

_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_MAX_JUNK = 0.01  # control, undecodable and unassigned characters: share of all characters
_MAX_WORD = 25  # longer "words" (what stands between spaces) make most of encoded or random data, not text
_TEXT_CONTROLS = "\t\n\r\f\v"


def decode(data: bytes, name: str, warn: Callable[[str], None]) -> str:
    """The file's text: UTF-8 (with a BOM or without), mostly-UTF-8 with replacement, or cp1252."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8-sig", errors="replace")
    bad, good = text.count("\ufffd"), len(_MULTIBYTE.findall(data))
    if good > bad:
        warn(f"{name}: not valid UTF-8; read as UTF-8 with {bad} undecodable byte sequence(s) replaced by �")
        return text
    return data.decode("cp1252", errors="replace")


def not_language(text: str) -> str | None:
    """Why `text` is not text in a language (random bytes, binary or encoded data), or None."""
    sample = text[:200_000]
    junk = sum(1 for c in sample if c == "\ufffd" or (unicodedata.category(c) in ("Cc", "Co", "Cn")
                                                     and c not in _TEXT_CONTROLS))
    if junk > _MAX_JUNK * len(sample):
        return f"not text: {100 * junk / len(sample):.0f} % control or undecodable characters (binary or random data?)"
    words = sample.split()
    long = sum(len(w) > _MAX_WORD for w in words)
    if long > 0.5 * len(words):
        return f"not text: {long} of its {len(words)} 'words' are over {_MAX_WORD} characters (encoded or random data?)"
    return None


def read_text(data: bytes, name: str, warn: Callable[[str], None] | None = None) -> list[Page]:
    """Decode a .txt/.md file into pages; without form feeds it is one page with no number."""
    if not data.strip():
        raise SourceError(name, "empty file")
    if data.startswith(b"%PDF") or b"\x00" in data[:4096]:
        raise SourceError(name, "not a text file (binary content)")
    text = decode(data, name, warn or (lambda _message: None))
    if reason := not_language(text):
        raise SourceError(name, reason)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    parts = text.split("\f")
    if len(parts) == 1:
        return [Page(None, text)]
    return [Page(i, part) for i, part in enumerate(parts, start=1)]
