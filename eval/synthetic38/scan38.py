"""Render page 2 of the Marvinge document (Bilaga 1, "Förslag till fördelning av föreningsbidrag 2027") as a SCANNED
GREYSCALE IMAGE with PIL, at 200 dpi, in DejaVu Sans (letterhead, notes) and DejaVu Sans Condensed (table) on a
white A4 sheet. The letterhead is the municipality in bold at the left with the förvaltning under it and the
bilaga label at the right, over a single heavy rule. The table has a heading row UNDERLINED TWICE, the three grant
forms as INVERTED GROUP BANDS (white text on a dark grey band), thin dotted rules between the rows, a
"Summa <form>" row in bold after each group and a "Totalt" row in a FRAMED BOX. Two "Anm." notes, place and date
and a handwritten-looking signature over the printed name. On top of it: TWO PUNCHED HOLES at the left edge
(dark discs where the lid shows through), and a RECTANGULAR RUBBER STAMP "JUSTERAT / KFN 2027-03-24" printed
slightly rotated over the lower right part, with initials scribbled inside it. Scanner look: the sheet is rotated
−0.7°, the copy has a faint grey cast, a darker band along the bottom edge, slight blur, grain and specks; saved as
a greyscale JPEG. Nothing is written to disk; the JPEG is returned as a BytesIO.

Every string printed here comes from data.f_scan_rows() and the F_SCAN_* constants, in the order of
data.f_scan_text(), which check.py uses as the text of this page. The skeleton (the wrap helper, the signature
scribble, the rotate/blur/grain/specks sequence) is modelled on ../synthetic36/scan36.py."""
import io
import math
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from data import (F_SCAN_HEAD, F_SCAN_LABEL, F_SCAN_TITLE, F_SCAN_INTRO, F_SCAN_HEADER, F_SCAN_NOTES,
                  F_SCAN_STAMP, F_SIGN, F_SCAN_DATE, f_scan_rows)

DJ = "/usr/share/fonts/truetype/dejavu/"
DPI = 200
W, H = 1654, 2339
INK = 28


def pt(x):
    return int(round(x / 72 * DPI))


def render(angle=-0.7, seed=38):
    rnd = random.Random(seed)
    img = Image.new("L", (W, H), 247)
    d = ImageDraw.Draw(img)
    f_txt = ImageFont.truetype(DJ + "DejaVuSans.ttf", pt(9.5))
    f_ital = ImageFont.truetype(DJ + "DejaVuSans-Oblique.ttf", pt(8.6))
    f_bold = ImageFont.truetype(DJ + "DejaVuSans-Bold.ttf", pt(12))
    f_title = ImageFont.truetype(DJ + "DejaVuSans-Bold.ttf", pt(13.5))
    f_c = ImageFont.truetype(DJ + "DejaVuSansCondensed.ttf", pt(9.2))
    f_cb = ImageFont.truetype(DJ + "DejaVuSansCondensed-Bold.ttf", pt(9.2))
    f_small = ImageFont.truetype(DJ + "DejaVuSans.ttf", pt(8.4))
    left, right = 190, 170
    width = W - left - right
    y = 170

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

    # letterhead
    d.text((left, y), F_SCAN_HEAD[0], font=f_bold, fill=INK)
    d.text((W - right - f_small.getlength(F_SCAN_LABEL), y + pt(3)), F_SCAN_LABEL, font=f_small, fill=INK)
    y += pt(16)
    d.text((left, y), F_SCAN_HEAD[1], font=f_small, fill=INK)
    y += pt(14)
    d.line((left, y, W - right, y), fill=INK, width=5)
    y += pt(20)
    d.text((left, y), F_SCAN_TITLE, font=f_title, fill=INK)
    y += pt(22)
    for ln in wrap(F_SCAN_INTRO, f_txt, width):
        d.text((left, y), ln, font=f_txt, fill=INK)
        y += pt(13)
    y += pt(10)

    # table
    fr = [0.05, 0.33, 0.22, 0.12, 0.13, 0.15]
    xs = [left]
    for f in fr:
        xs.append(xs[-1] + int(width * f))
    aligns = ["L", "L", "L", "R", "R", "L"]
    pad = pt(4)

    def put(ci, text, yy, font):
        if aligns[ci] == "R":
            d.text((xs[ci + 1] - pad - font.getlength(text), yy), text, font=font, fill=INK)
        else:
            d.text((xs[ci] + pad, yy), text, font=font, fill=INK)

    for ci, h in enumerate(F_SCAN_HEADER):
        put(ci, h, y, f_cb)
    y += pt(14)
    d.line((xs[0], y, xs[-1], y), fill=INK, width=3)
    d.line((xs[0], y + 6, xs[-1], y + 6), fill=INK, width=2)
    y += pt(6)
    rh = pt(15.5)
    for kind, cells in f_scan_rows():
        if kind == "group":
            y += pt(2)
            d.rectangle((xs[0], y, xs[-1], y + rh - pt(2)), fill=70)
            d.text((xs[0] + pad, y + pt(1.5)), cells[0].upper(), font=f_cb, fill=246)
            y += rh
            continue
        font = f_c if kind == "row" else f_cb
        if kind == "total":
            y += pt(4)
            d.rectangle((xs[0], y - pt(2), xs[-1], y + rh), outline=INK, width=3)
        for ci, c in enumerate(cells):
            if c:
                put(ci, c, y + pt(1.5), font)
        y += rh
        if kind == "row":
            for xx in range(xs[0], xs[-1], 9):
                d.line((xx, y - pt(1.5), xx + 3, y - pt(1.5)), fill=150, width=1)
        if kind == "sub":
            y += pt(2)
    y += pt(14)
    for note in F_SCAN_NOTES:
        for ln in wrap(note, f_ital, width):
            d.text((left, y), ln, font=f_ital, fill=INK)
            y += pt(12)
    y += pt(20)
    d.text((left, y), f"Marvinge {F_SCAN_DATE.isoformat()}", font=f_txt, fill=INK)
    y += pt(26)
    pts, px = [], left + 10
    for i in range(30):
        px += rnd.randint(6, 12)
        pts.append((px, y + int(14 * math.sin(i * 0.9)) + rnd.randint(-5, 5)))
    d.line(pts, fill=45, width=3)
    y += pt(18)
    d.line((left, y, left + width * 0.34, y), fill=90, width=2)
    d.text((left, y + pt(3)), F_SIGN[0], font=f_txt, fill=INK)
    d.text((left, y + pt(16)), F_SIGN[1], font=f_small, fill=INK)

    # rubber stamp, printed slightly rotated, with initials inside
    st = Image.new("L", (pt(150), pt(56)), 0)
    sd = ImageDraw.Draw(st)
    sd.rectangle((3, 3, st.width - 4, st.height - 4), outline=255, width=5)
    f_st = ImageFont.truetype(DJ + "DejaVuSans-Bold.ttf", pt(15))
    f_st2 = ImageFont.truetype(DJ + "DejaVuSans.ttf", pt(9))
    sd.text((st.width / 2 - f_st.getlength(F_SCAN_STAMP[0]) / 2, pt(8)), F_SCAN_STAMP[0], font=f_st, fill=255)
    sd.text((st.width / 2 - f_st2.getlength(F_SCAN_STAMP[1]) / 2, pt(30)), F_SCAN_STAMP[1], font=f_st2, fill=255)
    st = st.rotate(4, expand=True, resample=Image.BICUBIC)
    sx, sy = W - right - st.width - 20, y - pt(30)
    ink = Image.new("L", st.size, 85)
    img.paste(ink, (sx, sy), st.point(lambda v: int(v * 0.85)))
    # initials scribbled across the stamp's lower part
    pts, px = [], sx + st.width // 2 - 40
    for i in range(12):
        px += rnd.randint(5, 9)
        pts.append((px, sy + st.height - pt(12) + int(7 * math.sin(i * 1.4))))
    d.line(pts, fill=60, width=3)

    # punched holes at the left edge
    for hy in (H // 2 - pt(58), H // 2 + pt(58)):
        d.ellipse((pt(22), hy - pt(8), pt(38), hy + pt(8)), fill=52)

    sheet = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=70, center=(W * 0.5, H * 0.4))
    px_ = sheet.load()
    for yy in range(H):
        dark = max(0, (yy - (H - 90)) * 1.2)
        for xx in range(W):
            v = px_[xx, yy] - 6 - dark + int(rnd.gauss(0, 5.5))
            px_[xx, yy] = max(0, min(255, int(v)))
    img = sheet.filter(ImageFilter.GaussianBlur(0.55))
    d = ImageDraw.Draw(img)
    for _ in range(300):
        x, yy = rnd.randrange(W), rnd.randrange(H)
        r = rnd.choice((1, 1, 2, 2, 3))
        d.ellipse((x, yy, x + r, yy + r), fill=rnd.randint(40, 150))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=80)
    out.seek(0)
    return out


if __name__ == "__main__":
    b = render()
    open("/tmp/s38_scan_preview.jpg", "wb").write(b.read())
    print("preview written to /tmp/s38_scan_preview.jpg")
