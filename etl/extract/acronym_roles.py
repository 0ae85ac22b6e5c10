"""What an acronym in brackets names, read from the phrase around it: a task, a field, a setting or a part of a
system ("person re-identification (ReID)", "end-to-end (E2E) speech recognition", "a Trend-Aware Loss (TAL)",
"a Bird's Eye View (BEV) detection step") is no name for the proposed system, and neither is one acronym of
several spelled out side by side ("Dynamic Depth Images (DDI), Dynamic Depth Normal Images (DDNI) and ...").
Used by `proposed.py` when it reads the name a paper gives its own method."""

from __future__ import annotations

import regex

from etl.extract.phrases import NAME, occurrences, word_spots
from etl.extract.rules import load

__all__ = ["acronym_names_part", "defined_as_part"]

_C = load("context")
_TASK_HEAD, _PART_HEAD = _C["acronym_task_head"].regex, _C["acronym_part_head"].regex
_SYSTEM_NOUN = regex.compile(r"(?i:^" + _C["system_noun"].pattern + r"$)")
# the word right before the bracket: the head of the phrase the acronym spells out ("Bird's Eye View (BEV)")
_WORD_BEFORE = regex.compile(r"(?P<w>[A-Za-z][\w\-]*)\s?$")
# the noun phrase the acronym modifies: at most one modifier (not a verb's "-s"/"-ed" form, not a function word),
# then its head ("(E2E) speech recognition", "(VLN) tasks", "(BEV) detection step"); a system noun after it
# makes the acronym the system's own name ("a Dual-Flow Perception (DFP) module")
_FUNCTION = regex.compile(
    r"^(?:a|an|the|that|which|who|to|for|of|on|in|at|by|with|from|into|via|and|or|but|as|is|are|was|were|be|has|have"
    r"|can|will|could|would|may|also|not|it|its|their|our|we|this|these|both|than)$"
)
_VERB_FORM = regex.compile(r"(?:[^s]s|ed)$")  # "achieves", "improved": a verb, not a modifier
_AFTER = regex.compile(r"\)\s(?:(?P<m>[a-z][\w\-]*)\s)?(?P<h>[a-z][\w\-]*)(?=[\s,.;:)]|$)")
# several acronyms spelled out side by side: "A B (AB), C D (CD) and E F (EF)", "spatial-form representation (SFR)
# and differentiable decoder (DD)"; the words between spell a name out, so no pronoun, article or preposition
# ("(FooNet) and evaluate it on Common Objects (CO)" is no list)
_LISTED = regex.compile(
    rf"\((?:{NAME})\)(?:,\s(?:and\s|or\s)?|,?\s(?:and|or)\s)(?:(?:a|an|the)\s)?"
    r"(?:(?!(?:it|its|they|we|our|the|a|an|on|in|to|of|for|with|by|from|is|are|was|were|that|which)\s)[A-Za-z][\w\-'’]*\s){1,6}"
    rf"\((?:{NAME})\)"
)


def _modifies_part(text: str, end: int) -> bool:
    """Whether the acronym closing at `end` (after its ")") modifies a noun phrase whose head is no system."""
    a = _AFTER.match(text, end - 1)
    if a is None:
        return False
    m, h = a.group("m"), a.group("h")
    if m and (_FUNCTION.match(m) or _SYSTEM_NOUN.match(m) or _VERB_FORM.search(m)):
        return False  # "(FooNet) achieves better detection": a verb, not a modifier
    if _FUNCTION.match(h) or _SYSTEM_NOUN.match(h):
        return False
    return _not_system(h)


def _not_system(word: str) -> bool:
    """Whether a head word names a task, a field, a setting (in lower case) or a part (in any case)."""
    return _TASK_HEAD.match(word) is not None or _PART_HEAD.match(word) is not None


def acronym_names_part(text: str, start: int, end: int, abstract: str = "") -> bool:
    """Whether the acronym in brackets at text[start:end] ("(ReID)") names a task, a field, a setting or a part,
    or is one of several acronyms spelled out side by side, rather than a system; never when the abstract
    (`abstract`, else `text`) calls it the proposed one ("the proposed SB-NMT model")."""
    if _named_as_proposed(text[start + 1 : end - 1], abstract or text):
        return False
    w = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if w and _not_system(w.group("w")) and not _modifies_system(text, end):
        return True
    if _modifies_part(text, end):
        return True
    for m in _LISTED.finditer(text, max(0, start - 120), min(len(text), end + 120), overlapped=True):
        if m.start() == start or m.end() == end:
            return True
    return False


# "the proposed SB-NMT model", "a model called FooRec": the acronym written as the paper's own system (not "the
# proposed BEV locations", a participle on another noun)
_NAMING_BEFORE = regex.compile(r"\b(?:(?P<p>proposed)|called|named|dubbed|termed)\s(?:\\\w+\{)?$")
_SYSTEM_AFTER = regex.compile(r"\}?(?:\s(?i:" + _C["system_noun"].pattern + r")\b|[,.;:)]|$)")


def _named_as_proposed(name: str, abstract: str) -> bool:
    """Whether the abstract writes `name` as its own system: "the proposed SB-NMT model", "called SB-NMT"."""
    for i in word_spots(name, abstract):
        n = _NAMING_BEFORE.search(abstract, max(0, i - 20), i)
        if n and (not n.group("p") or _SYSTEM_AFTER.match(abstract, i + len(name))):
            return True
    return False


def _modifies_system(text: str, end: int) -> bool:
    """Whether a system noun follows the acronym closing at `end`: "a dense view (DV) encoder" is an encoder."""
    a = _AFTER.match(text, end - 1)
    return a is not None and any(_SYSTEM_NOUN.match(g or "") for g in (a.group("m"), a.group("h")))


def defined_as_part(name: str, abstract: str) -> bool:
    """Whether the abstract first spells the acronym `name` out as a task, a field, a setting or a part
    ("... Bird's Eye View (BEV) detection step" makes "the proposed BEV locations" no system)."""
    spots = occurrences(f"({name})", abstract)
    return bool(spots) and acronym_names_part(abstract, spots[0], spots[0] + len(name) + 2, abstract)
