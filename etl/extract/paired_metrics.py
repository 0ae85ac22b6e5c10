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
_VALUE = r"[+\-]?\d[\d.]*\s?(?:\\?%|points?|pp)?"
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
    if len(pairs) != size or len({p.group("m").casefold() for p in pairs}) != size:
        return None
    if not all(_R(r",\s(?:and\s)?|\sand\s").fullmatch(text, a.end(), b.start()) for a, b in pairwise(pairs)):
        return None  # the metrics' own values are one list too
    return pairs[index].group("m")
