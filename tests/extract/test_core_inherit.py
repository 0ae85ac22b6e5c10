"""A list member whose kind is a default takes its list's kind, and then the list's sign rules."""

from etl.extract.core import _inherit
from etl.extract.kinds import Found
from etl.records import Kind, Qualifier, Unit


def _found(start: int, end: int, kind: Kind, value: float, strong: bool) -> Found:
    return Found(start, end, kind, value, None, None, Unit.PERCENT, Qualifier.EXACT, "percent", strong)


def test_a_default_drop_that_joins_a_list_of_scores_loses_its_sign() -> None:
    text = "reaching 61.2% and 25%"
    out = _inherit(
        text, [_found(9, 14, Kind.SCORE, 61.2, True), _found(19, 22, Kind.IMPROVEMENT, -25.0, False)]
    )
    assert (out[1].kind, out[1].value) == (Kind.SCORE, 25.0)


def test_a_written_minus_sign_is_kept_in_a_list_of_scores() -> None:
    text = "reaching 61.2% and -25%"
    out = _inherit(
        text, [_found(9, 14, Kind.SCORE, 61.2, True), _found(19, 23, Kind.IMPROVEMENT, -25.0, False)]
    )
    assert (out[1].kind, out[1].value) == (Kind.SCORE, -25.0)


def test_a_default_drop_that_joins_a_list_of_gains_keeps_its_sign() -> None:
    text = "gains of 3.1% and 2%"
    out = _inherit(
        text, [_found(9, 13, Kind.IMPROVEMENT, 3.1, True), _found(18, 20, Kind.SCORE, -2.0, False)]
    )
    assert (out[1].kind, out[1].value) == (Kind.IMPROVEMENT, -2.0)


def test_a_default_drop_range_that_joins_a_list_of_scores_is_ordered_unsigned() -> None:
    text = "reaching 61.2% and 20-25%"
    drop = Found(
        19, 25, Kind.IMPROVEMENT, -22.5, -25.0, -20.0, Unit.PERCENT, Qualifier.EXACT, "percent", False
    )
    out = _inherit(text, [_found(9, 14, Kind.SCORE, 61.2, True), drop])
    assert (out[1].value, out[1].low, out[1].high) == (22.5, 20.0, 25.0)
