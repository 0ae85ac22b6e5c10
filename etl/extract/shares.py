"""Percentages read as shares: "X% of <things>" (of the data, of a cost, of the time, of the original
model, "within 3% of" another system), and a share of data or cost that a setting keeps ("only on
10% data"). A share is a reduction, a score, a gap, or no result at all, decided here before
`single.single` reads the cue words.

Kept apart from `single.py` because these checks are all about the words after "of" or the
resource the percentage is of; each function returns False when the percentage is not a share it
decides, so `single` goes on with its other readings.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Literal

import regex

from etl.extract.cues import (
    BAD,
    COST,
    IMPROVE,
    METRIC,
    MODEL_NOUN,
    REDUCE,
    SHARE,
    SHARE_OF_COST,
    SPEED,
    USE_VERB,
    WITHIN_HEDGE,
)
from etl.extract.kind_cues import Found, cue_kind
from etl.extract.numbers import Atom
from etl.records import Kind, Unit

__all__ = ["percent_of", "share_kept"]

_R = cache(regex.compile)  # inline patterns: compiled once, looked up cheaply
# "8 percentage points of improvement": a gain, not a share
_OF_GAIN = regex.compile(
    r"(?i)^\s*of\s(?!the\b|its\b|their\b)(?:\w+\s)?(?:improvements?|gains?|increases?|boosts?)\b"
)
_OF_ORIGINAL = regex.compile(
    r"(?i)^\s*of\s(?:the|its|their)\s(?:original|baseline|full|dense|uncompressed|unpruned|vanilla|standard)\b"
)
_WHOLE_DATA = regex.compile(
    r"(?i)\b(?:data(?:sets?)?|labels?|corpus|corpora|training\sset|annotations?|demonstrations|trajectories"
    r"|(?:training|labell?ed|annotated)\s(?:examples|samples|images|pairs))\b"
)
_DATA_FIRST = regex.compile(
    r"(?i)^\s(?:(?:labell?ed|training|unlabell?ed|annotated)\s)?(?:data|labels|annotations)\b"
)
# "pre-training only on 10% data", "with only 1% or 10% data": a share of the data kept; without
# "only" ("on ImageNet with 10% labeled data") it is the label budget of a semi-supervised setting
_SHARE_BEFORE = regex.compile(
    r"(?i)\b(?:only|just|merely)\s(?:(?:on|with|using)\s)?(?:[+\-]?\d+(?:\.\d+)?\\?%,?\s(?:or|and|to)\s)?$"
)
_SETTING_SHARE = regex.compile(r"(?i)\b(?:with|using|on)\s$")
# a verb that takes parts out of a model or an input: what it removes is a reduction
_CUT_PART_VERB = regex.compile(
    r"(?i)\b(?:prun\w*|remov\w*|eliminat\w*|discard\w*|skip(?:s|ped|ping)?|drop(?:s|ped|ping)?|sparsif\w*)"
    r"\s(?:only\s|up\sto\s|about\s|around\s|over\s|nearly\s|roughly\s)?$"
)
_FIX_VERB = regex.compile(
    r"(?i)\b(?:reduc\w*|eliminat\w*|remov\w*|cut(?:s|ting)?|fix\w*|correct\w*|resolv\w*|avoid\w*|prevent\w*)"
    r"\s(?:only\s|up\sto\s|about\s|around\s|over\s|nearly\s|roughly\s)?$"
)
_BY_PERCENTS = regex.compile(r"(?i)\bby\s(?:\S+\s)?(?:[+\-]?\d+(?:\.\d+)?\\?%,?\s(?:and\s)?){0,4}$")


# "comes within 3% of the 70B model": how far below another system, a negative gain (not against
# measurements)
_WITHIN_END = regex.compile(
    rf"(?i)\bwithin\s(?:{WITHIN_HEDGE}\s|~\s?)?"
    r"(?:\d+(?:\.\d+)?\\?%\sof\s[^,;.()]{1,40}?(?:,\s(?:and\s)?|\sand\s))?\$?$"  # "within $14\%$ of"
)
MEASURED_OF = regex.compile(
    r"(?i)^\s*of\s(?:the\s|an?\s)?(?:[\w\-]+\s){0,3}?(?:measurements?|measured|ground[\s-]truth|true|actual"
    r"|observed|exact|reference|(?:absolute\s|relative\s)?error)\b"
)
# "its answers are 40% of the length of the baseline's": a size kept relative to another system
_SHARE_OF_OTHER_COST = regex.compile(
    r"(?i)^\s*of\s(?:the|its|their)\s(?:[\w\-]+\s)?(?:length|size|cost|memory|latency|runtime|compute|flops"
    r"|parameters|energy|storage|budget)\s(?:of|used\sby|required\sby|needed\sby)\s"
)
_AS_LITTLE = regex.compile(r"(?i)\b(?:as\s(?:little|few)\sas|only|just|merely|mere)\s(?:about\s|around\s)?$")
# "60% of all nodes have fewer than 5 edges", "38% of the errors are due to retrieval": a share that
# is the subject of a description (composition, causes), not something a system reaches (not a
# judgement: "20% of raters felt the samples had fewer artifacts" is a preference rate)
_STATISTIC = regex.compile(
    r"(?i)^\s*of\s(?:the\s|all\s|these\s|those\s)?"
    r"(?:(?!(?:that|which|who|than|and|or|felt|found|indicated|said|thought|judged|rated)\b)[\w\-]+\s){1,6}?"
    r"(?:(?:are|is|were|was)\s(?:\w+\s)?(?:due|attributable|caused|related|owing)\b|attributable\sto"
    r"|(?:have|has|had|contain|contains|belong|belongs|come|comes|came|originate\w*|stem|stems)\b)"
)


# "the extra memory cost is 0.2% of the total size": a cost added on top, as a share of the whole, is an
# overhead the system has (a value reached, like "an area overhead of 3.8%"), not a share kept; extra
# parameters or data are a kept share still ("the additional parameters are only 0.5% of those in X")
_KEPT_NOUN = r"param|weights?\b|data\b|tokens?\b|labels?\b|samples?\b|examples?\b"
_OVERHEAD_IS = regex.compile(
    rf"(?i)\b(?:extra|additional|added|overhead)\s(?:(?:(?!{_KEPT_NOUN})[^.;:,()]){{0,50}}?\s)?"
    r"(?:is|are|was|were|amounts?\sto"
    r"|accounts?\sfor|represents?|takes?\sup)\s(?:only\s|just\s|merely\s|about\s|around\s|roughly\s"
    r"|approximately\s|less\sthan\s|under\s|below\s)?$"
)


def _data_share(unit: Unit, obj: str) -> bool:
    """ "uses 20% of the dataset": a percentage of the data, not a gain written in points."""
    return unit is Unit.PERCENT and _WHOLE_DATA.search(obj) is not None and IMPROVE.search(obj) is None


def percent_of(
    text: str,
    a: Atom,
    left: str,
    right: str,
    clause: str,
    phrase: str,
    obj: str,
    unit: Unit,
    s_start: int,
    found: Callable[..., Found],
) -> Found | None | Literal[False]:
    """A percentage followed by "of" (or the whole, 100%, of a resource): a share kept or cut, a
    proportion, a frequency, a gap to another system; None for no result, False when not read here."""
    if (
        a.value == 100
        and not (IMPROVE.search(phrase) or SPEED.search(phrase) or REDUCE.search(phrase))
        and (
            COST.search(phrase)
            or _R(r"^\s*of\s").match(right)
            and (COST.search(obj) or _WHOLE_DATA.search(obj))
        )
    ):
        return None  # "using 100% of the labels": the whole of a resource is a setting
    if right.startswith(" of ") and _OVERHEAD_IS.search(left[-90:]):
        return found(Kind.SCORE, unit, "overhead_share")  # "the extra gate count is only 1.0% of the total"
    if _R(r"^\s*of\s(?:those|that)\s(?:of|in|used\sby|required\sby)\s").match(right):
        return found(Kind.REDUCTION, unit, "share_of_other")  # "0.35% of those of AdapterFusion"
    if right.startswith(" of ") and _OF_GAIN.match(right):
        return found(Kind.IMPROVEMENT, unit, "of_gain")  # "8 percentage points of improvement"
    if _R(r"^\s*of\s(?:the\s)?(?:time|cases|instances|trials|runs)\b").match(right):
        return found(Kind.SCORE, unit, "frequency")  # "14% of the time": how often, not a share of cost
    if right.startswith(" of ") and _WITHIN_END.search(text, max(s_start, a.start - 80), a.start):
        if MEASURED_OF.match(right):
            return found(Kind.SCORE, unit, "within_measured")  # "within 7% of the measurements": an error
        return found(Kind.IMPROVEMENT, unit, "within_of", -1)  # "within 3% of X": a gap to a system
    if right.startswith(" of ") and _STATISTIC.match(right):
        return None  # "38% of the errors are due to ...": a statistic, not a value a system reaches
    if right.startswith(" of ") and _KEPT_END.search(left[-40:]) and _QUALITY_OF.match(right):
        # "retains 95% of the full model's accuracy at 4x lower cost": the quality kept is a score,
        # whatever cost or cut the sentence names around it
        return found(Kind.SCORE, unit, "quality_kept")
    if _share_apposed(left, right, obj):
        return found(Kind.REDUCTION, unit, "share_apposed")  # "1.2M parameters, about 0.4% of the encoder"
    if _R(r"^\s*of\s(?:the\s|all\s|its\s|their\s)?").match(right) and not SHARE.search(left):
        # "X% of <things>": a share that is kept or cut (reduction), or a proportion (score)
        o = right[:50]
        kind, sign, cue = cue_kind(phrase, obj, clause, left)
        if (COST.search(o) or _WHOLE_DATA.search(o)) and not METRIC.search(o[:25]):
            if (
                kind is Kind.REDUCTION
                or USE_VERB.search(clause[-25:])
                or (kind is None and (USE_VERB.search(clause) or SHARE_OF_COST.match(right)))
            ):
                return found(Kind.REDUCTION, unit, "share_" + (cue or "of"), sign)
        if (
            kind is Kind.REDUCTION
            and _CUT_PART_VERB.search(clause[-30:])
            and not METRIC.search(o[:25])
            and not BAD.search(o[:40])
        ):
            return found(Kind.REDUCTION, unit, "share_pruned")  # "we prune 50% of attention heads"
        if kind is Kind.IMPROVEMENT and sign > 0 and BAD.search(o[:40]) and _FIX_VERB.search(clause[-30:]):
            return found(Kind.IMPROVEMENT, unit, "share_fixed")  # "it removes 30% of the errors": a gain
        if kind is Kind.REDUCTION and _OF_ORIGINAL.match(right) and not _ORIGINAL_QUALITY.match(right):
            # "memory is reduced to 30% of the original"
            return found(Kind.REDUCTION, unit, "share_of_original")
        if _SHARE_OF_OTHER_COST.match(right):
            return found(Kind.REDUCTION, unit, "share_of_other")  # "40% of the length of X's answers"
        if _WHOLE_DATA.search(o[:40]) and not METRIC.search(o[:25]):
            if _AS_LITTLE.search(text, max(s_start, a.start - 25), a.start):
                return found(Kind.REDUCTION, unit, "share_data")  # "with as little as 10% of the labels"
            return None  # "by discarding 75% of the data": how much data a setting keeps
        if not _BY_PERCENTS.search(left[-60:]):  # "by 3.74% and 4.7% of the car ...": gains
            return found(Kind.SCORE, unit, "percent_of")
    return False


# a verb that keeps a quality, right before the share ("retains", "preserving over", "recovers about")
_KEPT_END = regex.compile(
    r"(?i)\b(?:retain\w*|keep(?:s|ing)?|kept|preserv\w*|maintain\w*|recover\w*|match\w*)"
    r"\s(?:only\s|about\s|around\s|roughly\s|nearly\s|almost\s|over\s|more\sthan\s|up\sto\s|~)?$"
)
# "of the full model's accuracy", "of GPT-4 quality", "of the teacher's performance": a quality of another
# system or of the original (not "of the lost performance", a gain recovered)
_QUALITY_OF = regex.compile(
    r"(?i)^\sof\s(?:the\s|its\s|their\s)?(?:(?!lost\b|dropped\b)[\w\-.]+(?:'s?)?\s){0,3}?"
    r"(?:performance|accuracy|quality|capabilit(?:y|ies)|scores?|F1|BLEU|effectiveness|utility)\b"
)
# "97.3% of the original performance": a quality kept (a score), not a cost kept ("40% of the original
# with no performance loss" is the cost's)
_ORIGINAL_QUALITY = regex.compile(
    r"(?i)^\s*of\s(?:the\s|its\s)?(?:original|full|baseline|uncompressed|dense|teacher'?s?)\s(?:model'?s?\s)?"
    # "of the original average zero-shot accuracy": a few modifiers before the quality noun
    r"(?:(?!(?:with|without|and|or|but|while|in|at|for|on|by|to|no)\b)[\w\-]+\s){0,3}?(?:performance|accuracy|quality|capabilit\w+|score|F1|BLEU|effectiveness)\b"
)


# "Only 1.2M parameters are updated, about 0.4% of the encoder", "the adapter weights amount to 0.2% of
# the model": a share of a model or of a cost, said of a cost named just before (a count of parameters or
# tokens), is the share kept (reduction)
_SHARE_APPOSED = regex.compile(
    r"(?i)(?:,\s(?:(?:about|around|roughly|approximately|only|just|merely|i\.e\.,?)\s)?"
    r"|\b(?:amounts?|amounting|amounted|corresponds?|corresponding)\sto\s(?:only\s|just\s|about\s|roughly\s)?"
    r"|\b(?:represents?|representing|constitutes?|constituting)\s(?:only\s|just\s|about\s|roughly\s)?)$"
)
_APPOSED_COST = regex.compile(
    r"(?i)\b(?:param(?:eter)?s|weights|tokens|data|FLOPs|compute|memory)\b[^.;,]{0,40}$"
)
# "7B parameters, 85% of which are frozen": a share of the count named before, said of a state it is in
# (frozen, shared, pruned ...), not a share of a model or cost after "of"
_OF_WHICH = regex.compile(r"(?i)^\sof\s(?:which|them|these|those)\b")


def _share_apposed(left: str, right: str, obj: str) -> bool:
    tail = left[-90:]
    m = _SHARE_APPOSED.search(tail)
    if m is None or not right.startswith(" of ") or METRIC.search(right[:50]) or _OF_WHICH.match(right):
        return False
    return bool(
        _APPOSED_COST.search(tail[: m.start()])
        and (MODEL_NOUN.search(obj) or COST.search(obj) or _R(r"['’]s\s").search(right[:40]))
    )


def share_kept(
    left: str, right: str, clause: str, phrase: str, obj: str, unit: Unit, found: Callable[..., Found]
) -> Found | None | Literal[False]:
    """A share of the data or of a cost that a setting keeps ("pre-training only on 10% data", "uses
    20% of the parameters"); None for a setting, False when not read here."""
    if _DATA_FIRST.match(right) and _SHARE_BEFORE.search(left[-40:]):
        return found(Kind.REDUCTION, unit, "share_data")  # "pre-training only on 10% data of WebVid-2M"
    if _DATA_FIRST.match(right) and _SETTING_SHARE.search(left[-6:]):
        return None  # "on ImageNet with 10% labeled data": a setting
    if SHARE.search(left[-30:]) and (
        COST.search(phrase)
        or _R(r"^\s*of\s").match(right)
        and (
            COST.search(obj) or _data_share(unit, obj) or MODEL_NOUN.search(obj) or COST.search(clause[-40:])
        )
    ):
        return found(Kind.REDUCTION, unit, "share")
    return False
