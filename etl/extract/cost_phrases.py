"""Phrase shapes that name what a speed-up or a reduction is of, tried by `cost_metrics.cost_metric`
before its looser readings: the noun after "reduction in" ("a 2.5x reduction in delay"), the noun a
change noun before the factor is "in" ("an improvement of up to 5x in the overall network
throughput"), a noun right before "reduction" ("8x computation reduction"), the noun of a from-to
count after the factor ("by 9.7 times from 86M to 9M parameters"), the subject of a share of another
system ("its MACs are only 5% of X"), a count in apposition ("2.3 million parameters, an 85%
reduction"), "savings, up to 30%", and a subject that becomes shorter ("responses that are 28% shorter").

Each is one bounded pattern at the number's edge; None when none applies.
"""

from __future__ import annotations

import regex

from etl.extract.cues import COST, DEGREE_BEFORE, SYSTEM_WORD
from etl.extract.kinds import Found
from etl.records import Kind

__all__ = ["cost_phrase"]

# words that end a noun phrase of what changes
_STOP = (
    r"than|compared|while|with|on|over|and|when|without|for|at|by|in|of|to|from|which|that|is|are|was|were"
    r"|across|under|using|per|as|respectively"
)
_NP = rf"(?P<o>[a-z][\w\-]*(?:\s(?!(?:{_STOP})\b)[a-z][\w\-]*){{0,3}})"
# "a 2.5x reduction in delay": the change noun right after the factor, then what it is in
_CHANGE_IN = regex.compile(
    rf"^\$?\}}?\s*(?:reduction|decrease|cut|saving|speed-?up|acceleration)s?\s(?:in|of)\s(?:the\s|its\s|their\s)?{_NP}"
)
# "an improvement of up to 5x in the overall network sum throughput": the change noun before, "in" after
_NOUN_OF = regex.compile(
    rf"(?i)\b(?:improvement|increase|reduction|decrease|saving|speed-?up|acceleration|gain)s?\sof\s{DEGREE_BEFORE}$"
)
_IN_AFTER = regex.compile(rf"^\$?\}}?\s(?:in|on)\s(?:terms\sof\s)?(?:the\s|its\s|their\s)?{_NP}")
# "\\textbf{8} computation reduction": one noun between the factor and the change noun
_NOUN_THEN_CHANGE = regex.compile(
    r"^\$?\}?\s(?P<o>(?!(?:relative|absolute|significant|overall|average|total|further|additional|measured"
    r"|actual|substantial|considerable|large|huge|notable|dramatic|[a-z]+ed)\b)[a-z][\w\-]*)\s"
    r"(?:reduction|saving)s?\b"
)
# "by 9.7 times from 86M to 9M parameters": the noun the two counts share
_FROM_COUNT_TO = regex.compile(
    r"^\$?\}?\s(?:from\s[\d.,]+\s?(?:[KMBG]|million|billion|thousand)?\s(?:[a-z]+\s)?to\s[\d.,]+\s?"
    r"(?:[KMBG]|million|billion|thousand)?\s(?P<o>[A-Za-z][\w\-]*))"
)
# "MACs still only 10% of X", "its multiply-accumulate operations (MACs) are only 5% of X": the subject is
# the share of another system's cost
_SUBJECT_SHARE = regex.compile(
    r"(?:^|(?<=\b(?:with|and|its|their|the|\'s)\s))(?P<o>(?:[a-z][\w\-]*\s){0,2}[A-Za-z][\w\-]*(?:\s\([A-Za-z]+\))?)"
    r"\s(?:(?:is|are|was|were)\s)?(?:still\s)?(?:only|just|merely)\s(?:about\s|around\s)?$"
)
_OF_OTHER = regex.compile(r"^\\?%?\s?of\s(?:the\s)?[A-Z]")
# "has only about 2.3 million parameters, an 85% reduction": the count's noun is what was cut
_COUNT_APPOSITION = regex.compile(
    r"(?<![\w.])\d[\d.,]*(?:\s?[KMBkmb]|\s(?:million|billion|thousand))?\s(?P<o>(?:[a-z][\w\-]*\s)?[a-z][\w\-]*),\s"
    rf"(?:an?\s)?{DEGREE_BEFORE}$"
)
_REDUCTION_AFTER = regex.compile(r"^\\?%?\s(?:reduction|decrease|cut|saving)s?\b")
# "responses that are 28% shorter", "the average trajectory becomes 22% shorter during training"
_SUBJECT_SHORTER = regex.compile(
    r"(?:^|(?<=\b(?:the|its|their|our|producing|generating|yielding|with)\s))"
    r"(?P<o>(?:[a-z][\w\-]*\s)?[A-Za-z][a-z\-]*s?)\s(?:(?:that|which)\s)?(?:is|are|becomes?|become|gets?|get)\s"
    rf"{DEGREE_BEFORE}$"
)
_SHORTER = regex.compile(
    r"^\\?%?\s(?:shorter|smaller|fewer|less)(?!\s(?!(?:than|on|in|at|during|for|with|across|while|when|compared"
    r"|over|and|after)\b)[a-z])"
)
# "significant savings, up to 30%", "memory savings (about 40%)": the change noun, with a cost noun before it
_SAVINGS_BEFORE = regex.compile(
    r"(?<![\w\-])(?:(?P<c>[a-z][\w\-]*)\s)?(?P<o>savings?)(?:,\s|\s\()(?:of\s)?" + DEGREE_BEFORE + r"$"
)
# "a small number of transfer parameters - roughly 0.35% of those of X": the noun before the dash is what
# the share is of
_NOUN_DASH = regex.compile(
    r"(?P<o>(?:[a-z][\w\-]*\s)?[a-z][\w\-]*)\s?(?:,|\s-|\s–|\s—|\s--)\s" + DEGREE_BEFORE + r"$"
)
_OF_THOSE = regex.compile(r"^\\?%?\s?of\s(?:those|that)\sof\s")
# "search cost is only 8 epochs (30 TPU-hours), which is up to 5,000x faster": the cost the clause is about
_COST_WHICH_IS = regex.compile(
    r"(?<![\w\-])(?P<o>(?:[a-z][\w\-]*\s)?(?:cost|time|latency|runtime))\s(?:is|was)\s[^;]{1,60}?,\swhich\sis\s"
    + DEGREE_BEFORE
    + r"(?:\\textbf\{)?$"
)
_SYSTEM = regex.compile(rf"(?:^|\s){SYSTEM_WORD}$")


def cost_phrase(found: Found, text: str, s_start: int, s_end: int) -> str | None:
    """What a speed-up or reduction is of, when a fixed phrase at the number's edge says it."""
    right = text[found.end : min(s_end, found.end + 80)]
    left = text[s_start : found.start]
    if len(left) > 80:
        left = "\x00" + left[-80:]  # "^" stays the sentence start, never a cut word
    if found.kind is Kind.REDUCTION:
        m = _CHANGE_IN.match(right) or _NOUN_THEN_CHANGE.match(right)
        if m:
            return m.group("o")
        m = _FROM_COUNT_TO.match(right)
        if m and COST.fullmatch(m.group("o")):
            return m.group("o")
        m = _SUBJECT_SHARE.search(left) if _OF_OTHER.match(right) else None
        if m and COST.search(m.group("o")) and not _SYSTEM.search(m.group("o")):
            return m.group("o")
        m = _COUNT_APPOSITION.search(left) if _REDUCTION_AFTER.match(right) else None
        if m and COST.search(m.group("o")):
            return m.group("o")
        m = _SAVINGS_BEFORE.search(left)
        if m:
            cost = m.group("c") if m.group("c") and COST.fullmatch(m.group("c")) else None
            return f"{cost} {m.group('o')}" if cost else m.group("o")
        m = _SUBJECT_SHORTER.search(left) if _SHORTER.match(right) else None
        if m and not _SYSTEM.search(m.group("o")):
            return m.group("o")
    if found.kind is Kind.REDUCTION and _OF_THOSE.match(right):
        m = _NOUN_DASH.search(left)
        if m and COST.search(m.group("o")):
            return m.group("o")
    if found.kind is Kind.SPEEDUP:
        m = _COST_WHICH_IS.search(left)
        if m:
            return m.group("o")
    if _NOUN_OF.search(left):
        m = _IN_AFTER.match(right)
        if m:
            return m.group("o")
    return None
