"""(f) Runnviks kommun – försäljning av fastigheten Runnvik Alhagen 1:23 (f.d. Alhagens förskola).

Layout: DejaVu Sans, green-grey accent. P. 1: a tjänsteskrivelse – key–value block, background with the plot and
building size, the valuation, a ruled bid table (Budgivare / Bud, kr / Villkor, the highest bid in bold) and the
proposal as att-clauses. P. 2 is a SCANNED PAGE WITHOUT A TEXT LAYER: the kommunstyrelse's protokollsutdrag
(§ 38) is rendered with PIL in Liberation Serif at 200 dpi onto a white image, with two hand-drawn signature
scribbles, then rotated by 0.7°, given light grey noise and a few specks, saved as a greyscale JPEG and placed
over the whole page (no running header or footer on that page). Its text is in data.F_SCAN; check.py verifies
the facts of the questions about page 2 against it. P. 3: economic consequences (book value, capital gain, use of
the money) and the next steps as a "•" list. Metadata title set.
"""
import datetime as dt
import random
import re
import tempfile
import os

import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter

from common19 import HERE, Doc, grp, Row
from data import F_BIDS, F_PRICE, F_VALUE, F_BOOK, F_AREA, F_DATES, F_SCAN

OUT = HERE / "runnvik-forsaljning-alhagen-1-23.pdf"
SCAN = tempfile.mktemp(suffix=".jpg", prefix="runnvik-scan-p2-")
ACC = (60, 95, 80)
LB = "/usr/share/fonts/truetype/liberation/"


# ---------------------------------------------------------------- the scanned page
def render_scan(path, dpi=200, angle=0.7, seed=19):
    rnd = random.Random(seed)
    W, H = int(210 / 25.4 * dpi), int(297 / 25.4 * dpi)
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    pt = lambda p: int(round(p / 72 * dpi))  # noqa: E731
    f_reg = ImageFont.truetype(LB + "LiberationSerif-Regular.ttf", pt(11.5))
    f_bold = ImageFont.truetype(LB + "LiberationSerif-Bold.ttf", pt(11.5))
    f_title = ImageFont.truetype(LB + "LiberationSerif-Bold.ttf", pt(13.5))
    f_head = ImageFont.truetype(LB + "LiberationSans-Bold.ttf", pt(12))
    f_head2 = ImageFont.truetype(LB + "LiberationSans-Regular.ttf", pt(10))
    f_small = ImageFont.truetype(LB + "LiberationSerif-Italic.ttf", pt(9.5))
    mm = lambda v: int(round(v / 25.4 * dpi))  # noqa: E731
    left, right = mm(25), W - mm(22)
    y = mm(22)
    lh = int(pt(11.5) * 1.38)

    def wrap(text, font, width):
        """Greedy word wrap; digit groups of an amount ("6 850 000") are kept on one line."""
        text = re.sub(r"(?<=\d) (?=\d{3}\b)", "\u00a0", text)
        words, lines, cur = text.split(" "), [], ""
        for w in words:
            if not w:
                continue
            t = (cur + " " + w).strip()
            if d.textlength(t.replace("\u00a0", " "), font=font) <= width:
                cur = t
            else:
                lines.append(cur)
                cur = w
        lines.append(cur)
        return [ln.replace("\u00a0", " ") for ln in lines]

    for part in F_SCAN:
        kind = part[0]
        if kind == "head":
            d.text((left, y), part[1], font=f_head, fill=20)
            d.text((right - d.textlength(part[2], font=f_head), y), part[2], font=f_head, fill=20)
            y += int(lh * 1.15)
        elif kind == "head2":
            d.text((left, y), part[1], font=f_head2, fill=30)
            d.text((right - d.textlength(part[2], font=f_head2), y), part[2], font=f_head2, fill=30)
            y += lh
        elif kind == "rule":
            d.line((left, y + 6, right, y + 6), fill=40, width=3)
            y += int(lh * 0.9)
        elif kind == "title":
            for ln in wrap(part[1], f_title, right - left):
                d.text((left, y), ln, font=f_title, fill=10)
                y += int(lh * 1.1)
            y += int(lh * 0.4)
        elif kind == "sub":
            y += int(lh * 0.3)
            d.text((left, y), part[1], font=f_bold, fill=10)
            y += lh
        elif kind == "par":
            for ln in wrap(part[1], f_reg, right - left):
                d.text((left, y), ln, font=f_reg, fill=15)
                y += lh
            y += int(lh * 0.45)
        elif kind == "att":
            ind = mm(10)
            text = part[1][4:]
            d.text((left, y), "att", font=f_reg, fill=15)
            for ln in wrap(text, f_reg, right - left - ind):
                d.text((left + ind, y), ln, font=f_reg, fill=15)
                y += lh
            y += int(lh * 0.3)
        elif kind == "gap":
            y += lh * 2
        elif kind == "sign":
            x2 = left + (right - left) // 2 + mm(5)
            for x0 in (left, x2):
                # a scribbled signature above the line
                pts, xx = [], x0 + mm(4)
                base = y + mm(7)
                for i in range(38):
                    xx += rnd.randint(6, 16)
                    pts.append((xx, base + rnd.randint(-mm(4), mm(3))))
                d.line(pts, fill=60, width=3, joint="curve")
                d.line((x0, y + mm(11), x0 + mm(62), y + mm(11)), fill=40, width=2)
            d.text((left, y + mm(12)), part[1], font=f_head2, fill=40)
            d.text((x2, y + mm(12)), part[2], font=f_head2, fill=40)
            y += mm(22)
        elif kind == "small":
            d.text((left, y), part[1], font=f_small, fill=40)
            y += lh
    # scan artefacts: slight blur, rotation, noise, specks, a grey edge
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    arr = np.asarray(img, dtype=np.float32)
    arr = arr - 6 + np.random.default_rng(seed).normal(0.0, 7.0, arr.shape)   # light grey grain
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), mode="L")
    d = ImageDraw.Draw(img)
    for _ in range(140):
        x, yy = rnd.randint(0, W - 1), rnd.randint(0, H - 1)
        r = rnd.choice((1, 1, 2, 3))
        d.ellipse((x, yy, x + r, yy + r), fill=rnd.randint(90, 170))
    d.rectangle((0, 0, W - 1, mm(2.5)), fill=205)
    d.rectangle((W - mm(1.8), 0, W - 1, H - 1), fill=215)
    img.save(path, "JPEG", quality=78)


render_scan(SCAN)

# ---------------------------------------------------------------- the PDF
pdf = Doc("Runnviks kommun", "Samhällsbyggnadsförvaltningen", "{p} (3)", font="dejavu", accent=ACC,
          foot="Runnviks kommun · Dnr KS 2026/388",
          title="Runnviks kommun – Försäljning av fastigheten Runnvik Alhagen 1:23",
          author="Samhällsbyggnadsförvaltningen", created=dt.datetime(2027, 3, 5, 14, 20, tzinfo=dt.timezone.utc))
pdf.no_furniture = (2,)
pdf.add_page()
pdf.title_block("Försäljning av fastigheten Runnvik Alhagen 1:23", "Tjänsteskrivelse med bifogat "
                "protokollsutdrag från kommunstyrelsen", size=16)
pdf.kv([("Diarienummer", "KS 2026/388"), ("Datum", F_DATES["skrivelse"]),
        ("Handläggare", "Oskar Ekwall, exploateringsingenjör"), ("Till", "Kommunstyrelsen")], lw=34, size=9.3)
pdf.h2("Bakgrund")
pdf.p(f"Alhagens förskola lades ned sommaren 2025 när verksamheten flyttade till nya lokaler. Fastigheten omfattar "
      f"{grp(F_AREA[0])} kvadratmeter tomtmark och en byggnad om {F_AREA[1]} kvadratmeter. Kommunen har inget "
      "eget behov av fastigheten, och detaljplanen medger bostäder i upp till tre våningar.", size=9.5, lh=4.8)
pdf.p(f"En extern värdering från december 2026 bedömer fastighetens marknadsvärde till {grp(F_VALUE)} kronor. "
      f"Fastigheten annonserades till försäljning mellan den 2 november och den 15 december 2026, och "
      f"{len(F_BIDS)} bud kom in.", size=9.5, lh=4.8)
rows = []
for i, (who, amt, cond) in enumerate(F_BIDS):
    rows.append(Row([who, grp(amt), cond], emphasis="B" if i == 0 else ""))
pdf.ruled_table(["Budgivare", "Bud, kr", "Villkor"], rows, [70, 30, 66], ["LEFT", "RIGHT", "LEFT"], size=9,
                lh=4.6, head_fill=(222, 232, 226))
pdf.h2("Bedömning")
pdf.p(f"Förvaltningen föreslår att fastigheten säljs till den som lämnat det högsta budet, {grp(F_PRICE)} kronor. "
      "Köparens villkor om bygglov bedöms vara rimligt eftersom detaljplanen redan medger bostäder. För att "
      "fastigheten inte ska bli stående oanvänd föreslås ett villkor om byggstart kombinerat med vite.",
      size=9.5, lh=4.8)
pdf.h2("Förslag till beslut")
pdf.att_list("Kommunstyrelsen föreslås besluta", [
    f"sälja fastigheten Runnvik Alhagen 1:23 till {F_BIDS[0][0]},",
    "villkora försäljningen med en skyldighet att påbörja byggnation av bostäder och ett vite om byggnation "
    "inte påbörjas i tid,",
    "uppdra åt kommundirektören att underteckna köpekontrakt."], size=9.5, lh=4.8)

pdf.add_page()
pdf.image(str(SCAN), x=0, y=0, w=210, h=297)

pdf.add_page()
pdf.h1("Ekonomiska konsekvenser")
gain = F_PRICE - F_BOOK
pdf.p(f"Fastighetens bokförda värde är {grp(F_BOOK)} kronor. Försäljningen ger därmed en realisationsvinst på "
      f"{grp(gain)} kronor, som redovisas i resultaträkningen för 2027. Realisationsvinsten räknas inte med i "
      "balanskravsresultatet.", size=9.5, lh=4.8)
pdf.p("Intäkten från försäljningen används för att minska kommunens behov av nya lån till investeringar i "
      "förskolor och skolor. Kommunen slipper samtidigt kostnader för uppvärmning, bevakning och underhåll av den "
      "tomma byggnaden.", size=9.5, lh=4.8)
pdf.h1("Fortsatt arbete")
pdf.p("Kommunstyrelsens beslut framgår av protokollsutdraget på föregående sida. Samhällsbyggnadsförvaltningen "
      "ansvarar för det fortsatta arbetet:", size=9.5, lh=4.8, after=1)
pdf.bullets(["köpekontraktet upprättas och undertecknas enligt kommunstyrelsens beslut,",
             "lantmäteriet ansöks om lagfart av köparen efter tillträdet,",
             "förvaltningen följer upp att byggnationen påbörjas inom avtalad tid och rapporterar till "
             "kommunstyrelsen,",
             "inventarier som finns kvar i byggnaden erbjuds först kommunens egna verksamheter."], size=9.5, lh=4.8)
pdf.h1("Kontakt")
pdf.p("Oskar Ekwall, exploateringsingenjör, Samhällsbyggnadsförvaltningen.", size=9.5, lh=4.8)
pdf.output(str(OUT))
os.remove(SCAN)
print("wrote", OUT.name, pdf.page_no(), "pages")
