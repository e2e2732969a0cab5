"""What an evaluator would object to in a document as evidence: a decree kept only as a Word
file, without number, date or signature, or with a template's fields left in.

Advice beside the findings: nothing here changes a status. What each kind needs is the pack's
(``formal:`` on a kind); the facts are the analysis's.
"""

from __future__ import annotations

from checker.model import Document, Formality, Kind

DRAFT_FORMATS = ("docx", "doc", "odt", "xlsx", "xls", "ods", "rtf")


def notes(documents: tuple[Document, ...], kinds: tuple[Kind, ...]) -> dict[str, tuple[Formality, ...]]:
    """path -> its formality notes, for the documents that have any."""
    needs = {k.name: k.formal for k in kinds if k.formal}
    signed_copies = _signed_copies(documents, needs)
    out: dict[str, tuple[Formality, ...]] = {}
    for doc in documents:
        if not doc.readable:
            continue
        facts = doc.facts
        found: list[Formality] = []
        need = needs.get(facts.kind or "", ())
        if "signature" in need and doc.source.format in DRAFT_FORMATS and _identity(doc) not in signed_copies:
            found.append(Formality("draft_format", quote=doc.source.format.upper()))
        if "number" in need and facts.number is None:
            found.append(Formality("no_number"))
        if "date" in need and facts.date is None:
            found.append(Formality("no_date"))
        if "signature" in need and not facts.signed and doc.source.format not in DRAFT_FORMATS:
            found.append(Formality("unsigned"))
        if need:  # a form's dotted lines are to be filled by hand: only an instrument's are left-overs
            found += [Formality("placeholder", f.page, f.text) for f in facts.placeholders]
        if found:
            out[doc.path] = tuple(found)
    return out


def _identity(doc: Document) -> tuple[str | None, str]:
    """What makes two files the same instrument: its kind, and its number or else its title."""
    facts = doc.facts
    mark = str(facts.number.value) if facts.number else (facts.title.text.casefold() if facts.title else doc.path)
    return facts.kind, mark


def _signed_copies(documents: tuple[Document, ...], needs: dict[str, tuple[str, ...]]) -> set[tuple[str | None, str]]:
    """The instruments of which a copy other than a draft format is in the folder (the signed PDF
    or scan of a decree whose Word file is there too)."""
    return {
        _identity(d) for d in documents if d.readable and d.facts.kind in needs and d.source.format not in DRAFT_FORMATS
    }
