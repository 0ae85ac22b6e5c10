"""Decide what a number reports (its kind, unit, sign, qualifier) from the words around it.

Windows, cheapest first: the *phrase* right after the number (up to the first preposition or
punctuation: "3.05% absolute gains", "20x FLOPs reduction"), its *object* ("reduction in F1"),
and the *clause* before it ("reduces the training time by up to"). Cue lexicons live in
`rules/kinds.toml`, `rules/not_results.toml` and `rules/context.toml`.

This module cuts the windows, drops what is not a result, and splits pairs and ranges
(`pairs.py` reads them); `single.py` decides one number, `kind_cues.py` reads the cues, `measured.py` handles bare
values the unit lexicon does not cover, `sizes.py` parameter and data counts.
"""

from __future__ import annotations

from functools import cache

import regex

from etl.extract.cues import (
    ARROW,
    COST,
    FROM_LEFT,
    FROM_TO_LEFT,
    FROM_WORD,
    METRIC,
    NAME_BEFORE,
    NOT_LEFT,
    NOT_RIGHT,
    PIPE_RUN,
    QUAL_WORDS,
    RANGE_FROM,
    TO_RIGHT,
    YEAR,
    EndSearch,
)
from etl.extract.kind_cues import (
    Found,
    clause_of,
    cue_kind,
    phrase_after,
    qualifier,
)
from etl.extract.measured import BIT_RATE, lost_factor, verb_value_on
from etl.extract.numbers import LATEX_SWITCHES, UNIT_AT, UNIT_OF, Atom, Candidate
from etl.extract.operating_points import agreement_statistic
from etl.extract.pairs import first_unit, pair, range_of
from etl.extract.rules import load
from etl.extract.single import single
from etl.extract.sizes import data_name, few_data, search_time
from etl.records import Kind, Qualifier, Unit

__all__ = ["Found", "classify", "cue_kind", "first_unit", "qualifier"]

_R = cache(regex.compile)  # inline patterns: compiled once, looked up cheaply


# every "not a result" cue of a side in one alternation: one search per side per number
# (right cues are anchored at the start, so matched there; left cues end at the number, so
# searched backwards from the end)
_NOT_RIGHT_ANY = regex.compile("|".join(f"(?:{r.pattern.removeprefix('^')})" for r in NOT_RIGHT))
_NOT_LEFT_ANY = EndSearch("|".join(f"(?:{r.pattern})" for r in NOT_LEFT))


# "the 960-hour LibriSpeech corpus": a number written in hours is the corpus's size, not its name
_NOT_RIGHT_HOURS = regex.compile(
    "|".join(f"(?:{r.pattern.removeprefix('^')})" for r in NOT_RIGHT if r.name != "dataset_name")
)
# "trained on a 1.2M image corpus", "on a 7B model": a size, not the top of a rating scale
_NOT_LEFT_SIZE = EndSearch("|".join(f"(?:{r.pattern})" for r in NOT_LEFT if r.name != "scale_maximum"))


# QUAL_WORDS ends at the number: a reading from the end says whether the forward search (which
# gives the leftmost start) is needed at all
_QUAL_WORDS_END = EndSearch(QUAL_WORDS.pattern)


# "using less than 1/38 of the training data", "only 1/10 of the parameters": a share of a cost
# that is kept (reduction, value as written: 1/38); any other fraction is not a result
_FRACTION_KEPT = EndSearch(
    r"(?i)\b(?:only|just|merely|mere|using|uses?|with|requir\w*|needs?|needing|consum\w*|costs?)\s"
    r"(?:(?:less|fewer)\sthan\s|under\s|about\s|around\s|roughly\s|approximately\s|nearly\s|~)?$"
)
_FRACTION_OF = regex.compile(r"^(?:th)?\sof\s(?:the\s|its\s|their\s|our\s)?(?:[\w\-]+\s){0,2}?")


_FRACTION_NOUN = regex.compile(r"^\s(?:the\s)?(?:trainable\s|learnable\s)?")
# "requiring half the parameters and half the compute": a later member of a list of kept shares
_FRACTION_LISTED = regex.compile(
    r"(?i)(?:\d+/\d+|" + load("numbers")["fraction_word"].pattern + r")\s(?:of\s)?(?:the\s)?"
    r"[\w\-]+(?:\s[\w\-]+)?,?\s(?:and\s)?$"
)


def _fraction(a: Atom, left: str, right: str, worded: bool) -> list[Found]:
    of = _FRACTION_OF.match(right) or _FRACTION_NOUN.match(right)  # "only 1/7 parameters": the noun at once
    if of is None or not COST.match(right, of.end()):
        return []
    if not _FRACTION_KEPT.found(left[-40:]):
        listed = _FRACTION_LISTED.search(left[-70:])
        if listed is None or not _FRACTION_KEPT.found(
            left[: len(left) - len(left[-70:]) + listed.start()][-40:]
        ):
            return []
    # "1/38" has no unit; a share in words ("half the parameters") is read as a factor (0.5x)
    unit = Unit.FACTOR if worded else Unit.NONE
    return [
        Found(a.start, a.end, Kind.REDUCTION, a.value, None, None, unit, qualifier(left), "share_fraction")
    ]


def _not_result(left: str, right: str, hours: bool = False, size: bool = False) -> bool:
    right_veto = _NOT_RIGHT_HOURS if hours else _NOT_RIGHT_ANY
    left_veto = _NOT_LEFT_SIZE if size else _NOT_LEFT_ANY
    return right_veto.match(right) is not None or left_veto.found(left[-40:])


# "by 0.9 points and 28.7 BLEU": a value after a gain written with a unit is not that gain's list
_LATEX_OPEN = regex.compile(r"(?:\\[A-Za-z]+)?\{$")
_SWITCH_OPEN = regex.compile(r"\{?\\[A-Za-z]+$")
# the markup around a pair's separator ("} and \textbf{", "$ and $"): the word between is what counts
_SEP_MARKUP = regex.compile(r"^\$?\}?|\\textbf\{$|\$$")


# "by a factor of 10", "by factors of 10 and 278", "speedups of approximately 270 and 400": a bare
# number that is a factor
_FACTOR_OF = regex.compile(
    r"(?i)\b(?:(?<!real[\s-]time\s)factors?|speed-?ups?|accelerations?|compression\s(?:rates?|ratios?|factors?))\sof\s(?:about\s|around\s|roughly\s|approximately\s|almost\s|up\sto\s|over\s|nearly\s|more\sthan\s|~)?$"
)
_ORDERS = regex.compile(
    r"(?i)\s?orders?\sof\smagnitude"
)  # "a speed-up of 2--3 orders of magnitude": not 2-3x
# "by 3.92, 1.49 and 1.04 BLEU points": the first members of a list take the unit written after the last
_LIST_OF_VALUES = regex.compile(r"(?:,\s[+\-]?\d+\.\d+){0,4},?\s(?:and|or)\s[+\-]?\d+\.\d+")


# a small whole number in milliseconds or decibels is a measure, not a count (lengths in mm or cm
# stay out: "(80 mm) in length" is page layout)
_TIME_OR_DB = regex.compile(
    r"^(?:\s|\\,)?(?:ms|milliseconds?|dB|seconds?|minutes?|[KMGT]i?B)(?!\w|/(?!(?:frame|image)s?\b))"
)
_FRAME_RATE = regex.compile(r"^(?:\s|\\,)?(?:frames?\s?(?:per\ssecond|/\s?s(?:ec)?)|FPS|fps|Hz)\b")
_SLASH_RUN = regex.compile(r"(?<![\w.])(?:\d+\.\d+\\?%?/)+$")


# a side length written twice with nothing between ("224224", "320320"): a square resolution whose
# "x" was lost in the listing, never a count
_DOUBLED = regex.compile(r"([1-9]\d{1,3})\1")


# "AlpacaEval 2.0", "Gemini 1.5 Pro": a one-digit decimal right after a name is the name's version
# (not after a metric: "FID 2.0", "BLEU 2.1")
_NAME_VERSION = regex.compile(r"(?<![\w.\-])(?P<n>[A-Z][\w\-]*[A-Za-z])\s$")
_VERSION_DIGITS = regex.compile(r"\d\.\d")


def _name_version(text: str, a: Atom, s_start: int) -> bool:
    if a.form != "digits" or a.integer or a.unit or a.magnitude or a.signed:
        return False
    if _VERSION_DIGITS.fullmatch(text, a.start, a.end) is None:
        return False
    m = _NAME_VERSION.search(text, max(s_start, a.start - 30), a.start)
    return m is not None and METRIC.search(m.group("n")) is None


def _lost_times(text: str, a: Atom) -> bool:
    m = _DOUBLED.fullmatch(text, a.start, a.end)
    return m is not None and int(m.group(1)) >= 32 and int(m.group(1)) % 8 == 0  # sides are multiples of 8


def _as_factor(a: Atom) -> Atom:
    return (
        a._replace(unit="x", unit_rule="factor_of") if a.unit is None and a.form in ("digits", "word") else a
    )


def _search_pair(text: str, a: Atom, b: Atom, left: str, s_start: int, s_end: int) -> list[Found]:
    """Two search times whose time words follow the second ("costs 0.5 and 4 GPU hours"), or none."""
    if a.unit is not None or a.magnitude:
        return []
    sentence = text[s_start:s_end]
    run = search_time(b, text[s_start : b.start], text[b.end : min(s_end, b.end + 40)], sentence)
    if run is None or search_time(a, left, text[b.end : min(s_end, b.end + 40)], sentence) is None:
        return []
    qual = qualifier(left)
    return [
        Found(a.start, a.end, Kind.SCORE, a.value, None, None, Unit.NONE, qual, "search_time+pair"),
        Found(b.start, b.end + run, Kind.SCORE, b.value, None, None, Unit.NONE, qual, "search_time"),
    ]


def classify(text: str, s_start: int, s_end: int, cand: Candidate) -> list[Found]:
    """The results a candidate stands for (none, one, or two for a pair)."""
    a, b = cand.a, cand.b
    if (
        b is not None
        and (cand.sep or "").strip() in ("and", "or")
        and a.integer
        and not (a.unit or a.magnitude or a.signed)
        and YEAR.match(text[a.start : a.end])
        and NAME_BEFORE.search(text, max(s_start, a.start - 40), a.start)
    ):  # "85.2% on AIME 2024 and 70.1% on MATH": a year after a name is its edition, not a list member
        return classify(text, s_start, s_end, Candidate(b, None, None, cand.rule))
    if _name_version(text, a, s_start):
        # "31.4% on AlpacaEval 2.0 and 27.9% on Arena-Hard": the version is no list member
        return [] if b is None else classify(text, s_start, s_end, Candidate(b, None, None, cand.rule))
    if b is not None and b.unit is None and "}" in (cand.sep or "") and text.startswith("}", b.end):
        unit = UNIT_AT.match(text, b.end + 1, min(s_end, b.end + 20))  # "\\textbf{3.70} times"
        if unit and UNIT_OF[unit.lastgroup] in ("%", "pp", "x"):
            b = b._replace(end=unit.end(), unit=UNIT_OF[unit.lastgroup], unit_rule=unit.lastgroup)
            cand = Candidate(a, b, cand.sep, cand.rule)
    c_start, c_end = cand.start, cand.end  # properties; the span never changes below
    left = text[max(s_start, c_start - 160) : c_start]
    math = left.endswith("$")  # "by $5\%$": the number opens LaTeX math (number_scan), read the words
    if math:
        left = left[:-1]
    if left.endswith("{"):
        left = _LATEX_OPEN.sub("", left)  # "boosted to \textbf{80.2%}": read the words, not the markup
    elif left.endswith(LATEX_SWITCHES) and not left.endswith("\\textasciitilde"):
        left = _SWITCH_OPEN.sub("", left)  # "F-measure of {\bfseries84.6%}"
    if left.endswith("/") and not a.integer:
        run = _SLASH_RUN.search(
            left[-40:]
        )  # "EM/F1 of 78.3/85.6": a later member reads the words before the run
        if run is not None:
            left = left[: len(left) - len(left[-40:]) + run.start()]
    if "of " in left[-30:] and _FACTOR_OF.search(left[-30:]) and not _ORDERS.match(text, c_end):
        a, b = _as_factor(a), (_as_factor(b) if b is not None else None)
        cand = Candidate(a, b, cand.sep, cand.rule)
    if (
        b is None
        and a.form == "digits"
        and a.integer
        and not (a.unit or a.magnitude or a.signed)
        and YEAR.match(text[a.start : a.end])
    ):
        return []  # a bare year (2023): `single` never reports one, so skip its windows
    if (
        b is None
        and a.form == "digits"
        and a.integer
        and not (a.unit or a.magnitude)
        and _lost_times(text, a)
    ):
        return []  # "trained on 128128 images": a 128x128 resolution whose x was lost
    pipe = PIPE_RUN.match(text, c_end, min(s_end, c_end + 200))
    if (
        pipe is None
        and b is None
        and a.unit is None
        and not a.integer
        and text.startswith((",", " and ", " or "), c_end)
    ):
        listed = _LIST_OF_VALUES.match(text, c_end, min(s_end, c_end + 80))
        unit = listed and UNIT_AT.match(text, listed.end(), min(s_end, listed.end() + 40))
        if unit and UNIT_OF[unit.lastgroup] in ("%", "pp", "x"):
            a = a._replace(unit=UNIT_OF[unit.lastgroup], unit_rule=unit.lastgroup)
            cand = Candidate(a, b, cand.sep, cand.rule)
            pipe = listed  # the words after the list describe all of it
        elif listed and METRIC.match(text, listed.end() + 1, min(s_end, listed.end() + 60)):
            pipe = listed  # "84.1, 85.3, and 86.0 mIoU": the metric after the list names all of it
    r0 = pipe.end() if pipe else c_end
    right = text[r0 : min(s_end, r0 + 120)]
    if right.startswith("}") and left.endswith(("{", " ")):
        right = right[1:]  # "\textbf{37.3} AP"
    elif math and right.startswith("$"):
        right = right[1:]  # "$30\%$ reduction"
    if a.form in ("name_size", "mixture"):
        if a.form == "name_size" and data_name(text, a, s_start, s_end):
            return []
        return [
            Found(a.start, a.end, Kind.PARAM_COUNT, a.value, None, None, Unit.PARAMS, Qualifier.EXACT, a.form)
        ]
    if a.form == "fraction":
        return _fraction(a, left, right, text[a.start].isalpha())
    if b is None and "earch" in text[max(s_start, c_start - 120) : min(s_end, c_end + 40)]:
        skip = int(text.startswith("}", c_end))  # "\\textbf{4} GPU hours"
        run = search_time(a, left, text[c_end + skip : min(s_end, c_end + 40)], text[s_start:s_end])
        if run is not None:  # "searching for 0.6 days": a search cost (sizes.search_time)
            end = c_end + skip + run if run else c_end
            return [
                Found(
                    a.start, end, Kind.SCORE, a.value, None, None, Unit.NONE, qualifier(left), "search_time"
                )
            ]
    if (
        b is not None
        and (cand.sep or "").strip() in ("and", "or")
        and text.find("earch", s_start, s_end) >= 0
    ):
        times = _search_pair(text, a, b, left, s_start, s_end)  # a (S/s)earch sentence only
        if times:  # "only costs 0.5 and 4 GPU hours": two search costs sharing the time words
            return times
    if (
        b is None
        and a.form == "digits"
        and a.integer
        and not (a.unit or a.magnitude or a.signed)
        and abs(a.value or 0) < 100
        and METRIC.match(right.lstrip()) is None
        and FROM_WORD.search(left[-60:]) is None
        and not (left.endswith("of ") and METRIC.search(left[-30:]))  # "an accuracy of 87"
        and not (right.startswith((" on ", " in ")) and verb_value_on(left, right))  # "achieves 83 on MMLU"
        and not _FRAME_RATE.match(right)  # "runs at 45 frames per second": a speed reached (fps)
        and not _TIME_OR_DB.match(right)  # "with 79ms latency", "by 3 dB": a measure (measured.py)
        and not BIT_RATE.match(right)  # "more than 60 Mb/s": a data rate (measured.py)
        and lost_factor(right) is None  # "3 faster inference": a factor whose x was lost (measured.py)
        and not few_data(left, right)  # "with only 50 demonstrations": a small data count (sizes.py)
    ):
        return []  # a small bare integer (3 tasks, 2D, Section 4): cheap early exit
    hours = b is None and (a.unit == "hours" or a.form == "hm")
    size = b is None and (hours or a.unit == "tokens" or (a.magnitude is not None and a.unit is None))
    veto = _not_result(left, right, hours, size)
    if veto or agreement_statistic(left, right):  # "inter-annotator agreement is 0.81" (operating_points.py)
        return []
    qual = qualifier(left)
    if left.endswith(("$\\sim", "$\\approx")):
        left = left[: left.rindex("$")]  # "falls by $\sim$60%": the hedge is the qualifier, read the words
    q = QUAL_WORDS.search(left[-30:]) if _QUAL_WORDS_END.found(left[-30:]) else None
    if q:
        left = left[: len(left) - 30 + q.start()] if len(left) >= 30 else left[: q.start()]
    phrase, obj = phrase_after(right)
    clause = clause_of(left)
    if b is not None:
        sep = _SEP_MARKUP.sub("", cand.sep or "").strip()
        from_to = sep == "to" and _R(r"(?i)\bfrom\s(?:\S+\s){0,3}$").search(left[-40:]) is not None
        from_to = from_to and not RANGE_FROM.search(left[-60:])
        from_to = from_to or ARROW.search(cand.sep or "") is not None  # "58.9 -> 61.7": before and after
        falling = from_to and bool(a.magnitude and b.magnitude) and (a.value or 0) > (b.value or 0)
        between = sep == "and" and _R(r"(?i)\bbetween\s$").search(left[-9:]) is not None
        if between:
            return range_of(text, cand, left, right, phrase, obj, clause, s_start, s_end)
        if sep in ("and", "or") or (from_to and a.magnitude is None and b.magnitude is None) or falling:
            return pair(text, cand, left, right, clause, qual, from_to, s_start, s_end)
        return range_of(text, cand, left, right, phrase, obj, clause, s_start, s_end)
    from_to = (FROM_LEFT.search(left[-30:]) is not None and TO_RIGHT.search(right) is not None) or (
        FROM_TO_LEFT.search(left[-140:]) is not None
    )
    found = single(text, a, left, right, clause, qual, from_to, s_start, s_end)
    return [found] if found else []
