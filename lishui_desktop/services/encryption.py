"""Moving a database between plain and encrypted: `lishui db encrypt` and `db decrypt --out`.

Encrypting an existing plain database: a verified encrypted copy first (integrity check, and
every table's rows compared with the original), then the swap, then the plain file, its WAL
and every plain backup overwritten and removed (backups are converted the same way first, so
the history of backups is kept, encrypted). Run it with the database closed and its instance
lock held. Decrypting writes a plain copy for a support case, and is audited.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lishui_desktop.db import cipher
from lishui_desktop.db.database import Database
from lishui_desktop.domain.errors import UserError
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lishui_desktop.files import replace_file
from lishui_desktop.paths import backups_dir
from lishui_desktop.services import database_key
from lishui_desktop.services.database_key import Policy

log = logging.getLogger("lishui.encryption")

CONTEXT = "Encryption"
POLICY_SETTING = "database_encryption"  # the deployment's policy, kept on join
DEPLOY_POLICY_SETTING = "deployment_database_encryption"  # what this office hands out
Progress = Callable[[int, int, str], None]


class ConversionFailed(UserError):
    context = CONTEXT


@dataclass(frozen=True)
class Encrypted:
    """What `db encrypt` did."""

    recovery_code: str
    in_credential_store: bool
    backups_encrypted: int
    plain_files_removed: int


def stored_policy(db: Database) -> Policy:
    """The office's policy this database was given on join (the default when none)."""
    raw = db.get_setting(POLICY_SETTING)
    try:
        return Policy.from_json(json.loads(raw)) if raw else Policy()
    except ValueError:
        return Policy()


def policy_for_new_database(role: str, deployment: dict[str, Any] | None = None) -> Policy:
    """Field and lead laptops: encrypted; the office: plain unless it chooses otherwise."""
    given = Policy.from_json((deployment or {}).get(POLICY_SETTING))
    return Policy(
        encrypt=role in ("field", "lead"),
        start_passphrase=given.start_passphrase,
        office_key=given.office_key,
    )


def deployment_policy(db: Database) -> dict[str, bool]:
    """What this office's deployment files ask of new laptops (office copy on by default)."""
    policy = {"office_copy": True, "start_passphrase": False}
    raw = db.get_setting(DEPLOY_POLICY_SETTING)
    try:
        stored = json.loads(raw) if raw else {}
    except ValueError:
        stored = {}
    if isinstance(stored, dict):
        policy.update({k: v for k, v in stored.items() if k in policy and isinstance(v, bool)})
    return policy


def set_deployment_policy(
    db: Database, office_copy: bool | None = None, start_passphrase: bool | None = None
) -> dict[str, bool]:
    policy = deployment_policy(db)
    if office_copy is not None:
        policy["office_copy"] = office_copy
    if start_passphrase is not None:
        policy["start_passphrase"] = start_passphrase
    db.set_setting(DEPLOY_POLICY_SETTING, json.dumps(policy))
    return policy


def deployment_field(db: Database) -> dict[str, Any]:
    """The deployment file's `database_encryption` field: the policy, and the office's own
    X25519 key when laptops are to give the office a copy of their database key."""
    from lishui_desktop.sync import keys

    chosen = deployment_policy(db)
    office_key = keys.ensure_device_keys(db).box if chosen["office_copy"] else None
    return Policy(True, chosen["start_passphrase"], office_key).as_json()


# --- checking that a copy holds the same rows -----------------------------------------------
def fingerprint(con: Any) -> dict[str, tuple[int, str]]:
    """Per table: row count and a SHA-256 of every row, in rowid order (primary key order for
    a table without rowid)."""
    tables = con.execute(
        "SELECT name, wr FROM pragma_table_list WHERE schema = 'main' AND type = 'table' "
        "AND name NOT LIKE 'sqlite_%' ORDER BY name"
    ).fetchall()
    found: dict[str, tuple[int, str]] = {}
    for table, without_rowid in tables:
        digest, count = hashlib.sha256(), 0
        order = "rowid"
        if without_rowid:
            keys = sorted((r[5], r[1]) for r in con.execute(f'PRAGMA table_info("{table}")') if r[5])
            order = ", ".join(f'"{name}"' for _n, name in keys)
        cur = con.execute(f'SELECT * FROM "{table}" ORDER BY {order}')
        while rows := cur.fetchmany(5000):
            count += len(rows)
            digest.update(repr(rows).encode("utf-8", "surrogatepass"))
        found[table] = (count, digest.hexdigest())
    return found


def _verified_copy(source: Any, dest: Path, key: bytes | None) -> None:
    """Export the open connection `source` into `dest` (encrypted with `key`, or plain) and
    prove the copy: integrity_check ok and the same rows in every table."""
    dest.unlink(missing_ok=True)
    expected = fingerprint(source)
    cipher.export(source, dest, key)
    try:
        with closing(cipher.connect(dest, key=key) if key else _plain(dest)) as copy:
            check = copy.execute("PRAGMA integrity_check").fetchone()[0]
            if check != "ok" or fingerprint(copy) != expected:
                raise ConversionFailed(
                    QT_TRANSLATE_NOOP(
                        "Encryption",
                        "The converted copy did not match the database (%1); nothing was changed.",
                    ),
                    check,
                )
        _fsync(dest)
    except BaseException:
        if key is None:
            cipher.shred(dest)  # a plain copy never stays behind
        dest.unlink(missing_ok=True)
        raise


def _plain(path: Path) -> Any:
    """A SQLCipher connection without a key: a plain file, with sqlcipher_export available."""
    return cipher.driver().connect(str(path), timeout=10)


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


# --- encrypting ----------------------------------------------------------------------------
def plain_backups(db_path: Path) -> list[Path]:
    """Plain SQLite files in the backups folder (backups, half-written copies)."""
    folder = backups_dir(Path(db_path))
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_file() and _is_plain_sqlite(p))


def _is_plain_sqlite(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(len(cipher.SQLITE_HEADER)) == cipher.SQLITE_HEADER
    except OSError:
        return False


def encrypt_database(
    db_path: Path, policy: Policy, passphrase: str | None = None, progress: Progress | None = None
) -> Encrypted:
    """Encrypt the CLOSED plain database at `db_path` in place (see the module's docstring)."""
    db_path = Path(db_path)
    say = progress or (lambda _d, _t, _l: None)
    if cipher.is_encrypted(db_path) or cipher.key_file(db_path).exists():
        raise ConversionFailed(QT_TRANSLATE_NOOP("Encryption", "The database %1 is already encrypted."), db_path)
    if not _is_plain_sqlite(db_path):
        raise ConversionFailed(QT_TRANSLATE_NOOP("Encryption", "There is no database at %1."), db_path)
    new, key_data = database_key.make_key(policy, passphrase)
    staged = db_path.with_name(db_path.name + ".encrypting")
    backups = plain_backups(db_path)
    total = 1 + len(backups)
    say(0, total, db_path.name)
    with _plain_side(db_path) as (source, leftovers):
        check = source.execute("PRAGMA integrity_check").fetchone()[0]
        if check != "ok":
            raise ConversionFailed(
                QT_TRANSLATE_NOOP(
                    "Encryption",
                    "The database is damaged (%1), so it was not encrypted. Restore a good "
                    "backup first (lishui backup list).",
                ),
                check,
            )
        _verified_copy(source, staged, new.key)
        leftovers.append(_keep_for_shredding(db_path))
    # a crash between these two leaves a plain file beside a key file: it opens as plain
    database_key.install_key(db_path, new, key_data)
    try:
        replace_file(staged, db_path)
    except BaseException:  # held open by another program (Windows): nothing changed
        cipher.forget_key(db_path)
        cipher.key_file(db_path).unlink(missing_ok=True)
        staged.unlink(missing_ok=True)
        for link in leftovers:  # second names of the plain file, which stays as it was
            if link is not None:
                link.unlink(missing_ok=True)
        raise
    removed = _shred_all(leftovers)
    Path(str(db_path) + "-shm").unlink(missing_ok=True)
    converted = 0
    for n, path in enumerate(backups, start=1):
        say(n, total, path.name)
        removed += _encrypt_backup(path, new.key)
        converted += path.exists()
    with closing(Database.open(db_path)) as db:
        database_key.remember_recovery_code(db, new.recovery_code)
        db.set_setting(POLICY_SETTING, json.dumps(policy.as_json()))
    say(total, total, db_path.name)
    log.info("database encrypted; %d backups converted, %d plain files removed", converted, removed)
    return Encrypted(new.recovery_code, new.in_credential_store, converted, removed)


@contextmanager
def _plain_side(db_path: Path) -> Iterator[tuple[Any, list[Path | None]]]:
    """A connection to the plain file; its WAL is kept (hard link) past the close for shredding.

    On close SQLite checkpoints the WAL and deletes it; the link keeps the old plain pages
    reachable until `_shred_all` overwrites them.
    """
    leftovers: list[Path | None] = []
    source = _plain(db_path)
    try:
        yield source, leftovers
        source.execute("PRAGMA wal_checkpoint(FULL)")
        leftovers.append(_keep_for_shredding(Path(str(db_path) + "-wal")))
    finally:
        source.close()


def _keep_for_shredding(path: Path) -> Path | None:
    """A second name for `path` (a hard link), so its content can be overwritten after SQLite
    or a rename has let go of the first name; None when there is nothing or links fail."""
    if not path.exists():
        return None
    link = path.with_name(path.name + ".shred")
    link.unlink(missing_ok=True)
    try:
        os.link(path, link)
    except OSError:  # a file system without hard links: overwrite a copy-free fallback below
        return None
    return link


def _shred_all(paths: list[Path | None]) -> int:
    return sum(cipher.shred(p) for p in paths if p is not None)


def _encrypt_backup(path: Path, key: bytes) -> int:
    """Replace one plain backup by its verified encrypted copy; the plain one is shredded.

    A backup that cannot be read (a damaged copy kept for support) is shredded too: no plain
    copy of the data stays behind. Returns the number of plain files removed.
    """
    staged = path.with_name(path.name + ".encrypting")
    try:
        with closing(_plain(path)) as source:
            _verified_copy(source, staged, key)
    except cipher.with_errors(ConversionFailed) as exc:
        log.warning("backup %s could not be encrypted (%s); removed", path.name, type(exc).__name__)
        staged.unlink(missing_ok=True)
        return int(cipher.shred(path)) + _shred_sides(path)
    link = _keep_for_shredding(path)
    replace_file(staged, path)
    return _shred_all([link]) + _shred_sides(path)


def _shred_sides(path: Path) -> int:
    return sum(cipher.shred(Path(str(path) + s)) for s in ("-wal", "-journal", "-shm"))


# --- decrypting a copy ---------------------------------------------------------------------
def decrypt_copy(db: Database, out: Path) -> int:
    """Write a plain copy of the open encrypted database to `out` (a support case); audited.

    Returns the number of records (live rows of the synced tables) in the copy.
    """
    from lishui_desktop.services import audit, setup

    out = Path(out)
    if not db.encrypted:
        raise ConversionFailed(QT_TRANSLATE_NOOP("Encryption", "The database %1 is not encrypted."), db.path)
    if out.exists():
        raise ConversionFailed(
            QT_TRANSLATE_NOOP("Encryption", "%1 already exists; choose a new file name."), out
        )
    records = sum(setup.record_counts(db).values())
    out.parent.mkdir(parents=True, exist_ok=True)
    staged = out.with_name(out.name + ".part")
    with closing(cipher.connect(db.path)) as source:
        _verified_copy(source, staged, None)
    with closing(_plain(staged)) as copy:
        copy.execute("PRAGMA secure_delete = ON")
        copy.execute("DELETE FROM local_settings WHERE key = ?", (database_key.RECOVERY_SETTING,))
        copy.commit()
    replace_file(staged, out)
    audit.record(db, "decrypt", "database", None, row_count=records)
    log.info("a plain copy of the database was written (%d records)", records)
    return records
