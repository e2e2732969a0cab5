"""The unit's worksheet checked claim by claim against what the evidence supports.

For each requirement: the answer claimed (normalised to one of its options), the references
resolved to files in PATH, and the findings of the contract (claim_exceeds_evidence, no_answer,
invalid_answer, no_reference, reference_not_found, reference_not_evidence, reference_unverifiable,
reference_reused). Knows results and paths, not files: nothing here opens a document.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable

from checker.model import (
    Claim,
    ClaimFinding,
    Document,
    Problem,
    RequirementResult,
    Rule,
    Worksheet,
    WorksheetRow,
)

_URL = re.compile(r"(?i)^(?:[a-z][a-z0-9+.-]*://|www\.|drive\.google\.|docs\.google\.|bit\.ly/|s\.id/)")
_ABSOLUTE = re.compile(r"^(?:[A-Za-z]:[\\/]|[\\/]|~)")
_NUMBER = re.compile(r"^-?\d+(?:[.,]\d+)?\s*%?$")


def answer_of(rule: Rule, written: str) -> str | None:
    """The option a written answer names ("ya", "b", "B. Jika sebagian ...", "12,5"), or None."""
    text = written.strip()
    if not text:
        return None
    if rule.options:
        for option in rule.options:
            if text.casefold() == option.key.casefold():
                return option.key
        head = re.match(r"^\s*([A-Za-z]+)\s*[.)\-:]?(?:\s|$)", text)
        if head:
            for option in rule.options:
                if head.group(1).casefold() == option.key.casefold():
                    return option.key
        return None
    if rule.number and _NUMBER.match(text):
        return text.replace(",", ".").rstrip("% ").strip()
    return None


class _Folder:
    """The paths of PATH, found the way a person writes them (case, slashes, a prefix of the
    drive or folder the unit copied them from)."""

    def __init__(self, documents: Iterable[Document]) -> None:
        self.files: dict[str, str] = {}
        self.folders: dict[str, str] = {}
        self.stems: dict[str, list[str]] = defaultdict(list)
        for doc in documents:
            self.files[_key(doc.path)] = doc.path
            name = doc.path.rsplit("/", 1)[-1]
            self.stems[_key(name.rsplit(".", 1)[0])].append(doc.path)
            parts = doc.path.split("/")[:-1]
            for k in range(1, len(parts) + 1):
                folder = "/".join(parts[:k])
                self.folders.setdefault(_key(folder), folder + "/")

    def resolve(self, reference: str) -> str | None:
        parts = [p for p in _key(reference).split("/") if p not in ("", ".")]
        for k in range(len(parts)):  # drop the leading folders a copy of the drive does not have
            tail = "/".join(parts[k:])
            if tail in self.files:
                return self.files[tail]
            if tail in self.folders:
                return self.folders[tail]
        if len(parts) >= 1:  # a document named without its extension or folder ("SK Tim ZI")
            matches = self.stems.get(parts[-1], [])
            if len(matches) == 1:
                return matches[0]
        return None

    def under(self, folder: str) -> list[str]:
        return [path for path in self.files.values() if path.startswith(folder)]


def _key(path: str) -> str:
    text = unicodedata.normalize("NFC", path.strip().strip("\"'")).replace("\\", "/")
    return re.sub(r"/+", "/", text).casefold().rstrip("/")


def check(
    worksheet: Worksheet, results: tuple[RequirementResult, ...], documents: tuple[Document, ...]
) -> dict[str, Claim]:
    folder = _Folder(documents)
    proves: dict[str, list[str]] = defaultdict(list)  # path -> the requirements it is evidence for
    for result in results:
        for e in result.evidence:
            proves[e.path].append(result.rule.id)
    readable = {d.path for d in documents if d.readable}
    claims: dict[str, Claim] = {}
    for result in results:
        row = worksheet.row_of(result.rule.id)
        claims[result.rule.id] = _claim(result, row, folder, proves, readable)
    return _with_reuse(claims, results, proves)


def _claim(
    result: RequirementResult,
    row: WorksheetRow | None,
    folder: _Folder,
    proves: dict[str, list[str]],
    readable: set[str],
) -> Claim:
    rule = result.rule
    if row is None or not row.answer.strip():
        return Claim(
            None,
            row.answer if row else "",
            row.references if row else (),
            (),
            row.row if row else None,
            (ClaimFinding("no_answer"),),
        )
    findings: list[ClaimFinding] = []
    answer = answer_of(rule, row.answer)
    if answer is None:
        findings.append(
            ClaimFinding("invalid_answer", (("answer", row.answer), ("options", ", ".join(rule.option_keys))))
        )
    elif rule.options and result.supported in rule.option_keys:
        keys = rule.option_keys
        if keys.index(answer) < keys.index(result.supported):
            findings.append(
                ClaimFinding("claim_exceeds_evidence", (("answer", answer), ("supported", result.supported or "")))
            )
    # the lowest answer (and a count of none) claims nothing to prove
    needs_evidence = answer is not None and (rule.value_of(answer) > 0 if rule.options else float(answer) != 0)
    if needs_evidence and not row.references:
        findings.append(ClaimFinding("no_reference", (("answer", answer or ""),)))
    resolved: list[str] = []
    evidence = {e.path for e in result.evidence}
    near: dict[str, Problem] = {}
    for p in result.problems:  # the closest miss of each file says best why it is not evidence
        if p.path not in near or (p.status.rank, p.reason == "other_kind") < (
            near[p.path].status.rank,
            near[p.path].reason == "other_kind",
        ):
            near[p.path] = p
    for reference in row.references:
        if _URL.match(reference):
            findings.append(ClaimFinding("reference_unverifiable", (("reference", reference), ("why", "url"))))
            continue
        found = folder.resolve(reference)
        if found is None:
            code = "reference_unverifiable" if _ABSOLUTE.match(reference) else "reference_not_found"
            findings.append(ClaimFinding(code, (("reference", reference), ("why", "outside"))))
            continue
        resolved.append(found)
        paths = folder.under(found) if found.endswith("/") else [found]
        if any(p in evidence for p in paths):
            continue
        findings.append(_not_evidence(found, paths, near, proves, readable))
    return Claim(answer, row.answer, row.references, tuple(dict.fromkeys(resolved)), row.row, tuple(findings))


def _not_evidence(
    found: str, paths: list[str], near: dict, proves: dict[str, list[str]], readable: set[str]
) -> ClaimFinding:
    """Why a referenced file (or every file of a referenced folder) is not this question's evidence."""
    params: list[tuple[str, str]] = [("reference", found)]
    if found.endswith("/"):  # a folder: what one of its files misses or proves elsewhere is the file's
        return ClaimFinding("reference_not_evidence", (*params, ("why", "folder")))
    for path in paths:
        if path in near:
            problem = near[path]
            return ClaimFinding(
                "reference_not_evidence",
                (*params, ("why", problem.status.value), ("detail", problem.reason), *problem.params),
            )
    others = sorted({rule_id for p in paths for rule_id in proves.get(p, [])})
    if others:
        return ClaimFinding(
            "reference_not_evidence", (*params, ("why", "other_question"), ("questions", ", ".join(others)))
        )
    if paths and not any(p in readable for p in paths):
        return ClaimFinding("reference_not_evidence", (*params, ("why", "unreadable")))
    return ClaimFinding("reference_not_evidence", (*params, ("why", "none")))


def _with_reuse(
    claims: dict[str, Claim], results: tuple[RequirementResult, ...], proves: dict[str, list[str]]
) -> dict[str, Claim]:
    """reference_reused: a file that is the only reference of several questions needing
    different documents, on each of those it is not evidence for."""
    rules = {r.rule.id: r.rule for r in results}
    sole: dict[str, list[str]] = defaultdict(list)
    for rule_id, claim in claims.items():
        # a file, not a folder: an area's folder linked for its questions holds their documents
        if len(claim.resolved) == 1 and len(claim.references) == 1 and not claim.resolved[0].endswith("/"):
            sole[claim.resolved[0]].append(rule_id)
    out = dict(claims)
    for path, rule_ids in sole.items():
        if len(rule_ids) < 2 or len({repr(rules[i].evidence) for i in rule_ids}) < 2:
            continue
        for rule_id in rule_ids:
            if rule_id in proves.get(path, []):
                continue
            others = ", ".join(i for i in rule_ids if i != rule_id)
            claim = out[rule_id]
            finding = ClaimFinding("reference_reused", (("reference", path), ("questions", others)))
            out[rule_id] = Claim(
                claim.answer, claim.written, claim.references, claim.resolved, claim.row, (*claim.findings, finding)
            )
    return out
