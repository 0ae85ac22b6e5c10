"""Vocabularies (Enums) and record types shared by every stage.

The string values are a contract with `schemas/`, `expectations/` and the scorer:
they are the guideline's vocabularies, written exactly as it writes them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Kind(StrEnum):
    SCORE = "score"
    IMPROVEMENT = "improvement"
    SPEEDUP = "speedup"
    REDUCTION = "reduction"
    PARAM_COUNT = "param_count"
    DATA_SIZE = "data_size"


class Unit(StrEnum):
    PERCENT = "%"
    PP = "pp"
    FACTOR = "x"
    PARAMS = "params"
    TOKENS = "tokens"
    EXAMPLES = "examples"
    HOURS = "hours"
    NONE = "none"


class Qualifier(StrEnum):
    EXACT = "exact"
    APPROX = "approx"
    UPPER = "upper"
    LOWER = "lower"
    RANGE = "range"


class Section(StrEnum):
    ABSTRACT = "abstract"
    TITLE = "title"


class RejectReason(StrEnum):
    """Why an input record, a file or a result row was refused."""

    MALFORMED_RECORD = "malformed_record"  # a JSON line / XML entry / row that does not parse
    MISSING_ABSTRACT = "missing_abstract"
    MISSING_TITLE = "missing_title"
    NOT_TEXT = "not_text"  # abstract or title is not a string
    TITLE_TOO_LONG = "title_too_long"
    ABSTRACT_TOO_LONG = "abstract_too_long"
    UNDECODABLE = "undecodable"  # bytes that no supported encoding reads
    BINARY_FILE = "binary_file"
    UNKNOWN_FORMAT = "unknown_format"
    UNREADABLE_FILE = "unreadable_file"
    EXTRACT_ERROR = "extract_error"  # the extractor raised on this paper (a bug: reported, not lost)
    EXPECTATION_FAILED = "expectation_failed"  # a result row quarantined by validation


@dataclass(frozen=True, slots=True)
class Reject:
    """One refused record. `stage` is ingest/extract/validate; `raw` is truncated."""

    stage: str
    input: str
    location: str  # "line 12", "byte 4096", "entry 3", "row 7", "" for whole files
    reason: RejectReason
    message: str
    raw: str = ""
    paper_id: str | None = None
    expectation: str | None = None

    RAW_LIMIT = 2000

    def truncated(self) -> Reject:
        if len(self.raw) <= self.RAW_LIMIT:
            return self
        return Reject(
            self.stage,
            self.input,
            self.location,
            self.reason,
            self.message,
            self.raw[: self.RAW_LIMIT],
            self.paper_id,
            self.expectation,
        )


@dataclass(frozen=True, slots=True)
class Result:
    """One reported number, as the extractor found it. `text == section_text[span_start:span_end]`."""

    section: Section
    span_start: int
    span_end: int
    text: str
    kind: Kind
    value: float | None
    value_low: float | None
    value_high: float | None
    unit: Unit
    qualifier: Qualifier
    sentence: str
    rule: str
    metric: str | None = None
    dataset: str | None = None
    model: str | None = None
    baseline: str | None = None
