"""Extractions and facts to plain JSON data and back (for the cache), field by field."""

from __future__ import annotations

import datetime as dt
from typing import Any

from checker.model import (
    DocStatus,
    Extraction,
    Fact,
    Facts,
    NamedUnit,
    Page,
    Part,
    Period,
    TextSource,
)


def extraction_to(extraction: Extraction) -> dict[str, Any]:
    return {
        "status": extraction.status.value,
        "error": extraction.error,
        "page_count": extraction.page_count,
        "pages": [[p.number, p.text, p.source.value] for p in extraction.pages],
    }


def summary_to(extraction: Extraction) -> dict[str, Any]:
    """What the reports need of an extraction whose facts are known: its status, its pages and
    where its text came from; no text (the facts quote what they rest on)."""
    source = extraction.text_source
    return {
        "status": extraction.status.value,
        "error": extraction.error,
        "page_count": extraction.page_count,
        "pages": [],
        "source": source.value if source else None,
    }


def extraction_from(data: dict[str, Any]) -> Extraction:
    return Extraction(
        status=DocStatus(data["status"]),
        pages=tuple(Page(n, text, TextSource(source)) for n, text, source in data["pages"]),
        error=data["error"],
        page_count=data["page_count"],
        source=TextSource(data["source"]) if data.get("source") else None,
    )


def _fact_to(fact: Fact | None) -> list[Any] | None:
    if fact is None:
        return None
    value = fact.value
    if isinstance(value, dt.date):
        value = {"date": value.isoformat()}
    return [value, fact.page, fact.start, fact.end, fact.text]


def _fact_from(data: list[Any] | None) -> Fact | None:
    if data is None:
        return None
    value, page, start, end, text = data
    if isinstance(value, dict) and "date" in value:
        value = dt.date.fromisoformat(value["date"])
    return Fact(value, page, start, end, text)


def _period_to(period: Period | None) -> list[int] | None:
    return None if period is None else [period.start, period.end]


def _period_from(data: list[int] | None) -> Period | None:
    return None if data is None else Period(data[0], data[1])


def facts_to(facts: Facts) -> dict[str, Any]:
    return {
        "kind": facts.kind,
        "kind_fact": _fact_to(facts.kind_fact),
        "title": _fact_to(facts.title),
        "number": _fact_to(facts.number),
        "date": _fact_to(facts.date),
        "date_precision": facts.date_precision,
        "impossible_date": _fact_to(facts.impossible_date),
        "period": _period_to(facts.period),
        "period_fact": _fact_to(facts.period_fact),
        "period_basis": facts.period_basis,
        "title_period": _period_to(facts.title_period),
        "years": list(facts.years),
        "valid_until": _fact_to(facts.valid_until),
        "amends": list(facts.amends),
        "units": [[u.name, u.about, _fact_to(u.fact), u.where, list(u.context)] for u in facts.units],
        "head": facts.head,
        "place": facts.place,
        "lead": _fact_to(facts.lead),
        "says": list(facts.says),
        "aliases": [list(a) for a in facts.aliases],
        "parts": [[part.page, facts_to(part.facts)] for part in facts.parts],
        "signed": facts.signed,
        "placeholders": [_fact_to(f) for f in facts.placeholders],
    }


def facts_from(data: dict[str, Any]) -> Facts:
    return Facts(
        kind=data["kind"],
        kind_fact=_fact_from(data["kind_fact"]),
        title=_fact_from(data["title"]),
        number=_fact_from(data["number"]),
        date=_fact_from(data["date"]),
        date_precision=data.get("date_precision", "day"),
        impossible_date=_fact_from(data.get("impossible_date")),
        period=_period_from(data["period"]),
        period_fact=_fact_from(data["period_fact"]),
        period_basis=data["period_basis"],
        title_period=_period_from(data["title_period"]),
        years=tuple(data["years"]),
        valid_until=_fact_from(data["valid_until"]),
        amends=tuple(data.get("amends", ())),
        units=tuple(
            NamedUnit(name, about, _fact_from(fact), where, tuple(context))  # type: ignore[arg-type]
            for name, about, fact, where, context in data["units"]
        ),
        head=data["head"],
        place=data.get("place"),
        lead=_fact_from(data.get("lead")),
        says=tuple(data.get("says", ())),
        aliases=tuple(tuple(a) for a in data.get("aliases", ())),
        parts=tuple(Part(page, facts_from(part)) for page, part in data.get("parts", ())),
        signed=data.get("signed", True),
        placeholders=tuple(f for f in map(_fact_from, data.get("placeholders", ())) if f is not None),
    )
