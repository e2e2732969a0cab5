#!/usr/bin/env python3
"""Write the sample evidence folder (default: corpus/) that `zi-check corpus/` checks.

The documents are fabricated, in Indonesian, laid out as real ones are, and modelled on the public
story of the Kedeputian Bidang Dukungan Kerja Kabinet (Sekretariat Kabinet), evaluated toward WBBM
in 2021 after receiving WBK in 2020. Persons are invented. Every area of the LKE has evidence, gaps
and near misses; some files are wrong on purpose (last year's decree or report, an expired term,
another unit's document, a letter filed as a report, a file that does not open, scans without a
text layer); corpus/README.md, written by this script, lists them and the intended result of every
requirement.

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
from tests.worksheets import Answer, lke_form, portalrb

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


PROBIS_NO = "21 TAHUN 2020"
PROBIS_TITLE = "PETA PROSES BISNIS SEKRETARIAT KABINET"
PROBIS_TABLE: Table = [
    ["No", "Proses Bisnis (Level 1)", "Subproses (Level 2)", "Unit Organisasi"],
    ["", "A. Proses Inti", "", ""],
    ["1", "Analisis dan pengawasan kebijakan pemerintahan",
     ("Analisis rancangan kebijakan; pengawasan pelaksanaan kebijakan dan program; penyiapan "
      "rekomendasi kepada Presiden"),
     "Kedeputian Bidang Politik, Hukum, dan Keamanan; Perekonomian; Pembangunan Manusia dan "
     "Kebudayaan; Kemaritiman dan Investasi"],
    ["2", "Penyelenggaraan sidang kabinet",
     ("Penjadwalan sidang kabinet dan rapat terbatas; penyiapan bahan dan undangan; penyusunan "
      "risalah sidang kabinet"), "Kedeputian Bidang Dukungan Kerja Kabinet"],
    ["3", "Hubungan kelembagaan dan informasi kabinet",
     "Koordinasi dengan lembaga negara; pengelolaan dan publikasi informasi kabinet",
     "Kedeputian Bidang Dukungan Kerja Kabinet"],
    ["", "B. Proses Pendukung", "", ""],
    ["4", "Penyiapan naskah dan administrasi",
     "Penyiapan naskah keputusan dan surat Presiden; kepegawaian; keuangan; umum",
     "Kedeputian Bidang Administrasi"],
    ["5", "Pengawasan intern", "Audit, reviu, evaluasi, dan pemantauan", "Inspektorat"],
]


def kepseskab_probis() -> Pdf:
    """The institution's business-process map (2020): evidence at the parent's level."""
    page1 = [
        f"# KEPUTUSAN {SESKAB_UP}", f"# NOMOR {PROBIS_NO}", "", "# TENTANG", f"# {PROBIS_TITLE}",
        "", "# DENGAN RAHMAT TUHAN YANG MAHA ESA", "", f"# {SESKAB_UP},", "",
        *items("Menimbang", [
            ("bahwa dalam rangka pelaksanaan reformasi birokrasi pada area penataan tatalaksana, "
             "setiap instansi pemerintah perlu menyusun peta proses bisnis yang menggambarkan "
             "hubungan kerja yang efektif dan efisien antarunit organisasi;"),
            ("bahwa dengan ditetapkannya organisasi dan tata kerja Sekretariat Kabinet yang baru, "
             "peta proses bisnis Sekretariat Kabinet perlu disesuaikan;"),
            ("bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu "
             "menetapkan Keputusan Sekretaris Kabinet tentang Peta Proses Bisnis Sekretariat "
             "Kabinet;"),
        ]),
        *items("Mengingat", [
            ("Peraturan Presiden Nomor 81 Tahun 2010 tentang Grand Design Reformasi Birokrasi "
             "2010-2025;"),
            PERPRES_SETKAB,
            ("Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 19 "
             "Tahun 2018 tentang Penyusunan Peta Proses Bisnis Instansi Pemerintah;"),
        ], marker="1"),
        *deciding("SEKRETARIS KABINET", PROBIS_TITLE, [
            ("Menetapkan Peta Proses Bisnis Sekretariat Kabinet sebagaimana tercantum dalam "
             "Lampiran yang merupakan bagian tidak terpisahkan dari Keputusan ini."),
            ("Peta Proses Bisnis sebagaimana dimaksud dalam Diktum KESATU menjadi acuan dalam "
             "penyusunan standar operasional prosedur, analisis jabatan, dan analisis beban kerja "
             "pada setiap unit organisasi di lingkungan Sekretariat Kabinet."),
            "Keputusan ini mulai berlaku pada tanggal ditetapkan.",
        ]),
        *signature("30 Juni 2020", SESKAB_UP, "HENDRA KUSNADI"),
    ]
    page2 = [
        *lampiran_head(SESKAB_UP, PROBIS_NO, PROBIS_TITLE),
        "# PETA PROSES BISNIS SEKRETARIAT KABINET (LEVEL 1 DAN LEVEL 2)", "{{table}}",
        ("Rincian proses level 3 dan keterkaitannya dengan standar operasional prosedur disusun "
         "oleh setiap unit organisasi."),
        f"> {SESKAB_UP},", "> ttd.", "> HENDRA KUSNADI",
    ]
    return Layout(font_size=10).page(page1).page(page2, PROBIS_TABLE).pdf(
        "Keputusan Sekretaris Kabinet Nomor 21 Tahun 2020")


SOP_EVAL: Table = [
    ["No", "Nama SOP", "Penerapan", "Catatan Evaluasi", "Rekomendasi"],
    ["1", "Persuratan Elektronik (e-Office)", "Diterapkan penuh",
     "Surat fisik dari luar Setkab masih perlu dipindai", "Tetap"],
    ["2", "Penjadwalan Sidang Kabinet dan Rapat Terbatas", "Diterapkan penuh",
     "Waktu verifikasi bahan melebihi standar pada 3 permohonan", "Revisi waktu"],
    ["3", "Penyiapan Bahan Sidang Kabinet", "Diterapkan penuh", "Sesuai", "Tetap"],
    ["4", "Penyusunan Risalah Sidang Kabinet", "Diterapkan penuh",
     "Tahap verifikasi rekaman belum tercantum", "Revisi langkah"],
    ["5", "Pengesahan dan Distribusi Risalah", "Diterapkan sebagian",
     "Distribusi elektronik belum diatur", "Revisi"],
    ["6", "Penyampaian Salinan Risalah kepada Kementerian/Lembaga", "Diterapkan penuh", "Sesuai",
     "Tetap"],
    ["7", "Pelayanan Permohonan Informasi Publik", "Diterapkan penuh",
     "Perlu tautan ke formulir daring", "Revisi formulir"],
    ["8", "Pengelolaan Pengaduan melalui SP4N-LAPOR!", "Diterapkan penuh", "Sesuai", "Tetap"],
    ["9", "Pengelolaan Arsip Dinamis", "Diterapkan sebagian",
     "Arsip elektronik belum dialihmediakan", "Revisi"],
    ["10", "Penyusunan Laporan Kinerja", "Diterapkan penuh", "Sesuai", "Tetap"],
    ["11", "Pengajuan Cuti Pegawai melalui SIMPEG", "Diterapkan penuh", "Sesuai", "Tetap"],
    ["12", "Pemeliharaan Jaringan dan Perangkat TI", "Belum diterapkan",
     "Belum ada petugas tetap", "Tetapkan pelaksana"],
]


def monev_sop() -> Pdf:
    """A 7-page report: cover, foreword, four chapters, a table of the SOPs evaluated."""
    title = ["LAPORAN", "MONITORING DAN EVALUASI", "PENERAPAN STANDAR OPERASIONAL PROSEDUR",
             "TAHUN 2021"]
    pengantar = [
        "# KATA PENGANTAR", "",
        (f"Laporan ini menyajikan hasil monitoring dan evaluasi penerapan standar operasional "
         f"prosedur (SOP) di lingkungan {UNIT} pada tahun 2021. Monitoring dan evaluasi "
         "dilaksanakan oleh Kelompok Kerja Penataan Tatalaksana bersama para Asisten Deputi "
         "terhadap dua belas SOP yang berlaku."),
        "",
        ("Hasilnya menjadi dasar perbaikan SOP pada awal tahun 2022, agar setiap prosedur tetap "
         "sesuai dengan peta proses bisnis Sekretariat Kabinet dan kebutuhan pengguna layanan."),
        *signed("Jakarta, 19 November 2021", f"{DEPUTI},", KEPALA),
    ]
    bab1 = [
        "# BAB I", "# PENDAHULUAN", "",
        "A. Latar Belakang",
        ("Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 35 Tahun "
         "2012 tentang Pedoman Penyusunan Standar Operasional Prosedur Administrasi Pemerintahan "
         "mewajibkan setiap unit melakukan monitoring dan evaluasi penerapan SOP secara berkala. "
         "Monitoring dilakukan untuk mengetahui apakah SOP dijalankan sebagaimana mestinya; "
         "evaluasi dilakukan untuk menilai apakah SOP masih sesuai dengan kebutuhan."),
        "",
        (f"{UNIT} menetapkan SOP-nya mengacu pada Peta Proses Bisnis Sekretariat Kabinet "
         "(Keputusan Sekretaris Kabinet Nomor 21 Tahun 2020). Pada tahun 2021 Kedeputian "
         "menerapkan dua belas SOP, termasuk SOP Persuratan Elektronik (e-Office) yang berlaku "
         "sejak 1 Februari 2021."),
        "",
        "B. Maksud dan Tujuan",
        "1. Mengetahui tingkat penerapan setiap SOP oleh pelaksana;",
        "2. Mengidentifikasi kendala dalam penerapan SOP;",
        "3. Menilai kesesuaian SOP dengan kebutuhan organisasi dan pengguna layanan;",
        "4. Menyusun rekomendasi perbaikan SOP.",
        "",
        "C. Ruang Lingkup",
        ("Monitoring dan evaluasi mencakup seluruh SOP yang berlaku di lingkungan Kedeputian, "
         "meliputi SOP layanan persidangan kabinet, penyusunan risalah, layanan informasi, "
         "pengaduan, kepegawaian, persuratan, dan pengelolaan teknologi informasi."),
        "",
        "D. Dasar Hukum",
        ("1. Peraturan Presiden Nomor 81 Tahun 2010 tentang Grand Design Reformasi Birokrasi "
         "2010-2025;"),
        "2. Peraturan Presiden Nomor 55 Tahun 2020 tentang Sekretariat Kabinet;",
        ("3. Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 35 "
         "Tahun 2012 tentang Pedoman Penyusunan Standar Operasional Prosedur Administrasi "
         "Pemerintahan;"),
        ("4. Keputusan Sekretaris Kabinet Nomor 21 Tahun 2020 tentang Peta Proses Bisnis "
         "Sekretariat Kabinet."),
    ]
    bab2 = [
        "# BAB II", "# METODE", "",
        "A. Instrumen",
        ("Monitoring menggunakan formulir monitoring pelaksanaan SOP: pengamatan langsung "
         "terhadap pelaksana, wawancara, dan pemeriksaan catatan pada aplikasi. Evaluasi "
         "menggunakan formulir evaluasi penerapan SOP dengan enam pertanyaan:"),
        "1. Apakah SOP mampu mendorong peningkatan kinerja?",
        "2. Apakah SOP mudah dipahami?",
        "3. Apakah SOP mudah dilaksanakan?",
        "4. Apakah semua orang dapat menjalankan perannya masing-masing?",
        "5. Apakah SOP mampu mengatasi permasalahan yang berkaitan dengan proses?",
        "6. Apakah SOP mampu menjawab kebutuhan peningkatan kinerja organisasi?",
        "",
        "B. Waktu Pelaksanaan",
        "Monitoring dan evaluasi dilaksanakan pada 2 Agustus sampai dengan 29 Oktober 2021.",
        "",
        "C. Pelaksana",
        ("Kelompok Kerja Penataan Tatalaksana Tim Kerja Pembangunan Zona Integritas, bersama "
         "pejabat pengawas dan pelaksana pada setiap Asisten Deputi."),
        "",
        "D. Kriteria Penilaian",
        "Diterapkan penuh\t:\tseluruh langkah dijalankan sesuai SOP oleh seluruh pelaksana;",
        ("Diterapkan sebagian\t:\tsebagian langkah tidak dijalankan atau dijalankan dengan cara "
         "lain;"),
        "Belum diterapkan\t:\tSOP belum dijalankan.",
    ]
    bab3 = [
        "# BAB III", "# HASIL MONITORING DAN EVALUASI", "",
        "Hasil monitoring dan evaluasi terhadap setiap SOP adalah sebagai berikut:",
        "{{table}}",
        ("Sembilan SOP diterapkan penuh, dua diterapkan sebagian, dan satu belum diterapkan. "
         "Lima SOP perlu direvisi."),
    ]
    bab4 = [
        "# BAB IV", "# KESIMPULAN DAN REKOMENDASI", "",
        "A. Kesimpulan",
        ("1. Tingkat penerapan SOP di lingkungan Kedeputian sebesar 75% diterapkan penuh, naik "
         "dari 64% pada tahun 2020;"),
        ("2. Kendala utama adalah perubahan proses kerja setelah digitalisasi persuratan dan "
         "risalah yang belum tercermin dalam SOP;"),
        ("3. SOP Pemeliharaan Jaringan dan Perangkat TI belum dapat diterapkan karena belum ada "
         "petugas tetap."),
        "",
        "B. Rekomendasi",
        ("1. Merevisi SOP Penjadwalan Sidang Kabinet, Penyusunan Risalah, Pengesahan dan "
         "Distribusi Risalah, Pelayanan Permohonan Informasi Publik, dan Pengelolaan Arsip "
         "Dinamis paling lambat Maret 2022;"),
        "2. Menetapkan pelaksana pemeliharaan jaringan dan perangkat TI;",
        "3. Menyosialisasikan SOP hasil revisi kepada seluruh pelaksana;",
        "4. Melaksanakan monitoring dan evaluasi berikutnya pada Semester II 2022.",
        *signed("Jakarta, 19 November 2021", "Koordinator Kelompok Kerja Penataan Tatalaksana,",
                KOORD_TT),
        "",
        "Mengetahui,", f"{DEPUTI},", "", "ttd.", "", KEPALA_FULL,
    ]
    return (Layout()
            .page(cover(title, "Jakarta, November 2021", extra=["# Nomor: B-268/Dep.DKK/11/2021"]))
            .flow(pengantar).flow(bab1).flow(bab2).page(bab3, SOP_EVAL).flow(bab4)
            .pdf("Laporan Monitoring dan Evaluasi Penerapan SOP 2021"))


DIP_TABLE: Table = [
    ["No", "Ringkasan Isi Informasi", "Penanggung Jawab", "Bentuk", "Jangka Waktu Penyimpanan",
     "Jenis Informasi"],
    ["1", "Profil, tugas, dan fungsi Kedeputian", "Asdep Hubungan Kelembagaan dan Informasi",
     "Cetak dan elektronik", "Selama berlaku", "Berkala"],
    ["2", "Rencana Strategis 2020-2024 dan Rencana Kinerja Tahunan", "Bagian Tata Usaha",
     "Elektronik", "5 tahun", "Berkala"],
    ["3", "Perjanjian Kinerja dan Laporan Kinerja", "Bagian Tata Usaha", "Elektronik", "5 tahun",
     "Berkala"],
    ["4", "Standar Pelayanan dan Maklumat Pelayanan", "Asdep Persidangan Kabinet",
     "Cetak dan elektronik", "Selama berlaku", "Berkala"],
    ["5", "Jadwal sidang kabinet yang dapat dibuka", "Asdep Persidangan Kabinet", "Elektronik",
     "1 tahun", "Setiap saat"],
    ["6", "Siaran pers hasil sidang kabinet", "Asdep Hubungan Kelembagaan dan Informasi",
     "Elektronik", "Permanen", "Serta merta"],
    ["7", "Rekapitulasi pengaduan SP4N-LAPOR!", "Bagian Tata Usaha", "Elektronik", "2 tahun",
     "Setiap saat"],
    ["8", "Risalah sidang kabinet", "Asdep Naskah dan Risalah", "Cetak", "Permanen",
     "Dikecualikan"],
]


def dip_2021() -> Pdf:
    page = [
        *KOP, "", "# DAFTAR INFORMASI PUBLIK", f"# {UNIT_UP}", "# TAHUN 2021", "",
        ("Disusun berdasarkan Undang-Undang Nomor 14 Tahun 2008 dan Peraturan Komisi Informasi "
         "Nomor 1 Tahun 2010."),
        "{{table}}",
        *signed("Jakarta, 5 Januari 2021", "PPID Pelaksana,", KOORD_AK),
    ]
    return Layout(font_size=10).page(page, DIP_TABLE).pdf("Daftar Informasi Publik DKK 2021",
                                                           page_numbers=False)


def lip_2020() -> Pdf:
    """Last year's annual public-information report (the 2021 one is not written yet)."""
    counts = [4, 3, 5, 2, 6, 4, 3, 5, 4, 6, 3, 2]
    partly = {2: 1, 7: 1}  # month index -> requests met in part
    refused = {4: 1, 9: 1}
    rows: Table = [["Bulan", "Permohonan", "Dipenuhi", "Dipenuhi Sebagian", "Ditolak",
                    "Rata-rata Waktu (hari kerja)"]]
    days = [4, 5, 4, 3, 6, 5, 4, 5, 4, 6, 5, 3]
    for i, (month, n) in enumerate(zip(MONTHS, counts, strict=True)):
        p, r = partly.get(i, 0), refused.get(i, 0)
        rows.append([month, str(n), str(n - p - r), str(p), str(r), str(days[i])])
    rows.append(["Jumlah", str(sum(counts)), str(sum(counts) - 4), "2", "2", "4,5"])
    bab = [
        "# BAB I", "# PENDAHULUAN", "",
        ("Laporan layanan informasi publik disusun setiap tahun sesuai Pasal 36 Peraturan Komisi "
         "Informasi Nomor 1 Tahun 2010 tentang Standar Layanan Informasi Publik. Layanan informasi "
         f"publik {UNIT} dilaksanakan oleh PPID Pelaksana di bawah koordinasi PPID Sekretariat "
         "Kabinet."),
        "",
        "# BAB II", "# SARANA DAN PRASARANA LAYANAN", "",
        "1. Meja layanan informasi di lobi Gedung III Sekretariat Kabinet;",
        "2. Formulir permohonan di laman resmi dan surat elektronik PPID;",
        "3. Dua petugas layanan informasi yang ditunjuk oleh PPID Pelaksana.",
        "",
        "# BAB III", "# REKAPITULASI PERMOHONAN INFORMASI", "",
        "Permohonan informasi publik yang diterima selama tahun 2020:",
        "{{table}}",
        ("Permohonan yang ditolak menyangkut risalah sidang kabinet yang termasuk informasi yang "
         "dikecualikan."),
    ]
    bab4 = [
        "# BAB IV", "# KENDALA DAN RENCANA TINDAK LANJUT", "",
        ("1. Selama pembatasan kegiatan masyarakat, permohonan langsung beralih ke surat "
         "elektronik; formulir daring akan disediakan pada tahun 2021;"),
        "2. Daftar Informasi Publik akan dimutakhirkan pada awal tahun 2021.",
        *signed("Jakarta, 25 Januari 2021", "PPID Pelaksana,", KOORD_AK),
    ]
    title = ["LAPORAN", "LAYANAN INFORMASI PUBLIK", "TAHUN 2020"]
    return (Layout().page(cover(title, "Jakarta, Januari 2021")).page(bab, rows).flow(bab4)
            .pdf("Laporan Layanan Informasi Publik 2020"))


TI_TABLE: Table = [
    ["No", "Aplikasi", "Dimanfaatkan untuk", "Pemanfaatan Semester I", "Kendala"],
    ["1", "e-Office Sekretariat Kabinet", "Persuratan dan disposisi elektronik",
     "96% surat diproses elektronik", "Surat fisik dari instansi lain"],
    ["2", "e-SAKIP Sekretariat Kabinet", "Pengukuran dan pelaporan capaian kinerja unit",
     "Capaian Triwulan I dan II diunggah tepat waktu", "-"],
    ["3", "SIMPEG dan SIASN", "Data pegawai, cuti, dan kenaikan pangkat",
     "86 pegawai memutakhirkan data", "Sinkronisasi dengan SIASN lambat"],
    ["4", "e-Kinerja", "Sasaran kinerja dan penilaian bulanan pegawai",
     "100% pegawai mengisi bulanan", "-"],
    ["5", "Aplikasi Penjadwalan Sidang Kabinet", "Permohonan jadwal oleh kementerian/lembaga",
     "62 permohonan", "Belum terhubung dengan e-Office"],
    ["6", "Laman resmi dan SP4N-LAPOR!", "Informasi layanan dan pengaduan",
     "Informasi diperbarui mingguan", "-"],
]


def monev_ti() -> Pdf:
    title = ["LAPORAN", "MONITORING DAN EVALUASI", "PEMANFAATAN TEKNOLOGI INFORMASI",
             "SEMESTER I TAHUN 2021"]
    bab = [
        "# BAB I", "# PENDAHULUAN", "",
        ("Sesuai Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis "
         f"Elektronik, {UNIT} memanfaatkan aplikasi Sekretariat Kabinet dalam pengukuran kinerja, "
         "manajemen sumber daya manusia, dan pelayanan kepada kementerian dan lembaga. Laporan ini "
         "memuat hasil monitoring dan evaluasi pemanfaatannya pada Januari sampai dengan Juni "
         "2021."),
        "",
        "# BAB II", "# HASIL MONITORING DAN EVALUASI", "",
        "{{table}}",
    ]
    bab3 = [
        "# BAB III", "# REKOMENDASI", "",
        "1. Mengusulkan integrasi Aplikasi Penjadwalan Sidang Kabinet dengan e-Office;",
        "2. Meminta pendampingan Biro Sumber Daya Manusia untuk sinkronisasi SIMPEG dan SIASN;",
        "3. Melakukan monitoring dan evaluasi berikutnya pada Semester II 2021.",
        *signed("Jakarta, 16 Juli 2021", "Koordinator Kelompok Kerja Penataan Tatalaksana,",
                KOORD_TT),
    ]
    return (Layout().page(cover(title, "Jakarta, Juli 2021")).page(bab, TI_TABLE).flow(bab3)
            .pdf("Laporan Monev Pemanfaatan TI Semester I 2021"))


# --- 3. Penataan Sistem Manajemen SDM --------------------------------------------------------

EFFECTIVE_HOURS = 1250  # jam kerja efektif per tahun (PermenPANRB 1/2020)
ABK_ROWS = [  # jabatan, beban kerja (jam/tahun; None: one per post), pegawai saat ini
    (DEPUTI, None, 1),
    ("Asisten Deputi Bidang Persidangan Kabinet", None, 1),
    ("Asisten Deputi Bidang Naskah dan Risalah", None, 1),
    ("Asisten Deputi Bidang Hubungan Kelembagaan dan Informasi", None, 1),
    ("Kepala Bagian Tata Usaha", None, 1),
    ("Analis Kebijakan Ahli Madya", 12480, 9),
    ("Analis Kebijakan Ahli Muda", 21300, 16),
    ("Analis Kebijakan Ahli Pertama", 17650, 15),
    ("Arsiparis Ahli Pertama", 2640, 1),
    ("Pranata Komputer Ahli Muda", 3640, 3),
    ("Pranata Komputer Ahli Pertama", 2610, 2),
    ("Analis SDM Aparatur", 3690, 3),
    ("Pranata Humas Ahli Pertama", 3720, 2),
    ("Analis Hukum", 3810, 3),
    ("Analis Anggaran", 2450, 2),
    ("Pengadministrasi Umum", 18960, 17),
    ("Pengolah Data", 10120, 8),
]


def _thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def abk_2021() -> Pdf:
    rows: Table = [["No", "Jabatan", "Beban Kerja (jam/tahun)", "Hasil Hitung", "Kebutuhan",
                    "Pegawai Saat Ini", "Selisih"]]
    need_total = have_total = 0
    for i, (job, hours, have) in enumerate(ABK_ROWS, 1):
        if hours is None:
            exact, need = "-", 1
        else:
            exact, need = _id_number(hours / EFFECTIVE_HOURS, 2), int(hours / EFFECTIVE_HOURS + 0.5)
        need_total += need
        have_total += have
        rows.append([str(i), job, "-" if hours is None else _thousands(hours), exact, str(need),
                     str(have), f"{have - need:+d}" if have != need else "0"])
    assert have_total == 86, have_total  # the staff count the other documents give
    rows.append(["", "Jumlah", "", "", str(need_total), str(have_total),
                 f"{have_total - need_total:+d}"])
    page1 = [
        *KOP, "", "# LAPORAN ANALISIS BEBAN KERJA", f"# {UNIT_UP}", "# TAHUN 2021", "",
        "# BAB I", "# PENDAHULUAN", "",
        ("Analisis beban kerja disusun berdasarkan Peraturan Menteri Pendayagunaan Aparatur "
         "Negara dan Reformasi Birokrasi Nomor 1 Tahun 2020 tentang Pedoman Analisis Jabatan dan "
         "Analisis Beban Kerja, untuk menentukan jumlah pegawai yang dibutuhkan setiap jabatan "
         f"di {UNIT} berdasarkan peta jabatan yang berlaku."),
        "",
        "# BAB II", "# METODE", "",
        ("Beban kerja setiap jabatan dihitung dari volume hasil kerja tahun 2020 dikalikan norma "
         "waktu penyelesaiannya, kemudian dibagi waktu kerja efektif 1.250 jam per tahun. Hasil "
         "hitung dibulatkan ke atas bila sama dengan atau lebih dari 0,5. Jabatan pimpinan tinggi "
         "dan administrator dihitung satu per jabatan."),
        "",
        ("Data dikumpulkan melalui formulir isian analisis jabatan yang diisi pemangku jabatan "
         "dan diverifikasi oleh atasan langsung pada Februari 2021."),
    ]
    page2 = [
        "# BAB III", "# HASIL ANALISIS BEBAN KERJA", "",
        "{{table}}",
        ("Kedeputian kekurangan satu pegawai secara keseluruhan, terutama Analis Kebijakan Ahli "
         "Madya dan Ahli Muda, Arsiparis, dan Pranata Humas, sedangkan Analis Kebijakan Ahli "
         "Pertama dan Pengadministrasi Umum berlebih. Kebutuhan ini diusulkan dalam formasi tahun "
         "2022 dan dipenuhi melalui mutasi internal."),
        *signed("Jakarta, 15 Maret 2021", f"{DEPUTI},", KEPALA),
    ]
    return Layout(font_size=10.5).page(page1).page(page2, rows).pdf(
        "Laporan Analisis Beban Kerja DKK 2021")


TNA_TABLE: Table = [
    ["No", "Kebutuhan Pelatihan", "Jabatan Sasaran", "Jumlah Pegawai", "Prioritas"],
    ["1", "Penyusunan risalah dan notula rapat tingkat tinggi", "Analis Kebijakan", "24",
     "Tinggi"],
    ["2", "Analisis kebijakan publik dan penulisan rekomendasi", "Analis Kebijakan", "18",
     "Tinggi"],
    ["3", "Pelayanan prima bagi petugas layanan", "Pengadministrasi Umum, Pengolah Data", "12",
     "Tinggi"],
    ["4", "Pengelolaan arsip elektronik", "Arsiparis, Pengadministrasi Umum", "6", "Sedang"],
    ["5", "Keamanan informasi dan jaringan", "Pranata Komputer", "5", "Sedang"],
    ["6", "Penyusunan laporan kinerja (SAKIP)", "Analis Anggaran, Analis Kebijakan", "4",
     "Sedang"],
    ["7", "Kehumasan digital", "Pranata Humas", "2", "Rendah"],
]


def tna_2021() -> Pdf:
    page1 = [
        *KOP, "", "# LAPORAN ANALISIS KEBUTUHAN PELATIHAN", "# (TRAINING NEEDS ANALYSIS)",
        "# TAHUN 2021", "",
        "# BAB I", "# PENDAHULUAN", "",
        ("Analisis kebutuhan pelatihan menjadi dasar penyusunan rencana pengembangan kompetensi "
         "sesuai Peraturan Lembaga Administrasi Negara Nomor 10 Tahun 2018 tentang Pengembangan "
         f"Kompetensi Pegawai Negeri Sipil. Analisis mencakup seluruh 86 pegawai {UNIT}."),
        "",
        "# BAB II", "# METODE", "",
        ("1. Kuesioner kebutuhan pelatihan kepada pegawai dan atasan langsung (respons 79 dari 86 "
         "pegawai);"),
        "2. Perbandingan kompetensi teknis pegawai dengan standar kompetensi jabatannya;",
        "3. Hasil penilaian kinerja pegawai tahun 2020 dan catatan atasan.",
        "",
        "# BAB III", "# HASIL", "",
        "Kebutuhan pelatihan yang teridentifikasi, diurutkan menurut prioritas:",
        "{{table}}",
        *signed("Jakarta, 22 Maret 2021",
                "Koordinator Kelompok Kerja Penataan Sistem Manajemen SDM,", KOORD_SDM),
    ]
    return Layout(font_size=10.5).page(page1, TNA_TABLE).pdf("TNA DKK 2021", page_numbers=False)


LETTERHEAD = ("SEKRETARIAT KABINET REPUBLIK INDONESIA\n"
              f"{UNIT_UP}\n"
              "Jalan Veteran Nomor 18, Jakarta 10110 | Telepon (021) 3442411 | www.setkab.go.id")

RPK_TABLE: Table = [
    ["No", "Kompetensi yang Dikembangkan", "Jabatan / Peserta", "Bentuk dan Jalur", "Waktu",
     "Anggaran (Rp)"],
    ["1", "Penyusunan risalah sidang kabinet", "Analis Kebijakan (24 orang)",
     "In-house training, klasikal", "Juni 2021", "48.500.000"],
    ["2", "Analisis kebijakan publik", "Analis Kebijakan Ahli Pertama (6 orang)",
     "Pelatihan fungsional di LAN, klasikal", "Agustus 2021", "63.000.000"],
    ["3", "Pelayanan prima", "Petugas layanan (12 orang)", "Pelatihan, klasikal",
     "Mei 2021", "21.600.000"],
    ["4", "Pengelolaan arsip elektronik", "Arsiparis dan pengadministrasi (6 orang)",
     "E-learning ANRI, nonklasikal", "Juli 2021", "-"],
    ["5", "Keamanan informasi", "Pranata Komputer (5 orang)", "Webinar BSSN, nonklasikal",
     "September 2021", "-"],
    ["6", "Penyusunan laporan kinerja", "Pengelola kinerja (4 orang)",
     "Bimbingan teknis, klasikal", "Oktober 2021", "12.000.000"],
    ["7", "Kepemimpinan", "Pejabat administrator (3 orang)", "Coaching oleh Deputi, nonklasikal",
     "Triwulanan", "-"],
]


def rencana_pengembangan() -> Docx:
    """A Word document whose letterhead lives in the page header, as in the unit's template."""
    paragraphs = [
        "# RENCANA PENGEMBANGAN KOMPETENSI PEGAWAI",
        "# TAHUN 2021",
        "",
        "I. PENDAHULUAN",
        "A. Dasar",
        ("1. Peraturan Pemerintah Nomor 17 Tahun 2020 tentang Perubahan atas Peraturan Pemerintah "
         "Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil;"),
        ("2. Peraturan Lembaga Administrasi Negara Nomor 10 Tahun 2018 tentang Pengembangan "
         "Kompetensi Pegawai Negeri Sipil;"),
        "3. Laporan Analisis Kebutuhan Pelatihan Tahun 2021 (22 Maret 2021).",
        "B. Pertimbangan",
        ("Rencana ini disusun dari hasil analisis kebutuhan pelatihan dan hasil penilaian kinerja "
         "pegawai tahun 2020: pegawai dengan nilai kinerja di bawah ekspektasi pada aspek teknis "
         "diprioritaskan mengikuti pengembangan kompetensi pada tahun 2021, dan setiap pegawai "
         "mendapat kesempatan paling sedikit 20 jam pelajaran dalam setahun."),
        "II. RENCANA PENGEMBANGAN KOMPETENSI",
        "{{table}}",
        "III. PEMANTAUAN",
        ("Pelaksanaan rencana dipantau setiap triwulan oleh Kelompok Kerja Penataan Sistem "
         "Manajemen SDM dan dilaporkan kepada Deputi."),
        "",
        "> Jakarta, 31 Maret 2021",
        f"> {DEPUTI},",
        "",
        "> ttd.",
        "",
        f"> {KEPALA}",
    ]
    return Docx(paragraphs, tables=[RPK_TABLE], header=LETTERHEAD,
                footer="Rencana Pengembangan Kompetensi Pegawai Tahun 2021 | Dokumen internal",
                title="Rencana Pengembangan Kompetensi 2021",
                created=datetime(2021, 3, 31, 15, 40))


IHT_TABLE: Table = [
    ["No", "Materi", "Narasumber", "Jam Pelajaran"],
    ["1", "Tata naskah dan format risalah sidang kabinet",
     "Asisten Deputi Bidang Naskah dan Risalah", "4"],
    ["2", "Teknik mencatat dan merangkum rapat tingkat tinggi",
     "Drs. Haryanto Wicaksono, M.Hum. (widyaiswara)", "6"],
    ["3", "Klasifikasi keamanan dan penanganan informasi yang dikecualikan",
     "Pranata Komputer Ahli Muda", "3"],
    ["4", "Praktik penyusunan risalah dari rekaman sidang", "Tim narasumber", "8"],
]


def iht_risalah() -> Pdf:
    page1 = [
        *KOP, "", "# LAPORAN PELAKSANAAN PELATIHAN", "# PENYUSUNAN RISALAH SIDANG KABINET",
        "# (IN-HOUSE TRAINING) TAHUN 2021", "# Nomor: B-117/Dep.DKK/06/2021", "",
        "A. Dasar",
        f"Rencana Pengembangan Kompetensi Pegawai {UNIT} Tahun 2021.",
        "",
        "B. Waktu dan Tempat",
        "Hari/Tanggal\t:\tSenin s.d. Rabu, 14 s.d. 16 Juni 2021",
        "Tempat\t:\tRuang Rapat Utama Gedung III Sekretariat Kabinet",
        "",
        "C. Peserta",
        "24 pegawai: Analis Kebijakan pada ketiga Asisten Deputi (daftar hadir terlampir).",
        "",
        "D. Materi dan Narasumber",
        "{{table}}",
        "",
        "E. Evaluasi",
        ("Rata-rata nilai pre-test 61,4 dan post-test 82,7. Evaluasi penyelenggaraan oleh peserta "
         "memberi nilai 3,6 dari 4. Setiap peserta menyusun satu risalah latihan yang dinilai "
         "oleh Asisten Deputi Bidang Naskah dan Risalah."),
        *signed("Jakarta, 21 Juni 2021", "Asisten Deputi Bidang Naskah dan Risalah,",
                "Wulan Sari Dewi, S.E., M.Ak."),
    ]
    return Layout(font_size=10.5).page(page1, IHT_TABLE).pdf("Laporan IHT Risalah 2021",
                                                              page_numbers=False)


def pasca_pelatihan_other_unit() -> Pdf:
    """Another deputy's post-training evaluation, saved here as a model: never names DKK."""
    rows: Table = [
        ["No", "Pelatihan", "Peserta", "Perubahan Kinerja (atasan)", "Kesimpulan"],
        ["1", "Analisis kebijakan ekonomi makro", "8", "Kualitas telaahan meningkat pada 6 peserta",
         "Efektif"],
        ["2", "Analisis data dengan perangkat statistik", "5",
         "Waktu penyusunan bahan berkurang rata-rata 2 hari", "Efektif"],
        ["3", "Bahasa Inggris untuk perundingan", "4", "Belum terlihat perubahan",
         "Perlu pendampingan"],
    ]
    body = [
        "# BAB I", "# PENDAHULUAN", "",
        ("Evaluasi pasca pelatihan dilaksanakan tiga sampai enam bulan setelah pelatihan, untuk "
         "menilai penerapan hasil pelatihan dalam pekerjaan dan dampaknya pada kinerja pegawai "
         "Kedeputian Bidang Perekonomian."),
        "",
        "# BAB II", "# HASIL EVALUASI", "",
        "{{table}}",
        ("Dua dari tiga pelatihan efektif meningkatkan kinerja. Peserta pelatihan bahasa Inggris "
         "akan didampingi dalam perundingan berikutnya."),
        *signed("Jakarta, 10 Desember 2021",
                "Kepala Bagian Tata Usaha Kedeputian Bidang Perekonomian,",
                "Rudy Hartono Simatupang, S.E., M.M."),
    ]
    title = ["LAPORAN EVALUASI PASCA PELATIHAN", "TAHUN 2021"]
    return (Layout().page(cover(title, "Jakarta, Desember 2021", unit=PEREK_UP)).page(body, rows)
            .pdf("Laporan Evaluasi Pasca Pelatihan 2021"))


def nihil_disiplin_scan() -> Scan:
    """A signed statement, scanned: the only copy there is."""
    page = [
        *KOP, "",
        "# SURAT KETERANGAN",
        "# NIHIL PELANGGARAN DISIPLIN PEGAWAI TAHUN 2020",
        "# Nomor: B-7/TU.DKK/01/2021",
        "",
        "Yang bertanda tangan di bawah ini:",
        f"Nama\t:\t{KABAG_TU}",
        "NIP\t:\t19780523 200212 2 001",
        f"Jabatan\t:\tKepala Bagian Tata Usaha, {UNIT}",
        "",
        ("dengan ini menerangkan bahwa selama tahun 2020 (1 Januari sampai dengan 31 Desember "
         f"2020) tidak terdapat pegawai di lingkungan {UNIT} yang melakukan pelanggaran disiplin "
         "dan dijatuhi hukuman disiplin berdasarkan Peraturan Pemerintah Nomor 53 Tahun 2010."),
        "",
        "Rekapitulasi pegawai yang dijatuhi hukuman disiplin tahun 2020 (jumlah pegawai 86 orang):",
        "{{table}}",
        ("Demikian surat keterangan ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana "
         "mestinya."),
        *signed("Jakarta, 11 Januari 2021", "Kepala Bagian Tata Usaha,", KABAG_TU,
                "19780523 200212 2 001"),
    ]
    rows: Table = [["Jenis Hukuman Disiplin", "Jumlah Pegawai"], ["Ringan", "nihil"],
                   ["Sedang", "nihil"], ["Berat", "nihil"]]
    return Scan(["\n".join(page)], dpi=200, noise=True, tables={0: rows})


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


def rkt_2021() -> Pdf:
    """The annual plan for 2021, written and signed in November 2020."""
    rows: Table = [["No", "Sasaran Strategis", "Indikator Kinerja", "Target 2021"]]
    for i, ((s, ik), t) in enumerate(zip(SASARAN, ["96%", "92%", "85,00"], strict=True), 1):
        rows.append([str(i), s, ik, t])
    rows.append(["4", "Terwujudnya birokrasi yang bersih dan melayani", "Predikat Zona Integritas",
                 "WBBM"])
    pengantar = [
        "# KATA PENGANTAR", "",
        (f"Rencana Kinerja Tahunan {UNIT} Tahun 2021 merupakan penjabaran tahun kedua Rencana "
         "Strategis Tahun 2020-2024. Dokumen ini memuat sasaran, indikator, dan target kinerja "
         "tahun 2021 yang menjadi dasar penyusunan Perjanjian Kinerja Tahun 2021."),
        *signed("Jakarta, 16 November 2020", f"{DEPUTI},", KEPALA),
    ]
    body = [
        "# BAB I", "# PENDAHULUAN", "",
        ("Rencana Kinerja Tahunan disusun sesuai Peraturan Presiden Nomor 29 Tahun 2014 tentang "
         "Sistem Akuntabilitas Kinerja Instansi Pemerintah, dengan memperhatikan capaian kinerja "
         "tahun 2020 dan pagu indikatif Sekretariat Kabinet Tahun Anggaran 2021."),
        "",
        "# BAB II", "# RENCANA KINERJA TAHUN 2021", "",
        "{{table}}",
        ("Kegiatan dibiayai melalui Program Dukungan Manajemen dengan pagu indikatif "
         "Rp18.750.000.000,00."),
        "",
        "# BAB III", "# PENUTUP", "",
        ("Rencana Kinerja Tahunan ini dijabarkan dalam Perjanjian Kinerja Tahun 2021 dan dipantau "
         "capaiannya setiap triwulan."),
    ]
    return (Layout()
            .page(cover(["RENCANA KINERJA TAHUNAN", UNIT_UP, "TAHUN 2021"],
                        "Jakarta, November 2020"))
            .flow(pengantar).page(body, rows)
            .pdf("RKT Kedeputian Bidang Dukungan Kerja Kabinet 2021"))


IKU_NO = "KEP-9/DKK/III/2016"
IKU_TITLE = f"INDIKATOR KINERJA UTAMA {UNIT_UP} TAHUN 2015-2019"


def sk_iku_2015_2019() -> Pdf:
    """The key indicators of the previous strategic period, still filed as the current ones."""
    deputi_2016 = "Bambang Hermawan"
    page1 = [
        *decree_head(KOP, DEPUTI_UP, IKU_NO, IKU_TITLE),
        *items("Menimbang", [
            ("bahwa setiap unit organisasi wajib menetapkan indikator kinerja utama sebagai ukuran "
             "keberhasilan pencapaian sasaran strategis;"),
            ("bahwa indikator kinerja utama sebagaimana dimaksud dalam huruf a merupakan "
             "penjabaran Rencana Strategis Sekretariat Kabinet Tahun 2015-2019;"),
            ("bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu "
             f"menetapkan Keputusan {DEPUTI} tentang Indikator Kinerja Utama;"),
        ]),
        *items("Mengingat", [
            ("Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja "
             "Instansi Pemerintah;"),
            ("Peraturan Presiden Nomor 25 Tahun 2015 tentang Sekretariat Kabinet (Lembaran Negara "
             "Republik Indonesia Tahun 2015 Nomor 40);"),
            ("Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 "
             "Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata "
             "Cara Reviu atas Laporan Kinerja Instansi Pemerintah;"),
        ], marker="1"),
        *deciding(DEPUTI_UP, IKU_TITLE, [
            ("Menetapkan Indikator Kinerja Utama sebagaimana tercantum dalam Lampiran yang "
             "merupakan bagian tidak terpisahkan dari Keputusan ini."),
            ("Indikator Kinerja Utama menjadi acuan penyusunan rencana kinerja tahunan, perjanjian "
             "kinerja, dan laporan kinerja."),
            "Keputusan ini mulai berlaku pada tanggal ditetapkan.",
        ]),
        *signature("7 Maret 2016", DEPUTI_UP, deputi_2016),
    ]
    rows: Table = [
        ["No", "Sasaran Strategis", "Indikator Kinerja Utama", "Formula", "Sumber Data"],
        ["1", "Meningkatnya kualitas dukungan persidangan kabinet",
         "Persentase sidang kabinet yang didukung tepat waktu",
         "Sidang didukung tepat waktu / seluruh sidang x 100%", "Agenda persidangan"],
        ["2", "Meningkatnya kualitas risalah sidang kabinet",
         "Persentase risalah yang diselesaikan sesuai standar waktu",
         "Risalah tepat waktu / seluruh risalah x 100%", "Register risalah"],
        ["3", "Meningkatnya kualitas hubungan kelembagaan",
         "Persentase rekomendasi hubungan kelembagaan yang ditindaklanjuti",
         "Rekomendasi ditindaklanjuti / seluruh rekomendasi x 100%", "Laporan triwulanan"],
    ]
    page2 = [*lampiran_head(DEPUTI_UP, IKU_NO, IKU_TITLE), "# INDIKATOR KINERJA UTAMA",
             "{{table}}", f"> {DEPUTI_UP},", "> ttd.", f"> {deputi_2016}"]
    return Layout(font_size=10.5).page(page1).page(page2, rows).pdf("SK IKU DKK")


def capaian_kinerja(tw: str, months: str, meeting: str, signed_on: str, number: str,
                    results: Sequence[tuple[str, str, str]], notes: Sequence[str]) -> Pdf:
    """A quarterly report on the performance agreement, discussed in a meeting led by the Deputi."""
    rows: Table = [["No", "Indikator Kinerja", "Target 2021", f"Realisasi s.d. Triwulan {tw}",
                    "Capaian"]]
    for i, ((_, ik), target, (real, pct, _)) in enumerate(
            zip(SASARAN, ["96%", "92%", "85,00"], results, strict=True), 1):
        rows.append([str(i), ik, target, real, pct])
    body = [
        "# BAB I", "# PENDAHULUAN", "",
        ("Sesuai Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 "
         "Tahun 2014, capaian Perjanjian Kinerja dipantau setiap triwulan. Capaian Triwulan "
         f"{tw} ({months} 2021) dibahas dalam rapat pemantauan kinerja yang dipimpin oleh "
         f"{DEPUTI} pada {meeting}."),
        "",
        "# BAB II", "# CAPAIAN KINERJA", "",
        "{{table}}",
        *[note for _, _, note in results if note],
        "",
        "# BAB III", "# PERMASALAHAN DAN TINDAK LANJUT", "",
        *[f"{i}. {n}" for i, n in enumerate(notes, 1)],
        *signed(f"Jakarta, {signed_on}", f"{DEPUTI},", KEPALA),
    ]
    title = ["LAPORAN PEMANTAUAN CAPAIAN KINERJA", f"TRIWULAN {tw} TAHUN 2021"]
    month = signed_on.split(" ", 1)[1]
    return (Layout()
            .page(cover(title, f"Jakarta, {month}", extra=[f"# Nomor: {number}"]))
            .page(body, rows)
            .pdf(f"Laporan Pemantauan Capaian Kinerja Triwulan {tw} 2021"))


def notulen_pk() -> Docx:
    paragraphs = [
        *KOP,
        "# NOTULEN RAPAT",
        "# PENYUSUNAN PERJANJIAN KINERJA TAHUN 2021",
        "",
        "Hari/Tanggal\t:\tSenin, 28 Desember 2020",
        "Waktu\t:\tPukul 09.00 s.d. 11.30 WIB",
        "Tempat\t:\tRuang Rapat Deputi dan secara daring",
        f"Pimpinan Rapat\t:\t{DEPUTI}",
        ("Peserta\t:\tPara Asisten Deputi, Kepala Bagian Tata Usaha, dan Kelompok Kerja Penguatan "
         "Akuntabilitas Kinerja"),
        "",
        "A. Pembahasan",
        ("1. Deputi menegaskan bahwa sasaran dan indikator Perjanjian Kinerja Tahun 2021 mengacu "
         "pada Rencana Strategis 2020-2024 dan Rencana Kinerja Tahunan 2021;"),
        ("2. Target persentase sidang kabinet yang didukung tepat waktu dinaikkan dari 95% menjadi "
         "96%, sesuai capaian tahun 2020 sebesar 97,4%;"),
        ("3. Target Indeks Kepuasan Masyarakat ditetapkan 85,00 dan diukur melalui survei pada "
         "Semester II;"),
        ("4. Ditambahkan sasaran terwujudnya birokrasi yang bersih dan melayani dengan target "
         "predikat Wilayah Birokrasi Bersih dan Melayani."),
        "",
        "B. Kesimpulan",
        "1. Perjanjian Kinerja Tahun 2021 ditandatangani pada hari kerja pertama tahun 2021;",
        ("2. Para Asisten Deputi menjabarkan Perjanjian Kinerja ke dalam perjanjian kinerja "
         "Asisten Deputi dan sasaran kinerja pegawai paling lambat 31 Januari 2021."),
        "",
        "> Jakarta, 28 Desember 2020",
        "> Notulis,",
        "",
        "> ttd.",
        "",
        "> Hendrik Sitompul, S.E.",
        "",
        "Mengetahui,",
        f"{DEPUTI},",
        "",
        "ttd.",
        "",
        KEPALA_FULL,
    ]
    return Docx(paragraphs, title="Notulen Rapat Penyusunan PK 2021",
                created=datetime(2020, 12, 28, 13, 20))


# --- 5. Penguatan Pengawasan -----------------------------------------------------------------


def kampanye_gratifikasi() -> Pdf:
    rows: Table = [
        ["No", "Kegiatan dan Media", "Waktu", "Sasaran"],
        ["1", "Banner dan poster Tolak Gratifikasi di lobi, ruang layanan, dan ruang rapat",
         "Sepanjang tahun 2021", "Pegawai dan tamu"],
        ["2", "Unggahan infografis pengendalian gratifikasi di media sosial resmi",
         "Setiap bulan", "Publik dan mitra kerja"],
        ["3", "Surat imbauan kepada kementerian/lembaga mitra untuk tidak memberikan bingkisan",
         "Menjelang Idul Fitri (Mei) dan akhir tahun", "42 kementerian/lembaga"],
        ["4", "Pesan antigratifikasi pada tanda tangan surat elektronik pegawai",
         "Sejak Maret 2021", "Seluruh penerima surat"],
        ["5", "Apel Hari Antikorupsi Sedunia dan pembacaan komitmen antigratifikasi",
         "9 Desember 2021", "Seluruh pegawai"],
    ]
    body = [
        "# BAB I", "# PENDAHULUAN", "",
        ("Kampanye pengendalian gratifikasi dilaksanakan sesuai Undang-Undang Nomor 20 Tahun 2001 "
         "tentang Perubahan atas Undang-Undang Nomor 31 Tahun 1999 tentang Pemberantasan Tindak "
         "Pidana Korupsi dan Peraturan Komisi Pemberantasan Korupsi Nomor 2 Tahun 2019 tentang "
         "Pelaporan Gratifikasi, agar pegawai, pengguna layanan, dan mitra kerja mengetahui "
         f"bahwa {UNIT} menolak segala bentuk gratifikasi."),
        "",
        "# BAB II", "# PELAKSANAAN KAMPANYE", "",
        "{{table}}",
        "",
        "# BAB III", "# HASIL", "",
        ("Sepanjang tahun 2021 tidak terdapat laporan penerimaan gratifikasi oleh pegawai. Dua "
         "bingkisan dari mitra kerja dikembalikan kepada pengirim disertai surat pengembalian."),
        *signed("Jakarta, 17 Desember 2021", "Koordinator Kelompok Kerja Penguatan Pengawasan,",
                KOORD_PW),
    ]
    title = ["LAPORAN KAMPANYE", "PENGENDALIAN GRATIFIKASI", "TAHUN 2021"]
    return (Layout().page(cover(title, "Jakarta, Desember 2021")).page(body, rows)
            .pdf("Laporan Kampanye Pengendalian Gratifikasi 2021"))


SPIP_ENVIRONMENT: Table = [
    ["No", "Subunsur Lingkungan Pengendalian", "Kondisi Tahun 2021"],
    ["1", "Penegakan integritas dan nilai etika",
     "Pakta integritas ditandatangani seluruh pegawai; kode etik disosialisasikan"],
    ["2", "Komitmen terhadap kompetensi", "Analisis kebutuhan pelatihan dan rencana pengembangan "
     "kompetensi disusun"],
    ["3", "Kepemimpinan yang kondusif", "Deputi memimpin rapat pemantauan kinerja triwulanan"],
    ["4", "Struktur organisasi sesuai kebutuhan", "Mengikuti Peraturan Presiden Nomor 55 Tahun "
     "2020; analisis beban kerja dimutakhirkan"],
    ["5", "Pendelegasian wewenang dan tanggung jawab", "Disposisi elektronik melalui e-Office"],
    ["6", "Kebijakan pembinaan sumber daya manusia", "Penilaian kinerja bulanan melalui e-Kinerja"],
    ["7", "Peran aparat pengawasan intern", "Reviu Inspektorat atas register risiko"],
    ["8", "Hubungan kerja yang baik", "Koordinasi rutin dengan unit kerja lain"],
]
SPIP_RISKS: Table = [
    ["Tingkat Risiko", "Jumlah", "Contoh"],
    ["Tinggi", "3", "Bahan sidang kabinet terlambat diterima; kebocoran informasi rahasia"],
    ["Sedang", "3", "Risalah terlambat disahkan; gangguan jaringan saat rapat daring"],
    ["Rendah", "6", "Arsip fisik rusak; data kepegawaian tidak mutakhir"],
]


def laporan_spip() -> Pdf:
    """The multi-page report: seven pages, the five elements of internal control."""
    title = ["LAPORAN PENYELENGGARAAN", "SISTEM PENGENDALIAN INTERN PEMERINTAH", "TAHUN 2021"]
    pengantar = [
        "# KATA PENGANTAR", "",
        (f"Laporan ini menyajikan penyelenggaraan Sistem Pengendalian Intern Pemerintah (SPIP) di "
         f"{UNIT} pada tahun 2021, sebagai pertanggungjawaban pimpinan atas pengendalian intern "
         "di lingkungan kerjanya dan bahan penilaian maturitas SPIP Sekretariat Kabinet."),
        *signed("Jakarta, 20 Desember 2021", f"{DEPUTI},", KEPALA),
    ]
    bab1 = [
        "# BAB I", "# PENDAHULUAN", "",
        "A. Latar Belakang",
        ("Peraturan Pemerintah Nomor 60 Tahun 2008 tentang Sistem Pengendalian Intern Pemerintah "
         "mewajibkan pimpinan instansi pemerintah menyelenggarakan pengendalian intern yang "
         "terdiri atas lima unsur: lingkungan pengendalian, penilaian risiko, kegiatan "
         "pengendalian, informasi dan komunikasi, serta pemantauan pengendalian intern."),
        "",
        (f"{UNIT} menyelenggarakan SPIP sebagai bagian dari SPIP Sekretariat Kabinet, dengan "
         "Kelompok Kerja Penguatan Pengawasan sebagai koordinator dan Inspektorat sebagai "
         "pendamping dan pereviu."),
        "",
        "B. Tujuan",
        "1. Memberikan keyakinan memadai atas tercapainya sasaran kinerja Kedeputian;",
        "2. Menjaga keandalan pelaporan, keamanan aset, dan ketaatan pada peraturan;",
        "3. Menyediakan bahan penilaian maturitas SPIP Sekretariat Kabinet.",
        "",
        "C. Dasar Hukum",
        ("1. Peraturan Pemerintah Nomor 60 Tahun 2008 tentang Sistem Pengendalian Intern "
         "Pemerintah;"),
        "2. Peraturan Presiden Nomor 55 Tahun 2020 tentang Sekretariat Kabinet;",
        ("3. Peraturan Badan Pengawasan Keuangan dan Pembangunan Nomor 5 Tahun 2021 tentang "
         "Penilaian dan Strategi Peningkatan Maturitas Penyelenggaraan Sistem Pengendalian Intern "
         "Pemerintah Terintegrasi."),
    ]
    bab2 = [
        "# BAB II", "# LINGKUNGAN PENGENDALIAN", "",
        "Kondisi lingkungan pengendalian pada tahun 2021 menurut delapan subunsurnya:",
        "{{table}}",
        ("Lingkungan pengendalian dinilai memadai. Kelemahan yang masih ada adalah belum "
         "lengkapnya dokumentasi pendelegasian wewenang di luar aplikasi e-Office."),
    ]
    bab3 = [
        "# BAB III", "# PENILAIAN RISIKO", "",
        ("Identifikasi dan analisis risiko dilaksanakan pada Maret sampai dengan Mei 2021 atas "
         "sasaran strategis dan kegiatan utama Kedeputian, kemudian direviu oleh Inspektorat pada "
         "5 Agustus 2021. Dua belas risiko teridentifikasi dan dicatat dalam Register Risiko "
         "Tahun 2021:"),
        "{{table}}",
        ("Risiko tingkat tinggi menjadi prioritas rencana tindak pengendalian dan dipantau setiap "
         "triwulan."),
    ]
    bab4 = [
        "# BAB IV", "# KEGIATAN PENGENDALIAN", "",
        "Kegiatan pengendalian yang dilaksanakan pada tahun 2021 antara lain:",
        ("1. Reviu berjenjang bahan sidang kabinet oleh Kepala Bidang, Asisten Deputi, dan Deputi "
         "sebelum disampaikan kepada Sekretaris Kabinet;"),
        ("2. Pembatasan akses risalah sidang kabinet dengan klasifikasi keamanan dan pencatatan "
         "peminjaman;"),
        "3. Otorisasi transaksi keuangan melalui Sistem Aplikasi Keuangan Tingkat Instansi;",
        "4. Pencadangan data e-Office dan risalah elektronik setiap hari;",
        "5. Pemisahan fungsi pembuat komitmen, penguji tagihan, dan bendahara;",
        "6. Rekonsiliasi barang milik negara setiap semester.",
        "",
        ("Dari enam rencana tindak pengendalian atas risiko tingkat tinggi dan sedang, empat "
         "telah dilaksanakan dan dua dalam proses; risiko tingkat rendah diterima dan dipantau."),
        "",
        "# BAB V", "# INFORMASI DAN KOMUNIKASI", "",
        ("Kebijakan dan prosedur pengendalian dikomunikasikan melalui rapat pimpinan, surat "
         "elektronik, grup pesan pegawai, dan laman intranet. Sosialisasi SPIP kepada pejabat dan "
         "staf dilaksanakan pada 20 September 2021 dengan narasumber dari Inspektorat."),
        "",
        ("Informasi kinerja dan keuangan disajikan melalui e-SAKIP, SAKTI, dan laporan "
         "triwulanan kepada pimpinan."),
    ]
    bab6 = [
        "# BAB VI", "# PEMANTAUAN PENGENDALIAN INTERN", "",
        ("Pemantauan berkelanjutan dilakukan melalui rapat pemantauan kinerja triwulanan dan "
         "monitoring rencana tindak pengendalian. Evaluasi terpisah dilakukan oleh Inspektorat "
         "melalui reviu register risiko dan audit kinerja."),
        "",
        "Tindak lanjut rekomendasi hasil pengawasan tahun 2021:",
        "1. Rekomendasi Inspektorat: 6, seluruhnya telah ditindaklanjuti;",
        "2. Rekomendasi Badan Pemeriksa Keuangan: tidak ada temuan pada Kedeputian.",
        "",
        "# BAB VII", "# PENUTUP", "",
        ("Penyelenggaraan SPIP di lingkungan Kedeputian pada tahun 2021 berjalan memadai. Pada "
         "tahun 2022 Kedeputian akan melengkapi dokumentasi pendelegasian wewenang, menuntaskan "
         "rencana tindak pengendalian yang tertunda, dan memperluas pemantauan risiko pada "
         "layanan daring."),
        *signed("Jakarta, 20 Desember 2021", f"{DEPUTI},", KEPALA),
    ]
    return (Layout()
            .page(cover(title, "Jakarta, Desember 2021"))
            .flow(pengantar).flow(bab1).page(bab2, SPIP_ENVIRONMENT).page(bab3, SPIP_RISKS)
            .flow(bab4).flow(bab6)
            .pdf("Laporan Penyelenggaraan SPIP DKK 2021"))


def register_risiko() -> Pdf:
    register: Table = [
        ["No", "Kegiatan", "Risiko", "Penyebab", "K", "D", "Skor", "Tingkat"],
        ["1", "Dukungan sidang kabinet", "Bahan sidang terlambat diterima peserta",
         "Bahan dari kementerian masuk mendekati jadwal", "4", "4", "16", "Tinggi"],
        ["2", "Penyusunan risalah", "Kebocoran informasi rahasia",
         "Risalah dikirim melalui surel pribadi", "2", "5", "10", "Tinggi"],
        ["3", "Layanan informasi", "Informasi yang dikecualikan terpublikasi",
         "Uji konsekuensi belum dilakukan", "2", "5", "10", "Tinggi"],
        ["4", "Penyusunan risalah", "Risalah terlambat disahkan", "Antrean verifikasi rekaman",
         "3", "3", "9", "Sedang"],
        ["5", "Rapat daring", "Gangguan jaringan saat rapat terbatas",
         "Jaringan cadangan belum ada", "3", "3", "9", "Sedang"],
        ["6", "Pengadaan barang", "Benturan kepentingan dalam pengadaan",
         "Pejabat pengadaan mengenal penyedia", "2", "4", "8", "Sedang"],
    ]
    rtp: Table = [
        ["No", "Risiko", "Rencana Tindak Pengendalian", "Penanggung Jawab", "Target", "Status"],
        ["1", "Bahan sidang terlambat", "Batas akhir penyampaian bahan H-2 dan pengingat otomatis",
         "Asdep Persidangan Kabinet", "Juni 2021", "Selesai"],
        ["2", "Kebocoran informasi rahasia", "Larangan surel pribadi; kanal terenkripsi",
         "Asdep Naskah dan Risalah", "Juli 2021", "Selesai"],
        ["3", "Informasi dikecualikan terpublikasi", "Uji konsekuensi oleh PPID Pelaksana",
         "Asdep Hubungan Kelembagaan dan Informasi", "Agustus 2021", "Selesai"],
        ["4", "Risalah terlambat disahkan", "Penambahan verifikator risalah",
         "Asdep Naskah dan Risalah", "September 2021", "Dalam proses"],
        ["5", "Gangguan jaringan", "Jaringan cadangan di ruang rapat", "Bagian Tata Usaha",
         "Desember 2021", "Dalam proses"],
        ["6", "Benturan kepentingan pengadaan", "Surat pernyataan pejabat pengadaan",
         "Bagian Tata Usaha", "April 2021", "Selesai"],
    ]
    page1 = [
        *KOP, "", "# REGISTER RISIKO DAN RENCANA TINDAK PENGENDALIAN", f"# {UNIT_UP}",
        "# TAHUN 2021", "",
        ("Disusun oleh Kelompok Kerja Penguatan Pengawasan bersama para Asisten Deputi dan "
         "direviu oleh Inspektorat pada 5 Agustus 2021. Dimuat risiko tingkat tinggi dan sedang "
         "(6 dari 12 risiko teridentifikasi). K: kemungkinan, D: dampak (skala 1-5)."),
        "",
        "# A. REGISTER RISIKO",
        "{{table}}",
    ]
    page2 = [
        "# B. RENCANA TINDAK PENGENDALIAN", "{{table}}",
        *signed("Jakarta, 9 Agustus 2021", f"{DEPUTI},", KEPALA),
    ]
    return (Layout(font_size=10).page(page1, register).page(page2, rtp)
            .pdf("Register Risiko dan RTP DKK 2021"))


def undangan_sosialisasi_spip() -> Pdf:
    """An invitation to the socialisation, filed under the report's name: not a report."""
    page = [
        *KOP, "",
        "> Jakarta, 13 September 2021",
        "Nomor\t:\tUND-27/Dep.DKK/09/2021",
        "Sifat\t:\tBiasa",
        "Lampiran\t:\t-",
        "Hal\t:\tUndangan Sosialisasi Sistem Pengendalian Intern Pemerintah",
        "",
        "Yth. Para Asisten Deputi dan Kepala Bagian Tata Usaha",
        f"di lingkungan {UNIT}",
        "",
        ("Dalam rangka memperkuat penerapan Sistem Pengendalian Intern Pemerintah (SPIP) di "
         "lingkungan Kedeputian, dengan hormat kami mengundang Bapak/Ibu beserta dua orang staf "
         "untuk hadir pada:"),
        "",
        "Hari/Tanggal\t:\tSenin, 20 September 2021",
        "Waktu\t:\tPukul 09.00 s.d. 11.30 WIB",
        "Tempat\t:\tRuang Rapat Utama Gedung III Sekretariat Kabinet",
        "Acara\t:\tSosialisasi SPIP dan pemantauan rencana tindak pengendalian",
        "Narasumber\t:\tInspektorat Sekretariat Kabinet",
        "",
        ("Mengingat pentingnya acara tersebut, kehadiran Bapak/Ibu tepat waktu sangat kami "
         "harapkan. Atas perhatian dan kerja sama Bapak/Ibu, kami ucapkan terima kasih."),
        "",
        f"> a.n. {DEPUTI}",
        "> Kepala Bagian Tata Usaha,",
        "",
        "> ttd.",
        "",
        f"> {KABAG_TU}",
        "",
        "Tembusan:",
        f"{DEPUTI}",
    ]
    return Layout().page(page).pdf("Undangan Sosialisasi SPIP", page_numbers=False)


def benturan_kepentingan_other_unit() -> Pdf:
    """Another deputy's conflict-of-interest map, copied as a model: never names DKK."""
    rows: Table = [
        ["No", "Tugas dan Fungsi", "Potensi Benturan Kepentingan", "Pengendalian"],
        ["1", "Analisis kebijakan bidang pendidikan dan kesehatan",
         ("Analis memiliki hubungan keluarga dengan pejabat kementerian yang kebijakannya "
          "dianalisis"),
         "Pernyataan benturan kepentingan; penggantian analis"],
        ["2", "Pengawasan pelaksanaan program bantuan sosial",
         "Tawaran perjalanan dinas atau fasilitas dari kementerian yang diawasi",
         "Perjalanan dinas hanya dengan DIPA sendiri; lapor UPG"],
        ["3", "Penyiapan rekomendasi kepada Presiden",
         "Pegawai pernah bekerja pada lembaga yang dinilai",
         "Deklarasi dan pengecualian penugasan"],
        ["4", "Koordinasi dengan organisasi kemasyarakatan",
         "Pegawai menjadi pengurus organisasi yang bersangkutan", "Deklarasi tahunan"],
    ]
    body = [
        "# BAB I", "# PENDAHULUAN", "",
        ("Identifikasi benturan kepentingan dilaksanakan sesuai Peraturan Menteri Pendayagunaan "
         "Aparatur Negara dan Reformasi Birokrasi Nomor 37 Tahun 2012 tentang Pedoman Umum "
         f"Penanganan Benturan Kepentingan, pada tugas dan fungsi utama {PMK}."),
        "",
        "# BAB II", "# HASIL IDENTIFIKASI", "",
        "{{table}}",
        ("Seluruh pegawai menyampaikan pernyataan potensi benturan kepentingan pada Februari "
         "2021."),
        *signed("Jakarta, 26 Februari 2021", f"Kepala Bagian Tata Usaha {PMK},",
                "Lestari Handayani, S.Sos., M.P.A."),
    ]
    title = ["LAPORAN IDENTIFIKASI", "BENTURAN KEPENTINGAN", "TAHUN 2021"]
    return (Layout().page(cover(title, "Jakarta, Februari 2021", unit=PMK_UP)).page(body, rows)
            .pdf("Identifikasi Benturan Kepentingan 2021"))


def rekap_lhkpn() -> Pdf:
    rows: Table = [
        ["No", "Nama", "Jabatan", "Kategori Wajib Lapor", "Tanggal Penyampaian", "Status"],
        ["1", KEPALA_FULL, DEPUTI, "Kepala satuan kerja", "8 Februari 2021", "Lengkap"],
        ["2", KETUA_TIM, "Asisten Deputi Bidang Persidangan Kabinet", "Pejabat", "15 Februari 2021",
         "Lengkap"],
        ["3", "Wulan Sari Dewi, S.E., M.Ak.", "Asisten Deputi Bidang Naskah dan Risalah", "Pejabat",
         "12 Februari 2021", "Lengkap"],
        ["4", KOORD_AK, "Asisten Deputi Bidang Hubungan Kelembagaan dan Informasi", "Pejabat",
         "3 Maret 2021", "Lengkap"],
        ["5", KABAG_TU, "Kepala Bagian Tata Usaha", "Pejabat", "22 Februari 2021", "Lengkap"],
        ["6", "Hendrik Sitompul, S.E.", "Pejabat Pembuat Komitmen", "Lainnya", "17 Maret 2021",
         "Lengkap"],
        ["7", "Eko Prasetyo, A.Md.", "Bendahara Pengeluaran Pembantu", "Lainnya", "29 Maret 2021",
         "Lengkap"],
    ]
    page = [
        *KOP, "", "# REKAPITULASI PENYAMPAIAN LHKPN", f"# {UNIT_UP}", "# TAHUN 2021", "",
        ("Laporan periodik atas harta kekayaan per 31 Desember 2020 yang wajib disampaikan "
         "melalui aplikasi e-LHKPN paling lambat 31 Maret 2021."),
        "{{table}}",
        "Wajib lapor\t:\t7 orang (1 kepala satuan kerja, 4 pejabat, 2 lainnya)",
        "Sudah lapor\t:\t7 orang (100%), seluruhnya tepat waktu",
        *signed("Jakarta, 5 April 2021", "Kepala Bagian Tata Usaha,", KABAG_TU),
    ]
    return Layout(font_size=10.5).page(page, rows).pdf("Rekap LHKPN DKK 2021",
                                                        page_numbers=False)


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


def ba_fkp_2020() -> Pdf:
    """Last year's public consultation on the service standards (the 2021 one is not filed)."""
    rows: Table = [
        ["No", "Masukan Peserta", "Kesepakatan"],
        ["1", "Persyaratan permohonan jadwal sidang kabinet belum memuat daftar usulan peserta",
         "Ditambahkan sebagai persyaratan"],
        ["2", "Jangka waktu salinan risalah tujuh hari kerja dinilai terlalu lama",
         "Diperpendek menjadi lima hari kerja"],
        ["3", "Permohonan belum dapat diajukan secara elektronik",
         "Permohonan melalui e-Office dan surat elektronik"],
        ["4", "Kanal pengaduan belum diumumkan", "SP4N-LAPOR! dicantumkan dalam standar pelayanan"],
    ]
    page1 = [
        *KOP, "", "# BERITA ACARA", "# FORUM KONSULTASI PUBLIK", "# REVIU STANDAR PELAYANAN",
        "# Nomor: BA-3/Dep.DKK/10/2020", "",
        ("Pada hari ini Kamis tanggal dua puluh dua bulan Oktober tahun dua ribu dua puluh, "
         "bertempat di Ruang Rapat Utama Gedung III Sekretariat Kabinet dan secara daring, telah "
         f"dilaksanakan Forum Konsultasi Publik {UNIT} dalam rangka reviu Standar Pelayanan, "
         "sesuai Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 16 "
         "Tahun 2017."),
        "",
        ("Peserta: perwakilan pengguna layanan dari Kementerian Sekretariat Negara, Kantor Staf "
         "Presiden, Kementerian Koordinator Bidang Perekonomian, dan Kementerian Komunikasi dan "
         "Informatika, serta pejabat dan petugas layanan Kedeputian."),
        "",
        "Hasil pembahasan dan kesepakatan:",
        "{{table}}",
        ("Kesepakatan ini menjadi dasar perbaikan Standar Pelayanan yang akan ditetapkan dengan "
         "Keputusan Deputi."),
        "",
        "> Jakarta, 22 Oktober 2020",
        "Wakil Penyelenggara Layanan,", "", "ttd.", "", KETUA_TIM,
        "",
        "> Wakil Pengguna Layanan,", "", "> ttd.", "", "> Dra. Sri Rejeki Lestari, M.Si.",
    ]
    return Layout(font_size=10.5).page(page1, rows).pdf("Berita Acara FKP 2020",
                                                         page_numbers=False)


def tl_skm() -> Pdf:
    """The 2021 follow-up of the 2020 survey (IKM 84,37, as the LKj 2020 reports)."""
    rows: Table = [
        ["No", "Unsur dengan Nilai Terendah (SKM 2020)", "Tindak Lanjut Tahun 2021", "Waktu",
         "Status"],
        ["1", "Waktu Penyelesaian",
         "Standar waktu salinan risalah diperpendek menjadi 5 hari kerja", "Februari 2021",
         "Selesai"],
        ["2", "Sistem, Mekanisme, dan Prosedur", "Permohonan jadwal sidang melalui e-Office",
         "Maret 2021", "Selesai"],
        ["3", "Penanganan Pengaduan, Saran, dan Masukan",
         "Kanal SP4N-LAPOR! dan kotak pengaduan diumumkan di ruang layanan", "April 2021",
         "Selesai"],
        ["4", "Kompetensi Pelaksana", "Pelatihan pelayanan prima bagi petugas layanan", "Mei 2021",
         "Selesai"],
    ]
    body = [
        "# BAB I", "# PENDAHULUAN", "",
        ("Survei Kepuasan Masyarakat Tahun 2020 menghasilkan Indeks Kepuasan Masyarakat 84,37 "
         "(mutu pelayanan B). Sesuai Peraturan Menteri Pendayagunaan Aparatur Negara dan "
         "Reformasi Birokrasi Nomor 14 Tahun 2017, hasil survei wajib ditindaklanjuti. Laporan "
         "ini memuat tindak lanjut yang dilaksanakan pada tahun 2021."),
        "",
        "# BAB II", "# PELAKSANAAN TINDAK LANJUT", "",
        "{{table}}",
        ("Keempat rencana tindak lanjut telah selesai. Survei Tahun 2021 menunjukkan kenaikan "
         "Indeks Kepuasan Masyarakat menjadi 88,75."),
        *signed("Jakarta, 20 Desember 2021", f"{DEPUTI},", KEPALA),
    ]
    title = ["LAPORAN TINDAK LANJUT", "HASIL SURVEI KEPUASAN MASYARAKAT", "TAHUN 2021"]
    return (Layout().page(cover(title, "Jakarta, Desember 2021")).page(body, rows)
            .pdf("Laporan Tindak Lanjut SKM 2021"))


def pelatihan_pelayanan_prima() -> Pdf:
    rows: Table = [
        ["No", "Materi", "Jam Pelajaran"],
        ["1", "Konsep pelayanan prima dan standar pelayanan Kedeputian", "3"],
        ["2", "Etika dan komunikasi dengan pengguna layanan", "4"],
        ["3", "Penanganan keluhan dan pengaduan melalui SP4N-LAPOR!", "3"],
        ["4", "Simulasi layanan di ruang layanan dan secara daring", "4"],
    ]
    page = [
        *KOP, "", "# LAPORAN PELAKSANAAN PELATIHAN PELAYANAN PRIMA",
        "# BAGI PETUGAS LAYANAN TAHUN 2021", "# Nomor: B-98/Dep.DKK/05/2021", "",
        "A. Dasar",
        ("Rencana Pengembangan Kompetensi Pegawai Tahun 2021 dan rencana tindak lanjut hasil "
         "Survei Kepuasan Masyarakat Tahun 2020 pada unsur kompetensi pelaksana."),
        "",
        "B. Waktu dan Tempat",
        "Hari/Tanggal\t:\tSelasa dan Rabu, 18 dan 19 Mei 2021",
        "Tempat\t:\tRuang Rapat Utama Gedung III Sekretariat Kabinet",
        "",
        "C. Peserta",
        ("12 petugas layanan: petugas meja layanan, petugas layanan informasi, dan petugas "
         "pengelola pengaduan."),
        "",
        "D. Materi",
        "{{table}}",
        "",
        "E. Hasil",
        ("Nilai rata-rata post-test 84,2. Peserta menyusun janji layanan yang dipasang di ruang "
         "layanan sejak Juni 2021."),
        *signed("Jakarta, 25 Mei 2021", "Koordinator Kelompok Kerja Peningkatan Kualitas "
                "Pelayanan Publik,", KOORD_PP),
    ]
    return Layout(font_size=10.5).page(page, rows).pdf("Laporan Pelatihan Pelayanan Prima 2021",
                                                        page_numbers=False)


def profil_inovasi() -> Pdf:
    rows: Table = [
        ["Aspek", "Sebelum Inovasi (2020)", "Sesudah Inovasi (2021)"],
        ["Cara permohonan", "Surat fisik diantar ke Sekretariat Kabinet", "Formulir daring dan "
         "e-Office"],
        ["Waktu penjadwalan", "3 hari kerja", "1 hari kerja"],
        ["Informasi status", "Melalui telepon", "Notifikasi otomatis kepada pemohon"],
        ["Nilai unsur Waktu Penyelesaian (SKM)", "3,12", "3,41"],
    ]
    page = [
        *KOP, "", "# PROFIL INOVASI PELAYANAN", "# SI-JADWAL: PERMOHONAN JADWAL SIDANG KABINET",
        "# TAHUN 2021", "",
        "Nama Inovasi\t:\tSI-JADWAL",
        "Diluncurkan\t:\t1 Maret 2021",
        "Pengelola\t:\tAsisten Deputi Bidang Persidangan Kabinet",
        "",
        "A. Latar Belakang",
        ("Permohonan penjadwalan sidang kabinet dan rapat terbatas dari kementerian dan lembaga "
         "sebelumnya disampaikan dengan surat fisik dan dipantau melalui telepon, sehingga "
         "waktu penjadwalan lama dan pemohon tidak mengetahui status permohonannya."),
        "",
        "B. Uraian Inovasi",
        ("SI-JADWAL adalah formulir daring yang terhubung dengan e-Office: pemohon mengunggah "
         "surat dan bahan, petugas memverifikasi kelengkapan, dan status permohonan dikirimkan "
         "otomatis kepada pemohon pada setiap tahap."),
        "",
        "C. Hasil dan Manfaat",
        "{{table}}",
        "",
        "D. Keberlanjutan",
        ("Inovasi ditetapkan dalam revisi SOP Penjadwalan Sidang Kabinet dan dianggarkan dalam "
         "DIPA Tahun Anggaran 2022."),
        *signed("Jakarta, 30 Agustus 2021", f"{DEPUTI},", KEPALA),
    ]
    return Layout(font_size=10.5).page(page, rows).pdf("Profil Inovasi SI-JADWAL",
                                                        page_numbers=False)


# --- the folder ------------------------------------------------------------------------------

PROFILE = """\
unit = "Kedeputian Bidang Dukungan Kerja Kabinet"
aliases = ["Deputi Bidang Dukungan Kerja Kabinet", "DKK"]
parent = "Sekretariat Kabinet"
year = 2021
target = "wbbm"
# the unit's own LKE worksheet: every claimed answer and evidence link is checked
worksheet = "LKE ZI DKK 2021.xlsx"
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

Every area of the LKE has evidence here, and gaps, and near misses: 45 documents in one folder
per area (`1. Manajemen Perubahan/` to `6. Peningkatan Kualitas Pelayanan Publik/`; the results
area has no folder of its own). Three pages are scans, read only by OCR.

## What is wrong on purpose

| file | demonstrates |
| --- | --- |
| `1. Manajemen Perubahan/SK Role Model Pimpinan 2021.pdf` | last year's decree: number `4/DKK/III/2020`, enacted 2 Maret 2020, in force "sampai dengan 31 Desember 2020", no year in its title; the file name says 2021 but the content does not (MP.4.a: wrong year) |
| `1. Manajemen Perubahan/Pakta Integritas seluruh pegawai.pdf` | copied from another unit's template: names the Kedeputian Bidang Administrasi throughout, never DKK (MP.4.d: wrong unit) |
| `1. Manajemen Perubahan/Notulen Rapat Penentuan Anggota Tim ZI.pdf` | a PDF cut off after 45% of its bytes: it does not open; the only candidate for MP.1.b (unreadable) |
| `1. Manajemen Perubahan/Agen Perubahan/Scan_20210316_093512.pdf` | a scanned decree (image only, no text layer, slightly skewed and specked) with a scanner's file name: readable only by OCR (MP.4.b partial, answer B, with OCR; without OCR only its folder says what it is) |
| `2. Penataan Tatalaksana/Keterbukaan Informasi/Laporan Layanan Informasi Publik.pdf` | last year's annual public-information report: "TAHUN 2020" on the cover, signed 25 Januari 2021; the 2021 report is not in the folder (TT.3.b: wrong year) |
| `3. Penataan Sistem Manajemen SDM/Pengembangan Kompetensi/evaluasi pasca pelatihan 2021.pdf` | another unit's post-training evaluation kept as a model: names the Kedeputian Bidang Perekonomian throughout, never DKK (SDM.3.f: wrong unit) |
| `3. Penataan Sistem Manajemen SDM/Disiplin/EPSON003.PDF` | a one-page signed statement, scanned (image only, specked, scanner's file name, upper-case suffix): no disciplinary violations in 2020. Readable only by OCR; it proves last year's count (SDM.R3.a met) and is a near miss for this year's (SDM.R3.b, SDM.R3.c: wrong year) |
| `4. Penguatan Akuntabilitas/IKU/SK IKU DKK.pdf` | the key performance indicators of the previous strategic period: "TAHUN 2015-2019" in the title, enacted 7 Maret 2016; the indicators for 2020-2024 are not in the folder (AK.2.c, AK.2.d: wrong year, the term has ended) |
| `5. Penguatan Pengawasan/SPIP/Laporan Sosialisasi SPIP 2021.pdf` | not a report: the letter inviting the staff to the socialisation (Nomor, Sifat, Lampiran, Hal: Undangan Sosialisasi SPIP), saved under the report's name. It does not count; the report shows it as a document of another kind (PW.2.d: missing) |
| `5. Penguatan Pengawasan/Benturan Kepentingan/Identifikasi Benturan Kepentingan 2021.pdf` | copied from the Kedeputian Bidang Pembangunan Manusia dan Kebudayaan: names that unit on the cover, in the body and in the signature, never DKK (PW.5.a: wrong unit) |
| `6. Peningkatan Kualitas Pelayanan Publik/FKP/BA FKP Standar Pelayanan.pdf` | minutes (berita acara) of the public consultation of 22 Oktober 2020 that reviewed the service standards; none was held or filed in 2021 (PP.1.c: wrong year) |
| nothing | most of the gaps listed below: missing |

Other traps for the analyser: decrees and reports cite laws of other years (2008 to 2021) that are
not the years they are about; the Laporan Kinerja is about 2020 but signed in Februari 2021; the
Renstra covers 2020-2024; the agen perubahan decree is issued by the Deputi Bidang Administrasi
about DKK; `Renja ZI 2021 (final).docx` is the ZI work plan, not the unit's annual Renja (that is
`RKT DKK 2021.pdf`, signed in November 2020); the business-process map is a decree of the
Sekretaris Kabinet for the whole Sekretariat Kabinet (the parent), enacted in 2020 and still in
force; the minutes of the meeting on the 2021 performance agreement are dated 28 Desember 2020;
the follow-up of the satisfaction survey done in 2021 is of the 2020 survey (IKM 84,37); the
LHKPN recap of 2021 is of the wealth as of 31 Desember 2020; the competency development plan
(`Rencana Pengembangan Kompetensi Pegawai 2021.docx`) has its letterhead in the Word page header
and a footer; the SOP evaluation (6 pages) and the SPIP report (7 pages) are long reports with
page numbers, chapters and tables.

## The unit's worksheet

`LKE ZI DKK 2021.xlsx` is the unit's filled LKE ZI form (sheet `LKE ZI`, after the hidden sheets
`Utama` and `Ctt Eval`), named by `worksheet` in the profile: `zi-check corpus/` checks every
claimed answer and evidence link in it. `Jawaban PortalRB DKK 2021.csv` holds the same answers as
the PortalRB answer sheet, exported as CSV with `;` (`zi-check corpus/ --worksheet "corpus/Jawaban
PortalRB DKK 2021.csv"`). Both are listed in `.zi-checkignore`: a worksheet is the unit's claims,
not evidence. The unit made the usual mistakes:

| question | the unit's claim | what zi-check says |
| --- | --- | --- |
| most questions | the best answer, linking the area's folder | claim exceeds evidence where the folder holds no evidence for the question |
| MP.1.b | A, the notulen that does not open | claim exceeds evidence; the reference cannot be read |
| MP.4.a | Ya, last year's role-model decree | claim exceeds evidence; the reference is for 2020 |
| MP.4.b | A, a Google Drive folder (a link behind the cell) | unverifiable offline: needs review, not a gap |
| MP.4.c | A, `G:\\My Drive\\ZI DKK 2021\\...\\Laporan kegiatan Sept.pdf` | found in the folder: the drive's prefix does not matter |
| TT.2.a | A, the IT monitoring report | not evidence for this question: it is TT.2.d's; the same file is TT.2.d's only reference |
| TT.2.b | A, no link | no reference |
| TT.3.b | A, a file renamed since | reference not found |
| SDM.5.a | "Ada" | not one of the question's options |
| PP.2.a | A, the team decree | not evidence for this question (it is MP.1.a's); reused |
| PP.4.a | A, the one survey report | claim exceeds evidence: answer D |

## Intended results

Requirements not named in a table are missing: the folder holds nothing for them.

### Manajemen Perubahan (MP)

| requirement | expected | evidence |
| --- | --- | --- |
| MP.1.a | met | SK Tim Kerja ZI DKK 2021.pdf |
| MP.1.b | unreadable | Notulen Rapat Penentuan Anggota Tim ZI.pdf |
| MP.2.a, MP.2.b | met | Renja ZI 2021 (final).docx (target prioritas, table of activities) |
| MP.2.c | met | Laporan Sosialisasi ZI 2021.docx |
| MP.3.a | met | Monev/Laporan Monev ZI TW I 2021.pdf, Monev/lap monev tw2.pdf |
| MP.3.b | met | Monev/Laporan Monev ZI TW I 2021.pdf, Monev/lap monev tw2.pdf |
| MP.3.c | met | Monev/Laporan TL Hasil Monev ZI 2021.pdf |
| MP.4.a | wrong_year | SK Role Model Pimpinan 2021.pdf (a 2020 decree) |
| MP.4.b | partial (answer B, with OCR: the decree; A also needs a report of the agents' work) | Agen Perubahan/Scan_20210316_093512.pdf |
| MP.4.c | met | Budaya Kerja/Laporan kegiatan Sept.pdf (BerAKHLAK internalisation) |
| MP.4.d | wrong_unit | Pakta Integritas seluruh pegawai.pdf |
| MP.R1.a | met (with OCR) | Agen Perubahan/Scan_20210316_093512.pdf |
| MP.R2.a | met | Renja ZI 2021 (final).docx |
| MP.R3.a | met | Budaya Kerja/Laporan kegiatan Sept.pdf |
| MP.R1.b, MP.R1.c, MP.R1.d | missing | - |

### Penataan Tatalaksana (TT)

| requirement | expected | evidence |
| --- | --- | --- |
| TT.1.a | met | Probis/Kepseskab 21 th 2020 Peta Proses Bisnis.pdf (the parent's map) and sop eoffice FINAL rev2.pdf |
| TT.1.b, TT.1.c | met | Lap Monev SOP 2021_FINAL.pdf (monitoring and evaluation of the SOPs' application) |
| TT.2.d | partial (answer B: one semester's IT monitoring; A needs it periodic) | TI/monev pemanfaatan TI smt1 2021.pdf |
| TT.3.a | met | Keterbukaan Informasi/DIP DKK 2021.pdf |
| TT.3.b | wrong_year | Keterbukaan Informasi/Laporan Layanan Informasi Publik.pdf (the 2020 report) |
| TT.2.a, TT.2.b, TT.2.c | missing | no captures or usage reports of the applications (the IT monitoring report names them, but is evidence only of the monitoring) |
| TT.R1.a, TT.R2.a, TT.R2.b, TT.R3.a, TT.R3.b, TT.R3.c | missing | - |

### Penataan Sistem Manajemen SDM (SDM)

| requirement | expected | evidence |
| --- | --- | --- |
| SDM.1.a | met | ABK DKK 2021 (revisi).pdf (workload analysis against the job map) |
| SDM.3.a | met | Pengembangan Kompetensi/TNA 2021.pdf |
| SDM.3.b | met | Pengembangan Kompetensi/Rencana Pengembangan Kompetensi Pegawai 2021.docx |
| SDM.3.d, SDM.3.e | met | Pengembangan Kompetensi/Lap IHT Risalah Juni 2021.pdf; also Pelatihan Pelayanan Prima 2021.pdf in the PP folder |
| SDM.3.f | wrong_unit | Pengembangan Kompetensi/evaluasi pasca pelatihan 2021.pdf (Kedeputian Bidang Perekonomian) |
| SDM.4.a | met | PK Deputi DKK 2021 ttd.docx in the AK folder |
| SDM.R3.a | met (with OCR) | Disiplin/EPSON003.PDF (statement on 2020) |
| SDM.R3.b, SDM.R3.c | wrong_year | Disiplin/EPSON003.PDF (about 2020, not 2021) |
| SDM.1.b, SDM.1.c, SDM.2.a, SDM.2.b, SDM.2.c, SDM.3.c, SDM.4.b, SDM.4.c, SDM.4.d, SDM.5.a, SDM.6.a, SDM.R1.a, SDM.R2.a | missing | - |

### Penguatan Akuntabilitas (AK)

| requirement | expected | evidence |
| --- | --- | --- |
| AK.1.b | met | PK Deputi DKK 2021 ttd.docx and Notulen Rapat Penyusunan PK 2021.docx |
| AK.1.c | met | Pemantauan Kinerja/Lap Capaian Kinerja TW I 2021.pdf, Pemantauan Kinerja/capaian kinerja tw 2 - 2021 rev.pdf (two are needed) |
| AK.2.a | met | Renstra DKK 2020-2024.pdf, RKT DKK 2021.pdf, PK Deputi DKK 2021 ttd.docx |
| AK.2.b | met | the same three |
| AK.2.c, AK.2.d | wrong_year | IKU/SK IKU DKK.pdf (indicators for 2015-2019) |
| AK.2.e, AK.2.f, AK.R1.a, AK.R1.b | met | LKj DKK 2020.pdf |
| AK.1.a, AK.2.g, AK.2.h, AK.R2.a, AK.R3.a | missing | - |

### Penguatan Pengawasan (PW)

| requirement | expected | evidence |
| --- | --- | --- |
| PW.1.a | met | Gratifikasi/Laporan Kampanye Anti Gratifikasi 2021.pdf |
| PW.2.a, PW.R1.a | met | SPIP/Laporan Penyelenggaraan SPIP DKK 2021 final.pdf |
| PW.2.b, PW.2.c | met | SPIP/Register Risiko & RTP 2021.pdf |
| PW.2.d | missing | only SPIP/Laporan Sosialisasi SPIP 2021.pdf, an invitation letter: another kind |
| PW.3.a, PW.3.b, PW.R2.a, PW.R2.b, PW.R2.c | met | Laporan Pengaduan SP4N LAPOR 2021.pdf in the PP folder |
| PW.5.a | wrong_unit | Benturan Kepentingan/Identifikasi Benturan Kepentingan 2021.pdf (Kedeputian Bidang Pembangunan Manusia dan Kebudayaan) |
| PW.R3.aa, PW.R3.ab, PW.R3.ac, PW.R3.ad | met | LHKPN/Rekap LHKPN 2021 per 31 Maret.pdf |
| PW.1.b, PW.3.c, PW.3.d, PW.4.a, PW.4.b, PW.4.c, PW.5.b, PW.5.c, PW.5.d, PW.5.e, PW.R3.ba, PW.R3.bb, PW.R3.bc, PW.R3.bd | missing | - |

### Peningkatan Kualitas Pelayanan Publik (PP)

| requirement | expected | evidence |
| --- | --- | --- |
| PP.1.a, PP.R1.b | met | SK Standar Pelayanan DKK.pdf (three services) |
| PP.1.b | partial (answer C: the maklumat; A also needs its publication documented) | Maklumat Pelayanan.docx |
| PP.1.c | wrong_year | FKP/BA FKP Standar Pelayanan.pdf (the 2020 consultation) |
| PP.2.a | met | Pelatihan Pelayanan Prima 2021.pdf |
| PP.2.f, PP.R1.a | met | Inovasi/Profil Inovasi SI-JADWAL.pdf |
| PP.3.a, PP.R2.a | met | Laporan Pengaduan SP4N LAPOR 2021.pdf |
| PP.4.a | partial (answer D: one survey in the year; A needs four) | Laporan SKM 2021.pdf (IKM 88,75) |
| PP.4.c | met | Laporan SKM 2021.pdf and Laporan TL SKM 2021.pdf |
| PP.1.d, PP.2.b, PP.2.c, PP.2.d, PP.2.e, PP.3.b, PP.3.c, PP.4.b, PP.5.a, PP.5.b, PP.5.c, PP.R1.c | missing | - |

### Hasil (HS)

| requirement | expected | evidence |
| --- | --- | --- |
| HS.1.b | met | LKj DKK 2020.pdf in the AK folder |
| HS.1.a, HS.2.a | missing | - (the perception surveys are the evaluators' own) |

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
        f"{TT}/Probis/Kepseskab 21 th 2020 Peta Proses Bisnis.pdf": kepseskab_probis(),
        f"{TT}/Lap Monev SOP 2021_FINAL.pdf": monev_sop(),
        f"{TT}/Keterbukaan Informasi/DIP DKK 2021.pdf": dip_2021(),
        f"{TT}/Keterbukaan Informasi/Laporan Layanan Informasi Publik.pdf": lip_2020(),
        f"{TT}/TI/monev pemanfaatan TI smt1 2021.pdf": monev_ti(),
        f"{SDM}/ABK DKK 2021 (revisi).pdf": abk_2021(),
        f"{SDM}/Pengembangan Kompetensi/TNA 2021.pdf": tna_2021(),
        f"{SDM}/Pengembangan Kompetensi/Rencana Pengembangan Kompetensi Pegawai 2021.docx":
            rencana_pengembangan(),
        f"{SDM}/Pengembangan Kompetensi/Lap IHT Risalah Juni 2021.pdf": iht_risalah(),
        f"{SDM}/Pengembangan Kompetensi/evaluasi pasca pelatihan 2021.pdf":
            pasca_pelatihan_other_unit(),
        f"{SDM}/Disiplin/EPSON003.PDF": nihil_disiplin_scan(),
        f"{AK}/Renstra DKK 2020-2024.pdf": renstra(),
        f"{AK}/RKT DKK 2021.pdf": rkt_2021(),
        f"{AK}/PK Deputi DKK 2021 ttd.docx": perjanjian_kinerja(),
        f"{AK}/Notulen Rapat Penyusunan PK 2021.docx": notulen_pk(),
        f"{AK}/LKj DKK 2020.pdf": lkj_2020(),
        f"{AK}/IKU/SK IKU DKK.pdf": sk_iku_2015_2019(),
        f"{AK}/Pemantauan Kinerja/Lap Capaian Kinerja TW I 2021.pdf": capaian_kinerja(
            "I", "Januari - Maret", "8 April 2021", "12 April 2021", "B-52/Dep.DKK/04/2021",
            [("97,1%", "101,1%", ""), ("90,5%", "98,4%", ""),
             ("Diukur Semester II", "-", "Indeks Kepuasan Masyarakat diukur pada Semester II.")],
            ["Risalah terlambat karena antrean verifikasi rekaman: ditambah satu verifikator;",
             "Bahan sidang dari kementerian terlambat: batas akhir penyampaian H-2."]),
        f"{AK}/Pemantauan Kinerja/capaian kinerja tw 2 - 2021 rev.pdf": capaian_kinerja(
            "II", "April - Juni", "12 Juli 2021", "14 Juli 2021", "B-139/Dep.DKK/07/2021",
            [("96,4%", "100,4%", ""), ("93,0%", "101,1%", ""),
             ("Diukur Semester II", "-", "Survei Kepuasan Masyarakat dimulai Juli 2021.")],
            ["Capaian seluruh indikator sesuai target; pertahankan batas akhir penyampaian bahan;",
             "Siapkan kuesioner Survei Kepuasan Masyarakat."]),
        f"{PW}/Gratifikasi/Laporan Kampanye Anti Gratifikasi 2021.pdf": kampanye_gratifikasi(),
        f"{PW}/SPIP/Laporan Penyelenggaraan SPIP DKK 2021 final.pdf": laporan_spip(),
        f"{PW}/SPIP/Register Risiko & RTP 2021.pdf": register_risiko(),
        f"{PW}/SPIP/Laporan Sosialisasi SPIP 2021.pdf": undangan_sosialisasi_spip(),
        f"{PW}/Benturan Kepentingan/Identifikasi Benturan Kepentingan 2021.pdf":
            benturan_kepentingan_other_unit(),
        f"{PW}/LHKPN/Rekap LHKPN 2021 per 31 Maret.pdf": rekap_lhkpn(),
        f"{PP}/SK Standar Pelayanan DKK.pdf": standar_pelayanan(),
        f"{PP}/Maklumat Pelayanan.docx": maklumat(),
        f"{PP}/FKP/BA FKP Standar Pelayanan.pdf": ba_fkp_2020(),
        f"{PP}/Laporan Pengaduan SP4N LAPOR 2021.pdf": sp4n_lapor(),
        f"{PP}/Laporan SKM 2021.pdf": skm(),
        f"{PP}/Laporan TL SKM 2021.pdf": tl_skm(),
        f"{PP}/Pelatihan Pelayanan Prima 2021.pdf": pelatihan_pelayanan_prima(),
        f"{PP}/Inovasi/Profil Inovasi SI-JADWAL.pdf": profil_inovasi(),
        "README.md": README,
        "zi-check.toml": PROFILE,
        # gitignore-style patterns of files zi-check skips: this README and the worksheets are
        # not evidence
        ".zi-checkignore": f"README.md\n{WORKSHEET_XLSX}\n{WORKSHEET_CSV}\n",
        **worksheets(),
    }


# --- the unit's worksheet: filled as units fill it, with the usual mistakes --------------------

WORKSHEET_XLSX = "LKE ZI DKK 2021.xlsx"  # the LKE ZI form
WORKSHEET_CSV = "Jawaban PortalRB DKK 2021.csv"  # the PortalRB answer sheet, exported as CSV
DRIVE = "G:\\My Drive\\ZI DKK 2021"  # the unit's shared drive, as its members' links name it
CLAIMS: dict[str, Answer] = {
    "MP.1.a": Answer("Ya", f"{MP}/SK Tim Kerja ZI DKK 2021.pdf"),
    "MP.1.b": Answer("A", f"{MP}/Notulen Rapat Penentuan Anggota Tim ZI.pdf"),  # the file does not open
    "MP.2.a": Answer("Ya", f"{MP}/Renja ZI 2021 (final).docx"),
    "MP.2.b": Answer("A", f"{MP}/Renja ZI 2021 (final).docx"),
    "MP.2.c": Answer("A", f"{MP}/Laporan Sosialisasi ZI 2021.docx"),
    "MP.3.a": Answer("A", f"{MP}/Monev"),  # the folder
    "MP.3.b": Answer("A", f"{MP}/Monev/Laporan Monev ZI TW I 2021.pdf\n{MP}/Monev/lap monev tw2.pdf"),
    "MP.3.c": Answer("A", f"{MP}/Monev/Laporan TL Hasil Monev ZI 2021.pdf"),
    "MP.4.a": Answer("Ya", f"{MP}/SK Role Model Pimpinan 2021.pdf"),  # last year's decree
    "MP.4.b": Answer("A", link="https://drive.google.com/drive/folders/1DkkAgenPerubahan2021"),
    "MP.4.c": Answer("A", f"{DRIVE}\\1. Manajemen Perubahan\\Budaya Kerja\\Laporan kegiatan Sept.pdf"),
    "MP.4.d": Answer("A", f"{MP}/Pakta Integritas seluruh pegawai.pdf"),  # another unit's
    "MP.R1.a": Answer("3", f"{MP}/Agen Perubahan/Scan_20210316_093512.pdf"),
    "MP.R2.a": Answer("A", f"{MP}/Renja ZI 2021 (final).docx"),
    "MP.R3.a": Answer("A", f"{MP}/Budaya Kerja/Laporan kegiatan Sept.pdf"),
    "TT.1.a": Answer("A", f"{TT}/sop eoffice FINAL rev2.pdf; {TT}/Probis"),
    "TT.1.b": Answer("A", f"{TT}/Lap Monev SOP 2021_FINAL.pdf"),
    "TT.1.c": Answer("A", f"{TT}/Lap Monev SOP 2021_FINAL.pdf"),
    "TT.2.a": Answer("A", f"{TT}/TI/monev pemanfaatan TI smt1 2021.pdf"),  # evidence for TT.2.d
    "TT.2.b": Answer("A"),  # no link
    "TT.2.d": Answer("A", f"{TT}/TI/monev pemanfaatan TI smt1 2021.pdf"),
    "TT.3.a": Answer("A", f"{TT}/Keterbukaan Informasi/DIP DKK 2021.pdf"),
    "TT.3.b": Answer("A", f"{TT}/Keterbukaan Informasi/Laporan Layanan Informasi Publik 2021.pdf"),  # renamed since
    "SDM.1.a": Answer("Ya", f"{SDM}/ABK DKK 2021 (revisi).pdf"),
    "SDM.3.a": Answer("Ya", f"{SDM}/Pengembangan Kompetensi/TNA 2021.pdf"),
    "SDM.3.b": Answer("A", f"{SDM}/Pengembangan Kompetensi/Rencana Pengembangan Kompetensi Pegawai 2021.docx"),
    "SDM.3.d": Answer("A", f"{SDM}/Pengembangan Kompetensi"),
    "SDM.3.e": Answer("A", f"{SDM}/Pengembangan Kompetensi/Lap IHT Risalah Juni 2021.pdf"),
    "SDM.4.a": Answer("A", f"{AK}/PK Deputi DKK 2021 ttd.docx"),
    "SDM.5.a": Answer("Ada", f"{SDM}/Disiplin/EPSON003.PDF"),  # no option of the question
    "AK.1.b": Answer("A", f"{AK}/PK Deputi DKK 2021 ttd.docx"),
    "AK.2.a": Answer("Ya", f"{AK}/Renstra DKK 2020-2024.pdf"),
    "AK.2.b": Answer("Ya", f"{AK}/RKT DKK 2021.pdf"),
    "AK.2.c": Answer("Ya", f"{AK}/IKU/SK IKU DKK.pdf"),  # no longer in force
    "AK.2.e": Answer("Ya", f"{AK}/LKj DKK 2020.pdf"),
    "PW.1.a": Answer("A", f"{PW}/Gratifikasi/Laporan Kampanye Anti Gratifikasi 2021.pdf"),
    "PW.2.a": Answer("A", f"{PW}/SPIP"),
    "PW.2.b": Answer("A", f"{PW}/SPIP/Register Risiko & RTP 2021.pdf"),
    "PW.3.a": Answer("A", f"{PP}/Laporan Pengaduan SP4N LAPOR 2021.pdf"),
    "PW.5.a": Answer("A", f"{PW}/Benturan Kepentingan/Identifikasi Benturan Kepentingan 2021.pdf"),
    "PP.1.a": Answer("A", f"{PP}/SK Standar Pelayanan DKK.pdf"),
    "PP.2.a": Answer("A", f"{MP}/SK Tim Kerja ZI DKK 2021.pdf"),  # the team decree again
    "PP.4.a": Answer("A", f"{PP}/Laporan SKM 2021.pdf"),  # one survey report: answer D at most
    "PP.5.a": Answer("A", f"{PP}/Inovasi/Profil Inovasi SI-JADWAL.pdf"),
}


# the survey scores of the results component, as the unit copied them from the survey's site
RESULTS = {"HS.1.a": Answer("3,41", link="https://spak.kemenpanrb.go.id/hasil/2021"),
           "HS.2.a": Answer("3,62", link="https://spak.kemenpanrb.go.id/hasil/2021"),
           "HS.1.b": Answer("A")}


def worksheets() -> dict[str, bytes]:
    """The unit's worksheet in both layouts. Where the unit had nothing particular to link, it
    claimed the best answer and linked its area's folder, as units often do."""
    import json

    tree = ROOT / "rules" / "permenpanrb-90-2021" / "lke-tree.json"
    folders = {"MP": MP, "TT": TT, "SDM": SDM, "AK": AK, "PW": PW, "PP": PP}
    best = {}
    for question in _questions(json.loads(tree.read_text(encoding="utf-8"))["tree"]):
        options = question.get("options") or []
        area = question["id"].split(".")[0]
        if area in folders:
            best[question["id"]] = Answer(options[0]["key"] if options else "2", folders[area])
    answers = {**best, **RESULTS, **CLAIMS}
    with tempfile.TemporaryDirectory() as tmp:
        form = lke_form(Path(tmp) / WORKSHEET_XLSX, tree, answers)
        sheet = portalrb(Path(tmp) / WORKSHEET_CSV, tree, answers, delimiter=";")
        return {WORKSHEET_XLSX: form.read_bytes(), WORKSHEET_CSV: sheet.read_bytes()}


def _questions(nodes: list[dict]) -> list[dict]:  # type: ignore[type-arg]
    out = []
    for node in nodes:
        out += node.get("questions") or []
        out += _questions(node.get("children") or [])
    return out


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
