"""The PortalRB answer sheet: sheet ``Jawaban``, one row per ``soal_id`` (1-127).

Columns are found by header text (``soal_id``, unit answer, unit note, evidence, TPI answer, TPI
note); where headers are missing, the known positions stand in: rows 6-202, unit answer K, unit
note L, evidence M, TPI answer N, TPI note Q, and the soal number in the column that holds most of
the question numbers.
"""

from __future__ import annotations

from collections.abc import Sequence

from checker.model import Rule, WorksheetRow
from checker.worksheet.grid import Grid, column_number
from checker.worksheet.table import header_row, references_in, squash

LAYOUT = "portalrb"
SHEET_NAMES = ("jawaban", "jawaban unit", "portalrb")
KNOWN = {"answer": "K", "note": "L", "evidence": "M", "evaluator_answer": "N", "evaluator_note": "Q"}
KNOWN_ROWS = (6, 202)
_SOAL = ("soal id", "id soal", "soal", "no soal", "nomor soal")


def recognises(grid: Grid) -> bool:
    return _header(grid) is not None or (
        squash(grid.name) in SHEET_NAMES and _soal_column(grid, *KNOWN_ROWS) is not None
    )


def _header(grid: Grid) -> tuple[int, dict[str, int]] | None:
    found = header_row(grid, lambda cells: any(c in _SOAL for c in cells) and any("jawaban" in c for c in cells))
    if found is None:
        return None
    row, cells = found
    columns: dict[str, int] = {}
    for col, text in enumerate(cells, start=1):
        evaluator = "tpi" in text or "evaluator" in text or "penilai" in text
        if text in _SOAL:
            columns.setdefault("soal", col)
        elif "jawaban" in text:
            columns.setdefault("evaluator_answer" if evaluator else "answer", col)
        elif "catatan" in text or "keterangan" in text:
            columns.setdefault("evaluator_note" if evaluator else "note", col)
        elif any(w in text for w in ("bukti", "eviden", "link", "url", "tautan", "data dukung")):
            columns.setdefault("evidence", col)
    return row, columns


def _soal_column(grid: Grid, first: int, last: int) -> int | None:
    """The column holding the most question numbers in the rows of answers."""
    best, best_count = None, 0
    width = max((len(r) for r in grid.rows), default=0)
    for col in range(1, width + 1):
        count = sum(grid.cell(r, col).isdigit() for r in range(first, min(last, grid.height) + 1))
        if count > best_count:
            best, best_count = col, count
    return best if best_count >= 10 else None


def read(grid: Grid, rules: Sequence[Rule]) -> tuple[int, tuple[WorksheetRow, ...]]:
    """(the header row, 0 when there is none; the rows of questions)."""
    header = _header(grid)
    if header is not None:
        first, last, columns = header[0] + 1, grid.height, header[1]
    else:
        first, last, columns = KNOWN_ROWS[0], KNOWN_ROWS[1], {}
    col = {key: columns.get(key) or column_number(letter) for key, letter in KNOWN.items()}
    soal_col = columns.get("soal") or _soal_column(grid, first, last)
    if soal_col is None:
        return 0, ()
    by_soal = {r.soal: r for r in rules}
    rows: list[WorksheetRow] = []
    seen: set[str] = set()
    for r in range(first, min(last, grid.height) + 1):
        soal = grid.cell(r, soal_col)
        rule = by_soal.get(int(soal)) if soal.isdigit() else None
        if rule is None or rule.id in seen:
            continue
        seen.add(rule.id)
        rows.append(
            WorksheetRow(
                rule_id=rule.id,
                row=r,
                answer=grid.cell(r, col["answer"]),
                note=grid.cell(r, col["note"]),
                references=references_in(grid.cell(r, col["evidence"]), grid.links.get((r, col["evidence"]))),
                evaluator_answer=grid.cell(r, col["evaluator_answer"]),
                evaluator_note=grid.cell(r, col["evaluator_note"]),
            )
        )
    return (header[0] if header else 0), tuple(rows)
