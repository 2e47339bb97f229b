"""SQLCipher 4 at the connection level: which files are encrypted, the keys this process holds,
keyed connections, and copies between plain and encrypted files.

An encrypted database is opened with a raw 256-bit key (`PRAGMA key = "x'…'"`: no key
derivation at each connection, so opening costs what a plain file does). Its WAL, rollback
journal and backups are encrypted with the same key; temporary tables and sorts stay in
memory (`temp_store=MEMORY`), so nothing of the data reaches a temporary file in plain text.
Plain files keep the standard library's `sqlite3`; SQLCipher (`sqlcipher3`, SQLite with the
codec built in) is imported only for an encrypted file.

Where the key comes from (the OS credential store, a recovery code, the office) is decided
above this layer: whoever unlocks a database calls `remember_key`, and every connection to
that file, its backups and their temporary copies then finds the key by path.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path
from types import ModuleType
from typing import Any

from lishui_desktop.db import sqlite_path
from lishui_desktop.domain.errors import UserError
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lishui_desktop.paths import backups_dir

SQLITE_HEADER = b"SQLite format 3\x00"
PAGE_SIZE = 16384  # as plain files: bulk writes of ops touch fewer pages
# Page authentication: HMAC-SHA256 instead of SQLCipher 4's default SHA-512. Reading a page
# costs its AES decryption plus its HMAC; with the SHA extensions of current CPUs SHA-256 is
# about three times faster than SHA-512, which halves the cost of a cold scan (a 200k-record
# start-up counts whole tables). Another tool opens the file with the key and these two
# settings (`PRAGMA cipher_page_size = 16384; PRAGMA cipher_hmac_algorithm = HMAC_SHA256`).
HMAC_ALGORITHM = "HMAC_SHA256"
# Key files written before that choice name no HMAC: their databases (and backups) keep
# SQLCipher 4's default, and every file encrypted with that key is opened with it.
LEGACY_HMAC_ALGORITHM = "HMAC_SHA512"
HMAC_ALGORITHMS = ("HMAC_SHA1", "HMAC_SHA256", "HMAC_SHA512")
KEY_BYTES = 32
# An encrypted file is never memory-mapped (every page is decrypted on its way in), so the
# ledgers' reader (services/ledgers/query.py) keeps decrypted pages in SQLite's page cache
# instead: it must hold the working set of a 200k-record ledger, or every filter decrypts the
# same pages again. Other connections keep SQLite's default cache (memory budgets of imports
# and dumps).
READ_CACHE_KIB = 256 * 1024
CONTEXT = "Encryption"

_keys: dict[str, bytes] = {}  # database file -> its key, for this process
_folders: dict[str, bytes] = {}  # backups folder -> the key of the database it belongs to
_hmacs: dict[bytes, str] = {}  # key -> the page HMAC of its files, when not HMAC_ALGORITHM
_defaults_lock = threading.Lock()  # SQLCipher's process-wide defaults, changed for an ATTACH
_DEFAULTS = ("page_size", "hmac_algorithm")


class DatabaseLocked(UserError):
    """An encrypted database whose key this program does not hold."""

    context = CONTEXT


class WrongKey(UserError):
    context = CONTEXT


def driver() -> ModuleType:
    """The SQLCipher DB-API module (imported on first use: plain files never load it)."""
    import sqlcipher3.dbapi2

    return sqlcipher3.dbapi2


def with_errors(*others: type[BaseException]) -> tuple[type[BaseException], ...]:
    """`others` and the driver errors, for one `except` clause."""
    return (*others, *errors())


def errors() -> tuple[type[Exception], ...]:
    """Driver errors of both drivers, for `except` clauses that guard a raw connection."""
    try:
        return (sqlite3.Error, driver().Error)
    except ImportError:  # pragma: no cover - sqlcipher3 is a dependency
        return (sqlite3.Error,)


def _norm(path: Path | str) -> str:
    return os.path.normcase(os.path.abspath(os.fspath(path)))


def is_encrypted(path: Path) -> bool:
    """True for an existing, non-empty file that does not start with SQLite's plain header."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except OSError:
        return False
    return bool(head) and head != SQLITE_HEADER


def key_file(db_path: Path) -> Path:
    """The file beside an encrypted database that holds its key, wrapped (never in clear)."""
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + "-key.json")


def needs_key(path: Path) -> bool:
    """An encrypted database (its key file beside it) whose key this process does not hold.

    A file that is not SQLite and has no key file is damaged, not locked: it is left to the
    checks that report damage.
    """
    return key_for(path) is None and is_encrypted(path) and key_file(path).exists()


def remember_key(db_path: Path, key: bytes, hmac_algorithm: str = HMAC_ALGORITHM) -> None:
    """Hold `key` for the database at `db_path` and its backups, for this process.

    `hmac_algorithm` is the page HMAC its files were written with (the key file says which):
    every file encrypted with this key (the database, its backups, their temporary copies) is
    opened with it.
    """
    if len(key) != KEY_BYTES:
        raise ValueError("a database key has 32 bytes")
    if hmac_algorithm not in HMAC_ALGORITHMS:
        raise ValueError(f"unknown page HMAC {hmac_algorithm!r}")
    if hmac_algorithm != HMAC_ALGORITHM:
        _hmacs[key] = hmac_algorithm
    _keys[_norm(db_path)] = key
    _folders[_norm(backups_dir(Path(db_path)))] = key


def forget_key(db_path: Path) -> None:
    key = _keys.pop(_norm(db_path), None)
    if key is not None:
        _hmacs.pop(key, None)
    _folders.pop(_norm(backups_dir(Path(db_path))), None)


def key_for(path: Path) -> bytes | None:
    """The key of this database file, or of the database whose backups folder holds it."""
    found = _keys.get(_norm(path))
    if found is None:
        found = _folders.get(_norm(Path(path).parent))
    return found


def locked_error(path: Path) -> DatabaseLocked:
    return DatabaseLocked(
        QT_TRANSLATE_NOOP(
            "Encryption",
            "The database %1 is encrypted and this computer does not hold its key. Enter the "
            "recovery code printed on the paper key backup (lishui db unlock), or ask the office.",
        ),
        path,
    )


def hmac_algorithm(key: bytes) -> str:
    """The page HMAC of the files encrypted with `key`."""
    return _hmacs.get(key, HMAC_ALGORITHM)


def quiet(con: Any) -> None:
    """No SQLCipher log lines on stderr ("hmac check failed for pgno=1" on a wrong key or a
    damaged page): the program says it in one sentence of its own."""
    con.execute("PRAGMA cipher_log_level = NONE")


def key_pragma(key: bytes) -> str:
    return f"PRAGMA key = \"x'{key.hex()}'\""


def apply_key(con: Any, key: bytes) -> None:
    """Key a fresh SQLCipher connection and check the key against the file.

    Raises WrongKey when the file is encrypted with another key (SQLCipher's own words would
    be "file is not a database").
    """
    quiet(con)
    con.execute(key_pragma(key))
    con.execute(f"PRAGMA cipher_page_size = {PAGE_SIZE}")
    con.execute(f"PRAGMA cipher_hmac_algorithm = {hmac_algorithm(key)}")
    try:
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except driver().DatabaseError as exc:
        if "not a database" in str(exc) or "encrypted" in str(exc):
            raise WrongKey(
                QT_TRANSLATE_NOOP(
                    "Encryption",
                    "The key does not open this database: it belongs to another database or the "
                    "file is damaged. Use the recovery code of this database's paper key backup, "
                    "or ask the office.",
                )
            ) from None
        raise
    con.execute("PRAGMA temp_store = MEMORY")


def connect(
    path: Path, *, key: bytes | None = None, read_only: bool = False, timeout: float = 10.0
) -> Any:
    """A DB-API connection to `path`, keyed when the file is (or is to be) encrypted.

    `key` defaults to the one held for the file (`key_for`). An encrypted file without a key
    raises DatabaseLocked; a new file with a key is created encrypted. The name goes to SQLite
    as a URI built by `sqlite_path` (both drivers parse the same URIs).
    """
    path = Path(path)
    key = key if key is not None else key_for(path)
    if key is None:
        if needs_key(path):
            raise locked_error(path)
        return sqlite_path.connect(path, read_only=read_only, timeout=timeout)
    con = driver().connect(sqlite_path.connect_uri(path, read_only), uri=True, timeout=timeout)
    try:
        apply_key(con, key)
    except BaseException:
        con.close()
        raise
    return con


def attach(con: Any, path: Path, schema: str, *, read_only: bool = True) -> None:
    """ATTACH the database file at `path` as `schema` to the open connection `con`, keyed with
    the key held for it (a backup: the key of its database) when it is encrypted.

    SQLCipher reads an attached file at once, with its process-wide default settings (not the
    page size and HMAC set on `con`): they are set to this key's for the ATTACH and put back.
    """
    key = key_for(path) if is_encrypted(Path(path)) else None
    uri = sqlite_path.connect_uri(Path(path), read_only)
    if key is None:  # a plain file (on a SQLCipher connection: not with the main key)
        keyed = not isinstance(con, sqlite3.Connection)
        con.execute(f"ATTACH DATABASE ? AS {schema}" + (" KEY ''" if keyed else ""), (uri,))
        return
    with _defaults_lock:
        saved = [con.execute(f"PRAGMA cipher_default_{name}").fetchone()[0] for name in _DEFAULTS]
        try:
            con.execute(f"PRAGMA cipher_default_page_size = {PAGE_SIZE}")
            con.execute(f"PRAGMA cipher_default_hmac_algorithm = {hmac_algorithm(key)}")
            con.execute(f"ATTACH DATABASE ? AS {schema} KEY ?", (uri, f"x'{key.hex()}'"))
        finally:
            for name, value in zip(_DEFAULTS, saved, strict=True):
                con.execute(f"PRAGMA cipher_default_{name} = {value}")


def export(source: Any, dest: Path, key: bytes | None) -> None:
    """Write everything of the open connection `source` into the new file `dest`, encrypted
    with `key` (plain when None), with `sqlcipher_export` (schema, data, user version).

    `source` must be a SQLCipher connection (keyed or not); `dest` must not exist.
    """
    if dest.exists():
        raise FileExistsError(dest)
    literal = f"x'{key.hex()}'" if key is not None else ""
    source.execute(
        "ATTACH DATABASE ? AS lishui_export KEY ?", (sqlite_path.connect_uri(dest), literal)
    )
    try:
        if key is not None:
            source.execute(f"PRAGMA lishui_export.cipher_page_size = {PAGE_SIZE}")
            source.execute(f"PRAGMA lishui_export.cipher_hmac_algorithm = {hmac_algorithm(key)}")
        else:
            source.execute(f"PRAGMA lishui_export.page_size = {PAGE_SIZE}")
        source.execute("SELECT sqlcipher_export('lishui_export')").fetchall()
    finally:
        source.execute("DETACH DATABASE lishui_export")


def shred(path: Path) -> bool:
    """Overwrite a file with zeros, flush it to disk, then delete it; False if it was absent.

    Best effort: on SSDs and copy-on-write or journalling file systems the old blocks may
    survive elsewhere on the disk; what this prevents is the file (or an undelete tool) giving
    the data back.
    """
    try:
        size = os.path.getsize(path)
    except OSError:
        return False
    with open(path, "r+b") as handle:
        chunk = b"\0" * (1 << 20)
        left = size
        while left > 0:
            n = min(left, len(chunk))
            handle.write(chunk[:n])
            left -= n
        handle.flush()
        os.fsync(handle.fileno())
    os.unlink(path)
    return True
