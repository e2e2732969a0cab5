"""tpi-worksheet.xlsx: the evaluators' worksheet. With the unit's worksheet, a copy of it with
the evaluators' columns added beside its own: the answer the evidence supports, the findings on
the claim, the evidence found and a proposed evaluator's note. Without one, the same columns on
the LKE's questions alone.

The unit's file is read into memory; the copy is written to OUTPUT only. A worksheet kept as
.xlsx keeps its sheets and formatting; one kept as .csv becomes a sheet of its own rows.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from checker.model import Report
from checker.report import lke, messages
from checker.report.xlsx import clean, first_sheet, reproducible
from checker.worksheet import grid

EXTENSION = "xlsx"
_HEAD_COLOUR = "FFF2CC"
_WIDTHS = (12, 45, 45, 60)


def render(report: Report, lang: str, output: Path | None = None) -> bytes:
    w = messages.words(lang, report.pack)  # openpyxl is imported here: most scans write no workbook
    sheet_info = report.worksheet
    if sheet_info is None:
        book, sheet, header, rows = _questions_only(report, w)
    else:
        book, sheet = _copy(sheet_info)
        header = sheet_info.header_row or max(1, min(r.row for r in sheet_info.rows) - 1)
        rows = {r.rule_id: r.row for r in sheet_info.rows}
    _evaluators_columns(report, sheet, header, rows, w, lang)
    when = report.generated_at.replace(tzinfo=None)
    book.properties.creator = f"zi-check {report.tool_version}"
    book.properties.created = when
    book.properties.modified = when
    out = io.BytesIO()
    book.save(out)
    return reproducible(out.getvalue(), report)


def _copy(sheet_info: Any) -> tuple[Any, Any]:
    import openpyxl

    if sheet_info.path.suffix.lower() == ".csv":
        book = openpyxl.Workbook()
        sheet = first_sheet(book)
        sheet.title = clean(sheet_info.path.stem)[:31] or "LKE"
        for cells in grid.read(sheet_info.path)[0].rows:
            sheet.append(list(cells))
        return book, sheet
    book = openpyxl.load_workbook(io.BytesIO(sheet_info.path.read_bytes()))
    return book, book[sheet_info.sheet]


def _questions_only(report: Report, w: dict) -> tuple[Any, Any, int, dict[str, int]]:
    import openpyxl
    from openpyxl.styles import Font

    book = openpyxl.Workbook()
    sheet = first_sheet(book)
    sheet.title = w["sheet_lke"]
    sheet.append([w["soal"], w["position"], "ID", w["question"]])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.column_dimensions["D"].width = 60
    rows = {}
    for k, row in enumerate(lke.worksheet(report), start=2):
        rule = row.result.rule
        sheet.append([rule.soal, rule.lke, rule.id, clean(rule.question)])
        rows[rule.id] = k
    return book, sheet, 1, rows


def _evaluators_columns(
    report: Report,
    sheet: Any,
    header: int,
    rows: dict[str, int],
    w: dict,
    lang: str,
) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    kind_labels = messages.kind_labels(report.pack, lang)
    first = (sheet.max_column or 1) + 1
    for k, title in enumerate((w["tpi_answer"], w["tpi_findings"], w["tpi_evidence"], w["tpi_note"])):
        cell = sheet.cell(header, first + k, title)
        cell.font, cell.fill = Font(bold=True), PatternFill("solid", fgColor=_HEAD_COLOUR)
        sheet.column_dimensions[get_column_letter(first + k)].width = _WIDTHS[k]
    wrap = Alignment(wrap_text=True, vertical="top")
    for result in report.results:
        row = rows.get(result.rule.id)
        if row is None:
            continue
        claim = report.claims.get(result.rule.id)
        findings = "\n".join(messages.claim_detail(f, lang, kind_labels) for f in claim.findings) if claim else ""
        evidence = "\n".join(e.path + (f" ({w['page']} {e.page})" if e.page else "") for e in result.evidence)
        values = (result.supported, findings, evidence, messages.evaluator_note(result, claim, lang, kind_labels))
        for k, value in enumerate(values):
            sheet.cell(row, first + k, clean(value) if isinstance(value, str) else value).alignment = wrap
