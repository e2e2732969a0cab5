"""The profile: which unit, which year, which target. One ``resolve`` builds it.

Values come from the profile file (``zi-check.toml``) and the command line; the command line wins.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from checker.errors import SetupError
from checker.model import Profile

TARGETS = ("wbk", "wbbm")
# key -> (type check, description for messages)
_KEYS: dict[str, tuple[type | tuple[type, ...], str]] = {
    "unit": (str, "a string"),
    "aliases": (list, "a list of strings"),
    "parent": (str, "a string"),
    "year": (int, "an integer"),
    "target": (str, '"wbk" or "wbbm"'),
}
MIN_YEAR, MAX_YEAR = 2000, 2100


def read_file(path: Path) -> dict[str, Any]:
    """Read a profile file; any problem is a SetupError naming the file."""
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        raise SetupError(f"profile {path}: file not found") from None
    except OSError as exc:
        raise SetupError(f"profile {path}: cannot be read ({exc.strerror})") from None
    except tomllib.TOMLDecodeError as exc:
        raise SetupError(f"profile {path}: not valid TOML ({exc})") from None
    return data


def resolve(
    file_values: dict[str, Any] | None,
    cli_values: dict[str, Any],
    source: str = "the command line",
) -> Profile:
    """Merge profile-file values with command-line values (which win) into a Profile.

    ``source`` names the profile file in error messages. ``cli_values`` holds only options the
    user gave (None or empty means not given).
    """
    values = dict(file_values or {})
    for key, value in (file_values or {}).items():
        if key not in _KEYS:
            known = ", ".join(_KEYS)
            raise SetupError(f"profile {source}: unknown key '{key}' (known keys: {known})")
        expected, described = _KEYS[key]
        if isinstance(value, bool) or not isinstance(value, expected):
            raise SetupError(f"profile {source}: key '{key}' must be {described}")
        if key == "aliases" and not all(isinstance(a, str) for a in value):
            raise SetupError(f"profile {source}: key 'aliases' must be a list of strings")
    origin = {key: f"profile {source}: key '{key}'" for key in values}
    for key, value in cli_values.items():
        if value is not None and value != ():
            values[key] = list(value) if key == "aliases" else value
            origin[key] = f"option --{'alias' if key == 'aliases' else key}"

    for key in ("unit", "year"):
        if key not in values:
            flag = f"--{key}"
            where = f"profile {source}" if file_values is not None else "no profile file"
            raise SetupError(f"{where}: key '{key}' is missing (set it there or give {flag})")
    unit = values["unit"].strip()
    if not unit:
        raise SetupError(f"{origin['unit']} is empty")
    year = values["year"]
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise SetupError(f"{origin['year']} must be between {MIN_YEAR} and {MAX_YEAR}, not {year}")
    target = str(values.get("target", "wbk")).lower()
    if target not in TARGETS:
        raise SetupError(f"{origin.get('target', 'target')} must be \"wbk\" or \"wbbm\", not {target!r}")
    aliases = tuple(dict.fromkeys(a.strip() for a in values.get("aliases", ()) if a.strip()))
    parent = values.get("parent")
    return Profile(
        unit=unit,
        year=year,
        aliases=aliases,
        parent=parent.strip() if parent and parent.strip() else None,
        target=target,
    )
