"""A data set's name read whole where a reader stopped short of it: at a font command that sets part of the
name ("\\emph{mini}ImageNet" is miniImageNet, not ImageNet) or at a possessive inside the name ("Montezuma's
Revenge", not Montezuma)."""

from __future__ import annotations

from functools import cache

import regex

_FONT_PREFIX = regex.compile(
    r"\\(?:emph|text(?:it|bf|sc|tt|rm|sf)|math(?:it|rm|bf))\{(?P<p>[A-Za-z]{1,12})\}$"
)
# "Montezuma's Revenge", "Ms. Pac-Man's ..." is not: a capitalised word right after "'s"
_POSSESSIVE_NAME = regex.compile(r"'s\s(?P<w>[A-Z][\w\-]*(?:\s[A-Z][\w\-]*)?)(?![\w\-])")


@cache
def _word(name: str) -> regex.Pattern:
    return regex.compile(rf"(?<![\w\-]){regex.escape(name)}(?![\w\-])")


def whole_name(text: str, s_start: int, s_end: int, name: str) -> str:
    """`name` with the prefix a font command sets right before it, or the possessive name it opens, when
    its first mention in the sentence has one; else `name` unchanged."""
    m = _word(name).search(text, s_start, s_end)
    if m is None:
        return name
    font = _FONT_PREFIX.search(text, max(s_start, m.start() - 30), m.start())
    if font:
        return font.group("p") + name  # "\emph{mini}ImageNet"
    poss = _POSSESSIVE_NAME.match(text, m.end(), s_end)
    if poss:
        return f"{name}'s {poss.group('w')}"  # "Montezuma's Revenge"
    return name
