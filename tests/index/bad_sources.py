"""A batch of unreadable source files of every kind the outside probe tried, generated."""

from __future__ import annotations

import base64
import io
import random
from pathlib import Path

import pypdf
from fpdf import FPDF


def pdf_bytes(text: str, pages: int = 1) -> bytes:
    pdf = FPDF()
    pdf.set_font("helvetica", size=11)
    for _ in range(pages):
        pdf.add_page()
        if text:
            pdf.multi_cell(0, 6, text)
    return bytes(pdf.output())


def encrypted(data: bytes, algorithm: str, user_password: str) -> bytes:
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm=algorithm)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def bad_sources(folder: Path) -> dict[str, bytes]:
    """Write the bad files into `folder`; returns name -> content."""
    rng = random.Random(19)
    good_pdf = pdf_bytes("Budget 2025 for the board is 12 mnkr. " * 20)
    flipped = bytearray(good_pdf)
    for i in rng.sample(range(200, len(flipped) - 200), 60):
        flipped[i] ^= 0xFF
    files = {
        "truncated.pdf": good_pdf[: len(good_pdf) // 2],
        "garbage.pdf": b"%PDF-1.7\n" + rng.randbytes(4000) + b"\n%%EOF\n",
        "bitflipped.pdf": bytes(flipped),
        "empty.pdf": b"",
        "empty.txt": b"",
        "blank.md": b"  \n\n ",
        "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + rng.randbytes(3000),
        "rc4-password.pdf": encrypted(good_pdf, "RC4-128", "secret"),
        "aes-password.pdf": encrypted(good_pdf, "AES-256", "secret"),
        "blank-pages.pdf": pdf_bytes("", pages=2000),
        "random.txt": bytes(rng.randrange(1, 256) for _ in range(100_000)),
        "base64.txt": base64.b64encode(rng.randbytes(30_000)),
        "number.txt": b"9" * 400 + b"\n",
        "invalid-utf8.txt": bytes(rng.randrange(0x80, 0x100) for _ in range(20_000)),
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return files
