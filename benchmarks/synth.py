"""A synthetic evidence drive of N documents for the speed benchmark.

Text PDFs of 1-30 pages (decrees, reports with ruled tables), DOCX reports, and some scanned
pages without a text layer, in area folders, deterministic for a given N and seed. Built once per
(N, seed) under the benchmark folder and reused.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests import docgen  # noqa: E402

AREAS = ["1. Manajemen Perubahan", "2. Penataan Tatalaksana", "3. Penataan SDM", "4. Akuntabilitas",
         "5. Pengawasan", "6. Pelayanan Publik"]
SUBJECTS = ["TIM KERJA PEMBANGUNAN ZONA INTEGRITAS", "PENETAPAN AGEN PERUBAHAN", "STANDAR PELAYANAN",
            "PENGENDALIAN GRATIFIKASI", "PENANGANAN BENTURAN KEPENTINGAN", "WHISTLE BLOWING SYSTEM",
            "PETA PROSES BISNIS", "POLA MUTASI PEGAWAI", "KODE ETIK PEGAWAI", "MAKLUMAT PELAYANAN"]
REPORTS = ["LAPORAN MONITORING DAN EVALUASI PEMBANGUNAN ZONA INTEGRITAS", "LAPORAN KINERJA",
           "LAPORAN SURVEI KEPUASAN MASYARAKAT", "LAPORAN PENGELOLAAN PENGADUAN",
           "LAPORAN PELAKSANAAN SOSIALISASI ZONA INTEGRITAS", "LAPORAN TINDAK LANJUT HASIL MONITORING"]
UNIT = "KEDEPUTIAN BIDANG DUKUNGAN KERJA KABINET"
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
          "Oktober", "November", "Desember"]
BODY = ("Dalam rangka pelaksanaan pembangunan zona integritas menuju wilayah bebas dari korupsi dan "
        "wilayah birokrasi bersih dan melayani, unit kerja telah melaksanakan kegiatan sesuai rencana "
        "kerja yang ditetapkan, dengan melibatkan seluruh pegawai dan pimpinan. ")


def decree(rng: random.Random, year: int) -> list[str]:
    subject = rng.choice(SUBJECTS)
    day, month = rng.randint(1, 28), rng.choice(MONTHS)
    first = "\n".join([
        "# SEKRETARIAT KABINET REPUBLIK INDONESIA", f"# {UNIT}", "---",
        "# KEPUTUSAN DEPUTI SEKRETARIS KABINET BIDANG DUKUNGAN KERJA KABINET",
        f"# NOMOR {rng.randint(1, 300)}/DKK/{rng.choice(['I', 'III', 'VII', 'XI'])}/{year}", "# TENTANG",
        f"# {subject} DI LINGKUNGAN {UNIT}", "",
        "Menimbang\t:\ta. bahwa dalam rangka pembangunan zona integritas perlu ditetapkan keputusan;",
        "Mengingat\t:\t1. Undang-Undang Nomor 39 Tahun 2008 tentang Kementerian Negara;",
        "\t\t2. Peraturan Presiden Nomor 55 Tahun 2020 tentang Sekretariat Kabinet;",
        "# MEMUTUSKAN:", f"KESATU\t:\tMenetapkan {subject.lower()}.",
        "> Ditetapkan di Jakarta", f"> pada tanggal {day} {month} {year}",
        "> DEPUTI SEKRETARIS KABINET BIDANG DUKUNGAN KERJA KABINET,", "> ttd.", "> Budi Santoso",
    ])
    pages = [first]
    for i in range(rng.randint(0, 3)):
        pages.append(f"LAMPIRAN {i + 1}\n" + "\n".join(f"{n}. Nama Pegawai {n} - Jabatan {n}" for n in range(1, 25)))
    return pages


def report(rng: random.Random, year: int, n_pages: int) -> tuple[list[str], dict[int, list[list[str]]]]:
    title = rng.choice(REPORTS)
    pages = ["\n".join([f"# {title}", f"# {UNIT}", f"# TAHUN {year}", "", "",
                        f"Jakarta, {rng.choice(MONTHS)} {year}"])]
    tables: dict[int, list[list[str]]] = {}
    for p in range(1, n_pages):
        lines = [f"BAB {p}", ""] + [BODY * 2 for _ in range(6)]
        pages.append("\n".join(lines))
        if p % 3 == 1:
            tables[p] = [["No", "Kegiatan", "Target", "Realisasi"]] + [
                [str(r), f"Kegiatan {r}", f"{rng.randint(50, 100)}%", f"{rng.randint(40, 100)}%"] for r in range(1, 8)]
    return pages, tables


def build(folder: Path, n: int, seed: int = 7, scanned_share: float = 0.03) -> Path:
    """Write N documents under ``folder`` (skipped when a complete build is already there)."""
    done = folder / ".complete"
    if done.exists() and done.read_text() == f"{n}/{seed}":
        return folder
    rng = random.Random(seed)
    for i in range(n):
        area = AREAS[i % len(AREAS)]
        year = rng.choice([2020, 2021, 2021, 2021])
        roll = rng.random()
        if roll < scanned_share:
            docgen.scanned_pdf(folder / area / f"Scan_{i:05d}.pdf", decree(rng, year)[:1], dpi=100)
        elif roll < 0.30:
            docgen.text_pdf(folder / area / f"SK {i:05d} {year}.pdf", decree(rng, year))
        elif roll < 0.55:
            pages, _ = report(rng, year, rng.randint(1, 6))
            paragraphs = [line for page in pages for line in page.splitlines()]
            docgen.docx(folder / area / f"Laporan {i:05d}.docx", paragraphs,
                        tables=[[["No", "Kegiatan", "Target"], ["1", "Sosialisasi", "100%"]]])
        else:
            pages, tables = report(rng, year, rng.randint(1, 30))
            docgen.text_pdf(folder / area / f"Laporan {i:05d} {year}.pdf", pages, tables=tables)
    done.write_text(f"{n}/{seed}")
    return folder


def change(folder: Path, share: float, seed: int = 11) -> list[Path]:
    """Rewrite a share of the documents with new content (the '1% changed' rescan)."""
    files = sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.startswith("."))
    rng = random.Random(seed)
    picked = rng.sample(files, max(1, int(len(files) * share)))
    for path in picked:
        if path.suffix == ".docx":
            docgen.docx(path, ["# LAPORAN PERUBAHAN", f"# {UNIT}", f"# TAHUN 2021 revisi {rng.random():.6f}"])
        else:
            docgen.text_pdf(path, decree(rng, 2021))
    return picked
