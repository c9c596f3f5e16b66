"""Render page 2 of the Ramsäter document (Bilaga 1, "Avgifter enligt VA-taxa 2027") as a SCANNED GREYSCALE IMAGE
with PIL, at 200 dpi, in Liberation Serif (letterhead, notes) and Liberation Sans Narrow (table) on a white A4
sheet. It is a FAXED COPY: a FAX TRANSMISSION LINE in a small monospaced font runs along the very top (date, time,
sender, page), the letterhead is the municipality in letter-spaced capitals with the förvaltning under it and the
bilaga label at the right, over a thin rule. The fee table has a heading row set in bold over a single heavy rule,
and each of the three fee groups sits in its OWN ROUNDED FRAME WITH THE GROUP NAME AS A TAB BROKEN INTO THE TOP EDGE
of the frame (like a form fieldset), hairlines between the rows inside a frame. Two "Anm." notes, place and date
and a handwritten-looking signature over the printed name and title. On top of it: a HIGHLIGHTER STROKE (a
translucent grey band) over the row of the consumption fee and a PEN ELLIPSE drawn round that row's change, a
handwritten tick in the right margin beside it. Scanner look: a DARK COPIER SHADOW along the left edge that fades
into the sheet, a LIGHT TONER STREAK running down the page, the sheet rotated +0.5°, uneven paper tone, slight blur,
grain and specks; saved as a greyscale JPEG. Nothing is written to disk; the JPEG is returned as a BytesIO.

Every string printed here comes from data.f_scan_rows() and the F_SCAN_* constants, in the order of
data.f_scan_text(), which check.py uses as the text of this page. The skeleton (the wrap helper, the signature
scribble, the rotate/blur/grain/specks sequence) is modelled on ../synthetic38/scan38.py."""
import io
import math
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from data import (F_SCAN_FAX, F_SCAN_HEAD, F_SCAN_LABEL, F_SCAN_TITLE, F_SCAN_INTRO, F_SCAN_HEADER, F_SCAN_NOTES,
                  F_SIGN, F_SCAN_DATE, f_scan_rows)

LB = "/usr/share/fonts/truetype/liberation/"
DPI = 200
W, H = 1654, 2339
INK = 30


def pt(x):
    return int(round(x / 72 * DPI))


def render(angle=0.5, seed=39):
    rnd = random.Random(seed)
    img = Image.new("L", (W, H), 250)
    d = ImageDraw.Draw(img)
    f_fax = ImageFont.truetype(LB + "LiberationMono-Regular.ttf", pt(7.5))
    f_txt = ImageFont.truetype(LB + "LiberationSerif-Regular.ttf", pt(10))
    f_ital = ImageFont.truetype(LB + "LiberationSerif-Italic.ttf", pt(9.2))
    f_head = ImageFont.truetype(LB + "LiberationSerif-Bold.ttf", pt(12.5))
    f_title = ImageFont.truetype(LB + "LiberationSans-Bold.ttf", pt(14))
    f_c = ImageFont.truetype(LB + "LiberationSansNarrow-Regular.ttf", pt(9.8))
    f_cb = ImageFont.truetype(LB + "LiberationSansNarrow-Bold.ttf", pt(9.8))
    f_small = ImageFont.truetype(LB + "LiberationSans-Regular.ttf", pt(8.4))
    left, right = 185, 165
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

    # fax transmission line
    d.text((left - 60, 38), F_SCAN_FAX, font=f_fax, fill=60)
    y = 150
    # letterhead
    d.text((left, y), "  ".join(F_SCAN_HEAD[0].split(" ")).replace("", " ").strip(), font=f_head, fill=INK)
    d.text((W - right - f_small.getlength(F_SCAN_LABEL), y + pt(3)), F_SCAN_LABEL, font=f_small, fill=INK)
    y += pt(17)
    d.text((left, y), F_SCAN_HEAD[1], font=f_small, fill=INK)
    y += pt(14)
    d.line((left, y, W - right, y), fill=INK, width=2)
    y += pt(22)
    d.text((left, y), F_SCAN_TITLE, font=f_title, fill=INK)
    y += pt(24)
    for ln in wrap(F_SCAN_INTRO, f_txt, width):
        d.text((left, y), ln, font=f_txt, fill=INK)
        y += pt(13.5)
    y += pt(12)

    # table
    fr = [0.33, 0.23, 0.115, 0.115, 0.115, 0.095]
    xs = [left]
    for f in fr:
        xs.append(xs[-1] + int(width * f))
    aligns = ["L", "L", "R", "R", "R", "R"]
    pad = pt(4)

    def put(ci, text, yy, font):
        if aligns[ci] == "R":
            d.text((xs[ci + 1] - pad - font.getlength(text), yy), text, font=font, fill=INK)
        else:
            d.text((xs[ci] + pad, yy), text, font=font, fill=INK)

    for line in F_SCAN_HEADER:
        for ci, hd in enumerate(line):
            if hd:
                put(ci, hd, y, f_cb)
        y += pt(12)
    y += pt(3)
    d.line((xs[0], y, xs[-1], y), fill=INK, width=4)
    y += pt(12)
    rh = pt(16)
    rows = f_scan_rows()
    highlight_y, change_box = None, None
    k = 0
    while k < len(rows):
        kind, cells = rows[k]
        assert kind == "group"
        members = []
        k += 1
        while k < len(rows) and rows[k][0] == "row":
            members.append(rows[k][1])
            k += 1
        top = y
        y += pt(9)
        for j, c in enumerate(members):
            if c[0] == "Förbrukningsavgift":
                highlight_y = y
                tw = f_c.getlength(c[5])
                change_box = (xs[6] - pad - tw - 22, y - 12, xs[6] - pad + 20, y + pt(12) + 12)
            for ci, t in enumerate(c):
                put(ci, t, y + pt(2), f_c)
            y += rh
            if j < len(members) - 1:
                for xx in range(xs[0] + 12, xs[-1] - 12, 7):
                    d.line((xx, y - pt(1.2), xx + 3, y - pt(1.2)), fill=165, width=1)
        bottom = y + pt(4)
        # rounded frame with the group name as a tab broken into the top edge
        d.rounded_rectangle((xs[0] - 6, top, xs[-1] + 6, bottom), radius=18, outline=INK, width=2)
        name = cells[0]
        tw = f_cb.getlength(name)
        d.rectangle((xs[0] + 18, top - 4, xs[0] + 18 + tw + 24, top + 4), fill=250)
        d.text((xs[0] + 30, top - pt(6.5)), name, font=f_cb, fill=INK)
        y = bottom + pt(16)
    y += pt(4)
    for note in F_SCAN_NOTES:
        for ln in wrap(note, f_ital, width):
            d.text((left, y), ln, font=f_ital, fill=INK)
            y += pt(12.5)
    y += pt(22)
    d.text((left, y), f"Ramsäter {F_SCAN_DATE.isoformat()}", font=f_txt, fill=INK)
    y += pt(28)
    pts, px = [], left + 12
    for i in range(26):
        px += rnd.randint(7, 13)
        pts.append((px, y + int(12 * math.sin(i * 1.1)) + rnd.randint(-6, 6)))
    d.line(pts, fill=40, width=3)
    y += pt(16)
    d.line((left, y, left + width * 0.32, y), fill=90, width=2)
    d.text((left, y + pt(3)), F_SIGN[0], font=f_txt, fill=INK)
    d.text((left, y + pt(16)), F_SIGN[1], font=f_small, fill=INK)

    # highlighter stroke over the consumption-fee row, a pen ellipse round its change and a tick in the margin
    if highlight_y is not None:
        band = Image.new("L", (xs[-1] - xs[0] + 20, pt(13)), 0)
        mask = band.point(lambda v: 95)
        img.paste(Image.new("L", band.size, 175), (xs[0] - 10, highlight_y + 4), mask)
        d = ImageDraw.Draw(img)
        # re-ink the text of the row so that the highlighter does not wash it out
        for kind, c in rows:
            if kind == "row" and c[0] == "Förbrukningsavgift":
                for ci, t in enumerate(c):
                    put(ci, t, highlight_y + pt(2), f_c)
        d.ellipse(change_box, outline=55, width=3)
        tx, ty = W - right + 50, highlight_y + 6
        d.line([(tx, ty + 14), (tx + 10, ty + 26), (tx + 34, ty - 8)], fill=50, width=4)

    sheet = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=240, center=(W * 0.5, H * 0.45))
    px_ = sheet.load()
    streak = int(W * 0.63)
    for yy in range(H):
        tone = int(4 * math.sin(yy / 260.0))
        for xx in range(W):
            v = px_[xx, yy] - 5 + tone + int(rnd.gauss(0, 5.0))
            if xx < 70:                       # copier shadow along the left edge
                v -= int((70 - xx) * 2.6)
            if streak <= xx < streak + 5:     # light toner streak
                v += 22
            px_[xx, yy] = max(0, min(255, int(v)))
    img = sheet.filter(ImageFilter.GaussianBlur(0.6))
    d = ImageDraw.Draw(img)
    for _ in range(260):
        x, yy = rnd.randrange(W), rnd.randrange(H)
        r = rnd.choice((1, 1, 2, 2, 3))
        d.ellipse((x, yy, x + r, yy + r), fill=rnd.randint(40, 150))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=78)
    out.seek(0)
    return out


if __name__ == "__main__":
    b = render()
    open("/tmp/s39_png/scan_preview.jpg", "wb").write(b.read())
    print("preview written to /tmp/s39_png/scan_preview.jpg")
