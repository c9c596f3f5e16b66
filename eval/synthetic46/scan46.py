"""Render page 2 of the Region Flodmark document (Bilaga 1, cost per clinic) as a SCANNED GREYSCALE IMAGE with PIL at
200 dpi on an A4 sheet. The sheet is a page TORN OUT OF A WIRE-BOUND (WIRE-O) PRINTED BUDGET BOOK: a row of small
rectangular punch holes runs down the left edge, two of the holes are TORN THROUGH to the edge (ragged, the dark
scanner lid shows through), and a shadow of the curl falls along that edge. The printed page has a serif running head
("Region Flodmark" at the left, "Hälso- och sjukvårdsnämnden · Budget 2027" at the right, a rule), "Bilaga 1" as a
grey tab label, the caption, and the table in a condensed sans: a dark heading band with white text, thin rules under
every row, every other row tinted, the Avvikelse column signed, and a bold "Summa" row between two rules; two notes and
"Sida 7" at the foot. A reader has written on it in ballpoint: "jfr delår" with an arrow to the forecast column and
CHECK MARKS in the right margin beside the rows whose forecast exceeds the budget. Scanner look: rotated −0.5°, uneven
paper tone, slight blur, grain and specks; saved as a greyscale JPEG and returned as a BytesIO (nothing is written to
disk).

Every string printed here comes from data.py, in the order of data.f_scan_text(), which check.py uses as the text of
this page. The skeleton (rotate, grain, blur, specks, JPEG in memory) is modelled on ../synthetic44/scan44.py."""
import io
import math
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from data import F_SCAN_HEAD, F_SCAN_COLS, F_SCAN_FOOT, F_SCAN_PEN, F_CLINICS, f_scan_rows, f_dev

LB = "/usr/share/fonts/truetype/liberation/"
DJ = "/usr/share/fonts/truetype/dejavu/"
DPI = 200
W, H = 1654, 2339
INK = 30


def pt(x):
    return int(round(x / 72 * DPI))


def mm(x):
    return int(round(x / 25.4 * DPI))


def render(angle=-0.5, seed=46):
    rnd = random.Random(seed)
    img = Image.new("L", (W, H), 243)
    px = img.load()
    for yy in range(0, H, 2):
        for xx in range(0, W, 2):
            v = 243 - int(7 * (W - xx + yy) / (W + H))
            for ax in (0, 1):
                for ay in (0, 1):
                    if xx + ax < W and yy + ay < H:
                        px[xx + ax, yy + ay] = v
    d = ImageDraw.Draw(img)
    serif = ImageFont.truetype(LB + "LiberationSerif-Regular.ttf", pt(9.5))
    serifb = ImageFont.truetype(LB + "LiberationSerif-Bold.ttf", pt(9.5))
    cap = ImageFont.truetype(LB + "LiberationSans-Bold.ttf", pt(11))
    tab = ImageFont.truetype(LB + "LiberationSans-Bold.ttf", pt(8.5))
    cond = ImageFont.truetype(LB + "LiberationSansNarrow-Regular.ttf", pt(10.6))
    condb = ImageFont.truetype(LB + "LiberationSansNarrow-Bold.ttf", pt(10.6))
    note = ImageFont.truetype(LB + "LiberationSans-Italic.ttf", pt(7.8))
    pen = ImageFont.truetype(DJ + "DejaVuSans-Oblique.ttf", pt(12))
    left, right = mm(30), W - mm(22)
    # running head
    y = mm(14)
    d.text((left, y), F_SCAN_HEAD[0], font=serifb, fill=INK)
    w = d.textlength(F_SCAN_HEAD[1], font=serif)
    d.text((right - w, y), F_SCAN_HEAD[1], font=serif, fill=INK)
    y += mm(6)
    d.line((left, y, right, y), fill=INK, width=3)
    # "Bilaga 1" tab
    y += mm(8)
    tw = d.textlength(F_SCAN_HEAD[2], font=tab)
    d.rectangle((left, y, left + tw + mm(6), y + mm(6.5)), fill=110)
    d.text((left + mm(3), y + mm(1.2)), F_SCAN_HEAD[2], font=tab, fill=245)
    y += mm(10)
    d.text((left, y), F_SCAN_HEAD[3], font=cap, fill=INK)
    y += mm(10)
    # table
    widths = [mm(60), mm(20), mm(20), mm(20), mm(18), mm(20)]
    xs = [left]
    for w_ in widths:
        xs.append(xs[-1] + w_)
    rh = mm(8.8)
    d.rectangle((left, y, xs[-1], y + rh + mm(3)), fill=62)
    for i, t in enumerate(F_SCAN_COLS):
        words = t.split()
        lines = [t] if i == 0 or len(words) == 1 else [words[0], " ".join(words[1:])]
        for j, ln in enumerate(lines):
            lw = d.textlength(ln, font=condb)
            yy = y + mm(1.0) + j * mm(4.4) + (mm(2.2) if len(lines) == 1 else 0)
            x = xs[i] + mm(2) if i == 0 else xs[i + 1] - mm(2) - lw
            d.text((x, yy), ln, font=condb, fill=240)
    y += rh + mm(3)
    table_top = y
    rows = f_scan_rows()
    row_mid = []
    for k, r in enumerate(rows):
        last = k == len(rows) - 1
        if last:
            d.line((left, y, xs[-1], y), fill=INK, width=3)
            y += mm(0.8)
        elif k % 2 == 1:
            d.rectangle((left, y, xs[-1], y + rh), fill=226)
        f = condb if last else cond
        for i, c in enumerate(r):
            lw = d.textlength(c, font=f)
            x = xs[i] + mm(2) if i == 0 else xs[i + 1] - mm(2) - lw
            d.text((x, y + mm(2.0)), c, font=f, fill=INK)
        row_mid.append(y + rh / 2)
        y += rh
        d.line((left, y, xs[-1], y), fill=150 if not last else INK, width=1 if not last else 3)
    y += mm(6)
    for line in F_SCAN_FOOT[:-1]:
        d.text((left, y), line, font=note, fill=60)
        y += mm(4.6)
    pw = d.textlength(F_SCAN_FOOT[-1], font=serif)
    d.text((W - mm(22) - pw, H - mm(18)), F_SCAN_FOOT[-1], font=serif, fill=INK)

    # ballpoint: check marks beside the clinics whose forecast exceeds the budget, "jfr delår" with an arrow
    PEN = 70
    for c, ym in zip(F_CLINICS, row_mid):
        if f_dev(c) < 0:
            x0 = xs[-1] + mm(5) + rnd.randint(-4, 4)
            y0 = int(ym) + rnd.randint(-3, 3)
            d.line((x0, y0, x0 + 10, y0 + 12), fill=PEN, width=3)
            d.line((x0 + 10, y0 + 12, x0 + 30, y0 - 16), fill=PEN, width=3)
    note_img = Image.new("L", (int(pen.getlength(F_SCAN_PEN[0])) + 30, pt(22)), 0)
    ImageDraw.Draw(note_img).text((12, 4), F_SCAN_PEN[0], font=pen, fill=255)
    note_img = note_img.rotate(6, expand=True, resample=Image.BICUBIC)
    nx, ny = xs[3] - mm(30), table_top - rh - mm(26)
    img.paste(Image.new("L", note_img.size, PEN), (nx, ny), note_img)
    ax0, ay0 = nx + note_img.size[0] - 10, ny + note_img.size[1] - 12
    ax1, ay1 = (xs[3] + xs[4]) / 2, table_top - rh - mm(4)
    d.line((ax0, ay0, ax1, ay1), fill=PEN, width=3)
    ang = math.atan2(ay0 - ay1, ax0 - ax1)
    for da in (0.45, -0.45):
        d.line((ax1, ay1, ax1 + 20 * math.cos(ang + da), ay1 + 20 * math.sin(ang + da)), fill=PEN, width=3)

    # the punch holes of the wire binding down the left edge, two of them torn through
    sheet = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=55, center=(W * 0.5, H * 0.5))
    d = ImageDraw.Draw(sheet)
    hole_w, hole_h, gap = mm(3.2), mm(5.2), mm(8.47)
    hx = mm(6)
    yy = mm(12)
    k = 0
    while yy + hole_h < H - mm(10):
        if k in (9, 10):
            # torn: the paper between the hole and the edge is missing, with a ragged outline
            pts = [(0, yy - 6)]
            for t in range(0, hole_h + 13, 6):
                pts.append((hx + hole_w + rnd.randint(-3, 5), yy - 6 + t))
            pts.append((0, yy + hole_h + 7))
            d.polygon(pts, fill=52)
        else:
            d.rectangle((hx, yy, hx + hole_w, yy + hole_h), fill=48)
        yy += gap
        k += 1
    # the curl shadow along the bound edge
    shade = Image.new("L", (W, H), 0)
    sd = ImageDraw.Draw(shade)
    for x in range(mm(18)):
        sd.line((x, 0, x, H), fill=int(70 * (1 - x / mm(18)) ** 2))
    sheet = Image.composite(Image.new("L", (W, H), 0), sheet, shade.point(lambda v: int(v * 0.6)))
    px_ = sheet.load()
    for yy in range(H):
        for xx in range(W):
            v = px_[xx, yy] + rnd.gauss(0, 4.5)
            px_[xx, yy] = max(0, min(255, int(v)))
    out_img = sheet.filter(ImageFilter.GaussianBlur(0.6))
    d = ImageDraw.Draw(out_img)
    for _ in range(220):
        x, y_ = rnd.randrange(W), rnd.randrange(H)
        r = rnd.choice((1, 1, 2, 2, 3))
        d.ellipse((x, y_, x + r, y_ + r), fill=rnd.randint(40, 150))
    out = io.BytesIO()
    out_img.save(out, "JPEG", quality=80)
    out.seek(0)
    return out


if __name__ == "__main__":
    b = render()
    open("/tmp/s46/scan_preview.jpg", "wb").write(b.read())
    print("preview written to /tmp/s46/scan_preview.jpg")
