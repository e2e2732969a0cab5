"""A scan stopped by Ctrl-C or SIGTERM: exit 130 / 143, no traceback, no worker left running,
the previous reports as they were. Real subprocesses, real OCR keeping the workers busy."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import PROFILE_TOML, decree_text
from tests.docgen import Scan, make_corpus

pytestmark = pytest.mark.slow
EXE = Path(sys.executable).parent / "zi-check"


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # scans: each takes OCR seconds, so the workers are busy when the signal comes
    spec: dict[str, object] = {"zi-check.toml": PROFILE_TOML}
    for k in range(8):
        spec[f"Scan {k}.pdf"] = Scan([decree_text(f"Tim Kerja Pembangunan Zona Integritas Tahun 2021 bagian {k}")] * 2)
    return make_corpus(tmp_path_factory.mktemp("stop") / "bukti", spec)


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(x) for x in text.split()]


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


def _interrupted_scan(folder: Path, out: Path, *, group: bool, sig: signal.Signals) -> tuple[int, str, bool]:
    """Start a scan, signal it once its workers read, wait: (exit code, stderr, a process left)."""
    # as from a terminal: a job started in the background of a script inherits SIGINT ignored
    scan = subprocess.Popen([str(EXE), str(folder), "-o", str(out), "--no-cache", "-j", "2", "-q"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 60
    while len(_children(scan.pid)) < 2 and time.monotonic() < deadline and scan.poll() is None:
        time.sleep(0.05)
    time.sleep(0.5)  # the workers are inside Tesseract now
    assert scan.poll() is None, "the scan ended before it could be interrupted"
    if group:
        os.killpg(scan.pid, sig)  # what a terminal's Ctrl-C does: the whole foreground group
    else:
        scan.send_signal(sig)  # what a scheduler does: the main process only
    _, stderr = scan.communicate(timeout=60)
    left = False
    for _ in range(40):  # killed workers take a moment to go
        left = _group_alive(scan.pid)
        if not left:
            break
        time.sleep(0.05)
    if left:
        os.killpg(scan.pid, signal.SIGKILL)
    return scan.returncode, stderr, left


def _previous_reports(folder: Path, out: Path) -> dict[str, bytes]:
    done = subprocess.run([str(EXE), str(folder), "-o", str(out), "--no-ocr", "-q", "-f", "json", "-f", "md"],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 1, done.stderr
    return {p.name: p.read_bytes() for p in out.iterdir()}


@pytest.mark.parametrize(("sig", "group", "code"), [(signal.SIGINT, True, 130), (signal.SIGTERM, False, 143),
                                                    (signal.SIGTERM, True, 143)])
def test_a_stopped_scan_exits_cleanly_and_leaves_the_previous_reports(
        folder: Path, tmp_path: Path, sig: signal.Signals, group: bool, code: int) -> None:
    out = tmp_path / "reports"
    before = _previous_reports(folder, out)
    returncode, stderr, left = _interrupted_scan(folder, out, group=group, sig=sig)
    assert (returncode, left) == (code, False)
    assert "Traceback" not in stderr and "interrupted" in stderr
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_an_output_that_cannot_be_written_is_found_before_any_file_is_read(folder: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    started = time.monotonic()
    done = subprocess.run([str(EXE), str(folder), "-o", str(blocker / "reports"), "--no-cache", "-q"],
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 2 and "cannot write reports to" in done.stderr and "is not a folder" in done.stderr
    assert time.monotonic() - started < 20  # no OCR was run: eight scans take longer
