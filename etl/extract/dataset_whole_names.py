"""A data set's name read whole where a reader stopped short of it: at a font command that sets part of the
name ("\\emph{mini}ImageNet" is miniImageNet, not ImageNet) or at a possessive inside the name ("Montezuma's
Revenge", not Montezuma)."""

from __future__ import annotations

import regex

from etl.extract.dataset_names import known_dataset
from etl.extract.dataset_parts import described_words
from etl.extract.dataset_tasks import CLAUSE_BREAK
from etl.extract.phrases import word_spots

_FONT_PREFIX = regex.compile(
    r"\\(?:emph|text(?:it|bf|sc|tt|rm|sf)|math(?:it|rm|bf))\{(?P<p>[A-Za-z]{1,12})\}$"
)
# "Montezuma's Revenge", "Ms. Pac-Man's ..." is not: a capitalised word right after "'s"
_POSSESSIVE_NAME = regex.compile(r"'s\s(?P<w>[A-Z][\w\-]*(?:\s[A-Z][\w\-]*)?)(?![\w\-])")


def _mention_of(text: str, mentions: list[int], near: int) -> int:
    """The mention that places a value: the first after it in its clause ("reach 65% on
    \\emph{tiered}ImageNet" after "fine-tuned on \\emph{mini}ImageNet"), else the last before it."""
    after = next((m for m in mentions if m >= near), None)
    if after is not None and not CLAUSE_BREAK.search(text, near, after):
        return after
    before = [m for m in mentions if m < near]
    return before[-1] if before else mentions[0]


def whole_name(text: str, s_start: int, s_end: int, name: str, near: int | None = None) -> str:
    """`name` with the prefix a font command sets right before it, or the possessive name it opens, when
    the mention that places the value at `near` (else its first in the sentence) has one; else `name`
    unchanged."""
    if text.find("}" + name, s_start, s_end) < 0 and text.find(name + "'s", s_start, s_end) < 0:
        return name  # neither shape can apply
    mentions = word_spots(name, text, s_start, s_end)
    if not mentions:
        return name
    at = mentions[0] if near is None else _mention_of(text, mentions, near)
    font = _FONT_PREFIX.search(text, max(s_start, at - 30), at)
    if font:
        return font.group("p") + name  # "\emph{mini}ImageNet"
    poss = _POSSESSIVE_NAME.match(text, at + len(name), s_end)
    if (
        poss
        and not known_dataset(name)
        and poss.group("w").split()[0].casefold() not in described_words().parts
    ):
        return f"{name}'s {poss.group('w')}"  # "Montezuma's Revenge"
    return name
