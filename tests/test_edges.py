"""What a new user runs into at the edges: desktop litter beside documents, an empty folder."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import PROFILE_TOML, decree_text, invoke, read_report
from tests.docgen import make_corpus


def test_office_lock_files_and_desktop_litter_are_no_documents(tmp_path: Path) -> None:
    root = make_corpus(tmp_path / "bukti", {
        "zi-check.toml": PROFILE_TOML,
        "1. MP/SK Tim.pdf": decree_text("Tim Kerja Pembangunan Zona Integritas Tahun 2021"),
        "1. MP/~$SK Tim.docx": b"\x05owner name\x00",  # Word's lock file while SK Tim.docx is open
        "1. MP/Thumbs.db": b"\xd0\xcf\x11\xe0 thumbnails",
        "desktop.ini": "[.ShellClassInfo]\n",
        "1. MP/.~lock.Renja.xlsx#": "owner,host",
        ".DS_Store": b"\x00\x00\x00\x01Bud1",
    })
    invoke(root, "-o", tmp_path / "out", "-q", "-j", "1")
    assert [d["path"] for d in read_report(tmp_path / "out")["documents"]] == ["1. MP/SK Tim.pdf"]


def test_an_empty_folder_is_said_on_the_terminal(tmp_path: Path) -> None:
    root = make_corpus(tmp_path / "bukti", {"zi-check.toml": PROFILE_TOML})
    done = invoke(root, "-o", tmp_path / "out", "-j", "1")
    assert done.exit_code == 1
    assert "holds no documents" in done.stderr
    assert "holds no documents" not in invoke(root, "-o", tmp_path / "out", "-q").stderr


def test_a_missing_ocr_engine_is_said_on_the_terminal_before_the_scan(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    root = make_corpus(tmp_path / "bukti", {"zi-check.toml": PROFILE_TOML,
                                            "SK.pdf": decree_text("Tim Kerja Pembangunan Zona Integritas Tahun 2021")})
    bin_dir = Path(sys.executable).parent  # zi-check and python, but no tesseract
    env = {**os.environ, "PATH": str(bin_dir)}
    done = subprocess.run([str(bin_dir / "zi-check"), str(root), "-o", str(tmp_path / "out"), "-j", "1"],
                          capture_output=True, text=True, env=env, timeout=120, check=False)
    assert done.returncode == 1
    assert "scanned pages and images will not be read: install Tesseract with: apt-get install tesseract-ocr" in done.stderr
    with_ocr = subprocess.run([str(bin_dir / "zi-check"), str(root), "-o", str(tmp_path / "out"), "-j", "1"],
                              capture_output=True, text=True, timeout=120, check=False)
    assert "will not be read" not in with_ocr.stderr
