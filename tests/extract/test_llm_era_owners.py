"""Shapes of 2024-25 listing abstracts: a method run on named models ("Applied to A (13B) and B, ...
respectively", "The same recipe applied to X yields", "Plugged into X, it", "Applied to the 12B X, it"),
a system set off by commas and built on a model, a known model right after a value, and gains a colon
lists after a plural change noun. Sentences are invented."""

from __future__ import annotations

from etl.extract.core import extract_text
from tests.extract.helpers import hit, model


def _kinds(text: str) -> list[tuple[str, str, float | None]]:
    return [(r.text, r.kind.value, r.value) for r in extract_text(text)]


# ---------------------------------------------------------------- gains listed after a colon


def test_values_a_colon_lists_after_plural_improvements_in_a_metric_are_gains() -> None:
    text = (
        "TraceRL brings consistent improvements in pass@1 accuracy: 4.6% on AIME25 and 2.9% on OlympiadBench."
    )
    assert _kinds(text) == [("4.6%", "improvement", 4.6), ("2.9%", "improvement", 2.9)]


def test_plural_drops_in_a_quality_metric_listed_after_a_colon_are_negative() -> None:
    text = "Quantizing to 3 bits causes drops in exact match: 3.8% on NQ and 1.7% on TriviaQA."
    assert _kinds(text) == [("3.8%", "improvement", -3.8), ("1.7%", "improvement", -1.7)]


def test_plural_reductions_in_an_error_metric_listed_after_a_colon_are_gains() -> None:
    text = "AccentMix yields reductions in word error rate: 11% on CommonVoice and 7% on VoxPopuli."
    assert _kinds(text) == [("11%", "improvement", 11.0), ("7%", "improvement", 7.0)]


def test_a_singular_change_before_a_colon_still_lists_levels() -> None:
    text = "AccentMix yields a reduction in word error rate: 5.1% on CommonVoice and 8.4% on VoxPopuli."
    assert [k for _, k, _ in _kinds(text)] == ["score", "score"]


# ---------------------------------------------------------------- a method run on named models


def test_the_same_recipe_applied_to_a_model_gives_that_model_the_value() -> None:
    text = (
        "We propose StepCurve, a curriculum for RL on math. The same recipe applied to "
        "Qwen2.5-Math-1.5B yields a pass@1 of 28.7% on AIME 2024."
    )
    assert model(text, "28.7%") == "Qwen2.5-Math-1.5B"


def test_the_same_recipe_applied_to_a_data_set_names_no_model() -> None:
    text = "We propose StepCurve, a curriculum for vision. The same recipe applied to ImageNet yields 81.4% top-1 accuracy."
    assert model(text, "81.4%") != "ImageNet"


def test_respectively_values_of_a_method_applied_to_sized_models_go_one_to_each() -> None:
    text = (
        "We propose StrideCache, a training-free cache for video diffusion. Applied to MochiVideo (10B) and "
        "Wan2.1-14B, the method accelerates sampling by 2.1x and 2.4x, respectively."
    )
    assert model(text, "2.1x") == "MochiVideo"
    assert model(text, "2.4x") == "Wan2.1-14B"


def test_respectively_values_after_applied_to_unknown_unsized_names_keep_the_method() -> None:
    text = (
        "We propose StrideCache, a training-free cache for video diffusion. Applied to MochiVideo and "
        "OpenClip, StrideCache cuts latency by 31% and 38%, respectively."
    )
    assert model(text, "31%") == "StrideCache"


def test_applied_to_a_sized_model_gives_it_the_from_to_values_of_an_unnamed_method() -> None:
    text = (
        "We study step distillation for image generators. Applied to the 8B Lumina-Next, it reduces "
        "generation time from 9.6 s to 0.7 s on one GPU."
    )
    assert model(text, "9.6 s") == "Lumina-Next"
    assert model(text, "0.7 s") == "Lumina-Next"


def test_plugged_into_a_model_the_unnamed_method_reports_for_that_model() -> None:
    text = (
        "We propose KeyFrameNet, a frame selector for long videos. Plugged into Qwen2.5-VL-7B without "
        "retraining, it improves accuracy on MLVU by 3.9%."
    )
    assert model(text, "3.9%") == "Qwen2.5-VL-7B"


def test_plugged_into_a_backbone_is_a_part_not_the_system() -> None:
    text = (
        "We propose KeyFrameNet, a frame selector. Plugged into a ResNet-50 backbone, it improves accuracy "
        "on ImageNet by 1.3%."
    )
    assert model(text, "1.3%") != "ResNet-50"


# ---------------------------------------------------------------- a system built on a model, a model after a value


def test_a_system_set_off_by_commas_as_built_on_a_model_is_that_model() -> None:
    text = (
        "We release a benchmark of office tasks. The strongest agent we test, built on Gemini 2.0 Pro, "
        "completes only 27.3% of tasks, while humans succeed on 91.0%."
    )
    assert model(text, "27.3%") == "Gemini 2.0 Pro"
    assert model(text, "91.0%") != "Gemini 2.0 Pro"


def test_a_system_based_on_a_data_set_is_not_that_data_set() -> None:
    text = "We release a benchmark. The best classifier, based on ImageNet-21K, reaches 84.0% top-1 accuracy."
    assert model(text, "84.0%") != "ImageNet-21K"


def test_a_known_model_right_after_a_value_with_on_owns_it() -> None:
    text = "We study jailbreak defenses. Our filter lowers attack success rates to 4.4% on Llama-3.1-8B-Instruct."
    assert model(text, "4.4%") == "Llama-3.1-8B-Instruct"


def test_a_model_a_win_rate_is_measured_against_does_not_own_it() -> None:
    text = "Our tuned model, CounselLM-8B, achieves a win rate of 79% against GPT-4o."
    assert hit(text, "79%").model != "GPT-4o"


def test_a_system_built_on_a_model_is_the_named_method_when_the_abstract_names_one() -> None:
    text = "We propose ZorpDet, a fast detector. Our detector built on ResNet-50 achieves 45.2 AP on COCO."
    assert model(text, "45.2") == "ZorpDet"
