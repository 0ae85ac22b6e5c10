"""The metric field: the whole a share is of when the sentence names no metric, a keyword list after
the last sentence, a time named before a latency value, a cost word that is another value's, a subject
after a subordinating word, a cost word inside a hyphenated word, a cost "of" a system, and EX.
Sentences are invented."""

from __future__ import annotations

from tests.extract.helpers import hit


def test_share_of_a_whole_names_the_metric():
    text = "The filter blocks 58\\% of spoofed packets without extra hardware."
    assert hit(text, "58\\%").metric == "spoofed packets"


def test_share_list_shares_the_whole():
    text = "The attack makes the chatbots answer more than 41\\% and 67\\% of unsafe prompts."
    assert hit(text, "41\\%").metric == "unsafe prompts"


def test_share_of_people_is_no_metric():
    text = "In the survey, 38\\% of the volunteers preferred the new interface."
    assert hit(text, "38\\%").metric is None


def test_share_whole_drops_a_trailing_participle():
    text = "Bots are thought to be 60 to 70 percent of the web traffic generated."
    assert hit(text, "60 to 70 percent").metric == "web traffic"


def test_keyword_list_is_not_scanned_for_the_metric():
    text = "Sampling costs an 11\\% overhead on average \\keywords{Compilers, Accuracy Counters, Tracing}"
    assert hit(text, "11\\%").metric == "overhead"


def test_time_named_before_a_latency_value():
    text = "Deployed on a phone, the tracker reaches processing times as low as 12 milliseconds."
    assert hit(text, "12").metric == "processing times"


def test_runtime_of_a_system_before_seconds():
    text = "The runtime of FooNet is 0.4 seconds per image on a laptop."
    assert hit(text, "0.4").metric == "runtime"


def test_cost_word_after_another_value_is_that_values():
    text = "Our BarNet needs 6 less FLOPs and runs 3 faster than prior real-time detectors."
    assert hit(text, "3").metric is None


def test_subject_starts_after_a_subordinating_word():
    text = "The detector keeps its recall high, even when the labelled data is reduced by 25\\%."
    assert hit(text, "25\\%").metric == "labelled data"


def test_cost_word_inside_a_hyphenated_word_stays_whole():
    text = "Simulations show that smart scheduling can bring 15-25\\% energy-savings."
    assert hit(text, "15-25\\%").metric == "energy-savings"


def test_cost_of_a_named_system_is_the_cost():
    text = "Our pruning can reduce the memory of the pre-trained Swin-T model by 37\\% with no loss."
    assert hit(text, "37\\%").metric == "memory"


def test_execution_accuracy_acronym_is_a_metric():
    text = "It beats the T5-large baseline by 2.1\\% on EM and 3.4\\% on EX."
    assert hit(text, "3.4\\%").metric == "EX"
