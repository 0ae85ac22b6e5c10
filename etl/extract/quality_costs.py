"""Values that are a price paid in quality, a remaining gap, or an overhead added, read from the words
right around them (fix round 8). Each is a shape the cue lexicons read with the wrong sign or kind:

- a price paid: "with a loss of only 0.5 AP", "at a cost of 0.6 ROUGE-L", "costing 2.6% accuracy",
  "an MSE increase of 2.4%", "raises the MAE by a further 1.9%": a negative improvement;
- a gap left to a better system: "the accuracy gap shrinks to 0.8%", "close the gap to 0.6%",
  "a 40% gap to scripted experts remains": a negative improvement;
- an amount added: "adds about 6% to decoding time" is an overhead (no result), while
  "adds 11.7% to the success rate" is a gain.
"""

from __future__ import annotations

from typing import Literal

import regex

from etl.extract.cues import BAD, COST, METRIC, SPEED

_HEDGE = (
    r"(?:(?:only|just|merely|about|around|roughly|approximately|nearly|almost|less\sthan|under|at\smost|up\sto"
    r"|a\sfurther|another|an\sadditional)\s)?"
)
_SMALL = r"(?:(?:small|slight|minor|negligible|marginal|modest|mere|tiny)\s)?"
# "with a loss of only 0.5 AP", "at the cost of 1.2 points", "costing 2.6% accuracy", "costs 3.9 points":
# quality given up (a "loss of" after a metric, "a validation loss of 2.1", is a value of that loss)
_PAID = regex.compile(
    rf"(?i)(?:\b(?:with|at|for|incurring|and)\s(?:a|an|the)\s{_SMALL}(?:loss|cost|price|penalty)\sof\s"
    rf"|\bcost(?:s|ing)?\s){_HEDGE}$"
)
# "an MSE increase of 2.4%", "a negligible FID increase of 0.21": a rise of a metric where lower is better
_BAD_RISE_OF = regex.compile(rf"(?i)\b(?P<m>[\w\-@]+)\s(?:increase|rise|growth)\sof\s{_HEDGE}$")
# "raises the MAE by a further 1.9%", "increases word error rate by 0.4 points"
_BAD_RAISED_BY = regex.compile(
    rf"(?i)\b(?:rais(?:es|ed|ing)?|increas(?:es|ed|ing)?)\s(?:the\s|its\s|their\s)?(?P<m>(?:[\w\-@]+\s){{0,3}}?[\w\-@]+)"
    rf"\s(?:(?:on|for)\s\S+\s)?by\s{_HEDGE}$"
)
# words of BAD that are no quality lost when they grow: a gap or margin over others, an attack's success
_NOT_LOSS = regex.compile(r"(?i)\b(?:gaps?|margins?|attack|risk|distance|uncertainty|variance|diversity)\b")
# "the accuracy gap shrinks to 0.8%", "closes the gap to full precision to 1.2 points", "close the gap to 0.6%"
_GAP_TO = regex.compile(
    r"(?i)\bgaps?\s(?:(?!\bby\b)[^.;,]){0,40}?(?:shrinks?|shrank|narrows?|narrowed|falls?|fell|drops?|dropped"
    r"|closes?|closed|is\s(?:reduced|cut))\s(?:down\s)?to\s" + _HEDGE + r"$"
    r"|\b(?:narrow|clos|shrink|reduc|cut)\w*\s(?:the\s|this\s|that\s)?(?:[\w\-]+\s)?gaps?\s"
    r"(?:(?:to|with)\s(?:(?!\bby\b)[^.;,]){0,40}?\s)?to\s" + _HEDGE + r"$"
)
# "a 40% gap to scripted experts remains": the distance left to a better system
_GAP_AFTER = regex.compile(r"(?i)^\s(?:[\w\-]+\s)?gap\s(?:to|with)\s")
# "adds about 6% to decoding time", "adds 11.7% to the success rate"
_ADDS = regex.compile(
    r"(?i)\badd(?:s|ed|ing)?\s(?:only\s|just\s|about\s|around\s|roughly\s|less\sthan\s|under\s|up\sto\s)?$"
)
_TO_WHAT = regex.compile(
    r"(?i)^\s(?:extra\s|more\s)?to\s(?:the\s|its\s|their\s)?(?:total\s|overall\s)?(?P<w>[^.;,]{0,40})"
)

Change = Literal["paid", "gap", "added", "overhead"]


def _bad_rise(left: str) -> bool:
    m = _BAD_RISE_OF.search(left[-60:]) or _BAD_RAISED_BY.search(left[-80:])
    return m is not None and BAD.search(m.group("m")) is not None and not _NOT_LOSS.search(m.group("m"))


def quality_change(left: str, right: str, measured: bool) -> Change | None:
    """Which of the shapes above a value is in; `measured` says the value has a unit of its own
    (%, points) so "costs 3.9 points" needs no metric after it, a bare one does ("0.5 AP")."""
    if left.endswith(" "):
        head = right[:30].split(",", 1)[0]  # "at the cost of 15% slower decoding": a price in speed or cost
        if (
            _PAID.search(left[-45:])
            and (measured or METRIC.match(right.lstrip()) is not None)
            and not (SPEED.search(head) or COST.search(head))
        ):
            return "paid"
        if (
            "increase" in left[-60:] or "rise" in left[-60:] or "growth" in left[-60:] or "rais" in left[-80:]
        ) and _bad_rise(left):
            return "paid"
        if "gap" in left[-90:] and _GAP_TO.search(left[-90:]):
            return "gap"
        if measured and _ADDS.search(left[-30:]):
            to = _TO_WHAT.match(right)
            if to is not None:
                w = to.group("w")
                if COST.search(w) is not None and METRIC.search(w) is None:
                    return "overhead"
                if METRIC.search(w) is not None:
                    return "added"
    if measured and _GAP_AFTER.match(right):
        return "gap"
    return None


# "an average acceptance length of 3.8 tokens", "raises the mean accepted length from 2.9 to 4.1 tokens": a
# count of tokens that a metric names is that metric's value, not an amount of data
_METRIC_TOKENS = regex.compile(
    rf"(?:{METRIC.pattern})\s(?:of|is|was|to|reaches|reaching|from)\s(?:about\s|only\s|just\s)?"
    r"(?:[+\-]?\d[\d.]*\s(?:tokens\s)?(?:to|and)\s)?$"
)


def metric_tokens(left: str) -> bool:
    """A value in tokens right after a metric and "of"/"to" (see `_METRIC_TOKENS`)."""
    return left.endswith(" ") and _METRIC_TOKENS.search(left[-70:]) is not None


# "the mIoU changes by only -0.3", "accuracy changes by -0.4%": a signed value a change verb gives is that change
_CHANGED_BY = regex.compile(
    r"(?i)\b(?:chang(?:es|ed|ing)?|differ(?:s|ed|ing)?|shift(?:s|ed|ing)?|mov(?:es|ed|ing))\s(?:only\s|just\s)?"
    r"by\s(?:only\s|just\s|about\s|roughly\s)?$"
)


def changed_by(left: str) -> bool:
    """A value right after "changes by" (its sign, if written, is the change's direction)."""
    return left.endswith(" ") and _CHANGED_BY.search(left[-40:]) is not None
