"""Document numbers ("NOMOR 7/Adm/III/2021") and the years and periods a text is about."""

from __future__ import annotations

import re
from dataclasses import dataclass

NUMBER = re.compile(
    r"\bno(?:mor|\.)\s*:?[ \t]*(?P<number>[A-Za-z0-9][^\s,;]*(?:[ \t]+tahun[ \t]+(?:19|20)\d{2})?)",
    re.IGNORECASE,
)
YEAR = re.compile(r"(?<![\d/.-])(?:19|20)\d{2}(?![\d])")
# "2020-2024", "2020 – 2024", "2020 s.d. 2024", "2020 sampai dengan 2024", "2020/2024"
PERIOD = re.compile(
    r"(?<!\d)(?P<start>(?:19|20)\d{2})\s*(?:-|–|—|/|s\.?\s?d\.?|s/d|sampai\s+dengan|hingga|to)\s*"
    r"(?P<end>(?:19|20)\d{2})(?!\d)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Span:
    value: object
    start: int
    end: int
    text: str


def find_number(text: str) -> Span | None:
    match = NUMBER.search(text)
    if not match:
        return None
    number = match.group("number").rstrip(".:")
    if not any(c.isdigit() for c in number):
        return None
    return Span(number, match.start("number"), match.start("number") + len(number), number)


def number_year(number: str) -> int | None:
    years = [int(y) for y in re.findall(r"(?:19|20)\d{2}", number)]
    return years[-1] if years else None


def find_periods(text: str) -> list[Span]:
    spans = []
    for m in PERIOD.finditer(text):
        start, end = int(m.group("start")), int(m.group("end"))
        if start < end <= start + 10:
            spans.append(Span((start, end), m.start(), m.end(), m.group(0)))
    return spans


def find_years(text: str) -> list[Span]:
    return [Span(int(m.group(0)), m.start(), m.end(), m.group(0)) for m in YEAR.finditer(text)]
