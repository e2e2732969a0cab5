"""Another regulation is another pack: its targets, its words for a rule's place and number, and
rules without the LKE's positions, with no edit of the code."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PROFILE_TOML, decree_text, invoke, read_report
from tests.docgen import make_corpus

PACK = """\
schema: zi-check.rules/1
id: sakip-mini
title: {id: Evaluasi SAKIP (contoh), en: Performance accountability review (example)}
regulation: an example regulation
areas:
  - code: PR
    title: {id: Perencanaan, en: Planning}
kinds:
  decree:
    label: {id: Surat Keputusan, en: Decree}
    phrases: ["keputusan"]
    formal: [number, date, signature]
files: [pr.yaml]
labels:
  position: {id: Butir penilaian, en: Assessment item}
  number: {id: Nomor butir, en: Item no.}
  question: {id: Kriteria, en: Criterion}
answer_types:
  YN: {options: [[Ya, 1], [Tidak, 0]]}
scoring:
  total: {label: {id: Nilai perencanaan, en: Planning score}, max: 3}
  supported_note: {id: "Nilai butir yang didukung dokumen.", en: "The score of the items the documents support."}
  targets:
    emas: {total_min: 2.5, area_min_share: 0.8}
    perak: {total_min: 1.5, area_min_share: 0.5}
"""
RULES = """\
rules:
  - id: PR.1
    area: PR
    weight: 2
    answer: YN
    question: Tim perencanaan kinerja telah ditetapkan
    title: {id: Tim perencanaan ditetapkan, en: A planning team is appointed}
    evidence: {kinds: [decree], subject: ["tim perencanaan kinerja"], unit: self, period: year}
  - id: PR.2
    area: PR
    weight: 1
    answer: YN
    question: Rencana kinerja telah ditetapkan
    title: {id: Rencana kinerja ditetapkan, en: A performance plan is set}
    evidence: {kinds: [decree], subject: ["rencana kinerja tahunan"], unit: self, period: year}
"""


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    folder = tmp_path / "pack"
    folder.mkdir()
    (folder / "pack.yaml").write_text(PACK, encoding="utf-8")
    (folder / "pr.yaml").write_text(RULES, encoding="utf-8")
    (folder / "pr.cases.yaml").write_text("cases: []\n", encoding="utf-8")
    return folder


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return make_corpus(tmp_path / "bukti", {
        "zi-check.toml": PROFILE_TOML,
        "SK Tim Perencanaan.pdf": decree_text("Tim Perencanaan Kinerja Tahun 2021"),
    })


def test_the_pack_s_own_targets_are_the_choices(pack: Path, folder: Path, tmp_path: Path) -> None:
    done = invoke(folder, "--rules", pack, "--target", "emas", "-o", tmp_path / "out", "-q", "-j", "1")
    report = read_report(tmp_path / "out")
    assert done.exit_code == 1
    assert report["profile"]["target"] == "emas" and report["score"]["target"] == "emas"
    # the first target is the default; the bundled pack's are not this pack's
    invoke(folder, "--rules", pack, "-o", tmp_path / "out2", "-q", "-j", "1")
    assert read_report(tmp_path / "out2")["profile"]["target"] == "emas"
    wrong = invoke(folder, "--rules", pack, "--target", "wbk", "-o", tmp_path / "out3", "-q")
    assert wrong.exit_code == 2 and 'must be "emas" or "perak", not \'wbk\'' in wrong.stderr


def test_rules_without_positions_score_each_as_an_indicator(pack: Path, folder: Path, tmp_path: Path) -> None:
    invoke(folder, "--rules", pack, "-o", tmp_path / "out", "-q", "-j", "1")
    score = read_report(tmp_path / "out")["score"]
    # PR.1 met (weight 2), PR.2 missing (weight 1): each its own indicator
    assert (score["total"]["bound"], score["supported"]["total"]) == (2.0, 2.0)
    assert score["supported"]["note"] == "Nilai butir yang didukung dokumen."


def test_the_reports_use_the_pack_s_words(pack: Path, folder: Path, tmp_path: Path) -> None:
    invoke(folder, "--rules", pack, "-o", tmp_path / "out", "-q", "-j", "1", "-f", "md", "--lang", "en")
    md = (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
    assert "| Item no. | Assessment item | ID | Criterion |" in md
    assert "LKE" not in md and "WBK" not in md and "WBBM" not in md
