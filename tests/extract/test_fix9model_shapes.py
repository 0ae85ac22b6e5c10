"""The model field, round 9: the paper's own name given outside a "we propose X" sentence ("We describe X, a",
"into a compact student, X.", "with X, an entailment-based scorer", "We pretrain X on", "The extended model,
X,", "Our compute-optimal X matches"), a subject with a bracketed aside before its verb, an unnamed compared
model's size, and "The model is trained on" as the paper's own system. Sentences are invented."""

from __future__ import annotations

from tests.extract.helpers import model


def test_we_describe_a_name_set_off_by_its_kind_names_the_method():
    text = (
        "Parsing is slow on long inputs. We describe Zorblin, a shift-reduce parser that caches states. "
        "On the PTB test set, Zorblin reaches an F1 of 93.1."
    )
    assert model(text, "93.1", "Fast Parsing with Cached States") == "Zorblin"


def test_a_kind_then_its_name_in_a_first_person_sentence_names_the_method():
    text = (
        "Multi-vector retrievers are costly. We distil their scores into a compact student, Dartle. "
        "On MS MARCO, Dartle obtains an MRR@10 of 38.1. On BEIR, it improves nDCG@10 by 2.2 points over BM25."
    )
    assert model(text, "2.2 points", "Cheaper Dense Retrieval") == "Dartle"


def test_a_name_then_its_kind_in_a_first_person_sentence_names_the_method():
    text = (
        "Summaries hallucinate facts. We rerank candidates with Veritron, an entailment-based scorer trained "
        "on synthetic data. On XSum, Veritron keeps ROUGE-L. On CNN/DM, it improves QAGS by 3.1%."
    )
    assert model(text, "3.1%", "Faithful Reranking") == "Veritron"


def test_we_pretrain_a_new_name_on_data_names_the_method():
    text = (
        "Documents combine layout and text. We pretrain Layoutix on 9 million pages with a masked objective. "
        "Layoutix is released."
    )
    assert model(text, "9 million", "Layout Pretraining") == "Layoutix"


def test_the_extended_model_set_off_by_commas_names_the_method():
    text = (
        "Tokenizers fragment rare scripts. We extend the vocabulary of an English model with new tokens. "
        "The extended model, Glotta-M, shortens sequences by 38% on Amharic."
    )
    assert model(text, "38%", "Vocabulary Extension") == "Glotta-M"


def test_our_modified_name_with_its_verb_names_the_method():
    text = (
        "We train many protein models. Our compute-optimal Protonix-650M uses less inference compute than "
        "larger ones. On ProteinGym, it achieves a Spearman correlation of 0.45."
    )
    assert model(text, "0.45", "Scaling Protein Models") == "Protonix-650M"


def test_a_tool_the_authors_use_is_no_method():
    # counter-example: a verb of use takes up someone else's system
    text = (
        "Faces vary in pose. We use an off-the-shelf detector, Detrix, to crop faces. Our classifier "
        "reaches 91% accuracy. Detrix runs on a CPU."
    )
    assert model(text, "91%", "Robust Face Attributes") is None


def test_a_compared_system_set_off_by_commas_is_no_method():
    # counter-example: "compare with X, a strong parser"
    text = (
        "Parsing is slow. We compare with Quorvex, a strong neural parser, on PTB. Quorvex is slower. "
        "It also improves F1 by 1.2 points."
    )
    assert model(text, "1.2 points", "Parsing Study") is None


def test_our_generic_architecture_is_no_method():
    # counter-example: "our attention-based GRU" names a kind of network, not a system
    text = (
        "Sepsis is hard to predict. Our attention-based GRU attains an AUROC of 0.85. At a fixed sensitivity, "
        "it reduces false alarms by 27%."
    )
    assert model(text, "27%", "Early Sepsis Prediction") is None


def test_a_subject_with_a_bracketed_aside_owns_its_score():
    text = "Layoutix-Base (125M parameters) reaches an F1 of 90.2 on FUNSD."
    assert model(text, "90.2", "Layout Models") == "Layoutix-Base"


def test_the_size_of_an_unnamed_compared_model_is_not_the_methods():
    text = (
        "We propose FoldLite-650M, a protein language model. FoldLite-650M matches the contact precision "
        "of a 3B model trained with the same budget."
    )
    assert model(text, "3B", "Small Protein Models") is None


def test_the_model_trained_on_data_is_the_proposed_one():
    text = (
        "We present SongCraft, a transformer that generates music from text. The model is trained on 9,000 "
        "hours of licensed music."
    )
    assert model(text, "9,000 hours", "SongCraft: Text to Music") == "SongCraft"
