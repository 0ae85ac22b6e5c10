"""The model and baseline fields, and the name of the method a paper proposes (which stands
in for "our method")."""

from __future__ import annotations

import re
from functools import cache, lru_cache

import regex

from etl.extract.cues import COST, METRIC
from etl.extract.datasets import dataset_for, known_dataset, paren_owner, pipe_partner
from etl.extract.kinds import Found
from etl.extract.phrases import (
    AND_BY,
    BASELINE_CUE,
    BASELINE_LIKE,
    MODEL_NOUN,
    NAME,
    NAME_RE,
    NAME_START,
    NOT_DATASET,
    OUR,
    PROPOSAL,
    SENT_START,
    UNIT_NAME,
    clean_np,
)
from etl.records import Kind

_R = cache(regex.compile)
_TERMED = regex.compile(rf"\b(?:termed|dubbed|called|named|coined)\s(?P<n>{NAME}|[A-Z][a-z]+[A-Z]\w*)")
_PAREN_OWNER = regex.compile(r"(?P<n>(?:[\w'+\-]+\s){0,2}[\w'+\-]+)\s?\(\s?$")
_VERB_OR_PREP = regex.compile(
    r"(?i)\b(?:between|and|or|of|for|with|than|to|from|by|on|in|the|a|an|our|their|its|outperform\w*|surpass\w*"
    r"|achiev\w*|obtain\w*|reach\w*|beat\w*|exceed\w*|improv\w*|report\w*|yield\w*|attain\w*|versus|vs\.?|as)\s"
)
_COMPARED_BEFORE = regex.compile(
    r"(?i)\b(?:outperform\w*|surpass\w*|beat\w*|exceed\w*|than|compared|versus|vs\.?)\s"
)
_ON_BEFORE = regex.compile(r"(?i)\b(?:on|in|across|including|both)\s(?:the\s)?$")
_SHARED_TASK = regex.compile(r"^\s*(?P<n>[A-Z][\w\-]*(?:\s[A-Z][\w\-]*)?)\sat\s[A-Z][\w\-]*[\s\-]?\d{4}\b")
# "Name: ...", "Name - ...", "COS(M+O)S: ...", "Team@Task-2023: ...", "MechGPT, a ..."
_TITLE_NAME = regex.compile(r"^\s*(?P<n>[\w\-.+ ()]{2,40}?)\s*(?::|!|\s-{1,2}\s|@|,\s(?:a|an)\s)")
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
# LaTeX around a name: "dubbed \textbf{DAMO-YOLO}", "called \emph{CowMask}"
_MARKUP = regex.compile(r"\\(?:emph|textbf|textsc|textit|texttt|mathrm|mathbf|text)\s?\{(?P<n>[^{}]{1,40})\}")
_NAMEY_TOKEN = regex.compile(r"^.+[A-Z0-9]|^[A-Z]{2,}")
# "we introduce Adaptive Prompting, a ...": a title-case name right after the proposal verb
_TITLECASE_NAME = regex.compile(
    r"\s(?:the\s)?(?P<n>[A-Z][\w\-]+(?:\s[A-Z][\w\-]+){1,4})(?=,\s(?:a|an|the|which)\s)"
)
# "an automatic CoT prompting method: Auto-CoT."
_COLON_NAME = regex.compile(
    rf"^[^.:]{{0,80}}?(?i:method|model|framework|approach|algorithm|system|benchmark|dataset):\s(?P<n>{NAME})(?=[.,]|$)"
)
_ACRONYM_AFTER = regex.compile(rf"\s?\((?P<n>{NAME})\)")
_CALLED = regex.compile(
    rf"(?i:called|named|dubbed|termed|coined)\s(?:as\s)?(?:\\text\w+\{{)?(?P<n>{NAME}|[A-Z][a-z]{{3,}}[\w\-]*(?![\w\-]|\s[A-Z]|\s?\(|\s[a-z]+\s\())"
    rf"|\bas\s(?P<n>{NAME})\b|\((?P<n>{NAME})\)|\bi\.e\.,?\s(?P<n>{NAME})(?=[,.;\s])"
    rf"|^\W*(?P<n>{NAME})[,:]\s"
)
# "we propose FasterVLM, a ...", "we propose TCA (Temporal ...)", "propose HippoRAG 2, a framework"
_BARE_NAME = regex.compile(
    rf"\s(?P<n>(?:[A-Z][\w\-]*[a-z][\w\-]*|{NAME})(?:\s\d(?:\.\d)?)?)"
    r"(?=\s(?:that|which|to|for|as)\b|,|\s\(|:\s|\s?(?:—|--))"
)
# "we propose complexity-based prompting, a simple and effective example selection scheme": a name
# in lower case, set off by the noun that says what it is
_LOWER_NAME = regex.compile(
    r"\s(?P<n>(?!(?:a|an|the|to|two|three|several|some|new|novel|our|this|these|both|that|it)\b)[a-z][\w\-]*"
    r"(?:\s(?!(?:a|an|the|to|for|of|with|that|which|and)\b)[a-z][\w\-]*){0,3}),\s(?:a|an)\s(?:[\w\-]+\s){0,5}?"
    r"(?:method|scheme|framework|approach|technique|strategy|algorithm|paradigm|procedure|mechanism|objective"
    r"|module|layer|architecture|recipe|pipeline)\b"
)
# "a novel approach called weighted training.", "We refer to this method as denoising as adaptation."
_LOWER_CALLED = regex.compile(
    r"(?:\b(?:called|named|dubbed|termed)|\brefer\sto\s(?:this|our|the\sproposed)\s\w+\sas)"
    r"\s(?P<n>[a-z][\w\-]*(?:\s[a-z][\w\-]*){0,3})(?=[.,;:]|\s\(|$)"
)
# "we introduce a novel method, Self Positioning, which ...", "an algorithm, Skill-It, over ..."
_APPOSITIVE = regex.compile(
    r"\s(?:a|an|the)\s(?:[\w\-]+\s){0,5}?(?i:method|model|framework|approach|algorithm|system|technique|architecture"
    r"|benchmark|dataset|corpus|pipeline|loss|strategy|agent|tool|library|suite|family)s?,?\s"
    r"(?:(?i:called|named|dubbed|termed)\s)?(?P<n>[A-Z][\w\-]*(?:\s[A-Z][\w\-]*){0,2})"
    r"(?=[,(.;:]|\s\(|\s(?:which|that|to|for|over|with|in|on)\b)"
)
_DATASET_AFTER_NAME = regex.compile(
    r"(?i)(?:\s?\([^)]*\))?(?:,|:|\s?—|\s?-{2,3})?\s?(?:a|an|the)?\s?(?:[\w\-]+\s){0,3}?"
    r"(?:dataset|benchmark|corpus|suite|collection)\b"
)
_DATASET_BEFORE_NAME = regex.compile(
    r"(?i)\b(?:dataset|benchmark|corpus|suite|collection)\s(?:called\s|named\s|,\s)?$"
)
_DATASET_WORD = regex.compile(r"(?i)\b(?:dataset|benchmark|corpus|suite|collection|data)\b")
_GENRE = regex.compile(
    r"(?i)(?:survey|overview|review|tutorial|introduction|position|perspective|benchmarking|towards|beyond|rethinking"
    r"|revisiting|understanding|learning|evaluating|on|editorial|commentary|erratum|correction|preface|note|report)$"
)
_PAREN_SYSTEM = regex.compile(
    r"\s?\((?:for|with|via|using|by|of)\s(?!the\s(?:highest|best|lowest|largest)|all\b)(?P<n>[^()\d]{2,40})\)"
)
_ON_MODEL_AFTER = regex.compile(
    rf"\s*(?i:on|for|with|using)\s(?:\w+ing\s)?(?:the\s)?(?P<n>{NAME})\s(?:model|LLM|backbone)s?\b"
)
_FINE_TUNED = regex.compile(rf"(?i:fine-?tun\w*|train\w*|adapt\w*|appl\w*\s\w+\sto)\s(?:the\s)?(?P<n>{NAME})")
_ON_MODEL = regex.compile(
    rf"\b(?i:on|for|with|using|of)\s(?:\w+ing\s)?(?:the\s)?(?P<n>{NAME})\s(?:model|LLM|backbone)s?\b"
)
_MADE_BY = regex.compile(
    r"(?i)(?:that|those|the\sones?)\s(?:\w+\s)?(?:generated|produced|obtained|achieved|given|made)\sby\s"
)
# "up to 36.3% absolute accuracy for OpenAI o1-preview", "98.78% for CTL": a system named right after
_FOR_NAME = regex.compile(
    rf"\s?(?:[\w\-]+\s){{0,3}}?for\s(?:the\s)?(?P<n>(?:[A-Z][a-z]+\s)?(?=\S*[a-z0-9]){NAME}(?:\s{NAME})?)(?=[\s,.;)]|$)"
    r"(?!\s(?i:dataset|benchmark|task|split|set|subset|language|domain|class|categor)|\s\d)"
)
_FOR_SYSTEM = regex.compile(
    r"\s(?:for|by)\s(?P<n>(?:the\s)?(?:[\w\-]+\s){0,3}?(?:method|model|baseline|approach|system|variant)s?)\b"
)
_SIZE_OWNER_BEFORE = regex.compile(
    rf"(?P<n>{NAME})\s(?:\w+\s)?(?:with|of|has|having|contains?|containing)\s(?:up\sto\s|about\s|over\s|only\s)?$"
)
_THE_PROPOSED = regex.compile(rf"\bthe\sproposed\s(?P<n>{NAME})")
# a system that owns the metric: "Qwen 2.5 1.5B's MMLU score", "GPT-4's accuracy"
_POSSESSOR = regex.compile(
    rf"(?<![\w\-])(?P<n>(?:{NAME}|[A-Z][a-z]+)(?:\s[\d.]+[BMK]?|\s{NAME}){{0,2}})'s\s(?:[\w\-@]+\s){{0,3}}?"
    r"(?i:accuracy|score|performance|F1|win\srate|success\srate|error|perplexity|pass@\d|[A-Z]{2,}\w*\sscore)"
)
# a name that opens the sentence, set off by a comma, then a verb of result
_FRONTED_NAME = regex.compile(rf"^\s*(?:(?:Even|Only|Notably|Surprisingly)\s)?(?P<n>{NAME}),\s")
_LIST_AFTER = regex.compile(rf"{NAME}(?:,\s|\s(?:and|or)\s)")  # "ImageNet, COCO and ..." is a list
_RESULT_VERB = regex.compile(r"\b(?:achiev|obtain|reach|attain|scor|manag|surpass|outperform)\w*\b")
# "the ViT-based and CNN-based SoTA methods": two modifiers of one head noun
_BOTH_BASED = regex.compile(
    r"(?:the\s)?(?P<np>[\w\-]+-based\sand\s[\w\-]+-based(?:\s[\w\-]+){0,2}?\s(?:methods|models|approaches|baselines|systems))\b"
)
_METRIC_OF = regex.compile(
    r"(?i)\b(?:improv|boost|increas|enhanc|rais)\w*\s(?:the\s)?(?:[\w\-]+\s){0,2}?(?:accuracy|performance|scores?|F1|results?)"
    r"\sof\s(?P<np>[^,;()]{2,60}?)\s(?:in\s[^,;()]{0,60}?\s)?by\s(?:\S+\s?)?\(?$"
)
_IMPROVE_NAME = regex.compile(
    rf"(?:(?P<v>\b(?i:improv\w*|boost\w*)(?:\s(?:upon|on|over))?)|\band|,)\s(?P<n>{NAME})(?:~?\\cite\{{[^}}]*\}})?"
    r"\sby\s(?:\S+\s?)?$"
)
_IMPROVE_NAME_FIRST = regex.compile(
    rf"\b(?i:improv\w*|boost\w*)(?:\s(?:upon|on|over))?\s(?P<n>{NAME})(?:~?\\cite\{{[^}}]*\}})?\sby\s"
)
_SHARE_OF = regex.compile(r"\s*of\s(?P<o>(?:the\s)?[^,;.]{2,50})")


def _namey(name: str) -> bool:
    """A short name: a token with an inner capital or digit (ProLLaMA, FAME-ViL, Bielik 7B), or one
    capitalised word that is not a genre word (Finstreder: ..., but not Survey: ...)."""
    tokens = name.split()
    if len(tokens) == 1 and _R(r"^[A-Z][a-z]{3,}(?:-[a-z]+)?$").match(name) and not _GENRE.match(name):
        return True
    return 0 < len(tokens) <= 3 and any(_NAMEY_TOKEN.search(t) for t in tokens)


def _title_phrase(name: str, abstract: str) -> str | None:
    """A title-case title name the abstract uses too, or the acronym the abstract gives it
    ("Task Preference Optimization (TPO)")."""
    i = abstract.casefold().find(name.casefold())
    if i < 0:
        return None
    a = _R(r"\s?\((?P<a>[A-Z][\w\-]*[A-Z][\w\-]*)\)").match(abstract, i + len(name))
    return a.group("a") if a else name


def proposed_names(title: str | None, abstract: str) -> tuple[str | None, str | None]:
    """(method name, dataset name) the paper proposes, when it names them."""
    method = dataset = weak = None
    if title:
        m = _TITLE_NAME.match(title)
        if m and _namey(m.group("n").strip()) and not _TITLE_GENRE.match(title, m.end()):
            name = m.group("n").strip()
            rest = title[m.end() :]
            if _DATASET_WORD.search(rest[:60]) and not _R(r"(?i)\bmodel|method|framework").search(rest[:40]):
                dataset = name
            else:
                method = name
        shared_task = _SHARED_TASK.match(title)
        if method is None and dataset is None and shared_task:
            method = shared_task.group("n")  # "Luminoso at SemEval-2018 Task 10: ...": the team's system
        phrase = _TITLE_PHRASE.match(title) if method is None and dataset is None else None
        if (
            phrase
            and not _GENRE.match(phrase.group("n").split()[0])
            and not _TITLE_GENRE.match(title, title.find(":", phrase.end("n")) + 1)
            and not _DATASET_WORD.search(title, phrase.end("n"), phrase.end("n") + 60)
        ):
            weak = _title_phrase(phrase.group("n"), abstract)  # the abstract's own name comes first
        if method is None and dataset is None and weak is None:
            a = _TITLE_ACRONYM.search(title)
            if a:
                method = a.group("n")
    if method is None:
        p = _THE_PROPOSED.search(abstract)
        if p and not NOT_DATASET.match(p.group("n")):
            method = p.group("n")
    for m in PROPOSAL.finditer(abstract):
        tail = abstract[m.end() : m.end() + 160]
        if "\\" in tail:
            tail = _MARKUP.sub(lambda x: x.group("n"), tail)
        stop = _R(r"\.\s").search(tail)
        tail = tail[: stop.start() if stop else len(tail)]
        c = (
            _BARE_NAME.match(tail)
            or _APPOSITIVE.match(tail)
            or _TITLECASE_NAME.match(tail)
            or _COLON_NAME.match(tail)
            or _CALLED.search(tail)
            or _LOWER_NAME.match(tail)
            or _LOWER_CALLED.search(tail)
        )
        if c is None or c.group("n") in SENT_START:
            continue
        acronym = _ACRONYM_AFTER.match(tail, c.end())
        if acronym and c.re is not _CALLED:
            c = acronym  # "Hybrid Task Cascade (HTC)": the paper calls it by the acronym
        if NOT_DATASET.match(c.group("n")) and not _R(r"^[A-Z][a-z]{3,}$").match(c.group("n")):
            continue  # a generic acronym (LLMs, NLP); a plain capitalised word is a name here
        name = c.group("n")
        if name == dataset:
            break
        if _DATASET_AFTER_NAME.match(tail[c.end() :]) or _DATASET_BEFORE_NAME.search(tail[: c.start()]):
            dataset = dataset or name
        else:
            method = method or name
        break
    return method or weak, dataset


def _size_owner(found: Found, text: str, s_start: int, s_end: int) -> str | None:
    """The model a parameter count belongs to: the name it is part of, or the one next to it."""
    a = found.start
    while a > s_start and _R(r"[\w.\-/]").match(text[a - 1]):
        a -= 1
    b = found.end
    while (
        b < s_end
        and _R(r"[\w.\-/]").match(text[b])
        and not (text[b] == "." and (b + 1 >= s_end or text[b + 1] == " "))
    ):
        b += 1
    if (a < found.start or b > found.end) and not _R(r"(?i)^-?(?:param|sized?\b|scale\b)").match(
        text[found.end : b]
    ):
        return text[a:b].strip("-")
    left = text[s_start : found.start]
    m = NAME_START.match(text, found.end, s_end)
    if m and not _R(r"(?i)param|token|GPU").match(m.group("n")):
        return m.group("n")
    m = _R(rf"(?P<n>{NAME}|[A-Z][a-z]+)(?:\s[a-z]+)?\s?\(\s?$").search(left[-50:])
    if m:
        return m.group("n")
    m = _R(rf"(?P<n>(?:{NAME}\s){{0,2}}{NAME}|[A-Z][\w\-]*[a-z][\w\-]*\s\d+(?:\.\d+)?)\s$").search(
        text, max(s_start, found.start - 40), found.start
    )
    if m:
        return text[m.start("n") : b]  # "Llama 3.2 3B", "Mamba-2 370M": the size is part of the name
    m = _SIZE_OWNER_BEFORE.search(text, max(s_start, found.start - 60), found.start)
    prep = m and _R(r"(?i)\b(?:in|on|for|to|from|at)\s(?:the\s)?$").search(
        text, max(s_start, m.start("n") - 12), m.start("n")
    )
    return m.group("n") if m and not prep else None


# "GPT-4" is never a data set, but it is a system: kept as a model name
_MODEL_ACRONYM = regex.compile(r"GPT-\d\S*$")
# the later items of a list that follows a preposition ("on ImageNet, CIFAR-100 and ADE20K") share
# its role: they are data sets or baselines, not the system
_LIST_JOINS = (", ", " and ", " or ")
_PREP_LIST = re.compile(
    r"\b(?i:on|in|across|over|than|from|against|including)\s(?:the\s)?[\w\-.]*[A-Z0-9][\w\-.]*(?:\s[\w\-.]+)?"
    r"(?:,\s(?:and\s)?[\w\-.]*[A-Z0-9][\w\-.]*(?:\s[\w\-.]+)?)*(?:,\s(?:and\s|or\s)?|\s(?:and|or)\s)$"
)


# "with VideoChat and LLaVA demonstrates": the systems a method was applied to, not its subject
_WITH_PAIR = re.compile(r"\b(?:with|using|via)\s(?:the\s)?[\w\-.]*[A-Z0-9][\w\-.]*\s(?:and|or)\s$")


_ADVERB = regex.compile(
    r"(?:Even|Only|Notably|Moreover|However|Also|Finally|Then|Here|Thus|Still|Surprisingly|Additionally|Furthermore"
    r"|Specifically|Interestingly|Overall|Both|All|Each|Their|Importantly|Remarkably|Similarly|Meanwhile|Besides)$"
)
_NAME_PREFIX = regex.compile(r"(?<![\w\-.,;:])(?:[A-Z][\w\-]*\s){1,2}$")
_OUR_SIZE = regex.compile(r"(?i)\bour\s(?:[\w\-]+\s)?$")


def _generic_name(name: str) -> bool:
    """A word that names no system (LLMs, NLP, The), though GPT-4 does."""
    return NOT_DATASET.match(name) is not None and _MODEL_ACRONYM.match(name) is None


# not a system's name: a metric word, a unit, a citation or a link
_NOT_MODEL = regex.compile(r"(?i)^(?:top-?\d+|dB|ms|fps|\S*\\\S*|\S*(?:://|www\.)\S*|\S*cite\{\S*)$")


def model_for(found: Found, text: str, s_start: int, s_end: int, method: str | None) -> str | None:
    """The system a result belongs to, as written, or the proposed method's name for "our method"."""
    model = _model(found, text, s_start, s_end, method)
    if model is None or _NOT_MODEL.match(model) or UNIT_NAME.match(model):
        return None
    if (
        model != method
        and found.kind not in (Kind.PARAM_COUNT, Kind.DATA_SIZE)
        and model == dataset_for(found, text, s_start, s_end, None)
    ):
        return None  # the name the number was measured on is its data set, not its system
    return model


def _model(found: Found, text: str, s_start: int, s_end: int, method: str | None) -> str | None:
    left = text[s_start : found.start]
    sentence = text[s_start:s_end]
    if found.kind is Kind.PARAM_COUNT:
        owner = _size_owner(found, text, s_start, s_end)
        if owner:
            return owner
        if method and (OUR.search(left[-40:]) or method in left[-80:] or _OUR_SIZE.search(left[-40:])):
            return method  # "our 7B model", "FooNet comes in 2B and 7B sizes"
        return None
    item, on = pipe_partner(found, text, s_start, s_end)
    if item and not on:
        return item
    if found.rule.startswith("paren_value"):  # "outperforming FCOS (38.2 AP)": the system named before
        owner = _PAREN_OWNER.search(left[-60:])
        if (
            owner
            and _COMPARED_BEFORE.search(left[-200:])
            and not _ON_BEFORE.search(left, 0, owner.start())
            and paren_owner(text, s_start, found.start) is None  # a data set with its value
        ):
            return _VERB_OR_PREP.split(owner.group("n"))[-1]
    p = _PAREN_SYSTEM.match(text, found.end, s_end)
    if p:
        return p.group("n")
    clause = left[left.rfind(";") + 1 :]
    m = _ON_MODEL_AFTER.match(text, found.end, s_end) or _ON_MODEL.search(clause)
    if m and not _generic_name(m.group("n")):
        return m.group("n")
    if "'s " in clause:
        m = _POSSESSOR.search(clause)
        if m and not _generic_name(m.group("n")) and not known_dataset(m.group("n")):
            return m.group("n")  # "Qwen 2.5 1.5B's MMLU score rises from 60", "GPT-4's accuracy"
    m = _FRONTED_NAME.match(clause)
    if (
        m
        and not _generic_name(m.group("n"))
        and not known_dataset(m.group("n"))
        and not _LIST_AFTER.match(clause, m.end())
        and _RESULT_VERB.search(clause, m.end())
    ):
        return m.group("n")  # "GPT-3, even without any fine-tuning, managed to achieve"
    m = _FOR_SYSTEM.match(text, found.end, s_end)
    if m:
        return m.group("n")
    m = (
        _FOR_NAME.match(text, found.end, min(s_end, found.end + 90))
        if "for " in text[found.end : found.end + 60]
        else None
    )
    n = m.group("n").rstrip(".") if m else ""
    if (
        n
        and not _generic_name(n)
        and not known_dataset(n)
        and not METRIC.search(n)
        and not _R(r"^[A-Za-z]{2,3}-[A-Za-z]{2,3}$").match(n)  # a language pair (XX-En)
    ):
        return n
    ft = None
    for ft in _FINE_TUNED.finditer(left):  # noqa: B007 - the last one
        pass
    if ft is not None:
        return ft.group("n")
    for mm in NAME_RE.finditer(clause):
        n = mm.group("n")
        if (
            n in SENT_START
            or _R(r"^(?:[A-Z][a-z]+)$").match(n)
            or METRIC.fullmatch(n)
            or UNIT_NAME.match(n)
            or _generic_name(n)
        ):
            continue
        if _R(r"\d\s?$").search(clause, max(0, mm.start() - 3), mm.start()):
            continue
        if _R(
            r"(?i)\b(?:on|in|for|across|over|with|than|from|to|of|by|against|via|using|like|as|e\.g\.,?)\s(?:the\s)?$"
        ).search(clause, max(0, mm.start() - 12), mm.start()) or (
            clause.endswith(_LIST_JOINS, 0, mm.start())  # a cheap test before the list pattern
            and (
                _PREP_LIST.search(clause, max(0, mm.start() - 120), mm.start())
                or _WITH_PAIR.search(clause, max(0, mm.start() - 60), mm.start())
            )
        ):
            continue
        after = clause[mm.end() : mm.end() + 40]
        if _R(
            r"^(?:'s\s|\s(?:\w+\s)?(?:achiev|obtain|reach|outperform|improv|surpass|attain|gets|yield|score|brings|experienc"
            r"|reduc|is|can|shows|demonstrat|performs?\b|performed|match|deliver|exceed|sets))"
        ).match(after):
            p = _NAME_PREFIX.search(clause, max(0, mm.start() - 30), mm.start())
            if p and not any(
                w in SENT_START or _GENRE.match(w) or _ADVERB.match(w) for w in p.group(0).split()
            ):
                return p.group(0) + n  # "SD Mask R-CNN outperforms": the words of the name before it
            return n
    named = found.kind is not Kind.DATA_SIZE and ("med " in left or "led " in left or "bbed " in left)
    t = _TERMED.search(left) if named else None
    if (
        t
        and not NOT_DATASET.match(t.group("n"))
        and not _DATASET_WORD.search(left, max(0, t.start() - 30), t.start())
    ):
        return t.group("n")  # "the resulting models, termed FooNet-RS, attain"
    subject = _subject(clause) if found.kind not in (Kind.DATA_SIZE, Kind.PARAM_COUNT) else None
    if subject and not _OURS.match(subject):
        return subject  # "the second best method achieves", "The leading model on X, which achieves"
    if method and (
        OUR.search(left)
        or _R(r"\b(?:[Ww]e|[Oo]ur|[Ii]t|proposed)\b").search(sentence)
        or method in sentence
        or found.kind in (Kind.IMPROVEMENT, Kind.SPEEDUP, Kind.REDUCTION)
        or (found.kind is Kind.SCORE and _ACHIEVED.search(sentence) and not _OTHERS.search(sentence))
    ):
        return method
    return None  # "our approach" with no name given: left empty rather than guessed


# a system written as a noun phrase, subject of a verb of result: "The leading model on the MTEB
# leaderboard [38], which achieves", "the second best method reaches", "our proposed approach obtains"
_SYSTEM_SUBJECT = regex.compile(
    r"(?:^|(?<=[,;:]\s)|(?<=\bthat\s)|(?<=\bwhere\s)|(?<=\bwhile\s))(?P<np>(?:[Tt]he|[Oo]ur|[Tt]his|[Ii]ts|[Tt]heir)\s"
    r"(?:(?!(?:of|the|on|in|for|and|or|with|same|other|outperform\w*|achiev\w*|surpass\w*)\b)[\w\-]+\s){1,4}?"
    r"(?:model|method|approach|system|framework|network|algorithm|architecture|variant|detector"
    r"|classifier|agent|pipeline|solution|LLM|baseline)s?(?:\s(?:on|in|of|for)\s(?:the\s)?[\w\-]+(?:\s[\w\-]+){0,2})?)"
    r"\s?(?:\[[^\]]{0,12}\]\s?)?(?:,?\s(?:which|that)\s)?(?:(?:also|further|still|can|could|only|even|now)\s)*"
    r"(?:achiev|obtain|reach|attain|gets?\b|scor|yield|outperform|surpass|improv|record|deliver|produc|exceed|beat)\w*"
)
_HEAD_NOUN = re.compile(
    r"(?:model|method|approach|system|framework|network|algorithm|architecture|variant|detector|classifier|agent"
    r"|pipeline|solution|LLM|baseline)"
)
_OURS = regex.compile(r"(?i)(?:our|this|the\s(?:proposed|presented|new|resulting|final|novel))\b")


# a score the sentence says was reached, with no system named: the proposed one's ("a mIoU of 48.3%
# is achieved with ResNet50", "They can achieve 32.3/38.2/40.5 mAPs on COCO")
_ACHIEVED = regex.compile(
    r"(?i)\b(?:achiev|obtain|reach|attain|yield|deliver|record|rank|scor(?:e|es|ed|ing)\b|result\w*\sin\b|sets?\sa\snew)"
)
# a score in a sentence that speaks of other systems (or people) may be theirs
_OTHERS = regex.compile(
    r"(?i)\b(?:previous|prior|existing|baselines?|humans?|people|participants|annotators|state[\s-]of[\s-]the[\s-]art|sota"
    r"|other|competing|traditional|conventional|vanilla|original|standard|compared|than|versus|vs)\b"
)


def _subject(clause: str) -> str | None:
    """The system noun phrase a clause is about, when it is the subject of a verb of result."""
    if not _HEAD_NOUN.search(clause):
        return None
    m = None
    for m in _SYSTEM_SUBJECT.finditer(clause):  # noqa: B007 - the last one
        pass
    return m.group("np") if m else None


def baseline_for(found: Found, text: str, s_start: int, s_end: int) -> str | None:
    if found.kind not in (Kind.IMPROVEMENT, Kind.SPEEDUP, Kind.REDUCTION):
        return None
    left = text[s_start : found.start]
    m = AND_BY.search(left[-80:])
    if (
        m
        and _R(r"(?i)\b(?:outperform|surpass|beat|exceed)\w*").search(left)
        and _R(r"\bby\s(?:\S+\s?)?[+\-]?\d").search(left[-80:][: m.start()])
        and not _R(r"(?i)^\w+\s(?:its|the|their|our|a|an|this)\b").match(m.group("np"))
        and not _R(r"(?i)\bon\s(?:the\s)?[^,;]{2,50}\sby\s(?:\S+\s?)?[+\-]?\d[^,;]{0,12}$").search(
            left[: len(left) - len(m.group(0))]
        )
    ):
        np = clean_np(m.group("np"))
        if np:
            return np
    m = _IMPROVE_NAME.search(left[-80:])
    if (
        m
        and not METRIC.search(m.group("n"))
        and not NOT_DATASET.match(m.group("n"))
        and not known_dataset(m.group("n"))
        and (m.group("v") or _IMPROVE_NAME_FIRST.search(left, 0, len(left) - 80 + m.start()))
    ):
        return m.group("n")  # "we improve FixMatch by 9.8% and CoMatch by 3.2%": systems improved upon
    if found.kind is Kind.REDUCTION:
        s = _SHARE_OF.match(text, found.end, s_end)
        if (
            s
            and (MODEL_NOUN.search(s.group("o")) or NAME_RE.search(s.group("o")))
            and not COST.search(s.group("o"))
        ):
            np = clean_np(s.group("o"))
            if np:
                return np
    best, dist = None, 10**9
    for a, b, np in _baseline_cues(text, s_start, s_end):
        if a >= found.end:
            d = a - found.end
        elif b <= found.start:
            d = found.start - b + 10
        else:
            continue
        if d < dist:
            best, dist = np, d
    if best is None:
        m = _METRIC_OF.search(left[-120:])
        if m:
            np = clean_np(m.group("np"))
            if np and (BASELINE_LIKE.search(np) or MODEL_NOUN.search(np) or NAME_RE.fullmatch(np)):
                return np  # "improves the accuracy of state-of-the-art models by 20.3%"
    return best


@lru_cache(maxsize=32)
def _baseline_cues(text: str, s_start: int, s_end: int) -> tuple[tuple[int, int, str], ...]:
    """(start, end, noun phrase) of every "than X", "over X", "compared to X" in a sentence: read once,
    shared by its numbers (each takes the nearest)."""
    out = []
    for mm in BASELINE_CUE.finditer(text, s_start, s_end):
        after = text[mm.end() : s_end]
        made = _MADE_BY.match(after)
        after = after[made.end() :] if made else after
        both = _BOTH_BASED.match(after)
        np = both.group("np") if both else clean_np(after)
        if np is None:
            continue
        cue = mm.group(0).strip().lower()
        if cue in ("over", "above") and _R(r"\s*\d").match(text[mm.end() : mm.end() + 3]):
            continue  # "over 90%" is a qualifier
        out.append((mm.start(), mm.end(), np))
    return tuple(out)
