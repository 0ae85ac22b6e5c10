"""Whether a gain in efficiency is a speedup or a reduction: efficiency of a resource (memory, energy,
parameters, data ...) is a cost that shrinks, efficiency of time or of nothing named is work done faster.
Kept apart from `kind_cues` (the cue reader that calls it) to keep that module small."""

from __future__ import annotations

import regex

from etl.extract.cues import METRIC
from etl.records import Kind

__all__ = ["efficiency_kind"]

# "improves energy efficiency by 2x", "a 9-fold increase in storage efficiency", "training efficiency
# by 12 times in FLOPs": a gain in the efficiency of a resource is a cost that shrinks (reduction);
# efficiency of time, or with no resource named, is how much faster the work gets (speedup)
_EFFICIENCY = regex.compile(
    r"(?i)\b(?:(?P<res>[\w\-]+)\s)?efficienc(?:y|ies)\b(?:(?:\s+by)?(?:\s+\S+){0,2}?\s+(?:in|of)\s(?:terms\sof\s)?(?P<in>[\w\-]+))?"
)
_RESOURCE = regex.compile(
    r"(?i)^(?:memory|energy|power|storage|space|cache|parameters?|params|data|samples?|labels?|annotations?|tokens?"
    r"|compute|computation|computational|flops|macs|costs?|communication|bandwidth|resources?)$"
)


def efficiency_kind(words: str) -> Kind | None:
    """Speedup or reduction for a gain in efficiency named in `words`; None when none is named."""
    m = _EFFICIENCY.search(words)
    if m is None or METRIC.search(words):
        return None
    if any(g and _RESOURCE.match(g) for g in (m.group("res"), m.group("in"))):
        return Kind.REDUCTION
    return Kind.SPEEDUP


# a factor measured against a serial, CPU or single-thread run of the same work: "more than 20 times than
# that of CPU serial implementation", "40x over the sequential version": parallel work done faster
_SERIAL_BASE = regex.compile(
    r"(?i)\s(?:(?:higher|better|more|greater)\s)?(?:than|over|that\sof|compared\s(?:to|with)|relative\sto)\s"
    r"(?:that\sof\s|those\sof\s)?(?:the\s|a\s|an\s)?(?:(?:corresponding|original|equivalent|optimi[sz]ed|naive|baseline)\s)?"
    r"(?:CPU|serial|sequential|single[\s\-](?:threaded|thread|core|CPU))\b"
)


# a quality the gain is said of before its "by": "improves sample efficiency by 3x over the sequential
# baseline" is a gain in sample efficiency, not in speed ("improves the run by 12x" is one)
_OWN_QUALITY_BY = regex.compile(
    r"(?i)\b(?:improv|increas|boost|rais|enhanc)\w*\s(?:the\s|its\s|their\s)?"
    r"(?:[\w\-]+\s){0,2}?(?:accuracy|efficiency|quality|scores?|F1|precision|recall|reward|returns?|success\srate)"
    r"\sby\s$"
)


def serial_speedup(kind: Kind, unit: str, text: str, end: int, s_end: int, start: int | None = None) -> bool:
    """Whether a gain by a factor is a speedup because it is measured against a serial or CPU run (and
    not a gain the sentence names another quality of, before the value at `start`)."""
    return (
        kind is Kind.IMPROVEMENT
        and unit == "x"
        and _SERIAL_BASE.match(text, end, min(s_end, end + 90)) is not None
        and (start is None or _OWN_QUALITY_BY.search(text, max(0, start - 60), start) is None)
    )
