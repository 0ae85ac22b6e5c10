"""The baseline field: the system a gain, speed-up or reduction is measured against ("than X",
"over X", "outperforms X by 3%", "improves FixMatch by 9.8%"). The comparison cues of a sentence ("than X",
"comparable to X", "within N of X") are read in `baseline_cues.py`."""

from __future__ import annotations

from functools import cache

import regex

from etl.extract.baseline_cues import SETTING_NP, SYSTEM_NP, baseline_cues, gap_cues, parity_cues
from etl.extract.baseline_phrases import (
    CUE_NP_STOP,
    CUE_RIGHT_AFTER,
    bracketed_gain_owner,
    improved_system,
    one_item,
    share_owner,
    value_for,
)
from etl.extract.baseline_shapes import (
    ARTICLE,
    COST_OF,
    GAP_BEFORE,
    IMPROVE_ON_NP,
    OBJECT_BY,
    PLAIN_SYSTEM,
    WITHIN_BEFORE,
    closing_reference,
    gap_np,
    gap_reference,
    paired_system,
    trim_baseline,
)
from etl.extract.cues import COST, METRIC
from etl.extract.datasets import known_dataset
from etl.extract.from_pairs import COMPARED_LIST_END, FROM_FIRST, from_to_owner
from etl.extract.kinds import Found
from etl.extract.phrases import (
    AND_BY,
    BASELINE_LIKE,
    BY_NUMBER,
    MODEL_NOUN,
    NAME,
    NAME_RE,
    NOT_DATASET,
    clean_np,
)
from etl.extract.rules import load
from etl.extract.subject_names import CLAUSE_BREAK
from etl.records import Kind

# the from-to pairs live in from_pairs.py; names.py and from_owners.py read them from here
__all__ = ["COMPARED_LIST_END", "FROM_FIRST", "baseline_for", "from_to_owner", "versus_owner"]

_R = cache(regex.compile)
_C = load("context")
_METRIC_OF = regex.compile(
    r"(?i)\b(?:improv|boost|increas|enhanc|rais)\w*\s(?:the\s)?(?:[\w\-]+\s){0,2}?(?:accuracy|performance|scores?|F1|results?)"
    r"\sof\s(?P<np>[^,;()]{2,60}?)\s(?:in\s[^,;()]{0,60}?\s)?by\s(?:\S+\s?)?\(?$"
)
# "refining BigTranslate-13B with +6.91 BLEU": the system refined, with the gain right after "with"
_IMPROVE_NAME = regex.compile(
    rf"(?:(?P<v>\b(?i:improv\w*|boost\w*|refin\w*)(?:\s(?:upon|on|over))?)|\band|,)\s(?P<n>{NAME})(?:~?\\cite\{{[^}}]*\}})?"
    r"\s(?:by\s(?:\S+\s?)?|with\s)$"
)
_IMPROVE_NAME_FIRST = regex.compile(
    rf"\b(?i:improv\w*|boost\w*|refin\w*)(?:\s(?:upon|on|over))?\s(?P<n>{NAME})(?:~?\\cite\{{[^}}]*\}})?\s(?:by|with)\s"
)
# "we improve the state-of-the-art performance by 5.5%", "improves upon the current SOTA by \\textbf{3.3\\%}"
_SOTA_RAISED = regex.compile(
    r"(?i)\b(?:improv|advanc|push)\w*\s(?:upon\s|on\s)?(?P<np>" + _C["sota_phrase"].pattern + r")"
    r"(?:\s(?:performance|results?|accuracy))?(?![\w\-])[^,;.()]{0,60}?\sby\s(?:[^\s,;]++\s?){0,5}$"
)
# "our method improves ELECTRA's average performance by 2.8%", "improves base models' accuracy by 3.6%":
# the possessor is the system improved upon
_POSS_RAISED = regex.compile(
    r"(?i)\b(?:improv|boost|rais|enhanc|increas|lift)\w*\s(?!(?:its|their|our|his|her)\b)(?:the\s)?"
    r"(?P<np>(?:[\w\-.]+\s){0,2}?[\w\-.]+)(?:'s|(?<=s)')\s(?:[\w\-]+\s){0,2}?(?:accuracy|performance|scores?|F1|results?)"
    r"\s(?:on\s[^,;.]{1,40}?\s)?by\s(?:[^\s,;]++\s?){0,3}$"
)
# a verb of comparison with a number of its own after its object: "outperforms B on X by 37%"
_OWN_BY = regex.compile(
    r"(?i)(?:outperform|surpass|beat|exceed)\w*\s[^,;]{1,120}?\sby\s(?:[^\s,;]+\s){0,3}?[+\-]?\d"
)
# what a factor multiplies: "2.3 times the speed of the STL system", "4 times the previous state of the art"
_TIMES_OF = regex.compile(
    r"\s*(?:(?:the\s(?:[\w\-]+\s){0,2}?(?:speed|throughput|performance|accuracy|efficiency|scores?|rate)\sof|that\sof)"
    r"\s(?P<np>[^,;.]{2,60})|(?P<sota>" + _C["sota_phrase"].pattern + r")(?![\w\-]))"
)
_SHARE_OF = regex.compile(r"\s*of\s(?P<o>(?:the\s)?[^,;.]{2,50})")


def baseline_for(found: Found, text: str, s_start: int, s_end: int) -> str | None:
    """What a gain, a speed-up or a cut is measured against, as written (trimmed of what it ran into)."""
    np = _baseline_for(found, text, s_start, s_end)
    return trim_baseline(np) if np else None


def _baseline_for(found: Found, text: str, s_start: int, s_end: int) -> str | None:
    if found.kind not in (Kind.IMPROVEMENT, Kind.SPEEDUP, Kind.REDUCTION):
        return None
    gap = gap_reference(found, text, s_start, s_end)
    if gap:
        return gap
    paired = paired_system(found, text, s_start)
    if paired:
        return paired
    left = text[s_start : found.start]
    m = AND_BY.search(left[-80:])
    if (
        m
        and _R(r"(?i)\b(?:outperform|surpass|beat|exceed)\w*").search(left)
        and BY_NUMBER.search(left[-80:][: m.start()])
        and not _R(r"(?i)^(?:\w+\s(?:its|the|their|our|a|an|this)|(?:it|we|they|this|which|that))\b").match(
            m.group("np")
        )
        and not _R(r"(?i)\bon\s(?:the\s)?[^,;]{2,50}\sby\s(?:\S+\s?)?[+\-]?\d[^,;]{0,12}$").search(
            left[: len(left) - len(m.group(0))]
        )
    ):
        np = clean_np(m.group("np"))
        if np:
            return np
    m = IMPROVE_ON_NP.search(left[-120:])
    np = ARTICLE.sub("", m.group("np")) if m else None
    if np and not known_dataset(np):
        return np
    m = OBJECT_BY.search(left[-120:])
    np = ARTICLE.sub("", m.group("np")) if m else None
    if np and not (METRIC.search(np) or _R(r"\s(?:of|and|or)\s").search(np)):
        return np
    m = _IMPROVE_NAME.search(left[-80:])
    if (
        m
        and not CUE_RIGHT_AFTER.match(text, found.end, s_end)
        and not METRIC.search(m.group("n"))
        and not NOT_DATASET.match(m.group("n"))
        and not known_dataset(m.group("n"))
        and (m.group("v") or _IMPROVE_NAME_FIRST.search(left, 0, len(left) - 80 + m.start()))
    ):
        return m.group("n")  # "we improve FixMatch by 9.8% and CoMatch by 3.2%": systems improved upon
    np = (
        None if CUE_RIGHT_AFTER.match(text, found.end, s_end) else improved_system(text, s_start, found.start)
    )
    if np:
        return np  # "improving on Graph WaveNet by 4.3%", "improving the camera-only BEVFormer by 6.9 NDS"
    if found.kind is Kind.REDUCTION:
        m = COST_OF.search(left[-140:])
        np = clean_np(m.group("np")) if m else None
        head = _R(r"\s\d+(?:\.\d+)?[BMK]$").sub("", np).rsplit(" ", 1)[-1] if np else ""  # "LLaMA-2 7B"
        if np and (MODEL_NOUN.fullmatch(head) or NAME_RE.fullmatch(head)) and not known_dataset(np):
            # "compress DeiT-B by 9.7 times", "reduce the size of the pre-trained Swin-B by 48%"; not a
            # process or a store, "the memory footprint of LLM inference", "the storage of KV caches"
            return np
        s = _SHARE_OF.match(text, found.end, s_end)
        o = one_item(s.group("o")) if s else ""  # "only 10% of Sepformer and the CPU time 20% of it"
        if (
            o
            and (
                MODEL_NOUN.search(o)
                or NAME_RE.search(o)
                or (PLAIN_SYSTEM.fullmatch(o) and not known_dataset(o))
            )
            and not COST.search(o)
        ):
            np = clean_np(o)
            if np:
                return np
        np = None if _REMOVED.search(left[-40:]) else share_owner(text, found.end, s_end, SYSTEM_NP)
        if np:
            return np  # "0.5% of the storage of full-history retraining", "0.2% of that of FedAvg"
    if found.unit == "x" and _R(r"(?:times|x|×|fold)\}?$").search(text, found.start, found.end):
        t = _TIMES_OF.match(text, found.end, s_end)
        np = clean_np(t.group("np")) if t and t.group("np") else (t.group("sota") if t else None)
        if np:  # "3.7 times the speed of the STL system", "almost 4 times the previous state of the art"
            return np
    best, dist = None, 10**9
    cues = baseline_cues(text, s_start, s_end)
    if found.kind is not Kind.IMPROVEMENT or WITHIN_BEFORE.search(
        text, max(s_start, found.start - 24), found.start
    ):
        # a gain over a system it only equals is no gain; a gap to it is ("matches FooNet within 0.3 points")
        cues = cues + parity_cues(text, s_start, s_end)
    if found.kind is not Kind.IMPROVEMENT:  # "within 0.9 BLEU of X while being 5 times smaller": than X
        cues = cues + gap_cues(text, s_start, s_end)
    for a, b, np in cues:
        if a >= found.end:
            if _OWN_BY.match(text[a:s_end]):
                continue  # "A gains 10% on X and outperforms B by 37%": B is the later number's
            later = _LATER_CLAUSE.search(text, found.end, b)
            if later and (later.group("s") or _OWN_MEASURE.match(text, b, s_end)):
                continue  # "yields gains of up to 5 EM and it is twice as effective as X": the later clause's
            d = a - found.end
        elif b <= found.start:
            d = found.start - b + 10
            if _BEAT_VERB.match(text, a, b) and _BEATEN_BY.fullmatch(text, b, found.start):
                d = 0  # "outperforming \\citet{X} by 1.8% and 2.2%", "by a large margin (13%)": its own object
        else:
            continue
        if d < dist:
            best, dist = np, d
    if best is None and found.kind in (Kind.SPEEDUP, Kind.REDUCTION):
        m = value_for(text, max(s_start, found.start - 160), found.start)
        np = clean_np(m.group("np"), stop=CUE_NP_STOP) if m else None
        np = _OF_SIZE.sub("", np) if np else None  # "a Transformer baseline of equal size"
        if (
            np
            and not METRIC.search(np)
            and not CLAUSE_BREAK.search(text, m.end(), found.start)
            and not _NEW_SETTING.search(text, m.end(), found.start)
        ):
            return np  # "an FID of 18.3 versus 19.6 for the teacher, and is 11.5x faster": than the teacher
        g = None
        for g in GAP_BEFORE.finditer(text, max(s_start, found.start - 200), found.start):  # noqa: B007
            pass
        np = gap_np(text, g.end(), s_end) if g else None
        if (
            np
            and not CLAUSE_BREAK.search(text, g.end(), found.start)
            and not _NEW_SETTING.search(text, g.end(), found.start)
        ):
            return np  # "within 1.1 points of its teacher, while producing embeddings 64 times faster"
        np = closing_reference(text, s_start, found.start)
        if np and not SETTING_NP.search(np):  # not "for unseen classes.", "for the 4-bit setting."
            return np  # "..., compared with 198 for its 12B teacher. Inference is 7.5 times faster"
    if best is None:
        m = _METRIC_OF.search(left[-120:])
        if m:
            np = clean_np(m.group("np"))
            if np and (BASELINE_LIKE.search(np) or SYSTEM_NP.search(np) or NAME_RE.fullmatch(np)):
                return np  # "improves the accuracy of state-of-the-art models by 20.3%"
        np = bracketed_gain_owner(text, s_start, found.start)
        if np and (BASELINE_LIKE.search(np) or SYSTEM_NP.search(np)) and not METRIC.search(np):
            return np  # "improves the performance of the backbone models (+8.81 on C-Eval)"
        m = _SOTA_RAISED.search(left[-160:])
        if m:
            return m.group("np")  # "we improve the previous state of the art by 7.4 BLEU"
        m = _POSS_RAISED.search(left[-120:])
        if m and (NAME_RE.fullmatch(m.group("np")) or not NOT_DATASET.match(m.group("np"))):
            return m.group("np")  # "improves ELECTRA's average performance by 2.8%"
    return best


# a share cut away, not one kept: "Pruning 30% of the weights of FooLM" (no system it is measured against)
_REMOVED = regex.compile(
    r"(?i)\b(?:prun|remov|drop|discard|delet|eliminat|cut|skip|mask|zero)\w*\s(?:(?:only|about|up\sto|roughly)\s)?$"
)


# a coordinated clause after the number with a subject of its own, or a verb of beating with a measure of its
# own, whose compared system is its own: "..., and it is at least twice as effective as X", "..., and
# significantly outperforms X in terms of AP" (not "the same accuracy with 14x fewer steps, and beats X")
_LATER_CLAUSE = regex.compile(
    r"(?i)\band\s(?:(?P<s>(?:it|they|this|these)\s(?!by\b))|(?<=,\sand\s)(?:[a-z]+ly\s)?(?:outperform|surpass|beat|exceed)\w*\s)"
)
_OWN_MEASURE = regex.compile(r"[^,;.]{0,60}?\bin\sterms\sof\s")


# a later clause with a subject or a setting of its own: "..., and on Avazu it cuts latency by 3.4x"
_NEW_SETTING = regex.compile(r"\b(?:[Ii]t|[Ww]e|[Tt]hey)\s|,\s(?:and\s)?(?:on|in|for)\s")
_OF_SIZE = regex.compile(r"\sof\s(?:equal|similar|comparable|the\ssame)\s\w+$")


# what lies between a verb of beating and its own number: the object and "by" ("by a large margin (")
_BEATEN_BY = regex.compile(
    r"(?:(?!\b(?:its?|we|they|which|while|whereas)\b|\b(?:outperform|surpass|beat|exceed))[^,;.()]){1,80}?\sby\s(?:(?:about|over|nearly|almost|around|up\sto|more\sthan)\s|an?\s(?:\w+\s)?margin(?:\sof)?\s\(?"
    r"|[^\s,;]+\s(?:and|or)\s)?"
)
_BEAT_VERB = regex.compile(r"(?i)(?:outperform|surpass|beat|exceed)")


# ---------------------------------------------------------------- "(a vs. b)": the compared system's value

# a number right after "a vs." (the listing may have cut the sentence at "vs."): "(73.5% vs. 71.8%)"
_VS_SECOND = regex.compile(r"(?P<a>\d[\d.,]*)\s?(?:\\?%)?\s?(?:\\\w+\{)?(?:vs\.?|versus|v\.s\.?)\}?\s?$")
_VS_FIRST = regex.compile(r"\s?(?:\\?%)?\s?(?:\\\w+\{)?(?:vs\.?|versus|v\.s\.?)\}?\s?(?P<b>\d[\d.,]*)")
# a system the pair sets the result beside: "is very close to human quality (4.39 vs 4.44)"
_NEAR = regex.compile(
    r"(?i)\b(?:close\sto|on\spar\swith|comparable\s(?:to|with)|similar\sto|approaching|matching)\s"
)
_OWN_FOR = regex.compile(r"\s?(?:\\?%)?\s(?:for|of|by|with)\s(?:the\s|an?\s|its\s)?[\w\-]")
_BEATS = regex.compile(r"(?i)^(?:outperform|surpass|beat|exceed)")
_LOWER_BETTER = regex.compile(r"(?i)\b(?:error|loss|perplexity|FID|[WCE]ER|MAE|RMSE|latency|time)\b")


def _number(s: str) -> float | None:
    try:
        return float(s.replace(",", ""))
    except ValueError:
        return None


def versus_owner(found: Found, text: str, s_start: int, s_end: int) -> str | None:
    """The compared system of "X outperforms Y (73.5% vs. 71.8%)" owns the second value (the first is
    X's, written in the order of the sentence); when the values contradict that order (Y's would be
    the better one after "outperforms"), the order is the other way round and "" says the value is
    the subject's."""
    second = _VS_SECOND.search(text, max(0, found.start - 30), found.start)
    first = None if second else _VS_FIRST.match(text, found.end, min(len(text), found.end + 30))
    if not (second or first):
        return None
    if second and _OWN_FOR.match(text, found.end, s_end):
        return None  # "76.5% versus 61.2% for a scalar model": the value names its own system
    pivot = second.start() if second else found.start
    start = text.rfind(". ", max(0, pivot - 400), pivot)
    start = (
        start + 2 if start >= 0 and not text.endswith(("vs", "v.s"), 0, start) else max(s_start, pivot - 400)
    )
    best = cue = None
    near = [(m.start(), m.end(), clean_np(text[m.end() : s_end])) for m in _NEAR.finditer(text, start, s_end)]
    for a, b, np in sorted([*baseline_cues(text, start, s_end), *(c for c in near if c[2])]):
        if regex.match(r"(?i)(?:vs|versus|v\.s)", text[a:b]):
            continue  # the "vs." of the pair itself
        if b <= pivot and pivot - b < 200 and ")" not in text[b:pivot]:
            best, cue = np, text[a:b]  # the last comparison before the pair, in its clause
        elif a >= found.end and best is None and a - found.end < 40:
            best, cue = np, text[a:b]  # "(28.4% vs 18.8%) compared to the strongest baseline"
            break
    if best is None:
        return None
    best = regex.split(r"\s(?:but|while|whereas|which|that|not|also)\b", best)[0]
    mine = found.value
    other = _number(second.group("a") if second else first.group("b"))
    if _BEATS.match(cue) and mine is not None and other is not None and mine != other:
        lower = _LOWER_BETTER.search(text, max(start, pivot - 120), min(s_end, found.end + 40)) is not None
        beaten = mine > other if lower else mine < other  # this value is the worse of the two
        return best if beaten else ""  # "": the subject's, written first after all
    return best if second else None


# ---------------------------------------------------------------- a system compared with a variant of itself

_NAME_START = regex.compile(
    rf"\s*(?:[Tt]he\s)?(?P<n>{NAME})\s(?:(?P<with>with|using|plus)\s(?P<w>{NAME})\b|[a-z])"
)


def self_compared(
    name: str, text: str, s_start: int, s_end: int, method: str | None
) -> tuple[str | None, str | None]:
    """(model, baseline) of a speed-up or a cut whose model and baseline came out as one name: the variant
    named after the cue ("2x faster than FooNet with dense attention", "Compared to FooNet without pruning,");
    else the system the sentence opens with ("ViT-L with FooMerge is 2x faster than ViT-L", "FooRL reaches
    MAPPO's final performance with 2.3x fewer steps") or the proposed method it names; else no model."""
    n = regex.escape(name)
    v = _R(
        rf"(?i:than|compared\s(?:to|with)|versus|vs\.?|relative\sto|over)\s(?:the\s)?{n}\s"
        r"(?P<v>(?:with|without|w/o)\s[^,;.()]{2,40}?)(?=\s*(?:[,;.()]|$)|\s(?:and|while|but|which|on|in|at)\b)"
    ).search(text, s_start, s_end)
    if v:
        return name, f"{name} {v.group('v')}"
    m = _NAME_START.match(text, s_start, s_end)
    if m and m.group("w") and m.group("n") == name:
        return m.group("w"), name  # "ViT-L with FooMerge is 2x faster than ViT-L": the method added
    if m and not m.group("with") and m.group("n") != name:
        return m.group("n"), name  # "FooRL reaches MAPPO's final performance"
    if (
        method
        and method != name
        and regex.search(rf"(?<![\w\-]){regex.escape(method)}(?![\w\-])", text[s_start:s_end])
    ):
        return method, name
    return None, name
