"""Every engine yields the same tables; the Dask one on a real two-worker local cluster."""

import pyarrow as pa
import pytest

from etl.engine import LocalEngine, SerialEngine, make_engine
from etl.errors import InputError
from etl.extract import extract_table

ABSTRACTS = [
    "Our 7B model improves accuracy by 3.2% over LLaMA-2 13B on MMLU.",
    "It runs 2.5x faster and uses 40% less memory than the baseline.",
    "We collect 1.2M images and reach 81.5% top-1 accuracy on ImageNet.",
    "No numbers here at all.",
] * 5


def papers() -> list[pa.Table]:
    ids = [f"p{i:03d}" for i in range(len(ABSTRACTS))]
    titles = [f"Paper {i}" for i in range(len(ABSTRACTS))]
    table = pa.table({"paper_id": ids, "title": titles, "abstract": ABSTRACTS})
    return [table.slice(i, 4) for i in range(0, table.num_rows, 4)]


def run_with(engine) -> pa.Table:
    try:
        parts = [t for t, _ in engine.imap(extract_table, papers())]
    finally:
        engine.close()
    return pa.concat_tables(parts)


def test_local_processes_equal_serial() -> None:
    assert run_with(LocalEngine(2)).equals(run_with(SerialEngine()))


def test_dask_cluster_with_two_workers_equals_serial() -> None:
    pytest.importorskip("dask.distributed")
    from dask.distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        engine = make_engine("dask", scheduler=cluster.scheduler_address)
        assert run_with(engine).equals(run_with(SerialEngine()))


def test_unknown_engine_is_an_input_error() -> None:
    with pytest.raises(InputError, match="spark"):
        make_engine("spark")
