"""Facts as real text layers and scans print them: numbers in pieces, dates stacked or cut, labels
misread, an enactment without its day, a cited regulation's number. Page texts as a text layer
gives them, analysed by the real analyser."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import docx

from checker.extract import ExtractSettings, extract
from checker.identity import Identity
from checker.model import Document, Profile, UnitRole
from tests.conftest import DocFactory, source_file


def test_a_number_a_scan_broke_at_its_slashes_is_read_whole(make_doc: DocFactory) -> None:
    doc = make_doc("sp.pdf", "Pusat Pengembangan SDM Aparatur\nNomor: 1 53 Per/07.01 IBP N2019\n"
                             "STANDAR PELAYANAN PENGADUAN PUBLIK\nStandar pelayanan pengaduan publik adalah ...")
    assert doc.facts.number is not None
    assert doc.facts.number.text == "1 53 Per/07.01 IBP N2019"


def test_a_misread_number_label_still_labels_the_number(make_doc: DocFactory) -> None:
    doc = make_doc("sk.pdf", "KEPUTUSAN DIREKTUR POLITEKNIK NEGERI BANDUNG\nNOMOEF B/77/PL1/HK.02.00/2024\nTENTANG\n"
                             "MAKLUMAT PELAYANAN PADA POLITEKNIK NEGERI BANDUNG\nMenimbang : a. bahwa ...")
    assert doc.facts.number is not None and doc.facts.number.value == "B/77/PL1/HK.02.00/2024"


def test_a_cited_regulations_number_in_a_plans_basis_is_not_the_plans(make_doc: DocFactory) -> None:
    doc = make_doc("rk.pdf", "DOKUMEN RENCANA KERJA\nPEMBANGUNAN ZONA INTEGRITAS\nBALAI PENGELOLA ALIH TEKNOLOGI PERTANIAN\n"
                             "2021\nA. Dasar\nPeraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi\n"
                             "nomor 52 tahun 2014 tanggal 17 Oktober 2014 tentang Pedoman Pembangunan Zona Integritas.")
    assert doc.facts.number is None


def test_a_date_whose_year_a_narrow_column_put_under_it(make_doc: DocFactory) -> None:
    doc = make_doc("lap.pdf", "LAPORAN MONITORING DAN EVALUASI PENILAIAN RISIKO\nSEMESTER I TAHUN 2022\n\n"
                              "Penilaian risiko telah direviu ulang.\nPontianak, 30 Juni\n2022\nMengetahui,\nKetua Tim SPIP")
    assert doc.facts.day == dt.date(2022, 6, 30)


def test_an_enactment_whose_label_the_scan_lost(make_doc: DocFactory) -> None:
    doc = make_doc("sk.pdf", "KEPUTUSAN KEPALA BALAI\nNOMOR 16/Kpts/KU.040/H.1.1/1/2021\nTENTANG\nPENGANGKATAN AGEN PERUBAHAN\n"
                             "Menimbang : a. bahwa ...\nKeempat : Keputusan ini mulai berlaku pada tanggal ditetapkan.\n"
                             "Ditetapkan di : Bogor\ns:4 Januari 2021\nKEPALA BALAI,")
    assert doc.facts.day == dt.date(2021, 1, 4)


def test_an_enactment_without_its_day_takes_the_day_its_annex_repeats(make_doc: DocFactory) -> None:
    body = ("KEPUTUSAN INSPEKTUR KABUPATEN JOMBANG\nNOMOR : 188/17/415.15/2020\nTENTANG\n"
            "RENCANA KINERJA TAHUNAN INSPEKTORAT KABUPATEN JOMBANG TAHUN 2020\nMenimbang : a. bahwa ...\n"
            "KEEMPAT : Keputusan ini mulai berlaku sejak tanggal ditetapkan.\nDitetapkan di Jombang\nPada tanggal")
    annex = ("Januari\n2020\nINSPEKTUR KABUPATEN\nJOMBANG,\nLAMPIRAN : KEPUTUSAN INSPEKTUR KABUPATEN JOMBANG\n"
             "NOMOR : 188/17/415.15/2020\nTANGGAL : 17\nJanuari\n2020")
    doc = make_doc("rkt.pdf", body, annex)
    assert (doc.facts.day, doc.facts.date_precision) == (dt.date(2020, 1, 17), "day")


def test_a_running_header_over_the_letterhead_is_not_the_title(make_doc: DocFactory) -> None:
    page = ("Laporan Monev ZI Dinas Contoh - Triwulan {n} 2023 - hal. {n}\nPEMERINTAH KABUPATEN CONTOH\n"
            "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL\nJalan Veteran Nomor 17 Contoh\n"
            "LAPORAN MONITORING DAN EVALUASI\nPEMBANGUNAN ZONA INTEGRITAS\nTRIWULAN I TAHUN 2023\nA. Dasar\n...")
    doc = make_doc("monev.pdf", page.format(n=1), "Laporan Monev ZI Dinas Contoh - Triwulan 1 2023 - hal. 2\nDemikian.")
    assert doc.facts.title is not None
    assert doc.facts.title.text == "LAPORAN MONITORING DAN EVALUASI PEMBANGUNAN ZONA INTEGRITAS TRIWULAN I TAHUN 2023"


def test_a_one_page_reports_header_in_small_letters_over_the_ministry_is_not_the_title(make_doc: DocFactory) -> None:
    doc = make_doc("ti.pdf", "Laporan Monitoring Pemanfaatan TI - KPP Pratama Contoh - Semester I 2024\n"
                             "KEMENTERIAN KEUANGAN REPUBLIK INDONESIA\nDIREKTORAT JENDERAL PAJAK\n"
                             "KANTOR PELAYANAN PAJAK PRATAMA CONTOH\nLAPORAN MONITORING DAN EVALUASI PEMANFAATAN TEKNOLOGI\n"
                             "INFORMASI SEMESTER I TAHUN 2024\nMonitoring dilakukan setiap bulan.")
    assert doc.facts.title is not None and doc.facts.title.text.startswith("LAPORAN MONITORING DAN EVALUASI PEMANFAATAN")


def test_a_teams_term_of_office_is_how_long_its_decree_holds(make_doc: DocFactory) -> None:
    doc = make_doc("sk.pdf", "KEPUTUSAN DEKAN FAKULTAS TEKNIK\nNOMOR 0231/UN88.5/KP/2024\nTENTANG\nPENETAPAN AGEN PERUBAHAN\n"
                             "Menimbang : a. bahwa ...\nKEDUA : Masa tugas Agen Perubahan terhitung mulai tanggal 02/01/2024 "
                             "sampai dengan\n: 31/12/2025.\nKETIGA : Keputusan ini mulai berlaku pada tanggal ditetapkan.")
    assert doc.facts.valid_until is not None and doc.facts.valid_until.value == 2025


def test_a_title_block_line_with_specks_after_it_still_ends_in_its_period(make_doc: DocFactory) -> None:
    doc = make_doc("sk.pdf", "KEPUTUSAN DEKAN FAKULTAS TEKNIK\n. NOMOR 0231/UN88.5/KP/2024\n| TENTANG i\n"
                             "PENETAPAN AGEN PERUBAHAN FAKULTAS TEKNIK\n: PERIODE 2024-2025 : :\n\nDEKAN FAKULTAS TEKNIK,\n"
                             "Menimbang : a. bahwa ...")
    assert doc.facts.title is not None and doc.facts.title.text == "PENETAPAN AGEN PERUBAHAN FAKULTAS TEKNIK PERIODE 2024-2025"
    assert doc.facts.period is not None and (doc.facts.period.start, doc.facts.period.end) == (2024, 2025)


def test_a_period_written_as_two_dates_in_the_title_is_its_year(make_doc: DocFactory) -> None:
    doc = make_doc("skm.pdf", "LAPORAN HASIL PENGUKURAN\nKEPUASAN PENGGUNA LAYANAN FAKULTAS TEKNIK\nPeriode 01/01/2024 - 31/12/2024\n"
                              "1. Dasar dan metode\nPengukuran dilaksanakan sesuai Peraturan Menteri PANRB\n"
                              "Nomor 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat.\n"
                              "Kalimaya, 10/01/2025\nDekan,")
    assert doc.facts.period is not None and (doc.facts.period.start, doc.facts.period.end) == (2024, 2024)
    assert doc.facts.number is None  # the cited regulation's, wrapped onto a line of its own


def test_a_hospital_named_after_a_person_keeps_his_titles_in_its_name(make_doc: DocFactory) -> None:
    doc = make_doc("monev.pdf", "PEMERINTAH KOTA CONTOH\nRUMAH SAKIT UMUM DAERAH dr. R.\nSOEDARSONO\nJalan Pahlawan 1 Contoh\n"
                                "LAPORAN MONITORING DAN EVALUASI PEMBANGUNAN ZONA INTEGRITAS\n"
                                "RSUD dr. R. SOEDARSONO TRIWULAN I TAHUN 2024\n1. Pelaksanaan rapat monev.")
    assert doc.facts.units[0].name == "RUMAH SAKIT UMUM DAERAH dr. R. SOEDARSONO" and doc.facts.units[0].about


def test_the_year_a_title_names_wins_over_a_date_it_mentions(make_doc: DocFactory) -> None:
    doc = make_doc("rekap.pdf", "REKAPITULASI KEPATUHAN LHKPN DAN LHKASN DINAS CONTOH TAHUN 2024\n"
                                "(PELAPORAN HARTA PER 31 DESEMBER 2023)\nKategori | Wajib Lapor | Sudah Melapor")
    assert doc.facts.period is not None and (doc.facts.period.start, doc.facts.period.end) == (2024, 2024)


def _about_self(doc: Document, profile: Profile) -> list[str]:
    return [u.name for u in Identity(profile).units(doc.facts) if u.about and u.role is UnitRole.SELF]


def test_a_road_agency_keeps_jalan_in_its_name_and_its_address_does_not(make_doc: DocFactory) -> None:
    doc = make_doc("renstra.pdf", "KEMENTERIAN PEKERJAAN UMUM DAN PERUMAHAN RAKYAT\nDIREKTORAT JENDERAL BINA MARGA\n"
                                  "RENCANA STRATEGIS\nTAHUN 2020 - 2024\nBALAI PELAKSANAAN JALAN NASIONAL SUMATERA BARAT\n"
                                  "Jalan Khatib Sulaiman Nomor 86, Padang\n2020")
    profile = Profile(unit="Balai Pelaksanaan Jalan Nasional Sumatera Barat", year=2022,
                      parents=("Direktorat Jenderal Bina Marga",))
    assert _about_self(doc, profile) == ["BALAI PELAKSANAAN JALAN NASIONAL SUMATERA BARAT"]
    letter = make_doc("nd.pdf", "DINAS KESEHATAN KOTA CONTOH Jalan Merdeka Nomor 5\nNOTA DINAS\nHal : Undangan")
    assert all("Jalan" not in u.name for u in letter.facts.units)


def test_a_name_with_a_number_in_words_runs_on(make_doc: DocFactory) -> None:
    doc = make_doc("rekap.pdf", "PEMERINTAH KOTA PEKALONGAN\nDINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU\n"
                                "Jalan Sriwijaya Nomor 44 Pekalongan\nREKAPITULASI PENGADUAN MASYARAKAT\n"
                                "TRIWULAN III TAHUN 2022\nNo Tanggal Saluran Uraian")
    profile = Profile(unit="Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Pekalongan", year=2022,
                      parents=("Pemerintah Kota Pekalongan",))
    assert _about_self(doc, profile) == ["DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU"]


def test_a_police_letterhead_names_the_resort_on_its_own_line(make_doc: DocFactory) -> None:
    doc = make_doc("sprin.pdf", "KEPOLISIAN NEGARA REPUBLIK INDONESIA\nDAERAH NUSA TENGGARA BARAT\nRESOR LOMBOK TENGAH\n"
                                "SURAT PERINTAH\nNomor: Sprin/234/III/RES.1.24/2023\nPertimbangan : bahwa ...\n"
                                "Dikeluarkan di : Praya\npada tanggal : 10 Maret 2023\nKEPALA KEPOLISIAN RESOR LOMBOK TENGAH")
    profile = Profile(unit="Polres Lombok Tengah", year=2023, parents=("Polda NTB", "Polri"))
    assert _about_self(doc, profile) == ["RESOR LOMBOK TENGAH"]
    assert doc.facts.day == dt.date(2023, 3, 10)  # a police order is "Dikeluarkan di ... pada tanggal"


def test_a_signature_date_whose_place_the_scan_ate_still_dates_the_report(make_doc: DocFactory) -> None:
    doc = make_doc("skm.pdf", "LAPORAN SURVEI KEPUASAN MASYARAKAT\nSEMESTER II TAHUN 2022\n\nHasil survei ...\n"
                              "apado, 9 Januari 2023\nKepala Kantor,\n\nAndreas F. Lumintang\nNIP 197504122000031001")
    assert doc.facts.day == dt.date(2023, 1, 9)


def test_a_date_field_with_scan_noise_after_its_label(make_doc: DocFactory) -> None:
    doc = make_doc("nd.pdf", "NOTA DINAS\nNOMOR KU.01.01/D.XXXVI/0215/2023\nYth. : Ketua Tim\nDari : Direktur Utama\n"
                             "Hal : Tindak Lanjut Hasil Penilaian\nTanggal = : 13 Februari 2023\n\nSehubungan dengan ...")
    assert doc.facts.day == dt.date(2023, 2, 13)


def test_a_letterhead_in_a_docx_table_beside_its_emblem_keeps_its_lines(tmp_path: Path) -> None:
    document = docx.Document()
    row = document.add_table(rows=1, cols=2).rows[0]
    row.cells[0].text = ""  # the emblem's cell
    row.cells[1].text = "KEMENTERIAN AGAMA REPUBLIK INDONESIA"
    row.cells[1].add_paragraph("KANTOR KEMENTERIAN AGAMA KABUPATEN TEMANGGUNG")
    row.cells[1].add_paragraph("Jalan Pahlawan Nomor 48 Temanggung")
    document.add_paragraph("NOTA DINAS")
    data = document.add_table(rows=2, cols=2)
    data.cell(0, 0).text, data.cell(0, 1).text = "No", "Uraian"
    data.cell(1, 0).text, data.cell(1, 1).text = "1", "Rapat"
    path = tmp_path / "nd.docx"
    document.save(path)
    text = extract(replace(source_file("nd.docx"), abspath=path), ExtractSettings(ocr=False)).pages[0].text
    assert text.splitlines()[:3] == ["KEMENTERIAN AGAMA REPUBLIK INDONESIA",
                                     "KANTOR KEMENTERIAN AGAMA KABUPATEN TEMANGGUNG", "Jalan Pahlawan Nomor 48 Temanggung"]
    assert "No | Uraian" in text  # a table of data keeps its rows
