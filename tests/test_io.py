import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from etl import io


def test_write_text_replaces_whole_file(tmp_path: Path) -> None:
    target = tmp_path / "a" / "f.txt"
    io.write_text(target, "old")
    io.write_text(target, "new")
    assert target.read_text() == "new"
    assert [p.name for p in target.parent.iterdir()] == ["f.txt"]


def test_failed_write_leaves_previous_file_and_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "f.txt"
    io.write_text(target, "old")
    with pytest.raises(RuntimeError), io.atomic_path(target) as tmp:
        tmp.write_text("half")
        raise RuntimeError("killed")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["f.txt"]


def test_parquet_is_byte_identical_for_equal_tables(tmp_path: Path) -> None:
    t = pa.table({"a": [1, 2, 3], "b": ["x", "y", "z"]})
    io.write_parquet(tmp_path / "1.parquet", t)
    io.write_parquet(tmp_path / "2.parquet", t)
    assert (tmp_path / "1.parquet").read_bytes() == (tmp_path / "2.parquet").read_bytes()


def test_parquet_stream_appears_only_on_close(tmp_path: Path) -> None:
    schema = pa.schema([("a", pa.int64())])
    stream = io.ParquetStream(tmp_path / "s.parquet", schema)
    stream.write(pa.table({"a": [1, 2]}, schema=schema))
    assert not (tmp_path / "s.parquet").exists()
    stream.close()
    assert pq.read_table(tmp_path / "s.parquet").column("a").to_pylist() == [1, 2]


def test_parquet_stream_abort_leaves_nothing(tmp_path: Path) -> None:
    schema = pa.schema([("a", pa.int64())])
    with pytest.raises(ValueError), io.ParquetStream(tmp_path / "s.parquet", schema) as stream:
        stream.write(pa.table({"a": [1]}, schema=schema))
        raise ValueError("boom")
    assert list(tmp_path.iterdir()) == []


def test_publish_dir_swaps_and_removes_previous_version(tmp_path: Path) -> None:
    first = io.new_version_dir(tmp_path, "tables")
    (first / "x").write_text("1")
    io.publish_dir(first, tmp_path / "tables")
    second = io.new_version_dir(tmp_path, "tables")
    (second / "x").write_text("2")
    io.publish_dir(second, tmp_path / "tables")
    assert (tmp_path / "tables" / "x").read_text() == "2"
    assert not first.exists()
    assert os.path.islink(tmp_path / "tables")


def test_remove_stale_keeps_published_version(tmp_path: Path) -> None:
    live = io.new_version_dir(tmp_path, "tables")
    io.publish_dir(live, tmp_path / "tables")
    stale = io.new_version_dir(tmp_path, "tables")
    io.remove_stale(tmp_path)
    assert live.exists() and not stale.exists()


def test_remove_stale_drops_the_temp_link_of_a_run_killed_before_its_rename(tmp_path: Path) -> None:
    live = io.new_version_dir(tmp_path, "tables")
    io.publish_dir(live, tmp_path / "tables")
    orphan = io.new_version_dir(tmp_path, "tables")
    tmp_link = tmp_path / ".tables.0123abcd.lnk"
    os.symlink(os.path.relpath(orphan, tmp_path), tmp_link)  # killed between symlink and rename
    io.remove_stale(tmp_path)
    assert live.exists() and not orphan.exists() and not os.path.lexists(tmp_link)
