"""Record batches as readers hand them over: screened, trimmed and keyed, with their rejects.

Readers that parse in Python fill a `Builder`; the JSON-lines and Parquet readers build
Arrow batches directly. Both go through `screen`, so one set of checks decides every format.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from etl.ingest.normalize import ABSTRACT_MAX, RAW_SCHEMA, TITLE_MAX, arxiv_ids, problem, title_key
from etl.ingest.text import has_undecodable, safe_text
from etl.records import Reject, RejectReason

BATCH_ROWS = 20_000

# What a reader yields: one row per usable record.
RECORD_SCHEMA = pa.schema(
    [
        ("rec", pa.int64()),
        ("title", pa.string()),
        ("abstract", pa.string()),
        ("arxiv_id", pa.string()),
        ("title_key", pa.string()),
        ("categories", pa.string()),
        ("update_date", pa.string()),
    ]
)


@dataclass(frozen=True, slots=True)
class Chunk:
    """Some records of one input: the usable ones as a batch, the others as rejects."""

    batch: pa.RecordBatch
    rejects: tuple[Reject, ...]

    @property
    def records(self) -> int:
        return self.batch.num_rows + len(self.rejects)


def make_reject(name: str, location: str, reason: RejectReason, message: str, raw: str = "") -> Reject:
    return Reject("ingest", safe_text(name), location, reason, safe_text(message), safe_text(raw)).truncated()


def screen(
    raw: pa.RecordBatch, name: str, kind: str, raw_of: Callable[[int], str]
) -> tuple[pa.RecordBatch, list[Reject]]:
    """Trim text, refuse empty or oversized records, normalise arXiv ids and add title keys."""
    title = pc.utf8_trim_whitespace(raw.column("title"))
    abstract = pc.utf8_trim_whitespace(raw.column("abstract"))
    tlen = pc.fill_null(pc.utf8_length(title), 0)
    alen = pc.fill_null(pc.utf8_length(abstract), 0)
    bad = pc.or_(
        pc.or_(pc.equal(tlen, 0), pc.equal(alen, 0)),
        pc.or_(pc.greater(tlen, TITLE_MAX), pc.greater(alen, ABSTRACT_MAX)),
    )
    bad_idx = np.flatnonzero(bad.to_numpy(zero_copy_only=False))
    rejects: list[Reject] = []
    if len(bad_idx):
        recs = raw.column("rec")
        for i in bad_idx.tolist():
            found = problem(title[i].as_py(), abstract[i].as_py()) or (
                RejectReason.MISSING_TITLE,
                "title is empty",
            )
            rejects.append(make_reject(name, f"{kind} {recs[i].as_py()}", found[0], found[1], raw_of(i)))
        keep = pc.invert(bad)
        raw, title, abstract = raw.filter(keep), title.filter(keep), abstract.filter(keep)
    keys = pa.array([title_key(t) for t in title.to_pylist()], pa.string())
    out = pa.RecordBatch.from_arrays(
        [
            raw.column("rec"),
            title,
            abstract,
            arxiv_ids(raw.column("arxiv_id")),
            keys,
            raw.column("categories"),
            raw.column("update_date"),
        ],
        schema=RECORD_SCHEMA,
    )
    return out, rejects


class Builder:
    """Collects records parsed in Python; `flush` screens them into a `Chunk`."""

    def __init__(self, name: str, kind: str) -> None:
        self.name, self.kind = name, kind
        self._cols: dict[str, list[object]] = {f.name: [] for f in RAW_SCHEMA}
        self._raws: list[str] = []
        self._rejects: list[Reject] = []

    def __len__(self) -> int:
        return len(self._raws) + len(self._rejects)

    def reject(self, rec: int | str, reason: RejectReason, message: str, raw: str = "") -> None:
        location = f"{self.kind} {rec}" if isinstance(rec, int) else rec
        self._rejects.append(make_reject(self.name, location, reason, message, raw))

    def add(
        self,
        rec: int,
        title: object,
        abstract: object,
        raw: str,
        arxiv_id: object = None,
        categories: object = None,
        update_date: object = None,
    ) -> None:
        found = problem(title, abstract)
        if found is not None and found[0] in (RejectReason.NOT_TEXT, RejectReason.UNDECODABLE):
            self.reject(rec, found[0], found[1], raw)
            return
        if isinstance(arxiv_id, int) and not isinstance(arxiv_id, bool):
            arxiv_id = str(arxiv_id)
        row = {
            "rec": rec,
            "title": title,
            "abstract": abstract,
            "arxiv_id": _text(arxiv_id),
            "categories": _text(categories),
            "update_date": _text(update_date),
        }
        for key, value in row.items():
            self._cols[key].append(value)
        self._raws.append(raw)

    def flush(self) -> Chunk:
        raw = pa.RecordBatch.from_pydict(self._cols, schema=RAW_SCHEMA)
        raws = self._raws
        batch, rejects = screen(raw, self.name, self.kind, lambda i: raws[i])
        chunk = Chunk(batch, tuple(self._rejects + rejects))
        self._cols = {f.name: [] for f in RAW_SCHEMA}
        self._raws, self._rejects = [], []
        return chunk


def _text(value: object) -> str | None:
    if isinstance(value, str) and value.strip() and not has_undecodable(value):
        return value
    return None
