"""Dataset and metric fields in arXiv-style abstracts: a task opening the sentence, a list of data
sets after a data word, a spelled-out name with its acronym, the proposed data set as a subject, a
lower-case "X-to-Y" task, names in LaTeX font commands, rates in Hz, changes written after the metric
("a 2% recall drop"), and a metric shared backwards by two joined values. The sentences are written
for these tests."""

from __future__ import annotations

from tests.extract.helpers import hit as _one

# --- dataset


def test_task_that_opens_the_sentence_with_a_capital():
    text = "Prior work studies ranking. In the passage ranking task, our model gains 4.2% in MRR over the baseline."
    assert _one(text, "4.2%").dataset == "passage ranking task"


def test_task_that_opens_the_sentence_without_a_comma():
    text = "We add a second head. In the node labelling task we observe an improvement of 7% in accuracy."
    assert _one(text, "7%").dataset == "node labelling task"


def test_respectively_list_after_a_data_word():
    text = "It beats the prior model by 2.5 and 4.1 points on two benchmark datasets FooQA and BarQA, respectively."
    assert [_one(text, n).dataset for n in ("2.5", "4.1 points")] == ["FooQA", "BarQA"]


def test_respectively_list_after_a_data_word_and_a_comma():
    text = (
        "Experiments on the two public datasets, AlphaSet and BetaSet, show gains of 1.2% and 3.4%, "
        "respectively, over the baseline."
    )
    assert [_one(text, n).dataset for n in ("1.2%", "3.4%")] == ["AlphaSet", "BetaSet"]


def test_spelled_out_name_with_acronym_before_a_data_word_carries():
    text = (
        "We test our models on the Northern Coastal Birdsong (NCB) benchmark, a set of field recordings. "
        "The new head raises the mean accuracy by 2.9%."
    )
    assert _one(text, "2.9%").dataset == "NCB"


def test_plural_data_word_after_an_acronym_is_no_name():
    text = (
        "We test on the Tiny Lakes (TL) benchmark, a group of 12 Remote Sensing Image (RSI) datasets. "
        "The new head raises the mean accuracy by 2.9%."
    )
    assert _one(text, "2.9%").dataset == "TL"


def test_expansion_in_brackets_is_no_acronym():
    text = (
        "We test our models on the Northern Lake Survey (Lake-Survey) benchmark, a set of field recordings. "
        "The new head raises the mean accuracy by 2.9%."
    )
    assert _one(text, "2.9%").dataset is None


def test_proposed_data_set_as_subject_of_a_size():
    title = "ZetaCorp: A Large Benchmark for Review Spam Detection"
    text = (
        "We introduce the Review Spam Detection Benchmark (ZetaCorp). "
        "ZetaCorp was collected from public forums, comprising over 2.4 million reviews and 90 thousand users."
    )
    assert _one(text, "2.4 million", title).dataset == "ZetaCorp"


def test_a_lower_case_x_to_y_compound_is_a_task_not_a_data_set():
    title = "Quill: A Dataset for Text-to-Code Generation"
    text = (
        "We present Quill, a large and diverse text-to-code dataset written by experts. "
        "It consists of 12,000 problems and their reference programs."
    )
    assert _one(text, "12,000", title).dataset == "Quill"  # the proposed data set, not "text-to-code"


def test_data_set_name_in_a_latex_font_command():
    text = r"We train on the \texttt{RecipeQA} dataset which contains over 36k question-answer pairs."
    assert _one(text, "36k").dataset == "RecipeQA"


# --- metric


def test_rate_in_hertz_is_the_metric_and_carries_no_data_set():
    text = (
        r"Experiments on the PoseTrack dataset show gains. Moreover, the tracker runs at more than 250\,Hz."
    )
    r = _one(text, "250")
    assert (r.metric, r.dataset) == ("Hz", None)


def test_frames_per_second_spelled_out_is_the_metric():
    text = "The tracker reaches 71.3% accuracy at 48.5 frames per second on a laptop GPU."
    assert _one(text, "48.5").metric == "frames per second"


def test_metric_written_before_a_drop():
    text = "The pruned network saves memory with less than 3% recall drop."
    assert _one(text, "3%").metric == "recall"


def test_clause_after_with_is_not_the_metric_of_a_gain():
    text = "The larger variant beats the base model by 2.2% with a slight increase in the number of layers."
    assert _one(text, "2.2%").metric is None  # not "number of layers"


def test_first_of_two_joined_values_takes_the_metric_after_the_second():
    text = "Our adapter keeps accuracy while training with only 5% or 20% data of the original corpus."
    assert _one(text, "5%").metric == "data"
    text = "The student model needs 6x and 11x fewer parameters than the two teachers."
    assert _one(text, "6x").metric == "parameters"


def test_acronym_after_a_data_word_is_the_name():
    text = "Our tagger sets a new state of the art on a public court ruling corpus (CRC-2) with a 4.4% gain in F1."
    assert _one(text, "4.4%").dataset == "CRC-2"


def test_acronym_after_a_data_word_carries():
    text = (
        "We build a Street Sign Dataset (SSD) from dashcam footage. "
        "This dataset contains nearly 52000 images in 40 classes."
    )
    assert _one(text, "52000").dataset == "SSD"


def test_value_before_a_name_in_latex_font():
    text = r"It reaches 37.2 SARI on the \mbox{SimpText} test set, and 81.0% accuracy on \textit{Grain-7}."
    assert [_one(text, n).dataset for n in ("37.2", "81.0%")] == ["SimpText", "Grain-7"]


def test_respectively_takes_the_list_of_the_sentence_before():
    text = (
        "The reader is evaluated for question answering on AlphaQA, BetaQA, and GammaQA datasets. "
        "Its accuracy is 51.2, 63.0, and 70.4, respectively."
    )
    assert [_one(text, n).dataset for n in ("51.2", "63.0", "70.4")] == ["AlphaQA", "BetaQA", "GammaQA"]


def test_respectively_list_after_a_dash():
    text = (
        "It reaches AUC scores of 81.1%, 90.2%, and 83.3% on three public chest X-ray datasets--"
        "RayNet, Chest-14, and LungSet, respectively."
    )
    assert [_one(text, n).dataset for n in ("81.1%", "90.2%", "83.3%")] == ["RayNet", "Chest-14", "LungSet"]


def test_name_with_an_apostrophe_year():
    text = "On the large IWSLT'17 German-English task, our decoder reaches 33.8 BLEU."
    assert _one(text, "33.8").dataset == "IWSLT'17 German-English"


def test_name_that_starts_with_digits():
    text = "Our tracker has 12% lower joint error than earlier trackers evaluated on 4DHuman."
    assert _one(text, "12%").dataset == "4DHuman"
    text = "Our tracker improves accuracy by 2% on 3D scenes."
    assert _one(text, "2%").dataset is None  # not "3D"


def test_task_in_the_sentence_replaces_a_carried_data_set():
    text = (
        "We build the MedRef benchmark of 9K annotated scans. "
        "In zero-shot tests for the lesion grounding task, our model leads the best baseline by 12.4 points."
    )
    assert _one(text, "12.4 points").dataset == "lesion grounding task"


def test_name_in_an_old_style_latex_font_group():
    text = r"It improves accuracy by 2.1\% on {\it QuizBank-2}, a reading test."
    assert _one(text, r"2.1\%").dataset == "QuizBank-2"


def test_acronym_before_a_plural_data_word_is_a_kind_of_data():
    text = (
        "Across many open-domain NLI datasets, the encoder gains 4%-7% absolute accuracy over its best rival."
    )
    assert _one(text, r"4%-7%").dataset is None


def test_acronym_that_ends_a_list_before_a_plural_data_word_is_a_name():
    text = "Our model reaches 4.5% higher accuracy than prior models on the AFQ and the VGF datasets."
    assert _one(text, "4.5%").dataset == "AFQ and the VGF"  # one value over both: the list as written


def test_spelled_out_name_after_the_value_gives_its_acronym():
    text = "Our reader reaches 91.2% accuracy on the Harbour Sign Numbers (HSN) dataset."
    assert _one(text, "91.2%").dataset == "HSN"
