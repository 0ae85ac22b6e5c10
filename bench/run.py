"""Benchmark: throughput and peak memory of `etl run`, measured side by side with
the plain read-and-regex pass and with quantulum3 on the same abstracts, in one run.

    python -m bench.run [--sizes 100000,1000000] [--quantulum 200] [--extract-sample 20000] [--workers N]

The corpus is built here from the bundled sample corpus (arXiv metadata JSON lines, new
ids and titles, so nothing deduplicates away). Each size runs `etl run` in a fresh output
folder (no cached results), samples the resident memory of its whole process tree (workers
included) every 0.1 s and splits time and peak memory by stage. Figures are ratios measured
in the same run: these machines are noisy and shared, absolute rates vary by about 30%.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import psutil
import pyarrow as pa
import pyarrow.json as pajson
import regex

ROOT = Path(__file__).resolve().parent
WORK = ROOT / "work"
NUMBER = regex.compile(r"(?<![\w.])[-+]?\d+(?:[.,]\d+)*(?:\s?(?:%|x|×|[KMBT]\b))?")
STAGES = ("ingest", "extract", "validate", "load", "leaderboards")
TARGET_RATE = 20_000  # abstracts/s of `etl run`, 2 cores
TARGET_PEAK_MB = 1536
TARGET_PEAK_RATIO = 1.2
TARGET_EXTRACT_VS_REGEX = 1 / 3


def sample_papers() -> list[tuple[str, str]]:
    """(title, abstract) pairs of the bundled corpus, read with the product's own ingest."""
    import pyarrow.dataset as ds

    from etl import ingest
    from etl.layout import Layout

    layout = Layout.at(WORK / "sample")
    ingest.run(None, layout)
    table = ds.dataset(layout.stage_papers).to_table(columns=["title", "abstract"])
    return list(zip(table.column("title").to_pylist(), table.column("abstract").to_pylist(), strict=True))


def build_corpus(n: int, papers: list[tuple[str, str]]) -> Path:
    path = WORK / f"corpus_{n}.jsonl"
    if path.exists():
        return path
    tmp = path.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        for i in range(n):
            title, abstract = papers[i % len(papers)]
            fh.write(json.dumps({"id": f"9{i:09d}", "title": f"{title} [{i}]", "abstract": abstract}) + "\n")
    tmp.rename(path)
    return path


def read_and_regex(path: Path) -> tuple[float, int]:
    """The floor: pyarrow streams the JSON lines, one regex finditer per abstract, one process."""
    t = time.perf_counter()
    reader = pajson.open_json(path, read_options=pajson.ReadOptions(block_size=16 << 20))
    rows = hits = 0
    for batch in reader:
        rows += batch.num_rows
        for text in batch.column("abstract").to_pylist():
            hits += sum(1 for _ in NUMBER.finditer(text))
    return time.perf_counter() - t, rows


def first_abstracts(path: Path, limit: int) -> pa.Table:
    """The first `limit` papers of the corpus as (paper_id, title, abstract)."""
    reader = pajson.open_json(path, read_options=pajson.ReadOptions(block_size=16 << 20))
    batches, have = [], 0
    for batch in reader:
        batches.append(batch)
        have += batch.num_rows
        if have >= limit:
            break
    table = pa.Table.from_batches(batches).slice(0, limit)
    return pa.table(
        {"paper_id": table.column("id"), "title": table.column("title"), "abstract": table.column("abstract")}
    )


def extract_one_core(papers: pa.Table) -> float:
    """abstracts/s of the extractor alone (what one engine worker runs), one process, warm."""
    from etl.extract.table import BATCH_ROWS, extract_canonical

    extract_canonical(papers.slice(0, 50))
    t = time.perf_counter()
    for batch in papers.to_batches(max_chunksize=BATCH_ROWS):
        extract_canonical(batch)
    return papers.num_rows / (time.perf_counter() - t)


def quantulum_rate(papers: pa.Table) -> float:
    import warnings

    warnings.filterwarnings("ignore")
    from quantulum3 import parser

    abstracts = papers.column("abstract").to_pylist()
    parser.parse("warm up 3.5%")
    t = time.perf_counter()
    for text in abstracts:
        parser.parse(text)
    return len(abstracts) / (time.perf_counter() - t)


def _tree_rss(root: psutil.Process) -> int:
    total = 0
    for p in [root, *root.children(recursive=True)]:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            pass
    return total


def run_pipeline(path: Path, workers: int | None) -> dict[str, Any]:
    """`etl run` in a fresh output folder: wall seconds, peak resident memory summed over the
    process tree, and per stage its seconds (manifest) and peak memory (from the samples,
    split at the moments each stage wrote its summary file)."""
    out = WORK / f"out_{path.stem}"
    shutil.rmtree(out, ignore_errors=True)
    cmd = [sys.executable, "-m", "etl", "-q", "run", str(path), "--out", str(out)]
    if workers:
        cmd += ["--workers", str(workers)]
    env = {**os.environ, "GX_ANALYTICS_ENABLED": "false"}
    samples: list[tuple[float, int]] = []
    t0 = time.time()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL)
    done = threading.Event()

    def sample() -> None:
        root = psutil.Process(proc.pid)
        while not done.is_set():
            try:
                samples.append((time.time(), _tree_rss(root)))
            except psutil.Error:
                pass
            time.sleep(0.1)

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    rc = proc.wait()
    t1 = time.time()
    done.set()
    thread.join()
    if rc != 0:
        raise SystemExit(f"etl run failed with exit {rc} on {path}")
    manifest = json.loads((out / "manifest.json").read_text())
    stages: dict[str, dict[str, float]] = {}
    start = t0 + max(0.0, (t1 - t0) - manifest["timings_s"].get("total", 0.0))  # after start-up
    for s in STAGES:
        seconds = manifest["timings_s"].get(s, 0.0)
        summary = out / "stage" / f"{s}.json"  # written as the stage ends
        end = summary.stat().st_mtime if summary.exists() and s != "leaderboards" else start + seconds
        peak = max((m for t, m in samples if start <= t <= end), default=0)
        stages[s] = {"s": seconds, "peak_mb": round(peak / 2**20)}
        start = end
    return {
        "wall_s": round(t1 - t0, 2),
        "peak_mb": round(max((m for _, m in samples), default=0) / 2**20),
        "stages": stages,
        "papers": manifest.get("papers"),
        "results": manifest.get("results"),
    }


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="100000,1000000", help="corpus sizes, comma separated")
    ap.add_argument("--quantulum", type=int, default=200, help="abstracts given to quantulum3")
    ap.add_argument(
        "--extract-sample", type=int, default=20000, help="abstracts for the one-core extract rate"
    )
    ap.add_argument("--workers", type=int, default=None, help="etl run --workers (default: one per core)")
    a = ap.parse_args()
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    WORK.mkdir(exist_ok=True)
    papers = sample_papers()
    sizes = [int(s) for s in a.sizes.split(",")]
    report: dict[str, Any] = {"cores": os.cpu_count(), "load_avg_start": _load(), "sizes": {}}
    for n in sizes:
        path = build_corpus(n, papers)
        regex_s, rows = read_and_regex(path)
        run = run_pipeline(path, a.workers)
        run["etl_abstracts_per_s"] = round(n / run["wall_s"])
        run["read_regex_s"] = round(regex_s, 2)
        run["read_regex_abstracts_per_s"] = round(rows / regex_s)
        run["etl_vs_read_regex"] = round(run["etl_abstracts_per_s"] / run["read_regex_abstracts_per_s"], 3)
        report["sizes"][str(n)] = run
        print(
            f"n={n:,}: etl run {run['wall_s']:.1f}s ({run['etl_abstracts_per_s']:,}/s), "
            f"peak {run['peak_mb']:,} MB; read+regex {regex_s:.1f}s ({rows / regex_s:,.0f}/s)",
            flush=True,
        )
    sample = first_abstracts(build_corpus(sizes[0], papers), min(a.extract_sample, sizes[0]))
    ext = extract_one_core(sample)
    q = quantulum_rate(sample.slice(0, a.quantulum))
    first, last = report["sizes"][str(sizes[0])], report["sizes"][str(sizes[-1])]
    regex_rate = first["read_regex_abstracts_per_s"]
    cores = a.workers or os.cpu_count() or 1
    report.update(
        {
            "extract_one_core_per_s": round(ext),
            "quantulum3_one_core_per_s": round(q, 1),
            "extract_vs_read_regex_one_core": round(ext / regex_rate, 3),
            "extract_vs_quantulum3_one_core": round(ext / q, 1),
            "etl_run_vs_quantulum3_same_cores": round(last["etl_abstracts_per_s"] / (q * cores), 1),
            "peak_ratio_largest_vs_smallest": round(last["peak_mb"] / max(1, first["peak_mb"]), 2),
            "load_avg_end": _load(),
        }
    )
    report["targets"] = {
        f"etl run >= {TARGET_RATE:,}/s at {sizes[-1]:,}": last["etl_abstracts_per_s"] >= TARGET_RATE,
        "extract >= 1/3 of read+regex per core": ext / regex_rate >= TARGET_EXTRACT_VS_REGEX,
        f"peak < {TARGET_PEAK_MB} MB at every size": all(
            r["peak_mb"] < TARGET_PEAK_MB for r in report["sizes"].values()
        ),
        f"peak {sizes[-1]:,} <= {TARGET_PEAK_RATIO}x peak {sizes[0]:,}": report[
            "peak_ratio_largest_vs_smallest"
        ]
        <= TARGET_PEAK_RATIO,
    }
    _print_tables(report, sizes)
    (WORK / "report.json").write_text(json.dumps(report, indent=2) + "\n")
    print(f"\nreport: {WORK / 'report.json'}")
    return 0


def _print_tables(report: dict[str, Any], sizes: list[int]) -> None:
    runs = [report["sizes"][str(n)] for n in sizes]
    head = "| | " + " | ".join(f"{n:,}" for n in sizes) + " |"
    print("\n" + head + "\n|---|" + "---:|" * len(sizes))
    rows = [
        ("etl run, wall s", "wall_s", "{:,.1f}"),
        ("etl run, abstracts/s", "etl_abstracts_per_s", "{:,}"),
        ("peak memory, process tree, MB", "peak_mb", "{:,}"),
        ("read+regex, abstracts/s (1 core)", "read_regex_abstracts_per_s", "{:,}"),
        ("etl run / read+regex", "etl_vs_read_regex", "{:.3f}"),
        ("results", "results", "{:,}"),
    ]
    for label, key, fmt in rows:
        print(f"| {label} | " + " | ".join(fmt.format(r[key]) for r in runs) + " |")
    print("\n| stage | " + " | ".join(f"{n:,}: s | peak MB" for n in sizes) + " |")
    print("|---|" + "---:|" * (2 * len(sizes)))
    for s in STAGES:
        cells = [f"{r['stages'][s]['s']:.1f} | {r['stages'][s]['peak_mb']:,}" for r in runs]
        print(f"| {s} | " + " | ".join(cells) + " |")
    print(
        f"\nextract alone, one core: {report['extract_one_core_per_s']:,} abstracts/s "
        f"= {report['extract_vs_read_regex_one_core']:.3f}x the read+regex pass "
        f"({report['extract_vs_quantulum3_one_core']:,}x quantulum3 at "
        f"{report['quantulum3_one_core_per_s']:,} abstracts/s)"
    )
    print(f"etl run vs quantulum3 on the same cores: {report['etl_run_vs_quantulum3_same_cores']:,}x")
    print(f"peak memory {sizes[-1]:,} vs {sizes[0]:,}: {report['peak_ratio_largest_vs_smallest']}x")
    print(f"load average at start / end: {report['load_avg_start']} / {report['load_avg_end']}")
    for name, ok in report["targets"].items():
        print(f"target {'met' if ok else 'MISSED'}: {name}")


if __name__ == "__main__":
    sys.exit(main())
