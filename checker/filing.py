"""Which requirements a document's folder or file name says it is filed under.

Evidence folders are numbered by hand after the LKE in several ways; every one is read, and the
path's components narrow one another from the top down::

    A.I.1.i.a / A-I-1-a / A.II.3        the LKE position, or its start
    1.i.a / 1.1 / 1_a / I/1/a           area.sub-area.question, area.sub-area, sub-area_question
    MP.1.a / MP-1-a / MP R1 a / SDM     a rule ID, or its start (an area code)
    Soal 12 / soal_12 / No Soal 12      the question's number in the LKE
    1. Manajemen Perubahan / AREA I     an area by number or by name (Indonesian or English)
    Pemenuhan / Reform                  the sub-component of the Pengungkit

Everything is derived from the rules (their ``lke`` and ``id``) and the areas' titles, so another
pack is read the same way. How ambiguous names are read:

- A code is read only at the start of a component (after "Area" or "Bagian"), its parts split by
  ``.`` ``-`` ``_`` or spaces, and it ends at a separator or the end. It is read at the level the
  folders above leave open ("1" under "AREA I" is sub-area 1; "I" under "A. Pengungkit" is
  sub-component I, under "1. Manajemen Perubahan" sub-area i); the reading that uses more of its
  parts wins, so "1.1" there restates the area and names sub-area 1.
- A sub-area number without a sub-component (``1.1``, ``1.i.a``, ``1_a``) is the Pemenuhan one
  (``MP.1``, not ``MP.R1``) unless the folders above or a part of the code say Reform. An area
  alone (a number, a name) is the whole area, Pemenuhan and Reform.
- A question letter whose sub-area is not known (``A-I-1-a``, ``1.a``, "a." in an area folder)
  counts only when one sub-area has that letter; otherwise the code stops before it (the area).
- A code that contradicts the folders above it ("2.1" in "1. Manajemen Perubahan", "2. Daftar
  Hadir.pdf" in "MP.1.a", "1. Manajemen Perubahan" in "Penataan Tatalaksana": the folder's own
  name says which "1" it means) is ignored: the folders above stand. Within one code, a part the
  pack has not got at that place (sub-area 5 of an area with 4) ends the code there, read in its
  broadest sense ("1.5" is area 1), but a number no place of the pack could hold (a year, "PP
  60", "1.9" where no area has 9 sub-areas) means it is no code at all.
- A file name is read only for a code of two or more parts, a "Soal"/"Area" code, or a lone
  question letter inside a sub-area's folder ("2.1/a. SOP.pdf"); a lone number or letter in a
  file name is an item number ("1. Undangan.pdf"). Area names and the words Pemenuhan/Reform are
  read in folder names only: in a file name they say what the document is about, not where it
  is filed.
- An area's name is its title, the title's last words of two or more that no other title has
  ("Pelayanan Publik", "Change Management"), anywhere in a folder name; a single word (its
  acronym "SDM", or its one word no other title has: "Tatalaksana", "Pengawasan", "Hasil") only
  when it is all the folder name says after its number, since "Hasil Monev" is no area.
- Case, diacritics and the kind of separator do not matter.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from checker.model import Area, Rule

__all__ = ["Filing", "filed_under"]

_ROMAN = re.compile(r"x{0,3}(?:ix|iv|v?i{0,3})")
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10}
_WORD = re.compile(r"[a-z0-9]+")
_CODE_SEPARATOR = re.compile(r"[._\- ]+")
_SOAL = re.compile(r"(?:no(?:mor)?[._\- ]*)?soal[._\- ]*(\d+)(?![a-z0-9])")
_KEYWORD = re.compile(r"(area|bagian)[._\- ]+")
_EXTENSION = re.compile(r"\.([a-z0-9]{2,5})$")
_DASHES = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2012": "-", "\u00a0": " "})

# the levels of an LKE position, top down; questions may nest (A.II.5.iii.a.b: q1 = a, q2 = b)
_FIXED_LEVELS = ("comp", "part", "area", "sub")
_ID = "id"  # the reading of a code as a rule ID rather than a position


def _roman(token: str) -> int | None:
    if not token or not _ROMAN.fullmatch(token):
        return None
    values = [_ROMAN_VALUES[c] for c in token]
    return sum(-v if v < after else v for v, after in zip(values, [*values[1:], 0], strict=True))


def _numeral(token: str) -> int | None:
    return int(token) if token.isdigit() else _roman(token)


def _normalise(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_DASHES))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower().strip()


def _position(lke: str) -> tuple[tuple[str, int | str], ...]:
    """``A.I.1.i.a`` -> comp a, part 1, area 1, sub 1, q1 a; ``B.I.a`` -> comp b, part 1, q1 a."""
    parts = [p for p in re.split(r"[.\s]+", _normalise(lke)) if p]
    levels: list[tuple[str, int | str]] = []
    i = 0
    if i < len(parts) and parts[i].isalpha():
        levels.append(("comp", parts[i]))
        i += 1
    if i < len(parts) and (part := _roman(parts[i])) is not None:
        levels.append(("part", part))
        i += 1
    if i < len(parts) and parts[i].isdigit():
        levels.append(("area", int(parts[i])))
        i += 1
        # a roman numeral after the area is its sub-area, unless it is the last part (a letter)
        if i + 1 < len(parts) and (sub := _roman(parts[i])) is not None:
            levels.append(("sub", sub))
            i += 1
    for depth, letter in enumerate(parts[i:], start=1):
        if not letter.isalpha():
            break
        levels.append((f"q{depth}", letter))
    return tuple(levels)


def _fits(token: str, level: str, value: int | str) -> bool:
    if level == "part":  # sub-components are written in roman numerals only
        return not token.isdigit() and _roman(token) == value
    if level in ("area", "sub"):  # "AREA I" and "1.1" are both usual
        return _numeral(token) == value
    return token == value


@dataclass(frozen=True, slots=True)
class _Entry:
    """A rule as the folder names can point at it."""

    id: str
    area: str
    soal: int
    levels: tuple[tuple[str, int | str], ...]
    id_tokens: tuple[str, ...]

    def value(self, level: str) -> int | str | None:
        return next((v for name, v in self.levels if name == level), None)

    def align(self, root: str, tokens: Sequence[str]) -> tuple[str, ...]:
        """The levels that the code's leading tokens name, read from ``root`` down."""
        if root == _ID:
            matched = 0
            while matched < min(len(tokens), len(self.id_tokens)) and tokens[matched] == self.id_tokens[matched]:
                matched += 1
            return (_ID,) * matched
        names = [name for name, _ in self.levels]
        if root not in names:
            return ()
        j = names.index(root)
        named: list[str] = []
        for token in tokens:
            if j >= len(self.levels):
                break
            # a letter where the sub-area belongs: the sub-area is left out ("A-I-1-a")
            if named and self.levels[j][0] == "sub" and _numeral(token) is None and j + 1 < len(self.levels):
                j += 1
            name, value = self.levels[j]
            if not _fits(token, name, value):
                break
            named.append(name)
            j += 1
        return tuple(named)


@dataclass(frozen=True, slots=True)
class _Component:
    """One folder or file name, read."""

    tokens: tuple[str, ...]  # its leading code, split into parts
    soal: int | None
    area_keyword: bool  # "AREA I": the code is an area
    words: tuple[str, ...]  # all its words
    rest: tuple[str, ...]  # its words after the leading code


_Selection = tuple[int, ...]  # indices of rules, in the order of the rules


class Filing:
    """The requirements a path is filed under, for one set of rules (built once, asked often)."""

    def __init__(self, rules: Sequence[Rule], areas: Sequence[Area] = ()) -> None:
        self.rules = tuple(rules)
        self.areas = tuple(areas)
        self._entries = tuple(
            _Entry(r.id, r.area, r.soal, _position(r.lke), tuple(_WORD.findall(_normalise(r.id)))) for r in self.rules
        )
        self._all: _Selection = tuple(range(len(self._entries)))
        depth = max((sum(n.startswith("q") for n, _ in e.levels) for e in self._entries), default=0)
        self._levels = (*_FIXED_LEVELS, *(f"q{n}" for n in range(1, depth + 1)))
        # a number larger than any the positions hold is a year, a count or a regulation's number
        self._largest = max((v for e in self._entries for _, v in e.levels if isinstance(v, int)), default=0)
        self._id_words = frozenset(t for e in self._entries for t in e.id_tokens)
        self._part_words = self._derive_part_words()
        self._names, self._single_names = self._derive_area_names()
        self._folders: dict[tuple[str, ...], _Selection | None] = {}

    def of(self, path: str) -> tuple[str, ...]:
        """The IDs of the rules ``path`` (relative, ``/`` separated) is filed under, in the order
        of the rules; ``()`` where its names say nothing."""
        components = [c for c in path.replace("\\", "/").split("/") if c not in ("", ".")]
        if not components:
            return ()
        selection = self._apply(components[-1], self._folder(tuple(components[:-1])), is_file=True)
        return tuple(self._entries[i].id for i in selection) if selection is not None else ()

    # --- what the pack offers ------------------------------------------------------------------

    def _derive_part_words(self) -> dict[str, frozenset[int]]:
        """ "Reform" is the sub-component whose rule IDs number their sub-areas R1, R2, ...;
        "Pemenuhan" the other sub-components of the same component."""
        reform = {
            (e.value("comp"), e.value("part"))
            for e in self._entries
            if len(e.id_tokens) > 1 and re.fullmatch(r"r\d+", e.id_tokens[1])
        }
        if not reform:
            return {}
        components = {comp for comp, _ in reform}
        placed = [(i, (e.value("comp"), e.value("part"))) for i, e in enumerate(self._entries)]
        return {
            "reform": frozenset(i for i, key in placed if key in reform),
            "pemenuhan": frozenset(i for i, key in placed if key[0] in components and key not in reform),
        }

    def _derive_area_names(self) -> tuple[dict[tuple[str, ...], str], dict[str, str]]:
        titles = [(a.code, re.findall(r"[^\W_]+", t)) for a in self.areas for t in (a.title.id, a.title.en) if t]
        lowered = [(code, tuple(w.lower() for w in words)) for code, words in titles]

        def elsewhere(phrase: tuple[str, ...], code: str) -> bool:
            return any(other != code and _contains(words, phrase) for other, words in lowered)

        names: dict[tuple[str, ...], set[str]] = {}
        singles: dict[str, set[str]] = {}
        for code, words in titles:
            low = tuple(w.lower() for w in words)
            if len(low) == 1:
                singles.setdefault(low[0], set()).add(code)
                continue
            names.setdefault(low, set()).add(code)
            # the title's last words, when no other title has them ("Pelayanan Publik")
            for start in range(1, len(low) - 1):
                tail = low[start:]
                if not words[start].islower() and not elsewhere(tail, code):  # "and Oversight" is no name
                    names.setdefault(tail, set()).add(code)
            acronyms = [w.lower() for w in words if len(w) > 1 and w.isupper()]
            own = [w.lower() for w in words if not w.islower() and not elsewhere((w.lower(),), code)]
            for word in {*acronyms, *(own if len(own) == 1 else ())}:
                singles.setdefault(word, set()).add(code)
        # a name two areas share names neither
        return (
            {k: next(iter(v)) for k, v in names.items() if len(v) == 1},
            {k: next(iter(v)) for k, v in singles.items() if len(v) == 1},
        )

    # --- reading a path ------------------------------------------------------------------------

    def _folder(self, folders: tuple[str, ...]) -> _Selection | None:
        """What the folders say (None: nothing), each read in the light of those above it."""
        if not folders:
            return None
        if folders not in self._folders:
            self._folders[folders] = self._apply(folders[-1], self._folder(folders[:-1]), is_file=False)
        return self._folders[folders]

    def _apply(self, name: str, context: _Selection | None, *, is_file: bool) -> _Selection | None:
        component = self._read(name, is_file=is_file)
        selection, named = (context, True) if context is not None else (self._all, False)
        area_name = None if is_file else self._area_name(component)
        signals: list[Iterable[int] | None] = [self._code(component, selection, area_name, is_file=is_file)]
        if not is_file:
            signals.append(self._part_word(component))
            signals.append(area_name)
        for signal in signals:  # the code, read against the folders above; then the words narrow it
            if signal is None:
                continue
            wanted = set(signal)
            narrowed = tuple(i for i in selection if i in wanted)
            if narrowed:  # a signal that contradicts what is known already is ignored
                selection, named = narrowed, True
        return selection if named else None

    def _read(self, name: str, *, is_file: bool) -> _Component:
        text = _normalise(name)
        if is_file and (extension := _EXTENSION.search(text)) and not extension[1].isdigit():
            text = text[: extension.start()]  # ".pdf", but not the ".1" of "1.1"
        words = tuple(_WORD.findall(text))
        body = text.lstrip(" ._-([#")
        if soal := _SOAL.match(body):
            return _Component((), int(soal[1]), False, words, tuple(_WORD.findall(body[soal.end() :])))
        keyword = _KEYWORD.match(body)
        if keyword:
            body = body[keyword.end() :]
        tokens: list[str] = []
        end = 0
        while (token := _WORD.match(body, end)) and self._code_like(token[0]):
            tokens.append(token[0])
            end = token.end()
            separator = _CODE_SEPARATOR.match(body, end)
            if not separator or separator.end() >= len(body) or not body[separator.end()].isalnum():
                break
            end = separator.end()
        rest = tuple(_WORD.findall(body[end:] if tokens else body))
        return _Component(tuple(tokens), None, bool(keyword and keyword[1] == "area"), words, rest)

    def _code_like(self, token: str) -> bool:
        return token.isdigit() or len(token) == 1 or _roman(token) is not None or token in self._id_words

    def _code(
        self, component: _Component, selection: _Selection, area_name: frozenset[int] | None, *, is_file: bool
    ) -> _Selection | None:
        if component.soal is not None:
            return tuple(i for i in selection if self._entries[i].soal == component.soal) or None
        tokens = component.tokens
        if not tokens:
            return None
        fixed = self._fixed(selection)
        has_part_word = any(w in self._part_words for w in component.words) and not is_file
        readings: list[tuple[int, int, int, _Selection]] = []
        for order, root in enumerate(self._roots(fixed, area_keyword=component.area_keyword, part_first=has_part_word)):
            if root == "part" and "comp" not in fixed and not has_part_word:
                continue  # a sub-component belongs to a component: "I" at the top is area I
            if root == "sub" and "area" not in fixed:
                continue
            if root.startswith("q") and not ("area" in fixed or self._one_parent(selection, root)):
                continue  # a letter at the top is a component, never a question
            reading = self._interpret(tokens, root, selection, fixed)
            if reading is None:
                continue
            used, narrowed = reading
            if area_name is not None and area_name.isdisjoint(narrowed):
                continue  # "1. Manajemen Perubahan" in another area's folder is no sub-area 1 of it
            if is_file and not (
                used >= 2 or component.area_keyword or (root.startswith("q") and self._one_parent(selection, root))
            ):
                continue  # a lone number or letter in a file name is an item number
            # a code read only in part says least in its broadest reading ("1.5" is area 1, not
            # sub-area 1 of area 1): claiming less costs fewer false "misfiled" notes
            broadest = -len(narrowed) if used < len(tokens) else 0
            readings.append((-used, broadest, order, narrowed))
        if not readings:
            return None
        unused, _, _, narrowed = min(readings)  # the reading that uses most parts; then the best root
        if -unused < len(tokens) and self._names_elsewhere(tokens):
            return None  # "2.1" in area 1's folder is area 2's code, not area 1's sub-area 2
        return narrowed

    def _names_elsewhere(self, tokens: tuple[str, ...]) -> bool:
        """Whether the whole code names a place of the pack, read without the folders above."""
        return any(
            (reading := self._interpret(tokens, root, self._all, {})) is not None and reading[0] == len(tokens)
            for root in (_ID, "comp", "area")
        )

    def _roots(self, fixed: dict[str, int | str], *, area_keyword: bool, part_first: bool) -> list[str]:
        """The levels a code may start at, best first: the ones the folders above leave open, top
        down, then the ones they have fixed (a code that restates them), bottom up."""
        if area_keyword:
            return [_ID, "area"]
        deepest = max((self._levels.index(level) for level in fixed), default=-1)
        open_levels = list(self._levels[deepest + 1 :])
        restated = list(reversed(self._levels[: deepest + 1]))
        roots = [_ID, *open_levels, *restated]
        if part_first:  # "II. Reform" names the sub-component even below an area
            roots.remove("part")
            roots.insert(1, "part")
        return roots

    def _interpret(
        self, tokens: tuple[str, ...], root: str, selection: _Selection, fixed: dict[str, int | str]
    ) -> tuple[int, _Selection] | None:
        """How many of the code's parts, read from ``root``, name rules of ``selection``, and
        which; None when they name none."""
        named = {i: self._entries[i].align(root, tokens) for i in selection}
        for used in range(len(tokens), 0, -1):
            chosen = [i for i in selection if len(named[i]) >= used]
            if not chosen:
                continue
            if used < len(tokens) and tokens[used].isdigit() and int(tokens[used]) > self._largest:
                return None  # "PP 60", "1 2021": a number no position holds, so no code at all
            levels = {level for i in chosen for level in named[i][:used]}
            if "sub" in levels and "part" not in levels and "part" not in fixed:
                # a sub-area number without its sub-component is Pemenuhan's ("1.1" is MP.1)
                parts = [p for i in chosen if isinstance(p := self._entries[i].value("part"), int)]
                if parts:
                    chosen = [i for i in chosen if self._entries[i].value("part") in (min(parts), None)]
            questions = [level for level in self._levels if level.startswith("q") and level in levels]
            if questions and not self._one_parent(chosen, questions[0]):
                continue  # a letter several sub-areas have: read the code up to before it
            return used, tuple(chosen)
        return None

    def _fixed(self, selection: _Selection) -> dict[str, int | str]:
        """The levels at which every rule of ``selection`` has the same place."""
        fixed: dict[str, int | str] = {}
        for level in self._levels:
            values = {self._entries[i].value(level) for i in selection}
            if len(values) == 1 and (value := values.pop()) is not None:
                fixed[level] = value
        return fixed

    def _one_parent(self, selection: Iterable[int], level: str) -> bool:
        """Whether the rules of ``selection`` all sit under one place above ``level``."""
        above = self._levels[: self._levels.index(level)]
        return len({tuple(self._entries[i].value(a) for a in above) for i in selection}) == 1

    def _part_word(self, component: _Component) -> frozenset[int] | None:
        found = [self._part_words[w] for w in component.words if w in self._part_words]
        return found[0] if found else None

    def _area_name(self, component: _Component) -> frozenset[int] | None:
        codes = {code for phrase, code in self._names.items() if _contains(component.words, phrase)}
        if len(component.rest) == 1 and component.rest[0] in self._single_names:
            codes.add(self._single_names[component.rest[0]])
        if len(codes) != 1:
            return None  # no area's name, or two: neither is the folder's
        code = codes.pop()
        return frozenset(i for i, e in enumerate(self._entries) if e.area == code)


def _contains(words: Sequence[str], phrase: Sequence[str]) -> bool:
    n = len(phrase)
    return any(tuple(words[i : i + n]) == tuple(phrase) for i in range(len(words) - n + 1))


_CACHE: dict[tuple[int, int], tuple[Sequence[Rule], Sequence[Area], Filing]] = {}
_CACHE_SIZE = 8


def filed_under(path: str, rules: Sequence[Rule], *, areas: Sequence[Area] = ()) -> tuple[str, ...]:
    """The IDs of the rules that ``path``'s folder and file names say it is filed under, in the
    order of ``rules``; ``()`` where they name none. The index is built once per ``rules`` and
    ``areas`` object (by identity: build a :class:`Filing` for rules that change)."""
    key = (id(rules), id(areas))
    cached = _CACHE.get(key)
    if cached is None or cached[0] is not rules or cached[1] is not areas:
        if len(_CACHE) >= _CACHE_SIZE:
            _CACHE.pop(next(iter(_CACHE)))
        cached = _CACHE[key] = (rules, areas, Filing(rules, areas))  # keeps both alive: ids stay theirs
    return cached[2].of(path)
