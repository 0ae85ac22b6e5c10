"""Leaderboards over tiny published tables: ranking, canonical ids, dedup, escaping, file names."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from etl.errors import StageInputMissing
from etl.layout import Layout
from etl.leaderboards import run
from etl.leaderboards.render import md_text, safe_names, to_csv
from tests.leaderboards.conftest import paper, result

PAPERS = [paper("p1", "First", "2101.00001"), paper("p2", "Second", "2102.00002"), paper("p3", "Third")]


def _csv(layout: Layout, board: str) -> list[dict]:
    return list(
        csv.DictReader(io.StringIO((layout.leaderboards / f"{board}.csv").read_text(encoding="utf-8")))
    )


def test_lower_is_better_metric_ranks_ascending(make_layout) -> None:
    layout = make_layout(
        PAPERS,
        [
            result("p1", 0, "score", 15.0, "none", metric="perplexity", dataset="WikiText-103", model="A"),
            result("p2", 0, "score", 12.0, "none", metric="PPL", dataset="WikiText-103", model="B"),
            result("p3", 0, "score", 20.0, "none", metric="perplexity", dataset="WikiText-103", model="C"),
        ],
    )
    run(layout)
    rows = _csv(layout, "best_scores")
    assert [(r["model"], r["rank"]) for r in rows] == [("B", "1"), ("A", "2"), ("C", "3")]
    assert {r["better"] for r in rows} == {"lower"}


def test_unknown_metric_is_set_aside_not_ranked(make_layout) -> None:
    layout = make_layout(
        PAPERS,
        [
            result("p1", 0, "score", 1.0, "none", metric="zorp index", dataset="D", model="A"),
            result("p2", 0, "score", 2.0, "none", metric="Zorp Index", dataset="D", model="B"),
        ],
    )
    run(layout)
    assert _csv(layout, "best_scores") == []
    aside = _csv(layout, "set_aside")
    assert [(r["kind"], r["reason"], r["results"]) for r in aside] == [
        ("score", "metric not in the gazetteer: which way is better is unknown", "2")
    ]


def test_aliases_merge_into_one_leaderboard(make_layout) -> None:
    layout = make_layout(
        PAPERS,
        [
            result("p1", 0, "score", 75.0, "%", metric="Top-1 Acc.", dataset="ImageNet-1K", model="A"),
            result("p2", 0, "score", 80.0, "%", metric="top-1 accuracy", dataset="ILSVRC-2012", model="B"),
            result("p3", 0, "score", 70.0, "%", metric="top1 accuracies", dataset="ImageNet", model="C"),
            result("p3", 1, "score", 90.0, "%", metric="top-1 accuracy", dataset="ImageNet-21K", model="D"),
        ],
    )
    run(layout)
    rows = _csv(layout, "best_scores")
    imagenet = [r for r in rows if r["dataset"] == "imagenet"]
    assert [r["model"] for r in imagenet] == ["B", "A", "C"]
    assert {r["metric"] for r in imagenet} == {"top-1 accuracy"}
    assert [r["model"] for r in rows if r["dataset"] == "imagenet-21k"] == ["D"]


def test_one_row_per_paper_and_model_keeps_the_best(make_layout) -> None:
    layout = make_layout(
        PAPERS,
        [
            result("p1", 0, "score", 70.0, "%", metric="accuracy", dataset="MNIST", model="Net"),
            result("p1", 1, "score", 72.0, "%", metric="accuracy", dataset="MNIST", model="net"),
            result("p2", 0, "score", 71.0, "%", metric="accuracy", dataset="MNIST", model="Net"),
        ],
    )
    run(layout)
    rows = _csv(layout, "best_scores")
    assert [(r["paper_id"], r["value"]) for r in rows] == [("p1", "72"), ("p2", "71")]


def test_ranges_are_excluded(make_layout) -> None:
    layout = make_layout(
        PAPERS,
        [
            result("p1", 0, "speedup", None, "x", qualifier="range", value_low=10.0, value_high=20.0),
            result("p2", 0, "speedup", 3.0, "x", metric="decoding"),
        ],
    )
    run(layout)
    assert [r["value"] for r in _csv(layout, "speedups")] == ["3"]


def test_speedups_rank_factors_first_then_largest(make_layout) -> None:
    layout = make_layout(
        PAPERS,
        [
            result("p1", 0, "speedup", 30.0, "%", metric="training"),
            result("p2", 0, "speedup", 2.0, "x", metric="decoding", baseline="vanilla"),
            result("p3", 0, "speedup", 5.0, "x", metric="inference"),
        ],
    )
    run(layout)
    rows = _csv(layout, "speedups")
    assert [(r["unit"], r["value"], r["what"]) for r in rows] == [
        ("x", "5", "inference"),
        ("x", "2", "decoding"),
        ("%", "30", "training"),
    ]
    assert rows[1]["baseline"] == "vanilla"


def test_models_are_deduplicated_by_normalised_name(make_layout) -> None:
    layout = make_layout(
        PAPERS,
        [
            result("p1", 0, "param_count", 7e9, "params", model="Llama-2 7B"),
            result("p2", 0, "param_count", 7e9, "params", model="LLaMA-2-7B"),
            result("p3", 0, "param_count", 7e10, "params", model="Llama-2-70B"),
            result("p3", 1, "param_count", 1.1e8, "params", model="BERT-base"),
        ],
    )
    run(layout)
    rows = _csv(layout, "param_counts")
    assert [(r["size"], r["model_family"], r["papers"]) for r in rows] == [
        ("70B", "llama", "1"),
        ("7B", "llama", "2"),
        ("110M", "bert", "1"),
    ]


def test_improvements_are_ranked_per_dataset(make_layout) -> None:
    layout = make_layout(
        PAPERS,
        [
            result("p1", 0, "improvement", 2.0, "%", metric="F1", dataset="GLUE", baseline="BERT"),
            result("p2", 0, "improvement", 5.0, "%", metric="F1", dataset="GLUE", baseline="RoBERTa"),
            result("p3", 0, "improvement", 9.0, "%", metric="F1", dataset="SQuAD"),
        ],
    )
    run(layout)
    rows = _csv(layout, "improvements")
    assert [(r["dataset"], r["rank"], r["baseline"]) for r in rows] == [
        ("glue", "1", "RoBERTa"),
        ("glue", "2", "BERT"),
        ("squad v1.1", "1", ""),
    ]


EVIL = "<script>alert(1)</script> | pipe |"


def _evil_layout(make_layout) -> Layout:
    papers = [paper("p1", EVIL, "2101.00001"), paper("p2", "ok", "javascript:alert(1)")]
    return make_layout(
        papers,
        [
            result("p1", 0, "score", 1.0, "%", metric="accuracy", dataset="../../etc/Passwd", model=EVIL),
            result("p2", 0, "score", 2.0, "%", metric="accuracy", dataset="../../etc/Passwd", model="m"),
        ],
    )


def test_html_escapes_every_text(make_layout) -> None:
    layout = _evil_layout(make_layout)
    run(layout)
    page = (layout.leaderboards / "index.html").read_text(encoding="utf-8")
    assert "<script>alert(1)" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; | pipe |" in page
    assert page.count("<script>") == 1  # the page's own script only
    assert 'href="javascript' not in page
    assert 'href="https://arxiv.org/abs/2101.00001"' in page


def test_markdown_table_rows_keep_their_columns(make_layout) -> None:
    layout = _evil_layout(make_layout)
    run(layout)
    lines = [ln for ln in (layout.leaderboards / "best_scores.md").read_text(encoding="utf-8").splitlines()]
    table = [ln for ln in lines if ln.startswith("|")]
    cells = [len(ln.replace("\\|", "").split("|")) for ln in table]
    assert len(table) == 4 and len(set(cells)) == 1
    assert "<script>" not in "\n".join(lines)


def test_unsafe_arxiv_ids_get_no_link(make_layout) -> None:
    layout = _evil_layout(make_layout)
    run(layout)
    rows = {r["paper_id"]: r for r in _csv(layout, "best_scores")}
    assert rows["p1"]["url"] == "https://arxiv.org/abs/2101.00001"
    assert rows["p2"]["url"] == ""


def test_dataset_file_names_stay_inside_the_folder(make_layout) -> None:
    layout = _evil_layout(make_layout)
    summary = run(layout)
    dataset_files = [f for f in summary.files if f.startswith("datasets/")]
    assert len(dataset_files) == 1
    assert ".." not in dataset_files[0] and dataset_files[0].count("/") == 1
    assert (layout.leaderboards / dataset_files[0]).is_file()
    assert not (layout.root / "etc").exists()


def test_safe_names_are_distinct_and_safe() -> None:
    ids = ["a b", "a/b", "a-b", "../x", "con", "", "ünï", "x" * 200]
    names = safe_names(ids)
    assert len(set(names.values())) == len(ids)
    assert names["a-b"] == "a-b"
    for stem in names.values():
        assert stem and len(stem) <= 70 and all(c.isascii() and (c.isalnum() or c == "-") for c in stem)


def test_md_text_escapes_pipes_and_html() -> None:
    assert md_text("a | b <i>") == "a \\| b &lt;i&gt;"
    assert md_text("line\nbreak") == "line break"


def test_csv_guards_formulas() -> None:
    import pyarrow as pa

    text = to_csv(pa.table({"model": ["=cmd()", "ok"], "value": [-1.5, 2.0]}))
    assert list(csv.reader(io.StringIO(text))) == [["model", "value"], ["'=cmd()", "-1.5"], ["ok", "2"]]


def test_output_is_deterministic(make_layout, tmp_path: Path) -> None:
    rows = [
        result("p1", 0, "score", 80.0, "%", metric="accuracy", dataset="MNIST", model="A"),
        result("p2", 0, "score", 80.0, "%", metric="accuracy", dataset="MNIST", model="B"),
        result("p3", 0, "param_count", 7e9, "params", model="A-7B"),
    ]
    layout = make_layout(PAPERS, rows)
    first = run(layout)
    before = {f: (layout.leaderboards / f).read_bytes() for f in first.files}
    second = run(layout)
    assert second.files == first.files
    assert {f: (layout.leaderboards / f).read_bytes() for f in second.files} == before


def test_empty_results_still_write_every_board(make_layout) -> None:
    layout = make_layout(PAPERS, [])
    summary = run(layout)
    assert all(b.rows == 0 for b in summary.boards)
    assert "No rows" in (layout.leaderboards / "best_scores.md").read_text(encoding="utf-8")
    assert (layout.leaderboards / "index.html").is_file()


def test_missing_tables_raise_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StageInputMissing, match="load"):
        run(Layout.at(tmp_path / "nothing"))


def test_sql_files_need_a_header(tmp_path: Path) -> None:
    from etl.errors import RuleError
    from etl.leaderboards.query import boards

    (tmp_path / "bad.sql").write_text("SELECT 1\n", encoding="utf-8")
    with pytest.raises(RuleError, match="bad.sql"):
        boards(tmp_path)


def test_every_board_has_a_title_and_a_description() -> None:
    from etl.leaderboards.query import boards

    names = [b.name for b in boards()]
    assert names == ["best_scores", "improvements", "speedups", "reductions", "param_counts", "set_aside"]
    assert all(b.title and b.description for b in boards())


def test_most_common_name_of_set_aside_breaks_ties_by_name(make_layout) -> None:
    """Two names as common as each other: the first by name, whatever order the rows come in."""
    rows = [
        result(p, i, "score", 1.0, "none", metric=m, dataset="D", model="A")
        for i, (p, m) in enumerate([("p3", "zorp index"), ("p1", "blip score"), ("p2", "zorp index")])
    ]
    rows.append(result("p1", 9, "score", 2.0, "none", metric="blip score", dataset="D", model="B"))
    for order in (rows, rows[::-1]):
        layout = make_layout(PAPERS, order)
        run(layout)
        (aside,) = _csv(layout, "set_aside")
        assert (aside["results"], aside["most_common_name"]) == ("4", "blip score")


def test_board_queries_run_under_a_memory_limit(make_layout, tmp_path: Path) -> None:
    from etl.extract.gazetteer import Gazetteer
    from etl.leaderboards.query import MEMORY_LIMIT, connect

    layout = make_layout(PAPERS, [result("p1", 0, "score", 1.0, "none", metric="accuracy")])
    con = connect(layout.papers, layout.results, Gazetteer.load(), tmp_path)
    try:
        (limit,) = con.execute("SELECT current_setting('memory_limit')").fetchone()
    finally:
        con.close()
    number, unit = limit.split()  # "244.1 MiB" for 256MB
    assert unit == "MiB" and abs(float(number) * 2**20 / 1e6 - int(MEMORY_LIMIT.removesuffix("MB"))) < 1


def test_titles_read_without_latex_on_the_boards(make_layout) -> None:
    title = "\\textbf{Foo}Net: Fast {B}ERT \\\\ Inference\\footnote{Supported by \\url{x.org}}"
    layout = make_layout(
        [paper("p1", title)],
        [result("p1", 0, "score", 81.0, "%", metric="accuracy", dataset="ImageNet", model="FooNet")],
    )
    run(layout)
    assert [r["title"] for r in _csv(layout, "best_scores")] == ["FooNet: Fast BERT Inference"]


def test_titles_read_without_name_macros_or_figures(make_layout) -> None:
    title = "\\sysname \\includegraphics[width=0.4cm]{figs/logo.pdf}: Tiny~{L}ogos for \\\\ Everyone"
    layout = make_layout(
        [paper("p1", title)],
        [result("p1", 0, "score", 81.0, "%", metric="accuracy", dataset="ImageNet", model="FooNet")],
    )
    run(layout)
    assert [r["title"] for r in _csv(layout, "best_scores")] == ["Tiny Logos for Everyone"]
