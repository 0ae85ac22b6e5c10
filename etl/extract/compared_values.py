"""A compared system's own value told from a gain: "surpassing GPT-4 (67%, zero-shot)", "compared
with 45% for X", "(74.4% compared to 58.3%)" are the other system's scores; "outperform X by a mean
accuracy of 3.20%" is a gain written after "by" with its metric named. Moved out of `measured.py`
(bare values with physical units and lists), which `single` and `bare_numbers` read alongside."""

from __future__ import annotations

import regex

from etl.extract.cues import (
    COST,
    DROP,
    GENERIC_METRIC,
    IMPROVE,
    METRIC,
    REDUCE,
    SPEED,
    EndSearch,
)
from etl.extract.kind_cues import clause_of, cue_kind
from etl.records import Kind

__all__ = [
    "COMPARED_OWN",
    "COMPARED_VALUE_END",
    "GAIN_ON_LISTED",
    "PAIR_COMPARED_AFTER",
    "PAIR_COMPARED_BEFORE",
    "by_metric_gain",
    "compared_own_paren",
    "compared_value",
    "with_own_value",
]


# a named system after a comparison, then its own value in parentheses, perhaps after "e.g." and
# before a setting: "surpassing GPT-4 performance (67%, zero-shot)", "higher than BERT (e.g. 15%)";
# a name after "on"/"in"/"including" is a benchmark, whose value may be the margin
_NAMED_COMPARED_PAREN = regex.compile(
    r"(?i:\b(?:outperform\w*|surpass\w*|beat(?:s|ing)?|exceed\w*|than|compared|versus|vs\.?"
    # a system a value nears: "closes in on X (72.1)", "approaching X (68.9)", "rivals X (0.91)"
    r"|approach(?:es|ed|ing)|clos(?:es|ed|ing)\sin\son|near(?:s|ed|ing)|rival(?:s|led|ling|ed|ing)"
    r"|on\spar\swith|comparable\sto|competitive\swith"
    # a position against the system: "above tuned XGBoost (0.897)", "matching a supervised X (90.4)"
    r"|above|below|ahead\sof|match(?:es|ed|ing)?)\b)(?:[^()]|\([^()]{0,20}\)){0,90}?"
    r"(?<![\w.\-'’])(?<!\b(?i:on|in|including|across|over|for)\s(?:the\s)?)"
    r"(?:[A-Za-z][\w.\-]*\d[\w.\-]*|[A-Z][\w.\-]*[A-Z][\w.\-]*|[A-Z][a-z]+[\w\-]*"
    r"|(?<=\bthe\s)(?i:ground[\s-]truth|oracle|human\s(?:reference|recordings?|performance)))"
    r"(?:'s|’s)?(?i:\s(?:performance|accuracy|scores?|results?))?\s?\(\s?(?:(?:e\.g\.|i\.e\.),?\s)?$"
)
# what may follow the value inside those parentheses: nothing, or a setting with no number and no
# word of change ("zero-shot", "on HumanEval"), not "absolute" or "12% higher"
_PAREN_SETTING = regex.compile(r"^(?:\)|(?:,\s?|;\s?|\s)(?P<aside>[^()]{1,40})\))")
_NUMBER_IN = regex.compile(r"(?<![\w@.\-])[+\-]?\d")  # "pass@1" is a name, "12%" a number
_CHANGE_ASIDE = regex.compile(
    r"(?i)\b(?:absolute|relative|abs|rel|points?|pp|over|than|vs|versus|compared|margin|improv\w*|gains?)\b"
)
# "surpassing GPT-4's 67%": the value that belongs to the system compared with
COMPARED_OWN = regex.compile(
    r"(?i:\b(?:outperform\w*|surpass\w*|beat(?:s|ing)?|exceed\w*|than|compared|versus|vs\.?)\b)[^().;]{0,60}?"
    r"(?<![\w.\-'’])(?:[A-Za-z][\w.\-]*\d[\w.\-]*|[A-Z][\w.\-]*[A-Z][\w.\-]*|[A-Z][a-z]+[\w\-]*)(?:'s|’s)\s"
    r"(?:(?:only|mere|reported|best)\s)?$"
)
# "outperform X by a mean accuracy of 3.20% and 1.29%": the gain after "by", with its metric named
_BY_METRIC_OF = EndSearch(
    r"(?i)\bby\s(?:an?\s|the\s)?(?:(?![\w\-]+ing\b)[\w\-]+\s){0,3}?"
    rf"(?:{METRIC.pattern})\sof\s(?:about\s|around\s|approximately\s|nearly\s|up\sto\s|over\s|~)?"
    r"(?:[+\-]?\d+(?:\.\d+)?\s?(?:\\?%|points?|pp)?,?\s(?:and\s)?){0,4}$"
)
_BY_WORD = regex.compile(r"(?i)\bby\s")


def compared_own_paren(left: str, right: str) -> bool:
    """A compared system's value in parentheses, alone or with a setting ("GPT-4 (67%, zero-shot)")."""
    m = _PAREN_SETTING.match(right)
    if m is None or not _NAMED_COMPARED_PAREN.search(left[-130:]):
        return False
    aside = m.group("aside") or ""
    return not (
        _NUMBER_IN.search(aside)
        or aside.startswith("of ")
        or COST.search(aside)  # "(0.1% trainable parameters)": a share of a resource
        or _CHANGE_ASIDE.search(aside)
        or IMPROVE.search(aside)
        or DROP.search(aside)
        or REDUCE.search(aside)
        or SPEED.search(aside)
    )


# two values in parentheses, weighed with words: "(74.4% compared to 58.3%)"
PAIR_COMPARED_AFTER = regex.compile(
    r"(?i)^\s(?:compared\s(?:to|with)|against|relative\sto|as\sopposed\sto)\s[+\-]?\d+(?:\.\d+)?\s?\\?%[^()]{0,30}\)"
)
PAIR_COMPARED_BEFORE = regex.compile(
    r"(?i)\(\s?[+\-]?\d+(?:\.\d+)?\s?\\?%\s(?:compared\s(?:to|with)|against|relative\sto|as\sopposed\sto)\s$"
)
# "compared with 45% for GPT-4", "versus 58.3% of the baseline": the other system's own value
COMPARED_VALUE_END = regex.compile(
    r"(?i)\b(?:compared\s(?:to|with)|versus|vs\.?|against|as\sopposed\sto)\s(?:only\s|just\s|a\smere\s)?$"
)
_FOR_SYSTEM = regex.compile(r"(?i)^\s(?:for|of|by|from|achieved\sby|obtained\sby)\s(?:the\s|a\s)?[\w\-]")
# an earlier gain in the sentence makes the compared value a gain too ("by 10%, compared with 5% for X")
_EARLIER_GAIN = regex.compile(
    r"(?i)\bby\s(?:an?\s)?(?:\S+\s)?[+\-]?\d|\d\S*\s(?:[\w\-]+\s)?(?:improvements?|gains?|increases?|boosts?|higher|better|more|lower|fewer|less|reductions?|drops?)\b|\+\d"
)


# "outperforms the state of the art on seven datasets including CIFAR-100 (17%), ImageNet-100 (5%)":
# after benchmarks are listed, the value in parentheses is the margin on each (not after "methods
# such as MixMatch (52.46%)", a system's own value)
_NAME = r"(?:[A-Z][\w.\-]*(?:\s[A-Z0-9][\w.\-]*)?|[a-z]+[A-Z][\w.\-]*)"
GAIN_ON_LISTED = EndSearch(
    r"(?i:\b(?:outperform\w*|surpass\w*|beat(?:s|ing)?|exceed\w*|improv\w*)\b)[^.;()]{0,90}?"
    r"(?i:\b(?:datasets|benchmarks|tasks)\s(?:including|e\.g\.,?|such\sas|like|namely)\s)"
    rf"(?:{_NAME}\s?\([^()]{{1,20}}\),?\s(?:and\s)?){{0,5}}{_NAME}\s?\($"
)


def compared_value(left: str, right: str) -> bool:
    """A value after "compared with" that belongs to another system, with no gain before it."""
    return _FOR_SYSTEM.match(right) is not None and _EARLIER_GAIN.search(left[-150:]) is None


_WITH_END = regex.compile(r"(?i)\bwith\s(?:an?\s)?(?:(?:overall|average|mean|top-[15])\s)?$")
_RAISE_VERB = regex.compile(r"(?i)\b(?:improv\w*|gain\w*|boost\w*|increas\w*|rais\w*|lift\w*|enhanc\w*)\b")


def with_own_value(left: str, phrase: str, obj: str, clause: str) -> bool:
    """ "superior to CNN baselines with 81.25% accuracy": after a comparison, "with" and a named
    metric give the subject's own value (not after a verb of gain: "improves X with 1.9% AP")."""
    if _WITH_END.search(left[-30:]) is None:
        return False
    m = METRIC.match(phrase.lstrip())
    if m is None or GENERIC_METRIC.fullmatch(m.group(0)):
        return False
    near = phrase + " " + obj[:30]
    if IMPROVE.search(near) or DROP.search(near) or REDUCE.search(near) or SPEED.search(near):
        return False
    return _RAISE_VERB.search(clause) is None


def by_metric_gain(left: str) -> int | None:
    """The sign of a gain written "by <metric> of N" after a verb of comparison, or None."""
    window = left[-140:]
    if "by " not in window or not _BY_METRIC_OF.found(window):
        return None
    by = None
    for by in _BY_WORD.finditer(window):  # noqa: B007 - keep the last one
        pass
    if by is None:
        return None
    before = left[: len(left) - len(window) + by.start()] + "by "
    kind, sign = cue_kind("", "", clause_of(before), before)[:2]
    return sign if kind is Kind.IMPROVEMENT else None
