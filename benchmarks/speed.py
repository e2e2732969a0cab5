"""Nightly-scan speed, measured in ONE run on the same files.

    python -m benchmarks.speed --n 500 --n 2000 [--units 50]

For each N it builds (once) a synthetic drive (benchmarks/synth.py), then measures:

- the floor: every file's text read sequentially in one process with the fastest library
  (pypdfium2 for PDFs, python-docx for DOCX), OCR off;
- a cold zi-check scan (empty cache, OCR off, -j = CPUs);
- a warm rescan with nothing changed;
- a rescan after 1% of the files changed.

Each is a subprocess; wall time and the peak memory of its whole process tree are reported: the
sum of the PSS (proportional set size: a page shared by the parent and its forked workers counts
once, split between them) of the process and its workers, polled every 20 ms from /proc.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from benchmarks import synth
from tests import hostile

FLOOR = r"""
import sys
from pathlib import Path
import docx, pypdfium2 as pdfium
chars = 0
for path in sorted(Path(sys.argv[1]).rglob("*")):
    if path.name.startswith(".") or not path.is_file():
        continue
    if path.suffix == ".pdf":
        pdf = pdfium.PdfDocument(str(path))
        for page in pdf:
            tp = page.get_textpage(); chars += len(tp.get_text_bounded()); tp.close(); page.close()
        pdf.close()
    elif path.suffix == ".docx":
        d = docx.Document(str(path))
        chars += sum(len(p.text) for p in d.paragraphs)
        chars += sum(len(c.text) for t in d.tables for r in t.rows for c in r.cells)
print(chars)
"""


@dataclass
class Run:
    name: str
    seconds: float
    peak_mb: float
    code: int


def measure(name: str, cmd: list[str]) -> Run:
    """Wall time and the peak PSS of the whole process tree (tests/hostile.py measures both)."""
    done = hostile.run_measured(cmd, timeout=3600)
    if done.returncode not in (0, 1):
        sys.stderr.write(done.stderr)
    return Run(name, done.wall, done.tree_peak / (1024 * 1024), done.returncode)


def bench(n: int, work: Path, jobs: int) -> list[Run]:
    base = synth.build(work / f"drive-{n}", n)
    drive = work / f"scan-{n}"
    shutil.rmtree(drive, ignore_errors=True)
    shutil.copytree(base, drive, symlinks=True)
    cache = work / f"cache-{n}"
    shutil.rmtree(cache, ignore_errors=True)
    exe = str(Path(sys.executable).parent / "zi-check")
    scan = [exe, str(drive), "--unit", "Kedeputian Bidang Dukungan Kerja Kabinet", "--alias", "DKK",
            "--year", "2021", "--no-ocr", "-q", "-j", str(jobs), "--cache-dir", str(cache),
            "-o", str(work / f"out-{n}")]
    runs = [measure("floor", [sys.executable, "-c", FLOOR, str(drive)])]
    runs.append(measure("cold", scan))
    runs.append(measure("warm", scan))
    synth.change(drive, 0.01)
    runs.append(measure("1% changed", scan))
    return runs


UNIT_PROFILE = 'unit = "Kedeputian Bidang Dukungan Kerja Kabinet {k}"\naliases = ["DKK"]\nyear = 2021\n'


def bench_drive(units: int, work: Path, jobs: int) -> list[Run]:
    """A drive of ``units`` unit folders (the 2,000-file drive's files dealt out among them, each
    with its profile), scanned cold as one drive, then cold unit by unit."""
    base = synth.build(work / "drive-2000", 2000)
    drive = work / f"units-{units}"
    shutil.rmtree(drive, ignore_errors=True)
    files = sorted(p for p in base.rglob("*") if p.is_file() and not p.name.startswith("."))
    for k in range(units):
        folder = drive / f"Unit {k:02d}"
        folder.mkdir(parents=True)
        (folder / "zi-check.toml").write_text(UNIT_PROFILE.format(k=k), encoding="utf-8")
    for i, path in enumerate(files):
        target = drive / f"Unit {i % units:02d}" / path.relative_to(base)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, target)
    exe = str(Path(sys.executable).parent / "zi-check")
    common = ["--no-ocr", "-q", "-j", str(jobs)]
    cache = work / f"cache-units-{units}"
    shutil.rmtree(cache, ignore_errors=True)
    runs = [measure(f"drive x{units}", [exe, str(drive), *common, "--cache-dir", str(cache),
                                         "-o", str(work / f"out-units-{units}")])]
    one_by_one = Path(tempfile.mkdtemp(prefix="units-", dir=work)) / "run.sh"
    lines = ["set -e"]
    for k in range(units):
        unit_cache = work / f"cache-unit-{k:02d}"
        shutil.rmtree(unit_cache, ignore_errors=True)
        lines.append(f'"{exe}" "{drive}/Unit {k:02d}" {" ".join(common)} --cache-dir "{unit_cache}" '
                     f'-o "{work}/out-unit-{k:02d}" || [ $? -eq 1 ]')
    one_by_one.write_text("\n".join(lines) + "\n", encoding="utf-8")
    runs.append(measure("one by one", ["bash", str(one_by_one)]))
    return runs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, action="append", help="corpus sizes (default 500 and 2000)")
    parser.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "zi-check-bench")
    parser.add_argument("--units", type=int, default=0,
                        help="also a drive of this many units (2,000 files), beside its units scanned one by one")
    args = parser.parse_args(argv)
    sizes = args.n or [500, 2000]
    args.work.mkdir(parents=True, exist_ok=True)
    print(f"machine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}, jobs {args.jobs}")
    print(f"{'N':>6} {'run':>11} {'seconds':>8} {'x floor':>8} {'docs/s':>8} {'peak MB':>8}")
    for n in sizes:
        runs = bench(n, args.work, args.jobs)
        floor = runs[0].seconds
        for run in runs:
            ratio = f"{run.seconds / floor:.2f}" if run.name != "floor" else "1.00"
            print(f"{n:>6} {run.name:>11} {run.seconds:>8.2f} {ratio:>8} {n / run.seconds:>8.1f} "
                  f"{run.peak_mb:>8.0f}" + ("" if run.code in (0, 1) else f"  (exit {run.code})"))
    if args.units:
        for run in bench_drive(args.units, args.work, args.jobs):
            print(f"{2000:>6} {run.name:>11} {run.seconds:>8.2f} {'':>8} {2000 / run.seconds:>8.1f} "
                  f"{run.peak_mb:>8.0f}" + ("" if run.code in (0, 1) else f"  (exit {run.code})"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
