"""model3: a name the abstract writes as a data set is no model; a parameter count set as an adjunct of
its clause ("by adding 2.3M extra parameters", "scale our X up to 95M parameters") is the clause subject's;
a proposed name is no "-based" modifier, no verb phrase of a title ("Re-annotating COCO: ..."), no
acronym of a prepositional phrase ("for Small Object Detection (SOD)"); a data set compared is no
baseline. Invented sentences, one behaviour per test."""

from __future__ import annotations

from etl.extract.proposed import proposed_names
from tests.extract.helpers import hit, model

# ---------------------------------------------------------------- a data set is no model


def test_a_name_before_datasets_is_no_subject():
    text = (
        "We present a detector for curved signs. Tests on KITE 2014, KITE 2016 and KITE 2019 datasets show "
        "that the proposed method outperforms prior methods by 4.2% in F-measure."
    )
    assert model(text, "4.2%", "SignSpot: Detecting Curved Signs") == "SignSpot"


def test_the_subject_of_a_data_set_description_owns_no_size():
    text = (
        "We introduce a new corpus, namely TideBank, for tidal forecasting. TideBank is the largest tidal "
        "dataset so far, consisting of 52K records from 31 harbours."
    )
    assert model(text, "52K") is None


def test_a_data_set_named_earlier_is_no_model_later():
    text = (
        "We collect a new benchmark, namely RiverQA, for flood questions. Experiments show that RiverQA is "
        "harder than earlier benchmarks, and a tuned reader still gains 6.5% in accuracy."
    )
    assert model(text, "6.5%") is None


# ---------------------------------------------------------------- a parameter count as an adjunct


def test_extra_parameters_introduced_belong_to_the_named_subject():
    text = "Helped by a gating module, PlumNet clearly lifts the accuracy of its backbone by only introducing 2.3M extra parameters."
    assert model(text, "2.3M", "PlumNet: A Gated Branch for Retrieval") == "PlumNet"


def test_we_scale_our_system_up_to_a_size():
    text = "Besides, we train our GAN synthesizer at the largest scale up to 95M parameters, a first for the field."
    assert model(text, "95M", "WaveZ: A Universal Synthesizer") == "WaveZ"


def test_a_fronted_scaling_phrase_is_the_subject_s_size():
    text = "When scaling up to 48M parameters, QuixNet reaches 81.0% top-1 accuracy on ImageNet."
    assert model(text, "48M", "Sparse Mixers for Vision") == "QuixNet"


def test_a_size_of_each_part_is_not_the_system_s():
    text = (
        "In this paper, we present OrcaMoE, a cutting-edge bilingual sparse mixture-of-experts language model "
        "that has 4 experts with 3 billion parameters each."
    )
    assert model(text, "3 billion", "OrcaMoE: Training Experts") is None


def test_a_name_in_between_may_own_the_size():
    text = "We fine-tune our adapters on FooLM-Base with up to 7B parameters."
    assert hit(text, "7B", "Tiny Adapters: A Study").model is None  # not the title's name


# ---------------------------------------------------------------- what is no proposed name


def test_a_based_modifier_is_no_proposed_name():
    text = "In tests the proposed GRU-based sequence tagger beats every earlier captioner."
    assert proposed_names("Captioning Sounds with Gated Units", text)[0] is None


def test_a_title_verb_phrase_on_a_known_data_set_is_no_name():
    text = "We re-annotate the training set with dense labels. A ResNet-50 trained on them gains 1.1%."
    assert proposed_names("Re-annotating COCO: Dense Labels for Training", text)[0] is None


def test_a_title_verb_phrase_on_an_acronym_is_no_name():
    text = "We study the old protocol and report on its weak points."
    assert proposed_names("Listening on LTE: A Field Study", text)[0] is None


def test_a_title_gerund_name_is_still_a_name():
    text = "We introduce Bending Autoencoders, a new family of networks. They learn shapes without labels."
    assert proposed_names("Bending Autoencoders: Learning Shape", text)[0] == "Bending Autoencoders"


def test_an_acronym_after_a_preposition_is_not_proposed():
    text = "We build a set of 2 million questions in the rail domain from Federal Rail Agency (FRA) reports."
    assert proposed_names("Knowledge in Small Models", text)[0] is None


def test_an_acronym_of_the_whole_name_is_proposed():
    text = "We propose Pose Tracking via Sparse Attention (PTSA), a tracker for crowded scenes."
    assert proposed_names("Tracking in Crowds", text)[0] == "PTSA"


# ---------------------------------------------------------------- a data set is no baseline


def test_data_sets_compared_are_no_baseline():
    text = (
        "Experiments show that ReefSet is more varied than existing datasets, and our approach pushes the "
        "state of the art by a wide margin (5.5% in mAP) on it."
    )
    assert hit(text, "5.5%").baseline == "the state of the art"


# ---------------------------------------------------------------- a name written as a data set is not proposed


def test_a_title_name_the_abstract_writes_before_dataset_is_no_method():
    text = "We study animals hidden in forest videos. Our collection is the largest HAS dataset to date."
    assert proposed_names("HAS: Hidden Animal Spotting in Forest Videos", text)[0] is None


def test_a_data_set_before_a_comma_does_not_make_the_next_name_a_data_set():
    text = (
        "We propose BeamNet, a reader of lips. On the TALK corpus, BeamNet reaches 93.4% sentence accuracy."
    )
    assert model(text, "93.4%", "BeamNet: Reading Lips") == "BeamNet"


def test_we_benchmark_a_model_is_no_data_set():
    text = "We release ZetaT5, a text model for Welsh. We benchmark ZetaT5 on two tasks, where ZetaT5 gains 2.2 BLEU."
    assert proposed_names("ZetaT5: A Welsh Text Model", text)[0] == "ZetaT5"


def test_a_lower_case_acronym_after_a_preposition_is_not_proposed():
    text = "We develop a new model by joining two encoders with transfer learning based on cross-modal (CM) training."
    assert proposed_names("Joint Encoders for Crystals", text)[0] is None


def test_a_size_level_modifier_is_no_model_name():
    text = (
        "Notably, we pre-train a trillion-level parameter speech encoder and set new records on four tasks."
    )
    assert model(text, "a trillion") is None


def test_a_size_of_a_teacher_in_the_clause_is_not_ours():
    text = "We distill knowledge from a large teacher with 2B parameters into a tiny student."
    assert model(text, "2B", "PikaNet: Small Students") is None


def test_a_size_of_a_compared_baseline_is_not_ours():
    text = "Our method is compared with a strong baseline requiring 300M parameters."
    assert model(text, "300M", "PikaNet: Small Students") is None
