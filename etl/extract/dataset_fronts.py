"""Data sets a sentence opens with, as the place its numbers were measured: "On Google Speech Commands v2
(12 classes), X reaches ...", "On the n2c2 2018 medication extraction task, X ...", "In the Crafter
environment, X ...", "For the link prediction task on the Aviation Knowledge Graph, we ...". The plain
"On X," reader is `_FRONT_ON` in `dataset_names.py`; these are the longer fronted phrases it leaves."""

from __future__ import annotations

import regex

from etl.extract.cues import METRIC
from etl.extract.dataset_lexicon import HARDWARE_AFTER, known_dataset
from etl.extract.gazetteer import Gazetteer
from etl.extract.phrases import NAME, is_dataset
from etl.extract.rules import load

_C = load("context")
_PLAIN_NOT_DATA = _C["plain_not_data"].regex
_HEAD = rf"(?:{_C['data_head'].pattern}|{_C['front_head'].pattern})(?![\w\-])"
_SYSTEM_LAST = regex.compile(rf"(?i)(?:^|\s)(?:{_C['system_head'].pattern}|LLMs|VLMs|MLLMs)$")
_TASK_HEAD = rf"(?:{_C['front_task_head'].pattern}|{_C['task_noun'].pattern}(?![\w\-]))"

# the name, then what it is ("benchmark", "medication extraction task"), then a bracket or a "with" phrase
# about it ("(12 classes)", "with 12 classes"), then the comma that ends the fronted phrase
_FRONT = regex.compile(
    r"(?P<p>On|Across|In|For)\s(?:the\s|our\s)?"
    # "For the link prediction task on the X", "For link prediction on X": a task and the data set it is run on
    rf"(?:(?P<task>(?:[a-z][\w\-]*\s){{1,4}}{_TASK_HEAD})\s(?:on|of|in|from)\s(?:the\s)?)?"
    r"(?P<mods>(?:[a-z0-9][\w\-.]*\s){0,2}?)"
    rf"(?P<d>(?:{NAME}|[A-Z][\w\-]*)(?:\s(?:{NAME}|[A-Z0-9][\w\-]*)){{0,3}}?)"
    rf"(?P<w>\s(?:[a-z][\w\-]*\s){{0,3}}?{_HEAD})?"
    r"(?:\s\([^()]{1,40}\)|\s(?:with|using)\s(?!(?:the|a|an|our|its)\s)[^,;()]{1,40})?,\s"
)

_DATA_HEAD = rf"(?:{_C['data_head'].pattern}|data)(?![\w\-])"
# "On our curated QA pairs,", "In our in-house dataset,": the authors' own data, described, as written; a
# data noun only when it says what the data holds, not "In our comparisons," nor "On our problems,"
_OWN_NOUN = r"(?:queries|questions|dialog(?:ue)?s|conversations|recordings|images|videos|documents|(?:[\w\-]+\s)?pairs)"
_OWN_DATA = regex.compile(
    rf"(?:On|In|Across)\s(?P<d>our\s(?:[\w\-]+\s){{0,3}}?(?:{_DATA_HEAD}|{_OWN_NOUN})),\s"
)
# a head that names a part of a data set or of a shared task ("In the Open track,", "In the Hard subset,"): a
# plain word before it is named with its head
_PART_HEAD = regex.compile(r"\s(?:track|subset|split|(?:sub)?task)s?$")
_TASK_LAST = regex.compile(r"\s(?:sub)?task$")
_NOT_NAME = _C["front_not_name"].regex
_TASK_NAME = _C["front_task_name"].regex
_LANGUAGE = _C["language_name"].regex
_NOT_PLAIN = regex.compile(rf"{_C['not_plain_name'].pattern}$")


def front_name(name: str) -> bool:
    """A fronted "On X," names a data set: not a generic word ("On Windows"), hardware, a metric, or
    a kind of system ("On Large Language Models,")."""
    return (
        is_dataset(name)
        and not _SYSTEM_LAST.search(name)
        and not _PLAIN_NOT_DATA.match(name.split(" ", 1)[0])  # "On Table 3,"
        and not METRIC.fullmatch(name)
        and not HARDWARE_AFTER.search(name)
    )


def fronted_place(text: str, s_start: int, s_end: int) -> tuple[int, str] | None:
    """(start, name) of the data set a sentence's fronted phrase names, or None. "On" needs a name
    that looks like a data set or a head noun after it; "In" and "For" need the head noun or a task
    ("In the Crafter environment,", not "In Table 2," nor "For GPT-4,")."""
    if not text.startswith(("On ", "In ", "For ", "Across "), s_start):
        return None
    m = _FRONT.match(text, s_start, s_end)
    if m is None:
        own = _OWN_DATA.match(text, s_start, s_end)
        return (own.start("d"), own.group("d")) if own else None
    d, headed = m.group("d"), bool(m.group("w") or m.group("task"))
    if m.group("p") in ("In", "For") and not headed:
        return None
    if regex.search(r"[a-z]", m.group("mods")) and m.group("w") and m.group("w").endswith("s"):
        return None  # "Across many open-domain NLI datasets,": a kind of data (not "On 12 UCI benchmarks,")
    first, w = d.split(" ", 1)[0], m.group("w") or ""
    if _PLAIN_NOT_DATA.match(first) or METRIC.fullmatch(d) or _NOT_NAME.match(first) or _LANGUAGE.match(d):
        return None  # "On the Synthetic data,", "On Day 7 (n=120),", "For the Hindi track,"
    if Gazetteer.load().models.lookup(d) or (_TASK_LAST.search(w) and _TASK_NAME.fullmatch(d)):
        return None  # "For question answering on Mistral,", "In the Sentiment Analysis task,"
    if front_name(d) or known_dataset(d):
        return m.start("d"), d  # "On the BraTS federated challenge data", "In the Crafter environment"
    if not w or " " in d or not d[1:].islower() or _NOT_PLAIN.match(d):
        return None  # one plain word needs a data head, not a task alone ("For code generation on Gemma,")
    if _PART_HEAD.search(w):
        return m.start("d"), d + w  # "In the Open track,": the track, by its head as well
    return m.start("d"), d  # "In the Gridland environment,"
