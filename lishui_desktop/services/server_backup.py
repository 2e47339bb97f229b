"""Backups of a store on a PostgreSQL server: logical dumps the program verifies.

`pg_dump` (custom format) writes the store into this installation's backups folder (beside the
server's local place, db/server.py local_path), from one snapshot whose row counts the program
took itself in the same snapshot (pg_export_snapshot). The dump is verified before it is listed:
`pg_restore` reads it back whole and every table's rows are counted against those counts; the
result (counts, SHA-256 of the file, schema revision) is kept beside it as `<id>.json`, and only
a dump with that record is a backup. Restoring checks the file's SHA-256 again, keeps the current
content as a `pre-restore` backup, replaces the store's content in one transaction
(`pg_restore --single-transaction --clean`) and starts a new life of the device, as a restored
SQLite file does (sync/author.py start_life).

pg_dump and pg_restore come from PATH or /usr/lib/postgresql/*/bin (Windows: Program Files).
The connection goes to them through libpq's environment (PGHOST, PGUSER, PGSSLMODE, a password
typed in the window as PGPASSWORD), never on their command line.
"""

from __future__ import annotations

import datetime as dt
import glob
import hashlib
import json
import logging
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import URL, text

from lishui_desktop.db import transfer
from lishui_desktop.db.backup_file import BackupFailed
from lishui_desktop.db.database import Database
from lishui_desktop.db.server import server_url
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lishui_desktop.paths import backups_dir
from lishui_desktop.services.backup import KEEP, KINDS, BackupInfo

log = logging.getLogger("lishui.backup")

SUFFIX = ".pgdump"
_NAME = re.compile(r"^(?P<kind>[a-z-]+?)-(?P<stamp>\d{8}-\d{6})(?:-(?P<extra>\d+))?$")
_COPY = re.compile(r'^COPY (?:"?public"?\.)?"?([\w]+)"? \(.*\) FROM stdin;$')
# The URL's query options as libpq's environment variables: all that have one (PostgreSQL 17's
# list), so pg_dump connects as the program does — the same port and TLS (sslmode, the CA, CRLs,
# protocol versions, channel binding ...). A password is refused in the URL (db/server.py).
_ENV = {
    "host": "PGHOST",
    "hostaddr": "PGHOSTADDR",
    "port": "PGPORT",
    "dbname": "PGDATABASE",
    "user": "PGUSER",
    "passfile": "PGPASSFILE",
    "require_auth": "PGREQUIREAUTH",
    "channel_binding": "PGCHANNELBINDING",
    "service": "PGSERVICE",
    "options": "PGOPTIONS",
    "application_name": "PGAPPNAME",
    "sslmode": "PGSSLMODE",
    "requiressl": "PGREQUIRESSL",
    "sslnegotiation": "PGSSLNEGOTIATION",
    "sslcompression": "PGSSLCOMPRESSION",
    "sslcert": "PGSSLCERT",
    "sslkey": "PGSSLKEY",
    "sslcertmode": "PGSSLCERTMODE",
    "sslrootcert": "PGSSLROOTCERT",
    "sslcrl": "PGSSLCRL",
    "sslcrldir": "PGSSLCRLDIR",
    "sslsni": "PGSSLSNI",
    "requirepeer": "PGREQUIREPEER",
    "ssl_min_protocol_version": "PGSSLMINPROTOCOLVERSION",
    "ssl_max_protocol_version": "PGSSLMAXPROTOCOLVERSION",
    "gssencmode": "PGGSSENCMODE",
    "krbsrvname": "PGKRBSRVNAME",
    "gsslib": "PGGSSLIB",
    "gssdelegation": "PGGSSDELEGATION",
    "connect_timeout": "PGCONNECT_TIMEOUT",
    "client_encoding": "PGCLIENTENCODING",
    "target_session_attrs": "PGTARGETSESSIONATTRS",
    "load_balance_hosts": "PGLOADBALANCEHOSTS",
}


def tool(name: str) -> str:
    """pg_dump or pg_restore: on PATH, else the newest installed server's own."""
    found = shutil.which(name)
    if found:
        return found
    exe = name + (".exe" if os.name == "nt" else "")
    patterns = [f"/usr/lib/postgresql/*/bin/{exe}", rf"C:\Program Files\PostgreSQL\*\bin\{exe}"]
    for pattern in patterns:
        versions = sorted(glob.glob(pattern), key=_major)
        if versions:
            return versions[-1]
    raise BackupFailed(
        QT_TRANSLATE_NOOP(
            "Backup",
            "%1 (PostgreSQL's client tools) was not found, so a store on a PostgreSQL server cannot "
            "be backed up here. Install them (Debian/Ubuntu: apt install postgresql-client; Windows: "
            "the PostgreSQL installer's command line tools) or put their folder on PATH.",
        ),
        name,
    )


def _major(path: str) -> int:
    digits = re.findall(r"[/\\](\d+)[/\\]bin", path)
    return int(digits[-1]) if digits else 0


def libpq_env(url: URL) -> dict[str, str]:
    """The environment of a pg_dump/pg_restore child that reaches the store: the URL's parts as
    libpq's variables (a password the window was given stays in PGPASSWORD, in memory)."""
    env = dict(os.environ)
    if url.host:
        env["PGHOST"] = url.host
    if url.port:
        env["PGPORT"] = str(url.port)
    if url.username:
        env["PGUSER"] = url.username
    env["PGDATABASE"] = url.database or ""
    for key, value in url.query.items():
        name = _ENV.get(key)
        if name is not None:
            env[name] = value if isinstance(value, str) else value[-1]
    return env


def _run(command: list[str], env: dict[str, str], what: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(command, env=env, capture_output=True, text=True, encoding="utf-8", errors="replace")
    if result.returncode != 0:
        raise _tool_failed(what, result.stderr)
    return result


def _tool_failed(what: str, stderr: str) -> BackupFailed:
    lines = [line for line in stderr.strip().splitlines() if line.strip()]
    return BackupFailed(QT_TRANSLATE_NOOP("Backup", "%1 failed: %2"), what, lines[0] if lines else "?")


# --- the backups folder ----------------------------------------------------------------------
def folder(db: Database) -> Path:
    return backups_dir(db.path)


def _record(path: Path) -> Path:
    return path.with_suffix(".json")


def _info(path: Path) -> BackupInfo | None:
    match = _NAME.match(path.stem)
    if path.suffix != SUFFIX or match is None or match["kind"] not in KINDS:
        return None
    try:
        record = json.loads(_record(path).read_text(encoding="utf-8"))
        created = dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
        size = path.stat().st_size
    except (OSError, ValueError):
        return None  # no record of a verification: not a backup
    if not isinstance(record, dict) or record.get("verified") is not True:
        return None
    return BackupInfo(path.stem, match["kind"], created, path, size)


def list_backups(db: Database, kind: str | None = None) -> list[BackupInfo]:
    """The verified dumps of the store, newest first."""
    where = folder(db)
    if not where.is_dir():
        return []
    found = [info for p in where.glob("*" + SUFFIX) if (info := _info(p)) is not None]
    if kind is not None:
        found = [b for b in found if b.kind == kind]
    return sorted(found, key=lambda b: (b.created, b.id), reverse=True)


def _new_path(db: Database, kind: str) -> Path:
    where = folder(db)
    where.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    n = 1
    while True:
        path = where / (f"{kind}-{stamp}{SUFFIX}" if n == 1 else f"{kind}-{stamp}-{n}{SUFFIX}")
        n += 1
        if path.exists():
            continue
        try:  # its .partial made here, at once: two people's imports in the same second take two names
            path.with_name(path.name + ".partial").touch(exist_ok=False)
        except FileExistsError:
            continue
        return path


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


# --- create and verify ----------------------------------------------------------------------
def create_backup(db: Database, kind: str = "manual") -> BackupInfo:
    """pg_dump of the store, verified; the oldest of its kind beyond the quota removed."""
    if kind not in KEEP:
        raise ValueError(kind)
    assert db.url is not None
    url = server_url(db.url)
    env = libpq_env(url)
    pg_dump = tool("pg_dump")
    tool("pg_restore")  # a dump that cannot be verified here is not made
    dest = _new_path(db, kind)
    partial = dest.with_name(dest.name + ".partial")
    try:
        conn = transfer.snapshot(db.engine)  # one read transaction: the counts and the dump agree
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    try:
        snapshot = conn.execute(text("SELECT pg_export_snapshot()")).scalar_one()
        counts = {
            name: int(conn.execute(text(f'SELECT count(*) FROM "{name}"')).scalar_one())
            for name in _tables(conn)
        }
        revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        _run(
            [pg_dump, "--format=custom", "--no-owner", "--no-privileges", f"--snapshot={snapshot}",
             "--file", str(partial)],
            env, "pg_dump",
        )
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        conn.close()
    try:
        verify(partial, counts, env)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    record = {
        "verified": True,
        "rows": counts,
        "sha256": _sha256(partial),
        "revision": revision,
        "created": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
    }
    _record(dest).write_text(json.dumps(record, indent=1, sort_keys=True), encoding="utf-8")
    os.replace(partial, dest)
    info = _info(dest)
    assert info is not None
    log.info("backup %s of the server store created (%d bytes, verified)", info.id, info.size)
    rotate(db)
    return info


def _tables(conn: Any) -> list[str]:
    rows = conn.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"))
    return [r[0] for r in rows]


def restored_rows(path: Path, env: dict[str, str]) -> Iterator[tuple[str, int]]:
    """(table, rows) of every table's data in the dump, read back whole by pg_restore."""
    process = subprocess.Popen(
        [tool("pg_restore"), "--file=-", str(path)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8", errors="replace",
    )
    assert process.stdout is not None and process.stderr is not None
    table: str | None = None
    rows = 0
    try:
        for line in process.stdout:
            if table is None:
                match = _COPY.match(line.rstrip("\n"))
                if match:
                    table, rows = match.group(1), 0
            elif line == "\\.\n":
                yield table, rows
                table = None
            else:
                rows += 1
    finally:
        process.stdout.close()
        stderr = process.stderr.read()
        process.wait()
    if process.returncode != 0 or table is not None:
        raise _tool_failed("pg_restore", stderr or "incomplete")


def verify(path: Path, counts: dict[str, int], env: dict[str, str]) -> None:
    """The dump read back whole holds every table with the rows counted in its snapshot."""
    found = dict(restored_rows(path, env))
    for name, expected in counts.items():
        if found.get(name, 0) != expected:
            raise BackupFailed(
                QT_TRANSLATE_NOOP(
                    "Backup", "The dump %1 does not hold what the store held (table %2: %3 rows instead of %4)."
                ),
                path.name, name, found.get(name, 0), expected,
            )


def rotate(db: Database) -> list[str]:
    removed: list[str] = []
    for kind, keep in KEEP.items():
        for old in list_backups(db, kind)[keep:]:
            try:
                old.path.unlink()
                _record(old.path).unlink(missing_ok=True)
                removed.append(old.id)
            except OSError as exc:
                log.warning("could not remove old backup %s: %s", old.id, exc)
    return removed


def find_backup(db: Database, backup_id: str) -> BackupInfo:
    for info in list_backups(db):
        if backup_id in (info.id, info.path.name):
            return info
    raise BackupFailed(
        QT_TRANSLATE_NOOP("Backup", "There is no backup %1 (see `lishui backup list`)."), backup_id
    )


# --- restore --------------------------------------------------------------------------------
def restore(db: Database, backup_id: str) -> BackupInfo:
    """Replace the store's content by a verified dump in one transaction; the content it had is
    kept first as a `pre-restore` backup (returned). A new life of the device begins."""
    from lishui_desktop.sync.author import restart_life

    source = find_backup(db, backup_id)
    record = json.loads(_record(source.path).read_text(encoding="utf-8"))
    if _sha256(source.path) != record.get("sha256"):
        raise BackupFailed(
            QT_TRANSLATE_NOOP("Backup", "Backup %1 is damaged (%2); it was not restored."),
            source.id, "SHA-256",
        )
    assert db.url is not None
    env = libpq_env(server_url(db.url))
    kept = create_backup(db, "pre-restore")
    db.engine.dispose()  # our own connections let go of the tables being replaced
    _run(
        [tool("pg_restore"), "--single-transaction", "--clean", "--if-exists", "--no-owner",
         "--no-privileges", "--exit-on-error", f"--dbname={env['PGDATABASE']}", str(source.path)],
        env, "pg_restore",
    )
    restart_life(db, "restore")  # the dump's author may have written since
    log.info("server store restored from backup %s", source.id)
    from lishui_desktop.db.migrate import ensure_schema

    db.schema_action = ensure_schema(db.engine, db.path)  # an older dump: brought up to date
    return kept
