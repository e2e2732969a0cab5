"""Which kind of document this is, from the words at its head.

The vocabulary comes from the rule pack; the kind whose phrase comes first at the head wins,
the longer phrase on a tie (so "laporan kinerja" beats "laporan"). One compiled alternation,
longest phrases first, finds that in a single pass.
"""

from __future__ import annotations

import re

from checker.analyse.text import normalise
from checker.model import Kind

# A kind phrase counts only in the first lines of the head: deeper, "keputusan" or "laporan"
# are usually words of the body, not the name of the document.
KIND_WINDOW_CHARS = 700


class KindMatcher:
    def __init__(self, kinds: tuple[Kind, ...]) -> None:
        self._kind_of: dict[str, str] = {}
        for kind in kinds:
            for phrase in kind.phrases:
                self._kind_of.setdefault(normalise(phrase), kind.name)
        phrases = sorted((p for p in self._kind_of if p), key=len, reverse=True)
        alternatives = (r"[\W_]+".join(map(re.escape, p.split())) for p in phrases)
        body = "|".join(f"({alt})" for alt in alternatives) or r"(?!x)x"
        self._pattern = re.compile(r"(?<![^\W_])(?:" + body + r")(?![^\W_])", re.IGNORECASE)
        self._phrases = phrases

    def find(self, text: str, window: int = KIND_WINDOW_CHARS) -> tuple[str, int, int] | None:
        """(kind, start, end) of the first kind phrase in the first ``window`` characters."""
        match = self._pattern.search(text, 0, window)
        if match is None:
            return None
        phrase = self._phrases[match.lastindex - 1]  # type: ignore[operator]
        return self._kind_of[phrase], match.start(), match.end()
