"""Reports: one data model of findings, one module per format.

``WRITERS`` maps a format name to its module: ``EXTENSION`` and
``render(report, lang, output=None) -> str | bytes``, where ``output`` is the folder the report
is written to (the formats that link to the scanned files compute relative links from it).
``FORMATS`` lists every format of the contract, in the order the help and errors name them;
the command line's choices come from ``WRITERS``.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from types import ModuleType

from checker.model import Report
from checker.report import csv, html, jsonreport, junit, markdown, portalrb, tpi, xlsx

WRITERS: dict[str, ModuleType] = {
    "md": markdown,
    "json": jsonreport,
    "html": html,
    "xlsx": xlsx,
    "csv": csv,
    "junit": junit,
    "portalrb": portalrb,
    "tpi": tpi,
}
FORMATS = ("md", "json", "html", "xlsx", "csv", "junit", "portalrb", "tpi")
FILE_NAMES = {
    "md": "report.md",
    "json": "report.json",
    "html": "report.html",
    "xlsx": "report.xlsx",
    "csv": "report.csv",
    "junit": "report.junit.xml",
    "portalrb": "portalrb.json",
    "tpi": "tpi-worksheet.xlsx",
}
# reports are shared with the team: written with the usual permissions (mkstemp's are 0600)
_UMASK = os.umask(0o022)
os.umask(_UMASK)


def render(report: Report, fmt: str, lang: str, output: Path | None = None) -> bytes:
    """The bytes of one format (text formats are UTF-8)."""
    data = WRITERS[fmt].render(report, lang, output=output)
    return data if isinstance(data, bytes) else data.encode("utf-8")


def write(report: Report, fmt: str, output: Path, lang: str) -> Path:
    """Write one format atomically: a temporary file renamed into place."""
    data = render(report, fmt, lang, output)
    target = output / FILE_NAMES[fmt]
    fd, tmp = tempfile.mkstemp(prefix=".report-", dir=output)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, 0o666 & ~_UMASK)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target
