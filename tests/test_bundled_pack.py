"""The bundled rule pack, tested like code: it lints clean and every rule's cases hold."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from checker import packtools, rulepack

PACK = rulepack.bundled_pack_dir()
CATALOG = Path(__file__).resolve().parents[2] / "shared" / "lke-catalog.md"


def _outcomes() -> list[packtools.CaseOutcome]:
    return packtools.run_cases(PACK)


OUTCOMES = _outcomes()


def test_pack_lints_clean() -> None:
    _, problems = packtools.check(PACK)
    assert problems == []


def test_cases_exist_for_every_rule() -> None:
    pack = rulepack.load(PACK)
    covered = {o.rule_id for o in OUTCOMES}
    assert covered >= {r.id for r in pack.rules}


@pytest.mark.parametrize("outcome", OUTCOMES, ids=lambda o: f"{o.rule_id}:{o.case}")
def test_case(outcome: packtools.CaseOutcome) -> None:
    if outcome.todo is not None:
        # a known gap runs as a strict expected failure: passing means the case must be updated
        assert not outcome.passed, f"todo case now passes; drop its todo ({outcome.todo})"
        pytest.xfail(outcome.todo)
    assert outcome.got == outcome.expected


@pytest.mark.skipif(not CATALOG.is_file(), reason="the shared catalog is not beside the checkout")
def test_every_catalog_row_has_exactly_one_rule() -> None:
    ids = re.findall(r"^\| ([A-Z]+\.R?\d+\.[a-z]{1,2}) \|", CATALOG.read_text(encoding="utf-8"), re.M)
    rules = [r.id for r in rulepack.load(PACK).rules]
    assert sorted(rules) == sorted(ids)
    assert len(ids) == 127
