"""Copied unchanged from ../synthetic32/common32.py for the synthetic33 documents (the new drawings of synthetic33 - the
form-style protocol head, the vote table with a stacked heading, the stacked column chart, the accounting-style
double underline, the long-format school table with tinted current-year rows and drawn trend triangles, the Harvey-ball
status marks, the risk-value bars and the drawn check boxes - are written in the build scripts themselves). The
synthetic32 note follows: copied unchanged from ../synthetic30/common30.py for the synthetic32 documents (the new drawings of synthetic32 - the
gauges, the diverging deviation bars, the carried-forward rows, the sidenotes, the chevron process chain, the
line chart, the boxed year columns, the stacked frame bar, the waffle chart, the age dot plot, the dumbbell chart,
the transposed table, the diagonal-split corner cell, the sign icons, the speed range bars, the butterfly table,
the colour stripes and the guided nested list - are written in the build scripts themselves). The synthetic30 note
follows: copied unchanged from ../synthetic28/common28.py for the synthetic30 documents (the new drawings of synthetic30 -
the treemap, the sparklines, the calendar strips, the bullet charts, the quarter tables, the bubble map and the
heat-tinted year cells - are written in the build scripts themselves). The synthetic28 note follows: copied unchanged from ../synthetic26/common26.py for the synthetic28 documents (the new drawings of synthetic28
are written in the build scripts themselves). The synthetic26 note follows: copied unchanged from ../synthetic24/common24.py for the synthetic26 documents (the new drawings of synthetic26
are written in the build scripts themselves). The synthetic24 note follows: copied unchanged from ../synthetic22/common22.py for the synthetic24 documents (the new drawings of synthetic24 are
written in the build scripts themselves). The synthetic22 note follows: copied unchanged from ../synthetic20/common20.py for the synthetic22 documents. Shared fpdf2 helpers for the synthetic20 documents, copied from ../synthetic18/common18.py. synthetic20 changes
`table18` so that a row may carry a fill colour ("fill") and a cell may be a dict {"t": text, "sub": grey line}
(a title with a small grey second line, e.g. the author of a motion), and adds `health_table` – a hand-drawn table
whose indicator, trend-mark and interpretation cells are MERGED VERTICALLY over the indicator's year rows, with a
coloured band per area and the heading repeated after a page break; and `scan_page` – a page that holds only a
raster image (a scanned page without a text layer). The synthetic18 docstring follows: copied from
../synthetic16/common16.py; synthetic18 adds
`table18` – a hand-drawn table with multi-row headings (colspan and rowspan), DOTTED / solid / no row separators,
SHADED COLUMNS, cells holding a bold title with bullets inside the cell, italic subtotal rows with a DOUBLE RULE
above, group names ROTATED 90° in a band to the left of the table, and the heading (plus a caption
"… (forts.)") repeated after a page break; `double_box` – a summary box with a double frame;
`goal_columns` – three side-by-side columns of goal blocks (indicator cards stacked in each column);
`note_blocks` – notes to the accounts set in two columns, each note a heading with a small table.
The synthetic16 docstring follows: copied from ../synthetic14/common14.py; synthetic16 adds
`fact_box_beside` – a shaded fact box (sidebar) on the left or right of a narrower text column; `dot_rows` – a
price list whose item names run into dot leaders followed by several right-aligned amount columns;
`page_notes` – footnotes pinned to the bottom of the page above the footer, with a short rule;
`rot_table` – a ruled table whose narrow number columns have ROTATED (90°) headings; `twoline_table` – a
landscape table whose title cell has a bold first line and a small grey description line, with group rows,
italic subtotals, a bold total and the heading repeated after a page break. The synthetic14 docstring
follows: copied from ../synthetic12/common12.py; synthetic14 adds
`zebra_table` – a table without any vertical or row lines whose rows are told apart by alternating shading,
with bold section rows and a heavy rule under the heading, repeated after a page break; `cards` – indicator
cards in a grid of two columns, each with a title, a unit, a five-year mini table, a target and a coloured
assessment; `risk_matrix` – a 4×4 likelihood × consequence grid with risk numbers in coloured cells;
`vote_list` – a roll-call list of members set in TWO side-by-side ruled blocks. The synthetic12 docstring
follows: copied from ../synthetic10/common10.py; synthetic12 adds
`head2_table` – a ruled or horizontally ruled table with TWO heading rows (a group heading such as "Budget 2026"
or "Kommunen" spanning "Intäkter | Kostnader | Netto" or "2024 | 2025"), bold group rows, italic delsumma rows
and a bold total, whose heading can be repeated or NOT repeated after a page break; `footnotes` – small
numbered notes under a table; `vote_box` – a small boxed vote result; and `sign_lines`). The synthetic10
docstring follows: copied from ../synthetic8/common8.py; synthetic10 adds
a goal table whose goal is written only on the first of its indicator rows (rules between goals only,
coloured trend arrows, header repeated after a page break), a grid of key-figure boxes, "att"-clause
decision lists, justified "1)" lists, coloured title bands and a two-column brochure block with headed
bullet lists). The synthetic8 docstring follows: copied from ../synthetic7/common7.py; synthetic8 adds
coloured-text cells, a borderless table with a wrapping first column and right-aligned numbers, and
§-margin protocol items. The synthetic7 docstring follows: copied from ../synthetic4/common4.py and extended
with styled rows and coloured cells in ruled tables, tables whose first column is merged over several
rows (rowspan), a Gantt table with two heading rows and X marks per quarter, a definitions list and
a transposed table helper).

Fonts are TrueType (DejaVu or Liberation) so that å, ä, ö and the minus sign survive text
extraction with pypdf.
"""
import datetime as _dt
import pathlib

from fpdf import FPDF
from fpdf.fonts import FontFace

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

    # ------------------------------------------------------------ tables
    def ruled_table(self, headers, rows, widths, aligns, size=8.5, lh=4.4, font="Sans",
                    head_fill=(220, 220, 220), bold_last=False, padding=1.3, width=None,
                    borders="ALL", head_color=(0, 0, 0), group_fill=(242, 242, 242)):
        """Table with all borders; heading row repeated after a page break."""
        self.set_font(font, "", size)
        styles = []
        with self.table(col_widths=widths, width=width or sum(widths), align="LEFT", line_height=lh,
                        text_align=aligns, padding=padding, repeat_headings=1, borders_layout=borders,
                        headings_style=FontFace(emphasis="BOLD", fill_color=head_fill,
                                                color=head_color)) as t:
            r = t.row()
            for h in headers:
                r.cell(h)
            for n, row in enumerate(rows):
                if isinstance(row, Group):
                    r = t.row(style=FontFace(emphasis="BOLD", fill_color=group_fill))
                    r.cell(row.text, colspan=len(headers), align="L")
                    continue
                if isinstance(row, Row):
                    st = FontFace(emphasis=row.emphasis.replace("B", "BOLD ").replace("I", "ITALICS ").strip()
                                  or None, fill_color=row.fill)
                    cells = row.cells
                else:
                    st = FontFace(emphasis="BOLD") if (bold_last and n == len(rows) - 1) else None
                    cells = row
                r = t.row(style=st)
                for c in cells:
                    if isinstance(c, Cell):
                        r.cell(c.text, style=FontFace(fill_color=c.fill, color=c.color,
                                                      emphasis="BOLD" if c.bold else None))
                    else:
                        r.cell(c)
        self.ln(3)

    def plain_table(self, headers, rows, widths, aligns, size=9, lh=5.2, head_lines=1,
                    bold_last=True, font="Sans"):
        """Borderless table: every cell placed by its x-position only, no lines at all."""
        xs = [self.l_margin]
        for w in widths[:-1]:
            xs.append(xs[-1] + w)
        self.need(lh * (len(rows) + head_lines + 1))
        y = self.get_y()
        self.set_font(font, "B", size)
        for x, w, a, h in zip(xs, widths, aligns, headers):
            self.set_xy(x, y)
            self.multi_cell(w, lh * 0.9, h, align=a, new_x="RIGHT", new_y="TOP")
        y += lh * 0.9 * head_lines + 1.5
        for n, row in enumerate(rows):
            last = bold_last and n == len(rows) - 1
            if last:
                y += 1.2
            self.set_font(font, "B" if last else "", size)
            for x, w, a, c in zip(xs, widths, aligns, row):
                self.set_xy(x, y)
                self.cell(w, lh, c, align=a)
            y += lh
        self.set_xy(self.l_margin, y + 3)

    # ------------------------------------------------------------ synthetic4 additions
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

    def columns(self, blocks, size=9.5, lh=4.7, gutter=7, balance=False):
        """Running text in two justified columns. blocks: ("h", heading) | ("p", paragraph)."""
        with self.text_columns(ncols=2, gutter=gutter, text_align="J", line_height=lh / (size * 0.3528),
                               balance=balance) as cols:
            for kind, t in blocks:
                if kind == "h":
                    with cols.paragraph(text_align="L", top_margin=1.5, bottom_margin=1.2) as par:
                        self.set_font("Sans", "B", size + 1)
                        self.set_text_color(*self.accent)
                        par.write(t)
                    self.set_text_color(0, 0, 0)
                else:
                    with cols.paragraph(text_align="J", bottom_margin=2.2) as par:
                        self.set_font(self.body, "", size)
                        par.write(nb(t))
        self.ln(2)

    def two_col_bullets(self, items, sym="\u2022", size=9.5, lh=4.8, indent=5, gutter=8):
        """Bulleted list set in two columns (left column first, then the right one)."""
        half = (len(items) + 1) // 2
        colw = (self.epw - gutter) / 2
        y0 = self.get_y()
        self.need(lh * (half + 2) * 1.6)
        y0 = self.get_y()
        ybottom = y0
        for c, part in enumerate((items[:half], items[half:])):
            x = self.l_margin + c * (colw + gutter)
            self.set_y(y0)
            for it in part:
                self.set_font(self.body, "", size)
                self.set_x(x)
                self.cell(indent, lh, sym)
                self.multi_cell(colw - indent, lh, nb(it), align="L", new_x="LEFT", new_y="NEXT")
                self.ln(0.8)
            ybottom = max(ybottom, self.get_y())
        self.set_xy(self.l_margin, ybottom + 2)

    def grouped_plain_table(self, headers, groups, total, widths, aligns, size=8.5, lh=4.7,
                            head_lines=2, font="Sans"):
        """Borderless table (no lines): cells placed by x-position only.
        groups: [(heading, rows, summa_row)]; summa rows italic, the total row bold."""
        xs = [self.l_margin]
        for w in widths[:-1]:
            xs.append(xs[-1] + w)

        def line(cells, style, y):
            self.set_font(font, style, size)
            for x, w, a, c in zip(xs, widths, aligns, cells):
                self.set_xy(x, y)
                self.cell(w, lh, c, align=a)

        y = self.get_y()
        self.set_font(font, "B", size)
        for x, w, a, h in zip(xs, widths, aligns, headers):
            self.set_xy(x, y)
            self.multi_cell(w, lh * 0.9, h, align=a, new_x="RIGHT", new_y="TOP")
        y += lh * 0.9 * head_lines + 2
        for heading, rows, summa in groups:
            y += 0.8
            self.set_font(font, "B", size)
            self.set_xy(xs[0], y)
            self.cell(widths[0], lh, heading)
            y += lh
            for row in rows:
                line(row, "", y)
                y += lh
            line(summa, "I", y)
            y += lh + 0.4
        y += 1.2
        line(total, "B", y)
        self.set_xy(self.l_margin, y + lh + 3)


    # ------------------------------------------------------------ synthetic7 additions
    def rowspan_table(self, headers, groups, widths, aligns, size=8.5, lh=4.3, font="Sans",
                      head_fill=(220, 220, 220), span_fill=(245, 245, 245), padding=1.3):
        """Ruled table whose first column is ONE merged cell per group, spanning the group's rows.
        groups: [(group_text, [row_cells_without_first_column, ...]), ...]"""
        self.set_font(font, "", size)
        with self.table(col_widths=widths, width=sum(widths), align="LEFT", line_height=lh,
                        text_align=aligns, padding=padding, repeat_headings=1,
                        headings_style=FontFace(emphasis="BOLD", fill_color=head_fill)) as t:
            r = t.row()
            for h in headers:
                r.cell(h)
            for gtext, rows in groups:
                for i, row in enumerate(rows):
                    r = t.row()
                    if i == 0:
                        r.cell(gtext, rowspan=len(rows), align="L", v_align="M",
                               style=FontFace(emphasis="BOLD", fill_color=span_fill))
                    for c in row:
                        r.cell(c)
        self.ln(3)

    def gantt(self, label_head, years, rows, label_w=66, q_w=8.2, size=8, lh=4.2, font="Sans",
              head_fill=(215, 230, 215), mark="X", mark_fill=(190, 215, 190)):
        """Gantt table: a label column and four quarter columns per year, two heading rows
        (years spanning four columns, then Q1–Q4). rows: [(label, {quarter_index, ...}), ...]
        with quarter_index 0 = Q1 of the first year."""
        nq = 4 * len(years)
        widths = [label_w] + [q_w] * nq
        self.set_font(font, "", size)
        with self.table(col_widths=widths, width=sum(widths), align="LEFT", line_height=lh,
                        text_align=["LEFT"] + ["CENTER"] * nq, padding=1.0, num_heading_rows=2,
                        repeat_headings=1,
                        headings_style=FontFace(emphasis="BOLD", fill_color=head_fill)) as t:
            r = t.row()
            r.cell(label_head, rowspan=2, v_align="M")
            for y in years:
                r.cell(str(y), colspan=4, align="C")
            r = t.row()
            for _ in years:
                for q in range(1, 5):
                    r.cell(f"Q{q}")
            for label, qs in rows:
                r = t.row()
                r.cell(label)
                for i in range(nq):
                    if i in qs:
                        r.cell(mark, style=FontFace(fill_color=mark_fill, emphasis="BOLD"))
                    else:
                        r.cell("")
        self.ln(3)

    def definitions(self, items, lw=46, size=9.5, lh=4.8):
        """Definitions list: bold term in a left column, the definition beside it, thin rule below."""
        for term, text in items:
            self.need(14)
            y = self.get_y()
            self.set_font("Sans", "B", size)
            self.multi_cell(lw - 3, lh, term, align="L", new_x="LMARGIN", new_y="NEXT")
            y1 = self.get_y()
            self.set_font(self.body, "", size)
            self.set_xy(self.l_margin + lw, y)
            self.multi_cell(self.epw - lw, lh, nb(text), align="J", new_x="LMARGIN", new_y="NEXT")
            y2 = max(y1, self.get_y()) + 1.2
            self.set_draw_color(180, 180, 180)
            self.line(self.l_margin, y2, self.w - self.r_margin, y2)
            self.set_draw_color(0, 0, 0)
            self.set_y(y2 + 1.5)
        self.ln(1.5)


    # ------------------------------------------------------------ synthetic8 additions
    def wrap_plain_table(self, headers, rows, widths, size=8.8, lh=4.3, font="Sans", total=None,
                         head_lines=2, row_gap=1.6):
        """Borderless table WITHOUT any lines: the first column (left-aligned) wraps over several
        lines, the number columns are right-aligned on the first line of the row. total: a bold row."""
        xs = [self.l_margin]
        for w in widths[:-1]:
            xs.append(xs[-1] + w)
        y = self.get_y()
        self.set_font(font, "B", size)
        for i, (x, w, h) in enumerate(zip(xs, widths, headers)):
            self.set_xy(x, y)
            self.multi_cell(w, lh * 0.95, h, align="L" if i == 0 else "R", new_x="RIGHT", new_y="TOP")
        y += lh * 0.95 * head_lines + 2.5

        def one(cells, style, y):
            self.set_font(font, style, size)
            self.set_xy(xs[0], y)
            self.multi_cell(widths[0] - 3, lh, cells[0], align="L", new_x="LMARGIN", new_y="NEXT")
            y_end = self.get_y()
            for x, w, c in zip(xs[1:], widths[1:], cells[1:]):
                self.set_xy(x, y)
                self.cell(w, lh, c, align="R")
            return y_end

        for row in rows:
            if y > self.h - self.b_margin - 16:
                self.add_page()
                y = self.get_y()
            y = one(row, "", y) + row_gap
        if total:
            y += 1.5
            y = one(total, "B", y)
        self.set_xy(self.l_margin, y + 3)

    def margin_item(self, label, title, dnr="", margin=22, size=10):
        """Protocol item: '§ 61' in the left margin, the title beside it, Dnr right-aligned."""
        self.need(40)
        self.ln(2)
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin - margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.set_draw_color(0, 0, 0)
        self.ln(2.5)
        y = self.get_y()
        self.set_font("Sans", "B", 12)
        self.set_xy(self.l_margin - margin, y)
        self.cell(margin - 3, 6, label)
        self.set_xy(self.l_margin, y)
        self.set_font("Sans", "B", size + 1)
        self.multi_cell(self.epw - 40, 6, title, align="L", new_x="LMARGIN", new_y="NEXT")
        y2 = self.get_y()
        if dnr:
            self.set_font("Sans", "", 8.5)
            self.set_xy(self.w - self.r_margin - 40, y)
            self.cell(40, 6, dnr, align="R")
        self.set_y(y2 + 1.5)


    # ------------------------------------------------------------ synthetic10 additions
    def _nlines(self, w, text):
        return max(1, len(self.multi_cell(w, 4, text, dry_run=True, output="LINES")))

    def goal_table(self, headers, groups, widths, aligns, size=8.2, lh=4.1, font="Sans", pad=1.2,
                   head_fill=(214, 226, 236), trend_col=None, trend_colors=None, rule=(60, 60, 60),
                   thin=(200, 200, 200)):
        """Table whose first column (the goal) is written ONLY on the first of its indicator rows; the
        following rows of the goal leave that cell empty. A dark rule above every goal, a thin rule
        between indicator rows that does not cross the goal column. The header is repeated after a page
        break (the goal is not repeated there). groups: [(goal, [row cells without the goal column])].
        trend_col: index of a column whose text is coloured by trend_colors[text]."""
        xs = [self.l_margin]
        for w in widths[:-1]:
            xs.append(xs[-1] + w)
        total_w = sum(widths)

        def head():
            self.set_font(font, "B", size)
            n = max(self._nlines(w - 2 * pad, h) for w, h in zip(widths, headers))
            hh = n * lh + 2 * pad
            y = self.get_y()
            self.set_fill_color(*head_fill)
            self.rect(self.l_margin, y, total_w, hh, style="F")
            for x, w, a, h in zip(xs, widths, aligns, headers):
                self.set_xy(x + pad, y + pad)
                self.multi_cell(w - 2 * pad, lh, h, align=a[0], new_x="RIGHT", new_y="TOP")
            self.set_draw_color(*rule)
            self.set_line_width(0.4)
            self.line(self.l_margin, y + hh, self.l_margin + total_w, y + hh)
            self.set_line_width(0.2)
            self.set_y(y + hh)

        head()
        limit = self.h - self.b_margin
        for goal, rows in groups:
            for i, row in enumerate(rows):
                cells = [goal if i == 0 else ""] + list(row)
                self.set_font(font, "", size)
                n = 1
                for j, (w, c) in enumerate(zip(widths, cells)):
                    if j == 0:
                        self.set_font(font, "B", size)
                    n = max(n, self._nlines(w - 2 * pad, c))
                    self.set_font(font, "", size)
                hh = n * lh + 2 * pad
                if self.get_y() + hh > limit:
                    self.add_page()
                    head()
                y = self.get_y()
                if i == 0:
                    self.set_draw_color(*rule)
                    self.set_line_width(0.35)
                    self.line(self.l_margin, y, self.l_margin + total_w, y)
                    self.set_line_width(0.2)
                else:
                    self.set_draw_color(*thin)
                    self.line(xs[1], y, self.l_margin + total_w, y)
                self.set_draw_color(0, 0, 0)
                for j, (x, w, a, c) in enumerate(zip(xs, widths, aligns, cells)):
                    self.set_font(font, "B" if j == 0 else "", size + (2 if j == trend_col else 0))
                    if j == trend_col and trend_colors:
                        self.set_text_color(*trend_colors.get(c, (0, 0, 0)))
                    self.set_xy(x + pad, y + pad)
                    self.multi_cell(w - 2 * pad, lh, c, align=a[0], new_x="RIGHT", new_y="TOP")
                    self.set_text_color(0, 0, 0)
                self.set_y(y + hh)
        self.set_draw_color(*rule)
        self.line(self.l_margin, self.get_y(), self.l_margin + total_w, self.get_y())
        self.set_draw_color(0, 0, 0)
        self.ln(3)

    def key_boxes(self, items, ncols=3, h=21, gap=4, fill=(232, 240, 234), big=15, small=8.2):
        """Grid of key-figure boxes: a big bold figure above a small label, drawn box by box."""
        w = (self.epw - gap * (ncols - 1)) / ncols
        y0 = self.get_y()
        for k, (fig, label) in enumerate(items):
            r, c = divmod(k, ncols)
            x, y = self.l_margin + c * (w + gap), y0 + r * (h + gap)
            self.set_fill_color(*fill)
            self.rect(x, y, w, h, style="F")
            self.set_xy(x + 3, y + 3)
            self.set_font("Sans", "B", big)
            self.set_text_color(*self.accent)
            self.cell(w - 6, 7, fig)
            self.set_text_color(60, 60, 60)
            self.set_xy(x + 3, y + 11)
            self.set_font("Sans", "", small)
            self.multi_cell(w - 6, 3.8, label, align="L")
            self.set_text_color(0, 0, 0)
        rows = (len(items) + ncols - 1) // ncols
        self.set_xy(self.l_margin, y0 + rows * (h + gap) + 2)

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

    def paren_items(self, items, size=10, lh=5, indent=8, fmt="{})", bold_num=False):
        """Justified list "1)" "2)" … whose items wrap over several lines (hanging indent)."""
        for i, text in enumerate(items, 1):
            self.need(14)
            self.set_font(self.body, "B" if bold_num else "", size)
            self.set_x(self.l_margin)
            self.cell(indent, lh, fmt.format(i))
            self.set_font(self.body, "", size)
            self.multi_cell(self.epw - indent, lh, nb(text), align="J", new_x="LMARGIN", new_y="NEXT")
            self.ln(1.6)
        self.ln(1)

    def band(self, text, fill=None, color=(255, 255, 255), size=12, h=9):
        """Full-width coloured band with white bold text (brochure headings)."""
        self.need(h + 20)
        self.set_fill_color(*(fill or self.accent))
        self.set_text_color(*color)
        self.set_font("Sans", "B", size)
        self.cell(0, h, "  " + text, fill=True, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(3)

    def brochure_columns(self, left, right, gutter=9, size=9.3, lh=4.6, head_color=None, sym="▪"):
        """Two-column brochure block. left/right: [(heading, intro or None, [bullet, ...]), ...]; the
        left column is drawn completely before the right one."""
        colw = (self.epw - gutter) / 2
        y0 = self.get_y()
        ybottom = y0
        for c, sections in enumerate((left, right)):
            x = self.l_margin + c * (colw + gutter)
            self.set_xy(x, y0)
            for heading, intro, bullets in sections:
                self.set_x(x)
                self.set_font("Sans", "B", size + 1.5)
                self.set_text_color(*(head_color or self.accent))
                self.multi_cell(colw, lh + 0.6, heading, align="L", new_x="LEFT", new_y="NEXT")
                self.set_text_color(0, 0, 0)
                self.set_draw_color(*(head_color or self.accent))
                self.line(x, self.get_y() + 0.5, x + colw, self.get_y() + 0.5)
                self.set_draw_color(0, 0, 0)
                self.ln(2)
                if intro:
                    self.set_x(x)
                    self.set_font(self.body, "I", size)
                    self.multi_cell(colw, lh, nb(intro), align="L", new_x="LEFT", new_y="NEXT")
                    self.ln(1.2)
                for b in bullets:
                    self.set_x(x)
                    self.set_font(self.body, "", size)
                    self.set_text_color(*(head_color or self.accent))
                    self.cell(4.5, lh, sym)
                    self.set_text_color(0, 0, 0)
                    self.multi_cell(colw - 4.5, lh, nb(b), align="L", new_x="LEFT", new_y="NEXT")
                    self.set_x(x)
                    self.ln(0.9)
                self.set_x(x)
                self.ln(3)
            ybottom = max(ybottom, self.get_y())
        self.set_xy(self.l_margin, ybottom + 1)


    # ------------------------------------------------------------ synthetic12 additions
    def head2_table(self, head_rows, rows, widths, aligns, size=8.4, lh=4.3, font="Sans",
                    head_fill=(222, 228, 236), repeat=True, borders="ALL", padding=1.2,
                    group_fill=(238, 238, 238), head_align=None):
        """Table with several heading rows. head_rows: [[cell, ...], ...] where a cell is a string or a tuple
        (text, colspan, rowspan). rows: lists of strings, Group (bold spanning row) or Row (styled row,
        e.g. italic "Delsumma" or bold total). repeat=False: the heading is NOT repeated after a page break
        (the table simply continues on the next page)."""
        self.set_font(font, "", size)
        n_head = len(head_rows)
        with self.table(col_widths=widths, width=sum(widths), align="LEFT", line_height=lh,
                        text_align=aligns, padding=padding, num_heading_rows=n_head,
                        repeat_headings=1 if repeat else 0, borders_layout=borders,
                        headings_style=FontFace(emphasis="BOLD", fill_color=head_fill)) as t:
            for hr in head_rows:
                r = t.row()
                for c in hr:
                    if isinstance(c, tuple):
                        text, cs, rs = (list(c) + [1, 1])[:3]
                        r.cell(text, colspan=cs, rowspan=rs, align=head_align or ("C" if cs > 1 else None),
                               v_align="M")
                    else:
                        r.cell(c, v_align="M")
            for row in rows:
                if isinstance(row, Group):
                    r = t.row(style=FontFace(emphasis="BOLD", fill_color=group_fill))
                    r.cell(row.text, colspan=len(widths), align="L")
                    continue
                if isinstance(row, Row):
                    st = FontFace(emphasis=row.emphasis.replace("B", "BOLD ").replace("I", "ITALICS ").strip()
                                  or None, fill_color=row.fill)
                    cells = row.cells
                else:
                    st, cells = None, row
                r = t.row(style=st)
                for c in cells:
                    if isinstance(c, Cell):
                        r.cell(c.text, style=FontFace(fill_color=c.fill, color=c.color,
                                                      emphasis="BOLD" if c.bold else None))
                    else:
                        r.cell(c)
        self.ln(1.5)

    def footnotes(self, notes, size=7.6, lh=3.6, mark="{})"):
        """Numbered notes in small type directly under a table: "1) ...", or (marker, text) tuples."""
        self.set_text_color(60, 60, 60)
        for i, n in enumerate(notes, 1):
            m, text = n if isinstance(n, tuple) else (mark.format(i), n)
            self.set_font(self.body, "", size)
            self.set_x(self.l_margin)
            self.cell(6, lh, m)
            self.multi_cell(self.epw - 6, lh, nb(text), align="L", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(3)

    def vote_box(self, cells, w=None, size=9):
        """A boxed row of vote results: [(label, value), ...], label above a bold value."""
        w = w or self.epw / len(cells)
        y = self.get_y()
        self.set_draw_color(120, 120, 120)
        for i, (label, val) in enumerate(cells):
            x = self.l_margin + i * w
            self.rect(x, y, w, 13)
            self.set_xy(x, y + 1.5)
            self.set_font("Sans", "", size - 1)
            self.cell(w, 4, label, align="C")
            self.set_xy(x, y + 6.5)
            self.set_font("Sans", "B", size + 2)
            self.cell(w, 5, val, align="C")
        self.set_draw_color(0, 0, 0)
        self.set_xy(self.l_margin, y + 17)

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


    # ------------------------------------------------------------ synthetic14 additions
    def zebra_table(self, headers, rows, widths, aligns, size=8.6, lh=5.0, font="Sans", stripe=(236, 240, 246),
                    head_lines=2, rule=(30, 30, 30), group_color=None):
        """No vertical lines and no lines between rows: alternating shaded rows, bold section rows (Group),
        a heavy rule under the heading and at the end. The heading is repeated after a page break."""
        xs = [self.l_margin]
        for w in widths[:-1]:
            xs.append(xs[-1] + w)
        total_w = sum(widths)
        pad = 1.2

        def head():
            self.set_font(font, "B", size)
            y = self.get_y()
            hh = head_lines * (lh - 0.6) + 1.5
            for x, w, a, h in zip(xs, widths, aligns, headers):
                n = self._nlines(w - 2 * pad, h)
                self.set_xy(x + pad, y + (head_lines - n) * (lh - 0.6))
                self.multi_cell(w - 2 * pad, lh - 0.6, h, align=a[0], new_x="RIGHT", new_y="TOP")
            self.set_draw_color(*rule)
            self.set_line_width(0.5)
            self.line(self.l_margin, y + hh, self.l_margin + total_w, y + hh)
            self.set_line_width(0.2)
            self.set_draw_color(0, 0, 0)
            self.set_y(y + hh + 0.8)

        head()
        limit = self.h - self.b_margin
        k = 0
        for row in rows:
            if self.get_y() + lh > limit:
                self.add_page()
                head()
            y = self.get_y()
            if isinstance(row, Group):
                self.set_font(font, "B", size)
                if group_color:
                    self.set_text_color(*group_color)
                self.set_xy(xs[0] + pad, y + 1.0)
                self.cell(total_w, lh, row.text)
                self.set_text_color(0, 0, 0)
                self.set_y(y + lh + 1.0)
                k = 0
                continue
            cells, style = (row.cells, row.emphasis) if isinstance(row, Row) else (row, "")
            if k % 2 == 0:
                self.set_fill_color(*stripe)
                self.rect(self.l_margin, y, total_w, lh, style="F")
            for x, w, a, c in zip(xs, widths, aligns, cells):
                self.set_font(font, style, size)
                self.set_xy(x + pad, y)
                self.cell(w - 2 * pad, lh, c, align=a[0])
            self.set_y(y + lh)
            k += 1
        self.set_draw_color(*rule)
        self.set_line_width(0.5)
        self.line(self.l_margin, self.get_y() + 0.5, self.l_margin + total_w, self.get_y() + 0.5)
        self.set_line_width(0.2)
        self.set_draw_color(0, 0, 0)
        self.ln(4)

    def cards(self, cards, ncols=2, h=74, gap=5, size=8.4, head_fill=(226, 236, 226)):
        """Indicator cards in a grid, drawn card by card (left, then right). cards: dicts with nr, title,
        unit, years, values, target_label, target, assess, assess_color, comment."""
        w = (self.epw - gap * (ncols - 1)) / ncols
        for k, c in enumerate(cards):
            col = k % ncols
            if col == 0:
                if self.get_y() + h > self.h - self.b_margin:
                    self.add_page()
                y0 = self.get_y()
            x = self.l_margin + col * (w + gap)
            self.set_draw_color(150, 160, 150)
            self.rect(x, y0, w, h)
            self.set_fill_color(*head_fill)
            self.rect(x, y0, w, 13, style="F")
            self.set_xy(x + 2.5, y0 + 1.8)
            self.set_font("Sans", "B", size + 1)
            self.set_text_color(*self.accent)
            self.multi_cell(w - 5, 4.6, f"{c['nr']} {c['title']}", align="L", new_x="LEFT", new_y="NEXT")
            self.set_text_color(0, 0, 0)
            self.set_xy(x + 2.5, y0 + 14.5)
            self.set_font(self.body, "I", size - 0.6)
            self.cell(w - 5, 4, c["unit"])
            # five-year mini table
            cw = (w - 5) / len(c["years"])
            for j, (yy, vv) in enumerate(zip(c["years"], c["values"])):
                xx = x + 2.5 + j * cw
                self.set_xy(xx, y0 + 20)
                self.set_font("Sans", "B", size - 0.4)
                self.cell(cw, 5, str(yy), border="B", align="C")
            for j, vv in enumerate(c["values"]):
                xx = x + 2.5 + j * cw
                self.set_xy(xx, y0 + 25.5)
                self.set_font("Sans", "", size + 0.6)
                self.cell(cw, 6, vv, align="C")
            self.set_xy(x + 2.5, y0 + 33.5)
            self.set_font("Sans", "B", size)
            self.cell(w - 5, 4.4, f"{c['target_label']}: {c['target']}")
            self.set_xy(x + 2.5, y0 + 38.5)
            self.set_fill_color(*c["assess_color"])
            self.rect(x + 2.5, y0 + 39.2, 3, 3, style="F")
            self.set_xy(x + 7, y0 + 38.5)
            self.set_font("Sans", "", size)
            self.cell(w - 10, 4.4, f"Bedömning: {c['assess']}")
            self.set_xy(x + 2.5, y0 + 45)
            self.set_font(self.body, "", size - 0.2)
            self.multi_cell(w - 5, 3.9, nb(c["comment"]), align="L", new_x="LEFT", new_y="NEXT")
            self.set_draw_color(0, 0, 0)
            if col == ncols - 1 or k == len(cards) - 1:
                self.set_xy(self.l_margin, y0 + h + gap)

    def risk_matrix(self, placed, n=4, cell=17, lab_w=30, size=8.5,
                    colors=((196, 228, 190), (250, 232, 160), (240, 176, 160))):
        """Likelihood (rows, n at the top) × consequence (columns) grid. placed: {(s, k): "R1, R7"}.
        Cell colour by s*k: ≤ 4 green, 6–8 yellow, ≥ 9 red."""
        x0, y0 = self.l_margin + lab_w, self.get_y() + 2
        self.set_font("Sans", "B", size)
        for i, s in enumerate(range(n, 0, -1)):
            y = y0 + i * cell
            self.set_xy(self.l_margin, y + cell / 2 - 2.5)
            self.cell(lab_w - 2, 5, f"Sannolikhet {s}", align="R")
            for j, k in enumerate(range(1, n + 1)):
                x = x0 + j * cell * 1.6
                v = s * k
                self.set_fill_color(*(colors[0] if v <= 4 else colors[1] if v <= 8 else colors[2]))
                self.rect(x, y, cell * 1.6, cell, style="DF")
                self.set_font("Sans", "", size - 1.5)
                self.set_xy(x + 1, y + 1)
                self.cell(6, 3.5, str(v))
                self.set_font("Sans", "B", size)
                self.set_xy(x + 1, y + 6)
                self.multi_cell(cell * 1.6 - 2, 4, placed.get((s, k), ""), align="C")
        self.set_font("Sans", "B", size)
        for j, k in enumerate(range(1, n + 1)):
            self.set_xy(x0 + j * cell * 1.6, y0 + n * cell + 1)
            self.cell(cell * 1.6, 5, f"Konsekvens {k}", align="C")
        self.set_xy(self.l_margin, y0 + n * cell + 9)

    def vote_list(self, headers, rows, widths, size=7.8, lh=4.55, gap=2, head_fill=(225, 225, 225)):
        """Roll-call list set in two side-by-side ruled blocks (left block first, then the right one)."""
        half = (len(rows) + 1) // 2
        bw = sum(widths)
        y0 = self.get_y()
        ybottom = y0
        for b, part in enumerate((rows[:half], rows[half:])):
            x0 = self.l_margin + b * (bw + gap)
            y = y0
            self.set_font("Sans", "B", size)
            self.set_fill_color(*head_fill)
            x = x0
            for w, hd in zip(widths, headers):
                self.set_xy(x, y)
                self.cell(w, lh + 0.8, hd, border=1, fill=True, align="L" if x == x0 else "C")
                x += w
            y += lh + 0.8
            for row in part:
                x = x0
                for j, (w, c) in enumerate(zip(widths, row)):
                    self.set_font("Sans", "", size)
                    self.set_xy(x, y)
                    self.cell(w, lh, c, border=1, align="L" if j == 0 else "C")
                    x += w
                y += lh
            ybottom = max(ybottom, y)
        self.set_xy(self.l_margin, ybottom + 3)


    # ------------------------------------------------------------ synthetic16 additions
    def fact_box_beside(self, box_title, box_rows, blocks, side="R", box_w=58, gap=6, size=9.6, lh=4.8,
                        box_fill=(234, 240, 232), box_size=8.6):
        """A shaded fact box (sidebar) on one side and running text in the narrower column beside it.
        box_rows: [(label, value)] – the value is printed bold below its label. blocks: ("h", heading) |
        ("p", paragraph) | ("b", [bullet, ...]) drawn in the text column. The box is drawn first."""
        y0 = self.get_y()
        tw = self.epw - box_w - gap
        if side == "R":
            bx, tx = self.l_margin + tw + gap, self.l_margin
        else:
            bx, tx = self.l_margin, self.l_margin + box_w + gap
        # measure the box
        self.set_font("Sans", "B", box_size + 0.8)
        hh = 3 + self._nlines(box_w - 6, box_title) * 4.6 + 1.5
        for lab, val in box_rows:
            self.set_font("Sans", "", box_size - 0.4)
            hh += len(self.multi_cell(box_w - 6, 3.8, lab, dry_run=True, output="LINES")) * 3.8
            self.set_font("Sans", "B", box_size + 1.5)
            hh += len(self.multi_cell(box_w - 6, 5.2, nb(val), dry_run=True, output="LINES")) * 5.2 + 2.2
        hh += 1.5
        self.set_fill_color(*box_fill)
        self.rect(bx, y0, box_w, hh, style="F")
        self.set_fill_color(*self.accent)
        self.rect(bx, y0, box_w, 1.2, style="F")
        self.set_xy(bx + 3, y0 + 3)
        self.set_font("Sans", "B", box_size + 0.8)
        self.set_text_color(*self.accent)
        self.multi_cell(box_w - 6, 4.6, box_title, align="L", new_x="LEFT", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(1.5)
        for lab, val in box_rows:
            self.set_x(bx + 3)
            self.set_font("Sans", "", box_size - 0.4)
            self.set_text_color(70, 70, 70)
            self.multi_cell(box_w - 6, 3.8, lab, align="L", new_x="LEFT", new_y="NEXT")
            self.set_text_color(0, 0, 0)
            self.set_x(bx + 3)
            self.set_font("Sans", "B", box_size + 1.5)
            self.multi_cell(box_w - 6, 5.2, nb(val), align="L", new_x="LEFT", new_y="NEXT")
            self.ln(2.2)
        ybox = y0 + hh
        # the text column
        self.set_xy(tx, y0)
        for kind, t in blocks:
            self.set_x(tx)
            if kind == "h":
                self.set_font("Sans", "B", size + 1.2)
                self.set_text_color(*self.accent)
                self.multi_cell(tw, 5.6, t, align="L", new_x="LEFT", new_y="NEXT")
                self.set_text_color(0, 0, 0)
                self.ln(1)
            elif kind == "p":
                self.set_font(self.body, "", size)
                self.multi_cell(tw, lh, nb(t), align="J", new_x="LEFT", new_y="NEXT")
                self.ln(2.2)
            else:
                for it in t:
                    self.set_x(tx)
                    self.set_font(self.body, "", size)
                    self.cell(5, lh, "\u2022")
                    self.multi_cell(tw - 5, lh, nb(it), align="L", new_x="LEFT", new_y="NEXT")
                    self.set_x(tx)
                    self.ln(0.8)
                self.ln(1.2)
        self.set_fill_color(255, 255, 255)
        self.set_xy(self.l_margin, max(ybox, self.get_y()) + 3)

    def dot_rows(self, heads, rows, name_w=92, col_w=19, size=8.9, lh=5.0, font="Sans", head_lines=2):
        """Price list WITHOUT a grid: the item name runs into dot leaders up to the first amount column, then
        right-aligned amounts. heads: headings of the amount columns (printed above, two lines, bold).
        rows: [(name, [amount, ...])] or a str = bold numbered section heading."""
        x0 = self.l_margin

        def head():
            self.set_font(font, "B", size - 0.6)
            y = self.get_y()
            for j, h in enumerate(heads):
                self.set_xy(x0 + name_w + j * col_w, y)
                self.multi_cell(col_w, (lh - 1), h, align="R", new_x="RIGHT", new_y="TOP")
            self.set_draw_color(110, 110, 110)
            yy = y + head_lines * (lh - 1) + 1
            self.line(x0 + name_w, yy, x0 + name_w + len(heads) * col_w, yy)
            self.set_draw_color(0, 0, 0)
            self.set_y(yy + 1.5)

        head()
        for row in rows:
            if isinstance(row, str):
                if self.get_y() > self.h - self.b_margin - 22:
                    self.add_page()
                    head()
                self.ln(1.5)
                self.set_x(x0)
                self.set_font(font, "B", size + 0.4)
                self.set_text_color(*self.accent)
                self.cell(name_w, lh + 0.5, row, new_x="LMARGIN", new_y="NEXT")
                self.set_text_color(0, 0, 0)
                continue
            name, amounts = row
            if self.get_y() > self.h - self.b_margin - 10:
                self.add_page()
                head()
            y = self.get_y()
            self.set_font(font, "", size)
            lines = self.multi_cell(name_w - 4, lh, name, dry_run=True, output="LINES")
            for k, ln_ in enumerate(lines):
                self.set_xy(x0 + 3, y + k * lh)
                self.cell(name_w - 4, lh, ln_)
            last = lines[-1]
            wlast = self.get_string_width(last)
            dot_w = self.get_string_width(".")
            n = int((name_w - 3 - wlast - 3) / dot_w) - 1
            yl = y + (len(lines) - 1) * lh
            self.set_text_color(120, 120, 120)
            self.set_xy(x0 + 3 + wlast + 1.5, yl)
            self.cell(n * dot_w, lh, "." * max(n, 2))
            self.set_text_color(0, 0, 0)
            for j, a in enumerate(amounts):
                self.set_xy(x0 + name_w + j * col_w, yl)
                self.cell(col_w, lh, a, align="R")
            self.set_y(yl + lh + 0.6)
        self.ln(2)

    def page_notes(self, notes, size=7.4, lh=3.5):
        """Footnotes at the BOTTOM of the current page (above the footer) with a short rule above them."""
        self.set_font(self.body, "", size)
        h = sum(len(self.multi_cell(self.epw - 6, lh, nb(t), dry_run=True, output="LINES")) for _, t in notes) * lh
        y = self.h - self.b_margin - h - 2
        if self.get_y() > y - 3:
            raise RuntimeError("no room for page notes")
        self.set_draw_color(90, 90, 90)
        self.line(self.l_margin, y - 1.5, self.l_margin + 45, y - 1.5)
        self.set_draw_color(0, 0, 0)
        self.set_y(y)
        self.set_text_color(50, 50, 50)
        for m, t in notes:
            self.set_x(self.l_margin)
            self.cell(6, lh, m)
            self.multi_cell(self.epw - 6, lh, nb(t), align="L", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)

    def rot_table(self, heads, rot, rows, widths, aligns, size=8.2, lh=4.4, head_h=24, font="Sans",
                  head_fill=(228, 232, 240), pad=1.1, group_fill=(242, 242, 236)):
        """Ruled table (full grid) whose headings of the columns flagged in `rot` are ROTATED 90° (read
        bottom-up); the other headings are horizontal and bottom-aligned. rows: lists of str, Group or Row.
        Cells of the first two text columns may wrap. The heading is repeated after a page break."""
        xs = [self.l_margin]
        for w in widths[:-1]:
            xs.append(xs[-1] + w)
        total = sum(widths)

        def head():
            y = self.get_y()
            self.set_fill_color(*head_fill)
            self.set_draw_color(90, 90, 90)
            self.set_font(font, "B", size - 0.3)
            for x, w, h, r in zip(xs, widths, heads, rot):
                self.rect(x, y, w, head_h, style="DF")
                if r:
                    with self.rotation(90, x + w / 2 + 1.5, y + head_h - 1.5):
                        self.text(x + w / 2 + 1.5, y + head_h - 1.5, h)
                else:
                    n = self._nlines(w - 2 * pad, h)
                    self.set_xy(x + pad, y + head_h - n * 4 - 1.2)
                    self.multi_cell(w - 2 * pad, 4, h, align="L", new_x="RIGHT", new_y="TOP")
            self.set_y(y + head_h)

        head()
        limit = self.h - self.b_margin
        for row in rows:
            if isinstance(row, Group):
                if self.get_y() + 2 * lh + 8 > limit:
                    self.add_page()
                    head()
                y = self.get_y()
                self.set_fill_color(*group_fill)
                self.rect(self.l_margin, y, total, lh + 1.2, style="DF")
                self.set_font(font, "B", size)
                self.set_xy(self.l_margin + pad, y + 0.6)
                self.cell(total - 2 * pad, lh, row.text)
                self.set_y(y + lh + 1.2)
                continue
            cells, st = (row.cells, row.emphasis) if isinstance(row, Row) else (row, "")
            self.set_font(font, st, size)
            n = max(self._nlines(w - 2 * pad, c) for w, c in zip(widths, cells))
            hh = n * lh + 2 * pad
            if self.get_y() + hh > limit:
                self.add_page()
                head()
            y = self.get_y()
            for x, w, a, c in zip(xs, widths, aligns, cells):
                self.rect(x, y, w, hh)
                self.set_xy(x + pad, y + pad)
                self.set_font(font, st, size)
                self.multi_cell(w - 2 * pad, lh, c, align=a[0], new_x="RIGHT", new_y="TOP")
            self.set_y(y + hh)
        self.set_draw_color(0, 0, 0)
        self.ln(3)

    def twoline_table(self, heads, rows, widths, aligns, size=8.4, lh=4.3, font="Sans", pad=1.3,
                      head_fill=(40, 70, 90), head_color=(255, 255, 255), group_fill=(232, 236, 240)):
        """Table with horizontal rules only. The title cell of a row holds a bold first line and a small grey
        description line below it; the other cells sit on the first line. rows: (title, description, [cells])
        tuples, Group rows, or Row (italic subtotal / bold total, cells including the first column). The
        heading band (white on dark) is repeated after a page break."""
        xs = [self.l_margin]
        for w in widths[:-1]:
            xs.append(xs[-1] + w)
        total = sum(widths)

        def head():
            self.set_font(font, "B", size - 0.2)
            n = max(self._nlines(w - 2 * pad, h) for w, h in zip(widths, heads))
            hh = n * 4 + 2 * pad
            y = self.get_y()
            self.set_fill_color(*head_fill)
            self.rect(self.l_margin, y, total, hh, style="F")
            self.set_text_color(*head_color)
            for x, w, a, h in zip(xs, widths, aligns, heads):
                self.set_xy(x + pad, y + pad)
                self.multi_cell(w - 2 * pad, 4, h, align=a[0], new_x="RIGHT", new_y="TOP")
            self.set_text_color(0, 0, 0)
            self.set_y(y + hh)

        head()
        limit = self.h - self.b_margin
        for row in rows:
            if isinstance(row, Group):
                if self.get_y() + 22 > limit:
                    self.add_page(orientation=self.cur_orientation)
                    head()
                y = self.get_y()
                self.set_fill_color(*group_fill)
                self.rect(self.l_margin, y, total, lh + 1.6, style="F")
                self.set_font(font, "B", size + 0.3)
                self.set_xy(self.l_margin + pad, y + 0.8)
                self.cell(total, lh, row.text)
                self.set_y(y + lh + 1.6)
                continue
            if isinstance(row, Row):
                y = self.get_y()
                st = row.emphasis
                for x, w, a, c in zip(xs, widths, aligns, row.cells):
                    self.set_font(font, st, size)
                    self.set_xy(x + pad, y + 0.8)
                    self.cell(w - 2 * pad, lh, c, align=a[0])
                self.set_draw_color(60, 60, 60)
                self.line(self.l_margin, y + lh + 1.6, self.l_margin + total, y + lh + 1.6)
                self.set_draw_color(0, 0, 0)
                self.set_y(y + lh + 1.6)
                continue
            title, desc, cells = row
            self.set_font(font, "", size - 1.3)
            nd = self._nlines(widths[1] - 2 * pad, desc)
            hh = lh + nd * 3.4 + 2 * pad
            if self.get_y() + hh > limit:
                self.add_page(orientation=self.cur_orientation)
                head()
            y = self.get_y()
            allc = [cells[0], title] + list(cells[1:])
            for j, (x, w, a, c) in enumerate(zip(xs, widths, aligns, allc)):
                self.set_font(font, "B" if j == 1 else "", size)
                self.set_xy(x + pad, y + pad)
                self.multi_cell(w - 2 * pad, lh, c, align=a[0], new_x="RIGHT", new_y="TOP")
            self.set_xy(xs[1] + pad, y + pad + lh)
            self.set_font(font, "", size - 1.3)
            self.set_text_color(105, 105, 105)
            self.multi_cell(widths[1] - 2 * pad, 3.4, desc, align="L", new_x="LEFT", new_y="NEXT")
            self.set_text_color(0, 0, 0)
            self.set_draw_color(185, 185, 185)
            self.line(self.l_margin, y + hh, self.l_margin + total, y + hh)
            self.set_draw_color(0, 0, 0)
            self.set_y(y + hh)
        self.ln(3)


    # ------------------------------------------------------------ synthetic18 additions
    def _cell_lines(self, w, c, font, style, size):
        """Number of lines a table18 cell needs. c is a str or (title, [bullet, ...])."""
        if isinstance(c, dict):
            self.set_font(font, style, size)
            n = self._nlines(w, c["t"])
            self.set_font(font, "I", size - 1)
            return n + self._nlines(w, c["sub"])
        if isinstance(c, tuple):
            title, bl = c
            self.set_font(font, "B", size)
            n = self._nlines(w, title)
            self.set_font(font, "", size)
            for b in bl:
                n += self._nlines(w - 3.2, b)
            return n
        self.set_font(font, style, size)
        return self._nlines(w, c) if c else 1

    def table18(self, head, rows, widths, aligns, size=8.2, lh=4.0, font="Sans", pad=1.2, sep="dotted",
                head_fill=(230, 230, 230), head_color=(0, 0, 0), head_rule=(0, 0, 0), col_fill=None,
                caption=None, band_w=0, band_fill=(225, 232, 225), frame=False, group_fill=(240, 240, 240)):
        """Hand-drawn table.
        head: heading rows, each a list of (text, colspan[, rowspan]) – spanned slots are skipped in later rows.
        rows: dicts {"cells": [...], "kind": "row"|"group"|"sub"|"total", "band": name}. A cell is a str or
        (bold title, [bullets]) drawn inside the cell. sep: "dotted" | "solid" | "none" row separators.
        col_fill: {column index: rgb} shades whole columns. caption: printed above the table and again with
        " (forts.)" after a page break, where the heading is repeated. band_w > 0: the group name ("band" of the
        rows) is written ROTATED 90° in a shaded band left of the table, spanning the group's rows on each page.
        Subtotal rows ("sub") are italic with a double rule above; "total" rows bold with a heavy rule above."""
        col_fill = col_fill or {}
        x0 = self.l_margin + band_w
        xs = [x0]
        for w in widths[:-1]:
            xs.append(xs[-1] + w)
        total_w = sum(widths)
        ncol = len(widths)
        limit = self.h - self.b_margin
        hl = lh * 0.95

        def head_block(cont):
            if caption:
                self.set_font("Sans", "B", size + 1)
                self.set_text_color(*self.accent)
                self.set_x(self.l_margin)
                self.cell(0, 5.5, caption + (" (forts.)" if cont else ""), new_x="LMARGIN", new_y="NEXT")
                self.set_text_color(0, 0, 0)
                self.ln(1)
            y0 = self.get_y()
            occ = set()
            # layout: list of (r, c, colspan, rowspan, text)
            lay = []
            for r, hrow in enumerate(head):
                c = 0
                for spec in hrow:
                    while (r, c) in occ:
                        c += 1
                    text, cs = spec[0], spec[1]
                    rs = spec[2] if len(spec) > 2 else 1
                    for dr in range(rs):
                        for dc in range(cs):
                            occ.add((r + dr, c + dc))
                    lay.append((r, c, cs, rs, text))
                    c += cs
            self.set_font(font, "B", size - 0.2)
            rh = []
            for r in range(len(head)):
                n = 1
                for (rr, c, cs, rs, text) in lay:
                    if rr == r and rs == 1:
                        w = sum(widths[c:c + cs])
                        n = max(n, self._nlines(w - 2 * pad, text))
                rh.append(n * hl + 2 * pad)
            hh = sum(rh)
            self.set_fill_color(*head_fill)
            self.rect(x0, y0, total_w, hh, style="F")
            for c, fc in col_fill.items():
                pass
            self.set_text_color(*head_color)
            for (r, c, cs, rs, text) in lay:
                w = sum(widths[c:c + cs])
                yy = y0 + sum(rh[:r])
                hcell = sum(rh[r:r + rs])
                n = self._nlines(w - 2 * pad, text)
                al = "C" if cs > 1 else aligns[c][0]
                self.set_xy(xs[c] + pad, yy + hcell - pad - n * hl)
                self.multi_cell(w - 2 * pad, hl, text, align=al, new_x="RIGHT", new_y="TOP")
                if cs > 1:
                    self.set_draw_color(*head_rule)
                    self.set_line_width(0.15)
                    self.line(xs[c] + 1, yy + rh[r] - 0.4, xs[c] + w - 1, yy + rh[r] - 0.4)
            self.set_text_color(0, 0, 0)
            self.set_draw_color(*head_rule)
            self.set_line_width(0.5)
            self.line(x0, y0 + hh, x0 + total_w, y0 + hh)
            self.set_line_width(0.2)
            self.set_draw_color(0, 0, 0)
            self.set_y(y0 + hh)

        bands = []   # (name, y_top, y_bottom, page)

        def band_mark(name, y1, y2):
            if not band_w or not name:
                return
            if bands and bands[-1][0] == name and bands[-1][3] == self.page_no() and abs(bands[-1][2] - y1) < 0.01:
                bands[-1] = (name, bands[-1][1], y2, self.page_no())
            else:
                bands.append((name, y1, y2, self.page_no()))

        def draw_bands():
            for name, y1, y2, pg in bands:
                if pg != self.page_no():
                    continue
                self.set_fill_color(*band_fill)
                self.rect(self.l_margin, y1, band_w - 1, y2 - y1, style="F")
                self.set_font(font, "B", size)
                tw = self.get_string_width(name)
                xm = self.l_margin + band_w / 2 + 1.3
                ym = (y1 + y2) / 2 + tw / 2
                with self.rotation(90, xm, ym):
                    self.text(xm, ym, name)
            # keep only bands of later pages
            bands[:] = [b for b in bands if b[3] != self.page_no()]

        head_block(False)

        def height(row):
            kind = row.get("kind", "row")
            style = {"group": "B", "sub": "I", "total": "B"}.get(kind, "")
            if kind == "group":
                return lh + 2 * pad
            n = max(self._cell_lines(w - 2 * pad, c, font, style, size) for w, c in zip(widths, row["cells"]))
            return n * lh + 2 * pad

        hs = [height(r) for r in rows]
        for k, row in enumerate(rows):
            kind = row.get("kind", "row")
            cells = row["cells"]
            style = {"group": "B", "sub": "I", "total": "B"}.get(kind, "")
            hh = hs[k]
            nxt = hs[k + 1] if kind == "group" and k + 1 < len(hs) else 0
            if self.get_y() + hh + nxt > limit:
                draw_bands()
                self.add_page(orientation=self.cur_orientation)
                head_block(True)
            y = self.get_y()
            for c, fc in col_fill.items():
                self.set_fill_color(*fc)
                self.rect(xs[c], y, widths[c], hh, style="F")
            if row.get("fill"):
                self.set_fill_color(*row["fill"])
                self.rect(x0, y, total_w, hh, style="F")
            if kind == "group":
                self.set_fill_color(*group_fill)
                self.rect(x0, y, total_w, hh, style="F")
                self.set_font(font, "B", size + 0.2)
                self.set_xy(x0 + pad, y + pad)
                self.cell(total_w - 2 * pad, lh, cells[0])
            else:
                if kind == "sub":
                    self.set_draw_color(40, 40, 40)
                    self.set_line_width(0.15)
                    self.line(x0, y + 0.1, x0 + total_w, y + 0.1)
                    self.line(x0, y + 0.7, x0 + total_w, y + 0.7)
                elif kind == "total":
                    self.set_draw_color(0, 0, 0)
                    self.set_line_width(0.5)
                    self.line(x0, y, x0 + total_w, y)
                self.set_line_width(0.2)
                for j, (x, w, a, c) in enumerate(zip(xs, widths, aligns, cells)):
                    if isinstance(c, dict):
                        self.set_font(font, style, size)
                        self.set_xy(x + pad, y + pad)
                        self.multi_cell(w - 2 * pad, lh, c["t"], align="L", new_x="LEFT", new_y="NEXT")
                        self.set_font(font, "I", size - 1)
                        self.set_text_color(95, 95, 95)
                        self.set_x(x + pad)
                        self.multi_cell(w - 2 * pad, lh, c["sub"], align="L", new_x="LEFT", new_y="NEXT")
                        self.set_text_color(0, 0, 0)
                    elif isinstance(c, tuple):
                        title, bl = c
                        self.set_font(font, "B", size)
                        self.set_xy(x + pad, y + pad)
                        self.multi_cell(w - 2 * pad, lh, title, align="L", new_x="LEFT", new_y="NEXT")
                        self.set_font(font, "", size)
                        for b in bl:
                            yy = self.get_y()
                            self.set_xy(x + pad, yy)
                            self.cell(3.2, lh, "–")
                            self.set_xy(x + pad + 3.2, yy)
                            self.multi_cell(w - 2 * pad - 3.2, lh, b, align="L", new_x="LEFT", new_y="NEXT")
                    else:
                        self.set_font(font, style, size)
                        self.set_xy(x + pad, y + pad + (0.5 if kind == "sub" else 0))
                        self.multi_cell(w - 2 * pad, lh, c, align=a[0], new_x="RIGHT", new_y="TOP")
            band_mark(row.get("band"), y, y + hh)
            # separator below the row
            if sep != "none" and kind not in ("total",):
                self.set_draw_color(120, 120, 120)
                self.set_line_width(0.2)
                if sep == "dotted":
                    with self.local_context():
                        self.set_dash_pattern(dash=0.5, gap=0.9)
                        self.line(x0, y + hh, x0 + total_w, y + hh)
                else:
                    self.line(x0, y + hh, x0 + total_w, y + hh)
                self.set_draw_color(0, 0, 0)
            self.set_y(y + hh)
        yb = self.get_y()
        self.set_draw_color(0, 0, 0)
        self.set_line_width(0.5)
        self.line(x0, yb, x0 + total_w, yb)
        self.set_line_width(0.2)
        if frame:
            pass
        draw_bands()
        self.set_xy(self.l_margin, yb + 3)

    def double_box(self, title, rows, size=9.2, lh=4.8, fill=(246, 244, 236), w=None, lab_w=None):
        """A summary box with a DOUBLE frame: title, then label–value rows (value right-aligned, bold)."""
        w = w or self.epw
        lab_w = lab_w or w * 0.68
        x, y = self.l_margin, self.get_y()
        self.set_font("Sans", "", size)
        n = sum(max(self._nlines(lab_w - 6, l), 1) for l, _ in rows)
        hh = 7 + 2 + n * lh + 4
        self.set_fill_color(*fill)
        self.rect(x, y, w, hh, style="F")
        self.set_draw_color(*self.accent)
        self.set_line_width(0.6)
        self.rect(x, y, w, hh)
        self.set_line_width(0.25)
        self.rect(x + 1.2, y + 1.2, w - 2.4, hh - 2.4)
        self.set_draw_color(0, 0, 0)
        self.set_line_width(0.2)
        self.set_xy(x + 4, y + 3)
        self.set_font("Sans", "B", size + 1.2)
        self.set_text_color(*self.accent)
        self.cell(w - 8, 5, title)
        self.set_text_color(0, 0, 0)
        yy = y + 10
        for lab, val in rows:
            self.set_font("Sans", "", size)
            self.set_xy(x + 4, yy)
            self.multi_cell(lab_w - 6, lh, lab, align="L", new_x="RIGHT", new_y="TOP")
            k = self._nlines(lab_w - 6, lab)
            self.set_font("Sans", "B", size)
            self.set_xy(x + lab_w, yy + (k - 1) * lh)
            self.cell(w - lab_w - 5, lh, nb(val), align="R")
            yy += k * lh
        self.set_xy(self.l_margin, y + hh + 4)

    def goal_columns(self, goals, ncols=3, gap=5, size=8.2, lh=3.9, head_fill=None):
        """Goals set side by side in ncols columns. goals: [(goal title, intro, [card, ...])]; a card is
        (indicator, [(label, value), ...], status). Each column is drawn top to bottom before the next one."""
        colw = (self.epw - gap * (ncols - 1)) / ncols
        y0 = self.get_y()
        ybot = y0
        head_fill = head_fill or self.accent
        for k, (title, intro, cards) in enumerate(goals):
            x = self.l_margin + k * (colw + gap)
            self.set_font("Sans", "B", size + 1.3)
            n = self._nlines(colw - 4, title)
            self.set_fill_color(*head_fill)
            self.rect(x, y0, colw, n * 5 + 3, style="F")
            self.set_text_color(255, 255, 255)
            self.set_xy(x + 2, y0 + 1.5)
            self.multi_cell(colw - 4, 5, title, align="L", new_x="LEFT", new_y="NEXT")
            self.set_text_color(0, 0, 0)
            y = y0 + n * 5 + 4.5
            self.set_font("Sans", "I", size)
            self.set_xy(x, y)
            self.multi_cell(colw, lh, intro, align="L", new_x="LEFT", new_y="NEXT")
            y = self.get_y() + 2
            for ind, kvs, status in cards:
                self.set_font("Sans", "B", size)
                ni = self._nlines(colw - 4, ind)
                hh = ni * lh + len(kvs) * lh + lh + 4
                self.set_draw_color(170, 170, 170)
                self.rect(x, y, colw, hh)
                self.set_draw_color(0, 0, 0)
                self.set_xy(x + 2, y + 1.5)
                self.multi_cell(colw - 4, lh, ind, align="L", new_x="LEFT", new_y="NEXT")
                yy = y + 1.5 + ni * lh
                for lab, val in kvs:
                    self.set_font("Sans", "", size)
                    self.set_xy(x + 2, yy)
                    self.cell(colw * 0.55, lh, lab)
                    self.set_xy(x + 2 + colw * 0.55, yy)
                    self.cell(colw * 0.45 - 4, lh, val, align="R")
                    yy += lh
                col = {"Uppfyllt": (30, 110, 50), "Delvis": (170, 110, 0), "Ej uppfyllt": (170, 30, 30)}.get(status,
                                                                                                            (0, 0, 0))
                self.set_font("Sans", "", size)
                self.set_xy(x + 2, yy)
                self.cell(colw * 0.55, lh, "Status 2026")
                self.set_font("Sans", "B", size)
                self.set_text_color(*col)
                self.set_xy(x + 2 + colw * 0.55, yy)
                self.cell(colw * 0.45 - 4, lh, status, align="R")
                self.set_text_color(0, 0, 0)
                y += hh + 2.2
            ybot = max(ybot, y)
        self.set_xy(self.l_margin, ybot + 2)

    def note_blocks(self, notes, gap=7, size=8.2, lh=3.9, num_w=17, ncol_head=("2026", "2025")):
        """Notes to the accounts in TWO columns, filled left column first, then right, then a new page.
        notes: [(title, [(label, v1, v2), ...], sum_label or None, text or None)]; numbers already formatted."""
        colw = (self.epw - gap) / 2
        top = self.get_y()
        col = 0
        y = top
        limit = self.h - self.b_margin

        def need_h(note):
            title, rows, sl, txt = note
            self.set_font(self.body, "", size)
            h = 6 + lh + sum(self._nlines(colw - 2 * num_w - 2, r[0]) * lh for r in rows) + (lh + 1 if sl else 0)
            if txt:
                h += self._nlines(colw, txt) * lh + 1
            return h + 4

        for note in notes:
            hneed = need_h(note)
            if y + hneed > limit:
                if col == 0:
                    col, y = 1, top
                else:
                    self.add_page()
                    top = self.get_y()
                    col, y = 0, top
            x = self.l_margin + col * (colw + gap)
            title, rows, sl, txt = note
            self.set_font("Sans", "B", size + 0.8)
            self.set_text_color(*self.accent)
            self.set_xy(x, y)
            self.cell(colw, 5, title)
            self.set_text_color(0, 0, 0)
            y += 5.5
            self.set_font("Sans", "B", size - 0.4)
            for j, hd in enumerate(ncol_head):
                self.set_xy(x + colw - (2 - j) * num_w, y)
                self.cell(num_w, lh, hd, align="R")
            y += lh
            self.set_draw_color(80, 80, 80)
            self.line(x, y, x + colw, y)
            y += 0.5
            for lab, v1, v2 in rows:
                self.set_font(self.body, "", size)
                self.set_xy(x, y)
                self.multi_cell(colw - 2 * num_w - 2, lh, lab, align="L", new_x="RIGHT", new_y="TOP")
                k = self._nlines(colw - 2 * num_w - 2, lab)
                for j, v in enumerate((v1, v2)):
                    self.set_xy(x + colw - (2 - j) * num_w, y + (k - 1) * lh)
                    self.cell(num_w, lh, v, align="R")
                y += k * lh
            if sl:
                lab, v1, v2 = sl
                self.line(x, y + 0.3, x + colw, y + 0.3)
                self.set_font(self.body, "B", size)
                self.set_xy(x, y + 0.6)
                self.cell(colw - 2 * num_w, lh, lab)
                for j, v in enumerate((v1, v2)):
                    self.set_xy(x + colw - (2 - j) * num_w, y + 0.6)
                    self.cell(num_w, lh, v, align="R")
                y += lh + 1
            self.set_draw_color(0, 0, 0)
            if txt:
                self.set_font(self.body, "I", size - 0.3)
                self.set_xy(x, y + 0.5)
                self.multi_cell(colw, lh, nb(txt), align="L", new_x="LEFT", new_y="NEXT")
                y = self.get_y()
            y += 4
        self.set_xy(self.l_margin, max(y, self.get_y()) + 2)

    # ------------------------------------------------------------ synthetic20 additions
    def health_table(self, cols, areas, size=7.8, lh=3.7, font="Sans", pad=1.1, caption=None,
                     band_fill=(60, 110, 120), head_fill=(226, 236, 238), tolk_size=7.2):
        """Public-health table. cols: [(heading, width, align)] – the first column holds the indicator, then the
        year column, the value columns, the trend column and the interpretation column (last). The heading may
        have a group line above some value columns: cols entries may be (heading, width, align, group).
        areas: [(area title, [block, ...])]; a block is dict(name=, rows=[[year, v1, v2, ...], ...],
        trend=(mark, rgb), tolk=text). The indicator name, the trend mark and the interpretation are MERGED over
        the block's year rows; every area starts with a coloured band. Blocks are never split; after a page break
        the caption (with " (forts.)") and the heading are repeated."""
        widths = [c[1] for c in cols]
        xs = [self.l_margin]
        for w in widths[:-1]:
            xs.append(xs[-1] + w)
        total_w = sum(widths)
        x0 = self.l_margin
        limit = self.h - self.b_margin
        groups = {}
        for i, c in enumerate(cols):
            if len(c) > 3 and c[3]:
                groups.setdefault(c[3], []).append(i)

        def head(cont):
            if caption:
                self.set_font("Sans", "B", size + 1.5)
                self.set_text_color(*self.accent)
                self.cell(0, 5.5, caption + (" (forts.)" if cont else ""), new_x="LMARGIN", new_y="NEXT")
                self.set_text_color(0, 0, 0)
                self.ln(1)
            y0 = self.get_y()
            g_h = 4.6 if groups else 0
            h_h = 2 * lh + 2 * pad
            self.set_fill_color(*head_fill)
            self.rect(x0, y0, total_w, g_h + h_h, style="F")
            self.set_font(font, "B", size - 0.6)
            for g, idx in groups.items():
                gx, gw = xs[idx[0]], sum(widths[i] for i in idx)
                self.set_xy(gx, y0 + 0.6)
                self.cell(gw, 3.6, g, align="C")
                self.set_draw_color(90, 90, 90)
                self.line(gx + 1, y0 + g_h - 0.3, gx + gw - 1, y0 + g_h - 0.3)
            for i, c in enumerate(cols):
                top = y0 + (g_h if i in sum(groups.values(), []) else 0)
                hgt = y0 + g_h + h_h - top
                cm, self.c_margin = self.c_margin, 0
                n = self._nlines(widths[i] - 2 * pad, c[0])
                self.set_xy(xs[i] + pad, top + hgt - pad - n * lh)
                self.multi_cell(widths[i] - 2 * pad, lh, c[0], align=c[2][0], new_x="RIGHT", new_y="TOP")
                self.c_margin = cm
            self.set_draw_color(40, 40, 40)
            self.set_line_width(0.4)
            self.rect(x0, y0, total_w, g_h + h_h)
            self.set_line_width(0.2)
            self.set_draw_color(0, 0, 0)
            self.set_y(y0 + g_h + h_h)

        def block_h(b):
            self.set_font(font, "B", size)
            n1 = self._nlines(widths[0] - 2 * pad, b["name"])
            self.set_font(font, "I", tolk_size)
            n2 = self._nlines(widths[-1] - 2 * pad, b["tolk"])
            return max(len(b["rows"]) * lh, n1 * lh, n2 * lh * 0.92) + 2 * pad

        head(False)
        band_h = lh + 2 * pad
        for title, blocks in areas:
            first = block_h(blocks[0])
            if self.get_y() + band_h + first > limit:
                self.add_page(orientation=self.cur_orientation)
                head(True)
            y = self.get_y()
            self.set_fill_color(*band_fill)
            self.rect(x0, y, total_w, band_h, style="F")
            self.set_text_color(255, 255, 255)
            self.set_font(font, "B", size + 0.6)
            self.set_xy(x0 + pad, y + pad)
            self.cell(total_w - 2 * pad, lh, title)
            self.set_text_color(0, 0, 0)
            self.set_y(y + band_h)
            for b in blocks:
                hh = block_h(b)
                if self.get_y() + hh > limit:
                    self.add_page(orientation=self.cur_orientation)
                    head(True)
                y = self.get_y()
                self.set_font(font, "B", size)
                self.set_xy(xs[0] + pad, y + pad)
                self.multi_cell(widths[0] - 2 * pad, lh, b["name"], align="L", new_x="RIGHT", new_y="TOP")
                for k, row in enumerate(b["rows"]):
                    yy = y + pad + k * lh
                    for j, v in enumerate(row):
                        col = j + 1
                        self.set_font(font, "", size)
                        self.set_xy(xs[col] + pad, yy)
                        self.cell(widths[col] - 2 * pad, lh, v, align=cols[col][2][0])
                    if k:
                        with self.local_context():
                            self.set_draw_color(170, 170, 170)
                            self.set_dash_pattern(dash=0.4, gap=0.7)
                            self.line(xs[1], yy - 0.1, xs[-2], yy - 0.1)
                mark, rgb = b["trend"]
                self.set_font("Sans", "B", size + 3)
                self.set_text_color(*rgb)
                tcol = len(cols) - 2
                self.set_xy(xs[tcol], y + hh / 2 - lh / 2 - 0.5)
                self.cell(widths[tcol], lh + 1, mark, align="C")
                self.set_text_color(0, 0, 0)
                self.set_font(font, "I", tolk_size)
                self.set_xy(xs[-1] + pad, y + pad)
                self.multi_cell(widths[-1] - 2 * pad, lh * 0.92, b["tolk"], align="L", new_x="RIGHT", new_y="TOP")
                self.set_draw_color(120, 120, 120)
                self.set_line_width(0.2)
                for x in xs[1:]:
                    self.line(x, y, x, y + hh)
                self.line(x0, y, x0, y + hh)
                self.line(x0 + total_w, y, x0 + total_w, y + hh)
                self.line(x0, y + hh, x0 + total_w, y + hh)
                self.set_draw_color(0, 0, 0)
                self.set_y(y + hh)
        self.set_xy(self.l_margin, self.get_y() + 3)

    def scan_page(self, image_path):
        """A page that holds only a raster image: no running header or footer and no text layer."""
        self.no_furniture = tuple(self.no_furniture) + (self.page_no() + 1,)
        self.add_page()
        self.image(image_path, x=0, y=0, w=self.w, h=self.h)
