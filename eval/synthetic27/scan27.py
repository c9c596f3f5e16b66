"""Copied from ../synthetic26/scan26.py; synthetic27 adds a "logo" block (a consultant's letterhead: a drawn
mark, the company name and a document type at the right over a heavy rule), a "form" block (a RULED FORM of
label/value boxes with a shaded label column) and a "ttable" block (a measurement table with a TWO-LEVEL
HEADING – spanning group cells over sub-columns – a DOUBLE OUTER FRAME and every fourth row on a light grey band).
The synthetic26 note follows: copied from ../synthetic24/scan24.py; synthetic26 adds a "mono" block (lines of a case-system printout in
Liberation Mono, columns kept by spaces), a "dash" block (a dashed separator line) and a "stamp" block (a framed
received stamp). The synthetic24 note follows: copied from ../synthetic22/scan22.py; synthetic24 adds a "dtable" block (a ruled table whose columns have
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
        elif style in ("mono", "monob"):
            # a line of a case-system printout: monospace, columns kept by spaces; long lines wrap with a
            # hanging indent of five characters
            f_mono = ImageFont.truetype(LB + ("LiberationMono-Bold.ttf" if style == "monob"
                                              else "LiberationMono-Regular.ttf"), pt(8.2))
            cw = f_mono.getlength("M")
            maxc = int(width // cw)
            rest, first = text, True
            while True:
                if len(rest) <= maxc:
                    part, rest = rest, ""
                else:
                    cut = rest.rfind(" ", 0, maxc)
                    cut = maxc if cut <= 0 else cut
                    part, rest = rest[:cut], "     " + rest[cut:].lstrip()
                d.text((left, y), part, font=f_mono, fill=15)
                y += pt(11.4)
                first = False
                if not rest:
                    break
        elif style == "dash":
            f_mono = ImageFont.truetype(LB + "LiberationMono-Regular.ttf", pt(8.2))
            cw = f_mono.getlength("-")
            n = int(width // cw)
            d.text((left, y - pt(1.5)), "-" * n, font=f_mono, fill=60)
            y += pt(9)
        elif style == "stamp":
            # a framed received stamp at the right, two lines of bold capitals
            f_st = ImageFont.truetype(LB + "LiberationSans-Bold.ttf", pt(11))
            a, b = text.rsplit(" ", 1)
            tw = max(f_st.getlength(a), f_st.getlength(b)) + pt(16)
            x = W - right - tw - pt(10)
            d.rectangle((x, y, x + tw, y + pt(38)), outline=70, width=4)
            d.rectangle((x + 6, y + 6, x + tw - 6, y + pt(38) - 6), outline=110, width=2)
            d.text((x + (tw - f_st.getlength(a)) / 2, y + pt(6)), a, font=f_st, fill=60)
            d.text((x + (tw - f_st.getlength(b)) / 2, y + pt(20)), b, font=f_st, fill=60)
        elif style == "logo":
            name, kind = text.split("\t")
            f_logo = ImageFont.truetype(LB + "LiberationSans-Bold.ttf", pt(15))
            f_kind = ImageFont.truetype(LB + "LiberationSans-Bold.ttf", pt(13))
            # a drawn mark: two overlapping squares
            d.rectangle((left, y + pt(1), left + pt(16), y + pt(17)), outline=20, width=5)
            d.rectangle((left + pt(7), y + pt(6), left + pt(23), y + pt(22)), fill=90)
            d.text((left + pt(30), y + pt(3)), name, font=f_logo, fill=0)
            kw = f_kind.getlength(kind)
            d.text((W - right - kw, y + pt(4)), kind, font=f_kind, fill=0)
            y += pt(28)
            d.line((left, y, W - right, y), fill=20, width=6)
            y += pt(12)
        elif style == "form":
            lab_w = int(width * 0.24)
            rh = pt(17)
            y0 = y
            for k, v in text:
                d.rectangle((left, y, left + lab_w, y + rh), fill=225)
                d.text((left + pt(4), y + pt(3.5)), k + ":", font=f_small, fill=10)
                d.text((left + lab_w + pt(5), y + pt(2.5)), v, font=f_body, fill=0)
                d.line((left, y, W - right, y), fill=40, width=2)
                y += rh
            d.line((left, y, W - right, y), fill=40, width=2)
            for x in (left, left + lab_w, W - right):
                d.line((x, y0, x, y), fill=40, width=2)
            y += pt(8)
        elif style == "ttable":
            fr = [0.04, 0.15, 0.235, 0.085, 0.085, 0.10, 0.105, 0.095, 0.105]
            xs = [left]
            for f in fr:
                xs.append(xs[-1] + int(width * f))
            xs[-1] = W - right
            f_t = ImageFont.truetype(LB + "LiberationSans-Regular.ttf", pt(9.3))
            f_tb = ImageFont.truetype(LB + "LiberationSans-Bold.ttf", pt(8.6))
            rh = pt(18)
            y += pt(3)
            y0 = y
            h1, h2, rows = text["head1"], text["head2"], text["rows"]
            # heading row 1: spanning group cells over columns 3-5 and 7-8
            spans = [(0, 1), (1, 2), (2, 3), (3, 6), (6, 7), (7, 9)]
            for a, b in spans:
                t = h1[a]
                tw = f_tb.getlength(t)
                if b - a == 1 and a < 3:
                    d.text((xs[a] + pt(4), y + rh * 0.5 + pt(2)), t, font=f_tb, fill=0)
                else:
                    d.text(((xs[a] + xs[b]) / 2 - tw / 2, y + pt(3)), t, font=f_tb, fill=0)
            d.line((xs[3], y + rh, xs[9], y + rh), fill=40, width=2)
            for ci in range(3, 9):
                t = h2[ci]
                tw = f_tb.getlength(t)
                d.text((xs[ci + 1] - pt(4) - tw, y + rh + pt(3)), t, font=f_tb, fill=0)
            y += 2 * rh
            d.line((xs[0], y, xs[-1], y), fill=20, width=4)
            ybody = y
            for ri, row in enumerate(rows):
                if ri % 4 == 3:
                    d.rectangle((xs[0] + 2, y + 2, xs[-1] - 2, y + rh - 2), fill=236)
                for ci, cell in enumerate(row):
                    if ci < 3:
                        d.text((xs[ci] + pt(4), y + pt(3)), cell, font=f_t, fill=0)
                    else:
                        tw = f_t.getlength(cell)
                        d.text((xs[ci + 1] - pt(4) - tw, y + pt(3)), cell, font=f_t, fill=0)
                y += rh
                d.line((xs[0], y, xs[-1], y), fill=60, width=2)
            # vertical rules: full height at group borders, body only inside the groups
            for ci, x in enumerate(xs):
                top = y0 if ci in (0, 1, 2, 3, 6, 7, 9) else y0 + rh
                d.line((x, top, x, y), fill=40, width=2)
            # double outer frame
            d.rectangle((xs[0], y0, xs[-1], y), outline=20, width=3)
            d.rectangle((xs[0] - 7, y0 - 7, xs[-1] + 7, y + 7), outline=20, width=2)
            y += pt(12)
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
