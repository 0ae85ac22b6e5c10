"""The model field, round 8: the paper's own name set off after "our attack," or "the resulting model,", a new
name acting in an abstract that never says "we", two names before a pair of values without "respectively",
a pronoun subject after a place name, "It" and participle-made system nouns opening a sentence, and "it"
after "Applied to X,". Sentences are invented."""

from __future__ import annotations

from tests.extract.helpers import model


def test_our_attack_set_off_by_commas_names_the_method():
    text = (
        "Shared gradients leak images. Our attack, GradLeakX, rebuilds batches of 8 images with an average "
        "PSNR of 22.4 dB, 5.1 dB higher than prior inversion."
    )
    assert model(text, "22.4 dB", "Leaky Gradients") == "GradLeakX"


def test_the_resulting_model_set_off_by_commas_names_the_method():
    text = (
        "Point pretraining lags behind images. We scale masked modeling to a large transformer. The resulting "
        "model, CloudScale-XL, is released. Accuracy on ModelNet40 rises by 1.4 points over the smaller one."
    )
    assert model(text, "1.4 points", "Scaling Point Pretraining") == "CloudScale-XL"


def test_our_dataset_set_off_by_commas_is_no_method():
    # counter-example: a data set's head is not a system's
    text = "Our dataset, FooPairs-2, holds 12,000 pairs; a baseline reaches 41.0% on it."
    assert model(text, "41.0%", "A New Set") is None


def test_a_new_name_acting_twice_where_nobody_says_we_is_the_method():
    text = (
        "Citation lists are long. QuillRank encodes the citing paragraph with a hierarchical encoder. "
        "QuillRank then reranks the candidates. Reranking lifts recall by 6.1 points on two corpora."
    )
    # only the abstract's silence about its authors ties the name: no title piece, no "we", no "our"
    assert model(text, "6.1 points", "Recommending Citations in Context") == "QuillRank"


def test_a_name_we_train_is_the_method():
    text = (
        "Clarifying questions cost turns. We train AskWise, a policy. AskWise poses a question only when it pays. "
        "Selective asking improves MRR by 12.1% over always asking."
    )
    assert model(text, "12.1%", "When To Ask") == "AskWise"


def test_two_names_before_a_pair_of_values_take_one_each():
    text = (
        "We jailbreak systems such as FooChat-4 and BarChat to answer more than 61% and 70% of harmful "
        "queries."
    )
    assert model(text, "61%", "Red Teaming") == "FooChat-4"
    assert model(text, "70%", "Red Teaming") == "BarChat"


def test_a_name_then_a_lower_case_method_before_a_pair_of_values():
    text = "Our rule keeps the rate below 3%, whereas Krumm and trimmed mean allow 40% and 26%."
    assert model(text, "40%", "Robust Averaging") == "Krumm"
    assert model(text, "26%", "Robust Averaging") == "trimmed mean"


def test_two_metrics_before_a_pair_of_values_are_no_systems():
    # counter-example: the pair names measures, not systems
    text = "Precision and recall reach 65% and 73% on the test split."
    assert model(text, "65%", "A Tagger") is None


def test_a_pronoun_subject_after_a_place_name_is_the_method():
    text = (
        "We propose SpeechBridge, a phoneme-level translator. SpeechBridge raises BLEU on four pairs, "
        "and on FooST En-Fr it reaches 26.4 BLEU."
    )
    assert model(text, "26.4", "Phoneme Bridges") == "SpeechBridge"


def test_a_named_subject_before_its_verb_keeps_its_value():
    # counter-example: no pronoun, the name is the subject
    text = "We propose SpeechBridge. On four pairs, BarST reaches 22.0 BLEU."
    assert model(text, "22.0", "Phoneme Bridges") == "BarST"


def test_it_opening_a_sentence_owns_the_parameter_count():
    text = (
        "We propose MixCast, a mixer for traffic forecasting. MixCast lowers MAE by 4% on two sets. "
        "It runs 5 times faster and has 0.3M parameters."
    )
    assert model(text, "0.3M", "Mixing for Traffic") == "MixCast"


def test_a_fronted_size_before_it_is_the_methods():
    text = "We propose TinyMix, a speech encoder. With 28M parameters, it matches a larger Transformer."
    assert model(text, "28M", "Small Encoders") == "TinyMix"


def test_it_after_applied_to_a_base_model_is_the_method():
    text = (
        "We propose CutThink, which stops reasoning early. Applied to FooLM-32B, it shortens responses "
        "by 48% with no loss."
    )
    assert model(text, "48%", "Stopping Early") == "CutThink"


def test_the_student_opening_a_sentence_is_the_method():
    text = (
        "We propose DistilBox, which distils an ensemble of detectors into one. The student has 4.1M "
        "parameters and runs in real time."
    )
    assert model(text, "4.1M", "Distilled Boxes") == "DistilBox"


def test_a_method_proposed_after_a_new_benchmark_is_read():
    text = (
        "Few-shot recognition breaks in the wild. We introduce a new multi-domain few-shot benchmark "
        "(WildFS). To close the gap, we propose a conditional matching network (CoMatchNet). Matching "
        "conditioned on the domain improves accuracy by 4.2% over prior methods."
    )
    assert model(text, "4.2%", "Robust Few-Shot Recognition") == "CoMatchNet"


def test_a_system_noun_named_further_on_is_the_method():
    text = (
        "Speech separation is costly. We mimic top-down attention in an encoder-decoder architecture with "
        "few operations, called TopSepNet. On three sets it runs 3x faster than prior separators."
    )
    assert model(text, "3x", "Efficient Separation") == "TopSepNet"


def test_a_corpus_named_after_a_model_is_no_method():
    # counter-example: the name is the corpus's, not the model's
    text = (
        "Speech separation is costly. The model is trained on a corpus called MixSpeech-2. "
        "Separation improves SI-SNR by 1.2 dB over the baseline."
    )
    assert model(text, "1.2 dB", "Efficient Separation") is None


def test_our_final_and_our_resulting_system_name_the_method():
    text = "We revisit diagonal state spaces. Our final model S5D is simple and reaches 87.1% on a long-range suite."
    assert model(text, "87.1%", "Diagonal State Spaces") == "S5D"
    text = "We study RL scaling. Our resulting recipe, Even-RO, reaches the standard accuracy with 35% fewer GPU hours."
    assert model(text, "35%", "Balanced Rollouts") == "Even-RO"


def test_a_spaced_name_in_a_respectively_list_keeps_its_value():
    text = (
        "We evaluate agents. The best open model reaches 27.9%. Claude 3.5 Sonnet and FooLM-70B obtain 36.1% "
        "and 19.4%, respectively."
    )
    assert model(text, "36.1%", "Agents at Work") == "Claude 3.5 Sonnet"
    assert model(text, "19.4%", "Agents at Work") == "FooLM-70B"


def test_an_acronym_spelled_out_in_title_words_before_model_is_the_method():
    text = (
        "Reasoning chains are slow to decode. The chain is compressed and fed to the Silent Step Reasoning "
        "(SiSR) model, which decodes 1.6x faster than the full chain."
    )
    assert model(text, "1.6x", "Faster Answers via Silent Step Reasoning") == "SiSR"


def test_a_class_of_methods_spelled_out_in_title_words_is_no_method():
    # counter-example: "(SSL) methods" is a class the paper studies, not its system
    text = (
        "Labels are costly in surgery. Self-Supervised Learning (SSL) methods help; on the main set they gain "
        "up to 7.1% over generic pretraining."
    )
    assert model(text, "7.1%", "Dissecting Self-Supervised Learning for Surgery") is None
