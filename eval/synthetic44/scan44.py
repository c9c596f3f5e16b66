"""Render page 2 of the Cedvinge document (Bilaga 1, the programme table of the labour-market unit) as a SCANNED
GREYSCALE IMAGE with PIL at 200 dpi on an A4 sheet. The sheet is a PRINTOUT FROM THE CASE-MANAGEMENT SYSTEM set
entirely in a MONOSPACED FONT (DejaVu Sans Mono): four header lines (system, report name, period, print time and
"Sida 1 av 1"), then the table drawn with ASCII RULES ("+-----+" borders, "|" between the columns, "=" under the
heading and above the sum line), one row per programme, a "Summa" row, two note lines and "*** Slut på rapport ***".
The top right corner of the sheet was TORN OFF and MENDED WITH TWO STRIPS OF TRANSPARENT TAPE (a slightly lighter,
glossy band with visible edges and a little dust under it); the dark scanner lid shows where the paper is missing. A
reader has written on it in ballpoint: "Bilaga 1" circled in the top left margin, a square BRACKET in the right
margin beside the table, and "jmf mål 50 %" with an arrow to the share column. Scanner look: rotated +0.7°, uneven
paper tone, slight blur, grain and specks; saved as a greyscale JPEG and returned as a BytesIO (nothing is written to
disk).

Every string printed here comes from data.py, in the order of data.f_scan_text(), which check.py uses as the text of
this page. The skeleton (rotate, grain, blur, specks, JPEG in memory) is modelled on ../synthetic42/scan42.py."""
import io
import math
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from data import F_SCAN_HEAD, F_SCAN_COLS, F_SCAN_FOOT, F_SCAN_PEN, f_scan_rows

DJ = "/usr/share/fonts/truetype/dejavu/"
DPI = 200
W, H = 1654, 2339
INK = 34


def pt(x):
    return int(round(x / 72 * DPI))


def render(angle=0.7, seed=44):
    rnd = random.Random(seed)
    img = Image.new("L", (W, H), 244)
    d = ImageDraw.Draw(img)
    # uneven paper tone: a faint diagonal gradient
    px = img.load()
    for yy in range(0, H, 2):
        for xx in range(0, W, 2):
            v = 244 - int(6 * (xx + yy) / (W + H))
            px[xx, yy] = v
            if xx + 1 < W:
                px[xx + 1, yy] = v
            if yy + 1 < H:
                px[xx, yy + 1] = v
                if xx + 1 < W:
                    px[xx + 1, yy + 1] = v
    mono = ImageFont.truetype(DJ + "DejaVuSansMono.ttf", pt(7.6))
    monob = ImageFont.truetype(DJ + "DejaVuSansMono-Bold.ttf", pt(7.6))
    pen = ImageFont.truetype(DJ + "DejaVuSans-Oblique.ttf", pt(12))
    cw = mono.getlength("M")
    left = 150
    lh = pt(12.5)
    y = 230
    for k, line in enumerate(F_SCAN_HEAD):
        d.text((left, y), line, font=monob if k < 2 else mono, fill=INK)
        y += lh
    y += lh
    # the ASCII table
    widths = [38, 9, 9, 8, 8, 8, 8]
    aligns = ["L", "R", "R", "R", "R", "R", "R"]

    def fmt(cells):
        out = []
        for c, w, a in zip(cells, widths, aligns):
            c = str(c)
            out.append(" " + (c.ljust(w) if a == "L" else c.rjust(w)) + " ")
        return "|" + "|".join(out) + "|"

    def rule(ch="-"):
        return "+" + "+".join(ch * (w + 2) for w in widths) + "+"

    d.text((left, y), rule(), font=mono, fill=INK)
    y += lh
    d.text((left, y), fmt(F_SCAN_COLS), font=monob, fill=INK)
    y += lh
    d.text((left, y), rule("="), font=mono, fill=INK)
    y += lh
    rows = f_scan_rows()
    top_rows = y
    share_x = left + cw * (len(fmt(F_SCAN_COLS)) - 5)
    for k, r in enumerate(rows):
        if k == len(rows) - 1:
            d.text((left, y), rule("="), font=mono, fill=INK)
            y += lh
            d.text((left, y), fmt(r), font=monob, fill=INK)
        else:
            d.text((left, y), fmt(r), font=mono, fill=INK)
        y += lh
    bottom_rows = y
    d.text((left, y), rule(), font=mono, fill=INK)
    y += lh * 2
    for line in F_SCAN_FOOT[:-1]:
        d.text((left, y), line, font=mono, fill=INK)
        y += lh
    y += lh
    d.text((left + cw * 30, y), F_SCAN_FOOT[-1], font=mono, fill=INK)
    table_right = left + cw * len(rule())

    # ballpoint: "Bilaga 1" circled, a bracket beside the table, "jmf mål 50 %" with an arrow to the share column
    PEN = 72
    note = Image.new("L", (int(pen.getlength(F_SCAN_PEN[0])) + 30, pt(22)), 0)
    ImageDraw.Draw(note).text((12, 4), F_SCAN_PEN[0], font=pen, fill=255)
    note = note.rotate(-4, expand=True, resample=Image.BICUBIC)
    img.paste(Image.new("L", note.size, PEN), (left - 10, 95), note)
    d.ellipse((left - 22, 88, left - 22 + note.size[0] + 18, 88 + note.size[1] + 10), outline=PEN, width=3)
    bx = table_right + 18
    d.line((bx, top_rows + 4, bx + 14, top_rows + 4), fill=PEN, width=3)
    d.line((bx + 14, top_rows + 4, bx + 14, bottom_rows - lh - 6), fill=PEN, width=3)
    d.line((bx, bottom_rows - lh - 6, bx + 14, bottom_rows - lh - 6), fill=PEN, width=3)
    note2 = Image.new("L", (int(pen.getlength(F_SCAN_PEN[1])) + 30, pt(22)), 0)
    ImageDraw.Draw(note2).text((12, 4), F_SCAN_PEN[1], font=pen, fill=255)
    note2 = note2.rotate(5, expand=True, resample=Image.BICUBIC)
    nx, ny = int(share_x - 230), int(top_rows - lh * 6.9)
    img.paste(Image.new("L", note2.size, PEN), (nx, ny), note2)
    ax0, ay0 = nx + note2.size[0] - 20, ny + note2.size[1] - 8
    ax1, ay1 = share_x + cw * 2, top_rows - lh * 2.3
    d.line((ax0, ay0, ax1, ay1), fill=PEN, width=3)
    ang = math.atan2(ay0 - ay1, ax0 - ax1)
    for da in (0.45, -0.45):
        d.line((ax1, ay1, ax1 + 20 * math.cos(ang + da), ay1 + 20 * math.sin(ang + da)), fill=PEN, width=3)

    # the torn top-right corner: the paper is missing behind a ragged edge (the dark lid shows through)
    sheet = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=58, center=(W * 0.5, H * 0.5))
    d = ImageDraw.Draw(sheet)
    tear = [(W - 330, 0)]
    x, yy = W - 330, 0
    while x < W:
        x += rnd.randint(10, 26)
        yy += rnd.randint(6, 20)
        tear.append((min(x, W), yy + rnd.randint(-7, 7)))
    tear += [(W, 0)]
    d.polygon(tear, fill=52)
    # two strips of transparent tape across the tear
    tape = Image.new("L", (W, H), 0)
    td = ImageDraw.Draw(tape)
    for (cx, cy, ln, wd, a) in ((W - 205, 150, 360, 70, -38), (W - 90, 265, 300, 62, -52)):
        ca, sa = math.cos(math.radians(a)), math.sin(math.radians(a))
        pts = []
        for sx, sy in ((-ln / 2, -wd / 2), (ln / 2, -wd / 2), (ln / 2, wd / 2), (-ln / 2, wd / 2)):
            pts.append((cx + sx * ca - sy * sa, cy + sx * sa + sy * ca))
        td.polygon(pts, fill=255)
        d.line(pts[:2], fill=150, width=2)
        d.line(pts[2:], fill=150, width=2)
    tape = tape.filter(ImageFilter.GaussianBlur(1.2))
    bright = sheet.point(lambda v: min(255, int(v * 0.82 + 60)))
    sheet = Image.composite(bright, sheet, tape.point(lambda v: int(v * 0.55)))
    d = ImageDraw.Draw(sheet)
    for _ in range(40):   # dust under the tape
        x0, y0 = rnd.randrange(W - 380, W - 40), rnd.randrange(60, 360)
        if tape.getpixel((x0, y0)) > 200:
            d.point((x0, y0), fill=rnd.randint(90, 160))
    px_ = sheet.load()
    for yy in range(H):
        for xx in range(W):
            v = px_[xx, yy] + rnd.gauss(0, 5.0)
            px_[xx, yy] = max(0, min(255, int(v)))
    img = sheet.filter(ImageFilter.GaussianBlur(0.6))
    d = ImageDraw.Draw(img)
    for _ in range(200):
        x, yy = rnd.randrange(W), rnd.randrange(H)
        r = rnd.choice((1, 1, 2, 2, 3))
        d.ellipse((x, yy, x + r, yy + r), fill=rnd.randint(40, 150))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=80)
    out.seek(0)
    return out


if __name__ == "__main__":
    b = render()
    open("/tmp/s44/scan_preview.jpg", "wb").write(b.read())
    print("preview written to /tmp/s44/scan_preview.jpg")
