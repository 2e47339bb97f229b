"""Run every benchmark and print ONE JSON object: {"<budget>": {"ratio", "budget", "ok", ...}}.

    python benchmarks/run.py           # the budgets of docs/architecture.md, 200k records
    python benchmarks/run.py --quick   # small sizes, for a smoke run (figures not meaningful)
    python benchmarks/run.py --fail-over-budget   # exit 1 when a row is over its budget

Each row says its figure, its budget and its baseline; stderr ends with one line per row (the
ratio, the budget, the baseline's seconds) marking the rows OVER BUDGET.

Start-up and memory are measured on a 200k-record database made by the demo generator
(cached in the temp dir by schema head); the other areas' `benchmarks/bench_*.py` modules'
`run()` are merged in when present. Each area runs in a fresh Python process of its own
(`run.py --area NAME`): an area's objects never slow another's collector or event loop, and a
peak memory read from the OS (ru_maxrss) is the measured child's own. Linux charges a child
the peak of the process it was forked from until it executes its program, so a child forked
from one process that had already held the 200k-record database and every earlier area
reported 857 MB for an import that peaks at 140. Progress goes to stderr.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import inspect
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

AREAS = ("bench_sync", "bench_pg_sync", "bench_filter", "bench_excel", "bench_reports", "bench_encryption", "bench_ui", "bench_demo",
         "bench_memory_sync", "scale")  # scale: 1, 4, 16 laptops; writes docs/performance.md
QUICK_N = {"bench_sync": 2_000, "bench_filter": 5_000, "bench_excel": 1_000}


def _error(exc: BaseException) -> dict[str, Any]:
    return {"ratio": None, "budget": None, "ok": False, "error": f"{type(exc).__name__}: {exc}"[:400]}


def startup_results(records: int, quick: bool) -> dict[str, dict[str, Any]]:
    """GUI start-up and memory with the big database open."""
    from bench_memory import run as memory
    from bench_startup import run as startup
    from generate import cached_db, record_count

    db = cached_db(records)
    measured = {**startup(db, repeat=1 if quick else 5), **memory(db)}
    for entry in measured.values():
        entry["records"] = record_count(db)
    return measured


def in_own_process(area: str, quick: bool, records: int) -> dict[str, dict[str, Any]]:
    """`area`'s rows, measured by a fresh interpreter (see the module's docstring)."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--area", area, "--records", str(records),
           *(["--quick"] if quick else [])]
    done = subprocess.run(cmd, stdout=subprocess.PIPE, check=False)
    lines = done.stdout.decode(errors="replace").strip().splitlines()
    if done.returncode != 0 or not lines:
        return {f"{area} failed": {"ratio": None, "budget": None, "ok": False,
                                   "error": f"exit {done.returncode} of {' '.join(cmd[1:])}"}}
    return dict(json.loads(lines[-1]))


def area_results(name: str, quick: bool) -> dict[str, dict[str, Any]]:
    if not (HERE / f"{name}.py").exists():
        return {}
    try:
        module = importlib.import_module(name)
        params = inspect.signature(module.run).parameters
        kwargs: dict[str, Any] = {}
        if quick and "quick" in params:
            kwargs["quick"] = True
        elif quick and "n" in params and name in QUICK_N:
            kwargs["n"] = QUICK_N[name]
        with contextlib.redirect_stdout(sys.stderr):  # keep stdout for the one JSON object
            result = module.run(**kwargs)
        return dict(result)
    except Exception as exc:  # one area failing must not hide the others
        return {f"{name} failed": _error(exc)}


def summary_lines(results: dict[str, dict[str, Any]]) -> list[str]:
    """One line per row: its ratio against its budget and its baseline, over-budget rows marked."""
    lines = []
    for name, row in results.items():
        baseline = row.get("baseline_seconds")
        against = f", baseline {baseline} s" if baseline is not None else ""
        if row.get("baseline"):
            against += f" ({row['baseline']})"
        mark = "ok" if row.get("ok") else ("ERROR " + str(row["error"]) if row.get("error") else "OVER BUDGET")
        lines.append(f"[bench] {mark}: {name}: ratio {row.get('ratio')} (budget {row.get('budget')}){against}")
    return lines


def startup_line(entry: dict[str, Any]) -> str:
    """The start-up figure with its baseline, marked when over budget."""
    verdict = "ok" if entry["ok"] else "OVER BUDGET"
    return (f"[bench] GUI start, {entry.get('records', '?')} records: first paint {entry['app_s']:.2f} s vs "
            f"bare PySide6 window with one table {entry['bare_s']:.2f} s (same run, best of each) = median of the "
            f"pairs {entry['ratio']:.2f}x (best {entry['best_ratio']:.2f}x), "
            f"budget {entry['budget']:.1f}x: {verdict}; ready (database open, first page painted) "
            f"{entry['ready_s']} s = {entry['ready_ratio']}x; load {entry.get('load')}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes (smoke run)")
    parser.add_argument("--records", type=int, default=None, help="records in the start-up database")
    parser.add_argument("--fail-over-budget", action="store_true", help="exit 1 when a row is over its budget")
    parser.add_argument("--area", help=argparse.SUPPRESS)  # one area, in this process (see above)
    args = parser.parse_args(argv)
    records = args.records or (5_000 if args.quick else 200_000)
    if args.area:
        with contextlib.redirect_stdout(sys.stderr):  # keep stdout for the one JSON object
            try:
                rows = startup_results(records, args.quick) if args.area == "startup" else area_results(args.area, args.quick)
            except Exception as exc:
                rows = {"gui_startup_200k_vs_bare_window": _error(exc)}
        print(json.dumps(rows, ensure_ascii=False), flush=True)
        sys.stderr.flush()
        os._exit(0)  # measured and said: no interpreter teardown (Qt's objects of bench_ui may crash it)
    results: dict[str, dict[str, Any]] = {}
    started = time.perf_counter()
    results.update(in_own_process("startup", args.quick, records))
    if "gui_startup_200k_vs_bare_window" in results and "app_s" in results["gui_startup_200k_vs_bare_window"]:
        print(startup_line(results["gui_startup_200k_vs_bare_window"]), file=sys.stderr, flush=True)
    for name in AREAS:
        if not (HERE / f"{name}.py").exists():
            continue
        print(f"[bench] {name} ...", file=sys.stderr, flush=True)
        results.update(in_own_process(name, args.quick, records))
    print(f"[bench] done in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    for line in summary_lines(results):
        print(line, file=sys.stderr)
    print(json.dumps(results, ensure_ascii=False))
    return 1 if args.fail_over_budget and not all(row.get("ok") for row in results.values()) else 0


if __name__ == "__main__":
    raise SystemExit(main())
