"""The LKE ZI form (the KemenPANRB spreadsheet the unit fills): sheet ``LKE ZI``.

Columns are found by the header row's text (``Pilihan Jawaban``, ``Jawaban``, ``Nilai``, the note
after them, the evidence link); where a header is missing, the known positions stand in: codes in
B-F, question in G, options J, answer K, value L, note O, expected documents P, evidence Q.
Group rows (component, sub-component, area, sub-area) set the codes above the question rows
below them; a question row is the one with its letter in the last code column.
"""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz import fuzz

from checker.model import Rule, WorksheetRow
from checker.worksheet import positions
from checker.worksheet.grid import Grid, column_number
from checker.worksheet.table import header_row, references_in, squash

LAYOUT = "lke_form"
SHEET_NAMES = ("lke zi", "lke", "lke zi wbk", "lke wbk", "lke wbbm")
KNOWN = {"codes": "B", "question": "G", "options": "J", "answer": "K", "value": "L", "note": "O", "evidence": "Q"}
CODE_LEVELS = 5  # component, sub-component, area, sub-area, question
TEXT_MATCH = 88  # how close a question's words must be to a rule's to be taken as it


def recognises(grid: Grid) -> bool:
    return squash(grid.name) in SHEET_NAMES or _header(grid) is not None


def _header(grid: Grid) -> tuple[int, dict[str, int]] | None:
    found = header_row(
        grid, lambda cells: any(c == "pilihan jawaban" for c in cells) and any(c == "jawaban" for c in cells)
    )
    if found is None:
        return None
    row, cells = found
    columns: dict[str, int] = {}
    for col, text in enumerate(cells, start=1):
        if text == "pilihan jawaban":
            columns.setdefault("options", col)
        elif text == "jawaban":
            columns.setdefault("answer", col)
        elif text == "nilai":
            columns.setdefault("value", col)
        elif text.startswith(("bukti", "link", "data dukung", "eviden", "tautan")):
            columns.setdefault("evidence", col)
    answer = columns.get("answer", 0)
    for col, text in enumerate(cells, start=1):
        if col > answer and any(w in text for w in ("catatan", "keterangan", "penjelasan")):
            columns.setdefault("note", col)
    return row, columns


def read(grid: Grid, rules: Sequence[Rule]) -> tuple[int, tuple[WorksheetRow, ...]]:
    """(the header row, 0 when there is none; the rows of questions)."""
    header = _header(grid)
    first, columns = (header[0] + 1, header[1]) if header else (8, {})
    col = {key: columns.get(key) or column_number(letter) for key, letter in KNOWN.items()}
    if "answer" in columns and "options" in columns and "question" not in columns:
        # the question text is the widest text before the options (G in the official form)
        col["question"] = max(1, min(col["question"], col["options"] - 1))
    code_cols = list(range(col["codes"], col["codes"] + CODE_LEVELS))
    if code_cols[-1] >= col["question"]:
        code_cols = list(range(max(1, col["question"] - CODE_LEVELS), col["question"]))
    by_position = positions.by_position(rules)
    unmatched = {r.id: r for r in rules}
    codes: list[str | None] = [None] * (len(code_cols) - 1)
    rows: list[WorksheetRow] = []
    for r in range(first, grid.height + 1):
        cells = [positions.code_of(grid.cell(r, c)) for c in code_cols]
        letter = cells[-1]
        for level, code in enumerate(cells[:-1]):
            if code is not None:  # a group row: its code, and nothing below it yet
                codes[level] = code
                codes[level + 1 :] = [None] * (len(codes) - level - 1)
        question = grid.cell(r, col["question"])
        if letter is None or len(letter) != 1 or not letter.isalpha() or not question:
            continue
        rule = by_position.get(positions.canonical(".".join([*(c for c in codes if c), letter])))
        if rule is None or rule.id not in unmatched:
            rule = _by_text(question, unmatched.values())
        if rule is None:
            continue
        del unmatched[rule.id]
        evidence = grid.cell(r, col["evidence"])
        rows.append(
            WorksheetRow(
                rule_id=rule.id,
                row=r,
                answer=grid.cell(r, col["answer"]),
                note=grid.cell(r, col["note"]),
                references=references_in(evidence, grid.links.get((r, col["evidence"]))),
            )
        )
    return (header[0] if header else 0), tuple(rows)


def _by_text(question: str, rules: object) -> Rule | None:
    best, best_score = None, 0.0
    for rule in rules:  # type: ignore[attr-defined]
        score = fuzz.token_sort_ratio(question.lower(), rule.question.lower())
        if score > best_score:
            best, best_score = rule, score
    return best if best_score >= TEXT_MATCH else None
