"""Data sets named in a sentence that its numbers were not measured on: the data a model was pre-trained or
transferred from ("pre-trained on ImageNet-21K", "compared with 0.781 for ImageNet initialization"), and a
name after "improving on", which is the system improved on (moved out of `dataset_names.py`, which
re-exports both readers)."""

from __future__ import annotations

import re

import regex

from etl.extract.dataset_lexicon import LATEX_FONT, known_dataset
from etl.extract.rules import load

_C = load("context")

# "pre-trained on ImageNet-21K", "fine-tuned from COCO", "transferring from GTA5": data a model learnt from
_SOURCE_BEFORE = regex.compile(r"(?:" + _C["source_cue"].pattern + r")(?:the\s|both\s)?" + LATEX_FONT + "$")


# "compared with 0.781 for ImageNet initialization", "ImageNet pre-trained weights": the data as a starting point
_SOURCE_AFTER = regex.compile(
    r"[^\s,;()]+\s(?:initiali[sz]ation|pre-?training|(?:pre-?trained\s)?(?:weights|checkpoints?))(?![\w\-])"
)


def is_source(text: str, start: int, s_start: int) -> bool:
    """Whether the data set named at `start` is one a model was pre-trained or transferred from."""
    return (
        _SOURCE_BEFORE.search(text, max(s_start, start - 70), start) is not None
        or _SOURCE_AFTER.match(text, start, start + 60) is not None
    )


# "improving on FedAvg by 2.1 points", "builds on Mamba": the system a method improves or builds on; a verb, not
# the noun ("consistent improvements on X", which names the data)
_IMPROVED_ON = re.compile(r"\b(?:improv(?:e|es|ed|ing)|build(?:s|ing)?|built)\s$")
# "improves on X by 8.1% and on Y by 4.2%": the places of two gains, not two systems
_PARALLEL_ON = re.compile(r"\s(?:by\s[^,;]{1,25}?\s)?and\son\s")


def improved_on(text: str, on: int, name: str) -> bool:
    """Whether the name after the "on/upon" at `on` is a system improved on, not a data set (one the
    gazetteer knows stays a data set: "improves on Cityscapes by 2 mIoU", and so do names in parallel)."""
    if _IMPROVED_ON.search(text, max(0, on - 16), on) is None or known_dataset(name):
        return False
    end = text.find(name, on)
    return end < 0 or _PARALLEL_ON.match(text, end + len(name)) is None
