"""A worksheet file as grids of cell text: every sheet of an .xlsx, or the one table of a .csv.

The file is read into memory and never opened for writing. A cell's hyperlink is kept beside its
text: units often show "link" and put the Google Drive address behind it.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from checker.errors import SetupError, read_named

MAX_ROWS, MAX_COLS = 5000, 60  # an LKE has ~300 rows and ~20 columns; more is not a worksheet
SUFFIXES = (".xlsx", ".xlsm", ".csv")


class WorksheetError(SetupError):
    """The worksheet cannot be read or its layout is not recognised (exit code 2)."""


@dataclass(frozen=True, slots=True)
class Grid:
    name: str  # the sheet's name; the file's for a CSV
    rows: tuple[tuple[str, ...], ...]  # rows[0] is row 1; cells are stripped text
    links: dict[tuple[int, int], str] = field(default_factory=dict)  # (row, col), 1-based -> URL
    hidden: bool = False

    def cell(self, row: int, col: int) -> str:
        """The text at a 1-based row and column ("" outside the grid)."""
        if 1 <= row <= len(self.rows):
            cells = self.rows[row - 1]
            if 1 <= col <= len(cells):
                return cells[col - 1]
        return ""

    @property
    def height(self) -> int:
        return len(self.rows)


def column_number(letter: str) -> int:
    """ "A" -> 1, "Q" -> 17, "AA" -> 27."""
    number = 0
    for char in letter.upper():
        number = number * 26 + ord(char) - 64
    return number


def read(path: Path) -> list[Grid]:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        hint = " (save it as .xlsx)" if suffix in (".xls", ".ods") else ""
        raise WorksheetError(f"worksheet {path}: not an .xlsx or .csv file{hint}")
    data = read_named(path, "worksheet", WorksheetError)
    if suffix == ".csv":
        return [_csv(path, data)]
    return _xlsx(path, data)


def _csv(path: Path, data: bytes) -> Grid:
    for encoding in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    sample = text[:20000]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        rows = [
            tuple(c.strip() for c in row[:MAX_COLS])
            for row, _ in zip(csv.reader(io.StringIO(text), dialect), range(MAX_ROWS), strict=False)
        ]
    except csv.Error as exc:
        raise WorksheetError(f"worksheet {path}: not a readable CSV file ({exc})") from None
    return Grid(path.name, tuple(rows))


def _xlsx(path: Path, data: bytes) -> list[Grid]:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise WorksheetError(f"worksheet {path}: encrypted or an old .xls file (save it as .xlsx without a password)")
    try:
        # not read-only mode: hyperlinks are only kept in the full one (an LKE is small)
        book = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise WorksheetError(f"worksheet {path}: not a readable .xlsx file ({type(exc).__name__}: {exc})") from None
    grids = []
    for sheet in book.worksheets:
        rows: list[tuple[str, ...]] = []
        links: dict[tuple[int, int], str] = {}
        for r, row in enumerate(
            sheet.iter_rows(max_row=min(sheet.max_row, MAX_ROWS), max_col=min(sheet.max_column, MAX_COLS)), start=1
        ):
            rows.append(tuple(_text(c.value) for c in row))
            for c, cell in enumerate(row, start=1):
                link = getattr(cell, "hyperlink", None)
                if link is not None and (link.target or link.location):
                    links[(r, c)] = str(link.target or link.location)
        grids.append(Grid(sheet.title, tuple(rows), links, hidden=sheet.sheet_state != "visible"))
    return grids


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    return str(value).strip()
