"""report.html in a real browser: Debian's headless Chromium, driven over the DevTools protocol.

The page is opened from disk (file://) as a team member would open it next to the evidence
folder. The tests click the filters as a person would (mouse events at the element's position),
read what is visible, watch every network request the page makes, and save screenshots to
``test-artifacts/`` (gitignored) for a person to look at.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

import pytest

from tests.cdp import Chromium, find_chromium
from tests.conftest import PROFILE_TOML, TESTS, decree_text, invoke, report_cover
from tests.docgen import Encrypted, make_corpus

CHROMIUM = find_chromium()
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed: apt-get install chromium "
                                                "chromium-driver (scripts/setup.sh does it when run as root)"),
]
ARTIFACTS = TESTS.parent / "test-artifacts"
HOSTILE_TITLE = 'Agen Perubahan <img src=x onerror="window.__pwned=1"> Tahun 2021'
HOSTILE_FILE = "1 MP/SK <b>Agen</b> & 'Perubahan' 2021.pdf"
REMOVED = "1 MP/SK Tim Kerja ZI 2021.pdf"
# rendered: not display:none, and not inside a closed <details> (content-visibility: hidden)
VISIBLE = "(el => el.checkVisibility({visibilityProperty: true}))"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """An evidence folder scanned twice with the bundled pack; the second run has a baseline."""
    base = tmp_path_factory.mktemp("browser")
    root = make_corpus(base / "bukti", {
        "zi-check.toml": PROFILE_TOML,
        REMOVED: decree_text("Tim Kerja Pembangunan Zona Integritas Tahun 2021"),
        HOSTILE_FILE: decree_text(HOSTILE_TITLE),
        "4 AK/Renstra 2020-2024.pdf": report_cover(["Rencana Strategis", "Tahun 2020-2024"],
                                                    place_date="Jakarta, Juni 2020"),
        "4 AK/LKj 2020.pdf": report_cover(["Laporan Kinerja", "Tahun 2020"], place_date="Jakarta, Februari 2021"),
        "arsip/SK Agen Perubahan 2020.pdf": decree_text("Penetapan Agen Perubahan Tahun 2020",
                                                        number="2/Adm/II/2020", date="3 Februari 2020"),
        "rahasia/Laporan Kinerja 2019.pdf": Encrypted(["LAPORAN KINERJA TAHUN 2019"]),
        # one requirement of each status
        "4 AK/Perjanjian Kinerja 2020.pdf": report_cover(["Perjanjian Kinerja", "Tahun 2020"],
                                                          place_date="Jakarta, Januari 2020"),
        "1 MP/Pakta Integritas 2021.pdf": Encrypted(["PAKTA INTEGRITAS"]),
        "1 MP/SK Role Model 2021.pdf": decree_text("Penetapan Role Model Tahun 2021",
                                                   unit="Kedeputian Bidang Administrasi",
                                                   issuer="Deputi Bidang Administrasi"),
    })
    out = base / "laporan"
    first = invoke(root, "-o", out, "-j", "1", "--no-ocr", "--lang", "en", "-f", "json")
    assert first.exit_code == 1, first.stderr
    (root / REMOVED).unlink()
    second = invoke(root, "-o", out, "-j", "1", "--no-ocr", "--lang", "en", "-f", "json", "-f", "html",
                    "--baseline", "auto")
    assert second.exit_code == 1, second.stderr
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert {r["status"] for r in report["requirements"]} == {"met", "partial", "wrong_year", "wrong_unit",
                                                             "unreadable", "missing"}
    return {"root": root, "out": out, "url": (out / "report.html").as_uri(), "report": report}


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Any:
    assert CHROMIUM is not None
    with Chromium(CHROMIUM, tmp_path_factory.mktemp("chromium-profile")) as chromium:
        yield chromium


@pytest.fixture
def page(browser: Chromium, site: dict[str, Any]) -> Chromium:
    browser.open(site["url"])
    return browser


def visible_rows(page: Chromium) -> list[tuple[str, str, str]]:
    return page.evaluate(
        f"Array.from(document.querySelectorAll('details.req')).filter({VISIBLE})"
        ".map(d => [d.id.slice(4), d.dataset.status, d.dataset.change])")


def test_the_page_renders_every_requirement_grouped_by_area(page: Chromium, site: dict[str, Any]) -> None:
    report = site["report"]
    assert page.evaluate("document.querySelector('h1').textContent") == "Integrity Zone Evidence Gap Report"
    rows = page.evaluate("Array.from(document.querySelectorAll('details.req')).map(d => [d.id, d.dataset.status])")
    assert rows == [[f"req-{r['id']}", r["status"]] for r in report["requirements"]]
    assert len(rows) == 127
    assert page.evaluate("Array.from(document.querySelectorAll('section.area')).map(s => s.dataset.area)") == [
        "MP", "TT", "SDM", "AK", "PW", "PP", "HS"]
    assert page.evaluate("document.getElementById('shown').textContent") == "127"


def test_the_chart_shows_every_area_against_the_minimums(page: Chromium, site: dict[str, Any]) -> None:
    bars = page.evaluate("Array.from(document.querySelectorAll('svg.chart rect.bar')).map(r => r.getBBox().width)")
    score = site["report"]["score"]
    assert len(bars) == len(score["areas"]) + 2  # one per area, the total, and the legend's swatch
    marks = page.evaluate("document.querySelectorAll('svg.chart line.min').length")
    assert marks == (len(score["areas"]) + 1) * 2 + 2  # WBK and WBBM on every row, and in the legend


def test_unticking_met_hides_the_met_requirements(page: Chromium, site: dict[str, Any]) -> None:
    gaps = [r["id"] for r in site["report"]["requirements"] if r["status"] != "met"]
    page.click("input.filter[data-filter=status][value=met]")
    assert page.evaluate("document.querySelector('input.filter[value=met]').checked") is False
    assert [row[0] for row in visible_rows(page)] == gaps
    assert page.evaluate("document.getElementById('shown').textContent") == str(len(gaps))
    page.click("button[data-preset=all]")
    assert len(visible_rows(page)) == 127


def test_one_status_alone_hides_the_areas_without_it(page: Chromium, site: dict[str, Any]) -> None:
    reqs = site["report"]["requirements"]
    wrong_year = [r for r in reqs if r["status"] == "wrong_year"]
    assert wrong_year and len({r["area"] for r in wrong_year}) < 7
    for status in ("met", "partial", "wrong_unit", "unreadable", "missing"):
        page.click(f"input.filter[data-filter=status][value={status}]")
    assert [row[0] for row in visible_rows(page)] == [r["id"] for r in wrong_year]
    areas = page.evaluate(f"Array.from(document.querySelectorAll('section.area')).filter({VISIBLE})"
                          ".map(s => s.dataset.area)")
    assert areas == list(dict.fromkeys(r["area"] for r in wrong_year))


def test_gaps_only_button(page: Chromium, site: dict[str, Any]) -> None:
    page.click("button[data-preset=gaps]")
    assert {row[1] for row in visible_rows(page)} == {r["status"] for r in site["report"]["requirements"]} - {"met"}


def test_the_change_filter_shows_the_new_gap(page: Chromium, site: dict[str, Any]) -> None:
    new_gaps = [r["id"] for r in site["report"]["requirements"] if r["change"] == "new_gap"]
    assert new_gaps and "MP.1.a" in new_gaps  # the team's decree was removed
    for change in ("resolved", "still_open", "unchanged"):
        page.click(f"input.filter[data-filter=change][value={change}]")
    assert [row[0] for row in visible_rows(page)] == new_gaps
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(ARTIFACTS / "report-html-new-gaps.png", full_page=False)


def test_a_requirement_opens_to_its_evidence_with_a_working_link(page: Chromium, site: dict[str, Any]) -> None:
    met = next(r for r in site["report"]["requirements"] if r["status"] == "met")
    selector = f"details[id='req-{met['id']}'] > summary"
    quote = f"document.querySelector(\"details[id='req-{met['id']}'] blockquote\")"
    assert page.evaluate(f"{VISIBLE}({quote})") is False
    page.click(selector)
    assert page.evaluate(f"document.querySelector(\"details[id='req-{met['id']}']\").open") is True
    assert page.evaluate(f"{VISIBLE}({quote})") is True
    assert page.evaluate(f"{quote}.textContent") == met["evidence"][0]["quote"]
    href = page.evaluate(f"document.querySelector(\"details[id='req-{met['id']}'] ul.evidence a\").href")
    target = Path(unquote(urlparse(href).path))
    assert target == site["root"] / met["evidence"][0]["path"] and target.is_file()


def test_every_file_link_resolves_inside_the_evidence_folder(page: Chromium, site: dict[str, Any]) -> None:
    hrefs = page.evaluate("Array.from(document.querySelectorAll('a[href]')).map(a => a.href)"
                          ".filter(h => !h.includes('#'))")
    assert hrefs
    for href in hrefs:
        assert href.startswith("file://"), href
        path = Path(unquote(urlparse(href).path))
        assert site["root"] in (path, *path.parents), href
        assert path.exists() or path.name == "SK Tim Kerja ZI 2021.pdf", href  # only the removed file is gone


def test_document_text_stays_text(page: Chromium) -> None:
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.evaluate("document.querySelectorAll('img').length") == 0
    assert page.evaluate("document.querySelectorAll('script').length") == 1
    assert page.evaluate("document.querySelectorAll('main b').length") == 0
    text = page.evaluate("document.body.textContent")
    assert HOSTILE_FILE in text
    assert HOSTILE_TITLE.upper().replace("WINDOW.__PWNED", "WINDOW.__PWNED") in text


def test_nothing_is_fetched_from_the_network(page: Chromium, site: dict[str, Any]) -> None:
    page.click("button[data-open='1']")  # every requirement open
    page.click("input.filter[data-filter=status][value=missing]")
    assert page.evaluate("document.querySelectorAll('details.req[open]').length") == 127
    assert page.requests() == [site["url"]]
    assert [e for e in page.events if e["method"] == "Network.loadingFailed"] == []
    assert page.console() == []


def test_the_network_watch_does_see_a_fetch(browser: Chromium, site: dict[str, Any], tmp_path: Path) -> None:
    """The check above would catch a page that loads something: a copy with a remote image does."""
    text = (site["out"] / "report.html").read_text(encoding="utf-8")
    bad = tmp_path / "bad.html"
    bad.write_text(text.replace("<main>", '<main><img src="http://127.0.0.1:9/x.png">', 1), encoding="utf-8")
    browser.open(bad.as_uri())
    assert "http://127.0.0.1:9/x.png" in browser.requests()
    assert any("Content Security Policy" in line for line in browser.console())


def test_screenshot_is_saved_as_an_artefact(page: Chromium) -> None:
    page.click("details[id='req-MP.1.a'] > summary")
    path = page.screenshot(ARTIFACTS / "report-html.png")
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert width >= 1000 and height > 2000


def test_indonesian_page_renders(browser: Chromium, site: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "laporan"
    result = invoke(site["root"], "-o", out, "-j", "1", "--no-ocr", "-f", "html")
    assert result.exit_code == 1
    shutil.copy(out / "report.html", site["out"] / "report.id.html")  # next to the drive, for the links
    browser.open((site["out"] / "report.id.html").as_uri())
    assert browser.evaluate("document.documentElement.lang") == "id"
    assert browser.evaluate("document.querySelector('h1').textContent") == "Laporan Kesenjangan Bukti Zona Integritas"
    browser.click("button[data-preset=gaps]")
    assert browser.evaluate("document.querySelector('input.filter[value=met]').checked") is False
    browser.screenshot(ARTIFACTS / "report-html-id.png", full_page=False)
