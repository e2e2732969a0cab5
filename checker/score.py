"""The score at risk: the most a unit can score with the evidence found (an upper bound).

Rules whose LKE positions differ only in their last part answer one indicator and share its
weight; an indicator scores at most its weight times the share of its questions that are met.
Generic: the areas, weights, exclusions and targets all come from the rule pack.
"""

from __future__ import annotations

from dataclasses import dataclass

from checker.model import ReqStatus, RequirementResult, RulePack, Scoring, Target


@dataclass(frozen=True, slots=True)
class AreaScore:
    code: str
    weight: float  # the most the area can give
    bound: float  # the most it can give with the evidence found
    minimum: float | None  # what the target needs of it
    supported: float = 0.0  # what it scores with the answers the documents support

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
    def total_below(self) -> bool:
        return self.target is not None and self.total_bound + 1e-9 < self.target.total_min

    @property
    def reachable(self) -> bool:
        """Whether the target can still be reached with the evidence found."""
        return not self.total_below and not any(a.below for a in self.areas)


def indicator_of(lke: str) -> str:
    return lke.rsplit(".", 1)[0]


def score(results: tuple[RequirementResult, ...], pack: RulePack, target_name: str) -> Score | None:
    scoring = pack.scoring
    if scoring is None:
        return None
    target = next((t for t in scoring.targets if t.name == target_name), None)
    # area -> indicator -> [weight, questions, met]
    tally: dict[str, dict[str, list[float]]] = {}
    for result in results:
        rule = result.rule
        if rule.area in scoring.exclude_areas:
            continue
        entry = tally.setdefault(rule.area, {}).setdefault(indicator_of(rule.lke), [rule.weight, 0, 0, 0])
        entry[1] += 1
        entry[2] += _bound_value(result)
        entry[3] += _supported_value(result)
    areas = []
    for area in pack.areas:
        if area.code not in tally:
            continue
        indicators = tally[area.code].values()
        weight = sum(w for w, _, _, _ in indicators)
        bound = sum(w * met / n for w, n, met, _ in indicators)
        supported = sum(w * value / n for w, n, _, value in indicators)
        minimum = weight * target.area_min_share if target else None
        areas.append(AreaScore(area.code, round(weight, 4), round(bound, 4),
                               round(minimum, 4) if minimum is not None else None, round(supported, 4)))
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
