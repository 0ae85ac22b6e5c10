"""One number's kind, unit and sign from the words around it: a percentage, a factor, a size, a
bare value. `kinds.classify` cuts the windows and calls this for each number (both numbers of a
pair or range go through it). A number with no unit is read in `bare_numbers.py`."""

from __future__ import annotations

from functools import cache

import regex

from etl.extract.bare_numbers import bare_number
from etl.extract.cues import (
    BAD,
    CHANGE_BEFORE_METRIC,
    COLON_METRIC,
    COST,
    DROP,
    IMPROVE,
    LARGER_MODELS,
    METRIC,
    METRIC_OF,
    MODEL_NOUN,
    MORE_COST,
    PAREN_VALUE,
    PLUS_PERCENT,
    REDUCE,
    SCORE,
    SHARE,
    SHARE_OF_COST,
    SPEED,
    TIMES_THE,
    USE_VERB,
    VERSUS,
    VERSUS_END,
    EndSearch,
)
from etl.extract.kind_cues import (
    COST_INCREASE,
    MORE_THINGS,
    WEAK_RULES,
    Found,
    cue_kind,
    last_match,
    phrase_after,
)
from etl.extract.measured import (
    COMPARED_OWN,
    COMPARED_VALUE_END,
    GAIN_ON_LISTED,
    PAIR_COMPARED_AFTER,
    PAIR_COMPARED_BEFORE,
    by_metric_gain,
    compared_own_paren,
    compared_value,
    paren_score,
    with_own_value,
)
from etl.extract.numbers import Atom
from etl.extract.sizes import rate_reached, size_kind
from etl.records import Kind, Qualifier, Unit

_R = cache(regex.compile)  # inline patterns: compiled once, looked up cheaply
# a window whose end METRIC_OF cannot match has no suffix METRIC_OF fullmatches
_METRIC_OF_END = EndSearch(METRIC_OF.pattern)

_OF_GAIN = regex.compile(
    r"(?i)^\s*of\s(?!the\b|its\b|their\b)(?:\w+\s)?(?:improvements?|gains?|increases?|boosts?)\b"
)
_GAP_PAREN = regex.compile(
    r"(?i)\b(?:gap|difference|margin)s?(?:\s(?:in|of)\s[\w\-]+(?:\s[\w\-]+)?)?\s?\(\s?$"
)
_COMPARED_PAREN = regex.compile(
    r"(?i)\b(?:outperform\w*|surpass\w*|beat\w*|exceed\w*|than|compared|versus|vs\.?)\b(?:[^()]|\([^()]{0,20}\)){0,90}\w\s?\(\s?$"
)
_COST_GROWTH = regex.compile(
    r"(?i)\b(?:runtime|run-time|latency|time|memory|cost|area|energy|power|storage)\s(?:\w+\s)?(?:increase|overhead|growth)s?"
    r"\s(?:of\s)?(?:just\s|only\s|about\s|around\s)?$"
)
# "(e.g. 90%)" with nothing else in the parentheses: an example value of a setting (a result
# example names its metric: "(e.g., 96% accuracy)")
_EXAMPLE_PAREN = regex.compile(r"(?i)\((?:e\.g\.?|for\sexample|for\sinstance|say),?\s?~?$")
_COMPRESSION_OF = regex.compile(r"(?i)\bcompression\s(?:rates?|ratios?)\sof\s$")
_OF_ORIGINAL = regex.compile(
    r"(?i)^\s*of\s(?:the|its|their)\s(?:original|baseline|full|dense|uncompressed|unpruned|vanilla|standard)\b"
)
# "3.2x more memory-efficient": needing less of a resource is a reduction
_COST_EFFICIENT = regex.compile(
    r"(?i)^\s(?:more\s)?(?:memory|parameter|compute|computation|data|token|energy|sample|label|cost|storage)[\s-]efficient\b"
)
# "25% more efficient than prior methods", "5 times more efficient": efficiency with no resource
# named is how much faster the work gets (speedup), never a metric gain
_MORE_EFFICIENT = regex.compile(r"(?i)^\s(?:more\s)efficient\b")
_COMPARED_SIZE = regex.compile(r"(?i)\b(?:surpass\w*|exceed\w*|outperform\w*|beat\w*)\s(?:the\s)?$")
_WHOLE_DATA = regex.compile(r"(?i)\b(?:data(?:sets?)?|labels?|corpus|corpora|training\sset|annotations?)\b")


# "accuracy falls below 10%", "rises above 90%": the level reached, not the size of the change
_LEVEL_AFTER_CHANGE = regex.compile(
    r"(?i)\b(?:fall(?:s|ing)?|fell|drop(?:s|ped|ping)?|declin\w*|decreas\w*|degrad\w*|reduc\w*|go(?:es)?|went"
    r"|ris(?:es|ing)|rose|climb\w*)\s(?:to\s)?(?:below|under|above|beyond)\s(?:only\s|just\s)?$"
    r"|\b(?:go(?:es)?|went|ris(?:es|ing)|rose|climb\w*|jump\w*)\sup\sto\s$"
)
# "nearly doubles the accuracy": a multiple of a metric is a gain
_DOUBLES_METRIC = regex.compile(rf"^\s(?:the|its|their|our)\s(?:[\w\-]+\s)?(?:{METRIC.pattern})")
_DATA_FIRST = regex.compile(
    r"(?i)^\s(?:(?:labell?ed|training|unlabell?ed|annotated)\s)?(?:data|labels|annotations)\b"
)
# "pre-training only on 10% data", "with only 1% or 10% data": a share of the data kept; without
# "only" ("on ImageNet with 10% labeled data") it is the label budget of a semi-supervised setting
_SHARE_BEFORE = regex.compile(
    r"(?i)\b(?:only|just|merely)\s(?:(?:on|with|using)\s)?(?:[+\-]?\d+(?:\.\d+)?\\?%,?\s(?:or|and|to)\s)?$"
)
_SETTING_SHARE = regex.compile(r"(?i)\b(?:with|using|on)\s$")
# "a 10% increase in latency": the cost that grows, named after the change noun
_IN_COST = regex.compile(
    r"(?i)^\s(?:in|of)\s(?:the\s)?(?:[\w\-]+\s){0,2}?(?:latency|runtime|run-time|memory|cost|costs|compute|computation"
    r"|energy|time|storage|overhead|flops|parameters)\b"
)
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
# "36.3% absolute accuracy", "5.60% relative CER reduction": a value called absolute or relative
# is a difference between two values, not a value reached
_REL_ABS = regex.compile(r"(?i)^\)?\s?(?:absolute|relative(?!\sto\b)|relatively|abs\.|rel\.)(?![\w\-])")


# "comes within 3% of the 70B model": how far below another system, a negative gain (not against
# measurements)
_WITHIN_END = regex.compile(
    r"(?i)\bwithin\s(?:only\s|just\s|about\s|around\s|roughly\s|~\s?)?"
    r"(?:\d+(?:\.\d+)?\\?%\sof\s[^,;.()]{1,40}?(?:,\s(?:and\s)?|\sand\s))?$"
)
_MEASURED = regex.compile(
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


_LARGER = regex.compile(r"(?i)^\s*(?:larger|bigger)\b")
_MODELS_BEFORE = regex.compile(r"(?i)\b(?:models?|LLMs?|LMs?|networks?|ones)\s(?:that\sare\s|up\sto\s)?$")
_PARITY = regex.compile(
    r"(?i)\b(?:comparabl[ey]|competitive|similar|on\spar|match\w*|rival\w*|outperform\w*|surpass\w*|better"
    r"|exceed\w*|beat(?:s|ing)?|equal\w*|as\sgood\sas|close\sto)\b"
)
# "outperforms GPT (trained using 30x more compute)", "outperforms models trained on datasets containing
# up to 21 times more data": matching or beating a system that spends more is a reduction of that cost
_BEATS_COSTLIER = regex.compile(
    r"(?i)\b(?:outperform\w*|surpass\w*|beat(?:s|ing)?|match(?:es|ing)?|rival\w*|comparable\sto|on\spar\swith)\s"
    r"(?:(?!\b(?:while|whilst|but|although|though|despite|by)\b)[^.;]){0,100}?"
    r"\b(?:trained|pre-?trained|using|containing|requiring|that\s(?:use|require|need))\b[^.;]{0,60}$"
)
_DATA_AROUND = regex.compile(r"(?i)\b(?:datasets?|benchmarks?|corpus|corpora|collections?|data)\b")


def _change_sign(left: str, right: str) -> int:
    """A drop is negative: said after the value ("relative accuracy drop"; fewer errors is a gain)
    or, with no gain word after it, the last change word before it ("drop-offs ... (up to 36.3%")."""
    near = right[:60].split(". ", 1)[0]
    if DROP.search(near):
        return 1 if BAD.search(near) else -1
    if IMPROVE.search(near):
        return 1
    drop, gain = last_match(DROP, left[-100:]), last_match(IMPROVE, left[-100:])
    return -1 if drop is not None and (gain is None or drop.end() > gain.end()) else 1


def _data_share(unit: Unit, obj: str) -> bool:
    """ "uses 20% of the dataset": a percentage of the data, not a gain written in points."""
    return unit is Unit.PERCENT and _WHOLE_DATA.search(obj) is not None and IMPROVE.search(obj) is None


def single(
    text: str,
    a: Atom,
    left: str,
    right: str,
    clause: str,
    qual: Qualifier,
    from_to: bool,
    s_start: int,
    s_end: int,
) -> Found | None:
    phrase, obj = phrase_after(right)
    value = a.value

    def found(kind: Kind, unit: Unit, rule: str, sign: int = 1) -> Found:
        v = value
        if v is not None and sign < 0 and kind is Kind.IMPROVEMENT:
            v = -abs(v)
        elif v is not None and sign < 0 and kind is Kind.SPEEDUP and unit is Unit.PERCENT:
            v = -abs(v)  # "a 5% slowdown"
        weak = rule in WEAK_RULES or rule.startswith("sentence_")
        q = Qualifier.LOWER if PLUS_PERCENT.search(text, a.start, a.end) else qual
        return Found(a.start, a.end, kind, v, None, None, unit, q, rule, not weak)

    if a.form == "vague":
        return None
    if a.magnitude or a.unit in ("tokens", "hours") or a.form == "hm":
        if a.unit in ("%", "x", "pp"):
            pass
        else:
            if rate_reached(left, right):
                return found(Kind.SCORE, Unit.NONE, "rate_reached")  # "a throughput of 1.8 billion packets/s"
            sk = size_kind(a, text[a.start : a.end], left, phrase, right, text[s_start:s_end])
            if (
                sk
                and sk[0] is Kind.PARAM_COUNT
                and qual is Qualifier.LOWER
                and _COMPARED_SIZE.search(text, max(s_start, a.start - 25), a.start)
            ):
                qual = Qualifier.EXACT  # "surpasses 70B models": the size compared with, not a bound
            return found(sk[0], sk[1], "size") if sk else None
    if a.unit == "pp" and a.unit_rule == "points" and abs(value or 0) > 100:
        # "scores over 43,000 points": game points, not percentage points
        return found(Kind.SCORE, Unit.NONE, "points_value") if SCORE.search(clause) else None
    if a.unit == "%" or a.unit == "pp":
        unit = Unit.PERCENT if a.unit == "%" else Unit.PP
        if from_to:
            return found(Kind.SCORE, unit, "from_to")
        if right[:1] == ")" and _EXAMPLE_PAREN.search(left[-20:]):
            return None  # "much higher than BERT (e.g. 15%)": a bare example of a setting names no metric
        if left.endswith("of ") and _COMPRESSION_OF.search(left[-40:]):
            return found(Kind.REDUCTION, unit, "compression_rate")  # "a compression rate of 75%"
        paren = left.endswith(("(", "( "))
        if paren and _GAP_PAREN.search(left[-50:]) and not VERSUS.match(right):
            return found(Kind.IMPROVEMENT, unit, "gap_paren")  # "a gap in performance (20% F1)"
        if paren and not a.signed and right[:1] == ")" and GAIN_ON_LISTED.found(left[-160:]):
            return found(Kind.IMPROVEMENT, unit, "paren_gain_on")  # "datasets including CIFAR-100 (17%)"
        if paren and not a.signed and right[:1] == ")" and _COMPARED_PAREN.search(left[-110:]):
            return found(Kind.SCORE, unit, "paren_value")  # "outperforming ... traditional docking (23%)"
        if (
            not a.signed
            and left.endswith(("(", "( ", "e.g. ", "e.g., ", "i.e. ", "i.e., "))
            and compared_own_paren(left, right)
        ):
            return found(Kind.SCORE, unit, "paren_value")  # "surpassing GPT-4 performance (67%, zero-shot)"
        if not a.signed and left.endswith(("s ", "s only ")) and COMPARED_OWN.search(left[-90:]):
            return found(Kind.SCORE, unit, "compared_own")  # "exceeding GPT-4's 67%"
        if ("increase" in left or "overhead" in left or "growth" in left) and _COST_GROWTH.search(left[-50:]):
            return None  # "a runtime increase of 20%": a cost that grows is not a result
        if not a.signed and PAREN_VALUE.search(left[-40:]) and (right[:1] == ")" or paren_score(left, right)):
            return found(Kind.SCORE, unit, "paren_value")
        if VERSUS.match(right) or VERSUS_END.search(left[-20:]):
            return found(Kind.SCORE, unit, "versus")
        if (paren and PAIR_COMPARED_AFTER.match(right)) or PAIR_COMPARED_BEFORE.search(left[-40:]):
            return found(Kind.SCORE, unit, "versus")  # "(74.4% compared to 58.3%)": two values side by side
        if COMPARED_VALUE_END.search(left[-30:]) and compared_value(left, right):
            return found(Kind.SCORE, unit, "compared_value")  # "compared with 45% for GPT-4"
        by_sign = by_metric_gain(left) if left.endswith(("of ", "and ", ", ")) else None
        if by_sign is not None:
            return found(Kind.IMPROVEMENT, unit, "by_metric_of", by_sign)  # "by a mean accuracy of 3.20%"
        window = left[-70:]
        # "<metric> of": only a window that ends the way METRIC_OF does can hold one (cheap test first)
        m = last_match(METRIC, window) if _METRIC_OF_END.found(window) else None
        if (
            m is not None
            and METRIC_OF.fullmatch(window[m.end() :])
            and not CHANGE_BEFORE_METRIC.search(window[: m.start()])
        ):
            return found(Kind.SCORE, unit, "metric_of")
        if COLON_METRIC.search(left[-50:]):
            return found(Kind.SCORE, unit, "metric_colon")
        if (
            value == 100
            and not (IMPROVE.search(phrase) or SPEED.search(phrase) or REDUCE.search(phrase))
            and (
                COST.search(phrase)
                or _R(r"^\s*of\s").match(right)
                and (COST.search(obj) or _WHOLE_DATA.search(obj))
            )
        ):
            return None  # "using 100% of the labels": the whole of a resource is a setting
        if _R(r"^\s*of\s(?:those|that)\s(?:of|in|used\sby|required\sby)\s").match(right):
            return found(Kind.REDUCTION, unit, "share_of_other")  # "0.35% of those of AdapterFusion"
        if right.startswith(" of ") and _OF_GAIN.match(right):
            return found(Kind.IMPROVEMENT, unit, "of_gain")  # "8 percentage points of improvement"
        if _R(r"^\s*of\s(?:the\s)?(?:time|cases|instances|trials|runs)\b").match(right):
            return found(Kind.SCORE, unit, "frequency")  # "14% of the time": how often, not a share of cost
        if right.startswith(" of ") and _WITHIN_END.search(text, max(s_start, a.start - 80), a.start):
            if _MEASURED.match(right):
                return found(Kind.SCORE, unit, "within_measured")  # "within 7% of the measurements": an error
            return found(Kind.IMPROVEMENT, unit, "within_of", -1)  # "within 3% of X": a gap to a system
        if right.startswith(" of ") and _STATISTIC.match(right):
            return None  # "38% of the errors are due to ...": a statistic, not a value a system reaches
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
            if (
                kind is Kind.IMPROVEMENT
                and sign > 0
                and BAD.search(o[:40])
                and _FIX_VERB.search(clause[-30:])
            ):
                return found(Kind.IMPROVEMENT, unit, "share_fixed")  # "it removes 30% of the errors": a gain
            if kind is Kind.REDUCTION and _OF_ORIGINAL.match(right):
                return found(
                    Kind.REDUCTION, unit, "share_of_original"
                )  # "memory is reduced to 30% of the original"
            if _SHARE_OF_OTHER_COST.match(right):
                return found(Kind.REDUCTION, unit, "share_of_other")  # "40% of the length of X's answers"
            if _WHOLE_DATA.search(o[:40]) and not METRIC.search(o[:25]):
                if _AS_LITTLE.search(text, max(s_start, a.start - 25), a.start):
                    return found(Kind.REDUCTION, unit, "share_data")  # "with as little as 10% of the labels"
                return None  # "by discarding 75% of the data": how much data a setting keeps
            if not _BY_PERCENTS.search(left[-60:]):  # "by 3.74% and 4.7% of the car ...": gains
                return found(Kind.SCORE, unit, "percent_of")
        if COST_INCREASE.search(phrase) and (
            COST.search(phrase) or _IN_COST.match(obj) is not None and not METRIC.search(obj[:40])
        ):
            return None  # "with 18% computation increment": a cost that grows is not a result
        if _DATA_FIRST.match(right) and _SHARE_BEFORE.search(left[-40:]):
            return found(Kind.REDUCTION, unit, "share_data")  # "pre-training only on 10% data of WebVid-2M"
        if _DATA_FIRST.match(right) and _SETTING_SHARE.search(left[-6:]):
            return None  # "on ImageNet with 10% labeled data": a setting
        if SHARE.search(left[-30:]) and (
            COST.search(phrase)
            or _R(r"^\s*of\s").match(right)
            and (
                COST.search(obj)
                or _data_share(unit, obj)
                or MODEL_NOUN.search(obj)
                or COST.search(clause[-40:])
            )
        ):
            return found(Kind.REDUCTION, unit, "share")
        if left.endswith("with ") and with_own_value(left, phrase, obj, clause):
            return found(Kind.SCORE, unit, "compared_with_value")  # "superior to X with 81.25% accuracy"
        if _MORE_EFFICIENT.match(right):
            return found(Kind.SPEEDUP, unit, "more_efficient")
        kind, sign, cue = cue_kind(phrase, obj, clause, left)
        if kind is Kind.IMPROVEMENT and MORE_COST.match(right) and COST.search(phrase):
            return None
        if unit is Unit.PP and kind is Kind.REDUCTION and not COST.search(phrase + " " + obj):
            # "a 6-point drop across all modifications": points measure a metric, never a cost
            return found(Kind.IMPROVEMENT, unit, cue + "_points", -1)
        if (kind is Kind.SCORE or kind is None) and _REL_ABS.match(right):
            return found(Kind.IMPROVEMENT, unit, "relative_change", _change_sign(left, right))
        if kind is Kind.SCORE or kind is None:
            if unit is Unit.PP and kind is None:
                if a.form == "word":
                    return None  # "any four points are co-circular": points in space, not a gain
                return found(Kind.IMPROVEMENT, unit, "pp")
            if a.signed == "+" and (cue != "clause_score" or left.endswith(("(", "( "))):
                # "+4.1%", "from 56.2% to 72.1% (+15.9%)": a signed value is a change
                return found(Kind.IMPROVEMENT, unit, "signed")
            return found(Kind.SCORE, unit, cue or "percent")
        if (
            kind is Kind.IMPROVEMENT
            and not cue.startswith("phrase_")  # "amounts to 5% reduction in error rate": a gain
            and (
                _R(r"(?i)\bto\s$").search(left[-4:])
                and not _R(r"(?i)\b(?:up|close|compared|relative|equal|similar)\sto\s$").search(left[-20:])
                or _LEVEL_AFTER_CHANGE.search(text, max(s_start, a.start - 40), a.start) is not None
            )
        ):
            return found(Kind.SCORE, unit, "improve_to")
        return found(kind, unit, cue, sign)
    if a.unit == "x":
        larger = _LARGER.match(right)
        if LARGER_MODELS.match(right) or (larger and _MODELS_BEFORE.search(left[-25:])):
            # "competitive with 500 times larger models", "on par with models 8x larger": the same
            # quality at a fraction of the size is a reduction; otherwise a size compared is no result
            if _PARITY.search(text, s_start, s_end):
                return found(Kind.REDUCTION, Unit.FACTOR, "larger_models")
            return None
        if larger and _DATA_AROUND.search(text, max(s_start, a.start - 100), min(s_end, a.end + 80)):
            return None  # "a benchmark 30 times larger than X": a size of data compared, no result
        if MORE_THINGS.match(right) and not (SPEED.search(phrase) or METRIC.search(phrase)):
            return None  # "20 times more entities than X": a count compared, not a metric
        if MORE_COST.match(right) and COST.search(phrase) and _BEATS_COSTLIER.search(left[-170:]):
            return found(Kind.REDUCTION, Unit.FACTOR, "costlier_beaten")
        if _COST_EFFICIENT.match(right):
            return found(Kind.REDUCTION, Unit.FACTOR, "cost_efficient")
        if _MORE_EFFICIENT.match(right):
            return found(Kind.SPEEDUP, Unit.FACTOR, "more_efficient")
        kind, sign, cue = cue_kind(phrase, obj, clause, left)
        if kind is Kind.IMPROVEMENT and MORE_COST.match(right) and COST.search(phrase):
            return None
        if cue == "phrase_slower":
            return None  # "3x slower": a factor of slowness is left out
        if (kind is None or kind is Kind.SCORE) and TIMES_THE.match(right):
            return found(Kind.IMPROVEMENT, Unit.FACTOR, "times_the")
        if kind is None or kind is Kind.SCORE:
            if a.form == "special":
                return None
            return None
        return found(kind, Unit.FACTOR, cue, sign)
    if a.form == "special":
        kind, sign, cue = cue_kind(phrase + " " + obj, "", "", "")
        if _R(r"^\s(?:the|its|their|our)\s").match(right) or _R(r"^\s(?:as|the)\s").match(right):
            kind2, sign2, cue2 = cue_kind(right[:40], "", clause, left)
            kind, sign, cue = kind or kind2, sign, cue or cue2
            if (kind is None or kind is Kind.SCORE) and _DOUBLES_METRIC.match(right):
                return found(Kind.IMPROVEMENT, Unit.FACTOR, "doubles_metric")  # "doubles the accuracy"
            if kind is None or kind is Kind.SCORE:
                return None  # "twice as long": a setting, not a gain, unless a cue says what improved
            return found(kind, Unit.FACTOR, cue, sign)
        return None
    if a.form == "word":
        return None
    return bare_number(text, a, left, right, clause, qual, from_to, s_start, s_end, phrase, obj, found)
