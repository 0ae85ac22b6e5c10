"""A new name that acts as a sentence's subject ("FooQuant learns rotations ... FooQuant runs 2.7x faster") as
the paper's own method, when something ties it to the paper (the title names or spells it, "we propose ... X",
"our X", the code repository, or an abstract that never speaks of its authors); split out of `proposed.py`,
which asks it last, when no proposal sentence names the method."""

from __future__ import annotations

import regex

from etl.extract.dataset_names import known_dataset
from etl.extract.gazetteer import Gazetteer
from etl.extract.name_words import namey
from etl.extract.phrases import NAME, NOT_DATASET, SENT_START, word_spots
from etl.extract.written_as_data import data_set_name

__all__ = ["acting_name"]

# a name that opens a sentence as the subject of a present-tense verb: "FooQuant learns rotations that",
# "FooDraft adapts draft heads", "FooNet is a lightweight detector"; with no proposal sentence, a new
# name (no known model or data set) written so at least twice is the paper's own system
_ACTING_NAME = regex.compile(
    rf"(?:^|(?<=[.!?]\s))(?P<n>{NAME})\s(?:(?:also|further|then|first|thus|therefore)\s)?"
    r"(?:is\s(?:an?|the)\s"
    r"|(?!(?:contains|consists|includes|requires|suffers)\b|[a-z]*(?:ings|ions|ures|ights|puts|ments|ors)\b)"
    r"[a-z]{3,}[^s\W]s\b(?!\s(?:are|were|have|had|can|could|may|might|will|would|should|must|do|did)\b))"
)  # not a plural noun ("FooNet embeddings are large", "FooNet vectors have"): no verb of the name's
# a sentence that says the name is data, not a system (nor is it one when it acts later): "PolyWeb is a
# collection of 2M documents. PolyWeb covers low-resource scripts."
_IS_DATA = regex.compile(
    r"\s(?:is|was)\s(?:an?|the)\s(?:[\w\-]+\s){0,3}?(?:collection|corpus|dataset|data\sset|benchmark|suite"
    r"|simulator|environment|library|repository|archive|crawl)\b"
)


_ABSTRACT_LEN = 2500
_BODY = regex.compile(r"\\end\{abstract\}|\\section\b")


# what ties a name to the paper rather than to a system it studies: "we (...) propose/introduce/develop/
# construct ... X", "by proposing a framework called ... (X)", "we distill A into X", "our (new) X", "a method
# called/named/dubbed X", the paper's code repository before it; "X, our ..." or "X is our ..." after it
_TIED_BEFORE = regex.compile(
    r"(?:\b(?:[Ww]e|[Tt]his\s(?:paper|work|study|article|thesis))\s(?:[^.!?]{0,60}?\s)?(?:propose|introduce"
    r"|present|develop|design|construct|devise|create|release|distil|build(?!s?\s(?:on|upon)\b))\w*\b"
    r"[^.!?]{0,120}|\b(?:propos|introduc|present|develop)ing\b[^.!?]{0,120}|\b[Oo]ur\s(?:[\w\-]+\s){0,3}"
    r"|\b(?:called|named|dubbed|termed)\s(?:as\s)?|(?:github|gitlab)\.com/(?:[\w.\-]+/)+"
    r"|\b[Ww]e\s(?:(?:first|then|also)\s)?(?:train|fine-tune|pre-?train)\s|,\s(?:yielding|producing|resulting\sin)\s)$"
)  # "code is available at github.com/someone/FooCAM": the paper's code repository named after it; "We train
# FooRL, a policy", "we fine-tune a Whisper model ..., yielding FooASR": the paper's own model
_TIED_AFTER = regex.compile(r"(?:,|\sis)\s(?:also\s)?our\b")
# a name built from the title's words: "PSI-KT" of "Predictive, Scalable and Interpretable Knowledge
# Tracing", "SimpleTOD" of "... Task-Oriented Dialogue", "RotQ" of "... Learned Rotations"
_NAME_PIECE = regex.compile(r"[A-Z]{2,}(?![a-z])|[A-Z][a-z]{2,}|[a-z]{3,}")
_TITLE_WORD = regex.compile(r"[A-Za-z]+")
_MINOR = frozenset(
    {"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "the", "to", "via", "with"}
)


def _from_title(name: str, title: str) -> bool:
    """Whether a piece of the name is the initials of title words ("TOD": Task-Oriented Dialogue) or a cut
    title word ("Rot": Rotations); a whole common word ("Weather" of "Pangu-Weather") ties nothing."""
    words = [w for w in _TITLE_WORD.findall(title) if w.lower() not in _MINOR]
    initials = "".join(w[0] for w in words).upper()
    for piece in _NAME_PIECE.findall(name):
        if piece.isupper():
            if piece in initials:
                return True
        elif any(len(w) >= len(piece) + 2 and w.lower().startswith(piece.lower()) for w in words):
            return True
    return False


def _tied_to_paper(name: str, title: str, abstract: str) -> bool:
    """Whether the title names (or spells) the name or the abstract calls it the paper's own: a name that
    only acts ("Pangu-Weather predicts ...") may be a system an analysis paper studies."""
    return (
        bool(word_spots(name, title))
        or _from_title(name, title)
        or any(
            _TIED_BEFORE.search(abstract, max(0, i - 160), i) or _TIED_AFTER.match(abstract, i + len(name))
            for i in word_spots(name, abstract)
        )
    )


# an abstract that never speaks of its authors ("we", "our", "this paper"): a new name that first appears
# acting ("FooNet encodes ... FooNet attains") is the system it presents, not one it studies
_FIRST_PERSON = regex.compile(
    r"\b(?:[Ww]e|[Oo]urs?|[Uu]s|[Tt]his\s(?:paper|work|study|article|thesis|survey|report|benchmark))\b"
)


def acting_name(title: str, abstract: str) -> str | None:
    """The first new name tied to the paper that acts as a sentence's subject and recurs in the abstract."""
    models = Gazetteer.load().models
    end = _BODY.search(abstract, 0, _ABSTRACT_LEN)  # not a full text's later sections
    for m in _ACTING_NAME.finditer(abstract, 0, end.start() if end else _ABSTRACT_LEN):
        name = m.group("n")
        if (
            namey(name)
            and not NOT_DATASET.match(name)
            and name not in SENT_START
            and models.lookup(name) is None
            and not known_dataset(name)
            and len(word_spots(name, abstract)) >= 2
            and not data_set_name(name, abstract)
            and not any(_IS_DATA.match(abstract, i + len(name)) for i in word_spots(name, abstract))
            and (
                _tied_to_paper(name, title, abstract)
                or (not _FIRST_PERSON.search(abstract) and word_spots(name, abstract)[0] == m.start("n"))
            )
        ):
            return name
    return None
