"""Filter or sort a 200k-row ledger: time to the first screen of rows through LedgerTableModel,
against the bare SQL of the same query (sqlite3, hand-written) in the same run.

    .venv/bin/python benchmarks/bench_filter.py [N]      # default 200000 placements

`run(n)` returns {scenario: {ms, bare_ms, ratio, budget, ok}}; the budget is 100 ms to the first
screen (architecture.md), the ratio says what the model adds over the bare query.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

BUDGET_MS = 100.0
SCREEN_ROWS = 30
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰建国红梅志文斌鹏辉琴云飞"
VILLAGES = [f"{a}{b}村" for a in "白云青石龙凤金花桃李" for b in "山水坪坝沟湾岭溪"]
EMPLOYERS = [f"丽水{a}{b}有限公司" for a in ("绿谷", "山海", "宏达", "华东", "石门", "瓯江", "云和", "括苍") for b in ("竹木制品", "汽车配件", "物流", "服装", "食品", "电子")]


def fill(db: Any, n: int, seed: int = 7) -> None:
    """n placements, each of its own person, spread over the six Sichuan counties and 2018-2021.

    Synthetic rows are written with change capture paused (they are not field work to sync).
    """
    from sqlalchemy import insert, select

    from lishui_desktop.db.models import Person, Place, Placement
    from lishui_desktop.domain.ids import new_id

    rng = random.Random(seed)
    with db.sessions() as session:
        sichuan = list(session.scalars(select(Place.id).where(Place.side == "sichuan", Place.level == "county")))
        lishui = list(session.scalars(select(Place.id).where(Place.side == "lishui")))
    people, placements = [], []
    start = dt.date(2018, 1, 1)
    now = "2020-01-01T00:00:00+08:00"
    for number in range(n):
        pid = new_id()
        people.append({
            "id": pid, "name": rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN),
            "gender": rng.choice("MF"), "id_number": f"511923{1960 + number % 40}{number % 12 + 1:02d}15{number % 10000:04d}",
            "phone": f"13{rng.randrange(10**9):09d}", "county_id": rng.choice(sichuan), "town": "白衣镇",
            "village": rng.choice(VILLAGES), "poor_household": rng.random() < 0.7, "deleted": False,
            "created_at": now, "updated_at": now,
        })
        placements.append({
            "id": new_id(), "person_id": pid, "responsible_id": rng.choice(lishui), "employer": rng.choice(EMPLOYERS),
            "job": "操作工", "start_date": start + dt.timedelta(days=rng.randrange(4 * 365)),
            "monthly_wage_fen": rng.randrange(250000, 800000, 5000), "contract": True, "channel": "job_fair",
            "deleted": False, "created_at": now, "updated_at": now,
        })
    with db.transaction() as session, _paused(session):
        session.execute(insert(Person), people)
        session.execute(insert(Placement), placements)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")


def _paused(session: Any) -> Any:
    try:
        from lishui_desktop.sync.capture import capture_paused
    except ImportError:
        from contextlib import nullcontext

        return nullcontext()
    return capture_paused(session)


def scenarios(county: str) -> dict[str, dict[str, Any]]:
    """name -> filters and sort of the placements ledger."""
    return {
        "default_sort": {},
        "search_name": {"search": "王伟"},
        "search_id_tail": {"search": "0017"},
        "county_year": {"county": county, "year": 2019},
        "sort_employer": {"sort": "employer"},
        "sort_wage_desc": {"sort": "monthly_wage_fen", "desc": True},
        "sort_name": {"sort": "name"},
    }


def bare_sql(db: Any, filters: Any, sort: str | None, desc: bool) -> str:
    """The very SQL the model runs, with its parameters inlined, for sqlite3 to run bare."""
    from lishui_desktop.services.ledgers import spec_for
    from lishui_desktop.services.ledgers.query import PAGE_SIZE, build_select

    query = build_select(spec_for("placements"), filters, sort, desc).limit(PAGE_SIZE)
    return str(query.compile(db.engine, compile_kwargs={"literal_binds": True}))


def _best(fn: Any, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return min(times)


def run(n: int = 200_000) -> dict[str, dict[str, Any]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtWidgets import QApplication

    from lishui_desktop.db.database import Database
    from lishui_desktop.services.ledgers import Filters
    from lishui_desktop.services.ledgers.query import CACHE_KIB, MMAP_BYTES
    from lishui_desktop.services.reference import place_id
    from lishui_desktop.services.setup import init_database
    from lishui_desktop.ui.ledger.table_model import LedgerTableModel

    _app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="bench_filter_", dir="/dev/shm" if Path("/dev/shm").is_dir() else None))
    db = Database.open(folder / "bench.sqlite3")
    init_database(db, device_name="bench", role="office")
    t0 = time.perf_counter()
    fill(db, n)
    print(f"generated {n} placements and people in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    county = place_id("pingchang")
    model = LedgerTableModel(db, "placements")
    bare = sqlite3.connect(str(db.path))
    bare.execute(f"PRAGMA mmap_size={MMAP_BYTES}")
    bare.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
    results: dict[str, dict[str, Any]] = {}
    for name, spec in scenarios(county).items():
        filters = Filters(search=spec.get("search", ""), county=spec.get("county"), year=spec.get("year"))

        def through_model(spec: dict[str, Any] = spec, filters: Any = filters) -> None:
            model.sort_key, model.descending = spec.get("sort"), spec.get("desc", False)
            model.set_filters(filters)
            for row in range(min(SCREEN_ROWS, model.rowCount())):
                for column in range(model.columnCount(QModelIndex())):
                    model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)

        sql = bare_sql(db, filters, spec.get("sort"), spec.get("desc", False))
        ms = _best(through_model)
        bare_ms = _best(lambda s=sql: bare.execute(s).fetchall())
        results[name] = {
            "ms": round(ms, 1), "bare_ms": round(bare_ms, 1), "ratio": round(ms / max(bare_ms, 0.01), 2),
            "rows": model.rowCount(), "budget": BUDGET_MS, "ok": ms <= BUDGET_MS,
        }
    bare.close()
    db.close()
    return results


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
    t0 = time.perf_counter()
    for key, value in run(count).items():
        print(f"{key:16} {value}")
    print(f"total {time.perf_counter() - t0:.1f} s for {count} rows")
