"""The tolerant phrase matcher: what real titles do to the words a rule looks for."""

from __future__ import annotations

import pytest

from checker.match import Group, Lexicon, Subject, bare_forms, slip_cost


def subject(**parts: list[list[str] | str]) -> Subject:
    """A subject over a fresh lexicon: each part is a list of items, an item a phrase or a list
    of phrases (one group)."""
    lexicon = Lexicon()

    def group(item: list[str] | str) -> Group:
        phrases = [item] if isinstance(item, str) else item
        return Group(" | ".join(phrases), tuple(lexicon.phrase(p) for p in phrases))

    return Subject(any=tuple(group(i) for i in parts.get("any", [])),
                   all=tuple(group(i) for i in parts.get("all", [])),
                   not_=tuple(group(i) for i in parts.get("not_", [])), lexicon=lexicon)


ZI = ["zona integritas", "zi", "wbk", "wbbm", "wilayah bebas dari korupsi", "wilayah birokrasi bersih dan melayani"]
TEAM = ["tim", "pokja", "kelompok kerja"]


@pytest.mark.parametrize("title", [
    "PEMBENTUKAN TIM KERJA PEMBANGUNAN ZONA INTEGRITAS",
    "TIM KER.'A PEMBANGUNAN ZONA INTEGRITAS MENUJU WII,AYAH BIROKRASI BERSIH DAN MEI.AYANI",  # a real scan
    "TIM PEMBANGUNAN Z0NA lNTEGRlTAS",  # digits and l for letters
    "TIM PEMBANGUNANZONA INTEGRITAS",  # two words glued
    "Kelompok Kerja Wilayah Bebas Korupsi",  # "dari" left out
    "POKJA WBK",
])
def test_a_team_decree_title_is_found_through_real_noise(title: str) -> None:
    assert subject(all=[TEAM, ZI]).test(title) is not None


def test_the_words_that_say_so_are_returned() -> None:
    found = subject(all=[TEAM, ZI]).test("TIM KER.'A PEMBANGUNAN ZONA INTEGRITAS")
    assert found is not None and found.phrases == (("tim", "TIM"), ("zona integritas", "ZONA INTEGRITAS"))


@pytest.mark.parametrize("phrase, title", [
    ("keterbukaan informasi publik", "KETERBUKAAN INF ORMASI PUBLIK"),  # a word split by the scan
    ("monitoring dan evaluasi", "EVALUASI DAN MONITORING"),  # the two parts of "dan" swapped
    ("monitoring dan evaluasi", "Monitoring Evaluasi"),  # the small word left out
    ("standar pelayanan", "STANDAR LAYANAN PUBLIK"),  # an Indonesian prefix
    ("pengaduan masyarakat", "Aduan Masyarakat"),
    ("survei kepuasan masyarakat", "SURVEI TINGKAT KEPUASAN MASYARAKAT"),  # one word more inside
    ("e-sakip", "Tangkapan layar eSAKIP"),  # written as one piece
    ("e-sakip", "E SAKIP"),
    ("monitoring", "LAPORAN MONITORINQ"),  # one letter misread
    ("integritas", "ZONA INTEGRTAS"),  # one letter lost
    ("service standard", "Immigration Service Standards"),  # an English plural
])
def test_phrase_survives_what_real_text_does(phrase: str, title: str) -> None:
    assert subject(any=[phrase]).test(title) is not None


@pytest.mark.parametrize("phrase, title", [
    ("pengaduan", "LAPORAN PENGADAAN BARANG"),  # complaints are not procurement (one real-word letter)
    ("informasi", "PENGADAAN CPNS FORMASI 2021"),  # two letters is too many for a 9-letter word
    ("nilai organisasi", "PENILAIAN ORGANISASI"),  # a suffix is never taken off: assessment is not value
    ("informasi pelayanan", "LAPORAN LAYANAN INFORMASI PUBLIK"),  # Indonesian word order carries meaning
    ("informasi pelayanan", "TEKNOLOGI INFORMASI DALAM PELAYANAN"),  # a small word the phrase lacks
    ("kinerja", "Aplikasi eKinerja pegawai"),  # a word keeps its first letter
    ("tim", "TIMBANGAN"),  # short words match only whole
    ("daftar perubahan", "DAFTAR AGEN PERUBAHAN"),  # two words must stand side by side
])
def test_near_misses_stay_misses(phrase: str, title: str) -> None:
    assert subject(any=[phrase]).test(title) is None


def test_all_groups_stand_on_different_words() -> None:
    changes = subject(all=[["perubahan", "inovasi"], ["agen perubahan"]])
    assert changes.test("DAFTAR AGEN PERUBAHAN") is None
    assert changes.test("DAFTAR PERUBAHAN YANG DIBUAT AGEN PERUBAHAN") is not None


def test_not_excludes_the_assessors_team() -> None:
    team = subject(all=[TEAM, ZI], not_=[["tim penilai", "penilai internal"]])
    assert team.test("TIM PENILAI INTERNAL ZONA INTEGRITAS") is None
    assert team.test("TIM PEMBANGUNAN ZONA INTEGRITAS") is not None


def test_nested_subject() -> None:
    lexicon = Lexicon()
    inner = Subject(all=(Group("a", (lexicon.phrase("kegiatan"),)), Group("b", (lexicon.phrase("agen perubahan"),))),
                    lexicon=lexicon)
    outer = Subject(any=(inner, Group("c", (lexicon.phrase("proyek perubahan"),))), lexicon=lexicon)
    assert outer.test("LAPORAN KEGIATAN AGEN PERUBAHAN") is not None
    assert outer.test("PROYEK PERUBAHAN 2021") is not None
    assert outer.test("LAPORAN KEGIATAN PEGAWAI") is None


def test_an_empty_subject_holds_for_any_text() -> None:
    assert Subject(lexicon=Lexicon()).test("anything") is not None


def test_prefixes_are_taken_off_with_the_letter_a_nasal_swallowed() -> None:
    assert "layanan" in bare_forms("pelayanan")
    assert "aduan" in bare_forms("pengaduan")
    assert "pantauan" in bare_forms("pemantauan")  # pem + antauan: the p comes back
    assert "nilai" not in bare_forms("penilaian")


def test_a_look_alike_letter_costs_less_than_another_letter() -> None:
    assert slip_cost("laporen", "laporan") == 2  # e for a: not a look-alike
    assert slip_cost("iaporan", "laporan") == 1  # i for l (before the skeleton folds it)
    assert slip_cost("laporn", "laporan") == 1  # a letter lost
