"""Shared fixtures and builders: the mini rule pack, a profile, realistic Indonesian documents.

Document text is written in the mini-format of ``tests/docgen.py`` (``# `` centred lines, ``> ``
signature lines, ``---`` rules, tabs for columns), so one text can become a real PDF or DOCX
through ``make_corpus``, or, through ``extracted``, the plain text a PDF's text layer gives,
for fast analysis tests that need no file at all.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from checker import rulepack
from checker.analyse import Analyzer
from checker.cli import cli
from checker.model import (
    DocStatus,
    Document,
    Extraction,
    Page,
    Profile,
    RulePack,
    SourceFile,
    TextSource,
)
from tests.docgen import make_corpus

TESTS = Path(__file__).resolve().parent
MINI_PACK = TESTS / "packs" / "mini"

UNIT = "Kedeputian Bidang Dukungan Kerja Kabinet"
PARENT = "Sekretariat Kabinet"
ISSUER = "Deputi Sekretaris Kabinet Bidang Dukungan Kerja Kabinet"
PROFILE = Profile(unit=UNIT, year=2021, aliases=("DKK",), parents=(PARENT,), target="wbk")
PROFILE_TOML = f'''unit = "{UNIT}"
aliases = ["DKK"]
parent = "{PARENT}"
year = 2021
'''


# --- document texts (docgen mini-format) -------------------------------------------------------


def decree_text(
    title: str,
    number: str = "7/Adm/III/2021",
    date: str = "15 Maret 2021",
    *,
    unit: str = UNIT,
    parent: str = "Sekretariat Kabinet Republik Indonesia",
    issuer: str = ISSUER,
    place: str = "Jakarta",
    cited: Sequence[str] = (
        "Undang-Undang Nomor 39 Tahun 2008 tentang Kementerian Negara",
        "Peraturan Presiden Nomor 55 Tahun 2020 tentang Sekretariat Kabinet",
    ),
) -> str:
    """One page of a realistic Indonesian decree (Surat Keputusan)."""
    lines = [
        f"# {parent.upper()}",
        f"# {unit.upper()}",
        "---",
        f"# KEPUTUSAN {issuer.upper()}",
        f"# NOMOR {number}",
        "# TENTANG",
        f"# {title.upper()}",
        "",
        f"# {issuer.upper()},",
        "",
        (
            f"Menimbang\t:\ta. bahwa dalam rangka pembangunan Zona Integritas perlu menetapkan "
            f"Keputusan tentang {title};"
        ),
    ]
    for i, law in enumerate(cited, start=1):
        lines.append(f"Mengingat\t:\t{i}. {law};" if i == 1 else f"\t\t{i}. {law};")
    lines += [
        "",
        "# MEMUTUSKAN:",
        f"Menetapkan\t:\tKEPUTUSAN {issuer.upper()} TENTANG {title.upper()}.",
        "KESATU\t:\tMenetapkan susunan sebagaimana tercantum dalam Lampiran Keputusan ini.",
        "KEDUA\t:\tKeputusan ini mulai berlaku pada tanggal ditetapkan.",
        "",
        f"> Ditetapkan di {place}",
        f"> pada tanggal {date}",
        f"> {issuer.upper()},",
        "",
        "> ttd.",
        "> Ratna Kusumawardani",
    ]
    return "\n".join(lines)


def report_cover(
    title_lines: Sequence[str],
    unit: str = UNIT,
    place_date: str = "Jakarta, Februari 2021",
    parent: str = "Sekretariat Kabinet Republik Indonesia",
) -> str:
    """The cover page of a report or plan: title, unit, place and date."""
    return "\n".join(
        [
            *(f"# {line.upper()}" for line in title_lines),
            "",
            f"# {unit.upper()}",
            f"# {parent.upper()}",
            "",
            f"# {place_date}",
        ]
    )


def sop_text(enacted: str, unit: str = UNIT) -> str:
    """The first page of an SOP (Standar Operasional Prosedur) for complaints, enacted on ``enacted``."""
    return "\n".join(
        [
            f"# {unit.upper()}",
            "# STANDAR OPERASIONAL PROSEDUR",
            "# PENANGANAN PENGADUAN MASYARAKAT",
            "",
            "Nomor SOP\t:\tSOP-3/DKK",
            f"Tanggal Pengesahan\t:\t{enacted}",
            "",
            f"> Jakarta, {enacted}",
            "> Deputi Bidang Dukungan Kerja Kabinet",
        ]
    )


def all_met_spec() -> dict[str, object]:
    """A corpus (with its profile) that satisfies every rule of the mini pack for 2021."""
    return {
        "zi-check.toml": PROFILE_TOML,
        "1 Dasar/SK Agen Perubahan 2021.pdf": decree_text(
            "Penetapan Agen Perubahan di Lingkungan Kedeputian Bidang Dukungan Kerja Kabinet Tahun 2021"
        ),
        "1 Dasar/Renstra 2020-2024.pdf": report_cover(
            ["Rencana Strategis", "Tahun 2020-2024"], place_date="Jakarta, Juni 2020"
        ),
        "1 Dasar/LKj 2020.pdf": report_cover(
            ["Laporan Kinerja", "Tahun 2020"], place_date="Jakarta, Februari 2021"
        ),
        "1 Dasar/SOP Pengaduan.pdf": sop_text("12 Juli 2019"),
        "2 Gabungan/SK Tim Kerja.pdf": decree_text(
            "Tim Kerja Pembangunan Zona Integritas Tahun 2021",
            number="KEP-3/DKK/2021",
            date="4 Januari 2021",
        ),
        "2 Gabungan/Laporan Monitoring.pdf": report_cover(
            ["Laporan Hasil Monitoring", "Zona Integritas Tahun 2021"],
            place_date="Jakarta, Juni 2021",
        ),
        "2 Gabungan/Laporan Tindak Lanjut.pdf": report_cover(
            ["Laporan Tindak Lanjut Rekomendasi", "Tahun 2021"], place_date="Jakarta, Juli 2021"
        ),
        "2 Gabungan/Triwulan I.pdf": report_cover(
            ["Laporan Triwulan I", "Zona Integritas Tahun 2021"], place_date="Jakarta, April 2021"
        ),
        "2 Gabungan/Triwulan II.pdf": report_cover(
            ["Laporan Triwulan II", "Zona Integritas Tahun 2021"], place_date="Jakarta, Juli 2021"
        ),
    }


def extracted(page: str) -> str:
    """What a PDF text layer gives for a mini-format page: markers gone, no empty lines."""
    out = []
    for raw in page.split("\n"):
        line = raw
        if line.startswith(("# ", "> ")):
            line = line[2:]
        if line.strip() in ("", "---"):
            continue
        out.append(" ".join(line.replace("\t", " ").split()))
    return "\n".join(out)


# --- documents built in memory -----------------------------------------------------------------


def extraction_of(pages: Sequence[str], source: TextSource = TextSource.TEXT) -> Extraction:
    return Extraction(
        DocStatus.OK,
        tuple(Page(i + 1, extracted(p), source) for i, p in enumerate(pages)),
        page_count=len(pages),
    )


def source_file(path: str) -> SourceFile:
    return SourceFile(
        path=path, abspath=Path("/nonexistent") / path, size=1000, mtime_ns=0, sha256="0" * 64
    )


class DocFactory:
    """Builds ``Document`` objects from page texts with a real Analyzer (no files)."""

    def __init__(self, profile: Profile, pack: RulePack) -> None:
        self.profile = profile
        self.pack = pack
        self.analyzer = Analyzer(pack.kinds, pack.questions)

    def __call__(self, path: str, *pages: str) -> Document:
        extraction = extraction_of(pages)
        source = source_file(path)
        return Document(source, extraction, self.analyzer.analyse(source, extraction))

    def unreadable(
        self,
        path: str,
        status: DocStatus = DocStatus.ENCRYPTED,
        error: str = "the PDF is protected by a password",
    ) -> Document:
        return Document(source_file(path), Extraction(status, error=error))


@pytest.fixture(scope="session")
def mini_pack() -> RulePack:
    return rulepack.load(MINI_PACK)


@pytest.fixture(scope="session")
def profile() -> Profile:
    return PROFILE


@pytest.fixture(scope="session")
def make_doc(mini_pack: RulePack) -> DocFactory:
    return DocFactory(PROFILE, mini_pack)


# --- end to end --------------------------------------------------------------------------------


def invoke(*args: object) -> Result:
    """Run the CLI in-process; a bug shows its traceback (catch_exceptions=False)."""
    return CliRunner().invoke(
        cli, [str(a) for a in args], catch_exceptions=False, prog_name="zi-check"
    )


def read_report(output: Path) -> dict[str, Any]:
    return json.loads((output / "report.json").read_text(encoding="utf-8"))


def statuses(report: dict[str, Any]) -> dict[str, str]:
    return {r["id"]: r["status"] for r in report["requirements"]}


def scan_corpus(
    tmp_path: Path, spec: dict[str, object], *args: object
) -> tuple[Result, dict[str, Any]]:
    """Build ``spec`` under tmp_path/corpus, scan it with the mini pack into tmp_path/out."""
    root = make_corpus(tmp_path / "corpus", spec)
    out = tmp_path / "out"
    result = invoke(root, "--rules", MINI_PACK, "-o", out, "-j", "1", *args)
    report = read_report(out) if (out / "report.json").exists() else {}
    return result, report


SUMMARY = re.compile(
    r"^zi-check: (\d+) requirements, (\d+) not met; (\d+) documents in [\d.]+ s; report: (.+)$",
    re.MULTILINE,
)


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test gets its own empty cache folder: no test sees what another one read."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
