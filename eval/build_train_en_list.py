"""Builds `eval/train_en_list.jsonl` and `eval/train_en_list_syn.jsonl`: Swedish list questions of
the training sets that insyn answers right (recall 1, precision >= 0.8 in session 14), asked in
English as a journalist would. The gold fields are the Swedish question's. Training sets: they
show what English alone costs a list answer (the glossary, the question's filters). The first is
about the corpus and ../shared/realdocs, the second about eval/synthetic and eval/synthetic3
(index them together, without eval/synthetic2).

    python eval/build_train_en_list.py   # from the repository root, with ../shared beside it
"""

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EN = {
    "q109": "Which of the council's assignments to the regional executive board have the end date 2025-12-31?",
    "q110": "Which assignments for 2025 does the council direct to all committees and boards?",
    "q117": "Which indicators did the regional executive board follow in 2023 under the goal of close, accessible and person-centred care?",
    "q119": "Which assignments have the status ongoing in the health and medical care board's plan for 2025?",
    "q120": "Which assignments has the committee given to the drafting committee for disability and cooperation?",
    "r026": "Which investments at Korsavad are included in the culture and leisure committee's budget document for 2027-2031?",
    "t030": "What recommendations do the auditors give the municipal executive board in the review of the financing and liquidity process?",
    "t032": "Which of the recommendations of the water and sewage review are directed to the municipal executive board alone?",
    "t036": "In which services did Intraservice have major incidents in January-March 2026?",
    "t038": "Which operations in Intraservice's table of services showed a negative result for the period January-March?",
    "t041": "Which new individual investment projects in the culture and leisure committee's budget document have a budget of at least 1,000 thousand kronor for 2027?",
    "t043": "Which operations in the culture and leisure committee's 2025 operating accounts went over budget?",
    "k033": "Which new investment projects does the culture and leisure committee in Simrishamn plan for more than 1,000 thousand kronor in 2030?",
    "k035": "Which of the culture and leisure committee's investment projects in Simrishamn had a budget deviation of more than 0.8 million kronor in 2025?",
    "k036": "Which service areas are expected to run a deficit for the full year 2026 according to Intraservice's forecast?",
    "k037": "Which recommendations in the review of the water and sewage charges are directed only to the circular economy and water committee?",
    "m006": "Which indicators in the regional executive board's 2025 plan are to be followed up three times a year, in April, August and December?",
    "m010": "Which of the council's assignments did the regional executive board in Västerbotten report as completed with deviation in the 2024 annual report?",
    "h4013": "Which items in Region Västernorrland's table of resource frames get a lower frame in the 2025 budget than in the 2024 budget?",
    "h4035": "Which individual investment projects in the culture and leisure committee's budget document in Simrishamn have expenditure planned for 2031?",
}
EN_SYN = {
    "s004": "Which Social Democrats sit as members of the municipal executive board in Lindvik?",
    "s011": "Which of the actions in Norrbacka's safety plan are the responsibility of the community planning administration?",
    "s013": "Which safety actions in Norrbacka are scheduled for the second quarter of 2025?",
    "s021": "Which decisions under the LVM act has the social welfare committee in Ekmora delegated?",
    "t3004": "Which committees in Storbrinken get a lower operating frame in 2026 than they had in the 2025 budget?",
    "t3006": "Which individual investment projects in Storbrinken have more than 20 million kronor budgeted for 2026?",
    "t3012": "What recommendations do the auditors make to the municipal executive board in Kvarnåsa after the procurement review?",
    "t3013": "Which of Kvarnåsa's actions following the procurement review are to be completed by June 2026?",
    "t3020": "Which public health activities in Lövsjövik have not yet started?",
    "t3022": "Which activities in Lövsjövik's public health plan are to be carried out in the third quarter of 2026?",
    "t3029": "Which administrations in Region Västermyr had fewer employees in 2025 than in 2024?",
    "t3036": "Which applications to the rural development fund did the municipal council in Ekeslätt reject?",
    "t3044": "In which quarters did the costs of Sälgmora's swimming hall construction exceed the budget?",
}
SOURCES = ("../shared/eval/dev.jsonl", "eval/realdocs.jsonl", "eval/train.jsonl", "eval/train2.jsonl", "eval/train3.jsonl",
           "eval/train_syn.jsonl", "eval/train_syn3.jsonl")


def main() -> None:
    gold = {}
    for name in SOURCES:
        path = (ROOT / name).resolve()
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                g = json.loads(line)
                gold[g["id"]] = g
    for questions, out in ((EN, "eval/train_en_list.jsonl"), (EN_SYN, "eval/train_en_list_syn.jsonl")):
        rows = [{**gold[i], "id": f"en-{i}", "question": q, "lang": "en"} for i, q in questions.items()]
        (ROOT / out).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        print(out, len(rows))


if __name__ == "__main__":
    main()
