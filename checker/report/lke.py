"""The LKE worksheet's order: one row per question, as the rule pack's catalog lists them.

The catalog (``catalog:`` in pack.yaml, a JSON question tree) gives the worksheet's order and the
headings above each question (component, sub-component, area of change, sub-area) and its answer
criteria. Rules the catalog does not list, or a pack without a catalog, follow in question
number (``soal``) order.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from checker.model import Report, RequirementResult


@dataclass(frozen=True, slots=True)
class Row:
    result: RequirementResult
    headings: tuple[str, ...] = ()  # from the catalog: component, sub-component, area, sub-area
    criteria: str = ""  # the answer criteria, from the catalog


@dataclass(frozen=True, slots=True)
class _Entry:
    order: int
    headings: tuple[str, ...]
    criteria: str


def worksheet(report: Report) -> tuple[Row, ...]:
    """Every requirement once, in the worksheet's order."""
    catalog = _catalog(report.pack.catalog) if report.pack.catalog else {}
    listed = [r for r in report.results if r.rule.id in catalog]
    listed.sort(key=lambda r: catalog[r.rule.id].order)
    rest = [r for r in report.results if r.rule.id not in catalog]
    rest.sort(key=lambda r: r.rule.soal)  # stable: the pack's order among equal numbers
    rows = [Row(r, catalog[r.rule.id].headings, catalog[r.rule.id].criteria) for r in listed]
    return tuple(rows + [Row(r) for r in rest])


@cache
def _catalog(path: str) -> dict[str, _Entry]:
    try:
        with open(path, encoding="utf-8") as fh:
            tree = json.load(fh).get("tree", [])
    except (OSError, ValueError, AttributeError):
        return {}
    found: dict[str, _Entry] = {}

    def walk(nodes: list[Any], headings: tuple[str, ...]) -> None:
        for node in nodes:
            if not isinstance(node, dict):
                continue
            here = (*headings, str(node.get("name", "")))
            for q in node.get("questions", []) or []:
                if isinstance(q, dict) and isinstance(q.get("id"), str) and q["id"] not in found:
                    found[q["id"]] = _Entry(len(found), here, str(q.get("criteria") or ""))
            walk(node.get("children", []) or [], here)

    walk(tree if isinstance(tree, list) else [], ())
    return found
