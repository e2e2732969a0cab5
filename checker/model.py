"""The types that cross layers: files, pages, facts, rules, findings.

Everything here is a frozen dataclass; collections are tuples. No layer changes what another
produced: derive with ``dataclasses.replace``. Pages are 1-based (as in pdfplumber); character
spans are 0-based and half-open, into the text of their page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from checker.match import Subject


class DocStatus(StrEnum):
    """What extraction made of a file (the contract's document statuses)."""

    OK = "ok"
    EMPTY = "empty"
    ENCRYPTED = "encrypted"
    CORRUPT = "corrupt"
    UNSUPPORTED = "unsupported"
    TOO_LARGE = "too_large"
    TIMEOUT = "timeout"


class TextSource(StrEnum):
    TEXT = "text"
    OCR = "ocr"


class ReqStatus(StrEnum):
    """A requirement's verdict (the contract's requirement statuses), best first."""

    MET = "met"
    PARTIAL = "partial"  # evidence supports a lower, non-zero answer only
    WRONG_YEAR = "wrong_year"
    WRONG_UNIT = "wrong_unit"
    UNREADABLE = "unreadable"
    MISSING = "missing"

    @property
    def rank(self) -> int:
        """0 for met; larger is further from met."""
        return list(ReqStatus).index(self)


# --- discover -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SourceFile:
    """A file found under the scanned folder. ``path`` is relative to it, with ``/``."""

    path: str
    abspath: Path
    size: int
    mtime_ns: int
    sha256: str = ""  # filled by the scan (from the cache when the file is unchanged)
    inode: int = 0

    @property
    def format(self) -> str:
        """The file's suffix, lower case, without the dot ("" when it has none)."""
        name = self.path.rsplit("/", 1)[-1]
        return name.rsplit(".", 1)[-1].lower() if "." in name.strip(".") else ""


@dataclass(frozen=True, slots=True)
class FolderWarning:
    """Something about the folder itself worth telling (a link out, an unreadable folder)."""

    path: str
    reason: str


# --- extract --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Page:
    number: int
    text: str
    source: TextSource = TextSource.TEXT


@dataclass(frozen=True, slots=True)
class Extraction:
    """The text of one file, page by page, or the reason there is none."""

    status: DocStatus
    pages: tuple[Page, ...] = ()
    error: str | None = None
    page_count: int = 0
    # where the text came from, kept when the pages are not (a cached file whose facts are known)
    source: TextSource | None = None

    @property
    def text_source(self) -> TextSource | None:
        sources = {p.source for p in self.pages if p.text.strip()}
        if not sources:
            return self.source
        return TextSource.OCR if TextSource.OCR in sources else TextSource.TEXT


# --- analyse --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Fact:
    """One thing found in a document, with where it was found.

    ``text`` is the words it came from; ``start``/``end`` index ``text`` of page ``page``.
    """

    value: object
    page: int
    start: int
    end: int
    text: str


class UnitRole(StrEnum):
    SELF = "self"  # the unit under evaluation (its name or an alias)
    PARENT = "parent"  # an institution of its chain of parents
    OTHER = "other"  # any other unit
    UNKNOWN = "unknown"  # a name cut short that says neither


@dataclass(frozen=True, slots=True)
class NamedUnit:
    """A unit name as a document writes it (analysis knows no profile: whose it is, is decided by
    :mod:`checker.identity`)."""

    name: str
    about: bool  # the document is issued for / reports on this unit (not a passing mention)
    fact: Fact
    where: str = "mention"  # title, marked, issuer, cover, lead, mid, top, signature, short, mention
    context: tuple[str, ...] = ()  # the names above it in its letterhead


@dataclass(frozen=True, slots=True)
class UnitMention:
    """A unit name with its role for a profile."""

    name: str
    role: UnitRole
    about: bool
    fact: Fact


@dataclass(frozen=True, slots=True)
class Period:
    """Years the document is about, inclusive."""

    start: int
    end: int

    def covers(self, year: int) -> bool:
        return self.start <= year <= self.end

    def __str__(self) -> str:
        return str(self.start) if self.start == self.end else f"{self.start}-{self.end}"


@dataclass(frozen=True, slots=True)
class Facts:
    """What the analysis layer found in one document."""

    kind: str | None = None
    kind_fact: Fact | None = None
    title: Fact | None = None
    number: Fact | None = None
    date: Fact | None = None  # value: datetime.date of enactment or signature
    date_precision: str = "day"  # "month" when the document gives only month and year (its 1st day)
    impossible_date: Fact | None = None  # a date the calendar does not have ("31 Juni 2021")
    period: Period | None = None  # the period the document is about
    period_fact: Fact | None = None
    # what the period rests on: "title_range", "title_year", "date", "number" or "field"
    period_basis: str | None = None
    # a record of an event (minutes) is about when it happened, and also about what its title
    # names ("NOTULEN RAPAT PENYUSUNAN PERJANJIAN KINERJA TAHUN 2021", held in December 2020)
    title_period: Period | None = None
    years: tuple[int, ...] = ()
    valid_until: Fact | None = None  # value: the last year the document says it is in force
    # numbers of the documents this one amends or revokes ("PERUBAHAN ATAS KEPUTUSAN ... NOMOR X")
    amends: tuple[str, ...] = ()
    units: tuple[NamedUnit, ...] = ()
    head: str = ""  # normalised head text, where subjects are looked for when there is no title
    place: str | None = None  # the regency, city or university its letterhead sets it in
    lead: Fact | None = None  # the opening words of its first page, quoted when it has no title
    # the pack's questions about what its first pages say that they answer yes (``Question.key``)
    says: tuple[str, ...] = ()
    aliases: tuple[tuple[str, str], ...] = ()  # (short, full) names it defines: "Balai PATP"
    parts: tuple[Part, ...] = ()  # the other documents bound in the same file, after this one
    signed: bool = True  # a signature block was found (a signatory's line, "ttd", an e-signature)
    placeholders: tuple[Fact, ...] = ()  # template text left in: "[nama unit]", "xxx", ".../.../2018"

    @property
    def subject_text(self) -> str:
        """What a condition's subject is tested on: the title, or the head of a document without one."""
        return self.title.text if self.title is not None else self.head

    @property
    def enacted(self) -> dt.date | None:
        return self.date.value if self.date else None  # type: ignore[return-value]

    @property
    def day(self) -> dt.date | None:
        """The date when the document gives its day (a month and year alone is no day)."""
        return self.enacted if self.date_precision == "day" else None

    @property
    def date_shown(self) -> str | None:
        """The date as precisely as the document gives it: "2021-03-15", or "2021-11"."""
        if self.enacted is None:
            return None
        return self.enacted.isoformat()[:7] if self.date_precision == "month" else self.enacted.isoformat()


@dataclass(frozen=True, slots=True)
class Part:
    """A document bound in a file after its first: from page ``page`` on, with its own facts."""

    page: int
    facts: Facts


@dataclass(frozen=True, slots=True)
class Document:
    source: SourceFile
    extraction: Extraction
    facts: Facts = field(default_factory=Facts)

    @property
    def path(self) -> str:
        return self.source.path

    @property
    def readable(self) -> bool:
        return self.extraction.status is DocStatus.OK


# --- rules ----------------------------------------------------------------------------------


class UnitScope(StrEnum):
    SELF = "self"
    SELF_OR_PARENT = "self_or_parent"
    ANY = "any"


class PeriodScope(StrEnum):
    YEAR = "year"
    PREVIOUS_YEAR = "previous_year"
    COVERING_YEAR = "covering_year"
    YEAR_OR_EARLIER = "year_or_earlier"
    IN_FORCE = "in_force"  # year_or_earlier, and a year or term named in the title covers the year
    ANY = "any"


@dataclass(frozen=True, slots=True)
class Condition:
    kinds: tuple[str, ...]
    subject: Subject
    unit: UnitScope = UnitScope.SELF
    period: PeriodScope = PeriodScope.YEAR
    min_count: int = 1
    mentions: Subject | None = None  # what its text must say beyond the title
    # the same number for conditions written once and used twice (a YAML anchor), for the lint
    written: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class AnyOf:
    parts: tuple[Condition | AnyOf | AllOf, ...]


@dataclass(frozen=True, slots=True)
class AllOf:
    parts: tuple[Condition | AnyOf | AllOf, ...]


EvidenceSpec = Condition | AnyOf | AllOf


def conditions(spec: EvidenceSpec) -> Iterator[Condition]:
    """Every condition of an evidence spec, in the order written."""
    if isinstance(spec, Condition):
        yield spec
    else:
        for part in spec.parts:
            yield from conditions(part)


@dataclass(frozen=True, slots=True)
class Question:
    """What a rule asks a document's text to say (a condition's ``mentions``), asked of the
    documents of its kinds when they are analysed: the answer is a fact, kept in the cache."""

    subject: Subject
    # who asks it: the kinds and the title's subject of each condition that does (only a document
    # that could be that condition's candidate is asked)
    askers: tuple[tuple[frozenset[str], Subject], ...]

    @property
    def key(self) -> str:
        return self.subject.key

    def asked_of(self, kind: str | None, subject_text: str) -> bool:
        return any(kind in kinds and about.test(subject_text) is not None for kinds, about in self.askers)


@dataclass(frozen=True, slots=True)
class Text:
    """A text in the report languages."""

    id: str
    en: str

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.id


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    area: str
    lke: str
    soal: int
    weight: float
    answer: str
    question: str
    title: Text
    hint: Text | None
    evidence: EvidenceSpec
    source: str  # the file the rule came from, for error messages
    # its answer type's options, best first, with the share of the weight each scores (the pack's
    # ``answer_types``); none for a number the documents measure
    options: tuple[Option, ...] = ()
    # what each lower option needs, best first (the best one needs ``evidence``)
    answers: tuple[tuple[str, EvidenceSpec], ...] = ()
    number: str | None = None  # for a number: what it is ("Jumlah", "0-4")

    @property
    def option_keys(self) -> tuple[str, ...]:
        return tuple(o.key for o in self.options) if self.options else ((self.number,) if self.number else ())

    def value_of(self, key: str | None) -> float:
        return next((o.value for o in self.options if o.key == key), 0.0)


@dataclass(frozen=True, slots=True)
class AnswerType:
    """A kind of answer a pack's questions take: options best first, or a number."""

    options: tuple[Option, ...] = ()
    number: str | None = None


@dataclass(frozen=True, slots=True)
class Option:
    """One answer of a question and the share of its weight it scores (A = 1, B = 0.67, ...)."""

    key: str
    value: float


@dataclass(frozen=True, slots=True)
class Area:
    code: str
    title: Text


@dataclass(frozen=True, slots=True)
class Kind:
    name: str
    label: Text
    phrases: tuple[str, ...]
    period_from: str = "title"  # "date": a record of an event is about when it happened
    generic: bool = False  # names a document only in general: a kind of its family named after it wins
    family: str | None = None  # the kind this one is a kind of
    # what a document of this kind needs to stand as evidence before an evaluator: any of
    # "number", "date", "signature" (a decree is a draft until numbered, dated and signed)
    formal: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Target:
    """What a predicate needs: a minimum total, and a minimum share of every area's weight."""

    name: str
    total_min: float
    area_min_share: float


@dataclass(frozen=True, slots=True)
class Formula:
    """One scored item of an indicator whose questions are counts: ``ratio`` (the sum of
    ``over`` over the sum of ``under``), ``decrease`` (how much ``under`` fell to ``over``, as a
    share of ``under``), or a question's own option value (``option``); each capped at 1."""

    kind: str  # ratio, decrease, option
    over: tuple[str, ...]  # rule ids
    under: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Scoring:
    total_label: Text
    total_max: float
    exclude_areas: tuple[str, ...]
    targets: tuple[Target, ...]
    note: Text | None = None
    supported_note: Text | None = None  # what the score of the supported answers counts
    # indicator position -> its items, for indicators scored from counts (the Reform's)
    formulas: dict[str, tuple[Formula, ...]] = field(default_factory=dict)
    # rule id -> the top of its scale, for results given as a score (a survey's 0-4): value = score / top
    scales: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class RulePack:
    id: str
    title: Text
    regulation: str
    areas: tuple[Area, ...]
    kinds: tuple[Kind, ...]
    rules: tuple[Rule, ...]
    path: str
    terms: dict[str, tuple[str, ...]] = field(default_factory=dict)  # term set -> its phrases
    conditions: dict[str, EvidenceSpec] = field(default_factory=dict)  # named conditions (``use:``)
    scoring: Scoring | None = None
    catalog: str | None = None  # the question tree to check coverage against (a JSON file)
    own_rules: frozenset[str] = frozenset()  # rules defined by this pack, not inherited
    questions: tuple[Question, ...] = ()  # what its conditions ask documents' texts to say
    answer_types: dict[str, AnswerType] = field(default_factory=dict)
    # the regulation's own words for what the reports show: "position" ("Posisi LKE"), "number"
    # ("No. soal"), "question" ("Pertanyaan LKE"); a pack without them gets plain words
    labels: dict[str, Text] = field(default_factory=dict)


# --- findings -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Evidence:
    """A document that satisfied a requirement: where, and the words."""

    path: str
    page: int | None
    quote: str


@dataclass(frozen=True, slots=True)
class Problem:
    """A near miss: a candidate that did not satisfy the requirement, and why.

    ``reason`` is a code the report layer words in the report language; ``params`` fill it.
    """

    path: str
    status: ReqStatus
    reason: str
    params: tuple[tuple[str, str], ...] = ()
    page: int | None = None

    def param(self, key: str) -> str:
        return dict(self.params).get(key, "")


@dataclass(frozen=True, slots=True)
class Doubt:
    """Something in a document a person should check by eye (``impossible_date``, ``suspect_year``),
    with the page and the words."""

    code: str
    page: int
    quote: str


@dataclass(frozen=True, slots=True)
class RequirementResult:
    rule: Rule
    status: ReqStatus
    evidence: tuple[Evidence, ...] = ()
    problems: tuple[Problem, ...] = ()
    needed: int = 1  # documents needed (min_count), for the message
    found: int = 0  # documents that satisfied it
    supported: str | None = None  # the best answer the documents support (None: a number they cannot give)

    @property
    def next_option(self) -> str | None:
        """The option above the supported one: what the problems of a partial answer explain."""
        keys = self.rule.option_keys
        if self.supported not in keys or keys.index(self.supported) == 0:
            return None
        return keys[keys.index(self.supported) - 1]


@dataclass(frozen=True, slots=True)
class Profile:
    unit: str
    year: int
    aliases: tuple[str, ...] = ()
    parents: tuple[str, ...] = ()  # the institutions above the unit, nearest first
    target: str = "wbk"
    sub_units: tuple[str, ...] = ()  # the parts the unit is made of, whose documents are its own

    @property
    def parent(self) -> str | None:
        """The nearest institution above the unit (the contract's ``parent``)."""
        return self.parents[0] if self.parents else None


# --- the unit's worksheet -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class WorksheetRow:
    """One question of the unit's own worksheet, as the unit filled it."""

    rule_id: str
    row: int  # the row of the sheet (1-based), for the person who opens it
    answer: str = ""  # as written ("Ya", "b", "A. Jika ...", "12")
    note: str = ""
    references: tuple[str, ...] = ()  # paths, folders or URLs, as written
    evaluator_answer: str = ""  # the evaluators' answer, where the sheet has a column for it
    evaluator_note: str = ""


@dataclass(frozen=True, slots=True)
class Worksheet:
    path: Path
    layout: str  # the reader that recognised it ("lke_form", "portalrb")
    sheet: str  # the sheet read (the file's name for a CSV)
    rows: tuple[WorksheetRow, ...]
    header_row: int = 0  # the row of its column headers (0: none found, the known positions were used)

    def row_of(self, rule_id: str) -> WorksheetRow | None:
        return next((r for r in self.rows if r.rule_id == rule_id), None)


@dataclass(frozen=True, slots=True)
class ClaimFinding:
    """What is wrong with a claim (a code of the contract); ``params`` fill its sentence."""

    code: str
    params: tuple[tuple[str, str], ...] = ()

    def param(self, key: str) -> str:
        return dict(self.params).get(key, "")


@dataclass(frozen=True, slots=True)
class Claim:
    """A worksheet's answer to one requirement, checked against the evidence."""

    answer: str | None  # the option claimed (one of the rule's keys), None when absent or invalid
    written: str  # the answer as written
    references: tuple[str, ...]
    resolved: tuple[str, ...]  # the references found in PATH, as paths relative to it
    row: int | None
    findings: tuple[ClaimFinding, ...] = ()


# --- where documents are filed, and what an evaluator would object to ------------------------


@dataclass(frozen=True, slots=True)
class Misfiled:
    filed_under: tuple[str, ...]
    proves: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Formality:
    """An evaluator's likely objection to a document as evidence (advice: no status changes)."""

    code: str  # draft_format, no_number, no_date, unsigned, placeholder
    page: int | None = None
    quote: str = ""


@dataclass(frozen=True, slots=True)
class Report:
    profile: Profile
    pack: RulePack
    results: tuple[RequirementResult, ...]
    documents: tuple[Document, ...]
    warnings: tuple[FolderWarning, ...]
    generated_at: dt.datetime
    tool_version: str
    score: object | None = None  # checker.score.Score: the score upper bound, when the pack has scoring
    read: int = 0  # files extracted in this scan
    from_cache: int = 0  # files whose text came from the cache
    # the scanned folder (absolute): the HTML and XLSX reports link to the files relative to it;
    # never written into report.json
    root: Path | None = None
    # checker.report.baseline.Changes: what changed since a previous report (--baseline), or None
    changes: object | None = None
    doubts: dict[str, tuple[Doubt, ...]] = field(default_factory=dict)  # path -> what to check by eye
    worksheet: Worksheet | None = None  # the unit's own worksheet, when one was given
    claims: dict[str, Claim] = field(default_factory=dict)  # rule id -> its checked claim
    filed_under: dict[str, tuple[str, ...]] = field(default_factory=dict)  # path -> requirement ids
    misfiled: dict[str, Misfiled] = field(default_factory=dict)  # path -> where it belongs
    formality: dict[str, tuple[Formality, ...]] = field(default_factory=dict)  # path -> objections
