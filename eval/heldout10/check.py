#!/usr/bin/env python3
"""Checker for the held-out gold set eval/heldout10.jsonl.

Verifies, against the documents themselves (pypdf text for PDFs, raw text for .txt):
  * format: exactly 48 lines, ids h10001..h10048, keys in the agreed order, value types;
  * counts: 14 figure, 12 list (>= 8 of them conditional), 8 passage, 14 none; 12 English,
    spread over the types; >= 14 distinct documents, all three document groups used;
  * every evidence phrase (5-15 words) occurs, normalised, on the stated page of the stated
    document (anywhere in the file for .txt sources, which must have page null);
  * every figure text occurs on that page; units/values are well formed; the figure value's
    digits match the digits of its text (dates excepted);
  * every list item (4-10 words) occurs on the stated page or the next one;
  * none-questions have empty docs/evidence/answer/figures/items and page null, and their key
    terms (probes below) do not occur in any document;
  * questions do not copy 5 consecutive words from their document, and do not duplicate a
    question in the other gold files.

Normalisation (as in the contract): lower-case, strip diacritics, delete every character that
is not a letter or digit.

Usage:  python eval/heldout10/check.py [path/to/heldout10.jsonl]
Exit status 0 when everything passes, 1 otherwise.
"""
import glob
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "heldout10.jsonl")
SHARED = os.path.abspath(os.path.join(HERE, "..", "..", "..", "shared"))
GROUPS = {
    "corpus": os.path.join(SHARED, "corpus"),
    "realdocs": os.path.join(SHARED, "realdocs"),
    "devdocs": os.path.join(SHARED, "devdocs"),
}
KEYS = ["id", "question", "lang", "type", "docs", "page", "evidence", "answer", "figures", "items"]
UNITS = {"mnkr", "tkr", "kr", "procent", "antal", "datum", "år"}
EXPECTED = {"figure": 14, "list": 12, "passage": 8, "none": 14}
N_EN = 12

# Conditional list questions (a subset of the rows/items, selected by a condition).
CONDITIONAL_LISTS = {
    "h10002": "outcome 2025 under 0.3 mnkr",
    "h10006": "directed to all committees and companies",
    "h10010": "negative forecast deviation",
    "h10015": "audits covering Liseberg AB",
    "h10020": "not followed up in 2024",
    "h10024": "expenditure planned for 2029",
    "h10028": "joint recommendations (several addressees)",
    "h10036": "2023 target below 2021 outcome",
    "h10038": "2025 target below 2023 outcome",
    "h10043": "status Klar without deviation",
}

# Key-term probes for none-questions. Each entry is a list of groups; a group is a list of
# regular expressions over normalised text. A group "hits" when all its expressions match
# within WINDOW characters of each other in one document; any hit fails the check.
WINDOW = 800
NONE_PROBES = {
    "h10003": [["standror"], ["brandpost"]],
    "h10007": [["moln"], ["cloud"]],
    "h10012": [["adhd"], ["autism"]],
    "h10016": [["servicedesk"]],
    "h10021": [["rattegangskostnad"]],
    "h10025": [["manadsarvode"], ["arvodetillordforande"], ["ordforandensarvode"]],
    "h10029": [["delagare"], ["molndal"], ["partille"], ["kungalv"], ["harryda"], ["lerum"],
               ["gryaab", "agsav(?!goteborgsstad)"]],
    "h10033": [["prissumma"], ["prispengar"], ["prisbelopp"], ["kulturpris", r"\d+kronor"]],
    "h10035": [["sittplats"], ["passagerare"], ["kulturbuss", r"\d+platser"]],
    "h10039": [["vantetid", "bup"], ["vantetid", "barnochungdomspsykiatri"]],
    "h10042": [["nacksta", "vardplats"], ["rattspsykiatrisk", "vardplats"]],
    "h10045": [["beredskapslager", "dygn"], ["beredskapslager", r"\d+dagar"]],
    "h10047": [["loptid"], ["maturity"], ["duration"]],
    "h10048": [[r"\d+(st)?(inchecknings)?kiosk"], ["kiosker", r"\d+st"]],
}

OTHER_GOLD = glob.glob(os.path.join(HERE, "..", "*.jsonl")) + [
    os.path.join(SHARED, "eval", "dev.jsonl"),
    os.path.join(SHARED, "devdocs", "questions.jsonl"),
]


def norm(s):
    s = unicodedata.normalize("NFKD", s.lower())
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^0-9a-z]", "", s)


def words(s):
    return [w for w in (norm(t) for t in s.split()) if w]


def load_docs():
    """name -> {'group', 'pages': [normalised page text] or None, 'text': normalised whole}"""
    from pypdf import PdfReader

    docs = {}
    for group, d in GROUPS.items():
        for path in sorted(glob.glob(os.path.join(d, "*"))):
            name = os.path.basename(path)
            if name.endswith(".pdf"):
                pages = [norm(p.extract_text() or "") for p in PdfReader(path).pages]
                docs[name] = {"group": group, "pages": pages, "text": "".join(pages)}
            elif name.endswith(".txt") and group == "corpus":
                with open(path, encoding="utf-8") as f:
                    docs[name] = {"group": group, "pages": None, "text": norm(f.read())}
    return docs


def group_hits(text, group):
    """True if all regexes of the group match within WINDOW chars of the first one."""
    first = [m.start() for m in re.finditer(group[0], text)]
    for pos in first:
        lo, hi = max(0, pos - WINDOW), pos + WINDOW
        if all(re.search(rx, text[lo:hi]) for rx in group[1:]):
            return True
    return False


def digits(s):
    return re.sub(r"\D", "", s)


def main():
    errors = []

    def err(qid, msg):
        errors.append(f"{qid}: {msg}")

    docs = load_docs()
    with open(GOLD, encoding="utf-8") as f:
        lines = [l for l in f.read().splitlines() if l.strip()]
    if len(lines) != 48:
        err("file", f"expected 48 lines, got {len(lines)}")
    qs = []
    for i, line in enumerate(lines, 1):
        try:
            q = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"line {i}", f"bad JSON: {e}")
            continue
        qs.append(q)
        qid = q.get("id", f"line {i}")
        if list(q.keys()) != KEYS:
            err(qid, f"keys/order {list(q.keys())} != {KEYS}")
        if q.get("id") != f"h{10000 + i}":
            err(qid, f"id should be h{10000 + i}")

    # ---- counts --------------------------------------------------------------------------
    by_type = {}
    for q in qs:
        by_type.setdefault(q.get("type"), []).append(q)
    for t, n in EXPECTED.items():
        if len(by_type.get(t, [])) != n:
            err("counts", f"{t}: {len(by_type.get(t, []))} != {n}")
    extra = set(by_type) - set(EXPECTED)
    if extra:
        err("counts", f"unexpected types {extra}")
    langs = [q.get("lang") for q in qs]
    if langs.count("en") != N_EN or langs.count("sv") != len(qs) - N_EN:
        err("counts", f"en={langs.count('en')} sv={langs.count('sv')}")
    for t in EXPECTED:
        if not any(q.get("lang") == "en" for q in by_type.get(t, [])):
            err("counts", f"no English question of type {t}")
    cond = [qid for qid in CONDITIONAL_LISTS if any(q["id"] == qid and q["type"] == "list" for q in qs)]
    if len(cond) < 8:
        err("counts", f"only {len(cond)} conditional list questions")

    used_docs = set()
    existing = {}
    for path in OTHER_GOLD:
        if os.path.abspath(path) == os.path.abspath(GOLD) or not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            for l in f:
                if l.strip():
                    oq = json.loads(l)
                    existing.setdefault(norm(oq["question"]), []).append(os.path.basename(path))
    other_wordsets = []
    for path in OTHER_GOLD:
        if os.path.abspath(path) == os.path.abspath(GOLD) or not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            for l in f:
                if l.strip():
                    oq = json.loads(l)
                    other_wordsets.append((oq["question"], set(words(oq["question"]))))

    seen_q = set()
    for q in qs:
        qid, typ = q.get("id"), q.get("type")
        # ---- types of values -------------------------------------------------------------
        if q.get("lang") not in ("sv", "en"):
            err(qid, f"lang {q.get('lang')!r}")
        for k in ("docs", "evidence", "figures", "items"):
            if not isinstance(q.get(k), list):
                err(qid, f"{k} must be a list")
        if not isinstance(q.get("question"), str) or not q["question"].strip():
            err(qid, "empty question")
            continue
        nq = norm(q["question"])
        if nq in seen_q:
            err(qid, "duplicate question within file")
        seen_q.add(nq)
        if nq in existing:
            err(qid, f"question duplicates one in {existing[nq]}")
        qw = set(words(q["question"]))
        for oq, ow in other_wordsets:
            if qw and ow and len(qw & ow) / len(qw | ow) >= 0.8:
                err(qid, f"near-duplicate of existing question: {oq!r}")
                break

        if typ == "none":
            if q["docs"] or q["page"] is not None or q["evidence"] or q["answer"] != "" \
                    or q["figures"] or q["items"]:
                err(qid, "none-question must have empty docs/evidence/answer/figures/items, page null")
            probes = NONE_PROBES.get(qid)
            if not probes:
                err(qid, "no key-term probes defined")
                continue
            for group in probes:
                for name, d in docs.items():
                    if group_hits(d["text"], group):
                        err(qid, f"key terms {group} occur in {name}")
            continue

        # ---- answerable questions --------------------------------------------------------
        if not q["docs"]:
            err(qid, "answerable question without docs")
            continue
        if not q["answer"].strip():
            err(qid, "empty answer")
        for name in q["docs"]:
            if name not in docs:
                err(qid, f"unknown document {name}")
        if any(n not in docs for n in q["docs"]):
            continue
        used_docs.update(q["docs"])
        main_doc = docs[q["docs"][0]]
        page = q["page"]
        if main_doc["pages"] is None:
            if page is not None:
                err(qid, "page must be null for .txt sources")
            scope = [docs[n]["text"] for n in q["docs"]]
            scope_next = scope
        else:
            if not isinstance(page, int) or not 1 <= page <= len(main_doc["pages"]):
                err(qid, f"bad page {page!r}")
                continue
            scope = [main_doc["pages"][page - 1]]
            scope_next = scope + main_doc["pages"][page:page + 1]

        # question must not copy 5 consecutive words of its document
        qws = words(q["question"])
        whole = "".join(docs[n]["text"] for n in q["docs"])
        for i in range(len(qws) - 4):
            chunk = "".join(qws[i:i + 5])
            if chunk in whole:
                err(qid, f"question copies 5 consecutive words: {' '.join(qws[i:i + 5])}")
                break

        # evidence
        ev = q["evidence"]
        if not ev:
            err(qid, "no evidence")
        if typ == "passage" and not 1 <= len(ev) <= 2:
            err(qid, "passage needs 1-2 evidence phrases")
        for phrase in ev:
            n = len(phrase.split())
            if not 5 <= n <= 15:
                err(qid, f"evidence has {n} words (5-15): {phrase!r}")
            if not any(norm(phrase) in s for s in scope):
                err(qid, f"evidence not found on page {page}: {phrase!r}")

        # figures
        if typ == "figure":
            if not q["figures"]:
                err(qid, "figure question without figures")
            for fg in q["figures"]:
                if list(fg.keys()) != ["value", "unit", "text"]:
                    err(qid, f"figure keys {list(fg.keys())}")
                    continue
                if fg["unit"] not in UNITS:
                    err(qid, f"unit {fg['unit']!r}")
                if fg["unit"] == "datum":
                    if not (isinstance(fg["value"], str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", fg["value"])):
                        err(qid, f"date value must be YYYY-MM-DD: {fg['value']!r}")
                else:
                    if isinstance(fg["value"], bool) or not isinstance(fg["value"], (int, float)):
                        err(qid, f"numeric value expected: {fg['value']!r}")
                    else:
                        v = fg["value"]
                        vd = digits(f"{v:.10g}".lstrip("-").replace("e+", "e"))
                        if vd.lstrip("0") not in digits(fg["text"]).lstrip("0"):
                            err(qid, f"value {v} does not match text {fg['text']!r}")
                if not any(norm(fg["text"]) in s for s in scope):
                    err(qid, f"figure text not found on page {page}: {fg['text']!r}")
        elif q["figures"]:
            err(qid, "figures must be empty for non-figure questions")

        # list items
        if typ == "list":
            items = q["items"]
            if len(items) < 2:
                err(qid, "list needs at least 2 items")
            nitems = [norm(it) for it in items]
            for a in range(len(nitems)):
                for b in range(len(nitems)):
                    if a != b and nitems[a] and nitems[a] in nitems[b]:
                        err(qid, f"item {items[a]!r} is contained in {items[b]!r}")
            for it in items:
                n = len(it.split())
                if not 4 <= n <= 10:
                    err(qid, f"item has {n} words (4-10): {it!r}")
                if not any(norm(it) in s for s in scope_next):
                    err(qid, f"item not found on page {page} or next: {it!r}")
        elif q["items"]:
            err(qid, "items must be empty for non-list questions")

    # ---- document spread -------------------------------------------------------------------
    if len(used_docs) < 14:
        err("spread", f"only {len(used_docs)} documents used")
    groups = {docs[n]["group"] for n in used_docs}
    if groups != set(GROUPS):
        err("spread", f"groups used: {sorted(groups)}")

    # ---- report ----------------------------------------------------------------------------
    print(f"{len(qs)} questions; types " +
          ", ".join(f"{t}={len(by_type.get(t, []))}" for t in EXPECTED) +
          f"; en={langs.count('en')} sv={langs.count('sv')}; "
          f"{len(used_docs)} documents ({', '.join(sorted(groups))}); "
          f"{len(cond)} conditional lists")
    if errors:
        print(f"FAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
