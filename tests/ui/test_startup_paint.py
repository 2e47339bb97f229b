"""Start-up (#16): the window paints before the database layer is even imported, then the
database opens in it and the first page is built (the budget: first paint within 3x a bare
PySide6 window with one table, benchmarks/bench_startup.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from lishui_desktop.cli import main as lishui

# The real program in its own process, watched: what is loaded at the window's first paint, and
# what the window holds once it is ready.
CHILD = """
import sys
from lishui_desktop.ui import main_window

built, attach = main_window.MainWindow.__init__, main_window.MainWindow.attach

def watched(self, *args, **kwargs):
    built(self, *args, **kwargs)
    self.first_painted.connect(lambda: print(
        "first paint:", "sqlalchemy" in sys.modules, "lishui_desktop.db.models" in sys.modules,
        self.attached, self.path_label.text(), file=sys.stderr))

def attached(self, ctx):
    attach(self, ctx)
    print("attached:", type(self.stack.currentWidget()).__name__, self.device_label.text(),
          self.menuBar().isEnabled(), file=sys.stderr)

main_window.MainWindow.__init__ = watched
main_window.MainWindow.attach = attached
from lishui_desktop.app import main
sys.exit(main(sys.argv[1:]))
"""


def _start(db: Path, data: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LISHUI_DATA_DIR=str(data))
    return subprocess.run([sys.executable, "-c", CHILD, "--db", str(db), "--exit-after-start"],
                          env=env, capture_output=True, text=True, timeout=120)


def _said(started: subprocess.CompletedProcess[str], prefix: str) -> list[str]:
    return [line for line in started.stderr.splitlines() if line.startswith(prefix)]


def test_the_window_paints_before_the_database_layer_loads_then_opens_it(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "office.sqlite3"
    assert lishui(["--db", str(db), "init", "--device-name", "市办-01", "--role", "office"]) == 0
    capsys.readouterr()
    started = _start(db, tmp_path / "data")
    assert started.returncode == 0, started.stderr
    first = _said(started, "first paint:")
    assert len(first) == 1 and first[0].startswith("first paint: False False False ") and str(db) in first[0], started.stderr
    attached = _said(started, "attached:")
    assert len(attached) == 1 and attached[0].startswith("attached: DashboardPage ") and "市办-01" in attached[0], started.stderr
    assert attached[0].endswith(" True"), started.stderr  # its menus work once the database is open
    painted, ready = _said(started, "painted at "), _said(started, "ready at ")
    assert len(painted) == len(ready) == 1 and float(painted[0].split()[-1]) <= float(ready[0].split()[-1])


def test_the_frame_shows_the_place_and_takes_the_database_when_it_is_open(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QCloseEvent

    from lishui_desktop.services.setup import device_info
    from lishui_desktop.ui.context import AppContext
    from lishui_desktop.ui.hub import Hub
    from lishui_desktop.ui.main_window import MainWindow

    win = MainWindow(None, location=str(db.path))
    qtbot.addWidget(win, before_close_func=lambda w: setattr(w, "_closing", True))
    with qtbot.waitSignal(win.first_painted, timeout=10_000):
        win.show()
    assert not win.attached and not win.menuBar().isEnabled()
    assert win.nav.currentRow() == 0 and type(win.stack.currentWidget()).__name__ == "QWidget"
    assert str(db.path) in win.path_label.text() and win.device_label.text() == ""
    closing = QCloseEvent()
    win.closeEvent(closing)  # closed while its database still opens: nothing to ask
    assert closing.isAccepted()

    win.attach(AppContext(db=db, hub=Hub(), device=device_info(db)))
    assert win.attached and win.menuBar().isEnabled()
    assert type(win.stack.currentWidget()).__name__ == "DashboardPage"
    assert "测试-01" in win.device_label.text()
    qtbot.waitUntil(lambda: win.counts_label.text() != "", timeout=10_000)  # counted in a worker
    win.nav.setCurrentRow(7)
    assert type(win.stack.currentWidget()).__name__ != "QWidget"  # the nav builds pages once attached
