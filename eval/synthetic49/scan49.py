"""Render page 3 of the Lervåla document (Bilaga 1, visits and opening hours per branch) as a SCANNED GREYSCALE IMAGE
with PIL at 200 dpi on an A4 sheet. The sheet is a SPREADSHEET PRINTOUT WITH THE ROW AND COLUMN HEADINGS PRINTED: a
grey strip of column letters A–G along the top of the grid and a grey column of row numbers down its left side, light
gridlines around every cell, the title in row 1, wrapped bold headings in row 3, the branches in rows 4–10, a bold
Summa row with a double top border in row 11 and three note lines in rows 13–15; the print header (the file's title)
above the grid and the print footer (sheet name, "Sida 1 av 1", who updated it and when) at the foot. A reader has
written "Bilaga 1" in ballpoint at the top right and underlined it. The sheet has a WATER STAIN in the lower right
corner (a pale irregular patch with a darker tide line at its edge). Scanner look: rotated −0.4°, uneven paper tone,
slight blur, grain and specks; saved as a greyscale JPEG and returned as a BytesIO (nothing is written to disk).

Every string printed here comes from data.py (f_scan_grid(), F_SCAN_HEADER, F_SCAN_FOOT, F_SCAN_PEN), in the order of
data.f_scan_text(), which check.py uses as the text of this page. The rotate/grain/blur/specks sequence is modelled on
../synthetic48/scan48.py."""
import io
import math
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from data import F_SCAN_HEADER, F_SCAN_FOOT, F_SCAN_PEN, f_scan_grid

DJ = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"
DPI = 200
W, H = 1654, 2339
# column widths of the sheet in mm (A … G) and the row-number column
COLS_MM = [44, 21, 21, 20, 24, 24, 22]
ROWNUM_MM = 9
LETTERS = "ABCDEFG"


def mm(x):
    return int(round(x / 25.4 * DPI))


def pt(x):
    return int(round(x / 72 * DPI))


def wrap(draw, text, font, width):
    words, lines, cur = text.split(), [], ""
    for w_ in words:
        t = (cur + " " + w_).strip()
        if draw.textlength(t, font=font) <= width:
            cur = t
        else:
            lines.append(cur)
            cur = w_
    lines.append(cur)
    return lines


def render(angle=-0.4, seed=49):
    rnd = random.Random(seed)
    paper = Image.new("L", (W, H), 244)
    px = paper.load()
    for yy in range(0, H, 2):
        for xx in range(0, W, 2):
            v = 244 - int(7 * (0.4 * xx + yy) / (W + H))
            for ax in (0, 1):
                for ay in (0, 1):
                    if xx + ax < W and yy + ay < H:
                        px[xx + ax, yy + ay] = v
    d = ImageDraw.Draw(paper)
    reg = ImageFont.truetype(LB + "LiberationSans-Regular.ttf", pt(9))
    bold = ImageFont.truetype(LB + "LiberationSans-Bold.ttf", pt(9))
    ital = ImageFont.truetype(LB + "LiberationSans-Italic.ttf", pt(8.5))
    title = ImageFont.truetype(LB + "LiberationSans-Bold.ttf", pt(12))
    small = ImageFont.truetype(LB + "LiberationSans-Regular.ttf", pt(8))
    grid = f_scan_grid()
    left = mm(20)
    top = mm(26)
    INK, GRID, HEAD_FILL = 30, 175, 222
    # print header
    hw = d.textlength(F_SCAN_HEADER, font=small)
    d.text(((W - hw) / 2, mm(12)), F_SCAN_HEADER, font=small, fill=INK)
    # the column-letter strip
    xs = [left + mm(ROWNUM_MM)]
    for c in COLS_MM:
        xs.append(xs[-1] + mm(c))
    strip_h = mm(5)
    d.rectangle((left, top, xs[-1], top + strip_h), fill=HEAD_FILL, outline=GRID)
    for i, L in enumerate(LETTERS):
        tw = d.textlength(L, font=small)
        d.text(((xs[i] + xs[i + 1] - tw) / 2, top + mm(0.9)), L, font=small, fill=70)
        d.line((xs[i], top, xs[i], top + strip_h), fill=GRID, width=1)
    # row heights
    nrows = max(grid)
    heights = {}
    for n in range(1, nrows + 1):
        if n == 3:
            heights[n] = mm(10.5)
        elif n == 1:
            heights[n] = mm(7.5)
        else:
            heights[n] = mm(5.6)
    y = top + strip_h
    sum_row = 4 + 7
    for n in range(1, nrows + 1):
        h = heights[n]
        # row number cell
        d.rectangle((left, y, xs[0], y + h), fill=HEAD_FILL, outline=GRID)
        s = str(n)
        tw = d.textlength(s, font=small)
        d.text(((left + xs[0] - tw) / 2, y + h / 2 - pt(4.5)), s, font=small, fill=70)
        # gridlines
        for i in range(len(COLS_MM)):
            d.rectangle((xs[i], y, xs[i + 1], y + h), outline=GRID)
        cells = grid.get(n, [])
        if n == 1:
            d.text((xs[0] + mm(1.2), y + mm(1.4)), cells[0], font=title, fill=INK)
        elif n == 3:
            for i, c in enumerate(cells):
                lines = wrap(d, c, bold, xs[i + 1] - xs[i] - mm(2.2))
                for k, ln in enumerate(lines):
                    if i == 0:
                        d.text((xs[i] + mm(1.1), y + mm(1.0) + k * pt(10.5)), ln, font=bold, fill=INK)
                    else:
                        tw = d.textlength(ln, font=bold)
                        d.text((xs[i + 1] - mm(1.1) - tw, y + mm(1.0) + k * pt(10.5)), ln, font=bold, fill=INK)
        elif len(cells) == 1:
            d.text((xs[0] + mm(1.2), y + mm(1.0)), cells[0], font=ital, fill=60)
        elif cells:
            f = bold if n == sum_row else reg
            if n == sum_row:
                d.line((xs[0], y + 1, xs[-1], y + 1), fill=INK, width=2)
                d.line((xs[0], y + 6, xs[-1], y + 6), fill=INK, width=2)
            for i, c in enumerate(cells):
                if i == 0:
                    d.text((xs[i] + mm(1.1), y + mm(1.0)), c, font=f, fill=INK)
                else:
                    tw = d.textlength(c, font=f)
                    d.text((xs[i + 1] - mm(1.1) - tw, y + mm(1.0)), c, font=f, fill=INK)
        y += h
    # print footer
    fy = H - mm(16)
    d.text((left, fy), F_SCAN_FOOT[0], font=small, fill=INK)
    tw = d.textlength(F_SCAN_FOOT[1], font=small)
    d.text(((W - tw) / 2, fy), F_SCAN_FOOT[1], font=small, fill=INK)
    tw = d.textlength(F_SCAN_FOOT[2], font=small)
    d.text((xs[-1] - tw, fy), F_SCAN_FOOT[2], font=small, fill=INK)
    # ballpoint "Bilaga 1" at the top right, underlined with a slightly wavy stroke
    PEN = 70
    pen = ImageFont.truetype(DJ + "DejaVuSans-Oblique.ttf", pt(14))
    note = Image.new("L", (int(pen.getlength(F_SCAN_PEN[0])) + 30, pt(28)), 0)
    ImageDraw.Draw(note).text((12, 6), F_SCAN_PEN[0], font=pen, fill=255)
    note = note.rotate(3, expand=True, resample=Image.BICUBIC)
    nx, ny = W - mm(20) - note.size[0], mm(3)
    paper.paste(Image.new("L", note.size, PEN), (nx, ny), note)
    ux0, ux1, uy = nx + 12, nx + note.size[0] - 8, ny + note.size[1] - 4
    d.line([(ux0 + t, uy + 2 * math.sin(t / 23.0) - t * 0.03) for t in range(0, ux1 - ux0, 4)], fill=PEN,
           width=3)
    # water stain in the lower right corner: a pale patch with a darker irregular tide line
    stain = Image.new("L", (W, H), 0)
    sd = ImageDraw.Draw(stain)
    cx, cy, r = W - mm(22), H - mm(40), mm(40)
    pts = []
    for k in range(0, 360, 4):
        a = math.radians(k)
        rr = r * (1 + 0.12 * math.sin(3 * a + 0.7) + 0.07 * math.sin(5 * a + 2.1) + 0.04 * math.sin(11 * a) +
                  rnd.uniform(-0.015, 0.015))
        pts.append((cx + rr * math.cos(a) * 1.25, cy + rr * math.sin(a)))
    sd.polygon(pts, fill=255)
    inner = stain.filter(ImageFilter.GaussianBlur(6))
    edge = Image.new("L", (W, H), 0)
    ImageDraw.Draw(edge).line(pts + [pts[0]], fill=255, width=5)
    edge = edge.filter(ImageFilter.GaussianBlur(2.0))
    paper = Image.composite(Image.new("L", (W, H), 229), paper,
                            inner.point(lambda v: int(v * 0.5)))
    paper = Image.composite(Image.new("L", (W, H), 185), paper, edge.point(lambda v: int(v * 0.55)))
    # rotate, grain, blur, specks
    sheet = paper.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=236, center=(W * 0.5, H * 0.5))
    pxs = sheet.load()
    for yy in range(H):
        for xx in range(W):
            v = pxs[xx, yy] + rnd.gauss(0, 4.0)
            pxs[xx, yy] = max(0, min(255, int(v)))
    out_img = sheet.filter(ImageFilter.GaussianBlur(0.6))
    d = ImageDraw.Draw(out_img)
    for _ in range(220):
        x, y_ = rnd.randrange(W), rnd.randrange(H)
        r_ = rnd.choice((1, 1, 2, 2, 3))
        d.ellipse((x, y_, x + r_, y_ + r_), fill=rnd.randint(50, 160))
    out = io.BytesIO()
    out_img.save(out, "JPEG", quality=80)
    out.seek(0)
    return out


if __name__ == "__main__":
    b = render()
    open("/tmp/s49/scan_preview.jpg", "wb").write(b.read())
    print("preview written to /tmp/s49/scan_preview.jpg")
