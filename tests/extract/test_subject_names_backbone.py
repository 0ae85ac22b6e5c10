"""A name written as the backbone a system is "with" is a part of it, not the subject that scores.
Sentences are invented."""

from __future__ import annotations

from tests.extract.helpers import model


def test_a_backbone_after_with_a_is_not_the_subject():
    text = "We add a center-ness branch. Our tracker with a DLA-60 backbone achieves 61.3 MOTA on MOT17."
    assert model(text, "61.3", "Center Tracking") != "DLA-60"
