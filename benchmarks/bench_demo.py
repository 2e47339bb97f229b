"""Demo generation (`lishui demo`, about 18,000 records) against the plain insert of its rows.

    python benchmarks/bench_demo.py [SCALE [ROUNDS]]

Measured: `services.demo.generate` on a freshly set-up database, whole (drawing the records,
inserting them, capturing every field as sync ops, the commit).
Baseline: the very same rows (drawn before the clock starts, in storage form: booleans 0/1,
dates ISO text) inserted with plain sqlite3 `executemany` into the same tables of a freshly
set-up database (the app's pragmas), in one transaction including its commit; no capture.
Budget: <= 3x. Each side the best of 3 rounds, measured alternately; each round's own ratio is
given too (`median_round_ratio`) with the load average before and after.
`run()` returns {name: {seconds, baseline_seconds, ratio, budget, ok, ...}}.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

BUDGET = 3.0
ROUNDS = 3


def _fresh(path: Path) -> Any:
    from lishui_desktop.db.database import Database
    from lishui_desktop.services.setup import init_database

    db = Database.open(path)
    init_database(db, device_name="bench-01", role="office")
    return db


def _storage(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def plain_rows(db: Any, scale: float) -> list[tuple[str, tuple[str, ...], list[tuple[Any, ...]]]]:
    """The demo's rows as (table, columns, tuples), nothing written."""
    from lishui_desktop.services.demo import demo_rows

    out = []
    for _label, tables in demo_rows(db, scale):
        for table, rows in tables:
            cols = tuple(rows[0])
            out.append((table, cols, [tuple(_storage(r[c]) for c in cols) for r in rows]))
    return out


def plain_insert(path: Path, rows: list[tuple[str, tuple[str, ...], list[tuple[Any, ...]]]]) -> float:
    from lishui_desktop.db.engine import apply_pragmas

    con = sqlite3.connect(path, isolation_level=None)
    apply_pragmas(con)
    started = time.perf_counter()
    con.execute("BEGIN")
    for table, cols, items in rows:
        con.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", items)
    con.execute("COMMIT")
    seconds = time.perf_counter() - started
    con.close()
    return seconds


def run(scale: float = 1.0, rounds: int = ROUNDS, quick: bool = False) -> dict[str, dict[str, Any]]:
    from lishui_desktop.services.demo import generate

    if quick:
        scale, rounds = 0.1, 1

    load_before = os.getloadavg()
    folder = Path(tempfile.mkdtemp(prefix="bench-demo-"))
    os.environ.setdefault("LISHUI_DATA_DIR", str(folder / "data"))
    measured, baseline, records, ops = [], [], 0, 0
    for number in range(rounds):
        plain_db = _fresh(folder / f"plain-{number}.sqlite3")
        rows = plain_rows(plain_db, scale)
        plain_db.close()
        baseline.append(plain_insert(folder / f"plain-{number}.sqlite3", rows))
        db = _fresh(folder / f"demo-{number}.sqlite3")
        started = time.perf_counter()
        counts = generate(db, scale)
        measured.append(time.perf_counter() - started)
        records = sum(counts.values())
        with db.engine.connect() as conn:
            ops = int(conn.exec_driver_sql("SELECT coalesce(sum(last - seq + 1), 0) FROM sync_op_runs").scalar() or 0)
        db.close()
        assert records == sum(len(items) for _t, _c, items in rows)
    best, bare = min(measured), min(baseline)
    round_ratios = sorted(m / b for m, b in zip(measured, baseline, strict=True))  # each round's pair, same moment
    return {
        f"demo generation ({records} records)": {
            "seconds": round(best, 3),
            "baseline_seconds": round(bare, 3),
            "baseline": "plain sqlite3 executemany of the same rows, no capture",
            "ops_captured": ops,
            "rounds": [(round(m, 2), round(b, 2)) for m, b in zip(measured, baseline, strict=True)],
            "median_round_ratio": round(round_ratios[len(round_ratios) // 2], 2),
            "load_average": [round(x, 2) for x in (*load_before, *os.getloadavg())],  # 1/5/15 min, before and after
            "ratio": round(best / bare, 2),
            "budget": BUDGET,
            "ok": best / bare <= BUDGET,
        }
    }


if __name__ == "__main__":
    import json

    print(json.dumps(run(float(sys.argv[1]) if len(sys.argv) > 1 else 1.0,
                         int(sys.argv[2]) if len(sys.argv) > 2 else ROUNDS), ensure_ascii=False, indent=1))
