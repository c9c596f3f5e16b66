"""(e) Forsvalla kommun – samhällsbyggnadsnämnden: planbesked och detaljplaner, lägesrapport 2026.

Layout: Liberation Sans text, Liberation Sans Narrow tables, portrait, 4 pages, brick red and slate blue. P. 1 has no
running header: a DRAWN TOWER CRANE (a slate lattice mast, a jib with a counterweight, a brick-red hook block over a
small house gable) beside "FORSVALLA KOMMUN / Samhällsbyggnadsnämnden", "LÄGESRAPPORT" in brick capitals at the
right, a slate rule, the title and a subtitle, a key–value block, "1 Sammanfattning" with COMPETING FIGURES in running
text (11 plans with 741 dwellings adopted in 2026 vs 7 plans and 388 dwellings in 2025 vs the goal of 450 a year;
19 vs 23 applications for planbesked; 15 plans in progress), Tabell 1 "Planbesked 2025 och 2026" as a small table
whose 2026 column is set on a pale brick tint, and "Så läser du tabell 2": a LEGEND OF THE FIVE PLAN STAGES as a row
of CHEVRONS (Uppdrag, Samråd, Granskning, Antagen, Laga kraft). Pp. 2–4 have a running header (a slate band with
"Forsvalla kommun · Planbesked och detaljplaner 2026" in white at the left and "sida n (4)" at the right). P. 2:
"2 Detaljplaner" and Tabell 2 (Nr / Detaljplan / Syfte / Stadsdel / Bostäder / Skede / Status / Senaste beslut),
where the Skede column is a STRIP OF FIVE SMALL CHEVRONS filled up to the plan's stage (brick for reached stages,
grey outlines for the rest, an appealed plan with its Antagen chevron in dark red with a drawn white "!") and the status
word in its own column; THE TABLE BREAKS AFTER PLAN 22 ("Tabell 2 fortsätter på nästa sida") and p. 3 REPEATS
"Tabell 2 (forts.)" and the heading, ends with a bold "Summa bostäder" row, then comments with the passage on
Hermelinen 7. P. 4: "3 Prioriteringar 2027" as a numbered list, "Förslag till beslut" as att-clauses and two
signature lines. No metadata title.
"""
import datetime as dt

from common49 import HERE, Doc
from data import (E_PLANS, E_STAGES, E_PB, E_DNR, E_DATE, E_CHIEF, E_PLAN, E_PASSAGE, E_PRIORITIES, E_BREAK_AFTER,
                  E_GOAL, e_cells, e_adopted_2026, e_sentences, g, WORD)

OUT = HERE / "forsvalla-sbn-planbesked-detaljplaner-lagesrapport-2026.pdf"
BRICK = (164, 62, 42)
PALE_BRICK = (248, 228, 220)
SLATE = (58, 78, 104)
GREY = (110, 110, 110)
LIGHT = (200, 200, 200)


class EDoc(Doc):
    def header(self):
        if self.page_no() == 1:
            self.set_y(20)
            return
        self.set_fill_color(*SLATE)
        self.rect(0, 6, self.w, 8, style="F")
        self.set_font("Sans", "B", 8.4)
        self.set_text_color(255, 255, 255)
        self.set_xy(self.l_margin, 7.8)
        self.cell(120, 4.4, "Forsvalla kommun · Planbesked och detaljplaner 2026")
        self.set_font("Sans", "", 8)
        self.cell(self.epw - 120, 4.4, f"sida {self.page_no()} (4)", align="R")
        self.set_text_color(0, 0, 0)
        self.set_y(21)


pdf = EDoc("Forsvalla kommun", font="liberation", serif=False, accent=SLATE, foot="", justify=False,
           created=dt.datetime(2027, 2, 9, 8, 0, tzinfo=dt.timezone.utc))
pdf.set_margins(20, 20, 20)
pdf.set_auto_page_break(True, 15)


def chevron(x, y, w, h, fill=None, outline=None, first=False):
    n = h / 2.4
    pts = [(x, y), (x + w - n, y), (x + w, y + h / 2), (x + w - n, y + h)]
    pts += [(x, y + h)] if first else [(x, y + h), (x + n, y + h / 2)]
    if fill:
        pdf.set_fill_color(*fill)
        pdf.polygon(pts, style="F")
    if outline:
        pdf.set_draw_color(*outline)
        pdf.set_line_width(0.25)
        pdf.polygon(pts, style="D")
        pdf.set_line_width(0.2)
        pdf.set_draw_color(0, 0, 0)


def stage_strip(x, yc, status, w=3.9, h=3.0, gap=0.5):
    reached = E_STAGES.index("Antagen") + 1 if status == "Överklagad" else E_STAGES.index(status) + 1
    for i in range(5):
        xx = x + i * (w + gap - 0.8)
        if status == "Överklagad" and i == 3:
            chevron(xx, yc - h / 2, w, h, fill=(120, 20, 20), first=(i == 0))
            # a drawn white exclamation mark (no text, so that the row extracts cleanly)
            pdf.set_fill_color(255, 255, 255)
            pdf.rect(xx + w / 2 - 0.55, yc - 1.15, 0.5, 1.4, style="F")
            pdf.rect(xx + w / 2 - 0.55, yc + 0.55, 0.5, 0.5, style="F")
        elif i < reached:
            chevron(xx, yc - h / 2, w, h, fill=BRICK, first=(i == 0))
        else:
            chevron(xx, yc - h / 2, w, h, outline=(175, 175, 175), first=(i == 0))


# ---------------------------------------------------------------- p. 1
pdf.add_page()
# tower crane over a house gable
cx, cy = 22, 10
pdf.set_draw_color(*SLATE)
pdf.set_line_width(0.45)
pdf.line(cx + 5, cy + 19, cx + 5, cy + 3)
pdf.line(cx + 7, cy + 19, cx + 7, cy + 3)
for k in range(5):
    pdf.line(cx + 5, cy + 19 - k * 3.2, cx + 7, cy + 19 - (k + 1) * 3.2)
pdf.line(cx + 1, cy + 3, cx + 19, cy + 3)
pdf.line(cx + 6, cy + 0.5, cx + 1, cy + 3)
pdf.line(cx + 6, cy + 0.5, cx + 19, cy + 3)
pdf.set_line_width(0.25)
pdf.line(cx + 16, cy + 3, cx + 16, cy + 9)
pdf.set_line_width(0.2)
pdf.set_draw_color(0, 0, 0)
pdf.set_fill_color(*SLATE)
pdf.rect(cx + 0.4, cy + 3.2, 2.4, 2.0, style="F")
pdf.set_fill_color(*BRICK)
pdf.rect(cx + 15.1, cy + 9, 1.8, 1.6, style="F")
pdf.polygon([(cx + 10, cy + 15), (cx + 14.5, cy + 11.5), (cx + 19, cy + 15), (cx + 19, cy + 19),
             (cx + 10, cy + 19)], style="F")
pdf.set_xy(45, 13.5)
pdf.set_font("Sans", "B", 13)
pdf.set_text_color(*SLATE)
pdf.cell(90, 6, "FORSVALLA KOMMUN", new_x="LEFT", new_y="NEXT")
pdf.set_font("Sans", "", 9)
pdf.set_text_color(*GREY)
pdf.cell(90, 4.6, "Samhällsbyggnadsnämnden")
pdf.set_xy(130, 15)
pdf.spaced("LÄGESRAPPORT", 9, "B", 1.6, BRICK, align="R", w=60)
pdf.hline(20, 190, 31.5, 1.0, SLATE)
pdf.set_y(36)
pdf.set_font("Sans", "B", 18)
pdf.set_text_color(*SLATE)
pdf.cell(0, 8.5, "Planbesked och detaljplaner 2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Sans", "", 10.3)
pdf.cell(0, 5.5, "Läget i planarbetet den 31 december 2026 och prioriteringar för 2027", new_x="LMARGIN",
         new_y="NEXT")
pdf.ln(3)
pdf.kv([("Diarienummer", E_DNR), ("Datum", E_DATE.isoformat()), ("Handläggare", f"{E_PLAN[0]}, {E_PLAN[1]}"),
        ("Beslutas av", "Samhällsbyggnadsnämnden")], lw=32, size=9, lh=4.5)
pdf.h1("1 Sammanfattning", size=12.5)
s = e_sentences()
pdf.p(f"{s[0]} {s[1]} Det höga antalet förklaras främst av att den första etappen av Ladugårdsängen antogs i "
      "december.", size=9.6)
pdf.p(f"{s[2]} Två ansökningar var inte avgjorda vid årets slut. {s[3]}", size=9.6)
pdf.set_font("Sans", "B", 9)
pdf.cell(0, 5, "Tabell 1. Planbesked 2025 och 2026", new_x="LMARGIN", new_y="NEXT")
W1 = [70, 22, 22]
A1 = ["L", "R", "R"]
y = pdf.get_y() + 1
pdf.hline(20, 20 + sum(W1), y, 0.8, SLATE)
pdf.set_fill_color(*PALE_BRICK)
pdf.rect(20 + W1[0] + W1[1], y, W1[2], 6 + 5.8 * len(E_PB), style="F")
pdf.row(20, y, W1, A1, ["", "2025", "2026"], size=8.6, font="Cond", style="B", h=6, vpad=1.0)
y += 6
pdf.hline(20, 20 + sum(W1), y, 0.4, SLATE)
for lab, a, b in E_PB:
    y += pdf.row(20, y, W1, A1, [lab, g(a), g(b)], size=8.8, font="Cond", vpad=0.9)
    pdf.hline(20, 20 + sum(W1), y, 0.1, LIGHT)
pdf.hline(20, 20 + sum(W1), y, 0.8, SLATE)
pdf.set_xy(140, y - 5.8 * len(E_PB) - 4)
pdf.set_font("Sans", "I", 7.8)
pdf.set_text_color(*GREY)
pdf.multi_cell(50, 3.8, "Enligt plan- och bygglagen ska ett planbesked lämnas inom fyra månader, om inte den "
               "sökande går med på en längre tid.", align="L")
pdf.set_text_color(0, 0, 0)
pdf.set_y(y + 5)
pdf.p("Av de tre negativa planbeskeden 2026 gällde två bostäder på jordbruksmark utanför de områden som "
      "översiktsplanen pekar ut, och ett gällde en ny stormarknad vid infarten. Handläggningstiden ökade något "
      "eftersom två planarkitekter var föräldralediga under hösten, men alla planbesked lämnades inom "
      "lagens tidsgräns.", size=9.4)
pdf.h2("Så läser du tabell 2")
pdf.p("Varje detaljplan går igenom fem skeden. Pilarna i kolumnen Skede visar hur långt planen har kommit: en "
      "fylld pil för varje skede som är avklarat eller pågår.", size=9.4)
y = pdf.get_y() + 1
for i, st in enumerate(E_STAGES):
    chevron(20 + i * 31, y, 31.6, 7.2, fill=BRICK, first=(i == 0))
    pdf.set_font("Sans", "B", 8)
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(20 + i * 31 + 3.2, y + 1.6)
    pdf.cell(25, 4, st, align="C")
pdf.set_text_color(0, 0, 0)
if pdf.page_no() != 1:
    raise SystemExit("p. 1 overflows")

# ---------------------------------------------------------------- p. 2–3: Tabell 2
X = 20
WID = [8, 33, 37, 16, 16, 21, 18, 21]
AL = ["R", "L", "L", "L", "R", "L", "L", "L"]
XS = [X + sum(WID[:i]) for i in range(len(WID) + 1)]
if abs(XS[-1] - 190) > 0.01:
    raise SystemExit(f"Tabell 2 width {XS[-1] - X}")
HEAD = ["Nr", "Detaljplan", "Syfte", "Stadsdel", "Bostäder", "Skede", "Status", "Senaste beslut"]
FS = 8.4


def heading(y):
    hh = pdf.row_h(WID, HEAD, size=8.2, font="Cond", style="B", vpad=1.2)
    pdf.hline(X, XS[-1], y, 0.9, SLATE)
    pdf.row(X, y, WID, AL, HEAD, size=8.2, font="Cond", style="B", h=hh, vpad=1.2)
    pdf.hline(X, XS[-1], y + hh, 0.5, SLATE)
    return y + hh


def plan_rows(rows, y):
    for p in rows:
        cells = e_cells(p)
        for c, w in zip(cells, WID):
            if " ".join(pdf.cell_lines(w, c, "Cond", "", FS)).split() != str(c).split():
                raise SystemExit(f"word split in cell {c!r}")
        h = max(pdf.row_h(WID, cells, size=FS, font="Cond", vpad=1.4), 7.4)
        stt = p[5]
        colors = [None] * 6 + [(120, 20, 20) if stt == "Överklagad" else None, None]
        styles = [None] * 6 + ["B" if stt == "Överklagad" else None, None]
        pdf.row(X, y, WID, AL, cells, size=FS, font="Cond", vpad=1.4, h=h, colors=colors, styles=styles)
        stage_strip(XS[5] + 1.0, y + 3.4, stt)
        y += h
        pdf.hline(X, XS[-1], y, 0.1, LIGHT)
    return y


pdf.add_page()
pdf.h1("2 Detaljplaner", size=12.5)
pdf.p("Tabell 2 redovisar alla detaljplaner som har ett planuppdrag, är under arbete eller har antagits under 2026. "
      "Antalet bostäder är en uppskattning av vad planen medger. Datumet avser nämndens eller fullmäktiges senaste "
      "beslut i ärendet: planuppdrag, beslut om samråd eller granskning, eller antagande.", size=9.4)
pdf.set_font("Sans", "B", 9)
pdf.cell(0, 5, "Tabell 2. Detaljplaner den 31 december 2026", new_x="LMARGIN", new_y="NEXT")
y = heading(pdf.get_y() + 1)
y = plan_rows([p for p in E_PLANS if p[0] <= E_BREAK_AFTER], y)
if y > pdf.h - 22:
    raise SystemExit(f"Tabell 2 runs into the foot of p. 2 (y={y:.1f})")
nxt = [p for p in E_PLANS if p[0] == E_BREAK_AFTER + 1][0]
if y + max(pdf.row_h(WID, e_cells(nxt), size=FS, font="Cond", vpad=1.4), 7.4) < pdf.h - 26:
    raise SystemExit(f"p. 2 has room for plan {nxt[0]}: move the break (y={y:.1f})")
pdf.set_xy(X, y + 1.5)
pdf.set_font("Sans", "I", 7.8)
pdf.set_text_color(*GREY)
pdf.cell(0, 4, "Tabell 2 fortsätter på nästa sida")
pdf.set_text_color(0, 0, 0)

pdf.add_page()
pdf.set_font("Sans", "B", 9)
pdf.cell(0, 5, "Tabell 2 (forts.)", new_x="LMARGIN", new_y="NEXT")
y = heading(pdf.get_y() + 1)
y = plan_rows([p for p in E_PLANS if p[0] > E_BREAK_AFTER], y)
pdf.hline(X, XS[-1], y + 0.3, 0.3, SLATE)
pdf.hline(X, XS[-1], y + 0.9, 0.3, SLATE)
total = sum(p[4] for p in E_PLANS)
y += 1.1
y += pdf.row(X, y, WID, AL, ["", "Summa bostäder", "", "", g(total), "", "", ""], size=FS + 0.2, font="Cond",
             style="B", vpad=1.3)
pdf.hline(X, XS[-1], y, 0.9, SLATE)
pdf.set_y(y + 6)
pdf.h2("Kommentarer")
ad = e_adopted_2026()
gran = [p for p in E_PLANS if p[5] == "Granskning"]
pdf.p(f"Av de {len(ad)} planer som antogs under 2026 har {WORD[sum(1 for p in ad if p[5] == 'Laga kraft')]} vunnit "
      f"laga kraft. {WORD[len(gran)].capitalize()} planer är ute på granskning eller har nyss varit det, och "
      f"flera av dem kan antas under våren 2027.", size=9.4)
pdf.p(f"Detaljplanen för Hermelinen 7 antogs i juni men har inte vunnit laga kraft. Det beror på att "
      f"{E_PASSAGE}. Byggstarten för de 85 lägenheterna skjuts därför upp till tidigast 2028.", size=9.4)
pdf.p("Vännby är den stadsdel där flest bostäder planeras, framför allt genom Ladugårdsängen och Hemmingstorp. I "
      "Hagnäs pågår arbetet med att omvandla det gamla hamnområdet till bostäder och kontor.", size=9.4)
if pdf.page_no() != 3:
    raise SystemExit(f"p. 3 overflows to p. {pdf.page_no()}")

# ---------------------------------------------------------------- p. 4
pdf.add_page()
pdf.h1("3 Prioriteringar 2027", size=12.5)
pdf.p("Planenheten har resurser för ungefär tolv planer samtidigt. Nämnden föreslås prioritera följande:", size=9.6)
pdf.numbered(E_PRIORITIES, size=9.6, lh=4.8)
pdf.p(f"Med de prioriterade planerna bedöms målet om {g(E_GOAL)} bostäder per år kunna nås även 2027 och 2028.",
      size=9.6)
pdf.h1("Förslag till beslut", size=12.5)
pdf.att_list("Samhällsbyggnadsnämnden föreslås besluta", [
    "godkänna lägesrapporten för planbesked och detaljplaner 2026,",
    "fastställa prioriteringen av detaljplaner för 2027 enligt avsnitt 3, samt",
    "uppdra åt förvaltningen att redovisa läget i planarbetet igen i september 2027."], size=9.6)
pdf.ln(3)
pdf.set_font("Sans", "", 9)
pdf.cell(0, 5, f"Forsvalla den {E_DATE.day} februari {E_DATE.year}", new_x="LMARGIN", new_y="NEXT")
pdf.sign_lines([f"{E_CHIEF[0]}\n{E_CHIEF[1].capitalize()}", f"{E_PLAN[0]}\n{E_PLAN[1].capitalize()}"])
if pdf.page_no() != 4:
    raise SystemExit(f"{pdf.page_no()} pages, expected 4")
pdf.output(str(OUT))
print("wrote", OUT.name, pdf.page_no(), "pages")
