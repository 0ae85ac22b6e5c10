"""Re-cutting Arrow streams into fixed-size pieces: fixed row groups make equal inputs
write byte-identical Parquet, and bound the memory each piece holds."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pyarrow as pa


def rebatch(reader: Iterable[pa.RecordBatch], rows: int) -> Iterator[pa.Table]:
    """Re-cut a stream of batches into tables of exactly `rows` rows (the last may be shorter)."""
    pending: list[pa.RecordBatch] = []
    have = 0
    for batch in reader:
        pending.append(batch)
        have += batch.num_rows
        while have >= rows:
            table = pa.Table.from_batches(pending)
            yield table.slice(0, rows)
            rest = table.slice(rows)
            pending, have = rest.to_batches(), rest.num_rows
    if have:
        yield pa.Table.from_batches(pending)
