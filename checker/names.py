"""How Indonesian government units are named: abbreviations, officials' titles, regions, classes.

Shared by analysis (which finds the names a document writes) and identity (which decides whose
names they are): a name is compared in its canonical words (:func:`canon`) and split into
parts (:func:`parts`): its *core* ("kantor imigrasi ngurah rai", "dinas kesehatan"), its
*class* ("kelas i khusus tpi", "pratama"), and its *qualifier*, the region or institution it
ends with ("kabupaten bantul", "universitas diponegoro"). Two names are one unit when their
cores agree and neither their classes nor their qualifiers contradict each other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_NON_WORD = re.compile(r"[\W_]+")

# spelled-out forms of the abbreviations of unit names
ABBREVIATIONS = {
    "kab": "kabupaten",
    "prov": "provinsi",
    "pemkab": "pemerintah kabupaten",
    "pemkot": "pemerintah kota",
    "pemprov": "pemerintah provinsi",
    "pemda": "pemerintah daerah",
    "kemenkumham": "kementerian hukum dan hak asasi manusia",
    "kemenkeu": "kementerian keuangan",
    "kemenag": "kementerian agama",
    "kemenkes": "kementerian kesehatan",
    "kementan": "kementerian pertanian",
    "kemendikbudristek": "kementerian pendidikan kebudayaan riset dan teknologi",
    "kemenpanrb": "kementerian pendayagunaan aparatur negara dan reformasi birokrasi",
    "panrb": "pendayagunaan aparatur negara dan reformasi birokrasi",
    "kementrian": "kementerian",
    "ham": "hak asasi manusia",
    "diy": "daerah istimewa yogyakarta",
    "dki": "daerah khusus ibukota",
    "jabar": "jawa barat",
    "jateng": "jawa tengah",
    "jatim": "jawa timur",
    "djp": "direktorat jenderal pajak",
    "djbc": "direktorat jenderal bea dan cukai",
    "ditjen": "direktorat jenderal",
    "dirjen": "direktorat jenderal",
    "dinkes": "dinas kesehatan",
    "disdik": "dinas pendidikan",
    "kanwil": "kantor wilayah",
    "kanim": "kantor imigrasi",
    "kpp": "kantor pelayanan pajak",
    "kppn": "kantor pelayanan perbendaharaan negara",
    "kppbc": "kantor pengawasan dan pelayanan bea dan cukai",
    "lapas": "lembaga pemasyarakatan",
    "rutan": "rumah tahanan negara",
    "lpka": "lembaga pembinaan khusus anak",
    "bapas": "balai pemasyarakatan",
    "sdm": "sumber daya manusia",
    "bkpsdm": "badan kepegawaian dan pengembangan sumber daya manusia",
    "rsud": "rumah sakit umum daerah",
    "rsu": "rumah sakit umum",
    "rs": "rumah sakit",
    "setkab": "sekretariat kabinet",
    "setjen": "sekretariat jenderal",
    "itjen": "inspektorat jenderal",
    "bkd": "badan kepegawaian daerah",
    "bkn": "badan kepegawaian negara",
    "ri": "republik indonesia",
    "walikota": "wali kota",
    "polres": "kepolisian resor",
    "polresta": "kepolisian resor kota",
    "polda": "kepolisian daerah",
    "polsek": "kepolisian sektor",
    "polri": "kepolisian negara republik indonesia",
    "pn": "pengadilan negeri",
    "pa": "pengadilan agama",
    "ptun": "pengadilan tata usaha negara",
    "pta": "pengadilan tinggi agama",
    "kejari": "kejaksaan negeri",
    "kejati": "kejaksaan tinggi",
    "bpom": "badan pengawas obat dan makanan",
    "bbpom": "balai besar pengawas obat dan makanan",
    "kkp": "kantor kesehatan pelabuhan",
    "uptd": "unit pelaksana teknis daerah",
    "upt": "unit pelaksana teknis",
    "fak": "fakultas",
    "univ": "universitas",
}
_PAIRS = {("d", "i"): "daerah istimewa", ("r", "i"): "republik indonesia"}
# the national institutions above a vertical office, nearest first: a unit typed by its short name
# ("KPP Pratama Bantul", "KKP Pontianak") still knows whose documents count for it. Only national
# ones: a regional office in between ("Kanwil DJP Jawa Barat I") is the profile's to name.
_DJP = ("direktorat jenderal pajak", "kementerian keuangan")
_PAS = ("direktorat jenderal pemasyarakatan", "kementerian hukum dan hak asasi manusia")
_P2P = ("direktorat jenderal pencegahan dan pengendalian penyakit", "kementerian kesehatan")
_POM = ("badan pengawas obat dan makanan",)
_POLRI = ("kepolisian negara republik indonesia",)
VERTICAL_PARENTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("kantor pelayanan pajak", _DJP),
    ("kantor wilayah direktorat jenderal pajak", _DJP),
    ("kantor pelayanan perbendaharaan negara", ("direktorat jenderal perbendaharaan", "kementerian keuangan")),
    ("kantor pengawasan dan pelayanan bea dan cukai", ("direktorat jenderal bea dan cukai", "kementerian keuangan")),
    ("kantor pelayanan kekayaan negara dan lelang", ("direktorat jenderal kekayaan negara", "kementerian keuangan")),
    ("kantor imigrasi", ("direktorat jenderal imigrasi", "kementerian hukum dan hak asasi manusia")),
    ("lembaga pemasyarakatan", _PAS),
    ("rumah tahanan negara", _PAS),
    ("balai pemasyarakatan", _PAS),
    ("lembaga pembinaan khusus anak", _PAS),
    ("kantor kesehatan pelabuhan", _P2P),
    ("balai kekarantinaan kesehatan", _P2P),
    ("kantor kementerian agama", ("kementerian agama",)),
    ("kantor urusan agama", ("kementerian agama",)),
    ("kepolisian resor", _POLRI),
    ("kepolisian sektor", _POLRI),
    ("kepolisian daerah", _POLRI),
    ("pengadilan negeri", ("mahkamah agung",)),
    ("pengadilan tinggi", ("mahkamah agung",)),
    ("pengadilan agama", ("mahkamah agung",)),
    ("pengadilan tata usaha negara", ("mahkamah agung",)),
    ("kejaksaan negeri", ("kejaksaan agung",)),
    ("kejaksaan tinggi", ("kejaksaan agung",)),
    ("balai besar pengawas obat dan makanan", _POM),
    ("balai pengawas obat dan makanan", _POM),
    ("loka pengawas obat dan makanan", _POM),
)


def vertical_parents(name: str) -> tuple[str, ...]:
    """The national institutions above a unit of a vertical agency, from its kind of office."""
    words = canon(name)
    for kind, chain in VERTICAL_PARENTS:
        if words == kind or words.startswith(kind + " "):
            return chain
    return ()


# an office named after its head: "Deputi Bidang X" signs for "Kedeputian Bidang X", "Inspektur
# Daerah" for "Inspektorat Daerah", "Bupati Bantul" for the regency's government
HEAD_OF = {
    "deputi": "kedeputian",
    "inspektur": "inspektorat",
    "direktur": "direktorat",
    "camat": "kecamatan",
    "lurah": "kelurahan",
    "menteri": "kementerian",
    "bupati": "pemerintah kabupaten",
    "gubernur": "pemerintah provinsi",
    "wali kota": "pemerintah kota",
    "kapolres": "kepolisian resor",
    "kapolda": "kepolisian daerah",
    "sekretaris": "sekretariat",
}
# titles an official's line starts with, dropped before the office they head
OFFICIALS = frozenset(
    {
        "kepala",
        "ketua",
        "rektor",
        "dekan",
        "plt",
        "plh",
        "pj",
        "pelaksana",
        "tugas",
        "harian",
        "wakil",
        "koordinator",
        "kuasa",
        "head",
        "dean",
        "rector",
        "director",
        "chief",
        "of",
        "the",
    }
)
# the grade of an official's title: "Direktur Utama", "Wakil Ketua"
TITLE_GRADES = frozenset({"utama", "muda", "madya"})
UNIT_HEADS = frozenset(
    {
        "kementerian",
        "kedeputian",
        "sekretariat",
        "direktorat",
        "badan",
        "dinas",
        "kantor",
        "biro",
        "inspektorat",
        "balai",
        "lembaga",
        "rumah",
        "pengadilan",
        "kejaksaan",
        "kepolisian",
        "puskesmas",
        "pusat",
        "universitas",
        "institut",
        "politeknik",
        "fakultas",
        "sekolah",
        "satuan",
        "pemerintah",
        "kecamatan",
        "kelurahan",
        "mahkamah",
        "komisi",
        "ombudsman",
        "perwakilan",
        "akademi",
    }
)
REGION_WORDS = frozenset({"kabupaten", "kota", "provinsi"})
_REGION_PAIRS = ("daerah istimewa", "daerah khusus")
# what a unit's class is made of: "KELAS I KHUSUS TPI", "KELAS IIA", "PRATAMA", "MADYA"
CLASS_WORDS = frozenset({"kelas", "khusus", "tpi", "non", "pratama", "madya", "utama"})
_GRADE = re.compile(r"^(?:[ivx]{1,4}[abc]?|[1-4][abc]?|[abc])$")
_ROMAN_OCR = re.compile(r"^[il1t]{1,3}[abc]?$")  # a scan's "IlA", "I1A", "TIA" for IIA
# words a name may have or lack and still be the same unit's ("Inspektorat Daerah Kabupaten X" is
# "Inspektorat Kabupaten X"; "Kantor Imigrasi X" is "Imigrasi X"; "UPTD Puskesmas X")
OPTIONAL = frozenset(
    {
        "kantor",
        "daerah",
        "negeri",
        "unit",
        "pelaksana",
        "teknis",
        "the",
        "of",
        "di",
        "pada",
        "lingkungan",
        "dan",
        "republik",
        "indonesia",
        # the honorifics of a person a unit is named after ("RSUP Dr. Hasan Basri")
        "dr",
        "drg",
        "prof",
        "ir",
        "h",
        "hj",
        "kh",
    }
)
# institutions a name may end with, which place the unit: "Fakultas Hukum Universitas Diponegoro"
_QUALIFIER_HEADS = frozenset(
    {
        "universitas",
        "institut",
        "kementerian",
        "pemerintah",
        "sekretariat",
        "direktorat",
        "badan",
        "kepolisian",
        "dinas",
    }
)
_COUNTRY = ("republik indonesia", "indonesia")
_UNIVERSITY_EN = re.compile(r"\b(\w+) university\b")


# English names of Indonesian units, as their English documents write them: the unit word comes
# last ("Ngurah Rai Immigration Office", "West Java Regional Office") or opens an "of" phrase
# ("Faculty of Agriculture", "Ministry of Finance"). Read in Indonesian word order: the unit word,
# then its kind's words reversed, then the name ("Hasan Basri Central General Hospital" ->
# "rumah sakit umum pusat hasan basri"). The words are those of unit names, not a general lexicon.
_EN_UNIT_WORDS = {
    "office": "kantor",
    "hospital": "rumah sakit",
    "court": "pengadilan",
    "university": "universitas",
    "polytechnic": "politeknik",
    "institute": "institut",
    "agency": "badan",
    "ministry": "kementerian",
    "directorate": "direktorat",
    "faculty": "fakultas",
    "secretariat": "sekretariat",
    "inspectorate": "inspektorat",
    "bureau": "biro",
    "prison": "lembaga pemasyarakatan",
    "academy": "akademi",
    "school": "sekolah",
    "government": "pemerintah",
    "regency": "kabupaten",
    "city": "kota",
    "province": "provinsi",
}
# two words that are one unit word: "Regional Office" is a Kantor Wilayah, not a Kantor Daerah
_EN_UNIT_PAIRS = {
    ("regional", "office"): "kantor wilayah",
    ("district", "court"): "pengadilan negeri",
    ("religious", "court"): "pengadilan agama",
    ("high", "court"): "pengadilan tinggi",
    ("detention", "center"): "rumah tahanan negara",
    ("detention", "centre"): "rumah tahanan negara",
    ("correctional", "institution"): "lembaga pemasyarakatan",
    ("correctional", "facility"): "lembaga pemasyarakatan",
    ("tax", "office"): "kantor pelayanan pajak",
    ("police", "resort"): "kepolisian resor",
    ("regional", "police"): "kepolisian daerah",
    ("directorate", "general"): "direktorat jenderal",
}
_EN_WORDS = {
    "immigration": "imigrasi",
    "central": "pusat",
    "general": "umum",
    "regional": "daerah",
    "state": "negeri",
    "class": "kelas",
    "health": "kesehatan",
    "agriculture": "pertanian",
    "law": "hukum",
    "finance": "keuangan",
    "religious": "agama",
    "education": "pendidikan",
    "customs": "bea",
    "excise": "cukai",
    "and": "dan",
    "tax": "pajak",
    "taxes": "pajak",
    "taxation": "pajak",
    "engineering": "teknik",
    "economics": "ekonomi",
    "medicine": "kedokteran",
    "correctional": "pemasyarakatan",
    "public": "umum",
    "works": "pekerjaan",
    "special": "khusus",
    "main": "utama",
    "republic": "republik",
    "affairs": "",
}
_EN_WORD_PAIRS = {
    ("human", "rights"): "hak asasi manusia",
    ("public", "works"): "pekerjaan umum",
    ("religious", "affairs"): "agama",
}
_EN_REGIONS = {"regency": "kabupaten", "city": "kota", "province": "provinsi"}
# "West Java": a compass word comes before a place in English, after it in Indonesian
_EN_COMPASS = {
    "west": "barat",
    "east": "timur",
    "north": "utara",
    "south": "selatan",
    "central": "tengah",
    "southeast": "tenggara",
    "northwest": "barat laut",
}


def _from_english(words: list[str], nested: bool = False) -> list[str]:
    """An English unit name's words in Indonesian order (unchanged when it has no English unit word).
    ``nested``: the words after an outer unit word's "of", whose own words come first ("Faculty of
    Agriculture Tadulako University": "pertanian" is the faculty's, "tadulako" the university's)."""
    for i, word in enumerate(words):  # the first unit word: what follows it places the unit
        if tuple(words[i : i + 2]) in _EN_UNIT_PAIRS:
            head, before, after = _EN_UNIT_PAIRS[tuple(words[i : i + 2])], words[:i], words[i + 2 :]  # type: ignore[index]
            break
        if word in _EN_UNIT_WORDS and word not in _EN_REGIONS:
            head, before, after = _EN_UNIT_WORDS[word], words[:i], words[i + 1 :]
            break
    else:
        return words
    of = after[:1] == ["of"] or after[:1] == ["for"]
    if of:
        after = after[1:]
    outer: list[str] = []
    while nested and before and before[0] in _EN_WORDS:
        outer.append(before.pop(0))
    kind: list[str] = []  # the kind's words before the unit word: "Central General", "State"
    while (
        before
        and (before[-1] in _EN_WORDS or tuple(before[-2:]) in _EN_WORD_PAIRS)
        and not (len(before) >= 2 and before[-2] in _EN_COMPASS and before[-1] not in _EN_WORDS)
    ):
        if tuple(before[-2:]) in _EN_WORD_PAIRS:
            kind.append(_EN_WORD_PAIRS[tuple(before[-2:])])  # type: ignore[index]
            del before[-2:]
        else:
            kind.append(_EN_WORDS.get(before.pop(), ""))
    named, following = _places(before), _places(_from_english(after, nested=True))
    # "... of X" says what the unit is for, before its name's own words; what follows a name
    # without "of" (its class, its city) comes after them
    rest = [*following, *named] if of else [*named, *following]
    return [*_places(outer), *head.split(), *" ".join(kind).split(), *rest]


def _places(words: list[str]) -> list[str]:
    """English words of a name in Indonesian: "west java" -> "jawa barat", "law" -> "hukum"."""
    out: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        pair = tuple(words[i : i + 2])
        if pair in _EN_WORD_PAIRS:
            out += _EN_WORD_PAIRS[pair].split()
            i += 2
            continue
        if i + 1 < len(words) and words[i + 1] in _EN_REGIONS:  # "Bantul Regency" -> "kabupaten bantul"
            out += [_EN_REGIONS[words[i + 1]], word]
            i += 2
            continue
        if word in _EN_COMPASS and i + 1 < len(words) and words[i + 1] not in _EN_WORDS:
            out += [_ENGLISH_PLACES.get(words[i + 1], words[i + 1]), _EN_COMPASS[word]]
            i += 2
            continue
        if word in ("the", "of"):
            i += 1
            continue
        out += (_EN_WORDS.get(word, _ENGLISH_PLACES.get(word, word))).split()
        i += 1
    return out


_ENGLISH_PLACES = {
    "java": "jawa",
    "sumatra": "sumatera",
    "borneo": "kalimantan",
    "celebes": "sulawesi",
}
# words that make a name English ("city" does not: "Kota" names are written that way too)
_ENGLISH_MARKERS = frozenset({*_EN_UNIT_WORDS, "regional", "district", "detention", "correctional"}) - {"city"}


def normalise(text: str) -> str:
    return _NON_WORD.sub(" ", text.lower()).strip()


@lru_cache(maxsize=8192)
def canon(text: str) -> str:
    """A unit name's words: lower case, abbreviations spelled out, an official's title dropped
    or read as the office ("KEPALA DINAS X" -> "dinas x", "BUPATI BANTUL" -> "pemerintah
    kabupaten bantul"), the country dropped at the end."""
    words = normalise(text).split()
    out: list[str] = []
    i = 0
    while i < len(words):
        pair = tuple(words[i : i + 2])
        if pair in _PAIRS:
            out.append(_PAIRS[pair])
            i += 2
            continue
        word = words[i]
        if out and out[-1] == "kelas" and _ROMAN_OCR.match(word):
            word = word.replace("l", "i").replace("1", "i").replace("t", "i")
        if word == "wali" and i + 1 < len(words) and words[i + 1] == "kota":
            word, i = "wali kota", i + 1
        out.append(ABBREVIATIONS.get(word, word))
        i += 1
    words = " ".join(out).split()
    # an official's title before the office ("KEPALA KANTOR ...", "PLT. DIREKTUR RSUD ...")
    while len(words) > 1 and words[0] in OFFICIALS:
        words = words[1:]
    if _ENGLISH_MARKERS.intersection(words):
        words = _from_english(words)
    if words[:1] == ["resor"] or words[:1] == ["sektor"]:
        # a police letterhead's own line under "KEPOLISIAN NEGARA ... / DAERAH X": "RESOR Y"
        words = ["kepolisian", *words]
    if words:
        head = words[0]
        if (
            head in HEAD_OF
            and len(words) > 2
            and words[1] in TITLE_GRADES
            and words[2] in UNIT_HEADS | {"rumah", "rsud"}
        ):
            words = words[2:]  # "DIREKTUR UTAMA RUMAH SAKIT X" heads the hospital
        elif len(words) > 1 and words[1] in UNIT_HEADS | {"rumah", "rsud"} and head in HEAD_OF:
            words = words[1:]  # "DIREKTUR RSUD X" heads the hospital, not a directorate
        elif head in HEAD_OF:
            words = [*HEAD_OF[head].split(), *words[1:]]
        elif " ".join(words[:2]) in HEAD_OF:
            words = [*HEAD_OF[" ".join(words[:2])].split(), *words[2:]]
    result = _UNIVERSITY_EN.sub(r"universitas \1", " ".join(words))
    if result in _COUNTRY:
        return result
    for country in (" republik indonesia", " indonesia"):
        if result.endswith(country) and len(result) > len(country):
            result = result[: -len(country)]
    return result


def only_a_title(text: str) -> bool:
    """Whether a name is an official's title alone ("Direktur Utama", "Kepala"): a person, no unit."""
    words = normalise(text).split()
    return (
        bool(words)
        and (words[0] in HEAD_OF or words[0] in OFFICIALS)
        and all(w in HEAD_OF or w in OFFICIALS or w in TITLE_GRADES or w == "jenderal" for w in words)
    )


@dataclass(frozen=True, slots=True)
class NameParts:
    core: tuple[str, ...]  # the words that tell the unit from its kind's others
    grade: frozenset[str]  # its class: "kelas i khusus tpi" -> {"i", "khusus", "tpi"}
    qualifier: str | None  # the region or institution it ends with, canonical
    words: tuple[str, ...]  # all its canonical words


@lru_cache(maxsize=8192)
def parts(name: str) -> NameParts:
    """A unit name split into core, class and qualifier (see the module docstring)."""
    words = canon(name).split()
    qualifier = None
    if len(words) > 2 and words[-1] in REGION_WORDS:
        words = words[:-1]  # "DINKES KAB" cut before its place: the region is not known
    for i in range(1, len(words)):
        word = words[i]
        pair = " ".join(words[i : i + 2])
        opens = word in REGION_WORDS or pair in _REGION_PAIRS or (word in _QUALIFIER_HEADS and i >= 2)
        if opens and i == len(words) - 1 and word in _QUALIFIER_HEADS:
            words = words[:i]  # "... MAJENANG DINAS": an institution's word cut from its name names none
            break
        if opens and (i < len(words) - 1 or word not in REGION_WORDS):
            qualifier = " ".join(words[i:])
            words = words[:i]
            break
    grade: set[str] = set()
    core: list[str] = []
    after_kelas = False
    for word in words:
        if word == "kelas":
            after_kelas = True
            continue
        if (after_kelas and _GRADE.match(word)) or word in CLASS_WORDS - {"kelas"}:
            grade.add(word)
            continue
        after_kelas = False
        if not _optional(word):
            core.append(word)
    return NameParts(tuple(core), frozenset(grade), qualifier, tuple(canon(name).split()))


def _optional(word: str) -> bool:
    """An optional word, or one a scan misread ("DAFRAH" for "DAERAH")."""
    if word in OPTIONAL:
        return True
    if len(word) < 5:
        return False
    from checker.match import allowed_edits, skeleton, slip_cost

    return any(len(o) >= 5 and slip_cost(skeleton(word), skeleton(o)) <= allowed_edits(len(o)) for o in OPTIONAL)


@lru_cache(maxsize=4096)
def place_of_line(text: str) -> str | None:
    """The place a government or university line names ("PEMERINTAH KABUPATEN SLEMAN" ->
    "kabupaten sleman", "BUPATI BANTUL" -> "kabupaten bantul", "UNIVERSITAS SEBELAS MARET" ->
    "universitas sebelas maret"), or None."""
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


_PLACE_LINE = re.compile(
    r"^\W*(?:pemerintah\s+(?:daerah\s+(?=daerah|provinsi|kabupaten|kota))?(?P<gov>(?:kabupaten|kab\.?|kota|provinsi|"
    r"daerah\s+istimewa|daerah\s+khusus)\s+\S.*)|(?P<head>bupati|wali\s*kota|gubernur)\s+(?P<region>\S.*)|"
    r"(?P<univ>(?:universitas|institut|politeknik)\s+\S.*))$",
    re.IGNORECASE,
)
_HEAD_PLACE = {"bupati": "kabupaten", "walikota": "kota", "wali kota": "kota", "gubernur": "provinsi"}
_TOP_LEVEL = ("kementerian", "pemerintah", "ministry", "republik", "kemen")


def is_top_level(name: str) -> bool:
    """A ministry or a regional government: the head of every letterhead under it."""
    return canon(name).startswith(_TOP_LEVEL)


def initialism(name: str) -> str | None:
    """The initials by which a long name is known ("Badan Kepegawaian dan Pengembangan Sumber
    Daya Manusia" -> "bkpsdm", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu" ->
    "dpmptsp"), for names of three or more words before their region."""
    p = parts(name)
    words = [
        w
        for w in canon(name).split()[: len(canon(name).split()) - len((p.qualifier or "").split())]
        if w not in ("dan", "di", "pada", "&")
    ]
    if len(words) < 3 or any(not w.isalpha() or _GRADE.match(w) for w in words):
        return None  # "Puskesmas Kasihan I" is numbered, not abbreviated
    return "".join(w[0] for w in words)
