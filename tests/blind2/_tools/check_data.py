"""Check the second blind set's own data (not the checker):

    /work/main/.venv/bin/python tests/blind2/_tools/check_data.py

- every requirement ID in expect.yaml is one of the catalog's, none both expected and absent;
- statuses are the contract's; every entry names a file (evidence or near_miss) that exists;
- every PDF opens, except the deliberately unreadable ones, which must not give text;
- the listed scans have no text layer, the other PDFs have one; every .docx, .xlsx and .jpg opens;
- both profiles parse, use only the known keys, share parents, year and target, the short one is shorter;
- 25-45 files per evidence folder spread over six top-level area folders, at most 12 MB;
- each folder holds at least one .docx, .xlsx, .jpg, one empty or corrupt file and one image-only scan;
- no zi-check.toml inside evidence/.
"""

from __future__ import annotations

import json
import sys
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

# image-only PDFs (no text layer), by unit folder, relative to evidence/
SCANS = {
    "polres_kahayan_timur": [
        "I. MANAJEMEN PERUBAHAN/1. Penyusunan Tim Kerja/SPRIN TIM POKJA ZI POLRES KAHTIM 2023.pdf",
        "I. MANAJEMEN PERUBAHAN/3. Pemantauan dan Evaluasi/LAPORAN MONEV ZI TRIWULAN II 2023.pdf",
        "II. PENATAAN TATALAKSANA/2.3 Keterbukaan Informasi/KEP PPID PELAKSANA POLRES 2021.pdf",
        "III. PENATAAN SDM/Mutasi/KEP MUTASI JABATAN JUNI 2023.pdf",
        "IV. PENGUATAN AKUNTABILITAS/PK KAPOLRES 2023 (scan).pdf",
        "VI. PELAYANAN PUBLIK/BA FKP REVIU STANDAR PELAYANAN.pdf",
    ],
    "rsud_soedarsono_sendang_kerta": [
        "01 MANAJEMEN PERUBAHAN/1.1 SK Tim ZI/SK TIM ZI WBBM 2024 + UNDANGAN.pdf",
        "01 MANAJEMEN PERUBAHAN/1.5 Agen Perubahan/scan SK agen perubahan.pdf",
        "03 PENATAAN SDM/3.2 Mutasi/Nota Dinas Rotasi Perawat Mei 2024.pdf",
        "04 PENGUATAN AKUNTABILITAS/4.1 Perencanaan/PK DIREKTUR 2024.pdf",
        "05 PENGUATAN PENGAWASAN/5.3 WBS/SK WBS.pdf",
        "06 PELAYANAN PUBLIK/6.1 Standar Pelayanan/BA FKP Standar Pelayanan 2024.pdf",
    ],
    "lapas_teluk_sirih": [
        "A. MANAJEMEN PERUBAHAN/A.1 Pembentukan Tim/SK TIM PEMBANGUNAN ZI LAPAS 2025.pdf",
        "A. MANAJEMEN PERUBAHAN/A.3 Monev/Laporan Monev ZI Triwulan II.pdf",
        "C. PENATAAN SDM/C.5 Disiplin/SK Hukuman Disiplin 2025.pdf",
        "D. PENGUATAN AKUNTABILITAS/D.1 Perencanaan/Perjanjian Kinerja Kalapas 2025.pdf",
        "E. PENGUATAN PENGAWASAN/E.2 SPIP/SK Satgas SPIP.pdf",
        "F. PELAYANAN PUBLIK/F.1 Standar Pelayanan/SK Standar Pelayanan Lapas.pdf",
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


def pdf_chars(path: Path) -> int:
    with pdfplumber.open(path) as p:
        return sum(len((pg.extract_text() or "").strip()) for pg in p.pages)


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


def check_unit(folder: Path, ids: set[str]) -> list[str]:
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
        sts = e["status"] if isinstance(e["status"], list) else [e["status"]]
        for s in sts:
            if s not in STATUSES:
                errs.append(f"{rid}: bad status {s}")
        if len(set(sts)) != len(sts):
            errs.append(f"{rid}: duplicate status")
        if not e.get("why"):
            errs.append(f"{rid}: no why")
        ref = e.get("evidence") or e.get("near_miss")
        if not ref and sts != ["missing"]:
            errs.append(f"{rid}: names no file")
        if "evidence" in e and "near_miss" in e:
            errs.append(f"{rid}: both evidence and near_miss")
        if "met" in sts and "evidence" not in e:
            errs.append(f"{rid}: met but names only a near_miss")
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
    if not 25 <= len(files) <= 45:
        errs.append(f"{len(files)} files (want 25-45)")
    if size > 12_000_000:
        errs.append(f"{size} bytes (want <= 12 MB)")
    if any(f.name == "zi-check.toml" for f in files):
        errs.append("zi-check.toml inside evidence/")
    areas = {f.relative_to(ev).parts[0] for f in files if len(f.relative_to(ev).parts) > 1}
    if len(areas) != 6:
        errs.append(f"{len(areas)} top-level area folders: {sorted(areas)}")
    kinds = {f.suffix.lower() for f in files}
    for k in (".pdf", ".docx", ".xlsx", ".jpg"):
        if k not in kinds:
            errs.append(f"no {k} file")
    broken_files = {f.relative_to(ev).as_posix() for f in files if broken(f)}
    if not broken_files:
        errs.append("no empty or corrupt file")
    scans = set(SCANS.get(folder.name, []))
    if not scans:
        errs.append("no scans listed")
    for f in files:
        rel = f.relative_to(ev).as_posix()
        suf = f.suffix.lower()
        if rel in broken_files:
            continue
        if suf == ".pdf":
            n = pdf_chars(f)
            if rel in unreadable and n:
                errs.append(f"{rel}: meant unreadable but opens with {n} chars")
            elif rel in scans:
                if n:
                    errs.append(f"{rel}: scan has a text layer ({n} chars)")
            elif n < 200 and rel not in unreadable:
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
    for s in scans:
        if not (ev / s).is_file():
            errs.append(f"scan listed but absent: {s}")
    for u in unreadable:
        if (ev / u).is_file() and u not in broken_files and u not in scans:
            errs.append(f"{u}: marked unreadable but is neither broken nor a scan")
    profs = {}
    for name in ("profile.toml", "profile_short.toml"):
        p = tomllib.loads((folder / name).read_text())
        extra = set(p) - PROFILE_KEYS
        if extra or "unit" not in p or "year" not in p:
            errs.append(f"{name}: keys {sorted(p)}")
        if p.get("target") not in ("wbk", "wbbm"):
            errs.append(f"{name}: target {p.get('target')!r}")
        if not isinstance(p.get("parents", []), list):
            errs.append(f"{name}: parents is not a list")
        profs[name] = p
    a, b = profs["profile.toml"], profs["profile_short.toml"]
    for k in ("parents", "year", "target"):
        if a.get(k) != b.get(k):
            errs.append(f"profiles differ in {k}")
    if len(b.get("aliases", [])) > len(a.get("aliases", [])) or len(b["unit"]) >= len(a["unit"]):
        errs.append("short profile is not shorter")
    print(f"{folder.name}: {len(files)} files, {size / 1e6:.2f} MB, {len(expect)} expected, {len(absent)} absent, "
          f"{len(scans)} scans, {len(broken_files)} broken, {len(unreadable)} unreadable")
    return errs


def main() -> int:
    ids = catalog_ids()
    bad = 0
    folders = sorted(p for p in BLIND.iterdir() if (p / "expect.yaml").is_file())
    if len(folders) != 3:
        print(f"  ERROR {len(folders)} unit folders")
        bad += 1
    for folder in folders:
        for e in check_unit(folder, ids):
            print("  ERROR", e)
            bad += 1
    print("ok" if not bad else f"{bad} errors")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
