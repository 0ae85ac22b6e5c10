"""The owner patterns written after a number (after_owners.py, split out of names.py). Sentences are invented."""

from __future__ import annotations

from etl.extract.after_owners import BY_NAME, FOR_NAME, FOR_SYSTEM, PASSIVE_AGENT


def test_a_name_after_for_owns_the_value():
    assert FOR_NAME.match(" for FooNet-2 on the test split").group("n") == "FooNet-2"


def test_a_data_set_after_for_is_no_owner():
    # counter-example: "for X dataset" names where it was measured
    assert FOR_NAME.match(" for FooSet-2 dataset") is None


def test_the_agent_of_a_passive_verb_owns_the_value():
    assert PASSIVE_AGENT.match(" is achieved by the robot").group("n") == "the robot"


def test_a_name_after_by_owns_the_value():
    assert BY_NAME.match(" by BarE on the link task").group("n") == "BarE"


def test_a_system_noun_after_for_owns_the_value():
    assert FOR_SYSTEM.match(" for the baseline model").group("n") == "the baseline model"
