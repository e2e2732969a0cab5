"""Indonesian and English dates: "15 Maret 2021", "14Agustus 2022", "Pebruari", "05-06-2019".

dateparser reads some of these but costs ~650 us a call and fills a missing day from today's
date; a compiled expression over a fixed month table is exact and 1000x cheaper.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MONTHS: dict[str, int] = {}
for number, names in enumerate(
    [
        ("januari", "january", "jan"),
        ("februari", "pebruari", "febuari", "february", "feb", "peb"),
        ("maret", "march", "mar"),
        ("april", "apr"),
        ("mei", "may"),
        ("juni", "june", "jun"),
        ("juli", "july", "jul"),
        ("agustus", "augustus", "august", "agu", "agt", "ags", "aug"),
        ("september", "sept", "sep"),
        ("oktober", "october", "okt", "oct"),
        ("november", "nopember", "nov", "nop"),
        ("desember", "december", "des", "dec"),
    ],
    start=1,
):
    for name in names:
        MONTHS[name] = number

_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
_YEAR = r"(?P<year>(?:19|20)[0-9OoIl]{2})"
# OCR reads 0 as O and 1 as I or l inside numbers
_OCR_DIGITS = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1"})

TEXT_DATE = re.compile(
    r"(?<!\d)(?P<day>[0-3]?[0-9OoIl])\s*(?P<month>" + _MONTH_ALT + r")\.?,?\s+" + _YEAR + r"(?!\d)",
    re.IGNORECASE,
)
NUMERIC_DATE = re.compile(r"(?<![\d/.-])(?P<day>[0-3]?\d)[-/.](?P<month>[01]?\d)[-/.]" + _YEAR + r"(?![\d/.-])")
MONTH_YEAR = re.compile(r"\b(?P<month>" + _MONTH_ALT + r")\.?\s+" + _YEAR + r"(?!\d)", re.IGNORECASE)

# "Ditetapkan di Jakarta pada tanggal 15 Maret 2021" (the enactment of a decree)
ENACTED = re.compile(
    r"ditetapkan\s+di\s*:?\s*[^\n]{1,60}?\s*(?:\n\s*)?pada\s+tanggal\s*:?\s*", re.IGNORECASE
)
# "Jakarta, 15 Maret 2021" at the start of a line (a signature or a cover)
PLACE_DATE = re.compile(r"^[ \t]*[A-Z][A-Za-z .'-]{2,40},[ \t]*(?=\S)", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class FoundDate:
    value: dt.date | None  # None when only month and year are known
    year: int
    start: int
    end: int
    text: str


def parse_at(text: str, pos: int) -> FoundDate | None:
    """A full date (or month and year) starting at ``pos``, allowing a little noise before it."""
    window = text[pos : pos + 40]
    for pattern in (TEXT_DATE, NUMERIC_DATE, MONTH_YEAR):
        match = pattern.match(window.lstrip(" \t:"))
        if match:
            offset = pos + len(window) - len(window.lstrip(" \t:"))
            return _found(match, offset)
    return None


def find_all(text: str) -> list[FoundDate]:
    found = []
    for pattern in (TEXT_DATE, NUMERIC_DATE):
        found.extend(f for m in pattern.finditer(text) if (f := _found(m, 0)) and f.value)
    return sorted(found, key=lambda f: f.start)


def _found(match: re.Match[str], offset: int) -> FoundDate | None:
    year = int(match.group("year").translate(_OCR_DIGITS))
    month_text = match.group("month")
    month = int(month_text) if month_text.isdigit() else MONTHS.get(month_text.lower().rstrip("."))
    if not month or not 1 <= month <= 12:
        return None
    value = None
    if "day" in match.groupdict() and match.group("day"):
        day = int(match.group("day").translate(_OCR_DIGITS))
        try:
            value = dt.date(year, month, day)
        except ValueError:
            return None
    return FoundDate(value, year, offset + match.start(), offset + match.end(), match.group(0))


# "Keputusan ini mulai berlaku ... sampai dengan 31 Desember 2020", "berlaku untuk Tahun Anggaran 2021"
VALID_UNTIL = re.compile(
    r"\bberlaku\b[^.;]{0,120}?\b(?:sampai\s+dengan|s\.?\s?d\.?|s/d|hingga)\s*:?\s*(?:tanggal\s+|akhir\s+)?"
    r"(?:tahun\s+(?:anggaran\s+)?)?(?=[0-9OoIl]|" + _MONTH_ALT + r"|(?:19|20)\d{2})",
    re.IGNORECASE,
)
VALID_FOR_YEAR = re.compile(
    r"\bberlaku\s+(?:untuk|selama|pada)\s+(?:tahun\s+anggaran|tahun|ta\.?)\s+(?P<year>(?:19|20)\d{2})\b",
    re.IGNORECASE,
)


def valid_until(text: str) -> tuple[int, int, int, str] | None:
    """(year, start, end, words) of the last day a decree says it is in force, if it says so."""
    for match in VALID_UNTIL.finditer(text):
        found = parse_at(text, match.end())
        if found is not None:
            return found.year, match.start(), found.end, text[match.start():found.end]
        year = re.match(r"(?:19|20)\d{2}", text[match.end():match.end() + 4])
        if year:
            end = match.end() + 4
            return int(year.group(0)), match.start(), end, text[match.start():end]
    match = VALID_FOR_YEAR.search(text)
    if match:
        return int(match.group("year")), match.start(), match.end(), match.group(0)
    return None
