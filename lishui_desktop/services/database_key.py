"""The database key: 32 random bytes, kept only wrapped, unlocked at start without typing.

Where the key is kept (never in clear on disk):
- the operating system's credential store (Windows Credential Manager, macOS Keychain, the
  Secret Service of a Linux desktop), through `keyring`: the daily start needs no typing;
- the key file beside the database (`<name>-key.json`), which holds only wrapped copies:
  under a recovery code (printed on the paper key backup), under the office's X25519 key when
  the deployment asks for it, and under a start passphrase when the deployment requires one or
  the computer has no credential store.

A computer without a credential store (a minimal Linux without Secret Service) keeps nothing
but the key file: the key is then asked for at each start, as the start passphrase (or the
recovery code), and held in memory only. Plain-text or obfuscated key files are refused, also
when `keyring` would offer one (only the stores named in `_STORES`, or a backend named
explicitly by the user in PYTHON_KEYRING_BACKEND, are used).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
import os
import secrets
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from lishui_desktop.db import cipher
from lishui_desktop.domain.errors import UserError
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lishui_desktop.files import write_atomic
from lishui_desktop.sync import crypto

if TYPE_CHECKING:
    from lishui_desktop.db.database import Database

CONTEXT = "Encryption"
KIND = "lishui-database-key"
FORMAT = 1
SERVICE = "lishui-desktop"
RECOVERY_ENV = "LISHUI_RECOVERY_CODE"
PASSPHRASE_ENV = "LISHUI_DB_PASSPHRASE"
RECOVERY_SETTING = "database_recovery_code"
MIN_PASSPHRASE = 8
_RECOVERY_BYTES = 18  # 144 bits; with a 2-byte check: 32 base32 letters, 8 groups of 4
# the credential stores of the three platforms (module, class) that keyring offers
_STORES = {
    "linux": ("keyring.backends.SecretService", "Keyring"),
    "win32": ("keyring.backends.Windows", "WinVaultKeyring"),
    "darwin": ("keyring.backends.macOS", "Keyring"),
}


class NeedKey(UserError):
    """The key must be typed: the start passphrase or the recovery code."""

    context = CONTEXT

    def __init__(self, message: str, *args_: object, passphrase: bool = False) -> None:
        super().__init__(message, *args_)
        self.passphrase = passphrase  # a start passphrase would open it too


class WrongSecret(UserError):
    context = CONTEXT


class KeyFileProblem(UserError):
    """The key file beside an encrypted database is missing or damaged."""

    context = CONTEXT


@dataclass(frozen=True)
class Policy:
    """How a new (or newly encrypted) database keeps its key; set by the office."""

    encrypt: bool = True
    start_passphrase: bool = False  # the passphrase instead of the credential store
    office_key: bytes | None = None  # the office's X25519 key: it can open a returned file

    def as_json(self) -> dict[str, Any]:
        return {
            "encrypt": self.encrypt,
            "start_passphrase": self.start_passphrase,
            "office_key": crypto.b64(self.office_key) if self.office_key else None,
        }

    @classmethod
    def from_json(cls, data: object) -> Policy:
        if not isinstance(data, dict):
            return cls()
        office = data.get("office_key")
        try:
            office_key = crypto.unb64(office) if isinstance(office, str) and office else None
        except ValueError:
            office_key = None
        if office_key is not None and len(office_key) != 32:
            office_key = None
        return cls(
            encrypt=data.get("encrypt", True) is not False,
            start_passphrase=data.get("start_passphrase") is True,
            office_key=office_key,
        )


# --- the credential store ------------------------------------------------------------------
def credential_store() -> Any | None:
    """The OS credential store through keyring, or None when this computer has none.

    Only the platform's own store (or a backend the user names in PYTHON_KEYRING_BACKEND) is
    used: keyring's fallbacks that keep secrets in a plain or obfuscated file are not.
    Importing the platform backend alone saves keyring's discovery of every backend.
    """
    try:
        if os.environ.get("PYTHON_KEYRING_BACKEND"):
            from keyring.core import load_env

            store: Any = load_env()
        else:
            import importlib

            module, name = _STORES.get(sys.platform, _STORES["linux"])
            store = getattr(importlib.import_module(module), name)()
        if float(store.priority) <= 0:
            return None
    except Exception:  # no D-Bus session, no Secret Service, a backend that cannot load
        return None
    return store


def _user(key_id: str) -> str:
    return f"database-key {key_id}"


def store_key(key_id: str, key: bytes) -> bool:
    """Put the key into the credential store; False when there is none or it refuses."""
    store = credential_store()
    if store is None:
        return False
    try:
        store.set_password(SERVICE, _user(key_id), base64.b64encode(key).decode("ascii"))
    except Exception:
        return False
    return True


def stored_key(key_id: str) -> bytes | None:
    store = credential_store()
    if store is None:
        return None
    try:
        value = store.get_password(SERVICE, _user(key_id))
        return base64.b64decode(value, validate=True) if value else None
    except Exception:
        return None


# --- the key file ---------------------------------------------------------------------------
def read_key_file(db_path: Path) -> dict[str, Any] | None:
    path = cipher.key_file(db_path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        raise _damaged_key_file(path) from None
    if not isinstance(data, dict) or data.get("kind") != KIND or not data.get("key_id"):
        raise _damaged_key_file(path)
    return data


def page_hmac(db_path: Path, data: dict[str, Any]) -> str:
    """The page HMAC the key file names; SQLCipher 4's default (SHA-512) for key files written
    before the program chose HMAC-SHA256, which name none."""
    settings = data.get("cipher")
    found = settings.get("hmac", cipher.LEGACY_HMAC_ALGORITHM) if isinstance(settings, dict) else None
    if found not in cipher.HMAC_ALGORITHMS:
        raise _damaged_key_file(cipher.key_file(db_path))
    return str(found)


def _damaged_key_file(path: Path) -> UserError:
    return KeyFileProblem(
        QT_TRANSLATE_NOOP(
            "Encryption",
            "The key file %1 is damaged. Copy it again from a backup of this computer, or ask "
            "the office to open the database with its key.",
        ),
        path,
    )


def _write_key_file(db_path: Path, data: dict[str, Any]) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)
    write_atomic(cipher.key_file(db_path), text.encode("utf-8"), make_parents=True)


def _check(key: bytes, key_id: str) -> str:
    return crypto.b64(hmac.new(key, b"lishui key check " + key_id.encode(), hashlib.sha256).digest()[:16])


def _aad(key_id: str, what: str) -> bytes:
    return f"lishui database key {what} {key_id}".encode()


def _seal(kek: bytes, key: bytes, aad: bytes) -> str:
    nonce = os.urandom(12)
    return crypto.b64(nonce + AESGCM(kek).encrypt(nonce, key, aad))


def _unseal(kek: bytes, blob: str, aad: bytes) -> bytes | None:
    try:
        raw = crypto.unb64(blob)
        return AESGCM(kek).decrypt(raw[:12], raw[12:], aad)
    except (InvalidTag, ValueError, TypeError):
        return None


# --- recovery codes -------------------------------------------------------------------------
def new_recovery_code() -> str:
    secret = secrets.token_bytes(_RECOVERY_BYTES)
    raw = secret + hashlib.sha256(secret).digest()[:2]
    letters = base64.b32encode(raw).decode("ascii")
    return "-".join(letters[i : i + 4] for i in range(0, len(letters), 4))


def recovery_secret(code: str) -> bytes:
    """The secret of a typed recovery code (case, spaces and dashes do not matter)."""
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    cleaned = cleaned.replace("0", "O").replace("1", "I").replace("8", "B")
    try:
        raw = base64.b32decode(cleaned)
    except ValueError:
        raw = b""
    secret, check = raw[:-2], raw[-2:]
    if len(secret) != _RECOVERY_BYTES or hashlib.sha256(secret).digest()[:2] != check:
        raise WrongSecret(
            QT_TRANSLATE_NOOP(
                "Encryption",
                "The recovery code is not complete or has a typing mistake; check every group "
                "of four against the paper key backup.",
            )
        )
    return secret


def _recovery_kek(secret: bytes, key_id: str) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=key_id.encode(), info=b"lishui recovery v1"
    ).derive(secret)


# --- making a key and unlocking a database --------------------------------------------------
@dataclass(frozen=True)
class NewKey:
    key: bytes
    recovery_code: str
    in_credential_store: bool


def passphrase_needed(policy: Policy) -> bool:
    """A new key needs a start passphrase: the office requires one, or there is no store."""
    return policy.start_passphrase or credential_store() is None


def make_key(policy: Policy, passphrase: str | None = None) -> tuple[NewKey, dict[str, Any]]:
    """A new random key and its key file's content (not written yet); the key goes into the
    credential store unless the office requires a start passphrase."""
    if passphrase_needed(policy):
        passphrase = _checked_new_passphrase(passphrase or os.environ.get(PASSPHRASE_ENV), policy)
    key = secrets.token_bytes(cipher.KEY_BYTES)
    key_id = secrets.token_hex(8)
    code = new_recovery_code()
    data: dict[str, Any] = {
        "kind": KIND,
        "format": FORMAT,
        "key_id": key_id,
        "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "cipher": {"name": "sqlcipher4", "page_size": cipher.PAGE_SIZE, "hmac": cipher.HMAC_ALGORITHM},
        "check": _check(key, key_id),
        "recovery": _seal(_recovery_kek(recovery_secret(code), key_id), key, _aad(key_id, "recovery")),
    }
    if policy.office_key is not None:
        data["office"] = _office_wrap(key, policy.office_key)
    if passphrase is not None:
        data["passphrase"] = json.loads(crypto.protect(key, passphrase))
    stored = not policy.start_passphrase and store_key(key_id, key)
    data["store"] = "credential-store" if stored else "passphrase"
    return NewKey(key, code, stored), data


def install_key(db_path: Path, new: NewKey, data: dict[str, Any]) -> None:
    """Write the key file beside `db_path` and hold the key for this process."""
    _write_key_file(Path(db_path), data)
    cipher.remember_key(Path(db_path), new.key)


def create_key(db_path: Path, policy: Policy, passphrase: str | None = None) -> NewKey:
    """Make the key of a database about to be created at `db_path` (key file written, key held).

    The caller keeps the recovery code in the database (`remember_recovery_code`) so that the
    paper key backup can print it.
    """
    new, data = make_key(policy, passphrase)
    install_key(db_path, new, data)
    return new


def remember_recovery_code(db: Database, code: str) -> None:
    """Kept inside the (encrypted) database, for the paper key backup; never synced."""
    db.set_setting(RECOVERY_SETTING, code)


def recovery_code(db: Database) -> str | None:
    return db.get_setting(RECOVERY_SETTING) if db.encrypted else None


def why_a_passphrase(policy: Policy) -> NeedKey:
    """Why a new key needs a start passphrase (the office, or no credential store)."""
    if policy.start_passphrase:
        return NeedKey(
            QT_TRANSLATE_NOOP(
                "Encryption",
                "The office requires a start passphrase for this database: choose one "
                "(at least 8 characters; scripts: LISHUI_DB_PASSPHRASE).",
            ),
            passphrase=True,
        )
    return NeedKey(
        QT_TRANSLATE_NOOP(
            "Encryption",
            "This computer has no credential store (on Linux: the Secret Service of the "
            "desktop, e.g. GNOME Keyring), so the database key cannot be kept without "
            "typing: choose a start passphrase of at least 8 characters, asked at each "
            "start (scripts: LISHUI_DB_PASSPHRASE).",
        ),
        passphrase=True,
    )


def _checked_new_passphrase(passphrase: str | None, policy: Policy) -> str:
    if passphrase is None:
        raise why_a_passphrase(policy)
    if len(passphrase) < MIN_PASSPHRASE:
        raise WrongSecret(
            QT_TRANSLATE_NOOP("Encryption", "The start passphrase must have at least 8 characters.")
        )
    return passphrase


def _office_wrap(key: bytes, office_public: bytes) -> dict[str, str]:
    return {"kid": crypto.key_id(office_public), "envelope": crypto.b64(crypto.encrypt(key, [office_public]))}


def is_locked(db_path: Path) -> bool:
    return cipher.needs_key(Path(db_path))


def unlock(
    db_path: Path,
    *,
    recovery_code: str | None = None,
    passphrase: str | None = None,
    save: bool = True,
) -> str:
    """Hold the key of the database at `db_path` for this process; says how it was found.

    'plain' (not encrypted), 'held' (already), 'store' (the credential store), 'passphrase' or
    'recovery' (typed, or from LISHUI_DB_PASSPHRASE / LISHUI_RECOVERY_CODE). A key found by
    typing is put into the credential store when `save` and the key file asks for no passphrase,
    so the next start needs no typing. Raises NeedKey when it must be typed, WrongSecret when
    what was typed does not open it.
    """
    db_path = Path(db_path)
    if not cipher.is_encrypted(db_path):
        return "plain"  # also a plain file beside a key file: an interrupted `db encrypt`
    if cipher.key_for(db_path) is not None:
        return "held"
    data = read_key_file(db_path)
    if data is None:
        raise KeyFileProblem(
            QT_TRANSLATE_NOOP(
                "Encryption",
                "The database %1 is encrypted but its key file %2 is missing. Copy the key file "
                "together with the database (it is beside it in the data folder), or ask the "
                "office.",
            ),
            db_path,
            cipher.key_file(db_path).name,
        )
    key_id = str(data["key_id"])
    passphrase = passphrase or os.environ.get(PASSPHRASE_ENV) or None
    recovery_code = recovery_code or os.environ.get(RECOVERY_ENV) or None
    how, key = "", None
    if recovery_code:
        how, key = "recovery", _from_recovery(data, recovery_code)
    elif passphrase and "passphrase" in data:
        how, key = "passphrase", _from_passphrase(data, passphrase)
    elif data.get("store") == "credential-store":
        how, key = "store", stored_key(key_id)
        if key is not None and not hmac.compare_digest(_check(key, key_id), str(data.get("check"))):
            key = None  # a stale entry: ask as if there were none
    if key is None:
        raise _need_key(db_path, data, typed=bool(passphrase))
    if how != "store" and save and data.get("store") == "credential-store":
        store_key(key_id, key)
    cipher.remember_key(db_path, key, page_hmac(db_path, data))
    return how


def unlock_with_secret(db_path: Path, secret: str | None) -> str:
    """`unlock` with what a person typed: a recovery code when it looks like one (32 letters
    in groups), else the start passphrase."""
    if secret is None:
        return unlock(db_path)
    if looks_like_recovery_code(secret):
        return unlock(db_path, recovery_code=secret)
    return unlock(db_path, passphrase=secret)


def looks_like_recovery_code(text: str) -> bool:
    letters = [ch for ch in text if ch.isalnum()]
    return len(letters) == 32 and len(text.split()) + text.count("-") >= 8


def _need_key(db_path: Path, data: dict[str, Any], typed: bool) -> NeedKey:
    has_passphrase = "passphrase" in data
    if typed and not has_passphrase:
        return NeedKey(
            QT_TRANSLATE_NOOP(
                "Encryption",
                "This database has no start passphrase; enter its recovery code from the paper "
                "key backup, or ask the office.",
            )
        )
    if has_passphrase:
        return NeedKey(
            QT_TRANSLATE_NOOP(
                "Encryption",
                "The database %1 is encrypted: enter its start passphrase, or the recovery code "
                "from the paper key backup.",
            ),
            db_path.name,
            passphrase=True,
        )
    if credential_store() is None:
        return NeedKey(
            QT_TRANSLATE_NOOP(
                "Encryption",
                "The database %1 is encrypted and this computer has no credential store to "
                "keep its key (on Linux: the desktop's Secret Service). Enter the recovery code "
                "from the paper key backup, or ask the office.",
            ),
            db_path.name,
        )
    return NeedKey(
        QT_TRANSLATE_NOOP(
            "Encryption",
            "The key of the database %1 is not in this computer's credential store (the file "
            "comes from another computer, or the store was reset). Enter the recovery code from "
            "the paper key backup, or ask the office.",
        ),
        db_path.name,
    )


def _verified(data: dict[str, Any], key: bytes | None) -> bytes | None:
    if key is None or len(key) != cipher.KEY_BYTES:
        return None
    return key if hmac.compare_digest(_check(key, str(data["key_id"])), str(data.get("check"))) else None


def _from_recovery(data: dict[str, Any], code: str) -> bytes:
    key_id = str(data["key_id"])
    secret = recovery_secret(code)
    key = _verified(data, _unseal(_recovery_kek(secret, key_id), str(data.get("recovery", "")), _aad(key_id, "recovery")))
    if key is None:
        raise WrongSecret(
            QT_TRANSLATE_NOOP(
                "Encryption",
                "This recovery code belongs to another database. Use the paper key backup of "
                "the computer this database comes from, or ask the office.",
            )
        )
    return key


def _from_passphrase(data: dict[str, Any], passphrase: str) -> bytes:
    try:
        key = crypto.unprotect(crypto.canonical(data["passphrase"]), passphrase)
    except crypto.WrongPassphrase:
        key = None
    key = _verified(data, key)
    if key is None:
        raise WrongSecret(
            QT_TRANSLATE_NOOP(
                "Encryption",
                "The start passphrase is wrong. Try again, or use the recovery code from the "
                "paper key backup.",
            )
        )
    return key


def unlock_with_office_key(db_path: Path, office_private: bytes, save: bool = True) -> None:
    """The office opens a returned laptop's database with its own X25519 key."""
    db_path = Path(db_path)
    data = read_key_file(db_path)
    wrap = (data or {}).get("office")
    key = None
    if data is not None and isinstance(wrap, dict):
        try:
            key = _verified(data, crypto.decrypt(crypto.unb64(str(wrap.get("envelope"))), office_private))
        except (crypto.BundleRefused, ValueError):
            key = None
    if data is None or key is None:
        raise WrongSecret(
            QT_TRANSLATE_NOOP(
                "Encryption",
                "The office's key does not open this database: its key was not given to this "
                "office (the deployment did not ask for it). Use the laptop's recovery code.",
            )
        )
    if save and data.get("store") == "credential-store":
        store_key(str(data["key_id"]), key)
    cipher.remember_key(db_path, key, page_hmac(db_path, data))


def add_wraps(
    db_path: Path, *, office_key: bytes | None = None, passphrase: str | None = None
) -> None:
    """Give the held key of `db_path` to the office and/or a start passphrase as well."""
    db_path = Path(db_path)
    key = cipher.key_for(db_path)
    data = read_key_file(db_path)
    if key is None or data is None:
        raise cipher.locked_error(db_path)
    if office_key is not None:
        data["office"] = _office_wrap(key, office_key)
    if passphrase is not None:
        if len(passphrase) < MIN_PASSPHRASE:
            raise WrongSecret(
                QT_TRANSLATE_NOOP("Encryption", "The start passphrase must have at least 8 characters.")
            )
        data["passphrase"] = json.loads(crypto.protect(key, passphrase))
    _write_key_file(db_path, data)


def status(db_path: Path) -> dict[str, Any]:
    """What `lishui db status` shows: encrypted or not, where the key is kept (no secret)."""
    db_path = Path(db_path)
    data = read_key_file(db_path) if cipher.key_file(db_path).exists() else None
    return {
        "path": str(db_path),
        "encrypted": cipher.is_encrypted(db_path) or data is not None,
        "key_file": str(cipher.key_file(db_path)) if data is not None else None,
        "credential_store": (data or {}).get("store") == "credential-store",
        "start_passphrase": data is not None and "passphrase" in data,
        "office_copy": data is not None and "office" in data,
        "store_available": credential_store() is not None,
    }
