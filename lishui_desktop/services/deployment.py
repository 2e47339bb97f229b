"""A deployment: the office's key and reference data, handed to laptops in a deployment file.

The file is JSON, versioned (`format`) and open to more fields (the trust layer adds keys and
an enrolment token): `{"kind": "lishui-deployment", "format": 1, "key": base64, "office":
{...}, "for": name, "created": ..., "ops": [ops.jsonl lines]}`. The ops are the office's
history of the reference tables and devices, applied on join like a bundle, so the laptop's
field clocks agree with the office's from the first day. Keep the file safe: it holds the key.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
from pathlib import Path
from typing import Any

from lishui_desktop.db.database import Database
from lishui_desktop.domain.errors import UserError
from lishui_desktop.domain.i18n import QT_TRANSLATE_NOOP
from lishui_desktop.files import write_atomic
from lishui_desktop.services import encryption
from lishui_desktop.services.setup import (
    DeviceInfo,
    SetupError,
    deployment_key,
    device_info,
    init_database,
)
from lishui_desktop.sync import keys, log, security
from lishui_desktop.sync.merge import apply_ops
from lishui_desktop.sync.ops import InvalidOp, line_from_op, op_from_wire
from lishui_desktop.sync.session import write_cursor

KIND = "lishui-deployment"
FORMAT = 1
REFERENCE_TABLES = ("places", "pairings", "targets", "devices")
CONTEXT = "Setup"


class DeploymentError(UserError):
    context = CONTEXT


def deployment_data(db: Database, for_name: str | None = None) -> dict[str, Any]:
    me = device_info(db)
    if me is None:
        raise SetupError(QT_TRANSLATE_NOOP(CONTEXT, "This database has not been set up yet; run `lishui init` first."))
    if me.role not in ("office", "lead"):
        raise DeploymentError(QT_TRANSLATE_NOOP(CONTEXT, "Only an office or lead computer can export a deployment file."))
    hubs = security.trusted_hub_keys(db)  # first: makes this computer's keys, captured as ops
    with db.engine.connect() as sa_conn:
        conn = sa_conn.connection.dbapi_connection
        assert conn is not None
        lines = [line_from_op(op) for op in log.ops_of_tables(conn, REFERENCE_TABLES)]
    return {
        "kind": KIND,
        "format": FORMAT,
        "min_reader_format": 1,
        "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "key": base64.b64encode(deployment_key(db)).decode("ascii"),
        "office": {"id": me.device_id, "name": me.name, "role": me.role},
        "for": for_name,
        "ops": lines,
        "hubs": hubs,  # office and lead public keys: bundles are encrypted to them
        "enrolment": keys.issue_enrolment(db, for_name or ""),  # one-time, for the first bundle
        # how the laptop keeps its database key (its own field: not the bundle keys above)
        encryption.POLICY_SETTING: encryption.deployment_field(db),
    }


def export_deployment(db: Database, out: Path, for_name: str | None = None) -> Path:
    data = deployment_data(db, for_name)
    out = Path(out)
    write_atomic(out, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"), make_parents=True)
    return out


def _bad_file() -> DeploymentError:
    return DeploymentError(QT_TRANSLATE_NOOP(CONTEXT, "The file is not a deployment file or it is damaged."))


def read_deployment(raw: bytes) -> dict[str, Any]:
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise _bad_file() from None
    if not isinstance(data, dict) or data.get("kind") != KIND:
        raise _bad_file()
    need = data.get("min_reader_format", data.get("format"))
    if not isinstance(need, int) or need > FORMAT:
        raise DeploymentError(
            QT_TRANSLATE_NOOP(CONTEXT, "The deployment file needs a newer version of the program (format %1)."),
            need,
        )
    try:
        key = base64.b64decode(str(data["key"]), validate=True)
    except (KeyError, binascii.Error, ValueError):
        raise _bad_file() from None
    if len(key) < 16 or not isinstance(data.get("ops", []), list):
        raise _bad_file()
    data["key_bytes"] = key
    return data


def join_deployment(
    db: Database,
    path: str | Path,
    *,
    device_name: str | None = None,
    role: str = "field",
    user_name: str | None = None,
) -> DeviceInfo:
    """Set this database up as a member of the office's deployment (same key, same reference
    history). Re-joining the same deployment changes nothing."""
    data = read_deployment(Path(path).read_bytes())
    key: bytes = data["key_bytes"]
    existing = device_info(db)
    if existing is not None and db.get_blob("deployment_key") != key:
        raise DeploymentError(
            QT_TRANSLATE_NOOP(CONTEXT, "This database already belongs to another deployment; use a new database file.")
        )
    try:
        ops = [op_from_wire(json.loads(line)) for line in data.get("ops", [])]
    except (InvalidOp, ValueError, TypeError):
        raise _bad_file() from None
    info = init_database(db, device_name=device_name, role=role, user_name=user_name, deployment_key=key)
    with write_cursor(db) as cur:
        apply_ops(cur, ops, write=True)
        office = data.get("office") or {}
        cur.execute(
            "INSERT OR REPLACE INTO local_settings(key, value) VALUES ('deployment_office', ?)",
            (json.dumps(office, ensure_ascii=False),),
        )
        security.register_hubs(cur.execute, data.get("hubs"))
        if isinstance(data.get(encryption.POLICY_SETTING), dict):
            cur.execute(
                "INSERT OR REPLACE INTO local_settings(key, value) VALUES (?, ?)",
                (encryption.POLICY_SETTING, json.dumps(data[encryption.POLICY_SETTING])),
            )
        if isinstance(data.get("enrolment"), str) and db.get_setting(keys.ENROL_TOKEN) is None:
            cur.execute(
                "INSERT OR REPLACE INTO local_settings(key, value) VALUES (?, ?)",
                (keys.ENROL_TOKEN, data["enrolment"][:64]),
            )
    keys.ensure_device_keys(db)
    return info
