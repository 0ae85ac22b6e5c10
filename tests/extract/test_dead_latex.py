"""LaTeX dead text (`\\iffalse ... \\fi`, a draft left in the abstract) is never read."""

from etl.extract.core import extract_text

_LIVE = "We reach 81.2% accuracy on ImageNet."


def test_numbers_inside_iffalse_are_no_results() -> None:
    text = (
        _LIVE
        + " \\iffalse Our network reaches 72.5% mIoU on Cityscapes. \\fi It is 2x faster than ResNet-50."
    )
    assert [r.text for r in extract_text(text)] == ["81.2%", "2x"]


def test_iffalse_without_fi_blanks_to_the_end() -> None:
    text = _LIVE + " \\iffalse An old draft: our model gets 64.0% on COCO."
    assert [r.text for r in extract_text(text)] == ["81.2%"]


def test_names_inside_iffalse_do_not_name_the_system() -> None:
    text = "Our network achieves 72.5% accuracy on PASCAL VOC. \\iffalse We propose DeconvNet (SDN). \\fi"
    (r,) = extract_text(text)
    assert r.model is None


def test_spans_still_index_the_original_abstract() -> None:
    text = "\\iffalse draft 10% \\fi Our model is 3x faster than BERT."
    (r,) = extract_text(text)
    assert text[r.span_start : r.span_end] == r.text == "3x"


def test_a_command_that_only_starts_with_iffalse_is_kept() -> None:
    text = "The \\iffalsehood macro aside, we reach 81.2% accuracy on ImageNet."
    assert [r.text for r in extract_text(text)] == ["81.2%"]
