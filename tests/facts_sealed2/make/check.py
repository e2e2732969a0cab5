"""Check the second sealed set's own data (not the analyser): keys, files, counts, size.

    .venv/bin/python tests/facts_sealed2/make/check.py          # problems, then the counts
    .venv/bin/python tests/facts_sealed2/make/check.py --table  # and the counts as Markdown tables

Exit code 1 when any problem is found.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
SET = HERE.parent
FILES = SET / "files"
PACK = SET.parent.parent / "rules" / "permenpanrb-90-2021" / "pack.yaml"

INSTITUTIONS = {"ministry_office", "regional_agency", "hospital", "university", "court", "police",
                "tax_office", "prison"}
PRODUCERS = {"libreoffice", "reportlab", "scan", "docx"}
EXPECT_KEYS = ("kind", "title", "number", "date", "period", "units_about")


def kinds_vocabulary() -> set[str]:
    return set(yaml.safe_load(PACK.read_text(encoding="utf-8"))["kinds"])


def check_file(path: Path, producer: str) -> list[str]:
    probs = []
    suf = path.suffix.lower()
    if producer == "docx":
        if suf != ".docx":
            return [f"{path.name}: producer docx but suffix {suf}"]
        import docx
        d = docx.Document(str(path))
        text = "\n".join(p.text for p in d.paragraphs) + "".join(
            c.text for t in d.tables for r in t.rows for c in r.cells)
        if len(text.strip()) < 100:
            probs.append(f"{path.name}: docx has almost no text")
        return probs
    if suf in (".png", ".jpg", ".jpeg"):
        if producer != "scan":
            probs.append(f"{path.name}: an image but producer {producer}")
        from PIL import Image
        with Image.open(path) as im:
            im.verify()
        return probs
    if suf != ".pdf":
        return [f"{path.name}: unexpected suffix {suf}"]
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        texts = [(pg.extract_text() or "").strip() for pg in pdf.pages]
        images = [len(pg.images) for pg in pdf.pages]
    if producer == "scan":
        if any(texts):
            probs.append(f"{path.name}: scan has a text layer")
        if not all(images):
            probs.append(f"{path.name}: a scanned page without an image")
    else:
        if not texts or sum(len(t) for t in texts) < 200:
            probs.append(f"{path.name}: text PDF with (almost) no text layer")
    return probs


def main(argv: list[str]) -> int:
    kinds = kinds_vocabulary()
    profiles = yaml.safe_load((SET / "profiles.yaml").read_text(encoding="utf-8"))["profiles"]
    probs: list[str] = []
    for name, p in profiles.items():
        for k in ("unit", "aliases", "parents", "year"):
            if k not in p:
                probs.append(f"profile {name}: no {k}")
        if not isinstance(p.get("parents"), list) or not isinstance(p.get("aliases"), list):
            probs.append(f"profile {name}: parents and aliases must be lists")
    cases = []
    for y in sorted(SET.glob("*.yaml")):
        if y.name == "profiles.yaml":
            continue
        data = yaml.safe_load(y.read_text(encoding="utf-8"))
        for c in data["cases"]:
            c["_group"] = y.stem
            c["_profile"] = c.get("profile", data.get("profile"))
            cases.append(c)
    names = Counter(c["name"] for c in cases)
    files = Counter(c["file"] for c in cases)
    probs += [f"duplicate name {n}" for n, k in names.items() if k > 1]
    probs += [f"duplicate file {n}" for n, k in files.items() if k > 1]
    used_profiles = set()
    for c in cases:
        n = c["name"]
        for k in ("name", "file", "format", "producer", "institution", "lang", "expect"):
            if k not in c:
                probs.append(f"{n}: no {k}")
        if c.get("format") != "file":
            probs.append(f"{n}: format must be 'file'")
        if c["_profile"] not in profiles:
            probs.append(f"{n}: unknown profile {c['_profile']}")
        used_profiles.add(c["_profile"])
        if c.get("producer") not in PRODUCERS:
            probs.append(f"{n}: producer {c.get('producer')}")
        if c.get("institution") not in INSTITUTIONS:
            probs.append(f"{n}: institution {c.get('institution')}")
        if c.get("lang") not in ("id", "en"):
            probs.append(f"{n}: lang {c.get('lang')}")
        if not (HERE / "src" / f"{n}.txt").exists():
            probs.append(f"{n}: no source text make/src/{n}.txt")
        e = c.get("expect", {})
        for k in EXPECT_KEYS:
            if k not in e:
                probs.append(f"{n}: expect has no {k}")
        kd = e.get("kind")
        for k in (kd if isinstance(kd, list) else [kd]):
            if k is not None and k not in kinds:
                probs.append(f"{n}: kind {k} not in the pack's vocabulary")
        if e.get("date") is not None and not isinstance(e["date"], dt.date):
            probs.append(f"{n}: date {e['date']!r} is not a date")
        if e.get("period") is not None and not re.fullmatch(r"\d{4}(-\d{4})?", str(e["period"])):
            probs.append(f"{n}: period {e['period']!r}")
        if e.get("number") is not None and not isinstance(e["number"], str):
            probs.append(f"{n}: number must be a string")
        for key in ("units_about", "units_other"):
            for u in e.get(key) or []:
                if not u.get("name") or u.get("role") not in ("self", "parent", "other"):
                    probs.append(f"{n}: bad unit in {key}: {u}")
                extra = set(u) - {"name", "role", "aka", "optional"}
                if extra:
                    probs.append(f"{n}: unit keys {extra}")
        path = FILES / c["file"]
        if not path.exists():
            probs.append(f"{n}: file missing: {c['file']}")
        else:
            try:
                probs += [f"{n}: {p}" for p in check_file(path, c["producer"])]
            except Exception as ex:  # a file that does not open is a problem, not a crash
                probs.append(f"{n}: {path.name} does not open: {ex}")
    unused = set(profiles) - used_profiles
    probs += [f"profile {p} is used by no case" for p in sorted(unused)]

    size = sum(p.stat().st_size for p in SET.rglob("*") if p.is_file())
    print(f"{len(cases)} cases, {len(profiles)} profiles, folder {size / 1e6:.1f} MB")
    if size > 12.5e6:
        probs.append(f"folder is {size / 1e6:.1f} MB (> 12.5 MB)")

    def kind_of(c):
        k = c["expect"]["kind"]
        return " / ".join(k) if isinstance(k, list) else str(k)

    tables = {
        "institution": Counter(c["institution"] for c in cases),
        "kind": Counter(kind_of(c) for c in cases),
        "producer": Counter(c["producer"] for c in cases),
        "lang": Counter(c["lang"] for c in cases),
    }
    for title, cnt in tables.items():
        if "--table" in argv:
            print(f"\n| {title} | documents |\n| --- | ---: |")
            for k, v in sorted(cnt.items(), key=lambda kv: (-kv[1], kv[0])):
                print(f"| {k} | {v} |")
        else:
            print(f"{title}: " + ", ".join(f"{k} {v}" for k, v in sorted(cnt.items(), key=lambda kv: (-kv[1], kv[0]))))
    single = Counter()
    for c in cases:
        k = c["expect"]["kind"]
        for x in (k if isinstance(k, list) else [k]):
            single[x] += 1
    # coverage
    if len(cases) < 64:
        probs.append(f"only {len(cases)} cases (< 64)")
    units_per_inst: dict[str, set] = {}
    for c in cases:
        units_per_inst.setdefault(c["institution"], set()).add(c["_profile"])
    for inst in INSTITUTIONS:
        if tables["institution"][inst] < 3:
            probs.append(f"institution {inst}: {tables['institution'][inst]} documents")
        if len(units_per_inst.get(inst, ())) < 2:
            probs.append(f"institution {inst}: fewer than 2 units (profiles)")
    # the texts: no two cases share a source text
    seen_src: dict[str, str] = {}
    for c in cases:
        src = HERE / "src" / f"{c['name']}.txt"
        if src.exists():
            body = src.read_text(encoding="utf-8")
            if body in seen_src:
                probs.append(f"{c['name']}: same source text as {seen_src[body]}")
            seen_src[body] = c["name"]
    # the traits each case was written to exercise (make/traits.yaml)
    traits = yaml.safe_load((HERE / "traits.yaml").read_text(encoding="utf-8"))
    known = {c["name"] for c in cases}
    for t, names in traits.items():
        for n in names:
            if n not in known:
                probs.append(f"traits.yaml: {t}: unknown case {n}")
        if len(names) < 2 and not t.startswith("sibling"):
            probs.append(f"traits.yaml: {t}: only {len(names)} case(s)")
    if "--table" in argv:
        print("\n| trait | documents |\n| --- | ---: |")
        for t, names in traits.items():
            print(f"| {t.replace('_', ' ')} | {len(names)} |")
        # institution kind x document kind
        insts = sorted(INSTITUTIONS)
        kinds_seen = sorted({kind_of(c) for c in cases})
        print("\n| kind | " + " | ".join(insts) + " |\n| --- |" + " ---: |" * len(insts))
        for k in kinds_seen:
            row = [sum(1 for c in cases if kind_of(c) == k and c["institution"] == i) for i in insts]
            print(f"| {k} | " + " | ".join(str(v) if v else "" for v in row) + " |")
        print("\n| institution | units | id | en |\n| --- | --- | ---: | ---: |")
        for i in insts:
            us = sorted(profiles[p]["unit"] for p in units_per_inst.get(i, ()))
            n_id = sum(1 for c in cases if c["institution"] == i and c["lang"] == "id")
            n_en = sum(1 for c in cases if c["institution"] == i and c["lang"] == "en")
            print(f"| {i} | {'; '.join(us)} | {n_id} | {n_en} |")
    if len([k for k in single if k]) < 12:
        probs.append(f"only {len(single)} kinds of document")
    for p in ("libreoffice", "reportlab", "scan"):
        if tables["producer"][p] < 15:
            probs.append(f"producer {p}: {tables['producer'][p]} documents (< 15)")
    if tables["lang"]["en"] < 8:
        probs.append(f"only {tables['lang']['en']} English documents")
    for p in probs:
        print("PROBLEM:", p)
    return 1 if probs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
