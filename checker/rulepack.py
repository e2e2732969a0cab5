"""Load a rule pack (YAML) into frozen rules, validated against ``rules/schema.json``.

Any problem is a SetupError that names the file, the rule and the key.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from checker.errors import SetupError
from checker.match import Group, Lexicon, Subject
from checker.model import (
    AllOf,
    AnswerType,
    AnyOf,
    Area,
    Condition,
    EvidenceSpec,
    Formula,
    Kind,
    Option,
    PeriodScope,
    Question,
    Rule,
    RulePack,
    Scoring,
    Target,
    Text,
    UnitScope,
    conditions,
)

BUNDLED_PACK = "permenpanrb-90-2021"
# libyaml's safe loader parses the pack ~10x faster than the pure-Python one; same results
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def rules_root() -> Path:
    """The folder of bundled packs: ``rules/`` in a checkout, ``checker/_rules`` when installed."""
    try:
        root = Path(str(resources.files("checker._rules")))
    except (ModuleNotFoundError, TypeError):
        root = Path(__file__).resolve().parent.parent / "rules"
    return root


def bundled_pack_dir() -> Path:
    return rules_root() / BUNDLED_PACK


@cache
def schema() -> dict[str, Any]:
    return json.loads((rules_root() / "schema.json").read_text(encoding="utf-8"))


def read_yaml(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as fh:
            return yaml.load(fh, Loader=_LOADER)
    except FileNotFoundError:
        raise SetupError(f"rule pack: {path} not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SetupError(f"rule pack: {path} cannot be read ({exc})") from None
    except yaml.YAMLError as exc:
        raise SetupError(f"rule pack: {path} is not valid YAML ({exc})".replace("\n", " ")) from None


def validate(data: Any, definition: str, path: Path) -> None:
    """Check ``data`` against one definition of the schema; raise naming file, rule and key."""
    import jsonschema

    root = schema()
    validator = jsonschema.Draft202012Validator({"$defs": root["$defs"], "$ref": f"#/$defs/{definition}"})
    error = jsonschema.exceptions.best_match(validator.iter_errors(data))
    if error is None:
        return
    error = _inside_one_of(error)
    raise SetupError(f"rule pack {path}: {_where(data, list(error.absolute_path))}{_say(error)}")


def _inside_one_of(error: Any) -> Any:
    """For a mapping that fits none of a oneOf's shapes, the error of the shape it meant.

    An evidence entry is a condition, ``{any_of: ...}`` or ``{all_of: ...}``; a misspelt key in a
    condition should be named as such, not drown in "not valid under any of the given schemas".
    """
    import jsonschema

    while error.validator == "oneOf" and error.context:
        instance = error.instance
        meant = (
            1
            if isinstance(instance, dict) and "any_of" in instance
            else 2
            if (isinstance(instance, dict) and "all_of" in instance)
            else 0
        )
        branch = [e for e in error.context if e.schema_path and e.schema_path[0] == meant]
        if not branch:
            break
        error = jsonschema.exceptions.best_match(branch)
    return error


def _where(data: Any, location: list[Any]) -> str:
    """'rule MP.1.a: key evidence.period: ' from a schema error path."""
    parts = []
    node = data
    keys: list[str] = []
    for step in location:
        if isinstance(node, list) and isinstance(step, int) and step < len(node):
            item = node[step]
            if isinstance(item, dict) and ("id" in item or "name" in item) and not keys:
                parts.append(f"{'rule' if 'id' in item else 'case'} {item.get('id') or item.get('name')}")
            else:
                keys.append(f"[{step}]")
            node = item
            continue
        if isinstance(node, dict) and step in node:
            if not (isinstance(node[step], list) and step in ("rules", "cases") and not keys and not parts):
                keys.append(str(step))
            node = node[step]
        else:
            keys.append(str(step))
    key = ".".join(keys).replace(".[", "[")
    where = ": ".join(parts)
    if key:
        where = f"{where}: key '{key}'" if where else f"key '{key}'"
    return f"{where}: " if where else ""


def _say(error: Any) -> str:
    if error.validator == "additionalProperties":
        return error.message.replace("Additional properties are not allowed", "unknown key")
    if error.validator == "required":
        return error.message.replace("is a required property", "is required")
    return error.message


def load(
    pack_dir: Path | None = None, _chain: tuple[Path, ...] = (), _lexicons: tuple[Lexicon, Lexicon] | None = None
) -> RulePack:
    """Load a pack folder; a pack that ``extends`` another inherits its areas, kinds, terms and
    rules."""
    pack_dir = pack_dir or bundled_pack_dir()
    if not pack_dir.is_dir():
        raise SetupError(f"rule pack {pack_dir}: not a folder")
    pack_path = pack_dir / "pack.yaml"
    data = read_yaml(pack_path)
    validate(data, "pack", pack_path)
    # titles' words, and the few words rules ask of whole texts (a small lexicon reads a long
    # text fast, and fills no cache with the words of every title)
    lexicons = _lexicons or (Lexicon(), Lexicon())
    base = _base(data, pack_dir, pack_path, _chain, lexicons)
    terms = dict(base.terms) if base else {}
    terms.update(_terms(data.get("terms", {}), terms, pack_path))
    compiler = _SubjectCompiler(terms, lexicons[0], texts=_SubjectCompiler(terms, lexicons[1]))
    kinds_known = {*(k.name for k in (base.kinds if base else ())), *data.get("kinds", {})}
    named = dict(base.conditions) if base else {}
    for name, raw_condition in data.get("conditions", {}).items():
        where = f"rule pack {pack_path}: key 'conditions.{name}'"
        named[name] = _evidence(raw_condition, kinds_known, where, compiler, named)

    areas = {a.code: a for a in (base.areas if base else ())}
    areas.update({a["code"]: Area(a["code"], _text(a["title"])) for a in data.get("areas", [])})
    kinds = {k.name: k for k in (base.kinds if base else ())}
    kinds.update(
        {
            name: Kind(
                name,
                _text(k["label"]),
                tuple(k["phrases"]),
                k.get("period_from", "title"),
                bool(k.get("generic", False)),
                k.get("family"),
                tuple(k.get("formal", ())),
            )
            for name, k in data.get("kinds", {}).items()
        }
    )
    answer_types = dict(base.answer_types) if base else {}
    answer_types.update(_answer_types(data.get("answer_types", {}), pack_path))
    rules: dict[str, Rule] = {r.id: r for r in (base.rules if base else ())}
    for rule_id in data.get("drop", []):
        if rule_id not in rules:
            raise SetupError(f"rule pack {pack_path}: key 'drop': {rule_id} is not a rule of {data['extends']}")
        del rules[rule_id]

    own: dict[str, Path] = {}
    borrowed: list[tuple[dict[str, Any], Path, str]] = []  # rules whose evidence is another's
    for name in data["files"]:
        path = pack_dir / name
        file_data = read_yaml(path)
        validate(file_data, "rule_file", path)
        for raw in file_data["rules"]:
            rule_id = raw["id"]
            where = f"rule pack {path}: rule {rule_id}"
            if rule_id in own:
                raise SetupError(f"{where}: key 'id': duplicate (also in {own[rule_id].name})")
            own[rule_id] = path
            if raw["area"] not in areas:
                raise SetupError(f"{where}: key 'area': '{raw['area']}' is not an area of pack.yaml")
            if "same_as" in raw["evidence"]:
                borrowed.append((raw, path, where))
                continue
            answers = _answers(raw, set(kinds), where, compiler, named, answer_types)
            rules[rule_id] = _rule(
                raw, _evidence(raw["evidence"], set(kinds), where, compiler, named), path, answer_types, answers
            )
    for raw, path, where in borrowed:
        answers = _answers(raw, set(kinds), where, compiler, named, answer_types)
        rules[raw["id"]] = _rule(raw, _borrowed(raw, rules, borrowed, where), path, answer_types, answers)

    order = {code: i for i, code in enumerate(areas)}
    ordered = sorted(rules.values(), key=lambda r: order[r.area])  # stable: file order in an area
    catalog = str(pack_dir / data["catalog"]) if "catalog" in data else (base.catalog if base else None)
    scoring = _scoring(data["scoring"]) if "scoring" in data else (base.scoring if base else None)
    return RulePack(
        id=data["id"],
        title=_text(data["title"]),
        regulation=data.get("regulation", base.regulation if base else ""),
        areas=tuple(areas.values()),
        kinds=tuple(kinds.values()),
        rules=tuple(ordered),
        path=str(pack_dir),
        terms=terms,
        conditions=named,
        scoring=scoring,
        catalog=catalog,
        own_rules=frozenset(own),
        questions=_questions(ordered),
        answer_types=answer_types,
        labels={**(base.labels if base else {}), **{k: _text(v) for k, v in data.get("labels", {}).items()}},
    )


def _questions(rules: list[Rule]) -> tuple[Question, ...]:
    """What the conditions (of every answer) ask documents' texts to say, once per subject, with
    the conditions that ask it."""
    askers: dict[str, dict[tuple[frozenset[str], str], Subject]] = {}
    subjects: dict[str, Subject] = {}
    for rule in rules:
        for spec in (rule.evidence, *(s for _, s in rule.answers)):
            for cond in conditions(spec):
                if cond.mentions is not None:
                    subjects.setdefault(cond.mentions.key, cond.mentions)
                    asker = (frozenset(cond.kinds), cond.subject.key)
                    askers.setdefault(cond.mentions.key, {}).setdefault(asker, cond.subject)
    return tuple(
        Question(
            subjects[key],
            tuple(
                (kinds, about)
                for (kinds, _), about in sorted(askers[key].items(), key=lambda item: (sorted(item[0][0]), item[0][1]))
            ),
        )
        for key in sorted(subjects)
    )


def _base(
    data: dict[str, Any], pack_dir: Path, pack_path: Path, chain: tuple[Path, ...], lexicons: tuple[Lexicon, Lexicon]
) -> RulePack | None:
    if "extends" not in data:
        return None
    name = data["extends"]
    bundled = rules_root() / name
    base_dir = bundled if "/" not in name and (bundled / "pack.yaml").is_file() else (pack_dir / name)
    if not base_dir.is_dir():
        raise SetupError(f"rule pack {pack_path}: key 'extends': no pack '{name}' (a bundled pack id or a folder)")
    here = pack_dir.resolve()
    if base_dir.resolve() in (*chain, here):
        raise SetupError(f"rule pack {pack_path}: key 'extends': '{name}' extends itself (a loop)")
    return load(base_dir, (*chain, here), lexicons)


def _borrowed(
    raw: dict[str, Any], rules: dict[str, Rule], borrowed: list[tuple[dict[str, Any], Path, str]], where: str
) -> EvidenceSpec:
    """The evidence of the rule that ``same_as`` names (written once, used by both)."""
    pending = {r["id"]: r for r, _, _ in borrowed}
    seen = [raw["id"]]
    target = raw["evidence"]["same_as"]
    while target in pending and target not in rules:
        if target in seen:
            raise SetupError(f"{where}: key 'evidence.same_as': a loop ({' -> '.join((*seen, target))})")
        seen.append(target)
        target = pending[target]["evidence"]["same_as"]
    if target not in rules:
        raise SetupError(f"{where}: key 'evidence.same_as': no rule {target}")
    return rules[target].evidence


def _answer_types(raw: dict[str, Any], where: Path) -> dict[str, AnswerType]:
    out = {}
    for name, spec in raw.items():
        options = tuple(Option(str(key), float(value)) for key, value in spec.get("options", ()))
        if not options and "number" not in spec:
            raise SetupError(f"rule pack {where}: key 'answer_types.{name}': give 'options' or 'number'")
        values = [o.value for o in options]
        if values != sorted(values, reverse=True):
            raise SetupError(f"rule pack {where}: key 'answer_types.{name}.options': best first (their values go down)")
        out[name] = AnswerType(options, spec.get("number"))
    return out


def _answers(
    raw: dict[str, Any],
    kinds: set[str],
    where: str,
    compiler: _SubjectCompiler,
    named: dict[str, EvidenceSpec],
    answer_types: dict[str, AnswerType],
) -> tuple[tuple[str, EvidenceSpec], ...]:
    """What the lower options of a rule's answer need, best first, checked against its type."""
    written = raw.get("answers", {})
    if not written:
        return ()
    kind = answer_types.get(raw["answer"])
    keys = [o.key for o in kind.options] if kind else []
    for key in written:
        if key not in keys[1:]:
            raise SetupError(
                f"{where}: key 'answers.{key}': not a lower option of answer type "
                f"'{raw['answer']}' (its options: {', '.join(keys) or 'none'})"
            )
    ordered = sorted(written, key=keys.index)
    return tuple(
        (key, _evidence(written[key], kinds, f"{where}: key 'answers.{key}'", compiler, named)) for key in ordered
    )


def _rule(
    raw: dict[str, Any],
    evidence: EvidenceSpec,
    path: Path,
    answer_types: dict[str, AnswerType] | None = None,
    answers: tuple[tuple[str, EvidenceSpec], ...] = (),
) -> Rule:
    kind = (answer_types or {}).get(raw["answer"])
    return Rule(
        id=raw["id"],
        area=raw["area"],
        lke=raw.get("lke", ""),
        soal=raw.get("soal", 0),
        weight=float(raw["weight"]),
        answer=raw["answer"],
        question=raw["question"].strip(),
        title=_text(raw["title"]),
        hint=_text(raw["hint"]) if "hint" in raw else None,
        evidence=evidence,
        source=str(path),
        options=kind.options if kind else (),
        answers=answers,
        number=kind.number if kind else None,
    )


def _scoring(raw: dict[str, Any]) -> Scoring:
    return Scoring(
        total_label=_text(raw["total"]["label"]),
        total_max=float(raw["total"]["max"]),
        exclude_areas=tuple(raw.get("exclude_areas", ())),
        targets=tuple(
            Target(name, float(t["total_min"]), float(t["area_min_share"])) for name, t in raw["targets"].items()
        ),
        note=_text(raw["note"]) if "note" in raw else None,
        supported_note=_text(raw["supported_note"]) if "supported_note" in raw else None,
        formulas={
            position: tuple(_formula(item) for item in items) for position, items in raw.get("formulas", {}).items()
        },
        scales={rule_id: float(top) for rule_id, top in raw.get("scales", {}).items()},
    )


def _formula(raw: Any) -> Formula:
    if isinstance(raw, str):
        return Formula("option", (raw,))
    kind, (over, under) = next(iter(raw.items()))
    as_ids = lambda v: (v,) if isinstance(v, str) else tuple(v)
    return Formula(kind, as_ids(over), as_ids(under))


def _text(raw: dict[str, str]) -> Text:
    return Text(id=raw["id"].strip(), en=raw["en"].strip())


def _evidence(
    raw: dict[str, Any], kinds: set[str], where: str, compiler: _SubjectCompiler, named: dict[str, EvidenceSpec]
) -> EvidenceSpec:
    if "use" in raw:
        if raw["use"] not in named:
            known = ", ".join(sorted(named)) or "none"
            raise SetupError(f"{where}: key 'evidence.use': no condition '{raw['use']}' in pack.yaml (known: {known})")
        return named[raw["use"]]
    if "any_of" in raw:
        return AnyOf(tuple(_evidence(part, kinds, where, compiler, named) for part in raw["any_of"]))
    if "all_of" in raw:
        return AllOf(tuple(_evidence(part, kinds, where, compiler, named) for part in raw["all_of"]))
    unknown = [k for k in raw["kinds"] if k not in kinds]
    if unknown:
        raise SetupError(f"{where}: key 'evidence.kinds': unknown kind '{unknown[0]}' (declare it in pack.yaml)")
    return Condition(
        kinds=tuple(raw["kinds"]),
        subject=compiler.subject(raw["subject"], f"{where}: key 'evidence.subject'"),
        unit=UnitScope(raw.get("unit", "self")),
        period=PeriodScope(raw.get("period", "year")),
        min_count=int(raw.get("min_count", 1)),
        mentions=compiler.texts.subject(raw["mentions"], f"{where}: key 'evidence.mentions'")
        if "mentions" in raw
        else None,
        written=compiler.written(raw),
    )


TERM_PREFIX = "$"


def _terms(raw: dict[str, Any], inherited: dict[str, tuple[str, ...]], where: Path) -> dict[str, tuple[str, ...]]:
    """Term sets with their references to other term sets ("$zi" inside a set) spelled out."""
    listed = {
        name: [*value.get("id", []), *value.get("en", [])] if isinstance(value, dict) else list(value)
        for name, value in raw.items()
    }
    out: dict[str, tuple[str, ...]] = {}

    def expand(name: str, seen: tuple[str, ...]) -> tuple[str, ...]:
        if name in out:
            return out[name]
        if name in seen:
            raise SetupError(f"rule pack {where}: key 'terms.{name}': refers to itself ({' -> '.join((*seen, name))})")
        if name not in listed:
            if name in inherited:
                return inherited[name]
            raise SetupError(f"rule pack {where}: key 'terms.{seen[-1]}': unknown term set '${name}'")
        phrases: list[str] = []
        for phrase in listed[name]:
            phrases += expand(phrase[1:], (*seen, name)) if phrase.startswith(TERM_PREFIX) else [phrase]
        out[name] = tuple(dict.fromkeys(phrases))
        return out[name]

    for name in listed:
        expand(name, ())
    return out


class _SubjectCompiler:
    """Subjects of one pack, compiled against its lexicon (``$name`` is a term set)."""

    def __init__(
        self, terms: dict[str, tuple[str, ...]], lexicon: Lexicon, texts: _SubjectCompiler | None = None
    ) -> None:
        self._terms = terms
        self._lexicon = lexicon
        self.texts = texts or self  # what compiles the subjects asked of a document's text
        self._written: dict[int, tuple[int, Any]] = {}

    def written(self, raw: Any) -> int:
        """One number per condition as written: a YAML alias is the same mapping, so the same
        number (the mapping is kept, so its id is not reused while the pack loads)."""
        if id(raw) not in self._written:
            self._written[id(raw)] = (len(self._written) + 1, raw)
        return self._written[id(raw)][0]

    def subject(self, raw: Any, where: str) -> Subject:
        """A list is any of its items; a mapping has ``any``, ``all`` and ``not`` lists, whose
        items are a phrase, a ``$term``, a list of those (one group) or a mapping (nested)."""
        if raw == "any":  # no condition on the title
            return Subject(lexicon=self._lexicon)
        if isinstance(raw, list):
            return Subject(any=tuple(self._item(item, where) for item in raw), lexicon=self._lexicon)
        return Subject(
            any=tuple(self._item(item, where) for item in raw.get("any", [])),
            all=tuple(self._item(item, where) for item in raw.get("all", [])),
            not_=tuple(self._item(item, where) for item in raw.get("not", [])),
            lexicon=self._lexicon,
        )

    def _item(self, item: Any, where: str) -> Group | Subject:
        if isinstance(item, dict):
            return self.subject(item, where)
        entries = item if isinstance(item, list) else [item]
        phrases = tuple(p for entry in entries for p in self._phrases(entry, where))
        return Group(entries[0] if len(entries) == 1 else " | ".join(entries), phrases)

    def _phrases(self, entry: str, where: str) -> tuple[Any, ...]:
        if entry.startswith(TERM_PREFIX):
            name = entry[1:]
            if name not in self._terms:
                known = ", ".join(f"${t}" for t in sorted(self._terms)) or "none"
                raise SetupError(f"{where}: unknown term set '{entry}' (known: {known})")
            return tuple(self._lexicon.phrase(p) for p in self._terms[name])
        if not any(c.isalnum() for c in entry):
            raise SetupError(f"{where}: phrase {entry!r} has no words")
        return (self._lexicon.phrase(entry),)
