"""Copied from ../synthetic24/scan24.py; synthetic25 adds a "sheet" block (a printout from a register: a grid in
LIBERATION MONO with light grey cell lines, a grey heading row and right-aligned amounts, a bold sum row), a
"stamp" block (a framed receipt stamp, slightly rotated, in grey-blue ink) and a "ticks" block (handwritten check
marks in the left margin beside given rows of the last sheet). The synthetic24 note follows: Copied from ../synthetic22/scan22.py; synthetic24 adds a "dtable" block (a ruled table whose columns have
given fractions and whose text cells WRAP over several lines, with a bold heading row) and an "initials" block
(a handwritten-looking mark in the margin). The synthetic22 note follows: copied from ../synthetic20/scan20.py; synthetic22 adds a "table" block (a fully ruled table with a bold
heading row, the first column left-aligned and the number columns right-aligned, a bold last row).

Render the text of a page as a SCANNED IMAGE with PIL: a TrueType serif font at 200 dpi on an off-white A4
page, slightly rotated, with light noise and a few specks, saved as a greyscale JPEG. The PDF page that holds the
image has no text layer, so the text can only be read by OCR."""
import io
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont

LB = "/usr/share/fonts/truetype/liberation/"
DPI = 200
W, H = 1654, 2339          # A4 at 200 dpi


def pt(x):
    return int(round(x / 72 * DPI))


def render_scan(blocks, angle=0.7, seed=20, left=215, right=200, top=190):
    """Returns the JPEG as a BytesIO (nothing is written to disk)."""
    rnd = random.Random(seed)
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    f_body = ImageFont.truetype(LB + "LiberationSerif-Regular.ttf", pt(11))
    f_bold = ImageFont.truetype(LB + "LiberationSerif-Bold.ttf", pt(11))
    f_head = ImageFont.truetype(LB + "LiberationSans-Bold.ttf", pt(12.5))
    f_small = ImageFont.truetype(LB + "LiberationSans-Regular.ttf", pt(9.5))
    width = W - left - right
    y = top
    sheet_rows = []

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

    for style, text in blocks:
        if style == "sp":
            y += pt(8)
        elif style == "rule":
            d.line((left, y, W - right, y), fill=40, width=3)
            y += pt(10)
        elif style == "small":
            parts = text.split("\t")
            d.text((left, y), parts[0], font=f_small, fill=20)
            if len(parts) > 1:
                x = left + width * 0.55
                d.text((x, y), parts[1], font=f_small, fill=20)
            y += pt(14)
        elif style == "h":
            for ln in wrap(text, f_head, width):
                d.text((left, y), ln, font=f_head, fill=0)
                y += pt(16)
            y += pt(2)
        elif style == "b":
            y += pt(4)
            d.text((left, y), text, font=f_bold, fill=0)
            y += pt(15)
        elif style == "p":
            for ln in wrap(text, f_body, width):
                d.text((left, y), ln, font=f_body, fill=0)
                y += pt(14.5)
            y += pt(4)
        elif style == "att":
            ind = pt(26)
            head, rest = text.split(" ", 1)
            d.text((left, y), head, font=f_body, fill=0)
            for ln in wrap(rest, f_body, width - ind):
                d.text((left + ind, y), ln, font=f_body, fill=0)
                y += pt(14.5)
            y += pt(3)
        elif style == "table":
            fr = [0.40, 0.17, 0.18, 0.25]
            xs = [left]
            for f in fr:
                xs.append(xs[-1] + int(width * f))
            rh = pt(17)
            y += pt(3)
            y0 = y
            for ri, row in enumerate(text):
                font = f_bold if ri in (0, len(text) - 1) else f_body
                for ci, cell in enumerate(row):
                    if ci == 0:
                        d.text((xs[0] + pt(4), y + pt(3)), cell, font=font, fill=0)
                    else:
                        tw = font.getlength(cell)
                        d.text((xs[ci + 1] - pt(4) - tw, y + pt(3)), cell, font=font, fill=0)
                d.line((xs[0], y, xs[-1], y), fill=30, width=3 if ri in (0, 1, len(text) - 1) else 2)
                y += rh
            d.line((xs[0], y, xs[-1], y), fill=30, width=3)
            for x in xs:
                d.line((x, y0, x, y), fill=30, width=2)
            y += pt(8)
        elif style == "dtable":
            # text = {"fr": column fractions, "align": "L"/"R" per column, "rows": [[cell, ...], ...]}
            fr, al, rows = text["fr"], text["align"], text["rows"]
            xs = [left]
            for f in fr:
                xs.append(xs[-1] + int(width * f))
            f_tab = ImageFont.truetype(LB + "LiberationSerif-Regular.ttf", pt(9.6))
            f_tabb = ImageFont.truetype(LB + "LiberationSerif-Bold.ttf", pt(9.6))
            lh_ = pt(12.2)
            y += pt(3)
            y0 = y
            for ri, row in enumerate(rows):
                font = f_tabb if ri == 0 else f_tab
                cells = [wrap(c, font, xs[ci + 1] - xs[ci] - pt(7)) or [""] for ci, c in enumerate(row)]
                nl = max(len(c) for c in cells)
                for ci, lines in enumerate(cells):
                    for li, ln in enumerate(lines):
                        yy = y + pt(2.5) + li * lh_
                        if al[ci] == "R":
                            tw = font.getlength(ln)
                            d.text((xs[ci + 1] - pt(3.5) - tw, yy), ln, font=font, fill=0)
                        else:
                            d.text((xs[ci] + pt(3.5), yy), ln, font=font, fill=0)
                d.line((xs[0], y, xs[-1], y), fill=30, width=3 if ri in (0, 1) else 2)
                y += nl * lh_ + pt(4)
            d.line((xs[0], y, xs[-1], y), fill=30, width=3)
            for x in xs:
                d.line((x, y0, x, y), fill=30, width=2)
            y += pt(8)
        elif style == "sheet":
            # text = {"fr": column fractions, "align": "L"/"R" per column, "rows": [[cell, ...], ...], "bold_last"}
            fr, al, rows = text["fr"], text["align"], text["rows"]
            xs = [left]
            for f in fr:
                xs.append(xs[-1] + int(width * f))
            f_m = ImageFont.truetype(LB + "LiberationMono-Regular.ttf", pt(9.4))
            f_mb = ImageFont.truetype(LB + "LiberationMono-Bold.ttf", pt(9.4))
            rh = pt(14.5)
            y += pt(3)
            y0 = y
            sheet_rows.clear()
            for ri, row in enumerate(rows):
                last = text.get("bold_last") and ri == len(rows) - 1
                font = f_mb if ri == 0 or last else f_m
                if ri == 0:
                    d.rectangle((xs[0], y, xs[-1], y + rh), fill=222)
                sheet_rows.append(y)
                for ci, cell in enumerate(row):
                    if al[ci] == "R":
                        tw = font.getlength(cell)
                        d.text((xs[ci + 1] - pt(4) - tw, y + pt(3)), cell, font=font, fill=0)
                    else:
                        d.text((xs[ci] + pt(4), y + pt(3)), cell, font=font, fill=0)
                d.line((xs[0], y, xs[-1], y), fill=150 if 0 < ri < len(rows) - 1 else 60, width=2)
                y += rh
            d.line((xs[0], y, xs[-1], y), fill=60, width=2)
            for x in xs:
                d.line((x, y0, x, y), fill=150, width=2)
            y += pt(8)
        elif style == "ticks":
            # handwritten check marks in the left margin beside the given row indices of the last sheet
            for ri in text:
                yy = sheet_rows[ri] + pt(5)
                x = left - pt(22)
                d.line([(x, yy), (x + pt(4), yy + pt(4)), (x + pt(11), yy - pt(5))], fill=70, width=4)
        elif style == "stamp":
            # a framed receipt stamp, drawn on its own layer and rotated a little, at the right of the current line
            lines = text.split("\n")
            f_st = ImageFont.truetype(LB + "LiberationSans-Bold.ttf", pt(10))
            sw = int(max(f_st.getlength(l) for l in lines) + pt(16))
            sh = int(len(lines) * pt(13) + pt(10))
            st = Image.new("L", (sw, sh), 255)
            sd = ImageDraw.Draw(st)
            sd.rectangle((2, 2, sw - 3, sh - 3), outline=95, width=5)
            for k, l in enumerate(lines):
                tw = f_st.getlength(l)
                sd.text(((sw - tw) / 2, pt(5) + k * pt(13)), l, font=f_st, fill=95)
            st = st.rotate(3.5, resample=Image.BICUBIC, expand=True, fillcolor=255)
            img.paste(Image.composite(st, img.crop((W - right - st.width, y, W - right, y + st.height)),
                                      st.point(lambda v: 255 if v < 200 else 0)), (W - right - st.width, y))
            y += st.height + pt(6)
        elif style == "note":
            f_note = ImageFont.truetype(LB + "LiberationSerif-Italic.ttf", pt(10))
            for ln in wrap(text, f_note, width):
                d.text((left, y), ln, font=f_note, fill=10)
                y += pt(13)
            y += pt(4)
        elif style == "initials":
            # a handwritten-looking paraph in the right margin at the current height
            x = W - right + pt(14)
            pts, py = [], y - pt(30)
            for i in range(14):
                pts.append((x + i * 7 + rnd.randint(-3, 3), py + rnd.randint(-12, 12)))
            d.line(pts, fill=60, width=3)
        elif style == "sign":
            names = text.split("\t")
            for k, name in enumerate(names):
                x = left + k * width * 0.55
                # a handwritten-looking signature above the printed name
                pts, px = [], x + 10
                for i in range(28):
                    px += rnd.randint(6, 12)
                    pts.append((px, y + pt(12) + rnd.randint(-14, 14)))
                d.line(pts, fill=50, width=3)
                d.line((x, y + pt(26), x + width * 0.4, y + pt(26)), fill=90, width=2)
                d.text((x, y + pt(29)), name, font=f_small, fill=20)
            y += pt(48)
    # scanner look: rotation, slight blur, paper tone, noise and specks
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    px = img.load()
    for yy in range(H):
        for xx in range(0, W):
            v = px[xx, yy]
            n = rnd.gauss(0, 6)
            v = v * 0.96 + 4 + n if v > 200 else v + n * 0.5
            px[xx, yy] = max(0, min(255, int(v)))
    d = ImageDraw.Draw(img)
    for _ in range(220):
        x, yy = rnd.randrange(W), rnd.randrange(H)
        r = rnd.choice((1, 1, 1, 2))
        d.ellipse((x, yy, x + r, yy + r), fill=rnd.randint(60, 150))
    # a faint shadow along the left edge, as from the scanner lid
    for xx in range(14):
        for yy in range(H):
            px = img.getpixel((xx, yy))
            img.putpixel((xx, yy), int(px * (0.75 + xx * 0.018)))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=82)
    out.seek(0)
    return out
