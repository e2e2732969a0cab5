"""Check the third blind set's own data (not the checker):

    /work/main/.venv/bin/python tests/blind3/_tools/check_data.py [--ocr]

- every requirement ID in expect.yaml is one of the catalog's, none both expected and absent, no Hasil (HS) rows;
- statuses are the contract's; every entry names a file (evidence or near_miss) that exists; `met` names evidence;
- every PDF opens, except the deliberately broken ones; entries marked unreadable point at broken files or scans;
- the listed scans have no text layer, the other PDFs have one; every .docx, .xlsx and .jpg opens;
- both profiles parse, use only the known keys, share parents, year and target, the short one is shorter;
- 35-45 files per evidence folder over six top-level area folders, at most 7 MB each and 18 MB in all;
- each folder holds at least one .docx, .xlsx, .jpg, one empty or corrupt file, image-only scans and an English document;
- a few traps are what expect.yaml says they are (text checks on the text PDFs: the neighbour's document does not
  name the unit, a period only in the footer, a unit named only by its abbreviation, a title without the regency);
- with --ocr: Tesseract reads the unit's name (or the neighbour's) on the first page of every scan.
No zi-check code is imported or run.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import tomllib
import zipfile
from pathlib import Path

import docx
import openpyxl
import pdfplumber
import yaml
from PIL import Image

BLIND = Path(__file__).resolve().parents[1]
CATALOG = BLIND.parents[2] / "shared" / "lke-zi-90-2021.json"
STATUSES = {"met", "partial", "wrong_unit", "wrong_year", "unreadable", "missing"}
PROFILE_KEYS = {"unit", "aliases", "parents", "year", "target"}
UNITS = {"pa_tanjung_rambai", "dpmptsp_kab_lembayung", "kantah_tolawu_utara"}

# image-only PDFs (no text layer), relative to evidence/, with a word OCR must find on page 1
SCANS = {
    "pa_tanjung_rambai": {
        "AREA I MANAJEMEN PERUBAHAN/I.3 Monitoring dan Evaluasi/Laporan Monev ZI Triwulan II 2024.pdf": "TANJUNG RAMBAI",
        "AREA I MANAJEMEN PERUBAHAN/I.4 Perubahan Pola Pikir/SK Agen Perubahan PA Tanjung Rambai.pdf": "AGEN PERUBAHAN",
        "AREA III PENATAAN SDM/III.2 Mutasi/SK Rotasi Internal Pegawai Juli 2024.pdf": "ROTASI",
        "AREA IV PENGUATAN AKUNTABILITAS/IV.1 Perencanaan/Perjanjian Kinerja 2024.pdf": "PERJANJIAN KINERJA",
        "AREA VI PENINGKATAN KUALITAS PELAYANAN PUBLIK/VI.1 Standar Pelayanan/Notulen FKP Reviu Standar Pelayanan.pdf": "FORUM KONSULTASI",
    },
    "dpmptsp_kab_lembayung": {
        "1. Manajemen Perubahan/1.4 Perubahan Pola Pikir/1.4.b SK Agen Perubahan 2022.pdf": "AGEN PERUBAHAN",
        "2. Penataan Tatalaksana/2.3 Keterbukaan Informasi/SK Bupati PPID Pelaksana.pdf": "BUPATI LEMBAYUNG",
        "3. Penataan Sistem Manajemen SDM/3.2 Mutasi/3.2.a Surat Perintah Rotasi Petugas Front Office.pdf": "SURAT PERINTAH",
        "4. Penguatan Akuntabilitas Kinerja/4.1 Perencanaan/Perjanjian Kinerja Kepala Dinas 2022.pdf": "PERJANJIAN KINERJA",
        "5. Penguatan Pengawasan/5.2 SPIP/SK Satgas SPIP DPMPTSP 2021.pdf": "31 Desember 2021",
    },
    "kantah_tolawu_utara": {
        "MP - Manajemen Perubahan/MP 1 a SK Tim Pembangunan ZI.pdf": "TOLAWU UTARA",
        "MP - Manajemen Perubahan/MP 3 Laporan Monev ZI Triwulan II 2025.pdf": "TRIWULAN II",
        "SDM - Penataan SDM/SDM 1 b Penempatan CPNS Formasi 2024.pdf": "CPNS",
        "AK - Penguatan Akuntabilitas/AK 1 a-b Notulen Penyusunan RKT dan PK 2025.pdf": "NOTULEN",
        "PP - Pelayanan Publik/PP 1 c BA Forum Konsultasi Publik 2025.pdf": "FORUM KONSULTASI",
    },
}

# English documents (the text must read as English)
ENGLISH = {
    "pa_tanjung_rambai": ["AREA VI PENINGKATAN KUALITAS PELAYANAN PUBLIK/VI.2 Inovasi/IFCE Self-Assessment and Innovation Profile SI RAMBAI.pdf"],
    "dpmptsp_kab_lembayung": ["6. Peningkatan Kualitas Pelayanan Publik/6.2 Budaya Pelayanan/6.2.f Innovation Profile SiMALAM (English).pdf"],
    "kantah_tolawu_utara": ["TT - Penataan Tatalaksana/TT R3 Digital Transformation Roadmap 2025-2027.pdf"],
}

# text traps: (file, kind, argument)
#   absent  - the regex must not match the text
#   present - the regex must match the text
#   footer  - the regex matches the page text, but not the page above its bottom 8%
#   title   - the regex must not match the text between the first two given markers
TRAPS = {
    "pa_tanjung_rambai": [
        ("AREA V PENGUATAN PENGAWASAN/V.5 Benturan Kepentingan/Identifikasi dan Pemetaan Benturan Kepentingan 2024.pdf", "absent", r"(?i)tanjung rambai(?! barat)|kelas ib"),
        ("AREA V PENGUATAN PENGAWASAN/V.5 Benturan Kepentingan/Identifikasi dan Pemetaan Benturan Kepentingan 2024.pdf", "present", r"(?i)tanjung rambai barat"),
        ("AREA I MANAJEMEN PERUBAHAN/I.3 Monitoring dan Evaluasi/Laporan Monev ZI (TW III).pdf", "footer", r"Triwulan III"),
        ("AREA V PENGUATAN PENGAWASAN/V.3 Pengaduan/Rekap Pengaduan Masyarakat 2024 (SIWAS dan Meja Pengaduan).pdf", "absent", r"(?i)tanjung rambai|pengadilan agama"),
        ("AREA V PENGUATAN PENGAWASAN/V.3 Pengaduan/Rekap Pengaduan Masyarakat 2024 (SIWAS dan Meja Pengaduan).pdf", "present", r"PA Tj\. Rambai"),
        ("AREA VI PENINGKATAN KUALITAS PELAYANAN PUBLIK/VI.1 Standar Pelayanan/SK Standar Pelayanan (026-KMA-SK-II-2012).pdf", "present", r"026/KMA/SK/II/2012"),
        ("AREA II PENATAAN TATALAKSANA/II.3 Keterbukaan Informasi/Laporan Layanan Informasi Publik Tahun 2023.pdf", "present", r"1 Januari sampai dengan 31 Desember 2023"),
    ],
    "dpmptsp_kab_lembayung": [
        ("2. Penataan Tatalaksana/2.1 SOP/2.1.c Laporan Evaluasi SOP DPMPTSP 2022.pdf", "absent", r"(?i)kabupaten lembayung|kab\. lembayung"),
        ("2. Penataan Tatalaksana/2.1 SOP/2.1.c Laporan Evaluasi SOP DPMPTSP 2022.pdf", "present", r"(?i)kota lembayung"),
        ("1. Manajemen Perubahan/1.1 Penyusunan Tim Kerja/1.1.a SK Tim Pembangunan ZI DPMPTSP 2022.pdf", "title", ("KEPUTUSAN KEPALA DINAS", "Menimbang", r"(?i)kabupaten|lembayung")),
        ("1. Manajemen Perubahan/1.1 Penyusunan Tim Kerja/1.1.a SK Tim Pembangunan ZI DPMPTSP 2022.pdf", "present", r"Terpadu Satu\s+Pintu\s+Kabupaten\s+Lembayung"),
        ("5. Penguatan Pengawasan/5.3 Pengaduan/Rekap Pengaduan Masyarakat.pdf", "footer", r"Januari s\.d\. Juni 2022"),
        ("2. Penataan Tatalaksana/2.2 SPBE/2.2 Pemanfaatan Aplikasi (OSS, SiCantik, SIMPEG, e-Kinerja).pdf", "absent", r"(?i)kabupaten lembayung|pemerintah kabupaten"),
        ("2. Penataan Tatalaksana/2.2 SPBE/2.2 Pemanfaatan Aplikasi (OSS, SiCantik, SIMPEG, e-Kinerja).pdf", "present", r"DPMPTSP Kab\. Lembayung"),
        ("5. Penguatan Pengawasan/5.2 SPIP/Peta Risiko dan RTP 2022.pdf", "present", r"Belum dilaksanakan"),
    ],
    "kantah_tolawu_utara": [
        ("PW - Penguatan Pengawasan/PW 3 c Laporan Evaluasi Pengaduan TW II Kantah Tolawu.pdf", "absent", r"(?i)tolawu utara"),
        ("PW - Penguatan Pengawasan/PW 3 c Laporan Evaluasi Pengaduan TW II Kantah Tolawu.pdf", "present", r"(?i)kabupaten tolawu"),
        ("PP - Pelayanan Publik/PP 4 a Laporan SKM Triwulan II 2025.pdf", "footer", r"Triwulan II"),
        ("MP - Manajemen Perubahan/MP 2 c Publikasi ZI Instagram Kantah Tolut.pdf", "absent", r"(?i)tolawu|kantor pertanahan"),
        ("MP - Manajemen Perubahan/MP 2 c Publikasi ZI Instagram Kantah Tolut.pdf", "present", r"Kantah Tolut"),
        ("PP - Pelayanan Publik/PP 1 a Keputusan Standar Pelayanan Kantah 2025.pdf", "present", r"NOMOR 1 TAHUN\s+2010"),
        ("SDM - Penataan SDM/SDM 2 a SK Mutasi Internal 2025.pdf", "title", ("KEPUTUSAN KEPALA KANTOR", "Menimbang", r"(?i)tolawu")),
        ("TT - Penataan Tatalaksana/TT R3 Digital Transformation Roadmap 2025-2027.pdf", "present", r"No benefit has been measured"),
    ],
}


def catalog_ids() -> set[str]:
    ids: set[str] = set()

    def walk(node):
        for q in node.get("questions", []):
            ids.add(q["id"])
        for c in node.get("children", []):
            walk(c)

    for t in json.loads(CATALOG.read_text())["tree"]:
        walk(t)
    return ids


def pdf_text(path: Path) -> str:
    with pdfplumber.open(path) as p:
        return "\n".join(pg.extract_text() or "" for pg in p.pages)


def pdf_chars(path: Path) -> int:
    with pdfplumber.open(path) as p:
        return sum(len((pg.extract_text() or "").strip()) for pg in p.pages)


def body_text(path: Path) -> str:
    """Text of every page above its bottom 8% (where footers are)."""
    out = []
    with pdfplumber.open(path) as p:
        for pg in p.pages:
            out.append(pg.crop((0, 0, pg.width, pg.height * 0.92)).extract_text() or "")
    return "\n".join(out)


def broken(f: Path) -> bool:
    """An empty file or one its own format cannot open."""
    if f.stat().st_size == 0:
        return True
    suf = f.suffix.lower()
    try:
        if suf == ".pdf":
            pdf_chars(f)
        elif suf in (".docx", ".xlsx"):
            zipfile.ZipFile(f).testzip()
        elif suf in (".jpg", ".jpeg", ".png"):
            Image.open(f).verify()
    except Exception:  # noqa: BLE001
        return True
    return False


def ocr_first_page(pdf: Path) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", "200", "-gray", "-f", "1", "-l", "1", str(pdf), f"{tmp}/p"], check=True)
        img = next(Path(tmp).glob("p*"))
        r = subprocess.run(["tesseract", str(img), "-", "-l", "ind"], capture_output=True, text=True)
        return r.stdout


def check_traps(folder: Path) -> list[str]:
    errs = []
    ev = folder / "evidence"
    for rel, kind, arg in TRAPS.get(folder.name, []):
        f = ev / rel
        if not f.is_file():
            errs.append(f"trap file missing: {rel}")
            continue
        text = pdf_text(f)
        flat = re.sub(r"\s+", " ", text)
        if kind == "absent" and re.search(arg, flat):
            errs.append(f"{rel}: /{arg}/ should not occur")
        elif kind == "present" and not re.search(arg, flat):
            errs.append(f"{rel}: /{arg}/ not found")
        elif kind == "footer":
            if not re.search(arg, flat):
                errs.append(f"{rel}: /{arg}/ not found at all")
            elif re.search(arg, re.sub(r"\s+", " ", body_text(f))):
                errs.append(f"{rel}: /{arg}/ occurs above the footer")
        elif kind == "title":
            start, end, rx = arg
            i = flat.find(start)
            j = flat.find(end, i + 1)
            if i < 0 or j < 0:
                errs.append(f"{rel}: title markers not found")
            elif re.search(rx, flat[i:j]):
                errs.append(f"{rel}: title {flat[i:j]!r} matches /{rx}/")
    return errs


def check_unit(folder: Path, ids: set[str], ocr: bool) -> list[str]:
    errs: list[str] = []
    ev = folder / "evidence"
    exp = yaml.safe_load((folder / "expect.yaml").read_text())
    if not exp.get("unit"):
        errs.append("expect.yaml has no unit description")
    expect, absent = exp.get("expect", {}), exp.get("absent", [])
    unreadable: set[str] = set()
    for rid, e in expect.items():
        if rid not in ids:
            errs.append(f"{rid}: not a catalog ID")
        if rid.startswith("HS."):
            errs.append(f"{rid}: Hasil rows are not judged from documents")
        sts = e["status"] if isinstance(e["status"], list) else [e["status"]]
        for s in sts:
            if s not in STATUSES:
                errs.append(f"{rid}: bad status {s}")
        if len(set(sts)) != len(sts):
            errs.append(f"{rid}: duplicate status")
        if not e.get("why"):
            errs.append(f"{rid}: no why")
        if set(e) - {"status", "evidence", "near_miss", "why"}:
            errs.append(f"{rid}: unknown keys {sorted(set(e) - {'status', 'evidence', 'near_miss', 'why'})}")
        ref = e.get("evidence") or e.get("near_miss")
        if not ref:
            errs.append(f"{rid}: names no file")
        if "evidence" in e and "near_miss" in e:
            errs.append(f"{rid}: both evidence and near_miss")
        if "met" in sts and "evidence" not in e:
            errs.append(f"{rid}: met but names only a near_miss")
        if "met" not in sts and "partial" not in sts and "evidence" in e:
            errs.append(f"{rid}: not met/partial but names evidence (use near_miss)")
        for key in ("evidence", "near_miss"):
            if key in e and not (ev / e[key]).is_file():
                errs.append(f"{rid}: {key} not found: {e[key]}")
        if "unreadable" in sts and ref:
            unreadable.add(ref)
    if len(set(absent)) != len(absent):
        errs.append("absent has duplicates")
    for rid in absent:
        if rid not in ids:
            errs.append(f"absent {rid}: not a catalog ID")
        if rid in expect:
            errs.append(f"{rid}: both expected and absent")
    files = [f for f in ev.rglob("*") if f.is_file()]
    size = sum(f.stat().st_size for f in files)
    if not 35 <= len(files) <= 45:
        errs.append(f"{len(files)} files (want 35-45)")
    if size > 7_000_000:
        errs.append(f"{size} bytes (want <= 7 MB)")
    if any(f.name == "zi-check.toml" for f in files):
        errs.append("zi-check.toml inside evidence/")
    areas = {f.relative_to(ev).parts[0] for f in files if len(f.relative_to(ev).parts) > 1}
    if len(areas) != 6 or any(len(f.relative_to(ev).parts) == 1 for f in files):
        errs.append(f"{len(areas)} top-level area folders (and no loose files wanted): {sorted(areas)}")
    kinds = {f.suffix.lower() for f in files}
    for k in (".pdf", ".docx", ".xlsx", ".jpg"):
        if k not in kinds:
            errs.append(f"no {k} file")
    broken_files = {f.relative_to(ev).as_posix() for f in files if broken(f)}
    if not broken_files:
        errs.append("no empty or corrupt file")
    scans = SCANS.get(folder.name, {})
    if len(scans) < 4:
        errs.append("fewer than 4 scans listed")
    for f in files:
        rel = f.relative_to(ev).as_posix()
        suf = f.suffix.lower()
        if rel in broken_files:
            continue
        if suf == ".pdf":
            n = pdf_chars(f)
            if rel in scans:
                if n:
                    errs.append(f"{rel}: scan has a text layer ({n} chars)")
            elif n < 200:
                errs.append(f"{rel}: only {n} chars of text (a scan not listed in SCANS?)")
        elif suf == ".docx":
            try:
                docx.Document(str(f))
            except Exception as exc:  # noqa: BLE001
                errs.append(f"{rel}: docx does not open: {exc}")
        elif suf == ".xlsx":
            try:
                openpyxl.load_workbook(f, read_only=True)
            except Exception as exc:  # noqa: BLE001
                errs.append(f"{rel}: xlsx does not open: {exc}")
        elif suf in (".jpg", ".jpeg", ".png"):
            with Image.open(f) as im:
                if min(im.size) < 600:
                    errs.append(f"{rel}: photo too small to read ({im.size})")
    for s, word in scans.items():
        if not (ev / s).is_file():
            errs.append(f"scan listed but absent: {s}")
        elif ocr:
            txt = re.sub(r"\s+", " ", ocr_first_page(ev / s)).upper()
            if word.upper() not in txt:
                errs.append(f"{s}: OCR does not read {word!r}")
    for u in unreadable:
        if (ev / u).is_file() and u not in broken_files and u not in scans:
            errs.append(f"{u}: marked unreadable but is neither broken nor a scan")
    for u in broken_files:
        if not any(u in (e.get("evidence"), e.get("near_miss")) for e in expect.values()):
            errs.append(f"{u}: broken file not referenced by any expectation")
    eng = ENGLISH.get(folder.name, [])
    if not eng:
        errs.append("no English document listed")
    for rel in eng:
        words = re.findall(r"[a-z]+", pdf_text(ev / rel).lower()) if (ev / rel).is_file() else []
        if sum(w in ("the", "and", "of", "to") for w in words) < 10:
            errs.append(f"{rel}: does not read as English")
    errs += check_traps(folder)
    profs = {}
    for name in ("profile.toml", "profile_short.toml"):
        p = tomllib.loads((folder / name).read_text())
        extra = set(p) - PROFILE_KEYS
        if extra or "unit" not in p or "year" not in p:
            errs.append(f"{name}: keys {sorted(p)}")
        if p.get("target") not in ("wbk", "wbbm"):
            errs.append(f"{name}: target {p.get('target')!r}")
        if not isinstance(p.get("parents", []), list) or not p.get("parents"):
            errs.append(f"{name}: parents is not a non-empty list")
        if not 2022 <= p.get("year", 0) <= 2025:
            errs.append(f"{name}: year {p.get('year')}")
        profs[name] = p
    a, b = profs["profile.toml"], profs["profile_short.toml"]
    for k in ("parents", "year", "target"):
        if a.get(k) != b.get(k):
            errs.append(f"profiles differ in {k}")
    if len(b.get("aliases", [])) > len(a.get("aliases", [])) or len(b["unit"]) >= len(a["unit"]):
        errs.append("short profile is not shorter")
    by = {}
    for e in expect.values():
        for s in (e["status"] if isinstance(e["status"], list) else [e["status"]])[:1]:
            by[s] = by.get(s, 0) + 1
    print(f"{folder.name}: {len(files)} files, {size / 1e6:.2f} MB, {len(expect)} expected {dict(sorted(by.items()))}, "
          f"{len(absent)} absent, {len(scans)} scans, {len(broken_files)} broken")
    return errs


def main() -> int:
    ocr = "--ocr" in sys.argv[1:]
    ids = catalog_ids()
    bad = 0
    folders = sorted(p for p in BLIND.iterdir() if (p / "expect.yaml").is_file())
    if {f.name for f in folders} != UNITS:
        print(f"  ERROR unit folders {[f.name for f in folders]}")
        bad += 1
    total = 0
    for folder in folders:
        total += sum(f.stat().st_size for f in (folder / "evidence").rglob("*") if f.is_file())
        for e in check_unit(folder, ids, ocr):
            print("  ERROR", e)
            bad += 1
    whole = sum(f.stat().st_size for f in BLIND.rglob("*") if f.is_file())
    print(f"evidence {total / 1e6:.2f} MB; whole set {whole / 1e6:.2f} MB")
    if whole > 18_000_000:
        print("  ERROR the set is larger than 18 MB")
        bad += 1
    print("ok" if not bad else f"{bad} errors")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
