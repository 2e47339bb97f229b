"""Foundation CLI end to end: init, demo, check, bad input, python -m routing.

Tests of an office store run on a SQLite file, then a PostgreSQL database (`stores`); a field
laptop's encrypted file, a damaged file and a file name's bytes are SQLite's alone."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Stores
from tests.encryption_support import raw_connect

BIN = Path(sys.executable).parent


def run(*args: str, env_extra: dict[str, str] | None = None, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, LISHUI_LANG="zh_CN", QT_QPA_PLATFORM="offscreen", **(env_extra or {}))
    return subprocess.run(
        [sys.executable, "-m", "lishui_desktop", *args],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=timeout,
    )


def store_sql(store: str, statement: str) -> Any:
    """Run one statement on the store (a file, or a database on the server); its first row."""
    if store.startswith("postgresql:"):
        import psycopg

        with psycopg.connect(store, autocommit=True) as conn:
            cursor = conn.execute(statement)
            return cursor.fetchone() if cursor.description else None
    con = raw_connect(Path(store))
    try:
        with con:
            return con.execute(statement).fetchone()
    finally:
        con.close()


def office_init(store: str, stores: Stores) -> list[str]:
    """`init`'s arguments: a server store is an office's (a laptop keeps a file)."""
    return ["--db", store, "init", *(["--role", "office"] if stores.on_server else [])]


def one_clean_line(result: subprocess.CompletedProcess[str]) -> str:
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("lishui: ")
    return lines[0]


def test_init_demo_check(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    result = subprocess.run(
        [str(BIN / "lishui"), "--db", str(db), "init", "--device-name", "平昌-01", "--role", "field"],
        capture_output=True, text=True, encoding="utf-8", timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "平昌-01" in result.stdout and "挂职干部" in result.stdout and "field" not in result.stdout  # the role in words
    assert not db.read_bytes().startswith(b"SQLite format 3")  # a field laptop's file is encrypted
    con = raw_connect(db)
    settings = dict(con.execute("SELECT key, value FROM local_settings"))
    assert settings["device_name"] == "平昌-01" and settings["role"] == "field"
    assert con.execute("SELECT name, role FROM devices").fetchall() == [("平昌-01", "field")]
    con.close()

    demo = run("--db", str(db), "--lang", "en", "demo", "--scale", "0.05")
    assert demo.returncode == 0, demo.stderr
    con = raw_connect(db)
    persons = con.execute("SELECT count(*) FROM persons").fetchone()[0]
    placements = con.execute("SELECT count(*) FROM placements").fetchone()[0]
    counties = con.execute(
        "SELECT count(DISTINCT organiser_id) FROM training_sessions"
    ).fetchone()[0]
    captured = con.execute("SELECT count(*) FROM sync_change_log WHERE tbl = 'placements'").fetchone()[0]
    con.close()
    assert persons > 100 and placements > 50 and counties == 7  # six counties and 市本级
    assert captured >= placements  # the demo went through sync's change capture
    assert f"{persons} people" in demo.stdout

    again = run("--db", str(db), "--lang", "en", "demo")
    assert again.returncode == 2
    assert "already holds records" in one_clean_line(again)

    check = run("--db", str(db), "--lang", "en", "check")
    assert check.returncode == 0, check.stderr
    assert "is healthy" in check.stdout


def test_office_init_demo_check(stores: Stores) -> None:
    db = stores.new("office")
    result = run("--db", db, "--lang", "en", "init", "--device-name", "青田-办公室", "--role", "office")
    assert result.returncode == 0, result.stderr
    assert store_sql(db, "SELECT name, role FROM devices") == ("青田-办公室", "office")
    demo = run("--db", db, "--lang", "en", "demo", "--scale", "0.05")
    assert demo.returncode == 0, demo.stderr
    persons = store_sql(db, "SELECT count(*) FROM persons")[0]
    placements = store_sql(db, "SELECT count(*) FROM placements")[0]
    assert persons > 100 and placements > 50 and f"{persons} people" in demo.stdout
    assert store_sql(db, "SELECT count(*) FROM sync_change_log WHERE tbl = 'placements'")[0] >= placements
    again = run("--db", db, "--lang", "en", "demo")
    assert again.returncode == 2 and "already holds records" in one_clean_line(again)
    check = run("--db", db, "--lang", "en", "check")
    assert check.returncode == 0 and "is healthy" in check.stdout, check.stderr


@pytest.mark.parametrize(
    "args",
    [
        ("init", "--role", "boss"),
        ("init", "--device-name", "   "),
        ("demo", "--scale", "0"),
        ("no-such-command",),
        ("check",),  # no database there
    ],
)
def test_bad_input_exits_2_with_one_line(stores: Stores, args: tuple[str, ...]) -> None:
    db = stores.new("bad")
    if stores.on_server and args == ("check",):  # no database there
        db = stores.server.url("no_such_database")  # type: ignore[attr-defined]
    result = run("--db", db, *args)
    assert result.returncode == 2
    one_clean_line(result)


def test_check_reports_a_damaged_file(tmp_path: Path) -> None:
    db = tmp_path / "damaged.db"
    assert run("--db", str(db), "init").returncode == 0
    con = raw_connect(db)
    page_size = int(con.execute("PRAGMA page_size").fetchone()[0])
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'places'").fetchone()[0]
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    with open(db, "r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xa5" * page_size)
    result = run("--db", str(db), "--lang", "en", "check")
    assert result.returncode == 1
    assert "is damaged" in result.stdout
    assert "Traceback" not in result.stderr


def test_newer_database_is_refused_by_the_cli(stores: Stores) -> None:
    db = stores.new("future")
    assert run(*office_init(db, stores)).returncode == 0
    store_sql(db, "UPDATE alembic_version SET version_num = '9999_future'")
    result = run("--db", db, "--lang", "en", "demo")
    assert result.returncode == 2
    assert "newer version" in one_clean_line(result)


def test_python_m_routes_to_gui_without_a_command(tmp_path: Path, stores: Stores) -> None:
    db = stores.new("gui")
    if stores.on_server:  # the window's first start makes a laptop's file; a server store is
        # an office's, made by `init` (the window on an empty one says so and exits 2)
        assert run(*office_init(db, stores)).returncode == 0
    result = run("--db", db, "--exit-after-start", env_extra={"LISHUI_DATA_DIR": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert store_sql(db, "SELECT count(*) FROM pairings WHERE level = 'county'")[0] == 6
    cli = run("--lang", "en", "--db", db, "check")
    assert cli.returncode == 0 and "is healthy" in cli.stdout


def test_an_argument_that_is_not_utf8_exits_2_with_one_line(tmp_path: Path) -> None:
    """Bytes that are no UTF-8 (a name typed in a GBK terminal) reach Python as surrogates;
    they are refused before anything is written, not as a traceback from SQLite."""
    db = tmp_path / "bad.db"
    env = dict(os.environ, LISHUI_LANG="zh_CN", QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [os.fsencode(sys.executable), b"-m", b"lishui_desktop", b"--db", os.fsencode(db), b"init",
         b"--device-name", "平昌".encode("gbk"), b"--role", b"field"],
        capture_output=True, text=True, encoding="utf-8", errors="replace", env=env, timeout=120,
    )
    assert result.returncode == 2
    assert "UTF-8" in one_clean_line(result)
    assert not db.exists()


def test_argparse_errors_read_in_chinese(tmp_path: Path) -> None:
    """argparse's own complaints (bad choice, missing argument) come in the user's language."""
    line = one_clean_line(run("--db", str(tmp_path / "x.db"), "list", "nothing"))
    assert "无效的选项" in line and "invalid choice" not in line
    line = one_clean_line(run("--db", str(tmp_path / "x.db"), "report", "monthly", "--month", "2019-03"))
    assert "缺少必需的参数：--out" in line and "required" not in line
