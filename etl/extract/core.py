"""extract_text: one abstract (or title) in, a list of `Result` out. Pure and cheap per number."""

from __future__ import annotations

from dataclasses import replace

import regex

from etl.extract import context
from etl.extract.baseline_phrases import carried_baseline
from etl.extract.baselines import self_compared
from etl.extract.cues import COMPARED_TO_END, METRIC
from etl.extract.dataset_carry import handed_on
from etl.extract.dataset_lexicon import holds_data, known_dataset, named_as_system
from etl.extract.efficiency_kinds import serial_speedup
from etl.extract.kinds import Found, classify
from etl.extract.latex_marks import unwrap
from etl.extract.latex_names import tidy_name
from etl.extract.list_fields import LIST_GAP, metric_back, parallel_member, respectively, sentence_of
from etl.extract.measured import PHYS_UNIT
from etl.extract.numbers import candidates
from etl.extract.paired_metrics import empty_slot
from etl.extract.phrases import occurrences
from etl.extract.qualifier_lists import share_qualifier
from etl.extract.sentences import split
from etl.extract.size_owners import unowned_data_size
from etl.records import Kind, Result, Section, Unit

_EDGE = regex.compile(r"^[\s,;:.]+|[\s,;:.]+$")
# a possessive clitic cut off its owner ("FBNet-B's search cost" -> "'s search cost"; "than MnasNet's")
_CLITIC = regex.compile(r"^['’]?s\s+|(?<=\w)['’]s$")


# BibTeX braces that keep a title's capitals: "{P}hoto{C}hat", "{RAT-SQL}", "Does {BERT} Make ..."
_CASE_BRACES = regex.compile(r"(?<!\\[A-Za-z]{0,12}|\})\{([A-Za-z][\w\-]*)\}")
_NBSP = regex.compile(r"(?<=\w)~(?=[A-Za-z])")
# LaTeX dead text: a draft abstract left after "\iffalse" up to its "\fi" (or the end) is no part of
# the abstract a reader sees, so neither its numbers nor its names may be read
_DEAD = regex.compile(r"\\iffalse(?![A-Za-z]).*?(?:\\fi(?![A-Za-z])|$)", flags=regex.DOTALL)


def _blank_dead(text: str) -> str:
    """`text` with LaTeX dead text blanked to spaces of the same length, so spans still hold."""
    if "\\iffalse" not in text:
        return text
    return _DEAD.sub(lambda m: " " * len(m.group()), text)


_SHARED = ("metric", "dataset", "model", "baseline")


def _tidy(value: str | None) -> str | None:
    """A context field without edge punctuation; None when nothing is left."""
    if value is None:
        return None
    value = tidy_name(value)  # LaTeX markup and debris ("MobileNet~\\cite{x}", "sim7B")
    if value is None:
        return None
    value = _EDGE.sub("", _CLITIC.sub("", value))
    if value.count("(") > value.count(")"):
        value = value.rstrip("( ")
    return value or None


# How far from a number its context is read. Real sentences are shorter; the cap keeps the work
# per number bounded, so a pathological "sentence" of thousands of numbers stays linear.
WINDOW = 400


def _window(sentence: tuple[int, int], start: int, end: int) -> tuple[int, int]:
    s, e = sentence
    return max(s, start - WINDOW), min(max(e, end), end + WINDOW)


_URL = regex.compile(r"(?:https?://|www\.)\S+")


def _found(text: str) -> tuple[list[tuple[int, int]], list[Found]]:
    cands = candidates(text)
    if cands and ("://" in text or "www." in text):
        urls = [(m.start(), m.end()) for m in _URL.finditer(text)]
        cands = [c for c in cands if not any(a <= c.start < b for a, b in urls)]
    if not cands:
        return [], []
    spans = split(text)
    starts = [s for s, _ in spans]
    out: list[Found] = []
    for c in cands:
        s, e = _window(spans[sentence_of(starts, c.start)], c.start, c.end)
        out.extend(
            replace(f, kind=Kind.SPEEDUP) if serial_speedup(f.kind, f.unit, text, f.end, e, f.start) else f
            for f in classify(text, s, e, c)
        )  # "20 times than that of CPU serial implementation": a gain over a serial run is a speed
    return spans, share_qualifier(text, _inherit(text, out))


# "the mean gain is 12% (with the largest reaching 31%)": the extreme of the same quantity, in
# brackets, is of its kind even when a verb inside ("reaching") reads as a score
_EXTREME_GAP = regex.compile(
    r"[^.;:()]{0,30}\((?:with\s|and\s)?(?:the\s)?(?:highest|largest|biggest|greatest|maximum|peak)\b[^.;:()]{0,30}$"
)


def _bracketed_gain(text: str, f: Found) -> bool:
    """A signed value in brackets after another one: its gain, not a list member ("55.1% (+4.3%)")."""
    return f.start > 0 and text[f.start - 1] == "(" and text[f.start : f.start + 1] in ("+", "↑")


_SIGN = regex.compile(r"[\-−–]")


def _unsigned(f: Found) -> Found:
    """The same reading without the sign of a change: only a gain is signed."""
    low, high = (None if v is None else abs(v) for v in (f.low, f.high))
    if low is not None and high is not None and low > high:
        low, high = high, low
    return replace(f, value=None if f.value is None else abs(f.value), low=low, high=high)


def _inherit(text: str, found: list[Found]) -> list[Found]:
    """A number whose kind is only a default takes the kind of the list it continues
    ("with only 55.6% TFLOPs and 53.8% KV cache storage")."""
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind is not f.kind
            and f.kind not in (Kind.PARAM_COUNT, Kind.DATA_SIZE)
            and prev.kind not in (Kind.PARAM_COUNT, Kind.DATA_SIZE)
            and prev.unit is f.unit
            and not _bracketed_gain(text, prev)  # "55.1% on A (+4.3%) and 30.2% on B": no list of gains
            and (
                not f.strong
                and (
                    LIST_GAP.match(text, prev.end, f.start) or parallel_member(text, prev.end, f.start, f.end)
                )
                or _EXTREME_GAP.fullmatch(text, prev.end, f.start)
            )
        ):
            f = replace(f, kind=prev.kind, rule=f.rule + "+list", strong=True)
            if f.kind is not Kind.IMPROVEMENT and not _SIGN.match(text, f.start):
                f = _unsigned(f)  # a drop read by default is no negative score once it joins a list of scores
        out.append(f)
    return out


def _own_slot(text: str, end: int, model: str | None) -> bool:
    """Whether a list member names where it was measured itself, with a phrase that is no data set's
    name ("by 0.8 BLEU on MuST-C and 4.0 BLEU in a low resource scenario"); "for X" naming the member's
    own system is no such place ("71.3% on MMLU, compared with 65.2% for Llama-2-13B")."""
    m = context.OWN_SLOT.match(text, end, end + 40)
    return m is not None and not (model and text.startswith(model, m.end()) and "for " in m.group(0))


# a list member's own "on <Name>" right before its value: "91.2% on A, and on B 88.0%"
_ON_NAME = regex.compile(r"\bon\s(?:the\s)?(?P<d>[A-Z][\w\-]*(?:\s[A-Z][\w\-]*){0,2})\s?$")


_DATA_WORD_AFTER = regex.compile(r"\s(?:data\s?set|database|benchmark|corpus)")


def _proposed(dataset: str, method: str, text: str) -> bool:
    """Whether a data set's name is the proposed method's (or its first word), and the abstract
    never calls it a data set."""
    return (dataset == method or method.startswith(dataset + " ")) and not any(
        _DATA_WORD_AFTER.match(text, i + len(dataset)) for i in occurrences(dataset, text)
    )


def _holds_data(name: str, text: str) -> bool:
    """Whether the abstract says the proposed name holds a count of items: a benchmark paper whose
    title name was read as its system."""
    return any(holds_data(text, i + len(name)) for i in occurrences(name, text))


def _only_system(name: str, text: str) -> bool:
    """Whether the abstract writes a name the title gives as the paper's data only as a system
    ("We train Pico-1.7B, a small language model, on 11T tokens"), never as data."""
    spots = [i + len(name) for i in occurrences(name, text)]
    return any(named_as_system(text, e) for e in spots) and not any(
        _DATA_WORD_AFTER.match(text, e) or holds_data(text, e) for e in spots
    )


def extract_text(
    abstract: str, title: str | None = None, section: Section = Section.ABSTRACT
) -> list[Result]:
    """Every reported result in `abstract`, in order of appearance, with its context fields.

    `title` is only read for the proposed method's name; pass `section=Section.TITLE` to
    extract from a title itself.
    """
    live = _blank_dead(abstract or "")
    marked = unwrap(live)  # "\\textbf{0.5} GPU hours": read without the markup
    if marked is not None:
        return marked.restore(_extract(marked.clean, title, section))
    return _extract(live, title, section)


def _extract(text: str, title: str | None, section: Section) -> list[Result]:
    spans, founds = _found(text)
    if not founds:
        return []
    raw = text
    text = _NBSP.sub(" ", text)  # LaTeX non-breaking space (MS~COCO): same length, so spans hold
    starts = [s for s, _ in spans]
    if title and "{" in title:
        title = _CASE_BRACES.sub(r"\1", title)  # "{P}hoto{C}hat: A ... Dataset" -> "PhotoChat: ..."
    method, own_dataset = context.proposed_names(title, text)
    if method and own_dataset is None and _holds_data(method, text):
        method, own_dataset = None, method  # "LongBench contains 4,750 questions": a benchmark, not a system
    elif own_dataset and _only_system(own_dataset, text):
        own_dataset = (
            None  # "Pico: Data-Centric Training ...", "We train Pico-1.7B": no data set of that name
        )
    before: dict[int, str | None] = {}
    own_setting: dict[int, bool] = {}  # per sentence, as `before`

    def carried(i: int) -> str | None:
        """The data set the sentences before sentence `i` last named (looked up only when needed,
        once per sentence: its numbers share the answer); none into a human study or a real-robot run."""
        if i not in own_setting:
            own_setting[i] = context.own_setting(text, *spans[i])
        if own_setting[i]:
            return None
        walked = []
        j, d = i, None
        while j not in before:
            walked.append(j)
            if j == 0:
                d = own_dataset or (context.title_dataset(title) if title else None)
                break
            decided, d = handed_on(text, *spans[j - 1])
            if decided:
                break
            j -= 1
        else:
            d = before[j]
        for k in walked:
            before[k] = d
        return d

    results: list[Result] = []
    came: list[bool] = []  # per result, whether its data set came from an earlier sentence
    prev: Result | None = None
    for n, f in enumerate(founds):
        i = sentence_of(starts, f.start)
        s, e = _window(spans[i], f.start, f.end)
        metric = _tidy(context.metric_for(f, text, s, e))
        if metric is None and i > 0 and not context.metric_in(text, *spans[i]):
            metric = context.previous_metric(f, text, *spans[i - 1])  # the sentence before set it
        dataset = context.dataset_for(f, text, s, e, None, own_dataset)
        by_carry = False
        # "by 3.5% across 20 benchmarks", "on a dataset generated from ...": no earlier name carries
        unnamed = dataset is None and context.unnamed_data(f, text, e, s)
        if dataset is None and f.kind is Kind.DATA_SIZE and not unnamed:
            # "we create a set of 1 million synthetic QA pairs": data the paper makes, not an earlier data set
            unnamed = context.made_here(f, text, s, e, carried(i))
        described = f.kind not in (Kind.PARAM_COUNT, Kind.DATA_SIZE)
        if dataset is None and described:
            # "by 3.5% across six public benchmarks": the data as its clause describes it, up to the next number
            upto = founds[n + 1].start if n + 1 < len(founds) else None
            dataset = context.described_after(text, *spans[i], f.end, upto)
        if dataset is None and described:
            # "Extensive experiments on two real-world datasets show ... by 5%": the evaluation's data
            dataset = context.described_before(text, *spans[i], f.start, evaluated_only=True)
        if dataset is None and f.kind is not Kind.PARAM_COUNT and not unnamed:
            # a speed or a model's cost is not measured on the data set an earlier sentence named; a
            # task the sentence itself names replaces that data set ("We test on X. For the grounding
            # task, it leads by 19.7")
            if not context.model_property(f, metric):
                dataset = context.task_before(f, text, s, e)
                if dataset is None:
                    dataset = carried(i)
                    by_carry = dataset is not None
        if dataset is None and described:
            # "Experiments on three real-world datasets show that X gains 5%", when nothing carries
            dataset = context.described_before(text, *spans[i], f.start)
        if dataset and method and f.kind is not Kind.DATA_SIZE and _proposed(dataset, method, text):
            dataset = None  # "HippoRAG" of "propose HippoRAG 2": the system proposed, not a data set
        # "142 ms", "4.5 GB": the text keeps a unit the guideline does not list (the value stays bare)
        u = PHYS_UNIT.match(text[f.end : f.end + 24]) if f.unit is Unit.NONE else None
        unit_len = u.end() if u else 0
        model = _tidy(context.model_for(f, text, s, e, method))
        if model and unowned_data_size(f, text, s):
            model = None  # "a dataset comprising 350 million images": the data set's size, no system's
        baseline = _tidy(context.baseline_for(f, text, s, e))
        if baseline is None:  # "the gain grows to 6.7 points": the system of the gain it continues
            baseline = carried_baseline(f, text, s, results, spans[max(0, i - 1)][0])
        if baseline == model and model is not None and f.kind is not Kind.IMPROVEMENT:
            # "13x fewer parameters than LoRA": the compared system is not the cheaper one; "2x faster than
            # FooNet with dense attention": a variant of the same system
            model, baseline = self_compared(model, text, s, e, method)
        elif baseline == model:
            baseline = (
                None  # "our method improves Llama-3-8B by 5 points": the model improved on is no baseline
            )
        results.append(
            Result(
                section=section,
                span_start=f.start,
                span_end=f.end + unit_len,
                text=raw[f.start : f.end + unit_len],
                kind=f.kind,
                value=f.value,
                value_low=f.low,
                value_high=f.high,
                unit=f.unit,
                qualifier=f.qualifier,
                sentence=raw[s:e],
                rule=f.rule,
                metric=metric,
                dataset=_tidy(dataset),
                model=model,
                baseline=baseline,
            )
        )
        came.append(by_carry)
        if prev is not None and prev.kind is f.kind and LIST_GAP.match(text, prev.span_end, f.start):
            on = _ON_NAME.search(text, prev.span_end, f.start) if results[-1].dataset is None else None
            if on and not METRIC.fullmatch(on.group("d")):
                # "On A, it reaches 91.2%, and on B 88.0%": a member's own "on B" is its data set
                results[-1] = replace(results[-1], dataset=on.group("d"))
            own = results[-1].dataset
            # a list shares what only one of its members names ("by 8.2% on A and 2.1% on B")
            results[-1] = replace(
                results[-1],
                **{
                    k: getattr(prev, k)
                    for k in _SHARED
                    if getattr(results[-1], k) is None
                    and getattr(prev, k)
                    and not (k == "dataset" and (unnamed or _own_slot(text, f.end, results[-1].model)))
                    # "24 GB of GPU memory ... and 71.2% on MMLU": a measure and a score share neither
                    and not (k in ("metric", "dataset") and prev.unit is not results[-1].unit)
                    # "56.50% (mIoU), 45.31% (mean )": a member's own metric slot, empty, is not shared
                    and not (k == "metric" and empty_slot(f, text, *spans[i]))
                    and not (
                        k == "model"  # "X attains 55.3% while our model attains 70.1%"
                        and f.kind is not Kind.PARAM_COUNT
                        and context.new_subject(text, prev.span_end, f.start)
                    )
                    and not (  # "53.6% on A and 31.0% on B, compared with 45.2% ...": another system's value
                        k == "model"
                        and COMPARED_TO_END.search(text, max(prev.span_end, f.start - 30), f.start)
                    )
                },
            )
            if results[-1].dataset != own:
                came[-1] = came[-2]  # shared with the list member before it
        prev = results[-1]
    listed = respectively(text, spans, starts, metric_back(text, results))
    carried_over = [c and a.dataset == b.dataset for c, a, b in zip(came, results, listed, strict=True)]
    return _no_system_as_data(listed, carried_over)


def _no_system_as_data(results: list[Result], carried: list[bool]) -> list[Result]:
    """A data set carried from an earlier sentence that the abstract also names as a compared or
    reporting system is that system ("... the attention in Tacotron2. ... outperforms Tacotron2 by
    0.05"): no score is measured on it. A name the number's own sentence gives, or one the gazetteer
    knows, stays ("outperforms ImageNet pretraining by 2.1 ..., and reaches 78.3% on ImageNet"). A data
    set's own size keeps its name and loses a model of the same name ("MGTAB includes 10K users")."""
    systems = {
        n.casefold() for r in results if r.kind is not Kind.DATA_SIZE for n in (r.model, r.baseline) if n
    }
    out = []
    for k, r in enumerate(results):
        d = r.dataset.casefold() if r.dataset else None
        if d and r.kind is Kind.DATA_SIZE and r.model and r.model.casefold() == d:
            r = replace(r, model=None)
        elif (
            d
            and d in systems
            and r.kind is not Kind.DATA_SIZE
            and carried[k]
            and not known_dataset(r.dataset or "")
        ):
            r = replace(r, dataset=None)
        out.append(r)
    return out
