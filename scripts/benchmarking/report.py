# SPDX-License-Identifier: LGPL-3.0-or-later
"""The benchmark report: targets judged from the measurements, a Markdown table, JSON and a plot."""

import json
import statistics
from pathlib import Path

FLOOR_RATIO = 2.0  # every read of the mix, p50 against its floor (one connection, same workers)
ITEM_FLOOR_RATIO = 1.5  # item reads
SIMPLE_SQL = 1  # statements of an item read or a plain list page
SIMPLE_CPU_MS = 0.7  # server CPU per item read or plain list page
MAX_SQL = 5
SCALING_RATIO = 1.3
WORKER_MB = 200
CREATE_APP_S = 3.0
MAX_ROWS = 1000  # PAGINATION_MAX_LIMIT: no response may hold more rows


def median_or_none(values):
    """Median of a list, None when empty."""
    return statistics.median(values) if values else None


def judge(results, extras, baseline=None):
    """Return ``[{target, met, detail}]`` for the issue's targets.

    ``baseline`` is the report of a run at a smaller scale (for the growth target).
    """
    verdicts = []

    def add(target, met, detail):
        verdicts.append({"target": target, "met": met, "detail": detail})

    measured = [r for r in results if r.get("status") == "measured"]
    login = next((r for r in measured if r.get("sql_per_request") == 0 and r.get("p50_ms")), None)
    for r in measured:
        floor, latency = r.get("floor_ms"), r.get("p50_ms")
        limit = ITEM_FLOOR_RATIO if r.get("item") else FLOOR_RATIO
        if floor and latency:
            ratio = latency / floor
            r["floor_ratio"], r["floor_target"] = ratio, limit
            why = ""
            if ratio > limit:
                why = (f"; why: {r.get('sql_per_request')} SQL round trips and {fmt(r.get('server_cpu_ms'))} ms "
                       f"of server CPU per request against one query and {fmt(r.get('floor_cpu_ms'))} ms in the floor")
                if login:
                    why += (f"; a request through the framework that runs no SQL ({login['name']}) takes "
                            f"{login['p50_ms']:.2f} ms")
            add(f"{r['name']}: time per request <= {limit:g}x floor", ratio <= limit,
                f"p50 {latency:.2f} ms vs floor {floor:.2f} ms = {ratio:.2f}x{why}")
        sql = r.get("sql_per_request")
        if r.get("item") or r.get("plain"):
            kind = "an item read" if r.get("item") else "a plain list page"
            if sql is not None:
                add(f"{r['name']}: {kind} is {SIMPLE_SQL} SQL statement", sql <= SIMPLE_SQL,
                    f"{sql} statements per request (median of the access lines)")
            cpu = r.get("server_cpu_ms")
            if cpu is not None:
                add(f"{r['name']}: server CPU per request < {SIMPLE_CPU_MS:g} ms", cpu < SIMPLE_CPU_MS,
                    f"{cpu:.2f} ms (gunicorn workers' CPU time over the latency run / requests)")
        pages = r.get("sql_by_page_size") or {}
        if sql is not None and r.get("method") == "GET":
            # a larger page may skip the count (a short page shows the total): never more statements
            counts = [pages[k] for k in sorted(pages, key=int)]
            bounded = all(later <= first for first, later in zip(counts, counts[1:], strict=False))
            add(f"{r['name']}: SQL per request <= {MAX_SQL}, not growing with the page size",
                sql <= MAX_SQL and bounded, f"{sql} statements; by page size {pages or 'n/a'}")
        if r.get("lists") and r.get("rows") is not None:
            add(f"{r['name']}: response bounded (at most {MAX_ROWS} rows)", r["rows"] <= MAX_ROWS,
                f"{r['rows']} rows in the first page")
        if r.get("full_scans"):
            add(f"{r['name']}: no full scan of a large table", False, "; ".join(r["full_scans"]))
    if baseline:
        before = {r["name"]: r for r in baseline.get("endpoints", []) if r.get("status") == "measured"}
        for r in measured:
            old = before.get(r["name"])
            if r.get("scaling") and old and old.get("p50_ms") and r.get("p50_ms"):
                ratio = r["p50_ms"] / old["p50_ms"]
                r["growth_ratio"] = ratio
                sorts = sorted({f"{row['table']} ({row['rows']} rows)" for plan in r.get("explain", [])
                                for row in plan["plan"] if "filesort" in (row.get("Extra") or "")})
                why = f"; why: sorts without an index: {', '.join(sorts)}" if sorts and ratio > SCALING_RATIO else ""
                add(f"{r['name']}: latency growth scale {baseline['scale']:g} -> {extras['scale']:g} "
                    f"<= {SCALING_RATIO:g}x", ratio <= SCALING_RATIO,
                    f"p50 {old['p50_ms']:.2f} -> {r['p50_ms']:.2f} ms = {ratio:.2f}x{why}")
    memory = extras.get("worker_memory_mb") or []
    if memory:
        add(f"worker memory < {WORKER_MB} MB after the run", max(memory) < WORKER_MB,
            ", ".join(f"{m:.0f} MB" for m in memory))
    create = extras.get("create_app_s") or []
    if create:
        add(f"create_app < {CREATE_APP_S:g} s", median_or_none(create) < CREATE_APP_S,
            f"median {median_or_none(create):.2f} s (import + create_app, fresh interpreter)")
    return verdicts


def fmt(value, pattern="{:.2f}"):
    """Format a number or a dash."""
    return "-" if value is None else pattern.format(value)


def markdown(report):
    """Return the readable report (Markdown tables)."""
    head = report["settings"]
    lines = [f"# py-ISPyB benchmark, scale {head['scale']:g} (about {head['rows']:,} rows), {head['started']}", "",
             f"gunicorn {head['workers']} workers; wrk: latency with 1 connection, throughput with "
             f"{head['connections']} connections, {head['duration']} s each. Floor: the endpoint's hand-written SQL "
             f"query encoded to JSON, served by the same gunicorn workers and timed the same way (wrk, 1 connection); "
             f"query ms: that query + JSON alone, in the benchmark's process ({head['floor_runs']} runs, no HTTP). "
             f"Machine: {head['machine']}; load average before/after: {head.get('load_before', '-')} / "
             f"{head.get('load_after', '-')} (other work on the machine inflates latencies).", "",
             "| endpoint | req/s | p50 ms | p95 ms | p99 ms | server ms | server CPU ms | SQL/req | floor ms "
             "| x floor | query ms | rows |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in report["endpoints"]:
        if r["status"] != "measured":
            lines.append(f"| {r['name']} | {r['status']}: {r['note']} | | | | | | | | | | |")
            continue
        lines.append(
            f"| {r['name']} | {fmt(r.get('rps'), '{:.0f}')} | {fmt(r.get('p50_ms'))} | {fmt(r.get('p95_ms'))} | "
            f"{fmt(r.get('p99_ms'))} | {fmt(r.get('server_ms'))} | {fmt(r.get('server_cpu_ms'))} | "
            f"{fmt(r.get('sql_per_request'), '{}')} | "
            f"{fmt(r.get('floor_ms'))} | {fmt(r.get('floor_ratio'))} | {fmt(r.get('query_floor_ms'))} | "
            f"{fmt(r.get('rows'), '{}')} |")
    mixed = report.get("mixed")
    if mixed:
        lines += ["", f"Mixed run ({mixed['connections']} connections, {mixed['seconds']:.0f} s, "
                      f"{mixed['writes_per_20_reads']:.1f} writes per 20 reads): {mixed['rps']:.0f} req/s, "
                      f"p50 {mixed['latency_ms']['p50']:.2f} ms, p99 {mixed['latency_ms']['p99']:.2f} ms, "
                      f"{mixed['errors']} errors."]
    lines += ["", "## Reads against their floor", "",
              "| read | kind | x floor | target | met | SQL/req | server CPU ms | floor CPU ms |",
              "|---|---|---:|---:|---|---:|---:|---:|"]
    for r in report["endpoints"]:
        if r["status"] == "measured" and r.get("floor_ratio") is not None:
            kind = "item" if r.get("item") else "plain list" if r.get("plain") else "aggregate"
            met = "yes" if r["floor_ratio"] <= r["floor_target"] else "**NO**"
            lines.append(f"| {r['name']} | {kind} | {r['floor_ratio']:.2f} | {r['floor_target']:g} | {met} | "
                         f"{fmt(r.get('sql_per_request'), '{}')} | {fmt(r.get('server_cpu_ms'))} | "
                         f"{fmt(r.get('floor_cpu_ms'))} |")
    lines += ["", "## Targets", "", "| target | met | figures |", "|---|---|---|"]
    for v in report["targets"]:
        lines.append(f"| {v['target']} | {'yes' if v['met'] else '**NO**'} | {v['detail']} |")
    notes = report.get("notes") or []
    if notes:
        lines += ["", "## Notes", ""] + [f"- {n}" for n in notes]
    return "\n".join(lines) + "\n"


def plot(report, path):
    """Draw each read's p50 as a ratio to its floor on a log axis, with the targets; return the path.

    Returns None without matplotlib. Ratios, not milliseconds: one slow aggregate no longer
    flattens every other bar, and the load from elsewhere cancels in part.
    """
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return None
    rows = [r for r in report["endpoints"] if r["status"] == "measured" and r.get("floor_ratio")]
    if not rows:
        return None
    y = range(len(rows))
    ratios = [r["floor_ratio"] for r in rows]
    colours = ["#4878a8" if r["floor_ratio"] <= r["floor_target"] else "#c04848" for r in rows]
    fig, ax = plt.subplots(figsize=(10, 0.4 * len(rows) + 1.8))
    ax.barh(list(y), ratios, color=colours, height=0.6)
    for i, r in enumerate(rows):
        ax.text(r["floor_ratio"] * 1.04, i, f"{r['floor_ratio']:.2f}x", va="center", fontsize=8)
    ax.axvline(FLOOR_RATIO, color="#444444", linestyle="--", linewidth=1, label=f"target {FLOOR_RATIO:g}x")
    ax.axvline(ITEM_FLOOR_RATIO, color="#888888", linestyle=":", linewidth=1,
               label=f"item target {ITEM_FLOOR_RATIO:g}x")
    ax.axvline(1, color="black", linewidth=0.8)
    ax.set_xscale("log")
    ax.set_xlim(min(0.5, min(ratios) / 1.3), max(ratios) * 1.5)
    ax.set_yticks(list(y), [f"{r['name']}{' (item)' if r.get('item') else ''}" for r in rows])
    ax.invert_yaxis()
    ax.set_xlabel("p50 / floor p50 (log scale; red: target missed)")
    head = report["settings"]
    ax.set_title(f"py-ISPyB at scale {head['scale']:g}: time per request against its floor "
                 f"(load {head.get('load_before', '-')})")
    ax.legend(loc="lower right")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def write_report(report, folder, stem):
    """Write ``stem``.json, .md and .png into ``folder``; return their paths."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = {"json": folder / f"{stem}.json", "markdown": folder / f"{stem}.md"}
    paths["json"].write_text(json.dumps(report, indent=2, default=str))
    paths["markdown"].write_text(markdown(report))
    image = plot(report, folder / f"{stem}.png")
    if image:
        paths["plot"] = image
    return paths
