"""One scan: discover, extract, analyse, evaluate. Returns the Report; writes nothing."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

from checker import __version__, engine
from checker.analyse import Analyzer
from checker.discover import discover
from checker.extract import ExtractSettings, extract
from checker.model import DocStatus, Document, Extraction, FolderWarning, Profile, Report, RulePack, SourceFile
from checker.score import score


@dataclass(frozen=True, slots=True)
class ScanSettings:
    jobs: int = 0  # 0: one per CPU
    extract: ExtractSettings = ExtractSettings()


Progress = Callable[[Document], None]


def scan(root: Path, profile: Profile, pack: RulePack, settings: ScanSettings,
         on_document: Progress | None = None) -> Report:
    warnings: list[FolderWarning] = []
    sources = list(discover(root, warnings))
    analyzer = Analyzer(profile, pack.kinds)
    documents = []
    for source, extraction in _extract_all(sources, settings):
        facts = analyzer.analyse(source, extraction) if extraction.pages else None
        doc = Document(source, extraction) if facts is None else Document(source, extraction, facts)
        documents.append(doc)
        if on_document is not None:
            on_document(doc)
    results = engine.evaluate(pack.rules, tuple(documents), profile)
    return Report(
        score=score(results, pack, profile.target),
        profile=profile,
        pack=pack,
        results=results,
        documents=tuple(documents),
        warnings=tuple(warnings),
        generated_at=dt.datetime.now(dt.timezone.utc).replace(microsecond=0),
        tool_version=__version__,
    )


def _extract_all(sources: list[SourceFile], settings: ScanSettings) -> Iterator[tuple[SourceFile, Extraction]]:
    jobs = settings.jobs or os.cpu_count() or 1
    if jobs <= 1 or len(sources) <= 1:
        for source in sources:
            yield source, extract(source, settings.extract)
        return
    # Processes, not threads: PDFium is not thread-safe, and OCR is CPU-bound.
    with ProcessPoolExecutor(max_workers=min(jobs, len(sources)), mp_context=get_context("fork")) as pool:
        futures = [pool.submit(extract, source, settings.extract) for source in sources]
        for source, future in zip(sources, futures, strict=True):
            try:
                yield source, future.result()
            except Exception as exc:  # a worker that died (killed, out of memory) costs one file
                yield source, Extraction(DocStatus.CORRUPT, error=f"extraction failed: {type(exc).__name__}")
