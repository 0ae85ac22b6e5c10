"""What an acronym in brackets names, read from the phrase around it: a task, a field, a setting or a part of a
system ("person re-identification (ReID)", "end-to-end (E2E) speech recognition", "a Trend-Aware Loss (TAL)",
"a Bird's Eye View (BEV) detection step") is no name for the proposed system, and neither is one acronym of
several spelled out side by side ("Dynamic Depth Images (DDI), Dynamic Depth Normal Images (DDNI) and ...").
What the paper proposes outright is its system all the same: a part it introduces as the object of its proposal
("We introduce Expert Balance Loss (EBL), a new auxiliary objective"), a phrase a naming verb gives ("dubbed Token
Keep Scores (TKS)"), a task word it proposes as a method ("we propose self-guided reasoning (SGR)"); a piece
added to a system named before ("Further, we introduce a Trend-Aware Loss (TAL)") stays a part.
Used by `proposed.py` when it reads the name a paper gives its own method."""

from __future__ import annotations

import regex

from etl.extract.phrases import NAME, PROPOSAL, occurrences, word_spots
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
    r"|can|will|could|would|may|also|not|it|its|their|our|we|this|these|both|than|across|under|over|within|without"
    r"|through|between|among|against|beyond|towards?|using|per|like|after|before|during|while|where|when)$"
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


def _part_modified(text: str, end: int) -> str | None:
    """The head of the noun phrase the acronym closing at `end` (after its ")") modifies, when it is no system."""
    a = _AFTER.match(text, end - 1)
    if a is None:
        return None
    m, h = a.group("m"), a.group("h")
    if m and (_FUNCTION.match(m) or _SYSTEM_NOUN.match(m) or _VERB_FORM.search(m)):
        return None  # "(FooNet) achieves better detection": a verb, not a modifier
    if _FUNCTION.match(h) or _SYSTEM_NOUN.match(h):
        return None
    return h if _not_system(h) else None


# what the paper proposes, read up to the bracket: a proposal verb, then only the words of one noun phrase ("We
# introduce Expert Balance Loss (", "we propose self-guided reasoning (") with no preposition, verb or comma between
# (not "a strong baseline for vehicle re-identification (") and no word that makes it an extra piece ("Further, we
# introduce a Cross-View Loss (": a part added to a system named before)
_OBJECT = regex.compile(
    r"^\s(?:(?:a|an|the)\s)?(?:(?!(?:for|of|on|in|into|to|at|by|with|from|via|using|over|across|and|or|that|which"
    r"|is|are|as|where|when|while)\s)[A-Za-z][\w\-'’]*\s){0,6}\($"
)
_ADDED = regex.compile(
    r"(?i)\b(?:further(?:more)?|also|additionally|moreover|in\saddition|besides|then|second(?:ly)?|finally)\b"
)
# an appositive that calls the acronym a task after all: "embodied question answering (EQA), a new task where"
_TASK_APPOSITIVE = regex.compile(
    r"\),\s(?:a|an|the)\s(?:[\w\-]+\s){0,2}?(?:task|problem|setting|benchmark|challenge|dataset|field)s?\b"
)
# the words a naming verb gives, spelled out before their acronym: "a framework, dubbed Visual Token Scores (VTS)"
_NAMING_SPELLED = regex.compile(
    r"\b(?:called|named|dubbed|termed|coined)\s(?:as\s)?(?:[A-Za-z][\w\-'’]*\s){1,6}\($"
)
_TASK_NOUN = regex.compile(r"^(?:tasks?|problems?|settings?|scenarios?|domains?)$")


def _proposal_object(before: str) -> str:
    """The proposal verb ("propose", "introduce") whose object the bracket closing `before` opens on, in the same
    sentence and with no word marking the object as an added piece ("" when there is none): what the paper
    proposes is its system."""
    sentence = before[before.rfind(". ") + 1 :]
    verb = next(iter(reversed(list(PROPOSAL.finditer(sentence)))), None)  # the last proposal verb before it
    if (
        verb is None
        or _OBJECT.match(sentence[verb.end() :] + "(") is None
        or _ADDED.search(sentence, 0, verb.end())
    ):
        return ""
    return verb.group(0)


# what makes a proposed phrase a method even with a task's head: the verb "propose" (a task is introduced, a
# method proposed: "we propose self-guided reasoning (SGR)") or an appositive naming a system ("(SGR), a method")
_PROPOSE = regex.compile(r"(?i)propos|put\sforward")
_SYSTEM_APPOSITIVE = regex.compile(
    r"\),\s(?:a|an|the)\s(?:[\w\-]+\s){0,3}?(?i:" + _C["system_noun"].pattern + r")\b"
)


def _modifies_task(text: str, end: int) -> bool:
    """Whether the noun the acronym closing at `end` modifies is a task or a setting ("the FooNav (FN) task")."""
    a = _AFTER.match(text, end - 1)
    if a is None or (a.group("m") and _FUNCTION.match(a.group("m"))):
        return False  # "(FooNet) across domains": a preposition, not a modifier
    return any(_TASK_NOUN.match(g or "") for g in (a.group("m"), a.group("h")))


def _kept(head: str, obj: bool, own: bool) -> bool:
    """Whether a head word that names no system still leaves the acronym the system's name: the paper proposes
    the phrase outright as its method (`own`), or as its object when the head is a part ("a loss")."""
    return own or (obj and _part_only(head))


def _part_only(word: str) -> bool:
    """Whether a head word names a part and no task: a loss, a score, a view ("Expert Balance Loss"), which the
    paper's own proposal makes its system; a task it proposes stays a task ("we introduce video question
    answering (VQA)")."""
    return _PART_HEAD.match(word) is not None and _TASK_HEAD.match(word) is None


def _not_system(word: str) -> bool:
    """Whether a head word names a task, a field, a setting (in lower case) or a part (in any case)."""
    return _TASK_HEAD.match(word) is not None or _PART_HEAD.match(word) is not None


def acronym_names_part(text: str, start: int, end: int, abstract: str = "", lead: str = "") -> bool:
    """Whether the acronym in brackets at text[start:end] ("(ReID)") names a task, a field, a setting or a part,
    or is one of several acronyms spelled out side by side, rather than a system; never when the abstract
    (`abstract`, else `text`) calls it the proposed one ("the proposed SB-NMT model"). `lead` is what comes
    before `text` in its sentence when `text` is the rest of a sentence after a proposal verb."""
    if _named_as_proposed(text[start + 1 : end - 1], abstract or text):
        return False
    verb = _proposal_object(lead + text[:start])
    named = _NAMING_SPELLED.search(text, max(0, start - 90), start + 1) is not None
    obj = bool(verb or named) and not _TASK_APPOSITIVE.match(text, end - 1)
    # a proposed task word names the system only when proposed as a method ("we propose self-guided reasoning")
    own = obj and (
        named or _PROPOSE.search(verb) is not None or _SYSTEM_APPOSITIVE.match(text, end - 1) is not None
    )
    w = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if (
        w
        and _not_system(w.group("w"))
        and not _modifies_system(text, end)
        and not _kept(w.group("w"), obj, own)
    ):
        return True
    h = _part_modified(text, end)
    if _modifies_task(text, end) or (h and not _kept(h, obj, own)):
        return True  # "the Long-Horizon Navigation (LHN) task for agents" stays a task
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
