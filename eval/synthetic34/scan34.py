"""Render page 2 of the Mossberga document (Bilaga 1, "Nyckeltal per kvartal 2026") as a SCANNED COLOUR IMAGE with
PIL: the text at 200 dpi in Liberation Sans / Serif on a slightly yellowish A4 sheet, a letterhead, a table with a
TWO-LEVEL HEADING ("2026" over Kv 1 … Kv 4, "Mål" over 2026), VERTICAL RULES ONLY between the columns (no rules
between the rows, a heavy rule under the heading and at the foot), the three groups as BOLD ROWS ON A GREY BAND, two
"Anm." notes, place and date and a handwritten-looking signature. On top of the printout: a YELLOW STICKY NOTE with
pencil scribbles in the top right margin (no digits), the sheet rotated 0.6°, a DARK BAND along the lower edge where
the sheet did not cover the scanner glass, a slight blur, paper grain and specks. Nothing is written to disk; the
JPEG is returned as a BytesIO. The scanner part (rotation, blur, noise, specks) is modelled on ../synthetic32/scan32.py.

Every string printed here comes from data.f_scan_rows() and the F_SCAN_* constants, in the order of
data.f_scan_text(), which check.py uses as the text of this page."""
import io
import math
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from data import (F_SCAN_HEAD, F_SCAN_TITLE, F_SCAN_INTRO, F_SCAN_NOTES, F_SCAN_SIGN, F_SCAN_DATE, f_scan_rows)

LB = "/usr/share/fonts/truetype/liberation/"
DPI = 200
W, H = 1654, 2339          # A4 at 200 dpi
INK = (28, 30, 40)


def pt(x):
    return int(round(x / 72 * DPI))


def render(angle=0.6, seed=34):
    rnd = random.Random(seed)
    img = Image.new("RGB", (W, H), (252, 250, 241))
    d = ImageDraw.Draw(img)
    f_sans = ImageFont.truetype(LB + "LiberationSans-Regular.ttf", pt(10))
    f_sansb = ImageFont.truetype(LB + "LiberationSans-Bold.ttf", pt(10))
    f_big = ImageFont.truetype(LB + "LiberationSans-Bold.ttf", pt(15))
    f_head = ImageFont.truetype(LB + "LiberationSans-Bold.ttf", pt(12.5))
    f_small = ImageFont.truetype(LB + "LiberationSans-Regular.ttf", pt(9))
    f_ser = ImageFont.truetype(LB + "LiberationSerif-Regular.ttf", pt(10.5))
    f_seri = ImageFont.truetype(LB + "LiberationSerif-Italic.ttf", pt(9.6))
    left, right = 205, 190
    width = W - left - right
    y = 175

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

    # letterhead: a small drawn mark (three stacked squares) beside the sender lines, the bilaga label at the right
    for k in range(3):
        d.rectangle((left + k * 16, y + 6 + k * 10, left + k * 16 + 22, y + 28 + k * 10), outline=INK, width=3)
    d.text((left + 80, y), F_SCAN_HEAD[0], font=f_head, fill=INK)
    d.text((left + 80, y + pt(15)), F_SCAN_HEAD[1], font=f_sans, fill=INK)
    lab = F_SCAN_HEAD[2]
    d.text((W - right - f_small.getlength(lab), y + pt(4)), lab, font=f_small, fill=INK)
    y += pt(34)
    d.line((left, y, W - right, y), fill=INK, width=3)
    y += pt(16)
    d.text((left, y), F_SCAN_TITLE, font=f_big, fill=INK)
    y += pt(24)
    for ln in wrap(F_SCAN_INTRO, f_ser, width):
        d.text((left, y), ln, font=f_ser, fill=INK)
        y += pt(14)
    y += pt(10)

    # the table
    fr = [0.46, 0.105, 0.105, 0.105, 0.105, 0.12]
    xs = [left]
    for f in fr:
        xs.append(xs[-1] + int(width * f))
    y0 = y
    d.line((xs[0], y, xs[-1], y), fill=INK, width=4)
    y += pt(4)
    # upper heading row: "Nyckeltal" (set low, over both rows), "2026" over the four quarters, "Mål"
    d.text((xs[0] + pt(4), y + pt(8)), "Nyckeltal", font=f_sansb, fill=INK)
    t = "2026"
    d.text(((xs[1] + xs[5]) / 2 - f_sansb.getlength(t) / 2, y), t, font=f_sansb, fill=INK)
    d.line((xs[1] + pt(6), y + pt(13), xs[5] - pt(6), y + pt(13)), fill=INK, width=2)
    t = "Mål"
    d.text(((xs[5] + xs[6]) / 2 - f_sansb.getlength(t) / 2, y), t, font=f_sansb, fill=INK)
    y += pt(15)
    for ci, t in enumerate(["Kv 1", "Kv 2", "Kv 3", "Kv 4", "2026"], start=1):
        d.text((xs[ci + 1] - pt(5) - f_sansb.getlength(t), y), t, font=f_sansb, fill=INK)
    y += pt(15)
    d.line((xs[0], y, xs[-1], y), fill=INK, width=4)
    yh = y
    rh = pt(16.5)
    for gr, cells in f_scan_rows():
        if cells is None:
            d.rectangle((xs[0] + 2, y + 3, xs[-1] - 2, y + rh - 2), fill=(222, 222, 218))
            d.text((xs[0] + pt(4), y + pt(3)), gr, font=f_sansb, fill=INK)
            y += rh
            continue
        lines = wrap(cells[0], f_sans, xs[1] - xs[0] - pt(10))
        for li, ln in enumerate(lines):
            d.text((xs[0] + pt(10), y + pt(3) + li * pt(12)), ln, font=f_sans, fill=INK)
        for ci, c in enumerate(cells[1:], start=1):
            d.text((xs[ci + 1] - pt(5) - f_sans.getlength(c), y + pt(3)), c, font=f_sans, fill=INK)
        y += rh + (len(lines) - 1) * pt(12)
    d.line((xs[0], y, xs[-1], y), fill=INK, width=4)
    for x in xs[1:-1]:
        d.line((x, yh, x, y), fill=INK, width=2)
    d.line((xs[5], y0 + pt(4), xs[5], yh), fill=INK, width=2)
    y += pt(10)
    for note in F_SCAN_NOTES:
        d.text((left, y), note, font=f_seri, fill=INK)
        y += pt(13)
    y += pt(22)
    d.text((left, y), f"Mossberga {F_SCAN_DATE.isoformat()}", font=f_ser, fill=INK)
    y += pt(26)
    # a handwritten-looking signature in blue ink above the printed name
    pts, px = [], left + 10
    for i in range(30):
        px += rnd.randint(6, 12)
        pts.append((px, y + pt(6) + int(14 * math.sin(i * 1.3)) + rnd.randint(-5, 5)))
    d.line(pts, fill=(30, 50, 140), width=3)
    y += pt(22)
    d.line((left, y, left + width * 0.38, y), fill=(90, 90, 90), width=2)
    d.text((left, y + pt(3)), F_SCAN_SIGN[0], font=f_sans, fill=INK)
    d.text((left, y + pt(16)), F_SCAN_SIGN[1], font=f_small, fill=INK)

    # a yellow sticky note in the top right margin with pencil scribbles (no digits, no words)
    note = Image.new("RGBA", (pt(88), pt(58)), (250, 232, 110, 255))
    nd = ImageDraw.Draw(note)
    nd.rectangle((0, 0, note.width - 1, pt(9)), fill=(240, 218, 90, 255))
    for row in range(3):
        pts, px = [], pt(8)
        yy = pt(20) + row * pt(13)
        while px < note.width - pt(12 + 14 * (row == 2)):
            px += rnd.randint(5, 9)
            pts.append((px, yy + rnd.randint(-4, 4)))
        nd.line(pts, fill=(90, 90, 100, 255), width=2)
    note = note.rotate(-4, expand=True, resample=Image.BICUBIC)
    img.paste(note, (W - pt(82), pt(2)), note)

    # scanner look: rotation, slight blur, noise and specks, a dark band at the lower edge
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(252, 250, 241))
    img = img.filter(ImageFilter.GaussianBlur(0.55))
    px = img.load()
    for yy in range(H):
        for xx in range(W):
            r, g_, b = px[xx, yy]
            n = rnd.gauss(0, 5)
            px[xx, yy] = (max(0, min(255, int(r + n))), max(0, min(255, int(g_ + n))),
                          max(0, min(255, int(b + n * 1.1))))
    d = ImageDraw.Draw(img)
    for _ in range(240):
        x, yy = rnd.randrange(W), rnd.randrange(H)
        r = rnd.choice((1, 1, 2))
        v = rnd.randint(60, 150)
        d.ellipse((x, yy, x + r, yy + r), fill=(v, v, v))
    band = 26
    for k in range(band):
        v = int(180 - k * 6)
        d.line((0, H - band + k, W, H - band + k), fill=(v, v, v + 4))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=84)
    out.seek(0)
    return out


if __name__ == "__main__":
    b = render()
    open("/tmp/s34_scan_preview.jpg", "wb").write(b.read())
    print("preview written to /tmp/s34_scan_preview.jpg")
