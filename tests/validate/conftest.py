"""Fixtures for the validate tests (builders live in validate_data.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from validate_data import good_results, paper, write_stage

from etl.layout import Layout


@pytest.fixture
def good_stage(tmp_path: Path) -> Layout:
    papers = [paper("p1"), paper("p2")]
    return write_stage(tmp_path / "out", papers, good_results("p1") + good_results("p2"))
