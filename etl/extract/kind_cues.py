"""Which kind the words around a number signal: the cue lexicons of `rules/kinds.toml` read in
the phrase after the number, its object, and the clause before it (the windows kinds.py cuts)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from etl.extract.cues import (
    BAD,
    BY_END,
    CHANGE_NOUN,
    CLAUSE,
    COMPARE,
    COST,
    DROP,
    GENERIC_METRIC,
    IMPROVE,
    IN_GAIN,
    METRIC,
    OVER_AFTER,
    PASSIVE,
    QUALIFIERS,
    REDUCE,
    SCORE,
    SPEED,
    STOP,
    EndSearch,
)
from etl.extract.efficiency_kinds import efficiency_kind
from etl.extract.example_values import example_score
from etl.extract.rules import load
from etl.records import Kind, Qualifier, Unit

_R = cache(regex.compile)  # inline patterns: compiled once, looked up cheaply
_K = load("kinds")
DIFFERENCE, COST_INCREASE, MORE_THINGS = (_K[n].regex for n in ("difference", "cost_increase", "more_things"))
CHANGE_GROWS_TO = _K["change_grows_to"].regex  # "the gain grows to 6.7 points": the value is the change


@dataclass(frozen=True, slots=True)
class Found:
    """A number that is a result, before its context fields are filled."""

    start: int
    end: int
    kind: Kind
    value: float | None
    low: float | None
    high: float | None
    unit: Unit
    qualifier: Qualifier
    rule: str
    strong: bool = True  # False when the kind is a default, not read off a cue


WEAK_RULES = ("percent", "score_cue", "metric_after", "metric_value_list")  # a list member: core._inherit


# every qualifier cue ends at the number: one reading from the end answers "none" (95% of numbers)
_QUAL_ANY = EndSearch("|".join(f"(?:{pattern.pattern})" for pattern, _ in QUALIFIERS))
_QUAL_EACH = [(EndSearch(pattern.pattern), q) for pattern, q in QUALIFIERS]


def qualifier(left: str) -> Qualifier:
    tail = left[-30:]
    if not _QUAL_ANY.found(tail):
        return Qualifier.EXACT
    for cue, q in _QUAL_EACH:
        if cue.found(tail):
            return q
    return Qualifier.EXACT


_NO_OBJECT = regex.compile(r"(?i)^\s(?:by|to|from)\s(?:\S+\s)?$")
# "by 4.1 points despite being smaller": a concession says nothing of the number's kind
_CONCESSIVE = regex.compile(r"(?i)\b(?:despite|although|though)\b")
_SIDE = regex.compile(r"(?i)\b(?:with|without|while|whereas)\b")
_ASIDE = regex.compile(r"(?i)^\s?\((?:absolute|relative|abs\.|rel\.)\)(?=\s)")


@lru_cache(maxsize=256)  # kinds.classify and single.single both ask for the same `right`
def phrase_after(right: str) -> tuple[str, str]:
    """The words right after a number up to the first stop word, and the object after that."""
    right = _ASIDE.sub("", right, count=1)  # "32% (absolute) error reduction": read past the aside
    m = STOP.search(right, 0, 60)
    cut = m.start() if m else min(len(right), 60)
    c = _CONCESSIVE.search(right, 0, cut)
    cut = c.start() if c else cut
    words = _R(r"^(?:\W*[\w@\-/.^]+){1,4}").match(right[:cut])
    if words:
        cut = min(cut, words.end())
    phrase = right[:cut]
    rest = right[cut:]
    end = _R(
        r"[,;()\[\]]|\.(?:\s|$)|\b(?:and|but|while|whereas|despite|although|though)\b|(?<![\w.])[+\-]?\d"
    ).search(rest)
    return phrase, rest[: min(end.start() if end else 50, 50)]


def clause_of(left: str) -> str:
    m = CLAUSE.search(left)
    return left[m.end() :] if m else left


# METRIC's leading look-behind makes `regex` slow on it; the stdlib engine finds the same matches
# ~1.7x faster (checked equal on 130k windows of real abstracts). The other cues are faster in `regex`.
_STDLIB_TWIN: dict[int, re.Pattern[str]] = {id(METRIC): re.compile(METRIC.pattern)}


@lru_cache(maxsize=512)  # one number's windows are read by several cue checks (a third are repeats)
def last_match(pattern: regex.Pattern, text: str) -> regex.Match | re.Match[str] | None:
    """The last match of `pattern` in `text` (a forward scan is faster than a reverse search here)."""
    last = None
    for last in _STDLIB_TWIN.get(id(pattern), pattern).finditer(text):  # noqa: B007 - keep the last one
        pass
    return last


def reduce_target(target: str) -> tuple[Kind, int]:
    """What a reduce verb/noun acts on decides the kind: cost, a bad metric, or quality."""
    if BAD.search(target):
        return Kind.IMPROVEMENT, 1
    if COST.search(target):
        return Kind.REDUCTION, 1
    if METRIC.search(target):
        return Kind.IMPROVEMENT, -1
    return Kind.REDUCTION, 1


_CUT_WORD = regex.compile(r"(?i)\b(?:reduc\w*|cut(?:s|ting)?|decreas\w*|lower)\b")
# "the best prior method drops by 6.9%": a fall with nothing named is a fall in quality (a drop)
_FALL_WORD = regex.compile(r"(?i)\b(?:drops?|dropp(?:ed|ing)|falls?|fell|declin\w*)\b")


def reduce_in_context(target: str, left: str) -> tuple[Kind, int]:
    """`reduce_target`, and when the target names nothing, the bad metric the sentence was about
    ("cuts the error rate from 12.4% to 8.1%, a relative reduction of 35%": fewer errors, a gain;
    "errors are 18% lower": the subject before the comparative)."""
    named = BAD.search(target) or COST.search(target) or METRIC.search(target)
    if not named and _FALL_WORD.search(target) and not _CUT_WORD.search(target):
        return Kind.IMPROVEMENT, -1  # "the best prior method drops by 6.9%": quality falls
    if named or not _CUT_WORD.search(target):
        return reduce_target(target)  # a "drop" or a "loss" is of quality: no look back
    window = left[-150:]
    bad = last_match(BAD, window)
    if bad is not None:
        cost = last_match(COST, window)
        if cost is None or cost.end() < bad.end():
            return Kind.IMPROVEMENT, 1
    return Kind.REDUCTION, 1


# "36% runtime gains", "a 2x latency improvement", "a 20% improvement in training time": a gain in
# the time a job takes (kinds.toml `time_cost`) is how much faster it gets (speedup)
_TIME_COST = _K["time_cost"].pattern
_TIME_GAIN = regex.compile(
    rf"(?i)^\s*(?:{_TIME_COST}\s(?:[\w\-]+\s)?(?:gains?|improvements?|boosts?)\b"
    rf"|(?:[\w\-]+\s)?(?:gains?|improvements?|boosts?)\s+(?:in|of)\s(?:the\s)?(?:[\w\-]+\s)?{_TIME_COST})"
)
# "speeds up training, achieving a 2.9x improvement over X": the gain a speeding-up verb just announced,
# only as a ratio (`cue_kind`'s `ratio`): "accelerates training, reaching a 2.1% improvement in top-1
# accuracy" or "a 3.4 point improvement on GLUE" is a gain in quality said beside the speed-up
_SPED_UP_THEN = regex.compile(
    r"(?i)\b(?:speeds?\sup|sped\sup|speeding\sup|accelerat(?:es|ed|ing))\b[^.;:()]{0,60}?,\s(?:\w+ing|with)\s(?:an?\s)?"
    r"(?:(?:up\sto|about|nearly|over|roughly)\s)?$"
)
# "with accuracy changes under 0.5 points": a metric named as the thing that changes is no value reached
_CHANGE_AFTER = regex.compile(r"(?i)^\s(?:changes?|shifts?|differences?|deltas?|fluctuations?)\b")
# "end-to-end latency improves 1.8x", "peak throughput improves by 1.9x": a time or throughput that
# is the subject of an intransitive gain verb is how much faster the work gets
_TIME_SUBJECT = regex.compile(
    rf"(?i)\b(?:{_TIME_COST}|throughput|(?:[\w\-]+\s)?speed)\s(?:(?:is|are|was|were|also)\s)?$"
)
# "gains as high as 2.4x in terms of time-to-solution": a gain said of the time a job takes
_IN_TERMS_TIME = regex.compile(rf"(?i)^\s*in\sterms\sof\s(?:the\s)?(?:[\w\-]+\s)?{_TIME_COST}")
_IN_TERMS_OTHER = regex.compile(
    rf"(?i)^\s*in\sterms\sof\s(?:(?:the\s)?(?:[\w\-]+\s)?efficiency\b|(?!(?:the\s)?(?:[\w\-]+\s)?(?:{_TIME_COST}|{COST.pattern})))"
)
# a rise in a metric where lower is better ("a 3% higher error rate", "a 5% increase in WER") is a
# negative gain, as "an error reduction" is a positive one
_RISE = regex.compile(r"(?i)\b(?:higher|increase[sd]?|increasing|rises?|rising|grows?|growth)\b")
# the subject of a rise, back to the clause's start: "while perplexity [increases] by only 0.7"
_RISE_SUBJECT = regex.compile(r"(?i)(?:^|[,;:]|\b(?:and|while|whereas|but|which|that)\b)(?P<s>[^,;:]*)$")
# "in WER", "of the error rate": the metric where lower is better that a change right before is in
IN_BAD = regex.compile(rf"(?i)^\s*(?:in|of)\s(?:the\s)?(?:[\w\-]+\s)??(?:{BAD.pattern})")
# "a 5% slowdown", "10% slower" (kinds.toml `slower`)
_SLOWER = _K["slower"].regex
_QUALITY_DROP = regex.compile(r"(?i)\b(?:drops?|degradations?|declines?|deteriorations?)\b")
# "a 3% loss in accuracy", "a 2% loss of performance": the loss of a quality metric (not a loss value)
_LOSS = regex.compile(r"(?i)^\s*(?:[\w\-]+\s)?loss(?:es)?\s*$")
_LOSS_OF = regex.compile(r"(?i)^\s*(?:in|of)\s")


# a value set against another system's after it: "only 1.2% below GPT-4o" is a drop, "2.4 points above
# Llama-3" a gain (not "below 5%" before the number, nor "below the threshold", a setting)
_BELOW_ABOVE = regex.compile(
    r"(?i)^\s*(below|short\sof|above)\s(?!\d|(?:the|a|an)\s(?:[\w\-]+\s)?(?:threshold|limit|budget|target|level|bound|line)s?\b)"
)
# "by an average of 3.6%", "by an absolute 2%": a by-phrase whose amount comes after a word or two
_BY_AVERAGE = regex.compile(
    r"(?i)\bby\s(?:an?\s)?(?:average|overall|absolute|relative|total|mean)\s(?:of\s)?$"
)


# "Accuracy on low-resource languages is 31% lower than on English": a quality metric, the clause's
# subject before a copula, set lower than another setting or system is a drop (not "latency is 31% lower")
_LOWER_THAN = regex.compile(r"(?i)^\s*(?:lower|worse)\s+(?:than|for|on|in)\b")
_COPULA_END = regex.compile(
    r"(?i)\b(?:is|are|was|were|remains|stays)\s(?:about\s|roughly\s|nearly\s|consistently\s)?$"
)


def _subject_head(left: str, pattern: regex.Pattern) -> bool:
    """The clause ends in a copula after a subject whose head (before its setting) `pattern` finds:
    "Throughput on an A100 is [1.5x higher]" (speed), "Accuracy on X is [31% lower]" (a metric)."""
    if _COPULA_END.search(left[-30:]) is None:
        return False
    subject = re.split(r"[,;:.()]", left[-80:])[-1]
    head = re.split(r"\b(?:on|in|for|across|under|with|at)\b", subject, maxsplit=1)[0]  # before its setting
    return pattern.search(head) is not None


def _quality_subject(left: str) -> bool:
    """The subject before the copula names a quality metric, no cost (see _LOWER_THAN)."""
    return _subject_head(left, METRIC) and not _subject_head(left, BAD) and not _subject_head(left, COST)


# adverbs between a rise's subject and its verb: "perplexity only increases"
_ADVERBS_END = regex.compile(r"(?i)(?:\s(?:only|also|still|even|further|\w+ly))+\s*$")
# the head a bad metric's name may end in: "the error rate", "its attack success rate"
_RATE_HEAD = regex.compile(r"(?i)(?:\s(?:rates?|ratios?|scores?|values?|levels?|counts?|percentages?))?")
_SETTING = regex.compile(r"(?i)\s(?:on|in|for|across|under|with|at|of|over)\s")


def _good_metric(text: str) -> regex.Match[str] | None:
    """The first metric named in `text` where higher is better ("accuracy", not "perplexity")."""
    for m in METRIC.finditer(text):
        if BAD.search(m.group(0)) is None:
            return m
    return None


def _bad_rise(window: str, m: regex.Match[str]) -> bool:
    """The gain word `m` is a rise in a metric where lower is better, a loss: "increases WikiText-2
    perplexity by only 0.31" (its object, unless a better-is-higher metric comes first: "increases
    accuracy by"), "while perplexity increases by 0.7" (the head noun of its subject, not a modifier:
    "Error-aware sampling increases", "Using error feedback increases")."""
    if _RISE.fullmatch(m.group(0)) is None:
        return False
    obj = window[m.end() :]
    bad, good = BAD.search(obj), _good_metric(obj)
    if bad is not None or good is not None:
        return bad is not None and (good is None or bad.start() < good.start())
    subject = _RISE_SUBJECT.search(window, max(0, m.start() - 60), m.start())
    if subject is None:
        return False
    head = _SETTING.split(" " + subject.group("s"), maxsplit=1)[0]  # before its setting
    head = _ADVERBS_END.sub("", head).rstrip()
    return any(_RATE_HEAD.fullmatch(head, b.end()) for b in BAD.finditer(head))


@lru_cache(maxsize=256)  # single() asks again with the same windows on some paths (a fifth of calls)
def cue_kind(
    phrase: str, obj: str, clause: str, left: str, *, ratio: bool = False
) -> tuple[Kind | None, int, str]:
    """Kind, sign and cue name from the words around a %, x, pp or bare number (`ratio`: an x, times
    or fold value, the only one a speeding-up verb before it makes a speedup)."""
    if SPEED.search(phrase):
        return Kind.SPEEDUP, 1, "phrase_speed"
    if _LOSS.match(phrase) and _LOSS_OF.match(obj) and METRIC.search(obj) and not BAD.search(obj):
        return Kind.IMPROVEMENT, -1, "phrase_drop"  # "with a 3% loss in accuracy": a drop
    if _SLOWER.search(phrase):
        return Kind.SPEEDUP, -1, "phrase_slower"  # "a 5% slowdown": a negative speedup
    if DIFFERENCE.search(phrase):
        return Kind.IMPROVEMENT, 1, "phrase_gap"
    if REDUCE.search(phrase) and not IMPROVE.search(phrase):
        if _LOWER_THAN.match(phrase + " " + obj) and _quality_subject(left):
            return Kind.IMPROVEMENT, -1, "subject_lower"  # "accuracy on X is 31% lower than on Y"
        if DROP.search(phrase) and not _R(r"(?i)\b(?:less|fewer|smaller|compress\w*)\b").search(phrase):
            k, s = reduce_in_context(phrase + " " + obj, left)
            if k is Kind.REDUCTION and _QUALITY_DROP.search(phrase) and not COST.search(phrase + " " + obj):
                # "with less than 2% fault coverage drop": no cost named, a drop in quality
                k, s = Kind.IMPROVEMENT, -1
            return k, s, "phrase_drop"
        # the object up to a side condition ("20x compression with an accuracy loss of 1.8%")
        k, s = reduce_in_context(phrase + " " + _SIDE.split(obj, maxsplit=1)[0], left)
        return k, s, "phrase_reduce"
    if DROP.search(phrase) and not IMPROVE.search(phrase):
        return Kind.IMPROVEMENT, -1, "phrase_drop"
    if IMPROVE.search(phrase):
        if _RISE.search(phrase) and (BAD.search(phrase) or IN_BAD.match(obj)):
            return Kind.IMPROVEMENT, -1, "phrase_bad_rise"  # "a 3% relative error increase": a drop
        if (
            SPEED.search(obj)
            or _TIME_GAIN.search(phrase + " " + obj)
            or _subject_head(left, SPEED)
            or (ratio and _SPED_UP_THEN.search(left[-90:]) and not METRIC.search(obj))
        ) and not METRIC.search(phrase):
            return Kind.SPEEDUP, 1, "phrase_speed"
        eff = efficiency_kind(phrase + " " + obj) if "fficien" in phrase + obj else None
        if eff is not None:
            return eff, 1, "phrase_efficiency"
        return Kind.IMPROVEMENT, 1, "phrase_improve"
    side = _BELOW_ABOVE.match(phrase + obj)
    if side:  # "1.2% below GPT-4o", "2.4 points above Llama-3-70B"
        return Kind.IMPROVEMENT, (1 if side.group(1) == "above" else -1), "below_above"
    if IN_GAIN.match(obj):
        return Kind.IMPROVEMENT, 1, "object_improve"
    # not "lowers peak memory by 3.7x relative to X": a cut takes its kind from the loop below
    cut = REDUCE.search(clause)
    if not phrase.strip() and OVER_AFTER.match(obj) and not SPEED.search(clause) and not cut:
        rise = last_match(IMPROVE, clause)
        return Kind.IMPROVEMENT, (-1 if rise is not None and _bad_rise(clause, rise) else 1), "over_after"
    for window, where in ((clause, "clause"), (left, "sentence")):
        best: tuple[int, Kind, int, str] | None = None
        if where == "sentence" and example_score(left, phrase):
            return Kind.SCORE, 1, "example_score"  # "lower FLOPs (e.g., 96.14% correctness with 2.99M ...)"
        if where == "sentence" and not BY_END.search(left[-12:]) and not _BY_AVERAGE.search(left[-30:]):
            m = METRIC.search(phrase)  # "84% judge accuracy": the value of a named metric
            if m is not None and not GENERIC_METRIC.fullmatch(m.group(0)):
                return Kind.SCORE, 1, "metric_after"
        score = last_match(SCORE, window) if where == "clause" else None
        if score is not None and not BY_END.search(window[-16:]) and not _BY_AVERAGE.search(window[-30:]):
            change = CHANGE_NOUN.search(window, max(0, score.start() - 50), score.start())
            changes = _CHANGE_AFTER.match(window[score.end() : score.end() + 14])
            if changes is not None:  # "accuracy changes under 0.5 points": a change of no direction
                best = (score.end() + changes.end(), Kind.IMPROVEMENT, 1, "change")
            elif change is None:
                best = (score.end(), Kind.SCORE, 1, "score")
        for pattern, name in ((SPEED, "speed"), (REDUCE, "reduce"), (IMPROVE, "improve"), (DROP, "drop")):
            m = last_match(pattern, window)
            if m is None or (best is not None and m.end() <= best[0]):
                continue
            between = window[m.end() :]
            if (
                where == "clause"
                and left.endswith(window)
                and not pattern.match(left, len(left) - len(window) + m.start())
            ):
                continue  # a cue's look-behind reads the sentence before the clause: "velocity error by 7% and acceleration"
            if name == "speed":
                best = (m.end(), Kind.SPEEDUP, 1, name)
            elif name == "reduce":
                # the thing reduced: the object after the verb, or the subject of a passive before it
                passive = PASSIVE.search(window, max(0, m.start() - 8), m.start())
                # ... or the subject of an intransitive use ("the accuracy drops by 15%": no object)
                bare_verb = not between.strip() or _NO_OBJECT.match(between) is not None
                # ... or what a noun of cut is said of ("relative WER reductions of 9.8% over X"), and the
                # words after the value only when they do not name the system compared with
                noun = between == " of " and _R(r"(?i)(?:reductions?|decreases?)").fullmatch(m.group(0))
                before = window[max(0, m.start() - 40) : m.start()] if passive or bare_verb or noun else ""
                after = "" if _R(r"(?i)^\s(?:over|than|against|versus|vs\.?)\s").match(phrase) else phrase
                near = before + m.group(0) + between + " " + after
                if BAD.search(near) or COST.search(near) or METRIC.search(near):
                    k, s = reduce_target(near)  # "prune 90% of the weights with little accuracy loss"
                else:  # the object up to a side condition ("with little accuracy loss")
                    k, s = reduce_in_context(near + " " + _SIDE.split(obj, maxsplit=1)[0], left)
                best = (m.end(), k, s, name)
            elif name == "drop":
                if _R(r"(?i)drop").match(m.group(0)) is None and COST.search(between + phrase):
                    best = (m.end(), Kind.REDUCTION, 1, name)
                elif (
                    _NO_OBJECT.match(between)
                    and COST.search(window, max(0, m.start() - 40), m.start())
                    and not BAD.search(window, max(0, m.start() - 40), m.start())
                    and not METRIC.search(window, max(0, m.start() - 40), m.start())
                ):
                    best = (m.end(), Kind.REDUCTION, 1, name)  # "retrieval latency falls by 73%": a cost cut
                elif _NO_OBJECT.match(between) and BAD.search(window, max(0, m.start() - 40), m.start()):
                    best = (m.end(), Kind.IMPROVEMENT, 1, name)  # "the error rate falls by 12%": a gain
                else:
                    best = (m.end(), Kind.IMPROVEMENT, -1, name)
            else:
                speed = (
                    SPEED.search(between)
                    or SPEED.search(phrase + " " + obj[:40])
                    or _IN_TERMS_TIME.match(phrase + obj)
                    or (_NO_OBJECT.match(between) or not between.strip())
                    and _R(r"(?i)improv").match(m.group(0)) is not None  # not "time increases by 20%"
                    and _TIME_SUBJECT.search(window, max(0, m.start() - 40), m.start())
                )
                eff = (
                    efficiency_kind(between + phrase + " " + obj[:25])
                    if "fficien" in between + phrase
                    else None
                )
                if eff is not None and not speed:
                    best = (m.end(), eff, 1, "efficiency")
                    continue
                sign = -1 if not speed and _bad_rise(window, m) else 1
                best = (m.end(), Kind.SPEEDUP if speed else Kind.IMPROVEMENT, sign, name)
        if best is not None:
            if best[1] is Kind.SCORE:
                return Kind.SCORE, 1, "clause_score"
            if best[3] == "efficiency":
                return best[1], 1, "efficiency"  # not a sentence-wide default: named by its own words
            if where == "sentence" and best[1] is Kind.IMPROVEMENT and _IN_TERMS_OTHER.match(obj):
                # "... 2.4x in terms of time-to-solution and 2.0x in terms of energy efficiency": the
                # second value names its own measure, so it does not take the list's kind (core._inherit)
                return best[1], best[2], "in_terms_improve"
            return best[1], best[2], f"{where}_{best[3]}"
    if SCORE.search(phrase):
        return Kind.SCORE, 1, "score_cue"
    if BY_END.search(left[-12:]) and COMPARE.search(clause):
        return Kind.IMPROVEMENT, 1, "by_compare"
    return None, 1, ""
