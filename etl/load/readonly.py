"""Which SQL `etl query` may run: reads only.

The database is opened read-only, but DuckDB still lets `COPY ... TO` and `EXPORT` write
files, e.g. over the published Parquet tables, so statements are checked by type first.
"""

from __future__ import annotations

import duckdb

from etl.errors import InputError

READ_STATEMENTS = ("SELECT", "EXPLAIN")
QUERY_HINT = "tables: papers, results, rejects (see schemas/*.json)"


def read_only_sql(sql: str) -> str:
    """`sql` when every statement in it only reads; InputError (exit 1) otherwise."""
    try:
        kinds = [s.type.name for s in duckdb.extract_statements(sql)]
    except duckdb.Error as exc:
        raise InputError(f"query failed: {exc}", where="query", hint=QUERY_HINT) from exc
    writes = [k for k in kinds if k not in READ_STATEMENTS]
    if writes or not kinds:
        raise InputError(
            f"only SELECT and EXPLAIN statements are allowed, not {', '.join(writes) or 'an empty query'}",
            where="query",
            hint="the tables are read-only; to save an answer, use --csv and redirect it to a file",
        )
    return sql
