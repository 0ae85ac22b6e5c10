"""The one CLI run over messy input that most robustness tests read (helpers: robust_run.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from robust_corpus import messy_folder
from robust_run import Ran, run_ok


@pytest.fixture(scope="session")
def messy(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Ran]:
    """One CLI run over a folder holding every kind of bad input mixed with good ones."""
    root = tmp_path_factory.mktemp("messy")
    messy_folder(root / "in")
    ran = run_ok(root / "in", "--out", root / "out")
    return root / "in", root / "out", ran
