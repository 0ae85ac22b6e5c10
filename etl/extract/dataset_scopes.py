"""Which of a sentence's places a number is in the scope of, when the nearest one is not its own: a place
named before the number scopes its clause up to a second conjunct that brings its own ("on CIFAR-10 ...
by a factor of 4 ... and by a factor of 2 on STL-10": 4 is CIFAR-10's); a data set a model was trained on
is not where a number was measured when the number has its own "on" place ("When trained only on PubMed,
it achieves 46.29 ROUGE-1 on arXiv"); a data set in brackets right after a value is its own ("1.55 days
(eICU) and 2.28 days (MIMIC-IV)")."""

from __future__ import annotations

import regex

from etl.extract.dataset_lexicon import known_dataset
from etl.extract.dataset_names import dataset_mentions
from etl.extract.dataset_tasks import CLAUSE_BREAK
from etl.extract.kinds import Found
from etl.extract.phrases import NAME

# a second conjunct with its own value between a number and the "on Y" after it: "and by a factor of 2 on
# STL-10", "and by 2.1% on Y"
_SECOND_CONJUNCT = regex.compile(r"\band\s(?:[\w\-]+\s){0,4}?by\s(?:[a-z]+\s){0,3}?[+\-]?\d")
_ON_BEFORE = regex.compile(r"\b(?:on|in)\s(?:the\s)?$")


def scoped_before(text: str, s_start: int, start: int, gap_end: int, end: int) -> str | None:
    """The data set an "on X" before a number (at `start`, ending at `end`) names, when the "on Y" after it
    (the words up to `gap_end`) closes a second conjunct with a value of its own; else None."""
    if _SECOND_CONJUNCT.search(text, end, gap_end) is None:
        return None
    for a, name in reversed(dataset_mentions(text, s_start, start)):
        if _ON_BEFORE.search(text, max(s_start, a - 12), a) and not CLAUSE_BREAK.search(text, a, start):
            return name
    return None


# "When trained only on PubMed,", "models trained solely on X": a training set, said as such
_TRAINED_ON = regex.compile(r"\btrained\s(?:only\s|solely\s|exclusively\s|just\s)?on\s(?:the\s)?$")
# the value's own place right after it, a name with a capital: "46.29 ROUGE-1 score on arXiv"
_OWN_ON = regex.compile(r"\s?(?:[\w\-]+\s){0,3}?(?:on|in)\s(?:the\s)?[a-z]*[A-Z]")


def trained_elsewhere(found: Found, text: str, s_start: int, s_end: int, name: str) -> bool:
    """Whether `name` is only the data a model was trained on while the number names its own place."""
    a = text.find(name, s_start, s_end)
    return (
        a >= 0
        and _TRAINED_ON.search(text, max(s_start, a - 30), a) is not None
        and _OWN_ON.match(text, found.end, s_end) is not None
    )


# "1.55 days (eICU)": a data set the gazetteer knows, in brackets right after the value
_PAREN_AFTER = regex.compile(
    rf"(?:\s[\w\-]+){{0,2}}?\s?\((?:on\s)?(?:the\s)?(?P<d>{NAME}|[A-Z][a-z]{{2,}}[\w\-]*)\)"
)


def paren_after(found: Found, text: str, s_end: int) -> str | None:
    """The known data set written in brackets right after a value, or None."""
    m = _PAREN_AFTER.match(text, found.end, s_end)
    return m.group("d") if m and known_dataset(m.group("d")) else None
