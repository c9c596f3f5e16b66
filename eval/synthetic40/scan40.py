"""Render page 2 of the Casselby document (section 2 of the PRINTED statistics report, "Räddningsinsatser per
händelsetyp", with Tabell 1) as a SCANNED GREYSCALE IMAGE with PIL at 200 dpi, in DejaVu Serif (running text) and
DejaVu Sans / Sans Condensed (running head, table) on an A4 sheet. The sheet was scanned FROM A BOUND COPY: a dark
GUTTER SHADOW fades in from the left edge and the lines nearest the spine are slightly darker. The printed page has
its own running head with "Sida 2" over a hairline, a section heading, an intro paragraph, the table caption, a
TWO-LEVEL HEADING ("Antal insatser" over 2024 / 2025 / 2026 and "Förändring 2025–2026" over Antal / %, each with
a short rule under it), the three groups as BOLD LINES ON A LIGHT GREY BAND, "Summa <group>" rows in bold under a
thin rule, a "Totalt" row between a thin and a DOUBLE rule, two "Anm." notes and a source line in italics, and a
short "Kommentar" paragraph. On
top of it: a PAPERCLIP over the top edge, PENCIL TICK MARKS in the right margin beside three rows, the 2026 total
CIRCLED IN PENCIL and a pencil note "kontr. JW" beside it. Scanner look: the sheet is rotated 0.6°, blurred
slightly, with grain and specks; saved as a greyscale JPEG and returned as a BytesIO (nothing is written to disk).

Every string printed here comes from data.py, in the order of data.f_scan_text(), which check.py uses as the text
of this page. The skeleton (the wrap helper, the rotate/blur/grain/specks sequence) is modelled on
../synthetic38/scan38.py."""
import io
import math
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from data import (F_SCAN_RUNHEAD, F_SCAN_PAGENO, F_SCAN_TITLE, F_SCAN_INTRO, F_SCAN_CAPTION, F_SCAN_HEAD1,
                  F_SCAN_HEAD2, F_SCAN_NOTES, F_SCAN_COMMENT_HEAD, F_SCAN_COMMENT, F_SCAN_PENCIL,
                  f_scan_rows)

DJ = "/usr/share/fonts/truetype/dejavu/"
DPI = 200
W, H = 1654, 2339
INK = 30


def pt(x):
    return int(round(x / 72 * DPI))


def render(angle=0.6, seed=40):
    rnd = random.Random(seed)
    img = Image.new("L", (W, H), 246)
    d = ImageDraw.Draw(img)
    f_head = ImageFont.truetype(DJ + "DejaVuSans.ttf", pt(8))
    f_title = ImageFont.truetype(DJ + "DejaVuSans-Bold.ttf", pt(13))
    f_txt = ImageFont.truetype(DJ + "DejaVuSerif.ttf", pt(10))
    f_cap = ImageFont.truetype(DJ + "DejaVuSans-Bold.ttf", pt(9.5))
    f_c = ImageFont.truetype(DJ + "DejaVuSansCondensed.ttf", pt(9.4))
    f_cb = ImageFont.truetype(DJ + "DejaVuSansCondensed-Bold.ttf", pt(9.4))
    f_ital = ImageFont.truetype(DJ + "DejaVuSerif-Italic.ttf", pt(8.6))
    f_pencil = ImageFont.truetype(DJ + "DejaVuSans-Oblique.ttf", pt(10))
    left, right = 230, 170
    width = W - left - right
    y = 150

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

    # the printed report's running head
    d.text((left, y), F_SCAN_RUNHEAD, font=f_head, fill=70)
    d.text((W - right - f_head.getlength(F_SCAN_PAGENO), y), F_SCAN_PAGENO, font=f_head, fill=70)
    y += pt(13)
    d.line((left, y, W - right, y), fill=120, width=2)
    y += pt(26)
    d.text((left, y), F_SCAN_TITLE, font=f_title, fill=INK)
    y += pt(24)
    for ln in wrap(F_SCAN_INTRO, f_txt, width):
        d.text((left, y), ln, font=f_txt, fill=INK)
        y += pt(14.5)
    y += pt(14)
    d.text((left, y), F_SCAN_CAPTION, font=f_cap, fill=INK)
    y += pt(20)

    # table
    fr = [0.40, 0.11, 0.11, 0.11, 0.12, 0.15]
    xs = [left]
    for f in fr:
        xs.append(xs[-1] + int(width * f))
    pad = pt(4)

    def put(ci, text, yy, font):
        if ci == 0:
            d.text((xs[0] + pad, yy), text, font=font, fill=INK)
        else:
            d.text((xs[ci + 1] - pad - font.getlength(text), yy), text, font=font, fill=INK)

    # upper heading: spans
    for text, a, b in ((F_SCAN_HEAD1[1], 1, 4), (F_SCAN_HEAD1[2], 4, 6)):
        cx = (xs[a] + xs[b]) / 2
        d.text((cx - f_cb.getlength(text) / 2, y), text, font=f_cb, fill=INK)
        d.line((xs[a] + pad, y + pt(13), xs[b] - pad, y + pt(13)), fill=INK, width=2)
    y += pt(17)
    for ci, h in enumerate(F_SCAN_HEAD2):
        put(ci, h, y, f_cb)
    y += pt(15)
    d.line((xs[0], y, xs[-1], y), fill=INK, width=4)
    y += pt(5)
    rh = pt(16)
    row_y = {}
    for kind, cells in f_scan_rows():
        if kind == "group":
            y += pt(3)
            d.rectangle((xs[0], y, xs[-1], y + rh - pt(2)), fill=222)
            d.text((xs[0] + pad, y + pt(1.8)), cells[0], font=f_cb, fill=INK)
            y += rh
            continue
        if kind == "sub":
            d.line((xs[1], y, xs[-1], y), fill=90, width=2)
        if kind == "total":
            y += pt(5)
            d.line((xs[0], y, xs[-1], y), fill=INK, width=2)
        font = f_c if kind == "row" else f_cb
        for ci, c in enumerate(cells):
            if c:
                put(ci, c, y + pt(2), font)
        row_y[cells[0]] = y
        y += rh
        if kind == "total":
            d.line((xs[0], y + 2, xs[-1], y + 2), fill=INK, width=3)
            d.line((xs[0], y + 9, xs[-1], y + 9), fill=INK, width=3)
    y += pt(22)
    for note in F_SCAN_NOTES:
        for ln in wrap(note, f_ital, width):
            d.text((left, y), ln, font=f_ital, fill=INK)
            y += pt(13)
    y += pt(20)
    d.text((left, y), F_SCAN_COMMENT_HEAD, font=f_cap, fill=INK)
    y += pt(18)
    for ln in wrap(F_SCAN_COMMENT, f_txt, width):
        d.text((left, y), ln, font=f_txt, fill=INK)
        y += pt(14.5)

    # pencil marks: ticks in the right margin, the 2026 total circled, a note beside it
    pencil = 105
    for label in ("Brand i skog och mark", "I väntan på ambulans (IVPA)", "Automatiskt brandlarm utan brand"):
        ty = row_y[label] + pt(7)
        tx = W - right + 28
        d.line((tx, ty, tx + 12, ty + 14), fill=pencil, width=4)
        d.line((tx + 12, ty + 14, tx + 38, ty - 16), fill=pencil, width=4)
    tot_y = row_y["Totalt"]
    tot_txt = [c for k, c in f_scan_rows() if k == "total"][0][3]
    tot_w = f_cb.getlength(tot_txt)
    tot_x = xs[4] - pad - tot_w / 2
    for k in range(2):
        off = k * 4
        d.ellipse((tot_x - tot_w / 2 - 22 - off, tot_y - 8 + off, tot_x + tot_w / 2 + 22 + off,
                   tot_y + pt(16) + 2 - off), outline=pencil, width=3)
    note_img = Image.new("L", (int(f_pencil.getlength(F_SCAN_PENCIL)) + 20, pt(16)), 0)
    ImageDraw.Draw(note_img).text((8, 2), F_SCAN_PENCIL, font=f_pencil, fill=255)
    note_img = note_img.rotate(9, expand=True, resample=Image.BICUBIC)
    img.paste(Image.new("L", note_img.size, pencil), (int(W - right - 40), int(tot_y + pt(16))), note_img)

    # paperclip over the top edge, in the margin above the running head
    cx0, cy0 = 1180, -40
    clip = [(0, 0), (0, 150), (30, 180), (60, 150), (60, 20), (42, 2), (24, 20), (24, 130)]
    pts = [(cx0 + a, cy0 + b) for a, b in clip]
    d.line(pts, fill=95, width=7, joint="curve")

    sheet = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=60, center=(W * 0.5, H * 0.45))
    px_ = sheet.load()
    for yy in range(H):
        for xx in range(W):
            gutter = max(0.0, 150 - xx) * 0.9 if xx < 150 else 0.0
            edge = max(0.0, (xx - (W - 18)) * 4.0)
            v = px_[xx, yy] - 5 - gutter - edge + rnd.gauss(0, 5.0)
            px_[xx, yy] = max(0, min(255, int(v)))
    img = sheet.filter(ImageFilter.GaussianBlur(0.6))
    d = ImageDraw.Draw(img)
    for _ in range(260):
        x, yy = rnd.randrange(W), rnd.randrange(H)
        r = rnd.choice((1, 1, 2, 2, 3))
        d.ellipse((x, yy, x + r, yy + r), fill=rnd.randint(40, 150))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=80)
    out.seek(0)
    return out


if __name__ == "__main__":
    b = render()
    open("/tmp/s40_scan_preview.jpg", "wb").write(b.read())
    print("preview written to /tmp/s40_scan_preview.jpg")
    _ = math.pi
