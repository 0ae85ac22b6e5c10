"""Grammar of who owns a number, split out of `names.py`: a system noun phrase before the bracket that
holds it, the named method run on a known model, coordinated subjects with "respectively", and the
known model "its" refers to."""

from __future__ import annotations

from functools import cache

import regex

from etl.extract.cues import METRIC
from etl.extract.datasets import known_dataset, paren_owner
from etl.extract.kinds import Found
from etl.extract.name_words import HUMAN, OURS, generic_name
from etl.extract.phrases import NAME, NAME_RE, RESULT_VERB, SENT_START, SYSTEM_HEAD
from etl.extract.rules import load
from etl.extract.subject_names import CLAUSE_BREAK
from etl.extract.subjects import SPACED_NAME, base_model

_R = cache(regex.compile)
_C = load("context")
_LANGUAGE, _HARDWARE, _ITEM_HEAD = (_C[k].regex for k in ("language_name", "hardware_name", "pair_item_head"))
ON_BEFORE = regex.compile(r"(?i)\b(?:on|in|across|including|both)\s(?:the\s)?$")


_PAREN_NP = regex.compile(
    r"(?<![\w\-])(?P<np>(?:(?!(?i:of|the|a|an|on|in|for|and|or|to|with|by|from|as|we|our|it|is|are|was|were|between"
    r"|against|than|over|versus|vs|compar\w*|beat\w*|outperform\w*|surpass\w*|exceed\w*|achiev\w*|obtain\w*|reach\w*"
    rf"|including|such|like)\b)[\w\-]+\s){{0,3}}(?i:{SYSTEM_HEAD}))\s\((?:[~≈<>]\s?)?$"
)


def paren_np(text: str, s_start: int, start: int) -> str | None:
    """A system noun phrase right before the parenthesis that holds the number, when it is not a data
    set's: "advanced models (72%) and humans (87%)"."""
    m = _PAREN_NP.search(text, max(s_start, start - 80), start)
    if m is None or paren_owner(text, s_start, start) is not None:
        return None
    np = m.group("np")
    if ON_BEFORE.search(text, max(s_start, start - 120), m.start("np")):
        return None
    words = np.split()
    if not words or (len(words) < 2 and not HUMAN.match(np)) or OURS.match(np):
        return None
    return np


# the named method run on a known model in the clause of a number: "Applied to FooLM-7B, BarTrim cuts",
# "Fine-tuning FooLM-7B on X with BarTune yields", "FooLM-7B with BarTune attains", "BarDet with a
# FooNet-34 backbone achieves", "Applied to FooLM-7B, it cuts" (the method, as "it"), "BarDet with a
# FooNet-34 backbone achieves": the method's own result, as the guideline's "the proposed method's own
# name" has it (not "BarTune lifts FooLM-7B from 40% to 55%", where the model is the object)
_BASE_THEN = r"(?:\s(?:backbone|model|LLM))?(?:\s(?:on|for)\s[^,;()]{1,40})?"
# a comma joins them only after a verb ("Applied to X, M"), not "On the X model, M boosts" (dev: X's)
_VERB_BEFORE = r"\b[A-Za-z]+(?:ed|ing)\s(?:(?:to|by|with|on)\s)?(?:the\s)?"


def method_on_base(left: str, model: str, method: str) -> bool:
    """Whether `left` (the sentence up to a number) names `method` as run on the known model `model`."""
    if model not in left or (method not in left and ", it " not in left):
        return False
    m, b = regex.escape(method), regex.escape(model)
    pair = _R(rf"(?<![\w\-]){m}\swith\s(?:an?|the)\s{b}\s(?:backbone|encoder)\b").search(left)
    if pair is None and base_model(model):
        pair = _R(
            rf"(?:(?<![\w\-]){b}{_BASE_THEN}\swith\s|{_VERB_BEFORE}{b}{_BASE_THEN},\s)(?:(?:the\s)?{m}|(?<=,\s)it)(?![\w\-])"
        ).search(left)
    return pair is not None and not CLAUSE_BREAK.search(left, pair.end()) and ";" not in left[pair.end() :]


# coordinated names as the subject of a verb of result, and as many values after it as names, with
# "respectively": "FooNet and BarNet reach 71.2% and 73.5%, respectively" (one value each, in order)
_NAME_ONLY = regex.compile(NAME)
# "Informer and Autoformer reach": plain names too; "Claude 3.5 Sonnet and FooLM-70B obtain": spaced ones
_LISTED_NAME = rf"(?:{SPACED_NAME}|{NAME}|[A-Z][a-z]{{2,}}[\w\-]*)"
_SUBJECT_LIST = regex.compile(
    rf"(?:^|(?<=[,;:]\s)|(?<=\b(?:that|while|[Ww]hereas)\s))(?P<items>{_LISTED_NAME}(?:,\s{_LISTED_NAME}){{0,2}},?\s"
    rf"(?:and|&)\s{_LISTED_NAME})\s(?:(?:also|both|can|could|respectively)\s)?(?:{RESULT_VERB}"
    r"|(?<=(?:can|could|may)\s)be\s(?:\w+ly\s)?\w+ed\b)\w*"
)  # "AFLink and GSI can be easily plugged in at a cost of 1.7 ms and 7.1 ms, respectively"
# a value between the verb and "respectively" (not the 5 of "top-5" nor the 2 of "R^2")
_LISTED_VALUE = regex.compile(r"(?<![\w^.\-/])(?:[+\-−](?=\d))?\d[\d.,]*")


def respective_subject(text: str, s_start: int, s_end: int, found: Found) -> str | None:
    """The name of a coordinated subject at the same place as the number among its values."""
    left = text[s_start : found.start]  # "^" is the sentence's start
    m = _SUBJECT_LIST.search(left)
    if m is None or CLAUSE_BREAK.search(left, m.end()):
        return None
    end = text.find("respectively", found.end, s_end)
    if end < 0:
        return None
    items = regex.split(r",\s(?:and\s|&\s)?|\s(?:and|&)\s", m.group("items"))
    values = [v.start() for v in _LISTED_VALUE.finditer(text, s_start + m.end(), end)]
    if len(values) != len(items) or found.start not in values:
        return None
    if any(
        w in SENT_START
        or known_dataset(w)
        or METRIC.fullmatch(w)
        or (_NAME_ONLY.fullmatch(w) and generic_name(w))
        for w in items
    ):
        return None  # "Precision and recall reach ...": not systems
    return items[values.index(found.start)]


# "its" of the number's clause, and a known model named before it in the sentence: "we use GPT-4o as
# the judge; its ratings match ...", "GPT-4 scores 72% overall, but its accuracy falls to 58%"
_ITS_WORD = regex.compile(r"\b[Ii]ts\s")
_ITS_BREAK = regex.compile(r"(?i)\b(?:we|our|ours)\b")


def its_owner(left: str) -> str | None:
    """The known model "its" before a number refers to: the last one named before it in the sentence."""
    its = None
    for its in _ITS_WORD.finditer(left):  # noqa: B007 - the last one
        pass
    if its is None:
        return None
    owner = None
    for n in NAME_RE.finditer(left, max(0, its.start() - 120), its.start()):
        if base_model(n.group("n")):
            owner = n
    if owner is None or _ITS_BREAK.search(left, owner.end(), its.start()):
        return None  # "GPT-4o labels the data and we train our model on it; its accuracy": ours
    return owner.group("n")


# two names, then two values joined by "and" in the same clause, without "respectively": "jailbreaking
# FooLM and BarChat to respond to more than 65% and 73% of queries", "whereas FooAgg and trimmed mean allow
# 41% and 27%": one value each, in order (a lower-case method name is read only second, after a name)
_VALUE_PAIR = regex.compile(
    r"(?<![\w.\-^/])(?P<a>\d[\d.,]*)(?:\s?\\?%|\s?[A-Za-z]{1,3}(?![\w\-]))?\s(?:and|&)\s"
    r"(?:(?:more|less|fewer)\sthan\s|only\s|about\s)?(?P<b>\d[\d.,]*)(?!\S*(?:,|\sand)\s\d)"
)
_PAIR_ITEMS = regex.compile(
    rf"(?:^|(?<=[,;:]\s)|(?<=\b(?:that|while|[Ww]hereas|such\sas)\s))(?P<a>{_LISTED_NAME})\s(?:and|&)\s"
    rf"(?P<b>{_LISTED_NAME}|(?!(?:the|a|an|our|its|their|his|her|other|others|all|both|many)\b)[a-z][\w\-]*"
    rf"(?:\s(?!{RESULT_VERB})[a-z][\w\-]*)?)\s"
    r"(?:[^,;:.()\d]{0,70}?\s)?(?:(?:more|less|fewer)\sthan\s|only\s|about\s|over\s)?$"
)


def pair_subject(text: str, s_start: int, found: Found) -> str | None:
    """The name of two written before a pair of values "V1 and V2", by the number's place in the pair."""
    for v in _VALUE_PAIR.finditer(text, max(s_start, found.start - 60), min(len(text), found.end + 60)):
        if found.start not in (v.start("a"), v.start("b")):
            continue
        m = _PAIR_ITEMS.search(text, max(s_start, v.start() - 200), v.start())
        if m is None or (
            m.group("b")[0].islower()
            and (m.start() == s_start or text[m.start() - 2] in ";:")
            and not _NAME_ONLY.fullmatch(m.group("a"))
        ):
            return None  # "Training and inference take ...": a capital of a clause's start names nothing
        items = [m.group("a"), m.group("b")]
        if _ITEM_HEAD.match(text, m.end("b")) or any(
            w in SENT_START
            or known_dataset(w)
            or METRIC.fullmatch(w)
            or _LANGUAGE.match(w)
            or _HARDWARE.match(w)
            or (_NAME_ONLY.fullmatch(w) and generic_name(w))
            for w in items
        ):
            return None  # "Precision and recall reach 65% and 73%", "Easy and Hard tasks": not systems
        return items[0] if found.start == v.start("a") else items[1]
    return None
