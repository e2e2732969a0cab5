"""The document builders make real files that the libraries the checker uses can read."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx as python_docx
import pdfplumber
import pypdfium2 as pdfium
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.exceptions import PackageNotFoundError
from PIL import Image

from tests import docgen
from tests.docgen import (
    Dir,
    Docx,
    Encrypted,
    OwnerOnly,
    Pdf,
    Scan,
    Symlink,
    Truncated,
)

DECREE_LINES = [
    "# SEKRETARIAT KABINET REPUBLIK INDONESIA",
    "# KEDEPUTIAN BIDANG DUKUNGAN KERJA KABINET",
    "---",
    "# KEPUTUSAN DEPUTI SEKRETARIS KABINET BIDANG DUKUNGAN KERJA KABINET",
    "# NOMOR KEP-3/DKK/01/2021",
    "# TENTANG",
    "# TIM KERJA PEMBANGUNAN ZONA INTEGRITAS",
    (
        "Menimbang\t:\ta. bahwa dalam rangka pembangunan Zona Integritas menuju Wilayah Birokrasi "
        "Bersih dan Melayani perlu membentuk tim kerja yang bertugas menyusun rencana kerja;"
    ),
    (
        "\t\tb. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu "
        "menetapkan Keputusan tentang Tim Kerja Pembangunan Zona Integritas;"
    ),
    "",
    "> Ditetapkan di Jakarta",
    "> pada tanggal 15 Maret 2021",
]
DECREE = "\n".join(DECREE_LINES)

MEMBERS = [
    ["No", "Nama", "Jabatan dalam Tim"],
    ["1", "Ratna Kusumawardani", "Penanggung Jawab"],
    ["2", "Yudhi Pratama Putra", "Ketua"],
    ["3", "Wulan Sari Dewi", "Sekretaris"],
]


def words(text: str) -> list[str]:
    return text.split()


def pdf_texts(path: Path, password: str | None = None) -> list[str]:
    pdf = pdfium.PdfDocument(path, password=password)
    try:
        return [page.get_textpage().get_text_range() for page in pdf]
    finally:
        pdf.close()


def flat(text: str) -> str:
    return " ".join(text.split())


# --- text PDF --------------------------------------------------------------------------------


def test_text_pdf_one_page_per_string_with_every_word(tmp_path: Path) -> None:
    pages = [DECREE, "LAMPIRAN\nDaftar anggota tim kerja pembangunan Zona Integritas."]
    path = docgen.text_pdf(tmp_path / "sub" / "sk.pdf", pages, title="SK Tim")
    texts = pdf_texts(path)
    assert len(texts) == 2
    for page, text in zip(pages, texts, strict=True):
        assert words(text) == words(page.replace("# ", "").replace("> ", "").replace("---", ""))


def test_text_pdf_title_lines_are_centred_and_bold(tmp_path: Path) -> None:
    path = docgen.text_pdf(tmp_path / "sk.pdf", [DECREE])
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        title = next(
            w for w in page.extract_words(extra_attrs=["fontname"]) if w["text"] == "TENTANG"
        )
        body = next(
            w for w in page.extract_words(extra_attrs=["fontname"]) if w["text"] == "Menimbang"
        )
        assert title["fontname"] == "Times-Bold"
        centre = (
            docgen.MARGIN_LEFT + docgen.TEXT_W / 2
        )  # of the text area, as a word processor does
        assert (title["x0"] + title["x1"]) / 2 == pytest.approx(centre, abs=0.5)
        assert body["fontname"] == "Times-Roman"
        assert body["x0"] == pytest.approx(docgen.MARGIN_LEFT, abs=0.5)
        assert pdf.metadata["Title"] == pdf.metadata["Author"] == ""  # none given


def test_text_pdf_sets_title_and_is_deterministic(tmp_path: Path) -> None:
    a = docgen.text_pdf(tmp_path / "a.pdf", [DECREE], title="SK Tim Kerja ZI")
    b = docgen.text_pdf(tmp_path / "b.pdf", [DECREE], title="SK Tim Kerja ZI")
    assert a.read_bytes() == b.read_bytes()
    assert pdfium.PdfDocument(a).get_metadata_dict()["Title"] == "SK Tim Kerja ZI"


def test_text_pdf_outside_winansi_embeds_a_font(tmp_path: Path) -> None:
    path = docgen.text_pdf(tmp_path / "u.pdf", ["Target capaian ≥ 95 persen → tercapai"])
    assert flat(pdf_texts(path)[0]) == "Target capaian ≥ 95 persen → tercapai"


def test_text_pdf_page_numbers_from_page_two(tmp_path: Path) -> None:
    path = docgen.text_pdf(tmp_path / "n.pdf", ["satu", "dua"], page_numbers=True)
    first, second = pdf_texts(path)
    assert flat(first) == "satu"
    assert flat(second) == "- 2 - dua"


def test_text_pdf_refuses_a_page_that_does_not_fit(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="page 2 does not fit"):
        docgen.text_pdf(tmp_path / "long.pdf", ["ok", "\n".join(["baris"] * 80)])
    with pytest.raises(TypeError):
        docgen.text_pdf(tmp_path / "str.pdf", "one string")  # type: ignore[arg-type]


def test_table_pdf_is_found_by_pdfplumber(tmp_path: Path) -> None:
    page = "LAMPIRAN KEPUTUSAN\n{{table}}\n> DEPUTI SEKRETARIS KABINET,"
    path = docgen.table_pdf(tmp_path / "t.pdf", ["sampul", page], {1: MEMBERS})
    with pdfplumber.open(path) as pdf:
        assert pdf.pages[0].extract_tables() == []
        assert pdf.pages[1].extract_tables() == [MEMBERS]
        after = next(w for w in pdf.pages[1].extract_words() if w["text"] == "DEPUTI")
        assert after["top"] > max(e["bottom"] for e in pdf.pages[1].edges)
    assert "Ratna Kusumawardani" in pdf_texts(path)[1]


def test_table_without_marker_follows_the_text(tmp_path: Path) -> None:
    path = docgen.text_pdf(tmp_path / "t.pdf", ["Daftar anggota:"], tables={0: MEMBERS})
    with pdfplumber.open(path) as pdf:
        (table,) = pdf.pages[0].find_tables()
        title = pdf.pages[0].extract_words()[0]
        assert title["text"] == "Daftar" and title["bottom"] < table.bbox[1]
        assert table.extract() == MEMBERS
    with pytest.raises(ValueError, match="index 3"):
        docgen.text_pdf(tmp_path / "bad.pdf", ["x"], tables={3: MEMBERS})


# --- DOCX ------------------------------------------------------------------------------------


def test_docx_round_trip(tmp_path: Path) -> None:
    paragraphs = [
        "# RENCANA KERJA PEMBANGUNAN ZONA INTEGRITAS",
        "Menimbang\t:\ta. bahwa",
        "\f",
        "{{table}}",
        "Catatan setelah tabel",
        "> Jakarta, 4 Januari 2021",
    ]
    path = docgen.docx(
        tmp_path / "d" / "rk.docx",
        paragraphs,
        tables=[MEMBERS, [["A", "B"]]],
        header="Kedeputian Bidang Dukungan Kerja Kabinet",
        footer="Halaman",
        page_breaks=True,
        title="Rencana Kerja",
    )
    d = python_docx.Document(str(path))
    texts = [p.text for p in d.paragraphs]
    assert texts[:2] == ["RENCANA KERJA PEMBANGUNAN ZONA INTEGRITAS", "Menimbang\t:\ta. bahwa"]
    assert "Catatan setelah tabel" in texts and "Jakarta, 4 Januari 2021" in texts
    title = d.paragraphs[0]
    assert title.alignment == WD_ALIGN_PARAGRAPH.CENTER and title.runs[0].bold
    assert [[c.text for c in row.cells] for row in d.tables[0].rows] == MEMBERS
    assert [[c.text for c in row.cells] for row in d.tables[1].rows] == [["A", "B"]]
    assert d.sections[0].header.paragraphs[0].text == "Kedeputian Bidang Dukungan Kerja Kabinet"
    assert d.sections[0].footer.paragraphs[0].text == "Halaman"
    assert d.core_properties.title == "Rencana Kerja"
    xml = zipfile.ZipFile(path).read("word/document.xml").decode()
    assert xml.count('w:type="page"') == 1
    # the first table sits where {{table}} was: before "Catatan setelah tabel"
    assert xml.index("Ratna Kusumawardani") < xml.index("Catatan setelah tabel")


def test_docx_form_feed_without_page_breaks_is_an_empty_paragraph(tmp_path: Path) -> None:
    path = docgen.docx(tmp_path / "d.docx", ["satu", "\f", "dua"])
    assert [p.text for p in python_docx.Document(str(path)).paragraphs] == ["satu", "", "dua"]
    assert 'w:type="page"' not in zipfile.ZipFile(path).read("word/document.xml").decode()


def test_docx_is_deterministic(tmp_path: Path) -> None:
    a = docgen.docx(tmp_path / "a.docx", ["# JUDUL", "isi"], tables=[MEMBERS], header="h")
    b = docgen.docx(tmp_path / "b.docx", ["# JUDUL", "isi"], tables=[MEMBERS], header="h")
    assert a.read_bytes() == b.read_bytes()


# --- scans -----------------------------------------------------------------------------------


def test_scanned_pdf_has_only_an_image(tmp_path: Path) -> None:
    path = docgen.scanned_pdf(tmp_path / "scan.pdf", [DECREE, "halaman dua"], dpi=100)
    pdf = pdfium.PdfDocument(path)
    assert len(pdf) == 2
    for page in pdf:
        assert page.get_textpage().get_text_range().strip() == ""
        objects = list(page.get_objects())
        assert [o.type for o in objects] == [pdfium.raw.FPDF_PAGEOBJ_IMAGE]
        assert objects[0].get_bounds() == pytest.approx(
            (0, 0, page.get_width(), page.get_height()), abs=0.5
        )
        assert round(page.get_width()) == 595 and round(page.get_height()) == 842
    assert (
        path.read_bytes()
        == docgen.scanned_pdf(tmp_path / "again.pdf", [DECREE, "halaman dua"], dpi=100).read_bytes()
    )


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")
def test_scanned_pdf_reads_back_with_tesseract(tmp_path: Path) -> None:
    path = docgen.scanned_pdf(tmp_path / "scan.pdf", [DECREE], noise=True)
    png = tmp_path / "page.png"
    pdfium.PdfDocument(path)[0].render(scale=200 / 72, grayscale=True).to_pil().save(png)
    out = subprocess.run(
        ["tesseract", str(png), "-", "-l", "ind"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    for key in ["Menimbang", "Zona Integritas", "Jakarta", "15 Maret 2021", "TENTANG"]:
        assert key in flat(out), key


@pytest.mark.parametrize("suffix", [".png", ".jpg", ".tif"])
def test_scanned_image_by_suffix(tmp_path: Path, suffix: str) -> None:
    path = docgen.scanned_image(tmp_path / f"foto{suffix}", DECREE, dpi=100)
    with Image.open(path) as im:
        assert im.format == {".png": "PNG", ".jpg": "JPEG", ".tif": "TIFF"}[suffix]
        assert im.mode == "L" and im.size == (827, 1169)
        assert im.getextrema() == (0, 255)


def test_scanned_image_rejects_an_unknown_suffix(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="suffix"):
        docgen.scanned_image(tmp_path / "foto.bmp", "x")


# --- encryption ------------------------------------------------------------------------------


def test_encrypted_pdf_needs_the_password(tmp_path: Path) -> None:
    path = docgen.encrypted_pdf(tmp_path / "rahasia.pdf", ["Dokumen terbatas"])
    with pytest.raises(pdfium.PdfiumError):
        pdfium.PdfDocument(path)
    with pytest.raises(pdfium.PdfiumError):
        pdfium.PdfDocument(path, password="salah")
    assert flat(pdf_texts(path, password="rahasia")[0]) == "Dokumen terbatas"
    assert flat(pdf_texts(path, password="pemilik")[0]) == "Dokumen terbatas"


def test_owner_only_pdf_opens_without_password(tmp_path: Path) -> None:
    path = docgen.owner_only_pdf(tmp_path / "terkunci.pdf", ["Maklumat Pelayanan"])
    assert b"/Encrypt" in path.read_bytes()
    assert flat(pdf_texts(path)[0]) == "Maklumat Pelayanan"
    with pdfplumber.open(path) as pdf:
        assert flat(pdf.pages[0].extract_text()) == "Maklumat Pelayanan"


# --- hostile and broken ----------------------------------------------------------------------


def test_truncated_pdf_does_not_open(tmp_path: Path) -> None:
    path = docgen.truncated_pdf(tmp_path / "t.pdf", [DECREE, "dua", "tiga"], keep=0.5)
    assert path.read_bytes().startswith(b"%PDF-")
    with pytest.raises(pdfium.PdfiumError):
        pdfium.PdfDocument(path)
    with pytest.raises(ValueError):
        docgen.truncated_pdf(tmp_path / "x.pdf", ["x"], keep=1.0)


def test_bitflip_flips_exactly_n_bits(tmp_path: Path) -> None:
    src = docgen.text_pdf(tmp_path / "a.pdf", [DECREE])
    dst = docgen.bitflip(src, tmp_path / "out" / "b.pdf", n=50, seed=3)
    a, b = src.read_bytes(), dst.read_bytes()
    assert len(a) == len(b)
    assert sum((x ^ y).bit_count() for x, y in zip(a, b, strict=True)) == 50
    assert docgen.bitflip(src, tmp_path / "c.pdf", n=50, seed=3).read_bytes() == b


def test_random_bytes_empty_and_not_a_zip(tmp_path: Path) -> None:
    garbage = docgen.random_bytes(tmp_path / "g.pdf", size=1000, seed=1)
    assert len(garbage.read_bytes()) == 1000
    assert (
        garbage.read_bytes()
        == docgen.random_bytes(tmp_path / "h.pdf", size=1000, seed=1).read_bytes()
    )
    with pytest.raises(pdfium.PdfiumError):
        pdfium.PdfDocument(garbage)
    empty = docgen.empty_file(tmp_path / "e" / "kosong.pdf")
    assert empty.stat().st_size == 0
    fake = docgen.not_a_zip_docx(tmp_path / "lama.docx")
    assert not zipfile.is_zipfile(fake)
    with pytest.raises(PackageNotFoundError):
        python_docx.Document(str(fake))


# --- make_corpus and tree_snapshot -----------------------------------------------------------


def test_make_corpus_builds_every_kind(tmp_path: Path) -> None:
    outside = tmp_path / "outside.pdf"
    docgen.text_pdf(outside, ["di luar"])
    root = docgen.make_corpus(
        tmp_path / "c",
        {
            "1. Manajemen Perubahan/SK Tim.pdf": DECREE,
            "1. Manajemen Perubahan/Laporan.pdf": ["halaman satu", "halaman dua"],
            "1. Manajemen Perubahan/Rencana Kerja.docx": "# RENCANA KERJA\nbaris dua",
            "Renja.docx": ["halaman satu", "halaman dua\nbaris"],
            "catatan.txt": "teks biasa ✓",
            "Lampiran.pdf": Pdf(["{{table}}"], tables={0: MEMBERS}, title="Lampiran"),
            "scan/SK Agen.pdf": Scan(["# AGEN PERUBAHAN"], dpi=72),
            "scan/foto.png": Scan(["FOTO"], dpi=72),
            "scan/berkas.tif": Scan(["satu", "dua"], dpi=72),
            "kunci.pdf": Encrypted(["x"]),
            "terbuka.pdf": OwnerOnly(["terbuka"]),
            "rusak.pdf": Truncated(["x"] * 3, keep=0.4),
            "PK.docx": Docx(["# PERJANJIAN KINERJA", "{{table}}"], tables=[MEMBERS], header="h"),
            "kosong.pdf": b"",
            "tautan.pdf": Symlink("../outside.pdf"),
            "folder kosong": Dir(),
        },
    )
    assert root == tmp_path / "c"
    assert len(pdf_texts(root / "1. Manajemen Perubahan/Laporan.pdf")) == 2
    assert "Zona Integritas" in pdf_texts(root / "1. Manajemen Perubahan/SK Tim.pdf")[0]
    rk = python_docx.Document(str(root / "1. Manajemen Perubahan/Rencana Kerja.docx"))
    assert [p.text for p in rk.paragraphs] == ["RENCANA KERJA", "baris dua"]
    renja = python_docx.Document(str(root / "Renja.docx"))
    assert [p.text for p in renja.paragraphs][-2:] == ["halaman dua", "baris"]
    assert (root / "catatan.txt").read_text(encoding="utf-8") == "teks biasa ✓"
    with pdfplumber.open(root / "Lampiran.pdf") as pdf:
        assert pdf.pages[0].extract_tables() == [MEMBERS]
    assert pdf_texts(root / "scan/SK Agen.pdf") == [""]
    with Image.open(root / "scan/berkas.tif") as im:
        assert im.n_frames == 2
    with pytest.raises(pdfium.PdfiumError):
        pdfium.PdfDocument(root / "kunci.pdf")
    assert flat(pdf_texts(root / "terbuka.pdf")[0]) == "terbuka"
    with pytest.raises(pdfium.PdfiumError):
        pdfium.PdfDocument(root / "rusak.pdf")
    assert (
        python_docx.Document(str(root / "PK.docx")).tables[0].rows[1].cells[1].text
        == "Ratna Kusumawardani"
    )
    assert (root / "kosong.pdf").stat().st_size == 0
    assert (root / "tautan.pdf").is_symlink() and os.readlink(
        root / "tautan.pdf"
    ) == "../outside.pdf"
    assert (root / "folder kosong").is_dir() and not any((root / "folder kosong").iterdir())


@pytest.mark.parametrize(
    "spec, error",
    [
        ({"../luar.pdf": "x"}, ValueError),
        ({"/abs.pdf": "x"}, ValueError),
        ({"a.txt": ["satu", "dua"]}, ValueError),
        ({"a.pdf": 3}, TypeError),
    ],
)
def test_make_corpus_rejects_bad_specs(
    tmp_path: Path, spec: dict[str, object], error: type
) -> None:
    with pytest.raises(error):
        docgen.make_corpus(tmp_path, spec)


def test_tree_snapshot_sees_every_change_and_follows_no_link(tmp_path: Path) -> None:
    (tmp_path / "outside.txt").write_text("luar")
    root = docgen.make_corpus(
        tmp_path / "c",
        {
            "a/b.txt": "isi",
            "a/kosong": Dir(),
            "link": Symlink("../outside.txt"),
            "dirlink": Symlink("a"),
        },
    )
    snap = docgen.tree_snapshot(root)
    assert set(snap) == {".", "a", "a/b.txt", "a/kosong", "link", "dirlink"}
    assert snap["link"][0] == "../outside.txt" and snap["dirlink"][0] == "a"
    assert snap["a/b.txt"][0] == hashlib.sha256(b"isi").hexdigest()
    assert snap["a"][0] is None
    assert docgen.tree_snapshot(root) == snap
    (tmp_path / "outside.txt").write_text(
        "berubah"
    )  # a link's target outside: not part of the tree
    assert docgen.tree_snapshot(root) == snap
    (root / "a/b.txt").write_text("isi lain")
    changed = docgen.tree_snapshot(root)
    assert changed["a/b.txt"] != snap["a/b.txt"]
    os.utime(root / "a/kosong", ns=(0, 0))
    assert docgen.tree_snapshot(root)["a/kosong"][2] == 0


def test_scan_of_a_long_page_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="does not fit"):
        docgen.scanned_pdf(tmp_path / "s.pdf", ["\n".join(["baris"] * 80)], dpi=50)


def test_list_items_wrap_with_a_hanging_indent(tmp_path: Path) -> None:
    item = "1. " + " ".join(["Undang-Undang Nomor 39 Tahun 2008 tentang Kementerian Negara"] * 3)
    path = docgen.text_pdf(tmp_path / "l.pdf", [item])
    with pdfplumber.open(path) as pdf:
        lines = pdf.pages[0].extract_text_lines()
        assert len(lines) >= 2
        marker_end = next(w for w in pdf.pages[0].extract_words() if w["text"] == "Undang-Undang")[
            "x0"
        ]
        assert lines[1]["x0"] == pytest.approx(marker_end, abs=0.5)
        assert re.match(r"1\. Undang-Undang", lines[0]["text"])


def test_paginate_flows_lines_onto_pages_that_fit(tmp_path: Path) -> None:
    lines = [
        f"{i}. baris ke-{i} dari laporan monitoring dan evaluasi pembangunan Zona Integritas"
        for i in range(1, 121)
    ]
    pages = docgen.paginate([*lines[:10], "\f", *lines[10:]])
    assert len(pages) >= 3
    assert pages[0].split("\n") == lines[:10]  # "\f" broke the page
    assert [ln for p in pages for ln in p.split("\n")] == lines
    texts = pdf_texts(docgen.text_pdf(tmp_path / "p.pdf", pages))
    assert words(" ".join(texts)) == words(" ".join(lines))
    scan_pages = docgen.paginate(lines, scan=True)  # DejaVu is wider than Times: more pages
    assert len(scan_pages) >= len(docgen.paginate(lines))
    docgen.scanned_pdf(tmp_path / "s.pdf", scan_pages, dpi=50)
