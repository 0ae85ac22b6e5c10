"""Whether an abstract writes a name as a data set ("the FooSet dataset", "a new corpus, namely FooSet"):
such a name is no system, for the proposed-name reader (`proposed.py`) and the model field (`names.py`)."""

from __future__ import annotations

from functools import lru_cache

import regex

from etl.extract.phrases import word_spots

# the abstract writes a name as a data set: "the FooSet dataset", "FooSet (Smith, 2020) benchmark", "FooSet,
# a large-scale corpus of", "FooSet is the largest ... dataset", "a new dataset, namely FooSet", "dataset called FooSet"
_WORD_NOT_PREP = r"(?!(?:on|in|of|for|with|across|to|from|at|by|and|or|than)\s)[\w\-]+\s"  # "the best model on the X benchmark"
_DATA_AFTER = regex.compile(
    rf"(?:\s?\([^()]{{0,40}}\))?(?:\s(?:data\s?set|benchmark|corpus)s?\b|,\s(?:a|an|the)\s(?:{_WORD_NOT_PREP}){{0,4}}?"
    rf"(?:data\s?set|benchmark|corpus)\b|\sis\s(?:\w+\s)?(?:a|an|the)\s(?:{_WORD_NOT_PREP}){{0,5}}?"
    r"(?:data\s?set|benchmark|corpus)\b)"
)
_DATA_BEFORE = regex.compile(
    r"(?:(?i:data\s?set|benchmark|corpus),?\s(?:namely|called|named|dubbed|termed|i\.e\.,?)|(?i:data\s?set|corpus))"
    r"\s(?:the\s)?$"
)  # "the corpus FooSet"; not "On the GRID corpus, FooNet achieves" (a comma), nor "We benchmark FooLM on"


_DETERMINED = regex.compile(r"(?:our|the|a|an|this|these|its|their)\s", regex.IGNORECASE)


@lru_cache(maxsize=256)  # asked per number with the same name and abstract
def data_set_name(name: str, text: str) -> bool:
    """Whether the abstract writes `name` as a data set (its own or another's), which is no system."""
    # a noun phrase with a determiner is never a name after "dataset": "In the new dataset our best
    # baseline model achieved" (a fronted phrase without its comma), unlike "the corpus FooSet"
    before = _DETERMINED.match(name) is None
    return any(
        _DATA_AFTER.match(text, i + len(name)) or (before and _DATA_BEFORE.search(text, max(0, i - 40), i))
        for i in word_spots(name, text)
    )
