"""An office or lead store on a PostgreSQL server, named by a URL instead of a file.

`--db postgresql://user@host/dbname` (or LISHUI_DB) opens it. Credentials never travel in the
URL (it lands in shell history and logs): libpq finds them where it always does — ~/.pgpass
(%APPDATA%\\postgresql\\pgpass.conf on Windows), a service file (`?service=office`), or its
PG* environment variables. TLS as the URL asks (`?sslmode=verify-full`).
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from sqlalchemy import URL, Engine, Integer, create_engine, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.ext.compiler import compiles

from lishui_desktop.db.server_url import is_server_url as is_server_url  # known here too
from lishui_desktop.domain.errors import UserError
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP

DRIVER = "postgresql+psycopg"


@compiles(Integer, "postgresql")
def _integer_is_64_bit(type_: Integer, compiler: Any, **kw: Any) -> str:
    """SQLite's INTEGER holds 64 bits (clocks, sequence numbers); PostgreSQL's only 32."""
    return "BIGINT"


class ServerUrlError(UserError):
    context = "Database"


class NeedsPassword(ServerUrlError):
    """The server asks for a password that libpq found nowhere (or a wrong one): the window
    asks the person (ui/server_password.py); the command line says so."""


# libpq's words when it had no password to give, or the server refused the one it gave
_PASSWORD_WORDS = ("no password supplied", "password authentication failed")
# the URL's query options that libpq takes as secrets (`?password=` works as well as `user:pw@`)
_SECRET_OPTIONS = ("password", "sslpassword")


def server_url(text: str) -> URL:
    """The SQLAlchemy URL for a `--db` PostgreSQL URL; a password in it is refused."""
    try:
        url = make_url(text.strip())
    except ArgumentError:
        raise ServerUrlError(
            QT_TRANSLATE_NOOP("Database", "The database address %1 is not a valid PostgreSQL URL."),
            shown(text),
        ) from None
    if url.password is not None or any(name in url.query for name in _SECRET_OPTIONS):
        raise ServerUrlError(
            QT_TRANSLATE_NOOP(
                "Database",
                "The database address may not contain a password (it would stay in the shell "
                "history and the log). Put it in ~/.pgpass or a PostgreSQL service file.",
            )
        )
    if not url.database:
        raise ServerUrlError(
            QT_TRANSLATE_NOOP("Database", "The database address %1 names no database."), shown(text)
        )
    return url.set(drivername=DRIVER)


def shown(text: str | URL) -> str:
    """The URL as it may be printed or logged: any password masked."""
    try:
        url = text if isinstance(text, URL) else make_url(str(text).strip())
    except ArgumentError:
        return "postgresql://…"
    query = {name: ("***" if name in _SECRET_OPTIONS else value) for name, value in url.query.items()}
    return unquote(url.set(drivername="postgresql", query=query).render_as_string(hide_password=True))


def unreachable(url: URL, exc: Exception) -> ServerUrlError:
    """One clear message for a server that cannot be reached or refuses us (libpq's own
    first line says which; it never contains the password)."""
    detail = str(getattr(exc, "orig", exc)).strip().splitlines()
    needs_password = any(words in line for line in detail for words in _PASSWORD_WORDS)
    return (NeedsPassword if needs_password else ServerUrlError)(
        QT_TRANSLATE_NOOP("Database", "Cannot open the PostgreSQL store %1: %2"),
        shown(url),
        detail[0] if detail else "",
    )


def make_server_engine(url: URL) -> Engine:
    return create_engine(url, pool_pre_ping=True, hide_parameters=True)


def local_path(url: URL) -> Path:
    """This installation's own place for what belongs beside a store but not inside it (the
    backups folder, keys' and clocks' caches): named after the server and database, in the
    data folder."""
    from lishui_desktop.paths import data_dir

    where = f"{url.host or ''}:{url.port or ''}:{url.query.get('host', '')}:{url.database}"
    digest = hashlib.sha256(where.encode("utf-8")).hexdigest()[:12]
    name = re.sub(r"[^A-Za-z0-9_-]", "_", url.database or "db")[:40]
    return data_dir() / "servers" / f"{name}-{digest}.pg"


def integrity_problems(conn: Any) -> list[str]:
    """PostgreSQL's own checks of a store (what quick_check is to a file); [] when sound.

    With the `amcheck` extension installed (and its functions granted to the office's role)
    every B-tree index of the store is checked against its rules; otherwise, and besides, each
    table is read whole and counted both through the table and through its primary key's
    index, which must agree. Any error the server raises reading them is a problem too."""
    problems: list[str] = []
    tables = [r[0] for r in conn.exec_driver_sql(
        "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = current_schema() AND c.relkind = 'r' ORDER BY 1"
    )]
    if conn.exec_driver_sql("SELECT 1 FROM pg_extension WHERE extname = 'amcheck'").first():
        indexes = [r[0] for r in conn.exec_driver_sql(
            "SELECT c.oid::regclass::text FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
            "JOIN pg_am a ON a.oid = c.relam JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE a.amname = 'btree' AND n.nspname = current_schema() ORDER BY 1"
        )]
        for index in indexes:
            try:
                with conn.begin_nested():
                    conn.exec_driver_sql("SELECT bt_index_check(%(i)s::regclass, true)", {"i": index})
            except Exception as exc:  # noqa: BLE001 - not granted to this role, or damage
                text = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
                if "permission denied" in text:
                    break  # not ours to run: the counts below still check
                problems.append(f"{index}: {text}")
    for table in tables:
        try:
            with conn.begin_nested():
                conn.exec_driver_sql("SET LOCAL enable_indexscan = off")
                conn.exec_driver_sql("SET LOCAL enable_bitmapscan = off")
                conn.exec_driver_sql("SET LOCAL enable_indexonlyscan = off")
                heap = conn.exec_driver_sql(f'SELECT count(*) FROM "{table}"').scalar()
                conn.exec_driver_sql("SET LOCAL enable_seqscan = off")
                conn.exec_driver_sql("SET LOCAL enable_indexscan = on")
                conn.exec_driver_sql("SET LOCAL enable_indexonlyscan = on")
                indexed = conn.exec_driver_sql(f'SELECT count(*) FROM "{table}"').scalar()
        except Exception as exc:  # noqa: BLE001 - an unreadable page, a damaged index ...
            problems.append(f"{table}: {str(getattr(exc, 'orig', exc)).strip().splitlines()[0]}")
            continue
        if heap != indexed:
            problems.append(f"{table}: {heap} rows, {indexed} in its index")
    return problems
