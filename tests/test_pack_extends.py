"""A pack that extends the bundled one: override a rule, add one, drop one; used with --rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker import packtools, rulepack
from checker.errors import SetupError
from tests.conftest import PROFILE_TOML, decree_text, invoke, read_report, statuses
from tests.docgen import make_corpus

AGENCY_PACK = """\
schema: zi-check.rules/1
id: agency-variant
title: {id: Varian instansi, en: Agency variant}
extends: permenpanrb-90-2021
drop: [MP.R1.c]
kinds:
  agency_memo:
    label: {id: Memo instansi, en: Agency memo}
    phrases: ["memo internal"]
files: [agency.yaml]
"""

# MP.4.b overridden: the agency accepts only a decree of the evaluation year itself.
# X.1.a added: the agency's own requirement, in the MP area.
AGENCY_RULES = """\
rules:
  - id: MP.4.b
    area: MP
    lke: A.I.1.iv.b
    soal: 10
    weight: 1.5
    answer: ABC
    question: Sudah ditetapkan agen perubahan
    title: {id: Agen perubahan ditetapkan tahun ini, en: Change agents appointed this year}
    evidence: {kinds: [decree], subject: ["agen perubahan"], unit: self, period: year}
  - id: MP.9.a
    area: MP
    lke: A.I.1.ix.a
    soal: 900
    weight: 1
    answer: YA_TIDAK
    question: Terdapat memo internal pembangunan zona integritas
    title: {id: Memo internal ZI, en: Internal ZI memo}
    evidence: {kinds: [agency_memo], subject: ["zona integritas"], unit: any, period: any}
"""

AGENCY_CASES = """\
profile: {unit: Kedeputian Bidang Dukungan Kerja Kabinet, aliases: [DKK], year: 2021}
cases:
  - name: memo-internal
    files:
      "memo.pdf": ["MEMO INTERNAL\\nPembangunan Zona Integritas\\nJakarta, 3 Mei 2021"]
    expect: {MP.9.a: met}
  - name: no-memo
    files:
      "other.pdf": ["NOTA DINAS\\nRapat koordinasi\\nJakarta, 3 Mei 2021"]
    expect: {MP.9.a: missing}
  - name: agents-this-year-only
    files:
      "sk.pdf": ["KEPUTUSAN DEPUTI\\nNOMOR 1/DKK/2020\\nTENTANG\\nPENETAPAN AGEN PERUBAHAN DI LINGKUNGAN KEDEPUTIAN BIDANG DUKUNGAN KERJA KABINET TAHUN 2020-2024\\nDitetapkan di Jakarta\\npada tanggal 2 Januari 2020"]
    # the inherited MP.R1.a still takes the base pack's term (2020-2024 covers 2021)
    expect: {MP.4.b: wrong_year, MP.R1.a: met}
  - name: agents-2021
    files:
      "sk.pdf": ["KEPUTUSAN DEPUTI\\nNOMOR 1/DKK/2021\\nTENTANG\\nPENETAPAN AGEN PERUBAHAN DI LINGKUNGAN KEDEPUTIAN BIDANG DUKUNGAN KERJA KABINET\\nDitetapkan di Jakarta\\npada tanggal 4 Januari 2021"]
    expect: {MP.4.b: met, MP.R1.a: met}
"""


@pytest.fixture
def agency_pack(tmp_path: Path) -> Path:
    pack = tmp_path / "agency"
    pack.mkdir()
    (pack / "pack.yaml").write_text(AGENCY_PACK, encoding="utf-8")
    (pack / "agency.yaml").write_text(AGENCY_RULES, encoding="utf-8")
    (pack / "agency.cases.yaml").write_text(AGENCY_CASES, encoding="utf-8")
    return pack


def test_extending_pack_inherits_overrides_adds_and_drops(agency_pack: Path) -> None:
    base = rulepack.load()
    pack = rulepack.load(agency_pack)
    ids = [r.id for r in pack.rules]
    assert len(ids) == len(base.rules) - 1 + 1
    assert "MP.R1.c" not in ids and "MP.9.a" in ids
    overridden = next(r for r in pack.rules if r.id == "MP.4.b")
    assert overridden.evidence.period.value == "year"  # type: ignore[union-attr]
    assert overridden.source.endswith("agency.yaml")
    assert {k.name for k in pack.kinds} >= {k.name for k in base.kinds} | {"agency_memo"}
    assert pack.scoring == base.scoring and pack.areas == base.areas


def test_extending_pack_is_checked_against_the_inherited_catalog(agency_pack: Path) -> None:
    _, problems = packtools.check(agency_pack)
    assert any("MP.9.a: not a question of the catalog" in p for p in problems)
    assert any("question MP.R1.c has no rule" in p for p in problems)
    # inherited rules are tested with the bundled pack: no "no case" complaints for them
    assert not any("MP.1.a" in p for p in problems)


def test_extending_pack_runs_its_own_cases(agency_pack: Path) -> None:
    outcomes = packtools.run_cases(agency_pack)
    assert {(o.case, o.rule_id): o.got for o in outcomes} == {
        ("memo-internal", "MP.9.a"): "met",
        ("no-memo", "MP.9.a"): "missing",
        ("agents-this-year-only", "MP.4.b"): "wrong_year",
        ("agents-this-year-only", "MP.R1.a"): "met",
        ("agents-2021", "MP.4.b"): "met",
        ("agents-2021", "MP.R1.a"): "met",
    }


def test_scan_with_the_extending_pack(tmp_path: Path, agency_pack: Path) -> None:
    root = make_corpus(tmp_path / "bukti", {
        "zi-check.toml": PROFILE_TOML,
        "SK Agen Perubahan.pdf": [decree_text(
            "PENETAPAN AGEN PERUBAHAN DI LINGKUNGAN KEDEPUTIAN BIDANG DUKUNGAN KERJA KABINET TAHUN 2020-2024",
            number="3/DKK/I/2020", date="6 Januari 2020")],
    })
    out = tmp_path / "out"
    result = invoke(root, "--rules", agency_pack, "-o", out, "-j", "1", "-q")
    assert result.exit_code == 1
    report = read_report(out)
    got = statuses(report)
    assert report["profile"]["rules"] == "agency-variant"
    assert got["MP.4.b"] == "wrong_year"  # the bundled rule (covering_year) would have met it
    assert got["MP.9.a"] == "missing"
    assert "MP.R1.c" not in got


def test_bundled_rule_met_by_a_multi_year_decree(tmp_path: Path) -> None:
    root = make_corpus(tmp_path / "bukti", {
        "zi-check.toml": PROFILE_TOML,
        "SK Agen Perubahan.pdf": [decree_text(
            "PENETAPAN AGEN PERUBAHAN DI LINGKUNGAN KEDEPUTIAN BIDANG DUKUNGAN KERJA KABINET TAHUN 2020-2024",
            number="3/DKK/I/2020", date="6 Januari 2020")],
    })
    out = tmp_path / "out"
    invoke(root, "-o", out, "-j", "1", "-q")
    # the decree counts for 2021 (covering_year): answer b, a decree without a report of the agents' work
    mp4b = next(r for r in read_report(out)["requirements"] if r["id"] == "MP.4.b")
    assert (mp4b["status"], mp4b["answer"]["supported"], mp4b["evidence"][0]["path"]) == (
        "partial", "B", "SK Agen Perubahan.pdf")


@pytest.mark.parametrize(
    ("pack_yaml", "message"),
    [
        (AGENCY_PACK.replace("extends: permenpanrb-90-2021", "extends: no-such-pack"),
         "key 'extends': no pack 'no-such-pack'"),
        (AGENCY_PACK.replace("drop: [MP.R1.c]", "drop: [MP.99.z]"), "key 'drop': MP.99.z is not a rule"),
        (AGENCY_PACK.replace("extends: permenpanrb-90-2021", "extends: ."), "extends itself"),
    ],
)
def test_bad_extension_is_a_clear_error(agency_pack: Path, pack_yaml: str, message: str) -> None:
    (agency_pack / "pack.yaml").write_text(pack_yaml, encoding="utf-8")
    with pytest.raises(SetupError, match=message):
        rulepack.load(agency_pack)


def test_pack_without_extends_needs_areas_and_kinds(tmp_path: Path) -> None:
    pack = tmp_path / "p"
    pack.mkdir()
    (pack / "pack.yaml").write_text(
        "schema: zi-check.rules/1\nid: p\ntitle: {id: P, en: P}\nfiles: [a.yaml]\n", encoding="utf-8")
    with pytest.raises(SetupError, match="areas"):
        rulepack.load(pack)
