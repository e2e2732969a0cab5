"""The package's code as CI holds it: ruff's lint and format, and mypy's types, all clean."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, check=False)


@pytest.mark.parametrize("command", [("ruff", "check", "checker"), ("ruff", "format", "--check", "checker"), ("mypy",)],
                         ids=["ruff-lint", "ruff-format", "mypy"])
def test_the_package_passes(command: tuple[str, ...]) -> None:
    result = _run(*command)
    assert result.returncode == 0, result.stdout + result.stderr
