"""Context fields on sentences from unlabelled abstracts (listings and arxiv_ml_5000, never the gold
files): one behaviour per test."""

from __future__ import annotations

from etl.extract.context import proposed_names
from tests.extract.helpers import hit as _one


def test_known_plain_dataset_after_on():
    r = _one(
        "Our network yields an accuracy of 68.0% mean intersection over union at 123.5 frames "
        "per second on Cityscapes.",
        "68.0%",
    )
    assert r.dataset == "Cityscapes"


def test_known_plain_dataset_before_its_values_in_parentheses():
    r = _one(
        "Using our approach we achieve new state-of-the-art results in both Mapillary (61.1 IOU val) "
        "and Cityscapes (85.1 IOU test).",
        "85.1",
    )
    assert r.dataset == "Cityscapes"


def test_dataset_named_before_its_metric():
    r = _one(
        "By forming an ensemble of modern deep CNNs, we obtain a FER2013 test accuracy of 75.2%, "
        "outperforming previous works.",
        "75.2%",
    )
    assert r.dataset == "FER2013"
    assert r.metric == "test accuracy"


def test_dataset_after_a_data_word():
    r = _one(
        "It improves the current state-of-the-art by up to 2.2% absolute BLEU score on the code "
        "generation testbed CoNaLa.",
        "2.2%",
    )
    assert r.dataset == "CoNaLa"


def test_dataset_after_the_word_dataset():
    r = _one(
        "On the real-world dataset Semi-iNat 2021, we improve FixMatch by 9.80% and CoMatch by 3.18%.",
        "9.80%",
    )
    assert r.dataset == "Semi-iNat 2021"


def test_fronted_for_names_the_dataset():
    r = _one("For Kvasir-SEG, HarDNet-MSEG delivers 0.904 mean Dice running at 86.7 FPS.", "0.904")
    assert r.dataset == "Kvasir-SEG"


def test_improved_system_is_the_baseline():
    text = "On the real-world dataset Semi-iNat 2021, we improve FixMatch by 9.80% and CoMatch by 3.18%."
    assert _one(text, "9.80%").baseline == "FixMatch"
    assert _one(text, "3.18%").baseline == "CoMatch"


def test_second_baseline_of_a_by_list():
    text = (
        "Notably, on HotpotQA, AoT achieves an 80.6% F1 score, surpassing o3-mini by 3.4% and "
        "DeepSeek-R1 by 10.6%."
    )
    assert _one(text, "3.4%").baseline == "o3-mini"
    assert _one(text, "10.6%").baseline == "DeepSeek-R1"


def test_gpt_is_a_model_name():
    r = _one("Even GPT-4 experiences a 25-point accuracy loss when question types are changed.", "25-point")
    assert r.model == "GPT-4"


def test_last_item_of_a_dataset_list_is_not_the_model():
    r = _one(
        "Extensive experiments on ImageNet, CIFAR-100 and ADE20K demonstrate that Mesa can achieve "
        "flexible memory-savings (up to 50%) during training.",
        "50%",
        title="Mesa: A Memory-saving Training Framework for Transformers",
    )
    assert r.model == "Mesa"


def test_metric_acronyms_for_translation_and_pose():
    text = "Refining BigTranslate-13B with +6.91 BLEU and +3.52 COMET for XX-En."
    assert _one(text, "+3.52").metric == "COMET"
    r = _one(
        "The proposed method outperforms the state-of-the-art methods by 15.4% MPJPE and 23.8% "
        "PA-MPJPE on Human3.6M.",
        "23.8%",
    )
    assert r.metric == "PA-MPJPE"


def test_spelled_out_metric_keeps_accented_letters():
    r = _one("The generated motions reach a Fréchet Inception Distance (FID) of 0.066.", "0.066")
    assert r.metric == "Fréchet Inception Distance (FID)"


def test_spelled_out_metric_leaves_the_verb_out():
    r = _one("Our model achieves a Mean Reciprocal Rank (MRR) of 0.32 on FB15k.", "0.32")
    assert r.metric == "Mean Reciprocal Rank (MRR)"


def test_metric_written_right_before_its_value():
    text = "On unconditional CIFAR-10 our method achieves FID 9.58 and inception score 8.30."
    assert _one(text, "9.58").metric == "FID"
    assert _one(text, "8.30").metric == "inception score"


def test_title_name_with_brackets_or_team_at_task():
    assert proposed_names("COS(M+O)S: Curiosity and RL-Enhanced MCTS", "x")[0] == "COS(M+O)S"
    assert proposed_names("DeepLearningBrasil@LT-EDI-2023: Exploring Deep Learning", "x")[0] == (
        "DeepLearningBrasil"
    )


def test_title_name_before_a_survey_is_no_method():
    assert proposed_names("Multi-Agent Collaboration Mechanisms: A Survey of LLMs", "x") == (None, None)


def test_title_case_name_after_proposal_verb():
    abstract = "We introduce Adaptive Prompting, a dynamic and iterative framework."
    assert proposed_names("Think Beyond Size", abstract)[0] == "Adaptive Prompting"


def test_name_after_colon_and_acronym_preferred():
    abstract = "We propose an automatic CoT prompting method: Auto-CoT. It samples questions."
    assert proposed_names("Automatic Chain of Thought Prompting", abstract)[0] == "Auto-CoT"
    abstract = "We propose a fusion method, named Explicit Attention-Enhanced Fusion (EAEF), which works."
    assert proposed_names("A title", abstract)[0] == "EAEF"


def test_dataset_after_any_adjective_when_specific():
    r = _one(
        "We achieve the new state-of-the-art FID score of 9.8 on conditional CIFAR-10 image generation.",
        "9.8",
    )
    assert r.dataset == "CIFAR-10"


def test_task_phrase_stands_in_for_the_dataset_not_its_acronym():
    r = _one("Our approach improves the results on knowledge-base QA tasks by 11 points.", "11 points")
    assert r.dataset == "knowledge-base QA tasks"  # the task as written, not "QA" alone


def test_dataset_that_contains_a_size():
    r = _one("PhotoChat contains 12k dialogues, each of which is paired with a user photo.", "12k")
    assert r.dataset == "PhotoChat"


def test_respectively_after_compared_with_gives_baselines():
    text = (
        "Compared with GhostNet, MobileNet and HarDNet, the inference time of TripleNet per image is "
        "shortened by 15%, 16% and 30%, respectively."
    )
    r = _one(text, "30%")
    assert r.baseline == "HarDNet"
    assert r.model != "HarDNet"


def test_respectively_for_a_list_of_datasets():
    text = (
        "A maximum relative improvement of 3.5% and 3.6% is observed in Mean Dice Score for "
        "Pancreas-CT and BTCV datasets, respectively."
    )
    r = _one(text, "3.5%")
    assert r.dataset == "Pancreas-CT"
    assert r.model is None


def test_two_values_aligned_with_two_datasets_after_them():
    text = "Our best model achieves 83.5% and 84.3% on Kinetics-400 and Kinetics-600."
    assert _one(text, "83.5%").dataset == "Kinetics-400"
    assert _one(text, "84.3%").dataset == "Kinetics-600"


def test_possessor_of_the_metric_is_the_model():
    r = _one("For example, Qwen 2.5 1.5B's MMLU score rises from 60 to 89.", "60")
    assert r.model == "Qwen 2.5 1.5B"
    assert r.dataset == "MMLU"


def test_fronted_name_before_a_comma_is_the_model():
    r = _one("GPT-3, even without any fine-tuning, managed to achieve a passing score of 70%.", "70%")
    assert r.model == "GPT-3"


def test_baseline_name_that_starts_with_a_digit():
    r = _one(
        "Furthermore, the proposed method is 24 times faster than 3D-R2N2 in terms of inference time.",
        "24 times",
    )
    assert r.baseline == "3D-R2N2"


def test_baseline_with_two_coordinated_modifiers():
    r = _one(
        "PMTrans significantly surpasses the ViT-based and CNN-based SoTA methods by +3.6% on Office-Home.",
        "+3.6%",
    )
    assert r.baseline == "ViT-based and CNN-based SoTA methods"


def test_baseline_after_metric_of():
    r = _one(
        "The proposed FiLM significantly improves the accuracy of state-of-the-art models in long-term "
        "forecasting by 20.3%.",
        "20.3%",
    )
    assert r.baseline == "state-of-the-art models"


def test_article_alone_is_no_baseline():
    r = _one(
        "These two techniques allow for an area reduction of up to more than the 40% with no loss.", "40%"
    )
    assert r.baseline != "the"


def test_plain_benchmark_name_from_the_gazetteer():
    r = _one(
        "On the challenging Spider dataset this framework surpasses its best counterparts by 8.7% "
        "absolute improvement.",
        "8.7%",
    )
    assert r.dataset == "Spider"


def test_plural_acronym_is_no_dataset():
    r = _one(
        "Deep convolutional networks in DCNNs reach 79.7% mIOU in the test set of the segmentation task.",
        "79.7%",
    )
    assert r.dataset != "DCNNs"


def test_plain_word_name_after_named():
    abstract = (
        "We propose the Block-augmented Transformer for speech recognition, named Blockformer. It works."
    )
    assert proposed_names("Improving Mandarin Speech Recognition", abstract)[0] == "Blockformer"
    abstract = "We propose a new method, termed Metadata Conditioning then Cooldown (MeCo), to speed up."
    assert proposed_names("A title", abstract)[0] == "MeCo"


def test_rank_k_is_a_metric_not_a_model():
    text = (
        "We achieve 76.4% Rank-1 accuracy on the CUHK03-Detect dataset and 83.0% Recall-1 score on the "
        "Stanford Online Products dataset, outperforming the existing works by more than 6%."
    )
    assert _one(text, "76.4%").metric == "Rank-1 accuracy"
    assert _one(text, "6%").model != "Recall-1"


def test_noun_performance_is_not_a_verb_of_result():
    r = _one(
        "We show the effectiveness of Medusa in UFL, while maintaining MTL performance and being 25% "
        "more efficient than previous approaches.",
        "25%",
        title="Medusa: Universal Feature Learning via Attentional Multitasking",
    )
    assert r.model == "Medusa"


def test_dataset_named_in_apposition_to_a_data_word():
    r = _one(
        "We present an initial evaluation dataset, Book-SORT, comprising 36k pairs of segments extracted "
        "from 9 books.",
        "36k",
    )
    assert r.dataset == "Book-SORT"


def test_name_after_a_capitalised_data_word_is_part_of_a_name():
    r = _one(
        "Our approach achieves new state-of-the-art on two benchmarks (Ubuntu Corpus V1, Advising "
        "Corpus) with an improvement of 5.9%.",
        "5.9%",
    )
    assert r.dataset != "V1"


def test_dataset_carries_over_sentences_without_one():
    text = "We evaluate on Clotho. The model is small. It improves SPIDEr to 0.312 and CIDEr to 0.81."
    assert _one(text, "0.312").dataset == "Clotho"
    assert _one(text, "0.81").dataset == "Clotho"


def test_possessive_clitic_is_not_part_of_a_metric_or_baseline():
    r = _one(
        "We estimate FBNet-B's search cost is 420x smaller than MnasNet's, at only 216 GPU-hours.", "420x"
    )
    assert (r.metric, r.baseline) == ("search cost", "MnasNet")
