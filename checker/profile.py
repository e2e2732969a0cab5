"""The profile: which unit, which year, which target. One ``resolve`` builds it.

Values come from the profile file (``zi-check.toml``) and the command line; the command line wins.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from checker.errors import SetupError, read_named
from checker.model import Profile

DEFAULT_TARGETS = ("wbk", "wbbm")  # the bundled pack's, for a profile read without a pack
# key -> (type check, description for messages)
_KEYS: dict[str, tuple[type | tuple[type, ...], str]] = {
    "unit": (str, "a string"),
    "aliases": (list, "a list of strings"),
    "parent": (str, "a string"),
    "parents": (list, "a list of strings (the institutions above the unit, nearest first)"),
    "sub_units": (list, "a list of strings (the parts the unit is made of)"),
    "year": (int, "an integer"),
    "target": (str, "a string (one of the rule pack's targets: wbk, wbbm for the bundled one)"),
    "worksheet": (str, "a string (the unit's LKE worksheet, relative to the profile's folder)"),
}
_LISTS = ("aliases", "parents", "sub_units")
_OPTION = {"aliases": "alias", "parents": "parent", "sub_units": "sub-unit"}
MIN_YEAR, MAX_YEAR = 2000, 2100


def read_file(path: Path) -> dict[str, Any]:
    """Read a profile file; any problem is a SetupError naming the file."""
    raw = read_named(path, "profile")
    try:
        return tomllib.loads(_text_of(raw, path))
    except tomllib.TOMLDecodeError as exc:
        raise SetupError(f"profile {path}: not valid TOML ({exc})") from None


def _text_of(raw: bytes, path: Path) -> str:
    """A profile as editors save it: UTF-8, with or without Notepad's BOM, UTF-16 with its BOM,
    or Windows-1252 (an "é" typed in an older editor)."""
    for bom, encoding in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if raw.startswith(bom):
            try:
                return raw.decode(encoding).lstrip("\ufeff")
            except UnicodeDecodeError:
                break
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        raise SetupError(f"profile {path}: not UTF-8 or Windows-1252 text (save it as UTF-8)") from None


def resolve(
    file_values: dict[str, Any] | None,
    cli_values: dict[str, Any],
    source: str = "the command line",
    targets: tuple[str, ...] = DEFAULT_TARGETS,
) -> Profile:
    """Merge profile-file values with command-line values (which win) into a Profile.

    ``source`` names the profile file in error messages. ``cli_values`` holds only options the
    user gave (None or empty means not given). ``targets`` are the rule pack's (its scoring's
    predicates, best known first); the first is the default.
    """
    values = dict(file_values or {})
    for key, value in (file_values or {}).items():
        if key not in _KEYS:
            known = ", ".join(_KEYS)
            raise SetupError(f"profile {source}: unknown key '{key}' (known keys: {known})")
        expected, described = _KEYS[key]
        if isinstance(value, bool) or not isinstance(value, expected):
            raise SetupError(f"profile {source}: key '{key}' must be {described}")
        if key in _LISTS and not all(isinstance(a, str) for a in value):  # type: ignore[attr-defined]
            raise SetupError(f"profile {source}: key '{key}' must be a list of strings")
    if file_values and "parent" in file_values and "parents" in file_values:
        raise SetupError(
            f"profile {source}: keys 'parent' and 'parents' are both given "
            "(write the chain as parents = [nearest, ..., top])"
        )
    origin = {key: f"profile {source}: key '{key}'" for key in values}
    for key, value in cli_values.items():
        if value is not None and value != ():
            values[key] = list(value) if key in _LISTS else value
            origin[key] = f"option --{_OPTION.get(key, key)}"
            if key == "parents":
                values.pop("parent", None)  # the command line's chain replaces the profile's
    if (
        cli_values.get("unit")
        and not cli_values.get("aliases")
        and file_values
        and str(cli_values["unit"]).strip() != str(file_values.get("unit", "")).strip()
    ):
        # another unit named on the command line: the profile's other names are not its names
        values.pop("aliases", None)

    missing = [key for key in ("unit", "year") if key not in values]
    if missing:  # every one at once: one run to learn them all
        where = f"profile {source}" if file_values is not None else "no profile file"
        keys = " and ".join(f"'{k}'" for k in missing)
        flags = " and ".join(f"--{k}" for k in missing)
        raise SetupError(
            f"{where}: key{'s' if len(missing) > 1 else ''} {keys} "
            f"{'are' if len(missing) > 1 else 'is'} missing (set {'them' if len(missing) > 1 else 'it'} "
            f"there or give {flags})"
        )
    unit = values["unit"].strip()
    if not unit:
        raise SetupError(f"{origin['unit']} is empty")
    year = values["year"]
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise SetupError(f"{origin['year']} must be between {MIN_YEAR} and {MAX_YEAR}, not {year}")
    # the contract's default where a pack names no targets of its own
    target = str(values.get("target", (targets or DEFAULT_TARGETS)[0])).lower()
    if targets and target not in targets:
        choices = " or ".join(f'"{t}"' for t in targets)
        raise SetupError(f"{origin.get('target', 'target')} must be {choices}, not {target!r}")
    aliases = _names(values.get("aliases", ()))
    parent = values.get("parent")
    parents = _names(values.get("parents", ())) or _names([parent] if parent else [])
    return Profile(
        unit=unit,
        year=year,
        aliases=aliases,
        parents=parents,
        target=target,
        sub_units=_names(values.get("sub_units", ())),
    )


def _names(values: Any) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v.strip() for v in values if v and v.strip()))
