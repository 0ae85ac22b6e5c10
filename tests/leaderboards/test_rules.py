"""What each board keeps and sets aside, so that every row reads correctly to a person."""

from __future__ import annotations

import csv
import io

import pyarrow as pa

from etl.extract.gazetteer import Gazetteer
from etl.layout import Layout
from etl.leaderboards import run
from etl.leaderboards.query import unify_unknown
from tests.leaderboards.conftest import paper, result

PAPERS = [paper(f"p{i}", f"Paper {i}", f"2101.0000{i}") for i in range(1, 6)]


def _csv(layout: Layout, board: str) -> list[dict]:
    text = (layout.leaderboards / f"{board}.csv").read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def _reasons(layout: Layout, kind: str) -> dict[str, str]:
    return {r["reason"]: r["results"] for r in _csv(layout, "set_aside") if r["kind"] == kind}


def _score(pid: str, n: int, value: float, unit: str, **kw: object) -> dict:
    fields = {"metric": "accuracy", "dataset": "MNIST", "model": f"M{pid}"} | kw
    return result(pid, n, "score", value, unit, **fields)


# ---------------------------------------------------------------- best scores


def test_vague_metric_is_not_ranked(make_layout) -> None:
    layout = make_layout(PAPERS, [_score("p1", 0, 80.0, "%", metric="performance")])
    run(layout)
    assert _csv(layout, "best_scores") == []
    assert _reasons(layout, "score") == {'vague metric ("performance", "results on X")': "1"}


def test_score_without_dataset_is_not_ranked(make_layout) -> None:
    layout = make_layout(PAPERS, [_score("p1", 0, 80.0, "%", dataset=None)])
    run(layout)
    assert _csv(layout, "best_scores") == []
    assert _reasons(layout, "score") == {"no data set": "1"}


def test_score_on_a_described_data_set_is_set_aside_not_ranked(make_layout) -> None:
    layout = make_layout(PAPERS, [_score("p1", 0, 80.0, "%", dataset="three real-world datasets")])
    run(layout)
    assert _csv(layout, "best_scores") == []
    assert _reasons(layout, "score") == {"data set described, not named": "1"}


def test_score_without_metric_is_not_ranked(make_layout) -> None:
    layout = make_layout(PAPERS, [_score("p1", 0, 80.0, "%", metric=None)])
    run(layout)
    assert _csv(layout, "best_scores") == []
    assert _reasons(layout, "score") == {"no metric": "1"}


def test_fraction_and_percent_of_a_share_rank_on_one_scale(make_layout) -> None:
    layout = make_layout(
        PAPERS,
        [
            _score("p1", 0, 85.0, "%", metric="F1", dataset="CoNLL-2003"),
            _score("p2", 0, 0.91, "none", metric="F1 score", dataset="CoNLL-2003", text="0.91"),
            _score("p3", 0, 88.0, "none", metric="F1", dataset="CoNLL-2003", text="88.0"),
        ],
    )
    run(layout)
    rows = _csv(layout, "best_scores")
    assert [(r["paper_id"], float(r["value"]), r["unit"]) for r in rows] == [
        ("p2", 91.0, "%"),
        ("p3", 88.0, "%"),
        ("p1", 85.0, "%"),
    ]
    assert rows[0]["as_written"] == "0.91"


def test_percent_value_of_a_bare_number_metric_is_not_ranked(make_layout) -> None:
    layout = make_layout(
        PAPERS,
        [
            _score("p1", 0, 63.0, "%", metric="perplexity", dataset="WikiText-103"),
            _score("p2", 0, 18.3, "none", metric="perplexity", dataset="WikiText-103"),
        ],
    )
    run(layout)
    assert [r["paper_id"] for r in _csv(layout, "best_scores")] == ["p2"]
    assert _reasons(layout, "score") == {"unit or size does not fit the metric": "1"}


def test_points_are_a_difference_not_a_score(make_layout) -> None:
    layout = make_layout(PAPERS, [_score("p1", 0, 4.0, "pp", metric="mAP", dataset="COCO")])
    run(layout)
    assert _csv(layout, "best_scores") == []
    assert _reasons(layout, "score") == {"points: a difference, not a score": "1"}


def test_one_row_per_paper_even_when_one_score_has_no_model(make_layout) -> None:
    layout = make_layout(
        PAPERS,
        [
            _score("p1", 0, 90.0, "%", model=None),
            _score("p1", 1, 85.0, "%", model="Net"),
            _score("p2", 0, 88.0, "%"),
        ],
    )
    run(layout)
    assert [(r["paper_id"], r["value"]) for r in _csv(layout, "best_scores")] == [("p1", "90"), ("p2", "88")]


def test_lower_is_better_ranks_smallest_error_first(make_layout) -> None:
    layout = make_layout(
        PAPERS,
        [
            _score("p1", 0, 3.1, "%", metric="error rate", dataset="CIFAR-10"),
            _score("p2", 0, 2.4, "%", metric="test error", dataset="CIFAR-10"),
        ],
    )
    run(layout)
    rows = _csv(layout, "best_scores")
    assert [(r["paper_id"], r["rank"], r["better"]) for r in rows] == [
        ("p2", "1", "lower"),
        ("p1", "2", "lower"),
    ]


def test_unknown_dataset_spellings_merge_by_loose_key(make_layout) -> None:
    layout = make_layout(
        PAPERS,
        [
            _score("p1", 0, 90.0, "%", dataset="Zorbank-1501"),
            _score("p2", 0, 91.0, "%", dataset="Zorbank-1501"),
            _score("p3", 0, 92.0, "%", dataset="zorbank1501"),
        ],
    )
    run(layout)
    rows = _csv(layout, "best_scores")
    assert {r["dataset"] for r in rows} == {"zorbank-1501"}
    assert {r["entries"] for r in rows} == {"3"}


def test_merged_unknown_dataset_takes_its_most_written_spelling() -> None:
    gz = Gazetteer.load()
    table = pa.table(
        {
            "surface": ["Zorb-7", "zorb7", "VOC2007"],
            "rows": [1, 5, 2],
            "dataset_id": ["zorb-7", "zorb7", "voc2007"],
        }
    )
    merged = unify_unknown(table, "dataset_id", lambda s: gz.known("dataset", s))
    assert merged["dataset_id"].to_pylist() == ["zorb7", "zorb7", "voc2007"]


# ---------------------------------------------------------------- improvements, speedups, reductions


def test_improvements_in_different_metrics_are_ranked_apart(make_layout) -> None:
    layout = make_layout(
        PAPERS,
        [
            result("p1", 0, "improvement", 2.0, "%", metric="AP", dataset="COCO"),
            result("p2", 0, "improvement", 17.8, "%", metric="recall@1", dataset="COCO"),
        ],
    )
    run(layout)
    rows = _csv(layout, "improvements")
    assert sorted((r["metric"], r["rank"]) for r in rows) == [("ap", "1"), ("recall@1", "1")]


def test_improvement_in_a_vague_metric_is_not_ranked(make_layout) -> None:
    layout = make_layout(
        PAPERS, [result("p1", 0, "improvement", 6.0, "%", metric="performance", dataset="COCO")]
    )
    run(layout)
    assert _csv(layout, "improvements") == []
    assert _reasons(layout, "improvement") == {'vague metric ("performance", "results on X")': "1"}


def test_speedup_without_subject_is_set_aside(make_layout) -> None:
    layout = make_layout(
        PAPERS,
        [
            result("p1", 0, "speedup", 118.0, "x"),
            result("p2", 0, "speedup", 3.0, "x", model="FastSpeech"),
            result("p3", 0, "speedup", 2.0, "x", metric="decoding"),
        ],
    )
    run(layout)
    assert [r["paper_id"] for r in _csv(layout, "speedups")] == ["p2", "p3"]
    assert _reasons(layout, "speedup") == {"no subject: names neither what nor a model": "1"}


def test_reduction_with_a_generic_model_and_no_subject_is_set_aside(make_layout) -> None:
    layout = make_layout(PAPERS, [result("p1", 0, "reduction", 30.0, "%", model="our model")])
    run(layout)
    assert _csv(layout, "reductions") == []


# ---------------------------------------------------------------- parameter counts


def test_generic_model_names_are_not_parameter_count_rows(make_layout) -> None:
    names = ["our model", "LLMs", "7B-sized", "https://huggingface.co/x/Llama-3-8B", "GPT-3"]
    layout = make_layout(
        PAPERS, [result(f"p{i + 1}", 0, "param_count", 7e9, "params", model=n) for i, n in enumerate(names)]
    )
    run(layout)
    assert [r["model"] for r in _csv(layout, "param_counts")] == ["GPT-3"]


def test_dataset_names_are_not_models(make_layout) -> None:
    layout = make_layout(
        PAPERS,
        [
            result("p1", 0, "param_count", 3e8, "params", model="JFT-300M"),
            result("p2", 0, "param_count", 1e6, "params", model="ML-1M"),
        ],
    )
    run(layout)
    assert _csv(layout, "param_counts") == []
    assert _reasons(layout, "param_count") == {"the name is a data set or metric": "2"}


def test_size_that_contradicts_the_name_is_set_aside(make_layout) -> None:
    layout = make_layout(
        PAPERS,
        [
            result("p1", 0, "param_count", 128e3, "params", model="GLM-4-9B"),
            result("p2", 0, "param_count", 56e9, "params", model="Mixtral-8x7B"),
        ],
    )
    run(layout)
    assert [(r["model"], r["size"]) for r in _csv(layout, "param_counts")] == [("Mixtral-8x7B", "56B")]
    assert _reasons(layout, "param_count") == {"size contradicts the name": "1"}


# ---------------------------------------------------------------- the page


def test_empty_board_says_why_on_the_page_and_in_markdown(make_layout) -> None:
    layout = make_layout(PAPERS, [])
    run(layout)
    html = (layout.leaderboards / "index.html").read_text(encoding="utf-8")
    assert html.count('<p class="empty">') == 6
    assert "No score names both a data set and a metric the gazetteer knows." in html
    assert "No speedup names what changed" in (layout.leaderboards / "speedups.md").read_text(
        encoding="utf-8"
    )


def test_sentence_marks_the_number_it_came_from(make_layout) -> None:
    row = _score("p1", 0, 81.9, "%", text="81.9%", sentence="DPT gets <b>81.9%</b> top-1 accuracy.")
    layout = make_layout(PAPERS, [row])
    run(layout)
    html = (layout.leaderboards / "index.html").read_text(encoding="utf-8")
    assert "DPT gets &lt;b&gt;<mark>81.9%</mark>&lt;/b&gt; top-1 accuracy." in html


def test_qualifier_reads_as_words(make_layout) -> None:
    layout = make_layout(PAPERS, [result("p1", 0, "speedup", 3.0, "x", metric="decoding", qualifier="upper")])
    run(layout)
    md = (layout.leaderboards / "speedups.md").read_text(encoding="utf-8")
    assert "| at most |" in md
    assert _csv(layout, "speedups")[0]["qualifier"] == "upper"


def test_wide_spread_of_factors_is_charted_on_a_log_scale(make_layout) -> None:
    layout = make_layout(
        PAPERS,
        [
            result(f"p{i}", 0, "speedup", v, "x", metric="decoding")
            for i, v in ((1, 270.0), (2, 2.0), (3, 1.5))
        ],
    )
    run(layout)
    html = (layout.leaderboards / "index.html").read_text(encoding="utf-8")
    assert "Largest speedups: factors (x) (log scale)" in html


def test_large_numbers_read_with_separators_and_sort_by_their_value(make_layout) -> None:
    layout = make_layout(PAPERS, [result("p1", 0, "param_count", 5.4e11, "params", model="PaLM-540B")])
    run(layout)
    html = (layout.leaderboards / "index.html").read_text(encoding="utf-8")
    assert 'data-v="540000000000.0">540,000,000,000<' in html


def test_long_sentence_is_cut_around_its_number() -> None:
    from etl.leaderboards.page import marked_sentence

    sentence = "word " * 100 + "we reach 81.9% accuracy " + "tail " * 100
    cell = marked_sentence(sentence, "81.9%", window=30)
    assert cell.startswith("…") and cell.endswith("…")
    assert "<mark>81.9%</mark>" in cell and len(cell) < 100


def test_kept_share_ranks_by_the_cut_it_means(make_layout) -> None:
    kept = "The adapter uses only 0.4% of the parameters of the full model."
    layout = make_layout(
        PAPERS,
        [
            result("p1", 0, "reduction", 0.4, "%", metric="parameters", text="0.4%", sentence=kept),
            result(
                "p2", 0, "reduction", 60.0, "%", metric="FLOPs", text="60%", sentence="It cuts FLOPs by 60%."
            ),
        ],
    )
    run(layout)
    rows = _csv(layout, "reductions")
    assert [(r["paper_id"], float(r["value"]), r["as_written"], r["reads_as"]) for r in rows] == [
        ("p1", 99.6, "0.4%", "kept share"),
        ("p2", 60.0, "60%", ""),
    ]


def test_kept_fraction_ranks_by_its_inverse(make_layout) -> None:
    half = "The student needs half the parameters of its teacher."
    layout = make_layout(
        PAPERS,
        [
            result("p1", 0, "reduction", 0.5, "x", metric="parameters", text="half", sentence=half),
            result(
                "p2", 0, "reduction", 3.0, "x", metric="FLOPs", text="3x", sentence="It needs 3x fewer FLOPs."
            ),
        ],
    )
    run(layout)
    rows = _csv(layout, "reductions")
    assert [(r["paper_id"], float(r["value"]), r["as_written"], r["reads_as"]) for r in rows] == [
        ("p2", 3.0, "3x", ""),
        ("p1", 2.0, "half", "kept fraction"),
    ]


def test_reduction_of_a_hundred_percent_is_not_a_cut(make_layout) -> None:
    layout = make_layout(PAPERS, [result("p1", 0, "reduction", 100.0, "%", metric="data", model="DePT")])
    run(layout)
    assert _csv(layout, "reductions") == []
    assert _reasons(layout, "reduction") == {"a cut of 100% or more": "1"}


def test_speedup_of_a_vague_what_has_no_subject(make_layout) -> None:
    layout = make_layout(PAPERS, [result("p1", 0, "speedup", 4.0, "x", metric="faster")])
    run(layout)
    assert _csv(layout, "speedups") == []
    assert _reasons(layout, "speedup") == {"no subject: names neither what nor a model": "1"}


def test_score_vs_size_chart_uses_the_size_in_the_model_name(make_layout) -> None:
    layout = make_layout(
        PAPERS,
        [
            _score("p1", 0, 45.3, "%", metric="accuracy", dataset="MMLU", model="Llama-2-7B"),
            _score("p2", 0, 54.8, "%", metric="accuracy", dataset="MMLU", model="Llama-2-13B"),
        ],
    )
    run(layout)
    html = (layout.leaderboards / "index.html").read_text(encoding="utf-8")
    assert "accuracy on mmlu vs parameter count" in html and html.count("<circle") == 2


# ---------------------------------------------------------------- earlier systems' numbers


def test_an_earlier_systems_number_is_set_aside_not_ranked(make_layout) -> None:
    layout = make_layout(PAPERS, [_score("p1", 0, 99.2, "%", model="the current state of the art approach")])
    run(layout)
    assert _csv(layout, "best_scores") == []
    assert list(_reasons(layout, "score")) == [
        'an earlier system\'s number the abstract cites ("previous methods reach 10%")'
    ]


def test_a_papers_own_lower_number_beats_the_cited_one(make_layout) -> None:
    layout = make_layout(
        PAPERS,
        [
            _score(
                "p1", 0, 95.8, "%", metric="UAS", dataset="Penn Treebank", model="the best previous parser"
            ),
            _score("p1", 1, 95.7, "%", metric="UAS", dataset="Penn Treebank", model=None),
        ],
    )
    run(layout)
    assert [r["value"] for r in _csv(layout, "best_scores")] == ["95.7"]


def test_a_named_system_is_never_an_earlier_one(make_layout) -> None:
    layout = make_layout(PAPERS, [_score("p1", 0, 90.0, "%", model="Previous-Net")])
    run(layout)
    assert [r["model"] for r in _csv(layout, "best_scores")] == ["Previous-Net"]


# ---------------------------------------------------------------- per-benchmark pages


def _page(layout: Layout, name: str) -> str:
    return (layout.leaderboards / "datasets" / f"{name}.md").read_text(encoding="utf-8")


def test_dataset_page_lists_every_score_not_only_each_papers_best(make_layout) -> None:
    layout = make_layout(
        PAPERS,
        [
            _score("p1", 0, 90.0, "%", dataset="CIFAR-10", text="90.0%"),
            _score("p1", 1, 85.5, "%", dataset="CIFAR-10", text="85.5%"),
            _score("p2", 0, 71.25, "%", dataset="CIFAR-10", metric="performance", text="71.25%"),
            _score("p3", 0, 60.0, "%", dataset="CIFAR-10", model="previous methods", text="60.0%"),
        ],
    )
    run(layout)
    page = _page(layout, "cifar-10")
    for written in ("90.0%", "85.5%", "71.25%", "60.0%"):
        assert written in page
    assert page.index("90.0%") < page.index("85.5%") < page.index("60.0%")  # ranked metric, best first


def test_dataset_page_puts_unranked_metrics_after_ranked_ones(make_layout) -> None:
    layout = make_layout(
        PAPERS,
        [
            _score("p1", 0, 71.25, "%", dataset="CIFAR-10", metric="performance", text="71.25%"),
            _score("p2", 0, 50.0, "%", dataset="CIFAR-10", text="50.0%"),
        ],
    )
    run(layout)
    page = _page(layout, "cifar-10")
    assert page.index("50.0%") < page.index("71.25%")
