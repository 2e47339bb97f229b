"""`lishui office move`: an office store from its SQLite file into an empty PostgreSQL database
and back to a new file, each copy proved by equal dumps (tests/pg_server.py's real server)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import psycopg
import pytest

from lishui_desktop.cli import main


def lishui(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out + out.err


def dump_sha(capsys: pytest.CaptureFixture[str], db: str) -> str:
    code = main(["--db", db, "dump", "--json"])
    out = capsys.readouterr()
    assert code == 0, out.err
    return hashlib.sha256(out.out.encode("utf-8")).hexdigest()


def count(url: str, table: str) -> int:
    with psycopg.connect(url) as conn:
        row = conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()
    assert row is not None
    return int(row[0])


@pytest.fixture
def demo_office(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> str:
    office = str(tmp_path / "office.sqlite3")
    assert lishui(capsys, "--db", office, "init", "--role", "office", "--device-name", "市办公室", "--user-name", "王主任")[0] == 0
    code, out = lishui(capsys, "--db", office, "demo", "--scale", "0.2", "--seed", "11")
    assert code == 0, out
    return office


def test_demo_office_round_trip_with_equal_dumps(
    capsys: pytest.CaptureFixture[str], demo_office: str, pg_url: str, tmp_path: Path
) -> None:
    before = dump_sha(capsys, demo_office)
    code, out = lishui(capsys, "--db", demo_office, "office", "move", "--to", pg_url, "--json")
    assert code == 0, out
    moved = json.loads(out)
    assert moved["from"] == demo_office and moved["to"] == pg_url
    assert moved["dump_sha256"] == before  # what `dump --json` of the file prints, hashed
    assert moved["rows"] > 5000 and moved["tables"]["persons"] == count(pg_url, "persons")
    assert moved["tables"]["sync_op_runs"] == count(pg_url, "sync_op_runs") > 0  # the change log came along
    assert dump_sha(capsys, pg_url) == before  # and `dump --json` on the server says the same

    # the store works there: the ledgers and the progress table are the file's
    for args in (("list", "persons", "--json"), ("progress", "--year", "2019", "--json")):
        here, there = (lishui(capsys, "--db", db, *args) for db in (demo_office, pg_url))
        assert here[0] == there[0] == 0
        assert here[1] == there[1]
    # same device, same keys and settings; a new life of the device (the file stays usable)
    with psycopg.connect(pg_url) as conn:
        settings = dict(conn.execute("SELECT key, value FROM local_settings").fetchall())
        lives = conn.execute("SELECT count(*) FROM incarnations").fetchone()
    assert settings["device_name"] == "市办公室" and settings["role"] == "office"
    assert "file_identity" not in settings and settings["author_id"]
    assert lives is not None and lives[0] == 2

    # back to a new file, for a lead on the road: proved the same way
    road = tmp_path / "road" / "lead.sqlite3"
    code, out = lishui(capsys, "--db", pg_url, "office", "move", "--to", str(road))
    assert code == 0, out
    assert f"SHA-256 {before}" in out and "已复制到" in out
    assert dump_sha(capsys, str(road)) == before
    code, out = lishui(capsys, "--db", str(road), "db", "status", "--json")
    assert code == 0 and json.loads(out)["encrypted"] is True  # the file leaves the server: encrypted
    code, out = lishui(capsys, "--db", str(road), "list", "persons", "--json")
    assert code == 0 and len(json.loads(out)["records"]) > 100


def test_non_empty_target_refused(capsys: pytest.CaptureFixture[str], demo_office: str, pg_url: str) -> None:
    assert lishui(capsys, "--db", pg_url, "init", "--role", "office")[0] == 0
    persons = count(pg_url, "persons")
    code, out = lishui(capsys, "--db", demo_office, "office", "move", "--to", pg_url)
    assert code == 2 and out.count("\n") == 1, out
    assert "不是空的" in out and "Traceback" not in out
    assert count(pg_url, "persons") == persons  # nothing written


def test_existing_file_refused(capsys: pytest.CaptureFixture[str], demo_office: str, tmp_path: Path) -> None:
    there = tmp_path / "there.sqlite3"
    there.write_bytes(b"mine")
    code, out = lishui(capsys, "--db", demo_office, "office", "move", "--to", str(there))
    assert code == 2 and out.count("\n") == 1 and "已存在" in out, out
    assert there.read_bytes() == b"mine"


def test_field_store_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path, pg_url: str) -> None:
    field = str(tmp_path / "field.sqlite3")
    assert lishui(capsys, "--db", field, "init", "--role", "field", "--device-name", "平昌-01")[0] == 0
    code, out = lishui(capsys, "--db", field, "office", "move", "--to", pg_url)
    assert code == 2 and out.count("\n") == 1
    assert "外业笔记本使用自己的数据库文件" in out
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone() == (0,)


def test_failed_copy_leaves_the_target_empty(
    capsys: pytest.CaptureFixture[str], demo_office: str, pg_url: str
) -> None:
    """A value PostgreSQL refuses (SQLite keeps any length in a VARCHAR(8)): one message, and
    the target is as empty as before (schema and rows in one transaction)."""
    import sqlite3

    with sqlite3.connect(demo_office) as conn:
        conn.execute("UPDATE local_settings SET value = 'office-with-a-very-long-role' WHERE key = 'role'")
        conn.execute("UPDATE devices SET role = 'office-with-a-very-long-role'")
    code, out = lishui(capsys, "--db", demo_office, "office", "move", "--to", pg_url)
    assert code == 2 and out.count("\n") == 1, out
    assert "复制已停止" in out and "Traceback" not in out
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone() == (0,)


def test_office_file_to_a_new_file_proved(capsys: pytest.CaptureFixture[str], demo_office: str, tmp_path: Path) -> None:
    """The way to a new file (what a lead takes on the road), from a file: the same proof."""
    before = dump_sha(capsys, demo_office)
    road = tmp_path / "road.sqlite3"
    code = main(["--db", demo_office, "office", "move", "--to", str(road), "--json"])
    out = capsys.readouterr()
    assert code == 0, out.err
    moved = json.loads(out.out)  # the JSON alone on stdout
    assert "恢复码" in out.err  # the new file is encrypted: what to do about its key, on stderr
    assert moved["dump_sha256"] == before == dump_sha(capsys, str(road))
    assert moved["equal"] is True and moved["rows"] == sum(moved["tables"].values()) > 5000
    assert dump_sha(capsys, demo_office) == before  # the original unchanged
