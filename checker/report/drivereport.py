"""drive.json (schema ``zi-check.drive/1``): the units of a drive side by side, each with its
report's summary and score, and where its own report is."""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from checker import __version__
from checker.report import FILE_NAMES, jsonreport

SCHEMA = "zi-check.drive/1"


def to_dict(judged: Sequence[tuple[Any, Any]], lang: str) -> dict[str, Any]:
    units = []
    for unit, report in judged:
        data = jsonreport.to_dict(report, lang)
        units.append({"path": unit.folder, "unit": report.profile.unit, "year": report.profile.year,
                      "target": report.profile.target, "report": f"{unit.folder}/{FILE_NAMES['json']}",
                      "summary": data["summary"], "score": data["score"]})
    return {"schema": SCHEMA, "generated_at": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
            "tool": {"name": "zi-check", "version": __version__}, "lang": lang, "units": units}


def write(judged: Sequence[tuple[Any, Any]], output: Path, lang: str, formats: Sequence[str]) -> list[Path]:
    """OUTPUT/drive.json, atomically (the units' own reports are written beside it)."""
    target = output / "drive.json"
    data = json.dumps(to_dict(judged, lang), ensure_ascii=False, indent=2) + "\n"
    fd, tmp = tempfile.mkstemp(prefix=".drive-", dir=output)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return [target]
