"""A model referred to by its size alone: "We fine-tune FooVL-2B and FooVL-7B ... the 7B model improves
from 44.1% to 58.7%", "Fine-tuning BarLM-8B on this corpus raises ... Our 8B model also surpasses X". The
phrase names no system of its own; the one known model an earlier sentence wrote with that size is the
system it means (and the size in the phrase is that model's parameter count). With no such model, or two,
or only one the paper compares with, the phrase is left as it is."""

from __future__ import annotations

import regex

from etl.extract.kinds import Found
from etl.extract.subjects import base_model
from etl.records import Kind

_HEADS = r"(?:model|LLM|agent|policy|variant|version)"
_OPENING = r"(?:[Tt]he|[Oo]ur)\s(?:(?:resulting|final|trained|tuned|fine-?tuned|adapted)\s)?"
# "the 7B model", "Our 8B model", "the resulting 3B policy" as a whole model field
_SIZED_NP = regex.compile(rf"{_OPENING}(?P<s>\d+(?:\.\d+)?[BM])\s{_HEADS}")
# the size of a param count written inside such a phrase: "the [7B] model"
_BEFORE_SIZE = regex.compile(rf"(?:^|(?<=\s)){_OPENING}$")
# a model name that carries a size: "Qwen2.5-VL-7B" (7B)
_SIZED_NAME = regex.compile(
    r"(?<![\w\-.])(?P<n>[A-Za-z][\w.\-]*[\-_](?P<s>\d+(?:\.\d+)?[BM])(?:-[A-Za-z][\w\-]*)?)(?![\w\-])"
)
_AFTER_SIZE = regex.compile(rf"\s{_HEADS}\b")
# a model the paper sets its own against is not the one it trained ("compared with 28.9% for FooLM-1.5B"), nor
# one that earlier work used ("Prior work used FooLM-7B")
_COMPARED = regex.compile(
    r"(?i)\b(?:compared|versus|vs\.|than|against|outperform\w*|surpass\w*|exceed\w*|beat\w*|baselines?"
    r"|prior|previous|existing)\b(?:[^.;]|\.\d)*$"
)
# a phrase naming the model the paper makes anew: "We train the 7B model from scratch"
_MADE = regex.compile(
    r"(?i)\b(?:train|pre-?train|build|release|introduce|develop|present|propose)\w*\s(?:\w+\s)?$"
)


def _named(text: str, before: int, size: str) -> str | None:
    """The one known model written before `before` whose name carries `size` ("Qwen2.5-VL-7B" for 7B)."""
    names = {
        m.group("n")
        for m in _SIZED_NAME.finditer(text, 0, before)
        if m.group("s") == size
        and base_model(m.group("n"))
        and not _COMPARED.search(text, max(0, m.start() - 60), m.start())
    }
    return names.pop() if len(names) == 1 else None


def sized_owner(found: Found, model: str | None, text: str, s_start: int) -> str | None:
    """The earlier named model a size-only phrase stands for: the model field's phrase ("the 7B model"),
    or the phrase a param count is written in ("the [7B] model")."""
    if model is None:
        return (
            sized_param_owner(text, s_start, found.start, found.end)
            if found.kind is Kind.PARAM_COUNT
            else None
        )
    return sized_antecedent(model, text, s_start)


def sized_antecedent(model: str, text: str, s_start: int) -> str | None:
    """The earlier named model a size-only phrase ("the 7B model") stands for, or None."""
    m = _SIZED_NP.fullmatch(model)
    if m is None:
        return None
    at = text.find(model, s_start)
    if at >= 0 and _MADE.search(text, max(s_start, at - 30), at):
        return None  # "We train the 7B model from scratch": a new model, not the one named before
    return _named(text, s_start, m.group("s"))


def sized_param_owner(text: str, s_start: int, start: int, end: int) -> str | None:
    """The earlier named model whose size a param count written inside "the 7B model" is."""
    before = text[max(s_start, start - 30) : start]
    m = _BEFORE_SIZE.search(before)
    if not (m and _AFTER_SIZE.match(text, end)) or _MADE.search(before, 0, m.start()):
        return None
    return _named(text, s_start, text[start:end])
