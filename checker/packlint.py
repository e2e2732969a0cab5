"""Lints of a rule pack's phrases (``zi-check rules check``): what makes a pack long without
making it wider.

- ``covered``: a phrase that another phrase of the same group already matches wherever it
  stands ("pengaduan masyarakat" beside "pengaduan"), so it can never change a verdict;
- ``identical``: two conditions with the same kinds, subject, unit, period and count written
  twice; write them once (a YAML anchor, or ``same_as`` for a whole rule's evidence);
- ``one_word``: a subject that one word written in the rule satisfies ("pengaduan"); a single
  word belongs in a term set, where it is reviewed once, or needs a second word;
- ``unused_term``: a term set no rule and no other term set uses.

Each problem names the file, the rule and the phrase, like the schema's errors.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from checker.match import SMALL_WORDS, Group, Phrase, Subject, fold
from checker.model import Condition, Rule, RulePack, conditions
from checker.rulepack import TERM_PREFIX, read_yaml


def lint(pack: RulePack, pack_dir: Path) -> list[str]:
    problems: list[str] = []
    own = [r for r in pack.rules if r.id in pack.own_rules]
    own_terms = read_yaml(pack_dir / "pack.yaml").get("terms", {}) or {}
    for name in own_terms:
        for covered, by in _covered(pack.terms.get(name, ())):
            problems.append(
                f"{pack_dir / 'pack.yaml'}: key 'terms.{name}': phrase '{covered}' is covered by "
                f"'{by}' (it can never change a verdict)"
            )
    for rule in own:
        for cond in conditions(rule.evidence):
            problems += _condition_problems(rule, cond)
    problems += _identical(own)
    used = {
        name
        for rule in own
        for cond in conditions(rule.evidence)
        for subject in (cond.subject, cond.mentions)
        if subject is not None
        for name in _terms_used(subject)
    }
    for phrases in own_terms.values():
        values = [*phrases.get("id", []), *phrases.get("en", [])] if isinstance(phrases, dict) else phrases
        used |= {p[1:] for p in values if p.startswith(TERM_PREFIX)}
    for name in own_terms:
        if name not in used:
            problems.append(f"{pack_dir / 'pack.yaml'}: key 'terms.{name}': term set '${name}' is not used")
    return problems


def phrase_count(pack: RulePack) -> int:
    """Phrases written in the pack: the distinct phrases of its term sets, and every phrase a
    rule writes itself (not through a term set), each condition written once counted once."""
    written = len({p for phrases in pack.terms.values() for p in phrases})
    seen: set[int] = set()
    for rule in pack.rules:
        for cond in conditions(rule.evidence):
            if cond.written in seen:
                continue
            seen.add(cond.written)
            written += sum(
                len(g.phrases)
                for subject in (cond.subject, cond.mentions)
                if subject is not None
                for g in subject.groups()
                if not _is_term(g)
            )
    return written


def _is_term(group: Group) -> bool:
    return all(name.startswith(TERM_PREFIX) for name in group.name.split(" | "))


def _terms_used(subject: Subject) -> set[str]:
    return {name[1:] for g in subject.groups() for name in g.name.split(" | ") if name.startswith(TERM_PREFIX)}


def _condition_problems(rule: Rule, cond: Condition) -> list[str]:
    out = []
    where = f"{rule.source}: rule {rule.id}: key 'evidence.subject'"
    inline = {p.text for g in cond.subject.groups() for p in g.phrases if not _from_term(g, p)}
    reported: set[str] = set()
    for pool in _pools(cond.subject):
        for covered, by in _covered(pool):
            if covered in inline and covered not in reported:
                reported.add(covered)
                out.append(f"{where}: phrase '{covered}' is covered by '{by}' (it can never change a verdict)")
    for item in cond.subject.any:
        if isinstance(item, Group) and not _is_term(item):
            for phrase in item.phrases:
                if len(_content(phrase.text)) == 1 and not _from_term(item, phrase):
                    out.append(f"{where}: one-word subject '{phrase.text}' (put it in a term set or add a word)")
    return out


def _pools(subject: Subject) -> Iterator[tuple[Phrase, ...]]:
    """Phrases that stand as alternatives of one another: each group's, and those of every group
    listed under one ``any``."""
    yield tuple(p for item in subject.any if isinstance(item, Group) for p in item.phrases)
    for item in (*subject.any, *subject.all, *subject.not_):
        if isinstance(item, Subject):
            yield from _pools(item)
        else:
            yield item.phrases


def _from_term(group: Group, phrase: Phrase) -> bool:
    """Whether a phrase of the group came from one of its term sets (not written in the rule)."""
    return phrase.text not in [n for n in group.name.split(" | ") if not n.startswith(TERM_PREFIX)]


def _content(text: str) -> list[str]:
    words = fold(text).replace("-", " ").split()
    return [w for w in words if w not in SMALL_WORDS] or words


def _covered(phrases: tuple[Phrase, ...] | tuple[str, ...]) -> list[tuple[str, str]]:
    """(covered phrase, the phrase covering it): a phrase whose words hold another's words side
    by side, in order, is matched by that one wherever it matches itself."""
    texts = [p.text if isinstance(p, Phrase) else p for p in phrases]
    out = []
    for text in dict.fromkeys(texts):
        words = _content(text)
        for other in dict.fromkeys(texts):
            short = _content(other)
            if other != text and len(short) < len(words) and _side_by_side(short, words):
                out.append((text, other))
                break
    return out


def _side_by_side(short: list[str], words: list[str]) -> bool:
    n = len(short)
    return any(words[i : i + n] == short for i in range(len(words) - n + 1))


def _identical(rules: list[Rule]) -> list[str]:
    by_key: dict[tuple[object, ...], dict[int, str]] = defaultdict(dict)
    for rule in rules:
        for cond in conditions(rule.evidence):
            key = (
                tuple(sorted(cond.kinds)),
                _subject_key(cond.subject),
                cond.unit,
                cond.period,
                cond.min_count,
                _subject_key(cond.mentions) if cond.mentions is not None else None,
            )
            by_key[key].setdefault(cond.written, rule.id)
    out = []
    for written in by_key.values():
        if len(written) > 1:
            first, *others = written.values()
            out.append(
                f"rule {first}: key 'evidence': the same condition is written again in "
                f"{', '.join(others)} (write it once: a YAML anchor, or same_as)"
            )
    return out


def _subject_key(subject: Subject) -> tuple[object, ...]:
    def items(parts: tuple[Group | Subject, ...]) -> tuple[object, ...]:
        return tuple(sorted(repr(_subject_key(p)) if isinstance(p, Subject) else p.name for p in parts))

    return items(subject.any), items(subject.all), items(subject.not_)
