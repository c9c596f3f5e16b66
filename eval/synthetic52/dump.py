"""Copied from ../synthetic50/dump.py (itself copied from earlier sets). Print pypdf text of every page of a PDF (debug helper)."""
import sys, pypdf
for fn in sys.argv[1:]:
    r = pypdf.PdfReader(fn)
    print("#####", fn, len(r.pages), "pages", r.metadata.get("/Title"))
    for i, p in enumerate(r.pages, 1):
        print(f"===== page {i}")
        print(p.extract_text())
