"""report.csv: one row per requirement, for dashboards and spreadsheets (UTF-8, RFC 4180).

The header names are stable and in English; titles, statuses' labels and messages are in the
report language. A cell that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is
neutralised with a leading apostrophe, so a spreadsheet never runs a document's text as a formula.
"""

from __future__ import annotations

import csv as _csv
import io
from pathlib import Path

from checker.model import Report
from checker.report import messages
from checker.report.baseline import changes_of
from checker.report.links import Links, evidence_paths, index_target

EXTENSION = "csv"
COLUMNS = (
    "id",
    "area",
    "lke",
    "soal",
    "weight",
    "answer",
    "question",
    "title",
    "status",
    "status_label",
    "change",
    "previous_status",
    "evidence",
    "evidence_link",
    "problems",
    "message",
)
_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> str:
    """A cell's text that no spreadsheet reads as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_TRIGGERS) else text


def render(report: Report, lang: str, output: Path | None = None) -> str:
    links = Links(report.root, output)
    changes = changes_of(report)
    by_change = changes.by_id() if changes else {}
    kind_labels = messages.kind_labels(report.pack, lang)
    buffer = io.StringIO()
    writer = _csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for r in report.results:
        rule = r.rule
        change = by_change.get(rule.id)
        problems = "; ".join(f"{p.path}: {messages.problem_detail(p, lang, kind_labels)}" for p in r.problems)
        row = (
            rule.id,
            rule.area,
            rule.lke,
            rule.soal,
            f"{rule.weight:g}",
            rule.answer,
            rule.question,
            rule.title.get(lang),
            r.status.value,
            messages.status_label(r.status, lang),
            change.change.value if change else "",
            (change.previous or "") if change else "",
            "; ".join(evidence_paths(r)),
            links.target(index_target(r)) or "",
            problems,
            messages.message(r, lang, kind_labels),
        )
        writer.writerow([neutralise(v) for v in row])
    return buffer.getvalue()
