"""``zi-check explain FILE``: the facts of one document, each with its page and words."""

from __future__ import annotations

import hashlib
from pathlib import Path

from checker.analyse import Analyzer
from checker.extract import ExtractSettings, extract
from checker.identity import Identity
from checker.model import Fact, Profile, RulePack, SourceFile


def explain(path: Path, profile: Profile, pack: RulePack, *, ocr: bool = True) -> str:
    st = path.stat()
    source = SourceFile(
        path=path.name,
        abspath=path,
        size=st.st_size,
        mtime_ns=st.st_mtime_ns,
        sha256=hashlib.sha256(path.read_bytes()).hexdigest(),
    )
    extraction = extract(source, ExtractSettings(ocr=ocr))
    lines = [
        f"file:     {path}",
        f"status:   {extraction.status.value}" + (f" ({extraction.error})" if extraction.error else ""),
    ]
    if extraction.text_source is not None:
        lines.append(f"text:     {extraction.text_source.value}, {extraction.page_count} page(s)")
    if not extraction.pages:
        return "\n".join(lines)
    facts = Analyzer(pack.kinds, pack.questions).analyse(source, extraction)
    labels = {k.name: k.label.en for k in pack.kinds}
    kind = f"{facts.kind} ({labels.get(facts.kind, '')})" if facts.kind else None
    lines.append(_line("kind", kind, facts.kind_fact))
    lines.append(_line("title", facts.title.text if facts.title else None, facts.title))
    lines.append(_line("number", facts.number.value if facts.number else None, facts.number))
    lines.append(_line("date", facts.date_shown, facts.date))
    if facts.impossible_date is not None:
        lines.append(_line("impossible_date", facts.impossible_date.text, facts.impossible_date))
    basis = _BASIS.get(facts.period_basis or "", facts.period_basis)
    period = f"{facts.period} (from {basis})" if facts.period else None
    lines.append(_line("period", period, facts.period_fact))
    if facts.title_period is not None:  # a record of an event is also about what its title names
        lines.append(_line("title's", str(facts.title_period), facts.title))
    if facts.valid_until is not None:
        lines.append(_line("in force", f"until {facts.valid_until.value}", facts.valid_until))
    lines.append(f"years:    {', '.join(map(str, facts.years)) or '-'}")
    if not facts.units:
        lines.append("units:    -")
    for unit in Identity(profile).units(facts):
        role = f"{unit.role.value}, {'about' if unit.about else 'mentioned'}"
        lines.append(_line("unit", f"{unit.name} [{role}]", unit.fact))
    for part in facts.parts:  # the other documents bound in the file
        kind = f"{part.facts.kind} ({labels.get(part.facts.kind or '', '')})"
        title = part.facts.title.text if part.facts.title else "-"
        period = f", {part.facts.period}" if part.facts.period else ""
        lines.append(_line(f"part p{part.page}", f"{kind}{period}: {title}", None))
    return "\n".join(lines)


_BASIS = {
    "title_range": "the title's period",
    "title_year": "the title's year",
    "date": "the date",
    "number": "the number's year",
    "field": "a year it states",
}


def _line(name: str, value: object, fact: Fact | None) -> str:
    if value is None:
        return f"{name + ':':9} -"
    where = ""
    if fact is not None:
        place = "file name" if fact.page == 0 else f"page {fact.page}"
        words = " ".join(fact.text.split())
        words = words if len(words) <= 90 else words[:89] + "…"
        where = f'\n{"":9}  ({place}: "{words}")'
    return f"{name + ':':9} {value}{where}"
