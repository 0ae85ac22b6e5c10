"""The name a paper's title gives its method or data set: "Name: ..." (a data set when the title or the
abstract says so), a shared task's team ("Luminoso at SemEval-2018 Task 10"), a title-case phrase the
abstract uses too, an acronym in brackets, or an opening title-case name the abstract proposes.

Kept apart from `proposed.py`, which reads the abstract's own "we propose X" shapes and decides
between what the title and the abstract name.
"""

from __future__ import annotations

from functools import cache

import regex

from etl.extract.dataset_names import SIZED_AFTER, known_dataset
from etl.extract.name_words import DATASET_WORD, GENERIC_ARCH, GENRE, namey
from etl.extract.phrases import PROPOSAL, occurrences

__all__ = ["title_lead", "title_names", "title_spelled"]

_R = cache(regex.compile)
# "Luminoso at SemEval-2018 Task 10: ...": a shared-task team's system
_SHARED_TASK = regex.compile(r"^\s*(?P<n>[A-Z][\w\-]*(?:\s[A-Z][\w\-]*)?)\sat\s[A-Z][\w\-]*[\s\-]?\d{4}\b")
# "Name: ...", "Name - ...", "COS(M+O)S: ...", "Team@Task-2023: ...", "MechGPT, a ..."
_TITLE_NAME = regex.compile(r"^\s*(?P<n>[\w\-.+ ()]{2,40}?)\s*(?::|!|\s-{1,2}\s|@|,\s(?:a|an)\s)")
# "XnODR and XnIDR: Two ... Layers": two names coordinated, no one system the paper's results belong to
_TWO_NAMES = regex.compile(r"\S\s(?:and|&|or|vs\.?)\s\S|,\s")
# what follows a title's "Name:" when the name is a topic, not a method ("X: A Survey of LLMs")
_TITLE_GENRE = regex.compile(
    r"(?i)\s*(?:(?:a|an|the)\s)?(?:[\w\-]+\s)?(?:survey|review|overview|tutorial|primer|position\spaper|perspective)\b"
)
_TITLE_ACRONYM = regex.compile(r"\((?P<n>[A-Za-z][\w\-]*[A-Z][\w\-]*)\)")
# "Fourier Head: Helping ...", "Circle Loss: A Unified ...": a title-case phrase that does something
_TITLE_PHRASE = regex.compile(
    r"^\s*(?P<n>(?:(?!(?:The|When|How|What|Why|Where|Who|Which|All|Any|Not|Some|From|With|Into)\s)[A-Z][a-z]{2,}"
    r"[\w\-]*\s){1,3}[A-Z][a-z]{2,}[\w\-]*)\s*:\s*(?:An?\s|[A-Z][a-z]+ing\s)"
)
# a title that opens with the system's title-case name ("Reinforced Mnemonic Reader for Machine Reading
# Comprehension") and an abstract that proposes it under that name ("we introduce the Reinforced Mnemonic Reader")
_TITLE_LEAD = regex.compile(
    r"^\s*(?P<n>(?:(?!(?:The|When|How|What|Why|Towards?|On|A|An|Learning|Improving|Using)\s)[A-Z][\w\-]+\s){1,4}"
    r"[A-Z][\w\-]+)(?=\s(?:for|with|in|via|on|to|and)\b|:\s)"
)
# a title's name after a proposal verb ("we propose the novel Foo Net") or a data set a name is called
# ("TaskWeb, a large-scale benchmark of"): the name is found with a string search and these fixed pieces
# are matched around it
_LEAD_WORDS = (
    regex.compile(r"\s(?:the\s|an?\s)(?:novel\s|new\s)"),
    regex.compile(r"\s(?:the\s|an?\s)"),
    regex.compile(r"\s(?:novel\s|new\s)"),
    regex.compile(r"\s"),
)
_NAME_END = regex.compile(r"\b(?!-|\s(?:with|of)\s[A-Z])")
_CALLED_DATA = regex.compile(
    r",\s(?:a|an|the)\s(?:[\w\-]+\s){0,3}?(?:benchmark|dataset|corpus|suite|collection)\b"
)
# a title name whose form says benchmark: "CodeReview-Bench", "LongWrite-Eval", "ChatArena" (the stem before
# "-Eval" is a word, so "G-Eval", a metric, is not one; "PromptEval", "UniEval" are often evaluators, so an
# unhyphenated "Eval" counts only when the abstract calls the name a benchmark)
_BENCH_FORM = regex.compile(
    r"(?:[\w\-]+?Bench|[A-Za-z][\w]{2,}-Eval|[\w\-]+?Arena)(?:[\-\s](?:\d[\w.]*|[A-Z][\w]{0,5}|v\d+))?$"
)
# the abstract introduces the title name as a data set: "Our benchmark, FooSet, contains", "a new corpus
# called FooSet"; or releases it with its size: "We release FooSet, 12K annotated sentences"
# (not "On the X dataset, FooNet achieves": a sentence's opening phrase)
_DATA_BEFORE_TITLE_NAME = regex.compile(
    r"\b(?:[Oo]ur|[Aa]n?|[Tt]his)\s(?:[\w\-]+\s){0,2}?(?i:benchmark|dataset|data\sset|corpus|testbed),\s$"
    r"|(?i:benchmark|dataset|data\sset|corpus|testbed)\s(?:called|named|dubbed|termed|namely)\s$"
)
_RELEASE_BEFORE = regex.compile(
    r"\b(?:release[sd]?|collect(?:s|ed)?|curate[sd]?|construct(?:s|ed)?|build|built|present(?:s|ed)?)\s$"
)


def _written_as_data(name: str, abstract: str) -> bool:
    """Whether the abstract introduces the title's name as a data set, or its form says benchmark."""
    if _BENCH_FORM.fullmatch(name):
        return True
    for i in occurrences(name, abstract):
        end = i + len(name)
        if _CALLED_DATA.match(abstract, end) or _DATA_BEFORE_TITLE_NAME.search(abstract, max(0, i - 50), i):
            return True
        if SIZED_AFTER.match(abstract, end) and _RELEASE_BEFORE.search(abstract, max(0, i - 20), i):
            return True
    return False


def _title_name_at(name: str, text: str, pos: int, any_case: bool = False) -> int | None:
    """The end of `name` written at `pos` after optional lead words, when the name does not read on;
    with `any_case`, also written in lower case ("we propose frequency dynamic convolution")."""
    for lead in _LEAD_WORDS:  # longest reading first, as the optional groups of one pattern would try
        w = lead.match(text, pos)
        end = w.end() + len(name) if w else 0
        written = text[w.end() : end] if w else ""
        if (written == name or (any_case and written.casefold() == name.casefold())) and _NAME_END.match(
            text, end
        ):
            return end
    return None


# a title that opens with a verb phrase on something that exists: "Re-labeling ImageNet: ...", "Rebooting
# ACGAN: ...", "Eavesdropping on GSM: ..." (not "Deforming Autoencoders: ...", a name)
_GERUND_OBJECT = regex.compile(
    r"^[A-Z][\w\-]*[a-z]ing\s(?:(?:on|of|in|for|with|from|to|into|the|a|an)\s.+|(?P<o>[A-Z][A-Za-z0-9\-]*))$"
)


def _acts_on(name: str) -> bool:
    """Whether a title's opening phrase acts on a known thing (a preposition, an acronym or a known data set)
    rather than naming the paper's method."""
    m = _GERUND_OBJECT.match(name)
    if m is None:
        return False
    o = m.group("o")
    return o is None or _R(r"^[A-Z]{2,}[0-9\-]*$").match(o) is not None or known_dataset(o)


def title_lead(title: str | None, abstract: str) -> str | None:
    """The title's opening title-case name when the abstract proposes a system under it."""
    m = _TITLE_LEAD.match(title or "")
    if m is None or DATASET_WORD.search(m.group("n")):
        return None
    for p in PROPOSAL.finditer(abstract):
        # not when the name reads on ("a Foo Network with Dense Fusion"); its acronym when given ("(GUP Net)")
        # a title that opens "Name: ..." names the paper's system even when the abstract writes it in lower case
        h = _title_name_at(m.group("n"), abstract, p.end(), any_case=title.startswith(":", m.end()))
        if h is not None:
            a = _R(r"\s?\((?P<a>[A-Z][\w\- ]{0,12}[A-Z][\w\-]*)\)").match(abstract, h)
            return a.group("a") if a else abstract[h - len(m.group("n")) : h]  # as the abstract writes it
    return None


# an acronym spelled out just before it in title-case words the title writes, then a system noun: "the
# Hidden Chain-of-Thought (HCoT) model" of "... via Hidden Chain-of-Thought Decoding": the paper's own system
_SPELLED_SYSTEM = regex.compile(
    r"(?P<long>(?:[A-Z][\w\-]*\s){1,5})\((?P<n>[A-Z][\w\-]*[A-Z][\w\-]*)\)\s(?:model|method|framework|approach"
    r"|network|architecture|algorithm|system)\b"  # one system: not "Self-Supervised Learning (SSL) methods"
)


def title_spelled(title: str | None, abstract: str) -> str | None:
    """The acronym of a system whose spelled-out title-case words the title gives."""
    for m in _SPELLED_SYSTEM.finditer(abstract) if title and "(" in abstract else ():
        if m.group("long").strip().lower() in title.lower() and not known_dataset(m.group("n")):
            return m.group("n")
    return None


def _title_phrase(name: str, abstract: str) -> str | None:
    """A title-case title name the abstract uses too, or the acronym the abstract gives it
    ("Task Preference Optimization (TPO)")."""
    i = abstract.casefold().find(name.casefold())
    if i < 0:
        return None
    a = _R(r"\s?\((?P<a>[A-Z][\w\-]*[A-Z][\w\-]*)\)").match(abstract, i + len(name))
    return a.group("a") if a else name


def title_names(title: str, abstract: str) -> tuple[str | None, str | None, str | None]:
    """(method, data set, weak method) the title names; a weak name (a title-case phrase) gives way to a
    name the abstract proposes."""
    method = dataset = weak = None
    if not title:
        return method, dataset, weak
    m = _TITLE_NAME.match(title)
    if (
        m
        and namey(m.group("n").strip())
        and not _TWO_NAMES.search(m.group("n"))
        and not _TITLE_GENRE.match(title, m.end())
        and not _acts_on(m.group("n").strip())
    ):
        name = m.group("n").strip()
        rest = title[m.end() :]
        if (
            (
                DATASET_WORD.search(rest[:60])
                # "X: a benchmark and framework for ...", "models", "methods": a system's title too
                and not _R(r"(?i)\b(?:model|method|framework)").search(rest[:40])
            )
            # "TaskWeb: Selecting ..." whose abstract says "TaskWeb, a large-scale benchmark of";
            # "CodeReview-Bench: Can LLMs ...", a name whose form says benchmark
            or _written_as_data(name, abstract)
        ):
            dataset = name
        else:
            method = name
    shared_task = _SHARED_TASK.match(title)
    if method is None and dataset is None and shared_task:
        method = shared_task.group("n")  # "Luminoso at SemEval-2018 Task 10: ...": the team's system
    phrase = _TITLE_PHRASE.match(title) if method is None and dataset is None else None
    if (
        phrase
        and not GENRE.match(phrase.group("n").split()[0])
        and not _TITLE_GENRE.match(title, title.find(":", phrase.end("n")) + 1)
        and not DATASET_WORD.search(title, phrase.end("n"), phrase.end("n") + 60)
    ):
        weak = _title_phrase(phrase.group("n"), abstract)  # the abstract's own name comes first
    if method is None and dataset is None and weak is None:
        a = _TITLE_ACRONYM.search(title)
        if a and not GENERIC_ARCH.match(a.group("n")):  # "... using Support Vector Machine (SVM)": a class
            method = a.group("n")
    return method, dataset, weak
