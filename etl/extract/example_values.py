"""A value that opens an example in brackets, with a quality noun of its own right after it, is that
quality's value, not the sentence's cut or gain: "with lower FLOPs and fewer parameters (e.g., 96.14%
correctness with 2.99M parameters)". Read by `kind_cues` (the kind) and `metrics` (the metric)."""

from __future__ import annotations

import regex

from etl.extract.cues import METRIC

EXAMPLE_OPEN = regex.compile(r"(?i)\((?:e\.g\.|i\.e\.|for\s(?:example|instance)),?\s$")
_OWN_NOUN = regex.compile(
    r"(?i)^\s?(?P<m>accuracy|correctness|precision|recall|F1|AUC|mAP|score|(?:success|pass|win)\srate)\b"
)


def example_score(left: str, phrase: str) -> bool:
    """Whether a value opens an example in brackets and names its own quality right after it."""
    return bool(EXAMPLE_OPEN.search(left[-30:])) and bool(
        _OWN_NOUN.match(phrase) or METRIC.match(phrase.lstrip())
    )


def example_noun(right: str) -> str | None:
    """The quality noun right after a value that opens an example ("96.14% correctness with ...")."""
    m = _OWN_NOUN.match(right)
    return m.group("m") if m else None
