"""Which units a document names, and how each relates to the profile (spaCy Matcher).

Two token matchers over a blank Indonesian pipeline: one for the profile's own names (its unit,
aliases, parent, and their spelled-out forms; case, punctuation, line breaks and one OCR slip in
long words forgiven), one for any government unit name (a unit word such as "Dinas" or
"Kedeputian" followed by capitalised words). Then each name gets its role:

- a name that is one of the unit's, or one of its words-in-order with an official's title in
  between ("DEPUTI SEKRETARIS KABINET BIDANG DUKUNGAN KERJA KABINET"), is ``self``;
- a longer name that contains the unit's ("Dinas Kesehatan Kabupaten Sleman" for "Dinas
  Kesehatan", "DKK SEMARANG" for "DKK", "Pusat ... Sekretariat Kabinet" for the parent
  "Sekretariat Kabinet") is another unit;
- a short name ("DINAS KESEHATAN" under "PEMERINTAH KABUPATEN SLEMAN", "FAKULTAS HUKUM" under
  "UNIVERSITAS SEBELAS MARET") is the unit's only where the document is set in the unit's own
  regency or university: the place is read from the document's government or university line;
- a name whose words all stand, in order, in the parent's name ("KANTOR WILAYAH DJP DAERAH
  ISTIMEWA YOGYAKARTA", "Kantor Wilayah") is the parent.

Abbreviations (Kab., Kemenkumham, Kanwil, KPP, Dinkes, DIY, SDM, ...) are spelled out before
names are compared, and an office named after its head ("Deputi Bidang X", "Inspektur Daerah")
is its unit ("Kedeputian Bidang X", "Inspektorat Daerah"). Whether capitalised words after a
known name carry it on ("DKK SEMARANG") or not ("KPP Pratama Bantul TIDAK DIPUNGUT BIAYA") is
decided with spaCy's Indonesian stop-word list. The matchers use token attributes (no regex
predicates), so they run in spaCy's compiled code.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from checker.analyse import nlp
from checker.analyse.text import collapse, normalise
from checker.model import Profile, UnitRole

UNIT_HEADS = [
    "kementerian", "kementrian", "kemenkumham", "kemenkeu", "kemenag", "kemendikbud", "kemendikbudristek",
    "kedeputian", "deputi", "sekretariat", "setkab", "setjen", "direktorat", "ditjen", "badan", "dinas",
    "dinkes", "kantor", "kanwil", "kanim", "kpp", "kppn", "biro", "inspektorat", "itjen", "balai", "lembaga",
    "lapas", "rutan", "bapas", "rumah", "rsud", "pengadilan", "kejaksaan", "kejari", "kejati", "kepolisian",
    "polres", "polda", "polsek", "puskesmas", "pusat", "universitas", "institut", "politeknik", "fakultas",
    "sekolah", "satuan", "pemerintah", "pemkab", "pemkot", "pemprov", "kecamatan", "kelurahan", "mahkamah",
    "komisi", "ombudsman", "perwakilan", "upt", "uptd", "bps", "bpkp", "bpn", "bkpsdm", "bkd", "bkn",
    "bappeda", "inspektur", "direktur", "camat", "lurah",
]
# "Pemerintah Daerah" or "Pemerintah Pusat" with no place names no unit ("Laporan Keuangan Pemerintah Daerah")
_PLACELESS = {"pemerintah daerah", "pemerintah pusat", "pemerintah kabupaten", "pemerintah kota",
              "pemerintah provinsi", "pemerintah desa"}
# Words after a unit name that make it another, more specific unit.
NARROWING = {"kabupaten", "kab", "kota", "provinsi", "prov", "kecamatan", "kelurahan", "desa",
             "wilayah", "kelas", "cabang", "daerah", "universitas", "institut", "politeknik"}
# words of an official's title that may stand inside the unit's name ("Deputi Sekretaris Kabinet Bidang ...")
OFFICIAL_WORDS = {"sekretaris", "kepala", "plt", "plh", "pelaksana", "tugas", "harian", "republik", "indonesia", "ri"}
# words after which a unit's name cannot end, so a line break there does not end it
DANGLING = {"bidang", "dan", "kelas", "urusan", "sub", "bagian", "kantor", "pelayanan", "pusat", "wilayah",
            "pengembangan"}
_COUNTRY = {"republik indonesia", "indonesia"}
_CONNECTORS = {"dan", "&", "-", "/"}
_SPLITTERS = {"dan", ",", "serta", "&", ";"}
_NAME_WORD = r"^(?:[A-Z][\w'.-]*|[IVX]+[ABC]?|[0-9]{1,2})$"
_NAME_RE = re.compile(_NAME_WORD)
# Capitalised words that end a unit's name rather than continue it (headings are in capitals).
NOT_NAME = ["tentang", "nomor", "no", "tahun", "di", "pada", "ke", "dari", "untuk", "dalam", "lingkungan",
            "perihal", "hal", "lampiran", "tanggal", "yang", "atas", "oleh", "sebagai", "menimbang",
            "mengingat", "menetapkan", "memutuskan", "keputusan", "peraturan", "laporan", "surat",
            "rencana", "standar", "perjanjian", "pakta", "ditetapkan", "kesatu", "kedua", "ketiga",
            "ttd", "nip", "selaku", "kepada", "yth", "tembusan", "about", "the", "of", "bulan",
            "januari", "februari", "pebruari", "maret", "april", "mei", "juni", "juli", "agustus",
            "september", "oktober", "november", "nopember", "desember", "triwulan", "semester",
            "periode", "keadaan", "menuju", "nama", "jabatan", "tempat", "hari", "waktu", "tugas",
            "tahap", "gelombang", "angkatan", "revisi", "perubahan", "edisi", "jilid", "formasi",
            # slogans on banners follow the unit's name in the same capitals
            "menolak", "mendukung", "melayani", "mewujudkan", "membangun", "siap",
            "berkomitmen", "bebas", "anti", "tolak", "stop", "dukung", "wujudkan", "zona"]

_NOT_NAME = set(NOT_NAME)
_HEADS = set(UNIT_HEADS)

# spelled-out forms of the abbreviations of unit names
ABBREVIATIONS = {
    "kab": "kabupaten", "prov": "provinsi", "pemkab": "pemerintah kabupaten", "pemkot": "pemerintah kota",
    "pemprov": "pemerintah provinsi", "kemenkumham": "kementerian hukum dan hak asasi manusia",
    "kemenkeu": "kementerian keuangan", "kemenag": "kementerian agama",
    "kemendikbudristek": "kementerian pendidikan kebudayaan riset dan teknologi",
    "kemenpanrb": "kementerian pendayagunaan aparatur negara dan reformasi birokrasi",
    "panrb": "pendayagunaan aparatur negara dan reformasi birokrasi",
    "kementrian": "kementerian", "ham": "hak asasi manusia", "diy": "daerah istimewa yogyakarta",
    "djp": "direktorat jenderal pajak", "ditjen": "direktorat jenderal", "dirjen": "direktorat jenderal",
    "dinkes": "dinas kesehatan", "kanwil": "kantor wilayah", "kanim": "kantor imigrasi",
    "kpp": "kantor pelayanan pajak", "kppn": "kantor pelayanan perbendaharaan negara",
    "lapas": "lembaga pemasyarakatan", "rutan": "rumah tahanan negara", "sdm": "sumber daya manusia",
    "bkpsdm": "badan kepegawaian dan pengembangan sumber daya manusia", "rsud": "rumah sakit umum daerah",
    "setkab": "sekretariat kabinet", "setjen": "sekretariat jenderal", "itjen": "inspektorat jenderal",
    "bkd": "badan kepegawaian daerah", "bkn": "badan kepegawaian negara", "ri": "republik indonesia",
    "walikota": "wali kota",
    # an office is named after its head: "Deputi Bidang X" signs for "Kedeputian Bidang X",
    # "Inspektur Daerah" for "Inspektorat Daerah", "Direktur Jenderal" for "Direktorat Jenderal"
    "deputi": "kedeputian", "inspektur": "inspektorat", "direktur": "direktorat", "camat": "kecamatan",
    "lurah": "kelurahan",
}
_PAIRS = {("d", "i"): "daerah istimewa", ("r", "i"): "republik indonesia"}
_ROMAN_OCR = re.compile(r"^[il1t]{1,3}[abc]?$")  # a scan's "IlA", "I1A", "TIA" for IIA
_UNIVERSITY_EN = re.compile(r"\b(\w+) university\b")

# lines that set a document in a place: its government, its head of region, its university
_PLACE_LINE = re.compile(
    r"^\W*(?:pemerintah\s+(?:daerah\s+(?=daerah|provinsi|kabupaten|kota))?(?P<gov>(?:kabupaten|kab\.?|kota|provinsi|"
    r"daerah\s+istimewa|daerah\s+khusus)\s+\S.*)|(?P<head>bupati|wali\s*kota|gubernur)\s+(?P<region>\S.*)|"
    r"(?P<univ>(?:universitas|institut|politeknik)\s+\S.*))$",
    re.IGNORECASE,
)
_HEAD_PLACE = {"bupati": "kabupaten", "walikota": "kota", "wali kota": "kota", "gubernur": "provinsi"}
_TOP_LEVEL = ("kementerian", "pemerintah", "ministry", "republik", "kemen")
_EN_UNIT_LINE = re.compile(r"^\W*(?:ministry|regional\s+office|directorate|faculty|secretariat|deputy)\b|"
                           r"\b(?:office|university|agency)\W*$", re.IGNORECASE)
_GOVERNMENT_WORDS = ["bupati", "walikota", "wali kota", "gubernur"]


def canon(text: str) -> str:
    """A unit name's words, lower case, abbreviations spelled out, the country dropped."""
    words = normalise(text).split()
    out: list[str] = []
    i = 0
    while i < len(words):
        pair = tuple(words[i : i + 2])
        if pair in _PAIRS:
            out.append(_PAIRS[pair])  # type: ignore[index]
            i += 2
            continue
        word = words[i]
        if out and out[-1] == "kelas" and _ROMAN_OCR.match(word):
            word = word.replace("l", "i").replace("1", "i").replace("t", "i")
        out.append(ABBREVIATIONS.get(word, word))
        i += 1
    result = _UNIVERSITY_EN.sub(r"universitas \1", " ".join(out))
    if result in _COUNTRY:
        return result
    for country in (" republik indonesia", " indonesia"):
        if result.endswith(country) and len(result) > len(country):
            result = result[: -len(country)]
    return result


def place_of_line(text: str) -> str | None:
    """The place a government or university line names ("PEMERINTAH KABUPATEN SLEMAN" ->
    "kabupaten sleman", "BUPATI BANTUL" -> "kabupaten bantul"), or None."""
    match = _PLACE_LINE.match(text.strip())
    if match is None:
        return None
    if match.group("gov"):
        return canon(match.group("gov"))
    if match.group("head"):
        region = canon(match.group("region"))
        if region.split()[0] in ("provinsi", "daerah", "kabupaten", "kota"):
            return region
        return f"{_HEAD_PLACE[normalise(match.group('head'))]} {region}"
    return canon(match.group("univ"))


def is_top_level(name: str) -> bool:
    """A ministry or a regional government: the head of every letterhead under it."""
    return canon(name).startswith(_TOP_LEVEL)


@dataclass(frozen=True, slots=True)
class Mention:
    name: str
    role: UnitRole
    start: int
    end: int


class UnitFinder:
    def __init__(self, profile: Profile) -> None:
        from spacy.lang.id.stop_words import STOP_WORDS
        from spacy.matcher import Matcher

        self._stop = set(STOP_WORDS)
        self._nlp = nlp.blank()
        self._place = _profile_place(profile)
        self_names = [n for n in (profile.unit, *profile.aliases) if normalise(n)]
        self._self_canon: set[str] = set()
        self._base_canon: set[str] = set()
        self_written: set[str] = set()
        base_written: set[str] = set()
        unit = canon(profile.unit)
        place = self._place
        if place and unit.endswith(" " + place):
            self._base_canon.add(unit[: -len(place) - 1])
            self._self_canon.add(unit)
        elif place and not _narrowed(unit):
            self._base_canon.add(unit)
            self._self_canon.add(f"{unit} {place}")
        else:
            self._self_canon.add(unit)
        for name in self_names:
            c = canon(name)
            if c in self._base_canon:
                base_written.add(normalise(name))
                continue
            if place and c.endswith(" " + place) and len(c) > len(place) + 1:
                self._base_canon.add(c[: -len(place) - 1])
            self._self_canon.add(c)
            self_written.add(normalise(name))
        self._parent_canon = {canon(profile.parent)} if profile.parent else set()
        self._parent_words = canon(profile.parent).split() if profile.parent else []
        self._known = Matcher(self._nlp.vocab)
        for label, names in (("self", self._self_canon | self_written), ("base", self._base_canon | base_written),
                             ("parent", self._parent_canon | ({normalise(profile.parent)} if profile.parent
                                                               else set()))):
            for name in sorted(names | {_english(n) for n in names}):
                self._add_name(label, name)
        self._generic = Matcher(self._nlp.vocab)
        # a capitalised word (token attributes, not a regex: the matcher then runs in C)
        capitalised = {"IS_LOWER": False, "IS_PUNCT": False, "IS_SPACE": False, "LIKE_NUM": False}
        name_word = {**capitalised, "LOWER": {"NOT_IN": NOT_NAME}}
        first_word = {**name_word, "IS_ALPHA": True}  # "NOTA DINAS |": a speck names nothing
        connector = {"LOWER": {"IN": sorted(_CONNECTORS)}, "OP": "?"}
        tail = {**capitalised, "LOWER": {"NOT_IN": UNIT_HEADS + NOT_NAME}}
        self._generic.add("UNIT", [
            [{"LOWER": {"IN": UNIT_HEADS}}, first_word, {**name_word, "OP": "*"}, connector, {**tail, "OP": "*"}],
            # a name that a line break cuts after a word that cannot end it ("... BIDANG\nADMINISTRASI")
            [{"LOWER": {"IN": UNIT_HEADS}}, {"IS_PUNCT": True, "OP": "?"}, {**name_word, "OP": "*"},
             {"LOWER": {"IN": sorted(DANGLING)}}, {"IS_SPACE": True}, tail, {**tail, "OP": "*"}],
        ])
        self._self_words = [c.split() for c in self._self_canon | self_written]
        self._insertable = OFFICIAL_WORDS | set(self._parent_words)
        known_names = sorted({normalise(n) for n in (*self_names, profile.parent or "")} - {""}, key=len,
                             reverse=True)
        heads = "|".join(re.escape(h) for h in sorted(UNIT_HEADS + _GOVERNMENT_WORDS, key=len, reverse=True))
        names = "|".join(r"[\W_]+".join(map(re.escape, n.split())) for n in known_names)
        self._line_start = re.compile(r"^[\W_]*(?:" + heads + (("|" + names) if names else "") + r")(?![^\W_])",
                                      re.IGNORECASE)

    # --- lines ----------------------------------------------------------------------------------

    def is_unit_line(self, text: str) -> bool:
        """Whether a line begins with a unit's name (a letterhead or cover line)."""
        return bool(self._line_start.match(text) or _EN_UNIT_LINE.search(text))

    @property
    def place(self) -> str | None:
        return self._place

    # --- matching -------------------------------------------------------------------------------

    def _add_name(self, label: str, name: str) -> None:
        words = name.split()
        if not words:
            return
        pattern: list[dict[str, Any]] = []
        for i, word in enumerate(words):
            if i:  # punctuation and a line break between words ("KELAS IIA\n: YOGYAKARTA" in a scan)
                pattern.append({"IS_PUNCT": True, "OP": "*"})
                pattern.append({"IS_SPACE": True, "OP": "?"})
                pattern.append({"IS_PUNCT": True, "OP": "*"})
            pattern.append(_token_pattern(word, words[i - 1] if i else ""))
        self._known.add(label, [pattern])

    def find(self, text: str, place: str | None = None) -> list[Mention]:
        """Unit mentions in ``text``, in order; offsets index ``text``. ``place`` is where the
        document is set (see :func:`place_of_line`), which decides what a short name means."""
        from spacy.tokens import Span
        from spacy.util import filter_spans

        doc = self._nlp.make_doc(text)
        known = filter_spans([Span(doc, s, e, label=m) for m, s, e in self._known(doc)])
        generic = filter_spans([part for _, s, e in self._generic(doc) for part in _split(doc, s, e)])
        mentions: list[Mention] = []
        used: set[int] = set()
        for span in generic:
            if any(k.start < span.end and span.start < k.end and not (span.start <= k.start and k.end <= span.end)
                   for k in known):
                continue  # a name broken over lines: the known name is the better reading
            inner = [k for k in known if k.start >= span.start and k.end <= span.end]
            name = _trim(span.text)
            if not inner and canon(name) in _PLACELESS:
                continue
            if inner:
                k = inner[0]
                prefix = [t.lower_ for t in doc[span.start : k.start] if not t.is_punct and not t.is_space]
                end = self._tail_end(doc, k.end, span.end)
                name = _trim(doc[span.start:end].text)
                role = self._role(k.label_, prefix, canon(doc[k.end:end].text), place)
                used.update(x.start for x in inner)
            else:
                role = self._classify(name, place)
                if role is UnitRole.OTHER and (longer := self._wrapped(doc, span, place)) is not None:
                    span, role = longer  # "Deputi Sekretaris Kabinet Bidang Dukungan Kerja\nKabinet"
                    name = collapse(span.text)
            mentions.append(Mention(name, role, span.start_char, span.start_char + len(span.text.rstrip())))
        for k in known:
            if k.start in used:
                continue
            end = self._tail_end(doc, k.end)
            tail = canon(doc[k.end:end].text) if end > k.end else ""
            span = doc[k.start:end]
            mentions.append(Mention(collapse(span.text), self._role(k.label_, [], tail, place),
                                    span.start_char, span.end_char))
        return sorted(mentions, key=lambda m: m.start)

    def _wrapped(self, doc: Any, span: Any, place: str | None) -> tuple[Any, UnitRole] | None:
        """The unit's (or its parent's) name that a line break cut short: the span carried on
        over the next line's name words, when that makes it one of the profile's names."""
        end = span.end
        if end >= len(doc) or not (doc[end].is_space and "\n" in doc[end].text):
            return None
        i = end + 1
        while i < len(doc) and i - end <= 4 and _NAME_RE.match(doc[i].text) and doc[i].lower_ not in _NOT_NAME:
            i += 1
            role = self._classify(collapse(doc[span.start:i].text), place)
            if role is not UnitRole.OTHER:
                return doc[span.start:i], role
        return None

    def _tail_end(self, doc: Any, end: int, limit: int | None = None) -> int:
        """Where a known name's name goes on to on its line ("DKK" + "SEMARANG", "Dinas
        Kesehatan" + "kabupaten"): capitalised words that are not common words, or a word that
        narrows a name in any case."""
        limit = len(doc) if limit is None else limit
        i = end
        while i < limit:
            token = doc[i]
            if token.is_space or token.is_punct:
                break
            lower = token.lower_
            if lower not in NARROWING and (lower in self._stop or lower in _NOT_NAME or lower in _HEADS
                                           or not _NAME_RE.match(token.text)):
                break
            i += 1
        return i

    def place_in(self, names: list[str]) -> str | None:
        """The place a qualified name of the unit's kind sets a document in: "DINAS KESEHATAN
        KABUPATEN BANTUL" (for a "Dinas Kesehatan" profile) -> "kabupaten bantul"."""
        for name in names:
            c = canon(name)
            for base in self._base_canon:
                if c.startswith(base + " ") and c[len(base) + 1 :].split()[0] in NARROWING:
                    return c[len(base) + 1 :]
        return None

    # --- roles ----------------------------------------------------------------------------------

    def _role(self, label: str, prefix: list[str], tail: str, place: str | None) -> UnitRole:
        """The role of a known name found with ``prefix`` words before it and ``tail`` after it."""
        if any(w not in OFFICIAL_WORDS for w in prefix):
            return UnitRole.OTHER  # "Pusat Pengembangan Kompetensi Sekretariat Kabinet": a unit of it
        if label == "base":
            if not tail:
                return UnitRole.SELF if place is None or place == self._place else UnitRole.OTHER
            return UnitRole.SELF if tail == self._place else UnitRole.OTHER
        role = UnitRole(label)
        if not tail or tail in _COUNTRY:
            return role
        if role is UnitRole.SELF:
            if tail == self._place:
                return role
            parent = " ".join(self._parent_words)
            if parent and (tail.startswith(parent) or parent.startswith(tail)):
                return role
            return UnitRole.OTHER
        if any(n.endswith(tail) or tail.startswith(n) for n in self._self_canon):
            return role
        return UnitRole.OTHER

    @lru_cache(maxsize=2048)  # noqa: B019 - one finder per profile, names repeat across documents
    def _classify(self, name: str, place: str | None) -> UnitRole:
        """The role of a unit name that holds none of the profile's names as written."""
        c = canon(name)
        if c in self._self_canon:
            return UnitRole.SELF
        if c in self._parent_canon:
            return UnitRole.PARENT
        for base in self._base_canon:
            if c == base:
                return UnitRole.SELF if place is None or place == self._place else UnitRole.OTHER
            if c.startswith(base + " "):
                return UnitRole.SELF if c[len(base) + 1 :] == self._place else UnitRole.OTHER
        if self._by_words(c.split()):
            return UnitRole.SELF
        if self._within_parent(c.split()):
            return UnitRole.PARENT
        return UnitRole.OTHER

    def _by_words(self, words: list[str]) -> bool:
        """Whether the words of one of the unit's names all appear in order in ``words`` with
        nothing that narrows it to another unit ("DEPUTI SEKRETARIS KABINET BIDANG DUKUNGAN KERJA
        KABINET" for "Deputi Bidang Dukungan Kerja Kabinet")."""
        for wanted in self._self_words:
            if len(wanted) < 3:
                continue  # a short alias is matched only as written
            extra = list(words)
            position = 0
            for word in wanted:
                try:
                    position = extra.index(word, position)
                except ValueError:
                    break
                del extra[position]
            else:
                # only words of an official's title or of the parent may come in between: any
                # other word ("Lapas NARKOTIKA Kelas IIA ...") names a different unit
                if all(word in self._insertable for word in extra):
                    return True
        return False

    def _within_parent(self, words: list[str]) -> bool:
        """Whether ``words`` are the parent's name shortened: its first word, then only words of
        it in order ("KANTOR WILAYAH DJP DAERAH ISTIMEWA YOGYAKARTA", "Kantor Wilayah")."""
        parent = self._parent_words
        if len(words) < 2 or not parent or words[0] != parent[0]:
            return False
        position = 0
        for word in words:
            try:
                position = parent.index(word, position) + 1
            except ValueError:
                return False
        return True


def _profile_place(profile: Profile) -> str | None:
    """The regency, city, province or university the unit belongs to, when its names say so."""
    if profile.parent and (place := place_of_line(profile.parent)):
        return place
    c = canon(profile.unit)
    words = c.split()
    for i, word in enumerate(words):
        if word in ("kabupaten", "kota", "provinsi") and 0 < i < len(words) - 1:
            return " ".join(words[i:])
    return None


def _english(name: str) -> str:
    """"fakultas hukum universitas diponegoro" -> "fakultas hukum diponegoro university"."""
    return re.sub(r"\buniversitas (\w+)", r"\1 university", name)


def _narrowed(name: str) -> bool:
    return any(w in ("kabupaten", "kota", "provinsi", "universitas") for w in name.split()[1:])


def _token_pattern(word: str, previous: str) -> dict[str, Any]:
    if previous == "kelas" and _ROMAN_OCR.match(word.replace("v", "").replace("x", "") or "-"):
        variants = {"".join(p) for p in itertools.product(*[("i", "l", "1", "t") if c == "i" else (c,) for c in word])}
        return {"LOWER": {"IN": sorted(variants)}}
    if len(word) >= 6:
        # OCR misreads a letter in long words ("KABINFT"): one edit is forgiven there
        return {"LOWER": {"FUZZY1": word}}
    return {"LOWER": {"IN": [word, word + "."]}}


def _split(doc: Any, start: int, end: int) -> list[Any]:
    """A generic match cut before "dan"/"," + a unit word: "X DAN KANTOR Y" names two units."""
    parts = []
    begin = start
    for i in range(start + 1, end - 1):
        if doc[i].lower_ in _SPLITTERS and doc[i + 1].lower_ in UNIT_HEADS:
            parts.append(doc[begin:i])
            begin = i + 1
    parts.append(doc[begin:end])
    return [p for p in parts if len(p) >= 2]


def _trim(text: str) -> str:
    words = collapse(text).split(" ")
    while words and words[-1].lower() in _CONNECTORS:
        words.pop()
    return " ".join(words)
