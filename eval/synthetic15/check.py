"""Checks ../heldout_syn15.jsonl against the six PDFs in this folder (pypdf text).

Modelled on ../synthetic14/check.py (the generic part is copied from there).

* format: 40 questions h15001..h15040, key order, types 14 figure / 12 list / 6 passage / 8 none, 10 in
  English (at least 3 of them figures and 2 lists), at least 8 conditional lists;
* every question names the municipality/region of its document;
* every evidence phrase (5-15 words) and figure text occurs on the stated page, list items (3-8 words) on
  that page or the next, after lower-casing and dropping non-alphanumerics;
* figure values agree with their verbatim text (dates as YYYY-MM-DD);
* conditional list questions: the expected rows are recomputed from data.py (each item a prefix of exactly
  one row, that row satisfies the condition, every satisfying row covered, full row text on the page or the
  next); complete lists must cover exactly the list in data.py;
* none questions: empty docs/evidence/figures/items, page null, answer "", and the asked fact is absent from
  the document of that municipality/region (regex patterns below);
* no 5-word run shared between a question and its page (none questions: any page of the document);
* documents: 6 PDFs, 3-5 pages, å/ä/ö extractable, "−" in (a), (b), (c), (f), metadata titles exactly in
  (a), (c), (e), (f), the publication furniture (running header with the municipality and the title on every
  page but the first, a footer "Sida N av M" on every page, the logo block on p. 1, tables of contents whose
  page numbers match the pages of the headings, "Källa:" lines), no names of earlier synthetic
  municipalities/regions or places (FORBIDDEN), none of our names is a real municipality beginning with C, I,
  W, Y or Z (REAL), all of our names begin with C, I, W, Y or Z, and none of our own names (OWN) is used in the
  READMEs or check.py files of the earlier synthetic sets;
* data consistency: see the end of main().
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
from common15 import grp, dec  # noqa: E402
from data import (A_DRIFT, a_avv, a_chg, a_sum, A_TILLAGG, a_tillagg_sum, A_FAKTA,  # noqa: E402
                  B_SLAG, B_LINJER, b_chg, b_slag_sum, b_total, B_NARTRAFIK, b_all, B_EKONOMI, b_ekonomi, b_kt,
                  B_ATGARDER,
                  C_SEKTOR, c_chg, c_sum, C_MAL_MINSKNING, c_mal_2030, C_EGNA, C_NAMNDER, C_ATGARDER, c_cost_sum,
                  D_ORTER, D_INV_2020, D_INV_2025, d_inv_total, D_PROJ, d_ort_sum, d_total, d_form, D_BYGG,
                  D_MAL_PER_AR, D_ATGARDER,
                  E_IND, e_judge, e_counts, E_PRIO,
                  MOMS, inkl, F_ANL, F_BRUK, f_bruk_chg, F_OVR, F_TYPA, F_TYPB, f_example, f_example_inkl,
                  f_example_chg)

QFILE = HERE.parent / "heldout_syn15.jsonl"
N_Q = 40
BASE = 15000
WANT_TYPES = {"figure": 14, "list": 12, "passage": 6, "none": 8}
WANT_EN = 10
MIN_EN_LISTS = 2
MIN_EN_FIGS = 3
MIN_COND = 8
KEYS = ["id", "question", "lang", "type", "docs", "page", "evidence", "answer", "figures", "items"]
UNITS = {"mnkr", "tkr", "kr", "procent", "antal", "datum", "år"}
MONTHS = {m: i for i, m in enumerate(["januari", "februari", "mars", "april", "maj", "juni", "juli",
                                      "augusti", "september", "oktober", "november", "december"], 1)}

A = "cedersjo-arsredovisning-2025-driftredovisning.pdf"
B = "region-ivarsmark-kollektivtrafik-arsuppfoljning-2025.pdf"
C = "wirsnas-klimatstrategi-2026-2030.pdf"
D = "yxlinge-bostadsforsorjningsprogram-2026-2030.pdf"
E = "zelmersta-valfardsbokslut-2025.pdf"
F = "cronvik-va-taxa-2026.pdf"
PLACE = {A: "Cedersjö", B: "Ivarsmark", C: "Wirsnäs", D: "Yxlinge", E: "Zelmersta", F: "Cronvik"}
ORG = {A: "Cedersjö kommun", B: "Region Ivarsmark", C: "Wirsnäs kommun", D: "Yxlinge kommun",
       E: "Zelmersta kommun", F: "Cronvik kommun"}
HEAD_TITLE = {A: "Årsredovisning 2025 – Driftredovisning", B: "Årsuppföljning kollektivtrafik 2025",
              C: "Klimatstrategi 2026–2030", D: "Bostadsförsörjningsprogram 2026–2030", E: "Välfärdsbokslut 2025",
              F: "VA-taxa 2026"}
WITH_TITLE = {A, C, E, F}
WITH_MINUS = {A, B, C, F}   # documents that print negative numbers with "−"
# the FORBIDDEN list of ../synthetic14/check.py plus the OWN lists of ../synthetic14 and ../synthetic13
FORBIDDEN = ["Björkfors", "Ekmora", "Granhult", "Lindvik", "Norrbacka", "Ekeslätt", "Fjällmark", "Sjövalla",
             "Tallmora", "Ulvsjö", "Kvarnåsa", "Lövsjövik", "Storbrinken", "Västermyr", "Sälgmora", "Hällmark",
             "Brännvik", "Tjärnholm", "Aspedal", "Videberga", "Ljungsäter", "Klintehamra", "Ormaker", "Örmåker",
             "Siljetuna", "Rödberga", "Tjärnaker", "Tjärnåker", "Solbacken", "Granlunden", "Tjärnbadet",
             "Höjdåsen", "Videvallen", "Lärkan", "Hagaskolan", "Åsnäs", "Ramsvika", "Furuskog", "Vättersund",
             "Stensjöbro", "Korpilund", "Lerviken", "Strandängen", "Ängsdalen", "Sjövägen", "Björnhamra",
             "Hjortviken", "Rämnåsa", "Ramnasa", "Gränsmark", "Gransmark", "Stenbräcka", "Stenbracka",
             "Alvsäter", "Mälarbotten", "Hagfjärda", "Tornbacka", "Vindeborg", "Skärvsta", "Kvarnhagen",
             "Kvarnskogen", "Kvarnbacksskolan",
             "Mörtsunda", "Mortsunda", "Fjärdhamra", "Fjardhamra", "Lidhälla", "Lidhalla", "Tranemåla",
             "Tranemala", "Ödeshärad", "Odesharad", "Hovlinge", "Ekbrinken", "Hagmarken", "Bergsätra",
             "Kärrbyn", "Skogsbrynet", "Granbyn", "Ekvallen", "Ståltorp", "Norrvalla", "Sjöbacken",
             # synthetic12 (its OWN list)
             "Falkmyra", "Harvstena", "Mellanhed", "Snäckvika", "Tistelby", "Vassbäcka",
             "Tjäderbacken", "Sörgården", "Falkhöjden", "Falkmyrahem", "Stationsparken", "Lönnås", "Havsnäs",
             "Kvistrum", "Hedsätra", "Kvarnängen", "Ekliden", "Sjöbotten", "Mossbol", "Strandboden", "Gästgivarn",
             "Torgkällaren", "Marhed", "Klockarängsskolan", "Måsöskolan", "Rönnbyskolan", "Uddens skola",
             "Gärdesvallsskolan", "Björkuddens skola", "Norrängsskolan", "Fyrvaktarskolan", "Ekholmens friskola",
             "Ängstorp", "Pilgrimen", "Myran", "Tistelbyskolan", "Hällebo", "Strömsvik", "Ugglebo", "Lindåsen",
             "Tistelbybadet", "Tistelvallen", "Kärrnäs", "Vassbäckabadet", "Vassbäckahallen",
             # synthetic14 (its OWN list)
             "Arnöhult", "Ejdersund", "Jungsnäs", "Olsvalla", "Pålsmark", "Uvberga",
       "Ekorren", "Lövåsskolan", "Arnövallen", "Ryssjön", "Grimsmossen", "Tranvattnet", "Jonsgärde",
       "Tallbackens skola", "Uvbergaskolan", "Lärkträdet", "Uvbergasalen",
             # synthetic13 (its OWN list)
             "Dungsjö", "Gnistorp", "Bräntnäs", "Norrhälla", "Klöverhamn", "Nyponet", "Sågverksvägen", "Bruksängen",
             "Sältån", "Mejerigatan", "Bruksvägen", "Bruksskolan"]
# our own invented names (municipalities/region first, then places, schools, projects); later sets should add
# them to their FORBIDDEN lists
OWN = ["Cedersjö", "Ivarsmark", "Wirsnäs", "Yxlinge", "Zelmersta", "Cronvik",
       "Cikadan", "Cederbadet", "Ivarsholm", "Ingelbo", "Idelsta", "Ytterhed", "Wennbo", "Zettersta", "Cilleby",
       "Cederfors", "Wadhult", "Yxbacka", "Zandvik", "Ceremåla", "Ingridskolan", "Cikorian", "Igelkotten",
       "Cedergården", "Irisvägen", "Zinniaparken", "Ystebo", "Cervinge", "Wälsta", "Ingvaldstorp", "Zetterby",
       "Yxlingebostäder", "Ivenäs"]
# real Swedish municipalities/regions beginning with C, I, W, Y or Z (there are only two, both with Y)
REAL = ["Ydre", "Ystad"]
EARLIER = ["synthetic"] + [f"synthetic{i}" for i in range(2, 15)]


def norm(s):
    return "".join(ch for ch in s.lower() if ch.isalnum())


def words(s):
    return re.findall(r"\w+", s.lower())





# ---------------------------------------------------------------- row texts as printed in the PDFs
def kr(x, unit=""):
    """as build_f.kr: fees per m² or m³ with two decimals, other fees in whole kronor unless they have öre"""
    if "m²" in unit or "m³" in unit.replace("m³/h", ""):
        return dec(x, 2)
    return grp(x) if abs(x - round(x)) < 1e-9 else dec(x, 2)


def e_fmt(v, d):
    return ".." if v is None else dec(v, d)


A_ROWS = [dict(r=r, item=f"{r[0]} {dec(r[1])} {dec(r[2])} {dec(a_avv(r), plus=True)} {dec(r[3])} "
                         f"{dec(a_chg(r), plus=True)}") for r in A_DRIFT]
A_TROWS = [dict(r=r, item=f"{r[0]} {r[1]} {dec(r[2])} {r[3]}") for r in A_TILLAGG]
B_ROWS = [dict(r=r, item=f"{r[1]} {r[2]}{'¹' if r[3] is None else ''} {'–' if r[3] is None else grp(r[3])} "
                         f"{grp(r[4])} {'–' if r[3] is None else dec(b_chg(r), plus=True)} {r[5]} {dec(r[6])}")
          for r in B_LINJER]
C_ROWS = [dict(r=r, item=f"{r[1]} {r[2]} " + " ".join(r[3][n] for n in C_NAMNDER if n in r[3])
               + f" {r[4]} {'inom ram' if r[5] is None else grp(r[5])}") for r in C_ATGARDER]
D_ROWS = [dict(r=r, item=f"{r[1]} {r[2]} {r[3]}{'¹' if 'AB' in r[3] else ''} {grp(r[4])} {r[5]} {r[6]}")
          for r in D_PROJ]
E_ROWS = [dict(r=r, item=f"{r[1]} Källa: {r[2]} " + " ".join(e_fmt(v, r[8]) for v in r[3:7]) + f" {r[7]}")
          for r in E_IND]
F_BROWS = [dict(r=r, item=f"{r[0]}) {r[1]} {r[2]} {kr(r[3], r[2])} {kr(inkl(r[3]), r[2])} {kr(r[4], r[2])} "
                          f"{kr(inkl(r[4]), r[2])} {dec(f_bruk_chg(r), plus=True)}") for r in F_BRUK]
F_OROWS = [dict(r=r, item=f"{r[0]} {kr(r[1])} {kr(inkl(r[1]))}") for r in F_OVR]

# qid -> (rows, predicate on the raw row)
COND = {
    "h15004": (A_ROWS, lambda r: a_avv(r) < 0),                         # over budget (negative deviation)
    "h15005": (A_TROWS, lambda r: r[2] > 2.0),                          # tilläggsanslag over 2 mnkr
    "h15012": (B_ROWS, lambda r: r[3] is not None and r[4] < r[3]),     # fewer journeys 2025 than 2024, 2 pages
    "h15013": (B_ROWS, lambda r: r[6] < 90.0),                          # punctuality below the 90 % target, 2 pages
    "h15018": (C_ROWS, lambda r: r[4] == 2026),                         # ready in 2026 (rotated table, 2 pages)
    "h15019": (C_ROWS, lambda r: r[5] is not None and r[5] > 5000),     # cost over 5 mnkr = 5 000 tkr
    "h15024": (D_ROWS, lambda r: r[3] == "Yxlingebostäder AB"),         # the municipal housing company
    "h15030": (E_ROWS, lambda r: e_judge(r) == "Sämre"),                # worse than the nation, 2 pages
    "h15036": (F_OROWS, lambda r: inkl(r[1]) > 1500),                   # over 1 500 kr incl. VAT
    "h15037": (F_BROWS, lambda r: f_bruk_chg(r) > 6.0),                 # raised by more than 6 %
}
# complete lists: every list item of the document, exactly once
EXACT = {
    "h15025": D_ATGARDER,
    "h15031": E_PRIO,
}
# none questions: (document of that municipality, patterns that would answer the question)
NONE_ABSENT = {
    "h15007": (A, [r"[Ss]kattesats", r"[Uu]tdebitering", r"[Kk]ommunalskatt", r"kr per (?:hundra|skattekrona)"]),
    "h15008": (A, [r"[Ll]edamöter", r"[Ll]edamot", r"mandat"]),
    "h15015": (B, [r"30-dagar", r"[Mm]ånadskort", r"[Pp]eriodbiljett", r"\d kr\b", r"kronor"]),
    "h15021": (C, [r"[Kk]oldioxidbudget", r"[Kk]limatbudget", r"[Uu]tsläppsbudget"]),
    "h15027": (D, [r"[Kk]ötid", r"[Bb]ostadskö", r"\bkö\b", r"[Kk]öade"]),
    "h15033": (E, [r"[Mm]edellivslängd", r"[Ll]ivslängd", r"[Ll]evnadsålder"]),
    "h15039": (F, [r"[Ss]lam", r"[Ee]nskild[a]? avlopp", r"[Tt]ömning"]),
    "h15040": (F, [r"[Ff]järrvärme"]),
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
                E_(f"row text not found in PDF (data/PDF out of sync): {x['item'][:60]!r}")
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
        if qid != f"h{BASE + n}":
            E_(f"id out of sequence (expected h{BASE + n})")
        if q["lang"] not in ("sv", "en"):
            E_("bad lang")
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

    # ---------------------------------------------------------------- counts
    types = collections.Counter(q["type"] for q in qs)
    langs = collections.Counter(q["lang"] for q in qs)
    en_lists = sum(1 for q in qs if q["lang"] == "en" and q["type"] == "list")
    en_figs = sum(1 for q in qs if q["lang"] == "en" and q["type"] == "figure")
    n_cond = sum(1 for q in qs if q["type"] == "list" and q["id"] in COND)
    if dict(sorted(types.items())) != dict(sorted(WANT_TYPES.items())):
        errs.append(f"type counts {dict(types)} != {WANT_TYPES}")
    if langs.get("en", 0) != WANT_EN:
        errs.append(f"{langs.get('en', 0)} English questions, expected {WANT_EN}")
    if en_lists < MIN_EN_LISTS:
        errs.append(f"only {en_lists} English list questions")
    if en_figs < MIN_EN_FIGS:
        errs.append(f"only {en_figs} English figure questions")
    if n_cond < MIN_COND:
        errs.append(f"only {n_cond} conditional list questions")

    # ---------------------------------------------------------------- documents and publication furniture
    files = sorted(f.name for f in HERE.glob("*.pdf"))
    titled = set()
    if files != sorted(PLACE):
        errs.append(f"PDFs {files} != expected {sorted(PLACE)}")
    for fn in files:
        r, raw, pg = pdf_pages(fn)
        n = len(raw)
        if not 3 <= n <= 5:
            errs.append(f"{fn}: {n} pages")
        alltext = " ".join(raw)
        for ch in "åäö":
            if ch not in alltext:
                errs.append(f"{fn}: no '{ch}' in extracted text")
        if fn in WITH_MINUS and "−" not in alltext:
            errs.append(f"{fn}: no minus sign '−' in extracted text")
        for bad in FORBIDDEN:
            if bad.lower() in alltext.lower():
                errs.append(f"{fn}: forbidden name {bad}")
        if (r.metadata or {}).get("/Title"):
            titled.add(fn)
        for i in range(n):
            if norm(f"Sida {i + 1} av {n}") not in pg[i]:
                errs.append(f"{fn}: footer 'Sida {i + 1} av {n}' missing on p{i + 1}")
            if i > 0 and not pg[i].startswith(norm(ORG[fn] + " " + HEAD_TITLE[fn])):
                errs.append(f"{fn}: running header missing on p{i + 1}")
        if not raw[0].startswith(ORG[fn].upper()):
            errs.append(f"{fn}: logo block (name in capitals) missing on p1")
        if "Källa:" not in alltext:
            errs.append(f"{fn}: no 'Källa:' line")
    if titled != WITH_TITLE:
        errs.append(f"metadata titles in {sorted(titled)}, expected {sorted(WITH_TITLE)}")
    for q in qs:
        for bad in FORBIDDEN:
            if bad.lower() in q["question"].lower():
                errs.append(f"{q['id']}: forbidden name {bad}")
    used = collections.Counter(q["docs"][0] for q in qs if q["docs"])
    for fn in files:
        if used[fn] < 5:
            errs.append(f"{fn}: only {used[fn]} answerable questions")

    # ---------------------------------------------------------------- own names vs earlier sets and real names
    for o in OWN:
        if o[0] not in "CIWYZ":
            errs.append(f"own name {o} does not begin with C, I, W, Y or Z")
        for bad in FORBIDDEN + REAL:
            if bad.lower() in o.lower() or o.lower() in bad.lower():
                errs.append(f"own name {o} collides with forbidden/real name {bad}")
        for d in EARLIER:
            for f in ("README.md", "check.py"):
                p = HERE.parent / d / f
                if p.exists() and o.lower() in p.read_text(encoding="utf-8").lower():
                    errs.append(f"own name {o} occurs in ../{d}/{f}")
    alldocs = " ".join(" ".join(pdf_pages(fn)[1]) for fn in files).lower()
    for o in OWN:
        if o.lower() not in alldocs:
            errs.append(f"own name {o} is not used in any PDF (remove it from OWN)")

    # ---------------------------------------------------------------- data consistency
    def on(fn, s, pages):
        return any(norm(s) in pdf_pages(fn)[2][i] for i in pages)

    def count(fn, s):
        return sum(t.count(norm(s)) for t in pdf_pages(fn)[2])

    def pages_of(fn, s):
        return [i + 1 for i, t in enumerate(pdf_pages(fn)[2]) if norm(s) in t]

    def toc(fn, entries):
        """entries: (toc line text, heading text, page); the TOC line must be on p1 with its page number and the
        heading must be on that page (and on no other page than p1)."""
        for line, head, pg in entries:
            if not on(fn, line, [0]):
                errs.append(f"{fn}: TOC line missing: {line!r}")
            where = [p for p in pages_of(fn, head) if p != 1 or pg == 1]
            if pg == 1:
                where = [p for p in where if p == 1] if count(fn, head) >= 2 else where
            if where != [pg]:
                errs.append(f"{fn}: TOC says {head!r} on p{pg}, found on {where}")

    # (a) driftredovisning, tilläggsanslag, fact boxes, TOC
    b, u, avv, u24, chg = a_sum()
    for x in A_ROWS:
        if not on(A, x["item"], [1]):
            errs.append(f"A: drift row not printed: {x['item'][:50]!r}")
    if abs(avv - sum(a_avv(r) for r in A_DRIFT)) > 0.051:
        errs.append("A: deviations do not add up")
    if not on(A, f"Summa nämnder {dec(b)} {dec(u)} {dec(avv, plus=True)} {dec(u24)} {dec(chg, plus=True)}", [1]):
        errs.append("A: Summa nämnder row wrong")
    for s in (f"nettokostnad på {dec(u)} mnkr, vilket är {dec(-avv)} mnkr mer än den budget på {dec(b)} mnkr",
              f"då nettokostnaden var {dec(u24)} mnkr, ökade kostnaderna med {dec(chg)} procent",
              f"tilläggsanslag på sammanlagt {dec(a_tillagg_sum())} mnkr"):
        if not on(A, s, [0]):
            errs.append(f"A: summary text does not match the data: {s!r}")
    for x in A_TROWS:
        if not on(A, x["item"], [1]):
            errs.append(f"A: tilläggsanslag row not printed: {x['item'][:50]!r}")
    if not on(A, f"Summa tilläggsanslag {dec(a_tillagg_sum())}", [1]) or len(A_TILLAGG) != 6 or \
            not on(A, "beviljade sex tilläggsanslag", [1]):
        errs.append("A: tilläggsanslag total/count wrong")
    if sum(1 for r in A_TILLAGG if r[0] == "Vård- och omsorgsnämnden") != 2 or not on(A, "Nämnden fick två tilläggsanslag", [3]):
        errs.append("A: VON should have exactly two tilläggsanslag as the text says")
    D_ = {r[0]: r for r in A_DRIFT}
    for nm, pg in (("Kommunstyrelsen", 2), ("Barn- och utbildningsnämnden", 2), ("Vård- och omsorgsnämnden", 3),
                   ("Samhällsbyggnadsnämnden", 3), ("Kultur- och fritidsnämnden", 4)):
        r = D_[nm]
        aa, aa24, sj, sj24, lab, val = A_FAKTA[nm]
        box = (f"Nettokostnad 2025, mnkr {dec(r[2])} Budget 2025, mnkr {dec(r[1])} Avvikelse, mnkr "
               f"{dec(a_avv(r), plus=True)} Årsarbetare 2025 {grp(aa)} Årsarbetare 2024 {grp(aa24)} Sjukfrånvaro "
               f"2025, % {dec(sj)} Sjukfrånvaro 2024, % {dec(sj24)} {lab} {val}")
        if not on(A, box, [pg]):
            errs.append(f"A: fact box of {nm} does not match the drift table / A_FAKTA")
        word = "överskott" if a_avv(r) > 0 else "underskott"
        if not on(A, f"{nm} redovisar ett {word} på {dec(abs(a_avv(r)))} mnkr", [pg]):
            errs.append(f"A: section text of {nm} does not match the deviation")
    if not on(A, "Sjukfrånvaron ökade, framför allt bland undersköterskor", [3]) or not A_FAKTA["Vård- och omsorgsnämnden"][2] > \
            A_FAKTA["Vård- och omsorgsnämnden"][3]:
        errs.append("A: VON sick-leave text does not match the fact box")
    toc(A, [("4.1 Driftredovisning i sammandrag 2", "4.1 Driftredovisning i sammandrag", 2),
            ("4.2 Tilläggsanslag under 2025 2", "4.2 Tilläggsanslag under 2025", 2),
            ("4.3 Kommunstyrelsen 3", "4.3 Kommunstyrelsen", 3),
            ("4.4 Barn- och utbildningsnämnden 3", "4.4 Barn- och utbildningsnämnden", 3),
            ("4.5 Vård- och omsorgsnämnden 4", "4.5 Vård- och omsorgsnämnden", 4),
            ("4.6 Samhällsbyggnadsnämnden 4", "4.6 Samhällsbyggnadsnämnden", 4),
            ("4.7 Kultur- och fritidsnämnden 5", "4.7 Kultur- och fritidsnämnden", 5),
            ("4.8 Övriga nämnder och revisionen 5", "4.8 Övriga nämnder och revisionen", 5)])
    for m in ("Bu 2025¹", "Avv.²", "Förändr. %³"):
        if not on(A, m, [1]):
            errs.append(f"A: abbreviated heading with footnote mark missing: {m!r}")

    # (b) lines, subtotals, totals, economy, split table
    for x in B_ROWS:
        if not on(B, x["item"], [1, 2]):
            errs.append(f"B: line row not printed: {x['item'][:50]!r}")
    if pages_of(B, B_ROWS[0]["item"]) != [2] or pages_of(B, B_ROWS[-1]["item"]) != [3]:
        errs.append("B: the line table must run from p2 to p3")
    if not on(B, "Tabell 3. Resor, kostnadstäckning och punktlighet per linje 2025 (forts.)", [2]):
        errs.append("B: caption '(forts.)' missing on p3")
    if count(B, "Linje Sträcka Resor 2024, tusental Resor 2025, tusental") != 2:
        errs.append("B: line-table heading must be printed on p2 and repeated on p3")
    for i, s in enumerate(B_SLAG):
        r24, r25 = b_slag_sum(i)
        ch = dec(100 * (r25 / r24 - 1), plus=True)
        if not on(B, f"Summa {s[0].lower() + s[1:]} {grp(r24)} {grp(r25)} {ch}", [1, 2]) or \
                not on(B, f"{s} {grp(r24)} {grp(r25)} {ch}", [0]):
            errs.append(f"B: subtotal of {s} wrong or not equal to Tabell 1")
    a24, a25 = b_all()
    if not on(B, f"Totalt {grp(a24)} {grp(a25)} {dec(100 * (a25 / a24 - 1), plus=True)}", [0]) or \
            not on(B, f"Totalt {grp(a24)} {grp(a25)}", [2]):
        errs.append("B: totals wrong")
    kt25, kt24 = b_kt()
    rows, net = b_ekonomi()
    for s in (f"gjordes {dec(a25 / 1000, 2)} miljoner resor", f"jämfört med {dec(a24 / 1000, 2)} miljoner året innan",
              f"ökning med {dec(100 * (a25 / a24 - 1))} procent", f"blev {dec(kt25)} procent. Året innan var den {dec(kt24)}",
              f"Nettokostnaden uppgick till {dec(-net[1])} mnkr, vilket är {dec(net[0] - net[1])} mnkr mer än budgeterade "
              f"{dec(-net[0])} mnkr", f"Antal linjer {len(B_LINJER)}"):
        if not on(B, s, [0]):
            errs.append(f"B: p1 text does not match the data: {s!r}")
    for p_, bb, uu, u4 in rows:
        if not on(B, f"{p_} {dec(bb)} {dec(uu)} {dec(round(uu - bb, 1), plus=True)} {dec(u4)}", [2]):
            errs.append(f"B: economy row wrong: {p_}")
    if not on(B, f"Nettokostnad {dec(net[0])} {dec(net[1])} {dec(round(net[1] - net[0], 1), plus=True)} {dec(net[2])}", [2]):
        errs.append("B: economy net row wrong")
    regular = sorted((r[5], r[1]) for r in B_LINJER if r[0] == 1 and r[3] is not None)
    if {regular[0][1], regular[1][1]} != {"11", "22"}:
        errs.append("B: text says lines 11 and 22 have the lowest cost recovery among regional bus lines")
    city = [r for r in B_LINJER if r[0] == 0]
    if max(city, key=lambda r: r[4] - r[3])[1] != "2" or max(city, key=b_chg)[1] != "2":
        errs.append("B: text says line 2 grew most in the city traffic")
    if [r[1] for r in B_LINJER if b_chg(r) is not None and b_chg(r) == min(b_chg(x) for x in B_LINJER
                                                                               if b_chg(x) is not None)] != ["R"]:
        errs.append("B: the regional train should have the largest decrease")
    for a in B_ATGARDER:
        if not on(B, a, [2]):
            errs.append(f"B: measure not printed: {a[:40]!r}")

    # (c) sectors, targets, own emissions, rotated action table
    s = c_sum()
    for r in C_SEKTOR:
        if not on(C, f"{r[0]} " + " ".join(dec(x) for x in r[1:]) + f" {dec(c_chg(r), plus=True)}", [1]):
            errs.append(f"C: sector row not printed: {r[0]}")
    if not on(C, "Summa " + " ".join(dec(x) for x in s[:5]) + f" {dec(s[5], plus=True)}", [1]):
        errs.append("C: Summa row of Tabell 1 wrong")
    if abs(c_mal_2030() - round(s[0] * (1 - C_MAL_MINSKNING / 100), 1)) > 0.051:
        errs.append("C: target level 2030 wrong")
    for t in (f"utsläppen av växthusgaser inom kommunens geografiska område {dec(s[4])} kton",
              f"Det är {dec(-s[5])} procent lägre än basåret 2010, då utsläppen var {dec(s[0])}",
              f"får utsläppen år 2030 vara högst {dec(c_mal_2030())} kton, vilket kräver en minskning med "
              f"{dec(s[4] - c_mal_2030())} kton", f"Högsta utsläpp 2030, kton {dec(c_mal_2030())}"):
        if not on(C, t, [0]):
            errs.append(f"C: p1 text does not match the data: {t!r}")
    if max(C_SEKTOR, key=lambda r: r[5])[0] != "Transporter" or min(C_SEKTOR, key=c_chg)[0] != \
            "Industri (energi och processer)":
        errs.append("C: text claims (transport largest, industry fell most) do not match the data")
    for r in C_EGNA:
        if not on(C, f"{r[0]} {grp(r[1])} {grp(r[2])} {grp(r[3])}", [1]):
            errs.append(f"C: own-emission row not printed: {r[0]}")
    if not on(C, "Summa " + " ".join(grp(sum(r[i] for r in C_EGNA)) for i in (1, 2, 3)), [1]):
        errs.append("C: own-emission Summa wrong")
    for x in C_ROWS:
        if not on(C, x["item"], [2, 3]):
            errs.append(f"C: action row not printed: {x['item'][:50]!r}")
        if "●" not in x["r"][3].values():
            errs.append(f"C: action {x['r'][1]} has no lead committee")
    if pages_of(C, C_ROWS[0]["item"]) != [3] or pages_of(C, C_ROWS[-1]["item"]) != [4]:
        errs.append("C: the action table must run from p3 to p4")
    names = ["Kommunstyrelsen", "Barn- och utbildningsnämnden", "Samhällsbyggnadsnämnden", "Tekniska nämnden",
             "Vård- och omsorgsnämnden"]
    if count(C, "Nr Åtgärd " + " ".join(names) + " Klart år Kostnad, tkr") != 2:
        errs.append("C: rotated heading must be printed on p3 and repeated on p4")
    if not on(C, f"omfattar {len(C_ATGARDER)} åtgärder inom tre fokusområden", [2]) or \
            not on(C, f"sammanlagt kosta {grp(c_cost_sum())} tkr", [2]):
        errs.append("C: action-plan counts/cost sentence wrong")
    if count(C, "inom ram") - count(C, "Inom ram = genomförs inom") != sum(1 for r in C_ATGARDER if r[5] is None):
        errs.append("C: 'inom ram' cells do not match the actions without cost")

    # (d) population chart, completed homes, projects, tenure
    i20, i25 = d_inv_total()
    for o, v0, v1 in zip(D_ORTER, D_INV_2020, D_INV_2025):
        if not on(D, f"{o} {grp(v0)} {grp(v1)}", [1]):
            errs.append(f"D: chart bar pair not printed: {o}")
    if not on(D, f"hade kommunen {grp(i25)} invånare, vilket är {grp(i25 - i20)} fler", [1]):
        errs.append("D: population sentence wrong")
    up = {o for o, a, b in zip(D_ORTER, D_INV_2020, D_INV_2025) if b > a}
    if not {"Yxlinge", "Ystebo"} <= up or {"Cervinge", "Ingvaldstorp"} & up:
        errs.append("D: population text (growth/decline per ort) does not match the chart")
    for y, a, b in D_BYGG:
        if not on(D, f"{y} {grp(a)} {grp(b)} {grp(a + b)} {D_MAL_PER_AR}", [1]):
            errs.append(f"D: completed-homes row {y} wrong")
    tot_b = [sum(r[i] for r in D_BYGG) for i in (1, 2)]
    if not on(D, f"Summa {grp(tot_b[0])} {grp(tot_b[1])} {grp(sum(tot_b))} {grp(D_MAL_PER_AR * len(D_BYGG))}", [1]):
        errs.append("D: completed-homes Summa wrong")
    worst = sorted(D_BYGG, key=lambda r: r[1] + r[2])[:2]
    if sorted(r[0] for r in worst) != [2023, 2024]:
        errs.append("D: text says building fell in 2023 and 2024")
    tot = d_total()
    if not on(D, f"planerar för {grp(tot)} nya bostäder 2026–2030 fördelat på {len(D_PROJ)} projekt, varav "
                 f"{grp(d_form('Hyresrätt'))} hyresrätter", [0]) or \
            not on(D, f"i genomsnitt {dec(sum(a + b for _, a, b in D_BYGG) / len(D_BYGG))} bostäder", [0]):
        errs.append("D: p1 sentence does not match the project table / completed homes")
    for x in D_ROWS:
        if not on(D, x["item"], [2]):
            errs.append(f"D: project row not printed: {x['item'][:50]!r}")
    for o in D_ORTER:
        if not on(D, f"Summa {o} {grp(d_ort_sum(o))}", [2]):
            errs.append(f"D: subtotal of {o} wrong")
    if not on(D, f"Totalt {grp(tot)}", [2]) or sum(d_ort_sum(o) for o in D_ORTER) != tot:
        errs.append("D: project total wrong")
    for f_ in ("Hyresrätt", "Bostadsrätt", "Äganderätt", "Blandat"):
        if not on(D, f"{f_} {grp(d_form(f_))} {dec(100 * d_form(f_) / tot)}", [3]):
            errs.append(f"D: tenure row wrong: {f_}")
    if sum(d_form(f_) for f_ in ("Hyresrätt", "Bostadsrätt", "Äganderätt", "Blandat")) != tot:
        errs.append("D: tenure forms do not cover all projects")
    toc(D, [("2 Befolkning 2", "2 Befolkning Den 31 december", 2),
            ("3 Bostadsbyggandet 2021–2025 2", "3 Bostadsbyggandet 2021–2025 År", 2),
            ("4 Planerade bostäder 2026–2030 3", "4 Planerade bostäder 2026–2030 Tabellen", 3),
            ("5 Bostäder efter upplåtelseform 4", "5 Bostäder efter upplåtelseform Upplåtelseform", 4),
            ("6 Kommunens åtgärder 4", "6 Kommunens åtgärder För att", 4)])
    for a in D_ATGARDER:
        if not on(D, a, [3]):
            errs.append(f"D: measure not printed: {a[:40]!r}")

    # (e) indicators, comparisons, counts
    for x in E_ROWS:
        r = x["r"]
        pg = 1 if r[0] < 2 else 2
        if not on(E, x["item"], [pg]):
            errs.append(f"E: indicator row not printed on p{pg + 1}: {x['item'][:50]!r}")
        if e_judge(r) != r[7]:
            errs.append(f"E: comparison of {r[1][:40]!r} should be {e_judge(r)!r}")
        if r[3] is not None:
            if r[1].endswith("antal"):
                if r[3] + r[4] != r[5]:
                    errs.append(f"E: count row {r[1][:40]!r} does not add up")
            elif not min(r[3], r[4]) <= r[5] <= max(r[3], r[4]):
                errs.append(f"E: total of {r[1][:40]!r} not between women and men")
    n, nj, better, level, worse = e_counts()
    if not on(E, f"I år redovisas {n} indikatorer. {nj} av dem kan jämföras med riket: Zelmersta ligger bättre än "
                 f"riket för {better} indikatorer, i nivå med riket för {level} och sämre än riket för {worse}", [0]) \
            or n - nj != 2 or not on(E, "För två indikatorer görs ingen bedömning", [0]):
        errs.append("E: counts sentence wrong")
    toc(E, [("1 Barn och unga 2", "1 Barn och unga Indikator", 2), ("2 Vuxna 2", "2 Vuxna Indikator", 2),
            ("3 Äldre 3", "3 Äldre Indikator", 3), ("4 Prioriteringar 2026 4", "4 Prioriteringar 2026 Folkhälsorådet", 4)])
    for a in E_PRIO:
        if not on(E, a, [3]):
            errs.append(f"E: priority not printed: {a[:40]!r}")

    # (f) fees, VAT, changes, examples
    for r in F_ANL:
        if abs(inkl(r[3]) - r[3] * (1 + MOMS / 100)) > 0.005:
            errs.append(f"F: VAT wrong for {r[1]}")
        if not on(F, f"{r[0]}) {r[1]}", [1]) or not on(F, f"{r[2]} {kr(r[3], r[2])} {kr(inkl(r[3]), r[2])}", [1]):
            errs.append(f"F: connection-fee row not printed: {r[1]}")
    for x in F_BROWS:
        if not on(F, x["item"], [2]):
            errs.append(f"F: usage-fee row not printed: {x['item'][:50]!r}")
    for x in F_OROWS:
        if not on(F, x["item"], [2]):
            errs.append(f"F: other-fee row not printed: {x['item'][:50]!r}")
    bk = {r[0]: r for r in F_BRUK}
    for label, t in (("A", F_TYPA), ("B", F_TYPB)):
        fast, rorl, lgh, dag, tot_ = f_example_inkl(t)
        ex = f_example(t)
        if abs(inkl(ex[4]) - tot_) > 0.011 or abs(fast + rorl + lgh + dag - tot_) > 0.011:
            errs.append(f"F: example {label} does not add up")
        if not on(F, f"Fast avgift per mätare {kr(fast)} Förbrukning {grp(t['m3'])} m³ × {dec(inkl(bk['d'][4]), 2)} kr "
                     f"{kr(rorl)} Avgift per lägenhet, {t['lgh']} × {kr(inkl(bk['e'][4]))} kr {kr(lgh)} Dagvattenavgift "
                     f"{kr(dag)} Summa per år inklusive moms {kr(tot_)} kr", [3]):
            errs.append(f"F: calculation box {label} wrong")
        if not on(F, f"För typhus {label} blir kostnaden {kr(tot_)} kronor per år, vilket är {dec(f_example_chg(t))} "
                     f"procent mer än med 2025 års taxa ({kr(f_example_inkl(t, 3)[4])} kronor)", [3]):
            errs.append(f"F: example sentence {label} wrong")
    if not (f_bruk_chg(bk["f"]) < 0 and on(F, "Dagvattenavgiften sänks", [0])):
        errs.append("F: text says the dagvatten fee is lowered")
    toc(F, [("§ 1–4 Inledande bestämmelser 1", "§ 1 Huvudman", 1), ("§ 5–6 Anläggningsavgift 2", "§ 5 Anläggningsavgift", 2),
            ("§ 12 Brukningsavgift 3", "§ 12 Brukningsavgift", 3), ("§ 14 Övriga avgifter 3", "§ 14 Övriga avgifter", 3),
            ("§ 15 Exempel på årlig kostnad 4", "§ 15 Exempel på årlig kostnad", 4)])

    for e in errs:
        print("ERROR", e)
    print(f"{len(qs)} questions; types {dict(types)}; langs {dict(langs)}; English lists {en_lists}, English "
          f"figures {en_figs}; conditional lists {n_cond}")
    print("per doc (answerable): " + ", ".join(f"{k} {v}" for k, v in sorted(used.items())))
    print(f"{len(files)} pdfs, {len(titled)} with metadata title, pages: "
          + ", ".join(f"{fn} {len(pdf_pages(fn)[1])}" for fn in files))
    print(f"{len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
