"""Checks ../heldout_syn5.jsonl (HELD-OUT, y5001..y5040) against the five PDFs in this folder (pypdf text).

* format: 40 questions y5001..y5040, key order, types 12 figure / 12 list / 6 passage / 10 none,
  10 in English of which at least 3 lists, every question names its municipality/region;
* every evidence phrase (5-15 words) and figure text occurs on the stated page, list items
  (4-10 words) on that page or the next, after lower-casing and dropping non-alphanumerics;
* figure values agree with their verbatim text (numbers, sign ignored; Swedish or ISO dates);
* conditional list questions (at least 9): the expected rows are recomputed from the table data in
  data.py and the items must be exactly those rows (each item a prefix of exactly one row, of a
  row inside the condition, and every matching row covered); the complete att-list question is
  checked the same way against its list;
* none questions: empty docs/evidence/figures/items, page null, answer "", and the asked-for fact
  is absent: none of the listed terms occurs (as a word start, or as a whole word for terms
  written "=term") in the document about that body;
* questions paraphrase: no 5-word run shared with the page they are about;
* documents: 5 PDFs, 3-7 pages, å/ä/ö and the minus sign extractable, 3 with and 2 without a
  metadata title.
Prints every failure and exits non-zero if there is any.
"""
import collections
import json
import re
import sys
from pathlib import Path

import pypdf

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from data import (A_IND, a_text, B_DRIFT, b_avv, b_text, B_INV, b_inv_text, C_FEES, c_text,  # noqa: E402
                  D_ACT, d_text, E_LOV, e_text, E_ATT34)

QFILE = HERE.parent / "heldout_syn5.jsonl"
KEYS = ["id", "question", "lang", "type", "docs", "page", "evidence", "answer", "figures", "items"]
UNITS = {"mnkr", "tkr", "kr", "procent", "antal", "datum", "år"}
MONTHS = {m: i for i, m in enumerate(["januari", "februari", "mars", "april", "maj", "juni", "juli",
                                      "augusti", "september", "oktober", "november", "december"], 1)}
A = "klintehamra-socialnamnden-namndplan-2026.pdf"
B = "ormaker-manadsrapport-oktober-2026.pdf"
C = "rodberga-taxa-kultur-fritid-2026.pdf"
D = "region-siljetuna-handlingsplan-vantetider-2026-2027.pdf"
E = "tjarnaker-bun-protokoll-2026-04-22.pdf"
NAMES = {A: "klintehamra", B: "ormåker", C: "rödberga", D: "siljetuna", E: "tjärnåker"}
WANT_TYPES = {"figure": 12, "list": 12, "passage": 6, "none": 10}


def norm(s):
    return "".join(ch for ch in s.lower() if ch.isalnum())


def words(s):
    return re.findall(r"\w+", s.lower())


# ---------------------------------------------------------------- conditional list definitions
# qid -> (rows, predicate, row text as printed in the PDF)
COND = {
    "y5004": (A_IND, lambda r: r[5] == r[4], a_text),                         # unchanged 2027 -> 2028
    "y5005": (A_IND, lambda r: r[0] == 3, a_text),                            # group: nämndmål 3
    "y5012": (B_DRIFT, lambda r: b_avv(r) < 0, b_text),                       # deficit
    "y5013": (B_DRIFT, lambda r: b_avv(r) < -5000, b_text),                   # deficit > 5 000 tkr
    "y5014": (B_INV, lambda r: r[3] > r[1], b_inv_text),                      # forecast above budget
    "y5021": (C_FEES, lambda r: r[0] == 5, c_text),                           # section: kulturskolan
    "y5022": (C_FEES, lambda r: r[0] == 1 and r[3] == "per timme" and r[2] > 300, c_text),
    "y5027": (D_ACT, lambda r: r[4] == "Försenad", d_text),                   # status
    "y5028": (D_ACT, lambda r: r[1] == "Område psykiatri", d_text),           # responsible
    "y5029": (D_ACT, lambda r: r[3] <= "2026-06-30", d_text),                 # deadline
    "y5036": (E_LOV, lambda r: r[2] > 400, e_text),                           # amount threshold
}
# complete (unconditional) lists checked the same way
FULL = {
    "y5035": (E_ATT34, lambda r: True, lambda r: r),
}
# none questions: (document about the same body, terms that must not occur as word starts)
ABSENT = {
    "y5007": (A, ["2029"]),
    "y5008": (A, ["platser", "platsantal", "boendeplatser"]),
    "y5016": (B, ["=va", "va-verksamhet", "vatten", "avlopp", "taxekollektiv"]),
    "y5017": (B, ["sjukfrånvaro", "sjuktal", "frisknärvaro"]),
    "y5024": (C, ["ishall", "isbana", "ishockey", "skridsko", "konstfrusen", "bandy"]),
    "y5025": (C, ["syskon", "rabatt", "syskonrabatt"]),
    "y5031": (D, ["mnkr", "tkr", "kronor", "=kr", "kostar", "kostnad", "budget"]),
    "y5032": (D, ["tandvård", "tandvården", "tandläkare", "tand"]),
    "y5039": (E, ["gymnasie", "gymnasieskola", "gymnasiet"]),
    "y5040": (E, ["måltid", "skolmåltid", "skolmat", "lunch", "livsmedel", "=kost"]),
}

_cache = {}


def pdf_pages(fn):
    if fn not in _cache:
        r = pypdf.PdfReader(str(HERE / fn))
        raw = [p.extract_text() or "" for p in r.pages]
        _cache[fn] = (r, raw, [norm(t) for t in raw])
    return _cache[fn]


def parse_number(text):
    m = re.search(r"\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d+)?|\d+(?:,\d+)?", text)
    return float(m.group().replace(" ", "").replace("\u00a0", "").replace(",", ".")) if m else None


def parse_date(text):
    m = re.search(r"(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        return m.group(0)
    m = re.search(r"(\d{1,2}) (\w+) (\d{4})", text)
    if m and m.group(2).lower() in MONTHS:
        return f"{m.group(3)}-{MONTHS[m.group(2).lower()]:02d}-{int(m.group(1)):02d}"
    return None


def check_rows(qid, q, rows, pred, rtext, text, nxt, E):
    expected = [r for r in rows if pred(r)]
    for it in q["items"]:
        hits = [r for r in rows if norm(rtext(r)).startswith(norm(it))]
        if len(hits) != 1:
            E(f"item matches {len(hits)} rows: {it!r}")
        elif not pred(hits[0]):
            E(f"item is a row outside the condition: {it!r}")
    for r in expected:
        rn = norm(rtext(r))
        if not any(rn.startswith(norm(it)) for it in q["items"]):
            E(f"matching row missing from items: {rtext(r)[:60]!r}")
        if rn not in text and rn not in nxt:
            E(f"row text not found in PDF (data/PDF out of sync): {rtext(r)[:60]!r}")
    if len(expected) != len(q["items"]):
        E(f"{len(q['items'])} items but {len(expected)} matching rows")


def main():
    errs = []
    qs = [json.loads(l) for l in open(QFILE, encoding="utf-8") if l.strip()]
    if len(qs) != 40:
        errs.append(f"{len(qs)} questions, expected 40")
    for n, q in enumerate(qs, 1):
        qid = q.get("id", f"line{n}")
        E = lambda m, qid=qid: errs.append(f"{qid}: {m}")
        if list(q.keys()) != KEYS:
            E(f"keys/order {list(q.keys())}")
            continue
        if qid != f"y{5000 + n}":
            E(f"id out of sequence (expected y{5000 + n})")
        if q["lang"] not in ("sv", "en"):
            E("bad lang")
        named = [fn for fn, nm in NAMES.items() if nm in q["question"].lower()]
        if len(named) != 1:
            E(f"question names {len(named)} of the municipalities/regions")
        t = q["type"]
        if t not in WANT_TYPES:
            E("bad type")
            continue
        if t == "none":
            if (q["docs"] or q["evidence"] or q["figures"] or q["items"] or q["page"] is not None
                    or q["answer"] != ""):
                E("none question must have docs [], empty evidence/figures/items, page null, answer ''")
            if qid not in ABSENT:
                E("none question without an absence check")
                continue
            fn, terms = ABSENT[qid]
            if named and named[0] != fn:
                E(f"absence checked in {fn} but question names {named[0]}")
            alltext = " ".join(pdf_pages(fn)[1]).lower()
            for term in terms:
                whole = term.startswith("=")      # "=kr": whole word only, else word start
                pat = r"(?<!\w)" + re.escape(term.lstrip("=").lower()) + (r"(?!\w)" if whole else "")
                if re.search(pat, alltext):
                    E(f"none question: {term!r} occurs in {fn}")
            continue
        if len(q["docs"]) != 1 or not (HERE / q["docs"][0]).exists():
            E(f"need exactly one existing doc: {q['docs']}")
            continue
        fn = q["docs"][0]
        if named and named[0] != fn:
            E(f"question names {named[0]} but doc is {fn}")
        _, raw, pg = pdf_pages(fn)
        p = q["page"]
        if not isinstance(p, int) or not 1 <= p <= len(pg):
            E(f"bad page {p}")
            continue
        text, nxt = pg[p - 1], (pg[p] if p < len(pg) else "")
        if not q["answer"]:
            E("empty answer")
        # evidence
        if not 1 <= len(q["evidence"]) <= 2:
            E("need 1-2 evidence phrases")
        for ev in q["evidence"]:
            w = len(ev.split())
            if not 5 <= w <= 15:
                E(f"evidence has {w} words: {ev!r}")
            if norm(ev) not in text:
                where = [i + 1 for i, x in enumerate(pg) if norm(ev) in x]
                E(f"evidence not on p{p} (found on {where}): {ev!r}")
        # paraphrase: no 5-word run of the question may appear verbatim on the page
        qw, pw = words(q["question"]), " ".join(words(raw[p - 1]))
        for i in range(len(qw) - 4):
            if " ".join(qw[i:i + 5]) in pw:
                E(f"question copies page wording: {' '.join(qw[i:i + 5])!r}")
                break
        # figures
        if t == "figure":
            if not q["figures"] or q["items"]:
                E("figure question needs figures and no items")
            for f in q["figures"]:
                if list(f.keys()) != ["value", "unit", "text"]:
                    E(f"figure keys {list(f.keys())}")
                    continue
                if f["unit"] not in UNITS:
                    E(f"bad unit {f['unit']}")
                if norm(f["text"]) not in text:
                    E(f"figure text not on p{p}: {f['text']!r}")
                if f["unit"] == "datum":
                    if not (isinstance(f["value"], str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", f["value"])):
                        E(f"datum value must be YYYY-MM-DD: {f['value']!r}")
                    elif parse_date(f["text"]) != f["value"]:
                        E(f"date text/value mismatch {f}")
                else:
                    v = parse_number(f["text"])
                    if (not isinstance(f["value"], (int, float)) or v is None
                            or abs(v - abs(f["value"])) > 1e-9):
                        E(f"figure text/value mismatch {f}")
        elif q["figures"]:
            E(f"{t} question with figures")
        # items
        if t == "list":
            if len(q["items"]) < 2:
                E("list needs >= 2 items")
            if len(set(map(norm, q["items"]))) != len(q["items"]):
                E("duplicate items")
            for it in q["items"]:
                w = len(it.split())
                if not 4 <= w <= 10:
                    E(f"item has {w} words: {it!r}")
                if norm(it) not in text and norm(it) not in nxt:
                    E(f"item not on p{p}/p{p + 1}: {it!r}")
            if qid in COND:
                check_rows(qid, q, *COND[qid], text, nxt, E)
            elif qid in FULL:
                check_rows(qid, q, *FULL[qid], text, nxt, E)
            else:
                E("list question without a row check")
        elif q["items"]:
            E(f"{t} question with items")

    # ---------------------------------------------------------------- counts
    types = collections.Counter(q["type"] for q in qs)
    langs = collections.Counter(q["lang"] for q in qs)
    if dict(types) != WANT_TYPES:
        errs.append(f"type counts {dict(types)} != {WANT_TYPES}")
    if langs.get("en", 0) != 10:
        errs.append(f"{langs.get('en', 0)} English questions, expected 10")
    en_lists = sum(1 for q in qs if q["lang"] == "en" and q["type"] == "list")
    if en_lists < 3:
        errs.append(f"only {en_lists} English list questions")
    n_cond = sum(1 for q in qs if q["type"] == "list" and q["id"] in COND)
    if n_cond < 9:
        errs.append(f"only {n_cond} conditional list questions")
    for qid in list(COND) + list(FULL):
        if not any(q["id"] == qid and q["type"] == "list" for q in qs):
            errs.append(f"{qid} has a row check but is not a list question")

    # ---------------------------------------------------------------- documents
    files = sorted(f.name for f in HERE.glob("*.pdf"))
    with_title = 0
    if sorted(files) != sorted(NAMES):
        errs.append(f"PDFs {files} != {sorted(NAMES)}")
    minus = False
    for fn in files:
        r, raw, _ = pdf_pages(fn)
        if not 3 <= len(raw) <= 7:
            errs.append(f"{fn}: {len(raw)} pages")
        alltext = " ".join(raw)
        for ch in "åäöÅÄÖ"[:3]:
            if ch not in alltext:
                errs.append(f"{fn}: no '{ch}' in extracted text")
        minus |= "\u2212" in alltext
        if (r.metadata or {}).get("/Title"):
            with_title += 1
    if not minus:
        errs.append("no '−' (U+2212) extracted from any PDF")
    if with_title != 3:
        errs.append(f"{with_title} PDFs with a metadata title, expected 3")
    used = collections.Counter(q["docs"][0] for q in qs if q["docs"])
    for fn in files:
        if used[fn] < 5:
            errs.append(f"{fn}: only {used[fn]} answerable questions")

    for e in errs:
        print("ERROR", e)
    print(f"{len(qs)} questions; types {dict(types)}; langs {dict(langs)}; English lists {en_lists}; "
          f"conditional lists {n_cond}")
    print("per doc (answerable): " + ", ".join(f"{k} {v}" for k, v in sorted(used.items())))
    print(f"{len(files)} pdfs, {with_title} with metadata title, pages: "
          + ", ".join(f"{fn} {len(pdf_pages(fn)[1])}" for fn in files))
    print(f"{len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
