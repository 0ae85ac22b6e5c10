"""Find every number in a text with its span, value, magnitude and unit, in one regex pass.

The candidate regex is assembled once from the pieces in `rules/numbers.toml` and the
units in `rules/units.toml`. A match is an atom (`75.15%`, `8.3 billion`, `eight times`),
a pair of atoms joined by a range separator (`10-20x`, `770M to 11B`, `7B and 13B`), a size
inside a model name (`Llama-3.1-8B-Instruct`) or a mixture (`8x7B`). Whether a pair is a
range or two numbers is decided later (kinds.py), from the words around it.
"""

from __future__ import annotations

import math
import re
from functools import cache
from typing import NamedTuple

import regex

from etl.extract.rules import load

_R = cache(regex.compile)  # inline patterns: compiled once, looked up cheaply

_MAGNITUDE = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "mn": 1e6, "b": 1e9, "bn": 1e9}
_MAGNITUDE |= {"billion": 1e9, "t": 1e12, "trillion": 1e12}
_EXPONENT = {1e3: 3, 1e6: 6, 1e9: 9, 1e12: 12}
_WORDS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen".split()
    )
}
_WORDS |= {
    w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())
}
_WORDS |= {"a": 1, "an": 1}
_SPECIAL = {"doubl": 2.0, "tripl": 3.0, "quadrupl": 4.0, "twice": 2.0, "thrice": 3.0}
_VAGUE = {"thousands": 1e3, "millions": 1e6, "billions": 1e9, "trillions": 1e12}
_VAGUE_SCALE = {"tens": 10.0, "hundreds": 100.0}


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
        rf"|(?P<{p}special>\b{pieces['special']}\b)"
        rf"|(?P<{p}vague>\b{pieces['vague']}\b)"
        rf"|(?P<{p}word>\b{pieces['word_number']}\b))"
        rf"(?:(?P<{p}msuf>{pieces['mag_suffix']})|(?P<{p}mword>{pieces['mag_word']}))?"
        rf"(?:{unit_alts})?"
    )


def _build() -> tuple[re.Pattern[str], list[str]]:
    pieces = {r.name: r.pattern for r in load("numbers").rules}
    units = [(r.name, r.pattern) for r in load("units").rules]
    # not inside a name (GPT-4, ViT-B/16, Recall@10); "sim" is LaTeX \sim; "%/" or a decimal and "/" starts a slash list
    # ("43.6/47.7/50.2 mAP")
    before = (
        r"(?:(?<=(?<![A-Za-z])sim)|(?<=%/)|(?<=\.\d/)|(?<=\.\d\d/)|(?<=\.\d\d\d/)"
        + "".join(f"|(?<={regex.escape(w)})" for w in LATEX_SWITCHES)
        + r"|(?<![\w.@/^\\\-±$])|(?<=(?<![\w.])-))"
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


class Atom(NamedTuple):
    """One number: its span (sign and unit included), value and how it was written.

    A named tuple, not a frozen dataclass: built once per number, and a frozen dataclass sets
    each field through `object.__setattr__` (measured 3x slower to build)."""

    start: int
    end: int
    value: float | None
    unit: str | None  # a units.toml unit (%, pp, x, hours, minutes, tokens) or None
    unit_rule: str | None
    magnitude: float | None  # 1e9 for 7B / 7 billion
    form: str  # digits, word, special, vague, hm, name_size, mixture, fraction
    signed: str | None  # "+" or "-"
    integer: bool

    @property
    def plain(self) -> float | None:
        """The value without its magnitude (7 for 7B)."""
        if self.value is None or not self.magnitude:
            return self.value
        return self.value / self.magnitude


class Candidate(NamedTuple):
    """A regex match: one atom, or two atoms joined by `sep` (a range or a pair)."""

    a: Atom
    b: Atom | None
    sep: str | None
    rule: str

    @property
    def start(self) -> int:
        return self.a.start

    @property
    def end(self) -> int:
        return (self.b or self.a).end


def _word_value(text: str) -> float | None:
    total, current = 0.0, 0.0
    for w in _R(r"[\s\-]+").split(text.lower()):
        if w in ("and", ""):
            continue
        if w == "hundred":
            current = (current or 1) * 100
        elif w in _WORDS:
            current += _WORDS[w]
        else:
            return None
    return total + current


# group numbers of each atom's named groups, looked up once: `m.groups()` is one call per match
# and indexing it is much cheaper than formatting a group name per lookup (measured)
_PARTS = ("sign", "hm", "num", "exp", "special", "vague", "word", "msuf", "mword")
_GROUP = {p: {k: CANDIDATE.groupindex[p + k] for k in _PARTS} for p in ("a_", "b_")}
_UNIT_GROUPS = {p: [(n, CANDIDATE.groupindex[f"{p}u_{n}"] - 1) for n in UNIT_NAMES] for p in ("a_", "b_")}
_END_GROUP = {p: CANDIDATE.groupindex[p[:-1]] for p in ("a_", "b_")}


# (group number, its index in m.groups()) of each part, per atom prefix
_IDX = {p: tuple((_GROUP[p][k], _GROUP[p][k] - 1) for k in _PARTS) for p in ("a_", "b_")}


def _atom_from(m: re.Match[str], p: str) -> Atom | None:
    (
        (n_sign, i_sign),
        (n_hm, i_hm),
        (n_num, i_num),
        (_, i_exp),
        (n_special, i_special),
        (n_vague, i_vague),
        (n_word, i_word),
        (_, i_msuf),
        (_, i_mword),
    ) = _IDX[p]
    g = m.groups()
    sign = g[i_sign]
    start = m.start(n_sign) if sign else None
    form, value, integer = "digits", None, False
    if g[i_hm]:
        form = "hm"
        h, mins = _R(r"\d+").findall(g[i_hm])[:2]
        value = int(h) + int(mins) / 60
        start = start if start is not None else m.start(n_hm)
    elif g[i_num]:
        raw = g[i_num]
        integer = "." not in raw
        value = float(raw.replace(",", ""))
        exp = g[i_exp]
        if exp:
            digits = _R(r"[+\-−]?\d+\}?$").search(exp).group(0).rstrip("}").replace("−", "-")
            value *= 10.0 ** int(digits)
            integer = False
        start = start if start is not None else m.start(n_num)
    elif g[i_special]:
        form = "special"
        low = g[i_special].lower()
        value = next(v for k, v in _SPECIAL.items() if low.startswith(k))
        start = start if start is not None else m.start(n_special)
    elif g[i_vague]:
        form = "vague"
        words = g[i_vague].lower().split()
        value = _VAGUE[words[-1]] * (_VAGUE_SCALE[words[0]] if len(words) > 1 else 1.0)
        start = start if start is not None else m.start(n_vague)
    else:
        form = "word"
        value = _word_value(g[i_word])
        integer = True
        start = start if start is not None else m.start(n_word)
    if value is None:
        return None
    if sign and sign in "-−":
        value = -value
    magnitude = None
    suf = (g[i_msuf] or "").strip() or (g[i_mword] or "").strip(" -\t\n").rstrip("s")
    if suf:
        magnitude = _MAGNITUDE.get(suf.lower())
        if magnitude is None:
            return None
        if form == "digits" and not g[i_exp]:
            # from the digits, so 8.3 billion is exactly 8.3e9
            value = float(f"{g[i_num].replace(',', '')}e{_EXPONENT[magnitude]}")
            value = -value if sign and sign in "-−" else value
        else:
            value *= magnitude
    if form == "vague":
        magnitude = value
    unit_rule = None
    for name, i in _UNIT_GROUPS[p]:
        if g[i] is not None:
            unit_rule = name
            break
    return Atom(
        start,
        m.end(_END_GROUP[p]),
        value,
        UNIT_OF[unit_rule] if unit_rule else None,
        unit_rule,
        magnitude,
        form,
        ("-" if sign in "-−" else "+") if sign else None,
        integer,
    )


def _glued_switch(text: str, start: int) -> bool:
    """Digits at `start` right after a LaTeX switch (LATEX_SWITCHES)."""
    return "\\" in text[max(0, start - 15) : start] and text.endswith(LATEX_SWITCHES, 0, start)


def _matches(text: str) -> list[re.Match[str]]:
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
        found.sort(key=lambda m: (m.start(), -m.end()))
        kept: list[re.Match[str]] = []
        for m in found:
            if not kept or m.start() >= kept[-1].end():
                kept.append(m)
        found = kept
    return found


def _finite_atom(m: re.Match[str], p: str) -> Atom | None:
    """`_atom_from`, or None for a number no float holds (1e999, 400 digits): not a reported result."""
    try:
        atom = _atom_from(m, p)
    except (OverflowError, ValueError):
        return None
    if atom is None or (atom.value is not None and not math.isfinite(atom.value)):
        return None
    return atom


# "less than 1/38 of the training data": a unit fraction of a whole (form "fraction"); only
# read before "of", so dates (1/2024), ratios (1:4) and names (ViT-B/16) never become one
# ... or before a cost noun ("with only 1/7 parameters", "using less than 1/40 parameters")
_FRACTION = re.compile(
    r"/([1-9]\d{0,3})(?=(?:th)?\sof\s|\s(?:trainable\s|learnable\s)?(?:parameters|params|FLOPs|MACs|memory)\b)"
)


def _fraction(text: str, a: Atom) -> Atom:
    if a.form != "digits" or not a.integer or a.unit or a.magnitude or a.signed or not a.value:
        return a
    if a.value > 9 or text[a.start - 1 : a.start] in ("/", ":"):
        return a
    m = _FRACTION.match(text, a.end)
    if m is None:
        return a
    return a._replace(end=m.end(1), value=a.value / int(m.group(1)), form="fraction", integer=False)


def candidates(text: str) -> list[Candidate]:
    """Every number-like match in `text`, left to right, never overlapping."""
    out: list[Candidate] = []
    for m in _matches(text):
        if m.group("ns"):
            mag = _MAGNITUDE[m.group("ns_suf").lower()]
            atom = Atom(
                m.start("ns"),
                m.end("ns"),
                float(m.group("ns_num")) * mag,
                None,
                None,
                mag,
                "name_size",
                None,
                False,
            )
            out.append(Candidate(atom, None, None, "name_size"))
            continue
        if m.group("mx"):
            mag = _MAGNITUDE[m.group("mx_suf").lower()]
            value = float(m.group("mx_a")) * float(m.group("mx_b")) * mag
            atom = Atom(m.start("mx"), m.end("mx"), value, None, None, mag, "mixture", None, False)
            out.append(Candidate(atom, None, None, "mixture"))
            continue
        a = _finite_atom(m, "a_")
        if a is None:
            continue
        b = _finite_atom(m, "b_") if m.group("b") else None
        if m.group("b") and b is None:
            # keep the first atom alone; its span must end where it ends
            out.append(Candidate(a, None, None, "atom"))
            continue
        if b is None and "/" in text[a.end : a.end + 1]:
            a = _fraction(text, a)
        out.append(Candidate(a, b, m.group("sep"), "pair" if b else "atom"))
    return out
