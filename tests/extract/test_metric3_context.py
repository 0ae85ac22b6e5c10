"""The metric field: a bracketed value's label that ends in a function word, a metric written after a
comparative next to another value's metric, a quantity the lexicon does not know named before "of"/"is",
a serial-comma list of "X by N" items, and LaTeX accents in a metric name. Sentences are invented."""

from __future__ import annotations

from tests.extract.helpers import hit


def test_label_ending_in_a_function_word_is_no_metric():
    text = "The proposed classifiers reached high recall values, which vary from (71\\% to 83\\%)."
    assert hit(text, "71\\% to 83\\%").metric == "recall"


def test_metric_after_a_comparative_beats_the_previous_values_metric():
    text = (
        "Our model attains 7\\% lower MAE and 18\\% lower reconstruction error than prior methods on FooSet."
    )
    assert hit(text, "18\\%").metric == "reconstruction error"


def test_the_previous_values_metric_stays_its_own():
    text = (
        "Our model attains 7\\% lower MAE and 18\\% lower reconstruction error than prior methods on FooSet."
    )
    assert hit(text, "7\\%").metric == "MAE"


def test_unknown_rate_named_before_of():
    text = "The detector yields a desirable capture rate of 77.1\\% and a false alarm rate of 3.2\\%."
    assert hit(text, "77.1\\%").metric == "capture rate"


def test_second_unknown_rate_named_before_of():
    text = "The detector yields a desirable capture rate of 77.1\\% and a false alarm rate of 3.2\\%."
    assert hit(text, "3.2\\%").metric == "false alarm rate"


def test_unknown_quantity_as_subject_of_is():
    text = "The annotation overhead is only 4.2\\% in total."
    assert hit(text, "4.2\\%").metric == "annotation overhead"


def test_quantity_that_is_another_nouns_argument_is_not_the_metric():
    text = "The correlation between the predictions and the measured values of blood pressure was 0.93."
    assert hit(text, "0.93").metric == "correlation"


def test_quantity_after_a_preposition_keeps_the_named_metric():
    text = "The best precision for gesture recognition is 91.2\\%."
    assert hit(text, "91.2\\%").metric == "precision"


def test_value_adjective_is_cut_off_the_quantity():
    text = "Our engine sustains a high throughput of 2.1 million queries per second."
    assert hit(text, "2.1 million").metric == "throughput"


def test_last_item_of_a_serial_comma_list_of_by_values():
    text = (
        "Against the strongest baselines, we reduce the mean joint error by 10\\%, the velocity difference by 8\\%, "
        "and the gesture distance by 21\\%."
    )
    assert hit(text, "21\\%").metric == "gesture distance"


def test_metric_with_a_latex_accent_is_kept_whole():
    text = (
        "Against the strongest baselines, we reduce the mean joint error by 10\\%, the velocity difference by 8\\%, "
        "and the Fr\\'echet Motion Distance by 14\\%."
    )
    assert hit(text, "14\\%").metric == "Fr\\'echet Motion Distance"


def test_change_verb_is_cut_off_a_listed_subject():
    text = "With pruning, the compute cost decreases by 30\\%, and the memory footprint decreases by 20\\% on the edge board."
    assert hit(text, "20\\%").metric == "memory footprint"


def test_speedup_metric_after_in_terms_of_has_no_terms_of():
    text = "Adding two accelerators yields speedups as high as 3.1x in terms of time-to-first-token and 1.7x in terms of energy use."
    assert hit(text, "3.1x").metric == "time-to-first-token"


def test_share_of_a_systems_performance_leaves_the_system_out():
    text = "Even after pruning half of its heads, the compact model keeps 92\\% of the performance of Vicuna-13B."
    assert hit(text, "92\\%").metric == "performance"


def test_trailing_relatively_is_cut_off_the_metric():
    text = "Our ranker improves the score relatively by 12.5 over the strongest baseline."
    assert hit(text, "12.5").metric == "score"
