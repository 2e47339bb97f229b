"""Creating and stamping a database: device identity, deployment key, reference data."""

from __future__ import annotations

import os
import platform
import secrets
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select, text

from lishui_desktop.db import portable
from lishui_desktop.db.base import Base, now_text
from lishui_desktop.db.database import Database, put_setting
from lishui_desktop.db.engine import qmark_execute
from lishui_desktop.db.models import Place, synced_tables
from lishui_desktop.db.server import integrity_problems
from lishui_desktop.domain.errors import UserError
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lishui_desktop.domain.ids import new_id
from lishui_desktop.services.reference import seed_reference_data, shipped_rows
from lishui_desktop.sync.capture import capture_paused
from lishui_desktop.sync.drift import Drift, find_drift

if TYPE_CHECKING:
    from lishui_desktop.services.issuing import IssuedIdentity

ROLES = ("field", "lead", "office")


@dataclass(frozen=True)
class DeviceInfo:
    """Who this installation is."""

    device_id: str
    name: str
    role: str
    user_name: str | None


class SetupError(UserError):
    context = "Setup"


def default_device_name() -> str:
    return (platform.node() or "laptop")[:40]


def is_initialised(db: Database) -> bool:
    return db.get_setting("device_id") is not None


def init_database(
    db: Database,
    device_name: str | None = None,
    role: str = "field",
    user_name: str | None = None,
    deployment_key: bytes | None = None,
    issued: IssuedIdentity | None = None,
    office_key: bytes | None = None,
) -> DeviceInfo:
    """Stamp the database with its device identity and role and load the reference data.

    With `issued` (from the office's deployment file), the device is the one the office
    issued: its id, name, role and keys. Without, the database makes its own keys and, with no
    `office_key` either, is a deployment of its own: its key is the office key that issues
    identities (the office's set-up; also a laptop used alone). A laptop given only the office
    key (a deployment file without an identity) waits until the office issues it from its reply
    file. Every database starts its first life here (sync/author.py).

    Re-running on an initialised database changes nothing and returns the existing identity.
    """
    if role not in ROLES:
        raise SetupError(QT_TRANSLATE_NOOP("Setup", "The role must be field, lead or office."))
    check_role_for_store(role, db.on_server)
    existing = device_info(db)
    if existing is not None:
        return existing
    if issued is not None:
        device_id, name, role = (str(issued.certificate[k]) for k in ("id", "name", "role"))
    else:
        device_id, name = new_id(), (device_name or default_device_name()).strip()
    if not name:
        raise SetupError(QT_TRANSLATE_NOOP("Setup", "The device name may not be empty."))
    from lishui_desktop.sync import author, certs, crypto, identities, keys

    with db.transaction() as session:
        put_setting(session, "device_id", device_id)
        put_setting(session, "device_name", name)
        put_setting(session, "role", role)
        if user_name:
            put_setting(session, "user_name", user_name)
        put_setting(session, "deployment_key", blob=deployment_key or secrets.token_bytes(32))
        with capture_paused(session):  # identical on every laptop: not anybody's edit
            seed_reference_data(session)
        from lishui_desktop.services.reference_update import remember_release

        remember_release(session)
        docs: list[dict[str, object]] = []
        if issued is not None:
            keys.install_keys(session, issued.sign_private, issued.box_private)
            office_key = issued.office_key
            docs = [issued.certificate, *issued.documents]
        else:
            sign_key, box_key = keys.new_device_keys(session)  # Ed25519 + X25519, made at init
            sign_private = keys.blob_of(session, keys.SIGN_KEY)
            if office_key is None:  # its own deployment: its key issues identities
                office_key = crypto.unb64(sign_key)
                docs = [
                    certs.issue_device(
                        sign_private, device_id=device_id, name=name, role=role,
                        sign_public=crypto.unb64(sign_key), box_public=crypto.unb64(box_key),
                        serial=1, issued_at=now_text(), issuer=device_id, issuer_name=name,
                    )
                ]
        put_setting(session, identities.OFFICE_KEY, crypto.b64(office_key))
        session.flush()  # raw SQL below reads what the ORM added
        execute = qmark_execute(session.connection())
        identities.store_documents(execute, docs)
        if user_name:
            execute("UPDATE devices SET user_name = ? WHERE id = ?", (user_name, device_id))
        author.start_life(execute, "init")
        author.note_file(execute, db.path)
    return DeviceInfo(device_id, name, role, user_name)


def check_role_for_store(role: str, on_server: bool) -> None:
    """Field laptops stay on SQLite: a field role on a PostgreSQL store is refused."""
    if on_server and role == "field":
        raise SetupError(
            QT_TRANSLATE_NOOP(
                "Setup",
                "A field laptop keeps its own database file; only an office or a lead store can "
                "live on a PostgreSQL server (use --role office or --role lead).",
            )
        )


def device_info(db: Database) -> DeviceInfo | None:
    settings = db.settings()
    if "device_id" not in settings or settings["device_id"] is None:
        return None
    return DeviceInfo(
        device_id=settings["device_id"],
        name=settings.get("device_name") or "",
        role=settings.get("role") or "field",
        user_name=settings.get("user_name"),
    )


def deployment_key(db: Database) -> bytes:
    key = db.get_blob("deployment_key")
    if not key:
        raise SetupError(
            QT_TRANSLATE_NOOP("Setup", "This database has not been set up yet; run `lishui init` first.")
        )
    return key


def open_database(path: Path | str) -> Database:
    """Open (create, upgrade) a database; after an upgrade, the ops kept for columns the older
    version did not know are applied now that the schema has them, and a new release's
    reference data is applied (services/reference_update.py); a database that finds itself a
    copy (restored, copied) first starts a new life of its device (sync/author.py)."""
    db = Database.open(path)
    from lishui_desktop.sync.author import check_life

    check_life(db)  # a restored or copied file starts a new life before it writes anything
    if db.schema_action == "upgraded":
        from lishui_desktop.sync.merge import replay_unknown

        replay_unknown(db)
    from lishui_desktop.services.reference_update import apply_release

    apply_release(db)  # a new release's reference data, once (cheap when it did not change)
    return db


def open_initialised(path: Path | str) -> Database:
    """Open a database for the GUI: create, upgrade and stamp it on first start."""
    db = open_database(path)
    if not is_initialised(db):
        init_database(db, user_name=os.environ.get("USER") or os.environ.get("USERNAME"))
    return db


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    quick_check: str
    foreign_key_problems: int
    outside_writes: int = 0  # fields (or rows) written behind the program's back
    examples: tuple[Drift, ...] = ()  # the first of them
    awaiting: int = 0  # records pointing at a record not arrived yet from another device
    awaiting_pairs: tuple[tuple[str, str, int], ...] = ()  # (table, table it points at, how many)
    changed_identities: tuple[str, ...] = ()  # devices whose row differs from what the office signed


def check_database(db: Database, examples: int = 20) -> CheckResult:
    """quick_check and foreign_key_check on the open database (on a PostgreSQL store: the
    server's own checks, db.server.integrity_problems, and the references no record answers),
    then the values no captured op explains (written by another tool: they would never sync)."""
    references: list[tuple[str, str, Any]] = []
    fk: list[Any] = []
    try:
        with db.engine.connect() as conn:
            if db.on_server:
                references = _dangling_references(conn)
                problems = integrity_problems(conn)
                quick = problems or ["ok"]
            else:
                quick = [str(r[0]) for r in conn.execute(text("PRAGMA quick_check"))]
                fk = list(conn.execute(text("PRAGMA foreign_key_check")).fetchall())
    except sqlite3.DatabaseError as exc:  # pragma: no cover - raw driver error
        return CheckResult(False, str(exc), 0)
    except Exception as exc:  # SQLAlchemy wraps driver errors
        return CheckResult(False, str(getattr(exc, "orig", exc)), 0)
    first = quick[0] if quick else "no result"
    found: list[Drift] = []
    count = 0
    pairs: dict[tuple[str, str], int] = {}
    if first == "ok":
        with db.engine.connect() as conn:
            damage, resolved = _references_of(conn, list(fk))
            more, pairs = _in_transit(conn, resolved + references)
            fk = damage + more
            for drift in find_drift(conn, shipped_reference()):
                count += 1
                if len(found) < examples:
                    found.append(drift)
    awaiting = sum(pairs.values())
    changed: list[str] = []
    if first == "ok":
        from lishui_desktop.sync.identities import changed_identities

        with db.engine.connect() as conn:
            changed = changed_identities(qmark_execute(conn))
    return CheckResult(
        first == "ok" and not fk and not count and not changed, first, len(fk), count, tuple(found), awaiting,
        tuple((child, parent, n) for (child, parent), n in sorted(pairs.items())), tuple(changed),
    )


def _dangling_references(conn: Any) -> list[tuple[str, str, Any]]:
    """(table, table pointed at, value) of every reference between synced tables that no
    record answers: foreign_key_check for a store whose synced tables hold no constraints
    (migration 0009, PostgreSQL)."""
    out: list[tuple[str, str, Any]] = []
    for name in synced_tables():
        for column in Base.metadata.tables[name].c:
            for key in column.foreign_keys:
                parent, target = key.column.table.name, key.column.name
                rows = conn.execute(text(
                    f'SELECT c."{column.name}" FROM "{name}" c WHERE c."{column.name}" IS NOT NULL '
                    f'AND NOT EXISTS (SELECT 1 FROM "{parent}" p WHERE p."{target}" = c."{column.name}")'
                ))
                out += [(name, parent, row[0]) for row in rows]
    return out


def _references_of(conn: Any, problems: list[Any]) -> tuple[list[Any], list[tuple[str, str, Any]]]:
    """SQLite's foreign_key_check rows as (table, table pointed at, value); those that are not
    between synced tables, or whose value cannot be read, are damage (returned first)."""
    synced = set(synced_tables())
    damage: list[Any] = []
    out: list[tuple[str, str, Any]] = []
    columns: dict[tuple[str, int], str] = {}
    for table, rowid, parent, fkid in problems:
        if table not in synced or parent not in synced or rowid is None:
            damage.append((table, rowid, parent, fkid))
            continue
        if (table, fkid) not in columns:
            for row in conn.exec_driver_sql(f'PRAGMA foreign_key_list("{table}")'):
                columns[(table, row[0])] = row[3]
        column = columns.get((table, fkid))
        value = conn.exec_driver_sql(f'SELECT "{column}" FROM "{table}" WHERE rowid = ?', (rowid,)).scalar() if column else None
        if value is None:
            damage.append((table, rowid, parent, fkid))
        else:
            out.append((table, parent, value))
    return damage, out


def _in_transit(conn: Any, references: list[tuple[str, str, Any]]) -> tuple[list[Any], dict[tuple[str, str], int]]:
    """References no record answers, split: a synced record pointing at a synced record of
    which this database holds no op at all is waiting for it (another device's bundle carries
    it: a row can arrive before the row it points to); any other is damage. Returns (damage,
    waiting per (table, table pointed at))."""
    from lishui_desktop.sync import log

    raw = portable.raw(conn)
    damage: list[Any] = []
    waiting: dict[tuple[str, str], int] = {}
    for table, parent, value in references:
        if next(log.ops_of_rows(raw, parent, [str(value)]), None) is None:
            waiting[(table, parent)] = waiting.get((table, parent), 0) + 1
        else:
            damage.append((table, parent, value))
    return damage, waiting


def shipped_reference() -> dict[tuple[str, str], dict[str, Any]]:
    """The reference rows every installation seeds without ops, by (table, id)."""
    return {(str(model.__tablename__), values["id"]): values for model, values in shipped_rows()}


def record_counts(db: Database) -> dict[str, int]:
    """Live (not deleted) rows per synced table."""
    counts: dict[str, int] = {}
    with db.sessions() as session:
        for name in synced_tables():
            table = Base.metadata.tables[name]
            counts[name] = session.scalar(
                select(func.count()).select_from(table).where(table.c.deleted.is_(False))
            ) or 0
    return counts


def place_count(db: Database) -> int:
    with db.sessions() as session:
        return session.scalar(select(func.count()).select_from(Place)) or 0
