"""Re-cutting Arrow streams, and handing freed memory back between pieces."""

from __future__ import annotations

import pyarrow as pa

from etl.batches import rebatch, release_memory


def test_rebatch_cuts_exact_pieces_whatever_the_input_batches() -> None:
    batches = [pa.record_batch({"x": list(range(i, i + n))}) for i, n in ((0, 3), (3, 7), (10, 1), (11, 9))]
    pieces = list(rebatch(batches, 6))
    assert [p.num_rows for p in pieces] == [6, 6, 6, 2]
    assert [v for p in pieces for v in p.column("x").to_pylist()] == list(range(20))


def test_release_memory_keeps_live_data() -> None:
    kept = pa.array(["abc" * 100] * 1000)
    freed = pa.array(["xyz" * 100] * 10000)
    del freed
    release_memory()
    release_memory()  # twice: nothing left to give back is fine
    assert kept.to_pylist()[-1] == "abc" * 100
