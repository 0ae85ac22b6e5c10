"""Who owns a size: the system a parameter count or a training-data size belongs to, and when a data
size is a data set's own. A size is owned by a different grammar from a score's (it is part of a name,
"Llama 3.2 3B"; it is what a model is trained with or cut down to), so it lives apart from `names.py`,
which asks `param_owner`, `trained_owner` and `data_set_size` before its own rules."""

from __future__ import annotations

from functools import cache

import regex

from etl.extract.cues import METRIC
from etl.extract.datasets import known_dataset
from etl.extract.kinds import Found
from etl.extract.name_words import NOT_MODEL, OURS, generic_name
from etl.extract.phrases import NAME, NAME_RE, NAME_START, OUR, SYSTEM_HEAD, word_spots
from etl.extract.rules import load
from etl.extract.sizes import FAMILY_BEFORE
from etl.extract.subject_names import ACHIEVED, subject_name
from etl.records import Kind

_R = cache(regex.compile)

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
    rf"\s?(?:[\w\-]+\s)?param(?:eter)?s?,?\s(?:(?P<n>{NAME})|(?i:our|the\sproposed)\s(?:[\w\-]+\s){{0,2}}?"
    r"(?:method|model|approach|network|framework|system|algorithm)|it)\s(?:\w+\s)?(?:achiev|obtain|reach|outperform"
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
_OUR_SIZE = regex.compile(r"(?i)\bour\s(?:[\w\-]+\s)?$")
_OWN_SUBJECT = load("context")["own_subject"].regex  # "The model has only 2M parameters": the paper's own
# a sentence that brings in another new system without the method's name: "We also release a reward model."
_ANOTHER_SYSTEM = regex.compile(
    r"\b(?:an?|another)\s(?:[\w\-]+\s){0,3}?(?:" + load("context")["system_noun"].pattern + r")\b"
)


def own_subject(text: str, s_start: int, s_end: int, method: str | None) -> bool:
    """Whether the sentence opens with the paper's own system as its subject ("The model has", "It runs"):
    not "It" right after a sentence that brings in another system ("We also release a reward model. It has")."""
    sentence = text[s_start:s_end]
    if not _OWN_SUBJECT.match(sentence):
        return False
    if not sentence.lstrip().startswith("It "):
        return True
    before = text[max(0, s_start - 300) : s_start]
    before = before[max(before.rfind(". ", 0, len(before) - 2), before.rfind("\n", 0, len(before) - 2)) + 1 :]
    return not _ANOTHER_SYSTEM.search(before) or bool(method and method in before) or "our " in before.lower()


# a size the clause's subject reaches by scaling: "When scaling up to 66M parameters, FooNet achieves"
_SCALED_TO = regex.compile(
    r"\b(?:[Ss]cal(?:e|es|ed|ing)|[Gg]row(?:s|n|ing)?)\s(?:up\s)?to\s(?:(?:over|about|around|nearly)\s)?$"
)
# a size set in the clause as an adjunct, not as a noun's modifier: "FooNet ... by only introducing less than
# 1.5M extra parameters", "we train our vocoder at scale up to 112M parameters" (not "a 3B-parameter LM")
_ADJUNCT_SIZE = regex.compile(
    r"\b(?:up\sto|introduc\w+|add(?:s|ed|ing)?|requir\w+|with(?:\sa)?)\s(?:(?:only|just|merely|less\sthan|fewer\sthan|over|about"
    r"|around|nearly|approximately|roughly|extra|additional)\s)*$"
)
_PARAMS_AFTER = regex.compile(
    r"\s(?:(?:extra|additional|more|trainable|learnable)\s)?param(?:eter)?s\b(?!\s(?:model|LLM|LM)s?\b|\seach\b)"
)  # not "8 experts with 16B parameters each": a part's size
_OTHER_SYSTEM = regex.compile(
    r"(?i)\b(?:compar\w*|against|(?<!\b(?:less|fewer|more|rather)\s)than|versus|vs\.?|baselines?|teachers?|previous|prior"
    r"|existing|competing|counterparts?)\b"
)
_PREP_BEFORE = regex.compile(r"\b(?:in|on|for|of|from|at|across|over)\s(?:the\s)?$")
_OUR_WORD = regex.compile(
    r"\b(?:[Oo]ur|[Tt]he\sproposed|[Ww]e|[Tt]his\s(?:method|approach|model|network|framework))\s"
)


def _clause_owner(found: Found, text: str, clause: str, method: str) -> bool:
    """Whether a parameter count set as an adjunct ("by introducing 1.5M extra parameters") belongs to the
    proposed method, the subject of its clause ("FooNet improves ...", "we train our vocoder ..."), with no
    other name between that subject and the number."""
    if not (_ADJUNCT_SIZE.search(clause[-60:]) and _PARAMS_AFTER.match(text, found.end)):
        return False
    spots = word_spots(method, clause)
    o = None
    for o in _OUR_WORD.finditer(clause):  # noqa: B007 - the last one: "we train our vocoder"
        pass
    at = spots[0] + len(method) if spots else (o.end() if o else -1)
    if at < 0 or _OTHER_SYSTEM.search(clause, at):
        return (
            False  # "we distill a large teacher with 1B parameters", "compared with a baseline requiring 3M"
        )
    # a name in between may own the size ("we fine-tune FooLM up to 7B parameters"), but not one right after
    # "our" ("our GAN vocoder"), an acronym set in parentheses ("a transform (STFT)") or a name after a
    # preposition ("performance in CD with only 1.7M parameters")
    return not any(
        m.start() > at
        and not generic_name(m.group("n"))
        and not (clause[m.start() - 1 : m.start()] == "(" and clause[m.end() : m.end() + 1] == ")")
        and not _PREP_BEFORE.search(clause, max(0, m.start() - 12), m.start())
        for m in NAME_RE.finditer(clause, at)
    )


# a name the trained system is said to be, set before its description: "We present FooTTS, a speech
# model trained on", "FooFold is a 650M-parameter model trained on" (the name, not the description)
_NAMED_AS = regex.compile(rf"(?<![\w\-])(?P<n>{NAME})(?:,|\s(?:is|was))\s$")


def trained_owner(left: str) -> str | None:
    """The system a data size was trained with, named before it in `left` (the sentence up to the number)."""
    if "rained " not in left[-60:]:
        return None
    tail = left[-160:]
    m = _TRAINED_OWNER.search(tail)
    if m and not generic_name(m.group("n")) and not known_dataset(m.group("n")):
        named = (
            _NAMED_AS.search(tail, max(0, m.start() - 60), m.start())
            if m.group("n")[:2] in ("a ", "A ", "an", "An")
            else None
        )
        if named and not generic_name(named.group("n")) and not known_dataset(named.group("n")):
            return named.group("n")
        return m.group("n")  # "FooNet-H pre-trained with 300M images", "the best model, which is trained on"
    return None


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
    if (a < found.start or b > found.end) and not _R(r"(?i)^-?(?:param|sized?\b|scale\b|level\b)").match(
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
    f = FAMILY_BEFORE.search(text, max(s_start, found.start - 30), found.start)
    if f:
        return text[f.start() : b]  # "Pythia 410M", "Falcon 40B": a family's name and its size
    m = _SIZE_OWNER_BEFORE.search(text, max(s_start, found.start - 60), found.start)
    prep = m and _R(r"(?i)(?<!\bcompared\s)\b(?:in|on|for|to|from|at)\s(?:the\s)?$").search(
        text, max(s_start, m.start("n") - 12), m.start("n")
    )
    return m.group("n") if m and not prep else None


# a size of an unnamed system the clause compares with: "than a 3B model", "outperforms a 13B model", "matches
# the contact precision of a 3B model", "comparable to a 70B model"
_COMPARED_SIZE = regex.compile(
    r"(?i)\b(?:than|versus|vs\.?|against|(?:comparable|similar|close)\sto|(?:outperform|surpass|beat|exceed|rival"
    r"|match)\w*(?:\s[^,;.]{0,60}?\bof)?)\s(?:a|an)\s(?:(?:much|far)\s)?(?:(?:larger|bigger|smaller)\s)?$"
)


# a size that says which baseline: "above the 3B baseline", "the 7B-parameter counterparts"
_BASELINE_AFTER = regex.compile(
    r"(?:[\s\-](?:parameters?|params))?[\s\-](?:baselines?|counterparts?|competitors?)\b"
)
# the sizes a population of compared systems comes in: "chat LLMs at 7B and 34B scales", "open models of 7B, 13B
# and 70B sizes" (a plural noun, then "at/of" and the list of sizes, then "scale(s)/size(s)")
_POPULATION_BEFORE = regex.compile(
    r"(?i)\b[a-z][\w\-]*s\s(?:at|of|across)\s(?:the\s)?(?:[\d.]+\s?[KMBT]\b,?\s(?:(?:and|or|to)\s)?)*$"
)
_POPULATION_AFTER = regex.compile(r"(?:,?\s(?:(?:and|or|to)\s)?[\d.]+\s?[KMBT]\b)*\s(?:scales?|sizes?)\b")
# what makes such a population the compared one: a word of comparison before it ("the superiority of FooChat-7B
# across chat LLMs at 7B and 34B scales"); the paper's own family needs none ("We release FooLM models at 1B,
# 7B and 32B scales": FooLM's sizes)
_COMPARED_BEFORE = regex.compile(
    r"(?i)\b(?:across|among|against|than|versus|vs\.?|compared|comparisons?|outperform\w*|surpass\w*|superiority"
    r"|beat\w*|exceed\w*|other|existing|competing|baselines?)\b"
)


def param_owner(found: Found, text: str, s_start: int, s_end: int, method: str | None) -> str | None:
    """The system a parameter count belongs to."""
    left = text[s_start : found.start]
    if _FROM_SIZE.search(left[-30:]) and (shrunk := _shrunk(left)):
        return shrunk  # "compress FooNet-B from 86M to 9M parameters": the size before is FooNet-B's
    glued = found.start > 0 and (text[found.start - 1].isalnum() or text[found.start - 1] == "-")
    if (_BASELINE_AFTER.match(text, found.end, s_end) and not glued) or (
        _POPULATION_BEFORE.search(left[-60:])
        and _POPULATION_AFTER.match(text, found.end, s_end)
        and _COMPARED_BEFORE.search(left)
    ):
        return None  # "1.5 SD above the 3B baseline", "across chat LLMs at 7B and 34B scales": others' sizes
    owner = _size_owner(found, text, s_start, s_end)
    if owner and not (NOT_MODEL.match(owner) or METRIC.fullmatch(owner)):
        return owner  # not "top-1" of "81.9% top-1 accuracy with only 24M parameters"
    if _COMPARED_SIZE.search(left[-90:]):
        return None  # "FooLM-650M matches the precision of a 3B model": the compared model's size, unnamed
    if method and (
        OUR.search(left[-40:])
        or method in left[-80:]
        or _OUR_SIZE.search(left[-40:])
        or own_subject(text, s_start, s_end, method)
    ):
        return method  # "our 7B model", "FooNet comes in 2B and 7B sizes"
    if method and _clause_owner(found, text, left[left.rfind(";") + 1 :], method):
        return method  # "FooNet improves ... by only introducing 1.5M extra parameters"
    if _WITH_SIZE.search(left[-50:]) or _SCALED_TO.search(left[-40:]):
        a = _FRONT_SIZE.match(text, found.end, s_end)
        if a:
            return a.group("n") or method  # "With only 3.7M parameters, our method achieves"
        if not _R(r"\s(?:[\w\-]+\s)?each\b").match(
            text, found.end
        ):  # not "8 experts with 16B parameters each"
            subject = subject_name(left[left.rfind(";") + 1 :], found.kind)
            return subject or (
                method if method and method in left else None
            )  # "FooNet achieves 81% with 24M"
    m = _NP_SIZE_OWNER.search(left[-120:])
    return m.group("np") if m and not OURS.match(m.group("np")) else None  # "the best method that has 4.8B"


_DATA_SET_WORD = regex.compile(r"(?i)\b(?:dataset|benchmark|corpus|corpora|collection|database)s?\b")


def data_set_size(found: Found, text: str, s_start: int, s_end: int) -> bool:
    """A size the sentence gives a data set ("a dataset comprising 8,888 motions", "the 170-hour
    AISHELL-1 dataset"), not one a system was trained with ("our method, with 1B tokens, achieves")."""
    if _DATA_SET_WORD.search(text, found.end, min(s_end, found.end + 30)):
        return True
    m = None
    for m in _DATA_SET_WORD.finditer(text, max(s_start, found.start - 160), found.start):  # noqa: B007
        pass
    return (
        m is not None
        and not ACHIEVED.search(text, m.end(), found.start)
        and not _R(r"\b(?:outperform|surpass|improv|train)\w*").search(text, m.end(), found.start)
    )


_QUAL = r"(?:(?:over|about|around|approximately|roughly|nearly|almost|more\sthan|less\sthan|up\sto|a\stotal\sof|only|just)\s)*"
# a count that a data noun phrase holds, right after it: "a larger image classification dataset comprising
# 350 million images", "an evaluation dataset, Book-SORT, comprising 36k pairs", "a corpus of 2M sentences";
# not a plural, the scale a system handles ("exact GPs on data sets with over one million points")
_HELD_BY_DATA = regex.compile(
    r"(?i)\b(?:data\s?set|benchmark|corpus|collection|database)\b(?:,\s[^,;.]{1,40},)?"
    r"\s(?:(?:which|that)\s)?(?:compris\w*|contain\w*|consist\w*\sof|includ\w*|of|with|has|have|totall?ing)\s"
    + _QUAL
    + r"$"
)
# the compared system's own budget: "with 1B tokens than the baseline approach of ... with 3B tokens"
_COMPARAND_WITH = regex.compile(r"(?i)\bthan\s(?:the\s)?[^,;.()]{2,90}?\swith\s" + _QUAL + r"$")


def unowned_data_size(found: Found, text: str, s_start: int) -> bool:
    """Whether a data size belongs to no system: the size of a data set the sentence describes ("a
    dataset comprising 350 million images"), or the budget of the system compared with ("than the
    baseline approach ... with 3B tokens"), which is not the proposed model's."""
    if found.kind is not Kind.DATA_SIZE:
        return False
    left = text[max(s_start, found.start - 160) : found.start]
    return bool(_HELD_BY_DATA.search(left) or _COMPARAND_WITH.search(left))
