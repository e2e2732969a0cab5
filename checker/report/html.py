"""report.html: one self-contained page (styles, script and chart inline; nothing is fetched).

A Content-Security-Policy meta tag forbids every load but inline styles, inline script and
``data:`` images, so the page cannot reach the network even if a document's text tried to. Every
text that comes from a document or the rule pack goes through ``html.escape`` (in attributes
too); the script only shows and hides rows, it never writes text into the page.

Links to the scanned files are relative to the folder the report is written to (see ``links``).
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from pathlib import Path

from checker.model import DocStatus, Report, ReqStatus, RequirementResult
from checker.report import lke, messages
from checker.report.baseline import Change, Changes, RequirementChange, changes_of
from checker.report.links import Links, evidence_paths, index_target
from checker.score import Score

EXTENSION = "html"
CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"
_STATUS_VALUES = {s.value for s in ReqStatus}

_EXTRA_WORDS = {
    "id": {
        "expand_all": "Buka semua",
        "collapse_all": "Tutup semua",
        "contents": "Isi",
        "chart_label": "Grafik batas atas nilai per area terhadap minimum predikat",
    },
    "en": {
        "expand_all": "Expand all",
        "collapse_all": "Collapse all",
        "contents": "Contents",
        "chart_label": "Chart of the score upper bound per area against the predicate minimums",
    },
}


def e(value: object) -> str:
    """Text made inert in HTML, in element content and in quoted attributes alike."""
    return html.escape(str(value), quote=True)


def render(report: Report, lang: str, output: Path | None = None) -> str:
    w = {**messages.words(lang, report.pack), **_EXTRA_WORDS[lang]}
    links = Links(report.root, output)
    changes = changes_of(report)
    kind_labels = messages.kind_labels(report.pack, lang)
    p = report.profile
    out: list[str] = [
        "<!DOCTYPE html>",
        f'<html lang="{e(lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{e(CSP)}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="referrer" content="no-referrer">',
        f'<meta name="generator" content="zi-check {e(report.tool_version)}">',
        f"<title>{e(w['report_title'])} · {e(p.unit)}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        "<header>",
        f"<h1>{e(w['report_title'])}</h1>",
        '<dl class="profile">',
        f"<dt>{e(w['unit'])}</dt><dd>{e(p.unit)}</dd>",
    ]
    if p.aliases:
        out.append(f"<dt>{e(w['aliases'])}</dt><dd>{e(', '.join(p.aliases))}</dd>")
    if p.parent:
        out.append(f"<dt>{e(w['parent'])}</dt><dd>{e(p.parent)}</dd>")
    out += [
        f"<dt>{e(w['year'])}</dt><dd>{p.year}</dd>",
        f"<dt>{e(w['target'])}</dt><dd>{e(p.target.upper())}</dd>",
        f"<dt>{e(w['rules'])}</dt><dd>{e(report.pack.title.get(lang))} (<code>{e(report.pack.id)}</code>)</dd>",
        (
            f"<dt>{e(w['generated'])}</dt><dd><time>{e(report.generated_at.isoformat(timespec='seconds'))}</time>"
            f" · zi-check {e(report.tool_version)}</dd>"
        ),
        "</dl>",
        "</header>",
        _toc(w, report, changes),
        "<main>",
    ]
    out += _summary(report, w, lang)
    if changes is not None:
        out += _changes(changes, report, w, lang)
    if report.score is not None and isinstance(report.score, Score):
        out += _score(report.score, report, w, lang)
    out += _claims(report, w, lang)
    out += _requirements(report, links, changes, kind_labels, w, lang)
    out += _index(report, links, w, lang)
    out += _documents(report, links, kind_labels, w, lang)
    if report.warnings:
        out += ['<section id="warnings">', f"<h2>{e(w['warnings'])}</h2>", "<ul>"]
        out += [f"<li><strong>{e(x.path)}</strong>: {e(x.reason)}</li>" for x in report.warnings]
        out += ["</ul>", "</section>"]
    out += [
        "</main>",
        (
            f"<footer>zi-check {e(report.tool_version)} · {e(report.generated_at.isoformat(timespec='seconds'))}"
            "</footer>"
        ),
        f"<script>{_JS}</script>",
        "</body>",
        "</html>",
    ]
    return "\n".join(out) + "\n"


def _toc(w: dict, report: Report, changes: Changes | None) -> str:
    items = [("summary", w["summary"])]
    if changes is not None:
        items.append(("changes", w["changes"]))
    if report.score is not None:
        items.append(("score", w["score"]))
    items += [("requirements", w["requirements"]), ("index", w["index"]), ("documents", w["documents"])]
    links = " · ".join(f'<a href="#{key}">{e(label)}</a>' for key, label in items)
    return f'<nav aria-label="{e(w["contents"])}">{links}</nav>'


def _badge(status: ReqStatus, lang: str) -> str:
    return f'<span class="badge s-{e(status.value)}">{e(messages.status_label(status, lang))}</span>'


def _change_badge(change: Change, lang: str) -> str:
    return f'<span class="badge c-{e(change.value)}">{e(messages.change_label(change, lang))}</span>'


def _link(href: str | None, text: str) -> str:
    return f'<a href="{e(href)}">{e(text)}</a>' if href else f'<span class="path">{e(text)}</span>'


def _summary(report: Report, w: dict, lang: str) -> list[str]:
    gaps = sum(r.status is not ReqStatus.MET for r in report.results)
    verdict = w["verdict_ok"] if gaps == 0 else w["verdict_gaps"].format(gaps=gaps, total=len(report.results))
    out = [
        '<section id="summary">',
        f"<h2>{e(w['summary'])}</h2>",
        f'<p class="verdict {"ok" if gaps == 0 else "gaps"}">{e(verdict)}</p>',
        '<table class="counts"><thead><tr>',
        f"<th>{e(w['area'])}</th><th>{e(w['requirements'])}</th>"
        + "".join(f"<th>{_badge(s, lang)}</th>" for s in ReqStatus),
        "</tr></thead><tbody>",
    ]
    for area in report.pack.areas:
        rows = [r for r in report.results if r.rule.area == area.code]
        if not rows:
            continue
        cells = "".join(f'<td class="num">{sum(r.status is s for r in rows)}</td>' for s in ReqStatus)
        out.append(
            f'<tr><th scope="row"><a href="#area-{e(area.code)}">{e(area.code)} {e(area.title.get(lang))}'
            f'</a></th><td class="num">{len(rows)}</td>{cells}</tr>'
        )
    totals = "".join(f'<td class="num">{sum(r.status is s for r in report.results)}</td>' for s in ReqStatus)
    out.append(
        f'<tr class="total"><th scope="row">{e(w["total"])}</th><td class="num">{len(report.results)}</td>{totals}</tr>'
    )
    read = sum(d.extraction.status is DocStatus.OK for d in report.documents)
    out += [
        "</tbody></table>",
        f"<p>{e(w['docs_read'])}: {read} · {e(w['docs_not_read'])}: {len(report.documents) - read}</p>",
        "</section>",
    ]
    return out


def _changes(changes: Changes, report: Report, w: dict, lang: str) -> list[str]:
    counts = changes.counts()
    titles = {r.rule.id: r.rule.title.get(lang) for r in report.results}
    out = ['<section id="changes">', f"<h2>{e(w['changes'])}</h2>"]
    if changes.baseline.generated_at:
        out.append(f"<p>{e(w['compared_with'].format(when=changes.baseline.generated_at))}</p>")
    out.append('<ul class="change-counts">')
    out += [f"<li>{_change_badge(c, lang)} {counts[c]}</li>" for c in Change]
    out.append("</ul>")
    for c in (Change.NEW_GAP, Change.RESOLVED):
        rows = [x for x in changes.requirements if x.change is c]
        if rows:
            out.append(f"<h3>{e(messages.change_label(c, lang))}</h3><ul>")
            out += [
                f'<li><a href="#req-{e(x.id)}"><code>{e(x.id)}</code></a> {e(titles.get(x.id, ""))} '
                f"({e(x.previous or '-')} → {e(x.status)})</li>"
                for x in rows
            ]
            out.append("</ul>")
    if changes.dropped:
        out.append(f"<p>{e(w['dropped'])}: {e(', '.join(changes.dropped))}</p>")
    out.append("</section>")
    return out


# --- the chart -------------------------------------------------------------------------------

_LABEL_W, _BAR_W, _VALUE_W, _ROW_H = 330, 360, 180, 30


def _score(score: Score, report: Report, w: dict, lang: str) -> list[str]:
    titles = {a.code: f"{a.code} {a.title.get(lang)}" for a in report.pack.areas}
    target = score.target
    targets = score.scoring.targets
    out = ['<section id="score">', f"<h2>{e(w['score'])}</h2>"]
    out.append(_chart(score, titles, w, lang))
    # the same numbers as a table, for screen readers and copying
    claimed = score.total_self_assessed is not None
    header = [
        w["area"],
        w["max"],
        w["bound"],
        w["supported_score"],
        *([w["self_assessed"]] if claimed else []),
        *(w["minimum"].format(target=t.name.upper()) for t in targets),
    ]
    out += ['<table class="score"><thead><tr>' + "".join(f"<th>{e(h)}</th>" for h in header) + "</tr></thead><tbody>"]

    def scores(supported: float, self_assessed: float | None) -> str:
        cells = f'<td class="num">{supported:.2f}</td>'
        return cells + (f'<td class="num">{self_assessed or 0:.2f}</td>' if claimed else "")

    for a in score.areas:
        mins = "".join(f'<td class="num">{a.weight * t.area_min_share:.2f}</td>' for t in targets)
        cls = ' class="below"' if a.below else ""
        out.append(
            f'<tr{cls}><th scope="row">{e(titles.get(a.code, a.code))}</th>'
            f'<td class="num">{a.weight:g}</td><td class="num">{a.bound:.2f}</td>'
            f"{scores(a.supported, a.self_assessed)}{mins}</tr>"
        )
    mins = "".join(f'<td class="num">{t.total_min:g}</td>' for t in targets)
    cls = ' class="total below"' if score.total_below else ' class="total"'
    out.append(
        f'<tr{cls}><th scope="row">{e(score.scoring.total_label.get(lang))}</th>'
        f'<td class="num">{score.total_weight:g}</td><td class="num">{score.total_bound:.2f}</td>'
        f"{scores(score.total_supported, score.total_self_assessed)}{mins}</tr>"
    )
    out.append("</tbody></table>")
    if target is not None:
        below = [a.code for a in score.areas if a.below]
        if below:
            out.append(
                f'<p class="warn">{e(w["areas_below"].format(target=target.name.upper(), areas=", ".join(below)))}</p>'
            )
        elif not score.total_below:
            out.append(f'<p class="fine">{e(w["target_reachable"].format(target=target.name.upper()))}</p>')
    if score.scoring.note:
        out.append(f'<p class="note">{e(score.scoring.note.get(lang))}</p>')
    out.append("</section>")
    return out


def _claims(report: Report, w: dict, lang: str) -> list[str]:
    """The worksheet's claims that have findings, claimed and supported answers side by side."""
    sheet = report.worksheet
    if sheet is None:
        return []
    out = [
        '<section id="claims">',
        f"<h2>{e(w['claims'])}</h2>",
        f'<p class="note">{e(w["claims_note"].format(file=sheet.path.name, sheet=sheet.sheet, layout=w["layouts"].get(sheet.layout, sheet.layout)))}</p>',
    ]
    rows = [
        (r, report.claims[r.rule.id])
        for r in report.results
        if r.rule.id in report.claims and report.claims[r.rule.id].findings
    ]
    if not rows:
        return [*out, f'<p class="fine">{e(w["claims_ok"])}</p>', "</section>"]
    kind_labels = messages.kind_labels(report.pack, lang)
    out.append(f"<p>{e(w['claims_count'].format(n=len(rows), total=len(report.results)))}</p>")
    header = ["ID", w["row"], w["claimed"], w["supported"], w["findings"]]
    out.append(
        '<table class="claims"><thead><tr>' + "".join(f"<th>{e(h)}</th>" for h in header) + "</tr></thead><tbody>"
    )
    for r, claim in rows:
        findings = "".join(
            f'<li data-code="{e(f.code)}">{e(messages.claim_detail(f, lang, kind_labels))}</li>' for f in claim.findings
        )
        out.append(
            f'<tr><th scope="row">{e(r.rule.id)}</th><td class="num">{e(claim.row or w["none"])}</td>'
            f"<td>{e(claim.written or w['none'])}</td><td>{e(r.supported or w['none'])}</td>"
            f"<td><ul>{findings}</ul></td></tr>"
        )
    return [*out, "</tbody></table>", "</section>"]


def _chart(score: Score, titles: dict[str, str], w: dict, lang: str) -> str:
    """Horizontal bars: the area's weight (track), its upper bound (bar), each target's minimum (marks)."""
    targets = score.scoring.targets
    chosen = score.target.name if score.target else None
    rows: list[tuple[str, float, float, list[tuple[str, float]], bool, bool]] = [
        (
            titles.get(a.code, a.code),
            a.weight,
            a.bound,
            [(t.name, a.weight * t.area_min_share) for t in targets],
            a.below,
            False,
        )
        for a in score.areas
    ]
    rows.append(
        (
            score.scoring.total_label.get(lang),
            score.total_weight,
            score.total_bound,
            [(t.name, t.total_min) for t in targets],
            score.total_below,
            True,
        )
    )
    area_max = max((a.weight for a in score.areas), default=1.0) or 1.0
    width = _LABEL_W + _BAR_W + _VALUE_W
    legend_h = 30
    height = _ROW_H * len(rows) + 14 + legend_h
    parts = [
        (
            f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}" role="img" aria-label="{e(w["chart_label"])}">'
        )
    ]
    for i, (label, weight, bound, minimums, below, total) in enumerate(rows):
        y = i * _ROW_H + (14 if total else 0)
        scale = _BAR_W / (weight if total else area_max) if (weight or not total) else 0
        if total:
            parts.append(f'<line x1="0" x2="{width}" y1="{y - 7}" y2="{y - 7}" class="sep"/>')
        weight_w, bound_w = weight * scale, bound * scale
        parts.append(
            f'<text x="{_LABEL_W - 8}" y="{y + 19}" class="label{" total" if total else ""}" '
            f'text-anchor="end">{e(_clip(label, 38))}<title>{e(label)}</title></text>'
        )
        parts.append(
            f'<rect x="{_LABEL_W}" y="{y + 6}" width="{weight_w:.1f}" height="18" class="track">'
            f"<title>{e(w['legend_weight'])}: {weight:g}</title></rect>"
        )
        parts.append(
            f'<rect x="{_LABEL_W}" y="{y + 6}" width="{bound_w:.1f}" height="18" '
            f'class="bar {"below" if below else "fine"}"><title>{e(w["bound"])}: {bound:.2f}</title></rect>'
        )
        for name, minimum in minimums:
            x = _LABEL_W + minimum * scale
            cls = "min chosen" if name == chosen else "min"
            label_min = w["legend_minimum"].format(target=name.upper())
            parts.append(
                f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{y + 2}" y2="{y + 28}" class="{cls}">'
                f"<title>{e(label_min)}: {minimum:.2f}</title></line>"
            )
        chosen_min = dict(minimums).get(chosen) if chosen else None
        value = f"{bound:.2f} / {weight:g}" + (f" (min {chosen_min:.2f})" if chosen_min is not None else "")
        parts.append(f'<text x="{_LABEL_W + _BAR_W + 8}" y="{y + 19}" class="value">{e(value)}</text>')
    # legend
    y = height - legend_h + 8
    parts.append(
        f'<rect x="{_LABEL_W}" y="{y}" width="14" height="12" class="bar fine"/>'
        f'<text x="{_LABEL_W + 18}" y="{y + 11}" class="legend">{e(w["legend_bound"])}</text>'
    )
    x = _LABEL_W + 18 + 7 * len(w["legend_bound"]) + 16
    for t in targets:
        cls = "min chosen" if t.name == chosen else "min"
        parts.append(
            f'<line x1="{x}" x2="{x}" y1="{y - 2}" y2="{y + 14}" class="{cls}"/>'
            f'<text x="{x + 5}" y="{y + 11}" class="legend">'
            f"{e(w['legend_minimum'].format(target=t.name.upper()))}</text>"
        )
        x += 110
    parts.append("</svg>")
    return "".join(parts)


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


# --- requirements ----------------------------------------------------------------------------


def _requirements(
    report: Report, links: Links, changes: Changes | None, kind_labels: dict[str, str], w: dict, lang: str
) -> list[str]:
    by_change = changes.by_id() if changes else {}
    total = len(report.results)
    out = [
        '<section id="requirements">',
        f"<h2>{e(w['requirements'])}</h2>",
        '<div class="filters">',
        f"<fieldset><legend>{e(w['filter_status'])}</legend>",
    ]
    for s in ReqStatus:
        n = sum(r.status is s for r in report.results)
        out.append(
            f'<label><input type="checkbox" class="filter" data-filter="status" value="{e(s.value)}" '
            f'checked> {_badge(s, lang)} <span class="n">{n}</span></label>'
        )
    out.append(
        f'<button type="button" data-preset="all">{e(w["all"])}</button>'
        f'<button type="button" data-preset="gaps">{e(w["gaps_only"])}</button></fieldset>'
    )
    if changes is not None:
        counts = changes.counts()
        out.append(f"<fieldset><legend>{e(w['filter_change'])}</legend>")
        out += [
            f'<label><input type="checkbox" class="filter" data-filter="change" value="{e(c.value)}" '
            f'checked> {_change_badge(c, lang)} <span class="n">{counts[c]}</span></label>'
            for c in Change
        ]
        out.append("</fieldset>")
    out.append(
        f'<p class="shown"><span id="shown">{total}</span> {e(w["of"])} {total} {e(w["shown"])} · '
        f'<button type="button" data-open="1">{e(w["expand_all"])}</button>'
        f'<button type="button" data-open="0">{e(w["collapse_all"])}</button></p>'
    )
    out.append("</div>")
    for area in report.pack.areas:
        rows = [r for r in report.results if r.rule.area == area.code]
        if not rows:
            continue
        met = sum(r.status is ReqStatus.MET for r in rows)
        out += [
            f'<section class="area" id="area-{e(area.code)}" data-area="{e(area.code)}">',
            (
                f"<h3>{e(area.code)} · {e(area.title.get(lang))} "
                f'<span class="area-count">{met}/{len(rows)} {e(messages.status_label(ReqStatus.MET, lang))}'
                "</span></h3>"
            ),
        ]
        for r in rows:
            out += _requirement(r, links, by_change.get(r.rule.id), kind_labels, w, lang)
        out.append("</section>")
    out.append("</section>")
    return out


def _requirement(
    r: RequirementResult,
    links: Links,
    change: RequirementChange | None,
    kind_labels: dict[str, str],
    w: dict,
    lang: str,
) -> list[str]:
    rule = r.rule
    data_change = f' data-change="{e(change.change.value)}"' if change else ""
    mark = f" {_change_badge(change.change, lang)}" if change else ""
    out = [
        f'<details class="req" id="req-{e(rule.id)}" data-status="{e(r.status.value)}"{data_change}>',
        (
            f"<summary>{_badge(r.status, lang)} <code>{e(rule.id)}</code> {e(rule.title.get(lang))}"
            f' <span class="lke">{e(rule.lke)}</span>{mark}</summary>'
        ),
        '<div class="body">',
        (
            f'<p class="question">{e(w["question"])} ({e(rule.lke)}, {e(w["soal"].lower())} {rule.soal}, '
            f"{e(w['weight'].lower())} {rule.weight:g}, {e(rule.answer)}): <q>{e(rule.question)}</q></p>"
        ),
        f'<p class="message">{e(messages.message(r, lang, kind_labels))}</p>',
    ]
    if change is not None and change.previous in _STATUS_VALUES:
        out.append(f'<p class="was">{e(w["previous"])}: {_badge(ReqStatus(change.previous), lang)}</p>')
    if r.evidence:
        out += [f"<h4>{e(w['evidence'])}</h4>", '<ul class="evidence">']
        for ev in r.evidence:
            where = f"{w['page']} {ev.page}" if ev.page else w["file_name"]
            out.append(
                f"<li>{_link(links.file(ev.path), ev.path)}, {e(where)}<blockquote>{e(ev.quote)}</blockquote></li>"
            )
        out.append("</ul>")
    if r.problems:
        out += [f"<h4>{e(w['problems'])}</h4>", '<ul class="problems">']
        for pr in r.problems:
            where = f", {w['page']} {pr.page}" if pr.page else ""
            detail = messages.problem_detail(pr, lang, kind_labels)
            out.append(
                f"<li>{_badge(pr.status, lang)} {_link(links.file(pr.path), pr.path)}{e(where)}: {e(detail)}</li>"
            )
        out.append("</ul>")
    out += ["</div>", "</details>"]
    return out


# --- the evidence index and the documents ----------------------------------------------------


def _index(report: Report, links: Links, w: dict, lang: str) -> list[str]:
    out = [
        '<section id="index">',
        f"<h2>{e(w['index'])}</h2>",
        f'<p class="note">{e(w["index_note"])}</p>',
        '<table class="index"><thead><tr>'
        + "".join(
            f"<th>{e(h)}</th>"
            for h in (w["soal"], w["position"], "ID", w["question"], w["status"], w["link"], w["files"])
        )
        + "</tr></thead><tbody>",
    ]
    for row in lke.worksheet(report):
        r = row.result
        target = index_target(r)
        if target is None:
            link = e(w["none"])
        else:
            shown = target.path + ("/" if target.is_folder else "")
            link = _link(links.target(target), shown)
        files = "<br>".join(_link(links.file(p), p) for p in evidence_paths(r)) if target else ""
        out.append(
            f'<tr data-status="{e(r.status.value)}"><td class="num">{r.rule.soal}</td>'
            f'<td>{e(r.rule.lke)}</td><td><a href="#req-{e(r.rule.id)}">{e(r.rule.id)}</a></td>'
            f"<td>{e(r.rule.question)}</td><td>{_badge(r.status, lang)}</td>"
            f'<td class="link">{link}</td><td class="files">{files}</td></tr>'
        )
    out += ["</tbody></table>", "</section>"]
    return out


def _documents(report: Report, links: Links, kind_labels: dict[str, str], w: dict, lang: str) -> list[str]:
    head = (w["file"], w["status"], w["kind"], w["title"], w["number"], w["date"], w["years"], w["note"])
    out = [
        '<section id="documents">',
        f"<h2>{e(w['documents'])}</h2>",
        '<table class="documents"><thead><tr>' + "".join(f"<th>{e(h)}</th>" for h in head) + "</tr></thead><tbody>",
    ]
    for d in report.documents:
        f = d.facts
        status = w["doc_status"][d.extraction.status.value]
        source = d.extraction.text_source
        if source is not None and source.value == "ocr":
            status += f" ({w['ocr']})"
        kind = kind_labels.get(f.kind, f.kind) if f.kind and d.readable else ""
        cells: Iterable[str] = (
            _link(links.file(d.path), d.path),
            f'<span class="doc d-{e(d.extraction.status.value)}">{e(status)}</span>',
            e(kind),
            e(f.title.text if f.title else ""),
            e(str(f.number.value) if f.number else ""),
            e(f.date_shown or ""),
            e(", ".join(map(str, f.years))),
            e(
                "; ".join(
                    [
                        *([d.extraction.error] if d.extraction.error else []),
                        *(messages.doubt_text(x, lang) for x in report.doubts.get(d.path, ())),
                        *_misfiled_note(report, d.path, w),
                        *(
                            f"{w['advice']}: {messages.formality_text(n, lang)}"
                            for n in report.formality.get(d.path, ())
                        ),
                    ]
                )
            ),
        )
        out.append(
            f'<tr data-status="{e(d.extraction.status.value)}">' + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"
        )
    out += ["</tbody></table>", "</section>"]
    return out


def _misfiled_note(report: Report, path: str, w: dict) -> tuple[str, ...]:
    where = report.misfiled.get(path)
    if where is None:
        return ()
    return (f"{w['misfiled']}: {', '.join(where.filed_under)} → {', '.join(where.proves)}",)


_CSS = """
:root{--met:#1b7f3b;--partial:#7a6a00;--wrong_year:#a15c00;--wrong_unit:#8a3ffc;--unreadable:#5f6368;--missing:#c5221f;
--ink:#1f2328;--muted:#59636e;--line:#d0d7de;--bg:#fff;--soft:#f6f8fa}
*{box-sizing:border-box}
[hidden]{display:none!important}
body{margin:0 auto;max-width:1200px;padding:0 1rem 3rem;color:var(--ink);background:var(--bg);
font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",Arial,sans-serif}
header{border-bottom:2px solid var(--line);padding:1rem 0 .5rem}
h1{font-size:1.6rem;margin:.2rem 0 .6rem}h2{margin-top:2rem;border-bottom:1px solid var(--line)}
dl.profile{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:0}
dl.profile dt{font-weight:600;color:var(--muted)}dl.profile dd{margin:0}
nav{position:sticky;top:0;background:var(--bg);padding:.5rem 0;border-bottom:1px solid var(--line);z-index:2}
a{color:#0550ae}table{border-collapse:collapse;width:100%;margin:.5rem 0}
th,td{border:1px solid var(--line);padding:.3rem .45rem;text-align:left;vertical-align:top}
thead th{background:var(--soft)}td.num{text-align:right;font-variant-numeric:tabular-nums}
tr.total{font-weight:700}tr.below th{color:var(--missing)}
.badge{display:inline-block;border-radius:1rem;padding:0 .55rem;font-size:.8rem;font-weight:600;color:#fff;
white-space:nowrap;background:var(--muted)}
.s-met{background:var(--met)}.s-partial{background:var(--partial)}.s-wrong_year{background:var(--wrong_year)}.s-wrong_unit{background:var(--wrong_unit)}
.s-unreadable{background:var(--unreadable)}.s-missing{background:var(--missing)}
.c-new_gap{background:#c5221f}.c-resolved{background:#1b7f3b}.c-still_open{background:#a15c00}
.c-unchanged{background:#8c959f}
.verdict{font-size:1.15rem;font-weight:700}.verdict.gaps{color:var(--missing)}.verdict.ok{color:var(--met)}
.filters{position:sticky;top:2.4rem;background:var(--bg);z-index:1;padding:.3rem 0;border-bottom:1px solid var(--line)}
fieldset{border:1px solid var(--line);border-radius:6px;margin:.3rem 0;padding:.3rem .6rem}
fieldset label{margin-right:.9rem;cursor:pointer;white-space:nowrap}
button{margin-left:.4rem;font:inherit;font-size:.85rem;padding:.1rem .6rem;border:1px solid var(--line);
border-radius:4px;background:var(--soft);cursor:pointer}
.shown{margin:.3rem 0;color:var(--muted)}
section.area h3{margin:1.4rem 0 .4rem}.area-count{font-weight:400;color:var(--muted);font-size:.9rem}
details.req{border:1px solid var(--line);border-left:5px solid var(--muted);border-radius:4px;margin:.3rem 0;
background:var(--bg)}
details.req[data-status=met]{border-left-color:var(--met)}details.req[data-status=missing]{border-left-color:var(--missing)}
details.req[data-status=wrong_year]{border-left-color:var(--wrong_year)}
details.req[data-status=partial]{border-left-color:var(--partial)}
details.req[data-status=wrong_unit]{border-left-color:var(--wrong_unit)}
details.req[data-status=unreadable]{border-left-color:var(--unreadable)}
details.req summary{cursor:pointer;padding:.35rem .5rem;list-style-position:inside}
details.req .body{padding:.1rem .9rem .6rem;border-top:1px solid var(--line)}
.lke{color:var(--muted);font-size:.85rem;margin-left:.3rem}
blockquote{margin:.25rem 0 .5rem 1rem;padding:.2rem .6rem;border-left:3px solid var(--line);color:var(--muted);
white-space:pre-wrap;overflow-wrap:anywhere}
.message{font-weight:600}.note{color:var(--muted);font-size:.9rem}.warn{color:var(--missing);font-weight:600}
.fine{color:var(--met);font-weight:600}td.files,td.link{overflow-wrap:anywhere;min-width:12rem}
svg.chart{max-width:100%;height:auto;font:13px system-ui,"DejaVu Sans",Arial,sans-serif}
svg .track{fill:#e6e9ed}svg .bar.fine{fill:var(--met)}svg .bar.below{fill:var(--missing)}
svg .min{stroke:#555;stroke-width:2;stroke-dasharray:3 2}svg .min.chosen{stroke:#000;stroke-width:3;stroke-dasharray:none}
svg .sep{stroke:var(--line)}svg .label{fill:var(--ink)}svg .label.total{font-weight:700}
svg .value,svg .legend{fill:var(--muted)}
.d-ok{color:var(--met)}.doc:not(.d-ok){color:var(--missing);font-weight:600}
footer{margin-top:3rem;color:var(--muted);font-size:.85rem}
@media print{nav,.filters{display:none}details.req{break-inside:avoid}}
"""

_JS = """
(function () {
  "use strict";
  var boxes = Array.prototype.slice.call(document.querySelectorAll("input.filter"));
  var rows = Array.prototype.slice.call(document.querySelectorAll("details.req"));
  var areas = Array.prototype.slice.call(document.querySelectorAll("section.area"));
  var hasChange = boxes.some(function (b) { return b.getAttribute("data-filter") === "change"; });
  function apply() {
    var on = {status: {}, change: {}};
    boxes.forEach(function (b) { if (b.checked) { on[b.getAttribute("data-filter")][b.value] = true; } });
    var shown = 0;
    rows.forEach(function (r) {
      var visible = !!on.status[r.getAttribute("data-status")] &&
        (!hasChange || !!on.change[r.getAttribute("data-change")]);
      r.hidden = !visible;
      if (visible) { shown += 1; }
    });
    areas.forEach(function (s) { s.hidden = s.querySelector("details.req:not([hidden])") === null; });
    document.getElementById("shown").textContent = String(shown);
  }
  boxes.forEach(function (b) { b.addEventListener("change", apply); });
  Array.prototype.forEach.call(document.querySelectorAll("button[data-preset]"), function (btn) {
    btn.addEventListener("click", function () {
      var gapsOnly = btn.getAttribute("data-preset") === "gaps";
      boxes.forEach(function (b) {
        if (b.getAttribute("data-filter") === "status") { b.checked = !(gapsOnly && b.value === "met"); }
      });
      apply();
    });
  });
  Array.prototype.forEach.call(document.querySelectorAll("button[data-open]"), function (btn) {
    btn.addEventListener("click", function () {
      var open = btn.getAttribute("data-open") === "1";
      rows.forEach(function (r) { if (!r.hidden) { r.open = open; } });
    });
  });
  window.addEventListener("beforeprint", function () { rows.forEach(function (r) { r.open = true; }); });
  apply();
})();
"""
