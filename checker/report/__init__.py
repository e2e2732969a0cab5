"""Reports: one data model of findings, one module per format.

``WRITERS`` maps a format name to its module (``EXTENSION`` and ``render(report, lang)``);
``FORMATS`` lists every format of the contract, built or not yet.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from types import ModuleType

from checker.model import Report
from checker.report import jsonreport, markdown

WRITERS: dict[str, ModuleType] = {"md": markdown, "json": jsonreport}
FORMATS = ("md", "json", "html", "xlsx", "csv", "junit")
FILE_NAMES = {"md": "report.md", "json": "report.json", "html": "report.html", "xlsx": "report.xlsx",
              "csv": "report.csv", "junit": "report.junit.xml"}


def write(report: Report, fmt: str, output: Path, lang: str) -> Path:
    """Write one format atomically: a temporary file renamed into place."""
    text = WRITERS[fmt].render(report, lang)
    target = output / FILE_NAMES[fmt]
    fd, tmp = tempfile.mkstemp(prefix=".report-", dir=output)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target
