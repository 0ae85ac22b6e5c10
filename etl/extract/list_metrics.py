"""The metric of a value by its place in a list, when the list's grammar says which metric it is:
items that each name their metric before "by" ("inform rate by 8.1 points, success rate by 9.7 points"),
values compared in order after values that each named their metric ("a success rate of 62% and an SPL of
0.41, compared with 35% and 0.19 for X"), later members of a list opened by one metric ("P@20 of 72.9% and
54.1% and MRR@20 of ..."), slash lists under slash metric names ("ROUGE-1/2/L of 45.2/18.6/41.0").
Each reads a bounded window before the value (at most 200 characters); a slash list also reads up to 60
characters after it, to reach the rest of the list's values."""

from __future__ import annotations

import regex

from etl.extract.cues import METRIC

__all__ = ["elliptic_cutoff", "list_metric"]

_VALUE = r"[+\-]?\d[\d.]*\s?(?:\\?%|points?|pp)?"
_SEP = r"(?:,\s(?:and\s)?|\sand\s|/)"  # "/": "a global accuracy of 0.9697/0.9722"
# the words that open a compared list: "compared with 35% and 0.19 for X", "versus 8.22 and 21.7 for Y",
# "outperforming X (2.4% and 0.62, respectively)"
_COMPARED_LIST = regex.compile(
    rf"(?i)\b(?:compared\s(?:to|with)|versus|vs\.?|against|as\sopposed\sto"
    rf"|(?:outperform|surpass)\w*\s[^(),;]{{1,40}}?\s\()\s?(?:only\s|just\s)?"
    rf"(?P<list>(?:{_VALUE}{_SEP})*)$"
)
_MORE_VALUES = regex.compile(rf"(?:{_SEP}{_VALUE})*")
# a metric and its own value before the comparison: "a success rate of 62%", "an FID of 11.3", "88.2 F1"
_METRIC_VALUE = regex.compile(
    rf"(?P<m>{METRIC.pattern})\s(?:of|is|was|at|=|:)\s(?:about\s|around\s|~)?(?P<v>{_VALUE})(?![\d.,]?\d)"
    rf"|(?<![\w.])(?P<v2>{_VALUE})\s(?P<m2>{METRIC.pattern})"
)
# a later member of a list the metric opened: "P@20 of 72.9% and 54.1%", "F1 scores of 0.92, 0.88 and 0.85",
# "overall accuracies of 96.4% on A and 98.9% on B"
_OPENED_LIST = regex.compile(
    rf"(?P<m>{METRIC.pattern})\s(?:(?:of|are|were|reach(?:es|ing)?)\s)(?:{_VALUE}(?:\s\([^()]{{1,30}}\))?"
    rf"(?:\s(?:on|in)\s[^,;()\d]{{1,40}}?)?{_SEP})+$"
)
# metric names shared out by slashes, then as many values: "ROUGE-1/2/L scores of 45.2/18.6/41.0"
_SLASH_METRICS = regex.compile(
    r"(?<![\w\-])(?P<names>[A-Za-z][\w\-@]*(?:/[\w\-@]+)+)\s(?:(?:scores?|results?|values?)\s)?"
    r"(?:(?:of|are|were|reach(?:es|ing)?|=|:)\s)?(?P<vals>\d[\d.]*(?:/\d[\d.]*)+)"
)


# an item of a "M1 by a, M2 by b, and M3 by c" list: the words right before its "by", after the punctuation
# that opens the item and its article ("the success rate by 9.7 points" is success rate); not a verb
# phrase: ", and reduces latency by 20%", ", and improves accuracy by 2 points" are read elsewhere
_BY_ITEM = regex.compile(
    r"(?:[:;,]\s(?:and\s)?)(?:(?:the|its|their|our)\s)?(?!(?:and|or|the|an?)\s)"
    r"(?!(?:[\w\-@]+\s){0,3}?(?:improv|increas|reduc|lower|rais|boost|decreas|cut|speed|enhanc|outperform)\w*\s)"
    r"(?P<m>[A-Za-z][\w\-@]*(?:\s[A-Za-z][\w\-@]*){0,3}?)\sby\s(?:(?:up\sto|about|around|nearly|over)\s)?$"
)
_BY_NEXT = regex.compile(
    r"(?:\s?(?:\\?%|points?|pp))?,\s(?:and\s)?(?P<m>[A-Za-z][\w\-@]*(?:\s[A-Za-z][\w\-@]*){0,3}?)\sby\s[+\-]?\d"
)
_BY_BEFORE = regex.compile(
    r"(?P<m>[A-Za-z][\w\-@]*(?:\s[A-Za-z][\w\-@]*){0,3}?)\sby\s[+\-]?\d[\d.]*\s?(?:\\?%|points?|pp)?,\s(?:and\s)?$"
)


def _by_item(text: str, lo: int, start: int, end: int) -> str | None:
    """The metric an item of a "M1 by a, M2 by b" list names before its "by", when a neighbouring item
    has the same shape and one of the two is a known metric."""
    item = _BY_ITEM.search(text, max(lo, start - 60), start)
    if item is None:
        return None
    nxt = _BY_NEXT.match(text, end, end + 60)
    prev = _BY_BEFORE.search(text, max(lo, item.start("m") - 60), item.start("m"))
    other = nxt or prev
    if other is None or not (METRIC.search(item.group("m")) or METRIC.search(other.group("m"))):
        return None
    return item.group("m")


def _name_list(names: str) -> list[str]:
    """Slash names written out: "ROUGE-1/2/L" -> ROUGE-1, ROUGE-2, ROUGE-L; "P/R/F1" as they are."""
    parts = names.split("/")
    first = parts[0]
    if "-" in first and all(len(p) <= 2 and "-" not in p for p in parts[1:]):
        stem = first.rsplit("-", 1)[0] + "-"
        return [first] + [stem + p for p in parts[1:]]
    return parts


def _pair_metric(m: regex.Match) -> str:
    return m.group("m") or m.group("m2")


def list_metric(text: str, s_start: int, start: int, end: int) -> str | None:
    """The metric of the value at text[start:end] by its place in a list, or None."""
    lo = max(s_start, start - 200)
    slash = _slash_metric(text, lo, start, end)
    if slash:
        return slash
    by = _by_item(text, lo, start, end)
    if by:
        return by  # "inform rate by 8.1 points, success rate by 9.7 points"
    cmp = _COMPARED_LIST.search(text, max(lo, start - 80), start)
    if cmp:
        index = len(regex.findall(r"\d[\d.]*", cmp.group("list")))
        more = _MORE_VALUES.match(text, end, end + 60)
        size = index + 1 + len(regex.findall(r"\d[\d.]*", more.group(0)))
        pairs = list(_METRIC_VALUE.finditer(text, lo, cmp.start()))
        names = [_pair_metric(p) for p in pairs[-size:]]
        if len(names) == size and len({n.casefold() for n in names}) == size:
            return names[index]
        return None
    opened = _OPENED_LIST.search(text, max(lo, start - 80), start)
    if opened and not METRIC.match(text[end : end + 40].lstrip()):
        return opened.group("m")  # not "accuracy of 90% and 85% F1": that value names its own
    return None


def _slash_metric(text: str, lo: int, start: int, end: int) -> str | None:
    """The k-th slash name for the k-th slash value; with fewer names than values, only the values the
    names reach ("ROUGE-1/2 of 44.1/20.3/40.7": 40.7 is not said); with more names, none (which is left
    out is not said)."""
    for m in _SLASH_METRICS.finditer(text, lo, min(len(text), end + 60)):
        if not m.start("vals") <= start < m.end("vals"):
            continue
        vals = m.group("vals").split("/")
        names = _name_list(m.group("names"))
        index = text[m.start("vals") : start].count("/")
        if len(names) <= len(vals):
            return names[index] if index < len(names) else None
    return None


# a metric with a cutoff, then a bracketed second value of the same head: "4.9% top-5 validation error (and
# 4.8% test error)": the bracket leaves out the cutoff its antecedent gave
_CUTOFF_BEFORE = regex.compile(
    r"(?P<k>(?i:top)-?\d+)\s(?:[\w\-]+\s){0,2}?(?P<h>[A-Za-z][\w\-]*)\s\((?:and|or|vs\.?|with)\s(?:only\s)?$"
)


def elliptic_cutoff(metric: str, text: str, s_start: int, start: int) -> str:
    """`metric` with the cutoff ("top-5") of the antecedent a bracketed conjunct leaves out, when both
    share their head noun; else `metric` unchanged."""
    m = _CUTOFF_BEFORE.search(text, max(s_start, start - 80), start)
    if (
        m is None
        or "top" in metric.casefold()
        or metric.rsplit(" ", 1)[-1].casefold() != m.group("h").casefold()
    ):
        return metric
    return f"{m.group('k')} {metric}"
