"""Unit identity: the names documents write, resolved against the profile in one place."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker import rulepack
from checker.identity import Identity
from checker.model import Fact, Facts, NamedUnit, Profile, ReqStatus, UnitRole
from checker.scan import ScanSettings, scan
from tests.conftest import decree_text
from tests.docgen import make_corpus

KPP = Profile(unit="Kantor Pelayanan Pajak Pratama Banyuwangi", year=2023,
              parents=("Kantor Wilayah DJP Jawa Timur III", "Direktorat Jenderal Pajak", "Kementerian Keuangan"))


@pytest.mark.parametrize(("name", "role"), [
    ("KANTOR PELAYANAN PAJAK PRATAMA BANYUWANGI", UnitRole.SELF),
    ("KPP Pratama Banyuwangi", UnitRole.SELF),  # abbreviation
    ("Kepala Kantor Pelayanan Pajak Pratama Banyuwangi", UnitRole.SELF),  # the head's title
    ("KANTOR PELAYANAN PAJAK PRATAMA BANYUWANGl", UnitRole.SELF),  # an OCR slip
    ("KPP Madya Banyuwangi", UnitRole.OTHER),  # another class
    ("KPP Pratama Banyuwangi Timur", UnitRole.OTHER),  # shares the prefix only
    ("KPP Pratama Jember", UnitRole.OTHER),
    ("KANTOR WILAYAH DJP JAWA TIMUR III", UnitRole.PARENT),  # nearest parent
    ("Kanwil DJP Jawa Timur II", UnitRole.OTHER),  # its sibling
    ("Direktur Jenderal Pajak", UnitRole.PARENT),  # the office by its head, further up the chain
    ("KEMENTERIAN KEUANGAN REPUBLIK INDONESIA", UnitRole.PARENT),
    ("Seksi Pelayanan Kantor Pelayanan Pajak Pratama Banyuwangi", UnitRole.SELF),  # a part of the unit
    ("KANTOR PELAYANAN PAJAK", UnitRole.UNKNOWN),  # cut short at a line break: says neither
    ("KANTOR PELAYANAN PAJAK PRATAMA BANYU WANGI", UnitRole.SELF),  # a word a scan split in two
    ("KANTOR PELAYANAN PAJAK PRATAMA BANYU WANGI TIMUR", UnitRole.OTHER),
])
def test_roles_along_a_chain_of_parents(name: str, role: UnitRole) -> None:
    assert Identity(KPP).role(name, None) is role


@pytest.mark.parametrize(("name", "role"), [
    ("Kantor Imigrasi Kelas I TPI Surabaya", UnitRole.SELF),
    ("Kantor Imigrasi Surabaya", UnitRole.SELF),  # the class left out, as people write it
    ("Kanim Surabaya", UnitRole.SELF),
    ("Kantor Imigrasi Kelas I Khusus TPI Surabaya", UnitRole.OTHER),  # "Khusus": another office
    ("Kantor Imigrasi Kelas I TPI Tanjung Perak", UnitRole.OTHER),
])
def test_a_unit_that_shares_a_prefix_is_another_unit(name: str, role: UnitRole) -> None:
    assert Identity(Profile(unit="Kantor Imigrasi Kelas I TPI Surabaya", year=2019)).role(name, None) is role


def test_a_short_profile_name_takes_its_place_from_the_parents_or_the_document() -> None:
    short = Identity(Profile(unit="Dinas Contoh", year=2023))
    placed = Identity(Profile(unit="Dinas Contoh", year=2023, parents=("Pemerintah Kabupaten Contoh",)))
    assert short.role("Dinas Contoh Kabupaten Contoh", None) is UnitRole.SELF
    assert placed.role("Dinas Contoh Kabupaten Contoh", None) is UnitRole.SELF
    assert placed.role("DINAS CONTOH KABUPATEN LAIN", None) is UnitRole.OTHER
    assert placed.role("DINAS CONTOH", "kabupaten lain") is UnitRole.OTHER  # set in the other regency's letterhead
    assert placed.role("PEMERINTAH KABUPATEN CONTOH", None) is UnitRole.PARENT
    assert placed.role("BUPATI CONTOH", None) is UnitRole.PARENT  # the regent's decree is the regency's


def test_the_folder_places_a_unit_the_profile_does_not() -> None:
    def doc(name: str) -> Facts:
        return Facts(units=(NamedUnit(name, True, Fact(name, 1, 0, len(name), name), "title"),))

    folder = [doc("Dinas Contoh Kabupaten Contoh")] * 3 + [doc("Dinas Contoh Kabupaten Lain")]
    learned = Identity(Profile(unit="Dinas Contoh", year=2023), folder)
    assert learned.role("Dinas Contoh Kabupaten Contoh", None) is UnitRole.SELF
    assert learned.role("Dinas Contoh Kabupaten Lain", None) is UnitRole.OTHER


def test_an_abbreviation_a_document_defines_is_the_units_name() -> None:
    defining = Facts(aliases=(("POLBAN", "Politeknik Negeri Bandung"),))
    profile = Profile(unit="Politeknik Negeri Bandung", year=2023)
    assert Identity(profile).role("POLBAN", None) is UnitRole.OTHER
    assert Identity(profile, [defining]).role("POLBAN", None) is UnitRole.SELF


def test_initials_in_a_name_stand_for_its_words() -> None:
    short = Identity(Profile(unit="Balai PATP", year=2021))
    assert short.role("BALAI PENGELOLA ALIH TEKNOLOGI PERTANIAN", None) is UnitRole.SELF
    assert short.role("BALAI PENGKAJIAN TEKNOLOGI PERTANIAN", None) is UnitRole.OTHER


def test_initials_and_listed_sub_units_are_the_units() -> None:
    profile = Profile(unit="Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Contoh", year=2023,
                      sub_units=("Mal Pelayanan Publik Kabupaten Contoh",))
    identity = Identity(profile)
    assert identity.role("DPMPTSP Kabupaten Contoh", None) is UnitRole.SELF
    assert identity.role("Mal Pelayanan Publik Kabupaten Contoh", None) is UnitRole.SELF


def test_a_parent_beside_the_unit_a_document_is_about_only_places_it() -> None:
    units = (NamedUnit("KANTOR PELAYANAN PAJAK PRATAMA BANYUWANGI", True, Fact("", 1, 50, 60, ""), "lead"),
             NamedUnit("DIREKTORAT JENDERAL PAJAK", True, Fact("", 1, 0, 10, ""), "top"))
    resolved = {u.name: (u.role, u.about) for u in Identity(KPP).units(Facts(units=units))}
    assert resolved == {"KANTOR PELAYANAN PAJAK PRATAMA BANYUWANGI": (UnitRole.SELF, True),
                        "DIREKTORAT JENDERAL PAJAK": (UnitRole.PARENT, False)}


FOLDER = {
    "1 MP/SK Tim ZI.pdf": [decree_text("Pembentukan Tim Pembangunan Zona Integritas Dinas Contoh Kabupaten Contoh",
                                       unit="Dinas Contoh Kabupaten Contoh", parent="Pemerintah Kabupaten Contoh",
                                       issuer="Kepala Dinas Contoh Kabupaten Contoh", place="Contoh",
                                       date="4 Januari 2023", number="800/1/DC/2023")],
    "1 MP/SK Tim ZI tetangga.pdf": [decree_text(
        "Pembentukan Tim Pembangunan Zona Integritas Dinas Contoh Kabupaten Lain", unit="Dinas Contoh Kabupaten Lain",
        parent="Pemerintah Kabupaten Lain", issuer="Kepala Dinas Contoh Kabupaten Lain", place="Lain",
        date="5 Januari 2023", number="800/2/DC/2023")],
}


@pytest.mark.parametrize("unit", ["Dinas Contoh", "Dinas Contoh Kabupaten Contoh"])
def test_the_short_name_finds_what_the_full_name_finds(tmp_path: Path, unit: str) -> None:
    root = make_corpus(tmp_path / "bukti", FOLDER)
    profile = Profile(unit=unit, year=2023, parents=("Pemerintah Kabupaten Contoh",))
    report = scan(root, profile, rulepack.load(), ScanSettings(jobs=1))
    team = next(r for r in report.results if r.rule.id == "MP.1.a")
    assert (team.status, [e.path for e in team.evidence]) == (ReqStatus.MET, ["1 MP/SK Tim ZI.pdf"])
    assert [(p.path, p.status) for p in team.problems] == [("1 MP/SK Tim ZI tetangga.pdf", ReqStatus.WRONG_UNIT)]


def test_another_profile_reads_no_file_again(tmp_path: Path) -> None:
    root = make_corpus(tmp_path / "bukti", FOLDER)
    settings = ScanSettings(jobs=1, cache_dir=tmp_path / "cache")
    first = scan(root, Profile(unit="Dinas Contoh Kabupaten Contoh", year=2023), rulepack.load(), settings)
    other = scan(root, Profile(unit="Dinas Contoh", year=2024, aliases=("DC",)), rulepack.load(), settings)
    assert (first.read, other.read, other.from_cache) == (2, 0, 2)


DINAS = Profile(unit="Dinas Kependudukan dan Pencatatan Sipil", year=2023, parents=("Pemerintah Kabupaten Watu Lumbang",))


@pytest.mark.parametrize(("name", "role"), [
    # a letterhead's two lines read as one name: the unit under its parent, not the parent
    ("PEMERINTAH KABUPATEN WATU LUMBANG DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL", UnitRole.SELF),
    ("PEMERINTAH KABUPATEN WATU LUMBANG DINAS KESEHATAN", UnitRole.OTHER),  # a sibling, not the parent
    ("PEMERINTAH KABUPATEN SARI LEMBAH DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL", UnitRole.OTHER),
    ("PEMERINTAH KABUPATEN WATU LUMBANG", UnitRole.PARENT),
])
def test_a_parents_name_run_into_a_units_names_the_unit_below(name: str, role: UnitRole) -> None:
    assert Identity(DINAS).role(name, None) is role


def test_a_name_written_out_is_not_taken_for_the_units_initials() -> None:
    lapas = Identity(Profile(unit="Lapas Kotabumi", year=2023, parents=("Kantor Wilayah Kementerian Hukum dan HAM Lampung",)))
    assert lapas.role("Lembaga Pemasyarakatan Kelas IIA Kalianda", None) is UnitRole.OTHER  # L-P-K, by chance
    assert lapas.role("LEMBAGA PEMASYARAKATAN KELAS IIA KOTABUMI", None) is UnitRole.SELF
    assert Identity(Profile(unit="Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Contoh",
                            year=2023)).role("DPMPTSP", None) is UnitRole.SELF  # initials written as such


def _about(*names: str) -> Facts:
    return Facts(units=tuple(NamedUnit(n, True, Fact(n, 1, 0, len(n), n)) for n in names))


def test_a_profile_that_names_only_the_kind_of_unit_takes_the_one_the_folder_is_about() -> None:
    profile = Profile(unit="Polres", year=2023, parents=("Kepolisian Daerah Kalimantan Tengah",))
    folder = [_about("KEPOLISIAN RESOR KAHAYAN TIMUR")] * 4 + [_about("KEPOLISIAN RESOR SEBERANG")]
    identity = Identity(profile, folder)
    assert identity.role("Polres Kahayan Timur", None) is UnitRole.SELF
    assert identity.role("KEPOLISIAN RESOR SEBERANG", None) is UnitRole.OTHER
    # two of that kind, neither about most of the folder: the profile must say which
    undecided = Identity(profile, [_about("KEPOLISIAN RESOR KAHAYAN TIMUR")] * 2 + [_about("KEPOLISIAN RESOR SEBERANG")] * 2)
    assert undecided.role("KEPOLISIAN RESOR KAHAYAN TIMUR", None) is not UnitRole.SELF


def test_a_unit_the_folder_teaches_keeps_its_class() -> None:
    profile = Profile(unit="Kantor Imigrasi", year=2023, parents=("Kantor Wilayah Kementerian Hukum dan HAM Jawa Timur",))
    folder = [_about("KANTOR IMIGRASI KELAS I TPI SURABAYA")] * 4 + [_about("KANTOR IMIGRASI KELAS I KHUSUS TPI SURABAYA")]
    identity = Identity(profile, folder)
    assert identity.role("KANTOR IMIGRASI KELAS I TPI SURABAYA", None) is UnitRole.SELF
    assert identity.role("KANTOR IMIGRASI KELAS I KHUSUS TPI SURABAYA", None) is UnitRole.OTHER
    # the same words in two classes, neither about twice as many documents: not decided
    even = Identity(profile, [_about("KANTOR IMIGRASI KELAS I TPI SURABAYA")] * 3
                    + [_about("KANTOR IMIGRASI KELAS I KHUSUS TPI SURABAYA")] * 2)
    assert even.role("KANTOR IMIGRASI KELAS I KHUSUS TPI SURABAYA", None) is not UnitRole.SELF


def test_a_folder_that_names_the_unit_as_the_profile_does_teaches_no_longer_name() -> None:
    profile = Profile(unit="Kantor Pelayanan Pajak Pratama Banyuseta", year=2024)
    folder = [_about("KANTOR PELAYANAN PAJAK PRATAMA BANYUSETA")] + [_about("KPP PRATAMA BANYUSETA TIMUR")] * 3
    assert Identity(profile, folder).role("KPP PRATAMA BANYUSETA TIMUR", None) is UnitRole.OTHER


@pytest.mark.parametrize(("unit", "name", "role"), [
    # an English document names the unit in English word order
    ("Kantor Imigrasi Kelas I TPI Manado", "IMMIGRATION OFFICE CLASS I TPI MANADO", UnitRole.SELF),
    ("Kantor Imigrasi Kelas I TPI Manado", "Immigration Office Class I Special TPI Manado", UnitRole.OTHER),
    ("Rumah Sakit Umum Pusat Dr. Hasan Basri Kendari", "Dr. Hasan Basri Central General Hospital, Kendari", UnitRole.SELF),
    ("Rumah Sakit Umum Pusat Dr. Hasan Basri Kendari", "Hasan Basri Regional General Hospital", UnitRole.OTHER),
    ("Politeknik Negeri Kupang", "State Polytechnic of Kupang", UnitRole.SELF),
    ("Politeknik Negeri Kupang", "Kupang State Polytechnic", UnitRole.SELF),
    ("Fakultas Pertanian Universitas Tadulako", "Faculty of Agriculture, Tadulako University", UnitRole.SELF),
    ("Fakultas Pertanian Universitas Tadulako", "Faculty of Law, Tadulako University", UnitRole.OTHER),
    ("Pengadilan Negeri Slawi", "Slawi District Court", UnitRole.SELF),
    ("Pengadilan Negeri Slawi", "Slawi Religious Court", UnitRole.OTHER),
    # an official's graded title heads the office after it
    ("Rumah Sakit Umum Pusat Dr. Hasan Basri Kendari", "Direktur Utama Rumah Sakit Umum Pusat Dr. Hasan Basri Kendari",
     UnitRole.SELF),
    # a police letterhead's own line: "RESOR X" under "KEPOLISIAN NEGARA ... / DAERAH ..."
    ("Polres Lombok Tengah", "RESOR LOMBOK TENGAH", UnitRole.SELF),
    ("Polres Lombok Tengah", "RESOR LOMBOK BARAT", UnitRole.OTHER),
])
def test_names_as_english_documents_and_officials_write_them(unit: str, name: str, role: UnitRole) -> None:
    assert Identity(Profile(unit=unit, year=2023)).role(name, None) is role


def test_a_parent_in_english_is_the_parent() -> None:
    profile = Profile(unit="Kantor Imigrasi Kelas I TPI Manado", year=2023,
                      parents=("Kantor Wilayah Kementerian Hukum dan HAM Sulawesi Utara",
                               "Kementerian Hukum dan Hak Asasi Manusia"))
    identity = Identity(profile)
    assert identity.role("MINISTRY OF LAW AND HUMAN RIGHTS OF THE REPUBLIC OF INDONESIA", None) is UnitRole.PARENT
    assert identity.role("Ministry of Finance", None) is UnitRole.OTHER
