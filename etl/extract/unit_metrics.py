"""The metric of a value written with a physical unit or a device time: "56.8 FPS", "23.1 ms latency",
"4.5 GB of GPU memory", "It generates an image in 0.3 seconds" (the job that takes the time), "a search
cost of 200 GPU-hours". Kept apart from `metrics.py`, which tries these first and then the words around
the number.
"""

from __future__ import annotations

import regex

from etl.extract.activity_metrics import activity_time, outcome_metric
from etl.extract.example_values import example_noun
from etl.extract.kinds import Found
from etl.extract.measured import BYTE_UNIT, MEMORY_AFTER, PHYS_UNIT
from etl.extract.rules import load
from etl.records import Kind

__all__ = ["fitted_metric", "unit_metric"]

_C = load("context")
_TIME_AFTER = regex.compile(r"\s(?P<t>(?:[\w\-]+\s)?(?:latency|inference\stime|runtime|delay))\b")
# a rate named right after its value and unit: "a 32-40 GB/s throughput", "1.2 TB/s memory bandwidth"
_RATE_AFTER = regex.compile(r"\s(?P<t>(?:[a-z][\w\-]*\s)?(?:throughput|bandwidth))\b")
# the job a time is taken by: a verb in the present, with its object or a process noun as its subject, then
# "in" and the time: "It generates an image in 0.3 seconds", "Training converges in 12 seconds", "and trains
# in under 10 minutes"
_TAKES_TIME = regex.compile(
    r"(?:(?<=^|[,;.]\s)|\b(?:and|it|It|which|that)\s)"
    r"(?P<o>(?:(?i:training|inference|decoding|sampling|rendering)\s)?(?!(?:is|was|has|does|runs)\s)[a-z]+s"
    r"(?:\s(?:an?\s|the\s|one\s)?[a-z][\w\-]*){0,2}?)"
    r"\sin\s(?:under\s|about\s|around\s|less\sthan\s|just\s|only\s|roughly\s)?$"
)
_JOB_TIME = regex.compile(r"\s?(?:ms|milliseconds?|seconds?|secs?|s|minutes?|mins?|hours?|h|days?)(?![\w\-])")
_TIME_UNIT = regex.compile(r"ms|milliseconds?|seconds?|secs?|s")
_FROM_VALUE_TO = regex.compile(r"\bfrom\s[\d.,]+\s?[A-Za-z]{1,12}\sto\s$")
_MEMORY_BEFORE = regex.compile(
    r"(?i)\b(?P<t>(?:(?:GPU|peak|device|disk)\s)?(?:memory(?:\s(?:footprint|usage|consumption))?|storage"
    r"|model\ssize|disk\sspace|checkpoint\ssize|KV\scache))\b(?:[^.;,\d]{0,25}|\sby\s[\d.]+\s?(?:x|×|%|times)\s\((?:from\s)?)$"
)
# a time named before its value, with no other value or clause between: "inference times as low as",
# "fast inference speed (", "the runtime of KMN is"
_TIME_BEFORE = regex.compile(r"(?i)\b(?P<t>" + _C["time_metric_noun"].pattern + r")\b[^.;,\d]{0,25}$")
# a search or training cost in device time: "search cost is only 8 epochs (30 TPU-hours)"
_DEVICE_TIME = regex.compile(r"(?i)[GT]PU[\s\-]?(?:hours?|days?)")
_SEARCH_COST = regex.compile(
    r"(?i)\b(?:search(?:ing)?|training|computational|compute)\s(?:cost|time|budget)s?\b"
)


def unit_metric(found: Found, text: str, s_start: int, s_end: int) -> tuple[bool, str | None]:
    """Whether the value's unit decides its metric, and that metric (None: the unit says there is none)."""
    if found.kind is Kind.SCORE and (
        _JOB_TIME.match(text, found.end, found.end + 14) or _JOB_TIME.search(text, found.start, found.end)
    ):
        activity = activity_time(text, s_start, found.start)
        if activity:
            return True, activity  # "Reconstruction takes 0.12 seconds": the activity taking the time
        w = max(s_start, found.start - 60)
        t = _TAKES_TIME.search(text, w, found.start)
        if t and not _TIME_BEFORE.search(text, w, found.start):
            return True, t.group("o")  # "It generates an image in 0.3 seconds": the job taking the time
    if found.kind is Kind.SCORE and text.endswith("%", found.start, found.end):
        outcome = outcome_metric(text, s_start, found.start, found.end)
        if outcome:
            return True, outcome  # "the robot won 45% (13/29)", "preferred by humans in 46.6% of the cases"
    u = PHYS_UNIT.match(text[found.end : found.end + 20])
    if u is not None:  # "56.8 FPS", "23.1 ms latency"
        if u.group("u").lower() == "fps":
            return True, "FPS"
        if u.group("u") == "Hz" or u.group("u").startswith("frame"):
            # "runs at more than 300 Hz", "at 55 frames per second": a rate, as fps is
            return True, u.group("u")
        t = _TIME_AFTER.match(text, found.end + u.end(), s_end) or _RATE_AFTER.match(
            text, found.end + u.end(), s_end
        )
        if t:
            return True, t.group("t")  # "23.1 ms latency", "a 32-40 GB/s throughput"
        # the second value of "latency from 142 ms to 49 ms" is named where the first is
        start = found.start
        pair = _FROM_VALUE_TO.search(text, max(s_start, start - 40), start)
        start = pair.start() if pair else start
        if BYTE_UNIT.fullmatch(u.group("u")):  # "4.5 GB of GPU memory", "a memory footprint of 48 MB"
            t = MEMORY_AFTER.match(text, found.end + u.end(), s_end) or _MEMORY_BEFORE.search(
                text, max(s_start, start - 60), start
            )
            return True, (t.group("t") if t else None)
        if _TIME_UNIT.fullmatch(u.group("u")):
            t = _TIME_BEFORE.search(text, max(s_start, start - 60), start)
            if t:
                # "an inference time under 1 ms", "the runtime of X is 0.12 seconds"
                return True, t.group("t")
    left = text[s_start : found.start]
    if found.kind is Kind.SCORE and _DEVICE_TIME.search(text, found.start, found.end):
        cost = None
        for cost in _SEARCH_COST.finditer(left[-80:]):  # noqa: B007 - the last one
            pass
        # "a significant searching time (at least 200 GPU-hours)"
        return True, (cost.group(0) if cost else None)
    return False, None


# a quantity a time can measure: "training time", "search cost", "latency", "runtime", "lead time"
_TIME_LIKE = regex.compile(
    r"(?i)\b(?:time|times|latency|runtime|run-time|delay|duration|cost|costs|budget|speed|hours?|days?"
    r"|seconds?|minutes?|overhead|lifetime|horizon)\b"
)
# a measure a time cannot be: a share or a quality score ("top-1 accuracy", "test error rates", "F1")
_RATE_METRIC = regex.compile(
    r"(?i)\b(?:accuracy|accuracies|error|errors|F1|precision|recall|mAP|AP|IoU|mIoU|BLEU|ROUGE\S*|AUC"
    r"|success|win|pass@\d+|score|scores)\b"
)
_ANY_TIME = regex.compile(
    r"\s?(?:(?:[GT]PU|A100|V100|H100|CPU)[\s\-]?)?(?:ms|milliseconds?|seconds?|secs?|minutes?|mins?|hours?|days?)"
    r"(?![\w\-])"
)


def time_misfit(found: Found, text: str, metric: str | None) -> bool:
    """Whether a value written in time ("0.5 ms more", "searching for 0.6 days", "4 GPU hours") was given a
    rate or quality metric of its sentence ("top-1 accuracy", "test error rates"): a time never measures one."""
    if metric is None or found.kind is not Kind.SCORE or "%" in text[found.start : found.end]:
        return False
    timed = _ANY_TIME.match(text, found.end, found.end + 16) or _ANY_TIME.search(text, found.start, found.end)
    return bool(timed) and _RATE_METRIC.search(metric) is not None and not _TIME_LIKE.search(metric)


def fitted_metric(found: Found, text: str, s_end: int, metric: str | None) -> str | None:
    """The metric read for a value, checked against the value itself: an example's own quality noun
    wins ("(e.g., 96.14% correctness with ...)"), and a time takes no rate metric ("0.5 ms more")."""
    if found.rule == "example_score":
        metric = example_noun(text[found.end : s_end]) or metric
    return None if time_misfit(found, text, metric) else metric
