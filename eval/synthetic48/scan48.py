"""Render page 2 of the Region Jorvala document (Bilaga 2, cost per product group) as a SCANNED GREYSCALE IMAGE with
PIL at 200 dpi on an A4 sheet. The sheet is a PRINTOUT FROM THE FINANCE SYSTEM ON CONTINUOUS TRACTOR-FEED PAPER,
printed by a DOT-MATRIX PRINTER: the text is set in a monospaced font (Liberation Mono) and then broken into a grid of round dots, the
ribbon is a little worn (the ink is lighter towards the right and varies from line to line), and the paper has
GREEN-BAR BANDS (grey in the greyscale scan, three text lines each). The left SPROCKET STRIP is still attached – a
column of round feed holes (the dark scanner lid shows through them) and a perforated tear line – while the right strip
has been TORN OFF along its perforation, leaving a ragged edge with the dark lid beyond it; a horizontal perforation runs
across the top where the sheet was torn from the next one. A reader has circled "Bilaga 2" in ballpoint at the top
right and drawn a wavy line under the sum row. Scanner look: rotated +0.6°, uneven paper tone, slight blur, grain and
specks; saved as a greyscale JPEG and returned as a BytesIO (nothing is written to disk).

Every string printed here comes from data.py, in the order of data.f_scan_text(), which check.py uses as the text of
this page. The skeleton (rotate, grain, blur, specks, JPEG in memory) is modelled on ../synthetic46/scan46.py."""
import io
import math
import random

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

from data import F_SCAN_HEAD, F_SCAN_COLS, F_SCAN_FOOT, F_SCAN_PEN, f_scan_rows

DJ = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"
DPI = 200
W, H = 1654, 2339
WIDTHS = [27, 13, 13, 13, 13, 13]       # characters per column of the printout


def mm(x):
    return int(round(x / 25.4 * DPI))


def pt(x):
    return int(round(x / 72 * DPI))


def fmt_row(cells):
    out = cells[0].ljust(WIDTHS[0])
    for c, w in zip(cells[1:], WIDTHS[1:]):
        out += c.rjust(w)
    return out


def render(angle=0.6, seed=48):
    rnd = random.Random(seed)
    paper = Image.new("L", (W, H), 242)
    px = paper.load()
    for yy in range(0, H, 2):
        for xx in range(0, W, 2):
            v = 242 - int(8 * (xx + 0.6 * yy) / (W + H))
            for ax in (0, 1):
                for ay in (0, 1):
                    if xx + ax < W and yy + ay < H:
                        px[xx + ax, yy + ay] = v
    d = ImageDraw.Draw(paper)
    strip = mm(13)                        # the left sprocket strip
    right_edge = W - mm(9)                # where the right strip was torn off
    text_left = strip + mm(14)
    lh = pt(12)                           # 6 lines per inch
    top = mm(24)
    # green-bar bands: three lines tinted, three lines plain
    band_y = top - lh // 3
    k = 0
    while band_y < H - mm(12):
        if k % 2 == 0:
            d.rectangle((strip + mm(3), band_y, right_edge, band_y + 3 * lh), fill=226)
        band_y += 3 * lh
        k += 1
    # the text, first as a solid mask
    mask = Image.new("L", (W, H), 0)
    md = ImageDraw.Draw(mask)
    mono = ImageFont.truetype(LB + "LiberationMono-Regular.ttf", pt(8.8))
    monob = ImageFont.truetype(LB + "LiberationMono-Bold.ttf", pt(8.8))
    lines = []
    lines.append((F_SCAN_HEAD[0], monob))
    lines.append((F_SCAN_HEAD[1], mono))
    lines.append(("", mono))
    lines.append((F_SCAN_HEAD[2], monob))
    lines.append((F_SCAN_HEAD[3], mono))
    lines.append(("", mono))
    cols = F_SCAN_COLS
    lines.append((fmt_row(cols), monob))
    width = sum(WIDTHS)
    lines.append(("-" * width, mono))
    rows = f_scan_rows()
    for r in rows[:-1]:
        lines.append((fmt_row(r), mono))
    lines.append(("=" * width, mono))
    lines.append((fmt_row(rows[-1]), monob))
    lines.append(("", mono))
    for t in F_SCAN_FOOT[:2]:
        lines.append((t, mono))
    lines.append(("", mono))
    lines.append((F_SCAN_FOOT[2], mono))
    y = top
    sum_y = None
    line_ink = []
    for t, f in lines:
        if t:
            md.text((text_left, y), t, font=f, fill=255)
        if t.startswith(rows[-1][0]):
            sum_y = y + lh
        line_ink.append((y, rnd.uniform(0.78, 1.0)))
        y += lh
    # break the glyphs into round dots (a 24-pin printer at roughly 0.25 mm per dot)
    cell = 2
    small = mask.resize((W // cell, H // cell), Image.BOX).point(lambda v: 255 if v > 70 else 0)
    grid = small.resize((W // cell * cell, H // cell * cell), Image.NEAREST)
    dot = Image.new("L", (cell, cell), 0)
    ImageDraw.Draw(dot).ellipse((0, 0, cell - 1, cell - 1), fill=255)
    tile = Image.new("L", grid.size, 0)
    for ty in range(0, grid.size[1], cell):
        for tx in range(0, grid.size[0], cell):
            tile.paste(dot, (tx, ty))
    dots = ImageChops.multiply(grid, tile).filter(ImageFilter.GaussianBlur(0.7))
    dots_full = Image.new("L", (W, H), 0)
    dots_full.paste(dots, (0, 0))
    # ribbon wear: lighter towards the right and from line to line
    wear = Image.new("L", (W, H), 0)
    wd = ImageDraw.Draw(wear)
    for yy, strength in line_ink:
        for xx in range(text_left - 10, right_edge, 8):
            fade = strength * (1.0 - 0.22 * (xx - text_left) / (right_edge - text_left))
            wd.rectangle((xx, yy - 4, xx + 8, yy + lh), fill=int(255 * fade))
    ink_alpha = ImageChops.multiply(dots_full, wear)
    paper = Image.composite(Image.new("L", (W, H), 38), paper, ink_alpha)
    d = ImageDraw.Draw(paper)
    # the sprocket strip: perforation and feed holes
    for yy in range(0, H, mm(2)):
        d.line((strip, yy, strip, yy + mm(1.1)), fill=150, width=2)
    hole_r = mm(2.0)
    yy = mm(6.35)
    while yy < H:
        d.ellipse((strip // 2 - hole_r, yy - hole_r, strip // 2 + hole_r, yy + hole_r), fill=46)
        yy += mm(12.7)
    # the horizontal perforation at the top
    for xx in range(strip, right_edge, mm(2)):
        d.line((xx, mm(9), xx + mm(1.1), mm(9)), fill=160, width=2)
    # ballpoint: "Bilaga 2" circled at the top right, a wavy line under the sum row
    PEN = 75
    pen = ImageFont.truetype(DJ + "DejaVuSans-Oblique.ttf", pt(13))
    note = Image.new("L", (int(pen.getlength(F_SCAN_PEN[0])) + 40, pt(26)), 0)
    ImageDraw.Draw(note).text((18, 8), F_SCAN_PEN[0], font=pen, fill=255)
    note = note.rotate(-4, expand=True, resample=Image.BICUBIC)
    nx, ny = right_edge - note.size[0] - mm(8), mm(12)
    paper.paste(Image.new("L", note.size, PEN), (nx, ny), note)
    cxn, cyn = nx + note.size[0] / 2, ny + note.size[1] / 2
    rx, ry = note.size[0] / 2 + 6, note.size[1] / 2 - 4
    pts = []
    for k in range(0, 390, 6):
        a = math.radians(k)
        wob = 1 + 0.04 * math.sin(3 * a)
        pts.append((cxn + rx * wob * math.cos(a), cyn + ry * wob * math.sin(a)))
    d.line(pts, fill=PEN, width=3)
    if sum_y is not None:
        wav = [(text_left + i * 6, sum_y - 2 + 5 * math.sin(i / 2.3)) for i in range(0, (width * 20) // 6)]
        wav = [p for p in wav if p[0] < text_left + int(mono.getlength("M") * width)]
        d.line(wav, fill=PEN, width=3)
    # rotate, then tear the right strip off: a ragged edge with the dark lid beyond
    sheet = paper.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=50, center=(W * 0.5, H * 0.5))
    d = ImageDraw.Draw(sheet)
    edge = [(right_edge + mm(1), 0)]
    yy = 0
    while yy < H:
        yy += rnd.randint(6, 14)
        edge.append((right_edge + mm(1) + rnd.randint(-4, 4) + (6 if (yy // mm(2)) % 2 else 0), yy))
    edge += [(W, H), (W, 0)]
    d.polygon(edge, fill=50)
    pxs = sheet.load()
    for yy in range(H):
        for xx in range(W):
            v = pxs[xx, yy] + rnd.gauss(0, 4.2)
            pxs[xx, yy] = max(0, min(255, int(v)))
    out_img = sheet.filter(ImageFilter.GaussianBlur(0.55))
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
    open("/tmp/s48/scan_preview.jpg", "wb").write(b.read())
    print("preview written to /tmp/s48/scan_preview.jpg")
