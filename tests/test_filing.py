"""Where a document is filed: the requirements its folder and file names point to, read from the
numbering schemes real evidence folders use (checker/filing.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from checker import rulepack
from checker.filing import Filing, filed_under
from checker.match import Subject
from checker.model import Area, Condition, Rule, RulePack, Text


@pytest.fixture(scope="module")
def pack() -> RulePack:
    return rulepack.load(None)


Filed = Callable[[str], tuple[str, ...]]


@pytest.fixture(scope="module")
def filed(pack: RulePack) -> Filed:
    def of(path: str) -> tuple[str, ...]:
        return filed_under(path, pack.rules, areas=pack.areas)
    return of


def ids(pack: RulePack, area: str, part: str = "") -> tuple[str, ...]:
    """The IDs of an area's rules in pack order: all, or only Pemenuhan ("I") or Reform ("II")."""
    return tuple(r.id for r in pack.rules
                 if r.area == area and (not part or r.lke.split(".")[1] == part))


# --- the full LKE position -------------------------------------------------------------------

def test_the_full_position_names_one_question(filed: Filed) -> None:
    assert filed("A.I.1.i.a/undangan.pdf") == ("MP.1.a",)
    assert filed("a-i-1-i-a Tim Kerja/undangan.pdf") == ("MP.1.a",)


def test_a_position_without_its_sub_area_is_the_area_when_the_letter_is_in_several(
        filed: Filed, pack: RulePack) -> None:
    # a. is a question of every Pemenuhan sub-area of Manajemen Perubahan: which one is unknown
    assert filed("A-I-1-a/undangan.pdf") == ids(pack, "MP", "I")


def test_a_reform_area_position_is_the_areas_reform_rules(filed: Filed, pack: RulePack) -> None:
    assert filed("A.II.3/x.pdf") == ids(pack, "SDM", "II")
    assert filed("A.II.3/x.pdf") == ("SDM.R1.a", "SDM.R2.a", "SDM.R3.a", "SDM.R3.b", "SDM.R3.c")


def test_a_position_down_to_a_question_with_sub_questions(filed: Filed) -> None:
    assert filed("A.II.5.iii.a/lhkpn.pdf") == ("PW.R3.aa", "PW.R3.ab", "PW.R3.ac", "PW.R3.ad")


def test_a_hasil_position(filed: Filed) -> None:
    assert filed("B.I.a/survei ipak.pdf") == ("HS.1.a",)
    assert filed("B. Hasil/I/a/survei.pdf") == ("HS.1.a",)


def test_the_lke_tree_as_nested_folders(filed: Filed) -> None:
    path = "A. Pengungkit/II. Reform/1. Manajemen Perubahan/i. Komitmen dalam perubahan/a/x.pdf"
    assert filed(path) == ("MP.R1.a",)
    assert filed("A. Pengungkit/I. Pemenuhan/1. Manajemen Perubahan/i/a/x.pdf") == ("MP.1.a",)


# --- area.sub-area.question ------------------------------------------------------------------

@pytest.mark.parametrize("path", ["1.i.a/sk.pdf", "1.1/a/sk.pdf", "AREA I/1_a/sk.pdf", "I/1/a/sk.pdf",
                                  "1. Manajemen Perubahan/1.1/a. SK Tim.pdf", "x/1.i.a SK Tim.pdf"])
def test_area_sub_area_and_question_numbers(filed: Filed, path: str) -> None:
    assert filed(path) == ("MP.1.a",)


def test_area_and_sub_area_is_the_sub_areas_pemenuhan_questions(filed: Filed) -> None:
    assert filed("1.1 Tim Kerja/sk.pdf") == ("MP.1.a", "MP.1.b")
    assert filed("x/1.1 SK Tim.pdf") == ("MP.1.a", "MP.1.b")


def test_sub_area_numbers_under_reform_are_reforms(filed: Filed, pack: RulePack) -> None:
    expected = tuple(r.id for r in pack.rules if r.id.startswith("MP.R1."))
    assert filed("II. Reform/1. Manajemen Perubahan/1.1/x.pdf") == expected and len(expected) == 4


# --- rule IDs --------------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["MP.1.a/x.pdf", "MP-1-a/x.pdf", "MP 1 a Tim Kerja/x.pdf", "mp_1_a/x.pdf",
                                  "x/MP.1.a SK Tim.pdf", "x/MP-1-a.pdf"])
def test_rule_ids(filed: Filed, path: str) -> None:
    assert filed(path) == ("MP.1.a",)


def test_reform_rule_ids(filed: Filed) -> None:
    assert filed("MP.R1.a/x.pdf") == ("MP.R1.a",)
    assert filed("pw r3 ab/x.pdf") == ("PW.R3.ab",)


def test_the_start_of_a_rule_id_is_its_sub_area_or_area(filed: Filed, pack: RulePack) -> None:
    assert filed("TT.2/x.pdf") == ("TT.2.a", "TT.2.b", "TT.2.c", "TT.2.d")
    assert filed("SDM/x.pdf") == ids(pack, "SDM")


# --- areas by name and number ----------------------------------------------------------------

@pytest.mark.parametrize(("folder", "area"), [
    ("Manajemen Perubahan", "MP"), ("MANAJEMEN_PERUBAHAN", "MP"), ("Change Management", "MP"),
    ("Penataan Tatalaksana", "TT"), ("Tatalaksana", "TT"), ("Business Process Management", "TT"),
    ("SDM", "SDM"), ("Penataan Sistem Manajemen SDM Aparatur", "SDM"), ("Human Resource Management", "SDM"),
    ("Akuntabilitas", "AK"), ("Penguatan Akuntabilitas", "AK"),
    ("Pengawasan", "PW"), ("Internal Control and Oversight", "PW"),
    ("Pelayanan Publik", "PP"), ("Bukti Peningkatan Kualitas Pelayanan Publik", "PP"),
    ("Hasil", "HS"), ("B. Hasil", "HS"),
])
def test_an_area_name_files_under_the_whole_area(filed: Filed, pack: RulePack, folder: str, area: str) -> None:
    assert filed(f"{folder}/dokumen.pdf") == ids(pack, area)


@pytest.mark.parametrize(("folder", "area"), [
    ("1. Manajemen Perubahan", "MP"), ("01 Manajemen Perubahan", "MP"), ("AREA I", "MP"), ("Area 2", "TT"),
    ("area_iii", "SDM"), ("Bagian 4", "AK"), ("5", "PW"), ("6 - Pelayanan", "PP"),
])
def test_an_area_number_files_under_the_whole_area(filed: Filed, pack: RulePack, folder: str, area: str) -> None:
    assert filed(f"{folder}/dokumen.pdf") == ids(pack, area)


def test_an_area_keyword_counts_in_a_file_name(filed: Filed, pack: RulePack) -> None:
    assert filed("bukti/Area 2 rekap.pdf") == ids(pack, "TT")


def test_pemenuhan_and_reform_say_which_part_of_an_area(filed: Filed, pack: RulePack) -> None:
    assert filed("1. Manajemen Perubahan/Reform/x.pdf") == ids(pack, "MP", "II")
    assert filed("1. Manajemen Perubahan/II. Reform/x.pdf") == ids(pack, "MP", "II")
    assert filed("Pemenuhan/Area 1/x.pdf") == ids(pack, "MP", "I")
    assert filed("I. Pemenuhan/x.pdf") == tuple(r.id for r in pack.rules if r.lke.startswith("A.I."))


def test_the_ids_come_in_the_order_of_the_rules(filed: Filed, pack: RulePack) -> None:
    # the answer follows the pack's order (which is not the alphabet's), whatever it is
    expected = tuple(r.id for r in pack.rules if r.id.startswith("MP.R"))
    assert filed("1. Manajemen Perubahan/Reform/x.pdf") == expected
    assert sorted(expected) == ["MP.R1.a", "MP.R1.b", "MP.R1.c", "MP.R1.d", "MP.R2.a", "MP.R3.a"]


# --- soal numbers ----------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["Soal 12/x.pdf", "x/soal_12.pdf", "No Soal 12/x.pdf", "No. Soal 12 Agen/x.pdf",
                                  "1. Manajemen Perubahan/soal-12/x.pdf"])
def test_a_soal_number_is_its_question(filed: Filed, path: str) -> None:
    assert filed(path) == ("MP.4.d",)


def test_a_soal_number_the_lke_has_not_got_is_nothing(filed: Filed) -> None:
    assert filed("Soal 128/x.pdf") == ()


# --- context down the path -------------------------------------------------------------------

def test_a_sub_area_folder_inside_an_area_folder(filed: Filed) -> None:
    assert filed("AREA I/1.1 Tim Kerja/SK TIM ZI.pdf") == ("MP.1.a", "MP.1.b")


def test_a_folder_without_a_code_keeps_what_the_folder_above_says(filed: Filed, pack: RulePack) -> None:
    assert filed("1. Manajemen Perubahan/Monev/lap.pdf") == ids(pack, "MP")


def test_a_question_letter_in_a_file_inside_a_sub_area_folder(filed: Filed) -> None:
    assert filed("2. Penataan Tatalaksana/2.1/a. SOP.pdf") == ("TT.1.a",)


def test_a_question_letter_in_an_area_folder_counts_only_when_one_sub_area_has_it(
        filed: Filed, pack: RulePack) -> None:
    assert filed("4. Penguatan Akuntabilitas/h. Monev/x.pdf") == ("AK.2.h",)
    assert filed("1. Manajemen Perubahan/a. Tim/x.pdf") == ids(pack, "MP")


def test_a_code_that_contradicts_the_folders_above_is_ignored(filed: Filed, pack: RulePack) -> None:
    assert filed("1. Manajemen Perubahan/2.1/x.pdf") == ids(pack, "MP")
    assert filed("AREA I/Soal 20/x.pdf") == ids(pack, "MP")
    assert filed("MP.1.a/MP.2.b/x.pdf") == ("MP.1.a",)
    assert filed("Penataan Tatalaksana/1. Manajemen Perubahan/x.pdf") == ids(pack, "TT")


def test_a_sub_area_the_area_has_not_got_leaves_the_area(filed: Filed, pack: RulePack) -> None:
    assert filed("1. Manajemen Perubahan/5. Lain-lain/x.pdf") == ids(pack, "MP")  # MP has 4 sub-areas
    assert filed("1.5 Lain-lain/x.pdf") == ids(pack, "MP")
    assert filed("A.I.1.vii.a/x.pdf") == ids(pack, "MP", "I")


# --- what is no code -------------------------------------------------------------------------

@pytest.mark.parametrize("path", [
    "2021 Laporan/x.pdf", "SK 123/x.pdf", "Laporan TW I 2021/x.pdf", "Scan_20210316_093512.pdf",
    "IMG_20210316_093512.jpg", "2021-03-16/notulen.pdf", "PP 60 Tahun 2008/x.pdf", "1.9 Lain/x.pdf",
    "7/x.pdf", "Area 9/x.pdf", "Laporan 1.1.pdf", "Undangan MP.1.a.pdf", "Hasil Monev/x.pdf",
    "Sistem Pemerintahan Berbasis Elektronik/x.pdf", "Keterbukaan Informasi Publik/x.pdf",
    "1. Undangan.pdf", "a. Undangan.pdf", "bukti/SDM.pdf", "Laporan Manajemen Perubahan.pdf",
    "h. Laporan/x.pdf", "Dokumen/Lain/x.pdf", "",
])
def test_names_that_file_under_nothing(filed: Filed, path: str) -> None:
    assert filed(path) == ()


@pytest.mark.parametrize("name", ["1. Undangan.pdf", "2. Daftar Hadir.pdf", "3 Notulen.docx",
                                  "b. Foto.jpg", "2.1 Undangan.pdf", "SK 123.pdf", "Scan_20210316_093512.pdf"])
def test_item_numbers_in_a_question_folder_do_not_change_the_question(filed: Filed, name: str) -> None:
    assert filed(f"MP.1.a/{name}") == ("MP.1.a",)
    assert filed(f"1. Manajemen Perubahan/1.1/a/{name}") == ("MP.1.a",)


def test_a_lone_number_in_a_file_name_inside_a_sub_area_folder_is_an_item_number(filed: Filed) -> None:
    assert filed("2. Penataan Tatalaksana/2.1/2. SOP.pdf") == ("TT.1.a", "TT.1.b", "TT.1.c")


# --- the index -------------------------------------------------------------------------------

def test_the_class_and_the_function_agree(pack: RulePack) -> None:
    filing = Filing(pack.rules, pack.areas)
    for path in ("AREA I/1.1 Tim Kerja/SK TIM ZI.pdf", "Soal 12/x.pdf", "2021 Laporan/x.pdf"):
        assert filing.of(path) == filed_under(path, pack.rules, areas=pack.areas)


def test_without_areas_only_codes_are_read(pack: RulePack) -> None:
    assert filed_under("Manajemen Perubahan/x.pdf", pack.rules) == ()
    assert filed_under("1. Manajemen Perubahan/1.1/x.pdf", pack.rules) == ("MP.1.a", "MP.1.b")


# --- another pack ----------------------------------------------------------------------------

def _rule(rule_id: str, lke: str, soal: int) -> Rule:
    return Rule(id=rule_id, area=rule_id.split(".")[0], lke=lke, soal=soal, weight=1.0, answer="ya_tidak",
                question=f"question {soal}", title=Text(rule_id, rule_id), hint=None,
                evidence=Condition(kinds=("sk",), subject=Subject()), source="test")


TINY_RULES = (
    _rule("KN.1.a", "A.I.1.i.a", 1), _rule("KN.1.b", "A.I.1.i.b", 2), _rule("KN.2.a", "A.I.1.ii.a", 3),
    _rule("LD.1.a", "A.I.2.i.a", 4), _rule("LD.1.b", "A.I.2.i.b", 5),
    _rule("KN.R1.a", "A.II.1.i.a", 6), _rule("OUT.1.a", "B.I.a", 7),
)
TINY_AREAS = (Area("KN", Text("Pengelolaan Keuangan Negara", "Public Finance")),
              Area("LD", Text("Pengelolaan Layanan Digital", "Digital Services")),
              Area("OUT", Text("Hasil", "Outcome")))


@pytest.mark.parametrize(("path", "expected"), [
    ("2.1/b/x.pdf", ("LD.1.b",)),
    ("Area II/1_a/x.pdf", ("LD.1.a",)),
    ("A.I.1.ii.a/x.pdf", ("KN.2.a",)),
    ("A-I-1-b/x.pdf", ("KN.1.b",)),  # only sub-area i has a question b: no doubt which
    ("KN R1 a/x.pdf", ("KN.R1.a",)),
    ("Keuangan Negara/Reform/x.pdf", ("KN.R1.a",)),
    ("Public Finance/x.pdf", ("KN.1.a", "KN.1.b", "KN.2.a", "KN.R1.a")),
    ("Layanan Digital/1.1/x.pdf", ("LD.1.a", "LD.1.b")),
    ("x/soal_7.pdf", ("OUT.1.a",)),
    ("B.I.a/x.pdf", ("OUT.1.a",)),
    ("Area 3/x.pdf", ()),  # the tiny pack has two numbered areas
    ("1.3/x.pdf", ()),  # 3 is more than any of its areas or sub-areas: a number, not a code
    ("Manajemen Perubahan/x.pdf", ()),  # the bundled pack's names mean nothing here
    ("MP.1.a/x.pdf", ()),
])
def test_another_pack_is_read_from_its_own_rules(path: str, expected: tuple[str, ...]) -> None:
    assert filed_under(path, TINY_RULES, areas=TINY_AREAS) == expected
