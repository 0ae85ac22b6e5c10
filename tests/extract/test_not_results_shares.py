"""Kind and sign rules kept as data (rules/not_results.toml `share_of_which`, rules/kinds.toml
`bad_metric`): one behaviour per test, with made-up sentences."""

from __future__ import annotations

from etl.extract.core import extract_text


def _found(text: str) -> list[tuple[str, str, float | None]]:
    return [(r.text, r.kind.value, r.value) for r in extract_text(text)]


def test_the_share_of_a_set_just_described_is_no_result() -> None:
    text = "We collect 4,000 dialogues, 30% of which were written by hired experts."
    assert [f[0] for f in _found(text)] == ["4,000"]


def test_a_share_a_system_solves_of_which_stays() -> None:
    assert _found("Our model solves 85% of them.") == [("85%", "score", 85.0)]


def test_a_task_named_after_errors_is_no_bad_metric() -> None:
    text = "Our checker increases the error detection rate by 12% over the rule-based tool."
    assert _found(text) == [("12%", "improvement", 12.0)]


def test_a_rising_error_rate_is_still_a_drop() -> None:
    text = "Our checker increases the error rate by 12% over the rule-based tool."
    assert _found(text) == [("12%", "improvement", -12.0)]


def test_the_valid_share_of_a_systems_own_output_stays() -> None:
    text = "Our model writes 164 programs, 78% of which are functionally correct."
    assert ("78%", "score", 78.0) in _found(text)


def test_the_share_of_returned_passages_that_contain_the_answer_stays() -> None:
    text = "Our retriever returns 100 passages per query, 40% of which contain the answer."
    assert _found(text) == [("40%", "score", 40.0)]
