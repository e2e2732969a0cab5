"""report.json, schema zi-check.report/1 (../shared/contract.md): contract keys mapped explicitly."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from checker.model import Claim, DocStatus, Document, Report, ReqStatus, RequirementResult, RulePack
from checker.report import baseline, messages
from checker.score import Score

SCHEMA = "zi-check.report/1"
EXTENSION = "json"


def render(report: Report, lang: str, output: Path | None = None) -> str:
    """``output`` is not used: report.json holds paths relative to PATH only, never absolute ones."""
    return json.dumps(to_dict(report, lang), ensure_ascii=False, indent=2) + "\n"


def to_dict(report: Report, lang: str) -> dict[str, Any]:
    profile = report.profile
    kind_labels = messages.kind_labels(report.pack, lang)
    by_status = {s.value: 0 for s in ReqStatus}
    for result in report.results:
        by_status[result.status.value] += 1
    docs_by_status = {s.value: 0 for s in DocStatus}
    for doc in report.documents:
        docs_by_status[doc.extraction.status.value] += 1
    changes = baseline.changes_of(report)
    requirements = [_requirement(r, lang, kind_labels) for r in report.results]
    if report.worksheet is not None:  # added in 1.1: the unit's claim, checked
        for req in requirements:
            claim = report.claims.get(req["id"])
            req["claim"] = _claim(claim, lang, kind_labels) if claim is not None else None
    if changes is not None:  # added keys, present only when a baseline was given
        by_id = changes.by_id()
        for req in requirements:
            change = by_id.get(req["id"])
            req["change"] = change.change.value if change else None
            req["previous_status"] = change.previous if change else None
    data: dict[str, Any] = {
        "schema": SCHEMA,
        "tool": {"name": "zi-check", "version": report.tool_version},
        "generated_at": report.generated_at.isoformat(timespec="seconds"),
        "profile": {
            "unit": profile.unit,
            "aliases": list(profile.aliases),
            "parent": profile.parent,
            "year": profile.year,
            "target": profile.target,
            "rules": report.pack.id,
        },
        "summary": {
            "requirements": len(report.results),
            "by_status": by_status,
            "documents": len(report.documents),
            "documents_by_status": docs_by_status,
        },
        "requirements": requirements,
        "documents": [_document(d, report, lang) for d in report.documents],
        # added keys (the contract allows additions)
        "lang": lang,
        "warnings": [{"path": w.path, "reason": w.reason} for w in report.warnings],
        "score": _score(report.score, lang, report.pack) if isinstance(report.score, Score) else None,
    }
    if report.worksheet is not None:
        sheet = report.worksheet
        data["worksheet"] = {
            "file": sheet.path.name,
            "layout": sheet.layout,
            "sheet": sheet.sheet,
            "questions": len(sheet.rows),
        }
        data["summary"]["claims"] = _claim_counts(report)
    if changes is not None:
        data["changes"] = baseline.to_dict(changes)
    return data


def _score(score: Score, lang: str, pack: RulePack) -> dict[str, Any]:
    """The upper bound of the score with the evidence found, against the target's minimums."""
    target = score.target
    return {
        "upper_bound": True,
        "note": score.scoring.note.get(lang) if score.scoring.note else None,
        "target": target.name if target else None,
        "total": {
            "label": score.scoring.total_label.get(lang),
            "weight": score.total_weight,
            "bound": round(score.total_bound, 4),
            "minimum": target.total_min if target else None,
            "below": score.total_below,
        },
        "areas": [
            {"area": a.code, "weight": a.weight, "bound": a.bound, "minimum": a.minimum, "below": a.below}
            for a in score.areas
        ],
        "reachable": score.reachable,
        # added in 1.1: the score of the answers the documents support (Pengungkit; Hasil is not
        # computed from documents)
        "supported": {
            "total": round(score.total_supported, 4),
            "pengungkit": round(score.total_supported, 4),
            "areas": {a.code: a.supported for a in score.areas},
            "note": messages.words(lang, pack)["supported_note"],
        },
        **({"self_assessed": _self_assessed(score, lang)} if score.total_self_assessed is not None else {}),
    }


def _self_assessed(score: Score, lang: str) -> dict[str, Any]:
    """The claimed answers' score: Pengungkit, and Hasil where the worksheet gives the survey scores."""
    enablers = round(score.total_self_assessed or 0.0, 4)
    results = score.hasil_self_assessed
    w = messages.words(lang)
    return {
        "total": round(enablers + (results or 0.0), 4),
        "pengungkit": enablers,
        "hasil": results,
        "areas": {a.code: a.self_assessed for a in score.areas},
        "note": w["self_assessed_note"] if results is not None else w["self_assessed_note_enablers"],
    }


def _claim(claim: Claim, lang: str, kind_labels: dict[str, str]) -> dict[str, Any]:
    return {
        "answer": claim.answer,
        "written": claim.written,
        "references": list(claim.references),
        "resolved": list(claim.resolved),
        "row": claim.row,
        "findings": [{"code": f.code, "detail": messages.claim_detail(f, lang, kind_labels)} for f in claim.findings],
    }


def _claim_counts(report: Report) -> dict[str, int]:
    counts: dict[str, int] = {}
    for claim in report.claims.values():
        for finding in claim.findings:
            counts[finding.code] = counts.get(finding.code, 0) + 1
    return dict(sorted(counts.items()))


def _requirement(result: RequirementResult, lang: str, kind_labels: dict[str, str]) -> dict[str, Any]:
    rule = result.rule
    return {
        "id": rule.id,
        "area": rule.area,
        "title": rule.title.get(lang),
        "status": result.status.value,
        "evidence": [{"path": e.path, "page": e.page, "quote": e.quote} for e in result.evidence],
        "problems": [
            {
                "path": p.path,
                "status": p.status.value,
                "detail": messages.problem_detail(p, lang, kind_labels),
                "page": p.page,
                "reason": p.reason,
            }
            for p in result.problems
        ],
        "message": messages.message(result, lang, kind_labels),
        "lke": rule.lke,
        "soal": rule.soal,
        "weight": rule.weight,
        "question": rule.question,
        # added in 1.1: the answer the documents support
        "answer": {
            "options": list(rule.option_keys),
            "supported": result.supported,
            "basis": messages.answer_basis(result, lang),
        },
    }


def _document(doc: Document, report: Report, lang: str) -> dict[str, Any]:
    doubts = report.doubts.get(doc.path, ())
    misfiled = report.misfiled.get(doc.path)
    facts = doc.facts
    extraction = doc.extraction
    return {
        "path": doc.path,
        "sha256": doc.source.sha256,
        "format": doc.source.format,
        "status": extraction.status.value,
        "text_source": extraction.text_source.value if extraction.text_source else None,
        "pages": extraction.page_count,
        "kind": facts.kind if doc.readable else None,  # a name alone is no kind read
        "title": facts.title.text if facts.title else None,
        "number": str(facts.number.value) if facts.number else None,
        "date": facts.day.isoformat() if facts.day else None,
        "years": list(facts.years),
        "units": list(dict.fromkeys(u.name for u in facts.units)),
        "error": extraction.error,
        "period": str(facts.period) if facts.period else None,
        "date_precision": facts.date_precision if facts.enacted else None,
        "date_month": facts.enacted.isoformat()[:7] if facts.enacted else None,
        "doubts": [{"code": d.code, "page": d.page, "quote": d.quote} for d in doubts],
        # the other documents bound in the file, each judged as a document of its own
        "parts": [
            {
                "page": p.page,
                "kind": p.facts.kind,
                "title": p.facts.title.text if p.facts.title else None,
                "period": str(p.facts.period) if p.facts.period else None,
            }
            for p in facts.parts
        ],
        # added in 1.1: where it is filed, where it belongs, what an evaluator would object to
        "filed_under": list(report.filed_under.get(doc.path, ())),
        **(
            {"misfiled": {"filed_under": list(misfiled.filed_under), "proves": list(misfiled.proves)}}
            if misfiled
            else {}
        ),
        **(
            {
                "formality": [
                    {"code": n.code, "detail": messages.formality_text(n, lang)} for n in report.formality[doc.path]
                ]
            }
            if doc.path in report.formality
            else {}
        ),
    }
