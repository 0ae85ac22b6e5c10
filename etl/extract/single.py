"""One number's kind, unit and sign from the words around it: a percentage, a factor, a size, a
bare value. `kinds.classify` cuts the windows and calls this for each number (both numbers of a
pair or range go through it)."""

from __future__ import annotations

from functools import cache

import regex

from etl.extract.cues import (
    BAD,
    BY_END,
    CHANGE_BEFORE_METRIC,
    COLLECTED,
    COLON_METRIC,
    COST,
    DATA_NOUN,
    DROP,
    FROM_THE,
    GENERIC_METRIC,
    HELD_NOUN,
    IMPROVE,
    LARGER_MODELS,
    METRIC,
    METRIC_OF,
    METRIC_THEN_VALUE,
    MODEL_NOUN,
    MORE_COST,
    NOT_DATA,
    PAREN_VALUE,
    PER_TEN,
    PLUS_PERCENT,
    RATE_PER,
    REDUCE,
    SCORE,
    SHARE,
    SHARE_OF_COST,
    SPEED,
    TIMES_THE,
    TO_END,
    USE_VERB,
    VERSUS,
    VERSUS_END,
    YEAR,
    EndSearch,
)
from etl.extract.kind_cues import (
    COST_INCREASE,
    MORE_THINGS,
    WEAK_RULES,
    Found,
    clause_of,
    cue_kind,
    last_match,
    phrase_after,
    reduce_target,
)
from etl.extract.measured import (
    COMPARED_OWN,
    COMPARED_VALUE_END,
    GAIN_ON_LISTED,
    PAIR_COMPARED_AFTER,
    PAIR_COMPARED_BEFORE,
    PHYS_UNIT,
    bare_value_kind,
    by_metric_gain,
    compared_own_paren,
    compared_score,
    compared_value,
    listed_score,
    measured_kind,
    paren_score,
    verb_value_on,
    with_own_value,
)
from etl.extract.numbers import Atom
from etl.extract.sizes import size_kind
from etl.records import Kind, Qualifier, Unit

_R = cache(regex.compile)  # inline patterns: compiled once, looked up cheaply
# a window whose end METRIC_OF cannot match has no suffix METRIC_OF fullmatches
_METRIC_OF_END = EndSearch(METRIC_OF.pattern)

_UNIT_START = frozenset("dmcFfsB")  # second character of " dB", " ms", " cm", " FPS" (a cheap gate)
_OF_GAIN = regex.compile(
    r"(?i)^\s*of\s(?!the\b|its\b|their\b)(?:\w+\s)?(?:improvements?|gains?|increases?|boosts?)\b"
)
# "surpassing X by 7.3 AP and 9.6 VPQ": a later member of a list of gains governed by the same "by"
_BY_LIST = regex.compile(
    rf"\bby\s(?:an?\s)?(?:[+\-]?\d+(?:\.\d+)?\s?(?:{METRIC.pattern})(?:,\s(?:and\s)?|\sand\s)){{1,4}}$"
)
_AFTER_UNIT_VALUE = regex.compile(r"\d\s?(?:\\?%|points?|pp|x)[^\d;]{0,15}\band\s$")
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
_COMPRESSION_OF = regex.compile(r"(?i)\bcompression\s(?:rates?|ratios?)\sof\s$")
# an upper-case name right after a value, as metrics are written ("0.91 ROC-AUC", "72.3 CIDEr"), not a unit
_ACRONYM_AFTER = regex.compile(
    r"^\s(?!(?:[KMGTP]?B|[KMG]?Hz|[mkM]?W|V|[GT]?FLOPs?|[GT]?OPS|[GT]?TEPS|[MG]bps|FPS|GPUs?|TPUs?|CPUs?|USD)\b)"
    r"[A-Z](?=[\w\-@]*[A-Z])[\w\-@]{1,10}(?=[\s,.;)]|$)"
)
_VALUE_VERB = regex.compile(
    r"(?i)\b(?:achiev\w*|attain\w*|reach\w*|obtain\w*|scor(?:es|ed|ing)|gets?|got|yield\w*|records?|reports?)\s"
    r"(?:an?\s)?(?:(?:average|mean|overall|new|state-of-the-art|competitive|strong|only)\s)*(?:of\s)?$"
)
_RESULTS = regex.compile(r"(?i)\bstate[\s-]of[\s-]the[\s-]art\b|\bSOTA\b|\bresults\b")
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
# "1080P videos", "a 1000-class image dataset": the number names a resolution or a compound
# adjective (N-class, N-layer), not how many of the data noun there are
_NOT_A_COUNT = regex.compile(
    r"^(?:[A-Za-z]|-(?!(?:[\w]+-)?(?:images?|videos?|hours?|examples?|samples?|pairs?|sentences?|documents?|"
    r"questions?|instructions?|frames?|clips?|utterances?|dialog(?:ue)?s?|conversations?|word|token|item|problem)\b)[a-z])"
)
# a capitalised name (not the first word of a sentence) right before the number: "Atari 2600"
_NAME_NUMBER = regex.compile(r"(?<![.!?:;(]\s|^)(?<=\w\s|\w,?\s)\b(?:[A-Z][a-z]+|[A-Z]{2,}[a-z]*)\s$")
_WHOLE_DATA = regex.compile(r"(?i)\b(?:data(?:sets?)?|labels?|corpus|corpora|training\sset|annotations?)\b")


# a bare gain: "outperforms X by 5.2 on ...", "a 2.4 improvement over", "0.5 intent accuracy improvement"
_GAIN_NOUN = regex.compile(
    r"(?i)\b(?:improvements?|gains?|boosts?|increases?|uplifts?|drops?|decreases?|declines?)\b"
)
_NEGATIVE_NOUN = regex.compile(r"(?i)\b(?:drops?|decreases?|declines?)\b")
_CHANGE_WORD = regex.compile(
    r"(?i)\b(?:higher|lower|better|worse|more|less|fewer|improv\w*|gains?|increas\w*|decreas\w*|drops?|reduc\w*)\b"
)
_SUBJECT_TAIL = regex.compile(
    r"^(?:\s(?:for|of|on|in|between|across|with|over|at)\s[^.;:()]{0,60}?)?\s(?:is|are|was|were)\s(?:only\s)?$"
)


# "36.3% absolute accuracy", "5.60% relative CER reduction": a value called absolute or relative
# is a difference between two values, not a value reached
# a change noun, then a parenthesis that gives its value: "improvements (e.g., 2.3 BLEU",
# "speedup (up to 4.1"
_PAREN_CHANGE_RE = regex.compile(
    r"(?i)\b(?:(?P<speed>speed-?ups?|accelerations?)|(?P<drop>drops?|degradations?|declines?)"
    r"|improvements?|gains?|boosts?)(?:\s(?:in|of|on)\s(?:[\w\-]+\s?){1,3})?"
    r"\s?\(\s?(?:(?:e\.g\.|i\.e\.|for\sexample|for\sinstance),?\s)?(?:(?:up\sto|by|about|around|over|nearly|roughly)\s|~)?$"
)
_PAREN_CHANGE = EndSearch(_PAREN_CHANGE_RE.pattern)  # read from the end first: most windows fail at once
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
_SHARE_BEFORE = regex.compile(
    r"(?i)\b(?:only|just|merely|with|using|on)\s(?:(?:on|with|using)\s)?(?:[+\-]?\d+(?:\.\d+)?\\?%,?\s(?:or|and|to)\s)?$"
)
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
_REL_ABS = regex.compile(r"(?i)^\)?\s?(?:absolute|relative(?!\sto\b)|relatively|abs\.|rel\.)(?![\w\-])")


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


_BY_ON_LIST = regex.compile(
    r"\bby\s(?:an?\s)?(?:[+\-]?\d+(?:\.\d+)?\s(?:points?\s)?(?:on|in|for)\s[^\d,;.()]{1,40}?(?:,\s(?:and\s)?|\sand\s)){1,4}$"
)


def _bare_gain(left: str, phrase: str, obj: str, clause: str) -> tuple[int, str] | None:
    """A decimal without a unit that a gain governs: the sign and the rule, or None."""
    noun = _GAIN_NOUN.search(phrase)
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
    if listed is not None:  # "improves F1 by 2.1 on CoNLL and 1.5 on OntoNotes": the same "by" governs
        before = left[: len(left) - len(window) + listed.start()] + "by "
        kind, sign = cue_kind("", "", clause_of(before), before)[:2]
        if kind is Kind.IMPROVEMENT:
            return sign, "value_by_list"
    return None


def _subject_metric(left: str) -> bool:
    """A named metric is the subject the value is stated for ("the accuracy for X and Y are")."""
    window = left[-90:]
    m = last_match(METRIC, window)
    return (
        m is not None
        and not GENERIC_METRIC.fullmatch(m.group(0))
        and _SUBJECT_TAIL.match(window[m.end() :]) is not None
    )


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
        weak = rule in WEAK_RULES or rule.startswith("sentence_")
        q = Qualifier.LOWER if PLUS_PERCENT.search(text, a.start, a.end) else qual
        return Found(a.start, a.end, kind, v, None, None, unit, q, rule, not weak)

    if a.form == "vague":
        return None
    if a.magnitude or a.unit in ("tokens", "hours") or a.form == "hm":
        if a.unit in ("%", "x", "pp"):
            pass
        else:
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
            if not _BY_PERCENTS.search(left[-60:]):  # "by 3.74% and 4.7% of the car ...": gains
                return found(Kind.SCORE, unit, "percent_of")
        if COST_INCREASE.search(phrase) and (
            COST.search(phrase) or _IN_COST.match(obj) is not None and not METRIC.search(obj[:40])
        ):
            return None  # "with 18% computation increment": a cost that grows is not a result
        if _DATA_FIRST.match(right) and _SHARE_BEFORE.search(left[-40:]):
            return found(Kind.REDUCTION, unit, "share_data")  # "pre-training only on 10% data of WebVid-2M"
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
        if LARGER_MODELS.match(right):
            return None
        if MORE_THINGS.match(right) and not (SPEED.search(phrase) or METRIC.search(phrase)):
            return None  # "20 times more entities than X": a count compared, not a metric
        if _COST_EFFICIENT.match(right):
            return found(Kind.REDUCTION, Unit.FACTOR, "cost_efficient")
        if _MORE_EFFICIENT.match(right):
            return found(Kind.SPEEDUP, Unit.FACTOR, "more_efficient")
        kind, sign, cue = cue_kind(phrase, obj, clause, left)
        if kind is Kind.IMPROVEMENT and MORE_COST.match(right) and COST.search(phrase):
            return None
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
    # a bare number (no unit): a data count, a metric value, or a signed gain
    raw = text[a.start : a.end]
    if a.unit == "minutes":
        if from_to or METRIC.search(clause):
            return Found(a.start, a.end, Kind.SCORE, value, None, None, Unit.NONE, qual, "time_score")
        return None
    if a.integer and YEAR.match(raw.lstrip("+-")) and not a.signed:
        return None
    if (
        (right[:1] in _UNIT_START or right[1:2] in _UNIT_START)
        and not from_to
        and qual is not Qualifier.RANGE
        and PHYS_UNIT.match(right)
    ):
        measure = measured_kind(right, left, clause, bool(a.signed))
        return found(measure[0], Unit.NONE, measure[2], measure[1]) if measure else None
    if a.integer and a.value is not None and abs(a.value) >= 100 and not a.signed:
        m = DATA_NOUN.search(phrase)
        if NOT_DATA.search(right) or RATE_PER.search(right) or _NOT_A_COUNT.match(right):
            return None
        if _NAME_NUMBER.search(left[-25:]):
            return None  # "Atari 2600 games": a number that follows a name is part of it
        if m and abs(a.value) < 1000 and m.group(0).lower().startswith("word"):
            return None  # "at most 150 words", "about 250 words": a length, not a corpus
        if m and not _R(r"(?i)\s*(?:[\w\-]+\s)?(?:GPU|TPU)").match(phrase):
            return found(Kind.DATA_SIZE, Unit.EXAMPLES, "count")
        if COLLECTED.search(left[-45:]) and HELD_NOUN.match(right):
            return found(Kind.DATA_SIZE, Unit.EXAMPLES, "count_contained")  # "consisting of 32,735 lesions"
    if a.signed == "+":
        kind, sign, cue = cue_kind(phrase, obj, clause, left)
        if kind in (None, Kind.SCORE, Kind.IMPROVEMENT):
            return found(Kind.IMPROVEMENT, Unit.NONE, "signed")
    paren = None
    if not a.signed and "(" in left[-25:] and (not a.integer or METRIC.match(right.lstrip())):
        paren = _PAREN_CHANGE_RE.search(left[-80:]) if _PAREN_CHANGE.found(left[-80:]) else None
    if paren:
        # "a significant pretraining speedup (e.g., 4.1 on ScanNet)": the value the noun announces
        if paren.group("speed"):
            return found(Kind.SPEEDUP, Unit.FACTOR, "paren_change")
        return found(Kind.IMPROVEMENT, Unit.NONE, "paren_change", -1 if paren.group("drop") else 1)
    if from_to:
        sentence = text[s_start:s_end]
        if METRIC.search(sentence) or (not a.integer and _RESULTS.search(sentence)):
            # "new state-of-the-art results ... form understanding (from 70.72 to 79.27)"
            return found(Kind.SCORE, Unit.NONE, "from_to")
        return None
    decimal = not a.integer
    if not a.signed and paren_score(left, right):
        return found(Kind.SCORE, Unit.NONE, "paren_value")
    if (
        decimal
        and not a.signed
        and qual is Qualifier.EXACT
        and right[:1] == ")"
        and _R(r"(?i)\bbaselines?\s?\($").search(left[-12:])
        and not _GAIN_NOUN.search(left[-80:])
    ):
        return found(Kind.SCORE, Unit.NONE, "paren_value")  # "outperforming the best baseline (0.85)"
    if not a.signed and decimal and (VERSUS.match(right) or VERSUS_END.search(left[-20:])):
        return found(Kind.SCORE, Unit.NONE, "versus")  # "surpassing the baseline (45.3 vs. 41.2)"
    by_sign = by_metric_gain(left) if decimal and left.endswith(("of ", "and ", ", ")) else None
    if by_sign is not None and not a.signed:
        return found(Kind.IMPROVEMENT, Unit.NONE, "by_metric_of", by_sign)  # "by an absolute F1 of 2.1"
    if not a.signed and decimal and left.endswith(("(", "( ")) and compared_own_paren(left, right):
        return found(Kind.SCORE, Unit.NONE, "paren_value")  # "outperforming BERT (85.3, base)"
    if not a.signed and decimal and (listed_score(left) or compared_score(right)):
        return found(Kind.SCORE, Unit.NONE, "value_listed")
    if a.integer and not a.signed and abs(value or 0) <= 100 and verb_value_on(left, right):
        return found(Kind.SCORE, Unit.NONE, "verb_value_on")  # "achieves 83 on MMLU"
    if decimal and not a.signed:
        bare = bare_value_kind(left, right, BY_END.search(left[-12:]) is not None)
        if bare:
            unit = Unit.FACTOR if bare[2] == "bare_factor" else Unit.NONE
            return found(bare[0], unit, bare[2], bare[1])
    if PER_TEN.match(right) and decimal:
        return found(Kind.SCORE, Unit.NONE, "per_ten")
    m = last_match(METRIC, left[-45:])
    right_metric = METRIC.match(phrase.lstrip())
    adjacent_metric = right_metric is not None or (
        m is not None and METRIC_THEN_VALUE.match(left[-45:][m.end() :]) is not None
    )
    named_metric = right_metric is not None and not GENERIC_METRIC.fullmatch(right_metric.group(0))
    if (
        not adjacent_metric
        or decimal
        or named_metric
        or a.signed
        or abs(value or 0) > 100
        or m is None
        or right[:1].isalpha()  # "the accuracy of 3D pose estimation"
    ):
        pass
    elif METRIC_OF.fullmatch(left[-45:][m.end() :]) and not GENERIC_METRIC.fullmatch(m.group(0)):
        named_metric = True  # "an accuracy of 87": a whole-number value of a named metric
    elo = right_metric is not None and right_metric.group(0) == "Elo"  # "1280 Elo": ratings run to thousands
    if adjacent_metric and (decimal or (named_metric and (abs(value or 0) < 1000 or elo))):
        if FROM_THE.search(left[-12:]):
            return found(Kind.SCORE, Unit.NONE, "metric_value")
        window = left[-45:]
        if (
            m is not None
            and METRIC_OF.fullmatch(window[m.end() :])
            and not CHANGE_BEFORE_METRIC.search(window[: m.start()])
        ):
            return found(Kind.SCORE, Unit.NONE, "metric_of")  # "a perplexity of 15.8": a value, not a gain
        listed = _BY_LIST.search(left[-100:])
        if listed is not None:
            before = left[: max(0, len(left) - 100) + listed.start()] + "by "
            k, s = cue_kind("", "", clause_of(before), before)[:2]
            if k is Kind.IMPROVEMENT:
                return found(Kind.IMPROVEMENT, Unit.NONE, "metric_gain_list", s)
        kind, sign, cue = cue_kind(phrase, obj, clause, left)
        # a gain needs a cue that governs this value: not one in an earlier clause ("outperforming
        # X by 1.1 points and 24.54 BLEU on Y": the second value is a score)
        governed = BY_END.search(left[-12:]) is not None or not (
            cue.startswith("sentence_") or _AFTER_UNIT_VALUE.search(left[-40:])
        )
        if kind is Kind.IMPROVEMENT and governed and not TO_END.search(left[-4:]):
            return found(Kind.IMPROVEMENT, Unit.NONE, "metric_gain", sign)
        return found(Kind.SCORE, Unit.NONE, "metric_value")
    if decimal and not a.signed:
        gain = _bare_gain(left, phrase, obj, clause)
        if gain is not None:
            return found(Kind.IMPROVEMENT, Unit.NONE, gain[1], gain[0])
        if (
            left.endswith(("is ", "are ", "was ", "were ", "only "))
            and _subject_metric(left)
            and not _CHANGE_WORD.search(phrase)
        ):
            return found(Kind.SCORE, Unit.NONE, "metric_subject")  # "the Pearson correlation ... was 0.992"
    if decimal and not a.signed and _ACRONYM_AFTER.match(right):
        if _VALUE_VERB.search(left[-60:]):
            return found(
                Kind.SCORE, Unit.NONE, "verb_acronym"
            )  # "achieves 0.91 ROC-AUC": a metric the lexicon lacks
    if decimal and REDUCE.match(phrase.strip()) or (decimal and DROP.match(phrase.strip())):
        k, s = reduce_target(phrase + " " + obj)
        if k is Kind.IMPROVEMENT:
            return found(k, Unit.NONE, "value_drop", s if BAD.search(phrase + obj) else -1)
    if decimal and IMPROVE.match(phrase.strip()) and METRIC.search(phrase + obj + clause):
        return found(Kind.IMPROVEMENT, Unit.NONE, "value_gain")
    return None
