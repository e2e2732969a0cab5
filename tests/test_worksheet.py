"""The unit's own worksheet: both layouts read, every claim checked against the evidence, the
score both ways, the evaluators' hand-offs; the worksheet never changed, a bad one exit 2."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from checker import rulepack, worksheet
from checker.model import RulePack
from checker.worksheet import WorksheetError
from tests.conftest import PROFILE_TOML, decree_text, invoke, read_report
from tests.docgen import make_corpus, tree_snapshot
from tests.worksheets import Answer, as_csv, lke_form, portalrb

TIM = "1. Manajemen Perubahan/1.1 Tim Kerja"
SK_2021 = f"{TIM}/SK Tim Kerja ZI 2021.pdf"
SK_2020 = f"{TIM}/SK Tim Kerja ZI 2020.pdf"

# what a unit typically writes: true claims, better answers than the evidence gives, an answer
# that is no option, no link, links to files that are not there, Drive links, one file for all
ANSWERS = {
    "MP.1.a": Answer("Ya", f"D:\\ZI 2021\\{SK_2021.replace('/', chr(92))}\n{SK_2020}"),
    "MP.1.b": Answer("A", SK_2021),
    "MP.2.a": Answer("ya", SK_2021),
    "MP.2.b": Answer("Ada"),
    "MP.2.c": Answer("A"),
    "MP.3.a": Answer("a. Jika semua", "1. Manajemen Perubahan/Monev/Laporan Monev TW I.pdf"),
    "MP.3.b": Answer("A", link="https://drive.google.com/drive/folders/1AbC"),
    "MP.3.c": Answer("B", "C:\\Users\\tim zi\\Desktop\\tindak lanjut.pdf"),
    "MP.4.b": Answer("A", SK_2020),
}


@pytest.fixture(scope="module")
def pack() -> RulePack:
    return rulepack.load(None)


@pytest.fixture(scope="module")
def tree(pack: RulePack) -> Path:
    assert pack.catalog is not None
    return Path(pack.catalog)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("ws") / "bukti"
    return make_corpus(root, {
        "zi-check.toml": PROFILE_TOML,
        SK_2021: decree_text("Tim Kerja Pembangunan Zona Integritas Tahun 2021", number="KEP-3/DKK/2021",
                             date="4 Januari 2021"),
        SK_2020: decree_text("Tim Kerja Pembangunan Zona Integritas Tahun 2020", number="KEP-2/DKK/2020",
                             date="6 Januari 2020"),
    })


@pytest.fixture(scope="module")
def scanned(folder: Path, tree: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    base = tmp_path_factory.mktemp("ws-run")
    sheet = lke_form(base / "LKE ZI DKK 2021.xlsx", tree, ANSWERS)
    before = (sheet.read_bytes(), os.stat(sheet).st_mtime_ns)
    folder_before = tree_snapshot(folder)
    out = base / "out"
    result = invoke(folder, "--worksheet", sheet, "-o", out, "-f", "json", "-f", "md", "-f", "tpi", "-f", "portalrb",
                    "-j", "1", "-q", "--no-cache")
    assert result.exit_code == 1, result.output
    return {"report": read_report(out), "out": out, "sheet": sheet, "before": before,
            "unchanged": (sheet.read_bytes(), os.stat(sheet).st_mtime_ns) == before
            and tree_snapshot(folder) == folder_before}


def claims_of(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {r["id"]: r["claim"] for r in report["requirements"]}


def codes(claim: dict[str, Any]) -> list[str]:
    return [f["code"] for f in claim["findings"]]


# --- reading both layouts ---------------------------------------------------------------------

def _read_all(path: Path, pack: RulePack) -> tuple[str, dict[str, tuple[str, tuple[str, ...]]]]:
    sheet = worksheet.read(path, pack.rules)
    return sheet.layout, {r.rule_id: (r.answer, r.references) for r in sheet.rows if r.answer}


EXPECTED_ROWS = {
    "MP.1.a": ("Ya", (f"D:\\ZI 2021\\{SK_2021.replace('/', chr(92))}", SK_2020)),
    "MP.3.b": ("A", ("https://drive.google.com/drive/folders/1AbC",)),
    "MP.2.b": ("Ada", ()),
}


@pytest.mark.parametrize("layout", ["lke_form", "lke_form_csv", "lke_form_no_headers", "portalrb",
                                    "portalrb_csv_semicolon_cp1252", "portalrb_no_headers"])
def test_both_layouts_are_read_by_header_or_known_position(layout: str, tree: Path, pack: RulePack,
                                                           tmp_path: Path) -> None:
    build = {
        "lke_form": lambda: lke_form(tmp_path / "lke.xlsx", tree, ANSWERS),
        "lke_form_csv": lambda: as_csv(lke_form(tmp_path / "lke.xlsx", tree, ANSWERS), "LKE ZI", tmp_path / "lke.csv"),
        "lke_form_no_headers": lambda: lke_form(tmp_path / "lke.xlsx", tree, ANSWERS, headers=False, hidden_sheets=False),
        "portalrb": lambda: portalrb(tmp_path / "jawaban.xlsx", tree, ANSWERS),
        "portalrb_csv_semicolon_cp1252": lambda: portalrb(tmp_path / "jawaban.csv", tree, ANSWERS, delimiter=";",
                                                          encoding="cp1252"),
        "portalrb_no_headers": lambda: portalrb(tmp_path / "jawaban.xlsx", tree, ANSWERS, headers=False),
    }[layout]
    found_layout, rows = _read_all(build(), pack)
    assert found_layout == layout.split("_csv")[0].replace("_no_headers", "")
    expected = dict(EXPECTED_ROWS)
    if layout == "lke_form_csv":  # a CSV export keeps the cell's "link", not the address behind it
        expected["MP.3.b"] = ("A", ())
    assert {k: rows[k] for k in EXPECTED_ROWS} == expected
    assert set(rows) == set(ANSWERS)
    assert len(worksheet.read(build(), pack.rules).rows) == len(pack.rules)  # every question found


def test_the_lke_form_s_hidden_sheets_are_passed_over_and_rows_are_the_sheet_s(tree: Path, pack: RulePack,
                                                                             tmp_path: Path) -> None:
    sheet = worksheet.read(lke_form(tmp_path / "lke.xlsx", tree, ANSWERS), pack.rules)
    book = openpyxl.load_workbook(tmp_path / "lke.xlsx")
    row = sheet.row_of("MP.1.b")
    assert sheet.sheet == "LKE ZI" and row is not None
    assert book["LKE ZI"].cell(row.row, 11).value == "A" and book["LKE ZI"].cell(row.row, 7).value.startswith("Penentuan")


@pytest.mark.parametrize(("name", "content", "message"), [
    ("missing.xlsx", None, "file not found"),
    ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "not an .xlsx or .csv file (save it as .xlsx)"),
    ("broken.xlsx", b"PK\x03\x04 not really a zip", "not a readable .xlsx file"),
    ("other.csv", b"Nama;Alamat\nBudi;Jakarta\n", "layout not recognised"),
    ("notes.txt", b"Jawaban: Ya", "not an .xlsx or .csv file"),
])
def test_a_worksheet_that_cannot_be_used_is_exit_2_naming_file_and_reason(
        folder: Path, tmp_path: Path, name: str, content: bytes | None, message: str) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    result = invoke(folder, "--worksheet", path, "-o", tmp_path / "out", "-q")
    assert result.exit_code == 2
    assert f"worksheet {path}: " in result.stderr and message in result.stderr
    assert not (tmp_path / "out").exists()
    with pytest.raises(WorksheetError):
        worksheet.read(path, rulepack.load(None).rules)


def test_the_profile_names_the_worksheet_relative_to_itself(folder: Path, tree: Path, tmp_path: Path) -> None:
    lke_form(tmp_path / "lembar" / "LKE.xlsx", tree, ANSWERS)
    profile = tmp_path / "zi-check.toml"
    profile.write_text(PROFILE_TOML + 'worksheet = "lembar/LKE.xlsx"\n', encoding="utf-8")
    result = invoke(folder, "-c", profile, "-o", tmp_path / "out", "-q", "-j", "1")
    report = read_report(tmp_path / "out")
    assert result.exit_code == 1
    assert report["worksheet"] == {"file": "LKE.xlsx", "layout": "lke_form", "sheet": "LKE ZI", "questions": 127}
    assert claims_of(report)["MP.1.b"]["answer"] == "A"


# --- every finding --------------------------------------------------------------------------

def test_a_true_claim_has_no_finding_and_its_reference_resolves_from_another_drive(scanned: dict[str, Any]) -> None:
    claim = claims_of(scanned["report"])["MP.1.a"]
    assert claim["answer"] == "Ya" and claim["row"] == 12
    assert claim["resolved"] == [SK_2021, SK_2020]
    # the second reference is last year's decree: not evidence, and the reason says the year
    assert codes(claim) == ["reference_not_evidence"]
    assert "2020" in claim["findings"][0]["detail"] and "2021" in claim["findings"][0]["detail"]


def test_each_finding_code(scanned: dict[str, Any]) -> None:
    claims = claims_of(scanned["report"])
    assert codes(claims["MP.1.b"]) == ["claim_exceeds_evidence", "reference_not_evidence", "reference_reused"]
    assert "MP.1.a" in claims["MP.1.b"]["findings"][1]["detail"]  # where the file belongs
    assert codes(claims["MP.2.b"]) == ["invalid_answer"]
    assert "«Ada»" in claims["MP.2.b"]["findings"][0]["detail"]
    assert codes(claims["MP.2.c"]) == ["claim_exceeds_evidence", "no_reference"]
    assert codes(claims["MP.3.a"]) == ["claim_exceeds_evidence", "reference_not_found"]
    assert claims["MP.3.a"]["answer"] == "A"  # "a. Jika semua ..." is answer A
    assert codes(claims["MP.3.b"]) == ["claim_exceeds_evidence", "reference_unverifiable"]
    assert codes(claims["MP.3.c"]) == ["claim_exceeds_evidence", "reference_unverifiable"]
    assert codes(claims["MP.4.a"]) == ["no_answer"] and claims["MP.4.a"]["row"] is not None
    assert "reference_not_evidence" in codes(claims["MP.4.b"])
    # one file, the only reference of questions that need other documents: said where it is no evidence
    assert "reference_reused" in codes(claims["MP.2.a"]) and "reference_reused" not in codes(claims["MP.1.a"])


def test_an_unverifiable_reference_is_for_review_not_a_gap(scanned: dict[str, Any]) -> None:
    detail = claims_of(scanned["report"])["MP.3.b"]["findings"][1]["detail"]
    assert "perlu diperiksa manual" in detail


def test_the_summary_counts_the_findings(scanned: dict[str, Any]) -> None:
    counts = scanned["report"]["summary"]["claims"]
    assert counts["reference_unverifiable"] == 2 and counts["invalid_answer"] == 1
    assert counts["no_answer"] == 127 - len(ANSWERS)


def test_the_self_assessed_score_is_the_lke_s_formula_on_the_claimed_answers(scanned: dict[str, Any]) -> None:
    score = scanned["report"]["score"]
    # by hand, MP: i 0.5 x (1 + 1)/2; ii 1 x (1 + 0 + 1)/3 ("Ada" is no answer); iii 1 x (1 + 1 + 0.67)/3;
    # iv 1.5 x (0 + 1 + 0 + 0)/4; the Reform questions unanswered
    assert score["self_assessed"]["areas"]["MP"] == pytest.approx(0.5 + 2 / 3 + 2.67 / 3 + 0.375, abs=1e-3)
    assert score["self_assessed"]["areas"]["TT"] == 0
    assert score["supported"]["areas"]["MP"] == pytest.approx(0.5 * 1 / 2, abs=1e-3)  # the team decree alone
    assert score["self_assessed"]["total"] == pytest.approx(sum(score["self_assessed"]["areas"].values()), abs=1e-3)


def test_the_worksheet_and_the_folder_are_never_changed(scanned: dict[str, Any]) -> None:
    assert scanned["unchanged"]


def test_the_markdown_report_sets_claimed_beside_supported(scanned: dict[str, Any]) -> None:
    md = (scanned["out"] / "report.md").read_text(encoding="utf-8")
    assert "## Klaim lembar kerja unit" in md
    assert "| MP.1.b | 13 | A | C | jawaban A melebihi yang didukung bukti (jawaban C);" in md
    assert "| Didukung bukti | Penilaian mandiri |" in md


# --- hand-offs ------------------------------------------------------------------------------

def test_the_tpi_worksheet_is_the_unit_s_with_the_evaluators_columns(scanned: dict[str, Any]) -> None:
    book = openpyxl.load_workbook(scanned["out"] / "tpi-worksheet.xlsx")
    original = openpyxl.load_workbook(scanned["sheet"])
    assert book.sheetnames == original.sheetnames
    sheet, before = book["LKE ZI"], original["LKE ZI"]
    added = before.max_column + 1
    assert [sheet.cell(2, added + k).value for k in range(4)] == [
        "Jawaban didukung bukti", "Temuan zi-check", "Bukti ditemukan", "Usulan catatan evaluator"]
    row = worksheet.read(scanned["sheet"], rulepack.load(None).rules).row_of("MP.1.b")
    assert row is not None
    assert [sheet.cell(row.row, c).value for c in range(1, added)] == [before.cell(row.row, c).value for c in range(1, added)]
    assert sheet.cell(row.row, added).value == "C"
    assert sheet.cell(row.row, added + 3).value.startswith("Bukti dukung mendukung jawaban C, bukan A.")
    one = worksheet.read(scanned["sheet"], rulepack.load(None).rules).row_of("MP.1.a")
    assert one is not None and sheet.cell(one.row, added + 2).value.startswith(SK_2021)


def test_portalrb_json_gives_unit_and_proposed_evaluator_answers(scanned: dict[str, Any]) -> None:
    data = json.loads((scanned["out"] / "portalrb.json").read_text(encoding="utf-8"))
    by_soal = {a["soal_id"]: a for a in data["jawaban"]}
    assert len(by_soal) == 127 and data["schema"] == "zi-check.portalrb/1"
    second = by_soal[2]
    assert (second["id"], second["jawaban_unit"], second["bukti_dukung_unit"], second["jawaban_tpi"]) == (
        "MP.1.b", "A", SK_2021, "C")
    assert second["catatan_tpi"].startswith("Bukti dukung mendukung jawaban C, bukan A.")
    assert by_soal[1]["jawaban_tpi"] == "Ya" and set(by_soal[1]) >= {"catatan_unit", "catatan_tpi"}


def test_the_hand_offs_without_a_worksheet_still_propose_the_evaluators_answers(folder: Path, tmp_path: Path) -> None:
    result = invoke(folder, "-o", tmp_path, "-f", "tpi", "-f", "portalrb", "-q", "-j", "1")
    assert result.exit_code == 1
    data = json.loads((tmp_path / "portalrb.json").read_text(encoding="utf-8"))
    assert data["jawaban"][0]["jawaban_unit"] is None and data["jawaban"][0]["jawaban_tpi"] == "Ya"
    sheet = openpyxl.load_workbook(tmp_path / "tpi-worksheet.xlsx").active
    assert [c.value for c in sheet[1]][:5] == ["No. soal", "Posisi LKE", "ID", "Pertanyaan LKE", "Jawaban didukung bukti"]


def test_a_linked_folder_without_the_question_s_evidence_says_so(folder: Path, tree: Path, tmp_path: Path) -> None:
    sheet = lke_form(tmp_path / "LKE.xlsx", tree, {"MP.2.a": Answer("Ya", "1. Manajemen Perubahan"),
                                                   "MP.1.a": Answer("Ya", "1. Manajemen Perubahan")})
    invoke(folder, "--worksheet", sheet, "-o", tmp_path / "out", "-q", "-j", "1")
    claims = claims_of(read_report(tmp_path / "out"))
    assert claims["MP.1.a"]["findings"] == [] and claims["MP.1.a"]["resolved"] == ["1. Manajemen Perubahan/"]
    assert claims["MP.2.a"]["findings"][1] == {
        "code": "reference_not_evidence",
        "detail": "tidak ada dokumen di folder «1. Manajemen Perubahan/» yang menjadi bukti pertanyaan ini"}
