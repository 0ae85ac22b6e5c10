"""The fixed phrase shapes that name a result's metric next to its value ("precision and recall of
89.3% and 89.8%", "the saving in power consumption is 20%", "3.2% more accurate", "76% scaling
efficiency", "an F1 score of 0.87", a quantity the lexicon lacks: "a detection rate of 89%"), and
`previous_metric`, the metric the sentence before reported.

Kept apart from `metrics.py` so that module holds only the order in which the places around a
number are tried; each shape here is a pattern or a small test with no search order of its own.
"""

from __future__ import annotations

import re
from functools import cache

import regex

from etl.extract.cost_metrics import QUAL_TAIL
from etl.extract.cues import METRIC
from etl.extract.kinds import Found
from etl.extract.phrases import GENERIC
from etl.extract.rules import load
from etl.records import Kind

__all__ = [
    "CHANGE_IN_IS",
    "METRIC_PAIR",
    "METRIC_SCAN",
    "MORE_QUALITY",
    "PEOPLE_WORD",
    "SHARE_NOUN",
    "SHARE_WHOLE",
    "last_metric_before",
    "metric_after_range",
    "previous_metric",
    "quantity_before",
]

_R = cache(regex.compile)
_C = load("context")
# METRIC under the stdlib engine, for whole-sentence scans (measured ~1.7x faster)
METRIC_SCAN = re.compile(METRIC.pattern)

# two metrics, then their two values in the same order: "an average precision and recall of 89.26% and
# 89.84%", "with mAP and NDS of 76.5% and 77.6%"; `v` is the first value when the number is the second
METRIC_PAIR = regex.compile(
    rf"(?P<a>{METRIC.pattern})\s(?:and|&)\s(?P<b>{METRIC.pattern})\s(?:of|at|=|:)\s?"
    r"(?P<v>[+\-]?\d[\d.]*\s?(?:\\?%)?,?\s(?:and|/)\s)?$"
)


# a change of a quantity, then "is" and the value: "the saving in power consumption is 20%", "the
# improvement of accuracy is 2.0%"
CHANGE_IN_IS = regex.compile(
    r"(?i)\b(?:savings?|reductions?|decreases?|improvements?|gains?|increases?|speed-?ups?|drops?)\s(?:in|of)\s"
    r"(?:the\s)?(?P<o>(?-i:[a-zA-Z][\w\-]*(?:\s(?!(?:is|are|was|were|of|for|on|in|by|with)\b)[a-zA-Z][\w\-]*){0,3}))"
    rf"\s(?:is|are|was|were)\s{QUAL_TAIL}(?:only\s)?$"
)


# the quality a gain is written as: "3.2% more accurate", "25% more similar to experts' feedback"
MORE_QUALITY = regex.compile(
    r"\s(?:more|less)\s(?P<o>" + _C["quality_adjective"].pattern + r"(?:\sto\s(?:the\s)?[a-z][\w'’\-]*"
    r"(?:\s(?!(?:than|compared|on|in|for|while|and|with|when|over)\b)[a-z][\w'’\-]*){0,3})?)(?![\w\-])"
)


# a share with its quantity written right after it: "100% utilization when", "76% scaling efficiency"
SHARE_NOUN = regex.compile(
    r"\s(?P<o>(?!(?:of|on|in|for|with|and|or|to|than|the|a|an|at|by|from|more|less|fewer|higher|lower|better|worse"
    r"|relative|absolute|improvement|gain|increase|respectively|over|compared|while|when|after|before|faster|slower"
    r"|smaller|larger|times|points?|percent|percentage|as|across|which|that|is|are|was|were|using|under|without"
    r"|within|among|between|per|if|whereas|this|those|these|its|their|our|vs|versus)\b)[a-z][\w\-]*(?<!-)"
    r"(?:\s(?!(?:of|on|in|for|with|and|or|to|than|the|at|by|from|when|while|compared|over|across|using|under|after"
    r"|before|per|respectively|is|are|was|were|which|that|as|vs|versus)\b)[a-z][\w\-]*(?<!-)){0,2})"
    r"(?=\s(?:on|in|for|with|when|while|compared|over|across|using|under|after|before|than|and|at|by)\b|[,.;)]|$)"
)


# the whole a share is of, when the sentence names no metric: "rejects 64% of malicious requests", "at
# least 85% of the maximum achievable throughput", "65% and 73% of harmful queries" (a value list shares
# it); not people ("of participants") nor how often ("of the time"), which have their own readings
SHARE_WHOLE = regex.compile(
    r"(?:(?:,\s(?:and\s|or\s)?|\s(?:and|or)\s)[+\-]?\d[\d.]*\s?\\?%)*"
    r"\s?of\s(?:the\s|all\s)*(?P<o>(?!(?:the|a|an|all|its|their|our|his|her|them|these|those|this|that|which|time"
    r"|cases|times)\b)[a-z][\w\-]*(?<!-)"
    r"(?:\s(?!(?:of|on|in|for|with|and|or|to|than|the|at|by|from|when|while|compared|over|across|using|under|after"
    r"|before|per|respectively|is|are|was|were|which|that|as|vs|versus|without|within|yielding|leading|resulting"
    r"|achieving|while)\b)[a-z][\w\-]*(?<!-)){0,3})(?![\w\-])"
)


# a share of people is how many of them did something, not a metric: "80% of top human competitors"
PEOPLE_WORD = _C["people_word"].regex


_HAS_VALUE = re.compile(r"\d\s?(?:\\?%|points?\b|pp\b)|\d\.\d")


_PEOPLE_SHARE = regex.compile(
    r"\s?of\s(?:the\s|all\s)?(?:[a-z]+\s)?(?:participants|users|raters|annotators|respondents|people|subjects|evaluators"
    r"|judges|humans|experts|clinicians|doctors|students|workers)\b"
)


def previous_metric(found: Found, text: str, p_start: int, p_end: int) -> str | None:
    """For a score or gain whose sentence names no metric at all: the last metric the sentence
    before reported a value in ("... reaches 94.5% accuracy on X. On Y, we outperform prior work by
    5.6%"); not a generic word ("performance")."""
    if found.kind not in (Kind.SCORE, Kind.IMPROVEMENT) or not _HAS_VALUE.search(text, p_start, p_end):
        return None
    if _R(r"\s?of\sthe\s(?:time|cases)\b").match(text, found.end):
        return None  # "better quality 34% of the time": a frequency, not the metric reported before
    if _PEOPLE_SHARE.match(text, found.end):
        return None  # "15.28% of participants indicated ...": a share of people, not the metric before
    last = None
    for last in METRIC_SCAN.finditer(text, p_start, p_end):  # noqa: B007 - the last one
        pass
    if last is None or GENERIC.fullmatch(_R(r"(?i)^(?:absolute|relative)\s").sub("", last.group(0))):
        return None
    return last.group(0)


_TO_VALUE = regex.compile(r"\s?to\s[~≈]?\s?\d[\d.]*\s?(?:\\?%)?")


def metric_after_range(right: str) -> bool:
    """Whether a metric is named right after a value or after its range's end ("from 8.3 to 1.4 BLEU")."""
    if METRIC.match(right.lstrip()):
        return True
    m = _TO_VALUE.match(right)
    return m is not None and METRIC.match(right[m.end() :].lstrip()) is not None


# up to four words, then "of"/"is" and the value: "a desirable detection rate of 89.3%", "the profiling
# overhead is only 1.1%"; what follows the last function word or verb of result is the quantity
_WORDS_OF = regex.compile(
    r"(?<![\w\-'’])(?P<w>(?:[A-Za-z][\w\-]*\s){1,4})(?:of|is|was)\s"
    r"(?:just\s|only\s|about\s|around\s|approximately\s|nearly\s|roughly\s|over\s)?\(?$"
)
# the same with the data set it is measured on between: "its false refusal rate on XSTest is 4.2%"
_WORDS_ON_DATA_OF = regex.compile(
    r"(?<![\w\-'’])(?P<w>(?:[A-Za-z][\w\-]*\s){1,4}?)(?:on|in)\s(?:the\s)?[A-Z][\w.\-]*(?:\s[A-Z\d][\w.\-]*)?\s"
    r"(?:of|is|was)\s(?:just\s|only\s|about\s|around\s|approximately\s|nearly\s|roughly\s|over\s)?\(?$"
)
_NOT_QUANTITY = regex.compile(
    _C["not_label"].pattern
    + r"|\b(?:has|have|had|is|are|was|were|incurs?|shows?|gives?|exhibits?|while|whereas|that"
    r"|which|where|when|if|because|since|indicates?|suggests?)\s"
)
_VALUE_ADJECTIVE = regex.compile(r"^(?:" + _C["value_adjective"].pattern + r"\s)+")
# a word that is no quantity on its own: "an average of 83%", "a total of 12", "state-of-the-art results of"
_BARE_WORD = _C["bare_quantity_word"].regex
_NOT_HEAD = _C["not_quantity_head"].regex
# a preposition before the words: the quantity is another's argument ("the correlation ... of heart rate
# was 0.99", "the best accuracy for emotion recognition is 93.3%")
_ARGUMENT_OF = regex.compile(r"(?i)(?:of|between|for|in|on|to|from|by|than|at)\s")


def quantity_before(left: str) -> str | None:
    """A quantity the metric lexicon does not know, written right before "of"/"is" and a score: "a
    desirable detection rate of 89.3%" -> "detection rate", "an area overhead of just 3.8%", also with
    its data set between ("its false refusal rate on XSTest is 4.2%"); not a
    quantity that is another's argument ("the correlation ... of heart rate was 0.99"), not a generic
    word ("competitive performance of 81%": the lexicon's own fallback keeps that)."""
    m = _WORDS_OF.search(left[-60:])
    if m is None or _ARGUMENT_OF.search(m.group("w")):
        m = _WORDS_ON_DATA_OF.search(left[-80:]) or m
    if m is None:
        return None
    words = m.group("w")
    cut = None
    for cut in _NOT_QUANTITY.finditer(words):  # noqa: B007 - the last one
        pass
    if cut is not None and _ARGUMENT_OF.fullmatch(cut.group(0)):
        return None
    np = _VALUE_ADJECTIVE.sub("", words[cut.end() if cut else 0 :]).strip()
    if (
        not np
        or not all(w[0].islower() for w in np.split())  # "mean IOU value of", "new SOTA results of"
        or _BARE_WORD.fullmatch(np)
        or _NOT_HEAD.search(np)
        or GENERIC.fullmatch(np)
        or METRIC.search(np)
    ):
        return None
    return np


_METRIC_THEN = regex.compile(
    r"(?i)\s?(?:scores?\s)?(?:(?:of|=|:|is|was|reaches|reaching|to)\s?(?:a\s|an\s|about\s|around\s)?\(?)?"
)


def last_metric_before(left: str) -> tuple[str, bool] | None:
    """A metric written just before the number: "an F1 score of 0.87", "BLEU: 28.4", "FID 9.58";
    and whether a word ("of", ":") links it to the number."""
    window = left[-60:]
    last = None
    for last in METRIC_SCAN.finditer(window):  # noqa: B007 - the last one
        pass
    if last is None:
        return None
    name = last.group(0)
    if GENERIC.fullmatch(name):
        owner = _SCORE_OWNER.search(window, 0, last.start()) if name.casefold() == "score" else None
        if owner is None or not _SCORE_OWNER_WORD.fullmatch(owner.group("w")):
            return None
        name = owner.group("w") + " " + name  # "a driving score of 78.4", "a GLUE score of 82.9"
    link = window[last.end() :]
    return (name, bool(link.strip())) if _METRIC_THEN.fullmatch(link) else None


_SCORE_OWNER = regex.compile(r"(?<![\w\-'’])(?P<w>[\w\-]+)\s$")
_SCORE_OWNER_WORD = _C["score_owner"].regex
