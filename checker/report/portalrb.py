"""portalrb.json: per question, what an agency's PortalRB integration serves for the unit (the
unit's answer, note and evidence from its worksheet) and what zi-check proposes to the
evaluators (``jawaban_tpi``, ``catatan_tpi``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from checker.model import Report
from checker.report import lke, messages

EXTENSION = "json"
SCHEMA = "zi-check.portalrb/1"


def render(report: Report, lang: str, output: Path | None = None) -> str:
    kind_labels = messages.kind_labels(report.pack, lang)
    sheet = report.worksheet
    answers: list[dict[str, Any]] = []
    for row in lke.worksheet(report):
        result = row.result
        written = sheet.row_of(result.rule.id) if sheet is not None else None
        claim = report.claims.get(result.rule.id)
        answers.append(
            {
                "soal_id": result.rule.soal,
                "id": result.rule.id,
                "jawaban_unit": (written.answer or None) if written else None,
                "catatan_unit": (written.note or None) if written else None,
                "bukti_dukung_unit": "\n".join(written.references) or None if written else None,
                "jawaban_tpi": result.supported,
                "catatan_tpi": messages.evaluator_note(result, claim, lang, kind_labels),
                "status": result.status.value,
                "temuan": [f.code for f in claim.findings] if claim else [],
            }
        )
    data = {
        "schema": SCHEMA,
        "unit": report.profile.unit,
        "year": report.profile.year,
        "generated_at": report.generated_at.isoformat(timespec="seconds"),
        "lang": lang,
        "worksheet": sheet.path.name if sheet else None,
        "jawaban": answers,
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
