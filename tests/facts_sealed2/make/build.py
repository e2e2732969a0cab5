"""Build the second sealed set's files from the source texts in make/src/.

Usage (from the project root):

    .venv/bin/python tests/facts_sealed2/make/build.py            # every case
    .venv/bin/python tests/facts_sealed2/make/build.py NAME ...   # only these cases

Each case of the group files (tests/facts_sealed2/*.yaml) names its file and its producer; the
text of the document is make/src/<case name>.txt, written in a small markup of our own (below).
Producers:

  docx        python-docx writes the .docx, which is kept as it is;
  libreoffice python-docx writes a .docx, LibreOffice headless exports it to PDF;
  reportlab   reportlab lays the PDF out (letterhead, tables, footers, page numbers);
  scan        a PDF made by one of the above (option src=lo|rl) is rendered with pdftoppm in
              grey, degraded with Pillow as a scanner or photocopier would (tilt, blur, specks,
              uneven paper, stamp and signature over the text, JPEG), and saved as an image-only
              PDF, or as a PNG/JPG when the case's file says so.

Markup, one element per line (a line without a known prefix is a paragraph):

  #! key=value; key=value  options (font, size, paper=a4|f4, landscape, logo, kv=table|tabs,
                           src, dpi, angle, blur, stamp, stampat, sigat, jpeg, holes, dark ...)
  %% ...                   a comment
  LH a / b / c // address  letterhead (bold lines, small address line, double rule)
  LHP a / b / c            a police-style letterhead: left block, underlined last line
  CBB, CB, C, CU text      centred: large bold, bold, plain, bold underlined
  B text                   bold line;   I text   italic line;   RT text   right-aligned line
  P text / PI text         paragraph (justified) / with first-line indent
  K a | b [| c]            a key : value row (3 cells: key : marker text), rows group together
  TW 1,4,2                 relative column widths of the next table
  TH a | b, T a | b        table header row / row (bordered)
  L m | text               list item with a hanging marker
  S a / b / ~ / c          signature block on the right (~ = room for the signature)
  S2 a / b || c / d        two signature blocks side by side
  HR                       a rule;  PB  a page break;  SP  a blank line;  VS n  n blank lines
  LOGO ring|shield [cm]    an emblem, centred (a cover)
  LR left || right         a line with text on the left and text flush right (a letter's date)
  FOOT text                page footer ({page} and {pages} are replaced)
  SMALL text               small paragraph
"""

from __future__ import annotations

import io
import math
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
SET = HERE.parent
SRC = HERE / "src"
FILES = SET / "files"
LO_PROFILE = "file:///tmp/lo-sealed2"

FONT_DIR = next((d for d in ("/usr/share/fonts/truetype/liberation2", "/usr/share/fonts/truetype/liberation")
                 if os.path.isdir(d)), "/usr/share/fonts/truetype/liberation")
FONTS = {
    "serif": (FONT_DIR + "/LiberationSerif-Regular.ttf",
              FONT_DIR + "/LiberationSerif-Bold.ttf",
              FONT_DIR + "/LiberationSerif-Italic.ttf",
              FONT_DIR + "/LiberationSerif-BoldItalic.ttf"),
    "sans": (FONT_DIR + "/LiberationSans-Regular.ttf",
             FONT_DIR + "/LiberationSans-Bold.ttf",
             FONT_DIR + "/LiberationSans-Italic.ttf",
             FONT_DIR + "/LiberationSans-BoldItalic.ttf"),
}
DOCX_FONT = {"serif": "Times New Roman", "sans": "Arial", "bookman": "Bookman Old Style",
             "tahoma": "Tahoma"}


# ----------------------------------------------------------------------------- the markup

def parse(text: str) -> tuple[dict, list[tuple]]:
    """The options and the list of elements of a source text."""
    opts: dict = {}
    els: list[tuple] = []
    for raw in text.splitlines():
        line = raw.rstrip("\n")
        if line.startswith("#!"):
            for part in line[2:].split(";"):
                if "=" in part:
                    k, v = part.split("=", 1)
                    opts[k.strip()] = v.strip()
                elif part.strip():
                    opts[part.strip()] = "1"
            continue
        if line.startswith("%%"):
            continue
        if not line.strip():
            els.append(("SP", ""))
            continue
        m = re.match(r"^(LHP|LH|CBB|CB|CU|C|B|I|RT|PI|P|K|TW|TH|T|L|S2|S|HR|PB|SP|VS|LOGO|FOOT|SMALL|LR)(?:\s(.*)|$)", line)
        if m:
            els.append((m.group(1), m.group(2) or ""))
        else:
            els.append(("P", line))
    # collapse runs of blank lines
    out: list[tuple] = []
    for el in els:
        if el[0] == "SP" and out and out[-1][0] == "SP":
            continue
        out.append(el)
    return opts, out


def cells(s: str) -> list[str]:
    return [c.strip() for c in s.split("|")]


def group(els: list[tuple]) -> list[tuple]:
    """Join consecutive K rows and T/TH rows into blocks."""
    out: list[tuple] = []
    widths = None
    for kind, arg in els:
        if kind == "TW":
            widths = [float(x) for x in arg.split(",")]
            out.append(("TBREAK", ""))   # a TW line starts a new table
            continue
        if kind == "K":
            if out and out[-1][0] == "KBLOCK":
                out[-1][1].append(cells(arg))
            else:
                out.append(("KBLOCK", [cells(arg)]))
            continue
        if kind in ("T", "TH"):
            row = (kind == "TH", cells(arg))
            if out and out[-1][0] == "TBLOCK" and not (kind == "TH" and out[-1][1][-1][0] is False and False):
                out[-1][1].append(row)
            else:
                out.append(("TBLOCK", [row], widths))
                widths = None
            continue
        out.append((kind, arg))
    res = []
    for el in out:
        if el[0] == "TBREAK":
            continue
        if el[0] == "KBLOCK" and any(len(r) >= 3 for r in el[1]):
            el = ("KBLOCK", [r if len(r) >= 3 else [r[0], "", r[1] if len(r) > 1 else ""] for r in el[1]])
        res.append(el)
    return res


def runs(text: str) -> list[tuple[str, bool]]:
    """Split **bold** spans."""
    parts = re.split(r"(\*\*.+?\*\*)", text)
    res = []
    for p in parts:
        if not p:
            continue
        if p.startswith("**") and p.endswith("**"):
            res.append((p[2:-2], True))
        else:
            res.append((p, False))
    return res


# ----------------------------------------------------------------------------- logos

def make_logo(path: Path, kind: str, seed: int) -> None:
    """A plain emblem (not any real institution's): rings, a star or a shield, in grey."""
    from PIL import Image, ImageDraw
    size = 260
    im = Image.new("L", (size, size), 255)
    d = ImageDraw.Draw(im)
    rnd = random.Random(seed)
    if kind == "shield":
        d.polygon([(30, 20), (230, 20), (230, 140), (130, 245), (30, 140)], outline=0, width=8)
        d.polygon([(55, 45), (205, 45), (205, 130), (130, 210), (55, 130)], outline=60, width=4)
    else:
        d.ellipse((10, 10, 250, 250), outline=0, width=10)
        d.ellipse((40, 40, 220, 220), outline=70, width=5)
    cx, cy, r = 130, 120, 55
    pts = []
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        rr = r if i % 2 == 0 else r * 0.42
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    d.polygon(pts, fill=rnd.choice([0, 40, 80]))
    for i in range(rnd.randint(5, 9)):
        y = 175 + i * 6
        d.line((80 + i * 3, y, 180 - i * 3, y), fill=50, width=2)
    im.save(path)


# ----------------------------------------------------------------------------- DOCX

def build_docx(opts: dict, els: list[tuple], out: Path, name: str) -> None:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Mm, Pt

    doc = Document()
    font = DOCX_FONT.get(opts.get("font", "serif"), opts.get("font", "Times New Roman"))
    size = float(opts.get("size", "12"))
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(float(opts.get("after", "2")))
    st.paragraph_format.space_before = Pt(0)
    st.paragraph_format.line_spacing = float(opts.get("spacing", "1.0"))

    sec = doc.sections[0]
    w, h = (Mm(215), Mm(330)) if opts.get("paper") == "f4" else (Mm(210), Mm(297))
    if "landscape" in opts:
        sec.orientation = WD_ORIENT.LANDSCAPE
        w, h = h, w
    sec.page_width, sec.page_height = w, h
    m = Cm(float(opts.get("margin", "2.2")))
    sec.left_margin = Cm(float(opts.get("lmargin", opts.get("margin", "2.8"))))
    sec.right_margin = m
    sec.top_margin = Cm(float(opts.get("tmargin", "1.6")))
    sec.bottom_margin = Cm(2.0)
    text_w = (sec.page_width - sec.left_margin - sec.right_margin)

    def add_runs(p, text, bold=False, italic=False, underline=False, sz=None):
        for t, b in runs(text):
            r = p.add_run(t)
            r.bold = bold or b
            r.italic = italic
            r.underline = underline
            if sz:
                r.font.size = Pt(sz)
        return p

    def para(text="", align=None, bold=False, italic=False, underline=False, sz=None, indent=None,
             first=None, container=None, after=None):
        p = (container or doc).add_paragraph()
        if align:
            p.alignment = align
        if indent is not None:
            p.paragraph_format.left_indent = indent
        if first is not None:
            p.paragraph_format.first_line_indent = first
        if after is not None:
            p.paragraph_format.space_after = Pt(after)
        add_runs(p, text, bold, italic, underline, sz)
        return p

    def border_bottom(p, val="thickThinSmallGap", sz=18):
        pPr = p._p.get_or_add_pPr()
        bdr = OxmlElement("w:pBdr")
        b = OxmlElement("w:bottom")
        b.set(qn("w:val"), val)
        b.set(qn("w:sz"), str(sz))
        b.set(qn("w:space"), "1")
        b.set(qn("w:color"), "000000")
        bdr.append(b)
        pPr.append(bdr)

    def set_widths(table, fracs):
        tot = sum(fracs)
        table.autofit = False
        for i, col in enumerate(table.columns):
            if i < len(fracs):
                col.width = int(text_w * fracs[i] / tot)
        for row in table.rows:
            for i, c in enumerate(row.cells):
                if i < len(fracs):
                    c.width = int(text_w * fracs[i] / tot)

    def page_field(p):
        for code in ("PAGE",):
            r = p.add_run()
            f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
            it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = code
            f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
            r._r.append(f1); r._r.append(it); r._r.append(f2)

    kvmode = opts.get("kv", "table")
    logo = opts.get("logo")
    for el in group(els):
        kind = el[0]
        arg = el[1]
        if kind in ("LH", "LHP"):
            head, _, addr = arg.partition("//")
            lines = [x.strip() for x in head.split(" / ") if x.strip()]
            if kind == "LHP":
                for i, ln in enumerate(lines):
                    p = para(ln, bold=True, sz=size - 1, after=0)
                    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
                    if i == len(lines) - 1:
                        border_bottom(p, "single", 8)
                para("", after=4)
                continue
            container = None
            if logo:
                lp = out.parent / f".logo-{name}.png"
                make_logo(lp, logo, len(name))
                t = doc.add_table(rows=1, cols=2)
                t.alignment = WD_TABLE_ALIGNMENT.CENTER
                set_widths(t, [1.3, 6])
                t.rows[0].cells[0].paragraphs[0].add_run().add_picture(str(lp), width=Cm(2.2))
                container = t.rows[0].cells[1]
                first_p = container.paragraphs[0]
            for i, ln in enumerate(lines):
                big = i >= len(lines) - 1 and len(lines) > 1
                if container is not None and i == 0:
                    p = first_p
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    add_runs(p, ln, bold=True, sz=size + (2 if big else 1))
                else:
                    p = para(ln, WD_ALIGN_PARAGRAPH.CENTER, bold=True, sz=size + (2 if big else 1),
                             container=container, after=0)
            if addr.strip():
                for a in addr.split(" / "):
                    para(a.strip(), WD_ALIGN_PARAGRAPH.CENTER, sz=size - 3, container=container, after=0)
            if logo:
                os.unlink(out.parent / f".logo-{name}.png")
            p = para("", after=6)
            border_bottom(p)
        elif kind == "CBB":
            para(arg, WD_ALIGN_PARAGRAPH.CENTER, bold=True, sz=size + 4)
        elif kind == "CB":
            para(arg, WD_ALIGN_PARAGRAPH.CENTER, bold=True)
        elif kind == "CU":
            para(arg, WD_ALIGN_PARAGRAPH.CENTER, bold=True, underline=True)
        elif kind == "C":
            para(arg, WD_ALIGN_PARAGRAPH.CENTER)
        elif kind == "B":
            para(arg, bold=True)
        elif kind == "I":
            para(arg, italic=True)
        elif kind == "RT":
            para(arg, WD_ALIGN_PARAGRAPH.RIGHT)
        elif kind == "SMALL":
            para(arg, sz=size - 2)
        elif kind in ("P", "PI"):
            para(arg, WD_ALIGN_PARAGRAPH.JUSTIFY, first=Cm(1.25) if kind == "PI" else None)
        elif kind == "SP":
            para("", after=0)
        elif kind == "HR":
            p = para("", after=4)
            border_bottom(p, "single", 6)
        elif kind == "VS":
            for _ in range(int(arg or "1")):
                para("", after=0)
        elif kind == "LR":
            left, _, right = arg.partition("||")
            p = doc.add_paragraph()
            from docx.enum.text import WD_TAB_ALIGNMENT
            p.paragraph_format.tab_stops.add_tab_stop(text_w, WD_TAB_ALIGNMENT.RIGHT)
            add_runs(p, left.strip() + "\t" + right.strip())
        elif kind == "LOGO":
            a = (arg or "ring").split()
            lp = out.parent / f".logo-{name}.png"
            make_logo(lp, a[0], len(name))
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run().add_picture(str(lp), width=Cm(float(a[1]) if len(a) > 1 else 4))
            os.unlink(lp)
        elif kind == "PB":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "L":
            c = cells(arg)
            mark, text = (c[0], c[1]) if len(c) > 1 else ("", c[0])
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.left_indent = Cm(1.0)
            p.paragraph_format.first_line_indent = Cm(-0.7)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(1.0))
            add_runs(p, f"{mark}\t{text}")
        elif kind == "KBLOCK":
            rows = arg
            three = any(len(r) >= 3 for r in rows)
            lw = float(opts.get("kw", "3.6"))
            if kvmode == "tabs":
                for r in rows:
                    p = doc.add_paragraph()
                    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                    pf = p.paragraph_format
                    if three:
                        pf.left_indent = Cm(lw + 1.4)
                        pf.first_line_indent = Cm(-(lw + 1.4))
                        pf.tab_stops.add_tab_stop(Cm(lw))
                        pf.tab_stops.add_tab_stop(Cm(lw + 0.6))
                        pf.tab_stops.add_tab_stop(Cm(lw + 1.4))
                        key, mark, text = (r + ["", ""])[:3]
                        colon = ":" if key else ""
                        add_runs(p, f"{key}\t{colon}\t{mark}\t{text}" if mark else f"{key}\t{colon}\t{text}")
                    else:
                        pf.left_indent = Cm(lw + 0.6)
                        pf.first_line_indent = Cm(-(lw + 0.6))
                        pf.tab_stops.add_tab_stop(Cm(lw))
                        pf.tab_stops.add_tab_stop(Cm(lw + 0.6))
                        key, text = (r + [""])[:2]
                        colon = ":" if key else ""
                        add_runs(p, f"{key}\t{colon}\t{text}")
            else:
                ncol = 4 if three else 3
                t = doc.add_table(rows=len(rows), cols=ncol)
                tw_cm = text_w / 360000
                fr = [lw, 0.55, 1.0, tw_cm - lw - 1.55] if three else [lw, 0.55, tw_cm - lw - 0.55]
                for i, r in enumerate(rows):
                    key = r[0]
                    vals = [key, ":" if key else ""] + r[1:]
                    for j in range(ncol):
                        v = vals[j] if j < len(vals) else ""
                        cp = t.rows[i].cells[j].paragraphs[0]
                        if j == ncol - 1:
                            cp.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                        add_runs(cp, v)
                set_widths(t, fr)
        elif kind == "TBLOCK":
            rows, widths = el[1], el[2]
            ncol = max(len(r[1]) for r in rows)
            t = doc.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            tsz = float(opts.get("tsize", str(size - 1)))
            for i, (hdr, r) in enumerate(rows):
                for j in range(ncol):
                    v = r[j] if j < len(r) else ""
                    cp = t.rows[i].cells[j].paragraphs[0]
                    if hdr:
                        cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    add_runs(cp, v, bold=hdr, sz=tsz)
            if widths:
                set_widths(t, widths)
            para("", after=0)
        elif kind in ("S", "S2"):
            blocks = arg.split("||")
            if kind == "S":
                for ln in [x.strip() for x in blocks[0].split(" / ")]:
                    if ln == "~":
                        for _ in range(3):
                            para("", indent=Cm(float(opts.get("sigx", "9"))), after=0)
                    else:
                        para(ln, indent=Cm(float(opts.get("sigx", "9"))), after=0)
            else:
                t = doc.add_table(rows=1, cols=2)
                for j, b in enumerate(blocks[:2]):
                    cell = t.rows[0].cells[j]
                    first = True
                    for ln in [x.strip() for x in b.split(" / ")]:
                        p = cell.paragraphs[0] if first else cell.add_paragraph()
                        first = False
                        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                        if ln == "~":
                            cell.add_paragraph(); cell.add_paragraph()
                        else:
                            add_runs(p, ln)
        elif kind == "FOOT":
            fp = sec.footer.paragraphs[0]
            fp.alignment = WD_ALIGN_PARAGRAPH.CENTER if "{page}" in arg else WD_ALIGN_PARAGRAPH.LEFT
            pre, _, post = arg.partition("{page}")
            r = fp.add_run(pre); r.font.size = Pt(size - 3)
            if _:
                page_field(fp)
                r = fp.add_run(post.replace("{pages}", "")); r.font.size = Pt(size - 3)
    doc.core_properties.author = opts.get("author", "")
    doc.core_properties.title = ""
    doc.core_properties.last_modified_by = opts.get("author", "")
    doc.core_properties.comments = ""
    doc.save(out)


LO_DONE: dict[str, Path] = {}   # docx stem -> PDF converted beforehand in a batch


def lo_batch(docxs: list[Path], outdir: Path, size: int = 8) -> None:
    """Convert DOCX files to PDF with one LibreOffice process per batch of `size` files
    (the machine is shared: one soffice at a time, never a storm of them)."""
    for k in range(0, len(docxs), size):
        part = docxs[k:k + size]
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}", "--convert-to", "pdf",
                        "--outdir", str(outdir)] + [str(d) for d in part], check=True, capture_output=True,
                       timeout=600)
        for d in part:
            pdf = outdir / (d.stem + ".pdf")
            if pdf.exists():
                LO_DONE[d.stem] = pdf


def docx_to_pdf(docx: Path, outdir: Path) -> Path:
    if docx.stem in LO_DONE:
        return LO_DONE[docx.stem]
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}", "--convert-to", "pdf",
                    "--outdir", str(outdir), str(docx)], check=True, capture_output=True, timeout=180)
    pdf = outdir / (docx.stem + ".pdf")
    if not pdf.exists():
        raise RuntimeError(f"LibreOffice made no PDF for {docx}")
    return pdf


# ----------------------------------------------------------------------------- reportlab

_RL_FONTS_DONE = False


def rl_fonts() -> None:
    global _RL_FONTS_DONE
    if _RL_FONTS_DONE:
        return
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for fam, (r, b, i, bi) in FONTS.items():
        for suffix, path in (("", r), ("-B", b), ("-I", i), ("-BI", bi)):
            pdfmetrics.registerFont(TTFont(fam + suffix, path))
        addMapping(fam, 0, 0, fam); addMapping(fam, 1, 0, fam + "-B")
        addMapping(fam, 0, 1, fam + "-I"); addMapping(fam, 1, 1, fam + "-BI")
    _RL_FONTS_DONE = True


def build_rl(opts: dict, els: list[tuple], out: Path, name: str) -> None:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm, mm
    from reportlab.platypus import (BaseDocTemplate, Frame, HRFlowable, Image, KeepTogether, PageBreak,
                                    PageTemplate, Paragraph, Spacer, Table, TableStyle)

    rl_fonts()
    fam = opts.get("font", "serif")
    if fam not in FONTS:
        fam = "serif"
    size = float(opts.get("size", "11"))
    lead = size * float(opts.get("spacing", "1.25"))
    page = (215 * mm, 330 * mm) if opts.get("paper") == "f4" else A4
    if "landscape" in opts:
        page = landscape(page)
    lm = float(opts.get("lmargin", opts.get("margin", "2.5"))) * cm
    rm = float(opts.get("margin", "2.0")) * cm
    tm = float(opts.get("tmargin", "1.5")) * cm
    bm = 2.0 * cm
    text_w = page[0] - lm - rm

    def style(align=TA_JUSTIFY, bold=False, italic=False, sz=None, left=0, first=0, after=2):
        f = fam + ("-BI" if bold and italic else "-B" if bold else "-I" if italic else "")
        s = sz or size
        return ParagraphStyle("s", fontName=f, fontSize=s, leading=s * float(opts.get("spacing", "1.25")),
                              alignment=align, leftIndent=left, firstLineIndent=first, spaceAfter=after)

    def esc(t: str) -> str:
        t = t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        t = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t)
        return t

    def P(t, **kw):
        return Paragraph(esc(t), style(**kw))

    footer = [None]

    def build_story():
        story = []
        kw_lab = float(opts.get("kw", "3.4")) * cm
        for el in group(els):
            kind, arg = el[0], el[1]
            if kind in ("LH", "LHP"):
                head, _, addr = arg.partition("//")
                lines = [x.strip() for x in head.split(" / ") if x.strip()]
                if kind == "LHP":
                    sub = [P(ln, align=TA_CENTER, bold=True, sz=size - 1, after=0) for ln in lines]
                    t = Table([[s] for s in sub], colWidths=[8.5 * cm], hAlign="LEFT")
                    t.setStyle(TableStyle([("LINEBELOW", (0, len(sub) - 1), (0, len(sub) - 1), 0.8, colors.black),
                                           ("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
                    story += [t, Spacer(1, 10)]
                    continue
                block = []
                for i, ln in enumerate(lines):
                    big = i == len(lines) - 1 and len(lines) > 1
                    block.append(P(ln, align=TA_CENTER, bold=True, sz=size + (3 if big else 1.5), after=0))
                for a in [x.strip() for x in addr.split(" / ") if x.strip()]:
                    block.append(P(a, align=TA_CENTER, sz=size - 2.5, after=0))
                if opts.get("logo"):
                    lp = Path(tempfile.gettempdir()) / f"sealed2-logo-{name}.png"
                    make_logo(lp, opts["logo"], len(name))
                    t = Table([[Image(str(lp), width=2.3 * cm, height=2.3 * cm), block]],
                              colWidths=[2.8 * cm, text_w - 3.2 * cm])
                    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
                    story.append(t)
                else:
                    story += block
                story += [Spacer(1, 3), HRFlowable(width="100%", thickness=2.2, color=colors.black, spaceAfter=1),
                          HRFlowable(width="100%", thickness=0.6, color=colors.black, spaceAfter=10)]
            elif kind == "CBB":
                story.append(P(arg, align=TA_CENTER, bold=True, sz=size + 5, after=4))
            elif kind == "CB":
                story.append(P(arg, align=TA_CENTER, bold=True))
            elif kind == "CU":
                story.append(Paragraph("<u>" + esc(arg) + "</u>", style(align=TA_CENTER, bold=True)))
            elif kind == "C":
                story.append(P(arg, align=TA_CENTER))
            elif kind == "B":
                story.append(P(arg, align=TA_LEFT, bold=True, after=3))
            elif kind == "I":
                story.append(P(arg, align=TA_LEFT, italic=True))
            elif kind == "RT":
                story.append(P(arg, align=TA_RIGHT))
            elif kind == "SMALL":
                story.append(P(arg, sz=size - 2))
            elif kind in ("P", "PI"):
                story.append(P(arg, first=1.0 * cm if kind == "PI" else 0, after=4))
            elif kind == "SP":
                story.append(Spacer(1, lead * 0.7))
            elif kind == "HR":
                story.append(HRFlowable(width="100%", thickness=0.6, color=colors.black, spaceAfter=6))
            elif kind == "VS":
                story.append(Spacer(1, lead * int(arg or "1")))
            elif kind == "LR":
                left, _, right = arg.partition("||")
                t = Table([[P(left.strip(), align=TA_LEFT), P(right.strip(), align=TA_RIGHT)]],
                          colWidths=[text_w * 0.6, text_w * 0.4])
                t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
                story.append(t)
            elif kind == "LOGO":
                a = (arg or "ring").split()
                lp = Path(tempfile.gettempdir()) / f"sealed2-logo-{name}.png"
                make_logo(lp, a[0], len(name))
                wcm = float(a[1]) if len(a) > 1 else 4
                story.append(Image(str(lp), width=wcm * cm, height=wcm * cm))
            elif kind == "PB":
                story.append(PageBreak())
            elif kind == "L":
                c = cells(arg)
                mark, text = (c[0], c[1]) if len(c) > 1 else ("", c[0])
                t = Table([[P(mark, align=TA_LEFT), P(text)]], colWidths=[0.8 * cm, text_w - 0.8 * cm])
                t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                       ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
                story.append(t)
            elif kind == "KBLOCK":
                rows = arg
                three = any(len(r) >= 3 for r in rows)
                data = []
                for r in rows:
                    key = r[0]
                    if three:
                        mark, text = (r[1:] + ["", ""])[:2]
                        data.append([P(key, align=TA_LEFT), P(":" if key else "", align=TA_LEFT),
                                     P(mark, align=TA_LEFT), P(text)])
                    else:
                        text = r[1] if len(r) > 1 else ""
                        data.append([P(key, align=TA_LEFT), P(":" if key else "", align=TA_LEFT), P(text)])
                cw = [kw_lab, 0.4 * cm, 0.7 * cm, text_w - kw_lab - 1.1 * cm] if three else \
                     [kw_lab, 0.4 * cm, text_w - kw_lab - 0.4 * cm]
                t = Table(data, colWidths=cw, hAlign="LEFT")
                t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 1),
                                       ("TOPPADDING", (0, 0), (-1, -1), 0.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
                story.append(t)
            elif kind == "TBLOCK":
                rows, widths = el[1], el[2]
                ncol = max(len(r[1]) for r in rows)
                tsz = float(opts.get("tsize", str(size - 1.5)))
                data = []
                hdr_rows = []
                for i, (hdr, r) in enumerate(rows):
                    if hdr:
                        hdr_rows.append(i)
                    data.append([P(r[j] if j < len(r) else "", align=TA_CENTER if hdr else TA_LEFT, bold=hdr,
                                   sz=tsz, after=0) for j in range(ncol)])
                fr = widths or [1] * ncol
                cw = [text_w * f / sum(fr) for f in fr]
                t = Table(data, colWidths=cw, repeatRows=1 if hdr_rows[:1] == [0] else 0)
                ts = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                      ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
                for i in hdr_rows:
                    ts.append(("BACKGROUND", (0, i), (-1, i), colors.Color(0.85, 0.85, 0.85)))
                t.setStyle(TableStyle(ts))
                story += [t, Spacer(1, 6)]
            elif kind in ("S", "S2"):
                blocks = arg.split("||")
                if kind == "S":
                    lines = []
                    for ln in [x.strip() for x in blocks[0].split(" / ")]:
                        lines.append(Spacer(1, lead * 3) if ln == "~" else P(ln, align=TA_LEFT, after=0))
                    sx = float(opts.get("sigx", "9")) * cm
                    t = Table([[None, [ln for ln in lines]]], colWidths=[sx, text_w - sx])
                    t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
                    story.append(KeepTogether([Spacer(1, 6), t]))
                else:
                    colsd = []
                    for b in blocks[:2]:
                        colsd.append([Spacer(1, lead * 3) if ln.strip() == "~" else P(ln.strip(), align=TA_CENTER, after=0)
                                      for ln in b.split(" / ")])
                    t = Table([colsd], colWidths=[text_w / 2, text_w / 2])
                    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
                    story.append(KeepTogether([Spacer(1, 6), t]))
            elif kind == "FOOT":
                footer[0] = arg

        return story

    class Doc(BaseDocTemplate):
        pass

    def on_page(canv, doc):
        if footer[0] and not ("nofootfirst" in opts and doc.page == 1):
            canv.saveState()
            canv.setFont(fam + "-I" if "{page}" not in footer[0] else fam, size - 2.5)
            txt = footer[0].replace("{page}", str(doc.page)).replace("{pages}", str(getattr(doc, "_pages", "")))
            if "{page}" in footer[0]:
                canv.drawCentredString(page[0] / 2, 1.1 * cm, txt)
            else:
                canv.line(lm, 1.55 * cm, page[0] - rm, 1.55 * cm)
                canv.drawString(lm, 1.1 * cm, txt)
                canv.drawRightString(page[0] - rm, 1.1 * cm, str(doc.page))
            canv.restoreState()

    def make(pages_total=""):
        d = Doc(str(out), pagesize=page, leftMargin=lm, rightMargin=rm, topMargin=tm, bottomMargin=bm,
                title="", author=opts.get("author", ""), creator=opts.get("creator", ""))
        d._pages = pages_total
        frame = Frame(lm, bm, text_w, page[1] - tm - bm, id="f", leftPadding=0, rightPadding=0)
        d.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=on_page)])
        d.build(build_story())
        return d

    d = make()
    if footer[0] and "{pages}" in footer[0]:
        make(str(d.page))


# ----------------------------------------------------------------------------- scans

def pdf_words(pdf: Path):
    import pdfplumber
    with pdfplumber.open(pdf) as p:
        return [(i, pg.width, pg.height, pg.extract_words()) for i, pg in enumerate(p.pages)]


def find_anchor(words, anchor: str) -> dict:
    """{page index: (page width, x0, top, x1, bottom)} of the last occurrence of the anchor on each page."""
    toks = [t.strip(",.:").upper() for t in anchor.split()]
    hits = {}
    for i, w, h, ws in words:
        for k in range(len(ws) - len(toks) + 1):
            if all(ws[k + j]["text"].strip(",.:").upper() == toks[j] for j in range(len(toks))):
                hits[i] = (w, ws[k]["x0"], ws[k]["top"], ws[k + len(toks) - 1]["x1"], ws[k]["bottom"])
    return hits


def stamp_image(rnd, radius: int, text_lines: list[str], dpi: int):
    from PIL import Image, ImageDraw, ImageFont
    s = radius * 2 + 10
    im = Image.new("L", (s, s), 255)
    d = ImageDraw.Draw(im)
    c = s // 2
    ink = rnd.randint(55, 100)
    d.ellipse((5, 5, s - 5, s - 5), outline=ink, width=max(3, radius // 22))
    d.ellipse((5 + radius * 0.16, 5 + radius * 0.16, s - 5 - radius * 0.16, s - 5 - radius * 0.16),
              outline=ink, width=max(2, radius // 40))
    f = ImageFont.truetype(FONTS["sans"][1], max(10, radius // 6))
    # text around the ring
    ring = " * ".join(text_lines[:1]) + " * "
    n = len(ring)
    for k, ch in enumerate(ring):
        a = -math.pi + 2 * math.pi * k / n
        r = radius * 0.84
        ch_im = Image.new("L", (radius // 4, radius // 4), 255)
        ImageDraw.Draw(ch_im).text((2, 0), ch, fill=ink, font=f)
        ch_im = ch_im.rotate(-math.degrees(a) - 90, expand=True, fillcolor=255)
        x = int(c + r * math.cos(a) - ch_im.width / 2)
        y = int(c + r * math.sin(a) - ch_im.height / 2)
        im.paste(Image.eval(ch_im, lambda v: v), (x, y), Image.eval(ch_im, lambda v: 255 - v))
    f2 = ImageFont.truetype(FONTS["sans"][1], max(9, radius // 7))
    for j, ln in enumerate(text_lines[1:3]):
        tw = d.textlength(ln, font=f2)
        d.text((c - tw / 2, c - radius * 0.18 + j * radius * 0.25), ln, fill=ink, font=f2)
    # uneven ink
    px = im.load()
    for _ in range(s * s // 9):
        x, y = rnd.randrange(s), rnd.randrange(s)
        if px[x, y] < 250:
            px[x, y] = min(255, px[x, y] + rnd.randint(30, 110))
    return im.rotate(rnd.uniform(-25, 25), fillcolor=255)


def scribble(rnd, w: int, h: int):
    from PIL import Image, ImageDraw
    im = Image.new("L", (w, h), 255)
    d = ImageDraw.Draw(im)
    x, y = w * 0.05, h * 0.6
    pts = [(x, y)]
    for _ in range(rnd.randint(14, 22)):
        x += rnd.uniform(-0.02, 0.09) * w
        y = h * rnd.uniform(0.1, 0.9)
        pts.append((min(x, w - 3), y))
    d.line(pts, fill=rnd.randint(20, 70), width=max(2, h // 25), joint="curve")
    d.line([(w * 0.1, h * 0.75), (w * 0.9, h * rnd.uniform(0.55, 0.85))], fill=40, width=max(2, h // 30))
    return im


def degrade(img, rnd, opts: dict, dpi: int, anchors: dict):
    from PIL import Image, ImageChops, ImageDraw, ImageFilter
    w, h = img.size
    img = img.convert("L")
    # stamp and signature, before the tilt (they were on the paper)
    if anchors.get("sig"):
        x0, y0, x1, y1 = anchors["sig"]
        sw, sh = int(dpi * 1.7), int(dpi * 0.75)
        sc = scribble(rnd, sw, sh)
        img = ImageChops.multiply(img, _place(sc, w, h, int(x0 - dpi * 0.1), int(y0 - sh * 0.8)))
    for (x0, y0, x1, y1) in anchors.get("many", []):
        sw, sh = int(dpi * rnd.uniform(0.6, 0.9)), int(dpi * 0.28)
        sc = scribble(rnd, sw, sh)
        img = ImageChops.multiply(img, _place(sc, w, h, int(x0 + dpi * 0.05), int(y0 - sh * 0.45)))
    if anchors.get("stamp"):
        x0, y0, x1, y1 = anchors["stamp"]
        rad = int(dpi * rnd.uniform(0.5, 0.62))
        st = stamp_image(rnd, rad, opts.get("stamp", "").split("|"), dpi)
        img = ImageChops.multiply(img, _place(st, w, h, int(x0 - rad * 1.2), int(y0 - rad * 0.55)))
    # paper: grey tone and uneven light
    tone = rnd.randint(225, 245) if "dark" not in opts else rnd.randint(200, 220)
    grad = Image.linear_gradient("L").rotate(rnd.choice([0, 90, 180, 270])).resize((w, h))
    lo = rnd.randint(170, 215) if "dark" in opts else rnd.randint(205, 240)
    grad = grad.point(lambda v: int(lo + (tone - lo) * v / 255))
    img = ImageChops.multiply(img, grad)
    # photocopy edges
    if "edges" in opts or "dark" in opts:
        d = ImageDraw.Draw(img)
        e = int(dpi * rnd.uniform(0.08, 0.18))
        d.rectangle((0, 0, e, h), fill=rnd.randint(60, 110))
        d.rectangle((w - e // 2, 0, w, h), fill=rnd.randint(80, 130))
    if "holes" in opts:
        d = ImageDraw.Draw(img)
        for fy in (0.38, 0.62):
            cy = int(h * fy); cx = int(dpi * 0.45); r = int(dpi * 0.12)
            d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=40)
    # tilt
    ang = float(opts.get("angle", rnd.choice([-1, 1]) * rnd.uniform(0.3, 2.0)))
    img = img.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=rnd.randint(150, 200))
    # blur and noise
    img = img.filter(ImageFilter.GaussianBlur(float(opts.get("blur", rnd.uniform(0.45, 0.95)))))
    px = img.load()
    nspeck = int(w * h / 12000 * float(opts.get("specks", rnd.uniform(0.5, 1.5))))
    for _ in range(nspeck):
        x, y = rnd.randrange(w), rnd.randrange(h)
        v = rnd.randint(0, 90)
        r = rnd.choice([0, 0, 0, 1, 1, 2])
        for dx in range(-r, r + 1):
            for dy in range(-r, r + 1):
                if 0 <= x + dx < w and 0 <= y + dy < h:
                    px[x + dx, y + dy] = v
    # a few faint streaks of a dirty glass
    d = ImageDraw.Draw(img)
    for _ in range(rnd.randint(0, 3)):
        x = rnd.randrange(w)
        d.line((x, 0, x + rnd.randint(-20, 20), h), fill=rnd.randint(200, 228), width=rnd.randint(1, 2))
    # contrast like a copier
    if "dark" in opts:
        img = img.point(lambda v: 0 if v < 60 else min(255, int((v - 60) * 1.25)))
    return img


def _place(small, w, h, x, y):
    from PIL import Image
    canvas = Image.new("L", (w, h), 255)
    canvas.paste(small, (max(0, min(x, w - small.width)), max(0, min(y, h - small.height))))
    return canvas


def build_scan(opts: dict, els: list[tuple], out: Path, name: str) -> None:
    from PIL import Image
    rnd = random.Random(name)
    dpi = int(opts.get("dpi", "200"))
    with tempfile.TemporaryDirectory() as td:
        tdp = Path(td)
        if opts.get("src", "lo") == "rl":
            src_pdf = tdp / "src.pdf"
            build_rl(opts, els, src_pdf, name)
        else:
            dx = tdp / ("lo-" + name + ".docx")
            if dx.stem not in LO_DONE:
                build_docx(opts, els, dx, name)
            src_pdf = docx_to_pdf(dx, tdp)
        words = pdf_words(src_pdf)
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(src_pdf), str(tdp / "pg")], check=True)
        pages = sorted(tdp.glob("pg-*.png"))
        sig = find_anchor(words, opts["sigat"]) if opts.get("sigat") else {}
        stp = find_anchor(words, opts["stampat"]) if opts.get("stampat") else {}
        if "stampall" not in opts and stp:
            last = max(stp)
            stp = {last: stp[last]}
        if "sigall" not in opts and sig:
            last = max(sig)
            sig = {last: sig[last]}
        imgs = []
        for i, pg in enumerate(pages):
            im = Image.open(pg)
            anchors = {}
            for key, hits in (("sig", sig), ("stamp", stp)):
                if i in hits:
                    hit = hits[i]
                    sx = im.width / hit[0]
                    anchors[key] = tuple(v * sx for v in hit[1:5])
            if opts.get("scribbles"):
                sx = im.width / words[i][1]
                anchors["many"] = [(wd["x0"] * sx, wd["top"] * sx, wd["x1"] * sx, wd["bottom"] * sx)
                                   for wd in words[i][3] if wd["text"] == opts["scribbles"]]
            imgs.append(degrade(im, rnd, opts, dpi, anchors))
        q = int(opts.get("jpeg", rnd.randint(45, 70)))
        suffix = out.suffix.lower()
        if suffix in (".png", ".jpg", ".jpeg"):
            im = imgs[0]
            if suffix == ".png":
                im.save(out, optimize=True)
            else:
                im.save(out, quality=q, dpi=(dpi, dpi))
            return
        from reportlab import rl_config
        from reportlab.pdfgen import canvas as rlcanvas
        rl_config.useA85 = 0
        c = None
        for k, im in enumerate(imgs):
            jp = tdp / f"scan-{k}.jpg"
            im.save(jp, quality=q, dpi=(dpi, dpi))
            pw, ph = im.width * 72.0 / dpi, im.height * 72.0 / dpi
            if c is None:
                c = rlcanvas.Canvas(str(out), pagesize=(pw, ph))
                c.setCreator(opts.get("creator", "Scanner"))
                c.setProducer(opts.get("creator", "Scanner"))
            else:
                c.setPageSize((pw, ph))
            c.drawImage(str(jp), 0, 0, width=pw, height=ph)
            c.showPage()
        c.save()


# ----------------------------------------------------------------------------- driver

def load_cases() -> list[dict]:
    cases = []
    for y in sorted(SET.glob("*.yaml")):
        if y.name == "profiles.yaml":
            continue
        data = yaml.safe_load(y.read_text(encoding="utf-8"))
        for c in data.get("cases", []):
            cases.append(c)
    return cases


def build_one(case: dict) -> Path:
    name = case["name"]
    src = SRC / f"{name}.txt"
    opts, els = parse(src.read_text(encoding="utf-8"))
    out = FILES / case["file"]
    out.parent.mkdir(parents=True, exist_ok=True)
    prod = case["producer"]
    if prod == "docx":
        build_docx(opts, els, out, name)
    elif prod == "libreoffice":
        with tempfile.TemporaryDirectory() as td:
            dx = Path(td) / ("lo-" + name + ".docx")
            if dx.stem not in LO_DONE:
                build_docx(opts, els, dx, name)
            pdf = docx_to_pdf(dx, Path(td))
            shutil.copyfile(pdf, out)
    elif prod == "reportlab":
        build_rl(opts, els, out, name)
    elif prod == "scan":
        build_scan(opts, els, out, name)
    else:
        raise SystemExit(f"{name}: unknown producer {prod}")
    return out


def needs_lo(case: dict) -> bool:
    if case["producer"] == "libreoffice":
        return True
    if case["producer"] == "scan":
        opts, _ = parse((SRC / f"{case['name']}.txt").read_text(encoding="utf-8"))
        return opts.get("src", "lo") != "rl"
    return False


def main(argv: list[str]) -> int:
    cases = load_cases()
    want = set(argv)
    todo = [c for c in cases if not want or c["name"] in want]
    with tempfile.TemporaryDirectory() as td:
        tdp = Path(td)
        docxs = []
        for c in todo:
            if needs_lo(c):
                opts, els = parse((SRC / f"{c['name']}.txt").read_text(encoding="utf-8"))
                dx = tdp / ("lo-" + c["name"] + ".docx")
                build_docx(opts, els, dx, c["name"])
                docxs.append(dx)
        lo_batch(docxs, tdp)
        for c in todo:
            out = build_one(c)
            print(f"{c['producer']:12s} {out.relative_to(FILES)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
