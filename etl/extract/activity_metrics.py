"""The metric of a time or a speed-up whose clause subject is an activity, and of a share of trials or
matches that a verb says the outcome of: "Reconstruction takes 0.12 seconds per scene, which is roughly
400x faster" (both "Reconstruction"), "Training SessFormer is 2.2x faster" ("Training"), "its encoder runs
2.4x faster" ("encoder"), "is preferred by humans in 46.6% of the cases" ("preferred by humans"), "the
robot won 45% (13/29)" ("won").

Kept apart from `unit_metrics.py` and `cost_metrics.py`, which call these first: each shape here reads
the clause subject or the verb before the value in a bounded window, and returns None when it does not
apply so the caller goes on with its other readings.
"""

from __future__ import annotations

import regex

from etl.extract.cues import DEGREE_BEFORE, SYSTEM_WORD
from etl.extract.rules import load

__all__ = [
    "activity_after_time",
    "activity_faster",
    "activity_frame",
    "activity_time",
    "outcome_metric",
]

_C = load("context")
_HEAD = _C["activity_head"].regex
_OUTCOME = _C["outcome_verb"].pattern
# where a clause subject starts: the sentence start, a clause break, or a coordinating word
_START = r"(?:^|(?<=[,;:]\s)|(?<=\b(?:and|while|but|whereas|where)\s))"
_DET = r"(?:(?i:the|its|their|our|actual|overall|full)\s)?(?!(?i:and|while|but|whereas|where|the|its|their|our)\s)"
# a clause subject of up to eight words, then a verb of taking time and the value: "Inference on a 512 x 512
# volume takes 1.8 seconds", "Training takes under 30 minutes"
_TAKES = regex.compile(
    rf"{_START}{_DET}(?P<s>[A-Za-z][\w\-]*(?:\s[^\s,;]+){{0,9}}?)\s"
    rf"(?:takes|took|requires|required|needs|needed|lasts|lasted)\s{DEGREE_BEFORE}$"
)
# the same subject with "is"/"runs" before a factor of speed: "Training SessFormer is 2.2x faster",
# "end-to-end synthesis runs 212 times faster"
_IS_FASTER = regex.compile(
    rf"{_START}(?P<d>{_DET})(?P<s>[A-Za-z][\w\-]*(?:\s[^\s,;]+){{0,6}}?)\s"
    rf"(?:is|are|was|were|runs?|ran|becomes?|became|converges?|converged|finishes|finished|completes|completed)\s"
    rf"(?:also\s|now\s)?{DEGREE_BEFORE}$"
)
# the same subject running at a rate, then the factor in an apposition: "inference runs at 31 FPS on one V100
# GPU, 1.7x faster than DINO"
_RUNS_AT = regex.compile(
    rf"{_START}(?P<d>{_DET})(?P<s>[A-Za-z][\w\-]*(?:\s[^\s,;]+){{0,6}}?)\s(?:runs?|ran|operates?)\sat\s{DEGREE_BEFORE}"
    rf"\d[\d.,]*\s?[A-Za-z/]+(?:\s(?:on|with|per)\s[^,;()]{{1,40}}?)?,\s(?:i\.e\.,?\s|which\sis\s)?{DEGREE_BEFORE}$"
)
# an activity made faster by the subject: "Sampling with 50 steps makes imputation 20 times faster"
_MAKES_FASTER = regex.compile(
    rf"\bmak(?:es|e|ing)\s(?:the\s|its\s|their\s)?(?P<s>[a-z][\w\-]*(?:\s[a-z][\w\-]*)??)\s{DEGREE_BEFORE}$"
)
# a time taken, then the factor in an apposition of the same clause: "takes 14 minutes on one GPU, about 8x",
# "takes 0.12 seconds per scene, which is roughly 400x"
_TIME_THEN = regex.compile(
    r"\d\s?(?:ms|milliseconds?|seconds?|secs?|s|minutes?|mins?|hours?|h|days?)(?:\s(?:per|on|for|with)\s[^,;()]{1,30})?"
    rf",\s(?:which\sis\s|i\.e\.,?\s)?(?:an?\s)?{DEGREE_BEFORE}(?:an?\s)?$"
)
# a verb that cuts a time and its object, from one time to another: "reduces generation time for a clip from 31
# minutes to 52 seconds"
_CUT_FROM_TO = regex.compile(
    r"\b(?:reduc|cut|lower|shorten|decreas|bring|brought|accelerat)\w*\s(?:the\s|its\s|their\s)?"
    r"(?P<o>[a-z][\w\-]*(?:\s[a-z][\w\-]*)?\stime)\s(?:for\s[^,;()]{1,40}?\s)?from\s[\d.,]+\s?[a-z]*\sto\s$"
)
# a sentence that opens with the activity it is about: "For BERT pre-training, it ... achieves a 3.8x speedup"
_FRAME = regex.compile(
    r"(?:For|During)\s(?:the\s)?(?!(?:example|instance|comparison|reference|this|that|these|both|all|each)\b)"
    r"(?P<s>[^,;]{2,40}),\s"
)
# words that end the activity's own phrase: a preposition or a verb ("Inference on a volume" -> "Inference")
_PHRASE_END = regex.compile(
    r"\s(?:on|in|at|with|for|using|per|over|from|of|by|under|across|than|via|through|into|is|are|was|were|takes"
    r"|took|requires|runs?)\b"
)
_SYSTEM = regex.compile(rf"^{SYSTEM_WORD}$")
_COMPONENT = regex.compile(r"(?i)^(?:its|their|the)\s$")


def _activity(subject: str, det: str = "") -> str | None:
    """The activity a clause subject names, as written up to its first preposition ("Quantizing a 70B
    model", "Inference", "end-to-end synthesis"), or None when its head is no activity; a one-word
    component of the system ("its encoder") counts as what runs."""
    words = subject.split()
    head = next((i for i, w in enumerate(words[:2]) if _HEAD.fullmatch(w)), None)
    if head is not None and _SYSTEM.fullmatch(words[head]):
        return None  # "Our implementation runs 3x faster": the system, not an activity
    if head is None:
        cut = _PHRASE_END.search(subject)
        own = subject[: cut.start()].split() if cut else words
        if _COMPONENT.fullmatch(det) and len(own) == 1 and own[0].islower() and not _SYSTEM.fullmatch(own[0]):
            return own[0]  # "its encoder runs 2.4x faster", "its prefill on a phone NPU is 2.2x faster"
        return None
    if head == 1 and not words[0][0].isalpha():
        return None
    cut = _PHRASE_END.search(subject)
    phrase = subject[: cut.start()] if cut else subject
    if (
        len(phrase.split()) > 4
        or regex.search(r"[A-Z]", phrase[1:])
        and head == 0
        and not phrase.endswith("ing")
    ):
        phrase = " ".join(words[: head + 1])  # the head alone: no name or long object in the metric
    if _system_named(phrase.split(), head):
        return None  # "Our parsing network takes 12 ms", "The detection model is 3x faster": the system
    return phrase


_DETERMINER = regex.compile(r"(?i)^(?:a|an|the|its|their|our|this|these|those|each|every|all|one)$")
_PRONOUN = regex.compile(r"(?i)^(?:it|this|they|ours)$")


def _system_named(words: list[str], head: int) -> bool:
    """The phrase names a system with the activity as its modifier ("parsing network", "image generation
    models"), not an activity with its object ("Training the model", "Fine-tuning models")."""
    last, between = words[-1], words[head + 1 : -1]
    if len(words) <= head + 1 or not _SYSTEM.fullmatch(last) or _PRONOUN.fullmatch(last):
        return False
    if any(_DETERMINER.fullmatch(w) for w in between):
        return False
    return not words[head].lower().endswith("ing") or not last.lower().endswith("s")


def _search(pattern: regex.Pattern, text: str, s_start: int, start: int, width: int) -> regex.Match | None:
    """`pattern` over the last `width` characters before `start`, where "^" is the sentence start."""
    left = text[s_start:start]
    return pattern.search(left, max(0, len(left) - width))


def activity_time(text: str, s_start: int, start: int) -> str | None:
    """What takes the time written at `start`, when the clause subject is an activity."""
    m = _search(_TAKES, text, s_start, start, 90)
    return _activity(m.group("s")) if m else None


def activity_after_time(text: str, s_start: int, start: int) -> str | None:
    """A speed-up written in an apposition to a time an activity takes: "Quantizing a 70B model takes 14
    minutes on one GPU, about 8x faster than GPTQ" -> "Quantizing a 70B model"."""
    t = _TIME_THEN.search(text, max(s_start, start - 70), start)
    if t is None:
        return None
    value = _value_start(text, t.start())
    m = _search(_CUT_FROM_TO, text, s_start, value, 100)
    return m.group("o") if m else activity_time(text, s_start, value)


def activity_frame(text: str, s_start: int) -> str | None:
    """The activity a sentence opens with ("For BERT pre-training, ..."), which its speed-ups are of; the
    activity ends the frame's phrase ("For longer generation lengths", "For sequence lengths above 32K": a
    setting, no activity)."""
    m = _FRAME.match(text, s_start)
    activity = _activity(m.group("s")) if m else None
    return activity if activity and _HEAD.fullmatch(activity.split()[-1]) else None


def _value_start(text: str, i: int) -> int:
    """Where the number ending at `i` starts (its first digit)."""
    while i > 0 and (text[i - 1].isdigit() or text[i - 1] in ".,"):
        i -= 1
    return i


# a gerund and its object right before the factor, opening a clause: "while synthesizing mel-spectrograms up
# to 38x faster"; not a verb that says no process ("being", "running")
_GERUND_BEFORE = regex.compile(
    r"(?:^|(?<=[,;]\s)|(?<=\b(?:while|and|by|when|thus|hence)\s))"
    r"(?P<s>(?!(?:being|running|operating|performing|working|getting|becoming|remaining|making|staying|achieving"
    r"|keeping|offering|providing|delivering|yielding|reaching|giving)\s)[a-z]{3,}ing"
    r"(?:\s(?!(?:is|are|was|were|than|at|in|on|for|with|by)\b)[a-z][\w\-]*){0,2})\s"
    rf"{DEGREE_BEFORE}$"
)

_NOUN_AFTER_FASTER = regex.compile(
    r"\S*\s?(?:x|×|times|-?fold)?\s(?:faster|quicker)\s(?!(?:than|at|in|on|for|with|while|and|or|when|compared"
    r"|to|by|during|across|under|over|without|relative|thanks|because|as)\b)[a-z]"
)


def activity_faster(text: str, s_start: int, start: int, gerund: bool = True) -> str | None:
    """What is faster, when the clause subject right before "is/runs <factor> faster" is an activity
    ("Actual inference on an ARM CPU is 1.7x faster") or a component ("its encoder runs 2.4x faster"),
    or a clause opens with a gerund and its object right before it ("while synthesizing mel-spectrograms
    up to 38x faster")."""
    m = _search(_IS_FASTER, text, s_start, start, 80) or _search(_RUNS_AT, text, s_start, start, 120)
    activity = _activity(m.group("s"), m.group("d")) if m else None
    if activity or not gerund:
        return activity
    m = _search(_MAKES_FASTER, text, s_start, start, 60)
    made = _activity(m.group("s")) if m else None
    if made:
        return made
    if _NOUN_AFTER_FASTER.match(text, start):
        return None  # "achieving 2x faster training": the noun after "faster" is what is faster
    m = _search(_GERUND_BEFORE, text, s_start, start, 60)
    return m.group("s") if m else None


# the outcome verb of a share in its clause, with "by <agent>" or a comparative after it: "is preferred by
# humans in", "were judged more realistic than those from the baseline", "won", "succeeds in about"
_OUTCOME_BEFORE = regex.compile(
    rf"(?<![\w\-])(?P<v>{_OUTCOME}(?:\sby\s(?:the\s)?(?:[a-z]+\s)?[a-z]+s(?=\s))?(?:\s(?:more|less)\s[a-z]+)?)"
    rf"(?:\s(?:(?!{_OUTCOME}\b)[^,;:]){{0,50}}?)?\s(?:in\s)?(?:about\s|around\s|nearly\s|over\s|only\s|roughly\s|almost\s)?$"
)
# a subordinate clause open before the verb ("When grasping fails our ..."): words after its verb are another clause
_SUBORDINATE = regex.compile(
    r"(?i)\b(?:when|whenever|where|wherever|if|unless|until|once|although|though|because|since|after|before"
    r"|whereas)\s[^,;:]*$"
)
_WORD_AFTER_VERB = regex.compile(r"\s(?!(?:in|about|around|nearly|over|only|roughly|almost)\b)\w")
# how often: "of the time", "of the cases", "of trials", "of pairwise comparisons", "matches", a count in brackets
_HOW_OFTEN = regex.compile(
    r"\s?(?:of\s(?:the\s|all\s|its\s|their\s)?(?:[a-z\-]+\s)?(?:time|cases|trials|comparisons|matches|games|rounds|pairs)\b"
    r"|(?:matches|games)\b|\(\d+/\d+\))"
)


# a share, then a passive verb of judgement and what was judged: "73% of its reports were rated clinically
# acceptable", "of which 49% are predicted stable"
_JUDGED_AFTER = regex.compile(
    r"\s?(?:of\s[^,;.()\d]{1,40}?\s)?(?:are|were|is|was)\s(?:also\s|then\s)?"
    r"(?P<v>(?:judged|rated|predicted|considered|deemed|labell?ed|classified|perceived|marked)\s(?:as\s)?"
    r"(?:(?:more|less|highly|very|clinically|fully)\s)?[a-z][\w\-]*)"
)


def outcome_metric(text: str, s_start: int, start: int, end: int) -> str | None:
    """The verb that says what happens in a share of trials or matches: "the robot won 45% (13/29)" ->
    "won", "is preferred by humans in 46.6% of the cases" -> "preferred by humans", "73% of its reports
    were rated clinically acceptable" -> "rated clinically acceptable"; not a share of a whole that names
    the items ("rejects 64% of malicious requests": the whole is the metric there)."""
    judged = _JUDGED_AFTER.match(text, end, min(len(text), end + 80))
    if judged:
        return judged.group("v")
    if not _HOW_OFTEN.match(text, end):
        return None
    m = _OUTCOME_BEFORE.search(text, max(s_start, start - 80), start)
    if (
        m
        and _WORD_AFTER_VERB.search(text, m.end("v"), m.end())
        and _SUBORDINATE.search(text, max(s_start, m.start() - 60), m.start())
    ):
        m = None  # "When grasping fails our controller recovers in 73%": the verb of another clause
    if m:
        aspect = _ASPECT.search(text, m.end("v"), start)
        return (
            aspect.group("f") if aspect else m.group("v")
        )  # "preferred X for motion quality 64% of the time"
    if not _OF_CASES.match(text, end):
        return None
    verb = None
    for verb in _VERB_IN.finditer(text, max(s_start, start - 60), start, overlapped=True):  # noqa: B007 - the last
        pass
    return verb.group("v") if verb else None


# the quality a preference is on: "raters preferred X for motion quality 64.5% of the time"
_ASPECT = regex.compile(
    r"\bfor\s(?:its\s|their\s|the\s)?(?P<f>(?:[a-z][\w\-]*\s)?(?:quality|realism|naturalness|coherence|relevance"
    r"|fluency|consistency|helpfulness|faithfulness|clarity|accuracy))\b"
)
# how often a clause's verb holds: "in 81% of cases", "23% of the time", "in 90% of trials"
_OF_CASES = regex.compile(r"\s?of\s(?:the\s|all\s)?(?:time|cases|trials|instances|runs)\b")
# a verb with up to three words of object right before "in" and the share, after its subject: "GPT-4o follows
# the system prompt in", "flips the verdict in"; not a noun after a determiner ("the instructions in")
_VERB_IN = regex.compile(
    r"(?<=[\w),\-]\s)(?<!\b(?:the|a|an|its|their|our|of|for|with|to|and|or|in|on|by)\s)"
    r"(?P<v>(?!(?:is|was|has|does|this|thus|as|us|plus|less|across|towards|results|always|was|also)\s)[a-z]{3,}(?<!ss)(?:s|ed)"
    r"(?:\s(?!(?:in|on)\s)[a-z][\w\-]*){0,3}?)\s(?:in|on)\s"
    r"(?:only\s|about\s|around\s|over\s|nearly\s|roughly\s|just\s|almost\s)?$"
)
