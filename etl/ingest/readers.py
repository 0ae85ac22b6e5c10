"""One reader per input format. Each yields `Chunk`s and turns every bad record into a reject.

Big formats stream (JSON lines in byte blocks, CSV/TSV as a text stream, Parquet in
row batches); listings, Atom feeds and Hugging Face JSON are read whole.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.json as pj
import pyarrow.parquet as pq

from etl.ingest.batch import BATCH_ROWS, Builder, Chunk, screen
from etl.ingest.listing import looks_like_abstract, parse_listing
from etl.ingest.normalize import RAW_SCHEMA
from etl.ingest.text import ESCAPE, decode, has_undecodable, sniff_encoding, split_lines
from etl.records import RejectReason

JSONL_BLOCK = 16 << 20
_JSON_FIELDS = pa.schema([(n, pa.string()) for n in ("id", "title", "abstract", "categories", "update_date")])
_ENTRY_OPEN = re.compile(r"<(?:[\w.-]+:)?entry[\s>/]")
_ENTRY_CLOSE = re.compile(r"</(?:[\w.-]+:)?entry\s*>")
_ROOT = re.compile(r"<((?:[\w.-]+:)?feed)\b[^>]*?>")
_ATOM_ROOT = '<feed xmlns="http://www.w3.org/2005/Atom">'
_ALIASES = {
    "title": ("title",),
    "abstract": ("abstract", "summary"),
    "arxiv_id": ("arxiv_id", "arxiv id", "arxivid", "id"),
    "categories": ("categories",),
    "update_date": ("update_date",),
}


def _flush_if_full(b: Builder) -> Iterator[Chunk]:
    if len(b) >= BATCH_ROWS:
        yield b.flush()


# --- daily-papers listings ---------------------------------------------------------------


def read_listing(data: bytes, name: str) -> Iterator[Chunk]:
    text, _ = decode(data)
    b = Builder(name, "line")
    for item in parse_listing(text):
        if item.reason is not None:
            message = "a title with no abstract after it" if item.title else "an abstract with no title"
            b.reject(item.line, item.reason, message, item.raw)
        else:
            b.add(item.line, item.title, item.abstract, item.raw)
        yield from _flush_if_full(b)
    yield b.flush()


# --- arXiv metadata JSON lines -------------------------------------------------------------


def read_jsonl(path: Path, name: str, encoding: str) -> Iterator[Chunk]:
    """Blocks go through pyarrow; a block with a bad or blank line is re-read line by line."""
    if encoding not in ("utf-8", "utf-8-sig"):
        with open(path, encoding=encoding, errors=ESCAPE, newline="") as fh:
            text = fh.read()
        yield from _jsonl_lines(split_lines(text), 1, name)
        return
    line0, carry, first = 1, b"", True
    with open(path, "rb") as fh:
        while True:
            data = fh.read(JSONL_BLOCK)
            buf = carry + data
            if data:
                cut = buf.rfind(b"\n")
                if cut < 0:
                    carry = buf
                    continue
                block, carry = buf[: cut + 1], buf[cut + 1 :]
            else:
                block, carry = buf, b""
            if first and block.startswith(b"\xef\xbb\xbf"):
                block = block[3:]
            first = False
            if block:
                yield from _jsonl_block(block, line0, name)
                line0 += block.count(b"\n")
            if not data:
                return


def _jsonl_block(block: bytes, line0: int, name: str) -> Iterator[Chunk]:
    lines = block.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    if all(line.strip() for line in lines):
        try:
            table = pj.read_json(
                io.BytesIO(block),
                read_options=pj.ReadOptions(block_size=max(1 << 20, len(block) + 1)),
                parse_options=pj.ParseOptions(
                    explicit_schema=_JSON_FIELDS, unexpected_field_behavior="ignore"
                ),
            )
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError, pa.ArrowTypeError):
            table = None
        if table is not None and table.num_rows == len(lines) and _valid_utf8(table.columns):
            yield from _jsonl_table(table, lines, line0, name)
            return
    yield from _jsonl_lines(lines, line0, name)


def _valid_utf8(columns: list[pa.ChunkedArray] | list[pa.Array]) -> bool:
    """Arrow's JSON and Parquet readers do not check UTF-8; full validation does."""
    try:
        for column in columns:
            column.validate(full=True)
    except pa.ArrowInvalid:
        return False
    return True


def _jsonl_table(table: pa.Table, lines: list[bytes], line0: int, name: str) -> Iterator[Chunk]:
    for start in range(0, table.num_rows, BATCH_ROWS):
        part = table.slice(start, BATCH_ROWS)
        recs = pa.array(np.arange(line0 + start, line0 + start + part.num_rows, dtype=np.int64))
        raw = pa.RecordBatch.from_arrays(
            [recs]
            + [
                part.column(c).combine_chunks()
                for c in ("title", "abstract", "id", "categories", "update_date")
            ],
            schema=RAW_SCHEMA,
        )
        batch, rejects = screen(raw, name, "line", lambda i, s=start: lines[s + i].decode("utf-8", "replace"))
        yield Chunk(batch, tuple(rejects))


def _jsonl_lines(lines: list[bytes] | list[str], line0: int, name: str) -> Iterator[Chunk]:
    b = Builder(name, "line")
    for n, line in enumerate(lines, start=line0):
        if isinstance(line, bytes):
            try:
                text = line.decode("utf-8")
            except UnicodeDecodeError as exc:
                b.reject(
                    n, RejectReason.UNDECODABLE, f"not UTF-8: {exc.reason} at byte {exc.start}", repr(line)
                )
                continue
        else:
            text = line
        if not text.strip():
            continue
        if has_undecodable(text):
            b.reject(n, RejectReason.UNDECODABLE, "bytes the file's encoding cannot read", text)
            continue
        try:
            obj = json.loads(text)
        except (json.JSONDecodeError, RecursionError) as exc:
            b.reject(n, RejectReason.MALFORMED_RECORD, f"not JSON: {exc}", text)
            continue
        if not isinstance(obj, dict):
            b.reject(n, RejectReason.MALFORMED_RECORD, f"a JSON {type(obj).__name__}, not an object", text)
            continue
        b.add(
            n,
            obj.get("title"),
            obj.get("abstract"),
            text,
            obj.get("id"),
            obj.get("categories"),
            obj.get("update_date"),
        )
        yield from _flush_if_full(b)
    yield b.flush()


# --- arXiv API Atom feeds ------------------------------------------------------------------


def read_atom(data: bytes, name: str) -> Iterator[Chunk]:
    """Each <entry> is parsed on its own, so one broken entry costs only itself."""
    text, _ = decode(data)
    root = _ROOT.search(text)
    opening, closing = (root.group(0), f"</{root.group(1)}>") if root else (_ATOM_ROOT, "</feed>")
    starts = [m.start() for m in _ENTRY_OPEN.finditer(text)]
    b = Builder(name, "entry")
    for k, start in enumerate(starts, start=1):
        end = starts[k] if k < len(starts) else len(text)
        segment = text[start:end]
        close = _ENTRY_CLOSE.search(segment)
        if close is None:
            b.reject(k, RejectReason.MALFORMED_RECORD, "entry has no closing </entry>", segment)
            continue
        segment = segment[: close.end()]
        if has_undecodable(segment):
            b.reject(k, RejectReason.UNDECODABLE, "bytes the file's encoding cannot read", segment)
            continue
        try:
            entry = next(iter(ET.fromstring(opening + segment + closing)))
        except (ET.ParseError, StopIteration, ValueError) as exc:
            b.reject(k, RejectReason.MALFORMED_RECORD, f"bad XML: {exc}", segment)
            continue
        fields: dict[str, str] = {}
        cats: list[str] = []
        for child in entry:
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "category" and child.get("term"):
                cats.append(child.get("term", ""))
            elif tag in ("id", "title", "summary", "updated") and tag not in fields:
                fields[tag] = "".join(child.itertext())
        b.add(
            k,
            fields.get("title"),
            fields.get("summary"),
            segment,
            fields.get("id"),
            " ".join(cats) or None,
            fields.get("updated"),
        )
        yield from _flush_if_full(b)
    yield b.flush()


# --- Hugging Face papers JSON --------------------------------------------------------------


def read_hf(data: bytes, name: str) -> Iterator[Chunk]:
    text, _ = decode(data)
    b = Builder(name, "entry")
    try:
        doc = json.loads(text)
    except (json.JSONDecodeError, RecursionError, ValueError) as exc:
        where = f"line {exc.lineno}" if isinstance(exc, json.JSONDecodeError) else ""
        b.reject(where, RejectReason.MALFORMED_RECORD, f"not a JSON document: {exc}", text)
        yield b.flush()
        return
    if not isinstance(doc, list):
        b.reject(
            "", RejectReason.MALFORMED_RECORD, f"a JSON {type(doc).__name__}, not a list of papers", text
        )
        yield b.flush()
        return
    for k, item in enumerate(doc, start=1):
        raw = json.dumps(item, ensure_ascii=False)[:4000]
        paper = item.get("paper", item) if isinstance(item, dict) else None
        if not isinstance(paper, dict):
            b.reject(k, RejectReason.MALFORMED_RECORD, "entry is not an object with a `paper` object", raw)
            continue
        abstract = paper.get("summary", paper.get("abstract"))
        b.add(k, paper.get("title"), abstract, raw, paper.get("id"))
        yield from _flush_if_full(b)
    yield b.flush()


# --- CSV / TSV -----------------------------------------------------------------------------


def header_columns(names: list[str]) -> dict[str, int]:
    """Column positions by role, matched case-insensitively (`title`, `abstract`, optional `id`...)."""
    folded = [n.strip().lstrip("\ufeff").casefold() for n in names]
    found: dict[str, int] = {}
    for role, aliases in _ALIASES.items():
        for alias in aliases:
            if alias in folded:
                found[role] = folded.index(alias)
                break
    return found


def read_delimited(path: Path, name: str, delimiter: str, encoding: str) -> Iterator[Chunk]:
    """Stream rows; row numbers count like a spreadsheet (the header is row 1)."""
    limit = csv.field_size_limit()
    csv.field_size_limit(max(limit, min(sys.maxsize, 1 << 30)))
    b = Builder(name, "row")
    with open(path, encoding=encoding, errors=ESCAPE, newline="") as fh:
        reader = csv.reader(fh, delimiter=delimiter)
        header: list[str] | None = None
        row_no = 0
        while True:
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                row_no += 1
                b.reject(row_no, RejectReason.MALFORMED_RECORD, f"bad {name_of(delimiter)} row: {exc}", "")
                continue
            row_no += 1
            if not any(cell.strip() for cell in row):
                continue
            if header is None:
                header = row
                cols = header_columns(row)
                if "title" not in cols or "abstract" not in cols:
                    b.reject(
                        "", RejectReason.UNKNOWN_FORMAT, f"header has no title/abstract columns: {row[:20]}"
                    )
                    break
                continue
            raw = delimiter.join(row)
            extra = row[len(header) :]
            if len(row) < len(header) or any(cell.strip() for cell in extra):
                b.reject(
                    row_no, RejectReason.MALFORMED_RECORD, f"{len(row)} fields, header has {len(header)}", raw
                )
                continue
            b.add(
                row_no,
                *(row[cols[r]] if r in cols else None for r in ("title", "abstract")),
                raw,
                *(row[cols[r]] if r in cols else None for r in ("arxiv_id", "categories", "update_date")),
            )
            yield from _flush_if_full(b)
    yield b.flush()


def name_of(delimiter: str) -> str:
    return "TSV" if delimiter == "\t" else "CSV"


# --- Parquet -------------------------------------------------------------------------------


def read_parquet(path: Path, name: str) -> Iterator[Chunk]:
    b = Builder(name, "row")
    try:
        pf = pq.ParquetFile(path)
    except (pa.ArrowException, OSError) as exc:
        b.reject("", RejectReason.UNREADABLE_FILE, f"cannot read Parquet: {exc}")
        yield b.flush()
        return
    cols = header_columns(pf.schema_arrow.names)
    if "title" not in cols or "abstract" not in cols:
        b.reject(
            "", RejectReason.UNKNOWN_FORMAT, f"no title/abstract columns in {pf.schema_arrow.names[:20]}"
        )
        yield b.flush()
        return
    names = {role: pf.schema_arrow.names[i] for role, i in cols.items()}
    row0 = 1
    try:
        for part in pf.iter_batches(batch_size=BATCH_ROWS, columns=sorted(set(names.values()))):
            yield from _parquet_batch(part, names, row0, b)
            row0 += part.num_rows
    except (pa.ArrowException, OSError) as exc:
        b.reject(f"row {row0}", RejectReason.UNREADABLE_FILE, f"Parquet stops being readable: {exc}")
    yield b.flush()


def _parquet_batch(part: pa.RecordBatch, names: dict[str, str], row0: int, b: Builder) -> Iterator[Chunk]:
    def col(role: str) -> pa.Array | None:
        return part.column(names[role]) if role in names else None

    texty = all(
        pa.types.is_string(c.type) or pa.types.is_large_string(c.type) or pa.types.is_null(c.type)
        for c in (col("title"), col("abstract"))
    )
    if not texty or not _valid_utf8(part.columns):
        values = {role: _py_values(col(role)) for role in names}
        for i in range(part.num_rows):
            row = {role: v[i] for role, v in values.items()}
            b.add(
                row0 + i,
                row.get("title"),
                row.get("abstract"),
                json.dumps(row, ensure_ascii=False, default=str),
                row.get("arxiv_id"),
                row.get("categories"),
                row.get("update_date"),
            )
            yield from _flush_if_full(b)
        return

    def text_col(role: str) -> pa.Array:
        c = col(role)
        if c is None or not (pa.types.is_string(c.type) or pa.types.is_large_string(c.type)):
            return pa.nulls(part.num_rows, pa.string())
        return c.cast(pa.string())

    recs = pa.array(np.arange(row0, row0 + part.num_rows, dtype=np.int64))
    raw = pa.RecordBatch.from_arrays(
        [recs] + [text_col(r) for r in ("title", "abstract", "arxiv_id", "categories", "update_date")],
        schema=RAW_SCHEMA,
    )
    batch, rejects = screen(raw, b.name, "row", lambda i: json.dumps(raw.slice(i, 1).to_pylist()[0]))
    yield Chunk(batch, tuple(rejects))


def _py_values(column: pa.Array) -> list[object]:
    """Python values; text with invalid UTF-8 comes back with its bad bytes as surrogates."""
    if pa.types.is_string(column.type) or pa.types.is_large_string(column.type):
        raw = column.cast(pa.binary() if pa.types.is_string(column.type) else pa.large_binary())
        return [None if v is None else v.decode("utf-8", "surrogateescape") for v in raw.to_pylist()]
    return column.to_pylist()


# --- format detection ----------------------------------------------------------------------


def detect(head: bytes, *, complete: bool) -> str | None:
    """The format of a file from its first bytes, or None when it is none we read."""
    if head.startswith(b"PAR1"):
        return "parquet"
    text = head.decode(sniff_encoding(head, complete=complete), errors="replace").lstrip("\ufeff \t\r\n")
    if text.startswith("<"):
        return "atom" if ("<feed" in text or _ENTRY_OPEN.search(text)) else None
    if text.startswith("["):
        return "hf-json"
    if text.startswith("{"):
        return "arxiv-jsonl"
    first = split_lines(text)[0] if text else ""
    for delimiter, fmt in (("\t", "tsv"), (",", "csv"), (";", "csv")):
        if delimiter in first:
            cells = next(csv.reader([first], delimiter=delimiter), [])
            cols = header_columns(cells)
            if "title" in cols and "abstract" in cols:
                return fmt
    if complete or len(head) > 4096:
        # A listing pairs titles with abstracts; two short lines of other text are not one.
        if any(
            item.reason is None and looks_like_abstract(item.abstract or "") for item in parse_listing(text)
        ):
            return "listing"
    return None


def csv_delimiter(head: bytes) -> str:
    text = head.decode(sniff_encoding(head, complete=False), errors="replace").lstrip("\ufeff")
    first = split_lines(text)[0] if text else ""
    if "\t" in first:
        return "\t"
    return ";" if first.count(";") > first.count(",") else ","
