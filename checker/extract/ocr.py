"""OCR with the system's Tesseract (Debian: tesseract-ocr, tesseract-ocr-ind)."""

from __future__ import annotations

import ctypes
import functools
import io
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable

from PIL import Image

INSTALL_HINT = "install Tesseract with: apt-get install tesseract-ocr tesseract-ocr-ind"
_PREFERRED = ("ind", "eng")


class OcrUnavailable(Exception):
    pass


# Linux: Tesseract gets SIGKILL when the worker that started it dies. A worker killed past its
# time limit would otherwise leave its Tesseract running on, orphaned, until its next write.
_PR_SET_PDEATHSIG = 1
try:
    _prctl = ctypes.CDLL(None, use_errno=True).prctl if sys.platform.startswith("linux") else None
except (OSError, AttributeError):
    _prctl = None


def _dies_with(parent: int) -> Callable[[], None]:
    def preexec() -> None:  # in the child, before exec
        _prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)  # type: ignore[misc]
        if os.getppid() != parent:  # the worker died before the line above
            os._exit(1)

    return preexec


@functools.cache
def languages() -> str:
    """The '+'-joined languages to use, or raise OcrUnavailable saying how to install them."""
    exe = shutil.which("tesseract")
    if exe is None:
        raise OcrUnavailable(f"scanned page and no OCR engine: {INSTALL_HINT}")
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise OcrUnavailable(f"Tesseract does not run ({exc}): {INSTALL_HINT}") from None
    have = set(out.stdout.split()) | set(out.stderr.split())
    langs = [lang for lang in _PREFERRED if lang in have]
    if "ind" not in langs:
        raise OcrUnavailable("Tesseract has no Indonesian data: apt-get install tesseract-ocr-ind")
    return "+".join(langs)


def problem() -> str | None:
    """Why OCR cannot run here (with how to install it), or None when it can."""
    try:
        languages()
    except OcrUnavailable as exc:
        return str(exc).removeprefix("scanned page and no OCR engine: ")
    return None


def ocr_image(image: Image.Image, timeout: float = 120) -> str:
    """The text Tesseract reads on one page image."""
    langs = languages()
    buf = io.BytesIO()
    image.convert("L").save(buf, format="PNG")
    # One thread per process: pages are parallelised by the worker pool, not inside Tesseract.
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    proc = subprocess.run(
        ["tesseract", "stdin", "stdout", "-l", langs, "--psm", "3"],
        input=buf.getvalue(),
        capture_output=True,
        timeout=timeout,
        env=env,
        check=False,
        preexec_fn=_dies_with(os.getpid()) if _prctl is not None else None,
    )
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.decode("utf-8", "replace").strip()[:200] or "tesseract failed")
    return proc.stdout.decode("utf-8", "replace")
