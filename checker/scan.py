"""One scan: discover, extract, analyse, evaluate. Returns the Report; writes nothing in PATH.

Every file already read in an earlier scan (same bytes, same settings) comes from the cache; only
new or changed files go to the extraction workers, and spaCy is loaded only when a document needs
analysing.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from checker import __version__, claims, engine, formality, placement
from checker.analyse import Analyzer
from checker.cache import Cache
from checker.discover import discover, sha256_of
from checker.extract import ExtractSettings, fingerprint
from checker.extract.pool import Limits, extract_all
from checker.model import (
    DocStatus,
    Document,
    Extraction,
    Facts,
    FolderWarning,
    Profile,
    Report,
    RulePack,
    SourceFile,
    Worksheet,
)
from checker.score import score

# results that depend on the limits of this run, or on a crash, are not kept
_NOT_CACHED = {DocStatus.TIMEOUT, DocStatus.TOO_LARGE}


@dataclass(frozen=True, slots=True)
class ScanSettings:
    jobs: int = 0  # 0: one per CPU
    extract: ExtractSettings = field(default_factory=ExtractSettings)
    limits: Limits = field(default_factory=Limits)
    cache_dir: Path | None = None  # None: no cache


Progress = Callable[[Document], None]
Started = Callable[[int], None]


def scan(
    root: Path,
    profile: Profile,
    pack: RulePack,
    settings: ScanSettings,
    on_document: Progress | None = None,
    on_start: Started | None = None,
    worksheet: Worksheet | None = None,
) -> Report:
    skip = {worksheet.path.resolve()} if worksheet is not None else set()  # its claims, not evidence
    return judge(read(root, pack, settings, on_document, on_start, skip), profile, pack, worksheet)


@dataclass(frozen=True, slots=True)
class Reading:
    """What a folder holds, read: its documents with their facts (which no profile changes)."""

    documents: tuple[Document, ...]
    warnings: tuple[FolderWarning, ...]
    read: int  # files extracted in this scan
    from_cache: int


def read(
    root: Path,
    pack: RulePack,
    settings: ScanSettings,
    on_document: Progress | None = None,
    on_start: Started | None = None,
    skip: set[Path] | frozenset[Path] = frozenset(),
) -> Reading:
    """Discover, extract and analyse every file under ``root`` (from the cache where it can)."""
    warnings: list[FolderWarning] = []
    sources = [s for s in discover(root, warnings) if not skip or s.abspath.resolve() not in skip]
    if on_start is not None:
        on_start(len(sources))
    analyzer = Analyzer(pack.kinds, pack.questions)
    found: dict[int, Document] = {}

    def facts_key_of(source: SourceFile) -> str:
        # facts depend on the file name too (a kind may be read from it), besides the analysis
        return f"{analyzer.fingerprint}|{source.path.rsplit('/', 1)[-1]}"

    with Cache(settings.cache_dir) as cache:
        sources = [_hashed(source, cache) for source in sources]
        extract_key = fingerprint(settings.extract)

        def finish(
            index: int, source: SourceFile, extraction: Extraction, facts: Facts | None = None, fresh: bool = False
        ) -> None:
            if facts is None and extraction.pages:
                facts, fresh = analyzer.analyse(source, extraction), True
            elif facts is None and extraction.status is not DocStatus.OK:
                facts = analyzer.named(source)  # a file that cannot be read is known by its name
            if fresh and facts is not None and source.sha256:
                cache.put_facts(source.sha256, facts_key_of(source), facts)
            doc = Document(source, extraction) if facts is None else Document(source, extraction, facts)
            found[index] = doc
            if on_document is not None:
                on_document(doc)

        todo: list[tuple[int, SourceFile]] = []
        for index, source in enumerate(sources):
            if source.sha256:
                # facts known: the status will do; else the whole text, to analyse it again
                facts = cache.facts(source.sha256, facts_key_of(source))
                summary = cache.summary(source.sha256, extract_key) if facts is not None else None
                if summary is not None:
                    finish(index, source, summary, facts)
                    continue
                cached = cache.extraction(source.sha256, extract_key)
                if cached is not None:
                    finish(index, source, cached)
                    continue
            todo.append((index, source))
        jobs = settings.jobs or os.cpu_count() or 1
        batch = [s for _, s in todo]
        if batch:
            # load the language pipeline once, before the workers fork: they share it, and no
            # file's time limit pays for it
            analyzer.prepare()
        for i, source, extraction, facts in extract_all(
            batch, settings.extract, jobs, settings.limits, analyse=analyzer.analyse
        ):
            if source.sha256 and extraction.status not in _NOT_CACHED and "crashed" not in (extraction.error or ""):
                cache.put_extraction(source.sha256, extract_key, extraction)
            finish(todo[i][0], source, extraction, facts, fresh=facts is not None)
        if cache.problem:
            warnings.append(FolderWarning(".", cache.problem))
    return Reading(tuple(found[i] for i in sorted(found)), tuple(warnings), len(todo), len(sources) - len(todo))


def judge(reading: Reading, profile: Profile, pack: RulePack, worksheet: Worksheet | None = None) -> Report:
    """Every requirement of the pack for one unit, from the documents read."""
    documents = reading.documents
    results = engine.evaluate(pack.rules, documents, profile)
    filed_under, misfiled, results = placement.place(documents, results, pack)
    checked = claims.check(worksheet, results, documents) if worksheet is not None else {}
    claimed = {rule_id: claim.answer for rule_id, claim in checked.items()} if worksheet is not None else None
    return Report(
        profile=profile,
        pack=pack,
        results=results,
        documents=documents,
        warnings=reading.warnings,
        generated_at=dt.datetime.now(dt.UTC).replace(microsecond=0),
        tool_version=__version__,
        score=score(results, pack, profile.target, claimed),
        read=reading.read,
        from_cache=reading.from_cache,
        doubts={d.path: found for d in documents if d.readable and (found := engine.doubts(d, profile.year))},
        worksheet=worksheet,
        claims=checked,
        filed_under=filed_under,
        misfiled=misfiled,
        formality=formality.notes(documents, pack.kinds),
    )


def _hashed(source: SourceFile, cache: Cache) -> SourceFile:
    """The source with its sha256: from the cache when size, mtime and inode are unchanged."""
    known = cache.known_hash(source, source.inode)
    if known is not None:
        return replace(source, sha256=known)
    try:
        digest = sha256_of(source.abspath)
    except OSError:
        return source  # extraction says why it cannot be read
    hashed = replace(source, sha256=digest)
    cache.remember_hash(hashed, source.inode)
    return hashed
