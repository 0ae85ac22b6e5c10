"""The evaluation setting a sentence states for a score (zero-shot, 5-shot, linear probing ...), from
`settings.toml`: the setting nearest to the number in its clause, so that settings show beside the scores
they qualify instead of being ranked against each other silently."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import regex

from etl.errors import RuleError
from etl.leaderboards.cited import number_at

DATA = Path(__file__).resolve().parent / "settings.toml"

_CLAUSE_BREAK = regex.compile(r";|\.\s")
_SPACES = regex.compile(r"\s+")
_NUMBER = regex.compile(r"\d")
_COMPARISON = regex.compile(
    r"(?i)\b(?:than|over|versus|vs|compared|relative|exceed\w*|surpass\w*|outperform\w*|beat\w*)\b"
)


@dataclass(frozen=True)
class Setting:
    pattern: regex.Pattern[str]
    label: str  # may name the pattern's groups ("{share}% labels"); empty: the words as written


@dataclass(frozen=True)
class Settings:
    """The compiled settings of `settings.toml`."""

    settings: tuple[Setting, ...]
    max_distance: int
    prefilter: str  # an RE2 pattern every sentence with a setting matches (DuckDB's regexp_matches)

    def setting(self, sentence: str, number: str) -> str:
        """The setting nearest to `number` (as written, first occurrence) in its clause, or ""."""
        at = number_at(sentence, number)
        if at < 0:
            return ""
        end = at + len(number)
        best: tuple[int, str] | None = None
        for s in self.settings:
            for m in s.pattern.finditer(sentence):
                if m.start() < end and m.end() > at:
                    continue  # "with 10% of the labels" is no setting of the 10%
                between = sentence[m.end() : at] if m.end() <= at else sentence[end : m.start()]
                if (
                    len(between) > self.max_distance
                    or _CLAUSE_BREAK.search(between)
                    or (m.start() >= end and _NUMBER.search(between))  # after another number: that one's
                    or (m.start() >= end and _COMPARISON.search(between))  # "exceeding zero-shot X": X's
                ):
                    continue
                label = (
                    s.label.format(**m.groupdict()) if s.label else _SPACES.sub("-", m.group(0).casefold())
                )
                if best is None or len(between) < best[0]:
                    best = (len(between), label)
        return best[1] if best else ""


@cache
def eval_settings(path: Path = DATA) -> Settings:
    """The checked settings (cached): every example reads as it says."""
    try:
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
        settings = Settings(
            tuple(Setting(regex.compile("(?i)" + s["pattern"]), s.get("label", "")) for s in doc["setting"]),
            int(doc["max_distance"]),
            "(?i)(?:" + doc["prefilter"] + ")",
        )
    except (OSError, tomllib.TOMLDecodeError, KeyError, TypeError, ValueError, regex.error) as exc:
        raise RuleError(f"cannot read the evaluation settings: {exc}", where=str(path)) from exc
    problems = [
        f"{ex['number']!r} in {ex['sentence']!r} reads as {got!r}, not {ex['setting']!r}"
        for ex in doc.get("example", [])
        if (got := settings.setting(ex["sentence"], ex["number"])) != ex["setting"]
    ]
    problems += [
        f"setting {m.group(0)!r} has no word of the prefilter"
        for ex in doc.get("example", [])
        for s in settings.settings
        for m in s.pattern.finditer(ex["sentence"])
        if not regex.search(settings.prefilter, m.group(0))
    ]
    if problems:
        raise RuleError("; ".join(problems), where=str(path), hint="fix the settings or the examples")
    return settings
