"""Metric shapes of review round 9: a gain that names its own metric between the comparative and "than",
a system noun as the last word of a subject, a frame that names a length or a size, a gerund that is a
verb of keeping, an outcome verb of a subordinate clause, and slash names fewer than their values.
Sentences are invented."""

from __future__ import annotations

import pytest

from tests.extract.helpers import table_metric as _metric


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        (
            "BarSeg reaches 48.1 mIoU on Cityscapes, 2.2 points higher PQ than Mask2Former.",
            "2.2 points",
            "PQ",
        ),
        (
            "The tagger obtains 91.0 F1 on the news set, 2.7 points higher precision than the CRF baseline.",
            "2.7 points",
            "precision",
        ),
        (
            "FooASR gets 7.9 WER on the read speech set, 0.8 points lower CER than the hybrid system.",
            "0.8 points",
            "CER",
        ),
        (
            "It obtains 81.2% top-1 accuracy on ImageNet, 1.1 points higher top-5 accuracy than ViT-B.",
            "1.1 points",
            "top-5 accuracy",
        ),
        # the rule's own purpose: a gain that names no metric takes the score's
        ("It reaches a hit rate of 71.5% on the shop logs, 3.3% higher than BarRec.", "3.3%", "hit rate"),
    ],
)
def test_gain_naming_its_own_metric_keeps_it(text, value, metric):
    assert _metric(text, value) == metric


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Our parsing network takes only 12 ms per sentence on a laptop CPU.", "12 ms"),
        ("The tracking model is 4x faster than SORT.", "4x"),
        ("Our retrieval pipeline runs 3.5x faster than the dense baseline.", "3.5x"),
        ("The captioning system takes 40 ms per image.", "40 ms"),
        ("Our detection model takes 3 hours, about 4x faster than BarNet.", "4x"),
    ],
)
def test_system_noun_subject_is_no_activity(text, value):
    assert _metric(text, value) is None


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        ("Indexing the corpus takes 3 minutes on one GPU.", "3 minutes", "Indexing the corpus"),
        ("Speech synthesis runs 12x faster than the autoregressive baseline.", "12x", "Speech synthesis"),
        ("For BERT pre-training, it achieves a 3.8x speedup.", "3.8x", "BERT pre-training"),
        ("During distillation of the teacher, BarKD is 2x faster.", "2x", "distillation"),
        # an activity with a system as its object stays the activity
        (
            "Training the network takes 3 hours, about 4x faster than BarNet.",
            "4x",
            "Training the network",
        ),
        ("Training networks takes 3 hours, about 4x faster than BarNet.", "4x", "Training networks"),
    ],
)
def test_activity_subjects_and_frames_still_read(text, value, metric):
    assert _metric(text, value) == metric


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("For sequence lengths beyond 16K, BarAttn gives a 4.2x speedup.", "4.2x"),
        ("For the same sequence budget, BarAttn is 2.1x faster.", "2.1x"),
        ("For longer generation lengths, BarDecode gets a 3.1x speedup.", "3.1x"),
        ("For larger compression sizes, BarZip is 1.8x faster.", "1.8x"),
    ],
)
def test_frame_of_a_length_or_size_is_no_activity(text, value):
    assert _metric(text, value) is None


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        (
            "The method stays robust while remaining compact and achieving 3x faster decoding.",
            "3x",
            "decoding",
        ),
        ("BarViT matches the accuracy of Swin while staying about 2x faster than ConvNeXt.", "2x", None),
        ("It keeps the accuracy of the teacher while staying 4x faster.", "4x", None),
        # the rule's own purpose: a gerund and its object before the factor
        (
            "It keeps quality while encoding spectrograms up to 9x faster than real time.",
            "9x",
            "encoding spectrograms",
        ),
    ],
)
def test_gerund_of_keeping_is_no_activity(text, value, metric):
    assert _metric(text, value) == metric


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        ("When walking fails our policy recovers in 64% of cases.", "64%", "recovers"),
        ("Where greedy decoding fails the reranker still helps in 35% of cases.", "35%", "helps"),
        # an outcome verb of the value's own clause
        ("Our answers are preferred by humans in 46.6% of the cases.", "46.6%", "preferred by humans"),
        ("When tested on new rooms, the robot fails 21% of the time.", "21%", "fails"),
    ],
)
def test_outcome_verb_of_another_clause(text, value, metric):
    assert _metric(text, value) == metric
