"""Copied from ../synthetic32/dump.py, itself copied from ../synthetic30/dump.py, itself copied from ../synthetic28/dump.py, itself copied from ../synthetic26/dump.py, itself copied from ../synthetic24/dump.py (itself copied from ../synthetic22/dump.py and ../synthetic20/dump.py). Print pypdf text of every page of a PDF (debug helper)."""
import sys, pypdf
for fn in sys.argv[1:]:
    r = pypdf.PdfReader(fn)
    print("#####", fn, len(r.pages), "pages", r.metadata.get("/Title"))
    for i, p in enumerate(r.pages, 1):
        print(f"===== page {i}")
        print(p.extract_text())
