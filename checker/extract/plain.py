"""Plain text and Markdown: UTF-8 (undecodable bytes replaced); a form feed starts a page."""

from __future__ import annotations

from pathlib import Path

from checker.extract.settings import ExtractSettings
from checker.model import DocStatus, Extraction, Page


def extract(path: Path, settings: ExtractSettings) -> Extraction:
    raw = path.read_bytes()
    if b"\x00" in raw[:8192]:
        return Extraction(DocStatus.CORRUPT, error="binary content in a text file")
    text = raw.decode("utf-8-sig", "replace")
    chunks = text.split("\f")[: settings.max_pages]
    pages = tuple(Page(i + 1, chunk) for i, chunk in enumerate(chunks))
    if not text.strip():
        return Extraction(DocStatus.EMPTY, pages=pages, error="the file is empty", page_count=len(pages))
    return Extraction(DocStatus.OK, pages=pages, page_count=len(pages))
