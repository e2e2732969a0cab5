"""The rule engine: rules against facts, to a verdict per requirement.

Generic by design: it knows document kinds, subjects, units and periods as the rule pack names
them, and nothing of any regulation. A verdict always says why: the evidence that satisfied a
requirement, or the near misses that explain a gap.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from checker.analyse.text import collapse, number_key
from checker.identity import Identity
from checker.match import Subject
from checker.model import (
    AllOf,
    AnyOf,
    Condition,
    Document,
    Doubt,
    Evidence,
    EvidenceSpec,
    Fact,
    Period,
    PeriodScope,
    Problem,
    Profile,
    ReqStatus,
    RequirementResult,
    Rule,
    TextSource,
    UnitMention,
    UnitRole,
    UnitScope,
    conditions,
)

QUOTE_MAX = 300
# a year read by OCR this far after the evaluation year is more likely a misread ("2023" as "2028")
# than a plan made years ahead; a text layer's years are taken as written
OCR_YEARS_AHEAD = 1


@dataclass
class _Outcome:
    status: ReqStatus
    evidence: list[Evidence] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    needed: int = 1
    found: int = 0


@dataclass(frozen=True, slots=True)
class _Context:
    """What every condition of one evaluation shares: the profile, the documents' units resolved
    against it, and which documents another supersedes."""

    profile: Profile
    units: dict[int, tuple[UnitMention, ...]]  # by id() of the document (a bound part shares its path)
    superseded: dict[str, str]
    dating: dict[int, Dating]
    readable: tuple[tuple[Document, str], ...] = ()  # the readable documents and the text a subject tests
    unreadable: tuple[Document, ...] = ()  # the others, known by their names
    # subject key -> the readable documents it matches: the conditions of a rule's lower answers
    # mostly test the same subject as its best answer's
    matching: dict[str, tuple[Document, ...]] = field(default_factory=dict)

    def candidates(self, subject: Subject) -> tuple[Document, ...]:
        found = self.matching.get(subject.key)
        if found is None:
            found = self.matching[subject.key] = tuple(d for d, text in self.readable if subject.test(text) is not None)
        return found


@dataclass(frozen=True, slots=True)
class Dating:
    """When a document is about, as the engine trusts it for an evaluation year: its facts, unless
    OCR read a year implausibly far ahead, when its other years speak for it."""

    period: Period | None
    basis: str | None
    fact: Fact | None
    enacted_year: int | None
    suspect: Fact | None = None  # the words of the year not trusted


def dating(doc: Document, year: int) -> Dating:
    facts = doc.facts
    enacted = facts.enacted.year if facts.enacted is not None else None
    trusted = Dating(facts.period, facts.period_basis, facts.period_fact, enacted)
    if doc.extraction.text_source is not TextSource.OCR:
        return trusted
    latest = year + OCR_YEARS_AHEAD
    enacted_suspect = enacted is not None and enacted > latest
    period_suspect = facts.period is not None and facts.period.start > latest
    if not (enacted_suspect or period_suspect):
        return trusted
    suspect = (facts.period_fact if period_suspect else facts.date) or facts.date
    plausible = [y for y in facts.years if y <= latest]
    if enacted_suspect:
        enacted = None
    if not period_suspect:
        return Dating(facts.period, facts.period_basis, facts.period_fact, enacted, suspect)
    if enacted is not None:
        return Dating(Period(enacted, enacted), "date", facts.date, enacted, suspect)
    if plausible:
        other = max(plausible)
        return Dating(Period(other, other), "", facts.number or facts.period_fact, enacted, suspect)
    return Dating(None, facts.period_basis, facts.period_fact, enacted, suspect)


def doubts(doc: Document, year: int) -> tuple[Doubt, ...]:
    """What a reader should check by eye in a document's dates: a day the calendar does not
    have, a year OCR read implausibly far after the evaluation year."""
    found = []
    if doc.facts.impossible_date is not None:
        fact = doc.facts.impossible_date
        found.append(Doubt("impossible_date", fact.page, fact.text))
    suspect = dating(doc, year).suspect
    if suspect is not None:
        found.append(Doubt("suspect_year", suspect.page, suspect.text))
    return tuple(found)


def evaluate(
    rules: tuple[Rule, ...], documents: tuple[Document, ...], profile: Profile
) -> tuple[RequirementResult, ...]:
    # a file that binds several documents is judged as each of them (the same path, its own page)
    documents = tuple(d for doc in documents for d in (doc, *bound_in(doc)))
    identity = Identity(profile, [d.facts for d in documents if d.readable])
    context = _Context(
        profile,
        {id(d): identity.units(d.facts) for d in documents},
        superseded_by(documents),
        {id(d): dating(d, profile.year) for d in documents if d.readable},
        tuple((d, d.facts.subject_text) for d in documents if d.readable),
        tuple(d for d in documents if not d.readable),
    )
    return tuple(_answered(rule, documents, context) for rule in rules)


def _answered(rule: Rule, documents: tuple[Document, ...], context: _Context) -> RequirementResult:
    """A rule's verdict and the best answer its documents support: its best option when its
    evidence is met, else the first lower option whose evidence is (``partial`` when that option
    scores), else its lowest option."""
    outcome = _judge(rule.evidence, documents, context)
    keys = rule.option_keys
    supported = keys[0] if rule.options and outcome.status is ReqStatus.MET else None
    status, shown, above = outcome.status, outcome, outcome
    if rule.options and supported is None:
        supported = keys[-1]
        missed = [outcome]
        for key, spec in rule.answers:
            lower = _judge(spec, documents, context)
            if lower.status is ReqStatus.MET:
                supported = key
                if rule.value_of(key) > 0:
                    # the evidence of the answer found; the near misses of the one above it
                    status = ReqStatus.PARTIAL
                    shown = _Outcome(status, lower.evidence, above.problems, above.needed, above.found)
                break
            above = lower
            missed.append(lower)
        else:
            # no option is met: the closest miss of any option says why (last year's decree, where
            # the best answer also needs a report of its work, is still last year's)
            closest = min(missed, key=lambda o: o.status.rank)
            if closest is not outcome:
                status = closest.status
                shown = _Outcome(status, [], [*closest.problems, *outcome.problems], outcome.needed, outcome.found)
    evidence_paths = {e.path for e in shown.evidence}
    # beside a partial answer, "2 of the 3 needed" is said of the documents that support it
    problems = _unique(
        p
        for p in shown.problems
        if p.path not in evidence_paths or (status is ReqStatus.PARTIAL and p.reason == "too_few")
    )
    return RequirementResult(
        rule=rule,
        status=status,
        evidence=tuple(_unique(shown.evidence)),
        problems=tuple(problems),
        needed=shown.needed,
        found=shown.found,
        supported=supported,
    )


def bound_in(doc: Document) -> tuple[Document, ...]:
    """The documents bound in a file after its first, each as a document of its own."""
    return tuple(Document(doc.source, doc.extraction, part.facts) for part in doc.facts.parts)


def _unique(items):
    return list(dict.fromkeys(items))


def superseded_by(documents: tuple[Document, ...]) -> dict[str, str]:
    """path -> path of the readable document that amends or revokes it (by its number)."""
    by_number: dict[str, list[Document]] = {}
    for doc in documents:
        if doc.readable and doc.facts.number is not None:
            by_number.setdefault(number_key(str(doc.facts.number.value)), []).append(doc)
    superseded: dict[str, str] = {}
    for newer in documents:
        for number in newer.facts.amends if newer.readable else ():
            for older in by_number.get(number, ()):
                if older.path != newer.path:
                    superseded[older.path] = newer.path
    return superseded


def _judge(spec: EvidenceSpec, documents: tuple[Document, ...], context: _Context) -> _Outcome:
    if isinstance(spec, Condition):
        return _judge_condition(spec, documents, context)
    parts = [_judge(part, documents, context) for part in spec.parts]
    problems = [p for part in parts for p in part.problems]
    if isinstance(spec, AnyOf):
        # a document of a kind that another alternative accepts is not of "another kind"
        accepted = _kinds_of(spec)
        problems = [p for p in problems if not (p.reason == "other_kind" and p.param("kind") in accepted)]
        best = min(parts, key=lambda o: o.status.rank)
        if best.status is ReqStatus.MET:
            evidence = [e for part in parts if part.status is ReqStatus.MET for e in part.evidence]
            return _Outcome(ReqStatus.MET, evidence, problems, best.needed, best.found)
        return _Outcome(best.status, [], problems, best.needed, best.found)
    assert isinstance(spec, AllOf)
    worst = max(parts, key=lambda o: o.status.rank)
    if worst.status is ReqStatus.MET:
        evidence = [e for part in parts for e in part.evidence]
        return _Outcome(ReqStatus.MET, evidence, problems, sum(p.needed for p in parts), sum(p.found for p in parts))
    return _Outcome(worst.status, [], problems, sum(p.needed for p in parts), sum(p.found for p in parts))


def _kinds_of(spec: EvidenceSpec) -> set[str]:
    return {kind for cond in conditions(spec) for kind in cond.kinds}


def _judge_condition(cond: Condition, documents: tuple[Document, ...], context: _Context) -> _Outcome:
    superseded = context.superseded
    good: list[Document] = []
    problems: list[Problem] = []
    subject = cond.subject
    for doc in context.candidates(subject):
        if doc.path in superseded:  # the amending or revoking document speaks for it now
            problems.append(
                Problem(doc.path, ReqStatus.MISSING, "superseded", (("by", superseded[doc.path]),), _page(doc))
            )
            continue
        if doc.facts.kind not in cond.kinds:
            problems.append(
                Problem(doc.path, ReqStatus.MISSING, "other_kind", (("kind", doc.facts.kind or ""),), _page(doc))
            )
            continue
        problem = (
            mention_problem(doc, cond.mentions)  # what it says decides whether it is a candidate
            or unit_problem(doc, context.units[id(doc)], cond.unit)
            or period_problem(doc, cond.period, context.profile.year, context.dating[id(doc)])
        )
        if problem is None:
            good.append(doc)
        else:
            problems.append(problem)
    needed = cond.min_count
    evidence = [_evidence(doc) for doc in good]
    if len(good) >= needed:
        # beside a verdict of met, only candidates of the right kind are worth a look
        near = [p for p in problems if p.status is not ReqStatus.MISSING]
        return _Outcome(ReqStatus.MET, evidence, near, needed, len(good))
    # fewer than needed: what was found is a near miss, not evidence
    problems = [
        Problem(
            doc.path, ReqStatus.MISSING, "too_few", (("found", str(len(good))), ("needed", str(needed))), _page(doc)
        )
        for doc in good
    ] + problems
    statuses = {p.status for p in problems}
    for status in (ReqStatus.WRONG_YEAR, ReqStatus.WRONG_UNIT):
        if status in statuses:
            return _Outcome(status, [], problems, needed, len(good))
    unreadable = [
        Problem(
            doc.path,
            ReqStatus.UNREADABLE,
            "unreadable",
            (("status", doc.extraction.status.value), ("error", doc.extraction.error or "")),
        )
        for doc in context.unreadable
        if (doc.facts.kind is None or doc.facts.kind in cond.kinds) and _path_matches(doc.path, cond.subject)
    ]
    if unreadable:
        return _Outcome(ReqStatus.UNREADABLE, [], problems + unreadable, needed, len(good))
    return _Outcome(ReqStatus.MISSING, [], problems, needed, len(good))


def _path_matches(path: str, subject: Subject) -> bool:
    return subject.test(path.rsplit(".", 1)[0]) is not None


def mention_problem(doc: Document, mentions: Subject | None) -> Problem | None:
    """A candidate whose text does not say what the condition needs it to (a PK without the ZI
    score among its targets)."""
    if mentions is None or mentions.key in doc.facts.says:  # analysis asked it of the text
        return None
    words = " + ".join(dict.fromkeys(g.phrases[0].text for g in mentions.groups() if g.phrases))
    return Problem(doc.path, ReqStatus.MISSING, "not_mentioned", (("words", words),), _page(doc))


def unit_problem(doc: Document, units: tuple[UnitMention, ...], scope: UnitScope) -> Problem | None:
    if scope is UnitScope.ANY:
        return None
    accepted = {UnitRole.SELF} if scope is UnitScope.SELF else {UnitRole.SELF, UnitRole.PARENT}
    known = [u for u in units if u.role is not UnitRole.UNKNOWN]
    about = [u for u in known if u.about]
    named = about or known  # no unit in the head or signature: any mention decides
    if any(u.role in accepted for u in named):
        return None
    others = [u for u in named if u.role is UnitRole.OTHER]
    if not others:
        return Problem(doc.path, ReqStatus.WRONG_UNIT, "no_unit", (), _page(doc))
    names = "; ".join(dict.fromkeys(u.name for u in others[:3]))
    return Problem(doc.path, ReqStatus.WRONG_UNIT, "other_unit", (("units", names),), others[0].fact.page)


def period_problem(doc: Document, scope: PeriodScope, year: int, when: Dating | None = None) -> Problem | None:
    if scope is PeriodScope.ANY:
        return None
    facts = doc.facts
    when = when or dating(doc, year)
    period = when.period
    page = when.fact.page if when.fact is not None else _page(doc)
    if period is None and when.suspect is not None:
        return Problem(
            doc.path,
            ReqStatus.WRONG_YEAR,
            "suspect_year",
            (("found", when.suspect.text), ("year", str(year))),
            when.suspect.page,
        )
    if period is None:
        return Problem(doc.path, ReqStatus.WRONG_YEAR, "no_year", (("year", str(year)),), _page(doc))
    shown = when.fact.text if when.basis == "date" and when.fact else str(period)
    found = (("found", shown), ("year", str(year)), ("basis", when.basis or ""))
    periods = (period, facts.title_period) if facts.title_period is not None else (period,)
    if scope is PeriodScope.YEAR:
        ok = any(p.start == p.end == year for p in periods)
        expected = str(year)
    elif scope is PeriodScope.PREVIOUS_YEAR:
        ok = any(p.start == p.end == year - 1 for p in periods)
        expected = str(year - 1)
    elif scope is PeriodScope.COVERING_YEAR:
        ok = any(p.covers(year) for p in periods)
        expected = str(year)
    else:  # in force in the year: enacted then or before, and not an expired term
        enacted = when.enacted_year if when.enacted_year is not None else period.start
        # a term in the title ("RENSTRA 2015-2019") ends; a single year there may be only when it
        # was made ("PETA PROSES BISNIS TAHUN 2019"), which a standing document outlives, unless
        # the rule asks for a document in force for the year ("TIM ... TAHUN 2020" is not)
        named = ("title_range", "title_year") if scope is PeriodScope.IN_FORCE else ("title_range",)
        expired = when.basis in named and period.end < year
        ok = enacted <= year and not expired
        expected = f"<= {year}"
    if ok and facts.valid_until is not None and scope is not PeriodScope.PREVIOUS_YEAR:
        until = int(facts.valid_until.value)  # type: ignore[call-overload]
        if until < year:
            return Problem(
                doc.path,
                ReqStatus.WRONG_YEAR,
                "expired",
                (("until", facts.valid_until.text), ("year", str(year))),
                facts.valid_until.page,
            )
    if ok:
        return None
    reason = {
        PeriodScope.YEAR: "not_year",
        PeriodScope.PREVIOUS_YEAR: "not_previous_year",
        PeriodScope.COVERING_YEAR: "not_covering",
        PeriodScope.YEAR_OR_EARLIER: "not_in_force",
        PeriodScope.IN_FORCE: "not_in_force",
    }[scope]
    return Problem(doc.path, ReqStatus.WRONG_YEAR, reason, (*found, ("expected", expected)), page)


def _page(doc: Document) -> int | None:
    for fact in (doc.facts.title, doc.facts.kind_fact, doc.facts.lead):
        if fact is not None and fact.page:
            return fact.page
    return None


def _evidence(doc: Document) -> Evidence:
    """Where a document proves a requirement, and the words: its title (with its number and date
    when they stand on the same page), or its opening words. Facts only: the engine never reads
    the text of a page."""
    facts = doc.facts
    if facts.title is not None:
        quote = facts.title.text
        page = facts.title.page
        for extra in (facts.number, facts.date):
            if extra is not None and extra.page == page and extra.text not in quote:
                quote += f" … {extra.text}"
    elif facts.lead is not None:
        quote, page = facts.lead.text, facts.lead.page
    else:
        quote, page = "", _page(doc) or 1
    return Evidence(doc.path, page, _clip(quote))


def _clip(text: str) -> str:
    text = collapse(text)
    return text if len(text) <= QUOTE_MAX else text[: QUOTE_MAX - 1].rstrip() + "…"
