"""`lishui backup create/list/restore` on a store on the real test server: pg_dump's custom
format, verified by pg_restore reading it back whole against row counts of the same snapshot;
restore replaces the content in one transaction and starts a new life of the device."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import psycopg
import pytest

from lishui_desktop.cli import main
from lishui_desktop.services import server_backup


def lishui(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out + out.err


def scalar(url: str, sql: str) -> object:
    with psycopg.connect(url) as conn:
        row = conn.execute(sql).fetchone()
    assert row is not None
    return row[0]


@pytest.fixture
def office(capsys: pytest.CaptureFixture[str], pg_url: str) -> str:
    assert lishui(capsys, "--db", pg_url, "init", "--role", "office", "--device-name", "市办公室")[0] == 0
    code, out = lishui(capsys, "--db", pg_url, "demo", "--scale", "0.05", "--seed", "3")
    assert code == 0, out
    return pg_url


def test_create_list_restore(capsys: pytest.CaptureFixture[str], office: str) -> None:
    persons_before = lishui(capsys, "--db", office, "list", "persons", "--json")[1]
    enrolments = scalar(office, "SELECT count(*) FROM enrolments")
    author = scalar(office, "SELECT value FROM local_settings WHERE key = 'author_id'")
    code, out = lishui(capsys, "--db", office, "backup", "create")
    assert code == 0, out
    assert "pg_restore" in out and "已创建备份 manual-" in out
    code, out = lishui(capsys, "--db", office, "backup", "list", "--json")
    listed = json.loads(out)
    assert code == 0 and len(listed) == 1 and listed[0]["kind"] == "manual"
    dump = Path(listed[0]["path"])
    assert dump.suffix == ".pgdump" and dump.read_bytes()[:5] == b"PGDMP"  # pg_dump's custom format
    record = json.loads(dump.with_suffix(".json").read_text())
    assert record["verified"] is True and record["rows"]["enrolments"] == enrolments
    assert "市办公室" not in dump.name and "lishui" not in str(dump.parent.name).split("-")[0]

    with psycopg.connect(office) as conn:  # the day's mistakes
        conn.execute("DELETE FROM enrolments")
        conn.execute("UPDATE persons SET name = '改坏了'")
    code, out = lishui(capsys, "--db", office, "backup", "restore", listed[0]["id"])
    assert code == 0, out
    assert "已恢复备份" in out and "pre-restore-" in out
    assert scalar(office, "SELECT count(*) FROM enrolments") == enrolments
    assert lishui(capsys, "--db", office, "list", "persons", "--json")[1] == persons_before
    new_author = scalar(office, "SELECT value FROM local_settings WHERE key = 'author_id'")
    assert new_author != author  # a new life of the device, as after a SQLite restore
    reason = scalar(office, "SELECT certificate FROM incarnations ORDER BY number DESC LIMIT 1")
    assert json.loads(str(reason))["reason"] == "restore"
    # the replaced content was kept: restoring it brings the mistakes back
    kinds = [b["kind"] for b in json.loads(lishui(capsys, "--db", office, "backup", "list", "--json")[1])]
    assert sorted(kinds) == ["manual", "pre-restore"]
    assert lishui(capsys, "--db", office, "progress", "--year", "2019")[0] == 0


def test_damaged_dump_refused_and_store_unchanged(capsys: pytest.CaptureFixture[str], office: str) -> None:
    assert lishui(capsys, "--db", office, "backup", "create")[0] == 0
    listed = json.loads(lishui(capsys, "--db", office, "backup", "list", "--json")[1])
    dump = Path(listed[0]["path"])
    data = bytearray(dump.read_bytes())
    data[len(data) // 2] ^= 0xFF
    dump.write_bytes(bytes(data))
    persons = scalar(office, "SELECT count(*) FROM persons")
    code, out = lishui(capsys, "--db", office, "backup", "restore", listed[0]["id"])
    assert code == 2 and out.count("\n") == 1 and "已损坏" in out, out
    assert scalar(office, "SELECT count(*) FROM persons") == persons


def test_verification_catches_a_truncated_dump(office: str, tmp_path: Path) -> None:
    from lishui_desktop.db.backup_file import BackupFailed
    from lishui_desktop.db.database import Database

    db = Database.open(office)
    try:
        info = server_backup.create_backup(db)
        record = json.loads(info.path.with_suffix(".json").read_text())
        env = server_backup.libpq_env(server_backup.server_url(office))
        server_backup.verify(info.path, record["rows"], env)  # the whole one passes
        cut = tmp_path / "cut.pgdump"
        cut.write_bytes(info.path.read_bytes()[: info.size * 2 // 3])
        with pytest.raises(BackupFailed):
            server_backup.verify(cut, record["rows"], env)
        with pytest.raises(BackupFailed) as fewer:  # a table with rows the dump lacks
            server_backup.verify(info.path, {**record["rows"], "persons": record["rows"]["persons"] + 1}, env)
        assert "persons" in fewer.value.text()
    finally:
        db.close()


def test_missing_tools_one_message(
    capsys: pytest.CaptureFixture[str], office: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(server_backup.shutil, "which", lambda name: None)
    monkeypatch.setattr(server_backup.glob, "glob", lambda pattern: [])
    code, out = lishui(capsys, "--db", office, "backup", "create")
    assert code == 2 and out.count("\n") == 1, out
    assert "pg_dump" in out and "未找到" in out and "Traceback" not in out


def test_password_never_on_the_command_line(
    capsys: pytest.CaptureFixture[str], pg_server, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    """A role with a password, given as the window gives it (PGPASSWORD, in memory): pg_dump and
    pg_restore get it through their environment; no argument of theirs holds it."""
    seen: list[list[str]] = []
    real_run, real_popen = subprocess.run, subprocess.Popen

    def run(args, *a, **k):  # type: ignore[no-untyped-def]
        seen.append([str(x) for x in args])
        return real_run(args, *a, **k)

    def popen(args, *a, **k):  # type: ignore[no-untyped-def]
        seen.append([str(x) for x in args])
        return real_popen(args, *a, **k)

    with pg_server.password_role("backup_clerk", "bk-pa55-word", pg_server.create_database()) as url:
        monkeypatch.setenv("PGPASSFILE", "/nonexistent")
        monkeypatch.setenv("PGPASSWORD", "bk-pa55-word")
        assert lishui(capsys, "--db", url, "init", "--role", "office")[0] == 0
        monkeypatch.setattr(server_backup.subprocess, "run", run)
        monkeypatch.setattr(server_backup.subprocess, "Popen", popen)
        code, out = lishui(capsys, "--db", url, "backup", "create")
        assert code == 0, out
        backup_id = json.loads(lishui(capsys, "--db", url, "backup", "list", "--json")[1])[0]["id"]
        code, out = lishui(capsys, "--db", url, "backup", "restore", backup_id)
        assert code == 0, out
    assert any("pg_dump" in a[0] for a in seen) and any("--single-transaction" in a for a in seen)
    assert not any("bk-pa55-word" in arg for args in seen for arg in args)
