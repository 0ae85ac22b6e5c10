"""Names in normal form: display ids, loose lookup keys, family ids, sizes written in names.

`Vocabulary` is one compiled gazetteer file; `gazetteer.py` loads the files and maps table columns.
Lookups compare *loose keys* (casefolded, separators removed) so "CIFAR10" == "CIFAR-10", while digits
that tell datasets apart stay ("CIFAR-100", "ImageNet-21K").
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

import regex

_DASHES = regex.compile(r"[\p{Pd}\u2212_]+")
_SPACES = regex.compile(r"[\s\p{Z}\p{Cc}\p{Cf}]+")  # also controls and zero-width marks
_SPACED_DASH = regex.compile(r"\s*-(?:\s*-)*\s*")  # "a - - b" -> "a-b"
# a word of 2+ letters, a space, then a number: "llama 3" -> "llama-3" (as "llama-3" is written)
_LETTER_DIGIT = regex.compile(r"(?<=[^\W\d_]{2})\s+(?=\d)")
_EDGE_PUNCT = regex.compile(r"^[\s\p{P}--[(\[@#]]+|[\s\p{P}--[)\]%+]]+$", regex.V1)
_ARTICLE = regex.compile(r"^(?:the|a|an|our|their)\s+")
# separators dropped from loose keys; a dot between digits ("v1.1") stays
_LOOSE_DROP = regex.compile(r"[\s\-/,:;'\"`’‘()\[\]{}]+|(?<!\d)\.|\.(?!\d)")
_PAREN = regex.compile(r"\s*\(([^()]*)\)\s*")
# where an unknown model name stops naming its family: a size or version token
_FAMILY_CUT = regex.compile(r"[\s/-](?:\d|v\d)")
# a size written in a model name ("GLM-4-9B", "Mixtral-8x7B", "T5 11B"); "8x7B" is 8 * 7B
_NAME_SIZE = regex.compile(
    r"(?<![\p{L}\d.])(?:(\d+)\s*[x×*]\s*)?(\d+(?:\.\d+)?)\s*([kmbt])(?![\p{L}\d])", regex.I
)
_SIZE_FACTOR = {"k": 1e3, "m": 1e6, "b": 1e9, "t": 1e12}


def display_norm(name: str) -> str:
    """The id of a name not in the gazetteer: casefolded, dashes/spaces/punctuation unified."""
    s = unicodedata.normalize("NFKC", name).casefold()
    s = _DASHES.sub("-", s)
    s = _SPACES.sub(" ", s).strip()
    s = _SPACED_DASH.sub("-", s)
    s = _LETTER_DIGIT.sub("-", s)
    while True:  # stripping an article can expose punctuation and vice versa: "the - x"
        t = _SPACED_DASH.sub("-", _ARTICLE.sub("", _EDGE_PUNCT.sub("", s))).strip()
        if t == s:
            return s
        s = t


def loose_key(name: str) -> str:
    """The lookup key: the normalised name without separators ("MS COCO" -> "mscoco")."""
    return _LOOSE_DROP.sub("", display_norm(name))


@dataclass(frozen=True)
class Entry:
    """One canonical name and the surface forms that mean it."""

    id: str
    aliases: tuple[str, ...]
    higher_is_better: bool | None = None
    examples: tuple[str, ...] = ()
    counter_examples: tuple[str, ...] = ()


@dataclass(frozen=True)
class Vocabulary:
    """A compiled gazetteer file: loose key -> id, plus the fallbacks tried in order."""

    kind: str
    entries: tuple[Entry, ...]
    index: dict[str, str] = field(repr=False)
    strip_prefixes: tuple[str, ...] = ()
    strip_suffixes: tuple[str, ...] = ()
    family_pattern: regex.Pattern[str] | None = field(default=None, repr=False)
    scales: dict[str, str] = field(default_factory=dict, repr=False)  # metric id -> "percent" | "number"
    generic: frozenset[str] = frozenset()  # words that name no model on their own ("model", "llm")
    vague: frozenset[str] = frozenset()  # metric names that say not what was measured ("performance")
    vague_last: frozenset[str] = frozenset()  # ... and last words that make a name vague ("X performance")
    prior: frozenset[str] = frozenset()  # words that make a description an earlier system's ("prior art")

    def lookup(self, surface: str) -> str | None:
        """The gazetteer id for `surface`, or None when no alias matches."""
        if self.family_pattern is not None:
            return self._family(surface)
        for candidate in self._candidates(display_norm(surface)):
            hit = self.index.get(_LOOSE_DROP.sub("", candidate))
            if hit is not None:
                return hit
        return None

    def _candidates(self, norm: str) -> Iterable[str]:
        yield norm
        inner = [m.group(1) for m in _PAREN.finditer(norm)]
        outer = _PAREN.sub(" ", norm).strip()
        forms = [norm, outer] if outer != norm else [norm]
        yield from forms[1:]
        yield from inner
        for form in forms:
            words = form
            changed = True
            while changed:
                changed = False
                for p in self.strip_prefixes:
                    if words.startswith(p + " ") or words.startswith(p + "-"):
                        words, changed = words[len(p) + 1 :], True
                for s in self.strip_suffixes:
                    if words.endswith(" " + s) or words.endswith("-" + s):
                        words, changed = words[: -len(s) - 1], True
                if changed:
                    yield words
            if words.endswith("ies"):
                yield words[:-3] + "y"
            elif words.endswith("s") and not words.endswith("ss"):
                yield words[:-1]

    def _family(self, surface: str) -> str | None:
        assert self.family_pattern is not None
        m = self.family_pattern.match(display_norm(surface))
        return self.index[m.group(0)] if m else None


def size_in_name(name: str | None) -> float | None:
    """The parameter count a model's name states ("GLM-4-9B" -> 9e9, "Mixtral-8x7B" -> 5.6e10), or None.

    Leaderboards use it to set aside a size that contradicts the name (a context length, a data size).
    """
    if not name:
        return None
    m = _NAME_SIZE.search(name)
    if m is None:
        return None
    times = float(m.group(1)) if m.group(1) else 1.0
    return times * float(m.group(2)) * _SIZE_FACTOR[m.group(3).casefold()]


def family_fallback(name: str) -> str:
    """A family id for an unknown model: its name before the first size/version token.

    "Bielik 7B v0.1" -> "bielik"; "VacancySBERT (with skills)" -> "vacancysbert".
    """
    norm = _PAREN.sub(" ", display_norm(name)).strip() or display_norm(name)
    m = _FAMILY_CUT.search(norm)
    cut = norm[: m.start()].rstrip(" -/") if m else norm
    return cut or norm
