"""report.md: a summary by area, every requirement with its evidence and near misses, the documents.

Every text that comes from a document (paths, titles, quotes, unit names) is escaped, so a file
cannot inject Markdown or HTML into the report.
"""

from __future__ import annotations

import re
from pathlib import Path

from checker.model import DocStatus, Report, ReqStatus
from checker.report import lke, messages
from checker.report.baseline import Change, Changes, changes_of
from checker.report.links import Links, evidence_paths, index_target
from checker.score import Score

EXTENSION = "md"
ICON = {
    ReqStatus.MET: "✅",
    ReqStatus.PARTIAL: "🌓",
    ReqStatus.WRONG_YEAR: "📅",
    ReqStatus.WRONG_UNIT: "🏢",
    ReqStatus.UNREADABLE: "🚫",
    ReqStatus.MISSING: "❌",
}
# Mid-line, only these characters can start markup (text never begins a line here).
_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
CHANGE_ICON = {Change.NEW_GAP: "🆕", Change.RESOLVED: "✔️", Change.STILL_OPEN: "⏳", Change.UNCHANGED: "="}


def escape(text: object) -> str:
    """Document text made inert in Markdown: one line, every markup character escaped."""
    flat = " ".join(str(text).split())
    return _SPECIAL.sub(r"\\\1", flat).replace("&", "&amp;")


def _score(score: Score, titles: dict[str, str], w: dict, lang: str) -> list[str]:
    target = score.target.name.upper() if score.target else ""
    out = [f"### {w['score']}", ""]
    claimed = score.total_self_assessed is not None
    header = [w["area"], w["max"], w["bound"], w["supported_score"], *([w["self_assessed"]] if claimed else [])]
    if score.target:
        header += [w["minimum"].format(target=target), w["status"]]
    out += ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]

    def row(
        label: str,
        weight: float,
        bound: float,
        minimum: float | None,
        below: bool,
        supported: float,
        self_assessed: float | None,
    ) -> str:
        cells = [label, f"{weight:g}", f"{bound:.2f}", f"{supported:.2f}"]
        if claimed:
            cells.append(f"{self_assessed or 0:.2f}")
        if minimum is not None:
            cells += [f"{minimum:g}", ("⚠️ " + w["below"]) if below else ("✅ " + w["ok"])]
        return "| " + " | ".join(cells) + " |"

    for a in score.areas:
        out.append(row(titles.get(a.code, a.code), a.weight, a.bound, a.minimum, a.below, a.supported, a.self_assessed))
    total_min = score.target.total_min if score.target else None
    out.append(
        row(
            f"**{escape(score.scoring.total_label.get(lang))}**",
            score.total_weight,
            score.total_bound,
            total_min,
            score.total_below,
            score.total_supported,
            score.total_self_assessed,
        )
    )
    out.append("")
    if score.target:
        below = [a.code for a in score.areas if a.below]
        if below:
            out.append(w["areas_below"].format(target=target, areas=", ".join(below)))
        elif not score.total_below:
            out.append(w["target_reachable"].format(target=target))
    if score.scoring.note:
        out.append(f"*{escape(score.scoring.note.get(lang))}*")
    out.append("")
    return out


def _changes(changes: Changes, report: Report, w: dict, lang: str) -> list[str]:
    counts = changes.counts()
    titles = {r.rule.id: r.rule.title.get(lang) for r in report.results}
    out = [f"### {w['changes']}", ""]
    if changes.baseline.generated_at:
        out += [w["compared_with"].format(when=escape(changes.baseline.generated_at)), ""]
    out += [f"| {w['change']} | {w['requirements']} |", "|---|---|"]
    out += [f"| {CHANGE_ICON[c]} {messages.change_label(c, lang)} | {counts[c]} |" for c in Change]
    out.append("")
    for c in (Change.NEW_GAP, Change.RESOLVED):
        rows = [x for x in changes.requirements if x.change is c]
        if rows:
            out.append(f"**{messages.change_label(c, lang)}:**")
            out += [
                f"- {x.id} · {escape(titles.get(x.id, ''))} ({escape(x.previous or '-')} → {x.status})" for x in rows
            ]
            out.append("")
    if changes.dropped:
        out += [f"**{w['dropped']}:** {', '.join(escape(i) for i in changes.dropped)}", ""]
    return out


def _claims(report: Report, w: dict, lang: str) -> list[str]:
    """The worksheet's claims that have findings: claimed and supported answers side by side."""
    sheet = report.worksheet
    if sheet is None:
        return []
    out = [
        f"## {w['claims']}",
        "",
        w["claims_note"].format(
            file=escape(sheet.path.name), layout=w["layouts"].get(sheet.layout, sheet.layout), sheet=escape(sheet.sheet)
        ),
        "",
    ]
    rows = [
        (r, report.claims[r.rule.id])
        for r in report.results
        if r.rule.id in report.claims and report.claims[r.rule.id].findings
    ]
    if not rows:
        return [*out, w["claims_ok"], ""]
    kind_labels = messages.kind_labels(report.pack, lang)
    out += [w["claims_count"].format(n=len(rows), total=len(report.results)), ""]
    out += [f"| ID | {w['row']} | {w['claimed']} | {w['supported']} | {w['findings']} |", "|---|---|---|---|---|"]
    for r, claim in rows:
        findings = "; ".join(messages.claim_detail(f, lang, kind_labels) for f in claim.findings)
        out.append(
            f"| {r.rule.id} | {claim.row or w['none']} | {escape(claim.written) or w['none']} | "
            f"{escape(r.supported or w['none'])} | {escape(findings)} |"
        )
    return [*out, ""]


def _misfiled(report: Report, w: dict, lang: str) -> list[str]:
    if not report.misfiled:
        return []
    out = [f"## {w['misfiled']}", "", f"| {w['file']} | {w['filed_under']} | {w['belongs']} |", "|---|---|---|"]
    for path, where in report.misfiled.items():
        out.append(f"| {escape(path)} | {', '.join(where.filed_under)} | {', '.join(where.proves)} |")
    return [*out, ""]


def _index(report: Report, links: Links, w: dict, lang: str) -> list[str]:
    out = [f"## {w['index']}", "", w["index_note"], ""]
    out += [f"| {w['soal']} | {w['position']} | ID | {w['question']} | {w['link']} |", "|---|---|---|---|---|"]
    for row in lke.worksheet(report):
        r = row.result
        target = index_target(r)
        if target is None:
            cell = f"{w['none']} ({messages.status_label(r.status, lang)})"
        else:
            shown = escape(target.path + ("/" if target.is_folder else ""))
            href = links.target(target)
            cell = f"[{shown}]({href})" if href else shown
            paths = evidence_paths(r)
            if target.is_folder or len(paths) > 1:
                cell += ": " + ", ".join(escape(p.rsplit("/", 1)[-1]) for p in paths)
        out.append(f"| {r.rule.soal} | {r.rule.lke} | {r.rule.id} | {escape(r.rule.question)} | {cell} |")
    out.append("")
    return out


def render(report: Report, lang: str, output: Path | None = None) -> str:
    w = messages.words(lang, report.pack)
    links = Links(report.root, output)
    changes = changes_of(report)
    by_change = changes.by_id() if changes else {}
    kind_labels = messages.kind_labels(report.pack, lang)
    p = report.profile
    out: list[str] = [f"# {w['report_title']}", ""]
    out.append(f"- **{w['unit']}:** {escape(p.unit)}")
    if p.aliases:
        out.append(f"- **{w['aliases']}:** {escape(', '.join(p.aliases))}")
    if p.parent:
        out.append(f"- **{w['parent']}:** {escape(p.parent)}")
    out += [
        f"- **{w['year']}:** {p.year}",
        f"- **{w['target']}:** {p.target.upper()}",
        f"- **{w['rules']}:** {escape(report.pack.title.get(lang))} (`{report.pack.id}`)",
        (
            f"- **{w['generated']}:** {report.generated_at.isoformat(timespec='seconds')}"
            f" · zi-check {report.tool_version}"
        ),
        "",
    ]
    gaps = sum(r.status is not ReqStatus.MET for r in report.results)
    verdict = w["verdict_ok"] if gaps == 0 else w["verdict_gaps"].format(gaps=gaps, total=len(report.results))
    out += [f"## {w['summary']}", "", f"**{verdict}**", ""]
    statuses = list(ReqStatus)
    header = [w["area"], w["requirements"], *(messages.status_label(s, lang) for s in statuses)]
    out += ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for area in report.pack.areas:
        rows = [r for r in report.results if r.rule.area == area.code]
        if not rows:
            continue
        counts = [sum(r.status is s for r in rows) for s in statuses]
        out.append(
            f"| {area.code} {escape(area.title.get(lang))} | {len(rows)} | " + " | ".join(map(str, counts)) + " |"
        )
    totals = [sum(r.status is s for r in report.results) for s in statuses]
    out.append(f"| **{w['total']}** | **{len(report.results)}** | " + " | ".join(f"**{n}**" for n in totals) + " |")
    read = sum(d.extraction.status is DocStatus.OK for d in report.documents)
    out += ["", f"{w['docs_read']}: {read} · {w['docs_not_read']}: {len(report.documents) - read}", ""]
    if changes is not None:
        out += _changes(changes, report, w, lang)

    if isinstance(report.score, Score):
        titles = {a.code: f"{a.code} {escape(a.title.get(lang))}" for a in report.pack.areas}
        out += _score(report.score, titles, w, lang)

    out += _claims(report, w, lang)
    out += _misfiled(report, w, lang)

    out += [f"## {w['requirements']}", ""]
    for area in report.pack.areas:
        rows = [r for r in report.results if r.rule.area == area.code]
        if not rows:
            continue
        out += [f"### {area.code} · {escape(area.title.get(lang))}", ""]
        for r in rows:
            change = by_change.get(r.rule.id)
            mark = f" · {CHANGE_ICON[change.change]} {messages.change_label(change.change, lang)}" if change else ""
            out.append(
                f"#### {ICON[r.status]} {r.rule.id} · {escape(r.rule.title.get(lang))}: "
                f"{messages.status_label(r.status, lang)}{mark}"
            )
            out.append("")
            out.append(
                f"{w['question']} ({r.rule.lke}, {w['weight'].lower()} {r.rule.weight:g}): *{escape(r.rule.question)}*"
            )
            out.append("")
            for e in r.evidence:
                where = f"{w['page']} {e.page}" if e.page else w["file_name"]
                out.append(f"- {w['evidence']}: **{escape(e.path)}**, {where}: «{escape(e.quote)}»")
            for pr in r.problems:
                where = f", {w['page']} {pr.page}" if pr.page else ""
                detail = messages.problem_detail(pr, lang, kind_labels)
                out.append(f"- {w['problems']}: **{escape(pr.path)}**{where}: {escape(detail)}")
            if r.evidence or r.problems:
                out.append("")
            if r.status is not ReqStatus.MET:
                out += [escape(messages.message(r, lang, kind_labels)), ""]
            claim = report.claims.get(r.rule.id)
            if claim is not None and claim.findings:
                out += [
                    f"- {w['claimed']} ({claim.written or w['none']}): {escape(messages.claim_detail(f, lang, kind_labels))}"
                    for f in claim.findings
                ] + [""]

    out += _index(report, links, w, lang)
    out += [f"## {w['documents']}", ""]
    out += [f"| {w['file']} | {w['status']} | {w['kind']} | {w['years']} | {w['note']} |", "|---|---|---|---|---|"]
    for d in report.documents:
        f = d.facts
        status = w["doc_status"][d.extraction.status.value]
        if d.extraction.text_source and d.extraction.text_source.value == "ocr":
            status += f" ({w['ocr']})"
        kind = kind_labels.get(f.kind, f.kind) if f.kind and d.readable else ""
        years = ", ".join(map(str, f.years))
        note = d.extraction.error or (f.title.text if f.title else "")
        doubts = "; ".join(messages.doubt_text(x, lang) for x in report.doubts.get(d.path, ()))
        note = f"{note[:160]} ⚠ {doubts}" if doubts else note[:160]
        advice = "; ".join(messages.formality_text(n, lang) for n in report.formality.get(d.path, ()))
        note = f"{note} · {w['advice']}: {advice}" if advice else note
        out.append(f"| {escape(d.path)} | {status} | {escape(kind)} | {years} | {escape(note)} |")
    if report.warnings:
        out += ["", f"## {w['warnings']}", ""]
        out += [f"- **{escape(x.path)}**: {escape(x.reason)}" for x in report.warnings]
    return "\n".join(out) + "\n"
