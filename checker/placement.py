"""Evidence filed under the wrong question: where each document sits, and where it belongs.

A document whose folder or name points to some requirements (``filed_under``) and that is
evidence, or a near miss, for others only is ``misfiled``. Where its folder names questions (a
sub-area's or a question's folder), those requirements list it as a problem; a stray document in
a whole area's folder is a drawer's, not a question's, and is said once, of the document (listed
under each of the area's questions it would bury their real near misses). Evidence counts
wherever it is filed: no status changes here.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from checker.filing import Filing
from checker.model import Document, Misfiled, Problem, RequirementResult, RulePack
from checker.score import indicator_of

MISFILED = "misfiled"
# near misses that say the document is something else: no sign of where it belongs
_NOT_A_SIGN = {MISFILED, "other_kind", "unreadable"}


def place(
    documents: tuple[Document, ...], results: tuple[RequirementResult, ...], pack: RulePack
) -> tuple[dict[str, tuple[str, ...]], dict[str, Misfiled], tuple[RequirementResult, ...]]:
    """(path -> filed_under, path -> misfiled, the results with a problem for each misfiled
    document under them)."""
    filing = Filing(pack.rules, pack.areas)
    filed = {d.path: filing.of(d.path) for d in documents}
    # where it is evidence; failing that, where it is a near miss of the right kind
    proves: dict[str, set[str]] = defaultdict(set)
    near: dict[str, set[str]] = defaultdict(set)
    for result in results:
        for e in result.evidence:
            proves[e.path].add(result.rule.id)
        for p in result.problems:
            if p.reason not in _NOT_A_SIGN:
                near[p.path].add(result.rule.id)
    for path, rule_ids in near.items():
        if path not in proves:
            proves[path] = rule_ids
    misfiled: dict[str, Misfiled] = {}
    order = {r.rule.id: k for k, r in enumerate(results)}
    for path, under in filed.items():
        found = proves.get(path, set())
        if under and found and not found & set(under):
            misfiled[path] = Misfiled(under, tuple(sorted(found, key=order.__getitem__)))
    if not misfiled:
        return filed, misfiled, results
    sitting: dict[str, list[str]] = defaultdict(list)  # rule id -> the misfiled documents under it
    indicator = {r.id: indicator_of(r) for r in pack.rules}
    for path, where in misfiled.items():
        if len({indicator[i] for i in where.filed_under}) > 1:
            continue  # filed under a whole area (or more): said of the document only
        for rule_id in where.filed_under:
            sitting[rule_id].append(path)
    placed = []
    for result in results:
        extra = tuple(
            Problem(path, result.status, MISFILED, (("proves", ", ".join(misfiled[path].proves)),))
            for path in sitting.get(result.rule.id, ())
        )
        placed.append(replace(result, problems=result.problems + extra) if extra else result)
    return filed, misfiled, tuple(placed)
