"""The profile: one resolve() merges the profile file and the command line (which wins)."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.errors import SetupError
from checker.model import Profile
from checker.profile import read_file, resolve

FILE = "corpus/zi-check.toml"
NO_CLI = {"unit": None, "aliases": (), "year": None, "target": None}


def file_values(**overrides: object) -> dict[str, object]:
    values: dict[str, object] = {
        "unit": "Kedeputian Bidang Dukungan Kerja Kabinet",
        "aliases": ["DKK"],
        "parent": "Sekretariat Kabinet",
        "year": 2021,
        "target": "wbbm",
    }
    values.update(overrides)
    return {k: v for k, v in values.items() if v is not None}


def test_resolve_file_only_gives_every_value() -> None:
    assert resolve(file_values(), NO_CLI, FILE) == Profile(
        unit="Kedeputian Bidang Dukungan Kerja Kabinet",
        year=2021,
        aliases=("DKK",),
        parents=("Sekretariat Kabinet",),
        target="wbbm",
    )


def test_resolve_command_line_wins_over_file() -> None:
    cli = {"unit": "Biro Umum", "aliases": ("BU",), "year": 2022, "target": "wbk"}
    assert resolve(file_values(), cli, FILE) == Profile(
        unit="Biro Umum",
        year=2022,
        aliases=("BU",),
        parents=("Sekretariat Kabinet",),
        target="wbk",
    )


def test_resolve_command_line_not_given_keeps_file_value() -> None:
    profile = resolve(file_values(), {**NO_CLI, "year": 2023}, FILE)
    assert (profile.unit, profile.year, profile.aliases) == (
        "Kedeputian Bidang Dukungan Kerja Kabinet",
        2023,
        ("DKK",),
    )


def test_resolve_without_file_from_command_line() -> None:
    profile = resolve(
        None, {"unit": " Biro Umum ", "aliases": ("BU", "BU", " "), "year": 2021, "target": None}
    )
    assert profile == Profile(
        unit="Biro Umum", year=2021, aliases=("BU",), parents=(), target="wbk"
    )


def test_resolve_default_target_is_wbk() -> None:
    assert resolve(file_values(target=None), NO_CLI, FILE).target == "wbk"


def test_resolve_target_is_case_insensitive() -> None:
    assert resolve(file_values(target="WBBM"), NO_CLI, FILE).target == "wbbm"


def test_resolve_blank_parent_is_none() -> None:
    assert resolve(file_values(parent="  "), NO_CLI, FILE).parent is None


def test_resolve_unknown_key_names_key_and_file() -> None:
    with pytest.raises(SetupError) as info:
        resolve(file_values(colour="red"), NO_CLI, FILE)
    assert str(info.value) == (
        f"profile {FILE}: unknown key 'colour' (known keys: unit, aliases, parent, parents, sub_units, year, target, worksheet)"
    )


def test_resolve_unknown_key_is_exit_code_2() -> None:
    with pytest.raises(SetupError) as info:
        resolve(file_values(units="x"), NO_CLI, FILE)
    assert info.value.exit_code == 2


@pytest.mark.parametrize(
    ("key", "value", "described"),
    [
        ("year", "2021", "an integer"),
        ("year", True, "an integer"),
        ("year", 2021.0, "an integer"),
        ("unit", 42, "a string"),
        ("aliases", "DKK", "a list of strings"),
        ("aliases", ["DKK", 3], "a list of strings"),
        ("parent", ["Sekretariat Kabinet"], "a string"),
    ],
    ids=[
        "year-str",
        "year-bool",
        "year-float",
        "unit-int",
        "aliases-str",
        "aliases-mixed",
        "parent-list",
    ],
)
def test_resolve_wrong_type_names_key_and_file(key: str, value: object, described: str) -> None:
    with pytest.raises(SetupError) as info:
        resolve(file_values(**{key: value}), NO_CLI, FILE)
    assert str(info.value) == f"profile {FILE}: key '{key}' must be {described}"


@pytest.mark.parametrize("key", ["unit", "year"])
def test_resolve_missing_key_names_key_file_and_option(key: str) -> None:
    values = file_values()
    del values[key]
    with pytest.raises(SetupError) as info:
        resolve(values, NO_CLI, FILE)
    assert (
        str(info.value) == f"profile {FILE}: key '{key}' is missing (set it there or give --{key})"
    )


def test_resolve_missing_key_given_on_command_line_is_fine() -> None:
    values = file_values()
    del values["year"]
    assert resolve(values, {**NO_CLI, "year": 2021}, FILE).year == 2021


def test_resolve_no_file_and_no_unit_says_no_profile_file() -> None:
    with pytest.raises(SetupError) as info:
        resolve(None, {**NO_CLI, "year": 2021})
    assert str(info.value) == "no profile file: key 'unit' is missing (set it there or give --unit)"


def test_resolve_empty_unit_is_an_error() -> None:
    with pytest.raises(SetupError, match=r"^profile corpus/zi-check\.toml: key 'unit' is empty$"):
        resolve(file_values(unit="   "), NO_CLI, FILE)


@pytest.mark.parametrize("target", ["wbx", "", "WBK WBBM"])
def test_resolve_bad_target_names_key_and_file(target: str) -> None:
    with pytest.raises(SetupError) as info:
        resolve(file_values(target=target), NO_CLI, FILE)
    assert (
        str(info.value)
        == f'profile {FILE}: key \'target\' must be "wbk" or "wbbm", not {target.lower()!r}'
    )


@pytest.mark.parametrize("year", [1999, 2101, 21])
def test_resolve_year_out_of_range_names_key(year: int) -> None:
    with pytest.raises(SetupError, match=r"key 'year' must be between 2000 and 2100"):
        resolve(file_values(year=year), NO_CLI, FILE)


def test_resolve_does_not_change_its_inputs() -> None:
    values = file_values()
    before = dict(values)
    resolve(values, {**NO_CLI, "unit": "Biro Umum"}, FILE)
    assert values == before


# --- read_file ---------------------------------------------------------------------------------


def test_read_file_reads_toml(tmp_path: Path) -> None:
    path = tmp_path / "zi-check.toml"
    path.write_text('unit = "Biro Umum"\naliases = ["BU"]\nyear = 2021\n', encoding="utf-8")
    assert read_file(path) == {"unit": "Biro Umum", "aliases": ["BU"], "year": 2021}


def test_read_file_invalid_toml_names_file(tmp_path: Path) -> None:
    path = tmp_path / "zi-check.toml"
    path.write_text('unit = "Biro Umum\nyear = 2021\n', encoding="utf-8")
    with pytest.raises(SetupError, match=rf"^profile {path}: not valid TOML \("):
        read_file(path)


def test_read_file_missing_names_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.toml"
    with pytest.raises(SetupError) as info:
        read_file(path)
    assert str(info.value) == f"profile {path}: file not found"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "cp1252", "utf-8"])
def test_a_profile_in_any_common_encoding_is_read(tmp_path: Path, encoding: str) -> None:
    from checker.profile import read_file

    path = tmp_path / "zi-check.toml"
    path.write_bytes('unit = "Dinas Pariwisata Kabupaten Banyuasri"\naliases = ["Dispar Café"]\nyear = 2021\n'
                     .encode(encoding))
    assert read_file(path) == {"unit": "Dinas Pariwisata Kabupaten Banyuasri", "aliases": ["Dispar Café"],
                               "year": 2021}


def test_every_missing_key_is_named_at_once() -> None:
    with pytest.raises(SetupError) as info:
        resolve({"target": "wbk"}, NO_CLI, FILE)
    assert str(info.value) == (f"profile {FILE}: keys 'unit' and 'year' are missing "
                               "(set them there or give --unit and --year)")


def test_another_unit_on_the_command_line_drops_the_profile_s_aliases() -> None:
    values = {"unit": "Kedeputian Bidang Dukungan Kerja Kabinet", "aliases": ["DKK"], "year": 2021}
    other = resolve(values, {**NO_CLI, "unit": "Kedeputian Bidang Administrasi"}, FILE)
    assert other.aliases == ()
    given = resolve(values, {**NO_CLI, "unit": "Kedeputian Bidang Administrasi", "aliases": ("KBA",)}, FILE)
    assert given.aliases == ("KBA",)
    same = resolve(values, {**NO_CLI, "unit": "Kedeputian Bidang Dukungan Kerja Kabinet"}, FILE)
    assert same.aliases == ("DKK",)
