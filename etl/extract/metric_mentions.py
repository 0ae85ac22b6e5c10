"""Where a sentence names metrics: every mention, scanned once per sentence and shared by its
numbers (`metric_in`), the mention nearest a number, a metric named by the word "metric" ("on the mIoU
metric"), and the modifiers a mention is widened with ("length-controlled win rate").

Kept apart from `metrics.py`, which holds the order in which the places around a number are tried;
these are the sentence-wide fallbacks it ends with.
"""

from __future__ import annotations

import re
from functools import lru_cache

import regex

from etl.extract.kinds import Found
from etl.extract.metric_phrases import METRIC_SCAN
from etl.extract.phrases import GENERIC, METRIC_PAREN
from etl.extract.rules import load

__all__ = ["labelled_metric", "metric_in", "nearest_metric", "widen"]


# METRIC_PAREN under the stdlib engine, for whole-sentence scans (measured ~1.7x faster)
_METRIC_PAREN_SCAN = re.compile(METRIC_PAREN.pattern)


# "full precision", "mixed precision": a number format, not the metric precision
_NUMBER_FORMAT = re.compile(
    r"(?i)\b(?:full|half|mixed|single|double|numerical|arithmetic|floating-point)[\s\-]$"
)


@lru_cache(maxsize=32)
def _mentions(text: str, s_start: int, s_end: int) -> tuple[tuple[tuple[int, int, str, bool], ...], ...]:
    """(start, end, name, generic) of every metric a sentence names: spelled-out ones with their
    acronym first, then plain ones. Scanned once per sentence, shared by its numbers."""
    return tuple(
        tuple(
            (
                mm.start(),
                mm.end(),
                mm.group(0),
                pat is METRIC_SCAN and GENERIC.fullmatch(mm.group(0)) is not None,
            )
            for mm in pat.finditer(text, s_start, s_end)
            if not (
                mm.group(0).casefold() == "precision"
                and _NUMBER_FORMAT.search(text, max(s_start, mm.start() - 16), mm.start())
            )
        )
        # a spelled-out metric has its acronym in brackets ("Word Error Rate (WER)"): no "(", no scan
        if pat is METRIC_SCAN or text.find("(", s_start, s_end) >= 0
        else ()
        for pat in (_METRIC_PAREN_SCAN, METRIC_SCAN)
    )


_VERB_SCORES = regex.compile(r"scores?")
# a metric written right after a value, with at most a comparative between: that value's metric; a
# digit ending a name ("a C4 perplexity of") is no value
_AFTER_VALUE = regex.compile(
    r"(?<![A-Za-z\-])\d\s?(?:\\?%|points?|pp|x|×|times)?\}?\s(?:(?:lower|higher|better|worse|fewer|less|more|absolute|relative)\s)?$"
)
_PRONOUN_BEFORE = regex.compile(r"\b(?:[Ii]t|[Tt]hey|which|that|who)\s$")


def nearest_metric(found: Found, text: str, s_start: int, s_end: int, named: bool) -> str | None:
    """The metric mentioned nearest the number (`named`: no generic word such as "performance");
    a spelled-out metric with its acronym comes before a plain one."""
    best, dist = None, 10**9
    for mentions in _mentions(text, s_start, s_end):
        for a, b, name, generic in mentions:
            if named and generic:
                continue
            if (
                generic
                and _VERB_SCORES.fullmatch(name)
                and _PRONOUN_BEFORE.search(text, max(s_start, a - 8), a)
            ):
                continue  # "It scores 78.5": the verb, not a metric
            d = a - found.end if a >= found.end else found.start - b + 5
            if a < found.start and _AFTER_VALUE.search(text, max(s_start, a - 30), a):
                d += 200  # "9% lower PA-MPJPE and 29% lower acceleration error": PA-MPJPE is 9%'s
            if d < dist:
                best, dist = name, d
        if best:
            break
    return best


# a metric named by the word "metric": "on the mIoU metric", "under the nDCG@10 metric"
_NAMED_METRIC = regex.compile(
    r"\b(?:on|in|under|by|using|with|for)\s(?:the\s)?(?P<m>[\w@\-]*[A-Z@\d][\w@\-]*)\smetrics?\b"
)


def labelled_metric(text: str, s_start: int, s_end: int) -> str | None:
    """A metric named by the word "metric" in the sentence ("by 4.2 and 3.1 on the mIoU metric")."""
    named = _NAMED_METRIC.search(text, s_start, s_end) if "metric" in text[s_start:s_end] else None
    return named.group("m") if named else None


# the word right before a metric, kept when `_modifies` says it is part of the name
_MODIFIER = regex.compile(r"(?<![\w\-])(?P<w>[\w\-]+)\s$")
_HYPHEN_OR_ION = regex.compile(r"[a-z][a-z]*-[a-z0-9][\w\-]*|[a-z]{3,}ion")
_MODIFIER_WORD = load("context")["metric_modifier"].regex
# modifier words that cannot open a metric on their own ("exact set match accuracy", not "set accuracy")
_BOUND_MODIFIER = regex.compile(r"(?i)(?:set|match)\s")
# a metric acronym before "accuracy" is the metric the accuracy is measured in: "a mIoU accuracy of 47.8%"
_ACRONYM_BEFORE = regex.compile(r"(?i:acc\.?|accuracy|accuracies)")
_NOT_MODIFIER = regex.compile(
    r"(?i)(?:improved|achieved|obtained|reported|reached|attained|increased|reduced|based)$|state-of|so-called"
    r"|well-known|best-in|near-|human-level|high-|low-|on-par|sota-|(?:m|b|tr|z)illion$"
)


# a value followed by its own "on/in <modifiers>" phrase up to the metric's mention
_OWN_METRIC_AFTER = regex.compile(r"[^\s,;]+\s(?:on|in)\s(?:the\s|its\s)?(?:[\w\-]+\s){0,3}")


def widen(metric: str, text: str, s_start: int, s_end: int, start: int) -> str:
    """Add up to three modifiers written right before the metric's nearest mention."""
    i = text.rfind(metric, s_start, start)
    j = text.find(metric, start, s_end)
    if j >= 0 and (i < 0 or j - start < start - i or _OWN_METRIC_AFTER.fullmatch(text, start, j)):
        i = j  # "by 5.7% on EM accuracy and 6.6% on execution accuracy": the value's own "on" phrase
    if i < 0 or (GENERIC.fullmatch(metric) and (i - start > 60 or start - i > 80)):
        return metric  # a generic word far from the number: its modifiers may be another clause's
    plain = metric
    for _ in range(3):
        m = _MODIFIER.search(text, max(s_start, i - 30), i)
        if m is None or _NOT_MODIFIER.match(m.group("w")) or not _modifies(m.group("w"), metric):
            break
        metric, i = m.group("w") + " " + metric, m.start("w")
    while metric != plain and _BOUND_MODIFIER.match(metric):
        metric = metric.split(" ", 1)[1]  # "training set accuracy": "set" is only a modifier with its own
    return metric


def _modifies(word: str, metric: str) -> bool:
    """Whether a word right before a metric is part of its name: a hyphenated or -ion word ("fine-tuning",
    "classification"), a word of the modifier lexicon, or a metric acronym before "accuracy"."""
    if _MODIFIER_WORD.match(word) or _HYPHEN_OR_ION.fullmatch(word):
        return True
    return bool(_ACRONYM_BEFORE.fullmatch(metric) and METRIC_SCAN.fullmatch(word) and not word.islower())


# "scores" as a system's verb, right before its value: "GPT-4o scores 88.2% in English", "it scored 71"
_SCORES_AS_VERB = regex.compile(r"(?:scores|scored)\s(?:only\s|about\s|around\s|over\s|nearly\s)?[+\-~]?\d")
_SYSTEM_BEFORE = regex.compile(r"(?:[A-Z][\w.\-]*|\b(?:[Ii]t|[Tt]hey|model|system|method|agent))\s$")


def metric_in(text: str, s_start: int, s_end: int) -> bool:
    """Whether a sentence names any metric, a generic one ("performance") included; "scores" as a
    system's verb ("GPT-4o scores 88.2%") names none, so the metric the sentence before set carries."""
    for mentions in _mentions(text, s_start, s_end):
        for a, _, _, generic in mentions:
            if not (
                generic
                and _SCORES_AS_VERB.match(text, a, s_end)
                and _SYSTEM_BEFORE.search(text, max(s_start, a - 40), a)
            ):
                return True
    return False
