"""Print the pypdf text of every page: python dump.py [file.pdf ...] (default: all PDFs here)."""
import glob
import os
import sys
from pypdf import PdfReader

here = os.path.dirname(os.path.abspath(__file__))
files = sys.argv[1:] or sorted(glob.glob(os.path.join(here, "*.pdf")))
for f in files:
    r = PdfReader(f if os.path.exists(f) else os.path.join(here, f))
    print("=" * 30, os.path.basename(f), len(r.pages), "pages", r.metadata.title if r.metadata else None)
    for i, p in enumerate(r.pages, 1):
        print(f"----- page {i}" + (" (landscape)" if p.mediabox.width > p.mediabox.height else ""))
        print(p.extract_text())
