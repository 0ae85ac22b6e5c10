"""A list does not hand its system to the values set against it: "X achieves 41.3% on A and 30.2% on B,
compared with 35.0% and 25.5% for ..." -- the compared values are another system's. Sentences are invented."""

from __future__ import annotations

from tests.extract.helpers import model


def test_a_compared_value_after_a_list_does_not_take_the_lists_system():
    text = (
        "We build an agent. ZorbNet achieves 41.3% on SWE-bench Lite and 30.2% on SWE-bench Verified, "
        "compared with 35.0% and 25.5% for the best open scaffold."
    )
    assert model(text, "30.2%", "Agents") == "ZorbNet"
    assert model(text, "35.0%", "Agents") != "ZorbNet"
