"""The metric of a value by its place in a list, split out of `metrics.py`: values listed after an earlier
list of as many values, each with its metric, take those metrics in order ("a 72% success rate and 63% SPL,
which is 5 points and 4 points above X": 5 points is the success rate's)."""

from __future__ import annotations

from functools import cache
from itertools import pairwise

import regex

from etl.extract.cues import METRIC
from etl.extract.kinds import Found

_R = cache(regex.compile)
# values listed after a list of values each with its metric: "a 72% success rate and 63% SPL, which is 5
# points and 4 points above X": the n-th value takes the n-th metric
_VALUE = r"[+\-]?\d[\d.]*\s?(?:\\?%(?:\{\})?|points?|pp)?"
_LIST_BEFORE = regex.compile(rf"(?:{_VALUE}(?:,\s(?:and\s)?|\sand\s))+$")
_LIST_AFTER = regex.compile(rf"(?:(?:,\s(?:and\s)?|\sand\s){_VALUE})+")
_VALUE_METRIC = regex.compile(rf"(?<![\w.])(?P<v>{_VALUE})\s(?P<m>{METRIC.pattern})")


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
    if len(pairs) != size and s_start > 0 and not METRIC.search(text, s_start, first):
        # the list the sentence before ends with: "95.7% UAS and 94.1% LAS on PTB. It outperforms X by 1.8%
        # and 2.2%" (the sentence itself names no metric before its values)
        pairs = list(_VALUE_METRIC.finditer(text, max(0, s_start - 200), s_start))[-size:]
        tail = text[pairs[-1].end() : s_start] if pairs else ""
        if _R(r"\d").search(tail):
            return None  # another value after the list: the list is not what the sentence ends on
    if len(pairs) != size or len({p.group("m").casefold() for p in pairs}) != size:
        return None
    if not all(_R(r",\s(?:and\s)?|\sand\s").fullmatch(text, a.end(), b.start()) for a, b in pairwise(pairs)):
        return None  # the metrics' own values are one list too
    return pairs[index].group("m")


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
_VALUE_SLOT = regex.compile(rf"\d(?:\\?%)?\s?\((?:{METRIC.pattern})\)")


def empty_slot(found: Found, text: str, s_start: int, s_end: int) -> bool:
    """Whether the value has its own bracketed metric slot that names no metric, in a sentence whose other
    values name theirs so ("56.50% (mIoU), 45.31% (mean ) and 33.34% ()": the math of the last two was lost,
    and their metric is not mIoU)."""
    m = _SLOT.match(text, found.end, s_end)
    if m is None or METRIC.search(m.group("l")):
        return False
    return _VALUE_SLOT.search(text, s_start, s_end) is not None
