"""One input file: its format (from content, or forced) and its records. Bad files become rejects."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from pathlib import Path

from etl.errors import InputError
from etl.ingest import readers
from etl.ingest.batch import Builder, Chunk
from etl.ingest.text import HEAD_BYTES, binary_kind, sniff_encoding
from etl.records import RejectReason

FORMATS: tuple[str, ...] = ("listing", "arxiv-jsonl", "atom", "hf-json", "csv", "tsv", "parquet")
_WHOLE_FILE_LIMIT = 2 << 30


class Records:
    """The records of one input file. Iterating yields `Chunk`s; `format` is known up front.

    `format` is None when the file cannot be read at all; iterating then yields one reject.
    """

    def __init__(self, path: str | Path, fmt: str | None = None, *, name: str | None = None) -> None:
        if fmt is not None and fmt not in FORMATS:
            raise InputError(f"unknown format {fmt!r}", hint=f"use one of: {', '.join(FORMATS)}")
        self.path = Path(path)
        self.name = name if name is not None else str(path)
        self.format: str | None = None
        self.encoding: str | None = None
        self._problem: tuple[RejectReason, str] | None = None
        try:
            info = self.path.stat()
            self.size = info.st_size
            if not stat.S_ISREG(info.st_mode):  # a FIFO or device would block or never end
                self.size = 0
                self._problem = (
                    RejectReason.UNREADABLE_FILE,
                    f"not a regular file ({_file_kind(info.st_mode)})",
                )
                return
            with open(self.path, "rb") as fh:
                head = fh.read(HEAD_BYTES)
        except OSError as exc:
            self.size = 0
            self._problem = (RejectReason.UNREADABLE_FILE, f"cannot read file: {exc.strerror or exc}")
            return
        complete = len(head) >= self.size
        if not head.strip():
            self._problem = (RejectReason.UNKNOWN_FORMAT, "file is empty" if not head else "file is blank")
            return
        kind = binary_kind(head)
        if kind and fmt != "parquet" and not head.startswith(b"PAR1"):
            self._problem = (RejectReason.BINARY_FILE, f"binary file ({kind}), not text")
            return
        self.format = fmt or readers.detect(head, complete=complete)
        if self.format is None:
            self._problem = (
                RejectReason.UNKNOWN_FORMAT,
                f"not a known format ({', '.join(FORMATS)}); starts with {head[:60]!r}",
            )
            return
        if self.format != "parquet":
            self.encoding = sniff_encoding(head, complete=complete)
        if self.format in ("listing", "atom", "hf-json") and self.size > _WHOLE_FILE_LIMIT:
            self._problem = (RejectReason.UNREADABLE_FILE, f"{self.format} file over 2 GB; split it")
        self._delimiter = readers.csv_delimiter(head) if self.format in ("csv", "tsv") else ","
        if self.format == "tsv":
            self._delimiter = "\t"

    def __iter__(self) -> Iterator[Chunk]:
        if self._problem is not None:
            yield self._whole_file_reject(*self._problem)
            return
        try:
            yield from self._read()
        except OSError as exc:
            yield self._whole_file_reject(RejectReason.UNREADABLE_FILE, f"read failed: {exc.strerror or exc}")
        except UnicodeError as exc:
            yield self._whole_file_reject(RejectReason.UNDECODABLE, f"not readable as {self.encoding}: {exc}")

    def _whole_file_reject(self, reason: RejectReason, message: str) -> Chunk:
        b = Builder(self.name, "")
        b.reject("", reason, message)
        return b.flush()

    def _read(self) -> Iterator[Chunk]:
        fmt, name = self.format, self.name
        if fmt == "arxiv-jsonl":
            yield from readers.read_jsonl(self.path, name, self.encoding or "utf-8")
        elif fmt in ("csv", "tsv"):
            yield from readers.read_delimited(self.path, name, self._delimiter, self.encoding or "utf-8")
        elif fmt == "parquet":
            yield from readers.read_parquet(self.path, name)
        else:
            data = self.path.read_bytes()
            if fmt == "listing":
                yield from readers.read_listing(data, name)
            elif fmt == "atom":
                yield from readers.read_atom(data, name)
            else:
                yield from readers.read_hf(data, name)


def _file_kind(mode: int) -> str:
    for test, kind in (
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a named pipe"),
        (stat.S_ISSOCK, "a socket"),
    ):
        if test(mode):
            return kind
    return "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "not a file"


def read_records(path: str | Path, fmt: str | None = None, *, name: str | None = None) -> Records:
    """The records of one file, as `Chunk`s of usable rows plus rejects (see `Records`)."""
    return Records(path, fmt, name=name)
