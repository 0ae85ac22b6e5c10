"""Helpers for the robustness tests: the real CLI in this process, and what a run left behind."""

from __future__ import annotations

import contextlib
import io
import json
import shutil
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from etl.cli import main

PUBLISHED = ("tables/papers/papers.parquet", "tables/results/results.parquet", "rejects/rejects.parquet")


@dataclass(frozen=True)
class Ran:
    rc: int
    out: str
    err: str


def etl(*args: str | Path) -> Ran:
    """`etl ARGS` through the real entry point (`python -m etl` calls the same `main`)."""
    out, err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8"), io.StringIO()  # stdout has a .buffer
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        rc = main(["-q", *map(str, args)])
    out.flush()
    return Ran(rc, out.buffer.getvalue().decode("utf-8"), err.getvalue())


def run_ok(*args: str | Path) -> Ran:
    ran = etl("run", *args, "--engine", "serial")
    assert ran.rc == 0, ran.err
    assert "Traceback" not in ran.err
    return ran


def manifest(out: Path) -> dict:
    return json.loads((out / "manifest.json").read_text(encoding="utf-8"))


def snapshot(out: Path) -> dict[str, bytes]:
    """The bytes of every published table."""
    return {rel: (out / rel).read_bytes() for rel in PUBLISHED}


def table(out: Path, rel: str) -> pa.Table:
    return pq.read_table(out / rel)


def rejects(out: Path) -> list[dict]:
    return table(out, "rejects/rejects.parquet").to_pylist()


def copy_output(src: Path, dst: Path) -> Path:
    """A copy of an output folder (its relative symlinks kept), to change without touching `src`."""
    shutil.copytree(src, dst, symlinks=True)
    return dst
