"""Copied from ../synthetic32/scan32.py; synthetic33 adds a "fold" flag (the sheet was FOLDED IN THREE: two faint
horizontal creases with a soft shadow under each, drawn over the finished page), a "pagelabel" block (an underlined
bold label at the top right), a "crest" block (a letterhead with a drawn ROAD MARK – a ring holding a road in
perspective – beside two sender lines over a double rule) and a "gtable" block (a FULLY GRIDDED table in DejaVu
Sans Condensed with a grey heading band and a DOUBLE RULE under the heading, wrapping text cells, HANDWRITTEN TICKS
in the right margin beside the rows named in "ticks", and bold sum rows under a heavy rule that have horizontal
rules only). The synthetic32 note follows: copied from
../synthetic30/scan30.py; synthetic32 adds a "staple" block (a staple with its shadow in the top left
corner), a "bleed" block (BLEED-THROUGH: the faint MIRRORED text of the back of the sheet across the page), a
"pagestamp" block (a framed two-line label at the top right, "Bilaga 1 till KF § 142" over the date), a "wave"
block (a letterhead with a drawn mark of three wavy lines beside two sender lines over a single rule), a "vtable"
block (a table in Liberation Sans Narrow with a TWO-LEVEL HEADING – the years over "exkl. moms" / "inkl. moms" –,
HORIZONTAL RULES ONLY, bold italic group rows and right-aligned amounts) and a "coffee" block (a faint COFFEE-CUP
RING in the lower right margin). The synthetic30 note follows: copied from ../synthetic28/scan28.py; synthetic30 adds a "faxhead" block (a small monospaced fax/printer
header line at the very top edge), a "punch" block (two punched holes in the left margin, dark as the scanner lid
shows through them), a "letterhead" block (a small drawn mark of three bars beside the sender lines), a "grid"
block (a FULLY GRIDDED table in DejaVu Serif with a grey heading band and a DOUBLE VERTICAL RULE after the first
column, text cells wrapping) and a "watermark" block (a large diagonal pale "KOPIA" stamped across the page and
combined with the text so that the letters stay dark). The synthetic28 note follows: copied from
../synthetic26/scan26.py; synthetic28 adds an "emblem" block (a round municipal emblem beside the
sender lines), a "zebra" block (a register printout with zebra shading, no vertical rules and a two-line
serveringsställe / sökande cell) and a "roundstamp" block (a round rubber stamp with a date). The synthetic26 note
follows: copied from ../synthetic24/scan24.py; synthetic26 adds a "mono" block (lines of a case-system printout in
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

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

LB = "/usr/share/fonts/truetype/liberation/"
DJ = "/usr/share/fonts/truetype/dejavu/"
DPI = 200
W, H = 1654, 2339          # A4 at 200 dpi


def pt(x):
    return int(round(x / 72 * DPI))


def render_scan(blocks, angle=0.7, seed=20, left=215, right=200, top=190, family="liberation"):
    """Returns the JPEG as a BytesIO (nothing is written to disk). synthetic30 adds family="dejavu" (DejaVu
    Serif body, DejaVu Sans headings)."""
    rnd = random.Random(seed)
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    if family == "dejavu":
        f_body = ImageFont.truetype(DJ + "DejaVuSerif.ttf", pt(10.4))
        f_bold = ImageFont.truetype(DJ + "DejaVuSerif-Bold.ttf", pt(10.4))
        f_head = ImageFont.truetype(DJ + "DejaVuSans-Bold.ttf", pt(12))
        f_small = ImageFont.truetype(DJ + "DejaVuSans.ttf", pt(9))
        f_ital = DJ + "DejaVuSerif-Italic.ttf"
    else:
        f_body = ImageFont.truetype(LB + "LiberationSerif-Regular.ttf", pt(11))
        f_bold = ImageFont.truetype(LB + "LiberationSerif-Bold.ttf", pt(11))
        f_head = ImageFont.truetype(LB + "LiberationSans-Bold.ttf", pt(12.5))
        f_small = ImageFont.truetype(LB + "LiberationSans-Regular.ttf", pt(9.5))
        f_ital = LB + "LiberationSerif-Italic.ttf"
    width = W - left - right
    y = top
    fold = False

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
            f_note = ImageFont.truetype(f_ital, pt(10) if family != "dejavu" else pt(9.6))
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
        elif style == "emblem":
            # synthetic28: a round municipal emblem (a ring with a wave and the initial) left of two lines of
            # sender text, the first in bold capitals
            a, b = text.split("\t")
            r = pt(17)
            cx, cy = left + r, y + r
            d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=30, width=5)
            d.ellipse((cx - r + 9, cy - r + 9, cx + r - 9, cy + r - 9), outline=90, width=2)
            f_em = ImageFont.truetype(LB + "LiberationSerif-Bold.ttf", pt(19))
            tw = f_em.getlength("T")
            d.text((cx - tw / 2, cy - pt(13)), "T", font=f_em, fill=25)
            for i in range(3):
                xx = cx - r + 16 + i * (2 * r - 32) / 3
                d.arc((xx, cy + pt(4), xx + (2 * r - 32) / 3, cy + pt(10)), 180, 360, fill=40, width=3)
            d.text((left + 2 * r + pt(10), y + pt(4)), a, font=f_head, fill=0)
            d.text((left + 2 * r + pt(10), y + pt(20)), b, font=f_small, fill=20)
            y += 2 * r + pt(8)
            d.line((left, y, W - right, y), fill=60, width=2)
            y += pt(8)
        elif style == "zebra":
            # synthetic28: a register printout with ZEBRA SHADING and no vertical rules; the second column holds
            # the serveringsställe in bold and the sökande in small type under it; a heavy rule under the heading
            fr = [0.135, 0.24, 0.055, 0.135, 0.09, 0.20, 0.145]
            al = ["L", "L", "L", "L", "R", "L", "L"]
            xs = [left]
            for f_ in fr:
                xs.append(xs[-1] + int(width * f_))
            f_tab = ImageFont.truetype(LB + "LiberationSans-Regular.ttf", pt(8.6))
            f_tabb = ImageFont.truetype(LB + "LiberationSans-Bold.ttf", pt(8.6))
            f_sub = ImageFont.truetype(LB + "LiberationSans-Italic.ttf", pt(7.6))
            lh_ = pt(11)
            y += pt(4)
            head = text[0]
            hh = pt(21)
            d.rectangle((xs[0], y, xs[-1], y + hh), fill=205)
            for ci, c in enumerate(head):
                cells = wrap(c, f_tabb, xs[ci + 1] - xs[ci] - pt(5))
                for li, ln in enumerate(cells[:2]):
                    yy = y + pt(1.5) + li * pt(9) if len(cells) > 1 else y + pt(6)
                    if al[ci] == "R":
                        d.text((xs[ci + 1] - pt(3) - f_tabb.getlength(ln), yy), ln, font=f_tabb, fill=0)
                    else:
                        d.text((xs[ci] + pt(3), yy), ln, font=f_tabb, fill=0)
            y += hh
            d.line((xs[0], y, xs[-1], y), fill=20, width=5)
            for ri, row in enumerate(text[1:]):
                rh = lh_ * 2 + pt(3)
                if ri % 2 == 1:
                    d.rectangle((xs[0], y, xs[-1], y + rh), fill=228)
                for ci, c in enumerate(row):
                    if isinstance(c, tuple):
                        d.text((xs[ci] + pt(3), y + pt(1.8)), c[0], font=f_tabb, fill=0)
                        d.text((xs[ci] + pt(3), y + pt(1.8) + lh_), c[1], font=f_sub, fill=35)
                        continue
                    lines = wrap(c, f_tab, xs[ci + 1] - xs[ci] - pt(5))
                    for li, ln in enumerate(lines):
                        yy = y + pt(1.8) + li * lh_
                        if al[ci] == "R":
                            d.text((xs[ci + 1] - pt(3) - f_tab.getlength(ln), yy), ln, font=f_tab, fill=0)
                        else:
                            d.text((xs[ci] + pt(3), yy), ln, font=f_tab, fill=0)
                y += rh
            d.line((xs[0], y, xs[-1], y), fill=20, width=4)
            y += pt(8)
        elif style == "roundstamp":
            # synthetic28: a ROUND rubber stamp (double ring, three lines, the date in the middle), slightly faint,
            # at the right of the current line
            lines = text.split("\t")
            r = pt(46)
            cx, cy = W - right - r - pt(6), y + r
            f_st = ImageFont.truetype(LB + "LiberationSans-Bold.ttf", pt(6.4))
            f_dt = ImageFont.truetype(LB + "LiberationSans-Bold.ttf", pt(10.5))
            d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=95, width=5)
            d.ellipse((cx - r + 12, cy - r + 12, cx + r - 12, cy + r - 12), outline=120, width=2)
            for k, (ln, fnt, dy) in enumerate(((lines[0], f_st, -pt(15.5)), (lines[2], f_dt, -pt(6.5)),
                                               (lines[1], f_st, pt(9)))):
                d.text((cx - fnt.getlength(ln) / 2, cy + dy), ln, font=fnt, fill=85)
        elif style == "faxhead":
            # synthetic30: a fax/printer header line in small monospace at the very top edge
            f_fx = ImageFont.truetype(DJ + "DejaVuSansMono.ttf", pt(7.2))
            d.text((left - pt(20), pt(14)), text, font=f_fx, fill=45)
        elif style == "punch":
            # synthetic30: two punched holes in the left margin, 80 mm apart around the middle of the page
            r = pt(8.5)
            cx = pt(34)
            for cy in (H // 2 - pt(113), H // 2 + pt(113)):
                d.ellipse((cx - r - 4, cy - r - 4, cx + r + 4, cy + r + 4), fill=170)
                d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=55)
        elif style == "letterhead":
            # synthetic30: a small drawn mark (three bars of different height) left of two sender lines
            a, b = text.split("\t")
            x0, hh = left, pt(30)
            for i, frac in enumerate((0.55, 1.0, 0.75)):
                bx = x0 + i * pt(8)
                d.rectangle((bx, y + hh * (1 - frac), bx + pt(5.5), y + hh), fill=40)
            f_lh = ImageFont.truetype(DJ + "DejaVuSerif-Bold.ttf", pt(13))
            f_lh2 = ImageFont.truetype(DJ + "DejaVuSerif.ttf", pt(10))
            d.text((x0 + pt(32), y + pt(1)), a, font=f_lh, fill=0)
            d.text((x0 + pt(32), y + pt(17)), b, font=f_lh2, fill=25)
            y += hh + pt(8)
            d.line((left, y, W - right, y), fill=50, width=2)
            d.line((left, y + 5, W - right, y + 5), fill=50, width=2)
            y += pt(10)
        elif style == "grid":
            # synthetic30: a fully gridded table in DejaVu Serif, a grey heading band, a DOUBLE vertical rule
            # after the first column, text cells wrapping, the amount right-aligned
            fr = [0.16, 0.39, 0.165, 0.125, 0.16]
            al = ["L", "L", "L", "L", "R"]
            xs = [left]
            for f_ in fr:
                xs.append(xs[-1] + int(width * f_))
            f_tab = ImageFont.truetype(DJ + "DejaVuSerif.ttf", pt(9.2))
            f_tabb = ImageFont.truetype(DJ + "DejaVuSerif-Bold.ttf", pt(9.2))
            lh_ = pt(12)
            y += pt(4)
            y0 = y
            for ri, row in enumerate(text):
                font = f_tabb if ri == 0 else f_tab
                cells = [wrap(c, font, xs[ci + 1] - xs[ci] - pt(8)) or [""] for ci, c in enumerate(row)]
                nl = max(len(c) for c in cells)
                rh = nl * lh_ + pt(5)
                if ri == 0:
                    d.rectangle((xs[0], y, xs[-1], y + rh), fill=212)
                for ci, lines in enumerate(cells):
                    for li, ln in enumerate(lines):
                        yy = y + pt(2.6) + li * lh_
                        if al[ci] == "R":
                            d.text((xs[ci + 1] - pt(4) - font.getlength(ln), yy), ln, font=font, fill=0)
                        else:
                            d.text((xs[ci] + pt(4), yy), ln, font=font, fill=0)
                d.line((xs[0], y, xs[-1], y), fill=30, width=3 if ri <= 1 else 2)
                y += rh
            d.line((xs[0], y, xs[-1], y), fill=30, width=3)
            for k, x in enumerate(xs):
                d.line((x, y0, x, y), fill=30, width=3 if k in (0, len(xs) - 1) else 2)
            d.line((xs[1] + 6, y0, xs[1] + 6, y), fill=30, width=2)
            y += pt(8)
        elif style == "watermark":
            # synthetic30: a large pale diagonal word across the page, combined so that dark text stays dark
            wm = Image.new("L", (W, H), 255)
            f_wm = ImageFont.truetype(DJ + "DejaVuSans-Bold.ttf", pt(120))
            tw = f_wm.getlength(text)
            layer = Image.new("L", (int(tw) + 40, pt(150)), 255)
            ImageDraw.Draw(layer).text((20, 0), text, font=f_wm, fill=228)
            layer = layer.rotate(35, expand=True, fillcolor=255)
            wm.paste(layer, ((W - layer.width) // 2, (H - layer.height) // 2))
            img = ImageChops.darker(img, wm)
            d = ImageDraw.Draw(img)
        elif style == "staple":
            # synthetic32: a staple in the top left corner, slightly slanted, with a grey shadow and two holes
            x0, y0 = pt(30), pt(26)
            d.line((x0 + 3, y0 + 4, x0 + pt(34) + 3, y0 - pt(6) + 4), fill=175, width=9)
            d.line((x0, y0, x0 + pt(34), y0 - pt(6)), fill=60, width=7)
            d.line((x0 + 2, y0 - 1, x0 + pt(34) - 2, y0 - pt(6) - 1), fill=150, width=2)
        elif style == "bleed":
            # synthetic32: bleed-through of the back of the sheet – faint MIRRORED lines of text over the page
            layer = Image.new("L", (W, H), 255)
            ld = ImageDraw.Draw(layer)
            f_bl = ImageFont.truetype(LB + "LiberationSerif-Regular.ttf", pt(10.5))
            words_ = (text + " ").split() * 40
            yy, k = pt(95), 0
            while yy < H - pt(120):
                line = " ".join(words_[k:k + 12])
                k = (k + 7) % 30
                ld.text((left + rnd.randint(-8, 8), yy), line, font=f_bl, fill=240)
                yy += pt(15)
            layer = layer.transpose(Image.FLIP_LEFT_RIGHT).filter(ImageFilter.GaussianBlur(1.3))
            img = ImageChops.darker(img, layer)
            d = ImageDraw.Draw(img)
        elif style == "pagestamp":
            # synthetic32: a framed two-line label at the top right (not in the flow)
            a, b = text.split("\t")
            f_ps = ImageFont.truetype(LB + "LiberationSans-Bold.ttf", pt(9.5))
            f_ps2 = ImageFont.truetype(LB + "LiberationSans-Regular.ttf", pt(9))
            tw = max(f_ps.getlength(a), f_ps2.getlength(b)) + pt(14)
            x = W - right - tw
            yt = top - pt(40)
            d.rectangle((x, yt, x + tw, yt + pt(30)), outline=40, width=3)
            d.text((x + pt(7), yt + pt(4)), a, font=f_ps, fill=10)
            d.text((x + pt(7), yt + pt(16)), b, font=f_ps2, fill=30)
        elif style == "wave":
            # synthetic32: a letterhead with a mark of three wavy lines (water) beside two sender lines
            import math
            a, b = text.split("\t")
            x0, hh = left, pt(28)
            for i in range(3):
                pts = []
                for k in range(0, pt(30)):
                    pts.append((x0 + k, y + pt(6) + i * pt(8) + math.sin(k / pt(30) * 4 * math.pi) * pt(2.2)))
                d.line(pts, fill=35, width=4)
            f_lh = ImageFont.truetype(LB + "LiberationSans-Bold.ttf", pt(13))
            f_lh2 = ImageFont.truetype(LB + "LiberationSans-Regular.ttf", pt(10))
            d.text((x0 + pt(40), y + pt(1)), a, font=f_lh, fill=0)
            d.text((x0 + pt(40), y + pt(17)), b, font=f_lh2, fill=25)
            y += hh + pt(8)
            d.line((left, y, W - right, y), fill=45, width=3)
            y += pt(10)
        elif style == "vtable":
            # synthetic32: a fee table with a TWO-LEVEL HEADING (the year over exkl./inkl. moms), horizontal rules
            # only, bold italic group rows and right-aligned amounts, in Liberation Sans Narrow
            fr = [0.255, 0.205, 0.135, 0.135, 0.135, 0.135]
            al = ["L", "L", "R", "R", "R", "R"]
            xs = [left]
            for f_ in fr:
                xs.append(xs[-1] + int(width * f_))
            f_tab = ImageFont.truetype(LB + "LiberationSansNarrow-Regular.ttf", pt(10))
            f_tabb = ImageFont.truetype(LB + "LiberationSansNarrow-Bold.ttf", pt(10))
            f_grp = ImageFont.truetype(LB + "LiberationSansNarrow-BoldItalic.ttf", pt(10))
            lh_ = pt(12.5)
            y += pt(4)
            d.line((xs[0], y, xs[-1], y), fill=20, width=4)
            # upper heading level: the years, centred over their two columns with a short rule under them
            for gi, yr in enumerate(text["groups"]):
                a_, b_ = xs[2 + 2 * gi], xs[4 + 2 * gi]
                tw = f_tabb.getlength(yr)
                d.text(((a_ + b_) / 2 - tw / 2, y + pt(3)), yr, font=f_tabb, fill=0)
                d.line((a_ + pt(6), y + pt(16), b_ - pt(3), y + pt(16)), fill=60, width=2)
            for ci, h_ in enumerate(text["head"]):
                yy = y + pt(10) if ci < 2 else y + pt(19)
                if al[ci] == "R":
                    d.text((xs[ci + 1] - pt(4) - f_tabb.getlength(h_), yy), h_, font=f_tabb, fill=0)
                else:
                    d.text((xs[ci] + pt(3), yy), h_, font=f_tabb, fill=0)
            y += pt(33)
            d.line((xs[0], y, xs[-1], y), fill=20, width=3)
            for kind, row in text["body"]:
                if kind == "group":
                    y += pt(3)
                    d.text((xs[0] + pt(3), y + pt(2)), row, font=f_grp, fill=0)
                    y += lh_ + pt(3)
                    continue
                for ci, c in enumerate(row):
                    if al[ci] == "R":
                        d.text((xs[ci + 1] - pt(4) - f_tab.getlength(c), y + pt(2)), c, font=f_tab, fill=0)
                    else:
                        d.text((xs[ci] + pt(3) + (pt(8) if ci == 0 else 0), y + pt(2)), c, font=f_tab, fill=0)
                y += lh_ + pt(3)
                d.line((xs[0], y, xs[-1], y), fill=150, width=1)
            d.line((xs[0], y, xs[-1], y), fill=20, width=4)
            y += pt(10)
        elif style == "coffee":
            # synthetic32: a faint coffee-cup ring in the lower right margin, uneven in width and tone
            import math
            layer = Image.new("L", (W, H), 255)
            ld = ImageDraw.Draw(layer)
            cx, cy, rr = W - pt(95), H - pt(150), pt(48)
            for k in range(360):
                a1 = math.radians(k)
                wdt = 3 + int(3 * (1 + math.sin(a1 * 3)))
                tone = 205 + int(15 * math.cos(a1 * 2))
                px_, py_ = cx + rr * math.cos(a1), cy + rr * math.sin(a1)
                ld.ellipse((px_ - wdt, py_ - wdt, px_ + wdt, py_ + wdt), fill=tone)
            layer = layer.filter(ImageFilter.GaussianBlur(2.2))
            img = ImageChops.darker(img, layer)
            d = ImageDraw.Draw(img)
        elif style == "fold":
            # synthetic33: remember to add the two creases of a sheet folded in three after all text is drawn
            fold = True
        elif style == "pagelabel":
            # synthetic33: an underlined bold label at the top right (not in the flow)
            f_pl = ImageFont.truetype(DJ + "DejaVuSans-Bold.ttf", pt(9.5))
            tw = f_pl.getlength(text)
            x = W - right - tw
            yt = top - pt(34)
            d.text((x, yt), text, font=f_pl, fill=15)
            d.line((x, yt + pt(13), x + tw, yt + pt(13)), fill=40, width=2)
        elif style == "crest":
            # synthetic33: a letterhead with a drawn ROAD MARK (a ring holding a road in perspective with a dashed
            # centre line) beside two sender lines over a double rule
            a, b = text.split("\t")
            x0, r = left, pt(14)
            cx, cy = x0 + r, y + r
            d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=25, width=4)
            d.line((cx - r * 0.62, cy + r * 0.78, cx - r * 0.1, cy - r * 0.7), fill=25, width=4)
            d.line((cx + r * 0.62, cy + r * 0.78, cx + r * 0.1, cy - r * 0.7), fill=25, width=4)
            for k in range(3):
                t0 = 0.75 - k * 0.5
                d.line((cx, cy + r * t0, cx, cy + r * (t0 - 0.25)), fill=40, width=3)
            f_c1 = ImageFont.truetype(DJ + "DejaVuSans-Bold.ttf", pt(12.5))
            f_c2 = ImageFont.truetype(DJ + "DejaVuSans.ttf", pt(9.6))
            d.text((x0 + 2 * r + pt(10), y + pt(2)), a, font=f_c1, fill=0)
            d.text((x0 + 2 * r + pt(10), y + pt(17)), b, font=f_c2, fill=25)
            y += 2 * r + pt(8)
            d.line((left, y, W - right, y), fill=40, width=3)
            d.line((left, y + 6, W - right, y + 6), fill=90, width=1)
            y += pt(12)
        elif style == "gtable":
            # synthetic33: a fully gridded table in DejaVu Sans Condensed, a grey heading band, a DOUBLE RULE under
            # the heading, wrapping text cells, HANDWRITTEN TICKS in the right margin beside some rows, bold sum rows
            # with horizontal rules only under a heavy rule
            fr = [0.05, 0.165, 0.225, 0.25, 0.095, 0.125, 0.085]
            al = ["R", "L", "L", "L", "R", "R", "R"]
            xs = [left]
            for f_ in fr:
                xs.append(xs[-1] + int(width * f_))
            f_tab = ImageFont.truetype(DJ + "DejaVuSansCondensed.ttf", pt(8.8))
            f_tabb = ImageFont.truetype(DJ + "DejaVuSansCondensed-Bold.ttf", pt(8.8))
            lh_ = pt(11.2)
            y += pt(4)
            y0 = y
            ticks = {str(t_) for t_ in text.get("ticks", ())}
            for ri, row in enumerate(text["rows"]):
                font = f_tabb if ri == 0 else f_tab
                cells = [wrap(c, font, xs[ci + 1] - xs[ci] - pt(7)) or [""] for ci, c in enumerate(row)]
                nl = max(len(c) for c in cells)
                rh = nl * lh_ + pt(5)
                if ri == 0:
                    d.rectangle((xs[0], y, xs[-1], y + rh), fill=210)
                elif row[0] in ticks:
                    # a handwritten tick in the right margin, a little uneven
                    tx, ty = xs[-1] + pt(7), y + pt(6)
                    d.line([(tx, ty), (tx + pt(3) + rnd.randint(-2, 2), ty + pt(4)),
                            (tx + pt(10) + rnd.randint(-3, 3), ty - pt(5) + rnd.randint(-3, 3))], fill=45, width=4)
                for ci, lines in enumerate(cells):
                    for li, ln in enumerate(lines):
                        yy = y + pt(2.6) + li * lh_
                        if al[ci] == "R" and ri > 0:
                            d.text((xs[ci + 1] - pt(3.5) - font.getlength(ln), yy), ln, font=font, fill=0)
                        else:
                            d.text((xs[ci] + pt(3.5), yy), ln, font=font, fill=0)
                d.line((xs[0], y, xs[-1], y), fill=30, width=2)
                if ri == 1:
                    d.line((xs[0], y - 6, xs[-1], y - 6), fill=30, width=2)
                y += rh
            for x in xs:
                d.line((x, y0, x, y), fill=30, width=2)
            d.line((xs[0], y, xs[-1], y), fill=20, width=5)
            for row in text["sums"]:
                rh = lh_ + pt(5)
                for ci, c in enumerate(row):
                    if not c:
                        continue
                    if al[ci] == "R":
                        d.text((xs[ci + 1] - pt(3.5) - f_tabb.getlength(c), y + pt(2.6)), c, font=f_tabb, fill=0)
                    else:
                        d.text((xs[ci] + pt(3.5), y + pt(2.6)), c, font=f_tabb, fill=0)
                y += rh
                d.line((xs[0], y, xs[-1], y), fill=110, width=1)
            d.line((xs[0], y, xs[-1], y), fill=20, width=4)
            y += pt(10)
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
    if fold:
        # synthetic33: two creases of a sheet folded in three – a pale line with a soft shadow under it
        layer = Image.new("L", (W, H), 255)
        ld = ImageDraw.Draw(layer)
        for cy in (H // 3 + pt(6), 2 * H // 3 + pt(4)):
            for k in range(16):
                ld.line((0, cy + k, W, cy + k + rnd.randint(-1, 1)), fill=min(255, 214 + k * 3))
        layer = layer.filter(ImageFilter.GaussianBlur(1.6))
        img = ImageChops.multiply(img, layer)
        d = ImageDraw.Draw(img)
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
