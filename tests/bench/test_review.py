"""bench/review.py: the rule-review tool dumps, diffs and lists misses, and keeps blind sets blind."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import review

TINY_GOLD = Path(__file__).parents[1] / "extract" / "fixtures" / "tiny_gold.jsonl"


def _papers(tmp_path: Path, abstract: str) -> Path:
    path = tmp_path / "papers.jsonl"
    path.write_text(json.dumps({"title": "A paper", "abstract": abstract}) + "\n", encoding="utf-8")
    return path


def test_dump_writes_one_line_per_result_with_its_span(tmp_path, capsys):
    abstract = "FooNet reaches 81.2% top-1 accuracy on ImageNet."
    review.dump([_papers(tmp_path, abstract)])
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["text"] for r in rows] == ["81.2%"]
    start, end = rows[0]["span"]
    assert abstract[start:end] == "81.2%"


def test_diff_reports_a_changed_field(tmp_path, capsys):
    row = {"paper": "p", "span": [0, 3], "sentence": "s", "rule": "r"}
    row |= {f: None for f in review.FIELDS} | {"text": "5%", "kind": "score"}
    old, new = tmp_path / "old.jsonl", tmp_path / "new.jsonl"
    old.write_text(json.dumps(row) + "\n", encoding="utf-8")
    new.write_text(json.dumps(row | {"model": "FooNet"}) + "\n", encoding="utf-8")
    review.diff(old, new)
    assert "model: None -> 'FooNet'" in capsys.readouterr().out


@pytest.mark.parametrize("name", review.BLIND)
def test_misses_refuses_a_blind_set(tmp_path, name):
    blind = tmp_path / name
    blind.write_text(TINY_GOLD.read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(SystemExit, match="blind held-out set"):
        review.misses(blind, "model", "any")


def test_misses_lists_a_gold_model_the_extractor_does_not_give(tmp_path, capsys):
    abstract = "The tagger reaches 91.2% accuracy on the news split."
    start = abstract.index("91.2%")
    result = {"text": "91.2%", "occurrence": 0, "span_start": start, "span_end": start + 5, "kind": "score"}
    result |= {"value": 91.2, "low": None, "high": None, "unit": "%", "qualifier": "exact"}
    result |= {"metric": "accuracy", "dataset": None, "model": "Zorblax", "baseline": None}  # never named
    gold = tmp_path / "gold.jsonl"
    paper = {"pid": "z1", "title": "Tagging news", "abstract": abstract, "results": [result]}
    gold.write_text(json.dumps(paper) + "\n", encoding="utf-8")
    review.misses(gold, "model", "any")
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("--- [score] '91.2%' gold='Zorblax' pred=")
    assert lines[1] == "    " + abstract


def test_dump_leaves_out_the_abstracts_of_blind_sets(tmp_path, monkeypatch, capsys):
    blind_abstract = "ZetaNet reaches 77.7% accuracy on Qux."
    gold = {"pid": "b1", "title": "Blind", "abstract": blind_abstract, "results": []}
    (tmp_path / "heldout.jsonl").write_text(json.dumps(gold) + "\n", encoding="utf-8")
    monkeypatch.setattr(review, "EVAL_DIR", tmp_path)
    papers = tmp_path / "corpus.jsonl"
    rows = [
        {"title": "Blind", "abstract": blind_abstract},
        {"title": "Open", "abstract": "FooNet reaches 81.2% accuracy."},
    ]
    papers.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    review.dump([papers])
    assert [json.loads(line)["text"] for line in capsys.readouterr().out.splitlines()] == ["81.2%"]
