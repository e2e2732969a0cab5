"""What changed since a previous report (--baseline, zi-check diff) and the exit policy (--fail-on)."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from checker.report import baseline
from checker.report.baseline import Change
from tests.conftest import MINI_PACK, TESTS, all_met_spec, invoke, read_report, statuses
from tests.docgen import make_corpus

REMOVED = "1 Dasar/SK Agen Perubahan 2021.pdf"  # the evidence of TA.1.a, and of nothing else
ALL = ("TA.1.a", "TA.1.b", "TA.1.c", "TA.2.a", "TB.1.a", "TB.1.b", "TB.1.c")


def error_line(stderr: str) -> str:
    return [line for line in stderr.splitlines() if line.startswith("Error: ")][-1]


def scan(root: Path, out: Path, *args: object) -> Any:
    return invoke(root, "--rules", MINI_PACK, "-o", out, "-j", "1", "--no-ocr", *args)


def report_json(path: Path, reqs: dict[str, str], **extra: Any) -> Path:
    data = {"schema": "zi-check.report/1", "generated_at": "2021-11-01T08:00:00+00:00",
            "tool": {"name": "zi-check", "version": "0.1.0"},
            "profile": {"unit": "Biro Umum", "year": 2021, "rules": "mini"},
            "requirements": [{"id": k, "status": v, "title": f"Judul {k}"} for k, v in reqs.items()], **extra}
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


# --- the comparison ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("previous", "now", "change"),
    [
        (None, "met", Change.UNCHANGED),
        (None, "missing", Change.NEW_GAP),
        ("met", "met", Change.UNCHANGED),
        ("met", "wrong_year", Change.NEW_GAP),
        ("missing", "met", Change.RESOLVED),
        ("wrong_unit", "met", Change.RESOLVED),
        ("wrong_year", "missing", Change.STILL_OPEN),
        ("missing", "missing", Change.STILL_OPEN),
    ],
)
def test_classify(previous: str | None, now: str, change: Change) -> None:
    assert baseline.classify(previous, now) is change


def test_compare_keeps_the_current_order_and_lists_dropped_requirements(tmp_path: Path) -> None:
    old = baseline.load(report_json(tmp_path / "old.json", {"A.1": "met", "A.2": "missing", "Z.9": "met"}))
    changes = baseline.compare(old, [("A.2", "met"), ("A.1", "missing"), ("A.3", "met")])
    assert [(c.id, c.change, c.previous) for c in changes.requirements] == [
        ("A.2", Change.RESOLVED, "missing"), ("A.1", Change.NEW_GAP, "met"), ("A.3", Change.UNCHANGED, None)]
    assert changes.dropped == ("Z.9",)
    assert baseline.to_dict(changes)["counts"] == {"new_gap": 1, "resolved": 1, "still_open": 0, "unchanged": 1}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "file not found"),
        ("{not json", "not valid JSON (Expecting property name enclosed in double quotes: line 1 column 2 (char 1))"),
        ("[]", "not a zi-check report (a JSON object is expected)"),
        ('{"schema": "other/1"}', "not a zi-check report (key 'schema' is 'other/1'; expected zi-check.report/1)"),
        ('{"schema": "zi-check.report/2", "requirements": []}',
         "schema 'zi-check.report/2' is not supported (this zi-check reads zi-check.report/1)"),
        ('{"schema": "zi-check.report/1"}', "key 'requirements' must be a list"),
        ('{"schema": "zi-check.report/1", "requirements": [{"id": "A.1"}]}',
         "requirements[0] needs the string keys 'id' and 'status'"),
    ],
    ids=["missing", "not-json", "not-object", "other-schema", "schema-2", "no-requirements", "no-status"],
)
def test_load_says_what_is_wrong_with_the_file(tmp_path: Path, content: str | None, message: str) -> None:
    path = tmp_path / "old.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(baseline.BaselineError) as caught:
        baseline.load(path)
    assert (str(caught.value), caught.value.exit_code) == (f"baseline {path}: {message}", 2)


# --- a second scan after removing one evidence file ----------------------------------------------


@pytest.fixture
def rescanned(tmp_path: Path) -> tuple[Any, dict[str, Any], Path]:
    """Scan a folder where everything is met, remove one evidence file, scan again with the baseline."""
    root = make_corpus(tmp_path / "bukti", all_met_spec())
    first = scan(root, tmp_path / "kemarin")
    assert (first.exit_code, set(statuses(read_report(tmp_path / "kemarin")).values())) == (0, {"met"})
    (root / REMOVED).unlink()
    out = tmp_path / "hari-ini"
    result = scan(root, out, "--baseline", tmp_path / "kemarin" / "report.json",
                  "-f", "json", "-f", "md", "-f", "html", "-f", "xlsx", "-f", "csv", "-f", "junit")
    return result, read_report(out), out


def test_removing_one_evidence_file_makes_exactly_that_requirement_a_new_gap(
    rescanned: tuple[Any, dict[str, Any], Path],
) -> None:
    result, report, _ = rescanned
    assert result.exit_code == 1, result.stderr
    assert {r["id"]: r["change"] for r in report["requirements"]} == {
        **dict.fromkeys(ALL, "unchanged"), "TA.1.a": "new_gap"}
    ta1a = next(r for r in report["requirements"] if r["id"] == "TA.1.a")
    assert (ta1a["status"], ta1a["previous_status"]) == ("missing", "met")
    assert report["changes"]["counts"] == {"new_gap": 1, "resolved": 0, "still_open": 0, "unchanged": 6}
    assert report["changes"]["new_gap"] == ["TA.1.a"]
    assert "zi-check: since the baseline of " in result.stderr
    assert ": 1 new gap(s), 0 resolved, 0 still open, 6 unchanged" in result.stderr


def test_the_change_is_in_every_human_format(rescanned: tuple[Any, dict[str, Any], Path]) -> None:
    _, _, out = rescanned
    md = (out / "report.md").read_text(encoding="utf-8")
    assert "#### ❌ TA.1.a · Agen perubahan telah ditetapkan: Tidak ada bukti · 🆕 Kesenjangan baru" in md
    assert "| 🆕 Kesenjangan baru | 1 |" in md and "- TA.1.a · Agen perubahan telah ditetapkan (met → missing)" in md
    html = (out / "report.html").read_text(encoding="utf-8")
    assert 'id="req-TA.1.a" data-status="missing" data-change="new_gap"' in html
    assert html.count('data-change="unchanged"') == 6
    csv = (out / "report.csv").read_text(encoding="utf-8").splitlines()
    assert csv[1].startswith("TA.1.a,") and ",missing,Tidak ada bukti,new_gap,met," in csv[1]
    wb = openpyxl.load_workbook(io.BytesIO((out / "report.xlsx").read_bytes()))
    assert wb.sheetnames == ["LKE", "Dokumen", "Nilai", "Perubahan"]
    header = [c.value for c in wb["LKE"][1]]
    assert [r[header.index("Perubahan")].value for r in wb["LKE"].iter_rows(min_row=2)] == [
        "Kesenjangan baru", *["Tidak berubah"] * 6]
    assert [c.value for c in wb["Perubahan"][2]][:5] == ["TA.1.a", "T.1.a", "Kesenjangan baru", "Terpenuhi",
                                                        "Tidak ada bukti"]
    junit = (out / "report.junit.xml").read_text(encoding="utf-8")
    assert "Perubahan: Kesenjangan baru (met -&gt; missing)" in junit


def test_without_a_baseline_report_json_has_no_change_keys(tmp_path: Path) -> None:
    root = make_corpus(tmp_path / "bukti", all_met_spec())
    scan(root, tmp_path / "out")
    report = read_report(tmp_path / "out")
    assert "changes" not in report
    assert all("change" not in r and "previous_status" not in r for r in report["requirements"])


@pytest.mark.slow
def test_sample_corpus_rescan_after_removing_an_evidence_file(tmp_path: Path) -> None:
    """The bundled pack on a copy of corpus/: --baseline auto finds last night's report."""
    root = tmp_path / "bukti"
    shutil.copytree(TESTS.parent / "corpus", root)
    out = tmp_path / "reports"
    first = invoke(root, "-o", out, "-j", "2", "--baseline", "auto")
    assert first.exit_code == 1, first.stderr
    assert f"no previous report at {out / 'report.json'}" in first.stderr
    report = read_report(out)
    assert "changes" not in report
    used: dict[str, list[str]] = {}
    for r in report["requirements"]:
        for e in r["evidence"]:
            used.setdefault(e["path"], []).append(r["id"])
    # a file that is the only evidence of one met requirement and evidence of nothing else
    path, [rule_id] = next((p, ids) for p, ids in used.items() if len(ids) == 1 and len(
        {e["path"] for r in report["requirements"] if r["id"] == ids[0] for e in r["evidence"]}) == 1)
    (root / path).unlink()
    second = invoke(root, "-o", out, "-j", "2", "--baseline", "auto")
    assert second.exit_code == 1, second.stderr
    after = read_report(out)
    assert [r["id"] for r in after["requirements"] if r["change"] == "new_gap"] == [rule_id]
    assert after["changes"]["counts"]["new_gap"] == 1 and after["changes"]["counts"]["resolved"] == 0


# --- --baseline on the command line --------------------------------------------------------------


def test_baseline_auto_compares_with_the_previous_run_in_the_output_folder(tmp_path: Path) -> None:
    root = make_corpus(tmp_path / "bukti", all_met_spec())
    out = tmp_path / "out"
    first = scan(root, out, "--baseline", "auto")
    assert (first.exit_code, "changes" in read_report(out)) == (0, False)
    assert f"zi-check: note: no previous report at {out / 'report.json'}; nothing to compare with this time" in (
        first.stderr)
    second = scan(root, out, "--baseline", "auto")
    assert second.exit_code == 0
    assert read_report(out)["changes"]["counts"] == {"new_gap": 0, "resolved": 0, "still_open": 0, "unchanged": 7}


def test_baseline_auto_with_a_broken_previous_report_warns_and_goes_on(tmp_path: Path) -> None:
    root = make_corpus(tmp_path / "bukti", all_met_spec())
    out = tmp_path / "out"
    out.mkdir()
    (out / "report.json").write_text("{rusak", encoding="utf-8")
    result = scan(root, out, "--baseline", "auto")
    assert result.exit_code == 0
    assert f"zi-check: warning: baseline {out / 'report.json'}: not valid JSON" in result.stderr
    assert "changes" not in read_report(out)


def test_baseline_file_that_does_not_exist_exits_2_before_scanning(tmp_path: Path) -> None:
    root = make_corpus(tmp_path / "bukti", all_met_spec())
    result = scan(root, tmp_path / "out", "--baseline", tmp_path / "tidak-ada.json")
    assert (result.exit_code, (tmp_path / "out").exists()) == (2, False)
    assert error_line(result.stderr) == (
        f"Error: Invalid value for '--baseline': baseline {tmp_path / 'tidak-ada.json'}: file not found")


def test_baseline_of_another_year_is_compared_with_a_warning(tmp_path: Path) -> None:
    root = make_corpus(tmp_path / "bukti", all_met_spec())
    old = report_json(tmp_path / "old.json", dict.fromkeys(ALL, "met"))
    result = scan(root, tmp_path / "out", "--baseline", old, "--year", "2022")
    assert "zi-check: warning: the baseline is for the unit 'Biro Umum'" in result.stderr
    assert "zi-check: warning: the baseline is for the year 2021, this scan for 2022" in result.stderr


# --- --fail-on -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def wrong_year_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Everything met but the change agents' decree, which is for 2020 (TA.1.a wrong_year)."""
    spec = all_met_spec()
    from tests.conftest import decree_text

    spec["1 Dasar/SK Agen Perubahan 2021.pdf"] = decree_text(
        "Penetapan Agen Perubahan Tahun 2020", number="2/Adm/II/2020", date="3 Februari 2020")
    return make_corpus(tmp_path_factory.mktemp("fail-on") / "bukti", spec)


@pytest.mark.parametrize(
    ("fail_on", "code"),
    [
        ((), 1),
        (("--fail-on", "missing,wrong_unit,wrong_year,unreadable"), 1),
        (("--fail-on", "wrong_year"), 1),
        (("--fail-on", "missing", "--fail-on", "unreadable"), 0),
        (("--fail-on", "none"), 0),
        (("--fail-on", "MISSING, wrong_unit"), 0),
    ],
    ids=["default", "all-gaps", "wrong-year", "repeated", "none", "spaces-and-case"],
)
def test_fail_on_chooses_what_exits_1(wrong_year_corpus: Path, tmp_path: Path, fail_on: tuple[str, ...],
                                      code: int) -> None:
    result = scan(wrong_year_corpus, tmp_path / "out", *fail_on)
    assert (result.exit_code, statuses(read_report(tmp_path / "out"))["TA.1.a"]) == (code, "wrong_year")


def test_fail_on_new_gap_exits_1_only_for_a_new_gap(wrong_year_corpus: Path, tmp_path: Path) -> None:
    old_same = report_json(tmp_path / "same.json", {**dict.fromkeys(ALL, "met"), "TA.1.a": "wrong_year"})
    old_met = report_json(tmp_path / "met.json", dict.fromkeys(ALL, "met"))
    same = scan(wrong_year_corpus, tmp_path / "a", "--baseline", old_same, "--fail-on", "new_gap")
    new = scan(wrong_year_corpus, tmp_path / "b", "--baseline", old_met, "--fail-on", "new_gap")
    assert (same.exit_code, new.exit_code) == (0, 1)


def test_fail_on_new_gap_with_auto_and_no_previous_report_exits_0(wrong_year_corpus: Path, tmp_path: Path) -> None:
    result = scan(wrong_year_corpus, tmp_path / "out", "--baseline", "auto", "--fail-on", "new_gap")
    assert result.exit_code == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--fail-on", "gaps"), ("unknown value 'gaps'; choose from missing, wrong_unit, wrong_year, unreadable, partial, "
                                "new_gap, none")),
        (("--fail-on", "none,missing"), "'none' cannot be combined with other values"),
        (("--fail-on", "new_gap"), "'new_gap' needs a baseline: give --baseline FILE or --baseline auto"),
    ],
    ids=["unknown", "none-and-more", "new-gap-without-baseline"],
)
def test_bad_fail_on_exits_2(wrong_year_corpus: Path, tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    result = scan(wrong_year_corpus, tmp_path / "out", *args)
    assert (result.exit_code, (tmp_path / "out").exists()) == (2, False)
    assert error_line(result.stderr) == f"Error: Invalid value for '--fail-on': {message}"


# --- zi-check diff -------------------------------------------------------------------------------


def test_diff_prints_what_changed(tmp_path: Path) -> None:
    old = report_json(tmp_path / "old.json", {"A.1": "met", "A.2": "missing", "A.3": "wrong_year", "A.4": "met",
                                               "A.9": "met"})
    new = report_json(tmp_path / "new.json", {"A.1": "missing", "A.2": "met", "A.3": "missing", "A.4": "met"})
    result = invoke("diff", old, new)
    assert (result.exit_code, result.stdout, result.stderr) == (0, (
        "new_gap     A.1  met -> missing  Judul A.1\n"
        "resolved    A.2  missing -> met  Judul A.2\n"
        "still_open  A.3  wrong_year -> missing  Judul A.3\n"
        "dropped     A.9  no longer in the rule pack\n"
        "1 new gap(s), 1 resolved, 1 still open, 1 unchanged, 1 dropped\n"), "")


def test_diff_all_lists_unchanged_too(tmp_path: Path) -> None:
    old = report_json(tmp_path / "old.json", {"A.1": "met"})
    result = invoke("diff", "--all", old, old)
    assert (result.exit_code, result.stdout) == (0, ("unchanged   A.1  met -> met  Judul A.1\n"
                                                    "0 new gap(s), 0 resolved, 0 still open, 1 unchanged\n"))


def test_diff_json(tmp_path: Path) -> None:
    old = report_json(tmp_path / "old.json", {"A.1": "met"})
    new = report_json(tmp_path / "new.json", {"A.1": "unreadable", "A.2": "met"})
    result = invoke("diff", "--json", old, new)
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {
        "baseline": {"generated_at": "2021-11-01T08:00:00+00:00", "tool_version": "0.1.0", "rules": "mini",
                     "year": 2021},
        "counts": {"new_gap": 1, "resolved": 0, "still_open": 0, "unchanged": 1},
        "new_gap": ["A.1"], "resolved": [], "dropped": [],
        "requirements": [{"id": "A.1", "change": "new_gap", "previous_status": "met", "status": "unreadable"},
                         {"id": "A.2", "change": "unchanged", "previous_status": None, "status": "met"}],
    }


def test_diff_of_two_scans(rescanned: tuple[Any, dict[str, Any], Path], tmp_path: Path) -> None:
    _, _, out = rescanned
    before = out.parent / "kemarin" / "report.json"
    result = invoke("diff", before, out / "report.json")
    assert (result.exit_code, result.stdout) == (0, (
        "new_gap     TA.1.a  met -> missing  Agen perubahan telah ditetapkan\n"
        "1 new gap(s), 0 resolved, 0 still open, 6 unchanged\n"))


@pytest.mark.parametrize("which", ["old", "new"])
def test_diff_with_a_bad_file_exits_2_naming_it(tmp_path: Path, which: str) -> None:
    good = report_json(tmp_path / "good.json", {"A.1": "met"})
    bad = tmp_path / "rusak.json"
    bad.write_text('{"schema": "zi-check.report/1", "requirements": 3}', encoding="utf-8")
    args = (bad, good) if which == "old" else (good, bad)
    result = invoke("diff", *args)
    assert (result.exit_code, result.stdout) == (2, "")
    assert error_line(result.stderr) == f"Error: report {bad}: key 'requirements' must be a list"


def test_diff_with_a_missing_file_exits_2(tmp_path: Path) -> None:
    good = report_json(tmp_path / "good.json", {"A.1": "met"})
    result = invoke("diff", good, tmp_path / "tidak-ada.json")
    assert (result.exit_code, error_line(result.stderr)) == (
        2, f"Error: report {tmp_path / 'tidak-ada.json'}: file not found")
