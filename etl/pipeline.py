"""Wiring: run every stage in order and write the run's manifest. Library entry for `etl run`.

Publication is one atomic step for the whole output: load and leaderboards build into a fresh run
folder (`.versions/run-*`, with its own `tables`, `rejects`, `leaderboards`, `etl.duckdb`,
`manifest.json`), then the `.current` symlink is swapped to it. The root entries are symlinks
through `.current`, so a reader (or a run killed at any moment) sees the previous output or the
new one, never new tables with the previous manifest or leaderboards.
"""

from __future__ import annotations

import os
import shutil
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from etl import io
from etl.errors import ValidationFailed
from etl.layout import Layout
from etl.progress import Progress, null_progress

CURRENT = ".current"  # -> .versions/run-*: the published output
NEXT = ".next"  # -> .versions/run-* being built (keeps it from being removed as stale)
PUBLISHED = ("tables", "rejects", "leaderboards", "etl.duckdb", "manifest.json")


def _release() -> None:
    """Hand memory freed by the last stage back to the OS, so the next stage (and the worker
    processes extract starts) do not sit on top of it: Arrow's allocator and glibc's heap keep
    freed pages."""
    import gc

    from etl.batches import release_memory

    gc.collect()
    release_memory()


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
    from etl.manifest import summary_dict, write_manifest

    layout = Layout.at(out)
    progress = progress or null_progress()
    timings: dict[str, float] = {}
    started = time.monotonic()

    t = time.monotonic()
    ingest_summary = ingest.run(inputs, layout, fmt=fmt, progress=progress)
    timings["ingest"] = time.monotonic() - t
    _release()

    t = time.monotonic()
    eng = make_engine(engine, workers=workers, scheduler=scheduler)
    try:
        extract_summary = extract.run(layout, progress=progress, engine=eng, full=full)
    finally:
        eng.close()
    timings["extract"] = time.monotonic() - t
    _release()

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
    _release()

    staged = _begin_publication(layout)
    t = time.monotonic()
    load_summary = load.run(staged, progress=progress)
    timings["load"] = time.monotonic() - t
    _release()

    t = time.monotonic()
    board_summary = leaderboards.run(staged, progress=progress)
    timings["leaderboards"] = time.monotonic() - t
    timings["total"] = time.monotonic() - started

    manifest = write_manifest(
        staged,
        ingest=ingest_summary,
        extract=extract_summary,
        validation=outcome,
        load=_public(summary_dict(load_summary), staged.run, layout.root),
        leaderboards=_public(summary_dict(board_summary), staged.run, layout.root),
        published=True,
        timings=timings,
        engine=engine,
    )
    _publish(layout, staged.run)
    return RunSummary(manifest=manifest, validation_ok=True, timings=timings)


@dataclass(frozen=True)
class RunLayout(Layout):
    """Stage paths under `root`; published paths inside the run folder `run`, not yet live."""

    run: Path = Path(".")

    @property
    def tables(self) -> Path:
        return self.run / "tables"

    @property
    def rejects(self) -> Path:
        return self.run / "rejects"

    @property
    def leaderboards(self) -> Path:
        return self.run / "leaderboards"

    @property
    def duckdb(self) -> Path:
        return self.run / "etl.duckdb"

    @property
    def manifest(self) -> Path:
        return self.run / "manifest.json"


def _begin_publication(layout: Layout) -> RunLayout:
    """A fresh run folder, marked as in progress by `.next` (a killed run's folder is removed)."""
    nxt, current = layout.root / NEXT, layout.root / CURRENT
    if nxt.is_symlink() and current.is_symlink() and nxt.resolve() == current.resolve():
        nxt.unlink()  # killed right after publishing: `.next` must not take the live run with it
    run = io.new_version_dir(layout.root, "run")
    io.publish_dir(run, nxt)
    return RunLayout(layout.root, run=run)


def _publish(layout: Layout, run: Path) -> None:
    """Swap `.current` to the finished run (one rename), then make sure the root entries go through it."""
    root = layout.root
    io.publish_dir(run, root / CURRENT)
    (root / NEXT).unlink(missing_ok=True)
    for name in PUBLISHED:
        _link(root / name, os.path.join(CURRENT, name))
    io.remove_stale(root)  # the previous run's tables, rejects and leaderboards folders


def _link(link: Path, target: str) -> None:
    """Make `link` a symlink to `target`, atomically (needed once: after an older layout or `etl load`)."""
    if link.is_symlink() and os.readlink(link) == target:
        return
    tmp = link.with_name(f".{link.name}.{uuid.uuid4().hex}.lnk")
    os.symlink(target, tmp)
    if link.is_dir() and not link.is_symlink():
        shutil.rmtree(link)
    os.replace(tmp, link)


def _public(value: Any, run: Path, root: Path) -> Any:
    """Paths inside the run folder as readers see them once published (under `root`)."""
    if isinstance(value, dict):
        return {k: _public(v, run, root) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_public(v, run, root) for v in value]
    if isinstance(value, str | Path) and str(value).startswith(str(run)):
        return str(root) + str(value)[len(str(run)) :]
    return value
