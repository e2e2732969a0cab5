"""The scores: the most a unit can score with the evidence found (an upper bound), what the
answers the documents support score, and what the worksheet's claimed answers score.

Rules whose LKE positions differ only in their last part answer one indicator and share its
weight; an indicator scores at most its weight times the share of its questions that are met.
Generic: the areas, weights, exclusions and targets all come from the rule pack.
"""

from __future__ import annotations

from dataclasses import dataclass

from checker.model import ReqStatus, RequirementResult, Rule, RulePack, Scoring, Target


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


def score(results: tuple[RequirementResult, ...], pack: RulePack, target_name: str,
          claimed: dict[str, str | None] | None = None) -> Score | None:
    """``claimed``: rule id -> the worksheet's answer (None where it gave none or an invalid one),
    for the self-assessed score."""
    scoring = pack.scoring
    if scoring is None:
        return None
    target = next((t for t in scoring.targets if t.name == target_name), None)
    # area -> indicator -> [weight, questions, bound, supported, self-assessed]
    tally: dict[str, dict[str, list[float]]] = {}
    for result in results:
        rule = result.rule
        if rule.area in scoring.exclude_areas:
            continue
        entry = tally.setdefault(rule.area, {}).setdefault(indicator_of(rule), [rule.weight, 0, 0, 0, 0])
        entry[1] += 1
        entry[2] += _bound_value(result)
        entry[3] += _supported_value(result)
        if claimed is not None:
            entry[4] += _claimed_value(result, claimed.get(rule.id))
    areas = []
    for area in pack.areas:
        if area.code not in tally:
            continue
        indicators = tally[area.code].values()
        weight = sum(e[0] for e in indicators)
        bound = sum(e[0] * e[2] / e[1] for e in indicators)
        supported = sum(e[0] * e[3] / e[1] for e in indicators)
        claimed_score = round(sum(e[0] * e[4] / e[1] for e in indicators), 4) if claimed is not None else None
        minimum = weight * target.area_min_share if target else None
        areas.append(AreaScore(area.code, round(weight, 4), round(bound, 4),
                               round(minimum, 4) if minimum is not None else None, round(supported, 4),
                               claimed_score))
    return Score(scoring, tuple(areas), target)


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
