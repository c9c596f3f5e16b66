"""Shared fpdf2 helpers for the second set of synthetic municipal PDFs.

Adapted from ../synthetic/common.py; adds a choice of font family (DejaVu or
Liberation), a borderless position-aligned table and two-column text.
"""
from fpdf import FPDF
from fpdf.fonts import FontFace  # noqa: F401  (re-exported for the build scripts)

DJ = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"


class Doc(FPDF):
    """A4 document with a running header and footer."""

    def __init__(self, head_left, head_mid="", head_right="", foot="", family="dejavu", body="sans",
                 margins=(22, 25, 22), rule=True):
        super().__init__(format="A4", unit="mm")
        self.head_left, self.head_mid, self.head_right, self.foot = head_left, head_mid, head_right, foot
        self.rule = rule
        if family == "dejavu":
            self.add_font("Sans", "", DJ + "DejaVuSans.ttf")
            self.add_font("Sans", "B", DJ + "DejaVuSans-Bold.ttf")
            self.add_font("Sans", "I", DJ + "DejaVuSans-Oblique.ttf")
            self.add_font("Serif", "", DJ + "DejaVuSerif.ttf")
            self.add_font("Serif", "B", DJ + "DejaVuSerif-Bold.ttf")
            self.add_font("Serif", "I", DJ + "DejaVuSerif-Italic.ttf")
            self.add_font("Cond", "", DJ + "DejaVuSansCondensed.ttf")
            self.add_font("Cond", "B", DJ + "DejaVuSansCondensed-Bold.ttf")
            self.add_font("Cond", "I", DJ + "DejaVuSansCondensed-Oblique.ttf")
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
        self.body = "Serif" if body == "serif" else "Sans"
        self.set_margins(*margins)
        self.set_auto_page_break(True, 22)

    def header(self):
        if not (self.head_left or self.head_mid or self.head_right):
            return
        self.set_font("Sans", "B", 9)
        self.set_y(10)
        w = (self.w - self.l_margin - self.r_margin) / 3
        self.cell(w, 5, self.head_left)
        self.set_font("Sans", "", 8)
        self.cell(w, 5, self.head_mid, align="C")
        right = self.head_right.replace("{p}", str(self.page_no()))
        self.cell(w, 5, right, align="R", new_x="LMARGIN", new_y="NEXT")
        if self.rule:
            self.set_draw_color(120, 120, 120)
            self.line(self.l_margin, 16.5, self.w - self.r_margin, 16.5)
            self.set_draw_color(0, 0, 0)
        self.set_y(self.t_margin)

    def footer(self):
        if not self.foot:
            return
        self.set_y(-15)
        self.set_font("Sans", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, self.foot.replace("{p}", str(self.page_no())), align="C")
        self.set_text_color(0, 0, 0)

    # --- text helpers ---
    def h1(self, t, size=13, need=45):
        if self.get_y() > self.h - need:
            self.add_page()
        self.ln(3)
        self.set_font("Sans", "B", size)
        self.multi_cell(0, size * 0.5, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)

    def h2(self, t, size=10.5, need=40):
        if self.get_y() > self.h - need:
            self.add_page()
        self.ln(1.5)
        self.set_font("Sans", "B", size)
        self.multi_cell(0, 5.5, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def p(self, t, size=10, style="", lh=5, after=2.5, align="L"):
        self.set_font(self.body, style, size)
        self.multi_cell(0, lh, t, new_x="LMARGIN", new_y="NEXT", align=align)
        self.ln(after)

    def marked(self, items, marks, size=10, lh=5, indent=8, gap=1.2, style=""):
        """A list whose items carry the given marks ("1.", "a)", "–", "att")."""
        for m, it in zip(marks, items):
            self.set_font(self.body, style, size)
            self.set_x(self.l_margin)
            self.cell(indent, lh, m)
            self.multi_cell(self.w - self.r_margin - self.l_margin - indent, lh, it,
                            new_x="LMARGIN", new_y="NEXT")
            self.ln(gap)
        self.ln(1.5)

    def kv(self, rows, lw=48, size=9.5, lh=5):
        for k, v in rows:
            self.set_font("Sans", "B", size)
            y = self.get_y()
            self.multi_cell(lw - 3, lh, k, align="L", new_x="LMARGIN", new_y="NEXT")
            y1 = self.get_y()
            self.set_font(self.body, "", size)
            self.set_xy(self.l_margin + lw, y)
            self.multi_cell(self.w - self.r_margin - self.l_margin - lw, lh, v, align="L",
                            new_x="LMARGIN", new_y="NEXT")
            self.set_y(max(y1, self.get_y()))
            self.ln(1.5)

    def plain_table(self, x0, widths, aligns, rows, lh=5, styles=None, size=9, font="Cond", gap=0.6):
        """Borderless table: every cell placed by position, no ruling lines at all.

        rows: list of tuples; styles: per-row font style ("" or "B"); a row may be a
        single string, which is then printed as a group heading over the full width.
        """
        for i, row in enumerate(rows):
            st = (styles or {}).get(i, "")
            if self.get_y() + lh > self.h - self.b_margin:
                self.add_page(orientation=self.cur_orientation)
            self.set_font(font, st, size)
            if isinstance(row, str):
                self.set_x(x0)
                self.cell(sum(widths), lh, row, new_x="LMARGIN", new_y="NEXT")
                self.ln(gap)
                continue
            x = x0
            for w, a, c in zip(widths, aligns, row):
                self.set_x(x)
                self.cell(w, lh, c, align=a)
                x += w
            self.ln(lh + gap)

    def two_columns(self, paras, size=9.5, lh=1.25, gutter=8, heads_size=10.5, balance=False):
        """Flow paragraphs (str) and headings (("H", text)) through two columns."""
        with self.text_columns(ncols=2, gutter=gutter, text_align="J", line_height=lh,
                               balance=balance) as cols:
            for para in paras:
                if isinstance(para, tuple):
                    cols.ln(0.6)
                    self.set_font("Sans", "B", heads_size)
                    cols.write(para[1])
                    cols.ln()
                    self.set_font(self.body, "", size)
                else:
                    self.set_font(self.body, "", size)
                    cols.write(para)
                    cols.ln()
                    cols.ln(0.5)
        self.ln(2)


def tkr(v):
    """12500 -> '12 500'; 0 -> '–'."""
    if v == 0:
        return "–"
    s = f"{abs(v):,}".replace(",", " ")
    return ("-" if v < 0 else "") + s


def mnkr(v):
    """-1725.9 -> '-1 725,9'."""
    s = f"{abs(v):,.1f}".replace(",", " ").replace(".", ",")
    return ("-" if v < 0 else "") + s
