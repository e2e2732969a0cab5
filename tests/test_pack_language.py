"""The rule language's term sets, subject expressions, named conditions and lints."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker import packtools, rulepack
from checker.errors import SetupError
from checker.model import AnyOf, Condition
from tests.docgen import make_corpus

PACK = """\
schema: zi-check.rules/1
id: lang
title: {id: Bahasa aturan, en: Rule language}
areas:
  - code: TA
    title: {id: Uji, en: Test}
terms:
  zi:
    id: [zona integritas, wbk]
    en: [integrity zone]
  team: {id: [tim, pokja], en: [team]}
  both: [$zi, $team]
kinds:
  decree:
    label: {id: Keputusan, en: Decree}
    phrases: [keputusan]
  report:
    label: {id: Laporan, en: Report}
    phrases: [laporan]
conditions:
  zi_report:
    kinds: [report]
    subject: [$zi]
    period: year
files: [ta.yaml]
"""

RULE = """\
  - id: {id}
    area: TA
    lke: A.{n}
    soal: {n}
    weight: 1
    answer: YA_TIDAK
    question: q
    title: {{id: t, en: t}}
    evidence:
{evidence}
"""


def write_pack(folder: Path, evidence: dict[str, str], pack: str = PACK) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "pack.yaml").write_text(pack, encoding="utf-8")
    rules = "".join(
        RULE.format(id=rid, n=i + 1, evidence="\n".join("      " + line for line in text.strip().split("\n")))
        for i, (rid, text) in enumerate(evidence.items())
    )
    (folder / "ta.yaml").write_text("rules:\n" + rules, encoding="utf-8")
    return folder


def problems_of(folder: Path) -> list[str]:
    return [p for p in packtools.check(folder)[1] if "no case" not in p and "near-miss" not in p]


def test_term_sets_spell_out_in_subjects_with_their_english(tmp_path: Path) -> None:
    pack = rulepack.load(write_pack(tmp_path / "p", {"TA.1.a": "kinds: [decree]\nsubject: {all: [$team, $zi]}"}))
    cond = pack.rules[0].evidence
    assert isinstance(cond, Condition)
    assert cond.subject.test("TIM PEMBANGUNAN ZONA INTEGRITAS") is not None
    assert cond.subject.test("Integrity Zone Team") is not None
    assert cond.subject.test("TIM PENGELOLA KEUANGAN") is None
    assert pack.terms["both"] == ("zona integritas", "wbk", "integrity zone", "tim", "pokja", "team")


def test_an_unknown_term_set_is_named_with_the_known_ones(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "p", {"TA.1.a": "kinds: [decree]\nsubject: [$tema]"})
    with pytest.raises(SetupError, match=r"rule TA\.1\.a: key 'evidence.subject': unknown term set '\$tema' "
                                         r"\(known: \$both, \$team, \$zi\)"):
        rulepack.load(folder)


def test_a_term_set_that_refers_to_itself_is_refused(tmp_path: Path) -> None:
    pack = PACK.replace("  both: [$zi, $team]", "  both: [$zi, $both]")
    with pytest.raises(SetupError, match=r"terms\.both': refers to itself"):
        rulepack.load(write_pack(tmp_path / "p", {"TA.1.a": "kinds: [decree]\nsubject: [$zi]"}, pack))


def test_named_conditions_and_same_as_are_written_once(tmp_path: Path) -> None:
    pack = rulepack.load(write_pack(tmp_path / "p", {
        "TA.1.a": "any_of:\n  - use: zi_report\n  - kinds: [decree]\n    subject: [$zi]",
        "TA.1.b": "same_as: TA.1.a",
        "TA.1.c": "use: zi_report",
    }))
    rules = {r.id: r for r in pack.rules}
    assert rules["TA.1.b"].evidence is rules["TA.1.a"].evidence
    first = rules["TA.1.a"].evidence
    assert isinstance(first, AnyOf) and first.parts[0] is rules["TA.1.c"].evidence
    assert [p for p in problems_of(tmp_path / "p") if "not used" not in p] == []


def test_same_as_an_unknown_rule_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SetupError, match=r"rule TA\.1\.a: key 'evidence.same_as': no rule TA\.9\.z"):
        rulepack.load(write_pack(tmp_path / "p", {"TA.1.a": "same_as: TA.9.z"}))


def test_use_of_an_unknown_condition_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SetupError, match=r"no condition 'nope' in pack.yaml \(known: zi_report\)"):
        rulepack.load(write_pack(tmp_path / "p", {"TA.1.a": "use: nope"}))


def test_lint_finds_a_phrase_another_already_covers(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "p", {
        "TA.1.a": "kinds: [report]\nsubject: [pengaduan masyarakat, penanganan pengaduan masyarakat, $zi, $team]"})
    assert any("phrase 'penanganan pengaduan masyarakat' is covered by 'pengaduan masyarakat'" in p
               for p in problems_of(folder))


def test_lint_finds_the_same_condition_written_twice(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "p", {
        "TA.1.a": "kinds: [report]\nsubject: [$zi, $team]",
        "TA.1.b": "kinds: [report]\nsubject: [$zi, $team]",
    })
    assert any("rule TA.1.a: key 'evidence': the same condition is written again in TA.1.b" in p
               for p in problems_of(folder))


def test_lint_finds_a_one_word_subject_and_an_unused_term_set(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "p", {"TA.1.a": "kinds: [report]\nsubject: [pengaduan, $both]"})
    problems = problems_of(folder)
    assert any("one-word subject 'pengaduan'" in p for p in problems)
    assert not any("'$both' is not used" in p for p in problems)
    folder = write_pack(tmp_path / "q", {"TA.1.a": "kinds: [report]\nsubject: [$team, $zi]"})
    assert any("term set '$both' is not used" in p for p in problems_of(folder))


def test_rules_check_prints_the_pack_size(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from checker.cli import cli

    folder = write_pack(tmp_path / "p", {"TA.1.a": "kinds: [report]\nsubject: [$both]"})
    result = CliRunner().invoke(cli, ["rules", "check", str(folder)])
    assert "1 rules, 2 kinds, 3 term sets, 6 phrases" in result.stderr


CASES = """\
profile: {unit: Dinas Contoh, year: 2021}
cases:
  - name: report-names-only-one
    files:
      "lap.pdf": ["LAPORAN MONITORING ZONA INTEGRITAS\\nDINAS CONTOH\\nTAHUN 2021"]
    expect: {TA.1.a: met}
  - name: report-with-evidence-path
    files:
      "lap.pdf": ["LAPORAN MONITORING ZONA INTEGRITAS\\nDINAS CONTOH\\nTAHUN 2021"]
    expect: {TA.1.a: {status: met, evidence: lap.pdf}, TA.1.b: met}
  - name: report-of-last-year-with-reason
    files:
      "lap.pdf": ["LAPORAN MONITORING ZONA INTEGRITAS\\nDINAS CONTOH\\nTAHUN 2020"]
    expect: {TA.1.a: {status: wrong_year, reason: not_year, path: lap.pdf}, TA.1.b: wrong_year}
  - name: unreadable-only-candidate
    files:
      "Laporan zona integritas.pdf": null
    expect: {TA.1.a: unreadable, TA.1.b: unreadable}
"""


def test_cases_are_judged_against_every_rule(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "p", {"TA.1.a": "use: zi_report", "TA.1.b": "kinds: [report]\nsubject: [$zi]"})
    (folder / "ta.cases.yaml").write_text(CASES, encoding="utf-8")
    outcomes = {(o.case, o.rule_id): o for o in packtools.run_cases(folder)}
    undeclared = outcomes[("report-names-only-one", "TA.1.b")]
    assert (undeclared.declared, undeclared.expected, undeclared.got, undeclared.passed) == (False, "missing", "met", False)
    assert "add it to expect" in undeclared.describe()
    assert all(o.passed for key, o in outcomes.items() if key[0] != "report-names-only-one")


def test_a_case_expecting_another_evidence_path_or_reason_fails_and_says_why(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "p", {"TA.1.a": "use: zi_report"})
    (folder / "ta.cases.yaml").write_text("""\
profile: {unit: Dinas Contoh, year: 2021}
cases:
  - name: wrong-path
    files:
      "lap.pdf": ["LAPORAN MONITORING ZONA INTEGRITAS\\nDINAS CONTOH\\nTAHUN 2021"]
    expect: {TA.1.a: {status: met, evidence: other.pdf}}
  - name: wrong-reason
    files:
      "lap.pdf": ["LAPORAN MONITORING ZONA INTEGRITAS\\nDINAS CONTOH\\nTAHUN 2020"]
    expect: {TA.1.a: {status: wrong_year, reason: expired}}
""", encoding="utf-8")
    outcomes = {o.case: o for o in packtools.run_cases(folder)}
    assert not outcomes["wrong-path"].passed and "evidence 'other.pdf' not among ['lap.pdf']" in outcomes["wrong-path"].why
    assert not outcomes["wrong-reason"].passed and "reason 'expired'" in outcomes["wrong-reason"].why


def test_a_scan_uses_the_packs_term_sets(tmp_path: Path) -> None:
    from checker.model import Profile
    from checker.scan import ScanSettings, scan

    folder = write_pack(tmp_path / "p", {"TA.1.a": "kinds: [decree]\nsubject: {all: [$team, $zi]}"})
    page = ("KEPUTUSAN KEPALA DINAS CONTOH\nNOMOR 1 TAHUN 2021\nTENTANG\nPOKJA WBK DINAS CONTOH\n"
            "Ditetapkan di Contoh\npada tanggal 4 Januari 2021\nKEPALA DINAS CONTOH,")
    root = make_corpus(tmp_path / "bukti", {"SK.pdf": [page]})
    report = scan(root, Profile(unit="Dinas Contoh", year=2021), rulepack.load(folder), ScanSettings(jobs=1))
    assert report.results[0].status.value == "met"


def test_what_a_documents_text_must_say_is_asked_once_and_kept_in_the_cache(tmp_path: Path) -> None:
    from checker.model import Profile
    from checker.scan import ScanSettings, scan

    def judge(says: str) -> list[tuple[str, str]]:
        folder = write_pack(tmp_path / "p", {"TA.1.a": f"kinds: [report]\nsubject: [$team]\nmentions: [{says}]"})
        settings = ScanSettings(jobs=1, cache_dir=tmp_path / "cache")
        report = scan(root, Profile(unit="Dinas Contoh", year=2021), rulepack.load(folder), settings)
        return [(r.status.value, *(p.reason for p in r.problems)) for r in report.results]

    page = ("LAPORAN KEGIATAN TIM KERJA DINAS CONTOH TAHUN 2021\nTim telah menyusun rencana kerja.\n"
            "Hasilnya telah dipublikasikan melalui papan informasi.\nContoh, 4 Januari 2021")
    root = make_corpus(tmp_path / "bukti", {"Laporan.pdf": [page]})
    assert judge("telah dipublikasikan") == [("met",)]
    assert judge("telah dipublikasikan") == [("met",)]  # warm: the answer comes from the cache
    # another question of the pack is asked of the cached text again, not answered from the old facts
    assert judge("sanksi") == [("missing", "not_mentioned")]


def test_what_a_lower_answer_asks_of_a_text_is_asked_too(tmp_path: Path) -> None:
    from checker.model import Profile
    from checker.scan import ScanSettings, scan

    pack = PACK.replace("terms:\n", "answer_types:\n  ABC: {options: [[A, 1], [B, 0.5], [C, 0]]}\nterms:\n", 1)
    folder = write_pack(tmp_path / "p", {"TA.1.a": "kinds: [report]\nsubject: [$team]\nmentions: [semua layanan]"}, pack)
    rules = folder / "ta.yaml"
    rules.write_text(rules.read_text(encoding="utf-8").replace("answer: YA_TIDAK", "answer: ABC")
                     + "    answers:\n      B: {kinds: [report], subject: [$team], mentions: [sebagian layanan]}\n",
                     encoding="utf-8")
    page = ("LAPORAN KEGIATAN TIM KERJA DINAS CONTOH TAHUN 2021\nStandar telah diterapkan pada sebagian layanan.\n"
            "Contoh, 4 Januari 2021")
    root = make_corpus(tmp_path / "bukti", {"Laporan.pdf": [page]})
    report = scan(root, Profile(unit="Dinas Contoh", year=2021), rulepack.load(folder), ScanSettings(jobs=1))
    result = report.results[0]
    assert (result.status.value, result.supported, result.next_option) == ("partial", "B", "A")
