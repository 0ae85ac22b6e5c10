"""The CLI's contract: --help everywhere, exit codes 0 / 1 / 2."""

import subprocess
import sys
from pathlib import Path

import pytest

from etl.cli import build_parser, main

COMMANDS = ["run", "ingest", "extract", "validate", "load", "leaderboards", "query", "eval", "names"]


def etl(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "etl", *args], capture_output=True, text=True, cwd=cwd, timeout=600
    )


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main([command, "--help"])
    assert exit_.value.code == 0
    assert "usage: etl " + command in capsys.readouterr().out


def test_parser_knows_every_command() -> None:
    help_text = build_parser().format_help()
    for command in COMMANDS:
        assert command in help_text


def test_usage_error_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["run", "--engine", "spark"])
    assert exit_.value.code == 1
    assert "hint" in capsys.readouterr().err


def test_no_command_prints_help_and_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 1
    assert "usage: etl" in capsys.readouterr().out


def test_missing_input_exits_1_with_hint(tmp_path: Path) -> None:
    proc = etl("ingest", str(tmp_path / "nope.jsonl"), "--out", str(tmp_path / "out"))
    assert proc.returncode == 1
    assert "nope.jsonl" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_stage_before_its_input_exits_1(tmp_path: Path) -> None:
    proc = etl("extract", "--out", str(tmp_path / "empty"))
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert "etl ingest" in proc.stderr  # the hint names the stage to run first


def test_query_without_tables_exits_1(tmp_path: Path) -> None:
    proc = etl("query", "select 1", "--out", str(tmp_path / "empty"))
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
