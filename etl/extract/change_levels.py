"""A value set out in a bracket or after a colon, right after a change in a named metric, is the level
the metric reached, not the size of the change: "a reduction in test error on the CIFAR sets: 6.28% on
CIFAR-10", "improvements in test error (4.91% on CIFAR-10)", "significantly higher precision (21.7%)".

The size of a change is tied to its word by "by", "of" or "a N% <change>"; a bracket or a colon only
restates where the metric ended up. A sign ("(+2.4%)") or a change word after the value ("(16% more)",
"(3 points higher)") keeps the change, and a change that names no metric ("improvements on three
benchmarks: 3.2% on A") says nothing of what the value is, so it is left to the other readings.
"""

from __future__ import annotations

import regex

from etl.extract.cues import BAD, METRIC

__all__ = ["level_after_change", "listed_gain"]

# a change noun or comparative, the metric it is in, an optional setting, then "(" or ":" at the value
_CHANGE_IN_METRIC = regex.compile(
    r"(?i)\b(?:improvements?|gains?|reductions?|decreases?|increases?|drops?|higher|lower|better|worse)"
    r"\s(?:in\s|of\s)?(?:the\s)?(?P<m>[^.;:()\d]{1,40}?)"
    r"(?:\s(?:on|for|across|over|in)\s[^.;:()]{1,60}?)?(?:\s?\(\s?|:\s)$"
)
# a plural change noun in a named metric, then a colon: "consistent improvements in pass@1 accuracy: 5.2% on
# A and 3.1% on B" -- the colon lists the changes one by one (a singular "a reduction in test error on the
# CIFAR sets: 6.28% on CIFAR-10 and 24.30% on CIFAR-100" cannot be two reductions: those are levels)
_CHANGES_IN_METRIC = regex.compile(
    r"(?i)\b(?P<w>improvements|gains|boosts|increases|reductions|decreases|drops)\s(?:in|of)\s(?:the\s)?"
    r"(?P<m>(?:[^.;:()\d]|(?<=[A-Za-z@\-])\d){1,40}?)(?:\s(?:on|for|across|over|in)\s[^.;:()]{1,60}?)?:\s$"
)
_FALL = frozenset({"reductions", "decreases", "drops"})
# words after the value that make it the size of a change after all
_CHANGE_AFTER = regex.compile(
    r"(?i)^\s?(?:more|less|fewer|higher|lower|better|worse|relative|absolute|rel\.|abs\.|improvements?|gains?"
    r"|reductions?|increases?|decreases?|drops?|points?|pp|lift|boost|on\saverage|average|at\smost|about)\b"
)
# a hedge before the value ("gains in accuracy (up to 12%)") or a comparison after the bracket ("(3.2%)
# over the strongest baseline", "higher BLEU (2.1 points) than X"): the value is the size of the change
_HEDGE_BEFORE = regex.compile(r"(?i)\b(?:up\sto|at\smost|about|on\saverage|average)\s?$")
_COMPARED_AFTER = regex.compile(
    r"(?i)^[^()]{0,80}?\)\s(?:over|than|compared\s(?:with|to)|relative\sto|versus|vs\.?|against)\b"
)


def level_after_change(left: str, right: str, signed: bool) -> bool:
    """Whether an unsigned value opening a bracket or following a colon restates the level of the
    metric a change word just named."""
    if (
        signed
        or _CHANGE_AFTER.match(right)
        or _HEDGE_BEFORE.search(left[-14:])
        or _COMPARED_AFTER.match(right)
    ):
        return False
    m = _CHANGE_IN_METRIC.search(left[-140:])
    if m is None:
        return False
    metric = m.group("m")
    return METRIC.search(metric) is not None or BAD.search(metric) is not None


def listed_gain(left: str) -> int | None:
    """The sign of a value a colon lists after a plural change in a named metric ("improvements in
    accuracy: 5.2% on A"): +1 for a gain (a fall in an error metric is one), -1 for a drop; None when
    the value does not follow such a colon."""
    m = _CHANGES_IN_METRIC.search(left[-140:]) if left.endswith(": ") else None
    if m is None or _HEDGE_BEFORE.search(left[-14:]):
        return None
    metric, falls = m.group("m"), m.group("w").lower() in _FALL
    if BAD.search(metric) is not None:
        return 1 if falls else -1
    return None if METRIC.search(metric) is None else (-1 if falls else 1)
