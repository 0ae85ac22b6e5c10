"""The data set a data size is of: the name its items are "of/from" or that modifies them, a data set
"named/called" so, one introduced as holding the size, or the paper's own new data set (moved out of
`datasets.py`, which asks here for sizes only)."""

from __future__ import annotations

import re
from functools import cache

import regex

from etl.extract.cues import DATA_NOUN, METRIC
from etl.extract.dataset_lexicon import HOLD_VERB, LATEX_FONT, known_dataset
from etl.extract.dataset_names import dataset_mentions, named_datasets
from etl.extract.kinds import Found
from etl.extract.phrases import (
    NAME,
    NOT_DATA_NAME,
    NOT_DATASET,
    SENT_START,
    bare_name,
    is_dataset,
    word_spots,
)
from etl.extract.rules import load

_C = load("context")
_R = cache(regex.compile)
_PLAIN_NOT_DATA = _C["plain_not_data"].regex

_DATASET_CALLED = regex.compile(
    rf"(?i:dataset|benchmark|corpus|collection)\s(?i:named|called|dubbed|termed|coined)\s(?P<d>{NAME}|[A-Z][a-z]+[\w\-]*)"
)


# a size's own data set, written right after its items: "350B tokens of FineCorpus", "1.1M question-answer
# pairs from Visual Genome", "960 hours of LibriSpeech"; a name (not "from Reddit": a site), alone (not "from
# ZINC and PubChem": sources), the items not "mined/collected from" it (a source too); a name of several words
# when a data word follows it ("970K trajectories from the Open X-Embodiment collection"); items may be "X-ray"
_SIZE_FROM = regex.compile(
    r"(?:[\-\s](?!(?:of|from|in|and|or|with|for|to|on|at|by|per|mined|collected|crawled|scraped|sampled|extracted"
    r"|harvested|gathered|downloaded|drawn|sourced|retrieved|obtained|taken)\s)(?:[a-z]|[A-Z]-)[\w\-/]*){0,4}?\s(?:of|from)\s"
    rf"(?:the\s)?{LATEX_FONT}(?P<d>(?:{NAME}|[A-Z][a-z]{{2,}}[\w\-]*)(?:\s(?:{NAME}|[A-Z][\w\-]*|\d{{2,4}}))*)(?![\w\-])"
    r"(?P<w>\s(?:collection|dataset|data\sset|corpus|benchmark|database)\b)?"
    # not one of a list ("from ZINC and PubChem", "from A, B and C"); a comma ending a fronted phrase may
    # follow ("Pre-trained on 2M molecules from ZINC15, MotifCL ...")
    # ("from COCO, Visual Genome and Flickr30k": an item of several words)
    r"(?!,?\s(?:and|&)\s(?:the\s)?[A-Z]|,\s[A-Z][\w\-]*(?:\s[A-Z0-9][\w\-]*){0,3}(?:,|\s(?:and|&)\s))"
)
_WEB_SOURCE = _C["web_source"].regex


# a size whose items a data set's name modifies: "1.2M ImageNet images", "60K ShareGPT conversations", "800K
# Objaverse assets" (not "10K MRI scans": a modality, nor "500 GPT-4 responses": a model)
_SIZE_NAMED_ITEMS = regex.compile(
    rf"\s(?P<d>{NAME}|[A-Z][a-z]{{2,}}[\w\-]*)(?:\s(?:[a-z][\w\-]*\s)?{DATA_NOUN.pattern}|\s(?:assets|shapes|objects)\b)"
)
_ITEM_MODIFIER = _C["item_modifier"].regex
_LANGUAGE_NAME = _C["language_name"].regex


# what makes an unnamed data set the paper's own: a word of novelty, or a verb of making it
_OWN_DATA = regex.compile(
    r"\b(?:new|newly|novel|our|creat\w*|buil[dt]\w*|construct\w*|collect\w*|curat\w*|generat\w*|releas\w*"
    r"|introduc\w*|present\w*)\b"
)


def _size_named_items(found: Found, text: str, s_end: int) -> str | None:
    """The data set whose name modifies a size's items, right after the number."""
    m = _SIZE_NAMED_ITEMS.match(text, found.end, min(s_end, found.end + 60))
    if m is None:
        return None
    d = m.group("d")
    if (
        _ITEM_MODIFIER.match(d)
        or _LANGUAGE_NAME.match(d)
        or _WEB_SOURCE.match(d)
        or _PLAIN_NOT_DATA.match(d)
        or METRIC.fullmatch(d)
    ):
        return None
    if not known_dataset(d) and _R(r"[A-Z]{1,4}|.*-(?:[a-z]+ed|based|style|like|level|free)").fullmatch(d):
        return None  # "58,000 QA pairs": a task's acronym; "450K LLM-annotated pairs": a modifier
    # "Objaverse": a plain word, not a sentence's first word nor a model's
    plain = d not in SENT_START and NOT_DATASET.match(d) is not None and not NOT_DATA_NAME.search(d)
    return d if known_dataset(d) or plain or is_dataset(d) else None


def _size_from(found: Found, text: str, s_end: int) -> str | None:
    """The data set a size's items are "of" or "from", right after them."""
    m = _SIZE_FROM.match(text, found.end, min(s_end, found.end + 80))
    if m is None:
        return None
    d = bare_name(m.group("d"))
    if _WEB_SOURCE.match(d) or _R(r"-[a-z]+ed$").search(d):
        return None  # "from YouTube"; "of FooScore-filtered data": a name as a modifier
    if not (known_dataset(d) or ((" " not in d or m.group("w")) and is_dataset(d))):
        return None
    return d


# the subject of "contains" is the data set a size is of: "HVU contains approx. 572k videos"
_HOLDS = regex.compile(
    rf"(?:^|(?<=[.;:]\s))(?:The\s)?(?P<d>{NAME})(?:\s(?:dataset|corpus|benchmark))?\s(?:\([^()]{{0,40}}\)\s)?"
    rf"{HOLD_VERB}\s[^.;]{{0,40}}$"
    # "We build BarSound, containing 1.2 million clips", "We release FooSet, which contains 10K ..."
    rf"|\b(?:build|built|release[sd]?|collect(?:s|ed)?|construct(?:s|ed)?|curate[sd]?)"
    rf"\s(?P<d>{NAME}),\s(?:which\s{HOLD_VERB}|containing|comprising"
    r"|consisting\sof|covering|spanning)\s(?:[^.;]|\.\d){0,80}$"
)
_HOLD_VERB = re.compile(
    r"\b(?:contains|comprises|consists|includes|offers|provides|covers|spans|has|containing|comprising|consisting"
    r"|covering|spanning|with)\s"
)
# a size right after an indefinite data noun is that data set's: "LUPerson is an unlabeled dataset of 4M
# images", "X, a corpus of 7K samples" (the name it is apposed to), "we build a new dataset of 5,000
# images" (the proposed one), not a name the sentence gives elsewhere ("... than on the Y dataset"); after a
# name also "X, the largest dataset of 32K scans"
# also "X, an instruction-tuning set of 150K pairs" (a "set" with a word before it, not "a set of")
_SIZE_OF_INDEFINITE = regex.compile(
    rf"(?:(?<![\w\-\\])(?P<d>{NAME}|[A-Z][a-z]{{2,}}[\w\-]*)(?:,\s|\s(?:is|was)\s))?"
    r"(?<![\w\-])(?P<np>(?:[Aa]n?|[Aa]nother|(?<=,\s)the\s(?:largest|biggest|first))\s(?P<mods>(?:[\w\-]+\s){0,4}?)(?:dataset|data\sset|benchmark|corpus|collection|(?<![Aa]n?\s)(?<=[\w\-]\s)set))\s"
    r"(?:of|comprising|containing|consisting\sof|composed\sof|with|(?:that|which)\s(?:contains|includes|comprises)|including)\s"
    r"(?:an?\s(?:[\w\-]+\s){0,2}?(?:set|collection|total)\sof\s)?"
    r"(?:(?:over|about|more\sthan|nearly|approximately|around|roughly|almost|some)\s)?$"
)


# a known data set the size is given "with": "MegaFace with 1 million distractors", "ImageNet with 1.28M
# training images" (a name the gazetteer knows, so not a system "with 300 demonstrations")
_KNOWN_WITH = regex.compile(
    rf"(?<![\w\-])(?P<d>{NAME}|[A-Z][a-z]{{2,}}[\w\-]*)(?:\s(?:dataset|benchmark|corpus))?\swith\s"
    r"(?:(?:over|about|more\sthan|nearly|approximately|around|roughly|almost|some|only|just)\s)?$"
)


def _known_with(found: Found, text: str, s_start: int) -> str | None:
    """The known data set a size is written "with" right after."""
    m = _KNOWN_WITH.search(text, max(s_start, found.start - 60), found.start)
    return m.group("d") if m and known_dataset(m.group("d")) else None


def size_items_of(found: Found, text: str, s_end: int) -> str | None:
    """The data set a size's items are named by or are "of/from", right after the number."""
    return _size_named_items(found, text, s_end) or _size_from(found, text, s_end)


def size_owner(found: Found, text: str, s_start: int, s_end: int, own: str | None) -> tuple[bool, str | None]:
    """The data set a size belongs to, read over its sentence when nothing right after the number
    names one; (True, name) once decided (the name may be None), (False, None) to read on."""
    known = _known_with(found, text, s_start)
    if known:
        return True, known
    called = _DATASET_CALLED.search(text, s_start, s_end)
    if called:
        return True, bare_name(called.group("d"))  # "a curve text dataset named CTW1500"
    ind = _SIZE_OF_INDEFINITE.search(text, max(s_start, found.start - 120), found.start)
    if ind and ind.group("np").startswith("the") and not ind.group("d"):
        ind = None  # "the largest dataset of" only in apposition to a name
    if (
        ind
        and not ind.group("d")
        and ind.group("np").endswith(" set")
        and not ind.group("np").endswith("data set")
    ):
        ind = None  # "a training set of 600 images": a "set" only in apposition to a name
    if ind:
        d = ind.group("d")
        if d and is_dataset(d) and not NOT_DATASET.match(d):
            return True, bare_name(d)
        # "We also create a new data set which includes 106,216 pairs": the paper's own data set, unnamed, as
        # the sentence describes it (not one it is merely tuned on, "on a larger dataset comprising ...", nor
        # a bare "a dataset of", nor one in apposition to a name not read: "We present \\foo, a new dataset")
        described = (
            ind.group("mods")
            and _OWN_DATA.search(text, max(s_start, ind.start("np") - 60), ind.end("np"))
            and not _R(r"(?:,|\b(?:is|was))\s$").search(
                text, max(s_start, ind.start("np") - 5), ind.start("np")
            )
        )
        return True, own or (ind.group("np") if described else None)
    if own and _R(r"(?i)\b(?:the|our|this)\s(?:new\s)?(?:dataset|corpus|benchmark)\b").search(
        text, s_start, s_end
    ):
        return True, own
    if own and _own_before(own, text, s_start, found.start):
        return True, own  # "X was built from ..., comprising over 1.5 million users": the data set proposed
    holder = (
        _HOLDS.search(text, s_start, found.start) if _HOLD_VERB.search(text, s_start, found.start) else None
    )
    if holder and is_dataset(holder.group("d")) and not NOT_DATASET.match(holder.group("d")):
        return True, holder.group("d")  # "HVU contains approx. 572k videos"
    named = [mm for mm in named_datasets(text, s_start, s_end) if not NOT_DATASET.match(mm.group("d"))]
    if named:
        return True, named[-1].group("d")
    if own and not dataset_mentions(text, s_start, s_end):
        return True, own  # "The training set contains 600 images": a size the sentence gives no data set of
    return False, None


def _own_before(own: str, text: str, s_start: int, start: int) -> bool:
    """Whether the proposed data set is named earlier in the sentence, with no other data set after it."""
    if text.find(own, s_start, start) < 0:
        return False
    spots = word_spots(own, text, s_start, start)
    return bool(spots) and not any(spots[-1] < a < start for a, _ in dataset_mentions(text, s_start, start))
