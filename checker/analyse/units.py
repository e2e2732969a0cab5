"""The unit names a document writes (spaCy Matcher), as written: no profile is involved here.

A unit name is a unit word ("Dinas", "Kantor", "Kedeputian", "Lapas", "KPP", ...) followed by
capitalised words, which a line break may cut after a word a name cannot end on ("... BIDANG\\n
ADMINISTRASI"); "X DAN KANTOR Y" names two units. Whether capitalised words after a name carry
it on ("KPP Pratama Bantul TIDAK DIPUNGUT BIAYA" does not) is decided with spaCy's Indonesian
stop words. English names end with their unit word ("Ngurah Rai Immigration Office") or start
with it ("Faculty of Law ..."). Whose names they are is :mod:`checker.identity`'s business.

The matcher uses token attributes only (no regex predicates), so it runs in spaCy's compiled code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from checker.analyse import nlp
from checker.analyse.text import collapse
from checker.names import ABBREVIATIONS, canon, only_a_title

UNIT_HEADS = [
    "kementerian",
    "kementrian",
    "kemenkumham",
    "kemenkeu",
    "kemenag",
    "kemenkes",
    "kementan",
    "kemendikbud",
    "kemendikbudristek",
    "kedeputian",
    "deputi",
    "sekretariat",
    "setkab",
    "setjen",
    "direktorat",
    "ditjen",
    "badan",
    "dinas",
    "dinkes",
    "kantor",
    "kanwil",
    "kanim",
    "kpp",
    "kppn",
    "kppbc",
    "biro",
    "inspektorat",
    "itjen",
    "balai",
    "lembaga",
    "lapas",
    "rutan",
    "lpka",
    "bapas",
    "rumah",
    "rsud",
    "rsu",
    "pengadilan",
    "kejaksaan",
    "kejari",
    "kejati",
    "kepolisian",
    "polres",
    "polresta",
    "polda",
    "polsek",
    "puskesmas",
    "pusat",
    "universitas",
    "institut",
    "politeknik",
    "fakultas",
    "sekolah",
    "akademi",
    "satuan",
    "pemkab",
    "pemkot",
    "pemprov",
    "kecamatan",
    "kelurahan",
    "mahkamah",
    "komisi",
    "ombudsman",
    "perwakilan",
    "upt",
    "uptd",
    "bps",
    "bpkp",
    "bpn",
    "bkpsdm",
    "bkd",
    "bkn",
    "bappeda",
    "bbpom",
    "bpom",
    "inspektur",
    "direktur",
    "camat",
    "lurah",
    "bupati",
    "gubernur",
    "walikota",
]
# an abbreviation of a unit's name is a unit word too ("KKP", "BBPOM", "PN", "RSUD")
UNIT_HEADS += sorted(
    a
    for a, full in ABBREVIATIONS.items()
    if a not in UNIT_HEADS and len(a) >= 2 and full.split()[0] in set(UNIT_HEADS) | {"rumah", "unit"}
)
# English unit words: at the end of a name ("Ngurah Rai Immigration Office"), or at its start
EN_TAILS = [
    "office",
    "agency",
    "hospital",
    "court",
    "university",
    "polytechnic",
    "institute",
    "centre",
    "center",
    "directorate",
    "bureau",
    "inspectorate",
    "ministry",
    "secretariat",
    "deputy",
]
EN_HEADS = [
    "ministry",
    "directorate",
    "faculty",
    "secretariat",
    "deputy",
    "regional",
    "office",
    "bureau",
    "inspectorate",
    "university",
    "agency",
]
# English words that are no part of a unit's name: "HEAD OF OFFICE", "the Office OF ..."
EN_NOT_NAME = [
    "of",
    "head",
    "chief",
    "director",
    "dean",
    "rector",
    "minister",
    "deputy",
    "secretary",
    "to",
    "by",
    "from",
    "with",
    "at",
    "this",
    "our",
    "we",
    "all",
]
# "Pemerintah Daerah" or "Pemerintah Pusat" with no place names no unit ("Laporan Keuangan Pemerintah Daerah")
_PLACELESS = {
    "pemerintah daerah",
    "pemerintah pusat",
    "pemerintah kabupaten",
    "pemerintah kota",
    "pemerintah provinsi",
    "pemerintah desa",
}
# words after which a unit's name cannot end, so a line break there does not end it
DANGLING = {
    "bidang",
    "dan",
    "kelas",
    "urusan",
    "sub",
    "bagian",
    "kantor",
    "pelayanan",
    "pusat",
    "wilayah",
    "pengembangan",
}
_CONNECTORS = {"dan", "&", "-", "/"}
_SPLITTERS = {"dan", ",", "serta", "&", ";"}
# Capitalised words that end a unit's name rather than continue it (headings are in capitals).
NOT_NAME = [
    "kami",
    "kita",
    "tentang",
    "nomor",
    "no",
    "tahun",
    "di",
    "pada",
    "ke",
    "dari",
    "untuk",
    "dalam",
    "lingkungan",
    "perihal",
    "hal",
    "lampiran",
    "tanggal",
    "yang",
    "atas",
    "oleh",
    "sebagai",
    "menimbang",
    "mengingat",
    "menetapkan",
    "memutuskan",
    "keputusan",
    "peraturan",
    "laporan",
    "surat",
    "rencana",
    "standar",
    "perjanjian",
    "pakta",
    "ditetapkan",
    "kesatu",
    "kedua",
    "ketiga",
    "ttd",
    "nip",
    "selaku",
    "kepada",
    "yth",
    "tembusan",
    "about",
    "the",
    "bulan",
    "januari",
    "februari",
    "pebruari",
    "maret",
    "april",
    "mei",
    "juni",
    "juli",
    "agustus",
    "september",
    "oktober",
    "november",
    "nopember",
    "desember",
    "triwulan",
    "semester",
    "periode",
    "keadaan",
    "menuju",
    "nama",
    "jabatan",
    "tempat",
    "hari",
    "waktu",
    "tugas",
    "tahap",
    "gelombang",
    "angkatan",
    "revisi",
    "perubahan",
    "edisi",
    "jilid",
    "formasi",
    # slogans on banners follow the unit's name in the same capitals
    "menolak",
    "mendukung",
    "melayani",
    "mewujudkan",
    "membangun",
    "siap",
    "berkomitmen",
    "bebas",
    "anti",
    "tolak",
    "stop",
    "dukung",
    "wujudkan",
    "zona",
    "report",
    "year",
    "for",
    "on",
    "and",
    "in",
    "telepon",
    "telp",
    "fax",
    "jl",
    "email",
    "website",
    "laman",
]

_HEADS = set(UNIT_HEADS)
# "Jalan" opens an address ("Jalan Khatib Sulaiman Nomor 86") but is a word of some names ("Balai
# Pelaksanaan Jalan Nasional"): an address has a number on its line
_ADDRESS = re.compile(r"\bjalan\b(?=[^\n]*\d)", re.IGNORECASE)
# words that end a sentence's subject, not a name: "KPP PRATAMA BANTUL KAMI ..." (stop words such
# as "umum", "besar", "tinggi", "tengah" are parts of names: "Rumah Sakit Umum", "Jawa Tengah")
_NOT_A_NAME_END = {
    "kami",
    "kita",
    "saya",
    "ini",
    "itu",
    "tersebut",
    "akan",
    "telah",
    "adalah",
    "wajib",
    "siap",
    "berkomitmen",
    "melayani",
    "memberikan",
    "menyediakan",
    "we",
    "our",
    "is",
    "are",
}
# punctuation that ends a name; a dot does only after a word that is not a short form ("Kab. Bantul")
_NAME_STOPS = [
    ",",
    ";",
    ":",
    "(",
    ")",
    "/",
    "\\",
    '"',
    "'",
    "\u201c",
    "\u201d",
    "\u2018",
    "\u2019",
    "|",
    "-",
    "\u2013",
    "\u2014",
    "!",
    "?",
    "[",
    "]",
    "{",
    "}",
    "*",
    "\u2022",
    "&",
    "=",
    "+",
    "_",
    "<",
    ">",
]
_DOTTED = {
    "kab",
    "kec",
    "kel",
    "prov",
    "kota",
    "jl",
    "jln",
    "no",
    "dr",
    "ir",
    "st",
    "kp",
    "ds",
    "rs",
    "bpk",
    "pt",
    "cv",
    "h",
    "hj",
    "drs",
    "dra",
    "prof",
}
_HONORIFIC = re.compile(r"(?<![\w.])(?:dr|drg|prof|ir|hj|h|kh)(?=\.\s*[A-Z])")
_NAME_RE = re.compile(r"^(?:[A-Z][\w'.-]*|[IVX]+[ABC]?|[0-9]{1,2})$")

# a unit's name with the short name it is called by, in brackets: "Balai Pengelola Alih
# Teknologi Pertanian (Balai PATP)", "Politeknik Negeri Bandung (POLBAN)"
DEFINED = re.compile(
    r"(?P<full>\b(?:"
    + "|".join(sorted(UNIT_HEADS, key=len, reverse=True))
    + r")\b[^()\n]{3,90}?)\s*\(\s*(?P<short>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})\s*\)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Mention:
    name: str
    start: int
    end: int


class UnitFinder:
    def __init__(self, document_words: frozenset[str] = frozenset()) -> None:
        """``document_words``: words that name kinds of documents ("standard", "report"), which
        end an English name rather than start it."""
        from spacy.lang.id.stop_words import STOP_WORDS
        from spacy.matcher import Matcher

        self._stop = set(STOP_WORDS)
        self._nlp = nlp.blank()
        self._matcher = Matcher(self._nlp.vocab)
        # a capitalised word (token attributes, not a regex: the matcher then runs in C)
        # (a number in figures ends a name; one in words may be part of it: "Terpadu Satu Pintu")
        capitalised = {"IS_LOWER": False, "IS_SPACE": False, "IS_DIGIT": False, "ORTH": {"NOT_IN": _NAME_STOPS}}
        name_word = {**capitalised, "LOWER": {"NOT_IN": NOT_NAME}}
        first_word = {**name_word, "IS_ALPHA": True}  # "NOTA DINAS |": a speck names nothing
        connector = {"LOWER": {"IN": sorted(_CONNECTORS)}, "OP": "?"}
        tail = {**capitalised, "LOWER": {"NOT_IN": UNIT_HEADS + NOT_NAME}}
        self._matcher.add(
            "UNIT",
            [
                [{"LOWER": {"IN": UNIT_HEADS}}, first_word, {**name_word, "OP": "*"}, connector, {**tail, "OP": "*"}],
                # a government is the government of a place ("Sistem Pengendalian Intern Pemerintah" is none)
                [
                    {"LOWER": "pemerintah"},
                    {"LOWER": {"IN": ["kabupaten", "kota", "provinsi", "daerah", "kab", "prov"]}},
                    {**name_word, "OP": "+"},
                ],
                # "... DI YOGYAKARTA": the place an office is in ends its name
                [
                    {"LOWER": {"IN": UNIT_HEADS}},
                    first_word,
                    {**name_word, "OP": "*"},
                    {"LOWER": "di"},
                    {**tail, "IS_ALPHA": True},
                    {**tail, "OP": "*"},
                ],
                # a name that a line break cuts after a word that cannot end it ("... BIDANG\nADMINISTRASI")
                [
                    {"LOWER": {"IN": UNIT_HEADS}},
                    {"IS_PUNCT": True, "OP": "?"},
                    {**name_word, "OP": "*"},
                    {"LOWER": {"IN": sorted(DANGLING)}},
                    {"IS_SPACE": True},
                    tail,
                    {**tail, "OP": "*"},
                ],
            ],
        )
        not_english_name = sorted({*NOT_NAME, *EN_TAILS, *EN_NOT_NAME, *document_words} - set(EN_HEADS))
        en_word = {"IS_LOWER": False, "IS_ALPHA": True, "LOWER": {"NOT_IN": not_english_name}}
        en_name = {"IS_LOWER": False, "IS_ALPHA": True, "LOWER": {"NOT_IN": sorted({*NOT_NAME, *EN_NOT_NAME})}}
        self._matcher.add("EN_TAIL", [[{**en_word, "OP": "{1,4}"}, {"LOWER": {"IN": EN_TAILS}}]])
        self._matcher.add(
            "EN_HEAD",
            [
                [
                    {"LOWER": {"IN": EN_HEADS}},
                    {"LOWER": {"IN": ["of", "for"]}},
                    {"LOWER": "the", "OP": "?"},
                    en_name,
                    {**en_name, "OP": "*"},
                    {"LOWER": {"IN": ["of", "and"]}, "OP": "?"},
                    {**en_name, "OP": "*"},
                ]
            ],
        )

    def find(self, text: str) -> list[Mention]:
        """Unit names in ``text``, in order; offsets index ``text``."""
        from spacy.util import filter_spans

        # a person an institution is named after keeps his titles in small letters ("RSUD dr. R.
        # Soedarsono"): read as capitals (same length, so offsets hold), quoted as written
        original = text
        text = _HONORIFIC.sub(lambda m: m.group(0).capitalize(), text)
        doc = self._nlp.make_doc(text)
        spans = filter_spans([_at_dot(part) for _, s, e in self._matcher(doc) for part in _split(doc, s, e)])
        out = []
        for span in spans:
            end = self._tail_end(doc, span.end)
            stop = doc[end - 1].idx + len(doc[end - 1].text)
            address = max(
                (m for m in _ADDRESS.finditer(original, span.start_char + 1, stop + 200) if m.start() < stop),
                key=lambda m: m.start(),
                default=None,
            )
            if address is not None:
                while end > span.start + 1 and doc[end - 1].idx >= address.start():
                    end -= 1
                stop = doc[end - 1].idx + len(doc[end - 1].text)
            name = _trim(original[span.start_char : stop])
            if not name or canon(name) in _PLACELESS or only_a_title(name):
                continue
            after = doc[end - 1].idx + len(doc[end - 1].text)
            if text[after : after + 4].lstrip()[:1] == ":":
                continue  # a form's label ("Satuan Kerja :"), not a unit
            out.append(Mention(name, span.start_char, span.start_char + len(doc[span.start : end].text.rstrip())))
        return sorted(out, key=lambda m: m.start)

    def _tail_end(self, doc: Any, end: int) -> int:
        """Where a name goes on to on its line: capitalised words that are not common words."""
        i = end
        while i < len(doc):
            token = doc[i]
            lower = token.lower_
            if (
                token.is_space
                or token.is_punct
                or lower in self._stop
                or lower in NOT_NAME
                or lower in _HEADS
                or not _NAME_RE.match(token.text)
            ):
                break
            i += 1
        return i


def defined_names(text: str) -> list[tuple[str, str]]:
    """(short, full) names a text defines: "Balai Pengelola Alih Teknologi Pertanian (Balai PATP)"."""
    out = []
    for match in DEFINED.finditer(text):
        full, short = collapse(match.group("full")), collapse(match.group("short"))
        if len(short) >= 2 and short.lower() != full.lower() and not short.isdigit():
            out.append((short, full))
    return out


def _at_dot(span: Any) -> Any:
    """The span cut at a dot that ends a sentence (not one after "Kab", "Kec", "Jl")."""
    doc = span.doc
    for i in range(span.start + 1, span.end):
        if doc[i].text == "." and doc[i - 1].lower_ not in _DOTTED:
            return doc[span.start : i]
    return span if doc[span.end - 1].text != "." else doc[span.start : span.end - 1]


def _split(doc: Any, start: int, end: int) -> list[Any]:
    """A match cut before "dan"/"," + a unit word: "X DAN KANTOR Y" names two units."""
    parts = []
    begin = start
    for i in range(start + 1, end - 1):
        if doc[i].lower_ in _SPLITTERS and doc[i + 1].lower_ in _HEADS:
            parts.append(doc[begin:i])
            begin = i + 1
    parts.append(doc[begin:end])
    return [p for p in parts if len(p) >= 2]


def _trim(text: str) -> str:
    words = collapse(text).split(" ")
    while len(words) > 2 and (words[-1].lower() in _CONNECTORS or words[-1].lower() in _NOT_A_NAME_END):
        words.pop()
    return " ".join(words)


_LINE_START = re.compile(
    r"^[\W_]*(?:" + "|".join(sorted(UNIT_HEADS, key=len, reverse=True)) + r")(?![^\W_])", re.IGNORECASE
)
_EN_UNIT_LINE = re.compile(
    r"^\W*(?:ministry|regional\s+office|directorate|faculty|secretariat|deputy)\b|"
    r"\b(?:office|university|agency|hospital|court)\W*$",
    re.IGNORECASE,
)
# a line that is a unit's short name, as a logo or a cover line: "POLBAN", "DKK", "DKK SEMARANG"
_ACRONYM_LINE = re.compile(r"^[\W_]*(?P<name>[A-Z][A-Z&.-]{1,9}(?:[ \t]+[A-Z][A-Za-z]+){0,3})[\W_]*$")
_NOT_NAME = set(NOT_NAME)


def is_unit_line(text: str) -> bool:
    """Whether a line begins with a unit's name (a letterhead or cover line): a unit word, or a
    short name alone ("POLBAN"; "KALIMANTAN BARAT" under an address is no unit)."""
    span = acronym_line(text)
    return starts_with_unit_word(text) or (span is not None and " " not in text[span[0] : span[1]])


def starts_with_unit_word(text: str) -> bool:
    """Whether a line begins with a unit word ("KANTOR ...", "Faculty of ...", "... Office")."""
    return bool(_LINE_START.match(text) or _EN_UNIT_LINE.search(text))


def acronym_line(text: str) -> tuple[int, int] | None:
    """The span of the short name a line consists of ("POLBAN", "DKK SEMARANG"), or None."""
    match = _ACRONYM_LINE.match(text)
    if match is None:
        return None
    first = match.group("name").split()[0].strip(".&-").lower()
    if not first or first in _NOT_NAME or any(w.lower() in _NOT_NAME for w in match.group("name").split()[1:]):
        return None
    return match.start("name"), match.end("name")
