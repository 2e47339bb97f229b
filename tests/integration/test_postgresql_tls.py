"""An office store on a PostgreSQL server across the network, over TLS, as a person runs it:
`lishui` in its own process with `?sslmode=verify-full&sslrootcert=CA` against a real cluster
that takes TCP connections only over TLS (tests/pg_server.py start_tls_server, a throw-away CA
made here). The program's own connections and pg_dump's (backups) are encrypted and check the
server's certificate; another CA's server, or a connection without TLS, is refused with one
translated line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from lishui_desktop.cli import main
from lishui_desktop.db.database import Database
from tests.pg_server import PgServer, TlsFiles, make_tls_files, start_tls_server


@pytest.fixture(scope="module")
def tls(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[PgServer, TlsFiles]]:
    """A second cluster (the session's socket-only one stays as it is): localhost's TCP port,
    TLS only, its certificate signed by a CA of this module's own."""
    files = make_tls_files(tmp_path_factory.mktemp("tls"))
    server = start_tls_server(files)
    if server is None:
        if os.environ.get("LISHUI_REQUIRE_POSTGRES"):
            pytest.fail("PostgreSQL server binaries not found (packaging/dev.py installs them)")
        pytest.skip("PostgreSQL server binaries not installed")
    yield server, files
    server.stop()


def address(server: PgServer, database: str, query: str) -> str:
    return f"postgresql://lishui@localhost:{server.port}/{database}?{query}"


def lishui(*args: str) -> subprocess.CompletedProcess[str]:
    """The command line in its own process, as a person (or an office script) runs it."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("LISHUI_LANG", None)  # Chinese by default, English with --lang en
    return subprocess.run(
        [sys.executable, "-m", "lishui_desktop", *args],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=120,
    )


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    """The refusal: exit 2, nothing on stdout, one line on stderr, no traceback."""
    assert result.returncode == 2, result
    assert "Traceback" not in result.stderr and result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("lishui: ")
    return lines[0]


def tls_of_own_connection(url: str) -> tuple[bool, str]:
    """What the server says of the program's own connection to the store (its engine)."""
    db = Database.open(url)
    try:
        with db.engine.connect() as conn:
            row = conn.exec_driver_sql("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()").one()
    finally:
        db.close()
    return bool(row[0]), str(row[1])


def test_office_store_over_verified_tls(tls: tuple[PgServer, TlsFiles]) -> None:
    server, files = tls
    name = server.create_database()
    url = address(server, name, f"sslmode=verify-full&sslrootcert={files.ca}")
    made = lishui("--db", url, "init", "--role", "office", "--device-name", "市办公室")
    assert made.returncode == 0, made.stderr
    assert "市办公室" in made.stdout and "办公室" in made.stdout
    demo = lishui("--db", url, "demo", "--scale", "0.02", "--seed", "3")
    assert demo.returncode == 0, demo.stderr
    check = lishui("--db", url, "check")
    assert check.returncode == 0, check.stderr
    assert "完好" in check.stdout, check.stdout
    dump = lishui("--db", url, "dump", "--json")
    assert dump.returncode == 0, dump.stderr
    with psycopg.connect(server.url(name)) as conn:  # the server's socket, the tests' own way in
        persons = conn.execute("SELECT count(*) FROM persons").fetchone()
    assert persons is not None and persons[0] > 50
    assert len(json.loads(dump.stdout)["tables"]["persons"]) == persons[0]  # read over TLS
    assert tls_of_own_connection(url) == (True, "TLSv1.3")

    made = lishui("--db", url, "backup", "create")  # pg_dump and pg_restore, reached as the program is
    assert made.returncode == 0, made.stderr
    listed = lishui("--db", url, "backup", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    backups = json.loads(listed.stdout)
    assert [b["kind"] for b in backups] == ["manual"]
    assert Path(backups[0]["path"]).read_bytes()[:5] == b"PGDMP"


def test_backup_connects_as_the_url_asks(tls: tuple[PgServer, TlsFiles]) -> None:
    """pg_dump gets the URL's TLS options and port too (through libpq's environment): here TLS
    1.2 at most, which the server's log shows for pg_dump's own connection; and a socket on a
    port that is not libpq's default."""
    server, files = tls
    name = server.create_database()
    url = address(server, name, f"sslmode=verify-full&sslrootcert={files.ca}&ssl_max_protocol_version=TLSv1.2")
    assert lishui("--db", url, "init", "--role", "office").returncode == 0
    assert tls_of_own_connection(url) == (True, "TLSv1.2")
    made = lishui("--db", url, "backup", "create")
    assert made.returncode == 0, made.stderr
    log = (server.root / "server.log").read_text(errors="replace")
    dumps = [line for line in log.splitlines() if f"authorized: user=lishui database={name} application_name=pg_dump" in line]
    assert dumps and all("SSL enabled (protocol=TLSv1.2" in line for line in dumps), dumps

    socket = server.url(server.create_database())  # ?host=<its folder>&port=<not 5432>
    assert "&port=" in socket and lishui("--db", socket, "init", "--role", "office").returncode == 0
    made = lishui("--db", socket, "backup", "create")
    assert made.returncode == 0, made.stderr


def test_another_ca_refused(tls: tuple[PgServer, TlsFiles]) -> None:
    """verify-full against a CA that did not sign the server's certificate: one line, in Chinese
    and in English."""
    server, files = tls
    url = address(server, server.create_database(), f"sslmode=verify-full&sslrootcert={files.other_ca}")
    line = one_line(lishui("--db", url, "check"))
    assert line.startswith(f"lishui: 无法打开 PostgreSQL 数据库 {url}：")
    assert "certificate verify failed" in line
    line = one_line(lishui("--lang", "en", "--db", url, "init", "--role", "office"))
    assert line.startswith(f"lishui: Cannot open the PostgreSQL store {url}: ")
    assert "certificate verify failed" in line


def test_no_tls_refused(tls: tuple[PgServer, TlsFiles]) -> None:
    """The server takes no TCP connection without TLS (pg_hba: hostnossl reject)."""
    server, _ = tls
    url = address(server, server.create_database(), "sslmode=disable")
    line = one_line(lishui("--db", url, "init", "--role", "office"))
    assert line.startswith(f"lishui: 无法打开 PostgreSQL 数据库 {url}：")
    assert "no encryption" in line


def test_no_password_shown(tls: tuple[PgServer, TlsFiles], capsys: pytest.CaptureFixture[str]) -> None:
    """A password in the URL's query (libpq takes `?password=` and `?sslpassword=`) is refused
    like one before the host, and never printed."""
    server, files = tls
    for secret in ("password=pa55-w0rd", "sslpassword=pa55-w0rd"):
        url = address(server, server.create_database(), f"sslmode=verify-full&sslrootcert={files.ca}&{secret}")
        assert main(["--db", url, "check"]) == 2
        out = capsys.readouterr()
        assert out.out == "" and out.err.count("\n") == 1
        assert "不能写密码" in out.err and "pa55-w0rd" not in out.err


def test_window_keeps_the_tls_options(qtbot, tls: tuple[PgServer, TlsFiles]) -> None:  # type: ignore[no-untyped-def]
    """The window's way to a server store (first-start dialog, the preferences file, the store
    opened and set up) takes the URL's sslmode and sslrootcert unchanged: encrypted, verified."""
    from lishui_desktop.db.server import ServerUrlError
    from lishui_desktop.services import server_login
    from lishui_desktop.services.setup import device_info
    from lishui_desktop.ui.first_start import FirstStartDialog
    from lishui_desktop.ui.server_store import open_server_store

    server, files = tls
    name = server.create_database()
    url = address(server, name, f"sslmode=verify-full&sslrootcert={files.ca}")
    dialog = FirstStartDialog()
    qtbot.addWidget(dialog)
    dialog.user_name.setText("王主任")
    dialog.office.setChecked(True)
    dialog.on_server.setChecked(True)
    dialog.server_url.setText(url)
    dialog.save()
    choice = dialog.result_choice
    assert choice is not None and choice.server_url == url, dialog.error.text()
    server_login.choose_store(choice.server_url)
    assert server_login.chosen_store() == url  # the next start opens the same address
    db = open_server_store(url, choice, quiet=False)
    assert db is not None
    try:
        info = device_info(db)
        assert info is not None and info.role == "office"
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").scalar() is True
    finally:
        db.close()
    with pytest.raises(ServerUrlError) as refused:  # the other CA's: the sentence, no password asked
        open_server_store(address(server, name, f"sslmode=verify-full&sslrootcert={files.other_ca}"), None, quiet=False)
    assert "无法打开 PostgreSQL 数据库" in refused.value.text() and "certificate verify failed" in refused.value.text()
