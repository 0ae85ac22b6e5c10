"""Pure per-record rules: what makes a record unusable, arXiv ids, title keys, clean abstracts."""

from __future__ import annotations

import html
import re

import pyarrow as pa
import pyarrow.compute as pc

from etl.ingest.text import has_undecodable
from etl.records import RejectReason

TITLE_MAX = 1000
ABSTRACT_MAX = 100_000

# What every reader hands over: one row per usable record, text as given (not yet trimmed).
RAW_SCHEMA = pa.schema(
    [
        ("rec", pa.int64()),  # record number in its input (line, entry or row number)
        ("title", pa.string()),
        ("abstract", pa.string()),
        ("arxiv_id", pa.string()),
        ("categories", pa.string()),
        ("update_date", pa.string()),
    ]
)

_ID_PREFIX = r"(?i)^\s*(?:https?://(?:www\.|export\.)?arxiv\.org/(?:abs|pdf)/|arxiv:)"
_ID_SUFFIX = r"(?:v\d+)?(?:\.pdf)?\s*$"
_ID_SHAPE = r"^(?:\d{4}\.\d{4,5}|[a-z][a-z.\-]*(?:\.[A-Z]{2})?/\d{7})$"
_ID_RE = re.compile(_ID_PREFIX + r"(.*?)" + _ID_SUFFIX)
_ID_PLAIN = re.compile(r"(?i)^\s*(.*?)" + _ID_SUFFIX)
_ID_SHAPE_RE = re.compile(_ID_SHAPE)
_LATEX_ESCAPE = re.compile(r"\\([%&_#$\{\}])")


def problem(title: object, abstract: object) -> tuple[RejectReason, str] | None:
    """Why a record cannot become a paper, or None when it can."""
    for name, value in (("title", title), ("abstract", abstract)):
        if value is not None and not isinstance(value, str):
            return RejectReason.NOT_TEXT, f"{name} is {type(value).__name__}, not text"
        if isinstance(value, str) and has_undecodable(value):
            return RejectReason.UNDECODABLE, f"{name} holds bytes the file's encoding cannot read"
    if abstract is None or not abstract.strip():
        return RejectReason.MISSING_ABSTRACT, "abstract is missing or empty"
    if title is None or not title.strip():
        return RejectReason.MISSING_TITLE, "title is missing or empty"
    if len(title.strip()) > TITLE_MAX:
        return RejectReason.TITLE_TOO_LONG, f"title has {len(title.strip()):,} characters (max {TITLE_MAX:,})"
    if len(abstract.strip()) > ABSTRACT_MAX:
        return (
            RejectReason.ABSTRACT_TOO_LONG,
            f"abstract has {len(abstract.strip()):,} characters (max {ABSTRACT_MAX:,})",
        )
    return None


def arxiv_id(value: object) -> str | None:
    """arXiv id without URL prefix or version (`http://arxiv.org/abs/2106.15482v2` -> `2106.15482`)."""
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return None
    m = _ID_RE.match(value) or _ID_PLAIN.match(value)
    core = m.group(1) if m else ""
    return core if _ID_SHAPE_RE.match(core) else None


def arxiv_ids(values: pa.Array) -> pa.Array:
    """Vectorised `arxiv_id` over a string array."""
    core = pc.replace_substring_regex(values, _ID_PREFIX, "")
    core = pc.replace_substring_regex(core, r"(?i)" + _ID_SUFFIX, "")
    core = pc.utf8_trim_whitespace(core)
    ok = pc.match_substring_regex(core, _ID_SHAPE)
    return pc.if_else(pc.fill_null(ok, False), core, pa.scalar(None, pa.string()))


def title_key(title: str) -> str:
    """Title folded for case and spacing: the dedup key when no arXiv id is known."""
    return " ".join(title.casefold().split())


def clean_abstract(abstract: str) -> str:
    """HTML entities decoded, LaTeX escapes like `\\%` undone, white space collapsed (for display)."""
    text = html.unescape(abstract) if "&" in abstract else abstract
    if "\\" in text:
        text = _LATEX_ESCAPE.sub(r"\1", text)
    return " ".join(text.split())


# A text that `clean_abstract` changes: an entity or escape candidate, a run of white space, white
# space other than a plain space (any character `str.split()` splits on), or an edge space.
_SPACE = [c for c in range(0x110000) if chr(c).isspace()]
_CHANGES = "|".join(
    [
        "[&\\\\]",
        "[" + "".join(f"\\x{{{c:x}}}" for c in _SPACE) + "]{2,}",
        "[" + "".join(f"\\x{{{c:x}}}" for c in _SPACE if c != 0x20) + "]",
        "^ ",
        " $",
    ]
)


def clean_abstracts(abstracts: pa.Array | pa.ChunkedArray) -> pa.Array:
    """`clean_abstract` over an Arrow string array. Only texts it would change go through Python:
    finding them in Arrow is cheap, and most texts of most corpora need no change."""
    if isinstance(abstracts, pa.ChunkedArray):
        abstracts = abstracts.combine_chunks()
    slow = pc.fill_null(pc.match_substring_regex(abstracts, _CHANGES), False)
    if not pc.any(slow).as_py():
        return abstracts
    redo = [clean_abstract(a) for a in pc.filter(abstracts, slow).to_pylist()]
    return pc.replace_with_mask(abstracts, slow, pa.array(redo, pa.string()))
