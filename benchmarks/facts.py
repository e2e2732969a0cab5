"""How right are the facts? Precision and recall per fact on hand-labelled documents.

Run from the project root::

    python -m benchmarks.facts              # the figures, the critical cases, every miss
    python -m benchmarks.facts --verbose    # and every case's facts, expected against found
    python -m benchmarks.facts --only lapas # only the cases whose "group/name" contains "lapas"
    python -m benchmarks.facts --data tests/facts_holdout  # another folder of labelled cases

The exit code is 0 whatever the figures (this is a report; ``tests/test_facts.py`` holds the
thresholds); it is 2 only when the labelled data itself is malformed.

The data
--------
``tests/facts/*.yaml``: one file per group of cases (``cases:``, an optional ``description:``
and default ``profile:``), each case a document written by hand with its labels (what a careful
reader takes from it, not what the tool says). ``profiles.yaml`` names the profiles the cases
refer to; a case may name its own (a name from ``profiles.yaml`` or an inline mapping with
``unit``, ``aliases``, ``parent``, ``year``). A case (``note:`` may say why it is labelled so)::

    - name: lapas-sk-tim-zi                       # unique in the whole set
      profile: lapas_yk                           # optional when the file sets one
      file: "1. Manajemen Perubahan/SK Tim ZI.pdf"  # the path the analyser sees (may mislead)
      format: text                                # text | pdf | docx | scan
      pages: ["# KEMENTERIAN ...\\n..."]          # one string per page (tests/docgen.py format)
      expect:
        kind: decree                  # a kind of the bundled pack, a list of acceptable kinds, or null
        title: "tim kerja pembangunan zona integritas"   # or null
        number: "W.11.PAS.PAS.4-1021-PW.01.01 TAHUN 2021"  # or null
        date: 2021-01-04              # date of enactment or signature, or null
        period: "2021"                # years the document is about: "2021", "2020-2024" or null
        units_about:                  # the units it is issued for or reports on
          - {name: "Lapas Kelas IIA Yogyakarta", role: self, aka: ["Lembaga Pemasyarakatan ..."]}
        units_other:                  # units it only mentions (optional)
          - {name: "Kantor Wilayah ...", role: parent}

``role`` is the unit's relation to the case's profile: ``self``, ``parent`` or ``other``.
``optional: true`` on a ``units_about`` entry means its about-ness is not scored (an issuing
office that some readers count as a subject and others do not); its role still is.

Formats: the page strings use the mini-format of ``tests/docgen.py`` (``# `` centred, ``> ``
signature block, ``---`` rule). ``text`` gives the analyser what a text PDF's text layer gives
for those pages, without building a file (markers dropped, tabs as spaces, no blank lines);
``pdf`` and ``docx`` build a real file with docgen in a temporary folder and read it back with
``checker.extract.extract``; ``scan`` renders the pages as a scanned PDF (or image, by the
file's suffix) and reads it with Tesseract. ``scan_noise: true`` adds specks and a slight tilt.

The facts and how they are counted
----------------------------------
Single-valued facts (kind, title, number, date, period), per document:

- a found value is a true positive (tp) when a value is labelled and the found one is the same;
- a found value that is not the labelled one (or found where null is labelled) is a false
  positive (fp): it counts against precision;
- a labelled value that is not found, or found wrong, is a false negative (fn): against recall.
  (A wrong value is both an fp and an fn.)

precision = tp / (tp + fp), recall = tp / (tp + fn); 1.0 when the denominator is 0.

"The same" for each fact:

- kind: the pack's kind name, exactly (or any of a labelled list);
- title: compared normalised (case folded, punctuation and spaces folded to one space). The
  label is the title as a reader would cite it (a decree's "TENTANG" block, a cover's title
  lines, a letter's subject "Hal", an SOP's name), without the letterhead. Right when the label
  is contained, as whole words, in the found title and the found title is not longer than the
  label by more than the label's own length or 80 characters (room for the unit's name and
  year under a cover title; a title that runs on into the body is wrong), or when the found
  title is contained in the label and is at least 60% of its length (cut short by a line break);
- number: equal once case and spaces are ignored and the letters OCR confuses with digits are
  folded on both sides (O/o as 0, I/l as 1): the number as printed, even when a scan garbled it;
- date: the same day (YYYY-MM-DD);
- period: the same years (``Facts.period``: "2021" or "2020-2024").

Units. A found unit is matched to a labelled one by name: names normalised as above, common
abbreviations expanded (Kab., Lapas, KPP, Dinkes, Kanwil, HAM, DIY, ...), a trailing "Republik
Indonesia" dropped; equal names match first, else a name that begins the other one, word for
word (the shorter of at least two words: "Badan Kepegawaian dan Pengembangan Sumber Daya
Manusia" cut by a line break before "Kota Bekasi"), the closest in length winning. A name that
ends another is another unit ("Universitas Diponegoro" is not "Fakultas Hukum Universitas
Diponegoro"). ``aka`` gives a labelled unit's other names.

- unit_about (the profile's own unit), per document. The analyser claims the document is its
  unit's when it marks a unit ``self`` and ``about``; a ``self`` role on a unit labelled other
  or parent (about or mentioned) is a wrong claim too. tp: a ``self`` unit is labelled about and
  is found about, with no wrong claim; fp: a claim on a document not labelled about the unit,
  or any wrong claim; fn: a labelled ``self`` unit not found about (or found with a wrong claim).
- other_unit_about (the other and parent units a document is about), per unit. tp: a labelled
  other/parent unit found about with its role; fp: a unit found about with a non-self role that
  is labelled only as mentioned, labelled with another role, or not labelled at all (duplicates
  of a unit already matched are not counted); fn: a labelled other/parent unit not found about
  with its role.

Critical: a document about another unit taken as the profile's own: a ``self`` role on a unit
labelled other or parent, or a ``self`` unit found about where the labels say the document is
about another unit (and not about the profile's). The target is none.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from checker import engine, rulepack
from checker.analyse import Analyzer
from checker.errors import SetupError
from checker.extract import ExtractSettings, extract
from checker.identity import Identity
from checker.model import (
    AnyOf,
    DocStatus,
    Document,
    Extraction,
    Facts,
    Page,
    Profile,
    RulePack,
    SourceFile,
    UnitMention,
    UnitRole,
    conditions,
)
from checker.profile import resolve

ROOT = Path(__file__).resolve().parent.parent
CASES_DIR = ROOT / "tests" / "facts"
HOLDOUT_DIR = ROOT / "tests" / "facts_holdout"
SEALED_DIR = ROOT / "tests" / "facts_sealed"  # written blind, measured once; a development set since
SEALED2_DIR = ROOT / "tests" / "facts_sealed2"  # written blind: measure once, never tune on it
REAL_LABELS = ROOT / "tests" / "real_docs" / "labels.yaml"
REAL_TEXTS = ROOT.parent / "shared" / "real-docs"  # read at run time, never copied
PROFILES_FILE = "profiles.yaml"
FILES_DIR = "files"  # a folder's committed documents, for cases of format "file"

FACTS = ("kind", "title", "number", "date", "period", "unit_about", "other_unit_about")
FORMATS = ("text", "pdf", "docx", "scan", "file")
SUFFIXES = {"pdf": (".pdf",), "docx": (".docx",), "scan": (".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff")}
EXPECT_KEYS = ("kind", "title", "number", "date", "period", "units_about")
ROLES = ("self", "parent", "other")
TITLE_MIN_SHARE = 0.6
TITLE_MAX_EXTRA = 80


class DataError(Exception):
    """The labelled data is malformed (names the file and the case)."""


# --- the labelled cases ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class UnitLabel:
    name: str
    role: UnitRole
    about: bool
    optional: bool = False
    aka: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aka)


@dataclass(frozen=True, slots=True)
class Expect:
    kind: tuple[str, ...] | None  # acceptable kinds; None: no kind
    title: str | None
    number: str | None
    date: str | None  # YYYY-MM-DD
    period: str | None
    units: tuple[UnitLabel, ...]

    @property
    def self_about(self) -> bool:
        return any(u.role is UnitRole.SELF and u.about for u in self.units)

    @property
    def about_another(self) -> bool:
        """The labels say the document is about another unit (and not the profile's)."""
        return not self.self_about and any(
            u.about and not u.optional and u.role is not UnitRole.SELF for u in self.units
        )


@dataclass(frozen=True, slots=True)
class Case:
    name: str
    group: str  # the stem of the file it comes from
    profile: Profile
    file: str
    format: str
    pages: tuple[str, ...]
    expect: Expect
    scan_noise: bool = False
    disk: Path | None = None  # the committed document of a "file" case
    # the status each requirement must get in a folder holding this document alone
    requirements: tuple[tuple[str, str], ...] = ()

    @property
    def key(self) -> str:
        return f"{self.group}/{self.name}"


def load_cases(directory: Path = CASES_DIR) -> list[Case]:
    """Every case of every group file under ``directory``, validated."""
    profiles = _load_profiles(directory / PROFILES_FILE)
    cases: list[Case] = []
    seen: dict[str, Path] = {}
    for path in sorted(directory.glob("*.yaml")):
        if path.name == PROFILES_FILE:
            continue
        data = _read(path)
        if not isinstance(data, dict) or not isinstance(data.get("cases"), list):
            raise DataError(f"{path}: needs a list 'cases'")
        unknown = set(data) - {"profile", "cases", "description"}
        if unknown:
            raise DataError(f"{path}: unknown key {sorted(unknown)[0]!r}")
        default = data.get("profile")
        for raw in data["cases"]:
            case = _case(raw, path, default, profiles)
            if case.name in seen:
                raise DataError(f"{path}: case {case.name}: name already used in {seen[case.name].name}")
            seen[case.name] = path
            cases.append(case)
    return cases


def _read(path: Path) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise DataError(f"{path}: cannot be read: {exc}") from None


def _load_profiles(path: Path) -> dict[str, Profile]:
    data = _read(path)
    if not isinstance(data, dict) or not isinstance(data.get("profiles"), dict):
        raise DataError(f"{path}: needs a mapping 'profiles'")
    out = {}
    for name, values in data["profiles"].items():
        try:
            out[name] = resolve(values, {}, source=f"{path}: profile {name}")
        except SetupError as exc:
            raise DataError(str(exc)) from None
    return out


def _case(raw: Any, path: Path, default: Any, profiles: dict[str, Profile]) -> Case:
    if not isinstance(raw, dict) or not isinstance(raw.get("name"), str):
        raise DataError(f"{path}: every case needs a 'name'")
    where = f"{path}: case {raw['name']}"
    unknown = set(raw) - {"name", "profile", "file", "format", "pages", "expect", "scan_noise", "note",
                          "producer", "institution", "lang"}
    if unknown:
        raise DataError(f"{where}: unknown key {sorted(unknown)[0]!r}")
    for key in ("file", "format", "expect", *(() if raw.get("format") == "file" else ("pages",))):
        if key not in raw:
            raise DataError(f"{where}: key {key!r} is missing")
    spec = raw.get("profile", default)
    if isinstance(spec, str):
        if spec not in profiles:
            raise DataError(f"{where}: unknown profile {spec!r}")
        profile = profiles[spec]
    elif isinstance(spec, dict):
        try:
            profile = resolve(spec, {}, source=where)
        except SetupError as exc:
            raise DataError(str(exc)) from None
    else:
        raise DataError(f"{where}: no profile (set 'profile' in the case or the file)")
    fmt = raw["format"]
    if fmt not in FORMATS:
        raise DataError(f"{where}: format must be one of {', '.join(FORMATS)}")
    file = raw["file"]
    if not isinstance(file, str) or not file or file.startswith("/") or ".." in file.split("/"):
        raise DataError(f"{where}: 'file' must be a relative path")
    if fmt in SUFFIXES and not file.lower().endswith(SUFFIXES[fmt]):
        raise DataError(f"{where}: a {fmt} case needs a file name ending in {' or '.join(SUFFIXES[fmt])}")
    disk = None
    if fmt == "file":
        disk = path.parent / FILES_DIR / file
        if not disk.is_file():
            raise DataError(f"{where}: no file {disk.relative_to(path.parent)}")
    pages = raw.get("pages", [])
    if fmt != "file" and (not isinstance(pages, list) or not pages or not all(isinstance(p, str) for p in pages)):
        raise DataError(f"{where}: 'pages' must be a non-empty list of strings")
    if fmt == "scan" and len(pages) > 1 and not file.lower().endswith((".pdf", ".tif", ".tiff")):
        raise DataError(f"{where}: only a PDF or TIFF scan holds several pages")
    return Case(
        name=raw["name"],
        group=path.stem,
        profile=profile,
        file=file,
        format=fmt,
        pages=tuple(pages),
        expect=_expect(raw["expect"], where),
        scan_noise=bool(raw.get("scan_noise", False)),
        disk=disk,
    )


def load_real_docs(labels: Path = REAL_LABELS, texts: Path = REAL_TEXTS) -> list[Case]:
    """The real public documents, labelled in ``labels`` and read from ``texts`` (outside the
    repository), each rendered as its unit keeps it (``render``: pdf, docx or scan)."""
    from tests.docgen import paginate

    data = _read(labels)
    if not isinstance(data, dict) or not isinstance(data.get("cases"), list):
        raise DataError(f"{labels}: needs 'profiles' and 'cases'")
    profiles = {}
    for name, values in (data.get("profiles") or {}).items():
        try:
            profiles[name] = resolve(values, {}, source=f"{labels}: profile {name}")
        except SetupError as exc:
            raise DataError(str(exc)) from None
    cases = []
    for raw in data["cases"]:
        where = f"{labels}: case {raw.get('name')}"
        source = texts / str(raw.get("source"))
        if not source.is_file():
            raise DataError(f"{where}: no text {source}")
        lines = [_literal(line) for line in source.read_text(encoding="utf-8").split("\n")[1:]]  # 1: the source
        lines = [line for i, line in enumerate(lines)  # runs of blank lines (an extractor's) as one
                 if line.strip() or not (i and not lines[i - 1].strip())]
        # measured a size larger than drawn: real text has characters outside Times' WinAnsi, which
        # the page builder draws in a wider font
        pages = paginate(lines, font_size=13, scan=raw.get("render") == "scan")
        if raw.get("render") == "docx":  # a Word file is one stream of paragraphs, not pages
            pages = ["\n".join(pages)]
        if raw.get("profile") not in profiles:
            raise DataError(f"{where}: unknown profile {raw.get('profile')!r}")
        cases.append(Case(name=raw["name"], group="real", profile=profiles[raw["profile"]], file=raw["file"],
                          format=raw.get("render", "pdf"), pages=tuple(pages), expect=_expect(raw["expect"], where),
                          requirements=tuple((rule, str(status)) for rule, status
                                             in (raw.get("requirements") or {}).items())))
    return cases


def _literal(line: str) -> str:
    """A line of a real text as plain text for the page builder (whose "# ", "> " and "---" mean
    a layout)."""
    return " " + line if line.startswith(("# ", "> ", "---", "{{")) else line.replace("\t", " ")


def _expect(raw: Any, where: str) -> Expect:
    if not isinstance(raw, dict):
        raise DataError(f"{where}: 'expect' must be a mapping")
    for key in EXPECT_KEYS:
        if key not in raw:
            raise DataError(f"{where}: expect: key {key!r} is missing (write null when there is none)")
    unknown = set(raw) - {*EXPECT_KEYS, "units_other"}
    if unknown:
        raise DataError(f"{where}: expect: unknown key {sorted(unknown)[0]!r}")
    kind = raw["kind"]
    if kind is not None:
        kind = (kind,) if isinstance(kind, str) else tuple(kind)
        if not kind or not all(isinstance(k, str) for k in kind):
            raise DataError(f"{where}: expect: 'kind' must be a kind name, a list of them, or null")
    date = raw["date"]
    if isinstance(date, dt.date):
        date = date.isoformat()
    elif date is not None:
        try:
            date = dt.date.fromisoformat(str(date)).isoformat()
        except ValueError:
            raise DataError(f"{where}: expect: 'date' must be YYYY-MM-DD or null") from None
    period = raw["period"]
    if period is not None:
        period = str(period)
        if not re.fullmatch(r"(19|20)\d\d(-(19|20)\d\d)?", period):
            raise DataError(f"{where}: expect: 'period' must be like 2021 or 2020-2024, or null")
    for key in ("title", "number"):
        if raw[key] is not None and not isinstance(raw[key], str | int):
            raise DataError(f"{where}: expect: {key!r} must be a string or null")
    units = [_unit(u, where, about=True) for u in raw["units_about"] or []]
    units += [_unit(u, where, about=False) for u in raw.get("units_other") or []]
    return Expect(
        kind=kind,
        title=None if raw["title"] is None else str(raw["title"]),
        number=None if raw["number"] is None else str(raw["number"]),
        date=date,
        period=period,
        units=tuple(units),
    )


def _unit(raw: Any, where: str, about: bool) -> UnitLabel:
    if not isinstance(raw, dict) or not isinstance(raw.get("name"), str) or raw.get("role") not in ROLES:
        raise DataError(f"{where}: expect: a unit needs a 'name' and a 'role' ({', '.join(ROLES)})")
    unknown = set(raw) - {"name", "role", "aka", "optional"}
    if unknown:
        raise DataError(f"{where}: expect: unit {raw['name']}: unknown key {sorted(unknown)[0]!r}")
    aka = raw.get("aka") or []
    if isinstance(aka, str):
        aka = [aka]
    return UnitLabel(raw["name"], UnitRole(raw["role"]), about, bool(raw.get("optional")), tuple(aka))


# --- building the documents ------------------------------------------------------------------


def text_layer(page: str) -> str:
    """What a text PDF's text layer gives for a page of docgen's mini-format."""
    out = []
    for raw in page.split("\n"):
        line = raw[2:] if raw.startswith(("# ", "> ")) else raw
        if line.strip() in ("", "---"):
            continue
        out.append(" ".join(line.replace("\t", " ").split()))
    return "\n".join(out)


def build_file(case: Case, folder: Path) -> Path:
    """Write the real file of a pdf, docx or scan case under ``folder``; return its path."""
    from tests import docgen  # test-only builders (reportlab); imported only when needed

    path = folder / case.file
    if case.format == "pdf":
        docgen.text_pdf(path, list(case.pages))
    elif case.format == "docx":
        docgen.make_corpus(folder, {case.file: list(case.pages)})  # page breaks between pages
    elif case.format == "scan":
        docgen.make_corpus(folder, {case.file: docgen.Scan(list(case.pages), noise=case.scan_noise)})
    else:
        raise ValueError(f"case {case.name}: a {case.format} case has no file to build")
    return path


def extraction(case: Case, folder: Path) -> Extraction:
    """The case's pages as the analyser receives them (through a real file unless ``text``)."""
    if case.format == "text":
        pages = tuple(Page(i + 1, text_layer(p)) for i, p in enumerate(case.pages))
        return Extraction(DocStatus.OK, pages, page_count=len(pages))
    path = case.disk if case.disk is not None else build_file(case, folder)
    return extract(_source(case, path), ExtractSettings(ocr=True))


def _source(case: Case, path: Path | None) -> SourceFile:
    if path is None:
        return SourceFile(path=case.file, abspath=Path(case.file), size=0, mtime_ns=0, sha256="")
    st = path.stat()
    return SourceFile(path=case.file, abspath=path, size=st.st_size, mtime_ns=st.st_mtime_ns, sha256="")


# --- comparing -------------------------------------------------------------------------------

_NON_WORD = re.compile(r"[\W_]+")
_OCR_FOLD = str.maketrans({"o": "0", "i": "1", "l": "1"})
_ABBREVIATIONS = {
    "kab": "kabupaten",
    "prov": "provinsi",
    "pemkab": "pemerintah kabupaten",
    "pemkot": "pemerintah kota",
    "kemenkumham": "kementerian hukum dan hak asasi manusia",
    "kemenkeu": "kementerian keuangan",
    "ham": "hak asasi manusia",
    "diy": "daerah istimewa yogyakarta",
    "lapas": "lembaga pemasyarakatan",
    "rutan": "rumah tahanan negara",
    "kpp": "kantor pelayanan pajak",
    "djp": "direktorat jenderal pajak",
    "ditjen": "direktorat jenderal",
    "dinkes": "dinas kesehatan",
    "kanwil": "kantor wilayah",
    "kanim": "kantor imigrasi",
    "sdm": "sumber daya manusia",
    "bkpsdm": "badan kepegawaian dan pengembangan sumber daya manusia",
    "rsud": "rumah sakit umum daerah",
    "undip": "universitas diponegoro",
    "setkab": "sekretariat kabinet",
    "ri": "republik indonesia",
    # an office named by its head: the regent's decree is the regency government's
    "bupati": "pemerintah kabupaten",
    "walikota": "pemerintah kota",
    "gubernur": "pemerintah provinsi",
}
_COUNTRY_TAIL = " republik indonesia"


def norm(text: str) -> str:
    """Case folded; punctuation and runs of spaces folded into one space."""
    return " ".join(_NON_WORD.sub(" ", text.casefold()).split())


def unit_norm(name: str) -> str:
    words = " ".join(_ABBREVIATIONS.get(w, w) for w in norm(name).split())
    return words.removesuffix(_COUNTRY_TAIL)


def _contains(outer: str, inner: str) -> bool:
    return f" {inner} " in f" {outer} "


def same_title(expected: str, got: str) -> bool:
    e, g = norm(expected), norm(got)
    if not e or not g:
        return False
    if _contains(g, e):  # the label within the found title, which does not run on into the body
        return len(g) - len(e) <= max(len(e), TITLE_MAX_EXTRA)
    return _contains(e, g) and len(g) >= TITLE_MIN_SHARE * len(e)


def number_key(number: str) -> str:
    return "".join(number.casefold().split()).rstrip(".,;:").translate(_OCR_FOLD)


def same_number(expected: str, got: str) -> bool:
    return number_key(expected) == number_key(got)


def match_unit(name: str, labels: Iterable[UnitLabel]) -> UnitLabel | None:
    """The labelled unit a found name stands for (see the module docstring), or None."""
    found = unit_norm(name)
    best: tuple[int, int, UnitLabel] | None = None
    for label in labels:
        for alt in label.names:
            other = unit_norm(alt)
            if other == found:
                score = (2, 0)
            else:
                shorter, longer = sorted((found, other), key=len)
                if len(shorter.split()) < 2 or not longer.startswith(shorter + " "):
                    continue
                score = (1, -abs(len(longer) - len(shorter)))
            if best is None or score > best[:2]:
                best = (*score, label)
    return best[2] if best else None


# --- scoring ---------------------------------------------------------------------------------


@dataclass(slots=True)
class Count:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    labelled: int = 0  # labelled values (non-null), or labelled units
    found: int = 0  # values found (non-null), or units found

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


@dataclass(frozen=True, slots=True)
class Miss:
    case: str  # group/name
    fact: str
    expected: str
    got: str
    file: str = ""


@dataclass(frozen=True, slots=True)
class Check:
    """One requirement's verdict on a folder holding one labelled document."""

    case: str
    rule: str
    expected: str
    got: str
    why: str = ""  # the verdict's first near miss, when it is not the one expected

    @property
    def right(self) -> bool:
        return self.expected == self.got


@dataclass(slots=True)
class Measurement:
    cases: int = 0
    counts: dict[str, Count] = field(default_factory=lambda: {f: Count() for f in FACTS})
    misses: list[Miss] = field(default_factory=list)
    critical: list[Miss] = field(default_factory=list)
    groups: Counter[str] = field(default_factory=Counter)
    formats: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0
    details: dict[str, list[tuple[str, str, str, bool]]] = field(default_factory=dict)
    checks: list[Check] = field(default_factory=list)  # requirement verdicts the labels name

    @property
    def checks_right(self) -> int:
        return sum(c.right for c in self.checks)

    @property
    def false_met(self) -> list[Check]:
        return [c for c in self.checks if c.got == "met" and c.expected != "met"]

    def precision(self, fact: str) -> float:
        return self.counts[fact].precision

    def recall(self, fact: str) -> float:
        return self.counts[fact].recall

    def below(self, target: float) -> list[str]:
        """Lines naming each figure under ``target``."""
        out = []
        for fact, count in self.counts.items():
            for label, value in (("precision", count.precision), ("recall", count.recall)):
                if value < target:
                    out.append(f"{fact} {label} {value:.3f} < {target}")
        return out


def _show(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, tuple):
        return " | ".join(map(str, value))
    return str(value)


def _single(m: Measurement, case: Case, fact: str, expected: Any, got: Any, right: bool) -> None:
    count = m.counts[fact]
    count.labelled += expected is not None
    count.found += got is not None
    right = right or (expected is None and got is None)
    if expected is None and got is None:
        pass
    elif right:
        count.tp += 1
    else:
        count.fp += got is not None
        count.fn += expected is not None
        m.misses.append(Miss(case.key, fact, _show(expected), _show(got), case.file))
    m.details[case.key].append((fact, _show(expected), _show(got), right))


def _unit_desc(u: UnitMention) -> str:
    return f"{u.name} [{u.role.value}, {'about' if u.about else 'mentioned'}]"


def score(m: Measurement, case: Case, facts: Facts, units: tuple[UnitMention, ...] = ()) -> None:
    e = case.expect
    m.details[case.key] = []
    kind = facts.kind
    _single(m, case, "kind", e.kind, kind, e.kind is not None and kind in e.kind)
    title = facts.title.value if facts.title else None
    title = None if title is None else str(title)
    _single(m, case, "title", e.title, title,
            e.title is not None and title is not None and same_title(e.title, title))
    number = str(facts.number.value) if facts.number else None
    _single(m, case, "number", e.number, number,
            e.number is not None and number is not None and same_number(e.number, number))
    date = facts.day.isoformat() if facts.day else None  # the labels' dates have a day
    _single(m, case, "date", e.date, date, e.date is not None and date == e.date)
    period = str(facts.period) if facts.period else None
    _single(m, case, "period", e.period, period, e.period is not None and period == e.period)
    _score_self(m, case, units)
    _score_others(m, case, units)


def _score_self(m: Measurement, case: Case, units: tuple[UnitMention, ...]) -> None:
    e = case.expect
    count = m.counts["unit_about"]
    self_found = [u for u in units if u.role is UnitRole.SELF]
    claims = [u for u in self_found if u.about]
    wrong = []
    for u in self_found:
        label = match_unit(u.name, e.units)
        if label is not None and label.role is not UnitRole.SELF:
            wrong.append((u, label))
    count.labelled += e.self_about
    count.found += bool(claims)
    expected = "about the profile's unit" if e.self_about else "not about the profile's unit"
    got_parts = [_unit_desc(u) for u in claims] or ["no self unit found about"]
    got_parts += [f"self role on {label.role.value} unit {label.name!r}: {_unit_desc(u)}" for u, label in wrong]
    got = "; ".join(got_parts)
    right = (e.self_about == bool(claims)) and not wrong
    if e.self_about and claims and not wrong:
        count.tp += 1
    else:
        count.fp += bool(claims and not e.self_about) or bool(wrong)
        count.fn += e.self_about
    if not right:
        m.misses.append(Miss(case.key, "unit_about", expected, got, case.file))
    m.details[case.key].append(("unit_about", expected, got, right))
    if wrong or (claims and e.about_another):
        about = [f"{u.name} ({u.role.value})" for u in e.units if u.about]
        m.critical.append(Miss(case.key, "unit_about", "about " + (", ".join(about) or "another unit"), got,
                               case.file))


def _score_others(m: Measurement, case: Case, units: tuple[UnitMention, ...]) -> None:
    e = case.expect
    count = m.counts["other_unit_about"]
    gold = [u for u in e.units if u.about and not u.optional and u.role is not UnitRole.SELF]
    count.labelled += len(gold)
    found = [u for u in units if u.about and u.role not in (UnitRole.SELF, UnitRole.UNKNOWN)]
    count.found += len(found)
    matched: set[int] = set()
    problems: list[str] = []
    for u in found:
        label = match_unit(u.name, e.units)
        if label is not None and label in gold and u.role is label.role:
            if id(label) not in matched:
                matched.add(id(label))
                count.tp += 1
            continue
        if label is not None and label.optional and u.role is label.role:
            continue
        count.fp += 1
        if label is None:
            why = "not a labelled unit"
        elif u.role is not label.role:
            why = f"labelled {label.role.value}: {label.name}"
        else:
            why = f"labelled as only mentioned: {label.name}"
        problems.append(f"{_unit_desc(u)} ({why})")
        m.misses.append(Miss(case.key, "other_unit_about", "-", f"{_unit_desc(u)} ({why})", case.file))
    for label in gold:
        if id(label) in matched:
            continue
        count.fn += 1
        seen = [u for u in units if match_unit(u.name, e.units) is label]
        got = "; ".join(_unit_desc(u) for u in seen) or "not found"
        problems.append(f"missed {label.name}")
        m.misses.append(Miss(case.key, "other_unit_about", f"{label.name} [{label.role.value}, about]", got,
                             case.file))
    expected = "; ".join(f"{u.name} [{u.role.value}]" for u in gold) or "-"
    got_all = "; ".join(_unit_desc(u) for u in units) or "-"
    m.details[case.key].append(("other_unit_about", expected, got_all, not problems))


# --- the run ---------------------------------------------------------------------------------


def measure(
    only: str | None = None, directory: Path = CASES_DIR, *, data_dir: Path | str | None = None,
    cases: list[Case] | None = None,
) -> Measurement:
    """Analyse every labelled case (those whose "group/name" contains ``only``) and score it.

    ``data_dir`` (or ``directory``) names the folder of labelled cases; ``tests/facts`` by default;
    ``cases`` gives them ready (the real documents, :func:`load_real_docs`).
    """
    if data_dir is not None:
        directory = Path(data_dir)
    started = time.perf_counter()
    cases = [c for c in (load_cases(directory) if cases is None else cases) if not only or only in c.key]
    pack = rulepack.load()
    analyzer = Analyzer(pack.kinds, pack.questions)
    m = Measurement(cases=len(cases))
    with tempfile.TemporaryDirectory(prefix="zi-facts-") as tmp:
        for index, case in enumerate(cases):
            m.groups[case.group] += 1
            m.formats[case.format] += 1
            got = extraction(case, Path(tmp) / f"{index:03d}")
            on_disk = case.disk if case.format == "file" else Path(tmp) / f"{index:03d}" / case.file
            source = _source(case, None if case.format == "text" else on_disk)
            if got.status is DocStatus.OK:
                facts = analyzer.analyse(source, got)
            else:
                facts = Facts()
                m.misses.append(Miss(case.key, "extraction", "ok", f"{got.status.value}: {got.error}", case.file))
            score(m, case, facts, Identity(case.profile).units(facts))
            if case.requirements:
                m.checks += judge(case, Document(source, got, facts), pack)
    m.seconds = time.perf_counter() - started
    return m


def judge(case: Case, document: Document, pack: RulePack) -> list[Check]:
    """The verdicts of the requirements a case's labels name, on a folder holding its document.

    The labels say what the document *alone* shows: whether it is evidence for the requirement,
    even where the requirement needs other documents beside it (a Renstra beside the Renja and
    the PK) or several of its kind (two semesters' reports). So each requirement is judged as any
    one of its conditions (its lower answers' too), each needing one document."""
    wanted = dict(case.requirements)
    rules = tuple(replace(r, answers=(), evidence=AnyOf(tuple(
                      replace(c, min_count=1) for spec in (r.evidence, *(s for _, s in r.answers))
                      for c in conditions(spec))))
                  for r in pack.rules if r.id in wanted)
    out = []
    for result in engine.evaluate(rules, (document,), case.profile):
        why = ""
        if result.status.value != wanted[result.rule.id] and result.problems:
            problem = result.problems[0]
            why = f"{problem.reason} {dict(problem.params)}"
        out.append(Check(case.key, result.rule.id, wanted[result.rule.id], result.status.value, why))
    return out


def render(m: Measurement, verbose: bool = False) -> str:
    groups = ", ".join(f"{g} {n}" for g, n in sorted(m.groups.items()))
    formats = ", ".join(f"{f} {m.formats[f]}" for f in FORMATS if m.formats[f])
    lines = [
        f"facts benchmark: {m.cases} labelled documents ({groups}; {formats}) in {m.seconds:.1f} s",
        "",
        f"{'fact':18} {'precision':>9} {'recall':>7} {'tp':>5} {'fp':>4} {'fn':>4} {'labelled':>9} {'found':>6}",
    ]
    for fact in FACTS:
        c = m.counts[fact]
        lines.append(f"{fact:18} {c.precision:9.3f} {c.recall:7.3f} {c.tp:5d} {c.fp:4d} {c.fn:4d} "
                     f"{c.labelled:9d} {c.found:6d}")
    if m.checks:
        lines += ["", (f"requirement checks: {m.checks_right} of {len(m.checks)} right; "
                       f"false met: {len(m.false_met)} (target 0)")]
        lines += [f"  {c.rule:8} {c.case}: expected {c.expected}, got {c.got}" + (f" ({c.why})" if c.why else "")
                  for c in m.checks if not c.right]
    lines += ["", (f"critical: {len(m.critical)} document(s) about another unit taken as the profile's unit's"
                   " (target 0)")]
    lines += [f"  {c.case} ({c.file})\n    expected: {c.expected}\n    got:      {c.got}" for c in m.critical]
    lines += ["", f"misses ({len(m.misses)}):"]
    for miss in sorted(m.misses, key=lambda x: (FACTS.index(x.fact) if x.fact in FACTS else -1, x.case)):
        lines.append(f"  {miss.fact:16} {miss.case}\n{'':20}expected: {miss.expected}\n{'':20}got:      {miss.got}")
    if verbose:
        lines += ["", "every case:"]
        for case, rows in m.details.items():
            lines.append(f"  {case}")
            for fact, expected, got, right in rows:
                mark = "ok  " if right else "MISS"
                lines.append(f"    {mark} {fact:16} expected: {expected}")
                if not right or expected != got:
                    lines.append(f"    {'':21} got:      {got}")
    return "\n".join(lines)


SETS = {
    "own": "the team's own labelled set (tests/facts; tuned on)",
    "holdout": "the first held-out set (tests/facts_holdout; partly seen)",
    "real": "real public documents (../shared/real-docs, labelled blind in tests/real_docs)",
    "sealed": "the first sealed set (tests/facts_sealed; written blind, measured once, worked on since)",
    "sealed2": "the second sealed set (tests/facts_sealed2; written blind, measured once at the end)",
}
DEFAULT_SETS = ("own", "real", "sealed", "sealed2")


def measure_set(name: str, only: str | None = None) -> Measurement | None:
    """One of :data:`SETS`; None when its documents are not on this machine (real-docs)."""
    if name == "real":
        return measure(only, cases=load_real_docs()) if REAL_TEXTS.is_dir() else None
    data_dir = {"own": CASES_DIR, "holdout": HOLDOUT_DIR, "sealed": SEALED_DIR, "sealed2": SEALED2_DIR}[name]
    if name == "sealed2" and not (data_dir / "README.md").is_file():
        return None  # still being written: its README comes last
    return measure(only, data_dir=data_dir)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.facts", description=__doc__.split("\n")[0])
    parser.add_argument("--verbose", "-v", action="store_true", help="print every case's facts")
    parser.add_argument("--only", metavar="NAME", help='only the cases whose "group/name" contains NAME')
    parser.add_argument("--set", dest="sets", action="append", choices=sorted(SETS),
                        help=f"which labelled set; repeatable (default: {', '.join(DEFAULT_SETS)})")
    parser.add_argument("--data", metavar="DIR", type=Path,
                        help="another folder of labelled cases and its profiles.yaml")
    args = parser.parse_args(argv)
    runs: list[tuple[str, Measurement | None]] = []
    try:
        if args.data is not None:
            runs.append((str(args.data), measure(args.only, data_dir=args.data)))
        else:
            for name in args.sets or DEFAULT_SETS:
                runs.append((f"{name}: {SETS[name]}", measure_set(name, args.only)))
    except DataError as exc:
        print(f"benchmarks.facts: labelled data: {exc}", file=sys.stderr)
        return 2
    for title, m in runs:
        print(f"== {title}")
        if m is None:
            missing = REAL_TEXTS if title.startswith("real") else SEALED2_DIR
            print(f"(skipped: {missing} is not on this machine, or not complete)\n")
        elif not m.cases:
            print(f"no case matches {args.only!r}\n")
        else:
            print(render(m, args.verbose) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
