"""Ingest: read abstracts in any supported format, refuse bad records with a reason, one row per paper.

`run(inputs, layout)` writes stage/papers/, stage/rejects/ingest.parquet and stage/ingest.json.
"""

from etl.ingest.source import FORMATS, Records, read_records
from etl.ingest.stage import IngestSummary, InputSummary, run

__all__ = ["FORMATS", "IngestSummary", "InputSummary", "Records", "read_records", "run"]
