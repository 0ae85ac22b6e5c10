"""Daily-papers listings: chrome, both layouts, pairing by structure, and the bundled corpus."""

from __future__ import annotations

import tomllib

import pytest

from etl.errors import RuleError
from etl.ingest.listing import CHROME_PATH, load_chrome, looks_like_abstract, parse_listing
from etl.records import RejectReason

ABSTRACT = "We propose a method. It improves accuracy by 3.2% on ImageNet. Code is released."
CHROME_DOC = tomllib.loads(CHROME_PATH.read_text(encoding="utf-8"))


@pytest.mark.parametrize("example", CHROME_DOC["examples"], ids=lambda e: e["line"])
def test_chrome_examples(example: dict) -> None:
    assert load_chrome().is_chrome(example["line"]) is example["chrome"]


@pytest.mark.parametrize("example", CHROME_DOC["glued"], ids=lambda e: e["line"])
def test_glued_chrome_examples(example: dict) -> None:
    assert load_chrome().strip_glued(example["line"]) == example["rest"]


def test_chrome_rules_with_a_failing_example_are_refused(tmp_path) -> None:
    bad = tmp_path / "chrome.toml"
    bad.write_text('phrases = ["Subscribe"]\n[[examples]]\nline = "Subscribe"\nchrome = false\n')
    with pytest.raises(RuleError, match="examples not met"):
        load_chrome(bad)


def test_blank_line_layout(fixtures) -> None:
    items = parse_listing((fixtures / "listing_blank.txt").read_text())
    papers = [i for i in items if i.reason is None]
    assert [p.title for p in papers] == [
        "Simple Training of Deep Networks",
        "Pruning Large Language Models",
        "When Do Curricula Work in Federated Learning?",
    ]
    assert papers[0].line == 11
    orphans = [(i.title, i.reason) for i in items if i.reason is not None]
    assert orphans == [("A Title Without Abstract", RejectReason.MISSING_ABSTRACT)]


def test_line_per_unit_layout_with_glued_chrome(fixtures) -> None:
    items = parse_listing((fixtures / "listing_lines.txt").read_text())
    assert [(i.line, i.title) for i in items] == [
        (3, "Simple Training of Deep Networks"),
        (5, "When Do Curricula Work in Federated Learning?"),
    ]
    assert all(i.reason is None and i.abstract.startswith(("We propose", "We study")) for i in items)


def test_abstract_without_title_is_refused() -> None:
    items = parse_listing(f"Subscribe\n\n{ABSTRACT}\n\nA Title\n\n{ABSTRACT}\n")
    assert [(i.reason, i.title) for i in items] == [(RejectReason.MISSING_TITLE, None), (None, "A Title")]


def test_short_abstract_pairs_with_its_title() -> None:
    items = parse_listing("Tiny Paper\nShort abstract here\nNext Paper\n" + ABSTRACT + "\n")
    assert [(i.title, i.abstract) for i in items] == [
        ("Tiny Paper", "Short abstract here"),
        ("Next Paper", ABSTRACT),
    ]


def test_hard_wrapped_abstract_is_one_paragraph() -> None:
    text = (
        "A Wrapped Paper\n\nWe propose a method.\nIt wraps over lines.\nIt works.\n\nOther Paper\n\n"
        + ABSTRACT
    )
    items = parse_listing(text)
    assert items[0].abstract == "We propose a method.\nIt wraps over lines.\nIt works."
    assert items[1].title == "Other Paper"


def test_crlf_line_ends() -> None:
    items = parse_listing(f"Subscribe\r\n\r\nA Paper\r\n\r\n{ABSTRACT}\r\n")
    assert [(i.title, i.abstract) for i in items] == [("A Paper", ABSTRACT)]


def test_title_and_abstract_shapes() -> None:
    assert not looks_like_abstract(
        "Skill-it! A Data-Driven Skills Framework for Understanding and Training Language Models"
    )
    assert looks_like_abstract(ABSTRACT)


def test_bundled_corpus_gives_588_entries_and_514_papers(ingest) -> None:
    got = ingest(None)
    assert got.summary.records_read == 588
    assert got.summary.papers == 514
    assert got.summary.rejects == 0
    assert {i.format for i in got.summary.inputs} == {"listing"}
    assert not any(t.startswith("Subscribe") for t in got.papers.column("title").to_pylist())
