"""Who owns the first value of a from-to pair when the method's own clause says it, split out of
`names.py`: the value before a method's change is the state of the system it changed, when the text names
that system ("from 14.8% (Whisper large-v3) to 10.9%", "rises from 52.7 to 71.9 for FooLM-8B", "Starting
from FooLM-7B, BarRL raises accuracy from 16.7% to 40.0%") or writes it as a noun phrase the pair's measure
is of ("improves the F1 of the best previous method from 52.4 to 61.9"); otherwise it stays empty. Also the
known model the paper's own training made "the model" of (`earlier_base`)."""

from __future__ import annotations

import regex

from etl.extract.baselines import FROM_FIRST  # the first value of the pair: "from [41%]"
from etl.extract.cues import METRIC
from etl.extract.datasets import known_dataset
from etl.extract.kinds import Found
from etl.extract.name_words import generic_name
from etl.extract.phrases import NAME, RESULT_VERB, SYSTEM_HEAD
from etl.extract.subjects import base_model

# a name in brackets right after the first value: "from 14.8% (FooASR-large) to 10.9%"
_PAREN_NAME = regex.compile(r"\s?\((?:the\s)?(?P<n>[A-Z][\w.\-]*(?:\s[\w.\-]+){0,2})\)\sto\s")
# the pair closed by the system both values are measured on: "from 52.7 to 71.9 for FooLM-8B-Instruct"
_PAIR_FOR = regex.compile(
    rf"\sto\s[~≈]?\d[\d.,]*\S*\sfor\s(?:the\s)?(?P<n>{NAME})(?=[\s,.;)]|$)"
    r"(?!\s(?i:dataset|benchmark|task|split|set|subset|language|domain|class|categor))"
)
# a known model the method was started from or run on, opening a sentence: "Starting from FooLM-7B and
# training on 8K problems, BarRL ...", "Applied to FooVL-7B, BarPrune ...", "Built on FooCoder-6.7B, our model"
_BASE_FRONT = regex.compile(
    rf"(?:^|(?<=[.!?]\s))(?:Starting|Initiali[sz]ed|Fine-?tuned|Trained)\sfrom\s(?:the\s)?(?P<n>{NAME})"
    rf"|(?:^|(?<=[.!?]\s))(?:Applied|Built|Based)\s(?:to|on|upon)\s(?:the\s)?(?P<n>{NAME})"
)
# a system written as a noun phrase whose measure a from-to pair changes: "improves the F1 of the best
# previous method from 52.4 to 61.9 ... and from 56.8 to 66.3" (a modifier says which: not "of the model")
_OF_NP_FROM = regex.compile(
    r"\bof\s(?P<n>the\s(?:(?!(?:of|on|in|for|with|and|or|to|by|from)\b)[\w\-]+\s){1,3}?"
    rf"(?i:{SYSTEM_HEAD}))(?:\s(?:on|in)\s[^,;()]{{1,30}}?)?\sfrom\s"
)
# what may stand between that phrase and a later pair it still owns: another from-to pair and its setting
_GAP = regex.compile(r"(?i)[;:]|\b(?:while|whereas|but|compared|relative|versus|vs|than|we|it|they|its)\b")
# how far back a base model named by an earlier sentence still holds: the sentence before or two
_BACK = 320


def from_owner(found: Found, text: str, s_start: int, s_end: int) -> str | None:
    """The system the first value of a from-to pair belongs to, when the text names it: in brackets after
    the value, after the pair ("for FooLM-8B"), or as the known model a sentence opening in or just before
    this one starts the method from ("Starting from FooLM-7B, ...")."""
    if not FROM_FIRST.search(text, max(s_start, found.start - 20), found.start):
        return None
    m = _PAREN_NAME.match(text, found.end, s_end) or _PAIR_FOR.match(
        text, found.end, min(s_end, found.end + 60)
    )
    if (
        m
        and not generic_name(m.group("n"))
        and not known_dataset(m.group("n"))
        and not METRIC.search(m.group("n"))
    ):
        return m.group("n")
    np = None
    for np in _OF_NP_FROM.finditer(text, max(s_start, found.start - 200), found.start):  # noqa: B007
        pass
    if np is not None and not _GAP.search(text, np.end(), found.start):
        return np.group("n")
    base = None
    for base in _BASE_FRONT.finditer(text, max(0, s_start - _BACK), found.start):  # noqa: B007 - the last one
        pass
    if base is not None and base_model(base.group("n")):
        return base.group("n")
    return None


# the paper's unnamed system as the subject, "the model" a training of a known model just made: "We
# fine-tune FooLM-8B on 900 traces. The resulting model reaches 61%" (not a model of its own: "a small
# network"); the subject comes right before its verb of result
_THE_MODEL = regex.compile(
    rf"\b[Tt]he\s(?:resulting\s|fine-?tuned\s|trained\s|tuned\s|final\s)?model\s(?:[\w\-]+\s){{0,2}}?(?:{RESULT_VERB})"
)
_TRAINED = regex.compile(
    rf"(?<![\w\-])(?i:fine-?tun\w*|train\w*|(?:fine-?tuning|training|tuning)\sof)\s(?:the\s)?(?P<n>{NAME})"
)
# the training is the paper's own when its sentence has "we" or "our" before it ("We curate 17K traces and
# fine-tune FooLM-8B", "our method fine-tunes FooLM-8B") or it opens the sentence as a gerund ("Supervised
# fine-tuning of FooLM-8B on these samples yields"); not another paper's ("Prior work trains GPT-2 ...")
_OWN_TRAINING = regex.compile(r"\b(?:[Ww]e|[Oo]ur)\b(?:[^.!?;]|\.\d)*$|(?:^|[.!?]\s)(?:[A-Z][a-z]+\s)?$")


def earlier_base(text: str, s_start: int, start: int) -> str | None:
    """The known model the paper itself trains in an earlier sentence, when "the model" of this one
    reports the number and the abstract gives its own system no name ("We fine-tune FooLM-8B ... The
    resulting model reaches 61%"); not a model another paper trains ("Prior work trains GPT-2 ...")."""
    if not _THE_MODEL.search(text, s_start, start):
        return None
    m = None
    for m in _TRAINED.finditer(text, max(0, s_start - _BACK), start):  # noqa: B007 - the last one
        pass
    if m is None or not _OWN_TRAINING.search(text, max(0, m.start() - 200), m.start()):
        return None
    return m.group("n") if base_model(m.group("n")) else None
