"""Read the scans back with Tesseract (ind) to see that a human-readable amount of text survives.

    .venv/bin/python tests/facts_sealed2/make/ocrcheck.py [case-name ...]

For each scan case: how many of the title's words OCR finds, whether the number and the date's
day-month-year survive (loosely), and the number of words read. This is a check of the files,
not of any label: labels are what the page says, whatever OCR makes of it. The OCR text is
written to /tmp/sealed2-ocr/<case>.txt for a look.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
SET = HERE.parent
OUT = Path("/tmp/sealed2-ocr")
MONTHS = ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september",
          "oktober", "november", "desember"]
MONTHS_EN = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
             "october", "november", "december"]


def norm(t: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", t.lower()).strip()


def ocr(path: Path, lang: str) -> str:
    with tempfile.TemporaryDirectory() as td:
        imgs = [path]
        if path.suffix.lower() == ".pdf":
            subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(path), f"{td}/p"], check=True)
            imgs = sorted(Path(td).glob("p-*.png"))
        out = []
        for im in imgs:
            r = subprocess.run(["tesseract", str(im), "-", "-l", lang, "--psm", "3"], capture_output=True, text=True)
            out.append(r.stdout)
        return "\n\f".join(out)


def main(argv):
    OUT.mkdir(exist_ok=True)
    bad = 0
    for y in sorted(SET.glob("*.yaml")):
        if y.name == "profiles.yaml":
            continue
        for c in yaml.safe_load(y.read_text(encoding="utf-8"))["cases"]:
            if c["producer"] != "scan" or (argv and c["name"] not in argv):
                continue
            e = c["expect"]
            txt = ocr(SET / "files" / c["file"], "ind" if c["lang"] == "id" else "eng")
            (OUT / f"{c['name']}.txt").write_text(txt, encoding="utf-8")
            nt = " " + norm(txt) + " "
            words = [w for w in norm(e["title"] or "").split() if len(w) > 2]
            hit = sum(1 for w in words if f" {w} " in nt)
            fold = lambda s: re.sub(r"\s+", "", s.lower()).replace("o", "0").replace("l", "1").replace("i", "1")
            num = "-"
            if e["number"]:
                import difflib
                a, b = fold(e["number"]).replace("\u2013", "-"), fold(txt).replace("\u2013", "-")
                if a in b:
                    num = "ok"
                else:
                    m = difflib.SequenceMatcher(None, b, a, autojunk=False).find_longest_match(0, len(b), 0, len(a))
                    best = max((difflib.SequenceMatcher(None, b[i:i + len(a)], a).ratio()
                                for i in range(max(0, m.a - m.b - 3), min(len(b), m.a - m.b + 4))), default=0)
                    num = "near" if best >= 0.8 else "MISS"
            date = "-"
            if e["date"]:
                d = e["date"]
                cands = [f"{d.day} {MONTHS[d.month-1]} {d.year}", f"{d.day:02d} {MONTHS[d.month-1]} {d.year}",
                         f"{d.day} {MONTHS_EN[d.month-1]} {d.year}", f"{d.day:02d}{MONTHS[d.month-1]} {d.year}",
                         f"{d.day:02d} {d.month:02d} {d.year}", f"{d.year} {d.month:02d} {d.day:02d}"]
                date = "ok" if any(norm(x) in norm(txt) for x in cands) else "MISS"
            nw = len(txt.split())
            ok = (not words or hit / len(words) >= 0.7) and num != "MISS" and date != "MISS" and nw > 40
            bad += not ok
            print(f"{'  ' if ok else '!!'} {c['name']:40s} title {hit}/{len(words)}  number {num:4s}  date {date:4s}  words {nw}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
