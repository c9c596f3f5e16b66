"""Shared drawing helpers for the synthetic6 documents (fpdf2, TrueType fonts)."""
import datetime
from fpdf import FPDF
from fpdf.enums import XPos, YPos

FD = "/usr/share/fonts/truetype"
NB = "\u00a0"      # no-break space, used in running text
MINUS = "\u2212"   # minus sign

FONTS = {
    "dv": ("dejavu/DejaVuSans", {"": "", "B": "-Bold", "I": "-Oblique", "BI": "-BoldOblique"}),
    "dvc": ("dejavu/DejaVuSansCondensed", {"": "", "B": "-Bold", "I": "-Oblique", "BI": "-BoldOblique"}),
    "dvs": ("dejavu/DejaVuSerif", {"": "", "B": "-Bold", "I": "-Italic", "BI": "-BoldItalic"}),
    "ls": ("liberation/LiberationSans", {"": "-Regular", "B": "-Bold", "I": "-Italic", "BI": "-BoldItalic"}),
    "lsn": ("liberation/LiberationSansNarrow", {"": "-Regular", "B": "-Bold", "I": "-Italic", "BI": "-BoldItalic"}),
    "lsr": ("liberation/LiberationSerif", {"": "-Regular", "B": "-Bold", "I": "-Italic", "BI": "-BoldItalic"}),
}


def num(x, dec=0, sep=" ", neg="minus"):
    """Swedish number: space thousands, decimal comma; negative as −x or (x)."""
    r = round(abs(x), dec)
    s = f"{r:,.{dec}f}".replace(",", "\u0001").replace(".", ",").replace("\u0001", sep)
    if x < 0 and r != 0:
        return f"({s})" if neg == "paren" else MINUS + s
    return s


def tnum(x, dec=0, neg="minus"):
    """Number for running text: no-break space as thousands separator."""
    return num(x, dec, NB, neg)


class Doc(FPDF):
    def __init__(self, orientation="P", title=None, subject=None, author=None,
                 created=datetime.datetime(2026, 5, 4, 9, 0, 0), header_fn=None,
                 footer_fn=None, margins=(20, 18, 20), bottom=20):
        super().__init__(orientation=orientation, unit="mm", format="A4")
        for key, (base, styles) in FONTS.items():
            for st, suf in styles.items():
                self.add_font(key, st, f"{FD}/{base}{suf}.ttf")
        self.set_margins(*margins)
        self.set_auto_page_break(True, margin=bottom)
        self.set_creation_date(created)
        if title:
            self.set_title(title)
        if subject:
            self.set_subject(subject)
        if author:
            self.set_author(author)
        self.set_creator("Ärendehanteringssystem")
        self.header_fn = header_fn
        self.footer_fn = footer_fn
        self.bare = set()          # pages without header/footer
        self.bare_next = False
        self.body_font = ("dv", 10)

    # ---- furniture -------------------------------------------------
    def add_page(self, *a, bare=False, **k):
        self.bare_next = bare
        super().add_page(*a, **k)

    def header(self):
        if self.bare_next:
            self.bare.add(self.page)
            return
        if self.header_fn:
            self.header_fn(self)

    def footer(self):
        if self.page in self.bare:
            return
        if self.footer_fn:
            self.footer_fn(self)

    # ---- text --------------------------------------------------------
    def font(self, fam=None, size=None, style=""):
        f, s = self.body_font
        self.set_font(fam or f, style, size or s)

    def para(self, text, size=None, style="", align="J", lh=None, after=2.5,
             fam=None, indent=0, markdown=False, w=0):
        self.font(fam, size, style)
        size = size or self.body_font[1]
        lh = lh or size * 0.48
        self.set_x(self.l_margin + indent)
        self.multi_cell(w or (self.epw - indent), lh, text, align=align, markdown=markdown,
                        new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(after)

    def heading(self, text, size=13, style="B", fam=None, before=3, after=1.5, color=(0, 0, 0)):
        self.ln(before)
        self.set_text_color(*color)
        self.font(fam, size, style)
        self.multi_cell(0, size * 0.5, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(after)

    def marked(self, items, marker, indent=4, hang=7, size=None, fam=None, after=1.2,
               lh=None, align="L", markfam=None, style=""):
        """List with a marker per item. marker: str or function(i) -> str.
        items: str or (str, [subitems]) ; subitems drawn with sub-marker in self.submarker."""
        size = size or self.body_font[1]
        lh = lh or size * 0.48
        for i, it in enumerate(items):
            text, subs = (it, None) if isinstance(it, str) else it
            m = marker(i) if callable(marker) else marker
            self.font(markfam or fam, size, style)
            self.set_x(self.l_margin + indent)
            self.cell(hang, lh, m)
            self.font(fam, size, style)
            self.multi_cell(self.epw - indent - hang, lh, text, align=align,
                            new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.ln(after)
            if subs:
                for s in subs:
                    self.font(markfam or fam, size - 0.5)
                    self.set_x(self.l_margin + indent + hang)
                    self.cell(hang - 1, lh, getattr(self, "submarker", "–"))
                    self.font(fam, size - 0.5)
                    self.multi_cell(self.epw - indent - 2 * hang + 1, lh, s, align=align,
                                    new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                    self.ln(after * 0.6)

    def footnotes(self, notes, size=7.5, fam=None, y=None):
        """Footnotes at the bottom of the current page: list of (mark, text)."""
        lh = size * 0.45
        self.font(fam, size)
        h = 0
        for _, t in notes:
            h += lh * max(1, len(self.multi_cell(self.epw - 5, lh, t, dry_run=True, output="LINES")))
        y0 = y or (self.h - self.b_margin - h - 3)
        self.set_draw_color(0, 0, 0)
        self.set_line_width(0.2)
        self.line(self.l_margin, y0, self.l_margin + 50, y0)
        self.set_y(y0 + 1.2)
        for m, t in notes:
            self.font(fam, size)
            self.set_x(self.l_margin)
            self.cell(5, lh, m)
            self.multi_cell(self.epw - 5, lh, t, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def nlines(self, w, text, lh=4):
        return len(self.multi_cell(w, lh, text, dry_run=True, output="LINES"))
