"""Sizes: whether a number with a magnitude (7B, 1.2M, fifty billion, 400 hours) counts
parameters or data, or is neither (FLOPs, a rate, a data set's name like JFT-300M)."""

from __future__ import annotations

from functools import cache

import regex

from etl.extract.cues import (
    COLLECTED,
    COMPUTE_AFTER,
    DATA_AFTER_NAME,
    DATA_CONTEXT,
    DATA_FAMILY,
    DATA_HOURS,
    DATA_NOUN,
    HELD_NOUN,
    HELD_NOUN_LONG,
    MODEL_BEFORE,
    MODEL_NOUN,
    NAME_AFTER,
    NAME_BEFORE,
    NAME_BEFORE_PAREN,
    NOT_DATA,
    PARAM_AFTER,
    PARAM_NOUN,
    RATE_PER,
    USE_DATA,
)
from etl.extract.data_frames import TRAINED_ON, framed_data
from etl.extract.kind_cues import last_match
from etl.extract.numbers import Atom
from etl.extract.rules import load
from etl.records import Kind, Unit

_R = cache(regex.compile)  # inline patterns: compiled once, looked up cheaply
# "ten trillions of tokens": the data noun after "of"
_DATA_OF = regex.compile(
    r"\s+(?:of\s|\([A-Za-z]{1,4}\)\s)(?:[\w\-]+\s){0,2}?(?P<noun>" + DATA_NOUN.pattern + ")"
)


_READS = regex.compile(
    r"(?i)\b(?:process\w*|handl\w*|support\w*|accept\w*|read(?:s|ing)?|ingest\w*|attend\w*\sto"
    r"|extend\w*\s(?:[\w.\-]+\s){0,3}to|averag\w*|memory\sof"
    r"|lengths?(?:\sof)?|context\s(?:windows?|lengths?|sizes?)\b[^.;]{0,40}?\b(?:to|of|at))"
    r"\s(?:inputs?\sof\s|contexts?\sof\s|sequences?\sof\s)?(?:up\sto\s|more\sthan\s|over\s|at\sleast\s|about\s|nearly\s)?$"
)


# ", 1B and 6B": the rest of a list of sizes that one noun after it counts
_SIZE_RUN = regex.compile(r"^(?:,?\s(?:and\s|or\s)?\d+(?:\.\d+)?\s?[KMBT]\b){1,5}")
# "evaluated at 128K tokens": the length a model is run at (not "at least 1B tokens")
_AT_LENGTH = regex.compile(r"(?i)\bat\s(?:up\sto\s)?$")
# "extend the vocabulary of X with 24,000 tokens", "a vocabulary of 32K tokens": entries of a vocabulary
_VOCAB = regex.compile(r"(?i)\bvocabular(?:y|ies)\b[^.;]{0,45}?\b(?:with|of|to|by)\s(?:\w+\s)?$")
# "a 100K-token input", "32K-token contexts": a token count that measures one input
_LENGTH_NOUN = regex.compile(
    r"(?i)^[\s-]tokens?\s(?:[\w\-]+\s)?(?:inputs?|prompts?|contexts?|documents?|sequences?|windows?|limits?|budgets?)\b"
)


# "a dataset comprising over 1.55 million users and 130 million tweets", "it includes 200 million
# interactions, 30 million users, and ...": users a data set holds are its records, not people
# (not "experiments with 35 users", "a network serving 200,000 users")
_USERS = regex.compile(r"(?i)^\s(?:[\w\-]+\s)?(?:users|accounts)\b")
_HOLDS = regex.compile(
    r"(?i)\b(?:includ(?:e|es|ing|ed)|contain(?:s|ing|ed)?|compris(?:e|es|ing|ed)|consist(?:s|ing|ed)?\sof)\s[^.;:()]{0,90}$"
)


def data_users(left: str, right: str) -> bool:
    """A count of users that a data set is said to hold (see _USERS)."""
    return _USERS.match(right) is not None and _HOLDS.search(left[-100:]) is not None


# the number opens a list member or follows the verb itself (not "on 200 databases", "by 196 devices")
_LIST_SLOT = regex.compile(
    r"(?i)(?:,|\band|\b(?:includ|contain|compris|consist)\w*(?:\sof)?)\s(?:(?:over|about|around|nearly|almost"
    r"|approximately|roughly|more\sthan)\s)?$"
)


# "with only 50 demonstrations per task", "trained on just 20 labeled scans", "from as few as 48
# labeled variants": a small count of data that "only" marks as the little a method needs
_FEW_BEFORE = regex.compile(r"(?i)\b(?:with|on|using|uses?|from|given)\s(?:only|just|as\sfew\sas)\s$")
_FEW_NOUN = regex.compile(rf"^\s(?:[a-z][\w\-]*\s)?(?:{DATA_NOUN.pattern})")


def few_data(left: str, right: str) -> bool:
    """A small count of data after "with only", "on just", "from as few as"."""
    tail = left[-25:]
    if "only" not in tail and "just" not in tail and "few" not in tail:
        return False  # most small numbers: a substring test first
    return (
        _FEW_BEFORE.search(tail) is not None
        and _FEW_NOUN.match(right) is not None
        and NOT_DATA.search(right[:40]) is None
    )


def held_in_collection(left: str, right: str) -> bool:
    """A count of things a data set is said to hold, written after a list's verb or with a long noun
    phrase ("it contains 70 scenes, 11,464 frames, and 232,913 annotated 3D vehicle bounding boxes")."""
    return (
        _LIST_SLOT.search(left[-30:]) is not None
        and _HOLDS.search(left[-100:]) is not None
        and HELD_NOUN_LONG.match(right) is not None
    )


# "2416 unlabeled nighttime and 2920 unlabeled twilight images", "9.5K safe and 7.3K harmful
# conversations": the first member of a pair whose noun is written once, after the second
_ELLIPSIS = regex.compile(
    r"^\s(?:(?!(?:and|or)\b)[a-z][\w\-]*(?<!s)\s){1,2}(?:and|or)\s(?:(?:over|about|nearly|more\sthan)\s)?"
    r"\d[\d,.]*(?:[KkMB]\b|\s(?:thousand|million|billion)\b)?(?=\s)"
)


def ellipsis_held(left: str, right: str) -> bool:
    """The first member of a pair that shares its data noun with the second (see _ELLIPSIS)."""
    m = _ELLIPSIS.match(right)
    if m is None:
        return False
    rest = right[m.end() :]
    return HELD_NOUN_LONG.match(rest) is not None and (
        DATA_NOUN.search(rest[:50]) is not None or _HOLDS.search(left[-100:]) is not None
    )


# "a throughput of 1.87 billion packets per second", "performance is nearly 2.4 million instructions
# per second": a rate a system reaches is a score (a rate a setting uses, "streams 10,000 samples per
# second", stays out)
_RATE_OF = regex.compile(
    r"(?i)\b(?:throughput|performance|speed|rate)\s(?:is|was|of|reaches|reached|reaching)\s(?:an?\s)?$"
)


def rate_reached(left: str, right: str) -> bool:
    """A count per unit of time named as the throughput a system reaches (see _RATE_OF)."""
    return _RATE_OF.search(left[-40:]) is not None and RATE_PER.search(right[:40]) is not None


# "a graph with 110 million nodes and 1.5 billion edges", "a knowledge base of 2 million entities":
# the items of a graph or knowledge base in the millions are the data a method runs on (no machine
# has millions of compute nodes, which NOT_DATA leaves out at small counts)
_GRAPH_ITEMS = regex.compile(r"(?i)^\s(?:[\w\-]+\s)?(?:edges|nodes|vertices|entities|triples|triplets)\b")
# ... said of a graph or data set that holds them (not "the largest vertex having 3 million edges")
_GRAPH_HOLDER = regex.compile(
    r"(?i)\b(?:graphs?|networks?|datasets?|KGs?|knowledge\s(?:graphs?|bases?)|contain\w*|process\w*|scal(?:es|ed|ing)\sto)\b"
)


def size_kind(
    atom: Atom, raw: str, left: str, phrase: str, right: str, sentence: str
) -> tuple[Kind, Unit] | None:
    """A number with a magnitude (7B, 1.2M, fifty billion): a parameter count or a data size."""
    head = right[:40]
    if RATE_PER.search(head) or COMPUTE_AFTER.match(head):
        return None
    if _LENGTH_NOUN.match(right[:30]):
        return None  # "a 100K-token input": a context length
    if atom.unit == "tokens":
        if _READS.search(left[-45:]):
            return None  # "can process more than 1M tokens": a context length, not data
        if _VOCAB.search(left[-60:]):
            return None  # "extend the vocabulary of Mistral-7B with 24,000 tokens": a vocabulary's size
        if _AT_LENGTH.search(left[-12:]):
            return None  # "on RULER at 128K tokens": the length a model is run at
        return Kind.DATA_SIZE, Unit.TOKENS
    if atom.unit == "hours" or atom.form == "hm":
        if _R(r"(?i)^\s*(?:of\s)?(?:GPU|TPU|A100|H100|compute)").match(head):
            return None
        if (
            DATA_HOURS.match(head)
            or DATA_CONTEXT.search(left[-60:])
            or TRAINED_ON.search(left[-90:])  # "train on 1.2 million hours spanning 150 languages"
            or _R(r"(?i)\btotal\w*\s(?:of\s)?$").search(left)
            or (USE_DATA.search(left[-30:]) and _R(r"^\s(?:of|from)\s(?:the\s)?[A-Z]").match(head))
            or (
                _R(r"(?i)\bincluding\s(?:about\s|over\s|nearly\s)?$").search(left[-25:])
                and "hours" in left[-90:]
            )
        ):
            return Kind.DATA_SIZE, Unit.HOURS
        return None
    if data_users(left, right):
        return Kind.DATA_SIZE, Unit.EXAMPLES
    if (
        (atom.magnitude or 0) >= 1e6
        and _GRAPH_ITEMS.match(head)
        and _GRAPH_HOLDER.search(left[-80:])
        and not RATE_PER.search(head)
    ):
        return Kind.DATA_SIZE, Unit.EXAMPLES  # "graphs with up to 16 billion edges"
    if raw[-1:] in ("B", "b") and atom.form == "digits" and _DISTILLED_INTO.match(head):
        return Kind.PARAM_COUNT, Unit.PARAMS  # "8B and 3B students": sizes of models, not counts of people
    if COMPUTE_AFTER.match(head) or RATE_PER.search(head):
        return None
    if framed_data(left, right, atom.value or 0):
        return Kind.DATA_SIZE, Unit.EXAMPLES  # "pretrain X, a forecaster, on 27 billion time points"
    if NOT_DATA.match(head) and not _MODEL_AFTER.match(head):
        return None  # not "a distilled 1.1B variant runs 3 times faster": a model noun first
    run = _SIZE_RUN.match(right)
    if run is not None and PARAM_AFTER.match(right[run.end() : run.end() + 40]):
        return Kind.PARAM_COUNT, Unit.PARAMS  # "with 300M, 1B and 6B parameters": the list's first size
    if PARAM_AFTER.match(head) or (
        _R(r"(?i)param\w*\s(?:\w+\s){0,4}$").search(left[-50:])
        and not DATA_NOUN.search(phrase)  # "6B parameters on 4 billion images": the data noun wins
    ):
        return Kind.PARAM_COUNT, Unit.PARAMS
    if (
        (atom.magnitude or 0) >= 1e6
        and atom.form == "digits"
        and raw[-1:] in "BbM"
        and _ROLE_NOUN.match(right)
    ):
        return Kind.PARAM_COUNT, Unit.PARAMS  # "our 335M retriever", "a 3B planner predicts subgoal images"
    m = last_match(DATA_NOUN, phrase) or _DATA_OF.match(head)  # "100K math word problems": the last noun
    if m and not MODEL_NOUN.search(right[:35]):
        word = m.group(m.lastgroup or 0).lower() if m.re is _DATA_OF else m.group(0).lower()
        if word.startswith("token") or word.startswith("word"):
            return Kind.DATA_SIZE, Unit.TOKENS
        if word.startswith("hour"):
            return Kind.DATA_SIZE, Unit.HOURS
        return Kind.DATA_SIZE, Unit.EXAMPLES
    if (
        (DATA_CONTEXT.search(left[-60:]) or COLLECTED.search(left[-45:]))
        and HELD_NOUN.match(right)
        and not MODEL_NOUN.search(right[:35])
    ):
        return Kind.DATA_SIZE, Unit.EXAMPLES  # "the corpus spans 3.2 million Reddit threads"
    if (held_in_collection(left, right) or ellipsis_held(left, right)) and not MODEL_NOUN.search(right[:35]):
        return Kind.DATA_SIZE, Unit.EXAMPLES
    big = (atom.magnitude or 0) >= 1e6  # a model has millions of parameters at least; 128K is a length
    if big and (NAME_BEFORE_PAREN.search(left[-40:]) or NAME_AFTER.match(right) or MODEL_NOUN.search(phrase)):
        return Kind.PARAM_COUNT, Unit.PARAMS
    if (
        raw[-1:] in ("B", "b", "T", "M")
        and atom.form == "digits"
        and (MODEL_BEFORE.search(left[-40:]) or FAMILY_BEFORE.search(left[-40:]))
    ):
        return Kind.PARAM_COUNT, Unit.PARAMS  # "Llama2 7B", "Pythia 410M", "BLOOM 560M"
    letter = raw[-1:] in ("B", "b", "T") and atom.form == "digits"
    if letter and NAME_BEFORE.search(left[-40:]):
        return Kind.PARAM_COUNT, Unit.PARAMS
    if DATA_CONTEXT.search(phrase) or USE_DATA.search(left[-30:]):
        return Kind.DATA_SIZE, Unit.EXAMPLES
    if letter and (MODEL_NOUN.search(sentence) or PARAM_NOUN.search(sentence)):
        return Kind.PARAM_COUNT, Unit.PARAMS
    if DATA_CONTEXT.search(left[-60:]):
        return Kind.DATA_SIZE, Unit.EXAMPLES
    return None


_MODEL_FAMILY = load("context")["model_family"].regex
_ROLE_NOUN = load("context")["system_role_noun"].regex
# a model noun right after a size, maybe after one modifier: "1.1B variant", "7B video LLM"
_MODEL_AFTER = regex.compile(rf"^[\s\-](?:[\w\-]+\s)?(?:{MODEL_NOUN.pattern})")
# a model's size before the roles of distillation: "into 8B and 3B students", "a 70B teacher"
_DISTILLED_INTO = regex.compile(r"(?i)^\s*(?:(?:and|or|,)\s[\d.]+[Bb]\s)?(?:students?|teachers?)\b")
# a model family's name right before a size: "Pythia 410M", "BLOOM 560M" (not "ImageNet 1.2M")
FAMILY_BEFORE = regex.compile(r"(?<![\w\-])" + _MODEL_FAMILY.pattern + r"[\w.\-]*\s$")
# "on YouTube-8M", "pre-trained on WebVid-10M": a name with a million-scale size after a preposition
# a data set's name that the words around it introduce as data: "a video dataset called X-130M",
# "we curate X-1M", "X-1M, containing 1.2 million triplets"
_DATA_CALLED = regex.compile(
    r"(?i)\b(?:datasets?|corpus|corpora|benchmarks?|collections?)\s(?:called|named|dubbed|termed|coined)\s$"
)
_DATA_VERB = regex.compile(
    r"(?i)\b(?:construct\w*|curat\w*|collect\w*|compil\w*|crawl\w*|annotat\w*)\s(?:an?\s|the\s)?(?:new\s)?$"
)
_TOKENS_OF = regex.compile(r"(?i)\b(?:tokens|words)\sof\s(?:the\s)?$")
_HOLDS_AFTER = regex.compile(
    r"[\w\-]*,?\s(?:which\s)?(?:contain(?:s|ing)|compris(?:es|ing)|consist(?:s|ing)\sof)\s(?:over\s|about\s|nearly\s)?\d"
)
# a name the words after it describe as data: "SoundHub-2M with 2M clips", "X-1M, a new corpus of", a
# title's "FooFace-1M: 1 Million Synthetic Face Images"
_DATA_NOUN = DATA_NOUN.pattern
_ITEMS_AFTER = regex.compile(
    r"[\w\-]*(?:(?:,?\s(?:with|of|holding)|:)\s(?:over\s|about\s|nearly\s|more\sthan\s|some\s)?\d[\d.,]*\s?"
    r"(?:[KkMB]|(?i:thousand|million|billion))?\s(?:[\w\-]+\s){0,2}?"
    + _DATA_NOUN
    + r"|,\s(?:an?|the)\s(?:[\w\-]+\s){0,3}?(?:datasets?|corpus|corpora|benchmarks?|collections?)\b)"
)
_DATA_PREP = regex.compile(
    r"(?i)\b(?:on|from|of|in|with|using|across|and)\s(?:the\s|both\s)?(?:[\w\-]+,\s|[\w\-]+\sand\s)?$"
)


def data_name(text: str, a: Atom, s_start: int, s_end: int) -> bool:
    """A size inside a data set's name (JFT-300M, LAION-5B, Sports-1M), not a model's."""
    lo = a.start
    while lo > s_start and (text[lo - 1].isalnum() or text[lo - 1] in "-_."):
        lo -= 1
    if DATA_FAMILY.match(text, lo, a.start) or DATA_AFTER_NAME.match(text, a.end, s_end):
        return True
    if (
        _DATA_CALLED.search(text, max(s_start, lo - 30), lo)
        or _HOLDS_AFTER.match(text, a.end, s_end)
        or (_TOKENS_OF.search(text, max(s_start, lo - 20), lo) and _MODEL_FAMILY.match(text, lo) is None)
    ):
        return True  # "a video dataset called HD-VG-130M", "EditVerse-1M, containing 1.2 million triplets"
    million = text[a.end - 1 : a.end] in ("M", "K") and text[a.start - 1 : a.start] == "-"
    return (
        million
        and (
            _DATA_PREP.search(text, max(s_start, lo - 40), lo) is not None
            or _DATA_VERB.search(text, max(s_start, lo - 30), lo) is not None
            or _ITEMS_AFTER.match(text, a.end, s_end) is not None
        )
        and _MODEL_FAMILY.match(text, lo) is None
        and MODEL_NOUN.match(text, a.end + 1, min(s_end, a.end + 30)) is None
    )


# "searching for 0.6 days on one GPU", "a search cost of 3 GPU days", "search time (at least 200
# GPU-hours)": the time an architecture or hyper-parameter search takes is a value the method
# reaches (a score with unit none, the time word kept in the text); a training run's length ("we
# train for 4 days") is a setting and stays out
_SEARCH_TIME = regex.compile(
    r"^(?:[\s~-]?(?:[A-Z]\d{2,4}\s)?(?:GPU|TPU)s?[\s-]?(?i:days?|hours?|hrs?)|[\s~-](?i:days?|hours?))\b"
)
_SEARCH_WORD = regex.compile(r"(?i)\bsearch(?:es|ed|ing)?\b|\bNAS\b")
_SEARCH_NEAR = regex.compile(
    r"(?i)\bsearch(?:es|ed|ing)?(?:\s(?:costs?|times?|phase))?(?:\s(?:is|was|takes|took|of|for|in|requires|needs))?"
    r"\s?(?:\(|(?:only|just|about|around|at\sleast|at\smost|less\sthan|under|within)\s)?$"
)


def search_time(a: Atom, left: str, right: str, sentence: str) -> int | None:
    """How far past `right`'s start a search time written at `a` runs (its unit words), or None."""
    if a.form != "digits" or a.signed or a.magnitude or a.unit not in (None, "hours"):
        return None
    m = None if a.unit == "hours" else _SEARCH_TIME.match(right)
    if a.unit is None and m is None:
        return None
    gpu = m is not None and _R(r"(?i)[GT]PU").search(m.group(0)) is not None
    if not (_SEARCH_NEAR.search(left[-70:]) or gpu and _SEARCH_WORD.search(sentence)):
        return None
    return m.end() if m else 0
