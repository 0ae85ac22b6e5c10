"""The compiled cue lexicons and patterns the classifier and the context finder share.

Lexicons come from the rule files (`rules/*.toml`, checked when loaded); the patterns below
are grammar glue (windows, clause boundaries, list and comparison constructions) that is
code rather than vocabulary. Everything is compiled once, at import.
"""

from __future__ import annotations

import regex

try:  # the stdlib's own pattern parser (private, stable since 3.11): reads a pattern's structure
    import re._constants as _sre
    import re._parser as _sre_parse
except ImportError:  # pragma: no cover - then no pattern counts as end-anchored (plain searches)
    _sre = _sre_parse = None

from etl.extract.rules import load
from etl.records import Qualifier

# the hedges written between "within" and a gap ("within only 0.5", "within roughly 1.2%"); the one list
# for every "within N of X" reader (shares.py, gap_values.py, baseline_shapes.py)
WITHIN_HEDGE = r"(?:only|just|about|around|roughly|approximately)"
# an optional word of degree before a value (activity_metrics, cost_phrases, cost_metrics)
DEGREE_BEFORE = (
    r"(?:(?:under|about|around|only|just|roughly|nearly|approximately|over|less\sthan|more\sthan|up\sto|at\sleast"
    r"|at\smost|almost|~)\s)?"
)
# system words as a subject, or as the last word of one ("our parsing network"): their speed is not an activity
# the sentence names, and a cost they are the subject of is no cost noun (activity_metrics.py, cost_phrases.py,
# cost_metrics.py)
SYSTEM_WORD = (
    r"(?i:models?|methods?|systems?|networks?|approach(?:es)?|frameworks?|pipelines?|algorithms?|it|this|they"
    r"|ours|variants?|versions?|baselines?|implementations?|solutions?|configurations?|submissions?|students?)"
)

_K = load("kinds")
SPEED, REDUCE, IMPROVE, DROP, SCORE = (_K[n].regex for n in ("speed", "reduce", "improve", "drop", "score"))
COST, BAD, SHARE = _K["cost"].regex, _K["bad_metric"].regex, _K["share_of"].regex
CHANGE, RANGE_FROM = _K["change_from"].regex, _K["range_from"].regex
_C = load("context")
DATA_CONTEXT = _C["data_context"].regex
# the data nouns and their later additions (`data_noun_more`), one alternation
DATA_NOUN = regex.compile(f"{_C['data_noun'].pattern}|{_C['data_noun_more'].pattern}")
PARAM_NOUN, MODEL_NOUN = _C["param_noun"].regex, _C["model_noun"].regex
# the metric lexicon and its later additions (`metric_more`), one alternation
METRIC = regex.compile(f"(?:{_C['metric'].pattern})|(?:{_C['metric_more'].pattern})")
NOT_LEFT = [r for r in load("not_results").rules if r.side == "left" and r.name != "year_like"]
# not_data and rate_per only apply to counts (a bare number or a size), not to %, x or points
_COUNT_ONLY = ("not_data", "rate_per")
NOT_RIGHT = [r for r in load("not_results").rules if r.side == "right" and r.name not in _COUNT_ONLY]
NOT_DATA = load("not_results")["not_data"].regex
RATE_PER = load("not_results")["rate_per"].regex
QUALIFIERS = [(r.regex, Qualifier(r.qualifier)) for r in load("qualifiers").rules]

STOP = regex.compile(
    r"[,;:()\[\]|]|\.(?:\s|$)|(?<![\w\-])(?:with|while|and|but|whereas|which|that|than|compared|relative\sto|versus|vs"
    r"|over|on|in|at|for|when|across|to|from|of|by|against|using|under|as|after|before|during|via|through"
    r"|without|per|is|are|was|were|respectively|if|where|or|while)(?![\w\-])"
)
PIPE_RUN = regex.compile(r"(?:\|[^\s|]+)+|(?:/\d+\.\d+(?:\\?%)?)+(?![\w/.])")
QUAL_WORDS = regex.compile(
    r"(?i)\b(?:up\sto|at\smost|less\sthan|fewer\sthan|lower\sthan|smaller\sthan|more\sthan|greater\sthan|higher\sthan"
    r"|larger\sthan|at\sleast|as\smuch\sas|no\smore\sthan|over|under|above|below|nearly|about|around|almost"
    r"|exceeds|exceeded|exceeding|surpass(?:es|ed|ing))\s*[(\[]?\s*$"
)
FROM_LEFT = regex.compile(r"(?i)\bfrom\s(?:\S+\s){0,2}?$")
TO_RIGHT = regex.compile(r"(?i)^[^.;]{0,80}?\bto\s(?:\S+\s){0,2}?[+\-]?\d")
FROM_TO_LEFT = regex.compile(
    r"(?i)\bfrom\s(?:\S+\s){0,2}?[+\-]?\d+(?:\.\d+)?[^.;]{0,80}?\bto\s(?:[^\s\d]+\s){0,2}?$"
)
IN_GAIN = regex.compile(
    r"(?i)^\s*in\s(?:terms\sof\s)?(?:[\w\-@]+\s){0,3}?(?:gains?|improvements?|boost|increase)\b"
)
PAREN_VALUE = regex.compile(r"(?:[A-Z][\w.\-/]*|[a-z]+[A-Z][\w.\-/]*|humans?)\s?\($")
# "an F1 of only 0.62", "an SSIM of just 0.19": a hedge of smallness between "of" and the value
METRIC_OF = regex.compile(
    r"\s?(?:of\s?(?:only\s|just\s|merely\s|barely\s)?|(?::|=|is|was|reaches|reaching)\s?)(?:about\s|around\s)?$"
)
DATA_HOURS = regex.compile(
    r"(?i)^\s*(?:of\s)?(?:[\w\-]+\s){0,3}?(?:speech|audio|video|data|recordings?|footage|conversations?|dialogues?"
    r"|transcri\w*|lectures?|podcasts?|music|broadcasts?|clips?|gameplay|driving|egocentric"
    r"|corp(?:us|ora)|datasets?|data\ssets?|subsets?|training\ssets?)\b"
)
SHARE_OF_COST = regex.compile(
    r"(?i)^\s*of\s(?:the\s|its\s|their\s)?(?:[\w\-]+\s){0,2}?(?:parameters|params|weights|flops|compute|computation"
    r"|memory|costs?|energy|latency|training\stime|gpu\shours)\b"
)
USE_VERB = regex.compile(
    r"(?i)\b(?:uses?|using|used|requir\w*|needs?|needing|train\w*\s(?:on|with)|updat\w*|tun\w*|activat\w*|keep\w*"
    r"|retain\w*|only|with|consum\w*|costs?)\b"
)
METRIC_THEN_VALUE = regex.compile(
    r"(?i)^\)?\s?(?:\(\w+\)\s)?(?:scores?\s)?(?:of|=|:|is|was|reaching|reaches|achieves|achieving|to|up\sto|from|about|around)?"
    r"(?:(?<=of)\s(?:only|just|merely|barely))?\s?(?:a\s|an\s)?\(?$"  # "an F1 of only 0.62"
)
COMPUTE_AFTER = regex.compile(
    r"^\s*(?:[GMT]?(?:FLOPs?|FLOPS|MACs?|OPs)\b|(?i:multiply-adds|mult-adds|operations))"
)
PARAM_AFTER = regex.compile(r"^[\s\-]*(?:[\w\-()]+\s){0,2}?(?i:param|weights\b)")
USE_DATA = regex.compile(
    r"(?i)\b(?:train\w*|pre-?train\w*|fine-?tun\w*)\s(?:\w+\s)?(?:on|with)\s(?:over\s|about\s|only\s)?$"
)
OVER_AFTER = regex.compile(r"(?i)^\s*(?:\([^)]*\)\s*)?(?:over(?!\s\d)|relative\sto)\s")
PLUS_PERCENT = regex.compile(r"\d\+[\s~]?\\?%")
TIMES_THE = regex.compile(
    r"(?i)\s(?:that\sof\s|those\sof\s)?the\s(?:previous|prior|baseline|state|best|original|current)"
)
# "88.43% vs. 94.78%": two values side by side are scores, not a gain
# (also "3.56 \\textit{v.s} 2.79": the word in a LaTeX style, spelt v.s)
VERSUS = regex.compile(r"(?i)\s*(?:\\[a-z]+\{)?\\?(?:vs\.?|v\.s\.?|versus)\}?\s(?:\\textbf\{)?[+\-]?\d")
VERSUS_END = regex.compile(r"(?i)\d\S*\s?(?:\\[a-z]+\{)?\\?(?:vs\.?|v\.s\.?|versus)\}?\s(?:\\textbf\{)?$")
CHANGE_BEFORE_METRIC = regex.compile(
    r"(?i)\b(?:improv\w*|gains?|increas\w*|boost\w*|reduc\w*|drops?|decreas\w*)\s(?:\w+\s)?(?:in\s)?(?:\S+\s){0,3}$"
)
COLON_METRIC = regex.compile(
    r"(?i)\b(?:accuracy|accuracies|f1|bleu|rouge\S*|map|ap|auc|score|precision|recall|miou|error|sensitivity|specificity"
    r"|dice|iou|auroc|auprc|rmse|mae|wer|cer|psnr|ssim|ndcg|mrr|kappa)\b[^.;:]{0,25}:\s*$"
)
# "a reduction in the deviation of scores of 30%": the change noun governs, not "scores"
CHANGE_NOUN = regex.compile(
    r"(?i)\b(?:improvements?|increases?|gains?|boosts?|reductions?|decreases?|drops?)\s(?:in|of)\s"
)
PASSIVE = regex.compile(r"(?i)\b(?:is|are|was|were|be|been|get|gets)\s$")
DATA_FAMILY = _C["dataset_family"].regex
DATA_AFTER_NAME = regex.compile(
    r"[\w\-]*\s(?:(?:[\w\-]+\s)?(?:datasets?|data|corpus|benchmark|images|videos|image-text|pairs|captions)\b)"
    # a split of it: "on the SA-1B validation split", "the YFCC-15M test set"
    r"|[\w\-]*\s(?:validation|test|training|train|dev|held-out)\s(?:splits?|sets?|subsets?)\b"
    r"|[\w\-]*\s(?:and|or|,)\s(?:the\s)?(?:ImageNet|COCO|JFT|LAION)"
    # an apposition that says what the name is: "Foo-14M, an open-source dataset of ..."
    r"|[\w\-]*,\s(?:an?|the|our)\s(?:(?!(?i:models?|llms?|networks?|transformers?|trained|tuned|fine-tuned"
    r"|on|with|from|using|that|which)\b)[\w\-]+\s){0,4}?(?:datasets?|corpus|corpora|benchmark|collection)\b"
)
ARROW = regex.compile(r"→|->|⟶|rightarrow|\\to\b")
FROM_WORD = regex.compile(r"(?i)\bfrom\b")
COMPARE = regex.compile(r"(?i)\b(?:than|over|to|compared|relative|versus|vs\.?|against)\b")
# "by 3%", "by up to 3%", "by a relative 12%"
# a value set against another ("compared to 7.94 for Vicuna-13B"): the comparison right before it
COMPARED_TO_END = regex.compile(r"(?i)\b(?:compared\s(?:to|with)|versus|vs\.?|against)\s(?:only\s|just\s)?$")
BY_END = regex.compile(r"(?i)\bby\s(?:an?\s)?(?:\S+\s)?$")
LARGER_MODELS = regex.compile(
    r"(?i)^\s*(?:larger|bigger|more\sparameters)\s(?:[\w\-]+\s)?(?:models?|LLMs?|LMs?|networks?)\b"
)
GENERIC_METRIC = regex.compile(r"(?i)(?:\w+\s)*(?:scores?|performance|reward)")
FROM_THE = regex.compile(r"(?i)\bfrom\s(?:the\s|a\s|an\s)?$")
TO_END = regex.compile(r"(?i)\bto\s$")
MORE_COST = regex.compile(r"(?i)^\s*(?:more|larger|additional|extra|higher|bigger)\s")
CLAUSE = regex.compile(r"[;:]|,\s|\.\s|\b(?:while|whereas|but|and)\s(?!\d)", regex.REVERSE)
NAME_BEFORE_PAREN = regex.compile(
    r"(?:[A-Za-z][\w.\-]*\d[\w.\-]*|[A-Z][\w.\-]*[A-Z][\w.\-]*|[A-Z][a-z]+)\s?\(\s?$"
)
# a model name with a digit or a version right before a size: "LLaMA-2 70B", "Llama 3.2 3B", "Mamba-2 370M"
MODEL_BEFORE = regex.compile(r"(?:[A-Za-z][\w.\-]*\d[\w.\-]*|[A-Z][\w\-]*[a-z][\w\-]*\s\d+(?:\.\d+)?)\s$")
NAME_BEFORE = regex.compile(
    r"(?:[A-Za-z][\w.\-]*\d[\w.\-]*|[A-Z][\w.\-]*[A-Z][\w.\-]*|[A-Z][a-z]{2,}[\w\-]*)\s$"
)
NAME_AFTER = regex.compile(
    r"^[\s-]+(?!(?:[A-Z][a-z]+\s)?(?:GPUs?|TPUs?)\b)[A-Z][\w.\-/]*(?:[A-Z0-9][\w.\-/]*)?"
)
PER_TEN = regex.compile(r"^\s?/\s?(?:10|100|5|4|7)\b")
YEAR = regex.compile(r"^(?:1[89]\d\d|20\d\d)$")
# a collection and what it holds: "a dataset consisting of 32,735 lesions", "we release 3,000 rationales"
COLLECTED = regex.compile(
    r"(?i)\b(?:consist\w*\sof|compris\w*|contain\w*|includ\w*|(?:data\s?sets?|corpus|corpora|collection|benchmark|set)\s(?:of|with)"
    r"|totall?ing|(?:curat|collect|annotat|gather|assembl|crawl|scrap|releas|construct|crowdsourc|synthesi[sz])(?:e|es|ed|ing|s)?"
    r"|spans?|spanning)\s(?:(?:a\stotal\sof|a\sset\sof|over|about|around|nearly|more\sthan|approximately|roughly|almost)\s)?$"
)


def _held_noun(modifiers: int) -> regex.Pattern:
    """A plural noun after up to `modifiers` words, not a unit of measure; collections of collections and
    kinds of things are counted, not data ("106 medical datasets", "174 discourse markers")."""
    return regex.compile(
        rf"^\s(?:[\w\-]+\s){{0,{modifiers}}}?(?!(?i:data\s?sets|datasets|benchmarks|models|algorithms|features"
        r"|variables|attributes|types|kinds|topics|genres|markers|metrics|modalities|sources|settings|scenarios"
        r"|environments|sets)\b)[A-Za-z][a-z\-]*[a-rt-z]s\b"
    )


# a plural noun within the next three words: "32,735 annotated lesions"
HELD_NOUN = _held_noun(2)
# the same noun further on, after up to four modifiers ("10,421 high resolution face-blurred portrait
# images", "200,000 manually annotated logo objects"): read only in a list a data set holds (sizes.py)
HELD_NOUN_LONG = _held_noun(4)


def _tail_anchored(items: list) -> bool:
    if not items:
        return False
    op, av = items[-1]
    if op is _sre.AT:
        return av in (_sre.AT_END, _sre.AT_END_STRING)
    if op is _sre.SUBPATTERN:
        return _tail_anchored(list(av[-1]))
    if op is _sre.BRANCH:
        return all(_tail_anchored(list(b)) for b in av[1])
    return False


def _ops(items: list) -> set:
    out = set()
    for op, av in items:
        out.add(op)
        for x in av if isinstance(av, tuple | list) else ():
            if isinstance(x, _sre_parse.SubPattern):
                out |= _ops(list(x))
            elif isinstance(x, list) and x and isinstance(x[0], _sre_parse.SubPattern):
                for sub in x:
                    out |= _ops(list(sub))
    return out


def end_anchored(pattern: str) -> bool:
    """Every match of `pattern` ends at `$` (read off the parsed pattern, not guessed from its
    text), with no atomic group or possessive repeat, whose reading could depend on the direction."""
    if _sre_parse is None or regex.search(r"\(\?[a-zA-Z]*m", pattern):
        return False  # multi-line: `$` holds before every line break
    try:
        tree = list(_sre_parse.parse(pattern))
    except Exception:  # noqa: BLE001 - a `regex`-only construct: not provably anchored
        return False
    return _tail_anchored(tree) and not (_ops(tree) & {_sre.ATOMIC_GROUP, _sre.POSSESSIVE_REPEAT})


class EndSearch:
    """`search(s) is not None` for a pattern whose matches all end at `$`, read from the end.

    When `s` does not end with a line break, `$` only holds at `len(s)`, so one match anchored
    there (a REVERSE `match`) answers the question a forward `search` answers by trying every
    start (measured ~2x faster on the 30-40 character windows before a number). A pattern that
    is not provably end-anchored keeps the plain search.
    """

    __slots__ = ("_forward", "_reverse")

    def __init__(self, pattern: str) -> None:
        self._forward = regex.compile(pattern)
        self._reverse = regex.compile(pattern, regex.REVERSE) if end_anchored(pattern) else None

    def found(self, s: str) -> bool:
        if self._reverse is not None and not s.endswith("\n"):
            return self._reverse.match(s) is not None
        return self._forward.search(s) is not None
