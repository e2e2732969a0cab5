"""Unit 3: Kantor Pertanahan Kabupaten Tolawu Utara (Kanwil BPN Provinsi Sulawesi Tengah, Kementerian ATR/BPN), 2025, WBK.

A regency land office proposed for WBK in 2025. Fabricated: the regencies of Tolawu Utara (capital
Wosulemba) and Tolawu (capital Tinoli, the land office this unit's name begins with), all people, numbers
and documents; the ministry-level documents filed here are invented excerpts.
Run: /work/main/.venv/bin/python tests/blind3/_tools/build_unit3.py
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (RL, Batch, Docx, Seal, broken_docx, emblem, event_photo, merge_pdfs, photo_jpg, scan_pdf,  # noqa: E402
                    screenshot, write_xlsx)

ROOT = Path(__file__).resolve().parents[1] / "kantah_tolawu_utara"
EV = ROOT / "evidence"
A1 = "MP - Manajemen Perubahan"
A2 = "TT - Penataan Tatalaksana"
A3 = "SDM - Penataan SDM"
A4 = "AK - Penguatan Akuntabilitas"
A5 = "PW - Penguatan Pengawasan"
A6 = "PP - Pelayanan Publik"

KOP = ["KEMENTERIAN AGRARIA DAN TATA RUANG/", "BADAN PERTANAHAN NASIONAL", "KANTOR PERTANAHAN KABUPATEN TOLAWU UTARA", "PROVINSI SULAWESI TENGAH"]
ADDR = ["Jalan Trans Sulawesi Nomor 18, Wosulemba 94772. Telepon (0464) 21330", "Pos-el: kantah.tolawuutara@gmail.com"]
KOP_TOLAWU = ["KEMENTERIAN AGRARIA DAN TATA RUANG/", "BADAN PERTANAHAN NASIONAL", "KANTOR PERTANAHAN KABUPATEN TOLAWU", "PROVINSI SULAWESI TENGAH"]
ADDR_TOLAWU = ["Jalan Sam Ratulangi Nomor 7, Tinoli 94761. Telepon (0464) 31207", "Pos-el: kantah.tolawu@gmail.com"]
KOP_MENTERI = ["MENTERI AGRARIA DAN TATA RUANG/", "KEPALA BADAN PERTANAHAN NASIONAL", "REPUBLIK INDONESIA"]

KAKAN = "ANDI RAHMAT SYAHRIR, S.SiT., M.Si."
KAKAN_SIG = "ANDI RAHMAT SYAHRIR"
KAKAN_NIP = "NIP 19800214 200312 1 003"
KASUBAG = "NI MADE SUKASIH, S.E."
KASUBAG_NIP = "NIP 19850520 200903 2 006"
KASI_HAK = "MOH. IRFAN LASAHIDO, S.H."
KASI_HAK_NIP = "NIP 19860911 201001 1 012"
KASI_SENGKETA = "FADLI LAMADJIDO, S.H., M.H."
KASI_SENGKETA_NIP = "NIP 19840302 200801 1 009"
KAKANWIL = "Dr. WAHYU SANTOSO ADI, S.SiT., M.H."
KAKANWIL_SIG = "WAHYU SANTOSO ADI"
KAKAN_TOLAWU = "I GUSTI NGURAH WIRAWAN, S.H., M.Kn."
HEAD = "KEPALA KANTOR PERTANAHAN KABUPATEN TOLAWU UTARA"
TTD = ([HEAD + ","], KAKAN, [KAKAN_NIP])
STAMP = dict(ring="KANTOR PERTANAHAN KAB. TOLAWU UTARA", center=["BPN"], ink=(35, 70, 160))
STAMP_KANWIL = dict(ring="KANWIL BPN PROVINSI SULAWESI TENGAH", center=["KEPALA"], ink=(35, 70, 160))

MENGINGAT = [
    "Peraturan Presiden Nomor 48 Tahun 2020 tentang Badan Pertanahan Nasional;",
    "Peraturan Menteri Agraria dan Tata Ruang/Kepala Badan Pertanahan Nasional Nomor 17 Tahun 2020 tentang Organisasi dan Tata Kerja Kantor Wilayah Badan Pertanahan Nasional dan Kantor Pertanahan;",
    "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 90 Tahun 2021 tentang Pembangunan dan Evaluasi Zona Integritas Menuju Wilayah Bebas dari Korupsi dan Wilayah Birokrasi Bersih dan Melayani di Instansi Pemerintah;",
]
SERVICES = ["Pendaftaran tanah pertama kali (konversi, pengakuan dan penegasan hak)", "Pemberian hak atas tanah", "Peralihan hak (jual beli, hibah, waris)", "Hak tanggungan elektronik (HT-el)",
            "Roya elektronik", "Pengecekan sertipikat elektronik", "Surat Keterangan Pendaftaran Tanah (SKPT) elektronik", "Pemecahan bidang", "Penggabungan bidang",
            "Penggantian sertipikat hilang/rusak", "Pengukuran dan pemetaan kadastral", "Pengembalian batas", "Perubahan hak", "Informasi Zona Nilai Tanah",
            "Pertimbangan teknis pertanahan", "Pendaftaran wakaf", "Penanganan pengaduan sengketa dan konflik", "Layanan informasi pertanahan"]


def kop(d: Docx, logo, lines=KOP, addr=ADDR):
    d.kop_center(lines, addr, logo=logo, sizes=[11.5, 11.5, 13, 11])


def rkop(rl: RL, logo, lines=KOP, addr=ADDR):
    rl.kop(lines, addr, logo=logo, last_big=False)


def sk(d: Docx, nomor, tentang, menimbang, mengingat, diktum, tanggal, head=HEAD, ttd=TTD, size=11, place="Wosulemba"):
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


# =========================================================================== MP

TEAM = [("Pengarah", "Andi Rahmat Syahrir, S.SiT., M.Si.", "Kepala Kantor"), ("Ketua", "Ni Made Sukasih, S.E.", "Kepala Subbagian Tata Usaha"),
        ("Sekretaris", "Aditya Nugraha, S.Kom.", "Pranata Komputer"), ("Koordinator Area I", "Sri Rejeki, S.P.", "Kepala Seksi Penataan dan Pemberdayaan"),
        ("Koordinator Area II", "Yohanis Lamba, S.T.", "Kepala Seksi Survei dan Pemetaan"), ("Koordinator Area III", "Rahmawati Lapasere, S.H.", "Analis SDM Aparatur"),
        ("Koordinator Area IV", "Hendra Tampubolon, A.Ptnh.", "Kepala Seksi Pengadaan Tanah dan Pengembangan"), ("Koordinator Area V", "Fadli Lamadjido, S.H., M.H.", "Kepala Seksi Pengendalian dan Penanganan Sengketa"),
        ("Koordinator Area VI", "Moh. Irfan Lasahido, S.H.", "Kepala Seksi Penetapan Hak dan Pendaftaran"), ("Anggota", "Nurul Fadillah, A.Md.", "Petugas Loket"),
        ("Anggota", "Jefri Tandiawan, S.T.", "Surveyor Kadaster"), ("Anggota", "Wayan Sudarma", "Pengadministrasi Umum"), ("Anggota", "Rina Pakaya", "PPNPN Front Office")]


def sk_tim(b: Batch, logo):
    """A scan whose only date is in the signature block: no year in the number, the title or the body."""
    d = Docx(font_name="Arial", size=10.5, folio=True)
    kop(d, logo)
    sk(d, "14/SK-72.11.OT.01.03/I", "PEMBENTUKAN TIM KERJA PEMBANGUNAN ZONA INTEGRITAS MENUJU WILAYAH BEBAS DARI KORUPSI PADA KANTOR PERTANAHAN KABUPATEN TOLAWU UTARA",
       ["bahwa Kantor Pertanahan Kabupaten Tolawu Utara diusulkan oleh Kantor Wilayah Badan Pertanahan Nasional Provinsi Sulawesi Tengah sebagai satuan kerja yang dibangun menuju Wilayah Bebas dari Korupsi;",
        "bahwa nama-nama dalam Lampiran telah dipilih melalui rapat seleksi anggota tim dan dipandang cakap melaksanakan tugas;",
        "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan Keputusan Kepala Kantor Pertanahan tentang Pembentukan Tim Kerja Pembangunan Zona Integritas;"],
       MENGINGAT,
       [("KESATU", "Membentuk Tim Kerja Pembangunan Zona Integritas Menuju Wilayah Bebas dari Korupsi pada Kantor Pertanahan Kabupaten Tolawu Utara dengan susunan sebagaimana tercantum dalam Lampiran."),
        ("KEDUA", "Tim Kerja terbagi dalam enam kelompok kerja sesuai area perubahan, menyusun rencana kerja, melaksanakan, memonitor, mengevaluasi dan melaporkan pembangunan Zona Integritas kepada Kepala Kantor setiap triwulan."),
        ("KETIGA", "Dengan berlakunya Keputusan ini, keputusan sebelumnya tentang tim kerja pembangunan Zona Integritas dicabut dan dinyatakan tidak berlaku."),
        ("KEEMPAT", "Keputusan ini mulai berlaku pada tanggal ditetapkan.")],
       "6 Januari 2025", size=10.5)
    d.pagebreak()
    d.para("LAMPIRAN KEPUTUSAN KEPALA KANTOR PERTANAHAN KABUPATEN TOLAWU UTARA\nNOMOR 14/SK-72.11.OT.01.03/I", align="left", indent=7.0, size=9, after=8)
    d.table([["No", "Kedudukan", "Nama", "Jabatan"]] + [[str(i), *t] for i, t in enumerate(TEAM, 1)], widths=[0.9, 3.4, 6.0, 6.8], size=9, align=["c", "l", "l", "l"])
    d.signature([HEAD + ","], KAKAN, [KAKAN_NIP], size=10, gap=3)
    src = b.add(d, b.work / "sktim_src.pdf")
    b.after(lambda: scan_pdf(src, EV / A1 / "MP 1 a SK Tim Pembangunan ZI.pdf", seed=301, seals=[Seal(KAKAN_SIG, pages="all", **STAMP)], mode="copier", color=True,
                             dpi=150, quality=42, producer="KONICA MINOLTA bizhub C3350i", page_size=(609.4, 935.4)))


def notulen_seleksi(b: Batch, logo):
    d = Docx(font_name="Arial", size=10.5)
    kop(d, logo)
    d.center("NOTULEN RAPAT DAN KERTAS KERJA SELEKSI ANGGOTA TIM ZONA INTEGRITAS", after=0)
    d.center("KANTOR PERTANAHAN KABUPATEN TOLAWU UTARA TAHUN 2025", after=10)
    d.kv([("Hari/tanggal", "Kamis, 2 Januari 2025"), ("Pimpinan rapat", "Kepala Kantor"), ("Peserta", "Kepala Subbagian TU, lima Kepala Seksi, koordinator PPNPN (9 orang)")], widths=(3.2, 0.4))
    d.para("Mekanisme: setiap seksi, Subbagian TU dan koordinator PPNPN mengusulkan calon tertulis; calon dinilai dengan kertas kerja (integritas 40%, kompetensi 30%, komitmen 30%) oleh Kepala Kantor dan Kepala Subbagian TU; dipilih calon dengan nilai tertinggi dari setiap unsur sehingga seluruh unsur terwakili.")
    d.table([["Unsur", "Calon", "Terpilih", "Nilai terendah terpilih"], ["Subbagian Tata Usaha", "6", "4", "82"], ["Seksi Survei dan Pemetaan", "4", "2", "80"],
             ["Seksi Penetapan Hak dan Pendaftaran", "5", "2", "84"], ["Seksi Penataan dan Pemberdayaan", "2", "1", "79"], ["Seksi Pengadaan Tanah dan Pengembangan", "2", "1", "81"],
             ["Seksi Pengendalian dan Penanganan Sengketa", "3", "1", "86"], ["PPNPN", "4", "1", "78"], ["Pimpinan (ex officio)", "-", "1", "-"]],
            widths=[7.4, 2.4, 2.4, 4.4], size=9.5)
    d.signature(["Notulis,"], "ADITYA NUGRAHA, S.Kom.", ["NIP 19930618 201903 1 002"], place_date="Wosulemba, 2 Januari 2025", size=10,
                left=(["Pimpinan Rapat,", "Kepala Kantor"], KAKAN, [KAKAN_NIP], None))
    return b.add(d, EV / A1 / "MP 1 b Notulen dan Kertas Kerja Seleksi Tim ZI 2025.pdf")


ACTIONS = [("I", "Penetapan SK Tim ZI", "Januari"), ("I", "Penyusunan rencana kerja ZI", "Januari"), ("I", "Publikasi ZI di media sosial setiap bulan", "Januari - Desember"),
           ("I", "Penetapan agen perubahan", "Februari"), ("I", "Monev triwulanan", "Maret, Juni, September, Desember"), ("I", "Penandatanganan pakta integritas seluruh pegawai", "Januari"),
           ("II", "Evaluasi SOP layanan", "Mei"), ("II", "Pemutakhiran daftar informasi publik", "Januari"), ("II", "Penyusunan peta jalan transformasi digital", "Maret"),
           ("III", "Pemutakhiran peta jabatan dan ABK", "Februari"), ("III", "Mutasi internal pegawai", "Juni"), ("III", "Pengembangan kompetensi 20 JP", "Januari - Desember"),
           ("IV", "Penyusunan LKjIP 2024", "Januari"), ("IV", "Penyusunan dan penandatanganan PK 2025", "Januari"), ("IV", "Rapat evaluasi kinerja bulanan", "Setiap bulan"),
           ("V", "Kampanye antigratifikasi bulanan", "Januari - Desember"), ("V", "Register risiko 2025", "Februari"), ("V", "Sosialisasi WBS ATR/BPN", "April"),
           ("V", "Evaluasi penanganan benturan kepentingan", "Juni"), ("VI", "FKP reviu standar pelayanan", "April"), ("VI", "SKM triwulanan", "Maret, Juni, September, Desember"),
           ("VI", "Layanan JEBAT (jemput bola sertipikat)", "Februari - Desember")]
TARGETS = [("Predikat WBK", "Nilai LKE hasil evaluasi TPN", ">= 75"), ("Layanan tepat waktu", "Berkas selesai sesuai SOP", ">= 95%"), ("Kepuasan masyarakat", "IKM triwulanan", ">= 85"),
           ("Bebas pungli dan calo", "Pengaduan pungli terbukti", "0"), ("Pengaduan tuntas", "Pengaduan selesai <= 14 hari", "100%"), ("Persepsi antikorupsi", "IPAK survei TPN", ">= 3,60")]


def rencana_kerja(logo):
    rl = RL(EV / A1 / "MP 2 a-b Rencana Kerja ZI 2025.pdf", base="Serif", size=10.5)
    rkop(rl, logo)
    rl.p("RENCANA KERJA PEMBANGUNAN ZONA INTEGRITAS<br/>MENUJU WILAYAH BEBAS DARI KORUPSI<br/>KANTOR PERTANAHAN KABUPATEN TOLAWU UTARA TAHUN 2025", "title")
    rl.p("I. Target prioritas", "h2")
    rl.table([["No", "Target", "Ukuran", "Target 2025"]] + [[str(i), *t] for i, t in enumerate(TARGETS, 1)], [0.8, 5.6, 6.6, 3.0], size=9)
    rl.p("II. Rencana aksi", "h2")
    rl.table([["No", "Area", "Kegiatan", "Waktu"]] + [[str(i), *a] for i, a in enumerate(ACTIONS, 1)], [0.8, 1.2, 9.6, 4.4], size=8.5)
    rl.signature(["Kepala Kantor Pertanahan Kabupaten Tolawu Utara"], KAKAN, [KAKAN_NIP], place_date="Wosulemba, 9 Januari 2025")
    return rl.build()


def publikasi_ig(work):
    """No letterhead; the unit is named only 'Kantah Tolut'."""
    months = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus"]
    topics = ["Kantah Tolut canangkan ZI menuju WBK", "Layanan tanpa calo di Kantah Tolut", "Sertipikat elektronik kini di Kantah Tolut", "Sosialisasi ZI di Desa Lemba Jaya",
              "JEBAT: sertipikat diantar ke desa", "Hasil SKM Kantah Tolut TW I", "Tolak gratifikasi!", "Kanal pengaduan Kantah Tolut"]
    items = [(screenshot(work / f"ig{i}.jpg", "post", "kantahtolut", f"ZONA INTEGRITAS\n{m.upper()} 2025", [topics[i], "Disukai 120 orang"], seed=310 + i, size=(640, 640),
                         accent=[(25, 90, 140), (200, 150, 30)][i % 2]), f"@kantahtolut, {m} 2025: {topics[i]}") for i, m in enumerate(months)]
    items.append((event_photo(work / "sosdesa.jpg", "Sosialisasi ZI dan PTSL di Balai Desa Lemba Jaya, 15 April 2025", 318, people=14, outdoor=True,
                              banner="KANTAH TOLUT MENUJU WBK\nLAYANAN BERSIH TANPA CALO"), "Sosialisasi kepada warga dan kepala desa, 15 April 2025"))
    rl = RL(EV / A1 / "MP 2 c Publikasi ZI Instagram Kantah Tolut.pdf", base="Sans", size=10)
    rl.p("PUBLIKASI DAN SOSIALISASI ZONA INTEGRITAS KANTAH TOLUT<br/>JANUARI - AGUSTUS 2025", "title")
    rl.p("Kompilasi unggahan bulanan akun Instagram @kantahtolut (terjadwal setiap minggu pertama) dan sosialisasi tatap muka kepada warga desa lokasi PTSL. Komentar dan pesan langsung dijawab admin Kantah Tolut pada hari kerja yang sama.")
    rl.image_grid(items, cols=3)
    return rl.build()


def monev_tw1(logo):
    rl = RL(EV / A1 / "MP 3 Laporan Monev ZI Triwulan I 2025.pdf", base="Serif", size=10.5)
    rkop(rl, logo)
    rl.p("LAPORAN MONITORING DAN EVALUASI PEMBANGUNAN ZONA INTEGRITAS<br/>KANTOR PERTANAHAN KABUPATEN TOLAWU UTARA<br/>TRIWULAN I TAHUN 2025", "title")
    rl.p("Rapat monev dilaksanakan 27 Maret 2025, dipimpin Kepala Kantor, dihadiri Ketua Tim dan seluruh koordinator area.")
    rows = [["No", "Kegiatan", "Realisasi"]]
    real = {3: "Belum; konsep SK disusun", 8: "Terlaksana (draf peta jalan)", 14: "Terlaksana Januari-Maret"}
    for i, a in enumerate(ACTIONS):
        if any(m in a[2] for m in ("Januari", "Februari", "Maret", "Setiap bulan")):
            rows.append([str(i + 1), a[1], real.get(i, "Terlaksana")])
    rl.table(rows, [0.8, 10.4, 4.8], size=8.5)
    rl.p("Rekomendasi", "h2")
    rl.bullets(["Penetapan SK agen perubahan paling lambat April 2025.", "Evaluasi SOP layanan dilaksanakan Mei 2025 bersama PPAT.",
                "FKP standar pelayanan mengundang kepala desa, PPAT, notaris dan LSM.", "Publikasi hasil SKM di Instagram dan papan informasi.",
                "Pemasangan CCTV tambahan di ruang tunggu loket."], mark="1")
    rl.signature(["Ketua Tim ZI"], KASUBAG, [KASUBAG_NIP], place_date="Wosulemba, 31 Maret 2025", left=(["Mengetahui,", "Kepala Kantor"], KAKAN, [KAKAN_NIP], None))
    return rl.build()


def monev_tw2(b: Batch, logo):
    d = Docx(font_name="Arial", size=10)
    kop(d, logo)
    d.center("LAPORAN MONITORING DAN EVALUASI PEMBANGUNAN ZONA INTEGRITAS", after=0)
    d.center("KANTOR PERTANAHAN KABUPATEN TOLAWU UTARA TRIWULAN II TAHUN 2025", after=10)
    d.para("Rapat monev triwulan II dilaksanakan 26 Juni 2025 dipimpin Kepala Kantor.")
    d.para("**A. Realisasi rencana aksi s.d. Juni 2025**: dari 22 kegiatan yang jatuh tempo, 19 terlaksana sesuai rencana; belum terlaksana: penetapan agen perubahan (konsep SK belum ditandatangani), sosialisasi WBS (dijadwalkan ulang Juli) dan evaluasi benturan kepentingan 2025.")
    d.para("**B. Tindak lanjut rekomendasi triwulan I**", after=2)
    d.table([["No", "Rekomendasi TW I", "Tindak lanjut", "Status"], ["1", "SK agen perubahan", "Konsep SK disusun, belum ditetapkan", "Belum selesai"],
             ["2", "Evaluasi SOP bersama PPAT", "Dilaksanakan 14-23 Mei 2025", "Selesai"], ["3", "FKP dengan pemangku kepentingan", "Dilaksanakan 22 April 2025", "Selesai"],
             ["4", "Publikasi hasil SKM", "Diunggah Instagram Juni 2025", "Selesai"], ["5", "CCTV tambahan ruang tunggu", "Menunggu anggaran revisi DIPA", "Belum"]],
            widths=[0.8, 5.0, 7.4, 3.0], size=9, align=["c", "l", "l", "l"])
    d.para("**C. Capaian target prioritas**: layanan tepat waktu 96,2% (tercapai), IKM TW I 86,40 (tercapai), pungli terbukti 0 (tercapai); pengaduan selesai <= 14 hari 88% (belum tercapai); nilai LKE dan IPAK menunggu evaluasi TPN.")
    d.signature(["Ketua Tim ZI,"], KASUBAG, [KASUBAG_NIP], place_date="Wosulemba, 30 Juni 2025", size=10, left=(["Mengetahui,", "Kepala Kantor"], KAKAN, [KAKAN_NIP], None))
    src = b.add(d, b.work / "monev2_src.pdf")
    b.after(lambda: scan_pdf(src, EV / A1 / "MP 3 Laporan Monev ZI Triwulan II 2025.pdf", seed=302, seals=[Seal("NI MADE SUKASIH"), Seal(KAKAN_SIG, **STAMP)],
                             mode="camscan", color=True, dpi=140, quality=46, producer="CamScanner"))


def draft_agen():
    d = Docx(font_name="Arial", size=11)
    d.para("DRAFT", bold=True, align="right", size=14)
    d.center("KEPUTUSAN KEPALA KANTOR PERTANAHAN KABUPATEN TOLAWU UTARA", after=0)
    d.center("NOMOR ...../SK-72.11.OT.01.03/...../2025", bold=False, after=4)
    d.center("TENTANG", bold=False, after=4)
    d.center("PENETAPAN AGEN PERUBAHAN PADA KANTOR PERTANAHAN KABUPATEN TOLAWU UTARA TAHUN 2025", after=8)
    d.labeled("Menimbang", ["bahwa .................................................;"])
    d.labeled("Mengingat", ["Peraturan Menteri PANRB Nomor 27 Tahun 2014 tentang Pedoman Pembangunan Agen Perubahan di Instansi Pemerintah;", "[tambahkan dasar hukum lain]"], marks=["1.", "2."])
    d.center("MEMUTUSKAN:", after=6)
    d.diktum([("KESATU", "Menetapkan Agen Perubahan Kantor Pertanahan Kabupaten Tolawu Utara Tahun 2025: 1. [nama] - Seksi Penetapan Hak dan Pendaftaran; 2. [nama] - Seksi Survei dan Pemetaan; 3. Nurul Fadillah, A.Md. - Loket; 4. [nama] - Subbagian TU."),
              ("KEDUA", "Agen perubahan melaporkan aksi perubahan kepada Kepala Kantor setiap semester."),
              ("KETIGA", "Keputusan ini mulai berlaku pada tanggal ditetapkan.")])
    d.para("Ditetapkan di Wosulemba\npada tanggal ..............\n\nKEPALA KANTOR PERTANAHAN,\n\n\n(.............................)", align="left", size=11)
    return d.save(EV / A1 / "MP 4 b Draft SK Agen Perubahan 2025.docx")


def role_model(work, logo):
    caps = [("Kepala Kantor memimpin apel pagi, 6 Januari 2025", "APEL PAGI", True), ("Kepala Kantor melayani di loket prioritas, 12 Februari 2025", "LOKET PELAYANAN", False),
            ("Kepala Kantor turun langsung pada layanan JEBAT di Desa Lemba Jaya, 15 April 2025", "JEBAT\nJEMPUT BOLA SERTIPIKAT", True),
            ("Kepala Kantor memimpin penandatanganan pakta integritas, 8 Januari 2025", "PAKTA INTEGRITAS 2025", False)]
    items = [(event_photo(work / f"rm{i}.jpg", c, seed=320 + i, banner=bn, outdoor=o, uniform=[(120, 90, 40), (235, 235, 235), (40, 60, 110)]), c) for i, (c, bn, o) in enumerate(caps)]
    rl = RL(EV / A1 / "MP 4 a Keteladanan Pimpinan.pdf", base="Sans", size=10)
    rkop(rl, logo)
    rl.p("DOKUMENTASI KETELADANAN PIMPINAN<br/>KANTOR PERTANAHAN KABUPATEN TOLAWU UTARA SEMESTER I 2025", "title")
    rl.p("Kepala Kantor hadir tepat waktu (kehadiran apel 100% Januari-Juni 2025), memimpin seluruh rapat ZI, melayani langsung di loket prioritas setiap Rabu, mengikuti layanan JEBAT ke desa, dan menerbitkan arahan tertulis tentang larangan menerima imbalan dari pemohon dan PPAT (Nota Dinas Nomor 22/ND-72.11/I/2025).")
    rl.image_grid(items, cols=2)
    return rl.build()


def budaya(b: Batch, logo):
    d = Docx(font_name="Arial", size=10.5)
    kop(d, logo)
    d.center("LAPORAN INTERNALISASI BUDAYA KERJA DAN KETERLIBATAN PEGAWAI", after=0)
    d.center("KANTOR PERTANAHAN KABUPATEN TOLAWU UTARA SEMESTER I TAHUN 2025", after=10)
    d.para("**1. Internalisasi nilai**: nilai BerAKHLAK dan tata nilai Kementerian ATR/BPN 'Melayani, Profesional, Terpercaya' diinternalisasikan kepada seluruh 52 pegawai (ASN dan PPNPN) melalui apel, coaching clinic bulanan dan 'Pojok Nilai' di ruang loket; nilai tersebut dituangkan dalam SOP layanan loket (revisi Mei 2025: standar sapa, antrean, larangan imbalan) dan dalam standar perilaku petugas ukur.")
    d.para("**2. Penurunan resistensi**: survei budaya kerja internal Januari dan Juni 2025 menunjukkan pegawai yang menolak layanan elektronik (HT-el, roya-el, sertipikat elektronik) turun dari 14 orang menjadi 1 orang; tidak ada lagi penolakan terbuka terhadap perubahan jadwal layanan Sabtu.")
    d.para("**3. Keterlibatan seluruh pegawai**: seluruh 52 pegawai menandatangani pakta integritas (8 Januari 2025) dan terlibat dalam piket ZI bergilir; usulan pegawai melalui 'Kotak Ide' berjumlah 19, dan 7 usulan ditetapkan dalam keputusan Kepala Kantor (antara lain loket prioritas lansia, layanan Sabtu, dan papan status berkas).")
    d.signature(["Koordinator Area I,"], "SRI REJEKI, S.P.", ["NIP 19820423 200604 2 011"], place_date="Wosulemba, 3 Juli 2025", size=10.5, left=(["Mengetahui,", "Kepala Kantor"], KAKAN, [KAKAN_NIP], None))
    return b.add(d, EV / A1 / "MP 4 c-d Laporan Internalisasi Budaya Kerja dan Pakta Integritas.pdf")


# =========================================================================== TT

SOPS = [("Pendaftaran tanah pertama kali", "PB.1 Pendaftaran tanah"), ("Peralihan hak", "PB.1 Pendaftaran tanah"), ("HT-el dan roya elektronik", "PB.1 Pendaftaran tanah"),
        ("Pengecekan dan SKPT elektronik", "PB.2 Informasi pertanahan"), ("Pemecahan/penggabungan", "PB.1 Pendaftaran tanah"), ("Pengukuran kadastral", "PB.3 Survei dan pemetaan"),
        ("Pengembalian batas", "PB.3 Survei dan pemetaan"), ("Penggantian sertipikat", "PB.1 Pendaftaran tanah"), ("Pemberian hak", "PB.4 Penetapan hak"),
        ("Penanganan sengketa", "PB.5 Pengendalian dan sengketa"), ("Pengaduan masyarakat", "PD.1 Pengaduan"), ("Layanan informasi", "PB.2 Informasi pertanahan"),
        ("JEBAT jemput bola sertipikat (inovasi)", "PB.1 Pendaftaran tanah"), ("Loket prioritas lansia dan disabilitas (inovasi)", "PB.1 Pendaftaran tanah")]


def daftar_sop(logo):
    rl = RL(EV / A2 / "TT 1 a Daftar SOP dan Peta Proses Bisnis ATR-BPN.pdf", base="Sans", size=10)
    rkop(rl, logo)
    rl.p("DAFTAR SOP DAN KETERKAITAN DENGAN PETA PROSES BISNIS<br/>KEMENTERIAN ATR/BPN - KANTOR PERTANAHAN KABUPATEN TOLAWU UTARA 2025", "title")
    rl.p("Kantor Pertanahan menerapkan Standar Operasional Pengaturan dan Pelayanan Pertanahan yang ditetapkan Kementerian ATR/BPN dan dua SOP inovasi yang ditetapkan Kepala Kantor (Keputusan Nomor 09/SK-72.11.OT.01.02/I/2025). Setiap SOP dipetakan pada peta proses bisnis Kementerian ATR/BPN.")
    rl.table([["No", "SOP", "Proses bisnis Kementerian ATR/BPN", "Penetapan"]] + [[str(i), s, p, "Kementerian" if i < 13 else "Kepala Kantor (inovasi)"] for i, (s, p) in enumerate(SOPS, 1)],
             [0.8, 6.8, 5.6, 3.6], size=8.5)
    rl.signature(["Kepala Subbagian Tata Usaha"], KASUBAG, [KASUBAG_NIP], place_date="Wosulemba, 13 Januari 2025")
    return rl.build()


def evaluasi_sop():
    d = Docx(font_name="Calibri", size=11)
    d.center("LAPORAN EVALUASI SOP LAYANAN PERTANAHAN", after=0)
    d.center("KANTOR PERTANAHAN KABUPATEN TOLAWU UTARA TAHUN 2025", after=10)
    d.para("Evaluasi 14-23 Mei 2025 oleh Tim Area II bersama perwakilan PPAT dan petugas loket atas seluruh 12 SOP utama layanan (nomor 1-12 daftar SOP), dengan tujuh aspek PermenPANRB 35/2012.")
    d.table([["No", "SOP", "Hasil", "Tindak lanjut"], ["1", "Peralihan hak", "Waktu 5 hari sesuai; persyaratan ganda KTP", "Usulan perbaikan ke Kanwil (surat 61/UND-72.11/V/2025)"],
             ["2", "Pengukuran kadastral", "Jadwal ukur tidak diumumkan", "SOP lokal diperbaiki; jadwal diumumkan"], ["3", "Layanan informasi", "Belum memuat kanal daring", "SOP diperbaiki 28 Mei 2025"],
             ["4", "Sembilan SOP lainnya", "Sesuai", "-"]], widths=[0.8, 3.8, 6.0, 6.4], size=9.5, align=["c", "l", "l", "l"])
    d.para("Seluruh SOP utama telah dievaluasi; tiga SOP ditindaklanjuti dengan perbaikan atau usulan perbaikan.")
    d.signature(["Koordinator Area II,"], "YOHANIS LAMBA, S.T.", ["NIP 19830909 200803 1 004"], place_date="Wosulemba, 30 Mei 2025", size=10.5)
    return d.save(EV / A2 / "TT 1 c Laporan Evaluasi SOP 2025.docx")


def aplikasi(work, logo):
    shots = [(screenshot(work / "kkp.jpg", "app", "KKP Web - Komputerisasi Kegiatan Pertanahan", "Berkas Masuk - Kantah Kab. Tolawu Utara", ["Berkas Jan-Jun 2025: 4.812", "Selesai tepat waktu: 96,2%"],
                         seed=331), "KKP (aplikasi terpusat Kementerian ATR/BPN)"),
             (screenshot(work / "sentuh.jpg", "web", "https://sentuhtanahku.atrbpn.go.id", "Sentuh Tanahku", ["Cek status berkas", "Antrean daring", "Informasi biaya layanan"], seed=332, accent=(20, 90, 150)),
              "Sentuh Tanahku (aplikasi terpusat)"),
             (screenshot(work / "silotu.jpg", "app", "SI-LOTU - WhatsApp layanan Kantah Tolawu Utara", "SI-LOTU: Status Berkas dan Jadwal Ukur", ["Notifikasi jadwal pengukuran", "Pendaftaran JEBAT per desa",
                         "Dikembangkan Kantah Tolawu Utara, Februari 2025"], seed=333), "SI-LOTU: inovasi Kantah Tolawu Utara"),
             (screenshot(work / "simpeg.jpg", "app", "SIMPEG ATR/BPN", "Data Pegawai Satker 72.11", ["ASN: 44; PPNPN: 8", "Riwayat jabatan dan diklat"], seed=334), "SIMPEG ATR/BPN (terpusat)"),
             (screenshot(work / "ekin.jpg", "app", "e-Kinerja Kementerian ATR/BPN", "Capaian IKU Satker", ["Kantah Kab. Tolawu Utara", "Triwulan II 2025: diunggah 7 Juli 2025"], seed=335), "Pengukuran kinerja terpusat ATR/BPN")]
    rl = RL(EV / A2 / "TT 2 Aplikasi KKP, Sentuh Tanahku, SIMPEG.pdf", base="Sans", size=10)
    rkop(rl, logo)
    rl.p("PEMANFAATAN TEKNOLOGI INFORMASI<br/>KANTOR PERTANAHAN KABUPATEN TOLAWU UTARA 2025", "title")
    rl.image_grid(shots, cols=2)
    return rl.build()


def roadmap_en(logo):
    rl = RL(EV / A2 / "TT R3 Digital Transformation Roadmap 2025-2027.pdf", base="Sans", size=10)
    rkop(rl, logo)
    rl.p("DIGITAL TRANSFORMATION ROADMAP 2025-2027<br/>Land Office of North Tolawu Regency", "title")
    rl.p("Purpose", "h2")
    rl.p("This roadmap sets the benefit targets of digital transformation in the office's public services (land registration, electronic certificates, mortgage and roya), as agreed in the management meeting of 18 March 2025.")
    rl.p("Benefit targets", "h2")
    rl.table([["Area", "Benefit target", "Indicator", "Target 2027"], ["Electronic certificates", "Fewer visits per application", "Average visits per file", "1.5 (now 3.2)"],
              ["Electronic mortgage (HT-el)", "Faster registration", "Days to complete", "7 days (now 7-14)"], ["Online queue (Sentuh Tanahku, SI-LOTU)", "Shorter waiting", "Minutes at counter", "15 (now 52)"],
              ["Village pick-up service (JEBAT)", "Reach remote villages", "Villages served per year", "40"]], [4.4, 4.4, 4.2, 3.4], size=9)
    rl.p("Status", "h2")
    rl.p("The targets above have been defined and approved. Baselines are taken from the 2024 annual report; measurement and tracking tools will be designed in 2026. No benefit has been measured yet.")
    rl.signature(["Head of Land Office"], KAKAN, [KAKAN_NIP], place_date="Wosulemba, 20 March 2025")
    return rl.build()


def sk_ppid(b: Batch, logo):
    d = Docx(font_name="Arial", size=10.5)
    kop(d, logo)
    sk(d, "21/SK-72.11.HM.01/I/2025", "PENUNJUKAN PEJABAT PENGELOLA INFORMASI DAN DOKUMENTASI PELAKSANA PADA KANTOR PERTANAHAN KABUPATEN TOLAWU UTARA TAHUN 2025",
       ["bahwa untuk melaksanakan keterbukaan informasi publik di lingkungan Kementerian ATR/BPN perlu ditunjuk PPID Pelaksana pada Kantor Pertanahan;"],
       ["Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik;", "Peraturan Komisi Informasi Nomor 1 Tahun 2021 tentang Standar Layanan Informasi Publik;"],
       [("KESATU", "Menunjuk Kepala Subbagian Tata Usaha sebagai PPID Pelaksana Kantor Pertanahan Kabupaten Tolawu Utara, dibantu petugas layanan informasi pada loket informasi."),
        ("KEDUA", "PPID Pelaksana mengumumkan seluruh informasi berkala dan serta-merta melalui laman, media sosial dan papan informasi sesuai Daftar Informasi Publik terlampir, dan memutakhirkannya setiap bulan."),
        ("KETIGA", "Keputusan ini mulai berlaku pada tanggal ditetapkan.")],
       "7 Januari 2025", size=10.5)
    d.pagebreak()
    d.center("LAMPIRAN: DAFTAR INFORMASI PUBLIK 2025", size=10, after=6)
    d.table([["No", "Informasi", "Media", "Pemutakhiran terakhir"], ["1", "Profil dan struktur organisasi", "Instagram, papan informasi", "Januari 2025"], ["2", "Standar pelayanan dan biaya layanan (PNBP)", "Papan informasi, Instagram", "April 2025"],
             ["3", "Laporan kinerja", "Papan informasi", "Februari 2025"], ["4", "Hasil SKM", "Instagram, papan informasi", "Juli 2025"], ["5", "Jadwal pengukuran dan JEBAT", "SI-LOTU, Instagram", "Mingguan"],
             ["6", "Zona Nilai Tanah", "Sentuh Tanahku (terpusat)", "Tahunan"]], widths=[0.8, 6.8, 5.2, 4.2], size=9, align=["c", "l", "l", "l"])
    return b.add(d, EV / A2 / "Soal 20 SK PPID Pelaksana Kantah 2025.pdf")


def monev_informasi(logo):
    rl = RL(EV / A2 / "Soal 21 Laporan Monev Keterbukaan Informasi Semester I 2025.pdf", base="Serif", size=10.5)
    rkop(rl, logo)
    rl.p("LAPORAN MONITORING DAN EVALUASI PELAKSANAAN KETERBUKAAN INFORMASI PUBLIK<br/>SEMESTER I TAHUN 2025", "title")
    rl.p("Monitoring dilakukan oleh PPID Pelaksana pada 1-4 Juli 2025 atas keterkinian Daftar Informasi Publik dan layanan permohonan informasi Januari-Juni 2025 (31 permohonan, 30 dipenuhi, rata-rata 2 hari kerja).")
    rl.table([["No", "Temuan", "Tindak lanjut", "Status"], ["1", "Laporan kinerja belum diunggah ke media daring", "Diunggah ke Instagram (sorotan) 9 Juli 2025", "Selesai"],
              ["2", "Jadwal pengukuran tidak mutakhir di papan informasi", "Jadwal mingguan dikirim melalui SI-LOTU", "Selesai"],
              ["3", "Satu permohonan ditolak tanpa uji konsekuensi tertulis", "Format uji konsekuensi disusun", "Selesai"]], [0.8, 6.0, 6.6, 2.6], size=9)
    rl.signature(["PPID Pelaksana"], KASUBAG, [KASUBAG_NIP], place_date="Wosulemba, 10 Juli 2025", left=(["Mengetahui,", "Kepala Kantor"], KAKAN, [KAKAN_NIP], None))
    return rl.build()


# =========================================================================== SDM


def abk_xlsx():
    rows = [["No", "Jabatan", "Beban kerja", "Kebutuhan", "Bezetting", "Selisih"]]
    data = [("Kepala Kantor", 1250, 1, 1), ("Kepala Subbagian TU", 1250, 1, 1), ("Kepala Seksi", 6250, 5, 5), ("Analis Hukum Pertanahan", 5000, 4, 3), ("Surveyor Pemetaan", 10000, 8, 7),
            ("Penata Pertanahan", 7500, 6, 5), ("Pranata Komputer", 2500, 2, 2), ("Analis SDM Aparatur", 1250, 1, 1), ("Pengelola Keuangan", 2500, 2, 2), ("Petugas Loket", 6250, 5, 4),
            ("Arsiparis", 3750, 3, 2), ("Pengadministrasi Umum", 12500, 10, 11)]
    for i, (j, bk, n, h) in enumerate(data, 1):
        rows.append([i, j, bk, n, h, h - n])
    return write_xlsx(EV / A3 / "SDM 1 a Peta Jabatan dan ABK 2025.xlsx", [
        {"name": "ABK 2025", "title": ["PETA JABATAN DAN ANALISIS BEBAN KERJA", "KANTOR PERTANAHAN KABUPATEN TOLAWU UTARA TAHUN 2025"], "rows": rows, "widths": [5, 32, 12, 11, 11, 9],
         "foot": ["Kebutuhan formasi diusulkan ke Biro SDM melalui Kanwil (surat 45/KP.01/II/2025)", "Wosulemba, 17 Februari 2025"]}])


def penempatan_cpns(b: Batch, logo):
    d = Docx(font_name="Arial", size=10.5)
    kop(d, logo)
    d.center("NOTA DINAS", after=0, underline=True)
    d.center("Nomor: 118/ND-72.11.KP.02.01/VII/2025", bold=False, after=8)
    d.kv([("Yth.", "Para Kepala Seksi dan Kepala Subbagian Tata Usaha"), ("Dari", "Kepala Kantor Pertanahan Kabupaten Tolawu Utara"), ("Hal", "Penempatan CPNS Formasi Tahun 2024"),
          ("Tanggal", "2 Juli 2025")], widths=(2.4, 0.4))
    d.para("Berdasarkan Keputusan Kepala Kantor Wilayah BPN Provinsi Sulawesi Tengah tentang penempatan CPNS Formasi Tahun 2024 dan SPMT masing-masing, empat CPNS ditempatkan pada jabatan sesuai formasi yang diusulkan berdasarkan peta jabatan dan ABK Tahun 2025:")
    d.table([["No", "Nama", "Formasi/jabatan", "Unit penempatan", "Dasar kebutuhan (ABK)"], ["1", "Siti Hardiyanti, S.H.", "Analis Hukum Pertanahan", "Seksi Pengendalian dan Penanganan Sengketa", "Kurang 1"],
             ["2", "Rizal Mokodompit, S.T.", "Surveyor Pemetaan", "Seksi Survei dan Pemetaan", "Kurang 1"], ["3", "Anjas Lamapaha, A.Md.", "Petugas Loket (Pengadministrasi Layanan)", "Subbagian TU - Loket", "Kurang 1"],
             ["4", "Yuliana Taroreh, S.Kom.", "Penata Pertanahan", "Seksi Penetapan Hak dan Pendaftaran", "Kurang 1"]], widths=[0.8, 3.8, 4.0, 4.6, 3.0], size=9, align=["c", "l", "l", "l", "c"])
    d.signature(["Kepala Kantor,"], KAKAN, [KAKAN_NIP], size=10.5)
    src = b.add(d, b.work / "cpns_src.pdf")
    b.after(lambda: scan_pdf(src, EV / A3 / "SDM 1 b Penempatan CPNS Formasi 2024.pdf", seed=303, seals=[Seal(KAKAN_SIG, **STAMP)], mode="copier", dpi=150, quality=44,
                             producer="KONICA MINOLTA bizhub C3350i"))


def sk_mutasi(b: Batch, logo):
    """Title without the regency; the body names the unit in full."""
    d = Docx(font_name="Arial", size=10.5)
    kop(d, logo)
    head = "KEPALA KANTOR PERTANAHAN"
    sk(d, "88/SK-72.11.KP.04.02/VI/2025", "MUTASI INTERNAL PEGAWAI",
       ["bahwa dalam rangka pengembangan karier dan pemerataan beban kerja pada Kantor Pertanahan Kabupaten Tolawu Utara perlu dilakukan mutasi internal pegawai antar jabatan;",
        "bahwa mutasi telah mempertimbangkan kompetensi, hasil penilaian kinerja dan pola karier pegawai di lingkungan Kementerian ATR/BPN;"],
       ["Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen PNS sebagaimana telah diubah dengan Peraturan Pemerintah Nomor 17 Tahun 2020;",
        "Peraturan Menteri ATR/Kepala BPN tentang Pola Karier Pegawai Negeri Sipil di Lingkungan Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional;"],
       [("KESATU", "Memindahkan pegawai Kantor Pertanahan Kabupaten Tolawu Utara sebagaimana tercantum dalam Lampiran ke jabatan/unit baru."),
        ("KEDUA", "Pertimbangan kompetensi setiap pegawai tercantum dalam Lampiran dan telah dibahas dalam rapat pimpinan tanggal 18 Juni 2025."),
        ("KETIGA", "Keputusan ini mulai berlaku pada tanggal ditetapkan.")],
       "20 Juni 2025", head=head, ttd=([head + " KABUPATEN TOLAWU UTARA,"], KAKAN, [KAKAN_NIP]), size=10.5)
    d.table([["No", "Nama", "Semula", "Menjadi", "Pertimbangan"], ["1", "Jefri Tandiawan, S.T.", "Surveyor - Seksi Survei", "Surveyor koordinator JEBAT", "Kompetensi GNSS; nilai kinerja Sangat Baik"],
             ["2", "Nurul Fadillah, A.Md.", "Petugas loket informasi", "Petugas loket prioritas", "Pelatihan pelayanan prima; hasil SKM"],
             ["3", "Wayan Sudarma", "Arsip buku tanah", "Pengolah data HT-el", "Sertifikasi layanan elektronik"], ["4", "Rina Pakaya", "Front office", "Arsip buku tanah", "Pola karier; penyegaran"]],
            widths=[0.8, 3.6, 3.8, 4.0, 4.8], size=9, align=["c", "l", "l", "l", "l"])
    return b.add(d, EV / A3 / "SDM 2 a SK Mutasi Internal 2025.pdf")


def monev_mutasi():
    d = Docx(font_name="Calibri", size=11)
    d.center("LAPORAN MONITORING DAN EVALUASI HASIL MUTASI INTERNAL TERHADAP KINERJA", after=0)
    d.center("KANTOR PERTANAHAN KABUPATEN TOLAWU UTARA (SEPTEMBER 2025)", after=10)
    d.para("Monitoring dilakukan tiga bulan setelah mutasi internal Juni 2025 (SK 88/SK-72.11.KP.04.02/VI/2025) dengan membandingkan kinerja unit sebelum dan sesudah mutasi:")
    d.table([["Pegawai/unit", "Indikator", "Sebelum (Mar-Mei)", "Sesudah (Jul-Sep)"], ["Koordinator JEBAT", "Desa terlayani per bulan", "2", "5"],
             ["Loket prioritas", "Waktu tunggu lansia (menit)", "41", "12"], ["Pengolah HT-el", "HT-el selesai <= 7 hari", "81%", "97%"], ["Arsip buku tanah", "Peminjaman warkah <= 1 hari", "70%", "88%"]],
            widths=[4.0, 5.4, 3.4, 3.4], size=10)
    d.para("Kesimpulan: mutasi internal memperbaiki kinerja pada keempat unit; pola ini dipertahankan pada mutasi berikutnya.")
    d.signature(["Analis SDM Aparatur,"], "RAHMAWATI LAPASERE, S.H.", ["NIP 19900210 201503 2 005"], place_date="Wosulemba, 30 September 2025", size=10.5)
    return d.save(EV / A3 / "SDM 2 c Monev Hasil Mutasi terhadap Kinerja.docx")


def rekap_kompetensi(logo):
    rl = RL(EV / A3 / "SDM 3 Rekap Pengembangan Kompetensi Pegawai 2025.pdf", base="Sans", size=10)
    rkop(rl, logo)
    rl.p("REKAPITULASI PENGEMBANGAN KOMPETENSI PEGAWAI<br/>JANUARI - SEPTEMBER 2025", "title")
    rl.table([["Bentuk", "Peserta", "Keterangan"], ["Diklat teknis Kementerian ATR/BPN", "9", "Survei kadastral, HT-el, penanganan sengketa"],
              ["E-learning kementerian dan platform ASN", "27", "10-20 JP"], ["In-house training sertipikat elektronik", "30", "8 JP"], ["Coaching clinic bulanan", "41", "pegawai berbeda, rekap daftar hadir"]],
             [7.0, 2.4, 7.0], size=9)
    rl.p("Pegawai yang telah memperoleh pengembangan kompetensi sampai dengan 30 September 2025: 41 dari 52 pegawai (ASN dan PPNPN); 11 pegawai (8 PPNPN dan 3 pelaksana ASN) belum memperoleh kesempatan.")
    rl.signature(["Analis SDM Aparatur"], "RAHMAWATI LAPASERE, S.H.", ["NIP 19900210 201503 2 005"], place_date="Wosulemba, 1 Oktober 2025")
    return rl.build()


def ekinerja(work, logo):
    shots = [(screenshot(work / "ek1.jpg", "web", "https://kinerja.bkn.go.id", "e-Kinerja BKN - Penilaian Periodik", ["Instansi: Kementerian ATR/BPN", "Unit: Kantah Kab. Tolawu Utara",
                         "Periode penilaian: Triwulan I 2025", "Pegawai dinilai: 44/44"], seed=341, accent=(20, 60, 120)), "Penilaian kinerja Triwulan I 2025"),
             (screenshot(work / "ek2.jpg", "web", "https://kinerja.bkn.go.id", "e-Kinerja BKN - Penilaian Periodik", ["Periode penilaian: Triwulan II 2025", "Pegawai dinilai: 44/44",
                         "Rencana Hasil Kerja diturunkan dari PK Kepala Kantor"], seed=342, accent=(20, 60, 120)), "Penilaian kinerja Triwulan II 2025"),
             (screenshot(work / "ek3.jpg", "web", "https://kinerja.bkn.go.id", "SKP 2025 - Matriks Peran Hasil", ["Kepala Kantor -> Kepala Seksi -> Fungsional/Pelaksana", "Intervensi: PK Kantah 2025"],
                         seed=343, accent=(20, 60, 120)), "Matriks peran hasil SKP 2025")]
    rl = RL(EV / A3 / "SDM 4 Penilaian Kinerja Triwulanan (e-Kinerja BKN).pdf", base="Sans", size=10)
    rkop(rl, logo)
    rl.p("PENETAPAN DAN PENILAIAN KINERJA PEGAWAI<br/>KANTOR PERTANAHAN KABUPATEN TOLAWU UTARA 2025", "title")
    rl.p("SKP 2025 seluruh 44 ASN disusun dengan matriks peran hasil yang diturunkan dari Perjanjian Kinerja Kepala Kantor; penilaian kinerja dilakukan setiap triwulan pada e-Kinerja BKN.")
    rl.image_grid(shots, cols=2)
    return rl.build()


def disiplin(logo):
    rl = RL(EV / A3 / "SDM 5 Laporan Penegakan Disiplin 2024-2025.pdf", base="Serif", size=10.5)
    rkop(rl, logo)
    rl.p("LAPORAN PENEGAKAN DISIPLIN DAN KODE ETIK PEGAWAI<br/>TAHUN 2024 DAN 2025 (s.d. SEPTEMBER)", "title")
    rl.p("Kode etik dan kode perilaku pegawai Kementerian ATR/BPN dan PP 94/2021 disosialisasikan setiap apel bulanan; kehadiran dipantau melalui presensi daring terpusat; satker menerapkan 'Buku Saku Integritas Petugas Ukur' sebagai inovasi pengawasan perilaku petugas lapangan.")
    rl.table([["Uraian", "2024", "2025"], ["Jumlah pelanggaran", "5", "2"], ["Telah dijatuhi hukuman", "5", "1"], ["Dalam proses", "0", "1"]], [8.0, 3.0, 3.0], size=9.5)
    rl.signature(["Kepala Subbagian Tata Usaha"], KASUBAG, [KASUBAG_NIP], place_date="Wosulemba, 2 Oktober 2025")
    return rl.build()


# =========================================================================== AK


def notulen_perencanaan(b: Batch, logo):
    d = Docx(font_name="Arial", size=10.5)
    kop(d, logo)
    d.center("NOTULEN RAPAT PENYUSUNAN RENCANA KINERJA TAHUNAN DAN PERJANJIAN KINERJA 2025", after=10)
    d.table([["Tanggal", "Tahapan", "Pimpinan", "Keputusan"], ["3 Januari 2025", "Penjabaran target Renstra dan penetapan target IKU 2025", "Kepala Kantor", "Target PTSL 2.400 bidang; layanan tepat waktu 95%"],
             ["6 Januari 2025", "Finalisasi PK dan RKT 2025", "Kepala Kantor", "PK ditandatangani dengan Kepala Kanwil 8 Januari 2025"],
             ["14 April 2025", "Penyusunan Renstra 2025-2029 Kantah", "Kepala Kantor", "Renstra diselaraskan dengan Renstra Kementerian"]], widths=[3.0, 6.0, 2.6, 5.4], size=9)
    d.para("Kepala Kantor memimpin langsung seluruh tahapan penyusunan perencanaan dan penetapan kinerja.")
    d.signature(["Notulis,"], "ADITYA NUGRAHA, S.Kom.", ["NIP 19930618 201903 1 002"], place_date="Wosulemba, 15 April 2025", size=10,
                left=(["Mengetahui,", "Kepala Kantor"], KAKAN, [KAKAN_NIP], None))
    src = b.add(d, b.work / "notper_src.pdf")
    b.after(lambda: scan_pdf(src, EV / A4 / "AK 1 a-b Notulen Penyusunan RKT dan PK 2025.pdf", seed=304, seals=[Seal("ADITYA NUGRAHA"), Seal(KAKAN_SIG, **STAMP)], mode="copier",
                             dpi=150, quality=44, producer="KONICA MINOLTA bizhub C3350i"))


def evaluasi_kinerja(logo):
    rl = RL(EV / A4 / "AK 1 c Laporan Evaluasi Capaian Kinerja Bulanan 2025.pdf", base="Sans", size=10)
    rkop(rl, logo)
    rl.p("REKAP RAPAT EVALUASI CAPAIAN KINERJA BULANAN<br/>JANUARI - AGUSTUS 2025", "title")
    rl.p("Rapat dipimpin Kepala Kantor setiap awal bulan dan membahas capaian IKU serta berkas tunggakan. Rekap ini tidak mencatat tindak lanjut arahan; arahan disampaikan lisan dalam rapat.")
    rl.table([["Bulan", "Tanggal rapat", "Pimpinan", "Pokok bahasan"]] + [[m, f"{d_} {m} 2025", "Kepala Kantor", "Capaian IKU, berkas tunggakan, PTSL"]
                                                                       for m, d_ in zip(["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus"], [6, 3, 3, 7, 5, 2, 7, 4])],
             [3.0, 4.0, 3.4, 6.4], size=9)
    rl.signature(["Kepala Seksi Pengadaan Tanah dan Pengembangan"], "HENDRA TAMPUBOLON, A.Ptnh.", ["NIP 19870101 201001 1 015"], place_date="Wosulemba, 8 September 2025")
    return rl.build()


IKU = [("Persentase bidang tanah terdaftar terhadap jumlah bidang", "Bidang terdaftar / estimasi bidang x 100%", "KKP", "Seksi Survei"),
       ("Persentase layanan pertanahan selesai tepat waktu", "Berkas selesai sesuai SOP / berkas selesai x 100%", "KKP", "Seksi Penetapan Hak"),
       ("Persentase kasus sengketa dan konflik yang diselesaikan", "Kasus selesai / kasus ditangani x 100%", "-", "Seksi Pengendalian"),
       ("Indeks Kepuasan Masyarakat", "Nilai IKM sesuai PermenPANRB 14/2017", "Laporan SKM", "Subbagian TU"),
       ("Meningkatnya kualitas tata kelola kantor", "-", "-", "Subbagian TU")]


def perencanaan(b: Batch, logo):
    rl = RL(b.work / "renstra.pdf", base="Serif", size=10.5, footer="Renstra Kantah Kabupaten Tolawu Utara 2025-2029 - {page}")
    rkop(rl, logo)
    rl.p("RENCANA STRATEGIS<br/>KANTOR PERTANAHAN KABUPATEN TOLAWU UTARA<br/>TAHUN 2025-2029", "title")
    rl.p("Renstra diselaraskan dengan Rencana Strategis Kementerian ATR/BPN 2025-2029. Sasaran strategis: (1) meningkatnya kepastian hukum hak atas tanah; (2) meningkatnya kualitas layanan pertanahan; (3) menurunnya sengketa dan konflik pertanahan; (4) meningkatnya kepuasan masyarakat.")
    rl.table([["Sasaran", "Indikator", "2025", "2026", "2027", "2028", "2029"], ["1", IKU[0][0], "72%", "78%", "84%", "90%", "95%"], ["2", IKU[1][0], "95%", "96%", "97%", "98%", "98%"],
              ["3", IKU[2][0], "60%", "65%", "70%", "75%", "80%"], ["4", IKU[3][0], "85", "86", "87", "88", "89"]], [1.4, 7.0, 1.3, 1.3, 1.3, 1.3, 1.3], size=8.5)
    rl.signature(["Kepala Kantor"], KAKAN, [KAKAN_NIP], place_date="Wosulemba, 28 April 2025")
    rl.br()
    rkop(rl, logo)
    rl.p("RENCANA KINERJA TAHUNAN 2025", "title")
    rl.table([["Sasaran", "Indikator", "Target 2025"], ["1", IKU[0][0], "72% (PTSL 2.400 bidang)"], ["2", IKU[1][0], "95%"], ["3", IKU[2][0], "60%"], ["4", IKU[3][0], "85"]], [1.6, 10.0, 4.4], size=9)
    rl.signature(["Kepala Kantor"], KAKAN, [KAKAN_NIP], place_date="Wosulemba, 6 Januari 2025")
    p1 = rl.build()
    d = Docx(font_name="Arial", size=10.5)
    kop(d, logo)
    d.center("PERJANJIAN KINERJA TAHUN 2025", after=8)
    d.para("Kami yang bertanda tangan di bawah ini, Kepala Kantor Pertanahan Kabupaten Tolawu Utara selaku pihak pertama dan Kepala Kantor Wilayah Badan Pertanahan Nasional Provinsi Sulawesi Tengah selaku pihak kedua, bersepakat atas target kinerja Tahun 2025 berikut:")
    d.table([["No", "Sasaran", "Indikator", "Target"], ["1", "Meningkatnya kepastian hukum hak atas tanah", IKU[0][0], "72%"], ["2", "Meningkatnya kualitas layanan", IKU[1][0], "95%"],
             ["3", "Menurunnya sengketa dan konflik", IKU[2][0], "60%"], ["4", "Meningkatnya kepuasan masyarakat", IKU[3][0], "85"]], widths=[0.8, 5.8, 7.6, 2.0], size=9, align=["c", "l", "l", "c"])
    d.signature(["Pihak Pertama,", "Kepala Kantor Pertanahan Kabupaten Tolawu Utara"], KAKAN, [KAKAN_NIP], place_date="Wosulemba, 8 Januari 2025", size=10,
                left=(["Pihak Kedua,", "Kepala Kantor Wilayah BPN Provinsi Sulawesi Tengah"], KAKANWIL, ["NIP 19720806 199703 1 002"], None))
    p2 = b.add(d, b.work / "pk.pdf")
    b.after(lambda: merge_pdfs([p1, p2], EV / A4 / "AK 2 a Renstra 2025-2029, RKT 2025 dan PK 2025.pdf"))


def sk_iku(b: Batch, logo):
    d = Docx(font_name="Arial", size=10.5)
    kop(d, logo)
    sk(d, "30/SK-72.11.OT.01.02/V/2025", "PENETAPAN INDIKATOR KINERJA UTAMA KANTOR PERTANAHAN KABUPATEN TOLAWU UTARA TAHUN 2025-2029",
       ["bahwa sebagai penjabaran Rencana Strategis 2025-2029 perlu ditetapkan Indikator Kinerja Utama;"],
       ["Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah;", "Peraturan Menteri PANRB Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas Laporan Kinerja;"],
       [("KESATU", "Menetapkan Indikator Kinerja Utama Kantor Pertanahan Kabupaten Tolawu Utara Tahun 2025-2029 sebagaimana tercantum dalam Lampiran."),
        ("KEDUA", "Keputusan ini mulai berlaku pada tanggal ditetapkan.")], "2 Mei 2025", size=10.5)
    d.center("LAMPIRAN: IKU DAN MANUAL INDIKATOR", size=10, after=6, )
    d.table([["No", "IKU", "Formula", "Sumber data", "Penanggung jawab"]] + [[str(i), *x] for i, x in enumerate(IKU, 1)], widths=[0.7, 5.4, 5.0, 2.2, 3.6], size=8.5, align=["c", "l", "l", "l", "l"])
    return b.add(d, EV / A4 / "AK 2 c-d Penetapan IKU Kantah 2025-2029.pdf")


def lkjip(logo):
    rl = RL(EV / A4 / "AK 2 e-f LKjIP Kantah Tolawu Utara 2024.pdf", base="Serif", size=10.5, footer="LKjIP Kantor Pertanahan Kabupaten Tolawu Utara Tahun 2024 - {page}")
    rkop(rl, logo)
    rl.p("LAPORAN KINERJA INSTANSI PEMERINTAH<br/>KANTOR PERTANAHAN KABUPATEN TOLAWU UTARA<br/>TAHUN 2024", "title")
    rl.p("BAB III AKUNTABILITAS KINERJA", "h1")
    rl.table([["Sasaran", "Indikator", "Target 2024", "Realisasi 2024", "Capaian", "Realisasi 2023", "Target akhir Renstra"],
              ["1", "Bidang tanah terdaftar", "68%", "70,4%", "103,5%", "63,1%", "70%"], ["2", "Layanan selesai tepat waktu", "93%", "94,8%", "101,9%", "90,2%", "95%"],
              ["3", "Sengketa diselesaikan", "60%", "52,0%", "86,7%", "48,0%", "60%"], ["4", "IKM", "84", "85,12", "101,3%", "82,40", "85"]], [1.4, 4.0, 1.8, 2.0, 1.6, 2.0, 2.4], size=8)
    rl.p("Analisis: tiga dari empat sasaran tercapai 100% atau lebih. Sasaran penyelesaian sengketa belum tercapai karena enam kasus menunggu putusan pengadilan; strategi 2025: mediasi lebih awal. Realisasi anggaran Rp7.214.665.000 dari pagu Rp7.402.110.000 (97,47%).")
    rl.signature(["Kepala Kantor"], KAKAN, [KAKAN_NIP], place_date="Wosulemba, 27 Januari 2025")
    rl.br()
    rl.p("BUKTI PENYAMPAIAN", "subtitle")
    rl.kv([("Aplikasi", "e-SAKIP Kementerian ATR/BPN"), ("Dokumen", "LKjIP Kantah Kab. Tolawu Utara 2024"), ("Diunggah", "29 Januari 2025"), ("Status", "Diterima - Kanwil BPN Provinsi Sulawesi Tengah")])
    return rl.build()


# =========================================================================== PW


def gratifikasi(work, logo):
    items = [(screenshot(work / f"g{i}.jpg", "post", "kantahtolut", f"TOLAK GRATIFIKASI\n{m.upper()} 2025", ["Layanan tanpa imbalan", "Laporkan: UPG Kantah"], seed=350 + i, size=(600, 600),
                         accent=(150, 30, 40)), f"Kampanye {m} 2025") for i, m in enumerate(["Januari", "Maret", "Mei", "Juli"])]
    rl = RL(EV / A5 / "PW 1 Kampanye dan Pengendalian Gratifikasi 2025.pdf", base="Sans", size=10)
    rkop(rl, logo)
    rl.p("KAMPANYE DAN PENGENDALIAN GRATIFIKASI<br/>KANTOR PERTANAHAN KABUPATEN TOLAWU UTARA 2025", "title")
    rl.p("Kampanye antigratifikasi dilakukan setiap bulan (unggahan Instagram minggu ketiga, pengumuman suara di ruang loket, spanduk permanen). Unit Pengendalian Gratifikasi ditetapkan dengan Keputusan Kepala Kantor Nomor 12/SK-72.11.HM.01/I/2025; pelaporan penerimaan/penolakan gratifikasi dimasukkan ke dalam SOP layanan loket dan SOP pengukuran (petugas ukur mengisi formulir penolakan). Laporan Januari-Agustus 2025: 4 penolakan diteruskan ke UPG Kementerian ATR/BPN dan KPK melalui GOL KPK.")
    rl.image_grid(items, cols=2)
    rl.signature(["Ketua UPG"], KASI_SENGKETA, [KASI_SENGKETA_NIP], place_date="Wosulemba, 5 September 2025")
    return rl.build()


def risiko_xlsx():
    rows = [["No", "Proses", "Risiko", "Level", "Rencana pengendalian", "Realisasi TW I-II 2025"]]
    data = [("Loket", "Percaloan", "Tinggi", "Loket prioritas, antrean daring", "Terlaksana"), ("Pengukuran", "Imbalan ke petugas ukur", "Tinggi", "Buku Saku Integritas; jadwal diumumkan", "Terlaksana"),
            ("HT-el", "Keterlambatan", "Sedang", "Monitoring harian KKP", "Terlaksana"), ("Arsip", "Warkah hilang", "Sedang", "Digitalisasi warkah", "Berjalan (34%)"),
            ("PTSL", "Pungutan oleh panitia desa", "Tinggi", "Sosialisasi biaya; kanal pengaduan", "Terlaksana"), ("Sengketa", "Penanganan berlarut", "Sedang", "Mediasi awal", "Terlaksana"),
            ("Keuangan", "Salah bayar PNBP", "Rendah", "Pembayaran melalui bank persepsi", "Terlaksana")]
    for i, r in enumerate(data, 1):
        rows.append([i, *r])
    return write_xlsx(EV / A5 / "PW 2 Register Risiko dan RTP 2025.xlsx", [
        {"name": "Register 2025", "title": ["REGISTER RISIKO DAN RENCANA TINDAK PENGENDALIAN", "KANTOR PERTANAHAN KABUPATEN TOLAWU UTARA TAHUN 2025 (ditetapkan 19 Februari 2025)"],
         "rows": rows, "widths": [5, 14, 28, 10, 40, 24]}])


def rekap_pengaduan(logo):
    rl = RL(EV / A5 / "PW 3 b Rekap Pengaduan Masyarakat 2025.pdf", base="Sans", size=10)
    rkop(rl, logo)
    rl.p("REKAPITULASI PENGADUAN MASYARAKAT<br/>JANUARI - SEPTEMBER 2025", "title")
    rl.p("Kanal: loket pengaduan, kotak pengaduan, SP4N-LAPOR!, WhatsApp SI-LOTU dan Instagram. Setiap pengaduan dicatat, didisposisikan Kepala Kantor kepada seksi terkait dan dipantau sampai selesai.")
    rl.table([["Kanal", "Masuk", "Selesai", "Proses", "Rata-rata respon pertama"], ["Loket pengaduan", "8", "7", "1", "hari yang sama"], ["SP4N-LAPOR!", "6", "5", "1", "1 hari kerja"],
              ["WhatsApp SI-LOTU", "5", "5", "0", "2 jam"], ["Instagram", "2", "2", "0", "hari yang sama"], ["Kotak pengaduan", "2", "1", "1", "3 hari kerja"], ["Jumlah", "23", "20", "3", ""]],
             [4.6, 2.2, 2.2, 2.2, 4.8], size=9.5, bold_last=True)
    rl.signature(["Kepala Seksi Pengendalian dan Penanganan Sengketa"], KASI_SENGKETA, [KASI_SENGKETA_NIP], place_date="Wosulemba, 1 Oktober 2025")
    return rl.build()


def evaluasi_pengaduan_tolawu(b: Batch, logo):
    """The neighbouring land office's report (wrong unit)."""
    d = Docx(font_name="Arial", size=10.5)
    kop(d, logo, lines=KOP_TOLAWU, addr=ADDR_TOLAWU)
    d.center("LAPORAN EVALUASI PENANGANAN PENGADUAN MASYARAKAT", after=0)
    d.center("KANTOR PERTANAHAN KABUPATEN TOLAWU TRIWULAN II TAHUN 2025", after=10)
    d.para("Evaluasi dilaksanakan 8 Juli 2025 dipimpin Kepala Kantor Pertanahan Kabupaten Tolawu atas 17 pengaduan Triwulan II: 15 selesai, 2 dalam proses. Evaluasi dilakukan setiap triwulan.")
    d.table([["No", "Temuan", "Rekomendasi"], ["1", "Respon SP4N-LAPOR! melebihi 3 hari", "Admin cadangan ditunjuk"], ["2", "Pengaduan PTSL Kecamatan Tinoli berulang", "Sosialisasi ulang biaya PTSL"],
             ["3", "Kotak pengaduan jarang dibuka", "Pembukaan setiap Jumat"]], widths=[0.8, 8.0, 8.2], size=9.5, align=["c", "l", "l"])
    d.signature(["Kepala Kantor Pertanahan Kabupaten Tolawu,"], KAKAN_TOLAWU, ["NIP 19760512 200003 1 004"], place_date="Tinoli, 10 Juli 2025", size=10.5)
    return b.add(d, EV / A5 / "PW 3 c Laporan Evaluasi Pengaduan TW II Kantah Tolawu.pdf")


def wbs(logo):
    rl = RL(EV / A5 / "PW 4 a Penerapan WBS ATR-BPN (WiSe).pdf", base="Sans", size=10)
    rkop(rl, logo)
    rl.p("LAPORAN PENERAPAN WHISTLEBLOWING SYSTEM<br/>KEMENTERIAN ATR/BPN PADA KANTOR PERTANAHAN KABUPATEN TOLAWU UTARA 2025", "title")
    rl.p("Kantor Pertanahan menerapkan whistleblowing system Kementerian ATR/BPN (aplikasi WiSe yang dikelola Inspektorat Jenderal): sosialisasi kepada seluruh pegawai pada apel 14 Juli 2025, poster dan QR code WiSe di ruang loket dan ruang tunggu, serta tautan pada bio Instagram @kantahtolut. Laporan yang masuk ditangani langsung oleh Inspektorat Jenderal; satker tidak mengembangkan kanal WBS sendiri.")
    rl.signature(["Koordinator Area V"], KASI_SENGKETA, [KASI_SENGKETA_NIP], place_date="Wosulemba, 18 Juli 2025")
    return rl.build()


def evaluasi_bk_2024(logo):
    rl = RL(EV / A5 / "PW 5 Laporan Evaluasi Penanganan Benturan Kepentingan 2024.pdf", base="Serif", size=10.5)
    rkop(rl, logo)
    rl.p("LAPORAN EVALUASI PENANGANAN BENTURAN KEPENTINGAN<br/>KANTOR PERTANAHAN KABUPATEN TOLAWU UTARA<br/>TAHUN 2024", "title")
    rl.p("Evaluasi atas penanganan benturan kepentingan periode Januari-Desember 2024 dilaksanakan pada 12 Desember 2024: 46 surat pernyataan bebas benturan kepentingan petugas ukur dan panitia PTSL; dua kasus (petugas ukur mengukur tanah kerabat) ditangani dengan penggantian petugas.")
    rl.table([["No", "Hasil evaluasi 2024", "Tindak lanjut"], ["1", "Belum ada register benturan kepentingan", "Register disusun Desember 2024"], ["2", "Pernyataan panitia PTSL belum lengkap", "Dilengkapi 20 Desember 2024"]],
             [0.8, 7.4, 7.8], size=9.5)
    rl.signature(["Kepala Kantor"], KAKAN, [KAKAN_NIP], place_date="Wosulemba, 23 Desember 2024")
    return rl.build()


def lhkpn(logo):
    rl = RL(EV / A5 / "PW R3 Rekap LHKPN dan LHKASN 2025.pdf", base="Sans", size=10)
    rkop(rl, logo)
    rl.p("REKAP KEPATUHAN LHKPN DAN LHKASN<br/>PELAPORAN TAHUN 2025 (HARTA PER 31 DESEMBER 2024)", "title")
    rl.table([["LHKPN", "Wajib", "Sudah lapor s.d. 31 Maret 2025"], ["Kepala satuan kerja", "1", "1"], ["Pejabat (Kepala Subbagian TU, 5 Kepala Seksi)", "6", "6"],
              ["Lainnya (bendahara, PPK, pejabat pengadaan, koordinator juru ukur)", "4", "4"]], [9.0, 2.4, 5.0], size=9.5)
    rl.table([["LHKASN", "Wajib", "Sudah lapor"], ["Administrator", "0", "0"], ["Pengawas", "0", "0"], ["Fungsional dan pelaksana", "33", "31"], ["Jumlah", "33", "31"]], [9.0, 2.4, 5.0], size=9.5, bold_last=True)
    rl.signature(["Analis SDM Aparatur"], "RAHMAWATI LAPASERE, S.H.", ["NIP 19900210 201503 2 005"], place_date="Wosulemba, 7 April 2025")
    return rl.build()


# =========================================================================== PP


def sk_standar(b: Batch, logo):
    """Title cites Peraturan Kepala BPN Nomor 1 Tahun 2010."""
    d = Docx(font_name="Arial", size=10.5)
    kop(d, logo)
    sk(d, "11/SK-72.11.HK.02/I/2025", "STANDAR PELAYANAN KANTOR PERTANAHAN KABUPATEN TOLAWU UTARA BERDASARKAN PERATURAN KEPALA BADAN PERTANAHAN NASIONAL NOMOR 1 TAHUN 2010 TENTANG STANDAR PELAYANAN DAN PENGATURAN PERTANAHAN",
       ["bahwa untuk memberikan kepastian layanan pertanahan perlu ditetapkan standar pelayanan Kantor Pertanahan sesuai Peraturan Kepala BPN Nomor 1 Tahun 2010 dan perubahannya;"],
       ["Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;", "Peraturan Kepala Badan Pertanahan Nasional Nomor 1 Tahun 2010 tentang Standar Pelayanan dan Pengaturan Pertanahan;",
        "Peraturan Menteri PANRB Nomor 15 Tahun 2014 tentang Pedoman Standar Pelayanan;"],
       [("KESATU", "Menetapkan Standar Pelayanan untuk seluruh 18 jenis layanan Kantor Pertanahan Kabupaten Tolawu Utara sebagaimana tercantum dalam Lampiran, masing-masing memuat komponen penyampaian dan pengelolaan pelayanan sesuai PermenPANRB Nomor 15 Tahun 2014."),
        ("KEDUA", "Keputusan ini mulai berlaku pada tanggal ditetapkan.")], "10 Januari 2025", size=10.5)
    d.pagebreak()
    d.center("LAMPIRAN: JENIS LAYANAN DAN STANDAR", size=10, after=6)
    d.table([["No", "Jenis layanan", "Jangka waktu", "Biaya"]] + [[str(i), s, "sesuai SOP Kementerian", "PNBP sesuai PP 128/2015" if i < 17 else "Gratis"] for i, s in enumerate(SERVICES, 1)],
            widths=[0.8, 9.6, 3.6, 3.0], size=8.5, align=["c", "l", "l", "l"])
    return b.add(d, EV / A6 / "PP 1 a Keputusan Standar Pelayanan Kantah 2025.pdf")


def maklumat(b: Batch, logo):
    d = Docx(font_name="Arial", size=12)
    kop(d, logo)
    d.blank(2)
    d.center("MAKLUMAT PELAYANAN", size=20, after=12)
    d.para("DENGAN INI KAMI MENYATAKAN SANGGUP MENYELENGGARAKAN PELAYANAN SESUAI STANDAR PELAYANAN YANG TELAH DITETAPKAN UNTUK SELURUH JENIS LAYANAN DAN APABILA TIDAK MENEPATI JANJI INI, KAMI SIAP MENERIMA SANKSI SESUAI PERATURAN PERUNDANG-UNDANGAN YANG BERLAKU.", align="center", size=13)
    d.blank(2)
    d.signature(["Kepala Kantor Pertanahan", "Kabupaten Tolawu Utara,"], KAKAN, [KAKAN_NIP], place_date="Wosulemba, 10 Januari 2025", size=12, gap=4)
    src = b.add(d, b.work / "mk_src.pdf")
    b.after(lambda: photo_jpg(src, EV / A6 / "PP 1 b Maklumat Pelayanan.jpg", seed=305, seals=[Seal(KAKAN_SIG, **STAMP)], dpi=105, quality=66))


def fkp(b: Batch, logo):
    d = Docx(font_name="Arial", size=10.5)
    kop(d, logo)
    d.center("BERITA ACARA FORUM KONSULTASI PUBLIK", after=0)
    d.center("REVIU STANDAR PELAYANAN KANTOR PERTANAHAN KABUPATEN TOLAWU UTARA TAHUN 2025", after=10)
    d.para("Pada hari Selasa tanggal dua puluh dua bulan April tahun dua ribu dua puluh lima telah dilaksanakan Forum Konsultasi Publik dengan peserta: kepala desa (6), Ikatan PPAT dan notaris, akademisi Sekolah Tinggi Ilmu Hukum Wosulemba, LSM Forum Warga Peduli Agraria, tokoh adat dan pengguna layanan.")
    d.para("Bahan: hasil SKM 2024 dan Triwulan I 2025 (unsur terendah: waktu dan prosedur) serta 14 pengaduan 2024-2025.")
    d.table([["No", "Masukan", "Keputusan"], ["1", "Jadwal pengukuran diumumkan", "Dimasukkan dalam standar layanan pengukuran"], ["2", "Loket prioritas lansia", "Ditambahkan dalam standar sarana"],
             ["3", "Layanan di desa terpencil", "JEBAT dimasukkan dalam standar layanan sertipikat"]], widths=[0.8, 7.6, 8.6], size=9.5, align=["c", "l", "l"])
    d.signature(["Notulis,"], "NURUL FADILLAH, A.Md.", ["NIP 19950412 202012 2 007"], place_date="Wosulemba, 22 April 2025", size=10, left=(["Pimpinan Forum,", "Kepala Kantor"], KAKAN, [KAKAN_NIP], None))
    src = b.add(d, b.work / "fkp_src.pdf")
    b.after(lambda: scan_pdf(src, EV / A6 / "PP 1 c BA Forum Konsultasi Publik 2025.pdf", seed=306, seals=[Seal("NURUL FADILLAH"), Seal(KAKAN_SIG, **STAMP)], mode="fax", dpi=150,
                             quality=50, producer="Brother MFC-L2700D"))


def inovasi(work, logo):
    rl = RL(EV / A6 / "PP 2 f Profil Inovasi JEBAT.pdf", base="Sans", size=10)
    rkop(rl, logo)
    rl.p("PROFIL INOVASI PELAYANAN<br/>JEBAT - JEMPUT BOLA SERTIPIKAT<br/>KANTOR PERTANAHAN KABUPATEN TOLAWU UTARA", "title")
    rl.p("JEBAT adalah layanan jemput bola: petugas loket dan juru ukur mendatangi desa terpencil (jarak lebih dari 60 km) untuk menerima berkas, mengukur dan menyerahkan sertipikat elektronik di balai desa, dengan pendaftaran melalui SI-LOTU. Inovasi ini dirancang Kantah Tolawu Utara (berbeda dari layanan keliling terpusat) dan telah direplikasi oleh Kantor Pertanahan Kabupaten Tolawu sejak Juni 2025.")
    rl.table([["Ukuran", "Sebelum (2024)", "Sesudah (Feb-Sep 2025)"], ["Desa terlayani", "0", "31"], ["Biaya perjalanan warga per berkas", "Rp350.000", "Rp0"],
              ["Waktu penyerahan sertipikat", "14 hari", "7 hari"], ["Nilai SKM unsur waktu", "3,18", "3,40"]], [7.0, 4.0, 4.6], size=9)
    rl.p("Dari 18 jenis layanan yang terdata dalam standar pelayanan, 7 telah dipermudah (JEBAT, layanan elektronik dan loket prioritas): pendaftaran pertama kali, peralihan hak, HT-el, roya elektronik, pengecekan, SKPT dan pengukuran. Sebelas lainnya belum berubah.")
    rl.image(event_photo(work / "jebat.jpg", "JEBAT di Balai Desa Lemba Jaya, 15 April 2025", 360, people=12, outdoor=True, banner="JEBAT\nJEMPUT BOLA SERTIPIKAT"), 12.0,
             caption="Pelaksanaan JEBAT di Desa Lemba Jaya")
    rl.signature(["Kepala Kantor"], KAKAN, [KAKAN_NIP], place_date="Wosulemba, 30 September 2025")
    return rl.build()


def kepmen_sp4n(b: Batch, logo_min):
    """An excerpt of the ministry's decree naming each land office's SP4N-LAPOR! administrator."""
    d = Docx(font_name="Bookman Old Style", size=10.5)
    d.kop_center(KOP_MENTERI, [], logo=logo_min, sizes=[12, 12, 11])
    d.para("SALINAN (KUTIPAN)", bold=True, align="right", size=9)
    d.center("KEPUTUSAN MENTERI AGRARIA DAN TATA RUANG/", after=0)
    d.center("KEPALA BADAN PERTANAHAN NASIONAL REPUBLIK INDONESIA", after=0)
    d.center("NOMOR 377/SK-HK.02/IX/2024", bold=False, after=4)
    d.center("TENTANG", bold=False, after=4)
    d.center("PENGELOLA PENGADUAN PELAYANAN PUBLIK MELALUI SP4N-LAPOR! DI LINGKUNGAN KEMENTERIAN AGRARIA DAN TATA RUANG/BADAN PERTANAHAN NASIONAL", after=8)
    d.diktum([("KESATU", "Menetapkan pengelola SP4N-LAPOR! tingkat kementerian, kantor wilayah dan kantor pertanahan sebagaimana tercantum dalam Lampiran."),
              ("KEDUA", "Administrator tingkat kantor pertanahan menerima, meneruskan dan menindaklanjuti pengaduan paling lama 5 hari kerja."),
              ("KETIGA", "Keputusan ini mulai berlaku pada tanggal ditetapkan.")])
    d.para("Ditetapkan di Jakarta pada tanggal 16 September 2024\nMENTERI AGRARIA DAN TATA RUANG/\nKEPALA BADAN PERTANAHAN NASIONAL,\nttd.", align="left", indent=8.5, size=10)
    d.para("LAMPIRAN XXVI (kutipan): Kantor Wilayah BPN Provinsi Sulawesi Tengah", bold=True, align="left", size=10, before=8)
    d.table([["No", "Satuan kerja", "Administrator SP4N-LAPOR!"], ["...", "...", "..."], ["11", "Kantor Pertanahan Kabupaten Tolawu", "Kepala Seksi Pengendalian dan Penanganan Sengketa"],
             ["12", "Kantor Pertanahan Kabupaten Tolawu Utara", "Kepala Seksi Pengendalian dan Penanganan Sengketa"], ["...", "...", "..."]], widths=[1.0, 8.0, 8.0], size=9.5, align=["c", "l", "l"])
    d.para("Salinan sesuai dengan aslinya\nKepala Biro Hukum,\n\nttd.\n\nR. DARMAWAN SUSILO, S.H., M.H.", align="left", indent=8.5, size=10)
    return b.add(d, EV / A6 / "PP 3 b Kutipan Kepmen ATR-BPN Pengelola SP4N-LAPOR.pdf")


UNSUR = ["Persyaratan", "Prosedur", "Waktu", "Biaya", "Produk", "Kompetensi", "Perilaku", "Pengaduan", "Sarana"]


def skm_rl(logo, tw, period, n, ikm, vals, date):
    rl = RL(EV / A6 / f"PP 4 a Laporan SKM Triwulan {tw} 2025.pdf", base="Serif", size=10.5)
    rkop(rl, logo)
    rl.p(f"LAPORAN SURVEI KEPUASAN MASYARAKAT<br/>KANTOR PERTANAHAN KABUPATEN TOLAWU UTARA<br/>TRIWULAN {tw} TAHUN 2025", "title")
    rl.p(f"Survei periode {period}, {n} responden, metode PermenPANRB 14/2017 (kuesioner tablet di ruang tunggu dan tautan SI-LOTU).")
    rl.table([["No", "Unsur", "Nilai"]] + [[str(i), u, f"{v:.2f}".replace(".", ",")] for i, (u, v) in enumerate(zip(UNSUR, vals), 1)], [1.0, 9.0, 3.0], size=9.5)
    rl.p(f"IKM: <b>{ikm}</b>. Hasil survei dipublikasikan di Instagram @kantahtolut dan papan informasi.")
    rl.signature(["Kepala Subbagian Tata Usaha"], KASUBAG, [KASUBAG_NIP], place_date=f"Wosulemba, {date}")
    return rl.build()


def skm_tw2(b: Batch, logo):
    """The survey period is only in the footer."""
    d = Docx(font_name="Arial", size=10.5)
    kop(d, logo)
    d.center("LAPORAN SURVEI KEPUASAN MASYARAKAT", after=0)
    d.center("KANTOR PERTANAHAN KABUPATEN TOLAWU UTARA", after=10)
    d.para("Survei dilaksanakan terhadap 225 responden pengguna layanan dengan metode PermenPANRB 14/2017.")
    d.table([["No", "Unsur", "Nilai"]] + [[str(i), u, f"{v:.2f}".replace(".", ",")] for i, (u, v) in enumerate(zip(UNSUR, [3.55, 3.41, 3.33, 3.60, 3.52, 3.50, 3.58, 3.47, 3.46]), 1)],
            widths=[1.0, 9.0, 3.0], size=10, align=["c", "l", "c"])
    d.para("Indeks Kepuasan Masyarakat: **87,90** (mutu A). Unsur terendah: waktu pelayanan dan prosedur.")
    d.signature(["Kepala Subbagian Tata Usaha,"], KASUBAG, [KASUBAG_NIP], place_date="Wosulemba, 4 Juli 2025", size=10.5)
    d.footer("SKM Kantah Kabupaten Tolawu Utara - Triwulan II (April-Juni) Tahun 2025")
    return b.add(d, EV / A6 / "PP 4 a Laporan SKM Triwulan II 2025.pdf")


def rtl_skm():
    d = Docx(font_name="Calibri", size=11)
    d.center("RENCANA DAN REALISASI TINDAK LANJUT HASIL SKM 2025", after=8)
    d.table([["Periode SKM", "Unsur terendah", "Rencana tindak lanjut", "Realisasi"], ["TW I", "Waktu (3,28)", "Notifikasi jadwal ukur via SI-LOTU", "Berjalan sejak April 2025"],
             ["TW I", "Prosedur (3,35)", "Papan alur layanan di loket", "Terpasang Mei 2025"], ["TW II", "Waktu (3,33)", "Penambahan petugas ukur JEBAT", "Mutasi internal Juni 2025"],
             ["TW II", "Prosedur (3,41)", "Daftar periksa persyaratan di Instagram", "Terbit Juli 2025"], ["TW III", "Sarana (3,44)", "Penambahan kursi ruang tunggu", "Menunggu anggaran"]],
            widths=[2.4, 3.2, 6.0, 4.4], size=10)
    d.para("Wosulemba, 6 Oktober 2025 - Kepala Subbagian Tata Usaha: Ni Made Sukasih, S.E.", size=10)
    return d.save(EV / A6 / "PP 4 c RTL Hasil SKM 2025.docx")


def broken_laporan(work):
    d = Docx(font_name="Calibri", size=11)
    d.center("LAPORAN PENERAPAN LAYANAN ELEKTRONIK 2025", after=8)
    for _ in range(12):
        d.para("Layanan HT-el, roya elektronik, pengecekan dan SKPT elektronik diterapkan penuh; pendaftaran pertama kali masih sebagian manual karena warkah belum terdigitalisasi.")
    src = d.save(work / "lap_el.docx")
    return broken_docx(src, EV / A6 / "PP 5 a Laporan Layanan Elektronik 2025.docx", keep=0.55)


# =========================================================================== main


def main():
    if EV.exists():
        shutil.rmtree(EV)
    EV.mkdir(parents=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        logo = emblem(work / "logo_bpn.png", "land", seed=31)
        logo_min = emblem(work / "logo_min.png", "land", seed=32)
        b = Batch(work)
        sk_tim(b, logo)
        notulen_seleksi(b, logo)
        monev_tw2(b, logo)
        budaya(b, logo)
        sk_ppid(b, logo)
        penempatan_cpns(b, logo)
        sk_mutasi(b, logo)
        notulen_perencanaan(b, logo)
        perencanaan(b, logo)
        sk_iku(b, logo)
        evaluasi_pengaduan_tolawu(b, logo)
        sk_standar(b, logo)
        maklumat(b, logo)
        fkp(b, logo)
        kepmen_sp4n(b, logo_min)
        skm_tw2(b, logo)
        b.run()
        draft_agen()
        evaluasi_sop()
        monev_mutasi()
        rtl_skm()
        broken_laporan(work)
        rencana_kerja(logo)
        publikasi_ig(work)
        monev_tw1(logo)
        role_model(work, logo)
        daftar_sop(logo)
        aplikasi(work, logo)
        roadmap_en(logo)
        monev_informasi(logo)
        abk_xlsx()
        rekap_kompetensi(logo)
        ekinerja(work, logo)
        disiplin(logo)
        evaluasi_kinerja(logo)
        lkjip(logo)
        gratifikasi(work, logo)
        risiko_xlsx()
        rekap_pengaduan(logo)
        wbs(logo)
        evaluasi_bk_2024(logo)
        lhkpn(logo)
        inovasi(work, logo)
        skm_rl(logo, "I", "Januari - Maret 2025", 210, "86,40", [3.48, 3.35, 3.28, 3.58, 3.47, 3.45, 3.51, 3.40, 3.39], "3 April 2025")
        skm_rl(logo, "III", "Juli - September 2025", 231, "88,30", [3.57, 3.46, 3.47, 3.61, 3.53, 3.52, 3.59, 3.50, 3.44], "3 Oktober 2025")
    files = sorted(p for p in EV.rglob("*") if p.is_file())
    print(f"{len(files)} files, {sum(p.stat().st_size for p in files) / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
