"""The run manifest: every record accounted for (`records_read == papers + duplicates + rejects`)."""

from __future__ import annotations

import platform
from typing import Any

from etl import __version__
from etl.io import write_json
from etl.layout import Layout


def summary_dict(summary: Any) -> dict[str, Any] | None:
    """A stage summary (every stage's has `to_dict`) or a plain mapping, as a dict."""
    if summary is None:
        return None
    if hasattr(summary, "to_dict"):
        return summary.to_dict()
    return dict(summary)


def build_manifest(
    *,
    ingest: Any,
    extract: Any,
    validation: Any = None,
    load: Any = None,
    leaderboards: Any = None,
    published: bool,
    timings: dict[str, float],
    engine: str,
) -> dict[str, Any]:
    ing = summary_dict(ingest) or {}
    ext = summary_dict(extract) or {}
    val = summary_dict(validation)
    return {
        "etl_version": __version__,
        "python": platform.python_version(),
        "engine": engine,
        "inputs": ing.get("inputs", []),
        "records_read": int(ing.get("records_read", 0)),
        "papers": int(ing.get("papers", 0)),
        "duplicates": int(ing.get("duplicates", 0)),
        "rejects": int(ing.get("rejects", 0)),
        "rejects_by_reason": ing.get("rejects_by_reason", {}),
        "results": int(ext.get("results", 0)),
        "results_by_kind": ext.get("results_by_kind", {}),
        "extract_rejects": int(ext.get("rejects", 0)),
        "papers_extracted": int(ext.get("extracted", 0)),
        "papers_reused": int(ext.get("cached", 0)),
        "quarantined": int((val or {}).get("quarantined", 0)),
        "validation": val,
        "published": published,
        "load": summary_dict(load),
        "leaderboards": summary_dict(leaderboards),
        "timings_s": {k: round(v, 3) for k, v in timings.items()},
    }


def write_manifest(layout: Layout, **parts: Any) -> dict[str, Any]:
    manifest = build_manifest(**parts)
    write_json(layout.manifest, manifest)
    return manifest
