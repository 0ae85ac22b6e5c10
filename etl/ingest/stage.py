"""The ingest stage: inputs -> staged records -> one row per paper (DuckDB) -> stage/papers/."""

from __future__ import annotations

import glob
import hashlib
import stat
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from etl.batches import release_memory
from etl.errors import InputError
from etl.ingest import dedup
from etl.ingest.batch import RECORD_SCHEMA, Chunk
from etl.ingest.normalize import clean_abstracts
from etl.ingest.source import FORMATS, read_records
from etl.ingest.text import safe_text
from etl.io import ParquetStream, remove_tree, write_json
from etl.layout import Layout
from etl.progress import Progress, null_progress
from etl.schemas import conform, rejects_table, spec

SAMPLE_DIR = Path(__file__).resolve().parent / "sample"
_REPO = Path(__file__).resolve().parents[2]
PAPERS_FILE = "papers.parquet"
OUT_ROWS = 20_000  # rows per output row group; the papers sort holds this many in memory
_LOCATION_KIND = {
    "listing": "line",
    "arxiv-jsonl": "line",
    "atom": "entry",
    "hf-json": "entry",
    "csv": "row",
    "tsv": "row",
    "parquet": "row",
}
_STAGED_SCHEMA = RECORD_SCHEMA.append(pa.field("ord", pa.int64())).append(pa.field("source", pa.string()))


@dataclass(frozen=True)
class InputSummary:
    path: str
    format: str | None
    size: int
    sha256: str | None
    records: int
    rejects: int
    encoding: str | None = None


@dataclass(frozen=True)
class IngestSummary:
    """What ingest read and wrote. Always `records_read == papers + duplicates + rejects`."""

    inputs: tuple[InputSummary, ...]
    records_read: int
    papers: int
    duplicates: int
    rejects: int
    rejects_by_reason: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["inputs"] = [asdict(i) for i in self.inputs]
        return out


def expand_inputs(
    inputs: Sequence[str | Path] | None, exclude: Sequence[Path] = ()
) -> list[tuple[str, Path]]:
    """(name, path) of every input file, in the order given; folders and globs sorted by path.
    Files found in folders under `exclude` (what runs write in the output folder) are skipped:
    a run must not read back what an earlier run wrote."""
    if not inputs:
        return [(_display(p), p) for p in sorted(SAMPLE_DIR.glob("*.txt"))]
    found: list[tuple[str, Path]] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            files = _folder_files(path, exclude)
            if not files:
                raise InputError(f"folder {item} holds no files", hint="point at a folder with input files")
            found += [(str(f), f) for f in files]
        elif path.exists() or path.is_symlink():
            found.append((str(path), path))
        elif glob.has_magic(str(item)):
            matches = sorted(Path(m) for m in glob.glob(str(item), recursive=True))
            files = [f for m in matches for f in (_folder_files(m, exclude) if m.is_dir() else [m])]
            if not files:
                raise InputError(f"{item} matches no files", hint="check the pattern (quote it in the shell)")
            found += [(str(f), f) for f in files]
        else:
            raise InputError(
                f"{item} does not exist", hint="give a file, a folder or a glob like 'data/*.jsonl'"
            )
    seen: set[Path] = set()
    unique = []
    for name, path in found:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            unique.append((safe_text(name), path))
    return unique


def _folder_files(folder: Path, exclude: Sequence[Path] = ()) -> list[Path]:
    try:
        return sorted(
            f
            for f in folder.rglob("*")
            if not f.is_dir()
            and not any(p.startswith(".") for p in f.relative_to(folder).parts)
            and not any(_inside(f, x) for x in exclude)
        )
    except OSError:
        return [folder]


def _written(layout: Layout) -> tuple[Path, ...]:
    """Everything a run writes under its output folder (not the folder itself: it may be the input's)."""
    names = ("cache", "etl.duckdb", "manifest.json")
    return (layout.stage, layout.tables, layout.rejects, layout.quality, layout.leaderboards) + tuple(
        layout.root / n for n in names
    )


def _inside(path: Path, folder: Path) -> bool:
    return path.absolute().is_relative_to(folder.absolute()) or path.resolve().is_relative_to(
        folder.resolve()
    )


def _display(path: Path) -> str:
    try:
        return path.relative_to(_REPO).as_posix()
    except ValueError:
        return str(path)


def _sha256(path: Path) -> str | None:
    digest = hashlib.sha256()
    try:
        if not stat.S_ISREG(path.stat().st_mode):  # opening a FIFO would block
            return None
        with open(path, "rb") as fh:
            while block := fh.read(1 << 20):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()


def _stage_batch(chunk: Chunk, prefix: str, ord0: int) -> pa.RecordBatch:
    batch = chunk.batch
    n = batch.num_rows
    source = pc.binary_join_element_wise(prefix, pc.cast(batch.column("rec"), pa.string()), "")
    ords = pa.array(np.arange(ord0, ord0 + n, dtype=np.int64))
    return pa.RecordBatch.from_arrays([*batch.columns, ords, source], schema=_STAGED_SCHEMA)


def _papers_batch(batch: pa.RecordBatch) -> pa.Table:
    table = pa.Table.from_batches([batch])
    table = table.append_column("abstract_clean", clean_abstracts(table.column("abstract")))
    return conform(table, "papers", sort=False)


def run(
    inputs: Sequence[str | Path] | None,
    layout: Layout,
    *,
    fmt: str | None = None,
    progress: Progress | None = None,
) -> IngestSummary:
    """Read every input, write stage/papers/, stage/rejects/ingest.parquet and stage/ingest.json."""
    started = time.monotonic()
    if fmt is not None and fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r}", hint=f"use one of: {', '.join(FORMATS)}")
    files = expand_inputs(inputs, exclude=_written(layout))
    progress = progress or null_progress()
    work = layout.stage / ".ingest-work"
    remove_tree(work)
    work.mkdir(parents=True)
    try:
        per_input, reasons = _read_all(files, fmt, work, progress)
        con = dedup.connect(work)
        try:
            papers = _write_papers(layout, work, con)
            rejects = _write_rejects(layout, work, con)
        finally:
            con.close()
    finally:
        remove_tree(work)
    records_read = sum(i.records for i in per_input)
    summary = IngestSummary(
        inputs=tuple(per_input),
        records_read=records_read,
        papers=papers,
        duplicates=records_read - rejects - papers,
        rejects=rejects,
        rejects_by_reason=dict(sorted(reasons.items())),
        seconds=round(time.monotonic() - started, 3),
    )
    write_json(layout.stage_summary("ingest"), summary.to_dict())
    return summary


def _read_all(
    files: list[tuple[str, Path]], fmt: str | None, work: Path, progress: Progress
) -> tuple[list[InputSummary], Counter[str]]:
    per_input: list[InputSummary] = []
    reasons: Counter[str] = Counter()
    ord0 = 0
    progress.start("ingest", unit="records")
    with (
        ParquetStream(work / "records.parquet", _STAGED_SCHEMA) as staged,
        ParquetStream(work / "rejects.parquet", spec("rejects").arrow_schema) as rejected,
    ):
        for name, path in files:
            records = read_records(path, fmt, name=name)
            prefix = f"{name}:{_LOCATION_KIND.get(records.format or '', 'record')} "
            count = bad = 0
            for chunk in records:
                if chunk.batch.num_rows:
                    staged.write(_stage_batch(chunk, prefix, ord0))
                    ord0 += chunk.batch.num_rows
                if chunk.rejects:
                    rejected.write(rejects_table(chunk.rejects, sort=False))
                    reasons.update(str(r.reason) for r in chunk.rejects)
                count += chunk.records
                bad += len(chunk.rejects)
                progress.advance(chunk.records)
            per_input.append(
                InputSummary(name, records.format, records.size, _sha256(path), count, bad, records.encoding)
            )
    progress.done()
    return per_input, reasons


def _write_papers(layout: Layout, work: Path, con: duckdb.DuckDBPyConnection) -> int:
    remove_tree(layout.stage_papers)
    layout.stage_papers.mkdir(parents=True, exist_ok=True)
    with ParquetStream(layout.stage_papers / PAPERS_FILE, spec("papers").arrow_schema) as out:
        for batch in dedup.sorted_papers(con, work / "records.parquet", work, OUT_ROWS):
            out.write(_papers_batch(batch))
            del batch
            release_memory()  # Arrow keeps each freed bucket: memory would grow with the corpus
        return out.rows


def _write_rejects(layout: Layout, work: Path, con: duckdb.DuckDBPyConnection) -> int:
    params = {"rejects": str(work / "rejects.parquet")}
    with ParquetStream(layout.stage_rejects / "ingest.parquet", spec("rejects").arrow_schema) as out:
        for batch in dedup.batches(con, dedup.REJECTS_SQL, params, OUT_ROWS):
            out.write(conform(pa.Table.from_batches([batch]), "rejects", sort=False))
        return out.rows
