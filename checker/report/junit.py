"""report.junit.xml: JUnit XML, so any CI server shows the result as tests.

One test suite per area, one test case per requirement; a gap is a ``<failure>`` whose
``message`` is the requirement's message and whose ``type`` is its status, with the near misses
as its text. Evidence goes to ``<system-out>``. Built with ElementTree, so every text is escaped;
characters XML 1.0 cannot hold are dropped.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from checker.model import Report, ReqStatus
from checker.report import messages
from checker.report.baseline import changes_of

EXTENSION = "junit.xml"
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def clean(value: object) -> str:
    return _NOT_XML.sub("", str(value))


def render(report: Report, lang: str, output: Path | None = None) -> str:
    kind_labels = messages.kind_labels(report.pack, lang)
    changes = changes_of(report)
    by_change = changes.by_id() if changes else {}
    stamp = report.generated_at.replace(tzinfo=None).isoformat(timespec="seconds")
    failures = sum(r.status is not ReqStatus.MET for r in report.results)
    root = ET.Element(
        "testsuites",
        {
            "name": clean(f"zi-check {report.pack.id}: {report.profile.unit} {report.profile.year}"),
            "tests": str(len(report.results)),
            "failures": str(failures),
            "errors": "0",
            "skipped": "0",
            "time": "0",
            "timestamp": stamp,
        },
    )
    for area in report.pack.areas:
        rows = [r for r in report.results if r.rule.area == area.code]
        if not rows:
            continue
        suite = ET.SubElement(
            root,
            "testsuite",
            {
                "name": clean(f"{area.code} {area.title.get(lang)}"),
                "tests": str(len(rows)),
                "failures": str(sum(r.status is not ReqStatus.MET for r in rows)),
                "errors": "0",
                "skipped": "0",
                "time": "0",
                "timestamp": stamp,
            },
        )
        props = ET.SubElement(suite, "properties")
        for name, value in (
            ("rules", report.pack.id),
            ("unit", report.profile.unit),
            ("year", report.profile.year),
            ("target", report.profile.target),
        ):
            ET.SubElement(props, "property", {"name": name, "value": clean(value)})
        for r in rows:
            rule = r.rule
            case = ET.SubElement(
                suite,
                "testcase",
                {
                    "classname": clean(f"{report.pack.id}.{area.code}"),
                    "name": clean(f"{rule.id} {rule.title.get(lang)}"),
                    "time": "0",
                },
            )
            change = by_change.get(rule.id)
            change_line = (
                (
                    f"{messages.words(lang)['change']}: {messages.change_label(change.change, lang)}"
                    f" ({change.previous or '-'} -> {change.status})"
                )
                if change
                else ""
            )
            if r.status is not ReqStatus.MET:
                failure = ET.SubElement(
                    case, "failure", {"message": clean(messages.message(r, lang, kind_labels)), "type": r.status.value}
                )
                lines = [f"{rule.lke} · {rule.question}"]
                lines += [f"{p.path}: {messages.problem_detail(p, lang, kind_labels)}" for p in r.problems]
                if change_line:
                    lines.append(change_line)
                failure.text = clean("\n".join(lines))
            out = [f"{e.path} (p. {e.page}): {e.quote}" if e.page else f"{e.path}: {e.quote}" for e in r.evidence]
            if r.status is ReqStatus.MET and change_line:
                out.append(change_line)
            if out:
                ET.SubElement(case, "system-out").text = clean("\n".join(out))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
