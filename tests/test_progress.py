# SPDX-License-Identifier: LGPL-3.0-or-later
"""Progress of long jobs: a bar on a terminal, a few plain lines elsewhere, never a line per table."""

import io

from click.testing import CliRunner

from pyispyb.cli import main
from pyispyb.progress import Progress


class Terminal(io.StringIO):
    """A text stream that says it is a terminal."""

    def isatty(self):
        return True


def test_terminal_gets_one_redrawn_line_with_a_bar_counts_and_rate():
    stream = Terminal()
    with Progress("load", total=200, stream=stream, interval=0) as progress:
        for _ in range(4):
            progress.advance(50, "Proposal")
    text = stream.getvalue()
    assert text.count("\r") == 5 and text.endswith("\n") and text.count("\n") == 1
    last = text.rsplit("\r", 1)[1]
    assert last.startswith("load [############################] 200/200 rows") and "rows/s" in last


def test_plain_stream_gets_periodic_lines_without_control_characters():
    stream = io.StringIO()
    progress = Progress("sync", unit="proposals", stream=stream, interval=3600)
    for _ in range(1000):
        progress.advance(1)
    progress.close("1,000 imported")
    lines = stream.getvalue().splitlines()
    assert len(lines) == 1 and "\r" not in stream.getvalue() and "\x1b" not in stream.getvalue()
    assert lines[0].startswith("sync: 1,000 proposals") and lines[0].endswith("1,000 imported")


def test_demo_data_prints_no_line_per_table(tmp_path):
    result = CliRunner().invoke(main, ["demo-data", "--database", f"sqlite:///{tmp_path / 'p.sqlite'}",
                                       "--scale", "0.001", "--create-tables"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert len(lines) <= 3 and "(indexes)" not in result.output
    assert lines[-1].startswith("done: 11,263 rows written")


def test_an_estimated_total_is_corrected_at_the_end_unless_stopped():
    stream = io.StringIO()
    with Progress("gen", total=1000, stream=stream, interval=3600) as progress:
        progress.advance(970)
    assert stream.getvalue().startswith("gen: 970/970 rows")
    stopped = io.StringIO()
    try:
        with Progress("gen", total=1000, stream=stopped, interval=3600) as progress:
            progress.advance(10)
            raise KeyboardInterrupt
    except KeyboardInterrupt:
        pass
    assert stopped.getvalue().startswith("gen: 10/1,000 rows") and stopped.getvalue().rstrip().endswith("stopped")
