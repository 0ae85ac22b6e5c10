"""What a sentence hands on to the sentences after it as their data set (core.py's carry): the last data
set it names, unless that name ends a coordinated list ("We evaluate on HumanML3D and KIT-ML."): a later
number that names no data set of its own is then measured on one of them, and which one the text does not
say, so nothing carries (and no earlier sentence's name either). A sentence with a setting of its own (a
human study, a real robot, a zero-/few-shot frame) takes no carried data set at all."""

from __future__ import annotations

import regex

from etl.extract.dataset_names import dataset_mentions, known_mentions, sentence_dataset
from etl.extract.phrases import NAME, is_dataset
from etl.extract.rules import load

_C = load("context")

# what joins two members of a list: "A and B", "A, B", "A, and B", "the A and the B datasets", "A and on B"
_JOIN = regex.compile(
    r"(?:\s(?:dataset|benchmark|corpus|data\sset)s?)?(?:,\s(?:and\s|or\s)?|\s(?:and|or|&)\s)(?:on\s|in\s)?(?:the\s)?"
)

# a name-like member after the last name: "on HumanML3D and KIT-ML."
_NEXT = regex.compile(rf"(?P<n>{NAME})(?![\w\-])(?!\s(?:model|backbone|baseline|architecture)s?\b)")

_AND = regex.compile(r"\b(?:and|or)\b|&")


def handed_on(text: str, s_start: int, s_end: int) -> tuple[bool, str | None]:
    """(whether the sentence decides what carries, the data set it carries)."""
    d = sentence_dataset(text, s_start, s_end)
    if d is None:
        return False, None
    named = sorted({*dataset_mentions(text, s_start, s_end), *known_mentions(text, s_start, s_end)})
    at = [a for a, n in named if n == d]
    if at and any(
        a + len(n) <= at[-1] and _JOIN.fullmatch(text, a + len(n), at[-1]) for a, n in named if a < at[-1]
    ):
        return True, None  # "... on A and B.": one of two, not the one
    for a in at[-1:]:
        j = _JOIN.match(text, a + len(d), s_end)
        n = _NEXT.match(text, j.end(), s_end) if j and _AND.search(j.group(0)) else None
        if n and is_dataset(n.group("n")):
            return True, None  # "... on HumanML3D and KIT-ML."
    return True, d


_OWN_SETTING = _C["own_setting"].regex
_SETTING_FRAME = _C["setting_frame"].regex


def own_setting(text: str, s_start: int, s_end: int) -> bool:
    """Whether a sentence reports a human study, an online test or a real-robot run, or opens with a
    zero-/few-shot setting of its own: no earlier sentence's data set carries into it ("In a user study,
    our edits were preferred in 78% of cases", "In zero-shot experiments, it gains 7.6%")."""
    return (
        _OWN_SETTING.search(text, s_start, s_end) is not None
        or _SETTING_FRAME.match(text, s_start, s_end) is not None
    )
