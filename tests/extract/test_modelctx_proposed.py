"""The proposed method's name when the title names a benchmark: made-up abstracts, one behaviour each."""

from __future__ import annotations

from etl.extract.proposed import proposed_names


def test_title_name_the_abstract_calls_a_benchmark_is_a_data_set():
    title = "QuuxBench: Picking Donor Domains for Adaptation"
    abstract = (
        "This paper contributes QuuxBench, a benchmark that records thousands of domain adaptation runs. "
        "Guided by what QuuxBench reveals, we then develop a new method called DonorSel."
    )
    assert proposed_names(title, abstract) == ("DonorSel", "QuuxBench")


def test_title_name_the_abstract_calls_a_method_stays_the_method():
    title = "FooNet: Fast Segmentation"
    abstract = "We propose FooNet, a segmentation network that runs at 60 fps."
    assert proposed_names(title, abstract)[0] == "FooNet"


def test_size_of_a_new_data_set_is_not_the_methods():
    from etl.extract import extract_text

    title = "BarNet: Learning to Rank Logos"
    abstract = (
        "We propose BarNet, a ranking network. We also introduce FooSet, a logo dataset which has "
        "about 120,000 annotated images. BarNet improves mAP by 4% over YOLOv3."
    )
    models = {r.text: r.model for r in extract_text(abstract, title=title)}
    assert models["120,000"] is None
    assert models["4%"] == "BarNet"
