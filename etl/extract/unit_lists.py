"""A later member of a list of measures that repeats its unit word: "a prediction error of 1.59 cm
on the test set without calibration and 1.44 cm with it", "a PSNR of 33.7 dB on A and 31.0 dB on
B", "a mean absolute deviation of 1.55 days (A) and 2.28 days (B)".

The first member is a score because a metric names it; the later one, after "and" or a comma, has
only the same unit to go by, and that is enough: a list repeats the unit of what it lists. A
different unit ("1.2 cm on A and 3 layers") or a verb of its own before it ("and reduces it by
0.3 cm") is no such member."""

from __future__ import annotations

import regex

from etl.extract.cues import METRIC, METRIC_THEN_VALUE
from etl.extract.kind_cues import last_match

# unit words of measures the guideline keeps bare (unit none); hours and minutes are data sizes
_WORD = r"(?:dB|ms|cm|mm|km|m|s|sec|seconds?|days?|mW|W|V|Gbps|Mbps|bits?|FPS|fps|K)"
_AFTER = regex.compile(rf"^\s?(?P<u>{_WORD})(?![\w/])")
# the member before: its value and unit, its own place or aside, then "and" or a comma
_BEFORE = regex.compile(
    rf"(?<![\w.])\d+(?:\.\d+)?\s?(?P<u>{_WORD})(?![\w/])"
    r"(?P<gap>(?:[^\d;:.()]|(?<=[A-Za-z][\w\-]{0,15})\d|\([^()]{1,20}\)){0,60}?)"
    r"(?:,\s(?:and\s)?|\sand\s)$"
)
# a measure the metric lexicon leaves out, named before the first member ("a latency of 12 ms")
_MEASURE_OF = regex.compile(
    r"(?i)\b(?:latency|delay|run\s?time|inference\stime|error|distance|power(?:\sconsumption)?|throughput)"
    r"\s(?:of|is|was|=|:)\s(?:only\s|about\s|around\s|just\s)?$"
)
# a comparison after the member in its clause: "32.1 dB, 0.8 dB and 1.1 dB above X and Y": differences
_COMPARED = regex.compile(
    r"(?i)^(?:[^.;,]|(?<=\d)\.(?=\d)){0,60}?\b(?:above|below|higher|lower|better|worse|more|less|than|respectively)\b"
)
_VERB = regex.compile(r"(?i)\b(?:reduc|improv|increas|decreas|lower|rais|boost|cut|gain|outperform)\w*")


def same_unit_member(left: str, right: str) -> bool:
    """Whether the number between `left` and `right` continues a list of a named measure whose
    previous member has the same unit word."""
    here = _AFTER.match(right)
    if here is None or _COMPARED.match(right):
        return False
    window = left[-120:]
    prev = _BEFORE.search(window)
    if prev is None or prev.group("u") != here.group("u") or _VERB.search(prev.group("gap")):
        return False
    before = window[: prev.start()]
    if _MEASURE_OF.search(before[-40:]):
        return True
    m = last_match(METRIC, before[-45:])
    return m is not None and METRIC_THEN_VALUE.match(before[-45:][m.end() :]) is not None
