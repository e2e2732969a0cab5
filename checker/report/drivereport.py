"""drive.json (schema ``zi-check.drive/1``): the units of a drive side by side, each with its
report's summary and score, and where its own report is."""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from checker import __version__
from checker.report import FILE_NAMES, jsonreport

SCHEMA = "zi-check.drive/1"


def to_dict(judged: Sequence[tuple[Any, Any]], lang: str) -> dict[str, Any]:
    units = []
    for unit, report in judged:
        data = jsonreport.to_dict(report, lang)
        units.append(
            {
                "path": unit.folder,
                "unit": report.profile.unit,
                "year": report.profile.year,
                "target": report.profile.target,
                "report": f"{unit.folder}/{FILE_NAMES['json']}",
                "summary": data["summary"],
                "score": data["score"],
            }
        )
    return {
        "schema": SCHEMA,
        "generated_at": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        "tool": {"name": "zi-check", "version": __version__},
        "lang": lang,
        "units": units,
    }


def write(judged: Sequence[tuple[Any, Any]], output: Path, lang: str, formats: Sequence[str]) -> list[Path]:
    """OUTPUT/drive.json, and drive.html / drive.xlsx with -f html / -f xlsx, each atomically
    (the units' own reports are written beside them)."""
    written = [
        _atomic(
            output / "drive.json",
            (json.dumps(to_dict(judged, lang), ensure_ascii=False, indent=2) + "\n").encode("utf-8"),
        )
    ]
    if "html" in formats:
        written.append(_atomic(output / "drive.html", drive_html(judged, lang).encode("utf-8")))
    if "xlsx" in formats:
        written.append(_atomic(output / "drive.xlsx", drive_xlsx(judged, lang)))
    return written


def _atomic(target: Path, data: bytes) -> Path:
    fd, tmp = tempfile.mkstemp(prefix=".drive-", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


BIGGEST_GAPS = 5  # per unit: the requirements with the most weight at stake


def _rows(judged: Sequence[tuple[Any, Any]]) -> list[dict[str, Any]]:
    """Per unit: its counts by status, its scores per area against the minimums, its biggest gaps."""
    from checker.model import ReqStatus
    from checker.score import Score

    rows = []
    for unit, report in judged:
        score = report.score if isinstance(report.score, Score) else None
        counts = {s: sum(r.status is s for r in report.results) for s in ReqStatus}
        gaps = sorted(
            (r for r in report.results if r.status is not ReqStatus.MET),
            key=lambda r: (-(r.rule.weight * (1 - r.rule.value_of(r.supported))), r.rule.id),
        )
        rows.append({"unit": unit, "report": report, "score": score, "counts": counts, "gaps": gaps[:BIGGEST_GAPS]})
    return rows


def _scored_areas(pack: Any) -> list[str]:
    """The areas a score is given for (not those scored outside the documents, the surveys')."""
    if pack is None:
        return []
    excluded = pack.scoring.exclude_areas if pack.scoring else ()
    return [a.code for a in pack.areas if a.code not in excluded]


def drive_html(judged: Sequence[tuple[Any, Any]], lang: str) -> str:
    """One self-contained page: every unit's statuses, its scores per area against the target's
    minimums (the words "below" beside the colour), its biggest gaps, a link to its report."""
    from checker.model import ReqStatus
    from checker.report import messages
    from checker.report.html import CSP, e

    rows = _rows(judged)
    pack = judged[0][1].pack if judged else None
    w = messages.words(lang, pack)
    areas = _scored_areas(pack)
    head = [
        w["unit"],
        w["year"],
        w["target"],
        *(messages.status_label(s, lang) for s in ReqStatus),
        *areas,
        w["score_total"],
        w["biggest_gaps"],
    ]
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{e(lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(w['report_title'])}: {len(rows)} {e(w['unit'].lower())}</title>",
        (
            "<style>body{font:14px/1.4 system-ui,sans-serif;margin:1rem}table{border-collapse:collapse}"
            "td,th{border:1px solid #d0d7de;padding:.3rem .5rem;vertical-align:top}td.num{text-align:right}"
            ".below{background:#fde7e6}.ok{background:#e6f4ea}ol{margin:0;padding-left:1.2rem}"
            "div.wrap{overflow-x:auto}</style>"
        ),
        "</head>",
        "<body>",
        f"<h1>{e(w['report_title'])}</h1>",
        '<div class="wrap"><table><thead><tr>',
    ]
    out.append("".join(f"<th>{e(h)}</th>" for h in head) + "</tr></thead><tbody>")
    for row in rows:
        report, score = row["report"], row["score"]
        link = f'<a href="{e(row["unit"].folder)}/report.html">{e(report.profile.unit)}</a>'
        cells = [link, e(report.profile.year), e(report.profile.target.upper())]
        cells += [f'<td class="num">{row["counts"][s]}</td>' for s in ReqStatus]
        by_area = {a.code: a for a in score.areas} if score else {}
        for code in areas:
            a = by_area.get(code)
            if a is None:
                cells.append("<td></td>")
                continue
            mark = f" ({e(w['below'])})" if a.below else ""
            cells.append(
                f'<td class="num {"below" if a.below else "ok"}">{a.supported:.2f} / {a.bound:.2f}'
                f"{f' ≥ {a.minimum:g}' if a.minimum is not None else ''}{mark}</td>"
            )
        if score:
            mark = f" ({e(w['below'])})" if score.total_below else ""
            cells.append(
                f'<td class="num {"below" if score.total_below else "ok"}">{score.total_supported:.2f}'
                f" / {score.total_bound:.2f}{mark}</td>"
            )
        else:
            cells.append("<td></td>")
        gaps = "".join(
            f"<li>{e(r.rule.id)} · {e(r.rule.title.get(lang))}: {e(messages.status_label(r.status, lang))}</li>"
            for r in row["gaps"]
        )
        cells.append(f"<td><ol>{gaps}</ol></td>")
        out.append("<tr>" + "".join(c if c.startswith("<td") else f"<td>{c}</td>" for c in cells) + "</tr>")
    out += ["</tbody></table></div>", f"<p>{e(w['supported_score'])} / {e(w['bound'])}</p>", "</body>", "</html>"]
    return "\n".join(out) + "\n"


def drive_xlsx(judged: Sequence[tuple[Any, Any]], lang: str) -> bytes:
    """One sheet, a row per unit: statuses, scores per area (supported, bound, minimum), the total."""
    import io

    from openpyxl import Workbook
    from openpyxl.styles import Font

    from checker.model import ReqStatus
    from checker.report import messages
    from checker.report.xlsx import clean, first_sheet, reproducible

    rows = _rows(judged)
    pack = judged[0][1].pack if judged else None
    w = messages.words(lang, pack)
    areas = _scored_areas(pack)
    book = Workbook()
    sheet = first_sheet(book)
    sheet.title = "Drive"
    head = ["Folder", w["unit"], w["year"], w["target"], *(messages.status_label(s, lang) for s in ReqStatus)]
    for code in areas:
        head += [
            f"{code} {w['supported_score']}",
            f"{code} {w['bound']}",
            f"{code} {w['minimum'].format(target='')}".strip(),
        ]
    head += [w["score_total"], w["biggest_gaps"]]
    sheet.append(head)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        report, score = row["report"], row["score"]
        values: list[object] = [
            clean(row["unit"].folder),
            clean(report.profile.unit),
            report.profile.year,
            report.profile.target.upper(),
            *(row["counts"][s] for s in ReqStatus),
        ]
        by_area = {a.code: a for a in score.areas} if score else {}
        for code in areas:
            a = by_area.get(code)
            values += [a.supported, a.bound, a.minimum] if a else [None, None, None]
        values += [
            round(score.total_supported, 4) if score else None,
            clean("; ".join(f"{r.rule.id} {messages.status_label(r.status, lang)}" for r in row["gaps"])),
        ]
        sheet.append(values)
    buffer = io.BytesIO()
    book.save(buffer)
    return reproducible(buffer.getvalue(), judged[0][1]) if judged else buffer.getvalue()
