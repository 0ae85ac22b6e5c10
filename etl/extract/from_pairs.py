"""The system a from-to pair of scores is measured on ("the pass rate of FooLM-7B from 41% to 58%") or the
compared system its old value belongs to ("from 0.31 to 0.24 relative to FooNet"), and the later values of a
compared list ("versus 71.2% for FooNet and [65.0%] for BarNet"); moved out of baselines.py, which
re-exports them for names.py and from_owners.py."""

from __future__ import annotations

import regex

from etl.extract.kinds import Found
from etl.extract.phrases import NAME, SYSTEM_HEAD
from etl.extract.rules import load
from etl.extract.subject_names import system_name
from etl.extract.subjects import base_model

_C = load("context")

# the later values of a compared list: "compared with 2.0x and [1.8x] for FooDec", "versus 71.2% for
# FooNet and [65.0%] for BarNet" (one number, and the system it is for, per item)
COMPARED_LIST_END = regex.compile(
    r"(?i)\b(?:compared\s(?:to|with)|versus|vs\.?|against)\s(?:only\s|just\s)?"
    r"(?:[~≈]?\d[\d.,]*(?:\s?[%x×]|\s(?:points?|pp))?(?:\s(?:for|of|by)\s[^\d,;()]{1,40}?)?(?:,\s(?:and\s)?|\s(?:and|or)\s))+$"
)
# the system a from-to pair of scores is measured on, named before "from": "raises the pass rate of
# FooLM-7B from 41% to 58%", "that of BarLM-13B from", "lifts FooLM-7B from 41% to 58%" (both values
# are that system's, whatever method moved them); the object of a verb must be a known model. The
# measure of the system may itself be the subject of a verb of change ("Scores of FooLM-7B drop from"),
# and the size of the change may come first ("the accuracy of FooLM-7B by 9 points, from 40% to 49%")
_FROM_BY = r"(?:\sby\s[\d.]+\s?(?:%|points?|pp|percentage\spoints)?,)?\sfrom\s"
_FROM_OWNER = regex.compile(
    rf"\bof\s(?:the\s)?(?P<n>{NAME})(?:\s(?i:{SYSTEM_HEAD}))?(?:\s(?:on|in)\s[^,;()]{{1,30}}?)?"
    rf"(?:\s{_C['change_verb'].pattern})?{_FROM_BY}"
    rf"|\b(?:lift|rais|boost|improv|reduc|lower|cut|push|bring|brought|take|took)\w*\s(?P<v>{NAME})"
    rf"(?:\s(?:on|in)\s[^,;()]{{1,30}}?)?{_FROM_BY}"
)
# the value a from-to pair starts from, as the number's left context ends: "from [41%]", "from 41% to [58%]"
FROM_FIRST = regex.compile(r"\bfrom\s(?:about\s|around\s|[~≈]\s?)?$")
# (the first value may carry its place: "from 52.6% on FooQA to [39.8%]")
_FROM_SECOND = regex.compile(
    r"\bfrom\s(?:about\s|around\s|[~≈]\s?)?\d[\d.,]*\S*(?:\s\w+|\s(?:on|in|at)\s[^,;()]{1,30}?)?\sto\s"
    r"(?:about\s|around\s)?$"
)
# what may stand between the owner's "from" and a later pair: other from-to pairs and what they are on
_FROM_GAP = regex.compile(r"(?i);|\b(?:while|whereas|but|compared|relative|versus|vs|than|we|it|they)\b")
# the system the old value of a from-to pair belongs to: "from 0.31 to 0.24 relative to FooNet", "from
# 62.1% under FooNet to 70.3%", "Compared with FooNet, the error drops from 0.31 to 0.24"
_FROM_UNDER = regex.compile(rf"\s(?:under|with|for|by)\s(?:the\s)?(?P<n>{NAME})\sto\s")
_PAIR_AFTER = regex.compile(
    rf"\sto\s[^,;()]{{1,80}}?\s(?:relative\sto|compared\s(?:to|with)|versus|vs\.?|over)\s(?:the\s)?(?P<n>{NAME})(?=[\s,.;)]|$)"
)
_COMPARED_FRONT = regex.compile(
    rf"\s*(?:Compared\s(?:to|with)|Relative\sto|Versus)\s(?:the\s)?(?P<n>{NAME}),\s"
)


def from_to_owner(text: str, s_start: int, s_end: int, found: Found) -> str | None:
    """The system both values of a from-to pair are measured on ("the pass rate of FooLM-7B from 41% to
    58%"), or the compared system the old value belongs to ("from 0.31 to 0.24 relative to FooNet")."""
    lo = max(s_start, found.start - 220)
    first = FROM_FIRST.search(text, max(lo, found.start - 20), found.start)
    second = None if first else _FROM_SECOND.search(text, max(lo, found.start - 60), found.start)
    if first is None and second is None:
        return None
    at = (first or second).start()
    owner = None
    for owner in _FROM_OWNER.finditer(text, lo, at + 5):  # noqa: B007 - the last one
        pass
    if owner is not None and owner.end() <= at + 5 and not _FROM_GAP.search(text, owner.end(), at):
        n = owner.group("n") or owner.group("v")
        if system_name(n) and (owner.group("n") or base_model(n)):
            return n
    if first is None:
        return None
    m = _FROM_UNDER.match(text, found.end, s_end) or _PAIR_AFTER.match(
        text, found.end, min(s_end, found.end + 160)
    )
    m = m or _COMPARED_FRONT.match(text, s_start, found.start)
    if m and system_name(m.group("n")):
        return m.group("n")
    return None
