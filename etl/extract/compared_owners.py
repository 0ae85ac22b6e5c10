"""Who owns a compared value, split out of `names.py`: the system written after "for" when a value is set
against the paper's own: a name ("compared with 77.5% for CLIP"), a later list member whose neighbours carry
digits ("3.1x for EAGLE-2 and 2.4x for Medusa"), or a system written as a lowercase noun phrase ("compared
with 47% for behavior cloning"); a plain capitalised word that names a source, platform, programming language
or subject is none ("compared with 12% for Reddit", "52% for Python"). `names.py` asks these first for a
compared score or speedup."""

from __future__ import annotations

import regex

from etl.extract.datasets import known_dataset
from etl.extract.name_words import generic_name
from etl.extract.phrases import NAME
from etl.extract.rules import load

_C = load("context")
_NP = _C["compared_system_np"].regex
_LANGUAGE = _C["language_name"].regex
# a compared value: "52.8%", "~3.1x", "2 points"
_VALUE = r"[~≈]?\d[\d.,]*(?:\s?[%x×]|\s(?:points?|pp))?"
# the second value of a compared pair before the "for" both share ("compared with 2.0x [and 1.8x] for FooDec")
_PAIR_SECOND = rf"\s?(?:(?:,\s(?:and\s)?|and\s|or\s){_VALUE}\s)?"
# the system a compared value is for: "compared with 77.5% for CLIP", "versus 7.27 for SDXL"; the
# first of a compared pair shares the name after the second ("compared with 2.0x and 1.8x for FooDec")
COMPARED_FOR = regex.compile(
    rf"{_PAIR_SECOND}(?:[\w\-]+\s)?(?:for|of|by)\s"
    rf"(?:(?P<n>the\s[a-z][\w\-]+\s{NAME})|(?:the\s)?(?P<n>{NAME}(?:\s\d+(?:\.\d+)?[BM]\b)?))(?=[\s,.;)]|$)"
)  # "for the zero-shot FooSeg": a modifier that says which FooSeg keeps its article
# "against 3.12 for the FP16 model": the model of a compared value, not of the numbers after it
COMPARED_VALUE = regex.compile(r"(?i)\b(?:against|compared\s(?:to|with)|versus|vs\.?)\s[~≈]?\d[\d.,]*\S*\s$")
# a later member of a compared list: "compared with 3.1x for EAGLE-2 and [2.4x]", "versus 52.8% for
# MemGPT-2, [48.1%]"; names in the list may carry digits
COMPARED_LIST = regex.compile(
    r"(?i)\b(?:compared\s(?:to|with)|versus|vs\.?|against)\s(?:only\s|just\s)?"
    rf"(?:{_VALUE}\sfor\s[^,;()%]{{1,40}}?(?:,\s(?:and\s)?|\s(?:and|or)\s))+$"
)
# the compared value, maybe a second value of a pair, then "for" and the words up to where the phrase ends
_FOR_PHRASE = regex.compile(
    rf"{_PAIR_SECOND}for\s"
    r"(?P<np>[^,;()]{2,50}?)(?P<post>\s(?:trained|fine-tuned|tuned|learned|built|using|without)\b)?"
    r"(?=\s?[,;)]|\.(?:\s|$)|\s(?:and|or|while|whereas|but|on|in|at|across|under|when|with|after|trained"
    r"|fine-tuned|tuned|learned|built|using|without)\b|$)"
)
# one capitalised word that is no function word: "2.4x for Medusa" (a source, platform, programming language or
# subject written the same way is no system: `compared_system_np` refuses "12% for Reddit", "52% for Python")
_WORD = regex.compile(r"^(?!(?:The|This|That|These|Those|All|Each|Both|Our|Their|Its)$)[A-Z][a-z]{2,}$")
# a head alone says nothing of which system ("for the model"), unless a participle says how it was made
_BARE = regex.compile(r"^(?:the|a|an)\s(?:models?|methods?|systems?|approach|networks?|versions?|variants?)$")


def compared_np(text: str, end: int, s_end: int) -> str | None:
    """The system noun phrase after a compared value ending at `end`: "35% for an end-to-end policy"."""
    m = _FOR_PHRASE.match(text, end, min(s_end, end + 110))
    if m is None:
        return None
    np = m.group("np")
    word = _WORD.match(np) is not None  # "2.4x for Medusa": one capitalised word, which generic_name refuses
    if not _NP.match(np) or (generic_name(np) and not word) or known_dataset(np) or _LANGUAGE.fullmatch(np):
        return None
    if _BARE.match(np) and not m.group("post"):
        return None
    return np
