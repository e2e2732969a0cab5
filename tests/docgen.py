"""Write real test documents from plain text: text PDFs, ruled tables, DOCX, scans, hostile files.

Every builder writes one file (creating its parent folders) and returns its ``Path``. The output
is deterministic: the same arguments give the same bytes (reportlab runs with ``invariant=1``,
DOCX zips get fixed timestamps, noise comes from a seeded generator).

Page text is a small line-based format shared by ``text_pdf``, ``scanned_pdf``, ``scanned_image``
and (per paragraph) ``docx``:

- ``# TEXT``     centred and bold (letterhead and title lines)
- ``> TEXT``     starts at the middle of the text width (signature block)
- ``---``        a horizontal rule (the double line under a letterhead)
- ``{{table}}``  where the page's table goes; without it the table follows the text
- ``a<TAB>b``    columns at the tab stops 3.2 cm and 3.6 cm ("Menimbang\\t:\\ta. bahwa ..."); the
  last column wraps under itself
- a line starting with a list marker (``a.``, ``1.``, ``2)``, ``-``) wraps with a hanging indent
- an empty string is an empty line; any other line wraps to the text width (A4, margins 2.5 cm
  left, 2 cm elsewhere).

A page string that does not fit on one A4 page raises ``ValueError``: one string is one page,
so tests can rely on page numbers.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import random
import re
import stat
import zipfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Protocol

from PIL import Image, ImageDraw, ImageFont

__all__ = [
    "Dir",
    "Docx",
    "Encrypted",
    "OwnerOnly",
    "Pdf",
    "Scan",
    "Symlink",
    "Table",
    "Truncated",
    "bitflip",
    "docx",
    "empty_file",
    "encrypted_pdf",
    "make_corpus",
    "not_a_zip_docx",
    "owner_only_pdf",
    "paginate",
    "random_bytes",
    "scanned_image",
    "scanned_pdf",
    "table_pdf",
    "text_pdf",
    "tree_snapshot",
    "truncated_pdf",
]

Table = Sequence[Sequence[str]]
"""Rows of cells; the first row is the header (drawn bold)."""

# --- page geometry (points; origin top left, y grows downwards) -------------------------------

_CM = 72 / 2.54
PAGE_W, PAGE_H = 595.2756, 841.8898  # A4
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 2.5 * _CM, 2.0 * _CM, 2.0 * _CM, 2.0 * _CM
TEXT_W = PAGE_W - MARGIN_LEFT - MARGIN_RIGHT
TAB_STOPS = (3.2 * _CM, 3.6 * _CM)
_LEADING = 1.3  # line height as a multiple of the font size
_CELL_PAD = 3.0

_FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
_SERIF = _FONT_DIR / "DejaVuSerif.ttf"
_SERIF_BOLD = _FONT_DIR / "DejaVuSerif-Bold.ttf"

_LIST_MARKER = re.compile(r"^((?:[a-zA-Z]|\d{1,2}|[IVX]{1,5})[.)]|-|\u2022)\s+")
_TABLE_MARK = "{{table}}"
_DOCX_EPOCH = datetime(2021, 1, 4, 8, 0, 0)


class _Backend(Protocol):
    def width(self, text: str, bold: bool, size: float) -> float: ...

    def text(self, x: float, baseline: float, text: str, bold: bool, size: float) -> None: ...

    def line(self, x0: float, y0: float, x1: float, y1: float, lw: float) -> None: ...


def _wrap(text: str, first: float, rest: float, measure: Callable[[str], float]) -> list[str]:
    """Greedy word wrap: the first line gets ``first`` points, the others ``rest``."""
    lines: list[str] = []
    current = ""
    first, rest = first + 1e-6, rest + 1e-6  # a cell as wide as its text must not wrap
    for word in text.split():
        limit = first if not lines else rest
        candidate = f"{current} {word}" if current else word
        if measure(candidate) <= limit:
            current = candidate
            continue
        if current:
            lines.append(current)
            limit = rest
        # a word longer than the line is broken by characters
        while len(word) > 1 and measure(word) > limit:
            cut = 1
            while cut < len(word) - 1 and measure(word[: cut + 1]) <= limit:
                cut += 1
            lines.append(word[:cut])
            word = word[cut:]
        current = word
    if current or not lines:
        lines.append(current)
    return lines


class _PageFull(Exception):
    pass


class _Layout:
    """Lays out one page of the mini-format on a backend (shared by PDFs and scans)."""

    def __init__(self, backend: _Backend, size: float) -> None:
        self.b = backend
        self.size = size
        self.lead = size * _LEADING
        self.y = MARGIN_TOP

    def _need(self, height: float) -> None:
        if self.y + height > PAGE_H - MARGIN_BOTTOM + 0.01:
            raise _PageFull

    def _emit(self, x: float, text: str, bold: bool = False) -> None:
        self._need(self.lead)
        if text:
            self.b.text(x, self.y + self.lead * 0.75, text, bold, self.size)
        self.y += self.lead

    def _measure(self, bold: bool) -> Callable[[str], float]:
        return lambda s: self.b.width(s, bold, self.size)

    def _block(self, x: float, width: float, text: str, bold: bool = False) -> None:
        """Wrapped text from x, with a hanging indent after a list marker."""
        m = _LIST_MARKER.match(text)
        hang = self.b.width(m.group(0), bold, self.size) if m else 0.0
        for i, part in enumerate(_wrap(text, width, width - hang, self._measure(bold))):
            self._emit(x if i == 0 else x + hang, part, bold)

    def line(self, raw: str, table: Table | None) -> bool:
        """Lay out one line; returns True when it placed the table."""
        text = raw.rstrip()
        if text == "":
            self._emit(MARGIN_LEFT, "")
        elif text == "---":
            self._need(self.lead)
            y = self.y + self.lead * 0.4
            self.b.line(MARGIN_LEFT, y, PAGE_W - MARGIN_RIGHT, y, 1.6)
            self.b.line(MARGIN_LEFT, y + 2.4, PAGE_W - MARGIN_RIGHT, y + 2.4, 0.5)
            self.y += self.lead
        elif text.strip() == _TABLE_MARK:
            if table is None:
                raise ValueError("{{table}} on a page that has no table")
            self.table(table)
            return True
        elif text.startswith("# "):
            for part in _wrap(text[2:].strip(), TEXT_W, TEXT_W, self._measure(True)):
                w = self.b.width(part, True, self.size)
                self._emit(MARGIN_LEFT + (TEXT_W - w) / 2, part, True)
        elif text.startswith("> "):
            self._block(MARGIN_LEFT + TEXT_W / 2, TEXT_W / 2, text[2:].strip())
        elif "\t" in text:
            self._columns(text.split("\t"))
        else:
            self._block(MARGIN_LEFT, TEXT_W, text.strip())
        return False

    def _columns(self, cols: list[str]) -> None:
        stops = [0.0, *TAB_STOPS]
        while len(stops) < len(cols):
            stops.append(stops[-1] + 0.4 * _CM)
        start_y = self.y
        self._need(self.lead)
        for col, stop in zip(cols[:-1], stops, strict=False):
            if col.strip():
                self.b.text(
                    MARGIN_LEFT + stop, start_y + self.lead * 0.75, col.strip(), False, self.size
                )
        last_x = stops[len(cols) - 1]
        last = cols[-1].strip()
        if last:
            self._block(MARGIN_LEFT + last_x, TEXT_W - last_x, last)
        else:
            self.y += self.lead

    def table(self, rows: Table) -> None:
        size = self.size - 1
        lead = size * 1.25
        ncols = max(len(r) for r in rows)
        grid = [[str(c) for c in r] + [""] * (ncols - len(r)) for r in rows]

        def wid(s: str, bold: bool) -> float:
            return self.b.width(s, bold, size)

        want, least = [0.0] * ncols, [0.0] * ncols
        for ri, row in enumerate(grid):
            for ci, cell in enumerate(row):
                bold = ri == 0
                for piece in cell.split("\n") or [""]:
                    want[ci] = max(want[ci], wid(piece, bold) + 2 * _CELL_PAD)
                    words = piece.split() or [""]
                    least[ci] = max(least[ci], max(wid(w, bold) for w in words) + 2 * _CELL_PAD)
        if sum(want) <= TEXT_W:
            widths = [w * TEXT_W / sum(want) for w in want]
        else:  # narrow columns keep their width, the wide ones share the rest and wrap
            widths = list(want)
            free, remaining = set(range(ncols)), TEXT_W
            while free:
                share = remaining / len(free)
                narrow = [c for c in free if want[c] <= share]
                if not narrow:
                    break
                for c in narrow:
                    free.discard(c)
                    remaining -= want[c]
            total = sum(want[c] for c in free) or 1.0
            for c in free:
                widths[c] = max(least[c], remaining * want[c] / total)
        cells: list[list[list[str]]] = []
        heights: list[float] = []
        for ri, row in enumerate(grid):
            wrapped = []
            for ci, cell in enumerate(row):
                lines: list[str] = []
                for piece in cell.split("\n"):
                    lines += _wrap(
                        piece,
                        widths[ci] - 2 * _CELL_PAD,
                        widths[ci] - 2 * _CELL_PAD,
                        lambda s, b=(ri == 0): wid(s, b),
                    )
                wrapped.append(lines)
            cells.append(wrapped)
            heights.append(max(len(c) for c in wrapped) * lead + 2 * _CELL_PAD)
        self._need(sum(heights))
        top, x0 = self.y, MARGIN_LEFT
        xs = [x0]
        for w in widths:
            xs.append(xs[-1] + w)
        y = top
        self.b.line(x0, y, xs[-1], y, 0.6)
        for ri, (row, h) in enumerate(zip(cells, heights, strict=True)):
            for ci, lines in enumerate(row):
                for li, part in enumerate(lines):
                    if not part:
                        continue
                    base = y + _CELL_PAD + li * lead + lead * 0.78
                    if ri == 0:
                        x = xs[ci] + (widths[ci] - wid(part, True)) / 2
                    else:
                        x = xs[ci] + _CELL_PAD
                    self.b.text(x, base, part, ri == 0, size)
            y += h
            self.b.line(x0, y, xs[-1], y, 0.6)
        for x in xs:
            self.b.line(x, top, x, y, 0.6)
        self.y = y + self.lead * 0.5


def _layout_page(
    backend: _Backend,
    text: str,
    table: Table | None,
    size: float,
    number: int,
    page_numbers: bool,
    where: str,
) -> None:
    lay = _Layout(backend, size)
    if page_numbers and number > 1:
        label = f"- {number} -"
        backend.text(
            (PAGE_W - backend.width(label, False, size)) / 2, MARGIN_TOP * 0.6, label, False, size
        )
    placed = False
    try:
        for raw in text.split("\n"):
            placed |= lay.line(raw, table)
        if table is not None and not placed:
            lay.table(table)
    except _PageFull:
        raise ValueError(f"{where}: page {number} does not fit on one A4 page; split it") from None


class _MeasureOnly:
    """A backend that measures like the PDF (Times) or the scan (DejaVu) and draws nothing."""

    def __init__(self, scan: bool) -> None:
        self._image = _ImageBackend(Image.new("L", (1, 1)), 200) if scan else None

    def width(self, text: str, bold: bool, size: float) -> float:
        if self._image is not None:
            return self._image.width(text, bold, size)
        from reportlab.pdfbase.pdfmetrics import stringWidth

        return float(stringWidth(text, "Times-Bold" if bold else "Times-Roman", size))

    def text(self, x: float, baseline: float, text: str, bold: bool, size: float) -> None:
        pass

    def line(self, x0: float, y0: float, x1: float, y1: float, lw: float) -> None:
        pass


def paginate(lines: Sequence[str], *, font_size: float = 11, scan: bool = False) -> list[str]:
    """Flow lines of the mini-format onto as many pages as they need; a line "\\f" starts a new
    page. Returns page strings for ``text_pdf`` (or, with ``scan``, for ``scanned_pdf``).
    Measured in WinAnsi Times, so text outside WinAnsi may need more room."""
    backend = _MeasureOnly(scan)
    size = 11 if scan else font_size
    pages: list[list[str]] = [[]]
    lay = _Layout(backend, size)
    for raw in lines:
        if raw == "\f":
            pages.append([])
            lay = _Layout(backend, size)
            continue
        if raw.strip() == _TABLE_MARK:
            raise ValueError("paginate() cannot place {{table}}: build that page yourself")
        try:
            lay.line(raw, None)
        except _PageFull:
            if not pages[-1]:
                raise ValueError(f"a single line does not fit on a page: {raw[:60]!r}") from None
            pages.append([])
            lay = _Layout(backend, size)
            if not raw.strip():
                continue  # no blank line at the top of a page
            lay.line(raw, None)
        pages[-1].append(raw)
    return ["\n".join(p) for p in pages]


def _check_tables(pages: Sequence[str], tables: Mapping[int, Table] | None) -> Mapping[int, Table]:
    tables = tables or {}
    for index, rows in tables.items():
        if not 0 <= index < len(pages):
            raise ValueError(f"table for page index {index}, but there are {len(pages)} pages")
        if not rows:
            raise ValueError(f"table for page index {index} has no rows")
    return tables


# --- PDF (reportlab) -------------------------------------------------------------------------


class _PdfBackend:
    def __init__(self, canvas: object, regular: str, bold: str) -> None:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        self.c = canvas
        self.fonts = {False: regular, True: bold}
        self._sw = stringWidth

    def width(self, text: str, bold: bool, size: float) -> float:
        return float(self._sw(text, self.fonts[bold], size))

    def text(self, x: float, baseline: float, text: str, bold: bool, size: float) -> None:
        self.c.setFont(self.fonts[bold], size)  # type: ignore[attr-defined]
        self.c.drawString(x, PAGE_H - baseline, text)  # type: ignore[attr-defined]

    def line(self, x0: float, y0: float, x1: float, y1: float, lw: float) -> None:
        self.c.setLineWidth(lw)  # type: ignore[attr-defined]
        self.c.line(x0, PAGE_H - y0, x1, PAGE_H - y1)  # type: ignore[attr-defined]


def _pdf_fonts(texts: Sequence[str]) -> tuple[str, str]:
    """Times (no embedding) when the text fits WinAnsi, else embedded DejaVu Serif."""
    try:
        for t in texts:
            t.encode("cp1252")
        return "Times-Roman", "Times-Bold"
    except UnicodeEncodeError:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        if "DejaVuSerif" not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont("DejaVuSerif", str(_SERIF)))
            pdfmetrics.registerFont(TTFont("DejaVuSerif-Bold", str(_SERIF_BOLD)))
        return "DejaVuSerif", "DejaVuSerif-Bold"


@contextlib.contextmanager
def _reportlab_canvas(
    buf: io.BytesIO, *, title: str | None, author: str | None, encrypt: object = None
) -> Iterator[object]:
    from reportlab import rl_config
    from reportlab.pdfgen.canvas import Canvas

    old = rl_config.useA85
    rl_config.useA85 = 0  # binary streams: ASCII85 would make scans 25% larger
    try:
        c = Canvas(buf, pagesize=(PAGE_W, PAGE_H), invariant=1, pageCompression=1, encrypt=encrypt)
        c.setTitle(title or "")  # reportlab's defaults are "untitled" and "anonymous"
        c.setAuthor(author or "")
        c.setCreator("")
        c.setSubject("")
        yield c
        c.save()
    finally:
        rl_config.useA85 = old


def _text_pdf_bytes(
    pages: Sequence[str],
    *,
    title: str | None = None,
    font_size: float = 11,
    tables: Mapping[int, Table] | None = None,
    page_numbers: bool = False,
    author: str | None = None,
    encrypt: object = None,
    where: str = "pdf",
) -> bytes:
    if isinstance(pages, str):
        raise TypeError("pages must be a list of page strings, not one string")
    tables = _check_tables(pages, tables)
    cell_text = ["\n".join(c for row in t for c in row) for t in tables.values()]
    regular, bold = _pdf_fonts([*pages, *cell_text, title or ""])
    buf = io.BytesIO()
    with _reportlab_canvas(buf, title=title, author=author, encrypt=encrypt) as c:
        backend = _PdfBackend(c, regular, bold)
        for i, page in enumerate(pages or [""]):
            _layout_page(backend, page, tables.get(i), font_size, i + 1, page_numbers, where)
            c.showPage()  # type: ignore[attr-defined]
    return buf.getvalue()


def _write(path: str | os.PathLike[str], data: bytes) -> Path:
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(data)
    return p


def text_pdf(
    path: str | os.PathLike[str],
    pages: Sequence[str],
    *,
    title: str | None = None,
    font_size: float = 11,
    tables: Mapping[int, Table] | None = None,
    page_numbers: bool = False,
    author: str | None = None,
) -> Path:
    """A text PDF (A4, Times), one page per string; ``tables`` maps a 0-based page index to a
    ruled table; ``page_numbers`` puts "- n -" at the top of pages 2 and later."""
    data = _text_pdf_bytes(
        pages,
        title=title,
        font_size=font_size,
        tables=tables,
        page_numbers=page_numbers,
        author=author,
        where=str(path),
    )
    return _write(path, data)


def table_pdf(
    path: str | os.PathLike[str],
    pages: Sequence[str],
    tables: Mapping[int, Table],
    **kwargs: object,
) -> Path:
    """``text_pdf`` with ruled tables (lines drawn: pdfplumber's ``extract_tables`` finds them)."""
    return text_pdf(path, pages, tables=tables, **kwargs)  # type: ignore[arg-type]


def encrypted_pdf(
    path: str | os.PathLike[str],
    pages: Sequence[str],
    user_password: str = "rahasia",
    owner_password: str = "pemilik",
) -> Path:
    """A text PDF that needs ``user_password`` to open (RC4 128-bit)."""
    from reportlab.lib.pdfencrypt import StandardEncryption

    enc = StandardEncryption(user_password, owner_password, strength=128)
    return _write(path, _text_pdf_bytes(pages, encrypt=enc, where=str(path)))


def owner_only_pdf(
    path: str | os.PathLike[str], pages: Sequence[str], owner_password: str = "pemilik"
) -> Path:
    """An encrypted PDF with an empty user password: it opens without a password, but copying
    and editing are restricted (as many downloaded government PDFs are)."""
    from reportlab.lib.pdfencrypt import StandardEncryption

    enc = StandardEncryption(
        "", owner_password, canPrint=1, canModify=0, canCopy=0, canAnnotate=0, strength=128
    )
    return _write(path, _text_pdf_bytes(pages, encrypt=enc, where=str(path)))


# --- scans (PIL) -----------------------------------------------------------------------------


class _ImageBackend:
    def __init__(self, image: Image.Image, dpi: int) -> None:
        self.draw = ImageDraw.Draw(image)
        self.scale = dpi / 72
        self._fonts: dict[tuple[bool, float], ImageFont.FreeTypeFont] = {}

    def font(self, bold: bool, size: float) -> ImageFont.FreeTypeFont:
        key = (bold, size)
        if key not in self._fonts:
            self._fonts[key] = ImageFont.truetype(
                str(_SERIF_BOLD if bold else _SERIF), size * self.scale
            )
        return self._fonts[key]

    def width(self, text: str, bold: bool, size: float) -> float:
        return float(self.font(bold, size).getlength(text)) / self.scale

    def text(self, x: float, baseline: float, text: str, bold: bool, size: float) -> None:
        s = self.scale
        self.draw.text((x * s, baseline * s), text, font=self.font(bold, size), fill=0, anchor="ls")

    def line(self, x0: float, y0: float, x1: float, y1: float, lw: float) -> None:
        s = self.scale
        self.draw.line([(x0 * s, y0 * s), (x1 * s, y1 * s)], fill=0, width=max(1, round(lw * s)))


def _render(
    text: str,
    *,
    dpi: int,
    noise: bool,
    table: Table | None = None,
    number: int = 1,
    seed: int = 0,
    where: str = "scan",
) -> Image.Image:
    """One A4 page of the mini-format as a greyscale image (DejaVu Serif 11 pt)."""
    size = (round(PAGE_W / 72 * dpi), round(PAGE_H / 72 * dpi))
    image = Image.new("L", size, 255)
    _layout_page(_ImageBackend(image, dpi), text, table, 11, number, False, where)
    if noise:
        rng = random.Random(seed * 7919 + number)
        image = image.rotate(
            rng.uniform(-0.6, 0.6), resample=Image.Resampling.BICUBIC, fillcolor=255
        )
        px = image.load()
        assert px is not None
        for _ in range(size[0] * size[1] // 8000):  # dust and toner specks
            x, y = rng.randrange(size[0] - 3), rng.randrange(size[1] - 3)
            shade = rng.randrange(40, 200)
            for dx in range(rng.randrange(1, 3)):
                for dy in range(rng.randrange(1, 3)):
                    px[x + dx, y + dy] = shade
    return image


def scanned_pdf(
    path: str | os.PathLike[str],
    pages: Sequence[str],
    *,
    dpi: int = 200,
    noise: bool = False,
    tables: Mapping[int, Table] | None = None,
) -> Path:
    """A PDF whose pages hold only a greyscale image of the text (no text layer), as a scanner's."""
    if isinstance(pages, str):
        raise TypeError("pages must be a list of page strings, not one string")
    from reportlab.lib.utils import ImageReader

    tables = _check_tables(pages, tables)
    buf = io.BytesIO()
    with _reportlab_canvas(buf, title=None, author=None) as c:
        for i, page in enumerate(pages or [""]):
            image = _render(
                page, dpi=dpi, noise=noise, table=tables.get(i), number=i + 1, where=str(path)
            )
            c.drawImage(ImageReader(image), 0, 0, PAGE_W, PAGE_H)  # type: ignore[attr-defined]
            c.showPage()  # type: ignore[attr-defined]
    return _write(path, buf.getvalue())


_IMAGE_FORMATS = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG", ".tif": "TIFF", ".tiff": "TIFF"}


def _save_images(path: str | os.PathLike[str], images: Sequence[Image.Image], dpi: int) -> Path:
    p = Path(path)
    fmt = _IMAGE_FORMATS.get(p.suffix.lower())
    if fmt is None:
        raise ValueError(f"{p}: image suffix must be one of {sorted(_IMAGE_FORMATS)}")
    if len(images) > 1 and fmt != "TIFF":
        raise ValueError(f"{p}: only TIFF holds several pages")
    options: dict[str, object] = {"dpi": (dpi, dpi)}
    if fmt == "JPEG":
        options["quality"] = 85
    elif fmt == "TIFF":
        options["compression"] = "tiff_deflate"
        if len(images) > 1:
            options.update(save_all=True, append_images=list(images[1:]))
    buf = io.BytesIO()
    images[0].save(buf, fmt, **options)
    return _write(p, buf.getvalue())


def scanned_image(
    path: str | os.PathLike[str], text: str, *, dpi: int = 200, noise: bool = False
) -> Path:
    """One page rendered as in ``scanned_pdf``, saved as .png, .jpg or .tif (by suffix)."""
    return _save_images(path, [_render(text, dpi=dpi, noise=noise, where=str(path))], dpi)


# --- DOCX (python-docx) ----------------------------------------------------------------------


def _docx_bytes(
    paragraphs: Sequence[str],
    *,
    tables: Sequence[Table] = (),
    header: str | None = None,
    footer: str | None = None,
    page_breaks: bool = False,
    title: str | None = None,
    author: str | None = None,
    created: datetime | None = None,
) -> bytes:
    import docx as python_docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    if isinstance(paragraphs, str):
        raise TypeError("paragraphs must be a list of strings, not one string")
    d = python_docx.Document()
    section = d.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin, section.right_margin = Cm(2.5), Cm(2)
    section.top_margin, section.bottom_margin = Cm(2), Cm(2)
    normal = d.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)

    def add_table(rows: Table) -> None:
        ncols = max(len(r) for r in rows)
        t = d.add_table(rows=len(rows), cols=ncols)
        t.style = "Table Grid"
        for ri, row in enumerate(rows):
            for ci in range(ncols):
                cell = t.cell(ri, ci)
                cell.text = str(row[ci]) if ci < len(row) else ""
                if ri == 0:
                    for run in cell.paragraphs[0].runs:
                        run.bold = True

    pending = list(tables)
    for text in paragraphs:
        if text.strip() == _TABLE_MARK:
            if not pending:
                raise ValueError("{{table}} without a table left in tables=")
            add_table(pending.pop(0))
        elif text == "\f":
            if page_breaks:
                d.add_page_break()
            else:
                d.add_paragraph()
        elif text == "---":
            p = d.add_paragraph()
            border = OxmlElement("w:pBdr")
            bottom = OxmlElement("w:bottom")
            for k, v in (
                ("w:val", "thinThickSmallGap"),
                ("w:sz", "24"),
                ("w:space", "1"),
                ("w:color", "auto"),
            ):
                bottom.set(qn(k), v)
            border.append(bottom)
            p._p.get_or_add_pPr().append(border)
        elif text.startswith("# "):
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(text[2:].strip()).bold = True
        elif text.startswith("> "):
            p = d.add_paragraph(text[2:].strip())
            p.paragraph_format.left_indent = Cm(8.25)
        elif "\t" in text:
            p = d.add_paragraph(text)
            fmt = p.paragraph_format
            for stop in TAB_STOPS:
                fmt.tab_stops.add_tab_stop(Cm(stop / _CM))
            fmt.left_indent = Cm(TAB_STOPS[-1] / _CM)
            fmt.first_line_indent = Cm(-TAB_STOPS[-1] / _CM)
        else:
            d.add_paragraph(text)
    for rows in pending:
        add_table(rows)
    if header is not None:
        section.header.paragraphs[0].text = header
    if footer is not None:
        section.footer.paragraphs[0].text = footer
        section.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    when = created or _DOCX_EPOCH
    core = d.core_properties
    core.title = title or ""
    core.author = author or ""
    core.last_modified_by = author or ""
    core.comments = ""
    core.created = core.modified = when
    core.revision = 1
    raw = io.BytesIO()
    d.save(raw)
    return _fixed_zip(raw.getvalue(), when)


def _fixed_zip(data: bytes, when: datetime) -> bytes:
    """Rewrite a zip with fixed member timestamps, so the same input gives the same bytes."""
    stamp = (max(when.year, 1980), when.month, when.day, when.hour, when.minute, when.second)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=stamp)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o644 << 16
            dst.writestr(member, src.read(info.filename))
    return out.getvalue()


def docx(
    path: str | os.PathLike[str],
    paragraphs: Sequence[str],
    *,
    tables: Sequence[Table] = (),
    header: str | None = None,
    footer: str | None = None,
    page_breaks: bool = False,
    title: str | None = None,
    author: str | None = None,
    created: datetime | None = None,
) -> Path:
    """A Word document, one paragraph per string (same mini-format as the PDFs). Tables go where a
    paragraph is "{{table}}", the rest after the text. With ``page_breaks``, a paragraph that is
    exactly "\\f" is a page break (otherwise an empty paragraph)."""
    data = _docx_bytes(
        paragraphs,
        tables=tables,
        header=header,
        footer=footer,
        page_breaks=page_breaks,
        title=title,
        author=author,
        created=created,
    )
    return _write(path, data)


# --- hostile and broken files ----------------------------------------------------------------


def truncated_pdf(path: str | os.PathLike[str], pages: Sequence[str], keep: float = 0.5) -> Path:
    """A text PDF cut after ``keep`` of its bytes (an interrupted download or copy)."""
    if not 0 < keep < 1:
        raise ValueError("keep must be between 0 and 1")
    data = _text_pdf_bytes(pages, where=str(path))
    return _write(path, data[: int(len(data) * keep)])


def bitflip(
    path_src: str | os.PathLike[str], path_dst: str | os.PathLike[str], n: int = 50, seed: int = 0
) -> Path:
    """A copy of ``path_src`` with ``n`` bits flipped at seeded random positions."""
    data = bytearray(Path(path_src).read_bytes())
    rng = random.Random(seed)
    for pos in rng.sample(range(len(data) * 8), min(n, len(data) * 8)):
        data[pos // 8] ^= 1 << (pos % 8)
    return _write(path_dst, bytes(data))


def random_bytes(path: str | os.PathLike[str], size: int = 4096, seed: int = 0) -> Path:
    """``size`` seeded random bytes (garbage under any name)."""
    return _write(path, random.Random(seed).randbytes(size))


def empty_file(path: str | os.PathLike[str]) -> Path:
    """A file of zero bytes."""
    return _write(path, b"")


def not_a_zip_docx(path: str | os.PathLike[str]) -> Path:
    """A legacy Word 97-2003 (OLE2) header and padding: a .doc renamed to .docx, not a zip."""
    ole2 = bytes.fromhex("d0cf11e0a1b11ae1") + bytes(16) + bytes.fromhex("3e000300feff0900")
    return _write(path, ole2 + bytes(512 - len(ole2)) + b"Microsoft Word 97-2003" + bytes(490))


# --- corpora ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Pdf:
    """A text PDF with options (tables by 0-based page index, title, page numbers)."""

    pages: Sequence[str]
    tables: Mapping[int, Table] = field(default_factory=dict)
    title: str | None = None
    page_numbers: bool = False
    font_size: float = 11


@dataclass(frozen=True)
class Scan:
    """A scanned PDF (or, for an image suffix, an image file) of these pages."""

    pages: Sequence[str]
    dpi: int = 200
    noise: bool = False
    tables: Mapping[int, Table] = field(default_factory=dict)


@dataclass(frozen=True)
class Encrypted:
    """A PDF that needs a password to open."""

    pages: Sequence[str]
    user_password: str = "rahasia"
    owner_password: str = "pemilik"


@dataclass(frozen=True)
class OwnerOnly:
    """A PDF with only an owner password (opens without one)."""

    pages: Sequence[str]


@dataclass(frozen=True)
class Truncated:
    """A text PDF cut after ``keep`` of its bytes."""

    pages: Sequence[str]
    keep: float = 0.5


@dataclass(frozen=True)
class Docx:
    """A Word document (see ``docx``)."""

    paragraphs: Sequence[str]
    tables: Sequence[Table] = ()
    header: str | None = None
    footer: str | None = None
    page_breaks: bool = False
    title: str | None = None
    created: datetime | None = None


@dataclass(frozen=True)
class Symlink:
    """A symbolic link to ``target`` (as written: relative to the link's folder, or absolute)."""

    target: str


@dataclass(frozen=True)
class Dir:
    """An empty folder."""


Spec = Mapping[str, object]


def _pages_as_paragraphs(pages: Sequence[str]) -> list[str]:
    out: list[str] = []
    for i, page in enumerate(pages):
        if i:
            out.append("\f")
        out += page.split("\n")
    return out


def make_corpus(root: str | os.PathLike[str], spec: Spec) -> Path:
    """Build a folder tree from ``{relative path: content}`` and return ``root``.

    Content: ``str`` (a .pdf gets a one-page text PDF, a .docx one paragraph per line, anything
    else UTF-8 text); ``list[str]`` of pages (.pdf: text PDF; .docx: page breaks between pages);
    ``bytes`` written as they are; or a marker: ``Pdf``, ``Scan``, ``Encrypted``, ``OwnerOnly``,
    ``Truncated``, ``Docx``, ``Symlink``, ``Dir``.
    """
    base = Path(root)
    base.mkdir(parents=True, exist_ok=True)
    for rel, value in spec.items():
        parts = Path(rel).parts
        if Path(rel).is_absolute() or ".." in parts or not parts:
            raise ValueError(f"{rel!r}: corpus paths must be relative and stay inside the root")
        path = base / rel
        suffix = path.suffix.lower()
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(value, Dir):
            path.mkdir(parents=True, exist_ok=True)
        elif isinstance(value, Symlink):
            path.symlink_to(value.target)
        elif isinstance(value, bytes):
            _write(path, value)
        elif isinstance(value, str):
            if suffix == ".pdf":
                text_pdf(path, [value])
            elif suffix == ".docx":
                docx(path, value.split("\n"))
            else:
                _write(path, value.encode("utf-8"))
        elif isinstance(value, list | tuple):
            if suffix == ".pdf":
                text_pdf(path, list(value))
            elif suffix == ".docx":
                docx(path, _pages_as_paragraphs(value), page_breaks=True)
            else:
                raise ValueError(f"{rel!r}: a list of pages needs a .pdf or .docx name")
        elif isinstance(value, Pdf):
            text_pdf(
                path,
                value.pages,
                tables=value.tables,
                title=value.title,
                page_numbers=value.page_numbers,
                font_size=value.font_size,
            )
        elif isinstance(value, Scan):
            if suffix == ".pdf":
                scanned_pdf(
                    path, value.pages, dpi=value.dpi, noise=value.noise, tables=value.tables
                )
            else:
                images = [
                    _render(
                        p,
                        dpi=value.dpi,
                        noise=value.noise,
                        number=i + 1,
                        table=value.tables.get(i),
                        where=rel,
                    )
                    for i, p in enumerate(value.pages)
                ]
                _save_images(path, images, value.dpi)
        elif isinstance(value, Encrypted):
            encrypted_pdf(path, value.pages, value.user_password, value.owner_password)
        elif isinstance(value, OwnerOnly):
            owner_only_pdf(path, value.pages)
        elif isinstance(value, Truncated):
            truncated_pdf(path, value.pages, value.keep)
        elif isinstance(value, Docx):
            docx(
                path,
                value.paragraphs,
                tables=value.tables,
                header=value.header,
                footer=value.footer,
                page_breaks=value.page_breaks,
                title=value.title,
                created=value.created,
            )
        else:
            raise TypeError(f"{rel!r}: cannot build a file from {type(value).__name__}")
    return base


def tree_snapshot(root: str | os.PathLike[str]) -> dict[str, tuple[str | None, int, int]]:
    """``{relative path: (sha256 of a file | target of a link | None, st_mode, st_mtime_ns)}`` for
    the root (".") and every file, link and folder under it, links not followed."""
    base = Path(root)
    out: dict[str, tuple[str | None, int, int]] = {}

    def add(path: Path, rel: str) -> None:
        st = os.lstat(path)
        value: str | None = None
        if stat.S_ISLNK(st.st_mode):
            value = os.readlink(path)
        elif stat.S_ISREG(st.st_mode):
            digest = hashlib.sha256()
            with open(path, "rb") as fh:
                for chunk in iter(lambda: fh.read(1 << 20), b""):
                    digest.update(chunk)
            value = digest.hexdigest()
        out[rel] = (value, st.st_mode, st.st_mtime_ns)

    add(base, ".")
    for dirpath, dirnames, filenames in os.walk(base, followlinks=False):
        dirnames.sort()
        for name in sorted(dirnames + filenames):
            path = Path(dirpath, name)
            add(path, path.relative_to(base).as_posix())
    return out
