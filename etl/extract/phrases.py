"""Name and noun-phrase grammar the context finders share: what a name looks like (ImageNet-1K,
GPT-3, GLUE), which names are never data sets, and how a noun phrase is cut out of a sentence."""

from __future__ import annotations

import re
from functools import cache

import regex

from etl.extract.cues import METRIC
from etl.extract.latex_names import unwrap_fonts
from etl.extract.rules import load

_R = cache(regex.compile)  # inline patterns: compiled once, looked up cheaply

_WORD_CHAR = regex.compile(r"[\w\-]")


def word_spots(name: str, text: str, start: int = 0, end: int | None = None) -> list[int]:
    """Where `name` stands as a whole word in text[start:end] (no word character or hyphen either side;
    the end of the window counts as a boundary). A plain string search: names are open-ended, so a
    pattern compiled per name would churn regex's cache (a fifth of extract time) or grow one without
    bound."""
    end = len(text) if end is None else end
    out, i, n = [], text.find(name, start, end), len(name)
    while i >= 0 and n:
        if not (i > 0 and _WORD_CHAR.match(text, i - 1)) and not (
            i + n < end and _WORD_CHAR.match(text, i + n)
        ):
            out.append(i)
            i = text.find(name, i + n, end)  # non-overlapping, as a pattern's finditer
        else:
            i = text.find(name, i + 1, end)
    return out


def occurrences(name: str, text: str, start: int = 0, end: int | None = None) -> list[int]:
    """Every start of `name` in text[start:end], overlapping ones too (what a search tries)."""
    end = len(text) if end is None else end
    out, i = [], text.find(name, start, end) if name else -1
    while i >= 0:
        out.append(i)
        i = text.find(name, i + 1, end)
    return out


_C = load("context")
PROPOSAL, OUR = _C["proposal"].regex, _C["our_system"].regex
# "than X", "compared to X", and the longer "in comparison with X", "comparing with X"
BASELINE_CUE = regex.compile(_C["baseline_cue"].pattern + "|" + _C["baseline_cue_long"].pattern)
METRIC_PAREN, MODEL_NOUN = _C["metric_parenthesis"].regex, _C["model_noun"].regex
# pieces of the subject grammar of the model field (names.py): a system's head noun, a verb of result
SYSTEM_HEAD, RESULT_VERB = _C["system_head"].pattern, _C["result_verb"].pattern
TECHNIQUE_HEAD = _C["technique_head"].pattern

# a name: has an inner capital or digit (ImageNet-1K, C-Eval, GPT-3), or is an acronym (GLUE)
NAME = r"(?:(?=[\w.\-/&]*?(?:[a-z][A-Z]|[A-Z][A-Z0-9]|[A-Za-z]-?\d|-[A-Z]))[A-Za-z][\w.]*(?:[\-/&][\w.]+)*)"
# the stdlib engine: same matches, ~2x faster on this pattern (checked on 33k windows of abstracts)
NAME_RE = re.compile(rf"(?<![\w\-])(?P<n>{NAME}(?:\s(?:\d{{2,4}}|[A-Z][A-Za-z]*\d[\w\-]*))?)(?![\w\-])")
NAME_START = regex.compile(rf"[\s-]*(?P<n>{NAME})")
SENT_START = {
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
NOT_DATASET = regex.compile(
    r"^(?:[A-Z][a-z]+|LLMs?|LMs?|GPUs?|CPUs?|TPUs?|NPUs?|FPGAs?|ASICs?|NLP|AI|ML|SOTA|MLLMs?|VLMs?|RL|CV|The|This|Our"
    r"|IEEE|ACM|arXiv|GitHub|PyTorch|TensorFlow|JAX|iOS|SoTA|DNNs?|CNNs?|RNNs?|GNNs?|APIs?|GPT-\d\S*|US|USA|UK|EU)$"
)
NP_STOP = regex.compile(
    r"[,;:()\[\]\\{}]|\.(?!\d)|\bw\.r\.t|(?<=\w)(?<!\bof)(?<!\bin)\s(?:the|a|an)\s|(?<![\w\-])(?:by|on|in|with|while|and|for|across|at|when|using|without|during|which|that|while"
    r"|respectively|under|to|from(?!\sscratch)|as|is|are|was|were|through|via|after|before|per|over|than|compared|comparing)(?![\w\-])"
    r"|(?<![\w@\-/.'])\d(?![\w\-]*[A-Z])"  # a number, but not a name that starts with one (3D-R2N2)
)
METRIC_STOP = regex.compile(NP_STOP.pattern.replace("|per|", "|"))
_DETERMINER = regex.compile(r"(?i)^(?:the|a|an|its|their|our|this|these|of|in|on)\s+")
UNIT_NAME = regex.compile(r"^(?:FPS|fps|GFLOPs|TFLOPs|FLOPs|MACs|GPUs?|CPUs?|TPUs?|ms|MB|GB|TB|Hz|kHz|dB)$")
BASELINE_LIKE = regex.compile(
    r"(?i)\b(?:state[\s-]of[\s-]the[\s-]art|sota|previous\sbest|baselines?|prior\swork)\b"
)
NOT_DATA_NAME = regex.compile(
    r"(?i)\b(?:GPUs?|TPUs?|CPUs?|A100s?|H100s?|V100s?|RTX|GTX|GeForce|Titan|Jetson|Xeon|AMD|Intel|NVIDIA|Qualcomm"
    r"|Snapdragon|Rockchip|Kirin|Exynos|ARM|Raspberry|iPhone|Android|Samsung|Pixel|FPGAs?|ASICs?)\b|^(?:"
    + _C["model_family"].pattern
    + r")(?:[\s\-_.\d]|$)"
)
PRONOUN = regex.compile(r"(?i)it|its|them|they|this|these|that|those|theirs|ours|one|ones|others?|the|an?")
GENERIC = regex.compile(
    r"(?i)(?:(?:average|overall|mean|final|total|evaluation|test|human|the)\s)*(?:scores?|performance|reward)"
)
# "..., and <np> by 3%": the np of a second "by" in a list; it never spans an earlier "by 3.4%"
AND_BY = regex.compile(
    r"(?i)(?:\band|,)\s(?P<np>(?:the\s)?(?:(?!\bby\s[+\-]?\d)[^,;]){2,60}?)\sby\s(?:\S+\s?)?$"
)
# an earlier "by" with its number, before AND_BY's: "improves A by 3% and B by 5%"
BY_NUMBER = regex.compile(r"\bby\s(?:(?:up\sto|an?\s\w+\sof)\s|\S+\s?)?[+\-]?\d")  # "by 3%", "by up to 60%"
# an acronym in brackets, at most two lower-case letters: "(LRA)", "(LiTS)", "(ACL-ARC)", not "(Guideline-Guided)"
ACRONYM = r"\((?P<d>(?=(?:[^a-z)]*[a-z]){0,2}[^a-z)]*\))[A-Z][A-Za-z0-9\-]{1,15})\)"
# the acronym after a name or a data word: "the Street View House Numbers (SVHN)", "an anthology dataset (ACL-ARC)"
ACRONYM_AFTER = regex.compile(r"\s" + ACRONYM)


def clean_np(text: str, limit: int = 70, stop: regex.Pattern | None = None) -> str | None:
    if "\\" in text[:limit] and text[: text.find("\\")].strip():
        # "the previous \\textit{state-of-the-art} method": a phrase begun is not cut at the markup
        text = unwrap_fonts(text[: 2 * limit])
    m = (stop or NP_STOP).search(text, 0, limit)
    np = text[: m.start() if m else limit].strip()
    while True:
        new = _DETERMINER.sub("", np)
        if new == np:
            break
        np = new
    if not np or len(np) < 2 or not _R(r"[A-Za-z]").search(np) or PRONOUN.fullmatch(np):
        return None
    return np


def clean_metric(text: str) -> str | None:
    return clean_np(text, stop=METRIC_STOP)


_ENDS_WITH_METRIC = regex.compile(
    rf"(?:^|\s)(?:{METRIC.pattern})$|\s(?:Rate|Rank|Ratio|Score|Error|Accuracy|Precision|Recall|Distance|Loss"
    r"|Similarity|Gain|Index|Overlap|Coefficient|Measure|Quality)$"
)


def bare_name(name: str) -> str:
    """A name without a sentence end it ran into ("ROUGE-L. The" -> "ROUGE-L")."""
    return name.split(". ", 1)[0].rstrip(".")


def is_dataset(name: str) -> bool:
    """Not a generic acronym, a metric ("MSE", "ODS F-measure"), hardware or a model family."""
    name = bare_name(name)
    return not (
        NOT_DATASET.match(name)
        or _PLURAL_ACRONYM.match(name)  # "DCNNs", "KBs": a kind of thing, not one data set
        or _ENDS_WITH_METRIC.search(name)
        or NOT_DATA_NAME.search(name)
    )


_PLURAL_ACRONYM = regex.compile(r"[A-Z]{2,}s$")
