"""Analysis: from the text of a document to its facts, each with its page and words.

Where facts live in an Indonesian official document: the head of the first page (letterhead,
kind, "NOMOR", the "TENTANG" title, or a report's cover title), and the signature block
("Ditetapkan di ... pada tanggal ..." or "Jakarta, 15 Maret 2021"). The years a document is
about come from its title, date and number, never from the laws it cites under "Mengingat".
"""

from __future__ import annotations

import hashlib
import re

from checker.analyse import dates, numbers
from checker.analyse.kinds import KindMatcher
from checker.analyse.text import collapse, head_end, normalise, without_citations
from checker.analyse.units import UnitFinder
from checker.model import (
    Extraction,
    Fact,
    Facts,
    Kind,
    Page,
    Period,
    Profile,
    SourceFile,
    UnitMention,
    UnitRole,
)

TITLE_MAX_CHARS = 300
SIGNATURE_CHARS = 500
BODY_MENTION_CHARS = 6000
FILE_NAME_PAGE = 0  # a fact read from the file name, not a page

_TENTANG = re.compile(r"\btentang\b[ \t]*:?[ \t]*\n?", re.IGNORECASE)
_TITLE_STOP = re.compile(
    r"^\s*(?:dengan\s+rahmat|menimbang|mengingat|nomor\b|no\.|disusun|oleh\b|diterbitkan|"
    r"jakarta\b.*\d{4}|[A-Z][a-z]+,\s*\d|[A-Z][A-Za-z ]{2,30},\s*(?:\d|januari|februari|maret|april|"
    r"mei|juni|juli|agustus|september|oktober|november|desember))",
    re.IGNORECASE,
)


# Bump when the analysis finds different facts in the same text: cached facts are then redone.
ANALYSE_VERSION = "1"


class Analyzer:
    """Turns extracted documents into facts, for one profile and one vocabulary of kinds."""

    def __init__(self, profile: Profile, kinds: tuple[Kind, ...]) -> None:
        self._profile = profile
        identity = (ANALYSE_VERSION, profile.unit, profile.aliases, profile.parent,
                    [(k.name, k.phrases, k.period_from) for k in kinds])
        # what changes the facts besides the text and the file name (the evaluation year does not)
        self.fingerprint = hashlib.sha256(repr(identity).encode()).hexdigest()[:24]
        self._kinds = KindMatcher(kinds)
        self._dated_by_event = {k.name for k in kinds if k.period_from == "date"}
        self._units: UnitFinder | None = None  # spaCy is loaded only when a document needs it

    @property
    def units(self) -> UnitFinder:
        if self._units is None:
            self._units = UnitFinder(self._profile)
        return self._units

    def analyse(self, source: SourceFile, extraction: Extraction) -> Facts:
        pages = [p for p in extraction.pages if sum(c.isalnum() for c in p.text) >= 8]
        if not pages:
            return Facts()
        first = pages[0]
        head_len = head_end(first.text)
        head = first.text[:head_len]

        kind, kind_fact = self._kind(head, first, source)
        title = _title(head, first, kind_fact)
        number = _number(head, first)
        date, signed_year = _date(pages, head, first)
        # a record of an event (minutes, attendance) is about when it happened, when that is known
        event = kind in self._dated_by_event and signed_year is not None
        period, period_fact, basis = _period(None if event else title, date, signed_year, number)
        title_period = _period(title, None, None, None)[0] if event else None
        years = _years(period, signed_year, number)
        units = self._find_units(pages, first, head_len, date)
        validity = _valid_until(pages)
        return Facts(
            kind=kind,
            kind_fact=kind_fact,
            title=title,
            number=number,
            date=date if date is not None and date.value is not None else None,
            period=period,
            period_fact=period_fact,
            period_basis=basis,
            title_period=title_period if title_period != period else None,
            years=years,
            units=units,
            valid_until=validity,
            head=normalise(head),
        )

    def _kind(self, head: str, first: Page, source: SourceFile) -> tuple[str | None, Fact | None]:
        found = self._kinds.find(head)
        if found:
            name, start, end = found
            return name, Fact(name, first.number, start, end, head[start:end])
        stem = source.path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        found = self._kinds.find(stem, window=len(stem))
        if found:
            name, start, end = found
            return name, Fact(name, FILE_NAME_PAGE, start, end, stem)
        return None, None

    def _find_units(self, pages: list[Page], first: Page, head_len: int, date: Fact | None) -> tuple[UnitMention, ...]:
        regions: list[tuple[Page, int, int, bool]] = [(first, 0, head_len, True)]
        last = pages[-1]
        # the signature block: from just before the date of signature, else the page's last lines
        if date is not None and date.page == last.number:
            sign_start = max(0, date.start - 160)
        else:
            sign_start = max(0, len(last.text) - SIGNATURE_CHARS)
        if last is first:
            sign_start = max(sign_start, head_len)
            regions.append((first, head_len, sign_start, False))
            regions.append((first, sign_start, len(first.text), True))
        else:
            regions.append((first, head_len, min(len(first.text), BODY_MENTION_CHARS), False))
            regions.append((last, sign_start, len(last.text), True))
        # units named in cited laws ("Mengingat ...") are not units the document is about
        masked = {page.number: without_citations(page.text) for page, *_ in regions}
        seen: dict[tuple[str, UnitRole], UnitMention] = {}
        for page, start, end, about in regions:
            if start >= end:
                continue
            for m in self.units.find(masked[page.number][start:end]):
                key = (normalise(m.name), m.role)
                fact = Fact(m.name, page.number, start + m.start, start + m.end, m.name)
                mention = UnitMention(m.name, m.role, about, fact)
                if key not in seen:
                    seen[key] = mention
                elif about and not seen[key].about:
                    seen[key] = UnitMention(seen[key].name, m.role, True, seen[key].fact)
        ordered = sorted(seen.values(), key=lambda u: (not u.about, u.role is not UnitRole.SELF,
                                                     u.fact.page, u.fact.start))
        return tuple(ordered)


def _title(head: str, page: Page, kind_fact: Fact | None) -> Fact | None:
    match = _TENTANG.search(head)
    if match:
        start = match.end()
    elif kind_fact is not None and kind_fact.page == page.number:
        start = head.rfind("\n", 0, kind_fact.start) + 1
    else:
        return None
    lines: list[str] = []
    pos = start
    end = start
    for raw in head[start:].split("\n"):
        line = raw.strip()
        if not line:
            if lines:
                break
            pos += len(raw) + 1
            continue
        if lines and (_TITLE_STOP.match(line) or line[0].islower() or len(lines) >= 6 or _sentence(line)):
            break
        if lines and match and line.endswith(","):
            break  # "DEPUTI ... ," (the issuing official) closes a decree's title block
        if not lines and _TITLE_STOP.match(line) and not match:
            break
        lines.append(line.rstrip(","))
        end = pos + len(raw)
        pos += len(raw) + 1
    text = collapse(" ".join(lines))[:TITLE_MAX_CHARS]
    if not text:
        return None
    return Fact(text, page.number, start, end, text)


def _sentence(line: str) -> bool:
    """A line of running text rather than of a title (titles are in capitals or Title Case)."""
    if line.endswith(":"):
        return True
    words = [w for w in line.split() if w[0].isalpha()]
    lower = sum(w[0].islower() for w in words if w.lower() not in _TITLE_SMALL_WORDS)
    return len(words) >= 4 and lower * 2 > len(words)


_TITLE_SMALL_WORDS = {"dan", "di", "ke", "dari", "pada", "dalam", "untuk", "tentang", "atas", "yang", "serta",
                      "of", "and", "the", "in", "for", "on", "to"}


def _number(head: str, page: Page) -> Fact | None:
    found = numbers.find_number(head)
    if found is None:
        return None
    return Fact(found.value, page.number, found.start, found.end, found.text)


def _date(pages: list[Page], head: str, first: Page) -> tuple[Fact | None, int | None]:
    """The date of enactment or signature, and its year (a cover may give only month and year)."""
    # 1. "Ditetapkan di ... pada tanggal ..." (the last one: an annex repeats the body's)
    for page in reversed(pages):
        for match in reversed(list(dates.ENACTED.finditer(page.text))):
            found = dates.parse_at(page.text, match.end())
            if found:
                return _date_fact(found, page), found.year
    # 2. "Place, date" in the signature block, then on the cover
    last = pages[-1]
    tail_start = max(0, len(last.text) - SIGNATURE_CHARS)
    for page, start, end in ((last, tail_start, len(last.text)), (first, 0, len(head))):
        candidates = []
        for match in dates.PLACE_DATE.finditer(page.text, start, end):
            found = dates.parse_at(page.text, match.end())
            if found:
                candidates.append(found)
        if candidates:
            return _date_fact(candidates[-1], page), candidates[-1].year
    return None, None


def _valid_until(pages: list[Page]) -> Fact | None:
    for page in pages[:3]:  # the decision's articles: first pages, before the annexes
        found = dates.valid_until(without_citations(page.text))
        if found is not None:
            year, start, end, words = found
            return Fact(year, page.number, start, end, collapse(words))
    return None


def _date_fact(found: dates.FoundDate, page: Page) -> Fact:
    return Fact(found.value, page.number, found.start, found.end, found.text)


def _period(
    title: Fact | None, date: Fact | None, signed_year: int | None, number: Fact | None
) -> tuple[Period | None, Fact | None, str | None]:
    """The period the document is about, the fact it rests on, and which fact that is."""
    if title is not None:
        masked = without_citations(title.text)
        ranges = numbers.find_periods(masked)
        if ranges:
            start, end = ranges[0].value  # type: ignore[misc]
            return Period(start, end), title, "title_range"
        years = sorted({int(y.value) for y in numbers.find_years(masked)})  # type: ignore[call-overload]
        if years:
            return Period(years[0], years[-1]), title, "title_year"
    if signed_year is not None:
        return Period(signed_year, signed_year), date, "date"
    if number is not None:
        year = numbers.number_year(str(number.value))
        if year:
            return Period(year, year), number, "number"
    return None, None, None


def _years(period: Period | None, signed_year: int | None, number: Fact | None) -> tuple[int, ...]:
    years: set[int] = set()
    if period is not None and period.end - period.start <= 10:
        years.update(range(period.start, period.end + 1))
    if signed_year is not None:
        years.add(signed_year)
    if number is not None and (year := numbers.number_year(str(number.value))):
        years.add(year)
    return tuple(sorted(years))
