"""Every engine yields the same tables; the Dask one on a real two-worker local cluster."""

import os

import pyarrow as pa
import pytest

from etl.engine import LocalEngine, SerialEngine, make_engine, pack, unpack
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


def _parent_pid(_item: object) -> int:
    return os.getppid()


def test_local_workers_are_not_forked_from_the_caller() -> None:
    """They would inherit (and count again) all the memory the caller holds when the pool starts."""
    engine = LocalEngine(2)
    try:
        parents = set(engine.imap(_parent_pid, range(4)))
    finally:
        engine.close()
    assert os.getpid() not in parents


def test_a_sliced_batch_crosses_processes_as_its_own_rows_only() -> None:
    big = pa.RecordBatch.from_pydict({"abstract": ["x" * 1000] * 1000})
    assert len(pack(big.slice(10, 10)).data) < big.nbytes / 20


@pytest.mark.parametrize(
    "value",
    [
        pa.table({"a": [1, 2, 3], "s": ["x", None, "z"]}),
        pa.table({"a": [1, 2, 3]}).slice(1, 1),
        pa.table({"a": [1, 2, 3]}).slice(0, 0),
        pa.RecordBatch.from_pydict({"a": [1, 2, 3]}).slice(2, 1),
        pa.RecordBatch.from_pydict({"a": [1, 2, 3]}).slice(0, 0),
    ],
)
def test_arrow_values_survive_packing(value) -> None:
    out = unpack(pack(value))
    assert type(out) is type(value) and out.equals(value) and out.schema == value.schema


def test_packing_reaches_into_tuples_and_leaves_other_values() -> None:
    table = pa.table({"a": [1]})
    out = unpack(pack((table, ["reject"], 3)))
    assert out[0].equals(table) and out[1:] == (["reject"], 3)
