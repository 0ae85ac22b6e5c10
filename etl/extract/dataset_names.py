"""Where a sentence (or a title) names data sets: after on/in/across, before or after a data word,
before a metric ("FER2013 accuracy"); the names the gazetteer knows (looked up in `dataset_lexicon.py`);
acronyms that are tasks."""

from __future__ import annotations

import re
from functools import lru_cache

import regex

from etl.extract.cues import METRIC
from etl.extract.dataset_fronts import front_name, fronted_place
from etl.extract.dataset_lexicon import (
    COST_AFTER,
    DIGIT_NAME,
    HARDWARE_AFTER,
    LATEX_FONT,
    SUBSET_OF,
    VERSION,
    YEAR,
    holds_data,
    known_dataset,
    plain_known,
    task_acronym,
)
from etl.extract.dataset_places import name_goes_on
from etl.extract.dataset_sources import improved_on, is_source
from etl.extract.phrases import ACRONYM, ACRONYM_AFTER, NAME, bare_name, is_dataset
from etl.extract.rules import load

_C = load("context")
_PLAIN_NOT_DATA = _C["plain_not_data"].regex
MODALITY = _C["modality_name"].regex

_DATA_WORD = rf"(?:{_C['data_head'].pattern}|(?:leaderboard|challenge|suite)s?)"
# patterns used with match(text, pos) have no "^": it would not match at pos
# "on ImageNet-1K", "in the Polish MT-Bench", "the Natural Instructions dataset"
# Data set mentions are found from cheap anchors (stdlib `re`, literal scans): a preposition
# before a capitalised word ("on ImageNet-1K"), or a data word after a name ("the X dataset").
# an adjective may sit between the preposition and the name: "on the challenging Kinetics-400"
_ADJ_WORDS = (
    r"(?:(?:challenging|popular|standard|large-scale|public|widely[\s-]used|well-known|real-world|recent|new|same)\s"
    r"|our\s(?:new(?:ly\s[a-z]+)?\s|proposed\s)?|newly\s(?:built|proposed|introduced|constructed|collected|curated"
    r"|created)\s"
    # an adjective after a degree word: "on the more challenging X", "on the highly regarded X exam"
    r"|(?:more|most|less|highly|very|particularly|notoriously|extremely|especially|commonly)\s[a-z][a-z\-]{2,15}\s)"
)
ADJ = rf"(?:{_ADJ_WORDS})?"
# any one lowercase word may sit there before a name with a digit or inner capital ("on conditional
# CIFAR-10", "on multilingual XNLI"), except words that start a clause or a phrase of their own
_ANY_ADJ = r"(?!" + _C["not_data_adjective"].pattern + r"\s)[a-z][a-z\-]{2,15}\s"
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
    rf"(?:the\s)?(?:{_ADJ_WORDS}|(?P<adj>{_ANY_ADJ}))?(?:(?:dataset|benchmark|corpus)\s)?{LATEX_FONT}"
    # a name may start in lower case when it has a capital, a digit or a dash inside ("nuScenes",
    # "text8", "ogbn-arxiv"); such a name counts only when the gazetteer knows it ("on mmWave",
    # "in seq2seq", "on large-scale data" do not)
    rf"(?=[A-Z]|\d+[A-Z]{{2}}|(?P<low>[a-z][a-z\-]*[A-Z0-9]|[a-z]+-[a-z]))"
)
_LOWER_NAME = re.compile(r"[a-z]+(?:-[a-z]+)+(?![\w\-])")
# a lower-case word with its year, as shared tasks name their yearly test sets: "newstest2014", "newsdev2017"
_YEARLY_SET = re.compile(r"[a-z]{4,}(?:19|20)\d\d(?![\w\-])")
# "the X dataset", "the WNUT 2020 Shared Task": a data word after a name
_DATA_ANCHOR = re.compile(
    r"\s(?:[Dd]ataset|[Dd]ata\sset|[Bb]enchmark|[Cc]orpus|leaderboard|[Cc]hallenge|test\sset|suite|testbed|[Dd]atabase"
    r"|[Ss]hared\s[Tt]ask)s?\b"
)
_DATASET_AT = regex.compile(
    rf"(?P<d>(?:[A-Z][a-z]+\s)?{NAME}{YEAR}(?:\s(?:\d{{2,4}}(?![.,]\d)|{VERSION}|[A-Z][\w\-]*))*|{DIGIT_NAME})"
    r"(?![\w\-])(?!\s(?:model|LLM|backbone|architecture|baseline)s?\b)"  # not a shorter name ("PointNeX" of "PointNeXt model")
)
# a year may end the name: "the GENEA Challenge 2020 dataset", "WNUT 2020 Shared Task"
_DATASET_BEFORE_WORD = regex.compile(
    rf"(?<![\w\-])(?!(?:The|A|An|Our|This|These|Its|Their)\s)"
    rf"(?P<d>(?:(?:[A-Z][\w\-]*|{NAME})\s){{0,2}}(?:{NAME}|[A-Z][\w\-]+)(?:\s(?:19|20)\d\d)?)$"
)
# a spelled-out name with its acronym before a singular data word: "the Long Range Arena (LRA) benchmark"
# (an acronym: at most two lower-case letters, "LiTS", "SwDA"; not "GUIDE (Guideline-Guided)")
_NAME_EXPANDED = regex.compile(rf"(?<![\w\-])(?P<d>{NAME})\s\([A-Z][^()]{{5,80}}\)$")
_ACRONYM_BEFORE_WORD = regex.compile(r"(?<=[A-Z][\w\-]*\s)" + ACRONYM + "$")
_ONE_DATASET = re.compile(r"\s(?:[Dd]ataset|[Dd]ata\sset)")
_SINGULAR_WORD = re.compile(r"\s(?:[Dd]ataset|[Dd]ata\sset|[Bb]enchmark|[Cc]orpus|[Cc]hallenge)\b")
# an acronym before a plural data word names a kind of data unless the gazetteer knows it or it ends a
# list ("LEVIR-CD and WHU datasets")
_KIND_ACRONYM = re.compile(r"[A-Z]{2,5}")
# a count before a name and a plural data word: "two standard Pose Tracking datasets"
_COUNTED = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|various|\d+)\s(?:[a-z][\w\-]*\s){0,2}$"
)
_LISTED = re.compile(r"(?:,|\band)\s(?:the\s)?$")
# "the CVPR 2020 Challenge": a venue (and its year) is no data set
_VENUE = regex.compile(r"(?:" + _C["venue"].pattern + r")(?:\s?['’]?\d{2,4})?")
# "in the workshop on NLP Solutions for ...": the subject of a venue is no data set
_VENUE_BEFORE = re.compile(
    r"\b(?i:workshops?|conferences?|symposi(?:um|a)|sessions?)\s(?:on|in)\s(?:the\s)?$"
)
# "Real-world datasets exhibit ...", "Long-tailed datasets, where ...": a compound adjective that is
# capitalised only because it starts the sentence
_CAPITALISED_COMPOUND = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)+")
# "a text-to-SQL dataset", "the speech-to-text benchmark": a lower-case "X-to-Y" names a task
_TASK_COMPOUND = re.compile(r"[a-z]+-to-[\w\-]+")
_NAMED_DATASET = regex.compile(
    rf"(?<![\w\-])(?P<d>(?:[A-Z][\w\-]*\s){{0,2}}(?:{NAME}|[A-Z][\w\-]+))\s(?:dataset|corpus)\b"
)

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
_FOR_NAME = re.compile(rf"(?P<d>{NAME}),\s")
# a fronted "On X," sets the data of its sentence even when X is plain words: "On Amazon Beauty, ...", "On
# the Neural 3D Video dataset, ...", "On our 4.5K-prompt ConflictBench, ..." (not "On average", "On the
# other hand": no capital; not "On Windows": plain_not_data)
_FRONT_ON = regex.compile(
    rf"(?:On|Across)\s(?:the\s|our\s)?(?:[a-z0-9][\w\-.]*\s){{0,2}}?"
    rf"(?P<d>(?:{NAME}|[A-Z][\w\-]*)(?:\s(?:{NAME}|[A-Z0-9][\w\-]*)){{0,3}}?)"
    r"(?:\s(?:dataset|benchmark|corpus|suite|test\sset|environment))?,\s"
)
# a data set named as the whole its tasks or games belong to: "across 6 tasks of RoboMimic", "on the 57
# games of Atari", "on all environments from Meta-World"
_PARTS_OF = regex.compile(
    rf"\b(?:[Oo]n|[Aa]cross|[Ii]n|over)\s(?:the\s|all\s)?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s)?"
    rf"(?:[a-z][\w\-]*\s)?(?:tasks|environments|games|scenes|splits|subsets|domains|categories|findings|levels|datasets)"
    rf"\s(?:of|from|in)\s(?:the\s)?(?P<d>{NAME}|[A-Z][a-z]{{2,}}[\w\-]*)(?![\w\-])"
)
# a data set written as its parts' modifier: "across 57 Atari 2600 games", "on 6 RoboMimic tasks", "on the 50
# Meta-World tasks", "on 20 DeepMind Control tasks" (not "on 8 Nvidia GPUs": the name must be a data set's)
_NAMED_PARTS = regex.compile(
    rf"\b(?:[Oo]n|[Aa]cross|[Ii]n|over)\s(?:the\s|all\s)?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s)"
    rf"(?P<d>(?:{NAME}|[A-Z][a-z]{{2,}}[\w\-]*)(?:\s[A-Z][a-z]{{2,}}[\w\-]*)?(?:\s\d{{2,4}})?)"
    r"\s(?:tasks|environments|games|scenes|domains|levels)\b"
)
_PARTS_WORD = regex.compile(
    r"\b(?:tasks|environments|games|scenes|splits|subsets|domains|categories|findings|levels|datasets)\b"
)
_INTRODUCE_WORD = regex.compile(r"\b(?:buil|releas|introduc|construct|curat|collect|present|creat)")
_SIZED = (
    r"(?:(?:over|about|nearly|more\sthan|approximately|roughly|some)\s)?\d[\d.,]*\s?(?:[KMB]|thousand|million)?"
    r"\s(?!(?:and|or|to)\s)(?:[a-z][\w\-]*\s){0,2}?" + _C["data_noun"].pattern  # not "12 trained policies"
)
# a data set the sentence introduces with what it holds: "We build X, containing 1,200 prompts", "We
# release X, a benchmark of 3K tasks", "We collect X, 2.4M screenshots with ...", "We release X, a set of 12K
# images" (not "We release X, a code
# model ...", nor "We release X, 7B and 13B models")
_INTRODUCED = regex.compile(
    rf"\b(?:build|built|release[sd]?|introduce[sd]?|construct(?:s|ed)?|curate[sd]?|collect(?:s|ed)?|present(?:s|ed)?"
    rf"|create[sd]?)\s(?P<d>{NAME})(?:,\s(?:(?:a|an)\s(?:new\s)?(?:[\w\-]+\s){{0,3}}?"
    r"(?:benchmark|dataset|data\sset|corpus|suite|test\sset|collection)\b|containing\s|comprising\s|consisting\sof\s"
    rf"|which\s(?:contains|comprises|consists\sof)\s|{_SIZED}|(?:a|an)\s(?:new\s)?(?:set|collection)\sof\s{_SIZED})"
    # "We build DriftBench with 2,400 dialogues" (not a name with its size, "SoundHub-2M": the title's data set;
    # not "We present FooCLIP with 400M image-text pairs": a system presented with its training data,
    # nor "We build FooNet with 10K labeled images": a name that ends like a system's)
    rf"|(?<!\d[KMBkmb])(?<=\b(?:build|built|construct(?:s|ed)?|curate[sd]?|collect(?:s|ed)?|create[sd]?)\s{NAME})"
    rf"(?<!{_C['system_name_end'].pattern})\s(?:with|containing|comprising)\s{_SIZED})"
)
# ", 2.4M screenshots", ", over 12K annotated sentences": what a data set just named holds
SIZED_AFTER = regex.compile(rf",\s{_SIZED}")


def named_datasets(text: str, s_start: int, s_end: int) -> list[regex.Match]:
    """`_NAMED_DATASET` matches; the scan is slow and a match needs one of its literal words."""
    if text.find("dataset", s_start, s_end) < 0 and text.find("corpus", s_start, s_end) < 0:
        return []
    return list(_NAMED_DATASET.finditer(text, s_start, s_end))


@lru_cache(maxsize=64)
def dataset_mentions(text: str, s_start: int, s_end: int) -> tuple[tuple[int, str], ...]:
    """(start, name) of every data set a sentence names, in order."""
    found: dict[int, str] = {}
    for a in _PREP_ANCHOR.finditer(text, s_start, s_end):
        m = _DATASET_AT.match(text, a.end(), s_end)
        if a.group("low") and not (m and known_dataset(bare_name(m.group("d")))):
            w = _LOWER_NAME.match(text, a.end(), s_end)  # "on ogbn-arxiv": no capital or digit
            if w and known_dataset(w.group(0)):
                found[w.start()] = w.group(0)
            y = _YEARLY_SET.match(text, a.end(), s_end)
            if y:
                found[y.start()] = y.group(0)  # "on newstest2014": a yearly test set
            continue  # "on nuScenes", "on \\texttt{text8}"; not "in mmWave", "on top-5"
        if m and a.group("adj") and not _SPECIFIC.match(bare_name(m.group("d"))):
            continue  # "on conditional CIFAR-10", "on multilingual XNLI", but not "on few-shot NER"
        if (
            m
            and is_dataset(m.group("d"))
            and not improved_on(text, a.start(), m.group("d"))
            and not HARDWARE_AFTER.match(text, m.end(), s_end)
            and not COST_AFTER.match(text, m.end(), s_end)
            and not text.startswith("@", m.end())  # "in RP@5": a metric at a cutoff
        ):
            sub = SUBSET_OF.match(text, m.end(), s_end)  # "the Hard subset of MedQA"
            goes_on = name_goes_on(text, m.start("d"), m.end("d"))  # "on Moments in Time"
            if goes_on > m.end("d"):
                found[m.start("d")] = text[m.start("d") : goes_on]
            else:
                found[m.start("d")] = text[m.start("d") : sub.end()] if sub else bare_name(m.group("d"))
        elif m is None or not m.group("d")[:1].isupper() or " " not in m.group("d"):
            plain = plain_known(text, a.end(), s_end)
            if plain:
                found[plain[0]] = plain[1]
    if text.startswith("For ", s_start):
        m = _FOR_NAME.match(text, s_start + 4, s_end)
        if m and is_dataset(m.group("d")):
            found[m.start("d")] = m.group("d")  # "For Kvasir-SEG, HarDNet-MSEG delivers"
    if text.startswith(("On ", "Across ", "In ", "For "), s_start):
        m = _FRONT_ON.match(text, s_start, s_end) if not text.startswith(("In ", "For "), s_start) else None
        front = (m.start("d"), m.group("d")) if m and front_name(m.group("d")) else None
        front = front or fronted_place(text, s_start, s_end)
        if front and not any(k <= front[0] < k + len(v) for k, v in found.items()):
            found[front[0]] = front[1]
    sentence = text[s_start:s_end]
    parts = _PARTS_WORD.search(sentence) is not None  # a cheap test first: most sentences have neither
    introduced = _INTRODUCE_WORD.search(sentence) is not None
    for pattern, wanted in ((_PARTS_OF, parts), (_NAMED_PARTS, parts), (_INTRODUCED, introduced)):
        for m in pattern.finditer(text, s_start, s_end) if wanted else ():
            if is_dataset(m.group("d")) and m.start("d") not in found:
                found[m.start("d")] = m.group("d")
    title_case = None
    for a in _DATA_ANCHOR.finditer(text, s_start, s_end):
        n = None if text[a.start() + 1].isupper() else _NAME_AT.match(text, a.end(), s_end)
        g = ("d" if n.group("d") else "d2") if n else ""
        if n and is_dataset(n.group(g)) and n.start(g) not in found:
            found[n.start(g)] = bare_name(n.group(g))  # "the code generation testbed CoNaLa"
        if n is None and text.startswith(" (", a.end()):
            acr = ACRONYM_AFTER.match(text, a.end(), s_end)  # "the Question Answering Dataset (QAD)"
            if acr and _SINGULAR_WORD.fullmatch(a.group(0)):
                found[acr.start("d")] = acr.group("d")
        if text[a.start() + 1].isupper():  # "Cityscapes Dataset", but not a title's "A New Dataset"
            if title_case is None:
                words = text[s_start:s_end].split()
                title_case = sum(w[:1].isupper() for w in words) > 0.5 * len(words)
            if title_case:
                continue
        m = _DATASET_BEFORE_WORD.search(text, max(s_start, a.start() - 60), a.start())
        if (
            m is None
            and a.start() > 0
            and text[a.start() - 1] == ")"
            and _SINGULAR_WORD.fullmatch(a.group(0))
        ):
            m = _ACRONYM_BEFORE_WORD.search(text, max(s_start, a.start() - 20), a.start())
            if m is None:  # "IRMAS (Instrument recognition in Musical Audio Signals) data set"
                m = _NAME_EXPANDED.search(text, max(s_start, a.start() - 90), a.start())
        if m and _KIND_ACRONYM.fullmatch(m.group("d")) and a.group(0).endswith(("sets", "marks", "pora")):
            if not (
                known_dataset(m.group("d")) or _LISTED.search(text, max(s_start, m.start() - 12), m.start())
            ):
                continue  # "on two NER datasets", "open-domain QA benchmarks": a kind of data, not a name
        if (
            m
            and a.group(0).endswith(("sets", "marks", "pora"))
            and _COUNTED.search(text, max(s_start, m.start() - 30), m.start())
            and not known_dataset(m.group("d"))
        ):
            continue  # "on two standard Pose Tracking datasets": a count of a kind of data, not a name
        # a plain word the gazetteer knows is a name too: "to Cityscapes dataset" (no "the" before it)
        named = m is not None and (is_dataset(m.group("d")) or known_dataset(m.group("d")))
        if named and not any(k <= m.start("d") < k + len(v) for k, v in found.items()):
            found[m.start("d")] = bare_name(m.group("d"))
        elif not named and a.group(0)[1:4] in ("dat", "ben", "cor"):
            p = _PLAIN_BEFORE_WORD.search(text, max(s_start, a.start() - 40), a.start())
            if p and not p.group("the") and not _ONE_DATASET.fullmatch(a.group(0)):
                p = None  # "on Medical benchmarks": a field's data, not a name (not "on Montalbano dataset")
            if p and not any(k <= p.start("d") < k + len(v) for k, v in found.items()):
                found[p.start("d")] = p.group("d")  # "on the Panoptic dataset", "the Charades video dataset"
    return tuple(
        sorted(
            (k, v)
            for k, v in found.items()
            if not _TASK_COMPOUND.fullmatch(v)
            and not _VENUE.fullmatch(v)
            and not MODALITY.match(v)  # "on RGB-D images", "two RGB-D saliency datasets"
            and not (k == s_start and _CAPITALISED_COMPOUND.fullmatch(v) and not known_dataset(v))
            and not _VENUE_BEFORE.search(text, max(s_start, k - 30), k)
        )
    )


def metric_owners(text: str, s_start: int, s_end: int) -> tuple[tuple[int, str], ...]:
    """Data sets named right before a metric: "a FER2013 test accuracy of 75.2%", "its MMLU score".
    Read only near a number (a scan over every capitalised word)."""
    out = []
    for a in _NAME_THEN_METRIC.finditer(text, s_start, s_end):
        name = a.group("d")
        if (_ACRONYM.fullmatch(name) or known_dataset(name)) and is_dataset(name):
            out.append((a.start(), name))
    return tuple(out)


_PLAIN = regex.compile(r"[A-Z][a-z]+")
# one plain capitalised word after "the" (or a bare "on/in" before one "dataset": "on Montalbano dataset",
# not "on Medical benchmarks") and before a data word (one lower-case word may sit between)
_PLAIN_BEFORE_WORD = regex.compile(
    r"(?<=\b(?:(?P<the>[Tt]he)|on|in)\s(?:(?:challenging|popular|standard|large-scale|public|well-known|real-world"
    r"|recent)\s)?)"
    r"(?!" + _C["not_plain_name"].pattern + r")"
    r"(?P<d>[A-Z][a-z]{3,}[\w\-]*)(?:\s[a-z]+)?$"
)
# a plain word is a data set's name when what follows is its items: "600 Omniglot classes", "Atari Seaquest game"
_DATA_ITEMS = regex.compile(
    r"\s(?:[A-Z][\w\-]*\s)?(?:classes|images|videos|samples|examples|questions|problems|games?|environments?"
    r"|tasks?|test|split|subset|data)\b"
)
_KNOWN_AT = regex.compile(rf"(?<![\w\-])(?P<d>{NAME}|[A-Z][a-z]{{2,}}[\w\-]*)(?![\w\-])")


@lru_cache(maxsize=64)
def known_mentions(text: str, s_start: int, s_end: int) -> tuple[tuple[int, str], ...]:
    """Data sets the gazetteer knows, wherever the sentence writes them ("for CIFAR-10 with 40 labeled
    examples", "after learning 600 Omniglot classes"); not a metric's name ("SPIDEr"), not a sentence's
    first word, not an example of others ("such as GSM8K")."""
    out = []
    for m in _KNOWN_AT.finditer(text, s_start, s_end):
        name = m.group("d")
        if (
            m.start() > s_start
            and known_dataset(name)
            and (is_dataset(name) or (_PLAIN.fullmatch(name) and _DATA_ITEMS.match(text, m.end(), s_end)))
            and not METRIC.fullmatch(name)
            and not _EXAMPLE_BEFORE.search(text, max(s_start, m.start() - 12), m.start())
            and not _EXCLUDED_BEFORE.search(text, max(s_start, m.start() - 16), m.start())
            and not _COMPARED_BEFORE.search(text, max(s_start, m.start() - 16), m.start())
        ):
            out.append((m.start(), name))
    return tuple(out)


_LANGUAGE = _C["language"].pattern
# a translation direction stands in for the data set: "+3.52 COMET for XX-En", "on English-French"
_LANGUAGE_PAIR = regex.compile(
    rf"\b(?:on|for|in)\s(?:the\s)?(?:WMT\s?['’]?\d{{2,4}}\s)?"
    rf"(?P<d>{_LANGUAGE}\s?(?:-|→|->|⇒|\$\\rightarrow\$)\s?{_LANGUAGE})"
    r"(?![\w\-])"
)


def language_pairs(text: str, s_start: int, s_end: int) -> tuple[tuple[int, str], ...]:
    """Translation directions written after on/for/in, when a sentence names no data set."""
    if text.find("-", s_start, s_end) < 0 and text.find("→", s_start, s_end) < 0 and "rightarrow" not in text:
        return ()
    return tuple((m.start("d"), m.group("d")) for m in _LANGUAGE_PAIR.finditer(text, s_start, s_end))


# a name a title gives is a data set only when it looks like one: a digit or an inner capital
# ("CliCR", "Flare7K") or a gazetteer entry, not Title Case words ("on Large-Scale Datasets")
_SPECIFIC_TITLE_NAME = re.compile(r"(?:.*\s)?\S*(?:\d|[a-z][A-Z])\S*(?:\s.*)?")
_GENERIC_PLURAL_END = re.compile(r".*\s[A-Z][a-z]{3,}s")  # "P2PTV Networks", "IP Networks"


def title_dataset(title: str) -> str | None:
    """The data set a title names, when it is specific enough to carry to the abstract."""
    for _, name in reversed(dataset_mentions(title, 0, len(title))):
        if known_dataset(name) or (
            _SPECIFIC_TITLE_NAME.fullmatch(name) and not _GENERIC_PLURAL_END.fullmatch(name)
        ):
            return name
    return None


_EXAMPLE_BEFORE = re.compile(r"(?:including|such\sas|like)\s(?:the\s)?$")

# "Except for FGVC-Aircraft, the accuracy ... exceeded 99%": a data set the numbers were not measured on
_EXCLUDED_BEFORE = regex.compile(_C["exclusion_cue"].pattern + r"(?:the\s)?$")
# "better configurations than SMAC", "Compared with PSM,": a name in the gazetteer written as the system
# compared with is that system (the SMAC optimiser, propensity score matching), not a place
_COMPARED_BEFORE = regex.compile(r"(?i:\b(?:than|compared\s(?:with|to)|versus|vs\.?|against)\s(?:the\s)?$)")


def sentence_dataset(text: str, s_start: int, s_end: int) -> str | None:
    """The last data set a sentence names (it carries over to later sentences); not one given as
    an example of others ("math problems like GSM8K"): that is background, not the data measured."""
    for start, name in reversed(dataset_mentions(text, s_start, s_end)):
        if (
            not _EXAMPLE_BEFORE.search(text, max(s_start, start - 12), start)
            and not task_acronym(text, name)
            and not is_source(text, start, s_start)
        ):
            return name
    known = tuple(k for k in known_mentions(text, s_start, s_end) if not is_source(text, k[0], s_start))
    if known:  # "outperform the state of the art on an AD benchmark with ImageNet", "a task, GSM8K."
        start, name = known[-1]
        if not (
            _KNOWN_LISTED_BEFORE.search(text, max(s_start, start - 40), start)
            or _KNOWN_LISTED_AFTER.match(text, start + len(name), s_end)
            or task_acronym(text, name)
        ):
            return name  # not one of a list ("TADPOLE and MIMIC-III"), not a part ("classes of MS COCO")
    lead = _LEAD_NAME.match(text, s_start, s_end)
    if lead and holds_data(text, lead.end()):
        return lead.group("d")  # "HalluLens-V contains 3,200 videos ...": the data set the sentence describes
    return None


_KNOWN_LISTED_BEFORE = re.compile(
    r"(?:[A-Z0-9][\w\-+.]*\}?,|\band|&|\bof(?:\sthe)?(?:\s[A-Z][\w\-]*)?)\s(?:the\s)?(?:\\[a-z]+\{)?$"
)
_KNOWN_LISTED_AFTER = re.compile(r"\}?(?:,\s|\s(?:and|&)\s)")
_LEAD_NAME = regex.compile(rf"(?:The\s)?(?P<d>{NAME})")  # the name a sentence opens with
