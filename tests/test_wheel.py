"""The wheel people install carries every file of the bundled rule pack (a plain `pip install .`,
not only the editable install the tests run from)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_wheel_carries_every_file_of_the_rules_folder(tmp_path: Path) -> None:
    # built from a copy without earlier builds (a stale build/ folder would hide a missing file)
    source = tmp_path / "src"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        ".git", ".venv", "venv", "build", "*.egg-info", "tests", "corpus", "reports", "__pycache__"))
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
                           "-w", str(tmp_path), str(source)], capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr
    wheel = next(tmp_path.glob("zi_check-*.whl"))
    shipped = {name.split("checker/_rules/", 1)[1] for name in zipfile.ZipFile(wheel).namelist()
               if name.startswith("checker/_rules/")}
    wanted = {p.relative_to(ROOT / "rules").as_posix() for p in (ROOT / "rules").rglob("*")
              if p.is_file() and "__pycache__" not in p.parts}
    assert wanted - shipped == set()
