"""The base model an unnamed method ran on, carried into the next sentence by its pronoun subject: "When
applied to FooLM-7B, it removes 78% of visual tokens. Under the same budget, it outperforms BarPrune by
8.4%" -- the second "it" is still the method on FooLM-7B, so the number is that model's, as the first
sentence's are (`subjects.base_model_for`). Only "it" (or "the system", "the method" ...) carries it: a new
subject, a named one, or "we" with another model reopens the question."""

from __future__ import annotations

import regex

from etl.extract.phrases import NAME_RE
from etl.extract.subjects import BASE_FRONT, base_model

# the clause subject of the number is the pronoun or a bare system noun, maybe after a fronted phrase of
# setting ("Under the same token budget of 64, it outperforms"), with nothing else before the number
_PRONOUN_SUBJECT = regex.compile(
    r"(?:(?:[A-Z][a-z]+\s)?[^,;:()]{0,80},\s)?(?:[Ii]t|[Tt]he\s(?:method|system|agent|approach|framework))\s"
    r"(?:also\s|further\s|still\s|even\s|then\s)?[a-z]+s\b[^;]*"
)
# the sentence before, as far back as its own opening
_SENTENCE_END = regex.compile(r"[.!?]\s(?=[A-Z])")
_NEXT_END = regex.compile(r"[.!?](?:\s(?=[A-Z])|$)")


def _names_other(text: str, s_start: int, start: int) -> bool:
    """Whether the number's own sentence names a known model ("It also transfers to FooVL-7B, where it removes
    70%", "it reaches 1.9x speedup on FooVL-7B"): the method is on that model now, or whose it is is unclear."""
    end = _NEXT_END.search(text, start)
    sentence = text[s_start : end.start() if end else len(text)]
    return any(base_model(m.group("n")) for m in NAME_RE.finditer(sentence))


def carried_base(text: str, s_start: int, start: int) -> str | None:
    """The known model the sentence before ran the unnamed method on, when this sentence's subject is "it"."""
    if (
        s_start < 2
        or not _PRONOUN_SUBJECT.fullmatch(text[s_start:start])
        or _names_other(text, s_start, start)
    ):
        return None
    before = text[max(0, s_start - 400) : s_start].rstrip()
    ends = list(_SENTENCE_END.finditer(before[:-1]))
    if not ends and s_start > 400:
        return None  # the sentence before is longer than the look-back: its opening is not in sight
    prev = before[ends[-1].end() :] if ends else before
    m = BASE_FRONT.match(prev)
    return m.group("n") if m and base_model(m.group("n")) else None
