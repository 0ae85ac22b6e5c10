"""The subject name of the model field: the nearest name before a number, in its clause, that is the
subject of a verb of result ("FooNet achieves 81%"), skipping names that play another part there (a
data set after "on", a list after a preposition, a modifier such as "BERT-based"). Shared by
`names.py` and `size_owners.py`, with the verbs of result both ask about."""

from __future__ import annotations

import re
from functools import cache

import regex

from etl.extract.cues import METRIC
from etl.extract.datasets import known_dataset
from etl.extract.name_words import GENRE, generic_name
from etl.extract.phrases import NAME, NAME_RE, SENT_START, UNIT_NAME
from etl.extract.subjects import SPACED_NAME
from etl.records import Kind

_R = cache(regex.compile)

# "our method improves BERT's accuracy by 2%": the owner is what gets improved, not the system
RAISES = regex.compile(r"\b(?:improv|boost|rais|enhanc|increas|lift)(?:e|es|ed|ing|s)?\s(?:the\s)?$")
# a name turned into a modifier ("BERT-based", "iPhone-optimized"): it names no system by itself
_MODIFIER_NAME = regex.compile(
    r"-(?:based|optimized|driven|guided|enhanced|powered|aware|assisted|augmented|specific|style|like)$"
)


# the later items of a list that follows a preposition ("on ImageNet, CIFAR-100 and ADE20K") share
# its role: they are data sets or baselines, not the system
_LIST_JOINS = (", ", " and ", " or ")
_PREP_LIST = re.compile(
    r"\b(?i:on|in|across|over|than|from|against|including)\s(?:the\s)?[\w\-.]*[A-Z0-9][\w\-.]*(?:\s[\w\-.]+)?"
    r"(?:,\s(?:and\s)?[\w\-.]*[A-Z0-9][\w\-.]*(?:\s[\w\-.]+)?)*(?:,\s(?:and\s|or\s)?|\s(?:and|or)\s)$"
)


# one item and ", and": no list (it would have no comma), the name after it opens a new clause; so does one
# item and a bare comma when a verb of result follows the name ("While X reaches 60% on GSM8K, FooNet reaches")
_ONE_ITEM = re.compile(r"^[^,]*,\s(?:and|but)\s$")
_ONE_COMMA = re.compile(r"^[^,]*,\s$")
# a sentence-initial phrase of one item set off by a comma: the name after it opens the clause
_FRONTED_PP = re.compile(
    r"\s*(?:On|In|Across|For)\s(?:the\s)?[\w\-.]+(?:\s(?:dataset|benchmark|set|task))?,\s$"
)
# "with VideoChat and LLaVA demonstrates": the systems a method was applied to, not its subject
_WITH_PAIR = re.compile(r"\b(?:with|using|via)\s(?:the\s)?[\w\-.]*[A-Z0-9][\w\-.]*\s(?:and|or)\s$")


# a new clause between a subject and the number: its own subject, or a comparison with another system
CLAUSE_BREAK = regex.compile(
    r"(?i);|\b(?:while|whereas|but)\s(?!(?:also|only|still|at|with|maintain\w*|keep\w*|us\w*|requir\w*|reduc\w*|achiev\w*"
    r"|improv\w*|outperform\w*|surpass\w*|\w+ing)\b|[+\-]?\d)|\b(?:compared\s(?:to|with)|versus|vs\.?)\s(?:[^\s,;]+\s){0,3}$"
)
_ADVERB = regex.compile(
    r"(?:Even|Only|Notably|Moreover|However|Also|Finally|Then|Here|Thus|Still|Surprisingly|Additionally|Furthermore"
    r"|Specifically|Interestingly|Overall|Both|All|Each|Their|Importantly|Remarkably|Similarly|Meanwhile|Besides"
    # subordinators opening a sentence are no part of the name after them ("While LLaMA reaches 60%, ...")
    r"|While|Whereas|Although|Though|When|Whenever|Since|Because|Unless|If|Once|Unlike|After|Before|Where)$"
)
# the words of a name before its last token: "SD Mask R-CNN", "Bielik 7B v0.1" (a size may come between)
_NAME_PREFIX = regex.compile(r"(?<![\w\-.,;:])[A-Z][\w\-]*\s(?:[A-Z][\w\-]*\s|\d+(?:\.\d+)?[BM]\s)?$")

# a score the sentence says was reached, with no system named: the proposed one's ("a mIoU of 48.3%
# is achieved with ResNet50", "They can achieve 32.3/38.2/40.5 mAPs on COCO")
ACHIEVED = regex.compile(
    r"(?i)\b(?:achiev|obtain|reach|attain|yield|deliver|record|rank|scor(?:e|es|ed|ing)\b|result\w*\sin\b|sets?\sa\snew)"
)


# the first half of a subject of two names: "FooNet and [BarNet] reach" (one value is not the last one's)
_CO_SUBJECT = regex.compile(rf"(?:^|(?<=[.;:]\s))(?P<n>{NAME}),?\s(?:and|&)\s$")


# a verb of result right after a name (one word may come between): the name is the clause's subject; a
# bracketed aside may come first ("FooNet-B (125M parameters) reaches")
_VERB_AFTER = regex.compile(
    # one word may come between the name and its verb, but not a preposition ("X by reaching") nor a
    # subject pronoun ("on SQuAD v2.0 it reaches": the pronoun is the subject, the name a place)
    r"^(?:\s\([^()]{1,40}\))?(?:'s\s|\s(?:(?!(?:by|of|in|on|for|with|to|from|than|at|as|and|or|while|when|it|they|we|he|she)\s)\w+\s)?"
    r"(?:achiev|obtain|reach|outperform|improv|surpass|attain|gets|yield|score|brings|experienc"
    r"|reduc|(?:is|are)(?!\s(?:not\s)?(?:available|used|applied|employed|adopted|released|given|provided"
    r"|needed|required|trained|fine-tuned|pre-trained|frozen|fixed|known)\b)|can|shows|demonstrat|performs?\b"
    r"|performed|match|deliver|exceed|sets|trail|lags|lagged|falls|fell|underperform"
    r"|lower|cuts|runs|uses|requires|needs|activates|processes|generates|compress|accelerat|speeds|saves"
    r"|consumes|shrinks|prunes|halves|doubles|serves|trains|learns|converges|decodes|lands|ranks"
    r"|leads|wins|beats|retains|preserves|maintains|keeps|loses|drops|degrades|comes\swithin"
    r"|finds|identifies|resolves|declines|stands\sout|stood\sout"  # "FooNet stands out with an accuracy of 85%"
    r"|answers|completes|follows|classifies|detects|rejects|recogni[sz]es|fixes|flags|refuses))"  # not "if a strong ViT is available, reducing ... by 195x"
)


def _result_verb(after: str) -> bool:
    return _VERB_AFTER.match(after) is not None


_WITH_A = regex.compile(r"\b(?:with|using)\san?\s$")


def subject_name(clause: str, kind: Kind) -> str | None:
    """The nearest name before the number in its clause that is the subject of a verb of result."""
    nearest = None
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
        if (
            _R(
                r"(?i)\b(?:on|in|for|across|over|with|than|from|to|of|by|against|via|using|like|as|e\.g\.,?)\s(?:the\s)?$"
            ).search(clause, max(0, mm.start() - 12), mm.start())
            or (
                clause.endswith(_LIST_JOINS, 0, mm.start())  # a cheap test before the list pattern
                and (
                    (
                        (pl := _PREP_LIST.search(clause, max(0, mm.start() - 120), mm.start()))
                        and not _FRONTED_PP.match(clause, 0, mm.start())  # "On ImageNet, FooNet achieves"
                        and not _ONE_ITEM.search(pl.group(0))  # "in Hindi, and FooLM drops": a new clause
                        and not (
                            _ONE_COMMA.search(pl.group(0)) and _result_verb(clause[mm.end() : mm.end() + 40])
                        )
                    )
                    or _WITH_PAIR.search(clause, max(0, mm.start() - 60), mm.start())
                )
            )
        ):
            continue
        after = clause[mm.end() : mm.end() + 40]
        if after.startswith(" backbone") and _WITH_A.search(clause, max(0, mm.start() - 12), mm.start()):
            continue  # "our detector with a ResNet-101 backbone achieves": a part of the system, not it
        if kind is Kind.IMPROVEMENT and after.startswith("'s ") and RAISES.search(clause, 0, mm.start()):
            continue  # "our method improves BERT's accuracy by 2%": BERT is the one improved upon
        if _result_verb(after):
            if CLAUSE_BREAK.search(clause, mm.end()):
                nearest = None  # "X achieves 80%, while Y ...": X is not the subject here
                continue
            co = _CO_SUBJECT.search(clause, max(0, mm.start() - 60), mm.start())
            if co and co.group("n") not in SENT_START and system_name(co.group("n")):
                nearest = None  # "FooNet and BarNet reach 71.2%": two systems, whose value is unclear
                continue
            p = _NAME_PREFIX.search(clause, max(0, mm.start() - 30), mm.start())
            if p and not any(
                w in SENT_START or GENRE.match(w) or _ADVERB.match(w) for w in p.group(0).split()
            ):
                n = p.group(0) + n  # "SD Mask R-CNN outperforms": the words of the name before it
            nearest = n  # the nearest subject before the number: "X achieves 80%, Y achieves 70%"
    return nearest


# a clause whose verb is left out, after one that has it: "FooLM finds 41% and BarLM [33%]", "FooLM
# follows the rule in 81% of cases and BarLM in [64%]" (the name before the number is its system)
_GAPPED = regex.compile(
    rf"(?:,\s(?:and\s|while\s)?|\s(?:and|while|whereas)\s)(?P<n>{SPACED_NAME}|{NAME})\s"
    r"(?:(?:in|at|on|with)\s)?(?:only\s|just\s|about\s|around\s)?$"
)
_NUMBER = regex.compile(r"\d(?:[\d.,]*\d)?\s?%?")


def gapped_name(left: str) -> str | None:
    """The system of a number in a clause with its verb left out, when the clause before it has a
    number of its own (the parallel clause whose verb it shares)."""
    m = _GAPPED.search(left, max(0, len(left) - 80))
    if m is None or not system_name(m.group("n")) or UNIT_NAME.match(m.group("n")):
        return None
    before = left[max(0, m.start() - 160) : m.start()]
    if not _NUMBER.search(before) or ";" in before:
        return None
    return m.group("n")


def system_name(n: str) -> bool:
    """A name that can be a system: not generic, not a data set, not a metric."""
    return not generic_name(n) and not known_dataset(n) and not METRIC.fullmatch(n)
