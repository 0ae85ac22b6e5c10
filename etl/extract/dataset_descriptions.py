"""Data sets a sentence describes instead of naming ("on three real-world datasets", "across 6
benchmarks", "on a large-scale dataset"). The guideline's dataset is the data set "as written", and the
gold sets write such descriptions ("development set", "two real-world datasets"), so a result with no
named data set takes the description its sentence gives. Leaderboards rank named data sets only."""

from __future__ import annotations

from functools import lru_cache

import regex

from etl.extract.rules import load

_DESCRIBED = load("context")["described_data"].regex
# the preposition that makes a description the place a number was measured
_ON = regex.compile(r"\b(?:on|across|over|in|using|from|for)\s$")
# a description after a number is read in its clause only: near, with no ";" or enumeration marker between
_NEAR = 200
_BREAK = regex.compile(r";|\((?:i{1,3}|iv|v|\d)\)")


@lru_cache(maxsize=64)
def _descriptions(text: str, s_start: int, s_end: int) -> tuple[tuple[int, int], ...]:
    """Spans of the sentence's data-set descriptions after on/across/over/in/using (once per sentence)."""
    out = []
    for m in _DESCRIBED.finditer(text, s_start, s_end, overlapped=True):
        if _ON.search(text, max(s_start, m.start() - 8), m.start()):
            out.append((m.start(), m.end()))
    return tuple(out)


def described_data(text: str, s_start: int, s_end: int, start: int, end: int) -> str | None:
    """The description of the data a number at [start, end) was measured on: the first one after it
    in its sentence, else the last one before it."""
    spans = _descriptions(text, s_start, s_end)
    after = [s for s in spans if end <= s[0] <= end + _NEAR and not _BREAK.search(text, end, s[0])]
    before = [s for s in spans if s[1] <= start]
    pick = after[0] if after else (before[-1] if before else None)
    return text[pick[0] : pick[1]] if pick else None
