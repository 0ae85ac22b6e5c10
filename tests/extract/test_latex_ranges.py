"""LaTeX writes an en dash as `--`: a range separator, never a minus sign on the high end."""

import pytest

from etl.extract import extract_text


@pytest.mark.parametrize(
    "sentence",
    ["Our loss lowers the error rate by 10--33\\% over the baselines.", "It improves F1 by 2 -- 3 points."],
)
def test_double_hyphen_is_a_range(sentence: str) -> None:
    (r,) = extract_text(sentence)
    assert r.value is None and r.value_low is not None and r.value_high is not None
    assert 0 < r.value_low < r.value_high
