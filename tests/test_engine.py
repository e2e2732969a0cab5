"""The engine: rules of the mini pack against analysed documents, to a verdict that says why."""

from __future__ import annotations

import pytest

from checker import engine
from checker.model import (
    DocStatus,
    Document,
    Evidence,
    Problem,
    Profile,
    ReqStatus,
    RequirementResult,
    RulePack,
)
from tests.conftest import UNIT, DocFactory, decree_text, report_cover, sop_text

AGEN_2021 = (
    "Penetapan Agen Perubahan di Lingkungan Kedeputian Bidang Dukungan Kerja Kabinet Tahun 2021"
)
OTHER_UNIT = "Kedeputian Bidang Administrasi"
OTHER_ISSUER = "Deputi Sekretaris Kabinet Bidang Administrasi"


def judge(
    pack: RulePack, rule_id: str, *docs: Document, profile: Profile | None = None
) -> RequirementResult:
    from tests.conftest import PROFILE

    [rule] = [r for r in pack.rules if r.id == rule_id]
    [result] = engine.evaluate((rule,), tuple(docs), profile or PROFILE)
    return result


def verdict(
    result: RequirementResult,
) -> tuple[ReqStatus, list[str], list[tuple[str, ReqStatus, str]]]:
    """(status, evidence paths, (path, status, reason) of each problem)."""
    return (
        result.status,
        [e.path for e in result.evidence],
        [(p.path, p.status, p.reason) for p in result.problems],
    )


# --- a decree for the evaluation year (TA.1.a: decree, self, year) -------------------------------


def test_decree_of_the_year_is_met_with_evidence(mini_pack: RulePack, make_doc: DocFactory) -> None:
    doc = make_doc("1 MP/SK Agen Perubahan 2021.pdf", decree_text(AGEN_2021))
    result = judge(mini_pack, "TA.1.a", doc)
    assert (result.status, result.problems, result.found, result.needed) == (
        ReqStatus.MET,
        (),
        1,
        1,
    )
    assert result.evidence == (
        Evidence(
            "1 MP/SK Agen Perubahan 2021.pdf",
            1,
            f"{AGEN_2021.upper()} … 7/Adm/III/2021 … 15 Maret 2021",
        ),
    )


def test_evidence_quote_is_at_most_300_characters(
    mini_pack: RulePack, make_doc: DocFactory
) -> None:
    long_title = AGEN_2021 + " serta" + " Penguatan Budaya Kerja dan Pelayanan Publik" * 8
    doc = make_doc("sk.pdf", decree_text(long_title))
    [evidence] = judge(mini_pack, "TA.1.a", doc).evidence
    assert len(evidence.quote) <= 300
    assert evidence.quote.startswith("PENETAPAN AGEN PERUBAHAN")


def test_decree_dated_last_year_is_wrong_year(mini_pack: RulePack, make_doc: DocFactory) -> None:
    doc = make_doc(
        "arsip/SK Agen Perubahan.pdf",
        decree_text("Penetapan Agen Perubahan", number="5/Adm/II/2020", date="10 Februari 2020"),
    )
    result = judge(mini_pack, "TA.1.a", doc)
    assert verdict(result) == (
        ReqStatus.WRONG_YEAR,
        [],
        [("arsip/SK Agen Perubahan.pdf", ReqStatus.WRONG_YEAR, "not_year")],
    )
    assert dict(result.problems[0].params) == {
        "found": "10 Februari 2020",
        "year": "2021",
        "basis": "date",
        "expected": "2021",
    }


def test_decree_titled_for_another_year_is_wrong_year(
    mini_pack: RulePack, make_doc: DocFactory
) -> None:
    doc = make_doc(
        "sk.pdf",
        decree_text(
            "Penetapan Agen Perubahan Tahun 2022", number="1/Adm/I/2022", date="3 Januari 2022"
        ),
    )
    result = judge(mini_pack, "TA.1.a", doc)
    assert (
        result.status,
        result.problems[0].param("found"),
        result.problems[0].param("basis"),
    ) == (ReqStatus.WRONG_YEAR, "2022", "title_year")


def test_decree_of_another_unit_is_wrong_unit(mini_pack: RulePack, make_doc: DocFactory) -> None:
    doc = make_doc(
        "sk.pdf",
        decree_text("Penetapan Agen Perubahan Tahun 2021", unit=OTHER_UNIT, issuer=OTHER_ISSUER),
    )
    result = judge(mini_pack, "TA.1.a", doc)
    assert verdict(result) == (
        ReqStatus.WRONG_UNIT,
        [],
        [("sk.pdf", ReqStatus.WRONG_UNIT, "other_unit")],
    )
    assert "KEDEPUTIAN BIDANG ADMINISTRASI" in result.problems[0].param("units").split("; ")


def test_wrong_unit_detail_names_the_other_unit_not_the_parent(
    mini_pack: RulePack, make_doc: DocFactory
) -> None:
    doc = make_doc(
        "sk.pdf",
        decree_text("Penetapan Agen Perubahan Tahun 2021", unit=OTHER_UNIT, issuer=OTHER_ISSUER),
    )
    units = judge(mini_pack, "TA.1.a", doc).problems[0].param("units").split("; ")
    assert (units[0], "SEKRETARIAT KABINET REPUBLIK INDONESIA" in units) == (
        "KEDEPUTIAN BIDANG ADMINISTRASI",
        False,
    )


def test_wrong_year_beats_wrong_unit(mini_pack: RulePack, make_doc: DocFactory) -> None:
    other = make_doc(
        "a.pdf",
        decree_text("Penetapan Agen Perubahan Tahun 2021", unit=OTHER_UNIT, issuer=OTHER_ISSUER),
    )
    old = make_doc(
        "b.pdf",
        decree_text(
            "Penetapan Agen Perubahan Tahun 2020", number="1/Adm/2020", date="2 Maret 2020"
        ),
    )
    assert judge(mini_pack, "TA.1.a", other, old).status is ReqStatus.WRONG_YEAR


def test_only_candidate_unreadable_is_unreadable(mini_pack: RulePack, make_doc: DocFactory) -> None:
    doc = make_doc.unreadable("1 MP/SK Agen Perubahan 2021.pdf")
    result = judge(mini_pack, "TA.1.a", doc)
    assert result.status is ReqStatus.UNREADABLE
    assert result.problems == (
        Problem(
            "1 MP/SK Agen Perubahan 2021.pdf",
            ReqStatus.UNREADABLE,
            "unreadable",
            (("status", "encrypted"), ("error", "the PDF is protected by a password")),
        ),
    )


def test_candidate_by_folder_name_unreadable_is_unreadable(
    mini_pack: RulePack, make_doc: DocFactory
) -> None:
    doc = make_doc.unreadable(
        "Agen Perubahan/scan001.pdf", DocStatus.EMPTY, "no text found, not even by OCR"
    )
    assert judge(mini_pack, "TA.1.a", doc).status is ReqStatus.UNREADABLE


def test_unreadable_file_of_another_subject_is_missing(
    mini_pack: RulePack, make_doc: DocFactory
) -> None:
    doc = make_doc.unreadable("foto kegiatan.pdf", DocStatus.CORRUPT, "not a readable PDF")
    assert verdict(judge(mini_pack, "TA.1.a", doc)) == (ReqStatus.MISSING, [], [])


def test_readable_candidate_beats_unreadable_one(mini_pack: RulePack, make_doc: DocFactory) -> None:
    good = make_doc("SK Agen Perubahan 2021.pdf", decree_text(AGEN_2021))
    bad = make_doc.unreadable("SK Agen Perubahan 2021 (salinan).pdf")
    assert verdict(judge(mini_pack, "TA.1.a", good, bad)) == (
        ReqStatus.MET,
        ["SK Agen Perubahan 2021.pdf"],
        [],
    )


def test_nothing_is_missing(mini_pack: RulePack, make_doc: DocFactory) -> None:
    unrelated = make_doc("sk.pdf", decree_text("Tim Kerja Pembangunan Zona Integritas"))
    assert verdict(judge(mini_pack, "TA.1.a", unrelated)) == (ReqStatus.MISSING, [], [])


def test_empty_corpus_is_missing(mini_pack: RulePack) -> None:
    assert verdict(judge(mini_pack, "TA.1.a")) == (ReqStatus.MISSING, [], [])


def test_invitation_on_the_subject_is_not_a_decree(
    mini_pack: RulePack, make_doc: DocFactory
) -> None:
    memo = make_doc(
        "Undangan Agen Perubahan.pdf",
        "\n".join(
            [
                f"# {UNIT.upper()}",
                "---",
                "# UNDANGAN",
                "# RAPAT PEMBAHASAN PENETAPAN AGEN PERUBAHAN TAHUN 2021",
                "Nomor\t:\tUND-5/DKK/03/2021",
                "Yth. Para Kepala Bagian",
                "> Jakarta, 2 Maret 2021",
            ]
        ),
    )
    result = judge(mini_pack, "TA.1.a", memo)
    assert verdict(result) == (
        ReqStatus.MISSING,
        [],
        [("Undangan Agen Perubahan.pdf", ReqStatus.MISSING, "other_kind")],
    )
    assert result.problems[0].param("kind") == "memo"


def test_memo_on_the_subject_is_not_a_decree(mini_pack: RulePack, make_doc: DocFactory) -> None:
    memo = make_doc(
        "nd.pdf",
        "\n".join(
            [
                f"# {UNIT.upper()}",
                "---",
                "# NOTA DINAS",
                "# TENTANG",
                "# USULAN PENETAPAN AGEN PERUBAHAN",
                "Nomor\t:\tND-5/DKK/03/2021",
                "> Jakarta, 2 Maret 2021",
            ]
        ),
    )
    result = judge(mini_pack, "TA.1.a", memo)
    assert verdict(result) == (ReqStatus.MISSING, [], [("nd.pdf", ReqStatus.MISSING, "other_kind")])


def test_met_beside_a_wrong_year_near_miss_lists_it(
    mini_pack: RulePack, make_doc: DocFactory
) -> None:
    new = make_doc("SK Agen 2021.pdf", decree_text(AGEN_2021))
    old = make_doc(
        "arsip/SK Agen 2020.pdf",
        decree_text("Penetapan Agen Perubahan", number="5/Adm/II/2020", date="10 Februari 2020"),
    )
    result = judge(mini_pack, "TA.1.a", old, new)
    assert verdict(result) == (
        ReqStatus.MET,
        ["SK Agen 2021.pdf"],
        [("arsip/SK Agen 2020.pdf", ReqStatus.WRONG_YEAR, "not_year")],
    )


def test_met_does_not_list_documents_of_another_kind(
    mini_pack: RulePack, make_doc: DocFactory
) -> None:
    new = make_doc("SK Agen 2021.pdf", decree_text(AGEN_2021))
    memo = make_doc("und.pdf", "UNDANGAN\nRAPAT PEMBAHASAN AGEN PERUBAHAN\nNomor : UND-5/DKK/2021")
    assert verdict(judge(mini_pack, "TA.1.a", new, memo)) == (
        ReqStatus.MET,
        ["SK Agen 2021.pdf"],
        [],
    )


def test_two_satisfying_documents_are_both_evidence(
    mini_pack: RulePack, make_doc: DocFactory
) -> None:
    a = make_doc("a.pdf", decree_text(AGEN_2021))
    b = make_doc(
        "b.pdf",
        decree_text("Perubahan atas Penetapan Agen Perubahan Tahun 2021", number="9/Adm/IX/2021"),
    )
    result = judge(mini_pack, "TA.1.a", a, b)
    assert ([e.path for e in result.evidence], result.found) == (["a.pdf", "b.pdf"], 2)


def test_profile_year_decides(mini_pack: RulePack, make_doc: DocFactory, profile: Profile) -> None:
    from dataclasses import replace

    doc = make_doc("sk.pdf", decree_text(AGEN_2021))
    assert (
        judge(mini_pack, "TA.1.a", doc, profile=replace(profile, year=2022)).status
        is ReqStatus.WRONG_YEAR
    )


# --- period scopes -----------------------------------------------------------------------------


def renstra(years: str) -> str:
    return report_cover(
        ["Rencana Strategis", UNIT, f"Tahun {years}"], place_date="Jakarta, Juni 2020"
    )


def lkj(year: int, signed: str) -> str:
    return report_cover(["Laporan Kinerja", UNIT, f"Tahun {year}"], place_date=signed)


def test_renstra_covering_the_year_is_met(mini_pack: RulePack, make_doc: DocFactory) -> None:
    assert (
        judge(mini_pack, "TA.1.b", make_doc("Renstra 2020-2024.pdf", renstra("2020-2024"))).status
        is ReqStatus.MET
    )


def test_renstra_of_an_earlier_term_is_wrong_year(
    mini_pack: RulePack, make_doc: DocFactory
) -> None:
    result = judge(mini_pack, "TA.1.b", make_doc("Renstra 2015-2019.pdf", renstra("2015-2019")))
    assert verdict(result) == (
        ReqStatus.WRONG_YEAR,
        [],
        [("Renstra 2015-2019.pdf", ReqStatus.WRONG_YEAR, "not_covering")],
    )
    assert (result.problems[0].param("found"), result.problems[0].param("basis")) == (
        "2015-2019",
        "title_range",
    )


def test_performance_report_of_the_previous_year_is_met(
    mini_pack: RulePack, make_doc: DocFactory
) -> None:
    doc = make_doc("LKj 2020.pdf", lkj(2020, "Jakarta, Februari 2021"))
    assert judge(mini_pack, "TA.1.c", doc).status is ReqStatus.MET


def test_performance_report_of_the_evaluation_year_is_wrong_year(
    mini_pack: RulePack, make_doc: DocFactory
) -> None:
    result = judge(
        mini_pack, "TA.1.c", make_doc("LKj 2021.pdf", lkj(2021, "Jakarta, Februari 2022"))
    )
    assert verdict(result) == (
        ReqStatus.WRONG_YEAR,
        [],
        [("LKj 2021.pdf", ReqStatus.WRONG_YEAR, "not_previous_year")],
    )
    assert result.problems[0].param("expected") == "2020"


def test_sop_enacted_earlier_is_in_force(mini_pack: RulePack, make_doc: DocFactory) -> None:
    assert (
        judge(mini_pack, "TA.2.a", make_doc("SOP Pengaduan.pdf", sop_text("12 Juli 2019"))).status
        is ReqStatus.MET
    )


def test_sop_enacted_in_the_year_is_in_force(mini_pack: RulePack, make_doc: DocFactory) -> None:
    assert (
        judge(mini_pack, "TA.2.a", make_doc("SOP Pengaduan.pdf", sop_text("4 Januari 2021"))).status
        is ReqStatus.MET
    )


def test_sop_enacted_after_the_year_is_wrong_year(
    mini_pack: RulePack, make_doc: DocFactory
) -> None:
    result = judge(mini_pack, "TA.2.a", make_doc("SOP Pengaduan.pdf", sop_text("12 Juli 2022")))
    assert verdict(result) == (
        ReqStatus.WRONG_YEAR,
        [],
        [("SOP Pengaduan.pdf", ReqStatus.WRONG_YEAR, "not_in_force")],
    )
    assert result.problems[0].param("expected") == "<= 2021"


def test_sop_whose_validity_ended_before_the_year_is_wrong_year(
    mini_pack: RulePack, make_doc: DocFactory
) -> None:
    text = sop_text("12 Juli 2019").replace(
        "Tanggal Pengesahan", "SOP ini berlaku sampai dengan 31 Desember 2020.\nTanggal Pengesahan"
    )
    result = judge(mini_pack, "TA.2.a", make_doc("SOP Pengaduan.pdf", text))
    assert verdict(result) == (
        ReqStatus.WRONG_YEAR,
        [],
        [("SOP Pengaduan.pdf", ReqStatus.WRONG_YEAR, "expired")],
    )


def test_unit_any_accepts_another_units_sop(mini_pack: RulePack, make_doc: DocFactory) -> None:
    doc = make_doc("SOP.pdf", sop_text("12 Juli 2019").replace(UNIT.upper(), OTHER_UNIT.upper()))
    assert judge(mini_pack, "TA.2.a", doc).status is ReqStatus.MET


def test_document_without_any_year_is_wrong_year_no_year(
    mini_pack: RulePack, make_doc: DocFactory
) -> None:
    doc = make_doc("Renstra.pdf", f"RENCANA STRATEGIS\n{UNIT.upper()}\nBAB I PENDAHULUAN")
    result = judge(mini_pack, "TA.1.b", doc)
    assert verdict(result) == (
        ReqStatus.WRONG_YEAR,
        [],
        [("Renstra.pdf", ReqStatus.WRONG_YEAR, "no_year")],
    )


# --- any_of / all_of / min_count ---------------------------------------------------------------


def tim_kerja(year: int = 2021) -> str:
    return decree_text(
        f"Tim Kerja Pembangunan Zona Integritas Tahun {year}",
        number=f"KEP-3/DKK/{year}",
        date=f"4 Januari {year}",
    )


def rencana_kerja(
    title: str = "Rencana Kerja Pembangunan Zona Integritas", year: int = 2021
) -> str:
    return report_cover([title, f"Tahun {year}"], place_date=f"Jakarta, Januari {year}")


def test_any_of_met_by_the_first_alternative(mini_pack: RulePack, make_doc: DocFactory) -> None:
    result = judge(mini_pack, "TB.1.a", make_doc("SK Tim Kerja.pdf", tim_kerja()))
    assert verdict(result) == (ReqStatus.MET, ["SK Tim Kerja.pdf"], [])


def test_any_of_met_by_the_second_alternative(mini_pack: RulePack, make_doc: DocFactory) -> None:
    result = judge(mini_pack, "TB.1.a", make_doc("Rencana Kerja ZI.pdf", rencana_kerja()))
    assert verdict(result) == (ReqStatus.MET, ["Rencana Kerja ZI.pdf"], [])


def test_any_of_met_by_both_lists_both(mini_pack: RulePack, make_doc: DocFactory) -> None:
    result = judge(
        mini_pack, "TB.1.a", make_doc("a.pdf", tim_kerja()), make_doc("b.pdf", rencana_kerja())
    )
    assert [e.path for e in result.evidence] == ["a.pdf", "b.pdf"]


def test_any_of_missing_when_no_alternative(mini_pack: RulePack, make_doc: DocFactory) -> None:
    assert (
        judge(mini_pack, "TB.1.a", make_doc("x.pdf", decree_text(AGEN_2021))).status
        is ReqStatus.MISSING
    )


def test_any_of_takes_the_best_alternative_status(
    mini_pack: RulePack, make_doc: DocFactory
) -> None:
    old_sk = make_doc("sk.pdf", tim_kerja(2020))
    result = judge(mini_pack, "TB.1.a", old_sk)
    assert verdict(result) == (
        ReqStatus.WRONG_YEAR,
        [],
        [("sk.pdf", ReqStatus.WRONG_YEAR, "not_year")],
    )


def test_any_of_kind_accepted_by_another_alternative_is_not_other_kind(
    mini_pack: RulePack, make_doc: DocFactory
) -> None:
    # "rencana kerja tim kerja": subject of both alternatives; a plan, which the second accepts
    plan = make_doc("rk.pdf", rencana_kerja("Rencana Kerja Tim Kerja Zona Integritas", 2020))
    result = judge(mini_pack, "TB.1.a", plan)
    assert verdict(result) == (
        ReqStatus.WRONG_YEAR,
        [],
        [("rk.pdf", ReqStatus.WRONG_YEAR, "not_year")],
    )


def laporan(title: str, year: int = 2021) -> str:
    return report_cover([title, f"Tahun {year}"], place_date=f"Jakarta, Desember {year}")


def test_all_of_met_when_every_part_is(mini_pack: RulePack, make_doc: DocFactory) -> None:
    monitoring = make_doc("Monitoring.pdf", laporan("Laporan Hasil Monitoring Zona Integritas"))
    follow_up = make_doc("Tindak Lanjut.pdf", laporan("Laporan Tindak Lanjut Rekomendasi"))
    result = judge(mini_pack, "TB.1.b", monitoring, follow_up)
    assert verdict(result) == (ReqStatus.MET, ["Monitoring.pdf", "Tindak Lanjut.pdf"], [])
    assert (result.found, result.needed) == (2, 2)


def test_all_of_missing_when_one_part_is(mini_pack: RulePack, make_doc: DocFactory) -> None:
    monitoring = make_doc("Monitoring.pdf", laporan("Laporan Hasil Monitoring Zona Integritas"))
    result = judge(mini_pack, "TB.1.b", monitoring)
    assert verdict(result) == (ReqStatus.MISSING, [], [])
    assert (result.found, result.needed) == (1, 2)


def test_all_of_takes_the_worst_part_status(mini_pack: RulePack, make_doc: DocFactory) -> None:
    monitoring = make_doc("Monitoring.pdf", laporan("Laporan Hasil Monitoring Zona Integritas"))
    old_follow_up = make_doc("TL 2020.pdf", laporan("Laporan Tindak Lanjut Rekomendasi", 2020))
    result = judge(mini_pack, "TB.1.b", monitoring, old_follow_up)
    assert verdict(result) == (
        ReqStatus.WRONG_YEAR,
        [],
        [("TL 2020.pdf", ReqStatus.WRONG_YEAR, "not_year")],
    )


def test_min_count_met_with_enough_documents(mini_pack: RulePack, make_doc: DocFactory) -> None:
    docs = [
        make_doc(f"TW {n}.pdf", laporan(f"Laporan Triwulan {n} Zona Integritas"))
        for n in ("I", "II")
    ]
    result = judge(mini_pack, "TB.1.c", *docs)
    assert (verdict(result), result.found, result.needed) == (
        (ReqStatus.MET, ["TW I.pdf", "TW II.pdf"], []),
        2,
        2,
    )


def test_min_count_too_few_is_missing(mini_pack: RulePack, make_doc: DocFactory) -> None:
    result = judge(
        mini_pack, "TB.1.c", make_doc("TW I.pdf", laporan("Laporan Triwulan I Zona Integritas"))
    )
    assert (result.status, result.found, result.needed) == (ReqStatus.MISSING, 1, 2)


def test_min_count_too_few_says_how_many_were_found(
    mini_pack: RulePack, make_doc: DocFactory
) -> None:
    result = judge(
        mini_pack, "TB.1.c", make_doc("TW I.pdf", laporan("Laporan Triwulan I Zona Integritas"))
    )
    assert [(p.reason, dict(p.params)) for p in result.problems] == [
        ("too_few", {"found": "1", "needed": "2"})
    ]


def test_min_count_counts_only_satisfying_documents(
    mini_pack: RulePack, make_doc: DocFactory
) -> None:
    good = make_doc("TW I.pdf", laporan("Laporan Triwulan I Zona Integritas"))
    old = make_doc("TW IV 2020.pdf", laporan("Laporan Triwulan IV Zona Integritas", 2020))
    assert judge(mini_pack, "TB.1.c", good, old).status is ReqStatus.WRONG_YEAR


# --- the whole pack ----------------------------------------------------------------------------


def test_evaluate_gives_one_result_per_rule_in_pack_order(
    mini_pack: RulePack, profile: Profile
) -> None:
    results = engine.evaluate(mini_pack.rules, (), profile)
    assert [(r.rule.id, r.status) for r in results] == [
        (r.id, ReqStatus.MISSING) for r in mini_pack.rules
    ]


@pytest.mark.parametrize(
    "rule_id", ["TA.1.a", "TA.1.b", "TA.1.c", "TA.2.a", "TB.1.a", "TB.1.b", "TB.1.c"]
)
def test_no_document_never_meets_a_rule(mini_pack: RulePack, rule_id: str) -> None:
    assert judge(mini_pack, rule_id).status is ReqStatus.MISSING
