"""The ledger table model over 200,000 rows: one page at a time, sorted and filtered in SQL."""

from __future__ import annotations

import datetime as dt
import random
import shutil
import tempfile
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from lishui_desktop.services.ledgers import Filters
from lishui_desktop.services.ledgers.query import PAGE_SIZE
from lishui_desktop.services.reference import place_id

N = 200_000
KINDS = ("leader_visit", "joint_meeting", "hearing", "enterprise_visit", "donation", "sale")


@pytest.fixture(scope="module")
def big_db(tmp_path_factory):  # type: ignore[no-untyped-def]
    """200k events written by one executemany through the engine (capture paused: synthetic)."""
    from lishui_desktop.db.database import Database
    from lishui_desktop.services.setup import init_database
    from lishui_desktop.sync.capture import capture_paused

    shm = Path("/dev/shm")  # a RAM disk where there is one: the point is the query, not the disk
    folder = Path(tempfile.mkdtemp(dir=shm)) if shm.is_dir() else tmp_path_factory.mktemp("big")
    db = Database.open(folder / "big.sqlite3")
    init_database(db, device_name="测试-大", role="office")
    rng = random.Random(3)
    counties = [place_id(k) for k in ("pingchang", "nanjiang", "tongjiang", "bazhou", "jiange", "zhaohua")]
    day0 = dt.date(2018, 1, 1)
    rows = [
        (f"00000000-0000-4000-8000-{n:012d}", KINDS[n % 6], (day0 + dt.timedelta(days=n % 1460)).isoformat(),
         counties[n % 6], f"活动{n:06d}", rng.randrange(10**8), "2020-01-01T00:00:00+08:00")
        for n in range(N)
    ]
    with db.transaction() as session, capture_paused(session):
        session.connection().exec_driver_sql(
            "INSERT INTO events (id, kind, date, county_id, title, amount_fen, deleted, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?7)",
            rows,
        )
    yield db
    db.close()
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def model(big_db, qapp):  # type: ignore[no-untyped-def]
    from lishui_desktop.ui.ledger.table_model import LedgerTableModel

    table = LedgerTableModel(big_db, "events")
    table.reload()
    return table


@pytest.mark.slow
def test_only_a_page_is_fetched_then_more_on_demand(model) -> None:
    assert model.total() == N
    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore() and model.pages_fetched == 1
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE_SIZE and model.pages_fetched == 2
    ids = [model.record_id(r) for r in range(model.rowCount())]
    assert len(set(ids)) == len(ids)  # pages do not overlap


@pytest.mark.slow
def test_a_view_loads_pages_only_as_it_scrolls(model, qtbot) -> None:
    from PySide6.QtWidgets import QTableView

    view = QTableView()
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.setModel(model)
    view.show()
    qtbot.waitExposed(view)
    assert model.rowCount() <= 2 * PAGE_SIZE
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.pages_fetched >= 2)
    assert model.rowCount() < N


@pytest.mark.slow
def test_sorted_and_filtered_in_sql_quickly(model, big_db) -> None:
    from PySide6.QtCore import Qt

    started = time.perf_counter()
    model.sort([c.key for c in model.columns].index("amount_fen"), Qt.SortOrder.DescendingOrder)
    sort_seconds = time.perf_counter() - started
    with big_db.engine.connect() as conn:
        top = conn.execute(text("SELECT max(amount_fen) FROM events")).scalar()
    assert model.value(0, "amount_fen") == top
    amounts = [model.value(r, "amount_fen") for r in range(model.rowCount())]
    assert amounts == sorted(amounts, reverse=True)

    started = time.perf_counter()
    model.set_filters(Filters(year=2019, category="hearing", county=place_id("tongjiang")))
    filter_seconds = time.perf_counter() - started
    assert 0 < model.rowCount() <= PAGE_SIZE
    assert all(model.value(r, "kind") == "hearing" for r in range(model.rowCount()))
    assert all(model.value(r, "date").year == 2019 for r in range(model.rowCount()))
    assert model.total() == sum(1 for n in range(N) if n % 6 == 2 and (dt.date(2018, 1, 1) + dt.timedelta(days=n % 1460)).year == 2019)

    model.set_filters(Filters(search="活动123456"))
    assert [model.value(r, "title") for r in range(model.rowCount())] == ["活动123456"]
    # generous bounds on a shared machine; benchmarks/bench_filter.py measures the budget
    assert sort_seconds < 2 and filter_seconds < 2
