"""Checks ../heldout_syn9.jsonl against the five PDFs in this folder (pypdf text).

Modelled on ../synthetic8/check.py.

* format: 40 questions h9s001..h9s040, key order, types 12 figure / 14 list / 6 passage / 8 none, 10 in English,
  at least 8 conditional lists;
* every question names the municipality/region of its document;
* every evidence phrase (5-15 words) and figure text occurs on the stated page, list items (3-8 words) on that
  page or the next, after lower-casing and dropping non-alphanumerics; figure text inside an evidence phrase;
* figure values agree with their verbatim text;
* conditional list questions: the expected rows are recomputed from data.py (each item a prefix of exactly one
  row, that row satisfies the condition, every satisfying row covered, full row text on the page or the next);
  the complete lists must cover exactly the list in data.py;
* none questions: empty docs/evidence/figures/items, page null, answer "", and the asked fact is absent from the
  document of that municipality/region (regex patterns below);
* no 5-word run shared between a question and its page (none questions: any page of the document);
* documents: 5 PDFs, 3-5 pages, å/ä/ö extractable, "−" in (b), (d) and (e), 3 with a metadata title, landscape
  pages 2-3 in (a), table headers repeated on the continuation pages of (a) and (b), no names of earlier
  synthetic municipalities/regions or places (FORBIDDEN), in the PDFs or in the questions;
* data consistency (risk values and the 20 risks in (a); subtotals, total and the figures of the text in (b);
  pupil total and text claims in (c); total row, text claims and 14 assignments in (d); vote, members, delegation
  count and the forecast arithmetic in (e)).
Prints every failure and exits non-zero if there is any.
"""
import collections
import json
import os
import re
import sys
from pathlib import Path

import pypdf

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from common9 import grp, dec  # noqa: E402
from data import (A_RISKER, A_BESLUT, A_FREKVENS, B_GRUPPER, B_PRIO, b_rows, b_sum, b_total,  # noqa: E402
                  C_AK9, C_TOTAL, C_AK6, c_fmt, D_SJUK, D_TOTAL, D_UPPDRAG, D_STATUS, E_DELEG, E_REK,
                  E_BESLUT88)

QFILE = Path(os.environ.get("SYN9_QUESTIONS", HERE.parent / "heldout_syn9.jsonl"))
N_Q = 40
WANT_TYPES = {"figure": 12, "list": 14, "passage": 6, "none": 8}
WANT_EN = 10
KEYS = ["id", "question", "lang", "type", "docs", "page", "evidence", "answer", "figures", "items"]
UNITS = {"mnkr", "tkr", "kr", "procent", "antal", "datum", "år"}
MONTHS = {m: i for i, m in enumerate(["januari", "februari", "mars", "april", "maj", "juni", "juli",
                                      "augusti", "september", "oktober", "november", "december"], 1)}

A = "tistelholm-ks-internkontrollplan-2026.pdf"
B = "kvistberg-investeringsbudget-2026-2029.pdf"
C = "gillerbacka-bun-kunskapsresultat-2025-26.pdf"
D = "region-norrvidden-personalbokslut-2025.pdf"
E = "vrangsta-ks-protokoll-2026-06-09.pdf"
PLACE = {A: "Tistelholm", B: "Kvistberg", C: "Gillerbacka", D: "Norrvidden", E: "Vrångsta"}
# municipalities/regions and places of ../synthetic – ../synthetic8 (READMEs, the FORBIDDEN list of
# ../synthetic8/check.py, and place names found in their data.py files)
FORBIDDEN = ["Björkfors", "Ekmora", "Granhult", "Lindvik", "Norrbacka", "Ekeslätt", "Fjällmark", "Sjövalla",
             "Tallmora", "Ulvsjö", "Kvarnåsa", "Lövsjövik", "Storbrinken", "Västermyr", "Sälgmora", "Hällmark",
             "Brännvik", "Tjärnholm", "Aspedal", "Videberga", "Ljungsäter", "Klintehamra", "Ormaker", "Ormåker",
             "Siljetuna", "Rödberga", "Tjärnaker", "Tjärnåker", "Solbacken", "Granlunden", "Tjärnbadet",
             "Höjdåsen", "Videvallen", "Lärkan", "Hagaskolan", "Åsnäs", "Ramsvika", "Furuskog", "Vättersund",
             "Stensjöbro", "Korpilund", "Lerviken", "Strandängen", "Ängsdalen", "Sjövägen", "Björnhamra",
             "Hjortviken", "Ramnåsa", "Rämnåsa", "Ramnasa", "Gränsmark", "Gransmark", "Stenbräcka", "Stenbracka",
             "Alvsäter", "Mälarbotten", "Hagfjärda", "Tornbacka", "Vindeborg", "Skärvsta", "Kvarnhagen",
             "Kvarnskogen", "Norrgläntan", "Rönnåsen", "Rönngården", "Lärkvägen"]


def norm(s):
    return "".join(ch for ch in s.lower() if ch.isalnum())


def words(s):
    return re.findall(r"\w+", s.lower())


# ---------------------------------------------------------------- row texts as printed in the PDFs
def amt(v):
    return "–" if v == 0 else grp(v)


A_ROWS = [dict(r=r, item=f"{r[0]} {r[1]}",
               row=f"{r[0]} {r[1]} {r[2]} {r[3]} {r[2] * r[3]} {r[4]} {r[5]} {r[6]}") for r in A_RISKER]
B_ROWS = [dict(r=r, item=f"{r[1]} {grp(r[2])} " + " ".join(amt(v) for v in r[3:])) for r in b_rows()]
C_ROWS = [dict(r=r, item=f"{r[0]} {r[1]} {r[2]} " + " ".join(c_fmt(v) for v in r[3:])) for r in C_AK9]
D_SJUK_ROWS = [dict(r=r, item=f"{r[0]} {grp(r[1])} {dec(r[2])} {dec(r[3])}") for r in D_SJUK]
D_UPP_ROWS = [dict(r=r, item=f"{r[1]} {r[2]} {r[3]} {r[5]}", row=f"{r[0]} {r[1]} {r[2]} {r[3]} {r[5]}")
              for r in D_UPPDRAG]
E_ROWS = [dict(r=r, item=r[3], row=" ".join(r)) for r in E_DELEG]

# qid -> (rows, predicate on the raw row)
COND = {
    "h9s003": (A_ROWS, lambda r: r[2] * r[3] >= 12),
    "h9s004": (A_ROWS, lambda r: r[6] == "Varje tertial"),
    "h9s012": (B_ROWS, lambda r: r[3] > 10000),
    "h9s013": (B_ROWS, lambda r: r[3] == 0 and any(v > 0 for v in r[4:])),
    "h9s020": (C_ROWS, lambda r: isinstance(r[6], float) and r[6] < 80),
    "h9s021": (C_ROWS, lambda r: isinstance(r[3], float) and isinstance(r[4], float) and r[4] < r[3]),
    "h9s022": (C_ROWS, lambda r: r[3] == "*"),
    "h9s028": (D_SJUK_ROWS, lambda r: r[3] > r[2]),
    "h9s029": (D_UPP_ROWS, lambda r: r[5] == "Genomfört"),
    "h9s030": (D_UPP_ROWS, lambda r: "2026-01-01" <= r[4] <= "2026-06-30"),
    "h9s036": (E_ROWS, lambda r: r[2] == "Kommundirektör"),
}
# complete lists: every list item of the document, exactly once
EXACT = {
    "h9s005": A_BESLUT,
    "h9s014": B_PRIO,
    "h9s037": E_REK,
}
AMOUNT = r"\d[\d \u00a0]*(?:,\d+)? ?(?:kronor|kr|mnkr|tkr|miljoner)\b"
# none questions: (document of that municipality/region, patterns that would answer the question)
NONE_ABSENT = {
    "h9s007": (A, [r"2024"]),
    "h9s008": (A, [r"[Ii][Tt]-chef(?:en)? (?!(?:Månadsvis|Kvartalsvis|Varje|Halvårsvis|Årligen)\b)[A-ZÅÄÖ][a-zåäö]+ "
                   r"[A-ZÅÄÖ][a-zåäö]+", r"[A-ZÅÄÖ][a-zåäö]+ [A-ZÅÄÖ][a-zåäö]+, [Ii][Tt]-chef",
                   r"[Ii][Tt]-chef\w*[^.]{0,20}\b(?:heter|är)\b"]),
    "h9s016": (B, [r"2030"]),
    "h9s017": (B, [r"[Ii]shall", r"[Ii]sbana"]),
    "h9s024": (C, [r"2024", r"2023/24", r"vt 2024"]),
    "h9s032": (D, [r"2023"]),
    "h9s033": (D, [r"\d+ inhyrda", r"inhyrd\w*[^.]{0,60}?\d+ (?:personer|sjuksköterskor|årsarbetare|heltids)",
                   r"antal\w* inhyrd"]),
    "h9s040": (E, [r"[Ss]olcell[^.]*" + AMOUNT, AMOUNT + r"[^.]*solcell"]),
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


def parse_date(text):
    m = re.search(r"(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        return m.group(0)
    m = re.search(r"(\d{1,2}) (\w+) (\d{4})", text)
    if m and m.group(2).lower() in MONTHS:
        return f"{m.group(3)}-{MONTHS[m.group(2).lower()]:02d}-{int(m.group(1)):02d}"
    return None


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
            rn = norm(x["item"])
            if not any(rn.startswith(norm(it)) for it in q["items"]):
                E_(f"matching row missing from items: {x['item'][:60]!r}")
            full = norm(x.get("row", x["item"]))
            if full not in text and full not in nxt:
                E_(f"row text not found in PDF (data/PDF out of sync): {x.get('row', x['item'])[:60]!r}")
        if len(expected) != len(q["items"]):
            E_(f"{len(q['items'])} items but {len(expected)} matching rows")
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


def check_questions(qs, errs):
    for n, q in enumerate(qs, 1):
        qid = q.get("id", f"line{n}")
        E_ = lambda m, qid=qid: errs.append(f"{qid}: {m}")  # noqa: E731
        if list(q.keys()) != KEYS:
            E_(f"keys/order {list(q.keys())}")
            continue
        if qid != f"h9s{n:03d}":
            E_(f"id out of sequence (expected h9s{n:03d})")
        if q["lang"] not in ("sv", "en"):
            E_("bad lang")
        for bad in FORBIDDEN:
            if bad.lower() in (q["question"] + " " + q["answer"]).lower():
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
        if qid in NONE_ABSENT:
            E_("answerable question has an absence rule")
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
        c = copies(q["question"], raw[p - 1])
        if c:
            E_(f"question copies page wording: {c!r}")
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
                if f["unit"] == "datum":
                    if not (isinstance(f["value"], str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", f["value"])):
                        E_(f"datum value must be YYYY-MM-DD: {f['value']!r}")
                    elif parse_date(f["text"]) != f["value"]:
                        E_(f"date text/value mismatch {f}")
                else:
                    v = parse_number(f["text"])
                    if not isinstance(f["value"], (int, float)) or v is None or abs(v - abs(f["value"])) > 1e-9:
                        E_(f"figure text/value mismatch {f}")
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


def check_documents(errs):
    files = sorted(f.name for f in HERE.glob("*.pdf"))
    with_title = 0
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
        if fn in (B, D, E) and "−" not in alltext:
            errs.append(f"{fn}: no minus sign '−' in extracted text")
        for bad in FORBIDDEN:
            if bad.lower() in alltext.lower():
                errs.append(f"{fn}: forbidden name {bad}")
        if (r.metadata or {}).get("/Title"):
            with_title += 1
    if with_title != 3:
        errs.append(f"{with_title} PDFs with a metadata title, expected 3")
    return files


def check_data(errs):
    def need(cond, msg):
        if not cond:
            errs.append(msg)

    # (a)
    r, raw, pg = pdf_pages(A)
    for i, p in enumerate(r.pages, 1):
        w, h = float(p.mediabox.width), float(p.mediabox.height)
        need((w > h) == (i in (2, 3)), f"A: page {i} orientation wrong ({w:.0f}×{h:.0f})")
    need(len(A_RISKER) == 20 and norm("identifierades 37 risker, av vilka 20") in pg[0],
         "A: the text says 20 risks in the plan")
    need(all(x[6] in A_FREKVENS and 1 <= x[2] <= 4 and 1 <= x[3] <= 4 for x in A_RISKER), "A: bad scale/frequency")
    need(norm("Process Risk Sannolikhet Konsekvens Riskvärde Kontrollmoment Ansvarig Frekvens") in pg[2][:200],
         "A: heading row not repeated at the top of p3")
    for x in A_ROWS:
        need(norm(x["row"]) in pg[1] or norm(x["row"]) in pg[2], f"A: row not on p2/p3: {x['item'][:40]}")
    need(all(norm(f"{chr(97 + i)}) {t}") in pg[0] for i, t in enumerate(A_BESLUT)), "A: lettered list not on p1")
    # (b)
    _, braw, bpg = pdf_pages(B)
    tot = b_total()
    btext = bpg[1] + bpg[2]
    for g, summa, rows in B_GRUPPER:
        s = b_sum(rows)
        need(norm(f"{summa} {grp(s[0])} " + " ".join(amt(v) for v in s[1:])) in btext, f"B: {summa} row wrong")
    need(norm("Totalt, nettoinvesteringar " + " ".join(grp(v) for v in tot)) in bpg[2], "B: total row not on p3")
    need(norm("Projekt Total utgift Budget 2026 Plan 2027 2028 2029") in bpg[2][:200],
         "B: heading rows not repeated at the top of p3")
    va = b_sum([x for g, _, rows in B_GRUPPER if g.endswith("vatten och avlopp") for x in rows])
    for s_ in (f"nettoinvesteringar uppgår till {dec(tot[1] / 1000)} mnkr 2026",
               f"investeringarna till {dec(sum(tot[1:5]) / 1000)} mnkr, varav {dec(sum(va[1:5]) / 1000)} mnkr"):
        need(norm(s_) in bpg[0], f"B: {s_!r} not on p1")
    need(all(norm(x) in bpg[0] for x in B_PRIO), "B: priority bullets not on p1")
    # (c)
    _, craw, cpg = pdf_pages(C)
    need(sum(x[2] for x in C_AK9) == C_TOTAL[2], "C: pupil total does not equal the sum of the units")
    ny = [x for x in C_AK9 if x[0].startswith("Nyängens")][0]
    need(norm(f"ökade sitt meritvärde med {dec(ny[4] - ny[3])} poäng och andelen behöriga med "
              f"{dec(ny[6] - ny[5])} procentenheter") in cpg[1], "C: Nyängen text does not match the table")
    need(sum(1 for x in C_AK6 if isinstance(x[3], float) and x[3] < 75) == 3, "C: text says three units under 75 % in maths")
    shown = [x for x in C_AK9 if isinstance(x[4], float)]
    gains = {x[0]: x[4] - x[3] for x in shown if isinstance(x[3], float)}
    need(max(gains, key=gains.get).startswith("Nyängens"), "C: Nyängen is not the largest improvement")
    # (d)
    _, draw, dpg = pdf_pages(D)
    need(sum(x[1] for x in D_SJUK) == D_TOTAL[1], "D: headcount total wrong")
    need(abs(sum(x[1] * x[3] for x in D_SJUK) / D_TOTAL[1] - D_TOTAL[3]) < 0.06, "D: 2025 total not the weighted mean")
    need(len(D_UPPDRAG) == 14 and all(x[5] in D_STATUS for x in D_UPPDRAG), "D: 14 assignments with valid status")
    top2 = sorted(D_SJUK, key=lambda x: -x[3])[:2]
    need({x[0] for x in top2} == {"Akutsjukvårdsförvaltningen", "Psykiatriförvaltningen"}, "D: highest two wrong")
    need(min(D_SJUK, key=lambda x: x[3])[0] == "Regionledningsförvaltningen", "D: lowest wrong")
    need(min(D_SJUK, key=lambda x: x[3] - x[2])[0] == "Psykiatriförvaltningen", "D: largest decrease wrong")
    for x in D_UPPDRAG:
        fmt = x[3]
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", fmt):
            need(fmt == x[4], f"D: uppdrag {x[0]} ISO date mismatch")
        else:
            mon, yr = fmt.split()
            need(x[4].startswith(f"{yr}-{MONTHS[mon]:02d}"), f"D: uppdrag {x[0]} month mismatch")
    # (e)
    _, eraw, epg = pdf_pages(E)
    need(len(E_DELEG) == 11, "E: eleven delegation decisions")
    members = re.search(r"Beslutande (.*?)Övriga närvarande", re.sub(r"\s+", " ", eraw[0])).group(1)
    need(len(re.findall(r"\([A-Z]+\)", members)) == 9 + 2, "E: 11 members vote 9–2")
    need(norm("Med 9 ja-röster mot 2 nej-röster") in epg[3], "E: vote not on p4")
    need(abs(18.0 - 9.7 + 4.1 - 12.4) < 1e-9 and abs(-11.2 - 2.1 + 3.6 + 9.7) < 1e-9, "E: forecast arithmetic")
    need(all(norm(f"{chr(97 + i)}) {t}") in epg[2] for i, t in enumerate(E_BESLUT88)), "E: lettered list not on p3")


def main():
    errs = []
    qs = [json.loads(l) for l in open(QFILE, encoding="utf-8") if l.strip()]
    if len(qs) != N_Q:
        errs.append(f"{len(qs)} questions, expected {N_Q}")
    check_questions(qs, errs)
    types = collections.Counter(q["type"] for q in qs)
    langs = collections.Counter(q["lang"] for q in qs)
    n_cond = sum(1 for q in qs if q["type"] == "list" and q["id"] in COND)
    if dict(sorted(types.items())) != dict(sorted(WANT_TYPES.items())):
        errs.append(f"type counts {dict(types)} != {WANT_TYPES}")
    if langs.get("en", 0) != WANT_EN:
        errs.append(f"{langs.get('en', 0)} English questions, expected {WANT_EN}")
    if n_cond < 8:
        errs.append(f"only {n_cond} conditional list questions")
    files = check_documents(errs)
    used = collections.Counter(q["docs"][0] for q in qs if q["docs"])
    for fn in files:
        if used[fn] < 6:
            errs.append(f"{fn}: only {used[fn]} answerable questions")
    nones = collections.Counter(NONE_ABSENT[q["id"]][0] for q in qs if q["type"] == "none" and q["id"] in NONE_ABSENT)
    for fn in files:
        if nones[fn] < 1:
            errs.append(f"{fn}: no none question")
    check_data(errs)

    for e in errs:
        print("ERROR", e)
    print(f"{len(qs)} questions; types {dict(types)}; langs {dict(langs)}; conditional lists {n_cond}")
    print("per doc (answerable): " + ", ".join(f"{k} {v}" for k, v in sorted(used.items())))
    print(f"{len(files)} pdfs, pages: " + ", ".join(f"{fn} {len(pdf_pages(fn)[1])}" for fn in files))
    print(f"{len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
