"""Data sets given by position: a value inside "Name (value)", the k-th value of a list with the k-th
name of a list ("on A, B and C ... respectively"), the same place in two pipe lists (A|B, 1|2)."""

from __future__ import annotations

import re
from functools import cache, lru_cache

import regex

from etl.extract.cues import METRIC
from etl.extract.dataset_names import known_dataset
from etl.extract.gazetteer import Gazetteer
from etl.extract.kinds import Found
from etl.extract.phrases import NAME, bare_name, is_dataset
from etl.extract.rules import load

_R = cache(regex.compile)
_COMPARED = regex.compile(r"(?i)\b(?:outperform\w*|surpass\w*|beat\w*|exceed\w*|than|compared|such\sas)\s")
# "on A (..), B (..) and C (": a chain of data sets with their values that started after on/in
_DATA_CHAIN = regex.compile(
    r"(?i)\b(?:on|in|across|including)\s(?:the\s)?(?:[\w\-]+\s)?[\w\-]+\s?\([^()]*\)"
    r"(?:,?\s(?:and\s)?(?:[\w\-]+\s)?[\w\-]+\s?\([^()]*\))*,?\s(?:and\s)?$"
)
_OPEN_PAREN = regex.compile(r"\((?P<in>[^()]{0,60})$")
_PLAIN_BEFORE_PAREN = regex.compile(r"(?<![\w\-])(?P<n>[A-Z][a-z]{2,}[\w\-]*)\s?$")
_NAME_BEFORE_PAREN = regex.compile(rf"(?<![\w\-])(?P<n>(?:[A-Z][\w\-]*\s)?{NAME})\s?$")
# a language a value is reported for, in a sentence about languages: "for 11 languages, including English
# (95.8 F1) and Chinese (91.8 F1)"
_LANGUAGE = regex.compile(load("context")["language"].pattern)
_LANGUAGE_NAME = load("context")["language_name"].regex
_SPLIT_ITEM = load("context")["split_item"].regex


_V = r"(?<![\w@.\-])[+\-]?\d+(?:\.\d+)?\s?(?:\\?%|x|dB(?![\w\-])|points?(?![\w\-]))?"
# not a number inside a name: "on Switchboard-300, 5.0% and 10.0% WER" lists two values, not three
_VALUE_LIST = re.compile(rf"{_V}(?:,\s(?:and\s)?{_V})*,?\s(?:and|&)\s{_V}")  # stdlib: ~2x faster here
_VALUE = re.compile(_V)


# the words between a value list and the "on" of its names: a metric ("top-1 accuracy"), or a second
# metric's list of the same length ("rank-1 accuracies of 95.8% and 90.2% and mAP of 89.7% and 81.4% on A and B")
_ON_LIST_AFTER = regex.compile(r"\s?(?:[\w\-.]+%?\s){0,6}?\b((?:on|in|across)\s)")


def aligned(found: Found, text: str, s_start: int, s_end: int) -> str | None:
    """ "on A, B and C with 76.6%, 97.0% and 90.2%": the k-th value of a list goes with the k-th
    data set of a list of the same length named before or after it (with or without "respectively")."""
    for a, b, starts, names in _value_lists(text, s_start, s_end):
        if not a <= found.start < b:
            continue
        if starts[0] > found.start:
            return None
        index = sum(1 for st in starts if st <= found.start) - 1
        return names[index] if names and index < len(names) else None
    return None


@lru_cache(maxsize=32)
def _value_lists(
    text: str, s_start: int, s_end: int
) -> tuple[tuple[int, int, tuple[int, ...], tuple[str, ...] | None], ...]:
    """Every list of values in a sentence ("76.6%, 97.0% and 90.2%"): its span, where each value
    starts, and the data sets it aligns with. Read once per sentence, shared by its numbers."""
    if text.count(",", s_start, s_end) < 2 and text.find(" and ", s_start, s_end) < 0:
        return ()
    out = []
    for m in _VALUE_LIST.finditer(text, s_start, s_end):
        starts = tuple(m.start() + v.start() for v in _VALUE.finditer(m.group(0)))
        names = respectively(text, s_start, m.start(), len(starts)).get("dataset")
        if names is None:  # "achieves 83.5% and 84.3% on Kinetics-400 and Kinetics-600"
            after = _ON_LIST_AFTER.match(text, m.end(), s_end)
            names = respectively(text, after.start(1), s_end, len(starts)).get("dataset") if after else None
        if names is None:  # "3.9 on A and 5.2 on B, compared to 8.7 and 11.3 for X": the chain before
            names = _chain_before(text, s_start, s_end, m)
        out.append((m.start(), m.end(), starts, tuple(names) if names else None))
    return tuple(out)


# a value and its own data set, "3.9 on ImageNet 64x64", "33.71 dB on Rain100L" (a unit or metric between)
_VALUE_ON = regex.compile(
    rf"{_V}(?:\s(?!on\b|in\b)[\w\-@]+){{0,3}}?\s(?:on|in)\s(?:the\s)?"
    rf"(?P<d>(?:{NAME}|[A-Z][\w\-]*)(?:\s(?:{NAME}|[A-Z0-9][\w\-]*))*)"
)
_CHAIN_JOIN = regex.compile(r"(?:,\s(?:and\s)?|\s(?:and|&)\s)")
# a list's own place or scope, right after it: "3.3 and 2.2 points on C", "0.4% and 0.9% overall"
_OWN_PLACE_AFTER = regex.compile(r"(?:\s[\w\-]+){0,3}?\s(?:on|in|across|overall|average|total)\b")


def _chain_before(text: str, s_start: int, s_end: int, listed: re.Match) -> list[str] | None:
    """The data sets of a chain of values each with its own place ("3.9 on A and 5.2 on B") that comes
    before a list of as many values of the same unit with no place of their own ("compared to 8.7 and 11.3
    for X", not "and gains 0.4% and 0.9% overall" nor "... 3.3 and 2.2 points on C"), in order."""
    size = len(_VALUE.findall(listed.group(0)))
    chain = list(_VALUE_ON.finditer(text, s_start, listed.start()))[-size:]
    if len(chain) != size or any(
        _CHAIN_JOIN.fullmatch(text, a.end(), b.start()) is None
        for a, b in zip(chain, chain[1:], strict=False)
    ):
        return None
    if _OWN_PLACE_AFTER.match(text, listed.end(), s_end) or ("%" in chain[0].group(0)) != (
        "%" in listed.group(0)
    ):
        return None
    names = [c.group("d") for c in chain]
    if len(set(names)) != size or not all(known_dataset(n) or is_dataset(n) for n in names):
        return None
    return names


def paren_owner(text: str, s_start: int, start: int) -> str | None:
    """In "WikiText-103 (10.8 ppl) and LAMBADA (66.5% acc.)" a value inside parentheses belongs to
    the data set named right before them, when that name is a data set mention or a list item."""
    lo = max(s_start, start - 60)
    p = text.rfind("(", lo, start)
    if p < 0 or text.find(")", p, start) >= 0:
        return None  # not inside an open parenthesis (a cheap test before the pattern)
    o = _OPEN_PAREN.search(text, lo, start)
    if o is None:
        return None
    n = _NAME_BEFORE_PAREN.search(text, max(s_start, o.start() - 50), o.start())
    if n is None or not is_dataset(n.group("n")):
        n = _PLAIN_BEFORE_PAREN.search(text, max(s_start, o.start() - 30), o.start())
        if n is None or not (
            known_dataset(n.group("n")) or _language_item(n.group("n"), text, s_start, n.start())
        ):
            return None
    before = text[max(s_start, n.start() - 30) : n.start()]
    on = _R(
        r"(?i)(?:\b(?:on|in|across|at|including)|(?:marks|asets|tasks|rpora|uites),?\s(?:e\.g\.,?|i\.e\.,?|such\sas|like))"
        r"\s(?:the\s|both\s)?$"
    ).search(before)
    listed = _R(r"\)\s?,?\s(?:and\s)?$").search(before) and (
        _DATA_CHAIN.search(text, max(s_start, n.start() - 150), n.start())
        or not _COMPARED.search(text, s_start, n.start())
    )
    return bare_name(n.group("n")) if on or listed else None


def _language_item(name: str, text: str, s_start: int, start: int) -> bool:
    """Whether `name` is a language the sentence reports values for ("languages, including English (")."""
    return _LANGUAGE.fullmatch(name) is not None and text.find("language", s_start, start) >= 0


PIPE_GROUP = regex.compile(r"(?<![^\s(])[^\s|()]+(?:\|[^\s|()]+)+")


def pipe_partner(found: Found, text: str, s_start: int, s_end: int) -> tuple[str | None, bool]:
    """For a number in a pipe list (75.15%|82.03%), the item at the same place in a list of
    names in the sentence (MobileNet-V1|ResNet-50), and whether that list follows on/in."""
    if "|" not in text[s_start:s_end]:
        return None, False
    groups = list(PIPE_GROUP.finditer(text, s_start, s_end))
    mine = next((g for g in groups if g.start() <= found.start < g.end()), None)
    if mine is None:
        return None, False
    index = text.count("|", mine.start(), found.start)
    size = mine.group(0).count("|") + 1
    for g in groups:
        items = g.group(0).split("|")
        if g is mine or len(items) != size or any(i[:1].isdigit() or i[:1] in "+-" for i in items):
            continue
        on = _R(r"(?i)\b(?:on|in|across)\s(?:the\s)?$").search(text, max(s_start, g.start() - 12), g.start())
        return items[index].strip(".,;:"), on is not None
    return None, False


# "2.3%/5.1% on test-clean/test-other", "of 1.9/4.2 on dev/test": values joined by slashes and names joined
# by slashes after on/in, the k-th value with the k-th name (names that hold a digit-led part, "ViT-B/16", or
# are metrics "ROUGE-1/2/L" are no such list: the names must follow on/in; "on CNN/DailyMail" is one name)
_SLASH_VALUES = regex.compile(r"(?<![\w.\-/])\d+(?:\.\d+)?\s?\\?%?(?:/\d+(?:\.\d+)?\s?\\?%?)+(?![\w/])")
_SLASH_NAMES = regex.compile(r"\b(?:on|in)\s(?:the\s)?(?P<l>[A-Za-z][\w\-.]*(?:/[A-Za-z][\w\-.]*)+)(?![\w/])")


# an item of a slash list that is a way of testing, not a data set, with or without "settings" after it
_SETTING_ITEM = regex.compile(
    r"(?:zero|one|few|many|\d+)-shot|(?:low|high|mid|medium|rich)-resource|(?:white|black|gr[ae]y)-box"
    r"|(?:single|multi)-[a-z]+|(?:in|out-of|cross)-domain|(?:non-)?IID"
)


def slash_partner(found: Found, text: str, s_start: int, s_end: int) -> str | None:
    """For a value in a slash list ("2.3%/5.1%"), the name at the same place of a slash list of names
    after on/in in the sentence ("on test-clean/test-other")."""
    if "/" not in text[found.start : found.end + 12] and "/" not in text[found.start - 12 : found.start]:
        return None
    mine = next(
        (
            m
            for m in _SLASH_VALUES.finditer(text, max(s_start, found.start - 40), min(s_end, found.end + 40))
            if m.start() <= found.start < m.end()
        ),
        None,
    )
    if mine is None:
        return None
    index = text.count("/", mine.start(), found.start)
    size = mine.group(0).count("/") + 1
    for g in _SLASH_NAMES.finditer(text, s_start, s_end):
        items = g.group("l").split("/")
        if known_dataset(g.group("l")):
            continue  # "on CNN/DailyMail": one data set's name
        if (
            _SETTINGS_AFTER_LIST.match(text, g.end())
            or all(_SETTING_ITEM.fullmatch(i.rstrip(".")) for i in items)
            or all(_LANGUAGE_NAME.fullmatch(i.rstrip(".")) for i in items)
        ):
            return None  # "in zero-shot/few-shot settings", "in English/Chinese": settings, languages
        if len(items) == size and not any(METRIC.fullmatch(i) for i in items):
            return items[index]
    return None


_VALUE_ITEM = regex.compile(r"[+\-]?\d[\d.,]*\s?(?:x|×|times|fold|\\?%|[KMBT])?$")  # "of 24x and 6x": values
# a value with its metric is no name either: "78.4 mAP on DOTA and 36.2 AP on X" (the list "DOTA and 36.2 AP")
_VALUE_METRIC_ITEM = regex.compile(rf"[+\-]?\d[\d.,]*\s?\\?%?\s(?:{METRIC.pattern})$")
# an item holding a value's phrase is no name: "on MATH and from 84.5% to ...", "by 2.1 and to 3.4"
# or a verb and its value ("and reaches 37.2" of "on MATH-500, and reaches 37.2% on X")
_VALUE_PHRASE = regex.compile(r"(?:^|\s)(?:from|to|by|at|of)\s[+\-]?\d|(?:^|\s)[a-z]{3,}\s[+\-]?\d[\d.,]*$")
# "WMT'14 English-German", "COCO val" (a split word after a name)
# "the UBFC dataset" (an item with its own head noun)
_ITEM = (
    r"[A-Za-z0-9][\w\-./+]*(?:'\d\d)?(?:\s[A-Z0-9][\w\-./+]*){0,3}(?:\s(?:val|test|dev)(?![\w\-]))?"
    r"(?:\s(?:dataset|data\sset|benchmark|corpus)(?![\w\-]))?"
    r"(?:\s\(\d[\d.]*[KMBT]\))?"  # a model's size in brackets: "HunyuanVideo (13B) and Wan2.1-14B"
)
_NAME_ITEM = r"[A-Z0-9][\w\-./+]*(?:\s[A-Z0-9][\w\-./+]*){0,3}"
# the list may follow a word for what its items are: "on two public datasets NYT and WebNLG", "on two video
# datasets (e.g., A and B)"; its last item may come without "and" ("on DOTA, UCAS-AOD, HRSC with ...
# respectively"), names only, the list read whole and ending there (not "On X, Y shortens ...": a fronted
# place and a subject)
# the plural of a data head: "datasets", "benchmarks", "corpora" (not "corpus")
_DATA_HEADS = rf"(?:{load('context')['data_head'].pattern})(?<=s|corpora)(?<!corpus)"
_ITEM_LIST = regex.compile(
    rf"\b(?P<prep>[Oo]n|[Ii]n|[Aa]cross|from|using|with|for|of|by|to|than|over|against)\s(?:the\s|both\s)?"
    rf"(?:(?P<kind>(?:[\w\-]+\s){{0,5}}?{_DATA_HEADS})(?:\s|:\s|,\s(?:namely\s)?|\s?(?:--|—)\s?"
    r"|\s\((?:(?:\{\\[a-z]+\{)?(?:e\.g\.|i\.e\.|\\eg|\\ie),?(?:\}\})?\s)?))?"
    rf"(?P<items>{_ITEM}(?:,\s(?:and\s)?(?:the\s)?{_ITEM})*,?\s(?:and|&)\s(?:the\s)?{_ITEM}"
    rf"|{_NAME_ITEM}(?:,\s{_NAME_ITEM})+(?![\w\-./+]|,\s(?:and\s)?[A-Z0-9]|\s(?:and|&)\s)"
    # the list may end before its kind: "on A, B and C translation tasks"
    rf"(?=\s(?:with|{_DATA_HEADS}|respectively)\b|\s?[,;:.)]"
    rf"|\s(?:[a-z][\w\-]*\s)?(?:tasks|{_DATA_HEADS})\b))"
)
_COMPARED_WITH = regex.compile(r"(?i)\b(?:compared|relative|comparison|outperform\w*|surpass\w*)\s?$")
_DEVICES_AFTER_LIST = regex.compile(
    r"(?:\s[a-z][\w\-]*)?\s(?:devices?|phones?|smartphones?|GPUs?|CPUs?|chips?|processors?|boards?|hardware|platforms?)\b"
)
# a list of settings, not of data sets: "in the 1-shot and 5-shot settings", "in the white-box and black-box
# scenarios", "under the IID and non-IID regimes"
_SETTINGS_AFTER_LIST = regex.compile(r"\s(?:settings?|scenarios?|regimes?|setups?|configurations?)\b")
_DATA_AFTER_LIST = regex.compile(r"\s(?:datasets|benchmarks|corpora|data\ssets)\b")
# a word that opens a list, not its first item: "on three benchmarks including Market-1501, ..."
_LEAD_WORD = regex.compile(r"^(?:including|namely|like|such\sas|e\.g\.|i\.e\.),?\s")
_ITEM_SPLIT = regex.compile(r",\s(?:and\s)?(?:the\s)?|\s(?:and|&)\s(?:the\s)?")


_OBJ = r"[a-z][\w\-]*(?:\s(?!(?:and|by|to|of|the)\b)[a-z][\w\-]*){0,3}"
_VERB_TWO_OBJECTS = regex.compile(
    rf"\b(?:reduc|improv|increas|decreas|lower|boost|cut|sav|accelerat|speed\w*\sup)\w*\s(?:the\s|its\s|their\s)?"
    rf"(?P<a>{_OBJ})\sand\s(?:the\s|its\s|their\s)?(?P<b>{_OBJ})\s(?:by|to)\s"
)


# a list item that is only a year after a name with a year: "on TREC DL 2019 and 2020" is TREC DL 2020
# (or a year and a split word, "on the Pascal VOC 2007 and 2012 test sets": the split word is the head's, as the
# first item has none; it is Pascal VOC 2012)
_YEAR_ITEM = regex.compile(r"(?P<y>(?:19|20)\d\d)(?:\s(?:val|test|dev))?")
_NAME_YEAR = regex.compile(r"(?P<n>.*\S)\s(?:19|20)\d\d")


def _years_named(items: list[str]) -> list[str]:
    """Bare years of a list get the name of the item before them that ends in a year."""
    out: list[str] = []
    for i in items:
        year = _YEAR_ITEM.fullmatch(i)
        prev = _NAME_YEAR.fullmatch(out[-1]) if out and year else None
        out.append(f"{prev.group('n')} {year.group('y')}" if prev and year else i)
    return out


_SIZE_PAREN = regex.compile(r"\s\(\d[\d.]*[KMBT]\)")
# a method run on the items of the list: "Applied to A and B, the method ... respectively"
_APPLIED_TO = regex.compile(r"(?i)\b(?:appl(?:ied|ying)|add(?:ed|ing)|plugg(?:ed|ing)\sin)\s$")
_SIZED_NAME = regex.compile(r"[\-_]\d+(?:\.\d+)?[BMK]$")


def _model_item(item: str) -> bool:
    """A list item that is a model: one the gazetteer knows, or a name with its size ("FooGen-14B"; a
    size in brackets after the item, "FooVideo (13B)", is checked by the caller)."""
    return not known_dataset(item) and (
        Gazetteer.load().models.lookup(item) is not None or _SIZED_NAME.search(item) is not None
    )


def respectively(text: str, s_start: int, s_end: int, size: int) -> dict[str, list[str]]:
    """For "A%, B% and C% on X, Y and Z, respectively": the items each number goes with,
    as {"dataset": [...]} or {"model": [...]}, when a list of `size` names follows a preposition."""
    out: dict[str, list[str]] = {}
    for m in _ITEM_LIST.finditer(text, s_start, s_end, overlapped=True):
        listed = _LEAD_WORD.sub("", m.group("items"))
        sized = [bool(_SIZE_PAREN.search(i)) for i in _ITEM_SPLIT.split(listed)]
        listed = _SIZE_PAREN.sub("", listed)
        items = _years_named([i.strip().rstrip(".,;:") for i in _ITEM_SPLIT.split(listed)])
        if len(items) != size or not all(
            (_R(r"[A-Z0-9]").search(i) or _SPLIT_ITEM.fullmatch(i))
            and _R(r"[A-Za-z]").search(i)
            and not _VALUE_ITEM.match(i)
            and not _VALUE_METRIC_ITEM.match(i)
            and not _VALUE_PHRASE.search(i)
            for i in items
        ):
            continue
        if all(METRIC.fullmatch(i) for i in items) or _R(r"(?i)\bterms\s$").search(
            text, max(0, m.start() - 7), m.start()
        ):
            field = "metric"
        elif m.group("prep") in ("than", "over", "against") or _COMPARED_WITH.search(
            text, max(0, m.start() - 12), m.start()
        ):
            field = "baseline"  # "compared with GhostNet, MobileNet and HarDNet, ... respectively"
        elif m.group("prep") in ("to",):
            if all(known_dataset(i) for i in items):
                field = "dataset"  # "to A and B" is a data set list only of known ones: "transferred to CIFAR-100 and ImageNet"
            elif _APPLIED_TO.search(text, max(0, m.start() - 12), m.start()) and all(
                b or _model_item(i) for i, b in zip(items, sized, strict=False)
            ):
                field = "model"  # "Applied to FooVideo (13B) and BarGen-14B, the method ... respectively"
            else:
                continue
        elif _SETTINGS_AFTER_LIST.match(text, m.end()):
            continue  # "66.3% and 82.1% in the 1-shot and 5-shot settings": settings, not data sets
        elif _DEVICES_AFTER_LIST.match(text, m.end()):
            continue  # "at 56.8 FPS and 48.6 FPS on the latest Android and iPhone mobile devices": hardware
        elif (
            m.group("prep").lower() in ("on", "in", "across", "from")
            or m.group("kind")
            or _DATA_AFTER_LIST.match(text, m.end())
        ):
            field = "dataset"  # "for Pancreas-CT and BTCV datasets, respectively"
        else:
            field = "model"
        out.setdefault(field, items)
    if size == 2 and "metric" not in out:
        m = _VERB_TWO_OBJECTS.search(text, s_start, s_end)
        if m:  # "reduces execution time and disk space usage by factors of 10 and 278, respectively"
            out["metric"] = [m.group("a"), m.group("b")]
    return out
