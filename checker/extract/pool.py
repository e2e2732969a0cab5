"""Extraction in worker processes, each file under a time and a memory limit.

A file that hangs or balloons costs its own status (``timeout``, ``too_large``) and nothing else:
its worker is killed and replaced, and the scan goes on. Results stream back as they finish, so
the parent's memory stays flat however many files there are.

Processes, not threads: PDFium is not thread-safe, OCR is CPU-bound, and only a process can be
killed safely in the middle of a C library's loop.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import resource
import signal
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing import get_context
from multiprocessing.connection import Connection, wait

from checker.extract import extract
from checker.extract.settings import ExtractSettings
from checker.model import DocStatus, Extraction, Facts, SourceFile

Analyse = Callable[[SourceFile, Extraction], Facts]

_CTX = get_context("fork")  # workers inherit the imported libraries: no start-up cost per worker


@dataclass(frozen=True, slots=True)
class Limits:
    timeout: float = 300.0  # seconds per file (a long scan under OCR takes a while)
    memory_mb: int = 2048  # address space per worker


def _orphan_proof() -> None:
    """A worker leaves the stopping to the scan: Ctrl-C reaches the whole process group, and the
    scan kills its workers itself; and a worker dies with the scan, however the scan ends (a
    sibling's inherited pipe would otherwise keep it waiting for work forever)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
        if os.getppid() == 1:  # the scan died before the line above
            os._exit(0)


_PR_SET_PDEATHSIG = 1


def _worker(conn: Connection, settings: ExtractSettings, memory_mb: int, analyse: Analyse | None) -> None:
    """Loop: receive (index, source), send (index, extraction, facts); exit on None."""
    _orphan_proof()
    if memory_mb > 0:
        limit = memory_mb * 1024 * 1024
        with contextlib.suppress(ValueError, OSError):  # a lower hard limit is already set: keep it
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        index, source = task
        facts = None
        try:
            result = extract(source, settings)
            if analyse is not None and result.pages:
                facts = analyse(source, result)
        except MemoryError:
            result = Extraction(DocStatus.TOO_LARGE, error=f"needs more than the {memory_mb} MB memory limit")
        try:
            conn.send((index, result, facts))
        except MemoryError:
            conn.send((index, Extraction(DocStatus.TOO_LARGE, error="its text is too large to keep"), None))


class _Worker:
    def __init__(self, settings: ExtractSettings, limits: Limits, analyse: Analyse | None) -> None:
        self.conn, child = _CTX.Pipe()
        self.process = _CTX.Process(target=_worker, args=(child, settings, limits.memory_mb, analyse), daemon=True)
        self.process.start()
        child.close()
        self.task: tuple[int, SourceFile] | None = None
        self.deadline = 0.0

    def give(self, index: int, source: SourceFile, timeout: float) -> None:
        self.task = (index, source)
        self.deadline = time.monotonic() + timeout
        self.conn.send(self.task)

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()

    def stop(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self.conn.send(None)
        self.process.join(5)
        self.kill()


def extract_all(
    sources: Iterable[SourceFile],
    settings: ExtractSettings,
    jobs: int,
    limits: Limits = Limits(),
    analyse: Analyse | None = None,
) -> Iterator[tuple[int, SourceFile, Extraction, Facts | None]]:
    """Extract every source; yield (index, source, extraction, facts) in the order they finish.

    With ``analyse``, each worker also finds the facts of what it read, so the analysis runs on
    every core instead of in the one process that collects the results.
    """
    pending = list(enumerate(sources))
    pending.reverse()  # pop() from the end keeps the original order of dispatch
    if not pending:
        return
    workers: list[_Worker] = []
    finished = False
    try:
        for _ in range(max(1, min(jobs, len(pending)))):
            workers.append(_Worker(settings, limits, analyse))
        for worker in workers:
            if pending:
                index, source = pending.pop()
                worker.give(index, source, limits.timeout)
        while any(w.task is not None for w in workers):
            busy = [w for w in workers if w.task is not None]
            now = time.monotonic()
            ready = wait([w.conn for w in busy], timeout=max(0.0, min(w.deadline for w in busy) - now))
            for i, worker in enumerate(workers):
                if worker.task is None:
                    continue
                index, source = worker.task
                result: Extraction | None = None
                facts: Facts | None = None
                if worker.conn in ready:
                    result, facts = _receive(worker.conn)
                elif time.monotonic() >= worker.deadline:
                    result = Extraction(DocStatus.TIMEOUT, error=f"not read within the {limits.timeout:g} s limit")
                else:
                    continue
                if result is None or (result.status is DocStatus.TIMEOUT and worker.conn not in ready):
                    # the worker died or hangs: replace it
                    worker.kill()
                    worker = workers[i] = _Worker(settings, limits, analyse)
                    if result is None:
                        result = Extraction(DocStatus.CORRUPT, error=_crash_reason(limits))
                worker.task = None
                # the next file first, so the worker reads while the caller analyses this one
                if pending:
                    next_index, next_source = pending.pop()
                    worker.give(next_index, next_source, limits.timeout)
                yield index, source, result, facts
        finished = True
    finally:
        for worker in workers:
            if finished:
                worker.stop()
            else:  # an interrupted scan (Ctrl-C, SIGTERM, an error) does not wait for files half read
                worker.kill()


def _receive(conn: Connection) -> tuple[Extraction | None, Facts | None]:
    try:
        _, result, facts = conn.recv()
    except (EOFError, OSError):
        return None, None  # the worker died: killed by the kernel, or a library crashed it
    return result, facts


def _crash_reason(limits: Limits) -> str:
    if limits.memory_mb > 0:
        return (
            f"the reader crashed, most likely past the {limits.memory_mb} MB memory limit "
            "(a file that inflates when opened)"
        )
    return "the reader crashed on this file"
