"""Render page 2 of the Frösvala document (section 2 of the PRINTED results report, "Resultat per skolenhet", with
Tabell 1) as a SCANNED GREYSCALE IMAGE with PIL at 200 dpi: in fact a PHOTO OF THE PRINTED SHEET TAKEN WITH A PHONE
and sent in as the scan. The printed page is drawn first on an A4 sheet in DejaVu Serif (running text) and DejaVu
Sans / Sans Condensed (running head, table): the report's own running head with "Sida 2" over a hairline, the
section heading, an intro, the caption, a TWO-LEVEL HEADING ("Meritvärde (17 ämnen)", "Behöriga till gymnasiet, %"
and "Godkända i alla ämnen, %" each spanning Flickor / Pojkar / Samtliga, with short rules under the spans and THIN
VERTICAL RULES between the three groups), six school rows with hairlines, the municipality's total in bold on a grey
band and the national row in italics, three notes, a source line and a short comment. On top: a BLACK BINDER CLIP
gripping the top edge and "prel." written in pencil beside the caption with an arrow. The photo look: the sheet is
drawn into a KEYSTONED QUADRILATERAL (the phone was held slightly tilted, the top edge narrower and the whole sheet
turned by about half a degree), a DARK TABLE SURFACE shows along the edges, the LIGHT FALLS OFF towards the lower
right corner with a vignette, and the image is blurred slightly with sensor noise; saved as a greyscale JPEG and
returned as a BytesIO (nothing is written to disk).

Every string printed here comes from data.py, in the order of data.f_scan_text(), which check.py uses as the text
of this page. The skeleton (the wrap helper, the grain) is modelled on ../synthetic40/scan40.py."""
import io

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from data import (F_SCAN_RUNHEAD, F_SCAN_PAGENO, F_SCAN_TITLE, F_SCAN_INTRO, F_SCAN_CAPTION, F_SCAN_HEAD1,
                  F_SCAN_HEAD2, F_SCAN_NOTES, F_SCAN_COMMENT_HEAD, F_SCAN_COMMENT, F_SCAN_PENCIL, f_scan_rows)

DJ = "/usr/share/fonts/truetype/dejavu/"
DPI = 200
W, H = 1654, 2339
INK = 28


def pt(x):
    return int(round(x / 72 * DPI))


def _coeffs(dst, src):
    """perspective coefficients that map output points dst to input points src (PIL's convention)"""
    a = []
    b = []
    for (x, y), (u, v) in zip(dst, src):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b += [u, v]
    return np.linalg.solve(np.array(a, dtype=float), np.array(b, dtype=float)).tolist()


def sheet():
    img = Image.new("L", (W, H), 250)
    d = ImageDraw.Draw(img)
    f_head = ImageFont.truetype(DJ + "DejaVuSans.ttf", pt(8))
    f_title = ImageFont.truetype(DJ + "DejaVuSans-Bold.ttf", pt(13))
    f_txt = ImageFont.truetype(DJ + "DejaVuSerif.ttf", pt(10))
    f_cap = ImageFont.truetype(DJ + "DejaVuSans-Bold.ttf", pt(9.5))
    f_c = ImageFont.truetype(DJ + "DejaVuSansCondensed.ttf", pt(8.6))
    f_cb = ImageFont.truetype(DJ + "DejaVuSansCondensed-Bold.ttf", pt(8.6))
    f_ci = ImageFont.truetype(DJ + "DejaVuSansCondensed-Oblique.ttf", pt(8.6))
    f_ital = ImageFont.truetype(DJ + "DejaVuSerif-Italic.ttf", pt(8.4))
    f_pencil = ImageFont.truetype(DJ + "DejaVuSans-Oblique.ttf", pt(11))
    left, right = 200, 170
    width = W - left - right
    y = 175

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

    d.text((left, y), F_SCAN_RUNHEAD, font=f_head, fill=80)
    d.text((W - right - f_head.getlength(F_SCAN_PAGENO), y), F_SCAN_PAGENO, font=f_head, fill=80)
    y += pt(13)
    d.line((left, y, W - right, y), fill=130, width=2)
    y += pt(26)
    d.text((left, y), F_SCAN_TITLE, font=f_title, fill=INK)
    y += pt(24)
    for ln in wrap(F_SCAN_INTRO, f_txt, width):
        d.text((left, y), ln, font=f_txt, fill=INK)
        y += pt(14.5)
    y += pt(14)
    cap_y = y
    d.text((left, y), F_SCAN_CAPTION, font=f_cap, fill=INK)
    cap_end = left + f_cap.getlength(F_SCAN_CAPTION)
    y += pt(22)

    fr = [0.21, 0.062] + [0.0809] * 9
    xs = [left]
    for f in fr:
        xs.append(xs[-1] + int(width * f))
    pad = pt(3)

    def put(ci, text, yy, font):
        if ci == 0:
            d.text((xs[0] + pad, yy), text, font=font, fill=INK)
        else:
            d.text((xs[ci + 1] - pad - font.getlength(text), yy), text, font=font, fill=INK)

    # upper heading: three spans over Flickor / Pojkar / Samtliga
    top = y
    for gi, text in enumerate(F_SCAN_HEAD1[2:]):
        a, b = 2 + gi * 3, 5 + gi * 3
        words = wrap(text, f_cb, xs[b] - xs[a] - 2 * pad)
        for li, ln in enumerate(words):
            cx = (xs[a] + xs[b]) / 2
            d.text((cx - f_cb.getlength(ln) / 2, y + li * pt(11)), ln, font=f_cb, fill=INK)
        d.line((xs[a] + pad, y + pt(24), xs[b] - pad, y + pt(24)), fill=INK, width=2)
    y += pt(28)
    f_h2 = ImageFont.truetype(DJ + "DejaVuSansCondensed-Bold.ttf", pt(7.8))
    for ci, h in enumerate(F_SCAN_HEAD2):
        if ci == 1:
            for li, ln in enumerate(("Antal", "elever")):
                d.text((xs[2] - pad - f_cb.getlength(ln), y - pt(11) + li * pt(11)), ln, font=f_cb, fill=INK)
            continue
        put(ci, h, y, f_cb if ci == 0 else f_h2)
    y += pt(15)
    d.line((xs[0], y, xs[-1], y), fill=INK, width=4)
    y += pt(3)
    rh = pt(16)
    for kind, cells in f_scan_rows():
        if kind == "total":
            d.rectangle((xs[0], y, xs[-1], y + rh), fill=226)
            d.line((xs[0], y, xs[-1], y), fill=INK, width=2)
        font = {"row": f_c, "total": f_cb, "nation": f_ci}[kind]
        for ci, c in enumerate(cells):
            put(ci, c, y + pt(3), font)
        y += rh
        if kind == "row":
            d.line((xs[0], y, xs[-1], y), fill=185, width=1)
    d.line((xs[0], y, xs[-1], y), fill=INK, width=4)
    for gi in range(3):
        x = xs[2 + gi * 3] - pt(1.5)
        d.line((x, top + pt(26), x, y), fill=150, width=1)
    y += pt(18)
    for note in F_SCAN_NOTES:
        for ln in wrap(note, f_ital, width):
            d.text((left, y), ln, font=f_ital, fill=INK)
            y += pt(13)
    y += pt(18)
    d.text((left, y), F_SCAN_COMMENT_HEAD, font=f_cap, fill=INK)
    y += pt(18)
    for ln in wrap(F_SCAN_COMMENT, f_txt, width):
        d.text((left, y), ln, font=f_txt, fill=INK)
        y += pt(14.5)

    # pencil: "prel." beside the caption with a short arrow pointing at it
    pencil = 100
    px, py = int(min(cap_end + 60, W - right - 120)), cap_y - pt(22)
    note = Image.new("L", (int(f_pencil.getlength(F_SCAN_PENCIL)) + 20, pt(18)), 0)
    ImageDraw.Draw(note).text((6, 2), F_SCAN_PENCIL, font=f_pencil, fill=255)
    note = note.rotate(-6, expand=True, resample=Image.BICUBIC)
    img.paste(Image.new("L", note.size, pencil), (px, py), note)
    d.line((px - 8, py + pt(12), px - 40, py + pt(20)), fill=pencil, width=3)
    d.line((px - 40, py + pt(20), px - 28, py + pt(20) - 10), fill=pencil, width=3)

    # binder clip gripping the top edge
    bx, bw = 690, 270
    d.polygon([(bx, 0), (bx + bw, 0), (bx + bw - 22, 95), (bx + 22, 95)], fill=35)
    d.rectangle((bx + 22, 88, bx + bw - 22, 100), fill=70)
    for k in (0, 1):
        hx = bx + 60 + k * (bw - 120)
        d.line((hx, 95, hx + (-18 if k == 0 else 18), 0), fill=150, width=6)
    return img


def render(seed=41):
    rng = np.random.default_rng(seed)
    page = sheet()
    # the sheet seen by a tilted phone: corners of the output quad (TL, TR, BR, BL)
    dst = [(78, 52), (W - 58, 30), (W - 22, H - 24), (40, H - 40)]
    src = [(0, 0), (W, 0), (W, H), (0, H)]
    warped = page.transform((W, H), Image.PERSPECTIVE, _coeffs(dst, src), resample=Image.BICUBIC, fillcolor=0)
    mask = Image.new("L", (W, H), 255).transform((W, H), Image.PERSPECTIVE, _coeffs(dst, src), fillcolor=0)
    table = Image.new("L", (W, H), 72)
    photo = Image.composite(warped, table, mask)
    a = np.asarray(photo, dtype=float)
    yy, xx = np.mgrid[0:H, 0:W]
    light = 1.02 - 0.10 * (xx / W) - 0.12 * (yy / H)
    r = np.sqrt(((xx - W * 0.42) / W) ** 2 + ((yy - H * 0.40) / H) ** 2)
    light *= 1.0 - 0.22 * np.clip(r - 0.28, 0, None)
    a = a * light + rng.normal(0, 4.5, a.shape)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L").filter(ImageFilter.GaussianBlur(0.7))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=78)
    out.seek(0)
    return out


if __name__ == "__main__":
    b = render()
    open("/tmp/s41_scan_preview.jpg", "wb").write(b.read())
    print("preview written to /tmp/s41_scan_preview.jpg")
