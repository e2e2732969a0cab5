"""Which kind of document this is, from the words at its head.

The vocabulary comes from the rule pack; the kind whose phrase comes first at the head (after
the letterhead) wins, the longer phrase on a tie (so "laporan kinerja" beats "laporan"). One
compiled alternation, longest phrases first, finds that in a single pass.

A letter's field labels ("Sifat :", "Hal :") name a letter only weakly: a letter whose subject is
an invitation ("Hal : Undangan Rapat ...") is an invitation.
"""

from __future__ import annotations

import re

from checker.analyse.text import normalise
from checker.model import Kind

# A kind phrase counts only in the first lines of the head: deeper, "keputusan" or "laporan"
# are usually words of the body, not the name of the document.
KIND_WINDOW_CHARS = 700
SPECIFIC_WINDOW = 160  # how far into a heading a specific kind may follow a generic one
_FIELD_AFTER = re.compile(r"[ \t]*:")
SUBJECT = re.compile(r"^[ \t]*(?:hal|perihal|subject|re)[ \t]*:[ \t]*(?P<value>\S.*)$", re.IGNORECASE | re.MULTILINE)
_INVITATION_PHRASES = ("undangan", "surat undangan", "invitation")


class KindMatcher:
    def __init__(self, kinds: tuple[Kind, ...]) -> None:
        self._generic = {k.name for k in kinds if k.generic}
        self._family = {k.name: k.family for k in kinds if k.family}
        self._kind_of: dict[str, str] = {}
        for kind in kinds:
            for phrase in kind.phrases:
                self._kind_of.setdefault(normalise(phrase), kind.name)
        phrases = sorted((p for p in self._kind_of if p), key=len, reverse=True)
        alternatives = (r"[\W_]+".join(map(re.escape, p.split())) for p in phrases)
        body = "|".join(f"({alt})" for alt in alternatives) or r"(?!x)x"
        self._pattern = re.compile(r"(?<![^\W_])(?:" + body + r")(?![^\W_])", re.IGNORECASE)
        self._phrases = phrases
        self._invitation = next((self._kind_of[p] for p in _INVITATION_PHRASES if p in self._kind_of), None)

    def find(self, text: str, start: int = 0, window: int = KIND_WINDOW_CHARS) -> tuple[str, int, int] | None:
        """(kind, start, end) of the first kind phrase in ``window`` characters from ``start``."""
        match = self._pattern.search(text, start, min(len(text), start + window))
        if match is None:
            return None
        phrase = self._phrases[match.lastindex - 1]  # type: ignore[operator]
        kind = self._kind_of[phrase]
        if kind in self._generic:
            specific = self._specific(text, kind, match.end())
            if specific is not None:  # the heading is one name: from the generic word on
                return specific[0], match.start(), specific[2]
        if self._invitation and _FIELD_AFTER.match(text, match.end()):
            # a field label ("Sifat :") names a letter; what kind of letter its subject says
            subject = SUBJECT.search(text, start, min(len(text), start + window))
            if subject and self._starts_invitation(subject.group("value")):
                return (
                    self._invitation,
                    subject.start("value"),
                    subject.start("value") + len(subject.group("value").split()[0]),
                )
        return kind, match.start(), match.end()

    def _specific(self, text: str, kind: str, start: int) -> tuple[str, int, int] | None:
        """A kind of the generic ``kind``'s family named later in the same heading ("LAPORAN HASIL
        ANALISA DAN TINDAK LANJUT SURVEI KEPUASAN MASYARAKAT"): it is what the document is."""
        family = self._family.get(kind, kind)
        stop = text.find("\n\n", start)
        end = min(len(text), start + SPECIFIC_WINDOW, stop if stop >= 0 else len(text))
        for match in self._pattern.finditer(text, start, end):
            other = self._kind_of[self._phrases[match.lastindex - 1]]  # type: ignore[operator]
            if other != kind and other not in self._generic and self._family.get(other) == family:
                return other, match.start(), match.end()
        return None

    def starts_line(self, line: str) -> bool:
        """Whether ``line`` begins with a kind phrase."""
        match = self._pattern.match(line)
        return match is not None

    def _starts_invitation(self, value: str) -> bool:
        match = self._pattern.match(value)
        return match is not None and self._kind_of[self._phrases[match.lastindex - 1]] == self._invitation  # type: ignore[operator]
