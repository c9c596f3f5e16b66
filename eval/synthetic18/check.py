"""Checks ../train_syn18.jsonl against the six PDFs in this folder (pypdf text).

Modelled on ../synthetic16/check.py (the generic part is copied from there).

* format: 64 questions t18001..t18064, key order, types 26 figure / 16 list / 6 passage / 16 none,
  16 in English (at least 4 of them lists and at least 6 figures), at least 10 conditional lists;
* every question names the municipality of its document;
* every evidence phrase (5-15 words) and figure text occurs on the stated page, list items
  (3-8 words) on that page or the next, after lower-casing and dropping non-alphanumerics;
* figure values agree with their verbatim text (dates as YYYY-MM-DD, read from "2027-02-04", "15/2-27",
  "7 jan. 2027" or "31 mars 2027");
* conditional list questions: the expected rows are recomputed from data.py (each item a prefix of exactly
  one row, that row satisfies the condition, every satisfying row covered, full row text on the page or
  the next); complete lists must cover exactly the list in data.py;
* none questions: empty docs/evidence/figures/items, page null, answer "", and the asked fact is absent from
  the document of that municipality (regex patterns below);
* no 5-word run shared between a question and its page (none questions: any page of the document);
* documents: 6 PDFs, 3-5 pages, å/ä/ö extractable, "−" in (b), (e), (f), metadata titles exactly in
  (a), (c), (d), (f), landscape page exactly p. 2 of (f), no names of earlier synthetic municipalities or places
  (FORBIDDEN), no real municipality name (REAL) among our own names or as a word in the PDFs, our own names
  (OWN) all start with B, D, G, K, L or N and none occurs in the READMEs of the earlier sets or the check.py
  files of the earlier training sets;
* data consistency: see the end of main().
Prints every failure and exits non-zero if there is any.
"""
import collections
import datetime as _dt
import json
import re
import sys
from pathlib import Path

import pypdf

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from common18 import grp, dec  # noqa: E402
from data import (b_first_year, b_last_year, A_ROWS, a_date, a_datestr, a_counts, A_DELEGATS, a_per_delegat, A_AREAS,  # noqa: E402
                  B_GROUPS, B_YEARS, b_projects, b_total, b_sub, b_skatt, B_TAXE, B_RAM, B_PRIO,
                  C_ATT, C_GROUPS, c_actions, c_quarter, c_cost, C_STATSBIDRAG,
                  D_SABO, D_HT, d_shares, d_sabo_tot, d_ht_tot, d_falls, d_kont_tot, D_MAL_KONT, D_MIN_N, pct,
                  e_rr, e_br, E_NOTES, e_note_rows, e_ratios, E_ANSVAR, E_INVEST, E_REAVINST, E_LAN, r1,
                  F_GOALS, f_indicators, f_status, F_UPPDRAG, F_BUDGET, f_budget_sum, f_change)

QFILE = HERE.parent / "train_syn18.jsonl"
N_Q = 64
BASE = 18000
WANT_TYPES = {"figure": 26, "list": 16, "passage": 6, "none": 16}
WANT_EN = 16
MIN_EN_LISTS = 4
MIN_EN_FIGS = 6
MIN_COND = 10
KEYS = ["id", "question", "lang", "type", "docs", "page", "evidence", "answer", "figures", "items"]
UNITS = {"mnkr", "tkr", "kr", "procent", "antal", "datum", "år"}
MONTHS = {m: i for i, m in enumerate(["januari", "februari", "mars", "april", "maj", "juni", "juli",
                                      "augusti", "september", "oktober", "november", "december"], 1)}
MONTHS.update({"jan": 1, "feb": 2, "aug": 8, "sep": 9, "sept": 9, "okt": 10, "nov": 11, "dec": 12})

A = "dammsjo-sn-delegationsbeslut-jan-feb-2027.pdf"
B = "knutsbro-investeringsplan-2027-2031.pdf"
C = "gelbacka-handlingsplan-psykisk-halsa-2027-2028.pdf"
D = "lovhammar-aldreomsorg-kvalitetsrapport-2026.pdf"
E = "nyedsbo-arsredovisning-2026-rakenskaper.pdf"
F = "klingstorp-kfn-verksamhetsplan-2027.pdf"
PLACE = {A: "Dammsjö", B: "Knutsbro", C: "Gelbäcka", D: "Lövhammar", E: "Nyedsbo", F: "Klingstorp"}
WITH_TITLE = {A, C, D, F}
WITH_MINUS = {B, E, F}   # documents that print negative numbers with "−"
LANDSCAPE = {F: [2]}
LETTERS = "BDGKLN"
# FORBIDDEN: the FORBIDDEN and OWN lists of ../synthetic16/check.py, plus the FORBIDDEN and OWN lists of
# ../synthetic15, ../synthetic13 and ../synthetic11 (only those lines were read in the held-out folders)
FORBIDDEN = ["Björkfors", "Ekmora", "Granhult", "Lindvik", "Norrbacka", "Ekeslätt", "Fjällmark", "Sjövalla",
             "Tallmora", "Ulvsjö", "Kvarnåsa", "Lövsjövik", "Storbrinken", "Västermyr", "Sälgmora", "Hällmark",
             "Brännvik", "Tjärnholm", "Aspedal", "Videberga", "Ljungsäter", "Klintehamra", "Ormaker", "Örmåker",
             "Ormåker", "Siljetuna", "Rödberga", "Tjärnaker", "Tjärnåker", "Solbacken", "Granlunden", "Tjärnbadet",
             "Höjdåsen", "Videvallen", "Lärkan", "Hagaskolan", "Åsnäs", "Ramsvika", "Furuskog", "Vättersund",
             "Stensjöbro", "Korpilund", "Lerviken", "Strandängen", "Ängsdalen", "Sjövägen", "Björnhamra",
             "Hjortviken", "Ramnåsa", "Rämnåsa", "Ramnasa", "Gränsmark", "Gransmark", "Stenbräcka", "Stenbracka",
             "Alvsäter", "Mälarbotten", "Hagfjärda", "Tornbacka", "Vindeborg", "Skärvsta", "Kvarnhagen",
             "Kvarnskogen", "Kvarnbacksskolan", "Norrgläntan", "Rönnåsen", "Rönngården", "Lärkvägen",
             # synthetic9
             "Tistelholm", "Kvistberg", "Gillerbacka", "Norrvidden", "Vrångsta",
             # synthetic10
             "Mörtsunda", "Mortsunda", "Fjärdhamra", "Fjardhamra", "Lidhälla", "Lidhalla", "Tranemåla",
             "Tranemala", "Ödeshärad", "Odesharad", "Hovlinge", "Ekbrinken", "Hagmarken", "Bergsätra",
             "Kärrbyn", "Skogsbrynet", "Granbyn", "Ekvallen", "Ståltorp", "Norrvalla", "Sjöbacken",
             # synthetic11
             "Brunnsvala", "Dövringe", "Nordkulla", "Getåkra", "Knaphöjda", "Tallkotten", "Ekorrbacken",
             "Lommarby", "Almbacka", "Hummelby", "Trastvik", "Kråkelund", "Svanedal", "Bäverholm", "Grusåsen",
             "Starrmyra", "Fiskartorp", "Kolbotten", "Tjäderåsen", "Mossgläntan", "Hjärtebo", "Ängslyckan",
             "Skatåsen", "Rävlyckan", "Skräddarbo",
             # synthetic12
             "Falkmyra", "Harvstena", "Mellanhed", "Snäckvika", "Tistelby", "Vassbäcka",
             "Tjäderbacken", "Sörgården", "Falkhöjden", "Falkmyrahem", "Stationsparken", "Lönnås", "Havsnäs",
             "Kvistrum", "Hedsätra", "Kvarnängen", "Ekliden", "Sjöbotten", "Mossbol", "Strandboden", "Gästgivarn",
             "Torgkällaren", "Marhed", "Klockarängsskolan", "Måsöskolan", "Rönnbyskolan", "Uddens skola",
             "Gärdesvallsskolan", "Björkuddens skola", "Norrängsskolan", "Fyrvaktarskolan", "Ekholmens friskola",
             "Ängstorp", "Pilgrimen", "Myran", "Tistelbyskolan", "Hällebo", "Strömsvik", "Ugglebo", "Lindåsen",
             "Tistelbybadet", "Tistelvallen", "Kärrnäs", "Vassbäckabadet", "Vassbäckahallen",
             # synthetic13 (its OWN list)
             "Dungsjö", "Gnistorp", "Bräntnäs", "Norrhälla", "Klöverhamn", "Nyponet", "Sågverksvägen", "Bruksängen",
             "Sältån", "Mejerigatan", "Bruksvägen", "Bruksskolan",
             # synthetic14 (its OWN list)
             "Arnöhult", "Ejdersund", "Jungsnäs", "Olsvalla", "Pålsmark", "Uvberga",
             "Ekorren", "Lövåsskolan", "Arnövallen", "Ryssjön", "Grimsmossen", "Tranvattnet", "Jonsgärde",
             "Tallbackens skola", "Uvbergaskolan", "Lärkträdet", "Uvbergasalen",
             # synthetic15 (its OWN list)
             "Cedersjö", "Ivarsmark", "Wirsnäs", "Yxlinge", "Zelmersta", "Cronvik",
             "Cikadan", "Cederbadet", "Ivarsholm", "Ingelbo", "Idelsta", "Ytterhed", "Wennbo", "Zettersta", "Cilleby",
             "Cederfors", "Wadhult", "Yxbacka", "Zandvik", "Ceremåla", "Ingridskolan", "Cikorian", "Igelkotten",
             "Cedergården", "Irisvägen", "Zinniaparken", "Ystebo", "Cervinge", "Wälsta", "Ingvaldstorp", "Zetterby",
             "Yxlingebostäder", "Ivenäs",
             # synthetic16 (its OWN list)
             "Qvarnstad", "Xenby", "Åsmyra", "Ärnvik", "Örsjövik", "Ålstena",
             "Qvarnstadsalen", "Öjebacka", "Äspenäs", "Qvistbro", "Åkerhed", "Ärlan", "Åstrandsparken", "Örnvägen",
             "Ödegårdsskolan", "Östra Åkanten", "Åbacken", "Östergärdet", "Älgstigen", "Ålkärret",
             "Örsjöviksbostäder"]
# real Swedish municipalities and regions beginning with B, D, G, K, L or N: none of them may be one of our names,
# and none may occur as a word in our PDFs
REAL = ["Bengtsfors", "Berg", "Bjurholm", "Bjuv", "Boden", "Bollebygd", "Bollnäs", "Borgholm", "Borlänge", "Borås",
        "Botkyrka", "Boxholm", "Bromölla", "Bräcke", "Burlöv", "Båstad", "Dals-Ed", "Danderyd", "Degerfors",
        "Dorotea", "Gagnef", "Gislaved", "Gnesta", "Gnosjö", "Gotland", "Grums", "Grästorp", "Gullspång",
        "Gällivare", "Gävle", "Göteborg", "Götene", "Kalix", "Kalmar", "Karlsborg", "Karlshamn", "Karlskoga",
        "Karlskrona", "Karlstad", "Katrineholm", "Kil", "Kinda", "Kiruna", "Klippan", "Knivsta", "Kramfors",
        "Kristianstad", "Kristinehamn", "Krokom", "Kumla", "Kungsbacka", "Kungsör", "Kungälv", "Kävlinge", "Köping",
        "Laholm", "Landskrona", "Laxå", "Lekeberg", "Leksand", "Lerum", "Lessebo", "Lidingö", "Lidköping",
        "Lilla Edet", "Lindesberg", "Linköping", "Ljungby", "Ljusdal", "Ljusnarsberg", "Lomma", "Ludvika", "Luleå",
        "Lund", "Lycksele", "Lysekil", "Nacka", "Nora", "Norberg", "Nordanstig", "Nordmaling", "Norrköping",
        "Norrtälje", "Norsjö", "Nybro", "Nykvarn", "Nyköping", "Nynäshamn", "Nässjö", "Blekinge", "Dalarna",
        "Gävleborg", "Kronoberg", "Norrbotten"]
# our own invented names (municipalities first, then places, buildings, projects); later sets should add them to
# their FORBIDDEN lists
OWN = ["Dammsjö", "Knutsbro", "Gelbäcka", "Lövhammar", "Nyedsbo", "Klingstorp",
       "Dalgårdsskolan", "Blåklockan", "Bäckliden", "Näsvägen", "Dalvallen", "Knutsån", "Lillnäs", "Lindgården",
       "Lindhov", "Bokhagen", "Duvslaget", "Gullvivan", "Kastanjen", "Lingonbacken", "Näktergalen", "Gryttje",
       "Kallmora", "Linsjöbo", "Nolby", "Nyedsbohem", "Långvreten", "Brandsjö"]
TRAINING = ["synthetic", "synthetic3", "synthetic4", "synthetic7", "synthetic8", "synthetic10", "synthetic12",
            "synthetic14", "synthetic16"]
HELDOUT = ["synthetic2", "synthetic5", "synthetic6", "synthetic9", "synthetic11", "synthetic13", "synthetic15"]


def norm(s):
    return "".join(ch for ch in s.lower() if ch.isalnum())


def words(s):
    return re.findall(r"\w+", s.lower())


# ---------------------------------------------------------------- row texts as printed in the PDFs
def c0(v):
    return grp(v) if v else "–"


def sh(v):
    return "–" if v is None else str(v)


A_R = [dict(r=r, item=f"{r[0]} {a_datestr(r)} {r[3]} {r[4]} {grp(r[5]) if r[5] else '–'} {r[6]} {r[7]} p. {r[8]}")
       for r in A_ROWS]
B_R = [dict(r=(g, p), item=f"{p[0]} {p[1]} {grp(b_total(p))} {c0(p[2])} " + " ".join(c0(v) for v in p[3]))
       for g, p in b_projects()]
C_R = [dict(r=a, item=f"{a[0]} {a[1]} " + " ".join("– " + b for b in a[2]) + f" {a[3]} {a[4]} {c0(a[5])} {c0(a[6])}")
       for _, a in c_actions()]
D_S = [dict(r=r, item=f"{r[0]} {r[1]} " + " ".join(sh(x) for x in d_shares(r[2]) + d_shares(r[3])) + f" {r[4]} {r[5]}")
       for r in D_SABO]
D_H = [dict(r=r, item=f"{r[0]} {r[1]} {r[2]} {r[3]} " + " ".join(sh(x) for x in d_shares(r[4])[:2] + d_shares(r[5])[:2]))
       for r in D_HT]
E_NOTE_OF = {n[3]: n[0] for n in E_NOTES}
_RR, _BR = e_rr(), e_br()


def ev(x):
    return "–" if x == 0 else dec(x)


E_BRROWS = [dict(r=(k, E_NOTE_OF.get(k)), item=f"{k} " + " ".join(ev(x) for x in v)
                 + (f" {E_NOTE_OF[k]}" if k in E_NOTE_OF else "")) for k, v in _BR.items()]
E_RRROWS = [dict(r=(k, E_NOTE_OF.get(k)), item=f"{k} " + " ".join(ev(x) for x in v)
                 + (f" {E_NOTE_OF[k]}" if k in E_NOTE_OF else "")) for k, v in _RR.items()]
E_N5 = [dict(r=r, item=f"{r[0]} {dec(r[1])} {dec(r[2])}") for n in E_NOTES if n[0] == 5 for r in e_note_rows(n)]


def f_fmt(ind, v, target=False):
    s = f"{v} %" if ind[0].endswith("%") else (f"{v} dagar" if ind[0].endswith("dagar") else grp(v))
    return ("högst " + s) if target and ind[1] < 0 else s


F_CARDS = [dict(r=i, item=f"{i[0]} Utfall 2025 {f_fmt(i, i[2])} Mål 2026 {f_fmt(i, i[3], True)} Utfall 2026 "
                          f"{f_fmt(i, i[4])} Mål 2027 {f_fmt(i, i[5], True)} Status 2026 {f_status(i)}")
           for _, i in f_indicators()]
F_UPP = [dict(r=u, item=u[0]) for u in F_UPPDRAG]

# qid -> (rows, predicate on the raw row)
COND = {
    "t18005": (A_R, lambda r: r[4] == "Avslag"),                                    # rejected applications
    "t18006": (A_R, lambda r: r[6] in ("Ordförande", "Individutskottet")),          # by delegate
    "t18007": (A_R, lambda r: r[5] is not None),                                    # decisions with an amount
    "t18017": (B_R, lambda gp: gp[1][3][4] > 0),                                    # spending planned in 2031
    "t18018": (B_R, lambda gp: b_total(gp[1]) > 50000),                             # total budget > 50 mnkr
    "t18027": (C_R, lambda a: a[3] == "Socialförvaltningen"),                       # responsible
    "t18028": (C_R, lambda a: c_quarter(a) <= (2027, 2)),                           # due by Q2 2027 (two formats)
    "t18039": (D_S, lambda r: r[5] > r[4]),                                         # more falls 2026 than 2025
    "t18040": (D_H, lambda r: r[3] > D_MAL_KONT),                                   # continuity target missed
    "t18050": (E_BRROWS, lambda r: r[1] is not None),                               # balance lines with a note
    "t18051": (E_N5, lambda r: r[1] > r[2]),                                        # note 5 items that increased
    "t18059": (F_CARDS, lambda i: f_status(i) == "Ej uppfyllt"),                    # status word (derived)
    "t18060": (F_CARDS, lambda i: f_status(i) == "Delvis"),                         # status word (derived)
    "t18061": (F_UPP, lambda u: u[1] < (2027, 7, 1)),                               # due before July 2027
}
# complete lists: every list item of the document, exactly once
EXACT = {
    "t18019": B_PRIO,
    "t18029": [cl for lead, cls in C_ATT if lead.startswith("Socialnämnden") for cl in cls],
}
# none questions: (document of that municipality, patterns that would answer the question)
NONE_ABSENT = {
    "t18009": (A, [r"\b\d{1,2} 2027-03-\d\d\b", r"\b\d{1,2}/3-27\b", r"\b\d{1,2} \d{1,2} mars 2027",
                   r"[Mm]ars 2027[^.]{0,40}\d+ (?:beslut|delegationsbeslut)"]),
    "t18010": (A, [r"[Bb]ostadsanpassning"]),
    "t18011": (A, [r"[Ll]edamot", r"[Ll]edamöter", r"\d+ (?:ledamöter|ersättare)"]),
    "t18021": (B, [r"[Ss]porthall[^.]{0,80}\d{1,3}(?: \d{3})+", r"[Ss]porthall[^.]{0,80}(?:tkr|mnkr)"]),
    "t18022": (B, [r"2032"]),
    "t18031": (C, [r"2029[^.]{0,60}tkr", r"tkr[^.]{0,60}2029", r"[Kk]ostnad[^.]{0,40}2029"]),
    "t18032": (C, [r"[Kk]urator"]),
    "t18033": (C, [r"[Bb]ehörig", r"[Gg]ymnasiebehörig"]),
    "t18042": (D, [r"Kastanjen 24 \d+ \d+ \d+ \d+ \d+", r"[Mm]ännen på Kastanjen", r"[Mm]än[^.]{0,40}Kastanjen"]),
    "t18043": (D, [r"2024"]),
    "t18044": (D, [r"[Vv]äntetid", r"[Vv]äntar"]),
    "t18053": (E, [r"2024"]),
    "t18054": (E, [r"Nyedsbohem[^.]{0,80}\d+,\d", r"Nyedsbohem[^.]{0,80}(?:resultat|vinst|förlust)"]),
    "t18055": (E, [r"[Ss]kattesats", r"[Uu]tdebitering", r"per skattekrona", r"hundralapp"]),
    "t18063": (F, [r"[Bb]esök[^.]{0,40}konsthall", r"konsthall\w*[^.]{0,40}besök"]),
    "t18064": (F, [r"[Ss]porthall[^.]{0,80}(?:tkr|mnkr|kronor|miljoner)", r"[Ii]nvestering"]),
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
    """'2027-02-04', '15/2-27' (day/month-two-digit year), '7 jan. 2027' or '31 mars 2027' -> 'YYYY-MM-DD'."""
    m = re.search(r"(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        return m.group(0)
    m = re.search(r"\b(\d{1,2})/(\d{1,2})-(\d{2})\b", text)
    if m:
        return f"20{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"
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
        if qid != f"t{BASE + n}":
            E_(f"id out of sequence (expected t{BASE + n})")
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
    n_cond = sum(1 for q in qs if q["type"] == "list" and q["id"] in COND)
    if dict(sorted(types.items())) != dict(sorted(WANT_TYPES.items())):
        errs.append(f"type counts {dict(types)} != {WANT_TYPES}")
    if langs.get("en", 0) != WANT_EN:
        errs.append(f"{langs.get('en', 0)} English questions, expected {WANT_EN}")
    if en_lists < MIN_EN_LISTS:
        errs.append(f"only {en_lists} English list questions")
    en_figs = sum(1 for q in qs if q["lang"] == "en" and q["type"] == "figure")
    if en_figs < MIN_EN_FIGS:
        errs.append(f"only {en_figs} English figure questions")
    if n_cond < MIN_COND:
        errs.append(f"only {n_cond} conditional list questions")

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
        if (r.metadata or {}).get("/Title"):
            titled.add(fn)
    if titled != WITH_TITLE:
        errs.append(f"metadata titles in {sorted(titled)}, expected {sorted(WITH_TITLE)}")
    for q in qs:
        for bad in FORBIDDEN:
            if bad.lower() in q["question"].lower():
                errs.append(f"{q['id']}: forbidden name {bad}")
    used = collections.Counter(q["docs"][0] for q in qs if q["docs"])
    for fn in files:
        if used[fn] < 7:
            errs.append(f"{fn}: only {used[fn]} answerable questions")

    # ---------------------------------------------------------------- own names vs earlier sets
    for o in OWN:
        if o[0] not in LETTERS:
            errs.append(f"own name {o} does not begin with one of {LETTERS}")
        for bad in FORBIDDEN:
            if bad.lower() in o.lower() or o.lower() in bad.lower():
                errs.append(f"own name {o} collides with forbidden {bad}")
        for d in TRAINING + HELDOUT:
            for f in (("README.md", "check.py") if d in TRAINING else ("README.md",)):
                p = HERE.parent / d / f
                if p.exists() and o.lower() in p.read_text(encoding="utf-8").lower():
                    errs.append(f"own name {o} occurs in ../{d}/{f}")
    alldocs = " ".join(" ".join(pdf_pages(fn)[1]) for fn in files).lower()
    for o in OWN:
        if o.lower() not in alldocs:
            errs.append(f"own name {o} is not used in any PDF (remove it from OWN)")

    # ---------------------------------------------------------------- real municipalities, landscape pages
    for o in OWN:
        for rl in REAL:
            if o.lower() == rl.lower() or o.lower().startswith(rl.lower() + " "):
                errs.append(f"own name {o} is a real municipality ({rl})")
    for fn in files:
        alltext = " ".join(pdf_pages(fn)[1])
        for rl in REAL:
            if re.search(r"(?<!\w)" + re.escape(rl) + r"(?!\w)", alltext):
                errs.append(f"{fn}: real municipality name {rl} in the text")
        r = pdf_pages(fn)[0]
        land = [i + 1 for i, pg in enumerate(r.pages) if float(pg.mediabox.width) > float(pg.mediabox.height)]
        if land != LANDSCAPE.get(fn, []):
            errs.append(f"{fn}: landscape pages {land}, expected {LANDSCAPE.get(fn, [])}")

    # ---------------------------------------------------------------- data consistency
    def on(fn, s, pages):
        return any(norm(s) in pdf_pages(fn)[2][i] for i in pages)

    def count(fn, s):
        return sum(t.count(norm(s)) for t in pdf_pages(fn)[2])

    def pages_of(fn, s):
        return [i + 1 for i, t in enumerate(pdf_pages(fn)[2]) if norm(s) in t]

    def need(fn, s, pages, what):
        if not on(fn, s, pages):
            errs.append(f"{what}: not printed on p{[p + 1 for p in pages]}: {s[:70]!r}")

    # (a) delegation decisions
    for i, x in enumerate(A_R, 1):
        r = x["r"]
        if r[0] != i:
            errs.append(f"A: row numbers not consecutive at {r[0]}")
        if parse_date(a_datestr(r)) != a_date(r).isoformat():
            errs.append(f"A: printed date {a_datestr(r)} does not parse to {a_date(r)}")
        if pages_of(A, x["item"]) not in ([2], [3]):
            errs.append(f"A: row {r[0]} printed on {pages_of(A, x['item'])}")
    if [a_date(r) for r in A_ROWS] != sorted(a_date(r) for r in A_ROWS) or \
            {r[2] for r in A_ROWS} != {"iso", "dm", "txt"} or \
            not all(_dt.date(2027, 1, 1) <= a_date(r) <= _dt.date(2027, 2, 28) for r in A_ROWS):
        errs.append("A: dates must be in order, within the period and in three formats")
    if pages_of(A, A_R[-1]["item"]) != [3] or pages_of(A, A_R[0]["item"]) != [2]:
        errs.append("A: Tabell 1 must run from p2 to p3")
    if count(A, "Nr Datum Ärende Beslut Belopp, kr Delegat Lagrum / punkt") != 2 or \
            not on(A, "Tabell 1. Delegationsbeslut 1 januari–28 februari 2027 (forts.)", [2]):
        errs.append("A: the heading must be printed on p2 and repeated on p3 with (forts.)")
    n, per, avs, bel = a_counts()
    need(A, f"fattades {n} anmälningspliktiga delegationsbeslut. Av dem gällde {per['2']} barn och unga, {per['3']} "
            f"ekonomiskt bistånd, {per['4']} äldreomsorg, {per['5']} funktionsstöd och {per['6']} övriga frågor. "
            f"{avs} beslut var avslag. Beslut med belopp uppgick sammanlagt till {grp(bel)} kronor", [0], "A")
    if sum(1 for r in A_ROWS if r[6] == "Ordförande") != 2 or \
            any(r[7] != "LVU 6 §" for r in A_ROWS if r[6] == "Ordförande"):
        errs.append("A: the chair must have made exactly two LVU 6 § decisions")
    need(A, "Ordföranden har vid två tillfällen beslutat om omedelbart omhändertagande enligt 6 § LVU", [0], "A")
    tj = tf = ta = 0
    for d_ in A_DELEGATS:
        j, f_, t, a = a_per_delegat(d_)
        tj, tf, ta = tj + j, tf + f_, ta + a
        need(A, f"{d_} {j} {f_} {t} {a}", [3], "A per delegat")
    if tj + tf != n or ta != avs or {r[6] for r in A_ROWS} != set(A_DELEGATS):
        errs.append("A: per-delegat table does not add up")
    need(A, f"Totalt {tj} {tf} {tj + tf} {ta}", [3], "A")
    # (b) investment plan
    for g, p in b_projects():
        x = [y for y in B_R if y["r"][1] is p][0]
        if pages_of(B, x["item"]) not in ([2], [3]):
            errs.append(f"B: project row {p[0]} printed on {pages_of(B, x['item'])}")
        if b_total(p) != p[2] + sum(p[3]):
            errs.append(f"B: total budget wrong for {p[0]}")
    for g, ps in B_GROUPS:
        s_ = b_sub(g)
        if s_[0] != sum(b_total(p) for p in ps) or s_[0] != s_[1] + sum(s_[2:]):
            errs.append(f"B: subtotal of {g} does not add up")
        need(B, f"Summa {g.lower()} " + " ".join(c0(v) for v in s_), [1, 2], "B subtotal")
    tot, va, sk = b_sub(), b_sub(B_TAXE), b_skatt()
    if [sum(b_sub(g)[i] for g, _ in B_GROUPS) for i in range(7)] != tot or [a - b for a, b in zip(tot, va)] != sk:
        errs.append("B: totals do not add up")
    need(B, "Totalt " + " ".join(grp(v) for v in tot), [2], "B")
    need(B, "varav skattefinansierat " + " ".join(grp(v) for v in sk), [2], "B")
    need(B, "varav vatten och avlopp (taxa) " + " ".join(grp(v) for v in va), [2], "B")
    if pages_of(B, B_R[[y["r"][1][0] for y in B_R].index("P501")]["item"]) != [2] or \
            pages_of(B, B_R[[y["r"][1][0] for y in B_R].index("P502")]["item"]) != [3]:
        errs.append("B: the Vatten och avlopp group must be split over p2–p3")
    if count(B, "Tabell 1. Investeringsprojekt per verksamhet, tkr") != 2 or \
            count(B, "Planerade utgifter, tkr 2027 2028 2029 2030 2031") != 2:
        errs.append("B: heading must be printed on p2 and repeated on p3")
    need(B, f"omfattar {len(b_projects())} projekt med en sammanlagd total budget på {grp(tot[0])} tkr, varav "
            f"{grp(tot[1])} tkr redan har upparbetats till och med 2026. Under planperioden 2027–2031 planeras "
            f"utgifter på {grp(sum(tot[2:]))} tkr, varav {grp(tot[2])} tkr under 2027. Den taxefinansierade "
            f"VA-verksamheten står för {grp(sum(va[2:]))} tkr", [0], "B")
    over = [B_YEARS[i] for i in range(5) if sk[2 + i] > B_RAM]
    if over != [2028]:
        errs.append(f"B: years over the frame {over}, the text says only 2028")
    need(B, f"utom 2028, då de skattefinansierade investeringarna uppgår till {grp(sk[3])} tkr", [0], "B")
    need(B, f"Under 2028 överskrids ramen med {grp(sk[3] - B_RAM)} tkr", [3], "B")
    for i, y in enumerate(B_YEARS):
        need(B, f"{y} {grp(sk[2 + i])} {grp(B_RAM)} {grp(B_RAM - sk[2 + i])} {grp(va[2 + i])}", [3], "B frame")
    for s_ in B_PRIO:
        need(B, s_, [0], "B priority")
    pp = {p[0]: p for _, p in b_projects()}
    p101, p201, p404, p303 = pp["P101"], pp["P201"], pp["P404"], pp["P303"]
    if b_last_year(p101) != 2029 or b_first_year(p404) != 2028 or b_last_year(p404) != 2030 or \
            b_first_year(p303) != 2030 or sk[3] - B_RAM <= 0 or p201[3][1] != max(p201[3]):
        errs.append("B: priority sentences do not match the project years")
    # (c) action plan
    for x in C_R:
        if pages_of(C, x["item"]) not in ([2], [3]):
            errs.append(f"C: action row {x['r'][0]} printed on {pages_of(C, x['item'])}")
        q_ = c_quarter(x["r"])
        if not (2027 <= q_[0] <= 2028 and 1 <= q_[1] <= 4):
            errs.append(f"C: bad deadline {x['r'][4]}")
    fm = {a[4].split()[0][0] for _, a in c_actions()}
    if fm != {"Q", "k"}:
        errs.append("C: deadlines must be written both as 'Q3 2027' and 'kv 2 2028'")
    if pages_of(C, C_R[0]["item"]) != [2] or pages_of(C, C_R[-1]["item"]) != [3] or \
            count(C, "Nr Åtgärd Ansvarig Klart Kostnad, tkr 2027 2028") != 2 or \
            not on(C, "Tabell 1. Åtgärder 2027–2028 (forts.)", [2]):
        errs.append("C: the action table must run from p2 to p3 with the heading repeated")
    need(C, f"Summa {grp(c_cost(2027))} {grp(c_cost(2028))}", [2], "C")
    n_cost = sum(1 for _, a in c_actions() if a[5] or a[6])
    need(C, f"Åtgärderna beräknas kosta {grp(c_cost(2027))} tkr 2027 och {grp(c_cost(2028))} tkr 2028, sammanlagt "
            f"{grp(c_cost())} tkr. {n_cost} av de {len(c_actions())} åtgärderna kräver särskilda medel. Av "
            f"kostnaden finansieras {grp(C_STATSBIDRAG)} tkr per år", [3], "C")
    if C_STATSBIDRAG > min(c_cost(2027), c_cost(2028)):
        errs.append("C: the state grant exceeds the cost")
    for lead, cls in C_ATT:
        need(C, lead + ":", [0], "C att-list lead")
        for cl in cls:
            need(C, cl, [0], "C att-clause")
    smt = [a for _, a in c_actions() if a[1].startswith("Samtalsmottagning")][0]
    if c_quarter(smt)[0] != 2028 or smt[3] != "Socialförvaltningen":
        errs.append("C: the youth clinic must open in 2028 (passage)")
    # (d) quality report
    for x in D_S:
        need(D, x["item"], [1], "D särskilt boende row")
    for x in D_H:
        need(D, x["item"], [2], "D hemtjänst row")
    s25, s26, h25, h26 = d_sabo_tot(2025), d_sabo_tot(2026), d_ht_tot(2025), d_ht_tot(2026)
    need(D, f"Samtliga boenden {sum(r[1] for r in D_SABO)} " + " ".join(sh(x) for x in s25 + s26)
         + f" {d_falls(2025)} {d_falls(2026)}", [1], "D")
    need(D, f"Hela hemtjänsten {sum(r[1] for r in D_HT)} {d_kont_tot(2025)} {d_kont_tot(2026)} "
            + " ".join(sh(x) for x in h25[:2] + h26[:2]), [2], "D")
    for t, fr, to in ((r[2], 0, 0) for r in D_SABO):
        pass
    supp = [(r[0], y) for r in D_SABO for y, t in ((2025, r[2]), (2026, r[3])) for k in (0, 2) if t[k] < D_MIN_N]
    supp += [(r[0], y) for r in D_HT for y, t in ((2025, r[4]), (2026, r[5])) for k in (0, 2) if t[k] < D_MIN_N]
    if supp != [("Kastanjen", 2026)] or D_SABO[3][3][2] >= D_MIN_N:
        errs.append(f"D: exactly the men at Kastanjen 2026 must be suppressed, got {supp}")
    for t_ in (f"Andel nöjda med sitt särskilda boende 2026 {s26[2]} %", f"Andel nöjda med hemtjänsten 2026 {h26[2]} %",
               f"(mål högst {D_MAL_KONT}) {d_kont_tot(2026)}",
               f"Fallskador i särskilt boende 2026 {d_falls(2026)} (2025: {d_falls(2025)})",
               f"var {s26[2]} procent av de svarande nöjda med boendet som helhet 2026, jämfört med {s25[2]} procent "
               f"året innan. Bland kvinnorna var andelen {s26[0]} procent och bland männen {s26[1]} procent",
               f"I hemtjänsten var {h26[2]} procent nöjda, vilket är lägre än {h25[2]} procent 2025",
               f"Kvinnorna var mindre nöjda än tidigare, {h26[0]} procent mot {h25[0]} procent, medan männen var mer "
               f"nöjda, {h26[1]} procent mot {h25[1]} procent",
               f"i genomsnitt {d_kont_tot(2026)} olika medarbetare under en period på 14 dagar, jämfört med "
               f"{d_kont_tot(2025)} år 2025"):
        need(D, t_, [0], "D summary")
    if not (h26[2] < h25[2] and h26[0] < h25[0] and h26[1] > h25[1] and h26[2] >= 85):
        errs.append("D: the home-care sentence does not match the data")
    met = [r[0] for r in D_HT if r[3] <= D_MAL_KONT]
    if met != ["Linsjöbo"]:
        errs.append(f"D: continuity target met in {met}, the text says only Linsjöbo")
    kast = [r for r in D_SABO if r[0] == "Kastanjen"][0]
    need(D, f"antalet fallskador ökade från {kast[4]} till {kast[5]}", [1], "D")
    if d_shares(kast[3])[2] <= d_shares(kast[2])[2]:
        errs.append("D: satisfaction at Kastanjen must have risen")
    worst = min(D_HT, key=lambda r: r[2] - r[3])
    if worst[0] != "Kallmora" or not on(D, f"från {worst[2]} till {worst[3]} medarbetare", [2]):
        errs.append("D: Kallmora must have the largest worsening of continuity")
    best = min(D_HT, key=lambda r: r[3])
    if best[0] != "Linsjöbo" or max(D_HT, key=lambda r: d_shares(r[5])[2])[0] != "Linsjöbo":
        errs.append("D: Linsjöbo must have the best continuity and most satisfied users")
    low = min(D_SABO, key=lambda r: d_shares(r[3])[2])
    lowm = min((r for r in D_SABO if d_shares(r[3])[1] is not None), key=lambda r: d_shares(r[3])[1])
    if low[0] != "Lingonbacken" or lowm[0] != "Lingonbacken":
        errs.append("D: Lingonbacken must have the lowest share, also among men")
    inc = sorted(D_SABO, key=lambda r: r[4] - r[5])[:2]
    if {r[0] for r in inc} != {"Kastanjen", "Duvslaget"}:
        errs.append("D: the largest increases in falls must be Kastanjen and Duvslaget")
    # (e) accounts
    rr, br, k = _RR, _BR, e_ratios()
    for x in E_RRROWS:
        need(E, x["item"], [1], "E resultaträkning row")
    for x in E_BRROWS:
        need(E, x["item"], [2], "E balansräkning row")
    if br["SUMMA TILLGÅNGAR"] != br["SUMMA EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER"]:
        errs.append("E: the balance sheet does not balance")
    if rr["Årets resultat"] != br["Årets resultat"]:
        errs.append("E: result differs between RR and BR")
    for i in (0, 2):
        if r1(br["Summa eget kapital"][i] - br["Summa eget kapital"][i + 1]) != rr["Årets resultat"][i]:
            errs.append("E: equity change differs from the result")
    for n_ in E_NOTES:
        rows = e_note_rows(n_)
        src = rr if n_[3] in rr else br
        if (r1(sum(r[1] for r in rows)), r1(sum(r[2] for r in rows))) != src[n_[3]][:2]:
            errs.append(f"E: note {n_[0]} does not add up to {n_[3]}")
        for lab, a, b in rows:
            need(E, f"{lab} {dec(a)} {dec(b)}", [3], f"E note {n_[0]}")
        need(E, f"Not {n_[0]} {n_[1]} 2026 2025", [3], "E note heading")
    if count(E, "Mnkr Kommunen Koncernen Not 2026 2025 2026 2025") != 2:
        errs.append("E: the two-level heading must be printed on p2 and p3")
    ek, tot_ = br["Summa eget kapital"], br["SUMMA TILLGÅNGAR"]
    for t_ in (f"Kommunens årets resultat blev {dec(rr['Årets resultat'][0])} mnkr, jämfört med "
               f"{dec(rr['Årets resultat'][1])} mnkr 2025. Koncernens resultat blev {dec(rr['Årets resultat'][2])} "
               f"mnkr ({dec(rr['Årets resultat'][3])} mnkr året innan). Resultatet motsvarar "
               f"{dec(k['res_andel'][0])} procent",
               f"Balanskravsresultatet är {dec(k['balans'])} mnkr efter avdrag för realisationsvinster på "
               f"{dec(E_REAVINST)} mnkr",
               f"Soliditeten för kommunen var {dec(k['soliditet'][0])} procent vid årets slut, mot "
               f"{dec(k['soliditet'][1])} procent ett år tidigare. För koncernen var soliditeten "
               f"{dec(k['soliditet'][2])} procent ({dec(k['soliditet'][3])} procent)",
               f"blir kommunens soliditet {dec(k['soliditet_inkl'][0])} procent, jämfört med "
               f"{dec(k['soliditet_inkl'][1])} procent 2025",
               f"minskade från {dec(E_ANSVAR[1])} till {dec(E_ANSVAR[0])} mnkr",
               f"Självfinansieringsgraden, det vill säga resultat plus avskrivningar i förhållande till "
               f"investeringarna, blev {dec(k['sjf'])} procent",
               f"kassan minskade med {dec(br['Kassa och bank'][1] - br['Kassa och bank'][0])} mnkr"):
        need(E, t_, [0], "E key ratios")
    if abs(100 * ek[0] / tot_[0] - k["soliditet"][0]) > 0.05 or \
            abs(100 * (ek[0] - E_ANSVAR[0]) / tot_[0] - k["soliditet_inkl"][0]) > 0.05:
        errs.append("E: soliditet wrong")
    g_cost = r1(100 * (rr["Verksamhetens nettokostnader"][0] / rr["Verksamhetens nettokostnader"][1] - 1))
    g_inc = r1(100 * (k["skatt"][0] / k["skatt"][1] - 1))
    need(E, f"nettokostnader ökade med {dec(g_cost)} procent medan skatteintäkter och generella statsbidrag ökade "
            f"med {dec(g_inc)} procent", [0], "E growth")
    if not g_inc > g_cost or not k["res_andel"][0] > 2.0 or not k["balans"] > 0:
        errs.append("E: the growth, result goal or balance requirement claim does not hold")
    need(E, f"Lån i banker och kreditinstitut {dec(E_LAN[0])} {dec(E_LAN[1])}", [3], "E")
    # (f) verksamhetsplan
    for x in F_CARDS:
        need(F, x["item"], [1], "F indicator card")
    cnt = collections.Counter(f_status(i) for _, i in f_indicators())
    need(F, f"Av de {len(f_indicators())} indikatorerna bedöms {cnt['Uppfyllt']} som uppfyllda, {cnt['Delvis']} som "
            f"delvis uppfyllda och {cnt['Ej uppfyllt']} som ej uppfyllda för 2026", [0], "F counts")
    if set(cnt) != {"Uppfyllt", "Delvis", "Ej uppfyllt"} or any(len(g[2]) != 4 for g in F_GOALS):
        errs.append("F: every status word must occur and every goal must have four indicators")
    for g in F_GOALS:
        need(F, g[0], [1], "F goal heading")
    fg = [i for _, i in f_indicators() if i[0].startswith("Besök på fritidsgårdarna")][0]
    if not (fg[4] < fg[2]):
        errs.append("F: youth-centre visits must have fallen (p1 sentence)")
    for u in F_UPPDRAG:
        need(F, u[0], [2], "F uppdrag")
        d_ = parse_date(u[0])
        if d_ and d_ != f"{u[1][0]}-{u[1][1]:02d}-{u[1][2]:02d}":
            errs.append(f"F: due date of {u[0][:40]!r} is {d_}, data says {u[1]}")
        if not d_ and not re.search(r"i juni 2027", u[0]):
            errs.append(f"F: no date in uppdrag {u[0][:40]!r}")
    b26, b27 = f_budget_sum()
    for r in F_BUDGET:
        ch, pc = f_change(r)
        need(F, f"{r[0]} {grp(r[1])} {grp(r[2])} {grp(ch) if ch < 0 else '+' + grp(ch)} {dec(pc, plus=True)}", [2],
             "F budget row")
    need(F, f"Summa {grp(b26)} {grp(b27)} +{grp(b27 - b26)} {dec(100 * (b27 - b26) / b26, plus=True)}", [2], "F")
    need(F, f"budgetram för 2027 är {grp(b27)} tkr, vilket är {grp(b27 - b26)} tkr mer än 2026", [0], "F")
    if max(F_BUDGET, key=lambda r: r[2] - r[1])[0] != "Idrott och anläggningar":
        errs.append("F: the largest increase must be idrott och anläggningar")

    for e in errs:
        print("ERROR", e)
    print(f"{len(qs)} questions; types {dict(types)}; langs {dict(langs)}; English lists {en_lists}; "
          f"conditional lists {n_cond}")
    print("per doc (answerable): " + ", ".join(f"{k} {v}" for k, v in sorted(used.items())))
    print(f"{len(files)} pdfs, {len(titled)} with metadata title, pages: "
          + ", ".join(f"{fn} {len(pdf_pages(fn)[1])}" for fn in files))
    print(f"{len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
