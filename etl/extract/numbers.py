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
from dataclasses import dataclass
from functools import cache

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
        r"|(?<![\w.@/^\\\-±$])|(?<=(?<![\w.])-))"
    )
    name_size = r"(?P<ns>(?<=[A-Za-z0-9][\-_])(?P<ns_num>\d+(?:\.\d+)?)(?P<ns_suf>[BbMmT])(?![A-Za-z0-9]))"
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
_WORD_ANCHOR = re.compile(
    r"times|fold|thousand|million|billion|trillion|percent|doubl|tripl|quadrupl|twice|thrice|hundred"
)
UNIT_OF = {r.name: r.unit for r in load("units").rules}
# a unit on its own, at the start of a text (the unit written after the last member of a list)
UNIT_AT = re.compile("|".join(f"(?P<{r.name}>{r.pattern})" for r in load("units").rules))


@dataclass(frozen=True, slots=True)
class Atom:
    """One number: its span (sign and unit included), value and how it was written."""

    start: int
    end: int
    value: float | None
    unit: str | None  # a units.toml unit (%, pp, x, hours, minutes, tokens) or None
    unit_rule: str | None
    magnitude: float | None  # 1e9 for 7B / 7 billion
    form: str  # digits, word, special, vague, hm, name_size, mixture
    signed: str | None  # "+" or "-"
    integer: bool

    @property
    def plain(self) -> float | None:
        """The value without its magnitude (7 for 7B)."""
        if self.value is None or not self.magnitude:
            return self.value
        return self.value / self.magnitude


@dataclass(frozen=True, slots=True)
class Candidate:
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


def _atom_from(m: re.Match[str], p: str) -> Atom | None:
    gi = _GROUP[p]
    g = m.groups()
    sign = g[gi["sign"] - 1]
    start = m.start(gi["sign"]) if sign else None
    form, value, integer = "digits", None, False
    if g[gi["hm"] - 1]:
        form = "hm"
        h, mins = _R(r"\d+").findall(g[gi["hm"] - 1])[:2]
        value = int(h) + int(mins) / 60
        start = start if start is not None else m.start(gi["hm"])
    elif g[gi["num"] - 1]:
        raw = g[gi["num"] - 1]
        integer = "." not in raw
        value = float(raw.replace(",", ""))
        exp = g[gi["exp"] - 1]
        if exp:
            digits = _R(r"[+\-−]?\d+\}?$").search(exp).group(0).rstrip("}").replace("−", "-")
            value *= 10.0 ** int(digits)
            integer = False
        start = start if start is not None else m.start(gi["num"])
    elif g[gi["special"] - 1]:
        form = "special"
        low = g[gi["special"] - 1].lower()
        value = next(v for k, v in _SPECIAL.items() if low.startswith(k))
        start = start if start is not None else m.start(gi["special"])
    elif g[gi["vague"] - 1]:
        form = "vague"
        words = g[gi["vague"] - 1].lower().split()
        value = _VAGUE[words[-1]] * (_VAGUE_SCALE[words[0]] if len(words) > 1 else 1.0)
        start = start if start is not None else m.start(gi["vague"])
    else:
        form = "word"
        value = _word_value(g[gi["word"] - 1])
        integer = True
        start = start if start is not None else m.start(gi["word"])
    if value is None:
        return None
    if sign and sign in "-−":
        value = -value
    magnitude = None
    suf = (g[gi["msuf"] - 1] or "").strip() or (g[gi["mword"] - 1] or "").strip(" -\t\n").rstrip("s")
    if suf:
        magnitude = _MAGNITUDE.get(suf.lower())
        if magnitude is None:
            return None
        if form == "digits" and not g[gi["exp"] - 1]:
            # from the digits, so 8.3 billion is exactly 8.3e9
            value = float(f"{g[gi['num'] - 1].replace(',', '')}e{_EXPONENT[magnitude]}")
            value = -value if sign and sign in "-−" else value
        else:
            value *= magnitude
    if form == "vague":
        magnitude = value
    unit_rule = next((n for n, i in _UNIT_GROUPS[p] if g[i] is not None), None)
    return Atom(
        start=start,
        end=m.end(_END_GROUP[p]),
        value=value,
        unit=UNIT_OF[unit_rule] if unit_rule else None,
        unit_rule=unit_rule,
        magnitude=magnitude,
        form=form,
        signed=("-" if sign in "-−" else "+") if sign else None,
        integer=integer,
    )


def _matches(text: str) -> list[re.Match[str]]:
    """CANDIDATE matches, leftmost first, without running the big regex at every position."""
    found: list[re.Match[str]] = []
    end = -1
    for d in _DIGITS.finditer(text):
        start = d.start()
        if start < end:
            continue
        prev = text[start - 1] if start else " "
        if prev.isalpha() and text[start - 3 : start] != "sim":
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
    if not any(w in low for w in _ANCHOR_WORDS):  # substring tests are much cheaper than a scan
        return found
    windows = [
        (max(0, w.start() - 40), min(len(text), w.end() + 40))
        for w in _WORD_ANCHOR.finditer(low)
        if w.start() == 0 or not low[w.start() - 1].isalpha()
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
        out.append(Candidate(a, b, m.group("sep"), "pair" if b else "atom"))
    return out
