"""The tests' PostgreSQL server really runs and takes connections."""

from __future__ import annotations

import psycopg


def test_server_takes_connections_and_databases_are_separate(pg_server, pg_url) -> None:
    other = pg_server.url(pg_server.create_database())
    assert other != pg_url
    with psycopg.connect(pg_url) as conn:
        conn.execute("CREATE TABLE t (x int)")
        conn.execute("INSERT INTO t VALUES (41)")
        assert conn.execute("SELECT x + 1 FROM t").fetchone() == (42,)
        assert conn.execute("SHOW server_version_num").fetchone()[0] >= "130000"
    with psycopg.connect(other) as conn:
        assert conn.execute("SELECT to_regclass('t')").fetchone() == (None,)
