"""Unit 3: Fakultas Teknik Universitas Negeri Kalimaya (WBBM, 2025).

The university, its faculty, the other university (Universitas Negeri Sekar Arum), people and numbers are
invented. Run: python tests/blind/_tools/build_unit3.py
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import RL, Docx, docx_pdf, make_logo, merge_pdfs, scan_pdf, truncated_pdf  # noqa: E402

ROOT = Path(__file__).resolve().parents[1] / "ft_universitas_negeri_kalimaya"
EV = ROOT / "evidence"
A1, A2, A3 = "01. MANAJEMEN PERUBAHAN", "02. PENATAAN TATALAKSANA", "03. PENATAAN SDM"
A4, A5, A6 = "04. AKUNTABILITAS", "05. PENGUATAN PENGAWASAN", "06. PELAYANAN PUBLIK"

MIN25 = "KEMENTERIAN PENDIDIKAN TINGGI, SAINS, DAN TEKNOLOGI"
MIN24 = "KEMENTERIAN PENDIDIKAN, KEBUDAYAAN, RISET, DAN TEKNOLOGI"
ADDR = ["Jalan Cendana Raya Nomor 9, Kampus Sekarjati, Kalimaya 65221, Telepon (0341) 778900",
        "Laman: ft.unk.ac.id   Surel: ft@unk.ac.id"]
KOP25 = [MIN25, "UNIVERSITAS NEGERI KALIMAYA", "FAKULTAS TEKNIK"]
KOP24 = [MIN24, "UNIVERSITAS NEGERI KALIMAYA", "FAKULTAS TEKNIK"]
KOP_SA = [MIN24, "UNIVERSITAS NEGERI SEKAR ARUM", "FAKULTAS TEKNIK"]
ADDR_SA = ["Jalan Flamboyan Nomor 21, Sekar Arum 67131, Telepon (0335) 420115", "Laman: ft.unsa.ac.id   Surel: teknik@unsa.ac.id"]

DEKAN = "Prof. Dr. Ir. Wahyu Adi Nugroho, S.T., M.T."
DEKAN_NIP = "NIP 197205191998031001"
FT = "Fakultas Teknik Universitas Negeri Kalimaya"
FT_UP = FT.upper()


def kop(d, lines=KOP25, addr=ADDR, logo=None):
    d.kop(lines, addr, logo, sizes=[11, 13, 13])


def sk_head(d, logo, nomor, tentang, lines=KOP25, addr=ADDR, issuer="DEKAN FAKULTAS TEKNIK UNIVERSITAS NEGERI KALIMAYA"):
    kop(d, lines, addr, logo)
    d.center("KEPUTUSAN " + issuer, after=0)
    d.center("NOMOR " + nomor, bold=False, after=6)
    d.center("TENTANG", bold=False, after=6)
    d.center(tentang, after=8)
    d.center(issuer + ",", after=8)


def sk_tim(work, logo):
    d = Docx(size=10.5, margins=(1.5, 1.5, 2.5, 2.0))
    sk_head(d, logo, "0012/UN88.5/KP/2025",
            "TIM KERJA PEMBANGUNAN ZONA INTEGRITAS MENUJU WILAYAH BIROKRASI BERSIH DAN MELAYANI FAKULTAS TEKNIK UNIVERSITAS NEGERI KALIMAYA TAHUN 2025")
    d.labeled("Menimbang", [
        "bahwa Fakultas Teknik Universitas Negeri Kalimaya telah memperoleh predikat Wilayah Bebas dari Korupsi dan diusulkan menuju Wilayah Birokrasi Bersih dan Melayani (WBBM) pada tahun 2025;",
        "bahwa untuk itu perlu menetapkan tim kerja yang mewakili pimpinan, dosen, tenaga kependidikan dan unit layanan fakultas;",
        "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan Keputusan Dekan;",
    ])
    d.labeled("Mengingat", [
        "Peraturan Menteri PANRB Nomor 90 Tahun 2021 tentang Pembangunan dan Evaluasi Zona Integritas Menuju WBK dan WBBM di Instansi Pemerintah;",
        "Peraturan Rektor Universitas Negeri Kalimaya Nomor 7 Tahun 2023 tentang Pedoman Pembangunan Zona Integritas di Lingkungan Universitas Negeri Kalimaya;",
    ], letters=["1.", "2."])
    d.center("MEMUTUSKAN:", after=6)
    d.diktum([
        ("KESATU", "Menetapkan Tim Kerja Pembangunan Zona Integritas Menuju WBBM Fakultas Teknik Universitas Negeri Kalimaya Tahun 2025 dengan susunan sebagaimana tercantum dalam Lampiran."),
        ("KEDUA", "Tim Kerja bertugas menyusun dan melaksanakan rencana kerja pembangunan Zona Integritas, melakukan monitoring dan evaluasi setiap triwulan, dan melaporkannya kepada Dekan."),
        ("KETIGA", "Biaya pelaksanaan Keputusan ini dibebankan pada anggaran Fakultas Teknik Tahun 2025."),
        ("KEEMPAT", "Keputusan ini berlaku sejak tanggal ditetapkan sampai dengan 31/12/2025."),
    ])
    d.signature(["DEKAN,"], DEKAN, DEKAN_NIP, place_date="Ditetapkan di Kalimaya\npada tanggal 06/01/2025")
    d.pagebreak()
    d.para("LAMPIRAN KEPUTUSAN DEKAN NOMOR 0012/UN88.5/KP/2025 TANGGAL 06/01/2025", bold=True, align="left", size=9.5, after=6)
    rows = [["No", "Kedudukan", "Nama", "Unsur"],
            ["1", "Pengarah", "Prof. Dr. Ir. Wahyu Adi Nugroho, S.T., M.T.", "Dekan"],
            ["2", "Ketua", "Dr. Eng. Fajar Ramadhan, S.T., M.T.", "Wakil Dekan Bidang Umum dan Keuangan"],
            ["3", "Sekretaris", "Suharti, S.E., M.M.", "Kepala Bagian Tata Usaha"],
            ["4", "Koordinator Manajemen Perubahan", "Dr. Ratna Sari Dewi, S.T., M.Eng.", "Wakil Dekan Bidang Akademik"],
            ["5", "Koordinator Penataan Tatalaksana", "Aditya Nugraha, S.Kom., M.Kom.", "Dosen, Kepala Unit Sistem Informasi"],
            ["6", "Koordinator Penataan SDM", "Dwi Hartati, S.Sos.", "Koordinator Kepegawaian"],
            ["7", "Koordinator Penguatan Akuntabilitas", "Dr. Bima Sakti Prakoso, S.T., M.T.", "Ketua Gugus Penjaminan Mutu"],
            ["8", "Koordinator Penguatan Pengawasan", "Lestiana Purnamasari, S.E., M.Ak.", "Koordinator Keuangan"],
            ["9", "Koordinator Pelayanan Publik", "Dr. Indah Permatasari, M.Pd.", "Wakil Dekan Bidang Kemahasiswaan"],
            ["10", "Anggota", "Rudi Hermawan, A.Md.", "Pelaksana Layanan Akademik"],
            ["11", "Anggota", "Nur Fadilah, S.T.", "Laboran"],
            ["12", "Anggota", "Yoga Pratama, S.Kom.", "Pranata Komputer"]]
    d.table(rows, widths=[1.0, 5.0, 5.4, 5.1], size=9.5)
    return docx_pdf(d, EV / A1 / "1.1 Tim Kerja/SK Tim ZI FT 2025.pdf", work)


def rkt(work, logo):
    rl = RL(EV / A1 / "1.2 Rencana Kerja/Rencana Kerja 2025.pdf", base="Serif", size=11, footer="RKT Fakultas Teknik UNK | {page}")
    rl.sp(2.5)
    rl.image(logo, 3.2)
    rl.sp(0.8)
    rl.p("RENCANA KERJA TAHUNAN", "title")
    rl.p("FAKULTAS TEKNIK<br/>UNIVERSITAS NEGERI KALIMAYA", "title")
    rl.sp(0.5)
    rl.p("TAHUN 2025", "title")
    rl.sp(6)
    rl.p("Kalimaya, 12/12/2024", "center")
    rl.br()
    rl.p("BAB I PENDAHULUAN", "h1")
    rl.p("Rencana Kerja Tahunan (RKT) Fakultas Teknik merupakan penjabaran Rencana Strategis Fakultas ke dalam program dan kegiatan satu tahun anggaran, dan menjadi dasar penyusunan Rencana Kegiatan dan Anggaran Fakultas.")
    rl.p("BAB II PROGRAM DAN KEGIATAN", "h1")
    rl.table([["Sasaran", "Program / kegiatan", "Indikator", "Target", "Anggaran (Rp)"],
              ["Meningkatnya kualitas lulusan", "Penguatan kurikulum berbasis OBE; magang industri", "Lulusan bekerja < 6 bulan", "75%", "1.450.000.000"],
              ["Meningkatnya mutu program studi", "Persiapan akreditasi internasional dua prodi", "Prodi terakreditasi internasional", "2 prodi", "920.000.000"],
              ["Meningkatnya luaran riset", "Hibah penelitian internal; insentif publikasi", "Artikel bereputasi internasional", "85 artikel", "1.800.000.000"],
              ["Meningkatnya hilirisasi", "Kerja sama industri dan paten", "Kerja sama aktif", "40", "350.000.000"],
              ["Tata kelola yang baik", "Pemeliharaan sarana laboratorium; layanan administrasi", "Opini audit internal", "Tanpa temuan material", "2.730.000.000"]],
             [3.4, 4.6, 3.4, 2.0, 3.1], zebra=True)
    rl.p("BAB III PENUTUP", "h1")
    rl.p("RKT ini dilaksanakan oleh seluruh unit di lingkungan Fakultas Teknik dan dipantau melalui rapat pimpinan setiap bulan.")
    rl.signature(["Dekan,"], DEKAN, DEKAN_NIP)
    return rl.build()


def monev_q1(work, logo):
    d = Docx(font="Arial", size=10)
    kop(d, logo=logo)
    d.center("INTEGRITY ZONE MONITORING AND EVALUATION REPORT", size=12.5, after=0)
    d.center("FIRST QUARTER 2025", after=0)
    d.center("FACULTY OF ENGINEERING, UNIVERSITAS NEGERI KALIMAYA", after=10)
    d.para("**1. Basis**", after=2)
    d.para("Dean's Decree No. 0012/UN88.5/KP/2025 on the Integrity Zone Working Team toward WBBM 2025, and the faculty's 2025 Integrity Zone work plan.", indent=0.5)
    d.para("**2. Meeting**", after=2)
    d.para("The monitoring meeting was held on 28/03/2025 in the Dean's meeting room and chaired by the Dean, attended by the vice deans, the six area coordinators and team members (attendance list attached). Each coordinator reported the realisation of the planned actions for January-March 2025.", indent=0.5)
    d.para("**3. Results**", after=4)
    d.table([["Area", "Actions due by 31/03/2025", "Completed", "%", "Notes"],
             ["Change management", "5", "5", "100", "-"],
             ["Governance (tatalaksana)", "4", "3", "75", "One action moved to April"],
             ["Human resources", "4", "4", "100", "-"],
             ["Accountability", "3", "3", "100", "-"],
             ["Supervision", "4", "3", "75", "Awaiting the university's template"],
             ["Public service", "5", "5", "100", "-"],
             ["Total", "25", "23", "92", ""]], widths=[4.2, 3.8, 2.4, 1.4, 4.7], size=9)
    d.para("**4. Recommendations**", after=2)
    for t in ["Q1-1. Complete the two delayed actions by 30/04/2025 (governance and supervision coordinators).",
              "Q1-2. Upload the documentation of each completed action to the shared evidence drive within one week.",
              "Q1-3. Present the quarterly results to all staff at the April general meeting."]:
        d.para(t, indent=1.0, first=-0.5)
    d.signature(["Chair of the Integrity Zone Team,"], "Dr. Eng. Fajar Ramadhan, S.T., M.T.", "NIP 198003122005011002",
                left_block=(["Acknowledged by", "the Dean,"], DEKAN, DEKAN_NIP, None), place_date="Kalimaya, 04/04/2025")
    return docx_pdf(d, EV / A1 / "1.3 Monev/ZI Monitoring and Evaluation Report Q1 2025.pdf", work)


def monev_q2(work, logo):
    rl = RL(EV / A1 / "1.3 Monev/ZI Monitoring and Evaluation Report Q2 2025.pdf", base="Sans", size=10,
            footer="Integrity Zone M&E Report - Faculty of Engineering UNK - Q2 2025 - page {page}")
    rl.kop_block(KOP25, ADDR, logo)
    rl.p("INTEGRITY ZONE MONITORING AND EVALUATION REPORT", "title")
    rl.p("SECOND QUARTER 2025<br/>FACULTY OF ENGINEERING, UNIVERSITAS NEGERI KALIMAYA", "subtitle")
    rl.p("1. Meeting", "h1")
    rl.p("The second-quarter monitoring meeting was held on 27/06/2025, chaired by the Dean and attended by the vice deans, all area coordinators and 19 team members.")
    rl.p("2. Follow-up of the first-quarter recommendations", "h1")
    rl.table([["Code", "Recommendation", "Status"],
              ["Q1-1", "Complete the two delayed actions", "Done (15/04/2025 and 29/04/2025)"],
              ["Q1-2", "Upload documentation to the shared drive", "Done"],
              ["Q1-3", "Present results at the general meeting", "Done (general meeting of 17/04/2025)"]], [2, 9, 5.5])
    rl.p("3. Results April - June 2025", "h1")
    rl.table([["Area", "Actions due", "Completed", "%"],
              ["Change management", "4", "4", "100"], ["Governance (tatalaksana)", "4", "4", "100"], ["Human resources", "3", "3", "100"],
              ["Accountability", "3", "3", "100"], ["Supervision", "4", "4", "100"], ["Public service", "5", "4", "80"], ["Total", "23", "22", "96"]],
             [7, 3, 3, 3.5], zebra=True)
    rl.p("4. Recommendations", "h1")
    rl.p("Q2-1. Finish the remaining public-service action in July 2025. Q2-2. Prepare the mid-year self-assessment (LKE) with the university's internal assessment team.")
    rl.signature(["Chair of the Integrity Zone Team,"], "Dr. Eng. Fajar Ramadhan, S.T., M.T.", "NIP 198003122005011002", place_date="Kalimaya, 03/07/2025",
                 left=(["Acknowledged by", "the Dean,"], DEKAN, DEKAN_NIP))
    return rl.build()


def sk_agen(work, logo):
    d = Docx(size=10.5, margins=(1.5, 1.5, 2.5, 2.0))
    sk_head(d, logo, "0231/UN88.5/KP/2024", "PENETAPAN AGEN PERUBAHAN FAKULTAS TEKNIK UNIVERSITAS NEGERI KALIMAYA PERIODE 2024-2025", lines=KOP24)
    d.labeled("Menimbang", [
        "bahwa untuk menggerakkan perubahan pola pikir dan budaya kerja dalam pembangunan Zona Integritas diperlukan agen perubahan di setiap unsur fakultas;",
        "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Keputusan Dekan tentang Penetapan Agen Perubahan Periode 2024-2025;",
    ])
    d.labeled("Mengingat", ["Peraturan Menteri PANRB Nomor 27 Tahun 2014 tentang Pedoman Pembangunan Agen Perubahan di Instansi Pemerintah;",
                            "Peraturan Menteri PANRB Nomor 90 Tahun 2021;"], letters=["1.", "2."])
    d.center("MEMUTUSKAN:", after=6)
    d.diktum([
        ("KESATU", "Menetapkan dosen dan tenaga kependidikan sebagaimana tercantum dalam Lampiran sebagai Agen Perubahan Fakultas Teknik Universitas Negeri Kalimaya."),
        ("KEDUA", "Masa tugas Agen Perubahan terhitung mulai tanggal 02/01/2024 sampai dengan 31/12/2025."),
        ("KETIGA", "Agen Perubahan melaksanakan sekurang-kurangnya satu proyek perubahan setiap tahun dan melaporkan kontribusinya kepada Dekan setiap semester."),
        ("KEEMPAT", "Keputusan ini mulai berlaku pada tanggal ditetapkan."),
    ])
    d.signature(["DEKAN,"], DEKAN, DEKAN_NIP, place_date="Ditetapkan di Kalimaya\npada tanggal 02/01/2024")
    d.blank(1)
    d.para("LAMPIRAN: AGEN PERUBAHAN PERIODE 2024-2025", bold=True, align="left", after=4)
    d.table([["No", "Nama", "Unsur"],
             ["1", "Aditya Nugraha, S.Kom., M.Kom.", "Dosen Teknik Informatika"],
             ["2", "Dr. Sinta Maharani, S.T., M.T.", "Dosen Teknik Sipil"],
             ["3", "Rudi Hermawan, A.Md.", "Layanan Akademik"],
             ["4", "Nur Fadilah, S.T.", "Laboran Teknik Kimia"],
             ["5", "Eka Wulandari, S.E.", "Layanan Keuangan"]], widths=[1.0, 7.5, 8.0], size=10)
    src = docx_pdf(d, work / "sk_agen_src.pdf", work)
    return scan_pdf(src, EV / A1 / "1.4 Agen Perubahan/SK Agen Perubahan 2024-2025.pdf", seed=301, signer=DEKAN,
                    ring_text="UNIVERSITAS NEGERI KALIMAYA", center_lines=["FAKULTAS", "TEKNIK"], angle=0.9, speckles=800, quality=46)


def change_agents_report(logo):
    d = Docx(font="Calibri", size=10.5)
    kop(d, logo=logo)
    d.center("CHANGE AGENTS CONTRIBUTION REPORT", size=13, after=0)
    d.center("JANUARY - JUNE 2025", after=10)
    d.para("Under Dean's Decree No. 0231/UN88.5/KP/2024 (term 02/01/2024 - 31/12/2025) the five change agents of the Faculty of Engineering each led one change project in 2025. This report records what each project changed and how the change was adopted by the faculty.", indent=0.3)
    d.table([["Agent", "Project", "Result by 30/06/2025", "Adopted in"],
             ["Aditya Nugraha, S.Kom., M.Kom.", "Single sign-on for the thesis submission service", "Submission time cut from 3 days to 1 day", "Dean's circular on thesis submission, 10/03/2025"],
             ["Dr. Sinta Maharani, S.T., M.T.", "Laboratory booking calendar open to students", "Booking conflicts down from 14 to 2 per month", "Laboratory standard operating procedure, revised 02/05/2025"],
             ["Rudi Hermawan, A.Md.", "Same-day academic transcript counter", "92% of transcripts issued the same day", "Service standard annex (transcripts)"],
             ["Nur Fadilah, S.T.", "Chemical waste log for all laboratories", "Log filled in all 9 laboratories", "Laboratory safety guideline 2025"],
             ["Eka Wulandari, S.E.", "Cashless payment of student fees at the faculty", "No cash received since February 2025", "Finance service procedure 2025"]],
            widths=[3.8, 4.2, 4.2, 4.3], size=9)
    d.para("All five projects have produced a concrete change, and each change has been integrated into a faculty rule or procedure.", indent=0.3)
    d.signature(["Chair of the Integrity Zone Team,"], "Dr. Eng. Fajar Ramadhan, S.T., M.T.", "NIP 198003122005011002", place_date="Kalimaya, 07/07/2025")
    return d


def sk_ppid_sekar_arum(work, logo_sa):
    d = Docx(size=10.5, margins=(1.5, 1.5, 2.5, 2.0))
    sk_head(d, logo_sa, "1187/UN91.3/HK/2024",
            "PETUGAS PELAKSANA LAYANAN INFORMASI PUBLIK DAN DAFTAR INFORMASI PUBLIK FAKULTAS TEKNIK UNIVERSITAS NEGERI SEKAR ARUM",
            lines=KOP_SA, addr=ADDR_SA, issuer="DEKAN FAKULTAS TEKNIK UNIVERSITAS NEGERI SEKAR ARUM")
    d.labeled("Menimbang", [
        "bahwa untuk melaksanakan Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik dan Peraturan Rektor Universitas Negeri Sekar Arum tentang PPID, perlu menunjuk petugas pelaksana layanan informasi publik di Fakultas Teknik;",
        "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Keputusan Dekan Fakultas Teknik Universitas Negeri Sekar Arum;",
    ])
    d.labeled("Mengingat", ["Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik;", "Peraturan Komisi Informasi Nomor 1 Tahun 2021 tentang Standar Layanan Informasi Publik;"], letters=["1.", "2."])
    d.center("MEMUTUSKAN:", after=6)
    d.diktum([
        ("KESATU", "Menunjuk Kepala Bagian Tata Usaha Fakultas Teknik Universitas Negeri Sekar Arum sebagai koordinator pelaksana PPID Fakultas, dibantu petugas sebagaimana tercantum dalam Lampiran I."),
        ("KEDUA", "Menetapkan Daftar Informasi Publik Fakultas Teknik sebagaimana tercantum dalam Lampiran II, yang diumumkan melalui laman ft.unsa.ac.id dan dimutakhirkan setiap semester."),
        ("KETIGA", "Keputusan ini mulai berlaku pada tanggal ditetapkan."),
    ])
    d.signature(["DEKAN,"], "Prof. Dr. Ahmad Fauzan, M.T.", "NIP 196911041995121001", place_date="Ditetapkan di Sekar Arum\npada tanggal 19 Februari 2024")
    d.blank(1)
    d.para("LAMPIRAN I DAN II", bold=True, align="left", after=4)
    d.table([["No", "Petugas / informasi", "Keterangan"],
             ["1", "Koordinator: Kepala Bagian Tata Usaha FT UNSA", "Pelaksana PPID Fakultas"],
             ["2", "Petugas layanan informasi: 2 orang tenaga kependidikan", "Meja informasi lantai 1"],
             ["3", "Informasi berkala: profil, program studi, akreditasi, laporan kinerja, biaya kuliah", "Laman fakultas"],
             ["4", "Informasi serta merta: jadwal dan perubahan layanan akademik", "Laman dan media sosial"],
             ["5", "Informasi tersedia setiap saat: standar pelayanan, SOP, daftar kerja sama", "Laman dan meja informasi"]],
            widths=[1.0, 10.0, 5.5], size=10)
    return docx_pdf(d, EV / A2 / "2.3 Keterbukaan Informasi Publik/SK PPID FT.pdf", work)


def tna(work, logo):
    d = Docx(size=10.5)
    kop(d, logo=logo)
    d.center("ANALISIS KEBUTUHAN PELATIHAN (TRAINING NEEDS ANALYSIS)", after=0)
    d.center("DOSEN DAN TENAGA KEPENDIDIKAN FAKULTAS TEKNIK TAHUN 2025", after=10)
    d.para("**1. Metode**", after=2)
    d.para("Analisis dilaksanakan pada 06/01/2025 - 31/01/2025 terhadap 142 dosen dan 61 tenaga kependidikan melalui kuesioner kompetensi, hasil penilaian kinerja tahun 2024 dan standar kompetensi jabatan.", indent=0.5)
    d.para("**2. Hasil**", after=4)
    d.table([["Kelompok", "Jumlah", "Kebutuhan utama", "Bentuk", "Prioritas"],
             ["Dosen", "142", "Pembelajaran berbasis proyek; penulisan artikel internasional; sertifikasi kompetensi", "Pelatihan, lokakarya", "Tinggi"],
             ["Laboran dan teknisi", "18", "Keselamatan laboratorium; kalibrasi alat", "Pelatihan bersertifikat", "Tinggi"],
             ["Tenaga administrasi layanan", "29", "Pelayanan prima; aplikasi layanan akademik", "In-house training", "Tinggi"],
             ["Tenaga keuangan dan umum", "14", "Pengadaan barang/jasa; pelaporan keuangan", "Pelatihan, e-learning", "Sedang"]],
            widths=[3.2, 1.6, 6.3, 3.2, 2.0], size=9.5)
    d.para("**3. Tindak lanjut**", after=2)
    d.para("Kebutuhan di atas menjadi dasar rencana pengembangan kompetensi fakultas tahun 2025.", indent=0.5)
    d.signature(["Wakil Dekan Bidang Umum dan Keuangan,"], "Dr. Eng. Fajar Ramadhan, S.T., M.T.", "NIP 198003122005011002", place_date="Kalimaya, 07/02/2025")
    return docx_pdf(d, EV / A3 / "3.3 Pengembangan Kompetensi/Analisis Kebutuhan Pelatihan 2025.pdf", work)


def sk_penghargaan_truncated(work, logo):
    d = Docx(size=11)
    sk_head(d, logo, "0398/UN88.5/KP/2025", "PEMBERIAN PENGHARGAAN PEGAWAI BERPRESTASI BERDASARKAN HASIL PENILAIAN KINERJA FAKULTAS TEKNIK TAHUN 2025")
    d.para("(isi keputusan)")
    src = docx_pdf(d, work / "sk_penghargaan_src.pdf", work)
    return truncated_pdf(src, EV / A3 / "3.4 Penghargaan/SK Penghargaan Pegawai Berprestasi 2025.pdf")


def perencanaan_bundle(work, logo):
    # (a) Renstra 2025-2029: the period is on the cover and in the footers only
    r = Docx(size=11)
    r.footer("Renstra Fakultas Teknik UNK 2025–2029")
    r.blank(4)
    r.picture(logo, 3.5)
    r.blank(1)
    r.center("RENCANA STRATEGIS", size=18, after=4)
    r.center("FAKULTAS TEKNIK", size=16, after=0)
    r.center("UNIVERSITAS NEGERI KALIMAYA", size=16, after=10)
    r.center("2025 – 2029", size=18, after=60)
    r.center(MIN25, size=11, after=0)
    r.center("UNIVERSITAS NEGERI KALIMAYA", size=11)
    r.pagebreak()
    r.para("**BAB I PENDAHULUAN**", after=4)
    r.para("Rencana Strategis Fakultas Teknik disusun untuk lima tahun ke depan sebagai penjabaran Rencana Strategis Universitas Negeri Kalimaya, memuat visi, misi, tujuan, sasaran strategis, indikator kinerja dan target tahunan fakultas.")
    r.para("**BAB III TUJUAN DAN SASARAN STRATEGIS**", after=4)
    r.table([["Sasaran strategis", "Indikator kinerja", "Baseline", "Target akhir periode"],
             ["Meningkatnya kualitas lulusan", "Persentase lulusan bekerja, berwirausaha atau studi lanjut < 6 bulan", "68%", "80%"],
             ["Meningkatnya mutu program studi", "Jumlah program studi terakreditasi internasional", "1", "6"],
             ["Meningkatnya luaran riset berdampak", "Jumlah artikel bereputasi internasional per tahun", "62", "120"],
             ["Terwujudnya tata kelola yang bersih dan melayani", "Indeks kepuasan pengguna layanan fakultas", "3,41", "3,70"]],
            widths=[4.2, 6.0, 2.3, 3.5], size=9.5)
    r.para("**BAB V PENUTUP**", after=4)
    r.para("Renstra ini dijabarkan setiap tahun dalam Rencana Kerja Tahunan dan Perjanjian Kinerja Dekan.")
    pa = docx_pdf(r, work / "b1_renstra.pdf", work)
    # (b) Perjanjian Kinerja 2025
    p = Docx(size=11)
    kop(p, logo=logo)
    p.center("PERJANJIAN KINERJA TAHUN 2025", size=13, after=10)
    p.para("Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini: Prof. Dr. Ir. Wahyu Adi Nugroho, S.T., M.T., Dekan Fakultas Teknik Universitas Negeri Kalimaya, selanjutnya disebut pihak pertama, dan Prof. Dr. Heru Santoso Wibisono, M.Sc., Rektor Universitas Negeri Kalimaya, selaku atasan pihak pertama, selanjutnya disebut pihak kedua.", after=6)
    p.para("Pihak pertama berjanji akan mewujudkan target kinerja sebagaimana tercantum dalam lampiran perjanjian ini. Pihak kedua akan melakukan supervisi dan evaluasi terhadap capaian kinerja dari perjanjian ini.", after=6)
    p.table([["No", "Sasaran", "Indikator Kinerja Utama", "Target 2025"],
             ["1", "Meningkatnya kualitas lulusan", "Persentase lulusan bekerja, berwirausaha atau studi lanjut < 6 bulan", "75%"],
             ["2", "Meningkatnya mutu program studi", "Jumlah program studi terakreditasi internasional", "3"],
             ["3", "Meningkatnya luaran riset berdampak", "Jumlah artikel bereputasi internasional", "85"],
             ["4", "Terwujudnya tata kelola yang bersih dan melayani", "Indeks kepuasan pengguna layanan fakultas (skala 4)", "3,55"]],
            widths=[1.0, 5.0, 7.2, 3.0], size=9.5)
    p.signature(["Pihak Pertama,", "Dekan"], DEKAN, DEKAN_NIP, left_block=(["Pihak Kedua,", "Rektor"], "Prof. Dr. Heru Santoso Wibisono, M.Sc.", "NIP 196608121992031003", None),
                place_date="Kalimaya, 02/01/2025")
    pb = docx_pdf(p, work / "b2_pk.pdf", work)
    # (c) Keputusan Dekan penetapan IKU with manual
    k = Docx(size=10.5, margins=(1.5, 1.5, 2.5, 2.0))
    sk_head(k, logo, "0009/UN88.5/PR/2025", "PENETAPAN INDIKATOR KINERJA UTAMA FAKULTAS TEKNIK UNIVERSITAS NEGERI KALIMAYA TAHUN 2025-2029")
    k.labeled("Menimbang", ["bahwa sebagai ukuran keberhasilan pencapaian sasaran strategis fakultas perlu menetapkan Indikator Kinerja Utama (IKU) beserta manualnya;"])
    k.labeled("Mengingat", ["Peraturan Menteri PANRB Nomor 20 Tahun 2008 tentang Petunjuk Teknis Penyusunan Indikator Kinerja Utama;", "Keputusan Rektor tentang IKU Universitas Negeri Kalimaya Tahun 2025-2029;"], letters=["1.", "2."])
    k.center("MEMUTUSKAN:", after=6)
    k.diktum([("KESATU", "Menetapkan Indikator Kinerja Utama Fakultas Teknik Tahun 2025-2029 beserta manual indikator sebagaimana tercantum dalam Lampiran."),
              ("KEDUA", "Keputusan ini mulai berlaku pada tanggal ditetapkan.")])
    k.signature(["DEKAN,"], DEKAN, DEKAN_NIP, place_date="Ditetapkan di Kalimaya\npada tanggal 02/01/2025")
    k.pagebreak()
    k.para("LAMPIRAN: MANUAL INDIKATOR KINERJA UTAMA", bold=True, align="left", after=4)
    k.table([["IKU", "Definisi", "Formula", "Sumber data", "Periode", "Target 2025"],
             ["IKU-1 Lulusan mendapat pekerjaan layak", "Lulusan yang bekerja, berwirausaha atau studi lanjut dalam 6 bulan", "Jumlah lulusan memenuhi / jumlah responden tracer x 100%", "Tracer study", "Tahunan", "75%"],
             ["IKU-2 Prodi berstandar internasional", "Prodi dengan akreditasi atau sertifikasi internasional yang berlaku", "Jumlah prodi", "SK lembaga akreditasi", "Tahunan", "3"],
             ["IKU-3 Luaran riset", "Artikel pada jurnal bereputasi internasional terindeks", "Jumlah artikel terbit", "Basis data publikasi", "Semesteran", "85"],
             ["IKU-4 Kepuasan pengguna layanan", "Nilai rata-rata survei kepuasan pengguna layanan fakultas", "Rata-rata nilai unsur (skala 1-4)", "Laporan survei triwulanan", "Triwulanan", "3,55"]],
            widths=[3.0, 3.6, 3.4, 2.4, 1.8, 2.3], size=8.5)
    pc = docx_pdf(k, work / "b3_iku.pdf", work)
    return merge_pdfs([pa, pb, pc], EV / A4 / "Dokumen Perencanaan Kinerja FT UNK.pdf")


def renstra_old(work, logo):
    rl = RL(EV / A4 / "Arsip/Renstra FT 2020-2024.pdf", base="Serif", size=11, footer="Renstra FT UNK 2020-2024 | {page}")
    rl.sp(3)
    rl.image(logo, 3.2)
    rl.sp(1)
    rl.p("RENCANA STRATEGIS<br/>FAKULTAS TEKNIK UNIVERSITAS NEGERI KALIMAYA<br/>2020-2024", "title")
    rl.sp(5)
    rl.p(MIN24.replace("PENDIDIKAN, KEBUDAYAAN, RISET, DAN TEKNOLOGI", "PENDIDIKAN DAN KEBUDAYAAN") + "<br/>2020", "subtitle")
    rl.br()
    rl.p("BAB III SASARAN STRATEGIS", "h1")
    rl.table([["Sasaran", "Indikator", "Target 2024"],
              ["Meningkatnya kualitas lulusan", "Persentase lulusan bekerja < 6 bulan", "70%"],
              ["Meningkatnya mutu program studi", "Program studi terakreditasi Unggul", "5"]], [5.5, 7.5, 3.5])
    return rl.build()


def lkj_2024(work, logo):
    rl = RL(EV / A4 / "LKj FT 2024.pdf", base="Serif", size=10.5, footer="Laporan Kinerja Fakultas Teknik UNK Tahun 2024 | {page}")
    rl.kop_block(KOP25, ADDR, logo)
    rl.p("LAPORAN KINERJA FAKULTAS TEKNIK<br/>UNIVERSITAS NEGERI KALIMAYA TAHUN 2024", "title")
    rl.p("RINGKASAN EKSEKUTIF", "h1")
    rl.p("Laporan Kinerja ini menyajikan capaian Perjanjian Kinerja Dekan Tahun 2024. Dari empat sasaran, tiga sasaran mencapai atau melampaui target.")
    rl.p("CAPAIAN KINERJA", "h1")
    rl.table([["Indikator", "Target 2024", "Realisasi 2024", "Capaian", "Realisasi 2023", "Realisasi 2022", "Rata-rata fakultas teknik PTN sejenis"],
              ["Lulusan bekerja/studi lanjut < 6 bulan", "72%", "74,1%", "102,9%", "69,8%", "66,0%", "68%"],
              ["Prodi terakreditasi internasional", "2", "2", "100%", "1", "1", "1"],
              ["Artikel bereputasi internasional", "75", "81", "108,0%", "62", "55", "58"],
              ["Indeks kepuasan pengguna layanan (skala 4)", "3,50", "3,46", "98,9%", "3,41", "3,35", "-"]],
             [4.2, 1.6, 1.8, 1.6, 1.8, 1.8, 3.0], zebra=True, size=8)
    rl.p("ANALISIS", "h1")
    rl.p("Capaian lulusan dan luaran riset meningkat dibandingkan dua tahun sebelumnya dan melampaui rata-rata fakultas teknik sejenis. Indeks kepuasan pengguna layanan belum mencapai target karena keluhan antrean legalisir pada triwulan III; perbaikan dilakukan dengan loket legalisir daring mulai November 2024.")
    rl.p("REALISASI ANGGARAN", "h1")
    rl.table([["Sumber", "Pagu (Rp)", "Realisasi (Rp)", "%"], ["PNBP / BLU", "21.450.000.000", "20.311.870.000", "94,7"], ["Rupiah murni", "3.120.000.000", "3.071.400.000", "98,4"]], [5, 4, 4, 2])
    rl.signature(["Dekan,"], DEKAN, DEKAN_NIP, place_date="Kalimaya, 24/01/2025")
    return rl.build()


def sk_pengaduan_2022(work, logo):
    d = Docx(size=10.5, margins=(1.5, 1.5, 2.5, 2.0))
    sk_head(d, logo, "0456/UN88.5/KP/2022", "TIM PENGELOLA PENGADUAN MASYARAKAT FAKULTAS TEKNIK UNIVERSITAS NEGERI KALIMAYA", lines=KOP24[:0] + ["KEMENTERIAN PENDIDIKAN, KEBUDAYAAN, RISET, DAN TEKNOLOGI", "UNIVERSITAS NEGERI KALIMAYA", "FAKULTAS TEKNIK"])
    d.labeled("Menimbang", [
        "bahwa untuk menjamin pengaduan mahasiswa, orang tua dan masyarakat atas layanan fakultas ditangani secara cepat dan tuntas perlu dibentuk tim pengelola pengaduan;",
        "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Keputusan Dekan;",
    ])
    d.labeled("Mengingat", ["Peraturan Presiden Nomor 76 Tahun 2013 tentang Pengelolaan Pengaduan Pelayanan Publik;", "Peraturan Menteri PANRB Nomor 62 Tahun 2018;"], letters=["1.", "2."])
    d.center("MEMUTUSKAN:", after=6)
    d.diktum([
        ("KESATU", "Membentuk Tim Pengelola Pengaduan Masyarakat Fakultas Teknik dengan susunan sebagaimana tercantum dalam Lampiran."),
        ("KEDUA", "Tim menerima pengaduan melalui kotak saran, meja layanan, surel pengaduan.ft@unk.ac.id dan SP4N-LAPOR!, serta menindaklanjutinya paling lama 5 hari kerja."),
        ("KETIGA", "Masa kerja Tim terhitung sejak tanggal ditetapkan sampai dengan tanggal 31 Desember 2023."),
        ("KEEMPAT", "Keputusan ini berlaku sejak tanggal ditetapkan sampai dengan tanggal 31 Desember 2023."),
    ])
    d.signature(["DEKAN,"], "Prof. Dr. Ir. Joko Santosa, M.T.", "NIP 196503151990031002", place_date="Ditetapkan di Kalimaya\npada tanggal 03/10/2022")
    d.blank(1)
    d.table([["No", "Kedudukan", "Nama"], ["1", "Ketua", "Dr. Indah Permatasari, M.Pd."], ["2", "Sekretaris", "Suharti, S.E., M.M."],
             ["3", "Anggota", "Rudi Hermawan, A.Md."], ["4", "Anggota / admin SP4N-LAPOR!", "Yoga Pratama, S.Kom."]], widths=[1.0, 6.0, 9.5], size=10)
    return docx_pdf(d, EV / A5 / "5.3 Pengaduan/SK Tim Pengelola Pengaduan FT.pdf", work)


def coi_mapping(work, logo):
    rl = RL(EV / A5 / "5.5 Benturan Kepentingan/Conflict of Interest Mapping 2025.pdf", base="Sans", size=9.5, landscape_page=True, margins=(1.5, 1.5, 1.8, 1.8))
    rl.kop_block(KOP25, ADDR, logo)
    rl.p("CONFLICT OF INTEREST MAPPING", "title")
    rl.p("MAIN FUNCTIONS OF THE FACULTY OF ENGINEERING, UNIVERSITAS NEGERI KALIMAYA - 2025", "subtitle")
    rl.p("Mapping carried out on 10/02/2025 - 21/02/2025 by the Supervision working group with each unit head, covering every main function of the faculty, following the university's conflict of interest guideline (Rector's Regulation No. 4 of 2023).")
    rows = [["No", "Main function", "Situation with potential conflict of interest", "Parties", "Risk", "Control"]]
    data = [("Education", "Lecturer grading a relative's course work or thesis", "Lecturers, students", "High", "Declaration and reassignment of examiner"),
            ("Admission and student affairs", "Staff influencing scholarship selection of acquaintances", "Selection committee", "High", "Blind scoring; committee declarations"),
            ("Research", "Lecturer reviewing a grant proposal of own research group", "Reviewers", "Medium", "Recusal rule in the review system"),
            ("Community service", "Partner selection favouring a lecturer's own business", "Lecturers, partners", "Medium", "Partner disclosure form"),
            ("Academic administration services", "Priority service for relatives or gifts from service users", "Service staff", "Medium", "Queue by number; no-gift notice"),
            ("Laboratory services", "Discounted testing for companies linked to staff", "Laboratory heads", "Medium", "Tariff list; supervisor approval"),
            ("Procurement", "Committee member related to a bidder", "Procurement committee", "High", "Integrity pact; declaration per package"),
            ("Finance", "Approval of own travel claims", "Finance staff", "Medium", "Segregation of duties"),
            ("Human resources", "Promotion assessment of relatives", "Assessment team", "Medium", "Declaration and replacement of assessor")]
    rows += [[str(i), *r] for i, r in enumerate(data, 1)]
    rl.table(rows, [0.8, 4.2, 7.5, 3.8, 1.6, 7.0], zebra=True, size=8)
    rl.signature(["Coordinator of the Supervision Working Group,"], "Lestiana Purnamasari, S.E., M.Ak.", "NIP 198512092010122003", place_date="Kalimaya, 24/02/2025",
                 left=(["Approved by", "the Dean,"], DEKAN, DEKAN_NIP))
    return rl.build()


SERVICES = ["Layanan legalisir ijazah dan transkrip", "Layanan surat keterangan aktif kuliah", "Layanan cuti akademik dan aktif kembali",
            "Layanan pendaftaran seminar dan ujian skripsi", "Layanan peminjaman laboratorium", "Layanan pengujian laboratorium bagi masyarakat dan industri",
            "Layanan surat rekomendasi beasiswa", "Layanan informasi akademik", "Layanan pengaduan"]


def sk_standar_pelayanan(work, logo):
    d = Docx(size=10.5, margins=(1.5, 1.5, 2.5, 2.0))
    sk_head(d, logo, "0522/UN88.5/HK/2024", "STANDAR PELAYANAN FAKULTAS TEKNIK UNIVERSITAS NEGERI KALIMAYA", lines=KOP24)
    d.labeled("Menimbang", [
        "bahwa untuk memberikan kepastian pelayanan kepada mahasiswa, alumni, dan masyarakat perlu menetapkan standar pelayanan fakultas;",
        "bahwa rancangan standar pelayanan telah dibahas dalam forum konsultasi publik bersama perwakilan mahasiswa, alumni, dan mitra industri;",
        "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan Keputusan Dekan;",
    ])
    d.labeled("Mengingat", ["Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;", "Peraturan Menteri PANRB Nomor 15 Tahun 2014 tentang Pedoman Standar Pelayanan;"], letters=["1.", "2."])
    d.center("MEMUTUSKAN:", after=6)
    d.diktum([
        ("KESATU", "Menetapkan Standar Pelayanan Fakultas Teknik Universitas Negeri Kalimaya untuk seluruh jenis pelayanan sebagaimana tercantum dalam Lampiran, yang memuat komponen penyampaian pelayanan dan komponen pengelolaan pelayanan sesuai Peraturan Menteri PANRB Nomor 15 Tahun 2014."),
        ("KEDUA", "Keputusan ini mulai berlaku pada tanggal ditetapkan."),
    ])
    d.signature(["DEKAN,"], DEKAN, DEKAN_NIP, place_date="Ditetapkan di Kalimaya\npada tanggal 15/07/2024")
    d.pagebreak()
    d.para("LAMPIRAN: STANDAR PELAYANAN (KOMPONEN PENYAMPAIAN PELAYANAN)", bold=True, align="left", after=4)
    times = ["1 hari kerja", "1 hari kerja", "5 hari kerja", "3 hari kerja", "2 hari kerja", "7 hari kerja", "2 hari kerja", "Saat itu juga", "5 hari kerja"]
    fees = ["Tidak dipungut biaya"] * 5 + ["Sesuai tarif BLU"] + ["Tidak dipungut biaya"] * 3
    rows = [["No", "Jenis pelayanan", "Jangka waktu", "Biaya/tarif", "Produk"]]
    prods = ["Salinan terlegalisir", "Surat keterangan", "SK cuti / aktif kembali", "Jadwal ujian", "Izin penggunaan", "Laporan hasil uji", "Surat rekomendasi", "Informasi", "Tanggapan pengaduan"]
    rows += [[str(i + 1), s, times[i], fees[i], prods[i]] for i, s in enumerate(SERVICES)]
    d.table(rows, widths=[0.8, 6.2, 2.6, 3.2, 3.7], size=9.5)
    d.para("Persyaratan, sistem mekanisme dan prosedur, penanganan pengaduan, serta komponen pengelolaan (dasar hukum, sarana prasarana, kompetensi dan jumlah pelaksana, pengawasan internal, jaminan pelayanan, jaminan keamanan dan keselamatan, evaluasi kinerja pelaksana) setiap jenis pelayanan diuraikan pada Bagian B sampai dengan Bagian J lampiran ini.", size=10)
    return docx_pdf(d, EV / A6 / "6.1 Standar Pelayanan/SK Standar Pelayanan FT 2024.pdf", work)


def maklumat(work, logo):
    d = Docx(size=13)
    kop(d, logo=logo)
    d.blank(2)
    d.center("MAKLUMAT PELAYANAN", size=22, after=16)
    d.center("FAKULTAS TEKNIK UNIVERSITAS NEGERI KALIMAYA", size=13, after=18)
    d.para("\"DENGAN INI KAMI MENYATAKAN SANGGUP MENYELENGGARAKAN SELURUH JENIS PELAYANAN SESUAI STANDAR PELAYANAN YANG TELAH DITETAPKAN DAN APABILA TIDAK MENEPATI JANJI INI, KAMI SIAP MENERIMA SANKSI SESUAI DENGAN PERATURAN PERUNDANG-UNDANGAN YANG BERLAKU\"", bold=True, align="center", size=14, after=24)
    d.blank(2)
    d.signature(["Dekan,"], DEKAN, DEKAN_NIP, place_date="Kalimaya, 13/01/2025", indent=8.5, gap=4, size=12)
    src = docx_pdf(d, work / "maklumat_src.pdf", work)
    return scan_pdf(src, EV / A6 / "6.1 Standar Pelayanan/Maklumat Pelayanan FT.pdf", seed=302, signer=DEKAN,
                    ring_text="UNIVERSITAS NEGERI KALIMAYA", center_lines=["FAKULTAS", "TEKNIK"], angle=-1.1, speckles=600, quality=50)


def ikm_2024(work, logo):
    rl = RL(EV / A6 / "6.4 SKM/Laporan Hasil Pengukuran Kepuasan Pengguna Layanan 2024.pdf", base="Sans", size=10,
            footer="Fakultas Teknik Universitas Negeri Kalimaya | {page}")
    rl.kop_block(KOP24, ADDR, logo)
    rl.p("LAPORAN HASIL PENGUKURAN<br/>KEPUASAN PENGGUNA LAYANAN", "title")
    rl.p("FAKULTAS TEKNIK UNIVERSITAS NEGERI KALIMAYA", "subtitle")
    rl.p("Periode 01/01/2024 - 31/12/2024", "center")
    rl.sp(0.3)
    rl.p("1. Dasar dan metode", "h1")
    rl.p("Pengukuran dilaksanakan sebagai Survei Kepuasan Masyarakat sesuai Peraturan Menteri PANRB Nomor 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik, dengan sembilan unsur pelayanan dan skala 1-4, terhadap pengguna seluruh jenis layanan fakultas (mahasiswa, alumni, masyarakat dan industri pengguna laboratorium). Survei dilakukan setiap triwulan melalui kuesioner daring dan kios survei di ruang layanan.")
    rl.p("2. Hasil per triwulan", "h1")
    rl.table([["Triwulan", "Periode", "Responden", "Nilai IKM", "Mutu"],
              ["I", "01/01/2024 - 31/03/2024", "512", "84,90", "B"], ["II", "01/04/2024 - 30/06/2024", "488", "86,10", "B"],
              ["III", "01/07/2024 - 30/09/2024", "535", "83,75", "B"], ["IV", "01/10/2024 - 31/12/2024", "497", "87,35", "B"]],
             [2.2, 5.5, 2.8, 2.8, 2.2], zebra=True)
    rl.p("3. Nilai per unsur (rata-rata tahunan)", "h1")
    rl.table([["Unsur", "Nilai"], ["U1 Persyaratan", "3,45"], ["U2 Sistem, mekanisme dan prosedur", "3,38"], ["U3 Waktu penyelesaian", "3,19"],
              ["U4 Biaya/tarif", "3,71"], ["U5 Produk spesifikasi jenis pelayanan", "3,48"], ["U6 Kompetensi pelaksana", "3,52"],
              ["U7 Perilaku pelaksana", "3,55"], ["U8 Penanganan pengaduan, saran dan masukan", "3,26"], ["U9 Sarana dan prasarana", "3,34"]], [10, 3])
    rl.p("Unsur dengan nilai terendah adalah waktu penyelesaian (U3) dan penanganan pengaduan (U8); rencana tindak lanjut disusun terpisah.")
    rl.signature(["Wakil Dekan Bidang Kemahasiswaan,"], "Dr. Indah Permatasari, M.Pd.", "NIP 198107252006042001", place_date="Kalimaya, 10/01/2025",
                 left=(["Mengetahui,", "Dekan,"], DEKAN, DEKAN_NIP))
    return rl.build()


def rtl_skm(logo):
    d = Docx(size=10.5)
    kop(d, logo=logo)
    d.center("RENCANA DAN REALISASI TINDAK LANJUT", after=0)
    d.center("HASIL SURVEI KEPUASAN MASYARAKAT TAHUN 2024", after=10)
    d.para("Tindak lanjut disusun untuk seluruh unsur yang nilainya di bawah 3,50 pada laporan pengukuran kepuasan pengguna layanan tahun 2024, dan dibahas dalam rapat pimpinan tanggal 16/01/2025.", indent=0.3)
    d.table([["No", "Unsur", "Nilai", "Rencana tindak lanjut", "Waktu", "Realisasi s.d. 30/06/2025"],
             ["1", "U3 Waktu penyelesaian", "3,19", "Legalisir dan surat keterangan daring; target selesai 1 hari", "Februari 2025", "Selesai: 88% permohonan selesai di hari yang sama"],
             ["2", "U8 Penanganan pengaduan", "3,26", "Dasbor pengaduan dan batas respons 2 hari kerja", "Maret 2025", "Selesai: dasbor berjalan sejak 03/03/2025"],
             ["3", "U9 Sarana dan prasarana", "3,34", "Penambahan kursi tunggu dan ruang laktasi", "April 2025", "Selesai"],
             ["4", "U2 Sistem, mekanisme dan prosedur", "3,38", "Alur layanan bergambar di setiap loket", "Februari 2025", "Selesai"],
             ["5", "U1 Persyaratan", "3,45", "Daftar persyaratan di laman dan kios", "Januari 2025", "Selesai"],
             ["6", "U5 Produk layanan", "3,48", "Templat surat keterangan dwibahasa", "Mei 2025", "Selesai"]],
            widths=[0.8, 3.2, 1.3, 4.8, 2.2, 4.2], size=9)
    d.signature(["Wakil Dekan Bidang Kemahasiswaan,"], "Dr. Indah Permatasari, M.Pd.", "NIP 198107252006042001", place_date="Kalimaya, 02/07/2025")
    return d


def profile_en(work, logo):
    rl = RL(EV / "00. PROFIL/Faculty Profile 2025.pdf", base="Sans", size=10.5)
    rl.kop_block(KOP25, ADDR, logo)
    rl.p("FACULTY OF ENGINEERING AT A GLANCE", "title")
    rl.p("The Faculty of Engineering of Universitas Negeri Kalimaya was established in 1987 and runs nine undergraduate programmes, four master's programmes and one doctoral programme, with 142 lecturers, 61 administrative and technical staff and about 4,800 students.")
    rl.table([["Programme", "Level", "Accreditation"], ["Civil Engineering", "S1, S2", "Unggul; IABEE"], ["Mechanical Engineering", "S1, S2", "Unggul"],
              ["Electrical Engineering", "S1, S2, S3", "Unggul; IABEE"], ["Chemical Engineering", "S1", "Baik Sekali"], ["Informatics", "S1, S2", "Unggul"],
              ["Architecture", "S1", "Baik Sekali"], ["Industrial Engineering", "S1", "Baik Sekali"], ["Environmental Engineering", "S1", "Baik Sekali"],
              ["Vocational Mechanical Technology", "D4", "Baik"]], [7, 3.5, 5])
    rl.p("Vision: to be a leading engineering faculty in Southeast Asia by 2035, producing graduates with integrity and research that serves society.")
    return rl.build()


def main():
    if EV.exists():
        shutil.rmtree(EV)
    EV.mkdir(parents=True)
    with tempfile.TemporaryDirectory() as t:
        work = Path(t)
        logo = make_logo(work / "logo_unk.png", "university", 5)
        logo_sa = make_logo(work / "logo_unsa.png", "university", 6)
        profile_en(work, logo)
        sk_tim(work, logo)
        rkt(work, logo)
        monev_q1(work, logo)
        monev_q2(work, logo)
        sk_agen(work, logo)
        change_agents_report(logo).save(EV / A1 / "1.4 Agen Perubahan/Change Agents Contribution Report 2025.docx")
        sk_ppid_sekar_arum(work, logo_sa)
        tna(work, logo)
        sk_penghargaan_truncated(work, logo)
        perencanaan_bundle(work, logo)
        renstra_old(work, logo)
        lkj_2024(work, logo)
        sk_pengaduan_2022(work, logo)
        coi_mapping(work, logo)
        sk_standar_pelayanan(work, logo)
        maklumat(work, logo)
        ikm_2024(work, logo)
        rtl_skm(logo).save(EV / A6 / "6.4 SKM/RTL Hasil Survei 2024.docx")
    for f in sorted(EV.rglob("*")):
        if f.is_file():
            print(f"{f.stat().st_size:>9}  {f.relative_to(EV)}")


if __name__ == "__main__":
    main()
