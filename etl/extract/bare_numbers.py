"""A number with no unit: a data count, a metric value, a signed gain, a value in a comparison or a
list. `single.single` sends every bare number here once its unit-bearing branches are done."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import regex

from etl.extract.bare_gains import (
    GAIN_NOUN,
    METRIC_VALUE_BEFORE,
    bare_gain,
    change_of,
    changed_measure,
    compared_other,
)
from etl.extract.compared_values import by_metric_gain, compared_own_paren
from etl.extract.cues import (
    BAD,
    BY_END,
    CHANGE_BEFORE_METRIC,
    COLLECTED,
    DATA_NOUN,
    DROP,
    FROM_THE,
    GENERIC_METRIC,
    HELD_NOUN,
    IMPROVE,
    METRIC,
    METRIC_OF,
    METRIC_THEN_VALUE,
    NOT_DATA,
    PER_TEN,
    RATE_PER,
    REDUCE,
    TO_END,
    VERSUS,
    VERSUS_END,
    YEAR,
    EndSearch,
)
from etl.extract.data_frames import framed_data
from etl.extract.gap_values import metric_gain_after, than_gap, within_gap
from etl.extract.kind_cues import (
    CHANGE_GROWS_TO,
    Found,
    clause_of,
    cue_kind,
    last_match,
    reduce_target,
)
from etl.extract.measured import (
    BIT_RATE,
    PHYS_UNIT,
    bare_value_kind,
    compared_for,
    compared_score,
    elliptic_score,
    listed_score,
    lost_factor,
    measured_kind,
    paren_score,
    time_spent,
    verb_value_on,
)
from etl.extract.numbers import Atom
from etl.extract.rules import load
from etl.extract.sizes import data_users, ellipsis_held, few_data, held_in_collection, rate_reached
from etl.extract.unit_lists import same_unit_member
from etl.records import Kind, Qualifier, Unit

_R = cache(regex.compile)  # inline patterns: compiled once, looked up cheaply
_OPEN_SCALE = load("context")["open_scale_metric"].regex
# "CIFAR-10 with 250 labels", "when using 2500 labels", "with 40 labeled examples": how many labels
# a semi-supervised protocol allows is a setting, not a data set's size
_LABEL_SPLIT = regex.compile(
    r"(?i)^\s(?:labels|labell?ed\s(?:examples|samples|images|instances|data(?:\spoints)?))\b(?!\s(?:of|from|for)\b)"
)
_WITH_END = regex.compile(r"(?i)\b(?:with|using)\s(?:only\s)?$")
# "runs at 22 to 40 FPS depending on the resolution": a range of frame rates reached (not "a 5-10
# fps video dataset", a recording setting)
_FPS_RANGE = regex.compile(
    r"^(?:\s|\\,)?(?:FPS|fps|frames?\sper\ssecond)\b(?!\s(?:[\w\-]+\s)?(?:videos?|data|datasets?|clips|recordings|sequences|footage|cameras?)\b)"
)
_DIM_PREFIX = regex.compile(r"^(?:(?:2D|3D|BEV)\s(?=[A-Z]))?")
# "about 200,000 manually annotated logo objects": what annotators marked up is data, whatever the
# noun (the label budget of a protocol, "with 250 labeled examples", is left out above)
_ANNOTATED = regex.compile(
    r"(?i)^\s(?:(?:manually|human|hand|expert|densely|carefully)[\s-])?annotated\s[\w\-]"
)
# second character of " dB", " ms", " cm", " FPS", " Hz", " Gbps" (a cheap gate)
_UNIT_START = frozenset("dmcFfsBHKMGT\\")
# "surpassing X by 7.3 AP and 9.6 VPQ": a later member of a list of gains governed by the same "by"
# (a member may be a percentage: "outperforming X by 5.3% and 4.1 mAP respectively")
_BY_LIST = regex.compile(
    rf"\bby\s(?:an?\s)?(?:[+\-]?\d+(?:\.\d+)?\s?(?:\\?%|{METRIC.pattern})(?:,\s(?:and\s)?|\sand\s)){{1,4}}$"
)
# "by large margins (5.37 mAP on HICO-DET, and 5.7 mAP on V-COCO)": a later member of a list of
# values each written with its metric; it takes the kind of the list's first member (core._inherit)
_LISTED_AFTER_VALUE = regex.compile(
    rf"\d(?:\.\d+)?\s?(?:{METRIC.pattern})(?:\s(?:on|in|for|across)\s(?:(?!\b(?:by|while|whereas)\b)[^;:()]){{1,50}}?)?"
    r"(?:,\s(?:and\s)?|\s(?:and|or)\s)(?:of\s)?$"
)
_AFTER_UNIT_VALUE = regex.compile(r"\d\s?(?:\\?%|points?|pp|x)[^\d;]{0,15}\band\s$")
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

# "1080P videos", "a 1000-class image dataset": the number names a resolution or a compound
# adjective (N-class, N-layer), not how many of the data noun there are
_NOT_A_COUNT = regex.compile(
    r"^(?:[A-Za-z]|-(?!(?:[\w]+-)?(?:images?|videos?|hours?|examples?|samples?|pairs?|sentences?|documents?|"
    r"questions?|instructions?|frames?|clips?|utterances?|dialog(?:ue)?s?|conversations?|word|token|item|problem)\b)[a-z])"
)
# a capitalised name (not the first word of a sentence) right before the number: "Atari 2600"
_NAME_NUMBER = regex.compile(r"(?<![.!?:;(]\s|^)(?<=\w\s|\w,?\s)\b(?:[A-Z][a-z]+|[A-Z]{2,}[a-z]*)\s$")


# "keeps FID at 2.31", "maintaining AUC at 0.81": the level a metric is kept at is its value
_KEPT_AT = regex.compile(
    r"(?i)\b(?:keep(?:s|ing)?|kept|maintain\w*|hold(?:s|ing)?|held|preserv\w*)\s(?:the\s|its\s|their\s)?"
    r"(?P<m>(?:[\w\-@]+\s){0,2}?[\w\-@]+)\sat\s$"
)
# "while BarVLM attains 0.84": a value a verb of scoring gives another system, with the metric named
# earlier in the sentence ("reaches an F1 of 0.72, while ...")
_VERB_END = regex.compile(
    r"(?i)\b(?:attain(?:s|ed)?|achiev(?:es|ed)|reach(?:es|ed)|obtain(?:s|ed)|scor(?:es|ed)|gets?|got)\s(?:only\s|just\s)?$"
)
_BARE_END = regex.compile(r"^(?:[,;.]|\s(?:on|in|for|and|while|whereas|respectively)\b|$)")
# "yields a further 2.2 AP", "an additional 1.5 BLEU": a value added on top of another is a gain
_FURTHER = regex.compile(r"(?i)\b(?:(?:an?\s)?(?:further|additional|extra)|another)\s$")
_CHANGE_WORD = regex.compile(
    r"(?i)\b(?:higher|lower|better|worse|more|less|fewer|improv\w*|gains?|increas\w*|decreas\w*|drops?|reduc\w*)\b"
)
_SUBJECT_TAIL = regex.compile(
    r"^(?:\s(?:for|of|on|in|between|across|with|over|at)\s[^.;:()]{0,60}?)?\s(?:is|are|was|were)\s(?:only\s)?$"
)


# a change noun, then a parenthesis that gives its value: "improvements (e.g., 2.3 BLEU",
# "speedup (up to 4.1"
_PAREN_CHANGE_RE = regex.compile(
    r"(?i)\b(?:(?P<speed>speed-?ups?|accelerations?)|(?P<drop>drops?|degradations?|declines?)"
    r"|improvements?|gains?|boosts?)(?:\s(?:in|of|on)\s(?:[\w\-]+\s?){1,3})?"
    r"\s?\(\s?(?:(?:e\.g\.|i\.e\.|for\sexample|for\sinstance),?\s)?(?:(?:up\sto|by|about|around|over|nearly|roughly)\s|~)?$"
)
_PAREN_CHANGE = EndSearch(_PAREN_CHANGE_RE.pattern)  # read from the end first: most windows fail at once


def _subject_metric(left: str) -> bool:
    """A named metric is the subject the value is stated for ("the accuracy for X and Y are")."""
    window = left[-90:]
    m = last_match(METRIC, window)
    return (
        m is not None
        and not GENERIC_METRIC.fullmatch(m.group(0))
        and _SUBJECT_TAIL.match(window[m.end() :]) is not None
    )


def bare_number(
    text: str,
    a: Atom,
    left: str,
    right: str,
    clause: str,
    qual: Qualifier,
    from_to: bool,
    s_start: int,
    s_end: int,
    phrase: str,
    obj: str,
    found: Callable[..., Found],
) -> Found | None:
    """The kind of a number with no unit; `found` builds the result as `single` does."""
    value = a.value
    # a bare number (no unit): a data count, a metric value, or a signed gain
    raw = text[a.start : a.end]
    if a.unit == "minutes":
        if from_to or METRIC.search(clause) or time_spent(left):
            return Found(a.start, a.end, Kind.SCORE, value, None, None, Unit.NONE, qual, "time_score")
        return None
    if a.integer and YEAR.match(raw.lstrip("+-")) and not a.signed:
        return None
    if (
        (right[:1] in _UNIT_START or right[1:2] in _UNIT_START)
        and not from_to
        and (qual is not Qualifier.RANGE or _FPS_RANGE.match(right) is not None or BIT_RATE.match(right))
        and PHYS_UNIT.match(right)
    ):
        measure = measured_kind(right, left, clause, bool(a.signed))
        return found(measure[0], Unit.NONE, measure[2], measure[1]) if measure else None
    if (
        a.integer
        and not a.signed
        and 1 < abs(value or 0) < 100
        and not _LABEL_SPLIT.match(right)
        and few_data(left, right)
    ):
        return found(Kind.DATA_SIZE, Unit.EXAMPLES, "count_few")  # "with only 50 demonstrations per task"
    if a.integer and a.value is not None and abs(a.value) >= 100 and not a.signed:
        m = DATA_NOUN.search(phrase)
        if _LABEL_SPLIT.match(right) and _WITH_END.search(left[-12:]):
            return None  # "on CIFAR-10 with 250 labels": the label budget of a semi-supervised setting
        if rate_reached(left, right):
            return found(Kind.SCORE, Unit.NONE, "rate_reached")  # "a throughput of 5,000 queries per second"
        if data_users(left, right):
            return found(Kind.DATA_SIZE, Unit.EXAMPLES, "count_users")  # "the dataset includes 10,199 users"
        if _NAME_NUMBER.search(left[-25:]):
            return None  # "Atari 2600 games": a number that follows a name is part of it
        if framed_data(left, right, a.value) and not RATE_PER.search(right):
            return found(Kind.DATA_SIZE, Unit.EXAMPLES, "count_framed")  # "trained on 40,336 ICU stays"
        if NOT_DATA.search(right) or RATE_PER.search(right) or _NOT_A_COUNT.match(right):
            return None
        if m and abs(a.value) < 1000 and m.group(0).lower().startswith("word"):
            return None  # "at most 150 words", "about 250 words": a length, not a corpus
        if m and not _R(r"(?i)\s*(?:[\w\-]+\s)?(?:GPU|TPU)").match(phrase):
            return found(Kind.DATA_SIZE, Unit.EXAMPLES, "count")
        if _ANNOTATED.match(right):
            return found(
                Kind.DATA_SIZE, Unit.EXAMPLES, "count_annotated"
            )  # "200,000 manually annotated boxes"
        if COLLECTED.search(left[-45:]) and HELD_NOUN.match(right):
            return found(Kind.DATA_SIZE, Unit.EXAMPLES, "count_contained")  # "consisting of 32,735 lesions"
        if held_in_collection(left, right):
            return found(Kind.DATA_SIZE, Unit.EXAMPLES, "count_held")  # "... and 38120 gradual transitions"
        if ellipsis_held(left, right):
            # "2416 nighttime and 2920 twilight images": the noun written once, after the second
            return found(Kind.DATA_SIZE, Unit.EXAMPLES, "count_ellipsis")
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
        if (
            METRIC.search(sentence)
            or (not a.integer and _RESULTS.search(sentence))
            or (not a.integer and changed_measure(left))
            or PHYS_UNIT.match(right)  # "lowers P99 latency from 142 ms to 49 ms": two measured values
        ):
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
        and not GAIN_NOUN.search(left[-80:])
    ):
        return found(Kind.SCORE, Unit.NONE, "paren_value")  # "outperforming the best baseline (0.85)"
    if not a.signed and decimal and (VERSUS.match(right) or VERSUS_END.search(left[-20:])):
        return found(Kind.SCORE, Unit.NONE, "versus")  # "surpassing the baseline (45.3 vs. 41.2)"
    by_sign = by_metric_gain(left) if decimal and left.endswith(("of ", "and ", ", ")) else None
    if by_sign is not None and not a.signed:
        return found(Kind.IMPROVEMENT, Unit.NONE, "by_metric_of", by_sign)  # "by an absolute F1 of 2.1"
    if not a.signed and decimal and left.endswith(("(", "( ")) and compared_own_paren(left, right):
        return found(Kind.SCORE, Unit.NONE, "paren_value")  # "outperforming BERT (85.3, base)"
    if not a.signed and within_gap(left, right, decimal):
        return found(Kind.IMPROVEMENT, Unit.NONE, "within_of", -1)  # "scores 84.7, within 0.5 of its teacher"
    sign = than_gap(left, right) if decimal and not a.signed else None
    if sign is not None:
        # "a ROUGE-L of 44.1, 6.3 higher than the dense baseline": a difference set against a system
        return found(Kind.IMPROVEMENT, Unit.NONE, "value_than", sign)
    if not a.signed and decimal and left.endswith("at "):
        kept = _KEPT_AT.search(left[-50:])
        if kept is not None and METRIC.search(kept.group("m")):
            return found(Kind.SCORE, Unit.NONE, "kept_at")  # "keeps FID at 2.31"
    if (
        not a.signed
        and decimal
        and _VERB_END.search(left[-20:])
        and _BARE_END.match(right)
        and METRIC_VALUE_BEFORE.search(left[-160:])
    ):
        return found(Kind.SCORE, Unit.NONE, "verb_value")  # "..., while InternVL2-26B attains 0.84"
    sign = metric_gain_after(right) if decimal and not a.signed else None
    if sign is not None:  # "and a 7.9 BLEU gain over X", "3.1 mAP higher than X"
        return found(Kind.IMPROVEMENT, Unit.NONE, "metric_gain_noun", sign)
    if (
        not a.signed
        and decimal
        and (
            listed_score(left)
            or compared_score(right)
            or compared_for(left, right)
            or elliptic_score(left, right)  # "71.0 CIDEr on NoCaps and [120.3] on COCO"
            or same_unit_member(left, right)  # "an MAE of 1.55 days (A) and [2.28] days (B)"
        )
    ):
        return found(Kind.SCORE, Unit.NONE, "value_listed")
    if not a.signed and compared_other(left, right):
        return found(Kind.SCORE, Unit.NONE, "value_compared_for")
    if a.integer and not a.signed and abs(value or 0) <= 100 and verb_value_on(left, right):
        return found(Kind.SCORE, Unit.NONE, "verb_value_on")  # "achieves 83 on MMLU"
    if a.integer and not a.signed and a.form == "digits" and qual is not Qualifier.RANGE:
        lost = lost_factor(right)
        if lost:
            return found(lost[0], Unit.FACTOR, lost[2], lost[1])
    if decimal and not a.signed:
        bare = bare_value_kind(left, right, BY_END.search(left[-12:]) is not None)
        if bare:
            unit = Unit.FACTOR if bare[2] == "bare_factor" else Unit.NONE
            return found(bare[0], unit, bare[2], bare[1])
    if PER_TEN.match(right) and decimal:
        return found(Kind.SCORE, Unit.NONE, "per_ten")
    m = last_match(METRIC, left[-45:])
    said = phrase.lstrip()
    right_metric = METRIC.match(said, _DIM_PREFIX.match(said).end())  # "1.5 3D AP": a 3D detection metric
    adjacent_metric = right_metric is not None or (
        m is not None and METRIC_THEN_VALUE.match(left[-45:][m.end() :]) is not None
    )
    named_metric = right_metric is not None and not GENERIC_METRIC.fullmatch(right_metric.group(0))
    # "an average return of 812", "1280 Elo": a metric whose values run past 100 (and to thousands)
    open_scale = any(x is not None and _OPEN_SCALE.search(x.group(0)) for x in (right_metric, m))
    if (
        not adjacent_metric
        or decimal
        or named_metric
        or a.signed
        or (abs(value or 0) > 100 and not open_scale)
        or m is None
        or right[:1].isalpha()  # "the accuracy of 3D pose estimation"
    ):
        pass
    elif METRIC_OF.fullmatch(left[-45:][m.end() :]) and not GENERIC_METRIC.fullmatch(m.group(0)):
        named_metric = True  # "an accuracy of 87": a whole-number value of a named metric
    if adjacent_metric and (decimal or (named_metric and (abs(value or 0) < 1000 or open_scale))):
        if right_metric is not None and _FURTHER.search(left[-20:]):
            return found(Kind.IMPROVEMENT, Unit.NONE, "metric_further")  # "a further 2.2 AP"
        grown = CHANGE_GROWS_TO.search(left[-50:]) if left.endswith(" ") else None
        if grown is not None:  # "the gain grows to 11.4 NDS", "the drop reaches 2.1 BLEU"
            return found(Kind.IMPROVEMENT, Unit.NONE, "change_grows_to", -1 if grown.group("drop") else 1)
        if FROM_THE.search(left[-12:]):
            return found(Kind.SCORE, Unit.NONE, "metric_value")
        window = left[-45:]
        if (
            m is not None
            and METRIC_OF.fullmatch(window[m.end() :])
            and not CHANGE_BEFORE_METRIC.search(window[: m.start()])
        ):
            return found(Kind.SCORE, Unit.NONE, "metric_of")  # "a perplexity of 15.8": a value, not a gain
        change = change_of(left, obj, right_metric.group(0) if right_metric is not None else "")
        if change is not None:  # "improvements of 2.3 and [1.8] mIoU over X": the noun governs the list
            return found(Kind.IMPROVEMENT, Unit.NONE, "metric_change_of", change)
        listed = _BY_LIST.search(left[-100:])
        if listed is not None:
            before = left[: max(0, len(left) - 100) + listed.start()] + "by "
            k, s = cue_kind("", "", clause_of(before), before)[:2]
            if k is Kind.IMPROVEMENT:
                return found(Kind.IMPROVEMENT, Unit.NONE, "metric_gain_list", s)
        if _LISTED_AFTER_VALUE.search(left[-100:]):
            return found(Kind.SCORE, Unit.NONE, "metric_value_list")
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
        gain = bare_gain(left, phrase, obj, clause)
        if gain is not None:
            unit = Unit.PP if gain[1].endswith("_points") else Unit.NONE
            return found(Kind.IMPROVEMENT, unit, gain[1], gain[0])
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
