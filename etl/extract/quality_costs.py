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

from etl.extract.cues import BAD, COST, DEGREE_BEFORE, METRIC, SPEED

# the words of degree (cues.DEGREE_BEFORE) and of a further amount ("a further 1.9%") before a value
_HEDGE = rf"(?:(?:merely|a\sfurther|another|an\sadditional)\s)?{DEGREE_BEFORE}"
_SMALL = r"(?:(?:small|slight|minor|negligible|marginal|modest|mere|tiny)\s)?"
# "with a loss of only 0.5 AP", "at the cost of 1.2 points": quality given up (a "loss of" after a metric,
# "a validation loss of 2.1", is a value of that loss)
_PAID = regex.compile(
    rf"(?i)\b(?:with|at|for|incurring|and)\s(?:a|an|the)\s{_SMALL}(?:loss|cost|price|penalty)\sof\s{_HEDGE}$"
)
# "costing 2.6% accuracy", "costs 3.9 points": the verb, paid in quality only with a metric or points after it;
# "costs 40% less than X", "costs only 5% of a step" is a price in compute (a reduction or a share)
_COSTS_VERB = regex.compile(rf"(?i)\bcost(?:s|ing)?\s{_HEDGE}$")
_PRICE_AFTER = regex.compile(
    r"(?i)^\s(?:of|less|fewer|more|lower|higher|cheaper|extra|additional|as|than|below|compared|relative)\b"
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
# a good measure named after what it finds ("hallucination detection F1", "the detection rate of errors",
# "error correction accuracy"): an error word in it is no error that grows
_GOOD_HEAD = regex.compile(
    r"(?i)\b(?:F1|F-?score|accuracy|recall|precision|AUC|AUROC|AUPRC|detection|correction|identification|coverage)\b"
)
# a gap that is itself the measure ("reduces the generalization gap to 1.9%", "the duality gap drops to 0.02"):
# its value is a score, not a distance left to a better system
_MEASURE_GAP = (
    r"(?<!\b(?:generali[sz]ation|optimality|duality|integrality|train-test|train/test|domain|modality)\s)"
)
# "the accuracy gap shrinks to 0.8%", "closes the gap to full precision to 1.2 points", "close the gap to 0.6%"
_GAP_TO = regex.compile(
    rf"(?i)\b{_MEASURE_GAP}gaps?\s(?:(?!\bby\b)[^.;,]){{0,40}}?(?:shrinks?|shrank|narrows?|narrowed|falls?|fell"
    rf"|drops?|dropped|closes?|closed|is\s(?:reduced|cut))\s(?:down\s)?to\s{_HEDGE}$"
    rf"|\b(?:narrow|clos|shrink|reduc|cut)\w*\s(?:the\s|this\s|that\s)?(?:[\w\-]+\s)?{_MEASURE_GAP}gaps?\s"
    rf"(?:(?:to|with)\s(?:(?!\bby\b)[^.;,]){{0,40}}?\s)?to\s{_HEDGE}$"
)
# "a 40% gap to scripted experts remains", "a 3-point gap to the oracle": the distance left to a better system
# (a gap "to the runner-up" that a system "leads" or "opens" is a lead over worse ones)
_GAP_AFTER = regex.compile(r"(?i)^\s(?:[\w\-]+\s)?gap\s(?:to|with)\s")
_BETTER_AFTER = regex.compile(
    r"(?i)^[^.;,]{0,50}?\b(?:humans?|oracles?|experts?|teachers?|upper[\s-]bounds?|GPT-4\w*|full[\s-]precision"
    r"|fully[\s-]supervised|full[\s-]fine-?tuning|state[\s-]of[\s-]the[\s-]art|SOTA|remains?|remaining|persists?)\b"
)
_LEAD_BEFORE = regex.compile(
    r"(?i)\b(?:lead\w*|opens?|opening|opened|ahead|outperform\w*|beat\w*|surpass\w*)\b"
)
# "adds about 6% to decoding time", "adds 11.7% to the success rate"
_ADDS = regex.compile(rf"(?i)\badd(?:s|ed|ing)?\s{DEGREE_BEFORE}$")
_TO_WHAT = regex.compile(
    r"(?i)^\s(?:extra\s|more\s)?to\s(?:the\s|its\s|their\s)?(?:total\s|overall\s)?(?P<w>[^.;,]{0,40})"
)
# what is added to ends at the next clause ("adds 8% to the latency while cutting errors by half")
_NEXT_CLAUSE = regex.compile(r"(?i)\s(?:while|and|but|whereas|with|without)\s")

Change = Literal["paid", "gap", "added", "overhead"]


def _bad_rise(left: str) -> bool:
    m = _BAD_RISE_OF.search(left[-60:]) or _BAD_RAISED_BY.search(left[-80:])
    return (
        m is not None
        and BAD.search(m.group("m")) is not None
        and not _NOT_LOSS.search(m.group("m"))
        and not _GOOD_HEAD.search(m.group("m"))
    )


def quality_change(left: str, right: str, measured: bool) -> Change | None:
    """Which of the shapes above a value is in; `measured` says the value has a unit of its own
    (%, points) so "costs 3.9 points" needs no metric after it, a bare one does ("0.5 AP"); "costs 40% less"
    and "costs 5% of X" are prices in compute, no quality paid."""
    if left.endswith(" "):
        head = right[:30].split(",", 1)[0]  # "at the cost of 15% slower decoding": a price in speed or cost
        paid = _PAID.search(left[-45:]) is not None or (
            _COSTS_VERB.search(left[-30:]) is not None and _PRICE_AFTER.match(right) is None
        )
        if (
            paid
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
                w = _NEXT_CLAUSE.split(to.group("w"), 1)[0]
                if COST.search(w) is not None and METRIC.search(w) is None:
                    return "overhead"
                if METRIC.search(w) is not None:
                    return "added"
    gap = _GAP_AFTER.match(right) if measured else None
    if gap is not None and _BETTER_AFTER.match(right[gap.end() :]) and not _LEAD_BEFORE.search(left[-80:]):
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
