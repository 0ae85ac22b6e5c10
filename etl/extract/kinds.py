"""Decide what a number reports (its kind, unit, sign, qualifier) from the words around it.

Windows, cheapest first: the *phrase* right after the number (up to the first preposition or
punctuation: "3.05% absolute gains", "20x FLOPs reduction"), its *object* ("reduction in F1"),
and the *clause* before it ("reduces the training time by up to"). Cue lexicons live in
`rules/kinds.toml`, `rules/not_results.toml` and `rules/context.toml`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from etl.extract.cues import (
    ARROW,
    BAD,
    BY_END,
    CHANGE_BEFORE_METRIC,
    CHANGE_NOUN,
    CLAUSE,
    COLON_METRIC,
    COMPARE,
    COST,
    DATA_NOUN,
    DROP,
    FROM_LEFT,
    FROM_THE,
    FROM_TO_LEFT,
    FROM_WORD,
    GENERIC_METRIC,
    IMPROVE,
    IN_GAIN,
    LARGER_MODELS,
    METRIC,
    METRIC_OF,
    METRIC_THEN_VALUE,
    MODEL_NOUN,
    MORE_COST,
    NOT_DATA,
    NOT_LEFT,
    NOT_RIGHT,
    OVER_AFTER,
    PAREN_VALUE,
    PASSIVE,
    PER_TEN,
    PIPE_RUN,
    PLUS_PERCENT,
    QUAL_WORDS,
    QUALIFIERS,
    RANGE_FROM,
    RATE_PER,
    REDUCE,
    SCORE,
    SHARE,
    SHARE_OF_COST,
    SPEED,
    STOP,
    TIMES_THE,
    TO_END,
    TO_RIGHT,
    USE_VERB,
    VERSUS,
    VERSUS_END,
    YEAR,
)
from etl.extract.numbers import Atom, Candidate
from etl.extract.sizes import data_name, size_kind
from etl.records import Kind, Qualifier, Unit

_R = cache(regex.compile)  # inline patterns: compiled once, looked up cheaply


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


WEAK_RULES = ("percent", "score_cue", "metric_after")


def qualifier(left: str) -> Qualifier:
    tail = left[-30:]
    for pattern, q in QUALIFIERS:
        if pattern.search(tail):
            return q
    return Qualifier.EXACT


def _phrase(right: str) -> tuple[str, str]:
    """The words right after a number up to the first stop word, and the object after that."""
    m = STOP.search(right, 0, 60)
    cut = m.start() if m else min(len(right), 60)
    words = _R(r"^(?:\W*[\w@\-/.^]+){1,4}").match(right[:cut])
    if words:
        cut = min(cut, words.end())
    phrase = right[:cut]
    rest = right[cut:]
    end = _R(r"[,;()\[\]]|\.(?:\s|$)|\b(?:and|but|while|whereas)\b|(?<![\w.])[+\-]?\d").search(rest)
    return phrase, rest[: min(end.start() if end else 50, 50)]


def _clause(left: str) -> str:
    m = CLAUSE.search(left)
    return left[m.end() :] if m else left


def _last(pattern: regex.Pattern, text: str) -> regex.Match | None:
    """The last match of `pattern` in `text` (a forward scan is faster than a reverse search here)."""
    last = None
    for last in pattern.finditer(text):  # noqa: B007 - keep the last one
        pass
    return last


def _reduce_target(target: str) -> tuple[Kind, int]:
    """What a reduce verb/noun acts on decides the kind: cost, a bad metric, or quality."""
    if BAD.search(target):
        return Kind.IMPROVEMENT, 1
    if COST.search(target):
        return Kind.REDUCTION, 1
    if METRIC.search(target):
        return Kind.IMPROVEMENT, -1
    return Kind.REDUCTION, 1


def cue_kind(phrase: str, obj: str, clause: str, left: str) -> tuple[Kind | None, int, str]:
    """Kind, sign and cue name from the words around a %, x, pp or bare number."""
    if SPEED.search(phrase):
        return Kind.SPEEDUP, 1, "phrase_speed"
    if REDUCE.search(phrase) and not IMPROVE.search(phrase):
        if DROP.search(phrase) and not _R(r"(?i)\b(?:less|fewer|smaller|compress\w*)\b").search(phrase):
            k, s = _reduce_target(phrase + " " + obj)
            return k, (-1 if k is Kind.IMPROVEMENT and not BAD.search(phrase + obj) else s), "phrase_drop"
        k, s = _reduce_target(phrase + " " + obj)
        return k, s, "phrase_reduce"
    if DROP.search(phrase) and not IMPROVE.search(phrase):
        return Kind.IMPROVEMENT, -1, "phrase_drop"
    if IMPROVE.search(phrase):
        if SPEED.search(obj):
            return Kind.SPEEDUP, 1, "phrase_speed"
        return Kind.IMPROVEMENT, 1, "phrase_improve"
    if IN_GAIN.match(obj):
        return Kind.IMPROVEMENT, 1, "object_improve"
    if not phrase.strip() and OVER_AFTER.match(obj):
        return Kind.IMPROVEMENT, 1, "over_after"
    for window, where in ((clause, "clause"), (left, "sentence")):
        best: tuple[int, Kind, int, str] | None = None
        if where == "sentence" and not BY_END.search(left[-12:]):
            m = METRIC.search(phrase)  # "84% judge accuracy": the value of a named metric
            if m is not None and not GENERIC_METRIC.fullmatch(m.group(0)):
                return Kind.SCORE, 1, "metric_after"
        score = _last(SCORE, window) if where == "clause" else None
        if score is not None and not BY_END.search(window[-16:]):
            change = CHANGE_NOUN.search(window, max(0, score.start() - 50), score.start())
            if change is None:
                best = (score.end(), Kind.SCORE, 1, "score")
        for pattern, name in ((SPEED, "speed"), (REDUCE, "reduce"), (IMPROVE, "improve"), (DROP, "drop")):
            m = _last(pattern, window)
            if m is None or (best is not None and m.end() <= best[0]):
                continue
            between = window[m.end() :]
            if name == "speed":
                best = (m.end(), Kind.SPEEDUP, 1, name)
            elif name == "reduce":
                # the thing reduced: the object after the verb, or the subject of a passive before it
                passive = PASSIVE.search(window, max(0, m.start() - 8), m.start())
                before = window[max(0, m.start() - 40) : m.start()] if passive else ""
                k, s = _reduce_target(before + m.group(0) + between + " " + phrase + " " + obj)
                best = (m.end(), k, s, name)
            elif name == "drop":
                if _R(r"(?i)drop").match(m.group(0)) is None and COST.search(between + phrase):
                    best = (m.end(), Kind.REDUCTION, 1, name)
                else:
                    best = (m.end(), Kind.IMPROVEMENT, -1, name)
            else:
                speed = SPEED.search(between) or SPEED.search(phrase + " " + obj[:40])
                best = (m.end(), Kind.SPEEDUP if speed else Kind.IMPROVEMENT, 1, name)
        if best is not None:
            if best[1] is Kind.SCORE:
                return Kind.SCORE, 1, "clause_score"
            return best[1], best[2], f"{where}_{best[3]}"
    if SCORE.search(phrase):
        return Kind.SCORE, 1, "score_cue"
    if BY_END.search(left[-12:]) and COMPARE.search(clause):
        return Kind.IMPROVEMENT, 1, "by_compare"
    return None, 1, ""


# every "not a result" cue of a side in one alternation: one search per side per number
# (right cues are anchored at the start, so matched there; left cues end at the number, so
# searched backwards from the end)
_NOT_RIGHT_ANY = regex.compile("|".join(f"(?:{r.pattern.removeprefix('^')})" for r in NOT_RIGHT))
_NOT_LEFT_ANY = regex.compile("|".join(f"(?:{r.pattern})" for r in NOT_LEFT), regex.REVERSE)


def _not_result(left: str, right: str) -> bool:
    return bool(_NOT_RIGHT_ANY.match(right) or _NOT_LEFT_ANY.search(left[-40:]))


def classify(text: str, s_start: int, s_end: int, cand: Candidate) -> list[Found]:
    """The results a candidate stands for (none, one, or two for a pair)."""
    a, b = cand.a, cand.b
    left = text[max(s_start, cand.start - 160) : cand.start]
    pipe = PIPE_RUN.match(text, cand.end, min(s_end, cand.end + 200))
    r0 = pipe.end() if pipe else cand.end
    right = text[r0 : min(s_end, r0 + 120)]
    if a.form in ("name_size", "mixture"):
        if a.form == "name_size" and data_name(text, a, s_start, s_end):
            return []
        return [
            Found(a.start, a.end, Kind.PARAM_COUNT, a.value, None, None, Unit.PARAMS, Qualifier.EXACT, a.form)
        ]
    if (
        b is None
        and a.form == "digits"
        and a.integer
        and not (a.unit or a.magnitude or a.signed)
        and abs(a.value or 0) < 100
        and METRIC.match(right.lstrip()) is None
        and FROM_WORD.search(left[-60:]) is None
    ):
        return []  # a small bare integer (3 tasks, 2D, Section 4): cheap early exit
    veto = _not_result(left, right)
    if veto:
        return []
    qual = qualifier(left)
    q = QUAL_WORDS.search(left[-30:])
    if q:
        left = left[: len(left) - 30 + q.start()] if len(left) >= 30 else left[: q.start()]
    phrase, obj = _phrase(right)
    clause = _clause(left)
    if b is not None:
        sep = (cand.sep or "").strip()
        from_to = sep == "to" and _R(r"(?i)\bfrom\s(?:\S+\s){0,3}$").search(left[-40:]) is not None
        from_to = from_to and not RANGE_FROM.search(left[-60:])
        from_to = from_to or ARROW.search(cand.sep or "") is not None  # "58.9 -> 61.7": before and after
        falling = from_to and bool(a.magnitude and b.magnitude) and (a.value or 0) > (b.value or 0)
        if sep in ("and", "or") or (from_to and a.magnitude is None and b.magnitude is None) or falling:
            return _pair(text, cand, left, right, clause, qual, from_to, s_start, s_end)
        return _range(text, cand, left, right, phrase, obj, clause, s_start, s_end)
    from_to = (FROM_LEFT.search(left[-30:]) is not None and TO_RIGHT.search(right) is not None) or (
        FROM_TO_LEFT.search(left[-140:]) is not None
    )
    found = _single(text, a, left, right, clause, qual, from_to, s_start, s_end)
    return [found] if found else []


def _pair(
    text: str,
    cand: Candidate,
    left: str,
    right: str,
    clause: str,
    qual: Qualifier,
    from_to: bool,
    s_start: int,
    s_end: int,
) -> list[Found]:
    """Two numbers that share their unit and the words around them ("7B and 13B parameter
    models", "8x and 17x fewer parameters", "from 36.2% to 40.7%")."""
    a, b = cand.a, cand.b
    assert b is not None
    unit = b.unit or a.unit
    value, magnitude = a.value, a.magnitude
    if magnitude is None and b.magnitude and a.form == "digits" and a.unit is None:
        value, magnitude = (a.value or 0) * b.magnitude, b.magnitude
    a2 = Atom(
        a.start,
        a.end,
        value,
        a.unit or unit,
        a.unit_rule or b.unit_rule,
        magnitude,
        a.form,
        a.signed,
        a.integer,
    )
    b_left = left + text[a.start : b.start]
    second = _single(
        text, b, b_left, right, clause, qualifier(text[s_start : b.start]), from_to, s_start, s_end
    )
    if from_to:
        a_right = text[a.end : b.end] + right
    else:
        a_right = right  # the words after a list describe all of it
    first = _single(text, a2, left, a_right, clause, qual, from_to, s_start, s_end)
    if second is not None and (first is None or first.kind is not second.kind):
        v = a2.value
        if v is not None and second.value is not None and second.value < 0 < v:
            v = -v
        first = Found(a.start, a.end, second.kind, v, None, None, second.unit, qual, second.rule + "+pair")
    elif (
        first is not None
        and second is None
        and not from_to
        and b.form == "digits"
        and (b.unit or a.unit) == first_unit(first)
    ):
        v = b.value
        if v is not None and first.value is not None and first.value < 0 < v:
            v = -v
        b_qual = qualifier(text[s_start : b.start])
        second = Found(b.start, b.end, first.kind, v, None, None, first.unit, b_qual, first.rule + "+pair")
    return [f for f in (first, second) if f is not None]


def first_unit(f: Found) -> str | None:
    """The units.toml unit a found result was written with (None for bare numbers and sizes)."""
    return {Unit.PERCENT: "%", Unit.PP: "pp", Unit.FACTOR: "x"}.get(f.unit)


def _range(
    text: str,
    cand: Candidate,
    left: str,
    right: str,
    phrase: str,
    obj: str,
    clause: str,
    s_start: int,
    s_end: int,
) -> list[Found]:
    a, b = cand.a, cand.b
    assert b is not None
    unit = b.unit or a.unit
    low, high = a.value, b.value
    if a.magnitude is None and b.magnitude and a.form in ("digits", "word"):
        low = a.value * b.magnitude
    if a.form == "vague" and b.form != "vague" and b.magnitude is None:
        return []
    form = "digits" if b.form == "vague" else b.form
    probe = Atom(
        a.start, b.end, high, unit, b.unit_rule or a.unit_rule, b.magnitude or a.magnitude, form, None, False
    )
    one = _single(text, probe, left, right, clause, Qualifier.RANGE, False, s_start, s_end)
    if one is None or low is None or high is None or low >= high and one.kind is not Kind.IMPROVEMENT:
        return []
    if one.value is not None and one.value < 0:
        low, high = -high, -low
    if one.unit is Unit.HOURS and unit == "minutes":
        low, high = low / 60, high / 60
    return [
        Found(
            cand.start,
            cand.end,
            one.kind,
            None,
            low,
            high,
            one.unit,
            Qualifier.RANGE,
            "range_" + one.rule,
            one.strong,
        )
    ]


def _single(
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
    phrase, obj = _phrase(right)
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
            return found(sk[0], sk[1], "size") if sk else None
    if a.unit == "pp" and a.unit_rule == "points" and abs(value or 0) > 100:
        # "scores over 43,000 points": game points, not percentage points
        return found(Kind.SCORE, Unit.NONE, "points_value") if SCORE.search(clause) else None
    if a.unit == "%" or a.unit == "pp":
        unit = Unit.PERCENT if a.unit == "%" else Unit.PP
        if from_to:
            return found(Kind.SCORE, unit, "from_to")
        if PAREN_VALUE.search(left[-40:]) and right[:1] == ")":
            return found(Kind.SCORE, unit, "paren_value")
        if VERSUS.match(right) or VERSUS_END.search(left[-20:]):
            return found(Kind.SCORE, unit, "versus")
        window = left[-70:]
        m = _last(METRIC, window)
        if (
            m is not None
            and METRIC_OF.fullmatch(window[m.end() :])
            and not CHANGE_BEFORE_METRIC.search(window[: m.start()])
        ):
            return found(Kind.SCORE, unit, "metric_of")
        if COLON_METRIC.search(left[-50:]):
            return found(Kind.SCORE, unit, "metric_colon")
        if _R(r"^\s*of\s(?:those|that)\s(?:of|in|used\sby|required\sby)\s").match(right):
            return found(Kind.REDUCTION, unit, "share_of_other")  # "0.35% of those of AdapterFusion"
        if _R(r"^\s*of\s(?:the\s)?(?:time|cases|instances|trials|runs)\b").match(right):
            return found(Kind.SCORE, unit, "frequency")  # "14% of the time": how often, not a share of cost
        if _R(r"^\s*of\s(?:the\s|all\s|its\s|their\s)?").match(right) and not SHARE.search(left):
            # "X% of <things>": a share that is kept or cut (reduction), or a proportion (score)
            o = right[:50]
            kind, sign, cue = cue_kind(phrase, obj, clause, left)
            if COST.search(o) and not METRIC.search(o[:25]):
                if (
                    kind is Kind.REDUCTION
                    or USE_VERB.search(clause[-25:])
                    or (kind is None and (USE_VERB.search(clause) or SHARE_OF_COST.match(right)))
                ):
                    return found(Kind.REDUCTION, unit, "share_" + (cue or "of"), sign)
            if not _R(r"(?i)\bby\s(?:\S+\s)?$").search(left[-15:]):
                return found(Kind.SCORE, unit, "percent_of")
        if SHARE.search(left[-30:]) and (
            COST.search(phrase)
            or _R(r"^\s*of\s").match(right)
            and (COST.search(obj) or MODEL_NOUN.search(obj) or COST.search(clause[-40:]))
        ):
            return found(Kind.REDUCTION, unit, "share")
        kind, sign, cue = cue_kind(phrase, obj, clause, left)
        if kind is Kind.IMPROVEMENT and MORE_COST.match(right) and COST.search(phrase):
            return None
        if kind is Kind.SCORE or kind is None:
            if unit is Unit.PP and kind is None:
                return found(Kind.IMPROVEMENT, unit, "pp")
            if a.signed == "+" and cue != "clause_score":
                return found(Kind.IMPROVEMENT, unit, "signed")
            return found(Kind.SCORE, unit, cue or "percent")
        if (
            kind is Kind.IMPROVEMENT
            and _R(r"(?i)\bto\s$").search(left[-4:])
            and not _R(r"(?i)\b(?:up|close|compared|relative|equal|similar)\sto\s$").search(left[-20:])
        ):
            return found(Kind.SCORE, unit, "improve_to")
        return found(kind, unit, cue, sign)
    if a.unit == "x":
        if LARGER_MODELS.match(right):
            return None
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
    if a.integer and a.value is not None and abs(a.value) >= 100 and not a.signed:
        m = DATA_NOUN.search(phrase)
        if NOT_DATA.search(right) or RATE_PER.search(right):
            return None
        if m and not _R(r"(?i)\s*(?:[\w\-]+\s)?(?:GPU|TPU)").match(phrase):
            return found(Kind.DATA_SIZE, Unit.EXAMPLES, "count")
    if a.signed == "+":
        kind, sign, cue = cue_kind(phrase, obj, clause, left)
        if kind in (None, Kind.SCORE, Kind.IMPROVEMENT):
            return found(Kind.IMPROVEMENT, Unit.NONE, "signed")
    if from_to:
        if METRIC.search(text[s_start:s_end]):
            return found(Kind.SCORE, Unit.NONE, "from_to")
        return None
    decimal = not a.integer
    if PER_TEN.match(right) and decimal:
        return found(Kind.SCORE, Unit.NONE, "per_ten")
    m = _last(METRIC, left[-45:])
    adjacent_metric = METRIC.match(phrase.lstrip()) is not None or (
        m is not None and METRIC_THEN_VALUE.match(left[-45:][m.end() :]) is not None
    )
    right_metric = METRIC.match(phrase.lstrip())
    named_metric = right_metric is not None and not GENERIC_METRIC.fullmatch(right_metric.group(0))
    if adjacent_metric and (decimal or (named_metric and abs(value or 0) < 1000)):
        if FROM_THE.search(left[-12:]):
            return found(Kind.SCORE, Unit.NONE, "metric_value")
        kind, sign, cue = cue_kind(phrase, obj, clause, left)
        if kind is Kind.IMPROVEMENT and not TO_END.search(left[-4:]):
            return found(Kind.IMPROVEMENT, Unit.NONE, "metric_gain", sign)
        return found(Kind.SCORE, Unit.NONE, "metric_value")
    if decimal and REDUCE.match(phrase.strip()) or (decimal and DROP.match(phrase.strip())):
        k, s = _reduce_target(phrase + " " + obj)
        if k is Kind.IMPROVEMENT:
            return found(k, Unit.NONE, "value_drop", s if BAD.search(phrase + obj) else -1)
    if decimal and IMPROVE.match(phrase.strip()) and METRIC.search(phrase + obj + clause):
        return found(Kind.IMPROVEMENT, Unit.NONE, "value_gain")
    return None
