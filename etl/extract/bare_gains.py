"""A bare value (no unit) that a gain governs, or that another system reached: the sign and rule of
"by 5.2 on X", "a 2.4 improvement", "gains 2.1 on ARC", "compared with 64.5 for X" (moved out of
`bare_numbers.py`, which asks these once its cheaper branches are done)."""

from __future__ import annotations

import regex

from etl.extract.cues import BAD, BY_END, COMPARED_TO_END, COST, METRIC
from etl.extract.kind_cues import IN_BAD, clause_of, cue_kind
from etl.records import Kind

# "a CLIP score drop of only 0.2", "an improvement of 1.3": a change noun whose amount follows "of"
_CHANGE_OF = regex.compile(
    r"(?i)\b(?:(?P<drop>drops?|declines?|decreases?|degradations?)|improvements?|gains?|boosts?|(?P<rise>increases?))"
    r"\sof\s(?:only\s|just\s|about\s|around\s|roughly\s|nearly\s|merely\s)?"
    # "improvements of 2.3 and [1.8] mIoU": a later member of the list the noun governs
    r"(?:[+\-]?\d+(?:\.\d+)?(?:,\s(?:and\s)?|\sand\s)){0,3}$"
)

# a bare gain: "outperforms X by 5.2 on ...", "a 2.4 improvement over", "0.5 intent accuracy improvement"
GAIN_NOUN = regex.compile(
    r"(?i)\b(?:improvements?|gains?|boosts?|increases?|uplifts?|drops?|decreases?|declines?)\b"
)
_NEGATIVE_NOUN = regex.compile(r"(?i)\b(?:drops?|decreases?|declines?)\b")

# a verb of gain or loss right before a bare value measured on a named place: "gains 2.1 on ARC", "loses 1.3
# on HellaSwag" (the later members of such a list are _BY_ON_LIST's)
_GAIN_VERB_END = regex.compile(
    r"(?i)\b(?:(?P<up>gain(?:s|ed)?|add(?:s|ed))|(?P<down>los(?:es|t)|drops?|dropped))\s(?:only\s|about\s|nearly\s)?$"
)
_ON_PLACE_AFTER = regex.compile(r"^\s(?:on|in)\s(?:the\s)?[A-Z]")
_BY_ON_LIST = regex.compile(
    r"(?:\bby|\bgain(?:s|ed)?|\blos(?:es|t))\s(?:an?\s)?(?:[+\-]?\d+(?:\.\d+)?\s(?:points?\s)?(?:on|in|for)\s[^\d,;.()]{1,40}?(?:,\s(?:and\s)?|\sand\s)){1,4}$"
)


# "improving the score by 3.1, 2.4, and 1.7 for ...": a later member of a list of bare gains that
# one "by" governs (the second member still reads "by" within BY_END's one-word reach)
_BY_BARE_LIST = regex.compile(r"\bby\s(?:an?\s)?(?:[+\-]?\d+(?:\.\d+)?,?\s(?:and\s)?){2,4}$")


# an earlier value of a named metric in the sentence: "an F1 of 0.72", "72.1 mAP"
METRIC_VALUE_BEFORE = regex.compile(
    rf"(?:(?:{METRIC.pattern})\s(?:of|is|was|=|:)\s(?:an?\s)?\d|\d\s(?:{METRIC.pattern}))[^;]*$"
)


def change_of(left: str, obj: str, metric: str = "") -> int | None:
    """The sign of a value a change noun gives with "of" ("an improvement of 1.3", "improvements of
    2.3 and 1.8"), or None; `metric` is one written right after the value ("a drop of 0.4 FID")."""
    window = left[-60:]
    change = _CHANGE_OF.search(window) if left.endswith(" ") else None
    if change is None:
        return None
    # "a CLIP score drop of only 0.2": a drop is negative, unless of an error ("an error drop of")
    # ... and a drop "in WER" after the value is a gain, a rise in it a loss
    before = window[: change.start()][-30:]
    bad = BAD.search(before) is not None or IN_BAD.match(obj) is not None or BAD.search(metric) is not None
    return -1 if (change.group("drop") and not bad) or (change.group("rise") and bad) else 1


def bare_gain(left: str, phrase: str, obj: str, clause: str) -> tuple[int, str] | None:
    """A decimal without a unit that a gain governs: the sign and the rule, or None."""
    sign = change_of(left, obj)
    if sign is not None:
        return sign, "value_change_of"
    verb = _GAIN_VERB_END.search(left[-25:]) if left.endswith(" ") else None
    if verb is not None and _ON_PLACE_AFTER.match(phrase + obj):
        return (-1 if verb.group("down") else 1), "value_gain_verb"  # "loses 2.1 on ARC and 1.3 on ..."
    noun = GAIN_NOUN.search(phrase)
    around = phrase + " " + obj
    if noun and not (
        noun.group(0).lower().startswith("increase") and COST.search(around) and not METRIC.search(around)
    ):
        return (-1 if _NEGATIVE_NOUN.search(phrase) else 1), "value_gain_noun"
    if BY_END.search(left[-12:]):
        kind, sign, cue = cue_kind(phrase, obj, clause, left)
        if kind is Kind.IMPROVEMENT and not cue.startswith("phrase_"):
            return sign, "value_by_gain"
    window = left[-120:]
    listed = _BY_ON_LIST.search(window) if window.endswith("and ") or window.endswith(", ") else None
    listed = listed or (_BY_BARE_LIST.search(window) if window.endswith(("and ", ", ")) else None)
    if listed is not None:  # "improves F1 by 2.1 on CoNLL and 1.5 on OntoNotes": the same "by" governs
        before = left[: len(left) - len(window) + listed.start()] + "by "
        kind, sign = cue_kind("", "", clause_of(before), before)[:2]
        if not listed.group(0).startswith("by"):  # "gains 9.4 points on A and", "loses 2.1 on A and"
            kind, sign = Kind.IMPROVEMENT, (-1 if listed.group(0).startswith("los") else 1)
        if kind is Kind.IMPROVEMENT:
            # "gains 9.4 points on A and 12.1 on B": the list's unit is written with its first member
            return sign, "value_by_list_points" if "point" in listed.group(0) else "value_by_list"
    return None


# "compared with 77.6 for CQL and [81.3] for IQL": a later member of a list of compared values
_COMPARED_LIST_END = regex.compile(
    r"(?i)\b(?:compared\s(?:to|with)|versus|against)\s\d+(?:\.\d+)?\sfor\s[^,;()]{1,40}?(?:,\s(?:and\s)?|\sand\s)$"
)
_FOR_ANY_AFTER = regex.compile(r"^\s(?:for|by)\s(?:the\s|its\s|their\s|an?\s)?[\w\-]")


def compared_other(left: str, right: str) -> bool:
    """A value another system reached, set against a named metric's value given earlier in the
    sentence: "a driving score of 71.2, compared with 64.5 for planners trained on logged data",
    "an FVD of 212, compared with 198 for its teacher" (a whole number too), "... and 81.3 for IQL"."""
    if not right.startswith((" for ", " by ")) or _FOR_ANY_AFTER.match(right) is None:
        return False
    if COMPARED_TO_END.search(left[-25:]) is None and _COMPARED_LIST_END.search(left[-70:]) is None:
        return False
    return METRIC_VALUE_BEFORE.search(left[-160:]) is not None


# "improves the CLIP directional similarity from 0.162 to 0.204", "ratings rise from 3.1 to 4.2": a
# verb of gain or loss changes a measure the lexicon may not know, from one value to another
_CHANGED_FROM = regex.compile(
    r"(?i)\b(?:improv\w*|increas\w*|rais(?:es|ed|ing)|rises?|rose|boost\w*|lift(?:s|ed|ing)?|climb\w*|grows?|grew"
    r"|jump\w*|drops?|dropped|falls?|fell|declin\w*|decreas\w*|degrad\w*)"
    r"\s(?P<m>(?:[\w\-@%\\]+\s){0,6}?)from\s(?:\d+(?:\.\d+)?\sto\s)?$"
)


def changed_measure(left: str) -> bool:
    """A decimal from-to pair that a verb of change governs, of no cost ("from 0.162 to 0.204")."""
    m = _CHANGED_FROM.search(left[-80:])
    return m is not None and COST.search(m.group("m")) is None
