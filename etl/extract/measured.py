"""Bare values the unit lexicon does not cover: a measure with a physical unit ("1.72 cm",
"0.82 dB in PSNR", "23.1 ms latency", "56.8 FPS"), the later members of a list of values
("an accuracy of 49.6, 61.0, and 79.0"), a value weighed against another ("10.8 compared to
a perplexity of 15.8") and a system's value in parentheses ("FCOS (38.2 AP)").

They are scores (or gains, when a comparison cue governs them) with unit `none`; a measure
counts only when a metric is named next to it, so layout lengths ("1.0 cm from the margin")
stay out.

A compared system's own value in parentheses or after "compared with", and a gain "by <metric> of
N", are told apart in `compared_values.py`."""

from __future__ import annotations

import regex

from etl.extract.cues import (
    BY_END,
    COMPARED_TO_END,
    GENERIC_METRIC,
    METRIC,
    METRIC_THEN_VALUE,
    PAREN_VALUE,
    EndSearch,
)
from etl.extract.kind_cues import IN_BAD, cue_kind, last_match, phrase_after
from etl.extract.phrases import SYSTEM_HEAD
from etl.extract.rules import load
from etl.extract.unit_lists import same_unit_member
from etl.records import Kind

# a data rate: bits or bytes per second ("165 Mbps", "0.6 Tbps", "32-40 GB/s", "60 Mb/s")
_BIT_RATE = r"[KMGT](?:bps|bit/s|b/s|B/s)"
# ... and memory in bytes ("4.5 GB of GPU memory", "from 734 MB to 48 MB"), after the rates
_BYTES = r"[KMGT]i?B"
_UNIT = (
    r"(?:dB|ms|milliseconds?|cm|mm|FPS|fps|frames?\s?(?:per\ssecond|/\s?s(?:ec)?)|seconds?|secs?|s(?=[\s,;)]|\.(?!\d))|Hz|"
    + _BIT_RATE
    + "|"
    + _BYTES
    + ")"
)
BIT_RATE = regex.compile(rf"^(?:\\,|\s)?{_BIT_RATE}(?![\w/])")
_BIT_RATE_UNIT = regex.compile(_BIT_RATE)
PHYS_UNIT = regex.compile(
    rf"^(?:\\,|[\s~])?(?P<u>{_UNIT})(?!\w|/(?!(?:frame|image|img|sample|query|token)s?\b))"
)
# "runs at more than 300 Hz", "operates at 60 Hz": a rate a system runs at is a speed reached, like fps
# (a sampling frequency, "recorded at 10 Hz", is a setting)
_RUNS_AT = regex.compile(
    r"(?i)\b(?:runs?|running|operat(?:es?|ed|ing)|real[\s-]time|tracking\s(?:speed|frequency|rate))\b[^.;,]{0,25}$"
)
# "0.11dB and 0.28 dB in PSNR": the rest of the list before the metric
_LIST_REST = regex.compile(rf"^(?:,?\s(?:and\s|or\s)?[+\-]?\d+(?:\.\d+)?[\s~]?{_UNIT}(?![\w/]))*")
_METRIC_AFTER = regex.compile(r"^\s?(?:(?:in|of|on)\s(?:terms\sof\s)?(?:the\s)?)?")
_TIME_NOUN = regex.compile(
    r"(?i)^(?:[\w\-]+\s)?(?:latency|inference\stime|runtime|run\stime|delay|distance)\b"
)
# members may carry a deviation or a short aside each: "BLEU scores of 28.4 (En-De) and 41.0 (En-Fr)",
# "F1 scores of 0.82+/0.03 and 0.81+/0.03"
# ... or a place each: "an F1 of 0.91 on the test set and 0.87 on the out-of-domain set"
# (a digit inside a name counts: "on ETTh1", "on ICEWS14", "on CIFAR-10", and a year or version after a
# capitalised name: "on DAVIS 2017 validation", "on CoNLL-2003 English")
_ON_PLACE = r"(?:\s(?:on|in|for)\s(?:[^\d,;.()]|(?<=[A-Za-z][\w\-]{0,15})\d|(?<=[A-Z][\w\-]{0,15}\s\d{0,3})\d){1,40}?)?"
_LIST_TAIL = EndSearch(rf"(?:\d%?|\d%?\s\([^()]{{1,20}}\)){_ON_PLACE},?\s(?:and\s)?$")
_LIST_AFTER_METRIC = regex.compile(
    rf"(?:{METRIC.pattern})\s?(?:\(\w+\)\s)?(?:scores?\s)?(?:of|=|:|is|was|are|were|reaching|reaches|achieves|achieving|to)?"
    r"\s?(?:a\s|an\s)?\(?(?:[+\-]?\d+(?:\.\d+)?%?(?:\s?(?:\+/-?|±|\\pm)\s?\d+(?:\.\d+)?%?)?(?:\s\([^()]{1,20}\))?"
    + _ON_PLACE
    + r",?\s(?:and\s)?){1,6}$"
)
_SCORES = regex.compile(r"(?i)[\s-]scores?$")
# both end at the number: a reading from the end first (5-15x cheaper than a search from each start)
_LIST_AFTER_METRIC_END = EndSearch(_LIST_AFTER_METRIC.pattern)


def _named(metric: str) -> bool:
    """A metric that names what is measured: "F1 scores" is, "the scores" is not."""
    return not GENERIC_METRIC.fullmatch(metric) or METRIC.fullmatch(_SCORES.sub("", metric)) is not None


_COMPARED = regex.compile(r"(?i)^\s(?:compared\s(?:to|with)|vs\.?|versus|against)\s")
_IN_PAREN = regex.compile(r"^[\s~]?(?P<m>[\w@\-]+)(?:\s[\w@\-]+)?\)")


def _named_metric(after: str, left: str) -> bool:
    """A metric next to a measure: after its unit ("dB in PSNR", "ms latency") or before it."""
    rest = after[_LIST_REST.match(after).end() :]
    pos = _METRIC_AFTER.match(rest).end()
    if METRIC.match(rest, pos) or _TIME_NOUN.match(rest[pos:]):
        return True
    m = last_match(METRIC, left[-45:])
    return m is not None and METRIC_THEN_VALUE.match(left[-45:][m.end() :]) is not None


def measured_kind(right: str, left: str, clause: str, signed: bool) -> tuple[Kind, int, str] | None:
    """A value with a physical unit the guideline does not list: its kind, sign and rule."""
    u = PHYS_UNIT.match(right)
    if u is None:
        return None
    after = right[u.end() :]
    phrase, obj = phrase_after(after)
    kind, sign, cue = cue_kind(phrase, obj, clause, left)
    unit = u.group("u").lower()
    if unit.startswith("frame"):
        unit = "fps"  # "67 frames per second" is written-out fps
    if unit == "hz":
        if not _RUNS_AT.search(left[-60:]):
            return None
        unit = "fps"
    if unit == "fps" and signed:
        return None  # "(+30 FPS)": a requirement, not a value reached
    if _BIT_RATE_UNIT.fullmatch(u.group("u")):
        # a data rate is the throughput a system reaches (a score), and a gain in it is a speedup
        # ("an improvement of more than 60 Mb/s"); the rate a link runs at is a setting
        if _AT_RATE.search(left[-30:]):
            return None  # "consumes 1.4 mW at a data rate of 1.3 Gbps"
        gain = BY_END.search(left[-12:]) or _GAIN_OF.search(left[-40:]) or _GAIN_AFTER.match(phrase)
        return (Kind.SPEEDUP, 1, "rate_gain") if gain else (Kind.SCORE, 1, "measure")
    if BYTE_UNIT.fullmatch(u.group("u")):
        return _memory_kind(after, left, kind, cue)
    named = unit == "fps" or _named_metric(after, left) or same_unit_member(left, right)
    if not named and unit in _TIMES and _TIME_BEFORE_END.found(left[-60:]):
        named = True  # "a latency of 12 ms", "the runtime is 0.12 seconds per frame": a time reached
    if not named and unit in _TIMES and (_PER_ITEM.match(after) or _SPENDS_END.search(left[-40:])):
        named = True  # "44ms/frame", "spends less than 50ms to process an image": a system's time per item
    score = (Kind.SCORE, 1, "measure") if named else None
    if kind not in (Kind.IMPROVEMENT, Kind.REDUCTION, Kind.SPEEDUP) or cue == "metric_after":
        return score
    if unit == "fps":  # frames per second: a rate reached, a gain only when the words after say so
        # ... and more frames per second is more throughput: a speedup ("11 FPS faster than X")
        return (Kind.SPEEDUP, 1, "measure_gain") if _GAIN_AFTER.match(phrase) else score
    if _TO_LEVEL.search(left[-25:]) and not cue.startswith("phrase_") and not _GAIN_TO.search(left[-60:]):
        return Kind.SCORE, 1, "measure_to"  # "reduces MPJPE to 39.8 mm": the level reached
    if named and cue.startswith(("sentence_", "clause_")) and _metric_right_before(left):
        return score  # "rendering PSNR of 38.2 dB, and ... it reduces tracking error": its own value
    if unit in _TIMES:  # a time: shorter is a reduction, else a value
        # ... the amount cut ("reduces latency by 12 ms", "12 ms less"), not a latency reached after a
        # cue in an earlier clause ("lower than X, and 62 ms latency")
        cut = cue.startswith("phrase_") or BY_END.search(left[-12:]) is not None
        return (Kind.REDUCTION, 1, "measure_" + cue) if kind is Kind.REDUCTION and cut else score
    return kind, sign, "measure_" + cue


# "reduces MPJPE to 39.8 mm", "lowers the error to 0.31 cm": after a verb of change, "to" gives the
# level reached (not "up to", "compared to", "close to")
_TO_LEVEL = regex.compile(
    r"(?i)(?<!\b(?:up|close|compared|relative|equal|similar|due|next|lead|leads|led|leading))\sto\s$"
)
# "the gain over X widens to 2.3 dB": the gain is what reaches the value
_GAIN_TO = regex.compile(
    r"(?i)\b(?:gains?|improvements?|margins?|gaps?|advantages?|leads?)\b[^.;,]{0,40}\sto\s$"
)


def _metric_right_before(left: str) -> bool:
    """A named metric right before the value ("PSNR of 38.2 dB", "an ATE of")."""
    m = last_match(METRIC, left[-30:])
    return m is not None and METRIC_THEN_VALUE.match(left[-30:][m.end() :]) is not None


# memory a system takes, named around its bytes: "4.5 GB of GPU memory", "a memory footprint of 48 MB",
# "peak memory from 734 MB", "storage (48 MB)"; not data measured in bytes ("800 GB of text")
_MEMORY_NEAR = regex.compile(
    r"(?i)\b(?:memory|storage|footprint|vram|disk(?:\sspace)?|model\ssize|checkpoint|cache)\b[^.;,]{0,30}$"
)
# ... named right after its unit ("GB of GPU memory", "MB disk storage"); `t` is the memory as written
MEMORY_AFTER = regex.compile(
    r"(?i)\s?(?:of\s)?(?P<t>(?:\w+\s)??(?:(?:GPU|peak|device|CPU|disk)\s)?(?:memory|storage|vram|footprint|disk\sspace|disk))\b"
)
BYTE_UNIT = regex.compile(_BYTES)
_DEVICE_BEFORE = regex.compile(
    r"(?i)(?:\b(?:GPUs?|cards?|devices?|TPUs?|phones?|laptops?)\b[^.;,]{0,20}|[AHV]100-?)$"
)
_DATA_AFTER = regex.compile(r"(?i)^\s?(?:of\s)?(?:\w+\s)?(?:text|data|images|video|code|corpus|tokens)\b")


def _memory_kind(after: str, left: str, kind: Kind | None, cue: str) -> tuple[Kind, int, str] | None:
    """Bytes of memory a system needs: a value reached, or the amount a cut saves ("by 3 GB")."""
    if _DATA_AFTER.match(after) or _DEVICE_BEFORE.search(left[-40:]):
        return None  # "800 GB of text", "a K40 GPU has only 12GB of memory", "A100-80GB": no result
    if kind is Kind.REDUCTION and (cue.startswith("phrase_") or BY_END.search(left[-12:])):
        return Kind.REDUCTION, 1, "measure_" + cue
    if MEMORY_AFTER.match(after) or _MEMORY_NEAR.search(left[-60:]):
        return Kind.SCORE, 1, "measure"
    return None


_AT_RATE = regex.compile(r"(?i)\bat\s(?:an?\s|the\s)?(?:[\w\-]+\s)?(?:rates?|speeds?)\sof\s(?:\\mbox\{\s?)?$")
_TIMES = frozenset(("ms", "millisecond", "milliseconds", "sec", "secs", "second", "seconds", "s"))
# a time noun just before a time, with only a link between: "a latency of", "inference times as low
# as", "the runtime of X is", "inference speed ("
_TIME_BEFORE_END = EndSearch(
    r"(?i)\b"
    + load("context")["measured_time_noun"].pattern
    + r"(?:\s(?:of|is|was|are|were|reach\w*|as\slow\sas|only|just|about|around|under|below|less\sthan|down\sto"
    r"|(?:of\s)?(?:our\s|the\s)?[A-Z][\w\-]*(?:\sis)?)){0,3}\s?\(?$"
)
# a time per item processed ("9 ms per image", "44ms/frame") or the time a system spends or costs
_PER_ITEM = regex.compile(
    r"(?i)^\s?(?:/\s?|per\s)(?:frames?|images?|imgs?|samples?|quer(?:y|ies)|tokens?|sentences?|utterances?|steps?)\b"
)
_SPENDS_END = regex.compile(
    r"(?i)\b(?:spends?|spent|spending|takes?|took|taking|costs?|costing|requires?|requiring|needs?)"
    r"\s(?:only\s|just\s|merely\s)?$"
    # "generates an image in 0.3 seconds", "converges in under 10 minutes": the time a job took
    r"|\b(?:generat|render|process|synthesi[sz]|train|converg|complet|finish|solv|reconstruct|answer|respond)\w*"
    r"\s(?:(?!in\b)[\w\-]+\s){0,3}?in\s(?:only\s|just\s|under\s|less\sthan\s|about\s|around\s)?$"
)


def time_spent(left: str) -> bool:
    """A time a job takes, by the words before it ("takes only", "generates an image in")."""
    return _SPENDS_END.search(left[-60:]) is not None


_GAIN_AFTER = regex.compile(r"(?i)^\s*(?:faster|higher|more|increase|improvement|gain)\b")


def listed_score(left: str) -> bool:
    """A later member of a list of values after a metric ("an accuracy of 49.6, 61.0, and 79.0")."""
    if not _LIST_TAIL.found(left[-70:]):
        return False
    window = left[-170:]
    m = _LIST_AFTER_METRIC.search(window) if _LIST_AFTER_METRIC_END.found(window) else None
    return m is not None and _named(METRIC.match(m.group(0)).group(0))


# "compared to 7.94 for Vicuna-13B", "compared with 42.0 for the previous best detector": the value
# another system reached, named or described by its head noun
_FOR_SYSTEM_AFTER = regex.compile(
    rf"^\s(?:for|of|by)\s(?:(?:the\s)?[A-Z][\w.\-]*|(?:the|an?)\s(?:[\w\-]+\s){{0,3}}?(?i:{SYSTEM_HEAD})\b)"
)


def compared_for(left: str, right: str) -> bool:
    """A bare value set against the proposed one for another named system ("compared to 7.94 for
    Vicuna-13B")."""
    return COMPARED_TO_END.search(left[-25:]) is not None and _FOR_SYSTEM_AFTER.match(right) is not None


# "71.0 CIDEr on NoCaps and [120.3] on COCO": a later value of a list whose first value names the metric
_ELLIPTIC_BEFORE = regex.compile(
    r"(?>\d[\d.,]*)\s?(?:\\?%\s?)?(?P<m>[A-Za-z][\w\-@]*(?:\s[A-Za-z][\w\-@]*)?)\s(?:on|in)\s[^,;()]{1,40}?"
    r"(?:,\s(?:and\s)?|\sand\s)(?:\d[\d.]*\s?(?:\\?%\s?)?\s?(?:on|in)\s[^,;()]{1,40}?(?:,\s(?:and\s)?|\sand\s)){0,4}$"
)
# a metric the lexicon lacks, written as an acronym ("89.5 ANLS on DocVQA and 72.8 on ...")
_ACRONYM = regex.compile(r"[A-Z][A-Za-z]*[A-Z][\w\-@]*")
_GAIN_LIST_START = regex.compile(r"(?i)(?:\bby|gains?|improv\w*|boost\w*|outperform\w*)\s(?:\S+\s)?$")
_ON_AFTER = regex.compile(r"^\s(?:on|in)\s(?:the\s)?[A-Z]")


def elliptic_score(left: str, right: str) -> bool:
    """A bare value after a list item that named its metric, on a benchmark of its own ("71.0 CIDEr on
    NoCaps and 120.3 on COCO Captions")."""
    if _ON_AFTER.match(right) is None:
        return False
    window = left[-200:]
    m = _ELLIPTIC_BEFORE.search(window)
    if m is None or (METRIC.fullmatch(m.group("m")) is None and _ACRONYM.fullmatch(m.group("m")) is None):
        return False
    return _GAIN_LIST_START.search(window, 0, m.start()) is None  # "by 3.2 BLEU on A and 2.5 on B": gains


def compared_score(right: str) -> bool:
    """A bare value weighed against another value of a named metric ("10.8 compared to a
    previous best perplexity of 15.8")."""
    if not right.startswith((" compared", " vs", " versus", " against")):
        return False
    return _COMPARED.match(right) is not None and METRIC.search(right[:70]) is not None


_GAIN_OF = regex.compile(
    r"(?i)\b(?:gains?|improvements?|increases?|boosts?|margins?)\s(?:of\s)$|\bby\s(?:an?\s)?(?:average|margin|total)\sof\s$"
    # "outperforms X with a gap of 0.061", "by a clear gap of 1.2": the gap a comparison opens
    r"|\b(?:with|by)\s(?:an?\s)?(?:[a-z]+\s)?gap\sof\s$"
)
_ON_METRIC = regex.compile(r"^\s(?:on|in)\s(?:terms\sof\s)?(?:the\s)?")
_VALUE_OF = EndSearch(rf"(?:{METRIC.pattern})\s(?:values?|scores?|results?)\s(?:of|is|was|=)\s$")
# "4.3 smaller and 5.5 faster": a factor whose sign (x) was lost in the text
_BARE_FACTOR = regex.compile(r"(?i)^\s(?P<w>faster|speed-?ups?|smaller|fewer|less|cheaper|lighter)\b")
# ... a whole number too, when only a factor reads ("36 fewer parameters and 3 faster inference",
# "8 less FLOPs", "up to 109 reduction in time complexity", "\textbf{5,000 faster}"); the word must
# close the comparison or name what it is about, so a count of things ("2 faster variants", "3 smaller
# models") stays out
# "13 actual speedup over X", "10 inference speedup", "8 computation reduction and 3 measured
# speedup": one word may say which speed or cost the factor measures
_LOST_FACTOR = regex.compile(
    r"^\s(?:(?P<w>faster|speed-?up|smaller|cheaper|lighter)"
    r"(?=\s(?:than|and|or|compared|in|on|at|for|with|when|while|inference|training|decoding|convergence)\b|[,.;:)}]|$)"
    r"|(?P<r>reduction)\s(?:in|of)\s|(?P<f>fewer|less)\s(?:parameters|params|FLOPs|computations?|memory)\b"
    # ... with the one word naming the speed or cost between ("13 actual speedup over", "8 computation
    # reduction and"), the noun closing the phrase (not "2 model reduction strategies")
    r"|[a-z]+\s(?P<w2>speed-?ups?|reduction)(?=\s(?:over|than|and|compared|relative|against|versus|vs|on|in|at|for|with|when|while)\b|[,.;:)}]|$))"
)


_RISE_OF_END = regex.compile(r"(?i)\bincreases?\sof\s$")


def lost_factor(right: str) -> tuple[Kind, int, str] | None:
    """A whole number read as a factor whose sign (x) was lost: "3 faster inference" (speedup)."""
    m = _LOST_FACTOR.match(right)
    if m is None:
        return None
    w = m.group("w") or m.group("w2")
    fast = w is not None and w.startswith(("faster", "speed"))
    return (Kind.SPEEDUP if fast else Kind.REDUCTION), 1, "bare_factor"


def bare_value_kind(left: str, right: str, by: bool) -> tuple[Kind, int, str] | None:
    """A decimal written without a unit whose kind the words around it give: a gain "by 1.65 on
    ROUGE-L" or "a relative gain of 17.8", a factor "5.5 faster", a value "IoU value of 74.1"."""
    if left.endswith("of ") and _GAIN_OF.search(left[-40:]):
        # "an increase of 0.3 in perplexity": a rise in a metric where lower is better is a loss
        rise = _RISE_OF_END.search(left[-20:]) is not None and IN_BAD.match(right) is not None
        return Kind.IMPROVEMENT, (-1 if rise else 1), "value_by"
    on = _ON_METRIC.match(right) if by else None
    if on and METRIC.match(right, on.end()):
        return Kind.IMPROVEMENT, 1, "value_by"
    f = _BARE_FACTOR.match(right)
    if f:
        fast = f.group("w").lower().startswith(("faster", "speed"))
        return (Kind.SPEEDUP if fast else Kind.REDUCTION), 1, "bare_factor"
    if left.endswith(("of ", "is ", "was ", "= ")) and _VALUE_OF.found(left[-60:]):
        return Kind.SCORE, 1, "metric_value_of"
    if verb_value_on(left, right):
        return Kind.SCORE, 1, "verb_value_on"  # "Llama-2-70B gets 68.9 on MMLU": a value on a benchmark
    return None


# "achieves 82.4 on GLUE and 90.1 on SuperGLUE": the verb, then earlier members of the list
_SCORE_VERB_END = regex.compile(
    r"(?i)\b(?:achiev\w*|attain\w*|reach\w*|obtain\w*|scor(?:es|ed|ing)|gets?|getting|got|yield\w*|records?)"
    r"\s(?:an?\s)?(?:average\s(?:of\s)?)?(?:\d+(?:\.\d+)?\s(?:on|in)\s(?:the\s)?[\w\-]+(?:,\s(?:and\s)?|\sand\s)){0,4}"
    r"(?:\d+(?:\.\d+)?(?:,\s(?:and\s)?|,?\sand\s)){0,5}$"  # "achieves 72.4, 68.1 and [55.0] on A, B and C"
)
# the rest of a list of values before the benchmarks they were reached on: "[72.4], 68.1 and 55.0 on"
_MORE_VALUES = regex.compile(r"^(?:,\s(?:and\s)?\d+(?:\.\d+)?|,?\sand\s\d+(?:\.\d+)?){1,5}(?=\s(?:on|in)\s)")
# a benchmark's name: capitalised with another capital or a digit in it (MMLU, ImageNet, not English)
_ON_NAME = regex.compile(r"^\s(?:on|in)\s(?:the\s)?[A-Z](?=[\w\-]*[A-Z0-9])[\w\-]+")


def verb_value_on(left: str, right: str) -> bool:
    """A value a verb of scoring reports on a named benchmark: "Llama-2-70B gets 68.9 on MMLU",
    "achieves 91.2 (+2.3) on GSM8K"."""
    if right.startswith(" ("):
        right = _ASIDE_GAIN.sub("", right, count=1)
    more = _MORE_VALUES.match(right)
    if more:
        right = right[more.end() :]
    return _ON_NAME.match(right) is not None and _SCORE_VERB_END.search(left[-100:]) is not None


_ASIDE_GAIN = regex.compile(r"^\s\([+\-↑]?\d+(?:\.\d+)?%?\)")


def paren_score(left: str, right: str) -> bool:
    """A system's own value in parentheses after its name: "surpassing FCOS (38.2 AP)"."""
    if "(" not in left[-3:]:
        return False
    m = _IN_PAREN.match(right)
    return (
        m is not None
        and PAREN_VALUE.search(left[-40:]) is not None
        and METRIC.fullmatch(m.group("m")) is not None
    )


__all__ = [
    "BYTE_UNIT",
    "MEMORY_AFTER",
    "compared_score",
    "listed_score",
    "time_spent",
    "measured_kind",
    "paren_score",
    "verb_value_on",
]
