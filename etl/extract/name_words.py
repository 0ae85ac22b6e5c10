"""The small lexicon the name finders share: words that are no system's name (genre words,
data-set words, generic acronyms, units) and the shapes that are (a token with an inner capital)."""

from __future__ import annotations

from functools import cache

import regex

from etl.extract.phrases import NOT_DATASET
from etl.extract.rules import load

_R = cache(regex.compile)
DATASET_WORD = regex.compile(
    r"(?i)\b(?:dataset|database(?!\s(?:system|engine|management|query))|benchmark|corpus|suite|collection|data)\b"
)
# a title's first word that says what kind of paper it is ("Survey: ...")
GENRE = load("context")["genre_word"].regex
_NAMEY_TOKEN = regex.compile(r"^.+[A-Z0-9]|^[A-Z]{2,}")
# "GPT-4" is never a data set, but it is a system: kept as a model name
_MODEL_ACRONYM = regex.compile(r"GPT-\d\S*$")
# heads that name a system even with no modifier ("humans achieve", "the robot reaches"), unlike
# "the model achieves" (the paper's own, unnamed); a distillation's teacher is another system than
# the paper's own ("82% for the teacher", "the teacher reaches 93.9%")
HUMAN = regex.compile(r"(?i)^(?:humans?|annotators|robots?|teachers?)$")
# the paper's own system, however it is written: "our model", "the proposed method"
OURS = regex.compile(r"(?i)(?:our|this|the\s(?:proposed|presented|new|resulting|final|novel))\b")
# an architecture class, not a name: "our LSTM system", "our GAN model", "our attention-based GRU attains"
GENERIC_ARCH = regex.compile(
    r"^(?:LSTM|BiLSTM|GRU|BiGRU|RNN|CNN|MLP|ViT|VAE|GAN|CRF|SVM|HMM|BERT|Transformer|TCN|GNN|GCN)s?$"
)
# not a system's name: a metric word, a unit, a citation or a link, or a size after a LaTeX "\\sim" that lost
# its backslash ("smaller scale (sim7B) models")
NOT_MODEL = regex.compile(
    r"(?i)^(?:top-?\d+|dB|ms|fps|(?-i:sim)\d\S*|\S*\\\S*|\S*(?:://|www\.)\S*|\S*cite\{\S*)$"
)


def namey(name: str) -> bool:
    """A short name: a token with an inner capital or digit (ProLLaMA, FAME-ViL, Bielik 7B), or one
    capitalised word that is not a genre word (Finstreder: ..., but not Survey: ...)."""
    tokens = name.split()
    if len(tokens) == 1 and _R(r"^[A-Z][a-z]{3,}(?:-[a-z]+)?$").match(name) and not GENRE.match(name):
        return True
    return 0 < len(tokens) <= 3 and any(_NAMEY_TOKEN.search(t) for t in tokens)


def generic_name(name: str) -> bool:
    """A word that names no system (LLMs, NLP, The), though GPT-4 does."""
    return NOT_DATASET.match(name) is not None and _MODEL_ACRONYM.match(name) is None


def starts_word(name: str, text: str) -> bool:
    """Whether `name` is written in `text` where a word starts: "FooLM" in "FooLM-7B", not "SVM" in "GRU-SVM"."""
    i = text.find(name)
    while i >= 0:
        if i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "-_"):
            return True
        i = text.find(name, i + 1)
    return False
