"""Question positions as sheets write them: "A", "I.", "1", "iii", "a." down the code columns.

A rule's position (``A.I.1.i.a``) and a sheet's codes are compared in one canonical form: the
first part a letter (the component), the last a lower-case letter (the question), the parts
between numbers, Roman or Arabic.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from checker.model import Rule

_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}
_CODE = re.compile(r"^\s*([A-Za-z]{1,5}|\d{1,2})\s*[.)]?(?=\s|$)")
Part = int | str


def roman(text: str) -> int | None:
    """The value of a Roman numeral up to 39 ("iv" -> 4), None when it is not one."""
    text = text.lower()
    if not text or any(c not in _ROMAN for c in text) or not re.fullmatch(r"x{0,3}(ix|iv|v?i{0,3})", text):
        return None
    total = 0
    for char, following in zip(text, [*text[1:], ""], strict=True):
        value = _ROMAN[char]
        total += -value if following and _ROMAN[following] > value else value
    return total


def number(token: str) -> int | None:
    return int(token) if token.isdigit() else roman(token)


def canonical(position: str) -> tuple[Part, ...]:
    """``A.I.1.i.a`` -> ("A", 1, 1, 1, "a")."""
    tokens = [t for t in re.split(r"[.\s]+", position.strip()) if t]
    if len(tokens) < 2:
        return tuple(tokens)
    middle = [number(t) for t in tokens[1:-1]]
    parts: list[Part] = [tokens[0].upper()]
    parts += [m if m is not None else t.lower() for m, t in zip(middle, tokens[1:-1], strict=True)]
    parts.append(tokens[-1].lower())
    return tuple(parts)


def by_position(rules: Sequence[Rule]) -> dict[tuple[Part, ...], Rule]:
    return {canonical(r.lke): r for r in rules if r.lke}


def code_of(cell: str) -> str | None:
    """The code a cell of a code column starts with ("1." -> "1", "iii. Ukuran" -> "iii")."""
    match = _CODE.match(cell)
    return match.group(1) if match else None
