"""One number's kind, unit and sign from the words around it: a percentage, a factor, a size, a
bare value. `kinds.classify` cuts the windows and calls this for each number (both numbers of a
pair or range go through it). A number with no unit is read in `bare_numbers.py`."""

from __future__ import annotations

from functools import cache

import regex

from etl.extract.bare_numbers import bare_number
from etl.extract.change_levels import level_after_change, listed_gain
from etl.extract.compared_values import (
    COMPARED_OWN,
    COMPARED_VALUE_END,
    GAIN_ON_LISTED,
    PAIR_COMPARED_AFTER,
    PAIR_COMPARED_BEFORE,
    by_metric_gain,
    compared_own_paren,
    compared_value,
    with_own_value,
)
from etl.extract.cues import (
    BAD,
    BY_END,
    CHANGE_BEFORE_METRIC,
    COLON_METRIC,
    COST,
    DROP,
    IMPROVE,
    METRIC,
    METRIC_OF,
    MORE_COST,
    PAREN_VALUE,
    PLUS_PERCENT,
    SCORE,
    SPEED,
    TIMES_THE,
    VERSUS,
    VERSUS_END,
    EndSearch,
)
from etl.extract.kind_cues import (
    CHANGE_GROWS_TO,
    COST_INCREASE,
    MORE_THINGS,
    WEAK_RULES,
    Found,
    cue_kind,
    last_match,
    phrase_after,
)
from etl.extract.measured import paren_score
from etl.extract.multiples import factor_subject, size_compared, word_multiple
from etl.extract.numbers import Atom
from etl.extract.operating_points import operating_point
from etl.extract.quality_costs import changed_by, metric_tokens, quality_change
from etl.extract.shares import percent_of, share_kept
from etl.extract.sizes import rate_reached, size_kind
from etl.records import Kind, Qualifier, Unit

# a value with its own gain in brackets right after it: "71.5% (+9.8%)", "55.1% (↑4.3%)"
_BRACKET_GAIN = regex.compile(r"\(\s?[+↑]\s?\d[\d.]*\s?(?:\\?%|pp|points?)?\s?\)")
_OWN_GAIN_AFTER = regex.compile(r"^\s?" + _BRACKET_GAIN.pattern)

_R = cache(regex.compile)  # inline patterns: compiled once, looked up cheaply
# a window whose end METRIC_OF cannot match has no suffix METRIC_OF fullmatches
_METRIC_OF_END = EndSearch(METRIC_OF.pattern)

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
# "3.2x more memory-efficient": needing less of a resource is a reduction
_COST_EFFICIENT = regex.compile(
    r"(?i)^\s(?:more\s)?(?:memory|parameter|compute|computation|data|token|energy|sample|label|cost|storage)[\s-]efficient\b"
)
# "25% more efficient than prior methods", "5 times more efficient": efficiency with no resource
# named is how much faster the work gets (speedup), never a metric gain
_MORE_PER_TIME = regex.compile(
    r"(?i)^\s(?:more\s)(?:[\w\-]+\s){1,2}(?:per\s(?:second|sec|s|minute|hour)|/\s?s)\b"
)
_MORE_EFFICIENT = regex.compile(r"(?i)^\s(?:more\s)efficient\b")
_COMPARED_SIZE = regex.compile(r"(?i)\b(?:surpass\w*|exceed\w*|outperform\w*|beat\w*)\s(?:the\s)?$")


# "the gain is smaller, at 2.3 points", "improvements are more modest (1.1%)": the size of a gain that
# is compared with an earlier one, not a cut
_GAIN_SMALLER = regex.compile(
    r"(?i)\b(?:gains?|improvements?|margins?|advantages?|boosts?)\s(?:(?:is|are|was|were)\s)?(?:\w+\s)?"
    r"(?:smaller|lower|less\spronounced|more\smodest|narrower)\b[^.;]{0,25}$"
)
# "accuracy falls below 10%", "rises above 90%": the level reached, not the size of the change
# "lowers ASR to 6.5%", "brings it back down to 2.6%": a rate lowered to a level is that level (a
# score); a cost lowered "to 30% of the original" is a share kept (shares.py), a cost named in the
# object ("reduces memory to 40%") stays a reduction
_LOWERED_TO = regex.compile(
    r"(?i)\b(?:lower(?:s|ed|ing)?|reduc(?:es?|ed|ing)|decreas(?:es?|ed|ing)|cut(?:s|ting)?"
    r"|(?:brings?|bringing|brought|drives?|driving|drove|pushe?s?|pushing)(?=\s(?:[\w\-]+\s){0,6}?(?:back\s)?down\sto\s$))"
    r"\s(?P<o>(?!by\b)(?:[\w\-]+\s){0,6}?)(?:back\s)?(?:down\s)?to\s$"
)
_LEVEL_AFTER_CHANGE = regex.compile(
    r"(?i)\b(?:fall(?:s|ing)?|fell|drop(?:s|ped|ping)?|declin\w*|decreas\w*|degrad\w*|reduc\w*|go(?:es)?|went"
    r"|ris(?:es|ing)|rose|climb\w*)\s(?:to\s)?(?:below|under|above|beyond)\s(?:only\s|just\s)?$"
    r"|\b(?:go(?:es)?|went|ris(?:es|ing)|rose|climb\w*|jump\w*)\sup\sto\s$"
)
# "nearly doubles the accuracy": a multiple of a metric is a gain
_DOUBLES_METRIC = regex.compile(rf"^\s(?:the|its|their|our)\s(?:[\w\-]+\s)?(?:{METRIC.pattern})")
# "doubles throughput", "triples inference speed": a multiple of a speed written without an article
_BARE_SPEED_NOUN = regex.compile(r"(?i)^\s(?:[\w\-]+\s)?(?:throughput|speed)\b")
# "a Recall@50 of 61.2%, nearly double that of X": a multiple of another system's value
_THAT_OF = regex.compile(r"(?i)^\s(?:that|those)\sof\s")
# "a 10% increase in latency": the cost that grows, named after the change noun
_IN_COST = regex.compile(
    r"(?i)^\s(?:in|of)\s(?:the\s)?(?:[\w\-]+\s){0,2}?(?:latency|runtime|run-time|memory|cost|costs|compute|computation"
    r"|energy|time|storage|overhead|flops|parameters)\b"
)
# "36.3% absolute accuracy", "5.60% relative CER reduction": a value called absolute or relative
# is a difference between two values, not a value reached
_REL_ABS = regex.compile(r"(?i)^\)?\s?(?:absolute|relative(?!\sto\b)|relatively|abs\.|rel\.)(?![\w\-])")


# "outperforms GPT (trained using 30x more compute)", "outperforms models trained on datasets containing
# up to 21 times more data": matching or beating a system that spends more is a reduction of that cost
_BEATS_COSTLIER = regex.compile(
    r"(?i)\b(?:outperform\w*|surpass\w*|exceed\w*|beat(?:s|ing)?|match(?:es|ing)?|rival\w*|comparable\sto|on\spar\swith)\s"
    r"(?:(?!\b(?:while|whilst|but|although|though|despite|by)\b)[^.;]){0,100}?"
    r"\b(?:trained|pre-?trained|using|containing|requiring|that\s(?:use|require|need))\b[^.;]{0,60}$"
)
# "matches the default mixture trained on 1.6 times as many tokens": the same cost compared with "as many"
_AS_MANY_COST = regex.compile(
    r"(?i)^\s(?:as\s(?:many|much))\s(?:[\w\-]+\s)?(?:tokens|data|compute|parameters|examples|samples|labels|images|steps)\b"
)
# "at 4x compression", "at 8x sparsity": an operating point a result is measured at
# "recall at 1% false positive rate", "the enrichment factor at 1% from 21.4 to 33.9": a share after
# "at" that another rate or a from-to follows is where a metric is read
_OPERATING_POINT = regex.compile(
    r"(?i)^\s(?:false[\s-]positive\srate|FPR|false[\s-]alarm\srate|FAR|from\s[+\-]?\d[\d.]*\\?%?\sto\s)"
)
_AT_SETTING = regex.compile(r"(?i)\bat\s$")
_SETTING_AFTER = regex.compile(r"(?i)^\s(?:compression|sparsity|downsampling|token\sreduction)\b")


# "the 25% chance level", "a 50% random-chance baseline": the score of guessing, never a change
_CHANCE_LEVEL = regex.compile(
    r"(?i)^\s(?:random[\s-]?chance\b(?![\s-](?:of|that)\b)|chance[\s-](?:level|accuracy|performance|baseline)\b)"
)


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
        # a change read off the sentence is only a default, unless "by" gives this value its amount
        # ("... from 50.1% to 55.5% and on LongSet by 4.2%": a gain, not a list member of the scores)
        weak = rule in WEAK_RULES or (
            rule.startswith("sentence_") and not (kind is Kind.IMPROVEMENT and BY_END.search(left[-12:]))
        )
        q = Qualifier.LOWER if PLUS_PERCENT.search(text, a.start, a.end) else qual
        return Found(a.start, a.end, kind, v, None, None, unit, q, rule, not weak)

    if a.form == "vague":
        return None
    if a.magnitude or a.unit in ("tokens", "hours") or a.form == "hm":
        if a.unit in ("%", "x", "pp"):
            pass
        else:
            if a.unit == "tokens" and metric_tokens(left):
                return found(Kind.SCORE, Unit.NONE, "metric_tokens")  # "an acceptance length of 3.8 tokens"
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
        if left.endswith("at ") and _OPERATING_POINT.match(right):
            return None  # "recall at 1% false positive rate": the point a metric is read at, a setting
        if operating_point(left, right):
            return None  # "at 90% specificity", "rounds to reach 50% accuracy" (operating_points.py)
        change = quality_change(left, right, True)  # "with a loss of 0.4 points", "adds 6% to decoding time"
        if change is not None:
            sign = 1 if change == "added" else -1
            return None if change == "overhead" else found(Kind.IMPROVEMENT, unit, "quality_" + change, sign)
        if right[:1] == ")" and _EXAMPLE_PAREN.search(left[-20:]):
            return None  # "much higher than BERT (e.g. 15%)": a bare example of a setting names no metric
        if left.endswith("of ") and _COMPRESSION_OF.search(left[-40:]):
            return found(Kind.REDUCTION, unit, "compression_rate")  # "a compression rate of 75%"
        paren = left.endswith(("(", "( "))
        if paren and _GAP_PAREN.search(left[-50:]) and not VERSUS.match(right):
            return found(Kind.IMPROVEMENT, unit, "gap_paren")  # "a gap in performance (20% F1)"
        if paren and not a.signed and right[:1] == ")" and GAIN_ON_LISTED.found(left[-160:]):
            return found(Kind.IMPROVEMENT, unit, "paren_gain_on")  # "datasets including CIFAR-100 (17%)"
        gain = listed_gain(left)
        if gain is not None:
            return found(Kind.IMPROVEMENT, unit, "listed_gain", gain)  # "improvements in X: 5.2% on A"
        if (paren or left.endswith(": ")) and level_after_change(left, right, bool(a.signed)):
            return found(Kind.SCORE, unit, "change_level")  # "improvements in test error (4.91% on X)"
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
            # "an area overhead of 3.8%", "a runtime increase of 20%": the overhead the system has is a
            # value it reaches (a score), not a cost that shrinks (reduction)
            return found(Kind.SCORE, unit, "cost_growth")
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
        share = percent_of(text, a, left, right, clause, phrase, obj, unit, s_start, found)
        if share is not False:
            return share
        if COST_INCREASE.search(phrase) and (
            COST.search(phrase) or _IN_COST.match(obj) is not None and not METRIC.search(obj[:40])
        ):
            # "with 18% computation increment": the overhead reached (see cost_growth above)
            return found(Kind.SCORE, unit, "cost_growth")
        share = share_kept(left, right, clause, phrase, obj, unit, found)
        if share is not False:
            return share
        if left.endswith("with ") and with_own_value(left, phrase, obj, clause):
            return found(Kind.SCORE, unit, "compared_with_value")  # "superior to X with 81.25% accuracy"
        if _MORE_EFFICIENT.match(right):
            return found(Kind.SPEEDUP, unit, "more_efficient")
        if not a.signed and _OWN_GAIN_AFTER.match(right) and not BY_END.search(left[-12:]):
            return found(Kind.SCORE, unit, "score_with_gain")  # "71.5% (+9.8%) on MATH": its gain in brackets
        if "(+" in left or "(↑" in left:  # an earlier value's bracketed gain is no cue for this one
            left_cues = _BRACKET_GAIN.sub(lambda m: " " * len(m.group(0)), left)
            clause = _BRACKET_GAIN.sub(lambda m: " " * len(m.group(0)), clause)
        else:
            left_cues = left
        if _CHANCE_LEVEL.match(right):
            return found(
                Kind.SCORE, unit, "chance_level"
            )  # "near the 25% random-chance level": a level, unsigned
        kind, sign, cue = cue_kind(phrase, obj, clause, left_cues)
        if kind is Kind.IMPROVEMENT and MORE_COST.match(right) and COST.search(phrase):
            return None
        grown = CHANGE_GROWS_TO.search(left[-50:]) if left.endswith(" ") else None
        if grown is not None and unit in (Unit.PERCENT, Unit.PP):
            # "the gain grows to 6.7 points", "the drop reaches 21.4%": the change, not a level reached
            return found(Kind.IMPROVEMENT, unit, "change_grows_to", -1 if grown.group("drop") else 1)
        if kind is Kind.REDUCTION and _GAIN_SMALLER.search(left[-60:]) and not COST.search(phrase):
            # "the gain is smaller, at 2.3 points": a smaller gain is still a gain
            return found(Kind.IMPROVEMENT, unit, "gain_smaller")
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
            if (a.signed == "+" or a.signed and changed_by(left)) and (
                cue != "clause_score" or left.endswith(("(", "( "))
            ):
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
        if (
            kind is Kind.REDUCTION
            and unit is Unit.PERCENT
            and left.endswith("to ")
            and not right.startswith(" of ")
        ):
            lowered = _LOWERED_TO.search(left[-70:])
            if lowered is not None and COST.search(lowered.group("o")) is None:
                return found(Kind.SCORE, unit, "lowered_to")  # "lowers ASR to 6.5%": the level reached
        return found(kind, unit, cue, sign)
    if a.unit == "x":
        subject = factor_subject(left, right)  # "the speedup reaches up to 4.1x", "serves 3x more requests"
        if subject is not None:
            return found(subject, Unit.FACTOR, "factor_subject")
        compared = size_compared(text, a.start, a.end, left, right, s_start, s_end)
        if compared is not None:  # "on par with models 8x larger", "a benchmark 30 times larger"
            return found(Kind.REDUCTION, Unit.FACTOR, "larger_models") if compared == "reduction" else None
        if (
            MORE_COST.match(right) and COST.search(phrase) or _AS_MANY_COST.match(right)
        ) and _BEATS_COSTLIER.search(left[-170:]):
            return found(Kind.REDUCTION, Unit.FACTOR, "costlier_beaten")
        if MORE_THINGS.match(right) and not (SPEED.search(phrase) or METRIC.search(phrase)):
            if _MORE_PER_TIME.match(right):  # "2.7 times more requests per second than vLLM": throughput
                return found(Kind.SPEEDUP, Unit.FACTOR, "more_per_time")
            return None  # "20 times more entities than X": a count compared, not a metric
        if _COST_EFFICIENT.match(right):
            return found(Kind.REDUCTION, Unit.FACTOR, "cost_efficient")
        if _MORE_EFFICIENT.match(right):
            return found(Kind.SPEEDUP, Unit.FACTOR, "more_efficient")
        if left.endswith("at ") and _AT_SETTING.search(left[-6:]) and _SETTING_AFTER.match(right):
            return None  # "improves accuracy by 3.1% at 4x compression": the setting compared at
        kind, sign, cue = cue_kind(phrase, obj, clause, left, ratio=True)
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
        multiple = word_multiple(text[a.start : a.end], left, right)  # "twice the rate of X" (multiples.py)
        if multiple is not None:
            return found(Kind.IMPROVEMENT, Unit.FACTOR, "word_multiple") if multiple == "gain" else None
        kind, sign, cue = cue_kind(phrase + " " + obj, "", "", "")
        if _THAT_OF.match(right) and METRIC.search(left[-60:]):
            # "a recall of 61%, double that of X": a multiple of another system's value
            return found(Kind.IMPROVEMENT, Unit.FACTOR, "double_that_of")
        if (
            _R(r"^\s(?:the|its|their|our)\s").match(right)
            or _R(r"^\s(?:as|the)\s").match(right)
            or _BARE_SPEED_NOUN.match(right)
        ):
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
    if not from_to and quality_change(left, right, False) in ("paid", "gap"):  # "a loss of only 0.5 AP"
        return found(Kind.IMPROVEMENT, Unit.NONE, "quality_change", -1)
    if a.signed and changed_by(left):  # "the mIoU changes by only -0.3": a signed change
        return found(Kind.IMPROVEMENT, Unit.NONE, "signed_change")
    return bare_number(text, a, left, right, clause, qual, from_to, s_start, s_end, phrase, obj, found)
