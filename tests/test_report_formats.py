"""The report formats for people and machines: HTML, XLSX (the LKE's layout), CSV and JUnit XML.

Every format is rendered from one scan of a small corpus whose file names and titles try to
inject markup and spreadsheet formulas; the browser tests (test_browser.py) load the HTML in a
real Chromium.
"""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import openpyxl
import pytest

from checker import report as reports
from checker import rulepack
from checker.extract import ExtractSettings
from checker.model import Evidence, Problem, Profile, Report, ReqStatus, RulePack
from checker.report import csv as csvreport
from checker.report import html as htmlreport
from checker.report import junit, lke, xlsx
from checker.report.links import IndexTarget, Links, index_target
from checker.scan import ScanSettings, scan
from tests.conftest import MINI_PACK, PROFILE_TOML, TESTS, decree_text, invoke, report_cover
from tests.docgen import Encrypted, make_corpus

REPO = TESTS.parent
FORMULA_FILE = "=1+1 SK Tim.pdf"
FORMULA_TITLE = '=HYPERLINK("http://x","klik") Tim Kerja Tahun 2021'
AGEN_FILE = "1 Manajemen Perubahan/SK/SK Agen Perubahan 2021.pdf"
HOSTILE = '<img src=x onerror="alert(1)"> & "kutip" \'satu\' ]]> <script>alert(2)</script>'
CONTROL = "baris\x0bvertikal\x00nol\x1bescape"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("formats")
    return make_corpus(base / "bukti", {
        "zi-check.toml": PROFILE_TOML,
        AGEN_FILE: decree_text("Penetapan Agen Perubahan Tahun 2021"),
        "arsip/SK Agen Perubahan 2020.pdf": decree_text(
            "Penetapan Agen Perubahan Tahun 2020", number="2/Adm/II/2020", date="3 Februari 2020"),
        "2 Penataan/Renstra 2020-2024.pdf": report_cover(
            ["Rencana Strategis", "Tahun 2020-2024"], place_date="Jakarta, Juni 2020"),
        FORMULA_FILE: decree_text(FORMULA_TITLE),
        "rahasia/Laporan Kinerja 2020.pdf": Encrypted(["LAPORAN KINERJA TAHUN 2020"]),
        "2 Gabungan/Triwulan I.pdf": report_cover(["Laporan Triwulan I", "Zona Integritas Tahun 2021"],
                                                  place_date="Jakarta, April 2021"),
        "2 Gabungan/Triwulan II.pdf": report_cover(["Laporan Triwulan II", "Zona Integritas Tahun 2021"],
                                                   place_date="Jakarta, Juli 2021"),
    })


@pytest.fixture(scope="module")
def scanned(corpus: Path, mini_pack: RulePack, profile: Profile) -> Report:
    result = scan(corpus, profile, mini_pack, ScanSettings(jobs=1, extract=ExtractSettings(ocr=False)))
    return replace(result, root=corpus)


@pytest.fixture(scope="module")
def hostile(scanned: Report) -> Report:
    """The scan with a quote and a near miss whose text tries every trick."""
    results = list(scanned.results)
    i = next(i for i, r in enumerate(results) if r.rule.id == "TA.1.a")
    results[i] = replace(
        results[i],
        evidence=(*results[i].evidence, Evidence(path="=cmd|' /C calc'!A0.pdf", page=2, quote=HOSTILE + CONTROL)),
        problems=(*results[i].problems, Problem(path="@evil <b>.pdf", status=ReqStatus.WRONG_YEAR,
                                                reason="not_year", params=(("found", "+2020"), ("year", "2021")))),
    )
    return replace(scanned, results=tuple(results))


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory, corpus: Path) -> Path:
    """A reports folder next to the evidence folder, as the README suggests."""
    folder = corpus.parent / "laporan"
    folder.mkdir()
    return folder


def result_of(report: Report, rule_id: str) -> Any:
    return next(r for r in report.results if r.rule.id == rule_id)


# --- the registry and the command line ---------------------------------------------------------


def test_every_contract_format_is_built_and_registered() -> None:
    assert tuple(reports.WRITERS) == reports.FORMATS == ("md", "json", "html", "xlsx", "csv", "junit", "portalrb",
                                                         "tpi")
    for fmt, module in reports.WRITERS.items():
        name = {"portalrb": "portalrb.json", "tpi": "tpi-worksheet.xlsx"}.get(fmt, f"report.{module.EXTENSION}")
        assert reports.FILE_NAMES[fmt] == name and name.endswith(module.EXTENSION), fmt


@pytest.mark.parametrize("fmt", list(reports.WRITERS))
@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_writer_renders_the_hostile_report(hostile: Report, out: Path, fmt: str, lang: str) -> None:
    data = reports.render(hostile, fmt, lang, out)
    assert isinstance(data, bytes) and data


@pytest.mark.parametrize("fmt", list(reports.WRITERS))
def test_the_same_report_gives_the_same_bytes(scanned: Report, out: Path, fmt: str) -> None:
    assert reports.render(scanned, fmt, "id", out) == reports.render(scanned, fmt, "id", out)


def test_scan_with_all_four_formats_writes_all_four(tmp_path: Path, corpus: Path) -> None:
    result = invoke(corpus, "--rules", MINI_PACK, "-o", tmp_path / "out", "-j", "1", "--no-ocr",
                    "-f", "html", "-f", "xlsx", "-f", "csv", "-f", "junit")
    assert result.exit_code == 1, result.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "report.csv", "report.html", "report.junit.xml", "report.xlsx"]


@pytest.mark.slow
def test_sample_corpus_with_all_four_formats(tmp_path: Path) -> None:
    """The issue's check: `zi-check corpus/ -f html -f xlsx -f csv -f junit` writes all four."""
    out = tmp_path / "reports"
    result = invoke(REPO / "corpus", "-o", out, "-f", "html", "-f", "xlsx", "-f", "csv", "-f", "junit",
                    "-f", "json")
    assert result.exit_code == 1, result.stderr
    assert sorted(p.name for p in out.iterdir()) == [
        "report.csv", "report.html", "report.json", "report.junit.xml", "report.xlsx"]
    rows = sheet_rows(openpyxl.load_workbook(out / "report.xlsx")["LKE"])
    assert [r["ID"] for r in rows] == catalog_ids()
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert str(REPO) not in json.dumps(report)  # no absolute path in report.json
    assert {r["id"]: r["status"] for r in report["requirements"]} == {
        r["id"]: r["status"] for r in csv.DictReader(io.StringIO((out / "report.csv").read_text(encoding="utf-8")))}
    root = ET.parse(out / "report.junit.xml").getroot()
    assert root.get("failures") == str(sum(r["status"] != "met" for r in report["requirements"]))


def test_markdown_has_the_evidence_index_with_relative_links(scanned: Report, out: Path) -> None:
    text = reports.render(scanned, "md", "id", out).decode("utf-8")
    index = text[text.index("## Indeks bukti dukung"):text.index("## Dokumen")]
    assert ("| 1 | T.1.a | TA.1.a | Sudah ditetapkan agen perubahan | [1 Manajemen Perubahan/SK/SK Agen Perubahan "
            "2021.pdf](../bukti/1%20Manajemen%20Perubahan/SK/SK%20Agen%20Perubahan%202021.pdf) |") in index
    assert ("| 7 | T.3.c | TB.1.c | Laporan triwulan disusun | [2 Gabungan/](../bukti/2%20Gabungan/): "
            "Triwulan I.pdf, Triwulan II.pdf |") in index
    assert "| 4 | T.2.a | TA.2.a | SOP pengaduan berlaku | — (Tidak ada bukti) |" in index


def test_scan_help_names_every_registered_format() -> None:
    text = " ".join(invoke("scan", "--help").stdout.split())
    assert f"-f, --format NAME {', '.join(reports.WRITERS)}; repeatable." in text


def test_written_report_is_readable_by_others(scanned: Report, out: Path) -> None:
    path = reports.write(scanned, "csv", out, "id")
    assert path.stat().st_mode & 0o044 == 0o044


# --- links ---------------------------------------------------------------------------------------


def test_links_are_relative_from_the_output_folder_to_the_scanned_files(tmp_path: Path) -> None:
    links = Links(tmp_path / "bukti", tmp_path / "laporan")
    assert links.file("1 Dasar/SK #1 (final).pdf") == "../bukti/1%20Dasar/SK%20%231%20%28final%29.pdf"
    assert links.folder("2 Gabungan") == "../bukti/2%20Gabungan/"
    assert Links(tmp_path / "a" / "bukti", tmp_path / "out" / "x").file("b.pdf") == "../../a/bukti/b.pdf"


def test_links_never_make_a_scheme_from_a_file_name(tmp_path: Path) -> None:
    assert Links(tmp_path / "bukti", tmp_path / "laporan").file("javascript:alert(1).pdf") == (
        "../bukti/javascript%3Aalert%281%29.pdf")


def test_without_a_root_there_are_no_links() -> None:
    assert (Links(None, Path("/x")).file("a.pdf"), Links(Path("/x"), None).file("a.pdf")) == (None, None)


def test_evidence_index_is_one_link_per_question(scanned: Report) -> None:
    assert index_target(result_of(scanned, "TA.1.a")) == IndexTarget(AGEN_FILE, False)
    # several files in one folder: the folder, so that one link opens them all
    assert index_target(result_of(scanned, "TB.1.c")) == IndexTarget("2 Gabungan", True)
    assert index_target(result_of(scanned, "TA.2.a")) is None


def test_evidence_index_of_files_in_different_folders_is_the_first_file(scanned: Report) -> None:
    result = replace(result_of(scanned, "TA.1.a"), evidence=(Evidence("a.pdf", 1, "x"), Evidence("b/c.pdf", 1, "y")))
    assert index_target(result) == IndexTarget("a.pdf", False)


# --- HTML ----------------------------------------------------------------------------------------


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def all(self, tag: str) -> list[dict[str, str | None]]:
        return [attrs for name, attrs in self.tags if name == tag]


def parsed(text: str) -> Tags:
    tags = Tags()
    tags.feed(text)
    return tags


@pytest.fixture(scope="module")
def page(hostile: Report, out: Path) -> str:
    return htmlreport.render(hostile, "en", output=out)


def test_html_is_self_contained_with_a_strict_csp(page: str) -> None:
    tags = parsed(page)
    [csp] = [m for m in tags.all("meta") if m.get("http-equiv") == "Content-Security-Policy"]
    assert csp["content"] == "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"
    assert list(tags.all("script")) == [{}]  # one inline script, no src
    assert tags.all("link") == [] and tags.all("img") == [] and tags.all("iframe") == []
    assert "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "https://" not in page


def test_html_escapes_document_text_in_content_and_attributes(page: str) -> None:
    tags = parsed(page)
    assert len(tags.all("script")) == 1 and tags.all("img") == [] and tags.all("b") == []
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &quot;kutip&quot; &#x27;satu&#x27;" in page
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in page
    assert all("onerror" not in attrs for _, attrs in tags.tags)
    hrefs = [a["href"] for a in tags.all("a")]
    assert "../bukti/%3Dcmd%7C%27%20/C%20calc%27%21A0.pdf" in hrefs
    assert "../bukti/%40evil%20%3Cb%3E.pdf" in hrefs


def test_html_has_every_requirement_grouped_by_area_with_its_status(page: str, hostile: Report) -> None:
    tags = parsed(page)
    rows = [(d["id"], d["data-status"]) for d in tags.all("details")]
    assert rows == [(f"req-{r.rule.id}", r.status.value) for r in hostile.results]
    assert [s["id"] for s in tags.all("section") if s.get("class") == "area"] == ["area-TA", "area-TB"]


def test_html_status_filters_exist_for_every_status(page: str) -> None:
    boxes = [b for b in parsed(page).all("input") if b.get("class") == "filter"]
    assert [(b["data-filter"], b["value"]) for b in boxes] == [("status", s.value) for s in ReqStatus]


def test_html_links_evidence_relative_to_the_report(page: str, out: Path, corpus: Path) -> None:
    hrefs = [a["href"] for a in parsed(page).all("a") if a["href"] and not a["href"].startswith("#")]
    assert f"../bukti/{AGEN_FILE.replace(' ', '%20')}" in hrefs
    for href in hrefs:
        assert href.startswith("../bukti/"), href
    existing = [h for h in hrefs if (out / unquote(h)).exists()]
    assert f"../bukti/{AGEN_FILE.replace(' ', '%20')}" in existing
    assert "../bukti/2%20Gabungan/" in hrefs  # the evidence index links the quarterly reports' folder


def test_html_in_indonesian(scanned: Report) -> None:
    text = htmlreport.render(scanned, "id")
    assert '<html lang="id">' in text and "Laporan Kesenjangan Bukti Zona Integritas" in text
    assert "Tampilkan status" in text and "Indeks bukti dukung" in text


def test_html_without_scoring_has_no_chart(scanned: Report) -> None:
    assert scanned.score is None and "<svg" not in htmlreport.render(scanned, "en")


def test_html_chart_marks_both_predicate_minimums(tmp_path: Path) -> None:
    report = bundled_report(tmp_path)
    text = htmlreport.render(report, "en", output=tmp_path)
    chart = text[text.index("<svg"):text.index("</svg>")]
    assert chart.count('class="track"') == len(report.score.areas) + 1  # type: ignore[attr-defined]
    assert "WBK minimum" in chart and "WBBM minimum" in chart and 'class="min chosen"' in chart


# --- XLSX ----------------------------------------------------------------------------------------


def bundled_report(tmp_path: Path) -> Report:
    """A scan of a two-document folder with the bundled rule pack (127 questions)."""
    from tests.conftest import PROFILE

    root = make_corpus(tmp_path / "bukti", {
        "SK Tim Kerja ZI 2021.pdf": decree_text("Tim Kerja Pembangunan Zona Integritas Tahun 2021"),
        "SK Agen Perubahan 2021.pdf": decree_text("Penetapan Agen Perubahan Tahun 2021"),
    })
    result = scan(root, replace(PROFILE, target="wbbm"), rulepack.load(),
                  ScanSettings(jobs=1, extract=ExtractSettings(ocr=False)))
    return replace(result, root=root)


def catalog_ids() -> list[str]:
    tree = json.loads((REPO / "rules" / "permenpanrb-90-2021" / "lke-tree.json").read_text(encoding="utf-8"))
    ids: list[str] = []

    def walk(nodes: list[dict[str, Any]]) -> None:
        for node in nodes:
            ids.extend(q["id"] for q in node.get("questions", []))
            walk(node.get("children", []))

    walk(tree["tree"])
    return ids


def workbook(report: Report, out: Path, lang: str = "id") -> Any:
    return openpyxl.load_workbook(io.BytesIO(xlsx.render(report, lang, output=out)))


def sheet_rows(ws: Any) -> list[dict[str, Any]]:
    header = [c.value for c in ws[1]]
    return [dict(zip(header, [c.value for c in row], strict=True)) for row in ws.iter_rows(min_row=2)]


def test_xlsx_has_one_row_per_catalog_question_in_lke_order(tmp_path: Path) -> None:
    report = bundled_report(tmp_path)
    wb = workbook(report, tmp_path)
    assert wb.sheetnames == ["LKE", "Dokumen", "Nilai"]
    rows = sheet_rows(wb["LKE"])
    assert [r["ID"] for r in rows] == catalog_ids()
    assert len(rows) == len(report.pack.rules) == 127
    first = rows[0]
    assert (first["No. soal"], first["Posisi LKE"], first["Komponen"], first["Area perubahan"],
            first["Bobot"], first["Jenis jawaban"], first["Status"]) == (
        1, "A.I.1.i.a", "A. PENGUNGKIT", "1. MANAJEMEN PERUBAHAN", 0.5, "YA_TIDAK", "Terpenuhi")
    assert first["Pertanyaan LKE"] == "Unit kerja telah membentuk tim untuk melakukan pembangunan Zona Integritas"
    assert first["Kriteria jawaban"] == "Ya, jika Tim telah dibentuk di dalam unit kerja."


def test_xlsx_links_the_evidence_of_each_question(tmp_path: Path) -> None:
    report = bundled_report(tmp_path)
    out = tmp_path / "laporan"
    ws = workbook(report, out)["LKE"]
    header = [c.value for c in ws[1]]
    row = next(r for r in ws.iter_rows(min_row=2) if r[header.index("ID")].value == "MP.1.a")
    link, first = row[header.index("Tautan bukti dukung")], row[header.index("Bukti 1")]
    assert (link.value, link.hyperlink.target) == ("SK Tim Kerja ZI 2021.pdf", "../bukti/SK%20Tim%20Kerja%20ZI%202021.pdf")
    assert (first.value, first.hyperlink.target) == ("SK Tim Kerja ZI 2021.pdf (hlm. 1)",
                                                     "../bukti/SK%20Tim%20Kerja%20ZI%202021.pdf")
    assert (out / unquote(link.hyperlink.target)).resolve() == tmp_path / "bukti" / "SK Tim Kerja ZI 2021.pdf"


def test_xlsx_stores_document_text_as_text_never_formulas(hostile: Report, out: Path) -> None:
    data = xlsx.render(hostile, "en", output=out)
    wb = openpyxl.load_workbook(io.BytesIO(data))
    cells = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value is not None]
    risky = [c for c in cells if isinstance(c.value, str) and c.value.startswith(("=", "@", "+"))]
    assert {c.value for c in risky} >= {FORMULA_FILE, FORMULA_TITLE.upper(), "=cmd|' /C calc'!A0.pdf (p. 2)"}
    assert all(c.data_type == "s" for c in risky)
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as z:
        sheets = [z.read(n).decode() for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
    assert not any("<f>" in s or "<f " in s for s in sheets)


def test_xlsx_drops_characters_a_worksheet_cannot_hold(hostile: Report, out: Path) -> None:
    wb = openpyxl.load_workbook(io.BytesIO(xlsx.render(hostile, "en", output=out)))
    messages = [c.value for row in wb["LKE"].iter_rows() for c in row if isinstance(c.value, str)]
    assert not any(ch in m for m in messages for ch in "\x0b\x00\x1b")


def test_xlsx_put_keeps_text_starting_with_equals_as_a_string() -> None:
    ws = openpyxl.Workbook().active
    cell = xlsx.put(ws, 1, 1, "=SUM(A1:A9)")
    number = xlsx.put(ws, 1, 2, 1.5)
    assert (cell.value, cell.data_type, number.value, number.data_type) == ("=SUM(A1:A9)", "s", 1.5, "n")


def test_xlsx_documents_and_score_sheets(tmp_path: Path) -> None:
    report = bundled_report(tmp_path)
    wb = workbook(report, tmp_path / "laporan", "en")
    assert wb.sheetnames == ["LKE", "Documents", "Score"]
    docs = sheet_rows(wb["Documents"])
    assert [(d["File"], d["Status"], d["Kind"]) for d in docs] == [
        ("SK Agen Perubahan 2021.pdf", "read", "Decree"), ("SK Tim Kerja ZI 2021.pdf", "read", "Decree")]
    score = sheet_rows(wb["Score"])
    areas = [r for r in score if r["Area"] and r["Weight"] is not None]
    assert [r["Area"].split()[0] for r in areas] == ["MP", "TT", "SDM", "AK", "PW", "PP", "Enablers"]
    assert areas[-1]["Weight"] == 60 and areas[-1]["WBBM minimum"] == 48


def test_xlsx_without_a_catalog_follows_question_numbers(scanned: Report, out: Path) -> None:
    rows = sheet_rows(workbook(scanned, out)["LKE"])
    assert [r["ID"] for r in rows] == ["TA.1.a", "TA.1.b", "TA.1.c", "TA.2.a", "TB.1.a", "TB.1.b", "TB.1.c"]
    # the quarterly reports: the index links their folder, each file has its own column
    tb1c = rows[-1]
    assert (tb1c["Tautan bukti dukung"], tb1c["Bukti 1"], tb1c["Bukti 2"]) == (
        "2 Gabungan/", "2 Gabungan/Triwulan I.pdf (hlm. 1)", "2 Gabungan/Triwulan II.pdf (hlm. 1)")


def test_worksheet_order_puts_rules_missing_from_the_catalog_last(tmp_path: Path) -> None:
    report = bundled_report(tmp_path)
    extra = replace(report.results[0], rule=replace(report.results[0].rule, id="MP.X.a", soal=0))
    rows = lke.worksheet(replace(report, results=(extra, *report.results)))
    assert [r.result.rule.id for r in rows][-1] == "MP.X.a" and len(rows) == 128


# --- CSV -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "safe"),
    [("=1+1", "'=1+1"), ("+62 21", "'+62 21"), ("-5", "'-5"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"),
     ("\rx", "'\rx"), ("SK 2021", "SK 2021"), ("", ""), (None, "")],
)
def test_csv_neutralise(raw: str | None, safe: str) -> None:
    assert csvreport.neutralise(raw) == safe


def test_csv_has_one_row_per_requirement_with_neutralised_cells(hostile: Report, out: Path) -> None:
    text = csvreport.render(hostile, "en", output=out)
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert [r["id"] for r in rows] == [r.rule.id for r in hostile.results]
    assert tuple(rows[0]) == csvreport.COLUMNS
    by_id = {r["id"]: r for r in rows}
    assert by_id["TB.1.a"]["evidence"] == "'" + FORMULA_FILE
    assert by_id["TB.1.a"]["evidence_link"] == "../bukti/%3D1%2B1%20SK%20Tim.pdf"
    assert (by_id["TA.1.c"]["status"], by_id["TA.1.c"]["status_label"]) == ("unreadable", "Unreadable")
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value


def test_csv_uses_crlf_line_ends(scanned: Report) -> None:
    text = csvreport.render(scanned, "id")
    assert text.count("\r\n") == len(scanned.results) + 1


# --- JUnit XML -----------------------------------------------------------------------------------


def test_junit_is_well_formed_with_a_suite_per_area(hostile: Report, out: Path) -> None:
    root = ET.fromstring(junit.render(hostile, "en", output=out).encode("utf-8"))
    assert (root.tag, root.get("tests"), root.get("failures")) == ("testsuites", "7", "3")
    suites = root.findall("testsuite")
    assert [(s.get("name"), s.get("tests"), s.get("failures")) for s in suites] == [
        ("TA Basic Documents", "4", "2"), ("TB Combined Conditions", "3", "1")]
    cases = [c.get("name", "").split()[0] for s in suites for c in s.findall("testcase")]
    assert cases == [r.rule.id for r in hostile.results]


def test_junit_a_gap_is_a_failure_with_its_message(hostile: Report) -> None:
    root = ET.fromstring(junit.render(hostile, "en").encode("utf-8"))
    case = next(c for c in root.iter("testcase") if c.get("name", "").startswith("TA.1.c "))
    failure = case.find("failure")
    assert failure is not None
    assert (failure.get("type"), failure.get("message")) == (
        "unreadable", ("The only candidates cannot be read: rahasia/Laporan Kinerja 2020.pdf: cannot be read "
                      "(the PDF is protected by a password)."))
    met = next(c for c in root.iter("testcase") if c.get("name", "").startswith("TA.1.a "))
    assert met.find("failure") is None


def test_junit_keeps_hostile_text_as_text(hostile: Report) -> None:
    text = junit.render(hostile, "en")
    root = ET.fromstring(text.encode("utf-8"))
    out = next(c for c in root.iter("testcase") if c.get("name", "").startswith("TA.1.a ")).find("system-out")
    assert out is not None and HOSTILE in (out.text or "")
    assert "baris" in (out.text or "") and "\x0b" not in text and "\x00" not in text
