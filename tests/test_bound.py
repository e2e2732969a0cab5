"""Several documents bound in one file (a decree, then the memo that called the meeting and the
meeting's minutes), read as each of them: real PDFs, the bundled rule pack."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import PROFILE_TOML, UNIT, decree_text, invoke, read_report, statuses
from tests.docgen import Pdf, make_corpus

MEMO_AND_MINUTES = "\n".join([
    "# SEKRETARIAT KABINET REPUBLIK INDONESIA",
    f"# {UNIT.upper()}",
    "---",
    "# NOTA DINAS",
    "# NOMOR ND-12/DKK/02/2021",
    "Yth.\t:\tSeluruh Pejabat dan Pegawai",
    "Dari\t:\tDeputi Bidang Dukungan Kerja Kabinet",
    "Hal\t:\tRapat Penentuan Anggota Tim Pembangunan Zona Integritas",
    "Tanggal\t:\t8 Februari 2021",
    "",
    "Dengan hormat, kami mengundang Saudara hadir pada rapat penentuan anggota tim.",
    "",
    "NOTULEN",
    "Hari\t:\tKamis",
    "Tanggal\t:\t11 Februari 2021",
    "Tempat\t:\tRuang Rapat Lantai 2",
    "Agenda\t:\tPenentuan Anggota Tim Pembangunan Zona Integritas",
    "",
    "Rapat dipimpin oleh Deputi. Anggota tim dipilih menurut kriteria kompetensi dan integritas.",
])


def _scan(tmp_path: Path, pages: list[str], *args: object) -> dict:
    root = make_corpus(tmp_path / "corpus", {"zi-check.toml": PROFILE_TOML, "1 MP/SK Tim ZI dan lampirannya.pdf": Pdf(pages)})
    out = tmp_path / "out"
    invoke(root, "-o", out, "-j", "1", *args)
    return read_report(out)


def test_a_bundle_is_read_as_each_document_it_binds(tmp_path: Path) -> None:
    decree = decree_text("Pembentukan Tim Pembangunan Zona Integritas Tahun 2021", date="1 Februari 2021")
    report = _scan(tmp_path, [decree, MEMO_AND_MINUTES])
    got = statuses(report)
    assert got["MP.1.a"] == "met"  # the decree, the file's first document
    assert got["MP.1.b"] == "met"  # the minutes of the meeting that chose the members, bound behind it
    doc = report["documents"][0]
    assert [(p["page"], p["kind"]) for p in doc["parts"]] == [(2, "memo"), (2, "minutes")]
    assert "Penentuan Anggota Tim" in doc["parts"][1]["title"]
    evidence = next(r for r in report["requirements"] if r["id"] == "MP.1.b")["evidence"]
    assert {(e["path"], e["page"]) for e in evidence} == {("1 MP/SK Tim ZI dan lampirannya.pdf", 2)}
    assert any(e["quote"].startswith("NOTULEN") for e in evidence)


def test_an_annex_repeating_its_decrees_heading_is_no_document_of_its_own(tmp_path: Path) -> None:
    decree = decree_text("Pembentukan Tim Pembangunan Zona Integritas Tahun 2021", date="1 Februari 2021")
    annex = "\n".join([
        "LAMPIRAN KEPUTUSAN DEPUTI BIDANG DUKUNGAN KERJA KABINET",
        "NOMOR 7/Adm/III/2021",
        "# SUSUNAN TIM PEMBANGUNAN ZONA INTEGRITAS",
        "Ketua\t:\tDeputi Bidang Dukungan Kerja Kabinet",
        "Sekretaris\t:\tKepala Biro Umum",
    ])
    report = _scan(tmp_path, [decree, annex])
    assert report["documents"][0]["parts"] == []


def test_a_chapter_named_like_a_kind_of_document_is_no_document_of_its_own(tmp_path: Path) -> None:
    cover = "\n".join(["# LAPORAN PENYELENGGARAAN SPIP", f"# {UNIT.upper()}", "# TAHUN 2021", "",
                       "> Jakarta, 20 Desember 2021", "> Deputi Bidang Dukungan Kerja Kabinet"])
    chapter = "\n".join(["BAB III", "PENILAIAN RISIKO",
                         "Identifikasi dan analisis risiko dilaksanakan pada Maret sampai dengan Mei 2021."])
    report = _scan(tmp_path, [cover, chapter])
    assert report["documents"][0]["parts"] == []


def test_the_title_blocks_of_a_bound_set_of_plans_start_its_documents(tmp_path: Path) -> None:
    # an infographic bundle: each page's table first, its title block drawn last
    renstra = "\n".join(["Visi", "Terwujudnya birokrasi yang bersih dan melayani",
                         "Indikator Satuan 2020 2021 2022 2023 2024", "Nilai SAKIP nilai 70 72 74 76 78",
                         "RENCANA STRATEGIS", UNIT, "Periode 2020-2024"])
    iku = "\n".join(["No Tujuan Sasaran Strategis Indikator Kinerja", "1 Meningkatnya kualitas dukungan",
                     "Indikator Kinerja Utama", UNIT, "Periode 2020-2024"])
    report = _scan(tmp_path, [renstra, iku])
    doc = report["documents"][0]
    assert (doc["kind"], doc["period"]) == ("renstra", "2020-2024")
    assert [(p["page"], p["kind"], p["period"]) for p in doc["parts"]] == [(2, "iku", "2020-2024")]
    assert statuses(report)["AK.2.c"] == "met"  # the key indicators, bound behind the Renstra
