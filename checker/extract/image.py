"""Images (scans and photos): OCR of every frame."""

from __future__ import annotations

import warnings
from pathlib import Path

from PIL import Image, ImageSequence, UnidentifiedImageError

from checker.extract import ocr
from checker.extract.settings import ExtractSettings
from checker.model import DocStatus, Extraction, Page, TextSource

Image.MAX_IMAGE_PIXELS = 120_000_000  # a decompression bomb is refused, not decoded


def extract(path: Path, settings: ExtractSettings) -> Extraction:
    if not settings.ocr:
        return Extraction(DocStatus.EMPTY, error="an image: its text needs OCR, which is off (--no-ocr)")
    try:
        with warnings.catch_warnings():
            # Pillow only warns between the limit and twice the limit, and then decodes: refuse
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            img = Image.open(path)
        with img:
            pages = []
            for index, frame in enumerate(ImageSequence.Iterator(img)):
                if index >= settings.ocr_max_pages:
                    break
                if frame.width * frame.height > (Image.MAX_IMAGE_PIXELS or 0) > 0:  # a later TIFF frame
                    raise Image.DecompressionBombError("frame too large")
                text = ocr.ocr_image(frame.copy())
                pages.append(Page(index + 1, text, TextSource.OCR))
    except ocr.OcrUnavailable as exc:
        return Extraction(DocStatus.EMPTY, error=str(exc))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        limit = (Image.MAX_IMAGE_PIXELS or 0) // 1_000_000
        return Extraction(DocStatus.TOO_LARGE, error=f"not decoded: the image has more than {limit} million pixels")
    except (UnidentifiedImageError, OSError) as exc:
        return Extraction(DocStatus.CORRUPT, error=f"not a readable image ({exc})")
    if not any(p.text.strip() for p in pages):
        return Extraction(DocStatus.EMPTY, pages=tuple(pages), error="no text found by OCR", page_count=len(pages))
    return Extraction(DocStatus.OK, pages=tuple(pages), page_count=len(pages))
