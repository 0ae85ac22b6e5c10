"""A folder with every kind of bad input mixed with good ones, through `etl run`: nothing lost."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from pathlib import Path

import pytest
from robust_corpus import BAD_FILES, BAD_RECORDS, encodings_inputs
from robust_run import Ran, manifest, rejects

Messy = tuple[Path, Path, Ran]
N_PAPERS = 20 + 4 + len(encodings_inputs())  # good + special + one per encoding file
N_REJECTS = len(BAD_RECORDS) + len(BAD_FILES) + 2  # + the FIFO and the dangling link


def test_run_goes_on_without_traceback(messy: Messy) -> None:
    _, _, ran = messy
    assert ran.rc == 0
    assert "Traceback" not in ran.err and "Error" not in ran.err


def test_manifest_accounts_for_every_record(messy: Messy) -> None:
    m = manifest(messy[1])
    assert m["records_read"] == m["papers"] + m["duplicates"] + m["rejects"]
    assert (m["papers"], m["duplicates"], m["rejects"]) == (N_PAPERS, 1, N_REJECTS)
    assert sum(i["records"] for i in m["inputs"]) == m["records_read"]
    assert sum(i["rejects"] for i in m["inputs"]) == m["rejects"]


def test_manifest_counts_equal_the_published_tables(messy: Messy) -> None:
    _, out, _ = messy
    m = manifest(out)
    ingest_rejects = [r for r in rejects(out) if r["stage"] == "ingest"]
    assert len(ingest_rejects) == m["rejects"]
    assert dict(Counter(r["reason"] for r in ingest_rejects)) == m["rejects_by_reason"]
    quarantined = [r for r in rejects(out) if r["stage"] == "validate"]
    assert len(quarantined) == m["quarantined"] == 1  # counted apart from input rejects


def test_manifest_lists_every_input_with_size_and_checksum(messy: Messy) -> None:
    folder, out, _ = messy
    by_path = {Path(i["path"]).name: i for i in manifest(out)["inputs"]}
    assert set(by_path) == {p.name for p in folder.iterdir()}
    for path in folder.iterdir():
        entry = by_path[path.name]
        if path.is_file() and not path.is_symlink():
            assert entry["size"] == path.stat().st_size
            assert entry["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
        else:
            assert entry["sha256"] is None  # a FIFO is not read to hash it, a broken link cannot be
        assert entry["records"] >= 1


def test_manifest_has_version_results_validation_and_timings(messy: Messy) -> None:
    m = manifest(messy[1])
    assert re.fullmatch(r"\d+\.\d+\.\d+.*", m["etl_version"])
    assert m["results"] == sum(m["results_by_kind"].values()) > 0
    assert m["validation"]["success"] is True and m["published"] is True
    assert {"ingest", "extract", "validate", "load", "leaderboards", "total"} <= set(m["timings_s"])
    assert m["papers_extracted"] + m["papers_reused"] == m["papers"]


@pytest.mark.parametrize(("what", "line", "reason"), BAD_RECORDS, ids=[b[0] for b in BAD_RECORDS])
def test_bad_record_is_rejected_with_its_line_and_reason(
    messy: Messy, what: str, line: bytes, reason: str
) -> None:
    folder, out, _ = messy
    lines = (folder / "mixed.jsonl").read_bytes().split(b"\n")
    found = [r for r in rejects(out) if r["input"].endswith("mixed.jsonl") and r["reason"] == reason]
    numbers = [int(r["location"].removeprefix("line ")) for r in found]
    assert line in [lines[n - 1] for n in numbers], f"{what}: no {reason} reject at its line"
    for r in found:
        assert r["message"] and r["raw"] and len(r["raw"]) <= 2000


@pytest.mark.parametrize("name", [*BAD_FILES, "pipe.jsonl", "dangling.jsonl"])
def test_bad_file_is_one_reject_with_a_message(messy: Messy, name: str) -> None:
    _, out, _ = messy
    found = [r for r in rejects(out) if Path(r["input"]).name == name]
    assert len(found) == 1
    expected = BAD_FILES[name][1] if name in BAD_FILES else "unreadable_file"
    assert found[0]["reason"] == expected
    assert found[0]["message"] and "Traceback" not in found[0]["message"]


def test_summary_printed_matches_manifest(messy: Messy) -> None:
    _, out, ran = messy
    m = manifest(out)
    assert f"{m['records_read']:,} records" in ran.out and f"{m['rejects']:,} rejects" in ran.out
