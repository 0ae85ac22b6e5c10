"""CLI command bodies: call the library, print a short summary. No logic lives here."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from etl.errors import InputError, ValidationFailed
from etl.layout import Layout
from etl.progress import Progress


def _progress(args: argparse.Namespace) -> Progress:
    return Progress(enabled=not args.quiet)


def _print(text: str = "") -> None:
    print(text, file=sys.stdout)


def _kinds(by_kind: dict[str, int]) -> str:
    return ", ".join(f"{k} {v:,}" for k, v in sorted(by_kind.items())) or "none"


def _print_validation(outcome: Any) -> None:
    data = outcome.to_dict() if hasattr(outcome, "to_dict") else dict(outcome or {})
    failing = data.get("failing", [])
    status = "passed" if data.get("success") else "FAILED"
    _print(f"validation: {status}; quarantined rows: {data.get('quarantined', 0):,}")
    for f in failing:
        what = "failing (fatal)" if f.get("fatal") else "quarantined by" if f.get("quarantine") else "failing"
        _print(f"  {what}: {f.get('table')}.{f.get('expectation')}: {f.get('unexpected_count', '?')} rows")


def cmd_run(args: argparse.Namespace) -> int:
    from etl import pipeline

    layout = Layout.at(args.out)
    try:
        summary = pipeline.run(
            args.inputs or None,
            args.out,
            fmt=args.fmt,
            engine=args.engine,
            workers=args.workers,
            scheduler=args.scheduler,
            full=args.full,
            progress=_progress(args),
        )
    except ValidationFailed as exc:
        outcome = getattr(exc, "outcome", None)
        if outcome is not None:
            _print_validation(outcome)
        print(f"etl run: validation failed; the previous tables stay published. {exc}", file=sys.stderr)
        print(f"  details: {layout.quality}/", file=sys.stderr)
        return exc.exit_code
    m = summary.manifest
    _print(
        f"read {m['records_read']:,} records from {len(m['inputs'])} input(s): "
        f"{m['papers']:,} papers, {m['duplicates']:,} duplicates, {m['rejects']:,} rejects"
    )
    _print(f"results: {m['results']:,} ({_kinds(m['results_by_kind'])})")
    _print_validation(m["validation"])
    _print(f"tables:       {layout.tables}/ (DuckDB: {layout.duckdb})")
    _print(f"rejects:      {layout.rejects}/")
    _print(f"quality:      {layout.quality}/")
    _print(f"leaderboards: {layout.leaderboards}/index.html")
    _print(f"done in {m['timings_s'].get('total', 0):.1f}s; manifest: {layout.manifest}")
    return 0


def cmd_ingest(args: argparse.Namespace) -> int:
    from etl import ingest

    s = ingest.run(args.inputs or None, Layout.at(args.out), fmt=args.fmt, progress=_progress(args)).to_dict()
    _print(
        f"read {s['records_read']:,} records: {s['papers']:,} papers, "
        f"{s['duplicates']:,} duplicates, {s['rejects']:,} rejects -> {Layout.at(args.out).stage_papers}/"
    )
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    from etl import extract
    from etl.engine import make_engine

    eng = make_engine(args.engine, workers=args.workers, scheduler=args.scheduler)
    try:
        s = extract.run(Layout.at(args.out), progress=_progress(args), engine=eng).to_dict()
    finally:
        eng.close()
    _print(f"results: {s['results']:,} ({_kinds(s['results_by_kind'])}); rejects: {s['rejects']:,}")
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    from etl import validate

    layout = Layout.at(args.out)
    try:
        if args.tables is not None:
            outcome = validate.validate_tables(args.tables, layout.quality, progress=_progress(args))
        else:
            outcome = validate.run(layout, progress=_progress(args))
    except ValidationFailed as exc:
        if getattr(exc, "outcome", None) is not None:
            _print_validation(exc.outcome)
        raise
    _print_validation(outcome)
    if not outcome.to_dict().get("success"):
        return 2
    _print(f"reports: {layout.quality}/")
    return 0


def cmd_load(args: argparse.Namespace) -> int:
    from etl import load

    layout = Layout.at(args.out)
    s = load.run(layout, progress=_progress(args)).to_dict()
    _print(f"published: {layout.tables}/ ({json.dumps(s.get('rows', {}))}); DuckDB: {layout.duckdb}")
    return 0


def cmd_leaderboards(args: argparse.Namespace) -> int:
    from etl import leaderboards

    layout = Layout.at(args.out)
    leaderboards.run(layout, progress=_progress(args))
    _print(f"leaderboards: {layout.leaderboards}/index.html")
    return 0


def cmd_query(args: argparse.Namespace) -> int:
    from etl import load

    table = load.query(Layout.at(args.out), args.sql)
    if args.csv:
        import pyarrow.csv as pacsv

        pacsv.write_csv(table, sys.stdout.buffer)
    else:
        _print(table.to_pandas().to_string(index=False, max_colwidth=60))
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from etl.extract.evaluate import evaluate, format_report

    if not args.gold.is_file():
        raise InputError(
            f"gold file not found: {args.gold}", hint="give a JSON-lines file as in GUIDELINE.md"
        )
    report = evaluate(args.gold, misses=args.misses)
    if args.json:
        _print(json.dumps({k: v for k, v in report.items() if k != "misses"}))
    else:
        _print(format_report(report))
    return 0


def cmd_entries(args: argparse.Namespace) -> int:
    from etl.extract.entries import Outcome, check_entries, format_checks, load_entries

    checks = check_entries(load_entries(args.entries))
    _print(format_checks(checks, show=args.show))
    found = sum(c.outcome in (Outcome.RANKABLE, Outcome.FOUND) for c in checks)
    if args.fail_under is not None and (not checks or found / len(checks) < args.fail_under):
        _print(f"below --fail-under {args.fail_under}: {found}/{len(checks)}")
        return 2  # a check that failed, as `etl validate` does
    return 0


def cmd_names(args: argparse.Namespace) -> int:
    import pyarrow.dataset as ds

    from etl.extract.gazetteer import fallback_names
    from etl.load import require_tables

    layout = Layout.at(args.out)
    require_tables(layout)
    table = ds.dataset(layout.results).to_table()
    _print(fallback_names(table, args.field, top=args.top).to_pandas().to_string(index=False))
    return 0


COMMANDS = {
    "run": cmd_run,
    "ingest": cmd_ingest,
    "extract": cmd_extract,
    "validate": cmd_validate,
    "load": cmd_load,
    "leaderboards": cmd_leaderboards,
    "query": cmd_query,
    "eval": cmd_eval,
    "names": cmd_names,
    "entries": cmd_entries,
}


def dispatch(args: argparse.Namespace) -> int:
    return COMMANDS[args.command](args)
