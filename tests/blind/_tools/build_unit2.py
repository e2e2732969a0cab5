"""Unit 2: Kantor Pelayanan Pajak Pratama Banyuseta (WBK, 2024).

A vertical office of the Directorate General of Taxes; its regional office (Kanwil DJP Jawa Tengah III),
the city of Banyuseta, its sibling office "KPP Pratama Banyuseta Timur", people and numbers are invented.
Run: python tests/blind/_tools/build_unit2.py
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import RL, Docx, docx_pdf, garbage_pdf, make_logo, make_photo, make_screenshot, scan_pdf  # noqa: E402

ROOT = Path(__file__).resolve().parents[1] / "kpp_pratama_banyuseta"
EV = ROOT / "evidence"
A1 = "AREA I MANAJEMEN PERUBAHAN"
A2 = "AREA II PENATAAN TATALAKSANA"
A3 = "AREA III PENATAAN SDM"
A4 = "AREA IV PENGUATAN AKUNTABILITAS"
A5 = "AREA V PENGUATAN PENGAWASAN"
A6 = "AREA VI PELAYANAN PUBLIK"

KOP_TOP = ["KEMENTERIAN KEUANGAN REPUBLIK INDONESIA", "DIREKTORAT JENDERAL PAJAK", "KANTOR WILAYAH DJP JAWA TENGAH III"]
KOP = KOP_TOP + ["KANTOR PELAYANAN PAJAK PRATAMA BANYUSETA"]
ADDR = ["JALAN PEMUDA RAYA NOMOR 88, BANYUSETA 57411; TELEPON (0271) 6402200; FAKSIMILE (0271) 6402201",
        "LAMAN WWW.PAJAK.GO.ID; LAYANAN INFORMASI DAN PENGADUAN KRING PAJAK (021) 1500200; SUREL PENGADUAN@PAJAK.GO.ID"]
KOP_T = KOP_TOP + ["KANTOR PELAYANAN PAJAK PRATAMA BANYUSETA TIMUR"]
ADDR_T = ["JALAN RAYA TIMUR KM 4, BANYUSETA 57419; TELEPON (0271) 6418800; FAKSIMILE (0271) 6418801",
          "LAMAN WWW.PAJAK.GO.ID; LAYANAN INFORMASI DAN PENGADUAN KRING PAJAK (021) 1500200; SUREL PENGADUAN@PAJAK.GO.ID"]
KOP_DJP = ["KEMENTERIAN KEUANGAN REPUBLIK INDONESIA", "DIREKTORAT JENDERAL PAJAK"]
ADDR_DJP = ["JALAN GATOT SUBROTO NOMOR 40-42, JAKARTA 12190; KOTAK POS 124; TELEPON (021) 5250208", "LAMAN WWW.PAJAK.GO.ID"]

KAKPP = "Agung Prasetya Wijaya"
KAKPP_NIP = "NIP 197604231997031002"
KPP = "Kantor Pelayanan Pajak Pratama Banyuseta"
KPP_UP = KPP.upper()


def kep_head(d, logo, nomor, tentang, kop=KOP, addr=ADDR, issuer="KEPALA KANTOR PELAYANAN PAJAK PRATAMA BANYUSETA"):
    d.kop(kop, addr, logo, sizes=[11, 11, 11, 12.5])
    d.center("KEPUTUSAN " + issuer, after=0)
    d.center("NOMOR " + nomor, bold=False, after=6)
    d.center("TENTANG", bold=False, after=6)
    d.center(tentang, after=8)
    d.center(issuer + ",", after=8)


def team_rows(year):
    base = [
        ("Penanggung Jawab", "Agung Prasetya Wijaya", "Kepala Kantor"),
        ("Ketua", "Rina Marlina", "Kepala Subbagian Umum dan Kepatuhan Internal"),
        ("Sekretaris", "Galih Pranata", "Pelaksana Subbagian Umum dan Kepatuhan Internal"),
        ("Koordinator Manajemen Perubahan", "Dimas Aryo Pamungkas", "Kepala Seksi Pelayanan"),
        ("Koordinator Penataan Tatalaksana", "Lukman Hakim" if year == 2023 else "Yohanes Setiadi", "Kepala Seksi Pengawasan I"),
        ("Koordinator Penataan SDM", "Rina Marlina", "Kepala Subbagian Umum dan Kepatuhan Internal"),
        ("Koordinator Penguatan Akuntabilitas", "Desi Ratnasari", "Kepala Seksi Pengawasan II"),
        ("Koordinator Penguatan Pengawasan", "Hari Wibisono", "Kepala Seksi Pemeriksaan, Penilaian, dan Penagihan"),
        ("Koordinator Peningkatan Kualitas Pelayanan Publik", "Dimas Aryo Pamungkas", "Kepala Seksi Pelayanan"),
        ("Anggota", "Nadia Puspita", "Penyuluh Pajak Ahli Pertama"),
        ("Anggota", "Arif Rahman Hakim" if year == 2023 else "Bayu Kurniawan", "Account Representative"),
        ("Anggota", "Citra Ayuningtyas", "Pelaksana Seksi Pelayanan"),
        ("Anggota", "Fadli Muhammad", "Pranata Komputer Ahli Pertama"),
        ("Anggota", "Wulan Sari Dewi", "Pelaksana Subbagian Umum dan Kepatuhan Internal"),
    ]
    return [["No", "Kedudukan dalam Tim", "Nama", "Jabatan"], *[[str(i), *r] for i, r in enumerate(base, 1)]]


def kep_tim_2023(work, logo):
    d = Docx(size=10.5, margins=(1.5, 1.5, 2.5, 2.0))
    kep_head(d, logo, "KEP-02/WPJ.36/KP.04/2023",
             "PEMBENTUKAN TIM PEMBANGUNAN ZONA INTEGRITAS MENUJU WILAYAH BEBAS DARI KORUPSI DI LINGKUNGAN KANTOR PELAYANAN PAJAK PRATAMA BANYUSETA")
    d.labeled("Menimbang", [
        "bahwa dalam rangka melaksanakan pembangunan Zona Integritas menuju Wilayah Bebas dari Korupsi sesuai Peraturan Menteri PANRB Nomor 90 Tahun 2021, perlu dibentuk tim pembangunan Zona Integritas di lingkungan Kantor Pelayanan Pajak Pratama Banyuseta;",
        "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Keputusan Kepala Kantor Pelayanan Pajak Pratama Banyuseta;",
    ])
    d.labeled("Mengingat", [
        "Peraturan Menteri PANRB Nomor 90 Tahun 2021 tentang Pembangunan dan Evaluasi Zona Integritas Menuju Wilayah Bebas dari Korupsi dan Wilayah Birokrasi Bersih dan Melayani di Instansi Pemerintah;",
        "Peraturan Menteri Keuangan tentang Organisasi dan Tata Kerja Instansi Vertikal Direktorat Jenderal Pajak;",
    ], letters=["1.", "2."])
    d.center("MEMUTUSKAN:", after=6)
    d.diktum([
        ("Menetapkan", "KEPUTUSAN KEPALA KANTOR PELAYANAN PAJAK PRATAMA BANYUSETA TENTANG PEMBENTUKAN TIM PEMBANGUNAN ZONA INTEGRITAS MENUJU WILAYAH BEBAS DARI KORUPSI DI LINGKUNGAN KANTOR PELAYANAN PAJAK PRATAMA BANYUSETA."),
        ("KESATU", "Membentuk Tim Pembangunan Zona Integritas Menuju Wilayah Bebas dari Korupsi di Lingkungan Kantor Pelayanan Pajak Pratama Banyuseta dengan susunan keanggotaan sebagaimana tercantum dalam Lampiran."),
        ("KEDUA", "Tim bertugas menyusun rencana kerja, melaksanakan dan memantau pembangunan Zona Integritas pada enam area perubahan serta melaporkannya kepada Kepala Kantor."),
        ("KETIGA", "Keputusan ini mulai berlaku pada tanggal ditetapkan."),
    ])
    d.signature(["KEPALA KANTOR,"], KAKPP, KAKPP_NIP, place_date="Ditetapkan di Banyuseta\npada tanggal 3 Januari 2023")
    d.pagebreak()
    d.para("LAMPIRAN\nKEPUTUSAN KEPALA KANTOR PELAYANAN PAJAK PRATAMA BANYUSETA\nNOMOR KEP-02/WPJ.36/KP.04/2023\nTANGGAL 3 JANUARI 2023", align="left", indent=8.0, size=9.5, after=8)
    d.center("SUSUNAN TIM PEMBANGUNAN ZONA INTEGRITAS", after=8)
    d.table(team_rows(2023), widths=[1.0, 5.6, 4.6, 5.3], size=9.5, align=["c", "l", "l", "l"])
    d.signature(["KEPALA KANTOR,"], KAKPP, KAKPP_NIP)
    return docx_pdf(d, EV / A1 / "I.1 Tim Kerja/KEP Tim ZI 2023.pdf", work)


def kep_tim_2024(work, logo):
    d = Docx(size=10.5, margins=(1.5, 1.5, 2.5, 2.0))
    kep_head(d, logo, "KEP-03/WPJ.36/KP.04/2024",
             "PERUBAHAN ATAS KEPUTUSAN KEPALA KANTOR PELAYANAN PAJAK PRATAMA BANYUSETA NOMOR KEP-02/WPJ.36/KP.04/2023 TENTANG PEMBENTUKAN TIM PEMBANGUNAN ZONA INTEGRITAS MENUJU WILAYAH BEBAS DARI KORUPSI DI LINGKUNGAN KANTOR PELAYANAN PAJAK PRATAMA BANYUSETA")
    d.labeled("Menimbang", [
        "bahwa Kantor Pelayanan Pajak Pratama Banyuseta diusulkan kembali sebagai unit kerja berpredikat menuju Wilayah Bebas dari Korupsi pada tahun 2024;",
        "bahwa dengan adanya mutasi dan rotasi pegawai pada bulan Desember 2023, susunan keanggotaan Tim sebagaimana ditetapkan dalam Keputusan Kepala Kantor Nomor KEP-02/WPJ.36/KP.04/2023 perlu disesuaikan;",
        "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan Keputusan Kepala Kantor tentang Perubahan atas Keputusan Kepala Kantor Pelayanan Pajak Pratama Banyuseta Nomor KEP-02/WPJ.36/KP.04/2023;",
    ])
    d.labeled("Mengingat", ["Peraturan Menteri PANRB Nomor 90 Tahun 2021;", "Keputusan Kepala Kantor Pelayanan Pajak Pratama Banyuseta Nomor KEP-02/WPJ.36/KP.04/2023;"], letters=["1.", "2."])
    d.center("MEMUTUSKAN:", after=6)
    d.diktum([
        ("Menetapkan", "KEPUTUSAN KEPALA KANTOR PELAYANAN PAJAK PRATAMA BANYUSETA TENTANG PERUBAHAN ATAS KEPUTUSAN KEPALA KANTOR PELAYANAN PAJAK PRATAMA BANYUSETA NOMOR KEP-02/WPJ.36/KP.04/2023."),
        ("Pasal I", "Lampiran Keputusan Kepala Kantor Pelayanan Pajak Pratama Banyuseta Nomor KEP-02/WPJ.36/KP.04/2023 diubah sehingga menjadi sebagaimana tercantum dalam Lampiran Keputusan ini. Tim melaksanakan pembangunan Zona Integritas Tahun 2024."),
        ("Pasal II", "Keputusan ini mulai berlaku pada tanggal ditetapkan."),
    ])
    d.signature(["KEPALA KANTOR,"], KAKPP, KAKPP_NIP, place_date="Ditetapkan di Banyuseta\npada tanggal 8 Januari 2024")
    d.pagebreak()
    d.para("LAMPIRAN\nKEPUTUSAN KEPALA KANTOR PELAYANAN PAJAK PRATAMA BANYUSETA\nNOMOR KEP-03/WPJ.36/KP.04/2024\nTANGGAL 8 JANUARI 2024", align="left", indent=8.0, size=9.5, after=8)
    d.center("SUSUNAN TIM PEMBANGUNAN ZONA INTEGRITAS TAHUN 2024", after=8)
    d.table(team_rows(2024), widths=[1.0, 5.6, 4.6, 5.3], size=9.5, align=["c", "l", "l", "l"])
    d.signature(["KEPALA KANTOR,"], KAKPP, KAKPP_NIP)
    src = docx_pdf(d, work / "kep_tim_2024_src.pdf", work)
    return scan_pdf(src, EV / A1 / "I.1 Tim Kerja/KEP Perubahan Tim ZI 2024 (scan).pdf", seed=201, signer=KAKPP,
                    ring_text="KANTOR PELAYANAN PAJAK PRATAMA BANYUSETA", center_lines=["DJP", "KANWIL", "JATENG III"], angle=-0.7,
                    speckles=1200, blur=0.8, quality=45, pages_with_stamp="all")


def rencana_kerja(logo):
    d = Docx(font="Arial", size=10, margins=(1.5, 1.5, 2.5, 2.0))
    d.kop(KOP, ADDR, logo, sizes=[10.5, 10.5, 10.5, 12])
    d.center("RENCANA KERJA PEMBANGUNAN ZONA INTEGRITAS", size=13, after=0)
    d.center("MENUJU WILAYAH BEBAS DARI KORUPSI (WBK)", after=0)
    d.center("KPP PRATAMA BANYUSETA TAHUN 2024", after=10)
    d.para("**I. Pendahuluan**", after=2)
    d.para("Rencana kerja ini disusun oleh Tim Pembangunan Zona Integritas yang ditetapkan dengan Keputusan Kepala Kantor Nomor KEP-03/WPJ.36/KP.04/2024 sebagai acuan pelaksanaan pembangunan Zona Integritas Kantor Pelayanan Pajak Pratama Banyuseta tahun 2024, memperhatikan catatan hasil evaluasi Tim Penilai Internal Kementerian Keuangan tahun 2023.", indent=0.5)
    d.para("**II. Target Prioritas**", after=2)
    for t in ["1. Predikat WBK dari Kementerian PANRB pada tahun 2024.",
              "2. Indeks Kepuasan Masyarakat setiap triwulan paling rendah 88,00.",
              "3. Nol pelanggaran kode etik dan disiplin berat.",
              "4. Seluruh layanan Tempat Pelayanan Terpadu (TPT) selesai sesuai janji layanan.",
              "5. Kampanye anti gratifikasi dilakukan setiap bulan."]:
        d.para(t, indent=1.0, first=-0.5)
    d.para("**III. Rencana Aksi**", after=4)
    acts = [("I", "Penyesuaian SK Tim dan penyusunan rencana kerja 2024", "KEP Tim, rencana kerja", "Januari", "Ketua Tim"),
            ("I", "Monitoring dan evaluasi pembangunan ZI per semester", "Laporan monev", "Juni, Desember", "Ketua Tim"),
            ("I", "Penetapan agen perubahan 2024 dan proyek perubahan", "KEP agen perubahan", "Januari", "Koordinator MP"),
            ("I", "Internalisasi Nilai-Nilai Kementerian Keuangan dan BerAKHLAK", "Laporan internalisasi", "Maret - Juni", "Koordinator MP"),
            ("II", "Monitoring pemanfaatan aplikasi kinerja, SDM dan layanan", "Laporan monev TI", "Juni", "Koordinator TT"),
            ("III", "Rotasi internal pelaksana", "KEP mutasi internal", "Juli", "Koordinator SDM"),
            ("III", "Pemenuhan jam pelajaran pengembangan kompetensi pegawai", "Rekap pengembangan kompetensi", "Juni", "Koordinator SDM"),
            ("IV", "Penyusunan dan penandatanganan Kontrak Kinerja 2024", "Kontrak Kinerja, notulen", "Januari", "Koordinator AK"),
            ("V", "Kampanye anti gratifikasi bulanan", "Dokumentasi kampanye", "Januari - Desember", "Koordinator PW"),
            ("V", "Pemutakhiran profil risiko", "Profil risiko", "Januari", "Koordinator PW"),
            ("VI", "Survei kepuasan masyarakat triwulanan", "Laporan SKM", "Maret, Juni, September, Desember", "Koordinator PP")]
    d.table([["No", "Area", "Kegiatan", "Output", "Target waktu", "PIC"], *[[str(i), *a] for i, a in enumerate(acts, 1)]],
            widths=[0.8, 1.2, 5.8, 3.6, 2.6, 2.6], size=9, align=["c", "c", "l", "l", "l", "l"])
    d.signature(["Kepala Kantor,"], KAKPP, KAKPP_NIP, place_date="Banyuseta, 10 Januari 2024")
    return d


def kep_agen_timur(work, logo_t):
    d = Docx(size=10.5, margins=(1.5, 1.5, 2.5, 2.0))
    kep_head(d, logo_t, "KEP-05/WPJ.36/KP.05/2024",
             "PENETAPAN AGEN PERUBAHAN DI LINGKUNGAN KANTOR PELAYANAN PAJAK PRATAMA BANYUSETA TIMUR TAHUN 2024",
             kop=KOP_T, addr=ADDR_T, issuer="KEPALA KANTOR PELAYANAN PAJAK PRATAMA BANYUSETA TIMUR")
    d.labeled("Menimbang", [
        "bahwa dalam rangka pembangunan Zona Integritas menuju Wilayah Bebas dari Korupsi diperlukan agen perubahan yang menjadi penggerak dan teladan perubahan;",
        "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Keputusan Kepala Kantor Pelayanan Pajak Pratama Banyuseta Timur tentang Penetapan Agen Perubahan Tahun 2024;",
    ])
    d.labeled("Mengingat", ["Peraturan Menteri PANRB Nomor 27 Tahun 2014 tentang Pedoman Pembangunan Agen Perubahan di Instansi Pemerintah;",
                            "Peraturan Menteri PANRB Nomor 90 Tahun 2021;"], letters=["1.", "2."])
    d.center("MEMUTUSKAN:", after=6)
    d.diktum([
        ("KESATU", "Menetapkan pegawai sebagaimana tercantum dalam Lampiran sebagai Agen Perubahan di Lingkungan Kantor Pelayanan Pajak Pratama Banyuseta Timur Tahun 2024."),
        ("KEDUA", "Agen Perubahan bertugas menjadi teladan, menyusun dan melaksanakan proyek perubahan, serta melaporkan hasilnya kepada Kepala Kantor setiap semester."),
        ("KETIGA", "Keputusan ini mulai berlaku pada tanggal ditetapkan sampai dengan tanggal 31 Desember 2024."),
    ])
    d.signature(["KEPALA KANTOR,"], "Hendrawan Kusuma", "NIP 197911082000121001", place_date="Ditetapkan di Banyuseta\npada tanggal 15 Januari 2024")
    d.blank(1)
    d.para("LAMPIRAN: AGEN PERUBAHAN KPP PRATAMA BANYUSETA TIMUR TAHUN 2024", bold=True, align="left", after=4)
    d.table([["No", "Nama", "Jabatan", "Proyek perubahan"],
             ["1", "Anindya Kusumawardani", "Account Representative", "Konsultasi daring terjadwal bagi UMKM"],
             ["2", "Rangga Saputra", "Penyuluh Pajak Ahli Pertama", "Kelas pajak di pasar tradisional"],
             ["3", "Melati Sukma", "Pelaksana Seksi Pelayanan", "Antrean prioritas lansia dan disabilitas"],
             ["4", "Yusuf Ibrahim", "Pranata Komputer Ahli Pertama", "Dasbor pemantauan layanan harian"]],
            widths=[1.0, 4.5, 4.8, 6.2], size=10)
    return docx_pdf(d, EV / A1 / "I.4 Perubahan Pola Pikir/SK Agen Perubahan 2024.pdf", work)


def internalisasi(work, logo):
    rl = RL(EV / A1 / "I.4 Perubahan Pola Pikir/Laporan Internalisasi Nilai Kemenkeu dan BerAKHLAK 2024.pdf", base="Sans", size=10)
    rl.kop_block(KOP, ADDR, logo)
    rl.p("LAPORAN PELAKSANAAN INTERNALISASI NILAI-NILAI KEMENTERIAN KEUANGAN", "title")
    rl.p("DAN CORE VALUES ASN BerAKHLAK<br/>KPP PRATAMA BANYUSETA SEMESTER I TAHUN 2024", "subtitle")
    rl.p("1. Kegiatan", "h1")
    rl.table([["Bulan", "Kegiatan", "Peserta", "Keterangan"],
              ["Januari", "Pembacaan nilai Integritas, Profesionalisme, Sinergi, Pelayanan dan Kesempurnaan pada apel Senin, dipimpin Kepala Kantor", "Seluruh pegawai (64)", "Rutin setiap Senin"],
              ["Februari", "Diskusi kelompok \"Satu Seksi Satu Nilai\": setiap seksi menyusun perilaku utama yang diterapkan dalam layanan", "64 pegawai, 8 kelompok", "Perilaku utama ditempel di ruang kerja"],
              ["Maret", "Coaching clinic budaya kerja oleh Kepala Kantor bagi pegawai baru dan pegawai hasil rotasi", "11 pegawai", "-"],
              ["April", "Penghargaan bulanan \"Duta Nilai\" berdasarkan penilaian rekan kerja", "3 penerima", "Diumumkan pada apel"],
              ["Mei", "Survei persepsi budaya kerja dan kesiapan perubahan (pengukuran ulang)", "61 responden", "Lihat bagian 2"],
              ["Juni", "Refleksi semester dan penetapan perbaikan budaya kerja semester II", "Pejabat dan agen perubahan", "-"]],
             [1.8, 8.0, 3.3, 3.4], zebra=True)
    rl.p("2. Hasil pengukuran", "h1")
    rl.table([["Ukuran", "Desember 2023", "Mei 2024"],
              ["Indeks persepsi budaya kerja (skala 1-4)", "3,21", "3,58"],
              ["Pegawai yang menyatakan keberatan/resisten terhadap perubahan proses kerja", "18%", "6%"],
              ["Keterlambatan masuk kerja (rata-rata per bulan)", "41 kejadian", "12 kejadian"]],
             [9.5, 3.5, 3.5])
    rl.p("Penurunan proporsi pegawai yang resisten dari 18% menjadi 6% menunjukkan bahwa upaya pembangunan budaya kerja dan pola pikir telah mengurangi resistensi atas perubahan, terutama setelah penerapan antrean daring dan rotasi internal.")
    rl.signature(["Ketua Tim Pembangunan ZI,"], "Rina Marlina", "NIP 198203142003122001", place_date="Banyuseta, 28 Juni 2024",
                 left=(["Mengetahui,", "Kepala Kantor,"], KAKPP, KAKPP_NIP))
    return rl.build()


def monev_ti(work, logo):
    rl = RL(EV / A2 / "II.2 Teknologi Informasi/Laporan Monev Pemanfaatan TI Semester I 2024.pdf", base="Sans", size=10,
            footer="Laporan Monitoring dan Evaluasi Pemanfaatan TI - KPP Pratama Banyuseta - Semester I 2024")
    rl.kop_block(KOP, ADDR, logo)
    rl.p("LAPORAN MONITORING DAN EVALUASI PEMANFAATAN TEKNOLOGI INFORMASI", "title")
    rl.p("DALAM PENGUKURAN KINERJA, MANAJEMEN SDM DAN PELAYANAN PUBLIK<br/>SEMESTER I TAHUN 2024", "subtitle")
    rl.p("Monitoring dilakukan setiap bulan oleh Koordinator Penataan Tatalaksana bersama Pranata Komputer dan dibahas dalam rapat pimpinan bulanan. Laporan ini merangkum hasil Januari sampai dengan Juni 2024.")
    rows = [["Aplikasi", "Bidang", "Ukuran", "Jan", "Feb", "Mar", "Apr", "Mei", "Jun"],
            ["e-Performance Kemenkeu", "Pengukuran kinerja", "Pegawai yang mengisi tepat waktu", "97%", "98%", "100%", "100%", "100%", "100%"],
            ["HRIS Kemenkeu", "Manajemen SDM", "Pengajuan cuti dan presensi melalui aplikasi", "92%", "95%", "97%", "99%", "99%", "100%"],
            ["DJP Online / e-Filing", "Pelayanan", "SPT diterima secara elektronik", "88%", "91%", "96%", "90%", "89%", "90%"],
            ["M-Pajak", "Pelayanan", "Wajib pajak aktif menggunakan", "3.210", "3.488", "4.105", "4.322", "4.410", "4.560"],
            ["Antrean daring Kunjung Pajak", "Pelayanan", "Kunjungan TPT melalui antrean daring", "41%", "47%", "55%", "58%", "61%", "64%"]]
    rl.table(rows, [3.3, 2.5, 4.3, 1.05, 1.05, 1.05, 1.05, 1.05, 1.05], zebra=True, size=7.5)
    rl.p("Hasil evaluasi dan tindak lanjut", "h1")
    rl.p("1. Pengisian e-Performance telah 100% sejak Maret; pengingat otomatis dipertahankan. 2. Pemanfaatan antrean daring meningkat; papan informasi QR antrean ditambah di pintu masuk (Mei). 3. Penurunan penerimaan SPT elektronik pada April-Juni karena pola musiman; asistensi pengisian e-Filing di TPT diperpanjang.")
    rl.signature(["Koordinator Penataan Tatalaksana,"], "Yohanes Setiadi", "NIP 198507212006021003", place_date="Banyuseta, 5 Juli 2024",
                 left=(["Mengetahui,", "Kepala Kantor,"], KAKPP, KAKPP_NIP))
    return rl.build()


def kep_mutasi(work, logo):
    d = Docx(size=10.5, margins=(1.5, 1.5, 2.5, 2.0))
    kep_head(d, logo, "KEP-41/WPJ.36/KP.04/2024", "MUTASI DAN PENEMPATAN PELAKSANA DI LINGKUNGAN KANTOR PELAYANAN PAJAK PRATAMA BANYUSETA")
    d.labeled("Menimbang", [
        "bahwa dalam rangka pengembangan karier, penyegaran dan pemerataan beban kerja, perlu dilakukan mutasi pelaksana antarjabatan di lingkungan Kantor Pelayanan Pajak Pratama Banyuseta;",
        "bahwa mutasi telah dibahas dalam rapat Tim Penilai Kinerja Kantor tanggal 24 Juni 2024 dengan memperhatikan kompetensi, masa kerja pada jabatan dan pola mutasi di lingkungan Direktorat Jenderal Pajak;",
        "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan Keputusan Kepala Kantor;",
    ])
    d.center("MEMUTUSKAN:", after=6)
    d.diktum([
        ("KESATU", "Memutasikan pelaksana yang namanya tercantum dalam Lampiran dari jabatan lama ke jabatan baru sebagaimana tercantum dalam Lampiran."),
        ("KEDUA", "Serah terima pekerjaan dilaksanakan paling lambat 5 (lima) hari kerja sejak Keputusan ini ditetapkan."),
        ("KETIGA", "Keputusan ini mulai berlaku pada tanggal 8 Juli 2024."),
    ])
    d.signature(["KEPALA KANTOR,"], KAKPP, KAKPP_NIP, place_date="Ditetapkan di Banyuseta\npada tanggal 1 Juli 2024")
    d.blank(1)
    d.para("LAMPIRAN KEPUTUSAN NOMOR KEP-41/WPJ.36/KP.04/2024", bold=True, align="left", after=4)
    d.table([["No", "Nama / NIP", "Jabatan lama", "Jabatan baru"],
             ["1", "Citra Ayuningtyas / 199503102017012003", "Pelaksana Seksi Pelayanan (petugas TPT)", "Pelaksana Seksi Pengawasan I (pengolah data)"],
             ["2", "Wulan Sari Dewi / 199208142014022001", "Pelaksana Subbagian Umum dan Kepatuhan Internal", "Pelaksana Seksi Pelayanan (petugas TPT)"],
             ["3", "Rizal Fahmi / 199611052018011002", "Pelaksana Seksi Pengawasan II", "Pelaksana Seksi Pemeriksaan, Penilaian, dan Penagihan"],
             ["4", "Sekar Ayu Lestari / 199801232019022002", "Pelaksana Seksi Pelayanan (pengolah berkas)", "Pelaksana Subbagian Umum dan Kepatuhan Internal"],
             ["5", "Bagas Wicaksono / 199409172016011001", "Pelaksana Seksi Pemeriksaan, Penilaian, dan Penagihan", "Pelaksana Seksi Pengawasan II"]],
            widths=[1.0, 5.2, 5.2, 5.1], size=9.5)
    src = docx_pdf(d, work / "kep_mutasi_src.pdf", work)
    return scan_pdf(src, EV / A3 / "III.2 Mutasi/KEP Mutasi Internal Pelaksana Juli 2024.pdf", seed=202, signer=KAKPP,
                    ring_text="KANTOR PELAYANAN PAJAK PRATAMA BANYUSETA", center_lines=["DJP", "KANWIL", "JATENG III"], angle=0.6,
                    speckles=900, blur=0.7, quality=48)


def rekap_kompetensi(work, logo):
    rl = RL(EV / A3 / "III.3 Pengembangan Kompetensi/Rekap Pengembangan Kompetensi Pegawai 2024.pdf", base="Sans", size=10)
    rl.kop_block(KOP, ADDR, logo)
    rl.p("REKAPITULASI PENGEMBANGAN KOMPETENSI PEGAWAI", "title")
    rl.p("KPP PRATAMA BANYUSETA PERIODE JANUARI - JUNI 2024", "subtitle")
    rl.p("Seluruh pegawai (64 orang) telah memperoleh kesempatan mengikuti pengembangan kompetensi, baik pelatihan klasikal, e-learning pada Kemenkeu Learning Center, maupun in-house training dan coaching di kantor.")
    rl.table([["Unit", "Jumlah pegawai", "Mengikuti >= 1 kegiatan", "Rata-rata JP", "Bentuk kegiatan"],
              ["Pimpinan dan Subbagian Umum dan Kepatuhan Internal", "9", "9", "22", "Pelatihan kepemimpinan, e-learning manajemen risiko"],
              ["Seksi Pelayanan", "12", "12", "26", "IHT pelayanan prima, e-learning ketentuan umum perpajakan"],
              ["Seksi Pengawasan I", "11", "11", "31", "Pelatihan analisis data, coaching AR"],
              ["Seksi Pengawasan II", "11", "11", "29", "Pelatihan analisis data, coaching AR"],
              ["Seksi Pemeriksaan, Penilaian, dan Penagihan", "8", "8", "34", "Diklat teknis pemeriksaan dan penagihan"],
              ["Fungsional (Pemeriksa, Penyuluh, Pranata Komputer)", "13", "13", "28", "Pelatihan fungsional, seminar"],
              ["Jumlah", "64", "64 (100%)", "28", ""]],
             [5.0, 2.2, 2.8, 2.0, 4.5], zebra=True)
    rl.p("Rincian per pegawai (nama, judul kegiatan, penyelenggara dan jam pelajaran) tersedia pada lampiran yang diunduh dari aplikasi pembelajaran Kementerian Keuangan.")
    rl.signature(["Kepala Subbagian Umum dan Kepatuhan Internal,"], "Rina Marlina", "NIP 198203142003122001", place_date="Banyuseta, 3 Juli 2024")
    return rl.build()


def notulen_kk(work, logo):
    d = Docx(size=11)
    d.kop(KOP, ADDR, logo, sizes=[11, 11, 11, 12.5])
    d.center("NOTULEN RAPAT PENYUSUNAN KONTRAK KINERJA TAHUN 2024", after=0)
    d.center("KANTOR PELAYANAN PAJAK PRATAMA BANYUSETA", after=10)
    meetings = [
        ("Senin, 4 Desember 2023", "Penyusunan peta strategi dan usulan indikator kinerja 2024 berdasarkan Kontrak Kinerja Kepala Kanwil DJP Jawa Tengah III",
         "Kepala Kantor memimpin rapat, menetapkan tiga tema prioritas (penerimaan, kepatuhan, pelayanan) dan meminta setiap seksi mengusulkan indikator dan target."),
        ("Senin, 18 Desember 2023", "Reviu usulan indikator dan target per seksi",
         "Kepala Kantor membahas satu per satu usulan target; target penerimaan dinaikkan menjadi 103% dari usulan awal; indikator kepuasan layanan ditambahkan."),
        ("Kamis, 4 Januari 2024", "Finalisasi dan penandatanganan Kontrak Kinerja",
         "Kepala Kantor menandatangani Kontrak Kinerja Tahun 2024 dengan Kepala Kanwil DJP Jawa Tengah III, dilanjutkan penandatanganan kontrak kinerja para pejabat."),
    ]
    for i, (date, agenda, result) in enumerate(meetings, 1):
        d.para(f"**Rapat {i}**", after=2)
        d.labeled("Hari/tanggal", [date], letters=False, label_width=3.0)
        d.labeled("Pimpinan rapat", ["Agung Prasetya Wijaya (Kepala Kantor)"], letters=False, label_width=3.0)
        d.labeled("Peserta", ["Para Kepala Seksi, Kepala Subbagian, Koordinator Fungsional (daftar hadir terlampir)"], letters=False, label_width=3.0)
        d.labeled("Agenda", [agenda], letters=False, label_width=3.0)
        d.labeled("Hasil", [result], letters=False, label_width=3.0)
    d.signature(["Notulis,"], "Galih Pranata", "NIP 199107182013101002", left_block=(["Mengetahui,", "Kepala Kantor,"], KAKPP, KAKPP_NIP, None),
                place_date="Banyuseta, 4 Januari 2024")
    return docx_pdf(d, EV / A4 / "IV.1 Keterlibatan Pimpinan/Notulen Penyusunan Kontrak Kinerja 2024.pdf", work)


def kontrak_kinerja(work, logo):
    rl = RL(EV / A4 / "IV.1 Keterlibatan Pimpinan/Kontrak Kinerja Kepala Kantor 2024.pdf", base="Sans", size=10)
    rl.kop_block(KOP, ADDR, logo)
    rl.p("KONTRAK KINERJA TAHUN 2024", "title")
    rl.p("Nomor: KK-04/WPJ.36/KP.04/2024", "center")
    rl.sp(0.3)
    rl.p("Saya, Agung Prasetya Wijaya, Kepala Kantor Pelayanan Pajak Pratama Banyuseta, berjanji untuk mencapai target kinerja sebagaimana tercantum dalam lampiran dokumen ini, dan bersedia untuk dievaluasi serta diberikan penghargaan dan sanksi sesuai ketentuan.")
    rl.table([["No", "Sasaran strategis", "Indikator kinerja utama", "Target 2024"],
              ["1", "Penerimaan pajak yang optimal", "Persentase realisasi penerimaan pajak", "100%"],
              ["2", "Kepatuhan wajib pajak yang tinggi", "Persentase kepatuhan penyampaian SPT Tahunan PPh", "85%"],
              ["3", "Pelayanan yang berkualitas", "Indeks kepuasan pengguna layanan", "4,30 (skala 5)"],
              ["4", "Pengawasan yang efektif", "Persentase penyelesaian tindak lanjut pengawasan", "90%"],
              ["5", "Organisasi yang berintegritas", "Persentase pegawai tanpa pelanggaran disiplin", "100%"]],
             [1.0, 5.0, 7.0, 3.5])
    rl.signature(["Kepala Kantor Pelayanan Pajak", "Pratama Banyuseta,"], KAKPP, KAKPP_NIP, place_date="Banyuseta, 4 Januari 2024",
                 left=(["Kepala Kantor Wilayah DJP", "Jawa Tengah III,"], "Yulianto Hadi Saputro", "NIP 197012201991031001"))
    return rl.build()


def lakin_2022(work, logo):
    rl = RL(EV / A4 / "IV.2 Laporan Kinerja/LAKIN KPP 2022.pdf", base="Serif", size=11, footer="Laporan Kinerja KPP Pratama Banyuseta Tahun 2022 | {page}")
    rl.sp(3)
    rl.image(logo, 3)
    rl.sp(1)
    rl.p("LAPORAN KINERJA", "title")
    rl.p("KANTOR PELAYANAN PAJAK PRATAMA BANYUSETA", "title")
    rl.p("TAHUN 2022", "title")
    rl.sp(6)
    rl.p("KANTOR WILAYAH DJP JAWA TENGAH III<br/>DIREKTORAT JENDERAL PAJAK", "subtitle")
    rl.br()
    rl.p("KATA PENGANTAR", "h1")
    rl.p("Laporan Kinerja Kantor Pelayanan Pajak Pratama Banyuseta Tahun 2022 merupakan pertanggungjawaban atas pencapaian Kontrak Kinerja Tahun 2022. Laporan ini disusun berdasarkan Peraturan Menteri Keuangan tentang Pengelolaan Kinerja di Lingkungan Kementerian Keuangan.")
    rl.p("CAPAIAN KINERJA 2022", "h1")
    rl.table([["Indikator", "Target 2022", "Realisasi 2022", "Capaian", "Realisasi 2021"],
              ["Persentase realisasi penerimaan pajak", "100%", "104,2%", "104,2%", "98,7%"],
              ["Persentase kepatuhan penyampaian SPT Tahunan PPh", "82%", "84,6%", "103,2%", "80,9%"],
              ["Indeks kepuasan pengguna layanan", "4,20", "4,31", "102,6%", "4,18"],
              ["Persentase penyelesaian tindak lanjut pengawasan", "85%", "83,0%", "97,6%", "79,5%"]],
             [6.0, 2.4, 2.6, 2.4, 2.6], zebra=True)
    rl.p("Tiga dari empat indikator mencapai target. Penyelesaian tindak lanjut pengawasan belum mencapai target karena penambahan data pemicu pada triwulan IV 2022.")
    rl.signature(["Kepala Kantor,"], KAKPP, KAKPP_NIP, place_date="Banyuseta, 13 Januari 2023")
    return rl.build()


def tanda_terima_lakin(work, logo):
    rl = RL(EV / A4 / "IV.2 Laporan Kinerja/Tanda Terima LAKIN 2022.pdf", base="Sans", size=10.5)
    rl.kop_block(KOP_TOP[:2] + ["KANTOR WILAYAH DJP JAWA TENGAH III"], ["JALAN SLAMET RIYADI NOMOR 201, BANYUSETA 57401; TELEPON (0271) 6400100", "LAMAN WWW.PAJAK.GO.ID"], logo)
    rl.p("TANDA TERIMA", "title")
    rl.p("Nomor: TT-017/WPJ.36/BD.01/2023", "center")
    rl.sp(0.4)
    rl.p("Bidang Data dan Pengawasan Potensi Perpajakan Kantor Wilayah DJP Jawa Tengah III telah menerima Laporan Kinerja Tahun 2022 dari Kantor Pelayanan Pajak Pratama Banyuseta melalui surat Nomor S-21/WPJ.36/KP.04/2023 tanggal 13 Januari 2023, pada tanggal 16 Januari 2023.")
    rl.signature(["Yang menerima,"], "Fransiska Yuniarti", "NIP 198806042010122002", place_date="Banyuseta, 16 Januari 2023")
    return rl.build()


def kampanye(work, logo):
    rl = RL(EV / A5 / "V.1 Gratifikasi/Dokumentasi Kampanye Anti Gratifikasi 2024.pdf", base="Sans", size=10)
    rl.kop_block(KOP, ADDR, logo)
    rl.p("DOKUMENTASI PUBLIC CAMPAIGN PENGENDALIAN GRATIFIKASI", "title")
    rl.p("KPP PRATAMA BANYUSETA JANUARI - JUNI 2024", "subtitle")
    rl.p("Kampanye dilaksanakan setiap bulan kepada wajib pajak dan masyarakat melalui spanduk dan standing banner di TPT, unggahan Instagram @pajakbanyuseta, siaran radio lokal, dan penyampaian pada setiap kegiatan sosialisasi perpajakan.")
    rl.table([["Bulan", "Media", "Pesan", "Jangkauan"],
              ["Januari", "Spanduk depan kantor, standing banner TPT", "\"Layanan pajak gratis, tolak gratifikasi\"", "Pengunjung TPT 2.140"],
              ["Februari", "Instagram @pajakbanyuseta", "Video pendek petugas menolak pemberian", "5.820 tayangan"],
              ["Maret", "Siaran Radio Suara Banyuseta FM", "Talkshow \"Lapor SPT tanpa biaya\"", "1 jam siaran"],
              ["April", "Sosialisasi di pasar kota", "Leaflet anti gratifikasi", "350 leaflet"],
              ["Mei", "Instagram dan layar TV ruang tunggu", "Infografis larangan gratifikasi", "4.115 tayangan"],
              ["Juni", "Kelas pajak UMKM", "Penyampaian komitmen anti gratifikasi pegawai", "86 peserta"]],
             [2.0, 5.0, 5.8, 3.7], zebra=True)
    photos = [("Spanduk anti gratifikasi di pintu masuk KPP, 2 Januari 2024", "LAYANAN PAJAK GRATIS\nTOLAK GRATIFIKASI"),
              ("Standing banner di Tempat Pelayanan Terpadu, 2 Januari 2024", "KAMI TIDAK MENERIMA\nGRATIFIKASI")]
    for i, (cap, banner) in enumerate(photos):
        rl.image(make_photo(work / f"kamp{i}.jpg", cap[-15:], seed=210 + i, people=3 + i, banner=banner), 10.5, f"Foto {i + 1}. {cap}")
    s = make_screenshot(work / "ig_kamp.jpg", "pajakbanyuseta", "TOLAK GRATIFIKASI", ["Pelayanan perpajakan", "tidak dipungut biaya.", "Laporkan bila ada permintaan!", "14 Mei 2024 - 388 suka"], seed=212, kind="ig", size=(800, 800))
    rl.image(s, 8, "Gambar 3. Unggahan Instagram @pajakbanyuseta, 14 Mei 2024")
    rl.signature(["Koordinator Penguatan Pengawasan,"], "Hari Wibisono", "NIP 198001152001121002", place_date="Banyuseta, 1 Juli 2024")
    return rl.build()


def profil_risiko(work, logo):
    rl = RL(EV / A5 / "V.2 Manajemen Risiko/Profil Risiko KPP 2023.pdf", base="Sans", size=9.5, landscape_page=True, margins=(1.5, 1.5, 1.8, 1.8))
    rl.kop_block(KOP, ADDR, logo)
    rl.p("PROFIL RISIKO DAN RENCANA PENANGANAN RISIKO", "title")
    rl.p("KANTOR PELAYANAN PAJAK PRATAMA BANYUSETA TAHUN 2023", "subtitle")
    rl.p("Disusun sesuai pedoman penerapan manajemen risiko di lingkungan Kementerian Keuangan. Periode risiko: 1 Januari - 31 Desember 2023.")
    rows = [["No", "Sasaran", "Risiko", "Penyebab", "Level kemungkinan", "Level dampak", "Besaran", "Penanganan", "Batas waktu"]]
    data = [("Penerimaan pajak optimal", "Realisasi penerimaan di bawah target", "Pelemahan sektor dominan", "3", "4", "14", "Intensifikasi pengawasan 100 WP terbesar", "Triwulanan 2023"),
            ("Kepatuhan tinggi", "Kepatuhan SPT Tahunan di bawah target", "Wajib pajak baru belum memahami e-Filing", "3", "3", "11", "Kelas e-Filing bulanan", "Maret 2023"),
            ("Pelayanan berkualitas", "Layanan TPT melebihi janji layanan", "Lonjakan kunjungan Maret", "4", "3", "15", "Antrean daring, penambahan loket", "Maret 2023"),
            ("Organisasi berintegritas", "Pegawai menerima gratifikasi", "Interaksi langsung dengan wajib pajak", "2", "5", "16", "Kampanye, CCTV, rotasi", "Desember 2023"),
            ("Pengelolaan data", "Kebocoran data wajib pajak", "Penggunaan media penyimpanan pribadi", "2", "5", "16", "Pembatasan port USB, sosialisasi", "Juni 2023")]
    rows += [[str(i), *r] for i, r in enumerate(data, 1)]
    rl.table(rows, [0.8, 3.2, 4.0, 4.0, 1.8, 1.6, 1.5, 5.2, 2.5], zebra=True, size=8)
    rl.signature(["Kepala Kantor selaku Pemilik Risiko,"], KAKPP, KAKPP_NIP, place_date="Banyuseta, 16 Januari 2023")
    return rl.build()


def kep_dirjen_sp(work, logo_m):
    d = Docx(size=10.5, margins=(1.5, 1.5, 2.5, 2.0))
    d.kop(KOP_DJP, ADDR_DJP, logo_m, sizes=[12, 13])
    d.center("KEPUTUSAN DIREKTUR JENDERAL PAJAK", after=0)
    d.center("NOMOR KEP-112/PJ/2022", bold=False, after=6)
    d.center("TENTANG", bold=False, after=6)
    d.center("STANDAR PELAYANAN DI LINGKUNGAN DIREKTORAT JENDERAL PAJAK", after=8)
    d.center("DIREKTUR JENDERAL PAJAK,", after=8)
    d.labeled("Menimbang", [
        "bahwa berdasarkan Pasal 15 Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik, penyelenggara pelayanan publik berkewajiban menyusun dan menetapkan standar pelayanan;",
        "bahwa standar pelayanan perlu diberlakukan secara seragam pada seluruh unit vertikal Direktorat Jenderal Pajak, termasuk Kantor Pelayanan Pajak;",
        "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan Keputusan Direktur Jenderal Pajak tentang Standar Pelayanan di Lingkungan Direktorat Jenderal Pajak;",
    ])
    d.labeled("Mengingat", ["Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;", "Peraturan Menteri PANRB Nomor 15 Tahun 2014 tentang Pedoman Standar Pelayanan;"], letters=["1.", "2."])
    d.center("MEMUTUSKAN:", after=6)
    d.diktum([
        ("KESATU", "Menetapkan Standar Pelayanan di Lingkungan Direktorat Jenderal Pajak sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Keputusan ini."),
        ("KEDUA", "Standar Pelayanan sebagaimana dimaksud dalam Diktum KESATU berlaku bagi Kantor Pusat, Kantor Wilayah, Kantor Pelayanan Pajak, dan Kantor Pelayanan, Penyuluhan dan Konsultasi Perpajakan, dan memuat seluruh komponen standar pelayanan sesuai Peraturan Menteri PANRB Nomor 15 Tahun 2014."),
        ("KETIGA", "Kepala Kantor Pelayanan Pajak wajib memaklumatkan dan mempublikasikan Standar Pelayanan ini di unit kerjanya."),
        ("KEEMPAT", "Keputusan ini mulai berlaku pada tanggal ditetapkan."),
    ])
    d.signature(["DIREKTUR JENDERAL PAJAK,", "", "ttd."], "R. HARTONO WIDJAJA", None, place_date="Ditetapkan di Jakarta\npada tanggal 14 Juni 2022")
    d.para("Salinan sesuai dengan aslinya\nKepala Bagian Organisasi dan Tata Laksana\n\nttd.\n\nMaria Kristiani", align="left", size=9.5, before=6, after=12)
    d.para("LAMPIRAN KEPUTUSAN DIREKTUR JENDERAL PAJAK NOMOR KEP-112/PJ/2022", bold=True, align="left", after=6)
    services = [("Pendaftaran Nomor Pokok Wajib Pajak", "5 menit (lengkap)"), ("Pengukuhan Pengusaha Kena Pajak", "10 hari kerja"),
                ("Penerimaan Surat Pemberitahuan (SPT) Tahunan", "Saat itu juga"), ("Pemindahbukuan", "21 hari kerja"),
                ("Surat Keterangan Fiskal", "3 hari kerja"), ("Penerbitan Surat Keterangan Bebas", "5 hari kerja"),
                ("Permohonan Pengurangan PBB Sektor P5L", "6 bulan"), ("Restitusi Pajak Pertambahan Nilai (pengembalian pendahuluan)", "1 bulan"),
                ("Penerimaan dan pengolahan pengaduan", "Sesuai tingkat pengaduan"), ("Pelayanan informasi perpajakan", "Saat itu juga")]
    rows = [["No", "Jenis layanan", "Jangka waktu", "Biaya", "Komponen lengkap tercantum pada"]]
    rows += [[str(i), s, t, "Tidak dipungut biaya", f"Bagian {chr(64 + i)}"] for i, (s, t) in enumerate(services, 1)]
    d.table(rows, widths=[0.8, 6.2, 3.2, 3.0, 3.3], size=9.5)
    d.para("Setiap bagian memuat: dasar hukum; persyaratan; sistem, mekanisme dan prosedur; jangka waktu; biaya/tarif; produk layanan; sarana, prasarana dan fasilitas; kompetensi pelaksana; pengawasan internal; penanganan pengaduan, saran dan masukan; jumlah pelaksana; jaminan pelayanan; jaminan keamanan dan keselamatan pelayanan; dan evaluasi kinerja pelaksana.", size=10)
    return docx_pdf(d, EV / A6 / "VI.1 Standar Pelayanan/KEP Dirjen Standar Pelayanan.pdf", work)


def kmk_lapor(work, logo_m):
    d = Docx(size=10.5, margins=(1.5, 1.5, 2.5, 2.0))
    d.kop(["KEMENTERIAN KEUANGAN REPUBLIK INDONESIA"], ["GEDUNG DJUANDA I, JALAN DR. WAHIDIN RAYA NOMOR 1, JAKARTA 10710; LAMAN WWW.KEMENKEU.GO.ID"], logo_m, sizes=[14])
    d.center("KEPUTUSAN MENTERI KEUANGAN REPUBLIK INDONESIA", after=0)
    d.center("NOMOR 318/KMK.01/2023", bold=False, after=6)
    d.center("TENTANG", bold=False, after=6)
    d.center("PENGELOLA SISTEM PENGELOLAAN PENGADUAN PELAYANAN PUBLIK NASIONAL - LAYANAN ASPIRASI DAN PENGADUAN ONLINE RAKYAT (SP4N-LAPOR!) DI LINGKUNGAN KEMENTERIAN KEUANGAN", after=8)
    d.center("MENTERI KEUANGAN REPUBLIK INDONESIA,", after=8)
    d.labeled("Menimbang", [
        "bahwa dalam rangka pengelolaan pengaduan pelayanan publik yang terintegrasi melalui SP4N-LAPOR! sesuai Peraturan Presiden Nomor 76 Tahun 2013 dan Peraturan Menteri PANRB Nomor 46 Tahun 2020, perlu menetapkan pengelola SP4N-LAPOR! di lingkungan Kementerian Keuangan;",
        "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Keputusan Menteri Keuangan;",
    ])
    d.center("MEMUTUSKAN:", after=6)
    d.diktum([
        ("KESATU", "Menetapkan Inspektorat Jenderal sebagai Admin Instansi SP4N-LAPOR! Kementerian Keuangan."),
        ("KEDUA", "Menetapkan Sekretariat pada setiap unit eselon I sebagai Admin Unit Eselon I, termasuk Sekretariat Direktorat Jenderal Pajak, yang mengoordinasikan penanganan pengaduan pada Kantor Wilayah dan Kantor Pelayanan Pajak di lingkungannya."),
        ("KETIGA", "Setiap kantor vertikal menindaklanjuti pengaduan yang diteruskan melalui SP4N-LAPOR! sesuai kewenangannya dan melaporkan penyelesaiannya melalui aplikasi."),
        ("KEEMPAT", "Keputusan Menteri ini mulai berlaku pada tanggal ditetapkan."),
    ])
    d.signature(["MENTERI KEUANGAN REPUBLIK INDONESIA,", "", "ttd."], "DEWI KARTIKASARI", None, place_date="Ditetapkan di Jakarta\npada tanggal 22 Mei 2023")
    d.para("Salinan sesuai dengan aslinya\nKepala Biro Umum\nu.b.\nKepala Bagian Administrasi Kementerian\n\nttd.\n\nSugeng Haryadi", align="left", size=9.5, before=6)
    return docx_pdf(d, EV / A6 / "VI.3 Pengaduan/KMK Pengelola SP4N LAPOR Kemenkeu.pdf", work)


def skm(work, logo, timur=False):
    if timur:
        path = EV / A6 / "VI.4 SKM/Laporan SKM TW I 2024.pdf"
        kop_, addr_, name, head, nip = KOP_T, ADDR_T, "KPP PRATAMA BANYUSETA TIMUR", "Hendrawan Kusuma", "NIP 197911082000121001"
    else:
        path = EV / A6 / "VI.4 SKM/Laporan SKM Tahun 2023 (TW I-IV).pdf"
        kop_, addr_, name, head, nip = KOP, ADDR, "KPP PRATAMA BANYUSETA", KAKPP, KAKPP_NIP
    rl = RL(path, base="Sans", size=10, footer=f"Laporan Survei Kepuasan Masyarakat {name}")
    rl.kop_block(kop_, addr_, logo)
    rl.p("LAPORAN SURVEI KEPUASAN MASYARAKAT", "title")
    if timur:
        rl.p(f"{name}<br/>TRIWULAN I TAHUN 2024", "subtitle")
        rl.p("Survei dilaksanakan sesuai Peraturan Menteri PANRB Nomor 14 Tahun 2017 terhadap pengguna layanan TPT pada periode Januari - Maret 2024 dengan 9 unsur pelayanan.")
        rl.table([["Periode", "Responden", "Nilai IKM", "Mutu"], ["Triwulan I 2024", "402", "89,10", "B"]], [5, 3.5, 3.5, 3])
    else:
        rl.p(f"{name}<br/>TAHUN 2023 (TRIWULAN I - TRIWULAN IV)", "subtitle")
        rl.p("Survei dilaksanakan setiap triwulan sesuai Peraturan Menteri PANRB Nomor 14 Tahun 2017 terhadap pengguna layanan Tempat Pelayanan Terpadu, dengan kuesioner 9 unsur pelayanan (persyaratan; sistem, mekanisme dan prosedur; waktu penyelesaian; biaya/tarif; produk layanan; kompetensi pelaksana; perilaku pelaksana; penanganan pengaduan; sarana dan prasarana).")
        rl.table([["Periode", "Pelaksanaan", "Responden", "Nilai IKM", "Mutu"],
                  ["Triwulan I 2023", "1 Januari - 31 Maret 2023", "411", "86,25", "B"],
                  ["Triwulan II 2023", "1 April - 30 Juni 2023", "398", "87,40", "B"],
                  ["Triwulan III 2023", "1 Juli - 30 September 2023", "405", "88,12", "B"],
                  ["Triwulan IV 2023", "1 Oktober - 31 Desember 2023", "420", "89,03", "B"]],
                 [3.3, 5.2, 2.5, 2.5, 2.0], zebra=True)
        rl.p("Nilai per unsur (rata-rata tahun 2023)", "h2")
        rl.table([["U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"], ["3,48", "3,42", "3,31", "3,95", "3,51", "3,50", "3,56", "3,29", "3,37"]], [1.8] * 9)
        rl.p("Unsur terendah adalah penanganan pengaduan (U8) dan waktu penyelesaian (U3); tindak lanjut yang direncanakan untuk tahun 2024 adalah penambahan petugas helpdesk dan antrean daring.")
    rl.signature(["Kepala Kantor,"], head, nip, place_date="Banyuseta, " + ("5 April 2024" if timur else "8 Januari 2024"))
    return rl.build()


def main():
    if EV.exists():
        shutil.rmtree(EV)
    EV.mkdir(parents=True)
    with tempfile.TemporaryDirectory() as t:
        work = Path(t)
        logo = make_logo(work / "logo_kemenkeu.png", "ministry", 3)
        kep_tim_2023(work, logo)
        kep_tim_2024(work, logo)
        rencana_kerja(logo).save(EV / A1 / "I.2 Rencana Pembangunan/Rencana Kerja ZI 2024.docx")
        garbage_pdf(EV / A1 / "I.3 Pemantauan dan Evaluasi/Laporan Monev ZI Semester I 2024.pdf", seed=204)
        kep_agen_timur(work, logo)
        internalisasi(work, logo)
        monev_ti(work, logo)
        kep_mutasi(work, logo)
        rekap_kompetensi(work, logo)
        notulen_kk(work, logo)
        kontrak_kinerja(work, logo)
        lakin_2022(work, logo)
        tanda_terima_lakin(work, logo)
        kampanye(work, logo)
        profil_risiko(work, logo)
        kep_dirjen_sp(work, logo)
        kmk_lapor(work, logo)
        skm(work, logo)
        skm(work, logo, timur=True)
    for f in sorted(EV.rglob("*")):
        if f.is_file():
            print(f"{f.stat().st_size:>9}  {f.relative_to(EV)}")


if __name__ == "__main__":
    main()
