# SPDX-License-Identifier: LGPL-3.0-or-later
"""Progress of long jobs (data generation, bulk loads, user-office imports) on a stream.

On a terminal :class:`Progress` redraws one line: a bar, the count done out of the total
and the rate. Elsewhere (a log file, a pipe, cron) it writes a plain line every
``interval`` seconds and one at the end, so a log shows the job moving without a line per
step.
"""

import sys
import time

BAR_WIDTH = 28
TERMINAL_INTERVAL = 0.1
PLAIN_INTERVAL = 5.0


class Progress:
    """Count the units of work done by a job and report them, at most every ``interval`` seconds."""

    def __init__(self, label, total=None, unit="rows", stream=None, interval=None, terminal=None):
        self.label = label
        self.total = total
        self.unit = unit
        self.stream = stream if stream is not None else sys.stderr
        self.terminal = self.stream.isatty() if terminal is None else terminal
        self.interval = interval if interval is not None else (TERMINAL_INTERVAL if self.terminal else PLAIN_INTERVAL)
        self.done = 0
        self.stage = ""
        self.started = time.monotonic()
        self.reported = self.started
        self.closed = False

    def advance(self, count=1, stage=None):
        """Add ``count`` units done (``stage`` names what is being worked on) and report if it is time."""
        self.done += count
        if stage is not None:
            self.stage = stage
        now = time.monotonic()
        if now - self.reported >= self.interval:
            self.reported = now
            self._write(final=False)

    def set_stage(self, stage):
        """Name what is being worked on now, without counting anything."""
        self.advance(0, stage)

    def close(self, summary=None, complete=True):
        """Write the last report (``summary`` replaces the stage), ending the terminal line.

        A complete job's total becomes the count done (the total may have been an estimate).
        """
        if self.closed:
            return
        self.closed = True
        self.stage = summary if summary is not None else ""
        if self.total is not None:
            self.total = self.done if complete else max(self.total, self.done)
        self._write(final=True)

    def elapsed(self):
        """Seconds since the job started."""
        return time.monotonic() - self.started

    def rate(self):
        """Units per second so far."""
        return self.done / max(self.elapsed(), 1e-9)

    def line(self):
        """The report as one line of text (no terminal control characters)."""
        total = max(self.total, self.done) if self.total else None
        counted = f"{self.done:,}/{total:,} {self.unit}" if total else f"{self.done:,} {self.unit}"
        text = f"{self.label}: {counted}  {self.rate():,.0f} {self.unit}/s  {self.elapsed():.0f} s"
        if total and self.terminal:
            filled = round(BAR_WIDTH * self.done / total)
            text = f"{self.label} [{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {counted}  " \
                   f"{self.rate():,.0f} {self.unit}/s  {self.elapsed():.0f} s"
        return f"{text}  {self.stage}".rstrip()

    def _write(self, final):
        if self.terminal:
            self.stream.write("\r" + self.line() + "\x1b[K" + ("\n" if final else ""))
        else:
            self.stream.write(self.line() + "\n")
        self.stream.flush()

    def __enter__(self):
        return self

    def __exit__(self, kind, _value, _traceback):
        self.close(None if kind is None else "stopped", complete=kind is None)
