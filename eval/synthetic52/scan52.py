"""Render page 3 of the Gunnarsvala document as a SCANNED GREYSCALE IMAGE with PIL at 200 dpi on an A4 landscape
sheet: the centre SPREAD (pages 6 and 7) of the printed A5 booklet "Fritidsgårdarna i siffror 2026", opened flat on the
scanner glass. The booklet is SADDLE-STITCHED: the fold runs down the middle of the image with a soft GUTTER SHADOW on
both sides (darker on the right, where the page lifts a little), TWO STAPLES lie along the fold, and the lines of text
close to the fold are SQUEEZED towards it as the paper curves down into the binding. The booklet lies slightly off the
edge of the glass, so a narrow strip of the grey scanner lid with the booklet's own shadow shows along the top and the
right. The left page holds "Besök per fritidsgård" with an intro and the visitor table (a STACKED HEADING – "Besök 2026
efter kön" over Flickor / Pojkar and "Besök 2026 efter ålder" over the three age groups – printed row tints, a bold
"Samtliga gårdar" row over a double rule) and two notes; the right page holds a bar chart of the girls' share per
youth centre with the value at each bar, a short text and a small drawn skateboard. Scanner look: rotated +0.5°,
uneven tone, slight blur, grain and specks; saved as a greyscale JPEG and returned as a BytesIO (nothing is written to
disk).

Every string printed here comes from data.py, in the order of data.f_scan_text(), which check.py uses as the text of
this page. The skeleton (rotate, grain, blur, specks, JPEG in memory) is modelled on ../synthetic50/scan50.py; the
grain and the squeeze near the fold use numpy."""
import io
import math
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from data import (F_SCAN_HEAD, F_SCAN_TITLE, F_SCAN_INTRO, F_SCAN_CAPTION, F_SCAN_GROUPS, F_SCAN_COLS, F_SCAN_NOTES,
                  F_SCAN_FIG, F_SCAN_ABOUT, F_SCAN_PAGES, F_SCAN_PHOTO, F_SCAN_BOX, f_scan_rows, f_scan_bars)

LB = "/usr/share/fonts/truetype/liberation/"
DPI = 200
W, H = 2339, 1654                    # A4 landscape at 200 dpi
PW = 1165                            # one A5 page (148 mm) at 200 dpi


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


def fonts():
    f = {}
    f["sans"] = ImageFont.truetype(LB + "LiberationSans-Regular.ttf", pt(8.6))
    f["sansb"] = ImageFont.truetype(LB + "LiberationSans-Bold.ttf", pt(8.6))
    f["head"] = ImageFont.truetype(LB + "LiberationSans-Regular.ttf", pt(7.2))
    f["title"] = ImageFont.truetype(LB + "LiberationSans-Bold.ttf", pt(17))
    f["cap"] = ImageFont.truetype(LB + "LiberationSans-Bold.ttf", pt(8.8))
    f["cond"] = ImageFont.truetype(LB + "LiberationSansNarrow-Regular.ttf", pt(8.4))
    f["condb"] = ImageFont.truetype(LB + "LiberationSansNarrow-Bold.ttf", pt(8.4))
    f["note"] = ImageFont.truetype(LB + "LiberationSans-Italic.ttf", pt(6.8))
    f["pno"] = ImageFont.truetype(LB + "LiberationSans-Bold.ttf", pt(9))
    return f


def left_page(f):
    """booklet page 6: the visitor table"""
    pg = Image.new("L", (PW, H), 255)
    d = ImageDraw.Draw(pg)
    L, R = mm(13), PW - mm(16)          # the inner (right) margin is wider, as in a booklet
    y = mm(10)
    d.text((L, y), F_SCAN_HEAD[0], font=f["head"], fill=90)
    d.line((L, mm(14.5), R, mm(14.5)), fill=120, width=3)
    y = mm(22)
    d.text((L, y), F_SCAN_TITLE, font=f["title"], fill=25)
    y += pt(17) + mm(4)
    for ln in wrap(F_SCAN_INTRO, f["sans"], R - L):
        d.text((L, y), ln, font=f["sans"], fill=30)
        y += pt(8.6) + mm(1.6)
    y += mm(5)
    d.text((L, y), F_SCAN_CAPTION, font=f["cap"], fill=25)
    y += pt(8.8) + mm(3)
    widths = [23.5] + [11.2] * 8
    xs = [L]
    for w_ in widths:
        xs.append(xs[-1] + mm(w_))
    if xs[-1] > R + 2:
        raise SystemExit(f"scan: table too wide ({xs[-1]} > {R})")
    d.line((L, y, xs[-1], y), fill=30, width=5)
    y += mm(1.5)
    # stacked heading: the two groups over their columns, with a short rule under each
    for gname, (j0, j1) in zip(F_SCAN_GROUPS, ((3, 5), (5, 8))):
        x0, x1 = xs[j0], xs[j1]
        tw = f["condb"].getlength(gname)
        d.text(((x0 + x1 - tw) / 2, y), gname, font=f["condb"], fill=25)
        d.line((x0 + mm(1.2), y + mm(4.6), x1 - mm(1.2), y + mm(4.6)), fill=70, width=2)
    y += mm(5.6)
    for j, t in enumerate(F_SCAN_COLS):
        parts = [t] if j == 0 else (t.split(" ", 1) if " " in t else [t])
        for k, p_ in enumerate(parts):
            yy = y + k * mm(3.9) + (mm(3.9) if len(parts) == 1 and j > 0 else 0)
            if j == 0:
                d.text((xs[0] + mm(1), y + mm(3.9)), p_, font=f["condb"], fill=25)
            else:
                d.text((xs[j + 1] - mm(1.1) - f["condb"].getlength(p_), yy), p_, font=f["condb"], fill=25)
    y += mm(8.6)
    d.line((L, y, xs[-1], y), fill=40, width=3)
    rows = f_scan_rows()
    for i, r in enumerate(rows):
        last = i == len(rows) - 1
        if last:
            y += mm(0.6)
            d.line((L, y, xs[-1], y), fill=30, width=2)
            d.line((L, y + mm(0.7), xs[-1], y + mm(0.7)), fill=30, width=2)
            y += mm(0.9)
        elif i % 2 == 0:
            d.rectangle((L, y + 1, xs[-1], y + mm(6.4)), fill=236)      # the printed pale row tint
        fnt = f["condb"] if last else f["cond"]
        yy = y + mm(1.3)
        for j, c in enumerate(r):
            if j == 0:
                d.text((xs[0] + mm(1), yy), c, font=fnt, fill=15)
            else:
                d.text((xs[j + 1] - mm(1.1) - fnt.getlength(c), yy), c, font=fnt, fill=15)
        y += mm(6.4)
    d.line((L, y, xs[-1], y), fill=30, width=5)
    y += mm(3)
    for t in F_SCAN_NOTES:
        for ln in wrap(t, f["note"], R - L):
            d.text((L, y), ln, font=f["note"], fill=70)
            y += pt(6.8) + mm(1.2)
    # a printed photo (table tennis at Raketen): soft shapes on a grey ground, with a caption under it
    y += mm(6)
    ph_w, ph_h = R - L, mm(52)
    ph = Image.new("L", (ph_w, ph_h), 150)
    pd = ImageDraw.Draw(ph)
    for k in range(ph_h):
        pd.line((0, k, ph_w, k), fill=int(175 - 55 * k / ph_h))
    pd.polygon([(mm(18), mm(34)), (ph_w - mm(18), mm(34)), (ph_w - mm(30), mm(26)), (mm(30), mm(26))], fill=70)
    pd.line((ph_w // 2, mm(26), ph_w // 2, mm(34)), fill=225, width=3)
    pd.rectangle((mm(22), mm(34), mm(24), mm(46)), fill=55)
    pd.rectangle((ph_w - mm(24), mm(34), ph_w - mm(22), mm(46)), fill=55)
    for cx, cy in ((mm(14), mm(16)), (ph_w - mm(14), mm(14))):
        pd.ellipse((cx - mm(5), cy - mm(6), cx + mm(5), cy + mm(5)), fill=60)
        pd.rounded_rectangle((cx - mm(8), cy + mm(5), cx + mm(8), cy + mm(30)), radius=mm(4), fill=65)
    pd.ellipse((ph_w // 2 + mm(14), mm(12), ph_w // 2 + mm(16.5), mm(14.5)), fill=245)
    ph = ph.filter(ImageFilter.GaussianBlur(5))
    pg.paste(ph, (L, y))
    y += ph_h + mm(2)
    d.text((L, y), F_SCAN_PHOTO, font=f["note"], fill=60)
    d.text((L, H - mm(12)), F_SCAN_PAGES[0], font=f["pno"], fill=60)
    return pg


def right_page(f):
    """booklet page 7: the girls' share per youth centre as bars, a short text and a drawn skateboard"""
    pg = Image.new("L", (PW, H), 255)
    d = ImageDraw.Draw(pg)
    L, R = mm(16), PW - mm(13)
    y = mm(10)
    d.text((R - f["head"].getlength(F_SCAN_HEAD[1]), y), F_SCAN_HEAD[1], font=f["head"], fill=90)
    d.line((L, mm(14.5), R, mm(14.5)), fill=120, width=3)
    y = mm(24)
    d.text((L, y), F_SCAN_FIG, font=f["cap"], fill=25)
    y += pt(8.8) + mm(6)
    bars = f_scan_bars()
    bx0, bmax, vmax = L + mm(30), mm(70), 50.0
    for v_ in (0, 10, 20, 30, 40, 50):
        xg = bx0 + bmax * v_ / vmax
        d.line((xg, y - mm(2), xg, y + len(bars) * mm(12)), fill=215, width=2)
    for i, (name, val) in enumerate(bars):
        last = i == len(bars) - 1
        fnt = f["condb"] if last else f["cond"]
        d.text((L, y + mm(1.6)), name, font=fnt, fill=20)
        v = float(val.replace(",", "."))
        d.rectangle((bx0, y + mm(1.0), bx0 + bmax * v / vmax, y + mm(6.4)), fill=70 if last else 120)
        d.text((bx0 + bmax * v / vmax + mm(2), y + mm(1.6)), val, font=f["condb"], fill=20)
        y += mm(12)
    y += mm(1)
    for v_ in (0, 10, 20, 30, 40, 50):
        t = str(v_)
        d.text((bx0 + bmax * v_ / vmax - f["note"].getlength(t) / 2, y), t, font=f["note"], fill=90)
    y += mm(10)
    for ln in wrap(F_SCAN_ABOUT, f["sans"], R - L):
        d.text((L, y), ln, font=f["sans"], fill=30)
        y += pt(8.6) + mm(1.6)
    # a drawn skateboard: a rounded deck seen from the side and two wheels
    # a rounded box with a call to the readers
    y += mm(8)
    bl = wrap(F_SCAN_BOX, f["sansb"], R - L - mm(12))
    bh = len(bl) * (pt(8.6) + mm(1.6)) + mm(8)
    d.rounded_rectangle((L, y, R, y + bh), radius=mm(4), fill=228, outline=150, width=3)
    yb = y + mm(4)
    for ln in bl:
        d.text((L + mm(6), yb), ln, font=f["sansb"], fill=35)
        yb += pt(8.6) + mm(1.6)
    y += bh
    sx, sy = L + mm(34), y + mm(22)
    d.rounded_rectangle((sx, sy, sx + mm(52), sy + mm(4)), radius=mm(2), fill=80)
    d.polygon([(sx, sy + mm(2)), (sx - mm(5), sy - mm(3)), (sx - mm(3), sy - mm(4)), (sx + mm(2), sy)], fill=80)
    d.polygon([(sx + mm(52), sy + mm(2)), (sx + mm(57), sy - mm(3)), (sx + mm(55), sy - mm(4)),
               (sx + mm(50), sy)], fill=80)
    for wx in (sx + mm(10), sx + mm(42)):
        d.ellipse((wx - mm(3.2), sy + mm(4.5), wx + mm(3.2), sy + mm(10.9)), fill=40)
        d.ellipse((wx - mm(1.2), sy + mm(6.5), wx + mm(1.2), sy + mm(8.9)), fill=190)
    d.text((R - f["pno"].getlength(F_SCAN_PAGES[1]), H - mm(12)), F_SCAN_PAGES[1], font=f["pno"], fill=60)
    return pg


def squeeze(page, fold_at_right, zone=mm(14), strength=0.35):
    """compress the strip next to the fold horizontally, as the paper curves down into the binding"""
    a = np.asarray(page, dtype=np.float32)
    w = a.shape[1]
    xs = np.arange(w, dtype=np.float32)
    # distance to the fold in the output; the source is pushed further from the fold near it
    dist = (w - 1 - xs) if fold_at_right else xs
    t = np.clip(dist / zone, 0, 1)
    src_dist = dist - strength * zone * (1 - t) ** 2 * 0.9
    src_dist = np.clip(src_dist, 0, None)
    src = (w - 1 - src_dist) if fold_at_right else src_dist
    x0 = np.clip(np.floor(src).astype(int), 0, w - 1)
    x1 = np.clip(x0 + 1, 0, w - 1)
    fr = src - np.floor(src)
    out = a[:, x0] * (1 - fr) + a[:, x1] * fr
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "L")


def render(angle=0.5, seed=52):
    rnd = random.Random(seed)
    nrnd = np.random.default_rng(seed)
    f = fonts()
    lp = squeeze(left_page(f), fold_at_right=True)
    rp = squeeze(right_page(f), fold_at_right=False)
    # the scanner: a grey lid; the booklet lies a little down and to the left
    sheet = Image.new("L", (W, H), 205)
    ox, oy = 0, mm(2.2)
    spread = Image.new("L", (2 * PW, H), 255)
    spread.paste(lp, (0, 0))
    spread.paste(rp, (PW, 0))
    # the booklet's shadow on the lid (top and right edges)
    d = ImageDraw.Draw(sheet)
    d.rectangle((ox + mm(1.2), oy - mm(1.0), ox + 2 * PW + mm(1.4), H), fill=150)
    sheet = sheet.filter(ImageFilter.GaussianBlur(6))
    sheet.paste(spread.crop((0, 0, min(2 * PW, W - ox), H - oy)), (ox, oy))
    a = np.asarray(sheet, dtype=np.float32)
    # gutter shadow on both sides of the fold (the right page lifts a little, so it is darker there)
    xs = np.arange(W, dtype=np.float32)
    fold = ox + PW
    dl = np.clip(fold - xs, 0, None)
    dr = np.clip(xs - fold, 0, None)
    shade = np.where(xs < fold, 1 - 0.30 * np.exp(-dl / 38.0), 1 - 0.42 * np.exp(-dr / 55.0))
    shade *= 1 - 0.10 * np.exp(-np.abs(xs - fold) / 8.0)
    a[oy:, :] *= shade[None, :]
    # uneven tone: slightly darker towards the bottom right
    yy = np.arange(H, dtype=np.float32)[:, None]
    a *= (1 - 0.05 * (0.6 * xs[None, :] / W + 0.4 * yy / H))
    sheet = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")
    d = ImageDraw.Draw(sheet)
    # the fold itself and two staples lying along it
    d.line((fold, oy, fold, H), fill=110, width=2)
    for sy_ in (0.27, 0.73):
        cy = oy + int((H - oy) * sy_)
        d.rectangle((fold - 3, cy - mm(6), fold + 3, cy + mm(6)), fill=95)
        d.line((fold - 1, cy - mm(6) + 3, fold - 1, cy + mm(6) - 3), fill=185, width=2)
        d.rectangle((fold - 5, cy - mm(6) - 2, fold + 5, cy - mm(6) + 2), fill=80)
        d.rectangle((fold - 5, cy + mm(6) - 2, fold + 5, cy + mm(6) + 2), fill=80)
    # rotate and age
    sheet = sheet.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=200, center=(W * 0.5, H * 0.5))
    a = np.asarray(sheet, dtype=np.float32)
    a += nrnd.normal(0, 4.2, a.shape)
    sheet = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L").filter(ImageFilter.GaussianBlur(0.6))
    d = ImageDraw.Draw(sheet)
    for _ in range(160):
        x, y_ = rnd.randrange(W), rnd.randrange(H)
        r = rnd.choice((1, 1, 1, 2, 2))
        d.ellipse((x, y_, x + r, y_ + r), fill=rnd.randint(40, 150))
    out = io.BytesIO()
    sheet.save(out, "JPEG", quality=80)
    out.seek(0)
    return out


if __name__ == "__main__":
    import pathlib
    p = pathlib.Path("/tmp/s52/scan_preview.jpg")
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(render().read())
    print("preview written to", p)
