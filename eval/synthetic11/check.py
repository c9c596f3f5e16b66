"""Checks ../heldout_syn11.jsonl against the five PDFs in this folder (pypdf text).

Modelled on ../synthetic10/check.py.

* format: 40 questions h11001..h11040, key order, types 12 figure / 14 list / 6 passage / 8 none,
  10 in English (at least 3 of them lists and 3 figures), at least 9 conditional lists;
* every question names the municipality/region of its document;
* every evidence phrase (5-15 words) and figure text occurs on the stated page, list items (3-8 words)
  on that page or the next, after lower-casing and dropping non-alphanumerics; figure text lies inside
  an evidence phrase;
* figure values agree with their verbatim text;
* conditional list questions: the expected rows are recomputed from data.py (each item a prefix of exactly
  one row, that row satisfies the condition, every satisfying row covered, the full row text on the page
  or the next); the complete lists must cover exactly the list in data.py;
* none questions: empty docs/evidence/figures/items, page null, answer "", and the asked fact is absent from
  the document of that municipality/region (regex patterns below);
* no 5-word run shared between a question and any page of its document (none questions: the document of
  their municipality/region);
* documents: 5 PDFs, 3-5 pages, å/ä/ö extractable, "−" where negative numbers are printed, metadata titles
  exactly in (a), (c), (e), no names of earlier synthetic municipalities/regions or places (FORBIDDEN), and
  no document names the municipality/region of another synthetic11 document;
* data consistency: (a) landscape p. 2-3, netto = intäkter + kostnader, Delsumma/Totalt rows, the break
  inside Socialnämnden with NO heading on p. 3, footnote markers and notes, the totals in the text on p. 1;
  (b) 18 rows, the count in the text, the area rows, the heading repeated once on p. 3, two urgent
  decisions, every delegate abbreviation explained; (c) 15 rows, the sum of listed patients, the keys to
  ".." and "–", the two units in egen regi that got worse, five proposals with their sub-items on p. 4;
  (d) eleven complete cards on p. 2-3, the portfolio total and the running cost total on p. 1, the year of
  "Klart"; (e) §§ 63–70 headings, votes adding up to 49 members, the motions on p. 4.
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
from common11 import grp, dec  # noqa: E402
from data import (A_NAMNDER, A_ROWS, A_BREAK_AFTER, A_NOTES, a_netto, a_sub, a_total, a_skatt,  # noqa: E402
                  A_RESULTAT_2026, A_GEMENSAMT_2026, B_GROUPS, B_ROWS, B_DELEGAT, B_BREAK_BEFORE, C_VC, C_MAL,
                  C_ATGARDER, D_PROJ, d_total, E_PARA, E_MOTIONER)

QFILE = HERE.parent / "heldout_syn11.jsonl"
N_Q = 40
PREFIX, BASE = "h", 11000
WANT_TYPES = {"figure": 12, "list": 14, "passage": 6, "none": 8}
WANT_EN = 10
MIN_COND = 9
KEYS = ["id", "question", "lang", "type", "docs", "page", "evidence", "answer", "figures", "items"]
UNITS = {"mnkr", "tkr", "kr", "procent", "antal", "datum", "år"}

A = "brunnsvala-driftbudget-2026.pdf"
B = "dovringe-sn-delegationsbeslut-2026-05.pdf"
C = "region-nordkulla-tillganglighet-primarvard-2026.pdf"
D = "getakra-digitaliseringsplan-2026-2028.pdf"
E = "knaphojda-kf-protokoll-2026-06-15.pdf"
PLACE = {A: "Brunnsvala", B: "Dövringe", C: "Nordkulla", D: "Getåkra", E: "Knaphöjda"}
WITH_TITLE = {A, C, E}
WITH_MINUS = {A}
# names of ../synthetic … ../synthetic10: the union of the FORBIDDEN lists of ../synthetic4, 7, 8, 9, 10
# check.py (which also record the file-name municipalities of ../synthetic2, 5, 6), the PLACE names of
# ../synthetic9/check.py and the municipalities and places named in ../synthetic10/README.md
FORBIDDEN = ["Björkfors", "Ekmora", "Granhult", "Lindvik", "Norrbacka", "Ekeslätt", "Fjällmark", "Sjövalla",
             "Tallmora", "Ulvsjö", "Kvarnåsa", "Lövsjövik", "Storbrinken", "Västermyr", "Sälgmora", "Hällmark",
             "Brännvik", "Tjärnholm", "Aspedal", "Videberga", "Ljungsäter", "Klintehamra", "Ormaker", "Örmåker",
             "Ormåker", "Siljetuna", "Rödberga", "Tjärnaker", "Tjärnåker", "Solbacken", "Granlunden",
             "Tjärnbadet", "Höjdåsen", "Videvallen", "Lärkan", "Hagaskolan", "Åsnäs", "Ramsvika", "Furuskog",
             "Vättersund", "Stensjöbro", "Korpilund", "Lerviken", "Strandängen", "Ängsdalen", "Sjövägen",
             "Björnhamra", "Hjortviken", "Ramnåsa", "Rämnåsa", "Ramnasa", "Gränsmark", "Gransmark",
             "Stenbräcka", "Stenbracka", "Alvsäter", "Mälarbotten", "Hagfjärda", "Tornbacka", "Vindeborg",
             "Skärvsta", "Kvarnhagen", "Kvarnskogen", "Kvarnbacksskolan", "Norrgläntan", "Rönnåsen",
             "Rönngården", "Lärkvägen",
             # ../synthetic9 (PLACE)
             "Tistelholm", "Kvistberg", "Gillerbacka", "Norrvidden", "Vrångsta",
             # ../synthetic10 (README)
             "Mörtsunda", "Fjärdhamra", "Lidhälla", "Tranemåla", "Ödeshärad", "Hovlinge", "Ekbrinken",
             "Hagmarken", "Bergsätra", "Kärrbyn", "Skogsbrynet", "Granbyn", "Ekvallen", "Ståltorp", "Norrvalla",
             "Sjöbacken"]
# the new names of this set (for later writers): municipalities/region and invented places
NEW_NAMES = ["Brunnsvala", "Dövringe", "Nordkulla", "Getåkra", "Knaphöjda", "Tallkotten", "Ekorrbacken",
             "Lommarby", "Almbacka", "Hummelby", "Trastvik", "Kråkelund", "Svanedal", "Bäverholm", "Grusåsen",
             "Starrmyra", "Fiskartorp", "Kolbotten", "Tjäderåsen", "Mossgläntan", "Hjärtebo", "Ängslyckan",
             "Skatåsen", "Rävlyckan", "Skräddarbo", "Knaphöjdalistan"]


def norm(s):
    return "".join(ch for ch in s.lower() if ch.isalnum())


def words(s):
    return re.findall(r"\w+", s.lower())


# ---------------------------------------------------------------- row texts as printed in the PDFs
def _z(x):
    return "–" if x == 0 else grp(x)


def _a_item(r):
    n25, n26 = a_netto(r)
    return f"{r[1]} {_z(r[2])} {grp(r[3])} {grp(n25)} {_z(r[4])} {grp(r[5])} {grp(n26)} {grp(n26 - n25)}"


A_IT = [dict(r=r, item=_a_item(r)) for r in A_ROWS]
B_IT = [dict(r=r, item=f"{r[2]} {r[3]} {r[4]} {r[5]}", row=f"{r[1]} {r[2]} {r[3]} {r[4]} {r[5]}") for r in B_ROWS]
C_IT = [dict(r=r, item=" ".join([r[0], r[1], grp(r[2])] + [str(x) for x in r[3:]])) for r in C_VC]


def _card(p):
    return (f"{p[0]} {p[1]} Ansvarig {p[2]} Status {p[8]} Start {p[3]} Klart {p[4]} Budget {dec(p[6])} mnkr "
            f"Drift per år {dec(p[7], 2)} mnkr Syfte {p[9]}")


D_IT = [dict(r=p, item=p[1], row=_card(p)) for p in D_PROJ]
E_IT = [dict(r=p, item=p[1], row=f"§ {p[0]} {p[1]}") for p in E_PARA]

COND = {
    "h11004": (A_IT, lambda r: r[0] == "Socialnämnden"),                       # nämnd (group), page break
    "h11005": (A_IT, lambda r: a_netto(r)[1] > a_netto(r)[0]),                 # lower net cost 2026 than 2025
    "h11006": (A_IT, lambda r: r[4] > 10000),                                  # intäkter 2026 > 10 mnkr
    "h11010": (B_IT, lambda r: r[4] == "Ordf"),                                # delegate
    "h11011": (B_IT, lambda r: "LVU" in r[5]),                                 # lagrum (kind of decision)
    "h11012": (B_IT, lambda r: r[3] > "2026-04-15"),                           # date
    "h11020": (C_IT, lambda r: isinstance(r[6], int) and r[6] >= C_MAL),       # target reached, ".." excluded
    "h11021": (C_IT, lambda r: r[1] == "Privat"),                              # kind of provider
    "h11026": (D_IT, lambda r: r[5] == 2027),                                  # finished in 2027
    "h11027": (D_IT, lambda r: r[2] == "Utbildningsförvaltningen"),            # responsible unit
    "h11028": (D_IT, lambda r: r[6] > 1.5),                                    # budget threshold
    "h11033": (E_IT, lambda r: r[2] is not None),                              # decided after a vote
}
EXACT = {
    "h11022": [t for t, _ in C_ATGARDER],
    "h11034": E_MOTIONER,
}
NONE_ABSENT = {
    "h11008": (A, [r"2027", r"[Pp]lan 20\d\d"]),
    "h11009": (A, [r"[Aa]nställd", r"[Åå]rsarbet", r"[Mm]edarbetare", r"[Pp]ersonal"]),
    "h11016": (B, [r"LVU[^.]{0,80}(?:\bkr\b|kronor)", r"[Pp]lacering", r"[Dd]ygnskostnad", r"[Vv]årdkostnad"]),
    "h11024": (C, [r"2024"]),
    "h11025": (C, [r"[Pp]atientenkät", r"[Nn]öjd", r"[Pp]atientupplev", r"NPE"]),
    "h11032": (D, [r"[Bb]esparing", r"\b[Ss]par[ae]?r?\b", r"frigör\w*[^.]{0,80}(?:mnkr|tkr|kronor|\bkr\b)"]),
    "h11039": (E, [r"[Bb]esparing", r"\b[Ss]par[ae]?r?\b", r"Skräddarbo[^.]{0,200}(?:mnkr|tkr|kronor|\bkr\b)"]),
    "h11040": (E, [r"\d+\s+elever", r"elever[^.]{0,40}\d", r"[Ee]levantal"]),
}

_cache = {}


def pdf_pages(fn):
    if fn not in _cache:
        r = pypdf.PdfReader(str(HERE / fn))
        raw = [p.extract_text() or "" for p in r.pages]
        _cache[fn] = (r, raw, [norm(t) for t in raw])
    return _cache[fn]


def parse_number(text):
    m = re.search(r"[−-]?\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d+)?|[−-]?\d+(?:,\d+)?", text)
    if not m:
        return None
    return abs(float(m.group().replace(" ", "").replace("\u00a0", "").replace(",", ".")
                     .replace("−", "-")))


def copies(question, raw_text):
    qw, pw = words(question), " " + " ".join(words(raw_text)) + " "
    for i in range(len(qw) - 4):
        if " " + " ".join(qw[i:i + 5]) + " " in pw:
            return " ".join(qw[i:i + 5])
    return None


def check_list_items(q, E_, text, nxt):
    qid = q["id"]
    if qid in COND:
        rows, pred = COND[qid]
        expected = [x for x in rows if pred(x["r"])]
        for it in q["items"]:
            hits = [x for x in rows if norm(x["item"]).startswith(norm(it))]
            if len(hits) != 1:
                E_(f"item matches {len(hits)} table rows: {it!r}")
            elif not pred(hits[0]["r"]):
                E_(f"item is a row outside the condition: {it!r}")
        for x in expected:
            if not any(norm(x["item"]).startswith(norm(it)) for it in q["items"]):
                E_(f"matching row missing from items: {x['item'][:60]!r}")
            full = norm(x.get("row", x["item"]))
            if full not in text and full not in nxt:
                E_(f"row text not found in PDF (data/PDF out of sync): {x.get('row', x['item'])[:70]!r}")
        if len(expected) != len(q["items"]):
            E_(f"{len(q['items'])} items but {len(expected)} matching rows")
        if len(expected) < 2:
            E_("a conditional list needs at least two matching rows")
    elif qid in EXACT:
        src = EXACT[qid]
        for it in q["items"]:
            hits = [s for s in src if norm(s).startswith(norm(it))]
            if len(hits) != 1:
                E_(f"item matches {len(hits)} list entries: {it!r}")
        for s in src:
            if not any(norm(s).startswith(norm(it)) for it in q["items"]):
                E_(f"list entry missing from items: {s[:60]!r}")
            if norm(s) not in text and norm(s) not in nxt:
                E_(f"list entry not found in PDF: {s[:60]!r}")
        if len(src) != len(q["items"]):
            E_(f"{len(q['items'])} items but {len(src)} list entries")
    else:
        E_("list question has no recomputation rule (COND/EXACT)")


def main():
    errs = []
    qs = [json.loads(l) for l in open(QFILE, encoding="utf-8") if l.strip()]
    if len(qs) != N_Q:
        errs.append(f"{len(qs)} questions, expected {N_Q}")
    for n, q in enumerate(qs, 1):
        qid = q.get("id", f"line{n}")
        E_ = lambda m, qid=qid: errs.append(f"{qid}: {m}")  # noqa: E731
        if list(q.keys()) != KEYS:
            E_(f"keys/order {list(q.keys())}")
            continue
        if qid != f"{PREFIX}{BASE + n}":
            E_(f"id out of sequence (expected {PREFIX}{BASE + n})")
        if q["lang"] not in ("sv", "en"):
            E_("bad lang")
        if not q["question"].endswith("?"):
            E_("question should end with '?'")
        for bad in FORBIDDEN:
            if bad.lower() in q["question"].lower():
                E_(f"forbidden name {bad}")
        t = q["type"]
        if t not in ("figure", "list", "passage", "none"):
            E_("bad type")
            continue
        if t == "none":
            if (q["docs"] or q["evidence"] or q["figures"] or q["items"] or q["page"] is not None
                    or q["answer"] != ""):
                E_("none question must have docs [], empty evidence/figures/items, page null, answer ''")
            if qid not in NONE_ABSENT:
                E_("none question without an absence rule")
                continue
            fn, pats = NONE_ABSENT[qid]
            if PLACE[fn] not in q["question"]:
                E_(f"absence rule checks {fn} but the question is not about {PLACE[fn]}")
            raw = pdf_pages(fn)[1]
            alltext = re.sub(r"\s+", " ", " ".join(raw))
            for pat in pats:
                m = re.search(pat, alltext)
                if m:
                    E_(f"none question may be answerable: {pat!r} matches {m.group(0)[:60]!r} in {fn}")
            for i, pg_raw in enumerate(raw, 1):
                c = copies(q["question"], pg_raw)
                if c:
                    E_(f"none question copies wording of {fn} p{i}: {c!r}")
            continue
        if len(q["docs"]) != 1 or not (HERE / q["docs"][0]).exists():
            E_(f"need exactly one existing doc: {q['docs']}")
            continue
        fn = q["docs"][0]
        if PLACE[fn] not in q["question"]:
            E_(f"question does not name {PLACE[fn]}")
        _, raw, pg = pdf_pages(fn)
        p = q["page"]
        if not isinstance(p, int) or not 1 <= p <= len(pg):
            E_(f"bad page {p}")
            continue
        text, nxt = pg[p - 1], (pg[p] if p < len(pg) else "")
        if not q["answer"]:
            E_("empty answer")
        if not 1 <= len(q["evidence"]) <= 2:
            E_("need 1-2 evidence phrases")
        for ev in q["evidence"]:
            w = len(ev.split())
            if not 5 <= w <= 15:
                E_(f"evidence has {w} words: {ev!r}")
            if norm(ev) not in text:
                where = [i + 1 for i, x in enumerate(pg) if norm(ev) in x]
                E_(f"evidence not on p{p} (found on {where}): {ev!r}")
        for i, pg_raw in enumerate(raw, 1):
            c = copies(q["question"], pg_raw)
            if c:
                E_(f"question copies wording of p{i}: {c!r}")
        if t == "figure":
            if not q["figures"] or q["items"]:
                E_("figure question needs figures and no items")
            for f in q["figures"]:
                if list(f.keys()) != ["value", "unit", "text"]:
                    E_(f"figure keys {list(f.keys())}")
                    continue
                if f["unit"] not in UNITS:
                    E_(f"bad unit {f['unit']}")
                if norm(f["text"]) not in text:
                    E_(f"figure text not on p{p}: {f['text']!r}")
                if not any(norm(f["text"]) in norm(ev) for ev in q["evidence"]):
                    E_(f"figure text not inside an evidence phrase: {f['text']!r}")
                v = parse_number(f["text"])
                if not isinstance(f["value"], (int, float)) or v is None or abs(v - abs(f["value"])) > 1e-9:
                    E_(f"figure text/value mismatch {f}")
                if "−" in f["text"] and f["value"] >= 0:
                    E_(f"printed negative but positive value {f}")
        elif q["figures"]:
            E_(f"{t} question with figures")
        if t == "list":
            if len(q["items"]) < 2:
                E_("list needs >= 2 items")
            if len(set(map(norm, q["items"]))) != len(q["items"]):
                E_("duplicate items")
            for it in q["items"]:
                w = len(it.split())
                if not 3 <= w <= 8:
                    E_(f"item has {w} words: {it!r}")
                if norm(it) not in text and norm(it) not in nxt:
                    E_(f"item not on p{p}/p{p + 1}: {it!r}")
            check_list_items(q, E_, text, nxt)
        elif q["items"]:
            E_(f"{t} question with items")

    # ---------------------------------------------------------------- counts
    types = collections.Counter(q["type"] for q in qs)
    langs = collections.Counter(q["lang"] for q in qs)
    en_by_type = collections.Counter(q["type"] for q in qs if q["lang"] == "en")
    n_cond = sum(1 for q in qs if q["type"] == "list" and q["id"] in COND)
    if dict(sorted(types.items())) != dict(sorted(WANT_TYPES.items())):
        errs.append(f"type counts {dict(types)} != {WANT_TYPES}")
    if langs.get("en", 0) != WANT_EN:
        errs.append(f"{langs.get('en', 0)} English questions, expected {WANT_EN}")
    if en_by_type["list"] < 3 or en_by_type["figure"] < 3:
        errs.append(f"English questions by type {dict(en_by_type)}: need >= 3 lists and >= 3 figures")
    if n_cond < MIN_COND:
        errs.append(f"only {n_cond} conditional list questions")
    if len(set(q["question"] for q in qs)) != len(qs):
        errs.append("duplicate question texts")

    # ---------------------------------------------------------------- documents
    files = sorted(f.name for f in HERE.glob("*.pdf"))
    titled = set()
    if files != sorted(PLACE):
        errs.append(f"PDFs {files} != expected {sorted(PLACE)}")
    for fn in files:
        r, raw, _ = pdf_pages(fn)
        if not 3 <= len(raw) <= 5:
            errs.append(f"{fn}: {len(raw)} pages")
        alltext = " ".join(raw)
        for ch in "åäö":
            if ch not in alltext:
                errs.append(f"{fn}: no '{ch}' in extracted text")
        if fn in WITH_MINUS and "−" not in alltext:
            errs.append(f"{fn}: no minus sign '−' in extracted text")
        for bad in FORBIDDEN:
            if bad.lower() in alltext.lower():
                errs.append(f"{fn}: forbidden name {bad}")
        for other, name in PLACE.items():
            if other != fn and name.lower() in alltext.lower():
                errs.append(f"{fn}: names {name}, the municipality/region of {other}")
        if PLACE[fn] not in raw[0]:
            errs.append(f"{fn}: p1 does not name {PLACE[fn]}")
        if (r.metadata or {}).get("/Title"):
            titled.add(fn)
    if titled != WITH_TITLE:
        errs.append(f"metadata titles in {sorted(titled)}, expected {sorted(WITH_TITLE)}")
    used = collections.Counter(q["docs"][0] for q in qs if q["docs"])
    for fn in files:
        if used[fn] < 6:
            errs.append(f"{fn}: only {used[fn]} answerable questions")

    # ---------------------------------------------------------------- data consistency
    def flat(fn, i):
        return re.sub(r"\s+", " ", pdf_pages(fn)[1][i])

    def on(fn, s, pages):
        return any(norm(s) in pdf_pages(fn)[2][i] for i in pages)

    # (a)
    ra = pdf_pages(A)[0]
    for i in (1, 2):
        box = ra.pages[i].mediabox
        if not float(box.width) > float(box.height):
            errs.append(f"A: p{i + 1} should be landscape")
    for i in (0, 3):
        box = ra.pages[i].mediabox
        if float(box.width) > float(box.height):
            errs.append(f"A: p{i + 1} should be portrait")
    brk = [x["r"][1] for x in A_IT].index(A_BREAK_AFTER)
    for k, x in enumerate(A_IT):
        if not on(A, x["item"], [1 if k <= brk else 2]):
            errs.append(f"A: row {x['item'][:40]!r} not on p{2 if k <= brk else 3}")
    if A_IT[brk + 1]["r"][0] != A_IT[brk]["r"][0]:
        errs.append("A: the break should fall inside a nämnd")
    if on(A, "Intäkter Kostnader Netto", [2]) or on(A, "Budget 2025", [2]):
        errs.append("A: the heading must not be repeated on p3")
    if not on(A, "Budget 2025 Budget 2026", [1]):
        errs.append("A: two-level heading missing on p2")
    for nm in A_NAMNDER:
        s = a_sub(nm)
        if not on(A, f"Delsumma {nm} " + " ".join(grp(x) for x in s) + " " + grp(s[5] - s[2]), [1, 2]):
            errs.append(f"A: Delsumma {nm} wrong")
    tot = a_total()
    if not on(A, "Totalt nämnderna " + " ".join(grp(x) for x in tot) + " " + grp(tot[5] - tot[2]), [2]):
        errs.append("A: Totalt row wrong")
    if sum(r[2] for r in A_ROWS) != tot[0] or sum(a_netto(r)[1] for r in A_ROWS) != tot[5]:
        errs.append("A: totals do not add up")
    for mark, note in zip("¹²³⁴", A_NOTES):
        if not note.startswith(mark) or not on(A, note, [2]) or not any(r[1].endswith(mark) for r in A_ROWS):
            errs.append(f"A: footnote {mark} inconsistent")
    if not on(A, "Avgiften höjs med 3 250 tkr", [2]) or not on(A, "Kollektivtrafik³ – −18 400 −18 400 – "
                                                                   "−21 650 −21 650 −3 250", [2]):
        errs.append("A: footnote 3 does not match the Kollektivtrafik change")
    d_net = tot[5] - tot[2]
    if not on(A, f"till {grp(-tot[5])} tkr. Det är {grp(-d_net)} tkr eller {dec(d_net / tot[2] * 100)} procent "
                 f"mer än i budget 2025, då ramarna sammanlagt var {grp(-tot[2])} tkr", [0]):
        errs.append("A: totals sentence on p1 wrong")
    sn = a_sub("Socialnämnden")
    if not on(A, f"Socialnämndens nettoram ökar med {grp(sn[2] - sn[5])} tkr", [0]):
        errs.append("A: Socialnämnden increase on p1 wrong")
    if abs(a_skatt() - (-tot[5] / 1000 + A_GEMENSAMT_2026 + A_RESULTAT_2026)) > 0.051 or \
            not on(A, f"beräknas till {dec(a_skatt())} mnkr", [0]):
        errs.append("A: tax income / result bridge wrong")
    # (b)
    if len(B_ROWS) != 18 or not on(B, f"de {len(B_ROWS)} beslut", [0]):
        errs.append("B: 18 rows / count in the text")
    ib = [x["r"][1] for x in B_IT].index(B_BREAK_BEFORE)
    for k, x in enumerate(B_IT):
        if not on(B, x["row"], [1 if k < ib else 2]):
            errs.append(f"B: row {x['row'][:40]!r} not on p{2 if k < ib else 3}")
    if pdf_pages(B)[2][2].count(norm("Punkt Beslut Datum Delegat Lagrum")) != 1:
        errs.append("B: heading must be repeated once on p3")
    for g in B_GROUPS:
        if not on(B, g, [1, 2]):
            errs.append(f"B: area row {g!r} missing")
    if sum(1 for r in B_ROWS if r[0] == "5") != 2 or not on(B, "Två beslut har fattats av ordföranden", [0]):
        errs.append("B: two urgent decisions expected")
    abbrs = {a for a, _ in B_DELEGAT}
    if {r[4] for r in B_ROWS} - abbrs or not all(on(B, f"{a} {b}", [0]) for a, b in B_DELEGAT):
        errs.append("B: delegate abbreviations not all explained on p1")
    # (c)
    if len(C_VC) != 15 or not on(C, f"Regionens {len(C_VC)} vårdcentraler", [0]):
        errs.append("C: 15 vårdcentraler")
    if not on(C, f"sammanlagt {grp(sum(r[2] for r in C_VC))} listade patienter", [0]):
        errs.append("C: sum of listed patients on p1 wrong")
    for x in C_IT:
        if not on(C, x["item"], [1]):
            errs.append(f"C: row {x['item'][:40]!r} not on p2")
    if not (on(C, ".. Uppgiften redovisas inte", [1]) and on(C, "– Uppgift saknas", [1])):
        errs.append("C: keys to '..' and '–' missing below the table")
    worse = [r for r in C_VC if r[1] == "Egen regi" and isinstance(r[3], int) and isinstance(r[4], int)
             and r[4] < r[3]]
    if len(worse) != 2 or not on(C, "Två vårdcentraler i egen regi har försämrats", [0]):
        errs.append("C: two units in egen regi got worse")
    if not all(any(norm(r[0].rstrip("¹²")).endswith(norm(w)) or norm(w) in norm(r[0]) for r in worse)
               for w in ("Kolbotten", "Svanedal")):
        errs.append("C: Kolbotten and Svanedal should be the units that got worse")
    for i, (t, subs) in enumerate(C_ATGARDER, 1):
        if not on(C, f"{i}. {t}", [3]):
            errs.append(f"C: proposal {i} missing on p4")
        for j, s in enumerate(subs):
            if not on(C, f"{'ab'[j]}) {s}", [3]):
                errs.append(f"C: sub-item {i}{'ab'[j]} missing on p4")
    # (d)
    if len(D_PROJ) != 11 or not on(D, f"omfattar {len(D_PROJ)} projekt med en sammanlagd projektbudget på "
                                      f"{dec(d_total())} mnkr", [0]):
        errs.append("D: portfolio count/total on p1 wrong")
    if not on(D, f"sammanlagt {dec(sum(p[7] for p in D_PROJ))} mnkr", [0]):
        errs.append("D: running cost total on p1 wrong")
    for x in D_IT:
        if not on(D, x["row"], [1, 2]):
            errs.append(f"D: card {x['r'][0]} not printed completely on p2/p3")
        if not x["r"][4].endswith(str(x["r"][5])):
            errs.append(f"D: card {x['r'][0]} year of Klart inconsistent")
    # (e)
    if [p[0] for p in E_PARA] != list(range(63, 71)):
        errs.append("E: §§ must run 63–70")
    for x in E_IT:
        if not on(E, x["row"], range(1, 4)) or not on(E, x["row"], [0]):
            errs.append(f"E: § {x['r'][0]} heading missing")
        if x["r"][2]:
            ja, nej, av = x["r"][2]
            if ja + nej + av != 49 or not on(E, f"Ja-röster {ja}, Nej-röster {nej}, Avstår {av}", range(1, 4)):
                errs.append(f"E: vote of § {x['r'][0]} wrong")
    if not on(E, "49 ledamöter", [0]):
        errs.append("E: number of members on p1")
    if sum(1 for p in E_PARA if p[2]) != sum(pdf_pages(E)[2][i].count(norm("Ja-röster")) for i in range(4)):
        errs.append("E: votes in the text != data")
    for m in E_MOTIONER:
        if not on(E, m, [3]):
            errs.append(f"E: motion {m!r} not on p4")

    for e in errs:
        print("ERROR", e)
    print(f"{len(qs)} questions; types {dict(types)}; langs {dict(langs)}; English by type {dict(en_by_type)}; "
          f"conditional lists {n_cond}")
    print("per doc (answerable): " + ", ".join(f"{k} {v}" for k, v in sorted(used.items())))
    print(f"{len(files)} pdfs, {len(titled)} with metadata title, pages: "
          + ", ".join(f"{fn} {len(pdf_pages(fn)[1])}" for fn in files))
    print(f"{len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
