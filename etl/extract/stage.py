"""The extract stage's `run`: staged papers -> staged results, on an engine, re-using cached results.

Only papers whose (title, abstract) is new or changed since an earlier run in the same
output folder are extracted; the tables equal those of a full run (`full=True`).
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from etl.batches import release_memory
from etl.engine import Engine, SerialEngine
from etl.extract.cache import ResultCache
from etl.extract.table import BATCH_ROWS, ExtractSummary, extract_canonical
from etl.io import remove_tree, write_json, write_parquet
from etl.layout import Layout, require
from etl.progress import Progress, null_progress
from etl.records import Reject
from etl.schemas import conform, rejects_table, spec

READ_BUFFER = 1 << 20  # bytes of Parquet read at a time


def run(
    layout: Layout,
    *,
    progress: Progress | None = None,
    engine: Engine | None = None,
    full: bool = False,
) -> ExtractSummary:
    """stage/papers/ -> stage/results/part-NNNNN.parquet (+ cached.parquet), stage/rejects/extract.parquet,
    stage/extract.json. `engine` runs the batches (this process by default); outputs come back in input
    order, so the parts are the same whichever engine ran them. `full` ignores the cache."""
    started = time.monotonic()
    progress = progress or null_progress()
    require(layout.stage_papers, what="staged papers", run_first="etl ingest")
    remove_tree(layout.stage_results)
    layout.stage_results.mkdir(parents=True, exist_ok=True)
    cache = ResultCache.for_layout(layout)
    source: ds.Dataset = ds.dataset(layout.stage_papers, format="parquet")
    total = source.count_rows()
    cached_rows = 0
    if not full and cache.exists():
        todo = layout.stage / "extract-todo.parquet"
        _, cached_rows = cache.split(layout.stage_papers, todo, layout.stage_results / "cached.parquet")
        source = ds.dataset(todo, format="parquet")
    to_extract = source.count_rows()

    progress.start("extract", total=to_extract, unit="papers")
    kinds: Counter[str] = Counter()
    results = part = 0
    with_results = 0
    rejects: list[Reject] = []
    batches = (b for b in _read_batches(source.files, BATCH_ROWS) if b.num_rows)
    for batch, (table, bad, n_papers) in _with_inputs(engine or SerialEngine(), batches):
        rejects += bad
        write_parquet(layout.stage_results / f"part-{part:05d}.parquet", table)
        if not bad:  # a paper that failed is retried next run, not remembered as having no results
            cache.add(batch, table)
        part += 1
        results += table.num_rows
        with_results += pc.count_distinct(table.column("paper_id")).as_py()  # a paper is in one batch only
        kinds.update(_kind_counts(table))
        progress.advance(n_papers)
        del batch, table
        release_memory()  # Arrow keeps each freed batch: the parent would grow with the corpus
    if cached_rows:
        cached = ds.dataset(layout.stage_results / "cached.parquet").to_table(columns=["paper_id", "kind"])
        results += cached.num_rows
        kinds.update(_kind_counts(cached))
        with_results += pc.count_distinct(cached.column("paper_id")).as_py()
    if part == 0 and not cached_rows:
        write_parquet(
            layout.stage_results / "part-00000.parquet",
            conform(spec("results").arrow_schema.empty_table(), "results"),
        )
    (layout.stage / "extract-todo.parquet").unlink(missing_ok=True)
    cache.prune_others()
    write_parquet(layout.stage_rejects / "extract.parquet", rejects_table(rejects))
    progress.done()
    summary = ExtractSummary(
        papers=total,
        results=results,
        rejects=len(rejects),
        papers_with_results=with_results,
        results_by_kind=dict(sorted(kinds.items())),
        seconds=round(time.monotonic() - started, 3),
        extracted=to_extract,
        cached=total - to_extract,
    )
    write_json(layout.stage_summary("extract"), summary.to_dict())
    return summary


def _read_batches(files: list[str], rows: int) -> Iterator[pa.RecordBatch]:
    """(paper_id, title, abstract) of `files` in order, `rows` at a time, read a page at a time:
    the dataset scanner decoded whole row groups ahead (150 MB of abstracts held in the parent,
    against 10 MB this way); the engine bounds what is in flight anyway."""
    for f in files:
        reader = pq.ParquetFile(f, pre_buffer=False, buffer_size=READ_BUFFER)
        yield from reader.iter_batches(batch_size=rows, columns=["paper_id", "title", "abstract"])


def _kind_counts(results: pa.Table) -> dict[str, int]:
    counts = pc.value_counts(results.column("kind")).to_pylist()
    return {c["values"]: c["counts"] for c in counts}


def _with_inputs(engine: Engine, batches):  # type: ignore[no-untyped-def]
    """Pair each output with its input batch (needed to fill the cache), in order."""
    pending: list[pa.RecordBatch] = []

    def feed():  # type: ignore[no-untyped-def]
        for b in batches:
            pending.append(b)
            yield b

    for out in engine.imap(extract_canonical, feed()):
        yield pending.pop(0), out
