"""Compared systems written in fixed shapes, for baselines.py: the reference of a gap ("within 0.5 points of
the teacher"), the k-th system of a list set against a list of values ("surpassing A and B by 5.7 and 2.4 AP"),
the system a cost cut is made to ("compress DeiT-B by 9.7 times", "only 5% of Sepformer"), and a noun phrase
improved on or beaten ("improving on the IWAE baseline by", "exceeds compared state-of-the-art methods by")."""

from __future__ import annotations

import regex

from etl.extract.baseline_phrases import CUE_NP_STOP, owner_np, value_for
from etl.extract.cues import COST, METRIC, WITHIN_HEDGE
from etl.extract.dataset_lexicon import known_dataset
from etl.extract.kinds import Found
from etl.extract.phrases import NAME, SYSTEM_HEAD, TECHNIQUE_HEAD, clean_np

# "improving on the IWAE baseline by 1.7 and 2.5 nats", "improves upon a strong GAN model by 3 points": a
# system noun phrase improved on (its head a system word), for each value of the list after "by"
IMPROVE_ON_NP = regex.compile(
    rf"(?i)\b(?:improv|boost)\w*\s(?:upon|on|over)\s(?P<np>(?:the|a|an)\s[^,;()]{{0,40}}?\b{SYSTEM_HEAD})"
    r"\sby\s(?:[^\s,;]+\s(?:and\s)?){0,3}?$"
)
# the object of a verb of beating or improving, a noun phrase with a system head, right before "by N" (a place
# or an adverb may sit between): "exceeds compared state-of-the-art methods by 4.3%", "improves our baseline
# significantly by 9.0%", "improves the baseline anchor-free model on CUHK-SYSU by more than 20%"
OBJECT_BY = regex.compile(
    r"(?i)\b(?:outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|exceed(?:s|ed|ing)?|beat(?:s|ing)?|improv(?:e|es|ed|ing)"
    r"|boost(?:s|ed|ing)?)\s(?P<np>(?:(?:the|our|a|an)\s)?(?:(?!(?:and|or|but|with|which|that|while|by)\s)[\w\-]+\s){0,3}?"
    rf"{SYSTEM_HEAD})(?:\s(?:on|in)\s[^,;()]{{1,30}}?)?(?:\s[a-z]+ly)?\sby\s"
    r"(?:(?:more\sthan|up\sto|about|over|nearly|around|almost)\s)?$"
)
# an article before such a noun phrase is dropped, as the cue phrases drop it ("the baseline" -> "baseline")
ARTICLE = regex.compile(r"^(?i:the|an?)\s")
# a verb right after the compared name that the noun phrase ran into: "the margin over GraphSAGE grows to"
NP_VERB_END = regex.compile(
    r"\s(?:grows|grew|widens|widened|increases|increased|rises|rose|reaches|reached|shrinks|narrows|remains|stays"
    r"|becomes|is|was|are|were)$"
)

# the system a cut is made to: the object of a verb of compressing, or the owner of the cost cut
COST_OF = regex.compile(
    rf"(?i)\b(?:(?:compress|prun|distill)\w*\s(?P<np>(?-i:{NAME}))"
    r"|(?:reduc|shrink|cut|compress|lower|decreas)\w*\s(?:the\s)?(?:model\s)?(?:size|parameters|parameter\scount"
    r"|FLOPs|memory(?:\sfootprint)?|storage)\sof\s(?P<np>[^,;()]{2,60}?))\sby\s(?:about\s|around\s|nearly\s)?$"
)
# one plain capitalised word a cost is a share of: "MACs are only 5% of Sepformer" (a system; a data set the
# gazetteer knows, "10% of ImageNet", is not)
PLAIN_SYSTEM = regex.compile(r"[A-Z][a-z]{3,}[\w\-]*")

# the reference a gap is measured to: "within 0.5 points of the full model", "within 1.2% of FooNet",
# "within 0.3 BLEU of its teacher" (the gap is a negative gain over what follows "of")
WITHIN_BEFORE = regex.compile(rf"(?i)\bwithin\s(?:{WITHIN_HEDGE}\s)?\$?$")
_GAP_OF = regex.compile(
    r"\$?(?:\s?(?:%|pp|points?|percentage\spoints?|dB))?(?:\s[A-Z][\w\-@]*(?:\spoints?)?)?(?:\s(?:absolute|relative))?"
    r"\sof\s(?P<np>[^,;.()]{2,60})"
)


# an earlier gap of the sentence, whose reference a later speed-up or cut shares: "within 0.5 points of
# the teacher, while running 6x faster" (than the teacher)
GAP_BEFORE = regex.compile(rf"(?i)\bwithin\s(?:{WITHIN_HEDGE}\s)?[~≈]?\d[\d.,]*")


def gap_reference(found: Found, text: str, s_start: int, s_end: int) -> str | None:
    """What a gap "within N of X" is measured to: X, when it is a system and not a data set or a measure."""
    if not WITHIN_BEFORE.search(text, max(s_start, found.start - 24), found.start):
        return None
    return gap_np(text, found.end, s_end)


def gap_np(text: str, end: int, s_end: int) -> str | None:
    m = _GAP_OF.match(text, end, s_end)
    np = clean_np(m.group("np")) if m else None
    np = owner_np(np) if np else None  # "of a CLIP encoder of similar size": the encoder
    if np is None or METRIC.search(np) or known_dataset(np):
        return None
    if COST.search(np) and not _TRAINING_REGIME.fullmatch(np):
        return None  # "within 5% of the training cost"; not "within 2.3% of non-private training"
    return np


# a way of training or running as the reference of a gap: "non-private training", "standard fine-tuning",
# "greedy decoding"
_TRAINING_REGIME = regex.compile(rf"(?i)(?:the\s)?[\w\-]+\s(?:{TECHNIQUE_HEAD})")


# systems listed before a list of as many values, one each, with or without "respectively": "surpassing
# RetinaNet and FCOS by 5.7 AP and 2.4 AP", "the same accuracy as DistMult and R-GCN with 8x and 17x fewer
# parameters" ("as" only after a word of likeness: not "benchmarks such as CIFAR-10 and SVHN with")
_PAIRED_SYSTEMS = regex.compile(
    r"\b(?:outperform\w*|surpass\w*|beat\w*|exceed\w*|over|than"
    r"|(?<=\b(?:same|similar|comparable|as)\s[^,;.()]{0,40}?)as)\s(?:the\s)?"
    rf"(?P<items>{NAME}(?:,\s(?:and\s)?{NAME})*,?\s(?:and|&)\s{NAME})\s(?:by|with)\s"
)
_LIST_VALUE = r"[+\-]?\d[\d.]*\s?(?:\\?%|x|×)?(?:\s(?!and\b)[A-Za-z][\w\-@]*)?"
_PAIRED_VALUES = regex.compile(rf"{_LIST_VALUE}(?:(?:,\s(?:and\s)?|\s(?:and|&)\s){_LIST_VALUE})+")
_ITEM_SEP = regex.compile(r",\s(?:and\s)?|\s(?:and|&)\s")


def paired_system(found: Found, text: str, s_start: int) -> str | None:
    """The k-th system of a list written right before a list of values the number is k-th in."""
    m = None
    for m in _PAIRED_SYSTEMS.finditer(text, max(s_start, found.start - 160), found.start):  # noqa: B007
        pass
    if m is None:
        return None
    values = _PAIRED_VALUES.match(text, m.end())
    if values is None or not values.start() <= found.start < values.end():
        return None
    items = _ITEM_SEP.split(m.group("items"))
    parts = _ITEM_SEP.split(values.group(0))
    if len(items) != len(parts) or any(known_dataset(i) for i in items):
        return None  # "on CIFAR-10 and SVHN with 90% and 95% fewer labels": data sets, not systems
    index = len(_ITEM_SEP.findall(text, m.end(), found.start))
    return items[index] if index < len(items) else None


# a sentence that sets a scene of its own or names a comparison of its own ("On VWW it ...", "than X")
_OWN_FRAME = regex.compile(
    r"(?i)\s*(?:(?:on|for|in|at|with|under|when|across|using|if|applied)\b|[^,;]{1,50},\s)"
)
_OWN_CUE = regex.compile(r"(?i)\b(?:than|over|compared|versus|vs\.?|relative)\s")


def closing_reference(text: str, s_start: int, at: int) -> str | None:
    """The system a sentence ends on as the reference of its values ("versus 30.2% with standard DPO.",
    "within 0.3% of the teacher."), for a speed-up or a cut of the next sentence that names none."""
    if not text[max(0, s_start - 3) : s_start].rstrip().endswith("."):
        return None
    if _OWN_FRAME.match(text, s_start, at) or _OWN_CUE.search(text, s_start, at):
        return None
    lo = max(0, s_start - 240)
    m = value_for(text, lo, s_start)
    end = m.start("np") if m else None
    if m is None:
        g = None
        for g in GAP_BEFORE.finditer(text, lo, s_start):  # noqa: B007 - the last one
            pass
        gap = _GAP_OF_START.match(text, g.end(), s_start) if g else None
        end = gap.end() if gap else None
    if end is None:
        return None
    tail = text[end:s_start].rstrip().rstrip(".")
    np = clean_np(tail, stop=CUE_NP_STOP)
    if not np or not tail.endswith(np) or METRIC.search(np):
        return None  # the system must close the sentence
    return np


_GAP_OF_START = regex.compile(r"[^,;.]{0,30}?\sof\s(?:the\s)?")


# what a compared noun phrase ran into after its head, which no system name ends in: a verb of its own clause
# ("than Transformer-XL achieved by ..."), an adverb ("over MinkowskiNet still with ..."), the comparative of a
# qualifier ("outperform the state-of-the-arts more than 2%"); a word in -ly that is a noun stays ("family"),
# and so does a closing restrictive "only" ("training on English only")
_RAN_INTO = regex.compile(
    r"\s(?:(?!(?:family|anomaly|assembly|supply|early|daily|weekly|monthly|yearly|friendly|poly|apply|reply|only)$)"
    r"[a-z]{2,}ly|still|also|even|yet|already|again|further|more|less|fewer|much|far"
    r"|achieved|obtained|reported|attained|reached|performed|did|does|do|has|have|had|can|could|will|would|may"
    r"|might|shows?|showed|uses|used|requires?|required|needs|needed|takes|took|runs|ran)$"
)
# the measure of a system written before it: "matches the performance of the baseline models" (the models)
_MEASURE_OF = regex.compile(
    r"(?i)^(?:the\s)?(?:[\w\-]+\s)?(?:performance|results?|accuracy|quality|scores?)\sof\s(?=\S{2})"
)


def trim_baseline(np: str) -> str:
    """A compared noun phrase without what it ran into after its head and without a measure of it
    written first ("the performance of X" -> "X")."""
    while True:
        new = _RAN_INTO.sub("", np)
        if new == np or not new.strip():
            break
        np = new
    return _MEASURE_OF.sub("", np)


_LONE_WORD = regex.compile(r"[a-z][a-z\-]+")
_HEAD_END = regex.compile(rf"(?i)\b(?:{SYSTEM_HEAD})$")
_GERUND = regex.compile(rf"[a-z][a-z\-]+ing|(?i:{TECHNIQUE_HEAD})")
_PER = regex.compile(r"\sper\s(?!se\b)(?P<w>[a-z][\w\-]*)\b")
# the rest of a way of training or running, to the end of its clause: "training on data associated with the
# target skill itself"; not when a verb, a number or a clause word follows ("training on X is 2x slower")
_GERUND_REST = regex.compile(
    r"\s(?:on|with|in|over|from|using|for)\s[^,;:()\[\]{}.\d]{2,60}?(?=[,;:()]|\.(?!\d)|$)"
)
# the place of the comparison rather than part of the way of training: "outperforms fine-tuning on GLUE"
_ON_DATA = regex.compile(r"\s(?:on|in)\s(?P<d>.+)")


def _on_data(rest: str) -> bool:
    """The rest is only the data set the comparison is made on ("on GLUE"): not part of the baseline."""
    m = _ON_DATA.fullmatch(rest)
    return m is not None and known_dataset(m.group("d").strip())


_CLAUSE_WORD = regex.compile(
    r"\b(?:is|are|was|were|while|which|that|but|whereas|by|than|and|or|compared|versus|vs|achiev\w*"
    r"|outperform\w*|lead\w*|yield\w*|results?|caus\w*|comes?|gives?|shows?)\b"
)


def longer_np(np: str, after: str) -> str:
    """A compared noun phrase the noun-phrase grammar cut too early, grown to what it is: stacked adjectives
    ("complex, state of the art continual learning algorithms"), a "per X" of its head ("fine-tuning one model
    per language"), the complements of a way of training ("training on data associated with the skill")."""
    at = after.find(np)
    if at < 0:
        return np
    end = at + len(np)
    if _LONE_WORD.fullmatch(np) and not _HEAD_END.search(np) and after.startswith(", ", end):
        rest = clean_np(after[end + 2 :], stop=CUE_NP_STOP)
        if rest and _HEAD_END.search(rest) and after.startswith(rest, end + 2):
            return f"{np}, {rest}"
    m = _PER.match(after, end)
    if m and (_HEAD_END.search(np) or _GERUND.fullmatch(np.split(" ", 1)[0])):
        return f"{np} per {m.group('w')}"
    if _GERUND.fullmatch(np):
        g = _GERUND_REST.match(after, end)
        if g and not _CLAUSE_WORD.search(g.group(0)) and not _on_data(g.group(0)):
            return np + g.group(0)
    return np
