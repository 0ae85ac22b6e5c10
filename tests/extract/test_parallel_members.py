"""A later member of a long coordination that repeats the words after the first member keeps the
first member's kind (etl/extract/list_fields.py `parallel_member`)."""

from __future__ import annotations

from etl.extract.core import extract_text


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(r.text, r.kind.value) for r in extract_text(text)]


def test_far_second_member_repeating_the_metric_keeps_the_gain() -> None:
    text = (
        "On KITTI, our FooNet surpasses the strongest rival by 1.20% mAP for car detection with a backbone"
        " network that is much weaker than the one used by the previous detector and 2.75% mAP for pedestrians."
    )
    assert _kinds(text) == [("1.20%", "improvement"), ("2.75%", "improvement")]


def test_far_value_with_other_words_after_it_is_not_a_member() -> None:
    text = (
        "On KITTI, our FooNet surpasses the strongest rival by 1.20% on car detection with a backbone"
        " network that is much weaker than the one used by the previous detector and 72.75% mAP for pedestrians."
    )
    assert _kinds(text) == [("1.20%", "improvement"), ("72.75%", "score")]
