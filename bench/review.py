"""Review the extractor's output while changing rules: dump, diff, and list gold misses.

    python -m bench.review dump FILE.jsonl... > out.jsonl    # one line per result
    python -m bench.review diff OLD.jsonl NEW.jsonl          # what a change moved
    python -m bench.review misses GOLD.jsonl [--field model] [--mode empty|wrong|any]

FILE is JSON lines with `title` and `abstract` (gold files, arXiv metadata) or a daily-papers
listing (.txt). `dump` leaves out the abstracts of the blind held-out sets (the bundled listings and
arxiv_ml_5000 contain them); `misses` refuses the blind held-out sets (`eval/heldout.jsonl`,
`eval/heldout_listings2.jsonl`, `eval/heldout_arxiv2.jsonl` to `eval/heldout_arxiv5.jsonl`): read their figures with
`etl eval`, never their misses.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa

from etl.extract.evaluate import _value_ok, fold, load_gold, match, same_text
from etl.extract.table import extract_table

BLIND = (
    "heldout.jsonl",
    "heldout_listings2.jsonl",
    "heldout_arxiv2.jsonl",
    "heldout_arxiv3.jsonl",
    "heldout_arxiv4.jsonl",
    "heldout_arxiv5.jsonl",
)
FIELDS = (
    "kind",
    "text",
    "value",
    "value_low",
    "value_high",
    "unit",
    "metric",
    "dataset",
    "model",
    "baseline",
)


def _papers(path: Path) -> Iterator[tuple[str, str, str]]:
    """(key, title, abstract) of every paper in a JSON-lines file or a listing."""
    if path.suffix == ".txt":
        from etl.ingest.listing import parse_listing

        for item in parse_listing(path.read_text(encoding="utf-8")):
            yield f"{path.name}:{item.title[:60]}", item.title, item.abstract
        return
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if line.strip():
                rec = json.loads(line)
                if rec.get("title") and rec.get("abstract"):
                    yield f"{path.name}:{n}", rec["title"], rec["abstract"]


def extract(papers: list[tuple[str, str, str]]) -> list[dict]:
    table = pa.table(
        {
            "paper_id": [k for k, _, _ in papers],
            "title": [t for _, t, _ in papers],
            "abstract": [a for _, _, a in papers],
        }
    )
    return extract_table(table)[0].to_pylist()


EVAL_DIR = Path(__file__).resolve().parents[1] / "eval"


def blind_abstracts(eval_dir: Path | None = None) -> set[str]:
    """The abstracts of the blind held-out sets, folded: a dump leaves them out, since the unlabelled
    corpora (the bundled listings, arxiv_ml_5000) contain them and reading their rows unblinds them."""
    out: set[str] = set()
    for name in BLIND:
        path = (eval_dir or EVAL_DIR) / name
        if path.exists():
            out |= {fold(p["abstract"]) for p in load_gold(path)}
    return out


def dump(paths: list[Path], *, include_blind: bool = False) -> None:
    blind = set() if include_blind else blind_abstracts()
    papers = [p for path in paths for p in _papers(path) if fold(p[2]) not in blind]
    if blind:
        print(f"left out the abstracts of the blind sets ({len(blind)})", file=sys.stderr)
    for start in range(0, len(papers), 2000):
        for r in extract(papers[start : start + 2000]):
            out = {"paper": r["paper_id"], "span": [r["span_start"], r["span_end"]]}
            out.update({f: r[f] for f in FIELDS})
            out["rule"] = r["rule"]
            out["sentence"] = r["sentence"]
            print(json.dumps(out, ensure_ascii=False))


def _load(path: Path) -> dict[tuple, dict]:
    rows = (json.loads(line) for line in path.open(encoding="utf-8") if line.strip())
    return {(r["paper"], *r["span"]): r for r in rows}


def diff(old_path: Path, new_path: Path) -> None:
    old, new = _load(old_path), _load(new_path)
    changed = 0
    for key in sorted(old.keys() | new.keys()):
        a, b = old.get(key), new.get(key)
        if a is None or b is None:
            r = a or b
            sign = "-" if b is None else "+"
            print(
                f"{sign} {r['text']!r} {r['kind']} m={r['model']!r} d={r['dataset']!r}\n    {r['sentence'][:300]}"
            )
            changed += 1
            continue
        moved = [f for f in FIELDS if a[f] != b[f]]
        if moved:
            changed += 1
            what = ", ".join(f"{f}: {a[f]!r} -> {b[f]!r}" for f in moved)
            print(f"~ {b['text']!r} {what}\n    {b['sentence'][:300]}")
    print(f"{changed} results changed of {len(new)}", file=sys.stderr)


def misses(gold_path: Path, field: str, mode: str) -> None:
    if gold_path.name in BLIND:
        sys.exit(f"{gold_path} is a blind held-out set: read its figures with `etl eval`, not its misses")
    gold = load_gold(gold_path)
    papers = [(str(i), p["title"], p["abstract"]) for i, p in enumerate(gold)]
    by: dict[str, list[dict]] = {}
    for r in extract(papers):
        by.setdefault(r["paper_id"], []).append(r)
    for i, paper in enumerate(gold):
        for g, p in match(paper["results"], by.get(str(i), [])):
            if g["kind"] != p["kind"] or not _value_ok(g, p):
                print(
                    f"--- {g['text']!r}: kind/value {p['kind']} {p['value']} {p['unit']} != gold "
                    f"{g['kind']} {g['value']} {g['unit']}\n    {p['sentence'][:300]}"
                )
                continue
            want, got = g.get(field), p.get(field)
            if not want or same_text(want, got):
                continue
            if mode == "any" or (mode == "empty") == (not got):
                print(
                    f"--- [{g['kind']}] {g['text']!r} gold={want!r} pred={got!r} rule={p['rule']}\n"
                    f"    {p['sentence'][:300]}"
                )


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump", help="one JSON line per extracted result")
    d.add_argument("files", nargs="+", type=Path)
    d.add_argument(
        "--include-blind", action="store_true", help="keep the blind sets' abstracts (figures work only)"
    )
    f = sub.add_parser("diff", help="results added, removed or changed between two dumps")
    f.add_argument("old", type=Path)
    f.add_argument("new", type=Path)
    m = sub.add_parser("misses", help="gold results whose context field is empty or wrong")
    m.add_argument("gold", type=Path)
    m.add_argument("--field", default="model", choices=("metric", "dataset", "model", "baseline"))
    m.add_argument("--mode", default="any", choices=("empty", "wrong", "any"))
    a = ap.parse_args(argv)
    if a.cmd == "dump":
        dump(a.files, include_blind=a.include_blind)
    elif a.cmd == "diff":
        diff(a.old, a.new)
    else:
        misses(a.gold, a.field, a.mode)


if __name__ == "__main__":
    main()
