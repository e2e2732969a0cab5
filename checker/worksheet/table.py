"""What the worksheet readers share: header text squashed for comparison, the header row found,
references split out of a cell."""

from __future__ import annotations

import re
from collections.abc import Callable

from checker.worksheet.grid import Grid

HEADER_ROWS = 15  # a header is in the first rows of a sheet
_SPACES = re.compile(r"[\s_/]+")
_PATH_LIKE = re.compile(r"(?i)^(?:[a-z][a-z0-9+.-]*://|www\.)|[/\\]|\.[a-z0-9]{2,5}$")
_NOT_A_REFERENCE = {"", "-", "--", "—", "ada", "terlampir", "tidak ada", "n/a", "na", "nihil", "link"}


def squash(text: str) -> str:
    """Header text for comparison: lower case, single spaces, "_" and "/" as spaces."""
    return _SPACES.sub(" ", text.lower()).strip(" :*")


def header_row(grid: Grid, test: Callable[[list[str]], bool]) -> tuple[int, list[str]] | None:
    """The first row among the first ones whose squashed cells pass ``test``."""
    for r in range(1, min(grid.height, HEADER_ROWS) + 1):
        cells = [squash(c) for c in grid.rows[r - 1]]
        if test(cells):
            return r, cells
    return None


def references_in(cell: str, link: str | None = None) -> tuple[str, ...]:
    """The references a cell holds: one per line or after ";"; after "," only where every piece
    looks like a path or an address (a file name may hold a comma). A hyperlink behind the cell
    counts too ("link" shown, the address behind it)."""
    found: list[str] = []
    for line in re.split(r"[\n;]+", cell):
        pieces = [p.strip() for p in line.split(",")]
        if len(pieces) > 1 and all(_PATH_LIKE.search(p) for p in pieces if p):
            found += pieces
        else:
            found.append(line.strip())
    if link:
        found.append(link.strip())
    return tuple(dict.fromkeys(f for f in found if f.lower() not in _NOT_A_REFERENCE))
