"""Percentages that fix where or until when a result is read, not a result (fix round 8): the point on a
trade-off curve ("sensitivity ... at 90% specificity", "At 80% sensitivity, it produces ...", "At a 50%
missing rate on PhysioNet") and the target a cost is counted up to ("3.2x fewer communication rounds to
reach 50% accuracy", "the grasps needed to reach 85% success")."""

from __future__ import annotations

import regex

from etl.extract.cues import COST

# "at 90% specificity", "at a 50% missing rate": the value names the point of the curve it is read at
_AT_END = regex.compile(r"(?i)\bat\s(?:an?\s)?$")
_POINT_AFTER = regex.compile(
    r"(?i)^\s(?:sensitivity|specificity|precision|recall|coverage|(?:missing|missingness|noise|label[\s-]noise"
    r"|corruption)(?:\s(?:rate|ratio|level))?|(?:true|false)[\s-](?:positive|negative|alarm|accept|reject)\srates?"
    r"|TPR|FPR)\b"
)
# "at 97.1% precision and 88.4% recall", "operates at 97.1% precision": the system's own readings, no point
_OWN_READING = regex.compile(
    r"(?i)\b(?:runs?|running|operates?|operating|works?|working|performs?)\s(?:only\s)?at\s$"
)
_AND_VALUE = regex.compile(r"^\s\S+(?:\s\S+)?\s(?:and|,)\s(?:an?\s)?[+\-]?\d")
# "rounds to reach 50% accuracy", "the number of grasps needed to reach 85% success": a target level; the cost
# nouns are cues.COST and the counts of rounds and trials it lacks
_TARGET = regex.compile(
    rf"(?i)(?:{COST.pattern}|\b(?:rounds|updates|grasps|episodes|trials|demonstrations|interactions|minutes"
    r"|seconds|days|wall-?clock)\b)\s(?:[\w\-]+\s){0,2}?"
    r"(?:(?:needed|required|necessary)\s)?(?:in\sorder\s)?to\s(?:reach|achieve|attain|hit)\s$"
)
# a cost counted to a target is compared ("3.2x fewer rounds to reach", "the number of grasps needed to
# reach", "time-to-accuracy"); "needs only 40 epochs to reach 76.3%" is the system's score after its cost
_COMPARED_COST = regex.compile(
    r"(?i)\b(?:fewer|less|more|faster|slower|reduc\w+|sav\w+|cuts?|number|amount)\b[^.;,]{0,50}$"
    r"|\b(?:needed|required|necessary)\s(?:in\sorder\s)?to\s(?:reach|achieve|attain|hit)\s$"
)


def operating_point(left: str, right: str) -> bool:
    """Whether a percentage is the point a result is read at, or a target level a cost is counted to."""
    if not left.endswith(" "):
        return False
    if _AT_END.search(left[-6:]) and _POINT_AFTER.match(right):
        return not (_OWN_READING.search(left[-20:]) or _AND_VALUE.match(right))
    return (
        "to " in left[-20:]
        and _TARGET.search(left[-70:]) is not None
        and _COMPARED_COST.search(left[-90:]) is not None
    )


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


# the agreement after the value is between people when people are the subject ("We obtain a kappa of 0.8",
# "The annotators reached a kappa of 0.76, showing substantial agreement"); a system that reaches it, or an
# agreement "with" graders, is the result of a judge or a metric ("Our LLM judge achieves a kappa of 0.78,
# indicating substantial agreement with expert graders")
_PEOPLE_BEFORE = regex.compile(
    r"(?i)\b(?:annotators?|raters?|coders?|labell?ers?|assessors?|graders?|judges?\sagree|inter-?\w+)\b"
    r"(?![^.;]{0,40}\b(?:LLM|model|GPT|system|metric)\b)"
)
_SYSTEM_REACHES = regex.compile(
    r"(?i)(?<!\b(?:we|they|I)\s)\b(?:achiev|reach|obtain|attain|yield|get)\w*\s[^.;]{0,40}$"
)
_WITH_AFTER = regex.compile(r"(?i)^[^.;]{0,70}?\bagreement\swith\b")


def agreement_statistic(left: str, right: str) -> bool:
    """Whether a value is the agreement between annotators (see the patterns above)."""
    if "greement" in left[-90:] and _AGREEMENT_BEFORE.search(left[-90:]) is not None:
        return True
    if "greement" not in right[:60] or _AGREEMENT_AFTER.match(right) is None:
        return False
    if _PEOPLE_BEFORE.search(left[-120:]):
        return True
    return not (_WITH_AFTER.match(right) or _SYSTEM_REACHES.search(left[-60:]))
