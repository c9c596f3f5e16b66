"""Render page 3 of the Åkersvik document (section 3, the sick-leave table) as a SCANNED GREYSCALE IMAGE with PIL at
200 dpi on an A4 sheet. The printed page was scanned INSIDE A CLEAR PLASTIC SLEEVE (a "plastficka"): the sleeve's
PUNCHED STRIP runs down the left edge (a slightly darker band with a welded seam line and four reinforced holes
through which the dark scanner lid shows), the paper sits a little inside the sleeve so that the sleeve's own edge
shows as a faint line at the top and at the right, the scanner lamp has made a DIAGONAL GLARE BAND on the plastic
(lighter, washed-out paper and greyer ink where it crosses the page), and the plastic has a few soft WRINKLES (thin
paired light and dark curves). The page itself is the printed report: its own running head with "Sida 3", the heading
"3 Sjukfrånvaro", an intro, "Tabell 3" with a STACKED HEADING ("Kvinnor", "Män" and "Totalt" each over 2025 / 2026,
then "Långtid¹ 2026"), hairlines between the rows, a bold "Hela kommunen" row over a double rule, two notes and a
comment sentence. Scanner look: rotated −0.7°, uneven tone, slight blur, grain and specks; saved as a greyscale JPEG
and returned as a BytesIO (nothing is written to disk).

Every string printed here comes from data.py, in the order of data.f_scan_text(), which check.py uses as the text of
this page. The skeleton (rotate, grain, blur, specks, JPEG in memory) is modelled on ../synthetic48/scan48.py."""
import io
import math
import random

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

from data import (F_SCAN_HEAD, F_SCAN_TITLE, F_SCAN_INTRO, F_SCAN_CAPTION, F_SCAN_GROUPS, F_SCAN_COLS, F_SCAN_NOTES,
                  F_SCAN_FIG, f_scan_rows, f_scan_comment, f_scan_bars)

DJ = "/usr/share/fonts/truetype/dejavu/"
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
    """the printed page as a clean greyscale image (white paper, black ink)"""
    page = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(page)
    sans = ImageFont.truetype(DJ + "DejaVuSans.ttf", pt(8))
    sansb = ImageFont.truetype(DJ + "DejaVuSans-Bold.ttf", pt(8))
    h1 = ImageFont.truetype(DJ + "DejaVuSans-Bold.ttf", pt(13))
    body = ImageFont.truetype(DJ + "DejaVuSans.ttf", pt(9.4))
    capf = ImageFont.truetype(DJ + "DejaVuSans-Bold.ttf", pt(9.2))
    cond = ImageFont.truetype(DJ + "DejaVuSansCondensed.ttf", pt(8.8))
    condb = ImageFont.truetype(DJ + "DejaVuSansCondensed-Bold.ttf", pt(8.8))
    condi = ImageFont.truetype(DJ + "DejaVuSans-Oblique.ttf", pt(7.4))
    L, R = mm(22), W - mm(22)
    # running head of the printed report
    y = mm(11)
    d.text((L, y), F_SCAN_HEAD[0], font=sansb, fill=40)
    d.text((R - sans.getlength(F_SCAN_HEAD[1]), y), F_SCAN_HEAD[1], font=sans, fill=60)
    d.line((L, mm(16.5), R, mm(16.5)), fill=120, width=2)
    y = mm(26)
    d.text((L, y), F_SCAN_TITLE, font=h1, fill=20)
    y += pt(13) + mm(4)
    for ln in wrap(F_SCAN_INTRO, body, R - L):
        d.text((L, y), ln, font=body, fill=20)
        y += pt(9.4) + mm(1.6)
    y += mm(4)
    d.text((L, y), F_SCAN_CAPTION, font=capf, fill=20)
    y += pt(9.2) + mm(3)
    # the table
    widths = [62, 14, 14, 14, 14, 14, 14, 20]
    xs = [L]
    for w_ in widths:
        xs.append(xs[-1] + mm(w_))
    d.line((L, y, xs[-1], y), fill=20, width=5)
    y += mm(1.5)
    for j, gname in enumerate(F_SCAN_GROUPS):
        x0, x1 = xs[1 + 2 * j], xs[3 + 2 * j]
        tw = condb.getlength(gname)
        d.text(((x0 + x1 - tw) / 2, y), gname, font=condb, fill=20)
        d.line((x0 + mm(1.5), y + mm(5.2), x1 - mm(1.5), y + mm(5.2)), fill=60, width=2)
    y += mm(6.5)
    heads = F_SCAN_COLS
    for j, t in enumerate(heads):
        if j == 0:
            d.text((xs[0] + mm(1), y), t, font=condb, fill=20)
        elif j == len(heads) - 1:
            parts = t.split(" ")
            for k, p_ in enumerate(parts):
                d.text((xs[j + 1] - mm(1.2) - condb.getlength(p_), y - mm(4.2) + k * mm(4.2)), p_, font=condb,
                       fill=20)
        else:
            d.text((xs[j + 1] - mm(1.2) - condb.getlength(t), y), t, font=condb, fill=20)
    y += mm(5.5)
    d.line((L, y, xs[-1], y), fill=40, width=3)
    rows = f_scan_rows()
    for i, r in enumerate(rows):
        last = i == len(rows) - 1
        if last:
            y += mm(0.8)
            d.line((L, y, xs[-1], y), fill=30, width=2)
            d.line((L, y + mm(0.7), xs[-1], y + mm(0.7)), fill=30, width=2)
            y += mm(0.9)
        f = condb if last else cond
        yy = y + mm(1.6)
        for j, c in enumerate(r):
            if j == 0:
                d.text((xs[0] + mm(1), yy), c, font=f, fill=15)
            else:
                d.text((xs[j + 1] - mm(1.2) - f.getlength(c), yy), c, font=f, fill=15)
        y += mm(7.2)
        if not last:
            d.line((L, y, xs[-1], y), fill=185, width=1)
    d.line((L, y, xs[-1], y), fill=20, width=5)
    y += mm(3)
    for t in F_SCAN_NOTES:
        for ln in wrap(t, condi, R - L):
            d.text((L, y), ln, font=condi, fill=70)
            y += pt(7.4) + mm(1.2)
    y += mm(4)
    for ln in wrap(f_scan_comment(), body, R - L):
        d.text((L, y), ln, font=body, fill=20)
        y += pt(9.4) + mm(1.6)
    # Figur 2: horizontal bars of the total sick leave 2026, value at the end of each bar
    y += mm(7)
    d.text((L, y), F_SCAN_FIG, font=capf, fill=20)
    y += pt(9.2) + mm(4)
    bx0, bmax = L + mm(62), mm(80)
    bars = f_scan_bars()
    vmax = 10.0
    for v_ in (0, 2, 4, 6, 8, 10):
        xg = bx0 + bmax * v_ / vmax
        d.line((xg, y - mm(1), xg, y + len(bars) * mm(7.4)), fill=215, width=1)
    for name, val in bars:
        d.text((L, y + mm(0.8)), name, font=cond, fill=20)
        v = float(val.replace(",", "."))
        d.rectangle((bx0, y + mm(0.6), bx0 + bmax * v / vmax, y + mm(5.0)), fill=95)
        d.text((bx0 + bmax * v / vmax + mm(2), y + mm(0.8)), val, font=condb, fill=20)
        y += mm(7.4)
    y += mm(1)
    for v_ in (0, 2, 4, 6, 8, 10):
        t = str(v_)
        d.text((bx0 + bmax * v_ / vmax - cond.getlength(t) / 2, y), t, font=condi, fill=90)
    return page


def render(angle=-0.7, seed=50):
    rnd = random.Random(seed)
    page = render_page()
    # the scanner bed: the page sits in a sleeve that is a little larger than the paper
    bed = Image.new("L", (W, H), 236)
    px = bed.load()
    for yy in range(0, H, 2):
        for xx in range(0, W, 2):
            v = 238 - int(10 * (0.7 * xx + yy) / (W + H))
            for ax in (0, 1):
                for ay in (0, 1):
                    if xx + ax < W and yy + ay < H:
                        px[xx + ax, yy + ay] = v
    paper = page.point(lambda v: int(v * 0.93))          # ink on slightly grey paper
    paper = ImageChops.multiply(paper, bed)
    paper = paper.point(lambda v: min(255, int(v * 1.06)))
    sheet = paper.copy()
    d = ImageDraw.Draw(sheet)
    # the sleeve's edge: a faint line a few millimetres outside the paper at the top and at the right
    d.line((mm(14), mm(4), W - mm(5), mm(4)), fill=196, width=3)
    d.line((W - mm(5), mm(4), W - mm(5), H - mm(3)), fill=196, width=3)
    # the punched strip of the sleeve along the left edge: a darker band, a welded seam and four reinforced holes
    strip = mm(13)
    band = Image.new("L", (strip, H), 0)
    bd = ImageDraw.Draw(band)
    bd.rectangle((0, 0, strip, H), fill=255)
    sheet.paste(Image.new("L", (strip, H), 208), (0, 0), band.point(lambda v: 150 if v else 0))
    d = ImageDraw.Draw(sheet)
    d.line((strip, 0, strip, H), fill=170, width=3)
    d.line((strip + 6, 0, strip + 6, H), fill=222, width=2)
    for hy in (H * 0.18, H * 0.39, H * 0.61, H * 0.82):
        r_out, r_in = mm(4.2), mm(2.7)
        cx = strip // 2
        d.ellipse((cx - r_out, hy - r_out, cx + r_out, hy + r_out), fill=186)
        d.ellipse((cx - r_in, hy - r_in, cx + r_in, hy + r_in), fill=44)
    # wrinkles in the plastic: soft paired curves, drawn on their own layer and blurred
    wr = Image.new("L", (W, H), 128)
    d = ImageDraw.Draw(wr)
    for k in range(4):
        x0 = rnd.randint(mm(30), W - mm(60))
        y0 = rnd.randint(mm(20), H - mm(40))
        length = rnd.randint(mm(35), mm(80))
        ang = rnd.uniform(-0.9, 0.9)
        pts_d, pts_l = [], []
        for i in range(0, length, 6):
            t = i / length
            bend = mm(3) * math.sin(t * math.pi)
            x = x0 + i * math.cos(ang) - bend * math.sin(ang)
            y = y0 + i * math.sin(ang) + bend * math.cos(ang)
            pts_d.append((x, y))
            pts_l.append((x + 3, y - 3))
        d.line(pts_d, fill=70, width=4)
        d.line(pts_l, fill=200, width=4)
    wr = wr.filter(ImageFilter.GaussianBlur(2.2))
    # overlay: darken where the layer is below 128, lighten where it is above
    sheet = ImageChops.add(ImageChops.subtract(sheet, wr.point(lambda v: max(0, 128 - v) // 2)),
                           wr.point(lambda v: max(0, v - 128) // 2))
    # the glare band: a diagonal, soft-edged bright streak where the lamp reflected on the plastic
    glare = Image.new("L", (W, H), 0)
    gd = ImageDraw.Draw(glare)
    cx0, cy0 = W * 0.30, 0
    cx1, cy1 = W * 0.92, H
    for k in range(-70, 71, 2):
        a = math.exp(-(k / 42) ** 2)
        gd.line((cx0 + k * 2.2, cy0, cx1 + k * 2.2, cy1), fill=int(255 * 0.55 * a), width=6)
    glare = glare.filter(ImageFilter.GaussianBlur(18))
    sheet = Image.composite(Image.new("L", (W, H), 250), sheet, glare)
    # rotate and age
    sheet = sheet.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=52, center=(W * 0.5, H * 0.5))
    pxs = sheet.load()
    for yy in range(H):
        for xx in range(W):
            v = pxs[xx, yy] + rnd.gauss(0, 4.0)
            pxs[xx, yy] = max(0, min(255, int(v)))
    out_img = sheet.filter(ImageFilter.GaussianBlur(0.6))
    d = ImageDraw.Draw(out_img)
    for _ in range(170):
        x, y_ = rnd.randrange(W), rnd.randrange(H)
        r = rnd.choice((1, 1, 1, 2, 2))
        d.ellipse((x, y_, x + r, y_ + r), fill=rnd.randint(40, 150))
    out = io.BytesIO()
    out_img.save(out, "JPEG", quality=80)
    out.seek(0)
    return out


if __name__ == "__main__":
    b = render()
    open("/tmp/s50/scan_preview.jpg", "wb").write(b.read())
    print("preview written to /tmp/s50/scan_preview.jpg")
