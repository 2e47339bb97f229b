"""Runs late: every log file written so far by this test session holds no full resident ID, and
(once the store is a PostgreSQL database) no password given in a URL or PGPASSWORD."""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

import pytest
from stdnum.cn import ric

from lishui_desktop.cli import main as cli_main
from tests.conftest import Stores

VALID_ID = "330102199003071230"
ID_SHAPE = re.compile(r"(?<!\d)\d{17}[\dXx](?!\d)")
PASSWORD, WRONG = "L0g-pa55-word", "Wr0ng-pa55-word"


def _server_store_with_a_password(stores: Stores, monkeypatch: pytest.MonkeyPatch) -> None:
    """An office database whose role must give a password: one written in the URL is refused
    (it would stay in the shell's history), PGPASSWORD is how it is given, a wrong one fails;
    the same ID through the error path as on a file."""
    server: Any = stores.server
    with server.password_role("log_clerk", PASSWORD, server.create_database()) as url:
        in_url = url.replace("//log_clerk@", f"//log_clerk:{PASSWORD}@")
        assert cli_main(["--db", in_url, "init", "--role", "office", "--device-name", "测试"]) == 2
        monkeypatch.setenv("PGPASSFILE", "/nonexistent")
        monkeypatch.setenv("PGPASSWORD", PASSWORD)
        assert cli_main(["--db", url, "init", "--role", "office", "--device-name", "测试"]) == 0
        assert cli_main(["--db", url, "backup", "restore", VALID_ID]) == 2
        monkeypatch.setenv("PGPASSWORD", WRONG)
        assert cli_main(["--db", url, "check"]) != 0

def test_no_full_resident_id_in_any_log(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, stores: Stores, monkeypatch: pytest.MonkeyPatch
) -> None:
    # put a real ID through the CLI error path once, so the check is not vacuous
    if stores.on_server:
        _server_store_with_a_password(stores, monkeypatch)
    else:
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
        assert PASSWORD not in text and WRONG not in text, f"{path}: a database password in the log"
    assert any("330102********1230" in p.read_text(encoding="utf-8") for p in logs)
