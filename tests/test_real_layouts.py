"""Facts as real text layers and scans print them: numbers in pieces, dates stacked or cut, labels
misread, an enactment without its day, a cited regulation's number. Page texts as a text layer
gives them, analysed by the real analyser."""

from __future__ import annotations

import datetime as dt

from tests.conftest import DocFactory


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
