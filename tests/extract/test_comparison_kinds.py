"""Kinds around comparisons: a compared system's own value is a score, a gain after "by" is an
improvement even with a metric named between "by" and the number."""

from __future__ import annotations

import pytest

from etl.extract.core import extract_text


def _kinds(text: str) -> dict[str, tuple[str, float | None]]:
    return {r.text: (r.kind.value, r.value) for r in extract_text(text)}


@pytest.mark.parametrize(
    ("text", "number", "kind", "value"),
    [
        # a compared system's value in parentheses, with a setting after it
        (
            "Our coder reaches 71.2% on MBPP, surpassing Codex performance (52%, few-shot).",
            "52%",
            "score",
            52.0,
        ),
        ("Our model outperforms PaLM (48% zero-shot) on GSM8K.", "48%", "score", 48.0),
        ("It outperforms GPT-4-Turbo (67.0% pass@1, greedy) on HumanEval.", "67.0%", "score", 67.0),
        ("Our model achieves an F1 of 88.1, outperforming RoBERTa (85.3, base).", "85.3", "score", 85.3),
        # the compared system's value named with a possessive
        ("Our model reaches 74.4%, exceeding Codex's 67%.", "67%", "score", 67.0),
        # arxiv_ml_5000: "ViT achieves results superior to CNN baselines with 81.25\\% accuracy"
        ("ViT achieves results superior to CNN baselines with 81.25% accuracy.", "81.25%", "score", 81.25),
        # two values weighed in words inside parentheses
        ("It clearly outperforms T5 on SQuAD (74.4% compared to 58.3%).", "58.3%", "score", 58.3),
        ("Our model boosts pass@1 on HumanEval, compared with 45% for Codex.", "45%", "score", 45.0),
        # a gain after "by" with its metric named in between
        (
            "Our model can outperform a multitask baseline by a mean accuracy of 2.40% and 1.10%, respectively.",
            "1.10%",
            "improvement",
            1.1,
        ),
        ("It outperforms the baseline by an average accuracy of 3.2%.", "3.2%", "improvement", 3.2),
        ("It outperforms the baseline by an absolute F1 of 2.1 on SQuAD.", "2.1", "improvement", 2.1),
        ("Our method lags behind the teacher by an accuracy of 1.5%.", "1.5%", "improvement", -1.5),
        # arxiv_ml_5000: after benchmarks are listed, the value in parentheses is the margin on each
        (
            "it substantially outperforms the existing state-of-the-art on seven diverse datasets "
            "including CIFAR-100 (17%), ImageNet-100 (5%), and Tiny ImageNet (9%).",
            "5%",
            "improvement",
            5.0,
        ),
        # arxiv_ml_5000: ... but after methods listed, a system's own value
        (
            "SelfMatch achieves 93.19% accuracy that outperforms the strong previous methods such as "
            "MixMatch (52.46%), UDA (70.95%), and FixMatch (86.19%).",
            "70.95%",
            "score",
            70.95,
        ),
    ],
)
def test_comparison_kind(text: str, number: str, kind: str, value: float) -> None:
    assert _kinds(text)[number] == (kind, value)


@pytest.mark.parametrize(
    ("text", "number", "kind"),
    [
        # a change word in the parentheses keeps the gain
        ("Our model outperforms PaLM (12% absolute) on GSM8K.", "12%", "improvement"),
        # arxiv_ml_5000: "outperforms related state-of-the-art methods (22\\% MRR improvement"
        ("and outperforms related methods (22% MRR improvement in link prediction).", "22%", "improvement"),
        # a number or a resource in the parentheses: not a plain value of the system compared
        ("It outperforms LoRA (0.1% trainable parameters) on GLUE.", "0.1%", "improvement"),
        # a name after "on" is a benchmark: the value may be the margin
        ("Our model outperforms strong baselines on CIFAR-100 (17% on average).", "17%", "improvement"),
        # arxiv_ml_5000: "improves upon ResNet-50-FPN baseline with 1.9\\% AP"
        ("our method improves upon the ResNet-50-FPN baseline with 1.9% AP on COCO.", "1.9%", "improvement"),
        ("Our method outperforms FFA-Net with 2% higher accuracy.", "2%", "improvement"),
        # an earlier gain makes the compared value a gain too
        ("Our model boosts pass@1 by 10%, compared with 5% for Codex.", "5%", "improvement"),
        # arxiv_ml_5000: "sets a new record ... by achieving the mAP of 39.4\\%"
        ("It sets a new record by achieving the mAP of 39.4% on AudioSet.", "39.4%", "score"),
    ],
)
def test_comparison_kind_kept(text: str, number: str, kind: str) -> None:
    assert _kinds(text)[number][0] == kind
