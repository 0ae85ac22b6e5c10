"""Counts that the words around them make data whatever noun they count: a model trained on them
("trained on 40,336 ICU stays", "pre-trained on 14,000 synthetic car shapes") or a benchmark said to be
of them ("a benchmark of 1,260 tasks"). Plain counts need a data noun (`data_noun`); these frames
are the sign instead, and they also let through items `not_data` keeps out of plain counts
(`framed_item`: tasks, scenes, solution steps)."""

from __future__ import annotations

import regex

from etl.extract.cues import MODEL_NOUN, NOT_DATA, PARAM_NOUN
from etl.extract.rules import load

_C = load("context")
_HOLDER_OF = _C["data_holder_of"].regex
_FRAMED_ITEM = _C["framed_item"].regex
_DIGIT = regex.compile(r"\d")
_PHRASE = regex.compile(r"[^,;:()]{0,35}")

# "We pretrain ChronoMix, a forecaster, on 27 billion time points", "back-translation of 20M
# monolingual sentences": what a model learns from, a count in the thousands or more before its noun
# (a name's version dot may come between: "fine-tune Llama-3.1-70B with RL on 120K vignettes"; and an
# evaluation's set too: "evaluated retrospectively on 86,000 exams"); not "with", which tells a budget
# ("fine-tuned with 8,000 gradient updates", "with 6,000 search rollouts"; data nouns still count there)
TRAINED_ON = regex.compile(
    r"(?i)\b(?:pre-?train\w*|train(?:s|ed|ing)?|fine-?tun\w*|distill\w*|back-translat\w*|evaluat(?:ed|ing))\b"
    r"(?:[^.;:()]|\.(?=\d)){0,60}?\s(?:on|from|of)\s(?:the\s)?(?:over\s|about\s|only\s|nearly\s|roughly\s)?$"
)
# "combines 4.5 million simulated grasps with only 12,000 real grasps": a count mixed with another count
# is data of the same kind, the "with" a training verb no longer frames
MIXED_WITH = regex.compile(
    r"(?i)\b(?:combin(?:e|es|ed|ing)|mix(?:es|ed|ing)?)\s(?:(?:over|about|nearly|roughly)\s)?\d[\d,]*(?:\.\d+)?"
    r"(?:\s?(?:[KMB]|thousand|million|billion))?(?:\s[\w\-]+){0,2}\s[a-z\-]+s\swith\s(?:only\s|about\s|over\s)?$"
)
USING_COUNT = regex.compile(r"(?i)\b(?:using|accumulating|collecting|gathering)\s(?:over\s|about\s|only\s)?$")
# a plural noun after up to three modifiers ("27 billion time points", "20M monolingual Nepali and
# Sinhala sentences"), not a unit of measure (FLOPs) nor a name ("3B Llama")
PLURAL_AFTER = regex.compile(
    r"^\s(?:(?!(?:and|or|to|for|with|in|on|of|per|at|from)\b)[\w\-]+\s(?:and\s)?){0,3}?[a-z][a-z\-]*[a-rt-z]s\b"
)


def _items(right: str, framed_ok: bool) -> bool:
    """A plural noun of items follows, not a model, parameters, nor a count `not_data` keeps out
    (unless `framed_ok` and it is a `framed_item`)."""
    noun = _PHRASE.match(right).group(0)  # not "on 65K scenes, the model renders": another clause
    return (
        PLURAL_AFTER.match(right) is not None
        and not MODEL_NOUN.search(noun)
        and not PARAM_NOUN.search(noun)
        and (NOT_DATA.match(right) is None or framed_ok and _FRAMED_ITEM.match(right) is not None)
    )


def framed_data(left: str, right: str, value: float) -> bool:
    """A count of 1,000 or more a model is trained on, or of 100 or more a benchmark is of. Tasks or
    scenes count only in the thousands after a benchmark ("a collection of 107 NLP tasks" are data
    sets), and only as what the training verb is on itself ("on 62M images rendered from 9,000
    scenes": a source of the data, not the data)."""
    if value >= 1000:
        m = TRAINED_ON.search(left[-90:]) or MIXED_WITH.search(left[-90:])
        if m or USING_COUNT.search(left[-25:]):
            return _items(right, m is None or not _DIGIT.search(m.group(0)))
    return value >= 100 and _HOLDER_OF.search(left[-40:]) is not None and _items(right, value >= 1000)
