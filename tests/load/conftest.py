"""Fixtures for the load tests (builders live in load_data.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from load_data import write_validated

from etl.layout import Layout


@pytest.fixture
def validated(tmp_path: Path) -> Layout:
    return write_validated(tmp_path / "out")
