"""Document numbers ("NOMOR 7/Adm/III/2021") and the years and periods a text is about.

A number is read only from a line that begins with "Nomor" (or "No.", "Number", "Nomor SOP") in
the head of a document: "Jl. Ahmad Yani No. 1" in an address, "Nomor 6" in a street, and the
numbers of decrees cited in a report's body are not the document's. A template's blank number
("KEP-......./KPP.5410/2022", "NOMOR: / /SK/2016", "KEP- /DKK/ /2021") is no number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checker.analyse.dates import OCR_DIGITS

# "Nomor : X", "NOMOR X", "No. X", "Nomor SOP : X", "SOP Number : X", "NUMBER: X"
NUMBER_LINE = re.compile(
    # "NOMOEF", "N0MOR", "NOMQR": a scan's misreadings of the label, before a number with a slash
    r"^(?:(?:sop|surat)\s+)?(?:nomor|nomer|no\.|no\s*:|number|nr\.|kode(?:\s+dokumen)?(?=\s*:)(?!\s+pos)"
    r"|n[o0]m[o0q]?[a-z]{1,3}(?=\s*:?\s*(?=\S*/)(?=\S*\d)[A-Za-z0-9]))"
    r"(?:\s+(?:sop|surat))?\s*:?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
# "... NOMOR X TAHUN 2021 TENTANG ..." inside a decree's kind line
INLINE_NUMBER = re.compile(r"\bnomor\s*:?\s*(?P<rest>[A-Za-z0-9].*)$", re.IGNORECASE)
_TOKEN = re.compile(r"[A-Za-z0-9][^\s,;]*")
_TAHUN = re.compile(r"[ \t]+(?:tahun|of)[ \t]+(?:19|2[0O])[0-9OoIl]{2}(?![\w])", re.IGNORECASE)
# a piece of a number a scan split off with a space: "KEP-07/KPP.54 10/2022"
# a piece of a number a scan or a typist split off with a space: "KEP-07/KPP.54 10/2022",
# "160 Per/07.01/BPA/2019"
_SPLIT_PIECE = re.compile(r" (?P<piece>[0-9A-Za-z][\w.-]*/[^\s,;]*)")
# "1 53 Per/07.01": a bare piece before one with a slash
_BARE_BEFORE_PIECE = re.compile(r" (?P<piece>\d{1,4})(?= [0-9A-Za-z][\w.-]*/)")
# the rest of a number's line when it is all code pieces: "IBP N2019" (no word of the sentence)
_CODE_TAIL = re.compile(r"(?: (?:[A-Z]{1,4}|[A-Z]{0,3}\d{1,4}))+[ \t]*$")
_BLANK = re.compile(r"\.\.|…|__|//")
_SPACED_SLASH = re.compile(r"[ \t]*/[ \t]*")
_BLANK_GAP = re.compile(r"[-/][ \t]+[/.]|/[ \t]+/")
_PLACEHOLDER = re.compile(r"[/.…_-]")

YEAR = re.compile(r"(?<![\d/.-])(?:19|20)\d{2}(?![\d])")
# in a title a scan's year may read "2O21" or "20I9"
OCR_YEAR = re.compile(r"(?<![\w/.-])(?:19|2[0O])[0-9OoIl]{2}(?![\w])")
# "2020-2024", "2020 – 2024", "2020 s.d. 2024", "2020 sampai dengan 2024", "2020/2024"
PERIOD = re.compile(
    r"(?<![\w])(?P<start>(?:19|2[0O])[0-9OoIl]{2})\s*(?:-|\u2013|\u2014|/|s\.?\s?d\.?|s/d|sampai\s+dengan|hingga|to)\s*"
    r"(?P<end>(?:19|2[0O])[0-9OoIl]{2})(?![\w])",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Span:
    value: object
    start: int
    end: int
    text: str


def number_in_line(text: str, offset: int = 0) -> Span | None:
    """The number a "Nomor ..." line gives (offsets plus ``offset``); a blank one gives a Span
    whose value is None."""
    match = NUMBER_LINE.match(text)
    if match is None:
        return None
    return _number(text, match.start("rest"), offset)


def number_inline(text: str, offset: int = 0) -> Span | None:
    match = INLINE_NUMBER.search(text)
    if match is None:
        return None
    return _number(text, match.start("rest"), offset)


def _number(text: str, start: int, offset: int) -> Span | None:
    # "800/ 456 /Dinkes/2022": a number typed into a template keeps the template's spaces
    rest = _SPACED_SLASH.sub("/", text[start:].rstrip())
    if not rest or rest.startswith("|"):
        return None
    token = _TOKEN.match(rest)
    if token is None or _BLANK.search(token.group(0)) or _BLANK_GAP.search(rest[:60]):
        # a template's blank number: no number, but this line is where the number goes
        if _PLACEHOLDER.search(rest[:40]):
            return Span(None, offset + start, offset + start + len(rest), rest)
        return None
    value = token.group(0)
    end = token.end()
    # "W15.PR.01.04– 1403": a space typed after a number's separator is no end of it
    while value[-1] in "-\u2013/." and (gap := re.match(r" (?P<piece>[0-9][^\s,;]*)", rest[end:])):
        value += gap.group("piece")
        end += gap.end()
    while (piece := _SPLIT_PIECE.match(rest, end) or _BARE_BEFORE_PIECE.match(rest, end)) and not YEAR.search(
        value[-4:]
    ):
        joint = "" if piece.group("piece")[0].isdigit() else " "  # "160 Per/...": the space is the number's
        value += joint + piece.group("piece")
        end = piece.end()
    if any(c in value for c in "/.-\u2013") and (tail := _CODE_TAIL.match(rest, end)) and not YEAR.search(value[-4:]):
        # "... Per/07.01 IBP N2019": a scan's broken slashes leave the rest of the line in pieces
        value += tail.group(0).rstrip()
        end = tail.end()
    tahun = _TAHUN.match(rest, end)
    if tahun:
        value += tahun.group(0)
        end = tahun.end()
    value = value.rstrip(".:")
    if not any(c.isdigit() for c in value):
        return None
    words = rest[:end].rstrip(".:")
    return Span(value, offset + start, offset + start + len(words), words)


def number_year(number: str) -> int | None:
    years = [int(y) for y in re.findall(r"(?<!\d)(?:19|20)\d{2}(?!\d)", number.translate(OCR_DIGITS))]
    return years[-1] if years else None


def find_periods(text: str) -> list[Span]:
    spans = []
    for m in PERIOD.finditer(text):
        start, end = int(m.group("start").translate(OCR_DIGITS)), int(m.group("end").translate(OCR_DIGITS))
        if start < end <= start + 10:
            spans.append(Span((start, end), m.start(), m.end(), m.group(0)))
    return spans


def find_years(text: str) -> list[Span]:
    return [
        Span(int(m.group(0).translate(OCR_DIGITS)), m.start(), m.end(), m.group(0)) for m in OCR_YEAR.finditer(text)
    ]
