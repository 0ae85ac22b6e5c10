"""The model field, board review: an acronym of a task, a field or a part is no name for the paper's system
("person re-identification (ReID)", "(E2E) speech recognition", "a Cross-View Loss (CVL)"), nor is one of
several acronyms spelled out side by side, a title naming two systems ("FooA and FooB: ...") or an architecture
class in brackets ("(SVM)"); a name is not read inside a compound ("SVM" of "GRU-SVM"); a number in a
"while X ..." clause or in a relative clause on a name is that system's; a motivating experiment's numbers are
not the method's; sizes of a compared population, of a baseline, or after a "\\sim" that lost its backslash name
no system. Sentences are invented."""

from __future__ import annotations

from etl.extract.proposed import proposed_names
from tests.extract.helpers import model


def _method(title: str, text: str) -> str | None:
    return proposed_names(title, text)[0]


def test_an_acronym_of_a_task_after_a_proposal_verb_is_no_method_name():
    text = "We present a strong baseline for vehicle re-identification (ReID). The model reaches 81.2% rank-1 on VeRi."
    assert _method("Tricks for Vehicle Matching", text) is None
    assert model(text, "81.2%", "Tricks for Vehicle Matching") is None


def test_an_acronym_that_modifies_a_task_is_no_method_name():
    text = "We propose a two-pass decoder for end-to-end (E2E) speech recognition. Our model gets 5.1% CER on TIMIT."
    assert _method("Two-pass Decoding", text) is None


def test_an_acronym_of_a_system_after_a_proposal_verb_still_names_the_method():
    text = (
        "We propose a Sparse Routing Network (SRN) for text ranking. SRN reaches an MRR of 39.2 on MS MARCO."
    )
    assert _method("Sparse Routing", text) == "SRN"


def test_a_title_case_task_name_spelled_out_still_names_the_method():
    text = "Our proposed method, Nearest Prototype Keyword Extraction (NPKE), leverages a memory of keywords."
    assert _method("NPKE: Keyword Extraction with Memory", text) == "NPKE"


def test_a_task_acronym_the_abstract_calls_proposed_still_names_the_method():
    text = (
        "We introduce a lattice speech translation (LST) that decodes both directions. "
        "We evaluate the proposed LST model on two corpora."
    )
    assert _method("Lattice Decoding", text) == "LST"


def test_an_acronym_of_a_loss_is_a_part_not_the_method():
    text = (
        "We build a simple detector for streaming video. Further, we introduce a Cross-View Loss (CVL) to weight "
        "objects. Our simple method improves the AP by 3.1% over the baseline."
    )
    assert _method("Streaming Detection", text) is None


def test_the_proposed_acronym_of_a_view_is_no_method_name():
    text = (
        "We split detection into a Top Down View (TDV) detection step and a refinement step. "
        "Based on the proposed TDV boxes, a second network refines."
    )
    assert _method("Two-step Point Detection", text) is None


def test_one_of_several_acronyms_spelled_out_is_no_method_name():
    text = (
        "This paper proposes three encodings of event streams, referred to as Event Count Maps (ECM), "
        "Event Time Surfaces (ETS) and Event Polarity Grids (EPG). The method achieved 61.2% accuracy."
    )
    assert _method("Encoding Event Streams", text) is None


def test_a_title_naming_two_systems_gives_no_method():
    text = "We propose two layers. Both help networks reach 95.1% accuracy with 2.1M parameters."
    assert _method("FooODR and FooIDR: Two Fast Layers", text) is None


def test_an_architecture_class_in_the_title_brackets_is_no_method():
    text = "We train three classifiers to label malware families. All of them are compared on Malimg."
    assert _method("Malware Classification using Support Vector Machine (SVM)", text) is None


def test_a_proposed_name_inside_a_hyphenated_compound_is_another_system():
    text = "We train three hybrids on Malimg. Evidence has shown that the LSTM-Kernel stands out with an accuracy of 81.5%."
    assert model(text, "81.5%", "Kernel: Deep Malware Classification") == "LSTM-Kernel"


def test_a_proposed_name_at_the_start_of_a_variant_is_still_the_method():
    text = "We propose Glimmer, a sparse decoder. Glimmer-8B solves 44.1% of the problems, versus 30.2% for greedy decoding."
    assert model(text, "44.1%", "Glimmer: Sparse Decoding") in ("Glimmer", "Glimmer-8B")


def test_a_value_in_a_while_clause_belongs_to_that_clause_subject():
    text = (
        "We present FooDock. Moreover, while earlier methods cannot handle predicted structures (top accuracy "
        "9.1%), FooDock keeps a high precision."
    )
    assert model(text, "9.1%", "FooDock: Docking") == "earlier methods"


def test_a_metric_in_a_while_clause_is_no_system():
    text = "On XSum, FooSum raises the consistency score by 8.3%, while ROUGE-L drops by only 0.2 points."
    assert model(text, "0.2 points", "FooSum: Faithful Summaries") != "ROUGE-L"


def test_a_value_in_a_relative_clause_on_a_name_belongs_to_that_name():
    text = (
        "We propose FooDrop for training. We also develop a detection metric, Fast Entropy Score (FES), "
        "which approximates the exact entropy in 3x speed."
    )
    assert model(text, "3x", "FooDrop: Stable Training") == "Fast Entropy Score (FES)"


def test_a_motivating_experiment_reports_no_result_of_the_method():
    text = (
        "We propose FooVolt. Our preliminary experiments show that dropping 60% of image tokens by plain pooling "
        "only leads to a 2% drop in accuracy."
    )
    assert model(text, "60%", "FooVolt: Token Compression") is None


def test_sizes_of_a_compared_population_are_not_the_subject():
    text = "Results show the strength of FooChat-7B across many chat LLMs at 7B and 13B scales."
    assert model(text, "13B", "FooChat: Fusing Chat Models") is None


def test_a_size_that_names_a_baseline_is_not_the_subject():
    text = "Pairwise comparisons place FooStory 1.2 SD above the 3B baseline."
    assert model(text, "3B", "FooStory: Story Search") is None


def test_a_size_inside_a_name_before_baseline_is_that_name():
    text = "FooMed scores 44.1 ROUGE-L, 6.3 higher than the dense Llama-2-13B baseline."
    assert model(text, "13B", "FooMed: Sparse Clinical Models") == "Llama-2-13B"


def test_a_size_after_a_lost_sim_sign_is_no_name():
    text = "Simple changes can reduce variance for smaller scale (sim7B) models."
    assert model(text, "7B", "Variance in Benchmarks") is None


def test_two_parts_spelled_out_in_lower_case_are_no_method_name():
    text = (
        "We propose a novel Grid Voting method, which uses dense offset maps (DOM) and a soft voting head (SVH) "
        "to locate joints. Our model can reduce the mean joint error by 21%."
    )
    assert _method("Grid Voting: Hand Pose from Depth", text) == "Grid Voting"


def test_a_two_letter_acronym_in_brackets_is_too_short_a_name():
    text = "This paper proposes new Binary Projection (BP) layers for capsule networks. They keep 95.2% accuracy."
    assert _method("Fast Capsule Layers", text) is None
