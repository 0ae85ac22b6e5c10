"""Bare values that state a gap to another system rather than a level: "within 0.5 (BLEU) of the
teacher", "6.3 higher than X", "a 7.9 BLEU gain over X" (moved out of `bare_numbers.py`). Each returns
the sign of the gain, or None when the shape is absent."""

from __future__ import annotations

from functools import cache

import regex

from etl.extract.cues import BAD, METRIC, WITHIN_HEDGE
from etl.extract.rules import load
from etl.extract.shares import MEASURED_OF

_R = cache(regex.compile)  # inline patterns: compiled once, looked up cheaply
_SETTING_NOUN = load("context")["setting_noun"].regex
# "within 0.5 of its teacher": how far below another system, a negative gain (shares.py for "within 3% of")
_WITHIN_END = regex.compile(rf"(?i)\bwithin\s(?:{WITHIN_HEDGE}\s)?$")
# "within 0.5 BLEU of the teacher", "within 1 F1 point of": the metric written between value and "of"
_METRIC_OF = regex.compile(rf"^\s(?:{METRIC.pattern})(?:\spoints?)?\sof\s")
# "6.3 higher than the dense baseline", "1.2 points better than": a difference from another system
_THAN_AFTER = regex.compile(
    r"(?i)^\s(?:points?\s)?(?:(higher|better|worse|lower)\s(?:than|over)|(above|below|short\sof))\s(?!\d)"
)
# "a 7.9 BLEU gain over X": a value whose metric is followed by a noun of gain is the gain itself
# (or by a comparative with "than": "41.2 mAP, 3.1 mAP higher than X")
_METRIC_GAIN_AFTER = regex.compile(
    rf"^\s(?P<m>{METRIC.pattern})\s(?:gains?|improvements?|increases?|boosts?|advantages?"
    r"|(?P<cmp>higher|better|above|lower|worse|below)\s(?:than|that\sof)\b"
    # "1.4 mIoU above Point Transformer V3": above or below another system, no "than" needed
    r"|(?P<cmp>above|below)\s(?:the\s|its\s|their\s)?(?=[A-Z]|(?:previous|prior|strongest|best|baseline|state)\b))"
)


def within_gap(left: str, right: str, decimal: bool) -> bool:
    """How far below another system a value is: "within 0.5 of its teacher" (a decimal, a metric or
    another decimal nearby), or "within 0.5 BLEU of the teacher" (the metric named with it)."""
    if not _WITHIN_END.search(left[-25:]):
        return False
    if right.startswith(" of "):
        return (
            decimal
            and not MEASURED_OF.match(right)
            and (METRIC.search(left[-120:]) is not None or _R(r"\d\.\d").search(left[-80:]) is not None)
        )
    return _METRIC_OF.match(right) is not None


def than_gap(left: str, right: str) -> int | None:
    """The sign of "6.3 higher than X", "0.04 below X" said of a metric (not of a setting)."""
    than = _THAN_AFTER.match(right)
    if than is None or not METRIC.search(left[-120:]) or _SETTING_NOUN.search(left[-60:]):
        return (
            None  # "a learning rate 0.5 lower than the teacher's", "a threshold 0.1 above the mean": settings
        )
    word = (than.group(1) or than.group(2)).lower()
    if word == "worse":
        return -1
    if word in ("lower", "below", "short of") and not BAD.search(left[-80:]):
        return -1  # "2.1 lower than X", "0.04 below X" of a metric where higher is better
    return 1


def metric_gain_after(right: str) -> int | None:
    """The sign of "a 7.9 BLEU gain over X", "3.1 mAP higher than X" (an error lower is a gain)."""
    gain_after = _METRIC_GAIN_AFTER.match(right)
    if gain_after is None:
        return None
    cmp = (gain_after.group("cmp") or "").lower()
    down = cmp in ("lower", "worse", "below")
    if down and BAD.search(gain_after.group("m")):
        down = cmp == "worse"  # "0.8 WER lower than X": an error that falls is a gain
    return -1 if down else 1
