"""Tolerant phrase matching in the short texts that name a document (its title, its head).

Real titles are typed by hand, cut by line breaks, and read by OCR: "TIM KER.'A PEMBANGUNAN
ZONA INTEGRITAS MENUJU WII,AYAH BIROKRASI BERSIH DAN MEI.AYANI", "INF ORMASI", "PEMBANGUNANZONA",
"Standar Layanan" for "Standar Pelayanan", "Evaluasi dan Monitoring" for "Monitoring dan
Evaluasi". A phrase of the rule pack matches a text when each of its words is found there:

- **as written** once case, accents and punctuation are folded, and the letters OCR confuses
  are folded on both sides (``0``/``o``, ``1``/``l``/``i``, ``5``/``s``, ``rn``/``m``);
- **with an Indonesian prefix** taken off ("pelayanan"/"layanan", "pengaduan"/"aduan",
  "pelaporan"/"laporan") or an English plural ("standards"/"standard");
- **with an OCR slip**: one edit in a word of 5-8 letters, two in a longer one (rapidfuzz's
  Levenshtein distance, on candidates found through a deletion index of the pack's words);
- **split or merged**: two or three pieces of the text joined ("INF ORMASI"), or one piece of the
  text that is two words of the pack ("PEMBANGUNANZONA"), or the whole phrase as one piece
  ("e-SAKIP"/"esakip");

and the phrase's words stand together and in order (Indonesian word order carries meaning:
"layanan informasi" is not "informasi layanan"): side by side for a phrase of two words, with
one other word among them for three, two for four or more ("survei tingkat kepuasan
masyarakat"); the two parts of a phrase joined by "dan", "serta" or "atau" may come in either
order ("evaluasi dan monitoring"). The small words of a phrase ("dan", "di", "dari") may be in the text or not
("evaluasi dan monitoring", "wilayah bebas korupsi"); a small word the phrase does not have is
another word ("informasi dalam pelayanan" is not "informasi pelayanan").
Words of three letters or fewer ("tim", "sk", "zi") match only as written, never by an edit.

A :class:`Subject` combines phrases: ``any`` (at least one group holds), ``all`` (every group
holds), ``not`` (no group holds); a group is any one of its phrases (a term set of the pack).
Everything here is generic: the pack brings the words.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

MAX_EXTRA = 2  # other words allowed among a phrase's words (fewer for shorter phrases)
LOOKUP_MEMO = 65536  # pieces a lexicon remembers the words of
MAX_JOIN = 3  # pieces of the text joined to mend a split word
MERGE_MIN = 9  # a piece this long that is no word may be two words glued
SPACELESS_MAX = 24  # a phrase this short may stand as one piece ("esakip", "sp4nlapor")

# words that may stand in a phrase or not ("wilayah bebas dari korupsi" / "wilayah bebas korupsi")
SMALL_WORDS = frozenset(
    {
        "dan",
        "di",
        "ke",
        "dari",
        "pada",
        "yang",
        "untuk",
        "dalam",
        "atas",
        "serta",
        "bagi",
        "oleh",
        "dengan",
        "menuju",
        "tentang",
        "the",
        "of",
        "and",
        "for",
        "in",
        "on",
        "to",
        "a",
        "an",
        "at",
        "by",
    }
)

# the words that join two parts of a phrase which may come in either order
COORDINATORS = frozenset({"dan", "serta", "atau", "and", "or"})

_PIECE = re.compile(r"[^\W_]+")
# letters OCR confuses, folded to one of each pair on both sides of a comparison
_OCR_PAIRS = (("rn", "m"), ("vv", "w"))
_OCR_CHARS = str.maketrans({"0": "o", "1": "i", "l": "i", "5": "s", "|": "i", "!": "i"})
# Indonesian derivational prefixes, longest first, with the letter a nasal prefix swallowed
_PREFIXES = (
    ("meny", ("s",)),
    ("peny", ("s",)),
    ("meng", ("", "k")),
    ("peng", ("", "k")),
    ("mem", ("", "p")),
    ("pem", ("", "p")),
    ("men", ("", "t")),
    ("pen", ("", "t")),
    ("ter", ("",)),
    ("ber", ("",)),
    ("per", ("",)),
    ("me", ("",)),
    ("pe", ("",)),
    ("di", ("",)),
    ("be", ("",)),
)
_BARE_MIN = 4  # a prefix is taken off only when this much of the word is left


def fold(text: str) -> str:
    """Lower case without accents: "Pelayanan Publik" -> "pelayanan publik"."""
    if text.isascii():  # nearly every word: nothing to take apart
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def skeleton(word: str) -> str:
    """A folded word with the letters OCR confuses folded too ("WII,AYAH" pieces, "1NF0RMAS1")."""
    for pair, single in _OCR_PAIRS:
        word = word.replace(pair, single)
    return word.translate(_OCR_CHARS)


def bare_forms(word: str) -> frozenset[str]:
    """The word without an Indonesian prefix, and without an English plural "s".

    Only a prefix is taken off, never a suffix: "pelayanan" and "layanan" meet, "penilaian"
    (assessment) and "nilai" (value) do not."""
    forms = {word}
    if len(word) >= 5 and word.endswith("s") and word[-2] not in "siu":
        forms.add(word[:-1])
    for prefix, restore in _PREFIXES:
        rest = word[len(prefix) :]
        if word.startswith(prefix) and len(rest) >= _BARE_MIN:
            for letter in restore:
                if letter and rest[0] not in "aeiou":
                    continue  # a swallowed letter is only ever before a vowel
                forms.add(letter + rest)
            break
    return frozenset(forms)


# letters a scan mistakes for one another: a substitution between them costs 1, any other 2
_LOOKALIKE = frozenset(
    frozenset(p)
    for p in (
        "ce",
        "co",
        "eo",
        "nu",
        "nm",
        "hb",
        "hn",
        "ft",
        "uv",
        "vy",
        "ij",
        "gq",
        "ao",
        "rt",
        "il",
        "kx",
        "ef",
        "cg",
        "oq",
        "bh",
    )
)


def allowed_edits(length: int) -> int:
    """How many OCR slips a word of ``length`` letters may have and still be read as itself."""
    if length <= 4:
        return 0
    return 1 if length <= 11 else 2


def slip_cost(piece: str, word: str) -> int:
    """The cost of reading ``word`` as ``piece``: a letter dropped or added costs 1, a letter
    read as its look-alike 1, as any other letter 2 ("pengadaan" is not "pengaduan"). A word
    keeps its first letter ("ekinerja" is not "kinerja")."""
    cost = 0
    for op in Levenshtein.editops(piece, word):
        i, j = op.src_pos, op.dest_pos
        if op.tag == "replace":
            cost += 1 if frozenset((piece[i], word[j])) in _LOOKALIKE else 2
        else:
            cost += 2 if i == 0 or j == 0 else 1
    return cost


def _deletions(word: str, depth: int) -> set[str]:
    out = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w))}
        out |= frontier
    return out


# --- the pack's words ------------------------------------------------------------------------


class Lexicon:
    """Every word of one rule pack's phrases, indexed for exact, bare and approximate lookup.

    Built once per pack; the words a piece of text stands for are remembered per piece, so a
    scan pays for each distinct piece once."""

    def __init__(self) -> None:
        self.words: list[str] = []  # skeletons, by id
        self._ids: dict[str, int] = {}
        self._memo: dict[str, frozenset[int]] = {}
        self._exact: dict[str, set[int]] = {}
        self._bare: dict[str, set[int]] = {}
        self._deleted: dict[str, set[int]] = {}
        self._frozen = False
        self._longest = 0
        self._phrases: dict[str, Phrase] = {}

    def word_id(self, word: str, *, exact: bool = False) -> int:
        """The id of a word (folded), adding it while the lexicon is being built; an ``exact``
        word is found only as written (a phrase written as one piece: "esakip")."""
        skel = skeleton(fold(word))
        if skel in self._ids:
            return self._ids[skel]
        if self._frozen:
            raise RuntimeError("the lexicon is compiled; add words before the first match")
        wid = len(self.words)
        self.words.append(skel)
        self._ids[skel] = wid
        self._exact.setdefault(skel, set()).add(wid)
        self._longest = max(self._longest, len(skel))
        for form in bare_forms(skel) if not exact else ():
            self._bare.setdefault(form, set()).add(wid)
        edits = 0 if exact else allowed_edits(len(skel))
        if edits:
            for deleted in _deletions(skel, edits):
                self._deleted.setdefault(deleted, set()).add(wid)
        return wid

    def phrase(self, text: str) -> Phrase:
        """A phrase of the pack, compiled against this lexicon (once: term sets share them)."""
        if text not in self._phrases:
            self._phrases[text] = self._compile(text)
        return self._phrases[text]

    def _compile(self, text: str) -> Phrase:
        pieces = [fold(p) for p in _PIECE.findall(text)]
        content = [p for p in pieces if p not in SMALL_WORDS] or pieces
        words = tuple(self.word_id(p) for p in content)
        swapped = None
        joints = [i for i, p in enumerate(pieces) if p in COORDINATORS]
        if len(joints) == 1 and 0 < joints[0] < len(pieces) - 1:  # "A dan B" reads as "B dan A" too
            cut = joints[0]
            left = [p for p in pieces[:cut] if p not in SMALL_WORDS]
            right = [p for p in pieces[cut + 1 :] if p not in SMALL_WORDS]
            if left and right:
                swapped = tuple(self.word_id(p) for p in (*right, *left))
        whole = "".join(skeleton(p) for p in pieces)
        spaceless = self.word_id(whole, exact=True) if len(pieces) > 1 and len(whole) <= SPACELESS_MAX else None
        size = len(words) + max(0, min(MAX_EXTRA, len(words) - 2)) + len(pieces) - len(content)
        return Phrase(text, words, spaceless, size, swapped)

    def ids_of(self, piece: str) -> frozenset[int]:
        """The words of the lexicon a piece of text (folded) stands for."""
        self._frozen = True
        return self._lookup(piece)

    def _lookup(self, piece: str) -> frozenset[int]:
        # each lexicon keeps its own: a body's words never crowd the titles' out
        memo = self._memo
        found = memo.get(piece)
        if found is None:
            if len(memo) >= LOOKUP_MEMO:
                memo.clear()
            found = memo[piece] = self._look_up(piece)
        return found

    def _look_up(self, piece: str) -> frozenset[int]:
        skel = skeleton(piece)
        found = set(self._exact.get(skel, ()))
        if len(skel) >= _BARE_MIN:
            for form in bare_forms(skel):
                found |= self._bare.get(form, set())
        # the piece may have lost a letter, so it is looked up as a word one letter longer
        edits = allowed_edits(len(skel) + 1)
        if edits:
            candidates: set[int] = set()
            for deleted in _deletions(skel, edits):
                candidates |= self._deleted.get(deleted, set())
            for wid in candidates - found:
                word = self.words[wid]
                if slip_cost(skel, word) <= allowed_edits(len(word)):
                    found.add(wid)
        return frozenset(found)

    @lru_cache(maxsize=4096)  # noqa: B019 - texts repeat: titles are tested by every rule
    def prepare(self, text: str) -> Prepared:
        """A text as the phrases see it: where each word of the lexicon stands in it."""
        return self._prepare(text, self._lookup)

    def prepare_once(self, text: str) -> Prepared:
        """``prepare`` for a text seen once (a document's body): not kept."""
        return self._prepare(text, self._lookup)

    def _prepare(self, text: str, lookup: Callable[[str], frozenset[int]]) -> Prepared:
        self._frozen = True
        matches = list(_PIECE.finditer(text))
        if text.isascii():  # a long body is mostly plain words: one fold for all of them
            lowered = text.lower()
            pieces = [lowered[m.start() : m.end()] for m in matches]
        else:
            pieces = [fold(m.group(0)) for m in matches]
        places: dict[int, list[tuple[int, int]]] = {}
        exact_words = self._exact
        longest = self._longest + 2
        exact = [skeleton(p) in exact_words for p in pieces]
        count = len(pieces)
        for i, piece in enumerate(pieces):
            if piece.isdigit():
                continue  # numbers name no word of a phrase
            ids = lookup(piece)
            if not ids and len(piece) >= MERGE_MIN:
                ids = self._glued(piece)
            for wid in ids:
                places.setdefault(wid, []).append((i, i))
            joined = piece
            whole = exact[i]
            for j in range(i + 1, min(count, i + MAX_JOIN)):
                following = pieces[j]
                joined += following
                whole = whole and exact[j]
                if len(joined) > longest or following.isdigit():
                    break
                if len(joined) >= 4 and not whole:  # two whole words need no mending
                    for wid in lookup(joined):
                        places.setdefault(wid, []).append((i, j))
        spans = tuple(m.span() for m in matches)
        return Prepared(text, spans, {wid: tuple(p) for wid, p in places.items()}, frozenset(places), {})

    def _glued(self, piece: str) -> frozenset[int]:
        """Words of the lexicon at the start or the end of a piece that is two words glued
        together ("pembangunanzona"); the other part must be long enough to be a word."""
        skel = skeleton(piece)
        out: set[int] = set()
        for cut in range(_BARE_MIN, len(skel) - _BARE_MIN + 1):
            out |= self._exact.get(skel[:cut], set()) | self._exact.get(skel[cut:], set())
        return frozenset(out)


@dataclass(frozen=True, slots=True)
class Prepared:
    """A text with, for each word of the lexicon found in it, the pieces it stands on."""

    text: str
    spans: tuple[tuple[int, int], ...]  # character span of each piece
    places: dict[int, tuple[tuple[int, int], ...]]  # word id -> (first piece, last piece)
    present: frozenset[int]  # the word ids of ``places``
    # what phrases and subjects found here: every rule tests the same titles
    memo: dict[int, object] = field(compare=False, repr=False)

    def quote(self, first: int, last: int) -> str:
        return self.text[self.spans[first][0] : self.spans[last][1]]


# --- phrases and subjects --------------------------------------------------------------------


@dataclass(frozen=True, slots=True, eq=False)
class Phrase:
    text: str
    words: tuple[int, ...]  # word ids of its content words, in order
    spaceless: int | None = None  # the id of the whole phrase written as one piece
    size: int = 1  # the most pieces it may stand on: its words, small words and a few others
    swapped: tuple[int, ...] | None = None  # "evaluasi dan monitoring" for "monitoring dan evaluasi"

    @property
    def anchors(self) -> frozenset[int]:
        """Words of which one must be in a text for the phrase to stand there (its longest word
        are all in every way it stands, but the phrase written as one piece)."""
        return frozenset((self.words[0], *(() if self.spaceless is None else (self.spaceless,))))

    def spans(self, prepared: Prepared) -> tuple[tuple[int, int], ...]:
        """Every (first piece, last piece) where the phrase stands in ``prepared``, first first."""
        key = id(self)
        found = prepared.memo.get(key)
        if found is None:
            found = prepared.memo[key] = self._spans(prepared.places)
        return found  # type: ignore[return-value]

    def _spans(self, places: dict[int, tuple[tuple[int, int], ...]]) -> tuple[tuple[int, int], ...]:
        out: list[tuple[int, int]] = []
        if self.spaceless is not None and self.spaceless in places:
            out += places[self.spaceless]
        if all(w in places for w in self.words):
            out += _in_order(self.words, places, self.size)
            if self.swapped:
                out += _in_order(self.swapped, places, self.size)
        return tuple(sorted(set(out))) if len(out) > 1 else tuple(out)


def _in_order(
    words: tuple[int, ...], places: dict[int, tuple[tuple[int, int], ...]], size: int
) -> list[tuple[int, int]]:
    """The spans of at most ``size`` pieces where ``words`` stand one after another."""
    out = []
    for first, last in places[words[0]]:
        end = _follow(words, 1, last, places, first + size - 1)
        if end is not None:
            out.append((first, end))
    return out


def _follow(
    words: tuple[int, ...], i: int, after: int, places: dict[int, tuple[tuple[int, int], ...]], limit: int
) -> int | None:
    """The last piece of the earliest way ``words[i:]`` follow piece ``after`` within ``limit``."""
    if i == len(words):
        return after
    for first, last in places[words[i]]:
        if after < first and last <= limit:
            end = _follow(words, i + 1, last, places, limit)
            if end is not None:
                return end
    return None


Hit = tuple[tuple[str, str], ...]  # (phrase of the pack, words of the text) per group found
Taken = frozenset[int]  # pieces already standing for another group


@dataclass(frozen=True, slots=True)
class Group:
    """Any one of its phrases: a term set of the pack, or a single phrase."""

    name: str  # the term set's name ("$zi"), or the phrase itself
    phrases: tuple[Phrase, ...]

    @property
    def anchors(self) -> frozenset[int] | None:
        return frozenset().union(*(p.anchors for p in self.phrases))

    def options(self, prepared: Prepared, taken: Taken) -> Iterator[tuple[Hit, Taken]]:
        """Each place the group stands on pieces not ``taken``, with the pieces it takes."""
        for phrase in self.phrases:
            for first, last in phrase.spans(prepared):
                pieces = frozenset(range(first, last + 1))
                if not pieces & taken:
                    yield ((phrase.text, prepared.quote(first, last)),), taken | pieces

    def groups(self) -> tuple[Group, ...]:
        return (self,)


@dataclass(frozen=True, slots=True)
class Found:
    """Why a subject holds: the phrase of each group that was found, and where."""

    phrases: tuple[tuple[str, str], ...]  # (phrase of the pack, the words of the text)


@dataclass(frozen=True, slots=True)
class Subject:
    """What a document's title must be about: ``any`` of some items, ``all`` of others, ``not``
    any of a third list; an item is a group of phrases or a subject of its own. Items of ``all``
    stand on different words ("DAFTAR AGEN PERUBAHAN" holds "agen perubahan", not also
    "perubahan"). An empty ``any`` and ``all`` holds for every text."""

    any: tuple[Group | Subject, ...] = ()
    all: tuple[Group | Subject, ...] = ()
    not_: tuple[Group | Subject, ...] = ()
    lexicon: Lexicon | None = field(default=None, compare=False, repr=False)
    # words of which one must be in a text for the subject to hold there (None: no such words)
    anchors: frozenset[int] | None = field(default=None, init=False, compare=False, repr=False)
    # the same for the same phrases however the pack wrote them: what names the subject in the cache
    key: str = field(default="", init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "anchors", self._anchors())
        object.__setattr__(self, "key", hashlib.sha256(self._canonical().encode()).hexdigest()[:16])

    def _canonical(self) -> str:
        def items(group: tuple[Group | Subject, ...]) -> str:
            return ",".join(
                sorted(
                    i._canonical()
                    if isinstance(i, Subject)
                    else "[" + "|".join(sorted(p.text for p in i.phrases)) + "]"
                    for i in group
                )
            )

        return f"any({items(self.any)})all({items(self.all)})not({items(self.not_)})"

    def _anchors(self) -> frozenset[int] | None:
        # every item of ``all`` must hold: the one with the fewest words to look for is enough
        needed = [a for item in self.all if (a := item.anchors) is not None]
        if needed:
            return min(needed, key=len)
        if self.any:
            each = [item.anchors for item in self.any]
            return None if any(a is None for a in each) else frozenset().union(*each)  # type: ignore[arg-type]
        return None

    def test(self, text: str) -> Found | None:
        """Whether ``text`` is about this subject, and the words that say so."""
        assert self.lexicon is not None
        return self.found_in(self.lexicon.prepare(text))

    def found_in(self, prepared: Prepared) -> Found | None:
        """``test`` on a text its lexicon has prepared."""
        if self.anchors is not None and self.anchors.isdisjoint(prepared.present):
            return None  # what nearly every title says of nearly every rule, said cheaply
        key = id(self)
        if key not in prepared.memo:
            hit = next(self.options(prepared, frozenset()), None)
            prepared.memo[key] = None if hit is None else Found(hit[0])
        return prepared.memo[key]  # type: ignore[return-value]

    def options(self, prepared: Prepared, taken: Taken) -> Iterator[tuple[Hit, Taken]]:
        if any(next(item.options(prepared, frozenset()), None) is not None for item in self.not_):
            return
        starts: Iterator[tuple[Hit, Taken]]
        if self.any:
            starts = (option for item in self.any for option in item.options(prepared, taken))
        else:
            starts = iter((((), taken),))
        for hit, used in starts:
            yield from _all_of(self.all, prepared, hit, used)

    def groups(self) -> tuple[Group, ...]:
        """Every group of phrases in the subject, nested ones included."""
        return tuple(g for item in (*self.any, *self.all, *self.not_) for g in item.groups())


def _all_of(
    items: tuple[Group | Subject, ...], prepared: Prepared, hit: Hit, taken: Taken
) -> Iterator[tuple[Hit, Taken]]:
    """Every way of finding each of ``items`` on pieces not yet taken."""
    if not items:
        yield hit, taken
        return
    for found, used in items[0].options(prepared, taken):
        yield from _all_of(items[1:], prepared, hit + found, used)
