"""The dataset field: the data set a number was measured on, from its sentence (the one nearest
it, one it is listed with) or carried over from before, and numbers measured on data sets the
sentence does not name. Finding the names is in `dataset_names.py`, the positional readers (lists,
"respectively", pipes, parentheses) in `dataset_lists.py`; both are re-exported here. What a data size
is of is read in `dataset_sizes.py`."""

from __future__ import annotations

from functools import cache, lru_cache

import regex

from etl.extract.cues import METRIC
from etl.extract.dataset_carry import own_setting
from etl.extract.dataset_coordination import coordination_of
from etl.extract.dataset_descriptions import averaged_over_list, made_here, unnamed_data, wrapping_description
from etl.extract.dataset_lexicon import (
    COST_AFTER,
    DIGIT_NAME,
    HARDWARE_AFTER,
    LATEX_FONT,
    PART_OF,
    SUBSET_OF,
    VERSION,
    YEAR,
    task_acronym,
)
from etl.extract.dataset_lists import aligned, paren_owner, pipe_partner, respectively, slash_partner
from etl.extract.dataset_names import (
    ADJ,
    MODALITY,
    dataset_mentions,
    improved_on,
    is_source,
    known_dataset,
    known_mentions,
    language_pairs,
    metric_owners,
    sentence_dataset,
    title_dataset,
)
from etl.extract.dataset_openings import opening_place
from etl.extract.dataset_places import governing_owner, name_goes_on, not_system_modifiers, plain_name
from etl.extract.dataset_scopes import paren_after, scoped_before, trained_elsewhere
from etl.extract.dataset_sizes import size_items_of, size_owner
from etl.extract.dataset_tasks import CLAUSE_BREAK, TASK_AFTER, task_before
from etl.extract.dataset_whole_names import whole_name
from etl.extract.kinds import Found
from etl.extract.phrases import (
    ACRONYM_AFTER,
    METRIC_PAREN,
    NAME,
    NOT_DATA_NAME,
    bare_name,
    is_dataset,
    occurrences,
)
from etl.extract.rules import load
from etl.records import Kind

_WORD_CHAR = regex.compile(r"[\w\-]")
_METRIC_AFTER = regex.compile(r"\s(?:metric|measure)s?\b")  # "on the mAcc metric": a metric's name

_C = load("context")

__all__ = [
    "dataset_for",
    "list_dataset",
    "made_here",
    "known_dataset",
    "own_setting",
    "paren_owner",
    "pipe_partner",
    "respectively",
    "sentence_dataset",
    "task_acronym",
    "task_before",
    "title_dataset",
    "unnamed_data",
]

_R = cache(regex.compile)
# (a resolution is part of the name: "on ImageNet 64x64")
_DATASET_AFTER = regex.compile(
    rf"(?:\s?\([^()]{{0,20}}\))?[^,;.]{{0,40}}?(?<!\band\s)\b(?:on|in|across)\s(?:the\s|a\s)?{ADJ}{LATEX_FONT}(?P<d>(?:{NAME}{YEAR}|{DIGIT_NAME}|(?P<plain>(?>[A-Z][a-z]{{3,}}[\w\-]*)(?!\s\d+\b)))"
    rf"(?:\s(?:\d{{2,4}}(?:[x×]\d{{2,4}})?|{VERSION}|[A-Z][\w\-]*))*)(?![\w\-])(?!\s(?:model|LLM|backbone|baseline)s?\b)"
)
# a value's place that is a part of a data set named by its kind: "86.1% on the hardest variant of ScanObjectNN"
_PART_AFTER = regex.compile(r"(?:\s?\([^()]{0,20}\))?[^,;.]{0,40}?(?<!\band\s)\b" + PART_OF.pattern)
# a split or subset named by a hyphenated lower-case word: "48.6 AP on the test-challenge split", "outperforms X
# on the chat-hard subset by 2.6%" (kept with its head noun, as written)
_SPLIT = r"\b(?:on|in)\s(?:the\s)?(?P<d>[a-z][a-z0-9]*-[a-z0-9][\w\-]*\s(?:subset|split))\b(?!\sof\b)"
_SPLIT_AFTER = regex.compile(r"(?:\s?\([^()]{0,20}\))?[^,;.]{0,40}?(?<!\band\s)" + _SPLIT)
_SPLIT_BEFORE = regex.compile(_SPLIT + r"\sby\s(?:(?:up\sto|about|around|nearly|over)\s)?$")
# "on X from [A (Y) to] B", "on X by N", "the error rate on X to N": the data set a value is on, written right before it
_ON_FROM = regex.compile(
    rf"\b(?:on|in)\s(?:the\s)?(?P<d>(?:{NAME}|[A-Z][a-z]{{2,}}[\w\-]*)(?:\s(?:{NAME}|[A-Z][\w\-]*|\d{{2,4}})){{0,2}})"
    r"(?:\s(?:dataset|benchmark|suite))?\s(?:from\s(?:[+\-]?\d[\d.,]*\s?\\?%?(?:\s\([^()]{1,30}\))?\s(?:to|→|->|\\rightarrow|rightarrow)\s)?"
    r"|by\s(?:(?:up\sto|about|around|nearly|over|an\saverage\sof|a\smargin\sof)\s)?"
    r"|to\s(?:(?:about|around|nearly|just|only|below|under)\s)?)$"
)
# a data set written as the object, or as its metric's modifier, right before "by/from N": "improves MMLU
# by 3.4 points and GSM8K by 6.1", "the ArabicMMLU score from 47.8 to 55.3", "lowers GSM8K accuracy by 9%"
_OBJECT_FROM = regex.compile(
    rf"(?<![\w\-])(?P<d>{NAME}|[A-Z][a-z]{{2,}}[\w\-]*)(?P<m>\s(?:(?:test|val|validation|dev)\s)?{METRIC.pattern})?"
    r"\s(?:from\s(?:[+\-]?\d[\d.,]*\s?\\?%?\s(?:to|→|->|\\rightarrow|rightarrow)\s)?"
    r"|by\s(?:(?:up\sto|about|around|nearly|over|an\saverage\sof|a\smargin\sof)\s)?)$"
)
# "by 2.5% on the latter", "in the former": one of the two data sets named before the value
_LATTER = regex.compile(r"\s?(?:[\w\-]+\s){0,3}?(?:on|in|for)\sthe\s(latter|former)\b")
_NORM = regex.compile(r"[Ll][0-9]|ℓ[0-9]")
# a second metric's gain right after a value: "improves CD by 27% and F-score by 9.8 points over X on D";
# the data set written after the second value is the first's too
_NEXT_GAIN = regex.compile(
    r",?\sand\s(?:the\s|its\s)?(?:[\w\-@]+\s){1,3}?by\s(?:[a-z]+\s)?[+\-]?\d[\d.]*\s?(?:\\?%|points?|pp|dB|x)?"
)
# a plain capitalised word right after "on" is a data set (on Cityscapes), unless it is one of these
_PLAIN_NOT_DATA = _C["plain_not_data"].regex
_FOR_DATA = regex.compile(
    rf"\s?(?:[\w\-]+\s)?for\s(?:the\s)?(?P<d>{NAME}|[A-Z][a-z]{{2,}}[\w\-]*)(?![\w\-])"
    r"(?P<w>\s(?:dataset|benchmark|corpus|test\sset))?"
)


def list_dataset(text: str, s_start: int, s_end: int, last: int) -> str | None:
    """The data set a sentence names for a list of values ending at `last`: in the sentence up to the
    clause after the list ("by 3.92, 1.49 and 1.04 BLEU respectively, and obtains the best results on
    Chinese-English" names none for the list, which takes the list of the sentence before)."""
    cut = CLAUSE_BREAK.search(text, last, s_end)
    if cut and _OWN_LIST.search(text, s_start, last):
        cut = None  # "With 1, 5 and 10 shots, ... respectively, and ... on X": the list is its own, on X
    return sentence_dataset(text, s_start, cut.start() if cut else s_end)


# a sentence's own list that "respectively" pairs its values with: "With 1, 5 and 10 shots,", "for the 7B, 13B
# and 70B models" (review10)
_COUNT = r"\d[\d.,]*[KMB]?"
_OWN_LIST = regex.compile(
    rf"\b(?i:with|for|using|at|under|given)\s(?:the\s)?{_COUNT}(?:,\s{_COUNT})*,?\s(?:and|or)\s{_COUNT}"
    r"\s(?:[a-z][\w\-]*\s)?[a-z]+s\b"
)


_LIST_AFTER_CLAUSE = regex.compile(r"(?:,\s(?:and|while|whereas|but)\s|;)[^;]*(?::|,\snamely)\s")


# a list item "Name value" (or "Name value -> value"): the value is measured on the name before it
_NAME_VALUE = regex.compile(
    rf"(?:^|[(,;:]\s?|\band\s)(?:on\s)?(?P<d>(?P<n>{NAME})|[A-Z][a-z]{{3,}}[\w\-]*)\s"
    r"(?:[+\-]?\d[\d.]*\s?\\?%?\s(?:→|->|-->|\\rightarrow|rightarrow|to)\s)?$"
)


def dataset_for(
    found: Found, text: str, s_start: int, s_end: int, carried: str | None, own: str | None = None
) -> str | None:
    """The data set a result was measured on: named in its sentence, else `carried` from before."""
    if found.kind is Kind.PARAM_COUNT:
        return None  # a model's size is not measured on a data set
    if found.kind is not Kind.DATA_SIZE:
        d = _in_sentence(found, text, s_start, s_end)  # cached: names.py asks again
    else:
        d = _dataset_for(found, text, s_start, s_end, own)
    if d and ("metric" in text[s_start:s_end] or "measure" in text[s_start:s_end]):
        if any(
            not (i > 0 and _WORD_CHAR.match(text, i - 1)) and _METRIC_AFTER.match(text, i + len(d), s_end)
            for i in occurrences(d, text, s_start, s_end)
        ):
            d = None  # "on the mAcc metric": a metric's name, not a data set's
    if d and ((task_acronym(text, d) and " and " not in d) or _NORM.fullmatch(d)):
        d = None  # "relative L2 error": a norm, not a data set (a list "(GSM8K and MATH)" is no acronym)
    if d:
        d = whole_name(text, s_start, s_end, d, found.start)  # "\emph{mini}ImageNet", "Montezuma's Revenge"
    if d and found.kind is not Kind.DATA_SIZE:
        d = wrapping_description(text, s_start, s_end, d) or d  # "on two adversarial SQuAD datasets"
        if averaged_over_list(found, text, s_start, s_end):
            d = None  # "on A, B and C ... on average an improvement of 12.0": on none of them alone
    return d or carried


@lru_cache(maxsize=64)
def _in_sentence(found: Found, text: str, s_start: int, s_end: int) -> str | None:
    return _dataset_for(found, text, s_start, s_end, None)


def _dataset_for(found: Found, text: str, s_start: int, s_end: int, own: str | None) -> str | None:
    if found.kind is not Kind.DATA_SIZE and unnamed_data(found, text, s_end):
        return None
    item, on = pipe_partner(found, text, s_start, s_end)
    if item and on:
        return item
    slashed = slash_partner(found, text, s_start, s_end)
    if slashed:
        return slashed  # "2.3%/5.1% on test-clean/test-other"
    paren = paren_owner(text, s_start, found.start)
    if paren and not task_acronym(text, paren):  # "on REE (+3.26%)": REE is a task the abstract spells out
        return paren
    paren = paren_after(found, text, s_end)
    if paren:
        return paren  # "1.55 days (eICU) and 2.28 days (MIMIC-IV)"
    before = _NAME_VALUE.search(text, max(s_start, found.start - 60), found.start)
    if before and (known_dataset(before.group("d")) or (before.group("n") and is_dataset(before.group("d")))):
        return before.group("d")  # "(StrategyQA 58.9 -> 61.7 acc., CommonsenseQA 63.6 -> 72.7 acc.)"
    listed = aligned(found, text, s_start, s_end)
    if listed:
        return listed
    measured = found.kind in (Kind.SCORE, Kind.IMPROVEMENT)
    if measured:
        f = _ON_FROM.search(text, max(s_start, found.start - 80), found.start)
        if (
            f
            and (is_dataset(f.group("d")) or plain_name(f.group("d"), text, f.start("d")))
            and not improved_on(text, f.start(), f.group("d"))
        ):
            # "on NaturalQuestions from 38.1 to 45.6 and on TriviaQA from ...", "on FB15k-237 by 4.2 points and
            # on WN18RR by 2.7": the data set written right before the value is its own
            return f.group("d")
        o = _OBJECT_FROM.search(text, max(s_start, found.start - 80), found.start)
        if (
            o
            and not METRIC.fullmatch(o.group("d"))  # "increased SPIDEr from 0.397": a metric, not Spider
            and (
                known_dataset(o.group("d"))
                # an unknown name before its metric only when no other data set is named: "transferred to
                # HowTo100m, increasing the VGSI accuracy by 15%" is HowTo100m's (VGSI is a task)
                or (o.group("m") and is_dataset(o.group("d")) and not dataset_mentions(text, s_start, s_end))
            )
        ):
            return o.group("d")
    if found.kind is Kind.DATA_SIZE:
        of = size_items_of(found, text, s_end)
        if of:
            return of
    latter = _LATTER.match(text, found.end, s_end) if measured else None
    if latter:  # "91.3% on ScanObjectNN, improving over X by 2.5% on the latter": the last data set named
        named = sorted(
            {*dataset_mentions(text, s_start, found.start), *known_mentions(text, s_start, found.start)}
        )
        named = [n for i, n in enumerate(named) if i == 0 or n[0] >= named[i - 1][0] + len(named[i - 1][1])]
        k = -1 if latter.group(1) == "latter" else -2
        if len(named) >= -k:
            return named[k][1]
    part = _PART_AFTER.match(text, found.end, s_end) if measured else None
    if part and is_dataset(part.group("n")):
        return part.group("d")  # "86.1% on the hardest variant of ScanObjectNN"
    split = (
        (
            _SPLIT_AFTER.match(text, found.end, s_end)
            or _SPLIT_BEFORE.search(text, max(s_start, found.start - 60), found.start)
        )
        if measured
        else None
    )
    if split:
        return split.group("d")  # "48.6 AP on the test-challenge split", "on the chat-hard subset by 2.6%"
    m = _DATASET_AFTER.match(text, found.end, s_end)
    if m is None and measured:
        chain = _NEXT_GAIN.match(text, found.end, min(s_end, found.end + 60))
        m = _DATASET_AFTER.match(text, chain.end(), s_end) if chain else None
    if m and measured and is_source(text, m.start("d"), found.end):
        m = None  # "88.1% top-1 accuracy when pre-trained on ImageNet-21K": not the data it was measured on
    scoped = scoped_before(text, s_start, found.start, m.start("d"), found.end) if m and measured else None
    if scoped:
        return (
            scoped  # "on CIFAR-10 ... by a factor of 4 ... and by a factor of 2 on STL-10": 4 is CIFAR-10's
        )
    if m and _after_ok(m, text, s_end):
        goes_on = name_goes_on(text, m.start("d"), m.end("d"))  # "on Labeled Faces in the Wild (LFW)"
        if goes_on > m.end("d"):
            acr = ACRONYM_AFTER.match(text, goes_on, s_end)
            return acr.group("d") if acr else text[m.start("d") : goes_on]
        sub = SUBSET_OF.match(text, m.end(), s_end)  # "on the Hard subset of MedQA"
        acr = ACRONYM_AFTER.match(text, m.end(), s_end) if " " in m.group("d") else None
        if acr:  # "on the Street View House Numbers (SVHN) dataset": the acronym, as the sentence rule gives
            return acr.group("d")
        if sub:
            return text[m.start("d") : sub.end()]
        d = bare_name(m.group("d"))
        return (coordination_of(found, text, s_start, s_end, d) if measured else None) or d
    m = _FOR_DATA.match(text, found.end, s_end)
    if (
        m
        and is_dataset(m.group("d"))
        and (m.group("w") or known_dataset(m.group("d")))
        and not is_source(text, m.start("d"), s_start)  # "0.781 for ImageNet initialization"
    ):
        return m.group("d")  # "24.30% for CIFAR-100", "79.27% for the Kvasir-SEG dataset", not "for ResNet34"
    if found.kind is Kind.DATA_SIZE:
        decided, d = size_owner(found, text, s_start, s_end, own)
        if decided:
            return d
    if measured:
        owner = governing_owner(text, s_start, found.start)
        if owner:
            return owner
    if found.kind is not Kind.DATA_SIZE:
        framed = opening_place(text, s_start, found.start)
        if framed:
            return framed
    # a task acronym the abstract spells out ("role-filler entity extraction (REE)") is no candidate
    # when the sentence names a data set too: "on the MUC-4 dataset ... on REE (+3.26%)" is MUC-4's
    mentions = dataset_mentions(text, s_start, s_end)
    mentions = tuple((a, n) for a, n in mentions if not task_acronym(text, n)) or mentions
    # "outperforms the ImageNet baseline by 2.1%": a name that modifies a system is no place of the number
    mentions = not_system_modifiers(text, mentions)
    if measured and mentions:
        # a score is not measured on the data a model was pre-trained or transferred from: another data set
        # the sentence names is, or, when it names only those, one an earlier sentence named
        mentions = tuple((a, n) for a, n in mentions if not is_source(text, a, s_start))
        if not mentions:
            return None
    best = _nearest(found, text, mentions)
    if best is None and measured:
        # no data set named otherwise (or only in a later clause's list): one written before its
        # metric ("FER2013 accuracy"), a name the gazetteer knows ("for CIFAR-10 with 40 labels",
        # "at the PASCAL VOC-2012 segmentation task, reaching 79.7% mIOU, and ... on X, Y"), "for XX-En"
        known = not_system_modifiers(
            text, tuple(k for k in known_mentions(text, s_start, s_end) if not is_source(text, k[0], s_start))
        )
        best = _nearest(
            found, text, metric_owners(text, max(s_start, found.start - 60), min(s_end, found.end + 30))
        ) or _nearest(found, text, known or language_pairs(text, s_start, s_end))
    if best is None and measured:
        m = TASK_AFTER.match(text, found.end, s_end)
        if m:
            return m.group("t")  # no data set named: the task stands in for it
    if best and measured and trained_elsewhere(found, text, s_start, s_end, best):
        return None  # "When trained only on PubMed, it achieves 46.29 ROUGE-1 on arXiv"
    if best and measured:
        return coordination_of(found, text, s_start, s_end, best) or best  # "on A and B": both, as written
    return best


# a value with its own "for/on/in" phrase: "7.64% for TADPOLE", "4.0 BLEU in a low resource scenario"
OWN_SLOT = regex.compile(r"\s?(?:[\w\-]+\s)?(?:on|in|for)\s(?:the\s)?(?=[A-Z]|an?\s(?!total\b|row\b))")
# a name right after another value's "on/for/in": "by 4.15% for MIMIC", "0.8 BLEU on the standard MuST-C"
_SLOT_BEFORE = regex.compile(
    r"\d\s?(?:\\?%|points?|pp)?\s(?:[\w\-]+\s)?(?:on|in|for)\s(?:the\s)?(?:[a-z][\w\-]*\s)?$"
)


# a compared value's "for" names its system, not a place: "8.9 on X, compared with 9.2 for a Y baseline"
_COMPARED_BEFORE = regex.compile(r"(?:compared\s(?:with|to)|versus|vs\.?|against)\s(?:only\s|just\s)?$")


def _owned_elsewhere(found: Found, text: str, a: int) -> bool:
    """Whether a data set named before a number is another value's, and the number has its own phrase."""
    slot = OWN_SLOT.match(text, found.end, found.end + 40)
    if slot is None or _SLOT_BEFORE.search(text, max(0, a - 40), a) is None:
        return False
    return not (
        slot.group(0).lstrip().startswith("for ")
        and _COMPARED_BEFORE.search(text, max(0, found.start - 20), found.start) is not None
    )


# a later clause that opens with its own place: ", and on the external B test set", "; on B"
_CLAUSE_PLACE = regex.compile(
    r"(?:,\s(?:and|while|whereas|but)\s|;\s)(?:on|in)\s(?:the\s)?(?:[a-z][\w\-]*\s){0,2}$"
)


def _nearest(found: Found, text: str, mentions: tuple[tuple[int, str], ...]) -> str | None:
    """The mention nearest the number; one behind a clause break counts as far, one in a list a
    later clause introduces not at all."""
    best, dist = None, 10**9
    for a, name in mentions:
        d = a - found.end if a >= found.end else found.start - a
        if a < found.start and CLAUSE_BREAK.search(text, a, found.start):
            d += 1000  # "on ImageNet, and 43.7% box mAP ... on COCO": a new clause has its own data set
        elif a > found.end and _LIST_AFTER_CLAUSE.search(text, found.end, a):
            continue  # "reaching 79.7% mIOU ..., and advances the results on three other datasets: X"
        elif a > found.end and _CLAUSE_PLACE.search(text, max(found.end, a - 40), a):
            continue  # "With 10% of the labels it matches X, and on B it ...": B is the new clause's place
        elif a > found.end and CLAUSE_BREAK.search(text, found.end, a):
            d += 1000  # "On A it reaches 75 EM, and on B ...": the same, after the number
        elif a < found.start and _owned_elsewhere(found, text, a):
            continue  # "by 4.15% for MIMIC and 7.64% for TADPOLE": MIMIC is the first value's
        if d < dist:
            best, dist = name, d
    return best


def _after_ok(m: regex.Match, text: str, s_end: int) -> bool:
    """A name after "on/in" following a number is a data set unless it is generic or hardware."""
    name = bare_name(m.group("d"))
    if HARDWARE_AFTER.match(text, m.end(), s_end) or COST_AFTER.match(text, m.end(), s_end):
        return False
    if MODALITY.match(name):
        return False  # "80 fps on RGB-D images", "in VGA resolution": a modality or format
    if METRIC_PAREN.match(text, m.start("d")):
        return False  # "in Mean Reciprocal Rank (MRR)": a metric spelled out
    if text.startswith("@", m.end("d")):
        return False  # "in RP@5": a metric at a cutoff
    if m.group("plain") and name == m.group("plain"):
        return not (_PLAIN_NOT_DATA.match(name) or NOT_DATA_NAME.search(name) or METRIC.fullmatch(name))
    return is_dataset(name)
