"""The score upper bound: weights of the indicators times the share of their questions met."""

from __future__ import annotations

import pytest

from checker import rulepack
from checker.model import ReqStatus, RequirementResult
from checker.score import score

PACK = rulepack.load()


def results(met: set[str]) -> tuple[RequirementResult, ...]:
    return tuple(RequirementResult(r, ReqStatus.MET if r.id in met else ReqStatus.MISSING) for r in PACK.rules)


def area(s, code):  # type: ignore[no-untyped-def]
    return next(a for a in s.areas if a.code == code)


def test_area_weights_are_those_of_the_regulation() -> None:
    s = score(results(set()), PACK, "wbk")
    assert {a.code: a.weight for a in s.areas} == {"MP": 8, "TT": 7, "SDM": 10, "AK": 10, "PW": 15, "PP": 10}
    assert s.total_weight == 60


def test_nothing_met_scores_zero_and_every_area_is_below() -> None:
    s = score(results(set()), PACK, "wbbm")
    assert s.total_bound == 0 and s.total_below and all(a.below for a in s.areas)
    assert not s.reachable


def test_everything_met_reaches_the_full_weight() -> None:
    s = score(results({r.id for r in PACK.rules}), PACK, "wbbm")
    assert s.total_bound == pytest.approx(60) and s.reachable


def test_an_indicator_counts_the_share_of_its_questions() -> None:
    # MP.1 (Penyusunan Tim Kerja, weight 0.5) has two questions: one met gives 0.25
    s = score(results({"MP.1.a"}), PACK, "wbk")
    assert area(s, "MP").bound == pytest.approx(0.25)


def test_minimums_follow_the_target() -> None:
    wbk = score(results(set()), PACK, "wbk")
    wbbm = score(results(set()), PACK, "wbbm")
    assert area(wbk, "PW").minimum == pytest.approx(15 * 0.60)
    assert area(wbbm, "PW").minimum == pytest.approx(15 * 0.75)
    assert (wbk.target.total_min, wbbm.target.total_min) == (40, 48)


def test_an_area_with_all_but_one_area_met_names_that_area() -> None:
    met = {r.id for r in PACK.rules if r.area != "TT"}
    s = score(results(met), PACK, "wbk")
    assert [a.code for a in s.areas if a.below] == ["TT"]
    assert not s.total_below  # 53 of 60 is above 40
    assert not s.reachable


def test_hasil_is_left_out() -> None:
    s = score(results({"HS.1.a", "HS.1.b", "HS.2.a"}), PACK, "wbk")
    assert "HS" not in {a.code for a in s.areas} and s.total_bound == 0


def test_the_supported_score_takes_each_answers_share_of_the_weight() -> None:
    # the sub-area "Pemantauan dan Evaluasi" (A.I.1.iii) holds MP.3.a-c, each ABCD: A scores 1 for
    # MP.3.a, B scores 0.67 for MP.3.b, nothing (D) for MP.3.c; its weight is shared by the three
    chosen = {"MP.3.a": (ReqStatus.MET, "A"), "MP.3.b": (ReqStatus.PARTIAL, "B")}
    rows = []
    for rule in PACK.rules:
        status, answer = chosen.get(rule.id, (ReqStatus.MISSING, rule.option_keys[-1] if rule.options else None))
        rows.append(RequirementResult(rule, status, supported=answer))
    s = score(tuple(rows), PACK, "wbbm")
    weight = next(r.weight for r in PACK.rules if r.id == "MP.3.a")
    assert [r.id for r in PACK.rules if r.lke.startswith("A.I.1.iii.")] == ["MP.3.a", "MP.3.b", "MP.3.c"]
    assert area(s, "MP").supported == pytest.approx(weight * (1 + 0.67 + 0) / 3, abs=1e-4)
    # the bound is what the evidence could give: full where met, the answer's share where partial
    assert area(s, "MP").bound == pytest.approx(weight * (1 + 0.67) / 3, abs=1e-4)
