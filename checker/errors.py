"""The one exception class for "the tool could not do the job" (exit code 2), and the one way a
file the user names (a profile, a worksheet) is read."""

from __future__ import annotations

from pathlib import Path


class SetupError(Exception):
    """A bad option, profile or rule pack: the message names what is wrong and where."""

    exit_code = 2


def read_named(path: Path, what: str, error: type[SetupError] = SetupError) -> bytes:
    """The bytes of a file the user named; any problem is ``error`` naming ``what`` and the file."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise error(f"{what} {path}: file not found") from None
    except IsADirectoryError:
        raise error(f"{what} {path}: is a folder, not a file") from None
    except OSError as exc:
        raise error(f"{what} {path}: cannot be read ({exc.strerror})") from None
