"""Render page 2 of the Celsinge document (Bilaga 1, "Avgifter enligt VA-taxa 2027") as a SCANNED IMAGE with PIL:
the text at 200 dpi in Liberation Sans on a slightly BLUISH-WHITE A4 sheet, a letterhead with a drawn water-drop
mark, an intro, a FULLY GRIDDED fee table (every row and column ruled) with a STACKED HEADING ("Avgift 2027, kr" over
exkl. moms / inkl. moms), the three fee groups as BOLD ROWS ON A LIGHT GREY BAND spanning the table, fee names that
wrap, two "Anm." notes, place and date and a handwritten-looking signature over the printed name. On top of the
printout: a ROUND PURPLE RUBBER STAMP ("CELSINGE KOMMUN / INKOM / date / Kommunstyrelsen") set at an angle over the
upper right margin, three PENCIL TICK MARKS in the right margin beside three fee rows, and TWO HORIZONTAL FOLD
CREASES where the sheet was folded in three for an envelope (a thin dark line with a soft shadow band). Scanner
look: the sheet rotated −0.7°, a slight blur, grain and specks. Nothing is written to disk; the JPEG is returned as a
BytesIO. The scanner part (rotation, blur, noise, specks) is modelled on ../synthetic34/scan34.py.

Every printed string comes from data.py (f_scan_rows() and the F_SCAN_* constants) in the order of data.f_scan_text(),
which check.py uses as the text of this page; the stamp text is added at the end of that text."""
import io
import math
import random

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

from data import (F_SCAN_HEAD, F_SCAN_TITLE, F_SCAN_INTRO, F_SCAN_NOTES, F_SCAN_SIGN, F_DECIDED_TN, F_STAMP,
                  f_scan_rows)

LB = "/usr/share/fonts/truetype/liberation/"
DPI = 200
W, H = 1654, 2339          # A4 at 200 dpi
INK = (30, 32, 38)
PAPER = (244, 247, 251)


def pt(x):
    return int(round(x / 72 * DPI))


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


def stamp_text():
    return ["CELSINGE KOMMUN", "INKOM", F_STAMP.isoformat(), "Kommunstyrelsen"]


def render(angle=-0.7, seed=35):
    rnd = random.Random(seed)
    img = Image.new("RGB", (W, H), PAPER)
    d = ImageDraw.Draw(img)
    f_sans = ImageFont.truetype(LB + "LiberationSans-Regular.ttf", pt(9.6))
    f_sansb = ImageFont.truetype(LB + "LiberationSans-Bold.ttf", pt(9.6))
    f_big = ImageFont.truetype(LB + "LiberationSans-Bold.ttf", pt(15))
    f_head = ImageFont.truetype(LB + "LiberationSans-Bold.ttf", pt(13))
    f_small = ImageFont.truetype(LB + "LiberationSans-Regular.ttf", pt(9))
    f_note = ImageFont.truetype(LB + "LiberationSans-Italic.ttf", pt(8.8))
    left, right = 190, 190
    width = W - left - right
    y = 170

    # letterhead: a drawn water drop beside the sender, the bilaga label at the right
    cx, cy = left + 22, y + 34
    d.polygon([(cx, cy - 34), (cx - 20, cy + 2), (cx + 20, cy + 2)], fill=INK)
    d.ellipse((cx - 21, cy - 16, cx + 21, cy + 26), fill=INK)
    d.ellipse((cx - 8, cy - 2, cx + 1, cy + 14), fill=PAPER)
    d.text((left + 62, y + 4), F_SCAN_HEAD[0], font=f_head, fill=INK)
    d.text((left + 62, y + 4 + pt(16)), F_SCAN_HEAD[1], font=f_sans, fill=INK)
    lab = F_SCAN_HEAD[2]
    d.text((W - right - f_sansb.getlength(lab), y + 8), lab, font=f_sansb, fill=INK)
    y += pt(36)
    d.line((left, y, W - right, y), fill=INK, width=2)
    y += pt(18)
    d.text((left, y), F_SCAN_TITLE, font=f_big, fill=INK)
    y += pt(24)
    for ln in wrap(F_SCAN_INTRO, f_sans, width):
        d.text((left, y), ln, font=f_sans, fill=INK)
        y += pt(13.5)
    y += pt(12)

    # the fully gridded table
    fr = [0.35, 0.22, 0.14, 0.14, 0.15]
    xs = [left]
    for f in fr:
        xs.append(xs[-1] + int(width * f))
    xs[-1] = W - right
    pad = pt(4)
    lh = pt(12)
    y0 = y
    hrows = []
    # heading: upper row with "Avgift 2027, kr" over columns 2-3; the other cells span both rows
    h_up, h_lo = pt(15), pt(28)
    d.rectangle((xs[0], y, xs[-1], y + h_up + h_lo), fill=(226, 229, 234))
    t = "Avgift 2027, kr"
    d.text(((xs[2] + xs[4]) / 2 - f_sansb.getlength(t) / 2, y + pt(3)), t, font=f_sansb, fill=INK)
    d.line((xs[2], y + h_up, xs[4], y + h_up), fill=INK, width=2)
    for ci, t in ((0, "Avgiftskomponent"), (1, "Enhet")):
        d.text((xs[ci] + pad, y + pt(14)), t, font=f_sansb, fill=INK)
    for ci, t in ((2, "exkl. moms"), (3, "inkl. moms")):
        d.text((xs[ci + 1] - pad - f_sansb.getlength(t), y + h_up + pt(6)), t, font=f_sansb, fill=INK)
    for k, t in enumerate(("Förändring", "mot 2026, %")):
        d.text((xs[5] - pad - f_sansb.getlength(t), y + pt(6) + k * pt(12)), t, font=f_sansb, fill=INK)
    y += h_up + h_lo
    hrows.append(y)
    ticks = []
    for gr, cells in f_scan_rows():
        if cells is None:
            rh = pt(17)
            d.rectangle((xs[0], y, xs[-1], y + rh), fill=(214, 216, 220))
            d.text((xs[0] + pad, y + pt(3.5)), gr, font=f_sansb, fill=INK)
            y += rh
            hrows.append(y)
            continue
        lab_lines = wrap(cells[0], f_sans, xs[1] - xs[0] - 2 * pad)
        unit_lines = wrap(cells[1], f_sans, xs[2] - xs[1] - 2 * pad)
        n = max(len(lab_lines), len(unit_lines))
        rh = pt(6) + n * lh
        for li, ln in enumerate(lab_lines):
            d.text((xs[0] + pad, y + pt(3) + li * lh), ln, font=f_sans, fill=INK)
        for li, ln in enumerate(unit_lines):
            d.text((xs[1] + pad, y + pt(3) + li * lh), ln, font=f_sans, fill=INK)
        for ci, c in enumerate(cells[2:], start=2):
            d.text((xs[ci + 1] - pad - f_sans.getlength(c), y + pt(3)), c, font=f_sans, fill=INK)
        if cells[0] in ("Förbrukningsavgift", "Dagvattenavgift, gata", "Dagvattenavgift, fastighet"):
            ticks.append(y + rh / 2)
        y += rh
        hrows.append(y)
    for yy in hrows:
        d.line((xs[0], yy, xs[-1], yy), fill=INK, width=2)
    d.rectangle((xs[0], y0, xs[-1], y), outline=INK, width=3)
    # vertical rules: through the heading (the one between exkl. and inkl. only under the spanning cell) and through
    # every fee row, but not through the grey group bands
    for x in xs[1:-1]:
        d.line((x, y0 + (h_up if x == xs[3] else 0), x, hrows[0]), fill=INK, width=2)
        yy = hrows[0]
        for (gr, cells), nxt in zip(f_scan_rows(), hrows[1:]):
            if cells is not None:
                d.line((x, yy, x, nxt), fill=INK, width=2)
            yy = nxt
    y += pt(12)
    for note in F_SCAN_NOTES:
        d.text((left, y), note, font=f_note, fill=INK)
        y += pt(13)
    y += pt(22)
    d.text((left, y), f"Celsinge {F_DECIDED_TN.isoformat()}", font=f_sans, fill=INK)
    y += pt(24)
    # a handwritten-looking signature in dark blue-black ink above the printed name
    pts, px = [], left + 12
    for i in range(34):
        px += rnd.randint(6, 11)
        pts.append((px, y + pt(7) + int(16 * math.sin(i * 1.1)) + rnd.randint(-5, 5)))
    d.line(pts, fill=(25, 35, 90), width=3)
    y += pt(24)
    d.line((left, y, left + width * 0.36, y), fill=(90, 90, 90), width=2)
    d.text((left, y + pt(3)), F_SCAN_SIGN[0], font=f_sans, fill=INK)
    d.text((left, y + pt(16)), F_SCAN_SIGN[1], font=f_small, fill=INK)

    # pencil ticks in the right margin
    for ty in ticks:
        x = W - right + 40
        d.line((x, ty, x + 12, ty + 12), fill=(105, 105, 110), width=3)
        d.line((x + 12, ty + 12, x + 34, ty - 16), fill=(105, 105, 110), width=3)

    # round purple rubber stamp, slightly rotated, in the upper right margin
    S = pt(104)
    st = Image.new("RGBA", (S, S), (0, 0, 0, 0))
    sd = ImageDraw.Draw(st)
    purple = (112, 48, 150, 200)
    sd.ellipse((4, 4, S - 4, S - 4), outline=purple, width=6)
    sd.ellipse((22, 22, S - 22, S - 22), outline=purple, width=3)
    fs = ImageFont.truetype(LB + "LiberationSans-Bold.ttf", pt(8.2))
    fb = ImageFont.truetype(LB + "LiberationSans-Bold.ttf", pt(12))
    lines = stamp_text()
    for k, (t, f) in enumerate(((lines[0], fs), (lines[1], fb), (lines[2], fb), (lines[3], fs))):
        yy = [S * 0.27, S * 0.40, S * 0.52, S * 0.66][k]
        sd.text((S / 2 - f.getlength(t) / 2, yy), t, font=f, fill=purple)
    # uneven ink: knock out random specks of the stamp
    px_ = st.load()
    for _ in range(2600):
        x, yy = rnd.randrange(S), rnd.randrange(S)
        if px_[x, yy][3] > 0:
            px_[x, yy] = (0, 0, 0, 0)
    st = st.rotate(14, expand=True, resample=Image.BICUBIC)
    img.paste(st, (W - right - st.width - pt(48), pt(2)), st)

    # fold creases: two horizontal lines at a third and two thirds of the sheet with a soft shadow band, multiplied
    # onto the page so that the print under them stays readable
    shade = Image.new("L", (W, H), 255)
    sd2 = ImageDraw.Draw(shade)
    for fy in (H // 3, 2 * H // 3):
        for k in range(-16, 17):
            v = int(16 * math.exp(-(k / 6) ** 2))
            sd2.line((0, fy + k, W, fy + k + 3), fill=255 - v)
        sd2.line((0, fy, W, fy + 3), fill=205, width=2)
    img = ImageChops.multiply(img, Image.merge("RGB", (shade, shade, shade)))

    # scanner look: rotation, slight blur, noise and specks
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=PAPER)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    px = img.load()
    for yy in range(H):
        for xx in range(W):
            r, g_, b = px[xx, yy]
            n = rnd.gauss(0, 4.5)
            px[xx, yy] = (max(0, min(255, int(r + n))), max(0, min(255, int(g_ + n))),
                          max(0, min(255, int(b + n))))
    d = ImageDraw.Draw(img)
    for _ in range(200):
        x, yy = rnd.randrange(W), rnd.randrange(H)
        r = rnd.choice((1, 1, 2))
        v = rnd.randint(70, 150)
        d.ellipse((x, yy, x + r, yy + r), fill=(v, v, v))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=85)
    out.seek(0)
    return out


if __name__ == "__main__":
    b = render()
    open("/tmp/s35_scan_preview.jpg", "wb").write(b.read())
    print("preview written to /tmp/s35_scan_preview.jpg")
