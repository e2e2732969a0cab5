"""Reports: report.json keeps the contract's keys; report.md speaks the report language, escaped."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from checker import report as reports
from checker.extract import ExtractSettings
from checker.model import Profile, Report, RulePack
from checker.report import jsonreport, markdown
from checker.scan import ScanSettings, scan
from tests.conftest import UNIT, decree_text, report_cover
from tests.docgen import Encrypted, Symlink, make_corpus

AGEN = "Penetapan Agen Perubahan Tahun 2021"
HOSTILE = "Tim Kerja <script>alert(1)</script> | **Tebal** [tautan](http://x) Tahun 2021"
SK_PATH = "1 Manajemen Perubahan/SK/SK Agen Perubahan 2021.pdf"

TOP_KEYS = {"schema", "tool", "generated_at", "profile", "summary", "requirements", "documents"}
ADDED_TOP_KEYS = {"lang", "warnings", "score"}
REQUIREMENT_KEYS = {"id", "area", "title", "status", "evidence", "problems", "message"}
DOCUMENT_KEYS = {
    "path",
    "sha256",
    "format",
    "status",
    "text_source",
    "pages",
    "kind",
    "title",
    "number",
    "date",
    "years",
    "units",
    "error",
}
REQ_STATUSES = {"met", "partial", "missing", "wrong_unit", "wrong_year", "unreadable"}
DOC_STATUSES = {"ok", "empty", "encrypted", "corrupt", "unsupported", "too_large", "timeout"}


@pytest.fixture(scope="module")
def scanned(
    tmp_path_factory: pytest.TempPathFactory, mini_pack: RulePack, profile: Profile
) -> Report:
    base = tmp_path_factory.mktemp("report")
    (base / "outside.txt").write_text("x")
    root = make_corpus(
        base / "corpus",
        {
            SK_PATH: decree_text(AGEN),
            "arsip/SK Agen Perubahan 2020.pdf": decree_text(
                "Penetapan Agen Perubahan Tahun 2020",
                number="2/Adm/II/2020",
                date="3 Februari 2020",
            ),
            "2 Penataan/Renstra 2020-2024.pdf": report_cover(
                ["Rencana Strategis", "Tahun 2020-2024"], place_date="Jakarta, Juni 2020"
            ),
            "2 Penataan/SK Tim Kerja.pdf": decree_text(HOSTILE),
            "rahasia/Laporan Kinerja 2020.pdf": Encrypted(["LAPORAN KINERJA TAHUN 2020"]),
            "keluar.txt": Symlink(str(base / "outside.txt")),
        },
    )
    return scan(root, profile, mini_pack, ScanSettings(jobs=1, extract=ExtractSettings(ocr=False)))


@pytest.fixture(scope="module")
def as_json(scanned: Report) -> dict[str, Any]:
    return json.loads(jsonreport.render(scanned, "id"))


def requirement(data: dict[str, Any], rule_id: str) -> dict[str, Any]:
    return next(r for r in data["requirements"] if r["id"] == rule_id)


def document(data: dict[str, Any], path: str) -> dict[str, Any]:
    return next(d for d in data["documents"] if d["path"] == path)


# --- report.json -------------------------------------------------------------------------------


def test_json_top_level_keys_are_the_contracts_plus_documented_additions(
    as_json: dict[str, Any],
) -> None:
    assert set(as_json) == TOP_KEYS | ADDED_TOP_KEYS


def test_json_schema_tool_and_profile(as_json: dict[str, Any]) -> None:
    assert (as_json["schema"], as_json["tool"], as_json["profile"], as_json["lang"]) == (
        "zi-check.report/1",
        {"name": "zi-check", "version": "0.1.0"},
        {
            "unit": UNIT,
            "aliases": ["DKK"],
            "parent": "Sekretariat Kabinet",
            "year": 2021,
            "target": "wbk",
            "rules": "mini",
        },
        "id",
    )


def test_json_generated_at_is_iso_with_time_zone(as_json: dict[str, Any]) -> None:
    when = dt.datetime.fromisoformat(as_json["generated_at"])
    assert when.utcoffset() == dt.timedelta(0) and when.microsecond == 0


def test_json_summary_counts(as_json: dict[str, Any]) -> None:
    assert as_json["summary"] == {
        "requirements": 7,
        "by_status": {"met": 3, "partial": 0, "wrong_year": 0, "wrong_unit": 0, "unreadable": 1, "missing": 3},
        "documents": 5,
        "documents_by_status": {
            "ok": 4,
            "empty": 0,
            "encrypted": 1,
            "corrupt": 0,
            "unsupported": 0,
            "too_large": 0,
            "timeout": 0,
        },
    }


def test_json_by_status_has_every_status(as_json: dict[str, Any]) -> None:
    assert set(as_json["summary"]["by_status"]) == REQ_STATUSES


def test_json_documents_by_status_has_all_seven_statuses(as_json: dict[str, Any]) -> None:
    assert set(as_json["summary"]["documents_by_status"]) == DOC_STATUSES


def test_json_every_requirement_has_the_contract_keys(as_json: dict[str, Any]) -> None:
    for req in as_json["requirements"]:
        assert set(req) >= REQUIREMENT_KEYS, req["id"]
        assert req["status"] in REQ_STATUSES
        assert req["area"] == req["id"].split(".")[0]
        assert isinstance(req["message"], str) and req["message"]
        for problem in req["problems"]:
            assert {"path", "status", "detail"} <= set(problem)


def test_json_every_document_has_the_contract_keys(as_json: dict[str, Any]) -> None:
    for doc in as_json["documents"]:
        assert set(doc) >= DOCUMENT_KEYS, doc["path"]
        assert doc["status"] in DOC_STATUSES


def test_json_requirement_met_with_evidence(as_json: dict[str, Any]) -> None:
    req = requirement(as_json, "TA.1.a")
    assert (req["area"], req["title"], req["status"]) == (
        "TA",
        "Agen perubahan telah ditetapkan",
        "met",
    )
    assert req["evidence"] == [
        {
            "path": SK_PATH,
            "page": 1,
            "quote": "PENETAPAN AGEN PERUBAHAN TAHUN 2021 … 7/Adm/III/2021 … 15 Maret 2021",
        }
    ]
    assert [(p["path"], p["status"]) for p in req["problems"]] == [
        ("arsip/SK Agen Perubahan 2020.pdf", "wrong_year")
    ]
    assert req["message"] == f"Terpenuhi oleh 1 dokumen: {SK_PATH}."


def test_json_unreadable_requirement_names_the_file_and_why(as_json: dict[str, Any]) -> None:
    req = requirement(as_json, "TA.1.c")
    assert (req["status"], req["evidence"]) == ("unreadable", [])
    assert [(p["path"], p["status"], p["detail"]) for p in req["problems"]] == [
        (
            "rahasia/Laporan Kinerja 2020.pdf",
            "unreadable",
            "tidak dapat dibaca (the PDF is protected by a password)",
        )
    ]


def test_json_document_facts(as_json: dict[str, Any]) -> None:
    doc = document(as_json, SK_PATH)
    sha = doc.pop("sha256")
    assert len(sha) == 64
    assert {k: doc[k] for k in DOCUMENT_KEYS - {"sha256"}} == {
        "path": SK_PATH,
        "format": "pdf",
        "status": "ok",
        "text_source": "text",
        "pages": 1,
        "kind": "decree",
        "title": "PENETAPAN AGEN PERUBAHAN TAHUN 2021",
        "number": "7/Adm/III/2021",
        "date": "2021-03-15",
        "years": [2021],
        "error": None,
        "units": doc["units"],
    }
    # the units the document is about come first; its letterhead's parent line is a mention
    assert doc["units"][0] == "KEDEPUTIAN BIDANG DUKUNGAN KERJA KABINET"
    assert "SEKRETARIAT KABINET REPUBLIK INDONESIA" in doc["units"]


def test_json_unreadable_document_carries_an_error(as_json: dict[str, Any]) -> None:
    doc = document(as_json, "rahasia/Laporan Kinerja 2020.pdf")
    assert (
        doc["status"],
        doc["error"],
        doc["text_source"],
        doc["kind"],
        doc["years"],
        doc["units"],
    ) == ("encrypted", "the PDF is protected by a password", None, None, [], [])


def test_json_paths_are_relative_with_slashes(as_json: dict[str, Any]) -> None:
    assert [d["path"] for d in as_json["documents"]] == [
        SK_PATH,
        "2 Penataan/Renstra 2020-2024.pdf",
        "2 Penataan/SK Tim Kerja.pdf",
        "arsip/SK Agen Perubahan 2020.pdf",
        "rahasia/Laporan Kinerja 2020.pdf",
    ]


def test_json_warnings_list_the_link_out(as_json: dict[str, Any]) -> None:
    assert as_json["warnings"] == [
        {"path": "keluar.txt", "reason": "link leaves the scanned folder; not followed"}
    ]


def test_json_english_titles_and_messages(scanned: Report) -> None:
    data = json.loads(jsonreport.render(scanned, "en"))
    req = requirement(data, "TA.1.a")
    assert (data["lang"], req["title"], req["message"]) == (
        "en",
        "Change agents have been appointed",
        f"Met by 1 document(s): {SK_PATH}.",
    )
    assert req["problems"][0]["detail"] == "its title names 2020; the evaluation year is 2021"


def test_json_keeps_document_text_as_written(as_json: dict[str, Any]) -> None:
    assert document(as_json, "2 Penataan/SK Tim Kerja.pdf")["title"] == HOSTILE.upper()


# --- report.md ---------------------------------------------------------------------------------


def test_markdown_is_indonesian_by_default(scanned: Report) -> None:
    text = markdown.render(scanned, "id")
    assert text.startswith("# Laporan Kesenjangan Bukti Zona Integritas\n")
    assert "#### ✅ TA.1.a · Agen perubahan telah ditetapkan: Terpenuhi" in text
    assert "#### 🚫 TA.1.c · Laporan kinerja tahun sebelumnya: Tidak terbaca" in text
    assert "**4 dari 7 persyaratan belum terpenuhi.**" in text


def test_markdown_in_english(scanned: Report) -> None:
    text = markdown.render(scanned, "en")
    assert text.startswith("# Integrity Zone Evidence Gap Report\n")
    assert "#### ✅ TA.1.a · Change agents have been appointed: Met" in text
    assert "#### ❌ TA.2.a · A complaints SOP is in force: Missing" in text
    assert "**4 of 7 requirements are not met.**" in text


def test_markdown_summary_table_counts_by_area(scanned: Report) -> None:
    text = markdown.render(scanned, "en")
    assert "| TA Basic Documents | 4 | 2 | 0 | 0 | 0 | 1 | 1 |" in text
    assert "| TB Combined Conditions | 3 | 1 | 0 | 0 | 0 | 0 | 2 |" in text


def test_markdown_escapes_document_text(scanned: Report) -> None:
    text = markdown.render(scanned, "id")
    assert "<SCRIPT>" not in text and "**TEBAL**" not in text and "[TAUTAN](" not in text
    assert r"\<SCRIPT\>ALERT(1)\</SCRIPT\> \| \*\*TEBAL\*\* \[TAUTAN\](HTTP://X)" in text


def test_markdown_lists_warnings(scanned: Report) -> None:
    assert "- **keluar.txt**: link leaves the scanned folder; not followed" in markdown.render(
        scanned, "en"
    )


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("<script>", r"\<script\>"),
        ("a | b", r"a \| b"),
        ("**tebal**", r"\*\*tebal\*\*"),
        ("SK_2021_final", r"SK\_2021\_final"),
        ("[tautan](http://x)", r"\[tautan\](http://x)"),
        ("baris\nbaru", "baris baru"),
        ("A & B", "A &amp; B"),
        ("`kode`", r"\`kode\`"),
    ],
)
def test_markdown_escape(raw: str, escaped: str) -> None:
    assert markdown.escape(raw) == escaped


# --- writing -----------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", sorted(reports.WRITERS))
def test_every_writer_writes_its_file_and_nothing_else(
    scanned: Report, tmp_path: Path, fmt: str
) -> None:
    path = reports.write(scanned, fmt, tmp_path, "id")
    assert (path, sorted(p.name for p in tmp_path.iterdir())) == (
        tmp_path / reports.FILE_NAMES[fmt],
        [reports.FILE_NAMES[fmt]],
    )
    assert path.read_bytes() == reports.render(scanned, fmt, "id", tmp_path)


def test_every_contract_format_has_a_file_name() -> None:
    assert (
        set(reports.FORMATS)
        == set(reports.FILE_NAMES)
        == {"md", "json", "html", "xlsx", "csv", "junit", "portalrb", "tpi"}
    )
    assert set(reports.WRITERS) <= set(reports.FORMATS)
