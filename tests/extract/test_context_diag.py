"""The proposed method's name given outside a "we propose X" shape, and a possessive owner that is
what gets improved: sentences written for these tests in the shape of unlabelled abstracts
(arxiv_ml_5000: "our CrossFormer method", "a ... (HCIE) algorithm was proposed", "propose ``CodeRL''")."""

from __future__ import annotations

from etl.extract.context import proposed_names
from tests.extract.helpers import hit


def _one(text: str, number: str, title: str | None = "A study of things"):
    return hit(text, number, title)


def test_our_named_network_is_the_method():
    text = (
        "Taking raw waveforms as input, our Conformer ASR network predicts characters directly. "
        "On LibriSpeech, it reduces the word error rate by 12.3% compared with a CTC baseline."
    )
    assert proposed_names("End-to-end speech recognition", text)[0] == "Conformer ASR"
    assert _one(text, "12.3%").model == "Conformer ASR"


def test_passive_proposal_with_acronym():
    text = (
        "In this work, a dual-stage contrastive alignment (DSCA) framework is proposed to align the two "
        "views. Experiments show a gain of 2.7% accuracy on CIFAR-100."
    )
    assert proposed_names("Aligning views", text)[0] == "DSCA"


def test_quoted_name_after_introduce():
    text = "We introduce ``Iterative Refining'', where a model rewrites its own draft until it converges."
    assert proposed_names("Drafts that improve themselves", text)[0] == "Iterative Refining"


def test_not_a_name_task_acronym_or_architecture():
    task = "Neural machine translation (NMT) is hard. Our NMT system is trained on 5 language pairs."
    assert proposed_names("Rare words", task)[0] is None
    arch = "We study speech. Our LSTM system gets better with more data."
    assert proposed_names("Speech", arch)[0] is None
    adjective = "Our GPU-accelerated algorithms run on one card."
    assert proposed_names("Fast sorting", adjective)[0] is None


def test_possessive_owner_of_an_improved_metric_is_not_the_model():
    text = (
        "We propose a contrastive distillation (CDL) method. Experiments show that our method "
        "significantly improves RoBERTa's average accuracy by 1.9% on SuperGLUE."
    )
    r = _one(text, "1.9%")
    assert r.model == "CDL"


def test_possessive_owner_still_the_model_of_its_own_score():
    r = _one("GPT-4's accuracy improves by 3.1% with retrieval.", "3.1%")
    assert r.model == "GPT-4"
    s = _one("Mistral-7B's win rate reaches 64.2% on our arena.", "64.2%")
    assert s.model == "Mistral-7B"


def test_coordinated_modifiers_of_our_systems_are_ours():
    text = "On SVHN, our 6-layer and 12-layer models outperform the strongest pruning baseline by up to 2.6%."
    assert _one(text, "2.6%", title="SlimNet: pruning by halves").model == "SlimNet"


def test_coordination_without_ours_is_left_alone():
    text = "On SVHN, the baseline and larger models outperform the pruned ones by 2.6%."
    assert _one(text, "2.6%", title="SlimNet: pruning by halves").model != "SlimNet"


def test_a_name_followed_by_metric_is_the_metric_not_the_data_set():
    text = (
        "In zero-shot tests, FooNet leads the best baselines by margins of 11.2 and 9.4 respectively "
        "on the CIDEr-D metric."
    )
    r = _one(text, "11.2", title="FooNet: captions for regions")
    assert r.dataset is None
    assert r.metric and r.metric.startswith("CIDEr")


def test_metric_named_by_the_word_metric_when_nothing_else_says():
    text = (
        "In zero-shot tests, FooNet leads the best baselines by margins of 11.2 and 9.4 respectively "
        "on the mHD95 metric."
    )
    for number in ("11.2", "9.4"):
        r = _one(text, number, title="FooNet: masks for organs")
        assert (r.metric, r.dataset) == ("mHD95", None)


def test_indefinite_method_phrase_introducing_its_name():
    text = "We equip speech encoders with rhythm with a prosodic alignment method ProsAL. It helps."
    assert proposed_names("Rhythm for encoders", text)[0] == "ProsAL"


def test_indefinite_baseline_method_is_not_the_proposal():
    text = (
        "We compare against a strong baseline method MixNorm and a representative two-stage method DualFix."
    )
    assert proposed_names("Rhythm for encoders", text)[0] is None
