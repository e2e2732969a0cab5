"""How fast and how right is OCR? Seconds per page and character accuracy on scanned decrees.

Run from the project root::

    python -m benchmarks.ocr               # 6 pages, clean and noisy scans at 200 dpi
    python -m benchmarks.ocr --pages 12    # more pages (the decrees below, in turn)
    python -m benchmarks.ocr --keep out/   # keep the scanned PDFs

Each page is a realistic one-page Indonesian decree (letterhead, NOMOR, TENTANG, Menimbang,
Mengingat, MEMUTUSKAN, signature block) written in the mini-format of ``tests/docgen.py`` and
rendered by ``docgen.scanned_pdf`` as a greyscale scan (DejaVu Serif 11 pt) at 200 dpi: once
clean, once with ``noise=True`` (a slight rotation, dust and toner specks). The scans go through
``checker.extract`` as in a scan: PDFium renders each page, the system's Tesseract reads it.

Figures:

- seconds per page: wall time of ``extract()`` on the N-page scan, divided by N (one process,
  Tesseract with one thread, as in a worker);
- character accuracy: 1 - Levenshtein(reference, OCR) / len(reference), both with whitespace
  collapsed to single spaces; the reference is the text the same page gives from a text PDF
  (``tests.conftest.extracted``); per page and over all pages (total distance / total length);
- exact strings: whether each page's decree number and date of signature appear in the OCR text
  exactly, and whether the analyser then finds them as the document's number and date.

Exit code 0 whatever the figures (this is a measurement); 2 when Tesseract is not installed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from checker.discover import discover
from checker.extract import ExtractSettings, extract, ocr
from checker.model import Extraction, FolderWarning
from tests import docgen
from tests.conftest import decree_text, extracted

MONTHS = {"Januari": 1, "Februari": 2, "Maret": 3, "April": 4, "Mei": 5, "Juni": 6, "Juli": 7,
          "Agustus": 8, "September": 9, "Oktober": 10, "November": 11, "Desember": 12}


@dataclass(frozen=True)
class Decree:
    title: str
    number: str
    date: str
    unit: str
    parent: str
    issuer: str
    place: str
    cited: tuple[str, ...]


DECREES = (
    Decree("Tim Kerja Pembangunan Zona Integritas Menuju Wilayah Bebas dari Korupsi Tahun 2021",
           "KEP-3/DKK/01/2021", "4 Januari 2021", "Kedeputian Bidang Dukungan Kerja Kabinet",
           "Sekretariat Kabinet Republik Indonesia",
           "Deputi Sekretaris Kabinet Bidang Dukungan Kerja Kabinet", "Jakarta",
           ("Undang-Undang Nomor 39 Tahun 2008 tentang Kementerian Negara",
            "Peraturan Presiden Nomor 55 Tahun 2020 tentang Sekretariat Kabinet")),
    Decree("Penetapan Agen Perubahan di Lingkungan Dinas Kesehatan Kabupaten Bantul Tahun 2021",
           "188.4/0457/Dinkes/2021", "15 Maret 2021", "Dinas Kesehatan Kabupaten Bantul",
           "Pemerintah Kabupaten Bantul", "Kepala Dinas Kesehatan Kabupaten Bantul", "Bantul",
           ("Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 90 Tahun "
            "2021 tentang Pembangunan dan Evaluasi Zona Integritas",
            "Peraturan Bupati Bantul Nomor 126 Tahun 2019 tentang Susunan Organisasi Dinas Kesehatan")),
    Decree("Tim Pengelola Pengaduan Masyarakat pada Lembaga Pemasyarakatan Kelas IIA Yogyakarta",
           "W.11.PAS.PAS.4-1021-PW.01.01 TAHUN 2021", "30 Juni 2021",
           "Lembaga Pemasyarakatan Kelas IIA Yogyakarta",
           "Kantor Wilayah Kementerian Hukum dan HAM Daerah Istimewa Yogyakarta",
           "Kepala Lembaga Pemasyarakatan Kelas IIA Yogyakarta", "Yogyakarta",
           ("Undang-Undang Nomor 22 Tahun 2022 tentang Pemasyarakatan",
            "Peraturan Menteri Hukum dan Hak Asasi Manusia Nomor 41 Tahun 2021")),
    Decree("Standar Pelayanan Publik pada Badan Pusat Statistik Kota Surabaya",
           "HK.02.03/1234/3578/2021", "17 Agustus 2021", "Badan Pusat Statistik Kota Surabaya",
           "Badan Pusat Statistik Provinsi Jawa Timur", "Kepala Badan Pusat Statistik Kota Surabaya",
           "Surabaya",
           ("Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
            "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 15 Tahun "
            "2014 tentang Pedoman Standar Pelayanan")),
    Decree("Tim Penilai Internal Pembangunan Zona Integritas Kantor Pertanahan Kabupaten Sleman",
           "12/SK-34.04.UP.04.01/X/2021", "1 Oktober 2021", "Kantor Pertanahan Kabupaten Sleman",
           "Kantor Wilayah Badan Pertanahan Nasional Daerah Istimewa Yogyakarta",
           "Kepala Kantor Pertanahan Kabupaten Sleman", "Sleman",
           ("Peraturan Presiden Nomor 48 Tahun 2020 tentang Badan Pertanahan Nasional",
            "Peraturan Menteri Agraria dan Tata Ruang Nomor 16 Tahun 2020")),
    Decree("Pembentukan Unit Pengendalian Gratifikasi di Lingkungan Rumah Sakit Umum Daerah Wates",
           "445/0789/RSUD/XII/2020", "22 Desember 2020", "Rumah Sakit Umum Daerah Wates",
           "Pemerintah Kabupaten Kulon Progo", "Direktur Rumah Sakit Umum Daerah Wates", "Wates",
           ("Undang-Undang Nomor 31 Tahun 1999 tentang Pemberantasan Tindak Pidana Korupsi",
            "Peraturan Komisi Pemberantasan Korupsi Nomor 2 Tahun 2019 tentang Pelaporan Gratifikasi")),
)


def page_text(decree: Decree) -> str:
    return decree_text(decree.title, decree.number, decree.date, unit=decree.unit, parent=decree.parent,
                       issuer=decree.issuer, place=decree.place, cited=decree.cited)


def levenshtein(a: str, b: str) -> int:
    """Edit distance (insertions, deletions, substitutions of one character each), with the
    bit-parallel algorithm of Myers as explained by Hyyrö (2001): one pass over ``b`` with
    ``len(a)``-bit integers, exact, and fast on whole pages."""
    if not a:
        return len(b)
    if not b:
        return len(a)
    m = len(a)
    mask, high = (1 << m) - 1, 1 << (m - 1)
    peq: dict[str, int] = {}
    for i, c in enumerate(a):
        peq[c] = peq.get(c, 0) | (1 << i)
    pv, mv, score = mask, 0, m
    for c in b:
        eq = peq.get(c, 0)
        xv = eq | mv
        xh = ((((eq & pv) + pv) & mask) ^ pv) | eq
        ph = (mv | ~(xh | pv)) & mask
        mh = pv & xh
        if ph & high:
            score += 1
        elif mh & high:
            score -= 1
        ph = ((ph << 1) | 1) & mask
        mh = (mh << 1) & mask
        pv = (mh | ~(xv | ph)) & mask
        mv = ph & xv
    return score


def squash(text: str) -> str:
    return " ".join(text.split())


def closest(needle: str, hay: str) -> str:
    """The stretch of ``hay`` (as long as ``needle``, give or take 2) nearest to ``needle``."""
    best, best_d = "", len(needle) + 1
    for size in range(max(1, len(needle) - 2), len(needle) + 3):
        for start in range(0, max(1, len(hay) - size + 1)):
            window = hay[start:start + size]
            d = levenshtein(needle, window)
            if d < best_d:
                best, best_d = window, d
    return best


@dataclass
class PageResult:
    decree: Decree
    reference: str
    ocr: str
    distance: int
    facts_number: str | None = None
    facts_date: dt.date | None = None

    @property
    def accuracy(self) -> float:
        return 1 - self.distance / len(self.reference)

    @property
    def number_exact(self) -> bool:
        return self.decree.number in self.ocr

    @property
    def date_exact(self) -> bool:
        return self.decree.date in self.ocr

    @property
    def expected_date(self) -> dt.date:
        day, month, year = self.decree.date.split()
        return dt.date(int(year), MONTHS[month], int(day))


def read_scan(path: Path) -> tuple[Extraction, float]:
    found: list[FolderWarning] = []
    [source] = [s for s in discover(path.parent, found) if s.path == path.name]
    started = time.perf_counter()
    result = extract(source, ExtractSettings())
    return result, time.perf_counter() - started


def analyse(decree: Decree, result: Extraction, page_index: int) -> tuple[str | None, dt.date | None]:
    """The number and date the analyser finds on this page (as a one-page document)."""
    try:
        from checker import rulepack
        from checker.analyse import Analyzer
        from checker.model import Profile, SourceFile

        pack = rulepack.load(None)
        analyzer = Analyzer(pack.kinds, pack.questions)
        one = Extraction(result.status, (result.pages[page_index],), page_count=1)
        source = SourceFile(path="SK.pdf", abspath=Path("SK.pdf"), size=1, mtime_ns=0)
        facts = analyzer.analyse(source, one)
    except Exception as exc:  # the analyser is not what is measured here
        print(f"  (analyser unavailable: {type(exc).__name__}: {exc})", file=sys.stderr)
        return None, None
    number = str(facts.number.value) if facts.number else None
    return number, facts.enacted


def measure(folder: Path, decrees: Sequence[Decree], noise: bool, dpi: int) -> tuple[list[PageResult], float]:
    pages = [page_text(d) for d in decrees]
    path = docgen.scanned_pdf(folder / f"scan-{'noisy' if noise else 'clean'}.pdf", pages, dpi=dpi, noise=noise)
    result, seconds = read_scan(path)
    if result.status.value != "ok" or len(result.pages) != len(pages):
        raise SystemExit(f"{path.name}: {result.status.value} ({result.error}); expected {len(pages)} pages")
    out = []
    for i, (decree, page) in enumerate(zip(decrees, pages, strict=True)):
        reference, text = squash(extracted(page)), squash(result.pages[i].text)
        row = PageResult(decree, reference, text, levenshtein(reference, text))
        row.facts_number, row.facts_date = analyse(decree, result, i)
        out.append(row)
    return out, seconds


def report(label: str, rows: list[PageResult], seconds: float) -> None:
    total_ref = sum(len(r.reference) for r in rows)
    total_dist = sum(r.distance for r in rows)
    print(f"\n{label}: {len(rows)} pages, {seconds:.2f} s = {seconds / len(rows):.2f} s per page; "
          f"character accuracy {100 * (1 - total_dist / total_ref):.2f} % "
          f"({total_dist} edits in {total_ref} characters)")
    print(f"  {'page':>4}  {'chars':>5}  {'accuracy':>8}  {'date: OCR / analyser':<38}  number: OCR / analyser")
    for i, r in enumerate(rows, start=1):
        number_facts = "found" if r.facts_number == r.decree.number else f"got {r.facts_number!r}"
        date_facts = "found" if r.facts_date == r.expected_date else f"got {r.facts_date}"
        number = f"{'exact' if r.number_exact else 'MISSED'} / {number_facts}"
        date = f"{r.decree.date}: {'exact' if r.date_exact else 'MISSED'} / {date_facts}"
        print(f"  {i:>4}  {len(r.reference):>5}  {100 * r.accuracy:>7.2f}%  {date:<38}  {r.decree.number}: {number}")
        if not r.number_exact:
            print(f"        number read as {closest(r.decree.number, r.ocr)!r}")
        if not r.date_exact:
            print(f"        date read as {closest(r.decree.date, r.ocr)!r}")
    n = len(rows)
    print(f"  numbers exact in the OCR text: {sum(r.number_exact for r in rows)}/{n}; "
          f"dates exact: {sum(r.date_exact for r in rows)}/{n}; "
          f"found by the analyser: numbers {sum(r.facts_number == r.decree.number for r in rows)}/{n}, "
          f"dates {sum(r.facts_date == r.expected_date for r in rows)}/{n}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.ocr", description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=6, help="pages per scan (default 6)")
    parser.add_argument("--dpi", type=int, default=200, help="scan resolution (default 200)")
    parser.add_argument("--keep", type=Path, help="write the scans here and keep them")
    args = parser.parse_args(argv)
    try:
        langs = ocr.languages()
    except ocr.OcrUnavailable as exc:
        print(f"no OCR: {exc}", file=sys.stderr)
        return 2
    decrees = [DECREES[i % len(DECREES)] for i in range(args.pages)]
    with tempfile.TemporaryDirectory(prefix="zi-ocr-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        print(f"Tesseract languages {langs}; {args.pages} pages of decree text scanned at {args.dpi} dpi")
        for noise in (False, True):
            rows, seconds = measure(folder, decrees, noise, args.dpi)
            report("noisy (rotated, specks)" if noise else "clean", rows, seconds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
