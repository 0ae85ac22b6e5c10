"""The model field: the system a result belongs to, as written, or the proposed method's name for
"our method". The subject grammar is in `subjects.py`, the proposed name in `proposed.py`, the
baseline field in `baselines.py`; they are re-exported here for `context.py`."""

from __future__ import annotations

import re
from functools import cache

import regex

from etl.extract.baselines import baseline_for, versus_owner
from etl.extract.cues import METRIC
from etl.extract.datasets import dataset_for, known_dataset, paren_owner, pipe_partner
from etl.extract.kinds import Found
from etl.extract.name_words import DATASET_WORD, GENRE, HUMAN, NOT_MODEL, OURS, generic_name
from etl.extract.phrases import (
    NAME,
    NAME_RE,
    NAME_START,
    NOT_DATASET,
    OUR,
    RESULT_VERB,
    SENT_START,
    SYSTEM_HEAD,
    UNIT_NAME,
)
from etl.extract.proposed import proposed_names
from etl.extract.subjects import base_model_for, clause_subject, new_subject
from etl.records import Kind

__all__ = ["baseline_for", "model_for", "new_subject", "proposed_names"]

_R = cache(regex.compile)
_TERMED = regex.compile(
    rf"\b(?:termed|dubbed|called|named|coined)\s(?P<n>(?:[23]D\s)?{NAME}|[A-Z][a-z]+[A-Z]\w*)"  # "3D ResNet-RS"
)
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
_PAREN_SYSTEM = regex.compile(
    r"\s?\((?:for|with|via|using|by|of)\s(?!the\s(?:highest|best|lowest|largest)|all\b)(?P<n>[^()\d]{2,40})\)"
)
_ON_MODEL_AFTER = regex.compile(
    rf"\s*(?i:on|for|with|using)\s(?:\w+ing\s)?(?:the\s)?(?P<n>{NAME})\s(?:model|LLM|backbone)s?\b"
)
# not "a pre-trained BERT encoder", "the pretrained Swin-B": an adjective, not the verb of training
_FINE_TUNED = regex.compile(
    rf"(?<![\w\-])(?i:fine-?tun\w*|train\w*|adapt\w*|appl\w*\s\w+\sto)\s(?:the\s)?(?P<n>{NAME})"
)
_ON_MODEL = regex.compile(
    rf"\b(?i:on|for|with|using|of)\s(?:\w+ing\s)?(?:the\s)?(?P<n>{NAME})\s(?:model|LLM|backbone)s?\b"
    rf"|\b(?i:with|using)\san?\s(?P<n>{NAME})\s(?:model|LLM)\b"  # "86.8% with a ViT-L model", not a backbone
)
# "up to 36.3% absolute accuracy for OpenAI o1-preview", "98.78% for CTL": a system named right after
_FOR_NAME = regex.compile(
    rf"\s?(?:[\w\-]+\s){{0,3}}?for\s(?:the\s)?(?P<n>(?:[A-Z][a-z]+\s)?(?=\S*[a-z0-9]|[A-Z]+\s\d){NAME}(?:\s{NAME}"
    r"|\s\d+(?:\.\d+)?[BM]\b|\s\d\.\d\b)?)(?=[\s,.;)]|$)"  # a size or version after the name: "LLaMA-2 7B", "GPT 3.5"
    r"(?!\s(?i:dataset|benchmark|task|split|set|subset|language|domain|class|categor)|\s\d)"
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
# a size a system reaches its result with: "achieves 78.6% with about 5.0 million parameters"
_WITH_SIZE = regex.compile(
    r"\b(?i:with)\s(?:(?:only|just|merely|barely|about|around|approximately|roughly|nearly|less\sthan|fewer\sthan|under)\s)*$"
)
# a size a model is cut down from: "from 86M to 9M parameters", "a reduction from about 3 billion to"
_FROM_SIZE = regex.compile(r"\bfrom\s(?:(?:approximately|about|around|roughly|nearly|over)\s)?$")
# what was cut down: "compress FooNet-B by 9.7 times", "Compared to single-task models, this represents"
_SHRUNK_NAME = regex.compile(
    rf"\b(?i:compress\w*|prun\w*|shrink\w*|distill\w*)\s(?:the\s)?(?:[\w\-]+\s){{0,2}}?(?P<n>{NAME})(?![\w\-])"
)
_COMPARED_NP = regex.compile(r"(?i:\bcompared\s(?:to|with))\s(?P<np>[^,;]{2,60}),\s")


def _shrunk(left: str) -> str | None:
    """The model (or compared system) the first size of "from N to M" belongs to."""
    m = None
    for m in _SHRUNK_NAME.finditer(left):  # noqa: B007 - the last one
        pass
    if m and not generic_name(m.group("n")) and not METRIC.fullmatch(m.group("n")):
        return m.group("n")
    c = _COMPARED_NP.search(left)
    return c.group("np") if c else None


# the system a data size was trained on: "ViT-H pre-trained with 300M images", "the best model in [3]
# which is trained with 3.5B images"
_TRAINED_OWNER = regex.compile(
    rf"(?<![\w\-])(?P<n>{NAME}|(?:[Tt]he|[Aa]n?)\s(?:(?!(?:of|on|in|for|with|and|or|than|to|by|our|this)\b)[\w\-]+\s){{0,4}}?"
    rf"(?i:{SYSTEM_HEAD})(?:\s(?:in|of|from)\s\\cite\w*\{{[^}}]*\}})?)(?:\s(?:models?|networks?))?(?:,?\s(?:which|that))?(?:\s(?:is|was|are|were|has\sbeen|have\sbeen))?"
    r"\s(?:pre-?)?trained\s(?:\w+\s)?(?:on|with|using)\s(?:(?:only|about|around|over|more\sthan|nearly|up\sto)\s)?$"
)
# the subject of the clause a fronted "with N parameters" opens: "with only 3M parameters, our method"
_FRONT_SIZE = regex.compile(
    rf"\s?(?:[\w\-]+\s)?param(?:eter)?s?,\s(?:(?P<n>{NAME})|(?i:our|the\sproposed)\s(?:[\w\-]+\s){{0,2}}?"
    r"(?:method|model|approach|network|framework|system|algorithm))\s(?:\w+\s)?(?:achiev|obtain|reach|outperform"
    r"|surpass|attain|yield|perform|match|deliver|exceed|sets)"
)
# a system noun phrase whose relative clause gives its size: "the previous best method that has 4.8 billion"
_NP_SIZE_OWNER = regex.compile(
    r"(?P<np>(?:[Tt]he|[Aa]n?)\s(?:(?!(?:of|on|in|for|with|and|or|than|to|by)\b)[\w\-]+\s){0,4}?"
    rf"(?i:{SYSTEM_HEAD}))\s(?:that|which)\s(?:has|have|had|contains?|uses?|requires?)\s(?:(?:only|about|around|over"
    r"|more\sthan|nearly|up\sto)\s)?$"
)
_SIZE_OWNER_BEFORE = regex.compile(
    rf"(?P<n>{NAME})\s(?:\w+\s)?(?:with|of|has|having|contains?|containing|needs?|requires?|uses?)\s"
    r"(?:up\sto\s|about\s|over\s|only\s)?$"  # "while BarNet-L needs 60M parameters"
)
# a system that owns the metric: "Qwen 2.5 1.5B's MMLU score", "GPT-4's accuracy"
_POSSESSOR = regex.compile(
    rf"(?<![\w\-])(?P<n>(?:{NAME}|[A-Z][a-z]+)(?:\s[\d.]+[BMK]?|\s{NAME}){{0,2}})'s\s(?:[\w\-@]+\s){{0,3}}?"
    r"(?i:accuracy|score|performance|F1|win\srate|success\srate|error|perplexity|pass@\d|[A-Z]{2,}\w*\sscore)"
)
# a name that owns the measure a passive verb changes: "the inference time of FooNet per image is shortened by
# 15%", "the top-1 accuracy of BarNet-50 is improved from 74.9% to 78.2%"
_OF_OWNER = regex.compile(
    r"(?i:accuracy|score|performance|F1|error(?:\srate)?|perplexity|time|latency|memory|cost|size|speed|throughput"
    rf"|FLOPs|mAP|AP|BLEU)\s(?:per\s\w+\s)?of\s(?:the\s)?(?P<n>{NAME}(?:\s{NAME})?)(?:\s(?:per|on|in)\s[\w\-]+)?"
    r"\s(?:is|was|are|were|can\sbe|has\sbeen)\s(?:\w+ly\s)?(?:reduced|improved|increased|shortened|decreased|boosted"
    r"|raised|accelerated|cut|lowered)\b"
)
# "our method improves BERT's accuracy by 2%": the owner is what gets improved, not the system
_RAISES = regex.compile(r"\b(?:improv|boost|rais|enhanc|increas|lift)(?:e|es|ed|ing|s)?\s(?:the\s)?$")
# a name that opens the sentence, set off by a comma, then a verb of result
_FRONTED_NAME = regex.compile(rf"^\s*(?:(?:Even|Only|Notably|Surprisingly)\s)?(?P<n>{NAME}),\s")
# a name set off by a parenthetical clause before its verb of result: "For example, FooNet, which adds
# two layers to BarNet, achieves", "we show that GPT-4, without any prompt crafting, exceeds"
_INTERRUPTED_NAME = regex.compile(
    rf"(?:^\s*|\bthat\s|^\s*(?:For\s(?:example|instance)|In\sparticular|Notably|Specifically|Moreover|However"
    rf"|Furthermore|Overall|Finally|Remarkably|Surprisingly),\s)(?P<n>{NAME}(?:\s{NAME})?),\s(?:which|who|without|with"
    rf"|despite|when|even|trained|using|a|an|the|as|after|only|given)\b[^,;]{{3,100}},\s(?:(?:also|still|only|even|further"
    rf"|significantly|consistently|clearly|substantially|can|could)\s)*(?:{RESULT_VERB})"
)
# a name turned into a modifier ("BERT-based", "iPhone-optimized"): it names no system by itself
_MODIFIER_NAME = regex.compile(
    r"-(?:based|optimized|driven|guided|enhanced|powered|aware|assisted|augmented|specific|style|like)$"
)
_LIST_AFTER = regex.compile(rf"{NAME}(?:,\s|\s(?:and|or)\s)")  # "ImageNet, COCO and ..." is a list
_RESULT_VERB = regex.compile(r"\b(?:achiev|obtain|reach|attain|scor|manag|surpass|outperform)\w*\b")


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
        w = _R(r"(?<![\w\-])[A-Z][\w\-]*\s$").search(text, max(s_start, found.start - 30), found.start)
        if w and _R(r"v\d").match(m.group("n")):  # "Bielik 7B v0.1": the name, the size and the version
            return text[w.start() : m.end("n")]
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
    prep = m and _R(r"(?i)(?<!\bcompared\s)\b(?:in|on|for|to|from|at)\s(?:the\s)?$").search(
        text, max(s_start, m.start("n") - 12), m.start("n")
    )
    return m.group("n") if m and not prep else None


# the later items of a list that follows a preposition ("on ImageNet, CIFAR-100 and ADE20K") share
# its role: they are data sets or baselines, not the system
_LIST_JOINS = (", ", " and ", " or ")
_PREP_LIST = re.compile(
    r"\b(?i:on|in|across|over|than|from|against|including)\s(?:the\s)?[\w\-.]*[A-Z0-9][\w\-.]*(?:\s[\w\-.]+)?"
    r"(?:,\s(?:and\s)?[\w\-.]*[A-Z0-9][\w\-.]*(?:\s[\w\-.]+)?)*(?:,\s(?:and\s|or\s)?|\s(?:and|or)\s)$"
)


# a sentence-initial phrase of one item set off by a comma: the name after it opens the clause
_FRONTED_PP = re.compile(
    r"\s*(?:On|In|Across|For)\s(?:the\s)?[\w\-.]+(?:\s(?:dataset|benchmark|set|task))?,\s$"
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
# the words of a name before its last token: "SD Mask R-CNN", "Bielik 7B v0.1" (a size may come between)
_NAME_PREFIX = regex.compile(r"(?<![\w\-.,;:])[A-Z][\w\-]*\s(?:[A-Z][\w\-]*\s|\d+(?:\.\d+)?[BM]\s)?$")
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
    if not words or (len(words) < 2 and not HUMAN.match(np)) or OURS.match(np):
        return None
    return np


def _subject_name(clause: str, kind: Kind) -> str | None:
    """The nearest name before the number in its clause that is the subject of a verb of result."""
    subject_name = None
    for mm in NAME_RE.finditer(clause):
        n = mm.group("n")
        if (
            n in SENT_START
            or _R(r"^(?:[A-Z][a-z]+)$").match(n)
            or METRIC.fullmatch(n)
            or UNIT_NAME.match(n)
            or generic_name(n)
            or _MODIFIER_NAME.search(n)  # "an MLP-based predictor achieves": the noun phrase is the subject
            or known_dataset(n)  # "transferred to CIFAR-100 and ImageNet achieving 16.4%": a data set
        ):
            continue
        if _R(r"\d\s?$").search(clause, max(0, mm.start() - 3), mm.start()):
            continue
        if _R(
            r"(?i)\b(?:on|in|for|across|over|with|than|from|to|of|by|against|via|using|like|as|e\.g\.,?)\s(?:the\s)?$"
        ).search(clause, max(0, mm.start() - 12), mm.start()) or (
            clause.endswith(_LIST_JOINS, 0, mm.start())  # a cheap test before the list pattern
            and (
                (
                    _PREP_LIST.search(clause, max(0, mm.start() - 120), mm.start())
                    and not _FRONTED_PP.match(clause, 0, mm.start())  # "On ImageNet, FooNet achieves"
                )
                or _WITH_PAIR.search(clause, max(0, mm.start() - 60), mm.start())
            )
        ):
            continue
        after = clause[mm.end() : mm.end() + 40]
        if kind is Kind.IMPROVEMENT and after.startswith("'s ") and _RAISES.search(clause, 0, mm.start()):
            continue  # "our method improves BERT's accuracy by 2%": BERT is the one improved upon
        if _R(
            # one word may come between the name and its verb, but not a preposition ("X by reaching")
            r"^(?:'s\s|\s(?:(?!(?:by|of|in|on|for|with|to|from|than|at|as|and|or|while|when)\s)\w+\s)?"
            r"(?:achiev|obtain|reach|outperform|improv|surpass|attain|gets|yield|score|brings|experienc"
            r"|reduc|(?:is|are)(?!\s(?:not\s)?(?:available|used|applied|employed|adopted|released|given|provided"
            r"|needed|required|trained|fine-tuned|pre-trained|frozen|fixed|known)\b)|can|shows|demonstrat|performs?\b"
            r"|performed|match|deliver|exceed|sets))"  # not "if a strong ViT is available, reducing ... by 195x"
        ).match(after):
            if _CLAUSE_BREAK.search(clause, mm.end()):
                subject_name = None  # "X achieves 80%, while Y ...": X is not the subject here
                continue
            p = _NAME_PREFIX.search(clause, max(0, mm.start() - 30), mm.start())
            if p and not any(
                w in SENT_START or GENRE.match(w) or _ADVERB.match(w) for w in p.group(0).split()
            ):
                n = p.group(0) + n  # "SD Mask R-CNN outperforms": the words of the name before it
            subject_name = n  # the nearest subject before the number: "X achieves 80%, Y achieves 70%"
    return subject_name


def model_for(found: Found, text: str, s_start: int, s_end: int, method: str | None) -> str | None:
    """The system a result belongs to, as written, or the proposed method's name for "our method"."""
    model = _model(found, text, s_start, s_end, method)
    if model is None or NOT_MODEL.match(model) or UNIT_NAME.match(model):
        return None
    if (
        model != method
        and found.kind not in (Kind.PARAM_COUNT, Kind.DATA_SIZE)
        and model == dataset_for(found, text, s_start, s_end, None)
    ):
        return None  # the name the number was measured on is its data set, not its system
    return model


def _param_owner(found: Found, text: str, s_start: int, s_end: int, method: str | None) -> str | None:
    """The system a parameter count belongs to."""
    left = text[s_start : found.start]
    if _FROM_SIZE.search(left[-30:]) and (shrunk := _shrunk(left)):
        return shrunk  # "compress FooNet-B from 86M to 9M parameters": the size before is FooNet-B's
    owner = _size_owner(found, text, s_start, s_end)
    if owner and not (NOT_MODEL.match(owner) or METRIC.fullmatch(owner)):
        return owner  # not "top-1" of "81.9% top-1 accuracy with only 24M parameters"
    if method and (OUR.search(left[-40:]) or method in left[-80:] or _OUR_SIZE.search(left[-40:])):
        return method  # "our 7B model", "FooNet comes in 2B and 7B sizes"
    if _WITH_SIZE.search(left[-50:]):
        a = _FRONT_SIZE.match(text, found.end, s_end)
        if a:
            return a.group("n") or method  # "With only 3.7M parameters, our method achieves"
        if not _R(r"\s(?:[\w\-]+\s)?each\b").match(
            text, found.end
        ):  # not "8 experts with 16B parameters each"
            subject = _subject_name(left[left.rfind(";") + 1 :], found.kind)
            return subject or (
                method if method and method in left else None
            )  # "FooNet achieves 81% with 24M"
    m = _NP_SIZE_OWNER.search(left[-120:])
    return m.group("np") if m and not OURS.match(m.group("np")) else None  # "the best method that has 4.8B"


def _model(found: Found, text: str, s_start: int, s_end: int, method: str | None) -> str | None:
    left = text[s_start : found.start]
    sentence = text[s_start:s_end]
    if found.kind is Kind.PARAM_COUNT:
        return _param_owner(found, text, s_start, s_end, method)
    if found.kind is Kind.DATA_SIZE and "rained " in left[-60:]:
        m = _TRAINED_OWNER.search(left[-160:])
        if m and not generic_name(m.group("n")) and not known_dataset(m.group("n")):
            return m.group(
                "n"
            )  # "FooNet-H pre-trained with 300M images", "the best model, which is trained on"
    item, on = pipe_partner(found, text, s_start, s_end)
    if item and not on:
        return item
    if found.kind is Kind.SCORE and "v" in text[max(0, found.start - 20) : found.end + 20]:
        other = versus_owner(found, text, s_start, s_end)
        if other:
            return other  # "outperforming FooMatch (73.5% vs. 71.8%)": the second value is FooMatch's
        if other == "":  # "FooQA outperforms X (81.3% vs. 90.2%)": the better value is the subject's
            return _subject_name(left.rsplit("(", 1)[0], found.kind) or method
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
    if m and not generic_name(m.group("n")):
        return m.group("n")
    if "'s " in clause:
        m = _POSSESSOR.search(clause)
        if (
            m
            and not generic_name(m.group("n"))
            and not known_dataset(m.group("n"))
            and not (found.kind is Kind.IMPROVEMENT and _RAISES.search(clause, 0, m.start()))
        ):
            return m.group("n")  # "Qwen 2.5 1.5B's MMLU score rises from 60", "GPT-4's accuracy"
    m = _OF_OWNER.search(clause) if " of " in clause else None
    if m and not generic_name(m.group("n")) and not known_dataset(m.group("n")):
        return m.group("n")  # "the inference time of FooNet is shortened by 15%"
    m = _FRONTED_NAME.match(clause)
    if (
        m
        and not generic_name(m.group("n"))
        and not known_dataset(m.group("n"))
        and not _LIST_AFTER.match(clause, m.end())
        and _RESULT_VERB.search(clause, m.end())
    ):
        return m.group("n")  # "GPT-3, even without any fine-tuning, managed to achieve"
    m = None
    for m in _INTERRUPTED_NAME.finditer(clause) if ", " in clause else ():  # noqa: B007 - the last one
        pass
    if m and not generic_name(m.group("n")) and not _CLAUSE_BREAK.search(clause, m.end()):
        return m.group("n")
    m = _FOR_SYSTEM.match(text, found.end, s_end)
    if m and OURS.match(m.group("n")):
        return method  # "80.1% for our model": the proposed one's, when it has a name
    if m and (m.group("mod") or HUMAN.match(m.group("head"))):
        return m.group("n")  # not "for the model" alone: whose is unclear
    m = (
        _FOR_NAME.match(text, found.end, min(s_end, found.end + 90))
        if "for " in text[found.end : found.end + 60]
        else None
    )
    n = m.group("n").rstrip(".") if m else ""
    if (
        n
        and not generic_name(n)
        and not known_dataset(n)
        and not METRIC.search(n)
        and not _R(r"^[A-Za-z]{2,3}-[A-Za-z]{2,3}$").match(n)  # a language pair (XX-En)
    ):
        return n
    if " by " in text[found.end : found.end + 70]:
        m = _PASSIVE_AGENT.match(text, found.end, s_end)
        if m and not generic_name(m.group("n")) and not OURS.match(m.group("n")):
            bare = _R(rf"^(?:the|a|an)\s(?i:{SYSTEM_HEAD})$").match(m.group("n"))
            if not bare or HUMAN.match(m.group("n").split()[-1]):
                return m.group("n")  # "a success rate of 92% is achieved by the robot"
    if found.kind is Kind.SCORE and " by " in text[found.end : found.end + 30]:
        m = _BY_NAME.match(text, found.end, s_end)
        if (
            m
            and not generic_name(m.group("n"))
            and not known_dataset(m.group("n"))
            and not METRIC.search(m.group("n"))
        ):
            return m.group("n")  # "73.2% vs. 54.7% by TransE": the score another system reached
    ft = None
    for ft in _FINE_TUNED.finditer(left):  # noqa: B007 - the last one
        pass
    if ft is not None:
        return ft.group("n")
    subject_name = _subject_name(clause, found.kind)
    if subject_name:
        return subject_name
    named = found.kind is not Kind.DATA_SIZE and ("med " in left or "led " in left or "bbed " in left)
    t = _TERMED.search(left) if named else None
    if (
        t
        and not NOT_DATASET.match(t.group("n"))
        and not DATASET_WORD.search(left, max(0, t.start() - 30), t.start())
    ):
        return t.group("n")  # "the resulting models, termed FooNet-RS, attain"
    subject = (
        clause_subject(text, s_start, s_end, found)
        if found.kind not in (Kind.DATA_SIZE, Kind.PARAM_COUNT)
        else None
    )
    if subject and not OURS.match(subject):
        return subject  # "the second best method achieves", "The leading model on X, which achieves"
    if found.kind not in (Kind.DATA_SIZE, Kind.PARAM_COUNT):
        base = base_model_for(text, s_start, s_end, found.start, found.end)
        if base:
            return base  # "With an enhanced FooNet-B7, our method achieves 85%": the model it ran on
    if (
        method
        and found.kind is Kind.DATA_SIZE
        and method not in sentence
        and _data_set_size(found, text, s_start, s_end)
    ):
        return None  # "we introduce FooSet, a dataset of 120k pairs": the data set's size, not the method's
    if method and (
        OUR.search(left)
        or _R(r"\b(?:[Ww]e|[Oo]ur|[Ii]t|proposed)\b").search(sentence)
        or method in sentence
        or found.kind in (Kind.IMPROVEMENT, Kind.SPEEDUP, Kind.REDUCTION)
        or (found.kind is Kind.SCORE and _ACHIEVED.search(sentence) and not _OTHERS.search(sentence))
    ):
        return method
    return None  # "our approach" with no name given: left empty rather than guessed


_DATA_SET_WORD = regex.compile(r"(?i)\b(?:dataset|benchmark|corpus|corpora|collection|database)s?\b")


def _data_set_size(found: Found, text: str, s_start: int, s_end: int) -> bool:
    """A size the sentence gives a data set ("a dataset comprising 8,888 motions", "the 170-hour
    AISHELL-1 dataset"), not one a system was trained with ("our method, with 1B tokens, achieves")."""
    if _DATA_SET_WORD.search(text, found.end, min(s_end, found.end + 30)):
        return True
    m = None
    for m in _DATA_SET_WORD.finditer(text, max(s_start, found.start - 160), found.start):  # noqa: B007
        pass
    return (
        m is not None
        and not _ACHIEVED.search(text, m.end(), found.start)
        and not _R(r"\b(?:outperform|surpass|improv|train)\w*").search(text, m.end(), found.start)
    )


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
