"""Tasks that stand in for a data set when a sentence names none ("by 2.3 points on semantic textual
similarity tasks", "for the pixel grounding task, X leads by 19.7"), and the clause breaks that part a
place from a number (moved out of `datasets.py`)."""

from __future__ import annotations

import regex

from etl.extract.dataset_descriptions import unnamed_data
from etl.extract.kinds import Found
from etl.extract.rules import load
from etl.records import Kind

_C = load("context")

# a task written after a value stands in for its data set when the sentence names none: "by 2.3 points
# on semantic textual similarity tasks", "a 7% improvement in associative memory tasks", "47.5 SPIDEr on
# audio captioning"; not a determiner's ("on these benchmarks", "on various tasks") nor a metric's head
MOD = r"(?!(?:of|and|or|with|for|on|in|to|from|by|at)\s)(?:[a-z0-9][\w\-]*|[A-Z]{2,5})\s"
TASK_NOUN, NOT_TASK_MOD = _C["task_noun"].pattern, _C["not_task_modifier"].pattern


def _task(least: int) -> str:
    """A task phrase after on/in/for, its noun with at least `least` modifiers."""
    return (
        rf"(?:on|[Ii]n|for)\s(?:the\s)?(?P<t>(?!{NOT_TASK_MOD}\s)"
        rf"(?:(?:{MOD}){{{least},4}}{TASK_NOUN}|(?:{MOD}){{1,4}}(?:(?:and|or)\s(?:{MOD}){{1,2}})?(?:tasks?|benchmarks?)))"
        r"(?![\w\-])"
        r"(?!\s(?:accuracy|performance|tasks?|benchmarks?|datasets?|models?|results?|quality|error|metrics?|scores?"
        r"|systems?|settings?|format)\b)(?!\s(?:[a-z][\w\-]*\s){0,2}(?:datasets|data\ssets|corpora)\b)"
    )


TASK_AFTER = regex.compile(rf"\s?(?:[^\s,;.:]+\s){{0,7}}?{_task(0)}")
# "on code generation with merely 0.05% deviation", "for the pixel grounding task, X leads by 19.7": a task
# named before the value, where its phrase ends (a comma, "with", a verb); a shared task's own name after it
_TASK_BEFORE = regex.compile(
    rf"(?<![\w\-]){_task(1)}(?:\s(?P<n>[A-Z][\w\-]*(?:@[\w\-]+)?))?"
    r"(?=\s?[,;(]|\s(?:with|by|achiev\w*|reach\w*|obtain\w*|attain\w*|yield\w*|lead\w*|outperform\w*|surpass\w*"
    r"|is|are|was|were|we)\b)"
)


def task_before(found: Found, text: str, s_start: int, s_end: int) -> str | None:
    """A task named earlier in the sentence, for a score or gain whose sentence names no data set;
    core.py asks before carrying: the task replaces a data set an earlier sentence named."""
    if found.kind not in (Kind.SCORE, Kind.IMPROVEMENT) or unnamed_data(found, text, s_end):
        return None
    if not any(w in text[s_start : found.start] for w in ("on ", "in ", "In ", "for ")):
        return None
    tasks = list(_TASK_BEFORE.finditer(text, s_start, found.start))
    if not tasks or CLAUSE_BREAK.search(text, tasks[-1].end(), found.start):
        return None
    return tasks[-1].group("n") or tasks[-1].group("t")


CLAUSE_BREAK = regex.compile(r",\s(?:and|while|whereas|but)\s|;")
