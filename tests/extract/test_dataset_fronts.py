"""dataset_fronts.py: the data set a sentence's fronted phrase names (sentences invented)."""

from __future__ import annotations

import pytest

from etl.extract.dataset_fronts import front_name, fronted_place


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In the Gridland environment, the agent wins.", "Gridland"),
        ("On FooSpeech Commands v3 (35 classes), it wins.", "FooSpeech Commands v3"),
        ("For the entity linking task on the Foo Knowledge Base, we win.", "Foo Knowledge Base"),
        ("On our collected dialogue data, it wins.", "our collected dialogue data"),
    ],
)
def test_fronted_place(text: str, name: str):
    found = fronted_place(text, 0, len(text))
    assert found is not None and found[1] == name and text[found[0] :].startswith(name)


@pytest.mark.parametrize(
    "text",
    [
        "In Table 2, it wins.",
        "For GPT-4, it wins.",
        "Across many open-domain NLI datasets, it wins.",
        "On our task, it wins.",
        "On Large Language Models, it wins.",
    ],
)
def test_no_fronted_place(text: str):
    assert fronted_place(text, 0, len(text)) is None


def test_front_name_refuses_kinds_of_systems_and_metrics():
    assert front_name("FooBench-2")
    assert not front_name("Large Language Models")
    assert not front_name("BLEU")
