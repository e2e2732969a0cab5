"""A drive of many units: each folder with a profile is a unit; the drive is read once.

A folder with ``zi-check.toml`` below the drive is a unit (the nearest one above a file wins). A
document in no unit's folder (a regency's regulations beside its offices' folders) counts for
every unit below the nearest folder above it that holds a unit: ``Kab X/Perbup/P.pdf`` counts for
each unit inside ``Kab X/``. Facts know no profile, so one reading serves every unit; each unit
is then judged with its own profile, as a scan of its folder alone would judge it, and its
documents carry paths relative to its folder (a shared one as ``../Perbup/P.pdf``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath

from checker.discover import PROFILE_NAME, load_ignore
from checker.model import Document
from checker.scan import Reading


@dataclass(frozen=True, slots=True)
class Unit:
    folder: str  # relative to the drive, with "/"
    profile: Path  # its zi-check.toml


def units_of(drive: Path) -> tuple[Unit, ...]:
    """The unit folders below ``drive`` (not ``drive`` itself), in path order."""
    found = []
    for profile in sorted(drive.rglob(PROFILE_NAME)):
        relative = profile.parent.relative_to(drive).as_posix()
        if relative != "." and not any(part.startswith(".") for part in PurePosixPath(relative).parts):
            found.append(Unit(relative, profile))
    return tuple(found)


def is_drive(path: Path) -> bool:
    return not (path / PROFILE_NAME).is_file() and bool(units_of(path))


def for_unit(reading: Reading, unit: Unit, units: tuple[Unit, ...], drive: Path) -> Reading:
    """The documents that count for ``unit``: its own (nearest profile above them is its) and the
    shared ones of the folders above it, with paths relative to its folder."""
    ignore = load_ignore(drive / unit.folder, [])
    own_prefix = unit.folder + "/"
    folders = [u.folder + "/" for u in units]
    chosen: list[Document] = []
    for doc in reading.documents:
        path = doc.path
        nearest = max((f for f in folders if path.startswith(f)), key=len, default=None)
        if nearest == own_prefix:
            relative = path[len(own_prefix) :]
            if ignore is not None and ignore.match_file(relative):
                continue
        elif nearest is None and _shared_with(path, unit.folder, folders):
            relative = _relative(path, unit.folder)
        else:
            continue
        chosen.append(replace(doc, source=replace(doc.source, path=relative)))
    return Reading(tuple(chosen), reading.warnings, reading.read, reading.from_cache)


def _shared_with(path: str, unit_folder: str, folders: list[str]) -> bool:
    """A document in no unit's folder counts for the units below the nearest folder above it
    that holds a unit folder."""
    parts = path.split("/")[:-1]
    for k in range(len(parts), -1, -1):
        above = "/".join(parts[:k]) + "/" if k else ""
        if any(f.startswith(above) for f in folders):
            return (unit_folder + "/").startswith(above)
    return False


def _relative(path: str, unit_folder: str) -> str:
    """``Kab X/Perbup/P.pdf`` seen from ``Kab X/Dinas A``: ``../Perbup/P.pdf``."""
    target, base = path.split("/"), unit_folder.split("/")
    common = 0
    while common < min(len(target) - 1, len(base)) and target[common] == base[common]:
        common += 1
    return "/".join([".."] * (len(base) - common) + target[common:])
