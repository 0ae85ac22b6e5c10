"""Dataset and metric fields, pass 3 (dsmetric3): one behaviour per test, invented sentences."""

from __future__ import annotations

from tests.extract.helpers import hit


def _one(text: str, number: str, title: str | None = None):
    return hit(text, number, title, unique=True)


# --- dataset ---------------------------------------------------------------------------------------


def test_known_name_when_the_only_other_names_are_a_later_clause_list():
    r = _one(
        "Our system sets a new record at the PASCAL VOC-2012 segmentation task, reaching 81.2% mIOU on the "
        "test set, and improves results on two other datasets: ADE20K and Cityscapes.",
        "81.2%",
    )
    assert r.dataset is not None and "VOC-2012" in r.dataset


def test_plain_name_with_a_decimal_version_is_carried():
    r = _one(
        "We evaluate on the Human 3.6M benchmark. The mean joint error is reduced by 4% compared to prior work.",
        "4%",
    )
    assert r.dataset == "Human 3.6M"


def test_gazetteer_knows_a_plain_word_benchmark():
    r = _one("Our scorer beats the previous best in group score on Winoground by 6.5%.", "6.5%")
    assert r.dataset == "Winoground"


def test_data_set_set_apart_by_except_is_not_the_one_measured():
    r = _one(
        "Except for Food-101, the accuracy of our classifiers on the remaining datasets exceeded 98%.", "98%"
    )
    assert r.dataset is None


def test_value_with_its_own_phrase_does_not_take_the_previous_values_data_set():
    r = _one(
        "The gains reach 1.2 BLEU on the IWSLT corpus and 3.1 BLEU in a simulated low-data regime.", "3.1"
    )
    assert r.dataset is None


def test_name_owned_by_another_value_is_not_shared():
    text = "It raises the AUC by 2.5% for MIMIC and 6.1% for COHORTX."
    assert _one(text, "2.5%").dataset == "MIMIC"  # a gazetteer name after "for"
    assert _one(text, "6.1%").dataset is None  # not the first value's


def test_shared_task_is_a_data_word_and_carries():
    r = _one(
        "We describe our entry for the FOOEVAL 2021 Shared Task on claim detection. "
        "The system reaches an F1 of 0.712 on the leaderboard.",
        "0.712",
    )
    assert r.dataset == "FOOEVAL 2021"


def test_venue_before_challenge_is_no_data_set():
    r = _one(
        "We take part in the few-shot track proposed by the ICCV 2023 Challenge. "
        "Our ensemble reaches an average accuracy of 71.4% on the benchmark.",
        "71.4%",
    )
    assert r.dataset is None  # not "ICCV 2023"


def test_bibtex_braces_in_the_title_keep_the_proposed_data_set():
    r = _one(
        "We release a new dialogue corpus. The best retrieval model achieves 12.3% recall@1 on it, showing the "
        "dataset is challenging.",
        "12.3%",
        title="{C}hat{P}ix: A Dialogue Dataset with Shared Photos",
    )
    assert r.dataset == "ChatPix"


# --- metric ----------------------------------------------------------------------------------------


def test_relative_marker_keeps_the_verb_object_as_metric():
    r = _one(
        "Adding the reranker cuts object hallucination rates in COCO captions by a relative 30% compared with "
        "the plain decoder.",
        "30%",
    )
    assert r.metric == "object hallucination rates"


def test_two_metrics_then_two_values_in_order():
    text = (
        "The detector achieves a mean precision and recall of 91.2% and 88.7% respectively on the test split."
    )
    assert _one(text, "91.2%").metric == "mean precision"
    assert _one(text, "88.7%").metric == "recall"


def test_change_in_a_quantity_then_is_and_the_value():
    r = _one(
        "The design uses fewer gates. The saving in energy consumption is 18%, at equal throughput.", "18%"
    )
    assert r.metric == "energy consumption"


def test_quality_adjective_is_the_metric_when_none_is_named():
    r = _one("Our parser is 4.5% more accurate than the rule-based system.", "4.5%")
    assert r.metric == "accurate"


def test_named_metric_wins_over_the_quality_adjective():
    r = _one("It reaches an exact match of 61.0%, which is 7.5% more accurate than the baselines.", "7.5%")
    assert r.metric == "exact match"


def test_device_time_takes_the_search_cost_it_measures():
    r = _one("Our search cost is only 3 epochs (12 GPU-hours) on the proxy task.", "12 GPU-hours")
    assert r.metric == "search cost"


def test_share_of_people_does_not_take_the_previous_sentences_metric():
    r = _one(
        "Our model lowers the error rate by 9%. In a user study, 31% of participants preferred our outputs.",
        "31%",
    )
    assert r.metric is None


def test_respectively_list_of_devices_is_no_data_set():
    text = "Our detector runs at 41.2 FPS and 35.0 FPS on the newest Pixel and Galaxy mobile phones, respectively."
    assert _one(text, "41.2").dataset is None
    assert _one(text, "35.0").dataset is None


def test_counted_kind_before_a_plural_data_word_is_no_name():
    r = _one(
        "On two common Crowd Counting datasets, our counter lowers the MAE of prior work by 4.1.",
        "4.1",
    )
    assert r.dataset is None
