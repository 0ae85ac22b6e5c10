"""Where the extractor spends its time: cProfile over the first N abstracts of a bench corpus,
one process (what one engine worker runs), shares of the total by function.

    python -m bench.profile_extract [--n 3000] [--corpus bench/work/corpus_100000.jsonl]

cProfile adds a cost per Python call, so many small functions look heavier than they are;
for a sampling view run `py-spy record -f raw -o out.txt -- python -m bench.profile_extract --plain`.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

from bench.run import WORK, build_corpus, first_abstracts, sample_papers


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=3000, help="abstracts to extract")
    ap.add_argument("--corpus", type=Path, default=None, help="JSON lines corpus (default: built, 100k)")
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--plain", action="store_true", help="no cProfile (for an external sampler)")
    a = ap.parse_args()
    WORK.mkdir(exist_ok=True)
    corpus = a.corpus or build_corpus(100_000, sample_papers())
    papers = first_abstracts(corpus, a.n)

    from etl.extract.table import BATCH_ROWS, extract_canonical

    extract_canonical(papers.slice(0, 50))  # warm: gazetteers and rules load once per process
    batches = papers.to_batches(max_chunksize=BATCH_ROWS)
    if a.plain:
        t = time.perf_counter()
        for b in batches:
            extract_canonical(b)
        print(f"{a.n / (time.perf_counter() - t):,.0f} abstracts/s")
        return 0
    prof = cProfile.Profile()
    t = time.perf_counter()
    prof.enable()
    for b in batches:
        extract_canonical(b)
    prof.disable()
    wall = time.perf_counter() - t
    stats = pstats.Stats(prof)
    total = sum(v[2] for v in stats.stats.values())  # type: ignore[attr-defined]
    print(f"{a.n:,} abstracts in {wall:.2f}s under cProfile ({a.n / wall:,.0f}/s)\n")
    for key, title in ((2, "self time (tottime)"), (3, "inclusive time (cumtime)")):
        rows = sorted(stats.stats.items(), key=lambda kv: kv[1][key], reverse=True)  # type: ignore[attr-defined]
        print(f"| share of total | {title} | calls |\n|---:|---|---:|")
        for (file, line, fn), v in rows[: a.top]:
            where = f"{Path(file).parent.name}/{Path(file).name}:{line}" if line else file
            print(f"| {v[key] / total:6.1%} | `{fn}` {where} | {v[1]:,} |")
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
