"""The number grammar: spans, values, magnitudes, units, ranges and names."""

from __future__ import annotations

import pytest

from etl.extract.numbers import candidates


def only(text: str):
    found = candidates(text)
    assert len(found) == 1, [text[c.start : c.end] for c in found]
    c = found[0]
    return text[c.start : c.end], c


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("gets 75.15% on it", "75.15%", 75.15, "%"),
        ("a gain of +14.4% here", "+14.4%", 14.4, "%"),
        ("about 30\\% more", "30\\%", 30.0, "%"),
        ("1,398 queries", "1,398", 1398.0, None),
        ("8.3 billion parameters", "8.3 billion", 8.3e9, None),
        ("a 7-billion-parameter model", "7-billion", 7e9, None),
        ("3.54x speedup", "3.54x", 3.54, "x"),
        ("129 times faster", "129 times", 129.0, "x"),
        ("eight times less", "eight times", 8.0, "x"),
        ("a two-fold gain", "two-fold", 2.0, "x"),
        ("ten trillion tokens", "ten trillion tokens", 1e13, "tokens"),
        ("fifty billion pairs", "fifty billion", 5e10, None),
        ("thirty three thousand triplets", "thirty three thousand", 33000.0, None),
        ("even for a million samples", "a million", 1e6, None),
        ("9 percentage point increase", "9 percentage point", 9.0, "pp"),
        ("1.4 BLEU points", "1.4 BLEU points", 1.4, "pp"),
        ("3h 40m of audio", "3h 40m", 3 + 40 / 60, None),
        ("120k comparisons", "120k", 120000.0, None),
        ("a 1e-4 rate", "1e-4", 1e-4, None),
        ("doubling the time", "doubling", 2.0, None),
    ],
)
def test_atom_value(text, surface, value, unit):
    got, c = only(text)
    assert got == surface
    assert c.a.value == pytest.approx(value)
    assert c.a.unit == unit


@pytest.mark.parametrize(
    ("text", "surface", "low", "high"),
    [
        ("10-20x compression", "10-20x", 10.0, 20.0),
        ("770M to 11B models", "770M to 11B", 7.7e8, 1.1e10),
        ("Pythia (70M-12B parameters)", "70M-12B", 7e7, 1.2e10),
        ("1.2xsim3.3x acceleration", "1.2xsim3.3x", 1.2, 3.3),
        ("millions to hundreds of billions of parameters", "millions to hundreds of billions", 1e6, 1e11),
    ],
)
def test_pair(text, surface, low, high):
    got, c = only(text)
    assert got == surface
    assert c.a.value == pytest.approx(low)
    assert c.b.value == pytest.approx(high)


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("On Llama-3.1-8B-Instruct we", "8B", 8e9),
        ("GLM-4-9B is", "9B", 9e9),
        ("than Mistral-7B-v0.1 on", "7B", 7e9),
        ("Mixtral 8x7B is", "8x7B", 5.6e10),
        ("an 8*16B mixture", "8*16B", 1.28e11),
    ],
)
def test_size_inside_a_name(text, surface, value):
    got, c = only(text)
    assert got == surface
    assert c.a.value == pytest.approx(value)


@pytest.mark.parametrize(
    "text", ["GPT-4", "ResNet-50", "ViT-B/16", "CC12M", "HowTo100M", "Llama3.1", "top-1", "Recall@10"]
)
def test_digits_of_names_are_not_numbers(text):
    assert candidates(text) == []


def test_spans_are_left_to_right_and_disjoint():
    text = "from 36.2% to 40.7%, 7B and 13B, 2x and 3x"
    found = candidates(text)
    ends = [(c.start, c.end) for c in found]
    assert ends == sorted(ends)
    assert all(a[1] <= b[0] for a, b in zip(ends, ends[1:], strict=False))
