"""Text helpers shared by the analysers: phrase patterns, regions of a document, clean lines.

Indonesian official documents put their facts in known places: the head (letterhead, kind,
number, "TENTANG" title) before "Menimbang"; the legal basis under "Mengingat", whose years are
those of cited laws; and the signature block ("Ditetapkan di ... pada tanggal ...").

Scans and PDF text layers break words over lines ("KINER-\\nJA") and double spaces; the head and
the signature are read from a cleaned copy of the page (:class:`Cleaned`), whose offsets map
back to the page's own text, so that every fact still points at the words it came from.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

_NON_WORD = re.compile(r"[\W_]+")

# Where the head of a document ends: the preamble of a decree, the body of a report.
HEAD_END = re.compile(
    r"^\s*(?:menimbang|mengingat|memperhatikan|dengan\s+rahmat|daftar\s+isi|kata\s+pengantar|"
    r"bab\s+[1iI]\b|ringkasan\s+eksekutif|executive\s+summary|pendahuluan|i\.\s+pendahuluan|"
    r"considering\b|in\s+view\s+of|foreword\b|table\s+of\s+contents|chapter\s+[1iI]\b)",
    re.IGNORECASE | re.MULTILINE,
)
HEAD_MAX_CHARS = 1500

# The legal-basis section, from "Mengingat" to the decision or the next section.
LEGAL_BASIS = re.compile(
    r"^\s*mengingat\b.*?(?=^\s*(?:memperhatikan|memutuskan|m\s*e\s*m\s*u\s*t\s*u\s*s\s*k\s*a\s*n|menetapkan)\b|\Z)",
    re.IGNORECASE | re.MULTILINE | re.DOTALL,
)

# A cited regulation with its number and year: "Peraturan Presiden Nomor 55 Tahun 2020".
CITATION = re.compile(
    r"\b(?:undang[\s-]*undang|peraturan|keputusan|instruksi|surat\s+edaran|perpres|permen\w*|"
    r"kepmen\w*|inpres|perda|perbup|perwal|pergub|uu|pp|se)\b"
    # (its number may be wrapped onto the next line when the line goes on "tentang ..." in prose:
    # a title block's own "NOMOR 5 TAHUN 2021" stands alone, or before "TENTANG" in capitals)
    r"(?:[^\n;]{0,160}?|[^\n;]{0,160}?\n[ \t]*(?=(?:nomor|no\.?)\s*[\w./-]+\s*(?:tahun\s*)?(?:19|20)\d{2}[ \t]+(?-i:tentang)\b))"
    r"\b(?:nomor|no\.?)\s*[\w./-]+\s*(?:tahun\s*)?(?:19|20)\d{2}\b"
    r"(?:[ \t]+tentang\b[^\n;]*)?",
    re.IGNORECASE,
)


# Years in a title that qualify something else, not the document: "CPNS FORMASI TAHUN 2019".
QUALIFIED_YEAR = re.compile(
    r"\b(?:formasi|angkatan|lulusan|sejak|semenjak)\s+(?:tahun\s+)?(?:19|20)\d{2}\b", re.IGNORECASE
)


def number_key(number: str) -> str:
    """A document number as compared across documents: case, spaces and a final dot ignored."""
    return re.sub(r"\s+", "", number).rstrip(".").lower()


def normalise(text: str) -> str:
    """Lower case, punctuation and runs of spaces folded into one space."""
    return _NON_WORD.sub(" ", text.lower()).strip()


def head_end(text: str) -> int:
    """Where the head of a page's text ends."""
    match = HEAD_END.search(text, 0, HEAD_MAX_CHARS + 200)
    end = match.start() if match else HEAD_MAX_CHARS
    return min(end, HEAD_MAX_CHARS, len(text))


def mask(text: str, pattern: re.Pattern[str]) -> str:
    """``text`` with every match of ``pattern`` blanked out, offsets kept."""
    return pattern.sub(lambda m: re.sub(r"\S", " ", m.group(0)), text)


@functools.lru_cache(maxsize=32)  # a document's first pages are asked for more than one fact
def without_citations(text: str) -> str:
    """Legal-basis sections and cited regulations blanked out (offsets kept)."""
    return mask(mask(mask(text, LEGAL_BASIS), CITATION), QUALIFIED_YEAR)


def collapse(text: str) -> str:
    return " ".join(text.split())


# --- cleaned text and its lines ----------------------------------------------------------------

# a word broken over two lines by a hyphen ("KINER-\nJA", in one case on both sides)
# (each branch starts with a character, not a look-behind: the engine skips to the candidates)
_HYPHEN = re.compile(
    r"-(?<=[A-Z]{2}-)[ \t]*\n(?:[ \t]*\n)?[ \t]*(?=[A-Z])|"
    r"-(?<=[a-z]{2}-)[ \t]*\n(?:[ \t]*\n)?[ \t]*(?=[a-z])"
)
# blanks worth folding: a run of two or more, a tab, blanks before a break (a lone space between
# two words, nearly every blank of a page, fails at its first step)
_BLANKS = re.compile(r"[ \t](?:[ \t]+|(?<=\t)|(?=[\t\n]))[ \t]*")


_LONE_COLON = re.compile(r"\n([ \t]*:[ \t]*)\n")


def _colon_lines(text: str) -> str:
    """A label, a colon and a value on three lines (a table's text layer) on one ("Nomor SOP : X");
    offsets are kept."""
    return _LONE_COLON.sub(lambda m: " " + m.group(1) + " ", text)


_STACKED = re.compile(r"(?m)^[ \t]*(?:[^\W\d_]{2,20}|[IVX]{1,4}[ABC]?|(?:19|20)\d\d)[ \t]*$")


def unstack(text: str) -> str:
    """Words stacked one per line (a logo's "Pemerintah / Kabupaten / Jombang", a narrow cell)
    read as one line: the line breaks between two or more such lines of one case become spaces
    (offsets are kept). A roman numeral or a year goes with the words above it."""
    out = list(text)
    run: list[re.Match[str]] = []
    case: bool | None = None  # the run's: upper or title

    def close() -> None:
        if len(run) >= 2:
            for m in run[:-1]:
                out[m.end()] = " "  # the line break after it
        run.clear()

    for m in _STACKED.finditer(text):
        word = m.group(0).strip()
        adjacent = bool(run) and run[-1].end() + 1 == m.start()
        if not word[0].isalpha() or (word.isupper() and len(word) <= 4 and set(word) <= set("IVXABC")):
            if adjacent:  # "KELAS / I", "TAHUN / 2025"
                run.append(m)
            else:
                close()
            continue
        upper = word.isupper()
        if not (upper or word.istitle()):
            close()
            continue
        if not adjacent or upper is not case:
            close()
            case = upper
        run.append(m)
    close()
    return "".join(out)


# the words of a document's form, which a text layer may split over two lines ("NO" / "MOR",
# "KEPU" / "TUSAN"); a line break inside one of them is none
FORM_WORDS = frozenset(
    {
        "nomor",
        "tentang",
        "keputusan",
        "peraturan",
        "menimbang",
        "mengingat",
        "memperhatikan",
        "memutuskan",
        "menetapkan",
        "ditetapkan",
        "tanggal",
        "lampiran",
        "kepala",
        "inspektur",
        "inspektorat",
        "kabupaten",
        "pemerintah",
        "provinsi",
        "kementerian",
        "direktorat",
        "direktur",
        "sekretariat",
        "laporan",
        "kinerja",
        "rencana",
        "strategis",
        "standar",
        "pelayanan",
        "maklumat",
        "perjanjian",
        "notulen",
        "undangan",
        "januari",
        "februari",
        "maret",
        "april",
        "juni",
        "juli",
        "agustus",
        "september",
        "oktober",
        "november",
        "desember",
        "keuangan",
        "kesehatan",
        "pendidikan",
        "kebudayaan",
        "pertanian",
        "telepon",
        "telp",
        "faksimile",
    }
)
# a word written with its letters spaced out: "I N S P E K T O R A T", "J  O  M  B  A  N  G"
_SPACED = re.compile(r"[A-Z](?<![^\W_][A-Z])(?:(?:(?: {1,2}|\t)[A-Z]){3,}|(?: [a-z]){3,})(?![^\W_])")
# a year a text layer cut in two after "Tahun" or a month: "TAHUN 20\n20", "30 Juni 202\n2" (the
# digits are looked for first, the word before them then: most pages have no such cut)
_CUT_DIGITS = re.compile(r"(?<![\d])(?P<a>\d{1,3})(?P<gap>[ \t]*\n[ \t\n]*?|[ \t]+)(?P<b>\d{1,3})(?!\d)")
_BEFORE_CUT = re.compile(
    r"(?i)(?<!\w)(?:tahun|januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|"
    r"oktober|november|nopember|desember)\s+$"
)
# a drawing's anchor a text layer glues before a label: "28765526797000Tanggal : 19 Juli 2019"
_ANCHOR_DIGITS = re.compile(r"\d(?<![\w/.-]\d)\d{7,}(?=[A-Z][a-z]|[A-Z]{2,})")


def _edits(original: str, words: frozenset[str]) -> list[tuple[int, int, str]]:
    """What cleaning changes: (start, end, replacement), in order, not overlapping."""
    edits = [(m.start(), m.end(), "") for m in _HYPHEN.finditer(original)]
    for m in _BLANKS.finditer(original):  # folded into one space, or dropped before a break
        edits.append((m.start(), m.end(), "" if original.startswith("\n", m.end()) else " "))
    for m in _ANCHOR_DIGITS.finditer(original):
        edits.append((m.start(), m.end(), ""))
    for m in _CUT_DIGITS.finditer(original):
        year = m.group("a") + m.group("b")
        if (
            len(year) == 4
            and year[:2] in ("19", "20")
            and _BEFORE_CUT.search(original, max(0, m.start() - 12), m.start())
        ):
            edits.append((m.start("gap"), m.end("gap"), ""))
    for m in _SPACED.finditer(original):
        edits.append((m.start(), m.end(), re.sub(r"[ \t]", "", m.group(0))))
    edits += _line_breaks(original, words)
    edits.sort()
    out: list[tuple[int, int, str]] = []
    for edit in edits:
        if out and edit[0] < out[-1][1]:
            continue  # inside a change already made
        out.append(edit)
    return out


def _line_breaks(original: str, words: frozenset[str]) -> list[tuple[int, int, str]]:
    """A word a text layer broke at a line's end ("PERJAN" / "JIAN"): the break dropped when the
    two pieces make a word of ``words`` and neither is one alone. Found from the line breaks,
    not the words: a page has far fewer of them."""
    out = []
    size = len(original)
    pos = original.find("\n")
    while pos >= 0:
        end = pos
        while end > 0 and original[end - 1] in " \t":
            end -= 1
        start = end
        while start > 0 and original[start - 1].isalpha():
            start -= 1
        if start < end:
            right = pos + 1
            limit = min(size, right + 6)  # at most six blanks and breaks between the pieces
            while right < limit and original[right] in " \t\n":
                right += 1
            stop = right
            while stop < size and original[stop].isalpha():
                stop += 1
            left, after = original[start:end], original[right:stop]
            if (
                after
                and (left + after).lower() in words
                and left.lower() not in words
                and (after.lower() not in words)
                and (left.isupper() == after.isupper() or len(left) == 1)
            ):
                out.append((end, right, ""))
        pos = original.find("\n", pos + 1)
    return out


class Cleaned:
    """A page's text with words mended (broken by a hyphen or a line break, spaced out), blanks
    folded and stacked words set on one line; offsets map back."""

    __slots__ = ("_clean", "_length", "_orig", "text")

    def __init__(self, original: str, words: frozenset[str] = FORM_WORDS) -> None:
        out: list[str] = []
        clean_points = [0]
        orig_points = [0]
        pos = 0
        size = 0
        for start, end, replacement in _edits(original, words):
            out.append(original[pos:start])
            size += start - pos
            out.append(replacement)
            size += len(replacement)
            pos = end
            clean_points.append(size)
            orig_points.append(pos)
        out.append(original[pos:])
        self.text = _colon_lines(unstack("".join(out)))
        self._clean = clean_points
        self._orig = orig_points
        self._length = len(original)

    def origin(self, index: int) -> int:
        """The offset in the original text of clean offset ``index``."""
        i = bisect.bisect_right(self._clean, index) - 1
        return min(self._orig[i] + (index - self._clean[i]), self._length)

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.origin(start), self.origin(end)


@dataclass(frozen=True, slots=True)
class Line:
    """A non-empty line of a (cleaned) page: its stripped text and where that text is."""

    text: str
    start: int
    end: int


# what a scan leaves before a line's first word: rule fragments, specks, stray quotes ("- TENTANG",
# "” Ditetapkan", ". \"Bekasi, 7 Juni 2021", "| : TAHUN 2021")
# (one loop, not a loop of loops: a table of contents' dotted leaders would take exponential time)
_LEADING_NOISE = re.compile(
    r"^[|:;.,_~•·'\-\u2013\u2014\u2018\u2019\u201d`][|:;.,_~•·'\-\u2013\u2014\u2018\u2019\u201d` \t]*"
    r"(?=[\w(\"\u201c])"
)
# ... and after its last: "TENTANG |", "Tentang ;", "SDM Kota Bekasi |"
# (a dash too, but not after a number: "RENSTRA 2020 -" goes on to its end year on the next line)
_TRAILING_NOISE = re.compile(r"(?:(?:[ \t]+[|:;_~=*•·'`\u2018\u2019]+|(?<!\d)[ \t]+[\-\u2013\u2014]+)+|[|]+|(?<=\d):)$")
_NOISE_ENDS = frozenset("|:;_~=*•·'`\u2018\u2019-\u2013\u2014")  # the last characters of that noise


def lines_of(text: str, start: int = 0, end: int | None = None) -> list[Line]:
    """The non-empty lines of ``text[start:end]``, stripped (of a scan's specks before the first
    word too), with their offsets in ``text``."""
    end = len(text) if end is None else end
    out = []
    pos = start
    while pos < end:
        stop = text.find("\n", pos, end)
        stop = end if stop < 0 else stop
        raw = text[pos:stop]
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            noise = _LEADING_NOISE.match(stripped)
            if noise and not stripped[: noise.end()].strip().isdigit():
                lead += noise.end()
                stripped = stripped[noise.end() :]
            if stripped[-1] in _NOISE_ENDS:
                stripped = _TRAILING_NOISE.sub("", stripped).rstrip() or stripped
            out.append(Line(stripped, pos + lead, pos + lead + len(stripped)))
        pos = stop + 1
    return out


# --- what a line is ----------------------------------------------------------------------------

# "Label : value" (a form field), not a quoted title part ('"SAPA WAJIB PAJAK": LAYANAN ...')
FIELD = re.compile(r"^(?P<label>[A-Za-z][\w /,.()&-]{0,45}?[^\W\"'\u201d\u2019])\s*:\s*(?P<value>.*)$")
_FIELD_MAX_WORDS = 6

# official's titles that open a signatory's line ("KEPALA DINAS ...,", "DEPUTI ...,")
OFFICIALS = (
    "kepala",
    "deputi",
    "sekretaris",
    "bupati",
    "walikota",
    "wali",
    "gubernur",
    "menteri",
    "rektor",
    "dekan",
    "direktur",
    "inspektur",
    "ketua",
    "camat",
    "lurah",
    "presiden",
    "plt",
    "plh",
    "pj",
    "head",
    "dean",
    "director",
    "minister",
    "rector",
    "deputy",
    "secretary",
    "an",
    "a.n",
    "kuasa",
    "pejabat",
    "wakil",
    "koordinator",
)


def field(text: str) -> re.Match[str] | None:
    """The form field a line is ("Hari/Tanggal : Senin, 4 Juli 2022"), or None."""
    match = FIELD.match(text)
    if match is None or len(match.group("label").split()) > _FIELD_MAX_WORDS:
        return None
    return match


def is_upper(text: str) -> bool:
    """Whether a line is written in capitals (abbreviations like "(LKj)" count as capitals)."""
    words = [w.strip("()[]\"'.,;:“”") for w in text.split()]
    words = [w for w in words if w[:1].isalpha()]
    if not words:
        return True
    lower = sum(1 for w in words if not (w.isupper() or (len(w) <= 5 and w[:2].isupper())))
    return lower == 0 or (len(words) >= 4 and lower * 5 <= len(words))


SMALL_WORDS = {
    "dan",
    "di",
    "ke",
    "dari",
    "pada",
    "dalam",
    "untuk",
    "tentang",
    "atas",
    "yang",
    "serta",
    "bagi",
    "oleh",
    "dengan",
    "sebagai",
    "menuju",
    "atau",
    "per",
    "se",
    "of",
    "and",
    "the",
    "in",
    "for",
    "on",
    "to",
    "a",
    "an",
    "by",
    "at",
}


def is_subtitle(text: str) -> bool:
    """A short line in Title Case under a title in capitals ("Pembangunan Zona Integritas")."""
    words = [w for w in text.split() if w[:1].isalpha()]
    return (
        0 < len(words) <= 8
        and not text.endswith(".")
        and all(w[0].isupper() or w.lower() in SMALL_WORDS for w in words)
    )


def is_prose(text: str) -> bool:
    """A line of running text rather than of a title (titles are in capitals or Title Case)."""
    if text.endswith(":"):
        return True
    words = [w for w in text.split() if w[:1].isalpha()]
    lower = sum(1 for w in words if w[0].islower() and w.lower() not in SMALL_WORDS)
    if len(words) >= 4 and lower * 2 > len(words):
        return True
    return lower >= 2 and (len(words) >= 8 or text.endswith("."))
