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


# --- the self-assessed score: the LKE's formulas on the claimed answers ---------------------

def claimed_score(answers: dict[str, str]):  # type: ignore[no-untyped-def]
    return score(results(set()), PACK, "wbk", claimed={r.id: answers.get(r.id) for r in PACK.rules})


def test_reform_counts_are_scored_by_the_lke_s_ratios() -> None:
    # MP.R1 (weight 2): 6 changes by 4 agents (capped at 1), 3 of the 6 integrated: 2 x (1 + 0.5)/2;
    # MP.R2 and MP.R3 unanswered
    s = claimed_score({"MP.R1.a": "4", "MP.R1.b": "6", "MP.R1.c": "6", "MP.R1.d": "3"})
    assert area(s, "MP").self_assessed == pytest.approx(1.5)
    # SDM.R3 (weight 2): violations 10 -> 4 (a 60 % decrease), 2 of the 4 sanctioned: 2 x (0.6 + 0.5)/2
    s = claimed_score({"SDM.R3.a": "10", "SDM.R3.b": "4", "SDM.R3.c": "2"})
    assert area(s, "SDM").self_assessed == pytest.approx(1.1)
    # PW.R2 (weight 3): 45 of 50 complaints settled: 3 x 0.9; LHKPN (weight 1): 9 of 2 + 5 + 3 obliged
    s = claimed_score({"PW.R2.a": "50", "PW.R2.b": "5", "PW.R2.c": "45",
                       "PW.R3.aa": "2", "PW.R3.ab": "5", "PW.R3.ac": "3", "PW.R3.ad": "9"})
    assert area(s, "PW").self_assessed == pytest.approx(3 * 0.9 + 1 * 0.9)


def test_a_count_not_given_scores_nothing_and_a_ratio_never_more_than_full() -> None:
    s = claimed_score({"AK.R1.a": "8"})
    assert area(s, "AK").self_assessed == 0
    s = claimed_score({"AK.R1.a": "8", "AK.R1.b": "12"})
    assert area(s, "AK").self_assessed == pytest.approx(2 * 1.0)


def test_the_results_are_the_survey_scores_over_their_scale() -> None:
    # HS.1.a 3.2 of 4 x 17.5, HS.1.b answer B (0.75) x 5, HS.2.a 3.6 of 4 x 17.5
    s = claimed_score({"HS.1.a": "3.2", "HS.1.b": "B", "HS.2.a": "3.6"})
    assert s.hasil_self_assessed == pytest.approx(3.2 / 4 * 17.5 + 0.75 * 5 + 3.6 / 4 * 17.5)
    assert score(results(set()), PACK, "wbk").hasil_self_assessed is None  # no worksheet, no claimed results
