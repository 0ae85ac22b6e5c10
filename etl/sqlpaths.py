"""File paths inside DuckDB SQL: quoted literals, and globs whose folder is taken literally.

A folder may contain glob characters (`out[1]/`); DuckDB would read them as a pattern.
"""

from __future__ import annotations

from pathlib import Path

_GLOB_CHARS = {"[": "[[]", "*": "[*]", "?": "[?]"}


def sql_str(text: str | Path) -> str:
    """`text` (or a path) as a SQL string literal."""
    return "'" + str(text).replace("'", "''") + "'"


def sql_glob(folder: Path | str, pattern: str = "*.parquet") -> str:
    """A SQL literal matching `pattern` inside `folder`, the folder's own characters escaped."""
    literal = "".join(_GLOB_CHARS.get(ch, ch) for ch in str(folder))
    return sql_str(f"{literal}/{pattern}")
