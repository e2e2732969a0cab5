"""report.xlsx: the LKE worksheet's own layout, for an evaluator to work from.

Sheet 1 has one row per question in the worksheet's order (``lke.worksheet``): question number,
LKE position, the catalog's headings, the question, weight, answer type and criteria, then the
status, the one evidence link the worksheet asks for (the evidence index), every evidence file as
a link, the near misses and the message. Then a documents sheet, the score sheet, and with a
baseline a changes sheet.

Every cell that holds text is written as a string, never a formula: a title "=HYPERLINK(...)"
stays text (``data_type = "s"``), and characters a worksheet cannot hold are dropped. The file is
reproducible: its timestamps are the report's ``generated_at``.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from checker.model import Report, ReqStatus
from checker.report import lke, messages
from checker.report.baseline import Change, Changes, changes_of
from checker.report.links import Links, evidence_paths, index_target
from checker.score import Score

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

EXTENSION = "xlsx"
MAX_CELL = 32767  # characters a cell can hold
FILL = {
    ReqStatus.MET: "D8F0DF",
    ReqStatus.PARTIAL: "FFF2C2",
    ReqStatus.WRONG_YEAR: "FCE8C8",
    ReqStatus.WRONG_UNIT: "E8DDFB",
    ReqStatus.UNREADABLE: "E3E5E8",
    ReqStatus.MISSING: "F8D3D0",
}
CHANGE_FILL = {
    Change.NEW_GAP: "F8D3D0",
    Change.RESOLVED: "D8F0DF",
    Change.STILL_OPEN: "FCE8C8",
    Change.UNCHANGED: "FFFFFF",
}
HEADER_FILL = "DDE3EA"
# what openpyxl refuses in a cell (its ILLEGAL_CHARACTERS_RE): control characters but tab and newlines
ILLEGAL = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")


@cache
def _style() -> Any:
    """openpyxl's style objects, imported when a workbook is written (openpyxl is slow to import)."""
    from types import SimpleNamespace

    from openpyxl.styles import Alignment, Font, PatternFill

    return SimpleNamespace(
        bold=Font(bold=True),
        link=Font(color="0563C1", underline="single"),
        wrap=Alignment(wrap_text=True, vertical="top"),
        top=Alignment(vertical="top"),
        fill=lambda colour: PatternFill("solid", fgColor=colour),
    )


def _letter(col: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(col))


def clean(value: object) -> str:
    """Text a worksheet can hold: no control characters, at most MAX_CELL characters."""
    text = ILLEGAL.sub("", str(value))
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def first_sheet(book: Any) -> Worksheet:
    """A new workbook's one sheet (openpyxl's types allow it none, or a chart sheet)."""
    sheet = book.active
    return sheet if sheet is not None else book.create_sheet()


def put(ws: Worksheet, row: int, col: int, value: object, *, wrap: bool = False) -> Any:
    """Write one cell: text always as a string (never a formula), numbers as numbers."""
    cell = ws.cell(row=row, column=col)
    if value is None or value == "":
        cell.value = None
    elif isinstance(value, bool):
        cell.value = clean(value)
        cell.data_type = "s"
    elif isinstance(value, int | float):
        cell.value = value
    else:
        cell.value = clean(value)
        cell.data_type = "s"  # "=..." would otherwise become a formula
    cell.alignment = _style().wrap if wrap else _style().top
    return cell


def link(ws: Worksheet, row: int, col: int, text: str, href: str | None) -> Any:
    cell = put(ws, row, col, text, wrap=True)
    if href and text:
        cell.hyperlink = href
        cell.font = _style().link
    return cell


def render(report: Report, lang: str, output: Path | None = None) -> bytes:
    from openpyxl import Workbook

    w = messages.words(lang, report.pack)
    links = Links(report.root, output)
    changes = changes_of(report)
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = w["sheet_lke"]
    _lke_sheet(ws, report, links, changes, w, lang)
    _documents_sheet(wb.create_sheet(w["sheet_documents"]), report, links, w, lang)
    _score_sheet(wb.create_sheet(w["sheet_score"]), report, w, lang)
    if changes is not None:
        _changes_sheet(wb.create_sheet(w["sheet_changes"]), report, changes, w, lang)
    when = report.generated_at.replace(tzinfo=None)
    wb.properties.creator = f"zi-check {report.tool_version}"
    wb.properties.title = clean(f"{w['report_title']} · {report.profile.unit}")
    wb.properties.language = lang
    wb.properties.created = when
    wb.properties.modified = when
    buffer = io.BytesIO()
    wb.save(buffer)
    return reproducible(buffer.getvalue(), report)


def _header(ws: Worksheet, names: list[str], widths: list[int]) -> None:
    for col, (name, width) in enumerate(zip(names, widths, strict=True), start=1):
        cell = put(ws, 1, col, name, wrap=True)
        cell.font = _style().bold
        cell.fill = _style().fill(HEADER_FILL)
        ws.column_dimensions[_letter(col)].width = width
    ws.freeze_panes = "C2"
    ws.auto_filter.ref = f"A1:{_letter(len(names))}1"


def _lke_sheet(ws: Worksheet, report: Report, links: Links, changes: Changes | None, w: dict, lang: str) -> None:
    kind_labels = messages.kind_labels(report.pack, lang)
    rows = lke.worksheet(report)
    n_files = max([1, *(len(evidence_paths(r.result)) for r in rows)])
    by_change = changes.by_id() if changes else {}
    names = [
        w["soal"],
        w["position"],
        w["component"],
        w["sub_component"],
        w["area_of_change"],
        w["sub_area"],
        w["id"],
        w["question"],
        w["weight"],
        w["answer_type"],
        w["criteria"],
        w["status"],
    ]
    widths = [8, 13, 16, 18, 24, 24, 10, 50, 8, 11, 40, 18]
    if changes is not None:
        names.append(w["change"])
        widths.append(16)
    names.append(w["link"])
    widths.append(40)
    names += [w["evidence_n"].format(n=i) for i in range(1, n_files + 1)]
    widths += [40] * n_files
    names += [w["problems"], w["message"]]
    widths += [50, 60]
    _header(ws, names, widths)
    areas = {a.code: f"{a.code} {a.title.get(lang)}" for a in report.pack.areas}
    for i, row in enumerate(rows, start=2):
        r, rule = row.result, row.result.rule
        heads = list(row.headings) or ["", "", areas.get(rule.area, rule.area)]
        heads += [""] * (4 - len(heads))
        values: list[object] = [
            rule.soal,
            rule.lke,
            *heads[:4],
            rule.id,
            rule.question,
            rule.weight,
            rule.answer,
            row.criteria,
        ]
        for col, value in enumerate(values, start=1):
            put(ws, i, col, value, wrap=col in (3, 4, 5, 6, 8, 11))
        col = len(values) + 1
        status = put(ws, i, col, messages.status_label(r.status, lang))
        status.fill = _style().fill(FILL[r.status])
        col += 1
        if changes is not None:
            change = by_change.get(rule.id)
            if change is not None:
                cell = put(ws, i, col, messages.change_label(change.change, lang))
                cell.fill = _style().fill(CHANGE_FILL[change.change])
            col += 1
        target = index_target(r)
        if target is not None:
            link(ws, i, col, target.path + ("/" if target.is_folder else ""), links.target(target))
        col += 1
        pages: dict[str, list[int]] = {}
        for ev in r.evidence:
            pages.setdefault(ev.path, [])
            if ev.page:
                pages[ev.path].append(ev.page)
        for j, path in enumerate(evidence_paths(r)):
            where = f" ({w['page']} {', '.join(map(str, pages[path]))})" if pages[path] else ""
            link(ws, i, col + j, path + where, links.file(path))
        col += n_files
        page_word = w["page"]
        problems = "\n".join(
            f"{pr.path}{f' ({page_word} {pr.page})' if pr.page else ''}: "
            f"{messages.status_label(pr.status, lang)}, {messages.problem_detail(pr, lang, kind_labels)}"
            for pr in r.problems
        )
        put(ws, i, col, problems, wrap=True)
        put(ws, i, col + 1, messages.message(r, lang, kind_labels), wrap=True)
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape"


def _documents_sheet(ws: Worksheet, report: Report, links: Links, w: dict, lang: str) -> None:
    kind_labels = messages.kind_labels(report.pack, lang)
    names = [
        w["file"],
        w["status"],
        w["text_source"],
        w["format"],
        w["pages"],
        w["kind"],
        w["title"],
        w["number"],
        w["date"],
        w["years"],
        w["units"],
        w["reason"],
        "sha256",
    ]
    _header(ws, names, [50, 16, 12, 8, 9, 24, 50, 22, 12, 12, 40, 40, 20])
    ws.freeze_panes = "B2"
    for i, d in enumerate(report.documents, start=2):
        f, x = d.facts, d.extraction
        link(ws, i, 1, d.path, links.file(d.path))
        source = x.text_source.value if x.text_source else ""
        values: list[object] = [
            w["doc_status"][x.status.value],
            w["text_sources"].get(source, source),
            d.source.format,
            x.page_count or None,
            kind_labels.get(f.kind, f.kind) if f.kind and d.readable else "",
            f.title.text if f.title else "",
            str(f.number.value) if f.number else "",
            f.date_shown or "",
            ", ".join(map(str, f.years)),
            "; ".join(dict.fromkeys(u.name for u in f.units)),
            "; ".join(
                [
                    *([x.error] if x.error else []),
                    *(messages.doubt_text(t, lang) for t in report.doubts.get(d.path, ())),
                ]
            ),
            d.source.sha256,
        ]
        for col, value in enumerate(values, start=2):
            put(ws, i, col, value, wrap=col in (7, 11, 12))


def _score_sheet(ws: Worksheet, report: Report, w: dict, lang: str) -> None:
    score = report.score if isinstance(report.score, Score) else None
    if score is None:
        put(ws, 1, 1, w["none"])
        return
    targets = score.scoring.targets
    chosen = score.target
    names = [w["area"], w["max"], w["bound"], *(w["minimum"].format(target=t.name.upper()) for t in targets)]
    if chosen is not None:
        names.append(w["status"])
    claimed = score.total_self_assessed is not None
    # the scores of the answers (after the columns scripts read by position)
    names += [w["supported_score"], *([w["self_assessed"]] if claimed else [])]
    _header(ws, names, [40, 10, 12, *([14] * len(targets)), *([20] if chosen else []), 16, *([16] if claimed else [])])
    ws.freeze_panes = "A2"
    titles = {a.code: f"{a.code} {a.title.get(lang)}" for a in report.pack.areas}
    row = 2
    lines: list[tuple[str, float, float, list[float], bool, list[float]]] = [
        (
            titles.get(a.code, a.code),
            a.weight,
            a.bound,
            [round(a.weight * t.area_min_share, 4) for t in targets],
            a.below,
            [a.supported, *([a.self_assessed or 0.0] if claimed else [])],
        )
        for a in score.areas
    ]
    lines.append(
        (
            score.scoring.total_label.get(lang),
            score.total_weight,
            round(score.total_bound, 4),
            [t.total_min for t in targets],
            score.total_below,
            [round(score.total_supported, 4), *([round(score.total_self_assessed or 0.0, 4)] if claimed else [])],
        )
    )
    for label, weight, bound, minimums, below, answered in lines:
        values: list[object] = [label, weight, bound, *minimums]
        for col, value in enumerate(values, start=1):
            cell = put(ws, row, col, value)
            if isinstance(value, float) and col > 1:
                cell.number_format = "0.00"
        if chosen is not None:
            cell = put(ws, row, len(values) + 1, w["below"] if below else w["ok"])
            cell.fill = _style().fill(FILL[ReqStatus.MISSING if below else ReqStatus.MET])
        after = len(values) + (2 if chosen is not None else 1)
        for k, value in enumerate(answered):
            put(ws, row, after + k, float(value)).number_format = "0.00"
        row += 1
    for cell in ws[row - 1]:
        cell.font = _style().bold
    row += 1
    if chosen is not None:
        below_areas = [a.code for a in score.areas if a.below]
        text = (
            w["areas_below"].format(target=chosen.name.upper(), areas=", ".join(below_areas))
            if below_areas
            else w["target_reachable"].format(target=chosen.name.upper())
            if not score.total_below
            else ""
        )
        if text:
            put(ws, row, 1, text)
            row += 1
    if score.scoring.note:
        put(ws, row, 1, score.scoring.note.get(lang))


def _changes_sheet(ws: Worksheet, report: Report, changes: Changes, w: dict, lang: str) -> None:
    rules = {r.rule.id: r.rule for r in report.results}
    _header(ws, [w["id"], w["position"], w["change"], w["previous"], w["status"], w["title"]], [12, 14, 18, 18, 18, 60])
    ws.freeze_panes = "A2"
    order = {c: i for i, c in enumerate((Change.NEW_GAP, Change.RESOLVED, Change.STILL_OPEN, Change.UNCHANGED))}
    row = 2
    for c in sorted(changes.requirements, key=lambda c: order[c.change]):
        rule = rules.get(c.id)
        prev = messages.status_label(ReqStatus(c.previous), lang) if c.previous in _STATUSES else (c.previous or "")
        now = messages.status_label(ReqStatus(c.status), lang) if c.status in _STATUSES else c.status
        values = [
            c.id,
            rule.lke if rule else "",
            messages.change_label(c.change, lang),
            prev,
            now,
            rule.title.get(lang) if rule else "",
        ]
        for col, value in enumerate(values, start=1):
            put(ws, row, col, value)
        ws.cell(row=row, column=3).fill = _style().fill(CHANGE_FILL[c.change])
        row += 1
    for rule_id in changes.dropped:
        put(ws, row, 1, rule_id)
        put(ws, row, 3, w["dropped"])
        row += 1
    row += 1
    if changes.baseline.generated_at:
        put(ws, row, 1, w["compared_with"].format(when=changes.baseline.generated_at))


_STATUSES = {s.value for s in ReqStatus}


_MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")


def reproducible(data: bytes, report: Report) -> bytes:
    """The same workbook with every zip entry dated ``generated_at`` (same report, same bytes)."""
    return dated(data, report.generated_at)


def dated(data: bytes, moment: dt.datetime) -> bytes:
    """A workbook's bytes with its zip entries and its "modified" property at ``moment`` (aware)."""
    when = moment.timetuple()[:6]
    stamp = moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=max(when, (1980, 1, 1, 0, 0, 0)))
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = info.external_attr
            content = source.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps "modified" with the clock
                content = _MODIFIED.sub(rb"\g<1>" + stamp + rb"\g<2>", content)
            target.writestr(entry, content)
    return out.getvalue()
