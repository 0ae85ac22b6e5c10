"""Find every number in a text with its span, value, magnitude and unit, in one regex pass.

The candidate regex and the scan that runs it are in `number_scan.py`; this module reads each
match into atoms. A match is an atom (`75.15%`, `8.3 billion`, `eight times`),
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

from etl.extract.number_scan import CANDIDATE, LATEX_SWITCHES, UNIT_AT, UNIT_NAMES, UNIT_OF, number_matches

__all__ = [
    "CANDIDATE",
    "LATEX_SWITCHES",
    "UNIT_AT",
    "UNIT_NAMES",
    "UNIT_OF",
    "Atom",
    "Candidate",
    "candidates",
]

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
# the last five letters of a fraction word, to its denominator ("half", "one third", "a quarter")
_DENOMINATOR = {"half": 2, "third": 3, "arter": 4, "fifth": 5, "tenth": 10, "redth": 100}
_VAGUE = {"thousands": 1e3, "millions": 1e6, "billions": 1e9, "trillions": 1e12}
_VAGUE_SCALE = {"tens": 10.0, "hundreds": 100.0}


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
    form: str  # digits, word, special, vague, hm, name_size, mixture, fraction (1/38, half)
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


def word_value(text: str) -> float | None:
    """The value of a number written in words ("twenty-five", "half a million" as 0.5 of a million's words)."""
    total, current, scale = 0.0, 0.0, 1.0
    for w in _R(r"[\s\-]+").split(text.lower()):
        if w in ("and", ""):
            continue
        if w == "half":
            scale = 0.5  # "half a million": half of what follows
            continue
        if w == "hundred":
            current = (current or 1) * 100
        elif w in _WORDS:
            current += _WORDS[w]
        else:
            return None
    return (total + current) * scale


# group numbers of each atom's named groups, looked up once: `m.groups()` is one call per match
# and indexing it is much cheaper than formatting a group name per lookup (measured)
_PARTS = ("sign", "hm", "num", "exp", "frac", "special", "vague", "word", "msuf", "mword")
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
        (n_frac, i_frac),
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
    elif g[i_frac]:
        form = "fraction"  # "half", "one third": a share, read like 1/3 (kinds._fraction)
        value = 1.0 / _DENOMINATOR[g[i_frac].lower()[-5:]]
        start = start if start is not None else m.start(n_frac)
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
        value = word_value(g[i_word])
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
            if g[i][:1] == "}" and m.string.endswith("\\SI{", 0, start):
                start -= 4  # "\SI{76}{\percent}": siunitx's macro is part of the number's text
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


# a citation or cross-reference key ("\cite{Simonyan_14b}", "\ref{fig:3}"): a label, never a number
_CITE_KEY = re.compile(r"\\(?:cite[a-z]*|ref|eqref|label)\*?(?:\[[^\]{}]*\])?\{[^{}]*\}")


def candidates(text: str) -> list[Candidate]:
    """Every number-like match in `text`, left to right, never overlapping."""
    out = _candidates(text)
    if out and ("\\cite" in text or "ref{" in text or "\\label" in text):
        keys = [(m.start(), m.end()) for m in _CITE_KEY.finditer(text)]
        out = [c for c in out if not any(a <= c.start < b for a, b in keys)]
    return out


def _candidates(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for m in number_matches(text):
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
