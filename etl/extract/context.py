"""Context fields of a result: metric, dataset, model and baseline, as written in the abstract.

Each field is looked for from the number outwards: the words right after it, its clause,
its sentence, then (dataset only) what an earlier sentence set. The proposed method's name
(title prefix "Name: ...", "(ACRONYM)" in the title, or "we propose Name") stands in for
"our method". A field is left empty when nothing in the sentence names it.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

import regex

from etl.extract.cues import COST, METRIC, STOP
from etl.extract.kinds import Found
from etl.extract.rules import load
from etl.records import Kind

_R = cache(regex.compile)  # inline patterns: compiled once, looked up cheaply

_C = load("context")
BASELINE_CUE, PROPOSAL, OUR = _C["baseline_cue"].regex, _C["proposal"].regex, _C["our_system"].regex
METRIC_PAREN, MODEL_NOUN = _C["metric_parenthesis"].regex, _C["model_noun"].regex

# a name: has an inner capital or digit (ImageNet-1K, C-Eval, GPT-3), or is an acronym (GLUE)
NAME = r"(?:(?=[\w.\-/&]*?(?:[a-z][A-Z]|[A-Z][A-Z0-9]|[A-Za-z]-?\d|-[A-Z]))[A-Za-z][\w.]*(?:[\-/&][\w.]+)*)"
NAME_RE = regex.compile(rf"(?<![\w\-])(?P<n>{NAME}(?:\s(?:\d{{2,4}}|[A-Z][A-Za-z]*\d[\w\-]*))?)(?![\w\-])")
_NAME_START = regex.compile(rf"[\s-]*(?P<n>{NAME})")
_SENT_START = {
    "We",
    "Our",
    "The",
    "In",
    "On",
    "This",
    "These",
    "It",
    "Its",
    "A",
    "An",
    "To",
    "For",
    "By",
    "With",
}
_DATA_WORD = r"(?:dataset|benchmark|corpus|leaderboard|challenge|test\sset|suite)s?"
# patterns used with match(text, pos) have no "^": it would not match at pos
# "on ImageNet-1K", "in the Polish MT-Bench", "the Natural Instructions dataset"
# Data set mentions are found from cheap anchors (stdlib `re`, literal scans): a preposition
# before a capitalised word ("on ImageNet-1K"), or a data word after a name ("the X dataset").
_PREP_ANCHOR = re.compile(r"\b(?:[Oo]n|[Ii]n|[Aa]cross)\s(?:the\s)?(?=[A-Z])")
_DATA_ANCHOR = re.compile(r"\s(?:dataset|benchmark|corpus|leaderboard|challenge|test\sset|suite)s?\b")
_DATASET_AT = regex.compile(
    rf"(?P<d>(?:[A-Z][a-z]+\s)?{NAME}(?:\s(?:\d{{2,4}}|[A-Z][\w\-]*))*)"
    r"(?!\s(?:model|LLM|backbone|architecture)s?\b)"
)
_DATASET_BEFORE_WORD = regex.compile(rf"(?P<d>(?:[A-Z][\w\-]*\s){{0,2}}(?:{NAME}|[A-Z][\w\-]+))$")
_DATASET_AFTER = regex.compile(
    rf"[^,;.]{{0,40}}?\b(?:on|in|across)\s(?:the\s|a\s)?(?P<d>{NAME}(?:\s(?:\d{{2,4}}|[A-Z][\w\-]*))*)"
    r"(?!\s(?:model|LLM|backbone)s?\b)"
)
_NAMED_DATASET = regex.compile(
    rf"(?P<d>(?:[A-Z][\w\-]*\s){{0,2}}(?:{NAME}|[A-Z][\w\-]+))\s(?:dataset|corpus)\b"
)
_NOT_DATASET = regex.compile(
    r"^(?:[A-Z][a-z]+|LLMs?|LMs?|GPUs?|CPUs?|TPUs?|NPUs?|FPGAs?|ASICs?|NLP|AI|ML|SOTA|MLLMs?|VLMs?|RL|CV|The|This|Our"
    r"|IEEE|ACM|arXiv|GitHub|PyTorch|TensorFlow|JAX|iOS|SoTA|DNNs?|CNNs?|RNNs?|GNNs?|APIs?|GPT-\d\S*|US|USA|UK|EU)$"
)
_NP_STOP = regex.compile(
    r"[,;:()\[\].\\{}]|\bw\.r\.t|(?<=\w)(?<!\bof)(?<!\bin)\s(?:the|a|an)\s|\b(?:by|on|in|with|while|and|for|across|at|when|using|without|during|which|that|while"
    r"|respectively|under|to|from(?!\sscratch)|as|is|are|was|were|through|via|after|before|per|over|than|compared)\b"
    r"|(?<![\w@\-/.])\d"
)
_METRIC_STOP = regex.compile(_NP_STOP.pattern.replace("|per|", "|"))
_DETERMINER = regex.compile(r"(?i)^(?:the|a|an|its|their|our|this|these|of|in|on)\s+")
_TITLE_NAME = regex.compile(r"^\s*(?P<n>[\w\-.+ ]{2,40}?)\s*(?::|!|\s-{1,2}\s)")
_TITLE_ACRONYM = regex.compile(r"\((?P<n>[A-Za-z][\w\-]*[A-Z][\w\-]*)\)")
_NAMEY_TOKEN = regex.compile(r"^.+[A-Z0-9]|^[A-Z]{2,}")
_CALLED = regex.compile(
    rf"(?i:called|named|dubbed|termed|coined)\s(?P<n>{NAME})|\bas\s(?P<n>{NAME})\b|\((?P<n>{NAME})\)"
    rf"|^\W*(?P<n>{NAME})[,:]\s"
)
_BARE_NAME = regex.compile(r"\s(?P<n>[A-Z][\w\-]*[a-z][\w\-]*)(?=\s(?:that|which|to|for|as)\b|,|\s\()")
# "we introduce a novel method, Self Positioning, which ...", "an algorithm, Skill-It, over ..."
_APPOSITIVE = regex.compile(
    r"\s(?:a|an|the)\s(?:[\w\-]+\s){0,5}?(?i:method|model|framework|approach|algorithm|system|technique|architecture"
    r"|benchmark|dataset|corpus|pipeline|loss|strategy|agent|tool|library|suite|family)s?,?\s"
    r"(?:(?i:called|named|dubbed|termed)\s)?(?P<n>[A-Z][\w\-]*(?:\s[A-Z][\w\-]*){0,2})"
    r"(?=[,(.;:]|\s(?:which|that|to|for|over|with|in|on)\b)"
)
_DATASET_AFTER_NAME = regex.compile(
    r"(?i)(?:\s?\([^)]*\))?,?\s?(?:a|an|the)?\s?(?:[\w\-]+\s){0,3}?(?:dataset|benchmark|corpus|suite|collection)\b"
)
_DATASET_BEFORE_NAME = regex.compile(
    r"(?i)\b(?:dataset|benchmark|corpus|suite|collection)\s(?:called\s|named\s|,\s)?$"
)
_DATASET_WORD = regex.compile(r"(?i)\b(?:dataset|benchmark|corpus|suite|collection|data)\b")
_QUAL_TAIL = (
    r"(?:(?:up\sto|over|about|around|nearly|almost|more\sthan|less\sthan|at\sleast|roughly|~|sim)\s?)?"
)
_VERB_OBJECT = regex.compile(
    rf"(?i)\b(?:reduc\w*|cut\w*|sav\w*|lower\w*|decreas\w*|speed\w*\sup|accelerat\w*|compress\w*|shrink\w*)"
    rf"\s(?P<o>[^,;]{{2,60}}?)\s(?:by|to)\s{_QUAL_TAIL}[(\[]?$"
)
_GAIN_OBJECT = regex.compile(
    rf"(?i)\b(?:improv\w*|boost\w*|increas\w*|enhanc\w*|rais\w*|reduc\w*|lift\w*)\s(?P<o>[^,;]{{2,60}}?)"
    rf"\s(?:by|to)\s{_QUAL_TAIL}[(\[]?$"
)
# "the model size decreases by 20%", "the accuracy is increased by 1%": the subject changes
_SUBJECT_VERB = regex.compile(
    rf"(?i)(?:^|[,;]\s(?:and\s|but\s|while\s)?|\b(?:and|while|where|when|but)\s)(?:the\s|its\s|their\s|our\s)?"
    rf"(?P<o>[^,;]{{2,50}}?)\s(?:is\s|are\s|was\s|were\s)?"
    rf"(?:decreas\w*|drops?|dropped|falls?|fell|reduced|shrinks?|shrank|increas\w*|improved|improves|rises?|rose|grows?|grew)"
    rf"\sby\s{_QUAL_TAIL}[(\[]?$"
)
_NOUN_OBJECT = regex.compile(
    r"^\s*(?:[\w\-]+\s){0,3}?(?:improvement|increase|gain|boost|enhancement|drop|reduction|decrease|degradation)s?"
    r"\s(?:in|of|on)\s(?:terms\sof\s)?(?P<o>.{2,60})"
)
_CUE_WORDS = regex.compile(
    r"(?i)\b(?:reduction|reductions|speed-?ups?|faster|less|fewer|smaller|compression|savings?|lower"
    r"|acceleration|higher|improvements?|gains?)\b"
)
_LABEL_PAREN = regex.compile(
    r"(?:(?i:improvements?|enhancements?|gains?|increases?|reductions?|decreases?)\s(?:in|of)\s)?"
    r"(?P<m>(?:[A-Za-z][\w'\-]*\s){0,2}[A-Za-z][\w'\-]*)\s\(\s?$"
)
_BEFORE_GAIN = regex.compile(
    r"\s(?P<m>(?:[\w\-@]+\s){1,3}?)(?:(?:average|absolute|relative|overall)\s)?(?:improvement|gain|increase|boost)s?\b"
)
_UNIT_NAME = regex.compile(r"^(?:FPS|fps|GFLOPs|TFLOPs|FLOPs|MACs|GPUs?|CPUs?|TPUs?|ms|MB|GB|TB|Hz|kHz|dB)$")
_LOOKS_LIKE_DATASET = regex.compile(
    r"(?i)\b(?:dataset|benchmark|corpus|split|set)s?$|^[A-Z][\w\-]*\d[\w\-]*$"
)
_BASELINE_LIKE = regex.compile(
    r"(?i)\b(?:state[\s-]of[\s-]the[\s-]art|sota|previous\sbest|baselines?|prior\swork)\b"
)
_NOT_DATA_NAME = regex.compile(
    r"(?i)\b(?:GPUs?|TPUs?|CPUs?|A100s?|H100s?|V100s?|RTX|Jetson|Xeon|AMD|Intel|NVIDIA|Qualcomm)\b|^(?:"
    + _C["model_family"].pattern
    + r")(?:[\s\-_.\d]|$)"
)
_METRIC_THEN = regex.compile(
    r"(?i)\s?(?:scores?\s)?(?:of|=|:|is|was|reaches|reaching|to)\s?(?:a\s|an\s|about\s|around\s)?\(?"
)
# the same patterns under the stdlib engine, for whole-sentence scans (measured ~1.7x faster)
_METRIC_SCAN = re.compile(METRIC.pattern)
_METRIC_PAREN_SCAN = re.compile(METRIC_PAREN.pattern)
_GENRE = regex.compile(
    r"(?i)(?:survey|overview|review|tutorial|introduction|position|perspective|benchmarking|towards|beyond|rethinking"
    r"|revisiting|understanding|learning|evaluating|on|editorial|commentary|erratum|correction|preface|note|report)$"
)
_PRONOUN = regex.compile(r"(?i)it|its|them|they|this|these|that|those|theirs|ours|one|ones|others?")
_GENERIC = regex.compile(
    r"(?i)(?:(?:average|overall|mean|final|total|evaluation|test|human|the)\s)*(?:scores?|performance|reward)"
)
_PAREN_SYSTEM = regex.compile(
    r"\s?\((?:for|with|via|using|by|of)\s(?!the\s(?:highest|best|lowest|largest)|all\b)(?P<n>[^()\d]{2,40})\)"
)
_ON_MODEL_AFTER = regex.compile(
    rf"\s*(?i:on|for|with|using)\s(?:\w+ing\s)?(?:the\s)?(?P<n>{NAME})\s(?:model|LLM|backbone)s?\b"
)
_FINE_TUNED = regex.compile(rf"(?i:fine-?tun\w*|train\w*|adapt\w*|appl\w*\s\w+\sto)\s(?:the\s)?(?P<n>{NAME})")
_ON_MODEL = regex.compile(
    rf"\b(?i:on|for|with|using)\s(?:\w+ing\s)?(?:the\s)?(?P<n>{NAME})\s(?:model|LLM|backbone)s?\b"
)
_AND_BY = regex.compile(r"(?i)(?:\band|,)\s(?P<np>(?:the\s)?[^,;]{2,60}?)\sby\s(?:\S+\s?)?$")
_MADE_BY = regex.compile(
    r"(?i)(?:that|those|the\sones?)\s(?:\w+\s)?(?:generated|produced|obtained|achieved|given|made)\sby\s"
)
_FOR_SYSTEM = regex.compile(
    r"\s(?:for|by)\s(?P<n>(?:the\s)?(?:[\w\-]+\s){0,3}?(?:method|model|baseline|approach|system|variant)s?)\b"
)
_SIZE_OWNER_BEFORE = regex.compile(
    rf"(?P<n>{NAME})\s(?:\w+\s)?(?:with|of|has|having|contains?|containing)\s(?:up\sto\s|about\s|over\s|only\s)?$"
)
_THE_PROPOSED = regex.compile(rf"\bthe\sproposed\s(?P<n>{NAME})")
_SHARE_OF = regex.compile(r"\s*of\s(?P<o>(?:the\s)?[^,;.]{2,50})")


def _clean_np(text: str, limit: int = 70, stop: regex.Pattern | None = None) -> str | None:
    m = (stop or _NP_STOP).search(text, 0, limit)
    np = text[: m.start() if m else limit].strip()
    while True:
        new = _DETERMINER.sub("", np)
        if new == np:
            break
        np = new
    if not np or len(np) < 2 or not _R(r"[A-Za-z]").search(np) or _PRONOUN.fullmatch(np):
        return None
    return np


def _namey(name: str) -> bool:
    """A short name: a token with an inner capital or digit (ProLLaMA, FAME-ViL, Bielik 7B), or one
    capitalised word that is not a genre word (Finstreder: ..., but not Survey: ...)."""
    tokens = name.split()
    if len(tokens) == 1 and _R(r"^[A-Z][a-z]{3,}$").match(name) and not _GENRE.match(name):
        return True
    return 0 < len(tokens) <= 3 and any(_NAMEY_TOKEN.search(t) for t in tokens)


def proposed_names(title: str | None, abstract: str) -> tuple[str | None, str | None]:
    """(method name, dataset name) the paper proposes, when it names them."""
    method = dataset = None
    if title:
        m = _TITLE_NAME.match(title)
        if m and _namey(m.group("n").strip()):
            name = m.group("n").strip()
            rest = title[m.end() :]
            if _DATASET_WORD.search(rest[:60]) and not _R(r"(?i)\bmodel|method|framework").search(rest[:40]):
                dataset = name
            else:
                method = name
        if method is None and dataset is None:
            a = _TITLE_ACRONYM.search(title)
            if a:
                method = a.group("n")
    if method is None:
        p = _THE_PROPOSED.search(abstract)
        if p and not _NOT_DATASET.match(p.group("n")):
            method = p.group("n")
    for m in PROPOSAL.finditer(abstract):
        tail = abstract[m.end() : m.end() + 160]
        stop = _R(r"\.\s").search(tail)
        tail = tail[: stop.start() if stop else len(tail)]
        c = _BARE_NAME.match(tail) or _APPOSITIVE.match(tail) or _CALLED.search(tail)
        if c is None or c.group("n") in _SENT_START:
            continue
        if _NOT_DATASET.match(c.group("n")) and not _R(r"^[A-Z][a-z]{3,}$").match(c.group("n")):
            continue  # a generic acronym (LLMs, NLP); a plain capitalised word is a name here
        name = c.group("n")
        if _DATASET_AFTER_NAME.match(tail[c.end() :]) or _DATASET_BEFORE_NAME.search(tail[: c.start()]):
            dataset = dataset or name
        else:
            method = method or name
        break
    return method, dataset


def _phrase(text: str, end: int, s_end: int) -> str:
    right = text[end:s_end]
    stop = STOP.search(right, 0, 60)
    return right[: stop.start() if stop else min(60, len(right))]


def _nearest_metric(found: Found, text: str, s_start: int, s_end: int, named: bool) -> str | None:
    best, dist = None, 10**9
    for pat in (_METRIC_PAREN_SCAN, _METRIC_SCAN):
        for mm in pat.finditer(text, s_start, s_end):
            if named and pat is _METRIC_SCAN and _GENERIC.fullmatch(mm.group(0)):
                continue
            a, b = mm.start(), mm.end()
            d = a - found.end if a >= found.end else found.start - b + 5
            if d < dist:
                best, dist = mm.group(0), d
        if best:
            break
    return best


def _clean_metric(text: str) -> str | None:
    return _clean_np(text, stop=_METRIC_STOP)


def metric_for(found: Found, text: str, s_start: int, s_end: int) -> str | None:
    right = text[found.end : s_end]
    left = text[s_start : found.start]
    phrase = _phrase(text, found.end, s_end)
    own = METRIC.search(text, found.start, found.end)
    if own and not _GENERIC.fullmatch(own.group(0)):
        return own.group(0)
    before = _last_metric_before(left)
    if before:
        return before
    m = _AND_BY.search(left[-80:])
    if (
        m
        and not _R(r"(?i)\b(?:outperform|surpass|beat|exceed)\w*").search(left)
        and _R(r"\bby\s(?:\S+\s?)?[+\-]?\d").search(left[-80:][: m.start()])
    ):
        np = _clean_metric(m.group("np"))
        if np and not _BASELINE_LIKE.search(np):
            return np
    if found.kind in (Kind.SPEEDUP, Kind.REDUCTION):
        np = _clean_metric(_CUE_WORDS.sub("", phrase))
        if np and COST.search(np):
            return np
        rest = right[len(phrase) :]
        o = _R(r"^\s*(?:in|of)\s(?P<o>.{2,60})").match(rest if _CUE_WORDS.search(phrase) else right)
        if o and COST.search(o.group("o")[:40]):
            return _clean_metric(o.group("o"))
        m = _VERB_OBJECT.search(left)
        if m:
            return _clean_metric(_R(r"\s+up$").sub("", m.group("o")))
        m = _SUBJECT_VERB.search(left)
        if m:
            return _clean_metric(m.group("o"))
        if found.kind is Kind.SPEEDUP and _R(r"(?i)^\s*[\w\-]+\s(?:speed-?ups?|acceleration)").match(phrase):
            return phrase.strip()
        pattern = _R(
            r"(?i)\b(?P<o>(?:(?!(?:at|in|on|by|of|faster|slower|less|fewer|lower|than)\b)\w+\s){0,2}"
            r"(?:time|latency|memory|FLOPs|cost|costs))\b"
        )
        m = pattern.search(text, max(s_start, found.start - 60), found.start) or pattern.search(
            text, found.end, min(s_end, found.end + 40)
        )
        return _clean_metric(m.group("o")) if m else None
    if found.kind in (Kind.DATA_SIZE, Kind.PARAM_COUNT):
        return None
    m = METRIC.match(phrase.lstrip())
    if m and not _GENERIC.fullmatch(m.group(0)):
        return m.group(0)
    m = _LABEL_PAREN.search(left[-60:])
    if m and (
        _R(r"\s?/\s?\d").match(right) or _R(r"\s?(?:\w+\s)?(?:more|less|higher|lower)?\)").match(right)
    ):
        return m.group("m")
    m = _R(r"\s*in\s(?:terms\sof\s)?(?:the\s)?").match(right)
    m = METRIC.match(right, m.end()) if m else None
    if m and not _GENERIC.fullmatch(m.group(0)):
        return m.group(0)
    m = _BEFORE_GAIN.match(right)
    if m and not _R(r"(?i)^(?:absolute|relative|average|overall|significant|large)$").match(
        m.group("m").strip()
    ):
        return m.group("m").strip()
    o = _NOUN_OBJECT.match(right)
    if o:
        mp = METRIC_PAREN.match(o.group("o"))
        np = mp.group(0) if mp else _clean_metric(o.group("o"))
        if np and not _LOOKS_LIKE_DATASET.search(np):
            return np
    m = _SUBJECT_VERB.search(left)
    if m:
        np = _clean_metric(m.group("o"))
        if np and not _BASELINE_LIKE.search(np):
            return np
    m = _GAIN_OBJECT.search(left)
    if m:
        obj = _R(r"\s+up$").sub("", m.group("o"))
        obj = "" if _R(r"(?i)^(?:of\s?)?(?:up)?$").match(obj) else obj
        if _R(r"(?i)^(?:the\s)?(?:overall\s)?performance\sof\s").match(obj):
            obj = "performance"
        np = _clean_metric(obj)
        if np and not _BASELINE_LIKE.search(np):
            return np
    o = _R(r"\s*of\s(?P<o>(?:the\s|its\s|their\s)?[^,;.()]{2,50})").match(text, found.end, s_end)
    if found.kind is Kind.SCORE and o and _R(r"(?i)\b(?:performance|accuracy|score)\b").search(o.group("o")):
        np = _clean_metric(o.group("o"))
        if np:
            return np
    return _nearest_metric(found, text, s_start, s_end, True) or _nearest_metric(
        found, text, s_start, s_end, False
    )


def _is_dataset(name: str) -> bool:
    return not (_NOT_DATASET.match(name) or METRIC.fullmatch(name) or _NOT_DATA_NAME.search(name))


def _last_metric_before(left: str) -> str | None:
    """A metric written just before the number: "an F1 score of 0.87", "BLEU: 28.4"."""
    window = left[-60:]
    last = None
    for last in METRIC.finditer(window):  # noqa: B007 - the last one
        pass
    if last is None or _GENERIC.fullmatch(last.group(0)):
        return None
    return last.group(0) if _METRIC_THEN.fullmatch(window[last.end() :]) else None


@lru_cache(maxsize=64)
def _dataset_mentions(text: str, s_start: int, s_end: int) -> tuple[tuple[int, str], ...]:
    """(start, name) of every data set a sentence names, in order."""
    found: dict[int, str] = {}
    for a in _PREP_ANCHOR.finditer(text, s_start, s_end):
        m = _DATASET_AT.match(text, a.end(), s_end)
        if m and _is_dataset(m.group("d")):
            found[m.start("d")] = m.group("d")
    for a in _DATA_ANCHOR.finditer(text, s_start, s_end):
        m = _DATASET_BEFORE_WORD.search(text, max(s_start, a.start() - 60), a.start())
        if (
            m
            and _is_dataset(m.group("d"))
            and not any(k <= m.start("d") < k + len(v) for k, v in found.items())
        ):
            found[m.start("d")] = m.group("d")
    return tuple(sorted(found.items()))


def dataset_for(
    found: Found, text: str, s_start: int, s_end: int, carried: str | None, own: str | None = None
) -> str | None:
    if found.kind is Kind.PARAM_COUNT:
        return None  # a model's size is not measured on a data set
    item, on = pipe_partner(found, text, s_start, s_end)
    if item and on:
        return item
    m = _DATASET_AFTER.match(text, found.end, s_end)
    if m and _is_dataset(m.group("d")):
        return m.group("d")
    if found.kind is Kind.DATA_SIZE:
        if own and _R(r"(?i)\b(?:the|our|this)\s(?:new\s)?(?:dataset|corpus|benchmark)\b").search(
            text, s_start, s_end
        ):
            return own
        named = [
            mm
            for mm in _NAMED_DATASET.finditer(text, s_start, s_end)
            if not _NOT_DATASET.match(mm.group("d"))
        ]
        if named:
            return named[-1].group("d")
    best, dist = None, 10**9
    for a, name in _dataset_mentions(text, s_start, s_end):
        d = a - found.end if a >= found.end else found.start - a
        if d < dist:
            best, dist = name, d
    return best or carried


def sentence_dataset(text: str, s_start: int, s_end: int) -> str | None:
    """The last data set a sentence names (it carries over to later sentences)."""
    found = _dataset_mentions(text, s_start, s_end)
    return found[-1][1] if found else None


PIPE_GROUP = regex.compile(r"(?<![^\s(])[^\s|()]+(?:\|[^\s|()]+)+")


def pipe_partner(found: Found, text: str, s_start: int, s_end: int) -> tuple[str | None, bool]:
    """For a number in a pipe list (75.15%|82.03%), the item at the same place in a list of
    names in the sentence (MobileNet-V1|ResNet-50), and whether that list follows on/in."""
    if "|" not in text[s_start:s_end]:
        return None, False
    groups = list(PIPE_GROUP.finditer(text, s_start, s_end))
    mine = next((g for g in groups if g.start() <= found.start < g.end()), None)
    if mine is None:
        return None, False
    index = text.count("|", mine.start(), found.start)
    size = mine.group(0).count("|") + 1
    for g in groups:
        items = g.group(0).split("|")
        if g is mine or len(items) != size or any(i[:1].isdigit() or i[:1] in "+-" for i in items):
            continue
        on = _R(r"(?i)\b(?:on|in|across)\s(?:the\s)?$").search(text, max(s_start, g.start() - 12), g.start())
        return items[index].strip(".,;:"), on is not None
    return None, False


def _size_owner(found: Found, text: str, s_start: int, s_end: int) -> str | None:
    """The model a parameter count belongs to: the name it is part of, or the one next to it."""
    a = found.start
    while a > s_start and _R(r"[\w.\-/]").match(text[a - 1]):
        a -= 1
    b = found.end
    while (
        b < s_end
        and _R(r"[\w.\-/]").match(text[b])
        and not (text[b] == "." and (b + 1 >= s_end or text[b + 1] == " "))
    ):
        b += 1
    if (a < found.start or b > found.end) and not _R(r"(?i)^-?(?:param|sized?\b|scale\b)").match(
        text[found.end : b]
    ):
        return text[a:b].strip("-")
    left = text[s_start : found.start]
    m = _NAME_START.match(text, found.end, s_end)
    if m and not _R(r"(?i)param|token|GPU").match(m.group("n")):
        return m.group("n")
    m = _R(rf"(?P<n>{NAME}|[A-Z][a-z]+)(?:\s[a-z]+)?\s?\(\s?$").search(left[-50:])
    if m:
        return m.group("n")
    m = _R(rf"(?P<n>{NAME}|[A-Z][\w\-]*[a-z][\w\-]*\s\d+(?:\.\d+)?)\s$").search(
        text, max(s_start, found.start - 40), found.start
    )
    if m:
        return m.group("n")
    m = _SIZE_OWNER_BEFORE.search(text, max(s_start, found.start - 60), found.start)
    prep = m and _R(r"(?i)\b(?:in|on|for|to|from|at)\s(?:the\s)?$").search(
        text, max(s_start, m.start("n") - 12), m.start("n")
    )
    return m.group("n") if m and not prep else None


def model_for(found: Found, text: str, s_start: int, s_end: int, method: str | None) -> str | None:
    left = text[s_start : found.start]
    sentence = text[s_start:s_end]
    if found.kind is Kind.PARAM_COUNT:
        owner = _size_owner(found, text, s_start, s_end)
        if owner:
            return owner
        if method and (OUR.search(left[-40:]) or method in left[-80:]):
            return method
        return None
    item, on = pipe_partner(found, text, s_start, s_end)
    if item and not on:
        return item
    p = _PAREN_SYSTEM.match(text, found.end, s_end)
    if p:
        return p.group("n")
    clause = left[left.rfind(";") + 1 :]
    m = _ON_MODEL_AFTER.match(text, found.end, s_end) or _ON_MODEL.search(clause)
    if m:
        return m.group("n")
    m = _FOR_SYSTEM.match(text, found.end, s_end)
    if m:
        return m.group("n")
    ft = None
    for ft in _FINE_TUNED.finditer(left):  # noqa: B007 - the last one
        pass
    if ft is not None:
        return ft.group("n")
    for mm in NAME_RE.finditer(clause):
        n = mm.group("n")
        if (
            n in _SENT_START
            or _R(r"^(?:[A-Z][a-z]+)$").match(n)
            or METRIC.fullmatch(n)
            or _UNIT_NAME.match(n)
            or _NOT_DATASET.match(n)
        ):
            continue
        if _R(r"\d\s?$").search(clause, max(0, mm.start() - 3), mm.start()):
            continue
        if _R(
            r"(?i)\b(?:on|in|for|across|over|with|than|from|to|of|by|against|via|using|like|as|e\.g\.,?)\s(?:the\s)?$"
        ).search(clause, max(0, mm.start() - 12), mm.start()):
            continue
        after = clause[mm.end() : mm.end() + 40]
        if _R(
            r"^(?:'s\s|\s(?:\w+\s)?(?:achiev|obtain|reach|outperform|improv|surpass|attain|gets|yield|score|brings"
            r"|reduc|is|can|shows|demonstrat|perform|match|deliver|exceed|sets))"
        ).match(after):
            return n
    if method and (
        OUR.search(left)
        or _R(r"\b(?:[Ww]e|[Oo]ur|[Ii]t|proposed)\b").search(sentence)
        or method in sentence
        or found.kind in (Kind.IMPROVEMENT, Kind.SPEEDUP, Kind.REDUCTION)
    ):
        return method
    return None


def baseline_for(found: Found, text: str, s_start: int, s_end: int) -> str | None:
    if found.kind not in (Kind.IMPROVEMENT, Kind.SPEEDUP, Kind.REDUCTION):
        return None
    left = text[s_start : found.start]
    m = _AND_BY.search(left[-80:])
    if (
        m
        and _R(r"(?i)\b(?:outperform|surpass|beat|exceed)\w*").search(left)
        and _R(r"\bby\s(?:\S+\s?)?[+\-]?\d").search(left[-80:][: m.start()])
        and not _R(r"(?i)^\w+\s(?:its|the|their|our|a|an|this)\b").match(m.group("np"))
        and not _R(r"(?i)\bon\s(?:the\s)?[^,;]{2,50}\sby\s(?:\S+\s?)?[+\-]?\d[^,;]{0,12}$").search(
            left[: len(left) - len(m.group(0))]
        )
    ):
        np = _clean_np(m.group("np"))
        if np:
            return np
    if found.kind is Kind.REDUCTION:
        s = _SHARE_OF.match(text, found.end, s_end)
        if (
            s
            and (MODEL_NOUN.search(s.group("o")) or NAME_RE.search(s.group("o")))
            and not COST.search(s.group("o"))
        ):
            np = _clean_np(s.group("o"))
            if np:
                return np
    best, dist = None, 10**9
    for mm in BASELINE_CUE.finditer(text, s_start, s_end):
        after = text[mm.end() : s_end]
        made = _MADE_BY.match(after)
        np = _clean_np(after[made.end() :] if made else after)
        if np is None:
            continue
        cue = mm.group(0).strip().lower()
        if cue in ("over", "above") and _R(r"\s*\d").match(text[mm.end() : mm.end() + 3]):
            continue
        if mm.start() >= found.end:
            d = mm.start() - found.end
        elif mm.end() <= found.start:
            d = found.start - mm.end() + 10
        else:
            continue
        if d < dist:
            best, dist = np, d
    return best


_ITEM = r"[A-Za-z0-9][\w\-./+]*(?:\s[A-Z0-9][\w\-./+]*){0,3}"
_ITEM_LIST = regex.compile(
    rf"\b(?P<prep>on|in|across|from|using|with|for|of|by)\s(?:the\s|both\s)?"
    rf"(?P<items>{_ITEM}(?:,\s(?:and\s)?(?:the\s)?{_ITEM})*,?\s(?:and|&)\s(?:the\s)?{_ITEM})"
)
_ITEM_SPLIT = regex.compile(r",\s(?:and\s)?(?:the\s)?|\s(?:and|&)\s(?:the\s)?")


def respectively(text: str, s_start: int, s_end: int, size: int) -> dict[str, list[str]]:
    """For "A%, B% and C% on X, Y and Z, respectively": the items each number goes with,
    as {"dataset": [...]} or {"model": [...]}, when a list of `size` names follows a preposition."""
    out: dict[str, list[str]] = {}
    for m in _ITEM_LIST.finditer(text, s_start, s_end, overlapped=True):
        items = [i.strip() for i in _ITEM_SPLIT.split(m.group("items"))]
        if len(items) != size or not all(
            _R(r"[A-Z0-9]").search(i) and _R(r"[A-Za-z]").search(i) for i in items
        ):
            continue
        if all(METRIC.fullmatch(i) for i in items) or _R(r"(?i)\bterms\s$").search(
            text, max(0, m.start() - 7), m.start()
        ):
            field = "metric"
        elif m.group("prep") in ("on", "in", "across", "from"):
            field = "dataset"
        else:
            field = "model"
        out.setdefault(field, items)
    return out
