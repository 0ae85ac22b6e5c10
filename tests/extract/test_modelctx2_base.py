"""The `model` field for the base model a method is applied to (the guideline's "+14.4% on Math-Hard"
-> Llama3.1-8B-Instruct), for what a method compresses or is compared with, and for the subjects of
less common verbs. Sentences are made up for the test, one behaviour each."""

from __future__ import annotations

from etl.extract.subjects import base_model
from tests.extract.helpers import model as _model

# ------------------------------------------------------------ the base model a method runs on


def test_fronted_known_model_with_our_method():
    text = "We propose FooProp, a simple method. With a widened EfficientNet-B3, our method reaches 83.1% top-1 accuracy on ImageNet."
    assert _model(text, "83.1%") == "EfficientNet-B3"


def test_applying_the_method_to_a_named_model():
    text = (
        "We propose FooProp, a simple method. For example, by applying FooProp to the recent ResNet-101 on ImageNet, "
        "we obtain gains of +1.2% on ImageNet-C."
    )
    assert _model(text, "+1.2%") == "ResNet-101"


def test_known_model_after_the_number():
    text = "We propose FooProp, a simple method. At low resolution, we still obtain 78.3% top-1 on ImageNet using a ResNet-50 backbone."
    assert _model(text, "78.3%") == "ResNet-50"


def test_only_known_or_sized_names_are_base_models():
    assert base_model("EfficientNet-B7") and base_model("Llama-3-8B") and base_model("FooLM-7B")
    assert not base_model("FooTrack")  # "With FooTrack, we achieve": the method itself
    assert not base_model("BERT-based") and not base_model("CIFAR-10") and not base_model("LSTM")


def test_a_list_of_models_after_the_number_is_not_one_base_model():
    text = "We propose FooGraph, a simple method. We obtain a 0.3 hits@1 score using T5-small, T5-base and BLOOM."
    assert _model(text, "0.3") == "FooGraph"


def test_pre_trained_name_is_an_adjective_not_the_system():
    text = (
        "We propose FooRel, a simple method. Further gains come from employing a pre-trained BERT encoder, which lifts "
        "us above the best competitor by 11.5 F1."
    )
    assert _model(text, "11.5") == "FooRel"


def test_name_with_our_method_and_an_appositive():
    text = (
        "We propose FooDistill, a simple method. When trained for watches, BarNet-S with our method, a network of "
        "only 2M weights, improves top-1 accuracy by 3.2% over its plain version."
    )
    assert _model(text, "3.2%") == "BarNet-S"


# ------------------------------------------------------------ what a method compresses, sizes


def test_first_size_of_a_compression_is_the_compressed_model():
    text = "FooViT compresses BarViT-B from 80M to 10M parameters, an 8x reduction."
    assert _model(text, "80M") == "BarViT-B"


def test_first_size_after_compared_to_is_the_compared_system():
    text = (
        "Compared to separately trained task models, this represents a reduction from about 2 billion "
        "parameters to 300 million."
    )
    assert _model(text, "2 billion") == "separately trained task models"


def test_size_a_named_system_reaches_its_result_with():
    text = "On ImageNet, FooMLP achieves 80.4% top-1 accuracy with only 21M parameters."
    assert _model(text, "21M") == "FooMLP"


def test_size_with_a_fronted_with_and_our_method():
    text = "We propose FooReg, a simple method. With just 2.5M trainable parameters, our compact model outperforms every baseline on accuracy."
    assert _model(text, "2.5M") == "FooReg"


def test_size_in_a_relative_clause_of_a_system():
    text = "Our model outperforms the previous best method that has 3.1 billion parameters."
    assert _model(text, "3.1 billion") == "the previous best method"


def test_data_size_of_a_model_trained_on_it():
    text = "FooNet matches BarNet-H pre-trained with 200M images from a private set."
    assert _model(text, "200M") == "BarNet-H"


def test_data_size_of_a_system_noun_phrase_trained_on_it():
    text = "Our score beats even the strongest model in \\cite{Foo2019}, which was pre-trained on 2.5B web images."
    assert _model(text, "2.5B") == "the strongest model in [Foo2019]"


# ------------------------------------------------------------ subjects


def test_underperform_is_a_verb_of_result():
    text = "Surprisingly, all meta-learning methods underperform plain fine-tuning by 9.4% average accuracy."
    assert _model(text, "9.4%") == "all meta-learning methods"


def test_plural_name_with_are():
    text = "Graph FooNets are also 21% more accurate than spectral techniques."
    assert _model(text, "21%") == "Graph FooNets"


def test_data_set_name_is_not_a_subject():
    text = "FooNAS finds a cell on CIFAR-10 that transfers to ImageNet achieving 17.1% top-1 error."
    assert _model(text, "17.1%", title="FooNAS: Fast Search") == "FooNAS"


def test_name_with_a_spaced_version_after_for():
    text = "Cross-task prompting gives a boost of 9.1% for LLaMA-2 13B and 2.2% for GPT 3.5 on average."
    assert _model(text, "2.2%") == "GPT 3.5"


def test_size_of_the_compared_system_after_compared_to():
    text = "We propose FooNet, a compact network. FooNet reaches 80.1% with 24M parameters, compared to BarNet with 60M parameters."
    assert _model(text, "60M") == "BarNet"


def test_size_a_named_system_needs():
    text = "We propose FooNet, a compact network. FooNet reaches 80.1% with 24M parameters while BarNet-L needs 60M parameters."
    assert _model(text, "60M") == "BarNet-L"


def test_size_between_a_name_and_its_version():
    text = "Foolik 7B v0.2 shows clear gains over earlier Polish models."
    assert _model(text, "7B") == "Foolik 7B v0.2"


def test_fronted_on_a_known_model_with_it():
    text = "We propose FooTune, a tuning recipe. On Qwen2.5-7B-Instruct, it achieves gains in math (+9.1% on GSM8K)."
    assert _model(text, "+9.1%") == "Qwen2.5-7B-Instruct"


def test_fronted_on_a_data_set_is_no_base_model():
    text = "We propose FooTune, a tuning recipe. On ImageNet, our method achieves 81.2% top-1 accuracy."
    assert _model(text, "81.2%") == "FooTune"
