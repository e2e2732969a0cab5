"""A persistent cache of what was read from each file, so a rescan reads only what changed.

SQLite, in the user's cache folder (never inside the scanned folder). Two tables:

- ``files``: path, size, mtime and inode -> sha256, so an unchanged file is recognised without
  reading it again;
- ``results``: (sha256, kind of result, settings fingerprint) -> JSON of an extraction or of the
  facts found in it. Keys carry the versions and settings that change a result, so a new
  extractor, OCR turned on, or another profile never reuses a stale entry.

Stored as JSON, not pickle: a foreign file in the cache folder cannot run code. Two scans may run
at once (WAL journal, a busy timeout). A corrupt or foreign cache file is set aside and rebuilt;
a cache that cannot be used at all is skipped with a warning, never fatal.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from pathlib import Path
from typing import Any, Self

from checker import serialize
from checker.model import Extraction, Facts, SourceFile

FORMAT = "zi-check.cache/1"
FILE_NAME = "zi-check-cache.sqlite3"
_LOCKED_RETRIES = 10
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (
    path BLOB PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, inode INTEGER NOT NULL,
    sha256 TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS results (
    sha256 TEXT NOT NULL, what TEXT NOT NULL, fingerprint TEXT NOT NULL, data TEXT NOT NULL,
    PRIMARY KEY (sha256, what, fingerprint));
"""


def default_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "zi-check"


class Cache:
    """The cache, or a no-op when disabled or unusable (``problem`` then says why)."""

    def __init__(self, folder: Path | None) -> None:
        self.problem: str | None = None
        self._db: sqlite3.Connection | None = None
        if folder is None:
            return
        try:
            folder.mkdir(parents=True, exist_ok=True)
            self._db = self._open(folder / FILE_NAME)
        except (OSError, sqlite3.Error) as exc:
            self.problem = f"cache not used ({exc})"
            self._db = None

    def _open(self, path: Path) -> sqlite3.Connection:
        broken: sqlite3.Error | None = None
        for attempt in range(_LOCKED_RETRIES):
            try:
                return self._connect(path)
            except sqlite3.OperationalError as exc:
                # another scan is setting the same cache up: it is busy, not broken
                if "locked" in str(exc) or "busy" in str(exc):
                    if attempt == _LOCKED_RETRIES - 1:
                        raise
                    time.sleep(0.1 * (attempt + 1))
                    continue
                broken = exc
                break
            except sqlite3.DatabaseError as exc:
                broken = exc
                break
        # corrupt, or not ours: keep it for a look, start afresh
        aside = path.with_name(f"{path.name}.broken-{int(time.time())}")
        path.replace(aside)
        for suffix in ("-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        self.problem = f"the cache {path} was unreadable ({broken}); set aside as {aside.name} and rebuilt"
        return self._connect(path)

    @staticmethod
    def _connect(path: Path) -> sqlite3.Connection:
        db = sqlite3.connect(path, timeout=30, isolation_level=None)
        try:
            db.execute("PRAGMA busy_timeout = 30000")
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")
            db.executescript(_SCHEMA)
            row = db.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()
            if row is None:
                db.execute("INSERT OR IGNORE INTO meta VALUES ('format', ?)", (FORMAT,))
            elif row[0] != FORMAT:
                raise sqlite3.DatabaseError(f"cache format {row[0]!r}, expected {FORMAT!r}")
        except BaseException:
            db.close()
            raise
        return db

    @property
    def enabled(self) -> bool:
        return self._db is not None

    # --- files -----------------------------------------------------------------------------

    def known_hash(self, source: SourceFile, inode: int) -> str | None:
        """The file's sha256 when its size, mtime and inode are those seen last time."""
        row = self._one(
            "SELECT size, mtime_ns, inode, sha256 FROM files WHERE path = ?", (os.fsencode(source.abspath),)
        )
        if row is None or (row[0], row[1], row[2]) != (source.size, source.mtime_ns, inode):
            return None
        return str(row[3])

    def remember_hash(self, source: SourceFile, inode: int) -> None:
        self._write(
            "INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?)",
            (os.fsencode(source.abspath), source.size, source.mtime_ns, inode, source.sha256),
        )

    # --- results ---------------------------------------------------------------------------

    def extraction(self, sha256: str, fingerprint: str) -> Extraction | None:
        return self._decoded(self._result(sha256, "extraction", fingerprint), serialize.extraction_from)

    def put_extraction(self, sha256: str, fingerprint: str, extraction: Extraction) -> None:
        self._put(sha256, "extraction", fingerprint, serialize.extraction_to(extraction))
        self._put(sha256, "summary", fingerprint, serialize.summary_to(extraction))

    def summary(self, sha256: str, fingerprint: str) -> Extraction | None:
        """The extraction's status without its text: enough when its facts are cached too."""
        return self._decoded(self._result(sha256, "summary", fingerprint), serialize.extraction_from)

    def facts(self, sha256: str, fingerprint: str) -> Facts | None:
        return self._decoded(self._result(sha256, "facts", fingerprint), serialize.facts_from)

    @staticmethod
    def _decoded(data: Any, decode: Any) -> Any:
        """An entry in its type, or None (read again) when it is not of the shape this version
        writes: an older build's, or damaged."""
        if data is None:
            return None
        try:
            return decode(data)
        except (KeyError, ValueError, TypeError, IndexError, AttributeError):
            return None

    def put_facts(self, sha256: str, fingerprint: str, facts: Facts) -> None:
        self._put(sha256, "facts", fingerprint, serialize.facts_to(facts))

    def _result(self, sha256: str, what: str, fingerprint: str) -> Any:
        row = self._one(
            "SELECT data FROM results WHERE sha256 = ? AND what = ? AND fingerprint = ?", (sha256, what, fingerprint)
        )
        if row is None:
            return None
        try:
            return json.loads(row[0])
        except ValueError:
            return None

    def _put(self, sha256: str, what: str, fingerprint: str, data: Any) -> None:
        self._write(
            "INSERT OR REPLACE INTO results VALUES (?, ?, ?, ?)",
            (sha256, what, fingerprint, json.dumps(data, ensure_ascii=False, separators=(",", ":"))),
        )

    # --- plumbing --------------------------------------------------------------------------

    def _one(self, sql: str, args: tuple[Any, ...]) -> Any:
        if self._db is None:
            return None
        try:
            return self._db.execute(sql, args).fetchone()
        except sqlite3.Error as exc:
            self._fail(exc)
            return None

    def _write(self, sql: str, args: tuple[Any, ...]) -> None:
        if self._db is None:
            return
        try:
            # one short transaction per write: a scan running beside this one never waits long,
            # and never finds a snapshot it cannot upgrade (which SQLite reports as "locked")
            self._db.execute(sql, args)
        except sqlite3.Error as exc:
            self._fail(exc)

    def _fail(self, exc: sqlite3.Error) -> None:
        self.problem = f"cache stopped being used ({exc})"
        self.close()

    def close(self) -> None:
        if self._db is None:
            return
        db, self._db = self._db, None
        db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
