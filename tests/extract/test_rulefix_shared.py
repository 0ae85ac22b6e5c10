"""Pieces shared after the review of the extractor (rulefix): one acronym-in-brackets pattern, one
held-noun template, the speed lexicon's look-behind read with the sentence before its clause."""

from __future__ import annotations

from etl.extract import extract_text
from etl.extract.cues import HELD_NOUN, HELD_NOUN_LONG
from etl.extract.dataset_names import dataset_mentions
from etl.extract.phrases import ACRONYM_AFTER, BY_NUMBER
from etl.records import Kind


def _result(text: str, number: str):
    hits = [r for r in extract_text(text) if r.text == number]
    assert hits, [r.text for r in extract_text(text)]
    return hits[0]


def test_acceleration_listed_after_velocity_is_a_motion_quantity_not_a_speedup():
    # the clause is "and acceleration by"; the look-behind in kinds.toml sees "velocity" before it
    text = "Our tracker lowers position error by 2%, velocity error by 6% and acceleration by 11% over prior work."
    assert _result(text, "11%").kind is not Kind.SPEEDUP


def test_acceleration_alone_is_still_a_speedup():
    assert _result("The compiler gives a 2.5x acceleration of training.", "2.5x").kind is Kind.SPEEDUP


def test_held_noun_reads_two_modifiers_and_the_long_form_four():
    assert HELD_NOUN.match(" annotated street lesions") is not None
    assert HELD_NOUN.match(" high resolution face-blurred portrait images") is None
    assert HELD_NOUN_LONG.match(" high resolution face-blurred portrait images") is not None
    assert HELD_NOUN_LONG.match(" medical datasets") is None


def test_acronym_in_brackets():
    assert ACRONYM_AFTER.match(" (LiTS)").group("d") == "LiTS"
    assert ACRONYM_AFTER.match(" (ACL-ARC)").group("d") == "ACL-ARC"
    assert ACRONYM_AFTER.match(" (Guideline-Guided)") is None


def test_by_number():
    assert BY_NUMBER.search("raises recall by 3.1 points") is not None
    assert BY_NUMBER.search("reached by hand") is None


def test_a_data_word_at_the_start_of_the_text_does_not_read_the_last_character():
    # text[a.start() - 1] at position 0 read the text's last character, here ")"
    text = " dataset of scans (XYZ)"
    assert dataset_mentions(text, 0, len(text)) == ()


def test_a_cost_named_in_the_next_clause_is_not_the_metric():
    text = "Our pruned network, with activations still only 12% of BarNet and the GPU latency only 40% of BarNet, keeps its accuracy."
    assert [(r.text, r.metric) for r in extract_text(text)] == [("12%", None), ("40%", "GPU latency")]
