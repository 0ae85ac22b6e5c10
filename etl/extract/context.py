"""Context fields of a result: metric, dataset, model and baseline, as written in the abstract.

Each field is looked for from the number outwards: the words right after it, its clause,
its sentence, then (dataset only) what an earlier sentence set. The proposed method's name
(title prefix "Name: ...", "(ACRONYM)" in the title, or "we propose Name") stands in for
"our method". A field is left empty when nothing in the sentence names it.

`metrics.py`, `metric_mentions.py` and `cost_metrics.py` find the metric, `datasets.py` the data
set, `names.py` the model, the baseline and the proposed method's name. This module gathers the
functions core.py calls.
"""

from __future__ import annotations

from etl.extract.dataset_descriptions import described_after, described_before
from etl.extract.datasets import (
    OWN_SLOT,
    dataset_for,
    list_dataset,
    made_here,
    own_setting,
    pipe_partner,
    respectively,
    sentence_dataset,
    task_before,
    title_dataset,
    unnamed_data,
)
from etl.extract.metric_mentions import metric_in
from etl.extract.metrics import metric_for, model_property, previous_metric
from etl.extract.names import baseline_for, model_for, new_subject, proposed_names

__all__ = [
    "OWN_SLOT",
    "baseline_for",
    "dataset_for",
    "described_after",
    "described_before",
    "list_dataset",
    "made_here",
    "metric_for",
    "metric_in",
    "model_for",
    "model_property",
    "new_subject",
    "own_setting",
    "pipe_partner",
    "previous_metric",
    "proposed_names",
    "respectively",
    "sentence_dataset",
    "task_before",
    "title_dataset",
    "unnamed_data",
]
