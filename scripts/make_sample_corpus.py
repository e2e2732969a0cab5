#!/usr/bin/env python3
"""Write the sample evidence folder (default: corpus/) that `zi-check corpus/` checks.

The documents are fabricated, in Indonesian, laid out as real ones are, and modelled on the public
story of the Kedeputian Bidang Dukungan Kerja Kabinet (Sekretariat Kabinet), evaluated toward WBBM
in 2021 after receiving WBK in 2020. Persons are invented. Some files are wrong on purpose (last
year's decree, another unit's template, a file that does not open, a scan without a text layer);
corpus/README.md, written by this script, lists them.

Usage:
    .venv/bin/python scripts/make_sample_corpus.py [OUTDIR]     # rewrite the generated files
    .venv/bin/python scripts/make_sample_corpus.py --check      # exit 1 if OUTDIR is stale

The output is deterministic: fixed dates, no randomness, reportlab's invariant mode.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import sys
import tempfile
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.docgen import Docx, Pdf, Scan, Table, Truncated, make_corpus, paginate

# --- people and names (persons invented) -----------------------------------------------------

UNIT = "Kedeputian Bidang Dukungan Kerja Kabinet"
UNIT_UP = UNIT.upper()
DEPUTI = "Deputi Sekretaris Kabinet Bidang Dukungan Kerja Kabinet"
DEPUTI_UP = DEPUTI.upper()
DEPUTI_ADM_UP = "DEPUTI SEKRETARIS KABINET BIDANG ADMINISTRASI"

KEPALA = "Ratna Kusumawardani"  # Deputi DKK
KEPALA_FULL = "Dr. Ratna Kusumawardani, S.H., M.Si."
KETUA_TIM = "Yudhi Pratama Putra, S.Sos., M.A.P."
SESKAB = "Hendra Kusnadi"
SESKAB_UP = "SEKRETARIS KABINET REPUBLIK INDONESIA"
KABAG_TU = "Maria Christina Simanjuntak, S.Psi., M.M."
KOORD_TT = "Andi Muhammad Ikhsan, S.H., M.H."  # Koordinator Pokja Penataan Tatalaksana
KOORD_SDM = "Dimas Aryo Baskoro, S.AP."
KOORD_AK = "Teguh Santoso, S.IP., M.Si."  # also the Asisten Deputi who is PPID Pelaksana
KOORD_PW = "Anindita Puspitasari, S.H."
KOORD_PP = "I Made Wirawan, S.T."

# other units of the Sekretariat Kabinet, whose documents turn up in the folder by mistake
PEREK_UP = "KEDEPUTIAN BIDANG PEREKONOMIAN"
PMK = "Kedeputian Bidang Pembangunan Manusia dan Kebudayaan"
PMK_UP = PMK.upper()

MP, TT, SDM, AK, PW, PP = (
    "1. Manajemen Perubahan",
    "2. Penataan Tatalaksana",
    "3. Penataan Sistem Manajemen SDM",
    "4. Penguatan Akuntabilitas",
    "5. Penguatan Pengawasan",
    "6. Peningkatan Kualitas Pelayanan Publik",
)

SETKAB = "# SEKRETARIAT KABINET REPUBLIK INDONESIA"
KOP = [SETKAB, f"# {UNIT_UP}", "---"]
KOP_ADM = [SETKAB, "# KEDEPUTIAN BIDANG ADMINISTRASI", "---"]
ORDINAL = ["KESATU", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA", "KEENAM"]

UU_KEMENTERIAN = ("Undang-Undang Nomor 39 Tahun 2008 tentang Kementerian Negara (Lembaran Negara "
                  "Republik Indonesia Tahun 2008 Nomor 166, Tambahan Lembaran Negara Republik "
                  "Indonesia Nomor 4916);")
PERPRES_SETKAB = ("Peraturan Presiden Nomor 55 Tahun 2020 tentang Sekretariat Kabinet (Lembaran "
                  "Negara Republik Indonesia Tahun 2020 Nomor 98);")
PERMEN_ZI = ("Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 52 "
             "Tahun 2014 tentang Pedoman Pembangunan Zona Integritas Menuju Wilayah Bebas dari "
             "Korupsi dan Wilayah Birokrasi Bersih dan Melayani di Lingkungan Instansi Pemerintah "
             "sebagaimana telah diubah dengan Peraturan Menteri Pendayagunaan Aparatur Negara dan "
             "Reformasi Birokrasi Nomor 10 Tahun 2019;")


# --- layout helpers --------------------------------------------------------------------------


def items(label: str, entries: Sequence[str], marker: str = "a") -> list[str]:
    """ "Menimbang : a. ...", then the next entries under it (hanging)."""
    marks = ([chr(ord("a") + i) + "." for i in range(len(entries))] if marker == "a"
             else [f"{i + 1}." for i in range(len(entries))])
    out = []
    for i, (m, text) in enumerate(zip(marks, entries, strict=True)):
        out.append(f"{label if i == 0 else ''}\t{':' if i == 0 else ''}\t{m} {text}")
    return out


def decree_head(kop: list[str], issuer: str, number: str, title: str) -> list[str]:
    return [*kop, "", f"# KEPUTUSAN {issuer}", f"# NOMOR {number}", "", "# TENTANG",
            f"# {title}", "", f"# {issuer},", ""]


def deciding(issuer: str, title: str, dicta: Sequence[str]) -> list[str]:
    out = ["", "# MEMUTUSKAN:", f"Menetapkan\t:\tKEPUTUSAN {issuer} TENTANG {title}."]
    out += [f"{ORDINAL[i]}\t:\t{text}" for i, text in enumerate(dicta)]
    return out


def signature(date: str, office: str, name: str, place: str = "Jakarta") -> list[str]:
    return ["", f"> Ditetapkan di {place}", f"> pada tanggal {date}", f"> {office},", "",
            "> ttd.", "", f"> {name}"]


def signed(date_line: str, office: str, name: str, nip: str | None = None) -> list[str]:
    out = ["", f"> {date_line}", f"> {office}", "", "> ttd.", "", f"> {name}"]
    if nip:
        out.append(f"> NIP {nip}")
    return out


def lampiran_head(issuer: str, number: str, title: str, roman: str = "") -> list[str]:
    return [f"> LAMPIRAN {roman}".rstrip(), f"> KEPUTUSAN {issuer}", f"> NOMOR {number}",
            "> TENTANG", f"> {title}", ""]


def cover(title: Sequence[str], when: str, *, extra: Sequence[str] = (),
          unit: str = UNIT_UP) -> str:
    lines = ["", "", "", "", "", *[f"# {t}" for t in title], "", *extra]
    lines += [""] * (22 - len(extra))
    lines += [f"# {unit}", SETKAB, "", f"# {when}"]
    return "\n".join(lines)


class Layout:
    """Pages and tables of one text PDF, assembled in order."""

    def __init__(self, font_size: float = 11) -> None:
        self.pages: list[str] = []
        self.tables: dict[int, Table] = {}
        self.font_size = font_size

    def page(self, text: str | Sequence[str], table: Table | None = None) -> Layout:
        """One page as given (with its table, placed at {{table}} or after the text)."""
        if table is not None:
            self.tables[len(self.pages)] = table
        self.pages.append(text if isinstance(text, str) else "\n".join(text))
        return self

    def flow(self, lines: Sequence[str]) -> Layout:
        """Lines flowed onto as many new pages as they need."""
        self.pages += paginate(lines, font_size=self.font_size)
        return self

    def pdf(self, title: str, *, page_numbers: bool = True) -> Pdf:
        return Pdf(self.pages, tables=self.tables, title=title, page_numbers=page_numbers,
                   font_size=self.font_size)


# --- 1. Manajemen Perubahan ------------------------------------------------------------------

TIM_NO = "KEP-3/DKK/01/2021"
TIM_TITLE = ("TIM KERJA PEMBANGUNAN ZONA INTEGRITAS MENUJU WILAYAH BIROKRASI BERSIH DAN MELAYANI "
             f"DI LINGKUNGAN {UNIT_UP} TAHUN 2021")

TIM_MEMBERS: Table = [
    ["No", "Nama", "Jabatan", "Kedudukan dalam Tim"],
    ["1", "Dr. Ratna Kusumawardani, S.H., M.Si.", DEPUTI, "Penanggung Jawab"],
    ["2", "Yudhi Pratama Putra, S.Sos., M.A.P.", "Asisten Deputi Bidang Persidangan Kabinet",
     "Ketua"],
    ["3", "Maria Christina Simanjuntak, S.Psi., M.M.", "Kepala Bagian Tata Usaha", "Sekretaris"],
    ["4", "Wulan Sari Dewi, S.E., M.Ak.", "Asisten Deputi Bidang Naskah dan Risalah",
     "Koordinator Pokja Manajemen Perubahan"],
    ["5", "Nurul Aini Rahmawati, S.Sos.", "Analis Kebijakan Ahli Pertama",
     "Anggota Pokja Manajemen Perubahan"],
    ["6", "Andi Muhammad Ikhsan, S.H., M.H.", "Analis Hukum Ahli Muda",
     "Koordinator Pokja Penataan Tatalaksana"],
    ["7", "Rizal Fahmi Hidayat, S.Kom., M.T.", "Pranata Komputer Ahli Muda",
     "Anggota Pokja Penataan Tatalaksana"],
    ["8", "Dimas Aryo Baskoro, S.AP.", "Analis SDM Aparatur Ahli Muda",
     "Koordinator Pokja Penataan Sistem Manajemen SDM"],
    ["9", "Putri Ayu Lestari, S.Psi.", "Analis SDM Aparatur Ahli Pertama",
     "Anggota Pokja Penataan Sistem Manajemen SDM"],
    ["10", "Teguh Santoso, S.IP., M.Si.",
     "Asisten Deputi Bidang Hubungan Kelembagaan dan Informasi",
     "Koordinator Pokja Penguatan Akuntabilitas Kinerja"],
    ["11", "Hendrik Sitompul, S.E.", "Analis Anggaran Ahli Muda",
     "Anggota Pokja Penguatan Akuntabilitas Kinerja"],
    ["12", "Anindita Puspitasari, S.H.", "Analis Hukum Ahli Pertama",
     "Koordinator Pokja Penguatan Pengawasan"],
    ["13", "Fajar Ramadhan, A.Md.", "Pengadministrasi Umum", "Anggota Pokja Penguatan Pengawasan"],
    ["14", "I Made Wirawan, S.T.", "Pranata Komputer Ahli Pertama",
     "Koordinator Pokja Peningkatan Kualitas Pelayanan Publik"],
    ["15", "Larasati Widyaningrum, S.Kom.", "Pranata Humas Ahli Pertama",
     "Anggota Pokja Peningkatan Kualitas Pelayanan Publik"],
]


def sk_tim() -> Pdf:
    page1 = [
        *decree_head(KOP, DEPUTI_UP, TIM_NO, TIM_TITLE),
        *items("Menimbang", [
            (f"bahwa {UNIT} telah memperoleh predikat Wilayah Bebas dari Korupsi pada tahun 2020 "
             "dan diusulkan untuk memperoleh predikat Wilayah Birokrasi Bersih dan Melayani;"),
            ("bahwa untuk melaksanakan pembangunan Zona Integritas sebagaimana dimaksud dalam "
             "huruf a, perlu membentuk tim kerja yang merencanakan, melaksanakan, memantau, dan "
             "melaporkan pembangunan Zona Integritas;"),
            ("bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu "
             f"menetapkan Keputusan {DEPUTI} tentang Tim Kerja Pembangunan Zona Integritas;"),
        ]),
        *items("Mengingat", [UU_KEMENTERIAN, PERPRES_SETKAB, PERMEN_ZI], marker="1"),
        *deciding(DEPUTI_UP, TIM_TITLE, [
            ("Membentuk Tim Kerja dengan susunan keanggotaan sebagaimana tercantum dalam Lampiran "
             "yang merupakan bagian tidak terpisahkan dari Keputusan ini."),
            ("Tim Kerja bertugas menyusun rencana kerja, melaksanakan program pada enam area "
             "perubahan, melakukan monitoring dan evaluasi secara berkala, dan melaporkan hasilnya "
             "kepada Deputi."),
            ("Biaya pelaksanaan Keputusan ini dibebankan pada DIPA Sekretariat Kabinet Tahun "
             "Anggaran 2021."),
            "Keputusan ini mulai berlaku pada tanggal ditetapkan sampai dengan 31 Desember 2021.",
        ]),
        *signature("11 Januari 2021", DEPUTI_UP, KEPALA),
    ]
    page2 = [
        *lampiran_head(DEPUTI_UP, TIM_NO, TIM_TITLE),
        "# SUSUNAN KEANGGOTAAN TIM KERJA PEMBANGUNAN ZONA INTEGRITAS",
        "{{table}}",
        f"> {DEPUTI_UP},",
        "> ttd.",
        f"> {KEPALA}",
    ]
    return Layout(font_size=10).page(page1).page(page2, TIM_MEMBERS).pdf(
        "SK Tim Kerja Pembangunan ZI DKK 2021")


RK_TABLE: Table = [
    ["No", "Kegiatan", "Output", "Target Waktu", "Penanggung Jawab"],
    ["1", "Penyusunan SK Tim Kerja Pembangunan ZI", "SK Tim Kerja", "Januari 2021",
     "Sekretaris Tim"],
    ["2", "Sosialisasi pembangunan ZI menuju WBBM kepada seluruh pegawai", "Laporan sosialisasi",
     "Februari 2021", "Pokja Manajemen Perubahan"],
    ["3", "Penetapan dan pembekalan agen perubahan", "SK Agen Perubahan", "Maret 2021",
     "Pokja Manajemen Perubahan"],
    ["4", "Internalisasi budaya kerja dan nilai organisasi", "Laporan internalisasi",
     "Triwulan III 2021", "Pokja Manajemen Perubahan"],
    ["5", "Reviu dan penerapan SOP persuratan elektronik (e-Office)", "SOP e-Office",
     "Januari 2021", "Pokja Penataan Tatalaksana"],
    ["6", "Pemetaan kompetensi dan rencana pengembangan pegawai", "Dokumen rencana pengembangan",
     "April 2021", "Pokja Penataan Sistem Manajemen SDM"],
    ["7", "Penyusunan Perjanjian Kinerja dan pemantauan capaian kinerja triwulanan",
     "PK 2021 dan laporan capaian", "Januari - Desember 2021",
     "Pokja Penguatan Akuntabilitas Kinerja"],
    ["8", "Kampanye pengendalian gratifikasi dan penanganan benturan kepentingan",
     "Materi kampanye dan laporan", "Maret - Oktober 2021", "Pokja Penguatan Pengawasan"],
    ["9", "Penetapan dan publikasi Standar Pelayanan serta Maklumat Pelayanan",
     "SK Standar Pelayanan, Maklumat", "Februari 2021",
     "Pokja Peningkatan Kualitas Pelayanan Publik"],
    ["10", "Survei Kepuasan Masyarakat dan tindak lanjut hasilnya", "Laporan SKM",
     "Juli - Desember 2021", "Pokja Peningkatan Kualitas Pelayanan Publik"],
    ["11", "Monitoring dan evaluasi pembangunan ZI triwulanan", "Laporan monev", "Setiap triwulan",
     "Ketua Tim"],
]


def rencana_kerja() -> Docx:
    paragraphs = [
        *KOP,
        "# RENCANA KERJA",
        "# PEMBANGUNAN ZONA INTEGRITAS MENUJU WILAYAH BIROKRASI BERSIH DAN MELAYANI",
        f"# {UNIT_UP}",
        "# TAHUN 2021",
        "",
        "A. Latar Belakang",
        (f"Pada tahun 2020 {UNIT} memperoleh predikat Wilayah Bebas dari Korupsi (WBK). Pada tahun "
         "2021 Kedeputian menargetkan predikat Wilayah Birokrasi Bersih dan Melayani (WBBM) dengan "
         "memperkuat enam area perubahan dan hasil yang dirasakan langsung oleh pengguna layanan "
         "dukungan kerja kabinet."),
        "B. Tujuan",
        ("Rencana kerja ini menjadi acuan Tim Kerja dalam melaksanakan, memantau, dan melaporkan "
         "kegiatan pembangunan Zona Integritas selama tahun 2021."),
        "C. Target Prioritas",
        "1. Nilai Indeks Kepuasan Masyarakat atas layanan Kedeputian paling rendah 85,00;",
        "2. Seluruh layanan persidangan kabinet memiliki Standar Pelayanan yang dimaklumatkan;",
        "3. Seluruh surat dinas diproses melalui aplikasi e-Office;",
        "4. Tidak terdapat pegawai yang dijatuhi hukuman disiplin;",
        ("5. Seluruh rekomendasi hasil monitoring dan evaluasi ditindaklanjuti dalam triwulan "
         "berikutnya."),
        "D. Rencana Kegiatan",
        "{{table}}",
        "E. Penutup",
        ("Rencana kerja ini dievaluasi setiap triwulan dan dapat diperbarui berdasarkan hasil "
         "monitoring dan evaluasi."),
        "",
        "> Jakarta, 18 Januari 2021",
        f"> {DEPUTI},",
        "",
        "> ttd.",
        "",
        f"> {KEPALA}",
    ]
    return Docx(paragraphs, tables=[RK_TABLE], header=f"{UNIT} - Sekretariat Kabinet",
                footer="Rencana Kerja Pembangunan ZI Menuju WBBM Tahun 2021",
                title="Rencana Kerja ZI 2021",
                created=datetime(2021, 1, 18, 9, 30))


AGEN_NO = "7/Adm/III/2021"
AGEN_TITLE = f"PENETAPAN AGEN PERUBAHAN DI LINGKUNGAN {UNIT_UP}"
AGEN_TABLE: Table = [
    ["No", "Nama", "NIP", "Jabatan"],
    ["1", "Nurul Aini Rahmawati, S.Sos.", "19920611 201801 2 003", "Analis Kebijakan Ahli Pertama"],
    ["2", "Rizal Fahmi Hidayat, S.Kom., M.T.", "19860214 201101 1 005",
     "Pranata Komputer Ahli Muda"],
    ["3", "Putri Ayu Lestari, S.Psi.", "19940902 201903 2 006", "Analis SDM Aparatur Ahli Pertama"],
    ["4", "Larasati Widyaningrum, S.Kom.", "19950127 202001 2 002", "Pranata Humas Ahli Pertama"],
    ["5", "Fajar Ramadhan, A.Md.", "19930318 201503 1 004", "Pengadministrasi Umum"],
]


def sk_agen_scan() -> Scan:
    page1 = [
        SETKAB, "---", "",
        f"# KEPUTUSAN {DEPUTI_ADM_UP}", f"# NOMOR {AGEN_NO}", "# TENTANG", f"# {AGEN_TITLE}", "",
        f"# {DEPUTI_ADM_UP},",
        *items("Menimbang", [
            (f"bahwa dalam rangka pembangunan Zona Integritas di {UNIT}, perlu ditetapkan pegawai "
             "yang menjadi teladan dan penggerak perubahan;"),
            ("bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan "
             "Keputusan tentang Penetapan Agen Perubahan;"),
        ]),
        *items("Mengingat", [
            "Undang-Undang Nomor 39 Tahun 2008 tentang Kementerian Negara;",
            "Peraturan Presiden Nomor 55 Tahun 2020 tentang Sekretariat Kabinet;",
            ("Peraturan Menteri PANRB Nomor 27 Tahun 2014 tentang Pedoman Pembangunan Agen "
             "Perubahan di Instansi Pemerintah;"),
        ], marker="1"),
        "# MEMUTUSKAN:",
        f"Menetapkan\t:\tKEPUTUSAN {DEPUTI_ADM_UP} TENTANG {AGEN_TITLE}.",
        ("KESATU\t:\tMenetapkan pegawai sebagaimana tercantum dalam Lampiran sebagai Agen "
         f"Perubahan di {UNIT}."),
        ("KEDUA\t:\tAgen Perubahan bertugas menjadi teladan, penggerak, dan pemantau perubahan "
         "serta melaporkan kegiatannya setiap triwulan."),
        "KETIGA\t:\tKeputusan ini mulai berlaku pada tanggal ditetapkan.",
        *signature("15 Maret 2021", DEPUTI_ADM_UP, "Agus Priyambodo"),
    ]
    page2 = [
        *lampiran_head(DEPUTI_ADM_UP, AGEN_NO, AGEN_TITLE),
        "# DAFTAR AGEN PERUBAHAN",
        f"# {UNIT_UP}",
        "{{table}}",
        f"> {DEPUTI_ADM_UP},",
        "> ttd.",
        "> Agus Priyambodo",
    ]
    return Scan(["\n".join(page1), "\n".join(page2)], dpi=200, noise=True, tables={1: AGEN_TABLE})


def monev(tw: str, period: str, signed_on: str, number: str, rows: Table,
          recommendations: Sequence[str]) -> Pdf:
    title = ["LAPORAN", "MONITORING DAN EVALUASI", "PEMBANGUNAN ZONA INTEGRITAS",
             "MENUJU WILAYAH BIROKRASI BERSIH DAN MELAYANI", f"TRIWULAN {tw} TAHUN 2021"]
    month = signed_on.split(" ", 1)[1]
    bab1 = [
        "# BAB I", "# PENDAHULUAN", "",
        "A. Latar Belakang",
        (f"Tim Kerja Pembangunan Zona Integritas {UNIT} ditetapkan dengan Keputusan {DEPUTI} "
         f"Nomor {TIM_NO}. Sesuai rencana kerja tahun 2021, Tim Kerja melakukan monitoring dan "
         f"evaluasi setiap triwulan. Laporan ini memuat hasil monitoring dan evaluasi Triwulan "
         f"{tw} ({period})."),
        "",
        "B. Maksud dan Tujuan",
        ("Monitoring dan evaluasi dimaksudkan untuk mengetahui kemajuan pelaksanaan rencana kerja "
         "pada setiap area perubahan, mengidentifikasi kendala, dan merumuskan rekomendasi "
         "perbaikan yang dibahas bersama pimpinan."),
        "",
        "C. Ruang Lingkup",
        ("Monitoring dan evaluasi mencakup enam area perubahan: manajemen perubahan, penataan "
         "tatalaksana, penataan sistem manajemen SDM aparatur, penguatan akuntabilitas kinerja, "
         "penguatan pengawasan, dan peningkatan kualitas pelayanan publik."),
        "",
        "D. Metode",
        ("Data dikumpulkan dari laporan koordinator kelompok kerja, reviu dokumen, dan rapat "
         f"evaluasi yang dipimpin oleh {DEPUTI} pada akhir triwulan."),
    ]
    bab2 = ["# BAB II", "# HASIL MONITORING DAN EVALUASI", "",
            (f"Capaian pelaksanaan rencana kerja pada Triwulan {tw} Tahun 2021 adalah sebagai "
             "berikut:"),
            "{{table}}"]
    bab3 = ["# BAB III", "# KESIMPULAN DAN REKOMENDASI", "",
            "A. Kesimpulan",
            (f"Secara umum pelaksanaan rencana kerja pada Triwulan {tw} berjalan sesuai jadwal. "
             "Kegiatan yang belum selesai dilanjutkan pada triwulan berikutnya."),
            "",
            "B. Rekomendasi",
            *[f"{i}. {r}" for i, r in enumerate(recommendations, 1)],
            "",
            f"> Jakarta, {signed_on}",
            "> Ketua Tim Kerja Pembangunan Zona Integritas,", "", "> ttd.", "", f"> {KETUA_TIM}",
            "",
            "Mengetahui,",
            f"{DEPUTI},", "", "ttd.", "", KEPALA_FULL]
    return (Layout()
            .page(cover(title, f"Jakarta, {month}", extra=[f"# Nomor: {number}"]))
            .flow(bab1).page(bab2, rows).flow(bab3)
            .pdf(f"Laporan Monev ZI Triwulan {tw} 2021"))


MONEV_HEADER = ["No", "Area Perubahan", "Kegiatan", "Realisasi", "Capaian", "Keterangan"]
MONEV_TW1: Table = [
    MONEV_HEADER,
    ["1", "Manajemen Perubahan",
     "SK Tim Kerja, rencana kerja, sosialisasi, penetapan agen perubahan",
     "4 dari 4 kegiatan", "100%", "Agen perubahan ditetapkan 15 Maret 2021"],
    ["2", "Penataan Tatalaksana", "Reviu SOP e-Office", "SOP ditetapkan", "100%", "-"],
    ["3", "Penataan Sistem Manajemen SDM", "Pemetaan kompetensi pegawai", "Pengumpulan data",
     "40%", "Dilanjutkan Triwulan II"],
    ["4", "Penguatan Akuntabilitas", "Perjanjian Kinerja 2021; LKj 2020",
     "Ditandatangani; disampaikan",
     "100%", "-"],
    ["5", "Penguatan Pengawasan", "Kampanye pengendalian gratifikasi", "Poster dan media sosial",
     "50%", "-"],
    ["6", "Peningkatan Kualitas Pelayanan Publik", "Standar Pelayanan dan Maklumat Pelayanan",
     "Ditetapkan 8 Februari 2021", "100%", "Publikasi di laman resmi"],
]
MONEV_TW2: Table = [
    MONEV_HEADER,
    ["1", "Manajemen Perubahan", "Pembekalan agen perubahan; rencana internalisasi budaya kerja",
     "Pembekalan selesai", "75%", "Internalisasi Triwulan III"],
    ["2", "Penataan Tatalaksana", "Monitoring penerapan e-Office", "96% surat melalui e-Office",
     "96%", "Surat fisik dari luar Setkab"],
    ["3", "Penataan Sistem Manajemen SDM", "Pemetaan kompetensi dan rencana pengembangan",
     "Dokumen final", "100%", "-"],
    ["4", "Penguatan Akuntabilitas", "Pemantauan capaian kinerja Triwulan II",
     "Rapat 12 Juli 2021", "100%", "-"],
    ["5", "Penguatan Pengawasan", "Identifikasi benturan kepentingan", "Draf peta risiko", "60%",
     "Menunggu reviu Inspektorat"],
    ["6", "Peningkatan Kualitas Pelayanan Publik", "Persiapan Survei Kepuasan Masyarakat",
     "Kuesioner siap", "80%", "Survei mulai Juli 2021"],
]


def tindak_lanjut() -> Pdf:
    rows: Table = [
        ["No", "Rekomendasi Hasil Monev", "Tindak Lanjut", "Status", "Penanggung Jawab"],
        ["1", "Percepat pemetaan kompetensi pegawai", ("Pemetaan selesai dan rencana pengembangan "
         "ditetapkan Juni 2021"), "Selesai", "Pokja SDM"],
        ["2", "Tingkatkan persentase surat melalui e-Office",
         "Surat fisik dipindai dan diregistrasi di e-Office oleh petugas Tata Usaha", "Selesai",
         "Pokja Tatalaksana"],
        ["3", "Lengkapi peta risiko benturan kepentingan", ("Reviu bersama Inspektorat pada 5 "
         "Agustus 2021"), "Selesai", "Pokja Pengawasan"],
        ["4", "Perluas publikasi Standar Pelayanan", ("Standar Pelayanan dipasang di ruang layanan "
         "dan laman resmi"), "Selesai", "Pokja Pelayanan Publik"],
        ["5", "Jadwalkan internalisasi nilai organisasi", ("Internalisasi BerAKHLAK dijadwalkan "
         "September 2021"), "Dalam proses", "Pokja Manajemen Perubahan"],
    ]
    title = ["LAPORAN TINDAK LANJUT", "HASIL MONITORING DAN EVALUASI",
             "PEMBANGUNAN ZONA INTEGRITAS", "MENUJU WILAYAH BIROKRASI BERSIH DAN MELAYANI",
             "TAHUN 2021"]
    body = ["# BAB I", "# PENDAHULUAN", "",
            ("Laporan ini menyajikan tindak lanjut atas rekomendasi hasil monitoring dan evaluasi "
             f"pembangunan Zona Integritas {UNIT} Triwulan I dan Triwulan II Tahun 2021. Setiap "
             "rekomendasi dibahas dalam rapat Tim Kerja yang dipimpin oleh Deputi dan ditetapkan "
             "penanggung jawab serta batas waktunya."),
            "", "# BAB II", "# TINDAK LANJUT REKOMENDASI", "", "{{table}}", "",
            ("Empat dari lima rekomendasi telah selesai ditindaklanjuti; satu rekomendasi dalam "
             "proses dan dipantau pada monitoring Triwulan III."),
            *signed("Jakarta, 20 Agustus 2021", "Ketua Tim Kerja Pembangunan Zona Integritas,",
                    KETUA_TIM)]
    return (Layout().page(cover(title, "Jakarta, Agustus 2021")).page(body, rows)
            .pdf("Laporan Tindak Lanjut Hasil Monev ZI 2021"))


def sosialisasi() -> Docx:
    media: Table = [
        ["No", "Media", "Bentuk", "Frekuensi"],
        ["1", "Rapat pleno pegawai", "Paparan dan diskusi", "Satu kali (4 Februari 2021)"],
        ["2", "Laman resmi dan media sosial", "Artikel dan infografis ZI", "Setiap bulan"],
        ["3", "Grup pesan pegawai", "Pesan berantai dan poster digital", "Setiap pekan"],
        ["4", "Banner dan spanduk", "Banner di lobi dan ruang rapat", "Terpasang sepanjang tahun"],
    ]
    paragraphs = [
        *KOP,
        "# LAPORAN PELAKSANAAN SOSIALISASI",
        "# PEMBANGUNAN ZONA INTEGRITAS MENUJU WILAYAH BIROKRASI BERSIH DAN MELAYANI",
        f"# {UNIT_UP}",
        "# TAHUN 2021",
        "",
        "A. Dasar",
        f"Rencana Kerja Pembangunan Zona Integritas {UNIT} Tahun 2021.",
        "B. Waktu dan Tempat",
        "Hari/Tanggal\t:\tKamis, 4 Februari 2021",
        "Waktu\t:\tPukul 09.00 s.d. 12.00 WIB",
        "Tempat\t:\tRuang Rapat Utama Gedung III Sekretariat Kabinet dan secara daring",
        "C. Peserta",
        f"Seluruh pegawai {UNIT} sebanyak 86 orang, dipimpin langsung oleh {DEPUTI}.",
        "D. Materi",
        "1. Arah pembangunan Zona Integritas menuju WBBM dan capaian WBK tahun 2020;",
        "2. Rencana kerja dan target prioritas tahun 2021;",
        "3. Peran pegawai dan agen perubahan dalam enam area perubahan.",
        "E. Media Sosialisasi",
        "{{table}}",
        "F. Hasil",
        ("Pegawai memahami target WBBM tahun 2021 dan menyampaikan 14 usulan perbaikan layanan "
         "yang dicatat dalam notulen dan dibahas Tim Kerja."),
        "G. Penutup",
        "Demikian laporan ini disampaikan sebagai bahan evaluasi pembangunan Zona Integritas.",
        "",
        "> Jakarta, 8 Februari 2021",
        "> Koordinator Pokja Manajemen Perubahan,",
        "",
        "> ttd.",
        "",
        "> Wulan Sari Dewi, S.E., M.Ak.",
    ]
    return Docx(paragraphs, tables=[media], header="Sekretariat Kabinet Republik Indonesia",
                footer="Laporan Sosialisasi ZI 2021", title="Laporan Sosialisasi ZI 2021",
                created=datetime(2021, 2, 8, 14, 5))


def internalisasi() -> Pdf:
    rows: Table = [
        ["No", "Kegiatan", "Waktu", "Peserta"],
        ["1", "Apel pagi dan pembacaan nilai dasar BerAKHLAK", ("Setiap Senin, Agustus - "
         "Desember 2021"), "Seluruh pegawai"],
        ["2", ("Diskusi kelompok: penerapan nilai Berorientasi Pelayanan dalam dukungan sidang "
         "kabinet"), "15 September 2021", "52 pegawai"],
        ["3", "Lokakarya budaya kerja dan penyusunan janji kinerja unit", "22 September 2021",
         "Pejabat struktural dan agen perubahan"],
        ["4", "Pemilihan Pegawai Teladan BerAKHLAK triwulanan", "September dan Desember 2021",
         "Seluruh pegawai"],
        ["5", "Rekap kehadiran dan disiplin pegawai", "Bulanan", "Bagian Tata Usaha"],
    ]
    title = ["LAPORAN", "INTERNALISASI NILAI-NILAI DASAR ASN BERAKHLAK", "DAN BUDAYA KERJA",
             "TAHUN 2021"]
    body = [
        "# BAB I", "# PENDAHULUAN", "",
        "A. Latar Belakang",
        ("Core values ASN BerAKHLAK (Berorientasi Pelayanan, Akuntabel, Kompeten, Harmonis, Loyal, "
         "Adaptif, Kolaboratif) diluncurkan pada 27 Juli 2021. Pembangunan budaya kerja dan pola "
         f"pikir merupakan bagian dari area manajemen perubahan di {UNIT}."),
        "",
        "B. Tujuan",
        ("Internalisasi bertujuan agar setiap pegawai memahami dan menerapkan nilai-nilai dasar "
         "ASN dalam pelaksanaan tugas dukungan kerja kabinet sehari-hari."),
        "",
        "# BAB II", "# PELAKSANAAN", "",
        "Kegiatan internalisasi yang telah dilaksanakan:",
        "{{table}}",
        "",
        "# BAB III", "# PENUTUP", "",
        ("Internalisasi dilanjutkan secara berkala dan dievaluasi melalui survei budaya kerja "
         "pada akhir tahun."),
        *signed("Jakarta, 30 September 2021", "Koordinator Pokja Manajemen Perubahan,",
                "Wulan Sari Dewi, S.E., M.Ak."),
    ]
    return (Layout().page(cover(title, "Jakarta, September 2021")).page(body, rows)
            .pdf("Laporan Internalisasi Budaya Kerja 2021"))


ROLE_NO = "4/DKK/III/2020"
ROLE_TITLE = ("PENETAPAN PIMPINAN SEBAGAI ROLE MODEL DALAM PEMBANGUNAN ZONA INTEGRITAS "
              f"DI LINGKUNGAN {UNIT_UP}")


def sk_role_model_2020() -> Pdf:
    """Last year's decree (no year in its title), filed under a 2021 file name."""
    page1 = [
        *decree_head(KOP, DEPUTI_UP, ROLE_NO, ROLE_TITLE),
        *items("Menimbang", [
            ("bahwa dalam rangka pembangunan Zona Integritas menuju Wilayah Bebas dari Korupsi, "
             "pimpinan harus menjadi teladan (role model) bagi pegawai dalam integritas, disiplin, "
             "dan pelayanan;"),
            ("bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan "
             f"Keputusan {DEPUTI} tentang Penetapan Pimpinan sebagai Role Model;"),
        ]),
        *items("Mengingat", [
            UU_KEMENTERIAN,
            ("Peraturan Presiden Nomor 25 Tahun 2015 tentang Sekretariat Kabinet (Lembaran Negara "
             "Republik Indonesia Tahun 2015 Nomor 40);"),
            PERMEN_ZI,
        ], marker="1"),
        *deciding(DEPUTI_UP, ROLE_TITLE, [
            ("Menetapkan pimpinan sebagaimana tercantum dalam Lampiran sebagai Role Model dalam "
             f"pembangunan Zona Integritas di {UNIT}."),
            ("Role Model sebagaimana dimaksud dalam Diktum KESATU memberikan keteladanan dalam "
             "kehadiran, kepatuhan, pelayanan, dan penolakan gratifikasi, serta memimpin apel dan "
             "rapat pembangunan Zona Integritas."),
            ("Keputusan ini mulai berlaku pada tanggal ditetapkan sampai dengan 31 Desember "
             "2020."),
        ]),
        *signature("2 Maret 2020", DEPUTI_UP, KEPALA),
    ]
    rows: Table = [
        ["No", "Nama", "Jabatan"],
        ["1", KEPALA_FULL, DEPUTI],
        ["2", "Yudhi Pratama Putra, S.Sos., M.A.P.", "Asisten Deputi Bidang Persidangan Kabinet"],
        ["3", "Wulan Sari Dewi, S.E., M.Ak.", "Asisten Deputi Bidang Naskah dan Risalah"],
        ["4", "Teguh Santoso, S.IP., M.Si.",
         "Asisten Deputi Bidang Hubungan Kelembagaan dan Informasi"],
        ["5", "Maria Christina Simanjuntak, S.Psi., M.M.", "Kepala Bagian Tata Usaha"],
    ]
    page2 = [*lampiran_head(DEPUTI_UP, ROLE_NO, ROLE_TITLE), "# DAFTAR PIMPINAN ROLE MODEL",
             "{{table}}", f"> {DEPUTI_UP},", "> ttd.", f"> {KEPALA}"]
    return Layout(font_size=10.5).page(page1).page(page2, rows).pdf("SK Role Model")


PAKTA_POINTS = [
    ("berperan secara proaktif dalam upaya pencegahan dan pemberantasan korupsi, kolusi, dan "
     "nepotisme serta tidak melibatkan diri dalam perbuatan tercela;"),
    ("tidak meminta atau menerima pemberian secara langsung atau tidak langsung berupa suap, "
     "hadiah, bantuan, atau bentuk lainnya yang tidak sesuai dengan ketentuan yang berlaku;"),
    "bersikap transparan, jujur, objektif, dan akuntabel dalam melaksanakan tugas;",
    "menghindari pertentangan kepentingan (conflict of interest) dalam melaksanakan tugas;",
    ("memberi contoh dalam kepatuhan terhadap peraturan perundang-undangan dalam melaksanakan "
     "tugas, terutama kepada pegawai yang berada di bawah pengawasan saya dan sesama pegawai di "
     "lingkungan kerja saya secara konsisten;"),
    ("akan menyampaikan informasi penyimpangan integritas di Kedeputian Bidang Administrasi serta "
     "turut menjaga kerahasiaan saksi atas pelanggaran peraturan yang dilaporkannya;"),
    "bila saya melanggar hal-hal tersebut di atas, saya siap menghadapi konsekuensinya.",
]
PAKTA_SIGNERS = [
    ("Sri Wahyuningsih, S.Sos.", "19820417 200801 2 004", "Analis Kebijakan Ahli Muda"),
    ("Gilang Permana, S.H.", "19890705 201402 1 001", "Analis Hukum Ahli Pertama"),
    ("Yohana Kristiani, A.Md.", "19910223 201503 2 002", "Pengadministrasi Keuangan"),
    ("Rahmat Nugraha, S.T.", "19870830 201101 1 003", "Pranata Komputer Ahli Muda"),
    ("Eka Fitriani, S.E.", "19930114 201803 2 001", "Analis Anggaran Ahli Pertama"),
]


def pakta_integritas_other_unit() -> Pdf:
    """Copied from the Kedeputian Bidang Administrasi's template: names that unit throughout."""
    layout = Layout()
    for name, nip, job in PAKTA_SIGNERS[:2]:
        layout.page([
            *KOP_ADM, "", "# PAKTA INTEGRITAS", "",
            "Saya yang bertanda tangan di bawah ini:",
            f"Nama\t:\t{name}",
            f"NIP\t:\t{nip}",
            f"Jabatan\t:\t{job}",
            "Unit Kerja\t:\tKedeputian Bidang Administrasi, Sekretariat Kabinet",
            "",
            ("dalam rangka pembangunan Zona Integritas menuju Wilayah Bebas dari Korupsi dan "
             "Wilayah Birokrasi Bersih dan Melayani di lingkungan Kedeputian Bidang Administrasi, "
             "dengan ini menyatakan bahwa saya:"),
            *[f"{i}. {p}" for i, p in enumerate(PAKTA_POINTS, 1)],
            *signed("Jakarta, 4 Januari 2021", "Yang membuat pernyataan,", name, nip),
        ])
    rows: Table = [["No", "Nama", "NIP", "Jabatan", "Tanggal"]]
    rows += [[str(i), n, nip, j, "4 Januari 2021"]
             for i, (n, nip, j) in enumerate(PAKTA_SIGNERS, 1)]
    layout.page([*KOP_ADM, "", "# REKAPITULASI PENANDATANGANAN PAKTA INTEGRITAS",
                 "# PEGAWAI KEDEPUTIAN BIDANG ADMINISTRASI TAHUN 2021", "", "{{table}}",
                 ("Seluruh pakta integritas asli disimpan oleh Bagian Tata Usaha Kedeputian Bidang "
                  "Administrasi."),
                 *signed("Jakarta, 8 Januari 2021", "Kepala Bagian Tata Usaha,",
                         "Sri Wahyuningsih, S.Sos.")], rows)
    return layout.pdf("Pakta Integritas Pegawai 2021", page_numbers=False)


def notulen_truncated() -> Truncated:
    page = "\n".join([
        *KOP, "", "# NOTULEN RAPAT",
        "# PENENTUAN ANGGOTA TIM KERJA PEMBANGUNAN ZONA INTEGRITAS", "",
        "Hari/Tanggal\t:\tRabu, 6 Januari 2021",
        "Waktu\t:\tPukul 13.30 s.d. 15.30 WIB",
        "Tempat\t:\tRuang Rapat Deputi",
        f"Pimpinan Rapat\t:\t{DEPUTI}",
        "Peserta\t:\tPara Asisten Deputi, Kepala Bagian Tata Usaha, dan perwakilan pegawai",
        "",
        ("1. Calon anggota tim diusulkan oleh setiap Asisten Deputi berdasarkan kriteria "
         "kompetensi, integritas, dan rekam jejak kinerja."),
        "2. Rapat menilai calon dengan kertas kerja penilaian dan menyepakati 15 anggota tim.",
        ("3. Hasil rapat menjadi dasar Keputusan Deputi tentang Tim Kerja Pembangunan Zona "
         "Integritas Tahun 2021."),
        *signed("Jakarta, 6 Januari 2021", "Notulis,", "Fajar Ramadhan, A.Md."),
    ])
    return Truncated([page, page.replace("NOTULEN RAPAT", "DAFTAR HADIR")], keep=0.45)


# --- 2. Penataan Tatalaksana -----------------------------------------------------------------


def sop_eoffice() -> Pdf:
    identity: Table = [
        ["Unsur", "Keterangan"],
        ["Nomor SOP", "SOP-03/DKK/I/2021"],
        ["Tanggal Pembuatan", "4 Januari 2021"],
        ["Tanggal Revisi", "-"],
        ["Tanggal Efektif", "1 Februari 2021"],
        ["Disahkan oleh", f"{DEPUTI}\nttd.\n{KEPALA}"],
        ["Nama SOP", "Persuratan Elektronik (e-Office)"],
        ["Dasar Hukum", ("1. Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan "
         "Berbasis Elektronik;\n2. Peraturan Menteri PANRB Nomor 6 Tahun 2011 tentang Pedoman "
         "Umum Tata Naskah Dinas Elektronik di Lingkungan Instansi Pemerintah.")],
        ["Kualifikasi Pelaksana", ("1. Memahami tata naskah dinas;\n2. Mampu mengoperasikan "
         "aplikasi e-Office.")],
        ["Keterkaitan", "SOP Pengelolaan Arsip Dinamis; SOP Penyusunan Naskah Dinas"],
        ["Peralatan/Perlengkapan", ("1. Komputer terhubung jaringan;\n2. Aplikasi e-Office "
         "Sekretariat Kabinet;\n3. Sertifikat elektronik untuk tanda tangan elektronik.")],
        ["Peringatan", ("Jika SOP tidak dilaksanakan, surat tidak tercatat dan tindak lanjut "
         "terlambat.")],
        ["Pencatatan dan Pendataan", ("Agenda surat elektronik dan log disposisi pada aplikasi "
         "e-Office.")],
    ]
    steps: Table = [
        ["No", "Kegiatan", "Pelaksana", "Kelengkapan", "Waktu", "Output"],
        ["1", "Menerima surat masuk melalui e-Office; memindai surat fisik",
         "Pengadministrasi Umum",
         "Surat masuk", "15 menit", "Surat teregistrasi"],
        ["2", "Memverifikasi dan mengagendakan surat", "Kepala Subbagian Tata Usaha",
         "Surat teregistrasi", "30 menit", "Nomor agenda"],
        ["3", "Meneruskan surat kepada Deputi", "Kepala Bagian Tata Usaha", ("Lembar disposisi "
         "elektronik"), "30 menit", "Surat terkirim"],
        ["4", "Memberikan disposisi", "Deputi", "Surat dan lembar disposisi", "1 hari",
         "Disposisi"],
        ["5", "Menindaklanjuti disposisi dan menyusun konsep surat", "Asisten Deputi terkait",
         "Disposisi", "2 hari", "Konsep surat"],
        ["6", "Menyetujui dan menandatangani secara elektronik", "Deputi", ("Konsep final, "
         "sertifikat elektronik"), "1 hari", "Surat bertanda tangan elektronik"],
        ["7", "Mengirimkan dan mengarsipkan surat", "Pengadministrasi Umum", "Surat final",
         "15 menit", "Surat terkirim dan terarsip"],
    ]
    title = ["STANDAR OPERASIONAL PROSEDUR", "PERSURATAN ELEKTRONIK (E-OFFICE)", "TAHUN 2021"]
    return (Layout()
            .page(cover(title, "Jakarta, Januari 2021"))
            .page([*KOP, "", "# IDENTITAS STANDAR OPERASIONAL PROSEDUR", "{{table}}"], identity)
            .page([*KOP, "", "# PROSEDUR PERSURATAN ELEKTRONIK (E-OFFICE)", "{{table}}"], steps)
            .pdf("SOP Persuratan Elektronik e-Office"))


# --- 4. Penguatan Akuntabilitas --------------------------------------------------------------

SASARAN = [
    ("Meningkatnya kualitas dukungan persidangan kabinet",
     "Persentase sidang kabinet dan rapat terbatas yang didukung tepat waktu"),
    ("Meningkatnya kualitas naskah risalah sidang kabinet",
     "Persentase risalah sidang kabinet yang diselesaikan sesuai standar waktu"),
    ("Terwujudnya tata kelola Kedeputian yang akuntabel dan melayani",
     "Indeks Kepuasan Masyarakat atas layanan Kedeputian"),
]


def renstra() -> Pdf:
    targets: Table = [["No", "Indikator Kinerja", "2020", "2021", "2022", "2023", "2024"]]
    values = [["95%", "96%", "97%", "98%", "100%"], ["90%", "92%", "94%", "95%", "95%"],
              ["82,00", "85,00", "86,00", "87,00", "88,00"]]
    targets += [[str(i), ik, *v]
                for i, ((_, ik), v) in enumerate(zip(SASARAN, values, strict=True), 1)]
    pengantar = [
        "# KATA PENGANTAR", "",
        (f"Rencana Strategis {UNIT} Tahun 2020-2024 disusun sebagai penjabaran Rencana Strategis "
         "Sekretariat Kabinet dan Rencana Pembangunan Jangka Menengah Nasional 2020-2024. Dokumen "
         "ini menjadi acuan penyusunan rencana kerja, perjanjian kinerja, dan laporan kinerja "
         "tahunan selama lima tahun."),
        *signed("Jakarta, 14 Agustus 2020", f"{DEPUTI},", KEPALA),
    ]
    bab = [
        "# BAB I", "# PENDAHULUAN", "",
        "A. Kondisi Umum",
        (f"{UNIT} memberikan dukungan teknis dan administrasi persidangan kabinet, penyusunan "
         "risalah, serta hubungan kelembagaan dan informasi kepada Sekretaris Kabinet. Pada "
         "periode 2015-2019 Kedeputian mendukung lebih dari 400 sidang kabinet dan rapat "
         "terbatas."),
        "",
        "B. Potensi dan Permasalahan",
        ("Potensi utama adalah pegawai yang berpengalaman dan dukungan aplikasi persuratan "
         "elektronik. Permasalahan yang dihadapi adalah tingginya frekuensi rapat terbatas dengan "
         "waktu persiapan yang singkat dan belum terintegrasinya data risalah."),
        "",
        "# BAB II", "# VISI, MISI, TUJUAN, DAN SASARAN STRATEGIS", "",
        ("Kedeputian mendukung visi Presiden dan Wakil Presiden: Terwujudnya Indonesia Maju yang "
         "Berdaulat, Mandiri, dan Berkepribadian berlandaskan Gotong Royong."),
        "Tujuan: terwujudnya dukungan kerja kabinet yang tepat waktu, akurat, dan akuntabel.",
        "Sasaran strategis:",
        *[f"{i}. {s};" for i, (s, _) in enumerate(SASARAN, 1)],
        "",
        "# BAB III", "# ARAH KEBIJAKAN DAN STRATEGI", "",
        "1. Digitalisasi layanan persidangan dan persuratan melalui e-Office;",
        "2. Penguatan kompetensi penyusun risalah dan analis kebijakan;",
        "3. Pembangunan Zona Integritas menuju WBK pada tahun 2020 dan WBBM pada tahun 2021.",
    ]
    target_page = ["# BAB IV", "# TARGET KINERJA DAN KERANGKA PENDANAAN", "",
                   "Target kinerja Kedeputian Tahun 2020-2024:", "{{table}}",
                   ("Kerangka pendanaan bersumber dari DIPA Sekretariat Kabinet melalui Program "
                    "Dukungan Manajemen dengan indikasi Rp17,5 miliar sampai dengan Rp20,0 miliar "
                    "per tahun."), "",
                    "# BAB V", "# PENUTUP", "",
                   ("Rencana Strategis ini dievaluasi pada pertengahan periode dan dapat "
                    "disesuaikan dengan perubahan kebijakan nasional.")]
    return (Layout()
            .page(cover(["RENCANA STRATEGIS", UNIT_UP, "TAHUN 2020-2024"], "Jakarta, Agustus 2020"))
            .flow(pengantar).flow(bab).page(target_page, targets)
            .pdf("Renstra Kedeputian Bidang Dukungan Kerja Kabinet 2020-2024"))


def perjanjian_kinerja() -> Docx:
    pk: Table = [["No", "Sasaran Strategis", "Indikator Kinerja", "Target"]]
    for i, ((s, ik), t) in enumerate(zip(SASARAN, ["96%", "92%", "85,00"], strict=True), 1):
        pk.append([str(i), s, ik, t])
    pk.append(["4", "Terwujudnya birokrasi yang bersih dan melayani", "Predikat Zona Integritas",
               "WBBM"])
    sign = ["", "Pihak Kedua,", "Sekretaris Kabinet,", "", "ttd.", "", SESKAB, "",
            "> Jakarta, 4 Januari 2021", "> Pihak Pertama,", f"> {DEPUTI},", "", "> ttd.", "",
            f"> {KEPALA}"]
    paragraphs = [
        *KOP,
        "# PERJANJIAN KINERJA TAHUN 2021",
        "",
        ("Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan, dan akuntabel "
         "serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:"),
        f"Nama\t:\t{KEPALA}",
        f"Jabatan\t:\t{DEPUTI}",
        "selanjutnya disebut pihak pertama.",
        f"Nama\t:\t{SESKAB}",
        "Jabatan\t:\tSekretaris Kabinet",
        "selaku atasan pihak pertama, selanjutnya disebut pihak kedua.",
        ("Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran "
         "perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah "
         "ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target "
         "kinerja tersebut menjadi tanggung jawab kami."),
        ("Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi "
         "terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan "
         "dalam rangka pemberian penghargaan dan sanksi."),
        *sign,
        "\f",
        "# PERJANJIAN KINERJA TAHUN 2021",
        f"# {UNIT_UP}",
        "",
        "{{table}}",
        "",
        "Program\t:\tProgram Dukungan Manajemen",
        "Anggaran\t:\tRp18.750.000.000,00",
        *sign,
    ]
    return Docx(paragraphs, tables=[pk], header="Sekretariat Kabinet Republik Indonesia",
                footer=f"Perjanjian Kinerja Tahun 2021 - {UNIT}", page_breaks=True,
                title="Perjanjian Kinerja 2021", created=datetime(2021, 1, 4, 10, 15))


def lkj_2020() -> Pdf:
    pk2020: Table = [["No", "Sasaran Strategis", "Indikator Kinerja", "Target 2020"]]
    for i, ((s, ik), t) in enumerate(zip(SASARAN, ["95%", "90%", "82,00"], strict=True), 1):
        pk2020.append([str(i), s, ik, t])
    capaian: Table = [["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian"],
                      ["1", SASARAN[0][1], "95%", "97,4%", "102,5%"],
                      ["2", SASARAN[1][1], "90%", "91,8%", "102,0%"],
                      ["3", SASARAN[2][1], "82,00", "84,37", "102,9%"]]
    pengantar = [
        "# KATA PENGANTAR", "",
        (f"Laporan Kinerja {UNIT} Tahun 2020 disusun sebagai wujud pertanggungjawaban atas "
         "pelaksanaan Perjanjian Kinerja Tahun 2020, sesuai Peraturan Presiden Nomor 29 Tahun 2014 "
         "tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah."),
        "",
        "# IKHTISAR EKSEKUTIF", "",
        ("Pada tahun 2020 seluruh indikator kinerja Kedeputian mencapai target, dengan capaian "
         "rata-rata 102,5%. Realisasi anggaran sebesar Rp16.912.450.000,00 atau 94,2% dari pagu."),
        *signed("Jakarta, Februari 2021", f"{DEPUTI},", KEPALA),
    ]
    bab1 = [
        "# BAB I", "# PENDAHULUAN", "",
        "A. Latar Belakang",
        ("Laporan kinerja merupakan bentuk akuntabilitas pelaksanaan tugas dan fungsi dukungan "
         "kerja kabinet selama tahun 2020."),
        "B. Tugas dan Fungsi",
        (f"{UNIT} mempunyai tugas menyelenggarakan dukungan persidangan kabinet, penyusunan "
         "risalah, serta hubungan kelembagaan dan informasi."),
        "C. Sistematika",
        ("Bab I Pendahuluan, Bab II Perencanaan Kinerja, Bab III Akuntabilitas Kinerja, dan Bab IV "
         "Penutup."),
    ]
    bab2 = ["# BAB II", "# PERENCANAAN KINERJA", "",
            "Perjanjian Kinerja Tahun 2020 memuat sasaran dan indikator sebagai berikut:",
            "{{table}}"]
    bab3 = ["# BAB III", "# AKUNTABILITAS KINERJA", "",
            "A. Capaian Kinerja Organisasi", "{{table}}",
            ("Capaian tahun 2020 lebih tinggi dibanding tahun 2019 pada ketiga indikator, terutama "
             "karena penerapan persuratan elektronik dan rapat daring selama pandemi."),
            "",
            "B. Realisasi Anggaran",
            "Pagu anggaran Rp17.950.000.000,00 dengan realisasi Rp16.912.450.000,00 (94,2%).",
            "",
            "# BAB IV", "# PENUTUP", "",
            ("Kedeputian akan mempertahankan capaian kinerja dan menindaklanjuti rekomendasi "
             "evaluasi akuntabilitas kinerja pada tahun 2021.")]
    return (Layout()
            .page(cover(["LAPORAN KINERJA", UNIT_UP, "TAHUN 2020"], "Jakarta, Februari 2021"))
            .flow(pengantar).flow(bab1).page(bab2, pk2020).page(bab3, capaian)
            .pdf("Laporan Kinerja DKK Tahun 2020"))


# --- 6. Peningkatan Kualitas Pelayanan Publik ------------------------------------------------

SP_NO = "KEP-12/DKK/2021"
SP_TITLE = f"STANDAR PELAYANAN PADA {UNIT_UP}"
PENGADUAN = ("Pengaduan, saran, dan masukan disampaikan melalui SP4N-LAPOR! (www.lapor.go.id), "
             "kotak pengaduan di ruang layanan, atau surat kepada Deputi.")
SERVICES = [
    ("PERMOHONAN PENJADWALAN SIDANG KABINET DAN RAPAT TERBATAS", [
        ("Persyaratan", ("1. Surat permohonan dari menteri atau kepala lembaga;\n2. Bahan atau "
         "materi yang akan dibahas;\n3. Daftar usulan peserta.")),
        ("Sistem, Mekanisme, dan Prosedur", ("1. Pemohon menyampaikan surat melalui e-Office;\n2. "
         "Petugas memverifikasi kelengkapan;\n3. Asisten Deputi menyiapkan telaahan;\n4. Deputi "
         "menyampaikan usulan jadwal kepada Sekretaris Kabinet;\n5. Jadwal diberitahukan kepada "
         "pemohon.")),
        ("Jangka Waktu Penyelesaian", "3 (tiga) hari kerja sejak permohonan lengkap diterima."),
        ("Biaya/Tarif", "Gratis (tidak dipungut biaya)."),
        ("Produk Pelayanan", "Surat pemberitahuan jadwal sidang kabinet atau rapat terbatas."),
    ]),
    ("PERMOHONAN SALINAN RISALAH SIDANG KABINET", [
        ("Persyaratan", ("1. Surat permohonan resmi dari pimpinan kementerian atau lembaga;\n2. "
         "Keterangan keperluan penggunaan risalah.")),
        ("Sistem, Mekanisme, dan Prosedur", ("1. Pemohon menyampaikan surat permohonan;\n2. "
         "Petugas memeriksa klasifikasi risalah;\n3. Asisten Deputi Bidang Naskah dan Risalah "
         "menyiapkan salinan;\n4. Deputi menyetujui penyampaian salinan.")),
        ("Jangka Waktu Penyelesaian", "5 (lima) hari kerja sejak permohonan lengkap diterima."),
        ("Biaya/Tarif", "Gratis (tidak dipungut biaya)."),
        ("Produk Pelayanan", "Salinan risalah sidang kabinet yang telah disahkan."),
    ]),
    ("PERMOHONAN INFORMASI LAPORAN", [
        ("Persyaratan", "1. Formulir atau surat permohonan informasi;\n2. Identitas pemohon."),
        ("Sistem, Mekanisme, dan Prosedur", ("1. Pemohon mengajukan permohonan langsung atau "
         "daring;\n2. Petugas mencatat dalam register;\n3. Unit pemilik informasi menyiapkan "
         "jawaban;\n4. Jawaban disampaikan kepada pemohon.")),
        ("Jangka Waktu Penyelesaian", ("10 (sepuluh) hari kerja, dapat diperpanjang 7 (tujuh) hari "
         "kerja.")),
        ("Biaya/Tarif", "Gratis (tidak dipungut biaya)."),
        ("Produk Pelayanan", "Informasi atau laporan yang dimohonkan, atau surat pemberitahuan."),
    ]),
]


def standar_pelayanan() -> Pdf:
    page1 = [
        *decree_head(KOP, DEPUTI_UP, SP_NO, SP_TITLE),
        *items("Menimbang", [
            ("bahwa untuk memberikan kepastian dan meningkatkan kualitas pelayanan kepada "
             "kementerian, lembaga, dan masyarakat, perlu ditetapkan standar pelayanan;"),
            ("bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan "
             f"Keputusan {DEPUTI} tentang Standar Pelayanan;"),
        ]),
        *items("Mengingat", [
            "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;",
            ("Peraturan Pemerintah Nomor 96 Tahun 2012 tentang Pelaksanaan Undang-Undang Nomor 25 "
             "Tahun 2009 tentang Pelayanan Publik;"),
            PERPRES_SETKAB,
            "Peraturan Menteri PANRB Nomor 15 Tahun 2014 tentang Pedoman Standar Pelayanan;",
        ], marker="1"),
        *deciding(DEPUTI_UP, SP_TITLE, [
            ("Menetapkan Standar Pelayanan Permohonan Penjadwalan Sidang Kabinet dan Rapat "
             "Terbatas, Permohonan Salinan Risalah Sidang Kabinet, dan Permohonan Informasi "
             "Laporan sebagaimana tercantum dalam Lampiran I, Lampiran II, dan Lampiran III."),
            ("Standar Pelayanan wajib dipedomani oleh pelaksana layanan dan dipublikasikan kepada "
             "pengguna layanan."),
            "Keputusan ini mulai berlaku pada tanggal ditetapkan.",
        ]),
        *signature("8 Februari 2021", DEPUTI_UP, KEPALA),
    ]
    layout = Layout(font_size=10.5).page(page1)
    for roman, (service, components) in zip(["I", "II", "III"], SERVICES, strict=True):
        rows: Table = [["No", "Komponen", "Uraian"]]
        rows += [[str(i), k, v] for i, (k, v) in enumerate(components, 1)]
        rows.append([str(len(rows)), "Penanganan Pengaduan, Saran, dan Masukan", PENGADUAN])
        layout.page([*lampiran_head(DEPUTI_UP, SP_NO, SP_TITLE, roman),
                     f"# STANDAR PELAYANAN {service}", "{{table}}",
                     f"> {DEPUTI_UP},", "> ttd.", f"> {KEPALA}"], rows)
    return layout.pdf("SK Standar Pelayanan DKK 2021")


def maklumat() -> Docx:
    paragraphs = [
        *KOP, "", "# MAKLUMAT PELAYANAN", "",
        ("# DENGAN INI, KAMI MENYATAKAN SANGGUP MENYELENGGARAKAN PELAYANAN SESUAI STANDAR "
         "PELAYANAN YANG TELAH DITETAPKAN DAN APABILA TIDAK MENEPATI JANJI INI, KAMI SIAP MENERIMA "
         "SANKSI SESUAI PERATURAN PERUNDANG-UNDANGAN YANG BERLAKU."),
        "",
        "> Jakarta, 8 Februari 2021",
        f"> {DEPUTI},", "", "> ttd.", "", f"> {KEPALA}",
    ]
    return Docx(paragraphs, title="Maklumat Pelayanan", created=datetime(2021, 2, 8, 11, 0))


MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
          "Oktober", "November", "Desember"]


def sp4n_lapor() -> Pdf:
    incoming = [2, 1, 3, 0, 2, 1, 4, 2, 1, 3, 2, 1]
    days = [3, 2, 4, 0, 3, 2, 3, 3, 2, 4, 3, 0]
    rows: Table = [["Bulan", "Aduan Masuk", "Diteruskan", "Selesai", "Dalam Proses",
                    "Rata-rata Waktu (hari)"]]
    for month, n, d in zip(MONTHS, incoming, days, strict=True):
        done = n if month != "Desember" else 0
        rows.append([month, str(n), str(n), str(done), str(n - done), str(d) if d else "-"])
    total = sum(incoming)
    rows.append(["Jumlah", str(total), str(total), str(total - 1), "1", "3"])
    body = [
        "# BAB I", "# PENDAHULUAN", "",
        ("Pengelolaan pengaduan pelayanan publik dilaksanakan berdasarkan Peraturan Presiden Nomor "
         "76 Tahun 2013 tentang Pengelolaan Pengaduan Pelayanan Publik dan Peraturan Menteri PANRB "
         "Nomor 62 Tahun 2018 tentang Pedoman Sistem Pengelolaan Pengaduan Pelayanan Publik "
         f"Nasional. {UNIT} terhubung dengan SP4N-LAPOR! sebagai unit kerja pengelola pengaduan "
         "di bawah admin instansi Sekretariat Kabinet."),
        "",
        "# BAB II", "# REKAPITULASI PENGADUAN", "",
        "Rekapitulasi pengaduan yang diterima melalui SP4N-LAPOR! pada tahun 2021:",
        "{{table}}",
        ("Sebagian besar pengaduan berkaitan dengan permohonan informasi jadwal dan hasil sidang "
         "kabinet. Satu pengaduan yang diterima pada Desember 2021 masih dalam proses tindak "
         "lanjut."),
    ]
    bab3 = [
        "# BAB III", "# EVALUASI DAN TINDAK LANJUT", "",
        "1. Waktu tindak lanjut rata-rata 3 hari, lebih cepat dari batas 5 hari kerja;",
        ("2. Informasi jadwal sidang kabinet yang dapat dibuka dipublikasikan lebih awal di laman "
         "resmi untuk mengurangi pengaduan berulang;"),
        ("3. Petugas pengelola pengaduan mengikuti pelatihan penanganan pengaduan pada Oktober "
         "2021."),
        *signed("Jakarta, 30 Desember 2021", f"{DEPUTI},", KEPALA),
    ]
    title = ["LAPORAN PENGELOLAAN PENGADUAN PELAYANAN PUBLIK", "MELALUI SP4N-LAPOR!", "TAHUN 2021"]
    return (Layout().page(cover(title, "Jakarta, Desember 2021")).page(body, rows).flow(bab3)
            .pdf("Laporan Pengelolaan Pengaduan SP4N-LAPOR! 2021"))


UNSUR = [("Persyaratan", 3.62), ("Sistem, Mekanisme, dan Prosedur", 3.58),
         ("Waktu Penyelesaian", 3.41), ("Biaya/Tarif", 4.00),
         ("Produk Spesifikasi Jenis Pelayanan", 3.47), ("Kompetensi Pelaksana", 3.52),
         ("Perilaku Pelaksana", 3.60), ("Penanganan Pengaduan, Saran, dan Masukan", 3.28),
         ("Sarana dan Prasarana", 3.47)]


def _id_number(value: float, places: int) -> str:
    return f"{value:.{places}f}".replace(".", ",")


def skm() -> Pdf:
    weighted = [round(nrr / 9, 3) for _, nrr in UNSUR]
    ikm = round(sum(weighted) * 25, 2)
    assert _id_number(ikm, 2) == "88,75", ikm
    rows: Table = [["No", "Unsur Pelayanan", "NRR", "NRR Tertimbang"]]
    rows += [[f"U{i}", name, _id_number(nrr, 2), _id_number(w, 3)]
             for i, ((name, nrr), w) in enumerate(zip(UNSUR, weighted, strict=True), 1)]
    rows.append(["", "Jumlah NRR Tertimbang", "", _id_number(sum(weighted), 3)])
    rows.append(["", "Indeks Kepuasan Masyarakat (IKM)", "", _id_number(ikm, 2)])
    bab1 = [
        "# BAB I", "# PENDAHULUAN", "",
        "A. Latar Belakang",
        ("Survei Kepuasan Masyarakat dilaksanakan berdasarkan Peraturan Menteri PANRB Nomor 14 "
         "Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara "
         f"Pelayanan Publik, untuk mengukur kepuasan pengguna layanan {UNIT}."),
        "",
        "B. Metode",
        "Periode survei\t:\t1 Juli s.d. 30 November 2021",
        "Jumlah responden\t:\t112 responden",
        "Teknik\t:\tKuesioner daring dan tatap muka, sembilan unsur pelayanan, skala 1-4",
        ("Pengolahan\t:\tNilai rata-rata tertimbang dengan bobot 1/9 (0,111) per unsur; IKM = "
         "jumlah NRR tertimbang x 25"),
    ]
    bab2 = ["# BAB II", "# HASIL SURVEI", "",
            "Nilai per unsur pelayanan:", "{{table}}",
            (f"Nilai IKM sebesar {_id_number(ikm, 2)} berada pada rentang 88,31-100,00 sehingga "
             "mutu pelayanan A dengan kinerja unit pelayanan Sangat Baik. Nilai terendah pada "
             "unsur Penanganan Pengaduan, Saran, dan Masukan (3,28).")]
    bab3 = ["# BAB III", "# RENCANA TINDAK LANJUT", "",
            ("1. Menambah kanal pengaduan daring pada laman resmi dan memperbarui informasi SP4N-"
             "LAPOR! di ruang layanan (Triwulan I 2022);"),
            "2. Mempercepat penyampaian jadwal sidang kabinet kepada pemohon (Triwulan I 2022);",
            "3. Mempublikasikan hasil survei di laman resmi dan papan informasi (Desember 2021).",
            *signed("Jakarta, 15 Desember 2021", f"{DEPUTI},", KEPALA)]
    title = ["LAPORAN", "SURVEI KEPUASAN MASYARAKAT", "TAHUN 2021"]
    return (Layout().page(cover(title, "Jakarta, Desember 2021",
                                extra=["# Nomor: B-312/Dep.DKK/12/2021"]))
            .flow(bab1).page(bab2, rows).flow(bab3)
            .pdf("Laporan Survei Kepuasan Masyarakat 2021"))


# --- the folder ------------------------------------------------------------------------------

PROFILE = """\
unit = "Kedeputian Bidang Dukungan Kerja Kabinet"
aliases = ["Deputi Bidang Dukungan Kerja Kabinet", "DKK"]
parent = "Sekretariat Kabinet"
year = 2021
target = "wbbm"
"""

README = """\
# Sample evidence folder

A fabricated evidence folder for `zi-check corpus/`. The documents are examples written for this
project, in Indonesian and laid out as real ones are, modelled on the public story of the
Kedeputian Bidang Dukungan Kerja Kabinet (DKK), Sekretariat Kabinet, which received WBK in 2020
and was evaluated toward WBBM in 2021. They are not real documents: every person's name, decree
number, figure and most internal details are invented. The national laws and regulations they
cite exist (gazette numbers not checked).

The profile is `zi-check.toml` (unit DKK, year 2021, target WBBM). This README and the profile
sit inside the scanned folder on purpose.

## What is wrong on purpose

| file | demonstrates |
| --- | --- |
| `1. Manajemen Perubahan/SK Role Model Pimpinan 2021.pdf` | last year's decree: number `4/DKK/III/2020`, enacted 2 Maret 2020, in force "sampai dengan 31 Desember 2020", no year in its title; the file name says 2021 but the content does not (MP.4.a: wrong year) |
| `1. Manajemen Perubahan/Pakta Integritas seluruh pegawai.pdf` | copied from another unit's template: names the Kedeputian Bidang Administrasi throughout, never DKK (MP.4.d: wrong unit) |
| `1. Manajemen Perubahan/Notulen Rapat Penentuan Anggota Tim ZI.pdf` | a PDF cut off after 45% of its bytes: it does not open; the only candidate for MP.1.b (unreadable) |
| `1. Manajemen Perubahan/Agen Perubahan/Scan_20210316_093512.pdf` | a scanned decree (image only, no text layer, slightly skewed and specked) with a scanner's file name: readable only by OCR (MP.4.b met with OCR; without OCR only its folder says what it is) |
| nothing | no report on carrying out the action plan (MP.3.a: missing) |

Other traps for the analyser: decrees cite laws of other years (2008, 2014, 2019, 2020) that are
not the years they are about; the Laporan Kinerja is about 2020 but signed in Februari 2021; the
Renstra covers 2020-2024; the agen perubahan decree is issued by the Deputi Bidang Administrasi
about DKK; `Renja ZI 2021 (final).docx` is the ZI work plan, not the unit's annual Renja.

## Intended results for the change-management area (MP)

| requirement | expected | evidence |
| --- | --- | --- |
| MP.1.a | met | SK Tim Kerja ZI DKK 2021.pdf |
| MP.1.b | unreadable | Notulen Rapat Penentuan Anggota Tim ZI.pdf |
| MP.2.a, MP.2.b | met | Renja ZI 2021 (final).docx (target prioritas, table of activities) |
| MP.2.c | met | Laporan Sosialisasi ZI 2021.docx |
| MP.3.a | missing | - |
| MP.3.b | met | Monev/Laporan Monev ZI TW I 2021.pdf, Monev/lap monev tw2.pdf |
| MP.3.c | met | Monev/Laporan TL Hasil Monev ZI 2021.pdf |
| MP.4.a | wrong_year | SK Role Model Pimpinan 2021.pdf (a 2020 decree) |
| MP.4.b | met (with OCR) | Agen Perubahan/Scan_20210316_093512.pdf |
| MP.4.c | met | Budaya Kerja/Laporan kegiatan Sept.pdf (BerAKHLAK internalisation) |
| MP.4.d | wrong_unit | Pakta Integritas seluruh pegawai.pdf |

Other areas hold a few valid documents each (SOP e-Office; Renstra 2020-2024, Perjanjian Kinerja
2021, LKj 2020; Standar Pelayanan for three services, Maklumat Pelayanan, SP4N-LAPOR! report,
SKM 2021 with IKM 88,75); everything else in those areas is missing.

## Regenerating

Every file here is written by `scripts/make_sample_corpus.py` from text, with
`tests/docgen.py`; the output is byte-for-byte deterministic. Do not edit the files by hand:

    .venv/bin/python scripts/make_sample_corpus.py            # rewrite corpus/
    .venv/bin/python scripts/make_sample_corpus.py --check    # exit 1 if corpus/ is stale
"""


def build_spec() -> dict[str, object]:
    return {
        f"{MP}/SK Tim Kerja ZI DKK 2021.pdf": sk_tim(),
        f"{MP}/Renja ZI 2021 (final).docx": rencana_kerja(),
        f"{MP}/Agen Perubahan/Scan_20210316_093512.pdf": sk_agen_scan(),
        f"{MP}/Monev/Laporan Monev ZI TW I 2021.pdf": monev(
            "I", "Januari - Maret 2021", "9 April 2021", "B-45/Dep.DKK/04/2021", MONEV_TW1,
            ["Percepat pemetaan kompetensi pegawai;",
             "Tingkatkan persentase surat yang diproses melalui e-Office;",
             "Perluas publikasi Standar Pelayanan."]),
        f"{MP}/Monev/lap monev tw2.pdf": monev(
            "II", "April - Juni 2021", "9 Juli 2021", "B-131/Dep.DKK/07/2021", MONEV_TW2,
            ["Lengkapi peta risiko benturan kepentingan bersama Inspektorat;",
             "Jadwalkan internalisasi nilai organisasi pada Triwulan III."]),
        f"{MP}/Monev/Laporan TL Hasil Monev ZI 2021.pdf": tindak_lanjut(),
        f"{MP}/Laporan Sosialisasi ZI 2021.docx": sosialisasi(),
        f"{MP}/Budaya Kerja/Laporan kegiatan Sept.pdf": internalisasi(),
        f"{MP}/SK Role Model Pimpinan 2021.pdf": sk_role_model_2020(),
        f"{MP}/Pakta Integritas seluruh pegawai.pdf": pakta_integritas_other_unit(),
        f"{MP}/Notulen Rapat Penentuan Anggota Tim ZI.pdf": notulen_truncated(),
        f"{TT}/sop eoffice FINAL rev2.pdf": sop_eoffice(),
        f"{AK}/Renstra DKK 2020-2024.pdf": renstra(),
        f"{AK}/PK Deputi DKK 2021 ttd.docx": perjanjian_kinerja(),
        f"{AK}/LKj DKK 2020.pdf": lkj_2020(),
        f"{PP}/SK Standar Pelayanan DKK.pdf": standar_pelayanan(),
        f"{PP}/Maklumat Pelayanan.docx": maklumat(),
        f"{PP}/Laporan Pengaduan SP4N LAPOR 2021.pdf": sp4n_lapor(),
        f"{PP}/Laporan SKM 2021.pdf": skm(),
        "README.md": README,
        "zi-check.toml": PROFILE,
        # gitignore-style patterns of files zi-check skips: this README is not evidence
        ".zi-checkignore": "README.md\n",
    }


def generated_entries(spec: dict[str, object]) -> list[str]:
    """The top-level names this script owns inside OUTDIR."""
    return sorted({Path(rel).parts[0] for rel in spec})


def write(outdir: Path) -> list[Path]:
    """Remove what a previous run generated in ``outdir``, write everything again."""
    if outdir.exists() and not outdir.is_dir():
        raise SystemExit(f"{outdir} exists and is not a folder")
    spec = build_spec()
    for name in generated_entries(spec):
        target = outdir / name
        if target.is_dir() and not target.is_symlink():
            shutil.rmtree(target)
        elif target.exists() or target.is_symlink():
            target.unlink()
    make_corpus(outdir, spec)
    return [outdir / rel for rel in spec]


def stale(outdir: Path) -> list[str]:
    """Relative paths that differ between ``outdir`` and a fresh build (both ways)."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp)
        write(fresh)
        names = generated_entries(build_spec())

        def files(base: Path) -> set[str]:
            out: set[str] = set()
            for name in names:
                top = base / name
                if top.is_file():
                    out.add(name)
                elif top.is_dir():
                    out |= {p.relative_to(base).as_posix() for p in top.rglob("*") if p.is_file()}
            return out

        ours, theirs = files(fresh), files(outdir)
        diff = sorted(ours ^ theirs)
        diff += sorted(rel for rel in ours & theirs
                       if not filecmp.cmp(fresh / rel, outdir / rel, shallow=False))
        return diff


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("outdir", nargs="?", type=Path, default=ROOT / "corpus",
                        help="folder to write (default: corpus/ in the project)")
    parser.add_argument("--check", action="store_true",
                        help="do not write; exit 1 when OUTDIR differs from a fresh build")
    args = parser.parse_args(argv)
    if args.check:
        diff = stale(args.outdir)
        for rel in diff:
            print(f"stale: {rel}", file=sys.stderr)
        return 1 if diff else 0
    for path in write(args.outdir):
        print(path.relative_to(args.outdir))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
