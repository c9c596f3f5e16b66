"""Render page 3 of the Dunhamra premises plan (Bilaga 2, planned maintenance per building 2027–2031) as a SCANNED
GREYSCALE IMAGE with PIL at 200 dpi on an A4 sheet. The sheet is a PHOTOCOPY OF A PHOTOCOPY of a printout from the
property unit's maintenance system: the toner is uneven (a VERTICAL FADED BAND where the drum ran low on toner, so the
figures in it are greyer), the copier's drum has a defect that leaves the SAME SMUDGE PATTERN REPEATED every 94 mm down
the page, the grey heading band of the table was copied as a coarse HALFTONE DOT SCREEN, and every copy step has added
contrast (the paper is a little blotchy, the ink slightly spread). The printout itself: a header line with the unit
and the print date, a rule, the title "Bilaga 2. Planerat underhåll per byggnad 2027–2031", an intro, the table
(Byggnad / Största post / 2027 … 2031 / Summa) with a halftone heading band, hairlines between the rows, a bold
"Summa" row over a double rule, two notes and the system's foot line ("Utskriven av …", "Sida 1 av 1"). Scanner look: rotated +0.6°, grain, slight blur, specks; saved as a
greyscale JPEG and returned as a BytesIO (nothing is written to disk).

Every string printed here comes from data.py, in the order of data.f_scan_text(), which check.py uses as the text of
this page. The rotate/grain/blur/specks sequence and the JPEG in memory are modelled on ../synthetic50/scan50.py."""
import io
import random

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

from data import F_SCAN_HEAD, F_SCAN_TITLE, F_SCAN_INTRO, F_SCAN_COLS, F_SCAN_NOTES, F_SCAN_FOOT, f_scan_rows

LB = "/usr/share/fonts/truetype/liberation/"
DPI = 200
W, H = 1654, 2339


def mm(x):
    return int(round(x / 25.4 * DPI))


def pt(x):
    return int(round(x / 72 * DPI))


def wrap(text, font, width):
    out, cur = [], ""
    for w in text.split():
        t = (cur + " " + w).strip()
        if font.getlength(t) <= width:
            cur = t
        else:
            out.append(cur)
            cur = w
    if cur:
        out.append(cur)
    return out


def render_page():
    """the printout as a clean greyscale image"""
    page = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(page)
    small = ImageFont.truetype(LB + "LiberationSans-Regular.ttf", pt(8))
    smallb = ImageFont.truetype(LB + "LiberationSans-Bold.ttf", pt(8))
    h1 = ImageFont.truetype(LB + "LiberationSans-Bold.ttf", pt(12.5))
    body = ImageFont.truetype(LB + "LiberationSans-Regular.ttf", pt(9.4))
    cell = ImageFont.truetype(LB + "LiberationSansNarrow-Regular.ttf", pt(10.2))
    cellb = ImageFont.truetype(LB + "LiberationSansNarrow-Bold.ttf", pt(10.2))
    note = ImageFont.truetype(LB + "LiberationSans-Italic.ttf", pt(7.8))
    L, R = mm(16), W - mm(16)
    y = mm(12)
    d.text((L, y), F_SCAN_HEAD[0], font=smallb, fill=30)
    d.text((R - small.getlength(F_SCAN_HEAD[1]), y), F_SCAN_HEAD[1], font=small, fill=30)
    y += mm(5)
    d.line((L, y, R, y), fill=40, width=3)
    y += mm(9)
    d.text((L, y), F_SCAN_TITLE, font=h1, fill=10)
    y += pt(12.5) + mm(4)
    for ln in wrap(F_SCAN_INTRO, body, R - L):
        d.text((L, y), ln, font=body, fill=20)
        y += pt(9.4) + mm(1.8)
    y += mm(5)
    widths = [46, 40, 15, 15, 15, 15, 15, 17]
    xs = [L]
    for w_ in widths:
        xs.append(xs[-1] + mm(w_))
    # heading band: a halftone dot screen (as a grey band looks after two rounds of copying)
    band_h = mm(8)
    for yy in range(y, y + band_h, 6):
        off = 3 if ((yy - y) // 6) % 2 else 0
        for xx in range(L + off, xs[-1], 6):
            d.ellipse((xx, yy, xx + 3, yy + 3), fill=150)
    d.line((L, y, xs[-1], y), fill=20, width=4)
    for j, t in enumerate(F_SCAN_COLS):
        f = cellb
        if j < 2:
            d.text((xs[j] + mm(1.2), y + mm(2)), t, font=f, fill=5)
        else:
            d.text((xs[j + 1] - mm(1.2) - f.getlength(t), y + mm(2)), t, font=f, fill=5)
    y += band_h
    d.line((L, y, xs[-1], y), fill=30, width=3)
    rows = f_scan_rows()
    for i, r in enumerate(rows):
        last = i == len(rows) - 1
        if last:
            y += mm(0.6)
            d.line((L, y, xs[-1], y), fill=30, width=2)
            d.line((L, y + mm(0.7), xs[-1], y + mm(0.7)), fill=30, width=2)
            y += mm(0.8)
        f = cellb if last else cell
        for j, c in enumerate(r):
            if not c:
                continue
            if j < 2:
                d.text((xs[j] + mm(1.2), y + mm(1.8)), c, font=f, fill=10)
            else:
                d.text((xs[j + 1] - mm(1.2) - f.getlength(c), y + mm(1.8)), c, font=f, fill=10)
        y += mm(9.2)
        if not last:
            d.line((L, y, xs[-1], y), fill=175, width=1)
    d.line((L, y, xs[-1], y), fill=20, width=4)
    y += mm(3)
    for t in F_SCAN_NOTES:
        for ln in wrap(t, note, R - L):
            d.text((L, y), ln, font=note, fill=50)
            y += pt(7.8) + mm(1.4)
    # the printout's own foot line at the bottom of the sheet
    y = H - mm(18)
    d.line((L, y, R, y), fill=90, width=2)
    d.text((L, y + mm(1.5)), F_SCAN_FOOT[0], font=small, fill=40)
    d.text((R - small.getlength(F_SCAN_FOOT[1]), y + mm(1.5)), F_SCAN_FOOT[1], font=small, fill=40)
    return page


def render(angle=0.6, seed=51):
    rnd = random.Random(seed)
    page = render_page()
    # ink spread of two copy steps: a slight dilation, then contrast
    page = page.filter(ImageFilter.GaussianBlur(0.7))
    page = page.point(lambda v: 255 if v > 215 else max(0, int(v * 0.7)))
    # blotchy paper: a low-frequency tone field
    tone = Image.new("L", (W // 40 + 1, H // 40 + 1), 0)
    tp = tone.load()
    for yy in range(tone.size[1]):
        for xx in range(tone.size[0]):
            tp[xx, yy] = 238 + rnd.randint(-4, 4)
    tone = tone.resize((W, H), Image.BICUBIC).filter(ImageFilter.GaussianBlur(30))
    sheet = ImageChops.multiply(page, tone.point(lambda v: min(255, v + 10)))
    # the faded toner band: lighter ink in a vertical stripe
    band = Image.new("L", (W, H), 0)
    bd = ImageDraw.Draw(band)
    bx = int(W * 0.62)
    bd.rectangle((bx, 0, bx + mm(24), H), fill=120)
    band = band.filter(ImageFilter.GaussianBlur(30))
    sheet = Image.composite(sheet.point(lambda v: min(255, int(v * 0.55 + 120))), sheet, band)
    # the drum defect: the same smudge repeated every 94 mm
    smudge = Image.new("L", (mm(16), mm(6)), 0)
    sd = ImageDraw.Draw(smudge)
    for _ in range(26):
        x, y_ = rnd.randrange(smudge.size[0]), rnd.randrange(smudge.size[1])
        r = rnd.choice((2, 3, 4, 5))
        sd.ellipse((x, y_, x + r, y_ + r), fill=rnd.randint(120, 230))
    smudge = smudge.filter(ImageFilter.GaussianBlur(1.4))
    dark = Image.new("L", smudge.size, 60)
    for k in range(4):
        sheet.paste(dark, (int(W * 0.21), mm(30) + k * mm(94)), smudge)
    # rotate on the scanner glass and age
    sheet = sheet.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=238, center=(W * 0.5, H * 0.5))
    px = sheet.load()
    for yy in range(H):
        for xx in range(W):
            v = px[xx, yy] + rnd.gauss(0, 4.5)
            px[xx, yy] = max(0, min(255, int(v)))
    out_img = sheet.filter(ImageFilter.GaussianBlur(0.55))
    d = ImageDraw.Draw(out_img)
    for _ in range(240):
        x, y_ = rnd.randrange(W), rnd.randrange(H)
        r = rnd.choice((1, 1, 1, 2, 2, 3))
        d.ellipse((x, y_, x + r, y_ + r), fill=rnd.randint(30, 140))
    out = io.BytesIO()
    out_img.save(out, "JPEG", quality=80)
    out.seek(0)
    return out


if __name__ == "__main__":
    b = render()
    open("/tmp/s51/scan_preview.jpg", "wb").write(b.read())
    print("preview written to /tmp/s51/scan_preview.jpg")
