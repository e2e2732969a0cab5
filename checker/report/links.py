"""Links from a report to the scanned files, relative to the folder the report is written in.

A report written to ``OUTPUT`` links a document ``PATH/a/b.pdf`` as the relative URL from
``OUTPUT`` to it (``../bukti/a/b.pdf`` when ``OUTPUT`` sits next to ``PATH``), percent-encoded,
so the links keep working when both folders are copied or shared together. When there is no
relative path (another drive on Windows) the link is the file's ``file:`` URL.
"""

from __future__ import annotations

import os
import posixpath
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from checker.model import RequirementResult


class Links:
    def __init__(self, root: Path | None, output: Path | None) -> None:
        self.base: str | None = None
        if root is None or output is None:
            return
        try:
            relative = os.path.relpath(root, output.resolve())
        except ValueError:  # another drive
            self.base = root.resolve().as_uri().rstrip("/") + "/"
            return
        self.base = "" if relative == "." else quote(relative.replace(os.sep, "/")) + "/"

    def file(self, path: str) -> str | None:
        """The link to a document (``path`` relative to the scanned folder), or None."""
        return None if self.base is None else self.base + quote(path)

    def folder(self, folder: str) -> str | None:
        return None if self.base is None else self.base + quote(folder.rstrip("/")) + "/"

    def target(self, target: IndexTarget | None) -> str | None:
        if target is None:
            return None
        return self.folder(target.path) if target.is_folder else self.file(target.path)


@dataclass(frozen=True, slots=True)
class IndexTarget:
    """The one place a question's evidence is linked from: a file, or the folder of its files."""

    path: str
    is_folder: bool = False


def evidence_paths(result: RequirementResult) -> list[str]:
    """The files chosen as the requirement's evidence, each once, in the engine's order."""
    return list(dict.fromkeys(e.path for e in result.evidence))


def index_target(result: RequirementResult) -> IndexTarget | None:
    """One link per question, as the LKE worksheet asks ("link bukti dukung").

    One file: that file. Several files (periodic reports, a set of plans): the deepest folder
    that holds them all, so one link opens every one of them; when their only common folder is
    the scanned folder itself, the first file (the others are listed beside the link).
    """
    paths = evidence_paths(result)
    if not paths:
        return None
    if len(paths) == 1:
        return IndexTarget(paths[0], False)
    folder = posixpath.commonpath([posixpath.dirname(p) for p in paths])
    return IndexTarget(folder, True) if folder else IndexTarget(paths[0], False)
