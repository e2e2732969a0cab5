"""Builders of hostile files that ``tests/docgen.py`` does not make, written byte by byte.

Each builder writes one file (creating its parent folders) and returns its ``Path``. Output is
deterministic. Nothing here needs a network, and nothing large is ever held in memory: the zip
bombs are assembled from one repeated compressed block, so a 1 GB member costs 1 MB to build.

- raw PDFs (``raw_pdf``): page trees that loop, a form that draws itself, a /Count that lies,
  100,000 real pages, a page as large as a field;
- zips (``raw_zip``): honest bombs (declared sizes huge), a bomb that lies about its sizes, an
  archive of too many parts;
- DOCX variants of a real document (``docx_with_document_xml``): billion laughs, an external
  entity, 50,000 paragraphs; the same entities in any part of an XLSX or PPTX (``with_entities``);
- a PNG whose header declares huge dimensions (``png_bomb``).

``cases()`` lists every hostile entry of the test folder with what a user must see for it
(status and reason, or folder warning); ``build_folder`` makes the folder, one valid decree
beside the entries and a folder outside it; ``run_measured`` runs a scan and measures its
memory. ``tests/test_hostile.py`` and ``benchmarks/hostile.py`` use them.
"""

from __future__ import annotations

import io
import os
import struct
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
import zlib
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from tests import docgen

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DOCUMENT_XML = "word/document.xml"


def _write(path: str | os.PathLike[str], data: bytes) -> Path:
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(data)
    return p


# --- raw PDF ---------------------------------------------------------------------------------


def pdf_string(text: str) -> bytes:
    """A PDF literal string (WinAnsi text)."""
    raw = text.encode("cp1252")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def stream(data: bytes, extra: bytes = b"") -> bytes:
    """The body of a stream object (uncompressed)."""
    return b"<< /Length %d %s>>\nstream\n%s\nendstream" % (len(data), extra, data)


def text_content(lines: Sequence[str], size: int = 12) -> bytes:
    """A content stream that shows ``lines`` in /F1 from the top left of an A4 page."""
    ops = [b"BT /F1 %d Tf %d TL 72 770 Td" % (size, size + 4)]
    for line in lines:
        ops.append(pdf_string(line) + b" Tj T*")
    ops.append(b"ET")
    return b"\n".join(ops)


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /WinAnsiEncoding >>"


def raw_pdf(objects: Sequence[bytes], root: int = 1) -> bytes:
    """A PDF of ``objects`` (object ``i + 1`` is ``objects[i]``) with a correct xref table."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        root,
        xref,
    )
    return bytes(out)


def _page(parent: int, content: int, extra: bytes = b"") -> bytes:
    return (
        b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> %s>>" % (parent, content, extra)
    )


def pages_loop_pdf(path: str | os.PathLike[str], lines: Sequence[str]) -> Path:
    """A page tree whose /Pages node lists itself among its /Kids (and one real page)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [2 0 R 3 0 R 2 0 R] /Count 3 >>",
        _page(2, 4),
        stream(text_content(lines)),
        FONT,
    ]
    return _write(path, raw_pdf(objects))


def pages_cycle_pdf(path: str | os.PathLike[str], lines: Sequence[str]) -> Path:
    """Two /Pages nodes that are each other's kid (a cycle of length two), and one real page."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [6 0 R 3 0 R] /Count 2 >>",
        _page(2, 4),
        stream(text_content(lines)),
        FONT,
        b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>",
    ]
    return _write(path, raw_pdf(objects))


def form_loop_pdf(path: str | os.PathLike[str], lines: Sequence[str]) -> Path:
    """A page that draws a form XObject which draws itself (infinite recursion when rendered)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        _page(2, 4, b"/Resources << /Font << /F1 5 0 R >> /XObject << /X1 6 0 R >> >> "),
        stream(text_content(lines) + b"\nq /X1 Do Q"),
        FONT,
        stream(
            b"q 0.5 0 0 0.5 0 0 cm /X1 Do Q",
            b"/Type /XObject /Subtype /Form /BBox [0 0 595 842] "
            b"/Resources << /XObject << /X1 6 0 R >> >> ",
        ),
    ]
    return _write(path, raw_pdf(objects))


def count_lies_pdf(path: str | os.PathLike[str], lines: Sequence[str], count: int = 100_000) -> Path:
    """One real page under a /Pages node that claims ``count`` pages."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count %d >>" % count,
        _page(2, 4),
        stream(text_content(lines)),
        FONT,
    ]
    return _write(path, raw_pdf(objects))


def many_pages_pdf(path: str | os.PathLike[str], lines: Sequence[str], count: int = 100_000) -> Path:
    """``count`` real pages sharing one content stream (about 60 bytes a page)."""
    first_page = 6
    kids = b" ".join(b"%d 0 R" % (first_page + i) for i in range(count))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> >>" % (kids, count),
        b"null",
        stream(text_content(lines)),
        FONT,
    ]
    objects += [b"<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>"] * count
    return _write(path, raw_pdf(objects))


def huge_page_pdf(path: str | os.PathLike[str], side: int = 14_400) -> Path:
    """One page of ``side`` x ``side`` points (14,400 is the largest the PDF spec allows: 5 m)
    with a small picture and no text, so a reader that renders it for OCR at 200 dpi would need
    a 40,000 x 40,000 pixel bitmap (1.6 GB in grey)."""
    pixel = stream(
        b"\x80",
        b"/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 ",
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents 4 0 R "
        b"/Resources << /XObject << /Im1 5 0 R >> >> >>" % (side, side),
        stream(b"q 100 0 0 100 0 0 cm /Im1 Do Q"),
        pixel,
    ]
    return _write(path, raw_pdf(objects))


# --- raw zip ---------------------------------------------------------------------------------


class Member:
    """A zip member: ``data`` stored deflated, or (``zeros`` MB of NUL bytes after ``prefix``,
    built from one repeated compressed block) — with optional lies about its sizes."""

    def __init__(
        self,
        name: str,
        data: bytes = b"",
        *,
        zeros_mb: int = 0,
        declare_size: int | None = None,
    ) -> None:
        self.name = name
        self.data = data
        self.zeros_mb = zeros_mb
        self.declare_size = declare_size

    def compressed(self) -> tuple[bytes, int, int]:
        """(deflated bytes, crc32, uncompressed size)."""
        c = zlib.compressobj(9, zlib.DEFLATED, -15)
        out = [c.compress(self.data), c.flush(zlib.Z_FULL_FLUSH)]
        crc = zlib.crc32(self.data)
        size = len(self.data)
        if self.zeros_mb:
            chunk = bytes(1 << 20)
            block = c.compress(chunk) + c.flush(zlib.Z_FULL_FLUSH)
            # after a full flush the compressor forgets its history: every block is the same
            out.append(block * self.zeros_mb)
            for _ in range(self.zeros_mb):
                crc = zlib.crc32(chunk, crc)
            size += len(chunk) * self.zeros_mb
        out.append(c.flush())
        return b"".join(out), crc, size


def raw_zip(members: Iterable[Member]) -> bytes:
    """A zip archive (deflate, no zip64: every size under 4 GB) of ``members``."""
    out = bytearray()
    central = bytearray()
    count = 0
    for m in members:
        data, crc, size = m.compressed()
        declared = size if m.declare_size is None else m.declare_size
        name = m.name.encode("utf-8")
        offset = len(out)
        dos_time, dos_date = 0x4000, 0x5224  # 2021-01-04 08:00
        out += struct.pack(
            "<IHHHHHIIIHH", 0x04034B50, 20, 0x800, 8, dos_time, dos_date, crc, len(data),
            declared, len(name), 0,
        ) + name + data
        central += struct.pack(
            "<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0x800, 8, dos_time, dos_date, crc,
            len(data), declared, len(name), 0, 0, 0, 0, 0o644 << 16, offset,
        ) + name
        count += 1
    start = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, len(central), start, 0)
    return bytes(out)


def _members_of(data: bytes) -> list[Member]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return [Member(i.filename, zf.read(i.filename)) for i in zf.infolist()]


def _docx_base(paragraphs: Sequence[str] = ("KEPUTUSAN",)) -> bytes:
    return docgen._docx_bytes(list(paragraphs))


def docx_with_members(path: str | os.PathLike[str], replace: dict[str, Member]) -> Path:
    """A real DOCX (from docgen) with some members replaced or added."""
    members = _members_of(_docx_base())
    names = {m.name for m in members}
    members = [replace.get(m.name, m) for m in members]
    members += [m for name, m in replace.items() if name not in names]
    return _write(path, raw_zip(members))


def docx_with_document_xml(path: str | os.PathLike[str], xml: bytes) -> Path:
    """A real DOCX whose ``word/document.xml`` is ``xml``."""
    return docx_with_members(path, {DOCUMENT_XML: Member(DOCUMENT_XML, xml)})


def document_xml(paragraphs: Iterable[str], doctype: str = "") -> bytes:
    """A WordprocessingML body of plain paragraphs; ``doctype`` goes before the root element.
    Paragraph text is escaped, except ``&name;`` entity references written as ``{{&name;}}``."""
    parts = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n{doctype}',
             f'<w:document xmlns:w="{W_NS}"><w:body>']
    for text in paragraphs:
        body = escape(text)
        body = body.replace("{{&amp;", "&").replace(";}}", ";")
        parts.append(f"<w:p><w:r><w:t xml:space=\"preserve\">{body}</w:t></w:r></w:p>")
    parts.append("</w:body></w:document>")
    return "".join(parts).encode("utf-8")


# ten levels of entities, each ten of the one below: &lol10; is 10^10 "lol"s (30 GB) expanded
LAUGHS = "".join(
    ['<!ENTITY lol0 "lol">']
    + [f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 11)]
)


def billion_laughs_docx(path: str | os.PathLike[str], paragraphs: Sequence[str]) -> Path:
    """``LAUGHS`` referenced in a paragraph after ``paragraphs`` of an ordinary document."""
    doctype = "<!DOCTYPE w:document [" + LAUGHS + "]>\n"
    return docx_with_document_xml(
        path, document_xml([*paragraphs, "{{&lol10;}}"], doctype=doctype)
    )


def external_entity_docx(
    path: str | os.PathLike[str], paragraphs: Sequence[str], url: str, marker: str = "XXE"
) -> Path:
    """An external entity ``url`` (e.g. file:///etc/passwd) referenced where ``{{XXE}}`` (or
    ``{{marker}}``) stands in ``paragraphs``."""
    doctype = f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "{url}">]>\n'
    paras = [p.replace("{{" + marker + "}}", "{{&xxe;}}") for p in paragraphs]
    return docx_with_document_xml(path, document_xml(paras, doctype=doctype))


def many_paragraphs_docx(path: str | os.PathLike[str], head: Sequence[str], count: int = 50_000) -> Path:
    """``head`` paragraphs followed by ``count`` numbered paragraphs of body text."""
    body = (f"{i}. Pegawai melaksanakan tugas pelayanan sesuai standar yang ditetapkan."
            for i in range(1, count + 1))
    return docx_with_document_xml(path, document_xml([*head, *body]))


def zip_bomb_docx(path: str | os.PathLike[str], inflated_mb: int) -> Path:
    """A DOCX whose ``word/document.xml`` honestly declares ``inflated_mb`` MB (NUL bytes that
    deflate about 1000 to 1)."""
    return docx_with_members(path, {DOCUMENT_XML: Member(DOCUMENT_XML, zeros_mb=inflated_mb)})


def lying_zip_bomb_docx(path: str | os.PathLike[str], inflated_mb: int = 256) -> Path:
    """A DOCX whose ``word/document.xml`` inflates to ``inflated_mb`` MB but declares 4 KB."""
    return docx_with_members(
        path, {DOCUMENT_XML: Member(DOCUMENT_XML, zeros_mb=inflated_mb, declare_size=4096)}
    )


def many_parts_docx(path: str | os.PathLike[str], parts: int = 10_001) -> Path:
    """A DOCX with ``parts`` extra tiny members."""
    extra = {f"customXml/item{i}.xml": Member(f"customXml/item{i}.xml", b"<a/>") for i in range(parts)}
    return docx_with_members(path, extra)


# --- images ----------------------------------------------------------------------------------


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_bomb(
    path: str | os.PathLike[str], width: int = 100_000, height: int = 100_000, rows: int | None = None
) -> Path:
    """A greyscale PNG whose header declares ``width`` x ``height`` pixels. Its data holds the
    first ``rows`` rows (default: all of them; white, deflated from one repeated block, about
    1 KB per MB of pixels), so a reader that decodes it needs ``width * height`` bytes."""
    rows = height if rows is None else min(rows, height)
    row = b"\x00" + b"\xff" * width  # filter byte "none", then white pixels
    per_block = max(1, (1 << 20) // len(row))
    block_raw = row * per_block
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = c.compress(block_raw) + c.flush(zlib.Z_FULL_FLUSH)  # every block alike after a full flush
    full, rest = divmod(rows, per_block)
    adler = 1
    for _ in range(full):
        adler = zlib.adler32(block_raw, adler)
    adler = zlib.adler32(row * rest, adler)
    deflated = block * full + c.compress(row * rest) + c.flush()
    idat = b"\x78\xda" + deflated + struct.pack(">I", adler)
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    data = b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr) + _png_chunk(b"IDAT", idat)
    return _write(path, data + _png_chunk(b"IEND", b""))


# --- entities in any Office part ---------------------------------------------------------------

def with_entities(
    path: str | os.PathLike[str], office: bytes, member: str, word: str, entities: str, ref: str
) -> Path:
    """A copy of the Office file ``office`` whose part ``member`` declares ``entities`` in a
    DOCTYPE and has ``word`` (text of that part) replaced by the entity reference ``ref``."""
    members = _members_of(office)
    for m in members:
        if m.name == member:
            xml = m.data.decode("utf-8")
            if word not in xml:
                raise ValueError(f"{word!r} is not in {member}")
            decl_end = xml.index("?>") + 2 if xml.startswith("<?xml") else 0
            root = xml[decl_end:].lstrip().split(None, 1)[0].lstrip("<")
            xml = xml[:decl_end] + f"\n<!DOCTYPE {root} [{entities}]>" + xml[decl_end:]
            m.data = xml.replace(word, ref, 1).encode("utf-8")
            break
    else:
        raise ValueError(f"no part {member}")
    return _write(path, raw_zip(members))


# --- the hostile folder: every case, what a user must see for it -----------------------------

UNIT = "Kedeputian Bidang Dukungan Kerja Kabinet"
YEAR = 2021
# a valid decree beside the hostile files: it must still be read and judged
DECREE_PATH = "zz/SK Agen Perubahan 2021.pdf"
# words that must never reach a report: the text of a file outside the scanned folder, and
# the first line of /etc/passwd (root's entry) as an external entity would bring it in
OUTSIDE_MARKER = "PENETAPAN DOKUMEN RAHASIA DI LUAR FOLDER"
OUTSIDE_NAME = "SK Rahasia.pdf"
PASSWD_MARKER = "root:x:0:0"
NOT_IN_REPORTS = (OUTSIDE_MARKER, "RAHASIA DI LUAR", PASSWD_MARKER, "/bin/bash", "lollollol")


def decree(title: str, number: str = "7/Adm/III/2021", date: str = "15 Maret 2021") -> str:
    from tests.conftest import decree_text

    return decree_text(title, number, date)


AGEN = "Penetapan Agen Perubahan di Lingkungan Kedeputian Bidang Dukungan Kerja Kabinet Tahun 2021"
TIM = "Tim Kerja Pembangunan Zona Integritas Tahun 2021"
HEAD_LINES = ["KEPUTUSAN DEPUTI BIDANG DUKUNGAN KERJA KABINET", "NOMOR 7/Adm/III/2021",
              "TENTANG", "TIM KERJA PEMBANGUNAN ZONA INTEGRITAS TAHUN 2021"]


def build_outside(outside: Path) -> Path:
    """The folder beside PATH with a decree whose title must never reach a report."""
    docgen.text_pdf(outside / OUTSIDE_NAME, [decree(OUTSIDE_MARKER)])
    return outside


def build_decree(root: Path) -> Path:
    return docgen.text_pdf(root / DECREE_PATH, [decree(AGEN)])


def _xlsx_bytes() -> bytes:
    tmp = io.BytesIO()
    import openpyxl

    book = openpyxl.Workbook()
    book.remove(book.active)
    sheet = book.create_sheet("Rekap Agen Perubahan")
    for row in (["No", "Nama", "Jabatan"], [1, "Ratna Kusumawardani", "Ketua"],
                [2, "Budi Santoso", "Anggota"]):
        sheet.append(row)
    book.save(tmp)
    return docgen._fixed_zip(tmp.getvalue(), docgen._DOCX_EPOCH)


def _pptx_bytes() -> bytes:
    from pptx import Presentation

    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[1])
    slide.shapes.title.text = "Sosialisasi Zona Integritas"
    slide.placeholders[1].text = "Pembangunan Zona Integritas Tahun 2021"
    slide.notes_slide.notes_text_frame.text = "Disampaikan oleh Tim Kerja ZI"
    buf = io.BytesIO()
    deck.save(buf)
    return docgen._fixed_zip(buf.getvalue(), docgen._DOCX_EPOCH)


def _xxe(url: str) -> str:
    return f'<!ENTITY xxe SYSTEM "{url}">'


def _bad_name(root: Path) -> None:
    name = os.fsencode(root) + b"/Notulen Rapat \xff\xfe.txt"
    fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        os.write(fd, "NOTULEN RAPAT TIM KERJA ZONA INTEGRITAS\nJakarta, 4 Januari 2021\n".encode())
    finally:
        os.close(fd)


def _link_loop(root: Path) -> None:
    """loop-a.pdf -> loop-b.pdf -> loop-a.pdf (made once for both cases)."""
    if not (root / "loop-a.pdf").is_symlink():
        os.symlink("loop-b.pdf", root / "loop-a.pdf")
        os.symlink("loop-a.pdf", root / "loop-b.pdf")


def _deep(root: Path, levels: int = 80) -> None:
    folder = root.joinpath("arsip-dalam", *["d"] * levels)
    folder.mkdir(parents=True)
    (folder / "SK Terdalam.txt").write_text("KEPUTUSAN DEPUTI TENTANG ARSIP TERDALAM\n")


class Case:
    """One hostile entry: how to build it inside PATH, and what the report must say about it.

    ``status``: the document statuses acceptable (exact where the outcome is determined);
    empty for entries that are not documents. ``reason``: words the document's reason must
    contain (a document that is not ``ok`` always has a reason; an ``ok`` one never does).
    ``warning``: words of the folder warning it must cause (at ``warning_path``, default its
    own path). ``kind``: the document kind the analyser must find when it is ``ok``.
    ``ocr``: the expectation holds with Tesseract; without it the status is
    ``empty`` (reason: how to install it)."""

    def __init__(self, path: str, build: Callable[[Path, Path], object], status: tuple[str, ...] = (),
                 reason: str | None = None, *, warning: str | None = None,
                 warning_path: str | None = None, text_source: str | None = None,
                 pages: int | None = None, kind: str | None = None, ocr: bool = False) -> None:
        self.path = path
        self.build = build
        self.status = status
        self.reason = reason
        self.warning = warning
        self.warning_path = warning_path or path
        self.text_source = text_source
        self.pages = pages
        self.kind = kind
        self.ocr = ocr

    @property
    def is_document(self) -> bool:
        return bool(self.status)

    def __repr__(self) -> str:
        return f"Case({self.path!r})"


def _at(path: str, make: Callable[[Path], object]) -> Callable[[Path, Path], object]:
    return lambda root, outside: make(root / path)


def cases() -> list[Case]:
    """Every hostile entry of the folder (``build(root, outside)`` makes it under root)."""
    pdf_text = [decree(TIM)]
    out: list[Case] = [
        # --- PDF
        Case("truncated.pdf", _at("truncated.pdf", lambda p: docgen.truncated_pdf(p, pdf_text, 0.5)),
             ("corrupt",), "not a readable PDF"),
        Case("bit-flipped.pdf", lambda root, o: docgen.bitflip(
            docgen.text_pdf(o / "src" / "bitflip-source.pdf", pdf_text), root / "bit-flipped.pdf", n=200),
             ("corrupt", "ok")),
        Case("encrypted.pdf", _at("encrypted.pdf", lambda p: docgen.encrypted_pdf(p, pdf_text)),
             ("encrypted",), "the PDF is protected by a password"),
        Case("owner-password-only.pdf", _at("owner-password-only.pdf", lambda p: docgen.owner_only_pdf(p, pdf_text)),
             ("ok",), text_source="text", kind="decree"),
        Case("random-bytes.pdf", _at("random-bytes.pdf", docgen.random_bytes), ("corrupt",), "not a readable PDF"),
        Case("empty.pdf", _at("empty.pdf", docgen.empty_file), ("empty",), "the file is empty (0 bytes)"),
        Case("pages-kid-of-itself.pdf", _at("pages-kid-of-itself.pdf", lambda p: pages_loop_pdf(p, HEAD_LINES)),
             ("ok",), text_source="text"),
        Case("pages-cycle.pdf", _at("pages-cycle.pdf", lambda p: pages_cycle_pdf(p, HEAD_LINES)),
             ("corrupt",), "page tree is broken"),
        Case("form-draws-itself.pdf", _at("form-draws-itself.pdf", lambda p: form_loop_pdf(p, HEAD_LINES)),
             ("ok",), text_source="text"),
        Case("form-draws-itself-no-text.pdf", _at("form-draws-itself-no-text.pdf", lambda p: form_loop_pdf(p, [])),
             ("empty",)),
        Case("claims-100000-pages.pdf", _at("claims-100000-pages.pdf", lambda p: count_lies_pdf(p, HEAD_LINES)),
             ("ok",), pages=100_000),
        Case("100000-pages.pdf", _at("100000-pages.pdf", lambda p: many_pages_pdf(p, ["Lampiran halaman"])),
             ("ok",), pages=100_000),
        Case("100000-blank-pages.pdf", _at("100000-blank-pages.pdf", lambda p: many_pages_pdf(p, [])),
             ("empty",), "no text found", pages=100_000),
        Case("page-5-by-5-metres.pdf", _at("page-5-by-5-metres.pdf", huge_page_pdf), ("empty",)),
        # --- DOCX
        Case("not-a-zip.docx", _at("not-a-zip.docx", docgen.not_a_zip_docx),
             ("corrupt",), "not a DOCX file (it is not a zip archive)"),
        Case("zip-bomb-1gb.docx", _at("zip-bomb-1gb.docx", lambda p: zip_bomb_docx(p, 1024)),
             ("too_large",), "it would inflate to 1024 MB"),
        Case("zip-bomb-ratio.docx", _at("zip-bomb-ratio.docx", lambda p: zip_bomb_docx(p, 100)),
             ("too_large",), "a zip bomb"),
        Case("zip-bomb-lying.docx", _at("zip-bomb-lying.docx", lying_zip_bomb_docx),
             ("too_large",), "inflates to more than the 4096 bytes it declares"),
        Case("zip-10001-parts.docx", _at("zip-10001-parts.docx", many_parts_docx), ("too_large",), "parts"),
        Case("billion-laughs.docx", _at("billion-laughs.docx", lambda p: billion_laughs_docx(p, HEAD_LINES)),
             ("corrupt",), "entity"),
        Case("xxe-etc-passwd.docx", _at("xxe-etc-passwd.docx", lambda p: external_entity_docx(
            p, [*HEAD_LINES[:3], "{{XXE}}"], "file:///etc/passwd")), ("ok",), text_source="text"),
        Case("xxe-outside-file.docx", lambda root, outside: external_entity_docx(
            root / "xxe-outside-file.docx", [*HEAD_LINES[:3], "{{XXE}}"], (outside / "rahasia.txt").as_uri()),
             ("ok",), text_source="text"),
        Case("50000-paragraphs.docx", _at("50000-paragraphs.docx", lambda p: many_paragraphs_docx(p, HEAD_LINES)),
             ("ok",), text_source="text"),
        # --- text
        Case("one-line-of-1.5-million-characters.txt", _at(
            "one-line-of-1.5-million-characters.txt", lambda p: _write(p, b"ZONA INTEGRITAS " * 100_000)),
             ("ok",), text_source="text"),
        Case("Notulen Rapat \ufffd\ufffd.txt", lambda root, o: _bad_name(root), ("ok",),
             warning="not valid UTF-8"),
        # --- images
        Case("png-bomb-10-gigapixels.png", _at("png-bomb-10-gigapixels.png", lambda p: png_bomb(p, rows=8)),
             ("too_large",), "not decoded"),
        Case("png-225-megapixels.png", _at("png-225-megapixels.png", lambda p: png_bomb(p, 15_000, 15_000)),
             ("too_large",), "not decoded"),
        # --- spreadsheets and slides
        Case("Rekap Agen Perubahan.xlsx", _at("Rekap Agen Perubahan.xlsx", lambda p: _write(p, _xlsx_bytes())),
             ("ok",), text_source="text"),
        Case("random-bytes.xlsx", _at("random-bytes.xlsx", docgen.random_bytes), ("corrupt",), "not a valid zip"),
        Case("truncated.xlsx", _at("truncated.xlsx", lambda p: _write(p, _xlsx_bytes()[:2000])),
             ("corrupt",), "not a valid zip"),
        Case("billion-laughs.xlsx", _at("billion-laughs.xlsx", lambda p: with_entities(
            p, _xlsx_bytes(), "xl/worksheets/sheet1.xml", "Ratna Kusumawardani", LAUGHS, "&lol10;")),
             ("corrupt",), "amplification"),
        Case("xxe.xlsx", lambda root, outside: with_entities(
            root / "xxe.xlsx", _xlsx_bytes(), "xl/worksheets/sheet1.xml", "Ratna Kusumawardani",
            _xxe((outside / "rahasia.txt").as_uri()), "&xxe;"), ("corrupt",), "entity"),
        Case("Sosialisasi ZI.pptx", _at("Sosialisasi ZI.pptx", lambda p: _write(p, _pptx_bytes())),
             ("ok",), text_source="text"),
        Case("truncated.pptx", _at("truncated.pptx", lambda p: _write(p, _pptx_bytes()[:5000])),
             ("corrupt",), "not a valid zip"),
        Case("billion-laughs.pptx", _at("billion-laughs.pptx", lambda p: with_entities(
            p, _pptx_bytes(), "ppt/slides/slide1.xml", "Pembangunan", LAUGHS, "&lol10;")),
             ("corrupt",), "amplification"),
        Case("xxe.pptx", lambda root, outside: with_entities(
            root / "xxe.pptx", _pptx_bytes(), "ppt/slides/slide1.xml", "Pembangunan",
            _xxe((outside / "rahasia.txt").as_uri()), "&xxe;"), ("ok",), text_source="text"),
        # --- formats that are not read
        Case("SK Lama.doc", _at("SK Lama.doc", docgen.not_a_zip_docx), ("unsupported",),
             "legacy Word .doc is not read: save it as .docx or PDF"),
        Case("Arsip Bukti.zip", _at("Arsip Bukti.zip", lambda p: _write(p, raw_zip([Member("a.pdf", b"%PDF")]))),
             ("unsupported",), "archives are not opened: extract their files into the folder"),
        # --- scans (OCR)
        Case("SK Tim Kerja (scan).pdf", _at("SK Tim Kerja (scan).pdf", lambda p: docgen.scanned_pdf(p, pdf_text)),
             ("ok",), text_source="ocr", kind="decree", ocr=True),
        # --- the folder itself: warnings, not documents
        Case("loop-a.pdf", lambda root, o: _link_loop(root), warning="link is broken or loops; not followed"),
        Case("loop-b.pdf", lambda root, o: _link_loop(root), warning="link is broken or loops; not followed"),
        Case("SK Rahasia.pdf", lambda root, outside: os.symlink(outside / OUTSIDE_NAME, root / "SK Rahasia.pdf"),
             warning="link leaves the scanned folder; not followed"),
        Case("arsip-luar", lambda root, outside: os.symlink(outside, root / "arsip-luar"),
             warning="link leaves the scanned folder; not followed"),
        Case("folder-itself", lambda root, o: os.symlink(".", root / "folder-itself")),
        Case("arsip-dalam", lambda root, o: _deep(root), warning="nested more than",
             warning_path="arsip-dalam/" + "/".join(["d"] * 64)),
    ]
    return out


def build_folder(root: Path, outside: Path, chosen: Sequence[Case] | None = None) -> list[Case]:
    """PATH with the chosen cases (default all) and the valid decree; ``outside`` beside it."""
    build_outside(outside)
    (outside / "rahasia.txt").write_text(OUTSIDE_MARKER + "\n", encoding="utf-8")
    root.mkdir(parents=True, exist_ok=True)
    chosen = list(cases() if chosen is None else chosen)
    for case in chosen:
        case.build(root, outside)
    build_decree(root)
    return chosen


# --- measuring a scan --------------------------------------------------------------------------


def zi_check_command(*args: object) -> list[str]:
    """``zi-check ARGS`` run by this interpreter (the checkout's package, not an installed one)."""
    return [sys.executable, "-c", "from checker.cli import main; main()", *(str(a) for a in args)]


def _tree_pss_kb(pid: int) -> list[tuple[int, str, int]]:
    """(pid, command name, proportional set size in KB) of ``pid`` and every process below it.
    PSS splits shared pages between the processes that share them, so the sum is what the tree
    occupies in RAM right now (forked workers share much of the parent's memory)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(b")") + 2:].split()[1])
        children.setdefault(ppid, []).append(int(entry))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        todo.extend(children.get(p, ()))
        try:
            with open(f"/proc/{p}/comm", "rb") as fh:
                comm = fh.read().decode("utf-8", "replace").strip()
            with open(f"/proc/{p}/smaps_rollup", "rb") as fh:
                for line in fh:
                    if line.startswith(b"Pss:"):
                        out.append((p, comm, int(line.split()[1])))
                        break
        except OSError:
            continue
    return out


class Measured:
    def __init__(self, returncode: int, wall: float, maxrss: int, tree_peak: int, peaks: dict[str, int],
                 stdout: str, stderr: str) -> None:
        self.returncode = returncode
        self.wall = wall  # seconds
        self.maxrss = maxrss  # bytes: the largest peak RSS of any one process of the scan
        self.tree_peak = tree_peak  # bytes: the largest sum of PSS over the process tree seen
        self.peaks = peaks  # bytes: the largest PSS seen per role ("parent", "worker", "tesseract", ...)
        self.stdout = stdout
        self.stderr = stderr


def run_measured(command: Sequence[str], *, timeout: float = 600, cwd: str | os.PathLike[str] | None = None,
                 poll: float = 0.02) -> Measured:
    """Run ``command``; return its exit code, wall time and memory.

    ``maxrss`` comes from ``wait4()``: the kernel's peak resident set of the child or of any
    process below it that was waited for (the scan's workers, Tesseract), i.e. the largest
    single process (the same figure as ``getrusage(RUSAGE_CHILDREN).ru_maxrss`` in a fresh
    parent). ``tree_peak`` polls /proc every ``poll`` seconds and sums PSS over the tree: the
    whole scan at once, sampled (a spike shorter than ``poll`` can be missed)."""
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.monotonic()
        proc = subprocess.Popen(list(command), stdout=out, stderr=err, cwd=cwd, env=env)
        peak = 0
        peaks: dict[str, int] = {}
        done = threading.Event()

        def sample() -> None:
            nonlocal peak
            while not done.is_set():
                tree = _tree_pss_kb(proc.pid)
                peak = max(peak, sum(kb for _, _, kb in tree))
                for p, comm, kb in tree:
                    role = "parent" if p == proc.pid else "worker" if comm.startswith("python") else comm
                    peaks[role] = max(peaks.get(role, 0), kb * 1024)
                done.wait(poll)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        deadline = start + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                proc.kill()
            time.sleep(0.01)
        wall = time.monotonic() - start
        done.set()
        sampler.join()
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Measured(proc.returncode, wall, usage.ru_maxrss * 1024, peak * 1024, peaks,
                        out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"))
