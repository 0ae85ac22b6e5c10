"""The place a sentence opens with ("On Replica, it reaches ...", "On enzyme commission prediction, it ..."),
read for a number of its first clause when nothing nearer names a data set (moved out of `datasets.py`)."""

from __future__ import annotations

import regex

from etl.extract.cues import METRIC
from etl.extract.dataset_fronts import front_name
from etl.extract.dataset_tasks import CLAUSE_BREAK, MOD, NOT_TASK_MOD, TASK_NOUN
from etl.extract.phrases import NAME, NOT_DATA_NAME, NOT_DATASET
from etl.extract.rules import load

_C = load("context")
_PLAIN_NOT_DATA = _C["plain_not_data"].regex
_LANGUAGE = _C["language_name"].regex

# a sentence that opens by saying where its numbers were measured: "On Replica, it reaches ...", "On the
# LIBERO benchmark OmniAct attains ...", "On 36 scenes in Habitat, our agent ...", "On enzyme commission
# prediction, it ..."; read for a number in its first clause when nothing nearer names a data set (not "On
# the Cora, Citeseer and Pubmed benchmarks": a list)
_FRAME = regex.compile(
    r"On\s(?:the\s)?(?:(?:\d+|[a-z][\w\-]*)\s(?:[a-z][\w\-]*\s){0,2}?(?:in|from|of)\s(?:the\s)?|[a-z0-9]*[\d\-][\w\-]*\s)?"
    rf"(?:(?P<d>(?:{NAME}|[A-Z][\w\-]*(?:'s)?)(?:\s(?:{NAME}|[A-Z][\w\-]*|\d{{2,4}}|\d{{1,3}}[kKM]))*)"
    rf"|(?P<t>(?!{NOT_TASK_MOD}\s)(?:{MOD}){{1,4}}{TASK_NOUN}))"
    r"(?:\s(?:benchmark|dataset|data\sset|test\sset|test\ssplit|suite|environment|leaderboard|subset|split)s?)?"
    r"(?=,\s(?![A-Z0-9][\w\-]*(?:,\s|\s(?:and|&)\s))|\s(?:it|we|our|they|this|these|the|[A-Z][\w\-]*\s[a-z]+s)\s)"
)


def opening_place(text: str, s_start: int, start: int) -> str | None:
    """The data set (or task) a sentence opens with, when no clause break parts it from the number."""
    if not text.startswith("On ", s_start):
        return None
    m = _FRAME.match(text, s_start, start)
    if m is None or CLAUSE_BREAK.search(text, m.end(), start):
        return None
    if m.group("t"):
        return m.group("t")
    d = m.group("d")
    if _PLAIN_NOT_DATA.match(d.split(" ", 1)[0].removesuffix("'s")) or _LANGUAGE.match(d):
        return None  # "On Table 2,", "On the Japanese subset,": a language, as "On English"
    # a plain word ("On Replica it ...") is a data set here, where "on" fronts the sentence
    plain = " " not in d and NOT_DATASET.match(d) and not METRIC.fullmatch(d) and not NOT_DATA_NAME.search(d)
    return d if plain or front_name(d) else None
