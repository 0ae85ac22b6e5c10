"""`kill -9` of `python -m etl run` during extract or load: the published output stays readable and
complete (the previous one, or the new one whole), and the next run succeeds with the right tables."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from robust_corpus import write_good
from robust_run import PUBLISHED, copy_output, etl, manifest, run_ok, snapshot

REPO = Path(__file__).resolve().parents[2]
BIG = 1500  # papers: about 2 s of serial extraction (one cache batch)


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A small published output (the 'previous run'), a big input, and the big input's reference output."""
    root = tmp_path_factory.mktemp("kill")
    write_good(root / "small", 10)
    write_good(root / "big", BIG, start=1000)
    run_ok(root / "small", "--out", root / "previous")
    run_ok(root / "big", "--out", root / "reference")
    return {"root": root, "big": root / "big", "previous": root / "previous", "reference": root / "reference"}


def _run_and_kill(inputs: Path, out: Path, after: str, delay: float) -> bool:
    """Start `python -m etl run`, SIGKILL it `delay` s after its progress prints a line starting with
    `after`; True when it was killed, False when it had finished (successfully) first."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "etl", "run", str(inputs), "--out", str(out), "--engine", "serial"],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    seen: list[str] = []
    try:
        assert proc.stderr is not None
        for line in proc.stderr:
            seen.append(line)
            if line.startswith(after):
                break
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait(timeout=60)
    assert proc.returncode in (0, -signal.SIGKILL), "".join(seen)[-2000:]
    return proc.returncode == -signal.SIGKILL


def _count(out: Path, view: str) -> int:
    ran = etl("query", f"SELECT count(*) AS n FROM {view}", "--out", out, "--csv")
    assert ran.rc == 0, ran.err
    return int(ran.out.splitlines()[1])


def _check_readable(out: Path) -> None:
    """Every published table parses, and the DuckDB views read the same rows."""
    for rel, view in zip(PUBLISHED, ("papers", "results", "rejects"), strict=True):
        assert _count(out, view) == pq.read_metadata(out / rel).num_rows
    m = manifest(out)
    assert m["records_read"] == m["papers"] + m["duplicates"] + m["rejects"]
    assert (out / "leaderboards" / "index.html").read_text(encoding="utf-8").rstrip().endswith("</html>")


def _check_next_run(runs: dict[str, Path], out: Path) -> None:
    run_ok(runs["big"], "--out", out)
    assert snapshot(out) == snapshot(runs["reference"])
    m = manifest(out)
    assert m["papers"] == BIG and m["papers_extracted"] + m["papers_reused"] == BIG
    versions = (out / ".versions").resolve()
    live = {p.resolve() for p in out.iterdir() if p.is_symlink() and p.resolve().parent == versions}
    assert set(versions.iterdir()) == live  # killed runs' leftovers removed


def test_kill_during_extract_keeps_the_previous_output(runs: dict[str, Path], tmp_path: Path) -> None:
    out = copy_output(runs["previous"], tmp_path / "out")
    before, before_manifest = snapshot(out), manifest(out)
    for delay in (0.2, 1.0):
        assert _run_and_kill(runs["big"], out, "ingest:", delay)
        assert snapshot(out) == before
        assert manifest(out) == before_manifest
        _check_readable(out)
    _check_next_run(runs, out)


def _generation(out: Path, old: dict[str, object], new: dict[str, object]) -> set[str]:
    """Which run's output is published ('old', 'new'): every part must say the same."""
    now = {**snapshot(out), "index.html": (out / "leaderboards" / "index.html").read_bytes()}
    m = manifest(out)
    possible = {"old", "new"}
    for part, data in now.items():
        possible &= {g for g, ref in (("old", old), ("new", new)) if ref[part] == data}
    is_new = m["papers"] == BIG and m["published"] and m["papers_reused"] + m["papers_extracted"] == BIG
    possible &= {"old"} if m == old["manifest"] else {"new"} if is_new else set()
    return possible


def _published(out: Path) -> dict[str, object]:
    return {
        **snapshot(out),
        "index.html": (out / "leaderboards" / "index.html").read_bytes(),
        "manifest": manifest(out),
    }


def test_kill_during_load_leaves_the_old_or_the_new_output_whole(
    runs: dict[str, Path], tmp_path: Path
) -> None:
    out = copy_output(runs["previous"], tmp_path / "out")
    cache = next((runs["reference"] / "cache").iterdir())  # extraction done: the kill lands in load sooner
    shutil.rmtree(out / "cache")
    shutil.copytree(cache, out / "cache" / cache.name)
    old, new = _published(out), _published(runs["reference"])
    # while load writes the tables; right after load published them (the leaderboards are being built)
    for after, delay in (("validate rejects:", 0.5), ("load:", 0.0)):
        killed = _run_and_kill(runs["big"], out, after, delay)
        generation = _generation(out, old, new)
        assert generation, (
            f"killed after {after!r}+{delay}s: parts of the old and the new output are published"
        )
        _check_readable(out)
        assert killed or generation == {"new"}
    _check_next_run(runs, out)
