"""No frozen moment: the longest stall of the UI thread across a scripted tour of the real window
(first visits of every page, a new session and roster rows, 同步 opened, saves after it, a bundle
exported, a backup made and restored, a monthly sheet generated and printed to PDF) on a demo
database. Over 250 ms of work on the UI thread between two turns of its event loop fails (the
budget is 100 ms; benchmarks/bench_ui.py reports the figures), and so does any write committed
on the UI thread. The work is measured in the UI thread's CPU time: on a machine loaded by
other programs, an idle event loop alone misses its timer by a quarter of a second (printed
beside the figures), which says nothing about this program."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

FAIL_MS = 250


@pytest.fixture
def demo_window(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    from lishui_desktop.db.database import Database
    from lishui_desktop.services.demo import generate
    from lishui_desktop.services.setup import device_info, init_database
    from lishui_desktop.sync.keys import ALLOW_PLAIN
    from lishui_desktop.ui.context import AppContext
    from lishui_desktop.ui.hub import Hub
    from lishui_desktop.ui.main_window import MainWindow

    db = Database.open(tmp_path / "demo.sqlite3")
    init_database(db, device_name="平昌-01", role="office", user_name="测试员")
    generate(db, scale=0.5, seed=2019)
    db.set_setting(ALLOW_PLAIN, "1")  # bundles unencrypted (a trial): this office knows no other keys
    win = MainWindow(AppContext(db=db, hub=Hub(), device=device_info(db)))
    qtbot.addWidget(win, before_close_func=lambda w: setattr(w, "_closing", True))
    win.resize(1366, 740)
    win.show()
    qtbot.waitExposed(win)
    yield win
    from lishui_desktop.ui import workers

    workers.wait_for_writes()
    db.close()


def test_no_stall_over_250_ms_across_the_tour(demo_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ui_tour import Tour, idle_baseline

    idle_wall, idle_cpu = idle_baseline()
    result = Tour(demo_window, tmp_path).run()
    print(f"\nlongest UI-thread work {result['longest_busy_ms']:.0f} ms in '{result['busy_where']}' "
          f"(idle loop {idle_cpu:.0f} ms); wall-clock stall {result['longest_stall_ms']:.0f} ms in "
          f"'{result['where']}' (idle loop {idle_wall:.0f} ms)\nwork by step: {result['busy_by_step_ms']}")
    assert (tmp_path / "月报表.pdf").read_bytes().startswith(b"%PDF")
    assert any(p.suffix == ".lsbundle" for p in tmp_path.iterdir())
    assert result["messages"] == []  # nothing failed on the way
    assert result["ui_thread_writes"] == []
    assert result["longest_busy_ms"] <= FAIL_MS, result
