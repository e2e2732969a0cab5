"""Settings that change what extraction produces (and so belong in a cache key)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ExtractSettings:
    ocr: bool = True
    ocr_max_pages: int = 30  # a long scanned report: its facts live on the first pages
    max_pages: int = 2000
    max_bytes: int = 200 * 1024 * 1024
