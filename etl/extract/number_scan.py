"""Where the numbers in a text are: the one candidate regex, assembled from the pieces in
`rules/numbers.toml` and the units in `rules/units.toml`, and the scan that runs it only where a
number can start (a digit run, or a word that makes a number of words).

Kept apart from `numbers.py`, which reads each match's value, unit and form: this module is only
about finding the matches fast, and changes when the regex or its anchors do.
"""

from __future__ import annotations

import re

import regex

from etl.extract.rules import load

__all__ = ["CANDIDATE", "LATEX_SWITCHES", "UNIT_AT", "UNIT_NAMES", "UNIT_OF", "number_matches"]

# LaTeX switches a number may be glued to ("{\\bfseries84.6\\%}"): a control word ends at the first
# non-letter, so the digits after it are a number of their own, not part of a word like ResNet50
LATEX_SWITCHES = (
    "\\bfseries",
    "\\itshape",
    "\\mdseries",
    "\\textasciitilde",
    "\\bf",
    "\\em",
    "\\it",
)


def _atom(p: str, pieces: dict[str, str], units: list[tuple[str, str]]) -> str:
    unit_alts = "|".join(f"(?P<{p}u_{name}>{pat})" for name, pat in units)
    return (
        rf"(?P<{p}sign>[+\-−])?"
        rf"(?:(?P<{p}hm>{pieces['hours_minutes']})"
        rf"|(?P<{p}num>{pieces['digits']})(?P<{p}exp>{pieces['exponent']})?"
        rf"|(?P<{p}frac>\b{pieces['fraction_word']}\b)"
        rf"|(?P<{p}special>\b{pieces['special']}\b)"
        rf"|(?P<{p}vague>\b{pieces['vague']}\b)"
        rf"|(?P<{p}word>\b{pieces['word_number']}\b))"
        rf"(?:(?P<{p}msuf>{pieces['mag_suffix']})|(?P<{p}mword>{pieces['mag_word']}))?"
        rf"(?:{unit_alts})?"
    )


def _build() -> tuple[re.Pattern[str], list[str]]:
    pieces = {r.name: r.pattern for r in load("numbers").rules}
    units = [(r.name, r.pattern) for r in load("units").rules]
    # not inside a name (GPT-4, ViT-B/16, Recall@10, C++11); "sim" is LaTeX \sim ("$\sim$22\%" and
    # "$\approx$3x" close the math before the number); "%/" or a decimal and "/" starts a slash list
    # ("43.6/47.7/50.2 mAP", "an AUC of 0.9856/0.9868")
    before = (
        r"(?:(?<=(?<![A-Za-z])sim)|(?<=\\sim\$)|(?<=\\approx\$)|(?<=%/)|(?<=\.\d/)|(?<=\.\d\d/)|(?<=\.\d\d\d/)|(?<=\.\d\d\d\d/)"
        + "".join(f"|(?<={regex.escape(w)})" for w in LATEX_SWITCHES)
        # "$2.5\times$", "$30\%$": a number opening LaTeX math, told from money ("$5 million") by
        # the unit inside the math
        + r"|(?<=(?<![\w\\])\$)(?=\d+(?:\.\d+)?\s?\\(?:times|%))"
        + r"|(?<![\w.@/^\\\-±$+])|(?<=(?<![\w.])-)|(?<=\d\+))"
    )
    # "Gemma-2B/7B": a size after a name's size and a slash belongs to the same name
    name_size = (
        r"(?P<ns>(?:(?<=[A-Za-z0-9][\-_])|(?<=[\-_]\d[BM]/)|(?<=[\-_]\d\d[BM]/))"
        r"(?P<ns_num>\d+(?:\.\d+)?)(?P<ns_suf>[BbMmT])(?![A-Za-z0-9]))"
    )
    mixture = (
        r"(?P<mx>(?<![\w.])(?P<mx_a>\d+)\s?[x×*]\s?(?P<mx_b>\d+(?:\.\d+)?)(?P<mx_suf>[BbMT])(?![A-Za-z0-9]))"
    )
    pair = rf"(?P<a>{_atom('a_', pieces, units)})(?:(?P<sep>{pieces['range_sep']})(?P<b>{_atom('b_', pieces, units)}))?"
    # the stdlib engine: the same matches as `regex` (checked on 50k abstracts and 150k fuzzed
    # strings), ~1.8x faster on this big alternation
    return re.compile(rf"{name_size}|{mixture}|{before}{pair}"), [name for name, _ in units]


CANDIDATE, UNIT_NAMES = _build()
# Cheap anchors: the full regex is only tried where a digit run starts, or near a word that
# can make a number of words ("eight times", "fifty billion", "doubling", "millions").
# Both are plain literal scans, where the stdlib `re` is ~3x faster than `regex` (measured).
_DIGITS = re.compile(r"\d[\d.,]*")
# the same runs in an ASCII text (str.isascii is a flag check): a range test is cheaper than the
# Unicode digit category (measured 1.4x on the scan)
_DIGITS_ASCII = re.compile(r"[0-9][0-9.,]*")
_ANCHOR_WORDS = (
    "times",
    "fold",
    "thousand",
    "illion",
    "percent",
    "doubl",
    "tripl",
    "quadrupl",
    "twice",
    "thrice",
    "hundred",
)
_WORD_ANCHOR_LIST = (
    "times",
    "fold",
    "thousand",
    "million",
    "billion",
    "trillion",
    "percent",
    "doubl",
    "tripl",
    "quadrupl",
    "twice",
    "thrice",
    "hundred",
)
_WORD_ANCHOR = re.compile("|".join(_WORD_ANCHOR_LIST))
# no anchor is a prefix of another, so at most one matches at a position and the spans of
# `_WORD_ANCHOR.finditer` are the non-overlapping occurrences, leftmost first (`_anchor_spans`)
assert not any(a != b and b.startswith(a) for a in _WORD_ANCHOR_LIST for b in _WORD_ANCHOR_LIST)
# each anchor contains one of the cheap substring probes, so only those holding a probe found are looked for
assert all(any(w in a for w in _ANCHOR_WORDS) for a in _WORD_ANCHOR_LIST)


def _anchor_spans(low: str, present: list[str]) -> list[tuple[int, int]]:
    """`(w.start(), w.end())` of `_WORD_ANCHOR.finditer(low)`, from `str.find` of the anchors that
    contain a probe found in `low` (a regex scan of the whole text costs ~4x more)."""
    hits: list[tuple[int, int]] = []
    for a in _WORD_ANCHOR_LIST:
        if any(w in a for w in present):
            i = low.find(a)
            while i >= 0:
                hits.append((i, i + len(a)))
                i = low.find(a, i + 1)
    hits.sort()
    out: list[tuple[int, int]] = []
    end = 0
    for s, e in hits:
        if s >= end:
            out.append((s, e))
            end = e
    return out


UNIT_OF = {r.name: r.unit for r in load("units").rules}
# a unit on its own, at the start of a text (the unit written after the last member of a list)
UNIT_AT = re.compile("|".join(f"(?P<{r.name}>{r.pattern})" for r in load("units").rules))


def _glued_switch(text: str, start: int) -> bool:
    """Digits at `start` right after a LaTeX switch (LATEX_SWITCHES)."""
    return "\\" in text[max(0, start - 15) : start] and text.endswith(LATEX_SWITCHES, 0, start)


# fraction words ("half", "one third", "a quarter"): a match can only start at the word or at the
# "one"/"a" right before it, so each is tried only there, never in a +-40 window; "hundredth" is left
# to the window of its "hundred" anchor: each `find` costs ~5% of the scan
_FRACTION_WORDS = ("half", "third", "quarter", "fifth", "tenth")
_FRACTION_LEAD = {"one ": 4, "one-": 4, "a ": 2, "a-": 2}
# only a share of something is read (kinds._fraction): "half the parameters", "one third of the data"
_SHARE_AFTER = re.compile(r"\s(?:of|the|trainable|learnable)\s")


def _fraction_matches(text: str, low: str) -> list[re.Match[str]]:
    out = []
    for w in _FRACTION_WORDS:
        i = low.find(w)
        while i >= 0:
            if not _SHARE_AFTER.match(low, i + len(w)):
                i = low.find(w, i + 1)
                continue
            starts = [i - n for lead, n in _FRACTION_LEAD.items() if i >= n and low.startswith(lead, i - n)]
            if w != "half" and not starts:
                i = low.find(w, i + 1)
                continue  # "third" alone is an ordinal ("a third party" has its "a")
            for st in [*starts, i]:
                m = CANDIDATE.match(text, st)
                if m is not None and m.end() > i:  # the match holds the fraction word itself
                    out.append(m)
                    break
            i = low.find(w, i + 1)
    return out


def number_matches(text: str) -> list[re.Match[str]]:
    """CANDIDATE matches, leftmost first, without running the big regex at every position."""
    found: list[re.Match[str]] = []
    end = -1
    if text.isascii():
        # half of real abstracts hold no digit: ten `in` tests (memchr) cost a tenth of the scan
        runs = _DIGITS_ASCII.finditer(text) if any(map(text.__contains__, "0123456789")) else ()
    else:
        runs = _DIGITS.finditer(text)
    for d in runs:
        start = d.start()
        if start < end:
            continue
        prev = text[start - 1] if start else " "
        if prev.isalpha() and text[start - 3 : start] != "sim" and not _glued_switch(text, start):
            continue  # digits inside a word (ResNet50, CIFAR10): never a number of their own
        m = None
        if prev in "+-−." and start - 1 >= max(end, 0):
            m = CANDIDATE.match(text, start - 1)
        if m is None:
            m = CANDIDATE.match(text, start)
        if m is not None and m.end() > m.start():
            found.append(m)
            end = m.end()
    low = text.lower()
    present = [w for w in _ANCHOR_WORDS if w in low]  # substring tests are much cheaper than a scan
    fractions = _fraction_matches(text, low)
    if fractions:
        found = _merged(found + fractions)
    if not present:
        return found
    windows = [
        (max(0, ws - 40), min(len(text), we + 40))
        for ws, we in _anchor_spans(low, present)
        if ws == 0 or not low[ws - 1].isalpha()
    ]
    if windows:
        for lo, hi in windows:
            found += [m for m in CANDIDATE.finditer(text, lo, hi) if m.end() > m.start()]
        found = _merged(found)
    return found


def _merged(found: list[re.Match[str]]) -> list[re.Match[str]]:
    """Matches leftmost first, the longest at a start, never overlapping."""
    found.sort(key=lambda m: (m.start(), -m.end()))
    kept: list[re.Match[str]] = []
    for m in found:
        if not kept or m.start() >= kept[-1].end():
            kept.append(m)
    return kept
