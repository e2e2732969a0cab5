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
