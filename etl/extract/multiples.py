"""Multiples written as words ("twice", "double", "doubles", "triples") read from the words right after
them (fix round 8): a multiple of another system's rate or score is a gain, a metric doubled with no
article is a gain, and a cost that doubles or triples is no result (a cost growth is never a reduction).
"""

from __future__ import annotations

from typing import Literal

import regex

from etl.extract.cues import COST, DEGREE_BEFORE, LARGER_MODELS, METRIC, SPEED
from etl.records import Kind

# "81% are stable, twice the rate of the previous model", "nearly double the 14.0% of PPO": a multiple of
# the value another system reaches (after a value of this one, so the sentence already holds a level)
_RATE_OF = regex.compile(
    r"(?i)^\s(?:the|its)\s(?:[\w\-]+\s)?(?:rate|score|accuracy|performance|success|share|value|\d[\d.]*\\?%)"
    r"\s(?:of|for|achieved\sby|reached\sby)\s"
)
_VALUE_BEFORE = regex.compile(rf"\d\\?%[^.;]{{0,60}},\s{DEGREE_BEFORE}$")
# "it doubles Recall@20": the metric right after the verb, no article
_METRIC_BARE = regex.compile(rf"^\s(?:{METRIC.pattern})")
# "its accuracy on hard queries nearly doubles, from 21.4% to 40.2%": the metric is the subject
_DOUBLES_FROM = regex.compile(r"^,?\s\(?from\s[+\-]?\d")
# "triples the token cost", "doubles the memory footprint": a resource cost that grows (cues.COST, not a time:
# "doubling the time for attackers to find an example" is a gain; not an efficiency or a saving of it:
# "doubles the energy efficiency of X" is a gain)
_COST_GROWN = regex.compile(r"(?i)^\s(?:the|its|their|our)\s(?:[\w\-]+\s){0,2}?")
_RESOURCE = regex.compile(
    r"(?!(?i:time|times|durations?|latency|latencies|runtime|run-time|inference|training|decoding|generation"
    r"|data|samples|examples|labels?|annotations?|size|sizes|steps|iterations|epochs|calls|queries)\b)"
    rf"{COST.pattern}(?![\s\-](?i:efficiency|utili[sz]ation|savings?|reductions?)\b)"
)

Multiple = Literal["gain", "none"]
Compared = Literal["reduction", "none"]


def word_multiple(word: str, left: str, right: str) -> Multiple | None:
    """ "gain" for a multiple of a metric, "none" for a cost that grows, None when neither shape holds."""
    verb = word.lower().endswith("s") and word.lower() != "times"  # "doubles", "triples"
    if _RATE_OF.match(right) and _VALUE_BEFORE.search(left[-80:]):
        return "gain"
    if verb and _METRIC_BARE.match(right) and not _RESOURCE.match(right.lstrip()):
        return "gain"
    if verb and _DOUBLES_FROM.match(right) and METRIC.search(left[-60:]) is not None:
        return "gain"
    grown = _COST_GROWN.match(right)  # "triples the token cost", "with twice the parameter count"
    if grown is not None:
        head = right[grown.end() : grown.end() + 25]
        if _RESOURCE.match(head) and not SPEED.search(right[:40]) and METRIC.match(head) is None:
            return "none"
    return None


# a factor of size compared with another system (moved from single.py, fix round 8)
_LARGER = regex.compile(r"(?i)^\s*(?:larger|bigger)\b")
# "models 8x larger", "E5-Mistral-7B, which is over 20 times larger": the system the size is compared with
_MODELS_BEFORE = regex.compile(
    r"(?i)(?:\b(?:models?|LLMs?|LMs?|networks?|ones)\s(?:that\sare\s|up\sto\s)?"
    r"|[\w\-)],?\s(?:that|which)\s(?:is|are|was|were)\s)"
    rf"{DEGREE_BEFORE}$"
)
# "matches the MASE of a model 15x its size": a multiple of the system's own size
_ITS_SIZE = regex.compile(r"(?i)^\s(?:its|their|our)\s(?:own\s)?(?:size|parameter\scount)\b")
_PARITY = regex.compile(
    r"(?i)\b(?:comparabl[ey]|competitive|similar|on\spar|match\w*|rival\w*|outperform\w*|surpass\w*|better"
    r"|exceed\w*|beat(?:s|ing)?|equal\w*|as\sgood\sas|close\sto)\b"
)
_DATA_AROUND = regex.compile(r"(?i)\b(?:datasets?|benchmarks?|corpus|corpora|collections?|data)\b")


def size_compared(
    text: str, start: int, end: int, left: str, right: str, s_start: int, s_end: int
) -> Compared | None:
    """A factor of size: "competitive with 500 times larger models", "on par with models 8x larger" is the
    same quality at a fraction of the size (a reduction); any other size compared, or a benchmark "30 times
    larger than X", is no result; None when the factor is not a size compared."""
    larger = _LARGER.match(right)
    if (
        LARGER_MODELS.match(right)
        or (larger and _MODELS_BEFORE.search(left[-40:]) and not _DATA_AROUND.search(left[-60:]))
        or (_ITS_SIZE.match(right) and _MODELS_BEFORE.search(left[-40:]))
    ):
        return "reduction" if _PARITY.search(text, s_start, s_end) else "none"
    if larger and _DATA_AROUND.search(text, max(s_start, start - 100), min(s_end, end + 80)):
        return "none"  # "a benchmark 30 times larger than X": a size of data compared, no result
    return None


# "the speedup reaches up to 4.1x", "the compression ratio is 12x": a factor whose noun of change is the
# subject, the value that change reaches (the verb alone reads as a score, and a bare factor is no score)
_FACTOR_SUBJECT = regex.compile(
    r"(?i)\b(?:(?P<s>speed-?ups?|accelerations?)|(?P<r>compression(?:\sratios?)?|reductions?)|(?P<g>gains?|improvements?))"
    r"(?:\s(?:on|for|over|in|with)\s[^.;,]{0,30}?)?\s(?:(?:further\s|even\s)?(?:reach(?:es|ed)?|is|was|are|were"
    r"|(?:grows?|grew|rises?|rose|increases?|increased|amounts?)\sto))\s" + DEGREE_BEFORE + "$"
)
# "serves 2.1-3.5x more requests", "handles 3x more users than vLLM": more work served is throughput
_SERVES_END = regex.compile(
    r"(?i)\b(?:serv|handl|process|sustain)(?:es|e|ed|ing|s)?\s(?:up\sto\s|about\s|over\s)?$"
)
_MORE_WORK = regex.compile(
    r"(?i)^\s(?:more|as\smany)\s(?:[\w\-]+\s)?(?:requests|queries|users|sessions|clients|streams)\b"
)


def factor_subject(left: str, right: str) -> Kind | None:
    """The kind of a factor that a noun of change before it reaches, or of more work served."""
    m = _FACTOR_SUBJECT.search(left[-70:]) if left.endswith(" ") else None
    if m is not None:
        return Kind.SPEEDUP if m.group("s") else Kind.REDUCTION if m.group("r") else Kind.IMPROVEMENT
    if _SERVES_END.search(left[-25:]) and _MORE_WORK.match(right):
        return Kind.SPEEDUP
    return None
