"""Inputs for the robustness tests, built in tmp folders: good papers, bad records and bad files."""

from __future__ import annotations

import gzip
import json
import os
import random
from pathlib import Path

XSS_TITLE = "<script>alert(1)</script> | pipe | [x](javascript:alert(1)) Net"
NEWLINE_TITLE = "Line\nBreak\r\nand\u2028separator | Title"
TEMPLATES = (
    "{m} reaches {a:.1f}% top-1 accuracy on ImageNet and runs {s:.1f}x faster than ResNet-50.",
    "We train {m}, a {p}B parameter model, on {t}B tokens; it improves accuracy on GSM8K by {d:.1f} points.",
    "{m} achieves {b:.1f} mIoU on ADE20K and reduces memory by {r}% compared with ViT-B/16.",
)


def paper(i: int, *, prefix: str = "Model") -> dict[str, str]:
    """A deterministic good paper with a few results."""
    rng = random.Random(i)
    name = f"{prefix}{i}Net"
    text = " ".join(
        t.format(
            m=name,
            a=rng.uniform(50, 95),
            s=rng.uniform(1.1, 9.0),
            p=rng.randint(1, 70),
            t=rng.randint(10, 900),
            d=rng.uniform(0.5, 9.5),
            b=rng.uniform(20, 60),
            r=rng.randint(5, 60),
        )
        for t in TEMPLATES
    )
    return {"id": f"2401.{i:05d}", "title": f"{name}: Paper number {i}", "abstract": text}


def jsonl(rows: list[object]) -> bytes:
    return b"".join(
        (r if isinstance(r, bytes) else json.dumps(r, ensure_ascii=False).encode()) + b"\n" for r in rows
    )


def write_good(folder: Path, n: int, *, start: int = 0, name: str = "good.jsonl") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(jsonl([paper(i) for i in range(start, start + n)]))
    return path


# input -> (file name, bytes, expected reject reasons from that file)
BAD_RECORDS: list[tuple[str, bytes, str]] = [
    ("malformed JSON line", b'{"title": "Broken", "abstract": ', "malformed_record"),
    ("JSON array line", b"[1, 2, 3]", "malformed_record"),
    (
        "missing abstract",
        json.dumps({"id": "2402.00001", "title": "No abstract"}).encode(),
        "missing_abstract",
    ),
    (
        "empty abstract",
        json.dumps({"title": "Empty abstract", "abstract": "   "}).encode(),
        "missing_abstract",
    ),
    ("abstract is a number", json.dumps({"title": "Number", "abstract": 42}).encode(), "not_text"),
    ("abstract is a list", json.dumps({"title": "List", "abstract": ["a", "b"]}).encode(), "not_text"),
    ("missing title", json.dumps({"abstract": "An abstract with 12.5% accuracy."}).encode(), "missing_title"),
    (
        "title of 5000 chars",
        json.dumps({"title": "T" * 5000, "abstract": "Some text."}).encode(),
        "title_too_long",
    ),
    (
        "abstract of 200k chars",
        json.dumps({"title": "Huge", "abstract": "word " * 40_000}).encode(),
        "abstract_too_long",
    ),
    ("undecodable bytes", b'{"title": "Bad \xff\xfe bytes", "abstract": "Text here."}', "undecodable"),
]

# file name -> (bytes, expected reason of its one reject)
BAD_FILES: dict[str, tuple[bytes, str]] = {  # (plus pipe.jsonl, a FIFO, and dangling.jsonl, a broken link)
    "image.png": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary_file"),
    "archive.jsonl.gz": (gzip.compress(jsonl([paper(1)]), mtime=0), "binary_file"),
    "nul.bin": (b"abc\x00\x00\x01\x02" * 100, "binary_file"),
    "empty.jsonl": (b"", "unknown_format"),
    "blank.txt": (b"\n\n   \n", "unknown_format"),
    "notes.xml": (b"<html><body>not a feed</body></html>", "unknown_format"),
    "other.csv": (b"name,value\nfoo,1\n", "unknown_format"),
    "broken.parquet": (b"PAR1" + b"\x00garbage" * 20, "unreadable_file"),
    "hf.json": (b'[{"paper": {"title": "x", "summary": ', "malformed_record"),
}


def encodings_inputs() -> dict[str, bytes]:
    """Good papers in every supported encoding and line ending, with entities and LaTeX escapes."""
    head = "title,abstract\r\n"
    row = '"Café Über {n}","Naïve résumé model reaches 81.{n}% accuracy on ImageNet."\r\n'
    return {
        "bom.jsonl": b"\xef\xbb\xbf"
        + jsonl([{"title": "BOM Paper", "abstract": "BOMNet reaches 71.5% accuracy on CIFAR-10."}]),
        "utf16.csv": (head + row.format(n=1)).encode("utf-16"),
        "latin1.csv": (head + row.format(n=2)).encode("cp1252"),
        "quotes_cp1252.csv": (
            head + '"\u201cQuoted\u201d Title","Dash \u2013 model reaches 80.5% accuracy."\r\n'
        ).encode("cp1252"),
        "crlf_listing.txt": (
            "CRLF Listing Paper\r\n\r\nWe present LineNet, a model for résumé parsing. LineNet reaches 66.6% accuracy "
            "on DocBank while using 40% less memory than LayoutLM. We study why. It works well.\r\n"
        ).encode(),
        "entities.jsonl": jsonl(
            [
                {
                    "title": "Entities &amp; Escapes",
                    "abstract": "EntNet improves F1 by 3.5\\% on SQuAD &amp; reaches 90.1&nbsp;% on CoNLL.",
                }
            ]
        ),
    }


def messy_folder(folder: Path, n_good: int = 20) -> dict[str, object]:
    """Good and bad inputs mixed; returns what the folder holds, for the assertions."""
    folder.mkdir(parents=True, exist_ok=True)
    good = [paper(i) for i in range(n_good)]
    special = [
        {"id": "2403.00001", "title": XSS_TITLE, "abstract": "XSSNet reaches 91.2% accuracy on ImageNet."},
        {"id": "2403.00002", "title": "Overflow", "abstract": "OverNet achieves 250% accuracy on ImageNet."},
        {
            "id": "2403.00003",
            "title": "Naïve Café",
            "abstract": "CaféNet reaches 77.7% accuracy on CIFAR-100.",
        },
        {"id": "2403.00004", "title": NEWLINE_TITLE, "abstract": "LBNet reaches 99.1% accuracy on CIFAR-10."},
    ]
    rows: list[object] = []
    for k, g in enumerate(good + special):
        rows.append(g)
        if k < len(BAD_RECORDS):
            rows.append(BAD_RECORDS[k][1])
    rows.append(good[0])  # a duplicate
    (folder / "mixed.jsonl").write_bytes(jsonl(rows).replace(b"\n", b"\n\n", 1))  # + a blank line
    for name, (data, _) in BAD_FILES.items():
        (folder / name).write_bytes(data)
    for name, data in encodings_inputs().items():
        (folder / name).write_bytes(data)
    os.mkfifo(folder / "pipe.jsonl")  # would block a reader that opens it
    (folder / "dangling.jsonl").symlink_to(folder / "gone.jsonl")
    return {"good": len(good) + len(special) + len(encodings_inputs()), "duplicates": 1}
