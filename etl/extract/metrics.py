"""The metric of a result, as written in the abstract, and what core.py asks of the sentence before
(`previous_metric`). The metric of a speedup or a reduction, and `model_property`, are in `cost_metrics.py`;
that of a value with a physical unit or a device time ("56.8 FPS") in `unit_metrics.py`; the fixed phrase
shapes tried here ("precision and recall of ...", "the saving in X is", "3.2% more accurate") and
`previous_metric` itself are in `metric_phrases.py`; the metrics a sentence names, the nearest of them and the
modifiers a metric is widened with are in `metric_mentions.py`; list-position metrics in `paired_metrics.py`.

The metric is looked for from the number outwards: a metric in the number's own text, one written
right before it ("F1 of 0.87"), the words right after it, a verb's object ("improves recall by 4%"),
then the nearest metric the sentence names.
"""

from __future__ import annotations

from functools import cache

import regex

from etl.extract.cost_metrics import (
    OF_SYSTEM,
    QUAL_TAIL,
    SUBJECT_VERB,
    VERB_OBJECT_BARE,
    cost_metric,
    model_property,
)
from etl.extract.cues import COST, METRIC, STOP
from etl.extract.datasets import paren_owner
from etl.extract.from_to_metrics import bare_name, from_to_metric
from etl.extract.kinds import Found
from etl.extract.list_metrics import elliptic_cutoff, list_metric
from etl.extract.metric_mentions import labelled_metric, metric_in, nearest_metric, widen
from etl.extract.metric_phrases import (
    CHANGE_IN_IS,
    METRIC_PAIR,
    MORE_QUALITY,
    PEOPLE_WORD,
    SHARE_NOUN,
    SHARE_WHOLE,
    last_metric_before,
    metric_after_range,
    previous_metric,
    quantity_before,
)
from etl.extract.paired_metrics import empty_slot, paired_metric, slash_metric
from etl.extract.phrases import AND_BY, BASELINE_LIKE, BY_NUMBER, GENERIC, METRIC_PAREN, NAME, clean_metric
from etl.extract.rules import load
from etl.extract.tied_metrics import again_by_metric, compared_metric, tied_metric
from etl.extract.unit_metrics import fitted_metric, unit_metric
from etl.records import Kind

__all__ = ["metric_for", "model_property", "previous_metric"]

_R = cache(regex.compile)
_C = load("context")
_GAIN_OBJECT = regex.compile(
    rf"(?i)\b(?:improv\w*|boost\w*|increas\w*|enhanc\w*|rais\w*|reduc\w*|lift\w*|cut\w*|lower\w*|decreas\w*|higher|greater"
    rf"|better)\s(?P<o>[^,;]{{2,60}}?)"
    rf"\s(?:by|to)\s{QUAL_TAIL}[(\[]?$"
)
# a verb, its object and the value in brackets: "enhances multilingual capabilities (+10.6% on X, ...)"
_VERB_OBJECT_PAREN = regex.compile(
    r"(?i)\b(?:improv|enhanc|boost|increas|rais|reduc|lower|decreas)(?:e|es|ed|ing|s)?\s(?:the\s|its\s|their\s)?"
    r"(?P<o>(?-i:[a-z][\w\-]*(?:\s[a-z][\w\-]*){0,2}))\s\((?:up\sto\s|about\s|~|by\s)?[+\-]?$"
)
# "a 3% gain in accuracy"; not another change the sentence adds ("by 3% with a small increase in size")
_NOUN_OBJECT = regex.compile(
    r"^\s*(?!(?:with|while|without)\s)(?:[\w\-]+\s){0,3}?"
    r"(?:improvement|increase|gain|boost|enhancement|drop|reduction|decrease|degradation|lift|uplift)s?"
    r"\s(?:in|of|on)\s(?:terms\sof\s)?(?P<o>.{2,60})"
)
_NOT_LABEL = _C["not_label"].regex
_SYSTEM_LABEL = regex.compile(r"(?i)(?:^|\s)" + _C["system_label"].pattern + r"$")
_LABEL_PAREN = regex.compile(
    r"(?:(?i:improvements?|enhancements?|gains?|increases?|reductions?|decreases?)\s(?:in|of)\s)?"
    r"(?P<m>(?:[A-Za-z][\w'\-]*\s){0,2}[A-Za-z][\w'\-]*)\s\(\s?$"
)
# the metric written between a value and its change: "a 2.1% mAP gain", "with a 2% fault coverage drop"
_BEFORE_GAIN = regex.compile(
    r"\s(?P<m>(?:(?!(?:to|and|or|with|from|of|the|a|an|in|on|by|for|at|than|while|without)\s)[\w\-@]+\s){1,3}?)"
    r"(?:(?:average|absolute|relative|overall)\s)?"
    r"(?:improvement|gain|increase|boost|drop|degradation|loss|decrease)s?\b"
)
_LOOKS_LIKE_DATASET = regex.compile(
    r"(?i)\b(?:dataset|benchmark|corpus|split|set|task)s?$|^[A-Z][\w\-]*\d[\w\-]*$"
)
# between a metric and its value: "F1 of", "BLEU: ", "accuracy is", or nothing ("FID 9.58")
_DEGREE = regex.compile(r"^(?:" + _C["metric_degree"].pattern + r"\s)+(?=\S)")
_LEADING_VERB = regex.compile(
    r"(?i)^(?:the\s)?(?:speeds?\sup|sped\sup|reduc\w*|cuts?|lower\w*|improv\w*|boost\w*|increas\w*|decreas\w*"
    r"|accelerat\w*|sav(?:e|es|ed|ing)|enhanc\w*|rais\w*)\s(?=\S)"
)
_ACRONYM = regex.compile(r"[A-Z][A-Za-z\d@\-]{1,9}")
# "reduces the hallucination rate from 32% to 12%": the metric is what goes from one value to the other
_FROM_TO = regex.compile(
    r"(?i)\b(?:(?:reduc|improv|increas|rais|decreas|enhanc)(?:e|es|ed|ing)|(?:boost|lower|lift|jump)(?:s|ed|ing)?"
    r"|drop(?:s|ped|ping)?|cut(?:s|ting)?|push(?:es|ed|ing)?|bring(?:s|ing)?|brought|go(?:es)?|went|rose|rises?"
    r"|fell|falls?|grows?|grew)\s(?:up\s|down\s)?(?:the\s|its\s|their\s|our\s)?"
    r"(?P<o>(?:[^,;()]|(?<=\d),(?=\d{3}\b)){2,60}?)\s(?:\((?P<a>[^()]*)\)\s)?"
    r"from\s(?:[~≈]?\s?\d[\d.]*\s?(?:\\?%|points?)?\s(?:to|->|→)\s)?$"
)
# a quantity as the subject of a verb of change from one value to another: "Atom stability rises from 86.5%
# under EDM to 95.3%", "minDCF drops from 0.112 to", "the miss rate on KITTI falls from" (the place skipped)
_SUBJECT_FROM_TO = regex.compile(
    r"(?:^|[,;]\s|\b(?:and|while|but|whereas)\s)(?:the\s|its\s|their\s)?(?P<o>(?:[A-Za-z][\w\-]*\s){0,2}"
    r"[a-z][\w\-]*|(?<=^)[A-Z][a-z]+)(?:\s(?:on|in)\s[A-Za-z][\w\-.]*)?\s(?:rises|rose|drops|dropped|falls|fell"
    r"|grows|grew|climbs|climbed|improves|improved|increases|increased|decreases|decreased|goes|went|jumps"
    r"|jumped)\sfrom\s(?:[~≈]?\s?\d[\d.]*\s?"
    r"(?:\\?%|points?)?(?:\s[^\s\d,;]+){0,5}?\s(?:to|->|→)\s)?$"
)
# "in terms of segmental edit distance", "in the metric of average sensitivity": the metric is named
# whether or not the lexicon knows it
_TERMS_OF = regex.compile(
    r"(?i)^\s*(?:[\w\-]+\s){0,2}?(?:in\sterms\sof|in\sthe\smetrics?\sof|as\smeasured\sby)\s(?:the\s|both\s|either\s)*"
    r"(?P<o>[A-Za-z][\w\-@]*(?:\s(?!(?:on|in|for|than|over|compared|and|while|with|when|respectively|across|by|at)\b)"
    r"[A-Za-z][\w\-@]*){0,4})"
)
_TRAILING_ADVERB = regex.compile(r"\s" + _C["trailing_adverb"].pattern + r"$")
# the last verb of change and its object right before "to" and the value, in its own clause: "lowers FAD
# from 3.8 to 2.1 and raises the CLAP score to 0.46" -> "CLAP score"
_RAISE_TO = regex.compile(
    r"(?:^|,\s|\b(?:and|it|which|then)\s)(?:rais|lift|improv|increas|boost|lower|reduc|cut|bring|push|decreas|restor)"
    r"(?:e|es|ed|ing|s)?\s(?:the\s|its\s|their\s)?(?P<o>[^,;()\d]{2,40}?)(?<!\sup)\sto\s(?:about\s|around\s|~)?$"
)


def _phrase(text: str, end: int, s_end: int) -> str:
    right = text[end:s_end]
    stop = STOP.search(right, 0, 60)
    return right[: stop.start() if stop else min(60, len(right))]


_PARTICIPLE_AFTER = regex.compile(r"(?<=\S)\s[a-z]+ed$")
_PERCENT_END = regex.compile(r"(?:%|\spercent)$")
_AND_OR = regex.compile(r"^(?:and|or)\s")
# a LaTeX accent inside a word ("Fr\\'echet"), kept whole through the phrase cleaning that stops at "\\"
_ACCENT = regex.compile(r"\\['`^\"~]\{?(?=[A-Za-z])")
# a verb of change left at the end of a subject: "and the model size decreases by 20%"
_CHANGE_AFTER = regex.compile(r"\s(?:is\s|are\s|was\s|were\s)?" + _C["change_verb"].pattern + r"$")


def _clean_accented(np: str) -> str | None:
    accents = _ACCENT.findall(np)
    out = clean_metric(_ACCENT.sub("\x00", np))
    if out is None:
        return None
    for a in accents:
        out = out.replace("\x00", a, 1)
    return _CHANGE_AFTER.sub("", out) or None


# a keyword list the sentence splitter left on the last sentence: "\\keywords{...}", "\\textbf{Keywords}:
# Sampling, Hardware Performance Counters", "Index Terms-": its words are topics, not the metric
_KEYWORDS = regex.compile(
    r"\\[Kk]eywords\s?\{|\b(?:Key\s?[Ww]ords?|KEYWORDS|Index\s[Tt]erms)\s?(?:\}|:|-(?![\w\-])|—|\\textemdash)"
)


def _before_keywords(text: str, found: Found, s_end: int) -> int:
    """Where the sentence ends for its metrics: before a keyword list that follows the number."""
    k = _KEYWORDS.search(text, found.end, s_end) if s_end - found.end > 12 else None
    return k.start() if k else s_end


def metric_for(found: Found, text: str, s_start: int, s_end: int) -> str | None:
    """The metric of a result, as written; a data set's name is never one, and a metric name is
    widened to the modifiers written before it ("length-controlled win rate")."""
    return _metric_for(found, text, s_start, s_end)


def _metric_for(found: Found, text: str, s_start: int, s_end: int) -> str | None:
    s_end = _before_keywords(text, found, s_end)
    metric = _metric(found, text, s_start, s_end)
    fitted = fitted_metric(found, text, s_end, metric)  # "(e.g., 96.14% correctness"
    if metric is not None and fitted is None:
        return None  # "MoGA-B meets 75.5% which costs only 0.5 ms more": no time is a top-1 accuracy
    metric = fitted
    if metric is None and found.kind is Kind.REDUCTION:
        m = _FEWER_NOUN.match(text, found.end, s_end)
        if m and not _SYSTEM_WORD.fullmatch(m.group("m").split()[-1]):  # not "a 2x smaller model"
            return m.group("m")  # "3 times fewer environment interactions", "a 40% lower bitrate"
    if metric is None:
        return labelled_metric(text, s_start, s_end)  # "by 4.2 and 3.1 on the mIoU metric"
    if _FUNCTION_WORD.fullmatch(metric):  # "8 points of improvement": "of" is no metric
        return nearest_metric(found, text, s_start, s_end, True)
    if _SPLIT_NAME.search(metric) and not METRIC.search(metric):
        # "Its collision rate on the hard split is 0.31%": the split is where, the metric comes before it
        return nearest_metric(found, text, s_start, s_end, True)
    if metric.casefold() in ("scores", "scored") and _SCORES_VERB.search(text, s_start, found.start + 1):
        return None  # "BazChat scores 8.21 on MT-Bench": the verb, not a metric the sentence names
    if (
        _DATASET_LIKE.fullmatch(metric)
        and not (METRIC.search(metric) or COST.search(metric))
        and not _METRIC_HEAD.search(metric)  # "the Frechet Gesture Distance by 21%": a metric in capitals
    ):
        return nearest_metric(found, text, s_start, s_end, True)
    metric = _TRAILING_ADVERB.sub("", widen(metric, text, s_start, s_end, found.start))
    return elliptic_cutoff(metric, text, s_start, found.start)  # "top-5 ... error (and 4.8% test error)"


# labels with their values in brackets, then the metric they share: "on NER (+2.1%), entity linking (+3.4%),
# and relation typing (+1.7%) in F1 score": the labels are tasks, the metric comes after the list
_LIST_THEN_METRIC = regex.compile(
    r"[^()]{0,20}\)(?:,?\s(?:and\s)?[^(),;.]{1,40}\([^()]{1,20}\))*,?\s(?:in|on)\s(?:terms\sof\s)?(?:the\s)?"
    rf"(?P<m>{METRIC.pattern})"
)
# a named score right after a gain: "outperforms the baseline by 2.2% on the FooBench Score", "by 1.4 in the
# GLUE score" (a capitalised name then "score"; "on the test score" is no name)
_ON_NAMED_SCORE = regex.compile(
    r"(?:\s?\\?%)?\s(?:on|in)\s(?:the\s|its\s)?"
    r"(?P<m>(?!(?:Test|Overall|Average|Final|Total)\s)[A-Z][\w\-]*\s[Ss]cores?)\b"
)
_SPLIT_NAME = regex.compile(r"(?i)\b(?:split|subset|partition)s?$")
# "scores" as the verb of a system: "FooChat scores 8.21", "it scored over 43,000 points", not "F1 scores of"
_SCORES_VERB = regex.compile(
    r"(?<!\b(?i:the|a|an|its|their|our|average|mean|overall|human|f1|bleu|rouge|test)\s)\b(?:scores|scored)\s(?!of\b)"
    r"(?=(?:[a-z]+\s){0,3}[+\-~]?\d)"
)
# what a cut is of, written right after it: "3x fewer denoising evaluations", "40% lower bitrate"
_FEWER_NOUN = regex.compile(
    r"\s(?:times\s|x\s|×\s)?(?:fewer|less|lower|smaller|cheaper|shorter)\s"
    r"(?P<m>(?!(?:than|and|or|the|a|an|in|of|while|with|compared)\b)[a-z][\w\-]*(?:\s(?!(?:than|and|or|in|of|while|with|compared|on|for|at|to|by)\b)[a-z][\w\-]*){0,2})"
)
_SYSTEM_WORD = regex.compile(
    r"(?i:models?|networks?|variants?|versions?|architectures?|baselines?|students?|systems?)"
)
_SUBJECT_SYSTEM = regex.compile(
    _SYSTEM_WORD.pattern[:-1]
    + r"|agents?|methods?|approach(?:es)?|polic(?:y|ies)|detectors?|classifiers?|it|they)"
)
_FUNCTION_WORD = regex.compile(r"(?i)(?:(?:of|the|a|an|in|on|to|and|or|by|with|for|about|up|over|than)\s?)+")
# "ImageNet-C", "and Stylized-ImageNet": a name with a digit, a dash or an inner capital, no metric word
# (not a plural of an acronym: "8 GPUs, 2x fewer than X" counts GPUs)
_DATASET_LIKE = regex.compile(rf"(?:and\s|or\s)?(?=\S*[\-\d]|\S*[a-z])(?!FPS|[A-Z]{{2,}}s$){NAME}")
_METRIC_HEAD = _C["metric_head"].regex


def _widened(found: Found, text: str, s_start: int, s_end: int) -> str | None:
    """The metric of an earlier value, widened where that value stands ("46.1% robust accuracy ..., compared
    with 47.0%": robust, not the clean accuracy written nearer the later value)."""
    metric = _metric(found, text, s_start, s_end)
    return widen(metric, text, s_start, s_end, found.start) if metric else None


def _metric(found: Found, text: str, s_start: int, s_end: int) -> str | None:
    if empty_slot(found, text, s_start, s_end):
        return None  # "56.50% (mIoU), 45.31% (mean )": the metric slot of 45.31% is there, but empty
    tied = tied_metric(found, text, s_start, s_end, lambda before: _widened(before, text, s_start, s_end))
    if tied:
        return tied  # "from 98 ms to 55 ms, a 1.8x speedup": the change is in what the value before measures
    if found.kind is not Kind.SCORE or list_metric(text, s_start, found.start, found.end) is None:
        tied = compared_metric(
            found, text, s_start, s_end, lambda before: _widened(before, text, s_start, s_end)
        ) or again_by_metric(found, text, s_start, lambda before: _widened(before, text, s_start, s_end))
        if tied:
            return tied  # "rated safe in 93% of cases versus 81% for X": what the value before measures
    if found.kind is Kind.SCORE and not METRIC.search(text, found.start, found.end):
        changed = from_to_metric(text, s_start, found.start)
        if changed and not metric_after_range(text[found.end : s_end]):
            return changed  # "latency on a Jetson Orin drops from 212 ms to 131 ms"
    decided, metric = unit_metric(found, text, s_start, s_end)
    if decided:
        return metric
    right = text[found.end : s_end]
    left = text[s_start : found.start]
    phrase = _phrase(text, found.end, s_end)
    own = METRIC.search(text, found.start, found.end)
    if own and not GENERIC.fullmatch(own.group(0)):
        return own.group(0)
    slashed = slash_metric(found, text, s_start)
    if slashed:
        return slashed  # "0.587/0.812 PSDS1/PSDS2": each value its own metric
    named = _ON_NAMED_SCORE.match(text, found.end, s_end)
    if named and found.kind in (Kind.SCORE, Kind.IMPROVEMENT):
        return named.group("m")
    listed = list_metric(text, s_start, found.start, found.end)
    if listed and found.kind in (Kind.SCORE, Kind.IMPROVEMENT):
        return listed
    if found.kind in (Kind.SCORE, Kind.IMPROVEMENT) and not METRIC.match(phrase.lstrip()):
        paired = paired_metric(found, text, s_start)
        if paired:
            return paired
    pair = METRIC_PAIR.search(left[-120:]) if " and " in left[-120:] else None
    if pair and (pair.group("v") or _R(r",?\s(?:and|/)\s[+\-]?\d").match(right)):
        return pair.group("b" if pair.group("v") else "a")  # "precision and recall of 89.3% and 89.8%"
    before = last_metric_before(left)
    if before and (before[1] or not METRIC.match(phrase.lstrip())):
        return before[0]  # "FID 9.58", but "13 mAP 25 MOTA": 25 is MOTA
    if found.kind is Kind.SCORE and before is None and not METRIC.match(phrase.lstrip()):
        quantity = quantity_before(left)
        if quantity:
            return quantity  # "a detection rate of 89.3%": a quantity the lexicon does not know
    if found.kind is Kind.SCORE and "from" in left[-80:] and not metric_after_range(right):
        m = _FROM_TO.search(left[-90:])
        np = clean_metric(OF_SYSTEM.split(m.group("o"), 1)[0]) if m else None
        if np and m and m.group("a") and _ACRONYM.fullmatch(m.group("a")):
            # "reduces the error in estimating effects (PEHE) from": the whole name its acronym stands for
            np = f"{m.group('o').strip()} ({m.group('a')})"
        if (
            np
            and not BASELINE_LIKE.search(np)
            and not _LOOKS_LIKE_DATASET.search(np)
            and not bare_name(np, left)
        ):
            return np  # not "improves Vicuna from": a system
        m = _SUBJECT_FROM_TO.search(left[-90:])
        np = clean_metric(m.group("o")) if m else None
        if (
            np
            and not BASELINE_LIKE.search(np)
            and not _LOOKS_LIKE_DATASET.search(np)
            and not GENERIC.fullmatch(np)
            and not bare_name(np, left)  # "Mistral falls from"
            # "the model improves from", "our agent rises from": the system, not a metric
            and not _SUBJECT_SYSTEM.fullmatch(np.split()[-1])
        ):
            return np
    m = AND_BY.search(left[-80:])
    if (
        m
        and not _R(r"(?i)\b(?:outperform|surpass|beat|exceed)\w*").search(left)
        and BY_NUMBER.search(left[-80:][: m.start()])
    ):
        # "and speeds up training by 2.5x"; after a serial comma: ", and the gesture distance by 21%"
        np = _clean_accented(_LEADING_VERB.sub("", _AND_OR.sub("", m.group("np"))))
        if np and not BASELINE_LIKE.search(np):
            return np
    m = CHANGE_IN_IS.search(left[-80:]) if found.kind is not Kind.SCORE else None
    if m:
        return m.group("o")  # "The saving in power consumption is 20%"
    if found.kind in (Kind.SPEEDUP, Kind.REDUCTION):
        return cost_metric(found, text, s_start, s_end, phrase)
    if found.kind in (Kind.DATA_SIZE, Kind.PARAM_COUNT):
        return None
    m = METRIC.match(phrase.lstrip())
    if m and not GENERIC.fullmatch(m.group(0)):
        return m.group(0)
    m = _LABEL_PAREN.search(left[-60:])
    # a label that ends in a function word is none: "F1-scores, which range from (88% to 96%)"
    label = _NOT_LABEL.split(m.group("m") + " ")[-1].strip() if m else ""
    label = _DEGREE.sub("", label)  # "significantly higher precision (21.7%)": the metric is precision
    if m and (
        not label
        or _SYSTEM_LABEL.search(label)
        or _LOOKS_LIKE_DATASET.search(label)  # "on the OntoGUM benchmark (+2.7 points)"
        or paren_owner(text, s_start, found.start)  # "datasets including CIFAR-100 (17%), Tiny ImageNet (9%)"
        or found.rule.startswith("paren_value")
    ):
        m = None  # "the gap between current systems (61%)": systems, not a metric
    if m and (
        _R(r"\s?/\s?\d").match(right) or _R(r"\s?(?:\w+\s)?(?:more|less|higher|lower)?\)").match(right)
    ):
        after = _LIST_THEN_METRIC.match(right) if not METRIC.search(label) else None
        return after.group("m") if after and not GENERIC.fullmatch(after.group("m")) else label
    m = _R(r"\s*in\s(?:terms\sof\s)?(?:the\s)?").match(right)
    m = METRIC.match(right, m.end()) if m else None
    if m and not GENERIC.fullmatch(m.group(0)):
        return m.group(0)
    m = _TERMS_OF.match(right)
    if m:
        return m.group("o")
    m = _BEFORE_GAIN.match(right)
    if m and not _R(r"(?i)^(?:absolute|relative|average|overall|significant|large)$").match(
        m.group("m").strip()
    ):
        return m.group("m").strip()
    o = _NOUN_OBJECT.match(right)
    if o:
        mp = METRIC_PAREN.match(o.group("o"))
        np = mp.group(0) if mp else clean_metric(o.group("o"))
        if np and not _LOOKS_LIKE_DATASET.search(np):
            return np
    m = SUBJECT_VERB.search(left) or _VERB_OBJECT_PAREN.search(left[-80:])
    if m:
        np = clean_metric(m.group("o"))
        if np and not BASELINE_LIKE.search(np):
            return np
    m = _RAISE_TO.search(left[-70:]) if found.kind is Kind.SCORE else None
    np = clean_metric(m.group("o")) if m else None
    if np and not BASELINE_LIKE.search(np) and not _LOOKS_LIKE_DATASET.search(np):
        return np
    m = _GAIN_OBJECT.search(left)
    if m and _R(r"\d\s?\\?%|\d\.\d").search(m.group("o")):
        m = None  # "the error rate by 40.1% (accuracy from 90.12% to": the object is the one in parentheses
    if m:
        obj = _R(r"\s+up$").sub("", m.group("o").split("(")[0].rstrip())
        obj = "" if _R(r"(?i)^(?:of\s?)?(?:up)?$").match(obj) else obj
        if _R(r"(?i)^(?:the\s)?(?:overall\s)?performance\sof\s").match(obj):
            obj = "performance"
        obj = OF_SYSTEM.split(obj, 1)[0]  # "the average performance of LLaMA-2-7B"
        np = clean_metric(obj)
        if np and not BASELINE_LIKE.search(np):
            return np
    m = VERB_OBJECT_BARE.search(left[-80:]) if found.kind is Kind.IMPROVEMENT else None
    np = clean_metric(m.group("o")) if m else None
    if np and not BASELINE_LIKE.search(np):
        return np  # "increases logit margins two times larger than"
    o = _R(r"\s*of\s(?P<o>(?:the\s|its\s|their\s)?[^,;.()]{2,50})").match(text, found.end, s_end)
    if found.kind is Kind.SCORE and o and _R(r"(?i)\b(?:performance|accuracy|score)\b").search(o.group("o")):
        np = clean_metric(OF_SYSTEM.split(o.group("o"), 1)[0])  # "90% of the performance of LLaVA-1.5"
        if np:
            return np
    if found.kind is Kind.SCORE and text.endswith("%", found.start, found.end):
        m = SHARE_NOUN.match(text, found.end, s_end)
        if m and METRIC.search(m.group("o")):
            # a metric widened ("judge accuracy"); not a participle after it ("fine-tuning accuracy evaluated on")
            return _PARTICIPLE_AFTER.sub("", m.group("o"))
        if m and not metric_in(text, s_start, s_end):
            return m.group("o")  # the only quantity named
    if found.kind is Kind.SCORE and _PERCENT_END.search(text, found.start, found.end):
        m = SHARE_WHOLE.match(text, found.end, s_end) if not metric_in(text, s_start, s_end) else None
        if m and not PEOPLE_WORD.search(m.group("o")):
            # "rejects 64% of malicious requests": the sentence names no other quantity; a participle after
            # the noun is not part of it ("90 percent of the email traffic produced")
            return _PARTICIPLE_AFTER.sub("", m.group("o"))
    named = nearest_metric(found, text, s_start, s_end, True)
    m = MORE_QUALITY.match(text, found.end, s_end) if found.kind is Kind.IMPROVEMENT and not named else None
    if m:
        return m.group("o")  # "3.2% more accurate on ImageNet", "25% more similar to experts' feedback"
    return named or nearest_metric(found, text, s_start, s_end, False)
