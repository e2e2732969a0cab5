"""Helpers that fabricate the third blind set's evidence files (adapted from tests/blind2/_tools/common.py).

A unit's documents reach its evidence folder in a few ways, imitated here:

- typed in Word (python-docx) and kept as .docx, or exported to PDF with LibreOffice;
- produced by other software (reportlab: reports, registers, screenshot albums);
- printed, signed, stamped and scanned: a copier, a phone scanner app, a fax-like bitonal
  scan, or a bad photocopy of a photocopy (rendered with pdftoppm, degraded with Pillow,
  saved as an image-only PDF with no text layer);
- photographed with a phone (a JPG of a signed page lying on a desk);
- spreadsheets (openpyxl);
- broken files (an empty upload, a truncated copy).

Nothing here reads or runs the project's code.
"""

from __future__ import annotations

import io
import math
import random
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

import pdfplumber
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont, ImageOps
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Image as RLImage
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

LIB = next((p for p in (Path("/usr/share/fonts/truetype/liberation"), Path("/usr/share/fonts/truetype/liberation2")) if p.is_dir()),
           Path("/usr/share/fonts/truetype/liberation"))
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
LO_PROFILE = "file:///tmp/lo-blind3"

for _name, _file in [
    ("Serif", "LiberationSerif-Regular.ttf"), ("Serif-Bold", "LiberationSerif-Bold.ttf"),
    ("Serif-Italic", "LiberationSerif-Italic.ttf"), ("Serif-BoldItalic", "LiberationSerif-BoldItalic.ttf"),
    ("Sans", "LiberationSans-Regular.ttf"), ("Sans-Bold", "LiberationSans-Bold.ttf"),
    ("Sans-Italic", "LiberationSans-Italic.ttf"), ("Sans-BoldItalic", "LiberationSans-BoldItalic.ttf"),
    ("Narrow", "LiberationSansNarrow-Regular.ttf"), ("Narrow-Bold", "LiberationSansNarrow-Bold.ttf"),
    ("Narrow-Italic", "LiberationSansNarrow-Italic.ttf"), ("Narrow-BoldItalic", "LiberationSansNarrow-BoldItalic.ttf"),
]:
    if not (LIB / _file).is_file():  # no Liberation Sans Narrow on some machines: use Sans
        _file = _file.replace("SansNarrow", "Sans")
    pdfmetrics.registerFont(TTFont(_name, str(LIB / _file)))
for fam in ("Serif", "Sans", "Narrow"):
    pdfmetrics.registerFontFamily(fam, normal=fam, bold=fam + "-Bold", italic=fam + "-Italic", boldItalic=fam + "-BoldItalic")


def font(size: int, bold: bool = False, serif: bool = False) -> ImageFont.FreeTypeFont:
    if serif:
        name = "LiberationSerif-Bold.ttf" if bold else "LiberationSerif-Regular.ttf"
    else:
        name = "LiberationSans-Bold.ttf" if bold else "LiberationSans-Regular.ttf"
    return ImageFont.truetype(str(LIB / name), size)


# =========================================================================== emblems, photos, screens


def emblem(path: Path, kind: str, seed: int = 0) -> Path:
    """A small invented emblem for a letterhead (deliberately not any real institution's)."""
    rnd = random.Random(seed)
    s = 320
    im = Image.new("RGB", (s, s), "white")
    d = ImageDraw.Draw(im)
    if kind == "police":  # a brown-gold shield with a torch and a star
        d.polygon([(40, 30), (280, 30), (280, 170), (160, 300), (40, 170)], fill=(110, 70, 30), outline=(60, 35, 10), width=7)
        d.polygon([(60, 50), (260, 50), (260, 160), (160, 270), (60, 160)], outline=(235, 190, 60), width=6)
        d.rectangle((148, 120, 172, 230), fill=(235, 190, 60))
        d.polygon([(160, 65), (185, 115), (160, 130), (135, 115)], fill=(230, 90, 30))
        for i in range(3):
            d.line((90 + i * 16, 200 - i * 6, 120 + i * 16, 150), fill=(235, 190, 60), width=5)
            d.line((230 - i * 16, 200 - i * 6, 200 - i * 16, 150), fill=(235, 190, 60), width=5)
    elif kind == "city":  # a blue-green city shield with a mountain and waves
        d.polygon([(30, 25), (290, 25), (290, 190), (160, 300), (30, 190)], fill=(20, 110, 150), outline="black", width=6)
        d.polygon([(70, 170), (130, 80), (165, 130), (200, 70), (255, 170)], fill=(60, 140, 60))
        for k in range(3):
            y = 195 + k * 22
            d.arc((60, y - 12, 160, y + 12), 0, 180, fill="white", width=5)
            d.arc((160, y - 12, 260, y + 12), 0, 180, fill="white", width=5)
        d.ellipse((140, 38, 180, 78), fill=(250, 210, 50))
    elif kind == "regency":  # a red-yellow pentagon
        d.polygon([(160, 20), (300, 120), (245, 295), (75, 295), (20, 120)], fill=(170, 30, 30), outline="black", width=6)
        d.ellipse((100, 100, 220, 220), fill=(245, 200, 40))
        d.rectangle((150, 120, 170, 250), fill=(40, 90, 40))
    elif kind == "hospital":  # a green circle with a white cross and a heart
        d.ellipse((20, 20, 300, 300), fill=(20, 140, 90))
        d.rectangle((130, 70, 190, 250), fill="white")
        d.rectangle((70, 130, 250, 190), fill="white")
        d.ellipse((140, 140, 180, 180), fill=(220, 50, 60))
    elif kind == "ministry":  # a round seal with a banyan-like tree and scales
        d.ellipse((15, 15, 305, 305), fill=(240, 190, 40), outline=(120, 80, 0), width=8)
        d.ellipse((55, 55, 265, 265), fill=(40, 60, 130))
        d.ellipse((105, 80, 215, 175), fill=(40, 140, 70))
        d.rectangle((152, 160, 168, 235), fill=(120, 80, 30))
        d.line((95, 220, 225, 220), fill=(240, 190, 40), width=6)
        d.arc((85, 205, 125, 245), 0, 180, fill=(240, 190, 40), width=5)
        d.arc((195, 205, 235, 245), 0, 180, fill=(240, 190, 40), width=5)
    elif kind == "court":  # a green-gold seal with scales and a book (invented)
        d.ellipse((15, 15, 305, 305), fill=(20, 100, 60), outline=(200, 160, 40), width=10)
        d.ellipse((60, 60, 260, 260), outline=(230, 190, 60), width=5)
        d.line((160, 80, 160, 230), fill=(240, 200, 70), width=8)
        d.line((95, 110, 225, 110), fill=(240, 200, 70), width=7)
        d.arc((70, 130, 120, 180), 0, 180, fill=(240, 200, 70), width=6)
        d.arc((200, 130, 250, 180), 0, 180, fill=(240, 200, 70), width=6)
        d.rectangle((115, 228, 205, 252), fill=(240, 200, 70))
    elif kind == "land":  # a blue-green circle with a grid of parcels and a rice stalk (invented)
        d.ellipse((15, 15, 305, 305), fill=(235, 200, 50), outline=(90, 60, 10), width=8)
        d.ellipse((50, 50, 270, 270), fill=(25, 90, 140))
        for k in range(4):
            d.line((85 + k * 50, 90, 85 + k * 50, 230), fill=(250, 250, 250), width=4)
            d.line((80, 95 + k * 45, 240, 95 + k * 45), fill=(250, 250, 250), width=4)
        d.polygon([(160, 60), (178, 110), (160, 130), (142, 110)], fill=(60, 160, 60))
    else:  # "generic"
        d.ellipse((20, 20, 300, 300), outline=(30, 30, 110), width=14)
        d.polygon([(160, 60), (260, 250), (60, 250)], fill=(30, 30, 110))
    for _ in range(60):
        d.point((rnd.randrange(s), rnd.randrange(s)), fill=(205, 205, 205))
    path.parent.mkdir(parents=True, exist_ok=True)
    im.save(path)
    return path


def event_photo(path: Path, caption: str, seed: int, people: int = 7, banner: str | None = None,
                size=(960, 620), outdoor: bool = False, uniform=None) -> Path:
    """A documentation photo: a hall or a yard, people, optionally a banner; caption burnt in."""
    rnd = random.Random(seed)
    w, h = size
    im = Image.new("RGB", size)
    d = ImageDraw.Draw(im)
    for y in range(h):
        if outdoor:
            c = (int(120 + 80 * y / h), int(170 + 40 * y / h), int(220 - 40 * y / h)) if y < h * 0.55 else (90, 120, 70)
        else:
            v = int(205 - 85 * y / h)
            c = (v, v - 8, v - 22)
        d.line((0, y, w, y), fill=c)
    if not outdoor:
        d.rectangle((0, int(h * 0.74), w, h), fill=(125, 98, 72))
    if banner:
        bx0, by0, bx1, by1 = int(w * 0.1), int(h * 0.06), int(w * 0.9), int(h * 0.33)
        col = rnd.choice([(190, 25, 35), (20, 70, 150), (20, 120, 80)])
        d.rectangle((bx0, by0, bx1, by1), fill=col)
        d.rectangle((bx0 + 7, by0 + 7, bx1 - 7, by1 - 7), outline="white", width=3)
        lines = banner.split("\n")
        f = font(30 if len(lines) < 3 else 24, bold=True)
        for i, line in enumerate(lines):
            tw = d.textlength(line, font=f)
            d.text(((w - tw) / 2, by0 + 18 + i * (36 if len(lines) < 3 else 30)), line, fill="white", font=f)
    palette = uniform or [(40, 40, 60), (235, 235, 235), (60, 90, 140), (120, 40, 40), (30, 70, 50), (150, 120, 60)]
    for i in range(people):
        x = int(w * (0.07 + 0.86 * (i + rnd.random() * 0.5) / max(people, 1)))
        y = int(h * (0.56 + rnd.random() * 0.09))
        col = rnd.choice(palette)
        d.ellipse((x - 17, y - 68, x + 17, y - 34), fill=(rnd.randint(140, 175), rnd.randint(100, 125), rnd.randint(70, 90)))
        d.rounded_rectangle((x - 31, y - 34, x + 31, y + 92), radius=17, fill=col)
    d.rectangle((0, h - 30, w, h), fill=(0, 0, 0))
    d.text((10, h - 26), caption, fill=(255, 228, 120), font=font(17))
    im = im.filter(ImageFilter.GaussianBlur(1.0))
    path.parent.mkdir(parents=True, exist_ok=True)
    im.save(path, quality=72)
    return path


def screenshot(path: Path, kind: str, head: str, title: str, lines: list[str], seed: int, size=(1150, 720),
               accent=(18, 70, 140), table: list[list[str]] | None = None) -> Path:
    """A captured screen: 'web' (browser), 'app' (a desktop application) or 'post' (social media)."""
    rnd = random.Random(seed)
    w, h = size
    im = Image.new("RGB", size, "white")
    d = ImageDraw.Draw(im)
    if kind == "web":
        d.rectangle((0, 0, w, 44), fill=(223, 226, 231))
        d.rounded_rectangle((95, 8, w - 110, 36), radius=13, fill="white")
        d.text((115, 12), head, fill=(60, 60, 60), font=font(16))
        for i, c in enumerate([(236, 92, 82), (241, 190, 62), (92, 190, 92)]):
            d.ellipse((12 + i * 24, 15, 28 + i * 24, 31), fill=c)
        d.rectangle((0, 44, w, 116), fill=accent)
        d.text((28, 62), title, fill="white", font=font(28, bold=True))
        y = 140
    elif kind == "app":
        d.rectangle((0, 0, w, 34), fill=(45, 45, 50))
        d.text((12, 8), head, fill="white", font=font(15))
        d.rectangle((0, 34, 210, h), fill=(235, 238, 242))
        for i, item in enumerate(["Beranda", "Data", "Laporan", "Monitoring", "Pengaturan"]):
            d.text((20, 60 + i * 34), item, fill=(50, 50, 50), font=font(16))
        d.text((235, 50), title, fill=accent, font=font(24, bold=True))
        y = 100
    else:  # post
        d.rectangle((0, 0, w, 58), fill="white")
        d.ellipse((18, 9, 58, 49), fill=(200, 60, 120))
        d.text((72, 17), head, fill="black", font=font(19, bold=True))
        d.rectangle((0, 58, w, h - 150), fill=accent)
        d.text((48, 100), title, fill="white", font=font(36, bold=True))
        yy = 170
        for line in lines[:-1]:
            d.text((48, yy), line, fill="white", font=font(24))
            yy += 38
        d.text((18, h - 128), "\u2661  \u25ef  \u27a4", fill="black", font=ImageFont.truetype(str(DEJAVU / "DejaVuSans.ttf"), 28))
        d.text((18, h - 78), lines[-1], fill=(80, 80, 80), font=font(17))
        lines = []
        y = h
    x0 = 235 if kind == "app" else 36
    for line in lines:
        d.text((x0, y), line, fill=(30, 30, 30), font=font(18))
        y += 31
    if table:
        y += 8
        cw = (w - x0 - 30) / len(table[0])
        for ri, row in enumerate(table):
            if ri == 0:
                d.rectangle((x0, y - 3, w - 30, y + 25), fill=(225, 232, 242))
            for ci, cell in enumerate(row):
                d.text((x0 + 6 + ci * cw, y), str(cell), fill=(20, 20, 20), font=font(15, bold=ri == 0))
            d.line((x0, y + 26, w - 30, y + 26), fill=(200, 200, 200))
            y += 30
    for _ in range(rnd.randint(6, 16)):
        d.point((rnd.randrange(w), rnd.randrange(h)), fill=(238, 238, 238))
    path.parent.mkdir(parents=True, exist_ok=True)
    im.save(path, quality=82)
    return path


# =========================================================================== python-docx


def _fix_widths(t, widths_cm):
    tbl_pr = t._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tbl_pr.append(lay)
    for old in tbl_pr.findall(qn("w:tblW")):
        tbl_pr.remove(old)
    tw = OxmlElement("w:tblW")
    tw.set(qn("w:w"), str(int(sum(widths_cm) * 567)))
    tw.set(qn("w:type"), "dxa")
    tbl_pr.append(tw)
    for gc, wcm in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(wcm * 567)))
    for row in t.rows:
        for cell, wcm in zip(row.cells, widths_cm):
            cell.width = Cm(wcm)


def _rule(p, kind="thinThickSmallGap", sz=18):
    p_pr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), kind)
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), "000000")
    bdr.append(b)
    p_pr.append(bdr)


def _shade(cell, hex_fill):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tc_pr.append(shd)


ALIGN = {"justify": WD_ALIGN_PARAGRAPH.JUSTIFY, "center": WD_ALIGN_PARAGRAPH.CENTER,
         "left": WD_ALIGN_PARAGRAPH.LEFT, "right": WD_ALIGN_PARAGRAPH.RIGHT}


class Docx:
    """A writer for Indonesian government documents in Word."""

    def __init__(self, font_name="Times New Roman", size=12, margins=(2.0, 2.0, 2.5, 2.0), landscape_page=False, folio=False):
        self.doc = Document()
        self.size = size
        st = self.doc.styles["Normal"]
        st.font.name = font_name
        st.element.rPr.rFonts.set(qn("w:eastAsia"), font_name)
        st.font.size = Pt(size)
        pf = st.paragraph_format
        pf.space_after, pf.space_before, pf.line_spacing = Pt(0), Pt(0), 1.1
        sec = self.doc.sections[0]
        hgt = 33.0 if folio else 29.7  # F4 ("folio") paper is common in Indonesian offices
        sec.page_height, sec.page_width = Cm(hgt), Cm(21.5 if folio else 21.0)
        if landscape_page:
            sec.orientation = WD_ORIENT.LANDSCAPE
            sec.page_height, sec.page_width = Cm(21.0), Cm(29.7)
        sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = (Cm(m) for m in margins)
        self.text_width = (sec.page_width - sec.left_margin - sec.right_margin) / 360000

    def _run(self, p, text, bold=False, italic=False, size=None, underline=False, color=None):
        r = p.add_run(text)
        r.bold, r.italic, r.underline = bold, italic, underline
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor(*color)
        return r

    def para(self, text="", bold=False, italic=False, align="justify", indent=0.0, first=0.0, size=None, after=4,
             before=0, underline=False, keep=False):
        p = self.doc.add_paragraph()
        p.alignment = ALIGN[align]
        pf = p.paragraph_format
        pf.left_indent, pf.first_line_indent = Cm(indent), Cm(first)
        pf.space_after, pf.space_before = Pt(after), Pt(before)
        if keep:
            pf.keep_with_next = True
        lines = text.split("\n")
        for li, line in enumerate(lines):
            for i, part in enumerate(line.split("**")):
                if part:
                    self._run(p, part, bold=bold or i % 2 == 1, italic=italic, size=size, underline=underline)
            if li < len(lines) - 1:
                p.add_run().add_break()
        return p

    def center(self, text, bold=True, size=None, after=0, underline=False):
        return self.para(text, bold=bold, align="center", size=size, after=after, underline=underline)

    def blank(self, n=1):
        for _ in range(n):
            self.para("", after=0)

    def pagebreak(self):
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # ---- letterheads
    def kop_center(self, lines, address, logo=None, logo_right=None, sizes=None, rule="thinThickSmallGap"):
        """Logo left (and optionally right), institution lines centred, a rule below."""
        cols = 3 if logo_right else 2
        t = self.doc.add_table(rows=1, cols=cols)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        tw = self.text_width
        widths = [2.5, tw - 5.0, 2.5] if logo_right else [2.6, tw - 2.6]
        _fix_widths(t, widths)
        cells = t.rows[0].cells
        if logo:
            cells[0].paragraphs[0].add_run().add_picture(str(logo), width=Cm(2.1))
        if logo_right:
            cells[2].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            cells[2].paragraphs[0].add_run().add_picture(str(logo_right), width=Cm(2.0))
        c = cells[1]
        sizes = sizes or [13] * len(lines)
        for i, (line, sz) in enumerate(zip(lines, sizes)):
            p = c.paragraphs[0] if i == 0 else c.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            self._run(p, line, bold=True, size=sz)
        for line in address:
            p = c.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            self._run(p, line, size=8.5)
        p = self.doc.add_paragraph()
        _rule(p, rule)
        p.paragraph_format.space_after = Pt(8)

    def kop_left(self, lines, logo=None, logo_width=2.0, underline_last=True, size=11):
        """The police style: the issuing chain top-left, the last line underlined, emblem centred below."""
        for i, line in enumerate(lines):
            p = self.para(line, bold=False, align="left", size=size, after=0)
            if underline_last and i == len(lines) - 1:
                p.runs[0].underline = True
        if logo:
            p = self.doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_before = Pt(6)
            p.add_run().add_picture(str(logo), width=Cm(logo_width))

    # ---- decree parts
    def labeled(self, label, items, marks=None, label_width=3.0, size=None):
        """'Menimbang : a. ... b. ...'; marks=None gives a., b., ...; marks=[] gives no marks."""
        if marks is None:
            marks = [f"{chr(97 + i)}." for i in range(len(items))]
        t = self.doc.add_table(rows=0, cols=4)
        t.autofit = False
        tw = self.text_width
        mw = 0.8 if marks else 0.05
        for i, item in enumerate(items):
            cells = t.add_row().cells
            if i == 0:
                self._run(cells[0].paragraphs[0], label, size=size)
                self._run(cells[1].paragraphs[0], ":", size=size)
            if marks:
                self._run(cells[2].paragraphs[0], marks[i], size=size)
            p = cells[3].paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.space_after = Pt(3)
            self._run(p, item, size=size)
        _fix_widths(t, [label_width, 0.4, mw, tw - label_width - 0.4 - mw - 0.1])
        self.para("", after=2)
        return t

    def diktum(self, items, label_width=3.0, size=None):
        t = self.doc.add_table(rows=0, cols=3)
        t.autofit = False
        tw = self.text_width
        for label, text in items:
            cells = t.add_row().cells
            self._run(cells[0].paragraphs[0], label, size=size)
            self._run(cells[1].paragraphs[0], ":", size=size)
            for j, chunk in enumerate(text.split("\n")):
                p = cells[2].paragraphs[0] if j == 0 else cells[2].add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                p.paragraph_format.space_after = Pt(3)
                self._run(p, chunk, size=size)
        _fix_widths(t, [label_width, 0.4, tw - label_width - 0.5])
        self.para("", after=2)

    def kv(self, rows, widths=(4.5, 0.4), size=None, bold_keys=False):
        """Borderless 'Hari/tanggal : ...' block."""
        t = self.doc.add_table(rows=0, cols=3)
        t.autofit = False
        for k, v in rows:
            cells = t.add_row().cells
            self._run(cells[0].paragraphs[0], k, size=size, bold=bold_keys)
            self._run(cells[1].paragraphs[0], ":", size=size)
            for j, chunk in enumerate(str(v).split("\n")):
                p = cells[2].paragraphs[0] if j == 0 else cells[2].add_paragraph()
                self._run(p, chunk, size=size)
        _fix_widths(t, [widths[0], widths[1], self.text_width - widths[0] - widths[1] - 0.1])
        self.para("", after=3)

    def table(self, rows, widths=None, size=10, header_rows=1, align=None, grid=True, shade="D9D9D9", bold_first_col=False):
        t = self.doc.add_table(rows=0, cols=len(rows[0]))
        if grid:
            t.style = self.doc.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = widths is None
        for ri, row in enumerate(rows):
            cells = t.add_row().cells
            for ci, val in enumerate(row):
                for li, line in enumerate(str(val).split("\n")):
                    p = cells[ci].paragraphs[0] if li == 0 else cells[ci].add_paragraph()
                    if ri < header_rows:
                        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    elif align and align[ci]:
                        p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "l": WD_ALIGN_PARAGRAPH.LEFT,
                                       "r": WD_ALIGN_PARAGRAPH.RIGHT, "j": WD_ALIGN_PARAGRAPH.JUSTIFY}[align[ci]]
                    self._run(p, line, bold=ri < header_rows or (bold_first_col and ci == 0), size=size)
                if ri < header_rows and shade:
                    _shade(cells[ci], shade)
        if widths:
            _fix_widths(t, widths)
        self.para("", after=4)
        return t

    def signature(self, title_lines, name, sub=(), place_date=None, indent=None, gap=3, size=None, left=None, underline=True):
        """Signature block on the right; `left` = (title_lines, name, sub, place_date) for a second signer."""
        if left:
            t = self.doc.add_table(rows=1, cols=2)
            t.autofit = False
            for cell, (tl, nm, sb, pd) in zip(t.rows[0].cells, (left, (title_lines, name, sub, place_date))):
                lines = ([pd] if pd else []) + list(tl)
                for i, line in enumerate(lines):
                    p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    self._run(p, line, size=size)
                for _ in range(gap):
                    cell.add_paragraph()
                p = cell.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                self._run(p, nm, bold=True, underline=underline, size=size)
                for s in sb:
                    p = cell.add_paragraph()
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    self._run(p, s, size=size)
            half = self.text_width / 2
            _fix_widths(t, [half, half])
            self.para("", after=2)
            return
        ind = self.text_width - 7.5 if indent is None else indent
        if place_date:
            for line in place_date.split("\n"):
                self.para(line, align="left", indent=ind, after=0, size=size)
        for line in title_lines:
            self.para(line, align="left", indent=ind, after=0, size=size)
        self.blank(gap)
        self.para(name, bold=True, align="left", indent=ind, after=0, size=size, underline=underline)
        for s in sub:
            self.para(s, align="left", indent=ind, after=0, size=size)

    def picture(self, path, width_cm=14.0, caption=None):
        p = self.doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run().add_picture(str(path), width=Cm(width_cm))
        if caption:
            self.para(caption, italic=True, align="center", size=9.5, after=8)

    def footer(self, text, size=8, align="center"):
        p = self.doc.sections[0].footer.paragraphs[0]
        p.alignment = ALIGN[align]
        self._run(p, text, size=size, italic=True)

    def header(self, text, size=8, align="right"):
        p = self.doc.sections[0].header.paragraphs[0]
        p.alignment = ALIGN[align]
        self._run(p, text, size=size, italic=True)

    def save(self, path: Path) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.doc.save(path)
        return path


def docx_to_pdf(docx_path: Path, pdf_path: Path) -> Path:
    """Export with LibreOffice, as a unit's staff does with 'Save as PDF'."""
    pdf_path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}", "--convert-to", "pdf",
                        "--outdir", tmp, str(docx_path)], check=True, capture_output=True, timeout=300)
        shutil.move(str(Path(tmp) / (docx_path.stem + ".pdf")), pdf_path)
    return pdf_path


def docx_pdf(d: Docx, pdf_path: Path, work: Path) -> Path:
    src = work / (pdf_path.stem.replace(" ", "_").replace("/", "_") + f"_{abs(hash(str(pdf_path))) % 10**6}.docx")
    d.save(src)
    return docx_to_pdf(src, pdf_path)


class Batch:
    """Word documents exported to PDF in one LibreOffice run (the machine is small), then post-processing.

    add(d, pdf_path) saves the .docx and returns the PDF path it will have; after(fn) queues a step that
    needs the PDFs (scans, merges); run() converts everything and runs the queued steps in order.
    """

    def __init__(self, work: Path):
        self.work = work
        self.jobs: list[tuple[Path, Path]] = []
        self.steps = []

    def add(self, d: "Docx", pdf_path: Path) -> Path:
        src = self.work / f"j{len(self.jobs):03d}.docx"
        d.save(src)
        self.jobs.append((src, pdf_path))
        return pdf_path

    def add_file(self, docx_path: Path, pdf_path: Path) -> Path:
        src = self.work / f"j{len(self.jobs):03d}.docx"
        shutil.copy(docx_path, src)
        self.jobs.append((src, pdf_path))
        return pdf_path

    def after(self, fn):
        self.steps.append(fn)

    def run(self, chunk: int = 12):
        out = self.work / "lo_out"
        out.mkdir(exist_ok=True)
        for i in range(0, len(self.jobs), chunk):
            part = self.jobs[i:i + chunk]
            subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}", "--convert-to", "pdf",
                            "--outdir", str(out), *[str(s) for s, _ in part]], check=True, capture_output=True, timeout=900)
            for s, dst in part:
                dst.parent.mkdir(parents=True, exist_ok=True)
                shutil.move(str(out / (s.stem + ".pdf")), dst)
        for fn in self.steps:
            fn()
        self.jobs, self.steps = [], []


def merge_pdfs(parts: list[Path], out: Path) -> Path:
    """Several documents bound into one PDF (as a unit's staff does before uploading)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdfunite", *map(str, parts), str(out)], check=True)
    return out


# =========================================================================== reportlab


def rl_styles(base="Serif", size=11):
    b = base + "-Bold"
    return {
        "title": ParagraphStyle("title", fontName=b, fontSize=size + 3, leading=size + 7, alignment=TA_CENTER, spaceAfter=4),
        "subtitle": ParagraphStyle("subtitle", fontName=b, fontSize=size + 1, leading=size + 5, alignment=TA_CENTER, spaceAfter=2),
        "h1": ParagraphStyle("h1", fontName=b, fontSize=size + 1, leading=size + 5, spaceBefore=8, spaceAfter=4),
        "h2": ParagraphStyle("h2", fontName=b, fontSize=size, leading=size + 4, spaceBefore=6, spaceAfter=3),
        "body": ParagraphStyle("body", fontName=base, fontSize=size, leading=size * 1.4, alignment=TA_JUSTIFY, spaceAfter=5),
        "left": ParagraphStyle("left", fontName=base, fontSize=size, leading=size * 1.35, alignment=TA_LEFT),
        "right": ParagraphStyle("right", fontName=base, fontSize=size, leading=size * 1.35, alignment=TA_RIGHT),
        "center": ParagraphStyle("center", fontName=base, fontSize=size, leading=size * 1.35, alignment=TA_CENTER),
        "bullet": ParagraphStyle("bullet", fontName=base, fontSize=size, leading=size * 1.35, alignment=TA_JUSTIFY,
                                 leftIndent=0.9 * cm, firstLineIndent=-0.45 * cm, spaceAfter=2),
        "cell": ParagraphStyle("cell", fontName=base, fontSize=size - 2, leading=(size - 2) * 1.25, alignment=TA_LEFT),
        "cellc": ParagraphStyle("cellc", fontName=base, fontSize=size - 2, leading=(size - 2) * 1.25, alignment=TA_CENTER),
        "cellb": ParagraphStyle("cellb", fontName=b, fontSize=size - 2, leading=(size - 2) * 1.25, alignment=TA_CENTER),
        "small": ParagraphStyle("small", fontName=base, fontSize=size - 2, leading=(size - 2) * 1.3, alignment=TA_LEFT),
        "caption": ParagraphStyle("caption", fontName=base + "-Italic", fontSize=size - 1, leading=size + 2, alignment=TA_CENTER, spaceAfter=8),
        "big": ParagraphStyle("big", fontName=b, fontSize=size + 10, leading=size + 16, alignment=TA_CENTER, spaceAfter=10),
    }


class RL:
    """A reportlab document assembled from simple blocks."""

    def __init__(self, path: Path, base="Serif", size=11, landscape_page=False, footer=None, header=None,
                 margins=(2.0, 2.0, 2.5, 2.0), producer=None, title=""):
        self.path = path
        self.page = landscape(A4) if landscape_page else A4
        self.st = rl_styles(base, size)
        self.base = base
        self.story = []
        self.footer_text, self.header_text = footer, header
        self.margins = margins
        self.producer = producer
        self.title = title
        self.width = self.page[0] - (margins[2] + margins[3]) * cm

    def p(self, text, style="body"):
        self.story.append(Paragraph(text, self.st[style]))

    def bullets(self, items, mark="-"):
        for i, it in enumerate(items, 1):
            m = f"{i}." if mark == "1" else (f"{chr(96 + i)}." if mark == "a" else "\u2022" if mark == "*" else mark)
            self.story.append(Paragraph(f"{m}&nbsp;&nbsp;{it}", self.st["bullet"]))

    def sp(self, h=0.3):
        self.story.append(Spacer(1, h * cm))

    def br(self):
        self.story.append(PageBreak())

    def add(self, flowable):
        self.story.append(flowable)

    def kop(self, lines, address, logo=None, logo_right=None, last_big=True, rule=2.0):
        txt = [Paragraph(f"<b>{ln}</b>", ParagraphStyle("k", fontName=self.base + "-Bold",
                         fontSize=(13.5 if (last_big and i == len(lines) - 1) else 11.5), leading=15, alignment=TA_CENTER))
               for i, ln in enumerate(lines)]
        txt += [Paragraph(a, ParagraphStyle("ka", fontName=self.base, fontSize=8, leading=10, alignment=TA_CENTER)) for a in address]
        lc = RLImage(str(logo), width=2.2 * cm, height=2.2 * cm) if logo else ""
        if logo_right:
            rc = RLImage(str(logo_right), width=2.0 * cm, height=2.0 * cm)
            t = Table([[lc, txt, rc]], colWidths=[2.6 * cm, self.width - 5.2 * cm, 2.6 * cm])
        else:
            t = Table([[lc, txt]], colWidths=[2.7 * cm, self.width - 2.7 * cm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LINEBELOW", (0, 0), (-1, 0), rule, colors.black)]))
        self.story.append(t)
        self.sp(0.4)

    def kop_left(self, lines, logo=None):
        for i, ln in enumerate(lines):
            txt = f"<u>{ln}</u>" if i == len(lines) - 1 else ln
            self.story.append(Paragraph(txt, ParagraphStyle("kl", fontName=self.base, fontSize=10.5, leading=13)))
        if logo:
            self.sp(0.2)
            self.story.append(RLImage(str(logo), width=1.9 * cm, height=1.9 * cm))
        self.sp(0.3)

    def table(self, rows, widths, header_rows=1, size=None, zebra=False, center_cols=(), shade="#d9d9d9", bold_last=False, spans=()):
        cs = self.st["cell"] if size is None else ParagraphStyle("c2", parent=self.st["cell"], fontSize=size, leading=size * 1.25)
        cc = self.st["cellc"] if size is None else ParagraphStyle("c3", parent=self.st["cellc"], fontSize=size, leading=size * 1.25)
        hs = self.st["cellb"] if size is None else ParagraphStyle("h2", parent=self.st["cellb"], fontSize=size, leading=size * 1.25)
        data = []
        for r, row in enumerate(rows):
            out = []
            for c, val in enumerate(row):
                txt = str(val).replace("\n", "<br/>")
                if bold_last and r == len(rows) - 1:
                    txt = f"<b>{txt}</b>"
                out.append(Paragraph(txt, hs if r < header_rows else (cc if c in center_cols else cs)))
            data.append(out)
        t = Table(data, colWidths=[x * cm for x in widths], repeatRows=header_rows)
        style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        if shade and header_rows:
            style.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor(shade)))
        for sp_ in spans:
            style.append(("SPAN",) + tuple(sp_))
        if zebra:
            for r in range(header_rows, len(rows)):
                if (r - header_rows) % 2:
                    style.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f3f3f3")))
        t.setStyle(TableStyle(style))
        self.story.append(t)
        self.sp(0.3)

    def kv(self, rows, w1=4.2):
        data = [[Paragraph(k, self.st["left"]), Paragraph(":", self.st["left"]), Paragraph(v, self.st["left"])] for k, v in rows]
        t = Table(data, colWidths=[w1 * cm, 0.5 * cm, self.width - (w1 + 0.5) * cm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("TOPPADDING", (0, 0), (-1, -1), 1)]))
        self.story.append(t)
        self.sp(0.2)

    def image(self, path, width_cm, caption=None):
        im = Image.open(path)
        parts = [RLImage(str(path), width=width_cm * cm, height=width_cm * im.height / im.width * cm)]
        if caption:
            parts.append(Paragraph(caption, self.st["caption"]))
        self.story.append(KeepTogether(parts))

    def image_grid(self, items, cols=2, width_cm=None):
        """[(path, caption), ...] in a grid."""
        w = (width_cm or (self.width / cm)) / cols - 0.3
        cells, row = [], []
        for path, cap in items:
            im = Image.open(path)
            row.append([RLImage(str(path), width=w * cm, height=w * im.height / im.width * cm), Paragraph(cap, self.st["caption"])])
            if len(row) == cols:
                cells.append(row)
                row = []
        if row:
            cells.append(row + [""] * (cols - len(row)))
        t = Table(cells, colWidths=[(w + 0.3) * cm] * cols)
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        self.story.append(t)

    def signature(self, lines, name, sub=(), place_date=None, left=None, gap=1.8):
        def block(ls, nm, sb, pd):
            out = ([Paragraph(x, self.st["center"]) for x in pd.split("\n")] if pd else []) + [Paragraph(x, self.st["center"]) for x in ls]
            out += [Spacer(1, gap * cm), Paragraph(f"<b><u>{nm}</u></b>", self.st["center"])]
            out += [Paragraph(s, self.st["center"]) for s in sb]
            return out
        right = block(lines, name, sub, place_date)
        lb = block(*left) if left else ""
        t = Table([[lb, right]], colWidths=[self.width * 0.5, self.width * 0.5])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
        self.story.append(KeepTogether([Spacer(1, 0.4 * cm), t]))

    def _decorate(self, c, doc):
        c.saveState()
        if self.footer_text:
            c.setFont(self.base + "-Italic", 7.5)
            c.drawCentredString(self.page[0] / 2, 1.0 * cm, self.footer_text.replace("{page}", str(doc.page)))
        if self.header_text:
            c.setFont(self.base + "-Italic", 7.5)
            c.drawRightString(self.page[0] - self.margins[3] * cm, self.page[1] - 1.0 * cm, self.header_text)
        c.restoreState()

    def build(self):
        self.path.parent.mkdir(parents=True, exist_ok=True)
        doc = SimpleDocTemplate(str(self.path), pagesize=self.page, topMargin=self.margins[0] * cm, bottomMargin=self.margins[1] * cm,
                                leftMargin=self.margins[2] * cm, rightMargin=self.margins[3] * cm, title=self.title, author="")

        def first(c, d):
            if self.producer:
                c.setProducer(self.producer)
            self._decorate(c, d)
        doc.build(self.story, onFirstPage=first, onLaterPages=self._decorate)
        return self.path


# =========================================================================== signing, stamping, scanning


def scribble(d: ImageDraw.ImageDraw, x, y, w, h, rnd, ink=(25, 25, 90), width=4):
    pts = []
    loops = rnd.uniform(8, 14)
    for i in range(46):
        t = i / 45
        pts.append((x + t * w + rnd.uniform(-5, 5), y + h / 2 + math.sin(t * loops) * h * 0.4 + rnd.uniform(-4, 4)))
    d.line(pts, fill=ink, width=width, joint="curve")
    d.line([(x + w * 0.05, y + h * 0.9), (x + w * 0.95, y + h * 0.5)], fill=ink, width=max(2, width - 1))


def stamp_image(radius, ring_text, center_lines, rnd, ink=(95, 45, 150), angle=0.0, star=True) -> Image.Image:
    """A round rubber stamp on a transparent background (RGBA)."""
    size = radius * 2 + 24
    im = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    c = size / 2
    col = ink + (215,)
    d.ellipse((c - radius, c - radius, c + radius, c + radius), outline=col, width=7)
    d.ellipse((c - radius * 0.66, c - radius * 0.66, c + radius * 0.66, c + radius * 0.66), outline=col, width=4)
    f = font(int(radius * 0.18), bold=True)
    n = len(ring_text)
    span = 300
    for i, ch in enumerate(ring_text):
        a = math.radians(-90 - span / 2 + span * i / max(n - 1, 1))
        ci = Image.new("RGBA", (64, 64), (0, 0, 0, 0))
        ImageDraw.Draw(ci).text((32, 32), ch, fill=col, font=f, anchor="mm")
        ci = ci.rotate(-math.degrees(a) - 90)
        px, py = c + radius * 0.83 * math.cos(a), c + radius * 0.83 * math.sin(a)
        im.alpha_composite(ci, (int(px - 32), int(py - 32)))
    f2 = font(int(radius * 0.16), bold=True)
    if star:
        d.text((c, c - radius * 0.42), "\u2605", fill=col, font=ImageFont.truetype(str(DEJAVU / "DejaVuSans.ttf"), int(radius * 0.2)), anchor="mm")
    for i, line in enumerate(center_lines):
        d.text((c, c + (i - (len(center_lines) - 1) / 2) * radius * 0.21 + radius * 0.05), line, fill=col, font=f2, anchor="mm")
    im = im.rotate(angle, resample=Image.BICUBIC)
    px = im.load()
    for _ in range(int(size * size * 0.06)):  # ink gaps
        x, y = rnd.randrange(size), rnd.randrange(size)
        r, g, b, a = px[x, y]
        if a > 0:
            px[x, y] = (r, g, b, int(a * 0.2))
    return im


def find_lines(pdf_path: Path, needle: str, case: bool = True):
    """Boxes (page, x0, top, x1, bottom) in points of text lines that contain needle."""
    out = []
    norm = (lambda t: t) if case else (lambda t: t.lower())
    low = norm(needle)
    with pdfplumber.open(pdf_path) as pdf:
        for pi, page in enumerate(pdf.pages):
            words = page.extract_words(keep_blank_chars=False, use_text_flow=True)
            rows: dict[int, list] = {}
            for w in words:
                rows.setdefault(round(w["top"] / 3), []).append(w)
            for ws in rows.values():
                ws.sort(key=lambda w: w["x0"])
                text = norm(" ".join(w["text"] for w in ws))
                if low in text:
                    # the words making up the needle
                    first = low.split()[0]
                    idx = next((i for i, w in enumerate(ws) if norm(w["text"]).startswith(first.strip(",."))), 0)
                    k = len(low.split())
                    sel = ws[idx: idx + k]
                    out.append((pi, min(w["x0"] for w in sel), min(w["top"] for w in sel), max(w["x1"] for w in sel), max(w["bottom"] for w in sel)))
    return out


class Seal:
    """What to put on a signed page: the signer's name (as printed) and the stamp.

    pages: "last" signs the chosen occurrence (default the last), "all" every occurrence.
    dx, dy, w, h (points) place a small signature relative to the name, e.g. in the signature
    column of an attendance list; ring="" means no stamp.
    """

    def __init__(self, signer: str, ring: str = "", center=(), ink=(95, 45, 150), pages="last", occurrence=-1, star=True,
                 dx=None, dy=None, w=None, h=None):
        self.signer, self.ring, self.center, self.ink, self.pages, self.occurrence, self.star = signer, ring, center, ink, pages, occurrence, star
        self.dx, self.dy, self.w, self.h = dx, dy, w, h


def _render(src: Path, dpi: int, color: bool) -> list[Image.Image]:
    with tempfile.TemporaryDirectory() as tmp:
        args = ["pdftoppm", "-r", str(dpi)] + ([] if color else ["-gray"]) + [str(src), f"{tmp}/pg"]
        subprocess.run(args, check=True)
        pages = sorted(Path(tmp).glob("pg*"))
        return [Image.open(p).convert("RGB").copy() for p in pages]


def sign_pages(src: Path, pages: list[Image.Image], dpi: int, seals: list[Seal], seed: int):
    rnd = random.Random(seed)
    s = dpi / 72
    for seal in seals:
        hits = find_lines(src, seal.signer)
        if not hits:
            raise ValueError(f"signer {seal.signer!r} not found in {src}")
        chosen = [hits[seal.occurrence]] if seal.pages == "last" else hits
        for pi, x0, top, x1, bottom in chosen:
            im = pages[pi]
            d = ImageDraw.Draw(im)
            if seal.dx is not None:
                scribble(d, (x0 + seal.dx) * s + rnd.uniform(-4, 8), (top + (seal.dy or -6)) * s, (seal.w or 60) * s,
                         (seal.h or 16) * s, rnd, ink=(20, 25, 95), width=max(2, int(2.2 * s / 2.8)))
            else:
                w = max((x1 - x0) * s, 80 * s)
                scribble(d, x0 * s + rnd.uniform(-8, 16), top * s - 34 * s, min(w, 110 * s), 28 * s, rnd,
                         ink=(20, 25, 95), width=max(2, int(3 * s / 2.8)))
            if seal.ring:
                r = int(52 * s)
                st = stamp_image(r, seal.ring, seal.center, rnd, ink=seal.ink, angle=rnd.uniform(-25, 25), star=seal.star)
                ox, oy = int(x0 * s - r * 1.15), int(top * s - r * 1.55)
                layer = Image.new("RGBA", im.size, (0, 0, 0, 0))
                layer.alpha_composite(st, (max(ox, 0), max(oy, 0)))
                mixed = Image.alpha_composite(im.convert("RGBA"), layer).convert("RGB")
                pages[pi] = ImageChops.darker(im, mixed)
    return pages


def _degrade(im: Image.Image, rnd: random.Random, mode: str, color: bool) -> Image.Image:
    w, h = im.size
    if mode == "hostile":
        # a copy of a copy: washed out, dirty, skewed, low resolution, ghost of the reverse side
        ghost = ImageOps.mirror(im.convert("L")).point(lambda v: 255 - int((255 - v) * 0.22))
        g = im.convert("L")
        g = ImageChops.darker(g, ghost)
        g = g.point(lambda v: int(90 + v * 0.55))  # low contrast, grey paper
        g = g.resize((int(w * 0.45), int(h * 0.45)), Image.BILINEAR).resize((w, h), Image.BILINEAR)
        n = Image.effect_noise((w, h), 38).point(lambda v: v - 128)
        g = ImageChops.add(g, n.convert("L"))
        d = ImageDraw.Draw(g)
        for _ in range(rnd.randint(3, 6)):  # toner streaks
            x = rnd.randrange(w)
            d.line((x, 0, x + rnd.randint(-20, 20), h), fill=rnd.randint(70, 130), width=rnd.randint(2, 6))
        for _ in range(2600):
            x, y = rnd.randrange(w), rnd.randrange(h)
            r = rnd.choice([0, 1, 1, 2, 3])
            d.ellipse((x - r, y - r, x + r, y + r), fill=rnd.randint(30, 110))
        d.rectangle((0, 0, w, int(h * 0.025)), fill=60)
        g = g.rotate(rnd.choice([-1, 1]) * rnd.uniform(2.6, 3.4), resample=Image.BICUBIC, fillcolor=70)
        g = g.filter(ImageFilter.GaussianBlur(1.7))
        return g.convert("RGB")
    if mode == "fax":
        g = im.convert("L").filter(ImageFilter.GaussianBlur(0.6))
        g = g.resize((w // 2, h // 2)).point(lambda v: 255 if v > 165 else 0).convert("1")
        g = g.convert("L").resize((w, h), Image.NEAREST)
        d = ImageDraw.Draw(g)
        for _ in range(1500):
            d.point((rnd.randrange(w), rnd.randrange(h)), fill=0)
        return g.rotate(rnd.uniform(-0.8, 0.8), fillcolor=255).convert("RGB")
    if mode == "camscan":
        # phone scanner app: whitened, oversharpened, slightly keystoned, colour kept
        im = ImageOps.autocontrast(im, cutoff=2)
        im = im.filter(ImageFilter.UnsharpMask(radius=2, percent=120))
        dx = w * rnd.uniform(0.01, 0.025)
        im = im.transform((w, h), Image.QUAD, (dx, 0, 0, h, w, h, w - dx * 0.4, rnd.uniform(0, 10)), resample=Image.BICUBIC, fillcolor="white")
        d = ImageDraw.Draw(im)
        d.text((w - 380, h - 40), "Dipindai dengan PindaiKu", fill=(120, 120, 120), font=font(22))
        return im.rotate(rnd.uniform(-0.7, 0.7), resample=Image.BICUBIC, fillcolor="white")
    # copier
    im = im.point(lambda v: int(v * 0.88 + 24))
    n = Image.effect_noise((w, h), 16).point(lambda v: v - 128).convert("L")
    im = ImageChops.add(im, Image.merge("RGB", (n, n, n)))
    d = ImageDraw.Draw(im)
    for _ in range(900):
        x, y = rnd.randrange(w), rnd.randrange(h)
        r = rnd.choice([0, 0, 1, 1, 2])
        v = rnd.randint(30, 100)
        d.ellipse((x - r, y - r, x + r, y + r), fill=(v, v, v))
    for i in range(16):  # lid shadow
        v = 70 + i * 10
        d.line((i, 0, i, h), fill=(v, v, v))
    im = im.rotate(rnd.uniform(-1.4, 1.4), resample=Image.BICUBIC, fillcolor=(236, 236, 236))
    im = im.filter(ImageFilter.GaussianBlur(0.7))
    if not color:
        im = im.convert("L").convert("RGB")
    return im


def scan_pdf(src: Path, dst: Path, seed: int, seals: list[Seal] = (), mode="copier", dpi=170, color=False, quality=45,
             producer="RICOH IM C3000 PDF", page_size=A4, paraf: str | None = None) -> Path:
    """Print src, sign and stamp it, scan it: an image-only PDF at dst (no text layer)."""
    rnd = random.Random(seed)
    dst.parent.mkdir(parents=True, exist_ok=True)
    pages = _render(src, dpi, True)
    pages = sign_pages(src, pages, dpi, list(seals), seed)
    c = rl_canvas.Canvas(str(dst), pagesize=page_size)
    c.setProducer(producer)
    c.setCreator(producer)
    for i, im in enumerate(pages):
        if paraf and i < len(pages) - 1:  # initials at the foot of every page but the last
            d = ImageDraw.Draw(im)
            scribble(d, im.width * 0.78, im.height * 0.93, 70, 30, rnd, width=2)
        im = _degrade(im, rnd, mode, color)
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=quality if mode != "hostile" else 22)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=page_size[0], height=page_size[1])
        c.showPage()
    c.save()
    return dst


def photo_jpg(src: Path, dst: Path, seed: int, seals: list[Seal] = (), page=0, dpi=110, quality=68) -> Path:
    """A phone photo of one signed page lying on a desk, slightly in perspective."""
    rnd = random.Random(seed)
    pages = _render(src, dpi, True)
    pages = sign_pages(src, pages, dpi, list(seals), seed)
    pg = pages[page if page >= 0 else len(pages) + page]
    pw, ph = pg.size
    W, H = int(pw * 1.18), int(ph * 1.12)
    desk = Image.new("RGB", (W, H), (112, 84, 58))
    d = ImageDraw.Draw(desk)
    for y in range(0, H, 6):  # wood grain
        v = rnd.randint(-12, 12)
        d.line((0, y, W, y + rnd.randint(-4, 4)), fill=(112 + v, 84 + v, 58 + v), width=3)
    ox, oy = int(pw * 0.09), int(ph * 0.05)
    shadow = Image.new("L", (W, H), 0)
    ImageDraw.Draw(shadow).rectangle((ox + 14, oy + 18, ox + pw + 14, oy + ph + 18), fill=120)
    shadow = shadow.filter(ImageFilter.GaussianBlur(14))
    desk = Image.composite(Image.new("RGB", (W, H), (40, 30, 20)), desk, shadow)
    desk.paste(pg, (ox, oy))
    # perspective: the top edge further away
    k = rnd.uniform(0.035, 0.06)
    desk = desk.transform((W, H), Image.QUAD, (W * k, 0, 0, H, W, H, W * (1 - k * 0.6), rnd.uniform(0, 12)), resample=Image.BICUBIC)
    # uneven light: a warm lamp from one corner
    light = Image.radial_gradient("L").resize((W * 2, H * 2)).crop((int(W * 0.2), int(H * 0.1), int(W * 1.2), int(H * 1.1)))
    light = light.point(lambda v: int(v * 0.35))
    desk = ImageChops.subtract(desk, Image.merge("RGB", (light, light, light)))
    desk = desk.rotate(rnd.uniform(-2.5, 2.5), resample=Image.BICUBIC, fillcolor=(90, 66, 44))
    desk = desk.filter(ImageFilter.GaussianBlur(0.9))
    dst.parent.mkdir(parents=True, exist_ok=True)
    desk.save(dst, "JPEG", quality=quality)
    return dst


def images_pdf(images: list[Path], dst: Path, producer="Microsoft: Print To PDF", margin_cm=1.5) -> Path:
    """Pictures pasted one per page and printed to PDF: no text layer."""
    dst.parent.mkdir(parents=True, exist_ok=True)
    c = rl_canvas.Canvas(str(dst), pagesize=A4)
    c.setProducer(producer)
    for p in images:
        im = Image.open(p)
        w = A4[0] - 2 * margin_cm * cm
        h = w * im.height / im.width
        if h > A4[1] - 3 * cm:
            h = A4[1] - 3 * cm
            w = h * im.width / im.height
        c.drawImage(str(p), (A4[0] - w) / 2, A4[1] - 1.5 * cm - h, width=w, height=h)
        c.showPage()
    c.save()
    return dst


# =========================================================================== spreadsheets, broken files


def write_xlsx(path: Path, sheets: list[dict]) -> Path:
    """sheets: [{'name', 'title': [lines], 'rows': [[...]], 'widths': [...], 'header': int}]"""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin", color="000000")
    for sh in sheets:
        ws = wb.create_sheet(sh["name"])
        r = 1
        ncol = max(len(x) for x in sh["rows"])
        for line in sh.get("title", []):
            ws.cell(row=r, column=1, value=line).font = Font(bold=True, size=12)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            ws.cell(row=r, column=1).alignment = Alignment(horizontal="center")
            r += 1
        if sh.get("title"):
            r += 1
        hdr = sh.get("header", 1)
        for i, row in enumerate(sh["rows"]):
            for j, val in enumerate(row):
                cell = ws.cell(row=r, column=j + 1, value=val)
                cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                if i < hdr:
                    cell.font = Font(bold=True)
                    cell.fill = PatternFill("solid", fgColor="DDEBF7")
                    cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
                if isinstance(val, (int, float)) and sh.get("numfmt"):
                    cell.number_format = sh["numfmt"]
                fmt = sh.get("formats", {}).get(j)
                if fmt and i >= hdr:
                    cell.number_format = fmt
            r += 1
        for line in sh.get("foot", []):
            r += 1
            ws.cell(row=r, column=max(1, ncol - 2), value=line)
        for j, wdt in enumerate(sh.get("widths", [])):
            ws.column_dimensions[get_column_letter(j + 1)].width = wdt
        if sh.get("freeze"):
            ws.freeze_panes = sh["freeze"]
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


def empty_file(dst: Path) -> Path:
    """A failed upload: the name is there, the content is not."""
    dst.parent.mkdir(parents=True, exist_ok=True)
    dst.write_bytes(b"")
    return dst


def truncated_pdf(src: Path, dst: Path, keep=0.42, seed=11) -> Path:
    """A real PDF cut short with its streams scrambled (a broken copy from a flash drive)."""
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


def broken_docx(src: Path, dst: Path, keep=0.5) -> Path:
    """A .docx whose zip is cut short: Word says the file is corrupt."""
    data = src.read_bytes()
    dst.parent.mkdir(parents=True, exist_ok=True)
    dst.write_bytes(data[: int(len(data) * keep)])
    try:
        zipfile.ZipFile(dst).testzip()
        raise AssertionError("still opens")
    except zipfile.BadZipFile:
        pass
    return dst


def text_chars(pdf: Path) -> int:
    with pdfplumber.open(pdf) as p:
        return sum(len((pg.extract_text() or "").strip()) for pg in p.pages)


def ocr_text(pdf_or_img: Path, dpi=200, lang="ind") -> str:
    """Tesseract on a scan (used only to check how readable the fabricated scans are)."""
    with tempfile.TemporaryDirectory() as tmp:
        if pdf_or_img.suffix.lower() == ".pdf":
            subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", str(pdf_or_img), f"{tmp}/p"], check=True)
            imgs = sorted(Path(tmp).glob("p*"))
        else:
            imgs = [pdf_or_img]
        out = []
        for im in imgs:
            r = subprocess.run(["tesseract", str(im), "-", "-l", lang], capture_output=True, text=True)
            out.append(r.stdout)
        return "\n".join(out)
