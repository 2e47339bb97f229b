"""Runs late: every log file written so far by this test session holds no full resident ID."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest
from stdnum.cn import ric

from lishui_desktop.cli import main as cli_main

VALID_ID = "330102199003071230"
ID_SHAPE = re.compile(r"(?<!\d)\d{17}[\dXx](?!\d)")


def test_no_full_resident_id_in_any_log(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    # put a real ID through the CLI error path once, so the check is not vacuous
    db = str(tmp_path / "x.sqlite3")
    assert cli_main(["--db", db, "init", "--device-name", "测试"]) == 0
    assert cli_main(["--db", db, "backup", "restore", VALID_ID]) == 2
    logging.getLogger("lishui.test").error("import failed for %s", VALID_ID)
    for handler in logging.getLogger().handlers:
        handler.flush()
    logs = [p for p in tmp_path_factory.getbasetemp().rglob("*.log*") if p.is_file()]
    assert logs, "the CLI writes a log file"
    for path in logs:
        text = path.read_text(encoding="utf-8", errors="replace")
        leaks = [m for m in ID_SHAPE.findall(text) if ric.is_valid(m)]
        assert leaks == [], f"{path}: full resident IDs in the log"
    assert any("330102********1230" in p.read_text(encoding="utf-8") for p in logs)
