"""A number measured on a coordination of data sets ("85% IoU on COCO MVal, SBD and Berkeley", "on the
AFEW and the VGAF datasets ... 4.5% higher accuracy"): with one value and no "respectively", the value is
about all of them, so its data set is the coordination as written, never one member (the first or the
last, which would rank it on one data set's board). A list of values as long as the coordination pairs
member by member instead (read in `dataset_lists.py`)."""

from __future__ import annotations

import regex

from etl.extract.cues import METRIC
from etl.extract.dataset_lexicon import LATEX_FONT
from etl.extract.dataset_lists import _VALUE, _VALUE_LIST
from etl.extract.dataset_names import known_dataset
from etl.extract.kinds import Found
from etl.extract.phrases import NAME, NOT_DATA_NAME, is_dataset, word_spots
from etl.extract.rules import load

# one member: a name with a digit or inner capital, or a capitalised word, optionally in a font command and
# with further capitalised words or a year ("COCO MVal", "Tiny ImageNet", "\\textsc{SciREX}", "VOC 2012")
_MEMBER = (
    rf"(?:the\s)?{LATEX_FONT}(?P<m>(?:{NAME}|[A-Z][a-z]{{2,}}[\w\-]*)(?:\s(?:\d{{4}}|[A-Z][\w\-]*))*)\}}?"
    r"(?![\w\-])"
)
_COORDINATION = regex.compile(
    rf"(?<![\w\-])(?:{_MEMBER}(?:,\s{_MEMBER})*,?\s(?:and|&|as\swell\sas)\s{_MEMBER})",
)

_MARKUP = regex.compile(r"\\[a-z]+\{|\{\\[a-z]+\s|[{}]")


_C = load("context")
_PLAIN = regex.compile(r"[A-Z][a-z]+")
# a plain capitalised word is a member only when it is no common word or language ("On", "Table", "English")
_PLAIN_NOT_DATA = _C["plain_not_data"].regex
_LANGUAGE = _C["language_name"].regex


def _member_ok(name: str) -> bool:
    if known_dataset(name):
        return True
    if METRIC.fullmatch(name):
        return False
    if _PLAIN.fullmatch(name):
        return not (_PLAIN_NOT_DATA.match(name) or _LANGUAGE.match(name) or NOT_DATA_NAME.search(name))
    return is_dataset(name)


# a sentence's first word is capitalised for being first: "Using GPT-4 and HumanEval, we ..." opens with a
# verb, not with a data set named "Using GPT-4"
_OPENING_WORD = regex.compile(r"[\s\W]*$")


def _sentence_opener(text: str, s_start: int, member: str, at: int) -> bool:
    """Whether `member` (at `at`) opens its sentence with a plain capitalised word that is no data set."""
    first = member.split(" ", 1)[0]
    return (
        _PLAIN.fullmatch(first) is not None
        and not known_dataset(first)
        and _OPENING_WORD.match(text, s_start, at) is not None
    )


def _values_in_list(found: Found, text: str, s_start: int, s_end: int) -> int:
    """How many values the list that holds the number has (1 when it stands alone)."""
    for m in _VALUE_LIST.finditer(text, s_start, s_end):
        if m.start() <= found.start < m.end():
            return len(_VALUE.findall(m.group(0)))
    return 1


def coordination_of(found: Found, text: str, s_start: int, s_end: int, name: str) -> str | None:
    """The coordination of data sets, as written, that `name` is a member of in its sentence, when the
    number does not pair with its members one by one; else None."""
    if " and " not in text[s_start:s_end] and "&" not in text[s_start:s_end]:
        return None
    for c in _COORDINATION.finditer(text, s_start, s_end):
        members = c.captures("m")
        if name not in members or not all(_member_ok(m) for m in members):
            continue
        if all(_PLAIN.fullmatch(m) and not known_dataset(m) for m in members):
            continue  # "Precision and Recall", "Alice and Bob": no name among them
        if _sentence_opener(text, s_start, members[0], c.starts("m")[0]):
            continue  # "Using Llama-3-8B and GSM8K, we show ...": a verb, then a model and a data set
        if len(word_spots(name, text, s_start, s_end)) > 1:
            return None  # "On A and B, ... by 0.2 over X on A": the number's own mention is the later one
        if _values_in_list(found, text, s_start, s_end) == len(members):
            return None  # "80.1% and 75.2% on A and B": one value each
        first = c.starts("m")[0]
        return _MARKUP.sub("", text[first : c.end()])
    return None
