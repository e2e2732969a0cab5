"""Whole evidence folders judged the way an evaluator would: the blind unit folders.

    python -m benchmarks.folders [--set blind] [--no-ocr] [-v]

Each folder under ``tests/blind/`` (written by someone who had not read the analyser) holds an
``evidence/`` folder as a unit keeps it, ``profile.toml`` (the unit's name in full),
``profile_short.toml`` (as a hurried user types it) and ``expect.yaml``: per requirement, the
fair status(es) and the file an evaluator would cite; ``absent`` lists requirements the folder
holds nothing for. The folder is scanned with each profile through the same code as
``zi-check``, OCR on, and judged:

- a check is right when the status is one of the fair ones (and the cited file is among the
  evidence of a ``met``, or among the near misses of a gap);
- a false ``met`` is a ``met`` where the folder does not prove the requirement (an ``absent`` one,
  or one whose fair statuses exclude ``met``);
- the short profile must give every requirement the status the full one gives.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from checker import rulepack
from checker.extract import ExtractSettings
from checker.model import ReqStatus, RequirementResult
from checker.profile import read_file, resolve
from checker.scan import ScanSettings, scan

BLIND_DIR = Path(__file__).resolve().parent.parent / "tests" / "blind"


@dataclass(frozen=True, slots=True)
class FolderCheck:
    folder: str
    profile: str  # "full" or "short"
    rule: str
    fair: tuple[str, ...]
    got: str
    cited: str | None  # the file the evaluator would cite
    cited_found: bool
    absent: bool = False

    @property
    def right(self) -> bool:
        return self.got in self.fair and self.cited_found

    @property
    def false_met(self) -> bool:
        return self.got == "met" and "met" not in self.fair


@dataclass(slots=True)
class FolderRun:
    checks: list[FolderCheck] = field(default_factory=list)
    differ: list[str] = field(default_factory=list)  # requirements the short profile judges otherwise
    seconds: float = 0.0


def judge_folder(folder: Path, *, ocr: bool = True) -> FolderRun:
    data = yaml.safe_load((folder / "expect.yaml").read_text(encoding="utf-8"))
    expect: dict[str, dict] = data.get("expect") or {}
    absent: list[str] = data.get("absent") or []
    pack = rulepack.load()
    run = FolderRun()
    started = time.perf_counter()
    results: dict[str, dict[str, RequirementResult]] = {}
    for name, toml in (("full", "profile.toml"), ("short", "profile_short.toml")):
        if not (folder / toml).is_file():
            continue
        profile = resolve(read_file(folder / toml), {}, source=str(folder / toml))
        with tempfile.TemporaryDirectory(prefix="zi-folders-") as cache:
            settings = ScanSettings(extract=ExtractSettings(ocr=ocr), cache_dir=Path(cache), jobs=0)
            report = scan(folder / "evidence", profile, pack, settings)
        got = {r.rule.id: r for r in report.results}
        results[name] = got
        for rule_id, want in expect.items():
            fair = tuple(want["status"]) if isinstance(want["status"], list) else (want["status"],)
            result = got[rule_id]
            cited = want.get("evidence") if result.status is ReqStatus.MET else want.get("near_miss")
            cited_found = True
            if cited and result.status is ReqStatus.MET and want.get("evidence"):
                cited_found = any(e.path == cited for e in result.evidence)
            elif cited and result.status is not ReqStatus.MET:
                cited_found = any(p.path == cited for p in result.problems) or result.status is ReqStatus.MISSING
            run.checks.append(FolderCheck(folder.name, name, rule_id, fair, result.status.value, cited, cited_found))
        for rule_id in absent:
            result = got[rule_id]
            run.checks.append(FolderCheck(folder.name, name, rule_id, ("missing", "wrong_year", "wrong_unit",
                                                                       "unreadable"), result.status.value, None,
                                          True, absent=True))
    if len(results) == 2:
        run.differ = [rule_id for rule_id, r in results["full"].items()
                      if r.status is not results["short"][rule_id].status]
    run.seconds = time.perf_counter() - started
    return run


def render(runs: dict[str, FolderRun], verbose: bool = False) -> str:
    lines = []
    total = right = false_met = 0
    for name, run in runs.items():
        checks = [c for c in run.checks if c.profile == "full"]
        shorts = [c for c in run.checks if c.profile == "short"]
        ok = sum(c.right for c in checks)
        total += len(checks) + len(shorts)
        right += ok + sum(c.right for c in shorts)
        false_met += sum(c.false_met for c in run.checks)
        lines.append(f"{name}: {ok} of {len(checks)} checks right (short profile: {sum(c.right for c in shorts)} of "
                     f"{len(shorts)}), false met {sum(c.false_met for c in run.checks)}, "
                     f"short differs on {len(run.differ)} requirement(s), {run.seconds:.1f} s")
        for c in run.checks:
            if not c.right or verbose:
                mark = "ok  " if c.right else ("MET!" if c.false_met else "MISS")
                cited = "" if c.cited_found else f" (cited file {c.cited} not among its files)"
                lines.append(f"  {mark} {c.profile:5} {c.rule:8} fair {'|'.join(c.fair)}, got {c.got}{cited}")
        if run.differ:
            lines.append(f"  short profile differs: {', '.join(run.differ)}")
    lines.insert(0, f"folders benchmark: {right} of {total} checks right, false met {false_met} (target 0)\n")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.folders", description=__doc__.split("\n")[0])
    parser.add_argument("--dir", type=Path, default=BLIND_DIR, help="a folder of unit folders (default tests/blind)")
    parser.add_argument("--only", help="only the unit folders whose name contains this")
    parser.add_argument("--no-ocr", action="store_true", help="do not read scans")
    parser.add_argument("-v", "--verbose", action="store_true", help="every check, not only the wrong ones")
    args = parser.parse_args(argv)
    folders = sorted(p for p in args.dir.iterdir() if (p / "expect.yaml").is_file()
                     and (not args.only or args.only in p.name))
    runs = {f.name: judge_folder(f, ocr=not args.no_ocr) for f in folders}
    print(render(runs, args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
