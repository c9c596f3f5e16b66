"""Render page 2 of the Kroksjö document (Tabell 1, incident reports per category 2024–2026, a printout from the
incident system) as a SCANNED GREYSCALE IMAGE with PIL at 200 dpi, in Liberation Sans / Sans Narrow (table) and
Liberation Serif (intro, notes) on an A4 sheet. The printout has a small header line over a hairline, a bold title,
an intro, the table with HORIZONTAL RULES ONLY and ZEBRA-SHADED ROWS (Kategori / 2024 / 2025 / 2026 / Förändring
2025–2026 / Andel 2026, %), a bold "Summa" row over a double rule, and two italic notes. What happened to the sheet:
its TOP RIGHT CORNER IS FOLDED DOWN (a DOG-EAR: the corner shows the dark scanner lid, the flap shows the back of the
paper with a soft shadow along the fold), a STRIP OF CLEAR ADHESIVE TAPE runs in from the left edge where a tear was
mended, and a reader has written in ballpoint "läkemedel upp igen!" in the right margin with an ARROW to the
medication row, RINGED the change of that row and added the initials "K.O.". Scanner look: rotated 0.5°, grain,
slight blur and specks; saved as a greyscale JPEG and returned as a BytesIO (nothing is written to disk).

Every string printed here comes from data.py, in the order of data.f_scan_text(), which check.py uses as the text of
this page. The skeleton (wrap helper, rotate/noise/blur/specks sequence) is modelled on ../synthetic42/scan42.py."""
import io
import math
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from data import (F_SCAN_HEAD_LINE, F_SCAN_TITLE, F_SCAN_INTRO, F_SCAN_HEAD, F_SCAN_NOTES, F_SCAN_PEN, F_SCAN_SIGN,
                  F_CATS, f_cells, f_tot_cells)

LB = "/usr/share/fonts/truetype/liberation/"
DJ = "/usr/share/fonts/truetype/dejavu/"
DPI = 200
W, H = 1654, 2339
INK = 30


def pt(x):
    return int(round(x / 72 * DPI))


def render(angle=0.5, seed=43):
    rnd = random.Random(seed)
    img = Image.new("L", (W, H), 246)
    d = ImageDraw.Draw(img)
    f_head = ImageFont.truetype(LB + "LiberationSans-Regular.ttf", pt(7.6))
    f_title = ImageFont.truetype(LB + "LiberationSans-Bold.ttf", pt(13))
    f_txt = ImageFont.truetype(LB + "LiberationSerif-Regular.ttf", pt(10.5))
    f_c = ImageFont.truetype(LB + "LiberationSansNarrow-Regular.ttf", pt(10))
    f_cb = ImageFont.truetype(LB + "LiberationSansNarrow-Bold.ttf", pt(10))
    f_ital = ImageFont.truetype(LB + "LiberationSerif-Italic.ttf", pt(9.4))
    f_pen = ImageFont.truetype(DJ + "DejaVuSans-Oblique.ttf", pt(11.5))
    left, right = 185, 200
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

    y = 150
    d.text((left, y), F_SCAN_HEAD_LINE, font=f_head, fill=70)
    y += pt(12)
    d.line((left, y, W - right, y), fill=120, width=1)
    y += pt(20)
    d.text((left, y), F_SCAN_TITLE, font=f_title, fill=INK)
    y += pt(24)
    for ln in wrap(F_SCAN_INTRO, f_txt, width):
        d.text((left, y), ln, font=f_txt, fill=INK)
        y += pt(14.5)
    y += pt(16)

    # the table: horizontal rules only, zebra rows
    fr = [0.37, 0.11, 0.11, 0.11, 0.16, 0.14]
    tw = width - 230            # the table leaves room in the right margin for the ballpoint note
    xs = [left]
    for f in fr:
        xs.append(xs[-1] + int(tw * f))
    xs[-1] = left + tw
    pad = pt(4)
    rh = pt(20)

    def put(ci, text, yy, font):
        if ci == 0:
            d.text((xs[0] + pad, yy), text, font=font, fill=INK)
        else:
            d.text((xs[ci + 1] - pad - font.getlength(text), yy), text, font=font, fill=INK)

    d.line((xs[0], y, xs[-1], y), fill=INK, width=5)
    head_h = pt(30)
    for ci, h in enumerate(F_SCAN_HEAD):
        parts = [h]
        if ci >= 4 and f_cb.getlength(h) > xs[ci + 1] - xs[ci] - 2 * pad:
            ws = h.split(" ")
            parts = [" ".join(ws[:-1]), ws[-1]]
        for k, part in enumerate(parts):
            yy = y + pt(4) + k * pt(11) + (0 if len(parts) == 2 else pt(11))
            put(ci, part, yy, f_cb)
    y += head_h
    d.line((xs[0], y, xs[-1], y), fill=INK, width=2)
    row_y = {}
    for k, c in enumerate(F_CATS):
        if k % 2 == 1:
            d.rectangle((xs[0], y + 1, xs[-1], y + rh - 1), fill=232)
        for ci, cell in enumerate(f_cells(c)):
            put(ci, cell, y + pt(4.5), f_c)
        row_y[c[0]] = y
        y += rh
    d.line((xs[0], y + 2, xs[-1], y + 2), fill=INK, width=2)
    d.line((xs[0], y + 8, xs[-1], y + 8), fill=INK, width=2)
    y += 10
    for ci, cell in enumerate(f_tot_cells()):
        put(ci, cell, y + pt(4.5), f_cb)
    y += rh
    d.line((xs[0], y, xs[-1], y), fill=INK, width=5)
    y += pt(14)
    for note in F_SCAN_NOTES:
        for ln in wrap(note, f_ital, width):
            d.text((left, y), ln, font=f_ital, fill=INK)
            y += pt(13)

    # clear adhesive tape over a mended tear at the left edge
    ty0, ty1 = 1180, 1290
    tape = Image.new("L", (W, H), 0)
    ImageDraw.Draw(tape).polygon([(0, ty0), (330, ty0 - 14), (332, ty1 - 14), (0, ty1)], fill=255)
    bright = img.point(lambda v: min(255, int(v * 0.86 + 255 * 0.16)))
    img.paste(bright, (0, 0), tape)
    d = ImageDraw.Draw(img)
    d.line((0, ty0, 330, ty0 - 14), fill=205, width=2)
    d.line((0, ty1, 332, ty1 - 14), fill=205, width=2)
    for k in range(10):
        xx = rnd.randint(10, 320)
        d.line((xx, ty0 + 8, xx + rnd.randint(-6, 6), ty1 - 20), fill=238, width=1)
    # the tear under the tape
    tear = [(0, 1236)]
    for k in range(1, 14):
        tear.append((k * 18, 1236 + rnd.randint(-5, 5) - k))
    d.line(tear, fill=150, width=2)

    # ballpoint: a two-line note in the right margin with an arrow to the ring round the change of the medication row,
    # and the initials under the note
    pen = 62
    yl = row_y["Läkemedelshantering"]
    words_ = F_SCAN_PEN.split()
    lines_ = [words_[0], " ".join(words_[1:])]
    nw = int(max(f_pen.getlength(x) for x in lines_)) + 30
    note_img = Image.new("L", (nw, pt(34)), 0)
    nd = ImageDraw.Draw(note_img)
    for k, ln in enumerate(lines_):
        nd.text((10 + k * 14, 2 + k * pt(14)), ln, font=f_pen, fill=255)
    note_img = note_img.rotate(5, expand=True, resample=Image.BICUBIC)
    nx, ny = xs[-1] + 40, yl - pt(40)
    img.paste(Image.new("L", note_img.size, pen), (int(nx), int(ny)), note_img)
    d = ImageDraw.Draw(img)
    d.text((nx + 90, ny + note_img.size[1] + 2), F_SCAN_SIGN, font=f_pen, fill=pen)
    ch = f_cells([c for c in F_CATS if c[0] == "Läkemedelshantering"][0])[4]
    cx1 = xs[5] - pad
    cx0 = cx1 - f_c.getlength(ch)
    ccx, ccy = (cx0 + cx1) / 2, yl + pt(10)
    rx = f_c.getlength(ch) / 2 + 22
    pts = [(ccx + rx * math.cos(t / 20 * 2 * math.pi + 0.3), ccy + 30 * math.sin(t / 20 * 2 * math.pi + 0.3))
           for t in range(23)]
    d.line(pts, fill=pen, width=3)
    ax0, ay0 = nx + 6, ny + note_img.size[1] * 0.55
    ax1, ay1 = ccx + rx + 4, ccy - 4
    mid = ((ax0 + ax1) / 2, min(ay0, ay1) - 40)
    curve = [((1 - t) ** 2 * ax0 + 2 * (1 - t) * t * mid[0] + t ** 2 * ax1,
              (1 - t) ** 2 * ay0 + 2 * (1 - t) * t * mid[1] + t ** 2 * ay1) for t in [k / 24 for k in range(25)]]
    d.line(curve, fill=pen, width=3)
    ang = math.atan2(curve[-3][1] - ay1, curve[-3][0] - ax1)
    for da in (0.45, -0.45):
        d.line((ax1, ay1, ax1 + 22 * math.cos(ang + da), ay1 + 22 * math.sin(ang + da)), fill=pen, width=3)

    # dog-ear: the top right corner folded down over the sheet
    s = 190
    lid = Image.new("L", (W, H), 0)
    ImageDraw.Draw(lid).polygon([(W - s, 0), (W, 0), (W, s)], fill=255)
    img.paste(Image.new("L", (W, H), 48), (0, 0), lid)
    flap = Image.new("L", (W, H), 0)
    ImageDraw.Draw(flap).polygon([(W - s, 0), (W, s), (W - s, s)], fill=255)
    shadow = Image.new("L", (W, H), 0)
    ImageDraw.Draw(shadow).polygon([(W - s - 10, 0), (W, s + 10), (W - s - 10, s + 10)], fill=255)
    shadow = shadow.filter(ImageFilter.GaussianBlur(7))
    darker = img.point(lambda v: int(v * 0.72))
    img.paste(darker, (0, 0), shadow)
    back = Image.new("L", (W, H), 226)
    grad = Image.linear_gradient("L").resize((s, s)).rotate(45, expand=False)
    back_piece = Image.new("L", (s, s), 226)
    back_piece = Image.blend(back_piece, grad.point(lambda v: 200 + v // 9), 0.5)
    back.paste(back_piece, (W - s, 0))
    img.paste(back, (0, 0), flap)
    d = ImageDraw.Draw(img)
    d.line((W - s, 0, W, s), fill=175, width=2)

    # scanner: rotate, grain, blur, specks
    sheet = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=48, center=(W * 0.5, H * 0.5))
    px_ = sheet.load()
    for yy in range(H):
        for xx in range(W):
            v = px_[xx, yy] - 3 + rnd.gauss(0, 5.0)
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
    open("/tmp/s43/scan_preview.jpg", "wb").write(b.read())
    print("preview written to /tmp/s43/scan_preview.jpg")
