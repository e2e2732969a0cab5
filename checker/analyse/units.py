"""Which units a document names, and which of them it is about (spaCy Matcher).

Two token matchers: one for the profile's unit, aliases and parent (case, punctuation and line
breaks between words ignored), one for any government unit name (a unit word such as "Dinas" or
"Kedeputian" followed by capitalised words). A name of another unit that merely contains the
profile's name ("Dinas Kesehatan Kabupaten Sleman" for "Dinas Kesehatan") is another unit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from checker.analyse import nlp
from checker.analyse.text import collapse, normalise
from checker.model import Profile, UnitRole

UNIT_HEADS = [
    "kementerian", "kemenkumham", "kemenkeu", "kemenag", "kemendikbud", "kedeputian", "deputi",
    "sekretariat", "setkab", "direktorat", "ditjen", "badan", "dinas", "dinkes", "kantor",
    "kanwil", "kanim", "kpp", "kppn", "biro", "inspektorat", "itjen", "balai", "lembaga", "lapas",
    "rutan", "bapas", "rumah", "rsud", "pengadilan", "kejaksaan", "kejari", "kejati", "kepolisian",
    "polres", "polda", "polsek", "puskesmas", "bagian", "pusat", "universitas", "institut",
    "politeknik", "satuan", "pemerintah", "pemkab", "pemkot", "kecamatan", "kelurahan", "mahkamah",
    "komisi", "ombudsman", "perwakilan", "upt", "bps", "bpkp", "bpn", "bkpsdm", "bappeda",
]
# Words after a unit name that make it another, more specific unit.
NARROWING = {"kabupaten", "kab", "kota", "provinsi", "prov", "kecamatan", "kelurahan", "desa",
             "wilayah", "kelas", "cabang", "daerah"}
# words of an official's title that may stand inside the unit's name ("Deputi Sekretaris Kabinet Bidang ...")
OFFICIAL_WORDS = {"sekretaris", "kepala", "plt", "plh", "pelaksana", "tugas", "harian", "republik", "indonesia", "ri"}
# words after which a unit's name cannot end, so a line break there does not end it
DANGLING = {"bidang", "dan", "kelas", "urusan", "sub", "bagian", "kantor", "pelayanan", "pusat", "wilayah"}
_COUNTRY = {"republik indonesia", "ri", "indonesia"}
_CONNECTORS = {"dan", "&", "-", "/"}
_NAME_WORD = r"^(?:[A-Z][\w'.-]*|[IVX]+[ABC]?|[0-9]{1,2})$"
# Capitalised words that end a unit's name rather than continue it (headings are in capitals).
NOT_NAME = ["tentang", "nomor", "no", "tahun", "di", "pada", "ke", "dari", "untuk", "dalam", "lingkungan",
            "perihal", "hal", "lampiran", "tanggal", "yang", "atas", "oleh", "sebagai", "menimbang",
            "mengingat", "menetapkan", "memutuskan", "keputusan", "peraturan", "laporan", "surat",
            "rencana", "standar", "perjanjian", "pakta", "ditetapkan", "kesatu", "kedua", "ketiga",
            "ttd", "nip", "selaku", "kepada", "yth", "tembusan", "about", "the", "of", "bulan",
            "januari", "februari", "pebruari", "maret", "april", "mei", "juni", "juli", "agustus",
            "september", "oktober", "november", "nopember", "desember", "triwulan", "semester",
            # slogans on banners follow the unit's name in the same capitals
            "menolak", "mendukung", "melayani", "menuju", "mewujudkan", "membangun", "siap",
            "berkomitmen", "bebas", "anti", "tolak", "stop", "dukung", "wujudkan", "zona"]


@dataclass(frozen=True, slots=True)
class Mention:
    name: str
    role: UnitRole
    start: int
    end: int


class UnitFinder:
    def __init__(self, profile: Profile) -> None:
        from spacy.matcher import Matcher

        self._nlp = nlp.blank()
        self._known = Matcher(self._nlp.vocab)
        for name in (profile.unit, *profile.aliases):
            self._add_name(UnitRole.SELF, name)
        if profile.parent:
            self._add_name(UnitRole.PARENT, profile.parent)
        self._generic = Matcher(self._nlp.vocab)
        name_word = {"TEXT": {"REGEX": _NAME_WORD}, "LOWER": {"NOT_IN": NOT_NAME}}
        connector = {"LOWER": {"IN": sorted(_CONNECTORS)}, "OP": "?"}
        tail = {"TEXT": {"REGEX": _NAME_WORD}, "LOWER": {"NOT_IN": UNIT_HEADS + NOT_NAME}}
        self._generic.add("UNIT", [
            [{"LOWER": {"IN": UNIT_HEADS}}, {"IS_PUNCT": True, "OP": "?"},
             name_word, {**name_word, "OP": "*"}, connector, {**tail, "OP": "*"}],
            # a name that a line break cuts after a word that cannot end it ("... BIDANG\nADMINISTRASI")
            [{"LOWER": {"IN": UNIT_HEADS}}, {"IS_PUNCT": True, "OP": "?"}, {**name_word, "OP": "*"},
             {"LOWER": {"IN": sorted(DANGLING)}}, {"IS_SPACE": True}, tail, {**tail, "OP": "*"}],
        ])
        self._parent_norm = normalise(profile.parent or "")
        self._self_norms = [normalise(n) for n in (profile.unit, *profile.aliases)]
        self._insertable = OFFICIAL_WORDS | set(self._parent_norm.split())

    def _add_name(self, role: UnitRole, name: str) -> None:
        words = normalise(name).split()
        if not words:
            return
        pattern: list[dict[str, Any]] = []
        for i, word in enumerate(words):
            if i:
                pattern.append({"IS_PUNCT": True, "OP": "*"})
                pattern.append({"IS_SPACE": True, "OP": "?"})
            # OCR misreads a letter in long words ("KABINFT"): one edit is forgiven there
            pattern.append({"LOWER": {"FUZZY1": word}} if len(word) >= 6 else {"LOWER": word})
        self._known.add(role.value, [pattern])

    def find(self, text: str) -> list[Mention]:
        """Unit mentions in ``text``, in order; offsets index ``text``."""
        from spacy.tokens import Span
        from spacy.util import filter_spans

        doc = self._nlp.make_doc(text)
        known = filter_spans([Span(doc, s, e, label=m) for m, s, e in self._known(doc)])
        roles = {k.start: UnitRole(k.label_) for k in known}
        generic = filter_spans([doc[s:e] for _, s, e in self._generic(doc)])
        mentions: list[Mention] = []
        used: set[int] = set()
        for span in generic:
            if any(k.start < span.end and span.start < k.end and not (span.start <= k.start and k.end <= span.end)
                   for k in known):
                continue  # a name broken over lines: the known name is the better reading
            inner = [k for k in known if k.start >= span.start and k.end <= span.end]
            if inner:
                k = inner[0]
                tail = doc[k.end : span.end]
                if k.end < span.end and not self._harmless_tail(tail.text, roles.get(k.start)):
                    role = UnitRole.OTHER  # a longer, different unit containing this one's name
                else:
                    role = roles.get(k.start, UnitRole.OTHER)
                used.update(x.start for x in inner)
            else:
                role = self._by_words(span.text)
            name = _trim(span.text)
            mentions.append(Mention(name, role, span.start_char, span.start_char + len(name)))
        for span in known:
            if span.start not in used:
                mentions.append(Mention(collapse(span.text), roles.get(span.start, UnitRole.OTHER),
                                        span.start_char, span.end_char))
        return sorted(mentions, key=lambda m: m.start)

    def _by_words(self, text: str) -> UnitRole:
        """SELF when the words of one of the unit's names all appear in order in ``text`` with
        nothing that narrows it to another unit ("DEPUTI SEKRETARIS KABINET BIDANG DUKUNGAN
        KERJA KABINET" for "Deputi Bidang Dukungan Kerja Kabinet"); otherwise OTHER."""
        words = normalise(text).split()
        for name in self._self_norms:
            wanted = name.split()
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
                    return UnitRole.SELF
        return UnitRole.OTHER

    def _harmless_tail(self, tail: str, role: UnitRole | None) -> bool:
        """Whether words after a known name keep it the same unit (e.g. the parent's name)."""
        words = normalise(tail).split()
        if not words or " ".join(words) in _COUNTRY:
            return True
        if words[0] in NARROWING:
            return False
        rest = " ".join(words)
        if self._parent_norm and (rest.startswith(self._parent_norm) or self._parent_norm.startswith(rest)):
            return True
        if role is UnitRole.PARENT:
            return any(rest.startswith(n) or n.endswith(rest) for n in self._self_norms)
        return any(n.endswith(rest) for n in self._self_norms)


def _trim(text: str) -> str:
    words = collapse(text).split(" ")
    while words and words[-1].lower() in _CONNECTORS:
        words.pop()
    return " ".join(words)
