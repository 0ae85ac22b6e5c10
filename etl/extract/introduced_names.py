"""A name the abstract gives its own system outside a "we propose X" sentence, asked last by `proposed.py`:
set off by commas after the kind of system it is in a first-person sentence ("We distil their scores into a
compact student, FooIR.", "We pretrain a phoneme recognizer, FooPhone, on"), or before it ("We rerank candidates
with FooRank, an entailment-based scorer"); "We describe FooDB, a ..."; "We pretrain FooDoc on ..."; "The
extended model, Foo-M, shortens ..."; "Our compute-optimal Foo-650M matches ...". A first-person sentence
whose verb takes up someone else's system ("We compare with FooBERT, a strong encoder") names none."""

from __future__ import annotations

import regex

from etl.extract.dataset_names import known_dataset
from etl.extract.gazetteer import Gazetteer
from etl.extract.name_words import GENERIC_ARCH, namey
from etl.extract.phrases import NAME, NOT_DATASET, SENT_START, occurrences
from etl.extract.rules import load
from etl.extract.written_as_data import data_set_name

__all__ = ["introduced_name"]

_C = load("context")
_HEAD = "(?:" + _C["system_noun"].pattern + "|" + _C["introduced_head"].pattern + ")"
_OWN_HEAD = _C["own_appositive_head"].pattern
_USING = _C["using_verb"].pattern
_BASELINE_MOD = _C["baseline_modifier"].pattern
# a name as the paper coins it: a token with an inner capital or digit, or one capitalised word ("Tidal")
_COINED = rf"(?:{NAME}|[A-Z][a-z]{{3,}}(?:-[A-Z][\w]*)?)(?:\+{{1,2}})?"
_WE = r"\b(?:[Ww]e|[Tt]his\s(?:paper|work|report|article|study))\s(?:(?:first|then|also|further|additionally)\s)?"
# what marks an appositive's system as someone else's: "a recent parser, UDPipe", "a commercial translator, X"
_OTHERS = (
    r"(?:recent(?:ly)?|commercial|popular|public(?:ly)?|existing|widely|well-known|open-source|proprietary"
    r"|third-party|external|competing|prior|previous|state-of-the-art|much|larger|standard|frontier"
    r"|closed-source)"
)
# between the verb and the name: a comparison, an attack or an audit makes the name the other side's ("We
# outperform a recent parser, UDPipe", "We break a defense, ShieldNet", "We red-team a chat assistant, FooChat")
_OTHER_SIDE = regex.compile(
    r"(?i)\b(?:than|over|versus|vs\.?|against|compared|outperform\w*|beat\w*|surpass\w*|exceed\w*|match\w*"
    r"|break\w*|attack\w*|fool\w*|jailbreak\w*|evad\w*|hallucinations?|red-?team\w*|audit\w*|prob(?:e|es|ed|ing))\b"
)
# a name (or its appositive) after a preposition of place or source is data or a tool the system works on
# ("We link entities to Wikidata, a collaborative database", "posts from a discussion service, Reddit")
_PLACE_BEFORE = regex.compile(r"(?i)\b(?:to|from|over|on|in|via|through|against|than|across)\s$")
# the verb of the first-person sentence, not one of use: "We distil ...", not "We compare with ..."
_OWN_VERB = rf"(?!{_USING}\b)[a-z][\w\-]*\b"
# "a compact student, FooIR", "a phoneme recognizer, FooPhone, on": the kind, then the name set off
_HEAD_THEN_NAME = regex.compile(
    _WE
    + _OWN_VERB
    + r"[^.;:!?]{0,100}?\b(?P<art>an?|our)\s(?:(?!"
    + _BASELINE_MOD
    + r"\b|off-the-shelf\b|pre-?trained\b|"
    + _OTHERS
    + r"\b)"
    r"[\w\-]+\s){0,4}?" + _HEAD + rf",\s(?:(?:called|named|dubbed|termed)\s)?(?P<n>{_COINED})"
    r"(?=[,.;:]|\s\(|\s(?:on|with|that|which|to|for|in|using)\b)"
)
# "with FooRank, an entailment-based scorer": the name, then its kind
_NAME_THEN_HEAD = regex.compile(
    _WE
    + _OWN_VERB
    + rf"[^.;:!?]{{0,100}}?\s(?P<n>{_COINED}),\s(?:an?)\s(?:(?!"
    + _BASELINE_MOD
    + r"\b|off-the-shelf\b|pre-?trained\b|"
    + _OTHERS
    + r"\b)[\w\-]+\s){0,4}?"
    + _HEAD
    + r"\b"
)
# "We describe FooDB, a key-value store", "This paper describes FooASR (...)"
_DESCRIBED = regex.compile(_WE + rf"describes?\s(?P<n>{_COINED})(?=,\s(?:an?|the)\s|\s\()")
# "We pretrain FooDoc on 11 million pages": the paper's own model, trained from scratch
_TRAINED = regex.compile(_WE + rf"(?:pre-?train|train)\s(?P<n>{_COINED})\s(?:on|with|using|from)\b")
# "The extended model, Foo-M, shortens": a system the paper made, set off after its kind
_MADE_APPOSITIVE = regex.compile(
    r"(?:^|(?<=[.!?]\s))The\s(?:extended|adapted|fine-tuned|finetuned|distilled|pruned|merged|combined|enhanced"
    r"|improved|augmented|compressed|quantized|final|new)\s(?:[\w\-]+\s)?"
    + _OWN_HEAD
    + rf",\s(?P<n>{_COINED}),"
)
# "Our compute-optimal Foo-650M matches": "our", a modifier or two, the name and its verb
_OUR_MODIFIED = regex.compile(
    rf"\b[Oo]ur\s(?:[a-z][\w\-]*\s){{1,2}}(?P<n>{NAME})\s(?:is\s|also\s)?(?:achieves|outperforms|obtains|improves"
    r"|surpasses|reaches|yields|sets|attains|performs|runs|reduces|matches|beats|exceeds|uses)\b"
)
_WORD = regex.compile(r"^[A-Z][a-z]{3,}$")
# patterns whose name must recur in the abstract (a name used once there may be a tool, not the system)
_ONCE_IS_ENOUGH = (_MADE_APPOSITIVE, _OUR_MODIFIED)
_APPOSED = (_HEAD_THEN_NAME, _NAME_THEN_HEAD)


def introduced_name(abstract: str) -> str | None:
    """The first coined name a first-person sentence (or "The extended model, X," / "Our ... X achieves")
    gives the paper's own system, when nothing else named it."""
    found: list[tuple[int, str]] = []
    for pattern in (_HEAD_THEN_NAME, _NAME_THEN_HEAD, _DESCRIBED, _TRAINED, _MADE_APPOSITIVE, _OUR_MODIFIED):
        for m in pattern.finditer(abstract):
            name = m.group("n")
            if pattern in _APPOSED and _someone_elses(m):
                continue
            if _fits(name, abstract, recur=pattern not in _ONCE_IS_ENOUGH):
                found.append((m.start("n"), name))
                break
    return min(found)[1] if found else None


def _someone_elses(m: regex.Match[str]) -> bool:
    """An appositive name the sentence compares with, attacks, or reads from: not the paper's system."""
    anchor = m.start("art") if "art" in m.re.groupindex else m.start("n")
    head = m.string[m.start() : anchor]
    return (
        _OTHER_SIDE.search(head) is not None
        or _PLACE_BEFORE.search(m.string[max(0, anchor - 10) : anchor]) is not None
    )


def _fits(name: str, abstract: str, recur: bool) -> bool:
    """A coined name: not a generic word, a known model or data set, nor a name the abstract uses as data."""
    word = _WORD.match(name) is not None  # "Tidal": one capitalised word, a name here
    return (
        (namey(name) or word)
        and name not in SENT_START
        and (word or not NOT_DATASET.match(name))
        and not GENERIC_ARCH.match(name)
        and Gazetteer.load().models.lookup(name) is None
        and not known_dataset(name)
        and not data_set_name(name, abstract)
        and (not recur or len(occurrences(name, abstract)) >= 2)
    )
