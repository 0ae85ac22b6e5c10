"""The metric of a value in a change "from A to B": the quantity that changes, as the object of a verb of
change ("improves the average ROC-AUC across eight tasks from 70.4% to 74.9%", "increasing the control
rate from 3 Hz to 48 Hz") or as its subject ("latency on a Jetson Orin drops from 212 ms to 131 ms",
"the share of summaries judged faithful rises from 71.5% to 83.0%"), with the place it is measured on
left out; a system is no quantity, whether a noun ("the model improves from") or a name ("GPT-4o drops
from", "Mistral falls from"), nor is the system it is compared with ("the win rate against GPT-4"). A later pair of the same list names its own quantity ("and MRR from 35.8 to 37.4") or shares
the one before ("and on WikiSQL from 86.1% to 88.0%").

Kept apart from `metrics.py`, which asks this first for a score whose words before end in "from"; it
reads one clause back from the value (at most 160 characters), and one earlier pair for a list.
"""

from __future__ import annotations

import regex

from etl.extract.cost_metrics import OF_SYSTEM
from etl.extract.cues import COST, METRIC
from etl.extract.phrases import BASELINE_LIKE, GENERIC, clean_metric
from etl.extract.rules import load

__all__ = ["VALUE", "bare_name", "from_to_metric"]

_C = load("context")
# a value with the unit it may be written with: "70.4%", "212 ms", "3 Hz", "0.5 points" (also the list
# values of tied_metrics.py)
VALUE = (
    r"[~≈]?\s?[+\-]?\d[\d.,]*(?:\s?\\?%|\s?(?:ms|s|sec|seconds?|minutes?|min|hours?|h|Hz|kHz|dB|FPS|fps|[KMGT]B"
    r"|points?|pp|x|×)(?![\w\-]))?"
)
# the words before the value end in "from" (the first value) or "from A to" (the second)
_FROM_END = regex.compile(rf"(?<![\w\-])from\s(?:{VALUE}\s(?:to|->|→)\s)?$")
# where the clause of the change starts: after a clause mark or a conjunction
_CLAUSE_START = regex.compile(
    r"(?:[,;:]\s|\((?![^()]*\))|\b(?:and|while|whereas|but|which|where|when|whereby)\s)"
)
_VERB = regex.compile(r"(?<![\w\-])" + _C["from_to_verb"].pattern + r"(?![\w\-])")
# a pair that ends right before the clause: "from 48.9% to 53.6% and on WikiSQL from"
_PAIR_BEFORE = regex.compile(
    rf"(?<![\w\-])from\s(?P<v>{VALUE})\s(?:to|->|→)\s{VALUE}(?:,?\s(?:and|while|whereas|but)\s|[,;]\s)$"
)
# a clause with a verb of change and its object, then "and": the next clause may leave the verb out
_ELIDED = regex.compile(
    r"(?<![\w\-])" + _C["from_to_verb"].pattern + r"\s[^,;()]{1,40}?\sby\s" + VALUE + r"\sand\s$"
)
_ACRONYM_END = regex.compile(r"\([A-Z][A-Za-z\d@\-]{1,9}\)$")
_PLACE_FIRST = regex.compile(r"^(?:on|in|for|across|at|under|over)\s", regex.I)
_LAST_DETERMINER = regex.compile(r".*\b(?:the|its|their|our)\s(?=\S)", regex.I)
_POSSESSIVE = regex.compile(r"^.*?['’]s\s(?=\S)")
_BE_AFTER = regex.compile(r"(?:\s(?:is|are|was|were|has\sbeen|have\sbeen|been|also|further|consistently))+$")
# a system as the changing subject ("GPT-4o drops from", "the model improves from"): no metric
_SYSTEM = _C["from_to_not_quantity"].regex
_DATASET_LIKE = regex.compile(r"(?i)\b(?:dataset|benchmark|corpus|split|set|task)s?$|^[A-Z][\w\-]*\d[\w\-]*$")
# a name with no digit as the whole subject or object ("Mistral falls from", "improves Vicuna from"): a
# system, unless it is a metric or a cost ("Perplexity drops from", "Latency falls from")
_NAME = regex.compile(r"[A-Z][a-z][\w\-]*")
# the system a quantity is compared with: "the win rate against GPT-4", "the gap versus the teacher"
_COMPARED_WITH = regex.compile(r"\s(?:against|versus|vs\.?|over|compared\s(?:with|to))\s")


def bare_name(np: str, sentence: str) -> bool:
    """Whether a noun phrase is one capitalised word that names no metric or cost: a system ("Mistral").
    Not at the start of the sentence, where a quantity is capitalised too ("Coherence falls from")."""
    return (
        _NAME.fullmatch(np) is not None
        and not (METRIC.search(np) or COST.search(np))
        and not sentence.lstrip().startswith(np)
    )


def _quantity(np: str, sentence: str) -> str | None:
    """The quantity of a clause's noun phrase: no place, no system it is of, no possessor."""
    np = _BE_AFTER.sub("", np.strip())
    if _PLACE_FIRST.match(np):
        # "On the real-world cart-pole the balancing time": the quantity follows the place's last determiner
        last = _LAST_DETERMINER.match(np)
        if last is None or last.end() <= np.find(" ") + 1:
            return None
        np = np[last.end() :]
    np = _POSSESSIVE.sub("", np)  # "Qwen 2.5 1.5B's MMLU score"
    np = OF_SYSTEM.split(np, 1)[0]  # "the top-1 accuracy of I3D ResNet-50"
    np = _COMPARED_WITH.split(np, 1)[0]  # "the win rate against GPT-4"
    out = clean_metric(np)
    if (
        out is None
        or len(out.split()) > 6
        or BASELINE_LIKE.search(out)
        or GENERIC.fullmatch(out)
        or _SYSTEM.search(out)
        or _DATASET_LIKE.search(out)
        or bare_name(out, sentence)
    ):
        return None
    return out


def from_to_metric(text: str, s_start: int, start: int, depth: int = 0) -> str | None:
    """The quantity that changes from one value to another, for the value at `start`; None when the words
    before it do not end in "from" or name no quantity."""
    w = max(s_start, start - 160)
    end = _FROM_END.search(text, w, start)
    if end is None:
        return None
    clause_start = w
    for clause_start_m in _CLAUSE_START.finditer(text, w, end.start()):  # noqa: B007 - the last one
        clause_start = clause_start_m.end()
    clause = text[clause_start : end.start()].rstrip()
    sentence = text[s_start:start]
    # the clause's first verb of change: "reduces the distance of the enhancing tumor from" (not "enhancing")
    verb = _VERB.search(clause)
    if _ACRONYM_END.search(clause):
        # "the error in estimating effects (PEHE) from": metrics.py keeps the name with its acronym
        return None
    if verb is not None:
        obj = clause[verb.end() :].strip()
        subject = clause[: verb.start()].strip()
        if obj:
            return _quantity(obj, sentence)  # "improves the average ROC-AUC across eight tasks"
        if subject:
            return _quantity(subject, sentence)  # "latency on a Jetson Orin drops"
    elif clause.strip() and not _PLACE_FIRST.match(clause.strip()):
        # "... from 70.9 to 72.6 and MRR from": a later pair names its own quantity; so does a bracket
        # ("reduces the error rate by 52% (accuracy from 91.9% to 96.2%)")
        pair = _PAIR_BEFORE.search(text, max(s_start, clause_start - 60), clause_start)
        if pair or text.startswith("(", clause_start - 1):
            return _quantity(clause, sentence)
        # "improves PSNR by 1.8 dB and SSIM from": the verb of the clause before is left out
        elided = _ELIDED.search(text, max(s_start, clause_start - 80), clause_start)
        return _quantity(clause, sentence) if elided and len(clause.split()) <= 4 else None
    # "and on WikiSQL from", "and drops from": the pair before in the list says what changes
    pair = _PAIR_BEFORE.search(text, max(s_start, clause_start - 60), clause_start)
    if pair is None or depth > 1:
        return None
    return from_to_metric(text, s_start, pair.start("v"), depth + 1)
