"""Over-firing found by probing the newer model, dataset and baseline rules with invented sentences
(review 11b): a word's "sim", a day as a data set, "per se", a data set grown into a baseline, a final
"only" cut off, a data set's earlier size read as new data, a data set before a system noun dropped."""

from __future__ import annotations

from etl.extract.latex_names import tidy_name
from tests.extract.helpers import hit


def test_sim_of_a_word_is_kept() -> None:
    assert tidy_name("sim2real transfer") == "sim2real transfer"
    assert tidy_name("sim10k detector") == "sim10k detector"
    assert tidy_name("sim7B") is None


def test_sim_of_a_word_stays_in_the_baseline() -> None:
    r = hit("It improves over sim2real transfer by 12% on the real robot.", "12%")
    assert r.baseline == "sim2real transfer"


def test_a_day_is_no_data_set() -> None:
    text = "Trained on one week of logs, the detector's recall drops on Tuesday by 6.1%."
    assert hit(text, "6.1%").dataset is None


def test_per_se_does_not_grow_the_baseline() -> None:
    assert hit("It outperforms the plain model per se by 1.4 points.", "1.4 points").baseline == "plain model"


def test_a_known_data_set_does_not_grow_a_gerund_baseline() -> None:
    text = "Our method outperforms fine-tuning on SuperGLUE, using 4x fewer trainable parameters."
    assert hit(text, "4x").baseline == "fine-tuning"


def test_a_final_only_stays_in_the_baseline() -> None:
    text = "The adapted tagger gains 2.7 points over training on German only."
    assert hit(text, "2.7 points").baseline == "training on German only"


def test_a_size_pointed_back_to_keeps_the_earlier_data_set() -> None:
    text = "We train on the VoxCeleb corpus. We build our training split from its 2,400 hours of speech."
    assert hit(text, "2,400 hours").dataset == "VoxCeleb"


def test_a_definite_size_collected_keeps_the_earlier_data_set() -> None:
    text = "We evaluate on COCO. The 118K training images were gathered from photo sites."
    assert hit(text, "118K").dataset == "COCO"


def test_a_data_set_before_models_is_their_place_when_alone() -> None:
    r = hit("We improve the robustness of ImageNet models by 4.7% on average across shifts.", "4.7%")
    assert (r.dataset, r.model) == ("ImageNet", None)


def test_a_data_set_before_models_is_no_model_name() -> None:
    r = hit("We improve the robustness of ImageNet models by 4.7% on CIFAR-10-C.", "4.7%")
    assert (r.dataset, r.model) == ("CIFAR-10-C", None)


def test_the_model_after_a_compared_system_is_not_the_papers() -> None:
    text = (
        "We propose BarASR, a compact recognizer. We compare it with Parrot-large. "
        "The model is trained on 300,000 hours of audio, and BarASR on 2,000 hours."
    )
    assert hit(text, "300,000 hours").model != "BarASR"
