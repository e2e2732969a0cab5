"""How the pack's phrases survive real text: the matcher against spaCy's FUZZY Matcher and exact words.

    python -m benchmarks.matcher

The titles are the labelled ones (the team's set and the real documents), each also as OCR and a
text layer damage them, deterministically: a letter misread in one word of five or more letters
out of three ("KER.'A", "WII,AYAH"), one word in eight split in two ("INF ORMASI"), one pair in
ten glued ("PEMBANGUNANZONA"). For every phrase of the bundled pack and every title it reports,
per matcher:

- kept: of the (title, phrase) pairs that match the clean title, the share that still match the
  damaged one (what OCR costs the rules);
- spurious: pairs that match a damaged title and not its clean self (what tolerance costs);
- exact words: pairs matched on the clean titles (a matcher too loose matches what it should not);
- microseconds per title for all phrases.

spaCy's Matcher compares token by token (``{"LOWER": {"FUZZY": word}}``, its default allowance
``max(2, round(0.3 * len(word)))`` edits): it cannot mend a split or glued word, and its allowance
lets a short word match many others, so words of three letters or fewer are matched exactly there
too.
"""

from __future__ import annotations

import random
import re
import sys
import time
from collections.abc import Callable, Sequence

import yaml

from benchmarks import facts
from checker import rulepack
from checker.match import Lexicon, fold
from checker.model import conditions

CONFUSIONS = {"a": "o", "e": "c", "i": "l", "l": "I", "o": "0", "m": "rn", "n": "ri", "s": "5", "u": "v",
              "j": "'", "r": "t", "h": "b", "b": "h", "t": "l", "k": "x", "y": "v", "g": "q", "d": "cl"}


def titles() -> list[str]:
    out = []
    for path in sorted(facts.CASES_DIR.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for case in data.get("cases", []) if isinstance(data, dict) else []:
            title = (case.get("expect") or {}).get("title")
            if title:
                out.append(str(title))
    labels = yaml.safe_load(facts.REAL_LABELS.read_text(encoding="utf-8"))
    out += [str(c["expect"]["title"]) for c in labels["cases"] if c["expect"].get("title")]
    return list(dict.fromkeys(out))


def damage(title: str, rng: random.Random) -> str:
    words = title.split()
    out: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        letters = [k for k, c in enumerate(word) if c.lower() in CONFUSIONS]
        if len(word) >= 5 and letters and rng.random() < 1 / 3:
            k = rng.choice(letters)
            swap = CONFUSIONS[word[k].lower()]
            word = word[:k] + (swap.upper() if word[k].isupper() else swap) + word[k + 1:]
        if len(word) >= 6 and rng.random() < 1 / 8:
            cut = rng.randrange(2, len(word) - 2)
            word = f"{word[:cut]} {word[cut:]}"
        if i + 1 < len(words) and rng.random() < 1 / 10:
            out.append(word + words[i + 1])
            i += 2
            continue
        out.append(word)
        i += 1
    return " ".join(out)


def exact_matcher(phrases: Sequence[str]) -> Callable[[str], set[int]]:
    patterns = [re.compile(r"\b" + r"\W+".join(map(re.escape, fold(p).split())) + r"\b") for p in phrases]
    return lambda title: {i for i, p in enumerate(patterns) if p.search(fold(title))}


def spacy_matcher(phrases: Sequence[str]) -> Callable[[str], set[int]]:
    import spacy
    from spacy.matcher import Matcher

    nlp = spacy.blank("id")
    matcher = Matcher(nlp.vocab)
    for i, phrase in enumerate(phrases):
        tokens = [t.lower_ for t in nlp.make_doc(phrase) if not t.is_punct]
        if tokens:
            matcher.add(str(i), [[{"LOWER": {"FUZZY": t}} if len(t) > 3 else {"LOWER": t} for t in tokens]])
    strings = nlp.vocab.strings
    return lambda title: {int(strings[m]) for m, _, _ in matcher(nlp.make_doc(title))}


def our_matcher(phrases: Sequence[str]) -> Callable[[str], set[int]]:
    lexicon = Lexicon()
    compiled = [lexicon.phrase(p) for p in phrases]
    return lambda title: {i for i, p in enumerate(compiled) if p.spans(lexicon.prepare(title))}


def measure(name: str, make: Callable[[Sequence[str]], Callable[[str], set[int]]], phrases: Sequence[str],
            pairs: Sequence[tuple[str, str]]) -> str:
    match = make(phrases)
    started = time.perf_counter()
    clean = [match(c) for c, _ in pairs]
    damaged = [match(d) for _, d in pairs]
    micros = (time.perf_counter() - started) / (2 * len(pairs)) * 1e6
    found = sum(len(c) for c in clean)
    kept = sum(len(c & d) for c, d in zip(clean, damaged, strict=True))
    spurious = sum(len(d - c) for c, d in zip(clean, damaged, strict=True))
    return f"{name:22} {kept / found if found else 0:7.3f} {spurious:9d} {found:12d} {micros:10.0f}"


def main(argv: Sequence[str] | None = None) -> int:
    pack = rulepack.load()
    phrases = sorted({p for terms in pack.terms.values() for p in terms}
                     | {g.name for r in pack.rules for c in conditions(r.evidence) for g in c.subject.groups()
                        if not g.name.startswith("$") and " | " not in g.name})
    rng = random.Random(20211)
    pairs = [(t, damage(t, rng)) for t in titles()]
    print(f"{len(pairs)} titles, {len(phrases)} phrases of the bundled pack")
    print(f"{'matcher':22} {'kept':>7} {'spurious':>9} {'clean pairs':>12} {'us/title':>10}")
    for name, make in (("exact words", exact_matcher), ("spaCy Matcher FUZZY", spacy_matcher),
                       ("zi-check (rapidfuzz)", our_matcher)):
        print(measure(name, make, phrases, pairs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
