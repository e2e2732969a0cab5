"""An amending or revoking decree supersedes the one it names: the older is not judged alone."""

from __future__ import annotations

import yaml

from checker import engine, packtools, rulepack
from checker.profile import resolve

PACK = rulepack.load()
CASES = yaml.safe_load((rulepack.bundled_pack_dir() / "mp.cases.yaml").read_text(encoding="utf-8"))
FILES = next(c for c in CASES["cases"] if c["name"] == "sk-tim-zi-amended-in-2021")["files"]
PROFILE = resolve(CASES["profile"], {})
RULE = tuple(r for r in PACK.rules if r.id == "MP.1.a")


def judge(files):  # type: ignore[no-untyped-def]
    return engine.evaluate(RULE, packtools.build_documents(files, PACK), PROFILE)[0]


def test_the_amending_decree_names_the_number_it_amends() -> None:
    docs = packtools.build_documents(FILES, PACK)
    amending = next(d for d in docs if "Perubahan" in d.path)
    assert amending.facts.amends == ("3/dkk/i/2020",)
    assert engine.superseded_by(docs) == {"1 MP/SK Tim ZI 2020.pdf": "1 MP/SK Perubahan Tim ZI 2021.pdf"}


def test_the_original_alone_has_expired() -> None:
    original = {k: v for k, v in FILES.items() if "2020" in k}
    assert judge(original).status.value == "wrong_year"


def test_with_its_amendment_the_requirement_is_met_by_the_amendment() -> None:
    result = judge(FILES)
    assert result.status.value == "met"
    assert [e.path for e in result.evidence] == ["1 MP/SK Perubahan Tim ZI 2021.pdf"]


def test_a_superseded_decree_is_a_near_miss_that_says_by_what() -> None:
    amending_for_2022 = {k: [v[0].replace("4 Januari 2021", "4 Januari 2022").replace("2/DKK/I/2021", "2/DKK/I/2022")]
                         for k, v in FILES.items()}
    result = judge(amending_for_2022)
    assert result.status.value == "wrong_year"
    reasons = {(p.path, p.reason) for p in result.problems}
    assert ("1 MP/SK Tim ZI 2020.pdf", "superseded") in reasons
