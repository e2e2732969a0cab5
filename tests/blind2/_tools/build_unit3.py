"""Unit 3: Lembaga Pemasyarakatan Kelas IIB Teluk Sirih, Kanwil Ditjenpas Riau, 2025, toward WBK.

A correctional institution (Lapas) that passed from the Kementerian Hukum dan HAM to the new
Kementerian Imigrasi dan Pemasyarakatan at the end of 2024, so its older decrees carry the old
ministry's letterhead. Fabricated: the town of Teluk Sirih, the Lapas, the women's Lapas of the same
town, all people, numbers and documents are invented.
Run: /work/main/.venv/bin/python tests/blind2/_tools/build_unit3.py
"""

from __future__ import annotations

import random
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (RL, Docx, Seal, broken_docx, docx_pdf, emblem, event_photo, merge_pdfs, photo_jpg,  # noqa: E402
                    scan_pdf, screenshot, write_xlsx)

ROOT = Path(__file__).resolve().parents[1] / "lapas_teluk_sirih"
EV = ROOT / "evidence"
A1 = "A. MANAJEMEN PERUBAHAN"
A2 = "B. PENATAAN TATALAKSANA"
A3 = "C. PENATAAN SDM"
A4 = "D. PENGUATAN AKUNTABILITAS"
A5 = "E. PENGUATAN PENGAWASAN"
A6 = "F. PELAYANAN PUBLIK"

KOP = ["KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN REPUBLIK INDONESIA", "DIREKTORAT JENDERAL PEMASYARAKATAN", "KANTOR WILAYAH RIAU",
       "LEMBAGA PEMASYARAKATAN KELAS IIB TELUK SIRIH"]
KOP_OLD = ["KEMENTERIAN HUKUM DAN HAK ASASI MANUSIA REPUBLIK INDONESIA", "KANTOR WILAYAH RIAU", "LEMBAGA PEMASYARAKATAN KELAS IIB TELUK SIRIH"]
KOP_LPP = ["KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN REPUBLIK INDONESIA", "DIREKTORAT JENDERAL PEMASYARAKATAN", "KANTOR WILAYAH RIAU",
           "LEMBAGA PEMASYARAKATAN PEREMPUAN KELAS IIB TELUK SIRIH"]
KOP_KANWIL = ["KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN REPUBLIK INDONESIA", "KANTOR WILAYAH DIREKTORAT JENDERAL PEMASYARAKATAN RIAU"]
ADDR = ["Jalan Lintas Timur Km. 7 Teluk Sirih, Riau 29381", "Telepon (0768) 21457, Laman: lapasteluksirih.ditjenpas.go.id, Pos-el: lapas.teluksirih@gmail.com"]
ADDR_LPP = ["Jalan Pramuka Nomor 21 Teluk Sirih, Riau 29382", "Telepon (0768) 21990, Pos-el: lpp.teluksirih@gmail.com"]
ADDR_KANWIL = ["Jalan Jenderal Sudirman Nomor 233 Pekanbaru 28111", "Telepon (0761) 22591, Laman: riau.ditjenpas.go.id"]

HEAD = "KEPALA LEMBAGA PEMASYARAKATAN KELAS IIB TELUK SIRIH"
KALAPAS = "RAHMAT HIDAYATULLAH, A.Md.IP., S.H., M.H."
KALAPAS_SIG = "RAHMAT HIDAYATULLAH"
KALAPAS_NIP = "NIP 19810423 200012 1 001"
KALAPAS_OLD = "TEGUH WIBISONO, Bc.IP., S.Sos."
KALAPAS_OLD_NIP = "NIP 19740517 199503 1 002"
KASUBAG = "NOVI ANDRIANI, S.E."
KASUBAG_NIP = "NIP 19860911 200912 2 004"
KPLP = "JUNAIDI SIHOMBING, A.Md.IP., S.H."
KPLP_NIP = "NIP 19880702 200701 1 003"
BINADIK = "FIRMANSYAH PUTRA, S.Psi."
BINADIK_NIP = "NIP 19900115 201012 1 002"
KAMTIB = "DODI KURNIAWAN, S.H."
KAMTIB_NIP = "NIP 19850306 200901 1 008"
KAKANWIL = "Drs. SUTRISNO WIDJAYA, Bc.IP., M.Si."
KAKANWIL_SIG = "SUTRISNO WIDJAYA"
KALAPAS_LPP = "Hj. MARLINA SEPTIANI, S.H., M.H."
STAMP = dict(ring="LEMBAGA PEMASYARAKATAN KELAS IIB TELUK SIRIH", center=["RIAU"], ink=(30, 60, 150))
STAMP_LPP = dict(ring="LEMBAGA PEMASYARAKATAN PEREMPUAN TELUK SIRIH", center=["RIAU"], ink=(30, 60, 150))
STAMP_KANWIL = dict(ring="KANWIL DITJEN PEMASYARAKATAN RIAU", center=["KEPALA"], ink=(30, 60, 150))
TTD = ([HEAD + ","], KALAPAS, [KALAPAS_NIP])

MENGINGAT = [
    "Undang-Undang Nomor 22 Tahun 2022 tentang Pemasyarakatan;",
    "Peraturan Presiden Nomor 81 Tahun 2010 tentang Grand Design Reformasi Birokrasi 2010-2025;",
    "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 90 Tahun 2021 tentang Pembangunan dan Evaluasi Zona Integritas Menuju Wilayah Bebas dari Korupsi dan Wilayah Birokrasi Bersih dan Melayani di Instansi Pemerintah;",
    "Peraturan Presiden Nomor 157 Tahun 2024 tentang Kementerian Imigrasi dan Pemasyarakatan;",
]


def kop(d: Docx, logo, lines=KOP, addr=ADDR):
    d.kop_center(lines, addr, logo=logo, sizes=[11.5] + [12] * (len(lines) - 2) + [13])


def rkop(rl: RL, logo, lines=KOP, addr=ADDR):
    rl.kop(lines, addr, logo=logo)


def sk(d: Docx, nomor, tentang, menimbang, mengingat, diktum, tanggal, head=HEAD, ttd=TTD, size=11, place="Teluk Sirih"):
    d.center("KEPUTUSAN " + head, after=0, size=size)
    d.center("NOMOR " + nomor, bold=False, after=4, size=size)
    d.center("TENTANG", bold=False, after=4, size=size)
    d.center(tentang, after=8, size=size)
    d.center("DENGAN RAHMAT TUHAN YANG MAHA ESA", after=4, size=size)
    d.center(head + ",", bold=False, after=8, size=size)
    d.labeled("Menimbang", menimbang, size=size)
    d.labeled("Mengingat", mengingat, marks=[f"{i}." for i in range(1, len(mengingat) + 1)], size=size)
    d.center("MEMUTUSKAN:", after=6, size=size)
    d.diktum(diktum, size=size)
    d.signature(ttd[0], ttd[1], ttd[2], place_date=f"Ditetapkan di {place}\npada tanggal {tanggal}", size=size)


# --------------------------------------------------------------------------- Area A

TEAM = [
    ("Pengarah", "Rahmat Hidayatullah, A.Md.IP., S.H., M.H.", "Kepala Lapas"),
    ("Ketua", "Novi Andriani, S.E.", "Kepala Subbagian Tata Usaha"),
    ("Sekretaris", "Yosef Manurung, S.Kom.", "Kepala Urusan Umum"),
    ("Koordinator Area I", "Firmansyah Putra, S.Psi.", "Kepala Seksi Binadik dan Giatja"),
    ("Anggota", "Ayu Lestari, A.Md.P.", "Pengelola Bimkemas"),
    ("Koordinator Area II", "Dodi Kurniawan, S.H.", "Kepala Seksi Administrasi Kamtib"),
    ("Anggota", "Reza Pahlevi, A.Md.", "Operator SDP"),
    ("Koordinator Area III", "Mira Yuliani, S.H.", "Kepala Urusan Kepegawaian dan Keuangan"),
    ("Anggota", "Hendri Saputra", "Pengelola Kepegawaian"),
    ("Koordinator Area IV", "Rudi Hartanto, S.E.", "Pengelola Perencanaan dan Anggaran"),
    ("Koordinator Area V", "Junaidi Sihombing, A.Md.IP., S.H.", "Kepala KPLP"),
    ("Anggota", "Bayu Prakoso", "Komandan Regu Pengamanan II"),
    ("Koordinator Area VI", "Sri Wahyuni, S.Sos.", "Kepala Subseksi Registrasi"),
    ("Anggota", "Deni Syahputra", "Petugas Layanan Kunjungan"),
    ("Anggota", "dr. Olivia Tambunan", "Dokter Klinik Pratama Lapas"),
]


def sk_tim(work, logo):
    d = Docx(font_name="Arial", size=10.5, folio=True)
    kop(d, logo)
    sk(d, "W4.PAS.12-OT.02.01-015 TAHUN 2025", "PEMBENTUKAN TIM KERJA PEMBANGUNAN ZONA INTEGRITAS MENUJU WILAYAH BEBAS DARI KORUPSI PADA LEMBAGA PEMASYARAKATAN KELAS IIB TELUK SIRIH TAHUN 2025",
       ["bahwa dalam rangka mewujudkan unit pelaksana teknis pemasyarakatan yang bersih dan melayani perlu dilaksanakan pembangunan Zona Integritas menuju Wilayah Bebas dari Korupsi;",
        "bahwa nama-nama yang tercantum dalam Lampiran Keputusan ini telah dipilih melalui rapat pemilihan anggota tim tanggal 3 Januari 2025 dan dipandang mampu melaksanakan tugas;",
        "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan Keputusan Kepala Lembaga Pemasyarakatan Kelas IIB Teluk Sirih tentang Pembentukan Tim Kerja Pembangunan Zona Integritas Tahun 2025;"],
       MENGINGAT,
       [("KESATU", "Membentuk Tim Kerja Pembangunan Zona Integritas menuju Wilayah Bebas dari Korupsi pada Lembaga Pemasyarakatan Kelas IIB Teluk Sirih Tahun 2025 dengan susunan sebagaimana tercantum dalam Lampiran."),
        ("KEDUA", "Tim terdiri atas enam kelompok kerja sesuai area perubahan, bertugas menyusun rencana kerja, melaksanakan, memonitor dan mengevaluasi pembangunan Zona Integritas, dan melaporkan hasilnya kepada Kepala Lapas setiap triwulan."),
        ("KETIGA", "Keputusan ini mulai berlaku pada tanggal ditetapkan sampai dengan 31 Desember 2025.")],
       "6 Januari 2025", size=10.5)
    d.pagebreak()
    d.para("LAMPIRAN KEPUTUSAN KEPALA LAPAS KELAS IIB TELUK SIRIH\nNOMOR W4.PAS.12-OT.02.01-015 TAHUN 2025", align="left", indent=8.0, size=9, after=8)
    d.table([["No", "Kedudukan", "Nama", "Jabatan"]] + [[str(i), r, n, j] for i, (r, n, j) in enumerate(TEAM, 1)], widths=[0.9, 3.8, 6.4, 6.0], size=9, align=["c", "l", "l", "l"])
    d.signature(TTD[0], KALAPAS, [KALAPAS_NIP], size=10, gap=2)
    src = docx_pdf(d, work / "sk_tim_src.pdf", work)
    return scan_pdf(src, EV / A1 / "A.1 Pembentukan Tim/SK TIM PEMBANGUNAN ZI LAPAS 2025.pdf", seed=301, seals=[Seal(KALAPAS_SIG, pages="all", **STAMP)],
                    mode="copier", dpi=150, quality=45, producer="EPSON L5290 Series", page_size=(609.4, 935.4))


PEMILIH = [("RAHMAT HIDAYATULLAH", "Kepala Lapas"), ("NOVI ANDRIANI", "Kasubag TU"), ("JUNAIDI SIHOMBING", "Ka KPLP"), ("FIRMANSYAH PUTRA", "Kasi Binadik dan Giatja"),
           ("DODI KURNIAWAN", "Kasi Adm Kamtib"), ("MIRA YULIANI", "Kaur Kepegawaian dan Keuangan"), ("YOSEF MANURUNG", "Kaur Umum"), ("SRI WAHYUNI", "Kasubsi Registrasi"),
           ("AGUS SALIM NASUTION", "Kasubsi Perawatan"), ("RIKA AMELIA", "Kasubsi Bimkemas"), ("TONI GUNAWAN", "Kasubsi Keamanan"), ("HERU SETIADI", "Kasubsi Pelaporan dan Tatib"),
           ("BAYU PRAKOSO", "Danru Pengamanan II"), ("ANDI FIRDAUS", "Danru Pengamanan IV"), ("dr. OLIVIA TAMBUNAN", "Klinik Pratama"), ("RUDI HARTANTO", "Pengelola Perencanaan"),
           ("REZA PAHLEVI", "Operator SDP"), ("DENI SYAHPUTRA", "Petugas Layanan Kunjungan")]


def notulen_pemilihan(work, logo):
    d = Docx(font_name="Arial", size=10.5)
    kop(d, logo)
    d.center("NOTULA RAPAT", after=0)
    d.center("PEMILIHAN ANGGOTA TIM KERJA PEMBANGUNAN ZONA INTEGRITAS TAHUN 2025", after=10)
    d.kv([("Hari / tanggal", "Jumat / 03-01-2025"), ("Waktu", "09.00 - 11.00 WIB"), ("Tempat", "Aula Lapas Kelas IIB Teluk Sirih"),
          ("Pimpinan rapat", "Kepala Lapas"), ("Peserta", "Pejabat struktural, komandan regu pengamanan, perwakilan staf (daftar hadir terlampir)")], widths=(3.5, 0.4))
    d.para("**Pembahasan**", after=2)
    for t in ["1. Kepala Lapas menyampaikan bahwa Lapas Kelas IIB Teluk Sirih ditetapkan oleh Kantor Wilayah Direktorat Jenderal Pemasyarakatan Riau sebagai satuan kerja yang diusulkan menuju WBK Tahun 2025.",
              "2. Mekanisme: setiap seksi, subbagian, KPLP (empat regu pengamanan) dan klinik mengusulkan calon; kriteria calon: tidak pernah dijatuhi hukuman disiplin sedang/berat, predikat kinerja 2024 minimal Baik, bersedia menandatangani pakta integritas.",
              "3. Calon dinilai oleh Kepala Lapas, Kasubag TU dan Ka KPLP menggunakan lembar penilaian (integritas 40%, kompetensi 30%, komitmen 30%).",
              "4. Dari 27 calon terpilih 15 orang yang mewakili seluruh unsur: Subbagian Tata Usaha, Seksi Binadik dan Giatja, Seksi Administrasi Kamtib, KPLP (regu pengamanan) dan Klinik Pratama.",
              "5. Hasil rapat dituangkan dalam Keputusan Kepala Lapas tentang Pembentukan Tim Kerja ZI Tahun 2025."]:
        d.para(t, indent=1.0, first=-0.5)
    d.signature(["Notulis,"], "YOSEF MANURUNG, S.Kom.", ["NIP 19920407 201503 1 001"], place_date="Teluk Sirih, 3 Januari 2025", size=10,
                left=(["Pimpinan Rapat,", "Kepala Lapas"], KALAPAS, [KALAPAS_NIP], None))
    docx_pdf(d, EV / A1 / "A.1 Pembentukan Tim/Notula Rapat Pemilihan Tim ZI.pdf", work)
    e = Docx(font_name="Arial", size=10, margins=(1.5, 1.5, 2.0, 1.5))
    kop(e, logo)
    e.center("DAFTAR HADIR RAPAT PEMILIHAN ANGGOTA TIM ZI 2025", after=0)
    e.center("Jumat, 3 Januari 2025 - Aula Lapas", bold=False, after=8)
    e.table([["NO", "NAMA", "JABATAN", "PARAF"]] + [[str(i), n, j, ""] for i, (n, j) in enumerate(PEMILIH, 1)], widths=[1.0, 6.8, 6.0, 3.4], size=9, align=["c", "l", "l", "l"])
    src = docx_pdf(e, work / "hadir_src.pdf", work)
    seals = [Seal(n, pages="last", dx=420, dy=-3, w=50, h=12) for n, _ in PEMILIH if n not in ("ANDI FIRDAUS",)]
    return photo_jpg(src, EV / A1 / "A.1 Pembentukan Tim/WhatsApp Image 2025-01-03 at 10.21.44.jpg", seed=302, seals=seals, dpi=115)


ACTIONS = [
    ("I", "Pemilihan anggota dan penetapan SK Tim ZI", "Januari", "Kalapas"),
    ("I", "Penyusunan rencana kerja ZI 2025", "Januari", "Ketua Tim"),
    ("I", "Sosialisasi pembangunan ZI kepada pegawai, WBP dan keluarga", "Februari", "Koordinator Area I"),
    ("I", "Monitoring dan evaluasi triwulanan", "Maret, Juni, September, Desember", "Ketua Tim"),
    ("I", "Penetapan agen perubahan 2025", "Januari", "Kalapas"),
    ("I", "Internalisasi budaya kerja setiap apel Senin", "Januari - Desember", "Kasubag TU"),
    ("II", "Evaluasi SOP pelayanan", "Mei", "Kasi Adm Kamtib"),
    ("II", "Pengembangan aplikasi SI KUNING (pendaftaran kunjungan daring)", "Februari - April", "Operator SDP"),
    ("II", "Pemutakhiran daftar informasi publik", "Maret", "Kasubsi Registrasi"),
    ("III", "Pemutakhiran peta jabatan dan ABK", "Februari", "Kaur Kepegawaian"),
    ("III", "Rotasi petugas pengamanan dan pelayanan", "Maret", "Kalapas"),
    ("III", "Pemenuhan 20 JP pengembangan kompetensi", "Januari - Desember", "Kaur Kepegawaian"),
    ("IV", "Penyusunan LKj 2024", "Januari", "Pengelola Perencanaan"),
    ("IV", "Penandatanganan PK 2025", "Februari", "Kalapas"),
    ("IV", "Rapat evaluasi kinerja bulanan", "Setiap bulan", "Kalapas"),
    ("V", "Kampanye antigratifikasi di ruang kunjungan", "Setiap bulan", "Ka KPLP"),
    ("V", "Penyusunan register risiko", "Februari", "Satgas SPIP"),
    ("V", "Pemetaan benturan kepentingan", "Maret", "Ka KPLP"),
    ("V", "Sosialisasi whistleblowing system", "April", "Ka KPLP"),
    ("VI", "Reviu standar pelayanan melalui FKP", "Mei", "Kasubsi Registrasi"),
    ("VI", "Pelatihan pelayanan prima petugas layanan", "April", "Kasubag TU"),
    ("VI", "Survei kepuasan masyarakat triwulanan", "Maret, Juni, September, Desember", "Kasubsi Registrasi"),
]
LATE = {4: "Belum; menunggu arahan Kanwil tentang agen perubahan 2025", 6: "Belum dilaksanakan", 17: "Dimulai; pemetaan selesai Juni", 18: "Belum dilaksanakan",
        19: "Belum dilaksanakan; dijadwalkan Agustus"}


def rencana_kerja(work, logo):
    d = Docx(font_name="Arial", size=10.5)
    kop(d, logo)
    d.center("RENCANA KERJA PEMBANGUNAN ZONA INTEGRITAS", size=12, after=0)
    d.center("MENUJU WILAYAH BEBAS DARI KORUPSI (WBK)", after=0)
    d.center("LAPAS KELAS IIB TELUK SIRIH TAHUN 2025", after=10)
    d.para("**I. Pendahuluan**", after=2)
    d.para("Lembaga Pemasyarakatan Kelas IIB Teluk Sirih (kapasitas 350 orang, isi 684 warga binaan per 31 Desember 2024, 126 pegawai) ditetapkan sebagai satuan kerja yang diusulkan menuju WBK Tahun 2025. Sejak 2025 Lapas berada di bawah Direktorat Jenderal Pemasyarakatan, Kementerian Imigrasi dan Pemasyarakatan.")
    d.para("**II. Target Prioritas**", after=2)
    d.table([["No", "Target prioritas", "Ukuran keberhasilan", "Target 2025"], ["1", "Predikat WBK", "Nilai LKE hasil evaluasi TPN", ">= 75"],
             ["2", "Layanan kunjungan dan integrasi bebas pungutan", "Temuan pungli/gratifikasi dan pengaduan terbukti", "0"],
             ["3", "Kepuasan keluarga WBP atas layanan", "IKM", ">= 85"], ["4", "Persepsi antikorupsi pengguna layanan", "Nilai survei persepsi antikorupsi", ">= 3,60"],
             ["5", "Layanan integrasi (PB/CB/CMB) tepat waktu", "Usulan integrasi diproses sesuai SOP", "100%"], ["6", "Zero handphone dan narkoba di blok hunian", "Temuan razia", "0"]],
            widths=[0.8, 6.0, 6.2, 3.0], size=9, align=["c", "l", "l", "c"])
    d.para("**III. Rencana Aksi**", after=2)
    d.table([["No", "Area", "Kegiatan", "Waktu", "PJ"]] + [[str(i), a[0], a[1], a[2], a[3]] for i, a in enumerate(ACTIONS, 1)],
            widths=[0.8, 1.0, 8.4, 3.6, 3.2], size=8.5, align=["c", "c", "l", "l", "l"])
    d.signature(["Kepala Lapas Kelas IIB Teluk Sirih,"], KALAPAS, [KALAPAS_NIP], place_date="Teluk Sirih, 13 Januari 2025", size=10.5)
    return docx_pdf(d, EV / A1 / "A.2 Rencana Kerja/Rencana Kerja ZI Lapas Teluk Sirih 2025.pdf", work)


def sosialisasi(work, logo):
    d = Docx(font_name="Arial", size=10.5)
    kop(d, logo)
    d.para("Teluk Sirih, 10 Februari 2025", align="right", after=6)
    d.kv([("Nomor", "W4.PAS.12-UM.01.01-088"), ("Lampiran", "-"), ("Perihal", "Undangan Sosialisasi Pembangunan Zona Integritas")], widths=(2.4, 0.4))
    d.para("Yth. Seluruh Pegawai Lapas Kelas IIB Teluk Sirih\ndi Tempat", align="left", after=6)
    d.para("Dalam rangka pembangunan Zona Integritas menuju WBK Tahun 2025, dimohon kehadiran Saudara pada sosialisasi yang dilaksanakan pada hari Kamis, 13 Februari 2025 pukul 08.30 WIB di Aula Lapas, dengan narasumber Tim Penilai Internal Kantor Wilayah Direktorat Jenderal Pemasyarakatan Riau.", first=1.0)
    d.signature(["Kepala Lapas,"], KALAPAS, [KALAPAS_NIP], size=10.5)
    p1 = docx_pdf(d, work / "und_sos.pdf", work)
    items = [(event_photo(work / f"so{i}.jpg", c, seed=310 + i, banner=b, people=9), c) for i, (c, b) in enumerate([
        ("Sosialisasi ZI kepada pegawai, 13 Februari 2025", "SOSIALISASI ZONA INTEGRITAS\nLAPAS KELAS IIB TELUK SIRIH"),
        ("Penandatanganan komitmen bersama, 13 Februari 2025", "KOMITMEN BERSAMA\nMENUJU WBK 2025")])]
    items.append((event_photo(work / "so3.jpg", "Sosialisasi ZI kepada keluarga WBP di ruang tunggu kunjungan, 14 Februari 2025", 313, people=10,
                              banner="LAYANAN KUNJUNGAN GRATIS\nTIDAK DIPUNGUT BIAYA"), "Sosialisasi kepada keluarga WBP, 14 Februari 2025"))
    rl = RL(work / "lap_sos.pdf", base="Sans", size=10)
    rkop(rl, logo)
    rl.p("NOTULA DAN DOKUMENTASI SOSIALISASI PEMBANGUNAN ZONA INTEGRITAS<br/>LAPAS KELAS IIB TELUK SIRIH", "title")
    rl.kv([("Hari/tanggal", "Kamis, 13 Februari 2025 dan Jumat, 14 Februari 2025"), ("Peserta", "98 pegawai (13 Februari); 64 keluarga WBP di ruang tunggu kunjungan (14 Februari)"),
           ("Narasumber", "Tim Penilai Internal Kanwil Ditjenpas Riau; Kepala Lapas")])
    rl.p("Materi: konsep Zona Integritas dan enam area perubahan, larangan pungutan dalam layanan kunjungan, penitipan barang dan integrasi, serta kanal pengaduan. Pegawai menandatangani komitmen bersama; keluarga WBP menerima leaflet layanan tanpa biaya.")
    rl.image_grid(items, cols=2)
    rl.signature(["Koordinator Area I"], BINADIK, [BINADIK_NIP], place_date="Teluk Sirih, 17 Februari 2025")
    p2 = rl.build()
    return merge_pdfs([p1, p2], EV / A1 / "A.2 Rencana Kerja/Sosialisasi ZI (undangan, notula, foto).pdf")


def monev_tw1(work, logo):
    rl = RL(EV / A1 / "A.3 Monev/Laporan Monev ZI Triwulan I.pdf", base="Serif", size=10.5, footer="Monev ZI Lapas Teluk Sirih TW I 2025 - {page}")
    rkop(rl, logo)
    rl.p("LAPORAN MONITORING DAN EVALUASI PEMBANGUNAN ZONA INTEGRITAS<br/>LAPAS KELAS IIB TELUK SIRIH<br/>TRIWULAN I TAHUN 2025", "title")
    rl.p("Rapat monitoring dan evaluasi dilaksanakan pada tanggal 27-03-2025 di Aula Lapas, dipimpin oleh Kepala Lapas dan dihadiri Ketua Tim serta seluruh koordinator area.")
    rows = [["No", "Area", "Kegiatan", "Jadwal", "Realisasi"]]
    for i, a in enumerate(ACTIONS):
        if any(m in a[2] for m in ("Januari", "Februari", "Maret", "Setiap bulan")):
            rows.append([str(i + 1), a[0], a[1], a[2], {4: "Belum; menunggu arahan Kanwil", 17: "Dimulai, belum selesai", 7: "Uji coba"}.get(i, "Terlaksana")])
    rl.table(rows, [0.8, 1.0, 8.2, 3.6, 3.4], size=8.5)
    rl.p("Rekomendasi", "h2")
    rl.bullets(["Ketua Tim berkoordinasi dengan Kanwil tentang penetapan agen perubahan 2025.", "Ka KPLP menuntaskan pemetaan benturan kepentingan paling lambat April 2025.",
                "Operator SDP menyelesaikan uji coba SI KUNING sebelum April 2025.", "Kasubsi Registrasi menyiapkan Forum Konsultasi Publik pada Mei 2025.",
                "Ka KPLP menjadwalkan sosialisasi whistleblowing system."], mark="1")
    rl.signature(["Ketua Tim ZI"], KASUBAG, [KASUBAG_NIP], place_date="Teluk Sirih, 31 Maret 2025", left=(["Mengetahui,", "Kepala Lapas"], KALAPAS, [KALAPAS_NIP], None))
    return rl.build()


def monev_tw2(work, logo):
    d = Docx(font_name="Arial", size=10)
    kop(d, logo)
    d.center("LAPORAN MONITORING DAN EVALUASI PEMBANGUNAN ZONA INTEGRITAS", after=0)
    d.center("LAPAS KELAS IIB TELUK SIRIH TRIWULAN II TAHUN 2025", after=10)
    d.para("Rapat monev triwulan II dilaksanakan pada hari Kamis, 26 Juni 2025 di Aula Lapas, dipimpin oleh Kepala Subbagian Tata Usaha selaku Ketua Tim karena Kepala Lapas sedang melaksanakan dinas luar ke Kantor Wilayah; hasil rapat dilaporkan kepada Kepala Lapas pada 30 Juni 2025.")
    rows = [["No", "Area", "Kegiatan", "Jadwal", "Realisasi s.d. Juni 2025"]]
    due = 0
    for i, a in enumerate(ACTIONS):
        if "Agustus" in a[2]:
            continue
        due += 1
        rows.append([str(i + 1), a[0], a[1], a[2], LATE.get(i, "Terlaksana")])
    d.table(rows, widths=[0.8, 1.0, 7.6, 3.8, 4.0], size=8.5, align=["c", "c", "l", "l", "l"])
    d.para("Dari 22 kegiatan yang dijadwalkan sampai dengan Juni 2025, 17 kegiatan terlaksana; penetapan agen perubahan, evaluasi SOP, sosialisasi WBS dan FKP belum dilaksanakan, dan pemetaan benturan kepentingan baru selesai pada akhir Juni.")
    d.para("**Rekomendasi**: (1) evaluasi SOP pelayanan dilaksanakan paling lambat Juli 2025; (2) FKP standar pelayanan dilaksanakan Agustus 2025; (3) sosialisasi WBS pada apel Juli 2025.")
    d.signature(["Ketua Tim ZI,"], KASUBAG, [KASUBAG_NIP], place_date="Teluk Sirih, 30 Juni 2025", size=10, left=(["Mengetahui,", "Kepala Lapas"], KALAPAS, [KALAPAS_NIP], None))
    src = docx_pdf(d, work / "monev2_src.pdf", work)
    return scan_pdf(src, EV / A1 / "A.3 Monev/Laporan Monev ZI Triwulan II.pdf", seed=303, seals=[Seal("NOVI ANDRIANI"), Seal(KALAPAS_SIG, **STAMP)],
                    mode="camscan", color=True, dpi=145, quality=48, producer="CamScanner")


def tl_2024(work, logo_old):
    rl = RL(EV / A1 / "A.3 Monev/Laporan Tindak Lanjut Hasil Monev ZI.pdf", base="Serif", size=11)
    rkop(rl, logo_old, lines=KOP_OLD)
    rl.p("LAPORAN TINDAK LANJUT<br/>HASIL MONITORING DAN EVALUASI PEMBANGUNAN ZONA INTEGRITAS<br/>TRIWULAN III", "title")
    rl.p("Menindaklanjuti hasil rapat monitoring dan evaluasi pembangunan Zona Integritas triwulan III tanggal 26 September 2024, dengan ini dilaporkan tindak lanjut atas rekomendasi sebagai berikut:")
    rl.table([["No", "Rekomendasi", "Tindak lanjut", "Status"], ["1", "Penyusunan SOP penitipan barang", "SOP ditetapkan 21 Oktober 2024", "Selesai"],
              ["2", "Pemasangan CCTV ruang kunjungan", "4 unit CCTV terpasang 4 November 2024", "Selesai"], ["3", "Publikasi hasil SKM TW III", "Diunggah ke Instagram 7 Oktober 2024", "Selesai"],
              ["4", "Perbaikan ruang tunggu kunjungan", "Pengadaan kursi tunggu dalam proses", "Proses"]], [0.8, 5.6, 7.4, 2.2], size=9)
    rl.p("Tiga dari empat rekomendasi telah selesai ditindaklanjuti; satu dalam proses pengadaan.")
    rl.signature(["Kepala Lapas Kelas IIB Teluk Sirih"], KALAPAS_OLD, [KALAPAS_OLD_NIP], place_date="Teluk Sirih, 18 November 2024")
    return rl.build()


def sk_agen_lpp(work, logo):
    d = Docx(font_name="Arial", size=10.5)
    kop(d, logo, lines=KOP_LPP, addr=ADDR_LPP)
    head = "KEPALA LEMBAGA PEMASYARAKATAN PEREMPUAN KELAS IIB TELUK SIRIH"
    sk(d, "W4.PAS.19-OT.02.01-022 TAHUN 2025", "PENETAPAN AGEN PERUBAHAN PADA LEMBAGA PEMASYARAKATAN PEREMPUAN KELAS IIB TELUK SIRIH TAHUN 2025",
       ["bahwa dalam rangka percepatan pembangunan Zona Integritas diperlukan agen perubahan sebagai pelopor dan teladan perubahan;",
        "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Keputusan Kepala Lembaga Pemasyarakatan Perempuan Kelas IIB Teluk Sirih;"],
       ["Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 27 Tahun 2014 tentang Pedoman Pembangunan Agen Perubahan di Instansi Pemerintah;"] + MENGINGAT[2:],
       [("KESATU", "Menetapkan Agen Perubahan pada Lembaga Pemasyarakatan Perempuan Kelas IIB Teluk Sirih Tahun 2025: (1) Siska Handayani, S.H. - Seksi Binadik; (2) Putri Ramadani, A.Md.IP. - Regu Pengamanan I; (3) Nurhasanah, S.Kep. - Klinik; (4) Eva Susanti - Layanan Kunjungan; (5) Ratih Permata, S.E. - Subbagian Tata Usaha."),
        ("KEDUA", "Agen perubahan bertugas membuat aksi perubahan di unitnya dan melaporkannya kepada Kepala Lapas Perempuan setiap semester."),
        ("KETIGA", "Keputusan ini berlaku sejak tanggal ditetapkan sampai dengan 31 Desember 2025.")],
       "20 Januari 2025", head=head, ttd=([head + ","], KALAPAS_LPP, ["NIP 19790828 200212 2 001"]), size=10.5)
    return docx_pdf(d, EV / A1 / "A.4 Agen Perubahan/SK Agen Perubahan 2025.pdf", work)


def role_model(work, logo):
    caps = [("Kalapas memimpin apel pagi dan pemeriksaan petugas jaga, 6 Januari 2025", "APEL PAGI", True),
            ("Kalapas melayani langsung pendaftaran kunjungan, 17 Februari 2025", "LAYANAN KUNJUNGAN\nLAPAS TELUK SIRIH", False),
            ("Kalapas memimpin razia blok hunian bersama KPLP, 11 Maret 2025", "RAZIA BLOK HUNIAN", False),
            ("Kalapas memimpin rapat monev ZI Triwulan I, 27 Maret 2025", "RAPAT MONEV ZI TW I 2025", False)]
    items = [(event_photo(work / f"rm{i}.jpg", c, seed=320 + i, banner=b, outdoor=o, uniform=[(40, 60, 110), (50, 70, 120), (35, 55, 100)]), c) for i, (c, b, o) in enumerate(caps)]
    rl = RL(EV / A1 / "A.5 Role Model dan Budaya Kerja/Dokumentasi Role Model Kalapas.pdf", base="Sans", size=10)
    rkop(rl, logo)
    rl.p("DOKUMENTASI KETELADANAN PIMPINAN (ROLE MODEL)<br/>LAPAS KELAS IIB TELUK SIRIH JANUARI - JUNI 2025", "title")
    rl.p("Kepala Lapas menjadi teladan melalui kehadiran tepat waktu (kehadiran apel pagi 100% Januari-Juni 2025), memimpin langsung razia dan kegiatan Zona Integritas, melayani keluarga WBP di layanan kunjungan, serta arahan tertulis Nomor W4.PAS.12-UM.01.01-031 tanggal 8 Januari 2025 tentang larangan menerima imbalan dari keluarga WBP.")
    rl.image_grid(items, cols=2)
    return rl.build()


def budaya_kerja(logo):
    d = Docx(font_name="Arial", size=10.5)
    kop(d, logo)
    d.center("LAPORAN INTERNALISASI BUDAYA KERJA DAN KETERLIBATAN PEGAWAI", after=0)
    d.center("LAPAS KELAS IIB TELUK SIRIH SEMESTER I TAHUN 2025", after=10)
    d.para("**1. Internalisasi nilai**: pembacaan nilai BerAKHLAK dan Tri Dharma Petugas Pemasyarakatan pada setiap apel Senin (24 kali), coaching budaya kerja oleh Ka KPLP kepada regu pengamanan setiap pergantian regu, serta pemilihan \"Petugas Teladan\" bulanan.")
    d.para("**2. Keterlibatan pegawai**: seluruh 126 pegawai menandatangani pakta integritas pada 13 Februari 2025. Kotak ide pegawai dibuka setiap bulan; dari 23 usulan, 6 usulan diputuskan dalam rapat pimpinan dan dilaksanakan (antara lain jalur antrean khusus lansia di layanan kunjungan dan jadwal piket petugas layanan pada hari libur).")
    d.para("**3. Hasil**: survei internal Juni 2025 (118 responden) menunjukkan 88% pegawai mendukung perubahan (Juni 2024: 69%); pegawai yang masih menolak perubahan jadwal layanan turun dari 18% menjadi 5%.")
    d.signature(["Kepala Subbagian Tata Usaha,"], KASUBAG, [KASUBAG_NIP], place_date="Teluk Sirih, Juli 2025", size=10.5)
    return d.save(EV / A1 / "A.5 Role Model dan Budaya Kerja/Laporan Internalisasi Budaya Kerja Smt I 2025.docx")


# --------------------------------------------------------------------------- Area B


def sk_sop_2023(work, logo_old):
    d = Docx(font_name="Times New Roman", size=11)
    kop(d, logo_old, lines=KOP_OLD)
    sk(d, "W4.PAS.PAS.12-PK.01.01.02-087 TAHUN 2023", "STANDAR OPERASIONAL PROSEDUR LAYANAN PADA LEMBAGA PEMASYARAKATAN KELAS IIB TELUK SIRIH",
       ["bahwa untuk menjamin layanan pemasyarakatan yang transparan, akuntabel dan bebas pungutan diperlukan standar operasional prosedur yang mengacu pada peta proses bisnis Direktorat Jenderal Pemasyarakatan;",
        "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Keputusan Kepala Lapas tentang Standar Operasional Prosedur Layanan;"],
       ["Undang-Undang Nomor 22 Tahun 2022 tentang Pemasyarakatan;", "Peraturan Menteri PANRB Nomor 35 Tahun 2012 tentang Pedoman Penyusunan SOP Administrasi Pemerintahan;",
        "Keputusan Direktur Jenderal Pemasyarakatan tentang Peta Proses Bisnis dan Standar Pelayanan Pemasyarakatan;"],
       [("KESATU", "Menetapkan 14 (empat belas) SOP layanan Lapas Kelas IIB Teluk Sirih yang disusun berdasarkan peta proses bisnis Direktorat Jenderal Pemasyarakatan sebagaimana tercantum dalam Lampiran."),
        ("KEDUA", "Setiap SOP mencantumkan kode proses bisnis dan dievaluasi paling sedikit satu kali dalam setahun."),
        ("KETIGA", "Keputusan ini mulai berlaku pada tanggal ditetapkan.")],
       "4 September 2023", ttd=([HEAD + ","], KALAPAS_OLD, [KALAPAS_OLD_NIP]))
    d.pagebreak()
    d.center("LAMPIRAN: DAFTAR SOP LAYANAN LAPAS KELAS IIB TELUK SIRIH", size=11, after=6)
    sops = [("PAS.YAN.01", "Layanan kunjungan tatap muka"), ("PAS.YAN.01", "Layanan kunjungan daring (video call)"), ("PAS.YAN.02", "Penitipan barang dan makanan"),
            ("PAS.YAN.03", "Pengurusan pembebasan bersyarat"), ("PAS.YAN.03", "Pengurusan cuti bersyarat dan cuti menjelang bebas"), ("PAS.YAN.04", "Pengusulan remisi"),
            ("PAS.YAN.05", "Layanan informasi dan pengaduan"), ("PAS.REG.01", "Registrasi penerimaan tahanan/narapidana"), ("PAS.REG.02", "Pengeluaran narapidana bebas"),
            ("PAS.PRW.01", "Layanan kesehatan WBP"), ("PAS.KAM.01", "Penggeledahan blok hunian"), ("PAS.KAM.02", "Penggeledahan pengunjung"),
            ("PAS.BIN.01", "Pembinaan kemandirian"), ("PAS.DUK.01", "Pengelolaan kepegawaian")]
    d.table([["No", "Kode proses bisnis", "Nama SOP"]] + [[str(i), c, n] for i, (c, n) in enumerate(sops, 1)], widths=[1.0, 4.0, 12.0], size=9.5, align=["c", "c", "l"])
    return docx_pdf(d, EV / A2 / "B.1 SOP/SK Kalapas tentang SOP Layanan 2023.pdf", work)


def notulen_evaluasi_sop_broken(work, logo):
    d = Docx(font_name="Arial", size=10.5)
    kop(d, logo)
    d.center("NOTULA RAPAT EVALUASI SOP LAYANAN 2025", after=8)
    d.para("Rapat evaluasi SOP layanan dipimpin Kepala Lapas pada 24 Juli 2025. Seluruh 14 SOP layanan dievaluasi; 4 SOP diusulkan untuk diperbaiki (kunjungan daring, penitipan barang, pembebasan bersyarat, layanan pengaduan).")
    d.table([["No", "SOP", "Hasil", "Usulan perbaikan"], ["1", "Kunjungan daring", "Perlu perbaikan", "Integrasi SI KUNING"], ["2", "Penitipan barang", "Perlu perbaikan", "Batas waktu 30 menit"]], widths=[1, 5, 4, 6])
    src = d.save(work / "notula_sop.docx")
    return broken_docx(src, EV / A2 / "B.1 SOP/Notula Evaluasi SOP 2025.docx", keep=0.45)


def screenshots_ti(work, logo):
    shots = [
        (screenshot(work / "t1.jpg", "app", "SDP - Sistem Database Pemasyarakatan", "UPT: LAPAS KELAS IIB TELUK SIRIH",
                    ["Isi: 691 WBP | Kapasitas: 350 | Per 2025-06-30 07:00", "Usulan integrasi diproses: PB 41, CB 12, CMB 9 (Jan-Jun 2025)"], 331,
                    table=[["Layanan", "Jumlah", "Status"], ["Kunjungan tatap muka", "8.214", "Tercatat"], ["Kunjungan daring", "1.906", "Tercatat"], ["Penitipan barang", "5.530", "Tercatat"]]),
         "Sistem Database Pemasyarakatan (terpusat Ditjenpas)"),
        (screenshot(work / "t2.jpg", "web", "https://sikuning.lapasteluksirih.id", "SI KUNING - Kunjungan Online Nyaman",
                    ["Daftar kunjungan H-1 dengan NIK dan nomor registrasi WBP", "Pilih sesi: 08.30 / 10.00 / 13.30", "Kode QR dipindai petugas, tanpa antre di loket",
                     "Layanan GRATIS - laporkan pungutan ke 0812-7600-2145"], 332, accent=(30, 60, 150)),
         "SI KUNING, aplikasi inovasi Lapas untuk pendaftaran kunjungan"),
        (screenshot(work / "t3.jpg", "app", "e-Kinerja BKN", "Penilaian Kinerja Pegawai - Lapas Kelas IIB Teluk Sirih",
                    ["Periode penilaian: Bulanan", "Juni 2025: 121 dari 126 pegawai telah dinilai atasan"], 333,
                    table=[["Bulan", "Dinilai", "Baik/Sangat Baik"], ["Januari", "126", "119"], ["Maret", "125", "120"], ["Juni", "121", "117"]]),
         "e-Kinerja BKN (terpusat) untuk penilaian kinerja individu"),
        (screenshot(work / "t4.jpg", "app", "SIMPEG Kementerian", "Profil Pegawai Satker Lapas Teluk Sirih",
                    ["Jumlah pegawai: 126 | Pemutakhiran data mandiri: 2025-05-12"], 334,
                    table=[["NIP", "Nama", "Jabatan"], ["198104232000121001", "RAHMAT H.", "Kepala Lapas"], ["198609112009122004", "NOVI A.", "Kasubag TU"]]),
         "SIMPEG kementerian (terpusat)"),
    ]
    rl = RL(EV / A2 / "B.2 SPBE/Tangkapan layar aplikasi SDP SIMPEG e-Kinerja SI KUNING.pdf", base="Sans", size=10)
    rkop(rl, logo)
    rl.p("PEMANFAATAN TEKNOLOGI INFORMASI<br/>LAPAS KELAS IIB TELUK SIRIH TAHUN 2025", "title")
    for p, c in shots:
        rl.image(p, 15.0, c)
    return rl.build()


def layanan_informasi(work, logo):
    rl = RL(EV / A2 / "B.3 Keterbukaan Informasi/Laporan Layanan Informasi Publik Semester I 2025.pdf", base="Serif", size=11)
    rkop(rl, logo)
    rl.p("LAPORAN MONITORING DAN EVALUASI LAYANAN INFORMASI PUBLIK<br/>LAPAS KELAS IIB TELUK SIRIH SEMESTER I TAHUN 2025", "title")
    rl.p("Layanan informasi publik Lapas Kelas IIB Teluk Sirih dilaksanakan oleh petugas PPID pelaksana satker berdasarkan penunjukan PPID Kantor Wilayah, melalui meja informasi di ruang layanan, laman lapasteluksirih.ditjenpas.go.id, Instagram dan WhatsApp layanan.")
    rl.table([["Bulan", "Permohonan informasi", "Dipenuhi", "Rata-rata waktu (hari kerja)"], ["Januari", "11", "11", "1"], ["Februari", "14", "14", "1"], ["Maret", "9", "9", "2"],
              ["April", "16", "15", "1"], ["Mei", "12", "12", "1"], ["Juni", "10", "10", "1"], ["Jumlah", "72", "71", "1,2"]], [4.0, 4.0, 3.0, 5.0], size=9.5, bold_last=True)
    rl.p("Hasil evaluasi", "h2")
    rl.bullets(["Daftar informasi publik telah dimutakhirkan pada Maret 2025 dan diunggah pada laman; informasi hak integrasi (PB/CB/CMB) belum memuat estimasi waktu.",
                "Satu permohonan ditolak karena termasuk informasi yang dikecualikan (data pribadi WBP)."], mark="1")
    rl.p("Tindak lanjut", "h2")
    rl.bullets(["Estimasi waktu layanan integrasi ditambahkan pada laman dan papan informasi (selesai 14 Juli 2025).", "Pemutakhiran daftar informasi publik dijadwalkan setiap triwulan."], mark="1")
    rl.signature(["Kepala Subseksi Registrasi"], "SRI WAHYUNI, S.Sos.", ["NIP 19870322 201001 2 011"], place_date="Teluk Sirih, 15 Juli 2025",
                 left=(["Mengetahui,", "Kepala Lapas"], KALAPAS, [KALAPAS_NIP], None))
    return rl.build()


# --------------------------------------------------------------------------- Area C


def abk(work, logo):
    rl = RL(EV / A3 / "C.1 Kebutuhan Pegawai/Peta Jabatan dan ABK Lapas 2025.pdf", base="Sans", size=10)
    rkop(rl, logo)
    rl.p("PETA JABATAN DAN ANALISIS BEBAN KERJA<br/>LAPAS KELAS IIB TELUK SIRIH TAHUN 2025", "title")
    rl.p("Disusun pada Februari 2025 berdasarkan Peraturan Menteri PANRB Nomor 1 Tahun 2020 dan struktur organisasi UPT Pemasyarakatan. Rasio petugas pengamanan terhadap WBP per regu menjadi dasar perhitungan jabatan Penjaga Tahanan.")
    data = [("Kepala Lapas", 1, 1), ("Kepala Subbagian Tata Usaha", 1, 1), ("Kepala KPLP", 1, 1), ("Kepala Seksi", 2, 2), ("Kepala Urusan/Subseksi", 6, 6),
            ("Penjaga Tahanan (4 regu)", 68, 52), ("Petugas P2U", 8, 8), ("Pembina Keamanan Pemasyarakatan", 6, 4), ("Pengelola Layanan Kunjungan", 6, 5),
            ("Pengadministrasi Registrasi", 6, 6), ("Perawat/Dokter Klinik", 5, 4), ("Pembimbing Kemasyarakatan (pembinaan)", 6, 5), ("Pengelola Kepegawaian dan Keuangan", 5, 4),
            ("Operator SDP", 3, 2), ("Pengadministrasi Umum", 10, 25)]
    rows = [["No", "Jabatan", "Kebutuhan (ABK)", "Bezetting", "Selisih"]]
    for i, (j, n, h) in enumerate(data, 1):
        rows.append([str(i), j, str(n), str(h), f"{h - n:+d}"])
    rows.append(["", "JUMLAH", str(sum(x[1] for x in data)), str(sum(x[2] for x in data)), f"{sum(x[2] - x[1] for x in data):+d}"])
    rl.table(rows, [1.0, 8.4, 2.8, 2.4, 2.4], size=9, bold_last=True)
    rl.p("Rencana kebutuhan: usulan 16 Penjaga Tahanan dan 2 Pembina Keamanan kepada Kanwil untuk formasi 2026; kelebihan 15 pengadministrasi umum diusulkan untuk dialihkan ke jabatan Penjaga Tahanan melalui pelatihan.")
    rl.signature(["Kepala Lapas"], KALAPAS, [KALAPAS_NIP], place_date="Teluk Sirih, 21 Februari 2025")
    return rl.build()


def sk_rotasi(work, logo):
    d = Docx(font_name="Arial", size=10.5)
    kop(d, logo)
    sk(d, "W4.PAS.12-KP.04.01-041 TAHUN 2025", "ROTASI PEGAWAI DI LINGKUNGAN LEMBAGA PEMASYARAKATAN KELAS IIB TELUK SIRIH",
       ["bahwa dalam rangka penyegaran, pengembangan karier dan pencegahan penyalahgunaan wewenang pada pos layanan dan pengamanan perlu dilakukan rotasi pegawai;",
        "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Keputusan Kepala Lapas;"],
       ["Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;", "Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen PNS sebagaimana telah diubah dengan Peraturan Pemerintah Nomor 17 Tahun 2020;"],
       [("KESATU", "Merotasi pegawai sebagaimana tercantum dalam Lampiran, terhitung mulai tanggal 17 Maret 2025."),
        ("KEDUA", "Pegawai yang dirotasi wajib melaksanakan serah terima tugas paling lambat 7 (tujuh) hari sejak Keputusan ini ditetapkan."),
        ("KETIGA", "Keputusan ini mulai berlaku pada tanggal ditetapkan.")],
       "12 Maret 2025", size=10.5)
    d.pagebreak()
    d.center("LAMPIRAN: DAFTAR ROTASI PEGAWAI MARET 2025", size=10.5, after=6)
    d.table([["No", "Nama / NIP", "Tugas lama", "Tugas baru", "Keterangan"],
             ["1", "Deni Syahputra / 19950611 201801 1 002", "Petugas Layanan Kunjungan", "Regu Pengamanan III", "Masa tugas layanan 3 tahun"],
             ["2", "Lina Marlina / 19960420 201903 2 005", "Pengadministrasi Umum", "Petugas Layanan Kunjungan", "Lulus pelatihan pelayanan prima"],
             ["3", "Bayu Prakoso / 19910301 201403 1 004", "Danru Pengamanan II", "Petugas P2U", "Penyegaran"],
             ["4", "Andi Firdaus / 19930814 201601 1 001", "Danru Pengamanan IV", "Danru Pengamanan II", "Penyegaran"],
             ["5", "Fitri Handayani / 19940907 201801 2 003", "Staf Registrasi", "Operator SDP", "Sertifikat operator SDP"],
             ["6", "Riko Saputra / 19970125 202012 1 002", "Regu Pengamanan I", "Staf Registrasi", "Penyegaran"]],
            widths=[0.8, 4.8, 3.6, 3.6, 4.2], size=8.5, align=["c", "l", "l", "l", "l"])
    return docx_pdf(d, EV / A3 / "C.2 Mutasi/SK Rotasi Pegawai Maret 2025.pdf", work)


def rekap_diklat():
    rnd = random.Random(335)
    first = ["Agus", "Budi", "Citra", "Dedi", "Eka", "Fajar", "Gita", "Hadi", "Indra", "Joko", "Kiki", "Lina", "Maya", "Nanda", "Oki", "Putra", "Rina", "Sari", "Tono", "Wati"]
    last = ["Saputra", "Siregar", "Lubis", "Hasibuan", "Pratama", "Wijaya", "Nasution", "Harahap", "Simbolon", "Rahmawati"]
    acts = ["Pelatihan teknis pengamanan (e-learning Poltekip)", "Pelatihan pelayanan prima", "In-house training SDP", "Coaching clinic KPLP", "Webinar pembinaan kemandirian",
            "Pelatihan dasar CPNS", "Pelatihan penanganan overkapasitas"]
    rows = [["No", "Nama", "Unit", "Kegiatan pengembangan kompetensi", "Bulan", "JP"]]
    units = ["KPLP"] * 7 + ["Binadik dan Giatja", "Adm Kamtib", "Tata Usaha", "Klinik"]
    per_person = []
    for i in range(126):
        nm = f"{rnd.choice(first)} {rnd.choice(last)}"
        k = 1 + (i % 3 == 0) + (i % 7 == 0)
        tot = 0
        for j in range(k):
            jp = rnd.choice([4, 6, 8, 10, 12, 16])
            tot += jp
            rows.append([len(rows), nm, rnd.choice(units), rnd.choice(acts), rnd.choice(["Januari", "Februari", "Maret", "April", "Mei", "Juni"]), jp])
        per_person.append(tot)
    summ = [["Uraian", "Jumlah"], ["Pegawai seluruhnya", 126], ["Pegawai yang mengikuti pengembangan kompetensi (Jan-Jun 2025)", 126],
            ["Pegawai yang telah memenuhi 20 JP", sum(1 for t in per_person if t >= 20)], ["Rata-rata JP per pegawai", round(sum(per_person) / 126, 1)]]
    return write_xlsx(EV / A3 / "C.3 Pengembangan Kompetensi/REKAP DIKLAT PEGAWAI 2025.xlsx", [
        {"name": "Rekap", "title": ["REKAPITULASI PENGEMBANGAN KOMPETENSI PEGAWAI", "LAPAS KELAS IIB TELUK SIRIH JANUARI - JUNI 2025"], "rows": summ, "widths": [60, 12]},
        {"name": "Rincian", "title": ["RINCIAN KEGIATAN PENGEMBANGAN KOMPETENSI 2025"], "rows": rows, "widths": [6, 24, 18, 48, 12, 6], "freeze": "A4"},
    ])


def kinerja_bulanan(work, logo):
    rl = RL(EV / A3 / "C.4 Kinerja Pegawai/Rekap Penilaian Kinerja Bulanan Jan-Jun 2025.pdf", base="Sans", size=10, landscape_page=True)
    rkop(rl, logo)
    rl.p("REKAPITULASI PENILAIAN KINERJA PEGAWAI BULANAN (e-KINERJA)<br/>LAPAS KELAS IIB TELUK SIRIH JANUARI - JUNI 2025", "title")
    rl.p("Penilaian kinerja individu dilakukan setiap bulan oleh atasan langsung melalui aplikasi e-Kinerja BKN berdasarkan SKP 2025 yang diturunkan dari Perjanjian Kinerja Kepala Lapas.")
    rl.table([["Unit", "Pegawai", "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Predikat Baik/Sangat Baik (Jun)"],
              ["Subbagian Tata Usaha", "18", "18", "18", "18", "18", "17", "17", "17"], ["Seksi Binadik dan Giatja", "14", "14", "14", "14", "13", "14", "14", "13"],
              ["Seksi Administrasi Kamtib", "16", "16", "16", "15", "16", "16", "15", "15"], ["KPLP (4 regu dan P2U)", "72", "72", "71", "72", "71", "70", "69", "66"],
              ["Klinik Pratama", "6", "6", "6", "6", "6", "6", "6", "6"], ["Jumlah", "126", "126", "125", "125", "124", "123", "121", "117"]],
             [6.0, 2.0, 1.6, 1.6, 1.6, 1.6, 1.6, 1.6, 5.0], size=9, bold_last=True)
    rl.signature(["Kepala Urusan Kepegawaian dan Keuangan"], "MIRA YULIANI, S.H.", ["NIP 19890714 201101 2 006"], place_date="Teluk Sirih, 7 Juli 2025")
    return rl.build()


def sk_hukdis(work, logo):
    d = Docx(font_name="Times New Roman", size=11.5)
    kop(d, logo)
    sk(d, "W4.PAS.12-KP.10.01-007 TAHUN 2025", "PENJATUHAN HUKUMAN DISIPLIN TEGURAN TERTULIS",
       ["bahwa berdasarkan Berita Acara Pemeriksaan tanggal 3 Maret 2025, Saudara Riko Saputra, NIP 19970125 202012 1 002, terbukti tidak masuk kerja tanpa alasan yang sah selama 4 (empat) hari kerja pada Februari 2025;",
        "bahwa perbuatan tersebut melanggar kewajiban masuk kerja dan menaati ketentuan jam kerja sebagaimana dimaksud dalam Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil;"],
       ["Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil;", "Peraturan Badan Kepegawaian Negara Nomor 6 Tahun 2022 tentang Peraturan Pelaksanaan PP 94/2021;"],
       [("KESATU", "Menjatuhkan hukuman disiplin ringan berupa teguran tertulis kepada Saudara Riko Saputra, NIP 19970125 202012 1 002, Regu Pengamanan I."),
        ("KEDUA", "Keputusan ini disampaikan kepada yang bersangkutan untuk dilaksanakan."), ("KETIGA", "Keputusan ini mulai berlaku pada tanggal ditetapkan.")],
       "5 Maret 2025")
    src = docx_pdf(d, work / "hukdis_src.pdf", work)
    return scan_pdf(src, EV / A3 / "C.5 Disiplin/SK Hukuman Disiplin 2025.pdf", seed=304, seals=[Seal(KALAPAS_SIG, **STAMP)], mode="hostile", dpi=140, producer="Canon iR2520 copy")


def disiplin(work, logo):
    rl = RL(EV / A3 / "C.5 Disiplin/Laporan Penegakan Disiplin Smt I 2025.pdf", base="Serif", size=11)
    rkop(rl, logo)
    rl.p("LAPORAN PENEGAKAN DISIPLIN DAN KODE ETIK PEGAWAI<br/>LAPAS KELAS IIB TELUK SIRIH SEMESTER I TAHUN 2025", "title")
    rl.table([["Tahun", "Pelanggaran disiplin", "Pelanggaran kode etik", "Jumlah", "Telah dijatuhi hukuman/sanksi", "Proses"],
              ["2024", "4", "1", "5", "5", "0"], ["2025 (Jan-Jun)", "2", "0", "2", "1", "1"]], [3.4, 3.0, 3.0, 2.0, 3.6, 1.6], size=9)
    rl.p("Penurunan jumlah pelanggaran (Januari-Juni) dibanding tahun 2024: dari 5 menjadi 2 (60%). Satu pelanggaran tahun 2025 telah dijatuhi hukuman disiplin teguran tertulis (5 Maret 2025); satu perkara masih diperiksa.")
    rl.p("Pelaksanaan aturan disiplin dan kode etik: Kode Etik dan Kode Perilaku Pegawai Pemasyarakatan disosialisasikan pada apel setiap Senin, pemeriksaan petugas sebelum masuk pos jaga (P2U) termasuk larangan membawa telepon genggam ke blok hunian, presensi sidik jari dan wajah, serta sidang kode etik oleh Majelis Kode Etik Kanwil bagi pelanggaran kode etik.")
    rl.signature(["Kepala Subbagian Tata Usaha"], KASUBAG, [KASUBAG_NIP], place_date="Teluk Sirih, 4 Juli 2025")
    return rl.build()


# --------------------------------------------------------------------------- Area D

IKU = [("Meningkatnya kualitas pelayanan dan pembinaan warga binaan", "Persentase WBP yang mengikuti program pembinaan kemandirian", "%", "60"),
       ("Meningkatnya kualitas pelayanan dan pembinaan warga binaan", "Persentase usulan integrasi yang diproses tepat waktu", "%", "100"),
       ("Terwujudnya keamanan dan ketertiban Lapas", "Jumlah gangguan keamanan dan ketertiban", "kejadian", "0"),
       ("Meningkatnya kepuasan pengguna layanan", "Indeks kepuasan masyarakat", "indeks", "85")]


def pk(work, logo):
    d = Docx(font_name="Arial", size=11)
    kop(d, logo)
    d.center("PERJANJIAN KINERJA TAHUN 2025", size=12.5, after=10)
    d.para("Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:", after=6)
    d.kv([("Nama", "Rahmat Hidayatullah, A.Md.IP., S.H., M.H."), ("Jabatan", "Kepala Lembaga Pemasyarakatan Kelas IIB Teluk Sirih")], widths=(2.5, 0.4))
    d.para("selanjutnya disebut pihak pertama,", after=4)
    d.kv([("Nama", "Drs. Sutrisno Widjaya, Bc.IP., M.Si."), ("Jabatan", "Kepala Kantor Wilayah Direktorat Jenderal Pemasyarakatan Riau")], widths=(2.5, 0.4))
    d.para("selaku atasan pihak pertama, selanjutnya disebut pihak kedua.", after=6)
    d.para("Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami. Pihak kedua akan melakukan supervisi serta evaluasi terhadap capaian kinerja dari perjanjian ini.", after=8)
    d.signature(["Pihak Pertama,"], KALAPAS, [KALAPAS_NIP], place_date="Pekanbaru,      Februari 2025", size=10.5,
                left=(["Pihak Kedua,"], KAKANWIL, ["NIP 19690817 199303 1 001"], None))
    d.pagebreak()
    d.center("LAMPIRAN PERJANJIAN KINERJA TAHUN 2025\nLAPAS KELAS IIB TELUK SIRIH", size=11, after=8)
    d.table([["No", "Sasaran", "Indikator kinerja", "Target"]] + [[str(i), s, ind, f"{t} {u}"] for i, (s, ind, u, t) in enumerate(IKU, 1)],
            widths=[0.8, 5.6, 7.4, 2.4], size=9.5, align=["c", "l", "l", "c"])
    d.para("Anggaran: Rp 9.482.614.000,- (DIPA Lapas Kelas IIB Teluk Sirih Tahun 2025)", size=10)
    d.signature(["Pihak Pertama,"], KALAPAS, [KALAPAS_NIP], size=10.5, left=(["Pihak Kedua,"], KAKANWIL, ["NIP 19690817 199303 1 001"], None))
    src = docx_pdf(d, work / "pk_src.pdf", work)
    return scan_pdf(src, EV / A4 / "D.1 Perencanaan/Perjanjian Kinerja Kalapas 2025.pdf", seed=305,
                    seals=[Seal(KALAPAS_SIG, pages="all", **STAMP), Seal(KAKANWIL_SIG, pages="all", **STAMP_KANWIL)], mode="copier", dpi=150, quality=46)


def rkt(work, logo):
    d = Docx(font_name="Times New Roman", size=11.5)
    kop(d, logo)
    d.center("RENCANA KINERJA TAHUNAN (RKT)", size=13, after=0)
    d.center("LEMBAGA PEMASYARAKATAN KELAS IIB TELUK SIRIH TAHUN 2025", after=10)
    d.para("Rencana Kinerja Tahunan Tahun 2025 disusun sebagai dasar penyusunan Perjanjian Kinerja Tahun 2025, mengacu pada tugas dan fungsi UPT Pemasyarakatan dan arah kebijakan Direktorat Jenderal Pemasyarakatan.")
    d.table([["No", "Sasaran", "Indikator kinerja", "Target 2025"]] + [[str(i), s, ind, f"{t} {u}"] for i, (s, ind, u, t) in enumerate(IKU, 1)],
            widths=[0.8, 5.6, 7.4, 2.4], size=9.5, align=["c", "l", "l", "c"])
    d.para("Kegiatan utama: pembinaan kepribadian dan kemandirian WBP, pelayanan tahanan dan integrasi, pengamanan dan ketertiban, dukungan manajemen.")
    d.signature(["Kepala Lapas Kelas IIB Teluk Sirih,"], KALAPAS, [KALAPAS_NIP], place_date="Teluk Sirih, 20 Januari 2025", size=11)
    return docx_pdf(d, EV / A4 / "D.1 Perencanaan/Rencana Kinerja Tahunan 2025.pdf", work)


def renstra_old(work, logo_old):
    rl = RL(EV / A4 / "D.1 Perencanaan/Renstra Lapas Teluk Sirih.pdf", base="Serif", size=11, footer="Rencana Strategis Lapas Kelas IIB Teluk Sirih 2020-2024 | {page}")
    rl.sp(3)
    rl.image(logo_old, 3.2)
    rl.p("RENCANA STRATEGIS<br/>LEMBAGA PEMASYARAKATAN KELAS IIB TELUK SIRIH", "big")
    rl.p("KANTOR WILAYAH KEMENTERIAN HUKUM DAN HAK ASASI MANUSIA RIAU", "subtitle")
    rl.br()
    rl.p("BAB I PENDAHULUAN", "h1")
    rl.p("Rencana Strategis Lapas Kelas IIB Teluk Sirih disusun untuk periode lima tahun sebagai penjabaran Rencana Strategis Kementerian Hukum dan HAM Tahun 2020-2024 dan menjadi acuan penyusunan Rencana Kinerja Tahunan serta Perjanjian Kinerja.")
    rl.p("BAB II SASARAN DAN TARGET", "h1")
    rl.table([["Sasaran", "Indikator", "2020", "2021", "2022", "2023", "2024"],
              ["Meningkatnya kualitas pembinaan WBP", "Persentase WBP mengikuti pembinaan kemandirian", "40", "45", "50", "55", "58"],
              ["Meningkatnya pelayanan integrasi", "Persentase usulan integrasi tepat waktu", "85", "90", "95", "100", "100"],
              ["Terwujudnya kamtib", "Jumlah gangguan kamtib", "2", "1", "0", "0", "0"], ["Meningkatnya kepuasan layanan", "IKM", "78", "80", "81", "82", "84"]],
             [4.4, 5.2, 1.2, 1.2, 1.2, 1.2, 1.2], size=8.5)
    rl.p("BAB III PENUTUP", "h1")
    rl.p("Renstra ini ditinjau apabila terjadi perubahan kebijakan nasional atau organisasi.")
    rl.signature(["Kepala Lapas Kelas IIB Teluk Sirih"], "ZULKARNAIN, Bc.IP., S.H.", ["NIP 19680913 198903 1 001"], place_date="Teluk Sirih, 27 Februari 2020")
    return rl.build()


def lkj_2024(work, logo):
    rl = RL(work / "lkj.pdf", base="Serif", size=11, footer="LKj Lapas Kelas IIB Teluk Sirih Tahun 2024 - {page}")
    rkop(rl, logo)
    rl.p("LAPORAN KINERJA (LKj)<br/>LEMBAGA PEMASYARAKATAN KELAS IIB TELUK SIRIH<br/>TAHUN 2024", "title")
    rl.p("Laporan kinerja ini merupakan pertanggungjawaban atas Perjanjian Kinerja Tahun 2024 yang ditandatangani Kepala Lapas dengan Kepala Kantor Wilayah Kementerian Hukum dan HAM Riau. Sejak 1 Januari 2025 laporan disampaikan kepada Kantor Wilayah Direktorat Jenderal Pemasyarakatan Riau.")
    rl.p("Capaian Kinerja Tahun 2024", "h1")
    rl.table([["No", "Indikator", "Target 2024", "Realisasi 2024", "Capaian", "Realisasi 2023"],
              ["1", IKU[0][1], "58%", "61,4%", "105,9%", "54,2%"], ["2", IKU[1][1], "100%", "100%", "100%", "97,8%"],
              ["3", IKU[2][1], "0", "1 (perkelahian blok C, 14 Agustus 2024)", "0%", "0"], ["4", IKU[3][1], "84", "86,2", "102,6%", "83,1"]],
             [0.7, 5.6, 2.0, 3.6, 1.8, 2.2], size=8.5)
    rl.p("Tiga dari empat sasaran tercapai 100% atau lebih; sasaran keamanan dan ketertiban tidak tercapai karena satu kejadian perkelahian antar-WBP di blok C akibat overkapasitas (195%). Dibanding 2023 capaian pembinaan kemandirian, integrasi dan IKM meningkat.")
    rl.p("Realisasi Anggaran Tahun 2024", "h1")
    rl.table([["Program", "Pagu (Rp)", "Realisasi (Rp)", "%"], ["Pembinaan dan pelayanan pemasyarakatan", "6.118.400.000", "5.989.302.150", "97,89"],
              ["Dukungan manajemen", "3.102.900.000", "3.061.776.400", "98,67"], ["Jumlah", "9.221.300.000", "9.051.078.550", "98,15"]], [7.0, 3.4, 3.4, 1.6], size=8.5, bold_last=True)
    rl.signature(["Kepala Lapas Kelas IIB Teluk Sirih"], KALAPAS, [KALAPAS_NIP], place_date="Teluk Sirih, 14 Januari 2025")
    p1 = rl.build()
    shot = screenshot(work / "esakip.jpg", "web", "https://esakip.ditjenpas.go.id/upt/lapas-teluk-sirih", "e-SAKIP Ditjen Pemasyarakatan",
                      ["Satker: Lapas Kelas IIB Teluk Sirih (Kanwil Ditjenpas Riau)", "Dokumen: Laporan Kinerja Tahun 2024 - status: Terunggah",
                       "Tanggal unggah: 20/01/2025 09:41 WIB", "Batas akhir unggah LKj UPT: 31/01/2025"], 340, accent=(30, 60, 150))
    rl = RL(work / "bukti.pdf", base="Sans", size=10)
    rl.p("BUKTI UNGGAH LAPORAN KINERJA TAHUN 2024", "title")
    rl.image(shot, 16.0, "Tangkapan layar aplikasi e-SAKIP, 20 Januari 2025")
    p2 = rl.build()
    return merge_pdfs([p1, p2], EV / A4 / "D.2 Laporan Kinerja/LKj Lapas Teluk Sirih 2024 + bukti unggah.pdf")


def notulen_kinerja(logo):
    d = Docx(font_name="Calibri", size=11)
    kop(d, logo)
    d.center("NOTULA RAPAT EVALUASI CAPAIAN KINERJA BULANAN", after=0)
    d.center("LAPAS KELAS IIB TELUK SIRIH JANUARI - JUNI 2025", after=10)
    meetings = [("03-02-2025", "Januari", "PK 2025 disepakati; operator SDP memvalidasi data integrasi setiap pekan."),
                ("04-03-2025", "Februari", "Capaian pembinaan kemandirian 47%; Kasi Binadik menambah kelas las dan menjahit."),
                ("03-04-2025", "Maret", "Usulan integrasi tepat waktu 100%; Ka KPLP memperketat P2U setelah temuan 2 telepon genggam."),
                ("06-05-2025", "April", "IKM TW I 86,8; Kasubsi Registrasi menindaklanjuti unsur waktu layanan."),
                ("03-06-2025", "Mei", "Tidak ada gangguan kamtib; razia gabungan dengan BNNK dijadwalkan Juni."),
                ("02-07-2025", "Juni", "Capaian semester I dilaporkan ke Kanwil; tindak lanjut arahan Mei telah dilaksanakan.")]
    d.table([["Tanggal rapat", "Capaian bulan", "Pembahasan, arahan Kepala Lapas dan tindak lanjut"]] + [list(m) for m in meetings], widths=[3.0, 2.6, 11.4], size=9.5)
    d.para("Seluruh rapat dipimpin Kepala Lapas dan dihadiri pejabat struktural serta penanggung jawab indikator; tindak lanjut arahan rapat sebelumnya dilaporkan pada awal setiap rapat.")
    d.signature(["Notulis,"], "RUDI HARTANTO, S.E.", ["NIP 19910530 201403 1 002"], place_date="Teluk Sirih, 2 Juli 2025", size=10.5,
                left=(["Mengetahui,", "Kepala Lapas"], KALAPAS, [KALAPAS_NIP], None))
    return d.save(EV / A4 / "D.3 Evaluasi Kinerja/Notula Rapat Evaluasi Kinerja Bulanan 2025.docx")


# --------------------------------------------------------------------------- Area E


def gratifikasi(work, logo):
    items = [(event_photo(work / "g1.jpg", "Banner antigratifikasi di ruang tunggu kunjungan, Januari 2025", 350, people=6, banner="KUNJUNGAN GRATIS!\nTOLAK GRATIFIKASI DAN PUNGLI"), "Januari 2025 - banner ruang tunggu"),
             (screenshot(work / "g2.jpg", "post", "lapasteluksirih", "LAYANAN GRATIS", ["Kunjungan, penitipan barang, PB/CB/CMB", "tidak dipungut biaya.", "Laporkan: 0812-7600-2145",
                                                                                   "lapasteluksirih  12 Maret 2025 - 133 suka"], 351, accent=(30, 60, 150)), "Maret 2025 - Instagram"),
             (event_photo(work / "g3.jpg", "Pengumuman antigratifikasi melalui pengeras suara sebelum sesi kunjungan, Mei 2025", 352, people=8, banner="ZONA BEBAS GRATIFIKASI"), "Mei 2025 - pengumuman sesi kunjungan")]
    rl = RL(EV / A5 / "E.1 Gratifikasi/Laporan Pengendalian Gratifikasi TW I-II 2025.pdf", base="Sans", size=10)
    rkop(rl, logo)
    rl.p("LAPORAN PENGENDALIAN GRATIFIKASI<br/>LAPAS KELAS IIB TELUK SIRIH TRIWULAN I DAN II TAHUN 2025", "title")
    rl.p("Pengendalian gratifikasi dilaksanakan mengikuti Unit Pengendalian Gratifikasi Kantor Wilayah Direktorat Jenderal Pemasyarakatan Riau; Lapas menunjuk Ka KPLP sebagai petugas penghubung UPG dengan Surat Tugas Nomor W4.PAS.12-UM.01.01-019 tanggal 7 Januari 2025.")
    rl.table([["Triwulan", "Laporan gratifikasi pegawai", "Laporan penolakan", "Diteruskan ke UPG Kanwil"], ["I", "0", "2", "2"], ["II", "1", "1", "2"]], [3.0, 5.0, 4.0, 4.6], size=9)
    rl.p("Kampanye antigratifikasi kepada pengguna layanan dilaksanakan setiap bulan: banner dan pengumuman pengeras suara pada setiap sesi kunjungan, unggahan Instagram bulanan, dan leaflet di loket penitipan barang.")
    rl.image_grid(items, cols=2)
    rl.signature(["Kepala KPLP / Petugas Penghubung UPG"], KPLP, [KPLP_NIP], place_date="Teluk Sirih, 3 Juli 2025")
    return rl.build()


def sk_spip(work, logo):
    d = Docx(font_name="Arial", size=10.5)
    kop(d, logo)
    sk(d, "W4.PAS.12-PW.01.01-011 TAHUN 2025", "PEMBENTUKAN SATUAN TUGAS PENYELENGGARAAN SISTEM PENGENDALIAN INTERN PEMERINTAH LAPAS KELAS IIB TELUK SIRIH",
       ["bahwa untuk penyelenggaraan Sistem Pengendalian Intern Pemerintah (SPIP) pada Lapas perlu membentuk Satuan Tugas SPIP;",
        "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Keputusan Kepala Lapas;"],
       ["Peraturan Pemerintah Nomor 60 Tahun 2008 tentang Sistem Pengendalian Intern Pemerintah;"] + MENGINGAT[3:],
       [("KESATU", "Membentuk Satuan Tugas SPIP Lapas Kelas IIB Teluk Sirih dengan Ketua Kasubag TU, Sekretaris Kaur Umum, dan anggota para Kepala Seksi, Ka KPLP serta Kasubsi Keamanan."),
        ("KEDUA", "Satgas SPIP bertugas membangun lingkungan pengendalian, menyusun penilaian risiko, melaksanakan dan memantau kegiatan pengendalian serta mengomunikasikan SPI kepada seluruh pegawai."),
        ("KETIGA", "Keputusan ini mulai berlaku pada tanggal ditetapkan.")],
       "14 Januari 2025", size=10.5)
    src = docx_pdf(d, work / "spip_src.pdf", work)
    return scan_pdf(src, EV / A5 / "E.2 SPIP/SK Satgas SPIP.pdf", seed=306, seals=[Seal(KALAPAS_SIG, **STAMP)], mode="fax", dpi=150, quality=55, producer="HP LaserJet Pro MFP M127fn")


def register_risiko(work, logo):
    rl = RL(EV / A5 / "E.2 SPIP/Register Risiko Lapas 2025.pdf", base="Sans", size=10, landscape_page=True, margins=(1.5, 1.5, 1.8, 1.8))
    rkop(rl, logo)
    rl.p("REGISTER RISIKO DAN RENCANA TINDAK PENGENDALIAN<br/>LAPAS KELAS IIB TELUK SIRIH TAHUN 2025", "title")
    risks = [("Layanan kunjungan", "Pungutan liar kepada keluarga WBP", 3, 5, "SI KUNING, CCTV, rotasi petugas kunjungan", "Terlaksana Maret 2025"),
             ("Penitipan barang", "Penyelundupan narkoba dan telepon genggam", 4, 5, "Pemeriksaan x-ray, P2U berlapis", "Terlaksana"),
             ("Layanan integrasi (PB/CB/CMB)", "Keterlambatan/pungutan usulan integrasi", 2, 4, "Monitoring SDP mingguan, informasi estimasi waktu", "Terlaksana"),
             ("Pengamanan blok hunian", "Gangguan kamtib akibat overkapasitas", 4, 4, "Razia rutin, penambahan regu malam", "Berjalan"),
             ("Pengelolaan BMN dan bahan makanan", "Pengurangan mutu/jumlah bahan makanan", 2, 4, "Pemeriksaan harian oleh tim, uji sampel", "Berjalan"),
             ("Kepegawaian", "Pelanggaran disiplin petugas jaga", 3, 3, "Presensi wajah, apel, supervisi Ka KPLP", "Berjalan")]
    rows = [["No", "Proses", "Risiko", "K", "D", "Level", "Rencana tindak pengendalian", "Realisasi s.d. Juni"]]
    for i, r in enumerate(risks, 1):
        lv = r[2] * r[3]
        rows.append([str(i), r[0], r[1], str(r[2]), str(r[3]), f"{lv} ({'Tinggi' if lv >= 15 else 'Sedang' if lv >= 8 else 'Rendah'})", r[4], r[5]])
    rl.table(rows, [0.7, 4.0, 5.0, 0.7, 0.7, 2.0, 6.4, 3.4], size=8.5)
    rl.signature(["Ketua Satgas SPIP"], KASUBAG, [KASUBAG_NIP], place_date="Teluk Sirih, 24 Februari 2025 (pemutakhiran 30 Juni 2025)",
                 left=(["Mengetahui,", "Kepala Lapas"], KALAPAS, [KALAPAS_NIP], None))
    return rl.build()


def pengaduan(work, logo):
    rl = RL(EV / A5 / "E.3 Pengaduan/Laporan Pengaduan Masyarakat Semester I 2025.pdf", base="Serif", size=11)
    rkop(rl, logo)
    rl.p("LAPORAN PENANGANAN PENGADUAN MASYARAKAT<br/>LAPAS KELAS IIB TELUK SIRIH SEMESTER I TAHUN 2025", "title")
    rl.p("Pengaduan diterima melalui SP4N-LAPOR!, WhatsApp layanan 0812-7600-2145, kotak pengaduan di ruang tunggu kunjungan, Instagram dan datang langsung, dan dicatat dalam register pengaduan oleh petugas layanan informasi dan pengaduan.")
    rl.table([["Bulan", "Diterima", "Selesai", "Proses", "Kanal terbanyak"], ["Januari", "6", "6", "0", "Kotak pengaduan"], ["Februari", "4", "4", "0", "WhatsApp"],
              ["Maret", "7", "7", "0", "WhatsApp"], ["April", "5", "5", "0", "SP4N-LAPOR!"], ["Mei", "8", "7", "1", "Datang langsung"], ["Juni", "5", "3", "2", "WhatsApp"],
              ["Jumlah", "35", "32", "3", "-"]], [3.0, 2.6, 2.6, 2.4, 5.0], size=9.5, bold_last=True)
    rl.p("Topik pengaduan: antrean kunjungan (11), informasi pembebasan bersyarat (9), penitipan makanan (7), sikap petugas (5), lain-lain (3). Seluruh pengaduan yang selesai dijawab kepada pengadu melalui kanal asal.")
    rl.p("Evaluasi: penanganan pengaduan dibahas dalam rapat evaluasi kinerja bulanan; rata-rata waktu penyelesaian 3,1 hari kerja. Perbaikan: penambahan sesi kunjungan sore pada hari Sabtu dan informasi estimasi waktu integrasi di laman.")
    rl.signature(["Kepala Subseksi Registrasi"], "SRI WAHYUNI, S.Sos.", ["NIP 19870322 201001 2 011"], place_date="Teluk Sirih, 8 Juli 2025")
    return rl.build()


def coi_mapping(work, logo):
    rl = RL(EV / A5 / "E.4 Benturan Kepentingan/Conflict of Interest Mapping 2025.pdf", base="Sans", size=10, landscape_page=True, margins=(1.5, 1.5, 1.8, 1.8))
    rkop(rl, logo)
    rl.p("CONFLICT OF INTEREST IDENTIFICATION AND MAPPING<br/>Teluk Sirih Class IIB Correctional Institution (Lapas Kelas IIB Teluk Sirih), 2025", "title")
    rl.p("Prepared by the head of the security unit (KPLP) with all section heads, finalised on June 27, 2025, covering every main function of the institution. Each potential conflict lists the officials concerned and the control applied.")
    rows = [["No", "Main function", "Potential conflict of interest", "Officials concerned", "Control"],
            ["1", "Visits and goods deposit", "Officer serves relatives or acquaintances of inmates outside the queue", "Visit officers, P2U", "SI KUNING queue, CCTV, declaration of relationship"],
            ["2", "Parole and remission proposals", "Officer has a family relation with the inmate proposed", "Registration, Bimkemas, TPP members", "Recusal from the TPP session, signed statement"],
            ["3", "Inmate placement and work assignment", "Favourable cell or job placement for payment or relation", "KPLP, Binadik", "Placement decided in TPP, minutes recorded"],
            ["4", "Procurement of food and goods", "Supplier related to officials", "PPK, procurement officer", "E-catalogue, integrity pact, no-conflict statement"],
            ["5", "Health services", "Referral outside for inmates with relations to staff", "Clinic doctor", "Referral approved by head, recorded in SDP"],
            ["6", "Staff assignment and rotation", "Assignments based on personal closeness", "Head of unit, Kasubag TU", "Written criteria and rotation decree"]]
    rl.table(rows, [0.7, 4.0, 6.4, 4.0, 7.4], size=8.5)
    rl.p("Next step: socialisation to all staff and signing of individual no-conflict statements in the second semester of 2025.")
    rl.signature(["Head of Security Unit (KPLP)"], KPLP, [KPLP_NIP], place_date="Teluk Sirih, June 27, 2025", left=(["Approved,", "Head of Lapas"], KALAPAS, [KALAPAS_NIP], None))
    return rl.build()


def lhkpn(work, logo):
    rl = RL(EV / A5 / "E.5 LHKPN/Rekap LHKPN dan LHKASN 2025.pdf", base="Sans", size=10)
    rkop(rl, logo)
    rl.p("REKAPITULASI KEPATUHAN LHKPN DAN LHKASN<br/>LAPAS KELAS IIB TELUK SIRIH TAHUN 2025 (HARTA PER 31 DESEMBER 2024)", "title")
    rl.table([["Kategori", "Wajib lapor", "Sudah lapor", "Keterangan"], ["LHKPN - Kepala satuan kerja", "1", "1", "e-LHKPN 11-02-2025"],
              ["LHKPN - Pejabat yang diwajibkan (Kasubag TU, Ka KPLP, Kepala Seksi)", "4", "4", "-"], ["LHKPN - Lainnya (PPK, Bendahara Pengeluaran, Pejabat Pengadaan)", "3", "3", "-"],
              ["LHKASN - Pejabat administrator", "0", "0", "-"], ["LHKASN - Pejabat pengawas (Kaur, Kasubsi)", "6", "6", "-"],
              ["LHKASN - Fungsional dan pelaksana", "112", "108", "4 pegawai belum (cuti/diklat)"]], [8.4, 2.2, 2.2, 4.2], size=9)
    rl.p("Data per 31 Maret 2025 dari e-LHKPN KPK dan aplikasi LHKASN.")
    rl.signature(["Kepala Urusan Kepegawaian dan Keuangan"], "MIRA YULIANI, S.H.", ["NIP 19890714 201101 2 006"], place_date="Teluk Sirih, 2 April 2025")
    return rl.build()


# --------------------------------------------------------------------------- Area F

SERVICES = ["Kunjungan tatap muka", "Kunjungan daring (video call)", "Penitipan barang dan makanan", "Pembebasan bersyarat", "Cuti bersyarat dan cuti menjelang bebas",
            "Remisi", "Informasi dan pengaduan", "Layanan kesehatan WBP"]


def sk_standar(work, logo_old):
    d = Docx(font_name="Times New Roman", size=11)
    kop(d, logo_old, lines=KOP_OLD)
    sk(d, "W4.PAS.PAS.12-HM.01.02-032 TAHUN 2024", "STANDAR PELAYANAN PADA LEMBAGA PEMASYARAKATAN KELAS IIB TELUK SIRIH",
       ["bahwa untuk memberikan kepastian layanan kepada warga binaan, keluarga dan masyarakat perlu menetapkan standar pelayanan;",
        "bahwa standar pelayanan telah dibahas dalam forum konsultasi publik tanggal 21 Februari 2024;",
        "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan Keputusan Kepala Lapas tentang Standar Pelayanan;"],
       ["Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;", "Undang-Undang Nomor 22 Tahun 2022 tentang Pemasyarakatan;",
        "Peraturan Menteri PANRB Nomor 15 Tahun 2014 tentang Pedoman Standar Pelayanan;"],
       [("KESATU", "Menetapkan Standar Pelayanan Lapas Kelas IIB Teluk Sirih untuk delapan jenis layanan: " + "; ".join(SERVICES) + ", sebagaimana tercantum dalam Lampiran."),
        ("KEDUA", "Standar pelayanan memuat komponen penyampaian dan pengelolaan pelayanan sesuai Peraturan Menteri PANRB Nomor 15 Tahun 2014 dan wajib dipublikasikan."),
        ("KETIGA", "Keputusan ini mulai berlaku pada tanggal ditetapkan.")],
       "4 Maret 2024", ttd=([HEAD + ","], KALAPAS_OLD, [KALAPAS_OLD_NIP]))
    d.pagebreak()
    d.center("LAMPIRAN: STANDAR PELAYANAN KUNJUNGAN TATAP MUKA (CONTOH)", size=10.5, after=6)
    d.table([["Komponen", "Uraian"], ["Persyaratan", "KTP/KK pengunjung, terdaftar di SI KUNING atau loket, hubungan keluarga dengan WBP"],
             ["Prosedur", "Pendaftaran - pemeriksaan P2U - penitipan barang - ruang kunjungan - selesai"], ["Jangka waktu", "Pendaftaran 10 menit; durasi kunjungan 30 menit"],
             ["Biaya", "Tidak dipungut biaya"], ["Produk", "Layanan kunjungan"], ["Pengaduan", "SP4N-LAPOR!, WhatsApp 0812-7600-2145, kotak pengaduan"],
             ["Dasar hukum", "UU 22/2022; Permenkumham tentang tata tertib Lapas"], ["Sarana", "Ruang tunggu, ruang kunjungan, loket, x-ray"],
             ["Kompetensi pelaksana", "Petugas terlatih pelayanan prima"], ["Pengawasan internal", "Ka KPLP, Kasi Adm Kamtib"], ["Jaminan", "Maklumat pelayanan"],
             ["Keamanan dan keselamatan", "CCTV, P2U, APAR"], ["Evaluasi", "SKM triwulanan"]], widths=[4.5, 12.0], size=9)
    src = docx_pdf(d, work / "sp_src.pdf", work)
    return scan_pdf(src, EV / A6 / "F.1 Standar Pelayanan/SK Standar Pelayanan Lapas.pdf", seed=307, seals=[Seal("TEGUH WIBISONO", **STAMP)], mode="copier", dpi=150, quality=44)


def maklumat(work, logo):
    board = event_photo(work / "mk1.jpg", "Maklumat dan standar pelayanan di ruang layanan kunjungan, Januari 2025", 360, people=3, banner="MAKLUMAT PELAYANAN\nLAPAS KELAS IIB TELUK SIRIH")
    web = screenshot(work / "mk2.jpg", "web", "https://lapasteluksirih.ditjenpas.go.id/standar-pelayanan", "Standar Pelayanan Lapas Kelas IIB Teluk Sirih",
                     ["Delapan standar pelayanan (unduh PDF)", "Maklumat Pelayanan ditandatangani Kepala Lapas, 6 Januari 2025", "Alur kunjungan dan jadwal sesi", "Kanal pengaduan"], 361, accent=(30, 60, 150))
    rl = RL(EV / A6 / "F.1 Standar Pelayanan/Maklumat dan Publikasi Standar Pelayanan 2025.pdf", base="Sans", size=10)
    rkop(rl, logo)
    rl.p("MAKLUMAT PELAYANAN", "big")
    rl.p("DENGAN INI KAMI MENYATAKAN SANGGUP MENYELENGGARAKAN PELAYANAN SESUAI STANDAR PELAYANAN YANG TELAH DITETAPKAN DAN APABILA TIDAK MENEPATI JANJI INI KAMI SIAP MENERIMA SANKSI SESUAI PERATURAN PERUNDANG-UNDANGAN YANG BERLAKU", "subtitle")
    rl.signature(["Kepala Lapas Kelas IIB Teluk Sirih"], KALAPAS, [KALAPAS_NIP], place_date="Teluk Sirih, 6 Januari 2025")
    rl.br()
    rl.p("PUBLIKASI STANDAR PELAYANAN DAN MAKLUMAT", "h1")
    rl.p("Standar pelayanan delapan jenis layanan dan maklumat pelayanan dipublikasikan pada laman resmi, Instagram @lapasteluksirih, papan informasi ruang layanan kunjungan dan layar televisi ruang tunggu.")
    rl.image(web, 14.0, "Laman resmi menu Standar Pelayanan")
    rl.image(board, 11.0, "Papan maklumat di ruang layanan")
    return rl.build()


def pelayanan_prima(work, logo):
    rl = RL(EV / A6 / "F.2 Budaya Pelayanan/Laporan Pelatihan Pelayanan Prima 2025.pdf", base="Sans", size=10)
    rkop(rl, logo)
    rl.p("LAPORAN KEGIATAN PELATIHAN PELAYANAN PRIMA<br/>BAGI PETUGAS LAYANAN LAPAS KELAS IIB TELUK SIRIH TAHUN 2025", "title")
    rl.kv([("Waktu", "Selasa-Rabu, 22-23 April 2025"), ("Tempat", "Aula Lapas"), ("Peserta", "24 petugas layanan (kunjungan, penitipan barang, registrasi, informasi dan pengaduan, P2U)"),
           ("Narasumber", "Ombudsman RI Perwakilan Riau; Kepala Subbagian Tata Usaha")])
    rl.p("Materi: standar pelayanan dan maklumat, komunikasi dengan keluarga WBP, penanganan keluhan, pelayanan bagi lansia dan penyandang disabilitas, etika antipungli. Seluruh 24 petugas layanan mengikuti pelatihan; nilai rata-rata post-test 82,5. Pelatihan ini merupakan pelaksanaan pertama pada tahun 2025; belum ada jadwal lanjutan maupun penilaian kecakapan petugas setelah pelatihan.")
    rl.signature(["Kepala Subbagian Tata Usaha"], KASUBAG, [KASUBAG_NIP], place_date="Teluk Sirih, 25 April 2025")
    return rl.build()


def inovasi(work, logo):
    ph = event_photo(work / "ino.jpg", "Keluarga WBP memindai kode QR SI KUNING di pos pendaftaran, Mei 2025", 370, people=7, banner="SI KUNING\nDAFTAR KUNJUNGAN DARI RUMAH")
    rl = RL(EV / A6 / "F.3 Inovasi/Profil Inovasi SI KUNING.pdf", base="Sans", size=10)
    rkop(rl, logo)
    rl.p("PROFIL INOVASI LAYANAN<br/>SI KUNING (KUNJUNGAN ONLINE NYAMAN)<br/>LAPAS KELAS IIB TELUK SIRIH", "title")
    rl.p("Latar belakang: keluarga WBP dari pulau-pulau sekitar Teluk Sirih harus datang sejak subuh untuk mengambil nomor antrean kunjungan, sehingga antrean panjang membuka peluang percaloan.")
    rl.p("Inovasi: pendaftaran kunjungan H-1 melalui laman/WhatsApp, pilihan sesi, kode QR yang dipindai petugas, dan notifikasi bila WBP sedang mengikuti kegiatan. Diterapkan sejak 14 April 2025.")
    rl.table([["Ukuran", "Sebelum (Jan-Mar 2025)", "Sesudah (Mei-Jun 2025)"], ["Waktu tunggu pendaftaran", "rata-rata 52 menit", "rata-rata 9 menit"],
              ["Pengaduan antrean kunjungan", "8", "2"], ["Kunjungan terdaftar daring", "-", "63%"]], [6.0, 5.0, 5.0], size=9)
    rl.p("Replikasi: belum direplikasi; Rutan Kelas IIB Teluk Sirih telah meminta pendampingan penerapan pada Juli 2025.")
    rl.image(ph, 12.0, "Pemindaian kode QR SI KUNING")
    return rl.build()


def skm_2024(work, logo_old, logo):
    rl = RL(EV / A6 / "F.4 SKM/Laporan SKM Tahun 2024 (TW I - TW IV).pdf", base="Serif", size=11)
    rkop(rl, logo)
    rl.p("LAPORAN SURVEI KEPUASAN MASYARAKAT<br/>LAPAS KELAS IIB TELUK SIRIH<br/>TAHUN 2024 (TRIWULAN I - IV)", "title")
    rl.p("Survei kepuasan masyarakat dilaksanakan setiap triwulan tahun 2024 terhadap pengguna layanan kunjungan, penitipan barang, integrasi dan informasi, menggunakan sembilan unsur Peraturan Menteri PANRB Nomor 14 Tahun 2017 (kuesioner kertas dan Google Form). Laporan tahunan ini disusun pada Januari 2025 sebagai data dukung pembangunan Zona Integritas 2025.")
    rl.table([["Triwulan", "Periode survei", "Responden", "IKM", "Mutu"], ["I", "15 Februari - 15 Maret 2024", "214", "84,91", "B"], ["II", "13 Mei - 14 Juni 2024", "236", "85,76", "B"],
              ["III", "12 Agustus - 13 September 2024", "251", "86,40", "B"], ["IV", "11 November - 13 Desember 2024", "247", "87,52", "B"], ["Tahun 2024", "", "948", "86,20", "B"]],
             [2.6, 6.4, 2.4, 2.0, 1.6], size=9.5, bold_last=True)
    rl.p("Unsur terendah sepanjang 2024: waktu pelayanan (antrean kunjungan) dan sarana prasarana (ruang tunggu). Rencana tindak lanjut 2025: aplikasi pendaftaran kunjungan daring dan perbaikan ruang tunggu.")
    rl.signature(["Kepala Subseksi Registrasi"], "SRI WAHYUNI, S.Sos.", ["NIP 19870322 201001 2 011"], place_date="Teluk Sirih, 9 Januari 2025",
                 left=(["Mengetahui,", "Kepala Lapas"], KALAPAS, [KALAPAS_NIP], None))
    return rl.build()


# --------------------------------------------------------------------------- main


def main():
    if EV.exists():
        shutil.rmtree(EV)
    EV.mkdir(parents=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        logo = emblem(work / "logo_imipas.png", "generic", seed=31)
        logo_old = emblem(work / "logo_kumham.png", "ministry", seed=32)
        sk_tim(work, logo)
        notulen_pemilihan(work, logo)
        rencana_kerja(work, logo)
        sosialisasi(work, logo)
        monev_tw1(work, logo)
        monev_tw2(work, logo)
        tl_2024(work, logo_old)
        sk_agen_lpp(work, logo)
        role_model(work, logo)
        budaya_kerja(logo)
        sk_sop_2023(work, logo_old)
        notulen_evaluasi_sop_broken(work, logo)
        screenshots_ti(work, logo)
        layanan_informasi(work, logo)
        abk(work, logo)
        sk_rotasi(work, logo)
        rekap_diklat()
        kinerja_bulanan(work, logo)
        sk_hukdis(work, logo)
        disiplin(work, logo)
        pk(work, logo)
        rkt(work, logo)
        renstra_old(work, logo_old)
        lkj_2024(work, logo)
        notulen_kinerja(logo)
        gratifikasi(work, logo)
        sk_spip(work, logo)
        register_risiko(work, logo)
        pengaduan(work, logo)
        coi_mapping(work, logo)
        lhkpn(work, logo)
        sk_standar(work, logo_old)
        maklumat(work, logo)
        pelayanan_prima(work, logo)
        inovasi(work, logo)
        skm_2024(work, logo_old, logo)
    files = sorted(p for p in EV.rglob("*") if p.is_file())
    print(f"{len(files)} files, {sum(p.stat().st_size for p in files) / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
