"""XLSX (recaps, lists): every sheet a page, one line per row, cells separated by " | "."""

from __future__ import annotations

import zipfile
from pathlib import Path

from checker.extract.settings import ExtractSettings
from checker.extract.ziputil import refusal
from checker.model import DocStatus, Extraction, Page

MAX_ROWS_PER_SHEET = 5000  # facts live in the first rows; a 1,000,000-row log is not read whole


def extract(path: Path, settings: ExtractSettings) -> Extraction:
    import openpyxl  # imported here: only a drive with spreadsheets pays for it

    refused = refusal(path)
    if refused is not None:
        return refused
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        return Extraction(DocStatus.CORRUPT, error=f"not a readable XLSX ({exc})")
    pages = []
    try:
        for number, sheet in enumerate(book.worksheets[: settings.max_pages], start=1):
            lines = [sheet.title]
            for row in sheet.iter_rows(max_row=MAX_ROWS_PER_SHEET, values_only=True):
                cells = [str(c).strip() for c in row if c is not None and str(c).strip()]
                if cells:
                    lines.append(" | ".join(cells))
            pages.append(Page(number, "\n".join(lines)))
    finally:
        book.close()
    if not any(len(p.text.splitlines()) > 1 for p in pages):
        return Extraction(
            DocStatus.EMPTY, pages=tuple(pages), error="the workbook has no cell text", page_count=len(pages)
        )
    return Extraction(DocStatus.OK, pages=tuple(pages), page_count=len(pages))
