"""Unit 2: Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Lembayung, 2022, toward WBK.

A regency's investment and one-stop licensing agency, proposed for WBK for the first time in 2022. The
regency of Lembayung (capital Karangsela) and the separate city of Kota Lembayung, whose agency of the same
name is this unit's neighbour, are invented, as are all people, numbers and documents.
Run: /work/main/.venv/bin/python tests/blind3/_tools/build_unit2.py
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (RL, Batch, Docx, Seal, emblem, empty_file, event_photo, merge_pdfs, photo_jpg, scan_pdf,  # noqa: E402
                    screenshot, write_xlsx)

ROOT = Path(__file__).resolve().parents[1] / "dpmptsp_kab_lembayung"
EV = ROOT / "evidence"
A1 = "1. Manajemen Perubahan"
A2 = "2. Penataan Tatalaksana"
A3 = "3. Penataan Sistem Manajemen SDM"
A4 = "4. Penguatan Akuntabilitas Kinerja"
A5 = "5. Penguatan Pengawasan"
A6 = "6. Peningkatan Kualitas Pelayanan Publik"

KOP = ["PEMERINTAH KABUPATEN LEMBAYUNG", "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU"]
ADDR = ["Jalan Raya Karangsela Nomor 45, Karangsela, Kabupaten Lembayung 53471. Telepon (0281) 774512",
        "Laman: dpmptsp.lembayungkab.go.id, Pos-el: dpmptsp@lembayungkab.go.id"]
KOP_KOTA = ["PEMERINTAH KOTA LEMBAYUNG", "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU"]
ADDR_KOTA = ["Jalan Pemuda Nomor 12, Kota Lembayung 53411. Telepon (0281) 631090", "Laman: dpmptsp.lembayungkota.go.id"]
KOP_BUPATI = ["BUPATI LEMBAYUNG", "PROVINSI JAWA TENGAH"]

KADIS = "Drs. HERU PRASETYO NUGROHO, M.Si."
KADIS_SIG = "HERU PRASETYO NUGROHO"
KADIS_NIP = "NIP 19700512 199503 1 004"
SEKDIS = "ENDANG SRI RAHAYU, S.E., M.M."
SEKDIS_NIP = "NIP 19780203 200212 2 005"
KABID_PP = "ARIF BUDIMAN, S.T."
KABID_PP_NIP = "NIP 19820719 200801 1 006"
KABID_PM = "SITI NURJANAH, S.E., M.Ak."
KABID_PKP = "DWI HARYANTO, S.H."
KABID_PKP_NIP = "NIP 19810924 200604 1 009"
BUPATI = "H. SURYADI WIJAYAKUSUMA, S.H., M.M."
BUPATI_SIG = "SURYADI WIJAYAKUSUMA"
KADIS_KOTA = "Ir. LUKMAN HAKIM SANTOSO, M.T."
HEAD = "KEPALA DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU"
TTD = ([HEAD + ","], KADIS, ["Pembina Utama Muda", KADIS_NIP])
STAMP = dict(ring="DINAS PENANAMAN MODAL DAN PTSP KAB. LEMBAYUNG", center=["PEMERINTAH", "KABUPATEN"], ink=(120, 40, 140))
STAMP_BUP = dict(ring="BUPATI LEMBAYUNG", center=["JAWA TENGAH"], ink=(150, 30, 40))

MENGINGAT = [
    "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah beberapa kali diubah terakhir dengan Undang-Undang Nomor 9 Tahun 2015;",
    "Peraturan Presiden Nomor 81 Tahun 2010 tentang Grand Design Reformasi Birokrasi 2010-2025;",
    "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 90 Tahun 2021 tentang Pembangunan dan Evaluasi Zona Integritas Menuju Wilayah Bebas dari Korupsi dan Wilayah Birokrasi Bersih dan Melayani di Instansi Pemerintah;",
    "Peraturan Bupati Lembayung Nomor 63 Tahun 2016 tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi serta Tata Kerja Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu;",
]

SERVICES = ["Perizinan Berusaha Berbasis Risiko melalui OSS (pendampingan)", "Persetujuan Bangunan Gedung (PBG)", "Sertifikat Laik Fungsi (SLF)",
            "Persetujuan Kesesuaian Kegiatan Pemanfaatan Ruang (PKKPR) non-berusaha", "Izin Penyelenggaraan Reklame", "Surat Izin Praktik Dokter",
            "Surat Izin Praktik Dokter Gigi", "Surat Izin Praktik Bidan", "Surat Izin Praktik Perawat", "Surat Izin Praktik Apoteker", "Izin Apotek",
            "Izin Toko Obat", "Izin Klinik", "Izin Laboratorium Klinik", "Izin Optik", "Izin Penelitian", "Izin Pendirian Satuan PAUD",
            "Izin Pendirian Satuan Pendidikan Dasar", "Izin Lembaga Kursus dan Pelatihan", "Izin Pemanfaatan Ruang Milik Jalan", "Izin Trayek Angkutan Perdesaan",
            "Izin Usaha Penyelenggaraan Pemakaman", "Tanda Daftar Taman Bacaan Masyarakat", "Izin Penyelenggaraan Parkir", "Izin Gangguan Lingkungan Non-Berusaha",
            "Layanan Konsultasi dan Informasi Perizinan"]


def kop(d: Docx, logo, lines=KOP, addr=ADDR):
    d.kop_center(lines, addr, logo=logo, sizes=[14, 13])


def rkop(rl: RL, logo, lines=KOP, addr=ADDR):
    rl.kop(lines, addr, logo=logo)


def sk(d: Docx, nomor, tentang, menimbang, mengingat, diktum, tanggal, head=HEAD, ttd=TTD, size=11, place="Karangsela"):
    d.center("KEPUTUSAN " + head, after=0, size=size)
    d.center("NOMOR " + nomor, bold=False, after=4, size=size)
    d.center("TENTANG", bold=False, after=4, size=size)
    d.center(tentang, after=8, size=size)
    d.center(head + ",", bold=False, after=8, size=size)
    d.labeled("Menimbang", menimbang, size=size)
    d.labeled("Mengingat", mengingat, marks=[f"{i}." for i in range(1, len(mengingat) + 1)], size=size)
    d.center("MEMUTUSKAN:", after=6, size=size)
    d.diktum(diktum, size=size)
    d.signature(ttd[0], ttd[1], ttd[2], place_date=f"Ditetapkan di {place}\npada tanggal {tanggal}", size=size)


# =========================================================================== 1. Manajemen Perubahan

TEAM = [("Penanggung Jawab", "Drs. Heru Prasetyo Nugroho, M.Si.", "Kepala Dinas"), ("Ketua", "Endang Sri Rahayu, S.E., M.M.", "Sekretaris"),
        ("Sekretaris", "Novita Anggraeni, S.AP.", "Kasubag Umum dan Kepegawaian"), ("Koordinator Area I", "Dwi Haryanto, S.H.", "Kabid Pengaduan, Kebijakan dan Pelaporan"),
        ("Koordinator Area II", "Arif Budiman, S.T.", "Kabid Pelayanan Perizinan"), ("Koordinator Area III", "Novita Anggraeni, S.AP.", "Kasubag Umum dan Kepegawaian"),
        ("Koordinator Area IV", "Bagus Wicaksono, S.E.", "Kasubag Perencanaan dan Keuangan"), ("Koordinator Area V", "Siti Nurjanah, S.E., M.Ak.", "Kabid Penanaman Modal"),
        ("Koordinator Area VI", "Rina Marlina, S.Sos.", "Koordinator Mal Pelayanan Publik"), ("Anggota", "Yoga Pratama, S.Kom.", "Pranata Komputer"),
        ("Anggota", "Lestari Handayani", "Petugas Front Office"), ("Anggota", "Wahyu Setiawan, S.T.", "Penata Perizinan Ahli Muda"),
        ("Anggota", "Fajar Ramadhan", "Pengadministrasi Umum (THL)")]


def sk_tim(b: Batch, logo):
    """Title without the regency; the body names the unit in full."""
    d = Docx(font_name="Bookman Old Style", size=11, folio=True)
    kop(d, logo)
    sk(d, "060/07/DPMPTSP/2022", "PEMBENTUKAN TIM KERJA PEMBANGUNAN ZONA INTEGRITAS MENUJU WILAYAH BEBAS DARI KORUPSI TAHUN 2022",
       ["bahwa Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Lembayung ditetapkan oleh Bupati Lembayung sebagai unit kerja yang diusulkan menuju Wilayah Bebas dari Korupsi Tahun 2022;",
        "bahwa untuk melaksanakan pembangunan Zona Integritas pada Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Lembayung perlu dibentuk tim kerja yang anggotanya telah diseleksi;",
        "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan Keputusan Kepala Dinas tentang Pembentukan Tim Kerja Pembangunan Zona Integritas;"],
       MENGINGAT,
       [("KESATU", "Membentuk Tim Kerja Pembangunan Zona Integritas Menuju Wilayah Bebas dari Korupsi pada Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Lembayung Tahun 2022 dengan susunan sebagaimana tercantum dalam Lampiran."),
        ("KEDUA", "Tim Kerja terdiri atas enam kelompok kerja sesuai area perubahan, bertugas menyusun rencana aksi, melaksanakan, memantau dan melaporkan pembangunan Zona Integritas kepada Kepala Dinas."),
        ("KETIGA", "Keputusan ini mulai berlaku pada tanggal ditetapkan.")],
       "10 Januari 2022", size=11)
    d.pagebreak()
    d.para("LAMPIRAN KEPUTUSAN KEPALA DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU\nNOMOR 060/07/DPMPTSP/2022", align="left", indent=6.5, size=9, after=8)
    d.table([["No", "Kedudukan", "Nama", "Jabatan"]] + [[str(i), *t] for i, t in enumerate(TEAM, 1)], widths=[0.9, 3.6, 6.2, 6.4], size=9, align=["c", "l", "l", "l"])
    d.signature(TTD[0], KADIS, TTD[2], size=10.5, gap=3)
    return b.add(d, EV / A1 / "1.1 Penyusunan Tim Kerja/1.1.a SK Tim Pembangunan ZI DPMPTSP 2022.pdf")


def ba_seleksi(logo):
    rl = RL(EV / A1 / "1.1 Penyusunan Tim Kerja/1.1.b Berita Acara Seleksi Anggota Tim ZI.pdf", base="Serif", size=10.5)
    rkop(rl, logo)
    rl.p("BERITA ACARA<br/>SELEKSI ANGGOTA TIM KERJA PEMBANGUNAN ZONA INTEGRITAS<br/>DINAS PENANAMAN MODAL DAN PTSP KABUPATEN LEMBAYUNG TAHUN 2022", "title")
    rl.p("Pada hari Rabu tanggal lima bulan Januari tahun dua ribu dua puluh dua, bertempat di Ruang Rapat DPMPTSP Kabupaten Lembayung, telah dilaksanakan seleksi anggota Tim Kerja Pembangunan Zona Integritas dengan mekanisme sebagai berikut:")
    rl.bullets(["Pengumuman terbuka kepada seluruh pegawai (ASN dan tenaga harian lepas) pada 3 Januari 2022 melalui grup WhatsApp dinas dan papan pengumuman.",
                "Pendaftaran dan usulan dari setiap unsur: Sekretariat, Bidang Penanaman Modal, Bidang Pelayanan Perizinan, Bidang Pengaduan, Kebijakan dan Pelaporan, Mal Pelayanan Publik, jabatan fungsional dan tenaga harian lepas.",
                "Penilaian oleh panitia (Sekretaris, dua Kepala Bidang) dengan kriteria: integritas dan rekam jejak disiplin (40%), kompetensi sesuai area (35%), komitmen dan waktu (25%).",
                "Penetapan 13 peserta dengan nilai tertinggi yang mewakili seluruh unsur."], mark="1")
    rl.table([["Unsur", "Pendaftar", "Terpilih"], ["Pimpinan (ex officio)", "2", "2"], ["Sekretariat", "5", "3"], ["Bidang Penanaman Modal", "3", "1"], ["Bidang Pelayanan Perizinan", "6", "2"],
              ["Bidang Pengaduan, Kebijakan dan Pelaporan", "3", "1"], ["Mal Pelayanan Publik / front office", "7", "2"], ["Jabatan fungsional", "2", "1"], ["Tenaga harian lepas", "4", "1"],
              ["Jumlah", "32", "13"]], [8.0, 3.0, 3.0], size=9.5, bold_last=True)
    rl.signature(["Ketua Panitia Seleksi", "Sekretaris"], SEKDIS, [SEKDIS_NIP], place_date="Karangsela, 5 Januari 2022", left=(["Mengetahui,", "Kepala Dinas"], KADIS, [KADIS_NIP], None))
    return rl.build()


TARGETS = [("Predikat WBK", "Nilai LKE", ">= 75", "Relevan"), ("Perizinan terbit tepat waktu sesuai SOP", "Persentase izin tepat waktu", "100%", "Relevan"),
           ("Bebas pungutan liar", "Pengaduan pungli terbukti", "0", "Relevan"), ("Kepuasan pemohon izin", "IKM", ">= 85", "Relevan"),
           ("Pengaduan ditindaklanjuti", "Pengaduan selesai <= 14 hari", "100%", "Relevan"),
           ("Pengadaan kendaraan operasional layanan", "Unit kendaraan", "2 unit", ""), ("Renovasi aula kantor", "Aula selesai direnovasi", "100%", ""),
           ("Pembangunan gapura dan taman depan kantor", "Gapura selesai", "1 paket", "")]
ACTIONS = [("I", "Penetapan SK Tim ZI", "SK Tim", "Januari", "Kepala Dinas"), ("I", "Penyusunan rencana aksi ZI", "Dokumen rencana aksi", "Januari", "Ketua Tim"),
           ("I", "Sosialisasi ZI kepada pegawai", "Laporan sosialisasi", "Maret", "Koordinator Area I"), ("I", "Penetapan agen perubahan", "SK agen", "Februari", "Kepala Dinas"),
           ("I", "Monitoring dan evaluasi triwulanan", "Laporan monev", "April, Juli, Oktober", "Ketua Tim"), ("II", "Reviu SOP perizinan", "SOP hasil reviu", "Maret", "Kabid Pelayanan Perizinan"),
           ("II", "Optimalisasi SiCantik Cloud dan OSS", "Laporan", "Februari - Juni", "Pranata Komputer"), ("III", "Pemutakhiran anjab dan ABK", "Dokumen ABK", "Februari", "Kasubag Umum"),
           ("III", "Rotasi petugas front office", "Surat perintah", "April", "Kepala Dinas"), ("IV", "Penyusunan LKjIP 2021", "LKjIP", "Februari", "Kasubag Perencanaan"),
           ("IV", "Penandatanganan PK 2022", "PK", "Januari", "Kepala Dinas"), ("V", "Kampanye antigratifikasi bulanan", "Dokumentasi", "Januari - Desember", "Kabid Penanaman Modal"),
           ("V", "Penyusunan peta risiko", "Peta risiko", "Maret", "Satgas SPIP"), ("V", "Pemetaan benturan kepentingan", "Dokumen pemetaan", "Maret", "Kabid Penanaman Modal"),
           ("VI", "Penetapan standar pelayanan", "SK SP", "Februari", "Kabid Pelayanan Perizinan"), ("VI", "Survei kepuasan masyarakat semesteran", "Laporan SKM", "Juni, Desember", "Kabid PKP"),
           ("VI", "Layanan malam SiMALAM di MPP", "Layanan berjalan", "Maret - Desember", "Koordinator MPP")]


def rencana_aksi_xlsx():
    t = [["No", "Target prioritas", "Ukuran keberhasilan", "Target 2022"]] + [[i, a, b_, c] for i, (a, b_, c, _) in enumerate(TARGETS, 1)]
    a = [["No", "Area", "Kegiatan", "Output", "Waktu", "Penanggung jawab"]] + [[i, *x] for i, x in enumerate(ACTIONS, 1)]
    return write_xlsx(EV / A1 / "1.2 Rencana Pembangunan ZI/1.2.a Rencana Aksi ZI 2022.xlsx", [
        {"name": "Target Prioritas", "title": ["RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS MENUJU WBK", "DINAS PENANAMAN MODAL DAN PTSP KABUPATEN LEMBAYUNG TAHUN 2022"],
         "rows": t, "widths": [5, 44, 34, 14], "foot": ["Karangsela, 17 Januari 2022", "Kepala Dinas Penanaman Modal dan PTSP", "Drs. HERU PRASETYO NUGROHO, M.Si."]},
        {"name": "Rencana Aksi", "title": ["RENCANA AKSI PER AREA PERUBAHAN TAHUN 2022"], "rows": a, "widths": [5, 7, 44, 24, 20, 24],
         "foot": ["Ditetapkan oleh Kepala Dinas tanggal 17 Januari 2022"]},
    ])


def sosialisasi(work, logo):
    rl = RL(EV / A1 / "1.2 Rencana Pembangunan ZI/1.2.c Sosialisasi ZI.pdf", base="Sans", size=10)
    rkop(rl, logo)
    rl.p("LAPORAN SOSIALISASI PEMBANGUNAN ZONA INTEGRITAS<br/>DPMPTSP KABUPATEN LEMBAYUNG TAHUN 2022", "title")
    rl.kv([("Hari/tanggal", "Selasa, 15 Maret 2022"), ("Tempat", "Aula DPMPTSP Kabupaten Lembayung"), ("Peserta", "41 pegawai DPMPTSP (daftar hadir terlampir)"),
           ("Narasumber", "Inspektur Pembantu Wilayah III, Inspektorat Kabupaten Lembayung")])
    rl.p("Materi: pengertian Zona Integritas, enam area perubahan, komitmen bersama pegawai, peran pegawai front office. Selain sosialisasi tatap muka ini, pembangunan ZI diinformasikan satu kali melalui unggahan Instagram dinas (16 Maret 2022). Sosialisasi kepada pemohon izin dan pemangku kepentingan belum dilaksanakan.")
    photos = [(event_photo(work / "sos1.jpg", "Sosialisasi ZI kepada pegawai, 15 Maret 2022", 210, people=10, banner="SOSIALISASI ZONA INTEGRITAS\nDPMPTSP KAB. LEMBAYUNG"),
               "Sosialisasi ZI, 15 Maret 2022"),
              (screenshot(work / "sos2.jpg", "post", "dpmptsp.lembayung", "MENUJU WBK 2022", ["DPMPTSP Kabupaten Lembayung", "siap membangun Zona Integritas", "Disukai 64 orang"],
                          seed=211, size=(760, 760), accent=(120, 40, 140)), "Unggahan Instagram, 16 Maret 2022")]
    rl.image_grid(photos, cols=2)
    rl.signature(["Koordinator Area I"], KABID_PKP, [KABID_PKP_NIP], place_date="Karangsela, 18 Maret 2022")
    return rl.build()


def monev_tw1(b: Batch, logo):
    d = Docx(font_name="Arial", size=10.5)
    kop(d, logo)
    d.center("LAPORAN MONITORING DAN EVALUASI PEMBANGUNAN ZONA INTEGRITAS", after=0)
    d.center("DPMPTSP KABUPATEN LEMBAYUNG TRIWULAN I TAHUN 2022", after=10)
    d.para("Rapat monitoring dan evaluasi dilaksanakan pada Selasa, 5 April 2022 di Ruang Rapat Kepala Dinas, dipimpin oleh Kepala Dinas dan dihadiri Ketua Tim serta koordinator area.")
    rows = [["No", "Kegiatan", "Jadwal", "Realisasi"]]
    real = {3: "Terlaksana (SK 14 Februari 2022)", 5: "Belum; menunggu format dari Bagian Organisasi", 6: "Terlaksana (berjalan)", 12: "Terlaksana", 13: "Belum dilaksanakan",
            14: "Terlaksana sebagian (18 jenis layanan)", 9: "Terlaksana", 10: "Terlaksana", 0: "Terlaksana", 1: "Terlaksana", 2: "Terlaksana", 7: "Belum; menunggu Bagian Organisasi",
            11: "Terlaksana", 16: "Terlaksana sejak 8 Maret 2022"}
    for i, a in enumerate(ACTIONS):
        if i in real:
            rows.append([str(i + 1), a[1], a[3], real[i]])
    d.table(rows, widths=[0.8, 8.0, 3.6, 4.6], size=9, align=["c", "l", "l", "l"])
    d.para("Dari 14 kegiatan yang dijadwalkan sampai dengan Maret 2022, 10 kegiatan terlaksana, 1 terlaksana sebagian dan 3 belum terlaksana. Capaian target prioritas belum diukur pada triwulan ini; pengukuran direncanakan pada monev triwulan berikutnya.")
    d.para("**Rekomendasi**: (1) reviu SOP dan pemutakhiran ABK dikoordinasikan dengan Bagian Organisasi Setda; (2) pemetaan benturan kepentingan diselesaikan April 2022; (3) standar pelayanan dilengkapi untuk seluruh jenis layanan.")
    d.signature(["Ketua Tim ZI,"], SEKDIS, [SEKDIS_NIP], place_date="Karangsela, 8 April 2022", size=10, left=(["Mengetahui,", "Kepala Dinas"], KADIS, [KADIS_NIP], None))
    return b.add(d, EV / A1 / "1.3 Monitoring dan Evaluasi/1.3.b Laporan Monev ZI TW I 2022.pdf")


AGEN = [("Lestari Handayani", "Petugas Front Office"), ("Yoga Pratama, S.Kom.", "Pranata Komputer"), ("Wahyu Setiawan, S.T.", "Penata Perizinan Ahli Muda"),
        ("Rina Marlina, S.Sos.", "Koordinator MPP"), ("Dimas Aditya, S.E.", "Analis Penanaman Modal"), ("Sri Wulandari, A.Md.", "Pengelola Pengaduan")]


def sk_agen(b: Batch, logo):
    d = Docx(font_name="Bookman Old Style", size=10.5)
    kop(d, logo)
    sk(d, "060/15/DPMPTSP/2022", "PENETAPAN AGEN PERUBAHAN PADA DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU KABUPATEN LEMBAYUNG TAHUN 2022",
       ["bahwa dalam rangka percepatan pembangunan Zona Integritas diperlukan agen perubahan sebagai pelopor dan teladan perubahan;"],
       ["Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 27 Tahun 2014 tentang Pedoman Pembangunan Agen Perubahan di Instansi Pemerintah;"] + MENGINGAT[2:],
       [("KESATU", "Menetapkan nama-nama sebagaimana tercantum dalam Lampiran sebagai Agen Perubahan pada Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Lembayung Tahun 2022."),
        ("KEDUA", "Setiap agen perubahan menyusun rencana aksi perubahan dan melaporkan pelaksanaannya kepada Kepala Dinas."),
        ("KETIGA", "Keputusan ini mulai berlaku pada tanggal ditetapkan.")],
       "14 Februari 2022", size=10.5)
    d.para("LAMPIRAN: DAFTAR AGEN PERUBAHAN TAHUN 2022", bold=True, align="left", size=10, before=4)
    d.table([["No", "Nama", "Jabatan"]] + [[str(i), n, j] for i, (n, j) in enumerate(AGEN, 1)], widths=[1.0, 7.5, 7.5], size=9.5, align=["c", "l", "l"])
    src = b.add(d, b.work / "agen_src.pdf")
    b.after(lambda: scan_pdf(src, EV / A1 / "1.4 Perubahan Pola Pikir/1.4.b SK Agen Perubahan 2022.pdf", seed=201, seals=[Seal(KADIS_SIG, **STAMP)],
                             mode="fax", dpi=150, quality=50, producer="Brother MFC-L2700D"))


def rencana_agen():
    d = Docx(font_name="Calibri", size=11)
    d.center("RENCANA AKSI PERUBAHAN AGEN PERUBAHAN", after=0)
    d.center("DPMPTSP KABUPATEN LEMBAYUNG TAHUN 2022", after=10)
    d.table([["No", "Agen perubahan", "Rencana perubahan", "Target waktu", "Status"],
             ["1", "Lestari Handayani", "Antrean daring layanan front office", "Juli - Agustus 2022", "Rencana"],
             ["2", "Yoga Pratama, S.Kom.", "Bot WhatsApp status permohonan izin", "Juli - September 2022", "Rencana"],
             ["3", "Wahyu Setiawan, S.T.", "Daftar periksa persyaratan PBG", "Agustus 2022", "Rencana"],
             ["4", "Rina Marlina, S.Sos.", "Pojok konsultasi UMKM di MPP", "September 2022", "Rencana"],
             ["5", "Dimas Aditya, S.E.", "Dashboard realisasi investasi", "Oktober 2022", "Rencana"],
             ["6", "Sri Wulandari, A.Md.", "Formulir pengaduan daring", "Juli 2022", "Rencana"]],
            widths=[0.8, 4.0, 6.2, 3.4, 2.2], size=10, align=["c", "l", "l", "l", "l"])
    d.para("Catatan: rencana aksi disusun pada rapat agen perubahan tanggal 24 Juni 2022. Pelaksanaan akan dilaporkan pada akhir tahun.", italic=True, size=10)
    return d.save(EV / A1 / "1.4 Perubahan Pola Pikir/Rencana Aksi Perubahan Agen 2022.docx")


def budaya_kerja(b: Batch, logo):
    d = Docx(font_name="Arial", size=10.5)
    kop(d, logo)
    d.center("LAPORAN PELAKSANAAN BUDAYA KERJA DAN KETELADANAN PIMPINAN", after=0)
    d.center("DPMPTSP KABUPATEN LEMBAYUNG SEMESTER I TAHUN 2022", after=10)
    d.para("**1. Keteladanan Kepala Dinas**", after=2)
    d.para("Kepala Dinas memimpin apel pagi setiap Senin dan Jumat (kehadiran Januari-Juni 2022: 100%), melayani langsung pemohon di front office Mal Pelayanan Publik setiap Jumat pagi ('Jumat Kadis Melayani'), memimpin rapat monev ZI, dan menyampaikan arahan tertulis Nomor 800/022/DPMPTSP/2022 tanggal 12 Januari 2022 tentang larangan menerima imbalan dari pemohon izin.")
    d.para("**2. Internalisasi nilai BerAKHLAK**", after=2)
    d.para("Nilai dasar ASN BerAKHLAK dan motto pelayanan 'CEPAT' (Cermat, Empati, Profesional, Akuntabel, Tuntas) disampaikan kepada seluruh pegawai pada setiap apel, dipasang di setiap ruang kerja dan dibacakan sebelum layanan dibuka. Nilai-nilai tersebut belum dituangkan dalam SOP atau standar kerja.")
    d.para("**3. Resistensi terhadap perubahan**", after=2)
    d.para("Penerapan SiCantik Cloud dan layanan malam masih mendapat resistensi: sembilan pegawai (19%) belum bersedia menggunakan tanda tangan elektronik dan dua petugas meminta tidak dijadwalkan pada layanan malam. Upaya pendekatan oleh atasan langsung masih berjalan.")
    d.signature(["Koordinator Area I,"], KABID_PKP, [KABID_PKP_NIP], place_date="Karangsela, 4 Juli 2022", size=10.5, left=(["Mengetahui,", "Kepala Dinas"], KADIS, [KADIS_NIP], None))
    return b.add(d, EV / A1 / "1.4 Perubahan Pola Pikir/1.4.a-c Laporan Budaya Kerja dan Role Model Kepala Dinas.pdf")


# =========================================================================== 2. Penataan Tatalaksana


def sk_sop_2020(b: Batch, logo):
    d = Docx(font_name="Bookman Old Style", size=10.5)
    kop(d, logo)
    sk(d, "065/11/DPMPTSP/2020", "STANDAR OPERASIONAL PROSEDUR PELAYANAN PERIZINAN DAN NON PERIZINAN PADA DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU KABUPATEN LEMBAYUNG",
       ["bahwa untuk menjamin kepastian, kecepatan dan transparansi pelayanan perizinan dan non perizinan perlu ditetapkan Standar Operasional Prosedur yang mengacu pada Peta Proses Bisnis Pemerintah Kabupaten Lembayung;"],
       ["Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 35 Tahun 2012 tentang Pedoman Penyusunan Standar Operasional Prosedur Administrasi Pemerintahan;",
        "Peraturan Bupati Lembayung Nomor 27 Tahun 2019 tentang Peta Proses Bisnis Pemerintah Kabupaten Lembayung;"],
       [("KESATU", "Menetapkan 31 Standar Operasional Prosedur pelayanan perizinan, non perizinan, pengaduan dan administrasi sebagaimana tercantum dalam Lampiran, masing-masing mengacu pada kode proses bisnis dalam Peta Proses Bisnis Pemerintah Kabupaten Lembayung."),
        ("KEDUA", "Standar Operasional Prosedur dievaluasi secara berkala dan diubah apabila terdapat perubahan peraturan."),
        ("KETIGA", "Keputusan ini mulai berlaku pada tanggal ditetapkan.")],
       "2 Maret 2020", size=10.5)
    d.pagebreak()
    d.center("LAMPIRAN: DAFTAR SOP DAN KODE PROSES BISNIS", size=10, after=6)
    rows = [["No", "Nama SOP", "Kode proses bisnis"]]
    for i, s in enumerate(SERVICES[:25], 1):
        rows.append([str(i), f"SOP {s}", f"PB-PTSP.{2 if i > 1 else 1}.{i:02d}"])
    for j, s in enumerate(["Penanganan pengaduan", "Layanan konsultasi", "Pengelolaan arsip perizinan", "Penyusunan laporan realisasi investasi", "Kepegawaian", "Pengelolaan keuangan"], 26):
        rows.append([str(j), f"SOP {s}", f"PB-PTSP.{3 if j < 29 else 4}.{j:02d}"])
    d.table(rows, widths=[0.9, 11.0, 5.1], size=8.5, align=["c", "l", "l"])
    return b.add(d, EV / A2 / "2.1 SOP/2.1.a SK Kepala Dinas tentang SOP Perizinan (2020).pdf")


def evaluasi_sop_kota(logo_kota):
    """The neighbouring city agency of the same name (wrong unit)."""
    rl = RL(EV / A2 / "2.1 SOP/2.1.c Laporan Evaluasi SOP DPMPTSP 2022.pdf", base="Serif", size=10.5)
    rkop(rl, logo_kota, lines=KOP_KOTA, addr=ADDR_KOTA)
    rl.p("LAPORAN EVALUASI STANDAR OPERASIONAL PROSEDUR<br/>DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU<br/>KOTA LEMBAYUNG TAHUN 2022", "title")
    rl.p("Evaluasi dilaksanakan pada 6-17 Juni 2022 oleh Tim Evaluasi SOP Dinas Penanaman Modal dan PTSP Kota Lembayung terhadap seluruh 24 SOP utama pelayanan perizinan, menggunakan tujuh aspek evaluasi PermenPANRB 35/2012.")
    rl.table([["No", "SOP", "Hasil", "Tindak lanjut"], ["1", "PBG", "Waktu 30 hari tidak sesuai PP 16/2021", "Revisi ditetapkan 1 Juli 2022"],
              ["2", "Izin Reklame", "Sesuai", "-"], ["3", "Izin Praktik Tenaga Kesehatan", "Persyaratan STR perlu disesuaikan", "Revisi ditetapkan 1 Juli 2022"],
              ["4", "Pengaduan", "Belum memuat kanal SP4N-LAPOR!", "Revisi ditetapkan 1 Juli 2022"], ["5-24", "SOP lainnya", "Sesuai", "-"]], [1.2, 5.0, 5.6, 4.2], size=9)
    rl.p("Seluruh SOP utama telah dievaluasi dan tiga SOP direvisi.")
    rl.signature(["Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Lembayung"], KADIS_KOTA, ["NIP 19690303 199603 1 002"], place_date="Kota Lembayung, 24 Juni 2022")
    return rl.build()


def aplikasi(work, logo):
    """Names the unit only as 'DPMPTSP Kab. Lembayung'."""
    shots = [
        (screenshot(work / "oss.jpg", "web", "https://oss.go.id/dashboard", "OSS Berbasis Risiko", ["Instansi: DPMPTSP Kab. Lembayung", "Perizinan berusaha terbit 2022: 1.842",
                    "Verifikasi persyaratan dasar: 311", "Status: terintegrasi"], seed=221, accent=(10, 80, 150)), "OSS-RBA (sistem terpusat Kementerian Investasi/BKPM)"),
        (screenshot(work / "sicantik.jpg", "web", "https://sicantik.go.id/lembayungkab", "SiCantik Cloud - DPMPTSP Kab. Lembayung", ["Izin non-berusaha terbit 2022: 1.106",
                    "Tanda tangan elektronik BSrE aktif", "Lacak permohonan daring"], seed=222, accent=(20, 120, 90)), "SiCantik Cloud (aplikasi terpusat Kementerian Kominfo)"),
        (screenshot(work / "simpel.jpg", "app", "SIPENA - bot WhatsApp DPMPTSP Kab. Lembayung", "SIPENA: Informasi dan Status Izin", ["Ketik IZIN <nomor> untuk status", "Ketik SYARAT <jenis izin>",
                    "Dikembangkan Bidang PKP DPMPTSP Kab. Lembayung, 2021", "1.940 percakapan Jan-Jun 2022"], seed=223), "SIPENA: inovasi layanan informasi milik DPMPTSP Kab. Lembayung"),
        (screenshot(work / "simpeg.jpg", "app", "SIMPEG Kabupaten Lembayung", "Data Pegawai - DPMPTSP Kab. Lembayung", ["Jumlah ASN: 35; THL: 12", "Pemutakhiran terakhir: 30-06-2022 (BKPSDM)"],
                    seed=224), "SIMPEG Kabupaten (terpusat di BKPSDM)"),
        (screenshot(work / "ekin.jpg", "app", "e-Kinerja Kabupaten Lembayung", "Capaian Kinerja Perangkat Daerah", ["Perangkat daerah: DPMPTSP Kab. Lembayung", "Triwulan I 2022: realisasi IKU diunggah",
                    "Status: diverifikasi Bagian Organisasi"], seed=225), "e-Kinerja / e-SAKIP Kabupaten (terpusat)"),
    ]
    rl = RL(EV / A2 / "2.2 SPBE/2.2 Pemanfaatan Aplikasi (OSS, SiCantik, SIMPEG, e-Kinerja).pdf", base="Sans", size=10)
    rl.p("PEMANFAATAN TEKNOLOGI INFORMASI<br/>DPMPTSP KAB. LEMBAYUNG TAHUN 2022", "title")
    rl.p("Tangkapan layar aplikasi yang digunakan DPMPTSP Kab. Lembayung dalam pelayanan perizinan, manajemen kepegawaian dan pengukuran kinerja, diambil 4 Juli 2022.")
    rl.image_grid(shots, cols=2)
    return rl.build()


def sk_bupati_ppid(b: Batch, logo_kab):
    d = Docx(font_name="Bookman Old Style", size=10.5)
    d.kop_center(KOP_BUPATI, [], logo=logo_kab, sizes=[14, 11])
    d.center("KEPUTUSAN BUPATI LEMBAYUNG", after=0)
    d.center("NOMOR 480/112/2021", bold=False, after=4)
    d.center("TENTANG", bold=False, after=4)
    d.center("PEJABAT PENGELOLA INFORMASI DAN DOKUMENTASI UTAMA DAN PEJABAT PENGELOLA INFORMASI DAN DOKUMENTASI PELAKSANA DI LINGKUNGAN PEMERINTAH KABUPATEN LEMBAYUNG", after=8)
    d.center("BUPATI LEMBAYUNG,", bold=False, after=8)
    d.labeled("Menimbang", ["bahwa untuk melaksanakan Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik perlu menetapkan PPID Utama dan PPID Pelaksana pada setiap perangkat daerah;"])
    d.labeled("Mengingat", ["Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik;", "Peraturan Komisi Informasi Nomor 1 Tahun 2021 tentang Standar Layanan Informasi Publik;"], marks=["1.", "2."])
    d.center("MEMUTUSKAN:", after=6)
    d.diktum([("KESATU", "Menetapkan Kepala Dinas Komunikasi dan Informatika sebagai PPID Utama dan Sekretaris pada setiap perangkat daerah sebagai PPID Pelaksana sebagaimana tercantum dalam Lampiran."),
              ("KEDUA", "PPID Pelaksana bertugas mengumpulkan, mengelola dan mengumumkan informasi publik perangkat daerahnya serta melaporkan layanan informasi kepada PPID Utama setiap semester."),
              ("KETIGA", "Keputusan ini mulai berlaku pada tanggal ditetapkan.")])
    d.signature(["BUPATI LEMBAYUNG,"], BUPATI, [], place_date="Ditetapkan di Karangsela\npada tanggal 9 Agustus 2021")
    d.pagebreak()
    d.center("LAMPIRAN KEPUTUSAN BUPATI LEMBAYUNG NOMOR 480/112/2021 (KUTIPAN)", size=10, after=6)
    d.table([["No", "Perangkat daerah", "PPID Pelaksana"], ["...", "...", "..."], ["14", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "Sekretaris Dinas"],
             ["15", "Dinas Perindustrian dan Perdagangan", "Sekretaris Dinas"], ["...", "...", "..."]], widths=[1.0, 9.5, 6.0], size=9.5, align=["c", "l", "l"])
    d.signature(["BUPATI LEMBAYUNG,"], BUPATI, [], size=10)
    src = b.add(d, b.work / "ppid_src.pdf")
    b.after(lambda: scan_pdf(src, EV / A2 / "2.3 Keterbukaan Informasi/SK Bupati PPID Pelaksana.pdf", seed=202,
                             seals=[Seal(BUPATI_SIG, pages="all", **STAMP_BUP)], mode="copier", dpi=150, quality=44, producer="RICOH IM 2702"))


# =========================================================================== 3. SDM


def abk(logo):
    rl = RL(EV / A3 / "3.1 Kebutuhan Pegawai/3.1.a Anjab dan ABK DPMPTSP 2022.pdf", base="Sans", size=9.5, landscape_page=True)
    rkop(rl, logo)
    rl.p("ANALISIS JABATAN, PETA JABATAN DAN ANALISIS BEBAN KERJA<br/>DPMPTSP KABUPATEN LEMBAYUNG TAHUN 2022", "title")
    rows = [["No", "Jabatan", "Beban kerja (jam/th)", "Kebutuhan (ABK)", "Bezetting", "Kurang/lebih"]]
    data = [("Kepala Dinas", 1250, 1, 1), ("Sekretaris", 1250, 1, 1), ("Kepala Bidang", 3750, 3, 3), ("Kasubag", 2500, 2, 2), ("Penata Perizinan Ahli Muda", 3750, 3, 2),
            ("Penata Perizinan Ahli Pertama", 6250, 5, 3), ("Analis Penanaman Modal", 3750, 3, 2), ("Pranata Komputer", 2500, 2, 1), ("Pengelola Pengaduan", 2500, 2, 1),
            ("Petugas Front Office", 10000, 8, 6), ("Pengadministrasi Umum", 5000, 4, 5), ("Pengelola Keuangan", 2500, 2, 2), ("Arsiparis", 2500, 2, 1), ("Pengemudi", 2500, 2, 2)]
    for i, (j, bk, n, h) in enumerate(data, 1):
        rows.append([str(i), j, f"{bk:,}".replace(",", "."), str(n), str(h), f"{h - n:+d}"])
    rl.table(rows, [1.0, 8.0, 4.0, 3.4, 3.0, 3.0], size=8.5)
    rl.p("Kebutuhan pegawai Tahun 2023 diusulkan kepada BKPSDM berdasarkan peta jabatan dan hasil ABK di atas: Penata Perizinan 3, Analis Penanaman Modal 1, Pranata Komputer 1, Pengelola Pengaduan 1, Petugas Front Office 2, Arsiparis 1 (surat Nomor 800/098/DPMPTSP/2022).")
    rl.signature(["Kepala Dinas"], KADIS, [KADIS_NIP], place_date="Karangsela, 21 Februari 2022")
    return rl.build()


def sprin_rotasi(b: Batch, logo):
    """A scan whose only date is in the signature block (the number has no year)."""
    d = Docx(font_name="Arial", size=11)
    kop(d, logo)
    d.center("SURAT PERINTAH", size=12, after=0, underline=True)
    d.center("Nomor: 800/ 41 /DPMPTSP", bold=False, after=10)
    d.labeled("Dasar", ["Peraturan Bupati Lembayung Nomor 63 Tahun 2016 tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi serta Tata Kerja Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu;",
                        "Hasil rapat pimpinan tentang penataan petugas pelayanan."], marks=["1.", "2."])
    d.center("MEMERINTAHKAN:", after=6)
    d.labeled("Kepada", ["Nama-nama sebagaimana tercantum dalam tabel di bawah."], marks=[])
    d.table([["No", "Nama", "Tugas semula", "Tugas baru", "Pertimbangan"], ["1", "Lestari Handayani", "Front office perizinan kesehatan", "Front office PBG dan PKKPR", "Kompetensi teknis bangunan; kinerja baik"],
             ["2", "Andi Saputra", "Back office verifikasi", "Front office perizinan kesehatan", "Kemampuan komunikasi"], ["3", "Maya Puspitasari, A.Md.", "Arsip perizinan", "Back office verifikasi", "Pengalaman arsip perizinan"],
             ["4", "Fajar Ramadhan", "Front office PBG dan PKKPR", "Arsip perizinan", "Penyegaran tugas"]], widths=[0.8, 3.6, 4.0, 4.0, 4.6], size=9, align=["c", "l", "l", "l", "l"])
    d.labeled("Untuk", ["Melaksanakan tugas baru terhitung sejak surat perintah ini diterima dan melaporkan pelaksanaannya kepada Kepala Bidang Pelayanan Perizinan."], marks=[])
    d.signature(["KEPALA DINAS PENANAMAN MODAL DAN PTSP", "KABUPATEN LEMBAYUNG,"], KADIS, ["Pembina Utama Muda", KADIS_NIP], place_date="Dikeluarkan di Karangsela\npada tanggal 4 April 2022", size=10.5)
    src = b.add(d, b.work / "sprin_src.pdf")
    b.after(lambda: scan_pdf(src, EV / A3 / "3.2 Mutasi/3.2.a Surat Perintah Rotasi Petugas Front Office.pdf", seed=203, seals=[Seal(KADIS_SIG, **STAMP)],
                             mode="camscan", color=True, dpi=140, quality=46, producer="CamScanner"))


PEGAWAI = ["Heru Prasetyo Nugroho", "Endang Sri Rahayu", "Arif Budiman", "Siti Nurjanah", "Dwi Haryanto", "Novita Anggraeni", "Bagus Wicaksono", "Wahyu Setiawan",
           "Dimas Aditya", "Yoga Pratama", "Rina Marlina", "Sri Wulandari", "Lestari Handayani", "Andi Saputra", "Maya Puspitasari", "Fajar Ramadhan", "Galih Permana",
           "Anisa Rahmawati", "Teguh Santoso", "Indah Lestari", "Rudi Hermawan", "Dewi Kusumawati", "Eko Prasetyo", "Nur Aini", "Bambang Riyadi", "Sulastri",
           "Agung Nugroho", "Ratna Sari", "Hendra Kurniawan", "Putri Ayu", "Joko Susilo", "Lina Marlina", "Adi Wibowo", "Tri Wahyuni", "Slamet Riyanto",
           "Yuni Astuti", "Rizky Maulana", "Fitri Yani", "Dani Setiadi", "Wulan Sari", "Budi Santoso", "Eka Putri", "Arief Rahman", "Siska Amelia", "Toni Hidayat",
           "Ika Nurhayati", "Hari Susanto"]


def diklat_xlsx():
    rows = [["No", "Nama", "Status", "Diklat/bimtek 2022", "Penyelenggara", "JP"]]
    trainings = {0: ("Diklat Kepemimpinan Nasional II (lanjutan)", "LAN", 40), 2: ("Bimtek OSS-RBA", "Kementerian Investasi", 24), 3: ("Bimtek LKPM", "Kementerian Investasi", 16),
                 4: ("Bimtek SP4N-LAPOR!", "KemenPANRB", 12), 5: ("Bimtek SIMPEG", "BKPSDM", 8), 6: ("Bimtek SAKIP", "Bagian Organisasi", 16), 7: ("Bimtek SIMBG", "Kemen PUPR", 24),
                 8: ("Bimtek LKPM", "Kementerian Investasi", 16), 9: ("Pelatihan keamanan siber", "Diskominfo", 20), 10: ("Pelatihan pelayanan prima", "BKPSDM", 16),
                 11: ("Pelatihan pelayanan prima", "BKPSDM", 16), 12: ("Pelatihan pelayanan prima", "BKPSDM", 16), 13: ("Pelatihan pelayanan prima", "BKPSDM", 16)}
    extra = [14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28]
    for k in extra:
        trainings[k] = ("In-house training SiCantik Cloud", "DPMPTSP", 8) if k % 3 else ("Pelatihan pelayanan prima", "BKPSDM", 16)
    for i, n in enumerate(PEGAWAI):
        t = trainings.get(i)
        rows.append([i + 1, n, "THL" if i >= 35 else "ASN", t[0] if t else "-", t[1] if t else "-", t[2] if t else 0])
    summ = [["Uraian", "Jumlah"], ["Pegawai (ASN dan THL)", 47], ["Pegawai yang mengikuti pengembangan kompetensi", 29], ["Pegawai belum mengikuti", 18],
            ["Petugas front office/pelayanan (21 orang) yang mengikuti pelatihan pelayanan prima", 9]]
    return write_xlsx(EV / A3 / "3.3 Pengembangan Kompetensi/3.3 Rekap Diklat dan Bimtek Pegawai 2022.xlsx", [
        {"name": "Rekap 2022", "title": ["REKAP PENGEMBANGAN KOMPETENSI PEGAWAI DPMPTSP KABUPATEN LEMBAYUNG", "JANUARI - AGUSTUS 2022"], "rows": rows, "widths": [5, 26, 8, 40, 24, 6]},
        {"name": "Ringkasan", "rows": summ, "widths": [70, 10]},
    ])


def disiplin(b: Batch, logo, logo_kab):
    d = Docx(font_name="Bookman Old Style", size=10.5)
    d.kop_center(KOP_BUPATI, [], logo=logo_kab, sizes=[14, 11])
    d.center("PERATURAN BUPATI LEMBAYUNG", after=0)
    d.center("NOMOR 41 TAHUN 2019", bold=False, after=4)
    d.center("TENTANG", bold=False, after=4)
    d.center("KODE ETIK DAN KODE PERILAKU APARATUR SIPIL NEGARA DI LINGKUNGAN PEMERINTAH KABUPATEN LEMBAYUNG", after=8)
    d.center("DENGAN RAHMAT TUHAN YANG MAHA ESA", after=4)
    d.center("BUPATI LEMBAYUNG,", bold=False, after=8)
    d.para("Pasal 3: Setiap ASN di lingkungan Pemerintah Kabupaten Lembayung wajib menjunjung tinggi kode etik dan kode perilaku dalam bernegara, berorganisasi, bermasyarakat dan dalam pelayanan.")
    d.para("Pasal 9: Kepala Perangkat Daerah wajib menyosialisasikan, menerapkan dan mengawasi pelaksanaan kode etik dan kode perilaku di perangkat daerahnya serta melaporkan pelanggaran kepada Bupati melalui BKPSDM.")
    d.para("Pasal 14: Pelanggaran kode etik dikenai sanksi moral; pelanggaran yang juga merupakan pelanggaran disiplin dikenai hukuman disiplin sesuai peraturan perundang-undangan.")
    d.para("(kutipan pasal-pasal yang terkait dengan kewajiban perangkat daerah)", italic=True, size=9.5)
    d.signature(["BUPATI LEMBAYUNG,"], BUPATI, [], place_date="Ditetapkan di Karangsela\npada tanggal 30 Agustus 2019", size=10.5)
    p1 = b.add(d, b.work / "perbup_etik.pdf")
    rl = RL(b.work / "lap_disiplin.pdf", base="Serif", size=10.5)
    rkop(rl, logo)
    rl.p("LAPORAN PENEGAKAN DISIPLIN DAN KODE ETIK PEGAWAI<br/>DPMPTSP KABUPATEN LEMBAYUNG TAHUN 2021 - 2022", "title")
    rl.p("Pelaksanaan Peraturan Bupati Lembayung Nomor 41 Tahun 2019 dan Peraturan Pemerintah Nomor 94 Tahun 2021 di DPMPTSP Kabupaten Lembayung: sosialisasi kode etik pada apel pertama setiap bulan; presensi elektronik kabupaten (e-Presensi) dengan rekap bulanan; pemeriksaan pelanggaran oleh atasan langsung dan pelaporan kepada BKPSDM.")
    rl.table([["No", "Tahun", "Pelanggaran", "Hukuman", "Status"], ["1", "2021", "Tidak masuk kerja tanpa keterangan", "Teguran tertulis", "Selesai"],
              ["2", "2021", "Menerima imbalan dari pemohon (Rp300.000)", "Pernyataan tidak puas secara tertulis; dipindah dari front office", "Selesai"],
              ["3", "2022", "Terlambat masuk kerja berulang", "Teguran lisan", "Selesai"]], [0.8, 1.4, 6.0, 6.0, 2.0], size=9)
    rl.p("Jumlah pelanggaran Tahun 2021: 2; Tahun 2022 (s.d. Agustus): 1; seluruh 3 pelanggaran telah dijatuhi hukuman disiplin.")
    rl.signature(["Sekretaris"], SEKDIS, [SEKDIS_NIP], place_date="Karangsela, 31 Agustus 2022", left=(["Mengetahui,", "Kepala Dinas"], KADIS, [KADIS_NIP], None))
    p2 = rl.build()
    b.after(lambda: merge_pdfs([p1, p2], EV / A3 / "3.5 Disiplin/3.5.a Perbup Kode Etik ASN dan Laporan Penegakan Disiplin 2022.pdf"))


# =========================================================================== 4. Akuntabilitas

IKU = [("Meningkatnya realisasi investasi", "Persentase pertumbuhan realisasi investasi", "(Realisasi tahun n - realisasi tahun n-1) / realisasi tahun n-1 x 100%", "LKPM, OSS"),
       ("Meningkatnya kualitas pelayanan perizinan", "Indeks Kepuasan Masyarakat layanan perizinan", "Nilai IKM hasil SKM sesuai PermenPANRB 14/2017", "Laporan SKM"),
       ("Meningkatnya ketepatan waktu pelayanan perizinan", "Persentase izin terbit tepat waktu", "Izin terbit sesuai waktu SOP / izin terbit x 100%", "SiCantik, OSS")]


def renstra(logo):
    rl = RL(EV / A4 / "4.1 Perencanaan/Renstra DPMPTSP 2021-2026.pdf", base="Serif", size=10.5, footer="Renstra DPMPTSP Kabupaten Lembayung 2021-2026 - {page}")
    rkop(rl, logo)
    rl.p("RENCANA STRATEGIS<br/>DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU<br/>KABUPATEN LEMBAYUNG TAHUN 2021-2026", "title")
    rl.p("BAB I PENDAHULUAN", "h1")
    rl.p("Renstra ini disusun berpedoman pada RPJMD Kabupaten Lembayung 2021-2026 dan ditetapkan dengan Keputusan Kepala Dinas Nomor 050/44/DPMPTSP/2021 tanggal 19 Oktober 2021.")
    rl.p("BAB IV TUJUAN DAN SASARAN", "h1")
    rl.table([["Tujuan", "Sasaran", "Indikator", "2022", "2023", "2024", "2025", "2026"],
              ["Meningkatnya investasi daerah", IKU[0][0], IKU[0][1], "5%", "6%", "7%", "8%", "8%"],
              ["Meningkatnya kualitas pelayanan publik", IKU[1][0], IKU[1][1], "85", "86", "87", "88", "89"],
              ["", IKU[2][0], IKU[2][1], "95%", "96%", "97%", "98%", "99%"]], [3.2, 3.8, 3.8, 1.0, 1.0, 1.0, 1.0, 1.0], size=8)
    rl.p("Sasaran dan indikator di atas berorientasi hasil (outcome): pertumbuhan investasi, kepuasan masyarakat dan ketepatan waktu layanan.")
    rl.signature(["Kepala Dinas"], KADIS, [KADIS_NIP], place_date="Karangsela, 19 Oktober 2021")
    return rl.build()


def renja(b: Batch, logo):
    d = Docx(font_name="Arial", size=10.5)
    kop(d, logo)
    d.center("RENCANA KERJA (RENJA) PERANGKAT DAERAH", after=0)
    d.center("DPMPTSP KABUPATEN LEMBAYUNG TAHUN 2022", after=10)
    d.para("Renja Tahun 2022 merupakan penjabaran Renstra 2021-2026 dan RKPD Kabupaten Lembayung Tahun 2022.")
    d.table([["Program", "Kegiatan", "Indikator kinerja", "Target 2022", "Pagu (Rp)"],
             ["Program Pengembangan Iklim Penanaman Modal", "Penyusunan peta potensi investasi", "Dokumen peta potensi", "1 dokumen", "185.000.000"],
             ["Program Promosi Penanaman Modal", "Promosi investasi", "Pertumbuhan realisasi investasi", "5%", "320.500.000"],
             ["Program Pelayanan Penanaman Modal", "Pelayanan perizinan dan non perizinan", "Izin terbit tepat waktu; IKM", "95%; 85", "1.040.250.000"],
             ["Program Pengendalian Pelaksanaan Penanaman Modal", "Pengawasan LKPM", "LKPM yang diverifikasi", "80%", "142.000.000"],
             ["Program Penunjang Urusan Pemerintahan Daerah", "Administrasi perkantoran", "Nilai SAKIP", "B", "2.210.900.000"]],
            widths=[4.4, 4.0, 3.6, 2.0, 3.0], size=8.5)
    d.signature(["Kepala Dinas Penanaman Modal dan PTSP,"], KADIS, [KADIS_NIP], place_date="Karangsela, 20 Desember 2021", size=10)
    return b.add(d, EV / A4 / "4.1 Perencanaan/Renja DPMPTSP Tahun 2022.pdf")


def pk(b: Batch, logo):
    d = Docx(font_name="Arial", size=10.5)
    kop(d, logo)
    d.center("PERJANJIAN KINERJA TAHUN 2022", size=12, after=8)
    d.para("Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini: Drs. Heru Prasetyo Nugroho, M.Si., Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Lembayung, selanjutnya disebut pihak pertama, dan H. Suryadi Wijayakusuma, S.H., M.M., Bupati Lembayung, selaku atasan pihak pertama, selanjutnya disebut pihak kedua.")
    d.table([["No", "Sasaran", "Indikator", "Target 2022"]] + [[str(i), s, ind, t] for i, ((s, ind, _, _), t) in enumerate(zip(IKU, ["5%", "85", "95%"]), 1)],
            widths=[0.8, 6.4, 6.8, 2.4], size=9.5, align=["c", "l", "l", "c"])
    d.signature(["Pihak Pertama,", "Kepala Dinas Penanaman Modal dan PTSP"], KADIS, [KADIS_NIP], place_date="Karangsela, 31 Januari 2022", size=10,
                left=(["Pihak Kedua,", "Bupati Lembayung"], BUPATI, [], None))
    src = b.add(d, b.work / "pk_src.pdf")
    b.after(lambda: scan_pdf(src, EV / A4 / "4.1 Perencanaan/Perjanjian Kinerja Kepala Dinas 2022.pdf", seed=204,
                             seals=[Seal(KADIS_SIG, **STAMP), Seal(BUPATI_SIG, **STAMP_BUP)], mode="copier", dpi=150, quality=45, producer="Canon iR2625"))


def kep_bupati_iku(b: Batch, logo_kab):
    """The parent's (the regent's) decree setting every agency's key indicators."""
    d = Docx(font_name="Bookman Old Style", size=10.5)
    d.kop_center(KOP_BUPATI, [], logo=logo_kab, sizes=[14, 11])
    d.center("KEPUTUSAN BUPATI LEMBAYUNG", after=0)
    d.center("NOMOR 050/233/2021", bold=False, after=4)
    d.center("TENTANG", bold=False, after=4)
    d.center("PENETAPAN INDIKATOR KINERJA UTAMA PERANGKAT DAERAH DI LINGKUNGAN PEMERINTAH KABUPATEN LEMBAYUNG TAHUN 2021-2026", after=8)
    d.center("BUPATI LEMBAYUNG,", bold=False, after=8)
    d.labeled("Menimbang", ["bahwa untuk mengukur keberhasilan pencapaian sasaran strategis perangkat daerah sesuai RPJMD 2021-2026 perlu ditetapkan Indikator Kinerja Utama perangkat daerah;"])
    d.labeled("Mengingat", ["Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah;",
                            "Peraturan Daerah Kabupaten Lembayung Nomor 5 Tahun 2021 tentang RPJMD Tahun 2021-2026;"], marks=["1.", "2."])
    d.center("MEMUTUSKAN:", after=6)
    d.diktum([("KESATU", "Menetapkan Indikator Kinerja Utama Perangkat Daerah Tahun 2021-2026 beserta manualnya sebagaimana tercantum dalam Lampiran."),
              ("KEDUA", "Indikator Kinerja Utama menjadi acuan perjanjian kinerja, pengukuran dan pelaporan kinerja setiap perangkat daerah."),
              ("KETIGA", "Keputusan ini mulai berlaku pada tanggal ditetapkan.")])
    d.signature(["BUPATI LEMBAYUNG,"], BUPATI, [], place_date="Ditetapkan di Karangsela\npada tanggal 1 November 2021")
    d.pagebreak()
    d.center("LAMPIRAN XIV: INDIKATOR KINERJA UTAMA DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU", size=10, after=6)
    d.table([["No", "Sasaran", "IKU", "Formula", "Sumber data", "Target 2022-2026"]] +
            [[str(i), s, ind, f, src, t] for i, ((s, ind, f, src), t) in enumerate(zip(IKU, ["5% - 8%", "85 - 89", "95% - 99%"]), 1)],
            widths=[0.7, 3.4, 3.4, 4.6, 2.4, 2.5], size=8.5, align=["c", "l", "l", "l", "l", "l"])
    d.para("Penanggung jawab: Kepala Dinas; periode pelaporan: triwulanan melalui e-SAKIP Kabupaten.", size=9.5)
    return b.add(d, EV / A4 / "4.2 IKU/Keputusan Bupati tentang IKU Perangkat Daerah 2021-2026.pdf")


def lkjip(logo):
    rl = RL(EV / A4 / "4.3 Laporan Kinerja/LKjIP DPMPTSP 2021.pdf", base="Serif", size=10.5, footer="LKjIP DPMPTSP Kabupaten Lembayung Tahun 2021 - {page}")
    rkop(rl, logo)
    rl.p("LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)<br/>DINAS PENANAMAN MODAL DAN PTSP KABUPATEN LEMBAYUNG<br/>TAHUN 2021", "title")
    rl.p("BAB III AKUNTABILITAS KINERJA", "h1")
    rl.table([["Sasaran", "Indikator", "Target 2021", "Realisasi 2021", "Capaian"], [IKU[0][0], IKU[0][1], "4%", "4,48%", "112,0%"],
              [IKU[1][0], IKU[1][1], "85", "84,20", "99,1%"], [IKU[2][0], IKU[2][1], "93%", "95,8%", "103,0%"]], [4.4, 4.8, 2.0, 2.4, 2.0], size=8.5)
    rl.p("Dua dari tiga sasaran tercapai 100% atau lebih; sasaran kualitas pelayanan perizinan tercapai 99,1%.")
    rl.signature(["Kepala Dinas"], KADIS, [KADIS_NIP], place_date="Karangsela, 14 Februari 2022")
    rl.br()
    rl.p("BUKTI UNGGAH LAPORAN KINERJA", "subtitle")
    rl.kv([("Aplikasi", "e-SAKIP Kabupaten Lembayung"), ("Dokumen", "LKjIP DPMPTSP Tahun 2021"), ("Tanggal unggah", "25 Februari 2022 09:14 WIB"),
           ("Status", "Diterima - Bagian Organisasi Setda Kabupaten Lembayung")])
    return rl.build()


# =========================================================================== 5. Pengawasan


def kampanye(work, logo):
    months = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus"]
    items = [(screenshot(work / f"kg{i}.jpg", "post", "dpmptsp.lembayung", f"STOP GRATIFIKASI\n{m.upper()} 2022", ["Layanan perizinan GRATIS", "Laporkan pungli: 0812-2600-4512", "Disukai 51 orang"],
                         seed=230 + i, size=(640, 640), accent=[(150, 30, 30), (20, 80, 150)][i % 2]), f"Instagram, {m} 2022") for i, m in enumerate(months)]
    items.append((event_photo(work / "kgb.jpg", "Spanduk antigratifikasi di pintu masuk MPP, Januari 2022", 239, people=4, banner="ZONA BEBAS GRATIFIKASI\nMAL PELAYANAN PUBLIK"), "Spanduk di MPP"))
    rl = RL(EV / A5 / "5.1 Pengendalian Gratifikasi/5.1.a Kampanye Anti Gratifikasi 2022.pdf", base="Sans", size=10)
    rkop(rl, logo)
    rl.p("DOKUMENTASI KAMPANYE ANTIGRATIFIKASI<br/>DPMPTSP KABUPATEN LEMBAYUNG JANUARI - AGUSTUS 2022", "title")
    rl.p("Kampanye dilaksanakan setiap bulan melalui Instagram dinas (jadwal: minggu kedua setiap bulan), spanduk permanen di pintu masuk Mal Pelayanan Publik, serta pesan suara di mesin antrean.")
    rl.image_grid(items, cols=3)
    return rl.build()


def upg(b: Batch, logo):
    d = Docx(font_name="Bookman Old Style", size=10.5)
    kop(d, logo)
    sk(d, "700/18/DPMPTSP/2022", "UNIT PENGENDALIAN GRATIFIKASI PADA DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU KABUPATEN LEMBAYUNG",
       ["bahwa untuk melaksanakan Peraturan Bupati Lembayung tentang Pengendalian Gratifikasi perlu dibentuk Unit Pengendalian Gratifikasi pada perangkat daerah;"],
       ["Peraturan Komisi Pemberantasan Korupsi Nomor 2 Tahun 2019 tentang Pelaporan Gratifikasi;", "Peraturan Bupati Lembayung Nomor 22 Tahun 2020 tentang Pengendalian Gratifikasi;"],
       [("KESATU", "Membentuk Unit Pengendalian Gratifikasi (UPG) DPMPTSP Kabupaten Lembayung dengan ketua Sekretaris Dinas dan dua anggota."),
        ("KEDUA", "Pelaporan penerimaan dan penolakan gratifikasi dilaksanakan sesuai SOP Pelaporan Gratifikasi terlampir dan menjadi bagian dari SOP pelayanan front office; UPG meneruskan laporan kepada UPG Inspektorat Kabupaten Lembayung dan KPK."),
        ("KETIGA", "Keputusan ini mulai berlaku pada tanggal ditetapkan.")],
       "12 Januari 2022", size=10.5)
    d.pagebreak()
    d.center("SOP PELAPORAN GRATIFIKASI", after=6)
    d.table([["No", "Langkah", "Pelaksana", "Waktu"], ["1", "Petugas menolak pemberian dan mencatat pada formulir penolakan", "Petugas layanan", "Saat kejadian"],
             ["2", "Formulir diserahkan kepada UPG", "Petugas layanan", "1 hari kerja"], ["3", "UPG menganalisis dan meneruskan laporan", "UPG", "7 hari kerja"],
             ["4", "UPG melaporkan rekap kepada Kepala Dinas", "UPG", "Triwulanan"]], widths=[0.8, 9.0, 3.6, 3.6], size=9.5, align=["c", "l", "l", "l"])
    d.para("Rekap s.d. Agustus 2022: satu laporan penolakan (bingkisan dari pemohon PBG, 19 Mei 2022) diteruskan kepada UPG Inspektorat Kabupaten pada 23 Mei 2022.", size=10)
    return b.add(d, EV / A5 / "5.1 Pengendalian Gratifikasi/5.1.b SK UPG dan SOP Pelaporan Gratifikasi.pdf")


def sk_spip_2021(b: Batch, logo):
    d = Docx(font_name="Bookman Old Style", size=10.5)
    kop(d, logo)
    sk(d, "700/09/DPMPTSP/2021", "PEMBENTUKAN SATUAN TUGAS PENYELENGGARAAN SISTEM PENGENDALIAN INTERN PEMERINTAH PADA DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU KABUPATEN LEMBAYUNG TAHUN 2021",
       ["bahwa untuk melaksanakan Peraturan Pemerintah Nomor 60 Tahun 2008 tentang Sistem Pengendalian Intern Pemerintah di lingkungan dinas perlu dibentuk Satuan Tugas SPIP;"],
       ["Peraturan Pemerintah Nomor 60 Tahun 2008 tentang Sistem Pengendalian Intern Pemerintah;", "Peraturan Bupati Lembayung Nomor 12 Tahun 2018 tentang Penyelenggaraan SPIP;"],
       [("KESATU", "Membentuk Satuan Tugas SPIP DPMPTSP Kabupaten Lembayung Tahun 2021 yang bertugas membangun lingkungan pengendalian, menilai risiko dan memantau pengendalian."),
        ("KEDUA", "Satuan Tugas melaporkan pelaksanaan tugasnya kepada Kepala Dinas setiap semester."),
        ("KETIGA", "Keputusan ini berlaku sejak tanggal ditetapkan sampai dengan tanggal 31 Desember 2021.")],
       "8 Februari 2021", size=10.5)
    src = b.add(d, b.work / "spip_src.pdf")
    b.after(lambda: scan_pdf(src, EV / A5 / "5.2 SPIP/SK Satgas SPIP DPMPTSP 2021.pdf", seed=205, seals=[Seal(KADIS_SIG, **STAMP)], mode="fax", dpi=150, quality=50,
                             producer="Brother MFC-L2700D"))


def peta_risiko(logo):
    rl = RL(EV / A5 / "5.2 SPIP/Peta Risiko dan RTP 2022.pdf", base="Sans", size=9.5, landscape_page=True)
    rkop(rl, logo)
    rl.p("PETA RISIKO DAN RENCANA TINDAK PENGENDALIAN<br/>DPMPTSP KABUPATEN LEMBAYUNG TAHUN 2022", "title")
    rl.p("Identifikasi dan analisis risiko dilakukan pada 21-25 Maret 2022 atas proses layanan perizinan (front office, verifikasi, penerbitan), pengaduan, dan pengawasan penanaman modal. Proses kesekretariatan (keuangan, aset, kepegawaian) belum dinilai.")
    rows = [["No", "Proses", "Risiko", "K", "D", "Level", "Rencana tindak pengendalian", "Rencana waktu", "Realisasi"]]
    data = [("Front office", "Pungutan di luar ketentuan", 3, 4, "Tinggi", "CCTV dan antrean elektronik", "Juli - Agustus 2022"),
            ("Verifikasi PBG", "Verifikasi melebihi waktu SOP", 4, 3, "Tinggi", "Daftar periksa dan notifikasi otomatis", "Agustus 2022"),
            ("Penerbitan izin", "Izin terbit tanpa persyaratan lengkap", 2, 5, "Tinggi", "Validasi berjenjang di SiCantik", "September 2022"),
            ("Pengaduan", "Pengaduan tidak ditindaklanjuti", 2, 3, "Sedang", "Dashboard pengaduan", "Oktober 2022"),
            ("Pengawasan LKPM", "Data investasi tidak akurat", 3, 3, "Sedang", "Verifikasi lapangan sampel", "Juli - Desember 2022")]
    for i, r in enumerate(data, 1):
        rows.append([str(i), *[str(x) for x in r], "Belum dilaksanakan"])
    rl.table(rows, [0.8, 2.6, 4.4, 0.8, 0.8, 1.6, 5.0, 3.2, 3.2], size=8.5)
    rl.p("Realisasi rencana tindak pengendalian akan dilaporkan pada semester II Tahun 2022.")
    rl.signature(["Ketua Satgas SPIP"], SEKDIS, [SEKDIS_NIP], place_date="Karangsela, 30 Maret 2022", left=(["Mengetahui,", "Kepala Dinas"], KADIS, [KADIS_NIP], None))
    return rl.build()


def rekap_pengaduan(logo):
    """The reporting period is only in the footer."""
    rl = RL(EV / A5 / "5.3 Pengaduan/Rekap Pengaduan Masyarakat.pdf", base="Sans", size=9.5, landscape_page=True,
            footer="Rekap pengaduan DPMPTSP Kabupaten Lembayung - periode pelaporan Januari s.d. Juni 2022 - hal. {page}")
    rkop(rl, logo)
    rl.p("REKAPITULASI PENGADUAN MASYARAKAT", "title")
    rows = [["No", "Tanggal", "Kanal", "Pokok pengaduan", "Diteruskan ke", "Tindak lanjut", "Status"]]
    data = [("04-01", "SP4N-LAPOR!", "PBG lebih dari 28 hari", "Bidang Pelayanan Perizinan", "Verifikasi dipercepat", "Selesai"),
            ("11-01", "WhatsApp", "Syarat izin reklame tidak jelas", "Front office", "Informasi disampaikan", "Selesai"),
            ("27-01", "Kotak saran", "Antrean panjang", "Koordinator MPP", "Tambah loket", "Selesai"), ("09-02", "SP4N-LAPOR!", "Akun OSS terkunci", "Bidang Penanaman Modal", "Reset akun", "Selesai"),
            ("22-02", "Langsung", "Petugas tidak ramah", "Sekretaris", "Pembinaan petugas", "Selesai"), ("08-03", "Instagram", "Jam layanan malam", "Koordinator MPP", "Informasi disampaikan", "Selesai"),
            ("17-03", "SP4N-LAPOR!", "SIP bidan terlambat", "Bidang Pelayanan Perizinan", "Izin diterbitkan", "Selesai"), ("30-03", "WhatsApp", "Biaya retribusi PBG", "Bidang Pelayanan Perizinan", "Penjelasan tarif Perda", "Selesai"),
            ("12-04", "SP4N-LAPOR!", "Dugaan pungutan oleh calo", "Sekretaris", "Klarifikasi; tidak terbukti; calo dilarang masuk", "Selesai"),
            ("26-04", "Langsung", "Toilet MPP rusak", "Subbag Umum", "Perbaikan", "Selesai"), ("13-05", "SP4N-LAPOR!", "KKPR belum terbit", "Bidang Pelayanan Perizinan", "Koordinasi Dinas PU", "Proses"),
            ("25-05", "WhatsApp", "Status izin klinik", "Front office", "Informasi disampaikan", "Selesai"), ("09-06", "SP4N-LAPOR!", "Izin trayek ditolak", "Bidang Pelayanan Perizinan", "Penjelasan", "Selesai"),
            ("28-06", "Kotak saran", "Parkir sempit", "Subbag Umum", "Koordinasi Dishub", "Proses")]
    for i, r in enumerate(data, 1):
        rows.append([str(i), *r])
    rl.table(rows, [0.8, 1.6, 2.6, 5.2, 4.2, 5.4, 1.8], size=8.5)
    rl.table([["Jumlah pengaduan", "Selesai", "Dalam proses"], ["14", "12", "2"]], [6.0, 6.0, 6.0], size=10)
    rl.signature(["Kepala Bidang Pengaduan, Kebijakan dan Pelaporan"], KABID_PKP, [KABID_PKP_NIP], place_date="Karangsela, 4 Juli 2022")
    return rl.build()


def evaluasi_pengaduan():
    d = Docx(font_name="Calibri", size=11)
    d.center("LAPORAN EVALUASI PENANGANAN PENGADUAN MASYARAKAT", after=0)
    d.center("DPMPTSP KABUPATEN LEMBAYUNG SEMESTER I TAHUN 2022", after=10)
    d.para("Evaluasi dilaksanakan dalam rapat tanggal 7 Juli 2022 yang dipimpin Kepala Dinas. Ini merupakan evaluasi pertama atas penanganan pengaduan; evaluasi berikutnya direncanakan Januari 2023.")
    d.para("Hasil evaluasi:", after=2)
    for t in ["1. Dari 14 pengaduan, 12 selesai (rata-rata 5 hari kerja) dan 2 dalam proses karena memerlukan koordinasi dengan perangkat daerah teknis.",
              "2. Pokok pengaduan terbanyak: ketepatan waktu perizinan (5), informasi persyaratan (4), sarana MPP (3).",
              "3. Rekomendasi: (a) informasi persyaratan seluruh izin dipasang di laman; (b) tambah loket PBG; (c) koordinasi mingguan dengan Dinas PU untuk KKPR; (d) perbaikan area parkir."]:
        d.para(t, indent=0.8, first=-0.5)
    d.para("Tindak lanjut s.d. 31 Agustus 2022: rekomendasi (a), (b) dan (c) telah dilaksanakan; rekomendasi (d) menunggu anggaran perubahan.")
    d.signature(["Kepala Bidang Pengaduan, Kebijakan dan Pelaporan,"], KABID_PKP, [KABID_PKP_NIP], place_date="Karangsela, 31 Agustus 2022", size=10.5)
    return d.save(EV / A5 / "5.3 Pengaduan/Evaluasi Penanganan Pengaduan Semester I 2022.docx")


def benturan(logo):
    rl = RL(EV / A5 / "5.5 Benturan Kepentingan/Pemetaan Potensi Benturan Kepentingan 2022.pdf", base="Serif", size=10.5)
    rkop(rl, logo)
    rl.p("PEMETAAN POTENSI BENTURAN KEPENTINGAN<br/>DINAS PENANAMAN MODAL DAN PTSP KABUPATEN LEMBAYUNG TAHUN 2022", "title")
    rl.p("Pemetaan dilakukan pada April 2022 terhadap seluruh tugas dan fungsi utama dinas sesuai Peraturan Bupati Nomor 63 Tahun 2016.")
    rl.table([["No", "Tugas dan fungsi utama", "Potensi benturan kepentingan", "Pengendalian"],
              ["1", "Pelayanan perizinan (front office)", "Pemohon keluarga/kenalan petugas", "Antrean elektronik; larangan melayani keluarga"],
              ["2", "Verifikasi teknis dan tim teknis", "Anggota tim teknis merangkap konsultan pemohon", "Surat pernyataan bebas benturan kepentingan"],
              ["3", "Penerbitan izin", "Tekanan dari pihak tertentu", "Tanda tangan elektronik berjenjang"],
              ["4", "Pengawasan penanaman modal", "Hubungan dengan perusahaan yang diawasi", "Rotasi pengawas; pakta integritas"],
              ["5", "Penanganan pengaduan", "Pengaduan terhadap rekan satu bidang", "Ditangani bidang lain"],
              ["6", "Promosi investasi", "Penerimaan fasilitas dari calon investor", "Pelaporan gratifikasi"],
              ["7", "Pengadaan barang/jasa kesekretariatan", "Penyedia memiliki hubungan dengan PPK", "e-Katalog; pakta integritas"]], [0.8, 4.6, 5.6, 5.4], size=9)
    rl.signature(["Koordinator Area V"], KABID_PM, ["NIP 19850611 200902 2 003"], place_date="Karangsela, 28 April 2022", left=(["Mengetahui,", "Kepala Dinas"], KADIS, [KADIS_NIP], None))
    return rl.build()


def lhkpn(logo):
    rl = RL(EV / A5 / "5.6 LHKPN/Rekap Kepatuhan LHKPN 2022.pdf", base="Sans", size=10)
    rkop(rl, logo)
    rl.p("REKAPITULASI KEPATUHAN LHKPN<br/>DPMPTSP KABUPATEN LEMBAYUNG<br/>PELAPORAN TAHUN 2022 (HARTA PER 31 DESEMBER 2021)", "title")
    rl.table([["Kategori", "Wajib lapor", "Sudah lapor s.d. 31-03-2022", "Keterangan"], ["Kepala perangkat daerah", "1", "1", "Lapor 24-02-2022"],
              ["Pejabat (Sekretaris, 3 Kepala Bidang)", "4", "4", "-"], ["Lainnya (Bendahara Pengeluaran, PPTK)", "2", "2", "-"], ["Jumlah", "7", "7", "100%"]], [7.0, 2.6, 4.4, 2.6], size=9.5, bold_last=True)
    rl.p("Sumber: aplikasi e-LHKPN, diunduh 4 April 2022.")
    rl.signature(["Kasubag Umum dan Kepegawaian"], "NOVITA ANGGRAENI, S.AP.", ["NIP 19870515 201001 2 012"], place_date="Karangsela, 4 April 2022")
    return rl.build()


# =========================================================================== 6. Pelayanan Publik


def sk_standar(b: Batch, logo):
    d = Docx(font_name="Bookman Old Style", size=10.5)
    kop(d, logo)
    sk(d, "065/21/DPMPTSP/2022", "STANDAR PELAYANAN PADA DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU KABUPATEN LEMBAYUNG",
       ["bahwa untuk memberikan kepastian dan kualitas pelayanan perizinan perlu ditetapkan standar pelayanan;"],
       ["Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;", "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 15 Tahun 2014 tentang Pedoman Standar Pelayanan;"],
       [("KESATU", "Menetapkan standar pelayanan untuk 18 (delapan belas) jenis pelayanan sebagaimana tercantum dalam Lampiran, masing-masing memuat komponen penyampaian dan pengelolaan pelayanan sesuai PermenPANRB Nomor 15 Tahun 2014."),
        ("KEDUA", "Standar pelayanan untuk jenis pelayanan lainnya ditetapkan kemudian setelah pembahasan dengan perangkat daerah teknis."),
        ("KETIGA", "Keputusan ini mulai berlaku pada tanggal ditetapkan.")],
       "21 Februari 2022", size=10.5)
    d.pagebreak()
    d.center("LAMPIRAN: JENIS PELAYANAN YANG TELAH DITETAPKAN STANDARNYA", size=10, after=6)
    d.table([["No", "Jenis pelayanan", "Waktu", "Biaya"]] + [[str(i), s, "5 hari kerja" if i > 3 else "Sesuai PP/NSPK", "Gratis" if i not in (2, 3, 5) else "Retribusi sesuai Perda"]
                                                           for i, s in enumerate(SERVICES[:18], 1)], widths=[0.9, 9.6, 3.3, 3.2], size=8.5, align=["c", "l", "l", "l"])
    d.para("Belum ditetapkan: 8 jenis pelayanan (nomor 19-26 daftar jenis layanan DPMPTSP).", size=9.5)
    return b.add(d, EV / A6 / "6.1 Standar Pelayanan/6.1.a SK Standar Pelayanan DPMPTSP 2022.pdf")


def maklumat(b: Batch, logo):
    d = Docx(font_name="Arial", size=12)
    kop(d, logo)
    d.blank(2)
    d.center("MAKLUMAT PELAYANAN", size=20, after=12)
    d.para("DENGAN INI KAMI MENYATAKAN SANGGUP MENYELENGGARAKAN PELAYANAN SESUAI STANDAR PELAYANAN YANG TELAH DITETAPKAN DAN APABILA TIDAK MENEPATI JANJI INI, KAMI SIAP MENERIMA SANKSI SESUAI PERATURAN PERUNDANG-UNDANGAN YANG BERLAKU", align="center", size=13, after=14)
    d.blank(2)
    d.signature(["Kepala Dinas Penanaman Modal dan PTSP,"], KADIS, [KADIS_NIP], place_date="Karangsela, 21 Februari 2022", size=12, gap=4)
    src = b.add(d, b.work / "mk_src.pdf")
    b.after(lambda: photo_jpg(src, EV / A6 / "6.1 Standar Pelayanan/Maklumat Pelayanan DPMPTSP.jpg", seed=206, seals=[Seal(KADIS_SIG, **STAMP)], dpi=100, quality=64))


def konsep_kompensasi():
    d = Docx(font_name="Bookman Old Style", size=11)
    d.para("KONSEP", bold=True, align="right", size=14)
    d.center("KEPUTUSAN KEPALA DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU", after=0)
    d.center("KABUPATEN LEMBAYUNG", after=0)
    d.center("NOMOR : ......./......./DPMPTSP/2022", bold=False, after=4)
    d.center("TENTANG", bold=False, after=4)
    d.center("PEMBERIAN KOMPENSASI KEPADA PENERIMA LAYANAN APABILA PELAYANAN TIDAK SESUAI STANDAR", after=8)
    d.labeled("Menimbang", ["bahwa ..................... (diisi Bagian Hukum);"])
    d.labeled("Mengingat", ["Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;", "..................................................."], marks=["1.", "2."])
    d.center("MEMUTUSKAN:", after=6)
    d.diktum([("KESATU", "Penerima layanan berhak memperoleh kompensasi berupa [voucher/suvenir/layanan antar dokumen - pilih] apabila izin terbit melebihi waktu standar pelayanan."),
              ("KEDUA", "Jenis layanan yang diberi kompensasi: [daftar jenis layanan menyusul]."),
              ("KETIGA", "Keputusan ini mulai berlaku pada tanggal ditetapkan.")])
    d.para("Ditetapkan di Karangsela\npada tanggal ................ 2022\n\nKEPALA DINAS PENANAMAN MODAL DAN PTSP,\n\n\n(nama Kepala Dinas)\nNIP ..........................", align="left", size=11)
    d.para("Catatan: konsep dibahas pada rapat pimpinan; menunggu telaah Bagian Hukum Setda.", italic=True, size=9)
    return d.save(EV / A6 / "6.2 Budaya Pelayanan/KONSEP SK Kompensasi Pelayanan.docx")


def mpp(work, logo):
    rl = RL(EV / A6 / "6.2 Budaya Pelayanan/6.2.e Mal Pelayanan Publik Kabupaten Lembayung.pdf", base="Sans", size=10)
    rkop(rl, logo)
    rl.p("LAPORAN PENYELENGGARAAN MAL PELAYANAN PUBLIK (MPP)<br/>KABUPATEN LEMBAYUNG SEMESTER I TAHUN 2022", "title")
    rl.p("MPP Kabupaten Lembayung diresmikan 17 Agustus 2021 berdasarkan Peraturan Bupati Lembayung Nomor 8 Tahun 2021 tentang Penyelenggaraan Mal Pelayanan Publik dan dikelola oleh DPMPTSP. Seluruh 26 jenis layanan DPMPTSP dilayani secara terpadu di MPP bersama 13 instansi lain (Dukcapil, Samsat, BPJS Kesehatan, BPJS Ketenagakerjaan, Kantor Pertanahan, Kantor Imigrasi, Kepolisian (SKCK), PDAM, bank pembangunan daerah, Kantor Pos, Kemenag, Bapenda, Dinkes) dengan total 142 jenis layanan.")
    rl.table([["Bulan 2022", "Pengunjung", "Layanan DPMPTSP", "Layanan instansi lain"], ["Januari", "6.412", "1.210", "5.202"], ["Februari", "6.103", "1.184", "4.919"], ["Maret", "7.025", "1.322", "5.703"],
              ["April", "6.870", "1.290", "5.580"], ["Mei", "6.240", "1.101", "5.139"], ["Juni", "7.314", "1.402", "5.912"]], [4.0, 3.4, 4.0, 4.4], size=9)
    photos = [(event_photo(work / f"mpp{i}.jpg", c, seed=240 + i, banner=bn, people=12), c) for i, (c, bn) in enumerate([
        ("Ruang layanan terpadu MPP Kabupaten Lembayung", "MAL PELAYANAN PUBLIK\nKABUPATEN LEMBAYUNG"), ("Loket DPMPTSP dan instansi vertikal di MPP", "LOKET PERIZINAN TERPADU")])]
    rl.image_grid(photos, cols=2)
    rl.signature(["Koordinator MPP"], "RINA MARLINA, S.Sos.", ["NIP 19890407 201101 2 004"], place_date="Karangsela, 8 Juli 2022")
    return rl.build()


def inovasi_en(logo):
    rl = RL(EV / A6 / "6.2 Budaya Pelayanan/6.2.f Innovation Profile SiMALAM (English).pdf", base="Sans", size=10)
    rkop(rl, logo)
    rl.p("PUBLIC SERVICE INNOVATION PROFILE<br/>SiMALAM - Night Licensing Service<br/>Investment and One-Stop Service Agency, Lembayung Regency (2022)", "title")
    rl.p("Submitted to the Central Java provincial public service innovation competition (KIPP) 2022.", "body")
    rl.p("Background", "h2")
    rl.p("Small business owners, health workers and farmers could not visit the licensing counters during office hours. Since 8 March 2022 the agency opens selected counters at the Public Service Mall every Tuesday and Thursday until 21:00 (SiMALAM), with consultation, document checks and electronic signing of permits.")
    rl.p("Uniqueness and reach", "h2")
    rl.p("SiMALAM is the agency's own service design, different from other agencies in the province, and brings licensing closer to working citizens. It has not yet been replicated by another agency.")
    rl.p("Results (March - June 2022)", "h2")
    rl.table([["Measure", "Before", "After"], ["Applicants served outside office hours", "0", "1,284"], ["Average licence time (health practice permits)", "6.1 days", "3.4 days"],
              ["SKM element 'ease of procedure'", "3.12", "3.38"]], [8.0, 3.0, 3.0], size=9)
    rl.p("Of the 26 registered service types, 11 have been made easier (shorter time, integrated at the Public Service Mall, shorter flow or app-based): building approval, function certificate, the five health practice permits, pharmacy permit, clinic permit, research permit and consultation. The other 15 are unchanged so far.")
    rl.signature(["Head of Agency"], KADIS, [KADIS_NIP], place_date="Karangsela, 15 July 2022")
    return rl.build()


def sk_pengaduan(b: Batch, logo):
    d = Docx(font_name="Bookman Old Style", size=10.5)
    kop(d, logo)
    sk(d, "065/05/DPMPTSP/2022", "TIM PENGELOLA PENGADUAN DAN ADMINISTRATOR SP4N-LAPOR! PADA DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU KABUPATEN LEMBAYUNG TAHUN 2022",
       ["bahwa pengelolaan pengaduan pelayanan perizinan perlu dilaksanakan oleh unit dan petugas khusus yang terhubung dengan SP4N-LAPOR!;"],
       ["Peraturan Presiden Nomor 76 Tahun 2013 tentang Pengelolaan Pengaduan Pelayanan Publik;", "Peraturan Menteri PANRB Nomor 62 Tahun 2018 tentang Pedoman Teknis Pengelolaan Pengaduan Pelayanan Publik Nasional;"],
       [("KESATU", "Menetapkan Bidang Pengaduan, Kebijakan dan Pelaporan sebagai unit pengelola pengaduan dan konsultasi pelayanan, dengan ruang konsultasi dan pengaduan di MPP."),
        ("KEDUA", "Menugaskan Sri Wulandari, A.Md. dan Galih Permana sebagai petugas pengelola pengaduan dan administrator akun SP4N-LAPOR! DPMPTSP Kabupaten Lembayung."),
        ("KETIGA", "Pengaduan diterima melalui loket pengaduan, kotak saran, SP4N-LAPOR!, WhatsApp, Instagram dan laman dinas, dan ditindaklanjuti paling lama 14 hari kerja."),
        ("KEEMPAT", "Keputusan ini mulai berlaku pada tanggal ditetapkan.")],
       "3 Januari 2022", size=10.5)
    return b.add(d, EV / A6 / "6.3 Pengaduan/6.3.a-b SK Tim Pengelola Pengaduan dan Admin SP4N-LAPOR 2022.pdf")


def skm(logo):
    rl = RL(EV / A6 / "6.4 Survei Kepuasan Masyarakat/6.4.a Laporan SKM Semester I 2022.pdf", base="Serif", size=10.5)
    rkop(rl, logo)
    rl.p("LAPORAN SURVEI KEPUASAN MASYARAKAT<br/>DPMPTSP KABUPATEN LEMBAYUNG<br/>SEMESTER I TAHUN 2022", "title")
    rl.p("Survei dilaksanakan pada 2 Mei - 10 Juni 2022 sesuai PermenPANRB Nomor 14 Tahun 2017 terhadap 384 responden pemohon izin di MPP dan pemohon daring. Survei dilaksanakan setiap semester; survei semester II dijadwalkan November 2022.")
    un = ["Persyaratan", "Prosedur", "Waktu pelayanan", "Biaya/tarif", "Produk layanan", "Kompetensi pelaksana", "Perilaku pelaksana", "Penanganan pengaduan", "Sarana dan prasarana"]
    vals = [3.31, 3.12, 3.05, 3.60, 3.42, 3.38, 3.44, 3.29, 3.18]
    rl.table([["No", "Unsur", "Nilai"]] + [[str(i), u, f"{v:.2f}".replace(".", ",")] for i, (u, v) in enumerate(zip(un, vals), 1)], [1.0, 9.0, 3.0], size=9.5)
    rl.p("IKM Semester I 2022: <b>83,97</b> (mutu B, baik). Unsur terendah: waktu pelayanan dan prosedur.")
    rl.signature(["Kepala Bidang Pengaduan, Kebijakan dan Pelaporan"], KABID_PKP, [KABID_PKP_NIP], place_date="Karangsela, 20 Juni 2022")
    return rl.build()


# =========================================================================== main


def main():
    if EV.exists():
        shutil.rmtree(EV)
    EV.mkdir(parents=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        logo = emblem(work / "logo_kab.png", "regency", seed=21)
        logo_kota = emblem(work / "logo_kota.png", "city", seed=22)
        b = Batch(work)
        sk_tim(b, logo)
        monev_tw1(b, logo)
        sk_agen(b, logo)
        budaya_kerja(b, logo)
        sk_sop_2020(b, logo)
        sk_bupati_ppid(b, logo)
        sprin_rotasi(b, logo)
        disiplin(b, logo, logo)
        renja(b, logo)
        pk(b, logo)
        kep_bupati_iku(b, logo)
        upg(b, logo)
        sk_spip_2021(b, logo)
        sk_standar(b, logo)
        maklumat(b, logo)
        sk_pengaduan(b, logo)
        b.run()
        rencana_agen()
        evaluasi_pengaduan()
        konsep_kompensasi()
        ba_seleksi(logo)
        rencana_aksi_xlsx()
        sosialisasi(work, logo)
        evaluasi_sop_kota(logo_kota)
        aplikasi(work, logo)
        abk(logo)
        diklat_xlsx()
        renstra(logo)
        lkjip(logo)
        kampanye(work, logo)
        peta_risiko(logo)
        rekap_pengaduan(logo)
        benturan(logo)
        lhkpn(logo)
        mpp(work, logo)
        inovasi_en(logo)
        skm(logo)
        empty_file(EV / A6 / "6.4 Survei Kepuasan Masyarakat/6.4.b Publikasi Hasil SKM.pdf")
    files = sorted(p for p in EV.rglob("*") if p.is_file())
    print(f"{len(files)} files, {sum(p.stat().st_size for p in files) / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
