"""Helpers that fabricate the blind units' evidence files.

Three ways a unit's documents reach its evidence folder are imitated here:
a Word file written by hand (python-docx; kept as .docx or exported to PDF by
LibreOffice), a PDF produced by some other software (reportlab), and a paper
document scanned on an office copier (rendered, degraded with Pillow, saved as
an image-only PDF with no text layer).  Nothing here reads the project's code.
"""

from __future__ import annotations

import io
import math
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

import pdfplumber
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    Image as RLImage,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

LIB = Path("/usr/share/fonts/truetype/liberation")
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
LO_PROFILE = "file:///tmp/lo-blind"

for _name, _file in [
    ("Serif", "LiberationSerif-Regular.ttf"),
    ("Serif-Bold", "LiberationSerif-Bold.ttf"),
    ("Serif-Italic", "LiberationSerif-Italic.ttf"),
    ("Sans", "LiberationSans-Regular.ttf"),
    ("Sans-Bold", "LiberationSans-Bold.ttf"),
    ("Sans-Italic", "LiberationSans-Italic.ttf"),
]:
    pdfmetrics.registerFont(TTFont(_name, str(LIB / _file)))
pdfmetrics.registerFontFamily("Serif", normal="Serif", bold="Serif-Bold", italic="Serif-Italic")
pdfmetrics.registerFontFamily("Sans", normal="Sans", bold="Sans-Bold", italic="Sans-Italic")


def pil_font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    name = "LiberationSans-Bold.ttf" if bold else "LiberationSans-Regular.ttf"
    return ImageFont.truetype(str(LIB / name), size)


# --------------------------------------------------------------------------- logos, photos


def make_logo(path: Path, kind: str, seed: int = 0) -> Path:
    """A small emblem for a letterhead (not any real institution's)."""
    rnd = random.Random(seed)
    w = h = 300
    im = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(im)
    if kind == "shield":  # regency emblem
        d.polygon([(30, 20), (270, 20), (270, 170), (150, 285), (30, 170)], fill=(20, 90, 40), outline="black", width=6)
        d.polygon([(150, 45), (165, 90), (212, 90), (174, 118), (188, 163), (150, 135), (112, 163), (126, 118), (88, 90), (135, 90)], fill=(240, 200, 40))
        for i in range(9):
            d.ellipse((60 + i * 18, 190 - abs(4 - i) * 6, 74 + i * 18, 214 - abs(4 - i) * 6), fill=(240, 200, 40))
        d.rectangle((70, 225, 230, 240), fill=(180, 30, 30))
    elif kind == "ministry":  # round seal with wings
        d.ellipse((15, 15, 285, 285), fill=(230, 180, 40), outline=(120, 80, 0), width=8)
        d.ellipse((60, 60, 240, 240), fill=(30, 50, 120))
        for i in range(7):
            a = math.radians(200 + i * 20)
            d.line((150, 150, 150 + 85 * math.cos(a), 150 + 85 * math.sin(a)), fill=(230, 180, 40), width=9)
        d.rectangle((120, 150, 180, 220), fill=(230, 180, 40))
    else:  # university: open book and flame
        d.ellipse((10, 10, 290, 290), outline=(20, 40, 110), width=14)
        d.polygon([(70, 190), (150, 210), (230, 190), (230, 230), (150, 250), (70, 230)], fill=(20, 40, 110))
        d.polygon([(150, 70), (185, 140), (150, 185), (115, 140)], fill=(220, 120, 20))
        d.line((150, 210, 150, 250), fill="white", width=5)
    for _ in range(40):  # print grain
        x, y = rnd.randrange(w), rnd.randrange(h)
        d.point((x, y), fill=(200, 200, 200))
    im.save(path)
    return path


def make_photo(path: Path, caption_in_image: str, seed: int, people: int = 6, banner: str | None = None, size=(900, 600)) -> Path:
    """A plausible documentation photo: a room, people, optionally a banner."""
    rnd = random.Random(seed)
    w, h = size
    im = Image.new("RGB", size, (rnd.randint(150, 200), rnd.randint(150, 190), rnd.randint(130, 180)))
    d = ImageDraw.Draw(im)
    for y in range(h):  # wall to floor gradient
        c = int(200 - 80 * y / h)
        d.line((0, y, w, y), fill=(c, c - 10, c - 25))
    d.rectangle((0, int(h * 0.72), w, h), fill=(120, 95, 70))
    if banner:
        bx0, by0, bx1, by1 = int(w * 0.12), int(h * 0.08), int(w * 0.88), int(h * 0.34)
        d.rectangle((bx0, by0, bx1, by1), fill=(200, 30, 40))
        d.rectangle((bx0 + 8, by0 + 8, bx1 - 8, by1 - 8), outline="white", width=3)
        f = pil_font(34, bold=True)
        lines = banner.split("\n")
        for i, line in enumerate(lines):
            tw = d.textlength(line, font=f)
            d.text(((w - tw) / 2, by0 + 22 + i * 44), line, fill="white", font=f)
    for i in range(people):
        x = int(w * (0.08 + 0.84 * (i + rnd.random() * 0.4) / max(people, 1)))
        y = int(h * (0.55 + rnd.random() * 0.08))
        col = rnd.choice([(40, 40, 60), (230, 230, 230), (60, 90, 140), (120, 40, 40), (30, 70, 50)])
        d.ellipse((x - 18, y - 70, x + 18, y - 34), fill=(150, 110, 80))
        d.rounded_rectangle((x - 32, y - 34, x + 32, y + 90), radius=18, fill=col)
    f = pil_font(18)
    d.rectangle((0, h - 30, w, h), fill=(0, 0, 0))
    d.text((10, h - 26), caption_in_image, fill=(255, 230, 120), font=f)
    im = im.filter(ImageFilter.GaussianBlur(1.1))
    im.save(path, quality=70)
    return path


def make_screenshot(path: Path, url: str, heading: str, lines: list[str], seed: int, kind: str = "web", size=(1100, 700)) -> Path:
    """A browser or social-media screenshot with its own (image) text."""
    rnd = random.Random(seed)
    w, h = size
    im = Image.new("RGB", size, "white")
    d = ImageDraw.Draw(im)
    if kind == "web":
        d.rectangle((0, 0, w, 46), fill=(222, 225, 230))
        d.rounded_rectangle((90, 8, w - 120, 38), radius=14, fill="white")
        d.text((110, 13), url, fill=(60, 60, 60), font=pil_font(17))
        for i, c in enumerate([(235, 90, 80), (240, 190, 60), (90, 190, 90)]):
            d.ellipse((12 + i * 24, 16, 28 + i * 24, 32), fill=c)
        d.rectangle((0, 46, w, 120), fill=(18, 70, 140))
        d.text((30, 66), heading, fill="white", font=pil_font(30, bold=True))
        y = 150
        for line in lines:
            d.text((40, y), line, fill=(30, 30, 30), font=pil_font(20))
            y += 34
    else:  # instagram-like post
        d.rectangle((0, 0, w, 60), fill="white")
        d.ellipse((20, 10, 60, 50), fill=(200, 60, 120))
        d.text((75, 18), url, fill="black", font=pil_font(20, bold=True))
        d.rectangle((0, 60, w, h - 150), fill=(20, 90, 160))
        d.text((50, 110), heading, fill="white", font=pil_font(40, bold=True))
        y = 190
        for line in lines[:-1]:
            d.text((50, y), line, fill="white", font=pil_font(26))
            y += 40
        d.text((20, h - 130), "♡  ◯  ➤", fill="black", font=ImageFont.truetype(str(DEJAVU / "DejaVuSans.ttf"), 30))
        d.text((20, h - 80), lines[-1], fill=(80, 80, 80), font=pil_font(18))
    for _ in range(rnd.randint(5, 15)):  # compression blotches
        x, y = rnd.randrange(w), rnd.randrange(h)
        d.point((x, y), fill=(240, 240, 240))
    im.save(path, quality=80)
    return path


# --------------------------------------------------------------------------- python-docx


def _set_cell_border(cell, **kwargs):
    tc_pr = cell._tc.get_or_add_tcPr()
    borders = tc_pr.first_child_found_in("w:tcBorders")
    if borders is None:
        borders = OxmlElement("w:tcBorders")
        tc_pr.append(borders)
    for edge, val in kwargs.items():
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), val)
        el.set(qn("w:sz"), "4")
        el.set(qn("w:color"), "000000")
        borders.append(el)


def fix_widths(t, widths_cm):
    """LibreOffice reads the table grid, Word the cells: set both, layout fixed."""
    tbl = t._tbl
    tbl_pr = tbl.tblPr
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tbl_pr.append(layout)
    tw = OxmlElement("w:tblW")
    tw.set(qn("w:w"), str(int(sum(widths_cm) * 567)))
    tw.set(qn("w:type"), "dxa")
    for old in tbl_pr.findall(qn("w:tblW")):
        tbl_pr.remove(old)
    tbl_pr.append(tw)
    grid = tbl.tblGrid
    cols = grid.findall(qn("w:gridCol"))
    for gc, wcm in zip(cols, widths_cm):
        gc.set(qn("w:w"), str(int(wcm * 567)))
    for row in t.rows:
        for cell, wcm in zip(row.cells, widths_cm):
            cell.width = Cm(wcm)


def _para_bottom_border(p, double=True):
    p_pr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "thinThickSmallGap" if double else "single")
    bottom.set(qn("w:sz"), "18")
    bottom.set(qn("w:space"), "1")
    bottom.set(qn("w:color"), "000000")
    bdr.append(bottom)
    p_pr.append(bdr)


class Docx:
    """A small writer for Indonesian government documents in Word."""

    def __init__(self, font="Times New Roman", size=12, margins=(2.0, 2.0, 2.5, 2.0), landscape_page=False):
        self.doc = Document()
        self.font, self.size = font, size
        st = self.doc.styles["Normal"]
        st.font.name = font
        st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
        st.font.size = Pt(size)
        st.paragraph_format.space_after = Pt(0)
        st.paragraph_format.space_before = Pt(0)
        st.paragraph_format.line_spacing = 1.08
        sec = self.doc.sections[0]
        sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
        if landscape_page:
            sec.orientation = WD_ORIENT.LANDSCAPE
            sec.page_height, sec.page_width = Cm(21.0), Cm(29.7)
        sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = (Cm(m) for m in margins)

    # ---- text
    def _run(self, p, text, bold=False, italic=False, size=None, underline=False):
        r = p.add_run(text)
        r.bold, r.italic, r.underline = bold, italic, underline
        if size:
            r.font.size = Pt(size)
        return r

    def para(self, text="", bold=False, italic=False, align="justify", indent=0.0, first=0.0, size=None, after=4, before=0, underline=False):
        p = self.doc.add_paragraph()
        p.alignment = {"justify": WD_ALIGN_PARAGRAPH.JUSTIFY, "center": WD_ALIGN_PARAGRAPH.CENTER,
                       "left": WD_ALIGN_PARAGRAPH.LEFT, "right": WD_ALIGN_PARAGRAPH.RIGHT}[align]
        pf = p.paragraph_format
        pf.left_indent, pf.first_line_indent = Cm(indent), Cm(first)
        pf.space_after, pf.space_before = Pt(after), Pt(before)
        if text:
            # **bold** segments
            parts = text.split("**")
            for i, part in enumerate(parts):
                if part:
                    self._run(p, part, bold=bold or i % 2 == 1, italic=italic, size=size, underline=underline)
        return p

    def center(self, text, bold=True, size=None, after=0, underline=False):
        return self.para(text, bold=bold, align="center", size=size, after=after, underline=underline)

    def blank(self, n=1):
        for _ in range(n):
            self.para("", after=0)

    def pagebreak(self):
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # ---- letterhead
    def kop(self, lines, address, logo: Path | None = None, sizes=None):
        """Letterhead: logo left, institution lines centred, a double rule below."""
        t = self.doc.add_table(rows=1, cols=2)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        c0, c1 = t.rows[0].cells
        fix_widths(t, [2.6, 14.0])
        if logo:
            c0.paragraphs[0].add_run().add_picture(str(logo), width=Cm(2.2))
        sizes = sizes or [13] * len(lines)
        first = True
        for line, sz in zip(lines, sizes):
            p = c1.paragraphs[0] if first else c1.add_paragraph()
            first = False
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            self._run(p, line, bold=True, size=sz)
        for line in address:
            p = c1.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            self._run(p, line, size=9)
        p = self.doc.add_paragraph()
        _para_bottom_border(p)
        p.paragraph_format.space_after = Pt(8)

    # ---- the "Menimbang : a. ..." layout of decrees
    def labeled(self, label, items, letters=True, label_width=3.2, size=None):
        t = self.doc.add_table(rows=0, cols=4)
        t.autofit = False
        widths = [label_width, 0.4, 0.8 if letters else 0.05, 16.0 - label_width - (1.2 if letters else 0.45)]
        for i, item in enumerate(items):
            cells = t.add_row().cells
            if i == 0:
                self._run(cells[0].paragraphs[0], label, size=size)
                self._run(cells[1].paragraphs[0], ":", size=size)
            if letters:
                self._run(cells[2].paragraphs[0], f"{chr(97 + i)}." if isinstance(letters, bool) else letters[i], size=size)
            p = cells[3].paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            self._run(p, item, size=size)
            p.paragraph_format.space_after = Pt(3)
        fix_widths(t, widths)
        self.para("", after=2)
        return t

    def diktum(self, items, label_width=3.2, size=None):
        """[("KESATU", "text"), ...]"""
        t = self.doc.add_table(rows=0, cols=3)
        t.autofit = False
        widths = [label_width, 0.4, 16.0 - label_width - 0.4]
        for label, text in items:
            cells = t.add_row().cells
            self._run(cells[0].paragraphs[0], label, size=size)
            self._run(cells[1].paragraphs[0], ":", size=size)
            chunks = text.split("\n")
            for j, chunk in enumerate(chunks):
                p = cells[2].paragraphs[0] if j == 0 else cells[2].add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                self._run(p, chunk, size=size)
                p.paragraph_format.space_after = Pt(3)
        fix_widths(t, widths)
        self.para("", after=2)

    def table(self, rows, widths=None, size=10, header_rows=1, grid=True, align=None):
        t = self.doc.add_table(rows=0, cols=len(rows[0]))
        if grid:
            t.style = self.doc.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = widths is None
        for ri, row in enumerate(rows):
            cells = t.add_row().cells
            for ci, val in enumerate(row):
                lines = str(val).split("\n")
                for li, line in enumerate(lines):
                    p = cells[ci].paragraphs[0] if li == 0 else cells[ci].add_paragraph()
                    if ri < header_rows:
                        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    elif align and align[ci]:
                        p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "l": WD_ALIGN_PARAGRAPH.LEFT, "r": WD_ALIGN_PARAGRAPH.RIGHT}[align[ci]]
                    self._run(p, line, bold=ri < header_rows, size=size)
        if widths:
            fix_widths(t, widths)
        self.para("", after=4)
        return t

    def signature(self, title_lines, name, nip=None, place_date=None, left_block=None, indent=9.0, gap=3, size=None, rank=None):
        """Signature block on the right; optional block on the left (e.g. the other party)."""
        if left_block:
            t = self.doc.add_table(rows=1, cols=2)
            t.autofit = False
            cl, cr = t.rows[0].cells
            for cell, (tl, nm, np_, pd) in ((cl, left_block), (cr, (title_lines, name, nip, place_date))):
                first = True
                lines = ([pd] if pd else []) + list(tl)
                for line in lines:
                    p = cell.paragraphs[0] if first else cell.add_paragraph()
                    first = False
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    self._run(p, line, size=size)
                for _ in range(gap):
                    cell.add_paragraph()
                p = cell.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                self._run(p, nm, bold=True, underline=True, size=size)
                if np_:
                    p = cell.add_paragraph()
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    self._run(p, np_, size=size)
            fix_widths(t, [8.0, 8.5])
            self.para("", after=2)
            return
        if place_date:
            self.para(place_date, align="left", indent=indent, after=0, size=size)
        for line in title_lines:
            self.para(line, align="left", indent=indent, after=0, size=size)
        self.blank(gap)
        self.para(name, bold=True, align="left", indent=indent, after=0, size=size, underline=True)
        if rank:
            self.para(rank, align="left", indent=indent, after=0, size=size)
        if nip:
            self.para(nip, align="left", indent=indent, after=0, size=size)

    def footer(self, text, size=8):
        p = self.doc.sections[0].footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        self._run(p, text, size=size, italic=True)

    def header(self, text, size=8):
        p = self.doc.sections[0].header.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        self._run(p, text, size=size, italic=True)

    def picture(self, path, width_cm=14.0, caption=None):
        p = self.doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run().add_picture(str(path), width=Cm(width_cm))
        if caption:
            self.para(caption, italic=True, align="center", size=10, after=8)

    def save(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.doc.save(path)
        return path


def docx_to_pdf(docx_path: Path, pdf_path: Path) -> Path:
    """Export with LibreOffice, as a unit's staff does with 'Save as PDF'."""
    pdf_path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            ["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}", "--convert-to", "pdf",
             "--outdir", tmp, str(docx_path)],
            check=True, capture_output=True, timeout=240,
        )
        out = Path(tmp) / (docx_path.stem + ".pdf")
        shutil.move(str(out), pdf_path)
    return pdf_path


def docx_pdf(d: Docx, pdf_path: Path, work: Path) -> Path:
    src = work / (pdf_path.stem.replace(" ", "_") + ".docx")
    d.save(src)
    return docx_to_pdf(src, pdf_path)


def merge_pdfs(parts: list[Path], out: Path) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdfunite", *map(str, parts), str(out)], check=True)
    return out


# --------------------------------------------------------------------------- reportlab


def styles(base="Serif", size=11):
    b = base + "-Bold"
    return {
        "title": ParagraphStyle("title", fontName=b, fontSize=size + 3, leading=size + 7, alignment=TA_CENTER, spaceAfter=4),
        "subtitle": ParagraphStyle("subtitle", fontName=b, fontSize=size + 1, leading=size + 5, alignment=TA_CENTER, spaceAfter=2),
        "h1": ParagraphStyle("h1", fontName=b, fontSize=size + 1, leading=size + 5, spaceBefore=8, spaceAfter=4),
        "h2": ParagraphStyle("h2", fontName=b, fontSize=size, leading=size + 4, spaceBefore=6, spaceAfter=3),
        "body": ParagraphStyle("body", fontName=base, fontSize=size, leading=size * 1.4, alignment=TA_JUSTIFY, spaceAfter=5),
        "left": ParagraphStyle("left", fontName=base, fontSize=size, leading=size * 1.35, alignment=TA_LEFT),
        "center": ParagraphStyle("center", fontName=base, fontSize=size, leading=size * 1.35, alignment=TA_CENTER),
        "cell": ParagraphStyle("cell", fontName=base, fontSize=size - 2, leading=(size - 2) * 1.25, alignment=TA_LEFT),
        "cellb": ParagraphStyle("cellb", fontName=b, fontSize=size - 2, leading=(size - 2) * 1.25, alignment=TA_CENTER),
        "small": ParagraphStyle("small", fontName=base, fontSize=size - 2, leading=(size - 2) * 1.3, alignment=TA_LEFT),
        "caption": ParagraphStyle("caption", fontName=base + "-Italic", fontSize=size - 1, leading=size + 2, alignment=TA_CENTER, spaceAfter=8),
    }


class RL:
    """A reportlab document built from a list of simple blocks."""

    def __init__(self, path: Path, base="Serif", size=11, landscape_page=False, footer=None, header=None, kop=None, kop_every_page=False, margins=(2.0, 2.0, 2.5, 2.0), producer=None):
        self.path = path
        self.page = landscape(A4) if landscape_page else A4
        self.st = styles(base, size)
        self.base = base
        self.story = []
        self.footer_text, self.header_text = footer, header
        self.kop, self.kop_every_page = kop, kop_every_page
        self.margins = margins
        self.producer = producer

    # blocks
    def add(self, flowable):
        self.story.append(flowable)

    def p(self, text, style="body"):
        self.story.append(Paragraph(text, self.st[style]))

    def sp(self, h=0.3):
        self.story.append(Spacer(1, h * cm))

    def br(self):
        self.story.append(PageBreak())

    def kop_block(self, lines, address, logo=None):
        w = self.page[0] - (self.margins[2] + self.margins[3]) * cm
        txt = [Paragraph(f"<b>{line}</b>", ParagraphStyle("k", fontName=self.base + "-Bold", fontSize=12.5 if i < len(lines) - 1 else 14, leading=16, alignment=TA_CENTER)) for i, line in enumerate(lines)]
        txt += [Paragraph(a, ParagraphStyle("ka", fontName=self.base, fontSize=8.5, leading=10.5, alignment=TA_CENTER)) for a in address]
        logo_cell = RLImage(str(logo), width=2.3 * cm, height=2.3 * cm) if logo else ""
        t = Table([[logo_cell, txt]], colWidths=[2.8 * cm, w - 2.8 * cm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LINEBELOW", (0, 0), (-1, 0), 2.2, colors.black)]))
        self.story.append(t)
        self.sp(0.45)

    def table(self, rows, widths, header_rows=1, size=None, zebra=False, align_center_cols=()):
        cs = self.st["cell"] if size is None else ParagraphStyle("c2", parent=self.st["cell"], fontSize=size, leading=size * 1.25)
        hs = self.st["cellb"] if size is None else ParagraphStyle("h2", parent=self.st["cellb"], fontSize=size, leading=size * 1.25)
        data = [[Paragraph(str(c).replace("\n", "<br/>"), hs if r < header_rows else cs) for c in row] for r, row in enumerate(rows)]
        t = Table(data, colWidths=[x * cm for x in widths], repeatRows=header_rows)
        style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                 ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#d9d9d9"))]
        if zebra:
            for r in range(header_rows, len(rows)):
                if (r - header_rows) % 2:
                    style.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f2f2f2")))
        t.setStyle(TableStyle(style))
        self.story.append(t)
        self.sp(0.3)

    def image(self, path, width_cm, caption=None):
        im = Image.open(path)
        ratio = im.height / im.width
        parts = [RLImage(str(path), width=width_cm * cm, height=width_cm * ratio * cm)]
        if caption:
            parts.append(Paragraph(caption, self.st["caption"]))
        self.story.append(KeepTogether(parts))

    def signature(self, lines, name, nip=None, place_date=None, left=None):
        """lines: titles above the signature; left: (lines, name, nip) of a second signer."""
        def block(ls, nm, np_, pd):
            out = ([Paragraph(pd, self.st["center"])] if pd else []) + [Paragraph(x, self.st["center"]) for x in ls]
            out += [Spacer(1, 1.8 * cm), Paragraph(f"<b><u>{nm}</u></b>", self.st["center"])]
            if np_:
                out.append(Paragraph(np_, self.st["center"]))
            return out
        w = self.page[0] - (self.margins[2] + self.margins[3]) * cm
        right = block(lines, name, nip, place_date)
        leftb = block(*left, None) if left else ""
        t = Table([[leftb, right]], colWidths=[w * 0.5, w * 0.5])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
        self.story.append(KeepTogether([Spacer(1, 0.4 * cm), t]))

    def _decorate(self, c, doc):
        c.saveState()
        if self.footer_text:
            c.setFont(self.base + "-Italic", 8)
            c.drawCentredString(self.page[0] / 2, 1.1 * cm, self.footer_text.replace("{page}", str(doc.page)))
        if self.header_text:
            c.setFont(self.base + "-Italic", 8)
            c.drawRightString(self.page[0] - self.margins[3] * cm, self.page[1] - 1.1 * cm, self.header_text)
        c.restoreState()

    def build(self):
        self.path.parent.mkdir(parents=True, exist_ok=True)
        doc = SimpleDocTemplate(str(self.path), pagesize=self.page, topMargin=self.margins[0] * cm, bottomMargin=self.margins[1] * cm,
                                leftMargin=self.margins[2] * cm, rightMargin=self.margins[3] * cm, title="", author="")
        def first(c, d):
            if self.producer:
                c.setProducer(self.producer)
            self._decorate(c, d)
        doc.build(self.story, onFirstPage=first, onLaterPages=self._decorate)
        return self.path


# --------------------------------------------------------------------------- scanning


def _signature_scribble(d: ImageDraw.ImageDraw, x, y, w, h, rnd):
    pts = []
    for i in range(40):
        t = i / 39
        pts.append((x + t * w + rnd.uniform(-6, 6), y + h / 2 + math.sin(t * rnd.uniform(9, 14)) * h * 0.38 + rnd.uniform(-5, 5)))
    d.line(pts, fill=25, width=4, joint="curve")
    d.line([(x + w * 0.1, y + h * 0.85), (x + w * 0.9, y + h * 0.55)], fill=40, width=3)


def _stamp(radius, ring_text, center_lines, rnd, angle):
    size = radius * 2 + 20
    im = Image.new("L", (size, size), 255)
    d = ImageDraw.Draw(im)
    c = size / 2
    tone = 95
    d.ellipse((c - radius, c - radius, c + radius, c + radius), outline=tone, width=7)
    d.ellipse((c - radius * 0.68, c - radius * 0.68, c + radius * 0.68, c + radius * 0.68), outline=tone, width=4)
    f = pil_font(int(radius * 0.19), bold=True)
    n = len(ring_text)
    span = 300
    for i, ch in enumerate(ring_text):
        a = math.radians(-90 - span / 2 + span * i / max(n - 1, 1))
        ci = Image.new("L", (60, 60), 255)
        ImageDraw.Draw(ci).text((30, 30), ch, fill=tone, font=f, anchor="mm")
        ci = ci.rotate(-math.degrees(a) - 90, fillcolor=255)
        px, py = c + radius * 0.84 * math.cos(a), c + radius * 0.84 * math.sin(a)
        im.paste(ImageChops.darker(im.crop((int(px - 30), int(py - 30), int(px + 30), int(py + 30))), ci), (int(px - 30), int(py - 30)))
    f2 = pil_font(int(radius * 0.17), bold=True)
    for i, line in enumerate(center_lines):
        d.text((c, c + (i - (len(center_lines) - 1) / 2) * radius * 0.22), line, fill=tone, font=f2, anchor="mm")
    im = im.rotate(angle, fillcolor=255)
    # ink gaps
    px = im.load()
    for _ in range(int(size * size * 0.05)):
        x, y = rnd.randrange(size), rnd.randrange(size)
        if px[x, y] < 200:
            px[x, y] = 255
    return im


def _find_words(pdf_path: Path, needle: str):
    """(page index, x0, top, x1, bottom) in points of the first line that starts with needle's first word."""
    first = needle.split()[0]
    hits = []
    with pdfplumber.open(pdf_path) as pdf:
        for pi, page in enumerate(pdf.pages):
            for w in page.extract_words():
                if w["text"].strip(",.") == first.strip(",."):
                    hits.append((pi, w["x0"], w["top"], w["x1"], w["bottom"]))
    return hits


def scan_pdf(src: Path, dst: Path, seed: int, signer: str | None = None, ring_text: str = "", center_lines=(), angle=None,
             speckles=900, blur=0.8, quality=42, noise=18, dpi=200, pages_with_stamp="last", producer="Canon iR-ADV C5535 PDF"):
    """Render src as a copier would scan it and write an image-only PDF at dst."""
    rnd = random.Random(seed)
    dst.parent.mkdir(parents=True, exist_ok=True)
    hits = _find_words(src, signer) if signer else []
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", str(src), f"{tmp}/pg"], check=True)
        pages = sorted(Path(tmp).glob("pg*.pgm"))
        c = rl_canvas.Canvas(str(dst), pagesize=A4)
        c.setProducer(producer)
        c.setCreator(producer)
        for pi, pg in enumerate(pages):
            im = Image.open(pg).convert("L")
            d = ImageDraw.Draw(im)
            want_stamp = pages_with_stamp == "all" or (pages_with_stamp == "last" and pi == len(pages) - 1)
            page_hits = [h for h in hits if h[0] == pi]
            if signer and page_hits and want_stamp:
                _, x0, top, x1, bottom = page_hits[-1]
                s = dpi / 72
                sx, sy = x0 * s, top * s
                _signature_scribble(d, sx - 10, sy - 95, 260, 80, rnd)
                st = _stamp(150, ring_text, center_lines, rnd, rnd.uniform(-25, 25))
                ox, oy = int(sx - 190), int(sy - 230)
                region = im.crop((ox, oy, ox + st.width, oy + st.height))
                im.paste(ImageChops.multiply(region, st), (ox, oy))
            # paper tone and sensor noise
            im = im.point(lambda v: int(v * 0.86 + 26))
            n = Image.effect_noise(im.size, noise).point(lambda v: v - 128)
            im = ImageChops.add(im, n.convert("L"), scale=1.0, offset=-0)
            im = ImageChops.subtract(im, Image.new("L", im.size, 0))
            d = ImageDraw.Draw(im)
            w, h = im.size
            for _ in range(speckles):
                x, y = rnd.randrange(w), rnd.randrange(h)
                r = rnd.choice([0, 0, 1, 1, 2])
                d.ellipse((x - r, y - r, x + r, y + r), fill=rnd.randint(20, 90))
            for _ in range(rnd.randint(1, 3)):  # a hair or a fold line
                x = rnd.randrange(w)
                d.line((x, 0, x + rnd.randint(-40, 40), h), fill=rnd.randint(180, 215), width=1)
            for i in range(18):  # lid shadow on the binding edge
                d.line((i, 0, i, h), fill=int(60 + i * 9))
            a = angle if angle is not None else rnd.uniform(-1.3, 1.3)
            im = im.rotate(a + rnd.uniform(-0.15, 0.15), resample=Image.BICUBIC, fillcolor=238)
            im = im.filter(ImageFilter.GaussianBlur(blur))
            buf = io.BytesIO()
            im.save(buf, "JPEG", quality=quality)
            buf.seek(0)
            c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
            c.showPage()
        c.save()
    return dst


def image_pdf(images: list[Path], dst: Path, producer="Microsoft: Print To PDF"):
    """Photos pasted one per page, no text layer (e.g. a phone 'scan')."""
    dst.parent.mkdir(parents=True, exist_ok=True)
    c = rl_canvas.Canvas(str(dst), pagesize=A4)
    c.setProducer(producer)
    for p in images:
        im = Image.open(p)
        w = A4[0] - 3 * cm
        h = w * im.height / im.width
        c.drawImage(str(p), 1.5 * cm, A4[1] - 2 * cm - h, width=w, height=h)
        c.showPage()
    c.save()
    return dst


def garbage_pdf(dst: Path, seed: int, size=180_000):
    """A file that starts like a PDF and is noise after: a broken upload."""
    rnd = random.Random(seed)
    dst.parent.mkdir(parents=True, exist_ok=True)
    data = b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n" + bytes(rnd.getrandbits(8) for _ in range(size))
    dst.write_bytes(data)
    return dst


def truncated_pdf(src: Path, dst: Path, keep=0.55, seed=7):
    """A real PDF cut off at `keep` of its length (no xref, no trailer), its streams damaged as a
    failed copy from a flash drive leaves them: it cannot be opened or read."""
    rnd = random.Random(seed)
    data = bytearray(src.read_bytes())
    pos = 0
    while True:
        i = data.find(b"stream", pos)
        if i < 0:
            break
        start = data.find(b"\n", i) + 1
        end = data.find(b"endstream", start)
        if end < 0:
            break
        for k in range(start, end):
            data[k] = rnd.getrandbits(8)
        pos = end + 9
    dst.parent.mkdir(parents=True, exist_ok=True)
    dst.write_bytes(bytes(data[: int(len(data) * keep)]))
    return dst


def text_layer_chars(pdf: Path) -> int:
    with pdfplumber.open(pdf) as p:
        return sum(len((pg.extract_text() or "").strip()) for pg in p.pages)
