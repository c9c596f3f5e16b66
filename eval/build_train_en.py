"""Builds `eval/train_en.jsonl`: 39 Swedish figure questions of the training sets (dev,
realdocs, train2, train5) that insyn answers right, asked in English as a journalist would.
The gold fields are the Swedish question's. It is a training set: it shows what English
questions lose against the same question in Swedish (the glossary, the figure features).

    python eval/build_train_en.py   # from the repository root, with ../shared beside it
"""

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EN = {
'q057':"What is the 2025 budget for the common support functions and appropriations?",
'q061':"investment budget 2025 Region Västerbotten",
'q063':"How much does Region Västerbotten plan to spend on IT investments in 2025?",
'q064':"How many employees of the regional executive board's administration should have completed the basic course in civil preparedness during 2025?",
'q065':"What target does the regional executive board have for the share of managers leading 15–35 employees in 2025?",
'q066':"How many digital meetings were held in 2023 according to the regional executive board's plan for 2025?",
'q067':"What share of the prioritised procurements had environmental requirements in 2023 according to the regional executive board's 2025 plan?",
'q070':"How much extra compensation per listed child (capitation) did child dental care receive in 2023?",
'q078':"When was the public health policy strategy to be drawn up according to the regional executive board's 2023 plan?",
'q081':"What deficit did the health and medical care board in Västerbotten report in its interim report as of August 2024?",
'q084':"What share of newborns should receive a home visit in 2025 according to the target?",
'q085':"What is the target for the share of Västerbotten health examinations carried out in 2025?",
'q086':"How much use of the lifestyle habits support is the health and medical care board aiming for in 2025?",
'q088':"What share of the staff of the health and medical care administration should have completed the digital introduction to crisis preparedness in 2025?",
'q089':"How many areas does the health and medical care administration consist of?",
'q091':"What is the end date of the assignment to expand the Centre against violence to the whole county?",
'q092':"What end date does the drafting committee's assignment on a regular doctor contact with 1100 patients per specialist have?",
'q095':"resource frame health and medical care board 2025 Västernorrland",
'r013':"How much extra is the work on the cybersecurity act expected to cost Intraservice in 2027?",
'r015':"How much of the increase in the per-pupil allocation would have gone to the independent schools in Gothenburg?",
'r017':"How large was the City of Gothenburg's balance requirement result in 2022?",
'r018':"Did the city audit office's own operations run a deficit in 2022?",
'r019':"How large a share of Gryaab does the City of Gothenburg own?",
'r020':"By when must the municipal executive board at the latest give its opinion on the review of the financing and liquidity process?",
'r021':"How large a surplus against budget did the culture and leisure committee in Simrishamn make in 2025?",
'r022':"How many visitors did the Österlen museum have in 2025?",
'r023':"What are the new premises at Tobisviksbadet expected to cost?",
'k029':"How many permanent full-time employees did the City Audit Office in Gothenburg have in 2021?",
'k031':"By when must the committees and companies at the latest submit their opinions on the City Audit's review of the water and sewage charges in Gothenburg?",
'm001':"How large is Region Västerbotten's investment in medical technology equipment in the 2025 investment budget?",
'm002':"How large were the property investments Region Västerbotten planned for 2023?",
'm003':"How many clinical trials does the health and medical care board in Västerbotten want to have during 2025?",
'm017':"How much lower than budgeted are Intraservice's costs for procuring the financial system expected to be in 2026?",
'h6001':"What deficit against budget did the sub-area Regional administration common forecast for 2024, according to the regional executive board's 2025 plan in Västerbotten?",
'h6003':"By how much did Region Västerbotten expect pension costs to increase in the regional executive board's 2023 budget?",
'h6006':"How large a credit did Region Västernorrland open with its bank at the end of 2023 as an extra liquidity reserve?",
'h6023':"How large a municipal grant did the City Audit Office in Gothenburg receive for auditing the committees in 2022?",
'h6031':"How much project money did the library in Simrishamn receive from the Swedish Arts Council in 2025 for activities aimed at 13–25-year-olds?",
'h6034':"How much do the annual operating costs increase for the project Digitisation library in Simrishamn's investment request?",
}
SOURCES = [ROOT.parent / "shared" / "eval" / "dev.jsonl"] + [ROOT / "eval" / f for f in ("realdocs.jsonl", "train2.jsonl", "train5.jsonl")]


def main() -> None:
    with open(ROOT / "eval" / "train_en.jsonl", "w", encoding="utf-8") as out:
        for path in SOURCES:
            for line in path.read_text(encoding="utf-8").splitlines():
                gold = json.loads(line)
                if gold["id"] in EN:
                    gold.update(id="e" + gold["id"], question=EN[gold["id"]], lang="en")
                    out.write(json.dumps(gold, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
