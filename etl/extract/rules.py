"""Loading and checking the rule files under `rules/` (TOML).

Rules are data so a linguist can change them without touching code. A file is checked as a
whole when it is loaded: every problem is collected and one `RuleError` lists them all.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import regex

from etl.errors import RuleError
from etl.records import Qualifier, Unit

RULE_DIR = Path(__file__).resolve().parent / "rules"
FILES = ("numbers", "units", "qualifiers", "kinds", "not_results", "context")

_KEYS = {"name", "pattern", "examples", "counter_examples", "unit", "qualifier", "side"}
_UNITS = {u.value for u in Unit} | {"minutes"}
_QUALIFIERS = {q.value for q in Qualifier}
_SIDES = {"left", "right"}
_REF = regex.compile(r"\{([a-z_]+)\}")
# How a rule's examples are matched: number pieces whole, units at the start of the text
# that follows a number, cue lexicons anywhere.
MODES = {"numbers": "full", "units": "prefix"}


@dataclass(frozen=True)
class Rule:
    """One named pattern with the examples it must and must not match."""

    name: str
    pattern: str  # after {piece} references are expanded
    regex: regex.Pattern = field(repr=False, compare=False)
    examples: tuple[str, ...] = ()
    counter_examples: tuple[str, ...] = ()
    unit: str | None = None
    qualifier: str | None = None
    side: str | None = None
    mode: str = "search"

    def matches(self, text: str) -> bool:
        if self.mode == "full":
            return self.regex.fullmatch(text) is not None
        if self.mode == "prefix":
            return self.regex.match(text) is not None
        return self.regex.search(text) is not None


@dataclass(frozen=True)
class RuleFile:
    name: str
    rules: tuple[Rule, ...]

    def __getitem__(self, name: str) -> Rule:
        for r in self.rules:
            if r.name == name:
                return r
        raise KeyError(f"{self.name}: no rule {name!r}")


def _expand(pattern: str, pieces: dict[str, str]) -> str:
    return _REF.sub(lambda m: pieces.get(m.group(1), m.group(0)), pattern)


def parse(doc: dict, where: str, mode: str = "search") -> RuleFile:
    """Check one parsed rule file; raise RuleError listing every problem found."""
    problems: list[str] = []
    raw_rules = doc.get("rule")
    if not isinstance(raw_rules, list) or not raw_rules:
        raise RuleError("no [[rule]] entries", where=where, hint="add at least one [[rule]] table")
    pieces: dict[str, str] = {}
    rules: list[Rule] = []
    seen: set[str] = set()
    for i, raw in enumerate(raw_rules):
        label = f"rule {i} ({raw.get('name', '?')})"
        unknown = set(raw) - _KEYS
        if unknown:
            problems.append(f"{label}: unknown keys {sorted(unknown)}")
        name, pattern = raw.get("name"), raw.get("pattern")
        if not isinstance(name, str) or not name:
            problems.append(f"{label}: `name` must be a non-empty string")
            continue
        if name in seen:
            problems.append(f"{label}: duplicate name")
        seen.add(name)
        if not isinstance(pattern, str) or not pattern:
            problems.append(f"{label}: `pattern` must be a non-empty string")
            continue
        for key in ("examples", "counter_examples"):
            value = raw.get(key, [])
            if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
                problems.append(f"{label}: `{key}` must be a list of strings")
        if raw.get("unit") is not None and raw["unit"] not in _UNITS:
            problems.append(f"{label}: unknown unit {raw['unit']!r} (known: {sorted(_UNITS)})")
        if raw.get("qualifier") is not None and raw["qualifier"] not in _QUALIFIERS:
            problems.append(f"{label}: unknown qualifier {raw['qualifier']!r}")
        if raw.get("side") is not None and raw["side"] not in _SIDES:
            problems.append(f"{label}: `side` must be left or right")
        expanded = _expand(pattern, pieces)
        try:
            compiled = regex.compile(expanded)
        except regex.error as exc:
            problems.append(f"{label}: pattern does not compile: {exc}")
            continue
        pieces[name] = expanded
        rules.append(
            Rule(
                name=name,
                pattern=expanded,
                regex=compiled,
                examples=tuple(raw.get("examples", []) or []),
                counter_examples=tuple(raw.get("counter_examples", []) or []),
                unit=raw.get("unit"),
                qualifier=raw.get("qualifier"),
                side=raw.get("side"),
                mode=mode,
            )
        )
    if problems:
        raise RuleError(
            f"{len(problems)} problem(s): " + "; ".join(problems), where=where, hint="fix the rule file"
        )
    return RuleFile(name=where, rules=tuple(rules))


def load_path(path: Path, mode: str = "search") -> RuleFile:
    try:
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise RuleError(f"cannot read rule file: {exc}", where=str(path)) from exc
    return parse(doc, str(path), mode)


@cache
def load(name: str) -> RuleFile:
    """The checked rule file `rules/<name>.toml` (cached: compiled once per process)."""
    if name not in FILES:
        raise KeyError(f"unknown rule file {name!r}; known: {', '.join(FILES)}")
    return load_path(RULE_DIR / f"{name}.toml", MODES.get(name, "search"))
