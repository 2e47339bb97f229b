"""A deployment: the office's key and reference data, handed to laptops in a deployment file.

The file is JSON, versioned (`format`): `{"kind": "lishui-deployment", "format": 2, "key":
base64 (the deployment key), "office_key": base64 (the office's public signing key: every
identity is checked against it), "office": {...}, "for": name, "identity": {certificate and
private keys the office issued to that laptop}, "documents": [the identities the office
knows], "created": ..., "ops": [ops.jsonl lines]}`. The ops are the office's history of the
reference tables, applied on join like a bundle, so the laptop's field clocks agree with the
office's from the first day. Keep the file safe: it holds the keys. Without `--for` the file
issues nobody: a laptop joining with it sends the office a reply file to be issued.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
from pathlib import Path
from typing import Any

from lishui_desktop.db import portable
from lishui_desktop.db.database import Database
from lishui_desktop.domain.errors import UserError
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lishui_desktop.files import check_writable, write_atomic
from lishui_desktop.services import encryption, issuing
from lishui_desktop.services.setup import (
    DeviceInfo,
    SetupError,
    deployment_key,
    device_info,
    init_database,
)
from lishui_desktop.sync import certs, identities, log
from lishui_desktop.sync.merge import apply_ops
from lishui_desktop.sync.ops import InvalidOp, line_from_op, op_from_wire
from lishui_desktop.sync.session import write_cursor

KIND = "lishui-deployment"
FORMAT = 2
REFERENCE_TABLES = ("places", "pairings", "targets")
CONTEXT = "Setup"


class DeploymentError(UserError):
    context = CONTEXT


def deployment_data(db: Database, for_name: str | None = None, role: str = "field") -> dict[str, Any]:
    """The file for one laptop (`for_name`: issues it a new identity; office only), or without
    an identity (reference data and the office key)."""
    me = device_info(db)
    if me is None:
        raise SetupError(QT_TRANSLATE_NOOP("Setup", "This database has not been set up yet; run `lishui init` first."))
    if me.role not in ("office", "lead"):
        raise DeploymentError(QT_TRANSLATE_NOOP("Setup", "Only an office or lead computer can export a deployment file."))
    office_key = db.get_setting(identities.OFFICE_KEY)
    if not office_key:
        raise DeploymentError(QT_TRANSLATE_NOOP("Setup", "This computer has no office key; it cannot set up laptops."))
    issued = issuing.issue_device(db, for_name, role) if for_name else None
    with db.engine.connect() as sa_conn:
        conn = portable.raw(sa_conn)
        assert conn is not None
        lines = [line_from_op(op) for op in log.ops_of_tables(conn, REFERENCE_TABLES)]
        docs = identities.all_documents(conn.execute)
    data = {
        "kind": KIND,
        "format": FORMAT,
        "min_reader_format": FORMAT,
        "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "key": base64.b64encode(deployment_key(db)).decode("ascii"),
        "office_key": office_key,
        "office": {"id": me.device_id, "name": me.name, "role": me.role},
        "for": for_name,
        "documents": docs,
        "ops": lines,
        # how the laptop keeps its database key (its own field: not the bundle keys above)
        encryption.POLICY_SETTING: encryption.deployment_field(db),
    }
    if issued is not None:
        data["identity"] = issued.as_json()
    return data


def export_deployment(db: Database, out: Path, for_name: str | None = None, role: str = "field") -> Path:
    out = Path(out)
    check_writable(out, make_parents=True)  # a file that cannot be written issues nobody
    data = deployment_data(db, for_name, role)
    write_atomic(out, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"), make_parents=True)
    return out


def _bad_file() -> DeploymentError:
    return DeploymentError(QT_TRANSLATE_NOOP("Setup", "The file is not a deployment file or it is damaged."))


def read_deployment(raw: bytes) -> dict[str, Any]:
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _bad_file() from None
    if not isinstance(data, dict) or data.get("kind") != KIND:
        raise _bad_file()
    need = data.get("min_reader_format", data.get("format"))
    if not isinstance(need, int) or need > FORMAT:
        raise DeploymentError(
            QT_TRANSLATE_NOOP("Setup", "The deployment file needs a newer version of the program (format %1)."),
            need,
        )
    if need < FORMAT or "office_key" not in data:
        raise DeploymentError(
            QT_TRANSLATE_NOOP(
                "Setup",
                "The deployment file was written by an older version of the program; ask the office for a new one.",
            )
        )
    try:
        key = base64.b64decode(str(data["key"]), validate=True)
        data["office_key_bytes"] = certs.key_of(data["office_key"])
    except (KeyError, binascii.Error, ValueError):
        raise _bad_file() from None
    if len(key) < 16 or not isinstance(data.get("ops", []), list) or not isinstance(data.get("documents", []), list):
        raise _bad_file()
    data["key_bytes"] = key
    try:
        data["issued"] = issuing.parse_identity(data)
    except issuing.IssueError:
        raise _bad_file() from None
    return data


def join_deployment(
    db: Database,
    path: str | Path,
    *,
    device_name: str | None = None,
    role: str | None = None,
    user_name: str | None = None,
) -> DeviceInfo:
    """Set this database up as a member of the office's deployment: the identity the office
    issued in the file (or, without one, keys of its own awaiting the office), the office key,
    the same deployment key and reference history. Re-joining with the same file changes
    nothing."""
    data = read_deployment(Path(path).read_bytes())
    key: bytes = data["key_bytes"]
    issued: issuing.IssuedIdentity | None = data["issued"]
    if issued is not None:
        for given, held in ((device_name, issued.certificate["name"]), (role, issued.certificate["role"])):
            if given is not None and given.strip() != held:
                raise DeploymentError(
                    QT_TRANSLATE_NOOP(
                        "Setup",
                        "The deployment file issues this computer as %1 (%2); leave out --device-name "
                        "and --role, or ask the office for the right file.",
                    ),
                    issued.certificate["name"],
                    issued.certificate["role"],
                )
    existing = device_info(db)
    if existing is not None:
        same = db.get_blob("deployment_key") == key and (
            issued is None or existing.device_id == issued.certificate["id"]
        )
        if not same:
            raise DeploymentError(
                QT_TRANSLATE_NOOP("Setup", "This database already belongs to another deployment; use a new database file.")
            )
        return existing
    try:
        ops = [op_from_wire(json.loads(line)) for line in data.get("ops", [])]
    except (InvalidOp, ValueError, TypeError):
        raise _bad_file() from None
    try:
        info = init_database(
            db, device_name=device_name, role=role or "field", user_name=user_name,
            deployment_key=key, issued=issued, office_key=data["office_key_bytes"],
        )
    except certs.InvalidDocument:
        raise _bad_file() from None
    with write_cursor(db) as cur:
        apply_ops(cur, ops, write=True)
        office = data.get("office") or {}
        cur.execute(
            "INSERT OR REPLACE INTO local_settings(key, value) VALUES ('deployment_office', ?)",
            (json.dumps(office, ensure_ascii=False),),
        )
        if isinstance(data.get(encryption.POLICY_SETTING), dict):
            cur.execute(
                "INSERT OR REPLACE INTO local_settings(key, value) VALUES (?, ?)",
                (encryption.POLICY_SETTING, json.dumps(data[encryption.POLICY_SETTING])),
            )
        try:
            identities.store_documents(cur.execute, [d for d in data.get("documents", []) if isinstance(d, dict)])
        except certs.InvalidDocument:
            raise _bad_file() from None
    return info
