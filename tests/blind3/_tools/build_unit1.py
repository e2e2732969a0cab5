"""Unit 1: Pengadilan Agama Tanjung Rambai Kelas IB (Pengadilan Tinggi Agama Jambi, Badilag, Mahkamah Agung), 2024, WBBM.

A first-instance religious court that obtained WBK in 2022 and is proposed for WBBM in 2024.
Fabricated: the town and regency of Tanjung Rambai, the court, its neighbour Pengadilan Agama
Tanjung Rambai Barat (Simpang Selasih), all people, numbers and documents.
Run: /work/main/.venv/bin/python tests/blind3/_tools/build_unit1.py
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (RL, Batch, Docx, Seal, emblem, event_photo, merge_pdfs, photo_jpg, scan_pdf,  # noqa: E402
                    screenshot, truncated_pdf, write_xlsx)

ROOT = Path(__file__).resolve().parents[1] / "pa_tanjung_rambai"
EV = ROOT / "evidence"
A1 = "AREA I MANAJEMEN PERUBAHAN"
A2 = "AREA II PENATAAN TATALAKSANA"
A3 = "AREA III PENATAAN SDM"
A4 = "AREA IV PENGUATAN AKUNTABILITAS"
A5 = "AREA V PENGUATAN PENGAWASAN"
A6 = "AREA VI PENINGKATAN KUALITAS PELAYANAN PUBLIK"

KOP = ["MAHKAMAH AGUNG REPUBLIK INDONESIA", "DIREKTORAT JENDERAL BADAN PERADILAN AGAMA", "PENGADILAN TINGGI AGAMA JAMBI",
       "PENGADILAN AGAMA TANJUNG RAMBAI KELAS IB"]
ADDR = ["Jalan Lintas Timur Km. 4, Tanjung Rambai, Jambi 36571. Telepon (0742) 32118",
        "Laman: www.pa-tanjungrambai.go.id, Pos-el: surat@pa-tanjungrambai.go.id"]
KOP_BARAT = ["MAHKAMAH AGUNG REPUBLIK INDONESIA", "DIREKTORAT JENDERAL BADAN PERADILAN AGAMA", "PENGADILAN TINGGI AGAMA JAMBI",
             "PENGADILAN AGAMA TANJUNG RAMBAI BARAT"]
ADDR_BARAT = ["Jalan Pelita Nomor 9, Simpang Selasih, Jambi 36582. Telepon (0742) 41250",
              "Laman: www.pa-tanjungrambaibarat.go.id, Pos-el: pa.trbarat@gmail.com"]
KOP_PTA = ["MAHKAMAH AGUNG REPUBLIK INDONESIA", "DIREKTORAT JENDERAL BADAN PERADILAN AGAMA", "PENGADILAN TINGGI AGAMA JAMBI"]
ADDR_PTA = ["Jalan Kolonel Abunjani Nomor 40, Jambi 36129. Telepon (0741) 60321", "Laman: www.pta-jambi.go.id"]

UNIT = "Pengadilan Agama Tanjung Rambai"
HEAD = "KETUA PENGADILAN AGAMA TANJUNG RAMBAI"
KPA = "Dr. H. AHMAD FAUZAN LUBIS, S.H.I., M.H."
KPA_SIG = "AHMAD FAUZAN LUBIS"
KPA_NIP = "NIP 19780611 200312 1 002"
KPA_OLD = "Drs. H. ZULKIFLI AMRAN, M.H."
KPA_OLD_SIG = "ZULKIFLI AMRAN"
KPA_OLD_NIP = "NIP 19680304 199403 1 001"
WKPA = "Hj. NURLAILA HARAHAP, S.Ag., M.H."
WKPA_NIP = "NIP 19750820 200003 2 003"
PANITERA = "Drs. SYAMSUL BAHRI"
PAN_NIP = "NIP 19690115 199503 1 002"
SEKRETARIS = "RINI OKTAVIANI, S.E., M.M."
SEK_NIP = "NIP 19840917 200904 2 006"
KASUB_KEP = "M. RIDWAN SAPUTRA, S.H."
KASUB_KEP_NIP = "NIP 19880412 201101 1 007"
KASUB_PTIP = "YULIA KARTIKA, S.Kom."
KASUB_PTIP_NIP = "NIP 19910205 201503 2 002"
HAKIM_A = "MUHAMMAD ILHAM NASUTION, S.H.I., M.H."
HAKIM_A_NIP = "NIP 19850714 200904 1 005"
PANMUD_HK = "SITI AMINAH, S.H."
PANMUD_HK_NIP = "NIP 19810326 200604 2 004"
KPTA = "Dr. H. MUKHLIS RASYID, S.H., M.H."
KPTA_SIG = "MUKHLIS RASYID"
STAMP = dict(ring="PENGADILAN AGAMA TANJUNG RAMBAI", center=["JAMBI"], ink=(40, 60, 150))
STAMP_PTA = dict(ring="PENGADILAN TINGGI AGAMA JAMBI", center=["KETUA"], ink=(40, 60, 150))
TTD = ([HEAD + ","], KPA, [KPA_NIP])

MENGINGAT = [
    "Undang-Undang Nomor 7 Tahun 1989 tentang Peradilan Agama sebagaimana telah diubah terakhir dengan Undang-Undang Nomor 50 Tahun 2009;",
    "Undang-Undang Nomor 48 Tahun 2009 tentang Kekuasaan Kehakiman;",
    "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 90 Tahun 2021 tentang Pembangunan dan Evaluasi Zona Integritas Menuju Wilayah Bebas dari Korupsi dan Wilayah Birokrasi Bersih dan Melayani di Instansi Pemerintah;",
    "Keputusan Ketua Mahkamah Agung Nomor 58/KMA/SK/III/2019 tentang Pedoman Pembangunan Zona Integritas Menuju Wilayah Bebas dari Korupsi dan Wilayah Birokrasi Bersih dan Melayani pada Mahkamah Agung dan Badan Peradilan di Bawahnya;",
]


def kop(d: Docx, logo, lines=KOP, addr=ADDR):
    d.kop_center(lines, addr, logo=logo, sizes=[11] * (len(lines) - 1) + [13])


def rkop(rl: RL, logo, lines=KOP, addr=ADDR):
    rl.kop(lines, addr, logo=logo)


def sk(d: Docx, nomor, tentang, menimbang, mengingat, diktum, tanggal, head=HEAD, ttd=TTD, size=11, place="Tanjung Rambai"):
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


# =========================================================================== AREA I

TEAM = [
    ("Pengarah", "Dr. H. Ahmad Fauzan Lubis, S.H.I., M.H.", "Ketua"),
    ("Penanggung Jawab", "Hj. Nurlaila Harahap, S.Ag., M.H.", "Wakil Ketua"),
    ("Ketua Tim", "Muhammad Ilham Nasution, S.H.I., M.H.", "Hakim"),
    ("Sekretaris", "Rini Oktaviani, S.E., M.M.", "Sekretaris"),
    ("Koordinator Area I Manajemen Perubahan", "Fitri Handayani, S.H.I.", "Hakim"),
    ("Anggota", "Rahmad Hidayat, S.H.", "Panitera Pengganti"),
    ("Koordinator Area II Penataan Tatalaksana", "Siti Aminah, S.H.", "Panitera Muda Hukum"),
    ("Anggota", "Agus Priyanto, A.Md.", "Pranata Komputer"),
    ("Koordinator Area III Penataan SDM", "M. Ridwan Saputra, S.H.", "Kasubbag Kepegawaian, Organisasi dan Tata Laksana"),
    ("Anggota", "Desi Ratnasari", "Pengelola Kepegawaian"),
    ("Koordinator Area IV Penguatan Akuntabilitas", "Yulia Kartika, S.Kom.", "Kasubbag Perencanaan, TI dan Pelaporan"),
    ("Anggota", "Hendra Gunawan, S.E.", "Analis Perencanaan"),
    ("Koordinator Area V Penguatan Pengawasan", "Drs. Syamsul Bahri", "Panitera"),
    ("Anggota", "Zainal Abidin, S.H.", "Jurusita"),
    ("Koordinator Area VI Pelayanan Publik", "Nur Hasanah, S.H.I.", "Panitera Muda Gugatan"),
    ("Anggota", "Riska Amelia, S.Sos.", "Petugas PTSP"),
    ("Anggota", "Fadhil Rahman", "Petugas Meja Informasi"),
]


def sk_tim(b: Batch, logo):
    d = Docx(font_name="Bookman Old Style", size=11, folio=True)
    kop(d, logo)
    sk(d, "W5-A12/0021/OT.01.3/I/2024",
       "PEMBENTUKAN TIM KERJA PEMBANGUNAN ZONA INTEGRITAS MENUJU WILAYAH BIROKRASI BERSIH DAN MELAYANI (WBBM) PADA PENGADILAN AGAMA TANJUNG RAMBAI KELAS IB TAHUN 2024",
       ["bahwa Pengadilan Agama Tanjung Rambai telah memperoleh predikat Wilayah Bebas dari Korupsi (WBK) pada Tahun 2022 dan diusulkan menuju predikat Wilayah Birokrasi Bersih dan Melayani (WBBM) pada Tahun 2024;",
        "bahwa nama-nama yang tercantum dalam Lampiran Keputusan ini telah ditentukan melalui rapat penentuan anggota tim tanggal 2 Januari 2024 dan dipandang cakap untuk melaksanakan tugas;",
        "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan Keputusan Ketua Pengadilan Agama Tanjung Rambai tentang Pembentukan Tim Kerja Pembangunan Zona Integritas Tahun 2024;"],
       MENGINGAT,
       [("KESATU", "Membentuk Tim Kerja Pembangunan Zona Integritas menuju Wilayah Birokrasi Bersih dan Melayani pada Pengadilan Agama Tanjung Rambai Kelas IB Tahun 2024 dengan susunan sebagaimana tercantum dalam Lampiran Keputusan ini."),
        ("KEDUA", "Tim Kerja terbagi dalam enam kelompok kerja sesuai area perubahan dan bertugas menyusun rencana kerja, melaksanakan, memantau dan mengevaluasi pembangunan Zona Integritas, serta melaporkan hasilnya kepada Ketua setiap triwulan."),
        ("KETIGA", "Segala biaya yang timbul akibat ditetapkannya Keputusan ini dibebankan pada DIPA Pengadilan Agama Tanjung Rambai Tahun Anggaran 2024."),
        ("KEEMPAT", "Keputusan ini berlaku sejak tanggal ditetapkan sampai dengan 31 Desember 2024, dengan ketentuan apabila di kemudian hari terdapat kekeliruan akan diadakan perbaikan sebagaimana mestinya.")],
       "3 Januari 2024", size=11)
    d.pagebreak()
    d.para("LAMPIRAN KEPUTUSAN KETUA PENGADILAN AGAMA TANJUNG RAMBAI\nNOMOR W5-A12/0021/OT.01.3/I/2024\nTANGGAL 3 JANUARI 2024", align="left", indent=8.0, size=9, after=8)
    d.center("SUSUNAN TIM KERJA PEMBANGUNAN ZONA INTEGRITAS TAHUN 2024", size=10.5, after=6)
    d.table([["No", "Kedudukan dalam Tim", "Nama", "Jabatan"]] + [[str(i), r, n, j] for i, (r, n, j) in enumerate(TEAM, 1)],
            widths=[0.9, 5.0, 5.6, 5.6], size=9, align=["c", "l", "l", "l"])
    d.signature(TTD[0], KPA, [KPA_NIP], size=10.5, gap=3)
    return b.add(d, EV / A1 / "I.1 Penyusunan Tim Kerja/A.I.1.i.a SK Tim Pembangunan ZI 2024.pdf")


def notulen_tim(logo):
    d = Docx(font_name="Arial", size=10.5)
    kop(d, logo)
    d.center("NOTULEN RAPAT", after=0)
    d.center("PENENTUAN ANGGOTA TIM KERJA PEMBANGUNAN ZONA INTEGRITAS TAHUN 2024", after=10)
    d.kv([("Hari / tanggal", "Selasa, 2 Januari 2024"), ("Waktu", "13.30 - 15.30 WIB"), ("Tempat", "Ruang Media Center Pengadilan Agama Tanjung Rambai"),
          ("Pimpinan rapat", "Ketua Pengadilan Agama Tanjung Rambai"), ("Notulis", "Desi Ratnasari"),
          ("Peserta", "Wakil Ketua, para Hakim, Panitera, Sekretaris, Panitera Muda, Kepala Subbagian (22 orang)")], widths=(3.5, 0.4))
    d.para("**A. Pembukaan**", after=2)
    d.para("Ketua menyampaikan bahwa Pengadilan Agama Tanjung Rambai diusulkan oleh Pengadilan Tinggi Agama Jambi menuju predikat WBBM Tahun 2024 sehingga Tim Kerja ZI Tahun 2023 perlu diperbarui.")
    d.para("**B. Pembahasan**", after=2)
    for t in ["1. Untuk unsur kepaniteraan dan kesekretariatan, setiap Panitera Muda dan Kepala Subbagian mengusulkan dua calon secara tertulis. Kriteria calon: tidak sedang menjalani hukuman disiplin, nilai SKP 2023 minimal Baik, telah mengikuti sosialisasi ZI, dan bersedia menandatangani pakta integritas.",
              "2. Calon dari kepaniteraan dan kesekretariatan dinilai oleh Wakil Ketua, Panitera dan Sekretaris dengan lembar penilaian (integritas 40%, kompetensi 30%, komitmen 30%); terpilih 10 orang dari 16 calon.",
              "3. Unsur hakim (Ketua Tim dan Koordinator Area I) tidak melalui seleksi; keduanya ditunjuk langsung oleh Ketua karena jumlah hakim terbatas dan beban persidangan tinggi.",
              "4. Unsur jurusita/jurusita pengganti diwakili satu orang yang ditunjuk Panitera tanpa usulan tertulis; tenaga PPNPN (satpam, pramubakti, pengemudi) belum diikutsertakan dalam tim.",
              "5. Hasil rapat dituangkan dalam Keputusan Ketua tentang Pembentukan Tim Kerja Pembangunan ZI Tahun 2024."]:
        d.para(t, indent=1.0, first=-0.5)
    d.para("**C. Kesimpulan**", after=2)
    d.para("Susunan tim disetujui. Sebagian anggota dipilih melalui usulan dan penilaian tertulis; sebagian lainnya ditunjuk langsung.")
    d.table([["No", "Unsur", "Cara penentuan", "Jumlah"], ["1", "Pimpinan", "Ex officio", "2"], ["2", "Hakim", "Ditunjuk langsung oleh Ketua", "2"],
             ["3", "Kepaniteraan", "Usulan tertulis dan penilaian", "5"], ["4", "Kesekretariatan", "Usulan tertulis dan penilaian", "5"],
             ["5", "Jurusita", "Ditunjuk oleh Panitera", "1"], ["6", "Panitera/Sekretaris", "Ex officio", "2"]],
            widths=[0.9, 4.0, 8.0, 2.0], size=9.5, align=["c", "l", "l", "c"])
    d.signature(["Notulis,"], "DESI RATNASARI", ["NIP 19930810 201903 2 004"], place_date="Tanjung Rambai, 2 Januari 2024", size=10,
                left=(["Mengetahui,", "Ketua Pengadilan Agama Tanjung Rambai"], KPA, [KPA_NIP], None))
    return d.save(EV / A1 / "I.1 Penyusunan Tim Kerja/A.I.1.i.b Notulen Rapat Penentuan Anggota Tim.docx")


ACTIONS = [
    ("I", "Pembaruan SK Tim ZI dan rencana kerja 2024", "Januari", "Ketua Tim"),
    ("I", "Publikasi pembangunan ZI di laman, Instagram dan radio setiap bulan", "Januari - Desember", "Koordinator Area I"),
    ("I", "Monitoring dan evaluasi triwulanan dipimpin Ketua", "Maret, Juni, September, Desember", "Ketua Tim"),
    ("I", "Penetapan agen perubahan 2024", "Januari", "Ketua"),
    ("I", "Internalisasi nilai BerAKHLAK dan budaya kerja pada apel Senin", "Januari - Desember", "Sekretaris"),
    ("II", "Reviu dan penetapan SOP 2024", "Januari", "Panitera Muda Hukum"),
    ("II", "Evaluasi SOP Semester I", "Juni", "Panitera Muda Hukum"),
    ("II", "Pengembangan aplikasi SI RAMBAI versi 2", "Februari - Mei", "Kasubbag PTIP"),
    ("II", "Pemutakhiran daftar informasi publik", "Januari", "Petugas Informasi"),
    ("III", "Pemutakhiran peta jabatan dan ABK", "Februari", "Kasubbag KOT"),
    ("III", "Analisis kebutuhan pengembangan kompetensi", "Januari", "Kasubbag KOT"),
    ("III", "Pemenuhan 20 JP pengembangan kompetensi seluruh pegawai", "Januari - Desember", "Kasubbag KOT"),
    ("III", "Rotasi internal pegawai", "Juli", "Ketua"),
    ("IV", "Penyusunan LKjIP 2023", "Januari", "Kasubbag PTIP"),
    ("IV", "Penyusunan PK 2024 dan rapat penyusunan RKT", "Januari", "Ketua"),
    ("IV", "Rapat monitoring capaian kinerja bulanan", "Setiap bulan", "Ketua"),
    ("V", "Kampanye antigratifikasi", "Februari", "Koordinator Area V"),
    ("V", "Penyusunan register risiko dan rencana tindak pengendalian", "Februari", "Sekretaris"),
    ("V", "Sosialisasi SIWAS Mahkamah Agung kepada pegawai dan pengguna layanan", "Maret", "Panitera"),
    ("V", "Identifikasi benturan kepentingan", "Maret", "Koordinator Area V"),
    ("VI", "Forum Konsultasi Publik reviu standar pelayanan", "Mei", "Panitera Muda Gugatan"),
    ("VI", "Pelatihan pelayanan prima petugas PTSP", "April", "Sekretaris"),
    ("VI", "Survei kepuasan masyarakat triwulanan", "Maret, Juni, September, Desember", "Panitera Muda Hukum"),
    ("VI", "Sidang di luar gedung di tiga kecamatan terjauh", "April, Agustus, Oktober", "Panitera"),
]
TARGETS = [
    ("Predikat WBBM", "Nilai LKE hasil evaluasi TPN", ">= 85"),
    ("Kepuasan pencari keadilan", "Indeks Kepuasan Masyarakat (IKM) triwulanan", ">= 90"),
    ("Pelayanan bebas pungutan liar dan gratifikasi", "Temuan/pengaduan pungli yang terbukti", "0"),
    ("Penyelesaian perkara tepat waktu", "Persentase perkara diputus dalam 5 bulan", ">= 98%"),
    ("Penanganan pengaduan tuntas", "Pengaduan yang diselesaikan dalam 14 hari kerja", "100%"),
    ("Persepsi antikorupsi pengguna layanan", "Indeks Persepsi Anti Korupsi (survei)", ">= 3,60"),
    ("Minutasi perkara tepat waktu", "Perkara diminutasi paling lama 14 hari setelah putus", "100%"),
]


def rencana_kerja(b: Batch, logo):
    d = Docx(font_name="Arial", size=10.5)
    kop(d, logo)
    d.center("RENCANA KERJA PEMBANGUNAN ZONA INTEGRITAS", size=12, after=0)
    d.center("MENUJU WILAYAH BIROKRASI BERSIH DAN MELAYANI (WBBM)", after=0)
    d.center("PENGADILAN AGAMA TANJUNG RAMBAI KELAS IB TAHUN 2024", after=10)
    d.para("**I. Pendahuluan**", after=2)
    d.para("Pengadilan Agama Tanjung Rambai Kelas IB (46 pegawai; 1.284 perkara diterima pada Tahun 2023) memperoleh predikat WBK pada Tahun 2022. Rencana kerja ini memuat target prioritas dan rencana aksi pembangunan Zona Integritas menuju WBBM Tahun 2024 pada enam area perubahan, dan menjadi acuan Tim Kerja yang ditetapkan dengan Keputusan Ketua Nomor W5-A12/0021/OT.01.3/I/2024.")
    d.para("**II. Target Prioritas**", after=2)
    d.table([["No", "Target prioritas", "Ukuran keberhasilan", "Target 2024"]] + [[str(i), *t] for i, t in enumerate(TARGETS, 1)],
            widths=[0.8, 5.6, 7.0, 2.6], size=9, align=["c", "l", "l", "c"])
    d.para("**III. Rencana Aksi**", after=2)
    d.table([["No", "Area", "Kegiatan", "Waktu", "Penanggung jawab"]] + [[str(i), a[0], a[1], a[2], a[3]] for i, a in enumerate(ACTIONS, 1)],
            widths=[0.8, 1.0, 8.2, 3.6, 3.4], size=8.5, align=["c", "c", "l", "l", "l"])
    d.para("**IV. Pemantauan**", after=2)
    d.para("Pelaksanaan rencana aksi dan capaian target prioritas dipantau setiap triwulan dalam rapat monitoring dan evaluasi yang dipimpin Ketua; hasilnya dituangkan dalam laporan monev beserta tindak lanjutnya.")
    d.signature(["Ketua Pengadilan Agama Tanjung Rambai,"], KPA, [KPA_NIP], place_date="Tanjung Rambai, 10 Januari 2024", size=10.5)
    return b.add(d, EV / A1 / "I.2 Rencana Pembangunan ZI/A.I.1.ii.a-b Rencana Kerja ZI Menuju WBBM 2024.pdf")


def publikasi(work, logo):
    months = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September"]
    shots = []
    for i, m in enumerate(months[:6]):
        shots.append((screenshot(work / f"ig{i}.jpg", "post", "pa_tanjungrambai", f"ZI MENUJU WBBM\n{m.upper()} 2024",
                                 [f"Edisi {m}: {t}" for t in [["pencanangan pembangunan ZI", "layanan e-Court", "stop gratifikasi", "sidang di luar gedung", "SKM triwulan I", "Posbakum gratis"][i]]] + ["Disukai 142 orang"],
                                 seed=110 + i, size=(760, 760), accent=[(20, 100, 60), (150, 110, 20), (20, 70, 140)][i % 3]),
                      f"Unggahan Instagram @pa_tanjungrambai, {m} 2024"))
    shots.append((screenshot(work / "web1.jpg", "web", "https://www.pa-tanjungrambai.go.id/zona-integritas", "Zona Integritas",
                             ["Berita: Rapat Monev ZI Triwulan I 2024 (28/03/2024)", "Berita: FKP Reviu Standar Pelayanan (22/05/2024)",
                              "Berita: Monev ZI Triwulan II 2024 (27/06/2024)", "Dokumen: Rencana Kerja ZI 2024, SK Tim ZI 2024", "Survei: hasil SKM Triwulan I dan II 2024"], seed=117),
                  "Halaman Zona Integritas pada laman resmi, diakses 5 Juli 2024"))
    shots.append((event_photo(work / "radio.jpg", "Talkshow Radio Swara Rambai FM: layanan PA menuju WBBM, 18 April 2024", 118, people=3,
                              banner="DIALOG INTERAKTIF\nPA TANJUNG RAMBAI"), "Dialog interaktif di radio lokal, 18 April 2024"))
    shots.append((event_photo(work / "sos_kua.jpg", "Sosialisasi ZI kepada KUA, advokat dan Posbakum, 7 Februari 2024", 119, people=10,
                              banner="SOSIALISASI ZONA INTEGRITAS\nMENUJU WBBM 2024"), "Sosialisasi kepada pemangku kepentingan, 7 Februari 2024"))
    rl = RL(EV / A1 / "I.2 Rencana Pembangunan ZI/Publikasi dan Sosialisasi ZI 2024.pdf", base="Sans", size=10)
    rkop(rl, logo)
    rl.p("LAPORAN PUBLIKASI DAN SOSIALISASI PEMBANGUNAN ZONA INTEGRITAS<br/>PENGADILAN AGAMA TANJUNG RAMBAI JANUARI - JUNI 2024", "title")
    rl.p("Pembangunan Zona Integritas diinformasikan kepada pegawai dan pemangku kepentingan secara berkala: unggahan Instagram dan berita laman setiap bulan (jadwal publikasi pada rencana aksi nomor 2), dialog radio, serta sosialisasi tatap muka kepada KUA se-Kabupaten Tanjung Rambai, advokat dan petugas Posbakum. Pertanyaan warganet dijawab oleh admin media sosial paling lama 1 x 24 jam.")
    rl.table([["Bulan", "Media", "Materi", "Jangkauan"], ["Januari", "Instagram, laman", "Pencanangan ZI menuju WBBM", "1.920 akun"], ["Februari", "Tatap muka, Instagram", "Sosialisasi kepada KUA dan advokat; e-Court", "46 peserta; 2.310 akun"],
              ["Maret", "Instagram, laman", "Stop gratifikasi; hasil monev TW I", "2.045 akun"], ["April", "Radio, Instagram", "Dialog interaktif; sidang di luar gedung", "siaran 60 menit"],
              ["Mei", "Instagram, laman", "Hasil SKM TW I; FKP standar pelayanan", "1.877 akun"], ["Juni", "Instagram, laman", "Posbakum gratis; monev TW II", "2.204 akun"]], [2.4, 4.0, 6.6, 3.0], size=9)
    rl.image_grid(shots, cols=2)
    rl.signature(["Koordinator Area I"], "FITRI HANDAYANI, S.H.I.", ["NIP 19890222 201503 2 003"], place_date="Tanjung Rambai, 5 Juli 2024")
    return rl.build()


def monev_tw1(logo):
    rl = RL(EV / A1 / "I.3 Monitoring dan Evaluasi/Laporan Monev ZI Triwulan I 2024.pdf", base="Serif", size=10.5, footer="Monev ZI PA Tanjung Rambai - {page}")
    rkop(rl, logo)
    rl.p("LAPORAN MONITORING DAN EVALUASI<br/>PEMBANGUNAN ZONA INTEGRITAS MENUJU WBBM<br/>TRIWULAN I TAHUN 2024", "title")
    rl.p("Rapat monitoring dan evaluasi dilaksanakan pada Kamis, 28 Maret 2024 di Ruang Media Center, dipimpin langsung oleh Ketua Pengadilan Agama Tanjung Rambai dan dihadiri Wakil Ketua, Ketua Tim, Panitera, Sekretaris dan seluruh koordinator area.")
    rows = [["No", "Area", "Kegiatan", "Jadwal", "Realisasi TW I"]]
    for i, a in enumerate(ACTIONS):
        if any(m in a[2] for m in ("Januari", "Februari", "Maret", "Setiap bulan")):
            rows.append([str(i + 1), a[0], a[1], a[2], {3: "Belum; menunggu pedoman agen perubahan dari Badilag", 19: "Dalam proses"}.get(i, "Terlaksana")])
    rl.table(rows, [0.8, 1.0, 8.0, 3.6, 3.6], size=8.5)
    rl.p("Rekomendasi", "h2")
    rl.bullets(["Ketua menetapkan agen perubahan 2024 paling lambat April 2024.", "Koordinator Area V menyelesaikan identifikasi benturan kepentingan pada April 2024.",
                "Kasubbag PTIP menyiapkan uji coba SI RAMBAI versi 2 sebelum Mei 2024.", "Panitera Muda Gugatan menyiapkan undangan FKP kepada tokoh masyarakat, akademisi dan LSM."], mark="1")
    rl.signature(["Ketua Tim ZI"], HAKIM_A, [HAKIM_A_NIP], place_date="Tanjung Rambai, 1 April 2024", left=(["Mengetahui,", "Ketua"], KPA, [KPA_NIP], None))
    return rl.build()


def monev_tw2(b: Batch, logo):
    d = Docx(font_name="Arial", size=10)
    kop(d, logo)
    d.center("LAPORAN MONITORING DAN EVALUASI PEMBANGUNAN ZONA INTEGRITAS", after=0)
    d.center("PENGADILAN AGAMA TANJUNG RAMBAI TRIWULAN II TAHUN 2024", after=10)
    d.para("Rapat monev triwulan II dilaksanakan pada Kamis, 27 Juni 2024, dipimpin oleh Ketua dan dihadiri seluruh anggota Tim Kerja ZI. Hasil pemantauan pelaksanaan rencana aksi sampai dengan Juni 2024:")
    rows = [["No", "Area", "Kegiatan", "Realisasi s.d. Juni 2024"]]
    late = {3: "Belum ditetapkan", 19: "Selesai April 2024", 6: "Terlaksana 24 Juni 2024"}
    for i, a in enumerate(ACTIONS):
        if any(m in a[2] for m in ("Juli", "Agustus, Oktober")) and i != 23:
            continue
        rows.append([str(i + 1), a[0], a[1], late.get(i, "Terlaksana" if i != 23 else "Terlaksana (April); Agustus dan Oktober terjadwal")])
    d.table(rows, widths=[0.8, 1.0, 9.0, 6.2], size=8.5, align=["c", "c", "l", "l"])
    d.para("**Rekomendasi triwulan II**: (1) penetapan agen perubahan segera dilakukan; (2) hasil evaluasi SOP ditindaklanjuti dengan revisi SOP; (3) hasil SKM TW II dipublikasikan; (4) rotasi internal Juli 2024 mempertimbangkan hasil TNA; (5) pemasangan papan informasi SIWAS di ruang tunggu; (6) pembaruan daftar informasi publik semester II.")
    d.signature(["Ketua Tim ZI,"], HAKIM_A, [HAKIM_A_NIP], place_date="Tanjung Rambai, 28 Juni 2024", size=10, left=(["Mengetahui,", "Ketua"], KPA, [KPA_NIP], None))
    src = b.add(d, b.work / "monev2_src.pdf")
    b.after(lambda: scan_pdf(src, EV / A1 / "I.3 Monitoring dan Evaluasi/Laporan Monev ZI Triwulan II 2024.pdf", seed=103,
                             seals=[Seal("MUHAMMAD ILHAM NASUTION"), Seal(KPA_SIG, **STAMP)], mode="camscan", color=True, dpi=140, quality=46, producer="CamScanner"))


def monev_tw3(b: Batch, logo):
    """The period (Triwulan III 2024) appears only in the page footer."""
    d = Docx(font_name="Arial", size=10)
    kop(d, logo)
    d.center("LAPORAN MONITORING DAN EVALUASI", after=0)
    d.center("PEMBANGUNAN ZONA INTEGRITAS MENUJU WBBM", after=10)
    d.para("**A. Pelaksanaan rapat**", after=2)
    d.para("Rapat monitoring dan evaluasi triwulan ini dipimpin oleh Wakil Ketua atas penugasan Ketua, dan dihadiri Ketua Tim, Panitera, Sekretaris serta seluruh koordinator area. Ketua menerima laporan hasil rapat dan memberikan arahan tertulis.")
    d.para("**B. Realisasi rencana aksi**", after=2)
    real = {3: "Belum; agen perubahan tahun lalu masih bertugas tanpa SK baru", 7: "Terlaksana; versi 2 diluncurkan Juni", 19: "Terlaksana",
            23: "Terlaksana April dan Agustus; Oktober terjadwal", 16: "Terlaksana satu kali (Februari)", 12: "Terlaksana (SK 15 Juli)"}
    rows = [["No", "Area", "Kegiatan", "Realisasi"]]
    for i, a in enumerate(ACTIONS):
        rows.append([str(i + 1), a[0], a[1], real.get(i, "Sesuai rencana")])
    d.table(rows, widths=[0.8, 1.0, 9.4, 5.8], size=8.5, align=["c", "c", "l", "l"])
    d.para("Dari 24 kegiatan rencana aksi, 21 kegiatan terlaksana sesuai rencana dan jadwal; tiga kegiatan belum sesuai rencana: penetapan agen perubahan 2024, kampanye antigratifikasi yang baru dilaksanakan satu kali, dan sidang di luar gedung yang baru dua dari tiga kali.")
    d.para("**C. Capaian target prioritas**", after=2)
    d.table([["No", "Target prioritas", "Target", "Capaian s.d. September", "Keterangan"],
             ["1", "Predikat WBBM", ">= 85", "-", "Menunggu evaluasi TPN"], ["2", "IKM triwulanan", ">= 90", "90,12 (TW I); 91,04 (TW II)", "Tercapai"],
             ["3", "Pungli/gratifikasi terbukti", "0", "0", "Tercapai"], ["4", "Perkara diputus dalam 5 bulan", ">= 98%", "99,1%", "Tercapai"],
             ["5", "Pengaduan tuntas 14 hari kerja", "100%", "100% (8 dari 8 yang selesai)", "Tercapai"], ["6", "Indeks Persepsi Anti Korupsi", ">= 3,60", "-", "Diukur oleh TPN"],
             ["7", "Minutasi 14 hari", "100%", "100%", "Tercapai"]], widths=[0.8, 5.0, 1.8, 4.8, 4.6], size=8.5, align=["c", "l", "c", "l", "l"])
    d.para("Lima dari tujuh target prioritas telah tercapai; dua target (nilai LKE dan indeks persepsi antikorupsi) baru dapat diukur pada evaluasi TPN.")
    d.para("**D. Rekomendasi**", after=2)
    d.para("1. Ketua menetapkan SK agen perubahan 2024. 2. Kampanye antigratifikasi dilaksanakan setiap bulan pada triwulan IV. 3. Sidang di luar gedung Oktober dilaksanakan di Kecamatan Rambai Hulu.")
    d.signature(["Ketua Tim ZI,"], HAKIM_A, [HAKIM_A_NIP], place_date="Tanjung Rambai,        Oktober 2024", size=10,
                left=(["Mengetahui,", "Wakil Ketua"], WKPA, [WKPA_NIP], None))
    d.footer("Laporan Monev Zona Integritas Triwulan III Tahun 2024 - Pengadilan Agama Tanjung Rambai")
    return b.add(d, EV / A1 / "I.3 Monitoring dan Evaluasi/Laporan Monev ZI (TW III).pdf")


def tl_monev(logo):
    d = Docx(font_name="Arial", size=10.5)
    kop(d, logo)
    d.center("LAPORAN TINDAK LANJUT", after=0)
    d.center("HASIL MONITORING DAN EVALUASI ZONA INTEGRITAS TRIWULAN II TAHUN 2024", after=10)
    d.para("Menindaklanjuti rekomendasi rapat monitoring dan evaluasi tanggal 27 Juni 2024, dilaporkan tindak lanjut sebagai berikut:")
    d.table([["No", "Rekomendasi", "Tindak lanjut", "Status"],
             ["1", "Penetapan agen perubahan segera dilakukan", "Konsep SK agen perubahan disampaikan kepada Ketua 10 Juli 2024; Ketua memutuskan menunggu pedoman Badilag", "Ditindaklanjuti, belum selesai"],
             ["2", "Revisi SOP hasil evaluasi", "Empat SOP direvisi dan ditetapkan 8 Juli 2024", "Selesai"],
             ["3", "Publikasi hasil SKM TW II", "Diunggah ke laman dan Instagram 5 Juli 2024", "Selesai"],
             ["4", "Rotasi internal mempertimbangkan TNA", "SK rotasi 15 Juli 2024 memuat pertimbangan kompetensi", "Selesai"],
             ["5", "Papan informasi SIWAS di ruang tunggu", "Terpasang 12 Juli 2024", "Selesai"],
             ["6", "Pembaruan daftar informasi publik", "DIP semester II ditetapkan 1 Juli 2024", "Selesai"]],
            widths=[0.8, 5.2, 8.0, 3.0], size=9, align=["c", "l", "l", "l"])
    d.para("Lima dari enam rekomendasi telah selesai ditindaklanjuti; satu rekomendasi sedang ditindaklanjuti.")
    d.signature(["Ketua Tim ZI,"], HAKIM_A, [HAKIM_A_NIP], place_date="Tanjung Rambai, 22 Juli 2024", size=10.5,
                left=(["Mengetahui,", "Ketua"], KPA, [KPA_NIP], None))
    return d.save(EV / A1 / "I.3 Monitoring dan Evaluasi/Laporan Tindak Lanjut Monev TW II 2024.docx")


AGEN_2023 = [("Fitri Handayani, S.H.I.", "Hakim"), ("Rahmad Hidayat, S.H.", "Panitera Pengganti"), ("Agus Priyanto, A.Md.", "Pranata Komputer"),
             ("Desi Ratnasari", "Pengelola Kepegawaian"), ("Zainal Abidin, S.H.", "Jurusita"), ("Riska Amelia, S.Sos.", "Petugas PTSP"), ("Hendra Gunawan, S.E.", "Analis Perencanaan")]


def sk_agen_2023(b: Batch, logo):
    d = Docx(font_name="Bookman Old Style", size=10.5, folio=True)
    kop(d, logo)
    sk(d, "W5-A12/0009/OT.01.3/I/2023", "PENETAPAN AGEN PERUBAHAN PADA PENGADILAN AGAMA TANJUNG RAMBAI TAHUN 2023",
       ["bahwa dalam rangka mempertahankan predikat Wilayah Bebas dari Korupsi diperlukan agen perubahan sebagai pelopor dan teladan perubahan;",
        "bahwa berdasarkan pertimbangan sebagaimana dimaksud pada huruf a, perlu menetapkan Keputusan Ketua Pengadilan Agama Tanjung Rambai tentang Penetapan Agen Perubahan Tahun 2023;"],
       ["Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 27 Tahun 2014 tentang Pedoman Pembangunan Agen Perubahan di Instansi Pemerintah;"] + MENGINGAT[2:],
       [("KESATU", "Menetapkan nama-nama sebagaimana tercantum dalam Lampiran sebagai Agen Perubahan pada Pengadilan Agama Tanjung Rambai Tahun 2023."),
        ("KEDUA", "Agen perubahan bertugas menjadi teladan, membuat aksi perubahan di satuan kerjanya dan melaporkannya kepada Ketua setiap semester."),
        ("KETIGA", "Keputusan ini berlaku sejak tanggal 1 Januari 2023 sampai dengan 31 Desember 2023.")],
       "5 Januari 2023", ttd=([HEAD + ","], KPA_OLD, [KPA_OLD_NIP]), size=10.5)
    d.para("LAMPIRAN: DAFTAR AGEN PERUBAHAN TAHUN 2023", bold=True, align="left", size=10, before=6)
    d.table([["No", "Nama", "Jabatan"]] + [[str(i), n, j] for i, (n, j) in enumerate(AGEN_2023, 1)], widths=[1.0, 7.5, 7.5], size=9.5, align=["c", "l", "l"])
    src = b.add(d, b.work / "agen2023_src.pdf")
    b.after(lambda: scan_pdf(src, EV / A1 / "I.4 Perubahan Pola Pikir/SK Agen Perubahan PA Tanjung Rambai.pdf", seed=104,
                             seals=[Seal(KPA_OLD_SIG, pages="all", **STAMP)], mode="copier", dpi=150, quality=44, producer="Canon iR-ADV 4525 PDF",
                             page_size=(609.4, 935.4)))


def role_model(work, logo):
    caps = [("Ketua memimpin apel pagi Senin, 8 Januari 2024", "APEL PAGI", True),
            ("Ketua melayani langsung pengguna layanan di meja PTSP, 14 Februari 2024", "PELAYANAN TERPADU SATU PINTU", False),
            ("Ketua memimpin rapat monev ZI Triwulan I, 28 Maret 2024", "RAPAT MONEV ZI TW I 2024", False),
            ("Ketua memimpin sidang di luar gedung, Kecamatan Bukit Rambai, 24 April 2024", "SIDANG DI LUAR GEDUNG\nPA TANJUNG RAMBAI", True)]
    items = [(event_photo(work / f"rm{i}.jpg", c, seed=120 + i, banner=bn, outdoor=o, uniform=[(30, 90, 60), (40, 40, 50), (235, 235, 235)]), c)
             for i, (c, bn, o) in enumerate(caps)]
    rl = RL(EV / A1 / "I.4 Perubahan Pola Pikir/Dokumentasi Ketua sebagai Role Model 2024.pdf", base="Sans", size=10)
    rkop(rl, logo)
    rl.p("DOKUMENTASI KETELADANAN PIMPINAN (ROLE MODEL)<br/>PENGADILAN AGAMA TANJUNG RAMBAI JANUARI - JUNI 2024", "title")
    rl.p("Ketua dan Wakil Ketua menjadi teladan pelaksanaan nilai organisasi: hadir tepat waktu (rekap kehadiran apel pimpinan Januari-Juni 2024: Ketua 100%, Wakil Ketua 98%), memimpin langsung kegiatan Zona Integritas, melayani pengguna layanan di PTSP setiap Rabu, dan menerbitkan arahan tertulis Nomor W5-A12/0040/HM.00/I/2024 tanggal 9 Januari 2024 tentang larangan menerima pemberian dalam bentuk apa pun dari pihak berperkara.")
    rl.table([["Bulan", "Hari apel", "Ketua hadir", "Wakil Ketua hadir"], ["Januari", "5", "5", "5"], ["Februari", "4", "4", "4"], ["Maret", "4", "4", "4"],
              ["April", "4", "4", "3"], ["Mei", "4", "4", "4"], ["Juni", "4", "4", "4"]], [4.0, 3.0, 3.0, 3.5], size=9)
    rl.image_grid(items, cols=2)
    return rl.build()


def budaya_kerja(b: Batch, logo):
    d = Docx(font_name="Arial", size=10.5)
    kop(d, logo)
    d.center("LAPORAN INTERNALISASI BUDAYA KERJA DAN KETERLIBATAN PEGAWAI", after=0)
    d.center("DALAM PEMBANGUNAN ZONA INTEGRITAS SEMESTER I TAHUN 2024", after=10)
    d.para("**1. Kegiatan pembangunan budaya kerja**", after=2)
    d.para("Nilai dasar ASN BerAKHLAK dan nilai Mahkamah Agung (kemandirian, integritas, kejujuran, akuntabilitas, responsibilitas, keterbukaan, ketidakberpihakan, perlakuan yang sama di hadapan hukum) diinternalisasikan kepada seluruh 46 pegawai melalui: pembacaan nilai pada apel Senin; program 'Jumat Berintegritas' (kultum dan diskusi kasus etika setiap Jumat pertama); penghargaan pegawai teladan bulanan; dan pembiasaan 5R di ruang kerja.")
    d.para("**2. Penurunan resistensi**", after=2)
    d.para("Survei budaya kerja internal (Februari dan Juni 2024, 44 responden) menunjukkan pegawai yang menyatakan ragu atau menolak perubahan pola kerja (e-Court, e-Summons, absensi elektronik) turun dari 18,2% menjadi 4,5%; dua pegawai yang semula menolak kini menjadi pengguna aktif aplikasi. Tidak ada lagi keberatan atas penerapan layanan elektronik.")
    d.para("**3. Penuangan nilai dalam standar kerja**", after=2)
    d.para("Nilai integritas dan ketidakberpihakan dicantumkan pada SOP PTSP dan SOP penerimaan perkara (revisi 8 Juli 2024: larangan menerima pemberian, urutan layanan berdasarkan nomor antrean); SOP lainnya belum memuat nilai organisasi secara eksplisit.")
    d.para("**4. Keterlibatan pegawai**", after=2)
    d.table([["Kegiatan", "Pegawai terlibat", "Keterangan"], ["Penandatanganan pakta integritas", "46 dari 46", "Januari 2024"],
             ["Pengumpulan usulan perbaikan layanan (kotak ide)", "38 dari 46", "12 usulan, 5 diakomodasi dalam keputusan pimpinan"],
             ["Kerja bakti dan kegiatan ZI bulanan", "36 dari 46", "rata-rata kehadiran"], ["Rapat pokja ZI", "17 anggota tim", "setiap bulan"]],
            widths=[6.5, 3.5, 7.0], size=9.5)
    d.para("Sebagian besar pegawai (sekitar 80%) terlibat aktif dalam kegiatan pembangunan ZI; pegawai jurusita dan sebagian hakim belum aktif karena jadwal sidang dan pemanggilan.")
    d.signature(["Koordinator Area I,"], "FITRI HANDAYANI, S.H.I.", ["NIP 19890222 201503 2 003"], place_date="Tanjung Rambai, 5 Juli 2024", size=10.5,
                left=(["Mengetahui,", "Ketua"], KPA, [KPA_NIP], None))
    return b.add(d, EV / A1 / "I.4 Perubahan Pola Pikir/Laporan Internalisasi Budaya Kerja dan Keterlibatan Pegawai 2024.pdf")


# =========================================================================== AREA II

SOPS = [("SOP-PA.TR-01", "Pendaftaran perkara gugatan dan permohonan (e-Court dan manual)", "PB.01 Penerimaan perkara"),
        ("SOP-PA.TR-02", "Penaksiran dan pembayaran panjar biaya perkara", "PB.01 Penerimaan perkara"),
        ("SOP-PA.TR-03", "Penetapan majelis hakim dan hari sidang", "PB.02 Persidangan"),
        ("SOP-PA.TR-04", "Pemanggilan para pihak (relaas dan e-Summons)", "PB.02 Persidangan"),
        ("SOP-PA.TR-05", "Mediasi", "PB.02 Persidangan"), ("SOP-PA.TR-06", "Persidangan elektronik (e-Litigasi)", "PB.02 Persidangan"),
        ("SOP-PA.TR-07", "Minutasi berkas perkara", "PB.03 Penyelesaian perkara"), ("SOP-PA.TR-08", "Penerbitan akta cerai", "PB.03 Penyelesaian perkara"),
        ("SOP-PA.TR-09", "Permohonan banding dan kasasi", "PB.04 Upaya hukum"), ("SOP-PA.TR-10", "Eksekusi", "PB.05 Eksekusi"),
        ("SOP-PA.TR-11", "Layanan Pos Bantuan Hukum", "PB.06 Akses keadilan"), ("SOP-PA.TR-12", "Perkara prodeo", "PB.06 Akses keadilan"),
        ("SOP-PA.TR-13", "Sidang di luar gedung pengadilan", "PB.06 Akses keadilan"), ("SOP-PA.TR-14", "Layanan informasi publik", "PD.07 Informasi dan pengaduan"),
        ("SOP-PA.TR-15", "Penanganan pengaduan", "PD.07 Informasi dan pengaduan"), ("SOP-PA.TR-16", "Pengelolaan kepegawaian", "PD.08 Kesekretariatan"),
        ("SOP-PA.TR-17", "Perencanaan dan pelaporan kinerja", "PD.08 Kesekretariatan"), ("SOP-PA.TR-18", "Pengelolaan keuangan perkara", "PD.08 Kesekretariatan"),
        ("SOP-PA.TR-19", "Antrean dan notifikasi perkara melalui SI RAMBAI (inovasi)", "PB.01 Penerimaan perkara"),
        ("SOP-PA.TR-20", "Pengantaran akta cerai ke kantor desa (inovasi)", "PB.03 Penyelesaian perkara")]


def sk_sop(b: Batch, logo):
    d = Docx(font_name="Bookman Old Style", size=10.5)
    kop(d, logo)
    sk(d, "W5-A12/0012/OT.01.2/I/2024", "STANDAR OPERASIONAL PROSEDUR PADA PENGADILAN AGAMA TANJUNG RAMBAI KELAS IB",
       ["bahwa untuk menjamin pelaksanaan tugas yang tertib, efektif dan akuntabel, setiap proses kerja perlu dilaksanakan berdasarkan standar operasional prosedur yang mengacu pada peta proses bisnis Mahkamah Agung;",
        "bahwa Standar Operasional Prosedur Tahun 2023 telah direviu pada Desember 2023 sehingga perlu ditetapkan kembali;"],
       MENGINGAT[:2] + ["Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 35 Tahun 2012 tentang Pedoman Penyusunan Standar Operasional Prosedur Administrasi Pemerintahan;",
                        "Keputusan Sekretaris Mahkamah Agung tentang Peta Proses Bisnis Mahkamah Agung dan Badan Peradilan di Bawahnya;"],
       [("KESATU", "Menetapkan Standar Operasional Prosedur pada Pengadilan Agama Tanjung Rambai Kelas IB sebagaimana tercantum dalam Lampiran Keputusan ini."),
        ("KEDUA", "Setiap SOP mengacu pada kode proses bisnis dalam Peta Proses Bisnis Mahkamah Agung dan Badan Peradilan di Bawahnya; dua SOP inovasi unit (SOP-PA.TR-19 dan SOP-PA.TR-20) diselaraskan dengan proses bisnis penerimaan dan penyelesaian perkara."),
        ("KETIGA", "Dengan berlakunya Keputusan ini, Keputusan Ketua Pengadilan Agama Tanjung Rambai Nomor W5-A12/0008/OT.01.2/I/2023 dicabut dan dinyatakan tidak berlaku."),
        ("KEEMPAT", "Keputusan ini mulai berlaku pada tanggal ditetapkan.")],
       "4 Januari 2024", size=10.5)
    d.pagebreak()
    d.para("LAMPIRAN KEPUTUSAN KETUA PENGADILAN AGAMA TANJUNG RAMBAI NOMOR W5-A12/0012/OT.01.2/I/2024", align="left", size=9, after=6, bold=True)
    d.table([["No", "Kode SOP", "Nama SOP", "Kode proses bisnis"]] + [[str(i), *s] for i, s in enumerate(SOPS, 1)], widths=[0.9, 3.2, 8.2, 4.7], size=9, align=["c", "l", "l", "l"])
    return b.add(d, EV / A2 / "II.1 SOP/A.I.2.i.a SK Ketua PA tentang SOP 2024.pdf")


def evaluasi_sop(logo):
    rl = RL(EV / A2 / "II.1 SOP/Laporan Evaluasi SOP Semester I 2024.pdf", base="Serif", size=10.5)
    rkop(rl, logo)
    rl.p("LAPORAN EVALUASI STANDAR OPERASIONAL PROSEDUR<br/>SEMESTER I TAHUN 2024", "title")
    rl.p("Evaluasi dilaksanakan pada 10-24 Juni 2024 oleh Koordinator Area II bersama pemilik proses, terhadap SOP utama (SOP pelayanan perkara nomor 01 sampai dengan 15) menggunakan tujuh aspek evaluasi PermenPANRB 35/2012 (mampu mendorong kinerja, mudah dipahami, mudah dilaksanakan, semua orang dapat menjalankan perannya, mampu mengatasi permasalahan, mampu menjawab kebutuhan peningkatan kinerja, sinergi). SOP kesekretariatan dijadwalkan dievaluasi pada semester II.")
    rows = [["No", "SOP", "Hasil evaluasi", "Tindak lanjut"]]
    res = {0: ("Alur e-Court belum memuat verifikasi gugatan mandiri", "Direvisi 8 Juli 2024"), 3: ("Waktu e-Summons belum dicantumkan", "Direvisi 8 Juli 2024"),
           7: ("Belum mengatur pengantaran akta ke desa", "Direvisi 8 Juli 2024"), 13: ("Waktu layanan 10 hari terlalu lama", "Direvisi 8 Juli 2024 (5 hari kerja)")}
    for i in range(11):
        s = SOPS[i] if i < 9 else SOPS[i + 4]
        r, t = res.get(i if i < 9 else i + 4, ("Sesuai; tidak perlu perubahan", "-"))
        rows.append([str(len(rows)), f"{s[0]} {s[1]}", r, t])
    rl.table(rows, [0.8, 6.6, 5.2, 3.4], size=8.5)
    rl.p("Sebelas dari lima belas SOP utama telah dievaluasi; empat SOP direvisi. Empat SOP utama (penetapan majelis, mediasi, banding/kasasi, eksekusi) belum dievaluasi karena pemilik proses sedang cuti/diklat dan dijadwalkan September 2024.")
    rl.signature(["Koordinator Area II"], PANMUD_HK, [PANMUD_HK_NIP], place_date="Tanjung Rambai, 28 Juni 2024", left=(["Mengetahui,", "Ketua"], KPA, [KPA_NIP], None))
    return rl.build()


def aplikasi(work, logo):
    shots = [
        (screenshot(work / "sipp.jpg", "web", "https://sipp.pa-tanjungrambai.go.id", "SIPP - Sistem Informasi Penelusuran Perkara",
                    ["Perkara diterima 2024: 962", "Perkara diputus: 901", "Sisa perkara: 61", "Jadwal sidang hari ini: 38 perkara"], seed=131,
                    table=[["No Perkara", "Jenis", "Tgl daftar", "Status"], ["0712/Pdt.G/2024/PA.Tr", "Cerai gugat", "02/07/2024", "Sidang pertama"],
                           ["0713/Pdt.G/2024/PA.Tr", "Cerai talak", "02/07/2024", "Mediasi"]]), "SIPP (aplikasi terpusat Mahkamah Agung)"),
        (screenshot(work / "ecourt.jpg", "web", "https://ecourt.mahkamahagung.go.id", "e-Court Mahkamah Agung RI",
                    ["Pengadilan: PA Tanjung Rambai", "Pendaftaran elektronik 2024: 312 perkara", "e-Payment: virtual account", "e-Summons: 1.104 panggilan"], seed=132, accent=(120, 20, 20)),
         "e-Court: pendaftaran, pembayaran, pemanggilan dan persidangan elektronik (terpusat)"),
        (screenshot(work / "sikep.jpg", "app", "SIKEP - Sistem Informasi Kepegawaian Mahkamah Agung", "Data Pegawai Satker PA Tanjung Rambai",
                    ["Jumlah pegawai: 46", "Pemutakhiran terakhir: 03-07-2024", "Riwayat jabatan, pendidikan dan diklat"], seed=133), "SIKEP: manajemen SDM terpusat Mahkamah Agung"),
        (screenshot(work / "sakip.jpg", "app", "Aplikasi SAKIP Badilag", "Capaian Kinerja Triwulanan",
                    ["Satker: PA Tanjung Rambai", "Periode: Triwulan II 2024", "IKU 1: 99,1%   IKU 2: 92,0%", "Status unggah: terverifikasi PTA"], seed=134), "Pengukuran kinerja melalui aplikasi terpusat Badilag"),
        (screenshot(work / "sirambai.jpg", "web", "https://sirambai.pa-tanjungrambai.go.id", "SI RAMBAI - Ramah Antrean dan Informasi Perkara",
                    ["Ambil nomor antrean dari rumah", "Notifikasi WhatsApp jadwal sidang dan akta cerai", "Permohonan pengantaran akta ke kantor desa", "Dikembangkan oleh PA Tanjung Rambai sejak 2022"], seed=135, accent=(20, 100, 60)),
         "SI RAMBAI: inovasi layanan berbasis TI milik PA Tanjung Rambai"),
    ]
    rl = RL(EV / A2 / "II.2 SPBE/Tangkapan Layar Aplikasi Pengadilan 2024.pdf", base="Sans", size=10)
    rkop(rl, logo)
    rl.p("PEMANFAATAN TEKNOLOGI INFORMASI<br/>PENGADILAN AGAMA TANJUNG RAMBAI TAHUN 2024", "title")
    rl.p("Pengukuran kinerja dan manajemen SDM menggunakan aplikasi terpusat Mahkamah Agung/Badilag (Aplikasi SAKIP Badilag, SIKEP); pelayanan kepada publik menggunakan aplikasi terpusat (e-Court, SIPP) dan aplikasi inovasi satker (SI RAMBAI). Tangkapan layar diambil pada 3-5 Juli 2024.")
    rl.image_grid(shots, cols=2)
    return rl.build()


DIP = [("Profil, struktur organisasi dan LHKPN pimpinan", "Laman - Tentang Pengadilan", "Juli 2024"), ("Jadwal sidang dan putusan", "SIPP / Direktori Putusan", "Harian"),
       ("Biaya panjar perkara", "Laman - Layanan Publik", "Januari 2024"), ("Laporan keuangan dan realisasi anggaran", "Laman - Transparansi", "Triwulanan"),
       ("Laporan kinerja (LKjIP)", "Laman - Transparansi", "Januari 2024"), ("Standar pelayanan dan maklumat", "Laman - Layanan Publik", "Mei 2024"),
       ("Laporan pengaduan", "Laman - Pengaduan", "Triwulanan"), ("Hasil SKM", "Laman - Survei", "Triwulanan")]


def sk_ppid(b: Batch, logo):
    """A 2024 decree whose title cites a 2022 regulation of the Chief Justice."""
    d = Docx(font_name="Bookman Old Style", size=10.5)
    kop(d, logo)
    sk(d, "W5-A12/0018/HM.00/I/2024",
       "PENUNJUKAN PETUGAS INFORMASI DAN DOKUMENTASI SERTA PETUGAS MEJA INFORMASI BERDASARKAN KEPUTUSAN KETUA MAHKAMAH AGUNG NOMOR 2-144/KMA/SK/VIII/2022 TENTANG STANDAR PELAYANAN INFORMASI PUBLIK DI PENGADILAN",
       ["bahwa berdasarkan Keputusan Ketua Mahkamah Agung Nomor 2-144/KMA/SK/VIII/2022, setiap pengadilan wajib menunjuk Pejabat Pengelola Informasi dan Dokumentasi pelaksana serta petugas meja informasi;",
        "bahwa dengan adanya mutasi pegawai pada akhir Tahun 2023, penunjukan petugas perlu diperbarui dengan Keputusan Ketua Pengadilan Agama Tanjung Rambai;"],
       ["Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik;", "Keputusan Ketua Mahkamah Agung Nomor 2-144/KMA/SK/VIII/2022 tentang Standar Pelayanan Informasi Publik di Pengadilan;"],
       [("KESATU", "Menunjuk Panitera Pengadilan Agama Tanjung Rambai sebagai Pejabat Pengelola Informasi dan Dokumentasi (PPID) pelaksana, Kepala Subbagian Perencanaan, TI dan Pelaporan sebagai atasan petugas informasi, serta Fadhil Rahman dan Riska Amelia, S.Sos. sebagai petugas meja informasi."),
        ("KEDUA", "PPID pelaksana mengumumkan dan memutakhirkan seluruh informasi yang wajib diumumkan secara berkala melalui laman resmi dan meja informasi sesuai Daftar Informasi Publik sebagaimana tercantum dalam Lampiran."),
        ("KETIGA", "Dengan berlakunya Keputusan ini, Keputusan Ketua Nomor W5-A12/0107/HM.00/IX/2022 dicabut. Keputusan ini mulai berlaku pada tanggal ditetapkan.")],
       "8 Januari 2024", size=10.5)
    d.pagebreak()
    d.center("LAMPIRAN: DAFTAR INFORMASI PUBLIK PENGADILAN AGAMA TANJUNG RAMBAI TAHUN 2024", size=10, after=6)
    d.table([["No", "Informasi", "Media publikasi", "Pemutakhiran"]] + [[str(i), *x] for i, x in enumerate(DIP, 1)], widths=[0.9, 7.0, 5.2, 3.9], size=9, align=["c", "l", "l", "l"])
    d.para("Seluruh informasi di atas dapat diakses pada laman www.pa-tanjungrambai.go.id (menu Transparansi dan Layanan Publik) dan meja informasi PTSP; tangkapan layar pemutakhiran terakhir 1 Juli 2024 disimpan oleh petugas informasi.", size=9.5)
    return b.add(d, EV / A2 / "II.3 Keterbukaan Informasi/SK Petugas Informasi dan Dokumentasi (SK KMA 2-144 Tahun 2022).pdf")


def laporan_informasi_2023(logo):
    rl = RL(EV / A2 / "II.3 Keterbukaan Informasi/Laporan Layanan Informasi Publik Tahun 2023.pdf", base="Serif", size=10.5)
    rkop(rl, logo)
    rl.p("LAPORAN LAYANAN INFORMASI PUBLIK<br/>PENGADILAN AGAMA TANJUNG RAMBAI<br/>TAHUN 2023", "title")
    rl.p("Laporan ini disusun berdasarkan Keputusan Ketua Mahkamah Agung Nomor 2-144/KMA/SK/VIII/2022 dan memuat evaluasi pelaksanaan layanan informasi publik selama periode 1 Januari sampai dengan 31 Desember 2023.")
    rl.table([["Triwulan 2023", "Permohonan", "Dikabulkan", "Ditolak", "Rata-rata waktu (hari)"], ["I", "14", "13", "1", "3,2"], ["II", "11", "11", "0", "2,8"],
              ["III", "17", "16", "1", "3,0"], ["IV", "12", "12", "0", "2,5"], ["Jumlah", "54", "52", "2", "2,9"]], [3.4, 2.8, 2.8, 2.4, 4.4], size=9.5, bold_last=True)
    rl.p("Hasil evaluasi Tahun 2023: (1) dua permohonan ditolak karena informasi dikecualikan (identitas anak dalam perkara dispensasi kawin); (2) informasi laporan keuangan triwulan IV 2023 terlambat diunggah; (3) tindak lanjut: penjadwalan unggah laporan keuangan paling lambat tanggal 10 bulan berikutnya, berlaku mulai Tahun 2024.")
    rl.signature(["Panitera selaku PPID Pelaksana"], PANITERA, [PAN_NIP], place_date="Tanjung Rambai, 12 Januari 2024", left=(["Mengetahui,", "Ketua"], KPA, [KPA_NIP], None))
    return rl.build()


# =========================================================================== AREA III


def abk_xlsx():
    rows = [["No", "Jabatan", "Kelas", "Beban kerja (jam/tahun)", "Kebutuhan (ABK)", "Bezetting", "Selisih", "Keterangan"]]
    data = [("Ketua", 14, 1250, 1, 1), ("Wakil Ketua", 13, 1250, 1, 1), ("Hakim", 12, 6250, 6, 5), ("Panitera", 11, 1250, 1, 1), ("Sekretaris", 11, 1250, 1, 1),
            ("Panitera Muda", 9, 3750, 3, 3), ("Kepala Subbagian", 9, 3750, 3, 3), ("Panitera Pengganti", 8, 8750, 7, 6), ("Jurusita/Jurusita Pengganti", 7, 7500, 6, 5),
            ("Pranata Komputer", 7, 2500, 2, 1), ("Analis Perkara Peradilan", 7, 5000, 4, 4), ("Pengelola Kepegawaian", 6, 1250, 1, 1), ("Analis Perencanaan", 7, 1250, 1, 1),
            ("Bendahara", 6, 1250, 1, 1), ("Pengadministrasi Perkara", 5, 11250, 9, 8), ("Pengelola Barang Milik Negara", 6, 1250, 1, 1), ("Arsiparis", 7, 2500, 2, 1), ("Operator Layanan Operasional", 5, 3750, 3, 2)]
    for i, (j, k, bk, need, have) in enumerate(data, 1):
        rows.append([i, j, k, bk, need, have, have - need, "Diusulkan formasi 2025" if have < need else "Cukup"])
    rows.append(["", "JUMLAH", "", sum(x[2] for x in data), sum(x[3] for x in data), sum(x[4] for x in data), sum(x[4] - x[3] for x in data), ""])
    usul = [["No", "Jabatan", "Kebutuhan tambahan", "Dasar", "Usulan ke"], [1, "Hakim", 1, "ABK 2024 (6 vs 5)", "Badilag melalui PTA Jambi"],
            [2, "Panitera Pengganti", 1, "ABK 2024", "Badilag"], [3, "Jurusita Pengganti", 1, "ABK 2024", "Badilag"], [4, "Pranata Komputer", 1, "ABK 2024", "Biro Kepegawaian MA"],
            [5, "Pengadministrasi Perkara", 1, "ABK 2024", "Biro Kepegawaian MA"], [6, "Arsiparis", 1, "ABK 2024", "Biro Kepegawaian MA"], [7, "Operator Layanan Operasional", 1, "ABK 2024", "Biro Kepegawaian MA"]]
    return write_xlsx(EV / A3 / "III.1 Kebutuhan Pegawai/Peta Jabatan dan ABK PA Tanjung Rambai 2024.xlsx", [
        {"name": "Peta Jabatan dan ABK", "title": ["PETA JABATAN DAN ANALISIS BEBAN KERJA", "PENGADILAN AGAMA TANJUNG RAMBAI KELAS IB TAHUN 2024"], "rows": rows,
         "widths": [5, 32, 7, 16, 14, 11, 9, 24], "foot": ["Tanjung Rambai, 19 Februari 2024", "Kasubbag Kepegawaian, Organisasi dan Tata Laksana", "M. RIDWAN SAPUTRA, S.H."]},
        {"name": "Usulan Kebutuhan 2025", "title": ["USULAN KEBUTUHAN PEGAWAI TAHUN 2025 BERDASARKAN PETA JABATAN DAN ABK"], "rows": usul, "widths": [5, 30, 18, 20, 28]},
    ])


ROTASI = [("Rahmad Hidayat, S.H.", "Panitera Pengganti (majelis II)", "Panitera Pengganti (majelis I)", "Kompetensi teknis; tour of duty 3 tahun"),
          ("Riska Amelia, S.Sos.", "Petugas PTSP (informasi)", "Petugas PTSP (pendaftaran e-Court)", "Sertifikat e-Court; hasil TNA"),
          ("Fadhil Rahman", "Pengadministrasi Perkara", "Petugas Meja Informasi", "Hasil asesmen pelayanan prima"),
          ("Dewi Sartika, A.Md.", "Arsiparis", "Pengelola BMN", "Kebutuhan unit; kompetensi administrasi"),
          ("Irfan Maulana", "Operator Layanan Operasional", "Pengadministrasi Perkara", "Hasil TNA; beban kerja kepaniteraan")]


def sk_rotasi(b: Batch, logo):
    d = Docx(font_name="Bookman Old Style", size=10.5)
    kop(d, logo)
    sk(d, "W5-A12/0611/KP.04.6/VII/2024", "ROTASI INTERNAL PEGAWAI PENGADILAN AGAMA TANJUNG RAMBAI",
       ["bahwa dalam rangka pengembangan karier pegawai dan pemenuhan kebutuhan jabatan berdasarkan peta jabatan dan analisis beban kerja, perlu dilakukan rotasi internal pegawai;",
        "bahwa rotasi telah dibahas dalam rapat pimpinan tanggal 12 Juli 2024 dengan mempertimbangkan kompetensi, hasil asesmen, hasil training need analysis dan pola mutasi yang ditetapkan Mahkamah Agung;"],
       ["Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil sebagaimana telah diubah dengan Peraturan Pemerintah Nomor 17 Tahun 2020;",
        "Keputusan Sekretaris Mahkamah Agung tentang Pola Mutasi dan Promosi Pegawai di Lingkungan Mahkamah Agung dan Badan Peradilan di Bawahnya;"],
       [("KESATU", "Melakukan rotasi internal pegawai sebagaimana tercantum dalam Lampiran Keputusan ini, beserta pertimbangan kompetensi masing-masing."),
        ("KEDUA", "Pegawai yang dirotasi melaksanakan serah terima pekerjaan paling lambat 7 (tujuh) hari kerja sejak Keputusan ini ditetapkan."),
        ("KETIGA", "Keputusan ini mulai berlaku pada tanggal ditetapkan.")],
       "15 Juli 2024", size=10.5)
    d.para("LAMPIRAN: DAFTAR PEGAWAI YANG DIROTASI", bold=True, align="left", size=10, before=6)
    d.table([["No", "Nama", "Jabatan lama", "Jabatan baru", "Pertimbangan"]] + [[str(i), *r] for i, r in enumerate(ROTASI, 1)],
            widths=[0.8, 3.8, 4.0, 4.0, 4.4], size=8.5, align=["c", "l", "l", "l", "l"])
    src = b.add(d, b.work / "rotasi_src.pdf")
    b.after(lambda: scan_pdf(src, EV / A3 / "III.2 Mutasi/SK Rotasi Internal Pegawai Juli 2024.pdf", seed=105,
                             seals=[Seal(KPA_SIG, pages="all", **STAMP)], mode="copier", dpi=150, quality=44, producer="RICOH IM 2702"))


def tna(b: Batch, logo):
    d = Docx(font_name="Arial", size=10.5)
    kop(d, logo)
    d.center("ANALISIS KEBUTUHAN PENGEMBANGAN KOMPETENSI (TRAINING NEED ANALYSIS)", after=0)
    d.center("DAN RENCANA PENGEMBANGAN KOMPETENSI PEGAWAI TAHUN 2024", after=10)
    d.para("**A. Metode**", after=2)
    d.para("Analisis dilakukan pada 8-19 Januari 2024 terhadap seluruh 46 pegawai dengan membandingkan standar kompetensi jabatan dengan hasil penilaian kinerja (SKP) Tahun 2023, hasil asesmen kompetensi Badilag dan kuesioner kebutuhan pelatihan.")
    d.para("**B. Hasil analisis dan rencana pengembangan**", after=2)
    d.table([["Kelompok jabatan", "Pegawai", "Kesenjangan utama", "Dasar (SKP 2023)", "Rencana 2024"],
             ["Hakim", "7", "Mediasi, ekonomi syariah", "2 hakim predikat Baik, catatan mediasi", "Diklat sertifikasi mediator; bimtek ekonomi syariah"],
             ["Panitera Pengganti", "6", "Minutasi elektronik", "Keterlambatan minutasi 3 perkara", "In-house training e-Berpadu; coaching"],
             ["Jurusita", "5", "e-Summons", "Relaas tertunda", "Bimtek e-Summons"], ["Petugas PTSP", "6", "Pelayanan prima, bahasa isyarat dasar", "Keluhan SKM unsur perilaku", "Pelatihan pelayanan prima; kelas bahasa isyarat"],
             ["Kesekretariatan", "14", "SAKIP, pengadaan, arsip", "Catatan SKP", "Bimtek SAKIP; e-learning LKPP; mentoring"],
             ["Pimpinan dan pejabat", "8", "Kepemimpinan, manajemen risiko", "Hasil evaluasi kinerja", "Webinar kepemimpinan; bimtek manajemen risiko"]],
            widths=[3.2, 1.6, 3.6, 4.0, 4.6], size=8.5)
    d.para("**C. Target**: setiap pegawai memperoleh minimal 20 jam pelajaran pengembangan kompetensi pada Tahun 2024.")
    d.para("**D. Realisasi s.d. 30 September 2024**", after=2)
    d.table([["Bentuk", "Peserta", "JP"], ["Diklat/bimtek oleh Pusdiklat MA dan Badilag", "19 pegawai", "24-60"], ["In-house training (e-Berpadu, SAKIP, manajemen risiko)", "46 pegawai", "12"],
             ["Coaching dan mentoring oleh pimpinan", "46 pegawai", "8"], ["E-learning (SIPP, LKPP, Kemenkeu)", "31 pegawai", "10-20"]], widths=[9.0, 4.0, 4.0], size=9)
    d.para("Seluruh 46 pegawai telah memperoleh kesempatan pengembangan kompetensi dan telah mencapai minimal 20 JP per 30 September 2024 (rekap per pegawai tersedia pada aplikasi SIKEP).")
    d.signature(["Kepala Subbagian Kepegawaian, Organisasi dan Tata Laksana,"], KASUB_KEP, [KASUB_KEP_NIP], place_date="Tanjung Rambai, 1 Oktober 2024", size=10,
                left=(["Mengetahui,", "Sekretaris"], SEKRETARIS, [SEK_NIP], None))
    return b.add(d, EV / A3 / "III.3 Pengembangan Kompetensi/TNA dan Rencana Pengembangan Kompetensi 2024.pdf")


def pelayanan_prima(work, logo):
    """Filed under area III, proves PP.2.a."""
    rl = RL(EV / A3 / "III.3 Pengembangan Kompetensi/Laporan Pelatihan Pelayanan Prima Petugas PTSP.pdf", base="Sans", size=10)
    rkop(rl, logo)
    rl.p("LAPORAN PELATIHAN PELAYANAN PRIMA<br/>PETUGAS PELAYANAN TERPADU SATU PINTU (PTSP) TAHUN 2024", "title")
    rl.kv([("Dasar", "Rencana aksi ZI 2024 nomor 22; hasil TNA Januari 2024"), ("Jadwal", "Angkatan I: 23-24 April 2024; Angkatan II: 20-21 Agustus 2024 (terjadwal setiap semester)"),
           ("Peserta", "Seluruh 14 petugas layanan: 6 petugas PTSP, 2 petugas meja informasi, 3 petugas Posbakum, 3 petugas kasir/bank"),
           ("Narasumber", "Widyaiswara Balai Diklat Keagamaan; Tim PTA Jambi")])
    rl.p("Materi: budaya pelayanan prima, komunikasi efektif, pelayanan kelompok rentan dan penyandang disabilitas, penanganan keluhan, etika dan larangan gratifikasi. Nilai pre-test rata-rata 61,4 dan post-test 86,9.")
    rl.p("Monitoring kompetensi petugas", "h2")
    rl.p("Kompetensi petugas dipantau melalui penilaian mystery guest oleh Tim ZI (Juni dan September 2024) dan unsur perilaku pelaksana pada SKM: nilai unsur perilaku naik dari 3,41 (TW I) menjadi 3,58 (TW II). Seluruh 14 petugas dinyatakan kompeten pada penilaian September 2024.")
    photos = [(event_photo(work / f"pp{i}.jpg", c, seed=140 + i, banner=bn, people=9), c) for i, (c, bn) in enumerate([
        ("Pelatihan pelayanan prima angkatan I, 23 April 2024", "PELATIHAN PELAYANAN PRIMA\nPTSP PA TANJUNG RAMBAI"), ("Simulasi layanan disabilitas, 21 Agustus 2024", "PELAYANAN INKLUSIF")])]
    rl.image_grid(photos, cols=2)
    rl.signature(["Sekretaris"], SEKRETARIS, [SEK_NIP], place_date="Tanjung Rambai, 30 September 2024")
    return rl.build()


def disiplin(logo):
    rl = RL(EV / A3 / "III.5 Disiplin/Rekap Pelanggaran Disiplin dan Kode Etik 2023-2024.pdf", base="Serif", size=10.5)
    rkop(rl, logo)
    rl.p("LAPORAN PENEGAKAN DISIPLIN DAN KODE ETIK PEGAWAI<br/>TAHUN 2023 DAN TAHUN 2024 (s.d. 30 SEPTEMBER)", "title")
    rl.p("Penegakan disiplin berpedoman pada Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin PNS, Kode Etik dan Pedoman Perilaku Hakim, serta Kode Etik dan Kode Perilaku Panitera dan Jurusita yang ditetapkan Mahkamah Agung. Aturan tersebut disosialisasikan pada apel Senin pertama setiap bulan; kehadiran dipantau dengan absensi elektronik wajah terintegrasi SIKEP; dan PA Tanjung Rambai menerapkan inovasi 'Kartu Kendali Integritas' berupa catatan harian kepatuhan pegawai yang ditinjau atasan langsung setiap bulan.")
    rl.table([["No", "Tahun", "Pelanggaran", "Jenis hukuman", "Keputusan", "Status"],
              ["1", "2023", "Tidak masuk kerja tanpa keterangan 6 hari", "Ringan: teguran tertulis", "W5-A12/0233/KP.05.2/IV/2023", "Selesai"],
              ["2", "2023", "Terlambat berulang (rekap absensi)", "Ringan: teguran lisan", "W5-A12/0410/KP.05.2/VII/2023", "Selesai"],
              ["3", "2023", "Pelanggaran kode etik jurusita (pemanggilan tidak patut)", "Sedang: pemotongan tunjangan kinerja", "Putusan Badan Pengawasan MA", "Selesai"],
              ["4", "2024", "Tidak masuk kerja tanpa keterangan 4 hari", "Ringan: teguran tertulis", "W5-A12/0702/KP.05.2/VIII/2024", "Selesai"]],
             [0.8, 1.3, 5.2, 3.6, 3.8, 1.3], size=8.5)
    rl.table([["Uraian", "2023", "2024"], ["Jumlah pelanggaran", "3", "1"], ["Pelanggaran yang telah dijatuhi hukuman", "3", "1"], ["Penurunan", "", "66,7%"]], [8.0, 3.0, 3.0], size=9.5)
    rl.signature(["Kepala Subbagian Kepegawaian, Organisasi dan Tata Laksana"], KASUB_KEP, [KASUB_KEP_NIP], place_date="Tanjung Rambai, 1 Oktober 2024",
                 left=(["Mengetahui,", "Ketua"], KPA, [KPA_NIP], None))
    return rl.build()


# =========================================================================== AREA IV


def renstra(logo):
    rl = RL(EV / A4 / "IV.1 Perencanaan/Renstra 2020-2024 (Reviu 2022) dan RKT 2024.pdf", base="Serif", size=10.5,
            footer="Rencana Strategis Pengadilan Agama Tanjung Rambai 2020-2024 - halaman {page}")
    rkop(rl, logo)
    rl.p("RENCANA STRATEGIS<br/>PENGADILAN AGAMA TANJUNG RAMBAI<br/>TAHUN 2020-2024<br/>(REVIU TAHUN 2022)", "title")
    rl.p("BAB I PENDAHULUAN", "h1")
    rl.p("Rencana Strategis 2020-2024 Pengadilan Agama Tanjung Rambai disusun mengacu pada Rencana Strategis Mahkamah Agung 2020-2024 dan Badilag, dan direviu pada Tahun 2022 untuk menyesuaikan indikator dengan perubahan kebijakan peradilan elektronik.")
    rl.p("BAB II VISI, MISI, TUJUAN DAN SASARAN STRATEGIS", "h1")
    rl.p("Visi: Terwujudnya Pengadilan Agama Tanjung Rambai yang Agung. Misi: menjaga kemandirian, memberikan pelayanan hukum yang berkeadilan, meningkatkan kualitas kepemimpinan dan kredibilitas serta transparansi.")
    rl.table([["Sasaran strategis (outcome)", "Indikator kinerja", "2020", "2021", "2022", "2023", "2024"],
              ["1. Terwujudnya proses peradilan yang pasti, transparan dan akuntabel", "Persentase perkara yang diselesaikan tepat waktu", "95%", "96%", "97%", "98%", "98%"],
              ["", "Persentase perkara yang tidak mengajukan upaya hukum", "95%", "95%", "96%", "96%", "97%"],
              ["2. Peningkatan efektivitas pengelolaan penyelesaian perkara", "Persentase isi putusan yang diterima para pihak tepat waktu", "90%", "92%", "95%", "96%", "98%"],
              ["3. Meningkatnya akses peradilan bagi masyarakat miskin dan terpinggirkan", "Persentase perkara prodeo dan sidang di luar gedung yang diselesaikan", "100%", "100%", "100%", "100%", "100%"],
              ["4. Meningkatnya kepatuhan terhadap putusan pengadilan", "Persentase putusan perkara perdata yang ditindaklanjuti (dieksekusi)", "70%", "75%", "80%", "80%", "85%"]],
             [5.2, 5.0, 1.1, 1.1, 1.1, 1.1, 1.1], size=8)
    rl.p("BAB III ARAH KEBIJAKAN DAN STRATEGI", "h1")
    rl.p("Strategi: percepatan peradilan elektronik (e-Court, e-Litigasi), penguatan Posbakum dan sidang di luar gedung, pembangunan Zona Integritas, serta peningkatan kapasitas SDM. Rencana kinerja tahunan dan Perjanjian Kinerja setiap tahun diturunkan dari sasaran dan target di atas.")
    rl.signature(["Ketua Pengadilan Agama Tanjung Rambai"], KPA_OLD, [KPA_OLD_NIP], place_date="Tanjung Rambai, 14 Maret 2022")
    rl.br()
    rkop(rl, logo)
    rl.p("RENCANA KINERJA TAHUNAN (RKT)<br/>PENGADILAN AGAMA TANJUNG RAMBAI TAHUN 2024", "title")
    rl.p("Rencana Kinerja Tahunan 2024 diturunkan dari Rencana Strategis 2020-2024 (reviu 2022) dan menjadi dasar Perjanjian Kinerja Tahun 2024.")
    rl.table([["Sasaran strategis", "Indikator kinerja", "Target 2024", "Program/kegiatan"],
              ["1", "Persentase perkara yang diselesaikan tepat waktu", "98%", "Penyelesaian perkara; e-Court dan e-Litigasi"],
              ["1", "Persentase perkara yang tidak mengajukan upaya hukum", "97%", "Peningkatan kualitas putusan; mediasi"],
              ["2", "Persentase isi putusan yang diterima para pihak tepat waktu", "98%", "Pengiriman salinan putusan; SI RAMBAI"],
              ["3", "Persentase perkara prodeo dan sidang di luar gedung yang diselesaikan", "100%", "Posbakum, prodeo, sidang di luar gedung"],
              ["4", "Persentase putusan perkara perdata yang ditindaklanjuti", "85%", "Pelaksanaan eksekusi"]], [2.4, 6.4, 2.2, 5.0], size=8.5)
    rl.signature(["Ketua Pengadilan Agama Tanjung Rambai"], KPA, [KPA_NIP], place_date="Tanjung Rambai, 27 Desember 2023")
    return rl.build()


def notulen_perencanaan(logo):
    d = Docx(font_name="Arial", size=10.5)
    kop(d, logo)
    d.center("NOTULEN RAPAT PENYUSUNAN DOKUMEN PERENCANAAN KINERJA", after=0)
    d.center("RENCANA KINERJA TAHUNAN 2025, RKA-K/L 2025 DAN PERJANJIAN KINERJA 2024", after=10)
    d.para("Rangkaian rapat perencanaan dipimpin langsung oleh Ketua Pengadilan Agama Tanjung Rambai pada setiap tahapan:")
    d.table([["No", "Tanggal", "Tahapan", "Pimpinan rapat", "Hasil / arahan Ketua"],
             ["1", "4 Januari 2024", "Penyusunan Perjanjian Kinerja 2024: penetapan target IKU", "Ketua", "Target perkara tepat waktu dinaikkan dari 97% menjadi 98%; target eksekusi 85%"],
             ["2", "5 Januari 2024", "Finalisasi dan penandatanganan PK 2024", "Ketua", "PK ditandatangani Ketua dan Ketua PTA Jambi"],
             ["3", "14 Februari 2024", "Reviu Renstra dan identifikasi isu strategis 2025", "Ketua", "Isu: perkara dispensasi kawin, akses warga pedalaman"],
             ["4", "20 Maret 2024", "Penyusunan RKT 2025 dan pagu indikatif", "Ketua", "Program sidang di luar gedung ditambah menjadi 4 lokasi"],
             ["5", "22 Mei 2024", "Penyusunan RKA-K/L 2025", "Ketua", "Prioritas anggaran Posbakum dan aplikasi SI RAMBAI"]],
            widths=[0.8, 2.6, 4.8, 2.4, 6.4], size=9, align=["c", "l", "l", "l", "l"])
    d.para("Ketua terlibat langsung dalam seluruh tahapan penyusunan perencanaan dan penetapan kinerja: memimpin rapat, menetapkan target dan memberi arahan tertulis. Daftar hadir dan foto rapat disimpan pada Subbagian PTIP.")
    d.signature(["Notulis,"], "HENDRA GUNAWAN, S.E.", ["NIP 19900318 201903 1 003"], place_date="Tanjung Rambai, 24 Mei 2024", size=10,
                left=(["Mengetahui,", "Kepala Subbagian PTIP"], KASUB_PTIP, [KASUB_PTIP_NIP], None))
    return d.save(EV / A4 / "IV.1 Perencanaan/Notulen Rapat Penyusunan RKT RKAKL dan PK 2024.docx")


def pk_2024(b: Batch, logo):
    d = Docx(font_name="Arial", size=10.5)
    kop(d, logo)
    d.center("PERJANJIAN KINERJA TAHUN 2024", size=12, after=8)
    d.para("Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:")
    d.kv([("Nama", "Dr. H. Ahmad Fauzan Lubis, S.H.I., M.H."), ("Jabatan", "Ketua Pengadilan Agama Tanjung Rambai")], widths=(2.5, 0.4))
    d.para("selanjutnya disebut pihak pertama,")
    d.kv([("Nama", "Dr. H. Mukhlis Rasyid, S.H., M.H."), ("Jabatan", "Ketua Pengadilan Tinggi Agama Jambi")], widths=(2.5, 0.4))
    d.para("selaku atasan pihak pertama, selanjutnya disebut pihak kedua. Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini.")
    d.table([["No", "Sasaran strategis", "Indikator kinerja", "Target"],
             ["1", "Terwujudnya proses peradilan yang pasti, transparan dan akuntabel", "Persentase perkara yang diselesaikan tepat waktu", "98%"],
             ["", "", "Persentase perkara yang tidak mengajukan upaya hukum", "97%"],
             ["2", "Peningkatan efektivitas pengelolaan penyelesaian perkara", "Persentase isi putusan yang diterima para pihak tepat waktu", "98%"],
             ["3", "Meningkatnya akses peradilan bagi masyarakat miskin dan terpinggirkan", "Persentase perkara prodeo dan sidang di luar gedung yang diselesaikan", "100%"],
             ["4", "Meningkatnya kepatuhan terhadap putusan pengadilan", "Persentase putusan perkara perdata yang ditindaklanjuti", "85%"]],
            widths=[0.8, 6.2, 7.0, 2.0], size=9, align=["c", "l", "l", "c"])
    d.signature(["Pihak Pertama,", "Ketua Pengadilan Agama Tanjung Rambai"], KPA, [KPA_NIP], place_date="Tanjung Rambai, 5 Januari 2024", size=10,
                left=(["Pihak Kedua,", "Ketua Pengadilan Tinggi Agama Jambi"], KPTA, ["NIP 19650927 199103 1 003"], None))
    src = b.add(d, b.work / "pk_src.pdf")
    b.after(lambda: scan_pdf(src, EV / A4 / "IV.1 Perencanaan/Perjanjian Kinerja 2024.pdf", seed=106,
                             seals=[Seal(KPA_SIG, **STAMP), Seal(KPTA_SIG, **STAMP_PTA)], mode="copier", dpi=150, quality=45, producer="EPSON WF-C5790"))


IKU = [("Persentase perkara yang diselesaikan tepat waktu", "Perkara diputus paling lama 5 bulan sejak didaftar dibagi perkara yang diputus x 100%", "SIPP", "Panitera", "Triwulanan"),
       ("Persentase perkara yang tidak mengajukan upaya hukum", "Perkara putus yang tidak diajukan banding/kasasi/PK dibagi perkara putus x 100%", "SIPP", "Panitera", "Triwulanan"),
       ("Persentase isi putusan yang diterima para pihak tepat waktu", "Salinan putusan yang dikirim paling lama 14 hari setelah putus dibagi putusan x 100%", "SIPP, register", "Panitera Muda Gugatan", "Triwulanan"),
       ("Persentase perkara prodeo dan sidang di luar gedung yang diselesaikan", "Perkara prodeo dan sidang di luar gedung yang diputus dibagi yang diterima x 100%", "SIPP, laporan Posbakum", "Panitera", "Semesteran"),
       ("Persentase putusan perkara perdata yang ditindaklanjuti", "Permohonan eksekusi yang dilaksanakan dibagi permohonan eksekusi x 100%", "Register eksekusi", "Panitera", "Tahunan")]


def sk_iku(b: Batch, logo):
    d = Docx(font_name="Bookman Old Style", size=10.5)
    kop(d, logo)
    sk(d, "W5-A12/0301/OT.01.2/III/2022", "PENETAPAN INDIKATOR KINERJA UTAMA PENGADILAN AGAMA TANJUNG RAMBAI TAHUN 2020-2024 (REVIU)",
       ["bahwa dalam rangka pengukuran dan peningkatan kinerja serta akuntabilitas, perlu ditetapkan Indikator Kinerja Utama;",
        "bahwa Indikator Kinerja Utama Tahun 2020-2024 perlu disesuaikan dengan hasil reviu Rencana Strategis Tahun 2022;"],
       ["Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah;",
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas Laporan Kinerja Instansi Pemerintah;"],
       [("KESATU", "Menetapkan Indikator Kinerja Utama Pengadilan Agama Tanjung Rambai Tahun 2020-2024 beserta manual indikatornya sebagaimana tercantum dalam Lampiran."),
        ("KEDUA", "Indikator Kinerja Utama digunakan sebagai acuan penyusunan perjanjian kinerja, pengukuran dan pelaporan kinerja sampai dengan Tahun 2024."),
        ("KETIGA", "Keputusan ini mulai berlaku pada tanggal ditetapkan.")],
       "16 Maret 2022", ttd=([HEAD + ","], KPA_OLD, [KPA_OLD_NIP]), size=10.5)
    d.pagebreak()
    d.center("LAMPIRAN: INDIKATOR KINERJA UTAMA DAN MANUAL INDIKATOR", size=10, after=6)
    d.table([["No", "Indikator", "Definisi / formula", "Sumber data", "Penanggung jawab", "Periode"]] + [[str(i), *x] for i, x in enumerate(IKU, 1)],
            widths=[0.7, 3.6, 5.8, 2.4, 2.6, 1.9], size=8.5, align=["c", "l", "l", "l", "l", "l"])
    d.para("Target tahunan setiap indikator tercantum dalam Rencana Strategis 2020-2024 (reviu 2022) dan Perjanjian Kinerja tahun berjalan.", size=9.5)
    return b.add(d, EV / A4 / "IV.2 IKU/SK IKU PA Tanjung Rambai 2020-2024.pdf")


def lkjip_2023(logo):
    rl = RL(EV / A4 / "IV.3 Laporan Kinerja/LKjIP 2023 PA Tanjung Rambai.pdf", base="Serif", size=10.5, footer="LKjIP PA Tanjung Rambai Tahun 2023 - {page}")
    rkop(rl, logo)
    rl.p("LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)<br/>PENGADILAN AGAMA TANJUNG RAMBAI<br/>TAHUN 2023", "title")
    rl.p("IKHTISAR EKSEKUTIF", "h1")
    rl.p("Pada Tahun 2023 Pengadilan Agama Tanjung Rambai menetapkan empat sasaran strategis dalam Perjanjian Kinerja. Tiga sasaran tercapai 100% atau lebih; sasaran meningkatnya kepatuhan terhadap putusan pengadilan tercapai 93,8% dari target karena dua permohonan eksekusi tertunda perlawanan pihak ketiga. Realisasi anggaran 97,42% dari pagu Rp4.812.350.000.")
    rl.p("BAB III AKUNTABILITAS KINERJA", "h1")
    rl.table([["Sasaran", "Indikator", "Target 2023", "Realisasi 2023", "Capaian", "Realisasi 2022", "Target Renstra 2024"],
              ["1", "Perkara diselesaikan tepat waktu", "98%", "99,0%", "101,0%", "98,2%", "98%"], ["1", "Perkara tidak mengajukan upaya hukum", "96%", "97,8%", "101,9%", "96,9%", "97%"],
              ["2", "Isi putusan diterima tepat waktu", "96%", "98,5%", "102,6%", "95,1%", "98%"], ["3", "Prodeo dan sidang di luar gedung diselesaikan", "100%", "100%", "100%", "100%", "100%"],
              ["4", "Putusan perdata ditindaklanjuti", "80%", "75,0%", "93,8%", "71,4%", "85%"]], [1.4, 4.6, 1.8, 2.0, 1.7, 2.0, 2.4], size=8)
    rl.p("Analisis: capaian sasaran 1-3 meningkat dibanding Tahun 2022 karena penerapan e-Court, e-Summons dan aplikasi SI RAMBAI. Sasaran 4 belum tercapai; upaya perbaikan: koordinasi dengan kantor pertanahan dan juru sita pada Tahun 2024.")
    rl.table([["Uraian", "Pagu", "Realisasi", "%"], ["Program Dukungan Manajemen", "Rp3.950.210.000", "Rp3.870.117.500", "97,97"], ["Program Penegakan dan Pelayanan Hukum", "Rp862.140.000", "Rp818.011.950", "94,88"]], [6.0, 3.6, 3.6, 1.8], size=9)
    rl.signature(["Ketua Pengadilan Agama Tanjung Rambai"], KPA, [KPA_NIP], place_date="Tanjung Rambai, 15 Januari 2024")
    rl.br()
    rl.p("TANDA TERIMA PENYAMPAIAN LAPORAN KINERJA TAHUN 2023", "subtitle")
    rl.kv([("Satuan kerja", "Pengadilan Agama Tanjung Rambai"), ("Dokumen", "LKjIP Tahun 2023 (PDF, 38 halaman)"), ("Diterima melalui", "Aplikasi SAKIP Badilag dan surat Nomor W5-A12/0055/OT.01.2/I/2024"),
           ("Tanggal diterima", "18 Januari 2024"), ("Penerima", "Bagian Perencanaan dan Kepegawaian Pengadilan Tinggi Agama Jambi")])
    return rl.build()


def monev_kinerja(logo):
    rl = RL(EV / A4 / "IV.4 Monitoring Kinerja/Notulen Rapat Evaluasi Kinerja Bulanan Jan-Sep 2024.pdf", base="Sans", size=10)
    rkop(rl, logo)
    rl.p("REKAPITULASI NOTULEN RAPAT EVALUASI CAPAIAN KINERJA BULANAN<br/>JANUARI - SEPTEMBER 2024", "title")
    rl.p("Rapat evaluasi kinerja diselenggarakan setiap bulan pada minggu pertama, dipimpin Ketua (Wakil Ketua bila Ketua berhalangan), membahas realisasi IKU bulan berjalan, sisa perkara, minutasi dan realisasi anggaran, serta memeriksa tindak lanjut arahan bulan sebelumnya.")
    rows = [["Bulan", "Tanggal", "Pimpinan", "Arahan utama", "Tindak lanjut arahan bulan lalu"]]
    arah = ["Percepat minutasi 11 perkara", "Jadwal sidang di luar gedung", "Sisa perkara lama < 5", "Target e-Court 30%", "Eksekusi tertunda dikoordinasikan",
            "Publikasi SKM", "Rotasi PTSP", "Verifikasi data SIPP", "Persiapan evaluasi TPN"]
    for i, m in enumerate(["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September"]):
        rows.append([m, f"{[5, 2, 4, 2, 6, 3, 1, 5, 2][i]} {m} 2024", "Ketua" if i != 4 else "Wakil Ketua", arah[i], "-" if i == 0 else "Selesai"])
    rl.table(rows, [2.2, 3.0, 2.2, 4.8, 4.0], size=8.5)
    rl.signature(["Kepala Subbagian PTIP"], KASUB_PTIP, [KASUB_PTIP_NIP], place_date="Tanjung Rambai, 7 Oktober 2024", left=(["Mengetahui,", "Ketua"], KPA, [KPA_NIP], None))
    return rl.build()


# =========================================================================== AREA V


def gratifikasi(b: Batch, logo):
    d = Docx(font_name="Bookman Old Style", size=10.5)
    kop(d, logo)
    sk(d, "W5-A12/0025/HM.00/I/2024", "PEMBENTUKAN UNIT PENGENDALIAN GRATIFIKASI PADA PENGADILAN AGAMA TANJUNG RAMBAI TAHUN 2024",
       ["bahwa dalam rangka pengendalian gratifikasi di lingkungan Pengadilan Agama Tanjung Rambai diperlukan unit yang menerima, menganalisis dan meneruskan laporan gratifikasi;"],
       ["Undang-Undang Nomor 31 Tahun 1999 tentang Pemberantasan Tindak Pidana Korupsi sebagaimana telah diubah dengan Undang-Undang Nomor 20 Tahun 2001;",
        "Peraturan Komisi Pemberantasan Korupsi Nomor 2 Tahun 2019 tentang Pelaporan Gratifikasi;"],
       [("KESATU", "Membentuk Unit Pengendalian Gratifikasi (UPG) Pengadilan Agama Tanjung Rambai dengan Ketua UPG Panitera, Sekretaris UPG Kepala Subbagian Kepegawaian, Organisasi dan Tata Laksana, dan dua orang anggota."),
        ("KEDUA", "Setiap pegawai wajib melaporkan penerimaan atau penolakan gratifikasi kepada UPG paling lama 10 hari kerja; UPG meneruskan laporan kepada KPK melalui aplikasi GOL KPK sesuai SOP-PA.TR-15A tentang Pengendalian Gratifikasi yang merupakan bagian dari prosedur layanan PTSP."),
        ("KETIGA", "UPG melaporkan rekapitulasi laporan gratifikasi kepada Ketua setiap triwulan.")],
       "8 Januari 2024", size=10.5)
    p1 = b.add(d, b.work / "upg_sk.pdf")
    rl = RL(b.work / "upg_lap.pdf", base="Serif", size=10.5)
    rkop(rl, logo)
    rl.p("LAPORAN UNIT PENGENDALIAN GRATIFIKASI<br/>TRIWULAN I - III TAHUN 2024", "title")
    rl.table([["No", "Tanggal", "Pelapor", "Bentuk", "Nilai taksiran", "Tindak lanjut"], ["1", "12-02-2024", "Petugas PTSP", "Bingkisan makanan dari pihak berperkara (ditolak)", "Rp250.000", "Dilaporkan ke KPK 14-02-2024 (penolakan)"],
              ["2", "30-04-2024", "Hakim", "Uang dalam amplop (ditolak)", "Rp1.000.000", "Dilaporkan ke KPK 2-05-2024"], ["3", "19-08-2024", "Jurusita", "Parsel (diterima, diserahkan)", "Rp400.000", "Ditetapkan milik negara oleh KPK"]],
             [0.8, 2.2, 2.6, 4.6, 2.4, 4.2], size=8.5)
    rl.p("Laporan gratifikasi dan penolakan menjadi bagian dari prosedur layanan: setiap petugas PTSP mencatat penolakan pemberian pada buku register gratifikasi dan UPG meneruskannya kepada KPK.")
    rl.signature(["Ketua UPG"], PANITERA, [PAN_NIP], place_date="Tanjung Rambai, 4 Oktober 2024")
    p2 = rl.build()
    b.after(lambda: merge_pdfs([p1, p2], EV / A5 / "V.1 Gratifikasi/SK UPG dan Laporan Pengendalian Gratifikasi 2024.pdf"))


def kampanye(work, logo):
    rl = RL(EV / A5 / "V.1 Gratifikasi/Dokumentasi Kampanye Antigratifikasi 2024.pdf", base="Sans", size=10)
    rkop(rl, logo)
    rl.p("DOKUMENTASI KAMPANYE ANTIGRATIFIKASI<br/>PENGADILAN AGAMA TANJUNG RAMBAI TAHUN 2024", "title")
    rl.p("Kampanye antigratifikasi Tahun 2024 dilaksanakan pada saat apel pencanangan pembangunan Zona Integritas menuju WBBM tanggal 12 Februari 2024: pemasangan spanduk di halaman kantor, pembagian leaflet kepada pengguna layanan dan unggahan Instagram pada hari yang sama. Kampanye lanjutan direncanakan pada triwulan IV.")
    photos = [(event_photo(work / "kg1.jpg", "Pemasangan spanduk antigratifikasi, 12 Februari 2024", 150, people=6, outdoor=True,
                           banner="TOLAK GRATIFIKASI\nPELAYANAN TANPA IMBALAN"), "Spanduk antigratifikasi, 12 Februari 2024"),
              (screenshot(work / "kg2.jpg", "post", "pa_tanjungrambai", "STOP GRATIFIKASI", ["Layanan PA Tanjung Rambai", "tidak dipungut imbalan", "Disukai 188 orang"], seed=151, size=(760, 760), accent=(150, 30, 30)),
               "Unggahan Instagram, 12 Februari 2024")]
    rl.image_grid(photos, cols=2)
    rl.signature(["Koordinator Area V"], PANITERA, [PAN_NIP], place_date="Tanjung Rambai, 15 Februari 2024")
    return rl.build()


def register_risiko():
    rows = [["No", "Proses bisnis / kebijakan", "Risiko", "Penyebab", "K", "D", "Level", "Rencana tindak pengendalian", "Realisasi s.d. September 2024"]]
    data = [("Pendaftaran perkara", "Pungutan di luar panjar resmi", "Kontak langsung petugas-pihak", 3, 4, "Tinggi", "e-Payment/virtual account; CCTV PTSP", "Terlaksana; 100% panjar melalui bank"),
            ("Persidangan", "Penundaan sidang berulang", "Ketidakhadiran pihak", 4, 3, "Tinggi", "e-Summons dan notifikasi SI RAMBAI", "Terlaksana sejak Juni 2024"),
            ("Pemanggilan", "Relaas tidak sampai", "Alamat tidak jelas", 3, 3, "Sedang", "Koordinasi kantor desa; e-Summons", "Terlaksana"),
            ("Minutasi", "Minutasi terlambat", "Beban panitera pengganti", 3, 3, "Sedang", "Monitoring mingguan SIPP", "Terlaksana"),
            ("Layanan produk", "Akta cerai diambil calo", "Pengambilan oleh kuasa tidak sah", 2, 4, "Sedang", "Verifikasi identitas; antar akta ke desa", "Terlaksana"),
            ("Eksekusi", "Eksekusi tertunda", "Perlawanan pihak ketiga", 3, 4, "Tinggi", "Koordinasi Kantah dan kepolisian", "Sebagian; 2 perkara masih tertunda"),
            ("Keuangan perkara", "Sisa panjar tidak dikembalikan", "Pihak tidak mengambil", 3, 2, "Rendah", "Notifikasi WhatsApp; pengumuman laman", "Terlaksana"),
            ("Pengadaan barang", "Benturan kepentingan penyedia", "Hubungan keluarga", 2, 4, "Sedang", "Pakta integritas; e-katalog", "Terlaksana"),
            ("Kepegawaian", "Pelanggaran disiplin", "Pengawasan lemah", 2, 3, "Rendah", "Absensi wajah; Kartu Kendali Integritas", "Terlaksana")]
    for i, r in enumerate(data, 1):
        rows.append([i, *r])
    write_xlsx(EV / A5 / "V.2 SPIP/Register Risiko dan RTP PA Tanjung Rambai 2024.xlsx", [
        {"name": "Register Risiko 2024", "title": ["REGISTER RISIKO DAN RENCANA TINDAK PENGENDALIAN", "PENGADILAN AGAMA TANJUNG RAMBAI TAHUN 2024", "Ditetapkan 20 Februari 2024; dipantau triwulanan"],
         "rows": rows, "widths": [5, 22, 28, 26, 5, 5, 9, 36, 34], "freeze": "A6"}])


def pengaduan(logo):
    """Names the unit only by the abbreviation 'PA Tj. Rambai'."""
    rl = RL(EV / A5 / "V.3 Pengaduan/Rekap Pengaduan Masyarakat 2024 (SIWAS dan Meja Pengaduan).pdf", base="Sans", size=9.5, landscape_page=True)
    rl.p("REKAPITULASI PENGADUAN MASYARAKAT PA TJ. RAMBAI<br/>JANUARI - SEPTEMBER 2024", "title")
    rl.p("Sumber: SIWAS Mahkamah Agung, meja pengaduan PTSP, SP4N-LAPOR!, kotak pengaduan dan WhatsApp pengaduan PA Tj. Rambai. Pengaduan diteruskan kepada pejabat terkait dengan disposisi Ketua dan dipantau sampai selesai.", "body")
    rows = [["No", "Tgl terima", "Kanal", "Pokok pengaduan", "Diteruskan ke", "Tgl disposisi", "Tgl selesai", "Status"]]
    data = [("09-01-2024", "Meja pengaduan", "Antrean PTSP lama", "Sekretaris", "09-01-2024", "15-01-2024", "Selesai"),
            ("22-01-2024", "SP4N-LAPOR!", "Salinan putusan belum diterima", "Panitera", "23-01-2024", "29-01-2024", "Selesai"),
            ("13-02-2024", "WhatsApp", "Informasi biaya panjar tidak jelas", "Panmud Gugatan", "13-02-2024", "16-02-2024", "Selesai"),
            ("04-03-2024", "SIWAS", "Perilaku jurusita saat pemanggilan", "Hakim Pengawas Bidang", "05-03-2024", "21-03-2024", "Selesai"),
            ("18-04-2024", "Kotak pengaduan", "Toilet ruang tunggu rusak", "Kasubbag Umum", "18-04-2024", "24-04-2024", "Selesai"),
            ("07-05-2024", "Meja pengaduan", "Jadwal sidang berubah tanpa pemberitahuan", "Panitera", "07-05-2024", "13-05-2024", "Selesai"),
            ("19-06-2024", "SP4N-LAPOR!", "Akta cerai belum terbit", "Panmud Hukum", "20-06-2024", "26-06-2024", "Selesai"),
            ("29-07-2024", "SIWAS", "Dugaan permintaan imbalan oleh oknum di luar kantor", "Hakim Pengawas Bidang", "30-07-2024", "12-08-2024", "Selesai (tidak terbukti)"),
            ("16-09-2024", "WhatsApp", "Antrean e-Court", "Kasubbag PTIP", "16-09-2024", "-", "Proses")]
    for i, r in enumerate(data, 1):
        rows.append([str(i), *r])
    rl.table(rows, [0.8, 2.2, 2.8, 6.4, 3.6, 2.2, 2.2, 3.2], size=8.5)
    rl.table([["Jumlah pengaduan", "Selesai ditindaklanjuti", "Dalam proses"], ["9", "8", "1"]], [6.0, 6.0, 6.0], size=10)
    rl.p("Tj. Rambai, 1 Oktober 2024 - Petugas Pengelola Pengaduan PA Tj. Rambai: Riska Amelia, S.Sos.", "left")
    return rl.build()


def wbs(b: Batch, logo, logo_pta):
    """The parent's circular (PTA Jambi) bound with the unit's own implementation report."""
    d = Docx(font_name="Arial", size=10.5)
    kop(d, logo_pta, lines=KOP_PTA, addr=ADDR_PTA)
    d.para("Jambi, 15 Januari 2024", align="right", after=6)
    d.kv([("Nomor", "W5-A/0117/HM.00/I/2024"), ("Sifat", "Penting"), ("Perihal", "Optimalisasi Penerapan Aplikasi SIWAS Mahkamah Agung")], widths=(2.4, 0.4))
    d.para("Yth. Ketua Pengadilan Agama se-Wilayah Pengadilan Tinggi Agama Jambi\ndi Tempat", align="left", after=6)
    d.center("SURAT EDARAN", after=4)
    d.para("Dalam rangka penerapan sistem pelaporan pelanggaran (whistleblowing system) sebagaimana diatur Mahkamah Agung melalui aplikasi SIWAS, diminta kepada Saudara untuk: (1) menyosialisasikan SIWAS kepada seluruh aparatur dan pengguna layanan; (2) memasang media informasi dan QR code SIWAS di ruang PTSP; (3) menjamin kerahasiaan pelapor; (4) melaporkan pelaksanaannya kepada Ketua Pengadilan Tinggi Agama Jambi setiap semester.", first=1.0)
    d.signature(["Ketua Pengadilan Tinggi Agama Jambi,"], KPTA, ["NIP 19650927 199103 1 003"], size=10.5)
    p1 = b.add(d, b.work / "wbs_se.pdf")
    e = Docx(font_name="Arial", size=10.5)
    kop(e, logo)
    e.center("LAPORAN PENERAPAN WHISTLEBLOWING SYSTEM (SIWAS)", after=0)
    e.center("PENGADILAN AGAMA TANJUNG RAMBAI SEMESTER I TAHUN 2024", after=10)
    e.para("Menindaklanjuti Surat Edaran Ketua Pengadilan Tinggi Agama Jambi Nomor W5-A/0117/HM.00/I/2024, Pengadilan Agama Tanjung Rambai telah:")
    for t in ["1. menyosialisasikan SIWAS kepada seluruh 46 pegawai pada apel 22 Januari 2024 dan kepada pengguna layanan melalui layar informasi PTSP;",
              "2. memasang banner dan QR code SIWAS di ruang PTSP, ruang tunggu sidang dan laman resmi;",
              "3. menunjuk Hakim Pengawas Bidang sebagai penanggung jawab penerimaan laporan dan menjaga kerahasiaan pelapor;",
              "4. menerima dua laporan melalui SIWAS pada Semester I Tahun 2024 yang telah ditangani oleh Hakim Pengawas Bidang dan dilaporkan kepada Badan Pengawasan."]:
        e.para(t, indent=1.0, first=-0.5)
    e.signature(["Ketua Pengadilan Agama Tanjung Rambai,"], KPA, [KPA_NIP], place_date="Tanjung Rambai, 8 Juli 2024", size=10.5)
    p2 = b.add(e, b.work / "wbs_lap.pdf")
    b.after(lambda: merge_pdfs([p1, p2], EV / A5 / "V.4 WBS/SE PTA Jambi tentang SIWAS dan Laporan Penerapan.pdf"))


def coi_barat(b: Batch, logo):
    """The neighbouring court's conflict-of-interest mapping (wrong unit)."""
    d = Docx(font_name="Arial", size=10)
    kop(d, logo, lines=KOP_BARAT, addr=ADDR_BARAT)
    d.center("IDENTIFIKASI DAN PEMETAAN BENTURAN KEPENTINGAN", after=0)
    d.center("PADA PENGADILAN AGAMA TANJUNG RAMBAI BARAT TAHUN 2024", after=10)
    d.para("Pemetaan dilakukan oleh Tim Kerja Zona Integritas Pengadilan Agama Tanjung Rambai Barat pada 4-15 Maret 2024 terhadap seluruh tugas dan fungsi utama kepaniteraan dan kesekretariatan.")
    d.table([["No", "Tugas dan fungsi", "Potensi benturan kepentingan", "Pengendalian"],
             ["1", "Penerimaan perkara", "Hubungan keluarga petugas dengan pihak berperkara", "Rotasi petugas; surat pernyataan"],
             ["2", "Penetapan majelis", "Hakim memiliki hubungan dengan pihak", "Kewajiban mengundurkan diri (hak ingkar)"],
             ["3", "Mediasi", "Mediator non-hakim dari kantor advokat pihak", "Daftar mediator bersertifikat"],
             ["4", "Pemanggilan", "Jurusita menerima imbalan transport dari pihak", "Biaya panggilan melalui bank"],
             ["5", "Eksekusi", "Kedekatan juru sita dengan pemohon eksekusi", "Penunjukan berdasarkan giliran"],
             ["6", "Pengadaan barang/jasa", "Penyedia memiliki hubungan dengan PPK", "Pakta integritas, e-katalog"]],
            widths=[0.8, 3.6, 6.6, 6.0], size=9, align=["c", "l", "l", "l"])
    d.signature(["Ketua Pengadilan Agama Tanjung Rambai Barat,"], "Dra. Hj. ROSMAWATI SIREGAR, M.H.", ["NIP 19700419 199603 2 002"],
                place_date="Simpang Selasih, 20 Maret 2024", size=10)
    return b.add(d, EV / A5 / "V.5 Benturan Kepentingan/Identifikasi dan Pemetaan Benturan Kepentingan 2024.pdf")


def lhkpn(logo):
    rl = RL(EV / A5 / "V.6 LHKPN LHKASN/Rekap Kepatuhan LHKPN dan LHKASN 2024.pdf", base="Sans", size=10)
    rkop(rl, logo)
    rl.p("REKAPITULASI KEPATUHAN PENYAMPAIAN LHKPN DAN LHKASN<br/>PENGADILAN AGAMA TANJUNG RAMBAI<br/>PELAPORAN PERIODIK TAHUN 2024 (HARTA PER 31 DESEMBER 2023)", "title")
    rl.table([["Kategori wajib lapor LHKPN", "Wajib lapor", "Sudah melapor s.d. 31-03-2024", "Keterangan"],
              ["Kepala satuan kerja (Ketua)", "1", "1", "Lapor 11-02-2024"], ["Pejabat wajib LHKPN (Wakil Ketua, 5 Hakim, Panitera, Sekretaris)", "8", "8", "-"],
              ["Lainnya (3 Panitera Muda, Bendahara Pengeluaran)", "4", "4", "-"], ["Jumlah", "13", "13", "100%"]], [7.6, 2.4, 3.6, 3.0], size=9, bold_last=True)
    rl.table([["Kategori wajib LHKASN (non-LHKPN)", "Wajib lapor", "Sudah melapor"], ["Pejabat administrator (eselon III)", "0", "0"],
              ["Pejabat pengawas (eselon IV: 3 Kepala Subbagian)", "3", "3"], ["Fungsional dan pelaksana", "30", "30"], ["Jumlah", "33", "33"]], [9.0, 3.5, 3.5], size=9, bold_last=True)
    rl.p("Sumber: e-LHKPN KPK dan aplikasi LHKASN (SiHarka) per 31 Maret 2024.")
    rl.signature(["Kepala Subbagian Kepegawaian, Organisasi dan Tata Laksana"], KASUB_KEP, [KASUB_KEP_NIP], place_date="Tanjung Rambai, 2 April 2024")
    return rl.build()


# =========================================================================== AREA VI

SERVICES = ["Pendaftaran perkara gugatan dan permohonan (e-Court dan manual)", "Pelayanan persidangan", "Pengambilan produk pengadilan (salinan putusan/penetapan, akta cerai)",
            "Layanan informasi publik", "Layanan pengaduan", "Layanan Pos Bantuan Hukum (Posbakum)", "Sidang di luar gedung pengadilan",
            "Layanan pembebasan biaya perkara (prodeo)", "Pengembalian sisa panjar biaya perkara"]


def sk_standar(b: Batch, logo):
    """A 2024 decree whose title cites the Chief Justice's decree 026/KMA/SK/II/2012."""
    d = Docx(font_name="Bookman Old Style", size=10.5)
    kop(d, logo)
    sk(d, "W5-A12/0015/HK.05/I/2024",
       "STANDAR PELAYANAN PENGADILAN AGAMA TANJUNG RAMBAI SEBAGAI PELAKSANAAN KEPUTUSAN KETUA MAHKAMAH AGUNG NOMOR 026/KMA/SK/II/2012 TENTANG STANDAR PELAYANAN PERADILAN",
       ["bahwa berdasarkan Keputusan Ketua Mahkamah Agung Nomor 026/KMA/SK/II/2012, setiap pengadilan wajib menetapkan dan menerapkan standar pelayanan;",
        "bahwa standar pelayanan Tahun 2023 telah direviu dan perlu ditetapkan kembali untuk Tahun 2024;"],
       ["Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;", "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 15 Tahun 2014 tentang Pedoman Standar Pelayanan;",
        "Keputusan Ketua Mahkamah Agung Nomor 026/KMA/SK/II/2012 tentang Standar Pelayanan Peradilan;"],
       [("KESATU", "Menetapkan Standar Pelayanan Pengadilan Agama Tanjung Rambai untuk seluruh sembilan jenis layanan sebagaimana tercantum dalam Lampiran."),
        ("KEDUA", "Setiap standar pelayanan memuat komponen penyampaian pelayanan (persyaratan, sistem/mekanisme/prosedur, jangka waktu, biaya/tarif, produk, penanganan pengaduan) dan komponen pengelolaan pelayanan (dasar hukum, sarana prasarana, kompetensi pelaksana, pengawasan internal, jumlah pelaksana, jaminan pelayanan, jaminan keamanan, evaluasi kinerja) sesuai PermenPANRB Nomor 15 Tahun 2014."),
        ("KETIGA", "Keputusan ini mulai berlaku pada tanggal ditetapkan.")],
       "5 Januari 2024", size=10.5)
    d.pagebreak()
    d.center("LAMPIRAN: STANDAR PELAYANAN (RINGKASAN KOMPONEN)", size=10, after=6)
    d.table([["No", "Jenis layanan", "Jangka waktu", "Biaya", "Komponen"]] +
            [[str(i), s, t, c, "14 komponen lengkap"] for i, (s, t, c) in enumerate(zip(SERVICES, ["Hari itu juga", "Sesuai jadwal sidang", "Paling lama 14 hari kerja", "5 hari kerja", "14 hari kerja",
                                                                                                   "Hari itu juga", "Sesuai jadwal", "3 hari kerja", "Hari itu juga"],
                                                                                   ["Panjar sesuai radius", "-", "PNBP sesuai PP", "Gratis", "Gratis", "Gratis", "Panjar sesuai radius", "Gratis", "Gratis"]), 1)],
            widths=[0.8, 7.0, 3.4, 3.0, 2.8], size=8.5, align=["c", "l", "l", "l", "l"])
    return b.add(d, EV / A6 / "VI.1 Standar Pelayanan/SK Standar Pelayanan (026-KMA-SK-II-2012).pdf")


def maklumat(b: Batch, logo):
    d = Docx(font_name="Arial", size=12)
    kop(d, logo)
    d.blank(2)
    d.center("MAKLUMAT PELAYANAN", size=20, after=12)
    d.para("DENGAN INI KAMI MENYATAKAN SANGGUP MENYELENGGARAKAN PELAYANAN SESUAI STANDAR PELAYANAN YANG TELAH DITETAPKAN UNTUK SELURUH JENIS LAYANAN DAN APABILA TIDAK MENEPATI JANJI INI, KAMI SIAP MENERIMA SANKSI SESUAI PERATURAN PERUNDANG-UNDANGAN YANG BERLAKU.", align="center", size=13, after=14)
    d.blank(2)
    d.signature(["Ketua Pengadilan Agama Tanjung Rambai,"], KPA, [KPA_NIP], place_date="Tanjung Rambai, 5 Januari 2024", size=12, gap=4)
    src = b.add(d, b.work / "maklumat_src.pdf")
    b.after(lambda: photo_jpg(src, EV / A6 / "VI.1 Standar Pelayanan/Maklumat Pelayanan.jpg", seed=107, seals=[Seal(KPA_SIG, **STAMP)], dpi=105, quality=66))


def publikasi_sp(work, logo):
    rl = RL(EV / A6 / "VI.1 Standar Pelayanan/Publikasi Standar Pelayanan dan Maklumat.pdf", base="Sans", size=10)
    rkop(rl, logo)
    rl.p("PUBLIKASI STANDAR PELAYANAN DAN MAKLUMAT PELAYANAN<br/>PENGADILAN AGAMA TANJUNG RAMBAI TAHUN 2024", "title")
    shots = [(screenshot(work / "sp_web.jpg", "web", "https://www.pa-tanjungrambai.go.id/layanan-publik/standar-pelayanan", "Standar Pelayanan",
                         [f"{i}. {s}" for i, s in enumerate(SERVICES, 1)] + ["Unduh: SK Standar Pelayanan 2024 (PDF)"], seed=161), "Laman resmi: standar pelayanan sembilan jenis layanan"),
             (screenshot(work / "mk_web.jpg", "web", "https://www.pa-tanjungrambai.go.id/layanan-publik/maklumat-pelayanan", "Maklumat Pelayanan",
                         ["Maklumat Pelayanan Ketua PA Tanjung Rambai 2024", "Dipasang di ruang PTSP, ruang tunggu sidang dan Posbakum"], seed=162), "Laman resmi: maklumat pelayanan"),
             (event_photo(work / "mk_ptsp.jpg", "Maklumat dan standar pelayanan terpasang di ruang PTSP, Januari 2024", 163, people=2, banner="MAKLUMAT PELAYANAN\nSTANDAR PELAYANAN"),
              "Papan maklumat dan standar pelayanan di ruang PTSP"),
             (screenshot(work / "mk_ig.jpg", "post", "pa_tanjungrambai", "MAKLUMAT PELAYANAN 2024", ["Sanggup melayani sesuai standar", "untuk seluruh jenis layanan", "Disukai 97 orang"], seed=164,
                         size=(760, 760), accent=(20, 100, 60)), "Instagram, 8 Januari 2024")]
    rl.image_grid(shots, cols=2)
    return rl.build()


def fkp(b: Batch, logo):
    """A scan whose only date is the one in the signature block."""
    d = Docx(font_name="Arial", size=10.5)
    kop(d, logo)
    d.center("NOTULEN FORUM KONSULTASI PUBLIK", after=0)
    d.center("REVIU STANDAR PELAYANAN PENGADILAN AGAMA TANJUNG RAMBAI", after=10)
    d.kv([("Tempat", "Ruang Sidang Utama Pengadilan Agama Tanjung Rambai"), ("Pimpinan forum", "Wakil Ketua"),
          ("Peserta", "Kepala Kantor Kementerian Agama Kabupaten Tanjung Rambai, Kepala Dinas Dukcapil, Ketua Peradi cabang, dosen Fakultas Syariah STAI Tanjung Rambai, LSM Perempuan Rambai Berdaya, tokoh masyarakat dan tiga pengguna layanan (24 orang)")], widths=(3.4, 0.4))
    d.para("**Bahan pembahasan**: hasil SKM Triwulan I (unsur terendah: waktu penyelesaian 3,32 dan sarana prasarana 3,38), pengaduan Januari-April (antrean PTSP, informasi biaya panjar, salinan putusan) dan Standar Pelayanan 2024.")
    d.para("**Masukan peserta dan keputusan forum**", after=2)
    d.table([["No", "Masukan", "Dari", "Keputusan"], ["1", "Waktu penerbitan akta cerai dipersingkat", "Dukcapil", "Diubah dari 14 menjadi 7 hari kerja"],
             ["2", "Informasi rincian panjar biaya di laman", "Peradi", "Ditambahkan simulasi panjar di laman"], ["3", "Layanan bagi penyandang disabilitas", "LSM", "Ditambahkan jaminan layanan prioritas"],
             ["4", "Pengantaran akta ke kantor desa", "Tokoh masyarakat", "Dimasukkan dalam standar layanan produk"]], widths=[0.8, 6.4, 3.0, 6.8], size=9.5, align=["c", "l", "l", "l"])
    d.para("Hasil forum menjadi dasar perubahan Standar Pelayanan yang ditetapkan kembali oleh Ketua.")
    d.signature(["Notulis,"], "NUR HASANAH, S.H.I.", ["NIP 19870630 201101 2 009"], place_date="Tanjung Rambai, 22 Mei 2024", size=10,
                left=(["Pimpinan Forum,", "Wakil Ketua"], WKPA, [WKPA_NIP], None))
    src = b.add(d, b.work / "fkp_src.pdf")
    b.after(lambda: scan_pdf(src, EV / A6 / "VI.1 Standar Pelayanan/Notulen FKP Reviu Standar Pelayanan.pdf", seed=108,
                             seals=[Seal("NUR HASANAH"), Seal("NURLAILA HARAHAP", **STAMP)], mode="copier", dpi=150, quality=44, producer="Canon iR-ADV 4525 PDF"))


def inovasi_en(work, logo):
    rl = RL(EV / A6 / "VI.2 Inovasi/IFCE Self-Assessment and Innovation Profile SI RAMBAI.pdf", base="Sans", size=10)
    rkop(rl, logo)
    rl.p("INNOVATION PROFILE: SI RAMBAI<br/>(Friendly Queue and Case Information System)<br/>Religious Court of Tanjung Rambai, Class IB - 2024", "title")
    rl.p("Summary prepared for the court's self-assessment under the International Framework for Court Excellence (IFCE), Area 7: Affordable and Accessible Court Services.", "body")
    rl.p("1. Problem", "h2")
    rl.p("Court users from remote sub-districts travelled up to four hours to take a queue number, check hearing schedules or collect divorce certificates (akta cerai); in 2021 the average waiting time at the one-stop service desk was 74 minutes.")
    rl.p("2. The innovation", "h2")
    rl.p("SI RAMBAI, developed in-house by the court's IT subdivision since 2022, lets users take a queue number from home, receive WhatsApp notifications of hearing dates and of the issuance of their certificates, and request delivery of the certificate to their village office. It differs from the Supreme Court's central applications (e-Court, SIPP), to which it is linked, and brings the service closer to the community.")
    rl.p("3. Results", "h2")
    rl.table([["Measure", "2021 (before)", "2024 (Jan-Sep)"], ["Average waiting time at the service desk", "74 minutes", "18 minutes"],
              ["Certificates delivered to village offices", "0", "412"], ["SKM element 'time of completion'", "3.05", "3.39"], ["SKM element 'procedure'", "3.21", "3.58"]], [8.0, 3.8, 3.8], size=9)
    rl.p("4. Replication", "h2")
    rl.p("The delivery of certificates to village offices was replicated in 2024 by the Religious Courts of Batang Kemuning and Talang Serindit under the same High Religious Court, following a comparative visit on 14 March 2024.")
    rl.p("5. Services simplified", "h2")
    rl.p("Of the court's nine registered service types, six have been simplified in time or procedure through SI RAMBAI and e-Court: registration, hearings, collection of court products, information, complaints and refund of remaining court fees. The free legal aid post, out-of-court hearings and fee waiver have not changed.")
    rl.signature(["Chief Justice of the Religious Court of Tanjung Rambai"], KPA, [KPA_NIP], place_date="Tanjung Rambai, 30 September 2024")
    return rl.build()


def sk_pengaduan(b: Batch, logo):
    d = Docx(font_name="Bookman Old Style", size=10.5)
    kop(d, logo)
    sk(d, "W5-A12/0019/HM.00/I/2024", "PETUGAS PENGELOLA PENGADUAN, ADMINISTRATOR SP4N-LAPOR! DAN MEJA PENGADUAN PADA PENGADILAN AGAMA TANJUNG RAMBAI",
       ["bahwa dalam rangka pengelolaan pengaduan dan konsultasi pelayanan yang terintegrasi dengan Sistem Pengelolaan Pengaduan Pelayanan Publik Nasional (SP4N-LAPOR!) diperlukan petugas khusus;"],
       ["Peraturan Presiden Nomor 76 Tahun 2013 tentang Pengelolaan Pengaduan Pelayanan Publik;", "Peraturan Mahkamah Agung Nomor 9 Tahun 2016 tentang Pedoman Penanganan Pengaduan (Whistleblowing System) di Mahkamah Agung dan Badan Peradilan yang Berada di Bawahnya;"],
       [("KESATU", "Membentuk Meja Pengaduan dan Konsultasi pada PTSP Pengadilan Agama Tanjung Rambai sebagai unit pengelola khusus pengaduan dan konsultasi pelayanan, dengan koordinator Kepala Subbagian Perencanaan, TI dan Pelaporan."),
        ("KEDUA", "Menugaskan Riska Amelia, S.Sos. sebagai petugas pengelola pengaduan dan administrator akun SP4N-LAPOR! Pengadilan Agama Tanjung Rambai, serta Fadhil Rahman sebagai petugas konsultasi."),
        ("KETIGA", "Pengaduan diterima secara luring (meja pengaduan, kotak pengaduan) dan daring (SP4N-LAPOR!, SIWAS, WhatsApp, laman), dicatat, diteruskan dan dilaporkan kepada Ketua setiap bulan."),
        ("KEEMPAT", "Keputusan ini mulai berlaku pada tanggal ditetapkan.")],
       "8 Januari 2024", size=10.5)
    return b.add(d, EV / A6 / "VI.3 Pengaduan/SK Petugas SP4N-LAPOR dan Meja Pengaduan 2024.pdf")


def skm(logo, tw, period, n, ikm, elems, date, pub):
    rl = RL(EV / A6 / f"VI.4 SKM/Laporan SKM Triwulan {tw} 2024.pdf", base="Serif", size=10.5)
    rkop(rl, logo)
    rl.p(f"LAPORAN SURVEI KEPUASAN MASYARAKAT<br/>PENGADILAN AGAMA TANJUNG RAMBAI<br/>TRIWULAN {tw} TAHUN 2024", "title")
    rl.p(f"Survei dilaksanakan pada periode {period} berdasarkan PermenPANRB Nomor 14 Tahun 2017 terhadap {n} responden pengguna layanan PTSP, persidangan dan Posbakum, menggunakan kuesioner elektronik (tablet di ruang PTSP dan tautan SI RAMBAI).")
    rows = [["No", "Unsur pelayanan", "Nilai rata-rata"]] + [[str(i), u, f"{v:.2f}".replace(".", ",")] for i, (u, v) in enumerate(elems, 1)]
    rl.table(rows, [1.0, 9.0, 3.0], size=9.5)
    rl.p(f"Indeks Kepuasan Masyarakat (IKM) Triwulan {tw}: <b>{ikm}</b> (mutu pelayanan A, sangat baik). {pub}")
    rl.signature(["Panitera Muda Hukum"], PANMUD_HK, [PANMUD_HK_NIP], place_date=f"Tanjung Rambai, {date}", left=(["Mengetahui,", "Ketua"], KPA, [KPA_NIP], None))
    return rl.build()


UNSUR = ["Persyaratan", "Sistem, mekanisme dan prosedur", "Waktu penyelesaian", "Biaya/tarif", "Produk spesifikasi jenis pelayanan", "Kompetensi pelaksana",
         "Perilaku pelaksana", "Penanganan pengaduan, saran dan masukan", "Sarana dan prasarana"]


def broken_eval(work, logo):
    rl = RL(work / "eval_app.pdf", base="Sans", size=10)
    rkop(rl, logo)
    rl.p("LAPORAN EVALUASI DAN PENGEMBANGAN APLIKASI LAYANAN 2024", "title")
    for _ in range(6):
        rl.p("Evaluasi triwulanan aplikasi SI RAMBAI dan e-Court dilakukan oleh Subbagian PTIP bersama pengguna internal; hasilnya menjadi dasar rilis versi 2 pada Juni 2024 dan perbaikan notifikasi WhatsApp pada September 2024.")
    src = rl.build()
    return truncated_pdf(src, EV / A6 / "VI.5 Teknologi Informasi/Laporan Evaluasi Pengembangan Aplikasi Layanan 2024.pdf", keep=0.38, seed=109)


# =========================================================================== main


def main():
    if EV.exists():
        shutil.rmtree(EV)
    EV.mkdir(parents=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        logo = emblem(work / "logo_pa.png", "court", seed=11)
        logo_pta = emblem(work / "logo_pta.png", "court", seed=12)
        b = Batch(work)
        # Word documents (exported in one batch), then the steps that need their PDFs
        sk_tim(b, logo)
        rencana_kerja(b, logo)
        monev_tw2(b, logo)
        monev_tw3(b, logo)
        sk_agen_2023(b, logo)
        budaya_kerja(b, logo)
        sk_sop(b, logo)
        sk_ppid(b, logo)
        sk_rotasi(b, logo)
        tna(b, logo)
        pk_2024(b, logo)
        sk_iku(b, logo)
        gratifikasi(b, logo)
        wbs(b, logo, logo_pta)
        coi_barat(b, logo)
        sk_standar(b, logo)
        maklumat(b, logo)
        fkp(b, logo)
        sk_pengaduan(b, logo)
        b.run()
        # kept as typed
        notulen_tim(logo)
        tl_monev(logo)
        notulen_perencanaan(logo)
        # reportlab and spreadsheets
        publikasi(work, logo)
        monev_tw1(logo)
        role_model(work, logo)
        evaluasi_sop(logo)
        aplikasi(work, logo)
        laporan_informasi_2023(logo)
        abk_xlsx()
        pelayanan_prima(work, logo)
        disiplin(logo)
        renstra(logo)
        lkjip_2023(logo)
        monev_kinerja(logo)
        kampanye(work, logo)
        register_risiko()
        pengaduan(logo)
        lhkpn(logo)
        publikasi_sp(work, logo)
        inovasi_en(work, logo)
        skm(logo, "I", "Januari - Maret 2024", 312, "90,12", list(zip(UNSUR, [3.62, 3.55, 3.32, 3.71, 3.60, 3.58, 3.41, 3.66, 3.38])), "3 April 2024",
            "Hasil survei diumumkan pada laman dan papan informasi PTSP.")
        skm(logo, "II", "April - Juni 2024", 298, "91,04", list(zip(UNSUR, [3.64, 3.60, 3.45, 3.72, 3.61, 3.62, 3.58, 3.65, 3.49])), "3 Juli 2024",
            "Hasil survei diumumkan pada laman dan Instagram 5 Juli 2024.")
        broken_eval(work, logo)
    files = sorted(p for p in EV.rglob("*") if p.is_file())
    print(f"{len(files)} files, {sum(p.stat().st_size for p in files) / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
