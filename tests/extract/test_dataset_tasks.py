"""dataset_tasks.py: tasks that stand in for a data set, and clause breaks (sentences invented)."""

from __future__ import annotations

from etl.extract.dataset_tasks import CLAUSE_BREAK, TASK_AFTER


def test_a_task_after_a_value():
    text = "by 2.3 points on semantic textual similarity tasks"
    m = TASK_AFTER.match(text, len("by 2.3"))
    assert m is not None and m.group("t") == "semantic textual similarity tasks"


def test_a_vague_task_phrase_is_none():
    text = "by 2.3 points on various tasks"
    assert TASK_AFTER.match(text, len("by 2.3")) is None


def test_clause_breaks():
    assert CLAUSE_BREAK.search("on A, and on B")
    assert not CLAUSE_BREAK.search("on A and B")
