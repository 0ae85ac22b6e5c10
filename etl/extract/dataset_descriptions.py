"""Data sets a sentence describes instead of naming ("on three real-world datasets", "across 6
benchmarks", "on a large-scale dataset"). The guideline's dataset is the data set "as written", and the
arXiv gold sets write such descriptions ("two real-world datasets"), so a result with no named data set
takes the description its clause gives. Leaderboards rank named data sets only (a description has no
dataset_id). Whether a number is measured on data sets it does not name at all is read here too."""

from __future__ import annotations

from functools import lru_cache

import regex

from etl.extract.dataset_names import dataset_mentions, known_mentions
from etl.extract.kinds import Found
from etl.extract.rules import load
from etl.records import Kind

_C = load("context")
_DESCRIBED = _C["described_data"].regex
# data a model was pre-trained or transferred from is not what a number was measured on
_SOURCE = _C["source_cue"].regex
# the preposition that makes a description the place a number was measured
_ON = regex.compile(r"\b(?:on|across|over|in|using|from|for)\s$")
# a description after a number is read in its clause only: near, before the next number, with no ";" or
# enumeration marker between
_NEAR = 200
_BREAK = regex.compile(r";|\((?:i{1,3}|iv|v|\d)\)")


@lru_cache(maxsize=64)
def _descriptions(text: str, s_start: int, s_end: int) -> tuple[tuple[int, int], ...]:
    """Spans of the sentence's data-set descriptions after on/across/over/in/using (once per sentence)."""
    out = []
    for m in _DESCRIBED.finditer(text, s_start, s_end, overlapped=True):
        before = max(s_start, m.start() - 60)
        if _ON.search(text, max(s_start, m.start() - 8), m.start()) and not any(
            c.end() == m.start() for c in _SOURCE.finditer(text, before, m.start())
        ):
            out.append((m.start(), m.end()))
    return tuple(out)


def described_after(text: str, s_start: int, s_end: int, end: int, upto: int | None = None) -> str | None:
    """The first description after a number that ends at `end`, in its clause and before the next
    number (at `upto`): "by 3.5% across 20 benchmarks"."""
    stop = min(end + _NEAR, upto if upto is not None else s_end)
    for a, b in _descriptions(text, s_start, s_end):
        if end <= a <= stop and not _BREAK.search(text, end, a):
            return text[a:b]
    return None


def described_before(
    text: str, s_start: int, s_end: int, start: int, *, evaluated_only: bool = False
) -> str | None:
    """The last description before a number that starts at `start`: "Experiments on three real-world
    datasets show that X gains 5%". With `evaluated_only`, only one the sentence says the evaluation ran
    on (what replaces a data set named in an earlier sentence), not "unlike work that relies on many
    datasets"."""
    spans = [s for s in _descriptions(text, s_start, s_end) if s[1] <= start]
    if evaluated_only:
        spans = [s for s in spans if _EVALUATED.search(text, max(s_start, s[0] - 60), s[0])]
    return text[spans[-1][0] : spans[-1][1]] if spans else None


# a description that holds a name but is not that data set: "on two adversarial SQuAD datasets" (variants
# made from SQuAD), "on a secret, ImageNet-like test dataset"; a count or an article opens it
_WRAPS = regex.compile(r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|an?)\s")


def wrapping_description(text: str, s_start: int, s_end: int, name: str) -> str | None:
    """The description that a name the sentence gives sits inside, as written, when it opens with a count
    or an article: the data set is the described one, not the name's."""
    spans = [s for s in _descriptions(text, s_start, s_end) if _WRAPS.match(text, s[0])]
    if not spans:
        return None
    i = text.find(name, s_start, s_end)
    while i >= 0:
        for a, b in spans:
            if a < i and i + len(name) < b:
                return text[a:b]
        i = text.find(name, i + 1, s_end)
    return None


# the words that make a description the data an evaluation ran on: "Extensive experiments on three
# datasets", "state-of-the-art performance on three challenging datasets", "We evaluate FooNet on two
# public benchmarks"; or the place of another value of the sentence: "it achieved 50.6% accuracy on a secret,
# ImageNet-like test dataset ..., surpassing the runner-up by 10%"
_EVALUATED = regex.compile(
    r"(?:\b(?:experiments?|evaluations?|results?|tests?|evaluat\w*|test(?:ed|ing)|validat\w*|performance"
    r"|benchmark(?:ed|ing))|\d\s?(?:\\?%|points?)?)\s(?:[\w\-]+\s){0,3}?(?:on|across|over|in)\s$"
)


# "by 3.5% across 20 benchmarks", "on average over six datasets": measured on data sets it does not name
_UNNAMED_DATA = regex.compile(
    r"\s?(?:[\w\-]+\s){0,3}?(?:on|across|over|in)\s(?:all\s|the\s)?(?:\d+|two|three|four|five|six|seven|eight|nine"
    r"|ten|eleven|twelve|multiple|several|various|diverse|many|numerous)\s(?:[a-z][\w\-]*\s){0,2}?"
    r"(?:benchmarks|datasets|data\ssets|corpora|tasks|test\ssets)\b(?!\s(?:including|such\sas|like)\b|\s?[(:])"
    r"(?!\s(?:from|of)\s(?:the\s)?[A-Z])"  # "on 180 datasets from OpenML": the whole is named
)


# "to a dataset containing 2 million entities", "on an even more challenging dataset generated from ...":
# a data set the sentence introduces without a name, so an earlier sentence's name does not carry
_INDEFINITE_DATA = regex.compile(
    r"(?<!,\s|:\s|\s-\s|\s—\s|\sis\s|\swas\s)\b(?:[Aa]n?|[Aa]nother)\s(?:(?!(?:subset|part|portion|split|variant|version)\b)[\w\-]+\s){0,4}?"
    r"(?:dataset|data\sset|benchmark|corpus|test\sset|collection)\b(?!\s(?:of|called|named|dubbed)\s[A-Z])"
)


def unnamed_data(found: Found, text: str, s_end: int, s_start: int | None = None) -> bool:
    """Whether the words after a number say it was measured on data sets it does not name; with
    `s_start`, also whether its sentence measures it on a data set it introduces without a name, or
    averages it over the several data sets it names."""
    if _UNNAMED_DATA.match(text, found.end, min(s_end, found.end + 100)) is not None:
        return True
    return (
        s_start is not None
        and found.kind is not Kind.DATA_SIZE  # "We present a new corpus of 7K samples": the one proposed
        and (
            _introduces_unnamed_data(text, s_start, s_end) or averaged_over_list(found, text, s_start, s_end)
        )
    )


# a value that is an average over data sets: "on average an improvement of 12.0", "with an average +5.3 and up
# to +18 accuracy improvements", "an average gain of 2.1 points", "2.1 points on average" (not "an average
# accuracy of 79.8%": a metric averaged within one benchmark's tasks)
_AVERAGE_BEFORE = regex.compile(
    r"(?:\bon\saverage|\ban\saverage(?:\sof)?|\baverage[sd]?\s(?:improvements?|gains?|increases?|boosts?)\sof)"
    r"(?:\s(?:an?|of|by|absolute|relative|improvements?|gains?|increases?|boosts?|margins?)){0,3}?\s(?:(?:up\sto|about|around|nearly|over)\s)?[+\-]?(?:\d[\d.]*\s?\\?%?\s(?:and|or)\s"
    r"(?:(?:up\sto|about|around|nearly|over)\s)?[+\-]?)?$"
)
_AVERAGE_AFTER = regex.compile(r"\s?(?:[\w\-%]+\s){0,2}?on\saverage\b")
# the value's own place right after it: "on average by 4.15% for MIMIC and 7.64% for TADPOLE"
_OWN_PLACE = regex.compile(r"\s?(?:[\w\-{}\\]+\s){0,2}?(?:on|for|in)\s(?:the\s)?[A-Z]")


def averaged_over_list(found: Found, text: str, s_start: int, s_end: int) -> bool:
    """Whether a value is an average (or its companion maximum) over the two or more data sets its
    sentence names: measured on none of them alone, so no one of them, nor an earlier one, is its place."""
    if _OWN_PLACE.match(text, found.end, s_end) or not (
        _AVERAGE_BEFORE.search(text, max(s_start, found.start - 70), found.start)
        or _AVERAGE_AFTER.match(text, found.end, min(s_end, found.end + 30))
    ):
        return False
    named = {n for _, n in (*dataset_mentions(text, s_start, s_end), *known_mentions(text, s_start, s_end))}
    return len(named) >= 2


# a size of data the paper makes itself: "we create a set of 1 million synthetic QA pairs", "200K questions
# were generated with templates"; no data set an earlier sentence named is what it is the size of
_MADE_STEM = r"(?:creat|generat|collect|construct|buil[dt]|curat|synthesi[sz]|gather|crawl|compil|assembl)"
_MADE = _MADE_STEM + r"\w*"
_WE_MADE = regex.compile(
    rf"\b[Ww]e\s(?:[a-z]+ly\s|also\s|further\s|then\s|first\s)?{_MADE}\s(?:(?![.;])[^\d])*$"
)
_MADE_AFTER = regex.compile(
    rf"(?:\s[\w\-]+){{1,4}}?\s(?:are|were|is|was|have\sbeen|has\sbeen)\s(?:[a-z]+ly\s)?{_MADE_STEM}ed\b"
)


# a size the sentence points back to, of data named before: "from its 960 hours", "The 118K training images
# were collected": no data made here
_POINTS_BACK = regex.compile(r"(?i)\b(?:its|their|the|these|those)\s(?:[a-z][\w\-]*\s){0,2}$")


# a verb that makes a data set the paper's own: "we construct a ... dataset (WMC)", "we release FooSet"
_MADE_OWN = regex.compile(rf"\b(?:{_MADE_STEM}|introduc|present|releas|develop)\w*\s(?:(?![.;])[^\d])*$")


def made_here(found: Found, text: str, s_start: int, s_end: int, prior: str | None) -> bool:
    """Whether a data size is of data its sentence says the authors made (and names no data set of),
    so that `prior`, the data set an earlier sentence named, is not what it is the size of; unless the
    abstract made that one too ("we construct a ... dataset (WMC) ... we finally build a dataset
    comprising 8,888 motions")."""
    if _POINTS_BACK.search(text, max(s_start, found.start - 40), found.start) or not (
        _WE_MADE.search(text, max(s_start, found.start - 80), found.start)
        or _MADE_AFTER.match(text, found.end, s_end)
    ):
        return False
    if prior is None:
        return True
    a = text.find(prior, 0, s_start)
    while a >= 0:
        if _MADE_OWN.search(text, max(0, a - 120), a):
            return False
        a = text.find(prior, a + 1, s_start)
    return True


@lru_cache(maxsize=64)
def _introduces_unnamed_data(text: str, s_start: int, s_end: int) -> bool:
    """Read once per sentence: its numbers share the answer."""
    if text.find(" a", s_start, s_end) < 0 and text.find("A", s_start, s_end) < 0:
        return False
    return _INDEFINITE_DATA.search(text, s_start, s_end) is not None
