"""Benchmark databases from the demo generator, cached in the temp dir by schema head and size.

    python benchmarks/generate.py [RECORDS] [--no-capture]   # prints the path of the database
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RECORDS_PER_SCALE = 17_100  # records (rows of the ledgers) that scale 1.0 of the demo makes


def cached_db(records: int = 200_000, capture: bool = True, log: bool = True) -> Path:
    """A database with about `records` ledger records, built once per schema revision."""
    from lishui_desktop.db.migrate import head_revision

    tag = f"{head_revision()}-{records}-{'log' if capture else 'nolog'}"
    path = Path(tempfile.gettempdir()) / f"lishui-bench-{tag}.sqlite3"
    if path.exists():
        return path
    started = time.perf_counter()
    part = path.with_name(path.name + ".part")
    # In a child process: a benchmark that spawns the program after building in-process would
    # see the builder's memory in the child's peak RSS (Linux counts the forked image's).
    subprocess.run(
        [sys.executable, __file__, "--build", str(part), str(records), "1" if capture else "0"],
        check=True,
    )
    shutil.move(str(part), path)
    if log:
        print(f"[bench] built {path.name}: {record_count(path)} records in "
              f"{time.perf_counter() - started:.0f} s", file=sys.stderr)
    return path


def build(path: Path, records: int, capture: bool = True) -> dict[str, int]:
    from lishui_desktop.db.database import Database
    from lishui_desktop.services.demo import generate
    from lishui_desktop.services.setup import init_database

    for leftover in path.parent.glob(path.name + "*"):
        leftover.unlink()
    db = Database.open(path)
    try:
        init_database(db, device_name="bench-01", role="office")
        counts = generate(db, scale=records / RECORDS_PER_SCALE, seed=2018, capture=capture)
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    return counts


def record_count(path: Path) -> int:
    from lishui_desktop.db.models import synced_tables
    from lishui_desktop.db.sqlite_path import connect

    con = connect(path, read_only=True)
    try:
        return sum(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in synced_tables())
    finally:
        con.close()


if __name__ == "__main__":
    if sys.argv[1:2] == ["--build"]:
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
        build(Path(sys.argv[2]), int(sys.argv[3]), sys.argv[4] == "1")
        raise SystemExit(0)
    size = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 200_000
    db_path = cached_db(size, capture="--no-capture" not in sys.argv)
    print(db_path, record_count(db_path))
