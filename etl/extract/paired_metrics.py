"""The metric of a value by its place in a list, split out of `metrics.py`: values listed after an earlier
list of as many values, each with its metric, take those metrics in order ("a 72% success rate and 63% SPL,
which is 5 points and 4 points above X": 5 points is the success rate's)."""

from __future__ import annotations

from functools import cache
from itertools import pairwise

import regex

from etl.extract.cues import COST, METRIC
from etl.extract.kinds import Found, Kind

_R = cache(regex.compile)
# values listed after a list of values each with its metric: "a 72% success rate and 63% SPL, which is 5
# points and 4 points above X": the n-th value takes the n-th metric
_VALUE = r"[+\-]?\d[\d.]*\s?(?:\\?%(?:\{\})?|points?|pp)?"
_LIST_BEFORE = regex.compile(rf"(?:{_VALUE}(?:,\s(?:and\s)?|\sand\s))+$")
_LIST_AFTER = regex.compile(rf"(?:(?:,\s(?:and\s)?|\sand\s){_VALUE})+")
_VALUE_METRIC = regex.compile(rf"(?<![\w.])(?P<v>{_VALUE})\s(?P<m>{METRIC.pattern})")
# what makes a sentence measure something of its own, so that the list of the sentence before does not
# carry over: a cost or quality noun ("reduces its size by 20% and 35%", "its robustness improves by ..."),
# or its own list of places the values pair with ("by 4.2% and 3.1% on French and German")
_OWN_MEASURE = regex.compile(r"(?i)\b(?:robust\w*|size|quality|stability|fairness|calibration)\b")
_OWN_PLACES = regex.compile(r"(?i)\s(?:on|in|for|across|under)\s[^.;,]{1,40}?(?:,\s[^.;,]{1,40}?)*,?\sand\s")
# the end of the clause the values stand in: "by 1.8% and 2.2%---and comparable to X, which achieves 95.8%
# UAS" names its metrics in another clause
_CLAUSE_END = regex.compile(r"[.;,:]\s|---?|\s-\s|\.?$")


def paired_metric(found: Found, text: str, s_start: int) -> str | None:
    """The metric of the value's place in a list, when an earlier list of as many values names one
    metric each, in order ("a 72% success rate and 63% SPL, ... 5 points and 4 points above X")."""
    lo = max(s_start, found.start - 160)
    before = _LIST_BEFORE.search(text, max(lo, found.start - 60), found.start)
    after = _LIST_AFTER.match(text, found.end, found.end + 60)
    if not (before or after):
        return None
    first = before.start() if before else found.start
    index = len(regex.findall(r"\d[\d.]*", before.group(0))) if before else 0
    size = index + 1 + (len(regex.findall(r"\d[\d.]*", after.group(0))) if after else 0)
    pairs = list(_VALUE_METRIC.finditer(text, lo, first))[-size:]
    if len(pairs) != size and s_start > 0 and _carries_over(found, text, s_start, after):
        # the list the sentence before ends with: "95.7% UAS and 94.1% LAS on PTB. It outperforms X by 1.8%
        # and 2.2%" (the sentence itself names no metric, cost or places of its own)
        pairs = list(_VALUE_METRIC.finditer(text, max(0, s_start - 200), s_start))[-size:]
        tail = text[pairs[-1].end() : s_start] if pairs else ""
        if _R(r"\d").search(tail):
            return None  # another value after the list: the list is not what the sentence ends on
    if len(pairs) != size or len({p.group("m").casefold() for p in pairs}) != size:
        return None
    if not all(_R(r",\s(?:and\s)?|\sand\s").fullmatch(text, a.end(), b.start()) for a, b in pairwise(pairs)):
        return None  # the metrics' own values are one list too
    return pairs[index].group("m")


def _carries_over(found: Found, text: str, s_start: int, after: regex.Match | None) -> bool:
    """Whether a gain or score whose clause names nothing it measures may take the metrics of the sentence
    before ("It outperforms X by 1.8% and 2.2%."; not "... by 1.8% and 2.2% in LAS", nor a cost)."""
    if found.kind not in (Kind.IMPROVEMENT, Kind.SCORE):
        return False  # a speedup or a cut is no gain in the metrics listed before
    tail = after.end() if after else found.end
    if text.startswith(" of ", tail):
        return False  # "preferred it in 61% and 70% of cases": shares of something else
    end = _CLAUSE_END.search(text, tail).start()
    if METRIC.search(text, s_start, end) or COST.search(text, s_start, end):
        return False
    if _OWN_MEASURE.search(text, s_start, end):
        return False
    return _OWN_PLACES.match(text, tail, end) is None


# values and their metrics written as two slash lists: "0.587/0.812 PSDS1/PSDS2", "41.2/58.9 AP/AP50"
_SLASH_VALUES = regex.compile(rf"(?:{_VALUE}\s?/\s?)*$")
_SLASH_AFTER = regex.compile(rf"(?:\s?/\s?{_VALUE})*")
_SCORE_WORD = regex.compile(
    r"\s(?i:scores?|metrics?|ratings?)$"
)  # shared by the whole list: "PSDS1/PSDS2 scores"
_SLASH_METRICS = regex.compile(
    rf"\s?(?<=\s)(?P<ms>(?:{METRIC.pattern})(?:\s?/\s?(?:{METRIC.pattern}))+)(?![\w/])"
)


def slash_metric(found: Found, text: str, s_start: int) -> str | None:
    """The metric of a value in a slash list followed by a slash list of as many metrics: the n-th value
    takes the n-th ("0.587/0.812 PSDS1/PSDS2 scores": 0.812 is PSDS2), or None."""
    before = _SLASH_VALUES.search(text, max(s_start, found.start - 60), found.start)
    after = _SLASH_AFTER.match(text, found.end)
    index = len(regex.findall(r"\d[\d.]*", before.group(0))) if before and before.group(0) else 0
    rest = len(regex.findall(r"\d[\d.]*", after.group(0))) if after and after.group(0) else 0
    if index + rest == 0:
        return None
    m = _SLASH_METRICS.match(text, after.end() if after else found.end)
    names = [n.strip() for n in regex.split(r"\s?/\s?", _SCORE_WORD.sub("", m.group("ms")))] if m else []
    if len(names) != index + rest + 1 or any(not METRIC.fullmatch(n) for n in names):
        return None
    return names[index]


# a value with its metric in brackets right after it: "56.50% (mIoU)"; the slot may have lost its math ("(mean )")
_SLOT = regex.compile(r"\s?\((?P<l>[^()\d]{0,16})\)")
# blank, or a lone metric prefix left by lost math; "(single model)", "(ours)", "(test)" label the system
# or the split, not the metric
_EMPTY_SLOT = regex.compile(r"(?i)\s*(?:mean|average|avg\.?|macro|micro|weighted|top|)\s*")
_VALUE_SLOT = regex.compile(rf"\d(?:\\?%)?\s?\((?:{METRIC.pattern})\)")


def empty_slot(found: Found, text: str, s_start: int, s_end: int) -> bool:
    """Whether the value has its own bracketed metric slot that names no metric, in a sentence whose other
    values name theirs so ("56.50% (mIoU), 45.31% (mean ) and 33.34% ()": the math of the last two was lost,
    and their metric is not mIoU)."""
    m = _SLOT.match(text, found.end, s_end)
    if m is None or not _EMPTY_SLOT.fullmatch(m.group("l")):
        return False
    return _VALUE_SLOT.search(text, s_start, s_end) is not None
