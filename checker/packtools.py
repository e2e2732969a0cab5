"""Rule-pack tooling: lint a pack (``zi-check rules check``) and run its cases (``rules test``).

Rules are tested like code (semgrep's ``--test``): each rule file has a cases file with the same
stem, whose small corpora (page texts) must give each rule the status it expects.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from checker import engine, packlint
from checker.analyse import Analyzer
from checker.analyse.text import number_key
from checker.errors import SetupError
from checker.model import (
    DocStatus,
    Document,
    Extraction,
    Fact,
    Facts,
    NamedUnit,
    Page,
    Period,
    ReqStatus,
    RequirementResult,
    RulePack,
    SourceFile,
    TextSource,
)
from checker.profile import resolve
from checker.rulepack import load, read_yaml, validate


@dataclass(frozen=True, slots=True)
class CaseOutcome:
    """One rule's verdict on one case. ``declared`` is False for a rule the case does not name,
    which must then be ``missing`` (a case is judged against every rule of the pack)."""

    file: str
    case: str
    rule_id: str
    expected: str
    got: str
    todo: str | None
    declared: bool = True
    why: str = ""  # what is off beside the status: an evidence path or a reason not found

    @property
    def passed(self) -> bool:
        return self.expected == self.got and not self.why

    @property
    def verdict(self) -> str:
        if self.todo is not None:
            return "xpass" if self.passed else "xfail"  # an xpass is a failure: update the case
        return "pass" if self.passed else "fail"

    def describe(self) -> str:
        what = f"expected {self.expected}, got {self.got}"
        if not self.declared:
            what += " (a rule the case does not name must be missing; add it to expect)"
        return f"{what}; {self.why}" if self.why else what


def check(pack_dir: Path) -> tuple[RulePack, list[str]]:
    """Load and lint a pack; return it and the problems found (empty when all is well)."""
    pack = load(pack_dir)
    problems: list[str] = []
    for rule in pack.rules:
        if not rule.id.startswith(rule.area + "."):
            problems.append(f"{rule.source}: rule {rule.id}: key 'area': {rule.area} does not match the id")
    problems += _catalog_problems(pack, pack_dir)
    problems += _case_coverage(pack, pack_dir)
    problems += packlint.lint(pack, pack_dir)
    return pack, problems


def _catalog_problems(pack: RulePack, pack_dir: Path) -> list[str]:
    if pack.catalog is None:
        return []
    path = Path(pack.catalog)
    try:
        tree = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return [f"{path}: catalog cannot be read ({exc})"]
    questions = dict(_questions(tree.get("tree", [])))
    rules = {r.id: r for r in pack.rules}
    problems = [f"{path}: question {qid} has no rule" for qid in questions if qid not in rules]
    problems += [
        f"{rules[rid].source}: rule {rid}: not a question of the catalog" for rid in rules if rid not in questions
    ]
    for qid, (question, weight) in questions.items():
        rule = rules.get(qid)
        if rule is None:
            continue
        if rule.soal != question.get("soal_id"):
            problems.append(
                f"{rule.source}: rule {qid}: key 'soal': {rule.soal}, catalog says {question.get('soal_id')}"
            )
        if weight is not None and abs(rule.weight - float(weight)) > 1e-9:
            problems.append(f"{rule.source}: rule {qid}: key 'weight': {rule.weight:g}, catalog says {weight:g}")
    return problems


def _questions(
    nodes: list[dict[str, Any]], weight: float | None = None
) -> Iterator[tuple[str, tuple[dict[str, Any], float | None]]]:
    for node in nodes:
        node_weight = node.get("weight", weight)
        for q in node.get("questions", []):
            yield q["id"], (q, q.get("weight", node_weight))
        yield from _questions(node.get("children", []), node_weight)


def _case_coverage(pack: RulePack, pack_dir: Path) -> list[str]:
    """Every rule needs a case where it is met and one where it is not (the ruleid/ok pair)."""
    statuses: dict[str, set[str]] = {r.id: set() for r in pack.rules}
    for _, data in _case_files(pack_dir):
        for case in data["cases"]:
            for rule_id, expected in case["expect"].items():
                statuses.setdefault(rule_id, set()).add(_expected_status(expected))
    problems = []
    for rule in pack.rules:
        if rule.id not in pack.own_rules:
            continue  # an inherited rule is tested with the pack that defines it
        got = statuses[rule.id]
        if "met" not in got:
            problems.append(f"{rule.source}: rule {rule.id}: no case where it is met")
        if not got - {"met"}:
            problems.append(f"{rule.source}: rule {rule.id}: no near-miss case (wrong_year, wrong_unit, missing...)")
    return problems


def _expected_status(expected: Any) -> str:
    return expected if isinstance(expected, str) else expected["status"]


def _case_files(pack_dir: Path) -> Iterator[tuple[Path, dict[str, Any]]]:
    raw = read_yaml(pack_dir / "pack.yaml")
    for name in raw.get("files", []):
        path = pack_dir / (Path(name).stem + ".cases.yaml")
        if path.is_file():
            data = _dates_as_text(read_yaml(path))  # YAML reads 2021-03-15 as a date: the schema wants text
            validate(data, "cases_file", path)
            yield path, data


def _dates_as_text(data: Any) -> Any:
    if isinstance(data, dict):
        return {k: _dates_as_text(v) for k, v in data.items()}
    if isinstance(data, list):
        return [_dates_as_text(v) for v in data]
    return data.isoformat() if isinstance(data, dt.date) else data


def run_cases(pack_dir: Path, only: str | None = None) -> list[CaseOutcome]:
    """Run every case of the pack against every rule; ``only`` filters by rule id or case name
    (substring). A rule a case names gets the status (and evidence, reason) it expects; every
    other rule must be ``missing``, so a case that proves more than it says fails."""
    pack = load(pack_dir)
    known = {r.id for r in pack.rules}
    outcomes: list[CaseOutcome] = []
    for path, data in _case_files(pack_dir):
        base = data.get("profile", {})
        for case in data["cases"]:
            if only and only not in case["name"] and not any(only in rid for rid in case["expect"]):
                continue
            try:
                profile = resolve({**base, **case.get("profile", {})}, {}, source=f"{path}: case {case['name']}")
            except SetupError as exc:
                raise SetupError(str(exc)) from None
            unknown = [rid for rid in case["expect"] if rid not in known]
            if unknown:
                raise SetupError(f"{path}: case {case['name']}: key 'expect': unknown rule {unknown[0]}")
            documents = build_documents(case["files"], pack)
            results = {r.rule.id: r for r in engine.evaluate(pack.rules, documents, profile)}
            todo = case.get("todo")
            for rule_id, expected in case["expect"].items():
                result = results[rule_id]
                outcomes.append(
                    CaseOutcome(
                        path.name,
                        case["name"],
                        rule_id,
                        _expected_status(expected),
                        result.status.value,
                        todo,
                        True,
                        _details_off(expected, result),
                    )
                )
            if only and only not in case["name"]:
                continue
            for rule_id, result in results.items():
                if rule_id not in case["expect"] and result.status is not ReqStatus.MISSING:
                    outcomes.append(
                        CaseOutcome(
                            path.name,
                            case["name"],
                            rule_id,
                            "missing",
                            result.status.value,
                            todo,
                            False,
                            _evidence_of(result),
                        )
                    )
    return outcomes


def _details_off(expected: Any, result: RequirementResult) -> str:
    """What of an expectation's evidence path or reason the result lacks ("" when all holds)."""
    if isinstance(expected, str):
        return ""
    answer = expected.get("answer")
    if answer is not None and answer != result.supported:
        return f"answer {answer!r} expected, the documents support {result.supported!r}"
    wanted = expected.get("evidence")
    paths = [e.path for e in result.evidence]
    for want in [wanted] if isinstance(wanted, str) else wanted or []:
        if want not in paths:
            return f"evidence {want!r} not among {paths or 'none'}"
    reason = expected.get("reason")
    if reason is not None:
        problem_path = expected.get("path")
        reasons = [(p.path, p.reason) for p in result.problems]
        if not any(r == reason and (problem_path is None or p == problem_path) for p, r in reasons):
            where = f" on {problem_path!r}" if problem_path else ""
            return f"reason {reason!r}{where} not among {reasons or 'none'}"
    return ""


def _evidence_of(result: RequirementResult) -> str:
    paths = [e.path for e in result.evidence] or [p.path for p in result.problems]
    return f"from {', '.join(dict.fromkeys(paths))}" if paths else ""


def build_documents(files: dict[str, Any], pack: RulePack) -> tuple[Document, ...]:
    """Documents from page texts, analysed as a scan would; ``None`` is a file that cannot be read,
    and ``{facts: {...}}`` a document whose facts are given (a case of the engine alone)."""
    analyzer = _analyzer(pack)
    documents = []
    for rel, pages in files.items():
        source = SourceFile(path=rel, abspath=Path(rel), size=0, mtime_ns=0, sha256="")
        if pages is None:
            extraction = Extraction(DocStatus.CORRUPT, error="cannot be read (case fixture)")
            documents.append(Document(source, extraction, analyzer.named(source)))
            continue
        if isinstance(pages, dict):
            documents.append(_given(source, pages["facts"]))
            continue
        extraction = Extraction(DocStatus.OK, tuple(Page(i + 1, t) for i, t in enumerate(pages)), page_count=len(pages))
        documents.append(Document(source, extraction, analyzer.analyse(source, extraction)))
    return tuple(documents)


def _given(source: SourceFile, given: dict[str, Any]) -> Document:
    """A document as its facts say: what analysis would have found, written by hand."""

    def fact(value: object, text: object = None) -> Fact:
        words = str(value if text is None else text)
        return Fact(value, 1, 0, len(words), words)

    title = given.get("title")
    date, precision = _given_date(given.get("date"))
    period = _given_period(given.get("period"))
    units = []
    for unit in given.get("units", []):
        name, about = (unit, True) if isinstance(unit, str) else (unit["name"], unit.get("about", True))
        units.append(NamedUnit(name, about, fact(name), "title" if about else "mention"))
    number = given.get("number")
    facts = Facts(
        kind=given.get("kind"),
        kind_fact=fact(given["kind"]) if given.get("kind") else None,
        title=fact(title) if title else None,
        number=fact(str(number)) if number else None,
        date=fact(date, given.get("date")) if date else None,
        date_precision=precision,
        period=period,
        period_fact=fact(str(period)) if period else None,
        period_basis=given.get("period_basis", "title_year" if period else None),
        years=tuple(range(period.start, period.end + 1)) if period else (),
        valid_until=fact(int(given["valid_until"])) if given.get("valid_until") else None,
        amends=tuple(number_key(str(n)) for n in given.get("amends", [])),
        units=tuple(units),
        head=title or "",
    )
    source_kind = TextSource(given.get("source", "text"))
    page = Page(1, title or "", source_kind)
    return Document(source, Extraction(DocStatus.OK, (page,), page_count=1, source=source_kind), facts)


def _given_date(value: object) -> tuple[dt.date | None, str]:
    if value is None:
        return None, "day"
    if isinstance(value, dt.date):
        return value, "day"
    text = str(value)
    if len(text) == 7:  # "2021-11": a month and a year
        return dt.date.fromisoformat(text + "-01"), "month"
    return dt.date.fromisoformat(text), "day"


def _given_period(value: object) -> Period | None:
    if value is None:
        return None
    start, _, end = str(value).partition("-")
    return Period(int(start), int(end or start))


_ANALYZERS: dict[str, Analyzer] = {}


def _analyzer(pack: RulePack) -> Analyzer:
    if pack.path not in _ANALYZERS:
        _ANALYZERS[pack.path] = Analyzer(pack.kinds, pack.questions)
    return _ANALYZERS[pack.path]
