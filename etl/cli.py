"""`etl` command line: a thin layer over the stage packages.

Exit codes: 0 success, 1 usage or input error, 2 validation failed, 3 internal error (a bug),
130 interrupted.
"""

from __future__ import annotations

import argparse
import os
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path

from etl import __version__
from etl.errors import EtlError

EXIT_OK, EXIT_INPUT, EXIT_VALIDATION, EXIT_INTERNAL, EXIT_INTERRUPTED = 0, 1, 2, 3, 130

FORMATS = ("listing", "arxiv-jsonl", "atom", "hf-json", "csv", "tsv", "parquet")


class _Parser(argparse.ArgumentParser):
    """argparse exits 2 on usage errors; our 2 means 'validation failed', so usage errors exit 1."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_INPUT, f"{self.prog}: error: {message}\n  hint: see `{self.prog} --help`\n")


def _out(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", default="output", type=Path, help="output folder (default: output/)")


def _engine(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--engine",
        choices=("local", "serial", "dask"),
        default="local",
        help="where extraction runs: local worker processes (default), serial, or a Dask cluster",
    )
    p.add_argument("--workers", type=int, default=None, help="worker processes (default: one per core)")
    p.add_argument(
        "--scheduler", default=None, help="Dask scheduler address (tcp://host:8786); default: local"
    )


def _inputs(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "inputs",
        nargs="*",
        metavar="INPUT",
        help="files, folders or globs (default: the bundled sample corpus)",
    )
    p.add_argument(
        "--format",
        dest="fmt",
        choices=FORMATS,
        default=None,
        help="force the input format instead of detecting it from the content",
    )


def _count(text: str) -> int:
    n = int(text)
    if n < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, not {n}")
    return n


def _share(text: str) -> float:
    x = float(text)
    if not 0.0 <= x <= 1.0:
        raise argparse.ArgumentTypeError(f"must be a share between 0 and 1, not {x}")
    return x


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="etl",
        description="Turn ML paper abstracts into validated result tables and leaderboards.",
        epilog="Exit codes: 0 success, 1 usage or input error, 2 validation failed, 3 internal error (a bug).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress display, only errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("run", help="run every stage: ingest, extract, validate, load, leaderboards")
    _inputs(p)
    _out(p)
    _engine(p)
    p.add_argument(
        "--full", action="store_true", help="ignore cached per-input results (no incremental re-use)"
    )

    p = sub.add_parser("ingest", help="read inputs into the staged papers table")
    _inputs(p)
    _out(p)

    p = sub.add_parser("extract", help="extract results from the staged papers")
    _out(p)
    _engine(p)

    p = sub.add_parser("validate", help="run the Great Expectations suites (exit 2 when one fails)")
    _out(p)
    p.add_argument(
        "--tables",
        type=Path,
        default=None,
        help="check already published tables in DIR (with papers/ and results/) instead of the staged ones",
    )

    p = sub.add_parser("load", help="publish the validated tables atomically and build etl.duckdb")
    _out(p)

    p = sub.add_parser("leaderboards", help="render leaderboards (Markdown, CSV, HTML) from the tables")
    _out(p)

    p = sub.add_parser("query", help="run SQL against the published tables (read-only)")
    p.add_argument(
        "sql",
        help='SQL over views papers, results, rejects, e.g. "select kind, count(*) from results group by 1"',
    )
    _out(p)
    p.add_argument("--csv", action="store_true", help="print CSV instead of a table")

    p = sub.add_parser("eval", help="score extraction against a gold JSON-lines file")
    p.add_argument("gold", type=Path, help="gold file (one JSON object per paper, see GUIDELINE)")
    p.add_argument(
        "--misses", type=int, default=0, help="list up to N gold results that were missed or wrong"
    )
    p.add_argument("--json", action="store_true", help="print the report as JSON")

    p = sub.add_parser(
        "entries",
        help="check that known leaderboard entries come out as score rows with their data set",
    )
    p.add_argument(
        "entries",
        type=Path,
        help="JSON lines: {pid, title, abstract, entries: [{text, span_start, span_end, value, dataset, ...}]}",
    )
    p.add_argument("--show", type=_count, default=0, help="list up to N entries that did not come out right")
    p.add_argument(
        "--fail-under",
        type=_share,
        default=None,
        metavar="SHARE",
        help="exit with 2 when fewer than this share (0-1) come out with their data set",
    )

    p = sub.add_parser(
        "names", help="most common metric/dataset/model names that the gazetteer does not know"
    )
    _out(p)
    p.add_argument("--field", choices=("metric", "dataset", "model"), default="dataset")
    p.add_argument("--top", type=int, default=30)
    return parser


def _quiet_third_parties() -> None:
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("TQDM_DISABLE", "1")
    warnings.filterwarnings("ignore")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return EXIT_INPUT
    _quiet_third_parties()
    from etl import commands

    try:
        return commands.dispatch(args)
    except EtlError as exc:
        print(f"etl {args.command}: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # `etl query ... | head`: the reader left; not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:  # a bug, not the user's input: say so briefly, full traceback on request
        if os.environ.get("ETL_DEBUG"):
            raise
        print(
            f"etl {args.command}: internal error: {exc!r}\n"
            "  this is a bug in etl, not in your input; rerun with ETL_DEBUG=1 for the traceback "
            "and report it. Published output is only ever replaced by a run that finishes.",
            file=sys.stderr,
        )
        return EXIT_INTERNAL


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
