"""Rule packs: the mini pack loads into frozen rules; a bad pack is a SetupError naming file, rule, key."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from checker import rulepack
from checker.errors import SetupError
from checker.model import AllOf, AnyOf, Condition, PeriodScope, RulePack, Text, UnitScope
from tests.conftest import MINI_PACK


def test_mini_pack_loads(mini_pack: RulePack) -> None:
    assert (mini_pack.id, mini_pack.title, mini_pack.path) == (
        "mini",
        Text("Paket aturan mini untuk pengujian", "Mini rule pack for tests"),
        str(MINI_PACK),
    )
    assert [a.code for a in mini_pack.areas] == ["TA", "TB"]
    assert [k.name for k in mini_pack.kinds] == ["decree", "memo", "plan", "report", "sop"]
    assert [r.id for r in mini_pack.rules] == [
        "TA.1.a",
        "TA.1.b",
        "TA.1.c",
        "TA.2.a",
        "TB.1.a",
        "TB.1.b",
        "TB.1.c",
    ]


def test_rule_fields_are_read(mini_pack: RulePack) -> None:
    rule = mini_pack.rules[0]
    assert (
        rule.area,
        rule.lke,
        rule.soal,
        rule.weight,
        rule.answer,
        rule.question,
        rule.title,
        rule.hint,
        rule.source,
    ) == (
        "TA",
        "T.1.a",
        1,
        1.5,
        "YA_TIDAK",
        "Sudah ditetapkan agen perubahan",
        Text("Agen perubahan telah ditetapkan", "Change agents have been appointed"),
        Text("SK Agen Perubahan tahun evaluasi", "The decree appointing the change agents"),
        str(MINI_PACK / "mini.yaml"),
    )


def _shape(spec: object) -> object:
    """A condition as (kinds, subject phrases, unit, period, count); any_of/all_of as tuples."""
    if isinstance(spec, Condition):
        phrases = tuple(p.text for g in spec.subject.groups() for p in g.phrases)
        return (spec.kinds, phrases, spec.unit, spec.period, spec.min_count)
    assert isinstance(spec, AnyOf | AllOf)
    return (type(spec).__name__, tuple(_shape(p) for p in spec.parts))


def test_condition_defaults_are_filled(mini_pack: RulePack) -> None:
    rule = next(r for r in mini_pack.rules if r.id == "TA.1.c")
    assert _shape(rule.evidence) == (("report",), ("laporan kinerja",), UnitScope.SELF, PeriodScope.PREVIOUS_YEAR, 1)
    assert rule.hint is None


def test_any_of_and_all_of_are_read(mini_pack: RulePack) -> None:
    rules = {r.id: r for r in mini_pack.rules}
    year = (UnitScope.SELF, PeriodScope.YEAR, 1)
    assert _shape(rules["TB.1.a"].evidence) == (
        "AnyOf", ((("decree",), ("tim kerja",), *year), (("plan",), ("rencana kerja",), *year)))
    assert _shape(rules["TB.1.b"].evidence) == (
        "AllOf", ((("report",), ("monitoring",), *year), (("report",), ("tindak lanjut",), *year)))
    assert rules["TB.1.c"].evidence.min_count == 2  # type: ignore[union-attr]


def test_rules_are_ordered_by_area_of_pack_yaml(tmp_path: Path) -> None:
    pack = copy_pack(tmp_path)
    ta = "  - code: TA\n    title: {id: Dokumen Dasar, en: Basic Documents}\n"
    tb = "  - code: TB\n    title: {id: Gabungan Syarat, en: Combined Conditions}\n"
    edit(pack / "pack.yaml", ta + tb, tb + ta)
    assert [r.id for r in rulepack.load(pack).rules] == [
        "TB.1.a",
        "TB.1.b",
        "TB.1.c",
        "TA.1.a",
        "TA.1.b",
        "TA.1.c",
        "TA.2.a",
    ]


# --- a bad pack: the message names the file, the rule and the key -------------------------------


def copy_pack(tmp_path: Path) -> Path:
    target = tmp_path / "pack"
    shutil.copytree(MINI_PACK, target)
    return target


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def load_error(pack: Path) -> str:
    with pytest.raises(SetupError) as info:
        rulepack.load(pack)
    assert info.value.exit_code == 2
    return str(info.value)


def test_unknown_key_in_a_rule(tmp_path: Path) -> None:
    pack = copy_pack(tmp_path)
    edit(pack / "mini.yaml", "    soal: 1\n", "    soal: 1\n    colour: red\n")
    assert (
        load_error(pack)
        == f"rule pack {pack / 'mini.yaml'}: rule TA.1.a: unknown key ('colour' was unexpected)"
    )


def test_unknown_key_in_a_condition_is_named(tmp_path: Path) -> None:
    pack = copy_pack(tmp_path)
    edit(pack / "mini.yaml", "      min_count: 2\n", "      min_count: 2\n      perod: year\n")
    message = load_error(pack)
    assert message.startswith(f"rule pack {pack / 'mini.yaml'}: rule TB.1.c: ")
    assert "unknown key" in message and "'perod'" in message


def test_unknown_key_in_a_condition_names_file_and_rule(tmp_path: Path) -> None:
    pack = copy_pack(tmp_path)
    edit(pack / "mini.yaml", "      min_count: 2\n", "      min_count: 2\n      perod: year\n")
    assert load_error(pack).startswith(
        f"rule pack {pack / 'mini.yaml'}: rule TB.1.c: key 'evidence'"
    )


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "      period: year\n",
            "      period: yearly\n",
            (
                "rule TA.1.a: key 'evidence.period': 'yearly' is not one of ['year', 'previous_year', "
                "'covering_year', 'year_or_earlier', 'in_force', 'any']"
            ),
        ),
        (
            "      unit: self\n",
            "      unit: myself\n",
            "rule TA.1.a: key 'evidence.unit': 'myself' is not one of ['self', 'self_or_parent', 'any']",
        ),
        (
            "      min_count: 2\n",
            "      min_count: 0\n",
            "rule TB.1.c: key 'evidence.min_count': 0 is less than the minimum of 1",
        ),
        (
            "    soal: 2\n",
            "    soal: dua\n",
            "rule TA.1.b: key 'soal': 'dua' is not of type 'integer'",
        ),
        (
            "    answer: YA_TIDAK\n    question: Sudah ditetapkan agen perubahan\n",
            "    question: Sudah ditetapkan agen perubahan\n",
            "rule TA.1.a: 'answer' is required",
        ),
    ],
    ids=["period-value", "unit-value", "min-count", "soal-type", "missing-answer"],
)
def test_bad_value_names_file_rule_and_key(
    tmp_path: Path, old: str, new: str, expected: str
) -> None:
    pack = copy_pack(tmp_path)
    edit(pack / "mini.yaml", old, new)
    assert load_error(pack) == f"rule pack {pack / 'mini.yaml'}: {expected}"


def test_unknown_kind_names_file_rule_and_key(tmp_path: Path) -> None:
    pack = copy_pack(tmp_path)
    edit(
        pack / "mini.yaml",
        '      kinds: [decree]\n      subject: ["agen perubahan"]',
        '      kinds: [letter]\n      subject: ["agen perubahan"]',
    )
    assert load_error(pack) == (
        f"rule pack {pack / 'mini.yaml'}: rule TA.1.a: key 'evidence.kinds': "
        "unknown kind 'letter' (declare it in pack.yaml)"
    )


def test_unknown_kind_inside_any_of_is_caught(tmp_path: Path) -> None:
    pack = copy_pack(tmp_path)
    edit(
        pack / "mini.yaml",
        '{kinds: [plan], subject: ["rencana kerja"]}',
        '{kinds: [rencana], subject: ["rencana kerja"]}',
    )
    assert load_error(pack) == (
        f"rule pack {pack / 'mini.yaml'}: rule TB.1.a: key 'evidence.kinds': "
        "unknown kind 'rencana' (declare it in pack.yaml)"
    )


def test_duplicate_id_names_file_rule_and_key(tmp_path: Path) -> None:
    pack = copy_pack(tmp_path)
    edit(pack / "mini.yaml", "  - id: TA.1.b", "  - id: TA.1.a")
    assert (
        load_error(pack)
        == f"rule pack {pack / 'mini.yaml'}: rule TA.1.a: key 'id': duplicate (also in mini.yaml)"
    )


def test_unknown_area_names_file_rule_and_key(tmp_path: Path) -> None:
    pack = copy_pack(tmp_path)
    edit(pack / "mini.yaml", "  - id: TA.1.b\n    area: TA", "  - id: TA.1.b\n    area: TZ")
    assert (
        load_error(pack)
        == f"rule pack {pack / 'mini.yaml'}: rule TA.1.b: key 'area': 'TZ' is not an area of pack.yaml"
    )


def test_invalid_yaml_names_file_and_line(tmp_path: Path) -> None:
    pack = copy_pack(tmp_path)
    edit(pack / "mini.yaml", "rules:\n", "rules:\n  - id: [unclosed\n")
    message = load_error(pack)
    assert message.startswith(f"rule pack: {pack / 'mini.yaml'} is not valid YAML (")
    assert "line 2" in message and "\n" not in message


def test_unknown_key_in_pack_yaml(tmp_path: Path) -> None:
    pack = copy_pack(tmp_path)
    edit(pack / "pack.yaml", "regulation:", "colour: red\nregulation:")
    assert (
        load_error(pack) == f"rule pack {pack / 'pack.yaml'}: unknown key ('colour' was unexpected)"
    )


def test_rule_file_listed_but_absent(tmp_path: Path) -> None:
    pack = copy_pack(tmp_path)
    edit(pack / "pack.yaml", "files: [mini.yaml]", "files: [mini.yaml, sdm.yaml]")
    assert load_error(pack) == f"rule pack: {pack / 'sdm.yaml'} not found"


def test_folder_without_pack_yaml(tmp_path: Path) -> None:
    assert load_error(tmp_path) == f"rule pack: {tmp_path / 'pack.yaml'} not found"


def test_pack_path_that_is_not_a_folder(tmp_path: Path) -> None:
    assert load_error(tmp_path / "nope") == f"rule pack {tmp_path / 'nope'}: not a folder"
