"""What changed since a previous report: each requirement is a new gap, resolved, still open or
unchanged, compared with a baseline ``report.json`` (schema zi-check.report/1).

A requirement is a *gap* when its status is anything but ``met``. Compared with the baseline:

============  ===========================  ===================
change        in the baseline              now
============  ===========================  ===================
new_gap       met, or not there at all     a gap
resolved      a gap                        met
still_open    a gap                        a gap (any status)
unchanged     met, or not there at all     met
============  ===========================  ===================

Requirements of the baseline that the current rule pack no longer has are listed as ``dropped``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from checker.errors import SetupError
from checker.model import Report

SCHEMA_PREFIX = "zi-check.report/"
SUPPORTED_SCHEMAS = ("zi-check.report/1",)
MET = "met"


class Change(StrEnum):
    NEW_GAP = "new_gap"
    RESOLVED = "resolved"
    STILL_OPEN = "still_open"
    UNCHANGED = "unchanged"


class BaselineError(SetupError):
    """A baseline that cannot be used: the message names the file and what is wrong (exit 2)."""


@dataclass(frozen=True, slots=True)
class Baseline:
    """The parts of a previous report.json that a comparison needs."""

    source: str  # the file, as given (for messages only; never written into a report)
    generated_at: str | None
    tool_version: str | None
    rules: str | None
    unit: str | None
    year: int | None
    statuses: tuple[tuple[str, str], ...]  # (requirement id, status) in the report's order
    titles: tuple[tuple[str, str], ...] = ()  # (requirement id, title) as written in it

    def status_of(self) -> dict[str, str]:
        return dict(self.statuses)


@dataclass(frozen=True, slots=True)
class RequirementChange:
    id: str
    change: Change
    previous: str | None  # its status in the baseline; None when the baseline did not have it
    status: str  # its status now


@dataclass(frozen=True, slots=True)
class Changes:
    baseline: Baseline
    requirements: tuple[RequirementChange, ...]  # in the order of the current report
    dropped: tuple[str, ...] = ()  # ids in the baseline that the current report does not have

    def of(self, rule_id: str) -> RequirementChange | None:
        return next((c for c in self.requirements if c.id == rule_id), None)

    def by_id(self) -> dict[str, RequirementChange]:
        return {c.id: c for c in self.requirements}

    def counts(self) -> dict[Change, int]:
        counts = dict.fromkeys(Change, 0)
        for c in self.requirements:
            counts[c.change] += 1
        return counts


def classify(previous: str | None, status: str) -> Change:
    gap_now = status != MET
    if previous is None or previous == MET:
        return Change.NEW_GAP if gap_now else Change.UNCHANGED
    return Change.STILL_OPEN if gap_now else Change.RESOLVED


def compare(baseline: Baseline, current: Iterable[tuple[str, str]]) -> Changes:
    """Changes from ``baseline`` to ``current`` ((requirement id, status) pairs, in order)."""
    before = baseline.status_of()
    rows = []
    seen = set()
    for rule_id, status in current:
        seen.add(rule_id)
        previous = before.get(rule_id)
        rows.append(RequirementChange(rule_id, classify(previous, status), previous, status))
    dropped = tuple(rule_id for rule_id, _ in baseline.statuses if rule_id not in seen)
    return Changes(baseline, tuple(rows), dropped)


def compare_report(baseline: Baseline, report: Report) -> Changes:
    return compare(baseline, ((r.rule.id, r.status.value) for r in report.results))


def changes_of(report: Report) -> Changes | None:
    """The report's changes, typed (``Report.changes`` is declared ``object`` in the model)."""
    return report.changes if isinstance(report.changes, Changes) else None


def setup_notes(baseline: Baseline, report: Report) -> list[str]:
    """What differs between the baseline's set-up and this scan's (the comparison still runs)."""
    notes = []
    if baseline.rules is not None and baseline.rules != report.pack.id:
        notes.append(f"the baseline used the rule pack '{baseline.rules}', this scan '{report.pack.id}'")
    if baseline.year is not None and baseline.year != report.profile.year:
        notes.append(f"the baseline is for the year {baseline.year}, this scan for {report.profile.year}")
    if baseline.unit is not None and baseline.unit != report.profile.unit:
        notes.append(f"the baseline is for the unit '{baseline.unit}', this scan for '{report.profile.unit}'")
    return notes


# --- reading a report.json ------------------------------------------------------------------


def load(path: Path, label: str = "baseline") -> Baseline:
    """Read a previous report.json; a BaselineError names the file and what is wrong.

    ``label`` starts the message ("baseline FILE: not valid JSON").
    """
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise BaselineError(f"{label} {path}: file not found") from None
    except IsADirectoryError:
        raise BaselineError(f"{label} {path}: is a folder; give the report.json file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise BaselineError(f"{label} {path}: cannot be read ({exc})") from None
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise BaselineError(f"{label} {path}: not valid JSON ({exc})") from None
    return parse(data, str(path), label)


def parse(data: Any, source: str, label: str = "baseline") -> Baseline:
    where = f"{label} {source}"
    if not isinstance(data, dict):
        raise BaselineError(f"{where}: not a zi-check report (a JSON object is expected)")
    schema = data.get("schema")
    if not isinstance(schema, str) or not schema.startswith(SCHEMA_PREFIX):
        raise BaselineError(
            f"{where}: not a zi-check report (key 'schema' is {schema!r}; expected {', '.join(SUPPORTED_SCHEMAS)})"
        )
    if schema not in SUPPORTED_SCHEMAS:
        raise BaselineError(
            f"{where}: schema '{schema}' is not supported (this zi-check reads {', '.join(SUPPORTED_SCHEMAS)})"
        )
    requirements = data.get("requirements")
    if not isinstance(requirements, list):
        raise BaselineError(f"{where}: key 'requirements' must be a list")
    statuses: list[tuple[str, str]] = []
    titles: list[tuple[str, str]] = []
    for i, req in enumerate(requirements):
        if not isinstance(req, dict) or not isinstance(req.get("id"), str) or not isinstance(req.get("status"), str):
            raise BaselineError(f"{where}: requirements[{i}] needs the string keys 'id' and 'status'")
        statuses.append((req["id"], req["status"]))
        if isinstance(req.get("title"), str):
            titles.append((req["id"], req["title"]))
    profile: dict[str, Any] = data["profile"] if isinstance(data.get("profile"), dict) else {}
    tool: dict[str, Any] = data["tool"] if isinstance(data.get("tool"), dict) else {}
    year = profile.get("year")
    return Baseline(
        source=source,
        generated_at=_text(data.get("generated_at")),
        tool_version=_text(tool.get("version")),
        rules=_text(profile.get("rules")),
        unit=_text(profile.get("unit")),
        year=year if isinstance(year, int) and not isinstance(year, bool) else None,
        statuses=tuple(statuses),
        titles=tuple(titles),
    )


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


# --- the comparison as data and as text ------------------------------------------------------


def to_dict(changes: Changes) -> dict[str, Any]:
    """The top-level ``changes`` key of report.json (and ``zi-check diff --json``)."""
    counts = changes.counts()
    return {
        "baseline": {
            "generated_at": changes.baseline.generated_at,
            "tool_version": changes.baseline.tool_version,
            "rules": changes.baseline.rules,
            "year": changes.baseline.year,
        },
        "counts": {c.value: counts[c] for c in Change},
        "new_gap": [c.id for c in changes.requirements if c.change is Change.NEW_GAP],
        "resolved": [c.id for c in changes.requirements if c.change is Change.RESOLVED],
        "dropped": list(changes.dropped),
    }


def render_text(changes: Changes, titles: dict[str, str], *, everything: bool = False) -> str:
    """The comparison as lines: one per requirement that is not unchanged (all with everything)."""
    counts = changes.counts()
    width = max((len(c.id) for c in changes.requirements), default=0)
    lines = []
    for c in changes.requirements:
        if c.change is Change.UNCHANGED and not everything:
            continue
        was = c.previous if c.previous is not None else "-"
        title = titles.get(c.id, "")
        lines.append(f"{c.change.value:<10}  {c.id:<{width}}  {was} -> {c.status}" + (f"  {title}" if title else ""))
    for rule_id in changes.dropped:
        lines.append(f"{'dropped':<10}  {rule_id:<{width}}  no longer in the rule pack")
    lines.append(
        f"{counts[Change.NEW_GAP]} new gap(s), {counts[Change.RESOLVED]} resolved, "
        f"{counts[Change.STILL_OPEN]} still open, {counts[Change.UNCHANGED]} unchanged"
        + (f", {len(changes.dropped)} dropped" if changes.dropped else "")
    )
    return "\n".join(lines) + "\n"
