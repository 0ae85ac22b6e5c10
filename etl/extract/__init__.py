"""Extract stage: reported numbers in abstracts -> `results` rows (see GUIDELINE.md).

Names are imported lazily, so importing a light submodule (the gazetteer, the cache)
does not compile the whole grammar.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_EXPORTS = {
    "extract_text": "etl.extract.core",
    "extract_table": "etl.extract.table",
    "extract_canonical": "etl.extract.table",
    "ExtractSummary": "etl.extract.table",
    "run": "etl.extract.stage",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'etl.extract' has no attribute {name!r}")
