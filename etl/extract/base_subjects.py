"""A subject that is a known model under a system noun, with no name of its own: "A FooVL-7B agent
fine-tuned on this data attains 42.7%", "a 3B-parameter policy built on FooGemma reaches 78.3%". The only
name the subject gives is the model it was trained from or built on, so the numbers of its clause are that
model's (as "Starting from FooLM-7B, our model reaches" is, `subjects.base_model_for`). A named system in the
noun phrase ("A ToolSynth-8B model trained on ...") is read the same way: it is the name written there; so is a
method subject run on a known model ("The same recipe applied to FooLM-1.5B yields"). Also
the one known model an unnamed method ("our approach", "it") is measured on in its sentence (`sole_base`)."""

from __future__ import annotations

import regex

from etl.extract.after_owners import ON_KNOWN_AFTER
from etl.extract.datasets import known_dataset
from etl.extract.gazetteer import Gazetteer
from etl.extract.kinds import Found
from etl.extract.phrases import NAME, NAME_RE, RESULT_VERB
from etl.extract.subjects import SPACED_NAME, base_model
from etl.records import Kind

_NOUN = r"(?:model|agent|policy|LLM|classifier|network|student|detector|planner)"
_METHOD = r"(?:recipe|method|approach|technique|framework|procedure|pipeline|strategy|algorithm)"
# the subject opens the sentence or follows a fronted phrase ("Trained on 970k trajectories, a ...")
_OPEN = r"(?:^|,\s)(?:[Aa]n?|[Oo]ur)\s"
_SUBJECT = regex.compile(
    # "A FooVL-7B agent fine-tuned on this data attains"
    rf"{_OPEN}(?:[a-z][\w\-]*\s)?(?P<n>{NAME})\s{_NOUN}\s(?:(?:further\s)?(?:fine-?tuned|trained|tuned|post-trained)"
    rf"\s(?:(?!(?:while|whereas|but)\b)[^,;()]){{0,80}}?\s)(?:also\s)?(?:{RESULT_VERB})"
    # "a 3B-parameter policy built on FooGemma reaches"
    rf"|{_OPEN}(?:[\w\-]+\s){{0,2}}?{_NOUN}\s(?:built|based)\s(?:on|upon)\s(?:the\s)?(?P<b>{NAME})"
    rf"\s(?:also\s)?(?:{RESULT_VERB})"
    # "The best agent, built on Foo 3.5 Sonnet, succeeds on": the same, set off by commas
    rf"|(?:^|,\s)(?:[Tt]he|[Aa]n?|[Oo]ur)\s(?:[\w\-]+\s){{0,3}}?{_NOUN}(?:\s[a-z][\w\-]*){{0,3}}?,\s(?:built|based)"
    rf"\s(?:on|upon)\s(?:the\s)?(?P<c>{SPACED_NAME}|{NAME}),\s(?:[a-z]+\s){{0,2}}?(?:{RESULT_VERB}|complet|resolv)"
    # "The same recipe applied to FooLM-1.5B yields": the method, run on a known model, as the subject
    rf"|(?:^|,\s)(?:[Tt]he|[Tt]his|[Oo]ur)\s(?:[\w\-]+\s){{0,2}}?{_METHOD}\s(?:applied|added|transferred)\sto"
    rf"\s(?:the\s)?(?P<a>{NAME})\s(?:also\s)?(?:{RESULT_VERB})"
)
# a new clause between the subject and the number has a subject of its own
_BREAK = regex.compile(r";|\b(?:while|whereas|but)\s(?!\w+ing\b)|,\s(?:and\s)?(?:it|we|they)\s")


def base_subject(found: Found, text: str, s_start: int, method: str | None = None) -> str | None:
    """The model the unnamed subject system of the number's clause is, by its noun phrase; a system "built on"
    something is that thing only when the abstract names no method ("Our detector built on ResNet-50" is the
    named method's, and "built on PyTorch" names a library)."""
    start = found.start
    left = text[s_start:start]
    if found.kind in (Kind.DATA_SIZE, Kind.PARAM_COUNT) or (" on " not in left and " to " not in left):
        return None  # "on" of "trained on", "built on", "based upon"; "to" of "applied to"
    m = _SUBJECT.search(text[s_start:start])
    if m is None or _BREAK.search(text, s_start + m.end(), start):
        return None
    if m.group("n") or m.group("a"):
        n = m.group("n") or m.group("a")
        return n if base_model(n) else None
    b = m.group("b") or m.group("c")
    return None if method is not None or known_dataset(b) else b


# the paper's own unnamed method as the clause's subject: "our approach reduces", "we cut", "it lowers"
_OWN = regex.compile(
    r"(?:^|,\s)(?:[Ww]e(?!\s(?:\w+\s)?(?:train|pre-?train|build|design|develop|introduce|propose|present|release)\w*\s)|[Ii]t|[Oo]ur\s(?:[\w\-]+\s){0,2}?(?:method|approach|technique|framework|algorithm|scheme))\s"
)
# a comparison: a model after it is compared with, and a number after it may be the compared system's
_COMPARE = r"(?i)\b(?:than|over|above|below|versus|vs\.|against|compared|relative\sto|outperform\w*|surpass\w*|exceed\w*|beat\w*)\s"
_COMPARED_BEFORE = regex.compile(_COMPARE + r"(?:(?!(?:of|on|in)\b)[^,;])*$")
_COMPARED_IN = regex.compile(_COMPARE)
# a part of the system or the one it is set against, by the noun after the name; a model that only made or
# judged the data ("GPT-4 generated questions", "with GPT-4 as the judge"), gave features ("BERT-large
# features") or is turned into another ("We compress FooLM-2B into a 124M model")
_PART_AFTER = regex.compile(
    r"\s(?:backbones?|baselines?|encoders?|quality|teachers?|generated|annotated|labell?ed|judged|synthesi[sz]ed"
    r"|features|embeddings|representations|into"
    r"|as\s(?:the\s|an?\s)?(?:judge|evaluator|grader|annotator|critic|verifier|teacher|reward\smodel)s?)\b"
)
# a model the method learns from, takes features from or whose cost it is set against: "we distil from FooLM-13B
# into a 1B student", "features from FooLM and BarLM-L", "it needs 1/4 of the memory used by FooLM-70B"
_SOURCE_BEFORE = regex.compile(
    r"(?i)(?:\b(?:distil\w*|teachers?|imitat\w*|mimic\w*)\b[^,;]*"
    r"|\b(?:used|required|needed|consumed|spent)\s(?:by|for|to\s(?:train|run|serve|fine-?tune))\s[^,;]{0,20}"
    r"|\b(?:features|embeddings|representations)\s(?:from|of)\s[^,;]{0,30})$"
)
# a clause the sentence goes on to after the number, with a subject of its own: "It improves EM by 4.2 points,
# and FooLM-7B equipped with it surpasses ..."
_NEXT_CLAUSE = regex.compile(r";|,\s(?:and|but|while|whereas)\s|\b(?:while|whereas)\s")
# another value between the number and a name after it, which the name is nearer to: "reaches 91.0%, close to
# the 93.5% of FooNet-L"
_VALUE = regex.compile(r"(?<![\w.])\d+(?:\.\d+)?\s?(?:%|\\%|x\b|points?\b)|(?<![\w.])\d+\.\d+\b")


def _known(name: str) -> bool:
    """A known model the gazetteer names the family of ("Vicuna-13B"), not only a sized word ("FooSet-2M")."""
    return base_model(name) and Gazetteer.load().models.lookup(name) is not None


def sole_base(found: Found, text: str, s_start: int, s_end: int) -> str | None:
    """The one known model the paper's unnamed method is measured on in the number's sentence, when its
    clause has the method as subject ("Our approach reduces the pre-training time of BERT-base by 25%");
    not when the sentence compares with a model or names two, nor for a number after a comparison; a model
    that is a teacher, a data maker or judge, a feature source or another value's owner is not it."""
    if found.kind in (Kind.DATA_SIZE, Kind.PARAM_COUNT):
        return None
    sentence, at = text[s_start:s_end], found.start - s_start
    own = _OWN.search(sentence, 0, at)
    if (
        own is None
        or _BREAK.search(sentence, own.end(), at)
        or _COMPARED_IN.search(sentence, own.start(), at)
    ):
        return None
    names = set()
    for m in NAME_RE.finditer(sentence):
        n = m.group("n")
        if not _known(n) or _PART_AFTER.match(sentence, m.end()):
            continue
        if m.start() > at and _NEXT_CLAUSE.search(sentence, at, m.start()):
            continue  # named in a later clause of its own, not where the number is
        if m.start() > at and _VALUE.search(sentence, found.end - s_start, m.start()):
            return None  # another value sits between: the name is that value's
        if (
            _COMPARED_BEFORE.search(sentence, 0, m.start())
            or _SOURCE_BEFORE.search(sentence, 0, m.start())
            or not regex.search(r"[\d\-]", n)
        ):
            return None  # a compared or teacher model, or a family ("ResNet"): whose number it is is unclear
        names.add(n)
    return names.pop() if len(names) == 1 else None


def known_after(text: str, end: int, s_end: int) -> regex.Match[str] | None:
    """A known model named right after a value with "on" ("lowers attack success rates to 6.2% on
    FooLM-3-8B-Instruct"): the model the value was measured on, not a data set."""
    m = ON_KNOWN_AFTER.match(text, end, s_end)
    return m if m is not None and _known(m.group("n")) else None
