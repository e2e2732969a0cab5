"""Text helpers shared by the analysers: phrase patterns, regions of a document.

Indonesian official documents put their facts in known places: the head (letterhead, kind,
number, "TENTANG" title) before "Menimbang"; the legal basis under "Mengingat", whose years are
those of cited laws; and the signature block ("Ditetapkan di ... pada tanggal ...").
"""

from __future__ import annotations

import re
from functools import lru_cache

_NON_WORD = re.compile(r"[\W_]+")

# Where the head of a document ends: the preamble of a decree, the body of a report.
HEAD_END = re.compile(
    r"^\s*(?:menimbang|mengingat|memperhatikan|dengan\s+rahmat|daftar\s+isi|kata\s+pengantar|"
    r"bab\s+[1iI]\b|ringkasan\s+eksekutif|executive\s+summary|pendahuluan|i\.\s+pendahuluan)",
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
    r"[^\n;]{0,160}?\b(?:nomor|no\.?)\s*[\w./-]+\s*(?:tahun\s*)?(?:19|20)\d{2}\b"
    r"(?:[ \t]+tentang\b[^\n;]*)?",
    re.IGNORECASE,
)


# Years in a title that qualify something else, not the document: "CPNS FORMASI TAHUN 2019".
QUALIFIED_YEAR = re.compile(
    r"\b(?:formasi|angkatan|lulusan|sejak|semenjak)\s+(?:tahun\s+)?(?:19|20)\d{2}\b", re.IGNORECASE
)


def normalise(text: str) -> str:
    """Lower case, punctuation and runs of spaces folded into one space."""
    return _NON_WORD.sub(" ", text.lower()).strip()


@lru_cache(maxsize=4096)
def phrase_pattern(phrase: str) -> re.Pattern[str]:
    """A regex that finds ``phrase`` as whole words, ignoring case, punctuation and spacing."""
    words = [re.escape(w) for w in normalise(phrase).split()]
    return re.compile(r"(?<![^\W_])" + r"[\W_]+".join(words) + r"(?![^\W_])", re.IGNORECASE)


def contains_phrase(text: str, phrase: str) -> bool:
    return phrase_pattern(phrase).search(text) is not None


def head_end(text: str) -> int:
    """Where the head of a page's text ends."""
    match = HEAD_END.search(text, 0, HEAD_MAX_CHARS + 200)
    end = match.start() if match else HEAD_MAX_CHARS
    return min(end, HEAD_MAX_CHARS, len(text))


def mask(text: str, pattern: re.Pattern[str]) -> str:
    """``text`` with every match of ``pattern`` blanked out, offsets kept."""
    return pattern.sub(lambda m: re.sub(r"\S", " ", m.group(0)), text)


def without_citations(text: str) -> str:
    """Legal-basis sections and cited regulations blanked out (offsets kept)."""
    return mask(mask(mask(text, LEGAL_BASIS), CITATION), QUALIFIED_YEAR)


def collapse(text: str) -> str:
    return " ".join(text.split())
