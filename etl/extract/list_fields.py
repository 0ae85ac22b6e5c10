"""Fields that a list of values takes from another list, by position: "respectively" lists, "on these
benchmarks", gains listed after their scores, from-to pairs, and a metric written once after two values.
Split from core.py; pure functions over the results of one abstract."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

import regex

from etl.extract import context
from etl.extract.cues import COST, METRIC
from etl.extract.numbers import word_value
from etl.records import Kind, Result

LIST_GAP = regex.compile(r"[^.;:]{0,80}?(?:,|\band\b|\bor\b|\bwhile\b|\bbut\b)[^.;:]{0,40}$|\s?/\s?$")


# a later member of a long coordination: "by 0.40% mAP for oriented detection with a weaker backbone
# (R-101 vs R-152) and 3.08% mAP for horizontal detection", up to the "and" right before the value
_LONG_GAP = regex.compile(r"[^.;:]{0,200}?(?:,\s?(?:and\s)?|\sand\s)$")
_WORDS_AFTER = regex.compile(r"\\?%?[~\s]?(?P<w>[A-Za-z][\w\-@]+(?:[~\s]\(?[\w\-@]+\)?)?)")


def parallel_member(text: str, prev_end: int, start: int, end: int) -> bool:
    """Whether a value continues the list of the value before it, far after it, because it repeats the
    words that follow that value (its unit and metric): parallel members of one coordination."""
    if not _LONG_GAP.fullmatch(text, prev_end, start):
        return False
    a, b = _WORDS_AFTER.match(text, prev_end), _WORDS_AFTER.match(text, end)
    return a is not None and b is not None and a.group("w") == b.group("w")


def sentence_of(starts: list[int], pos: int) -> int:
    """The index of the sentence (by its start offsets) that holds `pos`."""
    return max(0, bisect_right(starts, pos) - 1)


# two values joined with nothing between but "and"/"or"/a comma: "with only 1% or 10% data"
_TIGHT_PAIR = regex.compile(r",?\s(?:and|or|to)\s|,\s|\s?/\s?")


def metric_back(text: str, results: list[Result]) -> list[Result]:
    """The first of two values joined tightly ("1% or 10% data", "2.1 and 3.4 BLEU") takes the metric
    written after the second when it has none of its own."""
    out = list(results)
    for k in range(len(out) - 2, -1, -1):
        a, b = out[k], out[k + 1]
        if (
            a.metric is None
            and b.metric
            and a.kind is b.kind
            and _TIGHT_PAIR.fullmatch(text, a.span_end, b.span_start)
        ):
            out[k] = replace(a, metric=b.metric)
    return out


# "we achieve 83.1%, 74.5% and 59.7% on these benchmarks": the list the sentence before named, in order
_THESE_DATA = regex.compile(
    r"[^.;]{0,20}?\b(?:on|across|in)\s(?:these|those|the\s(?:(?P<n>two|three|four|five|six)|above))\s"
    r"(?:[a-z][\w\-]*\s)?(?:benchmarks|datasets|data\ssets|corpora)\b"
)


def respectively(
    text: str, spans: list[tuple[int, int]], starts: list[int], results: list[Result]
) -> list[Result]:
    """Numbers listed in a sentence that says "respectively" take the items of the list
    of names of the same length (data sets after on/in, systems after using/with/for); listed "on
    these benchmarks", they take the data sets the sentence before listed."""
    out = list(results)
    i = 0
    while i < len(out):
        s, e = spans[sentence_of(starts, out[i].span_start)]
        j = i + 1
        while (
            j < len(out)
            and out[j].kind is out[i].kind
            and out[j].unit is out[i].unit  # "4.4 GPU days ... and an error of 2.47%" is no list
            and LIST_GAP.match(text, out[j - 1].span_end, out[j].span_start)
        ):
            j += 1
        these = j - i >= 2 and _THESE_DATA.match(text, out[j - 1].span_end, min(e, out[j - 1].span_end + 40))
        if these and these.group("n") and word_value(these.group("n")) != j - i:
            these = None  # "81.0% and 72.5% on the three benchmarks": not one value each
        if j - i >= 2 and ("respectively" in text[s:e] or these):
            fields = context.respectively(text, s, e, j - i) if "respectively" in text[s:e] else {}
            k = sentence_of(starts, out[i].span_start)
            if (
                "dataset" not in fields
                and k > 0
                and not context.list_dataset(text, s, e, out[j - 1].span_end)
            ):
                # "... on MSRVTT, MSVD and TGIF. It reaches 49.6, 61.0 and 79.0, respectively": the list
                # of the sentence before
                before = context.respectively(text, *spans[k - 1], j - i).get("dataset")
                if before:
                    fields["dataset"] = before
            if "dataset" not in fields:
                cyclic = _metric_major_data(text, s, e, out, i, j)
                if cyclic:
                    fields["dataset"] = cyclic
            if "dataset" not in fields:
                fields.update(_paired_data(text, spans, starts, out, i, j))
            if "metric" not in fields:
                fields.update(_coordinated_metrics(text, s, out[i].span_start, j - i))
            if "metric" not in fields:
                fields.update(_metrics_by_position(text, spans, starts, out, i, j))
            for n in range(i, j):
                out[n] = replace(out[n], **{f: items[n - i] for f, items in fields.items()})
        elif j - i >= 2:
            fields = _paired_data(text, spans, starts, out, i, j, same_sentence_only=True)
            fields.update(_metrics_by_position(text, spans, starts, out, i, j))
            for n in range(i, j):
                out[n] = replace(out[n], **{f: items[n - i] for f, items in fields.items()})
        i = j
    return _gains_after_scores(text, _pairs_respectively(text, spans, starts, out))


# a metric written right after a listed value: "2.1 BLEU" of "by 2.1 BLEU and 1.4 points"
_OWN_METRIC = regex.compile(
    r"\s(?!(?:respectively|and|or|on|in|for|over)\b)([A-Za-z][\w\-@]*)"
    r"(?=,?\s(?:and|respectively|on|in|for|over)\b|[,.;]|$)"
)


def _metric_major_data(text: str, s: int, e: int, out: list[Result], i: int, j: int) -> list[str] | None:
    """ "an accuracy of a/b/c and AUC of d/e/f on X, Y and Z, respectively": m metrics times n data sets,
    each metric opening its run of n values; the k-th value is on the (k mod n)-th data set."""
    size = j - i
    for n in range(2, size // 2 + 1):
        if size % n:
            continue
        items = context.respectively(text, s, e, n).get("dataset")
        if not items:
            continue
        opens = all(
            METRIC.search(text, out[i + k - 1].span_end, out[i + k].span_start) for k in range(n, size, n)
        )
        inside = any(
            METRIC.search(text, out[i + k - 1].span_end, out[i + k].span_start)
            for k in range(1, size)
            if k % n
        )
        if opens and not inside:
            return [items[k % n] for k in range(size)]
    return None


def _fold(name: str) -> str:
    return " ".join(name.casefold().split())


# modifiers coordinated before one plural metric noun: "in image and group scores ... by 37% and 9%,
# respectively" -> image scores, group scores
_COORDINATED_METRIC = regex.compile(
    r"(?<![\w\-])(?P<ws>[a-z][\w\-]*(?:,\s[a-z][\w\-]*)*,?\sand\s[a-z][\w\-]*)\s"
    r"(?P<h>scores|accuracies|rates|errors|F1\sscores)\b"
)


def _coordinated_metrics(text: str, s: int, first: int, size: int) -> dict[str, list[str]]:
    """The metrics of a "respectively" list, one per modifier of a plural metric noun written before it."""
    found = None
    for found in _COORDINATED_METRIC.finditer(text, max(s, first - 200), first):  # noqa: B007 - the last one
        pass
    if found is None:
        return {}
    words = regex.split(r",?\sand\s|,\s", found.group("ws"))
    if len(words) != size:
        return {}
    return {"metric": [f"{w} {found.group('h')}" for w in words]}


def _metrics_by_position(
    text: str, spans: list[tuple[int, int]], starts: list[int], out: list[Result], i: int, j: int
) -> dict[str, list[str]]:
    """The metrics of a list of values, by position, when the sentence listed as many values before it,
    each with its own metric and the same unit: "85.9% top-1 accuracy on A and 61.0% recall@1 on B,
    improving on X by 1.1 and 2.4 points"; not when a listed value writes another metric right after it."""
    run = out[i:j]
    if run[0].kind not in _MEASURED:
        return {}
    s, _ = spans[sentence_of(starts, run[0].span_start)]
    earlier = [r for r in out[:i] if s <= r.span_start and r.kind in _MEASURED]
    names = [r.metric for r in earlier]
    if len(names) != len(run) or None in names or len({_fold(n) for n in names if n}) != len(names):
        return {}
    if len({r.unit for r in earlier}) > 1 or _PAIR_TO.fullmatch(
        text, earlier[-1].span_end, run[0].span_start
    ):
        return {}  # "a 9% gain ... (from 0.86 to 0.95)": no list of values, one per metric
    if _MEASURE_BY.search(text, max(s, run[0].span_start - 40), run[0].span_start):
        return {}  # "... and improves latency by 2.1 and 1.4 ms": the list names its own measure
    for r, name in zip(run, names, strict=True):
        own = _OWN_METRIC.match(text, r.span_end)
        if own and _fold(own.group(1)) != _fold(name or ""):
            return {}  # "by 2.1 BLEU and 1.4 points": the value says its own metric
    return {"metric": [n for n in names if n]}


_MEASURE_BY = regex.compile(rf"(?:{COST.pattern}|{METRIC.pattern})\sby\s(?:up\sto\s|about\s|around\s)?$")
# "from 61.2% to 78.9% and from 48.5% to 66.0%": a list of from-to pairs, one pair per listed item
_PAIR_TO = regex.compile(r"\s?(?:to|→|->|-->)\s")
_PAIR_GAP = regex.compile(r",?\s(?:and\s)?(?:from\s)?")
_MEASURED = (Kind.SCORE, Kind.IMPROVEMENT)


def _pairs_respectively(
    text: str, spans: list[tuple[int, int]], starts: list[int], out: list[Result]
) -> list[Result]:
    """ "On A and B, X raises P from 61.2% to 78.9% and from 48.5% to 66.0%, respectively": the k-th
    from-to pair takes the k-th item of the sentence's list of data sets."""
    out = list(out)
    i = 0
    while i + 3 < len(out):
        j = i
        while (
            j + 1 < len(out)
            and _PAIR_TO.fullmatch(text, out[j].span_end, out[j + 1].span_start)
            and (j == i or _PAIR_GAP.fullmatch(text, out[j - 1].span_end, out[j].span_start))
        ):
            j += 2
        size = (j - i) // 2
        s, e = spans[sentence_of(starts, out[i].span_start)]
        if size >= 2 and "respectively" in text[s:e] and out[i].kind in _MEASURED:
            items = context.respectively(text, s, e, size).get("dataset")
            if items:
                for n in range(i, j):
                    out[n] = replace(out[n], dataset=items[(n - i) // 2])
        i = max(j, i + 1)
    return out


def _paired_data(
    text: str,
    spans: list[tuple[int, int]],
    starts: list[int],
    out: list[Result],
    i: int,
    j: int,
    same_sentence_only: bool = False,
) -> dict[str, list[str]]:
    """The data sets of a list of values that names none after it, by position: "82.3% on A and 71.6%
    on B, surpassing X by 2.1 and 1.4 points" (the values listed before it in the sentence, one data
    set each); with `same_sentence_only` False (the sentence says "respectively") also the values of
    the sentence before ("... on A and ... on B. It beats X by 4.6 and 2.2 points, respectively")."""
    run = out[i:j]
    if run[0].kind not in _MEASURED:
        return {}
    k = sentence_of(starts, run[0].span_start)
    s, e = spans[k]
    if any(r.dataset and text.find(r.dataset, run[0].span_start, e) >= 0 for r in run):
        return {}  # "by 2.1 and 1.4 points on HumanEval": the list names its own
    size = j - i
    # with "respectively", savings listed before count too: "shortens outputs by 52% on A and 34% on B with
    # accuracy changes of +0.6% and -1.3%, respectively"
    kinds = _MEASURED if same_sentence_only else (*_MEASURED, Kind.REDUCTION, Kind.SPEEDUP)
    earlier = [r for r in out[:i] if s <= r.span_start and r.kind in kinds]
    if not earlier and not same_sentence_only and k > 0:
        earlier = [r for r in out[:i] if spans[k - 1][0] <= r.span_start < s and r.kind in _MEASURED]
    names = list(dict.fromkeys(r.dataset for r in earlier if r.dataset))
    if len(names) != size or any(r.dataset is None for r in earlier):
        return {}
    return {"dataset": names}


# a score, its place or setting, a comma, then a gain over another system: "a 71.2% pass rate on FooBench,
# 9.4% higher than X", "an AUROC of 95.8% in the few-shot setting, 3.9% above Y"
_SCORE_TO_GAIN = regex.compile(r"(?:[^.;:()]|(?<=\d)\.(?=\d)){0,90}?,\s")
_GAIN_OVER = regex.compile(
    r"\s?(?:points?\s|pp\s|percentage\spoints\s)?(?:absolute\s|relative\s)?(?:higher|lower|better|above|below"
    r"|ahead\sof)\b"
)
# a metric of the gain's own between the comparative and "than": "1.8 points higher AP50 than X"
_OWN_BEFORE_THAN = regex.compile(
    r"\s(?!(?:than|over|that|of|on|in|at|for|across|with|when|while|and|or|compared)\b)[^\s,;.]+"
    r"(?:\s(?!(?:than|over)\b)[^\s,;.]+){0,3}\s(?:than|over)\b"
)


def _gains_after_scores(text: str, results: list[Result]) -> list[Result]:
    """A gain over another system written right after a score, in its clause, is a gain in the score's
    metric (the gain names none of its own, before "than" or otherwise; a later clause's metric does not
    count)."""
    out = list(results)
    for k in range(1, len(out)):
        a, b = out[k - 1], out[k]
        if (
            a.kind is Kind.SCORE
            and a.metric
            and b.kind is Kind.IMPROVEMENT
            and b.metric != a.metric
            and (over := _GAIN_OVER.match(text, b.span_end))
            and not _OWN_BEFORE_THAN.match(text, over.end())
            and _SCORE_TO_GAIN.fullmatch(text, a.span_end, b.span_start)
        ):
            out[k] = replace(b, metric=a.metric)
    return out
