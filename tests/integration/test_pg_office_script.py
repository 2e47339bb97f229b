"""packaging/pg_office.py against the real test server: it creates the office's role and
database (and a staff member's role), the passwords work through a pgpass file, the office
store is created there by `lishui init`, and a staff member uses it."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import psycopg
import pytest

from lishui_desktop.cli import main

ROOT = Path(__file__).resolve().parents[2]


def run_script(pg_server, *args: str, password: str | None = "office-pa55word") -> subprocess.CompletedProcess[str]:  # type: ignore[no-untyped-def]
    env = dict(os.environ)
    env.pop("LISHUI_PG_PASSWORD", None)
    if password is not None:
        env["LISHUI_PG_PASSWORD"] = password
    return subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "pg_office.py"),  # finds psql by itself
         "--host", str(pg_server.socket_dir), "--admin-user", "lishui", *args],
        env=env, capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
    )


def test_script_creates_role_and_database_that_staff_use(
    pg_server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]  # type: ignore[no-untyped-def]
) -> None:
    suffix = uuid.uuid4().hex[:8]
    role, database, clerk = f"office_{suffix}", f"store_{suffix}", f"clerk_{suffix}"
    result = run_script(pg_server, "--role", role, "--database", database, "--staff", clerk)
    assert result.returncode == 0, result.stderr
    assert f"{role}" in result.stdout and "pgpass" in result.stdout
    assert "office-pa55word" not in result.stdout + result.stderr
    with psycopg.connect(pg_server.url(), autocommit=True) as conn:
        owner = conn.execute(
            "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = %s", (database,)
        ).fetchone()
        stored = conn.execute("SELECT rolpassword FROM pg_authid WHERE rolname = %s", (role,)).fetchone()
    assert owner == (role,)
    assert stored is not None and stored[0].startswith("SCRAM-SHA-256$4096:")  # never sent in clear
    # a second run keeps both (and sets the password again): safe to repeat
    assert run_script(pg_server, "--role", role, "--database", database).returncode == 0

    hba = pg_server.data / "pg_hba.conf"
    original = hba.read_text()
    try:  # these roles must give their password, as on a real server
        hba.write_text(f"local all {role},{clerk} scram-sha-256\n" + original)
        with psycopg.connect(pg_server.url(), autocommit=True) as conn:
            conn.execute("SELECT pg_reload_conf()")
        pgpass = tmp_path / "pgpass"
        pgpass.write_text(f"*:*:{database}:{role}:office-pa55word\n*:*:{database}:{clerk}:office-pa55word\n")
        pgpass.chmod(0o600)
        monkeypatch.setenv("PGPASSFILE", str(pgpass))
        office = f"postgresql://{role}@/{database}?host={pg_server.socket_dir}"
        assert main(["--db", office, "init", "--role", "office", "--device-name", "市办公室"]) == 0
        assert main(["--db", office, "demo", "--scale", "0.01"]) == 0
        capsys.readouterr()
        # a member of the staff logs in as themself and works on the office's tables
        staff = f"postgresql://{clerk}@/{database}?host={pg_server.socket_dir}"
        assert main(["--db", staff, "list", "persons"]) == 0
        assert "没有记录" not in capsys.readouterr().out
        monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
        assert main(["--db", staff, "list", "persons"]) == 2  # without the password: refused
    finally:
        hba.write_text(original)
        with psycopg.connect(pg_server.url(), autocommit=True) as conn:
            conn.execute("SELECT pg_reload_conf()")


def test_script_refuses_bad_names_and_a_missing_password(pg_server) -> None:  # type: ignore[no-untyped-def]
    result = run_script(pg_server, "--role", "Robert'); DROP TABLE x;--")
    assert result.returncode == 2 and "只能含小写字母" in result.stderr
    result = run_script(pg_server, "--role", "office_nopw", password=None)
    assert result.returncode == 2 and "LISHUI_PG_PASSWORD" in result.stderr
    with psycopg.connect(pg_server.url(), autocommit=True) as conn:
        assert conn.execute("SELECT 1 FROM pg_roles WHERE rolname = 'office_nopw'").fetchone() is None
