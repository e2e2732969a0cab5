"""Unit 1: Dinas Kependudukan dan Pencatatan Sipil Kabupaten Watu Lumbang (WBK, 2023).

Fabricated: the regency, the office, its people and numbers are invented.
Run: python tests/blind/_tools/build_unit1.py  (rewrites tests/blind/disdukcapil_watu_lumbang/evidence)
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import RL, Docx, docx_pdf, make_logo, make_photo, make_screenshot, scan_pdf  # noqa: E402

ROOT = Path(__file__).resolve().parents[1] / "disdukcapil_watu_lumbang"
EV = ROOT / "evidence"

KOP = ["PEMERINTAH KABUPATEN WATU LUMBANG", "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL"]
ADDR = ["Jalan Veteran Nomor 17 Watu Lumbang 59471, Telepon (0291) 555017",
        "Laman: disdukcapil.watulumbangkab.go.id   Pos-el: disdukcapil@watulumbangkab.go.id"]
KOP_SL = ["PEMERINTAH KABUPATEN SARI LEMBAH", "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL"]
ADDR_SL = ["Jalan Pahlawan Nomor 3 Sari Lembah 59512, Telepon (0292) 771203",
           "Laman: dukcapil.sarilembahkab.go.id   Pos-el: dukcapil@sarilembahkab.go.id"]

KADIS = "Drs. HENDRO PRASETYO WIBOWO, M.Si."
KADIS_NIP = "NIP. 19700815 199403 1 006"
KADIS_RANK = "Pembina Utama Muda"
SEKDIS = "Retno Wulandari, S.Sos., M.M."
UNIT = "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Watu Lumbang"
UNIT_UP = UNIT.upper()
TITLE_KADIS = ["KEPALA DINAS KEPENDUDUKAN DAN", "PENCATATAN SIPIL KABUPATEN WATU LUMBANG,"]

TEAM = [
    ("Penanggung Jawab", "Drs. Hendro Prasetyo Wibowo, M.Si.", "Kepala Dinas"),
    ("Ketua", "Retno Wulandari, S.Sos., M.M.", "Sekretaris"),
    ("Sekretaris", "Yudi Kurniawan, S.E.", "Kepala Subbagian Umum dan Kepegawaian"),
    ("Koordinator Pokja Manajemen Perubahan", "Siti Maesaroh, S.IP., M.A.P.", "Kepala Bidang Pemanfaatan Data dan Inovasi Pelayanan"),
    ("Anggota", "Rizky Aditya Pratama, S.Kom.", "Pranata Komputer Ahli Pertama"),
    ("Anggota", "Nur Aini Rahmawati, A.Md.", "Pengadministrasi Umum"),
    ("Koordinator Pokja Penataan Tatalaksana", "Bambang Riyadi, S.Kom.", "Kepala Bidang Pengelolaan Informasi Administrasi Kependudukan"),
    ("Anggota", "Hadi Susanto, S.T.", "Pranata Komputer Ahli Muda"),
    ("Anggota", "Yuliana Kartika Sari, S.E.", "Analis Kebijakan Ahli Pertama"),
    ("Koordinator Pokja Penataan Sistem Manajemen SDM", "Yudi Kurniawan, S.E.", "Kepala Subbagian Umum dan Kepegawaian"),
    ("Anggota", "Maya Puspitasari, S.Psi.", "Analis Sumber Daya Manusia Aparatur"),
    ("Anggota", "Andri Wijaya", "Pengelola Kepegawaian"),
    ("Koordinator Pokja Penguatan Akuntabilitas", "Lilis Suryani, S.E., M.Ak.", "Kepala Subbagian Perencanaan dan Keuangan"),
    ("Anggota", "Fitri Handayani, S.E.", "Perencana Ahli Pertama"),
    ("Anggota", "Dedi Setiawan, A.Md.", "Pengelola Keuangan"),
    ("Koordinator Pokja Penguatan Pengawasan", "Dewi Anggraeni, S.E.", "Kepala Bidang Pelayanan Pencatatan Sipil"),
    ("Anggota", "Eko Prasetyo, S.H.", "Analis Hukum"),
    ("Anggota", "Sri Lestari, S.Sos.", "Administrator Database Kependudukan"),
    ("Koordinator Pokja Peningkatan Kualitas Pelayanan Publik", "Agus Santoso, S.H.", "Kepala Bidang Pelayanan Pendaftaran Penduduk"),
    ("Anggota", "Wahyu Nugroho, S.Kom.", "Pranata Komputer Ahli Pertama"),
    ("Anggota", "Ratna Dewi Lestari, A.Md.", "Pengolah Data Kependudukan"),
    ("Anggota", "Teguh Santoso", "Petugas Pelayanan Front Office"),
]

SERVICES = [
    "Penerbitan Kartu Tanda Penduduk Elektronik (KTP-el)",
    "Penerbitan Kartu Keluarga (KK)",
    "Penerbitan Kartu Identitas Anak (KIA)",
    "Penerbitan Surat Keterangan Pindah dan Pindah Datang",
    "Penerbitan Kutipan Akta Kelahiran",
    "Penerbitan Kutipan Akta Kematian",
    "Penerbitan Kutipan Akta Perkawinan dan Akta Perceraian (non-muslim)",
    "Aktivasi Identitas Kependudukan Digital (IKD)",
]


def kop(d, logo, neighbour=False):
    if neighbour:
        d.kop(KOP_SL, ADDR_SL, logo)
    else:
        d.kop(KOP, ADDR, logo)


def mengingat_umum():
    return [
        "Undang-Undang Nomor 28 Tahun 1999 tentang Penyelenggaraan Negara yang Bersih dan Bebas dari Korupsi, Kolusi, dan Nepotisme;",
        "Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan sebagaimana telah diubah terakhir dengan Undang-Undang Nomor 24 Tahun 2013;",
        "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah beberapa kali diubah terakhir dengan Undang-Undang Nomor 6 Tahun 2023;",
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 90 Tahun 2021 tentang Pembangunan dan Evaluasi Zona Integritas Menuju Wilayah Bebas dari Korupsi dan Wilayah Birokrasi Bersih dan Melayani di Instansi Pemerintah;",
        "Peraturan Bupati Watu Lumbang Nomor 61 Tahun 2021 tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi serta Tata Kerja Perangkat Daerah;",
    ]


# ----------------------------------------------------------------------------- documents


def sk_tim(work, logo):
    d = Docx(size=11, margins=(1.6, 1.6, 2.5, 2.0))
    kop(d, logo)
    d.center("KEPUTUSAN KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL")
    d.center("KABUPATEN WATU LUMBANG")
    d.center("NOMOR 188.4/07/403.110/2023", bold=False, after=6)
    d.center("TENTANG", bold=False, after=6)
    d.center("PEMBENTUKAN TIM KERJA PEMBANGUNAN ZONA INTEGRITAS MENUJU WILAYAH BEBAS DARI KORUPSI (WBK) PADA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN WATU LUMBANG TAHUN 2023", after=8)
    d.center("KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN WATU LUMBANG,", after=8)
    d.labeled("Menimbang", [
        "bahwa dalam rangka mempercepat pelaksanaan reformasi birokrasi dan mewujudkan pelayanan administrasi kependudukan yang bersih dan melayani, perlu membangun Zona Integritas menuju Wilayah Bebas dari Korupsi di lingkungan Dinas Kependudukan dan Pencatatan Sipil Kabupaten Watu Lumbang;",
        "bahwa untuk melaksanakan pembangunan Zona Integritas sebagaimana dimaksud dalam huruf a, perlu dibentuk Tim Kerja yang anggotanya dipilih melalui mekanisme yang jelas dan mewakili seluruh bidang;",
        "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan Keputusan Kepala Dinas tentang Pembentukan Tim Kerja Pembangunan Zona Integritas Menuju WBK pada Dinas Kependudukan dan Pencatatan Sipil Kabupaten Watu Lumbang Tahun 2023;",
    ])
    d.labeled("Mengingat", mengingat_umum(), letters=[f"{i}." for i in range(1, 6)])
    d.labeled("Memperhatikan", ["Berita Acara Rapat Penentuan Anggota Tim Kerja Pembangunan Zona Integritas tanggal 12 Januari 2023."], letters=False)
    d.center("MEMUTUSKAN:", after=6)
    d.diktum([
        ("Menetapkan", "KEPUTUSAN KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL TENTANG PEMBENTUKAN TIM KERJA PEMBANGUNAN ZONA INTEGRITAS MENUJU WILAYAH BEBAS DARI KORUPSI PADA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN WATU LUMBANG TAHUN 2023."),
        ("KESATU", "Membentuk Tim Kerja Pembangunan Zona Integritas Menuju Wilayah Bebas dari Korupsi pada Dinas Kependudukan dan Pencatatan Sipil Kabupaten Watu Lumbang Tahun 2023, yang selanjutnya disebut Tim Kerja, dengan susunan keanggotaan sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Keputusan ini."),
        ("KEDUA", "Tim Kerja sebagaimana dimaksud dalam Diktum KESATU mempunyai tugas:\na. menyusun rencana kerja pembangunan Zona Integritas menuju WBK;\nb. melaksanakan rencana kerja pada enam area perubahan melalui kelompok kerja (Pokja) masing-masing area;\nc. melakukan monitoring dan evaluasi pelaksanaan pembangunan Zona Integritas setiap triwulan;\nd. melaporkan hasil pelaksanaan tugas kepada Kepala Dinas."),
        ("KETIGA", "Segala biaya yang timbul akibat ditetapkannya Keputusan ini dibebankan pada Dokumen Pelaksanaan Anggaran Dinas Kependudukan dan Pencatatan Sipil Kabupaten Watu Lumbang Tahun Anggaran 2023."),
        ("KEEMPAT", "Keputusan ini mulai berlaku pada tanggal ditetapkan."),
    ])
    d.signature(TITLE_KADIS, KADIS, KADIS_NIP, place_date="Ditetapkan di Watu Lumbang\npada tanggal 16 Januari 2023", rank=KADIS_RANK)
    d.pagebreak()
    d.para("LAMPIRAN\nKEPUTUSAN KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN WATU LUMBANG\nNOMOR 188.4/07/403.110/2023\nTANGGAL 16 JANUARI 2023", align="left", indent=7.5, size=10, after=10)
    d.center("SUSUNAN TIM KERJA PEMBANGUNAN ZONA INTEGRITAS MENUJU WBK", after=0)
    d.center("DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN WATU LUMBANG TAHUN 2023", after=8)
    rows = [["NO", "KEDUDUKAN DALAM TIM", "NAMA", "JABATAN"]]
    rows += [[str(i), k, n, j] for i, (k, n, j) in enumerate(TEAM, 1)]
    d.table(rows, widths=[1.0, 5.0, 5.0, 5.5], size=9.5, align=["c", "l", "l", "l"])
    d.signature(TITLE_KADIS, KADIS, KADIS_NIP)
    tmp = docx_pdf(d, work / "sk_tim_src.pdf", work)
    return tmp


def notulen_penentuan(logo):
    d = Docx(size=11.5)
    kop(d, logo)
    d.center("NOTULEN RAPAT", after=0)
    d.center("PENENTUAN ANGGOTA TIM KERJA PEMBANGUNAN ZONA INTEGRITAS", after=10)
    d.labeled("Hari/Tanggal", ["Kamis, 12 Januari 2023"], letters=False)
    d.labeled("Waktu", ["09.00 s.d. 11.30 WIB"], letters=False)
    d.labeled("Tempat", ["Ruang Rapat Dinas Kependudukan dan Pencatatan Sipil Kabupaten Watu Lumbang"], letters=False)
    d.labeled("Pimpinan Rapat", ["Drs. Hendro Prasetyo Wibowo, M.Si. (Kepala Dinas)"], letters=False)
    d.labeled("Notulis", ["Nur Aini Rahmawati, A.Md."], letters=False)
    d.labeled("Peserta", ["Sekretaris, para Kepala Bidang, para Kepala Subbagian, dan perwakilan pejabat fungsional serta pelaksana dari setiap bidang (daftar hadir terlampir, 27 orang)."], letters=False)
    d.para("**I. Pembukaan**", after=2)
    d.para("Kepala Dinas membuka rapat dan menyampaikan bahwa Dinas Kependudukan dan Pencatatan Sipil Kabupaten Watu Lumbang diusulkan oleh Bupati untuk membangun Zona Integritas menuju WBK pada tahun 2023, sehingga perlu dibentuk Tim Kerja yang anggotanya ditentukan secara terbuka dan mewakili seluruh unsur organisasi.", indent=0.6)
    d.para("**II. Mekanisme dan kriteria pemilihan anggota**", after=2)
    d.para("Sekretaris memaparkan mekanisme penentuan anggota yang disepakati peserta sebagai berikut:", indent=0.6)
    for t in [
        "1. Setiap bidang dan subbagian mengusulkan paling banyak tiga calon anggota secara tertulis kepada Sekretaris paling lambat 10 Januari 2023 (usulan telah diterima dari 4 bidang dan 2 subbagian).",
        "2. Kriteria calon: (a) tidak sedang menjalani hukuman disiplin; (b) masa kerja paling singkat dua tahun di Dinas; (c) memahami tugas pokok area perubahan yang akan ditangani; (d) nilai kinerja (SKP) tahun 2022 paling rendah \"Baik\"; (e) bersedia menandatangani pakta integritas.",
        "3. Calon dinilai oleh Kepala Dinas bersama Sekretaris menggunakan kertas kerja penilaian dengan bobot: integritas 30%, kompetensi 30%, kinerja 25%, dan komitmen 15%.",
        "4. Komposisi Tim harus mewakili seluruh bidang, subbagian, dan unsur jabatan (struktural, fungsional, dan pelaksana termasuk petugas front office).",
    ]:
        d.para(t, indent=1.2, first=-0.5)
    d.para("**III. Hasil penilaian dan keputusan rapat**", after=2)
    d.table([
        ["Unit asal", "Calon diusulkan", "Memenuhi kriteria", "Ditetapkan"],
        ["Sekretariat (Subbag Umum & Kepegawaian, Subbag Perencanaan & Keuangan)", "6", "6", "6"],
        ["Bidang Pelayanan Pendaftaran Penduduk", "3", "3", "3"],
        ["Bidang Pelayanan Pencatatan Sipil", "3", "3", "3"],
        ["Bidang Pengelolaan Informasi Administrasi Kependudukan", "3", "3", "3"],
        ["Bidang Pemanfaatan Data dan Inovasi Pelayanan", "3", "2", "2"],
        ["Jumlah", "18", "17", "17"],
    ], widths=[7.5, 3.0, 3.0, 3.0], size=10, align=["l", "c", "c", "c"])
    d.para("Rapat menyepakati 17 calon yang memenuhi kriteria ditambah pejabat struktural koordinator Pokja sebagai anggota Tim Kerja, dengan pembagian ke dalam enam kelompok kerja sesuai area perubahan. Usulan peserta agar petugas front office dilibatkan dalam Pokja Pelayanan Publik diterima. Susunan Tim akan ditetapkan dengan Keputusan Kepala Dinas.", indent=0.6)
    d.para("**IV. Penutup**", after=2)
    d.para("Rapat ditutup pukul 11.30 WIB. Sekretaris menyiapkan rancangan Keputusan Kepala Dinas tentang Pembentukan Tim Kerja untuk ditandatangani.", indent=0.6)
    d.signature(["Notulis,"], "Nur Aini Rahmawati, A.Md.", "NIP. 19910304 201503 2 004",
                left_block=(["Mengetahui,", "Kepala Dinas Kependudukan dan", "Pencatatan Sipil Kabupaten Watu Lumbang"], "Drs. Hendro Prasetyo Wibowo, M.Si.", "NIP. 19700815 199403 1 006", None),
                place_date="Watu Lumbang, 12 Januari 2023")
    return d


def rencana_kerja(work, logo):
    d = Docx(size=11)
    kop(d, logo)
    d.center("RENCANA KERJA", size=14, after=0)
    d.center("PEMBANGUNAN ZONA INTEGRITAS MENUJU WILAYAH BEBAS DARI KORUPSI", after=0)
    d.center("DISDUKCAPIL KABUPATEN WATU LUMBANG TAHUN 2023", after=10)
    d.para("**A. Latar Belakang**", after=2)
    d.para("Pembangunan Zona Integritas pada Dinas Kependudukan dan Pencatatan Sipil Kabupaten Watu Lumbang (Disdukcapil) dilaksanakan berdasarkan Peraturan Menteri PANRB Nomor 90 Tahun 2021. Rencana kerja ini disusun oleh Tim Kerja yang ditetapkan dengan Keputusan Kepala Dinas Nomor 188.4/07/403.110/2023 dan dibahas dalam rapat tanggal 19 Januari 2023 yang dipimpin langsung oleh Kepala Dinas.", indent=0.5)
    d.para("**B. Target Prioritas Tahun 2023**", after=2)
    for t in [
        "1. Disdukcapil memperoleh predikat Wilayah Bebas dari Korupsi (WBK) pada evaluasi Tim Penilai Nasional tahun 2023.",
        "2. Indeks Kepuasan Masyarakat (IKM) paling rendah 85,00 (kategori Baik) pada setiap periode survei.",
        "3. Tidak ada pungutan liar: seluruh layanan administrasi kependudukan gratis dan dipantau melalui kanal pengaduan.",
        "4. Penerbitan dokumen KK, KIA dan akta selesai paling lama 1 (satu) hari kerja sejak berkas lengkap.",
        "5. Seluruh pengaduan masyarakat ditindaklanjuti paling lama 5 hari kerja.",
    ]:
        d.para(t, indent=1.0, first=-0.5)
    d.para("**C. Rencana Aksi**", after=4)
    rows = [["No", "Area", "Kegiatan", "Output", "Target Waktu", "Penanggung Jawab"]]
    acts = [
        ("Manajemen Perubahan", "Penyusunan dan penetapan rencana kerja ZI", "Dokumen rencana kerja", "Januari", "Ketua Tim"),
        ("Manajemen Perubahan", "Monitoring dan evaluasi pembangunan ZI", "Laporan monev triwulanan", "Maret, Juni, September, Desember", "Kepala Dinas / Ketua Tim"),
        ("Manajemen Perubahan", "Penetapan dan pembinaan agen perubahan", "SK agen perubahan, laporan kontribusi", "Februari", "Pokja MP"),
        ("Manajemen Perubahan", "Publikasi pembangunan ZI melalui laman, media sosial dan spanduk", "Konten publikasi bulanan", "Januari s.d. Desember", "Pokja MP"),
        ("Penataan Tatalaksana", "Penyusunan peta proses bisnis dan penetapan SOP", "Peta proses bisnis, SK SOP", "Februari", "Pokja TT"),
        ("Penataan Tatalaksana", "Penetapan PPID Pelaksana dan daftar informasi publik", "SK PPID Pelaksana", "Februari", "Pokja TT"),
        ("Penataan SDM", "Pemutakhiran analisis beban kerja dan peta jabatan", "Dokumen ABK dan peta jabatan", "Februari", "Pokja SDM"),
        ("Penataan SDM", "Penyusunan analisis kebutuhan pengembangan kompetensi", "Dokumen TNA", "Maret", "Pokja SDM"),
        ("Penguatan Akuntabilitas", "Penyusunan Perjanjian Kinerja dan Renja", "PK dan Renja 2023", "Januari", "Pokja AK"),
        ("Penguatan Akuntabilitas", "Penyusunan LKjIP tahun 2022", "LKjIP 2022", "Februari", "Pokja AK"),
        ("Penguatan Pengawasan", "Pembentukan Unit Pengendalian Gratifikasi", "SK UPG", "Maret", "Pokja PW"),
        ("Penguatan Pengawasan", "Identifikasi dan penilaian risiko", "Register risiko 2023", "Februari", "Pokja PW"),
        ("Penguatan Pengawasan", "Penguatan pengelolaan pengaduan masyarakat", "SK tim pengelola pengaduan", "Februari", "Pokja PW"),
        ("Pelayanan Publik", "Reviu standar pelayanan dan pemasangan maklumat", "Maklumat pelayanan terpasang", "Januari", "Pokja PP"),
        ("Pelayanan Publik", "Survei kepuasan masyarakat", "Laporan SKM per semester", "Juni dan Desember", "Pokja PP"),
    ]
    rows += [[str(i), *a] for i, a in enumerate(acts, 1)]
    d.table(rows, widths=[0.8, 2.6, 4.6, 3.2, 2.5, 2.6], size=9, align=["c", "l", "l", "l", "l", "l"])
    d.para("Rencana kerja ini menjadi acuan pelaksanaan dan bahan monitoring evaluasi setiap triwulan.", indent=0.5)
    d.signature(["Ketua Tim Kerja ZI,"], SEKDIS, "NIP. 19780412 200312 2 007",
                left_block=(["Menyetujui,", "Kepala Dinas Kependudukan dan", "Pencatatan Sipil Kabupaten Watu Lumbang"], "Drs. Hendro Prasetyo Wibowo, M.Si.", "NIP. 19700815 199403 1 006", None),
                place_date="Watu Lumbang, 20 Januari 2023")
    d.footer("Rencana Kerja ZI Disdukcapil 2023")
    return docx_pdf(d, EV / "1. MANAJEMEN PERUBAHAN/1.c Rencana Kerja/Renja ZI 2023 final.pdf", work)


def monev(tw, logo):
    name = {1: "I", 2: "II"}[tw]
    period = {1: "Januari s.d. Maret 2023", 2: "April s.d. Juni 2023"}[tw]
    meet = {1: "Jumat, 31 Maret 2023", 2: "Kamis, 29 Juni 2023"}[tw]
    rl = RL(EV / f"1. MANAJEMEN PERUBAHAN/1.d Monev/Laporan Monev ZI TW {name} 2023.pdf", base="Sans", size=10.5,
            footer="Laporan Monev ZI Disdukcapil Kab. Watu Lumbang - Triwulan " + name + " 2023 - hal. {page}")
    rl.kop_block(KOP, ADDR, logo)
    rl.p("LAPORAN MONITORING DAN EVALUASI", "title")
    rl.p("PEMBANGUNAN ZONA INTEGRITAS MENUJU WBK", "subtitle")
    rl.p(f"TRIWULAN {name} TAHUN 2023", "subtitle")
    rl.sp(0.3)
    rl.p("A. Dasar", "h1")
    rl.p("Keputusan Kepala Dinas Kependudukan dan Pencatatan Sipil Kabupaten Watu Lumbang Nomor 188.4/07/403.110/2023 tentang Pembentukan Tim Kerja Pembangunan Zona Integritas Menuju WBK dan Rencana Kerja Pembangunan Zona Integritas Tahun 2023.")
    rl.p("B. Pelaksanaan Monitoring", "h1")
    rl.p(f"Monitoring dan evaluasi periode {period} dilaksanakan melalui rapat pada hari {meet} yang dipimpin langsung oleh Kepala Dinas, dihadiri Ketua Tim, seluruh koordinator Pokja dan anggota Tim Kerja (daftar hadir dan foto terlampir). Setiap koordinator Pokja memaparkan realisasi rencana aksi, kendala dan usulan tindak lanjut.")
    rl.p("C. Hasil Monitoring", "h1")
    if tw == 1:
        rows = [["No", "Area", "Rencana aksi s.d. Triwulan I", "Realisasi", "Keterangan / Kendala"],
                ["1", "Manajemen Perubahan", "Rencana kerja ZI; SK Tim; publikasi ZI bulan Januari-Maret", "Terlaksana", "Konten media sosial baru 2 kali sebulan"],
                ["2", "Penataan Tatalaksana", "Peta proses bisnis dan SK SOP; SK PPID Pelaksana", "Terlaksana", "-"],
                ["3", "Penataan SDM", "ABK dan peta jabatan; TNA", "Terlaksana", "TNA selesai 27 Maret 2023"],
                ["4", "Penguatan Akuntabilitas", "PK dan Renja 2023; LKjIP 2022", "Terlaksana", "LKjIP disampaikan 24 Februari 2023"],
                ["5", "Penguatan Pengawasan", "Register risiko; pembentukan UPG; SK tim pengaduan", "Sebagian", "SK UPG masih dalam tahap rapat persiapan"],
                ["6", "Pelayanan Publik", "Reviu standar pelayanan; maklumat pelayanan", "Terlaksana", "Maklumat dipasang di ruang pelayanan"]]
        recs = [["R1", "Publikasi pembangunan ZI di media sosial dilakukan paling sedikit sekali seminggu.", "Pokja MP", "April 2023"],
                ["R2", "Menyiapkan rancangan keputusan pembentukan Unit Pengendalian Gratifikasi.", "Pokja PW", "April 2023"],
                ["R3", "Menambah papan informasi alur layanan di loket pindah datang.", "Pokja PP", "April 2023"]]
    else:
        rows = [["No", "Area", "Rencana aksi s.d. Triwulan II", "Realisasi", "Keterangan / Kendala"],
                ["1", "Manajemen Perubahan", "Publikasi ZI April-Juni; pembinaan agen perubahan", "Terlaksana", "Konten mingguan berjalan sejak April"],
                ["2", "Penataan Tatalaksana", "Penerapan SOP pada seluruh loket", "Terlaksana", "-"],
                ["3", "Penataan SDM", "Pelaksanaan rencana pengembangan kompetensi semester I", "Terlaksana", "-"],
                ["4", "Penguatan Akuntabilitas", "Pemantauan capaian PK triwulan I dan II", "Terlaksana", "-"],
                ["5", "Penguatan Pengawasan", "Pelaporan pengendalian risiko semester I", "Terlaksana", "-"],
                ["6", "Pelayanan Publik", "Survei kepuasan masyarakat semester I", "Terlaksana", "IKM 86,42 (Baik)"]]
        recs = [["R4", "Antrean daring perlu diperluas ke layanan akta kelahiran.", "Pokja PP", "Juli 2023"],
                ["R5", "Menindaklanjuti unsur SKM dengan nilai terendah (waktu penyelesaian).", "Pokja PP", "Juli 2023"],
                ["R6", "Melengkapi dokumentasi kegiatan setiap Pokja pada folder bersama.", "Sekretaris Tim", "Juli 2023"]]
    rl.table(rows, [0.8, 3.2, 5.4, 2.0, 5.1], zebra=True)
    rl.p("Secara keseluruhan seluruh rencana aksi yang dijadwalkan sampai dengan triwulan ini telah dilaksanakan sesuai jadwal" + (" kecuali penetapan UPG." if tw == 1 else "."))
    rl.p("D. Rekomendasi", "h1")
    rl.table([["Kode", "Rekomendasi", "Penanggung jawab", "Batas waktu"], *recs], [1.2, 9.5, 3.0, 2.8])
    rl.p("E. Penutup", "h1")
    rl.p("Demikian laporan ini disusun sebagai bahan pengambilan keputusan pimpinan dan perbaikan pelaksanaan pembangunan Zona Integritas pada triwulan berikutnya.")
    date = {1: "Watu Lumbang, 3 April 2023", 2: "Watu Lumbang, 3 Juli 2023"}[tw]
    rl.signature(["Ketua Tim Kerja ZI,"], SEKDIS, "NIP. 19780412 200312 2 007", place_date=date,
                 left=(["Mengetahui,", "Kepala Dinas Kependudukan dan", "Pencatatan Sipil Kab. Watu Lumbang"], "Drs. Hendro Prasetyo Wibowo, M.Si.", "NIP. 19700815 199403 1 006"))
    return rl.build()


def followup_en(work, logo):
    d = Docx(font="Arial", size=10.5)
    kop(d, logo)
    d.center("FOLLOW-UP REPORT", size=13, after=0)
    d.center("ON THE RESULTS OF MONITORING AND EVALUATION OF THE INTEGRITY ZONE DEVELOPMENT", after=0)
    d.center("QUARTER I AND QUARTER II 2023", after=10)
    d.para("**1. Purpose**", after=2)
    d.para("This report records how the Population and Civil Registration Office of Watu Lumbang Regency (Dinas Kependudukan dan Pencatatan Sipil Kabupaten Watu Lumbang) has followed up every recommendation issued in the Integrity Zone monitoring and evaluation meetings of 31 March 2023 (Quarter I) and 29 June 2023 (Quarter II). The report was prepared in English at the request of the partner university team assisting the Office with its public-service innovation study, and has been discussed with the Head of Office.", indent=0.5)
    d.para("**2. Status of recommendations**", after=4)
    d.table([
        ["Code", "Recommendation", "Follow-up action", "Evidence", "Status"],
        ["R1", "Post Integrity Zone content on social media at least weekly", "Weekly posting schedule set by the Change Management working group from 3 April 2023", "Posting log April-June 2023", "Completed"],
        ["R2", "Prepare the draft decree establishing the Gratification Control Unit", "Draft decree prepared after the preparatory meeting of 9 March 2023 and submitted to the Head of Office on 14 April 2023", "Draft decree, meeting invitation", "Completed"],
        ["R3", "Add service-flow boards at the move-in / move-out counter", "Two boards installed at counters 4 and 5", "Photographs of 12 April 2023", "Completed"],
        ["R4", "Extend online queuing to birth certificate services", "Online queue opened for birth certificates on 17 July 2023", "Screenshot of the queue page", "Completed"],
        ["R5", "Improve the survey element with the lowest score (processing time)", "Same-day issuance desk opened for family cards and child ID cards", "Service log July 2023", "Completed"],
        ["R6", "Store each working group's documentation in the shared folder", "Shared folder structure per area created and checked by the team secretary", "Folder index", "Completed"],
    ], widths=[1.1, 4.2, 5.0, 3.3, 2.4], size=9, align=["c", "l", "l", "l", "c"])
    d.para("**3. Conclusion**", after=2)
    d.para("All six recommendations from the Quarter I and Quarter II monitoring (R1-R6) have been followed up. Progress will be reviewed again in the Quarter III monitoring meeting in September 2023.", indent=0.5)
    d.signature(["Head of the Population and Civil", "Registration Office of Watu Lumbang Regency,"], "Drs. Hendro Prasetyo Wibowo, M.Si.", "NIP. 19700815 199403 1 006", place_date="Watu Lumbang, 24 July 2023")
    return docx_pdf(d, EV / "1. MANAJEMEN PERUBAHAN/1.d Monev/Follow up report monev TW II.pdf", work)


def role_model(work, logo):
    rl = RL(EV / "1. MANAJEMEN PERUBAHAN/1.e Role Model/Dokumentasi Role Model Pimpinan Sem I 2023.pdf", base="Sans", size=10.5)
    rl.kop_block(KOP, ADDR, logo)
    rl.p("LAPORAN KETELADANAN PIMPINAN (ROLE MODEL)", "title")
    rl.p("DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN WATU LUMBANG", "subtitle")
    rl.p("SEMESTER I TAHUN 2023", "subtitle")
    rl.sp(0.2)
    rl.p("Laporan ini menghimpun bukti keteladanan Kepala Dinas dan pejabat struktural dalam pelaksanaan nilai-nilai organisasi dan pembangunan Zona Integritas selama Januari sampai dengan Juni 2023: kehadiran tepat waktu, memimpin apel pagi dan rapat Zona Integritas, turun langsung ke ruang pelayanan, serta arahan tertulis kepada pegawai.")
    rl.p("1. Rekapitulasi kehadiran pejabat struktural", "h1")
    rl.table([["Nama / Jabatan", "Hari kerja", "Hadir tepat waktu", "Persentase"],
              ["Drs. Hendro Prasetyo Wibowo, M.Si. / Kepala Dinas", "118", "118", "100%"],
              ["Retno Wulandari, S.Sos., M.M. / Sekretaris", "118", "116", "98,3%"],
              ["Agus Santoso, S.H. / Kabid Pelayanan Pendaftaran Penduduk", "118", "117", "99,2%"],
              ["Dewi Anggraeni, S.E. / Kabid Pelayanan Pencatatan Sipil", "118", "115", "97,5%"],
              ["Bambang Riyadi, S.Kom. / Kabid PIAK", "118", "116", "98,3%"],
              ["Siti Maesaroh, S.IP., M.A.P. / Kabid Pemanfaatan Data dan Inovasi", "118", "118", "100%"]],
             [7.8, 2.4, 3.4, 2.8])
    rl.p("2. Dokumentasi kegiatan", "h1")
    photos = [("Kepala Dinas memimpin apel pagi dan penandatanganan komitmen anti pungli, 2 Januari 2023", "APEL PAGI SENIN"),
              ("Kepala Dinas melayani langsung pemohon di loket KTP-el pada jam sibuk, 14 Februari 2023", None),
              ("Kepala Dinas memimpin rapat monitoring Zona Integritas Triwulan I, 31 Maret 2023", "RAPAT MONEV ZONA INTEGRITAS")]
    for i, (cap, banner) in enumerate(photos):
        p = make_photo(work / f"rm{i}.jpg", cap[-16:], seed=100 + i, people=5 + i, banner=banner)
        rl.image(p, 11.5, "Foto " + str(i + 1) + ". " + cap)
    rl.p("3. Arahan tertulis pimpinan", "h1")
    rl.p("Surat Edaran Kepala Dinas Nomor 800/112/403.110/2023 tanggal 9 Januari 2023 tentang Larangan Pungutan dan Penerimaan Gratifikasi dalam Pelayanan Administrasi Kependudukan telah disampaikan kepada seluruh pegawai dan dibacakan pada apel pagi.")
    rl.signature(["Ketua Tim Kerja ZI,"], SEKDIS, "NIP. 19780412 200312 2 007", place_date="Watu Lumbang, 5 Juli 2023")
    return rl.build()


def sk_agen_2022(work, logo):
    d = Docx()
    kop(d, logo)
    d.center("KEPUTUSAN KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL")
    d.center("KABUPATEN WATU LUMBANG")
    d.center("NOMOR 188.4/21/403.110/2022", bold=False, after=6)
    d.center("TENTANG", bold=False, after=6)
    d.center("PENETAPAN AGEN PERUBAHAN DI LINGKUNGAN DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN WATU LUMBANG TAHUN ANGGARAN 2022", after=8)
    d.center("KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN WATU LUMBANG,", after=8)
    d.labeled("Menimbang", [
        "bahwa untuk mendorong percepatan reformasi birokrasi diperlukan pegawai yang dapat berperan sebagai pelopor perubahan dan teladan dalam berperilaku;",
        "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Keputusan Kepala Dinas tentang Penetapan Agen Perubahan di Lingkungan Dinas Kependudukan dan Pencatatan Sipil Kabupaten Watu Lumbang Tahun Anggaran 2022;",
    ])
    d.labeled("Mengingat", [
        "Undang-Undang Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara;",
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 27 Tahun 2014 tentang Pedoman Pembangunan Agen Perubahan di Instansi Pemerintah;",
        "Peraturan Bupati Watu Lumbang Nomor 61 Tahun 2021 tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi serta Tata Kerja Perangkat Daerah;",
    ], letters=["1.", "2.", "3."])
    d.center("MEMUTUSKAN:", after=6)
    d.diktum([
        ("Menetapkan", "KEPUTUSAN KEPALA DINAS TENTANG PENETAPAN AGEN PERUBAHAN DI LINGKUNGAN DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN WATU LUMBANG TAHUN ANGGARAN 2022."),
        ("KESATU", "Menetapkan nama-nama pegawai sebagaimana tercantum dalam Lampiran Keputusan ini sebagai Agen Perubahan di Lingkungan Dinas Kependudukan dan Pencatatan Sipil Kabupaten Watu Lumbang Tahun Anggaran 2022."),
        ("KEDUA", "Agen Perubahan bertugas:\na. menjadi teladan (role model) dalam berperilaku sesuai nilai-nilai organisasi;\nb. mendorong dan menggerakkan perubahan pada unit kerjanya;\nc. menyampaikan rencana aksi perubahan dan melaporkan pelaksanaannya kepada Kepala Dinas setiap semester."),
        ("KETIGA", "Segala biaya yang timbul akibat ditetapkannya Keputusan ini dibebankan pada Dokumen Pelaksanaan Anggaran Dinas Tahun Anggaran 2022."),
        ("KEEMPAT", "Keputusan ini mulai berlaku pada tanggal ditetapkan sampai dengan tanggal 31 Desember 2022."),
    ])
    d.signature(TITLE_KADIS, KADIS, KADIS_NIP, place_date="Ditetapkan di Watu Lumbang\npada tanggal 3 Februari 2022", rank=KADIS_RANK)
    d.blank(1)
    d.para("LAMPIRAN: DAFTAR AGEN PERUBAHAN TAHUN ANGGARAN 2022", bold=True, align="left", after=4)
    d.table([["No", "Nama", "Jabatan", "Unit"],
             ["1", "Rizky Aditya Pratama, S.Kom.", "Pranata Komputer Ahli Pertama", "Bidang PIAK"],
             ["2", "Maya Puspitasari, S.Psi.", "Analis SDM Aparatur", "Subbagian Umum dan Kepegawaian"],
             ["3", "Wahyu Nugroho, S.Kom.", "Pranata Komputer Ahli Pertama", "Bidang Pelayanan Pendaftaran Penduduk"],
             ["4", "Sri Lestari, S.Sos.", "Administrator Database Kependudukan", "Bidang Pelayanan Pencatatan Sipil"],
             ["5", "Fitri Handayani, S.E.", "Perencana Ahli Pertama", "Subbagian Perencanaan dan Keuangan"]],
            widths=[1.0, 5.0, 5.0, 5.5], size=10, align=["c", "l", "l", "l"])
    return docx_pdf(d, EV / "1. MANAJEMEN PERUBAHAN/1.f Agen Perubahan/SK Agen Perubahan.pdf", work)


def sk_sop(work, logo):
    rl = RL(EV / "2. PENATAAN TATALAKSANA/2.a SOP/SK SOP dan Peta Proses Bisnis 2023.pdf", base="Serif", size=11)
    rl.kop_block(KOP, ADDR, logo)
    rl.p("KEPUTUSAN KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL<br/>KABUPATEN WATU LUMBANG", "subtitle")
    rl.p("NOMOR 188.4/15/403.110/2023", "center")
    rl.p("TENTANG", "center")
    rl.p("PETA PROSES BISNIS DAN STANDAR OPERASIONAL PROSEDUR<br/>DI LINGKUNGAN DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN WATU LUMBANG", "subtitle")
    rl.sp(0.2)
    rl.p("KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN WATU LUMBANG,", "center")
    rl.sp(0.2)
    rl.p("<b>Menimbang</b> : a. bahwa untuk menjamin kepastian, kecepatan dan keseragaman pelayanan administrasi kependudukan perlu ditetapkan peta proses bisnis sebagai acuan penyusunan Standar Operasional Prosedur; b. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Keputusan Kepala Dinas tentang Peta Proses Bisnis dan Standar Operasional Prosedur;")
    rl.p("<b>Mengingat</b> : 1. Peraturan Menteri PANRB Nomor 19 Tahun 2018 tentang Penyusunan Peta Proses Bisnis Instansi Pemerintah; 2. Peraturan Menteri PANRB Nomor 35 Tahun 2012 tentang Pedoman Penyusunan Standar Operasional Prosedur Administrasi Pemerintahan; 3. Peraturan Bupati Watu Lumbang Nomor 61 Tahun 2021.")
    rl.p("MEMUTUSKAN:", "center")
    rl.p("<b>KESATU</b> : Menetapkan Peta Proses Bisnis Dinas Kependudukan dan Pencatatan Sipil Kabupaten Watu Lumbang sebagaimana tercantum dalam Lampiran I.")
    rl.p("<b>KEDUA</b> : Menetapkan Standar Operasional Prosedur yang disusun dengan mengacu pada Peta Proses Bisnis sebagaimana dimaksud dalam Diktum KESATU, sebagaimana tercantum dalam Lampiran II, termasuk SOP layanan inovasi \"JEMPOL\" (Jemput Bola Pelayanan Keliling) dan \"SIDUKUN\" (Sistem Dukcapil Online).")
    rl.p("<b>KETIGA</b> : Keputusan ini mulai berlaku pada tanggal ditetapkan.")
    rl.signature(["Ditetapkan di Watu Lumbang", "pada tanggal 13 Februari 2023", "KEPALA DINAS KEPENDUDUKAN DAN", "PENCATATAN SIPIL KABUPATEN WATU LUMBANG,"], KADIS, KADIS_NIP)
    rl.br()
    rl.p("LAMPIRAN I: PETA PROSES BISNIS (LEVEL 0 - LEVEL 2)", "h1")
    rl.table([["Level 0", "Level 1 (proses utama)", "Level 2 (sub proses)"],
              ["Penyelenggaraan administrasi kependudukan", "PB.1 Pelayanan pendaftaran penduduk", "PB.1.1 Perekaman dan pencetakan KTP-el; PB.1.2 Penerbitan KK; PB.1.3 Penerbitan KIA; PB.1.4 Pindah datang"],
              ["", "PB.2 Pelayanan pencatatan sipil", "PB.2.1 Akta kelahiran; PB.2.2 Akta kematian; PB.2.3 Akta perkawinan dan perceraian"],
              ["", "PB.3 Pengelolaan informasi administrasi kependudukan", "PB.3.1 Pengelolaan database; PB.3.2 Aktivasi IKD"],
              ["", "PB.4 Pemanfaatan data dan inovasi pelayanan", "PB.4.1 Kerja sama pemanfaatan data; PB.4.2 Layanan jemput bola"],
              ["Dukungan manajemen", "PD.1 Kesekretariatan", "PD.1.1 Perencanaan dan keuangan; PD.1.2 Umum dan kepegawaian"]],
             [4.2, 5.0, 7.3])
    rl.p("LAMPIRAN II: DAFTAR STANDAR OPERASIONAL PROSEDUR", "h1")
    sops = [("SOP-01", "Perekaman KTP-el", "PB.1.1"), ("SOP-02", "Pencetakan KTP-el", "PB.1.1"), ("SOP-03", "Penerbitan Kartu Keluarga", "PB.1.2"),
            ("SOP-04", "Penerbitan KIA", "PB.1.3"), ("SOP-05", "Surat Keterangan Pindah", "PB.1.4"), ("SOP-06", "Pindah Datang", "PB.1.4"),
            ("SOP-07", "Akta Kelahiran", "PB.2.1"), ("SOP-08", "Akta Kematian", "PB.2.2"), ("SOP-09", "Akta Perkawinan", "PB.2.3"),
            ("SOP-10", "Akta Perceraian", "PB.2.3"), ("SOP-11", "Pemeliharaan Database Kependudukan", "PB.3.1"), ("SOP-12", "Aktivasi IKD", "PB.3.2"),
            ("SOP-13", "Perjanjian Kerja Sama Pemanfaatan Data", "PB.4.1"), ("SOP-14", "JEMPOL - Jemput Bola Pelayanan Keliling (inovasi)", "PB.4.2"),
            ("SOP-15", "SIDUKUN - Permohonan Dokumen Daring (inovasi)", "PB.1.2, PB.2.1"), ("SOP-16", "Penyusunan Renja dan RKA", "PD.1.1"),
            ("SOP-17", "Pengelolaan Surat Masuk dan Keluar", "PD.1.2"), ("SOP-18", "Layanan Kepegawaian", "PD.1.2")]
    rl.table([["Kode", "Nama SOP", "Mengacu proses bisnis"], *[list(s) for s in sops]], [2.2, 9.8, 4.5], zebra=True)
    return rl.build()


def sk_ppid(logo):
    d = Docx(size=11)
    kop(d, logo)
    d.center("KEPUTUSAN KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL")
    d.center("KABUPATEN WATU LUMBANG")
    d.center("NOMOR 188.4/16/403.110/2023", bold=False, after=6)
    d.center("TENTANG", bold=False, after=6)
    d.center("PEJABAT PENGELOLA INFORMASI DAN DOKUMENTASI PELAKSANA DAN DAFTAR INFORMASI PUBLIK PADA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN WATU LUMBANG", after=8)
    d.labeled("Menimbang", [
        "bahwa untuk melaksanakan Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik di lingkungan Dinas perlu menunjuk Pejabat Pengelola Informasi dan Dokumentasi (PPID) Pelaksana;",
        "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a perlu menetapkan Keputusan Kepala Dinas;",
    ])
    d.labeled("Mengingat", [
        "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik;",
        "Peraturan Komisi Informasi Nomor 1 Tahun 2021 tentang Standar Layanan Informasi Publik;",
        "Peraturan Bupati Watu Lumbang Nomor 12 Tahun 2020 tentang Pedoman Pengelolaan Informasi dan Dokumentasi di Lingkungan Pemerintah Kabupaten Watu Lumbang;",
    ], letters=["1.", "2.", "3."])
    d.center("MEMUTUSKAN:", after=6)
    d.diktum([
        ("KESATU", "Menunjuk Sekretaris Dinas Kependudukan dan Pencatatan Sipil Kabupaten Watu Lumbang sebagai PPID Pelaksana, dibantu petugas layanan informasi sebagaimana tercantum dalam Lampiran I."),
        ("KEDUA", "Menetapkan Daftar Informasi Publik Dinas sebagaimana tercantum dalam Lampiran II, yang wajib dimutakhirkan setiap triwulan dan diumumkan melalui laman disdukcapil.watulumbangkab.go.id."),
        ("KETIGA", "Keputusan ini mulai berlaku pada tanggal ditetapkan."),
    ])
    d.signature(TITLE_KADIS, KADIS, KADIS_NIP, place_date="Ditetapkan di Watu Lumbang\npada tanggal 14 Februari 2023")
    d.pagebreak()
    d.para("LAMPIRAN I - SUSUNAN PPID PELAKSANA", bold=True, align="left")
    d.table([["No", "Kedudukan", "Nama", "Jabatan"],
             ["1", "PPID Pelaksana", "Retno Wulandari, S.Sos., M.M.", "Sekretaris"],
             ["2", "Petugas Layanan Informasi", "Nur Aini Rahmawati, A.Md.", "Pengadministrasi Umum"],
             ["3", "Pengelola Laman dan Media Sosial", "Rizky Aditya Pratama, S.Kom.", "Pranata Komputer Ahli Pertama"]],
            widths=[1.0, 4.5, 5.5, 5.5], size=10)
    d.para("LAMPIRAN II - DAFTAR INFORMASI PUBLIK", bold=True, align="left")
    d.table([["No", "Informasi", "Jenis", "Media"],
             ["1", "Profil, struktur organisasi, tugas dan fungsi Dinas", "Berkala", "Laman, papan informasi"],
             ["2", "Standar pelayanan dan maklumat pelayanan", "Berkala", "Laman, media sosial, ruang pelayanan"],
             ["3", "Rencana Strategis, Renja dan Perjanjian Kinerja", "Berkala", "Laman"],
             ["4", "LKjIP dan laporan realisasi anggaran", "Berkala", "Laman"],
             ["5", "Data agregat kependudukan per semester", "Berkala", "Laman"],
             ["6", "Jadwal layanan jemput bola", "Serta merta", "Media sosial"],
             ["7", "Informasi layanan dan persyaratan dokumen", "Tersedia setiap saat", "Laman, loket informasi"]],
            widths=[1.0, 8.0, 3.0, 4.5], size=10)
    return d


def abk(work, logo):
    rl = RL(EV / "3. PENATAAN SDM/3.a ABK/ABK dan Peta Jabatan 2023.pdf", base="Sans", size=10, landscape_page=True, margins=(1.5, 1.5, 2.0, 2.0),
            footer="Dokumen ABK dan Peta Jabatan Disdukcapil Kabupaten Watu Lumbang 2023")
    rl.kop_block(KOP, ADDR, logo)
    rl.p("DOKUMEN ANALISIS BEBAN KERJA DAN PETA JABATAN", "title")
    rl.p("DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN WATU LUMBANG TAHUN 2023", "subtitle")
    rl.p("Dokumen ini memutakhirkan analisis beban kerja (ABK) berdasarkan Peraturan Menteri PANRB Nomor 1 Tahun 2020 dan peta jabatan sesuai Peraturan Bupati Watu Lumbang Nomor 61 Tahun 2021. Hasilnya menjadi dasar rencana kebutuhan pegawai tahun 2023-2024 yang diusulkan kepada Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Watu Lumbang.")
    rows = [["No", "Unit / Jabatan (Peta Jabatan)", "Kelas", "Beban kerja (jam/tahun)", "Kebutuhan (ABK)", "Bezetting", "Selisih", "Usulan kebutuhan"]]
    data = [("Kepala Dinas", "14", "1.250", "1", "1", "0", "-"), ("Sekretaris", "12", "1.250", "1", "1", "0", "-"),
            ("Analis SDM Aparatur", "9", "2.480", "2", "1", "-1", "1"), ("Perencana Ahli Pertama", "8", "1.210", "1", "1", "0", "-"),
            ("Pengelola Keuangan", "7", "2.470", "2", "2", "0", "-"), ("Pranata Komputer Ahli Pertama", "8", "4.950", "4", "3", "-1", "1"),
            ("Administrator Database Kependudukan", "7", "6.120", "5", "3", "-2", "2"), ("Pengolah Data Kependudukan", "6", "8.640", "7", "6", "-1", "1"),
            ("Petugas Pelayanan Front Office", "5", "11.100", "9", "8", "-1", "1"), ("Verifikator Berkas Kependudukan", "6", "4.900", "4", "4", "0", "-"),
            ("Operator Layanan Operasional", "5", "6.180", "5", "5", "0", "-"), ("Pengadministrasi Umum", "5", "2.460", "2", "3", "+1", "-")]
    rows += [[str(i), *r] for i, r in enumerate(data, 1)]
    rl.table(rows, [1.0, 8.2, 1.5, 3.4, 3.0, 2.4, 2.0, 3.4], zebra=True)
    rl.p("Rencana kebutuhan pegawai: 7 (tujuh) formasi, diprioritaskan pada jabatan Administrator Database Kependudukan dan Pranata Komputer untuk mendukung layanan daring.")
    rl.signature(["Kepala Dinas Kependudukan dan Pencatatan Sipil", "Kabupaten Watu Lumbang,"], "Drs. Hendro Prasetyo Wibowo, M.Si.", "NIP. 19700815 199403 1 006", place_date="Watu Lumbang, 20 Februari 2023")
    return rl.build()


def tna(work, logo):
    d = Docx(size=11)
    kop(d, logo)
    d.center("ANALISIS KEBUTUHAN PENGEMBANGAN KOMPETENSI", after=0)
    d.center("(TRAINING NEED ANALYSIS) PEGAWAI", after=0)
    d.center("DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN WATU LUMBANG TAHUN 2023", after=10)
    d.para("**1. Metode**", after=2)
    d.para("Analisis dilakukan pada bulan Maret 2023 terhadap 46 pegawai melalui (a) kuesioner penilaian diri, (b) penilaian atasan langsung, dan (c) perbandingan kompetensi yang dimiliki dengan standar kompetensi jabatan, dengan memperhatikan hasil penilaian kinerja (SKP) tahun 2022.", indent=0.5)
    d.para("**2. Hasil analisis kebutuhan**", after=4)
    d.table([["No", "Kelompok jabatan", "Jumlah pegawai", "Kompetensi yang perlu dikembangkan", "Bentuk pengembangan", "Prioritas"],
             ["1", "Pejabat struktural", "9", "Manajemen risiko; kepemimpinan pelayanan", "Pelatihan, coaching", "Tinggi"],
             ["2", "Petugas front office dan verifikator", "12", "Pelayanan prima; komunikasi dengan pemohon disabilitas", "In-house training", "Tinggi"],
             ["3", "Administrator database dan pranata komputer", "6", "Keamanan data; SIAK terpusat", "Bimtek Ditjen Dukcapil", "Tinggi"],
             ["4", "Pengolah data dan operator", "11", "Verifikasi dokumen; pengarsipan digital", "Mentoring", "Sedang"],
             ["5", "Pengelola keuangan, perencana, umum", "8", "Penatausahaan keuangan; penyusunan laporan kinerja", "E-learning, pelatihan", "Sedang"]],
            widths=[0.8, 3.6, 1.8, 4.6, 3.2, 2.0], size=9.5, align=["c", "l", "c", "l", "l", "c"])
    d.para("**3. Tindak lanjut**", after=2)
    d.para("Hasil analisis ini menjadi dasar penyusunan rencana pengembangan kompetensi tahun 2023 yang diusulkan kepada Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Watu Lumbang.", indent=0.5)
    d.signature(["Kepala Dinas Kependudukan dan", "Pencatatan Sipil Kabupaten Watu Lumbang,"], "Drs. Hendro Prasetyo Wibowo, M.Si.", "NIP. 19700815 199403 1 006", place_date="Watu Lumbang, 27 Maret 2023")
    return docx_pdf(d, EV / "3. PENATAAN SDM/3.c Pengembangan Kompetensi/TNA Pegawai 2023.pdf", work)


def renstra_old(work, logo):
    rl = RL(EV / "4. PENGUATAN AKUNTABILITAS/4.b Dokumen Perencanaan/RENSTRA DISDUKCAPIL.pdf", base="Serif", size=11,
            footer="Renstra Disdukcapil Kabupaten Watu Lumbang 2017-2022 | {page}")
    rl.sp(2.5)
    rl.image(logo, 3.5)
    rl.sp(1.0)
    rl.p("RENCANA STRATEGIS", "title")
    rl.p("DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL", "title")
    rl.p("KABUPATEN WATU LUMBANG", "title")
    rl.sp(0.5)
    rl.p("TAHUN 2017-2022", "title")
    rl.sp(5)
    rl.p("PEMERINTAH KABUPATEN WATU LUMBANG<br/>2017", "subtitle")
    rl.br()
    rl.p("BAB I PENDAHULUAN", "h1")
    rl.p("Rencana Strategis Dinas Kependudukan dan Pencatatan Sipil Kabupaten Watu Lumbang Tahun 2017-2022 merupakan dokumen perencanaan lima tahunan yang disusun berpedoman pada RPJMD Kabupaten Watu Lumbang Tahun 2017-2022, dan ditetapkan dengan Keputusan Kepala Dinas Nomor 050/214/403.110/2017.")
    rl.p("BAB IV TUJUAN DAN SASARAN", "h1")
    rl.table([["Tujuan", "Sasaran", "Indikator sasaran", "Target 2022"],
              ["Meningkatkan kualitas pelayanan administrasi kependudukan", "Meningkatnya kepemilikan dokumen kependudukan", "Persentase penduduk wajib KTP yang memiliki KTP-el", "98%"],
              ["", "", "Persentase anak yang memiliki akta kelahiran", "95%"],
              ["", "Meningkatnya kepuasan masyarakat", "Indeks Kepuasan Masyarakat", "82"]],
             [4.0, 4.0, 5.5, 3.0])
    rl.p("BAB VIII PENUTUP", "h1")
    rl.p("Renstra ini menjadi pedoman penyusunan Rencana Kerja tahunan Dinas selama periode 2017-2022.")
    return rl.build()


def renja_2023(work, logo):
    rl = RL(EV / "4. PENGUATAN AKUNTABILITAS/4.b Dokumen Perencanaan/Renja 2023.pdf", base="Serif", size=11,
            footer="Renja Disdukcapil Kab. Watu Lumbang Tahun 2023 | {page}")
    rl.kop_block(KOP, ADDR, logo)
    rl.p("RENCANA KERJA (RENJA) PERANGKAT DAERAH", "title")
    rl.p("DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN WATU LUMBANG<br/>TAHUN 2023", "subtitle")
    rl.sp(0.2)
    rl.p("Renja Tahun 2023 disusun berdasarkan Rencana Kerja Pemerintah Daerah Kabupaten Watu Lumbang Tahun 2023 dan memuat program, kegiatan, indikator dan pagu indikatif Dinas.")
    rl.table([["Program / Kegiatan", "Indikator", "Target 2023", "Pagu (Rp)"],
              ["Program Pendaftaran Penduduk", "Persentase penduduk wajib KTP yang memiliki KTP-el", "99%", "1.245.000.000"],
              ["Program Pencatatan Sipil", "Persentase anak usia 0-18 tahun yang memiliki akta kelahiran", "97%", "832.500.000"],
              ["Program Pengelolaan Informasi Administrasi Kependudukan", "Persentase database kependudukan yang mutakhir", "100%", "615.000.000"],
              ["Program Pengelolaan Profil Kependudukan", "Jumlah lembaga pengguna yang memanfaatkan data kependudukan", "24 lembaga", "210.000.000"],
              ["Program Penunjang Urusan Pemerintahan Daerah", "Nilai SAKIP Perangkat Daerah", "BB", "2.987.400.000"]],
             [5.0, 6.0, 2.2, 3.3])
    rl.signature(["Kepala Dinas Kependudukan dan Pencatatan Sipil", "Kabupaten Watu Lumbang,"], "Drs. Hendro Prasetyo Wibowo, M.Si.", "NIP. 19700815 199403 1 006", place_date="Watu Lumbang, 5 Januari 2023")
    return rl.build()


def pk_2023(work, logo):
    d = Docx(size=11.5)
    kop(d, logo)
    d.center("PERJANJIAN KINERJA TAHUN 2023", size=13, after=10)
    d.para("Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:", after=6)
    d.labeled("Nama", ["Drs. Hendro Prasetyo Wibowo, M.Si."], letters=False)
    d.labeled("Jabatan", ["Kepala Dinas Kependudukan dan Pencatatan Sipil Kabupaten Watu Lumbang"], letters=False)
    d.para("selanjutnya disebut pihak pertama,")
    d.labeled("Nama", ["H. Arif Budiman Santosa, S.H., M.H."], letters=False)
    d.labeled("Jabatan", ["Bupati Watu Lumbang"], letters=False)
    d.para("selaku atasan pihak pertama, selanjutnya disebut pihak kedua.", after=6)
    d.para("Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.", after=6)
    d.para("Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.", after=8)
    d.signature(["Pihak Pertama,", "Kepala Dinas Kependudukan dan", "Pencatatan Sipil"], "Drs. Hendro Prasetyo Wibowo, M.Si.", "NIP. 19700815 199403 1 006",
                left_block=(["Pihak Kedua,", "Bupati Watu Lumbang", ""], "H. Arif Budiman Santosa, S.H., M.H.", None, None), place_date="Watu Lumbang, 2 Januari 2023")
    d.pagebreak()
    d.center("LAMPIRAN PERJANJIAN KINERJA TAHUN 2023", after=0)
    d.center("DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN WATU LUMBANG", after=8)
    d.table([["No", "Sasaran Strategis", "Indikator Kinerja", "Target"],
             ["1", "Meningkatnya cakupan kepemilikan dokumen kependudukan", "Persentase penduduk wajib KTP yang memiliki KTP-el", "99%"],
             ["", "", "Persentase anak usia 0-18 tahun yang memiliki akta kelahiran", "97%"],
             ["2", "Meningkatnya kualitas pelayanan administrasi kependudukan", "Indeks Kepuasan Masyarakat", "85,00"],
             ["3", "Meningkatnya pemanfaatan data kependudukan", "Jumlah lembaga pengguna data kependudukan", "24 lembaga"]],
            widths=[1.0, 5.5, 7.0, 3.0], size=10)
    return docx_pdf(d, EV / "4. PENGUATAN AKUNTABILITAS/4.b Dokumen Perencanaan/PK 2023 Kadis.pdf", work)


def lkjip_2022(work, logo):
    rl = RL(EV / "4. PENGUATAN AKUNTABILITAS/4.c Laporan Kinerja/LKjIP 2022.pdf", base="Serif", size=11,
            footer="LKjIP Disdukcapil Kabupaten Watu Lumbang Tahun 2022 | {page}")
    rl.sp(2.5)
    rl.image(logo, 3.2)
    rl.sp(0.8)
    rl.p("LAPORAN KINERJA INSTANSI PEMERINTAH", "title")
    rl.p("(LKjIP) TAHUN 2022", "title")
    rl.sp(0.4)
    rl.p("DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL<br/>KABUPATEN WATU LUMBANG", "title")
    rl.sp(6)
    rl.p("Jalan Veteran Nomor 17 Watu Lumbang", "center")
    rl.br()
    rl.p("KATA PENGANTAR", "h1")
    rl.p("Laporan Kinerja Instansi Pemerintah (LKjIP) Dinas Kependudukan dan Pencatatan Sipil Kabupaten Watu Lumbang Tahun 2022 disusun sebagai wujud pertanggungjawaban atas pelaksanaan Perjanjian Kinerja Tahun 2022, sesuai Peraturan Presiden Nomor 29 Tahun 2014 dan Peraturan Menteri PANRB Nomor 53 Tahun 2014.")
    rl.signature(["Kepala Dinas Kependudukan dan Pencatatan Sipil", "Kabupaten Watu Lumbang,"], "Drs. Hendro Prasetyo Wibowo, M.Si.", "NIP. 19700815 199403 1 006", place_date="Watu Lumbang, 20 Februari 2023")
    rl.br()
    rl.p("BAB III AKUNTABILITAS KINERJA", "h1")
    rl.p("A. Capaian kinerja organisasi", "h2")
    rl.table([["Sasaran", "Indikator", "Target 2022", "Realisasi 2022", "Capaian", "Realisasi 2021", "Target akhir Renstra"],
              ["Meningkatnya cakupan kepemilikan dokumen kependudukan", "Persentase penduduk wajib KTP yang memiliki KTP-el", "98%", "98,6%", "100,6%", "97,1%", "98%"],
              ["", "Persentase anak yang memiliki akta kelahiran", "95%", "96,2%", "101,3%", "93,4%", "95%"],
              ["Meningkatnya kepuasan masyarakat", "Indeks Kepuasan Masyarakat", "82,00", "84,71", "103,3%", "81,25", "82,00"],
              ["Meningkatnya pemanfaatan data kependudukan", "Jumlah lembaga pengguna data kependudukan", "20", "18", "90,0%", "14", "20"]],
             [3.3, 3.6, 1.6, 1.8, 1.6, 1.8, 2.2], zebra=True)
    rl.p("B. Analisis capaian", "h2")
    rl.p("Tiga dari empat indikator melampaui target. Kenaikan kepemilikan KTP-el dipengaruhi layanan jemput bola di 14 kecamatan dan perekaman di sekolah menengah. Indikator jumlah lembaga pengguna data belum tercapai (90%) karena empat perjanjian kerja sama dengan lembaga perbankan daerah baru ditandatangani pada Januari 2023. Dibandingkan tahun 2021, seluruh indikator mengalami peningkatan, dan tiga indikator telah mencapai target akhir Renstra.")
    rl.p("C. Realisasi anggaran", "h2")
    rl.table([["Program", "Pagu (Rp)", "Realisasi (Rp)", "%"],
              ["Pendaftaran Penduduk", "1.180.000.000", "1.152.430.000", "97,66"],
              ["Pencatatan Sipil", "790.000.000", "771.215.500", "97,62"],
              ["Pengelolaan Informasi Administrasi Kependudukan", "590.000.000", "566.870.000", "96,08"],
              ["Pengelolaan Profil Kependudukan", "195.000.000", "181.004.000", "92,82"]],
             [7.0, 3.2, 3.2, 1.6])
    rl.br()
    rl.kop_block(["PEMERINTAH KABUPATEN WATU LUMBANG", "SEKRETARIAT DAERAH"], ["Jalan Pemuda Nomor 1 Watu Lumbang 59471"], logo)
    rl.p("TANDA TERIMA PENYAMPAIAN LAPORAN KINERJA", "subtitle")
    rl.p("Bagian Organisasi Sekretariat Daerah Kabupaten Watu Lumbang telah menerima Laporan Kinerja Instansi Pemerintah Tahun 2022 dari Dinas Kependudukan dan Pencatatan Sipil Kabupaten Watu Lumbang pada tanggal 24 Februari 2023, sebanyak 1 (satu) eksemplar cetak dan 1 (satu) berkas elektronik.")
    rl.signature(["Yang menerima,", "Kepala Bagian Organisasi"], "Lestari Handayani, S.STP., M.Si.", "NIP. 19830517 200212 2 003", place_date="Watu Lumbang, 24 Februari 2023")
    return rl.build()


def undangan_upg(work, logo):
    d = Docx(size=11.5)
    kop(d, logo)
    d.para("Watu Lumbang, 6 Maret 2023", align="right", after=8)
    d.labeled("Nomor", ["005/118/403.110/2023"], letters=False, label_width=2.2)
    d.labeled("Sifat", ["Penting"], letters=False, label_width=2.2)
    d.labeled("Lampiran", ["-"], letters=False, label_width=2.2)
    d.labeled("Hal", ["Undangan Rapat Persiapan Pembentukan Unit Pengendalian Gratifikasi"], letters=False, label_width=2.2)
    d.para("Yth. Sekretaris, Kepala Bidang, Kepala Subbagian dan Anggota Pokja Penguatan Pengawasan\ndi tempat", align="left", after=8)
    d.para("Dalam rangka menindaklanjuti rencana kerja pembangunan Zona Integritas Area Penguatan Pengawasan, bersama ini kami mengundang Saudara untuk menghadiri rapat persiapan pembentukan Unit Pengendalian Gratifikasi (UPG) Dinas Kependudukan dan Pencatatan Sipil Kabupaten Watu Lumbang, yang akan dilaksanakan pada:", first=1.0)
    d.labeled("Hari, tanggal", ["Kamis, 9 Maret 2023"], letters=False, label_width=3.0)
    d.labeled("Pukul", ["09.00 WIB s.d. selesai"], letters=False, label_width=3.0)
    d.labeled("Tempat", ["Ruang Rapat Dinas, Lantai 2"], letters=False, label_width=3.0)
    d.labeled("Acara", ["Pembahasan rancangan keputusan pembentukan UPG dan penunjukan anggotanya"], letters=False, label_width=3.0)
    d.para("Mengingat pentingnya acara tersebut, dimohon kehadiran Saudara tepat waktu. Atas perhatian dan kehadirannya kami sampaikan terima kasih.", first=1.0, after=8)
    d.signature(["a.n. KEPALA DINAS KEPENDUDUKAN DAN", "PENCATATAN SIPIL KABUPATEN WATU LUMBANG", "Sekretaris,"], "RETNO WULANDARI, S.Sos., M.M.", "NIP. 19780412 200312 2 007")
    return docx_pdf(d, EV / "5. PENGUATAN PENGAWASAN/5.a Gratifikasi/SK UPG.pdf", work)


def register_risiko(work, logo):
    rl = RL(EV / "5. PENGUATAN PENGAWASAN/5.b SPIP/Register Risiko 2023.pdf", base="Sans", size=9.5, landscape_page=True, margins=(1.5, 1.5, 1.8, 1.8))
    rl.kop_block(KOP, ADDR, logo)
    rl.p("REGISTER RISIKO DAN RENCANA TINDAK PENGENDALIAN", "title")
    rl.p("DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN WATU LUMBANG TAHUN 2023", "subtitle")
    rl.p("Identifikasi dan penilaian risiko dilakukan atas seluruh proses bisnis utama dan pendukung sesuai Peraturan Bupati Watu Lumbang Nomor 33 Tahun 2020 tentang Penyelenggaraan SPIP. Skala kemungkinan (K) dan dampak (D) 1-5; skor = K x D.")
    rows = [["No", "Proses bisnis", "Pernyataan risiko", "Penyebab", "K", "D", "Skor", "Level", "Rencana tindak pengendalian", "PJ"]]
    data = [("PB.1.1 KTP-el", "Keterlambatan pencetakan KTP-el", "Ketersediaan blangko terbatas", "3", "4", "12", "Tinggi", "Monitoring stok mingguan; permintaan blangko ke Ditjen Dukcapil", "Kabid Dafduk"),
            ("PB.1.2 KK", "Penerbitan KK berdasarkan berkas tidak sah", "Verifikasi manual", "2", "5", "10", "Sedang", "Verifikasi berlapis; cek silang database", "Kabid Dafduk"),
            ("PB.1.4 Pindah datang", "Pungutan tidak resmi oleh pihak ketiga", "Pemohon menggunakan calo", "3", "4", "12", "Tinggi", "Kampanye layanan gratis; kanal pengaduan; CCTV loket", "Sekretaris"),
            ("PB.2.1 Akta kelahiran", "Kesalahan data pada kutipan akta", "Input berulang", "2", "3", "6", "Sedang", "Validasi dua orang sebelum cetak", "Kabid Capil"),
            ("PB.3.1 Database", "Kebocoran data pribadi penduduk", "Hak akses belum dibatasi", "2", "5", "10", "Sedang", "Pembatasan hak akses; log akses bulanan", "Kabid PIAK"),
            ("PB.4.1 Pemanfaatan data", "Penggunaan data di luar perjanjian", "Pengawasan lemah", "2", "4", "8", "Sedang", "Audit pemanfaatan data per semester", "Kabid PDIP"),
            ("PD.1.1 Keuangan", "Realisasi anggaran tidak sesuai jadwal", "Perencanaan kas kurang tepat", "3", "3", "9", "Sedang", "Rencana penarikan dana bulanan", "Kasubag PK"),
            ("PD.1.2 Kepegawaian", "Data kepegawaian tidak mutakhir", "Pemutakhiran tidak rutin", "3", "2", "6", "Sedang", "Pemutakhiran setiap ada perubahan", "Kasubag Umpeg")]
    rows += [[str(i), *r] for i, r in enumerate(data, 1)]
    rl.table(rows, [0.8, 2.8, 4.0, 3.4, 0.7, 0.7, 1.0, 1.4, 6.0, 2.2], zebra=True, size=8)
    rl.signature(["Kepala Dinas Kependudukan dan Pencatatan Sipil", "Kabupaten Watu Lumbang,"], "Drs. Hendro Prasetyo Wibowo, M.Si.", "NIP. 19700815 199403 1 006", place_date="Watu Lumbang, 15 Februari 2023")
    return rl.build()


def sk_pengaduan_sari_lembah(work, logo_sl):
    d = Docx()
    kop(d, logo_sl, neighbour=True)
    d.center("KEPUTUSAN KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL")
    d.center("KABUPATEN SARI LEMBAH")
    d.center("NOMOR 470/052/DISDUKCAPIL/2023", bold=False, after=6)
    d.center("TENTANG", bold=False, after=6)
    d.center("PEMBENTUKAN TIM PENGELOLA PENGADUAN MASYARAKAT PADA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN SARI LEMBAH", after=8)
    d.center("KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN SARI LEMBAH,", after=8)
    d.labeled("Menimbang", [
        "bahwa untuk menjamin setiap pengaduan masyarakat atas pelayanan administrasi kependudukan diterima, dicatat dan ditindaklanjuti secara cepat dan tuntas, perlu dibentuk tim pengelola pengaduan masyarakat;",
        "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a perlu menetapkan Keputusan Kepala Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sari Lembah;",
    ])
    d.labeled("Mengingat", [
        "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;",
        "Peraturan Presiden Nomor 76 Tahun 2013 tentang Pengelolaan Pengaduan Pelayanan Publik;",
        "Peraturan Menteri PANRB Nomor 62 Tahun 2018 tentang Pedoman Teknis Pengelolaan Pengaduan Pelayanan Publik Nasional;",
        "Peraturan Bupati Sari Lembah Nomor 27 Tahun 2021 tentang Pengelolaan Pengaduan Pelayanan Publik di Lingkungan Pemerintah Kabupaten Sari Lembah;",
    ], letters=["1.", "2.", "3.", "4."])
    d.center("MEMUTUSKAN:", after=6)
    d.diktum([
        ("KESATU", "Membentuk Tim Pengelola Pengaduan Masyarakat pada Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sari Lembah dengan susunan sebagaimana tercantum dalam Lampiran."),
        ("KEDUA", "Tim bertugas:\na. menerima pengaduan melalui loket pengaduan, kotak saran, layanan pesan WhatsApp, media sosial dan SP4N-LAPOR!;\nb. mencatat, meneruskan dan memantau tindak lanjut pengaduan paling lama 5 (lima) hari kerja;\nc. menyusun laporan rekapitulasi pengaduan setiap bulan kepada Kepala Dinas."),
        ("KETIGA", "Keputusan ini mulai berlaku pada tanggal ditetapkan."),
    ])
    d.signature(["KEPALA DINAS KEPENDUDUKAN DAN", "PENCATATAN SIPIL KABUPATEN SARI LEMBAH,"], "Ir. MULYADI HARTONO, M.M.", "NIP. 19680921 199503 1 003", place_date="Ditetapkan di Sari Lembah\npada tanggal 6 Februari 2023")
    d.blank(1)
    d.para("LAMPIRAN: SUSUNAN TIM PENGELOLA PENGADUAN MASYARAKAT", bold=True, align="left")
    d.table([["No", "Kedudukan", "Nama", "Jabatan"],
             ["1", "Penanggung jawab", "Ir. Mulyadi Hartono, M.M.", "Kepala Dinas"],
             ["2", "Ketua", "Suparno, S.Sos.", "Sekretaris"],
             ["3", "Anggota", "Rina Oktaviani, S.H.", "Analis Pengaduan"],
             ["4", "Anggota", "Yoga Permana, A.Md.", "Pengelola Layanan Informasi"],
             ["5", "Anggota / Admin SP4N-LAPOR!", "Ahmad Syaifudin, S.Kom.", "Pranata Komputer Ahli Pertama"]],
            widths=[1.0, 4.8, 5.2, 5.5], size=10)
    return docx_pdf(d, EV / "5. PENGUATAN PENGAWASAN/5.c Pengaduan/SK Tim Pengelola Pengaduan.pdf", work)


def sk_standar_pelayanan(work, logo):
    d = Docx(size=11.5)
    kop(d, logo)
    d.center("KEPUTUSAN KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL")
    d.center("KABUPATEN WATU LUMBANG")
    d.center("NOMOR 188.4/96/403.110/2022", bold=False, after=6)
    d.center("TENTANG", bold=False, after=6)
    d.center("STANDAR PELAYANAN PADA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN WATU LUMBANG", after=8)
    d.center("KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN WATU LUMBANG,", after=8)
    d.labeled("Menimbang", [
        "bahwa sesuai Pasal 15 Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik, penyelenggara berkewajiban menyusun dan menetapkan standar pelayanan;",
        "bahwa standar pelayanan telah disusun bersama masyarakat melalui Forum Konsultasi Publik tanggal 22 September 2022;",
        "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan Keputusan Kepala Dinas tentang Standar Pelayanan;",
    ])
    d.labeled("Mengingat", [
        "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;",
        "Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil;",
        "Peraturan Menteri PANRB Nomor 15 Tahun 2014 tentang Pedoman Standar Pelayanan;",
    ], letters=["1.", "2.", "3."])
    d.center("MEMUTUSKAN:", after=6)
    d.diktum([
        ("KESATU", "Menetapkan Standar Pelayanan pada Dinas Kependudukan dan Pencatatan Sipil Kabupaten Watu Lumbang untuk seluruh jenis pelayanan sebagaimana tercantum dalam Lampiran."),
        ("KEDUA", "Standar Pelayanan sebagaimana dimaksud dalam Diktum KESATU memuat komponen penyampaian pelayanan (persyaratan; sistem, mekanisme dan prosedur; jangka waktu; biaya/tarif; produk pelayanan; penanganan pengaduan, saran dan masukan) dan komponen pengelolaan pelayanan (dasar hukum; sarana dan prasarana; kompetensi pelaksana; pengawasan internal; jumlah pelaksana; jaminan pelayanan; jaminan keamanan dan keselamatan; evaluasi kinerja pelaksana)."),
        ("KETIGA", "Standar Pelayanan wajib dipublikasikan dan dimaklumatkan, serta dievaluasi paling sedikit satu kali dalam setahun."),
        ("KEEMPAT", "Keputusan ini mulai berlaku pada tanggal ditetapkan."),
    ])
    d.signature(TITLE_KADIS, KADIS, KADIS_NIP, place_date="Ditetapkan di Watu Lumbang\npada tanggal 10 Oktober 2022")
    d.pagebreak()
    d.para("LAMPIRAN: STANDAR PELAYANAN (RINGKASAN KOMPONEN PENYAMPAIAN PELAYANAN)", bold=True, align="left", after=6)
    rows = [["No", "Jenis pelayanan", "Persyaratan pokok", "Jangka waktu", "Biaya", "Produk"]]
    reqs = ["Fotokopi KK; telah berusia 17 tahun atau sudah kawin", "Formulir F-1.01; buku nikah/akta perkawinan; surat keterangan pindah (bila ada)",
            "KK asli; akta kelahiran anak; pas foto (anak usia 5-17 tahun)", "KK; KTP-el; formulir F-1.03", "Surat keterangan kelahiran; KK dan KTP-el orang tua; buku nikah",
            "Surat keterangan kematian; KK; KTP-el pelapor", "Surat perkawinan dari pemuka agama; KTP-el dan KK mempelai; pas foto berdampingan", "KTP-el; telepon pintar pemohon"]
    times = ["1 hari (cetak) setelah perekaman", "1 hari kerja", "1 hari kerja", "1 jam", "1 hari kerja", "1 hari kerja", "3 hari kerja", "15 menit"]
    prods = ["KTP-el", "Kartu Keluarga", "KIA", "SKPWNI", "Kutipan akta kelahiran", "Kutipan akta kematian", "Kutipan akta perkawinan/perceraian", "IKD aktif"]
    for i, s in enumerate(SERVICES):
        rows.append([str(i + 1), s, reqs[i], times[i], "Gratis", prods[i]])
    d.table(rows, widths=[0.8, 3.9, 5.4, 2.4, 1.4, 2.6], size=9, align=["c", "l", "l", "l", "c", "l"])
    d.para("Penanganan pengaduan, saran dan masukan untuk seluruh jenis pelayanan: loket pengaduan, kotak saran, WhatsApp 0812-2000-4717, Instagram @disdukcapil.watulumbang dan SP4N-LAPOR!. Sarana dan prasarana, kompetensi dan jumlah pelaksana, pengawasan internal, jaminan pelayanan, jaminan keamanan dan keselamatan serta evaluasi kinerja pelaksana berlaku sama untuk seluruh jenis pelayanan dan diuraikan pada Bagian B lampiran ini.", size=10)
    return docx_pdf(d, EV / "6. PELAYANAN PUBLIK/6.a Standar Pelayanan/SK Standar Pelayanan 2022.pdf", work)


def maklumat(work, logo):
    d = Docx(size=13)
    kop(d, logo)
    d.blank(2)
    d.center("MAKLUMAT PELAYANAN", size=22, after=18)
    d.para("\"DENGAN INI KAMI MENYATAKAN SANGGUP MENYELENGGARAKAN PELAYANAN SESUAI STANDAR PELAYANAN YANG TELAH DITETAPKAN, MEMBERIKAN PELAYANAN TANPA PUNGUTAN BIAYA, DAN APABILA TIDAK MENEPATI JANJI INI KAMI SIAP MENERIMA SANKSI SESUAI PERATURAN PERUNDANG-UNDANGAN YANG BERLAKU\"", bold=True, align="center", size=15, after=24)
    d.blank(2)
    d.signature(["KEPALA DINAS KEPENDUDUKAN DAN", "PENCATATAN SIPIL KABUPATEN WATU LUMBANG,"], KADIS, KADIS_NIP, place_date="Watu Lumbang, 2 Januari 2023", indent=8.0, gap=4, size=12)
    src = docx_pdf(d, work / "maklumat_src.pdf", work)
    return scan_pdf(src, EV / "6. PELAYANAN PUBLIK/6.a Standar Pelayanan/IMG_20230103_maklumat.pdf", seed=21, signer=KADIS,
                    ring_text="PEMERINTAH KABUPATEN WATU LUMBANG", center_lines=["DINAS", "DUKCAPIL"], angle=-0.9, speckles=700, quality=45)


def publikasi(work, logo):
    rl = RL(EV / "6. PELAYANAN PUBLIK/6.a Standar Pelayanan/Publikasi SP dan Maklumat.pdf", base="Sans", size=10.5)
    rl.kop_block(KOP, ADDR, logo)
    rl.p("DOKUMENTASI PUBLIKASI STANDAR PELAYANAN DAN MAKLUMAT PELAYANAN", "title")
    rl.p("DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN WATU LUMBANG TAHUN 2023", "subtitle")
    rl.sp(0.2)
    s1 = make_screenshot(work / "web_sp.jpg", "https://disdukcapil.watulumbangkab.go.id/standar-pelayanan", "Standar Pelayanan & Maklumat",
                         ["Standar Pelayanan Disdukcapil (Keputusan Nomor 188.4/96/403.110/2022)", "1. Penerbitan KTP-el    2. Kartu Keluarga    3. KIA",
                          "4. Pindah Datang    5. Akta Kelahiran    6. Akta Kematian", "7. Akta Perkawinan/Perceraian    8. Aktivasi IKD", "Unduh Maklumat Pelayanan (PDF)  |  Diperbarui 04-01-2023"], seed=31)
    rl.image(s1, 15, "Gambar 1. Standar pelayanan dan maklumat pelayanan pada laman resmi Dinas (diakses 4 Januari 2023)")
    s2 = make_screenshot(work / "ig_sp.jpg", "disdukcapil.watulumbang", "MAKLUMAT PELAYANAN", ["Kami sanggup melayani sesuai", "standar pelayanan, GRATIS", "tanpa pungutan biaya!", "5 Januari 2023 - 214 suka"], seed=32, kind="ig", size=(800, 800))
    rl.image(s2, 9, "Gambar 2. Publikasi maklumat pelayanan melalui Instagram @disdukcapil.watulumbang, 5 Januari 2023")
    p3 = make_photo(work / "ruang_tunggu.jpg", "ruang pelayanan lt.1", seed=33, people=3, banner="MAKLUMAT PELAYANAN\nDISDUKCAPIL WATU LUMBANG")
    rl.image(p3, 11, "Gambar 3. Maklumat pelayanan dan standar pelayanan terpasang di ruang pelayanan lantai 1")
    return rl.build()


def skm_sem1(work, logo):
    rl = RL(EV / "6. PELAYANAN PUBLIK/6.d SKM/Laporan SKM Semester I 2023.pdf", base="Serif", size=11,
            footer="Laporan SKM Disdukcapil Kabupaten Watu Lumbang Semester I 2023 | {page}")
    rl.kop_block(KOP, ADDR, logo)
    rl.p("LAPORAN SURVEI KEPUASAN MASYARAKAT", "title")
    rl.p("DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN WATU LUMBANG<br/>SEMESTER I TAHUN 2023 (JANUARI - JUNI 2023)", "subtitle")
    rl.p("BAB I PENDAHULUAN", "h1")
    rl.p("Survei Kepuasan Masyarakat (SKM) dilaksanakan berdasarkan Peraturan Menteri PANRB Nomor 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik, terhadap seluruh jenis pelayanan administrasi kependudukan.")
    rl.p("BAB II METODOLOGI", "h1")
    rl.p("Survei menggunakan kuesioner sembilan unsur pelayanan dengan skala 1-4. Responden dipilih secara acak dari pemohon layanan selama 2 Januari - 30 Juni 2023. Jumlah sampel ditetapkan dengan tabel Krejcie dan Morgan: populasi 18.460 pemohon, sampel minimal 377, responden terkumpul 412 orang.")
    rl.p("BAB III HASIL", "h1")
    un = [("U1", "Persyaratan", "3,52"), ("U2", "Sistem, mekanisme dan prosedur", "3,44"), ("U3", "Waktu penyelesaian", "3,21"), ("U4", "Biaya/tarif", "3,92"),
          ("U5", "Produk spesifikasi jenis pelayanan", "3,50"), ("U6", "Kompetensi pelaksana", "3,46"), ("U7", "Perilaku pelaksana", "3,55"),
          ("U8", "Penanganan pengaduan, saran dan masukan", "3,30"), ("U9", "Sarana dan prasarana", "3,20")]
    rl.table([["Kode", "Unsur pelayanan", "Nilai rata-rata"], *[list(u) for u in un], ["", "Nilai IKM (konversi)", "86,42 (B - Baik)"]], [2, 10, 4.5], zebra=True)
    rl.p("BAB IV ANALISIS DAN RENCANA TINDAK LANJUT", "h1")
    rl.p("Unsur dengan nilai terendah adalah sarana dan prasarana (U9) dan waktu penyelesaian (U3). Rencana tindak lanjut: penambahan kursi tunggu dan pendingin ruangan pada ruang pelayanan lantai 1 (triwulan III), serta pembukaan meja layanan selesai di hari yang sama untuk KK dan KIA (Juli 2023).")
    rl.p("BAB V PENUTUP", "h1")
    rl.p("Hasil survei ini dilaporkan kepada Kepala Dinas dan digunakan sebagai bahan perbaikan pelayanan. Survei berikutnya dilaksanakan untuk periode Juli - Desember 2023.")
    rl.signature(["Kepala Dinas Kependudukan dan Pencatatan Sipil", "Kabupaten Watu Lumbang,"], "Drs. Hendro Prasetyo Wibowo, M.Si.", "NIP. 19700815 199403 1 006", place_date="Watu Lumbang, 10 Juli 2023")
    return rl.build()


def main():
    if EV.exists():
        shutil.rmtree(EV)
    EV.mkdir(parents=True)
    with tempfile.TemporaryDirectory() as t:
        work = Path(t)
        logo = make_logo(work / "logo_wl.png", "shield", 1)
        logo_sl = make_logo(work / "logo_sl.png", "shield", 2)
        src = sk_tim(work, logo)
        scan_pdf(src, EV / "1. MANAJEMEN PERUBAHAN/1.a SK Tim/Scan_20230116_0001.pdf", seed=11, signer=KADIS,
                 ring_text="PEMERINTAH KABUPATEN WATU LUMBANG", center_lines=["DINAS", "DUKCAPIL"], angle=1.25, speckles=2600, blur=1.0, quality=34, noise=26, pages_with_stamp="all")
        notulen_penentuan(logo).save(EV / "1. MANAJEMEN PERUBAHAN/1.b Mekanisme Pemilihan Tim/Notulen Penentuan Anggota Tim ZI.docx")
        rencana_kerja(work, logo)
        monev(1, logo)
        monev(2, logo)
        followup_en(work, logo)
        role_model(work, logo)
        sk_agen_2022(work, logo)
        sk_sop(work, logo)
        sk_ppid(logo).save(EV / "2. PENATAAN TATALAKSANA/2.c Keterbukaan Informasi/SK PPID Pelaksana 2023.docx")
        abk(work, logo)
        tna(work, logo)
        renstra_old(work, logo)
        renja_2023(work, logo)
        pk_2023(work, logo)
        lkjip_2022(work, logo)
        undangan_upg(work, logo)
        register_risiko(work, logo)
        sk_pengaduan_sari_lembah(work, logo_sl)
        sk_standar_pelayanan(work, logo)
        maklumat(work, logo)
        publikasi(work, logo)
        skm_sem1(work, logo)
    for f in sorted(EV.rglob("*")):
        if f.is_file():
            print(f"{f.stat().st_size:>9}  {f.relative_to(EV)}")


if __name__ == "__main__":
    main()
