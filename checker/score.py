"""The scores: the most a unit can score with the evidence found (an upper bound), what the
answers the documents support score, and what the worksheet's claimed answers score.

Rules whose LKE positions differ only in their last part answer one indicator and share its
weight; an indicator scores at most its weight times the share of its questions that are met.
Generic: the areas, weights, exclusions and targets all come from the rule pack.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from checker.model import Formula, ReqStatus, RequirementResult, Rule, RulePack, Scoring, Target


@dataclass(frozen=True, slots=True)
class AreaScore:
    code: str
    weight: float  # the most the area can give
    bound: float  # the most it can give with the evidence found
    minimum: float | None  # what the target needs of it
    supported: float = 0.0  # what it scores with the answers the documents support
    self_assessed: float | None = None  # what it scores with the worksheet's answers, when given

    @property
    def below(self) -> bool:
        return self.minimum is not None and self.bound + 1e-9 < self.minimum


@dataclass(frozen=True, slots=True)
class Score:
    scoring: Scoring
    areas: tuple[AreaScore, ...]
    target: Target | None
    # the results component (surveys) from the claimed scores, where the pack says how to scale them
    hasil_self_assessed: float | None = None

    @property
    def total_weight(self) -> float:
        return sum(a.weight for a in self.areas)

    @property
    def total_bound(self) -> float:
        return sum(a.bound for a in self.areas)

    @property
    def total_supported(self) -> float:
        return sum(a.supported for a in self.areas)

    @property
    def total_self_assessed(self) -> float | None:
        values = [a.self_assessed for a in self.areas]
        return None if not values or any(v is None for v in values) else sum(v for v in values if v is not None)

    @property
    def total_below(self) -> bool:
        return self.target is not None and self.total_bound + 1e-9 < self.target.total_min

    @property
    def reachable(self) -> bool:
        """Whether the target can still be reached with the evidence found."""
        return not self.total_below and not any(a.below for a in self.areas)


def indicator_of(rule: Rule) -> str:
    """The indicator a rule answers: its position without the last part; a rule without a
    position is an indicator of its own."""
    return rule.lke.rsplit(".", 1)[0] if "." in rule.lke else f"{rule.lke or rule.id}#"


def score(
    results: tuple[RequirementResult, ...],
    pack: RulePack,
    target_name: str,
    claimed: dict[str, str | None] | None = None,
) -> Score | None:
    """``claimed``: rule id -> the worksheet's answer (None where it gave none or an invalid one),
    for the self-assessed score."""
    scoring = pack.scoring
    if scoring is None:
        return None
    target = next((t for t in scoring.targets if t.name == target_name), None)
    # area -> indicator -> its results; the scored areas, and the others (results from surveys)
    grouped: dict[str, dict[str, list[RequirementResult]]] = {}
    outside: list[RequirementResult] = []
    for result in results:
        if result.rule.area in scoring.exclude_areas:
            outside.append(result)
            continue
        grouped.setdefault(result.rule.area, {}).setdefault(indicator_of(result.rule), []).append(result)
    areas = []
    for area in pack.areas:
        if area.code not in grouped:
            continue
        weight = bound = supported = self_assessed = 0.0
        for position, members in grouped[area.code].items():
            share = members[0].rule.weight
            weight += share
            bound += share * _mean(_bound_value(r) for r in members)
            supported += share * _mean(_supported_value(r) for r in members)
            if claimed is not None:
                self_assessed += share * _claimed_indicator(members, claimed, scoring.formulas.get(position))
        minimum = weight * target.area_min_share if target else None
        areas.append(
            AreaScore(
                area.code,
                round(weight, 4),
                round(bound, 4),
                round(minimum, 4) if minimum is not None else None,
                round(supported, 4),
                round(self_assessed, 4) if claimed is not None else None,
            )
        )
    results_claimed = (
        round(sum(r.rule.weight * _result_value(r, claimed.get(r.rule.id), scoring) for r in outside), 4)
        if claimed is not None and outside and scoring.scales
        else None
    )
    return Score(scoring, tuple(areas), target, hasil_self_assessed=results_claimed)


def _mean(values: Iterable[float]) -> float:
    items = list(values)
    return sum(items) / len(items) if items else 0.0


def _number(answer: str | None) -> float | None:
    try:
        return float(answer) if answer is not None else None
    except ValueError:
        return None


def _claimed_indicator(
    members: list[RequirementResult], claimed: dict[str, str | None], formula: tuple[Formula, ...] | None
) -> float:
    """An indicator's share of its weight from the claimed answers: the mean of its questions'
    values, or, for one scored from counts, of its formula's items."""
    if not formula:
        return _mean(_claimed_value(r, claimed.get(r.rule.id)) for r in members)
    by_id = {r.rule.id: r for r in members}
    values = []
    for item in formula:
        if item.kind == "option":
            result = by_id.get(item.over[0])
            values.append(result.rule.value_of(claimed.get(item.over[0])) if result else 0.0)
            continue
        over = [_number(claimed.get(i)) for i in item.over]
        under = [_number(claimed.get(i)) for i in item.under]
        if None in over or None in under:
            values.append(0.0)  # a count not given: the item cannot be computed
            continue
        top, bottom = sum(over), sum(under)  # type: ignore[arg-type]
        if item.kind == "decrease":  # from ``under`` (before) to ``over`` (now)
            value = 1.0 if bottom == 0 and top == 0 else ((bottom - top) / bottom if bottom else 0.0)
        else:
            value = top / bottom if bottom else 0.0
        values.append(min(max(value, 0.0), 1.0))
    return _mean(values)


def _result_value(result: RequirementResult, answer: str | None, scoring: Scoring) -> float:
    """A result question's value from the claimed answer: a survey score over its scale's top,
    an option's value."""
    top = scoring.scales.get(result.rule.id)
    if top:
        number = _number(answer)
        return min(max(number / top, 0.0), 1.0) if number is not None else 0.0
    return result.rule.value_of(answer) if result.rule.options else 0.0


def _bound_value(result: RequirementResult) -> float:
    """The most a question can score with the evidence found: full where it is met, its answer's
    share where only a lower answer is supported."""
    if result.status is ReqStatus.MET:
        return 1.0
    return result.rule.value_of(result.supported) if result.status is ReqStatus.PARTIAL else 0.0


def _supported_value(result: RequirementResult) -> float:
    """What the supported answer scores (a number the documents cannot give counts as its bound)."""
    if result.rule.options:
        return result.rule.value_of(result.supported)
    return _bound_value(result)


def _claimed_value(result: RequirementResult, answer: str | None) -> float:
    """What the worksheet's answer scores; a number is scored as the documents' (its formula
    needs more than the one figure)."""
    if result.rule.options:
        return result.rule.value_of(answer)
    return _supported_value(result) if answer is not None else 0.0
