"""Known leaderboard entries: does a score an abstract states for a public benchmark come out as a
`score` row with its data set (and would a board rank it)? The check issue #4 asks for on abstracts
whose leaderboard entries are known (eval/pwc_entries.jsonl: {pid, title, abstract, entries: [{text,
span_start, span_end, value, metric, dataset, dataset_canonical, ...}]})."""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

import pyarrow as pa

from etl.errors import InputError
from etl.extract.evaluate import same_text
from etl.extract.gazetteer import Gazetteer
from etl.extract.table import extract_table


class Outcome(Enum):
    """What became of one known entry, best first."""

    RANKABLE = "score row with its data set and a metric the boards rank"
    FOUND = "score row with its data set (metric not ranked)"
    NO_DATASET = "score row without its data set"
    WRONG_DATASET = "score row with another data set"
    WRONG_VALUE = "a row at the span with another value"
    WRONG_KIND = "a row at the span, not a score"
    MISSED = "no row at the span"


@dataclass(frozen=True)
class EntryCheck:
    """One entry and what the extractor made of it."""

    pid: str
    text: str
    dataset: str
    outcome: Outcome
    got_kind: str | None = None
    got_value: float | None = None
    got_dataset: str | None = None
    got_metric: str | None = None


def _problems(rec: Any) -> list[str]:
    """What is wrong with one record of an entries file (nothing when it is usable)."""
    if not isinstance(rec, dict):
        return ["not a JSON object"]
    out = [f"no {k!r}" for k in ("pid", "abstract") if k not in rec]
    abstract = rec.get("abstract")
    if "abstract" in rec and not isinstance(abstract, str):
        out.append("'abstract' is not a string")
    entries = rec.get("entries", [])
    if not isinstance(entries, list):
        return [*out, "'entries' is not a list"]
    for e in entries:
        if not isinstance(e, dict):
            out.append("an entry is not a JSON object")
            continue
        t, s, end = e.get("text"), e.get("span_start"), e.get("span_end")
        if not (isinstance(t, str) and isinstance(s, int) and isinstance(end, int)):
            out.append(f"entry {t!r} needs text, span_start and span_end")
        elif isinstance(abstract, str) and (end - s != len(t) or abstract[s:end] != t):
            out.append(f"entry {t!r} is not at span_start {s} .. span_end {end} of the abstract")
        if not isinstance(e.get("value"), int | float) or isinstance(e.get("value"), bool):
            out.append(f"entry {t!r} has no number as 'value'")
        if not isinstance(e.get("dataset"), str) or not e["dataset"].strip():
            out.append(f"entry {t!r} has no 'dataset'")
    return out


def load_entries(path: Path | str) -> list[dict[str, Any]]:
    """The papers of an entries file; every problem is reported at once."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"entries file not found: {path}", hint="give a JSON-lines file of known entries")
    papers, problems = [], []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"line {n}: not JSON ({exc.msg})")
            continue
        found = _problems(rec)
        problems += [f"line {n}: {p}" for p in found]
        if not found:
            papers.append(rec)
    if problems:
        raise InputError(
            f"{len(problems)} problem(s) in {path}: " + "; ".join(problems[:5]),
            hint="each paper needs pid, abstract and entries; each entry text, span_start and span_end "
            "that point into the abstract, a number as value and a dataset",
        )
    return papers


def _same_dataset(entry: dict[str, Any], got: str | None, gz: Gazetteer) -> bool:
    if not got:
        return False
    names = [entry.get("dataset"), entry.get("dataset_canonical")]
    got_id = gz.dataset_id(got)
    return any(
        n and (same_text(n, got) or (got_id is not None and gz.dataset_id(n) == got_id)) for n in names
    )


def judge(entry: dict[str, Any], rows: Iterable[dict[str, Any]], gz: Gazetteer) -> EntryCheck:
    """The outcome of one entry given the result rows of its paper."""
    s, e = entry["span_start"], entry["span_end"]
    at = [r for r in rows if r["span_start"] < e and s < r["span_end"]]
    base = {"pid": entry["pid"], "text": entry["text"], "dataset": entry["dataset"]}
    if not at:
        return EntryCheck(**base, outcome=Outcome.MISSED)
    value = float(entry["value"])
    r = next(
        (
            x
            for x in at
            if x["kind"] == "score" and x["value"] is not None and math.isclose(value, x["value"])
        ),
        at[0],
    )  # the row that is the entry, when several overlap its span
    got = {
        "got_kind": r["kind"],
        "got_value": r["value"],
        "got_dataset": r["dataset"],
        "got_metric": r["metric"],
    }
    if r["kind"] != "score":
        outcome = Outcome.WRONG_KIND
    elif r["value"] is None or not math.isclose(value, r["value"], rel_tol=1e-6):
        outcome = Outcome.WRONG_VALUE
    elif not r["dataset"]:
        outcome = Outcome.NO_DATASET
    elif not _same_dataset(entry, r["dataset"], gz):
        outcome = Outcome.WRONG_DATASET
    elif r["metric"] and gz.known("metric", r["metric"]) and gz.dataset_id(r["dataset"]):
        outcome = Outcome.RANKABLE
    else:
        outcome = Outcome.FOUND
    return EntryCheck(**base, outcome=outcome, **got)


def check_entries(papers: list[dict[str, Any]], gazetteer: Gazetteer | None = None) -> list[EntryCheck]:
    """Extract each paper once and judge its known entries."""
    gz = gazetteer or Gazetteer.load()
    table = pa.table(
        {
            "paper_id": pa.array([str(p["pid"]) for p in papers], pa.string()),
            "title": pa.array([p.get("title") or "" for p in papers], pa.string()),
            "abstract": pa.array([p["abstract"] for p in papers], pa.string()),
        }
    )
    results, _ = extract_table(table)
    by_paper: dict[str, list[dict[str, Any]]] = {}
    for row in results.to_pylist():
        if row["section"] == "abstract":  # entries point into the abstract
            by_paper.setdefault(row["paper_id"], []).append(row)
    return [
        judge({**entry, "pid": str(p["pid"])}, by_paper.get(str(p["pid"]), []), gz)
        for p in papers
        for entry in p.get("entries", [])
    ]


def format_checks(checks: list[EntryCheck], *, show: int = 0) -> str:
    """Counts per outcome and the share found with their data set; `show` lists that many failures."""
    counts = Counter(c.outcome for c in checks)
    n = len(checks)
    found = counts[Outcome.RANKABLE] + counts[Outcome.FOUND]
    lines = [
        f"known entries {n}: score row with its data set {found} ({found / n:.3f})" if n else "no entries"
    ]
    lines += [f"  {counts[o]:>4}  {o.value}" for o in Outcome if counts[o]]
    bad = [c for c in checks if c.outcome not in (Outcome.RANKABLE, Outcome.FOUND)]
    for c in bad[:show]:
        lines.append(
            f"  {c.outcome.name.lower():<14} {c.text!r:<12} on {c.dataset!r}: got {c.got_kind} "
            f"{c.got_value} dataset={c.got_dataset!r} metric={c.got_metric!r}  [{c.pid}]"
        )
    return "\n".join(lines)
