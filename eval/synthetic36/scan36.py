"""Render page 2 of the Wästerhed document (Bilaga 1, "Särskilda boenden – platser, beläggning och kostnader 2026")
as a SCANNED GREYSCALE IMAGE with PIL: the text at 200 dpi in Liberation Serif (text) and Liberation Sans Narrow
(table) on a white A4 sheet. The letterhead is the municipality in LETTER-SPACED CAPITALS centred over a thin double
rule with the förvaltning under it; the bilaga label is set in italics at the left under the rule. The table has
COLUMN ZEBRA SHADING (every second number column tinted grey from the heading to the foot), no vertical rules, a
heavy rule over and under the heading, the two groups (Kommunal regi / Entreprenad) as BOLD ITALIC ROWS with a thin
rule under them, a running number per home, bold "Summa …" rows and the "Samtliga boenden" row INSIDE A DOUBLE-RULED
BOX. Two italic "Anm." notes, place and date, a handwritten-looking signature over the printed name. On top: a PAPER
CLIP drawn at the top edge. Scanner look: the sheet is smaller than the glass and lies askew (rotated 0.9°), so
a DARK GREY WEDGE OF THE SCANNER LID shows along the top edge and a DARK STRIP along the right edge; slight blur,
grain and specks; saved as a greyscale JPEG. Nothing is written to disk; the JPEG is returned as a BytesIO.

Every string printed here comes from data.f_scan_rows() and the F_SCAN_* constants, in the order of
data.f_scan_text(), which check.py uses as the text of this page."""
import io
import math
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from data import (F_SCAN_HEAD, F_SCAN_TITLE, F_SCAN_INTRO, F_SCAN_HEADER, F_SCAN_NOTES, F_SIGN, F_SCAN_DATE,
                  f_scan_rows)

LB = "/usr/share/fonts/truetype/liberation/"
DPI = 200
W, H = 1654, 2339          # A4 at 200 dpi
INK = 24


def pt(x):
    return int(round(x / 72 * DPI))


def render(angle=0.9, seed=36):
    rnd = random.Random(seed)
    img = Image.new("L", (W, H), 250)
    d = ImageDraw.Draw(img)
    f_ser = ImageFont.truetype(LB + "LiberationSerif-Regular.ttf", pt(10.5))
    f_seri = ImageFont.truetype(LB + "LiberationSerif-Italic.ttf", pt(9.8))
    f_serb = ImageFont.truetype(LB + "LiberationSerif-Bold.ttf", pt(15))
    f_head = ImageFont.truetype(LB + "LiberationSerif-Bold.ttf", pt(13))
    f_nar = ImageFont.truetype(LB + "LiberationSansNarrow-Regular.ttf", pt(10.5))
    f_narb = ImageFont.truetype(LB + "LiberationSansNarrow-Bold.ttf", pt(10.5))
    f_narbi = ImageFont.truetype(LB + "LiberationSansNarrow-BoldItalic.ttf", pt(10.5))
    f_small = ImageFont.truetype(LB + "LiberationSans-Regular.ttf", pt(9))
    left, right = 200, 200
    width = W - left - right
    y = 190

    def wrap(text, font, w):
        lines, cur = [], ""
        for word in text.split():
            t = (cur + " " + word).strip()
            if font.getlength(t) <= w or not cur:
                cur = t
            else:
                lines.append(cur)
                cur = word
        if cur:
            lines.append(cur)
        return lines

    # letterhead: letter-spaced capitals centred over a double rule
    name = F_SCAN_HEAD[0]
    sp = pt(3.2)
    tw = sum(f_head.getlength(c) for c in name) + sp * (len(name) - 1)
    x = W / 2 - tw / 2
    for c in name:
        d.text((x, y), c, font=f_head, fill=INK)
        x += f_head.getlength(c) + sp
    y += pt(18)
    t = F_SCAN_HEAD[1]
    d.text((W / 2 - f_small.getlength(t) / 2, y), t, font=f_small, fill=INK)
    y += pt(15)
    d.line((left, y, W - right, y), fill=INK, width=3)
    d.line((left, y + 6, W - right, y + 6), fill=INK, width=1)
    y += pt(9)
    d.text((left, y), F_SCAN_HEAD[2], font=f_seri, fill=INK)
    y += pt(24)
    d.text((left, y), F_SCAN_TITLE, font=f_serb, fill=INK)
    y += pt(24)
    for ln in wrap(F_SCAN_INTRO, f_ser, width):
        d.text((left, y), ln, font=f_ser, fill=INK)
        y += pt(14)
    y += pt(12)

    # the table
    fr = [0.06, 0.30, 0.12, 0.16, 0.19, 0.17]
    xs = [left]
    for f in fr:
        xs.append(xs[-1] + int(width * f))
    aligns = ["L", "L", "R", "R", "R", "R"]
    y_head = y
    head_h = pt(30)
    rows = f_scan_rows()
    rh = pt(17)
    total_h = head_h + len(rows) * rh + pt(8)
    # column zebra: tint columns 3 and 5 (Beläggning, Personal per plats) from heading to foot
    for ci in (3, 5):
        d.rectangle((xs[ci] + 2, y_head, xs[ci + 1] - 2, y_head + total_h), fill=226)
    d.line((xs[0], y, xs[-1], y), fill=INK, width=5)
    # heading: two lines per cell
    for ci, htxt in enumerate(F_SCAN_HEADER):
        lines = wrap(htxt, f_narb, xs[ci + 1] - xs[ci] - pt(8))
        yy = y + pt(4) + (2 - len(lines)) * pt(12)
        for ln in lines:
            if aligns[ci] == "R":
                d.text((xs[ci + 1] - pt(5) - f_narb.getlength(ln), yy), ln, font=f_narb, fill=INK)
            else:
                d.text((xs[ci] + pt(4), yy), ln, font=f_narb, fill=INK)
            yy += pt(12)
    y += head_h
    d.line((xs[0], y, xs[-1], y), fill=INK, width=4)
    y += pt(3)
    for kind, cells in rows:
        if kind == "group":
            d.text((xs[0] + pt(4), y + pt(3)), cells[0], font=f_narbi, fill=INK)
            d.line((xs[0] + pt(4), y + rh - 3, xs[2], y + rh - 3), fill=90, width=1)
            y += rh
            continue
        font = f_nar if kind == "row" else f_narb
        if kind == "total":
            y += pt(3)
            d.rectangle((xs[0] + 2, y - 2, xs[-1] - 2, y + rh + 2), outline=INK, width=2)
            d.rectangle((xs[0] + 8, y + 4, xs[-1] - 8, y + rh - 4), outline=INK, width=1)
        for ci, c in enumerate(cells):
            if not c:
                continue
            if aligns[ci] == "R":
                d.text((xs[ci + 1] - pt(5) - font.getlength(c), y + pt(3)), c, font=font, fill=INK)
            else:
                d.text((xs[ci] + pt(4), y + pt(3)), c, font=font, fill=INK)
        if kind == "sub":
            d.line((xs[2], y, xs[-1], y), fill=INK, width=2)
        y += rh + (pt(3) if kind == "sub" else 0)
    y += pt(6)
    d.line((xs[0], y, xs[-1], y), fill=INK, width=4)
    y += pt(12)
    for note in F_SCAN_NOTES:
        d.text((left, y), note, font=f_seri, fill=INK)
        y += pt(14)
    y += pt(24)
    d.text((left, y), f"Wästerhed {F_SCAN_DATE.isoformat()}", font=f_ser, fill=INK)
    y += pt(30)
    # handwritten-looking signature above the printed name
    pts, px = [], left + 12
    for i in range(34):
        px += rnd.randint(5, 11)
        pts.append((px, y + int(16 * math.sin(i * 1.1)) + rnd.randint(-6, 6)))
    d.line(pts, fill=40, width=3)
    y += pt(20)
    d.line((left, y, left + width * 0.36, y), fill=100, width=2)
    d.text((left, y + pt(3)), F_SIGN[0], font=f_ser, fill=INK)
    d.text((left, y + pt(17)), F_SIGN[1], font=f_small, fill=INK)

    # a paper clip at the top edge (two nested wire loops)
    cx, cy = left + 120, 40
    for (w_, h_, off) in ((70, 250, 0), (46, 190, 12)):
        d.rounded_rectangle((cx + off, cy + off - 60, cx + off + w_, cy + off - 60 + h_), radius=w_ // 2,
                            outline=120, width=7)

    # the sheet lies askew on a larger glass: dark lid around it, rotated, then blur, grain and specks
    sheet = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=58, center=(W * 0.35, H * 0.7))
    canvas = Image.new("L", (W, H), 58)
    canvas.paste(sheet.crop((0, 0, W - 22, H)), (0, 14))
    img = canvas.filter(ImageFilter.GaussianBlur(0.6))
    px_ = img.load()
    for yy in range(H):
        for xx in range(W):
            v = px_[xx, yy] + int(rnd.gauss(0, 6))
            px_[xx, yy] = max(0, min(255, v))
    d = ImageDraw.Draw(img)
    for _ in range(260):
        x, yy = rnd.randrange(W), rnd.randrange(H)
        r = rnd.choice((1, 1, 2, 3))
        d.ellipse((x, yy, x + r, yy + r), fill=rnd.randint(50, 140))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=82)
    out.seek(0)
    return out


if __name__ == "__main__":
    b = render()
    open("/tmp/s36_scan_preview.jpg", "wb").write(b.read())
    print("preview written to /tmp/s36_scan_preview.jpg")
