"""A word of comparison written once before a coordination of numbers qualifies every member: "up to
23.98% and 17.42%", "about 45% and 47%", "over 1.55 million users and 130 million tweets", "up to 7.4%
on A and 20% on B". Split from core.py; pure functions over the `Found` of one abstract."""

from __future__ import annotations

from dataclasses import replace

import regex

from etl.extract.kind_cues import Found
from etl.records import Qualifier

_SHARED = (Qualifier.APPROX, Qualifier.UPPER, Qualifier.LOWER)

# the words between two members: the first member's own unit or short phrase, then the coordinator;
# no new number, no sentence break, no bracket (an aside has its own words)
_MEMBER_GAP = regex.compile(r"[^.;:()\[\]\d]{0,50}?(?:,\s?and|,\s?or|,|\band|\bor)\s(?:a\s|an\s)?")
# a member with a predicate of its own is a new clause ("about 45% on A, while B reaches 47%")
_OWN_CLAUSE = regex.compile(
    r"(?i)\b(?:while|whereas|but|which|that|than|compared|versus|vs\.?|is|are|was|were|has|have|had"
    r"|achiev\w*|reach\w*|obtain\w*|attain\w*|gets?|scores?|yields?|improv\w*|outperform\w*|reduc\w*)\b"
)

# a comma before the coordinator of a two-member pair starts a new statement ("less than 40% accuracy, and
# 62% with our prompting"); in a longer list it is the serial comma ("about 200M interactions, 30M users,
# and 400K images")
_COMMA_COORDINATOR = regex.compile(r",\s?(?:and|or)\s")


def share_qualifier(text: str, found: list[Found]) -> list[Found]:
    """Each exact member of a coordination takes the qualifier of the member before it, when both
    have the same kind and unit and only a coordinator (with the first member's own words) comes
    between: the qualifier is written once for the whole list."""
    out: list[Found] = []
    shared = False  # whether the member before took its qualifier from a list
    for f in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and f.qualifier is Qualifier.EXACT
            and prev.qualifier in _SHARED
            and prev.kind is f.kind
            and prev.unit is f.unit
            and _MEMBER_GAP.fullmatch(text, prev.end, f.start)
            and not _OWN_CLAUSE.search(text, prev.end, f.start)
            and (shared or not _COMMA_COORDINATOR.search(text, prev.end, f.start))
        ):
            f = replace(f, qualifier=prev.qualifier)
            shared = True
        else:
            shared = False
        out.append(f)
    return out
