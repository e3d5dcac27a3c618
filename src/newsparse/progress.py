"""What a person watching a batch sees on stderr: a progress line and a summary.

The progress line (files done, files per second, errors so far, and an ETA once the
number of inputs is known) is redrawn at most a few times a second, only when stderr
is a terminal; the one-line summary closes every batch unless ``--quiet``. Nothing
here ever writes to stdout, which carries JSON only.
"""

from __future__ import annotations

import time
from typing import TextIO

REDRAW_SECONDS = 0.2


def _clock(seconds: float) -> str:
    minutes, secs = divmod(int(seconds + 0.5), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}"


class Progress:
    """Counts files and errors; draws the progress line when ``live``."""

    def __init__(self, stream: TextIO, *, live: bool) -> None:
        self.stream = stream
        self.live = live
        self.done = 0
        self.errors = 0
        self.skipped = 0  # inputs left out because their output exists (--skip-existing)
        self.total: int | None = None  # set from another thread once the inputs are counted
        self.started = time.monotonic()
        self._drawn = 0.0
        self._width = 0

    def advance(self, *, failed: bool = False) -> None:
        self.done += 1
        self.errors += failed
        if self.live:
            now = time.monotonic()
            if now - self._drawn >= REDRAW_SECONDS:
                self._drawn = now
                self._draw(self.line(now))

    def elapsed(self, now: float | None = None) -> float:
        return (time.monotonic() if now is None else now) - self.started

    def rate(self, now: float | None = None) -> float:
        seconds = self.elapsed(now)
        return self.done / seconds if seconds > 0 else 0.0

    def line(self, now: float | None = None) -> str:
        """``1200/20000 files  850 files/s  2 errors  ETA 0:00:22``"""
        rate = self.rate(now)
        total = self.total
        done = f"{self.done}/{total}" if total is not None else str(self.done)
        parts = [f"{done} files", f"{rate:.0f} files/s", f"{self.errors} errors"]
        if total is not None and rate > 0:
            parts.append(f"ETA {_clock(max(total - self.done - self.skipped, 0) / rate)}")
        return "  ".join(parts)

    def _draw(self, text: str) -> None:
        pad = " " * max(self._width - len(text), 0)
        self._width = len(text)
        self.stream.write(f"\r{text}{pad}")
        self.stream.flush()

    def clear(self) -> None:
        """Remove the progress line, so the summary and messages start on a clean line."""
        if self.live and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
            self._width = 0

    def summary(self) -> str:
        """``parse: 20000 files, 3 errors, 12.1 s, 1653 files/s``"""
        seconds = self.elapsed()
        rate = self.done / seconds if seconds > 0 else 0.0
        skipped = f", {self.skipped} skipped (output exists)" if self.skipped else ""
        return (
            f"parse: {self.done} files, {self.errors} errors{skipped}, "
            f"{seconds:.1f} s, {rate:.0f} files/s"
        )
