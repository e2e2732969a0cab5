"""Indonesian and English dates: "15 Maret 2021", "14Agustus 2022", "Pebruari", "05-06-2019",
"July 8, 2022", "I9 Juli 2O21" (a scan's I for 1 and O for 0), and spelled out ("tanggal Empat
bulan Januari tahun Dua Ribu Dua Puluh Satu").

dateparser reads some of these but costs ~650 us a call, fills a missing day from today's date
and knows neither OCR digit confusions nor spelled-out Indonesian numbers; compiled expressions
over a fixed month table are exact and ~1000x cheaper.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
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
_MONTH = r"(?P<month>" + _MONTH_ALT + r")(?![a-z])"
# OCR reads 0 as O and 1 as I or l inside numbers
OCR_DIGITS = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1"})
_YEAR = r"(?P<year>(?:19|2[0O])[0-9OoIl]{2})(?![\w])"
_DAY = r"(?<![\w])(?P<day>[0-3OoIl]?[0-9OoIl])"

TEXT_DATE = re.compile(_DAY + r"(?:st|nd|rd|th)?\s*(?:of\s+)?" + _MONTH + r"\.?,?\s+" + _YEAR, re.IGNORECASE)
US_DATE = re.compile(_MONTH + r"\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+" + _YEAR, re.IGNORECASE)
# (a sentence's full stop may follow it: "... sampai dengan 31/12/2025.")
NUMERIC_DATE = re.compile(
    r"(?<![\d/.-])(?P<day>[0-3]?\d)[-/.](?P<month>[01]?\d)[-/.]" + _YEAR.replace(r"(?![\w])", r"(?![\d/-]|\.\d)")
)
MONTH_YEAR = re.compile(r"\b" + _MONTH + r"\.?\s+" + _YEAR, re.IGNORECASE)
_PATTERNS = (TEXT_DATE, US_DATE, NUMERIC_DATE)

# "Ditetapkan di Jakarta pada tanggal 15 Maret 2021" (the enactment of a decree; a police order's
# "Dikeluarkan di"), and in English
ENACTED = re.compile(
    r"(?:(?:ditetapkan|dikeluarkan)\s*di\b\s*:?\s*[^\n]{1,60}?\s*(?:\n\s*)?pada\s+tanggal[\s:.\u2013\u2014-]*|"
    r"(?:stipulated|established|enacted|issued|signed)\s+(?:in|at)\s*:?\s*[^\n]{1,60}?\s*(?:\n\s*)?on\s*:?\s*)",
    re.IGNORECASE,
)
# the words an enactment begins with: a page without one has none (a cheap test of every page)
_ENACTED_WORDS = ("ditetapkan", "dikeluarkan", "stipulated", "established", "enacted", "issued", "signed")


def may_enact(text: str) -> bool:
    low = text.lower()
    return any(word in low for word in _ENACTED_WORDS)


def enactments(text: str, start: int = 0) -> list[re.Match[str]]:
    """Every enactment in ``text[start:]``, as ``ENACTED.finditer`` finds them; tried only where
    one of its words stands (the expression alone tries every character of every page)."""
    low = text.lower()
    if len(low) != len(text):  # a letter whose lower case is longer: offsets would move
        return list(ENACTED.finditer(text, start))
    places = sorted(i for word in _ENACTED_WORDS for i in _all_places(low, word, start))
    out: list[re.Match[str]] = []
    for place in places:
        if out and place < out[-1].end():
            continue
        match = ENACTED.match(text, place)
        if match is not None:
            out.append(match)
    return out


def _all_places(text: str, word: str, start: int) -> Iterator[int]:
    i = text.find(word, start)
    while i >= 0:
        yield i
        i = text.find(word, i + 1)


# "Jakarta, 15 Maret 2021" at the start of a line (a signature or a cover); OCR may put a digit
# in the place's name ("Bantu1")
PLACE_DATE = re.compile(r"^[ \t.,'`|\"\u201c\u201d\u2018\u2019-]*[A-Z][A-Za-z0-9 .'-]{2,40},[ \t]*(?=\S)", re.MULTILINE)
# a field that holds a date: "Tanggal : 14 Juni 2022", "Hari/Tanggal : Senin, 4 Juli 2022",
# "Hari, tanggal : Kamis, ...", "Day/Date : Monday, ...", "TANGGAL 10 FEBRUARI 2022" (an annex)
DATE_FIELD = re.compile(
    r"(?:^|(?<=[ \t]{2})|(?<=\t)|(?<=[ \t]\d)[ \t]|(?<=\d)[ \t]{1,3})[ \t]*"
    r"(?:(?:hari|day)\s*[/,]\s*)?(?P<label>tanggal|tgl\.?|date)(?P<qualifier>[ \t]+[a-z]+)?"
    r"(?P<colon>[ \t]*:)?[ \t]*(?:(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)[ \t]*,?[ \t]*)?",
    re.IGNORECASE | re.MULTILINE,
)
# what OCR leaves between a field's label and its value: "TANGGAL EFEKTIF he 10 Oktober 2018"
_FIELD_NOISE = re.compile(r"[ \t:;|.,'\"=~_-]*(?:[A-Za-z]{1,2}[ \t]+)?[ \t:;|.,'\"=~_-]*(?=[0-9OoIl])")
# "Pada hari ini Senin tanggal Empat bulan Januari tahun Dua Ribu Dua Puluh Satu"
SPELLED = re.compile(
    r"\btanggal\s+(?P<day>[a-z]+(?:\s+[a-z]+){0,3}?)\s+bulan\s+"
    + _MONTH
    + r"\s+tahun\s+(?P<year>[a-z]+(?:\s+[a-z]+){1,6}?)(?=\s*[(,.;\n]|\s+(?:bertempat|kami|telah|yang|di|pukul)\b)",
    re.IGNORECASE,
)
# a blank date in a template: "pada tanggal ............ 2016", "pada tanggal ...... Januari 2022"
BLANK_DATE = re.compile(r"[ \t.…_]*(?:" + _MONTH + r"\s+)?" + _YEAR, re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class FoundDate:
    value: dt.date | None  # None when only month and year (or the year) are known, or no such day
    year: int
    start: int
    end: int
    text: str
    month: int | None = None  # known when only month and year are written ("November 2021")
    impossible: bool = False  # a day the calendar does not have ("31 Juni 2021"): its year still holds

    @property
    def month_only(self) -> bool:
        return self.value is None and self.month is not None and not self.impossible


def parse_at(text: str, pos: int, *, partial: bool = True) -> FoundDate | None:
    """A full date (or month and year) starting at ``pos``, allowing a little noise before it."""
    window = text[pos : pos + 48]
    stripped = window.lstrip(" \t:")
    offset = pos + len(window) - len(stripped)
    for pattern in (*_PATTERNS, MONTH_YEAR) if partial else _PATTERNS:
        match = pattern.match(stripped)
        if match:
            return _found(match, offset)
    return None


def find_all(text: str, start: int = 0, end: int | None = None) -> list[FoundDate]:
    """Every full date in ``text[start:end]``, in order."""
    end = len(text) if end is None else end
    found: list[FoundDate] = []
    for pattern in _PATTERNS:
        found.extend(f for m in pattern.finditer(text, start, end) if (f := _found(m, 0)) and f.value)
    found.sort(key=lambda f: f.start)
    out: list[FoundDate] = []
    for f in found:  # "17-18 Mei 2022" is one date, not two overlapping ones
        if not out or f.start >= out[-1].end:
            out.append(f)
    return out


def enacted(text: str) -> FoundDate | None:
    """The last "Ditetapkan di ... pada tanggal ..." date in ``text`` (an annex repeats the body's);
    of a template's blank date ("pada tanggal ........ 2016"), the year alone."""
    for match in reversed(enactments(text)):
        found = parse_at(text, match.end())
        if found:
            return found
        blank = BLANK_DATE.match(text, match.end(), match.end() + 60)
        if blank:
            start = blank.start("month") if blank.group("month") else blank.start("year")
            year = int(blank.group("year").translate(OCR_DIGITS))
            return FoundDate(None, year, start, blank.end(), text[start : blank.end()])
    if not may_enact(text):
        return None
    # "Ditetapkan di : Bogor" / "s:4 Januari 2021": a scan lost "pada tanggal", its date is under
    for match in reversed(list(_ENACTED_PLACE.finditer(text))):
        noise = _LOST_LABEL.match(text, match.end())
        found = parse_at(text, noise.end() if noise else match.end(), partial=False)
        if found:
            return found
    return None


_ENACTED_PLACE = re.compile(
    r"(?:ditetapkan|dikeluarkan)\s*di\b[ \t]*:?[ \t]*[A-Za-z][^\n]{0,40}\n[ \t]*", re.IGNORECASE
)
_LOST_LABEL = re.compile(r"[^\d\n]{1,6}(?=[0-3OoIl]?[0-9OoIl]\s)")


# a form's date fields by what they date: the day it took effect or was approved is its date; a
# plain "Tanggal" next; then the latest of the others ("Tgl. Revisi" after "Tgl. Pembuatan")
_IN_FORCE = {"efektif", "berlaku", "pengesahan", "penetapan", "disahkan", "ditetapkan", "effective", "approved"}


def field_date(text: str, start: int, end: int) -> FoundDate | None:
    """The date of a form's date fields ("Tanggal :", "Hari/Tanggal :", "Tgl. Efektif :") in
    ``text[start:end]``: the one it took effect on, else the first plain one, else the latest."""
    plain: FoundDate | None = None
    staged: list[FoundDate] = []
    for match in DATE_FIELD.finditer(text, start, end):
        if not (match.group("colon") or match.group("label")[0].isupper()):
            continue  # "... Tahun 2016\ntanggal 16 Mei 2016 tentang ...": a citation's, not a field
        found = parse_at(text, match.end(), partial=False)
        if found is None and (noise := _FIELD_NOISE.match(text, match.end())):
            found = parse_at(text, noise.end(), partial=False)
        if found is None:
            continue
        qualifier = (match.group("qualifier") or "").strip().lower()
        if qualifier in _IN_FORCE:
            return found
        if not qualifier:
            plain = plain or found
        else:
            staged.append(found)
    if plain is not None:
        return plain
    dated = [f for f in staged if f.value is not None]
    return max(dated, key=lambda f: f.value) if dated else (staged[0] if staged else None)  # type: ignore[arg-type,return-value]


def spelled(text: str) -> FoundDate | None:
    """A date written in words ("tanggal Empat bulan Januari tahun Dua Ribu Dua Puluh Satu")."""
    match = SPELLED.search(text)
    if match is None:
        return None
    day, year = words_to_number(match.group("day")), words_to_number(match.group("year"))
    month = MONTHS[match.group("month").lower()]
    if day is None or year is None or not 1900 <= year <= 2099:
        return None
    try:
        value = dt.date(year, month, day)
    except ValueError:
        return None
    return FoundDate(value, year, match.start(), match.end(), match.group(0))


_UNITS = {
    "nol": 0,
    "satu": 1,
    "dua": 2,
    "tiga": 3,
    "empat": 4,
    "lima": 5,
    "enam": 6,
    "tujuh": 7,
    "delapan": 8,
    "sembilan": 9,
    "sepuluh": 10,
    "sebelas": 11,
    "seratus": 100,
    "seribu": 1000,
}


def words_to_number(words: str) -> int | None:
    """An Indonesian number in words ("dua ribu dua puluh satu" = 2021), or None."""
    total = 0
    current = 0
    for word in words.lower().split():
        if word in _UNITS:
            current += _UNITS[word]
        elif word == "belas":
            current += 10
        elif word == "puluh":
            current = (current or 1) * 10
        elif word == "ratus":
            current = (current or 1) * 100
        elif word == "ribu":
            total += (current or 1) * 1000
            current = 0
        else:
            return None
    return total + current or None


def _found(match: re.Match[str], offset: int) -> FoundDate | None:
    year = int(match.group("year").translate(OCR_DIGITS))
    month_text = match.group("month")
    month = int(month_text) if month_text.isdigit() else MONTHS.get(month_text.lower().rstrip("."))
    if not month or not 1 <= month <= 12:
        return None
    start, end, text = offset + match.start(), offset + match.end(), match.group(0)
    if "day" not in match.groupdict() or not match.group("day"):
        return FoundDate(None, year, start, end, text, month=month)
    day = int(match.group("day").translate(OCR_DIGITS))
    try:
        return FoundDate(dt.date(year, month, day), year, start, end, text)
    except ValueError:
        # "31 Juni 2021" is a slip of the writer's; "00 Mei" or "45 Mei" is no date at all
        return FoundDate(None, year, start, end, text, month=month, impossible=True) if 1 <= day <= 31 else None


# "Keputusan ini mulai berlaku ... sampai dengan 31 Desember 2020", "berlaku untuk Tahun Anggaran 2021";
# a team's or an agent's term: "Masa tugas ... terhitung mulai tanggal 02/01/2024 sampai dengan 31/12/2025"
VALID_UNTIL = re.compile(
    r"\b(?:berlaku|masa\s+(?:tugas|kerja|jabatan|bakti|keanggotaan))\b[^.;]{0,120}?\b(?:sampai\s+dengan|s\.?\s?d\.?|s/d|hingga)\s*:?\s*(?:tanggal\s+|akhir\s+)?"
    r"(?:tahun\s+(?:anggaran\s+)?)?(?=[0-9OoIl]|" + _MONTH_ALT + r"|(?:19|20)\d{2})",
    re.IGNORECASE,
)
VALID_FOR_YEAR = re.compile(
    r"\bberlaku\s+(?:untuk|selama|pada)\s+(?:tahun\s+anggaran|tahun|ta\.?)\s+(?P<year>(?:19|20)\d{2})\b",
    re.IGNORECASE,
)


# a document made for one fiscal year: "... TAHUN ANGGARAN 2020", "TA 2021", "T.A. 2022"
FISCAL_YEAR = re.compile(r"\b(?:tahun\s+anggaran|t\.?\s?a\.?)\s+(?P<year>(?:19|20)\d{2})\b", re.IGNORECASE)


def fiscal_year(text: str) -> tuple[int, int, int, str] | None:
    """(year, start, end, words) of the fiscal year a title says the document is for."""
    match = FISCAL_YEAR.search(text)
    if match is None:
        return None
    return int(match.group("year")), match.start(), match.end(), match.group(0)


def valid_until(text: str) -> tuple[int, int, int, str] | None:
    """(year, start, end, words) of the last day a decree says it is in force, if it says so."""
    for match in VALID_UNTIL.finditer(text):
        found = parse_at(text, match.end())
        if found is not None:
            return found.year, match.start(), found.end, text[match.start() : found.end]
        year = re.match(r"(?:19|20)\d{2}", text[match.end() : match.end() + 4])
        if year:
            end = match.end() + 4
            return int(year.group(0)), match.start(), end, text[match.start() : end]
    for_year = VALID_FOR_YEAR.search(text)
    if for_year:
        return int(for_year.group("year")), for_year.start(), for_year.end(), for_year.group(0)
    return None
