"""Nothing outside ui/ (and app.py) imports PySide6."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "lishui_desktop"


def test_only_ui_imports_qt() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE).as_posix()
        if rel.startswith("ui/") or rel == "app.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(n.split(".")[0] == "PySide6" or n.startswith("lishui_desktop.ui") for n in names):
                offenders.append(rel)
    assert offenders == []


def test_db_imports_nothing_above_it() -> None:
    """db/ knows nothing of sync, services, reports, excel, ui or the CLI (issue #16): capture is
    application code above it, and opening a database never merges."""
    above = ("sync", "services", "reports", "excel", "ui", "cli", "app")
    offenders = []
    for path in (PACKAGE / "db").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                parts = name.split(".")
                if parts[0] == "lishui_desktop" and len(parts) > 1 and parts[1] in above:
                    offenders.append(f"{path.relative_to(PACKAGE).as_posix()}: {name}")
    assert offenders == []
