"""The model field, precision of the board-review rules on LLM-era abstracts: an acronym the paper proposes
outright ("We introduce Expert Balance Loss (EBL)", "a framework, dubbed Token Keep Scores (TKS)") names its
system even when its head is a part word, while a task it introduces stays a task; a preposition after an
acronym is no modifier; a bare "the model" in a while-clause is the paper's own; a preliminary finding about the
method is its result; the sizes of the paper's own model family are its own; a system the paper red-teams or
audits is someone else's; a title leading with the name keeps it. Sentences are invented."""

from __future__ import annotations

from etl.extract.introduced_names import introduced_name
from etl.extract.proposed import proposed_names
from tests.extract.helpers import model


def _method(title: str, text: str) -> str | None:
    return proposed_names(title, text)[0]


def test_a_loss_the_paper_introduces_outright_names_the_method():
    text = (
        "We introduce Expert Balance Loss (EBL), a new auxiliary objective for sparse language models. "
        "Across all runs, EBL lifts accuracy by 1.6% on MMLU."
    )
    assert _method("Auxiliary Losses for Sparse Models", text) == "EBL"


def test_scores_the_paper_proposes_as_its_object_name_the_method():
    text = (
        "We propose Reward Agreement Scores (RAS) to clean preference data. "
        "Training on data cleaned with RAS raises the win rate by 5.9% on AlpacaEval 2."
    )
    assert model(text, "5.9%", "Cleaner Preference Data") == "RAS"


def test_a_part_acronym_given_by_a_naming_verb_names_the_method():
    text = "We present a pruning framework, dubbed Token Keep Scores (TKS), for vision-language models."
    assert _method("Pruning Visual Tokens", text) == "TKS"


def test_an_added_loss_after_a_system_is_still_a_part():
    text = (
        "We build a simple tracker for drone video. Additionally, we introduce a Motion-Aware Loss (MAL) to weight "
        "fast targets. Our simple method improves the MOTA by 2.2% over the baseline."
    )
    assert _method("Tracking Drones", text) is None


def test_a_task_the_paper_introduces_is_no_method_name():
    text = "We introduce interactive chart editing (ICE), a new task where an agent edits plots from instructions."
    assert _method("Editing Charts with Agents", text) is None


def test_a_task_noun_after_the_proposed_acronym_keeps_it_a_task():
    text = "We introduce the Multi-Step Tool Use (MSTU) task for language agents. Agents finish 31.4% of episodes."
    assert _method("Agents and Tools", text) is None


def test_a_preposition_after_an_acronym_does_not_make_it_a_modifier():
    text = "We propose Foldable Router Network (FRN) across domains. It answers 41.2% of the questions."
    assert _method("Routing Questions", text) == "FRN"


def test_a_bare_the_model_in_a_while_clause_is_the_papers_own():
    text = (
        "We introduce FooPaint, a text-to-image diffusion model. FooPaint reaches a GenEval score of 0.79, while "
        "the model improves the FID by 1.3 over SDXL."
    )
    assert model(text, "1.3", "FooPaint: Faithful Images") == "FooPaint"


def test_a_preliminary_finding_about_our_approach_is_the_methods():
    text = (
        "We propose an adaptive prompting method, FooAsk. Preliminary results show that our approach improves "
        "accuracy by 9.7% on GSM8K."
    )
    assert model(text, "9.7%", "FooAsk: Adaptive Prompting") == "FooAsk"


def test_sizes_of_the_papers_own_model_family_are_its_own():
    text = "We release FooLM models at 1B, 8B and 30B scales. They outperform Llama-3 at every size."
    assert model(text, "8B", "FooLM: Open Language Models") == "FooLM"


def test_a_system_the_paper_red_teams_is_not_its_own():
    text = (
        "We red-team a customer-service assistant, HelpBot, and find that HelpBot leaks data in 9% of chats."
    )
    assert introduced_name(text) is None


def test_a_title_leading_with_the_name_keeps_it_though_spelled_out_as_tasks():
    text = (
        "This work presents an efficient learning method for vision-language tasks (FooVL). "
        "Experiments show 60% fewer parameters than alternatives."
    )
    assert _method("FooVL: Multi-Task Vision-Language Learning", text) == "FooVL"


def test_a_lower_case_method_with_a_task_head_that_the_paper_proposes_names_it():
    text = "We propose plan-first reasoning (PFR) for small language models. PFR lifts accuracy by 6.1% on GSM8K."
    assert _method("Planning Before Answering", text) == "PFR"


def test_a_lower_case_task_the_paper_introduces_stays_a_task():
    text = "We introduce grounded chart answering (GCA), which asks models to point at the answer in a chart."
    assert _method("Answers in Charts", text) is None
