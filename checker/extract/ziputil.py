"""Office files are zip archives: look at one before it is opened, so a zip bomb is refused."""

from __future__ import annotations

import copy
import zipfile
import zlib
from pathlib import Path

from checker.model import DocStatus, Extraction

MAX_MEMBERS = 10_000
MAX_UNCOMPRESSED = 512 * 1024 * 1024  # declared total
MAX_RATIO = 200  # a member that inflates more than this (and is large) is a bomb
LARGE_MEMBER = 8 * 1024 * 1024
_CHUNK = 1 << 20


def refusal(path: Path) -> Extraction | None:
    """Why this archive must not be opened (a status and a reason), or None when it looks like an
    ordinary document: ``corrupt`` when it is no valid zip, ``too_large`` when it would inflate."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            problem = _declared_problem(members) or _actual_problem(archive, members)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError, zlib.error) as exc:
        return Extraction(DocStatus.CORRUPT, error=f"not opened: not a valid zip archive ({exc})")
    return None if problem is None else Extraction(DocStatus.TOO_LARGE, error=f"not opened: {problem}")


def _actual_problem(archive: zipfile.ZipFile, members: list[zipfile.ZipInfo]) -> str | None:
    """Inflate every part in small chunks: one that inflates past the size it declares is a bomb
    that lies (Python's zipfile would inflate all of it in one piece before cutting it short)."""
    for member in members:
        if member.is_dir() or member.compress_type == zipfile.ZIP_STORED:
            continue  # a stored part is read as it lies on disk: it cannot inflate
        probe = copy.copy(member)
        probe.file_size = member.file_size + 1  # read one byte past the declared size, no more
        del probe.CRC  # no checksum on this probe: the library's own reading checks it later
        size = 0
        with archive.open(probe) as part:
            while chunk := part.read(_CHUNK):
                size += len(chunk)
                if size > member.file_size:
                    return (
                        f"part {member.filename} inflates to more than the {member.file_size} bytes "
                        "it declares (a zip bomb?)"
                    )
    return None


def _declared_problem(members: list[zipfile.ZipInfo]) -> str | None:
    if len(members) > MAX_MEMBERS:
        return f"the archive holds {len(members)} parts (limit {MAX_MEMBERS})"
    total = sum(m.file_size for m in members)
    if total > MAX_UNCOMPRESSED:
        return f"it would inflate to {total // (1024 * 1024)} MB (limit {MAX_UNCOMPRESSED // (1024 * 1024)} MB)"
    for member in members:
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > LARGE_MEMBER and ratio > MAX_RATIO:
            return f"part {member.filename} inflates {ratio:.0f} times (a zip bomb?)"
    return None
