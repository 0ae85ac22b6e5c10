"""The fixed pieces of data-set names (LaTeX fonts, versions, years, what a name's next words make a
cost, a part or hardware) and the names the gazetteer knows; split out of `dataset_names.py`, which
re-exports `known_dataset`."""

from __future__ import annotations

import re
from functools import cache, lru_cache

import regex

from etl.extract.gazetteer import Gazetteer, display_norm
from etl.extract.phrases import NAME
from etl.extract.rules import load

# a name in a LaTeX font command: "on \\textit{ICDAR 2015}", "across \\textsc{\\textbf{Spider}}", "on {\\it X}"
LATEX_FONT = r"(?:\\(?:text(?:it|bf|sc|tt|rm|sf)|emph|mbox|math(?:rm|bf|tt))\{|\{\\(?:em|it|bf|sc|tt)\s)*"
# "AlpacaEval 2.0", not "MMLU 7.5%"; a lower-case "v" version: "Speech Commands v2", "VQA v2"
VERSION = r"(?:\d\.\d(?![\w%]|\.\d|\s?\\?%|\s(?:points?|pp)\b)|v\d{1,2}(?:\.\d)?(?![\w\-]|\.\d))"
# a name that starts with digits and then capitals: "3DPW", "3DMatch" (not "3D", "5G", "70B")
DIGIT_NAME = r"\d+[A-Z]{2,}[\w\-]*"
# a year written with an apostrophe after a name: "WMT'14", "SemEval’17"
YEAR = r"(?:['’]\d{2}(?!\d))?"
# a name followed by what a cost is of is part of that cost, not a data set: "in KV cache memory"
COST_AFTER = regex.compile(
    r"\s(?:(?!(?:with|the|and|or|of|at|on|in|for|an?|its|their|while|under|by)\s)[a-z][\w\-]*\s){0,2}?(?:memory|cache|latency|footprint|usage|consumption|throughput|bandwidth|FLOPs)\b"
)
# "the Hard subset of MedQA", "the Karpathy test split of MS-COCO" (one word may say which split)
SUBSET_OF = regex.compile(
    rf"\s(?:(?:test|val|validation|dev|training|train|hard|easy)\s)?(?:subset|split|portion|partition|variant)s?\sof\s"
    rf"(?:the\s)?(?:{NAME}|[A-Z][\w\-]+)(?:\s(?:dataset|benchmark))?"
)
# a part of a data set named by its kind only, after on/in: "on the hardest variant of ScanObjectNN", "on the
# long split of VideoMME", "on the test portion of FooQA", "on the Hindi-Urdu direction of FLORES-101" (the
# phrase is kept whole, as written)
PART_OF = regex.compile(
    rf"(?:on|in)\s(?:the\s)?(?P<d>(?:[a-z][\w\-]*\s|[A-Z][a-z]+-[A-Z][a-z]+\s)?"
    rf"(?:subset|split|portion|partition|variant|directions?)\sof\s(?:the\s)?"
    rf"(?P<n>{NAME}|[A-Z][\w\-]+))(?![\w\-])"
)
HARDWARE_AFTER = regex.compile(
    r"(?i)[\s\-](?:based|devices?|phones?|GPUs?|CPUs?|chips?|processors?|boards?|cards?|hardware|platforms?)\b"
)
# a second word may be a number with a decimal point: "Penn Treebank", "Human 3.6M"; a third a capitalised
# word: "Yelp Review Full"
_PLAIN_WORD = re.compile(
    r"[A-Z][a-z]{2,}[\w\-]*(?:\s(?:[A-Z][\w\-]*|\d+(?:\.\d+)?[A-Za-z]*(?![\w\-.])|\d[\w\-]*)(?:\s[A-Z][a-z]+\b)?)?"
)


# one ordinary word ("multiple", "Drops"), maybe with an article or a data word around it
_ONE_PLAIN_WORD = re.compile(
    r"(?i:the\s)?(?P<w>[A-Za-z][a-z]+)(?i:\s(?:datasets?|benchmarks?|corpus|corpora|data\ssets?|challenge|task))?"
)


@cache
def _written_forms() -> dict[str, frozenset[str]]:
    """Each gazetteer entry's id, aliases and examples as written (normalised, separators kept)."""
    return {
        e.id: frozenset(display_norm(f) for f in (e.id, *e.aliases, *e.examples))
        for e in Gazetteer.load().datasets.entries
    }


@lru_cache(maxsize=4096)
def known_dataset(name: str) -> bool:
    """A name the dataset gazetteer knows ("Cityscapes", "LibriSpeech"): a data set even when it is
    one plain capitalised word, which the name grammar alone cannot tell from an ordinary word. The
    lookup ignores dashes and case, so one ordinary word counts only when an entry writes it so:
    "Multiple Datasets" is not MultiPL-E, "drops" not DROP, "arcs" not ARC."""
    hit = Gazetteer.load().datasets.lookup(name)
    if hit is None:
        return False
    plain = _ONE_PLAIN_WORD.fullmatch(name)
    return plain is None or display_norm(plain.group("w")) in _written_forms().get(hit, frozenset())


def plain_known(text: str, pos: int, end: int) -> tuple[int, str] | None:
    """A known data set written as plain words at `pos` ("on Cityscapes", "on Penn Treebank")."""
    m = _PLAIN_WORD.match(text, pos, end)
    if m is None:
        return None
    words = m.group(0).split(" ")
    for n in range(len(words), 0, -1):  # the longest known reading: "Yelp Review Full", "Penn Treebank"
        name = " ".join(words[:n])
        if known_dataset(name):
            return m.start(), name
    return None


# a name, an optional data word or bracket, a verb of holding (`hold_verb`), then a count of items (`holds_data`)
HOLD_VERB = load("context")["hold_verb"].pattern
_HOLDS_DATA = regex.compile(
    rf"(?:\s(?:dataset|benchmark|corpus|suite))?\s(?:\([^()]{{0,40}}\)\s)?{HOLD_VERB}"
    + load("context")["holds_data"].pattern.removeprefix("^")
)


def holds_data(text: str, end: int) -> bool:
    """Whether the name ending at `end` is said to hold a count of items ("X contains 1,650
    questions"): a data set's name, whatever the title makes of it."""
    return _HOLDS_DATA.match(text, end) is not None


_NAMED_AS_SYSTEM = load("context")["named_as_system"].regex


def named_as_system(text: str, end: int) -> bool:
    """Whether the name ending at `end` is written as a system ("Pico-1.7B", "X, a code model")."""
    return _NAMED_AS_SYSTEM.match(text, end) is not None


# "universal feature learning (UFL)", "video salient object detection (VSOD)": an acronym the abstract
# spells out in lower-case words is a task, not a data set ("... (RD-FSL) benchmark" is one)
# (not a value's unit: "1.55 days (eICU)" names the data set of 1.55 days)
_SPELLED_LOWER = r"(?<![\w\-])(?<!\d\s)[a-z][\w\-]*(?:\s[a-z][\w\-]*){{0,5}}\s\({}\)(?!\s(?:data\s?sets?|benchmarks?|corpus|corpora|suite))"


_DATA_WORD_IN = regex.compile(r"\b(?:data\s?sets?|benchmarks?|corpus|corpora|database|collection)\b")


@lru_cache(maxsize=256)
def task_acronym(text: str, name: str) -> bool:
    """Whether `name` is an acronym the abstract defines as lower-case words (a task or field)."""
    if text.find("(" + name + ")") < 0:
        return False
    m = regex.search(_SPELLED_LOWER.format(regex.escape(name)), text)
    return m is not None and _DATA_WORD_IN.search(m.group(0)) is None  # "... sign language dataset (AUTSL)"
