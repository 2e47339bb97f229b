"""Sync budgets, as ratios against bare baselines measured in the same run.

    python benchmarks/bench_sync.py [--n 100000]

* import: a bundle of n ops (new people) into a database of n people, against raw `sqlite3`
  `executemany` inserting the same n op rows into a table (budget: rate >= 1/2 of raw, issue 16);
  "the same rows" (issue 5's budget) is read as the rows the bundle carries: one row per op,
  n rows of (device, seq, hlc, table, row id, column, value JSON, prev) with the change log's
  key, into an empty table of a fresh file with the application's pragmas (WAL,
  synchronous=FULL), in one transaction including its commit; the tuples are built before
  the clock starts. Two B-trees per row, like the change log (key + one index). The other
  reading, inserting the resulting records (n / 11 person rows), would hide the per-op cost
  the budget is about. The import is timed whole: reading and checking the bundle, merging,
  the change log, field clocks and records, and its commit.
* re-import of the same bundle (every op known), against the same raw insert (rate >= raw);
* export of n ops, against writing the same ops as JSON lines into a zip (time <= 2x).
Each side is the best of 3 rounds (alternating, each import into a fresh copy of the filled
database); each round's own pair is given too (`rounds`, `median_round_ratio`: import and raw
insert measured at the same moment) with the load average before and after. Prints one JSON
object {name: {ratio, budget, ok, ...}}; `run(n)` returns it.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import sqlite3
import sys
import tempfile
import time
import uuid
import zipfile
from pathlib import Path
from typing import Any, NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from lishui_desktop.db.database import Database  # noqa: E402
from lishui_desktop.services.setup import init_database  # noqa: E402
from lishui_desktop.sync import bundle as bundle_mod  # noqa: E402
from lishui_desktop.sync import certs, crypto, exporter, importer, keys, segments  # noqa: E402
from lishui_desktop.sync.ops import Op, op_to_wire  # noqa: E402
from lishui_desktop.sync.session import write_cursor  # noqa: E402
from lishui_desktop.sync.tables import synced_columns  # noqa: E402

COLUMNS = synced_columns("persons")


def _value(col: str, i: int) -> Any:
    if col in ("poor_household", "deleted"):
        return i % 2 if col == "poor_household" else 0
    if col == "birth_date":
        return f"19{50 + i % 50}-0{1 + i % 9}-1{i % 9}"
    if col == "gender":
        return "MF"[i % 2]
    if col == "county_id":
        return None
    return f"{col}-{i}"


def make_ops(n: int, device: str) -> list[Op]:
    ops, seq, hlc = [], 0, (int(time.time() * 1000) - 3_600_000) << 16
    row = 0
    while seq < n:
        rid = str(uuid.uuid4())  # random, as real row ids are (their index inserts scatter)
        for col in COLUMNS:
            if seq >= n:
                break
            seq += 1
            hlc += 1
            ops.append(Op(device, seq, hlc, "persons", rid, col, _value(col, row), None))
        row += 1
    return ops


class Laptop(NamedTuple):
    """A laptop the office issued (certificate and one life), as a deployment makes it."""

    device: str
    author: str
    key: bytes
    docs: list[dict[str, Any]]


def make_laptop(root: bytes | None = None) -> Laptop:
    """Issued by the office key `root` (a fresh one when None: read_bundle checks no identity)."""
    root = root or crypto.new_private_key()
    device, key = str(uuid.uuid4()), crypto.new_private_key()
    cert = certs.issue_device(
        root, device_id=device, name="bench", role="field", sign_public=crypto.sign_public(key),
        box_public=crypto.box_public(crypto.new_private_key()), serial=1,
        issued_at="2026-01-01T00:00:00+00:00", issuer=device, issuer_name="office",
    )
    life = certs.new_incarnation(key, device_id=device, nonce=uuid.uuid4().hex, number=1,
                                 created="2026-01-01T00:00:00+00:00", reason="init")
    return Laptop(device, str(life["author"]), key, [cert, life])


def make_bundle(ops: list[Op], laptop: Laptop) -> bytes:
    """One segment of the laptop's ops, signed by it, as its export writes it."""
    manifest = {
        "bundle_id": str(uuid.uuid4()), "source_device": laptop.device, "source_author": laptop.author,
        "source_name": "bench", "for_device": None, "full": True, "created": "2026-01-01T00:00:00+00:00",
        "vector": {laptop.author: len(ops)},
    }
    header = segments.sign(laptop.key, author=laptop.author, device=laptop.device, first=1,
                           last=len(ops), digest_hex=segments.digest(ops))
    return bundle_mod.build_bundle(
        manifest, [(header, [op_to_wire(o) for o in ops])], laptop.docs,
        sign_manifest=lambda m: crypto.sign_manifest(m, laptop.key),
    )


def fill_people(db: Database, n: int) -> None:
    cols = ("id", *COLUMNS, "created_at", "updated_at")
    rows = [
        (str(uuid.uuid4()), *[_value(c, i) for c in COLUMNS], "2026", "2026") for i in range(n)
    ]
    with write_cursor(db) as cur:
        cur.executemany(
            f"INSERT INTO persons ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", rows
        )


def raw_insert_seconds(folder: Path, ops: list[Op]) -> float:
    path = folder / f"raw-{uuid.uuid4().hex[:8]}.sqlite3"
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    con.execute(
        "CREATE TABLE ops (device_id TEXT, seq INTEGER, hlc INTEGER, tbl TEXT, row_id TEXT, "
        "col TEXT, value TEXT, prev TEXT, PRIMARY KEY (device_id, seq))"
    )
    rows = [(o.device, o.seq, o.hlc, o.tbl, o.row_id, o.col, json.dumps(o.value), o.prev) for o in ops]
    start = time.perf_counter()
    con.execute("BEGIN")
    con.executemany("INSERT INTO ops VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    con.execute("COMMIT")
    seconds = time.perf_counter() - start
    con.close()
    return seconds


def bare_zip_seconds(ops: list[Op]) -> float:
    dicts = [o._asdict() for o in ops]
    start = time.perf_counter()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("ops.jsonl", "\n".join(json.dumps(d, ensure_ascii=False) for d in dicts))
    out.getvalue()
    return time.perf_counter() - start


def _result(ratio: float, budget: float, higher_is_better: bool, **extra: Any) -> dict[str, Any]:
    ok = ratio >= budget if higher_is_better else ratio <= budget
    return {"ratio": round(ratio, 3), "budget": budget, "ok": ok, **extra}


def _import_round(template: Path, folder: Path, data: bytes, n: int) -> tuple[float, float, Database]:
    """One round on a fresh copy of the filled database: import, then re-import (seconds)."""
    path = folder / f"office-{uuid.uuid4().hex[:8]}.sqlite3"
    shutil.copyfile(template, path)
    db = Database.open(path)
    start = time.perf_counter()
    report = importer.import_bytes(db, data, file_name="bench.lsbundle")
    imported = time.perf_counter() - start
    assert report.status == "imported" and report.ops_new == n, report
    start = time.perf_counter()
    again = importer.import_bytes(db, data, file_name="bench.lsbundle")
    reimported = time.perf_counter() - start
    assert again.status == "known", again
    return imported, reimported, db


def run(n: int = 100_000, rounds: int = 3) -> dict[str, dict[str, Any]]:
    """Best of `rounds` for each side (measured alternately), so a loaded machine does not
    decide the ratio."""
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        template = folder / "filled.sqlite3"
        db = Database.open(template)
        init_database(db, device_name="office", role="office")
        db.set_setting(keys.ALLOW_PLAIN, "1")
        laptop = make_laptop(keys.signing_key(db))  # the office issues the laptop
        fill_people(db, n)
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
        ops = make_ops(n, laptop.author)
        data = make_bundle(ops, laptop)
        raws, imports, reimports, bares, exports = [], [], [], [], []
        for _ in range(rounds):
            raws.append(raw_insert_seconds(folder, ops))
            imported, reimported, db = _import_round(template, folder, data, n)
            imports.append(imported)
            reimports.append(reimported)
            bares.append(bare_zip_seconds(ops))
            start = time.perf_counter()
            _out, plan = exporter.build_export(db, full=True)
            exports.append(time.perf_counter() - start)
            assert plan.op_count >= n
            db.close()
        raw, imported, reimported = min(raws), min(imports), min(reimports)
        bare, exported = min(bares), min(exports)
    round_ratios = sorted(r / i for r, i in zip(raws, imports, strict=True))  # each round's pair, same moment
    return {
        "sync_import_rate_vs_raw_insert": _result(
            raw / imported, 0.5, True, seconds=round(imported, 3), raw_seconds=round(raw, 3), n=n,
            baseline_seconds=round(raw, 3),
            baseline="raw sqlite3 executemany of the bundle's n op rows into a fresh table, no capture",
            rounds=[(round(i, 2), round(r, 2)) for i, r in zip(imports, raws, strict=True)],
            median_round_ratio=round(round_ratios[len(round_ratios) // 2], 3),
            load_average=[round(x, 2) for x in (*load_before, *os.getloadavg())],  # 1/5/15 min, before and after
        ),
        "sync_reimport_rate_vs_raw_insert": _result(
            raw / reimported, 1.0, True, seconds=round(reimported, 3), raw_seconds=round(raw, 3), n=n
        ),
        "sync_export_time_vs_bare_zip": _result(
            exported / bare, 2.0, False, seconds=round(exported, 3), bare_seconds=round(bare, 3), n=n
        ),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    os.environ.setdefault("LISHUI_DATA_DIR", tempfile.mkdtemp())
    print(json.dumps(run(args.n, args.rounds), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
