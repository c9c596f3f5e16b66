"""Plain-text sources: decoding (UTF-8, mostly UTF-8, cp1252) and refusing what is not language."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from insyn.errors import SourceError
from insyn.ingest.text import read_text

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"
SAMPLE = (CORPUS / "000_14dd89f663d29f12.txt").read_bytes()


def test_mostly_utf8_file_keeps_its_swedish_letters_and_says_so() -> None:
    damaged = bytearray(SAMPLE)
    for i in range(13):  # 13 stray bytes, as in the probe's file
        damaged[2000 + 700 * i] = 0xFF
    warnings: list[str] = []
    text = read_text(bytes(damaged), "skadad.txt", warnings.append)[0].text
    assert "Styrelsen är regionkommunens" in text and "Ã" not in text  # no cp1252 mojibake of å/ä/ö
    bad = text.count("\ufffd")
    assert 13 <= bad <= 26  # a stray byte inside an å/ä/ö spoils that letter too
    assert len(warnings) == 1 and warnings[0].startswith("skadad.txt: ") and f" {bad} " in warnings[0]


def test_cp1252_file_is_still_read() -> None:
    data = "Budgeten för år 2025 är 12 miljoner kronor för nämnden.".encode("cp1252")
    warnings: list[str] = []
    assert read_text(data, "gammal.txt", warnings.append)[0].text.startswith("Budgeten för år 2025")
    assert warnings == []


def test_valid_utf8_corpus_files_are_language() -> None:
    for path in sorted(CORPUS.glob("*.txt")):
        assert read_text(path.read_bytes(), path.name)[0].text


def _random_bytes(seed: int, lowest: int, n: int) -> bytes:
    rng = random.Random(seed)
    return bytes(rng.randrange(lowest, 256) for _ in range(n))


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("random.txt", _random_bytes(4, 1, 100_000), "control or undecodable"),
    ("random-printable.txt", _random_bytes(5, 32, 50_000), "control or undecodable"),
    ("base64.txt", __import__("base64").b64encode(random.Random(6).randbytes(20_000)), "'words' are over"),
    ("png.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(7).randbytes(2000), "binary content"),
])
def test_data_that_is_not_language_is_refused(name: str, data: bytes, reason: str) -> None:
    with pytest.raises(SourceError) as caught:
        read_text(data, name)
    assert reason in caught.value.reason
