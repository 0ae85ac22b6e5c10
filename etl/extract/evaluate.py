"""Score the extractor against a gold JSON-lines file (GUIDELINE.md format).

Same matching and figures as the project's reference scorer: papers matched on folded
title, results one-to-one by largest span overlap; detection / typed / valued / full
precision, recall and F1, typed F1 per kind, context accuracy on correctly valued results.
"""

from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import pyarrow as pa
import regex

from etl.errors import InputError
from etl.extract.table import extract_table

KINDS = ("score", "improvement", "speedup", "reduction", "param_count", "data_size")
CONTEXT = ("metric", "dataset", "model", "baseline")
LEADERBOARD_FIELDS = ("metric", "dataset", "model")
_SPACE = regex.compile(r"\s+")
_WORD = regex.compile(r"[a-z0-9]+")


def fold(s: str | None) -> str:
    return _SPACE.sub(" ", s or "").strip().casefold()


def _words(s: str | None) -> set[str]:
    return set(_WORD.findall(fold(s)))


def same_text(gold: str | None, pred: str | None) -> bool:
    """Context strings agree when one's words contain the other's."""
    g, p = _words(gold), _words(pred)
    return bool(g) and bool(p) and (g <= p or p <= g)


def _num(x: Any) -> float | None:
    if x is None:
        return None
    x = float(x)
    return None if math.isnan(x) else x


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _value_ok(g: dict, p: dict) -> bool:
    return (
        fold(g["unit"]) == fold(p.get("unit"))
        and _close(_num(g["value"]), _num(p.get("value")))
        and _close(_num(g["low"]), _num(p.get("value_low")))
        and _close(_num(g["high"]), _num(p.get("value_high")))
    )


def match(gold: list[dict], pred: list[dict]) -> list[tuple[dict, dict]]:
    """One-to-one pairs of gold and predicted results, by largest span overlap."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            overlap = min(g["span_end"], p["span_end"]) - max(g["span_start"], p["span_start"])
            if overlap > 0:
                pairs.append((overlap, gi, pi))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, gi, pi in sorted(pairs, reverse=True):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gold[gi], pred[pi]))
    return out


def _f1(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def load_gold(path: Path | str) -> list[dict]:
    papers = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read gold file: {exc}", where=str(path)) from exc
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            paper = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"line {n} is not JSON: {exc}", where=str(path)) from exc
        for g in paper.get("results", []):
            g.setdefault("span_end", g["span_start"] + len(g["text"]))
            for key in ("value", "low", "high"):
                g.setdefault(key, None)
        papers.append(paper)
    return papers


def score(gold: list[dict], results: list[dict], abstracts: dict[str, str]) -> tuple[dict, list[tuple]]:
    """The report for `results` (rows of the results table, keyed by folded title in `paper`)."""
    by_title = {fold(p["title"]): p for p in gold}
    preds: dict[str, list[dict]] = defaultdict(list)
    for r in results:
        if r.get("section", "abstract") == "abstract" and r.get("kind") in KINDS:
            preds[r["_title"]].append(r)
    c: Counter[str] = Counter()
    per_kind: dict[str, Counter[str]] = defaultdict(Counter)
    context: dict[str, Counter[str]] = defaultdict(Counter)
    misses: list[tuple] = []
    for title, paper in by_title.items():
        g_results = paper["results"]
        p_results = preds.get(title, [])
        if title not in abstracts:
            c["papers_missing"] += 1
        elif abstracts[title] != paper["abstract"]:
            c["abstracts_differ"] += 1
        c["gold"] += len(g_results)
        c["pred"] += len(p_results)
        for g in g_results:
            per_kind[g["kind"]]["gold"] += 1
        for p in p_results:
            per_kind[p["kind"]]["pred"] += 1
        pairs = match(g_results, p_results)
        matched = {id(g) for g, _ in pairs}
        for g, p in pairs:
            c["found"] += 1
            if g["kind"] != p["kind"]:
                misses.append((title, g["text"], f"kind {p['kind']} != {g['kind']}"))
                continue
            c["typed"] += 1
            per_kind[g["kind"]]["typed"] += 1
            if not _value_ok(g, p):
                why = f"value {p.get('value')} {p.get('unit')} != {g['value']} {g['unit']}"
                misses.append((title, g["text"], why))
                continue
            c["valued"] += 1
            full = True
            for f in CONTEXT:
                if g.get(f):
                    context[f]["gold"] += 1
                    if same_text(g[f], p.get(f)):
                        context[f]["right"] += 1
                    elif f in LEADERBOARD_FIELDS:
                        full = False
            if full:
                c["full"] += 1
                per_kind[g["kind"]]["full"] += 1
        misses += [(title, g["text"], "not found") for g in g_results if id(g) not in matched]
    report: dict[str, Any] = {
        "papers": len(by_title),
        "papers_missing": c["papers_missing"],
        "abstracts_differ": c["abstracts_differ"],
        "gold": c["gold"],
        "predicted": c["pred"],
    }
    for name, tp in (
        ("detection", c["found"]),
        ("typed", c["typed"]),
        ("valued", c["valued"]),
        ("full", c["full"]),
    ):
        p, r, f = _f1(tp, c["pred"], c["gold"])
        report[name] = {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}
    report["per_kind"] = {}
    for k in KINDS:
        m = per_kind[k]
        prf = (round(x, 4) for x in _f1(m["typed"], m["pred"], m["gold"]))
        report["per_kind"][k] = {
            **dict(zip(("precision", "recall", "f1"), prf, strict=True)),
            "gold": m["gold"],
            "full_recall": round(m["full"] / m["gold"], 4) if m["gold"] else None,
        }
    report["context_accuracy"] = {
        f: round(context[f]["right"] / context[f]["gold"], 4) if context[f]["gold"] else None for f in CONTEXT
    }
    return report, misses


def evaluate(gold_path: Path | str, *, misses: int = 0) -> dict[str, Any]:
    """Extract from the gold file's abstracts and score against its results."""
    gold = load_gold(gold_path)
    papers = pa.table(
        {
            "paper_id": pa.array([str(p.get("pid", i)) for i, p in enumerate(gold)], pa.string()),
            "title": pa.array([p["title"] for p in gold], pa.string()),
            "abstract": pa.array([p["abstract"] for p in gold], pa.string()),
        }
    )
    table, _ = extract_table(papers)
    titles = {
        pid: fold(t)
        for pid, t in zip(papers["paper_id"].to_pylist(), papers["title"].to_pylist(), strict=True)
    }
    rows = table.to_pylist()
    for r in rows:
        r["_title"] = titles[r["paper_id"]]
    abstracts = {fold(p["title"]): p["abstract"] for p in gold}
    report, missed = score(gold, rows, abstracts)
    if misses:
        report["misses"] = [list(m) for m in missed[:misses]]
    return report


def format_report(report: dict[str, Any]) -> str:
    """The report as the reference scorer prints it."""
    lines = [
        f"papers {report['papers']} (missing {report['papers_missing']}, abstract differs "
        f"{report['abstracts_differ']}); gold results {report['gold']}, predicted {report['predicted']}"
    ]
    for name in ("detection", "typed", "valued", "full"):
        m = report[name]
        lines.append(f"{name:>10}  P {m['precision']:.3f}  R {m['recall']:.3f}  F1 {m['f1']:.3f}")
    lines.append("per kind (typed):")
    for k, m in report["per_kind"].items():
        lines.append(
            f"  {k:<12} gold {m['gold']:>4}  P {m['precision']:.3f}  R {m['recall']:.3f}  F1 {m['f1']:.3f}"
            f"  full-R {m['full_recall']}"
        )
    lines.append(f"context accuracy on correct results: {report['context_accuracy']}")
    for title, text, why in report.get("misses", []):
        lines.append(f"  miss: {text!r:<16} {why:<40} in {title[:60]}")
    return "\n".join(lines)
