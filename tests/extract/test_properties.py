"""Properties that hold for any text: no exception, exact spans, no overlaps, values that parse back."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from etl.extract import extract_text

WORDS = [
    "improves",
    "by",
    "up to",
    "accuracy",
    "of",
    "on",
    "ImageNet-1K",
    "7B",
    "GPT-4",
    "faster",
    "x",
    "%",
    "\\%",
    "times",
    "tokens",
    "parameters",
    "reduces",
    "memory",
    "from",
    "to",
    "and",
    "|",
    "(",
    ")",
    "sim",
    "~",
    "-",
    "+",
    "12.5",
    "0.3",
    "1,398",
    "eight",
    "billion",
    "3h 40m",
    "points",
    ".",
    ",",
    "We propose Foo.",
    "Llama-2-70B",
]
texty = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join),
    st.lists(
        st.one_of(
            st.sampled_from(WORDS), st.from_regex(r"[+-]?\d{1,4}(\.\d{1,3})?(%|x|B|M|K)?", fullmatch=True)
        ),
        max_size=40,
    ).map(" ".join),
)
PLAIN = regex.compile(r"[+\-]?\d+(?:\.\d+)?%?")


@settings(max_examples=300, deadline=None)
@given(texty)
def test_never_raises_and_spans_are_exact(text):
    results = extract_text(text)
    for r in results:
        assert text[r.span_start : r.span_end] == r.text
        assert r.text in r.sentence
        assert r.rule


@settings(max_examples=300, deadline=None)
@given(texty)
def test_spans_never_overlap(text):
    spans = sorted((r.span_start, r.span_end) for r in extract_text(text))
    for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
        assert end <= start


@settings(max_examples=300, deadline=None)
@given(texty)
def test_plain_values_parse_back(text):
    for r in extract_text(text):
        if (
            PLAIN.fullmatch(r.text)
            and r.value is not None
            and r.kind.value not in ("param_count", "data_size")
        ):
            assert abs(abs(r.value) - abs(float(r.text.rstrip("%")))) < 1e-9


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200), st.text(max_size=80))
def test_title_never_breaks_extraction(abstract, title):
    extract_text(abstract, title)
