"""Shared fpdf2 helpers for the synthetic52 documents, copied from ../synthetic50/common50.py (itself a copy of
../synthetic48/common48.py and earlier sets); only this docstring changed. The Doc class (running header and footer,
fonts, number helpers, text helpers, numbered lists, att-clauses and signature lines), hand-drawn table rows
(`cell_lines`, `row_h`, `row`: every cell is drawn line by line before the next cell, so that pypdf extracts a row as
its cells in order even when cells wrap), `Doc.no_split` (stops a build if a word would be broken inside a narrow cell
or a number would wrap), ruling helpers (`hline`, `vline`, with dashes) and `scan_page` (a page that holds only a
raster image). The drawings that are special to one document (the fan chart, the line network, the assessment
sliders, the grouped bars, the progress rings and the marks) are written in its build script.

Fonts are TrueType (DejaVu or Liberation) so that å, ä, ö and the minus sign survive text extraction with pypdf.
"""
import datetime as _dt
import pathlib
import re

from fpdf import FPDF
from fpdf.enums import MethodReturnValue

HERE = pathlib.Path(__file__).resolve().parent
DJ = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"

MINUS = "\u2212"
NBSP = "\u00a0"


# ---------------------------------------------------------------- number formatting
def grp(n):
    """12500 -> '12 500', -1250 -> '−1 250' (normal spaces, as in tables)."""
    s = f"{abs(int(round(n))):,}".replace(",", " ")
    return (MINUS + s) if n < 0 else s


def dec(x, d=1, plus=False):
    """7.45 -> '7,5' ; with plus=True positive values get a '+' sign."""
    s = f"{abs(x):,.{d}f}".replace(",", " ").replace(".", ",")
    if x < 0 and float(s.replace(" ", "").replace(",", ".")) != 0:
        return MINUS + s
    if plus and x > 0:
        return "+" + s
    return s


def nb(s):
    """Glue digit groups and units with no-break spaces for running text."""
    import re
    s = re.sub(r"(?<=\d) (?=\d{3}\b)", NBSP, s)
    s = re.sub(r"(?<=\d) (?=(?:mnkr|tkr|kr|kronor|procent|invånare)\b)", NBSP, s)
    return s


class Group:
    """A spanning group row in ruled_table (e.g. a goal above its indicators)."""

    def __init__(self, text):
        self.text = text


class Row:
    """A row of ruled_table with its own style: emphasis "B"/"I"/"BI" and an optional fill colour."""

    def __init__(self, cells, emphasis="", fill=None):
        self.cells, self.emphasis, self.fill = cells, emphasis, fill


class Cell:
    """A single cell of ruled_table with a fill colour (traffic-light assessments)."""

    def __init__(self, text, fill=None, bold=False, color=None):
        self.text, self.fill, self.bold, self.color = text, fill, bold, color


class Doc(FPDF):
    """A4 municipal document with running header and footer."""

    def __init__(self, head_left, head_mid="", head_right="", foot="", font="dejavu", serif=False,
                 title=None, author=None, created=None, justify=False, accent=(40, 40, 40)):
        super().__init__(format="A4", unit="mm")
        self.head_left, self.head_mid, self.head_right, self.foot = head_left, head_mid, head_right, foot
        self.accent = accent
        self.align = "J" if justify else "L"
        if font == "dejavu":
            self.add_font("Sans", "", DJ + "DejaVuSans.ttf")
            self.add_font("Sans", "B", DJ + "DejaVuSans-Bold.ttf")
            self.add_font("Sans", "I", DJ + "DejaVuSans-Oblique.ttf")
            self.add_font("Serif", "", DJ + "DejaVuSerif.ttf")
            self.add_font("Serif", "B", DJ + "DejaVuSerif-Bold.ttf")
            self.add_font("Serif", "I", DJ + "DejaVuSerif-Italic.ttf")
            self.add_font("Cond", "", DJ + "DejaVuSansCondensed.ttf")
            self.add_font("Cond", "B", DJ + "DejaVuSansCondensed-Bold.ttf")
            self.add_font("Cond", "I", DJ + "DejaVuSansCondensed-Oblique.ttf")
            self.add_font("Cond", "BI", DJ + "DejaVuSansCondensed-BoldOblique.ttf")
            self.add_font("Sans", "BI", DJ + "DejaVuSans-BoldOblique.ttf")
        else:
            self.add_font("Sans", "", LB + "LiberationSans-Regular.ttf")
            self.add_font("Sans", "B", LB + "LiberationSans-Bold.ttf")
            self.add_font("Sans", "I", LB + "LiberationSans-Italic.ttf")
            self.add_font("Serif", "", LB + "LiberationSerif-Regular.ttf")
            self.add_font("Serif", "B", LB + "LiberationSerif-Bold.ttf")
            self.add_font("Serif", "I", LB + "LiberationSerif-Italic.ttf")
            self.add_font("Cond", "", LB + "LiberationSansNarrow-Regular.ttf")
            self.add_font("Cond", "B", LB + "LiberationSansNarrow-Bold.ttf")
            self.add_font("Cond", "I", LB + "LiberationSansNarrow-Italic.ttf")
            self.add_font("Cond", "BI", LB + "LiberationSansNarrow-BoldItalic.ttf")
            self.add_font("Sans", "BI", LB + "LiberationSans-BoldItalic.ttf")
        self.body = "Serif" if serif else "Sans"
        self.set_margins(22, 25, 22)
        self.set_auto_page_break(True, 22)
        if title:
            self.set_title(title)
        if author:
            self.set_author(author)
        self.set_creator("Microsoft® Word för Microsoft 365" if font == "liberation" else "Writer")
        self.set_creation_date(created or _dt.datetime(2026, 3, 1, 9, 0, tzinfo=_dt.timezone.utc))

    # ------------------------------------------------------------ page furniture
    no_furniture = ()

    def header(self):
        if self.page_no() in self.no_furniture:
            self.set_y(25)
            return
        self.set_font("Sans", "B", 9)
        self.set_y(10)
        w = self.epw / 3
        self.set_text_color(*self.accent)
        self.cell(w, 5, self.head_left)
        self.set_text_color(0, 0, 0)
        self.set_font("Sans", "", 8)
        self.cell(w, 5, self.head_mid, align="C")
        right = self.head_right.replace("{p}", str(self.page_no()))
        self.cell(w, 5, right, align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(140, 140, 140)
        self.line(self.l_margin, 16.5, self.w - self.r_margin, 16.5)
        self.set_draw_color(0, 0, 0)
        self.set_y(25)

    def footer(self):
        if not self.foot or self.page_no() in self.no_furniture:
            return
        self.set_y(-15)
        self.set_font("Sans", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, self.foot.replace("{p}", str(self.page_no())), align="C")
        self.set_text_color(0, 0, 0)

    # ------------------------------------------------------------ text helpers
    def need(self, mm):
        if self.get_y() > self.h - self.b_margin - mm:
            self.add_page()

    def title_block(self, title, sub=None, size=20):
        self.set_font("Sans", "B", size)
        self.set_text_color(*self.accent)
        self.multi_cell(0, size * 0.45, title, align="L", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        if sub:
            self.ln(1.5)
            self.set_font("Sans", "", 11)
            self.multi_cell(0, 5.5, sub, align="L", new_x="LMARGIN", new_y="NEXT")
        self.ln(5)

    def h1(self, t, size=13):
        self.need(30)
        self.ln(3)
        self.set_font("Sans", "B", size)
        self.set_text_color(*self.accent)
        self.multi_cell(0, 6.5, t, align="L", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(1.5)

    def h2(self, t, size=10.5):
        self.need(25)
        self.ln(1.5)
        self.set_font("Sans", "B", size)
        self.multi_cell(0, 5.5, t, align="L", new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def p(self, t, size=10, style="", lh=5, after=2.5, align=None):
        self.set_font(self.body, style, size)
        self.multi_cell(0, lh, nb(t), align=align or self.align, new_x="LMARGIN", new_y="NEXT")
        self.ln(after)

    def bullets(self, items, sym="\u2022", size=10, lh=5, indent=6, x0=2):
        """Bullet list with hanging indent: wrapped lines align with the text, not the bullet."""
        self.set_font(self.body, "", size)
        for it in items:
            self.need(12)
            self.set_x(self.l_margin + x0)
            self.cell(indent, lh, sym)
            self.multi_cell(self.epw - indent - x0, lh, nb(it), align=self.align, new_x="LMARGIN", new_y="NEXT")
            self.ln(1)
        self.ln(1.5)

    def paren_list(self, items, size=10, lh=5, indent=8, sub_indent=8):
        """items: [(text, [subtext, ...]), ...] rendered as '1)' with nested 'a)'."""
        self.set_font(self.body, "", size)
        for i, (text, subs) in enumerate(items, 1):
            self.need(15)
            self.set_x(self.l_margin)
            self.set_font(self.body, "B", size)
            self.cell(indent, lh, f"{i})")
            self.multi_cell(self.epw - indent, lh, nb(text), align="L", new_x="LMARGIN", new_y="NEXT")
            self.set_font(self.body, "", size)
            for j, s in enumerate(subs):
                self.need(10)
                self.set_x(self.l_margin + indent)
                self.cell(sub_indent, lh, f"{'abcdefgh'[j]})")
                self.multi_cell(self.epw - indent - sub_indent, lh, nb(s), align=self.align,
                                new_x="LMARGIN", new_y="NEXT")
                self.ln(0.6)
            self.ln(1.6)
        self.ln(1)

    def kv(self, rows, lw=48, size=9.5, lh=5):
        for k, v in rows:
            self.set_font("Sans", "B", size)
            y = self.get_y()
            self.multi_cell(lw - 3, lh, k, align="L", new_x="LMARGIN", new_y="NEXT")
            y1 = self.get_y()
            self.set_font(self.body, "", size)
            self.set_xy(self.l_margin + lw, y)
            self.multi_cell(self.epw - lw, lh, nb(v), align="L", new_x="LMARGIN", new_y="NEXT")
            self.set_y(max(y1, self.get_y()))
            self.ln(1.5)

    # ------------------------------------------------------------ copied list helpers
    def numbered(self, items, size=10, lh=5, indent=8, sub_indent=7, fmt="{}.", start=1):
        """Justified numbered list "1." ... with hanging indent; items are text or (text, [sub, ...])
        and sub-items are lettered "a)", "b)", ..."""
        for i, it in enumerate(items, start):
            text, subs = (it, []) if isinstance(it, str) else it
            self.need(14)
            self.set_font(self.body, "", size)
            self.set_x(self.l_margin)
            self.cell(indent, lh, fmt.format(i))
            self.multi_cell(self.epw - indent, lh, nb(text), align="J", new_x="LMARGIN", new_y="NEXT")
            for j, s in enumerate(subs):
                self.need(10)
                self.set_x(self.l_margin + indent)
                self.cell(sub_indent, lh, f"{'abcdefgh'[j]})")
                self.multi_cell(self.epw - indent - sub_indent, lh, nb(s), align="J",
                                new_x="LMARGIN", new_y="NEXT")
                self.ln(0.5)
            self.ln(1.8)
        self.ln(1)

    def att_list(self, lead, clauses, size=9.8, lh=4.9, indent=9, x0=0):
        """Decision as a bold lead line ("Kommunstyrelsen beslutar") and "att"-clauses with the word
        "att" in a hanging column. clauses are written without the leading "att"."""
        self.need(10 + 5 * len(clauses))
        self.set_font(self.body, "B", size)
        self.set_x(self.l_margin + x0)
        self.multi_cell(self.epw - x0, lh, lead, align="L", new_x="LMARGIN", new_y="NEXT")
        self.ln(0.8)
        for cl in clauses:
            self.need(10)
            self.set_font(self.body, "", size)
            self.set_x(self.l_margin + x0)
            self.cell(indent, lh, "att")
            self.multi_cell(self.epw - x0 - indent, lh, nb(cl), align="L", new_x="LMARGIN", new_y="NEXT")
            self.ln(1.2)
        self.ln(1)

    def sign_lines(self, names, size=8.5):
        """Signature lines side by side with the role/name below."""
        w = self.epw / len(names)
        y = self.get_y() + 10
        self.set_draw_color(100, 100, 100)
        for i, n in enumerate(names):
            x = self.l_margin + i * w
            self.line(x, y, x + w - 8, y)
            self.set_xy(x, y + 1)
            self.set_font("Sans", "", size)
            self.multi_cell(w - 8, 4, n, align="L")
        self.set_draw_color(0, 0, 0)
        self.set_xy(self.l_margin, y + 12)

    # ------------------------------------------------------------ synthetic34 additions
    def cell_lines(self, w, text, font="Sans", style="", size=8.2, pad=1.2):
        """The lines a text wraps into in a cell of width w (at spaces only, as fpdf2 does)."""
        if text is None or text == "":
            return [""]
        self.set_font(font, style, size)
        out = []
        for part in str(text).split("\n"):
            out += self.multi_cell(w - 2 * pad, 4, part, dry_run=True, output=MethodReturnValue.LINES)
        return out or [""]

    def no_split(self, widths, cells, font="Sans", style="", size=8.2, pad=1.2, what="row"):
        """Stop the build if a cell would wrap inside a word (fpdf2 breaks a word that is wider than the cell)."""
        for w, c in zip(widths, cells):
            if not c:
                continue
            lines = self.cell_lines(w, c, font, style, size, pad)
            if " ".join(lines).split() != str(c).replace("\n", " ").split():
                raise SystemExit(f"{what}: a word is split in {c!r} -> {lines}")
            if len(lines) > 1 and re.fullmatch(r"[+\u2212-]?[\d ,]+", str(c)):
                raise SystemExit(f"{what}: a number wraps in {c!r} -> {lines}")

    def row_h(self, widths, cells, lh=4.0, pad=1.2, vpad=1.1, font="Sans", style="", size=8.2, styles=None):
        n = 1
        for k, (w, c) in enumerate(zip(widths, cells)):
            st = styles[k] if styles and styles[k] is not None else style
            n = max(n, len(self.cell_lines(w, c, font, st, size, pad)))
        return n * lh + 2 * vpad

    def row(self, x0, y, widths, aligns, cells, lh=4.0, pad=1.2, vpad=1.1, font="Sans", style="", size=8.2,
            color=(0, 0, 0), fills=None, styles=None, colors=None, h=None):
        """Draw one table row cell by cell (every line of a cell before the next cell), so that pypdf extracts the
        row as its cells in order. fills: a fill colour per cell (or None); styles / colors: per cell overrides.
        Returns the row height."""
        h = h or self.row_h(widths, cells, lh, pad, vpad, font, style, size, styles)
        x = x0
        if fills:
            for w, f in zip(widths, fills):
                if f:
                    self.set_fill_color(*f)
                    self.rect(x, y, w, h, style="F")
                x += w
        x = x0
        for k, (w, a, c) in enumerate(zip(widths, aligns, cells)):
            st = styles[k] if styles and styles[k] is not None else style
            col = colors[k] if colors and colors[k] is not None else color
            self.set_text_color(*col)
            lines = self.cell_lines(w, c, font, st, size, pad)
            self.set_font(font, st, size)
            for i, ln in enumerate(lines):
                if ln == "":
                    continue
                self.set_xy(x + pad, y + vpad + i * lh)
                self.cell(w - 2 * pad, lh, ln, align=a)
            x += w
        self.set_text_color(0, 0, 0)
        return h

    def hline(self, x0, x1, y, width=0.2, color=(0, 0, 0), dash=None):
        self.set_draw_color(*color)
        self.set_line_width(width)
        if dash:
            self.set_dash_pattern(dash=dash[0], gap=dash[1])
        self.line(x0, y, x1, y)
        if dash:
            self.set_dash_pattern()
        self.set_line_width(0.2)
        self.set_draw_color(0, 0, 0)

    def vline(self, x, y0, y1, width=0.2, color=(0, 0, 0), dash=None):
        self.set_draw_color(*color)
        self.set_line_width(width)
        if dash:
            self.set_dash_pattern(dash=dash[0], gap=dash[1])
        self.line(x, y0, x, y1)
        if dash:
            self.set_dash_pattern()
        self.set_line_width(0.2)
        self.set_draw_color(0, 0, 0)

    def scan_page(self, image_path, w=None, h=None):
        """A page that holds only a raster image: no running header or footer and no text layer."""
        self.no_furniture = tuple(self.no_furniture) + (self.page_no() + 1,)
        self.add_page()
        self.image(image_path, x=0, y=0, w=w or self.w, h=h or self.h)
