"""What a speed-up or a reduction is about: comparison words are not part of it."""

from __future__ import annotations

from etl.records import Kind
from tests.extract.helpers import hit


def test_the_cost_a_beaten_system_spent_more_of_is_named_without_more() -> None:
    r = hit("Our small tagger beats XLNet-Large (pretrained with 40x more compute) on CoNLL-2003.", "40x")
    assert (r.kind, r.metric) == (Kind.REDUCTION, "compute")


def test_comparing_with_ends_what_got_faster() -> None:
    r = hit("The tracker reaches 12x faster decoding time comparing with beam search.", "12x")
    assert (r.kind, r.metric) == (Kind.SPEEDUP, "decoding time")


def test_less_than_half_is_a_qualifier_not_a_compared_system() -> None:
    r = hit("The tagger matches them with less than half of the memory of the largest rival.", "half")
    assert r.baseline is None
