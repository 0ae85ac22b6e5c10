"""Context fields on listing-style abstracts (recent LLM and vision papers): the proposed method's
name, the system a number belongs to, the data set written before a value, metric names.
Examples are from unlabelled abstracts (listings outside the dev set, arXiv metadata)."""

from __future__ import annotations

from etl.extract import extract_text
from etl.extract.context import proposed_names
from tests.extract.helpers import hit as _one


def test_name_proposed_after_and_propose_with_a_version_number():
    abstract = (
        "We address this unintended deterioration and propose HippoRAG 2, a framework that outperforms RAG."
    )
    assert proposed_names(None, abstract)[0] == "HippoRAG 2"


def test_lower_case_name_set_off_by_what_it_is():
    abstract = (
        "In this work, we propose complexity-based prompting, a simple and effective example selection scheme "
        "for multi-step reasoning."
    )
    assert proposed_names("Complexity-Based Prompting for Multi-Step Reasoning", abstract)[0] == (
        "complexity-based prompting"
    )


def test_lower_case_name_after_called():
    abstract = (
        "To this end, we introduce a novel approach called weighted training. This approach entails training."
    )
    assert proposed_names(None, abstract)[0] == "weighted training"


def test_all_capitals_name_before_its_spelled_out_form():
    abstract = (
        "we propose TCA (Temporal Context Aggregation for Video Retrieval), a video representation framework."
    )
    assert proposed_names(None, abstract)[0] == "TCA"


def test_name_inside_latex_markup():
    abstract = (
        r"we present a novel mask-based augmentation method called \emph{CowMask}. Using it we achieve more."
    )
    assert proposed_names(None, abstract)[0] == "CowMask"


def test_name_after_i_e():
    abstract = "we propose a hierarchical visual-language knowledge distillation method, i.e., HierKD, for detection."
    assert proposed_names(None, abstract)[0] == "HierKD"


def test_title_case_title_name_the_abstract_uses():
    title = "Fourier Head: Helping Large Language Models Learn Complex Probability Distributions"
    abstract = (
        "For example, the Fourier head improves a Decision Transformer agent's returns by 46% on Atari."
    )
    assert proposed_names(title, abstract)[0] == "Fourier Head"
    assert _one(abstract, "46%", title).model == "Fourier Head"


def test_title_case_title_name_gives_way_to_the_acronym_the_abstract_gives_it():
    title = (
        "Task Preference Optimization: Improving Multimodal Large Language Models with Vision Task Alignment"
    )
    abstract = "we propose Task Preference Optimization (TPO), a novel method that utilizes task preferences."
    assert proposed_names(title, abstract)[0] == "TPO"


def test_title_case_title_phrase_the_abstract_never_uses_is_no_name():
    assert proposed_names(
        "Dial It In: Rotating RF Sensors to Enhance Radio Tomography", "We present servo-nodes."
    ) == (
        None,
        None,
    )


def test_systems_after_with_are_not_the_subject():
    title = "Task Preference Optimization: Improving Multimodal Large Language Models"
    abstract = (
        "we propose Task Preference Optimization (TPO), a novel method. Our instantiation of this approach with "
        "VideoChat and LLaVA demonstrates an overall 14.6% improvement in multimodal performance compared to "
        "baseline models."
    )
    assert _one(abstract, "14.6%", title).model == "TPO"


def test_system_named_after_for():
    text = (
        "State-of-the-art models exhibit significant drop-offs in performance (e.g., up to 36.3% absolute "
        "accuracy for OpenAI o1-preview compared to GPT-4o)."
    )
    assert _one(text, "36.3%").model == "OpenAI o1-preview"


def test_language_pair_after_for_is_no_system():
    text = "MT-Ladder-2B refines BigTranslate-13B with +6.91 BLEU and +3.52 COMET for XX-En."
    assert _one(text, "+3.52").model != "XX-En"


def test_model_whose_performance_goes_from_one_value_to_another():
    text = "For example, our strategies improve the average medical task performance of the OpenLlama-3B model from 36.2% to 40.7%."
    assert _one(text, "36.2%").model == "OpenLlama-3B"


def test_passive_score_belongs_to_the_proposed_method():
    title = "ACNet: Attention Based Network to Exploit Complementary Features for RGBD Semantic Segmentation"
    abstract = "In particular, a mIoU score of 48.3% on NYUDv2 test set is achieved with ResNet50."
    assert _one(abstract, "48.3%", title).model == "ACNet"


def test_score_of_others_is_not_given_to_the_proposed_method():
    title = "DeXpression: Deep Convolutional Neural Network for Expression Recognition"
    abstract = "For the MMI dataset, currently the best accuracy reached by previous work is 93.33%."
    assert _one(abstract, "93.33%", title).model is None


def test_size_written_after_the_name_is_part_of_it():
    text = "We evaluate LongGen on both Llama-2 7B and Llama-2 70B, demonstrating its effectiveness."
    assert [r.model for r in extract_text(text)] == ["Llama-2 7B", "Llama-2 70B"]


def test_proposed_name_is_not_carried_as_a_data_set():
    abstract = (
        "We propose HippoRAG 2, a framework that outperforms standard RAG. This combination achieves a 7% "
        "improvement in associative memory tasks over the state-of-the-art embedding model."
    )
    r = _one(abstract, "7%")
    assert r.dataset == "associative memory tasks" and r.model == "HippoRAG 2"


def test_data_set_written_before_its_values():
    text = (
        "Our model improves upon prior baselines (StrategyQA 58.9 rightarrow 61.7 acc., CommonsenseQA 63.6 "
        "rightarrow 72.7 acc.)."
    )
    assert [r.dataset for r in extract_text(text)] == [
        "StrategyQA",
        "StrategyQA",
        "CommonsenseQA",
        "CommonsenseQA",
    ]


def test_factor_of_a_cost_after_reduces():
    text = "Applying ESMs on a prior method reduces execution time and disk space usage by factors of 10 and 278."
    assert _one(text, "10").metric == "execution time"


def test_what_gets_faster_after_the_factor():
    text = "The results show up to 48times faster checkpointing compared with the state-of-art approaches."
    assert _one(text, "48times").metric == "checkpointing"


def test_throughput_after_the_factor():
    text = "(1) Enhanced Throughput: 3x throughput on an 8xA100-80GB setup compared to AdamW."
    assert _one(text, "3x").metric == "throughput"


def test_cost_before_a_parenthesis_with_the_number():
    text = (
        "Experiments demonstrate that Mesa can achieve flexible memory-savings (up to 50%) during training."
    )
    assert _one(text, "50%").metric == "memory-savings"


def test_metric_with_a_cutoff_at_k():
    text = "Combining three strategies further increases the performance, up to 8 percentage points in RP@5."
    assert _one(text, "8 percentage points").metric == "RP@5"


def test_mean_reciprocal_rank_spelled_out():
    text = "Our model yields more relevant results (with absolute gains up to 20.6% in mean reciprocal rank)."
    assert _one(text, "20.6%").metric == "mean reciprocal rank"


def test_roc_auc():
    text = "It provides accurate sleep stage classification with about 85% ROC-AUC."
    assert _one(text, "85%").metric == "ROC-AUC"


def test_metric_at_a_cutoff_is_no_data_set():
    text = "Combining three strategies further increases the performance, up to 8 percentage points in RP@5."
    assert _one(text, "8 percentage points").dataset is None


def test_result_across_unnamed_benchmarks_takes_their_description_not_another_clause_s():
    text = (
        "The Fourier head improves returns by 46% on the Atari Seaquest game, and increases forecasting "
        "performance by 3.5% across 20 benchmarks unseen during training."
    )
    assert _one(text, "3.5%").dataset == "20 benchmarks"


def test_version_number_stays_in_a_baseline_name():
    text = "Compared to LLaVA-1.5, it reduces visual tokens by 90% with little loss."
    assert _one(text, "90%").baseline == "LLaVA-1.5"


def test_our_sized_model_is_the_proposed_method():
    abstract = "Notably, our 7B model outperforms GPT-4 on MATH by 5.1 points."
    assert _one(abstract, "7B", "FooNet: Efficient Reasoning Agents").model == "FooNet"


def test_name_then_colon_and_a_benchmark_is_a_data_set():
    assert proposed_names(None, "In this paper, we introduce CLEAR: a benchmark for unlearning.") == (
        None,
        "CLEAR",
    )


def test_name_then_dash_is_the_proposed_method():
    abstract = "In this paper, we present SoftwareKG --- a knowledge graph of software mentions."
    assert proposed_names(None, abstract)[0] == "SoftwareKG"


def test_metric_after_a_comparative_before_by():
    text = "For example, our method shows a higher controllability by ~33.5% in the NYUD-v2 dataset over prior methods."
    assert _one(text, "33.5%").metric == "controllability"


def test_verb_of_the_second_change_is_not_part_of_the_metric():
    text = "We reduce the number of parameters by 72x, decrease the computational complexity by 68x, and improve speed."
    assert _one(text, "68x").metric == "computational complexity"


def test_capitalised_words_before_a_name_are_part_of_it():
    text = (
        "SD Mask R-CNN outperforms point cloud clustering baselines by an absolute 15% in Average Precision."
    )
    assert _one(text, "15%").model == "SD Mask R-CNN"


def test_sentence_adverb_before_a_name_is_not_part_of_it():
    text = "Even GPT-4 experiences a 25-point accuracy loss when question types are changed."
    assert _one(text, "25-point").model == "GPT-4"


def test_data_set_the_paper_built_after_on_our():
    text = "FooNet attains 81.3% accuracy on our newly built VidBench."
    assert _one(text, "81.3%").dataset == "VidBench"


def test_dice_scores_plural():
    text = "Our experimental results show that TFCNs can achieve performance with dice scores of 83.72% on Synapse."
    assert _one(text, "83.72%").metric == "dice scores"


def test_degree_words_are_not_part_of_a_metric_before_a_parenthesis():
    text = "Previous methods fail on folded structures, while DiffDock maintains significantly higher precision (21.7%)."
    assert _one(text, "21.7%").metric == "precision"
