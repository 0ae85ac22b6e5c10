"""Every rule's own examples match and its counter-examples do not; malformed files are refused."""

from __future__ import annotations

import pytest

from etl.errors import RuleError
from etl.extract.rules import FILES, load, parse


def _cases(which: str) -> list:
    out = []
    for f in FILES:
        for r in load(f).rules:
            for text in r.examples if which == "examples" else r.counter_examples:
                out.append(pytest.param(r, text, id=f"{f}:{r.name}:{text!r}"))
    return out


@pytest.mark.parametrize(("rule", "text"), _cases("examples"))
def test_rule_matches_its_example(rule, text):
    assert rule.matches(text)


@pytest.mark.parametrize(("rule", "text"), _cases("counter_examples"))
def test_rule_rejects_its_counter_example(rule, text):
    assert not rule.matches(text)


def test_every_rule_has_an_example():
    missing = [f"{f}:{r.name}" for f in FILES for r in load(f).rules if not r.examples]
    assert missing == []


def test_malformed_file_lists_every_problem():
    doc = {
        "rule": [
            {"name": "a", "pattern": "(unclosed"},
            {"name": "a", "pattern": "x", "unit": "furlongs"},
            {"pattern": "y"},
            {"name": "b", "pattern": "z", "colour": "red", "examples": "not a list"},
        ]
    }
    with pytest.raises(RuleError) as err:
        parse(doc, "bad.toml")
    msg = str(err.value)
    for part in (
        "does not compile",
        "duplicate name",
        "unknown unit",
        "`name` must be",
        "unknown keys",
        "`examples`",
    ):
        assert part in msg


def test_file_without_rules_is_refused():
    with pytest.raises(RuleError):
        parse({}, "empty.toml")


def test_pieces_are_expanded():
    rf = parse({"rule": [{"name": "d", "pattern": r"\d+"}, {"name": "pct", "pattern": "{d}%"}]}, "x.toml")
    assert rf["pct"].matches("12%")
    assert not rf["pct"].matches("d%")
