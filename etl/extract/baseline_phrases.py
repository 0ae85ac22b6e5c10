"""How a compared system is written around a cue, for baselines.py: the words between a cue and the system
("than that of X", "faster than with X"), the measure a noun phrase ends in that belongs to the system
("the 70B model's quality", "the original bi-encoder performance"), a level reached with less cost ("reaches
MAPPO's final performance with 2.3x fewer steps"), the value of a compared system ("against 55% for X"), and
the cost of a system a kept share is taken of ("0.5% of the storage of X")."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from etl.extract.cues import COST, METRIC
from etl.extract.dataset_lexicon import known_dataset
from etl.extract.kinds import Found
from etl.extract.phrases import MODEL_NOUN, NAME, NAME_RE, NP_STOP, SYSTEM_HEAD, clean_np
from etl.extract.rules import load
from etl.records import Result

_C = load("context")

# a compared noun phrase may hold a number that is a modifier: "than the 1,000-step baseline", "for the
# 50-step teacher" (NP_STOP stops at any other number)
CUE_NP_STOP_PATTERN = NP_STOP.pattern.replace(
    r"\d(?![\w\-]*[A-Z])", r"\d(?![\w\-]*[A-Z]|[\d,.]*-[a-z])"
).replace("[,;", r",(?!\d{3}(?!\d))|[;", 1)
# both edits must apply: a change to NP_STOP that drops either piece would silently undo this variant
assert CUE_NP_STOP_PATTERN.count("[\\d,.]*-[a-z]") == 1 and ",(?!\\d{3}" in CUE_NP_STOP_PATTERN
CUE_NP_STOP = regex.compile(CUE_NP_STOP_PATTERN)

# what stands between "than" and the compared system: "than that of X", "than those for X", "faster than with
# X", "lower than on X", "cheaper than using X as the judge"
THAN_LEAD = _C["than_lead"].regex
# a plain word for what is measured of a system ("performance", "success", "latency"); metric names proper
# (F1, BLEU, MRR@10) are METRIC's
MEASURE_WORD = _C["measure_word"].pattern
# a measure a compared noun phrase ends in, which is the system's and not the system ("the 70B model's
# quality", "the teacher's success rates", "the original bi-encoder performance", "a ResNet-34 system of
# similar accuracy"): the system is what is left
_MEASURE_TAIL = regex.compile(
    rf"(?i)(?:'s?\s(?:[\w\-@]+\s?){{1,4}}|\s(?:{MEASURE_WORD})"
    r"|\s(?:of|with)\s(?:similar|comparable|equal|the\ssame)\s(?:[\w\-]+\s)?"
    r"(?:accuracy|size|quality|performance|capacity|budget|compute|cost|parameters?|scale|latency))$"
)
# what is left must be a system for a plain measure word to go ("the previous best result" stays)
_SYSTEM_END = regex.compile(rf"(?:\b(?:{SYSTEM_HEAD})|{NAME})$")
_MEASURE = regex.compile(rf"(?i)\b(?:{MEASURE_WORD})\b")


def owner_np(np: str) -> str | None:
    """The system of a compared noun phrase that ends in its measure ("the teacher's success rates")."""
    m = _MEASURE_TAIL.search(np)
    if m is None:
        return np
    rest, tail = np[: m.start()].strip(), np[m.start() :]
    if tail.startswith("'"):
        if not (METRIC.search(tail) or _MEASURE.search(tail)):
            return np  # "Llama's successor": not a measure
    elif not _SYSTEM_END.search(rest):
        return np  # "the previous best result", "sequence-level scores": the measure is the phrase
    return rest if len(rest) > 1 else None


# a level of another system reached or kept with a smaller cost or at a higher speed: "reaches MAPPO's final
# performance with 2.3x fewer steps", "reaches the final accuracy of random search with 5x fewer evaluations",
# "retains 95% of the full model's accuracy at 4x lower cost", "matches a dense 14B model while using 4.4x
# fewer FLOPs"; the system is the baseline of the speed-up or the cut (not of a gain)
_REACH = regex.compile(
    r"(?i)\b(?:reach|match|retain|recover|preserv|maintain|keep)(?:es|ed|ing|s|e)?\s"
    r"(?:(?:about|over|nearly|roughly|up\sto)\s)?(?:\d[\d.]*\s?%\sof\s)?(?:the\s)?"
    r"(?:(?P<owner>[^\s,;()]+(?:\s[^\s,;()]+){0,3}?)'s?\s(?:[\w\-@]+\s){0,3}?(?=(?:with|within|at|while|using|in|on)\s)"
    rf"|(?:[\w\-@]+\s){{0,3}}?(?:{MEASURE_WORD})"
    r"\sof\s(?P<of>[^,;()]{2,60}?)\s(?=(?:with|within|at|while|using|in|on)\s))"
)


# the owner of a level kept that is an output, a part of the data or a task, not a system ("the quality of
# generated images", "the performance of long-context retrieval"), or a bare plural ("of models trained on ...")
_NOT_REACHED = regex.compile(
    rf"{_C['compared_setting'].pattern}|(?i:\b(?:retrieval|re-?ranking|inference|learning|alignment|generation)$)"
    rf"|^(?i:{SYSTEM_HEAD})$"
)
# a participle after the owner that starts what it was made with ("the default mixture trained on ...")
_MADE_WITH = regex.compile(
    r"(?i)\s(?:trained|fine-tuned|tuned|learned|built|obtained|pretrained|pre-trained)$"
)


def reached_owner(np: str) -> str | None:
    """The system a level kept is of ("the quality of X"), or None when X is an output, data or a task."""
    np = _MADE_WITH.sub("", np)
    return None if not np or _NOT_REACHED.search(np) else np


def reached_levels(text: str, s_start: int, s_end: int) -> list[tuple[int, int, str]]:
    """(start, end, system) of every "reaches X's performance" of a sentence."""
    out = []
    for m in _REACH.finditer(text, s_start, s_end):
        np = m.group("owner") or m.group("of")
        np = clean_np(np) if np else None
        if np and m.group("of"):
            np = reached_owner(np)  # not "keeps the quality of generated images"
        if np and not METRIC.fullmatch(np):
            out.append((m.start(), m.end(), np))
    return out


# the value of a compared system set beside the number's own: "against 55% for a uniform curriculum",
# "compared with 47.0% and 84.1% for PGD-7 training", "versus 30.2% with standard DPO"; later items of a
# list of such values follow ("compared with 52.8% for A and 48.1% for B")
_VALUE = r"(?:only\s|just\s)?\d[\d.,]*\s?%?"
_VALUE_FOR = regex.compile(
    rf"(?i)\b(?:versus|vs\.?|compared\s(?:with|to)|against|up\sfrom|down\sfrom)\s{_VALUE}"
    rf"(?:(?:,\s|\s(?:and|or)\s){_VALUE})*\s(?:for|of|by|with)\s(?P<np>[^,;]{{2,60}})"
)
_NEXT_FOR = regex.compile(
    rf"[^,;]{{0,60}}?(?:,\s(?:and\s)?|\s(?:and|or)\s){_VALUE}\s(?:for|of|by|with)\s(?P<np>[^,;]{{2,60}})"
)


def value_for(text: str, start: int, end: int) -> regex.Match | None:
    """The last "versus 19.6 for X" (or its list's last item) between start and end; group "np" is X."""
    last = None
    for last in _VALUE_FOR.finditer(text, start, end):  # noqa: B007 - the last one
        pass
    while last is not None:
        nxt = _NEXT_FOR.match(text, last.start("np"), end)
        if nxt is None:
            break
        last = nxt
    return last


# a cue that names what a system is tested against, not a compared system: "against PGD-50 attacks"
AGAINST_THREAT = regex.compile(r"(?i)\b(?:attacks?|perturbations?|noise|adversar\w*|corruptions?|threats?)$")

# the cost of a system a kept share is taken of: "0.5% of the storage of full-history retraining", "0.2% of
# that of FedAvg", "one percent of the training data of comparable open models"
_SHARE_COST_OF = regex.compile(
    r"\s*of\s(?:the\s)?(?:that|those|(?:[\w\-]+\s){0,3}?(?P<cost>[\w\-]+))\sof\s(?P<o>(?:the\s)?[^,;.()]{2,60})"
)
# one system a share is of, up to a conjunction: "only 10% of Sepformer and the CPU time 20% of it"
_CONJ = regex.compile(r"\s(?:and|while|but|whereas|with)\s.*$")


def one_item(np: str) -> str:
    """A noun phrase up to a conjunction that starts a clause or a list item of its own."""
    return _CONJ.sub("", np)


def share_owner(text: str, end: int, s_end: int, system: regex.Pattern) -> str | None:
    """The system whose cost a kept share is a share of ("0.2% of that of FedAvg")."""
    m = _SHARE_COST_OF.match(text, end, s_end)
    if m is None or (m.group("cost") and not COST.search(m.group(0)[: m.start("o") - m.start()])):
        return None
    np = clean_np(one_item(m.group("o")))
    if (
        np
        and (system.search(np) or MODEL_NOUN.search(np) or NAME_RE.search(np))
        and not (METRIC.search(np) or known_dataset(np))
    ):
        return np
    return None


# a compared system named right after the number, which an object before "by" is not: "improves WRMSSE by 8.7%
# over DeepAR", "improves LogLoss by 0.0021 over DCN" (the object is the measure improved)
CUE_RIGHT_AFTER = regex.compile(
    r"\s*(?:[^\s,;]+\s){0,2}?(?:over|than|relative\sto|compared\s(?:to|with)|versus|vs\.?)\s"
)


_CONTINUED = _C["continued_gain"].regex


def carried_baseline(
    found: Found, text: str, s_start: int, earlier: Sequence[Result], since: int
) -> str | None:
    """The compared system of the gain a number continues ("+3.9% over GRPO. On AIME the gain grows to 6.7
    points"): the one baseline of the earlier results of its kind since `since` (none when they differ)."""
    if not _CONTINUED.search(text, max(s_start, found.start - 80), found.start):
        return None
    names = {r.baseline for r in earlier if r.span_start >= since and r.kind is found.kind}
    return names.pop() if len(names) == 1 else None


# a system improved upon, named with a modifier or a head noun the system words lack: "improving on Graph
# WaveNet by 4.3%", "improving the camera-only BEVFormer by 6.9 NDS", "improving on the text-only tagger by
# 4.2 F1" (the last word is a name or a system noun; a measure is not a system: "improving MAE by 4%")
_IMPROVED = regex.compile(
    r"\b(?i:improv\w*|boost\w*)\s(?:(?:upon|on|over)\s)?(?:the\s)?"
    rf"(?P<np>(?:[\w\-]+\s){{0,2}}?(?:{NAME}|(?i:{SYSTEM_HEAD}|{_C['subject_only_head'].pattern})))"
    r"\sby\s(?:[^\s,;]+\s?)?$"
)


_NOT_SYSTEM_WORD = regex.compile(r"(?i)\b(?:its|their|our|and|or|of|on|in|at|for|with|to)\s")


def improved_system(text: str, start: int, end: int) -> str | None:
    """The system improved upon right before "by N" ("improving on Graph WaveNet by 4.3%")."""
    m = _IMPROVED.search(text, max(start, end - 90), end)
    if m is None:
        return None
    np = m.group("np")
    if METRIC.search(np) or known_dataset(np) or _NOT_SYSTEM_WORD.search(np):
        return None
    return np


# signed gains in brackets after what they improve: "improve the performance of the backbone models, including
# the general abilities (+8.81 on C-Eval and +6.31 on CMMLU)"; the system whose performance is raised
_RAISED_OF = regex.compile(
    r"(?i)\b(?:improv|boost|enhanc|rais|increas|lift)\w*\s(?:the\s)?(?:[\w\-]+\s){0,2}?"
    r"(?:performance|accuracy|results|abilit(?:y|ies)|capabilit(?:y|ies))\sof\s(?P<np>[^,;()]{2,60}?)"
    r"(?=\s?[,;(]|\s(?:on|in|across|including)\b)"
)
_IN_BRACKET = regex.compile(r"\([^()]{0,80}$")


def bracketed_gain_owner(text: str, s_start: int, at: int) -> str | None:
    """The system a signed gain in brackets is a gain of ("... of the backbone models, ... (+8.81 on C-Eval")."""
    if not text.startswith("+", at) or not _IN_BRACKET.search(text, max(s_start, at - 80), at):
        return None
    last = None
    for last in _RAISED_OF.finditer(text, max(s_start, at - 260), at):  # noqa: B007 - the last one
        pass
    return clean_np(last.group("np")) if last else None
