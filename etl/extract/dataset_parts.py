"""Data-set surfaces that describe instead of naming: parts, tasks and languages (`gazetteers/described.toml`).

The extraction writes what the abstract measured on ("Track 2", "semantic segmentation", "English"), as the
golds do; a board ranks named benchmarks only, so `Gazetteer.dataset_id` gives these no id. A known name
inside a part phrase still resolves ("the COCO test-dev split" -> COCO): `read` hands back the name runs.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import regex

from etl.errors import RuleError

DATA = Path(__file__).resolve().parent / "gazetteers" / "described.toml"

_NAME_MARK = regex.compile(r"[\p{Lu}\d]")  # a name has a capital or a digit
_LABEL = regex.compile(r"^(?:#?\d+[a-z]?|[A-Za-z]|[IVX]{1,4})$")  # "Track 2", "Subtask A", "Task II"
_TITLE_WORD = regex.compile(r"^\p{Lu}?\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*$")  # "Zero-Shot", "image": no inner capital
_EDGE = regex.compile(r"^[\s\"'(\[]+|[\s\"'),.;:\]]+$")
_LANGUAGE_SPLIT = regex.compile(r"[\s\-–—/→>]+|\b(?:to|into|and)\b", regex.I)
_CAMEL = regex.compile(r"\p{Lu}\p{Ll}+|\p{Lu}+(?!\p{Ll})|\p{Ll}+")  # "FinnishEnglish" -> Finnish, English
# a coordination of names: "FB15k-237 and WN18RR", "COCO MVal, SBD and Berkeley" (one number over several sets)
_COORDINATION = regex.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+")
_FUNCTION = frozenset(
    {"the", "a", "an", "our", "its", "their", "this", "these", "of", "on", "in", "for", "from"}
)


@dataclass(frozen=True)
class Reading:
    """How a surface that is no known name reads: `described` (it names no data set) and the name runs
    inside it, longest first, to look up ("the COCO test-dev split" -> ("COCO",))."""

    described: bool
    names: tuple[str, ...] = ()


@dataclass(frozen=True)
class DescribedWords:
    """The word lists of `described.toml`."""

    parts: frozenset[str]
    tasks: frozenset[str]
    languages: frozenset[str]
    codes: frozenset[str]

    def read(self, surface: str) -> Reading | None:
        """None when `surface` is neither a description nor a part phrase (resolve it as a name)."""
        words = [w for w in (_EDGE.sub("", w) for w in surface.split()) if w]
        if not words:
            return None
        if not _NAME_MARK.search(surface):
            return Reading(True)  # "link prediction", "the validation set": lower case, no digit
        if self._languages_only(surface) or self._task_phrase(words) or _several_names(surface):
            return Reading(True)
        part = self._part_flags(words)
        if any(part):
            runs, run = [], []
            for w, is_part in zip(words, part, strict=True):
                if is_part or not self._name_word(w):
                    if run:
                        runs.append(" ".join(run))
                    run = []
                else:
                    run.append(w)
            if run:
                runs.append(" ".join(run))
            return Reading(not runs, tuple(sorted(runs, key=len, reverse=True)))
        return None

    def _name_word(self, word: str) -> bool:
        low = word.casefold()
        return bool(
            _NAME_MARK.search(word)
            and not _LABEL.match(word)
            and low not in _FUNCTION
            and not self._languages_only(word)
        )

    def _is_part_word(self, word: str) -> bool:
        low = word.casefold()
        if low in self.parts or all(p in self.parts for p in low.split("-")):
            return True
        stem = low.rstrip("0123456789")  # "val2017", "test2015" (lower case only: "Set5" is a name)
        return word.islower() and stem != low and stem in self.parts

    def _part_flags(self, words: list[str]) -> list[bool]:
        """Which words are part words: lower case ("the test-challenge split"), before a label ("Track 2"),
        or in the run that ends the phrase ("the Validation Set"); never a capitalised opener of a name
        ("Split CIFAR-100")."""
        flags = [False] * len(words)
        tail = True
        for i in range(len(words) - 1, -1, -1):
            w = words[i]
            if _LABEL.match(w) and i > 0 and self._is_part_word(words[i - 1]):
                flags[i] = True
                continue
            if not self._is_part_word(w):
                tail = False
                continue
            nxt = words[i + 1] if i + 1 < len(words) else ""
            flags[i] = w.islower() or tail or bool(_LABEL.match(nxt))
        return flags

    def _languages_only(self, surface: str) -> bool:
        tokens = [t for piece in _LANGUAGE_SPLIT.split(surface) if piece for t in _CAMEL.findall(piece)]
        low = [t.casefold() for t in tokens]
        if not low or not all(t in self.languages or t in self.codes for t in low):
            return False
        return all(t in self.languages for t in low) or len(low) >= 2

    def _task_phrase(self, words: list[str]) -> bool:
        content = [w for w in words if w.casefold() not in _FUNCTION]
        while content and content[-1].casefold() in self.parts:
            content.pop()  # "Entity Classification Task"
        return (
            bool(content)
            and all(_TITLE_WORD.match(w) for w in content)
            and content[-1].casefold() in self.tasks
        )


def _several_names(surface: str) -> bool:
    """Two or more names coordinated: a number over several data sets ranks on none of them."""
    pieces = [p for p in _COORDINATION.split(surface) if p and p.strip()]
    return len(pieces) >= 2 and all(_NAME_MARK.search(p) for p in pieces)


def _words(doc: dict, table: str, key: str, problems: list[str]) -> frozenset[str]:
    raw = doc.get(table, {}).get(key)
    if not isinstance(raw, list) or not all(isinstance(w, str) and w.strip() for w in raw):
        problems.append(f"[{table}] {key}: must be a list of non-empty strings")
        return frozenset()
    return frozenset(w.casefold() for w in raw)


@cache
def described_words(path: Path = DATA) -> DescribedWords:
    """The checked word lists (cached): every example reads as described, no counter-example does."""
    try:
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise RuleError(f"cannot read: {exc}", where=str(path)) from exc
    problems: list[str] = []
    words = DescribedWords(
        _words(doc, "parts", "words", problems),
        _words(doc, "tasks", "words", problems),
        _words(doc, "languages", "names", problems),
        _words(doc, "languages", "codes", problems),
    )
    for table in ("parts", "tasks", "languages", "lists"):
        for example in doc.get(table, {}).get("examples", []):
            got = words.read(example)
            if got is None or not got.described:
                problems.append(f"[{table}] example {example!r} is not read as described")
        for counter in doc.get(table, {}).get("counter_examples", []):
            got = words.read(counter)
            if got is not None and got.described:
                problems.append(f"[{table}] counter-example {counter!r} is read as described")
    if problems:
        raise RuleError("; ".join(problems), where=str(path), hint="fix the word lists or the examples")
    return words
