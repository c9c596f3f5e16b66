"""Check ../heldout_syn6.jsonl against the synthetic6 PDFs; prints "0 errors" when all is well.

Checks: format and counts (12 figure, 14 list, 6 passage, 8 none; 10 English with 3 lists and
3 figures); every question names its municipality/region; evidence and figure text on the stated
page and list items on that page or the next (pypdf text, lower-cased, non-alphanumerics removed);
figure values equal to their text; conditional lists exactly equal to the rows of data.py that meet
the condition and the three complete lists equal to the list in data.py; none questions empty and
their fact absent from the document (regex patterns); no 5-word run of the document copied into a
question; page counts 3–7; å/ä/ö and the minus sign survive extraction; metadata titles; the
landscape page in (c); no name from earlier synthetic sets; data consistency.
"""
import json
import os
import re
import sys
from pypdf import PdfReader
import data

HERE = os.path.dirname(os.path.abspath(__file__))
QFILE = os.environ.get("SYN6_QUESTIONS") or os.path.join(HERE, "..", "heldout_syn6.jsonl")
errors = []


def err(qid, msg):
    errors.append(f"{qid}: {msg}")


def norm(s):
    return "".join(c for c in s.lower() if c.isalnum())


def words(s):
    return re.findall(r"\w+", s.lower())


# ---------------------------------------------------------------- PDFs
pages = {}
raw = {}
for key, fn in data.FILES.items():
    path = os.path.join(HERE, fn)
    r = PdfReader(path)
    pages[fn] = [p.extract_text() or "" for p in r.pages]
    raw[fn] = r
    n = len(r.pages)
    if not 3 <= n <= 7:
        err(fn, f"{n} pages")
    alltext = "\n".join(pages[fn])
    for ch in "åäö":
        if ch not in alltext:
            err(fn, f"no '{ch}' in extracted text")
    title = r.metadata.title if r.metadata else None
    want_title = key in "ace"
    if bool(title) != want_title:
        err(fn, f"metadata title {title!r}, expected {'a title' if want_title else 'none'}")
if "\u2212" not in "".join(pages[data.FILES["a"]]):
    err("a", "minus sign lost")
land = [i + 1 for i, p in enumerate(raw[data.FILES["c"]].pages) if p.mediabox.width > p.mediabox.height]
if land != [3]:
    err("c", f"landscape pages {land}, expected [3]")

OLD_NAMES = ["Lindvik", "Norrbacka", "Ekmora", "Granhult", "Björkfors", "Sjövalla", "Fjällmark", "Ulvsjö",
             "Tallmora", "Ekeslätt", "Storbrinken", "Kvarnåsa", "Lövsjövik", "Västermyr", "Sälgmora",
             "Hällmark", "Brännvik", "Tjärnholm", "Aspedal", "Videberga", "Ljungsäter", "Klintehamra",
             "Ormåker", "Rödberga", "Siljetuna", "Tjärnåker", "Solbacken"]
for fn, ps in pages.items():
    t = "\n".join(ps).lower()
    for nm in OLD_NAMES:
        if nm.lower() in t:
            err(fn, f"reuses earlier synthetic name {nm}")

PLACE = {data.FILES["a"]: "björnhamra", data.FILES["b"]: "gränsmark", data.FILES["c"]: "hjortvik",
         data.FILES["d"]: "stenbräck", data.FILES["e"]: "ramnåsa"}

# ---------------------------------------------------------------- data consistency
bt = sum(r[1] for _, rows in data.B_GROUPS for r in rows)
if abs(bt - 7957.9) > 0.01:
    err("b", f"budget total {bt}")
if sum(r[3] for _, rows in data.C_GROUPS for r in rows) != 10000:
    err("c", "cost total is not 10 000 tkr")
if sum(r[2] for r in data.A_BUDGET) != 148600:
    err("a", "budget 2026 does not sum to 148 600 tkr")

# ---------------------------------------------------------------- expected lists
A_IND = [(g, r) for g, rows in data.A_GOALS for r in rows]
B_ROWS = [(g, r) for g, rows in data.B_GROUPS for r in rows]
C_ROWS = [r for _, rows in data.C_GROUPS for r in rows]
LISTS = {
    "hs6003": [r[0] for g, r in A_IND if r[5] == "Fritidsenheten"],
    "hs6004": [r[0] for g, r in A_IND if g.startswith("Mål 2.")],
    "hs6005": data.A_PRIORITIES,
    "hs6006": [r[0] for g, r in A_IND if r[3] < r[2]],
    "hs6012": [r[0] for g, r in B_ROWS if r[1] - r[3] < -0.001],
    "hs6013": [r[0] for g, r in B_ROWS if r[1] < 100],
    "hs6019": [r[1] for r in C_ROWS if "Q3-26" in r[4]],
    "hs6020": [r[1] for r in C_ROWS if r[2] == "IT-chef"],
    "hs6021": [p for p, _ in data.C_PRINCIPLES],
    "hs6028": [r[1] for r in data.D_GOALS if r[4] == "Nås inte"],
    "hs6029": [t for iso, t in data.D_EVENTS if iso >= "2025-07-01"],
    "hs6036": data.E_ATT_SCHOOL,
    "hs6037": [r[0] for r in data.E_PROPOSALS if r[2] == "Tekniska nämnden"],
    "hs6038": [r[0] for r in data.E_MOTIONS if r[2] < "2025-05-01"],
}
COMPLETE = {"hs6005", "hs6021", "hs6036"}

# none questions: patterns that must NOT match the document text (lower-cased, whitespace collapsed)
NONE = {
    "hs6008": [r"2023"],
    "hs6015": [r"inhyrd personal[^.]*\d", r"hyrpersonal", r"bemanningsföretag"],
    "hs6016": [r"sjukfrånvaro[^.]*helår", r"helåret 2025", r"sjukfrånvaron (för|under) 2025"],
    "hs6023": [r"\d+\s*(anställda|medarbetare|årsarbetare|personer|tjänster)", r"it-avdelningen"],
    "hs6024": [r"2028"],
    "hs6032": [r"2018"],
    "hs6033": [r"solcell[^.]*\d[\d\s]*(kr|tkr|mnkr|kronor)", r"bräckaskolan[^.]*(kr|tkr|mnkr|kronor)"],
    "hs6040": [r"(pensionär|avgiftsfri|70 år)[^.]*\d[\d\s,]*\s*(kr|tkr|mnkr|kronor)",
               r"(kosta|kostnad)[^.]*(pensionär|avgiftsfri)"],
}

NUM = re.compile(r"\(?[−-]?\d[\d \u00a0]*(?:,\d+)?\)?")


def parse_num(text):
    m = NUM.search(text)
    if not m:
        return None
    s = m.group(0)
    neg = s.startswith("(") or "−" in s or "-" in s
    v = float(re.sub(r"[^\d,]", "", s).replace(",", "."))
    return -v if neg else v


# ---------------------------------------------------------------- questions
qs = [json.loads(l) for l in open(QFILE, encoding="utf-8")]
KEYS = ["id", "question", "lang", "type", "docs", "page", "evidence", "answer", "figures", "items"]
cnt = {}
for x in qs:
    qid = x.get("id")
    if list(x.keys()) != KEYS:
        err(qid, f"keys {list(x.keys())}")
    cnt[(x["type"], x["lang"])] = cnt.get((x["type"], x["lang"]), 0) + 1
    if x["lang"] not in ("sv", "en") or x["type"] not in ("figure", "list", "passage", "none"):
        err(qid, "bad lang/type")
    doc = x["docs"][0] if x["docs"] else None
    if doc not in pages:
        err(qid, f"unknown doc {doc}")
        continue
    if PLACE[doc] not in x["question"].lower():
        err(qid, "question does not name its municipality/region")
    ps = pages[doc]
    # 5-word runs copied from the document
    qw = words(x["question"])
    dw = words("\n".join(ps))
    dgrams = {tuple(dw[i:i + 5]) for i in range(len(dw) - 4)}
    for i in range(len(qw) - 4):
        if tuple(qw[i:i + 5]) in dgrams:
            err(qid, f"copies 5 words from the document: {' '.join(qw[i:i + 5])}")
    if x["type"] == "none":
        if x["page"] is not None or x["evidence"] or x["figures"] or x["items"]:
            err(qid, "none question with page/evidence/figures/items")
        text = re.sub(r"\s+", " ", "\n".join(ps).lower())
        for pat in NONE.get(qid, []):
            m = re.search(pat, text)
            if m:
                err(qid, f"none fact present: {pat!r} matches {m.group(0)!r}")
        if qid not in NONE:
            err(qid, "no absence patterns for none question")
        continue
    p = x["page"]
    if not isinstance(p, int) or not 1 <= p <= len(ps):
        err(qid, f"bad page {p}")
        continue
    pt = norm(ps[p - 1])
    pt2 = pt + (norm(ps[p]) if p < len(ps) else "")
    if not x["evidence"]:
        err(qid, "no evidence")
    for ev in x["evidence"]:
        if norm(ev) not in pt:
            err(qid, f"evidence not on page {p}: {ev!r}")
    if x["type"] == "figure":
        if not x["figures"]:
            err(qid, "figure question without figures")
        for f in x["figures"]:
            if norm(f["text"]) not in pt:
                err(qid, f"figure text not on page {p}: {f['text']!r}")
            v = parse_num(f["text"])
            if v is None or abs(v - f["value"]) > 1e-9:
                err(qid, f"figure value {f['value']} does not match text {f['text']!r} ({v})")
    else:
        if x["figures"]:
            err(qid, "figures on a non-figure question")
    if x["type"] == "list":
        if not x["items"]:
            err(qid, "list without items")
        for it in x["items"]:
            if norm(it) not in pt2:
                err(qid, f"item not on page {p} or {p + 1}: {it!r}")
        exp = LISTS.get(qid)
        if exp is None:
            err(qid, "no expected list in check.py")
        else:
            en = [norm(e) for e in exp]
            used = set()
            for it in x["items"]:
                hits = [i for i, e in enumerate(en) if e.startswith(norm(it))]
                if len(hits) != 1:
                    err(qid, f"item {it!r} matches {len(hits)} expected rows")
                used.update(hits)
            if len(x["items"]) != len(exp) or len(used) != len(exp):
                err(qid, f"{len(x['items'])} items, expected {len(exp)}: {exp}")
    elif x["items"]:
        err(qid, "items on a non-list question")

want = {"figure": 12, "list": 14, "passage": 6, "none": 8}
for t, n in want.items():
    got = sum(v for (tt, _), v in cnt.items() if tt == t)
    if got != n:
        err("counts", f"{t}: {got}, expected {n}")
en = sum(v for (_, l), v in cnt.items() if l == "en")
if en != 10 or cnt.get(("list", "en"), 0) != 3 or cnt.get(("figure", "en"), 0) != 3:
    err("counts", f"English {en}, lists {cnt.get(('list', 'en'))}, figures {cnt.get(('figure', 'en'))}")
ids = [x["id"] for x in qs]
if len(set(ids)) != len(ids) or len(qs) != 40:
    err("counts", "ids not unique or not 40 questions")
if set(LISTS) - {x["id"] for x in qs if x["type"] == "list"}:
    err("check", "LISTS names non-list questions")
cond = sum(1 for x in qs if x["type"] == "list" and x["id"] not in COMPLETE)
print(f"{len(qs)} questions: " + ", ".join(f"{t} {sum(v for (tt, _), v in cnt.items() if tt == t)}" for t in want)
      + f"; {en} English; {cond} conditional lists, {len(COMPLETE)} complete lists")
for fn, ps in pages.items():
    print(f"  {fn}: {len(ps)} pages")
for e in errors:
    print("ERROR", e)
print(f"{len(errors)} errors")
sys.exit(1 if errors else 0)
