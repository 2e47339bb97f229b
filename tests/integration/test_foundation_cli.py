"""Foundation CLI end to end: init, demo, check, bad input, python -m routing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.encryption_support import raw_connect

BIN = Path(sys.executable).parent


def run(*args: str, env_extra: dict[str, str] | None = None, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, LISHUI_LANG="zh_CN", QT_QPA_PLATFORM="offscreen", **(env_extra or {}))
    return subprocess.run(
        [sys.executable, "-m", "lishui_desktop", *args],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=timeout,
    )


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
def test_bad_input_exits_2_with_one_line(tmp_path: Path, args: tuple[str, ...]) -> None:
    result = run("--db", str(tmp_path / "bad.db"), *args)
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


def test_newer_database_is_refused_by_the_cli(tmp_path: Path) -> None:
    db = tmp_path / "future.db"
    assert run("--db", str(db), "init").returncode == 0
    con = raw_connect(db)
    with con:
        con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.close()
    result = run("--db", str(db), "--lang", "en", "demo")
    assert result.returncode == 2
    assert "newer version" in one_clean_line(result)


def test_python_m_routes_to_gui_without_a_command(tmp_path: Path) -> None:
    db = tmp_path / "gui.db"
    result = run("--db", str(db), "--exit-after-start", env_extra={"LISHUI_DATA_DIR": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    con = raw_connect(db)
    assert con.execute("SELECT count(*) FROM pairings WHERE level = 'county'").fetchone()[0] == 6
    con.close()
    cli = run("--lang", "en", "--db", str(db), "check")
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
