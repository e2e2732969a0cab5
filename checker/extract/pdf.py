"""PDF: text per page with pypdfium2 (fast), OCR for pages without a text layer."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium

from checker.extract import ocr
from checker.extract.settings import ExtractSettings
from checker.model import DocStatus, Extraction, Page, TextSource

# A page with fewer letters than this in its text layer is treated as scanned.
MIN_TEXT_CHARS = 16
OCR_SCALE = 200 / 72  # render at 200 dpi: Tesseract's sweet spot for body text
# A page is rendered for OCR into about this many pixels at most (A1 at 200 dpi is 31 million):
# a page as large as a field (PDF allows 5 x 5 m) is rendered at a lower resolution, not into GBs.
MAX_RENDER_PIXELS = 40_000_000


def extract(path: Path, settings: ExtractSettings) -> Extraction:
    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        message = str(exc)
        if "password" in message.lower():
            return Extraction(DocStatus.ENCRYPTED, error="the PDF is protected by a password")
        return Extraction(DocStatus.CORRUPT, error=f"not a readable PDF ({_short(message)})")
    try:
        return _read(pdf, settings)
    finally:
        pdf.close()


def _read(pdf: pdfium.PdfDocument, settings: ExtractSettings) -> Extraction:
    count = len(pdf)
    if count == 0:
        return Extraction(DocStatus.EMPTY, error="the PDF has no pages")
    pages: list[Page] = []
    ocr_error: str | None = None
    ocr_done = 0
    unloadable = 0
    for index in range(min(count, settings.max_pages)):
        try:
            page = pdf[index]
        except pdfium.PdfiumError:  # a page tree that loops, or a /Count that lies: no text
            unloadable += 1
            pages.append(Page(index + 1, ""))  # pages[i] stays page i + 1
            continue
        try:
            textpage = page.get_textpage()
            text = textpage.get_text_bounded() or ""
            textpage.close()
            source = TextSource.TEXT
            if settings.ocr and ocr_error is None and ocr_done < settings.ocr_max_pages and _looks_scanned(page, text):
                try:
                    image = page.render(scale=_ocr_scale(page), grayscale=True).to_pil()
                    text, source = ocr.ocr_image(image), TextSource.OCR
                    ocr_done += 1
                except ocr.OcrUnavailable as exc:
                    ocr_error = str(exc)
                except Exception as exc:  # noqa: BLE001 - a failed OCR costs that page's text only
                    ocr_error = f"OCR failed: {_short(str(exc) or type(exc).__name__)}"
        finally:
            page.close()
        pages.append(Page(index + 1, _clean(text), source))
    if unloadable == len(pages):
        return Extraction(
            DocStatus.CORRUPT,
            error=f"none of its {count} pages can be loaded (its page tree is broken)",
            page_count=count,
        )
    if not any(p.text.strip() for p in pages):
        if not settings.ocr:
            reason = "no text layer (scanned?) and OCR is off (--no-ocr)"
        else:
            reason = ocr_error or "no text found, not even by OCR"
        return Extraction(DocStatus.EMPTY, pages=tuple(pages), error=reason, page_count=count)
    return Extraction(DocStatus.OK, pages=tuple(pages), page_count=count)


def _looks_scanned(page: pdfium.PdfPage, text: str) -> bool:
    """Next to no text layer, and an image to read (a short heading page is not a scan)."""
    letters = sum(c.isalnum() for c in text)
    if letters >= MIN_TEXT_CHARS:
        return False
    if letters == 0:  # a scan, unless the page is blank (nothing on it at all)
        return pdfium.raw.FPDFPage_CountObjects(page.raw) > 0 or pdfium.raw.FPDFPage_GetAnnotCount(page.raw) > 0
    return any(True for _ in page.get_objects(filter=[pdfium.raw.FPDF_PAGEOBJ_IMAGE], max_depth=1))


def _ocr_scale(page: pdfium.PdfPage) -> float:
    width, height = page.get_size()
    area = max(width * height, 1.0)
    return min(OCR_SCALE, (MAX_RENDER_PIXELS / area) ** 0.5)


def _clean(text: str) -> str:
    # PDFium marks line ends with \r\n and soft hyphens with \x02 / \ufffe
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x02", "").replace("\ufffe", "")


def _short(message: str) -> str:
    return message.strip().splitlines()[0][:160] if message.strip() else "unknown error"
