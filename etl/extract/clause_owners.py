"""Owners a clause gives a number apart from the sentence's main subject: a number inside a subordinate clause
opened by "while/whereas/although" belongs to that clause's subject ("while previous methods fail on folded
structures (maximum accuracy 10.4%), FooDock keeps 21.7%"), and a motivating experiment run before the method is
built ("Our initial experiments show that simply pooling tokens loses 3%") reports no result of the method."""

from __future__ import annotations

import regex

from etl.extract.cues import METRIC
from etl.extract.name_words import OURS, starts_word
from etl.extract.phrases import NAME, SYSTEM_HEAD
from etl.extract.rules import load

__all__ = ["compared_before", "preliminary_finding", "relative_antecedent", "subordinate_subject"]

_SYSTEM_NOUN = load("context")["system_noun"].pattern
# "while previous methods are not able to dock (maximum accuracy ": the clause opens before the number and no comma
# or semicolon closes it (a bracket may hold the number); its subject is a system noun phrase (maybe with its
# bracketed short form) or a name
_SUBORDINATE = regex.compile(
    r"\b(?:[Ww]hile|[Ww]hereas|[Aa]lthough|[Tt]hough)\s"
    r"(?P<np>(?:(?:the|a|an|most|many|other|all)\s)?(?:(?!(?:is|are|was|were|can|do|does|fail\w*|only)\b)[\w\-]+\s){0,3}?"
    rf"(?i:{SYSTEM_HEAD}|{_SYSTEM_NOUN})|(?:the\s)?{NAME}(?=\s(?:[a-z]+(?:[^s\s]s|ed)|is|was|has|had|can|could|does|did)\s))"
    # the noun phrase's bracketed short form: "Although large language models (LLMs) achieve over 90%"
    r"(?:\s\([A-Z][\w\-]*\))?"
    r"\s(?:[a-z][\w\-]*\s){1,12}?[^,;:]*$"
)
# "Our initial experiments show that", "A preliminary study reveals", "pilot experiments indicate": an experiment
# run to motivate the method, whose numbers are not the method's
_PRELIMINARY = regex.compile(
    r"(?i)\b(?:initial|preliminary|pilot|motivating|exploratory)\s(?:experiments?|stud(?:y|ies)|analys[ie]s|investigations?"
    r"|observations?|results?|findings?|evaluations?)\s(?:\w+\s)?(?:show|reveal|find|found|suggest|indicate|demonstrate|confirm)"
)


# a bare "the model", "this agent": with no modifier to set it apart, the system the abstract is about
_BARE_OWN = regex.compile(rf"(?i:the|this)\s(?!(?i:{_SYSTEM_NOUN})s\b)(?i:{_SYSTEM_NOUN})$")


def subordinate_subject(left: str) -> str | None:
    """The subject of the "while/whereas/although" clause the number (at the end of `left`) is written in, when
    it is a system ("previous methods", "FooNet"); "" when it is the paper's own ("while our method ...")."""
    if not any(w in left for w in ("hile", "hereas", "hough")):
        return None  # no "while/whereas/(al)though": the pattern need not scan
    m = _SUBORDINATE.search(left)
    if m is None:
        return None
    np = m.group("np")
    if METRIC.fullmatch(np.removeprefix("the ")):
        return None  # "while PSNR drops by only 0.12 dB": a measure, not a system
    return "" if OURS.match(np) or _BARE_OWN.match(np) else np


# the finding is about the paper's own system after all: "Preliminary results show that our approach improves"
_OWN_FINDING = regex.compile(
    rf"\b(?:(?i:our|this)\s(?:[\w\-]+\s)?|(?i:the)\s(?:(?:proposed|presented|new)\s)?)(?i:{_SYSTEM_NOUN})\b"
)


def preliminary_finding(sentence: str, method: str) -> bool:
    """Whether the sentence reports a motivating experiment run before the method ("Our initial experiments show
    that ..."), whose numbers are no result of the proposed system; not when what it found is about the method
    by name or as "our approach" / "the method" ("Preliminary results show that FooNet improves ...")."""
    p = _PRELIMINARY.search(sentence)
    if p is None:
        return False
    finding = sentence[p.end() :]
    return not (starts_word(method, finding) or _OWN_FINDING.search(finding))


# "a detection metric, Efficient EigenScore (EES), which approximates X in 2x speed": a name set off by commas, then
# a relative clause the number is in (no comma or semicolon closes it)
_RELATIVE = regex.compile(
    r",\s(?P<n>(?:[A-Z][\w\-]*\s){1,4}\((?:" + NAME + r")\)|" + NAME + r"),\s(?:which|that)\s[^,;:]*$"
)


def relative_antecedent(left: str) -> str | None:
    """The name a relative clause holding the number (at the end of `left`) is about: "..., Efficient EigenScore
    (EES), which approximates X in 2x speed" gives "Efficient EigenScore (EES)"."""
    if "which " not in left and "that " not in left:
        return None
    m = _RELATIVE.search(left)
    return m.group("n") if m and not METRIC.fullmatch(m.group("n")) else None


# a system the sentence before compares with, which a bare "The model" may point back to: "We compare it with
# Whisper-large. The model is trained on 680,000 hours"
_COMPARED_NAME = regex.compile(
    rf"\b(?:compar\w+|against|than|versus|vs\.?)\s(?:(?:it|them|ours?)\s(?:with|to|against)\s)?(?:the\s)?(?P<n>{NAME}|[A-Z][a-z]+(?:-[\w]+)*)\b"
)


def compared_before(text: str, s_start: int, method: str) -> bool:
    """Whether the sentence before names another system it compares with (and not the paper's own)."""
    before = text[max(0, s_start - 300) : s_start]
    before = before[before.rfind(". ", 0, len(before) - 2) + 1 :]
    return method not in before and any(m.group("n") != method for m in _COMPARED_NAME.finditer(before))
