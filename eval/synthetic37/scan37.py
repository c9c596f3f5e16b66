"""Render page 2 of the Sjölunda document (Bilaga 1, "Avgifter för hämtning av mat- och restavfall 2028") as a
SCANNED GREYSCALE IMAGE with PIL: the text at 200 dpi in DejaVu Serif (text) and DejaVu Sans Condensed (table) on an
A4 sheet. The letterhead is the municipality in bold at the left with the förvaltning under it and the bilaga
label in a THIN OUTLINED BOX at the right, over a single heavy rule. The table is a FULLY GRIDDED TABLE with a
GREY-SHADED HEADING ROW whose cells wrap over two lines, the three groups as CENTRED BOLD ROWS SPANNING THE WHOLE
WIDTH ON A LIGHT TINT, right-aligned numbers, and the "Årsavgift 2028" COLUMN IN BOLD. Two "Anm." notes, place and
date, a handwritten-looking signature over the printed name. Scanner look: TWO PUNCH HOLES at the left edge, a faint
COFFEE-CUP RING near the lower right, the sheet rotated −1.1° on a light-grey glass, a soft dark band at the
bottom (the lid not quite closed), blur, grain and specks; saved as a greyscale JPEG. Nothing is written to disk;
the JPEG is returned as a BytesIO.

Every string printed here comes from data.f_scan_rows() and the F_SCAN_* constants, in the order of
data.f_scan_text(), which check.py uses as the text of this page. The scanner part is modelled on
../synthetic36/scan36.py."""
import io
import math
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from data import F_SCAN_HEAD, F_SCAN_TITLE, F_SCAN_INTRO, F_SCAN_HEADER, F_SCAN_NOTES, F_SIGN, F_SCAN_DATE, f_scan_rows

DJ = "/usr/share/fonts/truetype/dejavu/"
DPI = 200
W, H = 1654, 2339
INK = 28


def pt(x):
    return int(round(x / 72 * DPI))


def render(angle=-1.1, seed=37):
    rnd = random.Random(seed)
    img = Image.new("L", (W, H), 247)
    d = ImageDraw.Draw(img)
    f_ser = ImageFont.truetype(DJ + "DejaVuSerif.ttf", pt(9.6))
    f_seri = ImageFont.truetype(DJ + "DejaVuSerif-Italic.ttf", pt(8.8))
    f_title = ImageFont.truetype(DJ + "DejaVuSerif-Bold.ttf", pt(13.5))
    f_head = ImageFont.truetype(DJ + "DejaVuSans-Bold.ttf", pt(12))
    f_small = ImageFont.truetype(DJ + "DejaVuSans.ttf", pt(8.5))
    f_c = ImageFont.truetype(DJ + "DejaVuSansCondensed.ttf", pt(9.4))
    f_cb = ImageFont.truetype(DJ + "DejaVuSansCondensed-Bold.ttf", pt(9.4))
    left, right = 190, 170
    width = W - left - right
    y = 180

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

    d.text((left, y), F_SCAN_HEAD[0], font=f_head, fill=INK)
    d.text((left, y + pt(16)), F_SCAN_HEAD[1], font=f_small, fill=INK)
    lab = F_SCAN_HEAD[2]
    lw = f_small.getlength(lab)
    d.rectangle((W - right - lw - pt(12), y, W - right, y + pt(16)), outline=INK, width=2)
    d.text((W - right - lw - pt(6), y + pt(3)), lab, font=f_small, fill=INK)
    y += pt(32)
    d.line((left, y, W - right, y), fill=INK, width=5)
    y += pt(18)
    d.text((left, y), F_SCAN_TITLE, font=f_title, fill=INK)
    y += pt(24)
    for ln in wrap(F_SCAN_INTRO, f_ser, width):
        d.text((left, y), ln, font=f_ser, fill=INK)
        y += pt(13.5)
    y += pt(12)

    fr = [0.055, 0.425, 0.125, 0.135, 0.135, 0.125]
    xs = [left]
    for f in fr:
        xs.append(xs[-1] + int(width * f))
    xs[-1] = W - right
    aligns = ["R", "L", "R", "R", "R", "R"]
    head_h = pt(30)
    rh = pt(18)
    y0 = y
    d.rectangle((xs[0], y, xs[-1], y + head_h), fill=214)
    for ci, htxt in enumerate(F_SCAN_HEADER):
        lines = wrap(htxt, f_cb, xs[ci + 1] - xs[ci] - pt(8))
        yy = y + pt(4) + (2 - len(lines)) * pt(11)
        for ln in lines:
            if aligns[ci] == "R":
                d.text((xs[ci + 1] - pt(4) - f_cb.getlength(ln), yy), ln, font=f_cb, fill=INK)
            else:
                d.text((xs[ci] + pt(4), yy), ln, font=f_cb, fill=INK)
            yy += pt(11)
    y += head_h
    d.line((xs[0], y, xs[-1], y), fill=INK, width=3)
    row_ys = []
    for kind, cells in f_scan_rows():
        if kind == "group":
            d.rectangle((xs[0], y, xs[-1], y + rh), fill=236)
            t = cells[0]
            d.text(((xs[0] + xs[-1]) / 2 - f_cb.getlength(t) / 2, y + pt(3.5)), t, font=f_cb, fill=INK)
            y += rh
            d.line((xs[0], y, xs[-1], y), fill=INK, width=1)
            continue
        for ci, c in enumerate(cells):
            font = f_cb if ci == 4 else f_c
            if aligns[ci] == "R":
                d.text((xs[ci + 1] - pt(4) - font.getlength(c), y + pt(3.5)), c, font=font, fill=INK)
            else:
                d.text((xs[ci] + pt(4), y + pt(3.5)), c, font=font, fill=INK)
        row_ys.append(y)
        y += rh
        d.line((xs[0], y, xs[-1], y), fill=INK, width=1)
    # vertical grid lines (not through the group rows, which span the width)
    d.rectangle((xs[0], y0, xs[-1], y), outline=INK, width=3)
    for x in xs[1:-1]:
        d.line((x, y0, x, y0 + head_h), fill=INK, width=1)
        for ry in row_ys:
            d.line((x, ry, x, ry + rh), fill=INK, width=1)
    y += pt(14)
    for note in F_SCAN_NOTES:
        d.text((left, y), note, font=f_seri, fill=INK)
        y += pt(13)
    y += pt(22)
    d.text((left, y), f"Sjölunda {F_SCAN_DATE.isoformat()}", font=f_ser, fill=INK)
    y += pt(28)
    pts, px = [], left + 20
    for i in range(30):
        px += rnd.randint(6, 12)
        pts.append((px, y + int(14 * math.sin(i * 0.9)) + rnd.randint(-7, 7)))
    d.line(pts, fill=45, width=3)
    y += pt(20)
    d.line((left, y, left + width * 0.34, y), fill=100, width=2)
    d.text((left, y + pt(3)), F_SIGN[0], font=f_ser, fill=INK)
    d.text((left, y + pt(16)), F_SIGN[1], font=f_small, fill=INK)

    # punch holes and a faint coffee ring
    for hy in (H * 0.36, H * 0.64):
        d.ellipse((52, hy - 34, 120, hy + 34), fill=70)
    cx, cy, r = W - 420, H - 520, 150
    for k in range(7):
        d.ellipse((cx - r - k, cy - r - k, cx + r + k, cy + r + k), outline=236 - k, width=2)

    sheet = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=200, center=(W * 0.5, H * 0.5))
    img = sheet.filter(ImageFilter.GaussianBlur(0.65))
    px_ = img.load()
    for yy in range(H):
        dark = max(0, (yy - (H - 90)) * 1.6)
        for xx in range(W):
            v = px_[xx, yy] + int(rnd.gauss(0, 6)) - int(dark)
            px_[xx, yy] = max(0, min(255, v))
    d = ImageDraw.Draw(img)
    for _ in range(240):
        x, yy = rnd.randrange(W), rnd.randrange(H)
        r = rnd.choice((1, 1, 2, 3))
        d.ellipse((x, yy, x + r, yy + r), fill=rnd.randint(50, 150))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=80)
    out.seek(0)
    return out


if __name__ == "__main__":
    open("/tmp/s37_scan_preview.jpg", "wb").write(render().read())
    print("preview written to /tmp/s37_scan_preview.jpg")
