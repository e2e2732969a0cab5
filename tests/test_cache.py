"""The cache: unchanged files are not read again, changed ones are, a broken cache is rebuilt."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from checker import rulepack
from checker.cache import FILE_NAME, Cache
from checker.scan import ScanSettings, scan
from tests.conftest import MINI_PACK, PROFILE, decree_text
from tests.docgen import make_corpus

PACK = rulepack.load(MINI_PACK)


def corpus(tmp_path: Path) -> Path:
    return make_corpus(tmp_path / "bukti", {
        "SK Agen.pdf": [decree_text("PENETAPAN AGEN PERUBAHAN DI LINGKUNGAN KEDEPUTIAN BIDANG DUKUNGAN KERJA KABINET")],
        "catatan.txt": "NOTA DINAS\nRapat koordinasi\nJakarta, 3 Mei 2021",
    })


def run(root: Path, cache: Path | None):  # type: ignore[no-untyped-def]
    return scan(root, PROFILE, PACK, ScanSettings(jobs=1, cache_dir=cache))


def facts(report):  # type: ignore[no-untyped-def]
    """What a report knows of each document: its status and facts (a warm scan keeps no text)."""
    x = [d.extraction for d in report.documents]
    return [(d.path, e.status, e.error, e.page_count, e.text_source, d.facts) for d, e in zip(report.documents, x)]


def test_second_scan_reads_nothing_and_finds_the_same(tmp_path: Path) -> None:
    root, cache = corpus(tmp_path), tmp_path / "cache"
    first, second = run(root, cache), run(root, cache)
    assert (first.read, first.from_cache) == (2, 0)
    assert (second.read, second.from_cache) == (0, 2)
    assert facts(second) == facts(first)
    assert [r.status for r in second.results] == [r.status for r in first.results]
    # the words behind every finding come from the facts: the same, warm or cold
    assert [(r.evidence, r.problems) for r in second.results] == [(r.evidence, r.problems) for r in first.results]


def test_changed_file_is_read_again(tmp_path: Path) -> None:
    root, cache = corpus(tmp_path), tmp_path / "cache"
    run(root, cache)
    note = root / "catatan.txt"
    note.write_text("NOTA DINAS\nRapat evaluasi\nJakarta, 4 Mei 2021", encoding="utf-8")
    again = run(root, cache)
    assert (again.read, again.from_cache) == (1, 1)
    doc = next(d for d in again.documents if d.path == "catatan.txt")
    assert "evaluasi" in doc.extraction.pages[0].text


def test_touched_but_identical_file_is_recognised_by_its_hash(tmp_path: Path) -> None:
    root, cache = corpus(tmp_path), tmp_path / "cache"
    run(root, cache)
    note = root / "catatan.txt"
    os.utime(note, ns=(note.stat().st_atime_ns, note.stat().st_mtime_ns + 10**9))
    again = run(root, cache)
    assert (again.read, again.from_cache) == (0, 2)


def test_no_cache_reads_everything_and_writes_nothing(tmp_path: Path) -> None:
    root = corpus(tmp_path)
    report = run(root, None)
    assert (report.read, report.from_cache) == (2, 0)
    assert not any(tmp_path.glob("**/" + FILE_NAME))


def test_other_settings_do_not_reuse_an_extraction(tmp_path: Path) -> None:
    from checker.extract import ExtractSettings

    root, cache = corpus(tmp_path), tmp_path / "cache"
    run(root, cache)
    no_ocr = scan(root, PROFILE, PACK, ScanSettings(jobs=1, cache_dir=cache, extract=ExtractSettings(ocr=False)))
    assert no_ocr.read == 2


def test_corrupt_cache_is_set_aside_and_rebuilt(tmp_path: Path) -> None:
    root, cache = corpus(tmp_path), tmp_path / "cache"
    cache.mkdir()
    (cache / FILE_NAME).write_bytes(b"this is not a database" * 100)
    report = run(root, cache)
    assert report.read == 2
    assert any("set aside" in w.reason for w in report.warnings)
    assert list(cache.glob(FILE_NAME + ".broken-*"))
    assert run(root, cache).from_cache == 2  # the rebuilt cache works


def test_foreign_sqlite_file_is_set_aside(tmp_path: Path) -> None:
    import sqlite3

    root, cache = corpus(tmp_path), tmp_path / "cache"
    cache.mkdir()
    db = sqlite3.connect(cache / FILE_NAME)
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute("INSERT INTO meta VALUES ('format', 'something-else/9')")
    db.commit()
    db.close()
    assert run(root, cache).read == 2
    assert list(cache.glob(FILE_NAME + ".broken-*"))


def test_cache_folder_that_cannot_be_made_is_a_warning(tmp_path: Path) -> None:
    root = corpus(tmp_path)
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    report = run(root, blocker / "cache")
    assert report.read == 2
    assert any("cache not used" in w.reason for w in report.warnings)


def test_cache_inside_the_scanned_folder_is_refused(tmp_path: Path) -> None:
    from tests.conftest import invoke

    root = corpus(tmp_path)
    result = invoke(root, "--unit", "DKK", "--year", "2021", "--cache-dir", root / "cache", "-o", tmp_path / "out")
    assert result.exit_code == 2
    assert "--cache-dir" in result.output and "inside the scanned folder" in result.output
    assert not (root / "cache").exists()


@pytest.mark.slow
def test_two_concurrent_scans_both_finish_with_correct_reports(tmp_path: Path) -> None:
    root, cache = corpus(tmp_path), tmp_path / "cache"
    exe = Path(sys.executable).parent / "zi-check"
    args = ["--rules", str(MINI_PACK), "--unit", PROFILE.unit, "--alias", "DKK", "--year", "2021",
            "--cache-dir", str(cache), "-q"]
    procs = [subprocess.Popen([str(exe), str(root), *args, "-o", str(tmp_path / f"out{i}")],
                              stderr=subprocess.PIPE) for i in range(2)]
    codes = [p.wait(timeout=120) for p in procs]
    assert all(code in (0, 1) for code in codes), [p.stderr.read() for p in procs if p.stderr]
    reports = [json.loads((tmp_path / f"out{i}" / "report.json").read_text()) for i in range(2)]
    for report in reports:
        report.pop("generated_at")
    assert reports[0] == reports[1]
    assert {d["status"] for d in reports[0]["documents"]} == {"ok"}


def test_cache_round_trips_every_fact(tmp_path: Path) -> None:
    root = corpus(tmp_path)
    report = run(root, None)
    with Cache(tmp_path / "c") as cache:
        for doc in report.documents:
            cache.put_extraction(doc.source.sha256 or doc.path, "k", doc.extraction)
            cache.put_facts(doc.source.sha256 or doc.path, "k", doc.facts)
        for doc in report.documents:
            assert cache.extraction(doc.source.sha256 or doc.path, "k") == doc.extraction
            assert cache.facts(doc.source.sha256 or doc.path, "k") == doc.facts
