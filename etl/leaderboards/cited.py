"""Numbers a sentence cites for earlier work ("the previous best result was 61.2"), from `cited.toml`.

The extractor writes such a number as a score with no model; on the best-score board it would rank as the
paper's own. A number is cited when it is the first number after a cue of earlier or other work, in the same
clause, with none of the paper's words (`gap_stops`) between: "improves the previous best of 61.2 to 64.0"
cites 61.2 and reports 64.0.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import regex

from etl.errors import RuleError

DATA = Path(__file__).resolve().parent / "cited.toml"

_NUMBER = regex.compile(r"\d")
_CLAUSE_BREAK = regex.compile(r"[,;:()\[\]]|\.\s")
_WORD = regex.compile(r"[\p{L}']+")


def number_at(sentence: str, number: str) -> int:
    """Where `number` first stands on its own in `sentence` (not inside "15%" for "5%"), or -1."""
    at = sentence.find(number)
    while at >= 0:
        before = sentence[at - 1] if at else " "
        after = sentence[at + len(number)] if at + len(number) < len(sentence) else " "
        if not (before.isdigit() or before == "." or (number[-1].isdigit() and after.isdigit())):
            return at
        at = sentence.find(number, at + 1)
    return -1


@dataclass(frozen=True)
class CitedCues:
    """The compiled cue list of `cited.toml`."""

    cues: regex.Pattern[str]
    gap_stops: frozenset[str]
    max_gap: int
    prefilter: str  # an RE2 pattern every sentence with a cue matches (DuckDB's regexp_matches)
    starts: regex.Pattern[str]  # after a number: it is where a change starts ("58.9 → 61.7")

    def cited(self, sentence: str, number: str) -> bool:
        """True when `number` (as written, first occurrence) follows a cue of earlier work in its clause."""
        at = number_at(sentence, number)
        if at < 0:
            return False
        if self.starts.match(sentence, at + len(number)):
            return True
        for m in self.cues.finditer(sentence):
            gap = sentence[m.end() : at]
            if (
                m.end() <= at
                and len(gap) <= self.max_gap
                and not _NUMBER.search(gap)
                and not _CLAUSE_BREAK.search(gap)
                and not {w.casefold() for w in _WORD.findall(gap)} & self.gap_stops
            ):
                return True
        return False


@cache
def cited_cues(path: Path = DATA) -> CitedCues:
    """The checked cue list (cached): every example reads as it says."""
    try:
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
        cues = CitedCues(
            regex.compile(r"(?i)(?<![\w-])(?:" + "|".join(doc["cues"]) + r")(?![\w-])"),
            frozenset(w.casefold() for w in doc["gap_stops"]),
            int(doc["max_gap"]),
            "(?i)(?:" + doc["prefilter"] + ")",
            regex.compile(doc["starts"]),
        )
    except (OSError, tomllib.TOMLDecodeError, KeyError, TypeError, ValueError, regex.error) as exc:
        raise RuleError(f"cannot read the cited-number cues: {exc}", where=str(path)) from exc
    problems = [
        f"{ex['number']!r} in {ex['sentence']!r} should{'' if ex['cited'] else ' not'} read as cited"
        for ex in doc.get("example", [])
        if cues.cited(ex["sentence"], ex["number"]) != ex["cited"]
    ]
    problems += [
        f"cue match {m.group(0)!r} has no word of the prefilter"
        for ex in doc.get("example", [])
        for m in cues.cues.finditer(ex["sentence"])
        if not regex.search(cues.prefilter, m.group(0))
    ]
    problems += [
        f"cited example {ex['sentence']!r} has no word of the prefilter: the board would never read it"
        for ex in doc.get("example", [])
        if ex["cited"] and not regex.search(cues.prefilter, ex["sentence"])
    ]
    if problems:
        raise RuleError("; ".join(problems), where=str(path), hint="fix the cues or the examples")
    return cues
