"""The one module that writes files. Every write is atomic: temp file, fsync, rename.

A run killed at any moment leaves either the old file or the new one, never half.
Published table folders are swapped with a symlink rename, so readers always see
a complete set of tables.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

_UMASK = os.umask(0)
os.umask(_UMASK)
PARQUET_OPTIONS: dict[str, Any] = {"compression": "zstd", "write_statistics": True}


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def atomic_path(target: Path | str) -> Iterator[Path]:
    """Yield a temp path next to `target`; on success rename it over `target`."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        with open(tmp_path, "rb+") as fh:
            os.fsync(fh.fileno())
        os.chmod(tmp_path, 0o666 & ~_UMASK)  # mkstemp makes 0600; published files are readable like any other
        os.replace(tmp_path, target)
        _fsync_dir(target.parent)
    finally:
        if tmp_path.exists():
            tmp_path.unlink()


def write_text(path: Path | str, text: str) -> Path:
    with atomic_path(path) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return Path(path)


def write_bytes(path: Path | str, data: bytes) -> Path:
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)
    return Path(path)


def write_json(path: Path | str, obj: Any) -> Path:
    return write_text(path, json.dumps(obj, indent=2, sort_keys=True, default=str) + "\n")


def write_parquet(path: Path | str, table: pa.Table) -> Path:
    """Write one Parquet file atomically (no timestamps inside: byte-identical for equal tables)."""
    with atomic_path(path) as tmp:
        pq.write_table(table, tmp, **PARQUET_OPTIONS)
    return Path(path)


class ParquetStream:
    """Append record batches to one Parquet file; it appears at `path` only on `close()`."""

    def __init__(self, path: Path | str, schema: pa.Schema) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._tmp = self.path.with_name(f".{self.path.name}.{uuid.uuid4().hex}.tmp")
        self._writer = pq.ParquetWriter(self._tmp, schema, **PARQUET_OPTIONS)
        self.rows = 0

    def write(self, data: pa.Table | pa.RecordBatch) -> None:
        if data.num_rows:
            if isinstance(data, pa.RecordBatch):
                data = pa.Table.from_batches([data])
            self._writer.write_table(data)
            self.rows += data.num_rows

    def close(self) -> Path:
        self._writer.close()
        with open(self._tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(self._tmp, self.path)
        _fsync_dir(self.path.parent)
        return self.path

    def abort(self) -> None:
        with contextlib.suppress(Exception):
            self._writer.close()
        self._tmp.unlink(missing_ok=True)

    def __enter__(self) -> ParquetStream:
        return self

    def __exit__(self, exc_type: object, *_: object) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()


def new_version_dir(root: Path | str, name: str) -> Path:
    """A fresh hidden folder under `root` to build a new version of `name` in."""
    root = Path(root)
    path = root / ".versions" / f"{name}-{uuid.uuid4().hex[:12]}"
    path.mkdir(parents=True)
    return path


def publish_dir(built: Path, link: Path | str) -> Path:
    """Make `link` point at the finished folder `built`, atomically; remove the previous version.

    `link` is a symlink swapped with one rename, so a reader (or a killed run) sees the
    old folder or the new one, complete. A real folder left at `link` by hand is replaced.
    """
    link = Path(link)
    link.parent.mkdir(parents=True, exist_ok=True)
    for folder, _, _ in os.walk(built):  # the new folder's entries are durable before it goes live
        _fsync_dir(Path(folder))
    previous = link.resolve() if link.is_symlink() else None
    if link.exists() and not link.is_symlink():
        shutil.rmtree(link) if link.is_dir() else link.unlink()
    tmp_link = link.with_name(f".{link.name}.{uuid.uuid4().hex}.lnk")
    os.symlink(os.path.relpath(built, link.parent), tmp_link)
    os.replace(tmp_link, link)
    _fsync_dir(link.parent)
    if previous is not None and previous != built.resolve() and previous.exists():
        shutil.rmtree(previous, ignore_errors=True)
    return link


def remove_stale(root: Path | str) -> None:
    """Delete leftovers of killed runs: temp files and unpublished version folders."""
    root = Path(root)
    if root.exists():
        for p in root.iterdir():  # a temp link of a run killed before its rename: never live
            if p.is_symlink() and p.name.startswith(".") and p.name.endswith(".lnk"):
                p.unlink(missing_ok=True)
    live = {p.resolve() for p in root.iterdir() if p.is_symlink()} if root.exists() else set()
    versions = root / ".versions"
    if versions.exists():
        for child in versions.iterdir():
            if child.resolve() not in live:
                shutil.rmtree(child, ignore_errors=True)


def remove_tree(path: Path | str) -> None:
    """Remove a folder, or the symlink at `path` and the version folder it points at."""
    path = Path(path)
    if path.is_symlink():
        target = path.resolve()
        path.unlink()
        _fsync_dir(path.parent)
        shutil.rmtree(target, ignore_errors=True)
    elif path.is_dir():
        shutil.rmtree(path, ignore_errors=True)
    elif path.exists():
        path.unlink()


def publish_copy(src: Path | str, link: Path | str) -> Path:
    """Copy the finished folder `src` into a new version next to `link` and publish it there."""
    link = Path(link)
    built = new_version_dir(link.parent, link.name)
    shutil.copytree(src, built, dirs_exist_ok=True)
    return publish_dir(built, link)
