"""Real public documents of a dozen institutions (../shared/real-docs, outside the repository),
rendered as a unit keeps them (text PDF, DOCX, a scan read by OCR) and judged against labels
written blind (tests/real_docs/labels.yaml): the facts read from them, and the requirements each
one alone is evidence for. Floors hold the line; the figures themselves are in the README."""

from __future__ import annotations

import pytest

from benchmarks import facts

pytestmark = pytest.mark.skipif(not facts.REAL_TEXTS.is_dir(), reason=f"{facts.REAL_TEXTS} is not on this machine")

# the figures measured when these floors were set, rounded down
FLOORS = {"kind": 0.95, "title": 0.80, "number": 0.88, "date": 0.90, "period": 0.94, "unit_about": 0.95}
CHECKS_FLOOR = 0.9


@pytest.fixture(scope="module")
def measured() -> facts.Measurement:
    return facts.measure(cases=facts.load_real_docs())


def test_every_real_document_is_rendered_and_read(measured: facts.Measurement) -> None:
    assert measured.cases == len(facts.load_real_docs()) >= 80
    assert {f for f, n in measured.formats.items() if n} == {"pdf", "docx", "scan"}
    assert not [m for m in measured.misses if m.fact == "extraction"]


@pytest.mark.parametrize("fact", sorted(FLOORS))
def test_facts_of_real_documents_hold_their_floor(measured: facts.Measurement, fact: str) -> None:
    floor = FLOORS[fact]
    misses = [f"{m.case}: expected {m.expected}, got {m.got}" for m in measured.misses if m.fact == fact]
    assert measured.precision(fact) >= floor, "\n".join(misses)
    assert measured.recall(fact) >= floor, "\n".join(misses)


def test_no_real_document_about_another_unit_is_taken_as_the_units(measured: facts.Measurement) -> None:
    assert measured.critical == []


def test_no_real_document_meets_a_requirement_it_does_not(measured: facts.Measurement) -> None:
    assert measured.false_met == []


def test_requirement_checks_on_real_documents(measured: facts.Measurement) -> None:
    wrong = [f"{c.rule} {c.case}: expected {c.expected}, got {c.got} {c.why}" for c in measured.checks if not c.right]
    assert len(measured.checks) >= 100
    assert measured.checks_right / len(measured.checks) >= CHECKS_FLOOR, "\n".join(wrong)


def test_a_short_name_finds_what_the_full_name_finds(measured: facts.Measurement) -> None:
    by_case: dict[str, dict[str, str]] = {}
    for check in measured.checks:
        by_case.setdefault(check.case, {})[check.rule] = check.got
    shorts = [case for case in by_case if case.endswith("-short")]
    assert len(shorts) >= 8
    for short in shorts:
        assert by_case[short] == by_case[short.removesuffix("-short")], short
