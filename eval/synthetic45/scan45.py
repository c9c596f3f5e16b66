"""Render page 3 of the Edsmyra document (Bilaga 2, the collected waste amounts per fraction and year) as a SCANNED
GREYSCALE IMAGE with PIL at 200 dpi on an A4 sheet. The sheet is a printout from the waste company in Liberation Sans:
the company name in letter-spaced capitals over a rule, the appendix line, the table title, then a table with a
LIGHT GRID (thin grey rules between all rows and columns, a heavier rule under the heading), the three groups as BOLD
ROWS ON A LIGHT GREY BAND spanning the table, the "Summa" row bold under a double rule, and two note lines. The page
was copied before it was scanned: a DARK COPIER-EDGE SHADOW runs down the left side, the LOWER PART OF THE SHEET IS
CURLED (the lines bend downwards towards the bottom right corner), and a semi-transparent PLASTIC INDEX FLAG sticks
out at the right edge with "Bil. 2" written on it in ballpoint. Scanner look: rotated −0.6°, slight blur, grain and
specks; saved as a greyscale JPEG and returned as a BytesIO (nothing is written to disk).

Every string printed here comes from data.py, in the order of data.f_scan_text(), which check.py uses as the text of
this page. The grain, blur and specks follow ../synthetic44/scan44.py; the warp uses numpy."""
import io
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from data import F_SCAN_HEAD, F_SCAN_COLS, F_SCAN_FOOT, F_SCAN_PEN, F_SCAN_GROUPS, F_SCAN, f_scan_cells, \
    f_scan_sum_cells

LB = "/usr/share/fonts/truetype/liberation/"
DJ = "/usr/share/fonts/truetype/dejavu/"
DPI = 200
W, H = 1654, 2339
INK = 30


def pt(x):
    return int(round(x / 72 * DPI))


def render(angle=-0.6, seed=45):
    rnd = random.Random(seed)
    img = Image.new("L", (W, H), 246)
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(LB + "LiberationSans-Regular.ttf", pt(9.4))
    fb = ImageFont.truetype(LB + "LiberationSans-Bold.ttf", pt(9.4))
    f_head = ImageFont.truetype(LB + "LiberationSans-Bold.ttf", pt(10.5))
    f_title = ImageFont.truetype(LB + "LiberationSans-Bold.ttf", pt(12.5))
    f_small = ImageFont.truetype(LB + "LiberationSans-Italic.ttf", pt(8.2))
    left, right = 190, 170
    width = W - left - right
    y = 210
    # company line, letter-spaced
    x = left
    for ch in F_SCAN_HEAD[0]:
        d.text((x, y), ch, font=f_head, fill=INK)
        x += f_head.getlength(ch) + 6
    y += pt(16)
    d.line((left, y, W - right, y), fill=INK, width=3)
    y += pt(10)
    d.text((left, y), F_SCAN_HEAD[1], font=f, fill=INK)
    y += pt(22)
    d.text((left, y), F_SCAN_HEAD[2], font=f_title, fill=INK)
    y += pt(24)
    # table
    cw = [0.34, 0.105, 0.105, 0.105, 0.105, 0.105, 0.135]
    xs = [left]
    for c in cw:
        xs.append(xs[-1] + c * width)
    rh = pt(17)
    GRID = 150

    def row(cells, font, yy, bold_band=False):
        if bold_band:
            d.rectangle((left, yy, W - right, yy + rh), fill=226)
        for k, c in enumerate(cells):
            if k == 0:
                d.text((xs[0] + 14, yy + rh * 0.22), c, font=font, fill=INK)
            else:
                tw = font.getlength(c)
                d.text((xs[k + 1] - 14 - tw, yy + rh * 0.22), c, font=font, fill=INK)

    top = y
    d.line((left, y, W - right, y), fill=INK, width=3)
    row(F_SCAN_COLS, fb, y)
    y += rh
    d.line((left, y, W - right, y), fill=INK, width=3)
    for gi, gname in enumerate(F_SCAN_GROUPS):
        d.rectangle((left, y, W - right, y + rh), fill=226)
        d.text((xs[0] + 14, y + rh * 0.22), gname, font=fb, fill=INK)
        y += rh
        d.line((left, y, W - right, y), fill=GRID, width=1)
        for r in [r for r in F_SCAN if r[0] == gi]:
            row(f_scan_cells(r), f, y)
            y += rh
            d.line((left, y, W - right, y), fill=GRID, width=1)
    d.line((left, y + 4, W - right, y + 4), fill=INK, width=2)
    y += 8
    row(f_scan_sum_cells(), fb, y)
    y += rh
    d.line((left, y, W - right, y), fill=INK, width=3)
    for k in range(1, len(xs) - 1):
        d.line((xs[k], top + rh, xs[k], y), fill=GRID, width=1)
    y += pt(12)
    for line in F_SCAN_FOOT:
        d.text((left, y), line, font=f_small, fill=INK)
        y += pt(12)

    # the lower part of the sheet is curled: lines bend downwards towards the bottom right corner
    a = np.asarray(img).astype(np.float32)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    y0 = H * 0.25
    t = np.clip((yy - y0) / (H - y0), 0, 1)
    shift = 90.0 * (t ** 1.6) * (xx / W) ** 1.8
    src_y = np.clip(yy - shift, 0, H - 1).astype(np.int32)
    a = a[src_y, xx.astype(np.int32)]
    # shading of the curl: a little darker where the paper lifts
    a = a * (1 - 0.10 * (t ** 2) * (xx / W))
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")

    # a semi-transparent plastic index flag at the right edge with a ballpoint note
    flag = Image.new("L", (W, H), 0)
    fd = ImageDraw.Draw(flag)
    fx0, fy0 = W - 150, 640
    fd.rectangle((fx0, fy0, W + 10, fy0 + 120), fill=255)
    flag = flag.filter(ImageFilter.GaussianBlur(1.0))
    tint = img.point(lambda v: int(v * 0.80 + 18))
    img = Image.composite(tint, img, flag.point(lambda v: int(v * 0.7)))
    d = ImageDraw.Draw(img)
    d.line((fx0, fy0, fx0, fy0 + 120), fill=150, width=2)
    pen = ImageFont.truetype(DJ + "DejaVuSans-Oblique.ttf", pt(12))
    note = Image.new("L", (int(pen.getlength(F_SCAN_PEN[0])) + 30, pt(22)), 0)
    ImageDraw.Draw(note).text((10, 4), F_SCAN_PEN[0], font=pen, fill=255)
    note = note.rotate(3, expand=True, resample=Image.BICUBIC)
    img.paste(Image.new("L", note.size, 70), (fx0 + 8, fy0 + 26), note)

    sheet = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=238, center=(W * 0.5, H * 0.5))
    # copier-edge shadow down the left side
    a = np.asarray(sheet).astype(np.float32)
    xx = np.arange(W, dtype=np.float32)
    shade = np.clip(1 - 0.78 * np.exp(-xx / 38.0), 0.15, 1.0)
    a = a * shade[None, :]
    nrnd = np.random.default_rng(seed)
    a = a + nrnd.normal(0, 5.0, size=a.shape)
    sheet = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")
    img = sheet.filter(ImageFilter.GaussianBlur(0.6))
    d = ImageDraw.Draw(img)
    for _ in range(180):
        x, y_ = rnd.randrange(W), rnd.randrange(H)
        r = rnd.choice((1, 1, 2, 2, 3))
        d.ellipse((x, y_, x + r, y_ + r), fill=rnd.randint(40, 150))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=80)
    out.seek(0)
    return out


if __name__ == "__main__":
    b = render()
    open("/tmp/s45/scan_preview.jpg", "wb").write(b.read())
    print("preview written to /tmp/s45/scan_preview.jpg")
