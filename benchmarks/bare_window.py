"""Baseline for the start-up budget: a bare PySide6 window with one table, painted once."""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem  # noqa: E402


def painted() -> None:
    sys.stderr.write(f"painted at {time.time():.6f}\n")
    sys.stderr.flush()


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    table = QTableWidget(50, 8, window)
    for row in range(50):
        for column in range(8):
            table.setItem(row, column, QTableWidgetItem(f"{row}-{column}"))
    window.setCentralWidget(table)
    window.resize(1280, 760)
    window.show()
    QTimer.singleShot(0, lambda: (window.repaint(), app.processEvents(), painted(), app.quit()))
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
