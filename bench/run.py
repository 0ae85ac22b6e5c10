"""Benchmark: throughput and peak memory of `etl run`, measured side by side with
the plain read-and-regex pass and with quantulum3 on the same abstracts, in one run.

    python -m bench.run [--sizes 100000,1000000] [--quantulum 200] [--workers N]

The corpus is built here from the bundled sample corpus (new ids and titles, so
nothing deduplicates away). Figures are ratios measured in the same run: these
machines are noisy, absolute rates vary by about 30%.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil
import pyarrow as pa
import pyarrow.json as pajson
import regex

ROOT = Path(__file__).resolve().parent
WORK = ROOT / "work"
NUMBER = regex.compile(r"(?<![\w.])[-+]?\d+(?:[.,]\d+)*(?:\s?(?:%|x|×|[KMBT]\b))?")


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
    """The floor: pyarrow reads the JSON lines, one regex finditer per abstract, one process."""
    t = time.perf_counter()
    table = pajson.read_json(path, read_options=pajson.ReadOptions(block_size=1 << 24))
    hits = 0
    for chunk in table.column("abstract").chunks:
        for text in chunk.to_pylist():
            hits += sum(1 for _ in NUMBER.finditer(text))
    return time.perf_counter() - t, table.num_rows


def extract_one_core(path: Path, limit: int) -> float:
    """abstracts/s of the extractor alone, one process, on the first `limit` abstracts."""
    from etl.extract import extract_table

    table = pajson.read_json(path).slice(0, limit)
    table = table.append_column("paper_id", table.column("id"))
    t = time.perf_counter()
    for batch in table.to_batches(max_chunksize=2000):
        extract_table(pa.Table.from_batches([batch]))
    return limit / (time.perf_counter() - t)


def quantulum_rate(path: Path, limit: int) -> float:
    import warnings

    warnings.filterwarnings("ignore")
    from quantulum3 import parser

    abstracts = pajson.read_json(path).column("abstract").to_pylist()[:limit]
    parser.parse("warm up 3.5%")
    t = time.perf_counter()
    for text in abstracts:
        parser.parse(text)
    return limit / (time.perf_counter() - t)


def run_pipeline(path: Path, workers: int | None) -> tuple[float, float]:
    """Wall seconds and peak resident memory (MB, summed over the process tree) of `etl run`."""
    out = WORK / f"out_{path.stem}"
    cmd = [sys.executable, "-m", "etl", "-q", "run", str(path), "--out", str(out)]
    if workers:
        cmd += ["--workers", str(workers)]
    t = time.perf_counter()
    proc = subprocess.Popen(cmd)
    peak = 0.0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        root = psutil.Process(proc.pid)
        while not done.is_set():
            try:
                procs = [root, *root.children(recursive=True)]
                peak = max(peak, sum(p.memory_info().rss for p in procs if p.is_running()) / 2**20)
            except psutil.Error:
                pass
            time.sleep(0.05)

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    rc = proc.wait()
    done.set()
    thread.join()
    if rc != 0:
        raise SystemExit(f"etl run failed with exit {rc} on {path}")
    return time.perf_counter() - t, peak


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="100000,1000000", help="corpus sizes, comma separated")
    ap.add_argument("--quantulum", type=int, default=200, help="abstracts given to quantulum3")
    ap.add_argument(
        "--extract-sample", type=int, default=20000, help="abstracts for the one-core extract rate"
    )
    ap.add_argument("--workers", type=int, default=None)
    a = ap.parse_args()
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    WORK.mkdir(exist_ok=True)
    papers = sample_papers()
    sizes = [int(s) for s in a.sizes.split(",")]
    report: dict[str, object] = {"cores": os.cpu_count(), "sizes": {}}
    for n in sizes:
        path = build_corpus(n, papers)
        regex_s, rows = read_and_regex(path)
        wall, peak = run_pipeline(path, a.workers)
        report["sizes"][n] = {  # type: ignore[index]
            "etl_run_s": round(wall, 2),
            "etl_abstracts_per_s": round(n / wall),
            "peak_rss_mb": round(peak),
            "read_regex_s": round(regex_s, 2),
            "read_regex_abstracts_per_s": round(rows / regex_s),
        }
        print(
            f"n={n:,}: etl run {wall:.1f}s ({n / wall:,.0f}/s), peak {peak:,.0f} MB; "
            f"read+regex {regex_s:.1f}s ({rows / regex_s:,.0f}/s)",
            flush=True,
        )
    first = build_corpus(sizes[0], papers)
    ext = extract_one_core(first, min(a.extract_sample, sizes[0]))
    q = quantulum_rate(first, a.quantulum)
    regex_rate = report["sizes"][sizes[0]]["read_regex_abstracts_per_s"]  # type: ignore[index]
    report["extract_one_core_per_s"] = round(ext)
    report["quantulum3_per_s"] = round(q, 1)
    report["extract_vs_regex_one_core"] = round(ext / regex_rate, 3)
    report["extract_vs_quantulum3"] = round(ext / q, 1)
    if len(sizes) > 1:
        lo, hi = report["sizes"][sizes[0]], report["sizes"][sizes[-1]]  # type: ignore[index]
        report["peak_ratio_largest_vs_smallest"] = round(hi["peak_rss_mb"] / lo["peak_rss_mb"], 2)
    print(
        f"extract alone, one core: {ext:,.0f} abstracts/s = {ext / regex_rate:.2f}x the read+regex pass; "
        f"quantulum3: {q:,.1f} abstracts/s (extract is {ext / q:,.0f}x faster)"
    )
    if "peak_ratio_largest_vs_smallest" in report:
        print(f"peak memory {sizes[-1]:,} vs {sizes[0]:,}: {report['peak_ratio_largest_vs_smallest']}x")
    (WORK / "report.json").write_text(json.dumps(report, indent=2) + "\n")
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
