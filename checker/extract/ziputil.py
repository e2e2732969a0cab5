"""Office files are zip archives: look at one before it is opened, so a zip bomb is refused."""

from __future__ import annotations

import zipfile
from pathlib import Path

MAX_MEMBERS = 10_000
MAX_UNCOMPRESSED = 512 * 1024 * 1024  # declared total
MAX_RATIO = 200  # a member that inflates more than this (and is large) is a bomb
LARGE_MEMBER = 8 * 1024 * 1024


def zip_problem(path: Path) -> str | None:
    """Why this archive must not be opened, or None when it looks like an ordinary document."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        return f"not a valid zip archive ({exc})"
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
