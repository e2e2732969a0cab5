"""DOCX: paragraphs and tables in body order, headers and footers, pages at hard page breaks."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn

from checker.extract.settings import ExtractSettings
from checker.extract.ziputil import zip_problem
from checker.model import DocStatus, Extraction, Page

_P, _TBL, _BR, _TYPE = qn("w:p"), qn("w:tbl"), qn("w:br"), qn("w:type")
_T, _TAB = qn("w:t"), qn("w:tab")


def extract(path: Path, settings: ExtractSettings) -> Extraction:
    if not zipfile.is_zipfile(path):
        return Extraction(DocStatus.CORRUPT, error="not a DOCX file (it is not a zip archive)")
    problem = zip_problem(path)
    if problem is not None:
        return Extraction(DocStatus.TOO_LARGE if "inflate" in problem or "parts" in problem
                          else DocStatus.CORRUPT, error=f"not opened: {problem}")
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        return Extraction(DocStatus.CORRUPT, error=f"not a readable DOCX ({exc})")
    pages: list[list[str]] = [[]]
    for block in document.element.body.iterchildren():
        if block.tag == _P:
            text, breaks = _paragraph(block)
            pages[-1].append(text)
            for _ in range(breaks):
                pages.append([])
        elif block.tag == _TBL:
            pages[-1].extend(_table_rows(block))
    header, footer = _margins(document)
    texts = ["\n".join(lines).strip("\n") for lines in pages]
    texts = [t for t in texts if t.strip()] or [""]
    if header:
        texts[0] = header + "\n" + texts[0]
    if footer:
        texts[-1] = texts[-1] + "\n" + footer
    texts = texts[: settings.max_pages]
    result = tuple(Page(i + 1, t) for i, t in enumerate(texts))
    if not any(t.strip() for t in texts):
        return Extraction(DocStatus.EMPTY, pages=result, error="the document has no text",
                          page_count=len(texts))
    return Extraction(DocStatus.OK, pages=result, page_count=len(texts))


def _paragraph(p) -> tuple[str, int]:
    """The text of a paragraph and how many hard page breaks it holds."""
    parts: list[str] = []
    breaks = 0
    for node in p.iter(_T, _TAB, _BR):
        if node.tag == _T:
            parts.append(node.text or "")
        elif node.tag == _TAB:
            parts.append("\t")
        elif node.get(_TYPE) == "page":
            breaks += 1
        else:
            parts.append("\n")
    return "".join(parts), breaks


def _table_rows(tbl) -> list[str]:
    """One line per row, cells separated by ' | ' (merged cells once)."""
    rows = []
    for tr in tbl.iter(qn("w:tr")):
        cells = []
        for tc in tr.iterchildren(qn("w:tc")):
            text = " ".join(_paragraph(p)[0] for p in tc.iter(_P)).strip()
            if not cells or cells[-1] != text:
                cells.append(text)
        rows.append(" | ".join(cells))
    return rows


def _margins(document) -> tuple[str, str]:
    headers: list[str] = []
    footers: list[str] = []
    for section in document.sections:
        for part, into in ((section.header, headers), (section.footer, footers)):
            if part.is_linked_to_previous and into:
                continue
            text = "\n".join(p.text for p in part.paragraphs if p.text.strip())
            for table in part.tables:
                text += "\n" + "\n".join(_table_rows(table._tbl))
            if text.strip() and text.strip() not in into:
                into.append(text.strip())
    return "\n".join(headers), "\n".join(footers)
