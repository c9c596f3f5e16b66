"""Render page 3 of the Gisselnäs document (the inspection summary of the external inspector) as a SCANNED GREYSCALE
IMAGE with PIL at 200 dpi on an A4 sheet. The sheet is page 4 of the inspection firm's report: a letterhead with a
drawn mark (a rounded square holding a slide and a ladder) and the firm's name in spaced capitals, a grey rule, the
report title and the caption, a FULLY GRIDDED table (a light grey heading band, the risk columns under a spanning
"Anmärkningar" heading, a bold "Samtliga lekplatser" row), the notes, the inspector's name with a HANDWRITTEN-LOOKING
SIGNATURE and "Sida 4 av 22". The paper was CRUMPLED AND FLATTENED again before it was scanned: a network of bent
CREASE LINES runs across the sheet, each with a light ridge on one side and a soft shadow on the other, the facets
between them have slightly different tones, and the scanner added grain, blur and specks; the whole sheet is rotated
by 0.6 degrees. It is saved as a greyscale JPEG and returned as a BytesIO (nothing is written to disk).

Every string printed here comes from data.py, in the order of data.f_scan_text(), which check.py uses as the text of
this page. The skeleton (rotate, grain, blur, specks, JPEG in memory) is modelled on ../synthetic46/scan46.py."""
import io
import math
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from data import F_SCAN_HEAD, F_SCAN_COLS, F_SCAN_FOOT, f_scan_rows

LB = "/usr/share/fonts/truetype/liberation/"
DJ = "/usr/share/fonts/truetype/dejavu/"
DPI = 200
W, H = 1654, 2339
INK = 28


def pt(x):
    return int(round(x / 72 * DPI))


def mm(x):
    return int(round(x / 25.4 * DPI))


def render(angle=0.6, seed=47):
    rnd = random.Random(seed)
    img = Image.new("L", (W, H), 246)
    d = ImageDraw.Draw(img)
    sansb = ImageFont.truetype(LB + "LiberationSans-Bold.ttf", pt(13))
    sans = ImageFont.truetype(LB + "LiberationSans-Regular.ttf", pt(9))
    title = ImageFont.truetype(LB + "LiberationSans-Bold.ttf", pt(11.5))
    capf = ImageFont.truetype(LB + "LiberationSans-Regular.ttf", pt(10))
    cell = ImageFont.truetype(LB + "LiberationSans-Regular.ttf", pt(9.4))
    cellb = ImageFont.truetype(LB + "LiberationSans-Bold.ttf", pt(9.4))
    note = ImageFont.truetype(LB + "LiberationSans-Italic.ttf", pt(8.2))
    small = ImageFont.truetype(LB + "LiberationSans-Regular.ttf", pt(8.4))
    left, right = mm(22), W - mm(20)

    # letterhead: a rounded square with a slide and a ladder, the firm's name in spaced capitals
    y = mm(16)
    s = mm(13)
    d.rounded_rectangle((left, y, left + s, y + s), radius=mm(2.2), fill=70)
    d.line((left + mm(3), y + mm(10.5), left + mm(3), y + mm(3)), fill=245, width=5)
    d.line((left + mm(5.4), y + mm(10.5), left + mm(5.4), y + mm(3)), fill=245, width=5)
    for k in range(3):
        yy = y + mm(4.8) + k * mm(2.2)
        d.line((left + mm(3), yy, left + mm(5.4), yy), fill=245, width=4)
    d.line((left + mm(5.4), y + mm(3.2), left + mm(10.8), y + mm(10.4)), fill=245, width=6)
    tx = left + s + mm(5)
    x = tx
    for ch in F_SCAN_HEAD[0]:
        d.text((x, y + mm(1.2)), ch, font=sansb, fill=INK)
        x += d.textlength(ch, font=sansb) + (mm(0.9) if ch != " " else mm(0.6))
    d.text((tx, y + mm(7.8)), "Lekplatsbesiktning · Certifierade besiktningsmän", font=sans, fill=90)
    y += s + mm(5)
    d.line((left, y, right, y), fill=120, width=3)
    y += mm(9)
    d.text((left, y), F_SCAN_HEAD[1], font=title, fill=INK)
    y += mm(8)
    d.text((left, y), F_SCAN_HEAD[2], font=capf, fill=INK)
    y += mm(10)

    # the gridded table
    widths = [mm(11), mm(52), mm(27), mm(17), mm(17), mm(19), mm(17), mm(18)]
    xs = [left]
    for w_ in widths:
        xs.append(xs[-1] + w_)
    h1, h2, rh = mm(6.5), mm(6.5), mm(7.4)
    d.rectangle((left, y, xs[-1], y + h1 + h2), fill=214)
    # the spanning "Anmärkningar" heading over the risk columns
    d.text(((xs[4] + xs[8]) / 2 - d.textlength("Anmärkningar", font=cellb) / 2, y + mm(1.3)), "Anmärkningar",
           font=cellb, fill=INK)
    d.line((xs[4], y + h1, xs[8], y + h1), fill=60, width=2)
    for i, t in enumerate(F_SCAN_COLS):
        yy = y + h1 + mm(1.3) if i >= 4 else y + mm(4.2)
        if i in (0, 1, 2):
            d.text((xs[i] + mm(1.8), yy), t, font=cellb, fill=INK)
        else:
            lw = d.textlength(t, font=cellb)
            d.text((xs[i + 1] - mm(1.8) - lw, yy), t, font=cellb, fill=INK)
    top = y
    y += h1 + h2
    rows = f_scan_rows()
    for k, r in enumerate(rows):
        last = k == len(rows) - 1
        f = cellb if last else cell
        if last:
            d.line((left, y, xs[-1], y), fill=40, width=4)
        for i, c in enumerate(r):
            if not c:
                continue
            if i in (1, 2):
                d.text((xs[i] + mm(1.8), y + mm(1.6)), c, font=f, fill=INK)
            else:
                lw = d.textlength(c, font=f)
                d.text((xs[i + 1] - mm(1.8) - lw, y + mm(1.6)), c, font=f, fill=INK)
        y += rh
        d.line((left, y, xs[-1], y), fill=90, width=2)
    # the grid
    d.rectangle((left, top, xs[-1], y), outline=50, width=3)
    for i, x_ in enumerate(xs[1:-1], 1):
        y_from = top + h1 if i in (5, 6, 7) else top
        d.line((x_, y_from, x_, y), fill=90, width=2)
    d.line((left, top + h1 + h2, xs[-1], top + h1 + h2), fill=50, width=3)
    y += mm(7)
    for line in F_SCAN_FOOT[:3]:
        d.text((left, y), line, font=note, fill=55)
        y += mm(5)
    y += mm(20)
    d.text((left, y), F_SCAN_FOOT[3], font=small, fill=INK)
    # a handwritten-looking signature above the name
    sx, sy = left + mm(2), y - mm(8)
    pts = []
    for k in range(80):
        t = k / 79
        pts.append((sx + t * mm(34), sy + mm(2.6) * math.sin(t * 19) * (1 - 0.6 * t) + mm(1.0) * math.sin(t * 5)))
    d.line(pts, fill=60, width=3, joint="curve")
    d.line((sx + mm(24), sy + mm(3.5), sx + mm(38), sy + mm(0.5)), fill=60, width=3)
    pw = d.textlength(F_SCAN_FOOT[4], font=small)
    d.text((right - pw, H - mm(16)), F_SCAN_FOOT[4], font=small, fill=INK)

    # the crumpled and flattened paper: crease lines with a ridge and a shadow, facets in different tones
    a = np.asarray(img, dtype=np.float32)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    shade = np.zeros_like(a)
    lo = np.array(Image.fromarray((np.array([[rnd.random() for _ in range(6)] for _ in range(8)]) * 255)
                                  .astype(np.uint8)).resize((W, H), Image.BICUBIC), dtype=np.float32)
    shade += (lo / 255.0 - 0.5) * 22
    creases = []
    for _ in range(17):
        x0, y0 = rnd.uniform(-200, W + 200), rnd.uniform(-200, H + 200)
        ang = rnd.uniform(0, math.pi)
        length = rnd.uniform(700, 2400)
        pts = [(x0, y0)]
        for _ in range(3):
            ang += rnd.uniform(-0.35, 0.35)
            x0 += math.cos(ang) * length / 3
            y0 += math.sin(ang) * length / 3
            pts.append((x0, y0))
        creases.append(pts)
    for pts in creases:
        depth = rnd.uniform(12, 26)
        for (x0, y0), (x1, y1) in zip(pts, pts[1:]):
            dx, dy = x1 - x0, y1 - y0
            L = math.hypot(dx, dy)
            nx, ny = -dy / L, dx / L
            t = ((xx - x0) * dx + (yy - y0) * dy) / (L * L)
            taper = np.clip(np.minimum(t + 0.04, 1.04 - t) * L / 90.0, 0, 1)
            dist = (xx - x0) * nx + (yy - y0) * ny
            near = (taper > 0) & (np.abs(dist) < 80)
            ad = np.minimum(np.abs(dist), 80.0)
            prof = np.where(dist > 0, -depth * np.exp(-ad / 22.0), 0.5 * depth * np.exp(-ad / 12.0))
            line = -depth * 0.9 * np.exp(-(dist / 1.6) ** 2)
            shade += np.where(near, (prof + line) * taper, 0)
    a = np.clip(a + shade, 0, 255)
    sheet = Image.fromarray(a.astype(np.uint8))
    sheet = sheet.rotate(-angle, resample=Image.BICUBIC, expand=False, fillcolor=70, center=(W * 0.5, H * 0.5))
    arr = np.asarray(sheet, dtype=np.float32)
    noise = np.random.default_rng(seed).normal(0, 4.2, size=arr.shape)
    arr = np.clip(arr + noise, 0, 255).astype(np.uint8)
    out_img = Image.fromarray(arr).filter(ImageFilter.GaussianBlur(0.65))
    d = ImageDraw.Draw(out_img)
    for _ in range(260):
        x, y_ = rnd.randrange(W), rnd.randrange(H)
        r = rnd.choice((1, 1, 2, 2, 3))
        d.ellipse((x, y_, x + r, y_ + r), fill=rnd.randint(40, 150))
    out = io.BytesIO()
    out_img.save(out, "JPEG", quality=80)
    out.seek(0)
    return out


if __name__ == "__main__":
    b = render()
    open("/tmp/s47/scan_preview.jpg", "wb").write(b.read())
    print("preview written to /tmp/s47/scan_preview.jpg")
