from fpdf import FPDF
from fpdf.fonts import FontFace

FD = "/usr/share/fonts/truetype/dejavu/"


class Doc(FPDF):
    """A4 document with a municipal header and footer."""

    def __init__(self, head_left, head_mid, head_right="", foot="", serif=False):
        super().__init__(format="A4", unit="mm")
        self.head_left, self.head_mid, self.head_right, self.foot = head_left, head_mid, head_right, foot
        self.add_font("Sans", "", FD + "DejaVuSans.ttf")
        self.add_font("Sans", "B", FD + "DejaVuSans-Bold.ttf")
        self.add_font("Sans", "I", FD + "DejaVuSans-Oblique.ttf")
        self.add_font("Sans", "BI", FD + "DejaVuSans-BoldOblique.ttf")
        self.add_font("Serif", "", FD + "DejaVuSerif.ttf")
        self.add_font("Serif", "B", FD + "DejaVuSerif-Bold.ttf")
        self.add_font("Serif", "I", FD + "DejaVuSerif-Italic.ttf")
        self.add_font("Cond", "", FD + "DejaVuSansCondensed.ttf")
        self.add_font("Cond", "B", FD + "DejaVuSansCondensed-Bold.ttf")
        self.body = "Serif" if serif else "Sans"
        self.set_margins(22, 25, 22)
        self.set_auto_page_break(True, 22)

    def header(self):
        self.set_font("Sans", "B", 9)
        self.set_y(10)
        w = self.epw / 3
        self.cell(w, 5, self.head_left)
        self.set_font("Sans", "", 8)
        self.cell(w, 5, self.head_mid, align="C")
        right = self.head_right.replace("{p}", str(self.page_no()))
        self.cell(w, 5, right, align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(120, 120, 120)
        self.line(self.l_margin, 16.5, self.w - self.r_margin, 16.5)
        self.set_y(25)

    def footer(self):
        if not self.foot:
            return
        self.set_y(-15)
        self.set_font("Sans", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, self.foot.replace("{p}", str(self.page_no())), align="C")
        self.set_text_color(0, 0, 0)

    # --- text helpers ---
    def title_block(self, title, sub=None, size=20):
        self.set_font("Sans", "B", size)
        self.multi_cell(0, size * 0.45, title, new_x="LMARGIN", new_y="NEXT")
        if sub:
            self.ln(1)
            self.set_font("Sans", "", 11)
            self.multi_cell(0, 5.5, sub, new_x="LMARGIN", new_y="NEXT")
        self.ln(5)

    def h1(self, t):
        if self.get_y() > self.h - 45:
            self.add_page()
        self.ln(3)
        self.set_font("Sans", "B", 13)
        self.multi_cell(0, 6.5, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)

    def h2(self, t):
        if self.get_y() > self.h - 40:
            self.add_page()
        self.ln(1.5)
        self.set_font("Sans", "B", 10.5)
        self.multi_cell(0, 5.5, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def p(self, t, size=10, style="", lh=5, after=2.5):
        self.set_font(self.body, style, size)
        self.multi_cell(0, lh, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(after)

    def bullets(self, items, sym="\u2022", size=10, lh=5, indent=6):
        self.set_font(self.body, "", size)
        for it in items:
            x = self.l_margin
            self.set_x(x + 2)
            self.cell(indent, lh, sym)
            self.multi_cell(self.epw - indent - 2, lh, it, new_x="LMARGIN", new_y="NEXT")
            self.ln(0.8)
        self.ln(1.5)

    def numbered(self, items, size=10, lh=5, indent=8):
        self.set_font(self.body, "", size)
        for i, it in enumerate(items, 1):
            self.set_x(self.l_margin)
            self.cell(indent, lh, f"{i}.")
            self.multi_cell(self.epw - indent, lh, it, new_x="LMARGIN", new_y="NEXT")
            self.ln(1.2)
        self.ln(1.5)

    def kv(self, rows, lw=48, size=9.5, lh=5):
        """label/value rows (protocol front page style)."""
        for k, v in rows:
            self.set_font("Sans", "B", size)
            y = self.get_y()
            self.multi_cell(lw - 3, lh, k, align="L", new_x="LMARGIN", new_y="NEXT")
            y1 = self.get_y()
            self.set_font(self.body, "", size)
            self.set_xy(self.l_margin + lw, y)
            self.multi_cell(self.epw - lw, lh, v, align="L", new_x="LMARGIN", new_y="NEXT")
            self.set_y(max(y1, self.get_y()))
            self.ln(2)
