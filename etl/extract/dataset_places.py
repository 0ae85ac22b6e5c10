"""Readers of a name as the place a number was measured (split out of `datasets.py`): the data set that
modifies the metric governing a value ("an MT-Bench score of 7.42"), a plain capitalised word between "on"
and "by N" (a data set's name unless a language, a section or hardware), and a name that modifies a system
("the ImageNet baseline"), which is no place at all."""

from __future__ import annotations

import regex

from etl.extract.cues import METRIC
from etl.extract.dataset_lexicon import known_dataset
from etl.extract.phrases import NAME, NOT_DATA_NAME, NOT_DATASET, is_dataset
from etl.extract.rules import load

_C = load("context")
_PLAIN_NOT_DATA = _C["plain_not_data"].regex
_LANGUAGE = _C["language_name"].regex
# "outperforms the ImageNet baseline by 2.1%", "the COCO model": the name says what a system was trained on
_SYSTEM_AFTER = regex.compile(r"\s(?:baselines?|models?|backbones?|teachers?)\b")
_BASELINE_AFTER = regex.compile(r"\s(?:baselines?|teachers?)\b")


def plain_name(d: str, text: str, a: int) -> bool:
    """Whether the plain capitalised word `d` at `a`, right after "on/in" and before "by/from N", is a
    data set's name ("improves accuracy on Belebele by 7.4 points"); not a sentence's first word."""
    return (
        " " not in d
        and NOT_DATASET.match(d) is not None
        and not (
            _PLAIN_NOT_DATA.match(d) or _LANGUAGE.match(d) or NOT_DATA_NAME.search(d) or METRIC.fullmatch(d)
        )
        and not (a > 1 and text[a - 2 : a] == ". ")
    )


def modifies_system(text: str, end: int) -> bool:
    """Whether the name ending at `end` is followed by a system noun it modifies."""
    return _SYSTEM_AFTER.match(text, end) is not None


def modifies_baseline(text: str, end: int) -> bool:
    """Whether the name ending at `end` modifies a compared system ("the ImageNet baseline"): no place
    even alone; "Our COCO models" are measured on COCO unless the sentence names another place."""
    return _BASELINE_AFTER.match(text, end) is not None


def not_system_modifiers(text: str, mentions: tuple[tuple[int, str], ...]) -> tuple[tuple[int, str], ...]:
    """The data set mentions that are places: one before a system noun only when no other is left."""
    kept = tuple((a, n) for a, n in mentions if not modifies_system(text, a + len(n)))
    return kept or tuple((a, n) for a, n in mentions if not modifies_baseline(text, a + len(n)))


# a data set written as the modifier of the metric that governs the value: "an MT-Bench score of 7.42",
# "raises the AlpacaEval 2.0 win rate from 24.6% to 33.0%", "MMLU accuracy decreases by only 1.2 points",
# "improves IFEval strict accuracy by 8.5 points"; not across "and", "while" ("MMLU accuracy and speed by 2x")
_OWNER_GOVERNS = regex.compile(
    rf"(?<![\w\-])(?P<d>{NAME}(?:\s\d{{1,2}}\.\d)?|[A-Z][a-z]{{2,}}[\w\-]*)\s(?:[a-z][\w\-]*\s){{0,2}}?"
    rf"(?:{METRIC.pattern})(?:\sof\s(?:the|our|its|their)\s[\w\-]+)?"
    r"\s(?:(?!(?:and|or|while|but|whereas|with|than|on|in|for)\s)[a-z]+\s){0,2}?(?:of|by|from|to|reaches|reached|is|was)\s"
    r"(?:(?:only|just|up\sto|about|around|nearly|roughly|over)\s)?(?:[+\-]?\d[\d.,]*\s?\\?%?\s(?:to|→|->)\s)?$"
)


def governing_owner(text: str, s_start: int, start: int) -> str | None:
    """The data set named as the modifier of the metric a value is governed by."""
    m = _OWNER_GOVERNS.search(text, max(s_start, start - 90), start)
    if m is None:
        return None
    d = m.group("d")
    return d if known_dataset(d) and is_dataset(d) and not METRIC.fullmatch(d) else None


# a name of plain title-case words that goes on with "in" and one more such word: "Labeled Faces in the Wild",
# "Moments in Time" (not "ImageNet in Table 2", "COCO in Detectron2": a name with an inner capital or a
# digit, or a section, a language or a tool after "in")
_PLAIN_WORDS = regex.compile(r"[A-Z][a-z]+(?:\s[A-Z][a-z]+)*")
_IN_WORD = regex.compile(r"\sin\s(?:the\s)?(?P<w>[A-Z][a-z]{2,})(?![\w\-])(?!\s[A-Z0-9])")


def name_goes_on(text: str, start: int, end: int) -> int:
    """The end of the name at text[start:end], taken on over an "in <Word>" that belongs to it."""
    if not _PLAIN_WORDS.fullmatch(text, start, end):
        return end
    m = _IN_WORD.match(text, end)
    if m is None or _PLAIN_NOT_DATA.match(m.group("w")) or _LANGUAGE.match(m.group("w")):
        return end
    return m.end()
