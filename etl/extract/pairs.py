"""Two numbers read together: a pair that shares its unit and words ("7B and 13B parameter models",
"from 36.2% to 40.7%") or a range ("between 2 and 5", "3-5x"). `kinds.classify` cuts the windows
and sends pairs and ranges here; each number is still decided by `single.single`."""

from __future__ import annotations

from dataclasses import replace

from etl.extract.kind_cues import Found, qualifier
from etl.extract.numbers import Atom, Candidate
from etl.extract.single import single
from etl.records import Kind, Qualifier, Unit


def pair(
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
    if (
        magnitude is None
        and b.magnitude
        and a.form == "digits"
        and a.unit is None
        and unit not in ("%", "pp", "x")
    ):
        value, magnitude = (a.value or 0) * b.magnitude, b.magnitude  # "7 and 13B": not "1 and 0B%"
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
    second = single(
        text, b, b_left, right, clause, qualifier(text[s_start : b.start]), from_to, s_start, s_end
    )
    if from_to:
        a_right = text[a.end : b.end] + right
    else:
        a_right = right  # the words after a list describe all of it
    first = single(text, a2, left, a_right, clause, qual, from_to, s_start, s_end)
    own_units = first is not None and second is not None and first.unit is not second.unit
    if (
        first is not None
        and second is not None
        and not own_units
        and first.rule in _OWN_VALUE_RULES
        and second.rule.startswith(("sentence_", "clause_"))
    ):
        # "at accuracies of 91.0% and 74.2%", "compared with 18.4% and 12.9% for X": the words that
        # make the first value a system's own value govern the second too, not a cue further back
        second = replace(second, kind=first.kind, value=b.value, rule=first.rule + "+pair")
    elif second is not None and not own_units and (first is None or first.kind is not second.kind):
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


# rules that read a value as a system's own (a metric named before it, a compared system's value)
_OWN_VALUE_RULES = frozenset(
    ("metric_of", "compared_value", "versus", "metric_colon", "compared_own", "improve_to")
)


def first_unit(f: Found) -> str | None:
    """The units.toml unit a found result was written with (None for bare numbers and sizes)."""
    return {Unit.PERCENT: "%", Unit.PP: "pp", Unit.FACTOR: "x"}.get(f.unit)


def range_of(
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
    one = single(text, probe, left, right, clause, Qualifier.RANGE, False, s_start, s_end)
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
