"""Unit 2: Rumah Sakit Umum Daerah dr. R. Soedarsono Kota Sendang Kerta, 2024, toward WBBM.

A city's general hospital (BLUD) under the Pemerintah Kota Sendang Kerta, WBK since 2022. Fabricated:
the city and the regency of the same name, both hospitals, the city inspectorate, all people, numbers
and documents are invented.
Run: /work/main/.venv/bin/python tests/blind2/_tools/build_unit2.py
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx.shared import Cm  # noqa: E402

from common import (RL, Docx, Seal, _fix_widths, docx_pdf, emblem, event_photo, merge_pdfs, photo_jpg,  # noqa: E402
                    scan_pdf, screenshot, truncated_pdf, write_xlsx)

ROOT = Path(__file__).resolve().parents[1] / "rsud_soedarsono_sendang_kerta"
EV = ROOT / "evidence"
A1 = "01 MANAJEMEN PERUBAHAN"
A2 = "02 PENATAAN TATALAKSANA"
A3 = "03 PENATAAN SDM"
A4 = "04 PENGUATAN AKUNTABILITAS"
A5 = "05 PENGUATAN PENGAWASAN"
A6 = "06 PELAYANAN PUBLIK"

KOP = ["PEMERINTAH KOTA SENDANG KERTA", "RUMAH SAKIT UMUM DAERAH dr. R. SOEDARSONO"]
ADDR = ["Jalan Pahlawan Nomor 118 Sendang Kerta 50762 Telepon (0296) 421118, Faksimile (0296) 421119",
        "Laman: rsudsoedarsono.sendangkertakota.go.id    Pos-el: rsud.soedarsono@sendangkertakota.go.id"]
KOP_KAB = ["PEMERINTAH KABUPATEN SENDANG KERTA", "RUMAH SAKIT UMUM DAERAH KABUPATEN SENDANG KERTA"]
ADDR_KAB = ["Jalan Raya Wonosari Km. 4, Kaliputih, Kabupaten Sendang Kerta 50771 Telepon (0296) 531200",
            "Laman: rsud.sendangkertakab.go.id"]
KOP_INSP = ["PEMERINTAH KOTA SENDANG KERTA", "INSPEKTORAT DAERAH"]
ADDR_INSP = ["Jalan Diponegoro Nomor 9 Sendang Kerta 50761 Telepon (0296) 420915", "Laman: inspektorat.sendangkertakota.go.id"]
KOP_PEMKOT = ["PEMERINTAH KOTA SENDANG KERTA"]

UNIT = "Rumah Sakit Umum Daerah dr. R. Soedarsono Kota Sendang Kerta"
HEAD = "DIREKTUR RUMAH SAKIT UMUM DAERAH dr. R. SOEDARSONO KOTA SENDANG KERTA"
DIR = "dr. ANINDITA PRAMESWARI, Sp.PD., M.Kes."
DIR_SIG = "ANINDITA PRAMESWARI"
DIR_SUB = ["Pembina Utama Muda", "NIP 19760412 200312 2 007"]
WADIR_YAN = "dr. BAGUS HARIMURTI, Sp.B."
WADIR_YAN_SUB = ["Pembina Tingkat I", "NIP 19790823 200604 1 012"]
WADIR_UM = "RETNO WULANDARI, S.E., M.M."
WADIR_UM_SUB = ["Pembina Tingkat I", "NIP 19780304 200212 2 004"]
KABAG_REN = "HENDRA KUSUMA WIJAYA, S.K.M., M.Kes."
KABAG_REN_SUB = ["Pembina", "NIP 19820511 200801 1 009"]
KABAG_UM = "SRI MULYANINGSIH, S.H."
KABAG_UM_SUB = ["Pembina", "NIP 19800917 200501 2 013"]
KABID_KEP = "Ns. TITIK HANDAYANI, S.Kep., M.Kep."
KABID_KEP_SUB = ["Pembina", "NIP 19810126 200501 2 006"]
SPI = "AGUNG PRASETYO, S.E., Ak."
SPI_SUB = ["Penata Tingkat I", "NIP 19870714 201101 1 003"]
WALIKOTA = "H. MUHAMMAD FARID ASSEGAF, S.H., M.Si."
WALIKOTA_SIG = "MUHAMMAD FARID ASSEGAF"
INSPEKTUR = "Drs. BUDI SANTOSA, M.Si."
INSPEKTUR_SUB = ["Pembina Utama Muda", "NIP 19680302 199303 1 008"]
STAMP = dict(ring="RSUD dr. R. SOEDARSONO KOTA SENDANG KERTA", center=["DIREKTUR"], ink=(40, 60, 160))
STAMP_KOTA = dict(ring="PEMERINTAH KOTA SENDANG KERTA", center=["WALI KOTA"], ink=(150, 40, 60))
TTD_DIR = (["DIREKTUR RSUD dr. R. SOEDARSONO", "KOTA SENDANG KERTA,"], DIR, DIR_SUB)

MENGINGAT_RS = [
    "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;",
    "Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan;",
    "Peraturan Pemerintah Nomor 47 Tahun 2021 tentang Penyelenggaraan Bidang Perumahsakitan;",
    "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 90 Tahun 2021 tentang Pembangunan dan Evaluasi Zona Integritas Menuju Wilayah Bebas dari Korupsi dan Wilayah Birokrasi Bersih dan Melayani di Instansi Pemerintah;",
    "Peraturan Wali Kota Sendang Kerta Nomor 41 Tahun 2021 tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi serta Tata Kerja Rumah Sakit Umum Daerah dr. R. Soedarsono;",
]


def kop(d: Docx, logo, logo_r, lines=KOP, addr=ADDR):
    d.kop_center(lines, addr, logo=logo, logo_right=logo_r, sizes=[13] + [14] * (len(lines) - 1))


def rkop(rl: RL, logo, logo_r, lines=KOP, addr=ADDR):
    rl.kop(lines, addr, logo=logo, logo_right=logo_r)


def sk(d: Docx, nomor, tentang, menimbang, mengingat, diktum, tanggal, head=HEAD, ttd=TTD_DIR, size=11, place="Sendang Kerta"):
    d.center("KEPUTUSAN " + head, after=0, size=size)
    d.center("NOMOR " + nomor, bold=False, after=4, size=size)
    d.center("TENTANG", bold=False, after=4, size=size)
    d.center(tentang, after=8, size=size)
    d.center(head.replace("KEPUTUSAN ", "") + ",", bold=False, after=8, size=size)
    d.labeled("Menimbang", menimbang, size=size)
    d.labeled("Mengingat", mengingat, marks=[f"{i}." for i in range(1, len(mengingat) + 1)], size=size)
    d.center("MEMUTUSKAN:", after=6, size=size)
    d.diktum(diktum, size=size)
    d.signature(ttd[0], ttd[1], ttd[2], place_date=f"Ditetapkan di {place}\npada tanggal {tanggal}", size=size)


# --------------------------------------------------------------------------- Area I

TEAM = [
    ("Penanggung Jawab", "dr. Anindita Prameswari, Sp.PD., M.Kes.", "Direktur"),
    ("Ketua", "dr. Bagus Harimurti, Sp.B.", "Wakil Direktur Pelayanan"),
    ("Wakil Ketua", "Retno Wulandari, S.E., M.M.", "Wakil Direktur Umum dan Keuangan"),
    ("Sekretaris", "Hendra Kusuma Wijaya, S.K.M., M.Kes.", "Kepala Bagian Perencanaan dan Keuangan"),
    ("Koordinator Area I Manajemen Perubahan", "dr. Larasati Wibisono, M.M.R.", "Kepala Bidang Pelayanan Medik"),
    ("Anggota", "Ns. Dimas Aryo Saputro, S.Kep.", "Kepala Ruang Rawat Inap Melati"),
    ("Koordinator Area II Penataan Tatalaksana", "Galih Permana, S.Kom.", "Kepala Instalasi SIMRS"),
    ("Anggota", "Dewi Anggraeni, A.Md.RMIK", "Koordinator Rekam Medis"),
    ("Koordinator Area III Penataan SDM", "Sri Mulyaningsih, S.H.", "Kepala Bagian Umum dan Kepegawaian"),
    ("Anggota", "Yulia Kartikasari, S.Psi.", "Analis SDM Aparatur"),
    ("Koordinator Area IV Penguatan Akuntabilitas", "Hendra Kusuma Wijaya, S.K.M., M.Kes.", "Kepala Bagian Perencanaan dan Keuangan"),
    ("Anggota", "Rizky Amalia, S.E.", "Perencana Ahli Pertama"),
    ("Koordinator Area V Penguatan Pengawasan", "Agung Prasetyo, S.E., Ak.", "Ketua Satuan Pengawas Internal"),
    ("Anggota", "apt. Nurul Hidayah, S.Farm.", "Anggota SPI / Instalasi Farmasi"),
    ("Koordinator Area VI Peningkatan Kualitas Pelayanan Publik", "Ns. Titik Handayani, S.Kep., M.Kep.", "Kepala Bidang Keperawatan"),
    ("Anggota", "Bambang Sutejo, S.Sos.", "Kepala Instalasi Humas dan Pengaduan"),
    ("Anggota", "dr. Fitri Ramadhani", "Kepala Instalasi Gawat Darurat"),
    ("Anggota", "Arif Rahman Hakim, A.Md.Kep.", "Perawat Pelaksana Poliklinik"),
]


def sk_tim(work, logo, logo_r):
    d = Docx(font_name="Bookman Old Style", size=11, folio=True)
    kop(d, logo, logo_r)
    d.para("Sendang Kerta, 08/01/2024", align="right", after=6)
    d.kv([("Nomor", "005/ 0041 /RSUD"), ("Sifat", "Penting"), ("Lampiran", "-"), ("Hal", "Undangan Rapat Pembentukan Tim ZI Tahun 2024")], widths=(2.4, 0.4))
    d.para("Yth. Wakil Direktur, Kepala Bagian, Kepala Bidang, Ketua Komite, Ketua SPI dan Kepala Instalasi\ndi lingkungan RSUD dr. R. Soedarsono\ndi Sendang Kerta", align="left", after=8)
    d.para("Dalam rangka persiapan pembangunan Zona Integritas menuju Wilayah Birokrasi Bersih dan Melayani (WBBM) Tahun 2024, bersama ini kami mengundang Saudara untuk hadir pada rapat yang akan dilaksanakan pada:", first=1.0)
    d.kv([("Hari, tanggal", "Rabu, 10 Januari 2024"), ("Pukul", "09.00 WIB s.d. selesai"), ("Tempat", "Ruang Rapat Direksi Lantai 3 Gedung Administrasi"),
          ("Acara", "1. Penetapan mekanisme seleksi anggota Tim ZI\n2. Pembahasan pembagian kelompok kerja per area perubahan")], widths=(3.0, 0.4))
    d.para("Mengingat pentingnya acara tersebut, kehadiran Saudara tepat pada waktunya sangat kami harapkan.", first=1.0, after=8)
    d.signature(["Direktur,"], DIR, DIR_SUB, size=11)
    d.pagebreak()
    kop(d, logo, logo_r)
    sk(d, "445/ 014 /RSUD/I/2024", "PEMBENTUKAN TIM PEMBANGUNAN ZONA INTEGRITAS MENUJU WILAYAH BIROKRASI BERSIH DAN MELAYANI RUMAH SAKIT UMUM DAERAH dr. R. SOEDARSONO KOTA SENDANG KERTA TAHUN 2024",
       ["bahwa Rumah Sakit Umum Daerah dr. R. Soedarsono telah memperoleh predikat Wilayah Bebas dari Korupsi pada Tahun 2022 dan diusulkan menuju Wilayah Birokrasi Bersih dan Melayani pada Tahun 2024;",
        "bahwa berdasarkan hasil seleksi anggota tim sebagaimana tercantum dalam Berita Acara tanggal 10 Januari 2024, perlu membentuk Tim Pembangunan Zona Integritas;",
        "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan Keputusan Direktur tentang Pembentukan Tim Pembangunan Zona Integritas Tahun 2024;"],
       MENGINGAT_RS[3:] + MENGINGAT_RS[:1],
       [("KESATU", "Membentuk Tim Pembangunan Zona Integritas menuju Wilayah Birokrasi Bersih dan Melayani RSUD dr. R. Soedarsono Kota Sendang Kerta Tahun 2024 dengan susunan sebagaimana tercantum dalam Lampiran Keputusan ini."),
        ("KEDUA", "Tim sebagaimana dimaksud dalam Diktum KESATU terdiri atas enam kelompok kerja sesuai area perubahan dan bertugas menyusun rencana kerja, melaksanakan, memantau, mengevaluasi serta melaporkan pembangunan Zona Integritas kepada Direktur setiap triwulan."),
        ("KETIGA", "Segala biaya yang timbul akibat ditetapkannya Keputusan ini dibebankan pada anggaran Badan Layanan Umum Daerah RSUD dr. R. Soedarsono Tahun 2024."),
        ("KEEMPAT", "Keputusan ini mulai berlaku pada tanggal ditetapkan sampai dengan tanggal 31 Desember 2024.")],
       "15 Januari 2024")
    d.pagebreak()
    d.para("LAMPIRAN\nKEPUTUSAN DIREKTUR RSUD dr. R. SOEDARSONO\nNOMOR 445/ 014 /RSUD/I/2024\nTANGGAL 15 JANUARI 2024", align="left", indent=9.0, size=9, after=8)
    d.center("SUSUNAN TIM PEMBANGUNAN ZONA INTEGRITAS MENUJU WBBM TAHUN 2024", size=11, after=6)
    d.table([["No", "Kedudukan dalam Tim", "Nama", "Jabatan"]] + [[str(i), r, n, j] for i, (r, n, j) in enumerate(TEAM, 1)],
            widths=[0.9, 5.6, 5.4, 5.4], size=9, align=["c", "l", "l", "l"])
    d.signature(TTD_DIR[0], DIR, DIR_SUB, size=10, gap=2)
    src = docx_pdf(d, work / "sk_tim_src.pdf", work)
    return scan_pdf(src, EV / A1 / "1.1 SK Tim ZI/SK TIM ZI WBBM 2024 + UNDANGAN.pdf", seed=201,
                    seals=[Seal(DIR_SIG, pages="all", **STAMP)], mode="copier", dpi=155, quality=46, producer="KONICA MINOLTA bizhub C258")


def ba_seleksi(work, logo, logo_r):
    d = Docx(font_name="Arial", size=10.5)
    kop(d, logo, logo_r)
    d.center("BERITA ACARA", after=0)
    d.center("SELEKSI ANGGOTA TIM PEMBANGUNAN ZONA INTEGRITAS", after=0)
    d.center("RSUD dr. R. SOEDARSONO TAHUN 2024", after=10)
    d.para("Pada hari ini Rabu tanggal sepuluh bulan Januari tahun dua ribu dua puluh empat, bertempat di Ruang Rapat Direksi RSUD dr. R. Soedarsono Kota Sendang Kerta, telah dilaksanakan rapat seleksi anggota Tim Pembangunan Zona Integritas Tahun 2024 yang dipimpin oleh Direktur dan dihadiri oleh 27 pejabat dan perwakilan unit (daftar hadir terlampir pada arsip Bagian Umum).")
    d.para("**A. Mekanisme seleksi**", after=2)
    for t in ["1. Setiap bagian, bidang, komite dan instalasi diminta mengusulkan calon anggota secara tertulis melalui Nota Dinas paling lambat 9 Januari 2024.",
              "2. Calon memenuhi kriteria: tidak sedang menjalani hukuman disiplin, nilai SKP 2023 minimal \"Baik\", memahami area perubahan yang diusulkan, dan bersedia menandatangani pakta integritas.",
              "3. Penilaian dilakukan oleh Wakil Direktur Pelayanan, Kepala Bagian Umum dan Kepegawaian dan Ketua SPI dengan bobot rekam jejak 40%, kompetensi 30% dan komitmen 30%."]:
        d.para(t, indent=1.0, first=-0.5)
    d.para("**B. Hasil seleksi**", after=2)
    d.table([["Unsur", "Jumlah unit", "Unit mengusulkan", "Calon", "Terpilih"],
             ["Direksi, Bagian dan Bidang", "7", "7", "11", "9"], ["Komite (Medik, Keperawatan, Mutu, PPI)", "4", "4", "6", "3"],
             ["Instalasi pelayanan (IGD, Rawat Jalan, Rawat Inap, ICU, Bedah Sentral)", "5", "5", "9", "4"],
             ["Instalasi penunjang (Farmasi, Laboratorium, Radiologi, SIMRS, Rekam Medis, Humas)", "6", "6", "8", "2"],
             ["Instalasi Gizi, Laundry/CSSD, IPSRS, Pemulasaran Jenazah", "4", "0", "0", "0"],
             ["Jumlah", "26", "22", "34", "18"]], widths=[7.4, 2.2, 2.6, 1.6, 1.8], size=9, align=["l", "c", "c", "c", "c"])
    d.para("Empat instalasi penunjang non-medis (Gizi, Laundry/CSSD, IPSRS dan Pemulasaran Jenazah) tidak mengajukan calon sampai batas waktu sehingga belum terwakili dalam tim; rapat menyepakati keempat instalasi tersebut dilibatkan melalui koordinator Area VI.")
    d.para("Demikian berita acara ini dibuat untuk dipergunakan sebagaimana mestinya.", after=6)
    d.signature(["Notulis,"], "YULIA KARTIKASARI, S.Psi.", ["NIP 19900213 201503 2 002"], size=10,
                left=(["Direktur,"], DIR, DIR_SUB, None))
    return docx_pdf(d, EV / A1 / "1.1 SK Tim ZI/Berita Acara Seleksi Anggota Tim ZI.pdf", work)


ACTIONS = [
    ("I", "Seleksi anggota dan penetapan SK Tim ZI 2024", "SK Tim, berita acara", "Januari", "Bagian Umum"),
    ("I", "Penyusunan Rencana Kerja ZI 2024", "Rencana kerja", "Januari", "Ketua Tim"),
    ("I", "Sosialisasi ZI internal dan eksternal setiap bulan", "Laporan sosialisasi", "Januari - Desember", "Instalasi Humas"),
    ("I", "Monitoring dan evaluasi ZI triwulanan dipimpin Direktur", "Laporan monev", "Maret, Juni, September, Desember", "Ketua Tim"),
    ("I", "Pelaporan aksi agen perubahan", "Laporan agen perubahan", "Juni, Desember", "Bidang Yanmed"),
    ("II", "Pemutakhiran peta proses bisnis dan SOP", "Keputusan Direktur", "Februari", "Komite Mutu"),
    ("II", "Pengembangan SIGAP (antrean dan resep daring)", "Aplikasi berjalan", "Januari - April", "Instalasi SIMRS"),
    ("III", "Penyusunan ABK dan peta jabatan 2024", "Dokumen ABK", "Februari", "Bagian Umum"),
    ("III", "Penyusunan TNA berbasis hasil SKP 2023", "Dokumen TNA", "Februari", "Bagian Umum"),
    ("IV", "Penandatanganan PK 2024 dan evaluasi capaian triwulanan", "PK, laporan evaluasi", "Januari, April, Juli", "Bagian Perencanaan"),
    ("V", "Pemutakhiran register risiko", "Register risiko", "Februari", "SPI"),
    ("VI", "Forum Konsultasi Publik reviu standar pelayanan", "Berita acara FKP", "Maret", "Bidang Keperawatan"),
    ("VI", "Survei kepuasan masyarakat elektronik bulanan", "Laporan SKM triwulan", "Setiap bulan", "Instalasi Humas"),
    ("VI", "Pelatihan service excellence petugas pelayanan", "Laporan pelatihan", "Agustus", "Bagian Umum"),
    ("V", "Pemetaan benturan kepentingan pelayanan dan pengadaan", "Dokumen pemetaan", "September", "SPI"),
]


def rencana_kerja(logo, logo_r):
    d = Docx(font_name="Calibri", size=11)
    kop(d, logo, logo_r)
    d.center("RENCANA KERJA PEMBANGUNAN ZONA INTEGRITAS", size=12.5, after=0)
    d.center("MENUJU WILAYAH BIROKRASI BERSIH DAN MELAYANI (WBBM)", after=0)
    d.center("RSUD dr. R. SOEDARSONO TAHUN 2024", after=10)
    d.para("**A. Latar Belakang**", after=2)
    d.para("Rumah Sakit Umum Daerah dr. R. Soedarsono Kota Sendang Kerta memperoleh predikat Wilayah Bebas dari Korupsi (WBK) dari Kementerian PANRB pada Desember 2022. Pada Tahun 2024 rumah sakit diusulkan oleh Pemerintah Kota Sendang Kerta menuju predikat Wilayah Birokrasi Bersih dan Melayani (WBBM). Rencana kerja ini disusun oleh Tim yang dibentuk dengan Keputusan Direktur Nomor 445/014/RSUD/I/2024.")
    d.para("**B. Target Prioritas Tahun 2024**", after=2)
    d.table([["No", "Target prioritas", "Indikator", "Baseline 2023", "Target 2024"],
             ["1", "Predikat WBBM", "Nilai evaluasi TPN", "WBK (2022)", "WBBM"],
             ["2", "Kepuasan pasien meningkat", "IKM (SKM elektronik bulanan)", "86,9", ">= 88,0"],
             ["3", "Waktu tunggu rawat jalan lebih singkat", "Rata-rata waktu tunggu poliklinik", "74 menit", "<= 60 menit"],
             ["4", "Pelayanan bebas pungutan liar", "Temuan pungli/gratifikasi", "0", "0"],
             ["5", "Pendapatan BLUD meningkat", "Kenaikan pendapatan jasa layanan", "Rp 148,2 M", "naik 12%"],
             ["6", "Pembangunan gedung parkir bertingkat", "Progres fisik gedung parkir", "Perencanaan", "100%"],
             ["7", "Pengaduan tertangani cepat", "Pengaduan selesai <= 5 hari kerja", "81%", ">= 95%"]],
            widths=[0.8, 4.8, 5.2, 2.6, 2.6], size=9.5, align=["c", "l", "l", "c", "c"])
    d.para("**C. Rencana Aksi**", after=2)
    d.table([["No", "Area", "Kegiatan", "Output", "Waktu", "PJ"]] + [[str(i), a[0], a[1], a[2], a[3], a[4]] for i, a in enumerate(ACTIONS, 1)],
            widths=[0.8, 1.0, 6.4, 3.2, 3.0, 2.6], size=9, align=["c", "c", "l", "l", "l", "l"])
    d.para("**D. Penutup**", after=2)
    d.para("Rencana kerja dilaksanakan oleh seluruh pegawai dan dievaluasi setiap triwulan dalam rapat monitoring yang dipimpin Direktur.")
    d.signature(["Direktur RSUD dr. R. Soedarsono", "Kota Sendang Kerta,"], DIR, DIR_SUB, place_date="Sendang Kerta, 22 Januari 2024", size=11)
    return d.save(EV / A1 / "1.2 Rencana Kerja/Rencana Kerja ZI RSUD 2024.docx")


def sosialisasi(work, logo, logo_r):
    caps = [("Pencanangan pembangunan ZI menuju WBBM, 22 Januari 2024", "PENCANANGAN ZONA INTEGRITAS\nMENUJU WBBM RSUD dr. R. SOEDARSONO", False),
            ("Sosialisasi ZI pada apel pagi pegawai, 5 Februari 2024", "APEL PAGI", True),
            ("Banner anti gratifikasi di lobi rawat jalan, 4 Maret 2024", "RSUD dr. R. SOEDARSONO\nMENOLAK GRATIFIKASI", False),
            ("Talkshow Radio Sendang FM: RSUD Menuju WBBM, 16 Mei 2024", "TALKSHOW RADIO\nSENDANG FM 98,2", False)]
    items = [(event_photo(work / f"sos{i}.jpg", c, seed=210 + i, banner=b, outdoor=o, people=8 if i != 3 else 3), c) for i, (c, b, o) in enumerate(caps)]
    items.append((screenshot(work / "sos_ig.jpg", "post", "rsud.soedarsono", "MENUJU WBBM 2024", ["Pelayanan cepat, bersih, tanpa pungli.", "Sampaikan saran: 0811-2960-118", "rsud.soedarsono  3 April 2024 - 388 suka"], 214, accent=(20, 120, 90)), "Unggahan Instagram 3 April 2024"))
    items.append((screenshot(work / "sos_web.jpg", "web", "https://rsudsoedarsono.sendangkertakota.go.id/zona-integritas", "Zona Integritas RSUD dr. R. Soedarsono",
                             ["Berita: Monev ZI Triwulan I 2024 dipimpin Direktur (2 April 2024)", "Rencana Kerja ZI 2024 (unduh PDF)", "Maklumat Pelayanan dan Standar Pelayanan",
                              "Kanal pengaduan: SP4N-LAPOR!, WhatsApp 0811-2960-118, kotak saran"], 215, accent=(20, 120, 90)), "Menu Zona Integritas pada laman resmi"))
    rl = RL(EV / A1 / "1.2 Rencana Kerja/Laporan Sosialisasi ZI 2024.pdf", base="Sans", size=10, footer="Laporan Sosialisasi ZI RSUD dr. R. Soedarsono 2024 | {page}")
    rkop(rl, logo, logo_r)
    rl.p("LAPORAN PELAKSANAAN SOSIALISASI ZONA INTEGRITAS<br/>RSUD dr. R. SOEDARSONO KOTA SENDANG KERTA<br/>JANUARI - JUNI 2024", "title")
    rl.p("Sosialisasi pembangunan Zona Integritas menuju WBBM dilaksanakan sesuai jadwal bulanan dalam Rencana Kerja ZI 2024 kepada pegawai (apel, rapat, grup WhatsApp unit) dan kepada pasien, keluarga pasien serta pemangku kepentingan (laman resmi, Instagram, radio, banner di ruang tunggu).")
    rl.table([["Bulan", "Kegiatan", "Sasaran", "Media"],
              ["Januari", "Pencanangan ZI menuju WBBM oleh Direktur disaksikan Wali Kota", "Pegawai, mitra, tokoh masyarakat", "Acara, siaran pers"],
              ["Februari", "Sosialisasi ZI pada apel pagi dan rapat unit", "Seluruh pegawai (612 orang)", "Apel, rapat"],
              ["Maret", "Pemasangan banner anti gratifikasi dan maklumat di ruang tunggu", "Pasien dan pengunjung", "Banner"],
              ["April", "Unggahan berkala ZI dan pelayanan bebas pungli", "Masyarakat", "Instagram, laman"],
              ["Mei", "Talkshow radio RSUD menuju WBBM", "Masyarakat", "Radio"],
              ["Juni", "Sosialisasi hasil monev ZI TW II kepada kepala ruang", "Kepala ruang dan instalasi", "Rapat"]], [2.2, 7.4, 4.0, 3.4], size=8.5)
    rl.image_grid(items, cols=2)
    rl.signature(["Kepala Instalasi Humas dan Pengaduan"], "BAMBANG SUTEJO, S.Sos.", ["NIP 19750620 199903 1 005"], place_date="Sendang Kerta, 28 Juni 2024")
    return rl.build()


def _monev_rows(upto):
    rows = []
    for i, a in enumerate(ACTIONS[:upto], 1):
        rows.append([str(i), a[0], a[1], a[3], "Terlaksana", "Selesai" if "Desember" not in a[3] and "bulan" not in a[3] and "," not in a[3] else "Sesuai jadwal"])
    return rows


def monev_tw1(work, logo, logo_r):
    d = Docx(font_name="Arial", size=10.5)
    kop(d, logo, logo_r)
    d.center("LAPORAN MONITORING DAN EVALUASI PEMBANGUNAN ZONA INTEGRITAS", after=0)
    d.center("RSUD dr. R. SOEDARSONO TRIWULAN I TAHUN 2024", after=10)
    d.para("**1. Pelaksanaan rapat monev**: Kamis, 28 Maret 2024, Ruang Rapat Direksi, dipimpin Direktur dan dihadiri Ketua Tim, enam koordinator area dan 14 kepala instalasi.")
    d.para("**2. Hasil monitoring rencana aksi s.d. Maret 2024**", after=2)
    rows = [r for r in _monev_rows(13) if r[3] in ("Januari", "Februari", "Maret", "Januari - Desember", "Maret, Juni, September, Desember", "Januari - April", "Januari, April, Juli", "Setiap bulan")]
    d.table([["No", "Area", "Kegiatan", "Jadwal", "Realisasi", "Status"]] + rows, widths=[0.8, 1.0, 7.0, 3.2, 2.2, 2.4], size=9, align=["c", "c", "l", "l", "l", "c"])
    d.para("**3. Catatan dan rekomendasi**", after=2)
    for t in ["1. Instalasi SIMRS menyelesaikan integrasi SIGAP dengan antrean Mobile JKN paling lambat April 2024.",
              "2. Bagian Umum melibatkan Instalasi Gizi, Laundry/CSSD, IPSRS dan Pemulasaran Jenazah dalam kegiatan sosialisasi ZI.",
              "3. Instalasi Humas mempublikasikan hasil SKM Triwulan I di laman dan Instagram.",
              "4. SPI menyampaikan register risiko 2024 kepada seluruh kepala instalasi."]:
        d.para(t, indent=1.0, first=-0.5)
    d.signature(["Ketua Tim ZI,"], WADIR_YAN, WADIR_YAN_SUB, place_date="Sendang Kerta, 2 April 2024", size=10,
                left=(["Mengetahui,", "Direktur,"], DIR, DIR_SUB, None))
    return docx_pdf(d, EV / A1 / "1.3 Monev/Laporan Monev ZI TW I 2024.pdf", work)


def monev_tw2_tl(work, logo, logo_r):
    rl = RL(work / "monev_tw2.pdf", base="Serif", size=10.5)
    rkop(rl, logo, logo_r)
    rl.p("LAPORAN MONITORING DAN EVALUASI<br/>PEMBANGUNAN ZONA INTEGRITAS MENUJU WBBM<br/>RSUD dr. R. SOEDARSONO KOTA SENDANG KERTA<br/>TRIWULAN II TAHUN 2024", "title")
    rl.p("Rapat monitoring dan evaluasi triwulan II dilaksanakan pada hari Jumat, 28 Juni 2024 pukul 13.00 WIB di Ruang Rapat Direksi, dipimpin langsung oleh Direktur dan diikuti Wakil Direktur, koordinator area dan kepala instalasi.")
    rows = [["No", "Area", "Kegiatan", "Jadwal", "Realisasi s.d. Juni 2024", "Status"]]
    for i, a in enumerate(ACTIONS, 1):
        if a[3] in ("Agustus", "September"):
            real, st = "Belum jadwal", "-"
        else:
            real, st = "Terlaksana sesuai jadwal", "Selesai" if a[3] in ("Januari", "Februari", "Maret", "Januari - April") else "Sesuai jadwal"
        rows.append([str(i), a[0], a[1], a[3], real, st])
    rl.table(rows, [0.8, 1.0, 6.2, 3.2, 3.6, 2.0], size=8)
    rl.p("Seluruh 13 kegiatan yang dijadwalkan sampai dengan Juni 2024 telah dilaksanakan sesuai rencana; dua kegiatan (pelatihan service excellence dan pemetaan benturan kepentingan) dijadwalkan pada Agustus dan September 2024. Capaian: IKM semester I 88,4; rata-rata waktu tunggu poliklinik 58 menit; pengaduan selesai <= 5 hari kerja 89,8%.")
    rl.p("Rekomendasi", "h2")
    rl.bullets(["Bidang Keperawatan menyiapkan jadwal pelatihan service excellence untuk seluruh petugas loket dan perawat poliklinik.",
                "SPI menyiapkan format pemetaan benturan kepentingan.",
                "Instalasi Humas mempertahankan publikasi bulanan hasil SKM elektronik."], mark="1")
    rl.signature(["Ketua Tim ZI"], WADIR_YAN, WADIR_YAN_SUB, place_date="Sendang Kerta, 1 Juli 2024", left=(["Mengetahui,", "Direktur"], DIR, DIR_SUB, None))
    p1 = rl.build()
    rl = RL(work / "tl_tw1.pdf", base="Serif", size=10.5)
    rkop(rl, logo, logo_r)
    rl.p("LAPORAN TINDAK LANJUT REKOMENDASI<br/>MONITORING DAN EVALUASI ZI TRIWULAN I TAHUN 2024", "title")
    rl.table([["No", "Rekomendasi monev TW I (28 Maret 2024)", "Tindak lanjut", "Status"],
              ["1", "Integrasi SIGAP dengan antrean Mobile JKN", "Integrasi berjalan sejak 22 April 2024 (bridging antrean BPJS)", "Selesai"],
              ["2", "Melibatkan Instalasi Gizi, Laundry/CSSD, IPSRS, Pemulasaran Jenazah", "Sosialisasi khusus 15 April 2024, 58 pegawai hadir; perwakilan masuk Pokja Area VI", "Selesai"],
              ["3", "Publikasi hasil SKM TW I", "Infografis IKM TW I diunggah 8 April 2024 di laman dan Instagram", "Selesai"],
              ["4", "Penyampaian register risiko ke kepala instalasi", "Disampaikan melalui Nota Dinas SPI 3 April 2024", "Selesai"]], [0.8, 5.6, 7.6, 2.0], size=8.5)
    rl.p("Seluruh empat rekomendasi hasil monitoring dan evaluasi triwulan I telah ditindaklanjuti dan dinyatakan selesai.")
    rl.signature(["Sekretaris Tim ZI"], KABAG_REN, KABAG_REN_SUB, place_date="Sendang Kerta, 1 Juli 2024")
    p2 = rl.build()
    return merge_pdfs([p1, p2], EV / A1 / "1.3 Monev/Laporan Monev ZI TW II 2024 dan TL TW I.pdf")


def role_model(work, logo, logo_r):
    caps = [("Direktur memimpin apel pagi, Senin 8 Januari 2024", "APEL PAGI RSUD", True),
            ("Direktur visite bersama DPJP di ruang rawat inap, 20 Februari 2024", "RAWAT INAP MELATI", False),
            ("Direktur menyapa pasien di ruang tunggu poliklinik, 12 Maret 2024", "RUANG TUNGGU RAWAT JALAN", False),
            ("Direktur memimpin rapat monev ZI TW II, 28 Juni 2024", "RAPAT MONEV ZONA INTEGRITAS\nTRIWULAN II 2024", False)]
    items = [(event_photo(work / f"rm{i}.jpg", c, seed=220 + i, banner=b, outdoor=o, uniform=[(235, 235, 235), (240, 240, 245), (60, 120, 110)]), c) for i, (c, b, o) in enumerate(caps)]
    rl = RL(EV / A1 / "1.4 Role Model/Laporan Role Model Pimpinan 2024.pdf", base="Sans", size=10)
    rkop(rl, logo, logo_r)
    rl.p("LAPORAN PERAN PIMPINAN SEBAGAI ROLE MODEL<br/>RSUD dr. R. SOEDARSONO SEMESTER I TAHUN 2024", "title")
    rl.p("Direktur dan Wakil Direktur menjadi teladan penerapan nilai BerAKHLAK dan budaya kerja rumah sakit SEPENUH HATI melalui kehadiran tepat waktu, memimpin langsung kegiatan Zona Integritas, melayani dan menyapa pasien, serta menolak pemberian dalam bentuk apa pun dari rekanan.")
    rl.table([["Pejabat", "Kehadiran tepat waktu Jan-Jun 2024", "Memimpin kegiatan ZI"], ["Direktur", "99,2%", "Pencanangan, 2 rapat monev, FKP"],
              ["Wakil Direktur Pelayanan", "98,4%", "Ketua Tim, 6 rapat koordinasi"], ["Wakil Direktur Umum dan Keuangan", "97,6%", "Rapat register risiko"],
              ["Kepala Bagian/Bidang (5)", "96,1% (rata-rata)", "Koordinator area"]], [6.0, 5.0, 6.0], size=9)
    rl.image_grid(items, cols=2)
    return rl.build()


AGENTS = [
    ("Ns. Dimas Aryo Saputro, S.Kep.", "Rawat Inap Melati", "Serah terima pasien dengan format SBAR digital", "Diterapkan; dimasukkan dalam SPO serah terima pasien (revisi Mei 2024)"),
    ("Galih Permana, S.Kom.", "Instalasi SIMRS", "SIGAP: antrean dan resep daring", "Diterapkan; ditetapkan sebagai SOP inovasi"),
    ("apt. Nurul Hidayah, S.Farm.", "Instalasi Farmasi", "Antar obat ke rumah pasien kronis (ANTARIS)", "Diterapkan"),
    ("Dewi Anggraeni, A.Md.RMIK", "Rekam Medis", "Peminjaman berkas rekam medis dengan kode QR", "Diterapkan"),
    ("dr. Fitri Ramadhani", "IGD", "Papan triase berwarna dan estimasi waktu tunggu", "Diterapkan; dimasukkan dalam SPO triase"),
    ("Yulia Kartikasari, S.Psi.", "Bagian Umum", "Konseling pegawai daring (Curhat SDM)", "Diterapkan"),
    ("Rizky Amalia, S.E.", "Bagian Perencanaan", "Dasbor capaian IKU bulanan", "Diterapkan; diatur dalam Keputusan Direktur tentang Tim SAKIP"),
    ("Arif Rahman Hakim, A.Md.Kep.", "Poliklinik", "Nomor antrean poli lewat WhatsApp", "Dilebur ke SIGAP"),
    ("Sutrisno", "IPSRS", "Laporan kerusakan alat lewat formulir daring", "Diterapkan; diatur dalam SPO pemeliharaan alat"),
    ("Wahyu Nugroho, A.Md.AK", "Laboratorium", "Hasil laboratorium dikirim elektronik", "Uji coba"),
    ("Siti Khodijah, A.Md.Gz", "Instalasi Gizi", "Menu pilihan pasien kelas III", "Belum dilaksanakan"),
    ("Eko Budi Santoso, S.E.", "Keuangan", "Pembayaran nontunai QRIS di kasir", "Diterapkan"),
]


def sk_agen(work, logo, logo_r):
    d = Docx(font_name="Bookman Old Style", size=10.5, folio=True)
    kop(d, logo, logo_r)
    sk(d, "445/ 233 /RSUD/VIII/2023", "PENETAPAN AGEN PERUBAHAN RUMAH SAKIT UMUM DAERAH dr. R. SOEDARSONO KOTA SENDANG KERTA PERIODE 2023-2025",
       ["bahwa untuk mempercepat reformasi birokrasi dan pembangunan Zona Integritas diperlukan agen perubahan yang berperan sebagai pelopor dan teladan perubahan;",
        "bahwa nama-nama yang tercantum dalam Lampiran Keputusan ini telah dipilih melalui usulan unit kerja dan penilaian Tim ZI;",
        "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan Keputusan Direktur tentang Penetapan Agen Perubahan Periode 2023-2025;"],
       ["Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 27 Tahun 2014 tentang Pedoman Pembangunan Agen Perubahan di Instansi Pemerintah;"] + MENGINGAT_RS[3:4],
       [("KESATU", "Menetapkan pegawai sebagaimana tercantum dalam Lampiran sebagai Agen Perubahan RSUD dr. R. Soedarsono Kota Sendang Kerta Periode 2023-2025."),
        ("KEDUA", "Agen Perubahan bertugas menjadi teladan, membuat dan melaksanakan aksi perubahan di unitnya, serta melaporkan hasilnya kepada Direktur setiap semester."),
        ("KETIGA", "Keputusan ini mulai berlaku pada tanggal ditetapkan sampai dengan tanggal 31 Desember 2025.")],
       "14 Agustus 2023", size=10.5)
    d.pagebreak()
    d.para("LAMPIRAN KEPUTUSAN DIREKTUR\nNOMOR 445/ 233 /RSUD/VIII/2023", align="left", indent=9.0, size=9, after=8)
    d.table([["No", "Nama", "Unit Kerja"]] + [[str(i), a[0], a[1]] for i, a in enumerate(AGENTS, 1)], widths=[0.9, 8.0, 7.0], size=9.5, align=["c", "l", "l"])
    d.signature(TTD_DIR[0], DIR, DIR_SUB, size=10, gap=2)
    src = docx_pdf(d, work / "sk_agen_src.pdf", work)
    return scan_pdf(src, EV / A1 / "1.5 Agen Perubahan/scan SK agen perubahan.pdf", seed=202, seals=[Seal(DIR_SIG, pages="all", **STAMP)],
                    mode="camscan", color=True, dpi=140, quality=48, producer="PindaiKu 4.6 (Android)", page_size=(609.4, 935.4))


def laporan_agen(work, logo, logo_r):
    rl = RL(EV / A1 / "1.5 Agen Perubahan/Laporan Aksi Agen Perubahan Smt I 2024.pdf", base="Sans", size=10)
    rkop(rl, logo, logo_r)
    rl.p("LAPORAN AKSI PERUBAHAN AGEN PERUBAHAN<br/>RSUD dr. R. SOEDARSONO SEMESTER I TAHUN 2024", "title")
    rl.p("Berdasarkan Keputusan Direktur Nomor 445/233/RSUD/VIII/2023 tentang Penetapan Agen Perubahan Periode 2023-2025, dua belas agen perubahan melaporkan aksi perubahan yang dibuat dan hasilnya sampai dengan Juni 2024.")
    rl.table([["No", "Agen perubahan", "Unit", "Perubahan yang dibuat", "Status / integrasi ke sistem manajemen"]] + [[str(i), *a] for i, a in enumerate(AGENTS, 1)],
             [0.7, 4.0, 2.6, 4.6, 5.1], size=8)
    rl.p("Rekapitulasi: 12 agen perubahan; 11 perubahan telah dibuat (1 belum dilaksanakan), 9 diterapkan, 1 uji coba dan 1 dilebur ke aplikasi SIGAP; 5 perubahan telah diintegrasikan ke dalam sistem manajemen (SPO serah terima, SOP inovasi SIGAP, SPO triase, Keputusan Direktur Tim SAKIP, SPO pemeliharaan alat).")
    rl.signature(["Kepala Bidang Pelayanan Medik"], "dr. LARASATI WIBISONO, M.M.R.", ["NIP 19840309 201001 2 017"], place_date="Sendang Kerta, 5 Juli 2024",
                 left=(["Mengetahui,", "Direktur"], DIR, DIR_SUB, None))
    return rl.build()


def budaya_kerja(work, logo, logo_r):
    rl = RL(EV / A1 / "1.6 Budaya Kerja/Laporan Internalisasi Budaya Kerja 2024.pdf", base="Serif", size=11)
    rkop(rl, logo, logo_r)
    rl.p("LAPORAN INTERNALISASI NILAI BerAKHLAK DAN BUDAYA KERJA \"SEPENUH HATI\"<br/>RSUD dr. R. SOEDARSONO TAHUN 2024 (S.D. JUNI)", "title")
    rl.p("1. Kegiatan", "h1")
    rl.bullets(["Pembacaan nilai BerAKHLAK dan janji budaya kerja SEPENUH HATI (Senyum, Empati, Peduli, Edukatif, Nyaman, Ulet, Hormat, Amanah, Tanggap, Ikhlas) pada apel setiap Senin.",
                "Coaching budaya kerja oleh kepala ruang kepada perawat dan bidan setiap bulan (rekap 6 kali, 318 peserta).",
                "Penghargaan \"Duta SEPENUH HATI\" setiap triwulan berdasarkan penilaian pasien dan rekan kerja.",
                "Nilai budaya kerja dituangkan dalam SPO komunikasi efektif dan SPO penanganan keluhan pasien (revisi Februari 2024)."], mark="1")
    rl.p("2. Hasil survei budaya kerja internal", "h1")
    rl.table([["Ukuran", "Juni 2023", "Juni 2024"], ["Pegawai yang mendukung perubahan cara kerja", "73%", "91%"],
              ["Pegawai yang menyatakan ragu atau menolak perubahan", "27%", "9%"], ["Responden", "548", "577"]], [8.0, 3.5, 3.5], size=9.5)
    rl.p("Resistensi terhadap perubahan turun dari 27% menjadi 9%; penolakan yang tersisa terutama berkaitan dengan perubahan jadwal dinas, dan ditangani melalui dialog unit bersama Bidang Keperawatan.")
    rl.signature(["Kepala Bagian Umum dan Kepegawaian"], KABAG_UM, KABAG_UM_SUB, place_date="Sendang Kerta, Juli 2024")
    return rl.build()


# --------------------------------------------------------------------------- Area II

SOPS = [("PB.01", "Pelayanan rawat jalan", ["Pendaftaran pasien rawat jalan", "Pelayanan poliklinik spesialis", "Antrean daring SIGAP (SOP inovasi)"]),
        ("PB.02", "Pelayanan gawat darurat", ["Triase pasien IGD", "Serah terima pasien IGD ke rawat inap"]),
        ("PB.03", "Pelayanan rawat inap", ["Penerimaan pasien rawat inap", "Serah terima pasien antar-shift (SBAR)", "Pemulangan pasien"]),
        ("PB.04", "Pelayanan penunjang medik", ["Pemeriksaan laboratorium", "Pemeriksaan radiologi", "Pelayanan resep rawat jalan", "Antar obat pasien kronis (SOP inovasi)"]),
        ("PB.05", "Pelayanan informasi dan pengaduan", ["Penanganan keluhan pasien", "Pelayanan informasi publik", "Pengelolaan SP4N-LAPOR!"]),
        ("PD.01", "Manajemen SDM", ["Rotasi tenaga keperawatan", "Kredensial tenaga kesehatan", "Presensi pegawai"]),
        ("PD.02", "Perencanaan dan keuangan", ["Penyusunan RBA", "Penagihan klaim BPJS Kesehatan", "Pengelolaan pendapatan BLUD"]),
        ("PD.03", "Sarana dan prasarana", ["Pemeliharaan alat kesehatan", "Pengelolaan limbah B3"])]


def peta_sop(work, logo, logo_r):
    rl = RL(EV / A2 / "2.1 SOP/Peta Proses Bisnis dan Daftar SOP RSUD 2024.pdf", base="Sans", size=10)
    rkop(rl, logo, logo_r)
    rl.p("KEPUTUSAN DIREKTUR RSUD dr. R. SOEDARSONO KOTA SENDANG KERTA<br/>NOMOR 445/ 061 /RSUD/II/2024<br/>TENTANG<br/>PETA PROSES BISNIS DAN STANDAR OPERASIONAL PROSEDUR", "title")
    rl.p("DIREKTUR RSUD dr. R. SOEDARSONO KOTA SENDANG KERTA, menimbang bahwa peta proses bisnis rumah sakit perlu dimutakhirkan sesuai perubahan layanan dan inovasi serta menjadi acuan penyusunan standar operasional prosedur, dengan mengingat Peraturan Menteri PANRB Nomor 19 Tahun 2018 tentang Penyusunan Peta Proses Bisnis Instansi Pemerintah dan Peraturan Menteri PANRB Nomor 35 Tahun 2012 tentang Pedoman Penyusunan SOP Administrasi Pemerintahan,")
    rl.p("MEMUTUSKAN: KESATU, menetapkan peta proses bisnis RSUD dr. R. Soedarsono level 0 sampai level 2 sebagaimana Lampiran I; KEDUA, menetapkan daftar SOP yang disusun berdasarkan peta proses bisnis sebagaimana Lampiran II; KETIGA, SOP dievaluasi paling sedikit satu kali dalam setahun oleh Komite Mutu; KEEMPAT, Keputusan ini berlaku sejak tanggal ditetapkan.")
    rl.signature(["Ditetapkan di Sendang Kerta", "pada tanggal 12 Februari 2024", "DIREKTUR,"], DIR, DIR_SUB)
    rl.br()
    rl.p("LAMPIRAN I: PETA PROSES BISNIS LEVEL 0-1", "h1")
    rl.p("Level 0 (peta lintas fungsi): Pasien/masyarakat - Pelayanan medis dan keperawatan - Penunjang medik - Pasien pulang/rujuk; didukung proses manajemen SDM, perencanaan dan keuangan, sarana prasarana; dikendalikan oleh SPI dan Komite Mutu.")
    rl.table([["Kode", "Proses bisnis level 1", "Jenis"]] + [[c, n, "Utama" if c.startswith("PB") else "Pendukung"] for c, n, _ in SOPS], [2.0, 10.0, 4.0], size=9)
    rl.p("LAMPIRAN II: DAFTAR SOP BERDASARKAN PETA PROSES BISNIS", "h1")
    rows = [["No", "Kode proses", "Nomor SOP", "Nama SOP"]]
    k = 0
    for c, _, sops in SOPS:
        for s in sops:
            k += 1
            rows.append([str(k), c, f"SOP/{k:03d}/RSUD/2024", s])
    rl.table(rows, [1.0, 2.4, 4.2, 9.4], size=8.5)
    return rl.build()


def sop_pendaftaran(logo, logo_r):
    d = Docx(font_name="Arial", size=10)
    t = d.doc.add_table(rows=4, cols=3)
    t.style = d.doc.styles["Table Grid"]
    c0 = t.cell(0, 0)
    c0.paragraphs[0].add_run().add_picture(str(logo_r), width=Cm(1.6))
    d._run(c0.add_paragraph(), "RSUD dr. R. SOEDARSONO\nKOTA SENDANG KERTA", bold=True, size=9)
    top = t.cell(0, 1).merge(t.cell(0, 2))
    d._run(top.paragraphs[0], "PENDAFTARAN PASIEN RAWAT JALAN", bold=True, size=12)
    for r, (a, b) in enumerate([("No. Dokumen: SOP/001/RSUD/2024", "No. Revisi: 02\nHalaman: 1/2"),
                                ("Tanggal Terbit: 12-02-2024", "Ditetapkan\nDirektur,\n\n\ndr. ANINDITA PRAMESWARI, Sp.PD., M.Kes.\nNIP 19760412 200312 2 007"),
                                ("Kode proses bisnis: PB.01", "")], 1):
        d._run(t.cell(r, 0).paragraphs[0], "STANDAR PROSEDUR OPERASIONAL" if r == 1 else "", bold=True, size=9)
        d._run(t.cell(r, 1).paragraphs[0], a, size=9)
        d._run(t.cell(r, 2).paragraphs[0], b, size=9)
    _fix_widths(t, [4.2, 6.2, 6.6])
    d.para("", after=4)
    d.table([["Pengertian", "Rangkaian kegiatan penerimaan pasien rawat jalan baru dan lama, baik melalui anjungan pendaftaran mandiri, aplikasi SIGAP/Mobile JKN maupun loket."],
             ["Tujuan", "Pasien terdaftar dengan data yang benar dalam waktu paling lama 10 menit."],
             ["Kebijakan", "Keputusan Direktur Nomor 445/061/RSUD/II/2024 tentang Peta Proses Bisnis dan SOP; Standar Pelayanan Rawat Jalan."],
             ["Prosedur", "1. Pasien mengambil nomor antrean atau menunjukkan kode booking SIGAP/Mobile JKN.\n2. Petugas memverifikasi identitas (KTP/kartu BPJS) dan rujukan.\n3. Petugas memasukkan data pada SIMRS dan mencetak gelang/label pasien.\n4. Petugas mengarahkan pasien ke poliklinik tujuan dan menjelaskan estimasi waktu tunggu.\n5. Petugas tidak menerima imbalan dalam bentuk apa pun."],
             ["Unit terkait", "Instalasi Rawat Jalan, Rekam Medis, Instalasi SIMRS, Kasir"]], widths=[3.4, 13.6], size=9.5, header_rows=0, shade=None, bold_first_col=True)
    return d.save(EV / A2 / "2.1 SOP/SOP Pendaftaran Pasien Rawat Jalan.docx")


def evaluasi_sop_kab(work, logo_kab, logo_r):
    rl = RL(EV / A2 / "2.1 SOP/Laporan Evaluasi SOP 2024.pdf", base="Serif", size=11)
    rkop(rl, logo_kab, None, lines=KOP_KAB, addr=ADDR_KAB)
    rl.p("LAPORAN HASIL EVALUASI STANDAR OPERASIONAL PROSEDUR<br/>RSUD KABUPATEN SENDANG KERTA TAHUN 2024", "title")
    rl.p("1. Pendahuluan", "h1")
    rl.p("Evaluasi SOP RSUD Kabupaten Sendang Kerta dilaksanakan oleh Komite Mutu pada 3-21 Juni 2024 terhadap 64 SOP pelayanan dan administrasi, menggunakan aspek penilaian PermenPANRB Nomor 35 Tahun 2012 serta pengamatan langsung di instalasi.")
    rl.p("2. Hasil", "h1")
    rl.table([["Kelompok SOP", "Jumlah", "Masih sesuai", "Perlu revisi", "Tindak lanjut"], ["Pelayanan medis", "22", "17", "5", "Revisi ditetapkan Juli 2024"],
              ["Keperawatan", "14", "12", "2", "Revisi ditetapkan Juli 2024"], ["Penunjang medik", "12", "10", "2", "Dalam proses"],
              ["Administrasi dan keuangan", "16", "13", "3", "Dalam proses"], ["Jumlah", "64", "52", "12", "-"]], [5.2, 2.0, 2.6, 2.6, 4.6], size=9, bold_last=True)
    rl.p("3. Kesimpulan", "h1")
    rl.p("Seluruh SOP telah dievaluasi; 12 SOP memerlukan perbaikan, 7 di antaranya telah ditetapkan ulang. Evaluasi berikutnya dilaksanakan pada semester II 2024.")
    rl.signature(["Direktur RSUD Kabupaten Sendang Kerta"], "dr. YOHANES KRISTIANTO, M.M.R.", ["Pembina Utama Muda", "NIP 19720815 200003 1 004"],
                 place_date="Kaliputih, 28 Juni 2024", left=(["Ketua Komite Mutu"], "dr. SEKAR AYU LESTARI", ["NIP 19850110 201101 2 009"], None))
    return rl.build()


def screenshots_ti(work, logo, logo_r):
    shots = [
        (screenshot(work / "t1.jpg", "app", "SIMRS RSUD dr. R. Soedarsono v5.2", "Pendaftaran Rawat Jalan - 2024-03-18",
                    ["Bridging: BPJS VClaim OK | Antrean JKN OK | SATUSEHAT OK", "No. RM 00-41-27-88 | Poli Penyakit Dalam | Kode booking SIGAP-240318-0142"], 231,
                    table=[["Modul", "Status integrasi", "Sinkron terakhir"], ["Rekam medis elektronik", "SATUSEHAT", "2024-03-18 08:41"],
                           ["Klaim", "BPJS VClaim", "2024-03-18 08:40"], ["Farmasi", "E-resep internal", "2024-03-18 08:41"], ["Kasir", "QRIS / SIMDA BLUD", "2024-03-18 08:39"]]),
         "SIMRS terintegrasi (rekam medis elektronik, BPJS, SATUSEHAT, farmasi, kasir)"),
        (screenshot(work / "t2.jpg", "web", "https://sigap.rsudsoedarsono.id", "SIGAP - Antrean & Resep Online",
                    ["Ambil antrean poliklinik H-7 s.d. H-1", "Estimasi waktu dilayani ditampilkan realtime", "Resep diambil tanpa antre / diantar (ANTARIS)",
                     "Pengaduan: menu Lapor terhubung ke SP4N-LAPOR!"], 232, accent=(20, 120, 90)),
         "SIGAP, aplikasi inovasi RSUD untuk antrean dan resep daring"),
        (screenshot(work / "t3.jpg", "web", "https://ekinerja.sendangkertakota.go.id", "e-Kinerja Pemerintah Kota Sendang Kerta",
                    ["Perangkat daerah: RSUD dr. R. Soedarsono", "Realisasi IKU s.d. Triwulan II 2024: 3 dari 4 indikator terukur sesuai target", "Penilaian SKP bulanan pegawai: Juni 2024 (577 dari 612 pegawai dinilai)"], 233, accent=(120, 40, 40)),
         "Aplikasi e-Kinerja Pemkot (pengukuran kinerja organisasi dan individu)"),
        (screenshot(work / "t4.jpg", "app", "SIMPEG Kota Sendang Kerta", "Data Pegawai - RSUD dr. R. Soedarsono",
                    ["PNS 398 | PPPK 64 | Pegawai BLUD 150", "Pemutakhiran mandiri: 2024-06-30"], 234,
                    table=[["NIP", "Nama", "Jabatan"], ["197604122003122007", "dr. ANINDITA P.", "Direktur"], ["197908232006041012", "dr. BAGUS H.", "Wadir Pelayanan"]]),
         "SIMPEG Pemerintah Kota (terpusat)"),
    ]
    rl = RL(EV / A2 / "2.2 SPBE/Screenshot aplikasi RSUD.pdf", base="Sans", size=10)
    rkop(rl, logo, logo_r)
    rl.p("PEMANFAATAN TEKNOLOGI INFORMASI<br/>RSUD dr. R. SOEDARSONO TAHUN 2024", "title")
    for p, c in shots:
        rl.image(p, 15.5, c)
    return rl.build()


def sk_ppid(work, logo, logo_r):
    d = Docx(font_name="Arial", size=10.5)
    kop(d, logo, logo_r)
    sk(d, "445/ 022 /RSUD/I/2024", "PEJABAT PENGELOLA INFORMASI DAN DOKUMENTASI PELAKSANA RSUD dr. R. SOEDARSONO DAN DAFTAR INFORMASI PUBLIK TAHUN 2024",
       ["bahwa untuk melaksanakan Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik di lingkungan rumah sakit perlu menetapkan PPID Pelaksana dan Daftar Informasi Publik;",
        "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Keputusan Direktur;"],
       ["Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik;", "Peraturan Komisi Informasi Nomor 1 Tahun 2021 tentang Standar Layanan Informasi Publik;",
        "Peraturan Wali Kota Sendang Kerta Nomor 18 Tahun 2020 tentang Pengelolaan Informasi dan Dokumentasi;"],
       [("KESATU", "Menunjuk Kepala Instalasi Humas dan Pengaduan sebagai PPID Pelaksana RSUD dr. R. Soedarsono."),
        ("KEDUA", "Menetapkan Daftar Informasi Publik sebagaimana tercantum dalam Lampiran, yang diumumkan melalui laman resmi menu PPID dan papan informasi."),
        ("KETIGA", "PPID Pelaksana memutakhirkan daftar informasi publik paling sedikit setiap triwulan dan melaporkan layanan informasi kepada PPID Utama Kota setiap semester."),
        ("KEEMPAT", "Keputusan ini mulai berlaku pada tanggal ditetapkan.")],
       "8 Januari 2024", size=10.5)
    d.pagebreak()
    d.center("LAMPIRAN: DAFTAR INFORMASI PUBLIK RSUD dr. R. SOEDARSONO 2024", size=10.5, after=6)
    d.table([["No", "Informasi", "Kategori", "Media"], ["1", "Profil, struktur organisasi dan LHKPN pejabat", "Berkala", "Laman PPID"],
             ["2", "Renstra, Renja, PK dan LKjIP", "Berkala", "Laman PPID"], ["3", "Standar pelayanan, maklumat, tarif layanan (Perwali tarif BLUD)", "Berkala", "Laman, papan informasi"],
             ["4", "Jadwal dokter dan ketersediaan tempat tidur", "Serta merta", "Laman, SIGAP, layar lobi"], ["5", "Laporan keuangan BLUD", "Berkala", "Laman PPID"],
             ["6", "Hasil survei kepuasan masyarakat", "Berkala", "Laman, Instagram"], ["7", "Data rekam medis pasien", "Dikecualikan", "-"]],
            widths=[0.9, 8.4, 2.6, 4.8], size=9, align=["c", "l", "l", "l"])
    return docx_pdf(d, EV / A2 / "2.3 Keterbukaan Informasi/SK PPID Pelaksana dan DIP 2024.pdf", work)


# --------------------------------------------------------------------------- Area III


def abk(work, logo, logo_r):
    rl = RL(EV / A3 / "3.1 Kebutuhan Pegawai/ABK dan Peta Jabatan RSUD 2024.pdf", base="Sans", size=10, landscape_page=True, margins=(1.5, 1.5, 1.8, 1.8))
    rkop(rl, logo, logo_r)
    rl.p("ANALISIS BEBAN KERJA DAN PETA JABATAN<br/>RSUD dr. R. SOEDARSONO KOTA SENDANG KERTA TAHUN 2024", "title")
    rl.p("Disusun oleh Bagian Umum dan Kepegawaian berdasarkan Peraturan Menteri PANRB Nomor 1 Tahun 2020 tentang Pedoman Analisis Jabatan dan Analisis Beban Kerja; waktu kerja efektif 1.250 jam per tahun. Hasil menjadi dasar usulan kebutuhan ASN Tahun 2025 kepada BKPSDM Kota Sendang Kerta.")
    data = [("Dokter Spesialis", 46, 41), ("Dokter Umum", 28, 24), ("Perawat Ahli", 196, 168), ("Perawat Terampil", 88, 97), ("Bidan", 34, 31),
            ("Apoteker", 12, 9), ("Asisten Apoteker", 20, 18), ("Pranata Laboratorium Kesehatan", 18, 15), ("Radiografer", 10, 8),
            ("Perekam Medis", 22, 19), ("Nutrisionis", 9, 6), ("Analis SDM Aparatur", 4, 3), ("Pranata Keuangan APBN/APBD", 8, 8), ("Pengadministrasi Perkantoran", 30, 36)]
    rows = [["No", "Jabatan", "Kelas", "Beban kerja (jam)", "Kebutuhan (ABK)", "Bezetting", "Selisih", "Usulan 2025"]]
    for i, (j, need, have) in enumerate(data, 1):
        rows.append([str(i), j, str(random.Random(i).choice([7, 8, 9, 11, 12])), f"{need * 1250:,}".replace(",", "."), str(need), str(have), f"{have - need:+d}", str(max(need - have, 0))])
    rows.append(["", "JUMLAH", "", "", str(sum(x[1] for x in data)), str(sum(x[2] for x in data)), f"{sum(x[2] - x[1] for x in data):+d}", str(sum(max(x[1] - x[2], 0) for x in data))])
    rl.table(rows, [1.0, 7.0, 1.6, 3.2, 3.0, 2.6, 2.2, 2.6], size=8.5, bold_last=True)
    rl.p("Peta jabatan: struktur Direktur - 2 Wakil Direktur - 2 Bagian - 3 Bidang, dengan jabatan fungsional dan pelaksana di setiap instalasi sesuai hasil analisis jabatan (rincian per instalasi pada arsip Bagian Umum).")
    rl.signature(["Direktur"], DIR, DIR_SUB, place_date="Sendang Kerta, 26 Februari 2024", left=(["Kepala Bagian Umum dan Kepegawaian"], KABAG_UM, KABAG_UM_SUB, None))
    return rl.build()


def monev_penempatan_broken(work, logo, logo_r):
    rl = RL(work / "monev_penempatan.pdf", base="Sans", size=10)
    rkop(rl, logo, logo_r)
    rl.p("LAPORAN MONITORING DAN EVALUASI PENEMPATAN PEGAWAI HASIL REKRUTMEN<br/>RSUD dr. R. SOEDARSONO TAHUN 2024", "title")
    rl.p("Monitoring terhadap 64 PPPK tenaga kesehatan formasi 2023 yang ditempatkan pada Januari 2024 menunjukkan penempatan sesuai kebutuhan jabatan hasil ABK dan berdampak pada penurunan rasio pasien per perawat di rawat inap.")
    rl.table([["Jabatan", "Ditempatkan", "Sesuai ABK"], ["Perawat Ahli Pertama", "38", "38"], ["Bidan Ahli Pertama", "8", "8"], ["Apoteker", "4", "4"]], [8, 3, 3])
    src = rl.build()
    return truncated_pdf(src, EV / A3 / "3.1 Kebutuhan Pegawai/Laporan Monev Penempatan Pegawai 2024.pdf", keep=0.38, seed=203)


def nota_rotasi(work, logo, logo_r):
    d = Docx(font_name="Arial", size=10.5)
    kop(d, logo, logo_r)
    d.center("NOTA DINAS", underline=True, after=6)
    d.kv([("Kepada", "Yth. Kepala Bidang Keperawatan"), ("Dari", "Direktur"), ("Tembusan", "Kepala Bagian Umum dan Kepegawaian; Ketua Komite Keperawatan"),
          ("Tanggal", "20 Mei 2024"), ("Nomor", "800/ 412 /RSUD"), ("Sifat", "Segera"), ("Hal", "Rotasi Tenaga Keperawatan Periode Juni 2024")], widths=(2.6, 0.4))
    d.para("1. Menindaklanjuti hasil rapat Tim Penilai Kinerja dan rekomendasi kredensial Komite Keperawatan tanggal 14 Mei 2024, serta sesuai Peraturan Direktur Nomor 12 Tahun 2021 tentang Pola Rotasi Tenaga Keperawatan (rotasi paling lama setiap 3 tahun dengan memperhatikan kewenangan klinis dan jenjang karier perawat), dengan ini disampaikan rotasi tenaga keperawatan sebagai berikut:", indent=0.6, first=-0.6)
    rows = [["No", "Nama", "Jenjang", "Unit lama", "Unit baru", "Dasar pertimbangan"],
            ["1", "Ns. Yuni Astuti, S.Kep.", "PK III", "Rawat Inap Melati", "ICU", "Sertifikat ICU dasar, kewenangan klinis PK III"],
            ["2", "Ns. Andika Prasetya, S.Kep.", "PK II", "IGD", "Rawat Inap Mawar", "Masa kerja 3 tahun di IGD"],
            ["3", "Siti Nurjanah, A.Md.Kep.", "PK II", "Poliklinik", "Rawat Inap Anak", "Pelatihan pediatrik dasar"],
            ["4", "Ns. Bayu Kurniawan, S.Kep.", "PK III", "Bedah Sentral", "IGD", "Sertifikat BTCLS, kebutuhan IGD hasil ABK"],
            ["5", "Rina Oktaviani, A.Md.Kep.", "PK I", "Rawat Inap Mawar", "Poliklinik", "Pengembangan karier PK I"],
            ["6", "Ns. Fajar Setiawan, S.Kep.", "PK II", "Hemodialisa", "Rawat Inap Melati", "Masa kerja 4 tahun"],
            ["7", "Ns. Lilis Suryani, S.Kep.", "PK III", "ICU", "Hemodialisa", "Sertifikat hemodialisis"]]
    d.table(rows, widths=[0.8, 4.0, 1.6, 3.0, 3.0, 4.8], size=8.5, align=["c", "l", "c", "l", "l", "l"])
    d.para("2. Rotasi berlaku mulai 3 Juni 2024; serah terima tugas dilaksanakan oleh kepala ruang masing-masing.", indent=0.6, first=-0.6)
    d.para("3. Demikian untuk dilaksanakan.", indent=0.6, first=-0.6)
    d.signature(["Direktur,"], DIR, DIR_SUB, size=10.5)
    src = docx_pdf(d, work / "nota_rotasi_src.pdf", work)
    return scan_pdf(src, EV / A3 / "3.2 Mutasi/Nota Dinas Rotasi Perawat Mei 2024.pdf", seed=204, seals=[Seal(DIR_SIG, **STAMP)],
                    mode="fax", dpi=150, quality=55, producer="Brother MFC-L2700D")


def tna(work, logo, logo_r):
    d = Docx(font_name="Cambria", size=11)
    kop(d, logo, logo_r)
    d.center("ANALISIS KEBUTUHAN PENGEMBANGAN KOMPETENSI (TRAINING NEED ANALYSIS)", size=11.5, after=0)
    d.center("DAN REALISASI PENGEMBANGAN KOMPETENSI PEGAWAI", after=0)
    d.center("RSUD dr. R. SOEDARSONO TAHUN 2024", after=10)
    d.para("**I. Metode**", after=2)
    d.para("TNA disusun pada Februari 2024 dengan membandingkan standar kompetensi jabatan dengan hasil penilaian SKP Tahun 2023 (predikat kinerja dan catatan atasan), hasil kredensial tenaga kesehatan, dan usulan kepala instalasi. Pegawai dengan predikat SKP \"Butuh Perbaikan\" atau catatan kompetensi diprioritaskan.")
    d.para("**II. Hasil analisis dan prioritas**", after=2)
    d.table([["No", "Kelompok jabatan", "Jumlah pegawai", "Kesenjangan utama", "Program", "Prioritas"],
             ["1", "Perawat dan bidan", "296", "Kegawatdaruratan, komunikasi efektif", "BTCLS, PPGD, komunikasi SBAR", "Tinggi"],
             ["2", "Dokter umum dan spesialis", "65", "Kewenangan klinis baru, etik", "Pelatihan teknis, seminar ilmiah", "Sedang"],
             ["3", "Tenaga penunjang medik", "71", "Mutu laboratorium, keselamatan radiasi", "Pelatihan teknis, uji profisiensi", "Sedang"],
             ["4", "Petugas loket dan administrasi", "112", "Pelayanan prima, aplikasi SIMRS", "Service excellence, in-house SIMRS", "Tinggi"],
             ["5", "Pejabat struktural", "16", "Manajemen risiko, SAKIP", "Bimtek SAKIP, manajemen risiko", "Sedang"]],
            widths=[0.8, 3.4, 2.0, 4.2, 4.4, 2.0], size=9, align=["c", "l", "c", "l", "l", "c"])
    d.para("**III. Realisasi pengembangan kompetensi Januari - Juni 2024**", after=2)
    d.table([["Jenis", "Kegiatan", "Peserta"], ["Pelatihan di lembaga pelatihan", "BTCLS (Bapelkes Provinsi), PPGD, manajemen risiko", "96"],
             ["In-house training", "Komunikasi SBAR, SIMRS modul baru, pencegahan infeksi", "241"], ["Coaching dan mentoring", "Perawat PK I oleh PK III", "42"],
             ["Seminar/webinar", "Seminar ilmiah komite medik", "22"], ["Jumlah pegawai (orang)", "", "401 dari 612 (65,5%)"]], widths=[5.0, 8.0, 4.0], size=9.5)
    d.signature(["Kepala Bagian Umum dan Kepegawaian"], KABAG_UM, KABAG_UM_SUB, place_date="Sendang Kerta, 12 Juli 2024", size=10.5)
    return docx_pdf(d, EV / A3 / "3.3 Pengembangan Kompetensi/TNA dan Realisasi Pengembangan Kompetensi 2024.pdf", work)


def sk_teladan(logo, logo_r):
    d = Docx(font_name="Arial", size=10.5)
    kop(d, logo, logo_r)
    sk(d, "800/ 318 /RSUD/VII/2024", "PENETAPAN PEGAWAI TELADAN RSUD dr. R. SOEDARSONO TRIWULAN II TAHUN 2024",
       ["bahwa untuk meningkatkan motivasi dan kinerja pegawai perlu memberikan penghargaan kepada pegawai berprestasi berdasarkan hasil penilaian kinerja;",
        "bahwa berdasarkan rekapitulasi nilai kinerja bulanan pada aplikasi e-Kinerja April-Juni 2024, presensi dan penilaian pasien, telah ditetapkan pegawai teladan Triwulan II Tahun 2024;"],
       ["Peraturan Pemerintah Nomor 30 Tahun 2019 tentang Penilaian Kinerja Pegawai Negeri Sipil;", "Peraturan Direktur Nomor 7 Tahun 2023 tentang Pemberian Penghargaan Pegawai;"],
       [("KESATU", "Menetapkan pegawai teladan Triwulan II Tahun 2024: (1) Ns. Yuni Astuti, S.Kep. (nilai kinerja 98,2); (2) apt. Nurul Hidayah, S.Farm. (97,6); (3) Dewi Anggraeni, A.Md.RMIK (97,1)."),
        ("KEDUA", "Pegawai teladan diberikan piagam penghargaan, insentif jasa pelayanan tambahan sesuai Peraturan Direktur, dan prioritas pengembangan kompetensi."),
        ("KETIGA", "Keputusan ini mulai berlaku pada tanggal ditetapkan.")],
       "10 Juli 2024", size=10.5)
    return d.save(EV / A3 / "3.4 Kinerja Pegawai/SK Pegawai Teladan TW II 2024.docx")


def disiplin(work, logo, logo_r):
    rl = RL(EV / A3 / "3.5 Disiplin/Rekap Pelanggaran Disiplin 2023-2024.pdf", base="Sans", size=10)
    rkop(rl, logo, logo_r)
    rl.p("REKAPITULASI PELANGGARAN DISIPLIN PEGAWAI<br/>RSUD dr. R. SOEDARSONO TAHUN 2023 DAN 2024 (S.D. 31 AGUSTUS)", "title")
    rl.table([["Tahun", "Ringan", "Sedang", "Berat", "Jumlah", "Telah dijatuhi hukuman", "Proses"],
              ["2023", "6", "2", "1", "9", "9", "0"], ["2024 (Jan-Agu)", "3", "1", "0", "4", "2", "2"], ["Jumlah", "9", "3", "1", "13", "11", "2"]],
             [3.4, 1.8, 1.8, 1.8, 1.8, 3.6, 1.8], size=9, bold_last=True)
    rl.p("Penurunan pelanggaran disiplin tahun 2024 dibanding 2023: (9 - 4) / 9 = 55,6%. Jenis pelanggaran terbanyak: ketidakhadiran tanpa keterangan dan keterlambatan dinas.")
    rl.p("Penegakan disiplin dilaksanakan sesuai Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin PNS, Kode Etik Pegawai RSUD (Peraturan Direktur Nomor 3 Tahun 2022) dan Kode Etik profesi masing-masing. Inovasi unit: presensi pengenalan wajah berbasis lokasi ruangan (geo-fencing) untuk pegawai shift dan rekap disiplin per ruangan yang dibahas setiap bulan dalam rapat kepala ruang.")
    rl.signature(["Kepala Bagian Umum dan Kepegawaian"], KABAG_UM, KABAG_UM_SUB, place_date="Sendang Kerta, 2 September 2024")
    return rl.build()


# --------------------------------------------------------------------------- Area IV

IKU = [("Meningkatnya mutu pelayanan rumah sakit", "Indeks Kepuasan Masyarakat", "indeks", [84.0, 85.0, 86.0, 87.0, 88.0, 89.0]),
       ("Meningkatnya mutu pelayanan rumah sakit", "Persentase capaian indikator nasional mutu (INM) sesuai standar", "%", [70, 75, 80, 85, 90, 92]),
       ("Meningkatnya keselamatan pasien", "Angka kematian > 48 jam (NDR)", "per mil", [28, 27, 26, 25, 24, 23]),
       ("Meningkatnya kemandirian keuangan BLUD", "Rasio pendapatan BLUD terhadap biaya operasional", "%", [78, 80, 82, 84, 86, 88]),
       ("Meningkatnya akuntabilitas kinerja", "Nilai SAKIP rumah sakit", "nilai", [68, 70, 72, 74, 76, 78])]


def renstra(work, logo, logo_r):
    rl = RL(EV / A4 / "4.1 Perencanaan/RENSTRA RSUD 2021-2026.pdf", base="Serif", size=11, footer="Renstra RSUD dr. R. Soedarsono 2021-2026 - {page}")
    rl.sp(2.5)
    rl.image(logo_r, 3.5)
    rl.p("RENCANA STRATEGIS<br/>RUMAH SAKIT UMUM DAERAH dr. R. SOEDARSONO<br/>KOTA SENDANG KERTA<br/>TAHUN 2021 - 2026", "big")
    rl.p("Perubahan dan penetapan mengikuti RPJMD Kota Sendang Kerta 2021-2026", "center")
    rl.br()
    rl.p("BAB I PENDAHULUAN", "h1")
    rl.p("Rencana Strategis RSUD dr. R. Soedarsono Kota Sendang Kerta Tahun 2021-2026 disusun sebagai penjabaran RPJMD Kota Sendang Kerta Tahun 2021-2026 dan menjadi pedoman penyusunan Rencana Kerja tahunan, Rencana Bisnis dan Anggaran BLUD serta Perjanjian Kinerja. RSUD dr. R. Soedarsono adalah rumah sakit umum kelas B dengan 312 tempat tidur.")
    rl.p("BAB II TUJUAN, SASARAN, INDIKATOR DAN TARGET", "h1")
    rl.p("Tujuan: meningkatkan derajat kesehatan masyarakat melalui pelayanan rumah sakit yang bermutu, aman dan terjangkau.")
    rows = [["No", "Sasaran", "Indikator", "Satuan", "2021", "2022", "2023", "2024", "2025", "2026"]]
    for i, (s, ind, u, t) in enumerate(IKU, 1):
        rows.append([str(i), s, ind, u] + [f"{x:g}".replace(".", ",") for x in t])
    rl.table(rows, [0.6, 3.4, 4.4, 1.3, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0], size=7.5)
    rl.p("BAB III STRATEGI DAN ARAH KEBIJAKAN", "h1")
    rl.bullets(["Penguatan mutu dan keselamatan pasien melalui akreditasi paripurna.", "Transformasi digital layanan (SIMRS terintegrasi, antrean daring).",
                "Pembangunan Zona Integritas dan pelayanan bebas korupsi.", "Penguatan kemandirian keuangan BLUD."], mark="1")
    rl.signature(["Direktur"], "dr. HARYONO SETIAWAN, Sp.OG., M.Kes.", ["Pembina Utama Muda", "NIP 19661204 199503 1 002"], place_date="Sendang Kerta, 30 Desember 2021")
    return rl.build()


def renja(work, logo, logo_r):
    d = Docx(font_name="Times New Roman", size=11.5)
    kop(d, logo, logo_r)
    d.center("RENCANA KERJA (RENJA)", size=13, after=0)
    d.center("RSUD dr. R. SOEDARSONO KOTA SENDANG KERTA", after=0)
    d.center("TAHUN 2024", after=10)
    d.para("**BAB I PENDAHULUAN**", after=2)
    d.para("Renja RSUD dr. R. Soedarsono Tahun 2024 merupakan penjabaran tahun keempat Renstra 2021-2026 dan menjadi acuan penyusunan Rencana Bisnis dan Anggaran (RBA) BLUD serta Perjanjian Kinerja Tahun 2024.")
    d.para("**BAB II SASARAN, INDIKATOR, TARGET DAN PAGU INDIKATIF**", after=2)
    pagu = ["12.400.000", "8.950.000", "6.210.500", "171.300.000", "1.150.000"]
    rows = [["No", "Sasaran", "Indikator", "Target 2024", "Pagu indikatif (Rp ribu)"]]
    for i, ((s, ind, u, t), p) in enumerate(zip(IKU, pagu), 1):
        rows.append([str(i), s, ind, f"{t[3]:g} {u}".replace(".", ","), p])
    d.table(rows, widths=[0.8, 4.4, 6.0, 2.4, 3.0], size=9, align=["c", "l", "l", "c", "r"])
    d.para("**BAB III PROGRAM DAN KEGIATAN**", after=2)
    for t in ["1. Program pemenuhan upaya kesehatan perorangan: pelayanan rawat jalan, rawat inap, gawat darurat dan penunjang.",
              "2. Program penunjang urusan pemerintahan daerah: administrasi BLUD, kepegawaian, perencanaan dan pelaporan kinerja.",
              "3. Program peningkatan kapasitas sumber daya manusia kesehatan."]:
        d.para(t, indent=1.0, first=-0.5)
    d.signature(["Direktur"], DIR, DIR_SUB, place_date="Sendang Kerta, Juli 2023", size=11)
    return docx_pdf(d, EV / A4 / "4.1 Perencanaan/RENJA 2024.pdf", work)


def pk(work, logo, logo_r):
    d = Docx(font_name="Times New Roman", size=11.5)
    kop(d, logo, None, lines=KOP_PEMKOT, addr=["Jalan Diponegoro Nomor 1 Sendang Kerta 50761"])
    d.center("PERJANJIAN KINERJA TAHUN 2024", size=13, after=10)
    d.para("Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:", after=6)
    d.kv([("Nama", "dr. Anindita Prameswari, Sp.PD., M.Kes."), ("Jabatan", "Direktur Rumah Sakit Umum Daerah dr. R. Soedarsono Kota Sendang Kerta")], widths=(2.5, 0.4))
    d.para("selanjutnya disebut pihak pertama,", after=4)
    d.kv([("Nama", "H. Muhammad Farid Assegaf, S.H., M.Si."), ("Jabatan", "Wali Kota Sendang Kerta")], widths=(2.5, 0.4))
    d.para("selaku atasan pihak pertama, selanjutnya disebut pihak kedua.", after=6)
    d.para("Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.", after=6)
    d.para("Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.", after=8)
    d.signature(["Pihak Pertama,"], DIR, DIR_SUB, place_date="Sendang Kerta, 2 Januari 2024", size=10.5,
                left=(["Pihak Kedua,", "Wali Kota Sendang Kerta"], WALIKOTA, [], None))
    d.pagebreak()
    d.center("LAMPIRAN PERJANJIAN KINERJA TAHUN 2024\nRSUD dr. R. SOEDARSONO KOTA SENDANG KERTA", size=11.5, after=8)
    rows = [["No", "Sasaran strategis", "Indikator kinerja", "Target"]]
    for i, (s, ind, u, t) in enumerate(IKU, 1):
        rows.append([str(i), s, ind, f"{t[3]:g} {u}".replace(".", ",")])
    d.table(rows, widths=[0.8, 5.5, 7.2, 2.5], size=9.5, align=["c", "l", "l", "c"])
    d.para("Program: Pemenuhan Upaya Kesehatan Perorangan; Penunjang Urusan Pemerintahan Daerah; Peningkatan Kapasitas SDM Kesehatan. Anggaran: Rp 200.010.500.000,- (APBD dan BLUD)", size=10)
    d.signature(["Direktur,"], DIR, DIR_SUB, size=10.5, left=(["Wali Kota Sendang Kerta,"], WALIKOTA, [], None))
    src = docx_pdf(d, work / "pk_src.pdf", work)
    return scan_pdf(src, EV / A4 / "4.1 Perencanaan/PK DIREKTUR 2024.pdf", seed=205,
                    seals=[Seal(DIR_SIG, pages="all", **STAMP), Seal(WALIKOTA_SIG, pages="all", **STAMP_KOTA)], mode="copier", color=True, dpi=155, quality=48)


def notulen_renja_pk(logo, logo_r):
    d = Docx(font_name="Calibri", size=11)
    kop(d, logo, logo_r)
    d.center("NOTULEN RAPAT PENYUSUNAN RENCANA KERJA DAN PERJANJIAN KINERJA", after=0)
    d.center("RSUD dr. R. SOEDARSONO TAHUN 2024", after=10)
    d.para("**RAPAT I - PENYUSUNAN RANCANGAN RENJA 2024**", after=2)
    d.kv([("Hari/tanggal", "Selasa, 18-07-2023"), ("Tempat", "Ruang Rapat Direksi"), ("Pimpinan rapat", "Direktur"), ("Peserta", "Wakil Direktur, Kepala Bagian/Bidang, Kepala Instalasi (29 orang)")], widths=(3.4, 0.4))
    for t in ["1. Direktur memaparkan arah kebijakan tahun 2024: mutu layanan dan WBBM, waktu tunggu rawat jalan, kemandirian BLUD.",
              "2. Setiap bidang menyampaikan usulan kegiatan dan target; Direktur menetapkan target IKM 2024 sebesar 87,0 sesuai Renstra dan menambahkan kegiatan SIGAP.",
              "3. Bagian Perencanaan menyempurnakan rancangan Renja dan menyampaikan ke Bappeda paling lambat 31 Juli 2023."]:
        d.para(t, indent=1.0, first=-0.5)
    d.para("**RAPAT II - PEMBAHASAN RANCANGAN PERJANJIAN KINERJA 2024**", after=2, before=6)
    d.kv([("Hari/tanggal", "Kamis, 21 Desember 2023"), ("Tempat", "Ruang Rapat Direksi"), ("Pimpinan rapat", "Direktur"), ("Peserta", "Wakil Direktur, Kepala Bagian/Bidang (9 orang)")], widths=(3.4, 0.4))
    for t in ["1. Direktur membahas kesesuaian indikator PK 2024 dengan IKU dan Renstra, serta menyetujui penjabaran PK ke Wakil Direktur dan Kepala Bidang.",
              "2. Direktur meminta target INM dinaikkan menjadi 85% sesuai Renstra dan target pendapatan disesuaikan dengan RBA.",
              "3. PK 2024 ditandatangani bersama Wali Kota pada awal Januari 2024."]:
        d.para(t, indent=1.0, first=-0.5)
    d.signature(["Notulis,"], "RIZKY AMALIA, S.E.", ["NIP 19930518 201902 2 004"], place_date="Sendang Kerta, 21 Desember 2023", size=10.5,
                left=(["Mengetahui,", "Direktur,"], DIR, DIR_SUB, None))
    return d.save(EV / A4 / "4.1 Perencanaan/Notulen Penyusunan Renja dan PK 2024.docx")


def sk_iku(work, logo, logo_r):
    d = Docx(font_name="Arial", size=10.5)
    kop(d, logo, logo_r)
    sk(d, "050/ 019 /RSUD/II/2022", "PENETAPAN INDIKATOR KINERJA UTAMA RSUD dr. R. SOEDARSONO KOTA SENDANG KERTA TAHUN 2021-2026",
       ["bahwa untuk pengukuran, pelaporan dan peningkatan kinerja perlu menetapkan Indikator Kinerja Utama (IKU) rumah sakit yang selaras dengan Renstra 2021-2026;",
        "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Keputusan Direktur;"],
       ["Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah;",
        "Peraturan Menteri PANRB Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas Laporan Kinerja Instansi Pemerintah;"],
       [("KESATU", "Menetapkan IKU RSUD dr. R. Soedarsono Tahun 2021-2026 dan manual indikatornya sebagaimana tercantum dalam Lampiran."),
        ("KEDUA", "IKU menjadi acuan penyusunan Renja, RBA, Perjanjian Kinerja, pengukuran dan pelaporan kinerja."), ("KETIGA", "Keputusan ini mulai berlaku pada tanggal ditetapkan.")],
       "7 Februari 2022", ttd=(["DIREKTUR RSUD dr. R. SOEDARSONO", "KOTA SENDANG KERTA,"], "dr. HARYONO SETIAWAN, Sp.OG., M.Kes.", ["Pembina Utama Muda", "NIP 19661204 199503 1 002"]), size=10.5)
    d.pagebreak()
    d.center("LAMPIRAN: MANUAL INDIKATOR KINERJA UTAMA", size=11, after=6)
    man = [("IKU 1", IKU[0][1], "Nilai SKM sembilan unsur PermenPANRB 14/2017 seluruh layanan", "Rata-rata tertimbang unsur x 25", "SKM elektronik", "Bulanan", "Ka Instalasi Humas"),
           ("IKU 2", IKU[1][1], "Jumlah INM yang mencapai standar dibagi 13 INM", "(INM sesuai standar / 13) x 100%", "Komite Mutu", "Bulanan", "Ketua Komite Mutu"),
           ("IKU 3", IKU[2][1], "Kematian pasien > 48 jam dirawat per 1.000 pasien keluar", "(Mati > 48 jam / pasien keluar) x 1000", "SIMRS", "Bulanan", "Kabid Yanmed"),
           ("IKU 4", IKU[3][1], "Pendapatan BLUD dibanding biaya operasional", "(Pendapatan / biaya operasional) x 100%", "Laporan keuangan BLUD", "Triwulanan", "Kabag Perencanaan dan Keuangan"),
           ("IKU 5", IKU[4][1], "Nilai evaluasi SAKIP oleh Inspektorat", "Nilai hasil evaluasi", "LHE SAKIP", "Tahunan", "Kabag Perencanaan dan Keuangan")]
    d.table([["Kode", "Indikator", "Definisi", "Formula", "Sumber data", "Periode", "PIC"]] + [list(m) for m in man],
            widths=[1.2, 3.0, 3.8, 3.4, 2.2, 1.6, 1.8], size=8, align=["c", "l", "l", "l", "l", "c", "l"])
    return docx_pdf(d, EV / A4 / "4.2 IKU/Keputusan Direktur IKU 2021-2026.pdf", work)


def lkjip_2022_misnamed(work, logo, logo_r):
    rl = RL(EV / A4 / "4.3 Laporan Kinerja/LKjIP RSUD 2023 final.pdf", base="Serif", size=11, footer="LKjIP RSUD dr. R. Soedarsono - {page}")
    rl.sp(3)
    rl.image(logo_r, 3.2)
    rl.p("LAPORAN KINERJA INSTANSI PEMERINTAH<br/>RSUD dr. R. SOEDARSONO<br/>KOTA SENDANG KERTA<br/>TAHUN 2022", "big")
    rl.br()
    rl.p("KATA PENGANTAR", "subtitle")
    rl.p("Laporan Kinerja Instansi Pemerintah (LKjIP) RSUD dr. R. Soedarsono Tahun 2022 merupakan pertanggungjawaban atas pelaksanaan Perjanjian Kinerja Tahun 2022 dan disampaikan kepada Wali Kota melalui Bagian Organisasi Sekretariat Daerah serta diunggah pada aplikasi e-SAKIP.")
    rl.signature(["Direktur"], "dr. HARYONO SETIAWAN, Sp.OG., M.Kes.", ["Pembina Utama Muda", "NIP 19661204 199503 1 002"], place_date="Sendang Kerta, 24 Februari 2023")
    rl.br()
    rl.p("BAB III AKUNTABILITAS KINERJA", "h1")
    rl.p("A. Capaian kinerja organisasi Tahun 2022", "h2")
    data = [("84,0 / 85,0", "86,3", "101,5%", "84,9"), ("75 / 75", "76,9", "102,5%", "69,2"), ("27 / 27", "25,8", "104,4%", "29,4"), ("80 / 80", "81,7", "102,1%", "77,3"), ("70 / 70", "71,2", "101,7%", "67,5")]
    rows = [["No", "Indikator", "Target 2022", "Realisasi 2022", "Capaian", "Realisasi 2021"]]
    for i, ((s, ind, u, t), (tg, r, c, prev)) in enumerate(zip(IKU, data), 1):
        rows.append([str(i), ind, str(t[1]).replace(".", ","), r, c, prev])
    rl.table(rows, [0.7, 6.2, 2.0, 2.2, 1.8, 2.2], size=8.5)
    rl.p("Seluruh lima sasaran strategis tahun 2022 tercapai 100% atau lebih dan lebih baik dari realisasi tahun 2021. Dibanding target akhir Renstra 2026, capaian IKM dan INM telah mencapai 96,9% dan 83,6%.")
    rl.p("B. Realisasi anggaran Tahun 2022", "h2")
    rl.table([["Program", "Anggaran (Rp)", "Realisasi (Rp)", "%"], ["Pemenuhan upaya kesehatan perorangan", "171.820.400.000", "164.112.905.100", "95,51"],
              ["Penunjang urusan pemerintahan daerah", "12.406.000.000", "11.992.417.300", "96,67"], ["Jumlah", "184.226.400.000", "176.105.322.400", "95,59"]],
             [7.0, 3.4, 3.4, 1.6], size=8.5, bold_last=True)
    rl.p("BAB IV PENUTUP", "h1")
    rl.p("Capaian kinerja tahun 2022 menjadi dasar penyempurnaan perencanaan tahun 2023, khususnya percepatan transformasi digital layanan dan pembangunan Zona Integritas.")
    return rl.build()


def evaluasi_kinerja(work, logo, logo_r):
    rl = RL(EV / A4 / "4.4 Evaluasi Kinerja/Laporan Evaluasi Capaian Kinerja TW I-II 2024.pdf", base="Sans", size=10)
    rkop(rl, logo, logo_r)
    rl.p("LAPORAN EVALUASI CAPAIAN KINERJA<br/>RSUD dr. R. SOEDARSONO TRIWULAN I DAN II TAHUN 2024", "title")
    rl.p("Rapat evaluasi capaian Perjanjian Kinerja dipimpin Direktur pada tanggal 15/04/2024 (Triwulan I) dan 12/07/2024 (Triwulan II), diikuti Wakil Direktur, Kepala Bagian/Bidang dan penanggung jawab indikator.")
    rl.table([["Indikator", "Target 2024", "TW I", "TW II", "Keterangan"], ["Indeks Kepuasan Masyarakat", "87,0", "88,1", "88,6", "Tercapai"],
              ["INM sesuai standar", "85%", "84,6%", "92,3%", "TW I belum tercapai (waktu tunggu rawat jalan)"], ["NDR", "25 per mil", "24,1", "23,7", "Tercapai"],
              ["Rasio pendapatan BLUD", "84%", "79,2%", "83,5%", "Belum tercapai; klaim BPJS tertunda"], ["Nilai SAKIP", "74", "-", "-", "Dinilai akhir tahun"]],
             [5.0, 2.2, 1.8, 1.8, 6.2], size=8.5)
    rl.p("Arahan Direktur dan tindak lanjut", "h2")
    rl.table([["Arahan", "Pelaksana", "Tindak lanjut"],
              ["Menurunkan waktu tunggu rawat jalan melalui SIGAP (TW I)", "Instalasi SIMRS, Rawat Jalan", "SIGAP terintegrasi antrean JKN 22-04-2024; waktu tunggu 58 menit (TW II)"],
              ["Percepatan pengajuan klaim BPJS (TW I)", "Bagian Keuangan", "Tim klaim dibentuk; klaim tertunda turun dari 9,8% menjadi 4,1%"],
              ["Evaluasi tarif layanan non-BPJS (TW II)", "Bagian Perencanaan", "Kajian tarif disusun Agustus 2024"]], [6.0, 3.6, 7.2], size=8.5)
    rl.signature(["Kepala Bagian Perencanaan dan Keuangan"], KABAG_REN, KABAG_REN_SUB, place_date="Sendang Kerta, 19 Juli 2024", left=(["Mengetahui,", "Direktur"], DIR, DIR_SUB, None))
    return rl.build()


# --------------------------------------------------------------------------- Area V


def upg(work, logo, logo_r):
    d = Docx(font_name="Arial", size=10.5)
    kop(d, logo, logo_r)
    sk(d, "700/ 027 /RSUD/I/2024", "UNIT PENGENDALIAN GRATIFIKASI DAN PROSEDUR PENGENDALIAN GRATIFIKASI DI LINGKUNGAN RSUD dr. R. SOEDARSONO",
       ["bahwa dalam rangka mencegah korupsi dan membangun budaya antigratifikasi di rumah sakit perlu menetapkan Unit Pengendalian Gratifikasi beserta prosedurnya;",
        "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Keputusan Direktur;"],
       ["Undang-Undang Nomor 31 Tahun 1999 tentang Pemberantasan Tindak Pidana Korupsi sebagaimana telah diubah dengan Undang-Undang Nomor 20 Tahun 2001;",
        "Peraturan Komisi Pemberantasan Korupsi Nomor 2 Tahun 2019 tentang Pelaporan Gratifikasi;", "Peraturan Wali Kota Sendang Kerta Nomor 9 Tahun 2019 tentang Pengendalian Gratifikasi;"],
       [("KESATU", "Membentuk Unit Pengendalian Gratifikasi (UPG) RSUD dr. R. Soedarsono yang dilaksanakan oleh Satuan Pengawas Internal."),
        ("KEDUA", "Prosedur pelaporan gratifikasi sebagaimana tercantum dalam Lampiran menjadi bagian dari SOP rumah sakit dan wajib dilaksanakan oleh seluruh pegawai, termasuk dokter mitra dan tenaga kontrak."),
        ("KETIGA", "UPG melaporkan rekapitulasi laporan gratifikasi kepada Direktur dan Inspektorat Kota setiap triwulan."), ("KEEMPAT", "Keputusan ini mulai berlaku pada tanggal ditetapkan.")],
       "16 Januari 2024", size=10.5)
    d.pagebreak()
    d.center("LAMPIRAN: PROSEDUR PELAPORAN GRATIFIKASI (SOP/112/RSUD/2024)", size=10.5, after=6)
    d.table([["No", "Kegiatan", "Pelaksana", "Waktu"], ["1", "Menolak gratifikasi; bila tidak dapat ditolak, mengisi formulir laporan", "Pegawai", "<= 30 hari kerja"],
             ["2", "Menerima, mencatat dan menganalisis laporan", "UPG (SPI)", "3 hari kerja"], ["3", "Meneruskan laporan ke KPK melalui GOL", "UPG", "<= 10 hari kerja"],
             ["4", "Menindaklanjuti keputusan KPK dan merekap laporan triwulanan", "UPG", "Triwulanan"]], widths=[0.9, 9.0, 3.0, 3.6], size=9, align=["c", "l", "l", "l"])
    d.para("Rekap laporan UPG Januari-Juni 2024: 3 laporan (parsel dari distributor alat kesehatan, bingkisan keluarga pasien, voucher seminar); seluruhnya diteruskan ke KPK dan telah memperoleh penetapan.", size=10, before=4)
    return docx_pdf(d, EV / A5 / "5.1 Gratifikasi/SK UPG dan SOP Pengendalian Gratifikasi.pdf", work)


def risk_register(work, logo, logo_r):
    rl = RL(EV / A5 / "5.2 SPIP/Hospital Risk Register 2024.pdf", base="Sans", size=10, landscape_page=True, margins=(1.5, 1.5, 1.8, 1.8))
    rkop(rl, logo, logo_r)
    rl.p("HOSPITAL RISK REGISTER 2024<br/>dr. R. Soedarsono Regional General Hospital, Sendang Kerta City", "title")
    rl.p("Prepared by the Internal Supervisory Unit (SPI) with the Quality Committee, reviewed with all installation heads on 19 February 2024, following the city government's risk-management guideline and ISO 31000. Likelihood (L) and impact (I) scored 1-5; risk level = L x I. Status as of 30 June 2024.")
    risks = [("Outpatient registration", "Queue jumping for a fee", "Manual queue at peak hours", 3, 4, "SIGAP online queue, CCTV at counters", "Done (Apr 2024)"),
             ("Emergency department", "Delayed triage of critical patients", "Staff shortage at night shift", 3, 5, "Colour triage board, additional nurse per night shift", "Done"),
             ("Pharmacy", "Dispensing error", "Look-alike sound-alike drugs", 2, 5, "Double check, LASA labels, e-prescription", "Ongoing"),
             ("Procurement", "Mark-up / vendor collusion", "Limited vendor comparison", 2, 4, "E-catalogue purchases, conflict-of-interest statement", "Ongoing"),
             ("Billing and BPJS claims", "Claim rejection / revenue loss", "Incomplete medical resume", 4, 3, "Claim team, resume completeness audit", "Done (Jun 2024)"),
             ("Medical records", "Patient data leakage", "Shared user accounts", 2, 5, "Individual log-in, access audit", "Ongoing"),
             ("Human resources", "Absence during duty shift", "Weak supervision", 3, 3, "Geo-fenced face attendance", "Done"),
             ("Facilities", "Medical equipment breakdown", "Late maintenance", 3, 3, "Online breakdown report, preventive schedule", "Ongoing")]
    rows = [["No", "Process", "Risk event", "Cause", "L", "I", "Level", "Risk treatment plan", "Status"]]
    for i, r in enumerate(risks, 1):
        lvl = r[3] * r[4]
        rows.append([str(i), r[0], r[1], r[2], str(r[3]), str(r[4]), f"{lvl} ({'High' if lvl >= 15 else 'Medium' if lvl >= 8 else 'Low'})", r[5], r[6]])
    rl.table(rows, [0.7, 3.2, 3.6, 3.4, 0.7, 0.7, 1.9, 5.2, 2.8], size=8)
    rl.signature(["Head of Internal Supervisory Unit"], SPI, SPI_SUB, place_date="Sendang Kerta, 19 February 2024 (updated 30 June 2024)", left=(["Approved by", "Director"], DIR, DIR_SUB, None))
    return rl.build()


def sk_wbs(work, logo, logo_r):
    d = Docx(font_name="Times New Roman", size=11.5)
    kop(d, logo, logo_r)
    sk(d, "700/ 031 /RSUD/I/2024", "PENERAPAN SISTEM PENANGANAN PENGADUAN PELANGGARAN (WHISTLEBLOWING SYSTEM) DI LINGKUNGAN RSUD dr. R. SOEDARSONO",
       ["bahwa untuk mendorong peran serta pegawai dan masyarakat dalam pencegahan korupsi perlu menerapkan sistem penanganan pengaduan pelanggaran (whistleblowing system);",
        "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Keputusan Direktur;"],
       ["Peraturan Wali Kota Sendang Kerta Nomor 22 Tahun 2020 tentang Sistem Penanganan Pengaduan Pelanggaran (Whistleblowing System) di Lingkungan Pemerintah Kota Sendang Kerta;"],
       [("KESATU", "Menerapkan Whistleblowing System di RSUD dr. R. Soedarsono melalui aplikasi WBS Pemerintah Kota (wbs.sendangkertakota.go.id), kotak pengaduan tertutup di setiap lantai dan nomor WhatsApp khusus SPI 0811-2960-700."),
        ("KEDUA", "Satuan Pengawas Internal menjamin kerahasiaan identitas pelapor, menelaah setiap laporan paling lambat 5 hari kerja dan meneruskan laporan yang berindikasi kuat kepada Inspektorat Kota."),
        ("KETIGA", "SPI mengevaluasi penerapan WBS setiap semester dan melaporkan hasilnya kepada Direktur."), ("KEEMPAT", "Keputusan ini mulai berlaku pada tanggal ditetapkan.")],
       "16 Januari 2024")
    src = docx_pdf(d, work / "sk_wbs_src.pdf", work)
    return scan_pdf(src, EV / A5 / "5.3 WBS/SK WBS.pdf", seed=206, seals=[Seal(DIR_SIG, **STAMP)], mode="hostile", dpi=145, producer="Canon iR-ADV 4525 copy")


def lhe_wbs(work, logo, logo_r):
    rl = RL(work / "lhe.pdf", base="Serif", size=11)
    rkop(rl, logo, None, lines=KOP_INSP, addr=ADDR_INSP)
    rl.p("LAPORAN HASIL EVALUASI<br/>PENERAPAN WHISTLEBLOWING SYSTEM<br/>PADA RSUD dr. R. SOEDARSONO KOTA SENDANG KERTA", "title")
    rl.kv([("Nomor", "700.1.2/ 186 /LHE/Insp/2024"), ("Tanggal", "15 Mei 2024"), ("Periode evaluasi", "Januari - April 2024")])
    rl.p("Inspektorat Daerah Kota Sendang Kerta telah melaksanakan evaluasi atas penerapan Whistleblowing System pada RSUD dr. R. Soedarsono sebagai bagian dari pengawasan pembangunan Zona Integritas menuju WBBM. Evaluasi meliputi kebijakan, saluran pelaporan, kerahasiaan pelapor, penanganan laporan dan sosialisasi.")
    rl.p("Hasil evaluasi", "h2")
    rl.bullets(["Kebijakan WBS telah ditetapkan dengan Keputusan Direktur Nomor 700/031/RSUD/I/2024 dan saluran pelaporan tersedia (aplikasi, kotak, WhatsApp SPI).",
                "Sebanyak 2 laporan diterima dan ditelaah tepat waktu; 1 laporan diteruskan ke Inspektorat.",
                "Poster WBS belum terpasang di ruang rawat inap dan IGD; sebagian perawat shift malam belum mengetahui saluran WBS.",
                "Register penanganan laporan WBS belum memuat tanggal umpan balik kepada pelapor."], mark="1")
    rl.p("Rekomendasi", "h2")
    rl.bullets(["Memasang media informasi WBS di seluruh ruang pelayanan.", "Melaksanakan sosialisasi WBS kepada pegawai shift.", "Melengkapi register WBS dengan kolom umpan balik kepada pelapor."], mark="1")
    rl.signature(["Inspektur Kota Sendang Kerta"], INSPEKTUR, INSPEKTUR_SUB, place_date="Sendang Kerta, 15 Mei 2024")
    p1 = rl.build()
    d = Docx(font_name="Arial", size=10.5)
    kop(d, logo, logo_r)
    d.para("Sendang Kerta, 10 Juni 2024", align="right", after=6)
    d.kv([("Nomor", "700/ 288 /RSUD"), ("Lampiran", "1 (satu) berkas"), ("Hal", "Tindak Lanjut Rekomendasi LHE Penerapan WBS")], widths=(2.4, 0.4))
    d.para("Yth. Inspektur Kota Sendang Kerta\ndi Sendang Kerta", align="left", after=8)
    d.para("Menindaklanjuti Laporan Hasil Evaluasi Nomor 700.1.2/186/LHE/Insp/2024 tanggal 15 Mei 2024, dengan hormat kami sampaikan tindak lanjut sebagai berikut:", first=1.0)
    d.table([["No", "Rekomendasi", "Tindak lanjut", "Status"], ["1", "Media informasi WBS di seluruh ruang pelayanan", "Poster WBS dipasang di 21 ruang rawat inap, IGD, ICU dan poliklinik (24-05-2024)", "Selesai"],
             ["2", "Sosialisasi WBS kepada pegawai shift", "Sosialisasi pada operan shift 27-31 Mei 2024, 214 pegawai", "Selesai"],
             ["3", "Kolom umpan balik pada register WBS", "Register diperbarui 3 Juni 2024", "Selesai"]], widths=[0.9, 5.2, 8.0, 2.0], size=9, align=["c", "l", "l", "c"])
    d.para("Demikian kami sampaikan, atas perhatiannya kami ucapkan terima kasih.", first=1.0, after=6)
    d.signature(["Direktur,"], DIR, DIR_SUB, size=10.5)
    p2 = docx_pdf(d, work / "tl_lhe.pdf", work)
    return merge_pdfs([p1, p2], EV / A5 / "5.3 WBS/LHE Inspektorat WBS dan Tindak Lanjut.pdf")


def rekap_pengaduan():
    rnd = random.Random(207)
    channels = ["SP4N-LAPOR!", "WhatsApp 0811-2960-118", "Kotak saran", "Instagram", "Datang langsung", "SIGAP (menu Lapor)"]
    topics = [("Waktu tunggu poliklinik lama", "Instalasi Rawat Jalan"), ("Sikap petugas loket", "Rekam Medis"), ("Kebersihan kamar mandi rawat inap", "Instalasi Sanitasi"),
              ("Obat kosong di farmasi", "Instalasi Farmasi"), ("Informasi biaya pasien umum", "Bagian Keuangan"), ("Parkir penuh", "Bagian Umum"),
              ("Jadwal dokter berubah mendadak", "Bidang Yanmed"), ("Antrean SIGAP gagal", "Instalasi SIMRS"), ("Konsultasi prosedur rujukan BPJS", "Instalasi Humas")]
    rows = [["No", "Tanggal diterima", "Kanal", "Jenis", "Uraian", "Unit tindak lanjut", "Tanggal respon awal", "Status", "Tanggal selesai", "Lama (hari kerja)"]]
    base = dt.date(2024, 1, 3)
    for i in range(64):
        d0 = base + dt.timedelta(days=int(i * 3.7) + rnd.randint(0, 2))
        t, u = topics[rnd.randrange(len(topics))]
        jenis = "Konsultasi" if "Konsultasi" in t or rnd.random() < 0.12 else "Pengaduan"
        proses = i in (58, 61, 63)
        lama = rnd.choice([1, 1, 2, 2, 3, 3, 4, 5, 5, 7]) if not proses else None
        rows.append([i + 1, d0, channels[rnd.randrange(len(channels))], jenis, t, u, d0 + dt.timedelta(days=rnd.choice([0, 0, 1])),
                     "Proses" if proses else "Selesai", (d0 + dt.timedelta(days=lama + lama // 5 * 2)) if lama else "", lama if lama else ""])
    done = sum(1 for r in rows[1:] if r[7] == "Selesai")
    fast = sum(1 for r in rows[1:] if r[9] != "" and r[9] <= 5)
    summ = [["Uraian", "Jumlah"], ["Pengaduan dan konsultasi diterima (Jan - Agu 2024)", 64], ["Yang harus ditindaklanjuti", 64], ["Sedang diproses", 64 - done],
            ["Selesai ditindaklanjuti", done], ["Selesai <= 5 hari kerja", fast], ["Respon awal <= 1 hari", 64]]
    by_ch = [["Kanal", "Jumlah"]] + [[c, sum(1 for r in rows[1:] if r[2] == c)] for c in channels]
    return write_xlsx(EV / A5 / "5.4 Pengaduan/Rekap Pengaduan 2024.xlsx", [
        {"name": "Register", "title": ["REGISTER PENGADUAN DAN KONSULTASI PELAYANAN", "RSUD dr. R. SOEDARSONO - 1 JANUARI S.D. 31 AGUSTUS 2024"],
         "rows": rows, "widths": [5, 14, 22, 12, 36, 22, 16, 10, 14, 12], "formats": {1: "DD/MM/YYYY", 6: "DD/MM/YYYY", 8: "DD/MM/YYYY"}, "freeze": "A5"},
        {"name": "Rekap", "title": ["REKAPITULASI PENGADUAN 2024"], "rows": summ + [["", ""]] + by_ch, "widths": [52, 12]},
    ])


def evaluasi_pengaduan(work, logo, logo_r):
    d = Docx(font_name="Arial", size=10.5)
    kop(d, logo, logo_r)
    d.center("LAPORAN EVALUASI PENANGANAN PENGADUAN DAN KONSULTASI PELAYANAN", after=0)
    d.center("RSUD dr. R. SOEDARSONO TRIWULAN I DAN TRIWULAN II TAHUN 2024", after=10)
    d.para("**A. Pelaksanaan evaluasi**: rapat evaluasi triwulanan dipimpin Wakil Direktur Pelayanan pada 5 April 2024 (TW I) dan 8 Juli 2024 (TW II), diikuti Instalasi Humas dan Pengaduan, SPI dan unit yang paling banyak diadukan.")
    d.para("**B. Hasil**", after=2)
    d.table([["Uraian", "TW I", "TW II"], ["Pengaduan dan konsultasi diterima", "25", "24"], ["Selesai", "25", "24"], ["Selesai <= 5 hari kerja", "20 (80,0%)", "24 (100%)"],
             ["Topik terbanyak", "Waktu tunggu poliklinik", "Obat kosong di farmasi"], ["Kanal terbanyak", "WhatsApp", "SIGAP (menu Lapor)"]], widths=[6.0, 5.0, 5.0], size=9.5)
    d.para("**C. Rekomendasi dan tindak lanjut**", after=2)
    d.table([["Rekomendasi", "Tindak lanjut", "Status"], ["TW I: Percepat integrasi antrean SIGAP-JKN", "Terintegrasi 22-04-2024", "Selesai"],
             ["TW I: Tambah petugas informasi di lobi pada jam 07.00-10.00", "Dua petugas informasi sejak 15-04-2024", "Selesai"],
             ["TW II: Perbaiki perencanaan stok obat formularium", "Buffer stock dan pemesanan e-katalog mingguan sejak 22-07-2024", "Selesai"],
             ["TW II: Umpan balik kepada pengadu melalui kanal asal", "Template jawaban dan batas 1 hari respon awal", "Berjalan"]], widths=[6.5, 7.0, 2.5], size=9)
    d.signature(["Wakil Direktur Pelayanan"], WADIR_YAN, WADIR_YAN_SUB, place_date="Sendang Kerta, 26 Juli 2024", size=10.5)
    return docx_pdf(d, EV / A5 / "5.4 Pengaduan/Laporan Evaluasi Pengaduan TW I dan TW II 2024.pdf", work)


def lhkpn(work, logo, logo_r):
    rl = RL(EV / A5 / "5.5 LHKPN/Rekap LHKPN dan LHKASN 2024.pdf", base="Sans", size=10)
    rkop(rl, logo, logo_r)
    rl.p("REKAPITULASI KEPATUHAN LHKPN DAN LHKASN<br/>RSUD dr. R. SOEDARSONO TAHUN 2024 (PELAPORAN HARTA PER 31 DESEMBER 2023)", "title")
    rl.p("A. LHKPN", "h2")
    rl.table([["Kategori", "Wajib lapor", "Sudah lapor s.d. 31-03-2024", "Keterangan"], ["Kepala satuan kerja (Direktur)", "1", "1", "e-LHKPN 29-01-2024"],
              ["Pejabat yang diwajibkan (Wakil Direktur, Kepala Bagian/Bidang)", "7", "7", "-"], ["Lainnya (PPK, Pokja Pemilihan, Bendahara BLUD)", "9", "9", "-"],
              ["Jumlah", "17", "17", "Kepatuhan 100%"]], [7.4, 2.4, 3.4, 3.6], size=9, bold_last=True)
    rl.p("B. LHKASN (non-LHKPN)", "h2")
    rl.table([["Kategori", "Wajib lapor", "Sudah lapor", "Keterangan"], ["Pejabat administrator (eselon III) bukan wajib LHKPN", "0", "0", "Seluruh administrator wajib LHKPN"],
              ["Pejabat pengawas (eselon IV) dan kepala instalasi", "14", "14", "-"], ["Fungsional dan pelaksana (PNS dan PPPK)", "431", "426", "5 pegawai cuti melahirkan/tugas belajar"],
              ["Jumlah", "445", "440", "Kepatuhan 98,9%"]], [7.4, 2.4, 3.4, 3.6], size=9, bold_last=True)
    rl.p("Sumber: e-LHKPN KPK dan aplikasi SiHARKA Kementerian PANRB, diunduh 5 April 2024 oleh SPI.")
    rl.signature(["Ketua Satuan Pengawas Internal"], SPI, SPI_SUB, place_date="Sendang Kerta, 5 April 2024")
    return rl.build()


# --------------------------------------------------------------------------- Area VI

SERVICES = ["Pendaftaran dan rawat jalan", "Gawat darurat", "Rawat inap", "Perawatan intensif (ICU/NICU)", "Bedah sentral", "Hemodialisa", "Laboratorium",
            "Radiologi", "Farmasi", "Rekam medis dan informasi", "Ambulans dan pemulasaran jenazah"]


def sk_standar(work, logo, logo_r):
    d = Docx(font_name="Arial", size=10.5)
    kop(d, logo, logo_r)
    sk(d, "445/ 077 /RSUD/III/2023", "STANDAR PELAYANAN PADA RUMAH SAKIT UMUM DAERAH dr. R. SOEDARSONO KOTA SENDANG KERTA",
       ["bahwa untuk memberikan kepastian dan meningkatkan kualitas pelayanan rumah sakit perlu menetapkan standar pelayanan yang disusun bersama masyarakat;",
        "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Keputusan Direktur tentang Standar Pelayanan;"],
       MENGINGAT_RS[:3] + ["Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 15 Tahun 2014 tentang Pedoman Standar Pelayanan;"],
       [("KESATU", "Menetapkan Standar Pelayanan RSUD dr. R. Soedarsono untuk 11 (sebelas) jenis pelayanan sebagaimana tercantum dalam Lampiran."),
        ("KEDUA", "Standar pelayanan memuat komponen penyampaian pelayanan dan komponen pengelolaan pelayanan sesuai Peraturan Menteri PANRB Nomor 15 Tahun 2014."),
        ("KETIGA", "Standar pelayanan dipublikasikan melalui laman, media sosial dan papan informasi, serta direviu paling sedikit satu kali setahun."),
        ("KEEMPAT", "Dengan berlakunya Keputusan ini, Keputusan Direktur Nomor 445/105/RSUD/IV/2021 dicabut dan dinyatakan tidak berlaku."), ("KELIMA", "Keputusan ini mulai berlaku pada tanggal ditetapkan.")],
       "14 Maret 2023", ttd=(["DIREKTUR RSUD dr. R. SOEDARSONO", "KOTA SENDANG KERTA,"], DIR, DIR_SUB), size=10.5)
    d.pagebreak()
    d.center("LAMPIRAN: STANDAR PELAYANAN RSUD dr. R. SOEDARSONO", size=11, after=6)
    for s in SERVICES[:3]:
        d.para(f"**{s.upper()}**", after=2, before=4)
        d.table([["Komponen", "Uraian"], ["Persyaratan", "Identitas (KTP/KK), kartu BPJS/asuransi bila ada, surat rujukan untuk poliklinik spesialis BPJS"],
                 ["Sistem, mekanisme dan prosedur", "Pendaftaran (anjungan/SIGAP/loket) - pemeriksaan - penunjang bila perlu - farmasi - kasir/pulang"],
                 ["Jangka waktu", "Pendaftaran <= 10 menit; waktu tunggu poliklinik <= 60 menit" if "jalan" in s else "Sesuai tingkat kegawatan / <= 5 menit respon IGD"],
                 ["Biaya/tarif", "Sesuai Peraturan Wali Kota tentang Tarif Layanan BLUD; peserta BPJS sesuai ketentuan JKN"], ["Produk pelayanan", "Pelayanan medis, resume medis, surat keterangan"],
                 ["Penanganan pengaduan", "SP4N-LAPOR!, WhatsApp 0811-2960-118, SIGAP, kotak saran, Instalasi Humas"], ["Dasar hukum", "UU 25/2009; UU 17/2023; PP 47/2021"],
                 ["Sarana prasarana", "Ruang tunggu, anjungan mandiri, kursi roda, ruang laktasi, jalur disabilitas"], ["Kompetensi pelaksana", "Tenaga kesehatan ber-STR/SIP, petugas terlatih pelayanan prima"],
                 ["Pengawasan internal", "Kepala instalasi, Komite Mutu, SPI"], ["Jumlah pelaksana", "Sesuai ABK"], ["Jaminan pelayanan", "Maklumat pelayanan"],
                 ["Jaminan keamanan dan keselamatan", "Sasaran keselamatan pasien, CCTV, APAR"], ["Evaluasi kinerja pelaksana", "SKM bulanan, indikator mutu, evaluasi tahunan"]],
                widths=[4.5, 12.0], size=8.5, align=["l", "l"])
    d.para("(Standar pelayanan delapan jenis layanan lainnya disusun dengan format yang sama: " + "; ".join(SERVICES[3:]) + ".)", size=9.5, italic=True)
    return docx_pdf(d, EV / A6 / "6.1 Standar Pelayanan/SK Standar Pelayanan RSUD 2023.pdf", work)


FKP_PEOPLE = [("dr. ANINDITA PRAMESWARI, Sp.PD., M.Kes.", "Direktur RSUD"), ("dr. BAGUS HARIMURTI, Sp.B.", "Wakil Direktur Pelayanan"),
              ("Ns. TITIK HANDAYANI, S.Kep., M.Kep.", "Kepala Bidang Keperawatan"), ("H. SUKARMAN", "Tokoh masyarakat Kelurahan Pandean"),
              ("Dr. ENDAH SUSILOWATI, M.P.H.", "Akademisi Universitas Sendang Kerta"), ("IWAN SETIABUDI", "LSM Peduli Kesehatan Warga"),
              ("RATNA DEWI ANJANI", "Kamar Dagang Kota / dunia usaha"), ("dr. HERU PURNOMO", "BPJS Kesehatan Cabang Sendang Kerta"),
              ("SUMIYATI", "Forum Pasien Disabilitas"), ("Drs. AGUS WIDODO", "Ombudsman RI Perwakilan Jawa Tengah"),
              ("BAMBANG SUTEJO, S.Sos.", "Instalasi Humas dan Pengaduan"), ("GALIH PERMANA, S.Kom.", "Instalasi SIMRS")]


def ba_fkp(work, logo, logo_r):
    d = Docx(font_name="Times New Roman", size=11.5)
    kop(d, logo, logo_r)
    d.center("BERITA ACARA", after=0)
    d.center("FORUM KONSULTASI PUBLIK REVIU STANDAR PELAYANAN", after=0)
    d.center("RSUD dr. R. SOEDARSONO KOTA SENDANG KERTA", after=0)
    d.center("Nomor 445/ 109 /RSUD/III/2024", bold=False, after=10)
    d.para("Pada hari ini Selasa tanggal dua belas bulan Maret tahun dua ribu dua puluh empat, bertempat di Aula Lantai 4 RSUD dr. R. Soedarsono, telah dilaksanakan Forum Konsultasi Publik dalam rangka reviu dan perbaikan Standar Pelayanan yang ditetapkan dengan Keputusan Direktur Nomor 445/077/RSUD/III/2023, dihadiri oleh tokoh masyarakat, akademisi, lembaga swadaya masyarakat, dunia usaha, BPJS Kesehatan, forum pasien disabilitas, Ombudsman RI Perwakilan Jawa Tengah dan pejabat rumah sakit (daftar hadir terlampir).")
    d.para("Bahan pembahasan: hasil SKM elektronik Oktober 2023 - Februari 2024 (unsur terendah: waktu penyelesaian dan sarana prasarana) dan rekap 87 pengaduan tahun 2023 (terbanyak: waktu tunggu poliklinik dan informasi biaya).", after=4)
    d.para("Kesepakatan perbaikan standar pelayanan:", after=2)
    for t in ["1. Jangka waktu tunggu poliklinik ditetapkan paling lama 60 menit sejak jam kedatangan sesuai antrean SIGAP.",
              "2. Informasi tarif pasien umum ditampilkan di laman, SIGAP dan papan informasi kasir.",
              "3. Disediakan loket prioritas dan pendamping bagi pasien lansia dan penyandang disabilitas.",
              "4. Kanal pengaduan SIGAP menu Lapor dicantumkan dalam standar pelayanan seluruh jenis layanan."]:
        d.para(t, indent=1.0, first=-0.5)
    d.para("Perbaikan standar pelayanan ditetapkan dengan Keputusan Direktur paling lambat April 2024.", after=6)
    d.signature(["Wakil masyarakat,"], "H. SUKARMAN", ["Tokoh masyarakat Kelurahan Pandean"], size=10.5, left=(["Direktur,"], DIR, DIR_SUB, None))
    src = docx_pdf(d, work / "fkp_src.pdf", work)
    scan_pdf(src, EV / A6 / "6.1 Standar Pelayanan/BA FKP Standar Pelayanan 2024.pdf", seed=208, seals=[Seal(DIR_SIG, **STAMP), Seal("H. SUKARMAN")],
             mode="copier", dpi=150, quality=44)
    e = Docx(font_name="Arial", size=10, margins=(1.5, 1.5, 2.0, 1.5))
    kop(e, logo, logo_r)
    e.center("DAFTAR HADIR FORUM KONSULTASI PUBLIK", after=0)
    e.center("Selasa, 12 Maret 2024 - Aula Lantai 4 RSUD dr. R. Soedarsono", bold=False, after=8)
    e.table([["NO", "NAMA", "INSTANSI / UNSUR", "TANDA TANGAN"]] + [[str(i), n, j, ""] for i, (n, j) in enumerate(FKP_PEOPLE, 1)],
            widths=[1.0, 6.4, 6.2, 3.6], size=9, align=["c", "l", "l", "l"])
    src2 = docx_pdf(e, work / "fkp_hadir.pdf", work)
    seals = [Seal(n.split(",")[0], pages="last", dx=430, dy=-3, w=55, h=12) for n, _ in FKP_PEOPLE]
    return photo_jpg(src2, EV / A6 / "6.1 Standar Pelayanan/IMG-20240312-WA0011.jpg", seed=209, seals=seals, dpi=115)


def publikasi_sp(work, logo, logo_r):
    maklumat = screenshot(work / "p1.jpg", "web", "https://rsudsoedarsono.sendangkertakota.go.id/standar-pelayanan", "Standar Pelayanan & Maklumat",
                          ["MAKLUMAT PELAYANAN: Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan", "sesuai standar pelayanan yang telah ditetapkan dan apabila tidak menepati janji ini,",
                           "kami siap menerima sanksi sesuai peraturan perundang-undangan yang berlaku.", "Sendang Kerta, 2 Januari 2024 - Direktur dr. Anindita Prameswari, Sp.PD., M.Kes.",
                           "Unduh: Standar Pelayanan 11 jenis layanan (PDF, diperbarui 18-04-2024)"], 240, accent=(20, 120, 90))
    ig = screenshot(work / "p2.jpg", "post", "rsud.soedarsono", "STANDAR PELAYANAN", ["Rawat jalan: waktu tunggu maks. 60 menit", "Tarif sesuai Perwali, tanpa biaya lain", "Lapor: SIGAP / 0811-2960-118",
                                                                                  "rsud.soedarsono  19 April 2024 - 251 suka"], 241, accent=(20, 120, 90))
    board = event_photo(work / "p3.jpg", "Papan maklumat dan standar pelayanan di lobi rawat jalan, April 2024", 242, people=4,
                        banner="MAKLUMAT PELAYANAN\nRSUD dr. R. SOEDARSONO")
    rl = RL(EV / A6 / "6.1 Standar Pelayanan/Publikasi SP dan Maklumat.pdf", base="Sans", size=10)
    rkop(rl, logo, logo_r)
    rl.p("PUBLIKASI STANDAR PELAYANAN DAN MAKLUMAT PELAYANAN<br/>RSUD dr. R. SOEDARSONO TAHUN 2024", "title")
    rl.p("Standar pelayanan hasil reviu Forum Konsultasi Publik 12 Maret 2024 (ditetapkan ulang 18 April 2024) dan maklumat pelayanan yang ditandatangani Direktur dipublikasikan melalui laman resmi, Instagram, layar informasi dan papan di setiap ruang pelayanan.")
    rl.image(maklumat, 15.0, "Laman resmi: menu Standar Pelayanan dan Maklumat")
    rl.image_grid([(ig, "Instagram @rsud.soedarsono, 19 April 2024"), (board, "Papan maklumat di lobi rawat jalan")], cols=2)
    return rl.build()


def inovasi(work, logo, logo_r):
    ph = event_photo(work / "ino.jpg", "Pasien menunjukkan kode booking SIGAP di anjungan, Mei 2024", 250, people=6, banner="SIGAP\nANTRE DARI RUMAH")
    rl = RL(EV / A6 / "6.2 Inovasi/Profil Inovasi SIGAP.pdf", base="Sans", size=10)
    rkop(rl, logo, logo_r)
    rl.p("PROFIL INOVASI PELAYANAN PUBLIK<br/>SIGAP (SISTEM INFORMASI ANTREAN DAN RESEP ONLINE PASIEN)<br/>RSUD dr. R. SOEDARSONO", "title")
    rl.kv([("Unit pelaksana", "Instalasi SIMRS, Instalasi Rawat Jalan, Instalasi Farmasi"), ("Mulai diterapkan", "8 Januari 2024 (uji coba Oktober 2023)"),
           ("Dasar", "SOP inovasi Antrean daring SIGAP (SOP/003/RSUD/2024)")])
    rl.p("Masalah: waktu tunggu poliklinik rata-rata 74 menit (2023) dan antrean resep hingga 90 menit; pengaduan terbanyak tahun 2023 tentang waktu tunggu.")
    rl.p("Inovasi: pasien mengambil antrean dari rumah (SIGAP atau Mobile JKN), melihat estimasi waktu dilayani secara realtime, resep elektronik diproses sebelum pasien tiba di farmasi, dan pasien kronis dapat memilih obat diantar (ANTARIS).")
    rl.table([["Ukuran", "Sebelum (2023)", "Sesudah (Jan-Jun 2024)"], ["Waktu tunggu poliklinik", "74 menit", "58 menit"], ["Waktu tunggu resep", "90 menit", "35 menit"],
              ["Pengaduan waktu tunggu", "31 (setahun)", "9 (enam bulan)"], ["Nilai unsur waktu SKM", "3,21", "3,49"], ["Pasien memakai antrean daring", "-", "61%"]], [6.0, 4.5, 5.5], size=9)
    rl.p("Replikasi: SIGAP direplikasi oleh RSUD Kecamatan Banyuurip dan 4 Puskesmas Kota Sendang Kerta mulai Juni 2024 atas fasilitasi Dinas Kesehatan Kota; memperoleh penghargaan Top 15 Inovasi Pelayanan Publik tingkat Provinsi 2024.")
    rl.image(ph, 12.5, "Penggunaan SIGAP di anjungan pendaftaran")
    return rl.build()


def skm(work, logo, logo_r):
    parts = []
    for k, (tw, bulan, resp, ikm, vals, date) in enumerate([
            ("I", ["Januari", "Februari", "Maret"], [1212, 1168, 1240], "88,12", [3.55, 3.49, 3.30, 3.61, 3.56, 3.58, 3.62, 3.51, 3.42], "5 April 2024"),
            ("II", ["April", "Mei", "Juni"], [1198, 1256, 1187], "88,64", [3.57, 3.52, 3.41, 3.62, 3.57, 3.60, 3.63, 3.52, 3.44], "5 Juli 2024")]):
        rl = RL(work / f"skm{k}.pdf", base="Sans", size=10, footer=f"Laporan SKM RSUD dr. R. Soedarsono Triwulan {tw} 2024")
        rkop(rl, logo, logo_r)
        rl.p(f"LAPORAN SURVEI KEPUASAN MASYARAKAT<br/>RSUD dr. R. SOEDARSONO KOTA SENDANG KERTA<br/>TRIWULAN {tw} TAHUN 2024", "title")
        rl.p("Survei dilaksanakan secara elektronik setiap bulan melalui tablet di ruang tunggu, SIGAP dan kode QR di kwitansi, mengikuti Peraturan Menteri PANRB Nomor 14 Tahun 2017 (sembilan unsur) untuk seluruh 11 jenis layanan.")
        rl.table([["Bulan", "Responden", "IKM"]] + [[b, str(r), f"{float(ikm.replace(',', '.')) + d:.2f}".replace(".", ",")] for b, r, d in zip(bulan, resp, (-0.3, 0.1, 0.2))],
                 [5.0, 4.0, 4.0], size=9)
        unsur = ["Persyaratan", "Prosedur", "Waktu pelayanan", "Biaya/tarif", "Produk layanan", "Kompetensi pelaksana", "Perilaku pelaksana", "Penanganan pengaduan", "Sarana prasarana"]
        rl.table([["No", "Unsur", "NRR", "NRR x 25"]] + [[str(i), u, f"{v:.2f}".replace(".", ","), f"{v * 25:.2f}".replace(".", ",")] for i, (u, v) in enumerate(zip(unsur, vals), 1)],
                 [1.0, 8.0, 3.0, 3.0], size=9)
        rl.p(f"IKM triwulan {tw}: <b>{ikm}</b> (mutu A, sangat baik). Unsur terendah: waktu pelayanan dan sarana prasarana.")
        rl.signature(["Kepala Instalasi Humas dan Pengaduan"], "BAMBANG SUTEJO, S.Sos.", ["NIP 19750620 199903 1 005"], place_date=f"Sendang Kerta, {date}")
        parts.append(rl.build())
    return merge_pdfs(parts, EV / A6 / "6.3 SKM/Laporan SKM TW I dan TW II 2024.pdf")


def rtl_skm(work, logo, logo_r):
    shot = screenshot(work / "skm_pub.jpg", "post", "rsud.soedarsono", "IKM TRIWULAN II 2024: 88,64", ["Terima kasih atas penilaian Anda.", "Perbaikan: waktu tunggu dan ruang tunggu",
                                                                                                  "rsud.soedarsono  10 Juli 2024 - 302 suka"], 260, accent=(20, 120, 90))
    d = Docx(font_name="Arial", size=10.5)
    kop(d, logo, logo_r)
    d.center("RENCANA TINDAK LANJUT DAN PUBLIKASI HASIL SURVEI KEPUASAN MASYARAKAT", after=0)
    d.center("RSUD dr. R. SOEDARSONO SEMESTER I TAHUN 2024", after=10)
    d.table([["No", "Unsur (TW I / TW II)", "Rencana tindak lanjut", "PJ", "Realisasi"],
             ["1", "Waktu pelayanan (3,30 / 3,41)", "Integrasi SIGAP-JKN, estimasi waktu tunggu realtime", "Instalasi SIMRS", "Selesai 22-04-2024"],
             ["2", "Sarana prasarana (3,42 / 3,44)", "Penambahan kursi ruang tunggu poliklinik dan pendingin ruangan", "Bagian Umum", "Selesai Juni 2024"],
             ["3", "Prosedur (3,49 / 3,52)", "Video alur pelayanan di layar lobi dan SIGAP", "Instalasi Humas", "Selesai Mei 2024"],
             ["4", "Penanganan pengaduan (3,51 / 3,52)", "Respon awal <= 1 hari pada semua kanal", "Instalasi Humas", "Berjalan"]],
            widths=[0.8, 3.8, 6.2, 2.6, 3.4], size=9, align=["c", "l", "l", "l", "l"])
    d.para("Hasil SKM setiap triwulan dipublikasikan melalui laman resmi (menu Survei Kepuasan), Instagram dan layar informasi di ruang tunggu (offline).", after=4)
    d.picture(shot, 11.0, "Publikasi IKM Triwulan II 2024 di Instagram")
    d.signature(["Wakil Direktur Pelayanan"], WADIR_YAN, WADIR_YAN_SUB, place_date="Sendang Kerta, 15 Juli 2024", size=10.5)
    return docx_pdf(d, EV / A6 / "6.3 SKM/RTL dan Publikasi Hasil SKM 2024.pdf", work)


# --------------------------------------------------------------------------- main


def main():
    if EV.exists():
        shutil.rmtree(EV)
    EV.mkdir(parents=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        logo = emblem(work / "logo_kota.png", "city", seed=21)
        logo_r = emblem(work / "logo_rsud.png", "hospital", seed=22)
        logo_kab = emblem(work / "logo_kab.png", "regency", seed=23)
        sk_tim(work, logo, logo_r)
        ba_seleksi(work, logo, logo_r)
        rencana_kerja(logo, logo_r)
        sosialisasi(work, logo, logo_r)
        monev_tw1(work, logo, logo_r)
        monev_tw2_tl(work, logo, logo_r)
        role_model(work, logo, logo_r)
        sk_agen(work, logo, logo_r)
        laporan_agen(work, logo, logo_r)
        budaya_kerja(work, logo, logo_r)
        peta_sop(work, logo, logo_r)
        sop_pendaftaran(logo, logo_r)
        evaluasi_sop_kab(work, logo_kab, logo_r)
        screenshots_ti(work, logo, logo_r)
        sk_ppid(work, logo, logo_r)
        abk(work, logo, logo_r)
        monev_penempatan_broken(work, logo, logo_r)
        nota_rotasi(work, logo, logo_r)
        tna(work, logo, logo_r)
        sk_teladan(logo, logo_r)
        disiplin(work, logo, logo_r)
        renstra(work, logo, logo_r)
        renja(work, logo, logo_r)
        pk(work, logo, logo_r)
        notulen_renja_pk(logo, logo_r)
        sk_iku(work, logo, logo_r)
        lkjip_2022_misnamed(work, logo, logo_r)
        evaluasi_kinerja(work, logo, logo_r)
        upg(work, logo, logo_r)
        risk_register(work, logo, logo_r)
        sk_wbs(work, logo, logo_r)
        lhe_wbs(work, logo, logo_r)
        rekap_pengaduan()
        evaluasi_pengaduan(work, logo, logo_r)
        lhkpn(work, logo, logo_r)
        sk_standar(work, logo, logo_r)
        ba_fkp(work, logo, logo_r)
        publikasi_sp(work, logo, logo_r)
        inovasi(work, logo, logo_r)
        skm(work, logo, logo_r)
        rtl_skm(work, logo, logo_r)
    files = sorted(p for p in EV.rglob("*") if p.is_file())
    print(f"{len(files)} files, {sum(p.stat().st_size for p in files) / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
