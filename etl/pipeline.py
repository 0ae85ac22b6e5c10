"""Wiring: run every stage in order and write the run's manifest. Library entry for `etl run`."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from etl.errors import ValidationFailed
from etl.layout import Layout
from etl.progress import Progress, null_progress


@dataclass(frozen=True)
class RunSummary:
    """What one run did; `manifest` is the dict written to manifest.json."""

    manifest: dict[str, Any]
    validation_ok: bool
    timings: dict[str, float] = field(default_factory=dict)


def run(
    inputs: Sequence[str | Path] | None,
    out: Path | str,
    *,
    fmt: str | None = None,
    engine: str = "local",
    workers: int | None = None,
    scheduler: str | None = None,
    full: bool = False,
    progress: Progress | None = None,
) -> RunSummary:
    """Ingest -> extract -> validate -> load -> leaderboards. Raises ValidationFailed (after writing the
    manifest and quality reports) when a fatal expectation fails; the previous tables stay published.
    Papers whose text was extracted by an earlier run into the same `out` re-use those results
    unless `full`."""
    from etl import extract, ingest, leaderboards, load, validate
    from etl.engine import make_engine
    from etl.manifest import write_manifest

    layout = Layout.at(out)
    progress = progress or null_progress()
    timings: dict[str, float] = {}
    started = time.monotonic()

    t = time.monotonic()
    ingest_summary = ingest.run(inputs, layout, fmt=fmt, progress=progress)
    timings["ingest"] = time.monotonic() - t

    t = time.monotonic()
    eng = make_engine(engine, workers=workers, scheduler=scheduler)
    try:
        extract_summary = extract.run(layout, progress=progress, engine=eng, full=full)
    finally:
        eng.close()
    timings["extract"] = time.monotonic() - t

    t = time.monotonic()
    try:
        outcome = validate.run(layout, progress=progress)
    except ValidationFailed as exc:
        timings["validate"] = time.monotonic() - t
        timings["total"] = time.monotonic() - started
        write_manifest(
            layout,
            ingest=ingest_summary,
            extract=extract_summary,
            validation=getattr(exc, "outcome", None),
            published=False,
            timings=timings,
            engine=engine,
        )
        raise
    timings["validate"] = time.monotonic() - t

    t = time.monotonic()
    load_summary = load.run(layout, progress=progress)
    timings["load"] = time.monotonic() - t

    t = time.monotonic()
    board_summary = leaderboards.run(layout, progress=progress)
    timings["leaderboards"] = time.monotonic() - t
    timings["total"] = time.monotonic() - started

    manifest = write_manifest(
        layout,
        ingest=ingest_summary,
        extract=extract_summary,
        validation=outcome,
        load=load_summary,
        leaderboards=board_summary,
        published=True,
        timings=timings,
        engine=engine,
    )
    return RunSummary(manifest=manifest, validation_ok=True, timings=timings)
