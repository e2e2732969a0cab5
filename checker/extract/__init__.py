"""Extraction: one extractor per format, each turning a file into pages of text.

``extract`` never raises: whatever goes wrong becomes a document status and a reason.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from pathlib import Path

from checker.extract import docx, image, ocr, pdf, plain, pptx, xlsx
from checker.extract.settings import ExtractSettings
from checker.model import DocStatus, Extraction, Page, SourceFile

Extractor = Callable[[Path, ExtractSettings], Extraction]

# file suffix -> extractor
EXTRACTORS: dict[str, Extractor] = {
    "pdf": pdf.extract,
    "docx": docx.extract,
    "xlsx": xlsx.extract,
    "xlsm": xlsx.extract,
    "pptx": pptx.extract,
    "txt": plain.extract,
    "md": plain.extract,
    "png": image.extract,
    "jpg": image.extract,
    "jpeg": image.extract,
    "tif": image.extract,
    "tiff": image.extract,
}

# formats users keep on evidence drives that are not read yet, with what to do about them
_UNSUPPORTED_HINTS = {
    "doc": "legacy Word .doc is not read: save it as .docx or PDF",
    "xls": "legacy Excel .xls is not read: save it as .xlsx or PDF",
    "ppt": "legacy PowerPoint .ppt is not read: save it as PDF",
    "zip": "archives are not opened: extract their files into the folder",
    "7z": "archives are not opened: extract their files into the folder",
    "odt": "OpenDocument text is not read: save it as .docx or PDF",
    "rar": "archives are not opened: extract their files into the folder",
}

__all__ = ["EXTRACTORS", "ExtractSettings", "extract", "fingerprint"]

# Bump when an extractor's output changes for the same file: cached extractions are then re-read.
EXTRACT_VERSION = "4"

# No page holds more text than this (a dense A4 page holds 5,000 characters). DOCX and text files
# have no pages of their own: a longer stretch between page breaks is cut into pages of at most
# this size at line ends. A longer page of a PDF, sheet or slide is cut short. It bounds what
# analysis (spaCy refuses texts over 1,000,000 characters) and the report hold.
MAX_PAGE_CHARS = 100_000
_FLOWING = {"docx", "txt", "md"}


def fingerprint(settings: ExtractSettings) -> str:
    """What changes an extraction besides the file's bytes: versions, OCR and its languages."""
    from checker import __version__

    langs = ""
    if settings.ocr:
        try:
            langs = ocr.languages()
        except ocr.OcrUnavailable:
            langs = "none"
    return (
        f"x{EXTRACT_VERSION}/{__version__}/ocr={int(settings.ocr)}:{langs}/"
        f"pages={settings.max_pages}:{settings.ocr_max_pages}"
    )


def extract(source: SourceFile, settings: ExtractSettings) -> Extraction:
    extractor = EXTRACTORS.get(source.format)
    if extractor is None:
        reason = _UNSUPPORTED_HINTS.get(
            source.format, f"format '.{source.format}' is not read" if source.format else "file without a type suffix"
        )
        return Extraction(DocStatus.UNSUPPORTED, error=reason)
    if source.size == 0:
        return Extraction(DocStatus.EMPTY, error="the file is empty (0 bytes)")
    if source.size > settings.max_bytes:
        limit = settings.max_bytes // (1024 * 1024)
        return Extraction(DocStatus.TOO_LARGE, error=f"larger than the {limit} MB limit")
    try:
        with open(source.abspath, "rb"):  # say "permission denied", not a library's guess
            pass
        return _bounded(extractor(source.abspath, settings), source.format in _FLOWING, settings.max_pages)
    except PermissionError:
        return Extraction(DocStatus.CORRUPT, error="the file cannot be read: permission denied")
    except FileNotFoundError:
        return Extraction(DocStatus.CORRUPT, error="the file vanished during the scan")
    except MemoryError:
        return Extraction(DocStatus.TOO_LARGE, error="the file needs more memory than allowed")
    except RecursionError:
        return Extraction(DocStatus.CORRUPT, error="the file's structure loops")
    except Exception as exc:  # noqa: BLE001 - an extractor bug or a hostile file costs one status, not the scan
        return Extraction(DocStatus.CORRUPT, error=f"cannot be read: {type(exc).__name__}: {str(exc)[:160]}")


def _bounded(result: Extraction, flowing: bool, max_pages: int) -> Extraction:
    """``result`` with no page longer than MAX_PAGE_CHARS."""
    if all(len(p.text) <= MAX_PAGE_CHARS for p in result.pages):
        return result
    if not flowing:
        pages = tuple(dataclasses.replace(p, text=p.text[:MAX_PAGE_CHARS]) for p in result.pages)
        return dataclasses.replace(result, pages=pages)
    texts = [(chunk, p.source) for p in result.pages for chunk in _chunks(p.text)][:max_pages]
    pages = tuple(Page(i + 1, text, source) for i, (text, source) in enumerate(texts))
    return dataclasses.replace(result, pages=pages, page_count=len(pages))


def _chunks(text: str) -> Iterator[str]:
    while len(text) > MAX_PAGE_CHARS:
        cut = text.rfind("\n", 0, MAX_PAGE_CHARS + 1)
        if cut <= 0:
            cut = MAX_PAGE_CHARS
        yield text[:cut]
        text = text[cut:].lstrip("\n")
    yield text
