# SPDX-License-Identifier: LGPL-3.0-or-later
"""The benchmark behind ``scripts/benchmark.py``: a request mix, its floor, a load tool run and a report.

* :mod:`.mix` declares the endpoints (path templates, weights, floor SQL);
* :mod:`.fixtures` picks real ids and users from the generated database;
* :mod:`.server` runs the server under gunicorn and reads its access log;
* :mod:`.load` drives it with ``wrk``; :mod:`.floor` times the hand-written SQL;
* :mod:`.checks` counts and EXPLAINs each endpoint's SQL in process;
* :mod:`.report` writes the JSON, the table and the plot, and judges the targets.
"""
