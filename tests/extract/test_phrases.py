"""Whole-word search for open-ended names (phrases.word_spots / occurrences), which replaces a
pattern compiled per name."""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from etl.extract.phrases import occurrences, word_spots


def test_word_spots_skips_a_name_inside_a_longer_word():
    assert word_spots("Foo", "FooNet and Foo-2 beat Foo.") == [22]


def test_word_spots_treats_the_window_end_as_a_boundary():
    assert word_spots("Foo", "Foo-Net", 0, 3) == [0]


def test_word_spots_sees_the_character_before_the_window():
    assert word_spots("Foo", "xFoo", 1) == []


def test_occurrences_include_overlapping_ones():
    assert occurrences("aa", "aaa") == [0, 1]


@given(st.text(alphabet="ab -_.", max_size=30), st.sampled_from(["a", "ab", "a b", "b-a"]), st.data())
def test_word_spots_agree_with_a_pattern_per_name(text, name, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    pattern = regex.compile(rf"(?<![\w\-]){regex.escape(name)}(?![\w\-])")
    assert word_spots(name, text, start, end) == [m.start() for m in pattern.finditer(text, start, end)]
