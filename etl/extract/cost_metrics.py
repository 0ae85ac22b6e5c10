"""The metric of a speedup or a reduction: what gets faster or smaller, as written ("training time",
"KV cache memory", "FLOPs", "decoding"), found in the phrase after the number, the object of a verb
of change before it ("reduces memory by 40%"), or a cost word nearby. Also the verb patterns that
the metric of a gain shares ("the accuracy is increased by 1%"), and `model_property`.
"""

from __future__ import annotations

from functools import cache

import regex

from etl.extract.activity_metrics import activity_after_time, activity_faster, activity_frame
from etl.extract.cost_phrases import cost_phrase
from etl.extract.cues import COST, DEGREE_BEFORE, SYSTEM_WORD
from etl.extract.kinds import Found
from etl.extract.phrases import clean_metric
from etl.extract.rules import load
from etl.records import Kind

__all__ = ["OF_SYSTEM", "QUAL_TAIL", "SUBJECT_VERB", "VERB_OBJECT_BARE", "cost_metric", "model_property"]

_R = cache(regex.compile)
_C = load("context")
# a comparison word or a relative/absolute marker before the value: "by up to 3%", "by a relative 30%"
QUAL_TAIL = (
    r"(?:(?:up\sto|over|about|around|nearly|almost|more\sthan|less\sthan|at\sleast|roughly|~|sim)\s?)?"
    r"(?:(?:a\s|an\s)?(?:relative|absolute)\s)?"
)
_VERB_OBJECT = regex.compile(
    rf"(?i)\b(?:reduc\w*|cut\w*|sav\w*|lower\w*|decreas\w*|speed\w*\sup|accelerat\w*|compress\w*|shrink\w*|trim\w*"
    rf"|shorten\w*)"
    rf"\s(?P<o>[^,;]{{2,60}}?)\s(?:by|to)\s(?:(?:a\s)?factors?\sof\s)?{QUAL_TAIL}[(\[]?$"
)
# a verb and its object right before the value, with no "by": "speed up the inference at least 129 times",
# "increases logit margins two times"
VERB_OBJECT_BARE = regex.compile(
    rf"(?i)\b(?:speeds?\sup|sped\sup|speeding\sup|accelerat(?:e|es|ed|ing)|reduc(?:e|es|ed|ing)|cut(?:s|ting)?"
    rf"|compress(?:es|ed|ing)?|lower(?:s|ed|ing)?|decreas(?:e|es|ed|ing)|improv(?:e|es|ed|ing)|increas(?:e|es|ed|ing)"
    rf"|boost(?:s|ed|ing)?)\s(?:the\s|its\s|their\s)?(?P<o>(?!(?:by|of|from|to|and|up|the|a|an)\b)[a-z][\w\-]*"
    rf"(?:\s(?!(?:by|of|from|to|and|up|with|for|on|in|at|than|about|around|nearly|almost|over|roughly|more|less"
    rf"|approximately)\b)[a-z][\w\-]*){{0,2}})\s"
    rf"(?:{QUAL_TAIL}|at\sleast\s|approximately\s)?$"
)
# a share of a quantity of another system: "being 60% of the length of the baseline's answers"
_SHARE_OF = regex.compile(
    r"\s?of\s(?:the\s|its\s|their\s)?(?P<o>(?!(?:the|a|an|all|its|their|our|total|original|full|time|cases|data"
    r"|those|that)\b)[a-z][\w\-]*(?:\s(?!of\b)[a-z][\w\-]*)?)\sof\s"
)
# the system or setting an object is "of": "the average performance of LLaMA-2-7B" -> "average performance",
# "the size of the pre-trained Swin-B transformer" -> "size"
OF_SYSTEM = regex.compile(
    r"\s(?:of|for|on)\s(?:the\s|our\s|its\s|their\s|an?\s)?(?=[A-Z0-9]|(?:[\w\-]+\s){0,3}?(?:models?|methods?|systems?"
    r"|baselines?|LLMs?|networks?|agents?|transformers?)\b|[a-z][\w\-]*\s[A-Z][\w\-]*\d)"
)
# where the next clause starts after a number: its cost is not this number's ("10% of X and the time ...")
_CLAUSE_AFTER = regex.compile(r"[,;]|\s(?:and|while|whereas|but)\s")
# "the model size decreases by 20%", "the accuracy is increased by 1%": the subject changes; a subject
# starts after a subordinating word ("..., even when the training data is reduced by 10%")
SUBJECT_VERB = regex.compile(
    r"(?i)(?:^|[,;]\s(?:and\s|but\s|while\s)?|\b(?:and|while|where|when|but|that)\s"
    # after the data set a sentence opens with: "On REVERIE the success rate increases by 3.8%"
    r"|(?<![\w\-])(?-i:On|In|For|Across)\s(?-i:[A-Z][\w.\-]*(?:\s[A-Z\d][\w.\-]*)?),?\s"
    # a place phrase then the subject's own determiner: "Across the 16 games its normalized return improves"
    r"|(?<![\w\-])(?-i:On|In|For|Across)\s[^,;]{1,40}?\s(?=(?-i:its|their|the)\s))(?:the\s|its\s|their\s|our\s)?"
    r"(?P<o>(?!(?-i:On|In|For|Across)\s)(?:(?!\b(?:that|when|while|where|whereas|if)\s)[^,;]){2,50}?)\s(?:is\s|are\s|was\s|were\s)?"
    + _C["change_verb"].pattern
    + r"(?:\s"
    + _C["change_adverb"].pattern
    # "by", or the value right after the verb: "the overhead is reduced 4.5 times"
    + rf")?\s(?:by\s)?(?:just\s|only\s)?{QUAL_TAIL}[(\[]?$"
)
_CUE_WORDS = _C["cost_cue"].regex
# what gets faster, written after the factor: "faster checkpointing", "higher training throughput"
_SPED_UP = regex.compile(
    r"(?i)^\s*(?:(?:faster|quicker|higher|more|greater)\s)?(?P<o>(?:[\w\-]+\s){0,2}?(?:throughput|inference"
    r"|training|decoding|generation|convergence|prefilling|sampling|rendering|search|retrieval|encoding)"
    r"(?:\sspeeds?)?|speeds?|(?<=faster\s)[a-z]+ing)\b"
)
# what gets faster, after "faster in/at/during": "15 times faster in speed", "3.35x faster at inference"
_FASTER_IN = regex.compile(
    r"(?i)^\s*(?:faster|quicker)\s(?:in|at|during|for(?!\s(?:an?|the)\s))\s(?:terms\sof\s)?(?:the\s)?"
    r"(?P<o>[a-z][\w\-]*(?:\s(?!(?:than|compared|while|with|on|over|and|when|without)\b)[a-z][\w\-]*){0,3})"
)
# a process after the baseline: "4x faster than Chronos-Large at inference"
_FASTER_THAN_AT = regex.compile(
    r"^\s*(?:faster|quicker)\sthan\s[^,;()]{1,40}?\s(?:at|during|in)\s(?:the\s)?(?P<o>"
    + _C["speed_process"].pattern
    + r")(?![\w\-])"
)
# "the generation speed is five times faster", "improve the inference speed by 10x", "faster inference
# speeds by over 11 times": a speed or throughput named before the factor
_SPEED_BEFORE = regex.compile(
    r"(?i)(?:\b(?:improv\w*|increas\w*|boost\w*|rais\w*|enhanc\w*|faster|higher)\s(?:the\s|its\s|their\s)?"
    r"(?P<o>(?:[\w\-]+\s){0,2}?(?:speeds?|throughputs?))\sby\s"
    r"|(?P<s>(?:[\w\-]+\s)?(?:speeds?|throughputs?))\s(?:is|are|was|were|becomes?)\s(?:also\s)?)"
    r"(?:up\sto\s|over\s|about\s|around\s|nearly\s|more\sthan\s|at\sleast\s)?$"
)
# "a 1.8x increase in throughput", "a 12.7-fold improvement in decoding speed"
_SPEED_NOUN_OBJECT = regex.compile(
    r"(?i)^\s*(?:[\w\-]+\s)?(?:increase|improvement|gain|boost|speed-?up|acceleration)s?\s(?:in|of)\s(?:the\s)?"
    r"(?P<o>[a-z][\w\-]*(?:\s(?!(?:than|compared|while|with|on|over|and|when|without|for|at|by|in)\b)[a-z][\w\-]*){0,3})"
)
# what gets faster, written right before the factor: a process as a verb, gerund or noun ("It decodes 6.2x
# faster", "while training 4.5x faster", "reaches convergence 3x faster"), or a process noun phrase with
# "run"/"are" ("molecular dynamics simulations run 9 times faster")
_PROCESS = _C["speed_process"].pattern
_PROCESS_BEFORE = regex.compile(
    rf"(?<![\w\-])(?:(?P<s>(?:[a-z][\w\-]*\s){{0,2}}?(?i:simulations?|inference|training|decoding|generation"
    rf"|sampling|rendering|retrieval|search(?:es)?|queries))\s(?:run|runs|ran|are|is|become|becomes)\s"
    rf"|(?P<o>{_PROCESS})\s){DEGREE_BEFORE}$"
)
_FASTER = regex.compile(r"\s?(?:faster|quicker)\b")
_SPEEDUP_NOUN = regex.compile(r"\$?\s?(?:speed-?ups?|acceleration)\b")
# what is smaller, as the subject of "is N times smaller": "the memory bank is 10 times smaller"; not a
# system ("the student is 4x smaller": its size, which the sentence does not name)
_SUBJECT_SMALLER = regex.compile(
    rf"(?:^|(?<![\w\-])(?i:the|its|their|our|and|,)\s)(?!(?:the|its|their|our)\s)"
    rf"(?P<o>(?:[a-z][\w\-]*\s){{0,2}}?(?!{SYSTEM_WORD}\s)[a-z][\w\-]*)\s(?:is|are|becomes?)\s{DEGREE_BEFORE}$"
)
# a cost as a clause subject, also at the sentence start in capitals, before "is" and the value: "Communication
# is 150x lower than", "Its communication per round is 0.2% of that of FedAvg"; the caller asks for a cost word
_COST_CLAUSE_SUBJECT = regex.compile(
    r"(?:^|(?<=[,;]\s)|(?<=\b(?:and|while|whereas|but)\s))(?:(?i:the|its|their|our)\s)?"
    rf"(?P<o>[A-Za-z][a-z\-]*(?:\s[a-z][\w\-]*){{0,3}}?)\s(?:is|are|was|were|becomes?)\s{DEGREE_BEFORE}$"
)
_OF_THAT_OF = regex.compile(r"\s?of\s(?:that|those)\sof\b")
_SMALLER = regex.compile(r"\s?(?:smaller|less|lower|fewer|cheaper|shorter)\b(?!\s(?!than\b)[a-z])")
# another value written right before a cost word, with at most a comparative between: the cost is its
_VALUE_BEFORE = regex.compile(
    r"\d\s?(?:\\?%|x|×|times|-?fold)?\}?\s(?:(?:less|fewer|lower|smaller|more|higher|faster|slower)\s)?$"
)
# a count and its noun right before a factor "fewer than" another system: "with only 4.1M parameters, which is
# 6x fewer than ResNet-50", "trains 0.02% of the model parameters, 40x fewer than LoRA": the noun is the cost
_COUNT_BEFORE = regex.compile(
    r"(?<![\w.])\d[\d.,]*(?:\s?[KMBkmb]|\s(?:million|billion|thousand)|\s?\\?%\sof(?:\sthe|\sits|\stheir)?)?\s"
    r"(?P<o>(?:[a-z][\w\-]*\s)?[a-z][\w\-]*),\s(?:(?:which|that)\s(?:is|are)\s|i\.e\.,?\s)?"
    + DEGREE_BEFORE
    + r"$"
)
_FEWER_THAN = regex.compile(r"\s?(?:x|×|times|-?fold)?\s?fewer\sthan\b")
# "a 20x compression": the word names what the factor is
_COMPRESSION = regex.compile(r"(?i)\s*(?P<o>compression(?:\s(?:ratio|rate))?)\s*$")
# a cost named right before a parenthesis that holds the number: "memory-savings (up to 50%)"
_COST_PAREN = regex.compile(r"(?<![\w\-])(?P<o>[\w\-]+)\s\((?:up\sto\s|about\s|over\s|~)?$")


def cost_metric(found: Found, text: str, s_start: int, s_end: int, phrase: str) -> str | None:
    """What a speedup or a reduction makes faster or smaller, as written ("training time", "KV cache
    memory", "FLOPs"); `phrase` is the words right after the number, up to a stop word."""
    right = text[found.end : s_end]
    left = text[s_start : found.start]
    if found.kind is Kind.SPEEDUP:
        m = (
            _FASTER_IN.match(right)
            or _SPEED_BEFORE.search(left[-60:])
            or _SPEED_NOUN_OBJECT.match(right)
            or _FASTER_THAN_AT.match(right)
        )
        named = (m.group("s") if m.groupdict().get("s") else m.group("o")) if m else None
        # "Training X is 2.2x faster", "Reconstruction takes 0.12 seconds, which is roughly 400x faster"; an
        # activity subject also before a time it is measured in ("training ... is 2.5 times faster in wall-clock
        # time"), not before a process named after the factor ("faster at inference")
        faster = _FASTER.match(right) is not None
        activity = (
            activity_after_time(text, s_start, found.start)
            or (activity_faster(text, s_start, found.start, gerund=named is None) if faster else None)
            or activity_frame(text, s_start)
            if (faster or _SPEEDUP_NOUN.match(right)) and (named is None or _R(r"(?i)\btime$").search(named))
            else None
        )
        if activity or named:
            return activity or named
        m = _PROCESS_BEFORE.search(left[-70:]) if faster else None
        if m:
            return m.group("s") or m.group("o")
    np = clean_metric(_CUE_WORDS.sub("", phrase))
    if np and COST.search(np):
        return np
    rest = right[len(phrase) :]
    # "2.4x in terms of time-to-solution": not "terms of time-to-solution"
    o = _R(r"^\s*(?:in\sterms\sof|in|of)\s(?P<o>.{2,60})").match(rest if _CUE_WORDS.search(phrase) else right)
    if o and COST.search(o.group("o")[:40]) and not _R(r"[A-Z][\w\-]*\s(?:and|or|,)").match(o.group("o")):
        # not "10% of Sepformer and the CPU inference time"; "of the current best methods" is no part of it
        return clean_metric(OF_SYSTEM.split(o.group("o"), 1)[0])
    np = cost_phrase(found, text, s_start, s_end)
    if np:
        return np
    if found.kind is Kind.REDUCTION:
        m = _COMPRESSION.fullmatch(phrase) or (
            _COUNT_BEFORE.search(left[-60:]) if _FEWER_THAN.match(right) else None
        )
        if m:
            return m.group("o")
    o = _SHARE_OF.match(text, found.end, s_end) if found.kind is Kind.REDUCTION else None
    if o:
        return o.group("o")
    m = (
        _SUBJECT_SMALLER.search(left[-50:])
        if found.kind is Kind.REDUCTION and _SMALLER.match(right)
        else None
    )
    if m:
        return _R(r"^[a-z]+ed\s(?=\S)").sub("", m.group("o"))  # "the filtered corpus" -> "corpus"
    m = (
        _COST_CLAUSE_SUBJECT.search(left[-70:])
        if found.kind is Kind.REDUCTION and (_SMALLER.match(right) or _OF_THAT_OF.match(right))
        else None
    )
    if m and COST.search(m.group("o")) and not _R(rf"(?:^|\s){SYSTEM_WORD}$").search(m.group("o")):
        return m.group(
            "o"
        )  # "Communication is 150x lower than ...", "Its upload per round is 0.2% of that of X"
    m = _VERB_OBJECT.search(left)
    np = clean_metric(OF_SYSTEM.split(_R(r"\s+up$").sub("", m.group("o")), 1)[0]) if m else None
    if np:
        return np
    m = SUBJECT_VERB.search(left) or VERB_OBJECT_BARE.search(left[-80:])
    if m:
        return clean_metric(m.group("o"))
    if found.kind is Kind.SPEEDUP and _R(r"(?i)^\s*[\w\-]+\s(?:speed-?ups?|acceleration)").match(phrase):
        return phrase.strip()
    if found.kind is Kind.SPEEDUP:
        m = _SPED_UP.match(phrase)
        if m:
            return m.group("o")  # "48x faster checkpointing", "3x throughput", "2x higher throughput"
    if found.kind is Kind.REDUCTION and "(" in left[-40:]:
        m = _COST_PAREN.search(left[-60:])
        if m and COST.search(m.group("o")):
            return m.group("o")  # "flexible memory-savings (up to 50%)"
    pattern = _R(
        r"(?i)(?<![\w\-])(?P<o>(?:(?!(?:at|in|on|by|of|faster|slower|less|fewer|lower|than|reduc\w*|sav\w*|cut\w*"
        r"|lower\w*|decreas\w*|shrink\w*|compress\w*|minimi\w*)\b)\w+\s){0,2}"
        r"(?:time|latency|memory|FLOPs|cost|costs))(?![\w\-])"  # not "real-time", "time-to-solution"
    )
    after_end = min(s_end, found.end + 40)
    brk = _CLAUSE_AFTER.search(text, found.end, after_end)
    m = pattern.search(text, max(s_start, found.start - 60), found.start)
    if m and _VALUE_BEFORE.search(text, max(s_start, m.start() - 30), m.start()):
        m = None  # "with 8 less FLOPs and 2 faster": FLOPs is the 8's
    m = m or pattern.search(text, found.end, brk.start() if brk else after_end)
    return clean_metric(m.group("o")) if m else None


_DATA_COST = regex.compile(r"(?i)\b(?:data|samples?|examples?|labels?|annotations?)\b")


_SPEED_METRIC = regex.compile(
    r"(?i)\b(?:latency|fps|hz|frames?(?:/|\sper\s)s(?:ec(?:ond)?)?|throughput|speed|runtime|inference\stime|memory)\b"
)


def model_property(found: Found, metric: str | None) -> bool:
    """A speedup, a reduction of something other than data, a speed or a latency: a property of the
    system, which an earlier sentence's data set does not qualify ("We evaluate on X. It decodes 3x
    faster", "... runs at 38 fps")."""
    if found.kind is Kind.SPEEDUP:
        return True
    if found.kind is Kind.SCORE:
        return metric is not None and _SPEED_METRIC.search(metric) is not None
    return found.kind is Kind.REDUCTION and not (metric and _DATA_COST.search(metric))
