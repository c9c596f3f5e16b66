"""Checks ../heldout_syn19.jsonl against the six PDFs in this folder (pypdf text).

Modelled on ../synthetic18/check.py (the generic part is copied from there).

* format: 44 questions h19001..h19044, key order, types 16 figure / 12 list / 6 passage / 10 none, 11 in English
  (at least 3 of them lists and at least 4 figures), at least 9 conditional lists;
* every question names the municipality of its document;
* every evidence phrase (5-15 words) and figure text occurs on the stated page, list items (3-8 words) on that
  page or the next, after lower-casing and dropping non-alphanumerics. Page 2 of the Runnvik document is a SCANNED
  IMAGE without a text layer: for it the text that was rendered into the image (data.F_SCAN) stands in for the
  pypdf text;
* figure values agree with their verbatim text (dates as YYYY-MM-DD, read from "2027-05-31" or "30 mars 2027");
* conditional list questions: the expected rows are recomputed from data.py (each item a prefix of exactly one
  row, that row satisfies the condition, every satisfying row covered, full row text on the page or the next);
  the complete list must cover exactly the list in data.py;
* none questions: empty docs/evidence/figures/items, page null, answer "", and the asked fact is absent from the
  document of that municipality (regex patterns below, also run on the scanned text);
* no 5-word run shared between a question and its page (none questions: any page of the document);
* documents: 6 PDFs, 3-5 pages, å/ä/ö extractable, "−" in (b) and (c), metadata titles exactly in (a), (c), (d),
  (f), no landscape page, p. 2 of (f) has no text and one full-page image of at least 1600 px width; no names of
  earlier synthetic sets (FORBIDDEN), no real municipality (REAL) among our own names or as a word in the PDFs or
  the scanned text, our own names (OWN) all start with A, E, O, R, U or Å, occur in our PDFs, and occur in no
  README of an earlier set nor in ../synthetic16/check.py or ../synthetic18/check.py;
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
from common19 import grp, dec  # noqa: E402
from data import (A_TIM, A_FN, A_PBL, A_MB, A_LIVS_REG, a_fee, a_items, a_tf,  # noqa: E402
                  B_KS, B_BUN, B_NAMND, B_FIN, B_RESULT_JANAUG, B_RES_MAL, B_MAL, b_dev, b_rows, b_sum, b_result,
                  b_namnd_level, r1,
                  C_STAFF, C_YEARS, C_SICK, C_HOURS, C_VISSTID, C_MEDELALDER, C_OMS, C_HELTID, C_LANG, c_tot,
                  c_change, c_share_w, c_totals, c_sick, c_chart_mean,
                  D_ITEMS, D_ANMALAN, D_MEETING, D_JUST, D_RINGBORG, D_EKHOLM,
                  E_RISKS, E_LEVELS, e_rv, e_level, e_counts, e_placed,
                  F_PRICE, F_VALUE, F_BOOK, F_HANDPENNING, F_VITE, F_MIN_LGH, F_AREA, F_BIDS, F_DATES, F_SCAN,
                  f_scan_text)

QFILE = HERE.parent / "heldout_syn19.jsonl"
N_Q = 44
PREFIX, BASE = "h", 19000
WANT_TYPES = {"figure": 16, "list": 12, "passage": 6, "none": 10}
WANT_EN = 11
MIN_EN_LISTS = 3
MIN_EN_FIGS = 4
MIN_COND = 9
MIN_PER_DOC = 4
KEYS = ["id", "question", "lang", "type", "docs", "page", "evidence", "answer", "figures", "items"]
UNITS = {"mnkr", "tkr", "kr", "procent", "antal", "datum", "år"}
MONTHS = {m: i for i, m in enumerate(["januari", "februari", "mars", "april", "maj", "juni", "juli",
                                      "augusti", "september", "oktober", "november", "december"], 1)}
MONTHS.update({"jan": 1, "feb": 2, "aug": 8, "sep": 9, "sept": 9, "okt": 10, "nov": 11, "dec": 12})

A = "ormsvik-taxa-bygg-miljo-2027.pdf"
B = "ekvreta-delarsrapport-jan-aug-2027.pdf"
C = "uddmora-personalbokslut-2026.pdf"
D = "abrunna-kf-kallelse-2027-03-22.pdf"
E = "algesta-risk-och-sarbarhetsanalys-2027-2030.pdf"
F = "runnvik-forsaljning-alhagen-1-23.pdf"
PLACE = {A: "Ormsvik", B: "Ekvreta", C: "Uddmora", D: "Åbrunna", E: "Algesta", F: "Runnvik"}
WITH_TITLE = {A, C, D, F}
WITH_MINUS = {B, C}        # documents that print negative numbers with "−"
SCANNED = {F: 2}           # page without a text layer; its text is data.F_SCAN
LETTERS = "AEORUÅ"
# FORBIDDEN: the FORBIDDEN and OWN lists of ../synthetic18/check.py, plus the lines that define FORBIDDEN and OWN
# in ../synthetic17/check.py (only those lines were read in that folder); duplicates removed
FORBIDDEN = [
    "Björkfors", "Ekmora", "Granhult", "Lindvik", "Norrbacka", "Ekeslätt", "Fjällmark", "Sjövalla", "Tallmora",
    "Ulvsjö", "Kvarnåsa", "Lövsjövik", "Storbrinken", "Västermyr", "Sälgmora", "Hällmark", "Brännvik", "Tjärnholm",
    "Aspedal", "Videberga", "Ljungsäter", "Klintehamra", "Ormaker", "Örmåker", "Ormåker", "Siljetuna", "Rödberga",
    "Tjärnaker", "Tjärnåker", "Solbacken", "Granlunden", "Tjärnbadet", "Höjdåsen", "Videvallen", "Lärkan",
    "Hagaskolan", "Åsnäs", "Ramsvika", "Furuskog", "Vättersund", "Stensjöbro", "Korpilund", "Lerviken",
    "Strandängen", "Ängsdalen", "Sjövägen", "Björnhamra", "Hjortviken", "Ramnåsa", "Rämnåsa", "Ramnasa",
    "Gränsmark", "Gransmark", "Stenbräcka", "Stenbracka", "Alvsäter", "Mälarbotten", "Hagfjärda", "Tornbacka",
    "Vindeborg", "Skärvsta", "Kvarnhagen", "Kvarnskogen", "Kvarnbacksskolan", "Norrgläntan", "Rönnåsen",
    "Rönngården", "Lärkvägen", "Tistelholm", "Kvistberg", "Gillerbacka", "Norrvidden", "Vrångsta", "Mörtsunda",
    "Mortsunda", "Fjärdhamra", "Fjardhamra", "Lidhälla", "Lidhalla", "Tranemåla", "Tranemala", "Ödeshärad",
    "Odesharad", "Hovlinge", "Ekbrinken", "Hagmarken", "Bergsätra", "Kärrbyn", "Skogsbrynet", "Granbyn", "Ekvallen",
    "Ståltorp", "Norrvalla", "Sjöbacken", "Brunnsvala", "Dövringe", "Nordkulla", "Getåkra", "Knaphöjda",
    "Tallkotten", "Ekorrbacken", "Lommarby", "Almbacka", "Hummelby", "Trastvik", "Kråkelund", "Svanedal",
    "Bäverholm", "Grusåsen", "Starrmyra", "Fiskartorp", "Kolbotten", "Tjäderåsen", "Mossgläntan", "Hjärtebo",
    "Ängslyckan", "Skatåsen", "Rävlyckan", "Skräddarbo", "Falkmyra", "Harvstena", "Mellanhed", "Snäckvika",
    "Tistelby", "Vassbäcka", "Tjäderbacken", "Sörgården", "Falkhöjden", "Falkmyrahem", "Stationsparken", "Lönnås",
    "Havsnäs", "Kvistrum", "Hedsätra", "Kvarnängen", "Ekliden", "Sjöbotten", "Mossbol", "Strandboden", "Gästgivarn",
    "Torgkällaren", "Marhed", "Klockarängsskolan", "Måsöskolan", "Rönnbyskolan", "Uddens skola",
    "Gärdesvallsskolan", "Björkuddens skola", "Norrängsskolan", "Fyrvaktarskolan", "Ekholmens friskola", "Ängstorp",
    "Pilgrimen", "Myran", "Tistelbyskolan", "Hällebo", "Strömsvik", "Ugglebo", "Lindåsen", "Tistelbybadet",
    "Tistelvallen", "Kärrnäs", "Vassbäckabadet", "Vassbäckahallen", "Dungsjö", "Gnistorp", "Bräntnäs", "Norrhälla",
    "Klöverhamn", "Nyponet", "Sågverksvägen", "Bruksängen", "Sältån", "Mejerigatan", "Bruksvägen", "Bruksskolan",
    "Arnöhult", "Ejdersund", "Jungsnäs", "Olsvalla", "Pålsmark", "Uvberga", "Ekorren", "Lövåsskolan", "Arnövallen",
    "Ryssjön", "Grimsmossen", "Tranvattnet", "Jonsgärde", "Tallbackens skola", "Uvbergaskolan", "Lärkträdet",
    "Uvbergasalen", "Cedersjö", "Ivarsmark", "Wirsnäs", "Yxlinge", "Zelmersta", "Cronvik", "Cikadan", "Cederbadet",
    "Ivarsholm", "Ingelbo", "Idelsta", "Ytterhed", "Wennbo", "Zettersta", "Cilleby", "Cederfors", "Wadhult",
    "Yxbacka", "Zandvik", "Ceremåla", "Ingridskolan", "Cikorian", "Igelkotten", "Cedergården", "Irisvägen",
    "Zinniaparken", "Ystebo", "Cervinge", "Wälsta", "Ingvaldstorp", "Zetterby", "Yxlingebostäder", "Ivenäs",
    "Qvarnstad", "Xenby", "Åsmyra", "Ärnvik", "Örsjövik", "Ålstena", "Qvarnstadsalen", "Öjebacka", "Äspenäs",
    "Qvistbro", "Åkerhed", "Ärlan", "Åstrandsparken", "Örnvägen", "Ödegårdsskolan", "Östra Åkanten", "Åbacken",
    "Östergärdet", "Älgstigen", "Ålkärret", "Örsjöviksbostäder", "Dammsjö", "Knutsbro", "Gelbäcka", "Lövhammar",
    "Nyedsbo", "Klingstorp", "Dalgårdsskolan", "Blåklockan", "Bäckliden", "Näsvägen", "Dalvallen", "Knutsån",
    "Lillnäs", "Lindgården", "Lindhov", "Bokhagen", "Duvslaget", "Gullvivan", "Kastanjen", "Lingonbacken",
    "Näktergalen", "Gryttje", "Kallmora", "Linsjöbo", "Nolby", "Nyedsbohem", "Långvreten", "Brandsjö", "Fridsmåla",
    "Hallvide", "Sävlunda", "Malmvreta", "Trästena", "Vintersjö", "Fridsmålasalen", "Sjöängsbadet", "Tvärbäcken",
    "Hjortronhagen", "Torvbo", "Stensötaskolan", "Sävlundaskolan", "Hagtornsskolan", "Mossängsskolan",
    "Fältrevsskolan", "Smultronbackens skola", "Vitsippsskolan", "Tornsvalans skola", "Fyrbåksskolan", "Hemtorp",
    "Hemtorpsbostäder",
]
# real Swedish municipalities and regions beginning with A, E, O, R, U or Å: none of them may be one of our names,
# and none may occur as a word in our PDFs
REAL = ["Ale", "Alingsås", "Alvesta", "Aneby", "Arboga", "Arjeplog", "Arvidsjaur", "Arvika", "Askersund", "Avesta",
        "Eda", "Ekerö", "Eksjö", "Emmaboda", "Enköping", "Eskilstuna", "Eslöv", "Essunga",
        "Ockelbo", "Olofström", "Orsa", "Orust", "Osby", "Oskarshamn", "Ovanåker", "Oxelösund",
        "Ragunda", "Robertsfors", "Ronneby", "Rättvik",
        "Uddevalla", "Ulricehamn", "Umeå", "Upplands Väsby", "Upplands-Bro", "Uppsala", "Uppvidinge",
        "Åmål", "Ånge", "Åre", "Årjäng", "Åsele", "Åstorp", "Åtvidaberg"]
# our own invented names (municipalities first, then places, buildings, companies); later sets should add them to
# their FORBIDDEN lists
OWN = ["Ormsvik", "Ekvreta", "Uddmora", "Åbrunna", "Algesta", "Runnvik",
       "Ravelsmossen", "Ulvsta", "Ulvstabadet", "Ravnäs", "Ekmossen", "Åbrunnasalen", "Åbrunnabostäder",
       "Ugglestad", "Ekhöjden", "Alvikens badplats", "Ekvattnet", "Algestahallen", "Årlingsån", "Årlingsdammen",
       "Rasbacka", "Almgården", "Alhagen", "Ormberg Fastigheter", "Rydéns Bygg", "Ekbacka Bostad"]
EARLIER = ["synthetic"] + [f"synthetic{i}" for i in range(2, 19)]
EARLIER_CHECKS = ["synthetic16", "synthetic18"]   # check.py files we were allowed to read


def norm(s):
    return "".join(ch for ch in s.lower() if ch.isalnum())


def words(s):
    return re.findall(r"\w+", s.lower())


def sg(x):
    """Signed one-decimal figure as printed in (b): '+2,8', '−2,7', '0,0'."""
    return dec(x, plus=True)


# ---------------------------------------------------------------- row texts as printed in the PDFs
def a_row(g, r, area):
    num, text, unit, tf, fn = r
    return f"{num} {text}{fn or ''} {unit} {a_tf(tf)} {grp(a_fee(tf, area, 2026))} {grp(a_fee(tf, area, 2027))}"


A_RP = [dict(r=(g, r), item=a_row(g, r, "pbl")) for g, _, r in a_items("pbl")]
A_RM = [dict(r=(g, r), item=a_row(g, r, "mb")) for g, _, r in a_items("mb")]


def b_item(name, v):
    return f"{name} {dec(v[0])} {dec(v[1])} {sg(v[2])} {sg(v[3])} {dec(v[4])}"


B_R = [dict(r=("row", r), item=b_item(r[0], (r[1], r[2], b_dev(r), r[3], r[4]))) for r in b_rows()]
B_R += [dict(r=("sub", None), item=b_item(lab, b_sum(rs)))
        for lab, rs in (("Summa kommunstyrelsen", B_KS), ("Summa barn- och utbildningsnämnden", B_BUN),
                        ("Summa nämnder", b_rows()))]
B_N = [dict(r=x, item=b_item(x[0], x[1:])) for x in b_namnd_level()]


def c_item(r):
    ch = c_change(r)
    return f"{r[0]} {r[2]} {r[3]} {c_tot(r)} {r[4]} {'+' if ch > 0 else '−' if ch < 0 else ''}{abs(ch)} {c_share_w(r)}"


C_R = [dict(r=r, item=c_item(r)) for r in C_STAFF]


def d_item(it):
    nr, title, dnr, fd, kind, prop = it
    return f"{nr}. {title} " + (f"Dnr {dnr} " if dnr else "") + f"Föredragande: {fd} Förslag till beslut {prop}"


D_R = [dict(r=it, item=d_item(it)) for it in D_ITEMS]
E_R = [dict(r=r, item=f"{r[0]} {r[1]} {r[3]} {r[4]} {e_rv(r)} {r[5]} {r[6]} {r[7]}") for r in E_RISKS]

# qid -> (rows, predicate on the raw row)
COND = {
    "h19004": (A_RP, lambda gr: a_fee(gr[1][3], "pbl", 2027) > 20000),            # fee over 20 000 kr
    "h19005": (A_RM, lambda gr: gr[0] == "3.1"),                                    # rows under heading 3.1
    "h19012": (B_R, lambda kr: kr[0] == "row" and b_dev(kr[1]) > 0),               # forecast surplus
    "h19013": (B_N, lambda x: x[3] < -5),                                           # committee deficit > 5 mnkr
    "h19020": (C_R, lambda r: c_change(r) > 0),                                     # more staff than 2025
    "h19021": (C_R, lambda r: c_share_w(r) > 80),                                   # share of women > 80 %
    "h19027": (D_R, lambda it: it[4] == "motion" and it[5].startswith("Motionen avslås")),
    "h19028": (D_R, lambda it: it[3] == D_RINGBORG),                                # presented by Ringborg
    "h19034": (E_R, lambda r: (r[3], r[4]) == (2, 4)),                              # matrix cell S 2 × K 4
    "h19035": (E_R, lambda r: r[8] is not None and r[8][0] == 2027),                # deadline in 2027
    "h19036": (E_R, lambda r: r[6] == "Vård- och omsorgsförvaltningen"),            # responsible
}
# complete lists: every list item of the document, exactly once
EXACT = {
    "h19029": D_ANMALAN,
}
# none questions: (document of that municipality, patterns that would answer the question)
NONE_ABSENT = {
    "h19007": (A, [r"2025"]),
    "h19008": (A, [r"[Vv]indkraft", r"[Vv]indturbin"]),
    "h19015": (B, [r"[Ii]nvester"]),
    "h19016": (B, [r"[Ss]ocialnämnd[^.]{0,160}2026", r"2026[^.]{0,160}[Ss]ocialnämnd"]),
    "h19023": (C, [r"2023"]),
    "h19024": (C, [r"[Ss]juklön", r"[Ss]jukfrånvarokostnad", r"[Kk]ostnad\w* för sjuk"]),
    "h19031": (D, [r"\d+ ledamöter", r"ledamöter[^.]{0,20}\b\d{2}\b", r"\d+ mandat", r"\d+ ordinarie"]),
    "h19038": (E, [r"\bkr\b", r"kronor", r"mnkr", r"tkr", r"miljoner"]),
    "h19039": (E, [r"[Ss]kred", r"\b[Rr]as\b", r"[Jj]ordras"]),
    "h19044": (F, [r"[Vv]oter", r"[Rr]öst", r"\d+ ja\b", r"\d+ nej\b", r"enhällig"]),
}


_cache = {}


def pdf_pages(fn):
    if fn not in _cache:
        r = pypdf.PdfReader(str(HERE / fn))
        raw = [p.extract_text() or "" for p in r.pages]
        _cache[fn] = (r, raw, [norm(t) for t in raw])
    return _cache[fn]


def page_text(fn, p):
    """(raw, normalised) text of page p (1-based); the scanned page is represented by data.F_SCAN."""
    if SCANNED.get(fn) == p:
        t = f_scan_text()
        return t, norm(t)
    _, raw, pg = pdf_pages(fn)
    return raw[p - 1], pg[p - 1]


def all_text(fn):
    raw = list(pdf_pages(fn)[1])
    if fn in SCANNED:
        raw[SCANNED[fn] - 1] = f_scan_text()
    return raw


def parse_number(text):
    m = re.search(r"[−-]?\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d+)?|[−-]?\d+(?:,\d+)?", text)
    if not m:
        return None
    return abs(float(m.group().replace(" ", "").replace("\u00a0", "").replace(",", ".")
                     .replace("−", "-")))


def parse_date(text):
    """'2027-05-31' or '30 mars 2027' -> 'YYYY-MM-DD'."""
    m = re.search(r"(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        return m.group(0)
    m = re.search(r"(\d{1,2}) (\w+)\.? (\d{4})", text)
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
            if rn not in text and rn not in nxt:
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
        if qid != f"{PREFIX}{BASE + n}":
            E_(f"id out of sequence (expected {PREFIX}{BASE + n})")
        if q["lang"] not in ("sv", "en"):
            E_("bad lang")
        t = q["type"]
        if t not in ("figure", "list", "passage", "none"):
            E_("bad type")
            continue
        if not q["question"].strip().endswith("?"):
            E_("question does not end with '?'")
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
            raw = all_text(fn)
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
        npages = len(pdf_pages(fn)[1])
        p = q["page"]
        if not isinstance(p, int) or not 1 <= p <= npages:
            E_(f"bad page {p}")
            continue
        raw_p, text = page_text(fn, p)
        nxt = page_text(fn, p + 1)[1] if p < npages else ""
        if not q["answer"]:
            E_("empty answer")
        if not 1 <= len(q["evidence"]) <= 2:
            E_("need 1-2 evidence phrases")
        for ev in q["evidence"]:
            w = len(ev.split())
            if not 5 <= w <= 15:
                E_(f"evidence has {w} words: {ev!r}")
            if norm(ev) not in text:
                where = [i for i in range(1, npages + 1) if norm(ev) in page_text(fn, i)[1]]
                E_(f"evidence not on p{p} (found on {where}): {ev!r}")
        c = copies(q["question"], raw_p)
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
    scan_qs = collections.Counter(q["type"] for q in qs if q["docs"] == [F] and q["page"] == SCANNED[F])
    if not (2 <= scan_qs["figure"] <= 3 and scan_qs["passage"] == 1):
        errs.append(f"questions on the scanned page: {dict(scan_qs)} (want 2-3 figure, 1 passage)")

    # ---------------------------------------------------------------- documents
    files = sorted(f.name for f in HERE.glob("*.pdf"))
    titled = set()
    if files != sorted(PLACE):
        errs.append(f"PDFs {files} != expected {sorted(PLACE)}")
    for fn in files:
        r, raw, _ = pdf_pages(fn)
        if not 3 <= len(raw) <= 5:
            errs.append(f"{fn}: {len(raw)} pages")
        alltext = " ".join(all_text(fn))
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
        land = [i + 1 for i, pg in enumerate(r.pages) if float(pg.mediabox.width) > float(pg.mediabox.height)]
        if land:
            errs.append(f"{fn}: unexpected landscape pages {land}")
    if titled != WITH_TITLE:
        errs.append(f"metadata titles in {sorted(titled)}, expected {sorted(WITH_TITLE)}")
    for q in qs:
        for bad in FORBIDDEN:
            if bad.lower() in q["question"].lower() or bad.lower() in q["answer"].lower():
                errs.append(f"{q['id']}: forbidden name {bad}")
    used = collections.Counter(q["docs"][0] for q in qs if q["docs"])
    for fn in files:
        if used[fn] < MIN_PER_DOC:
            errs.append(f"{fn}: only {used[fn]} answerable questions")
    # the scanned page: no text layer, one page-size image of about 200 dpi
    for fn, p in SCANNED.items():
        r, raw, _ = pdf_pages(fn)
        pg = r.pages[p - 1]
        if raw[p - 1].strip():
            errs.append(f"{fn}: scanned page {p} has a text layer: {raw[p - 1][:40]!r}")
        imgs = list(pg.images)
        if len(imgs) != 1 or imgs[0].image.width < 1600:
            errs.append(f"{fn}: scanned page {p} must hold one image of at least 1600 px width")
        for other in range(1, len(raw) + 1):
            if other != p and not raw[other - 1].strip():
                errs.append(f"{fn}: page {other} has no text")

    # ---------------------------------------------------------------- own names vs earlier sets
    for o in OWN:
        if o[0] not in LETTERS:
            errs.append(f"own name {o} does not begin with one of {LETTERS}")
        for bad in FORBIDDEN:
            if bad.lower() in o.lower() or o.lower() in bad.lower():
                errs.append(f"own name {o} collides with forbidden {bad}")
        for d in EARLIER:
            for f in (("README.md", "check.py") if d in EARLIER_CHECKS else ("README.md",)):
                p = HERE.parent / d / f
                if p.exists() and o.lower() in p.read_text(encoding="utf-8").lower():
                    errs.append(f"own name {o} occurs in ../{d}/{f}")
    alldocs = " ".join(" ".join(all_text(fn)) for fn in files).lower()
    for o in OWN:
        if o.lower() not in alldocs:
            errs.append(f"own name {o} is not used in any PDF (remove it from OWN)")
    for o in OWN:
        for rl in REAL:
            if o.lower() == rl.lower() or o.lower().startswith(rl.lower() + " "):
                errs.append(f"own name {o} is a real municipality ({rl})")
    for fn in files:
        alltext = " ".join(all_text(fn))
        for rl in REAL:
            if re.search(r"(?<!\w)" + re.escape(rl) + r"(?!\w)", alltext):
                errs.append(f"{fn}: real municipality name {rl} in the text")

    # ---------------------------------------------------------------- data consistency
    def on(fn, s, pages):
        return any(norm(s) in page_text(fn, i + 1)[1] for i in pages)

    def count(fn, s):
        return sum(page_text(fn, i)[1].count(norm(s)) for i in range(1, len(pdf_pages(fn)[1]) + 1))

    def pages_of(fn, s):
        return [i for i in range(1, len(pdf_pages(fn)[1]) + 1) if norm(s) in page_text(fn, i)[1]]

    def need(fn, s, pages, what):
        if not on(fn, s, pages):
            errs.append(f"{what}: not printed on p{[p + 1 for p in pages]}: {s[:70]!r}")

    # (a) taxa
    pbl, pbl26 = A_TIM["pbl"]
    mb, mb26 = A_TIM["mb"]
    lv, lv26 = A_TIM["livs"]
    for x in A_RP + A_RM:
        pg = pages_of(A, x["item"])
        if len(pg) != 1 or pg[0] not in (2, 3, 4):
            errs.append(f"A: row {x['item'][:30]!r} printed on {pg}")
    for area, groups in (("pbl", A_PBL), ("mb", A_MB)):
        nums = [g for g, _, _ in groups]
        if nums != [f"{2 if area == 'pbl' else 3}.{i}" for i in range(1, len(groups) + 1)]:
            errs.append(f"A: group numbers of {area} not consecutive")
        for g, title, rows in groups:
            need(A, f"{g} {title}", [1, 2, 3], "A group row")
            if [r[0] for r in rows] != [f"{g}.{i}" for i in range(1, len(rows) + 1)]:
                errs.append(f"A: item numbers under {g} not consecutive")
            for r in rows:
                f26, f27 = a_fee(r[3], area, 2026), a_fee(r[3], area, 2027)
                rate26, rate27 = A_TIM[area][1], A_TIM[area][0]
                if not (0 <= r[3] * rate26 - f26 < 10 and 0 <= r[3] * rate27 - f27 < 10 and f26 % 10 == 0):
                    errs.append(f"A: fee of {r[0]} is not timfaktor × timavgift rounded down to tens")
                if r[4]:
                    row = [x for x in A_RP + A_RM if x["r"][1] is r][0]
                    pg = pages_of(A, row["item"])
                    if not on(A, f"{r[4]} {A_FN[r[4]]}", [pg[0] - 1]):
                        errs.append(f"A: footnote {r[4]} not at the foot of p{pg[0]} where its row is")
    if [a_fee(r[3], "pbl", 2026) for _, _, r in a_items("pbl") if r[3] != int(r[3])] == \
            [int(r[3] * pbl26) for _, _, r in a_items("pbl") if r[3] != int(r[3])]:
        errs.append("A: no fee shows the rounding-down rule")
    need(A, f"enligt plan- och bygglagen är {grp(pbl)} kronor1 (2026: {grp(pbl26)} kronor)", [0], "A rate")
    need(A, f"enligt miljöbalken är {grp(mb)} kronor (2026: {grp(mb26)} kronor)", [0], "A rate")
    need(A, f"kontroll av livsmedel är {grp(lv)} kronor (2026: {grp(lv26)} kronor)", [0], "A rate")
    need(A, f"1 {A_FN[1]}", [0], "A footnote 1")
    need(A, f"beräknas med timavgiften {grp(pbl)} kronor", [1], "A")
    need(A, f"beräknas med timavgiften {grp(mb)} kronor", [2], "A")
    need(A, f"motsvarande {A_LIVS_REG} timmar ut, det vill säga {grp(A_LIVS_REG * lv)} kronor", [3], "A")
    need(A, "minskas avgiften med en femtedel för varje påbörjad vecka", [0], "A")
    if pages_of(A, "Tabell 1. Avgifter enligt plan- och bygglagen (forts.)") != [3] or \
            pages_of(A, "Tabell 2. Avgifter enligt miljöbalken (forts.)") != [4] or \
            count(A, "Nr Åtgärd Enhet Timfaktor Avgift 2026, kr Avgift 2027, kr") != 4:
        errs.append("A: both tables must continue on the next page with the heading repeated")
    if pages_of(A, A_RP[0]["item"]) != [2] or pages_of(A, A_RP[-1]["item"]) != [3] or \
            pages_of(A, A_RM[0]["item"]) != [3] or pages_of(A, A_RM[-1]["item"]) != [4]:
        errs.append("A: Tabell 1 must run p2–p3 and Tabell 2 p3–p4")

    # (b) delårsrapport
    for x in B_R:
        pg = pages_of(B, x["item"])
        if pg not in ([2], [3]):
            errs.append(f"B: row {x['item'][:30]!r} printed on {pg}")
    for r in b_rows():
        need(B, r[5], [1, 2], "B comment")
        x = [y for y in B_R if y["item"].startswith(r[0] + " ")][0]
        if norm(x["item"] + " " + r[5]) not in "".join(page_text(B, i)[1] for i in (2, 3)):
            errs.append(f"B: the comment does not follow its row {r[0]}")
    sks, sbun, sn = b_sum(B_KS), b_sum(B_BUN), b_sum(b_rows())
    lvl = b_namnd_level()
    for i in range(5):
        if r1(sum(x[1 + i] for x in lvl)) != sn[i]:
            errs.append("B: the committee-level rows do not add up to Summa nämnder")
    if sn[2] != r1(sn[0] - sn[1]) or sks[2] != r1(sks[0] - sks[1]) or sbun[2] != r1(sbun[0] - sbun[1]):
        errs.append("B: deviation is not budget minus forecast on the sum rows")
    if pages_of(B, "Tabell 2. Driftredovisning per nämnd, januari–augusti 2027 (forts.)") != [3] or \
            count(B, "Nämnd / förvaltning, mnkr Budget helår Prognos helår Avvikelse helår Avvikelse T1 "
                     "Utfall jan–aug") != 2:
        errs.append("B: Tabell 2 must continue on p3 with the heading repeated")
    res_b, res_p, res_t1 = b_result()
    skatt = [f for f in B_FIN if f[0].startswith("Skatte")][0]
    if r1(-sn[0] + sum(f[1] for f in B_FIN)) != res_b or r1(-sn[1] + sum(f[2] for f in B_FIN)) != res_p:
        errs.append("B: the result forecast does not add up")
    need(B, f"Nämndernas nettokostnader {dec(-sn[0])} {dec(-sn[1])} {sg(sn[2])} {dec(-r1(sn[0] - sn[3]))}", [0], "B")
    for lab, b, p_, t1 in B_FIN:
        need(B, f"{lab} {dec(b)} {dec(p_)} {sg(r1(p_ - b))} {dec(t1)}", [0], "B result table")
    need(B, f"Årets resultat {dec(res_b)} {dec(res_p)} {sg(r1(res_p - res_b))} {dec(res_t1)}", [0], "B")
    worst = sorted(lvl, key=lambda x: x[3])[:2]
    if [w[0] for w in worst] != ["Socialnämnden", "Summa barn- och utbildningsnämnden"]:
        errs.append(f"B: the two largest deficits are {[w[0] for w in worst]}")
    for t_ in (f"Resultatet för perioden januari–augusti 2027 blev {dec(B_RESULT_JANAUG[0])} mnkr, jämfört med "
               f"{dec(B_RESULT_JANAUG[1])} mnkr för motsvarande period 2026. Helårsprognosen pekar på ett resultat "
               f"om {dec(res_p)} mnkr, vilket är {dec(res_b - res_p)} mnkr sämre än det budgeterade resultatet på "
               f"{dec(res_b)} mnkr och {dec(r1(res_t1 - res_p))} mnkr lägre än prognosen i tertialrapport 1 "
               f"({dec(res_t1)} mnkr)",
               f"en negativ avvikelse på {dec(-sn[2])} mnkr mot budget (tertial 1: {dec(sn[3])} mnkr). Störst "
               f"underskott har socialnämnden, {dec(worst[0][3])} mnkr, följd av barn- och utbildningsnämnden, "
               f"{dec(worst[1][3])} mnkr",
               f"beräknas bli {dec(r1(skatt[2] - skatt[1]))} mnkr högre än budgeterat",
               f"Resultatet motsvarar {dec(r1(100 * res_p / skatt[2]))} procent av skatteintäkter och generella "
               f"statsbidrag. Det finansiella målet om ett resultat på minst {dec(B_RES_MAL)} procent nås därmed "
               "inte"):
        need(B, t_, [0], "B summary")
    if not r1(100 * res_p / skatt[2]) < B_RES_MAL:
        errs.append("B: the result goal is said to be missed")
    need(B, f"uppgår till {dec(sn[4])} mnkr, vilket motsvarar {dec(r1(100 * sn[4] / sn[0]))} procent av "
            f"årsbudgeten", [1], "B")
    tot, upp, delv, ej = B_MAL
    if upp + delv + ej != tot:
        errs.append("B: goal counts do not add up")
    need(B, f"fastställt {tot} mål för mandatperioden. Vid delåret bedöms {upp} mål uppfyllas helt, {delv} delvis "
            f"och {ej} inte alls", [2], "B")
    soc = [r for r in B_NAMND if r[0] == "Socialnämnden"][0]
    if not re.search(r"ökat från 14 till 21", soc[5]):
        errs.append("B: socialnämnden comment changed")

    # (c) personalbokslut
    w, m, t, t25 = c_totals()
    for x in C_R:
        need(C, x["item"], [1], "C staff row")
    need(C, f"Hela kommunen {grp(w)} {m} {grp(t)} {grp(t25)} +{t - t25} {round(100 * w / t)}", [1], "C total row")
    if pages_of(C, "Hela kommunen")[0] != 2 or \
            page_text(C, 2)[1].index(norm("Hela kommunen")) > page_text(C, 2)[1].index(norm(C_R[0]["item"])):
        errs.append("C: the total row must come first in Tabell 1")
    need(C, f"{grp(t)} tillsvidareanställda (2025: {grp(t25)})", [0], "C key figure")
    need(C, f"{dec(c_sick(yi=2))} % sjukfrånvaro (2025: {dec(c_sick(yi=1))} %)", [0], "C key figure")
    need(C, f"{C_HELTID[0]} % anställda på heltid (2025: {C_HELTID[1]} %)", [0], "C key figure")
    need(C, f"{dec(C_MEDELALDER[0])} år medelålder (2025: {dec(C_MEDELALDER[1])} år)", [0], "C key figure")
    need(C, f"{dec(C_OMS[0])} % personalomsättning (2025: {dec(C_OMS[1])} %)", [0], "C key figure")
    for t_ in (f"hade Uddmora kommun {grp(t)} tillsvidareanställda medarbetare, {t - t25} fler än ett år tidigare. "
               f"Av dem var {grp(w)} kvinnor och {m} män. Därtill fanns {C_VISSTID[0]} visstidsanställda med "
               f"månadslön, jämfört med {C_VISSTID[1]} året innan",
               f"minskade från {dec(c_sick(yi=1))} procent 2025 till {dec(c_sick(yi=2))} procent 2026. Kvinnornas "
               f"sjukfrånvaro var {dec(c_sick('Kvinnor', yi=2))} procent och männens {dec(c_sick('Män', yi=2))} "
               f"procent",
               f"stod för {dec(C_LANG[0])} procent av den totala sjukfrånvaron mot {dec(C_LANG[1])} procent"):
        need(C, t_, [0], "C summary")
    for g in ("Kvinnor", "Män", "Samtliga"):
        gg = None if g == "Samtliga" else g
        seq = g + " " + " ".join(
            f"{y} " + " ".join(dec(c_sick(gg, a, yi)) for a in range(3)) + f" {dec(c_sick(gg, None, yi))}"
            for yi, y in enumerate(C_YEARS))
        need(C, seq, [2], "C sick-leave block")
    for yi in range(3):
        for g in ("Kvinnor", "Män"):
            vals = [C_SICK[g][a][yi] for a in range(3)]
            if not min(vals) <= c_sick(g, None, yi) <= max(vals):
                errs.append("C: weighted total outside its age groups")
    if not all(C_SICK["Kvinnor"][a][2] < C_SICK["Kvinnor"][a][1] for a in range(3)) or \
            not (C_SICK["Män"][2][2] > C_SICK["Män"][2][1] and C_SICK["Män"][0][2] < C_SICK["Män"][0][1]
                 and C_SICK["Män"][1][2] < C_SICK["Män"][1][1]):
        errs.append("C: the sentence about age groups does not match Tabell 2")
    need(C, f"från {dec(C_SICK['Män'][2][1])} till {dec(C_SICK['Män'][2][2])} procent", [2], "C")
    for r in C_STAFF:
        need(C, f"{r[1]} {dec(r[5])} {dec(r[6])}", [3], "C chart group")
    need(C, f"Hela kommunen 2026: {dec(c_sick(yi=2))} %", [3], "C chart reference line")
    if abs(c_chart_mean(1) - c_sick(yi=2)) > 0.15 or abs(c_chart_mean(0) - c_sick(yi=1)) > 0.15:
        errs.append(f"C: chart mean {c_chart_mean(1):.2f}/{c_chart_mean(0):.2f} far from the table total")
    up = [r[0] for r in C_STAFF if r[6] > r[5]]
    if up != ["Kultur- och fritidsförvaltningen"] or max(C_STAFF, key=lambda r: r[6])[0] != \
            "Vård- och omsorgsförvaltningen":
        errs.append(f"C: chart comment does not match (increased: {up})")

    # (d) föredragningslista
    for i, x in enumerate(D_R, 1):
        if x["r"][0] != i:
            errs.append("D: item numbers not consecutive")
        pg = pages_of(D, x["item"])
        if pg not in ([2], [3]):
            errs.append(f"D: item {i} printed on {pg}")
    if pages_of(D, D_R[0]["item"]) != [2] or pages_of(D, D_R[-1]["item"]) != [3]:
        errs.append("D: the agenda must run over p2–p3")
    for s_ in D_ANMALAN:
        need(D, "– " + s_, [3], "D anmälningsärende")
    need(D, f"kommunfullmäktige {D_MEETING}", [0], "D")
    if parse_date(D_JUST) != "2027-03-30" or parse_date(D_MEETING) != "2027-03-22":
        errs.append("D: dates")
    b7 = [x for x in D_ITEMS if x[0] == 7][0][5]
    if not re.search(r"från 365 mnkr till högst 420 mnkr", b7):
        errs.append("D: borgen text")
    if sum(1 for x in D_ITEMS if x[4] == "motion") != 4:
        errs.append("D: four motions expected")

    # (e) RSA
    for x in E_R:
        pg = pages_of(E, x["item"])
        if pg not in ([3], [4]):
            errs.append(f"E: register row {x['r'][0]} printed on {pg}")
        r = x["r"]
        if not (1 <= r[3] <= 5 and 1 <= r[4] <= 5):
            errs.append(f"E: S/K out of range in {r[0]}")
        if r[7] == "löpande":
            if r[8] is not None:
                errs.append(f"E: {r[0]} löpande with a deadline")
        else:
            m_ = re.fullmatch(r"(\d{4})-(\d{2})-\d{2}|(?:jan|feb|mars|apr|maj|juni|juli|aug|sep|okt|nov|dec) "
                              r"(\d{4})|Q([1-4]) (\d{4})|(\d{4})", r[7])
            if not m_:
                errs.append(f"E: unparsable deadline {r[7]!r}")
            else:
                if m_.group(1):
                    ym = (int(m_.group(1)), int(m_.group(2)))
                elif m_.group(3):
                    ym = (int(m_.group(3)), 12 if r[7].startswith("dec") else 0)
                elif m_.group(4):
                    ym = (int(m_.group(5)), 3 * int(m_.group(4)))
                else:
                    ym = (int(m_.group(6)), 12)
                if ym != r[8]:
                    errs.append(f"E: deadline of {r[0]} {r[7]!r} != {r[8]}")
    if [r[0] for r in E_RISKS] != [f"R{i}" for i in range(1, len(E_RISKS) + 1)]:
        errs.append("E: risk numbers not consecutive")
    if pages_of(E, E_R[0]["item"]) != [3] or pages_of(E, E_R[-1]["item"]) != [4] or \
            pages_of(E, "Tabell 2. Riskregister med åtgärder 2027–2030 (forts.)") != [4] or \
            count(E, "Nr Risk S K RV Åtgärd Ansvarig Klart") != 2:
        errs.append("E: the register must run p3–p4 with the heading repeated")
    formats = {("iso" if re.match(r"\d{4}-", r[7]) else "q" if r[7].startswith("Q") else
                "lop" if r[7] == "löpande" else "year" if re.fullmatch(r"\d{4}", r[7]) else "mon") for r in E_RISKS}
    if formats != {"iso", "q", "lop", "year", "mon"}:
        errs.append(f"E: deadline formats {formats}")
    cnt = e_counts()
    need(E, f"Analysen omfattar {len(E_RISKS)} risker. Av dem har {cnt['mycket hög']} ett mycket högt riskvärde, "
            f"{cnt['hög']} ett högt, {cnt['medel']} ett medelhögt och {cnt['låg']} ett lågt riskvärde", [0], "E")
    if sum(cnt.values()) != len(E_RISKS):
        errs.append("E: level counts do not add up")
    top = max(E_RISKS, key=e_rv)
    if top[0] != "R5" or sum(1 for r in E_RISKS if e_rv(r) == e_rv(top)) != 1:
        errs.append("E: cyberangrepp (R5) must have the single highest risk value")
    need(E, f"Cyberangrepp mot kommunens IT-system har det högsta riskvärdet, {e_rv(top)}", [1], "E")
    p2 = page_text(E, 2)[1]
    for (s_, k_), rs in e_placed().items():
        if norm(f"{s_ * k_} {' '.join(rs)}") not in p2:
            errs.append(f"E: matrix cell S{s_} K{k_} does not show {rs}")
    r3 = [r for r in E_RISKS if r[0] == "R3"][0]
    if e_level(r3) != "hög" or "Rasbacka" not in r3[5]:
        errs.append("E: R3 must be a high risk with the Rasbacka wall")

    # (f) Runnvik
    scan = f_scan_text()
    bids = sorted(F_BIDS, key=lambda b: -b[1])
    if bids[0][1] != F_PRICE or F_BIDS[0] != bids[0]:
        errs.append("F: the highest bid must be the price and come first")
    for who, amt, cond in F_BIDS:
        need(F, f"{who} {grp(amt)} {cond}", [0], "F bid row")
    need(F, f"marknadsvärde till {grp(F_VALUE)} kronor", [0], "F")
    need(F, f"och {len(F_BIDS)} bud kom in", [0], "F")
    need(F, f"omfattar {grp(F_AREA[0])} kvadratmeter tomtmark och en byggnad om {F_AREA[1]} kvadratmeter", [0], "F")
    need(F, f"bokförda värde är {grp(F_BOOK)} kronor. Försäljningen ger därmed en realisationsvinst på "
            f"{grp(F_PRICE - F_BOOK)} kronor", [2], "F")
    for s_ in (f"köpeskilling om {grp(F_PRICE)} kronor", f"handpenning om {grp(F_HANDPENNING)} kronor senast den "
               f"31 mars 2027", "tillträde ska ske den 1 juni 2027",
               f"minst {F_MIN_LGH} lägenheter senast den 31 december 2028", f"vite om {grp(F_VITE)} kronor",
               f"det högsta budet, {grp(F_PRICE)} kronor, vilket är {grp(F_PRICE - F_VALUE)} kronor över",
               f"Sammanträdesdatum {F_DATES['ks']}", "Fyra bud har kommit in"):
        if norm(s_) not in norm(scan):
            errs.append(f"F: scanned text lacks {s_!r}")
    if F_HANDPENNING * 10 != F_PRICE or len(F_BIDS) != 4:
        errs.append("F: the down payment must be 10 % of the price")
    for key, want in (("handpenning", "31 mars 2027"), ("tilltrade", "1 juni 2027"), ("bygg", "31 december 2028")):
        if parse_date(want) != F_DATES[key]:
            errs.append(f"F: date {key}")
    for s_ in ("6 850 000", "685 000", "1 juni 2027", "tomträtt", "vite"):
        if norm(s_) in "".join(pdf_pages(F)[2][1:2]):
            errs.append(f"F: {s_!r} leaks into the text layer of the scanned page")
    if re.search(r"\b1 juni 2027|\b685 000\b|tomträtt", " ".join(pdf_pages(F)[1])):
        errs.append("F: facts of the scanned page must not be repeated on pages 1 or 3")

    for e in errs:
        print("ERROR", e)
    print(f"{len(qs)} questions; types {dict(types)}; langs {dict(langs)}; English lists {en_lists}; "
          f"English figures {en_figs}; conditional lists {n_cond}; on the scanned page {dict(scan_qs)}")
    print("per doc (answerable): " + ", ".join(f"{k} {v}" for k, v in sorted(used.items())))
    print(f"{len(files)} pdfs, {len(titled)} with metadata title, pages: "
          + ", ".join(f"{fn} {len(pdf_pages(fn)[1])}" for fn in files))
    print(f"{len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
