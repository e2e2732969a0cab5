"""The unit's own worksheet, read: which answer and which evidence it claims per question.

One module per layout (the LKE ZI form, the PortalRB answer sheet); each says whether it
recognises a sheet and reads its rows. The file is only read, never changed. A file that cannot
be read, or that no reader recognises, is a :class:`WorksheetError` (exit code 2).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from checker.model import Rule, Worksheet
from checker.worksheet import grid, lkeform, portalrb
from checker.worksheet.grid import WorksheetError

READERS = (lkeform, portalrb)

__all__ = ["READERS", "WorksheetError", "read"]


def read(path: Path, rules: Sequence[Rule]) -> Worksheet:
    grids = grid.read(path)
    # a sheet named as a layout names it first; visible sheets before hidden ones ("Utama")
    ordered = sorted(
        grids,
        key=lambda g: (
            g.hidden,
            not any(reader.recognises(g) and g.name.lower() in reader.SHEET_NAMES for reader in READERS),
        ),
    )
    for sheet in ordered:
        for reader in READERS:
            if not reader.recognises(sheet):
                continue
            header, rows = reader.read(sheet, rules)
            if rows:
                return Worksheet(path=path, layout=reader.LAYOUT, sheet=sheet.name, rows=rows, header_row=header)
    names = ", ".join(f"'{g.name}'" for g in grids) or "none"
    raise WorksheetError(
        f"worksheet {path}: layout not recognised (sheets: {names}); expected the LKE ZI form "
        "(a header row with 'Pilihan Jawaban' and 'Jawaban', question codes in B-F) or the PortalRB "
        "sheet 'Jawaban' (a 'soal_id' column)"
    )
