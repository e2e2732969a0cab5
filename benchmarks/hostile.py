"""Does a scan of a hostile folder finish, report every file, and stay under 1.5 GB?

Run from the project root::

    python -m benchmarks.hostile             # workers: one per CPU (the CLI's default)
    python -m benchmarks.hostile -j 4        # four workers
    python -m benchmarks.hostile --keep DIR  # build the folder in DIR and keep it

Builds every case of ``tests/hostile.py`` (truncated, bit-flipped, encrypted and looping PDFs, a
PDF of 100,000 pages and one that claims them, zip bombs honest and lying, billion laughs and
external entities in DOCX, XLSX and PPTX, a 50,000-paragraph DOCX, image bombs, a scanned
decree, link loops, links out, a bad file name, 80 nested folders, ...) beside one valid decree
in a temporary folder, runs ``zi-check`` on it as a subprocess (the checkout's package, the
bundled pack, no cache), and prints:

- wall time of the scan;
- peak RSS: ``ru_maxrss`` from ``wait4()`` on the zi-check process, which covers it and every
  process below it that it waited for (extraction workers, Tesseract): the peak of the largest
  single process, not a sum (the same as ``getrusage(RUSAGE_CHILDREN).ru_maxrss`` would give);
- peak tree PSS: /proc polled every 20 ms, proportional set size summed over the whole process
  tree (shared pages counted once): the scan's whole footprint at its sampled peak, with the
  largest PSS seen per role (parent, worker, tesseract);
- each file's status and reason, the folder warnings, and whether each matches what
  ``tests/hostile.py`` expects.

Exit code 0 when the scan completed (exit 1, gaps), every case is reported as expected and both
peaks are under 1.5 GB; 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from checker.extract import ocr
from tests import hostile

LIMIT = 1536 * 1024 * 1024


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MB"


def _ocr_ready() -> bool:
    try:
        ocr.languages()
    except ocr.OcrUnavailable:
        return False
    return True


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.hostile", description=__doc__.split("\n")[0])
    parser.add_argument("-j", "--jobs", type=int, default=0, help="worker processes (default: one per CPU)")
    parser.add_argument("--timeout", type=float, default=300, help="seconds per file (default 300, the CLI's)")
    parser.add_argument("--keep", type=Path, help="build the folder here (must not exist) and keep it")
    args = parser.parse_args(argv)

    base = args.keep or Path(tempfile.mkdtemp(prefix="zi-hostile-"))
    if args.keep is not None and args.keep.exists():
        parser.error(f"{args.keep} exists")
    try:
        root, outside, out = base / "PATH", base / "outside", base / "reports"
        started = time.monotonic()
        cases = hostile.build_folder(root, outside)
        size = sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink())
        print(f"built {len(cases)} hostile entries and one valid decree in {root} "
              f"({size / (1024 * 1024):.1f} MB on disk) in {time.monotonic() - started:.1f} s")
        command = hostile.zi_check_command(root, "--unit", hostile.UNIT, "--year", hostile.YEAR, "-o", out,
                                           "--no-cache", "--timeout", args.timeout, "-j", args.jobs)
        m = hostile.run_measured(command, timeout=max(600.0, args.timeout * 4))
        print(f"zi-check exit code {m.returncode} in {m.wall:.1f} s (workers: {args.jobs or 'one per CPU'})")
        print(f"peak RSS, largest single process (wait4 ru_maxrss): {_mb(m.maxrss)}")
        roles = ", ".join(f"{role} {_mb(v)}" for role, v in sorted(m.peaks.items(), key=lambda kv: -kv[1]))
        print(f"peak tree PSS, all processes at once (/proc every 20 ms): {_mb(m.tree_peak)} "
              f"(largest per process: {roles})")
        if not (out / "report.json").exists():
            print("no report.json written", file=sys.stderr)
            print(m.stderr[-3000:], file=sys.stderr)
            return 1
        report = json.loads((out / "report.json").read_text("utf-8"))
        docs = {d["path"]: d for d in report["documents"]}
        warned = {w["path"]: w["reason"] for w in report["warnings"]}
        ocr_ready = _ocr_ready()
        bad = 0
        print(f"\n{'status':>11}  {'text':<4}  {'pages':>6}  file (reason)")
        for case in cases:
            if not case.is_document:
                continue
            doc = docs.get(case.path)
            if doc is None:
                print(f"{'MISSING':>11}  {'':<4}  {'':>6}  {case.path}")
                bad += 1
                continue
            statuses = ("empty",) if case.ocr and not ocr_ready else case.status
            good = doc["status"] in statuses and (case.reason is None or case.reason in (doc["error"] or "")
                                                  or (case.ocr and not ocr_ready))
            bad += not good
            note = f" ({doc['error']})" if doc["error"] else ""
            print(f"{doc['status']:>11}  {doc['text_source'] or '-':<4}  {doc['pages']:>6}  {case.path}{note}"
                  f"{'' if good else '   <-- expected ' + '/'.join(statuses)}")
        decree = docs.get(hostile.DECREE_PATH, {})
        print(f"{decree.get('status', 'MISSING'):>11}  {decree.get('text_source') or '-':<4}  "
              f"{decree.get('pages', 0):>6}  {hostile.DECREE_PATH} (the valid decree: kind {decree.get('kind')})")
        bad += decree.get("status") != "ok" or decree.get("kind") != "decree"
        print("\nfolder warnings:")
        for path, reason in warned.items():
            print(f"  {path if len(path) < 60 else path[:28] + '...' + path[-28:]}: {reason}")
        for case in cases:
            if case.warning is not None and case.warning not in warned.get(case.warning_path, ""):
                print(f"  MISSING: {case.warning_path}: {case.warning}")
                bad += 1
        leaks = [s for s in hostile.NOT_IN_REPORTS for name in ("report.json", "report.md")
                 if s in (out / name).read_text("utf-8")]
        bad += bool(leaks)
        counts = Counter(d["status"] for d in report["documents"])
        print(f"\n{len(docs)} documents ({', '.join(f'{k} {v}' for k, v in counts.most_common())}), "
              f"{len(warned)} warnings; outside text in the reports: {leaks or 'none'}")
        ok = m.returncode == 1 and not bad and m.maxrss < LIMIT and m.tree_peak < LIMIT
        print(f"{'PASS' if ok else 'FAIL'}: scan completed: {m.returncode == 1}; every case as expected: "
              f"{not bad}; peaks under 1.5 GB: {m.maxrss < LIMIT and m.tree_peak < LIMIT}")
        return 0 if ok else 1
    finally:
        if args.keep is None:
            shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
