"""Check the blind units' own data (not the checker): python tests/blind/_tools/check_data.py

- every requirement ID in expect.yaml is one of the catalog's, none both expected and absent;
- every file named in expect exists; statuses are the contract's;
- every PDF opens, except the deliberately unreadable ones, which must not;
- the scans have no text layer; every .docx opens;
- both profiles parse, with the same parents, year and target; no zi-check.toml inside evidence/;
- 18-30 files and 1-4 MB per evidence folder.
"""

from __future__ import annotations

import json
import sys
import tomllib
from pathlib import Path

import docx
import pdfplumber
import yaml

BLIND = Path(__file__).resolve().parents[1]
CATALOG = BLIND.parents[2] / "shared" / "lke-zi-90-2021.json"
STATUSES = {"met", "partial", "wrong_unit", "wrong_year", "unreadable", "missing"}
PROFILE_KEYS = {"unit", "aliases", "parents", "year", "target"}

# image-only PDFs, by unit folder (relative to evidence/)
SCANS = {
    "disdukcapil_watu_lumbang": [
        "1. MANAJEMEN PERUBAHAN/1.a SK Tim/Scan_20230116_0001.pdf",
        "6. PELAYANAN PUBLIK/6.a Standar Pelayanan/IMG_20230103_maklumat.pdf",
    ],
    "kpp_pratama_banyuseta": [
        "AREA I MANAJEMEN PERUBAHAN/I.1 Tim Kerja/KEP Perubahan Tim ZI 2024 (scan).pdf",
        "AREA III PENATAAN SDM/III.2 Mutasi/KEP Mutasi Internal Pelaksana Juli 2024.pdf",
    ],
    "ft_universitas_negeri_kalimaya": [
        "01. MANAJEMEN PERUBAHAN/1.4 Agen Perubahan/SK Agen Perubahan 2024-2025.pdf",
        "06. PELAYANAN PUBLIK/6.1 Standar Pelayanan/Maklumat Pelayanan FT.pdf",
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


def check_unit(folder: Path, ids: set[str]) -> list[str]:
    errs: list[str] = []
    ev = folder / "evidence"
    exp = yaml.safe_load((folder / "expect.yaml").read_text())
    expect, absent = exp.get("expect", {}), exp.get("absent", [])
    unreadable: set[str] = set()
    for rid, e in expect.items():
        if rid not in ids:
            errs.append(f"{rid}: not a catalog ID")
        sts = e["status"] if isinstance(e["status"], list) else [e["status"]]
        for s in sts:
            if s not in STATUSES:
                errs.append(f"{rid}: bad status {s}")
        if not e.get("why"):
            errs.append(f"{rid}: no why")
        ref = e.get("evidence") or e.get("near_miss")
        if not ref and sts != ["missing"]:
            errs.append(f"{rid}: names no file")
        for key in ("evidence", "near_miss"):
            if key in e and not (ev / e[key]).is_file():
                errs.append(f"{rid}: {key} not found: {e[key]}")
        if "unreadable" in sts:
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
    if not 18 <= len(files) <= 30:
        errs.append(f"{len(files)} files")
    if not 1_000_000 <= size <= 4_200_000:
        errs.append(f"{size} bytes")
    if any(f.name == "zi-check.toml" for f in files):
        errs.append("zi-check.toml inside evidence/")
    scans = set(SCANS.get(folder.name, []))
    for f in files:
        rel = f.relative_to(ev).as_posix()
        if f.suffix.lower() == ".pdf":
            try:
                n = pdf_chars(f)
                ok = True
            except Exception as exc:  # noqa: BLE001
                ok, n = False, 0
                err = exc
            if rel in unreadable:
                if ok and n:
                    errs.append(f"{rel}: meant unreadable but opens with {n} chars")
            elif not ok:
                errs.append(f"{rel}: does not open: {err}")
            elif rel in scans:
                if n:
                    errs.append(f"{rel}: scan has a text layer ({n} chars)")
            elif n < 200:
                errs.append(f"{rel}: only {n} chars of text")
        elif f.suffix.lower() == ".docx":
            try:
                docx.Document(str(f))
            except Exception as exc:  # noqa: BLE001
                errs.append(f"{rel}: docx does not open: {exc}")
    for s in scans:
        if not (ev / s).is_file():
            errs.append(f"scan listed but absent: {s}")
    profs = {}
    for name in ("profile.toml", "profile_short.toml"):
        p = tomllib.loads((folder / name).read_text())
        extra = set(p) - PROFILE_KEYS
        if extra or "unit" not in p or "year" not in p:
            errs.append(f"{name}: keys {sorted(p)}")
        profs[name] = p
    a, b = profs["profile.toml"], profs["profile_short.toml"]
    for k in ("parents", "year", "target"):
        if a.get(k) != b.get(k):
            errs.append(f"profiles differ in {k}")
    if len(b.get("aliases", [])) > len(a.get("aliases", [])) or len(b["unit"]) >= len(a["unit"]):
        errs.append("short profile is not shorter")
    print(f"{folder.name}: {len(files)} files, {size / 1e6:.2f} MB, {len(expect)} expected, {len(absent)} absent, "
          f"{len(scans)} scans, {len(unreadable)} unreadable")
    return errs


def main() -> int:
    ids = catalog_ids()
    bad = 0
    for folder in sorted(p for p in BLIND.iterdir() if (p / "expect.yaml").is_file()):
        for e in check_unit(folder, ids):
            print("  ERROR", e)
            bad += 1
    print("ok" if not bad else f"{bad} errors")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
