"""PPTX (socialisation slides): one page per slide, its text frames, tables and notes."""

from __future__ import annotations

import zipfile
from pathlib import Path

from checker.extract.settings import ExtractSettings
from checker.extract.ziputil import refusal
from checker.model import DocStatus, Extraction, Page


def extract(path: Path, settings: ExtractSettings) -> Extraction:
    from pptx import Presentation  # imported here: only a drive with slides pays for it
    from pptx.exc import PackageNotFoundError

    refused = refusal(path)
    if refused is not None:
        return refused
    try:
        deck = Presentation(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        return Extraction(DocStatus.CORRUPT, error=f"not a readable PPTX ({exc})")
    pages = []
    for number, slide in enumerate(deck.slides, start=1):
        if number > settings.max_pages:
            break
        lines: list[str] = []
        for shape in slide.shapes:
            if shape.has_text_frame:
                lines.extend(p.text for p in shape.text_frame.paragraphs if p.text.strip())
            if getattr(shape, "has_table", False) and shape.has_table:
                for row in shape.table.rows:
                    lines.append(" | ".join(c.text.strip() for c in row.cells if c.text.strip()))
        if slide.has_notes_slide and slide.notes_slide.notes_text_frame is not None:
            notes = slide.notes_slide.notes_text_frame.text.strip()
            if notes:
                lines.append(notes)
        pages.append(Page(number, "\n".join(lines)))
    if not any(p.text.strip() for p in pages):
        return Extraction(DocStatus.EMPTY, pages=tuple(pages), error="the slides have no text", page_count=len(pages))
    return Extraction(DocStatus.OK, pages=tuple(pages), page_count=len(pages))
