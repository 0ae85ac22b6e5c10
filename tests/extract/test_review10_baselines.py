"""Baselines after review10 (r10base): a system compared with a variant of itself keeps the model, 'than on/with
X' and 'keeps the quality of X' take only systems, a closing reference carries only a system, and 'ahead of time'
is an idiom. Sentences are invented."""

from __future__ import annotations

from tests.extract.helpers import table_rows


def _row(text: str, number: str) -> dict:
    for r in table_rows(text):
        if text[r["span_start"] : r["span_end"]].startswith(number):
            return r
    raise AssertionError(f"{number!r} not extracted")


def _pair(text: str, number: str) -> tuple[str | None, str | None]:
    r = _row(text, number)
    return r["model"], r["baseline"]


def test_a_system_faster_than_a_variant_of_itself_keeps_the_model() -> None:
    text = "We propose BarNet. BarNet with local attention is 3x faster than BarNet with full attention."
    assert _pair(text, "3x") == ("BarNet", "BarNet with full attention")


def test_a_variant_compared_first_keeps_the_model() -> None:
    text = "We propose BarNet. Compared to BarNet without caching, BarNet runs 4x faster."
    assert _pair(text, "4x") == ("BarNet", "BarNet without caching")


def test_a_level_reached_with_fewer_steps_keeps_the_subject() -> None:
    text = "We propose BazRL. BazRL reaches QMIX's final performance with 3.1x fewer steps."
    assert _pair(text, "3.1x") == ("BazRL", "QMIX")


def test_a_base_model_with_the_method_is_the_method() -> None:
    text = "We apply BazMerge to DeiT-B. DeiT-B with BazMerge is 2x faster than DeiT-B."
    assert _pair(text, "2x") == ("BazMerge", "DeiT-B")


def test_fewer_parameters_than_a_compared_system_still_drops_it_as_model() -> None:
    text = "We propose BarLoRA. It trains 9x fewer parameters than LoRA."
    assert _pair(text, "9x") == ("BarLoRA", "LoRA")


def test_than_on_a_split_or_a_data_set_is_no_system() -> None:
    assert (
        _pair("We propose BarNet. Its error on the dev set is 11% lower than on the test set.", "11%")[1]
        is None
    )
    assert _pair("We propose BarNet. The speedup is 4x larger than on CIFAR-10.", "4x")[1] is None
    assert (
        _pair("We propose BarNet. On long videos its speedup is 2.7x, higher than on short clips.", "2.7x")[1]
        is None
    )


def test_than_with_a_setting_or_an_amount_is_no_system() -> None:
    assert _pair("We propose BarNet. Decoding is 3.5x faster than with a beam size of 4.", "3.5x")[1] is None
    assert _pair("We propose BarNet. Answers are 9% more accurate than using only the retriever.", "9%")[
        1
    ] == ("retriever")


def test_than_that_of_a_subset_or_the_input_is_no_system() -> None:
    text = "We propose BarNet. Its error on tail classes is 14% lower than that of head ones."
    assert _pair(text, "14%")[1] is None
    assert _pair("We propose BarNet. The code is 12x smaller than that of the signal.", "12x")[1] is None


def test_than_with_a_named_system_stays() -> None:
    assert _pair("We propose BarNet. It is 3x faster than with FlashDecoding.", "3x")[1] == "FlashDecoding"


def test_kept_quality_of_an_output_or_a_task_is_no_system() -> None:
    text = "We propose BarDiff. BarDiff keeps the quality of rendered videos at 3x lower latency."
    assert _pair(text, "3x") == ("BarDiff", None)
    text = "We propose BarKV. BarKV maintains the performance of multi-hop retrieval with 45% less memory."
    assert _pair(text, "45%") == ("BarKV", None)
    text = "We propose BarSel. BarSel matches the accuracy of models trained on all labels with 8x fewer examples."
    assert _pair(text, "8x") == ("BarSel", None)


def test_kept_quality_of_a_system_stays() -> None:
    text = "We propose BarS. BarS reaches the final accuracy of grid search with 6x fewer evaluations."
    assert _pair(text, "6x") == ("BarS", "grid search")


def test_a_closing_subset_or_setting_does_not_carry() -> None:
    text = "BarNet reaches 78.4% on seen objects versus 55.0% for unseen objects. Inference is 3x faster."
    assert _pair(text, "3x")[1] is None
    text = "BarNet reaches 78.4% accuracy versus 55.0% for the 8-bit setting. Inference is 3x faster."
    assert _pair(text, "3x")[1] is None


def test_a_closing_system_still_carries() -> None:
    text = "BarNet reaches 78.4% accuracy versus 55.0% for the GRU baseline. Inference is 3x faster."
    assert _pair(text, "3x")[1] == "GRU baseline"


def test_ahead_of_time_is_an_idiom() -> None:
    text = "We propose BarJIT. BarJIT builds kernels ahead of time, raising throughput by 1.6x."
    assert _pair(text, "1.6x") == ("BarJIT", None)
    text = "We propose BarSeg. BarSeg stays ahead of schedule and improves mIoU by 1.9 points."
    assert _pair(text, "1.9 points") == ("BarSeg", None)


def test_points_ahead_of_a_system_stay() -> None:
    assert _pair("We propose BarSeg. BarSeg is 1.9 points ahead of SegNeXt.", "1.9 points")[1] == "SegNeXt"


def test_kept_quality_of_a_system_trained_on_more_is_that_system() -> None:
    text = "BarMix matches the accuracy of the default schedule trained on 1.7 times as many tokens."
    assert _pair(text, "1.7 times") == ("BarMix", "default schedule")


def test_than_on_a_compared_condition_that_is_no_split_stays() -> None:
    text = "Recall on Yoruba queries is 27% lower than on Spanish for all retrievers."
    assert _pair(text, "27%")[1] == "Spanish"
