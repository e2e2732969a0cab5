"""Dogfood: `zi-check corpus/` gives every requirement the verdict corpus/README.md promises."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.docgen import tree_snapshot

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
CATALOG = ROOT.parent / "shared" / "lke-catalog.md"
STATUSES = {"met", "partial", "missing", "wrong_unit", "wrong_year", "unreadable"}


def intended() -> dict[str, str]:
    """requirement -> status, from the 'Intended results' tables of corpus/README.md."""
    text = (CORPUS / "README.md").read_text(encoding="utf-8")
    section = text.split("## Intended results", 1)[1]
    expected: dict[str, str] = {}
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 2 or not re.match(r"^[A-Z]+\.", cells[0]):
            continue
        status = cells[1].split()[0]
        assert status in STATUSES, line
        for rule_id in re.split(r",\s*", cells[0]):
            expected[rule_id] = status
    return expected


@pytest.fixture(scope="module")
def scan(tmp_path_factory: pytest.TempPathFactory) -> tuple[subprocess.CompletedProcess[str], dict]:  # type: ignore[type-arg]
    out = tmp_path_factory.mktemp("corpus-report")
    before = tree_snapshot(CORPUS)
    exe = Path(sys.executable).parent / "zi-check"
    done = subprocess.run([str(exe), str(CORPUS), "-o", str(out), "--no-cache", "-f", "md", "-f", "json"],
                          capture_output=True, text=True, timeout=300, check=False)
    assert tree_snapshot(CORPUS) == before, "zi-check changed the scanned folder"
    return done, json.loads((out / "report.json").read_text(encoding="utf-8"))


def test_the_readme_promises_a_verdict_for_every_requirement(scan) -> None:  # type: ignore[no-untyped-def]
    _, report = scan
    assert set(intended()) == {r["id"] for r in report["requirements"]}


def test_every_verdict_is_the_one_promised(scan) -> None:  # type: ignore[no-untyped-def]
    _, report = scan
    got = {r["id"]: r["status"] for r in report["requirements"]}
    wrong = {rid: (want, got[rid]) for rid, want in intended().items() if got.get(rid) != want}
    assert wrong == {}


def test_every_status_of_the_contract_occurs(scan) -> None:  # type: ignore[no-untyped-def]
    _, report = scan
    assert {r["status"] for r in report["requirements"]} == STATUSES


def test_scan_exits_1_for_gaps_and_met_ones_quote_their_evidence(scan) -> None:  # type: ignore[no-untyped-def]
    done, report = scan
    assert done.returncode == 1, done.stderr
    for requirement in report["requirements"]:
        if requirement["status"] == "met":
            assert requirement["evidence"], requirement["id"]
            assert all(e["page"] and e["quote"] for e in requirement["evidence"]), requirement["id"]


def test_the_scanned_decree_is_read_by_ocr(scan) -> None:  # type: ignore[no-untyped-def]
    _, report = scan
    scanned = next(d for d in report["documents"] if d["path"].endswith("Scan_20210316_093512.pdf"))
    if scanned["status"] == "empty":
        pytest.skip("Tesseract is not installed: " + (scanned["error"] or ""))
    assert (scanned["status"], scanned["text_source"], scanned["kind"]) == ("ok", "ocr", "decree")


@pytest.mark.skipif(not CATALOG.is_file(), reason="the shared catalog is not beside the checkout")
def test_report_has_every_catalog_id(scan) -> None:  # type: ignore[no-untyped-def]
    _, report = scan
    ids = set(re.findall(r"^\| ([A-Z]+\.R?\d+\.[a-z]{1,2}) \|", CATALOG.read_text(encoding="utf-8"), re.M))
    assert ids == {r["id"] for r in report["requirements"]}


def test_the_committed_corpus_is_what_its_script_writes() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "make_sample_corpus.py"), "--check"],
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
