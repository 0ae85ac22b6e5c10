"""Arbitrary bytes in, only `EtlError` (or nothing) out; the records invariant always holds."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from etl.errors import EtlError
from etl.ingest import FORMATS, run
from etl.layout import Layout

PREFIXES = [
    b"",
    b"title,abstract\n",
    b"title\tabstract\n",
    b'{"title": ',
    b"[{",
    b'<feed xmlns="http://www.w3.org/2005/Atom"><entry>',
    b"PAR1",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"Subscribe\n\nA Title\n\n",
]


@settings(max_examples=100, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    prefix=st.sampled_from(PREFIXES),
    body=st.binary(max_size=400),
    fmt=st.one_of(st.none(), st.sampled_from(FORMATS)),
)
def test_arbitrary_bytes_never_crash(prefix: bytes, body: bytes, fmt: str | None) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "input.bin"
        path.write_bytes(prefix + body)
        try:
            s = run([path], Layout.at(Path(tmp) / "out"), fmt=fmt)
        except EtlError:
            return
        assert s.records_read == s.papers + s.duplicates + s.rejects
