"""Hostile input: what a shared drive throws at a nightly scan, built by code (tests/hostile.py).

For every hostile entry, a scan of a folder holding it and one valid decree must: finish with
exit code 1 (the bundled pack, gaps) and a report.json; give the entry the document status and
reason (or the folder warning) a user would see; still read and judge the decree; leave the
folder byte for byte as it was; and never put the text of a file outside the folder into a
report. Then: the whole hostile folder in one scan, with its peak memory measured; a reader that
hangs; an unreadable file; reports written atomically; nothing written inside PATH.
"""

from __future__ import annotations

import builtins
import errno
import json
import os
import re
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result

import checker.extract
from checker.extract import ocr
from tests import docgen, hostile
from tests.conftest import decree_text, invoke
from tests.hostile import DECREE_PATH, NOT_IN_REPORTS, UNIT, YEAR, Case

AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
PEAK_LIMIT = 1536 * 1024 * 1024  # 1.5 GB


def _ocr_ready() -> bool:
    try:
        ocr.languages()
    except ocr.OcrUnavailable:
        return False
    return True


OCR = _ocr_ready()
needs_ocr = pytest.mark.skipif(not OCR, reason="Tesseract with Indonesian data is not installed")

CASES = hostile.cases()


def _id(case: Case) -> str:
    return re.sub(r"[^\w.()-]+", "_", case.path.encode("ascii", "replace").decode())


# --- helpers -----------------------------------------------------------------------------------


def run_scan(root: Path, out: Path, *args: object) -> tuple[Result, dict[str, Any]]:
    """Scan ``root`` in-process (workers are forked as in a real run) with the bundled pack;
    the result and report.json (empty when none was written)."""
    result = invoke(root, "--unit", UNIT, "--year", YEAR, "-o", out, "-j", 1, "--no-cache",
                    "--timeout", 120, *args)
    report = json.loads((out / "report.json").read_text("utf-8")) if (out / "report.json").exists() else {}
    return result, report


def documents(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {d["path"]: d for d in report["documents"]}


def warnings(report: dict[str, Any]) -> dict[str, str]:
    return {w["path"]: w["reason"] for w in report["warnings"]}


def assert_no_leak(out: Path) -> None:
    for name in ("report.json", "report.md"):
        text = (out / name).read_text("utf-8")
        for secret in NOT_IN_REPORTS:
            assert secret not in text, f"{secret!r} leaked into {name}"


def assert_decree_judged(report: dict[str, Any]) -> None:
    """The valid decree beside the hostile files was read, analysed and used as evidence."""
    decree = documents(report)[DECREE_PATH]
    assert (decree["status"], decree["kind"], decree["error"]) == ("ok", "decree", None)
    cited = [r["id"] for r in report["requirements"] if r["status"] == "met"
             and any(e["path"] == DECREE_PATH for e in r["evidence"])]
    assert cited, "no requirement is met by the valid decree"


def expected(case: Case) -> tuple[tuple[str, ...], str | None, str | None]:
    """(statuses, reason words, text source) for this machine (with or without Tesseract)."""
    if case.ocr and not OCR:
        return ("empty",), "apt-get install", None
    return case.status, case.reason, case.text_source


def assert_document(case: Case, doc: dict[str, Any]) -> None:
    statuses, reason, source = expected(case)
    assert doc["status"] in statuses, (case.path, doc["status"], doc["error"])
    if doc["status"] == "ok":
        assert doc["error"] is None
    else:
        assert doc["error"], f"{case.path}: status {doc['status']} without a reason"
    if reason is not None:
        assert reason in doc["error"], (case.path, doc["error"])
    if source is not None:
        assert doc["text_source"] == source
    if case.pages is not None:
        assert doc["pages"] == case.pages
    if case.kind is not None and doc["status"] == "ok":
        assert doc["kind"] == case.kind


# --- one hostile entry beside a valid decree ---------------------------------------------------


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_hostile_entry_is_reported_and_the_rest_is_judged(tmp_path: Path, case: Case) -> None:
    root, outside, out = tmp_path / "PATH", tmp_path / "outside", tmp_path / "out"
    hostile.build_folder(root, outside, [case])
    before, before_outside = docgen.tree_snapshot(root), docgen.tree_snapshot(outside)
    started = time.monotonic()
    result, report = run_scan(root, out)
    elapsed = time.monotonic() - started

    assert result.exit_code == 1, result.output
    assert report, "no report.json"
    assert elapsed < 30, f"{case.path}: the scan took {elapsed:.1f} s"
    assert docgen.tree_snapshot(root) == before
    assert docgen.tree_snapshot(outside) == before_outside
    assert_decree_judged(report)
    assert_no_leak(out)

    docs, warned = documents(report), warnings(report)
    if case.is_document:
        assert_document(case, docs[case.path])
    else:
        assert case.path not in docs
        assert not [p for p in docs if p.startswith(case.path + "/")], "a link was followed"
        assert len(docs) == 1  # the decree, once
    if case.warning is not None:
        assert case.warning in warned[case.warning_path], warned
    else:
        assert case.path not in warned


def test_xxe_and_link_out_never_bring_outside_text_into_the_extraction(tmp_path: Path) -> None:
    """Stronger than the reports: the entity's target is not even in the extracted text."""
    from checker.discover import discover
    from checker.extract import ExtractSettings, extract

    chosen = [c for c in CASES if c.path in ("xxe-etc-passwd.docx", "xxe-outside-file.docx", "xxe.pptx",
                                             "SK Rahasia.pdf")]
    root = tmp_path / "PATH"
    hostile.build_folder(root, tmp_path / "outside", chosen)
    found: list[Any] = []
    sources = list(discover(root, found))
    assert "SK Rahasia.pdf" not in {s.path for s in sources}
    for source in sources:
        text = "\n".join(p.text for p in extract(source, ExtractSettings(ocr=False)).pages)
        for secret in NOT_IN_REPORTS:
            assert secret not in text, (source.path, secret)


def _read_alone(path: Path, **settings: Any) -> Any:
    from checker.discover import discover
    from checker.extract import ExtractSettings, extract

    [source] = [s for s in discover(path.parent, []) if s.path == path.name]
    return extract(source, ExtractSettings(**settings))


def test_blank_pages_are_not_sent_to_ocr(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """100,000 blank pages: nothing to read, and no OCR run (30 of them would take seconds)."""
    def no_ocr(*args: object, **kwargs: object) -> str:
        raise AssertionError("a blank page was sent to OCR")

    monkeypatch.setattr(ocr, "ocr_image", no_ocr)
    path = hostile.many_pages_pdf(tmp_path / "kosong.pdf", [])
    result = _read_alone(path)
    assert (result.status.value, result.error, result.page_count) == ("empty", "no text found, not even by OCR",
                                                                     100_000)


def test_a_page_as_large_as_a_field_is_rendered_small_for_ocr(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """5 x 5 m at 200 dpi would be a 40,000 x 40,000 bitmap (1.6 GB): it is rendered into at most
    40 million pixels instead."""
    sizes: list[tuple[int, int]] = []

    def measure(image: Any, *args: object, **kwargs: object) -> str:
        sizes.append(image.size)
        return ""

    monkeypatch.setattr(ocr, "ocr_image", measure)
    result = _read_alone(hostile.huge_page_pdf(tmp_path / "baliho.pdf"))
    assert result.status.value == "empty"
    [(width, height)] = sizes
    assert width * height <= 40_100_000 and width > 5000  # the bitmap is rounded up to whole pixels


def test_a_pdf_page_that_cannot_be_loaded_keeps_the_page_numbers(tmp_path: Path) -> None:
    """/Kids [self, page, self]: the real page is read as page 2 of 3, pages 1 and 3 are empty."""
    result = _read_alone(hostile.pages_loop_pdf(tmp_path / "sk.pdf", hostile.HEAD_LINES))
    assert result.status.value == "ok"
    assert [p.number for p in result.pages] == list(range(1, len(result.pages) + 1))
    assert any("ZONA INTEGRITAS" in p.text for p in result.pages)


# --- the whole hostile folder at once, with its memory -----------------------------------------


@pytest.mark.slow
def test_hostile_folder_scan_completes_reports_everything_and_stays_under_1_5_gb(tmp_path: Path) -> None:
    root, outside, out = tmp_path / "PATH", tmp_path / "outside", tmp_path / "out"
    cases = hostile.build_folder(root, outside)
    before = docgen.tree_snapshot(root)
    measured = hostile.run_measured(hostile.zi_check_command(
        root, "--unit", UNIT, "--year", YEAR, "-o", out, "-j", 2, "--cache-dir", tmp_path / "cache",
        "--timeout", 120), timeout=300)

    assert measured.returncode == 1, measured.stderr[-3000:]
    assert docgen.tree_snapshot(root) == before
    report = json.loads((out / "report.json").read_text("utf-8"))
    docs, warned = documents(report), warnings(report)
    for case in cases:
        if case.is_document:
            assert_document(case, docs[case.path])
        if case.warning is not None:
            assert case.warning in warned[case.warning_path]
    assert set(docs) == {c.path for c in cases if c.is_document} | {DECREE_PATH}
    assert_decree_judged(report)
    assert_no_leak(out)
    # ru_maxrss from wait4(): the largest process of the scan (CLI, a worker, or Tesseract)
    assert measured.maxrss < PEAK_LIMIT, f"peak RSS {measured.maxrss >> 20} MB"
    # the sum over the whole process tree, sampled
    assert measured.tree_peak < PEAK_LIMIT, f"peak tree PSS {measured.tree_peak >> 20} MB"
    assert measured.wall < 120


@pytest.mark.slow
def test_zip_bombs_are_refused_not_inflated(tmp_path: Path) -> None:
    """Three bombs (1 GB declared, 100 MB at 1000:1, 256 MB that declares 4 KB): the scan's
    largest process stays within 100 MB of a scan of the decree alone (inflating the smallest
    bomb would add 256 MB, and Python's zipfile makes a copy)."""
    bombs = [c for c in CASES if c.path.startswith("zip-bomb")]
    peaks = {}
    for name, chosen in (("decree", []), ("bombs", bombs)):
        root, out = tmp_path / name / "PATH", tmp_path / name / "out"
        hostile.build_folder(root, tmp_path / name / "outside", chosen)
        measured = hostile.run_measured(hostile.zi_check_command(
            root, "--unit", UNIT, "--year", YEAR, "-o", out, "-j", 1, "--no-cache"))
        assert measured.returncode == 1, measured.stderr[-3000:]
        peaks[name] = measured.maxrss
    docs = documents(json.loads((out / "report.json").read_text("utf-8")))
    assert {docs[c.path]["status"] for c in bombs} == {"too_large"}
    assert peaks["bombs"] < peaks["decree"] + 100 * 1024 * 1024, {k: v >> 20 for k, v in peaks.items()}


def test_without_tesseract_scans_are_empty_saying_how_to_install_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a machine without Tesseract reports for the cases that need OCR (the forked workers
    inherit the patch)."""
    def unavailable() -> str:
        raise ocr.OcrUnavailable(f"scanned page and no OCR engine: {ocr.INSTALL_HINT}")

    monkeypatch.setattr(ocr, "languages", unavailable)
    chosen = [c for c in CASES if c.ocr or c.path in ("form-draws-itself-no-text.pdf", "page-5-by-5-metres.pdf")]
    root, out = tmp_path / "PATH", tmp_path / "out"
    hostile.build_folder(root, tmp_path / "outside", chosen)
    result, report = run_scan(root, out)
    assert result.exit_code == 1, result.output
    for case in chosen:
        doc = documents(report)[case.path]
        assert (doc["status"], doc["error"]) == ("empty", f"scanned page and no OCR engine: {ocr.INSTALL_HINT}")
    assert_decree_judged(report)


# --- a reader that hangs -----------------------------------------------------------------------


@needs_ocr
def test_reader_that_hangs_is_timeout_and_the_scan_goes_on(tmp_path: Path) -> None:
    """A three-page scan needs seconds of OCR; at --timeout 0.2 its worker is killed and
    replaced, and the decree after it is read by the new worker."""
    root, out = tmp_path / "PATH", tmp_path / "out"
    pages = [decree_text(f"Tim Kerja Bagian {i}") for i in (1, 2, 3)]
    docgen.scanned_pdf(root / "Lampiran (scan).pdf", pages)
    hostile.build_decree(root)
    before = docgen.tree_snapshot(root)
    started = time.monotonic()
    result, report = run_scan(root, out, "--timeout", 0.2)
    assert result.exit_code == 1, result.output
    assert time.monotonic() - started < 20
    doc = documents(report)["Lampiran (scan).pdf"]
    assert (doc["status"], doc["error"]) == ("timeout", "not read within the 0.2 s limit")
    assert_decree_judged(report)
    assert docgen.tree_snapshot(root) == before


def _live_processes_with(token: str) -> list[str]:
    """Processes (not zombies) started with ``token`` in their environment."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/environ", "rb") as fh:
                env = fh.read()
            with open(f"/proc/{entry}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        name, state = stat[stat.index(b"(") + 1:stat.rindex(b")")], stat[stat.rindex(b")") + 2:].split()[0]
        if token.encode() in env and state != b"Z":
            found.append(f"{entry} {name.decode()} {state.decode()}")
    return found


@needs_ocr
@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="needs /proc")
def test_timeout_kills_the_ocr_its_worker_started(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker killed in the middle of OCR takes its Tesseract with it: an orphan would go on
    using a CPU and memory after the scan has given up on the file (until its next write)."""
    from checker.discover import discover
    from checker.extract import ExtractSettings
    from checker.extract.pool import Limits, extract_all

    token = f"ZI_CHECK_TEST_{os.getpid()}_{time.monotonic_ns()}"
    monkeypatch.setenv(token, "1")  # the workers' Tesseract inherits it
    root = tmp_path / "PATH"
    docgen.scanned_pdf(root / "Lampiran (scan).pdf", [decree_text(f"Tim Kerja Bagian {i}") for i in range(1, 6)])
    [source] = discover(root, [])
    for _, _, result, _ in extract_all([source], ExtractSettings(), 1, Limits(timeout=1.5)):
        assert result.status.value == "timeout"
        time.sleep(0.2)  # SIGKILL is delivered at once; an orphan would still be reading
        assert _live_processes_with(token) == []


# --- a file that cannot be read ----------------------------------------------------------------


@pytest.mark.skipif(AS_ROOT, reason="root can read any file")
def test_unreadable_file_is_corrupt_with_permission_denied(tmp_path: Path) -> None:
    root, out = tmp_path / "PATH", tmp_path / "out"
    path = docgen.text_pdf(root / "SK Tertutup.pdf", [decree_text("Tim Kerja Tertutup")])
    hostile.build_decree(root)
    path.chmod(0)
    try:
        before = docgen.tree_snapshot(root)
        result, report = run_scan(root, out)
        after = docgen.tree_snapshot(root)
    finally:
        path.chmod(0o644)
    assert result.exit_code == 1, result.output
    doc = documents(report)["SK Tertutup.pdf"]
    assert (doc["status"], doc["error"]) == ("corrupt", "the file cannot be read: permission denied")
    assert_decree_judged(report)
    assert after == before


def test_unreadable_file_simulated_for_any_user(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same path through the scan when the tests run as root: opening the file for
    extraction fails with EACCES (the forked workers inherit the patch)."""
    root, out = tmp_path / "PATH", tmp_path / "out"
    locked = docgen.text_pdf(root / "SK Tertutup.pdf", [decree_text("Tim Kerja Tertutup")])
    hostile.build_decree(root)

    def guarded_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if Path(os.fsdecode(file)) == locked:
            raise PermissionError(errno.EACCES, "Permission denied", str(file))
        return builtins.open(file, *args, **kwargs)

    monkeypatch.setattr(checker.extract, "open", guarded_open, raising=False)
    result, report = run_scan(root, out)
    assert result.exit_code == 1, result.output
    doc = documents(report)["SK Tertutup.pdf"]
    assert (doc["status"], doc["error"]) == ("corrupt", "the file cannot be read: permission denied")
    assert_decree_judged(report)


# --- reports are written atomically ------------------------------------------------------------


def _half_then_enospc(real_fdopen: Any) -> Any:
    class HalfWriter:
        def __init__(self, fh: Any) -> None:
            self.fh = fh

        def write(self, data: bytes) -> int:
            self.fh.write(data[: len(data) // 2])
            self.fh.flush()
            raise OSError(errno.ENOSPC, "No space left on device")

        def __enter__(self) -> HalfWriter:
            return self

        def __exit__(self, *exc: object) -> None:
            self.fh.close()

    return lambda fd, *args, **kwargs: HalfWriter(real_fdopen(fd, *args, **kwargs))


@pytest.mark.parametrize("failure", ["disk-full-mid-write", "interrupted-before-rename", "renderer-raises"])
def test_a_failed_write_leaves_the_previous_report_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: str
) -> None:
    import checker.report as reports

    root, out = tmp_path / "PATH", tmp_path / "out"
    hostile.build_decree(root)
    docgen.text_pdf(root / "SK Tim Kerja.pdf", [decree_text(hostile.TIM)])
    first, _ = run_scan(root, out)
    assert first.exit_code == 1
    old = {name: (out / name).read_bytes() for name in ("report.json", "report.md")}
    (root / "SK Tim Kerja.pdf").unlink()  # the next report would differ

    if failure == "disk-full-mid-write":
        monkeypatch.setattr(reports.os, "fdopen", _half_then_enospc(os.fdopen))
    elif failure == "interrupted-before-rename":
        def interrupted(*args: object) -> None:
            raise KeyboardInterrupt
        monkeypatch.setattr(reports.os, "replace", interrupted)
    else:
        def broken(*args: object, **kwargs: object) -> str:
            raise RuntimeError("renderer bug")
        monkeypatch.setattr(reports.WRITERS["json"], "render", broken)
        monkeypatch.setattr(reports.WRITERS["md"], "render", broken)

    try:
        result = invoke(root, "--unit", UNIT, "--year", YEAR, "-o", out, "-j", 1, "--no-cache")
    except RuntimeError as exc:
        assert failure == "renderer-raises" and "renderer bug" in str(exc)
    else:
        assert result.exit_code != 0
        if failure == "disk-full-mid-write":
            assert result.exit_code == 2 and "cannot write reports" in result.output
    monkeypatch.undo()
    assert {name: (out / name).read_bytes() for name in old} == old
    assert sorted(p.name for p in out.iterdir()) == ["report.json", "report.md"], "a temporary file was left"


@pytest.mark.skipif(AS_ROOT, reason="root can write into a read-only folder")
def test_read_only_output_folder_exits_2_and_keeps_the_old_report(tmp_path: Path) -> None:
    root, out = tmp_path / "PATH", tmp_path / "out"
    hostile.build_decree(root)
    run_scan(root, out)
    old = (out / "report.json").read_bytes()
    out.chmod(0o555)
    try:
        result, _ = run_scan(root, out)
    finally:
        out.chmod(0o755)
    assert result.exit_code == 2 and "cannot write reports" in result.output
    assert (out / "report.json").read_bytes() == old
    assert sorted(p.name for p in out.iterdir()) == ["report.json", "report.md"]


# --- nothing is ever written inside PATH -------------------------------------------------------


@pytest.mark.parametrize("where", ["PATH", "PATH/reports", "PATH/a/b/reports", "link-to-PATH/reports",
                                   "cache-inside", "cwd-is-PATH"])
def test_output_inside_path_exits_2_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    root = tmp_path / "PATH"
    hostile.build_decree(root)
    (tmp_path / "link-to-PATH").symlink_to(root)
    before = docgen.tree_snapshot(root)
    args: list[object] = [root, "--unit", UNIT, "--year", YEAR, "-j", 1]
    if where == "cache-inside":
        args += ["-o", tmp_path / "out", "--cache-dir", root / ".cache"]
    elif where == "cwd-is-PATH":
        monkeypatch.chdir(root)
        args += ["--no-cache"]  # default output: ./reports, inside PATH
    else:
        args += ["-o", tmp_path / where, "--no-cache"]
    result = invoke(*args)
    assert result.exit_code == 2, result.output
    assert "inside the scanned folder" in result.output
    assert docgen.tree_snapshot(root) == before
    assert not (tmp_path / "out").exists()


def test_scan_with_the_cache_beside_path_writes_nothing_inside(tmp_path: Path) -> None:
    root, out = tmp_path / "PATH", tmp_path / "out"
    hostile.build_decree(root)
    before = docgen.tree_snapshot(root)
    for _ in range(2):  # the second scan reads from the cache
        result = invoke(root, "--unit", UNIT, "--year", YEAR, "-o", out, "-j", 1,
                        "--cache-dir", tmp_path / "cache")
        assert result.exit_code == 1, result.output
    assert docgen.tree_snapshot(root) == before


def test_hostile_cases_cover_the_issue() -> None:
    """The issue's list, each by at least one case of tests/hostile.py."""
    paths = " ".join(c.path for c in CASES)
    for needed in ("truncated.pdf", "bit-flipped.pdf", "encrypted.pdf", "owner-password-only.pdf",
                   "random-bytes.pdf", "pages-kid-of-itself.pdf", "claims-100000-pages.pdf", "empty.pdf",
                   "not-a-zip.docx", "zip-bomb-1gb.docx", "billion-laughs.docx", "xxe-etc-passwd.docx",
                   "50000-paragraphs.docx", "\ufffd", "loop-a.pdf", "SK Rahasia.pdf", "(scan).pdf",
                   "png-bomb", ".xlsx", ".pptx", "SK Lama.doc"):
        assert needed in paths, needed
