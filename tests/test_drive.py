"""A drive of many units: each unit folder judged with its own profile from one reading, the
documents of the folders above counted for the units below them, and drive.json over all."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import decree_text, invoke, read_report, statuses
from tests.docgen import make_corpus

REGENCY = "Pemerintah Kabupaten Contoh"
HEALTH = "Dinas Kesehatan Kabupaten Contoh"
SCHOOLS = "Dinas Pendidikan Kabupaten Contoh"


def profile(unit: str) -> str:
    return f'unit = "{unit}"\nparents = ["{REGENCY}"]\nyear = 2021\n'


def team_decree(unit: str, head: str) -> str:
    return decree_text("Tim Kerja Pembangunan Zona Integritas Tahun 2021", number="800/12/2021",
                       date="4 Januari 2021", unit=unit, issuer=head, parent=REGENCY)


@pytest.fixture(scope="module")
def drive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_corpus(tmp_path_factory.mktemp("drive") / "drive", {
        "Kab Contoh/Dinkes/zi-check.toml": profile(HEALTH),
        "Kab Contoh/Dinkes/1. MP/SK Tim ZI 2021.pdf": team_decree(HEALTH, "Kepala Dinas Kesehatan Kabupaten Contoh"),
        "Kab Contoh/Disdik/zi-check.toml": profile(SCHOOLS),
        # the health office's decree, copied into the schools office's folder
        "Kab Contoh/Disdik/1. MP/SK Tim ZI 2021.pdf": team_decree(HEALTH, "Kepala Dinas Kesehatan Kabupaten Contoh"),
        # the regency's own document, beside its offices' folders: it counts for both
        "Kab Contoh/Perbup/Perbup Pelayanan Publik.pdf": decree_text(
            "Standar Pelayanan Publik di Lingkungan Pemerintah Kabupaten Contoh", unit=REGENCY,
            issuer="Bupati Contoh", parent="Provinsi Contoh"),
    })


@pytest.fixture(scope="module")
def scanned(drive: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    out = tmp_path_factory.mktemp("drive-out")
    done = invoke(drive, "-o", out, "-q", "-j", "1", "--no-cache", "-f", "json", "-f", "html", "-f", "xlsx")
    return {"code": done.exit_code, "stderr": done.stderr, "out": out,
            "drive": json.loads((out / "drive.json").read_text(encoding="utf-8"))}


def test_each_unit_gets_its_report_with_its_profile(scanned: dict[str, Any]) -> None:
    assert scanned["code"] == 1, scanned["stderr"]
    health = read_report(scanned["out"] / "Kab Contoh" / "Dinkes")
    schools = read_report(scanned["out"] / "Kab Contoh" / "Disdik")
    assert (health["profile"]["unit"], schools["profile"]["unit"]) == (HEALTH, SCHOOLS)
    assert statuses(health)["MP.1.a"] == "met"
    assert statuses(schools)["MP.1.a"] == "wrong_unit"  # another office's decree in its folder


def test_a_document_above_the_units_counts_for_each_of_them(scanned: dict[str, Any]) -> None:
    for unit in ("Dinkes", "Disdik"):
        paths = [d["path"] for d in read_report(scanned["out"] / "Kab Contoh" / unit)["documents"]]
        assert "../Perbup/Perbup Pelayanan Publik.pdf" in paths
        assert not any("zi-check.toml" in p for p in paths)
    own = [d["path"] for d in read_report(scanned["out"] / "Kab Contoh" / "Dinkes")["documents"]]
    assert "1. MP/SK Tim ZI 2021.pdf" in own and len(own) == 2  # not the other office's files


def test_drive_json_lists_every_unit_with_its_summary_and_score(scanned: dict[str, Any]) -> None:
    data = scanned["drive"]
    assert data["schema"] == "zi-check.drive/1"
    assert [(u["path"], u["unit"], u["report"]) for u in data["units"]] == [
        ("Kab Contoh/Dinkes", HEALTH, "Kab Contoh/Dinkes/report.json"),
        ("Kab Contoh/Disdik", SCHOOLS, "Kab Contoh/Disdik/report.json")]
    assert all(u["summary"]["requirements"] == 127 and u["score"]["total"]["weight"] == 60 for u in data["units"])


def test_a_unit_s_report_is_the_one_a_scan_of_its_folder_gives(drive: Path, scanned: dict[str, Any],
                                                               tmp_path: Path) -> None:
    alone = tmp_path / "alone"
    invoke(drive / "Kab Contoh" / "Dinkes", "-o", alone, "-q", "-j", "1", "--no-cache")
    by_drive = read_report(scanned["out"] / "Kab Contoh" / "Dinkes")
    by_itself = read_report(alone)
    shared = "../Perbup/Perbup Pelayanan Publik.pdf"
    touched = {r["id"] for r in by_drive["requirements"]
               if any(x["path"] == shared for x in (*r["evidence"], *r["problems"]))}
    # the same verdicts and evidence, but where the regency's document (which the unit's folder
    # alone does not hold) is a candidate: there it is a near miss, never the unit's evidence
    assert touched and all(statuses(by_drive)[i] != "met" for i in touched)
    same = {r["id"]: (r["status"], r["evidence"]) for r in by_itself["requirements"] if r["id"] not in touched}
    assert {r["id"]: (r["status"], r["evidence"]) for r in by_drive["requirements"] if r["id"] not in touched} == same


def test_the_drive_s_html_and_xlsx_set_the_units_side_by_side(scanned: dict[str, Any]) -> None:
    import openpyxl

    page = (scanned["out"] / "drive.html").read_text(encoding="utf-8")
    assert '<a href="Kab Contoh/Dinkes/report.html">Dinas Kesehatan Kabupaten Contoh</a>' in page
    assert "di bawah minimum" in page  # said in words beside the colour
    assert (scanned["out"] / "Kab Contoh" / "Dinkes" / "report.html").is_file()
    sheet = openpyxl.load_workbook(scanned["out"] / "drive.xlsx").active
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert [r[:2] for r in rows[1:]] == [["Kab Contoh/Dinkes", HEALTH], ["Kab Contoh/Disdik", SCHOOLS]]


def test_a_drive_compares_each_unit_with_its_previous_report(drive: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    invoke(drive, "-o", out, "-q", "-j", "1")
    again = invoke(drive, "-o", out, "-q", "-j", "1", "--baseline", "auto", "--fail-on", "new_gap")
    assert again.exit_code == 0  # nothing got worse in any unit
    report = read_report(out / "Kab Contoh" / "Disdik")
    assert report["changes"]["counts"]["new_gap"] == 0 and report["changes"]["counts"]["still_open"] > 0
    refused = invoke(drive, "-o", out, "-q", "--baseline", str(out / "drive.json"))
    assert refused.exit_code == 2 and "unit by unit" in refused.stderr
