"""Whose is a document: the units it names, resolved against the profile (one place for it).

Analysis records the names a document writes, as written, and which of them it is about; it
never sees the profile, so changing the profile never re-reads a file. Here each name gets its
role:

- ``self``: one of the unit's names (official, alias, the forms a person types: without the
  region, the class or "Kantor"; its initials; an abbreviation the folder's documents define,
  "Balai Pengelola Alih Teknologi Pertanian (Balai PATP)"), or a part of the unit (a sub-unit the
  profile lists, or "Bagian Umum" + the unit's name);
- ``parent``: an institution of the profile's chain of parents (nearest first), or the regional
  government of the unit's region;
- ``other``: any other unit, including one that only shares a prefix with this one ("Politeknik
  Negeri Jakarta" for "... Bandung", "Kelas I Khusus" for "Kelas I");
- ``unknown``: a name cut short ("KANTOR IMIGRASI" at a line break) that says neither.

Two names are one unit when their cores agree word for word (OCR slips forgiven), their classes
do not contradict, and their qualifiers (region, institution) do not either: a short profile
("Dinas Contoh") accepts "Dinas Contoh Kabupaten Contoh" unless the profile places the unit
elsewhere; when nothing places it, the region most of the folder's documents give it does.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from checker.match import allowed_edits, skeleton, slip_cost
from checker.model import Facts, NamedUnit, Profile, UnitMention, UnitRole
from checker.names import (
    ABBREVIATIONS,
    OPTIONAL,
    UNIT_HEADS,
    NameParts,
    canon,
    initialism,
    parts,
    place_of_line,
    vertical_parents,
)

# words that open the name of a part of a unit: "Bagian Umum Dinas X", "Seksi Lalu Lintas ..."
SUB_UNIT_HEADS = frozenset(
    {
        "bagian",
        "subbagian",
        "sub",
        "bidang",
        "subbidang",
        "seksi",
        "subseksi",
        "urusan",
        "instalasi",
        "program",
        "prodi",
        "jurusan",
        "departemen",
        "laboratorium",
        "klinik",
        "sekretariat",
        "tata",
        "subbag",
        "kasubbag",
    }
)


@dataclass(frozen=True, slots=True)
class _Known:
    parts: NameParts
    role: UnitRole


class Identity:
    """The profile's unit, its parents and its parts, as names are compared."""

    def __init__(self, profile: Profile, documents: Iterable[Facts] = ()) -> None:
        self._roles: dict[tuple[str, str | None, tuple[str, ...]], UnitRole] | None = None
        self._self = [parts(n) for n in (profile.unit, *profile.aliases) if canon(n)]
        self._given = list(self._self)  # the names the profile gives, as written
        # the initials of its long names, which we derive (not the profile's): a document that writes
        # them so is about the unit, but a name written out in words is compared with the names
        # ("Lembaga Pemasyarakatan Kalianda" is no "LPK" for Lembaga Pemasyarakatan Kotabumi)
        self._initialisms = {i for n in (profile.unit, *profile.aliases) if (i := initialism(n))}
        self._self += [parts(n) for n in profile.sub_units if canon(n)]
        self._parents = [parts(n) for n in profile.parents if canon(n)]
        for name in (profile.unit, *profile.aliases, *profile.parents):  # a vertical office's ministry
            self._parents += [
                parts(p)
                for p in vertical_parents(name)
                if not any(_same_core(parts(p).core, known.core) for known in self._parents)
            ]
        # a unit named with its institution's initials ("FPEB UPI"): that institution is a parent,
        # and the unit written without them ("Fakultas Pendidikan Ekonomi dan Bisnis") is the unit
        self._initial_forms = [
            (parts(" ".join(words[:-1])), words[-1].lower())
            for n in (profile.unit, *profile.aliases)
            if _ends_with_initials(words := n.split())
        ]
        self._initial_parents = {initials for _, initials in self._initial_forms}
        qualifiers = {q for p in self._self if (q := p.qualifier)}
        for name in profile.parents:  # the parents place the unit: their names, regions, universities
            qualifiers.add(canon(name))
            qualifiers |= {q for q in (place_of_line(name), parts(name).qualifier) if q}
        regions = {q for q in qualifiers if q.split()[0] in ("kabupaten", "kota", "provinsi", "daerah")}
        for region in regions:  # the regional government of the unit's region is its parent
            self._parents.append(parts(f"pemerintah {region}"))
        self._qualifiers = qualifiers
        self._parent_runs = [p.core for p in self._parents if len(p.core) >= 2]
        documents = list(documents)
        if documents:
            self._learn(documents)
        # a folder names its unit the same way in most of its documents: each name is resolved once
        self._roles = {}

    # --- what the folder teaches -----------------------------------------------------------------

    def _learn(self, documents: list[Facts]) -> None:
        """Abbreviations the documents define for the unit, and (when the profile places the unit
        nowhere) the region or institution most of its documents give it."""
        for facts in documents:
            for short, full in facts.aliases:
                if self.role(full, None) is UnitRole.SELF and canon(short):
                    self._self.append(parts(short))
        named = self._named_by_the_folder(documents)
        if named is not None:
            self._self.append(named)
        if self._qualifiers:
            return
        seen: Counter[str] = Counter()
        for facts in documents:
            for unit in facts.units:
                if not unit.about:
                    continue
                name = parts(unit.name)
                qualifier = name.qualifier or _place_for(name, facts.place)
                if qualifier and any(_same_core(name.core, s.core) for s in self._self):
                    seen[qualifier] += 1
        ranked = seen.most_common(2)
        if len(ranked) == 2 and ranked[0][1] > ranked[1][1]:
            self._qualifiers = {ranked[0][0]}

    def _named_by_the_folder(self, documents: list[Facts]) -> NameParts | None:
        """A profile that names only the unit's kind ("Polres", "Lapas", "Kantor Imigrasi"): the
        one unit of that kind the folder's documents are about, named in full, when it is about
        most of them (at least two, twice as many as any other of that kind) and none is about a
        unit named as the profile names it ("KPP Pratama Banyuseta Timur" beside "KPP Pratama
        Banyuseta" is a sibling)."""
        given = [p for p in self._given if p.core]
        # one unit is its words, class and place: "Kelas I" and "Kelas I Khusus" are two offices
        counts: Counter[tuple[tuple[str, ...], frozenset[str], str | None]] = Counter()
        forms: dict[tuple[tuple[str, ...], frozenset[str], str | None], NameParts] = {}
        for facts in documents:
            named = {
                (name.core, name.grade, name.qualifier): name
                for name in (parts(u.name) for u in facts.units if u.about)
            }
            for key, name in named.items():
                if any(_same_core(name.core, g.core) for g in given):
                    return None  # the folder names the unit as the profile does: a longer name is another's
                if any(len(g.core) < len(name.core) and _same_core(name.core[: len(g.core)], g.core) for g in given):
                    counts[key] += 1
                    forms.setdefault(key, name)
        ranked = counts.most_common(2)
        if not ranked or ranked[0][1] < 2 or (len(ranked) == 2 and ranked[0][1] < 2 * ranked[1][1]):
            return None
        return forms[ranked[0][0]]

    # --- roles -----------------------------------------------------------------------------------

    def role(self, name: str, place: str | None, context: tuple[str, ...] = ()) -> UnitRole:
        """The role of a unit name written in a document set in ``place`` (its letterhead's
        regency or university), under the letterhead lines ``context``; see the module docstring."""
        roles = self._roles
        if roles is None:  # still learning from the folder: what it learns may change the answer
            return self._role(name, place, context)
        key = (name, place, context)
        if key not in roles:
            roles[key] = self._role(name, place, context)
        return roles[key]

    def _role(self, name: str, place: str | None, context: tuple[str, ...]) -> UnitRole:
        mention = parts(name)
        if not mention.core:
            return UnitRole.UNKNOWN
        variants = [mention, *self._without_parent_runs(mention), *_english_tails(mention)]
        if any(self._same(m, s, place) for m in variants for s in self._self):
            return UnitRole.SELF
        if self._part_of_self(mention, place):
            return UnitRole.SELF
        if len(mention.words) == 1 and any(_same_word(mention.words[0], i) for i in self._initialisms):
            return UnitRole.SELF
        for form, initials in self._initial_forms:
            if _same_core(mention.core, form.core) and (
                mention.qualifier is None or _letters(mention.qualifier) == initials
            ):
                return UnitRole.SELF
        below = self._below_parent(mention)
        if below is not None:  # "PEMERINTAH KABUPATEN X DINAS ...": the letterhead's two lines on one
            return self.role(*below, context)
        if any(self._same(mention, p, place) for p in self._parents):
            return UnitRole.PARENT
        # the same words written another way: "Kemenag Barito Utara" for "Kantor Kementerian Agama
        # Kabupaten Barito Utara", "KANTOR WILAYAH JAWA TIMUR" under "KEMENTERIAN HUKUM DAN HAM"
        words = _content(mention, place)
        around = {w for c in context for w in _content(parts(c), None)}
        qualifier = mention.qualifier or _place_for(mention, place)
        if any(_written_otherwise(mention, qualifier, words, around, s) for s in self._self):
            return UnitRole.SELF
        if any(_written_otherwise(mention, qualifier, words, around, p) for p in self._parents):
            return UnitRole.PARENT
        if any(_cut_short(mention.core, s.core) for s in self._self) and not mention.qualifier:
            return UnitRole.UNKNOWN
        if (
            mention.words[0] in _INSTITUTIONS
            and _letters(re.sub(r"[\W_]+", " ", name.lower())) in self._initial_parents
        ):
            return UnitRole.PARENT
        return UnitRole.OTHER

    def units(self, facts: Facts) -> tuple[UnitMention, ...]:
        """The document's units with their roles, the ones it is about first. A parent named
        beside the unit a document is about places it; it is not what the document is about."""
        resolved = [
            (u, self._short_role(u.name) if u.where == "short" else self.role(u.name, facts.place, u.context))
            for u in facts.units
        ]
        resolved = [(u, self._completed(u, role, resolved)) for u, role in resolved]
        subjects = {role for u, role in resolved if u.about}
        keep = {UnitRole.SELF, UnitRole.OTHER} & subjects
        out = []
        for unit, role in resolved:
            about = unit.about and (not keep or role in keep)
            out.append(UnitMention(unit.name, role, about, unit.fact))
        return tuple(sorted(out, key=lambda u: (not u.about, u.role is not UnitRole.SELF, u.fact.page, u.fact.start)))

    @staticmethod
    def _completed(unit: NamedUnit, role: UnitRole, resolved: list[tuple[NamedUnit, UnitRole]]) -> UnitRole:
        """A name cut short ("KANTOR IMIGRASI KELAS I KHUSUS TPI" in a title that drops the city)
        is the unit the document names in full elsewhere ("... TPI SURABAYA" in its body)."""
        if role is not UnitRole.UNKNOWN or unit.where == "short":
            return role
        short = parts(unit.name)
        for other, other_role in resolved:
            if other_role is UnitRole.UNKNOWN or other is unit:
                continue
            full = parts(other.name)
            if _cut_short(short.core, full.core) and (not short.grade or short.grade == full.grade):
                return other_role
        return role

    def _short_role(self, name: str) -> UnitRole:
        """A short name standing alone on a line ("POLBAN", "DKK SEMARANG") is a unit only when it
        is one of the profile's, or one of them with more words (another unit of that name);
        anything else in capitals ("WBK", "SEMESTER I") says nothing."""
        role = self.role(name, None)
        if role in (UnitRole.SELF, UnitRole.PARENT):
            return role
        words = parts(name).words
        for known in self._self:
            if len(known.words) < len(words) and _same_core(words[: len(known.words)], known.words):
                return UnitRole.OTHER
        return UnitRole.UNKNOWN

    def _same(self, mention: NameParts, known: NameParts, place: str | None) -> bool:
        if not _same_core(mention.core, known.core):
            return False
        if mention.grade and known.grade and mention.grade != known.grade:
            return False
        qualifier = mention.qualifier or _place_for(mention, place)
        if qualifier is None:
            return True
        if known.qualifier is not None:
            return _same_words(qualifier, known.qualifier)
        return not self._qualifiers or any(_same_words(qualifier, q) for q in self._qualifiers)

    def _part_of_self(self, mention: NameParts, place: str | None) -> bool:
        """ "Bagian Umum Dinas Kesehatan ...": a part of the unit speaks for it."""
        core = mention.core
        if not core or core[0] not in SUB_UNIT_HEADS:
            return False
        for start in range(1, len(core)):
            tail = NameParts(core[start:], mention.grade, mention.qualifier, mention.words)
            if any(self._same(tail, s, place) for s in self._self if len(s.core) >= 2):
                return True
        return False

    def _below_parent(self, mention: NameParts) -> tuple[str, str | None] | None:
        """A parent's whole name followed by a unit's ("PEMERINTAH KABUPATEN WATU LUMBANG DINAS
        KESEHATAN"): that unit's name, placed where the parent is. It is the unit below, not the
        parent (a sibling office of the same parent is another unit)."""
        words = mention.words
        for parent in self._parents:
            n = len(parent.words)
            if len(words) >= n + 2 and words[:n] == parent.words and words[n] in UNIT_HEADS:
                return " ".join(words[n:]), parent.qualifier
        return None

    def _without_parent_runs(self, mention: NameParts) -> list[NameParts]:
        """The name with the parent's name taken out of its middle: "Deputi Sekretaris Kabinet
        Bidang Dukungan Kerja Kabinet" is "Deputi Bidang Dukungan Kerja Kabinet"."""
        core = [w.replace("sekretaris", "sekretariat") for w in mention.core]
        out = []
        for run in self._parent_runs:
            n = len(run)
            for i in range(1, len(core) - n):
                if tuple(core[i : i + n]) == run:
                    out.append(
                        NameParts(
                            (*mention.core[:i], *mention.core[i + n :]), mention.grade, mention.qualifier, mention.words
                        )
                    )
        return out


# English unit words that end a name: the words before them may be the sentence's, not the name's
# ("AIRPORT NGURAH RAI IMMIGRATION OFFICE"), so the name is also tried from a later word
_ENGLISH_TAILS = frozenset(
    {
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
    }
)


def _english_tails(mention: NameParts) -> list[NameParts]:
    core = mention.core
    if len(core) < 3 or core[-1] not in _ENGLISH_TAILS:
        return []
    return [NameParts(core[i:], mention.grade, mention.qualifier, mention.words) for i in range(1, len(core) - 1)]


# institutions that are places of their own: a document set in a university's letterhead is
# not placed by it when it names that kind of institution itself
_INSTITUTIONS = frozenset({"universitas", "institut", "politeknik", "sekolah", "akademi", "kementerian", "pemerintah"})


def _place_for(mention: NameParts, place: str | None) -> str | None:
    """The document's place as the qualifier of a name that has none, unless the name is of the
    place's own kind ("POLITEKNIK NEGERI BANDUNG" under a letterhead read "POLITEKNIK NF GERI")."""
    if place is None or set(place.split()) <= set(mention.words):
        return None
    if mention.words and (mention.words[0] in _INSTITUTIONS or mention.words[0] == place.split()[0]):
        return None
    return place


def _same_word(a: str, b: str) -> bool:
    if a == b:
        return True
    sa, sb = skeleton(a), skeleton(b)
    if sa == sb:
        return True
    longest = max(len(sa), len(sb))
    return allowed_edits(longest) > 0 and slip_cost(sa, sb) <= allowed_edits(longest)


def _same_core(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Word for word, OCR slips forgiven; a word of one may be the initials of several words of
    the other ("balai patp" is "balai pengelola alih teknologi pertanian")."""
    if len(a) == len(b) and all(_same_word(x, y) for x, y in zip(a, b, strict=True)):
        return True
    return len(a) != len(b) and _aligned(a, b, 0, 0)


def _aligned(a: tuple[str, ...], b: tuple[str, ...], i: int, j: int) -> bool:
    if i == len(a) or j == len(b):
        return i == len(a) and j == len(b)
    if _same_word(a[i], b[j]) and _aligned(a, b, i + 1, j + 1):
        return True
    # a word a scan split in two, or two words it ran together ("BANY USETA" for "BANYUSETA")
    if (
        i + 1 < len(a)
        and len(a[i] + a[i + 1]) >= 5
        and _same_word(a[i] + a[i + 1], b[j])
        and _aligned(a, b, i + 2, j + 1)
    ):
        return True
    if (
        j + 1 < len(b)
        and len(b[j] + b[j + 1]) >= 5
        and _same_word(a[i], b[j] + b[j + 1])
        and _aligned(a, b, i + 1, j + 2)
    ):
        return True
    n = len(a[i])
    if 2 <= n <= 8 and j + n <= len(b) and _initials(b[j : j + n]) == a[i] and _aligned(a, b, i + 1, j + n):
        return True
    n = len(b[j])
    return 2 <= n <= 8 and i + n <= len(a) and _initials(a[i : i + n]) == b[j] and _aligned(a, b, i + n, j + 1)


def _ends_with_initials(words: list[str]) -> bool:
    """ "FPEB UPI": two words in capitals, neither a known abbreviation, the last one an
    institution's initials ("KANIM BLITAR" is an office and its city)."""
    if len(words) < 2:
        return False
    last, before = words[-1], words[-2]
    return (
        all(w.isalpha() and w.isupper() and w.lower() not in ABBREVIATIONS for w in (last, before))
        and 2 <= len(last) <= 6
    )


def _letters(name: str) -> str:
    """The first letters of a name's words ("universitas pendidikan indonesia" -> "upi")."""
    return "".join(w[0] for w in name.split() if w not in ("dan", "di", "pada", "&", "of", "and"))


def _initials(words: tuple[str, ...]) -> str:
    """The initials of words that can be abbreviated (words, not numbers: "Kasihan II" has none)."""
    if any(len(w) < 3 or not w.isalpha() for w in words):
        return ""
    return "".join(w[0] for w in words)


def _same_words(a: str, b: str) -> bool:
    """Two qualifiers agree when one is the other or the start of it: "kementerian hukum dan hak
    asasi manusia" leaves the province open that "... di yogyakarta" names."""
    x = tuple(w for w in a.split() if w not in OPTIONAL)
    y = tuple(w for w in b.split() if w not in OPTIONAL)
    short, long = sorted((x, y), key=len)
    return bool(short) and _same_core(short, long[: len(short)])


def _cut_short(mention: tuple[str, ...], known: tuple[str, ...]) -> bool:
    """A name that is the start of the unit's own, cut at a line break ("KANTOR IMIGRASI";
    "BALAI PENGELOLA ALIH" for "Balai PATP")."""
    if not mention or not known:
        return False
    for k in range(1, len(known)):
        if _aligned(mention, known[:k], 0, 0):
            return True
    for p, word in enumerate(known):  # into the initials of one of its words
        if 2 <= len(word) <= 8:
            for q in range(len(mention) - 1):
                tail = _initials(mention[q:])  # two words at least: one letter proves nothing
                if (
                    2 <= len(tail) < len(word)
                    and word.startswith(tail)
                    and not _same_word(mention[q], word)
                    and _aligned(mention[:q], known[:p], 0, 0)
                ):  # ("IMIGRASI MANADO" spells it out)
                    return True
    return False


_REGION_DESIGNATORS = frozenset({"kabupaten", "kota", "provinsi", "daerah", "istimewa", "khusus"})


def _content(name: NameParts, place: str | None) -> tuple[str, ...]:
    """A name's words that tell it apart, its qualifier's included, a region's designator not:
    "kantor kementerian agama kabupaten barito utara" -> kementerian agama barito utara."""
    qualifier = name.qualifier or _place_for(name, place) or ""
    return tuple(w for w in (*name.core, *qualifier.split()) if w not in OPTIONAL and w not in _REGION_DESIGNATORS)


def _written_otherwise(
    mention: NameParts, qualifier: str | None, words: tuple[str, ...], around: set[str], known: NameParts
) -> bool:
    """The known name's words are the mention's, or the mention's with the words of the letterhead
    lines above it; the mention has none the known name lacks, and no other class or region."""
    if mention.grade and known.grade and mention.grade != known.grade:
        return False
    if qualifier and known.qualifier and not _same_words(qualifier, known.qualifier):
        return False  # "Kabupaten Bekasi" is not "Kota Bekasi"
    wanted = _content(known, None)
    if not words or not wanted:
        return False
    if _same_core(words, wanted):
        return True
    if not around:
        return False
    have = set(words) | around
    return set(words) <= set(wanted) and set(wanted) <= have
