"""Walk the evidence folder, read-only: which files are there, and their hashes.

Nothing is ever written inside the folder. Hidden files and folders are skipped, and so are the
profile file and whatever ``.zi-checkignore`` (gitignore syntax) at the root names. A link is followed only when it points to a file inside the folder; links that
leave it, loop, or point to folders are reported as warnings, never fatal.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

import pathspec

from checker.model import FolderWarning, SourceFile

PROFILE_NAME = "zi-check.toml"
# what office software and desktops leave beside documents: a Word or Excel lock file ("~$SK
# Tim.docx"), thumbnails' caches; never documents (hidden files, ".~lock.*#", ".DS_Store", are
# skipped as hidden)
_LITTER = ("thumbs.db", "desktop.ini", "ehthumbs.db")


def is_litter(name: str) -> bool:
    return name.startswith("~$") or name.lower() in _LITTER


IGNORE_NAME = ".zi-checkignore"  # gitignore-style patterns, at the root of the scanned folder
_CHUNK = 1 << 20
# Folders nested deeper than this are not entered (a warning names them): os.walk recurses, and
# a hostile tree of a thousand levels would exhaust Python's stack and end the scan.
MAX_DEPTH = 64


def _ignore_syntax() -> str:
    """Newer pathspec names git's own syntax "gitignore"; older releases only know "gitwildmatch"."""
    try:
        pathspec.PathSpec.from_lines("gitignore", [])
    except LookupError:
        return "gitwildmatch"
    return "gitignore"


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def display_path(relative: str) -> str:
    """A relative path as it can be shown and stored: bytes that are not UTF-8 become U+FFFD."""
    return relative.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _inside(root: Path, target: Path) -> bool:
    try:
        target.relative_to(root)
    except ValueError:
        return False
    return True


def load_ignore(root: Path, warnings: list[FolderWarning]) -> pathspec.PathSpec | None:
    """The patterns of ``root/.zi-checkignore`` (gitignore syntax), if the file exists."""
    path = root / IGNORE_NAME
    if not path.is_file():
        return None
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        return pathspec.PathSpec.from_lines(_ignore_syntax(), lines)
    except (OSError, ValueError) as exc:
        warnings.append(FolderWarning(IGNORE_NAME, f"ignored: cannot be read or parsed ({exc})"))
        return None


def discover(root: Path, warnings: list[FolderWarning]) -> Iterator[SourceFile]:
    """Yield the files under ``root`` in a stable order; append folder problems to ``warnings``."""
    root = root.resolve()
    ignore = load_ignore(root, warnings)

    def on_error(exc: OSError) -> None:
        rel = os.path.relpath(exc.filename, root) if exc.filename else "."
        warnings.append(FolderWarning(display_path(rel.replace(os.sep, "/")), f"folder cannot be read: {exc.strerror}"))

    for dirpath, dirnames, filenames in os.walk(root, onerror=on_error, followlinks=False):
        here = Path(dirpath)
        rel_dir = here.relative_to(root).as_posix()
        prefix = "" if rel_dir == "." else rel_dir + "/"
        depth = 0 if rel_dir == "." else rel_dir.count("/") + 1
        kept = []
        for name in sorted(dirnames):
            if name.startswith(".") or (ignore is not None and ignore.match_file(prefix + name + "/")):
                continue
            try:
                is_link = (here / name).is_symlink()
            except OSError as exc:
                warnings.append(FolderWarning(display_path(prefix + name), f"folder cannot be read: {exc.strerror}"))
                continue
            if is_link:
                _warn_dir_link(root, here / name, prefix + name, warnings)
                continue
            if depth >= MAX_DEPTH:
                warnings.append(
                    FolderWarning(
                        display_path(prefix + name), f"folder nested more than {MAX_DEPTH} levels deep; not scanned"
                    )
                )
                continue
            kept.append(name)
        dirnames[:] = kept
        for name in sorted(filenames):
            if name.startswith(".") or is_litter(name) or (not prefix and name == PROFILE_NAME):
                continue
            if ignore is not None and ignore.match_file(prefix + name):
                continue
            rel = display_path(prefix + name)
            if rel != prefix + name:
                warnings.append(FolderWarning(rel, "file name is not valid UTF-8; shown with U+FFFD"))
            source = _source_file(root, here / name, rel, warnings)
            if source is not None:
                yield source


def _warn_dir_link(root: Path, link: Path, rel: str, warnings: list[FolderWarning]) -> None:
    try:
        target = link.resolve(strict=True)
    except (OSError, RuntimeError):
        warnings.append(FolderWarning(display_path(rel), "link is broken or loops; not followed"))
        return
    if not _inside(root, target):
        warnings.append(FolderWarning(display_path(rel), "link leaves the scanned folder; not followed"))
    # a folder link inside the folder would only scan the same files twice: skipped quietly


def _source_file(root: Path, path: Path, rel: str, warnings: list[FolderWarning]) -> SourceFile | None:
    try:
        is_link = path.is_symlink()
    except OSError as exc:
        warnings.append(FolderWarning(rel, f"file cannot be read: {exc.strerror}"))
        return None
    if is_link:
        try:
            target = path.resolve(strict=True)
        except (OSError, RuntimeError):
            warnings.append(FolderWarning(rel, "link is broken or loops; not followed"))
            return None
        if not _inside(root, target):
            warnings.append(FolderWarning(rel, "link leaves the scanned folder; not followed"))
            return None
    try:
        st = path.stat()
    except OSError as exc:
        warnings.append(FolderWarning(rel, f"file vanished or cannot be read: {exc.strerror}"))
        return None
    if not path.is_file():
        return None  # sockets, fifos, devices: never opened
    return SourceFile(path=rel, abspath=path, size=st.st_size, mtime_ns=st.st_mtime_ns, inode=st.st_ino)
