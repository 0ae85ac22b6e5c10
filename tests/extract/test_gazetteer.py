"""The gazetteer: every example in the data files, normalisation of unknown names, table functions."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from etl.errors import RuleError
from etl.extract.gazetteer import (
    GAZETTEER_DIR,
    Gazetteer,
    canonicalize,
    display_norm,
    fallback_names,
)

_FILES = {
    "metrics": ("metric", "metric_id"),
    "datasets": ("dataset", "dataset_id"),
    "models": ("family", "model_family"),
}


def _cases(positive: bool) -> list:
    cases = []
    for name, (table, method) in _FILES.items():
        doc = tomllib.loads((GAZETTEER_DIR / f"{name}.toml").read_text(encoding="utf-8"))
        for entry in doc[table]:
            for ex in entry.get("examples" if positive else "counter_examples", []):
                cases.append(pytest.param(method, ex, entry["id"], id=f"{name}:{entry['id']}:{ex}"))
    return cases


@pytest.fixture(scope="module")
def gz() -> Gazetteer:
    return Gazetteer.load()


@pytest.mark.parametrize(("method", "surface", "expected"), _cases(True))
def test_example_maps_to_its_entry(gz: Gazetteer, method: str, surface: str, expected: str) -> None:
    assert getattr(gz, method)(surface) == expected


@pytest.mark.parametrize(("method", "surface", "entry"), _cases(False))
def test_counter_example_does_not_map_to_the_entry(
    gz: Gazetteer, method: str, surface: str, entry: str
) -> None:
    assert getattr(gz, method)(surface) != entry


def test_brief_examples(gz: Gazetteer) -> None:
    assert gz.metric_id("Top-1 Acc.") == "top-1 accuracy"
    assert gz.dataset_id("ILSVRC-2012") == "imagenet"
    assert gz.model_family("Llama-3.1-8B-Instruct") == "llama"


def test_directions(gz: Gazetteer) -> None:
    assert gz.higher_is_better("perplexity") is False
    assert gz.higher_is_better("bleu") is True
    assert gz.higher_is_better("no such metric") is None
    assert gz.higher_is_better(None) is None


def test_imagenet_variants_and_cifar_do_not_collapse(gz: Gazetteer) -> None:
    ids = {gz.dataset_id(s) for s in ("ImageNet-1K", "ImageNet-21K", "CIFAR-10", "CIFAR-100")}
    assert len(ids) == 4


def test_unknown_names_get_a_normalised_id(gz: Gazetteer) -> None:
    assert gz.dataset_id("  Polish  MT–Bench. ") == "polish mt-bench"
    assert gz.dataset_id("Polish MT - Bench") == gz.dataset_id("POLISH MT-BENCH")
    assert gz.metric_id("Foo Score—X") == "foo score-x"
    assert gz.dataset_id("Foo-100") != gz.dataset_id("Foo-10")


def test_unknown_model_family_is_the_name_before_its_size(gz: Gazetteer) -> None:
    assert gz.model_family("Bielik 7B v0.1") == "bielik"
    assert gz.model_family("In-BoXBART") == "in-boxbart"


def test_blank_names_have_no_id(gz: Gazetteer) -> None:
    assert gz.metric_id(None) is None
    assert gz.dataset_id("   ") is None
    assert gz.model_family("") is None


def test_display_norm_unifies_dashes_and_spaces() -> None:
    assert display_norm("Llama 3") == display_norm("llama-3") == "llama-3"
    assert display_norm("A\u2013B\u2014C\u2212D_E") == "a-b-c-d-e"


def test_surfaces_are_listed_longest_first(gz: Gazetteer) -> None:
    surfaces = gz.metric_surfaces()
    assert "top-1 accuracy" in surfaces and "bleu" in surfaces
    assert len(surfaces[0]) >= len(surfaces[-1])
    assert "ilsvrc-2012" in gz.dataset_surfaces()


def _results() -> pa.Table:
    return pa.table(
        {
            "metric": ["Top-1 Acc.", "top-1 accuracies", None, "Weird Metric", "Weird Metric"],
            "dataset": ["ILSVRC2012", "ImageNet-1K", "CIFAR10", None, "MyBench-2"],
            "model": ["ResNet-50", None, "LLaMA-2 7B", "Foo-7B", "Foo-7B"],
            "metric_id": [None, None, "kept", None, None],
        }
    )


def test_canonicalize_fills_ids_without_mutating_input() -> None:
    t = _results()
    before = t.to_pylist()
    out = canonicalize(t)
    assert t.to_pylist() == before
    assert out["metric_id"].to_pylist() == [
        "top-1 accuracy",
        "top-1 accuracy",
        "kept",
        "weird metric",
        "weird metric",
    ]
    assert out["dataset_id"].to_pylist() == ["imagenet", "imagenet", "cifar-10", None, "mybench-2"]
    assert out["model_family"].to_pylist() == ["resnet", None, "llama", "foo", "foo"]
    assert out.num_rows == t.num_rows


def test_canonicalize_empty_table() -> None:
    t = pa.table({"metric": pa.array([], pa.string()), "dataset": pa.array([], pa.string())})
    out = canonicalize(t)
    assert out.num_rows == 0 and "metric_id" in out.column_names


def test_fallback_names_lists_unknown_names_by_count() -> None:
    out = fallback_names(_results(), "metric")
    assert out.to_pylist() == [{"name": "Weird Metric", "id": "weird metric", "count": 2}]
    assert fallback_names(_results(), "dataset", top=1)["name"].to_pylist() == ["MyBench-2"]


def test_a_description_drops_a_stored_dataset_id_and_is_no_fallback_name() -> None:
    t = pa.table({"dataset": ["three real-world datasets", "FooBench-9"], "dataset_id": ["stale", None]})
    assert canonicalize(t)["dataset_id"].to_pylist() == [None, "foobench-9"]
    assert fallback_names(t, "dataset")["name"].to_pylist() == ["FooBench-9"]


def test_fallback_names_rejects_unknown_field() -> None:
    with pytest.raises(ValueError):
        fallback_names(_results(), "baseline")


def _write(tmp: Path, metrics: str, datasets: str = "", models: str = "") -> Path:
    (tmp / "metrics.toml").write_text(metrics, encoding="utf-8")
    (tmp / "datasets.toml").write_text(datasets, encoding="utf-8")
    (tmp / "models.toml").write_text(models, encoding="utf-8")
    return tmp


def test_bad_gazetteer_reports_all_problems_at_once(tmp_path: Path) -> None:
    metrics = """
[[metric]]
id = "a"
aliases = ["x"]
[[metric]]
id = "b"
aliases = ["X"]
higher_is_better = "yes"
colour = "red"
"""
    datasets = '[[dataset]]\nid = "Not Normal"\n'
    with pytest.raises(RuleError) as err:
        Gazetteer.load(_write(tmp_path, metrics, datasets))
    text = str(err.value)
    assert "higher_is_better" in text and "already means 'a'" in text
    assert "unknown keys" in text and "not normalised" in text


def test_small_custom_gazetteer_loads(tmp_path: Path) -> None:
    gz = Gazetteer.load(
        _write(tmp_path, '[[metric]]\nid = "m"\naliases = ["em"]\nhigher_is_better = false\n')
    )
    assert gz.metric_id("EM") == "m" and gz.higher_is_better("m") is False


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_display_norm_is_idempotent(text: str) -> None:
    once = display_norm(text)
    assert display_norm(once) == once


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_every_nonblank_name_gets_an_id(text: str) -> None:
    gz = Gazetteer.load()
    for method in (gz.metric_id, gz.dataset_id, gz.model_family):
        out = method(text)
        assert out is None or isinstance(out, str)
        if not text.strip():
            assert out is None


def test_scale_names_an_unknown_metric_id(tmp_path: Path) -> None:
    metrics = '[scale]\npercent = ["nope"]\n[[metric]]\nid = "m"\nhigher_is_better = true\n'
    with pytest.raises(RuleError, match="'nope' is not a metric id"):
        Gazetteer.load(_write(tmp_path, metrics))


def test_metric_scales(gz: Gazetteer) -> None:
    assert (gz.scale("accuracy"), gz.scale("perplexity"), gz.scale("r^2")) == ("percent", "number", None)


@pytest.mark.parametrize(
    "name",
    [
        "our model",
        "LLMs",
        "LLM",
        "7B-sized",
        "a billion-level",
        "v0.1",
        "//mistral.ai/news/x-7b/",
        "Simonyan_14b",
        "the previous state-of-the-art method",
        "the best single model",
        "spatio-temporal networks",
    ],
)
def test_generic_model_names(gz: Gazetteer, name: str) -> None:
    assert gz.is_generic_model(name)


@pytest.mark.parametrize("name", ["GPT-3", "Llama-2 7B", "MDM", "T5", "ResNet50", "Vicuna13b", "sMLPNet"])
def test_particular_model_names_are_not_generic(gz: Gazetteer, name: str) -> None:
    assert not gz.is_generic_model(name)


@pytest.mark.parametrize(
    ("name", "size"),
    [
        ("GLM-4-9B", 9e9),
        ("Mixtral-8x7B-Instruct", 5.6e10),
        ("Llama-2 70B", 7e10),
        ("Llama-3.1-8B", 8e9),
        ("T5-3B", 3e9),
        ("Cohere-xlarge-52.4B", 5.24e10),
        ("ResNet-50", None),
        ("GPT-3", None),
        ("YOLOv5m", None),
    ],
)
def test_size_in_name(name: str, size: float | None) -> None:
    from etl.extract.vocabulary import size_in_name

    assert size_in_name(name) == pytest.approx(size) if size else size_in_name(name) is None


def test_voc_2007_and_2012_stay_apart(gz: Gazetteer) -> None:
    assert {gz.dataset_id("PASCAL VOC 2007"), gz.dataset_id("VOC2012"), gz.dataset_id("PASCAL VOC")} == {
        "voc2007",
        "voc2012",
        "pascal voc",
    }


@pytest.mark.parametrize(
    "name", ["performance", "results on REE", "improvements on ImageNet", "up", "scores"]
)
def test_vague_metric_names(gz: Gazetteer, name: str) -> None:
    assert gz.is_vague_metric(name)


@pytest.mark.parametrize("name", ["accuracy", "F1 score", "training time", "top-1 accuracy on ImageNet"])
def test_specific_metric_names_are_not_vague(gz: Gazetteer, name: str) -> None:
    assert not gz.is_vague_metric(name)


def test_vague_name_may_not_be_a_metric_alias(tmp_path: Path) -> None:
    metrics = (
        '[vague]\nnames = ["acc"]\n[[metric]]\nid = "accuracy"\naliases = ["acc"]\nhigher_is_better = true\n'
    )
    with pytest.raises(RuleError, match="'acc' is also an alias of 'accuracy'"):
        Gazetteer.load(_write(tmp_path, metrics))


@pytest.mark.parametrize(
    "name", ["frequency dynamic convolution", "complexity-based prompting", "task hinting"]
)
def test_a_lower_case_method_name_is_a_particular_model(gz: Gazetteer, name: str) -> None:
    assert not gz.is_generic_model(name)


def test_a_described_data_set_has_no_id(gz: Gazetteer) -> None:
    assert gz.dataset_id("three real-world datasets") is None
    assert gz.dataset_id("a large-scale dataset") is None


def test_a_singular_description_around_a_known_name_takes_its_id(gz: Gazetteer) -> None:
    assert gz.dataset_id("a cleaned MuST-C corpus") == gz.dataset_id("MuST-C")


def test_a_plural_description_around_a_known_name_has_no_id(gz: Gazetteer) -> None:
    assert gz.dataset_id("two adversarial SQuAD datasets") is None


def test_a_metric_modifier_that_names_no_other_measure_folds_to_the_metric() -> None:
    # "global accuracy" (retinal vessels), "predictive accuracy": kept as written, ranked as accuracy
    gz = Gazetteer.load()
    assert gz.metric_id("global accuracy") == gz.metric_id("predictive accuracy") == "accuracy"
