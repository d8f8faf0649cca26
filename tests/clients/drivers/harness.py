# SPDX-License-Identifier: LGPL-3.0-or-later
"""Run a client's methods in its own environment and report what they returned and logged.

A driver reads its settings as JSON on standard input and prints one JSON line: the value of
each step (or the exception it raised) and the records of level ERROR the client logged
during that step. Only the standard library is used here: the client environments hold
nothing of py-ISPyB.
"""

import json
import logging
import sys
import traceback


class ErrorRecords(logging.Handler):
    """Collect the messages of ERROR (and CRITICAL) records."""

    def __init__(self):
        super().__init__(level=logging.ERROR)
        self.messages = []

    def emit(self, record):
        """Keep the message (and the exception it carries, if any)."""
        text = record.getMessage()
        if record.exc_info and record.exc_info[1] is not None:
            text += f" [{type(record.exc_info[1]).__name__}: {record.exc_info[1]}]"
        self.messages.append(f"{record.name}: {text}")


class Steps:
    """Record each step's value, exception and logged errors."""

    def __init__(self):
        self.settings = json.loads(sys.stdin.read())
        self.results = {}
        self.errors = ErrorRecords()
        logging.getLogger().addHandler(self.errors)
        logging.getLogger().setLevel(logging.INFO)

    def run(self, name, func, *args, **kwargs):
        """Call ``func``; remember its value (JSON-able form) or its exception, and the errors logged."""
        self.errors.messages = []
        entry = {}
        try:
            value = func(*args, **kwargs)
            entry["value"] = to_json(value)
        except Exception as exc:  # noqa: BLE001 - the test reads what the client raised
            value = None
            entry["raised"] = f"{type(exc).__name__}: {exc}"
            entry["traceback"] = traceback.format_exc(limit=4)
        entry["logged"] = list(self.errors.messages)
        self.results[name] = entry
        return value

    def drive(self, body):
        """Run ``body(self)``, then report; a failure of the driver itself is reported as step ``driver``."""
        try:
            body(self)
        except Exception:  # noqa: BLE001 - reported, with what ran before
            self.results["driver"] = {"raised": traceback.format_exc(limit=6), "logged": []}
        self.report()

    def report(self):
        """Print the results as the last line of standard output."""
        sys.stdout.write("\n" + json.dumps(self.results, default=str) + "\n")


def to_json(value):
    """A JSON-able form of what a client returns (pydantic models, tuples, bytes...)."""
    if hasattr(value, "model_dump"):
        return to_json(value.model_dump())
    if isinstance(value, dict):
        return {str(k): to_json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_json(v) for v in value]
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)
