"""One scan: discover, extract, analyse, evaluate. Returns the Report; writes nothing."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from checker import __version__, engine
from checker.analyse import Analyzer
from checker.discover import discover
from checker.extract import ExtractSettings
from checker.extract.pool import Limits, extract_all
from checker.model import Document, FolderWarning, Profile, Report, RulePack
from checker.score import score


@dataclass(frozen=True, slots=True)
class ScanSettings:
    jobs: int = 0  # 0: one per CPU
    extract: ExtractSettings = ExtractSettings()
    limits: Limits = Limits()


Progress = Callable[[Document], None]


def scan(root: Path, profile: Profile, pack: RulePack, settings: ScanSettings,
         on_document: Progress | None = None) -> Report:
    warnings: list[FolderWarning] = []
    sources = list(discover(root, warnings))
    analyzer = Analyzer(profile, pack.kinds)
    found: dict[int, Document] = {}
    jobs = settings.jobs or os.cpu_count() or 1
    for index, source, extraction in extract_all(sources, settings.extract, jobs, settings.limits):
        facts = analyzer.analyse(source, extraction) if extraction.pages else None
        doc = Document(source, extraction) if facts is None else Document(source, extraction, facts)
        found[index] = doc
        if on_document is not None:
            on_document(doc)
    documents = tuple(found[i] for i in sorted(found))
    results = engine.evaluate(pack.rules, documents, profile)
    return Report(
        score=score(results, pack, profile.target),
        profile=profile,
        pack=pack,
        results=results,
        documents=documents,
        warnings=tuple(warnings),
        generated_at=dt.datetime.now(dt.timezone.utc).replace(microsecond=0),
        tool_version=__version__,
    )
