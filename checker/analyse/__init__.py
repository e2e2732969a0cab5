"""Analysis: from the text of a document to its facts, each with its page and words.

Where facts live in an Indonesian official document (:mod:`checker.analyse.layout`): the head of
the first page (letterhead, kind, "NOMOR", the "TENTANG" title, a letter's "Hal :", a report's
cover title), the forms under it ("Hari/Tanggal :", "Unit Kerja :"), and the signature block
("Ditetapkan di ... pada tanggal ..." or "Jakarta, 15 Maret 2021"). The years a document is
about come from its title, date and number, never from the laws it cites under "Mengingat".

The units a document is about are those its title names (with a cover's unit line under it);
failing that, its issuer: the office in its kind line, the lowest line of its letterhead, the
unit its form is for, its signatory's office. The lines above the issuer in a letterhead and the
parent under a cover's unit are its parent chain: mentioned, not what it is about; so is its
parent when the document is about the unit itself. spaCy reads only the head, the signature and
the start of the body; everything else is compiled expressions.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import re
from dataclasses import replace

from checker.analyse import dates, layout, numbers
from checker.analyse.kinds import KindMatcher
from checker.analyse.text import (
    Cleaned,
    Line,
    collapse,
    field,
    is_upper,
    lines_of,
    normalise,
    number_key,
    without_citations,
)
from checker.analyse.units import (
    DANGLING,
    NOT_NAME,
    Mention,
    UnitFinder,
    acronym_line,
    defined_names,
    is_unit_line,
    starts_with_unit_word,
)
from checker.match import Prepared
from checker.model import (
    Extraction,
    Fact,
    Facts,
    Kind,
    NamedUnit,
    Page,
    Part,
    Period,
    Question,
    SourceFile,
)
from checker.names import HEAD_OF, OFFICIALS, canon, is_top_level, place_of_line

TITLE_MAX_CHARS = layout.TITLE_MAX_CHARS
BODY_MENTION_CHARS = 2500
FILE_NAME_PAGE = 0  # a fact read from the file name, not a page
# the form of a decision or a rule: its preamble, its decision, its articles, its enactment
_INSTRUMENT_FORM = re.compile(
    r"\b(?:menimbang|mengingat|memutuskan|menetapkan|ditetapkan|kesatu|pasal|tentang|"
    r"keputusan|peraturan|considering|decided|stipulated|concerning)\b",
    re.IGNORECASE,
)
# "Tahun : 2021" on a form or an application's screen; "sepanjang tahun 2020" in a statement
_YEAR_FIELD = re.compile(
    r"\b(?:tahun(?:\s+anggaran|\s+pelaporan)?|periode|year)\s*:\s*(?P<year>(?:19|20)\d{2})\b(?!\s*[-\u2013/]|\s*s\.?d)",
    re.IGNORECASE,
)
_WHOLE_YEAR = re.compile(r"\b(?:sepanjang|selama)\s+tahun\s+(?P<year>(?:19|20)\d{2})\b", re.IGNORECASE)
# a cover's year on a line of its own, under the title and the unit ("2021", "TAHUN 2021")
_COVER_YEAR = re.compile(r"^[ \t]*(?:tahun[ \t]+)?(?P<year>(?:19|20)\d{2})[ \t]*$", re.IGNORECASE | re.MULTILINE)
# words that introduce the unit a title is about: "... DI LINGKUNGAN KANTOR WILAYAH ..."
_WRAPPED = re.compile(r"\b(" + "|".join(sorted(DANGLING | {"serta"})) + r")[ \t]*\n", re.IGNORECASE)
_SUBJECT_MARKER = re.compile(r"\b(?:di\s+lingkungan|lingkungan|pada|di|bagi|untuk|of|for|in|at)\W*$", re.IGNORECASE)


# a line that starts with one of these does not carry on the name above it
CARRY_STOP = (
    frozenset(NOT_NAME) | OFFICIALS | frozenset(HEAD_OF) | {"rt", "rw", "kode", "pos", "gedung", "komplek", "kompleks"}
)

# Bump when the analysis finds different facts in the same text: cached facts are then redone.
ANALYSE_VERSION = "14"


# a page worth reading: at least eight letters or digits (found without counting them all)
_HAS_TEXT = re.compile(r"[^\W_](?:[\W_]*[^\W_]){7}")


# "PERUBAHAN (KEDUA) ATAS KEPUTUSAN ... NOMOR X", "PENCABUTAN KEPUTUSAN ... NOMOR X": the title of
# a decree that amends or revokes another names the other's number
_AMENDS = re.compile(
    r"\b(?:perubahan(?:\s+\w+)?\s+atas|pencabutan|mencabut|amendment\s+to|revoking)\b[^\n]{0,200}?"
    r"\b(?:nomor|no\.?|number)\s*:?\s*(?P<number>[A-Za-z0-9][^\s,;]*(?:\s+tahun\s+(?:19|20)\d{2})?)",
    re.IGNORECASE,
)


def _amends(title: Fact | None) -> tuple[str, ...]:
    if title is None:
        return ()
    return tuple(dict.fromkeys(number_key(m.group("number")) for m in _AMENDS.finditer(str(title.value))))


class Analyzer:
    """Turns extracted documents into facts, for one vocabulary of kinds. It knows no profile:
    the facts of a file are the same whichever unit is being evaluated."""

    def __init__(self, kinds: tuple[Kind, ...], questions: tuple[Question, ...] = ()) -> None:
        identity = (
            ANALYSE_VERSION,
            [(k.name, k.phrases, k.period_from) for k in kinds],
            [(q.key, [(sorted(kinds), about.key) for kinds, about in q.askers]) for q in questions],
        )
        self._questions = questions
        # what changes the facts besides the text and the file name
        self.fingerprint = hashlib.sha256(repr(identity).encode()).hexdigest()[:24]
        self._kinds = KindMatcher(kinds)
        self._dated_by_event = {k.name for k in kinds if k.period_from == "date"}
        # the kinds of decisions and rules, which always name themselves in their text
        self._instruments = {k.name for k in kinds if {"keputusan", "peraturan"} & {normalise(p) for p in k.phrases}}
        self._units: UnitFinder | None = None  # spaCy is loaded only when a document needs it
        self._document_words = frozenset(
            w for k in kinds for p in k.phrases for w in normalise(p).split() if w.isascii()
        )
        self._kind_openers = frozenset(normalise(p).split()[0] for k in kinds for p in k.phrases if normalise(p))

    @property
    def units(self) -> UnitFinder:
        if self._units is None:
            self._units = UnitFinder(self._document_words)
        return self._units

    def prepare(self) -> None:
        """Load the spaCy pipeline now (before worker processes fork, so they share it)."""
        _ = self.units

    def analyse(self, source: SourceFile, extraction: Extraction) -> Facts:
        pages = [p for p in extraction.pages if _HAS_TEXT.search(p.text)]
        if not pages:
            return Facts()
        facts = self._document(source, pages)
        parts = self._parts(source, pages, facts)
        return replace(facts, parts=parts) if parts else facts

    # --- documents bound in one file ---------------------------------------------------------------

    def _parts(self, source: SourceFile, pages: list[Page], main: Facts) -> tuple[Part, ...]:
        """The other documents a file holds after its first (a decree, then the memo inviting to
        the meeting that prepared it and the meeting's minutes; a month's report, then the month
        before's): each from where its heading starts to where the next one does."""
        # on the first page, not inside the first document's own title ("LAPORAN KAMPANYE /
        # PENGENDALIAN GRATIFIKASI TAHUN 2021" is one title, its second line no new document)
        title_end = main.title.end if main.title is not None and main.title.page == pages[0].number else 0
        starts = [
            (i, offset)
            for i, page in enumerate(pages[:PART_PAGES])
            for offset in self._part_starts(page.text, top=i > 0)
            if i > 0 or offset >= title_end
        ]
        parts: list[Part] = []
        seen = [main]
        for n, (i, offset) in enumerate(starts):
            j, stop = starts[n + 1] if n + 1 < len(starts) else (len(pages), 0)
            chunk = [Page(pages[i].number, _blank(pages[i].text, offset), pages[i].source), *pages[i + 1 : j + 1]]
            if j < len(pages):
                last = chunk[-1]
                chunk[-1] = (
                    Page(last.number, last.text[:stop], last.source)
                    if j > i
                    else Page(last.number, _blank(pages[i].text, offset)[:stop], last.source)
                )
            chunk = [p for p in chunk if _HAS_TEXT.search(p.text)]
            if not chunk:
                continue
            facts = self._document(source, chunk)
            if facts.kind is None or facts.title is None:
                continue
            if parts and parts[-1].page == chunk[0].number and _same_document(facts, parts[-1].facts):
                parts.pop()  # a cover's title block, then the document itself on the same page
                seen.pop()
            elif any(_same_document(facts, other) for other in seen):
                continue  # an annex repeating the heading of the document it belongs to
            if not any(u.about for u in facts.units):
                # minutes under the invitation's letterhead: what names no unit is the one before's
                facts = replace(facts, units=(*seen[-1].units, *facts.units))
            seen.append(facts)
            parts.append(Part(chunk[0].number, facts))
        return tuple(parts)

    def _part_starts(self, text: str, *, top: bool) -> list[int]:
        """Where documents start on a page: at its top (after its letterhead), a heading that
        names a kind; anywhere, a line that is only a kind's name with a form's fields or a title
        block's lines under it ("NOTULA" / "Hari : Kamis"). Short lines are found first, by a
        cheap expression: most pages start no document."""
        out = []
        if top:
            lines = lines_of(text, 0, min(len(text), PART_HEAD_CHARS + 400))
            for k, line in enumerate(lines):
                if line.start >= PART_HEAD_CHARS or _ANNEX.match(line.text):
                    break  # an annex's heading repeats the document it belongs to
                words = normalise(line.text).split()
                if not words or words[0] not in self._kind_openers or not is_upper(line.text):
                    continue
                found = self._kinds.find(text, line.start, window=len(line.text))
                if (
                    found is not None
                    and not text[line.start : found[1]].strip(" \t\"'(“-:,.")
                    and self._heads_a_document(lines, k)
                ):
                    out.append(0)
                    break
        for short in _SHORT_LINE.finditer(text):
            raw = short.group(0).strip()
            if short.start() == 0 or not (raw.isupper() or raw.istitle()):
                continue
            name = _TRAILING_YEAR.sub("", raw)
            if not name or not set(normalise(name).split()) <= self._document_words:
                continue  # a line of other words than a kind's name
            found = self._kinds.find(name, 0, window=len(name))
            if found is None or found[1] != 0 or found[2] < len(name.rstrip(" :")):
                continue
            start = short.start() + short.group(0).index(raw)
            below = lines_of(text, short.end(), min(len(text), short.end() + 400))[:3]
            form = sum(field(b.text) is not None for b in below) >= 2 and raw.isupper()
            # a title block drawn anywhere on a page (an infographic's): the kind's name, then
            # the unit's or the period's line ("Rencana Strategis / BLUD RSUD X / Periode 2018-2022")
            block = name != raw or any(_PERIOD_LINE.match(b.text) or is_unit_line(b.text) for b in below[:2])
            if (form or block) and not (out and out[-1] == 0 and text.count("\n", 0, start) < HEADING_LINES):
                out.append(start)
        return out

    @staticmethod
    def _heads_a_document(lines: list[Line], k: int) -> bool:
        """Whether the kind's line ``k`` at a page's top heads a document, not a chapter of one
        ("BAB III / PENILAIAN RISIKO"): a letterhead above it, or a number, a "TENTANG", a unit,
        a period or a form's fields under it, or a year on it."""
        above, below = lines[:k], lines[k + 1 : k + 5]
        if any(_CHAPTER.match(line.text) for line in above):
            return False
        if any(is_unit_line(line.text) for line in above) or _YEAR_AT_END.search(lines[k].text):
            return True
        if sum(field(b.text) is not None for b in below) >= 2:
            return True
        return any(
            _NUMBER_OR_TENTANG.match(b.text)
            or _PERIOD_LINE.match(b.text)
            or is_unit_line(b.text)
            or _YEAR_AT_END.search(b.text)
            for b in below
        )

    def _document(self, source: SourceFile, pages: list[Page]) -> Facts:
        first, last = pages[0], pages[-1]
        clean = Cleaned(_without_running_header(pages))
        head = layout.read_head(clean.text, self._kinds, is_unit_line, place_of_line)
        clean_last, last, sign = self._signature(pages, clean, head)

        kind, kind_fact = self._kind(head, clean, first, source)
        title = None
        if head.title is not None:
            start, end, text = head.title
            title = _fact(text, clean, first, start, end, text)
            if head.title_source == "cover" and head.kind is not None and layout.only_kind(head) and len(pages) > 1:
                # a form headed by its kind alone whose agenda a long list pushed to the next page
                agenda = layout.agenda_field(pages[1].text)
                if agenda is not None:
                    value, a_start, a_end = agenda
                    title = Fact(
                        collapse(f"{text} {value}"), pages[1].number, a_start, a_end, collapse(f"{text} {value}")
                    )
        running: Fact | None = None
        if title is None:  # a document whose cover has no text: its running header names it
            running = self._running_title(pages[:3])
            if running is not None:
                title = running
                if kind is None:
                    found = self._kinds.find(str(running.value), window=len(str(running.value)))
                    if found is not None:
                        kind, kind_fact = (
                            found[0],
                            Fact(found[0], running.page, running.start, running.end, running.text),
                        )
        number = None
        if head.number is not None and head.number.value is not None:
            n = head.number
            number = _fact(n.value, clean, first, n.start, n.end, n.text)
        date, found_date = self._date(pages, head, clean, first, clean_last, last, sign, kind)
        signed_year = found_date.year if found_date is not None else None
        impossible = date if found_date is not None and found_date.impossible else None
        if found_date is not None and found_date.month_only and date is not None:
            # "November 2021": a date of month precision, kept as the month's first day
            date = replace(date, value=dt.date(found_date.year, found_date.month or 1, 1))
        # a record of an event (minutes, attendance) is about when it happened, when that is known
        event = kind in self._dated_by_event
        event_year, event_fact = signed_year, date
        if event and event_year is None:  # photos of an event: the day their captions give
            captions = dates.find_all(clean.text)
            if captions:
                event_year, event_fact = captions[0].year, _date_fact(captions[0], clean, first)
        by_event = event and event_year is not None
        period, period_fact, basis = _period(
            None if by_event else title,
            event_fact,
            event_year,
            number,
            None if by_event else self._stated_year(clean, first, head),
        )
        title_period = _period(title, None, None, None)[0] if by_event else None
        years = _years(period, signed_year, number)
        units = self._find_units(head, clean, first, clean_last, last, sign)
        if running is not None and not any(u.about for u in units):
            units = (*self._running_units(running), *units)
        validity = _valid_until(pages[:1] if head.letter else pages)  # not an attached decree's
        if validity is None and title is not None:  # "... TAHUN ANGGARAN 2020": made for that year
            found_fy = dates.fiscal_year(without_citations(str(title.value)))
            if found_fy is not None:
                year, start, end, words = found_fy
                validity = Fact(year, title.page, title.start, title.end, words)
        facts = Facts(
            kind=kind,
            kind_fact=kind_fact,
            title=title,
            number=number,
            date=date if date is not None and date.value is not None else None,
            date_precision="month" if found_date is not None and found_date.month_only else "day",
            impossible_date=impossible,
            period=period,
            period_fact=period_fact,
            period_basis=basis,
            title_period=title_period if title_period != period else None,
            years=years,
            units=units,
            valid_until=validity,
            amends=_amends(title),
            head=normalise(clean.text[: head.end]),
            place=head.place,
            lead=_lead(first),
            aliases=tuple(dict.fromkeys(defined_names(clean.text[: head.end + BODY_MENTION_CHARS]))),
            signed=sign is not None or layout.signed_otherwise(last.text),
            placeholders=layout.placeholders(pages),
        )
        return replace(facts, says=self._answers(facts, pages)) if self._questions else facts

    def _answers(self, facts: Facts, pages: list[Page]) -> tuple[str, ...]:
        """The pack's questions about its text that the document answers yes (asked only where
        a condition asking one could take the document: its kind and its title's subject)."""
        asked = [q for q in self._questions if q.asked_of(facts.kind, facts.subject_text)]
        if not asked:
            return ()
        body = _body(pages)
        prepared: dict[int, Prepared] = {}  # once per lexicon (a pack has one), and not kept after
        yes = []
        for question in asked:
            lexicon = question.subject.lexicon
            assert lexicon is not None
            if id(lexicon) not in prepared:
                prepared[id(lexicon)] = lexicon.prepare_once(body)
            if question.subject.found_in(prepared[id(lexicon)]) is not None:
                yes.append(question.key)
        return tuple(sorted(yes))

    def named(self, source: SourceFile) -> Facts:
        """What the name of a file that cannot be read says: its kind ("SK Tim ZI 2021.pdf" is a
        decree), so that it stands as a candidate only for the rules that take such documents."""
        stem = source.path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        found = self._kinds.find(stem, window=len(stem))
        if found is None:
            return Facts()
        name, start, end = found
        return Facts(kind=name, kind_fact=Fact(name, FILE_NAME_PAGE, start, end, stem))

    @staticmethod
    def _signature(
        pages: list[Page], clean: Cleaned, head: layout.Head
    ) -> tuple[Cleaned, Page, tuple[int, int] | None]:
        """The signature block: the first dated one after the head, page by page (a decree's at
        the end of its body, a report's under its foreword, the first of several documents bound
        in one file); failing that, a signatory's line with no date on the last page."""
        first = pages[0]
        if head.title_source == "foreword":  # a signed foreword, then the contents: it ends there
            found = _signed_before_contents(clean, head)
            if found is not None:
                return clean, first, found
        undated: tuple[Cleaned, Page, tuple[int, int]] | None = None
        # the first pages and the last; the one before the last too when the last is a short
        # attachment (a report signed at its body's end)
        tail = pages[SIGNATURE_PAGES:]
        candidates = [
            *pages[:SIGNATURE_PAGES],
            *([tail[-2]] if len(tail) > 1 and len(tail[-1].text.strip()) < SHORT_LAST_PAGE else []),
            *tail[-1:],
        ]
        for page in candidates:
            cleaned = clean if page is first else Cleaned(page.text)
            skip = head.structure_end if page is first else 0  # a one-page form's head is no signature
            lines = lines_of(cleaned.text)
            inside = layout.signature_inside(cleaned.text, lines, skip)
            sign = layout.signature(cleaned.text, lines)
            if sign is not None and sign[0] < skip:
                sign = None
            signed = layout.place_date(cleaned.text, *sign) if sign is not None else None
            enacted = dates.enacted(cleaned.text[sign[0] : sign[1]]) if sign is not None else None
            dated = (signed is not None and signed.value is not None) or (enacted is not None and enacted.value)
            if inside is not None and (not dated or inside[0] < sign[0]):  # type: ignore[index]
                return cleaned, page, inside
            if dated:
                return cleaned, page, sign
            # a signatory's line with no date, or with a month and year only ("Jakarta, Juli
            # 2021" on a cover): a full date on a later page is better
            if (
                sign is not None
                and (undated is None or page is pages[-1] or signed is not None)
                and (undated is None or signed is not None or undated[1] is not pages[-1])
            ):
                undated = (cleaned, page, sign)
        found = _signed_before_contents(clean, head)  # a report's signed foreword on its first page
        if found is not None:
            return clean, first, found
        if undated is not None:
            return undated
        last = pages[-1]
        return (clean if last is first else Cleaned(last.text)), last, None

    # --- kind -----------------------------------------------------------------------------------

    def _kind(
        self, head: layout.Head, clean: Cleaned, first: Page, source: SourceFile
    ) -> tuple[str | None, Fact | None]:
        stem = source.path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        if head.kind is not None:
            name, start, end = head.kind
            # a kind word inside a line of ordinary text ("Capaian IKU Triwulan II" on a
            # screenshot) names no document; the file name may ("Screenshot e-SAKIP.png")
            if not (head.weak_kind and self._kinds.find(stem, window=len(stem))):
                return name, _fact(name, clean, first, start, end, clean.text[start:end])
        found = self._kinds.find(stem, window=len(stem))
        if found:
            name, start, end = found
            if name in self._instruments and not _INSTRUMENT_FORM.search(clean.text):
                # "SK ..." heads the names of many files that are no decree ("SK Struktur
                # Organisasi.pdf" holding an organisation chart): a decree says so, in its form
                return None, None
            return name, Fact(name, FILE_NAME_PAGE, start, end, stem)
        return None, None

    @staticmethod
    def _stated_year(clean: Cleaned, first: Page, head: layout.Head) -> Fact | None:
        """The year a form or a statement says it is for: "Tahun : 2021", "Tahun Anggaran : 2022",
        "sepanjang tahun 2020" (when its title names none)."""
        match = _YEAR_FIELD.search(clean.text, 0, head.end) or _WHOLE_YEAR.search(clean.text, 0, head.end)
        if match is None and head.title_source == "cover" and head.title is not None:
            # the cover's year stands a few lines under its title (and its unit), not in a table below
            below = [line for line in head.lines if line.start >= head.title[1]][:COVER_YEAR_LINES]
            if below:
                match = _COVER_YEAR.search(clean.text, below[0].start, below[-1].end)
        if match is None:
            return None
        year = int(match.group("year"))
        return _fact(year, clean, first, match.start(), match.end(), match.group(0))

    # --- date -----------------------------------------------------------------------------------

    def _date(
        self,
        pages: list[Page],
        head: layout.Head,
        clean: Cleaned,
        first: Page,
        clean_last: Cleaned,
        last: Page,
        sign: tuple[int, int] | None,
        kind: str | None,
    ) -> tuple[Fact | None, dates.FoundDate | None]:
        """The date of enactment or signature, and the date as found (a cover may give only month
        and year, a template only the year)."""
        if head.letter:
            # a letter's own date, at its head (an attached decree's enactment is not the letter's)
            found = layout.letter_date(head)
            if found is not None:
                return _date_fact(found, clean, first), found
        else:
            for i, (page, following) in reversed(list(enumerate(zip(pages, [*pages[1:], None], strict=True)))):
                found = dates.enacted(page.text)
                if found is not None:
                    return self._with_day(
                        Fact(found.value, page.number, found.start, found.end, found.text), found, pages[i + 1 :]
                    )
                tail = page.text[-ENACTMENT_JOIN:]
                if following is not None and dates.may_enact(tail):
                    # "Ditetapkan di X" / a page break / "pada tanggal D"
                    found = dates.enacted(f"{tail}\n{following.text[:ENACTMENT_JOIN]}")
                    if found is not None and found.start > len(tail):
                        shift = len(tail) + 1
                        fact = Fact(found.value, following.number, found.start - shift, found.end - shift, found.text)
                        return self._with_day(fact, found, pages[i + 1 :])
            if head.annex_date is not None:
                return _date_fact(head.annex_date, clean, first), head.annex_date
        if kind in self._dated_by_event:  # minutes, attendance: the day it happened
            found = dates.field_date(clean.text, 0, head.end) or dates.spelled(clean.text)
            if found is not None:
                return _date_fact(found, clean, first), found
        signed = layout.place_date(clean_last.text, *sign) if sign is not None else None
        if signed is not None and signed.value is not None:
            return _date_fact(signed, clean_last, last), signed
        found = dates.field_date(clean.text, 0, head.end) or dates.spelled(clean.text)
        if found is not None:
            return _date_fact(found, clean, first), found
        if signed is not None:
            return _date_fact(signed, clean_last, last), signed
        cover = layout.place_date(clean.text, 0, head.end)
        if cover is not None:
            return _date_fact(cover, clean, first), cover
        return None, None

    @staticmethod
    def _with_day(fact: Fact, found: dates.FoundDate, after: list[Page]) -> tuple[Fact, dates.FoundDate]:
        """An enactment of month and year only ("pada tanggal ... Januari 2020", the day left for
        the pen): its annex's heading repeats the date, often with the day ("LAMPIRAN ... TANGGAL :
        17 Januari 2020")."""
        if not found.month_only:
            return fact, found
        for page in after[:ANNEX_DATE_PAGES]:
            clean = Cleaned(page.text)
            for match in _ANNEX_DATE.finditer(clean.text):
                day = dates.parse_at(clean.text, match.end(), partial=False)
                if (
                    day is not None
                    and day.value is not None
                    and (day.year, day.value.month) == (found.year, found.month)
                ):
                    return _date_fact(day, clean, page), day
        return fact, found

    # --- units ----------------------------------------------------------------------------------

    def _find_units(
        self,
        head: layout.Head,
        clean: Cleaned,
        first: Page,
        clean_last: Cleaned,
        last: Page,
        sign: tuple[int, int] | None,
    ) -> tuple[NamedUnit, ...]:
        finder = self.units
        # units named in cited laws ("Mengingat ...", "Dasar : 1. Keputusan ...") are not units
        # the document names as its own; the head's named parts are never citations
        masked = without_citations(clean.text)
        cut = head.structure_end
        head_end = head.end if sign is None or clean_last is not clean else min(head.end, sign[0])
        cut = min(cut, head_end)
        head_text = clean.text[:cut] + masked[cut:head_end]
        for start, end in head.wrapped():
            head_text = head_text[:start] + _unwrap(head_text[start:end]) + head_text[end:]
        if head.title is not None:  # a title is one phrase: its line breaks only wrap it
            start, end = head.title[0], head.title[1]
            head_text = head_text[:start] + head_text[start:end].replace("\n", " ") + head_text[end:]
        found: list[tuple[Mention, Cleaned, Page, str]] = []
        for m in finder.find(head_text):
            if m.start < head.structure_end:
                m = self._carried_on(m, head_text)
            found.append((m, clean, first, self._region(head, m)))
        short: set[int] = set()  # short names standing alone on a line: "POLBAN", "DKK"
        for line in head.lines:
            if line.start >= head.structure_end:
                break
            span = acronym_line(line.text)
            if span is not None and set(normalise(line.text[span[0] : span[1]]).split()) <= self._document_words:
                span = None  # "NOTULA", "NOTA DINAS": the name of a kind of document, not of a unit
            if span is not None and not any(m.start <= line.start + span[0] < m.end for m, *_ in found):
                m = Mention(line.text[span[0] : span[1]], line.start + span[0], line.start + span[1])
                short.add(len(found))
                found.append((m, clean, first, self._region(head, m)))
        body_end = min(len(clean.text), head.end + BODY_MENTION_CHARS)
        body_start = head.end
        if sign is not None and clean_last is clean:
            body_end = min(body_end, sign[0])
        if body_end > body_start:
            for m in finder.find(masked[body_start:body_end]):
                found.append((_moved(m, body_start), clean, first, "mention"))
        if sign is not None:
            start, end = sign
            for m in finder.find(_unwrap_office(clean_last.text[start:end])):
                found.append((_moved(m, start), clean_last, last, "signature"))
        # short names in capitals take no part in deciding what the document is about (most are
        # no unit at all: "WBK", "TIM KERJA"); standing in its head, one may be the unit itself
        names = [i for i in range(len(found)) if i not in short]
        about = {names[i] for i in _about([found[i] for i in names])}
        about |= {i for i in short if found[i][3] != "mention"}
        seen: dict[str, NamedUnit] = {}
        letterhead = [
            (head.line_at(m.start), m.name)
            for m, cleaned, _, _ in found
            if cleaned is clean and head.line_at(m.start) < head.letterhead
        ]
        for i, (m, cleaned, page, region) in enumerate(found):
            s, e = cleaned.span(m.start, m.end)
            where = "short" if i in short else region.split(":")[0]
            line_no = head.line_at(m.start) if cleaned is clean else len(head.lines)
            # a letterhead's lower line is its upper lines' ("KEMENTERIAN HUKUM DAN HAM / KANTOR
            # WILAYAH JAWA TIMUR"): they are the context of its name
            context = tuple(name for n, name in letterhead if n < line_no) if line_no < head.letterhead else ()
            unit = NamedUnit(m.name, i in about, Fact(m.name, page.number, s, e, m.name), where, context)
            key = canon(m.name)
            if key not in seen:
                seen[key] = unit
            elif unit.about and not seen[key].about:
                seen[key] = NamedUnit(seen[key].name, True, seen[key].fact, where, seen[key].context or context)
        ordered = sorted(seen.values(), key=lambda u: (not u.about, u.fact.page, u.fact.start))
        return tuple(ordered)

    def _running_title(self, pages: list[Page]) -> Fact | None:
        """A running header or footer that names the document ("RENSTRA PPSDM APARATUR 2016 –
        2019   1"): a short line in capitals that begins with a kind of document, its page number
        left off."""
        for page in pages:
            for line in lines_of(page.text):
                text = _PAGE_NUMBER_END.sub("", line.text).strip()
                words = text.split()
                if (
                    2 <= len(words) <= 10
                    and is_upper(text)
                    and self._kinds.starts_line(text)
                    and any(c.isdigit() for c in text)
                    and not field(text)
                ):
                    return Fact(text, page.number, line.start, line.start + len(text), text)
        return None

    def _running_units(self, running: Fact) -> tuple[NamedUnit, ...]:
        """The units a running title names: by a unit word, or (its kind and years set aside) by a
        short name the profile may know ("RENSTRA PPSDM APARATUR 2016 – 2019")."""
        text = str(running.value)
        found = [(m.name, m.start, m.end, "title") for m in self.units.find(text)]
        if not found:
            kind = self._kinds.find(text, window=len(text))
            rest = text[kind[2] :] if kind else text
            name = _YEARS_AND_AFTER.sub("", rest).strip(" -\u2013,")
            if name and acronym_line(name) is not None:
                start = text.index(name)
                found.append((name, start, start + len(name), "short"))
        return tuple(
            NamedUnit(name, True, Fact(name, running.page, running.start + s, running.start + e, name), where)
            for name, s, e, where in found
        )

    def _carried_on(self, m: Mention, text: str) -> Mention:
        """A name in the letterhead, title or cover that the next line carries on ("KEDEPUTIAN
        BIDANG DUKUNGAN\nKERJA KABINET"): a short line in capitals that starts no unit, no kind
        and no field, and holds no number or address."""
        nl = text.find("\n", m.end)
        if nl < 0 or text[m.end : nl].strip():
            return m
        stop = text.find("\n", nl + 1)
        following = text[nl + 1 : stop if stop >= 0 else len(text)].strip()
        words = following.rstrip(",").split()
        if (
            not (1 <= len(words) <= 4)
            or not words[0][:1].isalpha()
            or not is_upper(following)
            or any(c.isdigit() for c in following)
            or starts_with_unit_word(following)
            or self._kinds.starts_line(following)
            or field(following)
            or normalise(words[0]) in CARRY_STOP
            or any(normalise(w) in CARRY_STOP for w in words[1:])
        ):
            return m
        start = text.index(following, nl + 1)
        return Mention(f"{m.name} {following.rstrip(',')}", m.start, start + len(following.rstrip(",")))

    @staticmethod
    def _region(head: layout.Head, m: Mention) -> str:
        """Where a mention stands: "title" (a decree's title), "lead:N" (a cover title's line N
        that begins with it), "mid:N" (inside that line), "marked" (after "di lingkungan", "pada"),
        "cover:N" (a unit line N under a cover's title), "issuer", "top" (a ministry or government
        heading a letterhead), or "mention"."""
        line = head.line_at(m.start)
        in_title = head.title is not None and head.title[0] <= m.start < head.title[1]
        if in_title and head.title_source == "subject":
            return "subject"  # a letter's subject: the units it concerns, beside its sender
        if in_title and head.subject_end is not None and m.start >= head.subject_end:
            return "mention"  # an SOP's procedure: what, not whose
        if in_title and head.title_source in ("tentang", "foreword"):
            # "SATUAN KEPATUHAN INTERNAL DI LINGKUNGAN KANTOR X": X is what the decree is for
            before = head.text[head.title[0] : m.start]  # type: ignore[index]
            return "marked" if _SUBJECT_MARKER.search(before) else "title"
        if line in head.cover and not in_title:
            return f"cover:{line:04d}"
        if in_title:
            before = head.text[head.lines[line].start : m.start] if line < len(head.lines) else ""
            if before.strip(" \t\"'(“-:,.").lower() in _STATUS_PREFIXES:
                return f"lead:{line:04d}"  # "BLUD RSUD Majenang", "UPTD Puskesmas X": the unit leads
            if _SUBJECT_MARKER.search(before):
                return "marked"
            return f"mid:{line:04d}"
        if line < head.letterhead:
            lowest = head.lowest
            if (
                lowest is not None
                and head.first_unit is not None
                and head.first_unit < lowest
                and is_top_level(head.lines[lowest].text)
                and not is_top_level(head.lines[head.first_unit].text)
            ):
                lowest = head.first_unit  # read upwards: the unit, its agency, its ministry
                if line == lowest:
                    return "issuer"
                return "top" if is_top_level(m.name) else "mention"
            if lowest is not None and line >= lowest:
                return "top" if is_top_level(m.name) else "issuer"
            return "mention"
        if any(s <= m.start < e for s, e in head.issuer):
            return "issuer"
        if any(s <= m.start < e for s, e in head.unit_fields):
            return "issuer"
        return "mention"


def _about(found: list[tuple[Mention, Cleaned, Page, str]]) -> set[int]:
    """Which mentions the document is about: what its title names (a decree's whole title; on a
    cover, the units it introduces with "di lingkungan" or "pada", else its first line that begins
    with a unit, else the first unit line under it);
    failing that, its issuer; failing that, the ministry or government at the top of its
    letterhead."""
    regions = [r for *_, r in found]
    about = {i for i, r in enumerate(regions) if r == "marked"}  # "... DI LINGKUNGAN / PADA X"
    if not about:
        about = {i for i, r in enumerate(regions) if r == "title"}
    if not about:  # a cover: the first line that begins with a unit, in the title or under it
        for prefix in ("lead:", "cover:"):
            lines = sorted({r[len(prefix) :] for r in regions if r.startswith(prefix)})
            # a government or ministry over the unit's own line places it ("Pemerintah Kabupaten
            # Jombang" / "INSPEKTORAT KABUPATEN JOMBANG")
            lower = [
                n
                for n in lines
                if not all(is_top_level(found[i][0].name) for i, r in enumerate(regions) if r == f"{prefix}{n}")
            ]
            if lines:
                line = (lower or lines)[0]
                about = {i for i, r in enumerate(regions) if r in (f"{prefix}{line}", f"mid:{line}")}
                break
    if not about:
        about = {i for i, r in enumerate(regions) if r.startswith("mid:")}
    if not about:
        about = {i for i, r in enumerate(regions) if r in ("issuer", "signature")}
    if not about:
        about = {i for i, r in enumerate(regions) if r == "top"}
    # a letter is about its sender and the units its subject names ("Hal : Rekomendasi SK Kepala
    # Kantor Imigrasi X ...")
    about |= {i for i, r in enumerate(regions) if r == "subject"}
    return about  # a parent named beside the unit places it: checker.identity sets it aside


def _signed_before_contents(clean: Cleaned, head: layout.Head) -> tuple[int, int] | None:
    """A dated signature block before the contents or the first chapter of a first page."""
    section = _NEXT_SECTION.search(clean.text, head.structure_end)
    if section is None:
        return None
    sign = layout.signature(clean.text[: section.start()])
    if sign is not None and sign[0] >= head.structure_end and layout.place_date(clean.text, *sign) is not None:
        return sign
    return None


def _unwrap(text: str) -> str:
    """A name wrapped after a word it cannot end on ("... DAN KANTOR\nPELAYANAN\nPAJAK PRATAMA
    SLEMAN", "KEPALA BADAN KEPEGAWAIAN DAN PENGEMBANGAN\nSUMBER DAYA MANUSIA") made one run of
    words; offsets are kept."""
    return _WRAPPED.sub(lambda m: m.group(0).replace("\n", " "), text)


def _unwrap_office(text: str) -> str:
    """A signatory's office wrapped over lines ("Deputi Sekretaris Kabinet Bidang Dukungan Kerja\n
    Kabinet,") made one run of words: a line joins the next when the next closes the office
    with a comma. Offsets are kept."""
    text = _unwrap(text)
    out = list(text)
    lines = text.split("\n")
    pos = 0
    for line, following in itertools.pairwise(lines):
        pos += len(line)
        if (
            following.rstrip().endswith(",")
            and line.strip()
            and not line.rstrip().endswith((",", ".", ";", ":"))
            and following.strip()[:1].isupper()
        ):
            out[pos] = " "
        pos += 1
    return "".join(out)


def _moved(m: Mention, offset: int) -> Mention:
    return Mention(m.name, m.start + offset, m.end + offset)


def _fact(value: object, clean: Cleaned, page: Page, start: int, end: int, text: str) -> Fact:
    s, e = clean.span(start, end)
    return Fact(value, page.number, s, e, text)


def _date_fact(found: dates.FoundDate, clean: Cleaned, page: Page) -> Fact:
    return _fact(found.value, clean, page, found.start, found.end, found.text)


LEAD_CHARS = 300
BODY_PAGES = 6  # the pages a rule may ask what they say
BODY_CHARS = 12000  # at most this much of their text is asked
PART_PAGES = 40  # how many pages of a file are looked at for the other documents bound in it
PART_HEAD_CHARS = 400  # how far down a page a bound document's heading may start
TITLE_BLOCK_CHARS = 60  # the longest line that may name a bound document's kind alone
HEADING_LINES = 6  # a page's first lines: the heading of the document it starts, if it starts one
_SHORT_LINE = re.compile(rf"^[^\S\n]*[^\W\d_][^\n]{{1,{TITLE_BLOCK_CHARS - 2}}}$", re.MULTILINE)
_TRAILING_YEAR = re.compile(r"\s+(?:tahun(?:\s+anggaran)?\s+)?(?:19|20)\d\d\s*$", re.IGNORECASE)
_CHAPTER = re.compile(r"^(?:bab|chapter|bagian)\s+(?:[ivxlc]+|\d+)\b", re.IGNORECASE)
_YEAR_AT_END = re.compile(r"\b(?:19|20)\d\d\W{0,3}$")
_NUMBER_OR_TENTANG = re.compile(r"^(?:nomor|no\.|number|tentang|concerning)\b", re.IGNORECASE)
_PERIOD_LINE = re.compile(r"^(?:periode|tahun|tahun\s+anggaran|ta\.?)\b[^\n]{0,20}?(?:19|20)\d\d\b", re.IGNORECASE)
_ANNEX = re.compile(r"(?:salinan\s+)?lampiran\b", re.IGNORECASE)
# what a unit's name may carry before it: its legal status ("" when nothing stands before it)
_STATUS_PREFIXES = frozenset({"", "blud", "uptd", "upt", "uptd.", "upt."})
COVER_YEAR_LINES = 3  # how far under a cover's title its year may stand (a unit's name between)
SIGNATURE_PAGES = 8
SHORT_LAST_PAGE = 400  # characters: a last page this short is an attachment, not the signed body
ANNEX_DATE_PAGES = 3  # the pages after an enactment looked at for its annex's heading
_ANNEX_DATE = re.compile(r"\blampiran\b[\s\S]{0,400}?\btanggal\b[\s:]*", re.IGNORECASE)
ENACTMENT_JOIN = 200  # how much of two pages is read together for an enactment a page break cuts  # the pages a signature block is looked for on, the last one besides
_NEXT_SECTION = re.compile(
    r"^\s*(?:daftar\s+isi|bab\s+[1iI]\b|table\s+of\s+contents|chapter\s+[1iI]\b)", re.IGNORECASE | re.MULTILINE
)
_YEARS_AND_AFTER = re.compile(r"\b(?:tahun\s+)?(?:19|20)\d\d\b.*$", re.IGNORECASE)
_PAGE_NUMBER_END = re.compile(r"(?:\s+(?:-\s*)?\d{1,3}(?:\s*-)?|\s+[ivx]{1,4})\s*$")


def _without_running_header(pages: list[Page]) -> str:
    """The first page's text with its running header blanked (offsets kept): a top line that the
    next pages repeat with another page number ("Laporan Monev ZI ... - hal. 1", "- 2 -"), that
    ends in one, or that stands in small letters over a letterhead's ministry. It would be read
    as the document's name."""
    text = pages[0].text
    tops = [lines_of(page.text, 0, min(len(page.text), RUNNING_HEADER_CHARS))[:2] for page in pages[:4]]
    if not tops[0]:
        return text
    line = tops[0][0]
    if len(line.text.split()) < 2:
        return text
    key = _DIGITS.sub("#", line.text)
    numbered = any(top and top[0].text != line.text and _DIGITS.sub("#", top[0].text) == key for top in tops[1:])
    # a line in small letters over a letterhead that opens with its ministry or government in
    # capitals: nothing of the letterhead's own stands above that line
    over_letterhead = (
        len(tops[0]) > 1
        and not is_upper(line.text)
        and is_upper(tops[0][1].text)
        and is_top_level(tops[0][1].text)
        and not is_top_level(line.text)
    )
    if not (numbered or over_letterhead or _PAGE_MARK_END.search(line.text)):
        return text
    return text[: line.start] + " " * (line.end - line.start) + text[line.end :]


RUNNING_HEADER_CHARS = 300
_DIGITS = re.compile(r"\d+")
# a line's page mark: "hal. 1", "Halaman 2 dari 9", "Page 3 of 10", "- 4 -"
_PAGE_MARK_END = re.compile(
    r"(?i)(?:\b(?:hal(?:aman)?|page)\.?\s*\d{1,3}(?:\s*(?:dari|of|/)\s*\d{1,3})?|-\s*\d{1,3}\s*-)\s*$"
)


def _body(pages: list[Page]) -> str:
    """What a document's first pages say (its tables, headings and prose; not the laws it
    cites), for the rules that ask what a document contains (a PK's "Nilai Pembangunan Zona
    Integritas", a code's "PENGHARGAAN DAN SANKSI"): normalised line by line, capped."""
    out: list[str] = []
    size = 0
    for page in pages[:BODY_PAGES]:
        # one pass over the page folds what ``normalise`` folds, the line breaks kept
        for line in _NOT_WORD_OR_BREAK.sub(" ", without_citations(page.text).lower()).split("\n"):
            words = line.strip()
            if len(words) > 2 and not words.replace(" ", "").isdigit():
                out.append(words)
                size += len(words) + 1
                if size >= BODY_CHARS:
                    return "\n".join(out)
    return "\n".join(out)


_NOT_WORD_OR_BREAK = re.compile(r"(?:[^\w\n]|_)+")


def _blank(text: str, offset: int) -> str:
    """The page with what comes before ``offset`` blanked (offsets kept)."""
    return re.sub(r"[^\n]", " ", text[:offset]) + text[offset:]


def _same_document(a: Facts, b: Facts) -> bool:
    """Two headings of one document: the same kind and number, or most of the same title."""
    if a.kind != b.kind:
        return False
    if a.number is not None and b.number is not None:
        return normalise(str(a.number.value)) == normalise(str(b.number.value))
    if a.title is None or b.title is None:
        return True
    x, y = set(normalise(a.title.text).split()), set(normalise(b.title.text).split())
    return len(x & y) >= 0.6 * min(len(x), len(y))


def _lead(page: Page) -> Fact:
    """The opening words of a page (the quote for a document with no title)."""
    text = collapse(page.text[: LEAD_CHARS * 2])[:LEAD_CHARS]
    return Fact(text, page.number, 0, min(len(page.text), LEAD_CHARS * 2), text)


def _valid_until(pages: list[Page]) -> Fact | None:
    for page in pages[:3]:  # the decision's articles: first pages, before the annexes
        found = dates.valid_until(without_citations(page.text))
        if found is not None:
            year, start, end, words = found
            return Fact(year, page.number, start, end, collapse(words))
    return None


def _period(
    title: Fact | None, date: Fact | None, signed_year: int | None, number: Fact | None, stated: Fact | None = None
) -> tuple[Period | None, Fact | None, str | None]:
    """The period the document is about, the fact it rests on, and which fact that is."""
    if title is not None:
        masked = without_citations(str(title.value))
        ranges = numbers.find_periods(masked)
        fiscal = dates.fiscal_year(masked)
        if ranges and fiscal is not None and ranges[0].value[0] <= fiscal[0] <= ranges[0].value[1]:  # type: ignore[index]
            # "... Periode 2018-2022 Tahun Anggaran 2020": the year's document of the term
            return Period(fiscal[0], fiscal[0]), title, "title_year"
        if ranges:
            span: tuple[int, int] = ranges[0].value  # type: ignore[assignment]
            return Period(*span), title, "title_range"
        named = {int(m.group("year")) for m in _TAHUN_YEAR.finditer(masked)}
        if len(named) == 1:  # "... TAHUN 2024 (PELAPORAN HARTA PER 31 DESEMBER 2023)": the year it names
            year = named.pop()
            return Period(year, year), title, "title_year"
        years = sorted(
            {int(y.value) for y in numbers.find_years(masked)}  # type: ignore[call-overload]
            | {d.year for d in dates.find_all(masked)}
        )  # "Periode 01/01/2024 - 31/12/2024"
        if years:
            return Period(years[0], years[-1]), title, "title_year"
    if stated is not None:
        year = int(stated.value)  # type: ignore[call-overload]
        return Period(year, year), stated, "field"
    if signed_year is not None:
        return Period(signed_year, signed_year), date, "date"
    if number is not None:
        number_year = numbers.number_year(str(number.value))
        if number_year:
            return Period(number_year, number_year), number, "number"
    return None, None, None


_TAHUN_YEAR = re.compile(
    r"\btahun\s+(?P<year>(?:19|20)\d{2})\b(?!\s*(?:-|\u2013|s\.?\s?d|sampai|hingga|/))", re.IGNORECASE
)


def _years(period: Period | None, signed_year: int | None, number: Fact | None) -> tuple[int, ...]:
    years: set[int] = set()
    if period is not None and period.end - period.start <= 10:
        years.update(range(period.start, period.end + 1))
    if signed_year is not None:
        years.add(signed_year)
    if number is not None and (year := numbers.number_year(str(number.value))):
        years.add(year)
    return tuple(sorted(years))
