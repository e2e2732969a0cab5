"""Dates a person should check: a day the calendar does not have, a date of month precision, a
year OCR read implausibly far after the evaluation year. Real PDFs and real OCR, end to end."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl

from tests.conftest import PROFILE_TOML, decree_text, report_cover, scan_corpus, statuses
from tests.docgen import Pdf, Scan


def _document(report: dict[str, Any], name: str) -> dict[str, Any]:
    return next(d for d in report["documents"] if d["path"].endswith(name))


def test_an_impossible_date_is_reported_and_its_year_still_counts(tmp_path: Path) -> None:
    _, report = scan_corpus(tmp_path, {
        "zi-check.toml": PROFILE_TOML,
        "SK Agen Perubahan.pdf": Pdf([decree_text("Penetapan Agen Perubahan", date="31 Juni 2021")]),
    })
    doc = _document(report, "SK Agen Perubahan.pdf")
    assert (doc["date"], doc["years"]) == (None, [2021])
    assert [(d["code"], d["quote"]) for d in doc["doubts"]] == [("impossible_date", "31 Juni 2021")]
    assert statuses(report)["TA.1.a"] == "met"


def test_every_report_says_which_date_to_check(tmp_path: Path) -> None:
    _, report = scan_corpus(tmp_path, {
        "zi-check.toml": PROFILE_TOML,
        "SK Agen Perubahan.pdf": Pdf([decree_text("Penetapan Agen Perubahan", date="31 Juni 2021")]),
    }, "-f", "md", "-f", "html", "-f", "xlsx", "--lang", "en")
    out = tmp_path / "out"
    said = "the date «31 Juni 2021» is no day of the calendar (p. 1); check the document"
    assert said in (out / "report.md").read_text(encoding="utf-8")
    assert said in (out / "report.html").read_text(encoding="utf-8").replace("&laquo;", "«").replace("&raquo;", "»")
    sheet = openpyxl.load_workbook(out / "report.xlsx")["Documents"]
    assert any(said in str(cell.value) for row in sheet.iter_rows() for cell in row)


def test_a_month_and_year_is_a_date_of_month_precision(tmp_path: Path) -> None:
    _, report = scan_corpus(tmp_path, {
        "zi-check.toml": PROFILE_TOML,
        "LKj 2020.pdf": Pdf([report_cover(["Laporan Kinerja", "Tahun 2020"], place_date="Jakarta, November 2021")]),
    })
    doc = _document(report, "LKj 2020.pdf")
    assert (doc["date"], doc["date_precision"], doc["date_month"], doc["doubts"]) == (None, "month", "2021-11", [])
    assert statuses(report)["TA.1.c"] == "met"


def test_a_year_read_by_ocr_far_after_the_evaluation_year_yields_to_the_documents_date(tmp_path: Path) -> None:
    # as if OCR had read "2021" in the title as "2028": the enactment's date, 2021, speaks for it
    decree = decree_text("Penetapan Agen Perubahan Tahun 2028", number="7/Adm/III/2021")
    _, report = scan_corpus(tmp_path, {"zi-check.toml": PROFILE_TOML, "SK Agen Perubahan.pdf": Scan([decree])})
    doc = _document(report, "SK Agen Perubahan.pdf")
    assert doc["text_source"] == "ocr"
    assert [d["code"] for d in doc["doubts"]] == ["suspect_year"]
    assert "2028" in doc["doubts"][0]["quote"]
    assert statuses(report)["TA.1.a"] == "met"


def test_a_text_layer_year_after_the_evaluation_year_is_taken_as_written(tmp_path: Path) -> None:
    decree = decree_text("Penetapan Agen Perubahan Tahun 2028", number="7/Adm/III/2021")
    _, report = scan_corpus(tmp_path, {"zi-check.toml": PROFILE_TOML, "SK Agen Perubahan.pdf": Pdf([decree])})
    doc = _document(report, "SK Agen Perubahan.pdf")
    assert doc["doubts"] == []
    assert statuses(report)["TA.1.a"] == "wrong_year"


def test_a_suspect_year_with_nothing_else_to_go_by_is_a_gap_that_says_check_the_scan(tmp_path: Path) -> None:
    decree = decree_text("Penetapan Agen Perubahan Tahun 2028", number="7/Adm/III", date="........ 2028")
    _, report = scan_corpus(tmp_path, {"zi-check.toml": PROFILE_TOML, "SK Agen Perubahan.pdf": Scan([decree])},
                            "--lang", "en")
    requirement = next(r for r in report["requirements"] if r["id"] == "TA.1.a")
    assert requirement["status"] == "wrong_year"
    assert [p["reason"] for p in requirement["problems"]] == ["suspect_year"]
    assert "check the scan" in requirement["problems"][0]["detail"]


def test_a_scanned_declarations_date_is_read_from_its_signature_block(tmp_path: Path) -> None:
    # a declaration has no enactment: its only date is the signatory's, under a noisy 100 dpi scan
    declaration = "\n".join([
        "# PAKTA INTEGRITAS", "",
        "Saya yang bertanda tangan di bawah ini:",
        "Nama\t:\tRatna Kusumawardani",
        "Jabatan\t:\tKepala Bagian Umum",
        "Unit Kerja\t:\tKedeputian Bidang Dukungan Kerja Kabinet", "",
        "dengan ini menyatakan bahwa saya akan bekerja dengan jujur, transparan dan akuntabel serta tidak "
        "melakukan korupsi, kolusi dan nepotisme dalam melaksanakan tugas.", "",
        "> Jakarta, 4 Januari 2021",
        "> Yang membuat pernyataan,", "",
        "> Ratna Kusumawardani",
        "> NIP 197501012000032001",
    ])
    _, report = scan_corpus(tmp_path, {"zi-check.toml": PROFILE_TOML,
                                       "Pakta Integritas.pdf": Scan([declaration], dpi=100, noise=True)})
    doc = _document(report, "Pakta Integritas.pdf")
    assert (doc["text_source"], doc["date"], doc["years"]) == ("ocr", "2021-01-04", [2021])
