"""The command line end to end: exit codes, files written, what is printed, and a folder left untouched."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from checker import __version__
from checker.cli import cli
from tests.conftest import (
    MINI_PACK,
    PROFILE_TOML,
    SUMMARY,
    TESTS,
    UNIT,
    all_met_spec,
    decree_text,
    invoke,
    read_report,
    scan_corpus,
    statuses,
)
from tests.docgen import Encrypted, Scan, Symlink, make_corpus, tree_snapshot

AGEN = "Penetapan Agen Perubahan Tahun 2021"
ALL_MET = dict.fromkeys(
    ("TA.1.a", "TA.1.b", "TA.1.c", "TA.2.a", "TB.1.a", "TB.1.b", "TB.1.c"), "met"
)
GAPS_SPEC: dict[str, object] = {
    "zi-check.toml": PROFILE_TOML,
    "SK Agen Perubahan.pdf": decree_text(AGEN),
}


def summary(stderr: str) -> tuple[int, int, int, str]:
    """(requirements, not met, documents, report paths) from the summary line on stderr."""
    match = SUMMARY.search(stderr)
    assert match, stderr
    return int(match[1]), int(match[2]), int(match[3]), match[4]


def written(out: Path) -> list[str]:
    return sorted(p.name for p in out.iterdir()) if out.exists() else []


def error_lines(stderr: str) -> str:
    """The 'Error: ...' line of a usage error."""
    return [line for line in stderr.splitlines() if line.startswith("Error: ")][-1]


# --- scans and exit codes ----------------------------------------------------------------------


def test_all_met_exits_0(tmp_path: Path) -> None:
    result, report = scan_corpus(tmp_path, all_met_spec())
    out = tmp_path / "out"
    assert (result.exit_code, result.stdout, written(out)) == (0, "", ["report.json", "report.md"])
    assert summary(result.stderr) == (7, 0, 9, f"{out / 'report.md'}, {out / 'report.json'}")
    assert statuses(report) == ALL_MET
    assert report["summary"]["documents_by_status"]["ok"] == 9


def test_gaps_exit_1(tmp_path: Path) -> None:
    result, report = scan_corpus(tmp_path, GAPS_SPEC)
    assert (result.exit_code, result.stdout, written(tmp_path / "out")) == (
        1,
        "",
        ["report.json", "report.md"],
    )
    assert summary(result.stderr)[:3] == (7, 6, 1)
    assert statuses(report) == {**dict.fromkeys(ALL_MET, "missing"), "TA.1.a": "met"}


def test_profile_from_path_zi_check_toml(tmp_path: Path) -> None:
    _, report = scan_corpus(tmp_path, GAPS_SPEC)
    assert report["profile"] == {
        "unit": UNIT,
        "aliases": ["DKK"],
        "parent": "Sekretariat Kabinet",
        "year": 2021,
        "target": "wbk",
        "rules": "mini",
    }


def test_profile_file_is_not_a_document(tmp_path: Path) -> None:
    _, report = scan_corpus(tmp_path, GAPS_SPEC)
    assert [d["path"] for d in report["documents"]] == ["SK Agen Perubahan.pdf"]


def test_config_option_gives_the_profile(tmp_path: Path) -> None:
    profile = tmp_path / "profil.toml"
    profile.write_text(
        'unit = "Kedeputian Bidang Administrasi"\nyear = 2021\ntarget = "wbbm"\n', encoding="utf-8"
    )
    _, report = scan_corpus(tmp_path, {"SK Agen Perubahan.pdf": decree_text(AGEN)}, "-c", profile)
    assert report["profile"] == {
        "unit": "Kedeputian Bidang Administrasi",
        "aliases": [],
        "parent": None,
        "year": 2021,
        "target": "wbbm",
        "rules": "mini",
    }
    assert statuses(report)["TA.1.a"] == "wrong_unit"


def test_config_option_wins_over_the_profile_in_path(tmp_path: Path) -> None:
    profile = tmp_path / "profil.toml"
    profile.write_text('unit = "Biro Umum"\nyear = 2022\n', encoding="utf-8")
    _, report = scan_corpus(tmp_path, GAPS_SPEC, "--config", profile)
    assert (report["profile"]["unit"], report["profile"]["year"]) == ("Biro Umum", 2022)


def test_year_option_overrides_the_profile(tmp_path: Path) -> None:
    result, report = scan_corpus(tmp_path, GAPS_SPEC, "--year", "2022")
    assert (result.exit_code, report["profile"]["year"], statuses(report)["TA.1.a"]) == (
        1,
        2022,
        "wrong_year",
    )


def test_unit_option_overrides_the_profile(tmp_path: Path) -> None:
    _, report = scan_corpus(tmp_path, GAPS_SPEC, "--unit", "Kedeputian Bidang Administrasi")
    assert (report["profile"]["unit"], statuses(report)["TA.1.a"]) == (
        "Kedeputian Bidang Administrasi",
        "wrong_unit",
    )


def test_alias_and_target_options(tmp_path: Path) -> None:
    _, report = scan_corpus(
        tmp_path, GAPS_SPEC, "--alias", "Deputi DKK", "--alias", "DKK-2", "--target", "WBBM"
    )
    assert (report["profile"]["aliases"], report["profile"]["target"]) == (
        ["Deputi DKK", "DKK-2"],
        "wbbm",
    )


def test_default_rules_are_the_bundled_pack(tmp_path: Path) -> None:
    from checker import rulepack

    root = make_corpus(tmp_path / "corpus", GAPS_SPEC)
    result = invoke(root, "-o", tmp_path / "out", "-j", "1")
    report = read_report(tmp_path / "out")
    assert (result.exit_code, report["profile"]["rules"], report["summary"]["requirements"]) == (
        1,
        "permenpanrb-90-2021",
        len(rulepack.load().rules),
    )


def test_scan_verb_given_explicitly(tmp_path: Path) -> None:
    root = make_corpus(tmp_path / "corpus", GAPS_SPEC)
    result = invoke("scan", root, "--rules", MINI_PACK, "-o", tmp_path / "out", "-j", "1")
    assert (result.exit_code, written(tmp_path / "out")) == (1, ["report.json", "report.md"])


def test_options_before_path(tmp_path: Path) -> None:
    root = make_corpus(tmp_path / "corpus", GAPS_SPEC)
    result = invoke("--rules", MINI_PACK, "-o", tmp_path / "out", "-j", "1", root)
    assert (result.exit_code, written(tmp_path / "out")) == (1, ["report.json", "report.md"])


def test_unreadable_documents_do_not_abort_the_scan(tmp_path: Path) -> None:
    result, report = scan_corpus(
        tmp_path,
        {
            **GAPS_SPEC,
            "rusak.pdf": b"%PDF-1.4 not really",
            "kosong.pdf": b"",
            "terkunci/Laporan Kinerja 2020.pdf": Encrypted(["LAPORAN KINERJA TAHUN 2020"]),
            "lama.doc": b"\xd0\xcf\x11\xe0" + bytes(100),
        },
    )
    assert result.exit_code == 1
    assert report["summary"]["documents_by_status"] == {
        "ok": 1,
        "empty": 1,
        "encrypted": 1,
        "corrupt": 1,
        "unsupported": 1,
        "too_large": 0,
        "timeout": 0,
    }
    assert statuses(report)["TA.1.c"] == "unreadable"
    assert {d["path"]: d["error"] is not None for d in report["documents"]} == {
        "SK Agen Perubahan.pdf": False,
        "kosong.pdf": True,
        "lama.doc": True,
        "rusak.pdf": True,
        "terkunci/Laporan Kinerja 2020.pdf": True,
    }


def test_no_ocr_leaves_a_scan_unread(tmp_path: Path) -> None:
    result, report = scan_corpus(
        tmp_path,
        {
            "zi-check.toml": PROFILE_TOML,
            "SK Agen Perubahan 2021.pdf": Scan([decree_text(AGEN)], dpi=100),
        },
        "--no-ocr",
    )
    [doc] = report["documents"]
    assert (result.exit_code, doc["status"], doc["error"], statuses(report)["TA.1.a"]) == (
        1,
        "empty",
        "no text layer (scanned?) and OCR is off (--no-ocr)",
        "unreadable",
    )


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract is not installed")
def test_scanned_decree_is_read_by_ocr_and_meets_its_rule(tmp_path: Path) -> None:
    _, report = scan_corpus(
        tmp_path,
        {"zi-check.toml": PROFILE_TOML, "Scan_20210316_093512.pdf": Scan([decree_text(AGEN)])},
    )
    [doc] = report["documents"]
    assert (doc["status"], doc["text_source"], doc["kind"], doc["date"]) == (
        "ok",
        "ocr",
        "decree",
        "2021-03-15",
    )
    assert statuses(report)["TA.1.a"] == "met"


def test_non_utf8_file_name_is_reported(tmp_path: Path) -> None:
    root = make_corpus(tmp_path / "corpus", GAPS_SPEC)
    os.rename(
        root / "SK Agen Perubahan.pdf",
        os.path.join(os.fsencode(root), b"SK Agen Perubahan \xe9.pdf"),
    )
    result = invoke(root, "--rules", MINI_PACK, "-o", tmp_path / "out", "-j", "1")
    report = read_report(tmp_path / "out")
    assert (
        result.exit_code,
        [d["path"] for d in report["documents"]],
        statuses(report)["TA.1.a"],
    ) == (1, ["SK Agen Perubahan \ufffd.pdf"], "met")
    assert report["warnings"] == [
        {
            "path": "SK Agen Perubahan \ufffd.pdf",
            "reason": "file name is not valid UTF-8; shown with U+FFFD",
        }
    ]


# --- exit code 2: the tool could not do the job ------------------------------------------------


def test_bad_profile_key_exits_2_naming_key_and_file(tmp_path: Path) -> None:
    result, _ = scan_corpus(
        tmp_path, {"zi-check.toml": PROFILE_TOML + 'colour = "merah"\n', "a.txt": "x"}
    )
    profile = tmp_path / "corpus" / "zi-check.toml"
    assert (result.exit_code, result.stdout, written(tmp_path / "out")) == (2, "", [])
    assert error_lines(result.stderr) == (
        f"Error: profile {profile}: unknown key 'colour' "
        "(known keys: unit, aliases, parent, parents, sub_units, year, target, worksheet)"
    )


def test_profile_wrong_type_exits_2(tmp_path: Path) -> None:
    result, _ = scan_corpus(tmp_path, {"zi-check.toml": 'unit = "Biro Umum"\nyear = "2021"\n'})
    assert (result.exit_code, error_lines(result.stderr)) == (
        2,
        f"Error: profile {tmp_path / 'corpus' / 'zi-check.toml'}: key 'year' must be an integer",
    )


def test_no_profile_and_no_unit_exits_2(tmp_path: Path) -> None:
    result, _ = scan_corpus(tmp_path, {"a.txt": "x"}, "--year", "2021")
    assert (result.exit_code, result.stdout, written(tmp_path / "out")) == (2, "", [])
    assert (
        error_lines(result.stderr)
        == "Error: no profile file: key 'unit' is missing (set it there or give --unit)"
    )


def test_missing_config_file_exits_2(tmp_path: Path) -> None:
    result, _ = scan_corpus(tmp_path, {"a.txt": "x"}, "-c", tmp_path / "tidak-ada.toml")
    assert (result.exit_code, error_lines(result.stderr)) == (
        2,
        f"Error: profile {tmp_path / 'tidak-ada.toml'}: file not found",
    )


def test_path_not_a_folder_exits_2(tmp_path: Path) -> None:
    path = tmp_path / "sk.pdf"
    path.write_bytes(b"%PDF")
    result = invoke(path, "--rules", MINI_PACK, "-o", tmp_path / "out")
    assert (result.exit_code, result.stdout, written(tmp_path / "out")) == (2, "", [])
    assert error_lines(result.stderr) == f"Error: Invalid value for PATH: '{path}' is not a folder"


def test_missing_path_exits_2(tmp_path: Path) -> None:
    result = invoke(tmp_path / "tidak-ada", "--rules", MINI_PACK, "-o", tmp_path / "out")
    assert (result.exit_code, written(tmp_path / "out")) == (2, [])
    assert (
        error_lines(result.stderr)
        == f"Error: Invalid value for PATH: '{tmp_path / 'tidak-ada'}' does not exist"
    )


def test_bad_rule_pack_exits_2_naming_file_and_key(tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    shutil.copytree(MINI_PACK, pack)
    rules = pack / "mini.yaml"
    rules.write_text(
        rules.read_text(encoding="utf-8").replace(
            "      period: year\n", "      period: tahunan\n", 1
        ),
        encoding="utf-8",
    )
    root = make_corpus(tmp_path / "corpus", GAPS_SPEC)
    result = invoke(root, "--rules", pack, "-o", tmp_path / "out")
    assert (result.exit_code, result.stdout, written(tmp_path / "out")) == (2, "", [])
    assert error_lines(result.stderr).startswith(
        f"Error: rule pack {rules}: rule TA.1.a: key 'evidence.period': 'tahunan' is not one of"
    )


def test_rules_folder_missing_exits_2(tmp_path: Path) -> None:
    root = make_corpus(tmp_path / "corpus", GAPS_SPEC)
    result = invoke(root, "--rules", tmp_path / "tidak-ada", "-o", tmp_path / "out")
    assert (result.exit_code, error_lines(result.stderr)) == (
        2,
        f"Error: rule pack {tmp_path / 'tidak-ada'}: not a folder",
    )


def test_unknown_format_exits_2(tmp_path: Path) -> None:
    result, _ = scan_corpus(tmp_path, GAPS_SPEC, "-f", "pdf")
    assert (result.exit_code, written(tmp_path / "out")) == (2, [])
    assert error_lines(result.stderr) == (
        "Error: Invalid value for '-f' / '--format': unknown format 'pdf'; "
        "choose from md, json, html, xlsx, csv, junit, portalrb, tpi"
    )


@pytest.mark.parametrize("fmt", ["html", "xlsx", "csv", "junit"])
def test_every_contract_format_is_written(tmp_path: Path, fmt: str) -> None:
    result, _ = scan_corpus(tmp_path, GAPS_SPEC, "-f", fmt)
    name = "report.junit.xml" if fmt == "junit" else f"report.{fmt}"
    assert (result.exit_code, written(tmp_path / "out")) == (1, [name])


def test_output_inside_path_exits_2(tmp_path: Path) -> None:
    root = make_corpus(tmp_path / "corpus", GAPS_SPEC)
    result = invoke(root, "--rules", MINI_PACK, "-o", root / "laporan")
    assert (result.exit_code, (root / "laporan").exists()) == (2, False)
    assert error_lines(result.stderr) == (
        f"Error: Invalid value for '-o' / '--output': '{root / 'laporan'}' is inside "
        "the scanned folder, which zi-check never writes to"
    )


def test_default_output_inside_path_exits_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_corpus(tmp_path / "corpus", GAPS_SPEC)
    monkeypatch.chdir(root)
    result = invoke(".", "--rules", MINI_PACK)
    assert (result.exit_code, (root / "reports").exists()) == (2, False)


def test_output_that_is_a_file_exits_2(tmp_path: Path) -> None:
    (tmp_path / "out").write_text("bukan folder")
    result, _ = scan_corpus(tmp_path, GAPS_SPEC)
    assert (result.exit_code, (tmp_path / "out").read_text()) == (2, "bukan folder")
    assert "'-o' / '--output'" in error_lines(result.stderr)


def test_year_option_out_of_range_names_the_option(tmp_path: Path) -> None:
    result, _ = scan_corpus(tmp_path, GAPS_SPEC, "--year", "1999")
    assert result.exit_code == 2
    assert "--year" in error_lines(result.stderr) and "zi-check.toml" not in error_lines(
        result.stderr
    )


def test_parent_option_overrides_the_profile(tmp_path: Path) -> None:
    result, report = scan_corpus(tmp_path, GAPS_SPEC, "--parent", "Kementerian Sekretariat Negara")
    assert result.exit_code == 1, result.stderr
    assert report["profile"]["parent"] == "Kementerian Sekretariat Negara"


def test_negative_jobs_exits_2(tmp_path: Path) -> None:
    result, _ = scan_corpus(tmp_path, GAPS_SPEC, "-j", "-1")
    assert result.exit_code == 2


# --- formats, language, output -----------------------------------------------------------------


def test_lang_en_writes_english_markdown(tmp_path: Path) -> None:
    result, report = scan_corpus(tmp_path, GAPS_SPEC, "--lang", "en")
    md = (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
    assert (result.exit_code, report["lang"]) == (1, "en")
    assert md.startswith("# Integrity Zone Evidence Gap Report\n")
    assert "#### ✅ TA.1.a · Change agents have been appointed: Met" in md


def test_markdown_is_indonesian_by_default(tmp_path: Path) -> None:
    scan_corpus(tmp_path, GAPS_SPEC)
    md = (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
    assert md.startswith("# Laporan Kesenjangan Bukti Zona Integritas\n")
    assert "#### ❌ TA.2.a · SOP pengaduan berlaku: Tidak ada bukti" in md


def test_format_json_only_writes_report_json(tmp_path: Path) -> None:
    result, report = scan_corpus(tmp_path, GAPS_SPEC, "-f", "json")
    assert (result.exit_code, written(tmp_path / "out"), report["schema"]) == (
        1,
        ["report.json"],
        "zi-check.report/1",
    )
    assert summary(result.stderr)[3] == str(tmp_path / "out" / "report.json")


def test_format_md_only_writes_report_md(tmp_path: Path) -> None:
    result, _ = scan_corpus(tmp_path, GAPS_SPEC, "--format", "MD")
    assert (result.exit_code, written(tmp_path / "out")) == (1, ["report.md"])


def test_output_folder_is_created_with_parents(tmp_path: Path) -> None:
    root = make_corpus(tmp_path / "corpus", GAPS_SPEC)
    out = tmp_path / "a" / "b" / "laporan"
    result = invoke(root, "--rules", MINI_PACK, "-o", out, "-j", "1")
    assert (result.exit_code, written(out)) == (1, ["report.json", "report.md"])


def test_default_output_is_reports_in_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_corpus(tmp_path / "corpus", GAPS_SPEC)
    monkeypatch.chdir(tmp_path)
    result = invoke("corpus", "--rules", MINI_PACK, "-j", "1")
    assert (result.exit_code, written(tmp_path / "reports")) == (1, ["report.json", "report.md"])


def test_rules_option_with_a_relative_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_corpus(tmp_path / "corpus", GAPS_SPEC)
    monkeypatch.chdir(TESTS.parent)
    result = invoke(root, "--rules", "tests/packs/mini", "-o", tmp_path / "out", "-j", "1")
    assert (result.exit_code, read_report(tmp_path / "out")["profile"]["rules"]) == (1, "mini")


def test_quiet_prints_nothing(tmp_path: Path) -> None:
    result, _ = scan_corpus(tmp_path, GAPS_SPEC, "-q")
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", "")


def test_verbose_prints_each_document(tmp_path: Path) -> None:
    result, _ = scan_corpus(tmp_path, {**GAPS_SPEC, "kosong.pdf": b""}, "-v")
    lines = result.stderr.splitlines()
    assert lines[:2] == [
        "         ok  SK Agen Perubahan.pdf",
        "      empty  kosong.pdf (the file is empty (0 bytes))",
    ]
    assert SUMMARY.match(lines[2])


def test_two_jobs_give_the_same_report_as_one(tmp_path: Path) -> None:
    root = make_corpus(tmp_path / "corpus", all_met_spec())
    one = invoke(root, "--rules", MINI_PACK, "-o", tmp_path / "one", "-j", "1")
    two = invoke(root, "--rules", MINI_PACK, "-o", tmp_path / "two", "-j", "2")

    def stable(report: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in report.items() if k != "generated_at"}

    assert (one.exit_code, two.exit_code) == (0, 0)
    assert stable(read_report(tmp_path / "two")) == stable(read_report(tmp_path / "one"))


# --- the scanned folder is never changed -------------------------------------------------------


def test_scanned_folder_is_unchanged(tmp_path: Path) -> None:
    (tmp_path / "luar.txt").write_text("di luar")
    spec = {
        **all_met_spec(),
        ".tersembunyi/catatan.txt": "x",
        "tautan.pdf": Symlink("1 Dasar/LKj 2020.pdf"),
        "keluar.txt": Symlink(str(tmp_path / "luar.txt")),
        "rusak.pdf": b"%PDF-1.4 rusak",
        "terkunci.pdf": Encrypted(["RAHASIA"]),
        "kosong": b"",
    }
    root = make_corpus(tmp_path / "corpus", spec)
    before = tree_snapshot(root)
    result = invoke(root, "--rules", MINI_PACK, "-o", tmp_path / "out", "-j", "1")
    assert result.exit_code == 0
    assert tree_snapshot(root) == before


# --- the group: verbs, help, version -----------------------------------------------------------


@pytest.mark.parametrize("verb", sorted(cli.commands))
def test_folder_named_like_a_verb_is_scanned_as_dot_slash_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, verb: str
) -> None:
    make_corpus(tmp_path / verb, GAPS_SPEC)
    monkeypatch.chdir(tmp_path)
    result = invoke(f"./{verb}", "--rules", MINI_PACK, "-o", "out", "-j", "1")
    assert (result.exit_code, written(tmp_path / "out")) == (1, ["report.json", "report.md"])
    assert read_report(tmp_path / "out")["documents"][0]["path"] == "SK Agen Perubahan.pdf"


@pytest.mark.parametrize(
    ("args", "usage"),
    [
        (["-h"], "Usage: zi-check [OPTIONS] [COMMAND] [ARGS]..."),
        (["--help"], "Usage: zi-check [OPTIONS] [COMMAND] [ARGS]..."),
        (["scan", "-h"], "Usage: zi-check scan [OPTIONS] PATH"),
        (["scan", "--help"], "Usage: zi-check scan [OPTIONS] PATH"),
    ],
    ids=["group-h", "group-help", "scan-h", "scan-help"],
)
def test_help(args: list[str], usage: str) -> None:
    result = invoke(*args)
    assert (result.exit_code, result.stdout.splitlines()[0], result.stderr) == (0, usage, "")


def test_group_help_lists_every_verb() -> None:
    text = invoke("--help").stdout
    for verb in cli.commands:
        assert f"\n  {verb} " in text


def test_scan_help_lists_every_contract_option() -> None:
    text = invoke("scan", "--help").stdout
    for option in (
        "-c, --config",
        "--unit",
        "--alias",
        "--year",
        "--target",
        "--rules",
        "-f, --format",
        "-o, --output",
        "--lang",
        "-j, --jobs",
        "--cache-dir",
        "--no-cache",
        "--ocr / --no-ocr",
        "-q, --quiet",
        "-v, --verbose",
    ):
        assert option in text, option


def test_version() -> None:
    result = invoke("--version")
    assert (result.exit_code, result.stdout, result.stderr) == (
        0,
        f"zi-check, version {__version__}\n",
        "",
    )


# --- the installed entry point -----------------------------------------------------------------


@pytest.mark.slow
def test_installed_console_script(tmp_path: Path) -> None:
    exe = Path(sys.executable).parent / "zi-check"
    root = make_corpus(tmp_path / "corpus", GAPS_SPEC)
    out = tmp_path / "out"
    proc = subprocess.run(
        [str(exe), str(root), "--rules", str(MINI_PACK), "-o", str(out), "-j", "1"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        check=False,
    )
    assert (proc.returncode, proc.stdout) == (1, ""), proc.stderr
    assert summary(proc.stderr) == (7, 6, 1, f"{out / 'report.md'}, {out / 'report.json'}")
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert (report["schema"], statuses(report)["TA.1.a"], report["profile"]["rules"]) == (
        "zi-check.report/1",
        "met",
        "mini",
    )


def test_a_mistyped_command_gets_did_you_mean(tmp_path: Path) -> None:
    result = invoke("expalin", tmp_path / "x.pdf")
    assert result.exit_code == 2 and "no such command or folder 'expalin'; did you mean 'explain'?" in result.stderr
    # a folder of that name is scanned all the same
    (tmp_path / "expalin").mkdir()
    import os

    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        assert invoke("expalin", "--unit", "Dinas X", "--year", "2021", "-o", tmp_path / "out", "-q").exit_code == 1
    finally:
        os.chdir(cwd)
