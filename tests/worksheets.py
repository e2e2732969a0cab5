"""Write filled LKE worksheets as units keep them: the LKE ZI form and the PortalRB answer sheet,
as .xlsx (openpyxl) or .csv, from a question tree (the pack's catalog) and the answers given.

``answers`` maps a rule id to a :class:`Answer`; questions without one are left blank. The output
is deterministic (fixed workbook properties).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl

FIXED = dt.datetime(2021, 11, 1, 8, 0, 0)


@dataclass(frozen=True)
class Answer:
    answer: str = ""
    evidence: str = ""  # the evidence cell as the unit typed it (several lines, ";" or ",")
    note: str = ""
    link: str | None = None  # a hyperlink behind the evidence cell ("link" shown)
    tpi_answer: str = ""
    tpi_note: str = ""


def _rows(tree_path: Path) -> Iterator[tuple[int, str, str, dict[str, Any] | None]]:
    """(level 0-4, code, name, question) in worksheet order; the question for question rows."""
    tree = json.loads(Path(tree_path).read_text(encoding="utf-8"))["tree"]

    def walk(nodes: list[dict[str, Any]], level: int) -> Iterator[tuple[int, str, str, dict[str, Any] | None]]:
        for node in nodes:
            code, _, name = str(node["name"]).partition(" ")
            yield level, code.rstrip("."), name, None
            for q in node.get("questions") or []:
                yield 4, q["letter"], q["text"], q
            yield from walk(node.get("children") or [], level + 1)

    yield from walk(tree, 0)


def _save(book: openpyxl.Workbook, path: Path) -> None:
    """Saved with fixed properties and zip dates: the same answers give the same bytes."""
    import io

    from checker.report.xlsx import dated

    book.properties.created = FIXED
    book.properties.modified = FIXED
    book.properties.creator = "zi-check tests"
    buffer = io.BytesIO()
    book.save(buffer)
    path.write_bytes(dated(buffer.getvalue(), FIXED.replace(tzinfo=dt.UTC)))


def lke_form(path: Path, tree_path: Path, answers: Mapping[str, Answer], *, headers: bool = True,
             hidden_sheets: bool = True) -> Path:
    """The LKE ZI form: sheet "LKE ZI" (after hidden "Utama" and "Ctt Eval"), title row 1,
    headers row 2, codes B-F, question G, options J, answer K, value L, note O, expected
    documents P, evidence Q; questions from row 8."""
    book = openpyxl.Workbook()
    first = book.active
    if hidden_sheets:
        first.title = "Utama"
        first["A1"] = "LEMBAR KERJA EVALUASI ZONA INTEGRITAS"
        first.sheet_state = "hidden"
        notes = book.create_sheet("Ctt Eval")
        notes.sheet_state = "hidden"
        sheet = book.create_sheet("LKE ZI")
    else:
        sheet = first
        sheet.title = "LKE ZI"
    sheet["A1"] = "LEMBAR KERJA EVALUASI ZONA INTEGRITAS MENUJU WBK/WBBM"
    if headers:
        for col, text in {"A": "No", "G": "Penilaian", "H": "Bobot", "I": "Penjelasan", "J": "Pilihan Jawaban",
                          "K": "Jawaban", "L": "Nilai", "O": "Catatan/Keterangan"}.items():
            sheet[f"{col}2"] = text
    sheet["G4"] = "(diisi oleh unit kerja)"
    row = 8
    for level, code, name, question in _rows(tree_path):
        sheet.cell(row, 2 + level, f"{code}.")
        sheet.cell(row, 7, name)
        if question is not None:
            answer = answers.get(question["id"], Answer())
            sheet.cell(row, 8, question.get("weight"))
            sheet.cell(row, 9, question.get("criteria"))
            sheet.cell(row, 10, "/".join(o["key"] for o in question.get("options") or []) or question["answer_type"])
            sheet.cell(row, 11, answer.answer or None)
            sheet.cell(row, 15, answer.note or None)
            sheet.cell(row, 16, question.get("evidence_examples"))
            cell = sheet.cell(row, 17, answer.evidence or ("link" if answer.link else None))
            if answer.link:
                cell.hyperlink = answer.link
        row += 1
    path.parent.mkdir(parents=True, exist_ok=True)
    _save(book, path)
    return path


PORTALRB_HEADERS = {1: "No", 2: "soal_id", 3: "Komponen", 7: "Pertanyaan", 11: "Jawaban Unit", 12: "Catatan Unit",
                    13: "Bukti Dukung Unit", 14: "Jawaban TPI", 17: "Catatan TPI"}


def _portalrb_rows(tree_path: Path, answers: Mapping[str, Answer]) -> list[dict[int, Any]]:
    rows = []
    for _, code, name, question in _rows(tree_path):
        if question is None:
            rows.append({3: f"{code}. {name}"})
            continue
        a = answers.get(question["id"], Answer())
        rows.append({1: question["soal_id"], 2: question["soal_id"], 7: name, 11: a.answer, 12: a.note,
                     13: a.evidence or a.link or "", 14: a.tpi_answer, 17: a.tpi_note})
    return rows


def portalrb(path: Path, tree_path: Path, answers: Mapping[str, Answer], *, headers: bool = True,
             delimiter: str = ",", encoding: str = "utf-8") -> Path:
    """The PortalRB answer sheet "Jawaban": title rows, headers row 5, answers from row 6 (unit
    answer K, note L, evidence M, TPI answer N, TPI note Q); .csv when ``path`` says so."""
    grid: list[dict[int, Any]] = [{1: "JAWABAN LKE ZONA INTEGRITAS"}, {1: "Unit: -"}, {}, {},
                                  dict(PORTALRB_HEADERS) if headers else {}]
    grid += _portalrb_rows(tree_path, answers)
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix == ".csv":
        with path.open("w", newline="", encoding=encoding) as fh:
            writer = csv.writer(fh, delimiter=delimiter)
            for cells in grid:
                writer.writerow([cells.get(c, "") for c in range(1, 18)])
        return path
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Jawaban"
    for r, cells in enumerate(grid, start=1):
        for c, value in cells.items():
            sheet.cell(r, c, value if value != "" else None)
    _save(book, path)
    return path


def as_csv(xlsx: Path, sheet: str, path: Path, delimiter: str = ";") -> Path:
    """One sheet of a workbook exported as Excel does ("Save as CSV"): values only."""
    book = openpyxl.load_workbook(xlsx, data_only=True)
    with path.open("w", newline="", encoding="utf-8-sig") as fh:
        writer = csv.writer(fh, delimiter=delimiter)
        for row in book[sheet].iter_rows(values_only=True):
            writer.writerow(["" if v is None else v for v in row])
    return path
