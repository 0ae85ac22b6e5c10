"""Percentages that fix where or until when a result is read, not a result (fix round 8): the point on a
trade-off curve ("sensitivity ... at 90% specificity", "At 80% sensitivity, it produces ...", "At a 50%
missing rate on PhysioNet") and the target a cost is counted up to ("3.2x fewer communication rounds to
reach 50% accuracy", "the grasps needed to reach 85% success")."""

from __future__ import annotations

import regex

# "at 90% specificity", "at a 50% missing rate": the value names the point of the curve it is read at
_AT_END = regex.compile(r"(?i)\bat\s(?:an?\s)?$")
_POINT_AFTER = regex.compile(
    r"(?i)^\s(?:sensitivity|specificity|precision|recall|coverage|(?:missing|missingness|noise|label[\s-]noise"
    r"|corruption)(?:\s(?:rate|ratio|level))?|(?:true|false)[\s-](?:positive|negative|alarm|accept|reject)\srates?"
    r"|TPR|FPR)\b"
)
# "rounds to reach 50% accuracy", "the number of grasps needed to reach 85% success": a target level
_TARGET = regex.compile(
    r"(?i)\b(?:rounds|steps|epochs|iterations|samples|updates|grasps|episodes|trials|queries|examples"
    r"|demonstrations|labels|interactions|time|hours|compute|budget)\s(?:[\w\-]+\s){0,2}?"
    r"(?:(?:needed|required|necessary)\s)?(?:in\sorder\s)?to\s(?:reach|achieve|attain|hit)\s$"
)


def operating_point(left: str, right: str) -> bool:
    """Whether a percentage is the point a result is read at, or a target level a cost is counted to."""
    if not left.endswith(" "):
        return False
    if _AT_END.search(left[-6:]) and _POINT_AFTER.match(right):
        return True
    return "to " in left[-20:] and _TARGET.search(left[-70:]) is not None


# "inter-annotator agreement is 78.2%", "Inter-annotator agreement measured by Cohen's kappa is 0.81", "a
# Cohen's kappa of 0.76, showing substantial agreement": how well people (or labels) agree with each other is
# a property of the data, not a result a system reaches
_AGREEMENT_BEFORE = regex.compile(
    r"(?i)\binter-?(?:annotator|rater|coder|observer|assessor)\s(?:agreement|reliability|consistency)\b"
    r"(?:\s(?:[\w'’\-]+\s){0,6}?(?:is|was|of|reaches|reached|=|:)\s(?:about\s|around\s|only\s)?|\s\(\s?)$"
)
_AGREEMENT_AFTER = regex.compile(
    r"(?i)^,?\s(?:showing|indicating|suggesting|denoting|reflecting)\s(?:a\s|an\s)?(?:substantial|almost\sperfect"
    r"|moderate|high|good|strong|fair|excellent)\s(?:inter-?\w+\s)?agreement\b"
)


def agreement_statistic(left: str, right: str) -> bool:
    """Whether a value is the agreement between annotators (see the patterns above)."""
    return ("greement" in left[-90:] and _AGREEMENT_BEFORE.search(left[-90:]) is not None) or (
        "greement" in right[:60] and _AGREEMENT_AFTER.match(right) is not None
    )
