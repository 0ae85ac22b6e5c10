"""Context fields of a result: metric, dataset, model and baseline, as written in the abstract.

Each field is looked for from the number outwards: the words right after it, its clause,
its sentence, then (dataset only) what an earlier sentence set. The proposed method's name
(title prefix "Name: ...", "(ACRONYM)" in the title, or "we propose Name") stands in for
"our method". A field is left empty when nothing in the sentence names it.

This module finds the metric; `datasets.py` the data set, `names.py` the model, the baseline
and the proposed method's name. The functions core.py calls are all reachable from here.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

import regex

from etl.extract.cues import COST, METRIC, STOP
from etl.extract.datasets import dataset_for, pipe_partner, respectively, sentence_dataset, unnamed_data
from etl.extract.kinds import Found
from etl.extract.measured import PHYS_UNIT
from etl.extract.names import baseline_for, model_for, new_subject, proposed_names
from etl.extract.phrases import AND_BY, BASELINE_LIKE, GENERIC, METRIC_PAREN, NAME, clean_metric
from etl.records import Kind

__all__ = [
    "baseline_for",
    "dataset_for",
    "metric_for",
    "model_for",
    "new_subject",
    "pipe_partner",
    "proposed_names",
    "respectively",
    "sentence_dataset",
    "unnamed_data",
]

_R = cache(regex.compile)
_QUAL_TAIL = (
    r"(?:(?:up\sto|over|about|around|nearly|almost|more\sthan|less\sthan|at\sleast|roughly|~|sim)\s?)?"
)
_VERB_OBJECT = regex.compile(
    rf"(?i)\b(?:reduc\w*|cut\w*|sav\w*|lower\w*|decreas\w*|speed\w*\sup|accelerat\w*|compress\w*|shrink\w*)"
    rf"\s(?P<o>[^,;]{{2,60}}?)\s(?:by|to)\s(?:(?:a\s)?factors?\sof\s)?{_QUAL_TAIL}[(\[]?$"
)
_GAIN_OBJECT = regex.compile(
    rf"(?i)\b(?:improv\w*|boost\w*|increas\w*|enhanc\w*|rais\w*|reduc\w*|lift\w*|cut\w*|lower\w*|decreas\w*|higher|greater"
    rf"|better)\s(?P<o>[^,;]{{2,60}}?)"
    rf"\s(?:by|to)\s{_QUAL_TAIL}[(\[]?$"
)
# "the model size decreases by 20%", "the accuracy is increased by 1%": the subject changes
_SUBJECT_VERB = regex.compile(
    rf"(?i)(?:^|[,;]\s(?:and\s|but\s|while\s)?|\b(?:and|while|where|when|but)\s)(?:the\s|its\s|their\s|our\s)?"
    rf"(?P<o>[^,;]{{2,50}}?)\s(?:is\s|are\s|was\s|were\s)?"
    rf"(?:decreas\w*|drops?|dropped|falls?|fell|reduced|shrinks?|shrank|increas\w*|improved|improves|rises?|rose|grows?|grew)"
    rf"\sby\s{_QUAL_TAIL}[(\[]?$"
)
_NOUN_OBJECT = regex.compile(
    r"^\s*(?:[\w\-]+\s){0,3}?(?:improvement|increase|gain|boost|enhancement|drop|reduction|decrease|degradation)s?"
    r"\s(?:in|of|on)\s(?:terms\sof\s)?(?P<o>.{2,60})"
)
_CUE_WORDS = regex.compile(
    r"(?i)\b(?:reduction|reductions|speed-?ups?|faster|less|lesser|fewer|smaller|compression|savings?|lower"
    r"|acceleration|higher|improvements?|gains?)\b"
)
_NOT_LABEL = regex.compile(
    r"(?i)\b(?:between|and|or|of|for|with|than|to|from|by|on|in|the|a|an|our|their|its|outperform\w*|surpass\w*"
    r"|achiev\w*|obtain\w*|reach\w*|beat\w*|exceed\w*|improv\w*|report\w*|yield\w*|attain\w*)\s"
)
_SYSTEM_LABEL = regex.compile(
    r"(?i)(?:^|\s)(?:systems?|models?|methods?|baselines?|humans?|people|annotators|experts|LLMs?|approaches|ours)$"
)
_LABEL_PAREN = regex.compile(
    r"(?:(?i:improvements?|enhancements?|gains?|increases?|reductions?|decreases?)\s(?:in|of)\s)?"
    r"(?P<m>(?:[A-Za-z][\w'\-]*\s){0,2}[A-Za-z][\w'\-]*)\s\(\s?$"
)
_BEFORE_GAIN = regex.compile(
    r"\s(?P<m>(?:[\w\-@]+\s){1,3}?)(?:(?:average|absolute|relative|overall)\s)?(?:improvement|gain|increase|boost)s?\b"
)
_LOOKS_LIKE_DATASET = regex.compile(
    r"(?i)\b(?:dataset|benchmark|corpus|split|set)s?$|^[A-Z][\w\-]*\d[\w\-]*$"
)
# between a metric and its value: "F1 of", "BLEU: ", "accuracy is", or nothing ("FID 9.58")
_DEGREE = regex.compile(
    r"^(?:(?:significantly|substantially|much|far|considerably|slightly|notably|even|higher|lower|better|greater"
    r"|improved|superior)\s)+(?=\S)"
)
_LEADING_VERB = regex.compile(
    r"(?i)^(?:the\s)?(?:speeds?\sup|sped\sup|reduc\w*|cuts?|lower\w*|improv\w*|boost\w*|increas\w*|decreas\w*"
    r"|accelerat\w*|sav(?:e|es|ed|ing)|enhanc\w*|rais\w*)\s(?=\S)"
)
# what gets faster, written after the factor: "faster checkpointing", "higher training throughput"
_SPED_UP = regex.compile(
    r"(?i)^\s*(?:(?:faster|quicker|higher|more|greater)\s)?(?P<o>(?:[\w\-]+\s){0,2}?(?:throughput|inference"
    r"|training|decoding|generation|convergence|prefilling|sampling|rendering|search|retrieval|encoding)"
    r"|(?<=faster\s)[a-z]+ing)\b"
)
# a cost named right before a parenthesis that holds the number: "memory-savings (up to 50%)"
_COST_PAREN = regex.compile(r"(?<![\w\-])(?P<o>[\w\-]+)\s\((?:up\sto\s|about\s|over\s|~)?$")
_METRIC_THEN = regex.compile(
    r"(?i)\s?(?:scores?\s)?(?:(?:of|=|:|is|was|reaches|reaching|to)\s?(?:a\s|an\s|about\s|around\s)?\(?)?"
)
# the same patterns under the stdlib engine, for whole-sentence scans (measured ~1.7x faster)
_METRIC_SCAN = re.compile(METRIC.pattern)
_METRIC_PAREN_SCAN = re.compile(METRIC_PAREN.pattern)


def _phrase(text: str, end: int, s_end: int) -> str:
    right = text[end:s_end]
    stop = STOP.search(right, 0, 60)
    return right[: stop.start() if stop else min(60, len(right))]


@lru_cache(maxsize=32)
def _metric_mentions(
    text: str, s_start: int, s_end: int
) -> tuple[tuple[tuple[int, int, str, bool], ...], ...]:
    """(start, end, name, generic) of every metric a sentence names: spelled-out ones with their
    acronym first, then plain ones. Scanned once per sentence, shared by its numbers."""
    return tuple(
        tuple(
            (
                mm.start(),
                mm.end(),
                mm.group(0),
                pat is _METRIC_SCAN and GENERIC.fullmatch(mm.group(0)) is not None,
            )
            for mm in pat.finditer(text, s_start, s_end)
        )
        # a spelled-out metric has its acronym in brackets ("Word Error Rate (WER)"): no "(", no scan
        if pat is _METRIC_SCAN or text.find("(", s_start, s_end) >= 0
        else ()
        for pat in (_METRIC_PAREN_SCAN, _METRIC_SCAN)
    )


def _nearest_metric(found: Found, text: str, s_start: int, s_end: int, named: bool) -> str | None:
    best, dist = None, 10**9
    for mentions in _metric_mentions(text, s_start, s_end):
        for a, b, name, generic in mentions:
            if named and generic:
                continue
            d = a - found.end if a >= found.end else found.start - b + 5
            if d < dist:
                best, dist = name, d
        if best:
            break
    return best


def metric_for(found: Found, text: str, s_start: int, s_end: int) -> str | None:
    """The metric of a result, as written; a data set's name is never one, and a metric name is
    widened to the modifiers written before it ("length-controlled win rate")."""
    metric = _metric(found, text, s_start, s_end)
    if metric is None:
        return None
    if _FUNCTION_WORD.fullmatch(metric):  # "8 points of improvement": "of" is no metric
        return _nearest_metric(found, text, s_start, s_end, True)
    if _DATASET_LIKE.fullmatch(metric) and not (METRIC.search(metric) or COST.search(metric)):
        return _nearest_metric(found, text, s_start, s_end, True)
    return _widen(metric, text, s_start, s_end, found.start)


# "ImageNet-C", "and Stylized-ImageNet": a name with a digit, a dash or an inner capital, no metric word
_TIME_AFTER = regex.compile(r"\s(?P<t>(?:[\w\-]+\s)?(?:latency|inference\stime|runtime|delay))\b")
_FUNCTION_WORD = regex.compile(r"(?i)(?:(?:of|the|a|an|in|on|to|and|or|by|with|for|about|up|over|than)\s?)+")
_DATASET_LIKE = regex.compile(rf"(?:and\s|or\s)?(?=\S*[\-\d]|\S*[a-z])(?!FPS){NAME}")
_MODIFIER = regex.compile(r"(?<![\w\-])(?P<w>[a-z][a-z]*-[a-z0-9][\w\-]*|[a-z]{3,}ion)\s$")
_NOT_MODIFIER = regex.compile(
    r"(?i)(?:improved|achieved|obtained|reported|reached|attained|increased|reduced|based)$|state-of|so-called"
    r"|well-known|best-in|near-|human-level|high-|low-|on-par|sota-"
)


def _widen(metric: str, text: str, s_start: int, s_end: int, start: int) -> str:
    """Add up to two modifiers written right before the metric's nearest mention."""
    if GENERIC.fullmatch(metric):
        return metric
    i = text.rfind(metric, s_start, start)
    j = text.find(metric, start, s_end)
    if j >= 0 and (i < 0 or j - start < start - i):
        i = j
    if i < 0:
        return metric
    for _ in range(2):
        m = _MODIFIER.search(text, max(s_start, i - 30), i)
        if m is None or _NOT_MODIFIER.match(m.group("w")):
            break
        metric, i = m.group("w") + " " + metric, m.start("w")
    return metric


def _metric(found: Found, text: str, s_start: int, s_end: int) -> str | None:
    u = PHYS_UNIT.match(text[found.end : found.end + 8])
    if u is not None:  # "56.8 FPS", "23.1 ms latency"
        if u.group("u").lower() == "fps":
            return "FPS"
        t = _TIME_AFTER.match(text, found.end + u.end(), s_end)
        if t:
            return t.group("t")
    right = text[found.end : s_end]
    left = text[s_start : found.start]
    phrase = _phrase(text, found.end, s_end)
    own = METRIC.search(text, found.start, found.end)
    if own and not GENERIC.fullmatch(own.group(0)):
        return own.group(0)
    before = _last_metric_before(left)
    if before and (before[1] or not METRIC.match(phrase.lstrip())):
        return before[0]  # "FID 9.58", but "13 mAP 25 MOTA": 25 is MOTA
    m = AND_BY.search(left[-80:])
    if (
        m
        and not _R(r"(?i)\b(?:outperform|surpass|beat|exceed)\w*").search(left)
        and _R(r"\bby\s(?:\S+\s?)?[+\-]?\d").search(left[-80:][: m.start()])
    ):
        np = clean_metric(_LEADING_VERB.sub("", m.group("np")))  # "and speeds up training by 2.5x"
        if np and not BASELINE_LIKE.search(np):
            return np
    if found.kind in (Kind.SPEEDUP, Kind.REDUCTION):
        np = clean_metric(_CUE_WORDS.sub("", phrase))
        if np and COST.search(np):
            return np
        rest = right[len(phrase) :]
        o = _R(r"^\s*(?:in|of)\s(?P<o>.{2,60})").match(rest if _CUE_WORDS.search(phrase) else right)
        if o and COST.search(o.group("o")[:40]):
            return clean_metric(o.group("o"))
        m = _VERB_OBJECT.search(left)
        np = clean_metric(_R(r"\s+up$").sub("", m.group("o"))) if m else None
        if np:
            return np
        m = _SUBJECT_VERB.search(left)
        if m:
            return clean_metric(m.group("o"))
        if found.kind is Kind.SPEEDUP and _R(r"(?i)^\s*[\w\-]+\s(?:speed-?ups?|acceleration)").match(phrase):
            return phrase.strip()
        if found.kind is Kind.SPEEDUP:
            m = _SPED_UP.match(phrase)
            if m:
                return m.group("o")  # "48x faster checkpointing", "3x throughput", "2x higher throughput"
        if found.kind is Kind.REDUCTION and "(" in left[-40:]:
            m = _COST_PAREN.search(left[-60:])
            if m and COST.search(m.group("o")):
                return m.group("o")  # "flexible memory-savings (up to 50%)"
        pattern = _R(
            r"(?i)\b(?P<o>(?:(?!(?:at|in|on|by|of|faster|slower|less|fewer|lower|than|reduc\w*|sav\w*|cut\w*|lower\w*"
            r"|decreas\w*|shrink\w*|compress\w*|minimi\w*)\b)\w+\s){0,2}"
            r"(?:time|latency|memory|FLOPs|cost|costs))\b"
        )
        m = pattern.search(text, max(s_start, found.start - 60), found.start) or pattern.search(
            text, found.end, min(s_end, found.end + 40)
        )
        return clean_metric(m.group("o")) if m else None
    if found.kind in (Kind.DATA_SIZE, Kind.PARAM_COUNT):
        return None
    m = METRIC.match(phrase.lstrip())
    if m and not GENERIC.fullmatch(m.group(0)):
        return m.group(0)
    m = _LABEL_PAREN.search(left[-60:])
    label = _NOT_LABEL.split(m.group("m"))[-1] if m else ""
    label = _DEGREE.sub("", label)  # "significantly higher precision (21.7%)": the metric is precision
    if m and (not label or _SYSTEM_LABEL.search(label) or found.rule.startswith("paren_value")):
        m = None  # "the gap between current systems (61%)": systems, not a metric
    if m and (
        _R(r"\s?/\s?\d").match(right) or _R(r"\s?(?:\w+\s)?(?:more|less|higher|lower)?\)").match(right)
    ):
        return label
    m = _R(r"\s*in\s(?:terms\sof\s)?(?:the\s)?").match(right)
    m = METRIC.match(right, m.end()) if m else None
    if m and not GENERIC.fullmatch(m.group(0)):
        return m.group(0)
    m = _BEFORE_GAIN.match(right)
    if m and not _R(r"(?i)^(?:absolute|relative|average|overall|significant|large)$").match(
        m.group("m").strip()
    ):
        return m.group("m").strip()
    o = _NOUN_OBJECT.match(right)
    if o:
        mp = METRIC_PAREN.match(o.group("o"))
        np = mp.group(0) if mp else clean_metric(o.group("o"))
        if np and not _LOOKS_LIKE_DATASET.search(np):
            return np
    m = _SUBJECT_VERB.search(left)
    if m:
        np = clean_metric(m.group("o"))
        if np and not BASELINE_LIKE.search(np):
            return np
    m = _GAIN_OBJECT.search(left)
    if m and _R(r"\d\s?\\?%|\d\.\d").search(m.group("o")):
        m = None  # "the error rate by 40.1% (accuracy from 90.12% to": the object is the one in parentheses
    if m:
        obj = _R(r"\s+up$").sub("", m.group("o").split("(")[0].rstrip())
        obj = "" if _R(r"(?i)^(?:of\s?)?(?:up)?$").match(obj) else obj
        if _R(r"(?i)^(?:the\s)?(?:overall\s)?performance\sof\s").match(obj):
            obj = "performance"
        np = clean_metric(obj)
        if np and not BASELINE_LIKE.search(np):
            return np
    o = _R(r"\s*of\s(?P<o>(?:the\s|its\s|their\s)?[^,;.()]{2,50})").match(text, found.end, s_end)
    if found.kind is Kind.SCORE and o and _R(r"(?i)\b(?:performance|accuracy|score)\b").search(o.group("o")):
        np = clean_metric(o.group("o"))
        if np:
            return np
    return _nearest_metric(found, text, s_start, s_end, True) or _nearest_metric(
        found, text, s_start, s_end, False
    )


def _last_metric_before(left: str) -> tuple[str, bool] | None:
    """A metric written just before the number: "an F1 score of 0.87", "BLEU: 28.4", "FID 9.58";
    and whether a word ("of", ":") links it to the number."""
    window = left[-60:]
    last = None
    for last in _METRIC_SCAN.finditer(window):  # noqa: B007 - the last one
        pass
    if last is None or GENERIC.fullmatch(last.group(0)):
        return None
    link = window[last.end() :]
    return (last.group(0), bool(link.strip())) if _METRIC_THEN.fullmatch(link) else None
