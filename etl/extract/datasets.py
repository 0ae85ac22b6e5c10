"""The dataset field: data sets a sentence names (after on/in/across, or before a data word),
the one nearest a number, pipe lists (A|B|C) and "respectively" lists."""

from __future__ import annotations

import re
from functools import cache, lru_cache

import regex

from etl.extract.cues import METRIC
from etl.extract.gazetteer import Gazetteer
from etl.extract.kinds import Found
from etl.extract.phrases import METRIC_PAREN, NAME, NOT_DATA_NAME, NOT_DATASET, bare_name, is_dataset
from etl.records import Kind

_R = cache(regex.compile)
_DATA_WORD = r"(?:dataset|benchmark|corpus|leaderboard|challenge|test\sset|suite)s?"
# patterns used with match(text, pos) have no "^": it would not match at pos
# "on ImageNet-1K", "in the Polish MT-Bench", "the Natural Instructions dataset"
# Data set mentions are found from cheap anchors (stdlib `re`, literal scans): a preposition
# before a capitalised word ("on ImageNet-1K"), or a data word after a name ("the X dataset").
# an adjective may sit between the preposition and the name: "on the challenging Kinetics-400"
_ADJ_WORDS = (
    r"(?:(?:challenging|popular|standard|large-scale|public|widely[\s-]used|well-known|real-world|recent|new|same)\s"
    r"|our\s(?:new(?:ly\s[a-z]+)?\s|proposed\s)?|newly\s(?:built|proposed|introduced|constructed|collected|curated"
    r"|created)\s)"
)
_ADJ = rf"(?:{_ADJ_WORDS})?"
# any one lowercase word may sit there before a name with a digit or inner capital ("on conditional
# CIFAR-10", "on multilingual XNLI"), except words that start a clause or a phrase of their own
_ANY_ADJ = (
    r"(?!(?:which|that|this|these|those|their|our|its|each|all|and|or|both|other|such|particular|contrast"
    r"|addition|turn|general|practice|summary|short|fact|total|order|terms|case|cases)\s)[a-z][a-z\-]{2,15}\s"
)
# a name specific enough to be a data set after any adjective: with a digit, or 4+ characters and
# not a plural acronym (XNLI, WebQuestions; not NER, ASR, KGs)
_SPECIFIC = re.compile(r"(?=.*\d)|(?![A-Z]+s$)(?=\S{4})")
_PREP_ANCHOR = re.compile(
    # "math problems like GSM8K", "benchmarks such as MMLU": examples of the data a sentence names;
    # "on three benchmarks: MMLU, ...", "benchmarks (GSM8K, ...": the data sets a data noun lists;
    # "on mathematical reasoning (GSM8K and MATH)": a task with its data sets in brackets
    rf"(?:\b(?:[Oo]n|[Ii]n|[Aa]cross|(?<=(?:marks|asets|tasks|blems|rpora|uites)\s)(?:including|such\sas|like))\s"
    rf"|(?<=(?:marks|asets|tasks|rpora|uites)):\s|(?<=(?:marks|asets|tasks|rpora|uites)),\snamely\s"
    rf"|(?<=(?:marks|asets|tasks|rpora|uites|oning|nding|ation|ering|ction|ieval))\s\((?:e\.g\.,?\s|i\.e\.,?\s)?"
    rf"(?=[A-Z][^()]*?(?:,\s|\sand\s)[^()]*\)))"
    rf"(?:the\s)?(?:{_ADJ_WORDS}|(?P<adj>{_ANY_ADJ}))?(?:(?:dataset|benchmark|corpus)\s)?(?=[A-Z])"
)
_DATA_ANCHOR = re.compile(
    r"\s(?:[Dd]ataset|[Bb]enchmark|[Cc]orpus|leaderboard|[Cc]hallenge|test\sset|suite|testbed)s?\b"
)
_VERSION = r"\d\.\d(?![\w%]|\.\d|\s?\\?%|\s(?:points?|pp)\b)"  # "AlpacaEval 2.0", not "MMLU 7.5%"
_DATASET_AT = regex.compile(
    rf"(?P<d>(?:[A-Z][a-z]+\s)?{NAME}(?:\s(?:\d{{2,4}}|{_VERSION}|[A-Z][\w\-]*))*)"
    r"(?![\w\-])(?!\s(?:model|LLM|backbone|architecture)s?\b)"  # not a shorter name ("PointNeX" of "PointNeXt model")
)
_DATASET_BEFORE_WORD = regex.compile(
    rf"(?<![\w\-])(?P<d>(?:(?:[A-Z][\w\-]*|{NAME})\s){{0,2}}(?:{NAME}|[A-Z][\w\-]+))$"
)
_DATASET_AFTER = regex.compile(
    rf"[^,;.]{{0,40}}?\b(?:on|in|across)\s(?:the\s|a\s)?{_ADJ}(?P<d>(?:{NAME}|(?P<plain>(?>[A-Z][a-z]{{3,}}[\w\-]*)(?!\s\d+\b)))"
    rf"(?:\s(?:\d{{2,4}}|{_VERSION}|[A-Z][\w\-]*))*)(?![\w\-])(?!\s(?:model|LLM|backbone)s?\b)"
)
# a plain capitalised word right after "on" is a data set (on Cityscapes), unless it is one of these
_PLAIN_NOT_DATA = regex.compile(
    r"(?:Section|Table|Figure|Appendix|English|Chinese|Linux|Windows|Python|Average|Top|Both|Each|Some|Many|All"
    r"|Other|Further|Moreover|Additionally|Finally|Specifically|Particularly|Compared|Extensive|Experiments?)$"
)
# a name followed by what a cost is of is part of that cost, not a data set: "in KV cache memory"
_COST_AFTER = regex.compile(
    r"\s(?:(?!(?:with|the|and|or|of|at|on|in|for|an?|its|their|while|under|by)\s)[a-z][\w\-]*\s){0,2}?(?:memory|cache|latency|footprint|usage|consumption|throughput|bandwidth|FLOPs)\b"
)
_FOR_DATA = regex.compile(
    rf"\s?(?:[\w\-]+\s)?for\s(?:the\s)?(?P<d>{NAME}|[A-Z][a-z]{{2,}}[\w\-]*)(?![\w\-])"
    r"(?P<w>\s(?:dataset|benchmark|corpus|test\sset))?"
)
_SUBSET_OF = regex.compile(
    rf"\s(?:subset|split|portion|partition|subsets|splits)\sof\s(?:the\s)?(?:{NAME}|[A-Z][\w\-]+)(?:\s(?:dataset|benchmark))?"
)
_HARDWARE_AFTER = regex.compile(
    r"(?i)[\s\-](?:based|devices?|phones?|GPUs?|CPUs?|chips?|processors?|boards?|cards?|hardware|platforms?)\b"
)
_COMPARED = regex.compile(r"(?i)\b(?:outperform\w*|surpass\w*|beat\w*|exceed\w*|than|compared|such\sas)\s")
# "on A (..), B (..) and C (": a chain of data sets with their values that started after on/in
_DATA_CHAIN = regex.compile(
    r"(?i)\b(?:on|in|across|including)\s(?:the\s)?(?:[\w\-]+\s)?[\w\-]+\s?\([^()]*\)"
    r"(?:,?\s(?:and\s)?(?:[\w\-]+\s)?[\w\-]+\s?\([^()]*\))*,?\s(?:and\s)?$"
)
_CLAUSE_BREAK = regex.compile(r",\s(?:and|while|whereas|but)\s|;")
_LIST_AFTER_CLAUSE = regex.compile(r"(?:,\s(?:and|while|whereas|but)\s|;)[^;]*(?::|,\snamely)\s")
_OPEN_PAREN = regex.compile(r"\((?P<in>[^()]{0,60})$")
_PLAIN_BEFORE_PAREN = regex.compile(r"(?<![\w\-])(?P<n>[A-Z][a-z]{2,}[\w\-]*)\s?$")
_NAME_BEFORE_PAREN = regex.compile(rf"(?<![\w\-])(?P<n>(?:[A-Z][\w\-]*\s)?{NAME})\s?$")
_DATASET_CALLED = regex.compile(
    rf"(?i:dataset|benchmark|corpus|collection)\s(?i:named|called|dubbed|termed|coined)\s(?P<d>{NAME}|[A-Z][a-z]+[\w\-]*)"
)
_NAMED_DATASET = regex.compile(
    rf"(?<![\w\-])(?P<d>(?:[A-Z][\w\-]*\s){{0,2}}(?:{NAME}|[A-Z][\w\-]+))\s(?:dataset|corpus)\b"
)


# a list item "Name value" (or "Name value -> value"): the value is measured on the name before it
_NAME_VALUE = regex.compile(
    rf"(?:^|[(,;:]\s?|\band\s)(?:on\s)?(?P<d>(?P<n>{NAME})|[A-Z][a-z]{{3,}}[\w\-]*)\s"
    r"(?:[+\-]?\d[\d.]*\s?\\?%?\s(?:→|->|-->|\\rightarrow|rightarrow|to)\s)?$"
)
_PLAIN_WORD = re.compile(r"[A-Z][a-z]{2,}[\w\-]*(?:\s[A-Z0-9][\w\-]*)?")


@lru_cache(maxsize=4096)
def known_dataset(name: str) -> bool:
    """A name the dataset gazetteer knows ("Cityscapes", "LibriSpeech"): a data set even when it is
    one plain capitalised word, which the name grammar alone cannot tell from an ordinary word."""
    return Gazetteer.load().datasets.lookup(name) is not None


def _plain_known(text: str, pos: int, end: int) -> tuple[int, str] | None:
    """A known data set written as plain words at `pos` ("on Cityscapes", "on Penn Treebank")."""
    m = _PLAIN_WORD.match(text, pos, end)
    if m is None:
        return None
    name = m.group(0)
    if known_dataset(name):
        return m.start(), name
    first = name.split(" ", 1)[0]
    return (m.start(), first) if first != name and known_dataset(first) else None


# the metric is a lookahead, so the scan stays in C and only names before a metric reach Python
_NAME_THEN_METRIC = re.compile(
    r"(?<![\w\-])(?P<d>[A-Z][\w\-]*[A-Z0-9][\w\-]*|[A-Z][a-z]{3,}[\w\-]*)(?:'s)?\s(?:(?:test|val|validation|dev)\s)?"
    rf"(?=(?:{METRIC.pattern}))"
)
_ACRONYM = re.compile(r"[A-Z][A-Z\-]*\d[A-Z0-9\-]*")  # FER2013, GSM8K: an acronym with a number
# a name right after a data word: "the code generation testbed CoNaLa", "the real-world dataset X"
_NAME_AT = re.compile(
    rf"\s(?:of\s)?(?![Vv]\d)(?P<d>{NAME})(?=[\s,.;:)]|$)"
    # an appositive: "an evaluation dataset, Book-SORT, comprising 36k pairs"
    rf"|,\s(?P<d2>{NAME}),\s(?=(?:a|an|which|that|comprising|containing|consisting|with)\s)"
)
# the subject of "contains" is the data set a size is of: "HVU contains approx. 572k videos"
_HOLDS = regex.compile(
    rf"(?:^|(?<=[.;:]\s))(?:The\s)?(?P<d>{NAME})(?:\s(?:dataset|corpus|benchmark))?\s(?:\([^()]{{0,40}}\)\s)?"
    r"(?:contains|comprises|consists\sof|includes|offers|provides|covers|has)\s[^.;]{0,40}$"
)
_HOLD_VERB = re.compile(r"\b(?:contains|comprises|consists|includes|offers|provides|covers|has)\s")
_FOR_NAME = re.compile(rf"(?P<d>{NAME}),\s")


def _named_datasets(text: str, s_start: int, s_end: int) -> list[regex.Match]:
    """`_NAMED_DATASET` matches; the scan is slow and a match needs one of its literal words."""
    if text.find("dataset", s_start, s_end) < 0 and text.find("corpus", s_start, s_end) < 0:
        return []
    return list(_NAMED_DATASET.finditer(text, s_start, s_end))


@lru_cache(maxsize=64)
def _dataset_mentions(text: str, s_start: int, s_end: int) -> tuple[tuple[int, str], ...]:
    """(start, name) of every data set a sentence names, in order."""
    found: dict[int, str] = {}
    for a in _PREP_ANCHOR.finditer(text, s_start, s_end):
        m = _DATASET_AT.match(text, a.end(), s_end)
        if m and a.group("adj") and not _SPECIFIC.match(bare_name(m.group("d"))):
            continue  # "on conditional CIFAR-10", "on multilingual XNLI", but not "on few-shot NER"
        if (
            m
            and is_dataset(m.group("d"))
            and not _HARDWARE_AFTER.match(text, m.end(), s_end)
            and not _COST_AFTER.match(text, m.end(), s_end)
            and not text.startswith("@", m.end())  # "in RP@5": a metric at a cutoff
        ):
            sub = _SUBSET_OF.match(text, m.end(), s_end)  # "the Hard subset of MedQA"
            found[m.start("d")] = text[m.start("d") : sub.end()] if sub else bare_name(m.group("d"))
        elif m is None or not m.group("d")[:1].isupper() or " " not in m.group("d"):
            plain = _plain_known(text, a.end(), s_end)
            if plain:
                found[plain[0]] = plain[1]
    if text.startswith("For ", s_start):
        m = _FOR_NAME.match(text, s_start + 4, s_end)
        if m and is_dataset(m.group("d")):
            found[m.start("d")] = m.group("d")  # "For Kvasir-SEG, HarDNet-MSEG delivers"
    title_case = None
    for a in _DATA_ANCHOR.finditer(text, s_start, s_end):
        n = None if text[a.start() + 1].isupper() else _NAME_AT.match(text, a.end(), s_end)
        g = ("d" if n.group("d") else "d2") if n else ""
        if n and is_dataset(n.group(g)) and n.start(g) not in found:
            found[n.start(g)] = bare_name(n.group(g))  # "the code generation testbed CoNaLa"
        if text[a.start() + 1].isupper():  # "Cityscapes Dataset", but not a title's "A New Dataset"
            if title_case is None:
                words = text[s_start:s_end].split()
                title_case = sum(w[:1].isupper() for w in words) > 0.5 * len(words)
            if title_case:
                continue
        m = _DATASET_BEFORE_WORD.search(text, max(s_start, a.start() - 60), a.start())
        if (
            m
            and is_dataset(m.group("d"))
            and not any(k <= m.start("d") < k + len(v) for k, v in found.items())
        ):
            found[m.start("d")] = bare_name(m.group("d"))
    return tuple(sorted(found.items()))


def _metric_owners(text: str, s_start: int, s_end: int) -> tuple[tuple[int, str], ...]:
    """Data sets named right before a metric: "a FER2013 test accuracy of 75.2%", "its MMLU score".
    Read only near a number (a scan over every capitalised word)."""
    out = []
    for a in _NAME_THEN_METRIC.finditer(text, s_start, s_end):
        name = a.group("d")
        if (_ACRONYM.fullmatch(name) or known_dataset(name)) and is_dataset(name):
            out.append((a.start(), name))
    return tuple(out)


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
        if _R(rf"(?<![\w\-]){regex.escape(d)}\s(?:metric|measure)s?\b").search(text, s_start, s_end):
            d = None  # "on the mDice metric": a metric's name, not a data set's
    return (None if d and task_acronym(text, d) else d) or carried


# "universal feature learning (UFL)", "video salient object detection (VSOD)": an acronym the abstract
# spells out in lower-case words is a task, not a data set ("... (RD-FSL) benchmark" is one)
_SPELLED_LOWER = r"(?<![\w\-])[a-z][\w\-]*(?:\s[a-z][\w\-]*){{0,5}}\s\({}\)(?!\s(?:data\s?sets?|benchmarks?|corpus|corpora|suite))"


_DATA_WORD_IN = regex.compile(r"\b(?:data\s?sets?|benchmarks?|corpus|corpora|database|collection)\b")


@lru_cache(maxsize=256)
def task_acronym(text: str, name: str) -> bool:
    """Whether `name` is an acronym the abstract defines as lower-case words (a task or field)."""
    if text.find("(" + name + ")") < 0:
        return False
    m = regex.search(_SPELLED_LOWER.format(regex.escape(name)), text)
    return m is not None and _DATA_WORD_IN.search(m.group(0)) is None  # "... sign language dataset (AUTSL)"


@lru_cache(maxsize=64)
def _in_sentence(found: Found, text: str, s_start: int, s_end: int) -> str | None:
    return _dataset_for(found, text, s_start, s_end, None)


# "by 3.5% across 20 benchmarks", "on average over six datasets": measured on data sets it does not name
_UNNAMED_DATA = regex.compile(
    r"\s?(?:[\w\-]+\s){0,3}?(?:on|across|over|in)\s(?:all\s|the\s)?(?:\d+|two|three|four|five|six|seven|eight|nine"
    r"|ten|eleven|twelve|multiple|several|various|diverse|many|numerous)\s(?:[a-z][\w\-]*\s){0,2}?"
    r"(?:benchmarks|datasets|data\ssets|corpora|tasks|test\ssets)\b(?!\s(?:including|such\sas|like)\b|\s?[(:])"
)


# "to a dataset containing 2 million entities", "on an even more challenging dataset generated from ...":
# a data set the sentence introduces without a name, so an earlier sentence's name does not carry
_INDEFINITE_DATA = regex.compile(
    r"(?<!,\s|:\s|\s-\s|\s—\s|\sis\s|\swas\s)\b(?:[Aa]n?|[Aa]nother)\s(?:(?!(?:subset|part|portion|split|variant|version)\b)[\w\-]+\s){0,4}?"
    r"(?:dataset|data\sset|benchmark|corpus|test\sset|collection)\b(?!\s(?:of|called|named|dubbed)\s[A-Z])"
)


def unnamed_data(found: Found, text: str, s_end: int, s_start: int | None = None) -> bool:
    """Whether the words after a number say it was measured on data sets it does not name; with
    `s_start`, also whether its sentence measures it on a data set it introduces without a name."""
    if _UNNAMED_DATA.match(text, found.end, min(s_end, found.end + 100)) is not None:
        return True
    return (
        s_start is not None
        and found.kind is not Kind.DATA_SIZE  # "We present a new corpus of 7K samples": the one proposed
        and _introduces_unnamed_data(text, s_start, s_end)
    )


@lru_cache(maxsize=64)
def _introduces_unnamed_data(text: str, s_start: int, s_end: int) -> bool:
    """Read once per sentence: its numbers share the answer."""
    if text.find(" a", s_start, s_end) < 0 and text.find("A", s_start, s_end) < 0:
        return False
    return _INDEFINITE_DATA.search(text, s_start, s_end) is not None


# a name a title gives is a data set only when it looks like one: a digit or an inner capital
# ("CliCR", "Flare7K") or a gazetteer entry, not Title Case words ("on Large-Scale Datasets")
_SPECIFIC_TITLE_NAME = re.compile(r"(?:.*\s)?\S*(?:\d|[a-z][A-Z])\S*(?:\s.*)?")
_GENERIC_PLURAL_END = re.compile(r".*\s[A-Z][a-z]{3,}s")  # "P2PTV Networks", "IP Networks"


def title_dataset(title: str) -> str | None:
    """The data set a title names, when it is specific enough to carry to the abstract."""
    for _, name in reversed(_dataset_mentions(title, 0, len(title))):
        if known_dataset(name) or (
            _SPECIFIC_TITLE_NAME.fullmatch(name) and not _GENERIC_PLURAL_END.fullmatch(name)
        ):
            return name
    return None


def _dataset_for(found: Found, text: str, s_start: int, s_end: int, own: str | None) -> str | None:
    if found.kind is not Kind.DATA_SIZE and unnamed_data(found, text, s_end):
        return None
    item, on = pipe_partner(found, text, s_start, s_end)
    if item and on:
        return item
    paren = paren_owner(text, s_start, found.start)
    if paren:
        return paren
    before = _NAME_VALUE.search(text, max(s_start, found.start - 60), found.start)
    if before and (known_dataset(before.group("d")) or (before.group("n") and is_dataset(before.group("d")))):
        return before.group("d")  # "(StrategyQA 58.9 -> 61.7 acc., CommonsenseQA 63.6 -> 72.7 acc.)"
    listed = _aligned(found, text, s_start, s_end)
    if listed:
        return listed
    m = _DATASET_AFTER.match(text, found.end, s_end)
    if m and _after_ok(m, text, s_end):
        sub = _SUBSET_OF.match(text, m.end(), s_end)  # "on the Hard subset of MedQA"
        return text[m.start("d") : sub.end()] if sub else bare_name(m.group("d"))
    m = _FOR_DATA.match(text, found.end, s_end)
    if m and is_dataset(m.group("d")) and (m.group("w") or known_dataset(m.group("d"))):
        return m.group("d")  # "24.30% for CIFAR-100", "79.27% for the Kvasir-SEG dataset", not "for ResNet34"
    if found.kind is Kind.DATA_SIZE:
        called = _DATASET_CALLED.search(text, s_start, s_end)
        if called:
            return bare_name(called.group("d"))  # "a curve text dataset named CTW1500"
        if own and _R(r"(?i)\b(?:the|our|this)\s(?:new\s)?(?:dataset|corpus|benchmark)\b").search(
            text, s_start, s_end
        ):
            return own
        holder = (
            _HOLDS.search(text, s_start, found.start)
            if _HOLD_VERB.search(text, s_start, found.start)
            else None
        )
        if holder and is_dataset(holder.group("d")) and not NOT_DATASET.match(holder.group("d")):
            return holder.group("d")  # "HVU contains approx. 572k videos"
        named = [mm for mm in _named_datasets(text, s_start, s_end) if not NOT_DATASET.match(mm.group("d"))]
        if named:
            return named[-1].group("d")
    best, dist = None, 10**9
    mentions = _dataset_mentions(text, s_start, s_end)
    if not mentions and found.kind in (Kind.SCORE, Kind.IMPROVEMENT):
        # no data set named otherwise: one written before its metric ("FER2013 accuracy")
        mentions = _metric_owners(text, max(s_start, found.start - 60), min(s_end, found.end + 30))
    for a, name in mentions:
        d = a - found.end if a >= found.end else found.start - a
        if a < found.start and _CLAUSE_BREAK.search(text, a, found.start):
            d += 1000  # "on ImageNet, and 43.7% box mAP ... on COCO": a new clause has its own data set
        elif a > found.end and _LIST_AFTER_CLAUSE.search(text, found.end, a):
            continue  # "reaching 79.7% mIOU ..., and advances the results on three other datasets: X"
        if d < dist:
            best, dist = name, d
    return best


_V = r"[+\-]?\d+(?:\.\d+)?\s?(?:\\?%|x)?"
_VALUE_LIST = re.compile(rf"{_V}(?:,\s(?:and\s)?{_V})*,?\s(?:and|&)\s{_V}")  # stdlib: ~2x faster here
_VALUE = re.compile(_V)


_ON_LIST_AFTER = regex.compile(r"\s?(?:\w+\s){0,3}?\b((?:on|in|across)\s)")


def _aligned(found: Found, text: str, s_start: int, s_end: int) -> str | None:
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
        out.append((m.start(), m.end(), starts, tuple(names) if names else None))
    return tuple(out)


def _after_ok(m: regex.Match, text: str, s_end: int) -> bool:
    """A name after "on/in" following a number is a data set unless it is generic or hardware."""
    name = bare_name(m.group("d"))
    if _HARDWARE_AFTER.match(text, m.end(), s_end) or _COST_AFTER.match(text, m.end(), s_end):
        return False
    if METRIC_PAREN.match(text, m.start("d")):
        return False  # "in Mean Reciprocal Rank (MRR)": a metric spelled out
    if text.startswith("@", m.end("d")):
        return False  # "in RP@5": a metric at a cutoff
    if m.group("plain") and name == m.group("plain"):
        return not (_PLAIN_NOT_DATA.match(name) or NOT_DATA_NAME.search(name) or METRIC.fullmatch(name))
    return is_dataset(name)


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
        if n is None or not known_dataset(n.group("n")):
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


_EXAMPLE_BEFORE = re.compile(r"(?:including|such\sas|like)\s(?:the\s)?$")


def sentence_dataset(text: str, s_start: int, s_end: int) -> str | None:
    """The last data set a sentence names (it carries over to later sentences); not one given as
    an example of others ("math problems like GSM8K"): that is background, not the data measured."""
    for start, name in reversed(_dataset_mentions(text, s_start, s_end)):
        if not _EXAMPLE_BEFORE.search(text, max(s_start, start - 12), start) and not task_acronym(text, name):
            return name
    return None


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


_VALUE_ITEM = regex.compile(r"[+\-]?\d[\d.,]*\s?(?:x|×|times|fold|\\?%|[KMBT])?$")  # "of 24x and 6x": values
_ITEM = r"[A-Za-z0-9][\w\-./+]*(?:\s[A-Z0-9][\w\-./+]*){0,3}"
_ITEM_LIST = regex.compile(
    rf"\b(?P<prep>[Oo]n|[Ii]n|[Aa]cross|from|using|with|for|of|by|to|than|over|against)\s(?:the\s|both\s)?"
    rf"(?P<items>{_ITEM}(?:,\s(?:and\s)?(?:the\s)?{_ITEM})*,?\s(?:and|&)\s(?:the\s)?{_ITEM})"
)
_COMPARED_WITH = regex.compile(r"(?i)\b(?:compared|relative|comparison|outperform\w*|surpass\w*)\s?$")
_DATA_AFTER_LIST = regex.compile(r"\s(?:datasets|benchmarks|corpora|data\ssets)\b")
_ITEM_SPLIT = regex.compile(r",\s(?:and\s)?(?:the\s)?|\s(?:and|&)\s(?:the\s)?")


_OBJ = r"[a-z][\w\-]*(?:\s(?!(?:and|by|to|of|the)\b)[a-z][\w\-]*){0,3}"
_VERB_TWO_OBJECTS = regex.compile(
    rf"\b(?:reduc|improv|increas|decreas|lower|boost|cut|sav|accelerat|speed\w*\sup)\w*\s(?:the\s|its\s|their\s)?"
    rf"(?P<a>{_OBJ})\sand\s(?:the\s|its\s|their\s)?(?P<b>{_OBJ})\s(?:by|to)\s"
)


def respectively(text: str, s_start: int, s_end: int, size: int) -> dict[str, list[str]]:
    """For "A%, B% and C% on X, Y and Z, respectively": the items each number goes with,
    as {"dataset": [...]} or {"model": [...]}, when a list of `size` names follows a preposition."""
    out: dict[str, list[str]] = {}
    for m in _ITEM_LIST.finditer(text, s_start, s_end, overlapped=True):
        items = [i.strip().rstrip(".,;:") for i in _ITEM_SPLIT.split(m.group("items"))]
        if len(items) != size or not all(
            _R(r"[A-Z0-9]").search(i) and _R(r"[A-Za-z]").search(i) and not _VALUE_ITEM.match(i)
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
            continue
        elif m.group("prep").lower() in ("on", "in", "across", "from") or _DATA_AFTER_LIST.match(
            text, m.end()
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
