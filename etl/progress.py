"""One progress display for the CLI. Library code takes an optional `Progress` and never prints."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    """A single status line on a terminal; one line every `interval` seconds otherwise."""

    def __init__(self, stream: TextIO | None = None, *, interval: float = 5.0, enabled: bool = True) -> None:
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty()
        self.interval = 0.1 if self.tty else interval
        self.enabled = enabled
        self._label = ""
        self._done = 0
        self._total: int | None = None
        self._unit = ""
        self._start = time.monotonic()
        self._last = 0.0

    def start(self, label: str, total: int | None = None, unit: str = "") -> None:
        self._finish_line()
        self._label, self._total, self._unit, self._done = label, total, unit, 0
        self._start = time.monotonic()
        self._last = time.monotonic() if not self.tty else 0.0
        if self.tty:
            self._draw(force=True)

    def advance(self, n: int = 1) -> None:
        self._done += n
        self._draw()

    def done(self) -> None:
        self._draw(force=True)
        self._finish_line()
        self._label = ""

    def _draw(self, force: bool = False) -> None:
        if not self.enabled or not self._label:
            return
        now = time.monotonic()
        if not force and now - self._last < self.interval:
            return
        self._last = now
        elapsed = now - self._start
        rate = self._done / elapsed if elapsed > 0 else 0.0
        total = f"/{self._total:,}" if self._total else ""
        text = f"{self._label}: {self._done:,}{total} {self._unit} ({rate:,.0f}/s, {elapsed:.1f}s)"
        if self.tty:
            self.stream.write("\r\x1b[2K" + text)
        else:
            self.stream.write(text + "\n")
        self.stream.flush()

    def _finish_line(self) -> None:
        if self.enabled and self.tty and self._label:
            self.stream.write("\n")
            self.stream.flush()


def null_progress() -> Progress:
    return Progress(enabled=False)
