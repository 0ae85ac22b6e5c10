"""Daily-papers text listings: page chrome dropped, then titles paired with abstracts by structure.

Two layouts: paragraphs separated by blank lines, or one line per title and one per abstract.
Titles are told from abstracts by shape (length, sentences), never by rules for given titles.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from etl.errors import RuleError
from etl.ingest.text import split_lines
from etl.records import RejectReason

CHROME_PATH = Path(__file__).resolve().parent / "chrome.toml"

_SENTENCE_BREAK = re.compile(r"[.!?][\"')\]]?\s+[A-Z(\"]")
ABSTRACT_MIN_CHARS = 250


@dataclass(frozen=True, slots=True)
class Chrome:
    """Recognises page chrome lines, and chrome glued to the start of a title."""

    keys: frozenset[str]
    dates: tuple[re.Pattern[str], ...]
    glue: re.Pattern[str] | None

    def is_chrome(self, line: str) -> bool:
        s = line.strip()
        return _fold(s) in self.keys or any(p.match(s) for p in self.dates)

    def strip_glued(self, line: str) -> str:
        if self.glue is None:
            return line
        while True:
            m = self.glue.match(line)
            if not m:
                return line
            line = line[m.end() :]


def _fold(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


@cache
def load_chrome(path: Path = CHROME_PATH) -> Chrome:
    """Load and check the chrome rules; each example must come out as it says."""
    where = str(path)
    try:
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise RuleError(f"cannot read chrome rules: {exc}", where=where) from exc
    phrases = doc.get("phrases", [])
    if not phrases or not all(isinstance(p, str) and p.strip() for p in phrases):
        raise RuleError("`phrases` must be a non-empty list of strings", where=where)
    try:
        dates = tuple(re.compile(p) for p in doc.get("dates", []))
    except (re.error, TypeError) as exc:
        raise RuleError(f"bad date pattern: {exc}", where=where) from exc
    glue_min = int(doc.get("glue_min", 6))
    gluable = sorted((p for p in phrases if len(p) >= glue_min), key=len, reverse=True)
    glue = None
    if gluable:
        alts = "|".join(r"\s*".join(re.escape(w) for w in p.split()) for p in gluable)
        glue = re.compile(rf"^\s*(?i:{alts})(?=[^\sa-z])")
    chrome = Chrome(frozenset(_fold(p) for p in phrases), dates, glue)
    bad = [e["line"] for e in doc.get("examples", []) if chrome.is_chrome(e["line"]) != e["chrome"]]
    bad += [g["line"] for g in doc.get("glued", []) if chrome.strip_glued(g["line"]) != g["rest"]]
    if bad:
        raise RuleError(f"examples not met: {bad}", where=where, hint="fix the rules or the examples")
    return chrome


@dataclass(frozen=True, slots=True)
class ListingItem:
    """One listing record: a title/abstract pair, or a lone unit with the reason it is refused."""

    line: int
    title: str | None
    abstract: str | None
    reason: RejectReason | None = None
    raw: str = ""


def looks_like_abstract(text: str) -> bool:
    if len(text) >= ABSTRACT_MIN_CHARS:
        return True
    if len(_SENTENCE_BREAK.findall(text)) >= 2:
        return True
    return text.endswith(".") and len(text.split()) >= 12


def units(text: str, chrome: Chrome | None = None) -> list[tuple[int, str]]:
    """Paragraphs (blank-line layout) or lines (line-per-unit layout), chrome removed, with line numbers."""
    chrome = chrome or load_chrome()
    content: list[tuple[int, str] | None] = []  # None marks a gap (blank or chrome line)
    for n, line in enumerate(split_lines(text), start=1):
        s = chrome.strip_glued(line.strip())
        content.append(None if not s or chrome.is_chrome(s) else (n, s))
    lines = [c for c in content if c is not None]
    paragraphs: list[tuple[int, str]] = []
    current: list[tuple[int, str]] = []
    for c in [*content, None]:
        if c is not None:
            current.append(c)
        elif current:
            paragraphs.append((current[0][0], "\n".join(s for _, s in current)))
            current = []
    # Blank-line layout when most units stand alone; a few gaps (chrome, page breaks) do not count.
    return paragraphs if (len(paragraphs) - 1) * 4 >= len(lines) else lines


def parse_listing(text: str, chrome: Chrome | None = None) -> list[ListingItem]:
    """Pair titles with the abstracts that follow them; lone titles and abstracts are refused."""
    us = units(text, chrome)
    items: list[ListingItem] = []
    i = 0
    while i < len(us):
        line, unit = us[i]
        if looks_like_abstract(unit):
            items.append(ListingItem(line, None, unit, RejectReason.MISSING_TITLE, unit))
            i += 1
            continue
        nxt = us[i + 1][1] if i + 1 < len(us) else None
        after = us[i + 2][1] if i + 2 < len(us) else None
        if nxt is None or (not looks_like_abstract(nxt) and after is not None and looks_like_abstract(after)):
            items.append(ListingItem(line, unit, None, RejectReason.MISSING_ABSTRACT, unit))
            i += 1
            continue
        items.append(ListingItem(line, unit, nxt, None, f"{unit}\n{nxt}"))
        i += 2
    return items
