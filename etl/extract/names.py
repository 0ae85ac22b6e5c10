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
    RESULT_VERB,
    SENT_START,
    SYSTEM_HEAD,
    TECHNIQUE_HEAD,
    UNIT_NAME,
    clean_np,
)
from etl.records import Kind

_R = cache(regex.compile)
_TERMED = regex.compile(rf"\b(?:termed|dubbed|called|named|coined)\s(?P<n>{NAME}|[A-Z][a-z]+[A-Z]\w*)")
_PAREN_OWNER = regex.compile(r"(?P<n>(?:[\w'+\-]+\s){0,2}[\w'+\-]+)\s?\(\s?$")
_VERB_OR_PREP = regex.compile(
    r"(?i)\b(?:between|and|or|of|for|with|than|to|from|by|on|in|the|a|an|our|their|its|outperform\w*|surpass\w*"
    r"|achiev\w*|obtain\w*|reach\w*|beat\w*|exceed\w*|improv\w*|report\w*|yield\w*|attain\w*|versus|vs\.?|as|using"
    r"|via|trained|training)\s"
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
    rf"|\b(?i:with|using)\san?\s(?P<n>{NAME})\s(?:model|LLM)\b"  # "86.8% with a ViT-L model", not a backbone
)
_MADE_BY = regex.compile(
    r"(?i)(?:that|those|the\sones?)\s(?:\w+\s)?(?:generated|produced|obtained|achieved|given|made)\sby\s"
)
# "up to 36.3% absolute accuracy for OpenAI o1-preview", "98.78% for CTL": a system named right after
_FOR_NAME = regex.compile(
    rf"\s?(?:[\w\-]+\s){{0,3}}?for\s(?:the\s)?(?P<n>(?:[A-Z][a-z]+\s)?(?=\S*[a-z0-9]){NAME}(?:\s{NAME})?)(?=[\s,.;)]|$)"
    r"(?!\s(?i:dataset|benchmark|task|split|set|subset|language|domain|class|categor)|\s\d)"
)
METRIC_WORD = (
    r"(?i:accuracy|score|performance|F1|win\srate|success\srate|error|perplexity|pass@\d|precision|recall|reward"
    r"|return)"
)
# the agent of a passive verb of result after the number: "92% is achieved by the robot"
_PASSIVE_AGENT = regex.compile(
    r"[^,;.]{0,40}?\b(?:is|are|was|were|being|been)\s(?:\w+\s)?(?:achieved|obtained|reached|attained|reported"
    r"|recorded|scored)\sby\s(?P<n>(?:the|a|an)\s(?:(?!(?:of|on|in|for|with|our|this|proposed)\b)[\w\-]+\s){0,3}?"
    rf"(?i:{SYSTEM_HEAD})|{NAME})(?![\w\-])"
)
_BY_NAME = regex.compile(rf"\s?(?:[\w\-@]+\s){{0,2}}?by\s(?:the\s)?(?P<n>{NAME})(?=[\s,.;)]|$)(?!\s\d)")
# "70.2% for the baseline model", "92.1% for humans", "40.2% for the best agent"
_FOR_SYSTEM = regex.compile(
    r"\s(?:for|by)\s(?P<n>(?P<det>(?:the|a|an|our|this|all|all\sthe)\s)?(?P<mod>(?:(?!(?:of|on|in|for|with|and|or|to|by"
    rf"|the|a|an)\b)[\w\-]+\s){{0,3}}?)(?P<head>(?i:{SYSTEM_HEAD})))(?![\w\-])(?!\s(?i:{SYSTEM_HEAD})(?![\w\-]))"
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


# a new clause between a subject and the number: its own subject, or a comparison with another system
_CLAUSE_BREAK = regex.compile(
    r"(?i);|\b(?:while|whereas|but)\s(?!(?:also|only|still|at|with|maintain\w*|keep\w*|us\w*|requir\w*|reduc\w*|achiev\w*"
    r"|improv\w*|outperform\w*|surpass\w*|\w+ing)\b)|\b(?:compared\s(?:to|with)|versus|vs\.?)\s(?:[^\s,;]+\s){0,3}$"
)
_ADVERB = regex.compile(
    r"(?:Even|Only|Notably|Moreover|However|Also|Finally|Then|Here|Thus|Still|Surprisingly|Additionally|Furthermore"
    r"|Specifically|Interestingly|Overall|Both|All|Each|Their|Importantly|Remarkably|Similarly|Meanwhile|Besides)$"
)
_NAME_PREFIX = regex.compile(r"(?<![\w\-.,;:])(?:[A-Z][\w\-]*\s){1,2}$")
_OUR_SIZE = regex.compile(r"(?i)\bour\s(?:[\w\-]+\s)?$")


_PAREN_NP = regex.compile(
    r"(?<![\w\-])(?P<np>(?:(?!(?i:of|the|a|an|on|in|for|and|or|to|with|by|from|as|we|our|it|is|are|was|were|between"
    r"|against|than|over|versus|vs|compar\w*|beat\w*|outperform\w*|surpass\w*|exceed\w*|achiev\w*|obtain\w*|reach\w*"
    rf"|including|such|like)\b)[\w\-]+\s){{0,3}}(?i:{SYSTEM_HEAD}))\s\((?:[~≈<>]\s?)?$"
)


def _paren_np(text: str, s_start: int, start: int) -> str | None:
    """A system noun phrase right before the parenthesis that holds the number, when it is not a data
    set's: "advanced models (72%) and humans (87%)"."""
    m = _PAREN_NP.search(text, max(s_start, start - 80), start)
    if m is None or paren_owner(text, s_start, start) is not None:
        return None
    np = m.group("np")
    if _ON_BEFORE.search(text, max(s_start, start - 120), m.start("np")):
        return None
    words = np.split()
    if not words or (len(words) < 2 and not _HUMAN.match(np)) or _OURS.match(np):
        return None
    return np


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
    if found.kind is Kind.SCORE and "(" in left[-4:]:
        np = _paren_np(text, s_start, found.start)
        if np:
            return np  # "a gap between advanced models (72%) and humans (87%)"
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
    if m and _OURS.match(m.group("n")):
        return method  # "80.1% for our model": the proposed one's, when it has a name
    if m and (m.group("mod") or _HUMAN.match(m.group("head"))):
        return m.group("n")  # not "for the model" alone: whose is unclear
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
    if " by " in text[found.end : found.end + 70]:
        m = _PASSIVE_AGENT.match(text, found.end, s_end)
        if m and not _generic_name(m.group("n")) and not _OURS.match(m.group("n")):
            bare = _R(rf"^(?:the|a|an)\s(?i:{SYSTEM_HEAD})$").match(m.group("n"))
            if not bare or _HUMAN.match(m.group("n").split()[-1]):
                return m.group("n")  # "a success rate of 92% is achieved by the robot"
    if found.kind is Kind.SCORE and " by " in text[found.end : found.end + 30]:
        m = _BY_NAME.match(text, found.end, s_end)
        if (
            m
            and not _generic_name(m.group("n"))
            and not known_dataset(m.group("n"))
            and not METRIC.search(m.group("n"))
        ):
            return m.group("n")  # "73.2% vs. 54.7% by TransE": the score another system reached
    ft = None
    for ft in _FINE_TUNED.finditer(left):  # noqa: B007 - the last one
        pass
    if ft is not None:
        return ft.group("n")
    subject_name = None
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
            if _CLAUSE_BREAK.search(clause, mm.end()):
                subject_name = None  # "X achieves 80%, while Y ...": X is not the subject here
                continue
            p = _NAME_PREFIX.search(clause, max(0, mm.start() - 30), mm.start())
            if p and not any(
                w in SENT_START or _GENRE.match(w) or _ADVERB.match(w) for w in p.group(0).split()
            ):
                n = p.group(0) + n  # "SD Mask R-CNN outperforms": the words of the name before it
            subject_name = n  # the nearest subject before the number: "X achieves 80%, Y achieves 70%"
    if subject_name:
        return subject_name
    named = found.kind is not Kind.DATA_SIZE and ("med " in left or "led " in left or "bbed " in left)
    t = _TERMED.search(left) if named else None
    if (
        t
        and not NOT_DATASET.match(t.group("n"))
        and not _DATASET_WORD.search(left, max(0, t.start() - 30), t.start())
    ):
        return t.group("n")  # "the resulting models, termed FooNet-RS, attain"
    subject = (
        _subject(text, s_start, s_end, found)
        if found.kind not in (Kind.DATA_SIZE, Kind.PARAM_COUNT)
        else None
    )
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
# leaderboard [38], which achieves", "the second best method reaches", "a simple, prototypical network
# with four convolutional layers significantly outperforms", "spatio-temporal networks can reduce",
# "humans achieve"; it opens a clause (sentence, comma, that, where, while, and)
_SUBJECT_NP = (
    r"(?P<np>(?P<det>(?:[Tt]he|[Aa]n?|[Aa]ll(?:\sthe)?|[Tt]hese|[Tt]hose|[Oo]ur|[Tt]his|[Ii]ts|[Tt]heir|[Mm]ost|[Mm]any"
    r"|[Ee]ven\sthe|[Oo]nly\sthe)\s)?"
    r"(?P<mod>(?:(?!(?i:of|the|a|an|on|in|for|and|or|to|with|by|from|as|we|our|it|is|are|was|were|same|other|both|each"
    r"|which|that|than|while|whereas|when|if|although|though|since|because|after|before|once|unlike|outperform\w*"
    r"|achiev\w*|surpass\w*|using|based|moreover|however|furthermore|additionally|finally|notably|also|then|thus"
    r"|here|overall|specifically|importantly|interestingly|surprisingly|remarkably|similarly|meanwhile|besides"
    r"|instead|therefore|hence|consequently|indeed|altogether|together)\b|[\w\-]+ly,)[\w\-]+,?\s){0,5}?)"
    rf"(?P<head>(?i:{SYSTEM_HEAD})|(?P<tech>(?i:{TECHNIQUE_HEAD})))(?:\s(?:on|in|of|for|with|based\son)\s(?:the\s)?[\w\-]+(?:\s[\w\-]+){{0,2}}?)?)"
    r"\s?(?:\([^()]{0,40}\)\s?)?(?:\[[^\]]{0,12}\]\s?)?(?:~?\\cite\w*\{[^}]*\}\s?)?"
    r"(?:,\s(?:using|with|based\son|trained\son|via)\s[^,;]{1,40},)?"  # "the current approach, using CNNs, achieves"
)
_SUBJECT_VERB = (
    r"(?:(?:also|further|still|can|could|may|might|would|will|only|even|now|either|consistently|significantly|then"
    r"|substantially|typically|generally|already|merely|all|both|respectively|successfully|clearly|greatly"
    r"|(?:is|are|was|were)\sable\sto)\s)*"
    rf"\b(?:{RESULT_VERB})"
)
# a model name written with spaces: "Claude 3.5 Sonnet", "Gemini 1.5 Pro", "Llama 3.1 70B"
SPACED_NAME = (
    r"(?!(?:Table|Tab|Figure|Fig|Section|Sec|Task|Track|Level|Phase|Stage|Round|Version|Experiment|Setting|Step|Part"
    r"|Chapter|Appendix|Day|Week|Year|Group|Type|Class|Category|Lemma|Theorem|Eq|Equation|Case|Scenario|Split|Fold"
    r"|Model|Method|Top|Rank|Layer|Block|Epoch|Iteration|Episode|Game|Test|Set|Subset|Benchmark|Dataset)\s)"
    r"[A-Z][A-Za-z\-]+\s\d+(?:\.\d+)*(?:\s(?:[A-Z][a-z]+|[A-Z]{2,}|\d+(?:\.\d+)?[BM]))?(?![\w\-])"
)
_SYSTEM_SUBJECT = regex.compile(
    r"(?:^|(?<=[,;:]\s)|(?<=\b(?:that|where|while|whereas|and|but|when)\s))"
    + _SUBJECT_NP
    + rf"(?:,\s(?P<app>{SPACED_NAME}|{NAME}(?:\s{NAME})?),\s?|,?\s(?:which|that|who)\s)?"  # "the strongest model, GPT-4o, reaches"
    + _SUBJECT_VERB
)
# a system noun phrase that a relative clause says reached the number: "comparable to the highest
# performing transition-based parser [12], which achieves 95.8% UAS"
_RELATIVE_SUBJECT = regex.compile(
    r"(?<=\b(?:to|than|with|by|from|over|against|of|outperforms?|surpass(?:es)?|beats?)\s)"
    + _SUBJECT_NP
    + r",?\s(?:which|that|who)\s"
    + _SUBJECT_VERB
)
_HEAD_NOUN = regex.compile(rf"(?i)\b(?:{SYSTEM_HEAD}|{TECHNIQUE_HEAD})\b")
# heads that name a system even with no modifier ("humans achieve", "the robot reaches"), unlike
# "the model achieves" (the paper's own, unnamed)
_HUMAN = regex.compile(r"(?i)^(?:humans?|annotators|robots?)$")
# "the naive version and the tiled version achieve 270 and 400, respectively": one system each
_COORDINATED = regex.compile(rf"(?i)\b{SYSTEM_HEAD}\s(?:and|or)\s$")
_DIGIT_AFTER_SPACE = regex.compile(r"[A-Za-z]\s\d")
# "Claude 3.5 Sonnet achieves 60.2%", "Even Gemini 1.5 Pro only reaches"
_SPACED_SUBJECT = regex.compile(
    r"(?:^|(?<=[,;:]\s)|(?<=\b(?:that|where|while|whereas|and|but|when|Even|even|Only|only)\s))"
    rf"(?P<np>{SPACED_NAME})\s(?:\([^()]{{0,30}}\)\s)?" + _SUBJECT_VERB
)
# a named model trained or run some way, subject of a verb of result: "Llama-3-8B fine-tuned on our
# data achieves", "GPT-4o-mini with our method reaches" (the number is that model's)
_NAME_PARTICIPLE = regex.compile(
    r"(?:^|(?<=[,;:]\s)|(?<=\b(?:that|where|while|whereas|and|but|when)\s))(?:[Tt]he\s)?"
    rf"(?P<np>{SPACED_NAME}|{NAME})\s(?:(?:fine-?tuned|trained|pre-?trained|equipped|augmented|enhanced|combined"
    r"|paired|distilled|aligned|prompted|adapted)\s(?:with|on|using|via|by|from|through)|with|using)\s[^,;.()]{1,50}?,?\s"
    + _SUBJECT_VERB
)
# a named technique as the subject, through a gerund: "applying ESMs on a prior method reduces
# execution time by factors of 10", "Using SAM results in a 6.2% increase"
_GERUND_SUBJECT = regex.compile(
    r"(?:^|(?<=[,;:]\s)|(?<=\b(?:that|and)\s))(?:[Aa]pplying|[Uu]sing|[Aa]dding|[Ii]ncorporating|[Ii]ntegrating)\s"
    rf"(?:the\s)?(?P<np>{NAME})(?:\s(?:on|to|with|in)\s[^,;.]{{0,40}}?)?\s(?:(?:also|further|can|could|only|even|consistently"
    rf"|significantly|substantially)\s)*\b(?:{RESULT_VERB})"
)
# a system set before the clause it scores in: "With task hinting, the success rate is 92%",
# "Using GPT-4o, accuracy rises to 71%"
_WITH_FRONT = regex.compile(
    r"^(?:With|Using|By\s(?:using|applying)|Applying)\s(?P<np>(?:the\s)?"
    rf"(?:{NAME}(?:\s(?i:{SYSTEM_HEAD}))?|(?P<mod>(?:(?!(?:our|this|these|only|just|a|an|the|more|less|fewer|all|each"
    rf"|both|its|their)\b)[\w\-]+\s){{1,3}})(?:(?i:{SYSTEM_HEAD})|(?P<tech>(?i:{TECHNIQUE_HEAD})))))"
    r",\s(?!we\b|our\b|it\b|they\b)"
)
# a system noun phrase that owns the metric: "the robot's success rate is 92%"
_NP_POSSESSOR = regex.compile(
    r"(?:^|(?<=[,;:]\s)|(?<=\b(?:that|where|while|whereas|and|but|when)\s))(?P<np>(?:[Tt]he|[Aa]n?|[Oo]ur|[Tt]his)\s"
    r"(?P<mod>(?:(?!(?i:of|the|a|an|on|in|for|and|or|to|with|by|from|as|we|our|it|is|are)\b)[\w\-]+\s){0,3}?)"
    rf"(?P<head>(?i:{SYSTEM_HEAD})))'s?\s(?:[\w\-@]+\s){{0,3}}?(?={METRIC_WORD})"
)
# people as the reference system: "human accuracy averages 90%", "human performance was 94%",
# "humans' accuracy of 87%"
_HUMAN_REF = regex.compile(
    r"(?<![\w\-])(?P<np>[Hh]umans?)(?:'s?)?\s(?:(?:expert|level|average|annotator)\s)?(?:performance|accuracy|scores?"
    r"|agreement|baseline|F1|success\srates?|error\srates?)\s(?:\([^()]{0,20}\)\s)?(?:is\s|was\s|of\s|at\s|averages?\s"
    r"|reaches\s|stands\sat\s|remains\s|:\s)?(?:only\s|just\s|about\s|around\s|roughly\s|nearly\s|approximately\s)*"
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


@lru_cache(maxsize=32)
def _subjects(text: str, s_start: int, s_end: int) -> tuple[tuple[int, int, str, bool], ...]:
    """(start, end of its verb, noun phrase, named by a determiner and head alone) of every system noun
    phrase that is the subject of a verb of result in a sentence: read once, shared by its numbers."""
    sentence = text[s_start:s_end]  # "^" is the sentence's start
    out = []
    heads = _HEAD_NOUN.search(sentence) is not None
    for m in _SYSTEM_SUBJECT.finditer(sentence) if heads else ():
        bare = not m.group("mod") and not _HUMAN.match(m.group("head"))
        if m.group("tech") and (bare or not m.group("mod").strip(", ") or _OURS.match(m.group("np"))):
            continue  # "fine-tuning improves", "our training": a technique needs a word that says which
        if m.group("app") and not _generic_name(m.group("app")):
            out.append((s_start + m.start("app"), s_start + m.end(), m.group("app"), False))
        elif bare or not _COORDINATED.search(sentence, 0, m.start()) or "respectively" not in sentence:
            out.append((s_start + m.start("np"), s_start + m.end(), m.group("np"), bare))
    for m in (
        _RELATIVE_SUBJECT.finditer(sentence)
        if heads and ("which " in sentence or "that " in sentence)
        else ()
    ):
        bare = not m.group("mod") and not _HUMAN.match(m.group("head"))
        if not m.group("tech") and not _OURS.match(m.group("np")):
            out.append((s_start + m.start("np"), s_start + m.end(), m.group("np"), bare))
    if _DIGIT_AFTER_SPACE.search(sentence):
        for m in _SPACED_SUBJECT.finditer(sentence):
            out.append((s_start + m.start("np"), s_start + m.end(), m.group("np"), False))
    if "ed " in sentence or "with " in sentence:
        for m in _NAME_PARTICIPLE.finditer(sentence):
            if not _generic_name(m.group("np")) and not known_dataset(m.group("np")):
                out.append((s_start + m.start("np"), s_start + m.end(), m.group("np"), False))
    if "ing " in sentence:
        for m in _GERUND_SUBJECT.finditer(sentence):
            if not _generic_name(m.group("np")) and not known_dataset(m.group("np")):
                out.append((s_start + m.start("np"), s_start + m.end(), m.group("np"), False))
    m = _WITH_FRONT.match(sentence)
    if m and not _generic_name(m.group("np")) and not (m.group("tech") and not m.group("mod").strip()):
        out.append((s_start + m.start("np"), s_start + m.end(), m.group("np"), False))
    if "'s " in sentence:
        for m in _NP_POSSESSOR.finditer(sentence):
            bare = not m.group("mod") and not _HUMAN.match(m.group("head"))
            out.append((s_start + m.start("np"), s_start + m.end(), m.group("np"), bare))
    for m in _HUMAN_REF.finditer(sentence):
        out.append((s_start + m.start("np"), s_start + m.end(), m.group("np"), False))
    return tuple(sorted(out))


# between a subject's verb and the number: another subject ("we", "ours") or another clause
_NEW_SUBJECT = regex.compile(r"(?i)(?<!\\)\b(?:we|our|ours|us|it|they|whereas|while|but)\b|;")


def new_subject(text: str, start: int, end: int) -> bool:
    """Whether another subject takes over between two numbers ("X attains 55.3% while our model
    attains 70.1%"), so the second does not share the first's system."""
    return _NEW_SUBJECT.search(text, start, end) is not None


def _subject(text: str, s_start: int, s_end: int, found: Found) -> str | None:
    """The system noun phrase of the clause that holds the number, when it is the subject of a verb of
    result ("the second best method achieves 26.6%"); ours-like phrases are returned for the caller to
    read as the proposed method."""
    best = None
    for a, b, np, bare in _subjects(text, s_start, s_end):
        if b > found.start:
            break
        best = (a, b, np, bare)
    if best is None:
        return None
    a, b, np, bare = best
    if found.start - b > 160 or _NEW_SUBJECT.search(text, b, found.start):
        return None
    if bare and not _OURS.match(np):
        return None  # "the model achieves": the paper's own, unnamed
    return np


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
