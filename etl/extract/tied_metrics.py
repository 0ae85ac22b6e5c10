"""The metric of a change tied to the value right before it: an appositive ("from 98 ms to 55 ms, a 1.8x
speedup", "a model size of 19 KB, a 29x reduction", "95.1% accuracy, 1.9% below its full-precision
counterpart"), a relative clause ("an average of 78.6, which is 1.9 points above X") or a participle of
comparison ("Recall@10 of 42.7% and 36.1%, outperforming the previous best by 5.8% and 4.0%"): the change
is in what that value measures. A count of a noun that is no metric ("with 300 labeled images, 10x fewer
than X") is a cut of that noun, never of a score elsewhere in the sentence; a score is never what is
"fewer" or sped up.

Kept apart from `metrics.py`, which asks this first for a gain, a speedup or a reduction whose own words
name no metric; it reads at most 160 characters back, and asks `metrics.py` (through `resolve`) for the
metric of the one value before.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from etl.extract.cues import COST, METRIC
from etl.extract.from_to_metrics import VALUE
from etl.extract.kinds import Found
from etl.extract.paired_metrics import paired_metric
from etl.extract.phrases import GENERIC, clean_metric
from etl.records import Kind, Qualifier, Unit

__all__ = ["again_by_metric", "compared_metric", "tied_metric"]

# the value before, its unit or metric word, an optional place, and the words that tie the change to it
_TIED = regex.compile(
    r"(?<![\w.\-])(?P<v>\d[\d.,]*)(?![\d.,]?\d)(?P<u>\s?(?:\\?%|[A-Za-z][\w\-@$^]*))?(?P<w>(?:\s[A-Za-z][\w\-@]*){0,2}?)"
    r"(?:\s(?:on|in|for|at|over)\s[^,;()\d]{1,40}?)?,\s"
    r"(?P<link>(?:which|that)\s(?:is|was|are|were)\s(?:about\s|roughly\s|only\s|just\s)?"
    r"|(?:a|an)\s(?:relative\s|absolute\s)?(?P<of>(?:improvement|gain|increase|reduction|decrease|speed-?up)\sof\s)?"
    r"|i\.e\.,?\s"
    r"|(?P<by>(?:outperforming|improving\s(?:on|upon|over)|surpassing|beating|exceeding|leading)\s[^,;()\d]{1,40}?"
    r"\sby\s(?:up\sto\s)?)"
    r"|)"
    rf"(?P<list>(?:{VALUE}(?:,\s(?:and\s)?|\sand\s))*)$"
)
# the change named after the number as a noun with no object: "a 1.8x speedup", "a 29x reduction."
_NOUN_AFTER = regex.compile(
    r"\s?(?:x|×|\$\\times\$|times|-?fold|\\?%)?\s?(?:relative\s|absolute\s)?"
    r"(?:speed-?ups?|reductions?|improvements?|gains?|increases?|decreases?|drops?|compression)(?![\w\-])"
    r"(?!\s(?:in|of)\s)"
)
# a comparison after the number: "1.9 points above X", "12% lower than X"
_COMPARED_AFTER = regex.compile(
    r"\s?(?:\\?%|points?|pp|percentage\spoints|x|×|\$\\times\$|times)?\s(?:absolute\s|relative\s)?"
    r"(?P<c>above|below|higher|lower|better|worse|ahead|behind|smaller|fewer|less|faster)(?![\w\-])"
    r"(?:\s(?:than|of)\b|[,.;]|$)"
)
# a physical unit on the value before: only a cut or a speedup of it is tied to it ("within 320 KB of peak
# memory, 3.4% higher than X" is not)
_PHYSICAL = regex.compile(r"\s?(?:[KMGT]B|ms|s|seconds?|minutes?|hours?|Hz|GFLOPs|FLOPs|MACs|W|J|mm|cm)$")
_RESPECTIVELY = regex.compile(
    rf"(?:\s?\\?%|\s?points?|\s?pp)?(?:(?:,\s(?:and\s)?|\sand\s){VALUE})*,?\s(?:\w+\s){{0,2}}respectively"
)
_WITH_UNIT = regex.compile(VALUE)
_COUNT_SUFFIX = regex.compile(r"[KMBT]|k|million|billion|thousand")
# a word after the value that is no noun of what is counted: "78.6 on average", "12 of them"
_NOT_COUNTED = regex.compile(
    r"(?i)(?:on|in|for|at|over|of|to|and|or|with|per|than|from|by|the|a|an|is|are|was|were|times|x|fold)"
)
_CLAUSE_END = regex.compile(r"[,;]|\.(?:\s|$)|\s(?:while|whereas|but)\s")


def tied_metric(
    found: Found, text: str, s_start: int, s_end: int, resolve: Callable[[Found], str | None]
) -> str | None:
    """The metric of the value a gain, speedup or reduction is tied to, or None."""
    if found.kind not in (Kind.IMPROVEMENT, Kind.SPEEDUP, Kind.REDUCTION):
        return None
    m = _TIED.search(text, max(s_start, found.start - 160), found.start)
    if m is None:
        return None
    noun = _NOUN_AFTER.match(text, found.end, s_end)
    compared = _COMPARED_AFTER.match(text, found.end, s_end)
    if not (m.group("by") or m.group("of") or noun or compared):
        return None
    if compared and compared.group("c") == "faster":
        return None  # "Rendering runs at 310 FPS, 1.9x faster": what runs (activity_metrics.py), not the rate
    stop = _CLAUSE_END.search(text, found.end, s_end)
    if METRIC.search(text, found.end, stop.start() if stop else s_end):
        return None  # "by 5.2% mAP", "a 2% gain in accuracy": the change names its own
    unit = m.group("u") or ""
    if _PHYSICAL.search(unit) and not (
        noun or (compared and compared.group("c") in ("lower", "smaller", "fewer", "less"))
    ):
        return None
    if METRIC.search(text, found.start, found.end) or _RESPECTIVELY.match(text, found.end, s_end):
        return None  # "by 3.2 and 2.5 points, respectively": each goes with its own value before
    word = unit.strip()
    # a cut of a count ("10x fewer than X") or a speed-up: a score is neither
    cut = (compared and compared.group("c") == "fewer") or found.kind is Kind.SPEEDUP
    counted = _counted(word, m.group("w"))
    if counted and COST.search(counted):
        return counted  # "requires 0.31 GFLOPs, a 94% reduction", "after 50 training epochs, a 4x reduction"
    if COST.fullmatch(word) or (METRIC.fullmatch(word) and not GENERIC.fullmatch(word) and not cut):
        return word
    named = COST.search(m.group("w"))
    if named:
        return named.group(0)  # "has 66M parameters, 40% fewer than its teacher"
    if _COUNT_SUFFIX.fullmatch(word):
        return None  # "66M tokens": a count whose noun names no cost
    if counted and not METRIC.search(counted):
        if found.kind is Kind.SPEEDUP:
            return None  # "with 16 frames, a 2.4x speedup": neither the frames nor a score are sped up
        if found.kind is Kind.REDUCTION or cut:
            return counted  # "with only 300 labeled images, 10x fewer than X": not a score elsewhere
    if cut and METRIC.fullmatch(word):
        return None  # "needs 12 epochs to reach 42.0 AP on COCO, 9x fewer than X": not the AP
    percent = word.startswith(("%", "\\%"))
    before = Found(
        start=m.start("v"),
        end=m.end("u") if percent else m.end("v"),
        kind=Kind.SCORE,
        value=None,
        low=None,
        high=None,
        unit=Unit.NONE,
        qualifier=Qualifier.EXACT,
        rule="tied",
    )
    return resolve(before)


def _counted(unit: str, words: str) -> str | None:
    """The noun phrase a count is of ("300 labeled images" -> "labeled images"), or None when the words after
    the value are a percent, a unit, a count suffix or a function word."""
    if (
        not unit
        or not unit[0].isalpha()
        or _COUNT_SUFFIX.fullmatch(unit)
        or _NOT_COUNTED.fullmatch(unit)
        or _PHYSICAL.fullmatch(unit)
        or _WITH_UNIT.fullmatch(f"1 {unit}")
    ):
        return None  # "from 2 Hz to 30 Hz, a 15x speedup": a unit, what it measures is named before
    rest = words.split()
    if rest and _NOT_COUNTED.fullmatch(rest[0]):
        rest = []
    return clean_metric(" ".join([unit, *rest]))


# a value compared with the one before it, for another system: "rated safe in 93% of cases versus 81% for
# X", "an R^2 of 0.978, compared with 0.941 for the best baseline", "31.4 frame-mAP, compared with 31.8 for
# Y"; the value before is the clause's last, with no other number between
_COMPARED_BEFORE = regex.compile(
    r"(?<!\b(?:with|using|within|only|just)\s)(?<![\w.\-])(?P<v>\d[\d.,]*)(?![\d.,]?\d)(?P<u>\s?(?:\\?%|points?|pp))?"
    r"(?:\s[A-Za-z][\w\-@$^]*){0,2}?(?:\sof\s(?:the\s)?(?:cases|time|trials|runs))?"
    # what a share was judged: "73% of its reports were rated clinically acceptable"
    r"(?:\sof\s[^,;()\d]{1,30}?\s(?:were|was|are|is)\s[a-z]+(?:\s[a-z]+){0,2}?)?"
    r"(?:\s(?:on|in|for|at|over)\s[^,;()\d]{1,40}?)?,?\s"
    r"(?:compared\s(?:with|to)|versus|vs\.?|against|as\sopposed\sto)\s(?:only\s|just\s)?$"
)
_FOR_OTHER = regex.compile(r"\s?(?:\\?%)?\s(?:for|by|of|from|with)\s(?:the\s|a\s|an\s)?[A-Za-z]")


def compared_metric(
    found: Found, text: str, s_start: int, s_end: int, resolve: Callable[[Found], str | None]
) -> str | None:
    """The metric of a score compared with the value before it for another system, or None."""
    if found.kind not in (Kind.SCORE, Kind.IMPROVEMENT) or not _FOR_OTHER.match(text, found.end, s_end):
        return None
    m = _COMPARED_BEFORE.search(text, max(s_start, found.start - 160), found.start)
    if m is None:
        return None
    return resolve(_before(m, found.kind))


# a second "by" of the same change, or a second value of its list: "reduces travel time by 18.4% relative to X
# and by 6.2% relative to Y", "improves the FactCC score by 8.3% and 12.6% over X"
_OWN_METRIC = regex.compile(rf"\s*(?:{METRIC.pattern})")  # "by 2.1 BLEU": the value names its own
_AGAIN_BY = regex.compile(
    r"(?<![\w\-])by\s(?:up\sto\s|about\s|nearly\s|over\s)?(?P<v>\d[\d.,]*)(?![\d.,]?\d)(?P<u>\s?(?:\\?%|points?|pp))?"
    r"(?:[^\d,;()]{0,60}?,?\sand\sby\s|,\s(?:and\s)?|\sand\s)(?:up\sto\s|about\s|nearly\s|over\s)?$"
)


def again_by_metric(
    found: Found, text: str, s_start: int, resolve: Callable[[Found], str | None]
) -> str | None:
    """The metric of a change that repeats the "by" of the change before it in the clause, or None; its
    place in an earlier list of values with one metric each comes first ("95.7% UAS and 94.1% LAS. It
    outperforms X by 1.8% and 2.2%": 2.2% is LAS)."""
    if found.kind is Kind.SCORE or _RESPECTIVELY.match(text, found.end, min(len(text), found.end + 80)):
        return None
    m = _AGAIN_BY.search(text, max(s_start, found.start - 120), found.start)
    if m is None:
        return None
    own = _OWN_METRIC.match(text, found.end)
    # a speed or size cut is no gain in the metrics listed before ("80.1% accuracy and 75.3% F1. It reduces
    # latency and memory by 20% and 35%")
    paired = paired_metric(found, text, s_start) if own is None and found.kind is Kind.IMPROVEMENT else None
    return paired or resolve(_before(m, found.kind))


def _before(m: regex.Match, kind: Kind) -> Found:
    """The value a tie points back to, as a result of `kind` to be read like any other."""
    return Found(
        start=m.start("v"),
        end=m.end("u") if m.group("u") else m.end("v"),
        kind=kind,
        value=None,
        low=None,
        high=None,
        unit=Unit.NONE,
        qualifier=Qualifier.EXACT,
        rule="tied",
    )
