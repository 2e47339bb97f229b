"""The office store on a real PostgreSQL server (tests/pg_server.py), through the `lishui` CLI.

`--db postgresql://…` or LISHUI_DB opens it; Alembic creates the schema there; a field role
is refused before anything is written; a password in the URL, a server that is not there and
the commands that only work on files each get one clear message and exit 2.
"""

from __future__ import annotations

import psycopg
import pytest

from lishui_desktop.cli import main
from lishui_desktop.db.database import Database
from lishui_desktop.db.migrate import head_revision
from lishui_desktop.services.setup import device_info, record_counts


def lishui(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out + out.err


def tables(url: str) -> set[str]:
    with psycopg.connect(url) as conn:
        rows = conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'").fetchall()
    return {r[0] for r in rows}


def test_field_role_refused_and_nothing_created(capsys: pytest.CaptureFixture[str], pg_url: str) -> None:
    code, out = lishui(capsys, "--db", pg_url, "init", "--role", "field")
    assert code == 2
    assert out.startswith("lishui: ") and out.count("\n") == 1
    assert "外业笔记本使用自己的数据库文件" in out and "--role office" in out
    assert "Traceback" not in out
    assert tables(pg_url) == set()  # refused before the schema was created


def test_office_store_init_list_progress(
    capsys: pytest.CaptureFixture[str], pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out = lishui(capsys, "--db", pg_url, "init", "--role", "office", "--device-name", "市办公室", "--user-name", "王主任")
    assert code == 0, out
    assert "已创建数据库 postgresql://lishui@/" in out and "角色 对口支援办" in out  # the role in words
    assert {"persons", "sync_op_runs", "alembic_version", "local_settings"} <= tables(pg_url)
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (head_revision(),)
        # clocks are 64-bit there as in SQLite
        assert conn.execute(
            "SELECT data_type FROM information_schema.columns WHERE table_name = 'sync_op_runs' AND column_name = 'hlc'"
        ).fetchone() == ("bigint",)
    code, out = lishui(capsys, "--db", pg_url, "init", "--role", "office")
    assert code == 0 and "已设置过" in out and "市办公室" in out  # the second init changes nothing

    monkeypatch.setenv("LISHUI_DB", pg_url)  # the same store through the environment
    code, out = lishui(capsys, "list", "pairings")
    assert code == 0, out
    assert "县县结对" in out and "龙泉市" in out
    code, out = lishui(capsys, "list", "persons")
    assert code == 0 and "没有记录" in out
    code, out = lishui(capsys, "progress", "--year", "2019")
    assert code == 0, out
    assert "青田县" in out

    db = Database.open(pg_url)
    try:
        assert db.on_server and db.schema_action == "current"
        info = device_info(db)
        assert info is not None and info.role == "office" and info.user_name == "王主任"
        counts = record_counts(db)
        assert counts["places"] > 0 and counts["pairings"] > 0 and counts["persons"] == 0
    finally:
        db.close()


def test_password_in_url_refused(capsys: pytest.CaptureFixture[str], pg_server) -> None:  # type: ignore[no-untyped-def]
    url = f"postgresql://lishui:s3cret-pw@/postgres?host={pg_server.socket_dir}"
    code, out = lishui(capsys, "--db", url, "list", "persons")
    assert code == 2 and out.count("\n") == 1
    assert "不能写密码" in out and ".pgpass" in out
    assert "s3cret-pw" not in out


def test_no_server_there(capsys: pytest.CaptureFixture[str], tmp_path) -> None:  # type: ignore[no-untyped-def]
    code, out = lishui(capsys, "--db", f"postgresql://lishui@/office?host={tmp_path}", "list", "persons")
    assert code == 2 and out.count("\n") == 1
    assert out.startswith(f"lishui: 无法打开 PostgreSQL 数据库 postgresql://lishui@/office?host={tmp_path}：")
    assert "Traceback" not in out


def test_file_only_command_refused(capsys: pytest.CaptureFixture[str], pg_url: str) -> None:
    code, out = lishui(capsys, "--db", pg_url, "db", "encrypt")  # the server protects its store
    assert code == 2 and out.count("\n") == 1
    assert "是 PostgreSQL 服务器上的数据库；此命令只能用于数据库文件" in out


def test_password_comes_from_pgpass(
    capsys: pytest.CaptureFixture[str], pg_server, tmp_path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    """A role with a password: the URL names no password, libpq reads it from the pgpass file."""
    name = pg_server.create_database()
    with psycopg.connect(pg_server.url(), autocommit=True) as conn:
        conn.execute("CREATE ROLE clerk LOGIN PASSWORD 'pa55-word'")
        conn.execute(f'ALTER DATABASE "{name}" OWNER TO clerk')
    hba = pg_server.data / "pg_hba.conf"
    original = hba.read_text()
    try:
        hba.write_text("local all clerk scram-sha-256\n" + original)
        with psycopg.connect(pg_server.url(), autocommit=True) as conn:
            conn.execute("SELECT pg_reload_conf()")
        url = f"postgresql://clerk@/{name}?host={pg_server.socket_dir}"
        monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
        code, out = lishui(capsys, "--db", url, "init", "--role", "lead")
        assert code == 2 and "无法打开 PostgreSQL 数据库" in out and "password" in out
        pgpass = tmp_path / "pgpass"
        pgpass.write_text(f"*:*:{name}:clerk:pa55-word\n")
        pgpass.chmod(0o600)
        monkeypatch.setenv("PGPASSFILE", str(pgpass))
        code, out = lishui(capsys, "--db", url, "init", "--role", "lead")
        assert code == 0, out
        assert "角色 工作组组长" in out and "pa55-word" not in out
    finally:
        hba.write_text(original)
        with psycopg.connect(pg_server.url(), autocommit=True) as conn:
            conn.execute("SELECT pg_reload_conf()")


def _records(out: str) -> list[str]:
    """A --json listing's records without their random ids, as a sorted list (two stores
    give equal records; ties in the sort order fall to the ids, which differ)."""
    import json

    data = json.loads(out)
    return sorted(json.dumps({k: v for k, v in r.items() if k != "id"}, ensure_ascii=False, sort_keys=True) for r in data["records"])


def test_demo_office_same_on_postgresql_as_on_sqlite(
    capsys: pytest.CaptureFixture[str], pg_url: str, tmp_path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    """The same demo (seed, scale) in a SQLite office and a PostgreSQL office: every figure of
    the progress table and every ledger's records are the same."""
    sqlite_db = str(tmp_path / "office.sqlite3")
    for db in (sqlite_db, pg_url):
        assert lishui(capsys, "--db", db, "init", "--role", "office", "--device-name", "市办公室")[0] == 0
        code, out = lishui(capsys, "--db", db, "demo", "--scale", "0.02", "--seed", "7")
        assert code == 0, out
    for year in ("2019", "2020"):
        outs = [lishui(capsys, "--db", db, "progress", "--year", year, "--json") for db in (sqlite_db, pg_url)]
        assert outs[0][0] == outs[1][0] == 0
        assert '"actual"' in outs[0][1]
        assert outs[0][1] == outs[1][1]
    for kind in ("persons", "trainees", "placements", "cadres", "events", "pairings", "funds"):
        outs = [lishui(capsys, "--db", db, "list", kind, "--json") for db in (sqlite_db, pg_url)]
        assert outs[0][0] == outs[1][0] == 0, outs
        assert _records(outs[0][1]) == _records(outs[1][1]), kind
    assert len(_records(lishui(capsys, "--db", pg_url, "list", "persons", "--json")[1])) > 100


@pytest.mark.parametrize(
    "command",
    [("db", "status"), ("db", "encrypt")],
)
def test_commands_not_yet_on_postgresql_refused_cleanly(
    capsys: pytest.CaptureFixture[str], pg_url: str, command: tuple[str, ...]
) -> None:
    assert lishui(capsys, "--db", pg_url, "init", "--role", "office")[0] == 0
    code, out = lishui(capsys, "--db", pg_url, *command)
    assert code == 2 and out.count("\n") == 1, out
    assert "此命令只能用于数据库文件" in out and "Traceback" not in out


def test_window_opens_a_server_store_without_creating_a_file(
    tmp_path, pg_url: str, capsys: pytest.CaptureFixture[str]  # type: ignore[no-untyped-def]
) -> None:
    """LISHUI_DB naming a server: the window opens the store there (and never makes a SQLite
    file named like the URL); a store nobody set up is refused unattended with one sentence;
    the window's own choice (设置, kept in the preferences file) opens it too."""
    import json
    import os
    import subprocess
    import sys

    def window(**extra: str) -> subprocess.CompletedProcess[str]:
        env = dict(os.environ, LISHUI_DATA_DIR=str(tmp_path), QT_QPA_PLATFORM="offscreen", **extra)
        return subprocess.run(
            [sys.executable, "-m", "lishui_desktop", "--exit-after-start"],
            env=env, cwd=tmp_path, capture_output=True, text=True, timeout=120,
        )

    result = window(LISHUI_DB=pg_url)
    assert result.returncode == 2, result.stderr
    assert "尚未初始化" in result.stderr and "Traceback" not in result.stderr
    assert lishui(capsys, "--db", pg_url, "init", "--role", "office", "--device-name", "市办公室")[0] == 0
    result = window(LISHUI_DB=pg_url)
    assert result.returncode == 0 and "painted at" in result.stderr, result.stderr
    assert not (tmp_path / "postgresql:").exists()
    (tmp_path / "preferences.json").write_text(json.dumps({"database": pg_url}), encoding="utf-8")
    env_db = os.environ.pop("LISHUI_DB", None)
    try:
        result = window()
    finally:
        if env_db is not None:
            os.environ["LISHUI_DB"] = env_db
    assert result.returncode == 0 and "painted at" in result.stderr, result.stderr
    assert not list(tmp_path.glob("*.sqlite3")) and not (tmp_path / "lishui.db").exists()
