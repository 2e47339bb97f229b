"""Sync into an office store on PostgreSQL, as ratios against bare baselines on the same server
in the same run.

    python benchmarks/bench_pg_sync.py [--n 100000]

* import: a bundle of n ops (new people) into a PostgreSQL office store holding n people,
  against a plain psycopg `executemany` of the same n op rows (device, seq, hlc, table, row
  id, column, value JSON, prev; keyed by (device, seq)) into an empty table of a fresh database
  on the same server, in one transaction including its commit, the tuples built before the
  clock starts (budget: rate >= 1/2 of raw, issue 18). The import is timed whole, as in
  bench_sync.py: reading and checking the bundle, merging, the change log, records, commit.
* the 200k-row ledger filters and sorts of bench_filter.py on that server: time to the first
  screen through the window's table model (budget 100 ms), the same SQL run bare beside it.

A throw-away cluster is started for the run (tests/pg_server.py: Debian's postgresql package,
a unix socket in a temporary folder; durability off as in the tests — the same for both sides).
Each side is the best of 3 rounds (alternating; each import into a fresh copy of the filled
database). Prints one JSON object {name: {ratio, budget, ok, ...}}; `run(n)` returns it.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_sync import fill_people, make_bundle, make_laptop, make_ops  # noqa: E402

from lishui_desktop.db.database import Database  # noqa: E402
from lishui_desktop.services.setup import init_database  # noqa: E402
from lishui_desktop.sync import importer, keys  # noqa: E402
from lishui_desktop.sync.ops import Op  # noqa: E402


def _result(ratio: float, budget: float, higher_is_better: bool, **extra: Any) -> dict[str, Any]:
    ok = ratio >= budget if higher_is_better else ratio <= budget
    return {"ratio": round(ratio, 3), "budget": budget, "ok": ok, **extra}


def raw_insert_seconds(server: Any, ops: list[Op]) -> float:
    """The bare work: the same rows into a plain table of a fresh database, one executemany."""
    import psycopg

    name = server.create_database()
    rows = [(o.device, o.seq, o.hlc, o.tbl, o.row_id, o.col, json.dumps(o.value), o.prev) for o in ops]
    with psycopg.connect(server.url(name)) as conn:
        conn.execute(
            "CREATE TABLE ops (device_id text, seq bigint, hlc bigint, tbl text, row_id text, "
            "col text, value text, prev text, PRIMARY KEY (device_id, seq))"
        )
        conn.commit()
        start = time.perf_counter()
        with conn.cursor() as cur:
            cur.executemany("INSERT INTO ops VALUES (%s, %s, %s, %s, %s, %s, %s, %s)", rows)
        conn.commit()
        seconds = time.perf_counter() - start
    server.drop_database(server.url(name))
    return seconds


def _import_round(server: Any, template: str, data: bytes, n: int) -> float:
    url = server.url(server.copy_database(template))
    db = Database.open(url)
    try:
        start = time.perf_counter()
        report = importer.import_bytes(db, data, file_name="bench.lsbundle")
        seconds = time.perf_counter() - start
        assert report.status == "imported" and report.ops_new == n, report
    finally:
        db.close()
    server.drop_database(url)
    return seconds


def filter_results(server: Any, n: int = 200_000) -> dict[str, dict[str, Any]]:
    """bench_filter's scenarios (time to the first screen through LedgerTableModel) on a
    store of n placements on the server, against the same SQL run bare through psycopg."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import psycopg
    from bench_filter import BUDGET_MS, SCREEN_ROWS, _best, bare_sql, fill, scenarios
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtWidgets import QApplication

    from lishui_desktop.services.ledgers import Filters
    from lishui_desktop.services.reference import place_id
    from lishui_desktop.ui.ledger.table_model import LedgerTableModel

    _app = QApplication.instance() or QApplication([])
    url = server.url(server.create_database())
    db = Database.open(url)
    init_database(db, device_name="bench", role="office")
    fill(db, n)
    with db.engine.begin() as conn:  # statistics kept (bench_filter's ANALYZE is not committed)
        conn.exec_driver_sql("ANALYZE")
    model = LedgerTableModel(db, "placements")
    results: dict[str, dict[str, Any]] = {}
    with psycopg.connect(url) as bare:
        for name, spec in scenarios(place_id("pingchang")).items():
            filters = Filters(search=spec.get("search", ""), county=spec.get("county"), year=spec.get("year"))

            def through_model(spec: dict[str, Any] = spec, filters: Any = filters) -> None:
                model.sort_key, model.descending = spec.get("sort"), spec.get("desc", False)
                model.set_filters(filters)
                for row in range(min(SCREEN_ROWS, model.rowCount())):
                    for column in range(model.columnCount(QModelIndex())):
                        model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)

            sql = bare_sql(db, filters, spec.get("sort"), spec.get("desc", False)).replace("%", "%%")
            ms = _best(through_model)
            bare_ms = _best(lambda s=sql: bare.execute(s).fetchall())
            results[f"pg_filter_{name}"] = {
                "ms": round(ms, 1), "bare_ms": round(bare_ms, 1), "ratio": round(ms / max(bare_ms, 0.01), 2),
                "rows": model.rowCount(), "budget": BUDGET_MS, "ok": ms <= BUDGET_MS, "n": n,
            }
    db.close()
    return results


def run(n: int = 100_000, rounds: int = 3, filter_n: int = 200_000, quick: bool = False) -> dict[str, dict[str, Any]]:
    """`quick`: a few thousand ops and records, one round (a smoke run of benchmarks/run.py)."""
    if quick:
        n, rounds, filter_n = 2_000, 1, 5_000
    from tests.pg_server import start_server

    server = start_server()
    if server is None:
        raise RuntimeError("PostgreSQL server binaries not found (packaging/dev.py installs them)")
    try:
        template = server.url(server.create_database())
        db = Database.open(template)
        init_database(db, device_name="office", role="office")
        db.set_setting(keys.ALLOW_PLAIN, "1")
        laptop = make_laptop(keys.signing_key(db))
        fill_people(db, n)
        db.close()
        ops = make_ops(n, laptop.author)
        data = make_bundle(ops, laptop)
        raws, imports = [], []
        for _ in range(rounds):
            raws.append(raw_insert_seconds(server, ops))
            imports.append(_import_round(server, template, data, n))
        raw, imported = min(raws), min(imports)
        return {
            "pg_sync_import_rate_vs_raw_executemany": _result(
                raw / imported, 0.5, True, seconds=round(imported, 3), raw_seconds=round(raw, 3), n=n
            ),
            **(filter_results(server, filter_n) if filter_n else {}),
        }
    finally:
        server.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--filter-n", type=int, default=200_000, help="placements for the filter (0: none)")
    args = parser.parse_args(argv)
    os.environ.setdefault("LISHUI_DATA_DIR", tempfile.mkdtemp())
    print(json.dumps(run(args.n, args.rounds, args.filter_n), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
