"""Extraction: every format to pages of text, or a document status and a reason; never an exception."""

from __future__ import annotations

import io
import os
import shutil
import zipfile
from pathlib import Path

import pytest

from checker.discover import discover
from checker.extract import EXTRACTORS, ExtractSettings, extract
from checker.model import DocStatus, Extraction, FolderWarning, Page, SourceFile, TextSource
from tests import docgen
from tests.conftest import decree_text
from tests.docgen import Docx, Encrypted, OwnerOnly, Scan, Truncated, make_corpus

needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None, reason="Tesseract is not installed"
)


def source_of(path: Path) -> SourceFile:
    warnings: list[FolderWarning] = []
    [source] = [s for s in discover(path.parent, warnings) if s.path == path.name]
    return source


def read(path: Path, **settings: object) -> Extraction:
    return extract(source_of(path), ExtractSettings(**settings))  # type: ignore[arg-type]


def build(tmp_path: Path, name: str, content: object) -> Path:
    make_corpus(tmp_path, {name: content})
    return tmp_path / name


# --- PDF ---------------------------------------------------------------------------------------


def test_text_pdf_gives_one_page_per_page_numbered_from_1(tmp_path: Path) -> None:
    path = build(
        tmp_path,
        "lkj.pdf",
        ["LAPORAN KINERJA TAHUN 2020", "BAB I PENDAHULUAN UMUM", "BAB II CAPAIAN KINERJA"],
    )
    result = read(path)
    assert (result.status, result.error, result.page_count, result.text_source) == (
        DocStatus.OK,
        None,
        3,
        TextSource.TEXT,
    )
    assert result.pages == (
        Page(1, "LAPORAN KINERJA TAHUN 2020"),
        Page(2, "BAB I PENDAHULUAN UMUM"),
        Page(3, "BAB II CAPAIAN KINERJA"),
    )


def test_text_pdf_keeps_line_breaks_and_drops_layout_markers(tmp_path: Path) -> None:
    path = build(
        tmp_path,
        "sk.pdf",
        "# KEPUTUSAN DEPUTI\n# NOMOR 7/Adm/III/2021\n---\nMenimbang\t:\ta. bahwa",
    )
    assert (
        read(path).pages[0].text == "KEPUTUSAN DEPUTI\nNOMOR 7/Adm/III/2021\nMenimbang : a. bahwa"
    )


def test_max_pages_limits_pages_read_but_not_page_count(tmp_path: Path) -> None:
    path = build(tmp_path, "long.pdf", [f"halaman nomor {i} dari laporan ini" for i in range(1, 6)])
    result = read(path, max_pages=2)
    assert ([p.number for p in result.pages], result.page_count) == ([1, 2], 5)


@needs_tesseract
def test_scanned_pdf_is_read_by_ocr(tmp_path: Path) -> None:
    path = build(tmp_path, "scan.pdf", Scan([decree_text("Penetapan Agen Perubahan")]))
    result = read(path)
    assert (result.status, result.text_source, result.page_count) == (
        DocStatus.OK,
        TextSource.OCR,
        1,
    )
    assert [p.source for p in result.pages] == [TextSource.OCR]
    text = result.pages[0].text
    for words in (
        "KEDEPUTIAN BIDANG DUKUNGAN KERJA KABINET",
        "TENTANG",
        "PENETAPAN AGEN PERUBAHAN",
        "Ditetapkan di Jakarta",
        "15 Maret 2021",
    ):
        assert words in text


def test_scanned_pdf_without_ocr_is_empty_and_says_ocr_is_off(tmp_path: Path) -> None:
    path = build(tmp_path, "scan.pdf", Scan(["SURAT KEPUTUSAN"], dpi=100))
    result = read(path, ocr=False)
    assert (result.status, result.error, result.text_source) == (
        DocStatus.EMPTY,
        "no text layer (scanned?) and OCR is off (--no-ocr)",
        None,
    )


def test_image_without_ocr_is_empty_and_says_ocr_is_off(tmp_path: Path) -> None:
    path = build(tmp_path, "foto.png", Scan(["SURAT KEPUTUSAN"], dpi=100))
    result = read(path, ocr=False)
    assert (result.status, result.error) == (
        DocStatus.EMPTY,
        "an image: its text needs OCR, which is off (--no-ocr)",
    )


def test_encrypted_pdf_is_encrypted(tmp_path: Path) -> None:
    path = build(tmp_path, "sk.pdf", Encrypted(["KEPUTUSAN RAHASIA"]))
    assert read(path) == Extraction(DocStatus.ENCRYPTED, error="the PDF is protected by a password")


def test_owner_password_only_pdf_is_read(tmp_path: Path) -> None:
    path = build(tmp_path, "sk.pdf", OwnerOnly(["KEPUTUSAN YANG DAPAT DIBACA"]))
    result = read(path)
    assert (result.status, [p.text for p in result.pages]) == (
        DocStatus.OK,
        ["KEPUTUSAN YANG DAPAT DIBACA"],
    )


def test_garbage_pdf_is_corrupt(tmp_path: Path) -> None:
    path = docgen.random_bytes(tmp_path / "sk.pdf")
    result = read(path)
    assert (result.status, result.pages) == (DocStatus.CORRUPT, ())
    assert result.error is not None and result.error.startswith("not a readable PDF (")


@pytest.mark.parametrize("keep", [0.05, 0.3, 0.5, 0.9, 0.99])
def test_truncated_pdf_is_corrupt_or_read_never_an_exception(tmp_path: Path, keep: float) -> None:
    path = build(
        tmp_path, "sk.pdf", Truncated(["halaman satu " * 30, "halaman dua " * 30], keep=keep)
    )
    result = read(path)
    if result.status is DocStatus.OK:
        assert result.error is None and "halaman" in result.pages[0].text
    else:
        assert result.status is DocStatus.CORRUPT and result.error


def test_pdf_with_no_pages_of_text_is_empty(tmp_path: Path) -> None:
    path = build(tmp_path, "kosong.pdf", ["", ""])
    result = read(path, ocr=False)
    assert (result.status, result.page_count) == (DocStatus.EMPTY, 2)


# --- DOCX --------------------------------------------------------------------------------------


def test_docx_paragraphs_tables_header_and_footer(tmp_path: Path) -> None:
    path = build(
        tmp_path,
        "sk.docx",
        Docx(
            ["KEPUTUSAN DEPUTI", "{{table}}", "Ditetapkan di Jakarta"],
            tables=[[["No", "Nama", "Jabatan"], ["1", "Ratna Kusumawardani", "Ketua"]]],
            header="SEKRETARIAT KABINET",
            footer="Halaman 1 dari 1",
        ),
    )
    result = read(path)
    assert (result.status, result.page_count, result.text_source) == (
        DocStatus.OK,
        1,
        TextSource.TEXT,
    )
    assert result.pages[0].text == (
        "SEKRETARIAT KABINET\nKEPUTUSAN DEPUTI\nNo | Nama | Jabatan\n1 | Ratna Kusumawardani | Ketua\n"
        "Ditetapkan di Jakarta\nHalaman 1 dari 1"
    )


def test_docx_page_breaks_make_pages(tmp_path: Path) -> None:
    path = build(tmp_path, "lap.docx", ["LAPORAN TRIWULAN I", "BAB I PENDAHULUAN", "BAB II HASIL"])
    assert read(path).pages == (
        Page(1, "LAPORAN TRIWULAN I"),
        Page(2, "BAB I PENDAHULUAN"),
        Page(3, "BAB II HASIL"),
    )


def test_docx_footer_goes_to_last_page(tmp_path: Path) -> None:
    path = build(tmp_path, "lap.docx", Docx(["satu", "\f", "dua"], page_breaks=True, footer="KAKI"))
    assert [p.text for p in read(path).pages] == ["satu", "dua\nKAKI"]


def test_docx_that_is_not_a_zip_is_corrupt(tmp_path: Path) -> None:
    path = docgen.not_a_zip_docx(tmp_path / "sk.docx")
    assert read(path) == Extraction(
        DocStatus.CORRUPT, error="not a DOCX file (it is not a zip archive)"
    )


def test_zip_that_is_not_a_docx_is_corrupt(tmp_path: Path) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("foto.jpg", b"not a word document")
    path = build(tmp_path, "sk.docx", buf.getvalue())
    result = read(path)
    assert result.status is DocStatus.CORRUPT and result.error


def test_docx_without_text_is_empty(tmp_path: Path) -> None:
    path = build(tmp_path, "kosong.docx", Docx(["", ""]))
    result = read(path)
    assert (result.status, result.error) == (DocStatus.EMPTY, "the document has no text")


# --- other formats and hostile files -----------------------------------------------------------


def test_plain_text_form_feed_starts_a_page(tmp_path: Path) -> None:
    path = build(tmp_path, "catatan.txt", "halaman satu\fhalaman dua")
    assert read(path).pages == (Page(1, "halaman satu"), Page(2, "halaman dua"))


@pytest.mark.parametrize("suffix", sorted(EXTRACTORS))
def test_empty_file_is_empty_for_every_format(tmp_path: Path, suffix: str) -> None:
    path = docgen.empty_file(tmp_path / f"kosong.{suffix}")
    assert read(path) == Extraction(DocStatus.EMPTY, error="the file is empty (0 bytes)")


def test_legacy_doc_is_unsupported_with_a_hint(tmp_path: Path) -> None:
    path = build(tmp_path, "SK Lama.doc", b"\xd0\xcf\x11\xe0" + bytes(600))
    assert read(path) == Extraction(
        DocStatus.UNSUPPORTED, error="legacy Word .doc is not read: save it as .docx or PDF"
    )


def test_unknown_suffix_is_unsupported_naming_it(tmp_path: Path) -> None:
    path = build(tmp_path, "data.xyz", b"x")
    assert read(path) == Extraction(DocStatus.UNSUPPORTED, error="format '.xyz' is not read")


def test_file_without_suffix_is_unsupported(tmp_path: Path) -> None:
    path = build(tmp_path, "README", b"x")
    assert read(path) == Extraction(DocStatus.UNSUPPORTED, error="file without a type suffix")


def test_file_over_the_size_limit_is_too_large(tmp_path: Path) -> None:
    path = build(tmp_path, "besar.pdf", ["x " * 50])
    result = read(path, max_bytes=100)
    assert (result.status, result.pages) == (DocStatus.TOO_LARGE, ())


AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
UNREADABLE_CONTENT = {
    "sk.pdf": ["KEPUTUSAN DEPUTI TENTANG AGEN"],
    "sk.docx": ["KEPUTUSAN DEPUTI"],
    "sk.txt": "KEPUTUSAN DEPUTI",
}


@pytest.mark.skipif(AS_ROOT, reason="root can read any file")
@pytest.mark.parametrize("name", sorted(UNREADABLE_CONTENT))
def test_unreadable_file_is_reported_not_raised(tmp_path: Path, name: str) -> None:
    path = build(tmp_path, name, UNREADABLE_CONTENT[name])
    path.chmod(0)
    try:
        result = read(path)
    finally:
        path.chmod(0o644)
    assert (result.status, result.pages) == (DocStatus.CORRUPT, ())
    assert result.error


@pytest.mark.skipif(AS_ROOT, reason="root can read any file")
@pytest.mark.parametrize(
    "name",
    sorted(UNREADABLE_CONTENT),
)
def test_unreadable_file_says_permission_denied(tmp_path: Path, name: str) -> None:
    path = build(tmp_path, name, UNREADABLE_CONTENT[name])
    path.chmod(0)
    try:
        result = read(path)
    finally:
        path.chmod(0o644)
    assert "permission denied" in (result.error or "")


def test_vanished_file_is_reported_not_raised(tmp_path: Path) -> None:
    path = build(tmp_path, "sk.txt", "KEPUTUSAN")
    source = source_of(path)
    path.unlink()
    assert extract(source, ExtractSettings()) == Extraction(
        DocStatus.CORRUPT, error="the file vanished during the scan"
    )
