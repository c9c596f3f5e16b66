"""Render page 2 of the Mälbacka document (Bilaga 1, the indicator table of the waste plan) as a SCANNED GREYSCALE
IMAGE with PIL at 200 dpi, in DejaVu Sans / Sans Condensed (table, label) and DejaVu Serif (intro, notes) on an A4
sheet. The printed sheet was stamped in at the registry: a white REGISTRY LABEL WITH A BARCODE is stuck at the top
right (the municipality, "Inkom <date>", the Dnr, a drawn Code-128-like bar pattern and its number under it). The
page has a bold title and subtitle, an intro, the table as a FULLY RULED GRID (Nr / Indikator / Enhet / Riktning /
Basår 2020 / 2024 / 2025 / 2026 / Mål 2030) with the heading on a grey band between a heavy and a thin rule, the
three goals as BOLD GOAL LINES SPANNING THE GRID WITH NO INNER RULES, and three notes in italics. A reader has
written on it in ballpoint: "kolla 2.2!" with an ARROW to that row and a WAVY UNDERLINE under the 2026 value of 2.3.
Scanner look: a DARK LID EDGE fading in from the top, the sheet rotated −0.8°, slight blur, grain and specks; saved
as a greyscale JPEG and returned as a BytesIO (nothing is written to disk).

Every string printed here comes from data.py, in the order of data.f_scan_text(), which check.py uses as the text
of this page. The skeleton (wrap helper, rotate/noise/blur/specks sequence) is modelled on ../synthetic40/scan40.py."""
import io
import math
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from data import (F_SCAN_LABEL, F_SCAN_BARCODE, F_SCAN_TITLE, F_SCAN_SUB, F_SCAN_INTRO, F_SCAN_HEAD, F_SCAN_NOTES,
                  F_SCAN_PEN, f_scan_rows)

DJ = "/usr/share/fonts/truetype/dejavu/"
DPI = 200
W, H = 1654, 2339
INK = 28


def pt(x):
    return int(round(x / 72 * DPI))


def render(angle=-0.8, seed=42):
    rnd = random.Random(seed)
    img = Image.new("L", (W, H), 247)
    d = ImageDraw.Draw(img)
    f_lab = ImageFont.truetype(DJ + "DejaVuSans.ttf", pt(7.5))
    f_labb = ImageFont.truetype(DJ + "DejaVuSans-Bold.ttf", pt(7.5))
    f_title = ImageFont.truetype(DJ + "DejaVuSans-Bold.ttf", pt(14))
    f_sub = ImageFont.truetype(DJ + "DejaVuSans.ttf", pt(10.5))
    f_txt = ImageFont.truetype(DJ + "DejaVuSerif.ttf", pt(9.6))
    f_c = ImageFont.truetype(DJ + "DejaVuSansCondensed.ttf", pt(8.8))
    f_cb = ImageFont.truetype(DJ + "DejaVuSansCondensed-Bold.ttf", pt(8.8))
    f_ital = ImageFont.truetype(DJ + "DejaVuSerif-Italic.ttf", pt(8.4))
    f_pen = ImageFont.truetype(DJ + "DejaVuSans-Oblique.ttf", pt(11))
    left, right = 175, 150
    width = W - left - right

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

    # registry label with a barcode, top right
    lx0, ly0, lw, lh = W - right - 470, 95, 470, 230
    d.rectangle((lx0, ly0, lx0 + lw, ly0 + lh), fill=255, outline=120, width=2)
    yy = ly0 + 14
    d.text((lx0 + 18, yy), F_SCAN_LABEL[0], font=f_labb, fill=INK)
    yy += pt(10)
    for s in F_SCAN_LABEL[1:]:
        d.text((lx0 + 18, yy), s, font=f_lab, fill=INK)
        yy += pt(9.5)
    bx = lx0 + 18
    by = yy + 6
    code = F_SCAN_BARCODE
    bits = []
    for ch in code:
        v = ord(ch)
        bits += [1 + (v >> k) % 3 for k in (0, 2, 4)]
    x = bx
    for k, wbar in enumerate([2, 1, 2] + bits + [2, 3, 1, 2]):
        if x > lx0 + lw - 20:
            break
        if k % 2 == 0:
            d.rectangle((x, by, x + wbar * 3 - 1, by + 52), fill=15)
        x += wbar * 3
    d.text((bx, by + 58), code, font=f_lab, fill=INK)

    y = 380
    d.text((left, y), F_SCAN_TITLE, font=f_title, fill=INK)
    y += pt(21)
    d.text((left, y), F_SCAN_SUB, font=f_sub, fill=60)
    y += pt(22)
    for ln in wrap(F_SCAN_INTRO, f_txt, width):
        d.text((left, y), ln, font=f_txt, fill=INK)
        y += pt(14)
    y += pt(14)

    # the grid
    fr = [0.05, 0.37, 0.075, 0.095, 0.085, 0.075, 0.075, 0.075, 0.10]
    tw = width - 150          # the table leaves room in the right margin for the ballpoint note
    xs = [left]
    for f in fr:
        xs.append(xs[-1] + int(tw * f))
    xs[-1] = left + tw
    pad = pt(3.5)
    rh = pt(17)

    def put(ci, text, yy, font):
        if ci in (0, 1, 2, 3):
            d.text((xs[ci] + pad, yy), text, font=font, fill=INK)
        else:
            d.text((xs[ci + 1] - pad - font.getlength(text), yy), text, font=font, fill=INK)

    top = y
    # heading on a grey band, wrapped into two lines where needed
    head_h = pt(26)
    d.rectangle((xs[0], y, xs[-1], y + head_h), fill=218)
    for ci, h in enumerate(F_SCAN_HEAD):
        parts = h.split(" ") if (len(h) > 6 and ci >= 4) else [h]
        for k, part in enumerate(parts):
            put(ci, part, y + pt(3) + k * pt(10), f_cb)
    d.line((xs[0], y, xs[-1], y), fill=INK, width=5)
    y += head_h
    d.line((xs[0], y, xs[-1], y), fill=INK, width=2)
    row_y = {}
    goal_lines = []
    for kind, cells in f_scan_rows():
        if kind == "goal":
            d.text((xs[0] + pad, y + pt(3)), cells[0], font=f_cb, fill=INK)
            goal_lines.append((y, y + rh))
            y += rh
            d.line((xs[0], y, xs[-1], y), fill=90, width=1)
            continue
        for ci, c in enumerate(cells):
            put(ci, c, y + pt(3.2), f_c)
        row_y[cells[0]] = (y, cells)
        y += rh
        d.line((xs[0], y, xs[-1], y), fill=90, width=1)
    bottom = y
    d.line((xs[0], bottom, xs[-1], bottom), fill=INK, width=4)
    # vertical rules, interrupted by the goal lines
    for x in xs:
        segs = [(top + head_h if x not in (xs[0], xs[-1]) else top, bottom)]
        for a, b in goal_lines:
            if x in (xs[0], xs[-1]):
                continue
            new = []
            for s0, s1 in segs:
                if b <= s0 or a >= s1:
                    new.append((s0, s1))
                else:
                    if a > s0:
                        new.append((s0, a))
                    if b < s1:
                        new.append((b, s1))
            segs = new
        for s0, s1 in segs:
            d.line((x, s0, x, s1), fill=INK if x in (xs[0], xs[-1]) else 110, width=2 if x in (xs[0], xs[-1]) else 1)
    for x in xs[1:-1]:
        d.line((x, top + 4, x, top + head_h), fill=150, width=1)
    y = bottom + pt(14)
    for note in F_SCAN_NOTES:
        for ln in wrap(note, f_ital, width):
            d.text((left, y), ln, font=f_ital, fill=INK)
            y += pt(12.5)

    # ballpoint: a note with an arrow to row 2.2, a wavy underline under the 2026 value of 2.3
    pen = 70
    y22, _ = row_y["2.2"]
    note_img = Image.new("L", (int(f_pen.getlength(F_SCAN_PEN)) + 24, pt(18)), 0)
    ImageDraw.Draw(note_img).text((10, 2), F_SCAN_PEN, font=f_pen, fill=255)
    note_img = note_img.rotate(7, expand=True, resample=Image.BICUBIC)
    nx = xs[-1] + 12
    ny = y22 - pt(24)
    img.paste(Image.new("L", note_img.size, pen), (int(nx), int(ny)), note_img)
    ax0, ay0 = nx + 30, ny + note_img.size[1] - 4
    ax1, ay1 = xs[-1] + 6, y22 + pt(8)
    d.line((ax0, ay0, ax1, ay1), fill=pen, width=3)
    ang = math.atan2(ay0 - ay1, ax0 - ax1)
    for da in (0.45, -0.45):
        d.line((ax1, ay1, ax1 + 20 * math.cos(ang + da), ay1 + 20 * math.sin(ang + da)), fill=pen, width=3)
    y23, cells23 = row_y["2.3"]
    val = cells23[7]
    ux1 = xs[8] - pad
    ux0 = ux1 - f_c.getlength(val) - 6
    uy = y23 + pt(14.5)
    pts = [(ux0 + k * 4, uy + 3 * math.sin(k * 1.3)) for k in range(int((ux1 - ux0) / 4) + 2)]
    d.line(pts, fill=pen, width=3)

    # scanner: rotate, lid edge at the top, grain, blur, specks
    sheet = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=55, center=(W * 0.5, H * 0.5))
    px_ = sheet.load()
    for yy in range(H):
        lid = max(0.0, 60 - yy) * 2.4 if yy < 60 else 0.0
        for xx in range(W):
            v = px_[xx, yy] - 4 - lid + rnd.gauss(0, 5.5)
            px_[xx, yy] = max(0, min(255, int(v)))
    img = sheet.filter(ImageFilter.GaussianBlur(0.65))
    d = ImageDraw.Draw(img)
    for _ in range(240):
        x, yy = rnd.randrange(W), rnd.randrange(H)
        r = rnd.choice((1, 1, 2, 2, 3))
        d.ellipse((x, yy, x + r, yy + r), fill=rnd.randint(40, 150))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=80)
    out.seek(0)
    return out


if __name__ == "__main__":
    b = render()
    open("/tmp/s42/scan_preview.jpg", "wb").write(b.read())
    print("preview written to /tmp/s42/scan_preview.jpg")
