"""Unit 1: Kepolisian Resor Kahayan Timur (Polres "Kahtim"), Polda Kalimantan Tengah, 2023, toward WBK.

Fabricated: the regency of Kahayan Timur, its capital Muara Sirap, the neighbouring regency of
Kahayan and its Polres, all people, numbers and documents are invented.
Run: /work/main/.venv/bin/python tests/blind2/_tools/build_unit1.py
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx.shared import Cm  # noqa: E402

from common import (RL, Docx, Seal, _fix_widths, docx_pdf, emblem, empty_file, event_photo, merge_pdfs,  # noqa: E402
                    photo_jpg, scan_pdf, screenshot, write_xlsx)

ROOT = Path(__file__).resolve().parents[1] / "polres_kahayan_timur"
EV = ROOT / "evidence"
A1 = "I. MANAJEMEN PERUBAHAN"
A2 = "II. PENATAAN TATALAKSANA"
A3 = "III. PENATAAN SDM"
A4 = "IV. PENGUATAN AKUNTABILITAS"
A5 = "V. PENGUATAN PENGAWASAN"
A6 = "VI. PELAYANAN PUBLIK"

KOP = ["KEPOLISIAN NEGARA REPUBLIK INDONESIA", "DAERAH KALIMANTAN TENGAH", "RESOR KAHAYAN TIMUR"]
KOP_ADDR = "Jalan Tjilik Riwut Km. 3, Muara Sirap 74512"
KOP_SIB = ["KEPOLISIAN NEGARA REPUBLIK INDONESIA", "DAERAH KALIMANTAN TENGAH", "RESOR KAHAYAN"]
KOP_POLDA = ["KEPOLISIAN NEGARA REPUBLIK INDONESIA", "DAERAH KALIMANTAN TENGAH"]

KAPOLRES = "HARUN AL RASYID SIREGAR, S.I.K., M.Si."
KAPOLRES_SIG = "HARUN AL RASYID SIREGAR"
KAPOLRES_RANK = "AJUN KOMISARIS BESAR POLISI NRP 79080512"
WAKA = "YUDHA PRATAMA NUGRAHA, S.H., M.H."
WAKA_SIG = "YUDHA PRATAMA NUGRAHA"
WAKA_RANK = "KOMISARIS POLISI NRP 81020345"
KABAGREN = "ENDANG SUKMAWATI, S.E."
KABAGREN_RANK = "KOMISARIS POLISI NRP 76110233"
KABAGSDM = "RUDI HARTONO SIMANJUNTAK, S.H."
KABAGSDM_RANK = "AJUN KOMISARIS POLISI NRP 82050671"
KASIPROPAM = "BONIFASIUS LELU, S.H."
KASIPROPAM_RANK = "AJUN KOMISARIS POLISI NRP 83030412"
KAPOLDA = "Drs. BAMBANG HERMAWAN TJAHJONO, M.M."
KAPOLDA_SIG = "BAMBANG HERMAWAN TJAHJONO"
KAPOLDA_RANK = "INSPEKTUR JENDERAL POLISI"
KAPOLRES_SIB = "JOKO SUSILO WIBOWO, S.I.K."
KAPOLRES_SIB_RANK = "AJUN KOMISARIS BESAR POLISI NRP 78120456"
STAMP = dict(ring="KEPOLISIAN RESOR KAHAYAN TIMUR", center=["POLDA", "KALTENG"], ink=(60, 50, 150))

UNIT = "Kepolisian Resor Kahayan Timur"
TTD_KAPOLRES = ["KEPALA KEPOLISIAN RESOR KAHAYAN TIMUR"]

TEAM = [
    ("Penanggung Jawab", "Harun Al Rasyid Siregar, S.I.K., M.Si.", "AKBP / 79080512", "Kapolres"),
    ("Ketua", "Yudha Pratama Nugraha, S.H., M.H.", "KOMPOL / 81020345", "Wakapolres"),
    ("Sekretaris", "Endang Sukmawati, S.E.", "KOMPOL / 76110233", "Kabag Ren"),
    ("Wakil Sekretaris", "Ratna Juwita Sari", "IPDA / 93040118", "Kasium"),
    ("Koordinator Pokja I Manajemen Perubahan", "Darmawan Saleh, S.H.", "KOMPOL / 77060390", "Kabag Ops"),
    ("Anggota", "Septian Dwi Cahyo", "BRIPKA / 88090722", "Banit Subbag Renmin Bag Ops"),
    ("Koordinator Pokja II Penataan Tatalaksana", "Ferdinand Mamahit, S.Sos.", "AKP / 80100541", "Kasat Intelkam"),
    ("Anggota", "Yuliana br. Ketaren, S.Kom.", "Penata / 198807142011012004", "PNS Subbag Renmin Bag Ren"),
    ("Koordinator Pokja III Penataan SDM", "Rudi Hartono Simanjuntak, S.H.", "AKP / 82050671", "Kabag SDM"),
    ("Anggota", "Lestari Handayani", "BRIGPOL / 94010663", "Bamin Subbag Pers Bag SDM"),
    ("Koordinator Pokja IV Penguatan Akuntabilitas Kinerja", "Endang Sukmawati, S.E.", "KOMPOL / 76110233", "Kabag Ren"),
    ("Anggota", "Hendrik Sinaga", "AIPDA / 85070219", "Paur Subbag Programanggar"),
    ("Koordinator Pokja V Penguatan Pengawasan", "Nurlela Ambarwati, S.H.", "AKP / 78040219", "Kasi Was"),
    ("Anggota", "Bonifasius Lelu, S.H.", "AKP / 83030412", "Kasi Propam"),
    ("Koordinator Pokja VI Peningkatan Kualitas Pelayanan Publik", "Syahrul Gunawan, S.I.K.", "AKP / 90020177", "Kasat Lantas"),
    ("Anggota", "Maryono", "IPTU / 75080301", "Ka SPKT"),
    ("Anggota", "Agus Wicaksono", "IPTU / 84020158", "Kasi Humas"),
    ("Anggota", "Dewi Kartika Sari", "BRIPTU / 97050211", "Banum Sat Intelkam (loket SKCK)"),
    ("Anggota", "Iwan Setiadi", "IPDA / 86110402", "Kapolsek Muara Sirap Kota (perwakilan Polsek)"),
]


def kop(d: Docx, logo, lines=KOP, small=False):
    d.kop_left(lines, logo=logo, logo_width=1.7 if small else 2.0, size=10.5)


def kep(d: Docx, logo, nomor, tentang, menimbang, mengingat, diktum, tanggal, memperhatikan=None, lines=KOP,
        head="KEPALA KEPOLISIAN RESOR KAHAYAN TIMUR", signer=(KAPOLRES, KAPOLRES_RANK)):
    kop(d, logo, lines)
    d.center("KEPUTUSAN " + head, after=0)
    d.center("NOMOR: " + nomor, bold=False, after=4)
    d.center("TENTANG", bold=False, after=4)
    d.center(tentang, after=8)
    d.center(head + ",", bold=False, after=8)
    d.labeled("Menimbang", menimbang, size=11)
    d.labeled("Mengingat", mengingat, marks=[f"{i}." for i in range(1, len(mengingat) + 1)], size=11)
    if memperhatikan:
        d.labeled("Memperhatikan", memperhatikan, marks=[f"{i}." for i in range(1, len(memperhatikan) + 1)] if len(memperhatikan) > 1 else [], size=11)
    d.center("MEMUTUSKAN:", after=6)
    d.diktum(diktum, size=11)
    d.signature([head], signer[0], [signer[1]], place_date=f"Ditetapkan di : Muara Sirap\npada tanggal : {tanggal}", underline=False, size=11)


MENGINGAT_UMUM = [
    "Undang-Undang Nomor 2 Tahun 2002 tentang Kepolisian Negara Republik Indonesia;",
    "Peraturan Presiden Nomor 81 Tahun 2010 tentang Grand Design Reformasi Birokrasi 2010-2025;",
    "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 90 Tahun 2021 tentang Pembangunan dan Evaluasi Zona Integritas Menuju Wilayah Bebas dari Korupsi dan Wilayah Birokrasi Bersih dan Melayani di Instansi Pemerintah;",
    "Peraturan Kepolisian Negara Republik Indonesia tentang Susunan Organisasi dan Tata Kerja pada Tingkat Kepolisian Resor dan Kepolisian Sektor;",
]


# --------------------------------------------------------------------------- Area I


def sprin_tim(work, logo):
    d = Docx(font_name="Arial", size=11, margins=(1.8, 1.8, 2.5, 2.0))
    kop(d, logo)
    d.center("SURAT PERINTAH", underline=True, after=0)
    d.center("Nomor: Sprin/ 27 / I / OTL.2.1. / 2023", bold=False, after=10)
    d.labeled("Pertimbangan", ["bahwa dalam rangka pembangunan Zona Integritas menuju Wilayah Bebas dari Korupsi (WBK) di lingkungan Polres Kahayan Timur Tahun 2023, dipandang perlu mengeluarkan Surat Perintah tentang Tim Kelompok Kerja (Pokja) Pembangunan Zona Integritas."], marks=[], size=11)
    d.labeled("Dasar", MENGINGAT_UMUM[:1] + MENGINGAT_UMUM[2:3] + [
        "Surat Telegram Kapolda Kalimantan Tengah Nomor: ST/ 12 / I / OTL.2.1. / 2023 tanggal 3 Januari 2023 tentang Penetapan Satuan Kerja yang Diusulkan Menuju WBK Tahun 2023;",
        "Notulen Rapat Pemilihan Anggota Tim Pokja ZI Polres Kahayan Timur tanggal 5 Januari 2023."], marks=["1.", "2.", "3.", "4."], size=11)
    d.center("DIPERINTAHKAN", after=8)
    d.labeled("Kepada", ["Nama-nama sebagaimana tercantum dalam lampiran Surat Perintah ini."], marks=[], size=11)
    d.labeled("Untuk", [
        "terhitung mulai tanggal 9 Januari 2023 sampai dengan 31 Desember 2023 melaksanakan tugas sebagai Tim Pokja Pembangunan Zona Integritas Polres Kahayan Timur yang dibagi dalam enam kelompok kerja sesuai area perubahan;",
        "menyusun rencana kerja, melaksanakan, memantau dan mengevaluasi pembangunan Zona Integritas serta melaporkan perkembangannya kepada Kapolres setiap triwulan;",
        "melaksanakan perintah ini dengan saksama dan penuh rasa tanggung jawab."], marks=["1.", "2.", "3."], size=11)
    d.para("Selesai.", align="left", after=6)
    d.signature(TTD_KAPOLRES, KAPOLRES, [KAPOLRES_RANK], place_date="Dikeluarkan di : Muara Sirap\npada tanggal : 9 Januari 2023", underline=False, size=11)
    d.para("Tembusan:\n1. Kapolda Kalimantan Tengah.\n2. Irwasda Polda Kalimantan Tengah.\n3. Karo SDM Polda Kalimantan Tengah.", align="left", size=9, before=6)
    d.pagebreak()
    d.para("LAMPIRAN SURAT PERINTAH KAPOLRES KAHAYAN TIMUR\nNOMOR : SPRIN/ 27 / I / OTL.2.1. / 2023\nTANGGAL : 9 JANUARI 2023", align="left", indent=8.0, size=9, after=8)
    d.center("DAFTAR NAMA TIM POKJA PEMBANGUNAN ZONA INTEGRITAS POLRES KAHAYAN TIMUR T.A. 2023", size=11, after=6)
    rows = [["NO", "NAMA", "PANGKAT / NRP / NIP", "JABATAN", "KEDUDUKAN DALAM TIM"]]
    for i, (role, nm, rank, jab) in enumerate(TEAM, 1):
        rows.append([str(i), nm, rank, jab, role])
    d.table(rows, widths=[0.9, 4.3, 3.4, 3.6, 4.3], size=8.5, align=["c", "l", "l", "l", "l"])
    d.signature(TTD_KAPOLRES, KAPOLRES, [KAPOLRES_RANK], underline=False, size=10, gap=2)
    src = docx_pdf(d, work / "sprin_tim_src.pdf", work)
    return scan_pdf(src, EV / A1 / "1. Penyusunan Tim Kerja/SPRIN TIM POKJA ZI POLRES KAHTIM 2023.pdf", seed=101,
                    seals=[Seal(KAPOLRES_SIG, pages="all", **STAMP)], mode="copier", dpi=160, quality=48)


def notulen_pemilihan(logo):
    d = Docx(font_name="Arial", size=11)
    kop(d, logo, small=True)
    d.center("NOTULEN", after=0)
    d.center("RAPAT PEMILIHAN ANGGOTA TIM POKJA PEMBANGUNAN ZONA INTEGRITAS", after=0)
    d.center("POLRES KAHTIM TAHUN 2023", after=10)
    d.kv([("Hari / Tanggal", "Kamis, 05-01-2023"), ("Waktu", "09.00 WIB s.d. 11.30 WIB"), ("Tempat", "Ruang Rapat Rupatama Polres Kahayan Timur"),
          ("Pimpinan Rapat", "Kapolres Kahayan Timur (AKBP Harun Al Rasyid Siregar, S.I.K., M.Si.)"), ("Notulis", "IPDA Ratna Juwita Sari (Kasium)"),
          ("Peserta", "Wakapolres, para Kabag, Kasat, Kasi, Kapolsek jajaran dan perwakilan PNS (daftar hadir terlampir, 31 orang)")], widths=(3.8, 0.4), size=10.5)
    d.para("**I. Pembukaan**", after=2)
    d.para("Kapolres membuka rapat dan menyampaikan bahwa berdasarkan Surat Telegram Kapolda Kalimantan Tengah tanggal 3 Januari 2023, Polres Kahayan Timur kembali diusulkan sebagai satuan kerja menuju WBK. Tim Pokja tahun 2022 dinilai kurang mewakili Polsek dan PNS sehingga anggota tim 2023 dipilih ulang melalui mekanisme yang disepakati dalam rapat ini.", indent=0.5)
    d.para("**II. Mekanisme dan Kriteria Pemilihan**", after=2)
    for t in ["1. Setiap Bagian, Satuan Fungsi, Seksi, Polsek dan unsur PNS mengusulkan paling banyak dua calon secara tertulis.",
              "2. Kriteria calon: tidak sedang menjalani hukuman disiplin/KEPP dalam tiga tahun terakhir (dicek oleh Si Propam), memiliki nilai SKP/penilaian kinerja minimal \"Baik\", memahami tugas area perubahan, dan bersedia menandatangani pakta integritas.",
              "3. Calon dinilai oleh Wakapolres, Kabag SDM dan Kasi Propam dengan kertas kerja penilaian (bobot: rekam jejak 40%, kompetensi 35%, komitmen 25%).",
              "4. Hasil penilaian dibahas dan ditetapkan dalam rapat, kemudian dituangkan dalam Surat Perintah Kapolres."]:
        d.para(t, indent=1.0, first=-0.5)
    d.para("**III. Hasil Pembahasan**", after=2)
    d.para("Dari 34 calon yang diusulkan oleh 17 unsur, terpilih 19 orang yang mewakili seluruh unsur organisasi (Bagian, Satfung, Seksi, Polsek dan PNS). Dua calon tidak diteruskan karena masih dalam proses pemeriksaan Si Propam. Rekap nilai kertas kerja:", indent=0.5)
    d.table([["Unsur", "Calon diusulkan", "Terpilih", "Nilai rata-rata terpilih"],
             ["Bagian (Ops, Ren, SDM, Log)", "8", "6", "86,4"], ["Satuan Fungsi", "12", "6", "84,9"], ["Seksi (Was, Propam, Humas, Keu, Um)", "8", "5", "85,7"],
             ["Polsek jajaran", "4", "1", "83,0"], ["PNS Polri", "2", "1", "82,5"], ["Jumlah", "34", "19", "-"]],
            widths=[6.0, 3.2, 2.4, 4.0], size=9.5, align=["l", "c", "c", "c"])
    d.para("**IV. Kesimpulan**", after=2)
    d.para("Susunan Tim Pokja ZI 2023 disepakati dan Kasium diperintahkan menyiapkan konsep Surat Perintah untuk ditandatangani Kapolres paling lambat 9 Januari 2023.", indent=0.5)
    d.signature(["Notulis,"], "RATNA JUWITA SARI", ["INSPEKTUR POLISI DUA NRP 93040118"], place_date="Muara Sirap, 5 Januari 2023", underline=False, size=10.5,
                left=(["Mengetahui,", "KAPOLRES KAHAYAN TIMUR"], KAPOLRES, [KAPOLRES_RANK], None))
    return d.save(EV / A1 / "1. Penyusunan Tim Kerja/NOTULEN PEMILIHAN ANGGOTA TIM ZI.docx")


def daftar_hadir_jpg(work, logo):
    d = Docx(font_name="Arial", size=10, margins=(1.5, 1.5, 2.0, 1.5))
    kop(d, None)
    d.center("DAFTAR HADIR", after=0)
    d.center("RAPAT PEMILIHAN ANGGOTA TIM POKJA ZONA INTEGRITAS", after=0)
    d.center("Kamis, 5 Januari 2023 - Ruang Rupatama Polres Kahayan Timur", bold=False, after=8)
    people = [("YUDHA PRATAMA NUGRAHA", "KOMPOL", "Wakapolres"), ("DARMAWAN SALEH", "KOMPOL", "Kabag Ops"), ("ENDANG SUKMAWATI", "KOMPOL", "Kabag Ren"),
              ("RUDI HARTONO SIMANJUNTAK", "AKP", "Kabag SDM"), ("TAUFIK HIDAYAT", "AKP", "Kabag Log"), ("FERDINAND MAMAHIT", "AKP", "Kasat Intelkam"),
              ("ANDREAS TARIGAN", "AKP", "Kasat Reskrim"), ("SYAHRUL GUNAWAN", "AKP", "Kasat Lantas"), ("WAYAN SUDIRTA", "AKP", "Kasat Narkoba"),
              ("MUHAMMAD RIDWAN", "AKP", "Kasat Samapta"), ("NURLELA AMBARWATI", "AKP", "Kasi Was"), ("BONIFASIUS LELU", "AKP", "Kasi Propam"),
              ("AGUS WICAKSONO", "IPTU", "Kasi Humas"), ("SITI MAIMUNAH", "IPTU", "Kasi Keu"), ("RATNA JUWITA SARI", "IPDA", "Kasium"),
              ("MARYONO", "IPTU", "Ka SPKT"), ("IWAN SETIADI", "IPDA", "Kapolsek Muara Sirap Kota"), ("HERMAN LUBIS", "IPTU", "Kapolsek Sungai Dadap"),
              ("YULIANA BR. KETAREN", "Penata", "PNS Bag Ren")]
    rows = [["NO", "NAMA", "PANGKAT", "JABATAN", "TANDA TANGAN"]] + [[str(i), n, p, j, ""] for i, (n, p, j) in enumerate(people, 1)]
    d.table(rows, widths=[1.0, 5.6, 2.2, 4.6, 3.6], size=9, align=["c", "l", "l", "l", "l"])
    src = docx_pdf(d, work / "daftar_hadir_src.pdf", work)
    seals = [Seal(n, pages="last", dx=395, dy=-3, w=55, h=12) for n, _, _ in people if n not in ("WAYAN SUDIRTA", "HERMAN LUBIS")]
    return photo_jpg(src, EV / A1 / "1. Penyusunan Tim Kerja/IMG_20230105_094412.jpg", seed=102, seals=seals, dpi=120)


def kep_kapolda_satker(work, logo):
    d = Docx(font_name="Arial", size=11)
    kep(d, logo, "KEP/ 6 / I / 2023", "PENETAPAN SATUAN KERJA DI LINGKUNGAN POLDA KALIMANTAN TENGAH YANG DIUSULKAN MENUJU WILAYAH BEBAS DARI KORUPSI TAHUN 2023",
        ["bahwa dalam rangka percepatan reformasi birokrasi Polri, perlu menetapkan satuan kerja di lingkungan Polda Kalimantan Tengah yang diusulkan untuk memperoleh predikat Wilayah Bebas dari Korupsi Tahun 2023;",
         "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Keputusan Kapolda Kalimantan Tengah;"],
        MENGINGAT_UMUM[:3],
        [("Menetapkan", "KEPUTUSAN KEPALA KEPOLISIAN DAERAH KALIMANTAN TENGAH TENTANG PENETAPAN SATUAN KERJA YANG DIUSULKAN MENUJU WBK TAHUN 2023."),
         ("KESATU", "Menetapkan satuan kerja sebagaimana tercantum dalam lampiran Keputusan ini sebagai satuan kerja yang diusulkan menuju Wilayah Bebas dari Korupsi Tahun 2023."),
         ("KEDUA", "Kepala satuan kerja sebagaimana dimaksud dalam diktum KESATU wajib membentuk tim pembangunan Zona Integritas di satuan kerja masing-masing dan melaporkan perkembangannya kepada Kapolda melalui Irwasda setiap triwulan."),
         ("KETIGA", "Keputusan ini mulai berlaku pada tanggal ditetapkan.")],
        "3 Januari 2023", lines=KOP_POLDA, head="KEPALA KEPOLISIAN DAERAH KALIMANTAN TENGAH", signer=(KAPOLDA, KAPOLDA_RANK))
    d.para("LAMPIRAN: SATUAN KERJA YANG DIUSULKAN MENUJU WBK TAHUN 2023", bold=True, align="left", before=8, after=4)
    d.table([["No", "Satuan Kerja", "Keterangan"], ["1", "Polres Kahayan Timur", "Usulan ulang (2022 belum memenuhi nilai)"],
             ["2", "Polres Kahayan", "Usulan pertama"], ["3", "Polres Barito Hilir", "Usulan pertama"], ["4", "Direktorat Lalu Lintas Polda Kalteng", "Usulan ulang"]],
            widths=[1.0, 8.0, 7.0], size=10, align=["c", "l", "l"])
    return docx_pdf(d, EV / A1 / "KEP KAPOLDA PENETAPAN SATKER ZI 2023.pdf", work)


ACTIONS = [
    # area, kegiatan, output, waktu, pj, status TW III
    ("I", "Pemilihan anggota dan penerbitan Sprin Tim Pokja ZI 2023", "Sprin Tim, notulen", "Januari", "Kasium", "Selesai"),
    ("I", "Penyusunan dan penetapan Rencana Kerja ZI 2023", "Renja ZI", "Januari", "Ketua Tim", "Selesai"),
    ("I", "Sosialisasi ZI kepada personel dan masyarakat (apel, media sosial, spanduk)", "Laporan sosialisasi", "Februari, Mei, Agustus, November", "Kasi Humas", "Selesai (s.d. TW III)"),
    ("I", "Monitoring dan evaluasi pembangunan ZI setiap triwulan", "Laporan monev", "Maret, Juni, September, Desember", "Ketua Tim", "Selesai (s.d. TW III)"),
    ("I", "Penetapan agen perubahan dan pelaksanaan aksi perubahan", "Kep agen, laporan aksi", "Januari - Juni", "Kabag Ops", "Selesai"),
    ("I", "Internalisasi budaya kerja dan nilai Presisi setiap bulan", "Laporan internalisasi", "Februari - November", "Kabag Ops", "Selesai (s.d. TW III)"),
    ("I", "Survei internal budaya kerja dan resistensi perubahan", "Laporan survei", "Juli", "Kabag SDM", "Terlambat"),
    ("II", "Evaluasi seluruh SOP Polres dan revisi SOP", "Laporan evaluasi SOP", "September - Oktober", "Kabag Ops", "Berjalan"),
    ("II", "Pengembangan aplikasi SI JEMPOL (SKCK jemput bola)", "Aplikasi berjalan", "Maret", "Kasat Intelkam", "Selesai"),
    ("III", "Pemutakhiran DSP dan analisis beban kerja", "DSP dan ABK", "Februari", "Kabag SDM", "Selesai"),
    ("III", "Mutasi jabatan berdasarkan sidang Wanjak", "Kep mutasi", "Juni", "Kabag SDM", "Selesai"),
    ("III", "Pelatihan pelayanan prima petugas pelayanan (dua angkatan)", "Laporan pelatihan", "Maret, September", "Kabag SDM", "Selesai"),
    ("IV", "Penandatanganan Perjanjian Kinerja Kapolres dengan Kapolda", "PK 2023", "Januari", "Kabag Ren", "Selesai"),
    ("IV", "Penyusunan LKjIP 2022 dan penyampaian ke Polda", "LKjIP 2022", "Januari", "Kabag Ren", "Selesai"),
    ("IV", "Anev capaian kinerja triwulanan dipimpin Kapolres", "Notulen anev", "April, Juli, Oktober", "Kabag Ren", "Selesai (s.d. TW III)"),
    ("V", "Pembentukan UPG dan pelaporan gratifikasi", "Kep UPG, laporan UPG", "Januari, Juli", "Kasi Was", "Selesai"),
    ("V", "Kampanye anti gratifikasi dua bulanan", "Dokumentasi kampanye", "Februari - Desember", "Kasi Humas", "Selesai (s.d. TW III)"),
    ("V", "Penyusunan dokumen manajemen risiko dan RTP", "Register risiko", "Februari", "Kasi Was", "Selesai"),
    ("V", "Pemetaan benturan kepentingan pada tugas fungsi utama", "Dokumen pemetaan", "April", "Kasi Propam", "Terlambat"),
    ("VI", "Penetapan standar pelayanan dan maklumat pelayanan", "Kep standar pelayanan, maklumat", "Januari", "Kasat Lantas", "Selesai"),
    ("VI", "Forum Konsultasi Publik reviu standar pelayanan", "Berita acara FKP", "Agustus", "Kasat Lantas", "Terlambat"),
    ("VI", "Survei kepuasan masyarakat setiap triwulan", "Laporan SKM", "Maret, Juni, September, Desember", "Kasi Humas", "Selesai (s.d. TW III)"),
]


def renja_zi(work, logo):
    d = Docx(font_name="Arial", size=10.5, margins=(1.8, 1.8, 2.3, 1.8))
    kop(d, logo, small=True)
    d.center("RENCANA KERJA PEMBANGUNAN ZONA INTEGRITAS", size=12, after=0)
    d.center("MENUJU WILAYAH BEBAS DARI KORUPSI (WBK)", after=0)
    d.center("POLRES KAHTIM T.A. 2023", after=10)
    d.para("**BAB I PENDAHULUAN**", after=3)
    d.para("Kepolisian Resor Kahayan Timur (Polres Kahtim) telah mengikuti penilaian Zona Integritas pada tahun 2022 dan belum memperoleh predikat WBK dengan catatan utama pada area Penguatan Pengawasan dan Peningkatan Kualitas Pelayanan Publik. Rencana kerja ini disusun oleh Tim Pokja yang ditunjuk dengan Surat Perintah Kapolres Nomor: Sprin/ 27 / I / OTL.2.1. / 2023 sebagai pedoman pelaksanaan pembangunan Zona Integritas tahun 2023.", indent=0.5)
    d.para("**BAB II TARGET PRIORITAS**", after=3)
    d.table([["No", "Target prioritas", "Indikator", "Kondisi 2022", "Target 2023"],
             ["1", "Predikat WBK dari Kementerian PANRB", "Nilai LKE TPN", "71,36", ">= 75,00"],
             ["2", "Pelayanan SKCK, SIM dan SPKT sesuai standar", "Indeks Kepuasan Masyarakat (SKM triwulanan)", "81,20", ">= 85,00"],
             ["3", "Personel bebas pungli dan gratifikasi", "Pelanggaran KEPP terkait pungli", "2 kasus", "0 kasus"],
             ["4", "Pengaduan masyarakat tertangani tepat waktu", "Persentase dumas selesai <= 14 hari", "68%", ">= 85%"],
             ["5", "Penurunan pelanggaran disiplin personel", "Jumlah pelanggaran disiplin dan KEPP", "14", "<= 8"],
             ["6", "Persepsi anti korupsi masyarakat meningkat", "Indeks Persepsi Anti Korupsi (survei internal)", "3,41", ">= 3,60"]],
            widths=[0.8, 5.0, 4.6, 2.4, 2.6], size=9, align=["c", "l", "l", "c", "c"])
    d.para("**BAB III RENCANA AKSI**", after=3)
    rows = [["No", "Area", "Kegiatan", "Output", "Waktu", "Penanggung jawab"]]
    for i, a in enumerate(ACTIONS, 1):
        rows.append([str(i), a[0], a[1], a[2], a[3], a[4]])
    d.table(rows, widths=[0.8, 1.0, 6.2, 3.3, 2.8, 2.3], size=8.5, align=["c", "c", "l", "l", "l", "l"])
    d.para("**BAB IV PENUTUP**", after=3)
    d.para("Rencana kerja ini dilaksanakan oleh seluruh personel Polres Kahayan Timur dan Polsek jajaran, dipantau setiap triwulan oleh Ketua Tim dan dilaporkan kepada Kapolres.", indent=0.5)
    d.signature(["KAPOLRES KAHAYAN TIMUR"], KAPOLRES, [KAPOLRES_RANK], place_date="Muara Sirap, 16 Januari 2023", underline=False, size=10.5)
    return docx_pdf(d, EV / A1 / "2. Rencana Pembangunan ZI/RENJA ZI POLRES KAHTIM TA 2023.pdf", work)


def _monev_doc(d: Docx, tw, periode, tanggal_rapat, rows, rekom, kesimpulan, ttd_date):
    d.center("LAPORAN HASIL MONITORING DAN EVALUASI", after=0)
    d.center("PEMBANGUNAN ZONA INTEGRITAS MENUJU WBK", after=0)
    d.center(f"POLRES KAHAYAN TIMUR TRIWULAN {tw} TAHUN 2023", after=10)
    d.para("**I. PENDAHULUAN**", after=2)
    d.para(f"Monitoring dan evaluasi dilaksanakan untuk mengetahui kemajuan pelaksanaan Rencana Kerja Pembangunan Zona Integritas Polres Kahayan Timur T.A. 2023 pada periode {periode}, sebagai bahan pengambilan keputusan Kapolres.", indent=0.5)
    d.para("**II. PELAKSANAAN**", after=2)
    d.para(f"Rapat monitoring dan evaluasi dilaksanakan pada {tanggal_rapat} di Ruang Rupatama, dipimpin oleh Kapolres Kahayan Timur dan diikuti Wakapolres selaku Ketua Tim, para koordinator Pokja dan perwakilan Polsek jajaran. Setiap koordinator memaparkan realisasi kegiatan dan kendala area masing-masing.", indent=0.5)
    d.para("**III. HASIL MONITORING**", after=2)
    d.table([["No", "Area", "Kegiatan rencana aksi", "Jadwal", "Realisasi / keterangan", "Status"]] + rows,
            widths=[0.8, 1.0, 5.2, 2.2, 4.6, 2.0], size=8.5, align=["c", "c", "l", "l", "l", "c"])
    d.para(kesimpulan, indent=0.5)
    d.para("**IV. REKOMENDASI**", after=2)
    for i, r in enumerate(rekom, 1):
        d.para(f"{i}. {r}", indent=1.0, first=-0.5)
    d.para("**V. PENUTUP**", after=2)
    d.para("Demikian laporan hasil monitoring dan evaluasi ini dibuat untuk menjadi bahan tindak lanjut.", indent=0.5)
    d.signature(["KETUA TIM POKJA ZONA INTEGRITAS"], WAKA, [WAKA_RANK], place_date=f"Muara Sirap, {ttd_date}", underline=False, size=10,
                left=(["Mengetahui,", "KAPOLRES KAHAYAN TIMUR"], KAPOLRES, [KAPOLRES_RANK], None))


def monev_tw1(work, logo):
    rl = RL(EV / A1 / "3. Pemantauan dan Evaluasi/LAPORAN MONEV ZI TRIWULAN I 2023.pdf", base="Sans", size=10,
            footer="Laporan Monev ZI Polres Kahtim TW I 2023 - hal. {page}")
    rl.kop_left(KOP, logo)
    rl.p("LAPORAN HASIL MONITORING DAN EVALUASI<br/>PEMBANGUNAN ZONA INTEGRITAS MENUJU WBK<br/>POLRES KAHAYAN TIMUR TRIWULAN I TAHUN 2023", "title")
    rl.p("I. PENDAHULUAN", "h1")
    rl.p("Monitoring dan evaluasi triwulan I dilaksanakan untuk mengetahui kemajuan pelaksanaan Rencana Kerja Pembangunan Zona Integritas Polres Kahayan Timur T.A. 2023 periode Januari s.d. Maret 2023.")
    rl.p("II. PELAKSANAAN", "h1")
    rl.p("Rapat monev dilaksanakan pada hari Jumat, 31 Maret 2023 pukul 13.30 WIB di Ruang Rupatama, dipimpin langsung oleh Kapolres Kahayan Timur, diikuti Wakapolres selaku Ketua Tim, enam koordinator Pokja dan lima Kapolsek jajaran (27 peserta).")
    rl.p("III. HASIL MONITORING", "h1")
    rows = [["No", "Area", "Kegiatan", "Jadwal", "Realisasi", "Status"]]
    done = [0, 1, 2, 3, 4, 5, 8, 9, 11, 12, 13, 15, 16, 17, 19, 21]
    for i, a in enumerate(ACTIONS):
        if i in done:
            stat = "Selesai" if a[5] == "Selesai" else "Berjalan"
            rows.append([str(len(rows)), a[0], a[1], a[3], "Terlaksana sesuai jadwal TW I" if stat == "Selesai" else "Tahap TW I terlaksana", stat])
    rl.table(rows, [0.8, 1.0, 6.2, 3.0, 3.6, 1.8], size=8)
    rl.p("Seluruh 16 kegiatan yang dijadwalkan pada triwulan I telah dimulai atau diselesaikan. Capaian target prioritas: IKM triwulan I sebesar 84,37 (target 85,00); dumas selesai <= 14 hari 79%.")
    rl.p("IV. REKOMENDASI", "h1")
    rl.bullets(["Sat Lantas memperbaiki alur antrean SIM pada jam sibuk dan menambah satu loket pada hari Senin.",
                "Si Humas menjadwalkan unggahan kampanye ZI dan anti gratifikasi setiap dua minggu.",
                "Si Propam menyiapkan format pemetaan benturan kepentingan paling lambat April 2023.",
                "Bag SDM menjadwalkan angkatan II pelatihan pelayanan prima pada September 2023."], mark="1")
    rl.signature(["KETUA TIM POKJA ZONA INTEGRITAS"], WAKA, [WAKA_RANK], place_date="Muara Sirap, 3 April 2023",
                 left=(["Mengetahui,", "KAPOLRES KAHAYAN TIMUR"], KAPOLRES, [KAPOLRES_RANK], None))
    return rl.build()


def monev_tw2(work, logo):
    d = Docx(font_name="Arial", size=10)
    kop(d, logo, small=True)
    rows = []
    for i, a in enumerate(ACTIONS):
        if i in (6, 18, 20):
            continue
        if i in (7,):
            continue
        rows.append([str(len(rows) + 1), a[0], a[1], a[3], "Terlaksana; dokumen pendukung pada folder area" if "Selesai" in a[5] else "Berjalan", "Selesai" if a[5] == "Selesai" else "Berjalan"])
    _monev_doc(d, "II", "April s.d. Juni 2023", "Kamis, 29 Juni 2023", rows[:14],
               ["Si Propam menyelesaikan pemetaan benturan kepentingan yang belum dimulai (tertunda dari April).",
                "Sat Lantas dan Sat Intelkam menempelkan alur SOP terbaru di ruang tunggu pelayanan.",
                "Si Humas mempublikasikan hasil SKM triwulan I di media sosial dan papan informasi.",
                "Bag Ren menyiapkan anev capaian kinerja triwulan II paling lambat pertengahan Juli.",
                "Kasat Lantas menyiapkan Forum Konsultasi Publik untuk reviu standar pelayanan.",
                "Sat Intelkam melaporkan jumlah pemohon SI JEMPOL per kecamatan setiap bulan.",
                "Bag SDM menindaklanjuti dua personel yang belum mengikuti pembinaan tradisi dan budaya kerja."],
               "Sebanyak 14 kegiatan yang dijadwalkan sampai dengan Juni 2023 telah berjalan; pemetaan benturan kepentingan belum dimulai. IKM triwulan II sebesar 86,02.",
               "30 Juni 2023")
    src = docx_pdf(d, work / "monev_tw2_src.pdf", work)
    return scan_pdf(src, EV / A1 / "3. Pemantauan dan Evaluasi/LAPORAN MONEV ZI TRIWULAN II 2023.pdf", seed=103,
                    seals=[Seal(WAKA_SIG), Seal(KAPOLRES_SIG, **STAMP)], mode="camscan", color=True, dpi=150, quality=50,
                    producer="PindaiKu 4.2 (Android)")


def monev_tw3_tl(work, logo):
    d = Docx(font_name="Arial", size=10)
    kop(d, logo, small=True)
    rows = []
    for i, a in enumerate(ACTIONS):
        st = {"Selesai": "Selesai", "Selesai (s.d. TW III)": "Sesuai jadwal", "Terlambat": "Terlambat", "Berjalan": "Berjalan"}[a[5]]
        ket = {"Terlambat": "Belum dilaksanakan sesuai jadwal", "Berjalan": "Dimulai 18 September 2023"}.get(a[5], "Terlaksana sesuai jadwal")
        rows.append([str(i + 1), a[0], a[1], a[3], ket, st])
    _monev_doc(d, "III", "Juli s.d. September 2023", "Jumat, 29 September 2023", rows,
               ["Kabag SDM melaksanakan survei internal budaya kerja paling lambat Oktober 2023.",
                "Kasi Propam menyelesaikan pemetaan benturan kepentingan pada tugas fungsi utama Polres (tertunda sejak TW I).",
                "Kasat Lantas melaksanakan Forum Konsultasi Publik reviu standar pelayanan pada Oktober 2023.",
                "Seluruh Kasat memastikan SOP hasil evaluasi ditetapkan sebelum akhir Oktober 2023."],
               "Dari 22 kegiatan rencana aksi yang dijadwalkan sampai dengan Triwulan III, 19 kegiatan terlaksana sesuai jadwal (satu di antaranya masih berjalan sesuai jadwal) dan 3 kegiatan terlambat: survei internal budaya kerja, pemetaan benturan kepentingan, dan Forum Konsultasi Publik. Capaian target prioritas: IKM TW III 86,40; dumas selesai <= 14 hari 87%; pelanggaran disiplin dan KEPP s.d. September 6 kasus.",
               "2 Oktober 2023")
    part1 = docx_pdf(d, work / "monev_tw3.pdf", work)
    # the follow-up report on the Q2 recommendations, bound behind it
    e = Docx(font_name="Arial", size=10)
    kop(e, logo, small=True)
    e.center("LAPORAN TINDAK LANJUT", after=0)
    e.center("REKOMENDASI HASIL MONEV ZONA INTEGRITAS TRIWULAN II TAHUN 2023", after=0)
    e.center("POLRES KAHAYAN TIMUR", after=10)
    e.para("Menindaklanjuti rekomendasi hasil monitoring dan evaluasi pembangunan Zona Integritas triwulan II tanggal 29 Juni 2023, dilaporkan tindak lanjut sebagai berikut:", indent=0.0)
    tl = [("Pemetaan benturan kepentingan", "Si Propam", "Format pemetaan disusun dan dibahas 14-08-2023; pengisian oleh Satfung berjalan", "Ditindaklanjuti (proses)"),
          ("Alur SOP di ruang tunggu", "Sat Lantas, Sat Intelkam", "Banner alur SOP SIM dan SKCK terpasang 10-07-2023", "Selesai"),
          ("Publikasi hasil SKM TW I", "Si Humas", "Diunggah di Instagram @polreskahtim 11-07-2023 dan papan informasi SPKT", "Selesai"),
          ("Anev capaian kinerja TW II", "Bag Ren", "Dilaksanakan 14-07-2023 dipimpin Kapolres", "Selesai"),
          ("Persiapan FKP standar pelayanan", "Sat Lantas", "Undangan FKP disiapkan; pelaksanaan dijadwalkan ulang", "Ditindaklanjuti (proses)"),
          ("Laporan bulanan SI JEMPOL", "Sat Intelkam", "Laporan Juli dan Agustus disampaikan", "Selesai"),
          ("Pembinaan dua personel", "Bag SDM", "Pembinaan dilaksanakan 20-07-2023", "Selesai")]
    e.table([["No", "Rekomendasi", "Pelaksana", "Tindak lanjut", "Status"]] + [[str(i), *r] for i, r in enumerate(tl, 1)],
            widths=[0.8, 4.2, 2.8, 6.0, 2.6], size=9, align=["c", "l", "l", "l", "c"])
    e.para("Seluruh tujuh rekomendasi telah ditindaklanjuti; lima selesai dan dua masih dalam proses pada akhir September 2023.", indent=0.0)
    e.signature(["KETUA TIM POKJA ZONA INTEGRITAS"], WAKA, [WAKA_RANK], place_date="Muara Sirap, 2 Oktober 2023", underline=False, size=10)
    part2 = docx_pdf(e, work / "tl_tw2.pdf", work)
    return merge_pdfs([part1, part2], EV / A1 / "3. Pemantauan dan Evaluasi/LAPORAN MONEV TW III DAN TINDAK LANJUT.pdf")


AGENTS = [
    ("Septian Dwi Cahyo", "BRIPKA", "Bag Ops", "Papan kendali kegiatan harian digital", "Diterapkan; diintegrasikan dalam SOP Bag Ops tentang pelaporan kegiatan harian"),
    ("Dewi Kartika Sari", "BRIPTU", "Sat Intelkam", "SKCK jemput bola di kantor kecamatan (SI JEMPOL)", "Diterapkan; ditetapkan sebagai SOP inovasi Sat Intelkam"),
    ("Rahmat Hidayat", "BRIGPOL", "Sat Lantas", "Antrean SIM berbasis nomor WhatsApp", "Diterapkan"),
    ("Lestari Handayani", "BRIGPOL", "Bag SDM", "Rekap kehadiran apel melalui formulir daring", "Diterapkan; diintegrasikan dalam SOP apel dan absensi"),
    ("Hendrik Sinaga", "AIPDA", "Bag Ren", "Lembar kendali capaian IKU bulanan per Satfung", "Diterapkan"),
    ("Yohanes Batlayeri", "BRIPTU", "SPKT", "Pojok informasi SP2HP bagi pelapor", "Diterapkan"),
    ("Siti Rahmawati", "Pengatur", "Si Keu", "Rekonsiliasi uang persediaan mingguan", "Diterapkan"),
    ("Arif Budiman", "BRIPDA", "Polsek Muara Sirap Kota", "Sambang desa digital melalui grup WhatsApp RT", "Masih uji coba"),
]


def kep_agen(work, logo):
    d = Docx(font_name="Arial", size=11)
    kep(d, logo, "KEP/ 9 / I / 2023", "PENETAPAN AGEN PERUBAHAN DI LINGKUNGAN POLRES KAHAYAN TIMUR TAHUN 2023",
        ["bahwa dalam rangka mendorong percepatan pembangunan Zona Integritas menuju Wilayah Bebas dari Korupsi diperlukan agen perubahan yang menjadi pelopor dan teladan perubahan;",
         "bahwa personel yang tercantum dalam lampiran Keputusan ini telah dipilih melalui penilaian rekam jejak dan usulan Satfung;",
         "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan Keputusan Kapolres Kahayan Timur tentang Penetapan Agen Perubahan Tahun 2023;"],
        MENGINGAT_UMUM[:1] + ["Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 27 Tahun 2014 tentang Pedoman Pembangunan Agen Perubahan di Instansi Pemerintah;"] + MENGINGAT_UMUM[2:3],
        [("Menetapkan", "KEPUTUSAN KAPOLRES KAHAYAN TIMUR TENTANG PENETAPAN AGEN PERUBAHAN DI LINGKUNGAN POLRES KAHAYAN TIMUR TAHUN 2023."),
         ("KESATU", "Menetapkan personel sebagaimana tercantum dalam Lampiran sebagai Agen Perubahan di lingkungan Polres Kahayan Timur Tahun 2023."),
         ("KEDUA", "Agen Perubahan bertugas menjadi teladan, melaksanakan satu aksi perubahan di satuan kerjanya, dan melaporkan hasilnya kepada Kapolres setiap semester."),
         ("KETIGA", "Keputusan ini berlaku sejak tanggal ditetapkan sampai dengan tanggal 31 Desember 2023.")],
        "12 Januari 2023")
    d.pagebreak()
    d.para("LAMPIRAN KEPUTUSAN KAPOLRES KAHAYAN TIMUR\nNOMOR : KEP/ 9 / I / 2023\nTANGGAL : 12 JANUARI 2023", align="left", indent=8.5, size=9, after=8)
    d.center("DAFTAR AGEN PERUBAHAN POLRES KAHAYAN TIMUR TAHUN 2023", size=11, after=6)
    d.table([["NO", "NAMA", "PANGKAT", "SATKER", "RENCANA AKSI PERUBAHAN"]] + [[str(i), a[0], a[1], a[2], a[3]] for i, a in enumerate(AGENTS, 1)],
            widths=[0.9, 4.2, 2.2, 3.4, 5.8], size=9, align=["c", "l", "l", "l", "l"])
    d.signature(TTD_KAPOLRES, KAPOLRES, [KAPOLRES_RANK], underline=False, size=10, gap=2)
    part1 = docx_pdf(d, work / "kep_agen.pdf", work)
    rl = RL(work / "aksi_agen.pdf", base="Sans", size=10)
    rl.kop_left(KOP)
    rl.p("LAPORAN PELAKSANAAN AKSI PERUBAHAN AGEN PERUBAHAN<br/>POLRES KAHAYAN TIMUR SEMESTER I TAHUN 2023", "title")
    rl.p("Sesuai diktum KEDUA Keputusan Kapolres Nomor: KEP/ 9 / I / 2023, delapan agen perubahan melaporkan pelaksanaan aksi perubahan periode Januari s.d. Juni 2023 sebagai berikut.")
    rl.table([["No", "Agen", "Satker", "Aksi perubahan", "Hasil / integrasi ke sistem manajemen"]] + [[str(i), f"{a[1]} {a[0]}", a[2], a[3], a[4]] for i, a in enumerate(AGENTS, 1)],
             [0.8, 3.6, 2.6, 4.4, 5.1], size=8)
    rl.p("Rekapitulasi: 8 agen perubahan, 8 aksi perubahan dibuat; 7 aksi telah diterapkan dan 1 masih uji coba; 3 perubahan telah diintegrasikan ke dalam SOP satuan kerja. Dampak yang terukur antara lain waktu antrean SIM rata-rata turun dari 47 menjadi 29 menit dan pemohon SKCK dari kecamatan terjauh tidak perlu datang ke Polres.")
    rl.signature(["KABAG OPS POLRES KAHAYAN TIMUR"], "DARMAWAN SALEH, S.H.", ["KOMISARIS POLISI NRP 77060390"], place_date="Muara Sirap, 7 Juli 2023",
                 left=(["Mengetahui,", "KAPOLRES KAHAYAN TIMUR"], KAPOLRES, [KAPOLRES_RANK], None))
    part2 = rl.build()
    return merge_pdfs([part1, part2], EV / A1 / "4. Perubahan Pola Pikir/KEP AGEN PERUBAHAN 2023 + LAPORAN AKSI.pdf")


def role_model(work, logo):
    ph = []
    caps = [("Kapolres memimpin apel pagi dan pembacaan Tribrata, Senin 6 Februari 2023", "APEL PAGI POLRES KAHTIM"),
            ("Kapolres turun langsung melayani pemohon SKCK di loket Sat Intelkam, 14 Maret 2023", "PELAYANAN SKCK"),
            ("Kapolres memimpin rapat monev ZI triwulan I, 31 Maret 2023", "RAPAT MONEV ZONA INTEGRITAS\nPOLRES KAHAYAN TIMUR"),
            ("Kapolres menandatangani komitmen bebas pungli bersama pejabat utama, 9 Januari 2023", "PENCANANGAN KOMITMEN\nZONA INTEGRITAS 2023")]
    for i, (c, b) in enumerate(caps):
        ph.append((event_photo(work / f"rm{i}.jpg", c[:60], seed=110 + i, banner=b, outdoor=i == 0, uniform=[(120, 90, 50), (110, 85, 45), (130, 100, 60)]), c))
    rl = RL(EV / A1 / "4. Perubahan Pola Pikir/DOKUMENTASI KAPOLRES ROLE MODEL 2023.pdf", base="Sans", size=10)
    rl.kop_left(KOP, logo)
    rl.p("DOKUMENTASI KETELADANAN PIMPINAN (ROLE MODEL)<br/>POLRES KAHAYAN TIMUR TAHUN 2023", "title")
    rl.p("Kapolres Kahayan Timur menjadi contoh pelaksanaan nilai Presisi dan budaya kerja anti korupsi melalui kehadiran tepat waktu, memimpin langsung kegiatan Zona Integritas dan turun ke ruang pelayanan. Rekap kehadiran apel pagi pejabat utama Januari s.d. Juni 2023: Kapolres 100%, Wakapolres 98%, pejabat utama rata-rata 95,6%.")
    rl.image_grid(ph, cols=2)
    rl.p("Arahan tertulis Kapolres kepada pejabat utama (Surat Arahan Nomor: B/ 41 / I / 2023) menegaskan larangan menerima imbalan dalam bentuk apa pun dari pemohon layanan dan kewajiban pejabat utama hadir di ruang pelayanan minimal satu kali dalam seminggu.")
    return rl.build()


def internalisasi(logo):
    d = Docx(font_name="Arial", size=11)
    kop(d, logo, small=True)
    d.center("LAPORAN KEGIATAN INTERNALISASI BUDAYA KERJA DAN NILAI PRESISI", after=0)
    d.center("POLRES KAHAYAN TIMUR SEMESTER I TAHUN 2023", after=10)
    d.para("**1. Dasar**", after=2)
    d.para("Rencana Kerja Pembangunan Zona Integritas Polres Kahtim T.A. 2023 kegiatan nomor 6 (internalisasi budaya kerja dan nilai Presisi setiap bulan).", indent=0.5)
    d.para("**2. Kegiatan yang telah dilaksanakan**", after=2)
    d.table([["Bulan", "Kegiatan", "Peserta"],
             ["Februari", "Pembacaan Tribrata, Catur Prasetya dan nilai Presisi (prediktif, responsibilitas, transparansi berkeadilan) pada apel pagi setiap Senin", "Seluruh personel Polres"],
             ["Maret", "Pembinaan tradisi dan budaya kerja \"Melayani Tanpa Pungli\" oleh Kabag SDM", "178 personel"],
             ["April", "Lomba yel-yel dan video pendek budaya kerja antar Satfung", "12 Satfung, 5 Polsek"],
             ["Mei", "Coaching clinic etika pelayanan bagi petugas SPKT, SKCK dan SIM", "64 personel"],
             ["Juni", "Penghargaan \"Personel Presisi\" bulanan berdasarkan usulan Satfung", "3 personel"]],
            widths=[2.4, 9.8, 4.0], size=9.5, align=["l", "l", "l"])
    d.para("**3. Hasil dan kendala**", after=2)
    d.para("Kuesioner singkat yang diisi 212 personel pada akhir Juni 2023 menunjukkan 79% personel menyatakan mendukung perubahan cara kerja (2022: 71%). Namun masih terdapat resistensi terhadap perubahan, terutama pada pelaksana Sat Lantas dan sebagian Polsek jajaran yang menganggap antrean daring dan SOP baru menambah beban kerja; sebanyak 21% personel masih menyatakan ragu atau menolak. Kegiatan internalisasi dilanjutkan pada semester II dengan pendampingan langsung oleh agen perubahan.", indent=0.5)
    d.signature(["KABAG OPS POLRES KAHAYAN TIMUR"], "DARMAWAN SALEH, S.H.", ["KOMISARIS POLISI NRP 77060390"], place_date="Muara Sirap, Juli 2023", underline=False, size=10.5)
    return d.save(EV / A1 / "4. Perubahan Pola Pikir/Laporan Internalisasi Budaya Kerja Presisi Smt I.docx")


# --------------------------------------------------------------------------- Area II

SOPS = [
    ("SOP/01/XII/2022/Bag Ops", "Pengendalian kegiatan operasional harian", "BP-OPS-01"),
    ("SOP/02/XII/2022/Bag Ops", "Pelaporan situasi kamtibmas harian", "BP-OPS-02"),
    ("SOP/03/XII/2022/Bag Ren", "Penyusunan rencana kerja dan anggaran", "BP-REN-01"),
    ("SOP/04/XII/2022/Bag Ren", "Penyusunan laporan kinerja", "BP-REN-03"),
    ("SOP/05/XII/2022/Bag SDM", "Pembinaan karier dan mutasi personel", "BP-SDM-02"),
    ("SOP/06/XII/2022/Bag SDM", "Apel dan absensi personel", "BP-SDM-05"),
    ("SOP/07/XII/2022/Sat Intelkam", "Penerbitan Surat Keterangan Catatan Kepolisian (SKCK)", "BP-YAN-01"),
    ("SOP/08/XII/2022/Sat Intelkam", "SKCK jemput bola di kecamatan (SI JEMPOL) - SOP inovasi", "BP-YAN-01"),
    ("SOP/09/XII/2022/Sat Intelkam", "Penerbitan surat izin keramaian", "BP-YAN-02"),
    ("SOP/10/XII/2022/Sat Lantas", "Penerbitan SIM baru", "BP-YAN-03"),
    ("SOP/11/XII/2022/Sat Lantas", "Perpanjangan SIM", "BP-YAN-03"),
    ("SOP/12/XII/2022/Sat Lantas", "Penanganan kecelakaan lalu lintas", "BP-HAR-04"),
    ("SOP/13/XII/2022/SPKT", "Penerimaan laporan polisi dan pengaduan", "BP-YAN-04"),
    ("SOP/14/XII/2022/SPKT", "Pemberian SP2HP kepada pelapor", "BP-YAN-05"),
    ("SOP/15/XII/2022/Sat Reskrim", "Penyelidikan dan penyidikan tindak pidana umum", "BP-GAK-01"),
    ("SOP/16/XII/2022/Sat Reskrim", "Pengelolaan barang bukti", "BP-GAK-03"),
    ("SOP/17/XII/2022/Sat Narkoba", "Penanganan perkara narkoba", "BP-GAK-02"),
    ("SOP/18/XII/2022/Sat Samapta", "Patroli dan penjagaan", "BP-HAR-01"),
    ("SOP/19/XII/2022/Si Propam", "Penanganan pelanggaran disiplin dan KEPP", "BP-WAS-02"),
    ("SOP/20/XII/2022/Si Was", "Pengendalian gratifikasi", "BP-WAS-03"),
    ("SOP/21/XII/2022/Si Was", "Pengelolaan pengaduan masyarakat (dumas)", "BP-WAS-04"),
    ("SOP/22/XII/2022/Si Humas", "Pelayanan informasi publik (PPID pelaksana)", "BP-YAN-06"),
    ("SOP/23/XII/2022/Si Keu", "Pengelolaan uang persediaan", "BP-DUK-02"),
    ("SOP/24/XII/2022/Sium", "Pengelolaan persuratan dan kearsipan", "BP-DUK-04"),
]


def sop_bundle(work, logo):
    rl = RL(work / "sop_cover.pdf", base="Sans", size=12)
    rl.sp(5)
    rl.image(logo, 4.0)
    rl.sp(1)
    rl.p("DOKUMEN<br/>STANDAR OPERASIONAL PROSEDUR (SOP)", "big")
    rl.p("KEPOLISIAN RESOR KAHAYAN TIMUR", "subtitle")
    rl.sp(3)
    rl.p("DATA DUKUNG LKE ZONA INTEGRITAS<br/>AREA II PENATAAN TATALAKSANA", "subtitle")
    rl.sp(5)
    rl.p("POLDA KALIMANTAN TENGAH<br/>2023", "subtitle")
    cover = rl.build()
    d = Docx(font_name="Arial", size=11)
    kep(d, logo, "KEP/ 201 / XII / 2022", "STANDAR OPERASIONAL PROSEDUR DI LINGKUNGAN KEPOLISIAN RESOR KAHAYAN TIMUR",
        ["bahwa untuk menjamin pelaksanaan tugas yang efektif, efisien, transparan dan akuntabel diperlukan standar operasional prosedur yang mengacu pada peta proses bisnis Polri;",
         "bahwa standar operasional prosedur yang ditetapkan dengan Keputusan Kapolres Nomor: KEP/ 188 / XII / 2020 perlu disesuaikan dengan perubahan proses bisnis dan inovasi pelayanan;",
         "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan Keputusan Kapolres Kahayan Timur tentang Standar Operasional Prosedur;"],
        MENGINGAT_UMUM + ["Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 35 Tahun 2012 tentang Pedoman Penyusunan Standar Operasional Prosedur Administrasi Pemerintahan;",
                          "Keputusan Kapolri tentang Peta Proses Bisnis Kepolisian Negara Republik Indonesia;"],
        [("Menetapkan", "KEPUTUSAN KAPOLRES KAHAYAN TIMUR TENTANG STANDAR OPERASIONAL PROSEDUR DI LINGKUNGAN KEPOLISIAN RESOR KAHAYAN TIMUR."),
         ("KESATU", "Menetapkan 24 (dua puluh empat) Standar Operasional Prosedur di lingkungan Polres Kahayan Timur sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Keputusan ini."),
         ("KEDUA", "Setiap SOP sebagaimana dimaksud dalam diktum KESATU disusun dengan mengacu pada kode proses bisnis dalam Peta Proses Bisnis Polri sebagaimana tercantum pada kolom Kode Proses Bisnis."),
         ("KETIGA", "SOP dievaluasi paling sedikit satu kali dalam satu tahun oleh masing-masing Satfung di bawah koordinasi Bag Ops."),
         ("KEEMPAT", "Dengan berlakunya Keputusan ini, Keputusan Kapolres Nomor: KEP/ 188 / XII / 2020 dicabut dan dinyatakan tidak berlaku."),
         ("KELIMA", "Keputusan ini mulai berlaku pada tanggal 1 Januari 2023.")],
        "28 Desember 2022")
    d.pagebreak()
    d.para("LAMPIRAN KEPUTUSAN KAPOLRES KAHAYAN TIMUR\nNOMOR : KEP/ 201 / XII / 2022\nTANGGAL : 28 DESEMBER 2022", align="left", indent=8.5, size=9, after=8)
    d.center("DAFTAR STANDAR OPERASIONAL PROSEDUR POLRES KAHAYAN TIMUR", size=11, after=6)
    d.table([["NO", "NOMOR SOP", "NAMA SOP", "KODE PROSES BISNIS"]] + [[str(i), s[0], s[1], s[2]] for i, s in enumerate(SOPS, 1)],
            widths=[0.9, 5.2, 7.4, 3.0], size=8.5, align=["c", "l", "l", "c"])
    d.signature(TTD_KAPOLRES, KAPOLRES, [KAPOLRES_RANK], underline=False, size=10, gap=2)
    kepsop = docx_pdf(d, work / "kep_sop.pdf", work)
    return merge_pdfs([cover, kepsop], EV / A2 / "2.1 SOP/DOKUMEN SOP POLRES KAHTIM.pdf")


def sop_skck(logo):
    d = Docx(font_name="Arial", size=9.5, margins=(1.5, 1.5, 1.8, 1.5), landscape_page=True)
    t = d.doc.add_table(rows=8, cols=3)
    t.style = d.doc.styles["Table Grid"]
    left = t.cell(0, 0).merge(t.cell(7, 0))
    left.paragraphs[0].add_run().add_picture(str(logo), width=Cm(2.0))
    for line in ["KEPOLISIAN NEGARA REPUBLIK INDONESIA", "DAERAH KALIMANTAN TENGAH", "RESOR KAHAYAN TIMUR", "SATUAN INTELIJEN KEAMANAN"]:
        p = left.add_paragraph()
        d._run(p, line, bold=True, size=10)
    ident = [("Nomor SOP", "SOP/07/XII/2022/Sat Intelkam"), ("Tanggal Pembuatan", "12-12-2022"), ("Tanggal Revisi", "16-10-2023 (revisi ke-1)"),
             ("Tanggal Efektif", "01-11-2023"), ("Disahkan oleh", "Kapolres Kahayan Timur\n\n\nHARUN AL RASYID SIREGAR, S.I.K., M.Si.\nAKBP NRP 79080512"),
             ("Nama SOP", "PENERBITAN SURAT KETERANGAN CATATAN KEPOLISIAN (SKCK)"), ("", ""), ("", "")]
    for i, (k, v) in enumerate(ident):
        d._run(t.cell(i, 1).paragraphs[0], k, bold=True)
        d._run(t.cell(i, 2).paragraphs[0], v, bold=k == "Nama SOP")
    _fix_widths(t, [9.0, 4.5, 12.5])
    d.para("", after=4)
    d.table([["DASAR HUKUM", "KUALIFIKASI PELAKSANA"],
             ["1. Undang-Undang Nomor 2 Tahun 2002 tentang Kepolisian Negara RI;\n2. Peraturan Kepolisian tentang Tata Cara Penerbitan SKCK;\n3. Keputusan Kapolres Nomor: KEP/ 14 / I / 2023 tentang Standar Pelayanan.",
              "1. Memahami tata cara penerbitan SKCK dan aplikasi SKCK online;\n2. Mampu mengoperasikan alat pengambilan sidik jari;\n3. Telah mengikuti pelatihan pelayanan prima."],
             ["KETERKAITAN", "PERALATAN / PERLENGKAPAN"],
             ["SOP Pelayanan Informasi Publik; SOP SKCK Jemput Bola (SI JEMPOL)", "Komputer, printer, alat sidik jari (AFIS), aplikasi SKCK online, formulir daftar riwayat hidup"],
             ["PERINGATAN", "PENCATATAN DAN PENDATAAN"],
             ["Jika persyaratan tidak lengkap, permohonan dikembalikan dengan penjelasan tertulis; petugas dilarang menerima imbalan dalam bentuk apa pun.", "Register SKCK (aplikasi), arsip formulir, rekap bulanan pemohon"]],
            widths=[13.0, 13.0], size=9, header_rows=0, shade=None)
    d.table([["NO", "KEGIATAN", "PEMOHON", "PETUGAS LOKET", "PETUGAS SIDIK JARI", "PAUR SKCK", "KASAT INTELKAM", "KELENGKAPAN", "WAKTU", "OUTPUT", "KET"],
             ["1", "Mengisi formulir/ mendaftar melalui aplikasi SKCK online", "X", "", "", "", "", "KTP, KK, akta lahir, pas foto", "10 menit", "Data pemohon", ""],
             ["2", "Memeriksa kelengkapan persyaratan dan data", "", "X", "", "", "", "Formulir", "5 menit", "Berkas lengkap", ""],
             ["3", "Mengambil dan merumus sidik jari", "", "", "X", "", "", "Alat AFIS", "10 menit", "Kartu sidik jari", "Pemohon baru"],
             ["4", "Meneliti catatan kriminal pada database", "", "", "", "X", "", "Database", "10 menit", "Hasil penelitian", ""],
             ["5", "Menandatangani SKCK", "", "", "", "", "X", "Konsep SKCK", "5 menit", "SKCK", "Paraf Paur"],
             ["6", "Menyerahkan SKCK dan mengarahkan pengisian SKM", "X", "X", "", "", "", "Tanda terima", "5 menit", "SKCK diterima", "Tanpa biaya selain PNBP"]],
            widths=[0.9, 5.4, 1.6, 1.8, 1.9, 1.6, 1.9, 3.6, 1.9, 2.8, 2.6], size=8, align=["c", "l", "c", "c", "c", "c", "c", "l", "c", "l", "l"])
    return d.save(EV / A2 / "2.1 SOP/SOP PENERBITAN SKCK (revisi 2023).docx")


def evaluasi_sop(work, logo):
    rl = RL(EV / A2 / "2.1 SOP/LAPORAN EVALUASI SOP 2023.pdf", base="Sans", size=10)
    rl.kop_left(KOP, logo)
    rl.p("LAPORAN HASIL EVALUASI<br/>STANDAR OPERASIONAL PROSEDUR (SOP) POLRES KAHAYAN TIMUR<br/>TAHUN 2023", "title")
    rl.p("1. Pelaksanaan", "h1")
    rl.p("Evaluasi dilaksanakan pada 18 September s.d. 13 Oktober 2023 oleh Tim Evaluasi SOP (Bag Ops dan koordinator Pokja II) terhadap seluruh 24 SOP yang ditetapkan dengan Keputusan Kapolres Nomor: KEP/ 201 / XII / 2022, menggunakan tujuh aspek penilaian sesuai PermenPANRB Nomor 35 Tahun 2012: mampu mendorong peningkatan kinerja, mudah dipahami, mudah dilaksanakan, semua orang dapat menjalankan perannya, mampu mengatasi permasalahan, mampu menjawab kebutuhan peningkatan kinerja, dan sinergi antar SOP. Evaluasi juga memanfaatkan pengamatan langsung penerapan SOP di ruang pelayanan serta masukan hasil SKM dan pengaduan.")
    rl.p("2. Hasil evaluasi", "h1")
    rows = [["No", "SOP", "Hasil penilaian", "Tindak lanjut"]]
    revise = {6: "Revisi: penambahan pendaftaran daring dan penghapusan salinan berkas ganda (revisi ditetapkan 16-10-2023)",
              9: "Revisi: pemisahan loket uji teori dan uji praktik", 10: "Revisi: perpanjangan SIM melalui aplikasi nasional",
              12: "Revisi: batas waktu pemberian STPL 1 jam", 20: "Revisi: penambahan kanal Dumas Presisi dan batas waktu 14 hari"}
    for i, s in enumerate(SOPS):
        rows.append([str(i + 1), s[1], "Perlu perbaikan" if i in revise else "Masih sesuai", revise.get(i, "Tetap")])
    rl.table(rows, [0.8, 6.2, 2.6, 6.9], size=8)
    rl.p("3. Kesimpulan", "h1")
    rl.p("Seluruh 24 SOP telah dievaluasi; 19 SOP masih sesuai dan 5 SOP diperbaiki. Seluruh SOP hasil perbaikan telah ditetapkan dan disosialisasikan kepada petugas pelaksana pada 23 Oktober 2023.")
    rl.signature(["KABAG OPS POLRES KAHAYAN TIMUR"], "DARMAWAN SALEH, S.H.", ["KOMISARIS POLISI NRP 77060390"], place_date="Muara Sirap, 20 Oktober 2023",
                 left=(["Mengetahui,", "KAPOLRES KAHAYAN TIMUR"], KAPOLRES, [KAPOLRES_RANK], None))
    return rl.build()


def screenshots_ti(work, logo):
    shots = [
        (screenshot(work / "s1.jpg", "web", "https://skck.polri.go.id/pendaftaran", "SKCK ONLINE - POLRI",
                    ["Pilih satuan wilayah: POLRES KAHAYAN TIMUR", "Keperluan: Melamar pekerjaan", "Jadwal kedatangan: 14-03-2023 09.00 WITA",
                     "Status permohonan: Terverifikasi", "Nomor pendaftaran: 2023031400417"], seed=121),
         "Layanan SKCK online terpusat yang digunakan Sat Intelkam Polres Kahtim"),
        (screenshot(work / "s2.jpg", "web", "https://sijempol.polreskahtim.id", "SI JEMPOL - SKCK Jemput Bola",
                    ["Jadwal layanan di kecamatan bulan Maret 2023:", "Kec. Sungai Dadap - Selasa 7 Maret", "Kec. Tumbang Sirap - Kamis 16 Maret",
                     "Kec. Pulau Hanyu - Selasa 28 Maret", "Daftar antrean melalui formulir ini; SKCK diantar ke kantor kecamatan."], seed=122, accent=(120, 80, 30)),
         "Aplikasi inovasi Polres Kahtim: SKCK jemput bola (SI JEMPOL)"),
        (screenshot(work / "s3.jpg", "app", "SIPP - Sistem Informasi Personel Polri", "Data Personel Satker: POLRES KAHAYAN TIMUR",
                    ["Jumlah personel Polri: 398 | PNS: 17", "Pemutakhiran terakhir: 28-02-2023"],
                    seed=123, table=[["NRP", "Nama", "Pangkat", "Jabatan"], ["79080512", "HARUN AL RASYID S.", "AKBP", "KAPOLRES"],
                                     ["81020345", "YUDHA PRATAMA N.", "KOMPOL", "WAKAPOLRES"], ["76110233", "ENDANG SUKMAWATI", "KOMPOL", "KABAG REN"]]),
         "Aplikasi SIPP yang digunakan Bag SDM untuk pengelolaan data personel"),
        (screenshot(work / "s4.jpg", "web", "https://www.lapor.go.id/instansi/polres-kahayan-timur", "SP4N-LAPOR! - Polres Kahayan Timur",
                    ["Akun instansi: Polres Kahayan Timur (Polda Kalimantan Tengah)", "Laporan masuk 2023: 9 | Selesai: 8 | Proses: 1",
                     "Admin: BRIPKA Septian Dwi Cahyo (Sprin/ 45 / I / HUK.6.6. / 2023)", "Kanal lain: Dumas Presisi, WhatsApp 0812-5500-1110, loket SPKT"], seed=124, accent=(180, 40, 40)),
         "Akun SP4N-LAPOR! Polres Kahtim dan kanal pengaduan lainnya"),
    ]
    rl = RL(EV / A2 / "2.2 SPBE/Screenshot aplikasi pelayanan dan SDM.pdf", base="Sans", size=10)
    rl.kop_left(KOP)
    rl.p("TANGKAPAN LAYAR PEMANFAATAN TEKNOLOGI INFORMASI<br/>POLRES KAHAYAN TIMUR TAHUN 2023", "title")
    for p, c in shots:
        rl.image(p, 15.5, c)
    return rl.build()


def kep_ppid(work, logo):
    d = Docx(font_name="Times New Roman", size=11.5)
    kep(d, logo, "KEP/ 63 / III / 2021", "PENUNJUKAN PEJABAT PENGELOLA INFORMASI DAN DOKUMENTASI PELAKSANA DI LINGKUNGAN POLRES KAHAYAN TIMUR",
        ["bahwa dalam rangka melaksanakan Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik di lingkungan Polri, perlu menunjuk Pejabat Pengelola Informasi dan Dokumentasi (PPID) Pelaksana di tingkat Polres;",
         "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Keputusan Kapolres Kahayan Timur;"],
        ["Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik;", "Peraturan Kapolri tentang Pengelolaan Informasi dan Dokumentasi di Lingkungan Polri;"],
        [("KESATU", "Menunjuk Kasi Humas Polres Kahayan Timur sebagai PPID Pelaksana Polres Kahayan Timur dengan susunan tim sebagaimana tercantum dalam Lampiran."),
         ("KEDUA", "PPID Pelaksana bertugas menyediakan, menyimpan, mendokumentasikan dan mengamankan informasi publik serta melayani permohonan informasi publik."),
         ("KETIGA", "Keputusan ini mulai berlaku pada tanggal ditetapkan.")],
        "22 Maret 2021", signer=("TEGUH SANTOSO PRIBADI, S.I.K., M.H.", "AJUN KOMISARIS BESAR POLISI NRP 77030189"))
    src = docx_pdf(d, work / "kep_ppid_src.pdf", work)
    return scan_pdf(src, EV / A2 / "2.3 Keterbukaan Informasi/KEP PPID PELAKSANA POLRES 2021.pdf", seed=105,
                    seals=[Seal("TEGUH SANTOSO PRIBADI", **STAMP)], mode="fax", dpi=150, quality=55, producer="HP LaserJet MFP M428")


def lap_info_2022(work, logo):
    rl = RL(EV / A2 / "2.3 Keterbukaan Informasi/Laporan Monev Layanan Informasi Publik Smt II 2022.pdf", base="Serif", size=11)
    rl.kop_left(KOP, logo)
    rl.p("LAPORAN MONITORING DAN EVALUASI<br/>LAYANAN INFORMASI PUBLIK PPID PELAKSANA POLRES KAHAYAN TIMUR<br/>SEMESTER II TAHUN 2022", "title")
    rl.p("1. Permohonan informasi", "h1")
    rl.table([["Bulan", "Permohonan", "Dikabulkan", "Ditolak", "Rata-rata waktu (hari)"], ["Juli 2022", "4", "4", "0", "3"], ["Agustus 2022", "6", "5", "1", "4"],
              ["September 2022", "3", "3", "0", "2"], ["Oktober 2022", "5", "5", "0", "3"], ["November 2022", "2", "2", "0", "2"], ["Desember 2022", "3", "3", "0", "3"],
              ["Jumlah", "23", "22", "1", "2,8"]], [3.5, 2.8, 2.8, 2.5, 4.0], size=9.5)
    rl.p("2. Evaluasi dan tindak lanjut", "h1")
    rl.p("Daftar informasi publik Polres Kahayan Timur belum seluruhnya dimutakhirkan di laman resmi. Tindak lanjut: Si Humas memutakhirkan daftar informasi publik setiap bulan dan menambahkan menu informasi berkala pada laman polreskahtim.id mulai Januari 2023.")
    rl.signature(["PPID PELAKSANA POLRES KAHAYAN TIMUR"], "AGUS WICAKSONO", ["INSPEKTUR POLISI SATU NRP 84020158"], place_date="Muara Sirap, 30 Desember 2022")
    return rl.build()


# --------------------------------------------------------------------------- Area III


def dsp_abk():
    dsp_rows = [["No", "Satfung", "Jabatan", "Pangkat (DSP)", "DSP", "Riil", "Kurang (-) / Lebih (+)"]]
    data = [("Pimpinan", "Kapolres", "AKBP", 1, 1), ("Pimpinan", "Wakapolres", "KOMPOL", 1, 1), ("Bag Ops", "Kabag Ops", "KOMPOL", 1, 1),
            ("Bag Ops", "Banit/Bamin", "BRIPKA-BRIPDA", 12, 9), ("Bag Ren", "Kabag Ren", "KOMPOL", 1, 1), ("Bag Ren", "Bamin/PNS", "BRIPKA/Penata", 8, 6),
            ("Bag SDM", "Kabag SDM", "KOMPOL", 1, 1), ("Bag SDM", "Bamin/PNS", "BRIPKA/Penata", 10, 8), ("Sat Intelkam", "Kasat/Wakasat", "AKP/IPTU", 2, 2),
            ("Sat Intelkam", "Banit", "BRIPKA-BRIPDA", 28, 21), ("Sat Reskrim", "Penyidik/Penyidik Pembantu", "IPDA-BRIPDA", 45, 38),
            ("Sat Lantas", "Banit/Bamin", "BRIPKA-BRIPDA", 40, 36), ("Sat Samapta", "Banit", "BRIPKA-BRIPDA", 60, 71), ("SPKT", "Ka SPKT/Banit", "IPTU/BRIPKA", 12, 9),
            ("Polsek (5)", "Kapolsek dan anggota", "IPTU-BRIPDA", 170, 158)]
    for i, (s, j, p, a, b) in enumerate(data, 1):
        dsp_rows.append([i, s, j, p, a, b, b - a])
    dsp_rows.append(["", "JUMLAH", "", "", sum(x[3] for x in data), sum(x[4] for x in data), sum(x[4] - x[3] for x in data)])
    abk_rows = [["No", "Jabatan", "Uraian tugas utama", "Volume setahun", "Norma waktu (jam)", "Beban kerja (jam)", "Waktu kerja efektif (jam)", "Kebutuhan (orang)"]]
    abk = [("Banit SKCK Sat Intelkam", "Pelayanan SKCK", 9850, 0.75), ("Banit SIM Sat Lantas", "Pelayanan SIM baru dan perpanjangan", 12400, 1.1),
           ("Banit SPKT", "Penerimaan laporan polisi/pengaduan", 2150, 1.5), ("Penyidik pembantu Sat Reskrim", "Penanganan perkara", 410, 105.0),
           ("Bamin Bag Ren", "Penyusunan dokumen perencanaan dan laporan", 96, 70.0)]
    for i, (j, u, v, n) in enumerate(abk, 1):
        bk = round(v * n, 1)
        abk_rows.append([i, j, u, v, n, bk, 1250, round(bk / 1250, 2)])
    keb = [["No", "Jabatan", "Kebutuhan (ABK)", "DSP", "Riil", "Usulan penambahan 2024", "Keterangan"],
           [1, "Banit SKCK Sat Intelkam", 5.91, 7, 5, 1, "Mengacu ABK, loket SI JEMPOL"],
           [2, "Banit SIM Sat Lantas", 10.91, 12, 9, 2, "Mengacu ABK"],
           [3, "Banit SPKT", 2.58, 4, 3, 0, "Cukup dengan pergeseran dari Sat Samapta"],
           [4, "Penyidik pembantu Sat Reskrim", 34.44, 45, 38, 0, "Terpenuhi"],
           [5, "Bamin Bag Ren", 5.38, 8, 6, 0, "Terpenuhi"]]
    return write_xlsx(EV / A3 / "DSP DAN ABK POLRES KAHTIM TA 2023.xlsx", [
        {"name": "DSP vs Riil", "title": ["DAFTAR SUSUNAN PERSONEL (DSP) DAN KEADAAN RIIL PERSONEL", "POLRES KAHAYAN TIMUR - KEADAAN 28 FEBRUARI 2023"],
         "rows": dsp_rows, "widths": [5, 16, 28, 16, 8, 8, 14], "freeze": "A5"},
        {"name": "ABK", "title": ["ANALISIS BEBAN KERJA JABATAN PELAYANAN", "POLRES KAHAYAN TIMUR TAHUN 2023"], "rows": abk_rows,
         "widths": [5, 30, 36, 14, 14, 14, 16, 14], "formats": {5: "0.0", 7: "0.00"}},
        {"name": "Rencana Kebutuhan", "title": ["RENCANA KEBUTUHAN PERSONEL BERDASARKAN DSP DAN ABK", "USULAN KE BIRO SDM POLDA KALTENG TAHUN 2024"], "rows": keb,
         "widths": [5, 30, 16, 8, 8, 20, 36], "foot": ["Muara Sirap, 3 Maret 2023", "KABAG SDM POLRES KAHAYAN TIMUR", "RUDI HARTONO SIMANJUNTAK, S.H."]},
    ])


def kep_mutasi(work, logo):
    d = Docx(font_name="Times New Roman", size=11.5)
    kep(d, logo, "KEP/ 112 / VI / 2023", "PEMBERHENTIAN DARI DAN PENGANGKATAN DALAM JABATAN DI LINGKUNGAN POLRES KAHAYAN TIMUR",
        ["bahwa dalam rangka pembinaan karier dan penyegaran organisasi, perlu dilaksanakan mutasi jabatan bagi personel di lingkungan Polres Kahayan Timur;",
         "bahwa berdasarkan hasil sidang Dewan Pertimbangan Karier (Wanjak) Polres Kahayan Timur tanggal 2 Juni 2023, personel yang namanya tercantum dalam lampiran Keputusan ini dipandang cakap dan memenuhi persyaratan kompetensi untuk diangkat dalam jabatan baru;"],
        MENGINGAT_UMUM[:1] + ["Peraturan Kepolisian Negara Republik Indonesia tentang Mutasi Anggota Polri;", "Peraturan Kapolri tentang Pembinaan Karier Anggota Polri;"],
        [("KESATU", "Memberhentikan personel yang namanya tercantum dalam lampiran Keputusan ini dari jabatan lama dan mengangkatnya dalam jabatan baru sebagaimana tercantum dalam lampiran."),
         ("KEDUA", "Serah terima jabatan dilaksanakan paling lambat 14 (empat belas) hari sejak Keputusan ini ditetapkan."),
         ("KETIGA", "Keputusan ini mulai berlaku pada tanggal ditetapkan dengan ketentuan apabila di kemudian hari terdapat kekeliruan akan diadakan perbaikan sebagaimana mestinya.")],
        "9 Juni 2023")
    d.pagebreak()
    d.para("LAMPIRAN KEPUTUSAN KAPOLRES KAHAYAN TIMUR\nNOMOR : KEP/ 112 / VI / 2023\nTANGGAL : 9 JUNI 2023", align="left", indent=8.5, size=9, after=8)
    rows = [["NO", "NAMA / PANGKAT / NRP", "JABATAN LAMA", "JABATAN BARU", "KET"],
            ["1", "TAUFAN ADRIANSYAH / IPDA / 92010344", "Paur Subbag Dalops Bag Ops", "Kanit Turjawali Sat Samapta", "Tour of duty"],
            ["2", "MARLINA SITUMORANG / IPDA / 91060278", "Kanit Regident Sat Lantas", "Kanit PPA Sat Reskrim", "Sesuai kompetensi penyidik PPA"],
            ["3", "ROBERT WENAS / AIPTU / 79110512", "Kanit Binmas Polsek Sungai Dadap", "Panit Binmas Polsek Muara Sirap Kota", "Tour of area"],
            ["4", "DEWI KARTIKA SARI / BRIPTU / 97050211", "Banum Sat Samapta", "Banum Sat Intelkam (loket SKCK)", "Hasil penilaian pelayanan prima"],
            ["5", "RAHMAT HIDAYAT / BRIGPOL / 95030419", "Bamin Sat Samapta", "Banit Regident Sat Lantas", "Sesuai ABK pelayanan SIM"],
            ["6", "AHMAD FAUZI / BRIPKA / 87020155", "Banit Reskrim Polsek Pulau Hanyu", "Banit Idik I Sat Reskrim", "Sertifikat penyidik"],
            ["7", "YOHANES BATLAYERI / BRIPTU / 96080733", "Bamin Bag Log", "Banit SPKT", "Sesuai ABK SPKT"],
            ["8", "NOVITA ANGGRAINI / BRIPDA / 99100516", "Bamin Si Humas", "Bamin Subbag Pers Bag SDM", "Rotasi"],
            ["9", "SUPARMAN / AIPDA / 83070421", "Banit Samapta Polsek Tumbang Sirap", "Bamin Si Propam", "Tour of duty"]]
    d.table(rows, widths=[0.9, 4.8, 4.0, 4.0, 3.2], size=8.5, align=["c", "l", "l", "l", "l"])
    d.signature(TTD_KAPOLRES, KAPOLRES, [KAPOLRES_RANK], underline=False, size=10, gap=2)
    src = docx_pdf(d, work / "kep_mutasi_src.pdf", work)
    return scan_pdf(src, EV / A3 / "Mutasi/KEP MUTASI JABATAN JUNI 2023.pdf", seed=106,
                    seals=[Seal(KAPOLRES_SIG, pages="all", **STAMP)], mode="hostile", dpi=150, producer="Canon iR2525 copy")


def pelatihan_prima(work, logo):
    d = Docx(font_name="Arial", size=10.5)
    kop(d, logo, small=True)
    d.center("LAPORAN PELAKSANAAN PELATIHAN PELAYANAN PRIMA", after=0)
    d.center("BAGI PETUGAS PELAYANAN PUBLIK POLRES KAHAYAN TIMUR TAHUN 2023", after=10)
    d.para("**A. Dasar**: Rencana Kerja ZI 2023 kegiatan nomor 12 dan jadwal pelatihan Bag SDM Tahun 2023 (dua angkatan: Maret dan September).", indent=0.0)
    d.para("**B. Pelaksanaan**", after=2)
    d.table([["Angkatan", "Tanggal", "Peserta", "Materi", "Narasumber"],
             ["I", "14-15 Maret 2023", "32 personel (SPKT, loket SKCK, Satpas SIM)", "Standar pelayanan, komunikasi efektif, penanganan keluhan, etika anti pungli", "Ombudsman RI Perwakilan Kalteng; Kabag SDM"],
             ["II", "12-13 September 2023", "32 personel (Satpas SIM, Sat Reskrim piket, Polsek)", "Pelayanan inklusif, penanganan pengaduan, pelayanan digital", "Dosen Univ. Kahayan Raya; Kasat Lantas"]],
            widths=[1.8, 2.8, 4.0, 4.8, 3.6], size=9, align=["c", "l", "l", "l", "l"])
    d.para("Dengan dua angkatan tersebut seluruh 64 petugas pelayanan publik (100%) telah mengikuti pelatihan pelayanan prima.", indent=0.0)
    d.para("**C. Evaluasi kompetensi petugas**", after=2)
    d.para("Nilai rata-rata pre-test 61,3 dan post-test 84,7. Monitoring kecakapan petugas dilakukan melalui mystery shopper oleh Si Was pada Mei dan Oktober 2023: kepatuhan terhadap standar pelayanan naik dari 78% menjadi 92%; dua petugas yang masih di bawah standar diberi pendampingan.", indent=0.0)
    d.signature(["KABAG SDM POLRES KAHAYAN TIMUR"], KABAGSDM, [KABAGSDM_RANK], place_date="Muara Sirap, 16 Oktober 2023", underline=False, size=10.5)
    return docx_pdf(d, EV / A3 / "Diklat/LAPORAN PELATIHAN PELAYANAN PRIMA 2023.pdf", work)


def rekap_pelanggaran(work, logo):
    rl = RL(EV / A3 / "Disiplin/REKAP PELANGGARAN DISIPLIN DAN KEPP 2022-2023.pdf", base="Sans", size=10, landscape_page=True)
    rl.kop_left(KOP)
    rl.p("REKAPITULASI PELANGGARAN DISIPLIN DAN KODE ETIK PROFESI POLRI (KEPP)<br/>POLRES KAHAYAN TIMUR TAHUN 2022 DAN TAHUN 2023 (S.D. 30 SEPTEMBER 2023)", "title")
    rl.table([["Tahun", "Pelanggaran disiplin", "Pelanggaran KEPP", "Jumlah", "Telah diputus / dijatuhi sanksi", "Dalam proses", "Jenis sanksi"],
              ["2022", "10", "4", "14", "14", "0", "Teguran tertulis 6; penundaan kenaikan pangkat 3; penempatan khusus 3; mutasi demosi 2"],
              ["2023 (Jan-Sep)", "5", "1", "6", "3", "3", "Teguran tertulis 2; penempatan khusus 1"],
              ["Jumlah", "15", "5", "20", "17", "3", "-"]], [3.0, 3.2, 3.0, 2.2, 3.8, 2.6, 7.8], size=9)
    rl.p("Pelanggaran tahun 2023 turun 57,1% dibanding tahun 2022 ((14 - 6) / 14). Seluruh pelanggaran tahun 2022 telah diputus melalui sidang disiplin atau sidang KEPP; tiga perkara tahun 2023 masih dalam tahap pemeriksaan pendahuluan.")
    rl.p("Upaya penegakan disiplin: apel pagi dengan absensi pengenalan wajah (aplikasi presensi Polres sejak Februari 2023), pemeriksaan kelengkapan dan sikap tampang setiap Senin, serta publikasi nama personel teladan dan personel yang dijatuhi sanksi pada apel (tanpa menyebut rincian perkara). Peraturan Kapolri tentang Kode Etik Profesi dan Komisi Kode Etik Polri serta Peraturan Pemerintah tentang Peraturan Disiplin Anggota Polri disosialisasikan pada setiap jam pimpinan.")
    rl.signature(["KASI PROPAM POLRES KAHAYAN TIMUR"], KASIPROPAM, [KASIPROPAM_RANK], place_date="Muara Sirap, 2 Oktober 2023")
    return rl.build()


# --------------------------------------------------------------------------- Area IV

IKU = [
    ("Meningkatnya kepercayaan masyarakat terhadap pelayanan Polres", "Indeks Kepuasan Masyarakat atas pelayanan SKCK, SIM dan SPKT", "Indeks", [82.0, 83.0, 84.0, 85.0, 86.0]),
    ("Meningkatnya penyelesaian perkara", "Persentase penyelesaian perkara tindak pidana (crime clearance)", "%", [62, 64, 66, 68, 70]),
    ("Menurunnya fatalitas kecelakaan lalu lintas", "Persentase penurunan korban meninggal dunia kecelakaan lalu lintas dibanding tahun sebelumnya", "%", [3, 3, 4, 4, 5]),
    ("Terwujudnya situasi kamtibmas yang kondusif", "Persentase penurunan jumlah gangguan kamtibmas (crime total)", "%", [2, 2, 3, 3, 3]),
    ("Terwujudnya personel yang profesional dan berintegritas", "Persentase penurunan pelanggaran disiplin dan KEPP", "%", [5, 5, 10, 10, 10]),
]


def renstra(work, logo):
    rl = RL(EV / A4 / "RENSTRA POLRES KAHTIM 2020-2024.pdf", base="Serif", size=11, footer="Renstra Polres Kahayan Timur 2020-2024 | {page}")
    rl.sp(3)
    rl.image(logo, 3.5)
    rl.p("RENCANA STRATEGIS (RENSTRA)<br/>KEPOLISIAN RESOR KAHAYAN TIMUR<br/>TAHUN 2020 - 2024", "big")
    rl.sp(2)
    rl.p("POLDA KALIMANTAN TENGAH", "subtitle")
    rl.br()
    rl.p("BAB I PENDAHULUAN", "h1")
    rl.p("Renstra Polres Kahayan Timur Tahun 2020-2024 merupakan penjabaran Renstra Polri dan Renstra Polda Kalimantan Tengah pada tingkat Polres, memuat visi, misi, tujuan, sasaran strategis, indikator kinerja dan target lima tahunan. Wilayah hukum Polres meliputi Kabupaten Kahayan Timur dengan luas 9.812 km2, 11 kecamatan dan penduduk 241.356 jiwa (2019), dengan lima Polsek jajaran.")
    rl.p("BAB II VISI, MISI DAN TUJUAN", "h1")
    rl.p("Visi: terwujudnya Kahayan Timur yang aman dan tertib melalui Polri yang presisi. Misi Polres mengikuti misi Polri, antara lain melindungi, mengayomi dan melayani masyarakat; menegakkan hukum secara profesional dan berkeadilan; serta mewujudkan pelayanan publik yang bersih dari korupsi.")
    rl.p("BAB III SASARAN STRATEGIS, INDIKATOR DAN TARGET", "h1")
    rows = [["No", "Sasaran strategis", "Indikator kinerja", "Satuan", "2020", "2021", "2022", "2023", "2024"]]
    for i, (s, ind, u, t) in enumerate(IKU, 1):
        rows.append([str(i), s, ind, u] + [f"{x:g}".replace(".", ",") for x in t])
    rl.table(rows, [0.7, 3.8, 5.0, 1.3, 1.1, 1.1, 1.1, 1.1, 1.1], size=8)
    rl.p("BAB IV PROGRAM DAN KEGIATAN", "h1")
    rl.bullets(["Program profesionalisme SDM Polri", "Program dukungan manajemen", "Program pemeliharaan keamanan dan ketertiban masyarakat",
                "Program penyelidikan dan penyidikan tindak pidana", "Program modernisasi almatsus dan sarana prasarana"], mark="1")
    rl.p("BAB V PENUTUP", "h1")
    rl.p("Renstra ini menjadi acuan penyusunan Rencana Kerja tahunan, Perjanjian Kinerja dan Laporan Kinerja Polres Kahayan Timur selama periode 2020-2024, dan dapat direviu apabila terjadi perubahan kebijakan.")
    rl.signature(["KAPOLRES KAHAYAN TIMUR"], "TEGUH SANTOSO PRIBADI, S.I.K., M.H.", ["AJUN KOMISARIS BESAR POLISI NRP 77030189"], place_date="Muara Sirap, 14 Februari 2020")
    return rl.build()


def renja_2023(work, logo):
    d = Docx(font_name="Times New Roman", size=11.5)
    kop(d, logo, small=True)
    d.center("RENCANA KERJA (RENJA)", size=13, after=0)
    d.center("KEPOLISIAN RESOR KAHAYAN TIMUR", after=0)
    d.center("TAHUN ANGGARAN 2023", after=10)
    d.para("**I. PENDAHULUAN**", after=2)
    d.para("Rencana Kerja Polres Kahayan Timur T.A. 2023 merupakan penjabaran tahun keempat Renstra Polres Kahayan Timur 2020-2024 dan pedoman penyusunan Perjanjian Kinerja Tahun 2023.", indent=0.5)
    d.para("**II. SASARAN, INDIKATOR DAN TARGET 2023**", after=2)
    rows = [["No", "Sasaran", "Indikator kinerja", "Target 2023", "Pagu (Rp ribu)"]]
    pagu = ["2.145.600", "4.812.350", "1.226.900", "3.904.120", "986.400"]
    for i, ((s, ind, u, t), p) in enumerate(zip(IKU, pagu), 1):
        rows.append([str(i), s, ind, f"{t[3]:g} {u}".replace(".", ","), p])
    d.table(rows, widths=[0.8, 4.5, 6.0, 2.3, 2.6], size=9, align=["c", "l", "l", "c", "r"])
    d.para("**III. PROGRAM DAN KEGIATAN PRIORITAS**", after=2)
    for t in ["1. Peningkatan kualitas pelayanan SKCK, SIM dan SPKT menuju WBK (termasuk SI JEMPOL).",
              "2. Percepatan penyelesaian perkara dengan prioritas perkara yang menjadi perhatian masyarakat.",
              "3. Operasi keselamatan dan edukasi lalu lintas di jalur lintas Kahayan.",
              "4. Pembinaan disiplin dan integritas personel."]:
        d.para(t, indent=1.0, first=-0.5)
    d.signature(["KAPOLRES KAHAYAN TIMUR"], KAPOLRES, [KAPOLRES_RANK], place_date="Muara Sirap,        Desember 2022", underline=False, size=11)
    return docx_pdf(d, EV / A4 / "RENJA POLRES KAHTIM 2023.pdf", work)


def pk_2023(work, logo):
    d = Docx(font_name="Times New Roman", size=11.5)
    kop(d, logo)
    d.center("PERJANJIAN KINERJA TAHUN 2023", size=13, after=10)
    d.para("Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:", after=6)
    d.kv([("Nama", "Harun Al Rasyid Siregar, S.I.K., M.Si."), ("Jabatan", "Kepala Kepolisian Resor Kahayan Timur")], widths=(2.5, 0.4))
    d.para("selanjutnya disebut pihak pertama,", after=4)
    d.kv([("Nama", "Drs. Bambang Hermawan Tjahjono, M.M."), ("Jabatan", "Kepala Kepolisian Daerah Kalimantan Tengah")], widths=(2.5, 0.4))
    d.para("selaku atasan pihak pertama, selanjutnya disebut pihak kedua.", after=6)
    d.para("Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.", after=6)
    d.para("Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.", after=8)
    d.signature(["Pihak Pertama,", "KAPOLRES KAHAYAN TIMUR"], KAPOLRES, [KAPOLRES_RANK], place_date="Palangka Raya,       Januari 2023", underline=False, size=10.5,
                left=(["Pihak Kedua,", "KAPOLDA KALIMANTAN TENGAH"], KAPOLDA, [KAPOLDA_RANK], None))
    d.pagebreak()
    d.center("LAMPIRAN PERJANJIAN KINERJA TAHUN 2023\nKEPOLISIAN RESOR KAHAYAN TIMUR", size=11.5, after=8)
    rows = [["No", "Sasaran strategis", "Indikator kinerja", "Target"]]
    for i, (s, ind, u, t) in enumerate(IKU, 1):
        rows.append([str(i), s, ind, f"{t[3]:g} {u}".replace(".", ",")])
    d.table(rows, widths=[0.8, 5.5, 7.2, 2.5], size=9.5, align=["c", "l", "l", "c"])
    d.para("Program: Profesionalisme SDM Polri; Dukungan Manajemen; Pemeliharaan Kamtibmas; Penyelidikan dan Penyidikan Tindak Pidana. Anggaran: Rp 13.075.370.000,-", size=10)
    d.signature(["KAPOLRES KAHAYAN TIMUR"], KAPOLRES, [KAPOLRES_RANK], underline=False, size=10.5,
                left=(["KAPOLDA KALIMANTAN TENGAH"], KAPOLDA, [KAPOLDA_RANK], None))
    src = docx_pdf(d, work / "pk_src.pdf", work)
    return scan_pdf(src, EV / A4 / "PK KAPOLRES 2023 (scan).pdf", seed=107,
                    seals=[Seal(KAPOLRES_SIG, pages="all", **STAMP), Seal(KAPOLDA_SIG, pages="all", ring="KEPOLISIAN DAERAH KALIMANTAN TENGAH", center=["POLRI"], ink=(60, 50, 150))],
                    mode="copier", color=True, dpi=160, quality=50)


def iku(work, logo):
    d = Docx(font_name="Arial", size=10.5)
    kep(d, logo, "KEP/ 77 / III / 2020", "PENETAPAN INDIKATOR KINERJA UTAMA KEPOLISIAN RESOR KAHAYAN TIMUR TAHUN 2020-2024",
        ["bahwa dalam rangka pengukuran dan peningkatan kinerja serta akuntabilitas kinerja, perlu menetapkan Indikator Kinerja Utama (IKU) Polres Kahayan Timur;",
         "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Keputusan Kapolres Kahayan Timur;"],
        ["Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah;",
         "Peraturan Menteri PANRB Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas Laporan Kinerja Instansi Pemerintah;",
         "Renstra Polres Kahayan Timur Tahun 2020-2024."],
        [("KESATU", "Menetapkan Indikator Kinerja Utama Polres Kahayan Timur Tahun 2020-2024 beserta manual indikatornya sebagaimana tercantum dalam Lampiran."),
         ("KEDUA", "IKU digunakan sebagai dasar penyusunan Rencana Kerja, Perjanjian Kinerja, pengukuran dan pelaporan kinerja."),
         ("KETIGA", "Keputusan ini mulai berlaku pada tanggal ditetapkan.")],
        "2 Maret 2020", signer=("TEGUH SANTOSO PRIBADI, S.I.K., M.H.", "AJUN KOMISARIS BESAR POLISI NRP 77030189"))
    d.pagebreak()
    d.center("LAMPIRAN: MANUAL INDIKATOR KINERJA UTAMA", size=11, after=6)
    man = [("IKU 1", IKU[0][1], "Nilai rata-rata tertimbang sembilan unsur SKM (PermenPANRB 14/2017) pada layanan SKCK, SIM dan SPKT", "Jumlah nilai per unsur dibagi jumlah unsur x 25", "Laporan SKM triwulanan Si Humas", "Triwulanan", "Kasi Humas"),
           ("IKU 2", IKU[1][1], "Perbandingan perkara selesai (P21/SP3 sah) terhadap jumlah perkara yang dilaporkan pada tahun berjalan", "(Perkara selesai / perkara dilaporkan) x 100%", "Register perkara Sat Reskrim dan Sat Narkoba", "Bulanan", "Kasat Reskrim"),
           ("IKU 3", IKU[2][1], "Penurunan jumlah korban meninggal dunia akibat kecelakaan lalu lintas", "((MD tahun lalu - MD tahun ini) / MD tahun lalu) x 100%", "Data IRSMS Sat Lantas", "Bulanan", "Kasat Lantas"),
           ("IKU 4", IKU[3][1], "Penurunan jumlah gangguan kamtibmas yang dilaporkan", "((CT tahun lalu - CT tahun ini) / CT tahun lalu) x 100%", "Data Bag Ops", "Bulanan", "Kabag Ops"),
           ("IKU 5", IKU[4][1], "Penurunan jumlah pelanggaran disiplin dan KEPP personel", "((P tahun lalu - P tahun ini) / P tahun lalu) x 100%", "Rekap Si Propam", "Triwulanan", "Kasi Propam")]
    d.table([["Kode", "Indikator", "Definisi", "Formula", "Sumber data", "Periode", "PIC"]] + [list(m) for m in man],
            widths=[1.2, 3.2, 3.6, 3.2, 2.4, 1.6, 1.6], size=8, align=["c", "l", "l", "l", "l", "c", "l"])
    return docx_pdf(d, EV / A4 / "IKU POLRES KAHTIM 2020-2024.pdf", work)


def lakip_2022(work, logo):
    rl = RL(work / "lakip_text.pdf", base="Serif", size=11, footer="LKjIP Polres Kahayan Timur Tahun 2022 - {page}")
    rl.sp(3)
    rl.image(logo, 3.5)
    rl.p("LAPORAN KINERJA INSTANSI PEMERINTAH<br/>(LKjIP)<br/>POLRES KAHAYAN TIMUR<br/>TAHUN 2022", "big")
    rl.br()
    rl.p("KATA PENGANTAR", "subtitle")
    rl.p("Laporan Kinerja Instansi Pemerintah Polres Kahayan Timur Tahun 2022 disusun sebagai wujud pertanggungjawaban atas pelaksanaan Perjanjian Kinerja Tahun 2022 dan disampaikan kepada Kapolda Kalimantan Tengah sesuai Peraturan Presiden Nomor 29 Tahun 2014. Laporan ini menyajikan capaian kinerja dibandingkan target, capaian tahun sebelumnya dan target jangka menengah, analisis keberhasilan dan kegagalan serta realisasi anggaran.")
    rl.signature(["KAPOLRES KAHAYAN TIMUR"], KAPOLRES, [KAPOLRES_RANK], place_date="Muara Sirap, 18 Januari 2023")
    rl.br()
    rl.p("BAB I PENDAHULUAN", "h1")
    rl.p("Polres Kahayan Timur membawahi lima Polsek dengan kekuatan 412 personel pada akhir 2022. Isu strategis tahun 2022 meliputi tingginya kecelakaan lalu lintas di jalan lintas provinsi, konflik lahan, serta tuntutan pelayanan publik yang bersih dari pungutan liar.")
    rl.p("BAB II PERENCANAAN KINERJA", "h1")
    rl.p("Perjanjian Kinerja Tahun 2022 memuat lima sasaran strategis dengan lima indikator kinerja utama sesuai Keputusan Kapolres Nomor: KEP/ 77 / III / 2020.")
    rl.p("BAB III AKUNTABILITAS KINERJA", "h1")
    rl.p("A. Capaian kinerja 2022", "h2")
    data = [(IKU[0][1], "84,00", "85,41", "101,68%", "82,95"), (IKU[1][1], "66%", "69,2%", "104,85%", "63,8%"),
            (IKU[2][1], "4%", "6,3%", "157,50%", "2,1%"), (IKU[3][1], "3%", "1,8%", "60,00%", "2,6%"), (IKU[4][1], "10%", "12,5%", "125,00%", "-6,7%")]
    rows = [["No", "Indikator kinerja", "Target 2022", "Realisasi 2022", "Capaian", "Realisasi 2021", "Target 2024 (Renstra)"]]
    for i, (ind, t, r, c, prev) in enumerate(data, 1):
        rows.append([str(i), ind, t, r, c, prev, [f"{x[3][4]:g}" for x in [IKU[i - 1]]][0]])
    rl.table(rows, [0.7, 6.0, 1.7, 1.8, 1.6, 1.7, 1.9], size=8)
    rl.p("Dari lima sasaran strategis, empat sasaran tercapai 100% atau lebih; sasaran penurunan gangguan kamtibmas belum tercapai (60,00%) karena meningkatnya konflik lahan di Kecamatan Tumbang Sirap. Dibanding tahun 2021, capaian IKM, penyelesaian perkara dan penurunan fatalitas lalu lintas meningkat.")
    rl.p("B. Realisasi anggaran", "h2")
    rl.table([["Program", "Pagu (Rp)", "Realisasi (Rp)", "%"], ["Profesionalisme SDM Polri", "1.954.200.000", "1.921.774.500", "98,34"],
              ["Dukungan manajemen", "3.612.500.000", "3.560.118.200", "98,55"], ["Pemeliharaan kamtibmas", "3.701.900.000", "3.588.341.300", "96,93"],
              ["Penyelidikan dan penyidikan", "2.880.000.000", "2.841.206.000", "98,65"], ["Jumlah", "12.148.600.000", "11.911.440.000", "98,05"]],
             [6.0, 3.3, 3.3, 1.8], size=8.5, bold_last=True)
    rl.p("BAB IV PENUTUP", "h1")
    rl.p("Kinerja Polres Kahayan Timur tahun 2022 secara umum baik. Upaya perbaikan tahun 2023: penguatan deteksi dini konflik lahan melalui Bhabinkamtibmas dan percepatan layanan SKCK melalui SI JEMPOL.")
    text = rl.build()
    # receipt of the Polda planning bureau, scanned and bound behind the report
    e = Docx(font_name="Arial", size=11)
    kop(e, None, lines=KOP_POLDA + ["BIRO PERENCANAAN UMUM DAN ANGGARAN"])
    e.center("TANDA TERIMA DOKUMEN", after=8)
    e.kv([("Nomor", "TT/ 19 / I / REN.2.3. / 2023"), ("Diterima dari", "Polres Kahayan Timur"), ("Dokumen", "Laporan Kinerja Instansi Pemerintah (LKjIP) Tahun 2022 - 1 (satu) buku dan file digital"),
          ("Tanggal diterima", "Jumat, 20 Januari 2023"), ("Keterangan", "Diterima lengkap, sebelum batas waktu 31 Januari 2023")])
    e.signature(["Yang menerima,", "PAUR SUBBAGRENPROGAR ROREN"], "MELATI KUSUMANINGRUM", ["PENATA NIP 198503172009122003"], underline=False, size=10.5)
    tt_src = docx_pdf(e, work / "tt_lakip_src.pdf", work)
    tt = scan_pdf(tt_src, work / "tt_lakip_scan.pdf", seed=108, seals=[Seal("MELATI KUSUMANINGRUM", ring="BIRO RENA POLDA KALIMANTAN TENGAH", center=["ROREN"], ink=(40, 60, 160))],
                  mode="copier", dpi=150)
    return merge_pdfs([text, tt], EV / A4 / "LAKIP POLRES KAHTIM 2022 + TANDA TERIMA.pdf")


def anev_kinerja(work, logo):
    parts = []
    for k, (tgl, per, ikm, cc, tl) in enumerate([
            ("Kamis, 13 April 2023", "Triwulan I (Januari-Maret 2023)", "84,37", "58,1%", ["Sat Reskrim memprioritaskan 14 perkara tunggakan 2022.", "Sat Lantas menambah satu loket SIM pada hari Senin."]),
            ("Jumat, 14 Juli 2023", "Triwulan II (April-Juni 2023)", "86,02", "63,4%", ["Bag Ops memetakan titik rawan konflik lahan bersama Bhabinkamtibmas.", "Sat Lantas melaksanakan operasi keselamatan di jalur lintas Kahayan."]),
            ("Rabu, 11 Oktober 2023", "Triwulan III (Juli-September 2023)", "86,40", "66,9%", ["Sat Reskrim mempercepat gelar perkara bagi perkara di atas 90 hari.", "Si Propam menyelesaikan tiga perkara disiplin yang masih proses."])]):
        rl = RL(work / f"anev{k}.pdf", base="Sans", size=10)
        rl.kop_left(KOP)
        rl.p(f"NOTULEN RAPAT ANALISA DAN EVALUASI (ANEV) CAPAIAN KINERJA<br/>POLRES KAHAYAN TIMUR {per.upper()}", "title")
        rl.kv([("Hari / tanggal", tgl), ("Tempat", "Ruang Rupatama Polres Kahayan Timur"), ("Pimpinan rapat", "Kapolres Kahayan Timur"),
               ("Peserta", "Wakapolres, Kabag, Kasat, Kasi, Kapolsek jajaran"), ("Notulis", "AIPDA Hendrik Sinaga (Bag Ren)")])
        rl.p("Pembahasan", "h2")
        rl.table([["IKU", "Target 2023", f"Realisasi s.d. {per.split(' (')[0]}", "Keterangan"],
                  ["Indeks Kepuasan Masyarakat", "85,00", ikm, "SKM triwulan berjalan"],
                  ["Penyelesaian perkara", "68%", cc, "Kumulatif"],
                  ["Penurunan korban MD laka lantas", "4%", ["1,2%", "2,9%", "4,1%"][k], "Kumulatif dibanding periode yang sama 2022"],
                  ["Penurunan gangguan kamtibmas", "3%", ["0,8%", "1,9%", "2,7%"][k], "Kumulatif"],
                  ["Penurunan pelanggaran disiplin dan KEPP", "10%", ["-", "35,7%", "57,1%"][k], "Dibanding 2022"]], [5.2, 2.2, 3.5, 5.6], size=8.5)
        rl.p("Arahan dan tindak lanjut Kapolres", "h2")
        rl.bullets(tl, mark="1")
        if k > 0:
            rl.p("Tindak lanjut arahan rapat sebelumnya telah dilaporkan oleh masing-masing Satfung dan dinyatakan selesai.")
        rl.signature(["Notulis"], "HENDRIK SINAGA", ["AJUN INSPEKTUR POLISI DUA NRP 85070219"],
                     left=(["Pimpinan rapat,", "KAPOLRES KAHAYAN TIMUR"], KAPOLRES, [KAPOLRES_RANK], None))
        parts.append(rl.build())
    return merge_pdfs(parts, EV / A4 / "NOTULEN ANEV KINERJA TW I-III 2023 (gabungan).pdf")


# --------------------------------------------------------------------------- Area V


def upg(work, logo):
    d = Docx(font_name="Arial", size=10.5)
    kep(d, logo, "KEP/ 20 / I / 2023", "PEMBENTUKAN UNIT PENGENDALIAN GRATIFIKASI DI LINGKUNGAN POLRES KAHAYAN TIMUR",
        ["bahwa dalam rangka pencegahan korupsi, perlu dibentuk Unit Pengendalian Gratifikasi (UPG) di lingkungan Polres Kahayan Timur;",
         "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Keputusan Kapolres Kahayan Timur;"],
        ["Undang-Undang Nomor 31 Tahun 1999 tentang Pemberantasan Tindak Pidana Korupsi sebagaimana telah diubah dengan Undang-Undang Nomor 20 Tahun 2001;",
         "Peraturan Komisi Pemberantasan Korupsi Nomor 2 Tahun 2019 tentang Pelaporan Gratifikasi;", "Peraturan Kapolri tentang Pengendalian Gratifikasi di Lingkungan Polri;"],
        [("KESATU", "Membentuk Unit Pengendalian Gratifikasi Polres Kahayan Timur dengan Ketua Kasi Was, Sekretaris Kasi Propam, dan anggota tiga personel Si Was."),
         ("KEDUA", "UPG bertugas menerima, menganalisis dan meneruskan laporan gratifikasi kepada KPK melalui aplikasi Gratifikasi Online paling lambat 10 hari kerja, melakukan sosialisasi dan menyusun laporan semester."),
         ("KETIGA", "Setiap personel wajib menolak gratifikasi dan melaporkan penerimaan yang tidak dapat ditolak kepada UPG dalam 30 hari kerja sesuai SOP Pengendalian Gratifikasi (SOP/20/XII/2022/Si Was)."),
         ("KEEMPAT", "Keputusan ini mulai berlaku pada tanggal ditetapkan.")],
        "16 Januari 2023")
    p1 = docx_pdf(d, work / "kep_upg.pdf", work)
    rl = RL(work / "lap_upg.pdf", base="Sans", size=10)
    rl.kop_left(KOP)
    rl.p("LAPORAN UNIT PENGENDALIAN GRATIFIKASI<br/>POLRES KAHAYAN TIMUR SEMESTER I TAHUN 2023", "title")
    rl.table([["No", "Tanggal lapor", "Pelapor", "Objek", "Nilai taksiran (Rp)", "Tindak lanjut"],
              ["1", "06-03-2023", "BRIPTU D.K.S. (loket SKCK)", "Bingkisan makanan dari pemohon", "250.000", "Diteruskan ke KPK via GOL 08-03-2023; ditetapkan milik negara, disalurkan ke panti asuhan"],
              ["2", "21-04-2023", "AKP S.G. (Kasat Lantas)", "Parsel Idulfitri dari rekanan", "1.200.000", "Diteruskan ke KPK 25-04-2023; dikembalikan kepada pemberi"],
              ["3", "12-06-2023", "IPTU M. (Ka SPKT)", "Uang tanda terima kasih pelapor", "500.000", "Ditolak di tempat dan dicatat sebagai laporan penolakan"]],
             [0.8, 2.4, 3.4, 3.6, 2.6, 4.2], size=8)
    rl.p("Sosialisasi pengendalian gratifikasi dilaksanakan pada jam pimpinan 6 Februari 2023 dan apel Satfung pelayanan setiap bulan.")
    rl.signature(["KETUA UPG POLRES KAHAYAN TIMUR"], "NURLELA AMBARWATI, S.H.", ["AJUN KOMISARIS POLISI NRP 78040219"], place_date="Muara Sirap, 5 Juli 2023")
    p2 = rl.build()
    return merge_pdfs([p1, p2], EV / A5 / "a. Gratifikasi/KEP UPG DAN LAPORAN UPG SMT I 2023.pdf")


def kampanye(work, logo):
    items = [
        (event_photo(work / "k1.jpg", "Spanduk anti gratifikasi di ruang SPKT, 7 Feb 2023", 131, people=3, banner="STOP GRATIFIKASI!\nLAYANAN POLRES KAHTIM GRATIS"), "Februari 2023 - spanduk di ruang SPKT dan loket SKCK"),
        (screenshot(work / "k2.jpg", "post", "polreskahtim", "TOLAK GRATIFIKASI", ["Pelayanan SKCK, SIM, laporan polisi", "tanpa imbalan apa pun.", "Laporkan: 0812-5500-1110", "polreskahtim  12 April 2023 - 214 suka"], 132, accent=(120, 30, 30)), "April 2023 - unggahan Instagram @polreskahtim"),
        (event_photo(work / "k3.jpg", "Talkshow Radio Suara Kahayan, 14 Juni 2023", 133, people=3, banner="DIALOG INTERAKTIF\nPOLRES KAHTIM BERSIH DARI PUNGLI"), "Juni 2023 - dialog radio bersama Kasi Was"),
        (event_photo(work / "k4.jpg", "Pembagian leaflet di Satpas SIM, 9 Agt 2023", 134, people=8, banner="SATPAS SIM POLRES KAHAYAN TIMUR\nZONA BEBAS GRATIFIKASI", outdoor=True), "Agustus 2023 - pembagian leaflet kepada pemohon SIM"),
    ]
    rl = RL(EV / A5 / "a. Gratifikasi/DOKUMENTASI KAMPANYE ANTI GRATIFIKASI 2023.pdf", base="Sans", size=10)
    rl.kop_left(KOP, logo)
    rl.p("DOKUMENTASI PUBLIC CAMPAIGN PENGENDALIAN GRATIFIKASI<br/>POLRES KAHAYAN TIMUR TAHUN 2023", "title")
    rl.p("Kampanye anti gratifikasi kepada masyarakat dilaksanakan setiap dua bulan sesuai rencana aksi (Februari, April, Juni, Agustus, Oktober, Desember) melalui spanduk, media sosial, radio dan leaflet, serta unggahan rutin mingguan di Instagram dan Facebook Polres.")
    rl.image_grid(items, cols=2)
    return rl.build()


def manajemen_risiko(work, logo):
    rl = RL(EV / A5 / "b. SPIP/DOKUMEN MANAJEMEN RISIKO POLRES 2023.pdf", base="Sans", size=10, landscape_page=True, margins=(1.5, 1.5, 1.8, 1.8))
    rl.kop_left(KOP)
    rl.p("DOKUMEN MANAJEMEN RISIKO<br/>POLRES KAHAYAN TIMUR TAHUN 2023", "title")
    rl.p("Penilaian risiko disusun oleh Tim Manajemen Risiko (Si Was) bersama seluruh Satfung pada 6-10 Februari 2023 atas pelaksanaan kebijakan dan tugas pokok Polres sesuai pedoman manajemen risiko Polri. Skala kemungkinan (K) dan dampak (D) 1-5; level risiko = K x D.")
    risks = [("Pelayanan SKCK", "Pungutan di luar PNBP", "Kontak langsung petugas-pemohon", 3, 5, "Antrean daring, CCTV loket, rotasi petugas", "CCTV terpasang Feb; antrean daring Mar"),
             ("Pelayanan SIM", "Percaloan SIM", "Pemohon tidak memahami prosedur", 4, 4, "Papan alur, petugas informasi, sanksi calo", "Papan alur Jul; 2 calo ditindak"),
             ("SPKT", "Laporan tidak ditindaklanjuti tepat waktu", "Beban penyidik tinggi", 3, 4, "SP2HP berkala dan monitoring Ka SPKT", "SP2HP daring sejak Mei"),
             ("Penyidikan", "Penyalahgunaan wewenang penyidik", "Pengawasan lemah", 2, 5, "Gelar perkara terbuka, pengawasan Si Was", "Gelar perkara rutin bulanan"),
             ("Barang bukti", "Barang bukti hilang/rusak", "Gudang tidak memadai", 2, 4, "Register digital dan segel", "Register digital Apr"),
             ("Keuangan", "Keterlambatan pertanggungjawaban", "Dokumen tidak lengkap", 3, 3, "Rekonsiliasi mingguan", "Berjalan"),
             ("Kepegawaian", "Pelanggaran disiplin personel", "Pengawasan atasan kurang", 3, 3, "Absensi wajah, jam pimpinan", "Berjalan"),
             ("Pengadaan", "Pengadaan tidak sesuai spesifikasi", "Perencanaan lemah", 2, 3, "Reviu RAB oleh Si Was", "TW III belum ada temuan")]
    rows = [["No", "Proses/kegiatan", "Risiko", "Penyebab", "K", "D", "Level", "Rencana tindak pengendalian", "Realisasi s.d. TW III"]]
    for i, r in enumerate(risks, 1):
        lvl = r[3] * r[4]
        rows.append([str(i), r[0], r[1], r[2], str(r[3]), str(r[4]), f"{lvl} ({'Tinggi' if lvl >= 15 else 'Sedang' if lvl >= 8 else 'Rendah'})", r[5], r[6]])
    rl.table(rows, [0.7, 2.8, 3.4, 3.2, 0.7, 0.7, 1.8, 5.0, 4.3], size=8)
    rl.signature(["KASI WAS POLRES KAHAYAN TIMUR"], "NURLELA AMBARWATI, S.H.", ["AJUN KOMISARIS POLISI NRP 78040219"], place_date="Muara Sirap, 13 Februari 2023 (realisasi dimutakhirkan 30 September 2023)",
                 left=(["Mengetahui,", "KAPOLRES KAHAYAN TIMUR"], KAPOLRES, [KAPOLRES_RANK], None))
    return rl.build()


def rekap_dumas():
    import datetime as dt
    channels = ["Dumas Presisi", "SP4N-LAPOR!", "WhatsApp 0812-5500-1110", "Surat", "Datang langsung (SPKT)"]
    topics = ["Perkembangan penanganan laporan (SP2HP)", "Dugaan pungli pengurusan SIM", "Sikap petugas patroli", "Lambatnya penanganan perkara pencurian",
              "Percaloan di Satpas", "Penanganan konflik lahan", "Pelayanan SKCK", "Parkir liar di depan Satpas"]
    units = ["Sat Reskrim", "Sat Lantas", "Sat Samapta", "Sat Reskrim", "Sat Lantas", "Bag Ops", "Sat Intelkam", "Sat Lantas"]
    rows = [["No", "Tanggal terima", "Kanal", "Uraian singkat", "Diteruskan ke", "Tanggal disposisi", "Status", "Tanggal selesai", "Lama (hari)"]]
    import random
    rnd = random.Random(140)
    base = dt.date(2023, 1, 4)
    done = 0
    for i in range(38):
        d0 = base + dt.timedelta(days=int(i * 7.1) + rnd.randint(0, 3))
        k = rnd.randrange(len(topics))
        status = "Proses" if i in (31, 34, 35, 36, 37) else "Selesai"
        lama = rnd.choice([2, 3, 5, 6, 8, 9, 11, 12, 13, 16, 21]) if status == "Selesai" else None
        if status == "Selesai":
            done += 1
        rows.append([i + 1, d0, channels[rnd.randrange(len(channels))] if i not in (3, 17, 25) else "SP4N-LAPOR!", topics[k], units[k],
                     d0 + dt.timedelta(days=1), status, (d0 + dt.timedelta(days=lama)) if lama else "", lama if lama else ""])
    summ = [["Uraian", "Jumlah"], ["Pengaduan masyarakat yang harus ditindaklanjuti (1 Jan - 30 Sep 2023)", 38], ["Sedang diproses", 38 - done], ["Selesai ditindaklanjuti", done],
            ["Selesai <= 14 hari", sum(1 for r in rows[1:] if r[8] != "" and r[8] <= 14)]]
    by_ch = [["Kanal", "Jumlah"]] + [[c, sum(1 for r in rows[1:] if r[2] == c)] for c in channels]
    return write_xlsx(EV / A5 / "c. Dumas/REKAP DUMAS POLRES KAHTIM 2023.xlsx", [
        {"name": "Rekap 2023", "title": ["REKAPITULASI PENGADUAN MASYARAKAT (DUMAS) POLRES KAHAYAN TIMUR", "PERIODE 1 JANUARI S.D. 30 SEPTEMBER 2023"],
         "rows": rows, "widths": [5, 14, 24, 40, 14, 16, 10, 14, 10], "formats": {1: "DD-MM-YYYY", 5: "DD-MM-YYYY", 7: "DD-MM-YYYY"}, "freeze": "A5"},
        {"name": "Ringkasan", "title": ["RINGKASAN PENANGANAN DUMAS 2023"], "rows": summ + [["", ""]] + by_ch, "widths": [62, 12]},
    ])


def anev_dumas(work, logo):
    d = Docx(font_name="Arial", size=10.5)
    kop(d, logo, small=True)
    d.center("LAPORAN ANALISA DAN EVALUASI", after=0)
    d.center("PENANGANAN PENGADUAN MASYARAKAT POLRES KAHAYAN TIMUR", after=0)
    d.center("SEMESTER I TAHUN 2023", after=10)
    d.para("1. Rapat evaluasi penanganan dumas dilaksanakan pada 7 Juli 2023 dipimpin Wakapolres, diikuti Kasi Was, Kasi Propam, Ka SPKT dan para Kasat.", indent=0.0)
    d.para("2. Pada semester I 2023 diterima 26 pengaduan melalui lima kanal (Dumas Presisi 9, SP4N-LAPOR! 6, WhatsApp 6, surat 2, datang langsung 3); 24 selesai dan 2 dalam proses. Rata-rata waktu penyelesaian 8,3 hari; 20 pengaduan (83%) selesai dalam 14 hari.", indent=0.0)
    d.para("3. Permasalahan: pengaduan tentang perkembangan penanganan perkara mendominasi (35%), SP2HP belum dikirim berkala oleh sebagian penyidik, dan jawaban melalui SP4N-LAPOR! kadang melewati 5 hari kerja.", indent=0.0)
    d.para("4. Rekomendasi: (a) SP2HP dikirim daring setiap 30 hari; (b) admin SP4N-LAPOR! memberi respon awal paling lambat 3 hari kerja; (c) evaluasi berikutnya dilaksanakan pada awal Januari 2024 untuk semester II.", indent=0.0)
    d.signature(["WAKAPOLRES KAHAYAN TIMUR"], WAKA, [WAKA_RANK], place_date="Muara Sirap, 10 Juli 2023", underline=False, size=10.5)
    return docx_pdf(d, EV / A5 / "c. Dumas/LAPORAN ANEV DUMAS SMT I 2023.pdf", work)


def wbs(work, logo):
    d = Docx(font_name="Arial", size=10.5)
    kop(d, logo, lines=KOP_POLDA)
    d.center("SURAT EDARAN", underline=True, after=0)
    d.center("Nomor: SE/ 4 / II / HUK.7.1. / 2023", bold=False, after=4)
    d.center("TENTANG", bold=False, after=4)
    d.center("PENERAPAN WHISTLEBLOWING SYSTEM DI LINGKUNGAN POLDA KALIMANTAN TENGAH", after=10)
    for t in ["1. Rujukan: Peraturan Kapolri tentang Sistem Pelaporan Pelanggaran (Whistleblowing System) di Lingkungan Polri.",
              "2. Setiap personel Polri dan PNS Polri serta masyarakat dapat melaporkan dugaan pelanggaran oleh personel melalui aplikasi Propam Presisi, surel wbs.kalteng@polri.go.id atau kotak pengaduan tertutup di setiap Polres.",
              "3. Kapolres jajaran wajib menyosialisasikan WBS kepada seluruh personel, memasang media informasi WBS di ruang publik, menjamin kerahasiaan pelapor dan melaporkan pelaksanaannya kepada Kapolda u.p. Irwasda setiap semester.",
              "4. Demikian untuk dilaksanakan."]:
        d.para(t, indent=0.6, first=-0.6)
    d.signature(["KEPALA KEPOLISIAN DAERAH KALIMANTAN TENGAH"], KAPOLDA, [KAPOLDA_RANK], place_date="Dikeluarkan di : Palangka Raya\npada tanggal : 20 Februari 2023", underline=False, size=10.5)
    p1 = docx_pdf(d, work / "se_wbs.pdf", work)
    rl = RL(work / "sos_wbs.pdf", base="Sans", size=10)
    rl.kop_left(KOP)
    rl.p("LAPORAN PELAKSANAAN SOSIALISASI WHISTLEBLOWING SYSTEM<br/>POLRES KAHAYAN TIMUR", "title")
    rl.p("Menindaklanjuti SE Kapolda Kalimantan Tengah Nomor: SE/ 4 / II / HUK.7.1. / 2023, Polres Kahayan Timur melaksanakan sosialisasi WBS pada jam pimpinan Senin, 13 Maret 2023 kepada 186 personel, dilanjutkan pada apel Polsek jajaran 14-17 Maret 2023. Poster WBS dipasang di ruang SPKT, Satpas SIM dan loket SKCK; kotak pengaduan tertutup disediakan di lobi Polres dan dibuka setiap Jumat oleh Si Propam dan Si Was.")
    rl.p("Sampai dengan Juni 2023 diterima dua laporan melalui WBS; keduanya telah diteruskan kepada Bidpropam Polda Kalimantan Tengah.")
    rl.signature(["KASI PROPAM POLRES KAHAYAN TIMUR"], KASIPROPAM, [KASIPROPAM_RANK], place_date="Muara Sirap, 3 Juli 2023")
    p2 = rl.build()
    return merge_pdfs([p1, p2], EV / A5 / "d. WBS/SE KAPOLDA WBS DAN LAPORAN SOSIALISASI.pdf")


def bk_sibling(work, logo):
    rl = RL(EV / A5 / "e. Benturan Kepentingan/IDENTIFIKASI BENTURAN KEPENTINGAN POLRES 2023.pdf", base="Sans", size=10, landscape_page=True)
    rl.kop_left(KOP_SIB, logo)
    rl.p("IDENTIFIKASI DAN PEMETAAN POTENSI BENTURAN KEPENTINGAN<br/>PADA TUGAS FUNGSI UTAMA POLRES KAHAYAN TAHUN 2023", "title")
    rows = [["No", "Tugas fungsi utama", "Potensi benturan kepentingan", "Pihak terkait", "Pengendalian"],
            ["1", "Penerbitan SIM (Sat Lantas Polres Kahayan)", "Hubungan keluarga penguji dengan pemohon", "Penguji, pemohon", "Penguji menyatakan konflik dan diganti"],
            ["2", "Penyidikan (Sat Reskrim Polres Kahayan)", "Penyidik memiliki hubungan usaha dengan pihak berperkara", "Penyidik", "Surat pernyataan dan penggantian penyidik"],
            ["3", "Pengadaan barang/jasa", "Rekanan merupakan kerabat pejabat pengadaan", "PPK, pokja", "Pakta integritas dan pernyataan bebas konflik"],
            ["4", "Pelayanan SKCK", "Petugas melayani kerabat di luar antrean", "Petugas loket", "Antrean daring dan pengawasan CCTV"],
            ["5", "Mutasi jabatan", "Usulan mutasi berdasarkan kedekatan", "Wanjak", "Kriteria tertulis dan notulen sidang"]]
    rl.table(rows, [0.8, 6.0, 6.4, 3.4, 7.4], size=8.5)
    rl.p("Pemetaan ini disusun oleh Si Propam Polres Kahayan berdasarkan masukan seluruh Satfung dan ditetapkan sebagai bahan internalisasi penanganan benturan kepentingan di Polres Kahayan dan Polsek jajarannya.")
    rl.signature(["KAPOLRES KAHAYAN"], KAPOLRES_SIB, [KAPOLRES_SIB_RANK], place_date="Pulang Sirih, 24 April 2023")
    return rl.build()


def lhkpn(work, logo):
    rl = RL(EV / A5 / "f. LHKPN/REKAP KEPATUHAN LHKPN 2023.pdf", base="Sans", size=10)
    rl.kop_left(KOP, logo)
    rl.p("REKAPITULASI KEPATUHAN PENYAMPAIAN LHKPN<br/>PERIODIK TAHUN 2023 (HARTA PER 31 DESEMBER 2022)<br/>POLRES KAHAYAN TIMUR", "title")
    rl.table([["Kategori wajib lapor", "Jumlah wajib lapor", "Sudah lapor s.d. 31-03-2023", "Belum lapor", "Keterangan"],
              ["Kepala satuan kerja (Kapolres)", "1", "1", "0", "e-LHKPN 14-02-2023"],
              ["Pejabat yang diwajibkan (Wakapolres, Kabag, Kasat, Kasi Propam, Kasi Was, Kasi Keu)", "12", "12", "0", "-"],
              ["Lainnya (Kapolsek dan Bendahara Pengeluaran)", "8", "7", "1", "Kapolsek Pulau Hanyu menyampaikan 11-04-2023"],
              ["Jumlah", "21", "20", "1", "Kepatuhan 95,24% per 31-03-2023"]], [6.0, 2.4, 2.8, 2.0, 3.6], size=8.5, bold_last=True)
    rl.p("Sumber: dasbor e-LHKPN KPK, diunduh oleh Si Was pada 3 April 2023. Bukti tanda terima elektronik masing-masing wajib lapor disimpan pada Si Was.")
    rl.signature(["KASI WAS POLRES KAHAYAN TIMUR"], "NURLELA AMBARWATI, S.H.", ["AJUN KOMISARIS POLISI NRP 78040219"], place_date="Muara Sirap, 3 April 2023")
    return rl.build()


# --------------------------------------------------------------------------- Area VI

SERVICES = [
    ("Penerbitan SKCK", "KTP, KK, akta kelahiran/ijazah, pas foto 4x6 (6 lembar), kartu sidik jari", "Pendaftaran daring/loket - verifikasi - sidik jari - penelitian - penandatanganan - penyerahan", "30 menit (pemohon lama), 60 menit (pemohon baru)", "PNBP Rp 30.000 sesuai PP tentang PNBP Polri", "SKCK"),
    ("Penerbitan SIM baru", "KTP, surat keterangan sehat, psikologi, sertifikat mengemudi", "Pendaftaran - uji teori - uji praktik - foto - pencetakan", "Lulus ujian: 90 menit", "PNBP sesuai golongan SIM", "SIM"),
    ("Perpanjangan SIM", "KTP, SIM lama, surat keterangan sehat", "Pendaftaran (daring/loket) - verifikasi - foto - pencetakan", "45 menit", "PNBP sesuai golongan SIM", "SIM"),
    ("Penerimaan laporan polisi (SPKT)", "Identitas pelapor, kronologi, bukti awal", "Konsultasi - pembuatan LP - STPL - pelimpahan ke fungsi", "60 menit; SP2HP setiap 30 hari", "Tidak dipungut biaya", "STPL dan SP2HP"),
    ("Izin keramaian", "Surat permohonan, rekomendasi desa/kecamatan, susunan acara", "Permohonan - penelitian - survei lokasi - penerbitan", "3 hari kerja", "Tidak dipungut biaya", "Surat izin keramaian"),
]


def kep_standar(work, logo):
    d = Docx(font_name="Arial", size=10.5)
    kep(d, logo, "KEP/ 14 / I / 2023", "STANDAR PELAYANAN PUBLIK PADA KEPOLISIAN RESOR KAHAYAN TIMUR",
        ["bahwa untuk memberikan kepastian, meningkatkan kualitas dan menjamin hak masyarakat dalam memperoleh pelayanan, perlu menetapkan standar pelayanan;",
         "bahwa standar pelayanan telah disusun bersama perwakilan masyarakat dan dibahas dalam forum konsultasi publik;",
         "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan Keputusan Kapolres Kahayan Timur tentang Standar Pelayanan Publik;"],
        ["Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;", "Peraturan Pemerintah Nomor 96 Tahun 2012 tentang Pelaksanaan Undang-Undang Nomor 25 Tahun 2009;",
         "Peraturan Menteri PANRB Nomor 15 Tahun 2014 tentang Pedoman Standar Pelayanan;"],
        [("KESATU", "Menetapkan Standar Pelayanan Publik pada Polres Kahayan Timur untuk lima jenis pelayanan: penerbitan SKCK, penerbitan SIM baru, perpanjangan SIM, penerimaan laporan polisi (SPKT) dan izin keramaian, sebagaimana tercantum dalam Lampiran."),
         ("KEDUA", "Standar pelayanan memuat komponen penyampaian pelayanan (persyaratan, sistem/mekanisme/prosedur, jangka waktu, biaya/tarif, produk, penanganan pengaduan) dan komponen pengelolaan pelayanan (dasar hukum, sarana prasarana, kompetensi pelaksana, pengawasan internal, jumlah pelaksana, jaminan pelayanan, jaminan keamanan dan keselamatan, evaluasi kinerja pelaksana)."),
         ("KETIGA", "Standar pelayanan wajib dipublikasikan di ruang pelayanan dan laman resmi Polres serta dievaluasi paling sedikit satu kali setahun."),
         ("KEEMPAT", "Keputusan ini mulai berlaku pada tanggal ditetapkan.")],
        "10 Januari 2023")
    d.pagebreak()
    d.center("LAMPIRAN: STANDAR PELAYANAN POLRES KAHAYAN TIMUR", size=11, after=6)
    for nm, syarat, proses, waktu, biaya, produk in SERVICES:
        d.para(f"**{nm.upper()}**", after=2, before=4)
        d.table([["Komponen", "Uraian"],
                 ["Persyaratan", syarat], ["Sistem, mekanisme dan prosedur", proses], ["Jangka waktu", waktu], ["Biaya/tarif", biaya], ["Produk pelayanan", produk],
                 ["Penanganan pengaduan", "Kotak saran, WhatsApp 0812-5500-1110, Dumas Presisi, SP4N-LAPOR!"],
                 ["Dasar hukum", "UU 2/2002; UU 25/2009; peraturan Polri terkait"], ["Sarana prasarana", "Ruang tunggu, loket, nomor antrean, ruang laktasi, kursi roda"],
                 ["Kompetensi pelaksana", "Personel terlatih pelayanan prima dan teknis layanan"], ["Pengawasan internal", "Kasat/Ka SPKT, Si Was, Si Propam"],
                 ["Jumlah pelaksana", "Sesuai DSP dan ABK"], ["Jaminan pelayanan", "Maklumat pelayanan"], ["Jaminan keamanan dan keselamatan", "CCTV, APAR, petugas jaga"],
                 ["Evaluasi kinerja pelaksana", "SKM triwulanan dan evaluasi tahunan"]], widths=[4.5, 12.0], size=8.5, align=["l", "l"])
    return docx_pdf(d, EV / A6 / "KEP STANDAR PELAYANAN POLRES KAHTIM 2023.pdf", work)


def maklumat_jpg(work, logo):
    d = Docx(font_name="Arial", size=14, margins=(2.0, 2.0, 2.2, 2.2))
    kop(d, logo)
    d.center("MAKLUMAT PELAYANAN", size=22, after=12)
    d.para("DENGAN INI KAMI MENYATAKAN SANGGUP MENYELENGGARAKAN PELAYANAN SESUAI STANDAR PELAYANAN YANG TELAH DITETAPKAN DAN APABILA TIDAK MENEPATI JANJI INI, KAMI SIAP MENERIMA SANKSI SESUAI PERATURAN PERUNDANG-UNDANGAN YANG BERLAKU.", bold=True, align="center", size=15, after=18)
    d.signature(["KAPOLRES KAHAYAN TIMUR"], KAPOLRES, [KAPOLRES_RANK], place_date="Muara Sirap, 10 Januari 2023", underline=False, size=12, indent=7.0)
    src = docx_pdf(d, work / "maklumat_src.pdf", work)
    return photo_jpg(src, EV / A6 / "MAKLUMAT PELAYANAN.jpg", seed=141, seals=[Seal(KAPOLRES_SIG, **STAMP)], dpi=110)


def ba_fkp_2021(work, logo):
    d = Docx(font_name="Times New Roman", size=11.5)
    kop(d, logo, small=True)
    d.center("BERITA ACARA", after=0)
    d.center("FORUM KONSULTASI PUBLIK PENYUSUNAN DAN REVIU STANDAR PELAYANAN", after=0)
    d.center("POLRES KAHAYAN TIMUR", after=10)
    d.para("Pada hari ini Kamis tanggal dua puluh tiga bulan September tahun dua ribu dua puluh satu, bertempat di Aula Bhayangkara Polres Kahayan Timur, telah dilaksanakan Forum Konsultasi Publik dalam rangka reviu standar pelayanan SKCK, SIM dan SPKT, dihadiri oleh perwakilan tokoh masyarakat, akademisi Universitas Kahayan Raya, Kamar Dagang Kabupaten, LSM Suara Rakyat Kahayan, Ombudsman RI Perwakilan Kalimantan Tengah dan pejabat Polres Kahayan Timur.", after=6)
    d.para("Hasil kesepakatan:", after=2)
    for t in ["1. Jangka waktu penerbitan SKCK pemohon lama dipersingkat menjadi 30 menit.", "2. Disediakan loket prioritas bagi lansia, ibu hamil dan penyandang disabilitas.",
              "3. Informasi biaya PNBP dipasang di setiap loket dan laman resmi.", "4. Hasil SKM semester I 2021 (unsur waktu pelayanan terendah) menjadi dasar perbaikan alur SIM."]:
        d.para(t, indent=1.0, first=-0.5)
    d.para("Demikian berita acara ini dibuat untuk dipergunakan sebagaimana mestinya.", after=6)
    d.signature(["Wakil masyarakat,"], "H. ABDUL RAHMAN", ["Tokoh Masyarakat Muara Sirap"], underline=False, size=10.5,
                left=(["KAPOLRES KAHAYAN TIMUR"], "TEGUH SANTOSO PRIBADI, S.I.K., M.H.", ["AJUN KOMISARIS BESAR POLISI NRP 77030189"], None))
    src = docx_pdf(d, work / "fkp_src.pdf", work)
    return scan_pdf(src, EV / A6 / "BA FKP REVIU STANDAR PELAYANAN.pdf", seed=142,
                    seals=[Seal("TEGUH SANTOSO PRIBADI", **STAMP), Seal("H. ABDUL RAHMAN")], mode="copier", dpi=150, quality=40)


def skm(work, logo, tw, periode, ikm, resp, values, sibling=False, tanggal=""):
    name = "POLRES KAHAYAN" if sibling else "POLRES KAHAYAN TIMUR"
    fname = (f"LAPORAN SKM TW {tw} 2023 POLRES KAHAYAN.pdf" if sibling else f"LAPORAN SKM TW {tw} 2023.pdf")
    rl = RL(EV / A6 / "SKM" / fname, base="Sans", size=10, footer=f"SKM {name.title()} Triwulan {tw} 2023")
    rl.kop_left(KOP_SIB if sibling else KOP, logo)
    rl.p(f"LAPORAN HASIL SURVEI KEPUASAN MASYARAKAT<br/>{name}<br/>TRIWULAN {tw} TAHUN 2023", "title")
    rl.p("I. Metode", "h1")
    rl.p(f"Survei dilaksanakan pada periode {periode} sesuai Peraturan Menteri PANRB Nomor 14 Tahun 2017 terhadap layanan SKCK, SIM dan SPKT dengan {resp} responden (kuesioner kertas dan daring melalui kode QR di loket). Nilai interval konversi 25-100.")
    rl.p("II. Hasil per unsur", "h1")
    unsur = ["Persyaratan", "Sistem, mekanisme dan prosedur", "Waktu penyelesaian", "Biaya/tarif", "Produk spesifikasi jenis pelayanan",
             "Kompetensi pelaksana", "Perilaku pelaksana", "Penanganan pengaduan, saran dan masukan", "Sarana dan prasarana"]
    rows = [["No", "Unsur pelayanan", "Nilai rata-rata (1-4)", "Nilai interval konversi"]]
    for i, (u, v) in enumerate(zip(unsur, values), 1):
        rows.append([str(i), u, f"{v:.2f}".replace(".", ","), f"{v * 25:.2f}".replace(".", ",")])
    rl.table(rows, [0.8, 8.0, 3.4, 3.6], size=9)
    rl.p(f"Indeks Kepuasan Masyarakat (IKM) triwulan {tw}: <b>{ikm}</b> (mutu pelayanan B, kinerja unit pelayanan baik). Unsur dengan nilai terendah: waktu penyelesaian dan sarana prasarana.")
    rl.p("III. Rencana tindak lanjut", "h1")
    rl.p("Hasil survei disampaikan kepada Kapolres dan dipublikasikan melalui papan informasi dan media sosial; rencana tindak lanjut disusun untuk unsur dengan nilai terendah.")
    who = ("KASI HUMAS POLRES KAHAYAN", "WAHYUDI SANTOSO", "INSPEKTUR POLISI SATU NRP 83110290") if sibling else ("KASI HUMAS POLRES KAHAYAN TIMUR", "AGUS WICAKSONO", "INSPEKTUR POLISI SATU NRP 84020158")
    rl.signature([who[0]], who[1], [who[2]], place_date=tanggal)
    return rl.build()


def rtl_skm(work, logo):
    d = Docx(font_name="Arial", size=10.5)
    kop(d, logo, small=True)
    d.center("RENCANA DAN LAPORAN TINDAK LANJUT HASIL SURVEI KEPUASAN MASYARAKAT", after=0)
    d.center("POLRES KAHAYAN TIMUR TRIWULAN I TAHUN 2023", after=10)
    d.para("Berdasarkan Laporan SKM Triwulan I 2023 (IKM 84,37), tiga unsur dengan nilai terendah ditindaklanjuti sebagai berikut:", after=4)
    d.table([["No", "Unsur", "Nilai", "Rencana tindak lanjut", "Waktu", "PJ", "Realisasi"],
             ["1", "Waktu penyelesaian", "3,12", "Menambah loket SIM pada hari Senin; antrean daring SKCK", "April 2023", "Kasat Lantas, Kasat Intelkam", "Selesai 17-04-2023"],
             ["2", "Sarana dan prasarana", "3,21", "Perbaikan ruang tunggu Satpas, penambahan kursi dan pendingin ruangan", "Mei 2023", "Kabag Log", "Selesai 22-05-2023"],
             ["3", "Penanganan pengaduan", "3,30", "Menempelkan kanal pengaduan di setiap loket; respon WhatsApp <= 1x24 jam", "April 2023", "Kasi Was", "Selesai 10-04-2023"]],
            widths=[0.8, 2.6, 1.2, 5.2, 2.0, 2.6, 2.3], size=8.5, align=["c", "l", "c", "l", "l", "l", "l"])
    d.para("Unsur lain dengan nilai di atas 3,40 dipertahankan. Pengaruh tindak lanjut dipantau pada SKM triwulan II (IKM naik menjadi 86,02).", after=6)
    d.signature(["KETUA POKJA VI PELAYANAN PUBLIK"], "SYAHRUL GUNAWAN, S.I.K.", ["AJUN KOMISARIS POLISI NRP 90020177"], place_date="Muara Sirap, 6 April 2023 (realisasi per 30 Juni 2023)", underline=False, size=10)
    return docx_pdf(d, EV / A6 / "SKM/RTL SKM TW I 2023.pdf", work)


def inovasi(work, logo):
    ph = event_photo(work / "jempol.jpg", "SI JEMPOL di Kantor Kecamatan Sungai Dadap, 7 Maret 2023", 150, people=9, banner="SI JEMPOL\nSKCK JEMPUT BOLA POLRES KAHTIM")
    rl = RL(EV / A6 / "PROFIL INOVASI SI JEMPOL.pdf", base="Sans", size=10)
    rl.kop_left(KOP, logo)
    rl.p("PROFIL INOVASI PELAYANAN PUBLIK<br/>SI JEMPOL (SKCK JEMPUT BOLA ONLINE)<br/>SAT INTELKAM POLRES KAHAYAN TIMUR", "title")
    rl.kv([("Inisiator", "BRIPTU Dewi Kartika Sari (agen perubahan) dan Kasat Intelkam"), ("Mulai diterapkan", "1 Maret 2023"), ("Dasar", "SOP/08/XII/2022/Sat Intelkam (SOP inovasi)")])
    rl.p("Latar belakang", "h2")
    rl.p("Pemohon SKCK dari kecamatan terjauh menempuh hingga 5 jam perjalanan sungai ke Muara Sirap. SI JEMPOL memungkinkan pemohon mendaftar daring, lalu petugas mendatangi kantor kecamatan sesuai jadwal untuk pengambilan sidik jari dan penyerahan SKCK.")
    rl.p("Hasil", "h2")
    rl.table([["Ukuran", "Sebelum (2022)", "Sesudah (Mar-Sep 2023)"], ["Waktu tempuh pemohon", "hingga 5 jam", "<= 30 menit"], ["Biaya perjalanan pemohon", "Rp 150.000-400.000", "Rp 0-20.000"],
              ["Pemohon SKCK dari 6 kecamatan terjauh", "312 orang/tahun", "641 orang (7 bulan)"], ["Nilai unsur waktu SKM (SKCK)", "3,05", "3,41"]], [6.0, 4.5, 5.5], size=9)
    rl.p("Replikasi", "h2")
    rl.p("Inovasi direplikasi oleh tiga Polsek jajaran (Sungai Dadap, Tumbang Sirap, Pulau Hanyu) untuk layanan surat keterangan kehilangan sejak Juli 2023, dan dipaparkan pada rapat Binmas Polda Kalimantan Tengah sebagai model bagi Polres lain.")
    rl.image(ph, 13.0, "Pelaksanaan SI JEMPOL di Kecamatan Sungai Dadap")
    return rl.build()


# --------------------------------------------------------------------------- main


def main():
    if EV.exists():
        shutil.rmtree(EV)
    EV.mkdir(parents=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        logo = emblem(work / "logo_polri.png", "police", seed=1)
        logo_sib = emblem(work / "logo_polri_2.png", "police", seed=2)
        # Area I
        sprin_tim(work, logo)
        notulen_pemilihan(logo)
        daftar_hadir_jpg(work, logo)
        kep_kapolda_satker(work, logo)
        renja_zi(work, logo)
        empty_file(EV / A1 / "2. Rencana Pembangunan ZI/Notulen Sosialisasi ZI.pdf")
        monev_tw1(work, logo)
        monev_tw2(work, logo)
        monev_tw3_tl(work, logo)
        kep_agen(work, logo)
        role_model(work, logo)
        internalisasi(logo)
        # Area II
        sop_bundle(work, logo)
        sop_skck(logo)
        evaluasi_sop(work, logo)
        screenshots_ti(work, logo)
        kep_ppid(work, logo)
        lap_info_2022(work, logo)
        # Area III
        dsp_abk()
        kep_mutasi(work, logo)
        pelatihan_prima(work, logo)
        rekap_pelanggaran(work, logo)
        # Area IV
        renstra(work, logo)
        renja_2023(work, logo)
        pk_2023(work, logo)
        iku(work, logo)
        lakip_2022(work, logo)
        anev_kinerja(work, logo)
        # Area V
        upg(work, logo)
        kampanye(work, logo)
        manajemen_risiko(work, logo)
        rekap_dumas()
        anev_dumas(work, logo)
        wbs(work, logo)
        bk_sibling(work, logo_sib)
        lhkpn(work, logo)
        # Area VI
        kep_standar(work, logo)
        maklumat_jpg(work, logo)
        ba_fkp_2021(work, logo)
        skm(work, logo, "I", "2 Januari s.d. 24 Maret 2023", "84,37", 412, [3.41, 3.38, 3.12, 3.62, 3.44, 3.36, 3.45, 3.30, 3.21], tanggal="Muara Sirap, 31 Maret 2023")
        skm(work, logo, "II", "3 April s.d. 23 Juni 2023", "86,02", 436, [3.45, 3.44, 3.31, 3.64, 3.46, 3.40, 3.49, 3.41, 3.36], tanggal="Muara Sirap, 30 Juni 2023")
        skm(work, logo_sib, "III", "3 Juli s.d. 22 September 2023", "82,77", 298, [3.33, 3.29, 3.15, 3.52, 3.31, 3.28, 3.36, 3.21, 3.35], sibling=True, tanggal="Pulang Sirih, 29 September 2023")
        rtl_skm(work, logo)
        inovasi(work, logo)
    files = sorted(p for p in EV.rglob("*") if p.is_file())
    print(f"{len(files)} files, {sum(p.stat().st_size for p in files) / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
