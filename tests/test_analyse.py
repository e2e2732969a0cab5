"""Analysis: kind, title, number, date, period, years and units of Indonesian official documents."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from checker.analyse import Analyzer
from checker.discover import discover
from checker.extract import ExtractSettings, extract
from checker.identity import Identity
from checker.model import Document, Facts, Period, Profile, RulePack, UnitMention, UnitRole
from tests.conftest import PROFILE, UNIT, DocFactory, decree_text, extraction_of, report_cover, source_file
from tests.docgen import make_corpus

AGEN = "Penetapan Agen Perubahan di Lingkungan Kedeputian Bidang Dukungan Kerja Kabinet Tahun 2021"


def resolved(facts: Facts, profile: Profile = PROFILE) -> tuple[UnitMention, ...]:
    """The document's units with their roles for ``profile`` (analysis itself knows no profile)."""
    return Identity(profile).units(facts)


def units(doc: Document, profile: Profile = PROFILE) -> list[tuple[str, UnitRole, bool]]:
    return [(u.name, u.role, u.about) for u in resolved(doc.facts, profile)]


def about(facts: Facts, profile: Profile) -> list[tuple[str, UnitRole]]:
    return [(u.name, u.role) for u in resolved(facts, profile) if u.about]


# --- kind --------------------------------------------------------------------------------------


def test_decree_kind_from_head(make_doc: DocFactory) -> None:
    doc = make_doc("bukti/dokumen.pdf", decree_text(AGEN))
    assert (doc.facts.kind, doc.facts.kind_fact.text, doc.facts.kind_fact.page) == (
        "decree",
        "KEPUTUSAN",
        1,
    )


def test_kind_phrase_first_at_head_wins(make_doc: DocFactory) -> None:
    doc = make_doc(
        "x.pdf",
        "NOTA DINAS\nNomor : ND-5/DKK/2021\nHal : Rancangan Keputusan tentang Agen Perubahan",
    )
    assert doc.facts.kind == "memo"


def test_longer_phrase_wins_on_a_tie(make_doc: DocFactory) -> None:
    doc = make_doc("x.pdf", "LAPORAN KINERJA\nTAHUN 2020\nKEDEPUTIAN BIDANG DUKUNGAN KERJA KABINET")
    assert doc.facts.kind_fact.text == "LAPORAN KINERJA"


def test_kind_from_file_name_when_head_names_none(make_doc: DocFactory) -> None:
    doc = make_doc(
        "2 Penataan/Laporan Triwulan I.pdf",
        "Capaian pelaksanaan rencana aksi pada triwulan pertama.",
    )
    assert (doc.facts.kind, doc.facts.kind_fact.page) == ("report", 0)


def test_no_kind_when_nothing_names_one(make_doc: DocFactory) -> None:
    doc = make_doc(
        "foto kegiatan.pdf", "Dokumentasi kegiatan sosialisasi pembangunan zona integritas."
    )
    assert (doc.facts.kind, doc.facts.kind_fact) == (None, None)


def test_document_without_text_has_no_facts(make_doc: DocFactory) -> None:
    assert make_doc("kosong.pdf", "   ").facts == Facts()


# --- title -------------------------------------------------------------------------------------


def test_decree_title_is_the_tentang_block_without_the_officials_line(make_doc: DocFactory) -> None:
    doc = make_doc("sk.pdf", decree_text(AGEN))
    assert doc.facts.title.text == AGEN.upper()


def test_decree_title_over_several_lines_is_joined(make_doc: DocFactory) -> None:
    text = decree_text("X").replace(
        "# X\n", "# PENETAPAN AGEN PERUBAHAN\n# DI LINGKUNGAN KEDEPUTIAN\n# TAHUN 2021\n"
    )
    doc = make_doc("sk.pdf", text)
    assert doc.facts.title.text == "PENETAPAN AGEN PERUBAHAN DI LINGKUNGAN KEDEPUTIAN TAHUN 2021"


def test_report_title_starts_at_the_kind_phrase(make_doc: DocFactory) -> None:
    doc = make_doc("lkj.pdf", report_cover(["Laporan Kinerja", "Tahun 2020"]))
    assert doc.facts.title.text.startswith("LAPORAN KINERJA TAHUN 2020")


# --- number ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "number",
    [
        "7/Adm/III/2021",
        "KEP-12/SES/2021",
        "W.11.PAS.PAS.4-1021-PW.01.01 TAHUN 2021",
        "800/123/BKPSDM/2021",
    ],
)
def test_decree_number_formats(make_doc: DocFactory, number: str) -> None:
    doc = make_doc("sk.pdf", decree_text(AGEN, number=number))
    assert (doc.facts.number.value, doc.facts.number.page) == (number, 1)


def test_number_with_colon_after_nomor(make_doc: DocFactory) -> None:
    doc = make_doc("nd.pdf", "NOTA DINAS\nNomor : ND-5/DKK/03/2021\nYth. : Deputi")
    assert doc.facts.number.value == "ND-5/DKK/03/2021"


# --- date --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("15 Maret 2021", dt.date(2021, 3, 15)),
        ("1 Pebruari 2021", dt.date(2021, 2, 1)),
        ("30 Nopember 2021", dt.date(2021, 11, 30)),
        ("14Agustus 2022", dt.date(2022, 8, 14)),
        ("02 Januari 2021", dt.date(2021, 1, 2)),
    ],
)
def test_date_of_enactment_over_two_lines(
    make_doc: DocFactory, written: str, expected: dt.date
) -> None:
    doc = make_doc("sk.pdf", decree_text(AGEN, date=written))
    assert doc.facts.enacted == expected


def test_date_of_enactment_on_one_line(make_doc: DocFactory) -> None:
    text = decree_text(AGEN, date="9 Juli 2021").replace(
        "> Ditetapkan di Jakarta\n> pada tanggal", "Ditetapkan di Jakarta pada tanggal"
    )
    assert "Ditetapkan di Jakarta pada tanggal 9 Juli 2021" in text
    assert make_doc("sk.pdf", text).facts.enacted == dt.date(2021, 7, 9)


def test_date_fact_points_at_the_words(make_doc: DocFactory) -> None:
    doc = make_doc("sk.pdf", decree_text(AGEN, date="15 Maret 2021"))
    fact = doc.facts.date
    page_text = doc.extraction.pages[0].text
    assert (fact.text, fact.page, page_text[fact.start : fact.end]) == (
        "15 Maret 2021",
        1,
        "15 Maret 2021",
    )


def test_date_of_signature_place_and_date(make_doc: DocFactory) -> None:
    text = "LAPORAN HASIL MONITORING\nTAHUN 2021\nBAB I PENDAHULUAN\nIsi laporan.\nJakarta, 10 Desember 2021\nDeputi"
    assert make_doc("lap.pdf", text).facts.enacted == dt.date(2021, 12, 10)


def test_enactment_on_the_last_page_of_several(make_doc: DocFactory) -> None:
    doc = make_doc(
        "sk.pdf",
        decree_text(AGEN, date="3 Mei 2021"),
        "LAMPIRAN\nDaftar agen perubahan\nDitetapkan di Jakarta\npada tanggal 3 Mei 2021",
    )
    assert (doc.facts.enacted, doc.facts.date.page) == (dt.date(2021, 5, 3), 2)


# --- period and years --------------------------------------------------------------------------


def test_years_exclude_laws_cited_under_mengingat(make_doc: DocFactory) -> None:
    doc = make_doc(
        "sk.pdf",
        decree_text(
            "Tim Kerja Pembangunan Zona Integritas",
            number="KEP-3/DKK/2021",
            cited=[
                "Undang-Undang Nomor 39 Tahun 2008 tentang Kementerian Negara",
                "Peraturan Presiden Nomor 55 Tahun 2020 tentang Sekretariat Kabinet",
            ],
        ),
    )
    assert doc.facts.years == (2021,)


def test_year_cited_in_title_is_not_the_period(make_doc: DocFactory) -> None:
    title = "Pelaksanaan Peraturan Menteri Nomor 90 Tahun 2021 tentang Zona Integritas"
    doc = make_doc("sk.pdf", decree_text(title, number="KEP-3/DKK/2022", date="5 Januari 2022"))
    assert (doc.facts.period, doc.facts.period_basis, doc.facts.years) == (
        Period(2022, 2022),
        "date",
        (2022,),
    )


def test_decree_period_from_title_year(make_doc: DocFactory) -> None:
    doc = make_doc("sk.pdf", decree_text(AGEN))
    assert (doc.facts.period, doc.facts.period_basis) == (Period(2021, 2021), "title_year")


def test_decree_period_from_date_when_title_has_no_year(make_doc: DocFactory) -> None:
    doc = make_doc(
        "sk.pdf",
        decree_text("Penetapan Agen Perubahan", number="5/Adm/II/2020", date="10 Februari 2020"),
    )
    assert (doc.facts.period, doc.facts.period_basis, doc.facts.years) == (
        Period(2020, 2020),
        "date",
        (2020,),
    )


def test_renstra_title_range_is_the_period(make_doc: DocFactory) -> None:
    doc = make_doc(
        "renstra.pdf",
        report_cover(
            ["Rencana Strategis", UNIT, "Tahun 2020-2024"], place_date="Jakarta, Juni 2020"
        ),
    )
    assert (doc.facts.kind, doc.facts.period, doc.facts.period_basis, doc.facts.years) == (
        "plan",
        Period(2020, 2024),
        "title_range",
        (2020, 2021, 2022, 2023, 2024),
    )


@pytest.mark.parametrize(
    "written", ["2020 - 2024", "2020\u20132024", "2020 s.d. 2024", "2020 sampai dengan 2024"]
)
def test_period_range_spellings(make_doc: DocFactory, written: str) -> None:
    doc = make_doc("renstra.pdf", report_cover(["Rencana Strategis", f"Tahun {written}"]))
    assert doc.facts.period == Period(2020, 2024)


def test_report_cover_period_is_its_title_year_not_the_signature(make_doc: DocFactory) -> None:
    doc = make_doc(
        "lkj.pdf",
        report_cover(["Laporan Kinerja", UNIT, "Tahun 2020"], place_date="Jakarta, Februari 2021"),
    )
    assert (doc.facts.kind, doc.facts.period, doc.facts.period_basis) == (
        "report",
        Period(2020, 2020),
        "title_year",
    )


def test_report_cover_with_month_and_year_only_has_a_date_of_month_precision(make_doc: DocFactory) -> None:
    doc = make_doc(
        "lkj.pdf",
        report_cover(["Laporan Kinerja", "Tahun 2020"], place_date="Jakarta, Februari 2021"),
    )
    assert (doc.facts.date_shown, doc.facts.date_precision, doc.facts.period) == ("2021-02", "month", Period(2020, 2020))


def test_period_from_number_when_nothing_else(make_doc: DocFactory) -> None:
    doc = make_doc(
        "nd.pdf", "NOTA DINAS\nNomor : ND-5/DKK/03/2019\nYth. : Deputi\nHal : Undangan rapat"
    )
    assert (doc.facts.period, doc.facts.period_basis) == (Period(2019, 2019), "number")


def test_validity_end_is_read(make_doc: DocFactory) -> None:
    text = decree_text("Tim Kerja Pembangunan Zona Integritas").replace(
        "Keputusan ini mulai berlaku pada tanggal ditetapkan.",
        "Keputusan ini mulai berlaku pada tanggal ditetapkan sampai dengan tanggal 31 Desember 2021.",
    )
    validity = make_doc("sk.pdf", text).facts.valid_until
    assert (validity.value, validity.page) == (2021, 1)


def test_validity_is_none_when_not_stated(make_doc: DocFactory) -> None:
    assert (
        make_doc("sk.pdf", decree_text("Tim Kerja Pembangunan Zona Integritas")).facts.valid_until
        is None
    )


# --- units -------------------------------------------------------------------------------------


def test_profile_unit_in_letterhead_is_self_and_about(make_doc: DocFactory) -> None:
    doc = make_doc("sk.pdf", decree_text(AGEN))
    first = resolved(doc.facts)[0]
    assert (first.name, first.role, first.about, first.fact.page) == (
        "KEDEPUTIAN BIDANG DUKUNGAN KERJA KABINET",
        UnitRole.SELF,
        True,
        1,
    )


def test_parent_in_letterhead_is_parent_and_only_mentioned(make_doc: DocFactory) -> None:
    # the letterhead's lines above the issuing unit are its parent chain, not what it is about
    doc = make_doc("sk.pdf", decree_text(AGEN))
    assert ("SEKRETARIAT KABINET REPUBLIK INDONESIA", UnitRole.PARENT, False) in units(doc)


def test_alias_is_self(make_doc: DocFactory) -> None:
    doc = make_doc("lap.pdf", "LAPORAN HASIL MONITORING\nDKK\nTAHUN 2021")
    assert units(doc) == [("DKK", UnitRole.SELF, True)]


def test_another_unit_is_other(make_doc: DocFactory) -> None:
    doc = make_doc(
        "sk.pdf",
        decree_text(
            "Tim Kerja",
            unit="Kedeputian Bidang Administrasi",
            issuer="Deputi Sekretaris Kabinet Bidang Administrasi",
        ),
    )
    assert ("KEDEPUTIAN BIDANG ADMINISTRASI", UnitRole.OTHER, True) in units(doc)
    assert not any(u.role is UnitRole.SELF for u in resolved(doc.facts))


def test_a_short_profile_name_finds_its_unit_in_full_unless_the_profile_places_it_elsewhere(
        mini_pack: RulePack) -> None:
    # "Dinas Kesehatan" typed as the unit: a document of "Dinas Kesehatan Kabupaten Sleman" is
    # the unit's own, unless the profile's parents place the unit in another regency
    sleman = decree_text("Tim Kerja", unit="Dinas Kesehatan Kabupaten Sleman", parent="Pemerintah Kabupaten Sleman",
                         issuer="Kepala Dinas Kesehatan Kabupaten Sleman", place="Sleman")
    short = DocFactory(Profile(unit="Dinas Kesehatan", year=2021), mini_pack)
    assert ("DINAS KESEHATAN KABUPATEN SLEMAN", UnitRole.SELF, True) in units(short("sk.pdf", sleman), short.profile)
    bantul = Profile(unit="Dinas Kesehatan", year=2021, parents=("Pemerintah Kabupaten Bantul",))
    doc = short("sk.pdf", sleman)
    assert ("DINAS KESEHATAN KABUPATEN SLEMAN", UnitRole.OTHER, True) in units(doc, bantul)
    assert not any(u.role is UnitRole.SELF for u in resolved(doc.facts, bantul))


def test_unit_with_the_exact_name_is_self(mini_pack: RulePack) -> None:
    make = DocFactory(Profile(unit="Dinas Kesehatan", year=2021), mini_pack)
    doc = make(
        "sk.pdf",
        decree_text(
            "Tim Kerja",
            unit="Dinas Kesehatan",
            parent="Pemerintah Kabupaten Sleman",
            issuer="Kepala Dinas Kesehatan",
            place="Sleman",
        ),
    )
    assert units(doc, make.profile)[0] == ("DINAS KESEHATAN", UnitRole.SELF, True)


def test_unit_only_mentioned_deep_in_the_body_is_not_about(make_doc: DocFactory) -> None:
    filler = "Kegiatan pemantauan dilaksanakan sesuai rencana aksi yang telah disusun. " * 6
    lines = [
        "KEDEPUTIAN BIDANG ADMINISTRASI",
        "LAPORAN PELAKSANAAN MONITORING",
        "TAHUN 2021",
        "BAB I PENDAHULUAN",
        filler,
        filler,
        "Koordinasi dilakukan bersama Kedeputian Bidang Dukungan Kerja Kabinet dalam rapat bulanan.",
        filler,
        filler,
        "Jakarta, 10 Desember 2021",
        "Deputi Bidang Administrasi",
    ]
    doc = make_doc("lap.pdf", "\n".join(lines))
    assert ("Kedeputian Bidang Dukungan Kerja Kabinet", UnitRole.SELF, False) in units(doc)
    # the letterhead's unit and the signatory's office ("Deputi Bidang Administrasi": the deputy
    # of that Kedeputian) are one unit, the one the document is about
    assert about(doc.facts, PROFILE) == [
        ("KEDEPUTIAN BIDANG ADMINISTRASI", UnitRole.OTHER),
    ]


def test_unit_name_broken_over_two_lines_is_found(make_doc: DocFactory) -> None:
    doc = make_doc(
        "lap.pdf", "LAPORAN HASIL MONITORING TAHUN 2021\nKEDEPUTIAN BIDANG DUKUNGAN\nKERJA KABINET"
    )
    assert [(u.role, u.about) for u in resolved(doc.facts)] == [(UnitRole.SELF, True)]


# --- through a real file -----------------------------------------------------------------------


def test_decree_through_a_real_pdf(tmp_path: Path, profile: Profile, mini_pack: RulePack) -> None:
    make_corpus(tmp_path, {"1 MP/SK Agen Perubahan 2021.pdf": decree_text(AGEN)})
    [source] = discover(tmp_path, [])
    facts = Analyzer(mini_pack.kinds, mini_pack.questions).analyse(
        source, extract(source, ExtractSettings(ocr=False))
    )
    assert (
        facts.kind,
        facts.title.text,
        facts.number.value,
        facts.enacted,
        facts.period,
        facts.years,
    ) == (
        "decree",
        AGEN.upper(),
        "7/Adm/III/2021",
        dt.date(2021, 3, 15),
        Period(2021, 2021),
        (2021,),
    )
    first = resolved(facts)[0]
    assert (first.name, first.role, first.about) == (
        UNIT.upper(),
        UnitRole.SELF,
        True,
    )


def test_analysis_is_the_same_from_memory_and_from_a_pdf(
    tmp_path: Path, make_doc: DocFactory, profile: Profile, mini_pack: RulePack
) -> None:
    text = decree_text(
        "Tim Kerja Pembangunan Zona Integritas", number="KEP-12/SES/2021", date="1 Pebruari 2021"
    )
    make_corpus(tmp_path, {"sk.pdf": text})
    [source] = discover(tmp_path, [])
    from_pdf = Analyzer(mini_pack.kinds, mini_pack.questions).analyse(
        source, extract(source, ExtractSettings(ocr=False))
    )
    in_memory = make_doc("sk.pdf", text).facts
    assert (
        from_pdf.kind,
        from_pdf.title.text,
        from_pdf.number.value,
        from_pdf.enacted,
        from_pdf.years,
    ) == (
        in_memory.kind,
        in_memory.title.text,
        in_memory.number.value,
        in_memory.enacted,
        in_memory.years,
    )


def test_analyse_does_not_need_the_file(profile: Profile, mini_pack: RulePack) -> None:
    facts = Analyzer(mini_pack.kinds, mini_pack.questions).analyse(
        source_file("x.pdf"), extraction_of([decree_text(AGEN)])
    )
    assert facts.kind == "decree"


def test_unit_name_wrapped_in_a_real_pdf_is_not_listed_truncated(
    tmp_path: Path, profile: Profile, mini_pack: RulePack
) -> None:
    make_corpus(
        tmp_path,
        {
            "sk.pdf": decree_text(
                "Penetapan Agen Perubahan Tahun 2021",
                unit="Kedeputian Bidang Administrasi",
                issuer="Deputi Sekretaris Kabinet Bidang Administrasi",
            )
        },
    )
    [source] = discover(tmp_path, [])
    extraction = extract(source, ExtractSettings(ocr=False))
    assert (
        "DEPUTI SEKRETARIS KABINET BIDANG\nADMINISTRASI," in extraction.pages[0].text
    )  # wrapped by the PDF
    facts = Analyzer(mini_pack.kinds, mini_pack.questions).analyse(source, extraction)
    assert [u.name for u in sorted(facts.units, key=lambda u: u.fact.start)] == [
        "SEKRETARIAT KABINET REPUBLIK INDONESIA",
        "KEDEPUTIAN BIDANG ADMINISTRASI",
        "DEPUTI SEKRETARIS KABINET BIDANG ADMINISTRASI",
    ]


# --- issue 4: the mechanisms behind the labelled facts ------------------------------------------


@pytest.fixture(scope="module")
def bundled() -> RulePack:
    from checker import rulepack

    return rulepack.load()


PROFILE_DKK = Profile(unit=UNIT, year=2021, aliases=("DKK",), parents=("Sekretariat Kabinet",))
DINKES_SHORT = Profile(unit="Dinas Kesehatan", year=2022, parents=("Pemerintah Kabupaten Bantul",))


def _facts(pack: RulePack, path: str, *pages: str) -> Facts:
    return Analyzer(pack.kinds, pack.questions).analyse(source_file(path), extraction_of(pages))




def test_cleaned_text_maps_offsets_back_to_the_page() -> None:
    from checker.analyse.text import Cleaned

    page = "LAPORAN CAPAIAN KINER-\nJA  TRIWULAN III\nTAHUN 2O21"
    clean = Cleaned(page)
    assert clean.text == "LAPORAN CAPAIAN KINERJA TRIWULAN III\nTAHUN 2O21"
    start = clean.text.index("TRIWULAN")
    assert page[clean.origin(start) : clean.origin(start) + 8] == "TRIWULAN"


@pytest.mark.parametrize(
    "number", ["NOMOR: / /SK/2016", "NOMOR KEP-......./KPP.5410/2022", "NOMOR KEP- /DKK/ /2021"]
)
def test_a_templates_blank_number_is_no_number(bundled: RulePack, number: str) -> None:
    text = f"# KEPUTUSAN DEPUTI\n# {number}\n# TENTANG\n# TIM KERJA\n> Ditetapkan di Jakarta\n" \
           "> pada tanggal ............ 2016\n> DEPUTI,"
    facts = _facts(bundled, "sk.pdf", text)
    assert (facts.number, facts.date, facts.period) == (None, None, Period(2016, 2016))


def test_numbers_in_addresses_and_cited_laws_are_not_the_documents(bundled: RulePack) -> None:
    text = (
        "# PEMERINTAH KABUPATEN BANTUL\n# DINAS KESEHATAN\nJalan Kesehatan Nomor 1, Bantul 55714\n"
        "# LAPORAN MONITORING ZONA INTEGRITAS\n# TAHUN 2022\n"
        "Berdasarkan Peraturan Menteri PANRB Nomor 90 Tahun 2021 tentang Zona Integritas."
    )
    assert _facts(bundled, "lap.pdf", text).number is None


@pytest.mark.parametrize(
    ("written", "expected"),
    [("I9 Juli 2O21", dt.date(2021, 7, 19)), ("l4 Juli 2021", dt.date(2021, 7, 14)),
     ("2O Agustus 2O21", dt.date(2021, 8, 20))],
)
def test_a_scans_digits_in_dates(make_doc: DocFactory, written: str, expected: dt.date) -> None:
    assert make_doc("sk.pdf", decree_text(AGEN, date=written)).facts.enacted == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [("Hari/Tanggal : Senin, 11 Januari 2021", dt.date(2021, 1, 11)),
     ("Pada hari ini Senin tanggal Empat bulan Januari tahun Dua Ribu Dua Puluh Satu, kami", dt.date(2021, 1, 4)),
     ("Day/Date : Monday, 14 March 2022", dt.date(2022, 3, 14))],
)
def test_a_meetings_date_fields_and_spelled_dates(bundled: RulePack, line: str, expected: dt.date) -> None:
    facts = _facts(bundled, "notulen.pdf", f"# NOTULEN RAPAT\n# EVALUASI ZONA INTEGRITAS\n{line}\nTempat : Aula")
    assert facts.enacted == expected


def test_an_english_date_in_the_signature(bundled: RulePack) -> None:
    facts = _facts(bundled, "r.pdf", "# ANNUAL PERFORMANCE REPORT 2021\nText.\n> Semarang, February 25, 2022\n> Dean,")
    assert (facts.kind, facts.enacted, facts.period) == ("performance_report", dt.date(2022, 2, 25), Period(2021, 2021))


def test_a_cover_letter_with_its_decree_attached_gives_the_letters_facts(bundled: RulePack) -> None:
    letter = (
        "# SEKRETARIAT KABINET REPUBLIK INDONESIA\n# KEDEPUTIAN BIDANG DUKUNGAN KERJA KABINET\n"
        "Nomor : B-5/DKK/01/2022\nHal : Penyampaian Keputusan Deputi tentang Tim Kerja\n> 7 Januari 2022\n"
        "Yth. Sekretaris Kabinet\nBersama ini kami sampaikan Keputusan Deputi Nomor 9 Tahun 2021.\n> Deputi,"
    )
    facts = _facts(bundled, "SK Tim + pengantar.pdf", letter, decree_text("Tim Kerja Tahun 2021", date="28 Desember 2021"))
    assert (facts.kind, facts.number.value, facts.enacted, facts.title.text) == (
        "memo", "B-5/DKK/01/2022", dt.date(2022, 1, 7), "Penyampaian Keputusan Deputi tentang Tim Kerja")


@pytest.mark.parametrize(("regency", "role"), [("SLEMAN", UnitRole.OTHER), ("BANTUL", UnitRole.SELF)])
def test_a_short_unit_name_is_the_units_only_under_its_own_regency(
    bundled: RulePack, regency: str, role: UnitRole
) -> None:
    text = f"# PEMERINTAH KABUPATEN {regency}\n# DINAS KESEHATAN\n# STANDAR PELAYANAN\n# TAHUN 2022\nBiaya : nihil"
    facts = _facts(bundled, "sp.pdf", text)
    assert about(facts, DINKES_SHORT) == [("DINAS KESEHATAN", role)]


def test_an_alias_followed_by_another_place_is_another_unit(bundled: RulePack) -> None:
    facts = _facts(bundled, "LKj DKK.pdf", "# LAPORAN KINERJA\n# DKK SEMARANG\n# TAHUN 2020\nText.")
    assert about(facts, PROFILE_DKK) == [("DKK SEMARANG", UnitRole.OTHER)]


def test_units_joined_by_dan_in_a_title_are_both_its_subjects(bundled: RulePack) -> None:
    text = decree_text("Penetapan Kedeputian Bidang Dukungan Kerja Kabinet dan Kedeputian Bidang Administrasi "
                       "sebagai Unit Percontohan")
    facts = _facts(bundled, "sk.pdf", text)
    assert set(about(facts, PROFILE_DKK)) >= {
        ("KEDEPUTIAN BIDANG DUKUNGAN KERJA KABINET", UnitRole.SELF),
        ("KEDEPUTIAN BIDANG ADMINISTRASI", UnitRole.OTHER),
    }


def test_a_cover_title_stops_at_the_body(bundled: RulePack) -> None:
    text = "# DAFTAR HADIR\n# SOSIALISASI ZONA INTEGRITAS\nHari/Tanggal : Kamis, 11 Februari 2021\nNo | Nama"
    assert _facts(bundled, "dh.pdf", text).title.text == "DAFTAR HADIR SOSIALISASI ZONA INTEGRITAS"


def test_a_signatorys_office_wrapped_over_lines_is_read_whole(bundled: RulePack) -> None:
    text = "# LAPORAN KEGIATAN\n# SOSIALISASI 2021\nText.\n> Jakarta, 5 Juli 2021\n" \
           "> Deputi Sekretaris Kabinet Bidang Dukungan Kerja\n> Kabinet,\n> Ratna"
    facts = _facts(bundled, "lap.pdf", text)
    assert [(u.role, u.about) for u in resolved(facts, PROFILE_DKK)] == [(UnitRole.SELF, True)]
