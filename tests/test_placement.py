"""Evidence filed under the wrong question, and what an evaluator would object to (formality):
both read from real files of a scanned folder, and neither changes a verdict."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PROFILE_TOML, UNIT, decree_text, invoke, read_report, statuses
from tests.docgen import make_corpus

TEAM_2021 = "Tim Kerja Pembangunan Zona Integritas Tahun 2021"
UNSIGNED = "\n".join([
    f"# {UNIT.upper()}",
    "# KEPUTUSAN DEPUTI SEKRETARIS KABINET BIDANG DUKUNGAN KERJA KABINET",
    "# TENTANG",
    "# PENETAPAN AGEN PERUBAHAN TAHUN 2021",
    "",
    "MEMUTUSKAN:",
    "KESATU\t:\tMenetapkan agen perubahan sebagaimana tercantum dalam Lampiran.",
])
DRAFT = decree_text("Penetapan Role Model Pimpinan Tahun 2021", number=".../KEP/.../2018", date="[tanggal]")


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    base = tmp_path_factory.mktemp("placed")
    root = make_corpus(base / "bukti", {
        "zi-check.toml": PROFILE_TOML,
        # the team decree in the business-process folder (area.sub-area), and by its LKE position
        "2. Penataan Tatalaksana/2.1 SOP/SK Tim Kerja ZI 2021.pdf": decree_text(TEAM_2021, number="KEP-3/DKK/2021",
                                                                               date="4 Januari 2021"),
        "A.I.5.i.a Gratifikasi/SK Tim ZI salinan.pdf": decree_text(TEAM_2021, number="KEP-3/DKK/2021",
                                                                  date="4 Januari 2021"),
        # and in a whole area's folder
        "3. Penataan Sistem Manajemen SDM/SK Tim ZI arsip.pdf": decree_text(TEAM_2021, number="KEP-3/DKK/2021",
                                                                           date="4 Januari 2021"),
        # last year's decree where it belongs: a near miss there, not misfiled
        "1. Manajemen Perubahan/1.1 Tim Kerja/SK Tim 2020.pdf": decree_text(
            "Tim Kerja Pembangunan Zona Integritas Tahun 2020", number="KEP-2/DKK/2020", date="6 Januari 2020"),
        # formality: no number, date or signature; a Word draft with a template's fields; a Word
        # file whose signed PDF is there too
        "1. Manajemen Perubahan/SK Agen.pdf": UNSIGNED,
        "1. Manajemen Perubahan/SK Role Model draft.docx": DRAFT,
        "1. Manajemen Perubahan/1.1 Tim Kerja/SK Tim 2020.docx": decree_text(
            "Tim Kerja Pembangunan Zona Integritas Tahun 2020", number="KEP-2/DKK/2020", date="6 Januari 2020"),
    })
    out = base / "out"
    assert invoke(root, "-o", out, "-q", "-j", "1", "--no-cache", "-f", "json", "-f", "md").exit_code == 1
    data = read_report(out)
    data["md"] = (out / "report.md").read_text(encoding="utf-8")
    return data


def doc(report: dict[str, Any], path: str) -> dict[str, Any]:
    return next(d for d in report["documents"] if d["path"] == path)


def test_a_document_filed_under_another_question_is_misfiled_and_says_where_it_belongs(report: dict[str, Any]) -> None:
    placed = doc(report, "2. Penataan Tatalaksana/2.1 SOP/SK Tim Kerja ZI 2021.pdf")
    assert placed["filed_under"][:1] == ["TT.1.a"] and all(i.startswith("TT.1.") for i in placed["filed_under"])
    assert placed["misfiled"] == {"filed_under": placed["filed_under"], "proves": ["MP.1.a"]}
    by_lke = doc(report, "A.I.5.i.a Gratifikasi/SK Tim ZI salinan.pdf")
    assert by_lke["misfiled"]["filed_under"] == ["PW.1.a"] and "MP.1.a" in by_lke["misfiled"]["proves"]


def test_misfiled_evidence_still_counts_and_its_folder_s_questions_list_it(report: dict[str, Any]) -> None:
    assert statuses(report)["MP.1.a"] == "met"
    tt = next(r for r in report["requirements"] if r["id"] == "TT.1.a")
    problem = next(p for p in tt["problems"] if p["reason"] == "misfiled")
    assert problem["path"] == "2. Penataan Tatalaksana/2.1 SOP/SK Tim Kerja ZI 2021.pdf"
    assert "MP.1.a" in problem["detail"]
    assert "## Bukti yang salah letak" in report["md"]


def test_a_stray_document_in_an_area_s_folder_is_said_of_the_document_only(report: dict[str, Any]) -> None:
    stray = doc(report, "3. Penataan Sistem Manajemen SDM/SK Tim ZI arsip.pdf")
    assert all(i.startswith("SDM.") for i in stray["filed_under"]) and len(stray["filed_under"]) > 10
    assert stray["misfiled"]["proves"][:1] == ["MP.1.a"]
    assert not any(p["path"] == stray["path"] for r in report["requirements"] for p in r["problems"]
                   if p["reason"] == "misfiled")


def test_a_near_miss_in_its_own_folder_is_not_misfiled(report: dict[str, Any]) -> None:
    own = doc(report, "1. Manajemen Perubahan/1.1 Tim Kerja/SK Tim 2020.pdf")
    assert own["filed_under"] == ["MP.1.a", "MP.1.b"] and "misfiled" not in own


def test_formality_notes_where_an_evaluator_would_object(report: dict[str, Any]) -> None:
    unsigned = doc(report, "1. Manajemen Perubahan/SK Agen.pdf")
    assert [n["code"] for n in unsigned["formality"]] == ["no_number", "no_date", "unsigned"]
    draft = doc(report, "1. Manajemen Perubahan/SK Role Model draft.docx")
    found = [n["code"] for n in draft["formality"]]
    assert found[0] == "draft_format" and "placeholder" in found
    assert any(".../KEP/.../2018" in n["detail"] for n in draft["formality"])
    # a Word file whose signed PDF is in the folder is no draft; a signed, numbered PDF has no note
    assert "formality" not in doc(report, "1. Manajemen Perubahan/1.1 Tim Kerja/SK Tim 2020.docx")
    assert "formality" not in doc(report, "1. Manajemen Perubahan/1.1 Tim Kerja/SK Tim 2020.pdf")
    assert "Saran: tidak bernomor; tidak bertanggal; tidak ditemukan blok tanda tangan" in report["md"]


def test_formality_is_advice_and_changes_no_verdict(tmp_path: Path, report: dict[str, Any]) -> None:
    base = make_corpus(tmp_path / "b", {"zi-check.toml": PROFILE_TOML,
                                        "SK Agen.pdf": UNSIGNED, "SK Role Model draft.docx": DRAFT})
    bare = make_corpus(tmp_path / "c", {"zi-check.toml": PROFILE_TOML})
    for root in (base, bare):
        invoke(root, "-o", tmp_path / f"out-{root.name}", "-q", "-j", "1", "--no-cache")
    with_notes, without = read_report(tmp_path / "out-b"), read_report(tmp_path / "out-c")
    assert any("formality" in d for d in with_notes["documents"])
    changed = {k for k, v in statuses(with_notes).items() if v != statuses(without)[k]}
    # whatever the unsigned decrees prove, they prove it with their notes: none is a gap for them
    assert all(statuses(with_notes)[k] in ("met", "partial") for k in changed)


# --- every numbering scheme, without a scan: where a document sits, and what it proves ----------

@pytest.mark.parametrize(("folder", "filed"), [
    ("1.i.a SK Tim", "MP.1.a"), ("A.I.1.i.a", "MP.1.a"), ("A-I-1-i-a", "MP.1.a"), ("I/1/a", "MP.1.a"),
    ("1. Manajemen Perubahan/1_a", "MP.1.a"), ("1.1 Tim Kerja", "MP.1.a"), ("MP.1.a", "MP.1.a"),
    ("Soal 1", "MP.1.a"), ("AREA I/1.1", "MP.1.a"),
])
def test_a_document_of_another_question_is_misfiled_in_every_scheme(folder: str, filed: str) -> None:
    from checker import rulepack
    from checker.model import Document, Evidence, ReqStatus, RequirementResult
    from checker.placement import place
    from tests.conftest import extraction_of, source_file

    pack = rulepack.load(None)
    path = f"{folder}/Laporan Pengaduan 2021.pdf"
    document = Document(source_file(path), extraction_of(["LAPORAN"]))
    results = tuple(RequirementResult(r, ReqStatus.MET, (Evidence(path, 1, "LAPORAN"),))
                    if r.id == "PW.3.a" else RequirementResult(r, ReqStatus.MISSING) for r in pack.rules)
    filed_under, misfiled, placed = place((document,), results, pack)
    assert filed in filed_under[path]
    assert misfiled[path].proves == ("PW.3.a",)
    problems = {r.rule.id: [p.reason for p in r.problems] for r in placed}
    assert "misfiled" in problems[filed] and problems["PW.3.a"] == []
